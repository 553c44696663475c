"""Writes TRUTH.md: the account of week BC with the tables taken from the week's files."""
from collections import Counter

from people import PEOPLE, DISTRICTS

INTRO = """# Week BC (27–31 July 2026, ๒๗–๓๑ ก.ค. ๒๕๖๙): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002)
as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out from the letter and
those rules. Data: `roster.csv`; five JSONL chats; one LINE-for-PC export with a Thai UI,
`[LINE]ศอ.จอส.จว.สน..txt`; and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks all of it;
`python3 src/build.py` regenerates the files from `src/`.
"""

WEEK = """## The week, its holidays and how deadlines count

| day | date | status for government offices |
|---|---|---|
| Mon | 27 July 2026 (๒๗ ก.ค. ๒๕๖๙) | working day |
| Tue | 28 July | **holiday**: วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว (the King's birthday; government and bank holiday) |
| Wed | 29 July | **holiday**: วันอาสาฬหบูชา (government and bank holiday) |
| Thu | 30 July | **holiday**: วันเข้าพรรษา (government holiday; not a Bank of Thailand holiday, banks open) |
| Fri | 31 July | working day |
| Sat–Sun | 1–2 August | weekend |
| Mon | 3 August | working day |

What was found out, and from where:

- 2569 (2026) is an *athikamat* year of the Thai lunar calendar (a doubled eighth month), so อาสาฬหบูชา
  falls on the full moon of the second eighth month, Wednesday 29 July, and วันเข้าพรรษา on the day after,
  Thursday 30 July (lunar computation of the `thai_lunar`/`thai_holidays` packages on pub.dev, which mark
  2026 as athikamat; the calendars give the same dates).
- Both Buddhist days are on the cabinet's standing list of official government holidays (วันหยุดราชการประจำปี)
  every year, as is 28 July; วันเข้าพรรษา is a government holiday but not a Bank of Thailand holiday (banks and
  most private employers work). So 28, 29 and 30 July 2026 are all holidays for government offices.
- Friday 31 July is a **working day**. The Secretariat of the Cabinet proposed two extra special holidays for
  2569, 2 June and 31 July, to bridge long weekends; at its meeting of 2 December 2568 the cabinet withdrew the
  proposal (only 2 January 2569, approved in November 2567, stayed a special holiday). Sources: thethaiger.com
  news 1495909 and 1495983 (2 Dec 2025), hilight.kapook.com/view/250726, thainewsonline.co/news/894063. The chats
  show it: a district chief asks on Monday whether the 31st is off, and on Friday morning the centre answers
  that it is not.

Counting rules used for every SKN-5O duty (and recomputed by `check.py` from the order's wording and the
holiday table above):

1. A clock time is that minute (`15:30` → 15:30:00); an answer at or before it is on time. The export has no
   seconds, so an answer in the deadline minute would be on time; no answer falls in a deadline minute (the
   closest are one minute before: 15:29, 17:59 and 16:29).
2. A date without an hour runs to the end of that day (written `23:59:59`).
3. A named date or a named date and hour **is not moved** when it falls on a holiday: the writer chose the day.
   O3 is due at 18:00 on the King's birthday and O4 at the end of อาสาฬหบูชา (the order even names the day);
   both stand.
4. "ภายใน N วัน" counts calendar days from the day after the order; if the last day is a Saturday, Sunday or a
   holiday, it moves to the next working day, to the end of that day. This is the only rule in which a
   holiday moves a deadline.
5. Hours ("ภายใน ๒๔ ชม.") are clock hours and are not moved.
6. No deadline in the text: 24 hours from the order's minute. "ด่วน" alone is not a deadline.
7. Reminders (ย้ำ, ทวง, เร่งรัด, a re-post of the order, "อำเภอที่ยังไม่ได้รายงาน…") neither create a duty nor
   move the first deadline.

How the holidays move this week's deadlines:

- **O2** (Mon 27 10:15, "ภายใน ๒ วัน"): day 1 Tue 28 and day 2 Wed 29 are holidays; the next day, Thu 30, is a
  holiday too, so the deadline is the end of **Fri 31 July**. Answers on Thursday and Friday are on time; a tool
  that does not skip holidays would put the deadline at Wed 29 23:59:59 and call them late.
- **O7** (Thu 30 09:10, "ภายใน ๓ วัน"): days Fri 31, Sat 1, Sun 2; Sunday moves to **Mon 3 August** 23:59:59, after
  the log, so unanswered districts are not-due.
- **O3** and **O4** fall on holidays and stand (rule 3); **O5**'s 24 hours end on the evening of อาสาฬหบูชา and
  stand (rule 5). **O6**, sent on a holiday, is due at noon on Friday, the first working day after.

Missing answers are judged at the last message of the whole log: **Fri 31 July 2026 22:05** (the last line of the
export; every JSONL file ends earlier that day).
"""

EXPORT_CONV = """## Export conventions (`[LINE]ศอ.จอส.จว.สน..txt`)

LINE for PC ("Save chat", Thai UI), named as LINE names a PC export: `[LINE]` + the group's name + `.txt`; the
group's name ends in a full stop, hence `..txt`. Following formats-line.md §1 (desktop family): no header and no
BOM, LF line ends; date lines `2026.07.27 วันจันทร์` (Gregorian year, full Thai weekday); message lines
`HH:MM␠sender␠text` separated by single spaces, sender names contain spaces and emoji, so a reader needs the
roster's names (and the names learned from join and invite notices) to find where the name ends; media
placeholders without brackets: `รูป`, `สติกเกอร์`, `วิดีโอ` (no file was sent in this group: the Thai PC
placeholder for a file is not attested); multi-line messages continue on raw lines (no quoting) and no
continuation line starts with a time. System notices follow the attested desktop shape of the leave notice
(the actor, then the notice text that repeats the actor): `X X เข้าร่วมกลุ่ม` (join by link or QR code),
`A A เพิ่ม B เข้ากลุ่ม` (invite), `A A ลบ B ออกจากกลุ่ม`, `X X ออกจากกลุ่ม`, and `X ยกเลิกข้อความ` (unsend, as
attested). The Thai PC wording of join, invite and remove notices is not attested in public samples; these are
the forms used here. One sender (the volunteer officer of พังโคน) is written wrapped in U+2068/U+2069 on every
line, as seen in Thai exports. An @mention is plain text (`@ชาญณรงค์ นอภ.พังโคน`).

The export has no ids and no user ids: names are matched by display name only, so `ปลัดบอย` is always ambiguous
there. Truth rows, near misses and ledger places in the export are cited by the line number of the message's
first line, with an empty `message` column; in `ledger.csv` the `order` and `answer` columns hold those line
numbers.

JSONL files: one message a line with `id`, `group`, `time` (ISO, +07:00, seconds spread inside the minute),
`sender`, `senderId` (LINE user id; present for people who have one on about three messages in four, absent as
for LINE PC senders, and on every message where a case depends on it), `type` (`text`, `image`, `sticker`,
`file`, `video`, `system`), `text`, `attachment` for media, `replyTo` for replies, and for `system` notices
`event` (`invite`, `join`, `leave`, `remove`, `unsend`), `target` (invitee or removed person) and the notice's
text. Ids `bc0001`…`{last_id}` run over the five JSONL files in time order.
"""

ROSTER = """## Roster in brief

`roster.csv`: {n} fictional people. Province: the governor (P001), 3 vice governors (P002–P004), the provincial
palad (P005), 3 sending accounts of the provincial administration office (P006, P007 and P008), 2 province-level
volunteer officers (P008 and P009, no district), 12 agency heads (P010–P021), 4 staff (P022 a clerk of the health
office, P023 of the PR office, P024 a section chief of ปภ., P025 a provincial-office clerk who is a vice governor's
secretary) and a retired former district chief (P026). Districts (P027–P087): each of the 18 has a chief, a
coordinating deputy and a volunteer officer, with more deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส (2),
สว่างแดนดิน (2), โคกศรีสุพรรณ and ภูพาน.

- Two roles `a|b`: P008 จ่าสมชาย is `provincial_admin_staff|volunteer_center_staff` (an office account in ข้อสั่งการ
  ปค.สน., a province-level volunteer officer in ศอ.จอส.จว.สน., where his orders are the centre's);
  P036 (กุดบาก) and P048 (นิคมน้ำอูน) are `coordinating_deputy|volunteer_center_staff`.
- Shared display name: **ปลัดบอย** is P061 (coordinating deputy of อากาศอำนวย, has a LINE id) and P066 (a deputy of
  สว่างแดนดิน, no LINE id). Without a user id the name is ambiguous and never judged; a JSONL message that carries
  P061's user id is his and is judged.
- Rename: the district chief of กุดบาก (P035) shows as `นอภ.กุดบาก ทรงศักดิ์` on Monday and from Tuesday (the King's
  birthday) as `ทรงพระเจริญ 🙏 ทรงศักดิ์`; the roster lists both names; no rename notice appears in
  the chats.
- {nl} people have a LINE user id, {ne} an e-mail, some both or neither. Outsiders (not on the roster):
  `เสื้อจิตอาสา ราคาส่ง by แม่ปุ๊ก` and `สินเชื่อข้าราชการ อนุมัติไว ☎️` (both joined ศอ.จอส.จว.สน. by QR code),
  `น้องฝน ประกันรถยนต์ 🚗` (joined นักปกครองสกลนคร by QR code), `ต้น ข่าวสกลฯ ทูเดย์` (added to หน.ส่วนราชการ-นอภ.สน.
  by a vice governor).
"""

NODUTY = """### Posts in ศอ.จอส.จว.สน. that create no duty

- Information only: line {i1} (จ่าสมชาย, Mon 11:15, `แจ้งเพื่อทราบ (ไม่ต้องรายงาน)`, the ceremony schedule).
- Reminders: line {r0} (Tue 05:50, of O3), {r1} (Mon 14:40, of O1, lists the four districts then owing), {r2}
  (Tue 16:00, **the whole text of O3 posted again** under `🔁 ทวนข้อสั่งการ (ส่งซ้ำ)`, with its deadline), {r3}
  (Wed 10:00, of O5), {r4} (Fri 08:05, the palad's เร่งรัด of O6), {r5} (Fri 15:40, of O8). `check.py` checks that
  each listed set of districts is exactly the set still owing at that minute.
- Orders by district people (SKN-5P, not orders of the centre): line {p1} (the chief of วานรนิวาส asks every
  district for ten volunteers and their names by the next day) and line {p2} (the coordinating deputy of
  โคกศรีสุพรรณ asks every district for procession photos "ภายในเย็นนี้"; the centre tells districts not to send).
- Advice or courtesy from the centre (`ฝาก…เตรียมเต็นท์`, thanks, greetings) asks for no report.
"""

DECISIONS = """## Decisions where the rules left room

- **Named dates on holidays stand; only "ภายใน N วัน" moves** (rule 3 and 4 above). O4's named date is
  Wednesday 29 (อาสาฬหบูชา): คำตากล้า's answer on Thursday morning, with the excuse that it thought the next
  working day would do, is late; โคกศรีสุพรรณ, which never answers, is missing. A reading that moved named dates
  would give Friday 31 23:59:59 and make these on-time and not-due.
- **The answer is the first report that carries what the order asks, matched by content.** Several orders are
  open at once from Tuesday to Friday: เต่างอย's Wednesday 09:15 report names the activity of the 28th, so it
  answers O3 (late), not O6 opened 45 minutes before; โพนนาแก้ว's Friday 16:40 report on dengue clean-up answers
  O7, not O8 (the weekly summary), which stays missing; เจริญศิลป์'s figures about the ceremony answer O4, not O5
  (photos). A numbered message answers two orders at once (วาริชภูมิ Wed 22:10: O4 and O6; สว่างแดนดิน Thu 15:20:
  O6 and O7); the ledger names the same line for both duties.
- **Photos alone** answer only an order that asks for photos, and only where no other photo order of the
  centre is open for that district: กุดบาก and ภูพาน (O3), พังโคน and วานรนิวาส (O5, both had answered O3), กุดบาก
  (O6). โคกศรีสุพรรณ's Monday photos came after O1, which asks for a written plan, before any photo order:
  no answer. วาริชภูมิ's photos on Thursday morning follow its numbered answer of the night before, which already
  paid O6.
- **Two-part answers.** The first part counts when it already carries what is asked (บ้านม่วง's morning
  figures for O4); a later part after the deadline does not make it late. วาริชภูมิ answered O3 with photos at
  18:25 (late) and its figures two minutes later; the photos are the answer.
- **O6 asks for figures with photos.** วาริชภูมิ's numbered message gives O6's figures and promises the photos
  for the morning; the figures are taken as its answer (on time either way).
- **Ambiguous senders answer nothing and are never judged.** ปลัดบอย only acknowledges in ศอ.จอส.จว.สน.; in
  นักปกครองสกลนคร a post by ปลัดบอย without a user id reports on สว่างแดนดิน, whose ปลัดบอย is not admitted there,
  but the name is ambiguous and the post is not judged.
- **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits the governor, 3 vice governors, the palad and 18 district chiefs,
  23 people, and the letter counts 22. All 23 appear this week; the 23rd to appear is the district chief of
  เต่างอย, on Friday 08:40, and the finding is at that message. No other group reaches its count (ข้อสั่งการ
  ปจ.สน. has exactly 19 admitted people; the office account invited there is not admitted).
- **The governor is not admitted to ศอ.จอส.จว.สน.** (its members are the palad, district chiefs, deputies and
  volunteer officers): his thanks on Tuesday night is SKN-5. It is not an order and not a report, so no SKN-5P.
- **The health-office head's dengue report in ศอ.จอส.จว.สน.** gives SKN-5 (first message that shows him) and SKN-5P (a
  report by someone who is not a district's person) on the same line.
- **Invites.** An invite of a roster person not admitted gives the group's membership rule for the invitee and
  SKN-ALL for invitee and inviter, all at the invite line; the invitee's later posts give no second membership
  row (in ข้อสั่งการ ปค.สน. they still give SKN-2P). Outsiders give one OUTSIDER row at their first appearance
  (join notice, or the invite that adds them), no SKN-ALL.
- **One post, one posting finding.** A text with its photos is one post cited at its first message; a district's
  situation report with two photos in ข้อสั่งการ ปค.สน. is one SKN-2P.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acknowledgements, a question and short reports by district
  chiefs are near misses); a coordinating deputy acknowledging for his chief is SKN-3.
- **SKN-4P** cases are only plain instructions to all district chiefs by the palad and by a district
  chief; the palad's reports and summaries to the governor, a vice governor's secretary posting a schedule, and
  chiefs' incident reports and replies are allowed.
- **SKN-6P** cases are an agency's progress report (rice planting), an agency's performance result
  (dengue control), a district's report of its ceremony and an agency's award; invitations, warnings, a call
  for donations, water information and forwarded news are not reports.
"""

CHECKING = """## Checking

`python3 check.py` checks: the roster (header, role codes, districts and their staffing, one shared display name,
size); every JSONL line (fields, ids `bc0001…` without gaps and in time order across the five files, times inside
the week and in order, one group per file, events, replies to earlier messages, media kept with their text); the
PC export (no header, date lines with the right weekday, every time line resolved to a known sender or a system
notice, continuation lines); every truth and near-miss row pointing at the first line of a real message with the
right id; no line both a finding and a near miss; every membership, OUTSIDER, SKN-ALL, SKN-CAP and ข้อสั่งการ ปค.สน.
posting finding recomputed from the roster and the letter's member lists alone and compared with `truth.csv`; the
ledger (orders by the provincial centre, each deadline recomputed from the order's wording and the holiday table,
answers by people of the district and after the order, one answer per duty per order, states against deadlines and
the end of the log, SKN-5O rows matching the ledger); the reminders' lists of districts still owing; and the sizes
a week of this kind keeps to. It exits 1 on any problem.
"""


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(path, st):
    chats, vol, ledger, truth, near, log_end = (st[k] for k in ("chats", "vol", "ledger", "truth", "near", "log_end"))
    out = [INTRO, WEEK]
    n_line = sum(1 for p in PEOPLE.values() if p.line)
    n_mail = sum(1 for p in PEOPLE.values() if p.email)
    out.append(ROSTER.format(n=len(PEOPLE), nl=n_line, ne=n_mail))

    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    pm = sum(1 for r in truth if r[2] != "SKN-5O")
    out.append(f"| | total | {total} | {pm} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(vol.msgs)} of {total} messages ({100 * len(vol.msgs) / total:.0f}%).\n")
    last_id = max(m.id for c in chats for m in c.msgs if m.id)
    out.append(EXPORT_CONV.replace("{last_id}", last_id))

    # orders
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    states = Counter(r[2] for r in ledger)
    out.append(f"{len(vol.orders)} orders of the provincial centre ask districts to report; {len(ledger)} duties: "
               + ", ".join(f"{k} {states[k]}" for k in ("on-time", "late", "missing", "not-due")) + ".\n")
    by_order = {}
    for row in ledger:
        by_order.setdefault(row[0], []).append(row)
    for key in ("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9"):
        o = vol.orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {key} — line {m.line}, {m.t.strftime('%a %d %b %H:%M')}, {esc(m.name)}: {o['topic']}\n")
        out.append(f"Obliges {who}. Deadline wording: \"{o['wording']}\" → **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        rows = by_order[str(m.line)]
        for stt in ("on-time", "late", "missing", "not-due"):
            sel = [r for r in rows if r[2] == stt]
            if not sel:
                continue
            items = ", ".join(f"{r[1]}" + (f" (l.{r[3]})" if r[3] else "") for r in sel)
            out.append(f"- **{stt}** ({len(sel)}): {items}")
        out.append("")

    def line_at(day, hm, pid):
        for m in vol.msgs:
            if m.t.day == day and m.t.strftime("%H:%M") == hm and m.pid == pid:
                return m.line
        raise KeyError((day, hm, pid))
    out.append(NODUTY.format(i1=line_at(27, "11:15", "P008"), r0=line_at(28, "05:50", "P009"),
                             r1=line_at(27, "14:40", "P009"), r2=line_at(28, "16:00", "P008"),
                             r3=line_at(29, "10:00", "P009"), r4=line_at(31, "08:05", "P005"),
                             r5=line_at(31, "15:40", "P009"), p1=line_at(28, "07:30", "P049"),
                             p2=line_at(30, "11:00", "P075")))
    out.append("SKN-5O rows in `truth.csv` (late: cited at the answer; missing: cited at the order):\n")
    for _, ln, rule, fn, m, who, stt, note in truth:
        if rule == "SKN-5O":
            out.append(f"- line {ln} — {who} **{stt}** — {esc(note)}")
    out.append("")

    # findings
    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |")
    out.append("|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    out.append(f"| total | {len(truth)} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname and r[2] != "SKN-5O"]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, stt, note in rows:
            out.append(f"- {rule} — line {ln}{' ' + m.id if m.id else ''} — {esc(who.strip(chr(0x2068) + chr(0x2069)))}: {esc(note)}")
        out.append("")

    # near misses
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is a post the letter allows (or a notice) that a careless reader might flag.\n")
    cur = None
    for _, ln, fn, m, why in near:
        if fn != cur:
            out.append(f"\n### {m.chat.group}\n")
            cur = fn
        out.append(f"- line {ln}{' ' + m.id if m.id else ''}: {esc(why)}")
    out.append("")
    out.append(DECISIONS)
    out.append(CHECKING)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
