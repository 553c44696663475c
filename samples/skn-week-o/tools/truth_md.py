# Writes TRUTH.md: hand-written account + the rows of truth.csv, ledger.csv and near-misses.csv.
import csv, json, os, collections
DAYS = {'04': 'Mon 4', '05': 'Tue 5', '06': 'Wed 6', '07': 'Thu 7', '08': 'Fri 8'}
def tm(t):
    return '%s May %s' % (DAYS[t[:2]], t[3:])
HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
def rcsv(fn):
    with open(os.path.join(HERE, fn), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))
truth, ledger, nms, roster = rcsv('truth.csv'), rcsv('ledger.csv'), rcsv('near-misses.csv'), rcsv('roster.csv')
S = json.load(open(os.path.join(HERE, 'tools', 'summary.json'), encoding='utf-8'))
EXPORT = '[LINE]ศอ.จอส.จว.สน..txt'
files = ['dopa-orders.jsonl', 'executives.jsonl', 'heads.jsonl', 'palad-orders.jsonl', 'administrators.jsonl', EXPORT]
total = sum(S[f]['messages'] for f in files)
roles = collections.Counter(r['role'] for r in roster)
rules = collections.Counter(r['rule'] for r in truth)
states = collections.Counter(r['state'] for r in ledger)

o = []
w = o.append
w('# Week O — 4 to 8 May 2026 (พ.ศ. ๒๕๖๙): ground truth\n')
w('Six Sakon Nakhon LINE groups over Coronation Day week, the first storms of the rainy season, dengue, the run-up to the school term '
  '(uniforms, school buses, road safety at school gates), the Royal Ploughing Ceremony season and rice planting. Everything here was '
  'decided by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ and EVAL-RULES.md while the chats were written; `tools/gen.py` only renders the '
  'messages I wrote and the tags I put on them (finding, near miss, order, answer) into the files and works out line numbers; '
  '`tools/check.py` checks the result (formats, ids, time order, every row pointing at a real line, roster, counts, and a '
  'cross-check of every membership and ข้อสั่งการ ปค.สน. posting finding against the roster and the letter\'s member lists).\n')
w('## Files\n')
w('| file | group | messages |\n|---|---|---|')
for f in files:
    w('| `%s` | %s | %d |' % (f, S[f]['group'], S[f]['messages']))
w('| | total | %d |\n' % total)
w('ศอ.จอส.จว.สน. is %.0f%% of the messages. It is written as a LINE PC "Save chat" export in the English UI (formats-line.md §1): no header, '
  'date lines `2026.05.04 Monday`, message lines `HH:MM <display name> <text>`, continuation lines of multi-line messages written raw '
  '(a truth row cites the first line of the message), photos as `Photos`, stickers as `Stickers`, files as `Files` (the desktop '
  'placeholder for files is not attested in formats-line.md; I used `Files` by analogy with `Photos`/`Stickers`), and system lines '
  'with the actor repeated in the sender position as in the real Thai and Japanese desktop samples, using the English wording '
  '(`X X joined the group.`, `X X invited Y.`, `X X left the group.`, `X X removed Y from the group.`). No reply links and no ids: its '
  'rows have an empty `message` and cite the file line. The file name follows the desktop naming `[LINE]<chat name>.txt`. '
  'In `ledger.csv` the `order` and `answer` columns are therefore the file line numbers of the order and of the first answering message.\n' %
  (100.0 * S[EXPORT]['messages'] / total))
w('The other five groups are JSONL (ids `o0001`…`o%04d`, unique across the files, seconds added, `senderId` given for people who have a LINE user id). '
  'The time the log is judged at is its last message: %s, %s.\n' % (total - S[EXPORT]['messages'], S['judge'], S['judge_at']))

w('## Roster in brief\n')
w('%d people (`roster.csv`): %s. Person ids `SKN-O001`…. Every district has a chief, a coordinating deputy and a volunteer officer; '
  'อ.เมืองสกลนคร, พรรณานิคม, วานรนิวาส, สว่างแดนดิน, เจริญศิลป์ have one more deputy, อากาศอำนวย two. The coordinating deputies of '
  'คำตากล้า (ปลัดเกรียง คำตากล้า) and เต่างอย (ปลัดวรรณ เต่างอย 🌺) are also their district\'s volunteer officers '
  '(`coordinating_deputy|volunteer_center_staff`). The coordinating deputies of กุดบาก and นิคมน้ำอูน both show as "ปลัดต้น": '
  'that name is ambiguous and never judged, and neither of them answers a duty. Province: the governor, three vice governors, the palad, '
  'three sending accounts of the provincial office, two province-level volunteer officers (the centre\'s admin account and จ่าสุริยา), '
  'twelve agency heads, three of their deputies/clerks (`staff`), one retired district chief. Some people have a LINE user id, some an '
  'e-mail (each e-mail belongs to one person), some neither.\n' % (len(roster), ', '.join('%s %d' % kv for kv in sorted(roles.items()))))

w('## Holidays and how deadlines are counted\n')
w('- Friday 1 May (Labour Day) is not a government holiday and is before the week anyway.\n'
  '- **Monday 4 May 2026 is Coronation Day (วันฉัตรมงคล), a public holiday.** The groups still work (greetings, a storm, an order of the '
  'volunteer centre). An order sent that day counts "ภายใน N วัน" from the day after, Tuesday 5 May, so the holiday itself costs nothing; '
  'a last day never falls on it.\n'
  '- Saturday 9 and Sunday 10 May are the weekend: an order of Thursday 7 May "ภายใน ๓ วัน" ends on Sunday 10, which moves to Monday 11 May.\n'
  '- The Royal Ploughing Ceremony day (วันพืชมงคล, a government holiday) is fixed each year by the Bureau of the Royal Household; I could '
  'not confirm the 2026 date from the sources at hand. The chats treat it as still to come (invitations "to be announced"), and I take '
  'Tuesday 5 to Friday 8 May and Monday 11 May as working days. If the ceremony fell on Thursday 7 May, O1\'s last day would move to '
  'Friday 8 May (เต่างอย and เจริญศิลป์ would be on time, ภูพาน not yet due); if it fell on Monday 11 May, O11 would move to Tuesday 12 '
  '(still not due). All other deadlines are clock times or dates and do not depend on it. Visakha Bucha falls at the end of May, outside the week.\n'
  '- "ภายใน N วัน" runs from the day after the order to the end of the Nth day (23:59:59); "ภายในวันที่ …" runs to the end of that day; '
  'a clock time is taken as written; no deadline in the text means 24 hours from the order (EVAL-RULES). An answer in the export has minute '
  'precision; no answer falls in the minute of a deadline.\n')

w('## ศอ.จอส.จว.สน.: orders, deadlines and the ledger\n')
w('The labels O1…O12 are names used in this document only (numbered as I planned them); `ledger.csv` and `truth.csv` identify an order by its file line.\n')
w('Duties are created only by orders of the provincial centre (the palad, the centre\'s admin account, จ่าสุริยา) that ask districts to report. '
  'Answers were planted by district and identified by what they say (the export has no replies); the first answer counts, later posts of '
  'the same district do not change the state. Acknowledgements, apologies and promises are not answers.\n')
for od in S['orders']:
    if od['info_only']:
        w('- **%s** (line %d, %s, %s): information only (เพื่อทราบ / ไม่ต้องรายงาน): no duty.\n' % (od['key'], od['line'], tm(od['time']), od['sender']))
        continue
    c = collections.Counter(r[1] for r in od['rows'])
    w('### %s — line %d, %s, by %s\n' % (od['key'], od['line'], tm(od['time']), od['sender']))
    w('%s Deadline **%s**. Obliges %s. Result: %s.\n' % (od['reason'], od['deadline'],
      'all 18 districts' if len(od['districts']) == 18 else ', '.join(od['districts']),
      ', '.join('%s %d' % kv for kv in sorted(c.items()))))
    w('| district | state | answer line | note |\n|---|---|---|---|')
    for d, st, a, note in od['rows']:
        w('| %s | %s | %s | %s |' % (d, st, a, note))
    w('')
w('Reminders (no new duty): ' + '; '.join('line %d (%s) repeats %s' % (r['line'], tm(r['time']), r['of']) for r in S['reminders']) + '. '
  'Each names exactly the districts that had not answered at its time.\n')
w('Other things the ledger depends on: ' + ' '.join('Line %d: %s.' % (n['line'], n['note']) for n in S['notes']) +
  ' The last message of the log (จ่าสุริยา, 20:40 Friday) tells volunteers to stand by for the next storm but asks for no report: no duty.\n')
w('Ledger totals: %s (%d rows over %d orders).\n' % (', '.join('%s %d' % kv for kv in sorted(states.items())), len(ledger),
  len([x for x in S['orders'] if not x['info_only']])))

w('## Findings (`truth.csv`)\n')
w('By rule: %s; %d rows in all (%d without SKN-5O).\n' % (', '.join('%s %d' % kv for kv in sorted(rules.items())), len(truth),
  len(truth) - rules['SKN-5O']))
for f in files:
    rows = [r for r in truth if r['file'] == f]
    if not rows: continue
    w('### %s (`%s`)\n' % (S[f]['group'], f))
    w('| line | message | rule | who | state | why |\n|---|---|---|---|---|---|')
    for r in rows:
        w('| %s | %s | %s | %s | %s | %s |' % (r['line'], r['message'], r['rule'], r['who'], r['state'], r['note']))
    w('')
w('Membership findings are given once per person per group at the first message that shows them (invite, join or first post). '
  'An invitation of a roster person who may not be in the group gives three rows at the invite line: the group\'s membership rule for '
  'the invitee and SKN-ALL for the invitee and the inviter. An outsider gives one OUTSIDER row (naming the inviter if added). In '
  'ข้อสั่งการ ปค.สน. a post is one text or sticker with the photos sent right after it: one SKN-2P row on its first message.\n')

w('## Near misses (`near-misses.csv`)\n')
w('%d rows: things a careless tool would flag that are not findings.\n' % len(nms))
w('| file | line | message | why not a finding |\n|---|---|---|---|')
for r in nms:
    w('| `%s` | %s | %s | %s |' % (r['file'], r['line'], r['message'], r['why']))
w('')
w('## Readings I had to choose\n')
w('- A post by an ambiguous display name ("ปลัดต้น") in ข้อสั่งการ ปค.สน. would be an SKN-2P slip whoever of the two sent it, but EVAL-RULES says an ambiguous name is never judged: it is a near miss, not a finding.\n'
  '- System events (invite, remove, leave, rename) are not posts: the office\'s invitations in ข้อสั่งการ ปค.สน. are not SKN-2P; the invite of a plain deputy there gives SKN-2 and two SKN-ALL rows.\n'
  '- The palad is part of the provincial volunteer centre (EVAL-RULES SKN-5P), so his order O4 in ศอ.จอส.จว.สน. creates duties, and his thanks and courtesy there are no slips.\n'
  '- A district chief telling "ทุกอำเภอ" what to do is an order whoever sends it (LABELS): SKN-5P in ศอ.จอส.จว.สน. and SKN-4P in ผู้บริหารจังหวัด และนายอำเภอ; it creates no duty.\n'
  '- In ผู้บริหารจังหวัด และนายอำเภอ two chiefs answer the palad\'s (SKN-4P) order with figures; replies and information are allowed there, so they are not findings.\n'
  '- A non-member who posts a report in ศอ.จอส.จว.สน. (a disaster-office clerk, the retired official) gets both SKN-5 (membership) and SKN-5P (report from someone who is not a district\'s people) on the same line.\n'
  '- A vice governor thanking the palad in ข้อสั่งการ ปจ.สน. is an SKN-3 membership finding (the letter lists only the palad and district chiefs).\n'
  '- The photos-alone answers in ศอ.จอส.จว.สน. are sent only while O1 (the one order asking for photos) is open and no other photo-asking order is, so they can be attributed.\n')
open(os.path.join(HERE, 'TRUTH.md'), 'w', encoding='utf-8').write('\n'.join(o) + '\n')
print('TRUTH.md', len(o), 'blocks')
