#!/usr/bin/env python3
"""Writes TRUTH.md: hand-written reasoning plus the tables from truth.csv, ledger.csv, near-misses.csv."""
import csv, json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import roster_data as R
import soc

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
rd = lambda f: list(csv.DictReader(open(os.path.join(HERE, f), encoding='utf-8')))
truth, ledger, near = rd('truth.csv'), rd('ledger.csv'), rd('near-misses.csv')
S = json.load(open(os.path.join(HERE, 'src', 'summary.json'), encoding='utf-8'))
ol = S['order_line']
info_line = {}
txt = open(os.path.join(HERE, soc.FILE), encoding='utf-8').read().split('\n')
for m in soc.L:
    pass

out = []
P = out.append
P('# Week V (6–10 April 2026 / ๖–๑๐ เม.ย. ๒๕๖๙): ground truth\n')
P('Hand-worked ground truth for five working-week days of six Sakon Nakhon LINE groups, judged against letter '
  'ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ and `samples/letter-rules-sakon-nakhon.md`. The chats, the roster and every finding and near miss were '
  'written and decided by hand in `src/` (the sources carry the intended finding next to each message); `src/build.py` '
  'only lays the messages out, numbers lines and ids, and refuses to build if a hand-given on-time/late state '
  'disagrees with the clock; `check.py` re-derives every membership finding and every SKN-2P post from the roster '
  'independently and compares.\n')
P('## Calendar and the holiday\n')
P('- Mon 6 Apr 2026 is **Chakri Day (วันจักรี)**, a public holiday and a day off for government offices; it falls on '
  'a Monday, so there is no substitute day. The working days of the week are Tue 7 – Fri 10 Apr.\n'
  '- The Songkran holidays are **Mon 13 – Wed 15 Apr 2026** (Sat 11 / Sun 12 are the weekend before). I assumed no '
  'extra cabinet-declared day; if one were added (e.g. Thu 16) the O7 deadline would move to Fri 17 Apr, still not due.\n'
  '- How the holiday touches deadlines: O2 is issued *on* the holiday with "ภายใน ๒๔ ชม.": hours are counted by the '
  'clock, not moved by the day off (→ Tue 7 Apr 15:40). O7 ("ภายใน ๓ วัน", issued Wed 8 Apr) is the day-counted one: '
  'counting from the next day, day 3 is Sat 11 Apr, a day off; the next working day after the weekend is Mon 13, a '
  'Songkran holiday, as are 14 and 15, so the period ends at the end of **Thu 16 Apr** — after the log ends, so no '
  'district is late or missing for O7. Date deadlines ("ภายในวันที่ ๙ เม.ย.", "ภายในวันศุกร์ที่ ๑๐ เม.ย.") run to '
  '23:59:59 of that day. An order with no deadline gets 24 hours (O5).\n'
  '- **Judgement time** for missing reports: the last message of the ศอ.จอส.จว.สน. log, Fri 10 Apr 2026 21:15 '
  '(line %d of the export), which is also the latest message of all six files.\n' % len([l for l in txt if l]))
P('## Roster (roster.csv, %d people)\n' % len(R.P))
rc = Counter(p['role'] for p in R.P.values())
P('- Province: governor (ผวจ.สน. ชาญวิทย์), 3 vice governors, provincial palad (ปลัดจังหวัดสกลนคร), 3 office sending '
  'accounts of ที่ทำการปกครองจังหวัด (ปค.สกลนคร, กลุ่มงานปกครอง สน., ฝ่ายอำนวยการ ปค.จ.สน.), 2 province-level '
  'volunteer officers (จอส.จังหวัด แนน, ศอ.จอส.จว.สน. (บอส); no district).\n'
  '- 11 agency heads; staff: deputy of the ปภ. head, clerk of the health office (แอน ธุรการ สสจ.), deputy of the land '
  'transport head (รองขนส่ง วิชัย), the governor\'s secretary (เลขาฯ ผวจ. ต้อม); one retired former district chief '
  '(อดีตนอภ.บุญเลิศ).\n'
  '- 18 districts, each with a district chief and a coordinating deputy; 16 have a separate district volunteer '
  'officer; in กุดบาก (ปลัดแบงค์ กุดบาก) and เต่างอย (ปลัดอ้อ เต่างอย) the coordinating deputy is also the volunteer '
  'officer (`coordinating_deputy|volunteer_center_staff`). Seven other deputies (`deputy_district_chief`) in '
  'เมืองสกลนคร (2), พังโคน, สว่างแดนดิน, วานรนิวาส, อากาศอำนวย, ภูพาน.\n'
  '- Ambiguous display name: **ปลัดบอย** is a display name of both the coordinating deputy of นิคมน้ำอูน and the one '
  'of บ้านม่วง.\n'
  '- Many people have a LINE user id, several an e-mail (each e-mail belongs to one person), some neither. '
  'JSONL messages carry the sender\'s id or e-mail as `senderId` when the roster has one, except on the messages '
  'that test name matching (see near misses).\n')
P('## Groups and message counts\n')
P('| file | group | messages |\n|---|---|---|')
tot = 0
for f, (g, n) in S['counts'].items():
    P('| `%s` | %s | %d |' % (f, g, n)); tot += n
P('| | total | %d |\n' % tot)
P('The ศอ.จอส.จว.สน. file is a LINE PC "Save chat" export, Thai UI: date lines `2026.04.06 วันจันทร์`, message '
  'lines `HH:MM <display name> <text>` separated by single spaces, continuation lines of multi-line messages raw, '
  'media as `รูป`, `สติกเกอร์`, `ไฟล์`, a leave as `<name> <name> ออกจากกลุ่ม`, an unsent message as '
  '`<name> ยกเลิกข้อความ`. It has no ids: truth and ledger cite its line numbers (the first line of a message). '
  'The file is named as LINE PC names it, `[LINE]<group name>.txt`. Ids `v0001…v%04d` run across the five JSONL '
  'files in the order pk-orders, palad-orders, executives, heads, administrators.\n' % (tot - S['counts'][soc.FILE][1]))

P('## Orders in ศอ.จอส.จว.สน. and how each deadline was counted\n')
P('| order | line | sent | by | addressed to | deadline text → deadline |\n|---|---|---|---|---|---|')
lines_by = {m.get('order') or m.get('info'): m for m in soc.L if m.get('order') or m.get('info')}
srt = sorted(soc.L, key=lambda m: (m['day'], m['hm']))
def line_of(m):
    # recompute line numbers the same way build.py does
    return m.get('line')
for key in ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11']:
    m = lines_by[key]
    who = R.disp(m['who'])
    if key in soc.ORDERS:
        spec = soc.ORDERS[key]
        to = 'all 18 districts' if spec['to'] is None else ', '.join(R.DNAME[d] for d in spec['to'])
        P('| %s | %d | %02d Apr %s | %s | %s | %s |' % (key, ol[key], m['day'], m['hm'], who, to, spec['how']))
    else:
        first = '%s %s %s' % (m['hm'], who, m['text'].split('\n')[0])
        iln = txt.index(first) + 1
        P('| %s | %d (info) | %02d Apr %s | %s | — | information only ("เพื่อทราบ ไม่ต้องรายงาน"): no duty |' % (key, iln, m['day'], m['hm'], who))
P('')
P('O3 (service-point **plan**, form file) and O4 (**names and head-count** of the volunteers at each point) are two '
  'close topics open at the same time (7 Apr 08:35 / 08:52 until 8 Apr 16:30). Every text answer sent while both '
  'were open for a district names what it answers ("แผนจุดบริการ…" vs "รายชื่อจิตอาสาประจำจุด…"); answers without '
  'words (photos alone, a file alone, figures alone) were placed only where one open order of that district fits '
  'them: photos alone only when exactly one open order of the district asks for photos (O2, O5, O8, O11), the file '
  'alone of พังโคน (8 Apr 09:40) when O3 was its only open order, the bare figures of เมืองสกลนคร (8 Apr 13:30) when '
  'O7 was its only open order.\n')
P('Reminders (no new duty): 7 Apr 11:00 (O2, names the six districts still owing at that time), 8 Apr 15:30 (O4, '
  'four districts), 9 Apr 15:45 (O10, eight districts), 10 Apr 08:30 (O3, overdue: three districts), 10 Apr 10:40 '
  '(O8 and O11). Each list matches the answers received before it.\n')
P('Things that are **not** answers: a report sent before the order existed (ภูพาน, 6 Apr 10:15 — ภูพาน answered O2 '
  'again after the order); promises ("ขอส่งพรุ่งนี้เช้า", คำตากล้า 6 Apr 19:05; "ขอส่งช่วงบ่าย", เต่างอย 8 Apr '
  '10:00 — never sent, so เต่างอย is missing for O4); acknowledgements; a correction/re-send of an answer already given '
  '(พรรณานิคม O3 on 8 Apr 09:10, นิคมน้ำอูน O9 on 10 Apr 11:30: the first answer counts). A district\'s chief, deputy, '
  'coordinating deputy or district volunteer officer may answer; a deputy answering for the district counts.\n')

P('### Ledger (ledger.csv, %d rows)\n' % len(ledger))
P('States: %s.\n' % ', '.join('%s %d' % kv for kv in Counter(r['state'] for r in ledger).items()))
byorder = {}
for r in ledger:
    byorder.setdefault(r['order'], []).append(r)
name_of_line = {str(v): k for k, v in ol.items()}
for o, rows in byorder.items():
    P('**%s** (line %s, deadline %s):' % (name_of_line[o], o, rows[0]['deadline']))
    for st in ('on-time', 'late', 'missing', 'not-due'):
        rs = [r for r in rows if r['state'] == st]
        if rs:
            P('- %s (%d): %s' % (st, len(rs), '; '.join(r['district'] + (' ← line ' + r['answer'] if r['answer'] else '') for r in rs)))
    P('')

P('## Findings (truth.csv, %d rows)\n' % len(truth))
P('By rule: %s.\n' % ', '.join('%s %d' % kv for kv in sorted(Counter(r['rule'] for r in truth).items())))
P('Why each rule fires, in short:\n'
  '- **SKN-2P**: every post in ข้อสั่งการ ปค.สน. by anyone but the office (sending accounts, palad): sticker, ack, 🙏, '
  'question, photo, report, greeting, "รับทราบและถือปฏิบัติ", a reply, "ได้รับหนังสือแล้ว". A post is the text plus '
  'the media sent right after it; one finding per post.\n'
  '- **Membership (SKN-1…SKN-6)**: once per person per group at the first line that shows them (post, invite, join). '
  'Examples: a regular ปลัดอำเภอ in ปค.สน. and in นักปกครองสกลนคร; the office account and a coordinating deputy in '
  'ปจ.สน.; the governor\'s secretary and an agency head in ผู้บริหารจังหวัด และนายอำเภอ; the office account, a '
  'retired official and an agency head in ศอ.จอส.จว.สน.; a retired official, a deputy of the transport head and a '
  'clerk of the health office in หน.ส่วนราชการ-นอภ.สน.; a retired official, a district volunteer officer and a vice '
  'governor (not listed for SKN-1) in นักปกครองสกลนคร.\n'
  '- **SKN-ALL**: four invitations of roster people not admitted to the group (ปค.สน.: ภูพาน chief adds a ปลัดอำเภอ; '
  'ปจ.สน.: เจริญศิลป์ chief adds his coordinating deputy; heads: the health head adds his clerk; นักปกครอง: ส่องดาว '
  'chief adds the district volunteer officer). Each gives three rows at the invite line: the group\'s membership rule '
  'for the invitee, SKN-ALL for the invitee, SKN-ALL for the inviter.\n'
  '- **OUTSIDER** (5, all kinds): a car-insurance seller who joined ปค.สน. by link; a kamnan added to ปจ.สน. by the '
  'โคกศรีสุพรรณ chief; a reporter added to the executives\' group by the นิคมน้ำอูน chief; a durian seller who joined '
  'the heads\' group by QR code and posted; a shirt seller who simply posts in ศอ.จอส.จว.สน. Later removals and '
  'posts of the same outsider add nothing.\n'
  '- **SKN-4P**: orders to ผู้บริหารจังหวัด และนายอำเภอ from the palad (twice) and from a district chief relaying '
  '"ท่านผู้ว่าฯ สั่งให้ทุกอำเภอ…" as his own instruction.\n'
  '- **SKN-5P**: an order from a district chief to all districts, an order from the office account, a results '
  'summary sent to the palad by a province-level volunteer officer, a report from a retired official.\n'
  '- **SKN-6P**: performance figures of the health office and of the environment office, the transport office\'s '
  'award, a district chief\'s report of his checkpoints.\n'
  '- **SKN-5O**: late (cited at the first answer) and missing (cited at the order) duties, from the ledger above.\n')
P('| rule | file | line | message | who | state | note |\n|---|---|---|---|---|---|---|')
for r in truth:
    P('| %s | `%s` | %s | %s | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], r['who'], r['state'], r['note']))
P('')
P('## Near misses (near-misses.csv, %d rows)\n' % len(near))
P('Posts a careless tool might flag and that are not findings: the office\'s own orders with their photos and PDFs '
  'in ปค.สน.; the palad\'s "กลุ่มนี้ไม่ต้องตอบรับนะครับ"; acknowledgements, a sticker and reports of district chiefs '
  'in ปจ.สน. ("need not" is not "must not"); incident notices and reports to the governor in ผู้บริหาร; orders '
  'and courtesy of the governor and vice governors; information-only orders and reminders in ศอ.จอส.; reports by '
  'deputies, coordinating deputies, two-role people, photos alone, a file alone, figures alone, a report one minute '
  'before the deadline; courtesy with order words; an eligible invitee; a chief whose display name appears with the '
  'title นาย; a chief whose name appears with a doubled inner space and a trailing space; a head posting under a '
  'display name not in the roster but with his LINE user id; a rename notice followed by posts under the new name; '
  'the ambiguous name ปลัดบอย; eligible members leaving.\n')
P('| file | line | message | why |\n|---|---|---|---|')
for r in near:
    P('| `%s` | %s | %s | %s |' % (r['file'], r['line'], r['message'], r['why']))
P('')
P('## Decisions where the rules were not explicit\n'
  '- Hour deadlines ("ภายใน ๒๔ ชม.") run by the clock even across the holiday; only day-counted periods ("ภายใน N วัน") '
  'skip days off.\n'
  '- A report sent before an order does not answer it; a promise, an acknowledgement or a re-send does not either.\n'
  '- Invite, join, leave, remove and rename lines are not posts: they give membership findings only (no SKN-2P for '
  'an inviter in ปค.สน.). The outsider who joined ปค.สน. never posts there, so the question whether an unknown '
  'person\'s post is also SKN-2P does not arise.\n'
  '- The palad is not in หน.ส่วนราชการ-นอภ.สน. at all this week (the rule does not list provincial_palad there).\n'
  '- A vice governor posting in นักปกครองสกลนคร is a SKN-1 finding because the letter lists only the governor, the '
  'palad, district chiefs and coordinating deputies for that group.\n'
  '- A province-level volunteer officer sending a results summary to the palad in ศอ.จอส.จว.สน. is a report by '
  'someone other than a district\'s people, so SKN-5P, as the rule is written.\n'
  '- File placeholder in the PC export: `ไฟล์` (the formats note has no verified Thai desktop string for files).\n')
open(os.path.join(HERE, 'TRUTH.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('TRUTH.md', len(out), 'lines')
