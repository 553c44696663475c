"""The hand-written parts of TRUTH.md for week AM; the tables are filled by week_truth.py."""
import week_truth

INTRO = """# Week AM (7–11 December 2026): ground truth

Six Sakon Nakhon LINE groups over one week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Everything here was worked out by hand from the letter and that page; the
audit tool was not run and its rules were not read. Data: `roster.csv`, five JSONL chats, one LINE iPhone export
with the Thai UI (`nakpokkhrong-export.txt`, group นักปกครองสกลนคร), and `truth.csv`, `ledger.csv`,
`near-misses.csv`. `check.py` checks them. `src/` holds the layout script (`python3 src/build.py`); every message
text and every truth note in it is written by hand; the script only numbers lines and ids, writes the files and
tabulates the ledger from the answers I tagged.

## The week

- **Monday 7 December 2026 is a substitute holiday** (วันหยุดชดเชย): Saturday 5 December, the late King's birthday
  (วันชาติ / วันพ่อแห่งชาติ), fell on a weekend, and a public holiday on a Saturday is made up on the next working
  day. **Thursday 10 December is Constitution Day**, a public holiday. The working days of the week are therefore
  **Tuesday 8, Wednesday 9 and Friday 11**. Officials still post on the holidays (the volunteer centre issues O1 on
  Monday morning; some districts report on Thursday), and a post on a holiday counts like any other.
- The season: the cold has come (districts declare ภัยหนาว disaster zones over the week: ภูพาน and เต่างอย/ส่องดาว
  on Tuesday–Wednesday, กุดบาก and โพนนาแก้ว on Thursday), blankets go out, a house fire from a fire lit indoors at
  ส่องดาว kills an old person on Thursday night; the sugar-cane harvest and the ban on burning cane; the New Year
  road-safety campaign is being planned; Father's Day volunteer activities of 5 December are reported, some late.
- JSONL ids run `am0001`… across the five JSONL files in time order. The export has no ids; its rows are cited by
  line number (the first line of a multi-line message).
- Missing reports are judged at the last message of the whole log, **Friday 11 December 2026 19:05**
  (`volunteer-centre.jsonl`, the centre's thanks at the end of the week).
- Export conventions (formats-line.md §1.2–1.10, Thai mobile): BOM, `[LINE] ประวัติการแชทในกลุ่ม "นักปกครองสกลนคร"`,
  `บันทึกเมื่อ 11/12/2569 21:05`, date lines `จ. 07/12/2569`, `HH:MM⇥name⇥text`, multi-line messages in double
  quotes, `[รูป]`, `[สติกเกอร์]`, system lines with an empty sender column (`A ลบ B ออกจากกลุ่ม`). The doc shows no
  iOS/Android difference for the Thai UI, so the iPhone export uses the same strings.
"""

ROSTER = """{n} fictional people. Province: the governor (P001), 3 vice governors (P002–P004), the provincial palad (P005,
shown as `ปลัดจังหวัดสกลนคร`), 3 sending accounts of the provincial administration office (P006–P008), 2
province-level volunteer officers with no district (P009 สุรชัย, P010 ปาริฉัตร), 11 agency heads (P011–P021), 4 staff
(P022 ปภ., P023 พมจ., P024 deputy agriculture head, P025 clerk of the provincial office) and a retired former district
chief (P026).

Districts: all 18 (P101–P274), each with a district chief, a coordinating deputy and a volunteer officer; in
กุสุมาลย์ (P112 ปลัดวุฒิ) and โพนนาแก้ว (P262 ปลัดอร) one person is both (`coordinating_deputy|volunteer_center_staff`).
Extra ordinary deputies in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, สว่างแดนดิน, เจริญศิลป์, โพนนาแก้ว and ภูพาน.

{n_line} people have a LINE user id (a JSONL message from them carries it as `senderId` about two times in three),
{n_mail} an e-mail; some have neither. The display name **ปลัดเบียร์** belongs to P134 (deputy, พรรณานิคม) and P174
(deputy, วานรนิวาส), neither with a LINE id: ambiguous, never judged, and never an answer to a duty.
Name variants: P203 renames himself in ศอ.จอส.จว.สน. on Wednesday 07:58 (`ศักดิ์ดา ศอ.จอส.อากาศฯ` → `ศักดิ์ดา
อากาศอำนวย 🏍️`; both names are on the roster); the district chief of ส่องดาว appears once in the export wrapped in
U+2068/U+2069; names with emoji (`รองผู้ว่าฯ นิภาพร 🌸`, `ปาริฉัตร ศูนย์จิตอาสา จว. 💛`, `ปลัดอร โพนนาแก้ว 🌻`).
"""

OUTSIDERS = """Outsiders (not on the roster), one OUTSIDER row each at their first appearance: `แม่ปราณี ผ้าห่มนวมโคราช`
(joined ศอ.จอส.จว.สน. by link/QR on Tuesday evening, advertised blankets, removed by the centre), `มิ้นท์ เลขาฯ
รองผู้ว่าฯ` (added to หน.ส่วนราชการ-นอภ.สน. by vice governor เอกชัย), `ทองใบ ประกันรถ พ.ร.บ.` (posts an insurance
advert in นักปกครองสกลนคร with no join line, then removed). Invitations of roster people not admitted (three rows
each at the invite line): ปลัดสุรเดช สว่างฯ into ข้อสั่งการ ปจ.สน. by his chief; ธนพัฒน์ ปภ.สน. into
หน.ส่วนราชการ-นอภ.สน. by his head; พมจ.สกลนคร เยาวลักษณ์ into ศอ.จอส.จว.สน. by ปาริฉัตร of the centre.
"""

DECISIONS = """## Decisions where the rules left room

- **Holiday deadlines.** A deadline written as a date runs to the end of that day (`23:59:59`); a clock time is
  that minute; "ภายในวันนี้" is the end of the order's day; "ภายใน N วัน" counts from the day after the order, and a
  last day that is a weekend or public holiday moves to the next working day. O2 ("ภายใน ๒ วัน", Tuesday) would
  end on Thursday 10, Constitution Day, so it runs to the end of Friday 11; พังโคน, นิคมน้ำอูน, อากาศอำนวย and
  เต่างอย answer on Friday and are on time under this reading (late if the holiday were not skipped). A report
  posted on a holiday (คำตากล้า's O2 answer on Thursday evening, สว่างแดนดิน's O1 and O3 answers on Thursday) counts
  at its own time. No order this week names the holiday itself as its deadline.
- **Monday 7 as a holiday** only matters for how the week is described: no relative-day deadline starts or ends on
  it (O1 was issued on Monday with an explicit date and time).
- **Photos alone** answer only an order that asks for photos (O1, O3, O4); O2, O5 and O6 ask for figures or a plan.
  A photos-then-caption report is cited at its first photo; a text-with-photos report at its text.
- **A correction** ("ขอแก้ไขจำนวน…") belongs to the report it corrects; the first message remains the answer.
- **Reminders** (R1 `อำเภอที่ยังไม่ได้รายงาน…เร่งรัด`, R2 `…ยังไม่ได้ส่ง`, R3 `ย้ำ…ยังไม่ได้รายงาน`) and the
  morning reminder before O1's deadline create no duty and do not move the first deadline. I1 (`แจ้งเพื่อทราบ …
  ไม่ต้องรายงาน`) creates none.
- **A second batch** of photos from a district that already answered (บ้านม่วง's second campaign site) is not a
  new answer; the first answer decides the state (บ้านม่วง's O3 answer at 15:20 is on time).
- **Orders by district people** in ศอ.จอส.จว.สน. ("ฝากทุกอำเภอช่วยส่งรายชื่อ…ภายในวันศุกร์นี้" by the
  coordinating deputy of อ.เมือง; "ขอให้ทุกอำเภอช่วยแชร์…แล้วแคปหน้าจอส่งกลับมาให้ผมภายในวันจันทร์" by the chief of
  สว่างแดนดิน) are SKN-5P and create no SKN-5O duty. The palad's request to the admin to close joining by link is
  not an order to districts.
- **Reports by others in ศอ.จอส.จว.สน.**: พมจ.'s results of blanket distribution are a report by someone who is
  not a district's people (SKN-5P) on top of her SKN-5 membership row. The deputy agriculture head's publicity post
  is neither order nor report: only SKN-5.
- **ข้อสั่งการ ปค.สน.**: every post by someone other than the office (P005–P008) is SKN-2P, including stickers,
  🙏 and a district's ceremony photos; a text with its photos is one post, cited at the text. Invites are system
  notices, not posts.
- **ผู้บริหารจังหวัด และนายอำเภอ**: the palad's own order to all district chiefs (daily cold reports) is SKN-4P;
  his summary to the governor is information (near miss). A district chief's "ขอให้ทุกอำเภอ…ส่ง…ภายในวันนี้" is
  SKN-4P. Incident notices, reports to the governor, birthday wishes and condolences are allowed.
- **หน.ส่วนราชการ-นอภ.สน.**: reports and performance results (a district's Father's Day figures, agriculture's
  hotspot results, ปภ.'s blanket totals, the PR office's award) are SKN-6P; invitations, warnings, sales,
  questions, forwarded news and thanks are not. The palad is not a member of this group and does not post there.
- **One membership row per person per group**, at the first message that shows them (invite, join or post); later
  posts of the same person give none (ปลัดสุรเดช in ปจ.สน., ธนพัฒน์ and มิ้นท์ in the heads' group).
"""

ORDERS_INTRO = """Counting rule (see the decisions above). An answer at or before the deadline is on time. The answer is the
first report after the order by any of the district's people (chief, deputy, coordinating deputy, district volunteer
officer) carrying what the order asks; several orders are open at once, so each answer was matched to its order by
its content. Six orders create duties: O1 (Monday, all districts), O2 (Tuesday, all), O3 (Tuesday, six named in the
salutation), O4 (Wednesday, four named in the salutation), O5 (Friday, all, due after the log) and O6 (Friday, five
named after a description).
"""

NOTICES = ["R1", "R2", "I1", "R3"]


def write(path, state):
    week_truth.write(path, state, __import__("truth_md"))
