INTRO = """# Week AZ (30 November – 4 December 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Every finding, duty and near miss below was worked out by hand from the rules.
Data: `roster.csv`, five JSONL chats, one Thai-UI phone export (`heads-chiefs-export.txt`), and `truth.csv`, `ledger.csv`,
`near-misses.csv`; `check.py` checks them. `src/` holds the chat sources (one file a group) and the build script that
numbers lines and ids and tabulates the ledger from the answers marked in the sources.

## The week, holidays and deadlines

- Monday 30 November – Friday 4 December 2026 (๓๐ พ.ย.–๔ ธ.ค. ๒๕๖๙) are working days.
- Saturday 5 December 2026 is the anniversary of the birth of King Bhumibol (วันคล้ายวันพระบรมราชสมภพ), National Day
  and Father's Day, a public holiday. It falls on a Saturday. Under the cabinet's rule on substitute holidays (a public
  holiday that falls on a Saturday or Sunday gives a substitute day off on the next working day), **Monday
  7 December 2026 is the substitute holiday (วันหยุดชดเชย)**; the chats say so too (ข้อสั่งการ ปค.สน. on Friday, the palad in
  ข้อสั่งการ ปจ.สน. on Thursday). The long weekend is Saturday 5 – Monday 7 December; Tuesday 8 December is the next working day.
- Counting rule (as week AB): a clock time is that minute; a date runs to the end of that day (23:59:59); "ภายใน ๒๔ ชม." and
  an order with no deadline (the rules' default) are 24 hours from the order's minute; "ภายใน N วัน" counts from the day
  after the order, and a last day that is a weekend day or holiday moves to the next working day. Deadlines in words are
  read as the order's writer meant them on the day they wrote (พรุ่งนี้เที่ยง, พรุ่งนี้ก่อนบ่ายสอง, วันศุกร์นี้ก่อนบ่ายสาม,
  ก่อนวันหยุดยาว = by the end of Friday 4 December, the last working day before the long weekend). An answer at or before
  the deadline is on time.
- Missing answers are judged at the last message of the whole log: **2026-12-04 20:30:40** (Friday, the last line of
  `volunteer-centre.jsonl`). The export ends at 17:00 that day.
- Topics: preparations for the 5 December ceremonies (จิตอาสา เราทำความดี ด้วยหัวใจ, the candle-lighting at the provincial
  hall, the signing of good wishes), the cold and blankets (lowest of the year on Thursday at ภูพาน), winter and Red Cross
  fairs, road safety before New Year and over the long weekend.

## Export conventions (`heads-chiefs-export.txt`)

The group หน.ส่วนราชการ-นอภ.สน. is a Thai-UI phone export written exactly in the shape of formats-line.md §1.10 sample E
(the only verbatim Thai mobile sample there): UTF-8 BOM; `[LINE] ประวัติการแชทในกลุ่ม "หน.ส่วนราชการ-นอภ.สน."`;
`บันทึกเมื่อ 04/12/2569 21:52` (DD/MM/BE HH:MM); a blank line before each date line `จ. 30/11/2569` (Thai weekday
abbreviation, Buddhist year); messages `HH:MM⇥sender⇥text`; multi-line messages wrapped in double quotes with inner
quotes doubled; `[รูป]` and `[สติกเกอร์]`; system lines with an empty sender column: `A เพิ่ม B เข้ากลุ่ม` (invite). No ids:
rows cite the line number of a message's first line, and `message` is empty. The district chief of ส่องดาว appears there as
`⁨นอภ.ส่องดาว 🌳⁩` (wrapped in U+2068/U+2069). Replies are not shown in exports.

JSONL: one object a line with `id, group, time, sender, senderId (on people with a LINE id), type, text, replyTo,
attachment`, system messages `type: system` with `event` (invite, join, leave, remove, unsend, rename) and `target`;
the rename carries the new name in `text`. Ids `az0001`…`az0605` run over the five JSONL files in time order.
"""

OUTSIDERS = """Name events: the new province-level volunteer officer P010 posts as `น้องมิว ศอ.จอส.จว. (ใหม่)` until she renames herself
to `มิว ณิชาภัทร จอส.จว.` in ศอ.จอส.จว.สน. on Wednesday 07:50 (both names are in the roster); the coordinating deputy of
พังโคน appears once as `ปลัดเอ็ม  พังโคน` (doubled space). Outsiders (not on the roster), one OUTSIDER row each at their
first appearance: `ขายส่งผ้าห่ม ราคาโรงงาน 🧣` (joined ศอ.จอส.จว.สน. by link), `ตั้ม ประกันรถ ☎️` (joined ข้อสั่งการ ปค.สน. by
link), `ผ้าไหมย้อมคราม ป้าน้อย 🧵` (joined นักปกครองสกลนคร by link), `ฝน เลขาฯ รองธนากร` (added to ผู้บริหารจังหวัด และนายอำเภอ by
vice governor P002), `อ้อม ข่าวสกล TV` (added to หน.ส่วนราชการ-นอภ.สน. by agency head P011).
"""

DECISIONS = """## Decisions where the rules left room

- **Orders that describe whom they ask.** O4 (Tuesday) asks "อำเภอที่ได้ผ้าห่มรอบแรกไปเมื่อวาน": the centre's notice of Monday
  10:15 names those six districts, so only they owe O4; พังโคน asked and the centre confirmed it need not send. O5 addresses
  "ทุกอำเภอ (ยกเว้นอำเภอเมืองสกลนคร)": 17 duties.
- **Plain-word orders by the new officer** (O2, O4, O7, O9) are orders of the provincial centre: she is a province-level
  volunteer officer (no district).
- **Asking for more time.** นิคมน้ำอูน asked on Wednesday 10:05 to send O4 "by this evening"; the centre's reply did not grant
  it and restated the 14:00 deadline, so the 16:30 report is late.
- **The office answering one district's question** (replies on Monday 14:19, 15:41, Tuesday 10:50, 13:36, Wednesday 10:12) is not an
  order to all districts and creates no duty.
- **Figures alone** ("๑๒ / ๔๐๐ / ๙๕") count as a report for an order that asks for those figures (O6). **Photos alone** count
  only for an order that asks for photos (O2, O4); อากาศอำนวย's two photos on Monday 11:15 do not answer O1 (figures), so its
  text on Tuesday 08:10 is its first answer: late.
- **A report by e-mail** (คำตากล้า, Friday 16:45, O7) is not a report in the group: O7 stays missing for คำตากล้า.
- **The ambiguous name** ปลัดต้น (P134 พรรณานิคม, P194 บ้านม่วง) is never judged and answers nothing; พรรณานิคม's O6 duty is paid by
  its coordinating deputy's report on Thursday 09:40, before the ambiguous post.
- **Deadlines over the long weekend.** O8 "ภายใน ๓ วัน" from Wednesday: the third day is Saturday 5 December (holiday); Sunday 6 is a
  weekend day and Monday 7 the substitute holiday, so it moves to the end of Tuesday 8 December. O9 "ก่อนวันหยุดยาว" runs to the end
  of Friday 4 December, after the log ends. Unanswered districts of both are not-due.
- **SKN-CAP** (ผู้บริหารจังหวัด และนายอำเภอ, counted 22 in the letter): the governor, three vice governors, the palad and 18 district
  chiefs are admitted (23). All 23 appear; the 23rd admitted person to appear is the district chief of โพนนาแก้ว (Thursday 09:15):
  one low-severity finding there. No other group can exceed its count with this roster (ข้อสั่งการ ปจ.สน. admits exactly 19).
- **Invites.** An invite is a system notice: the inviter gets SKN-ALL (when the invitee is on the roster but not admitted) and
  no posting finding; an outsider who is added gives only OUTSIDER, naming the inviter.
- **One post, one posting finding**: a text with its photos is one post (ส่องดาว's report sent to ข้อสั่งการ ปค.สน. by mistake is
  one SKN-2P; its apology four minutes later is a second post).
- **ข้อสั่งการ ปจ.สน.** has no posting rule: acknowledgements and reports by district chiefs are near misses; the coordinating deputy
  invited there by his chief and a vice governor posting there are SKN-3.
- **Heads' group** (SKN-6P): notices, warnings, PR and sales invitations by agency heads and district chiefs are allowed; an agency's
  performance results, an award to an agency and a district's activity results are SKN-6P.
"""

ORDERS_INTRO = """Only orders of the provincial centre (the palad P005, the centre's account P009, the province-level officer P010)
that ask districts to report create duties. Each district's first report by any of its people (chief, deputy, coordinating
deputy, district volunteer officer) that carries what was asked is its answer; for a text followed by photos or a file the
text's line is cited, for photos then a caption the first photo. Notices that create no duty: the blanket notice of Monday
10:15 (แจ้งเพื่อทราบ … ไม่ต้องรายงาน), the reminders (Monday 15:30, Tuesday 15:20, Thursday 12:10 ย้ำ…, Friday 11:40 and
14:40), the centre's replies to one district, and วานรนิวาส's chief's order to all districts on Tuesday 09:05 (SKN-5P; not the
centre).
"""

NOTICES = ["I1"]
INFO = ["I1"]
