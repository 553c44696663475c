# Writes TRUTH.md: hand-written prose below, with the tables taken from the truth files so that the
# two cannot drift apart.
import csv, json, os
from collections import Counter, defaultdict
import build  # regenerates the files deterministically and numbers the messages
import build_vol
from build_core import BYKEY, DIST, DCODES, ROWS

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['volunteer-centre.jsonl', 'pk-orders.jsonl', 'pj-orders.jsonl', 'executives.jsonl',
         'heads-chiefs.jsonl', 'administrators.jsonl']
GNAME = {}
msgs = {}
byid = {}
for fn in FILES:
    L = [json.loads(l) for l in open(os.path.join(HERE, fn), encoding='utf-8')]
    msgs[fn] = L
    GNAME[fn] = L[0]['group']
    for i, m in enumerate(L, 1):
        byid[m['id']] = (fn, i, m)
rd = lambda n: list(csv.DictReader(open(os.path.join(HERE, n), encoding='utf-8')))
truth, ledger, nms = rd('truth.csv'), rd('ledger.csv'), rd('near-misses.csv')
roster = rd('roster.csv')

def esc(s):
    return s.replace('|', '\\|').replace('\n', ' / ')

out = []
w = out.append
w('# Week X (16-20 March 2026): ground truth\n')
w('Six Sakon Nakhon LINE groups over one working week, Monday 16 to Friday 20 March 2026 (พ.ศ. ๒๕๖๙): '
  'haze and PM2.5, the burning ban and forest-fire watch on the ภูพาน range, drought (water trucks, the '
  'drought declaration by district), the dry-season rice ban, preparations for the เทศกาลหนองหาร, and the '
  'governor\'s surprise visits. Every finding and near miss was decided by reading the post against '
  '`samples/letter-rules-sakon-nakhon.md` and the letter (seed 002); the tool was not run.\n')
w('**Working days.** Monday 16 to Friday 20 March 2026 are all working days; there is no Thai public holiday '
  'in the week (the next ones are Chakri Day on 6 April and Songkran). Saturday 21 and Sunday 22 are not '
  'working days, but no deadline in the log falls on them.\n')
w('**Judged at.** The last message of the log, 2026-03-20T21:40:00+07:00 (line %d of '
  '`volunteer-centre.jsonl`); every other file ends earlier. A duty whose deadline is after that time and '
  'that has no answer is `not-due`.\n' % len(msgs['volunteer-centre.jsonl']))
w('**How the files were made.** `build_roster.py` and `build_vol.py`, `build_pk.py`, `build_pj.py`, '
  '`build_exec.py`, `build_heads.py`, `build_adm.py` hold the messages as written, each planted finding and '
  'near miss written by hand next to its message, and the hand-worked ledger (`LEDGER` in `build_vol.py`). '
  '`build.py` only sorts each group by time, numbers the ids and lines and writes the files; '
  '`make_truth_md.py` writes this page; `check.py` checks everything (run `python3 check.py`).\n')

# roster
roles = Counter()
for r in roster:
    for x in r['role'].split('|'):
        roles[x] += 1
w('## Roster (`roster.csv`, %d people)\n' % len(roster))
w('- Province: governor (ผวจ.สน. วรพจน์), three vice governors, the provincial palad (ปจ.กิตติพงษ์), three '
  'sending accounts of the provincial administration office (ปค.จ.สน. งานปกครอง, ฝ่ายอำนวยการ ปค.สน., '
  'สารบรรณ ปค.สน. 📨), two province-level volunteer officers with no district (จอส.จังหวัดสกลนคร 💛, '
  'ครูแอน ศอ.จอส.จว.), a retired former district chief (ลุงสิทธิ์ (อดีตนอภ.)).')
w('- Eleven agency heads (ปภ., ทสจ., เกษตร, สสจ., ชลประทาน, ประชาสัมพันธ์, ท่องเที่ยวและกีฬา, พัฒนาชุมชน, '
  'ศึกษาธิการ, ท้องถิ่นจังหวัด, ป่าไม้) and four of their staff (role `staff`).')
w('- All 18 districts: a district chief, a coordinating deputy and a district volunteer officer each; in '
  'กุดบาก and นิคมน้ำอูน the coordinating deputy is also the volunteer officer '
  '(`coordinating_deputy|volunteer_center_staff`: ปลัดหนุ่ม กุดบาก, ปลัดนุ่น นิคมฯ). Five districts have one more '
  'deputy (`deputy_district_chief`): เมือง (ปลัดเจน เมืองสน.), พรรณานิคม (ปลัดแพร พรรณา), วานรนิวาส (ปลัดต้น), '
  'สว่างแดนดิน (ปลัดโจ้ สว่าง), โคกศรีสุพรรณ (ปลัดเก๋ โคกศรีฯ).')
w('- Shared display name: **ปลัดต้น** is both the extra deputy of วานรนิวาส (not a coordinating deputy) and '
  'the coordinating deputy of บ้านม่วง (who has a LINE user id). A post under that name without a user id is '
  'ambiguous and never judged.')
w('- %d people have a LINE user id, %d an e-mail (each e-mail belongs to one person only).' %
  (sum(1 for r in roster if r['line_user_id']), sum(1 for r in roster if r['email'])))
w('- Role counts: ' + ', '.join('%s %d' % kv for kv in sorted(roles.items())) + '.\n')

# groups
w('## Groups and messages\n')
w('| file | group | messages | first | last |\n|---|---|---|---|---|')
tot = 0
for fn in FILES:
    L = msgs[fn]; tot += len(L)
    w('| `%s` | %s | %d | %s | %s |' % (fn, GNAME[fn], len(L), L[0]['time'][:16], L[-1]['time'][:16]))
w('| | total | %d | | |\n' % tot)
w('Ids run `x0001`…`x%04d` across the files in the order above. ศอ.จอส.จว.สน. holds %d%% of the messages.\n'
  % (tot, round(100 * len(msgs['volunteer-centre.jsonl']) / tot)))

# findings
rc = Counter(r['rule'] for r in truth)
w('## Findings (`truth.csv`, %d rows)\n' % len(truth))
w('Per rule: ' + ', '.join('%s %d' % kv for kv in sorted(rc.items())) + '. Planted posting and membership '
  'findings (all but SKN-5O): %d.\n' % sum(v for k, v in rc.items() if k != 'SKN-5O'))
w('Membership findings are at the first message that shows the person in the group (their post, join or '
  'invite) and come once per person per group; posting findings (SKN-2P, SKN-4P, SKN-5P, SKN-6P) come once '
  'per post: a text with the file or photos its sender sends right after it is one post and is cited at the '
  'text.\n')
w('| rule | file:line | id | who | state | text (start) | why |\n|---|---|---|---|---|---|---|')
for r in truth:
    if r['rule'] == 'SKN-5O':
        continue
    m = byid[r['message']][2]
    txt = m.get('text') or '[%s %s]' % (m['type'], m.get('attachment', ''))
    w('| %s | %s:%s | %s | %s | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], esc(r['who']),
                                                r['state'], esc(txt[:70]), esc(r['note'])))
w('')

# orders
w('## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O) and the ledger\n')
w('Rules applied: an order of the provincial centre (the palad or a province-level volunteer officer) that '
  'asks districts to report obliges the districts it names, else all 18. Any of the district\'s people '
  '(chief, deputy, coordinating deputy, district volunteer officer) may answer, by text, file, or photos '
  'alone after an order that asks for photos. The first answer counts; `late` cites the answer, `missing` '
  'cites the order. "ภายในวันที่ N" means until the end of that day (23:59:59). "ภายใน N วัน" is counted from the '
  'day after the order to the end of the Nth day, moved to the next working day if that day is not one. '
  'No deadline in the text: 24 hours from the order.\n')
states_all = Counter(r['state'] for r in ledger)
w('Ledger totals (%d rows): ' % len(ledger) + ', '.join('%s %d' % kv for kv in sorted(states_all.items())) + '.\n')
NAMES = {'O1': 'firebreaks around forest-edge villages, report with photos',
         'O2': 'one-line "ฝากทุกอำเภอ…" survey of villages where volunteers deliver water',
         'O3': 'volunteers on fire-watch checkpoints, four ภูพาน districts named in the salutation',
         'O9': 'an order written as a reply to กุดบาก\'s O3 report: the checkpoints\' coordinates, for กุดบาก only',
         'O4': 'each district\'s plan for the Big Cleaning around หนองหาร',
         'O5': '"ท่านผู้ว่าฯ ให้…" masks handed out by volunteers, report with photos',
         'O6': 'water-truck trips and volume, five drought-declared districts named in the text',
         'O7': 'a question that is really an order: how many volunteer burning-ban patrols',
         'O8': 'the monthly volunteer summary on the attached form, before the Friday meeting'}
for oid, addressed, deadline, reason, st in build_vol.LEDGER:
    o = BYKEY[oid]
    fn, ln, om = byid[o['id']]
    w('### %s (%s, line %d, %s, by %s)\n' % (oid, o['id'], ln, om['time'][:16], om['sender']))
    w('%s. Addressed: %s. Deadline **%s**: %s.\n' % (NAMES[oid], 'all 18 districts' if addressed == 'ALL'
      else ', '.join(DIST[c] for c in addressed), deadline, reason))
    rows = [r for r in ledger if r['order'] == o['id']]
    c = Counter(r['state'] for r in rows)
    w('States: ' + ', '.join('%s %d' % kv for kv in sorted(c.items())) + '.\n')
    w('| district | state | answer | answer time | by |\n|---|---|---|---|---|')
    for r in rows:
        if r['answer']:
            a = byid[r['answer']]
            w('| %s | %s | %s (line %d) | %s | %s |' % (r['district'], r['state'], r['answer'], a[1], a[2]['time'][11:19] + ' ' + a[2]['time'][8:10] + ' Mar', esc(a[2]['sender'])))
        else:
            w('| %s | %s | | | |' % (r['district'], r['state']))
    w('')
w('### Orders that create no duty\n')
for key, why in [('I1', 'information only: "แจ้งเพื่อทราบ … อำเภอไม่ต้องรายงาน"'),
                 ('I2', 'a circular sent "เพื่อทราบ"'),
                 ('R1', 'reminder of O2 ("ย้ำ", "ตามกำหนดเวลา", a reply to O2); O2\'s deadline is unchanged'),
                 ('R2', 'reminder of O1 ("เร่งรัด", names the districts still missing); O1\'s deadline is unchanged'),
                 ('R3', 'reminder of O6 (names the missing districts, a reply to O6)'),
                 ('R4', 'reminder of O7 ("อำเภอที่ยังไม่ได้แจ้ง…ขอให้แจ้งด่วน", a reply to O7); no new deadline')]:
    o = BYKEY[key]; fn, ln, om = byid[o['id']]
    w('- %s, line %d, %s, %s: %s.' % (o['id'], ln, om['time'][:16], om['sender'], why))
w('- Orders in the other groups (the office\'s letters in ข้อสั่งการ ปค.สน., the palad\'s in ข้อสั่งการ ปจ.สน. and '
  'นักปกครองสกลนคร, the governor\'s and vice governors\') create no tracked duty: SKN-5O lives in ศอ.จอส.จว.สน. '
  'only. Orders changed or called off (the meeting moved from 09.30 to 13.30, the water-truck letter ว ๑๔๖๐ '
  'withdrawn, the หนองหาร planning meeting cancelled) are therefore placed in those groups only.\n')

# near misses
w('## Near misses (`near-misses.csv`, %d rows)\n' % len(nms))
w('Posts a careless tool might flag, and why they are not findings.\n')
w('| file:line | id | sender | text (start) | why not a finding |\n|---|---|---|---|---|')
for r in nms:
    m = byid[r['message']][2]
    txt = m.get('text') or '[%s %s]' % (m['type'], m.get('attachment', ''))
    w('| %s:%s | %s | %s | %s | %s |' % (r['file'], r['line'], r['message'], esc(m['sender']), esc(txt[:60]), esc(r['why'])))
w('')
w(open(os.path.join(HERE, 'truth_notes.md'), encoding='utf-8').read())
open(os.path.join(HERE, 'TRUTH.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('TRUTH.md written')
