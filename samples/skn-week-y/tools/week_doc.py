# Writes TRUTH.md, the readable account of the week's ground truth.
import os
from collections import Counter, OrderedDict
import week_lib as L
import week_vc as VC
from roster_data import P, DISTRICTS, DNAME, BY

ROLE_TH = {'governor': 'governor', 'vice_governor': 'vice governors', 'provincial_palad': 'provincial palad',
           'provincial_admin_staff': 'office sending accounts', 'volunteer_center_staff': 'volunteer officers (2 province-level, 16 district)',
           'agency_head': 'agency heads', 'staff': 'staff (deputies/clerks of heads)', 'retired': 'retired',
           'district_chief': 'district chiefs', 'coordinating_deputy': 'coordinating deputies (one role only)',
           'deputy_district_chief': 'other deputies',
           'coordinating_deputy|volunteer_center_staff': 'coordinating deputy and district volunteer officer (two roles)'}


def esc(s):
    return s.replace('|', '\\|').replace('\n', ' ⏎ ')


def write(out, allm, truth, ledger, nms, END):
    o = []
    w = o.append
    w('# Week Y (27–31 October 2025): ground truth\n')
    w('Sakon Nakhon province, the week of Monday 27 to Friday 31 October 2025 (พ.ศ. ๒๕๖๘): the last rains, the rice '
      'harvest and its labour shortage, dengue and leptospirosis (ไข้ฉี่หนู) among farmers, the dry-season water plans, '
      'and the preparations for the province\'s royal Kathin ceremony on Saturday 1 November at วัดพระธาตุเชิงชุม.\n')
    w('**Working days.** Monday 27 to Friday 31 October 2025 are all working days (ปิยมหาราช, 23 October, fell the week '
      'before; no public holiday this week). Saturday 1 and Sunday 2 November are the weekend, so a deadline whose last day '
      'falls on them moves to Monday 3 November. The log ends with the last message of all files, '
      '`%s`; missing reports are judged at that time.\n' % END)
    w('All six groups are written as JSONL (the week\'s brief asks for JSONL only, so there is no .txt export this '
      'week). Line numbers are 1-based lines of each file; message ids `y0001`… run across all files in time order.\n')
    # roster
    w('## Roster (`roster.csv`, %d people)\n' % len(P))
    c = Counter(p['role'] for p in P)
    for r, n in c.items():
        w('- %s: %d' % (ROLE_TH.get(r, r), n))
    w('')
    w('Each of the 18 districts has a district chief, a coordinating deputy and a district volunteer officer; in กุดบาก '
      'and ภูพาน one person holds both `coordinating_deputy|volunteer_center_staff` (ปลัดหนุ่ม กุดบาก, ปลัดปิง ภูพาน). '
      'เมืองสกลนคร, พรรณานิคม have one other deputy, สว่างแดนดิน two. Two people share the display name **ปลัดเอก** '
      '(วานรนิวาส\'s coordinating deputy, whose main name is "เอกชัย วานรนิวาส", and สว่างแดนดิน\'s deputy '
      '"ปลัดเอก สว่างฯ"). %d people have a LINE user id, %d an e-mail (each e-mail belongs to one person only). '
      'The province level: governor, 3 vice governors, the provincial palad, 3 office sending accounts '
      '(ปค.จ.สน. งานปกครอง, ฝ่ายอำนวยการ ปค.สน., สารบรรณ ปค.จ.สน. 📨), 2 province-level volunteer officers (จอส.จังหวัด พี่ตุ๊ก, '
      'ศอ.จอส.สน. แอดมินบอย, no district), 11 agency heads, a deputy of the health chief, a clerk of ปภ., a clerk of '
      'agriculture, and a retired former district chief.\n'
      % (sum(1 for p in P if p['line_id']), sum(1 for p in P if p['email'])))
    # groups
    w('## Groups and messages\n')
    w('| file | group | messages |\n|---|---|---|')
    tot = 0
    for g, (fn, gn) in L.FILES.items():
        n = len(L.MSGS[g]); tot += n
        w('| `%s` | %s | %d |' % (fn, gn, n))
    w('| | total | %d |\n' % tot)
    # findings
    w('## Findings (`truth.csv`, %d rows)\n' % len(truth))
    rc = Counter(r['rule'] for r in truth)
    w('By rule: ' + ', '.join('%s %d' % (k, rc[k]) for k in sorted(rc)) + '.\n')
    w('Membership findings come once per person per group at their first appearance; an invitation of a roster person '
      'who is not admitted gives three rows at the same line (the group\'s membership rule for the invitee, SKN-ALL for '
      'the invitee and for the inviter). Outsiders give one OUTSIDER row and never SKN-ALL. SKN-5O rows cite the late '
      'answer, or the order for a missing report, with the district as `who`.\n')
    w('| rule | file:line | id | who | state | why |\n|---|---|---|---|---|---|')
    for r in sorted(truth, key=lambda r: (r['rule'], r['file'], r['line'])):
        w('| %s | %s:%d | %s | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], esc(r['who']), r['state'],
                                                  esc(r['note'])))
    w('')
    # orders
    w('## Orders in ศอ.จอส.จว.สน. and the reporting ledger (`ledger.csv`, %d rows)\n' % len(ledger))
    st = Counter(r['state'] for r in ledger)
    w('Duties by state: ' + ', '.join('%s %d' % (k, st[k]) for k in ('on-time', 'late', 'missing', 'not-due')) + '.\n')
    w('How answers were matched, by hand: an answer is the first post by one of the district\'s own people (chief, '
      'deputy, coordinating deputy, district volunteer officer) that carries the result the order asked for, read by '
      'its content (a text report, a file, or — for O1 and O13, which ask for photos — photos). For a post in pieces '
      '(text, then a file, then photos; or photos then a caption) the answer id is the first message of the post or '
      'the first piece; later pieces and corrections do not move it. An acknowledgement is not an answer. A report on '
      'another order\'s work is not an answer to this one. The order id is the instruction text (for O2 and O9 the '
      'PDF went alone a minute before; for O4 the forwarded PDF went a minute before).\n')
    order_names = {'O1': 'clean canals and drains against dengue/leptospirosis, report with photos',
                   'O2': 'names of 20 volunteers per district for the Kathin ceremony',
                   'O3': 'Kathin schedule, for information', 'O4': 'volunteers helping farmers harvest (five districts)',
                   'O5': 'Big Cleaning Day against leptospirosis, report on form จอส.-สธ.๑',
                   'O6': 'survey of public water sources (four districts)', 'O7': 'list of poor households\' houses to repair',
                   'O8': 'Kathin traffic/first-aid roster, for information',
                   'O9': 'number of volunteers on Chulalongkorn Day (23 Oct)',
                   'O11': 'dry-season volunteer plan', 'O12': 'Kathin readiness of each district\'s volunteers',
                   'O13': 'photos of the tree-planting activity',
                   'R1': 'reminder of O2', 'R2': 'reminder of O1', 'R3': 'reminder of O9', 'R4': 'reminder of O6'}
    for key in ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'R1', 'R2', 'R3', 'O11', 'O12', 'O13', 'R4']:
        m = L.KEYS[key]
        w('### %s `%s` (%s:%d, %s, %s) — %s\n' % (key, m['id'], m['file'], m['line'], m['time'][:16].replace('T', ' '),
                                                 m['sender'], order_names[key]))
        w('> ' + esc(m.get('text', ''))[:400] + '\n')
        if key in VC.NODUTY:
            w(VC.NODUTY[key] + '\n')
            continue
        d = VC.DUTY[key]
        w('Deadline: **%s**. %s\n' % (d['deadline'], d['how']))
        rows = [r for r in ledger if r['_o'] == key]
        parts = []
        for r in rows:
            a = r['answer']
            am = next((x for x in allm if x['id'] == a), None) if a else None
            parts.append('%s %s%s' % (r['district'], r['state'], (' (%s %s)' % (a, am['time'][5:16].replace('T', ' '))) if a else ''))
        w('Ledger: ' + '; '.join(parts) + '.\n')
    w('Answers in pieces and other shapes worth knowing: พังโคน answered O1 with a text, a PDF seven minutes later and '
      'three photos (answer = the text); นิคมน้ำอูน sent O1\'s figures on 28 Oct and the photos the next morning; '
      'ส่องดาว sent O1\'s photos and then a caption; โคกศรีสุพรรณ sent a PDF and then "ส่งแล้วค่ะ"; เต่างอย corrected its '
      'O1 figures the next morning ("แก้ไขค่ะ ยอดที่ถูกต้อง…"), which does not move the answer; อากาศอำนวย answered O1 as a '
      'reply to วาริชภูมิ\'s answer; วานรนิวาส first answered O4 (harvest work, an order that does not name it) and was '
      'told so, then answered O1 on 29 Oct; เมืองสกลนคร and พรรณานิคม answered O2 as replies to the reminder R1, คำตากล้า '
      'answered O1 as a reply to R2 (late), เต่างอย answered O9 as a reply to R3 (on time); the chiefs of กุสุมาลย์, '
      'นิคมน้ำอูน and พรรณานิคม answered in person. เจริญศิลป์ acknowledged O1 ("รับทราบครับท่าน") but never reported.\n')
    # near misses
    w('## Near misses (`near-misses.csv`, %d rows)\n' % len(nms))
    w('| file:line | id | sender | why it is not a finding |\n|---|---|---|---|')
    for m in nms:
        w('| %s:%d | %s | %s | %s |' % (m['file'], m['line'], m['id'], esc(m['sender']), esc(m['_nm'])))
    w('')
    w('## Decisions on unclear points\n')
    w(DECISIONS)
    with open(os.path.join(out, 'TRUTH.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(o) + '\n')


DECISIONS = '''- **One post, one finding.** In ข้อสั่งการ ปค.สน. a post of text with photos (the chief of เต่างอย's greeting with a
  flower picture) is one SKN-2P finding at its first message, not one per photo (LABELS.md: a post is one text plus the
  media sent with it).
- **Ambiguous names.** "ปลัดเอก" fits two roster people; its acknowledgement in ข้อสั่งการ ปค.สน. would break SKN-2P
  whichever of them sent it, but EVAL-RULES says an ambiguous name is never judged, so it is a near miss only.
- **Names that differ slightly.** A title in front ("นายสมชาย นอภ.พรรณาฯ") and an invisible zero-width space
  ("ปลัดกอล์ฟ วาริชฯ" + U+200B) are matched to the roster (README: titles ignored, invisible characters removed). A
  display name on no roster row with a roster LINE user id in `senderId` ("Tum 🍀") is matched by id. A rename notice
  gives the new name ("จอส.วานรฯ น้องเฟิร์น 🌼") to the old one's owner.
- **Who may order in ศอ.จอส.จว.สน.** The provincial palad and the two province-level volunteer officers. A district
  chief directing all districts, a district volunteer officer forwarding with "ขอให้ทุกอำเภอถือปฏิบัติ", and the
  office's sending account are SKN-5P orders; their requests create no SKN-5O duty (only the provincial centre's orders
  do). A report posted by the province-level volunteer officer (a summary addressed to the palad) is SKN-5P under the
  rule's letter ("a report from someone other than a district's people").
- **Deadlines.** A named day means the end of that day (23:59:59). "ภายใน ๒๔ ชม." and the default 24 hours count from
  the instruction text's time to the second. "ภายใน ๓ วัน" counts from the day after the order and a weekend last day
  moves to Monday. "ก่อนเที่ยงวันพรุ่งนี้" is 12:00:00 the next day. An answer in the deadline minute itself was avoided.
- **Matching answers to orders** is by content (see above); no answer sits where two open photo orders could both
  claim it (O1 and O13 do not overlap for any district that sends photos alone).
- **Not-due.** O5 (Friday end of day), O7 and O11 (Monday 3 November) run past the log's end; districts that have not
  answered them are `not-due`, not `missing`.
- **Orders in groups other than ศอ.จอส.จว.สน.** The governor's, vice governors' and palad's requests in other groups
  ("ส่งแผนให้ผมทางอีเมล", "ส่งผลงานเด่น…ในกลุ่มนี้") create no SKN-5O duty; SKN-5O lives in ศอ.จอส.จว.สน. only.
- **Retired official.** His invitation gives SKN-1 + SKN-ALL ×2; his greeting afterwards and his leaving give nothing
  more (membership findings once per person per group).
- **ข้อสั่งการ ปจ.สน.** Acknowledgements, stickers and reports by district chiefs there are near misses (the letter only
  says they are not needed); the coordinating deputy and the province volunteer officer who post there are SKN-3
  membership findings.
'''
