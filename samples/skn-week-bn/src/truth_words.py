"""The prose of TRUTH.md."""

INTRO = """# Week BN (28 September – 2 October 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002)
as read by `samples/letter-rules-sakon-nakhon.md`. Every finding, duty and near miss below is worked out from
the letter and those rules. Data: `roster.csv`, five JSONL chats, one LINE for PC "Save chat" file with a Thai
UI (`[LINE]ศอ.จอส.จว.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them
(exit status 1 on any problem).
"""

WEEK = """## The week

- Monday 28 September – Friday 2 October 2026 (๒๘ ก.ย. – ๒ ต.ค. ๒๕๖๙) are all working days. There is **no
  public holiday** in the week or next to it: the nearest are วันนวมินทรมหาราช on Tuesday 13 October and
  วันปิยมหาราช on Friday 23 October. Saturday 3 and Sunday 4 October are the weekend; Monday 5 October is a
  working day.
- Wednesday 30 September is the last day of fiscal year 2569 (disbursement, returning unspent budget,
  carrying funds over, year-end reports, the retirement of officials who turn sixty this fiscal year, farewells), and
  Thursday 1 October the first day of fiscal year 2570 (new appointments take effect, the first orders and
  plans of the year). The district chief of โพนนาแก้ว retires on the 30th; his successor starts on the 1st.
- Late-monsoon floods along the ลำน้ำสงคราม (อากาศอำนวย, บ้านม่วง, คำตากล้า, วานรนิวาส with the ลำน้ำยาม)
  and around หนองหาร (เมืองสกลนคร, โพนนาแก้ว) run through the week. Ok Phansa (ขึ้น ๑๕ ค่ำ เดือน ๑๑) falls on
  Monday 26 October 2026, so the week carries the planning of the boat races, the wax-castle procession and
  the lanterns, not the festival itself. Ok Phansa is not a public holiday and moves no deadline here.
- Missing reports are judged at the last message of the whole log: **{log_end}** (the last line of the export;
  every JSONL file ends earlier that Friday).

### How deadlines count

- A deadline written as a clock time is that minute (an answer in that minute or before is on time; the
  export has no seconds, so an export message stands for the start of its minute).
- A deadline written as a date ("ภายในวันพุธที่ ๓๐ กันยายน ๒๕๖๙", "ภายในพรุ่งนี้ (พฤหัสบดีที่ ๑ ต.ค.)") runs to
  the end of that day, written `23:59:59` in the ledger.
- "ภายใน N วัน" counts from the day after the order; when the last day falls on a Saturday, Sunday or public
  holiday it moves to the next working day, to the end of that day. In this week: "ภายใน ๓ วัน" written on
  Wednesday 30 September gives Thursday 1, Friday 2 and Saturday 3 October; Saturday is a weekend day, so
  the deadline becomes Monday 5 October 23:59:59, after the log ends.
- No deadline in the text: 24 hours from the order's minute, as a clock period (it does not skip nights or
  weekends; none of this week's 24-hour deadlines reaches the weekend).
- A reminder neither creates a duty nor moves or shortens the deadline of the order it recalls. A correction
  of an order by the provincial centre does: the corrected deadline applies, and a district added by a
  correction has a duty from the correction onwards.
- The answer to a duty is the first report by any of the district's people (district chief, deputy district
  chief, coordinating deputy, district volunteer officer) in ศอ.จอส.จว.สน. that carries what the order asks,
  after the order. A text, a file, or photos sent alone after an order that asks for photos count; photos
  alone after an order that asks for something else do not. One post may answer two orders.
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} people, all fictional: the governor (A01), 3 vice governors (A02–A04; A04 has an
e-mail and no LINE id), the provincial palad (A05), 3 sending accounts of ที่ทำการปกครองจังหวัด (A06–A08),
2 province-level volunteer officers with no district (A09 จ่าหนุ่ม, A10 the centre's account), 12 agency
heads (A11–A22), 4 agency staff (A23 ปภ. operations, A24 treasury clerk, A25 irrigation clerk, A26 PR
officer, role `staff`), and a retired former district chief (A27). For each of the 18 districts there is
a district chief, a coordinating deputy and a volunteer officer (D0101–D1804), with more deputies in
เมืองสกลนคร, พรรณานิคม, วานรนิวาส (2), สว่างแดนดิน (2), เจริญศิลป์ and ภูพาน.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดพิทักษ์ กุดบาก (D0302) and
  ปลัดอานนท์ นิคมฯ (D0702); they are their districts' volunteer officers too.
- **โพนนาแก้ว has two district chiefs** on the roster: สมหมาย (D1701), who retires on 30 September, and
  ศิวกร (D1704, display name `ศิวกร นอภ.โพนนาแก้ว (ใหม่)`), who starts on 1 October. Both are
  `district_chief` of โพนนาแก้ว for the week.
- The display name **ปลัดเก่ง** belongs to two people without LINE ids (D0404, deputy of พรรณานิคม; D1204,
  deputy of สว่างแดนดิน): ambiguous, never judged, and their posts answer no duty.
- The district chief of กุดบาก (D0301) renames himself from `นอภ.กุดบาก ชาติชาย` to `ชาติชาย กุดบาก 🛶` in
  หน.ส่วนราชการ-นอภ.สน. on Tuesday 09:00 (a `rename` event) and posts under the new name there afterwards;
  both names are on his roster row.
- {n_line} people have a LINE user id and {n_mail} an e-mail; some have both, a few neither. In the JSONL
  files about two messages in three of a person with an id carry it as `senderId` (none for system events).
- Outsiders (not on the roster): `เจ๊หน่อย ประกันรถ พรบ. 🚗` (ศอ.จอส.จว.สน.), `สินเชื่อสวัสดิการ ข้าราชการ ครู ตำรวจ`
  (ข้อสั่งการ ปค.สน.), `ทีมงาน สส.สกลนคร เขต 3 (น้องเอ)` (ผู้บริหารจังหวัด และนายอำเภอ, added by a vice governor),
  `เก๋ ตัวแทนประกันชีวิต 💼` (หน.ส่วนราชการ-นอภ.สน.), `ปุ๊ก อาหารเสริมเพื่อสุขภาพ 🌿` (นักปกครองสกลนคร). All but
  the MP's staffer join by link or QR code, post once and leave or are removed.
"""

EXPORT = """## The export (ศอ.จอส.จว.สน.)

`[LINE]ศอ.จอส.จว.สน..txt` is LINE for PC's "Save chat" with a Thai UI (formats-line.md §1.10, variant G),
named as LINE for PC names it: `[LINE]` + the group name + `.txt` (the group name ends in a dot, hence the
two dots). Conventions used:

- no header, no BOM, LF line ends, no blank lines; a date line `2026.09.28 วันจันทร์` (Gregorian year, full Thai
  weekday) opens each day;
- messages `HH:MM<space>sender<space>text`; sender names contain spaces, so a reader must match them against
  the known names (the roster's display names and the outsiders above), longest first;
- multi-line messages continue on raw lines with no time and no quoting (the long numbered reports of the
  district chief of อากาศอำนวย and several orders); no continuation line begins with a time and a name;
- media placeholders without brackets: `รูป` (one line per photo), `สติกเกอร์`, `วิดีโอ`, and `ไฟล์` for a file
  (the file's name is not kept; §1.7 leaves the Thai PC file placeholder open, `ไฟล์` is the reading used);
- system lines carry the actor in the sender place, as in the real PC samples: `HH:MM A A เพิ่ม B เข้ากลุ่ม`
  (invite), `HH:MM X X เข้าร่วมกลุ่ม` (join by link/QR), `HH:MM X X ออกจากกลุ่ม` (leave), `HH:MM X X เพิ่มประกาศ`
  (announcement), `HH:MM X ยกเลิกข้อความ` (unsend). The invite and join wordings are not attested in a real
  Thai PC file (§1.6 marks them unverified);
- replies and @mentions: a reply is not shown; an @mention is plain text `@display name` inside the message.

The export has no message ids: its truth rows and near misses leave `message` empty and cite the line
number of the message's first line; `ledger.csv` gives the export's order and answer as line numbers.
JSONL ids run `bn0001`… across the five JSONL files in time order.
"""

NO_DUTY = """### Posts in ศอ.จอส.จว.สน. that open no duty

- **O4** (line {O4}, Tuesday 13:45, the palad): asks for a report only from districts whose houses were
  damaged by the storm ("อำเภอใดมีบ้านเรือนเสียหาย … ถ้าไม่มีความเสียหายไม่ต้องรายงาน"). No district is obliged
  as such, and nothing in the log says which districts had damage, so it opens no duty; the two replies
  (สว่างแดนดิน with damage, พังโคน with none) are near misses. (The label O4 is kept so the orders keep the
  order in which they were sent.)
- Information only: line {INFO1} (Monday 10:30, "แจ้งเพื่อทราบ … อำเภอไม่ต้องรายงาน"), the centre's note at Thursday
  11:06 that districts need not send photos twice, and its answer to ส่องดาว's question at Thursday 09:24.
- Reminders: line {R2} (O2, "ย้ำ @…"), line {R1} (O1, the palad's question "อำเภอไหนยังไม่ส่ง… ส่งภายในบ่ายนี้นะครับ"),
  line {R5} (O5, "อำเภอไหนยังไม่ส่งยอด… ส่งภายในวันนี้"), line {R7} (O7, quoting the order's first line and
  listing the districts still owing), line {R8} (O8, "ตามกำหนดเวลา… อำเภอที่ยังไม่ได้…"). None creates a duty or
  changes a deadline: the palad's "บ่ายนี้" on Wednesday does not shorten O1, which still runs to the end of
  Wednesday.
- Corrections of O3: line {O3c1} moves O3's deadline; line {O3c2} adds วานรนิวาส. They are part of O3, not new
  orders.
- Orders by people who are not the provincial centre (SKN-5P findings): the district chief of นิคมน้ำอูน
  (Wednesday 16:40) and the provincial PR head (Thursday 11:00). They open no SKN-5O duty.
- Courtesy with order words: the condolence (Tuesday 18:30) and the palad's birthday (Wednesday 16:00).
"""

DECISIONS = """## Decisions where the rules left room

- **Conditional order (O4).** "Report if there is damage" obliges no named district and the log cannot show
  which districts had damage; it is treated as opening no duty. A reading that makes every district owe a
  nil report would add 16 missing duties; it is not the one used here.
- **A deputy answering for two districts.** ปลัดเอก วานรนิวาส (deputy of วานรนิวาส) reports O2's figures for
  วานรนิวาส and for คำตากล้า in one message (Monday 15:40). Only a district's own people answer for it, so the
  message answers O2 for วานรนิวาส only; คำตากล้า's own report at 17:20 is its answer, late.
- **Photos of a filled form.** O1 says a photo of the filled form is acceptable, so photos alone answer O1
  (พังโคน, ภูพาน, ส่องดาว). O5 asks for a figure; the photos of a head-count form that โคกศรีสุพรรณ's volunteer
  officer sent on Wednesday 16:05 are not an answer, and the district's first figure, typed by its chief on
  Friday 08:30, is late.
- **The order corrected twice (O3).** The first correction (Tuesday 11:20) moves the deadline from Wednesday
  12:00 to Wednesday 16:30, so บ้านม่วง's photos at Wednesday 13:10 are on time. The second correction (Tuesday
  15:05) adds วานรนิวาส with the same deadline; its duty is cited at the correction (the ledger's `order` for
  วานรนิวาส is that line) and its photos on Thursday 08:15 are late.
- **Orders addressed by @mention only (O2).** The order names no district in words; each @mention is a
  district chief's display name, and the order obliges those six districts.
- **A numbered answer to two orders.** สว่างแดนดิน's message of Thursday 16:10 answers O5 (item ๑) and O8
  (item ๒); the ledger gives the same answer line to both duties.
- **Answers in two parts and corrections.** โคกศรีสุพรรณ sends O1 in two files (Wednesday 15:45 and 19:20):
  the first part is the answer (both are on time). พรรณานิคม resends a corrected O1 file: the first one counts.
- **The new district chief.** ศิวกร (D1704) is a district chief of โพนนาแก้ว from 1 October; his O5 figure on
  Thursday 14:10 answers for โพนนาแก้ว. With him the palad's group shows 20 admitted people (palad + 19
  chiefs) against the letter's 19, and the executives' group 24 against 22: one SKN-CAP row each, at the
  first message of the first person beyond the count (in ผู้บริหารจังหวัด และนายอำเภอ that is the 23rd person,
  the chief of ส่องดาว, on Wednesday 11:00, before the new chief is invited).
- **A report made in another group.** The district chief of อากาศอำนวย tells ศอ.จอส.จว.สน. that he reported the
  flood in the executives' group; that message gives none of O2's figures, and a report elsewhere is not an
  answer in ศอ.จอส.จว.สน.: O2 is missing for อากาศอำนวย. His O3 report on Wednesday lists activities and no
  team or sandbag-point figures, so it does not answer O2 either.
- **Invites.** An invite is a system notice, not a post: the inviter of an ineligible person gets SKN-ALL, and
  in ข้อสั่งการ ปค.สน. no SKN-2P for inviting. An invited ineligible person gets the membership row at the
  invite line and no second row for later posts; in ข้อสั่งการ ปค.สน. each of their posts is still SKN-2P.
- **One post, one posting finding.** A text with its photos or file, or several photos sent together, is one
  post, cited at its first message (the outsider's advertisement in ข้อสั่งการ ปค.สน. with its photo is one
  SKN-2P; the coordinating deputy's two photos there are one).
- **Order-like posts by members of other groups.** In ผู้บริหารจังหวัด และนายอำเภอ the palad's own instruction to
  district chiefs (Tuesday 10:00), an agency head's order to all districts and a district chief's call for
  rowers' names are SKN-4P; the palad's summary to the governor and his condolence notice are not orders.
  No case of the palad passing on "ท่านผู้ว่าฯ สั่งการ…" is planted.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: acknowledgements, thanks and short reports by district chiefs
  are near misses; an ordinary deputy posting there for his chief is SKN-3.
- **Retired and retiring.** The retired former district chief (A27, role `retired`) is not admitted in
  ผู้บริหารจังหวัด และนายอำเภอ. The chief who retires on 30 September keeps the role `district_chief` for the
  whole week; his farewell posts are near misses.
"""
