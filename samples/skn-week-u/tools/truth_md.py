# Writes TRUTH.md: hand-written prose plus tables of the hand labels (truth.csv, ledger.csv, near-misses.csv).
import csv, json, os, collections, sys
sys.path.insert(0, os.path.dirname(__file__))
import vc
from roster_def import DNAME
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TR = list(csv.DictReader(open(os.path.join(D,'truth.csv'), encoding='utf-8')))
NM = list(csv.DictReader(open(os.path.join(D,'near-misses.csv'), encoding='utf-8')))
LG = list(csv.DictReader(open(os.path.join(D,'ledger.csv'), encoding='utf-8')))
F = json.load(open(os.path.join(D,'tools','facts.json'), encoding='utf-8'))
tag = F['tags']
o = []
w = o.append
w('# Week U — Sakon Nakhon LINE groups, Mon 16 – Fri 20 February 2026 (พ.ศ. ๒๕๖๙)\n')
w('Fictional data for acceptance tests of the seed-002 rules (`samples/letter-rules-sakon-nakhon.md`). Every label below was decided by hand '
  'from the letter and EVAL-RULES.md while writing the posts; the scripts in `tools/` only number the lines, write the files and '
  'check them (`python3 tools/build.py && python3 tools/check.py`).\n')
w('## Setting\n')
w('Dry season: forest fires and haze on the Phu Phan range, a burning ban, drought water delivery in nine districts declared '
  'disaster zones, Chinese New Year (Tue 17 Feb) for the town\'s merchants, sugar-cane trucks on the roads at night.\n')
w('**Holidays.** Thai public holidays near the week: Makha Bucha falls on Tue 3 March 2026, outside the week. Chinese New Year '
  '(17 Feb) is not a national public holiday (it is a holiday only in a few southern provinces), so it does not move any '
  'deadline in Sakon Nakhon. No public holiday falls between 16 and 23 February 2026; only the weekend 21–22 Feb matters '
  '(order O8, below).\n')
w('## Files\n')
w('| file | group | messages |\n|---|---|---|')
names = {'volunteer-centre.jsonl':'ศอ.จอส.จว.สน.','dopa-orders.jsonl':'ข้อสั่งการ ปค.สน.','palad-orders.jsonl':'ข้อสั่งการ ปจ.สน.',
         'administrators.jsonl':'นักปกครองสกลนคร','heads-districts.jsonl':'หน.ส่วนราชการ-นอภ.สน.'}
tot = 0
for fn,c in F['counts'].items():
    w('| `%s` | %s | %d |' % (fn, names[fn], c)); tot += c
w('| `executives-export.txt` | ผู้บริหารจังหวัด และนายอำเภอ (LINE phone export, Thai UI; %d lines) | %d |' % (F['export_lines'], F['export_msgs']))
tot += F['export_msgs']
w('| | **total** | **%d** |\n' % tot)
w('Also `roster.csv` (85 people), `truth.csv`, `ledger.csv`, `near-misses.csv`, and `tools/` (generator and checker). '
  'Message ids run `u0001`… across the JSONL files in the order listed; the export has no ids and is cited by file line. '
  'In the export a multi-line message is quoted and cited by its first line; system lines have an empty sender column '
  '(`X เพิ่ม Y เข้ากลุ่ม`, `X ออกจากกลุ่ม`).\n')
w('**Log end** (when missing reports are judged): the last message of all files, `volunteer-centre.jsonl` %s at 2026-02-20T18:05:00+07:00.\n' % 'u%04d' % F['counts']['volunteer-centre.jsonl'])
w('## Roster in brief\n')
w('- Governor, three vice governors (รอง ผวจ.ธนากร, รองปิยนุช 🌸, รองฯ สุรเชษฐ์), the provincial palad (ปลัดจังหวัดสกลนคร / ปจ.ชาญวิทย์), '
  'three office sending accounts (provincial_admin_staff: ปค.จ.สกลนคร, ฝ่ายอำนวยการ ปค.สน., งานปกครอง ปค.จ.สน.), two province-level volunteer officers '
  '(จอส.จังหวัด แอน, ต้น ศอ.จอส.จว.สน.; no district = the provincial centre).\n'
  '- 12 agency heads, with a deputy or clerk (role `staff`) for ปภ., เกษตร, สสจ. and ประชาสัมพันธ์; one retired former district chief (ลุงเสริฐ).\n'
  '- 18 districts, each with a chief, a coordinating deputy and a volunteer officer; กุดบาก and โพนนาแก้ว have one person holding '
  '`coordinating_deputy|volunteer_center_staff` (ปลัดธีระ กุดบาก 🌿, ปลัดศุภชัย โพนนาแก้ว) instead of two; เมือง, พรรณานิคม, วานรนิวาส, '
  'อากาศอำนวย, สว่างแดนดิน and เจริญศิลป์ have an extra ordinary deputy.\n'
  '- **Ambiguous name:** "ปลัดโอ๊ต" is the display name of two ordinary deputies (วานรนิวาส and สว่างแดนดิน). Posts under it are never judged and never count as a district\'s answer.\n'
  '- **Name variants:** "ปลัดเอ็ม  พังโคน" (double space) for roster "ปลัดเอ็ม พังโคน"; "นายสมศักดิ์ วงศ์ใหญ่" for roster "สมศักดิ์ วงศ์ใหญ่"; '
  '"บุญเลิศ 🙂" (not a roster name) carries the e-mail of นอภ.คำตากล้า as senderId. All three are the roster people, not outsiders.\n'
  '- Everyone has their own LINE user id and/or e-mail or none; no e-mail is shared.\n')
# findings
w('## Findings (truth.csv)\n')
c = collections.Counter(r['rule'] for r in TR)
w('Counts: ' + ', '.join('%s %d' % kv for kv in sorted(c.items())) + '; total %d (%d posting/membership findings and %d SKN-5O).\n' % (len(TR), len(TR)-c['SKN-5O'], c['SKN-5O']))
w('Membership findings are given once per person per group, at the first line that shows the person in the group. '
  'An invitation of a roster person who is not admitted gives three rows at that line (the group\'s membership rule for the invitee, '
  'SKN-ALL for the invitee and for the inviter). Outsiders get only OUTSIDER.\n')
w('| rule | file | line | message | who | state | why |\n|---|---|---|---|---|---|---|')
for r in TR:
    w('| %s | %s | %s | %s | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], r['who'], r['state'], r['note']))
w('')
w('Notes on the posting findings:\n'
  '- **SKN-2P** covers ten forms in ข้อสั่งการ ปค.สน.: a sticker, a text ack, a question, a festival greeting with a card, photos alone, a district report, '
  'a forwarded news item, a 🙏 alone, a report meant for ศอ.จอส.จว.สน. and the apology that follows it. The office accounts\' orders and the palad\'s posts are allowed.\n'
  '- **SKN-4P** (executives export): the palad and a district chief each direct all district chiefs; only the governor or a vice governor may give orders there.\n'
  '- **SKN-5P**: an order to all districts from a district coordinating deputy (ปลัดนุ อ.เมือง), another from a district chief (ฝากทุกอำเภอ…กำชับ), and a performance report by the provincial centre itself. '
  'None of these creates a duty.\n'
  '- **SKN-6P**: agency results (เกษตร, ทสจ., สสจ.), an agency award (ประชาสัมพันธ์จังหวัด), and two district reports (ภูพาน; สว่างแดนดิน as bare figures).\n')
# orders & ledger
w('## Orders in ศอ.จอส.จว.สน. and the duty ledger (ledger.csv)\n')
w('Deadlines are inclusive. A date with no time ("ภายในวันที่ ๑๘ ก.พ.") runs to 23:59:59 of that day. "ภายใน N วัน" is counted from the day after '
  'the order to the end of the Nth day; a weekend or holiday last day moves to the next working day. With no deadline in the text the default is 24 hours '
  'from the order. A district\'s answer is the first post by any of its people (chief, deputy, coordinating deputy, district volunteer officer) in '
  'ศอ.จอส.จว.สน. that carries the asked result: a text report, figures alone, a file alone, or photos alone where the order asks for photos. '
  'Acknowledgements, and posts in other groups, are not answers. The ledger cites the first message of the answering post.\n')
w('| order | message | sender | addressed to | deadline | how counted |\n|---|---|---|---|---|---|')
snd = {'O1':'ต้น ศอ.จอส.จว.สน.','O2':'ปลัดจังหวัด','O4':'ปลัดจังหวัด','O5':'ปลัดจังหวัด','O12':'ต้น ศอ.จอส.จว.สน.','O7':'จอส.จังหวัด แอน',
       'O8':'ปลัดจังหวัด','O9':'จอส.จังหวัด แอน','O10':'ปลัดจังหวัด','O11':'ปลัดจังหวัด'}
how_addr = {'O1':'all 18 ("ทุกอำเภอ")','O2':'5 named in the salutation (เรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.ส่องดาว นอภ.วาริชภูมิ นอภ.เต่างอย)',
            'O4':'all 18','O5':'"อำเภอที่มีจุดความร้อน", named in the body: ภูพาน ส่องดาว วาริชภูมิ พรรณานิคม','O12':'all 18',
            'O7':'"อำเภอตามบัญชีแนบ"; the list is the next post (%s): อากาศอำนวย วานรนิวาส สว่างแดนดิน บ้านม่วง คำตากล้า พังโคน' % tag['O7list'][1],
            'O8':'all 18','O9':'เมืองสกลนคร โพนนาแก้ว กุสุมาลย์ (ขอให้ อ.ก อ.ข และ อ.ค)','O10':'all 18','O11':'เจริญศิลป์ โคกศรีสุพรรณ นิคมน้ำอูน'}
for order, dists, deadline, how in vc.DUTIES:
    t = tag[order]
    w('| %s | %s line %s (%s) | %s | %s | %s | %s |' % (order, t[1], t[2], t[3][5:16].replace('T',' '), snd[order], how_addr[order], deadline, how))
w('')
w('Orders that create no duty: O3 (%s, "แจ้งเพื่อทราบ … ไม่ต้องรายงาน") and O6 (%s, a circular "เพื่อทราบ") are information only. '
  'Reminders R1 %s (O2, ย้ำ), R2 %s (O1, เร่งรัด), R3 %s (O1, second reminder), R4 %s (O4), R5 %s (O10) are replies to their orders naming the districts still owing '
  '(the checker confirms each list equals the districts without an answer at that moment); they create no duty and do not move deadlines. '
  'The SKN-5P "orders" from district people create no duty either.\n' % (tag['O3'][1], tag['O6'][1], tag['R1'][1], tag['R2'][1], tag['R3'][1], tag['R4'][1], tag['R5'][1]))
st = collections.Counter(r['state'] for r in LG)
w('Ledger: %d duties — on-time %d, late %d, missing %d, not-due %d.\n' % (len(LG), st['on-time'], st['late'], st['missing'], st['not-due']))
w('Special cases worth knowing:\n'
  '- O1 พังโคน answers as a reply to the order; O1 กุสุมาลย์ and O5 ภูพาน answer with photos alone (both orders ask for photos); O1 เมือง is answered by the coordinating deputy; O1 ภูพาน at Tue 08:44:05, 75 s before the deadline.\n'
  '- O2 กุดบาก at 16:29:10 (deadline 16:30), by the two-role person; O5 พรรณานิคม at 11:59:20 (deadline 12:00); O11 นิคมน้ำอูน at 14:58:40 (deadline 15:00).\n'
  '- O1 คำตากล้า answers only after the second reminder (R3): late. O2 เต่างอย answers after R1: late.\n'
  '- บ้านม่วง answers O4 and O12 in one post that says so (text + the file): on time for both.\n'
  '- วานรนิวาส answers O4 and O7 with bare figures; O12 answers are mostly a file alone; O12 พรรณานิคม sends its file on Friday morning by an ordinary deputy: late; O9 เมือง by an ordinary deputy.\n'
  '- O10 เต่างอย: the coordinating deputy posted the report in ข้อสั่งการ ปค.สน. (SKN-2P) and never in ศอ.จอส.จว.สน.: missing.\n'
  '- O8 "ภายใน ๓ วัน" from Wed 18: Thu 19, Fri 20, Sat 21 → weekend → Mon 23 Feb 23:59:59, after the log end, so the eight districts without an answer are not-due. '
  'O9 runs to the end of Fri 20 Feb, after the log end (18:05): กุสุมาลย์ is not-due.\n')
w('| order | district | state | answer | deadline |\n|---|---|---|---|---|')
inv = {v[1]: k for k,v in tag.items()}
for r in LG:
    w('| %s (%s) | %s | %s | %s | %s |' % (r['order'], inv.get(r['order'],''), r['district'], r['state'], r['answer'], r['deadline']))
w('')
w('## Near misses (near-misses.csv)\n')
w('%d rows. Each is something a careless tool might flag but which is not a finding under EVAL-RULES.md.\n' % len(NM))
w('| file | line | message | why not a finding |\n|---|---|---|---|')
for r in NM:
    w('| %s | %s | %s | %s |' % (r['file'], r['line'], r['message'], r['why']))
w('')
w('## Decisions where the rules left room\n'
  '- Posts by the ambiguous name "ปลัดโอ๊ต" are never judged, even in ข้อสั่งการ ปค.สน. where both candidates would be out of place (EVAL-RULES: ambiguous names are never judged). Listed as a near miss.\n'
  '- An outsider who joins and is removed, or is added and then posts, gets one OUTSIDER row at the first appearance only; the seller\'s post in หน.ส่วนราชการ-นอภ.สน. is not a second finding. No outsider posts in ข้อสั่งการ ปค.สน., so the question whether an outsider\'s post is also SKN-2P does not arise.\n'
  '- A removal (`remove`) is not treated as the removed person\'s first appearance when they appeared earlier; every removed person here appeared before.\n'
  '- A leave by an eligible member is not a finding (ปลัดพิชิต กุสุมาลย์ in ปค.สน., นอภ.เต่างอย in ปจ.สน., รองฯ สุรเชษฐ์ in the executives group).\n'
  '- Acks, questions and reports by district chiefs in ข้อสั่งการ ปจ.สน. are not findings (the letter says members *need not* answer there).\n'
  '- In ผู้บริหารจังหวัด และนายอำเภอ the palad\'s summary to the governor is information, not an order; the palad\'s "ขอให้นายอำเภอทุกอำเภอส่ง…" is an order and so SKN-4P.\n'
  '- Display-name matching: the double-space variant is matched by collapsing whitespace; EVAL-RULES/README name invisible characters and titles explicitly but not spaces, so this row tests the brief\'s "extra spaces" case.\n'
  '- A report answers a duty only in ศอ.จอส.จว.สน.; the same figures posted in other groups do not count.\n')
open(os.path.join(D,'TRUTH.md'),'w',encoding='utf-8').write('\n'.join(o) + '\n')
print('TRUTH.md', len(o), 'lines')
