# Writes TRUTH.md from the hand-set tags (via build.py's summary) plus the prose below.
import pickle, os, csv
from collections import Counter, defaultdict
from roster_data import ROSTER, DNAME
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = pickle.load(open(os.path.join(OUT, 'tools', '_summary.pkl'), 'rb'))
o = []
w = o.append
counts = S['counts']; tg, tc = S['txtcount']
total = sum(n for _, n in counts.values()) + tc
w('# Week N (Mon 1 – Fri 5 Dec 2025 / ๑–๕ ธ.ค. ๒๕๖๘): ground truth\n')
w('Six Sakon Nakhon LINE groups, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as EVAL-RULES.md reads it. '
  'Every message was written by hand in `tools/build_*.py`; every finding, duty answer and near miss is a tag set by hand on the message it concerns, '
  'and `check.py` re-derives the membership findings, the SKN-2P posts and the ledger states independently from the roster and the logs.\n')
w('## Files and message counts\n')
w('| file | group | messages |\n|---|---|---|')
for f, (g, n) in counts.items():
    w(f'| `{f}` | {g} | {n} |')
w(f'| `palad-orders.txt` (LINE Thai-UI phone export) | {tg} | {tc} |')
w(f'| **total** | | **{total}** |\n')
w(f'ศอ.จอส.จว.สน. carries {counts["volunteer-centre.jsonl"][1]} of {total} messages ({100*counts["volunteer-centre.jsonl"][1]/total:.0f}%). '
  'Message ids `n0001`… are unique across the JSONL files and numbered in global time order; the export has no ids and its truth rows cite the line of the message in the .txt '
  '(for a multi-line quoted message, its first line). `roster.csv`, `truth.csv`, `ledger.csv`, `near-misses.csv` as in the brief.\n')

w('## Calendar, holidays and how deadlines were counted\n')
w('- The week runs Monday 1 to Friday 5 December 2025. **Friday 5 December** is a Thai public holiday (วันคล้ายวันพระบรมราชสมภพ ร.๙, วันชาติ และวันพ่อแห่งชาติ); '
  'Saturday 6 and Sunday 7 are the weekend; the next working day is **Monday 8 December**. The next holiday after that is Wednesday 10 December (วันรัฐธรรมนูญ), '
  'which no deadline here reaches (no counted period ends on or after it). I know of no other public or special holiday between 1 and 8 December 2025.')
w('- The log ends with the export\'s last line, Fri 5 Dec 21:00 (the last JSONL message is Fri 5 Dec 20:40); missing answers are judged then. No deadline falls between those two times, so either end gives the same states.')
w('- "End of a day" is 23:59:59 of that day (+07:00). Answers were placed well away from the ambiguous 16:30 office-closing time wherever a deadline says only "today" or a day.')
w('- "ภายใน N วัน" and "ภายใน N วันทำการ" count from the day after the order; a last day that is a weekend or holiday moves to the next working day (for working days, the holiday is simply skipped).')
w('- The 24-hour default of EVAL-RULES (order with no deadline in its text) is counted in clock hours, not extended by the holiday.')
w('- A report counts only if it is posted in ศอ.จอส.จว.สน., after the order, by one of the district\'s people (chief, ปลัดอำเภอ, coordinating deputy, district volunteer officer), as text, a file, or photos alone after an order that asks for photos (only O5 does). The first such answer counts.\n')
w('How the holiday touches the deadlines: O5 "ก่อนวันหยุด" ends on Thu 4 because Fri 5 is the holiday; O7 "ภายใน 3 วัน" (ordered Wed 3) would end on Sat 6, crosses the holiday and the weekend and moves to Mon 8; '
  'O8 "ภายในสัปดาห์นี้" ends on Thu 4, the last working day of a week whose Friday is a holiday; O10 names Mon 8 explicitly; O4 "๒ วันทำการ" (ordered Tue 2) ends Thu 4, just before the holiday; '
  'three duties (O1 สว่างแดนดิน, O4 วาริชภูมิ, O5 พรรณานิคม) are answered late on the holiday morning itself, and O9\'s 24-hour default ends on Thursday morning, the day before the holiday.\n')

w('## Roster in brief\n')
rc = Counter(r['role'] for r in ROSTER)
w(f'{len(ROSTER)} people: ' + ', '.join(f'{n} {k}' for k, n in sorted(rc.items())) + '. '
  'All 18 districts have a chief, a coordinating deputy and a district volunteer officer; in กุดบาก (ปลัดโจ้กุดบาก) and ภูพาน (ปลัดตั้ม ภูพาน) one person is both coordinating deputy and volunteer officer '
  '(`coordinating_deputy|volunteer_center_staff`). Six districts have one or two further ปลัดอำเภอ. Two deputies (วานรนิวาส and ส่องดาว) both use the display name **ปลัดต้น** (ambiguous, never judged; neither has a LINE id). '
  'The province has the governor, three vice governors, the palad (display names ปลัดจังหวัดสกลนคร / ปจ.ไพโรจน์), three office sending accounts, two province-level volunteer officers (จอส.จว.สน. พี่ฝน, แอดมิน ศอ.จอส.จว.สน.), '
  'twelve agency heads, three agency staff (deputy of พมจ., clerk of เกษตรจังหวัด, section head of ปภ.) and one retired former district chief. Most people have a LINE user id; each e-mail belongs to one person; some people have neither.\n')
w('Outsiders (not on the roster) who appear: ผญบ.สมาน บ้านโพนงาม, ข่าวสกลนคร ทันข่าว, ผ้าห่มนวม ขายส่ง 📦, พลอย ประกันชีวิต 💼, Nok.Sakon.\n')

truth = S['truth']
w('## Findings (truth.csv)\n')
c = Counter(r['rule'] for r in truth)
w('Per rule: ' + ', '.join(f'{k} {v}' for k, v in sorted(c.items())) + f'; {sum(v for k, v in c.items() if k != "SKN-5O")} posting/membership findings and {c["SKN-5O"]} SKN-5O (late/missing) findings.\n')
w('Posts are counted once: a text with its photos, or photos sent together, is one post cited at its first message. Membership findings come once per person per group at the first message that shows the person there.\n')
w('| rule | file:line | id | who | state | why |\n|---|---|---|---|---|---|')
for r in truth:
    w(f'| {r["rule"]} | {r["file"]}:{r["line"]} | {r["message"]} | {r["who"]} | {r["state"]} | {r["note"]} |')
w('')

w('## Orders in ศอ.จอส.จว.สน. and the ledger\n')
led = defaultdict(list)
for r in S['ledger']:
    led[r['_key']].append(r)
names = {'O1': 'blanket form จอส.๑', 'O2': 'Nong Han weed clearing, 3 districts', 'O4': 'cold-season home visits', 'O5': 'December volunteer development activity with photos',
         'O6': 'Red Cross fair volunteers, 5 districts', 'O7': 'New Year volunteer plan', 'O8': 'checkpoint volunteers form จอส.๒, 3 districts bordering Nakhon Phanom',
         'O9': 'disaster-volunteer teams (deadline only in the letter photo)', 'O10': 'dry-season weirs and canals', 'O12': 'volunteer numbers for the 5 Dec ceremony'}
for k, od in S['orders'].items():
    if not od['districts']:
        continue
    w(f'### {k} — {names.get(k, "")} ({od["id"]}, volunteer-centre.jsonl:{od["line"]}, {od["time"]:%a %d %b %H:%M}, by {od["sender"]})\n')
    w(f'- Deadline words: **{od["phrase"]}**. {od["reason"]}')
    w(f'- Deadline used: {od["deadline"].isoformat()}. Districts obliged: {"all 18" if len(od["districts"]) == 18 else ", ".join(DNAME[d] for d in od["districts"])}.')
    by = defaultdict(list)
    for r in led[k]:
        by[r['state']].append(r)
    for st in ('on-time', 'late', 'missing', 'not-due'):
        if by[st]:
            items = ', '.join(f'{r["district"]}' + (f' ({r["answer"]})' if r['answer'] else '') for r in by[st])
            w(f'- {st} ({len(by[st])}): {items}')
    w('')
w('### Posts in ศอ.จอส.จว.สน. that create no duty\n')
for k, od in S['orders'].items():
    if od['districts']:
        continue
    w(f'- {k} ({od["id"]}, line {od["line"]}, by {od["sender"]}): {od["reason"]}')
for k in ('R1', 'R2', 'R3', 'R4'):
    mid, line, f = S['keys'][k]
    w(f'- {k} ({mid}, line {line}): reminder of an earlier order (ย้ำ / เร่งรัด / อำเภอที่ยังไม่ได้… / ตามกำหนดเวลา / reply to the order): no new duty.')
w('- The orders posted by นอภ.เมืองสกลนคร (Tue 14:00) and ปลัดเอก สว่างฯ (Thu 16:30) to all districts are SKN-5P findings, not orders of the centre, and create no duty.')
w('- Special cases: **เต่างอย** answered O4 in นักปกครองสกลนคร (wrong group), so O4 stays missing for it; **คำตากล้า**\'s chief answered O4 on Tue 16:00 from his own account and the volunteer officer answered again on Fri (after the deadline): the first answer counts, on time; '
  '**วานรนิวาส** asked whether a district that had already held the activity must report O5 and the palad said every district reports, matching the rule that an order naming a kind of district without listing them obliges all; '
  'every late answer opens with an apology (ขออภัยที่ล่าช้า / ขออภัยในความล่าช้า); สว่างแดนดิน answers O1 two days after its Wednesday deadline (Fri 5, the holiday), วาริชภูมิ answers O4 on the holiday morning; nil reports (นิคมน้ำอูน, อากาศอำนวย for O4) count; '
  'O1, O7, O8 and O9 are answered by files alone in several districts; O5 by photos alone (กุสุมาลย์, วาริชภูมิ, คำตากล้า, โพนนาแก้ว) or photos then a caption (กุดบาก, เต่างอย).\n')
st = Counter(r['state'] for r in S['ledger'])
w(f'Ledger totals: {len(S["ledger"])} duties — ' + ', '.join(f'{k} {v}' for k, v in st.items()) + '.\n')

w('## Near misses (near-misses.csv)\n')
w('| file:line | id | why it is not a finding |\n|---|---|---|')
for r in S['near']:
    w(f'| {r["file"]}:{r["line"]} | {r["message"]} | {r["why"]} |')
w('')
w(open(os.path.join(OUT, 'tools', 'decisions.md'), encoding='utf-8').read())
open(os.path.join(OUT, 'TRUTH.md'), 'w', encoding='utf-8').write('\n'.join(o) + '\n')
print('TRUTH.md written', len(o), 'lines')
