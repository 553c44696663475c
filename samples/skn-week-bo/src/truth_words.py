"""The prose of TRUTH.md. {L(...)} marks are filled with export line numbers, {I(...)} with JSONL ids."""

INTRO = """# Week BO (7–11 December 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Every finding, near miss and duty below was worked out from the letter and those rules; the tool was not run on this week. Files: `roster.csv`, five JSONL chats, one Thai-UI phone export of ศอ.จอส.จว.สน. (`[LINE] ศอ.จอส.จว.สน..txt`), `truth.csv`, `ledger.csv`, `near-misses.csv`, and `check.py`, which checks them.
"""

WEEK = """## The week, its holidays, and how deadlines count

| day | date | status |
|---|---|---|
| Monday | 7 Dec 2026 (๗ ธ.ค. ๒๕๖๙) | **public holiday**: substitute day (วันหยุดชดเชย) for Saturday 5 December (วันคล้ายวันพระบรมราชสมภพ ร.๙ วันชาติ และวันพ่อแห่งชาติ), which falls on a Saturday |
| Tuesday | 8 Dec | working day |
| Wednesday | 9 Dec | working day |
| Thursday | 10 Dec | **public holiday**: Constitution Day (วันรัฐธรรมนูญ) |
| Friday | 11 Dec | working day (no bridge holiday is assumed) |
| Saturday, Sunday | 12, 13 Dec | weekend |
| Monday | 14 Dec | working day |

The week has three working days. Officials post on both holidays all the same: the palad's first order of the week (O1) is sent on the Monday holiday, two deadlines fall on Thursday the 10th, and most districts answer on the holiday.

How a deadline written in an order is read (the same rules for every order):

| what the order says | the deadline |
|---|---|
| a clock time: "ก่อนเที่ยง" (12:00), "ก่อน ๑๖.๐๐ น.", "ภายในเวลา ๑๕.๓๐ น. วันนี้" | that minute; a holiday moves nothing |
| a date, a weekday with a date, or "ภายในวันนี้" | the end of that day (23:59:59), also when that day is a holiday: the date the order names stands (O5 is due on Constitution Day) |
| "ภายใน N วัน" | N calendar days counted from the day after the order; when the last day is a Saturday, Sunday or public holiday it moves to the next working day, to 23:59:59 (O3: the last day, Thursday 10, moves to Friday 11; O9: the last day, Monday 14, is a working day) |
| nothing | 24 hours from the order's minute, holidays included (O7: Wednesday 16:00 → Thursday 16:00, on the holiday) |

An answer at or before the deadline is on time; the export has no seconds, so the answer's minute is compared with the deadline (three answers come one minute before a clock deadline; none in the deadline minute). Missing answers are judged at the last message of the whole log, **Friday 11 December 2026, 21:46** (the last line of the export; every JSONL file ends earlier that day). A duty whose deadline is later than that and has no answer is `not-due`.

The week's business: the cold season (districts declare cold-disaster zones; blankets for the elderly, bedridden and poor; braziers setting houses on fire; a suspected cold death), the New Year road-safety campaign (the "seven dangerous days" 29 Dec 2569 – 4 Jan 2570, checkpoints, service points, community checkpoints), the Father's Day activities of Saturday 5 December just past, forest fires and smoke on the Phu Phan range, the dry-season drought plans (check dams, water for households), the palad's birthday on Wednesday, and the Constitution Day holiday.
"""

ROSTER = """## Roster in brief

`roster.csv` has 86 people, all fictional:

- Province: the governor (P001); three vice governors: P002 (`รองฯ เทอดศักดิ์`, one-line orders without greeting), P003, P004 (`Krittapas U.`, writes half in English); the provincial palad (P005); three sending accounts of ที่ทำการปกครองจังหวัด: P006 (`สารบรรณ ปค.จว.สน.`, the correspondence clerk who posts the photos of a letter first and its text last), P007 (security desk), P008 (administration desk); two province-level volunteer officers with no district: P009 (`ศอ.จอส.จว.สน. (ไพฑูรย์)`, the centre's account) and P010 (`พี่แอน จอส.จังหวัด`); 12 agency heads (P011–P022); four staff (P023 deputy of the ปภ. head, P024 transport-office clerk, P025 social-development staff, P026 deputy of the health-office head); a retired former palad (P027, `ลุงเสถียร อดีตปลัดจังหวัด`).
- Districts: all 18 (P101–P273), each with a district chief, a coordinating deputy and a volunteer officer. In คำตากล้า (P182) and เต่างอย (P232) one person is both (`coordinating_deputy|volunteer_center_staff`). Ordinary deputies (`deputy_district_chief`): เมืองสกลนคร P104 and P105, กุดบาก P124, พังโคน P144, วานรนิวาส P174, สว่างแดนดิน P214, โคกศรีสุพรรณ P244.
- 67 people have a LINE user id (`U` + 32 hex), 20 an e-mail, 6 neither. In the JSONL files a message from a person with an id carries it as `senderId` about two times in three.
- **Ambiguous name**: `ปลัดเบียร์` is the display name of P104 (ordinary deputy of เมืองสกลนคร) and P152 (coordinating deputy of วาริชภูมิ), neither with a LINE id: never judged, and their posts answer no duty.
- **Rename**: the district chief of พรรณานิคม (P131) renames himself from `นอภ.พรรณานิคม ไพบูลย์` to `ไพบูลย์ 🐃 พรรณาฯ` in นักปกครองสกลนคร on Tuesday 16:00 (a `rename` event whose `target` is the new name). The roster lists both names; he posts under the new name in every group afterwards.
- Name variants in the chats: `Apisit C.` (the district chief of พังโคน's second name on the roster, once in หน.ส่วนราชการ-นอภ.สน.), `นางสาวสายสุนีย์ จอส.ภูพาน` (title added to the roster's `สายสุนีย์ จอส.ภูพาน`), and `สุรินทร์ นอภ.ส่องดาว ✨` wrapped in U+2068/U+2069 on one export line.
- Outsiders (not on the roster): `ป้าหวาน ผ้าห่มนวมราคาส่ง` (blanket seller, joins ศอ.จอส.จว.สน. by the QR code the centre had posted, Monday), `เงินด่วนข้าราชการ อนุมัติไว 💰` (loans, joins ศอ.จอส.จว.สน., Thursday night), `สินเชื่อสวัสดิการ ข้าราชการ 💵` (loans, joins นักปกครองสกลนคร by link; its posts carry a LINE user id that is on nobody's row), `นุ่น ประกันภัยรถยนต์ 🚗` (car insurance, joins หน.ส่วนราชการ-นอภ.สน. by link or QR code), `ปิ่น เลขาฯ รองกฤตภาส` (a vice governor's secretary, added by him to ผู้บริหารจังหวัด และนายอำเภอ).
"""

EXPORT = """## The export and the JSONL files

`[LINE] ศอ.จอส.จว.สน..txt` is the phone export (formats-line.md §1.10 variant E, Thai UI). A phone export is named `[LINE] ` + the chat's name + `.txt`; the group's own name ends in a dot, hence the two dots. Conventions: UTF-8 with BOM; LF line ends; header `[LINE] ประวัติการแชทในกลุ่ม "ศอ.จอส.จว.สน."` and `บันทึกเมื่อ 11/12/2569 22:03`, then a blank line; a blank line and a date line before each day, Thai weekday abbreviation and Buddhist year (`จ. 07/12/2569` … `ศ. 11/12/2569`); messages `HH:MM⇥name⇥text`; a multi-line message wrapped in double quotes (inner quotes doubled); media `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`, one line each; system lines with an empty sender column: `A เพิ่ม B เข้ากลุ่ม` (invite), `X เข้าร่วมกลุ่ม` (join by link or QR code), `A ลบ B ออกจากกลุ่ม` (removal), `X ยกเลิกข้อความ` (unsend). The export has no message ids and shows no replies; `truth.csv`, `near-misses.csv` and `ledger.csv` cite it by line number, always the first line of a message, and for a post of several messages (a text and its photos, or a sticker and photos) the first message of the post. {TABLE_NOTE}

JSONL lines carry `id`, `group`, `sender`, optional `senderId`, `time` (ISO, +07:00, with seconds), `type` (`text`, `image`, `sticker`, `file`, `system`), `text`, and where they apply `replyTo` (the id of an earlier message of the same file), `attachment` (file name of a photo or file), `event` and `target` (`invite`: sender invites target; `join`; `leave`; `remove`: sender removes target; `rename`: sender's new display name in target; `unsend`). Ids run {IDS} across the five files in time order.
"""

ORDERS_INTRO = """## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Only the provincial centre orders here: the palad (P005) and the province-level volunteer officers (P009, P010). An order that asks districts to report obliges the districts it addresses (named in it, @mentioned, described with the list in a later post, or "ทุกอำเภอ ยกเว้น …"), else all 18. The answer is the first post by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks; photos sent alone count after an order that asks for photos; apart from the second part of สว่างแดนดิน's O1 report, every photo-only post of the week follows O5 and answers it. Answers were matched to orders by their content, since reports name the order only by its topic ("รายงานผ้าห่ม", "ฝาย", "จุดบริการปีใหม่") and several orders are open at once. In `ledger.csv` the `order` and `answer` columns are export line numbers.
"""

NODUTY = """## Posts in ศอ.จอส.จว.สน. that create no duty

- **Information only**: line {L('8 08:10','P009')} (แจ้งเพื่อทราบ … ไม่ต้องรายงานครับ, the cold-zone declarations), line {L('9 12:30','P010')} (the blanket donation centre, เพื่อทราบ), line {L('11 16:40','P005')} (thanks and "เตรียมความพร้อม", no report asked), line {L('11 17:40','P009')} (the week's summary, เพื่อทราบ).
- **Follow-ups that are part of an order**: line {L('7 08:52','P010')} (the report form for O1), line {L('7 16:24','P009')} (the list of the seven districts O2 addresses).
- **Reminders** (ย้ำ, ทวง, เร่งรัด, อำเภอที่ยังไม่…, @mentions, tallies of who has not sent): lines {L('8 10:30','P009')}, {L('8 12:05','P010')}, {L('8 13:00','P010')}, {L('8 15:10','P009')}, {L('9 17:30','P010')}, {L('10 13:00','P009')}, {L('11 09:40','P009')}, {L('11 13:30','P005')}, {L('11 15:35','P005')}. A reminder neither creates a duty nor moves the first deadline, also when it is sent on a holiday.
- **The cancelled order**: line {L('8 15:40','P010')} (Tuesday 15:40, numbers of volunteers for a Big Cleaning Day on 19 Dec, "ภายในวันจันทร์ที่ ๑๔ ธ.ค. ๖๙") is cancelled by the same officer at line {L('9 09:45','P010')} (Wednesday 09:45: "อำเภอไม่ต้องส่งจำนวนค่ะ"). It has no rows in `ledger.csv`. Its deadline is after the end of the log, so no reading gives it a late or missing finding; the three districts that answered it (lines {L('8 16:05','P103')}, {L('8 16:50','P112')}, and line {L('9 10:22','P213')} after the cancellation) answered no duty.
- **Orders by people who are not the provincial centre** (SKN-5P findings): line {L('8 16:30','P102')} (a coordinating deputy of เมืองสกลนคร asking every district for a contact person), line {L('9 11:50','P211')} (the district chief of สว่างแดนดิน, as zone chairman, asking every district for photos), line {L('11 11:10','P007')} (the provincial office's security desk asking every district for checkpoint data; the centre answers at line {L('11 11:25','P010')} that nothing need be sent twice). None of them creates a duty.
"""

DECISIONS = """## Decisions where the rules left room

- **Holidays.** Monday 7 is a holiday because 5 December falls on a Saturday. Holidays move only a count of days ("ภายใน N วัน"), never a clock time, a 24-hour default, or a date the order itself names. So O5's "ภายในวันที่ ๑๐ ธ.ค. ๒๕๖๙" ends at the end of Constitution Day and the Friday answers of กุสุมาลย์ and สว่างแดนดิน are late (both apologise that the 10th was a holiday), while O3's "ภายใน ๒ วัน" from Tuesday ends on Friday (its second day is the holiday), so Friday answers to O3 are on time and the rest are not-due.
- **Addressees given later.** O2 is written to "อำเภอที่ได้รับผลกระทบภัยหนาว"; the centre names the seven districts 14 minutes later. The duty belongs to O2 (its line, its time, its deadline) and to those seven districts only.
- **@mentions.** O7 addresses five district volunteer officers by @mention; each mention obliges that officer's district, and any person of the district may answer.
- **"ยกเว้น".** O4 is addressed to every district except เมืองสกลนคร and โพนนาแก้ว: 16 duties.
- **One report, two orders.** ภูพาน (line {L('8 08:25','P272')}) and เจริญศิลป์ (line {L('9 10:40','P253')}) answer two orders in one numbered message; it pays one duty of each order.
- **Sticker, then the report.** A sticker sent in the same minute just before a report is a post of its own (chat); the report is the text that follows, and the ledger cites the text (lines {L('7 11:15','P223',1)}, {L('11 09:20','P273',1)}).
- **Reports in two parts, corrections.** สว่างแดนดิน's O1 report comes as text with the figures (part 1/2) and 21 minutes later as photos (part 2/2): the text is the answer. กุดบาก corrects its O4 figures 15 minutes after reporting: the first report is the answer. Either choice gives the same state.
- **Promises and apologies without figures** (วาริชภูมิ after O2, พังโคน after O4, เต่างอย after O1, ส่องดาว in the last message of the log) are not answers.
- **Photos first, caption last.** The provincial office clerk (P006) sends the photos of a letter before its text, and the district chief of เมืองสกลนคร does the same in ข้อสั่งการ ปค.สน.; such a post is one post, cited at its first photo. The centre's O4 is a PDF then its text, cited at the PDF.
- **SKN-CAP.** In ผู้บริหารจังหวัด และนายอำเภอ all 23 admitted people appear (governor, three vice governors, palad, 18 district chiefs): the 23rd, the district chief of อากาศอำนวย, first appears on Friday 11:00, one more than the letter's 22. In ข้อสั่งการ ปจ.สน. the palad and all 18 district chiefs appear: 19, exactly the letter's count, no finding. People not admitted (and outsiders) are not counted.
- **Membership findings** come once per person per group at the first message that shows them there (an invite, a join, or a first post). An invite of a roster person who is not admitted gives three rows at the invite line (the group's membership rule for the invitee, SKN-ALL for the invitee and for the inviter). Outsiders give one OUTSIDER row and no SKN-ALL; the outsider added by a vice governor names him in the note. Later posts by a person already found are not membership findings again (in ข้อสั่งการ ปค.สน. they are still SKN-2P). Leaving, removals and unsend notices are not findings.
- **The provincial office in ศอ.จอส.จว.สน.** Its security desk (P007, `provincial_admin_staff`) joins by link on Friday and sends an order: SKN-5 at the join, SKN-5P at the order. It is not the provincial centre.
- **The vice governors' orders** are allowed in ผู้บริหารจังหวัด และนายอำเภอ. In หน.ส่วนราชการ-นอภ.สน. the letter speaks of the governor's orders; no rule makes a vice governor's order there a finding, so their one-line orders are near misses.
- **Reports outside ศอ.จอส.จว.สน.** open no SKN-5O duty: the governor's call for weekly reports in นักปกครองสกลนคร and the vice governors' calls in the executives' group are not orders of the volunteer centre.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: acknowledgements, stickers, wishes and short reports by district chiefs are near misses or plain traffic; the coordinating deputy invited there and the office's sending account posting there are SKN-3.
"""

CHECKING = """## Checking

`python3 check.py` (exit status 1 on any problem) checks: the roster (header, role codes, districts, staffing of every district, LINE ids, one shared display name, two two-role people, a renamed chief); every JSONL line (fields, types, events, ids `bo0001…` in time order across the files, replies to earlier messages of the same file, times within the week); the export (BOM, header, saved-on line, date lines with the right Thai weekday, message and system lines, quoted multi-line messages, time order); that every truth, near-miss and ledger row points at the first line of a real message (with the right id in JSONL); that posting findings sit at the first message of a post; the ledger (orders by the provincial centre, answers by a person of the district, states against deadlines and the end of the log, one row per duty, SKN-5O rows matching late and missing duties); and the sizes the week was written to. It recomputes, from the roster and the letter's member lists alone, every membership, SKN-ALL, OUTSIDER, SKN-CAP and ข้อสั่งการ ปค.สน. posting finding and compares them with `truth.csv`.
"""
