# Writes TRUTH.md: the hand-written account below, with the tables (orders' districts, findings, near
# misses) filled from src/summary.json, which build.py writes from the hand annotations.
import json, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import DNAME, CODES, P

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))
SOR = "volunteer-centre.txt"
FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl", SOR]
out = []
w = out.append

w("""# Week AO (26–30 October 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one Thai-UI LINE Android export (`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the scripts the chats were laid out with (`people.py` the roster, `g_*.py` one file per group with every message and every truth note written by hand, `frame.py`/`build.py` only sort, number, give seconds/ids/lines and tabulate the ledger, `truthmd.py` writes this page).

## The week

- **Working days.** Monday 26 – Friday 30 October 2026 (๒๖–๓๐ ต.ค. ๒๕๖๙) are all working days; Saturday 31 October and Sunday 1 November are the weekend. Friday 23 October (วันปิยมหาราช, Chulalongkorn Day) was a public holiday, the working day before the week; it falls outside every deadline here.
- **End of Lent.** ออกพรรษา is the full moon of the 11th lunar month. Reckoned from (astronomical full moons of 29 July and 26 October 2026), อาสาฬหบูชา is 29 July and เข้าพรรษา 30 July 2026; three lunar months on, the full moon falls on **Monday 26 October 2026**, which is ออกพรรษา (as the brief says, at the start of the week), and ตักบาตรเทโว is the next morning, Tuesday 27 October. ออกพรรษา is a Buddhist holy day but not a public holiday for government offices (unlike อาสาฬหบูชา and เข้าพรรษา), so it moves no deadline. I assumed no extra holiday declared by the cabinet for the week.
- **The season in the chats.** Sakon Nakhon's wax castle procession (ประเพณีแห่ปราสาทผึ้ง) moves from the provincial hall to วัดพระธาตุเชิงชุมวรวิหาร on the afternoon of Monday 26 (crowds, road closures, volunteers at service points, a lost six-year-old found by volunteers at 18:10); merit-making (ตักบาตรเทโว, then กฐิน invitations all week); a late flood on the Songkhram (อากาศอำนวย, วานรนิวาส, คำตากล้า, บ้านม่วง; the governor's visit on Wednesday 28; water falling by Friday); weir and farm-road repairs after the October run-off (กุดบาก, เมืองสกลนคร, ภูพาน, โพนนาแก้ว); the rice harvest starting (labour-short households, the straw-burning ban); and the first orders of fiscal year 2570 (plans, first-quarter allocations, disbursement targets).
- **The log ends** at **2026-10-30 21:25** (Friday 30 October), the last line of `volunteer-centre.txt`; every JSONL file ends earlier that day. Missing reports are judged there.
""")

# ---- roster ----
rc = Counter(r for p in P for r in p["role"].split("|"))
n_line = sum(1 for p in P if p["line"])
n_mail = sum(1 for p in P if p["email"])
w(f"""## Roster in brief

`roster.csv` has {len(P)} fictional people (person ids P001–P{len(P):03d}, none taken from another week): the governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office (provincial_admin_staff), 2 province-level volunteer officers with no district (จ่าเอก ศอ.จอส.สกลฯ and วิภาดา ศอ.จอส.จว.สน. 🌻, the centre's two posting accounts), 12 agency heads, 4 staff of agencies (a deputy of ปภ., a clerk of the provincial office, the deputy agriculture officer, an irrigation engineer) and one retired official (a former provincial palad). Each of the 18 districts has a district chief, a coordinating deputy and a district volunteer officer; เมืองสกลนคร has two more deputies, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน and ภูพาน one each.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: **ปลัดธีรวุฒิ กุดบาก (จอส.)** and **ปลัดไพศาล นิคมฯ**, who are their districts' volunteer officers as well (กุดบาก and นิคมน้ำอูน have no separate volunteer officer).
- The display name **ปลัดเก่ง** belongs to two people: the coordinating deputy of กุสุมาลย์ and an ordinary deputy of สว่างแดนดิน, neither with a LINE id or e-mail. It is ambiguous and never judged; its posts (acknowledgements, stickers, 👍) answer no duty.
- {n_line} people have a LINE user id (`U` + 32 hex), {n_mail} an e-mail; some both, some neither. JSONL messages of people with an id carry it as `senderId` on about two messages in three (a LINE id, else the e-mail).
- Names as they appear: display names with emoji (`วิภาดา ศอ.จอส.จว.สน. 🌻`, `รัตติยา นอภ.กุดบาก 🌿`, `ลำดวน จอส.เต่างอย 🌼`, `ผคป.สกลนคร เชิดชัย 💧` …) and with titles (`ว่าที่ร.ต.สมพร ปลัดภูพาน`, `นพ.สสจ.สน. ศักดิ์สิทธิ์`); the province-level volunteer officer also posts once as `Wipada P.` (her second roster display name); the district chief of ส่องดาว appears once in the export wrapped in the invisible U+2068/U+2069 isolates that real Thai exports carry; the district chief of โคกศรีสุพรรณ renames himself to `อุดมศักดิ์ ศรีภักดี` in นักปกครองสกลนคร (rename notice Wednesday 07:45) and posts there under that name afterwards (his old name in the other groups).
""")

# ---- groups ----
w("## Groups and messages\n")
w("| file | group | messages | JSONL ids |")
w("|---|---|---|---|")
tot = 0
for fn in FILES:
    n = S["counts"][fn]
    tot += n
    ids = S["ids"].get(fn)
    w(f"| `{fn}` | {S['groups'][fn]} | {n} | {ids[0] + '–' + ids[1] if ids else '(export: cited by line)'} |")
w(f"| | total | {tot} | |\n")
w(f"""ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / tot:.1f}%). JSONL ids run `ao0001`…`{S['ids']['nakpokkhrong.jsonl'][1]}` across the five JSONL files in the order above. The export has no ids, so its truth rows, near misses and ledger places are cited by line number (the first line of a multi-line message); `ledger.csv` names an order or answer by its line number alone, as week AB does.

**Export conventions** (formats-line.md §1.2–1.7 and variant E, Thai UI, Android phone export): line 1 `[LINE] ประวัติการแชทในกลุ่ม "ศอ.จอส.จว.สน."`, line 2 `บันทึกเมื่อ 30/10/2569 21:52`, line 3 empty; date lines `จ. 26/10/2569` (Thai abbreviated weekday, Buddhist-era year); `HH:MM⇥name⇥text`; multi-line messages wrapped in double quotes with inner quotes doubled (the O6 order contains `""หลังบุญออกพรรษา บ้านเมืองสะอาด""`); single-line messages with quotes are left as they are; `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`; 3-column system lines with an empty sender: `A เพิ่ม B เข้ากลุ่ม` (invite), `X เข้าร่วมกลุ่ม` (join by link/QR), `X ออกจากกลุ่ม`, `A ลบ B ออกจากกลุ่ม`, `X ยกเลิกข้อความ`. LF line ends and no BOM (variant E shows none; a parser should accept both). Replies are not shown in exports, so no ศอ message is a reply; replies (`replyTo`) appear in the JSONL groups.
""")

# ---- orders ----
w("""## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Counting rule (the same as week AB's): a deadline written as a clock time is that minute; a deadline written as a date runs to the end of that day (`23:59:59` in the ledger); "ภายใน ๒๔ ชั่วโมง" is 24 hours from the order's minute; "ภายใน N วันทำการ" counts working days from the day after the order; "ก่อนเที่ยงวันพรุ่งนี้" is 12:00 the next day. An answer at or before the deadline is on time (I planted answers one minute before, none at the deadline minute, since the export has no seconds). The answer is the first report of the result asked for by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer, a two-role person); a text, a file, or photos sent alone after an order that asks for photos. Photos followed by their caption within the minute are one post, cited at the first photo. Several orders are open at once, so I matched answers to orders by their content (figures of volunteers on duty, flood relief, weir and road repairs, a plan file, harvest households, the clean-up); a reminder neither creates a duty nor moves a deadline.
""")
notes = {
    "O1": "Sent by the province-level volunteer officer with a photo of the form.",
    "O2": "Sent by the provincial palad (the provincial centre) with two photos of the water situation.",
    "O3": "Sent by the province-level volunteer officer with one photo.",
    "O4": "Sent by the province-level volunteer officer with its form as a file; answers are files (with or without a caption).",
    "O5": "Sent by the provincial palad; it asks for figures and dates, not photos.",
    "O6": "Sent by the province-level volunteer officer with one photo; it asks for figures and 2–3 photos, so photos alone answer it.",
}
by_order = {}
for r in S["ledger"]:
    by_order.setdefault(r[6], []).append(r)
for k, o in S["orders"].items():
    ds = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {k} — line {o['line']}, {o['time'][8:10]} Oct {o['time'][11:16]}, {o['sender']} ({ds}): {o['topic']}\n")
    w(f"Deadline {o['deadline']}. {o['why']} {notes[k]}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        rows = [r for r in by_order[k] if r[2] == st]
        if not rows:
            continue
        items = []
        for r in rows:
            if r[3] != "":
                shape = r[5].split(";")[0]
                items.append(f"{r[1]} (l.{r[3]}{'' if shape == 'text' else ', ' + shape})")
            else:
                items.append(r[1])
        w(f"- **{st}** ({len(rows)}): " + ", ".join(items))
    w("")
cnt = Counter(r[2] for r in S["ledger"])
w(f"Ledger totals: {len(S['ledger'])} duties — on-time {cnt['on-time']}, late {cnt['late']}, missing {cnt['missing']}, not-due {cnt['not-due']}.\n")
w("""Per order: O1 18 (14 on-time, 3 late, 1 missing); O2 4 (2, 1, 1); O3 4 (2, 1, 1); O4 18 (13 on-time, 5 not-due); O5 5 (3, 1, 1); O6 18 (12, 4, 2). Late and missing together: 16.

**Posts that create no duty** (all in `volunteer-centre.txt`): the information-only posts at lines 51 (แจ้งเพื่อทราบ … ไม่ต้องรายงาน, dress and muster for the procession) and 108 (แจ้งเพื่อทราบ, a provincial meeting; อำเภอไม่ต้องรายงาน); the reminders at lines 53, 76 (O1), 132 (O2), 243 (O5), 261 and 271 (O6) and 299 (O4); the centre's answers to questions (lines 122, 171) and its line 186, which sets aside a district's request ("อำเภอยังไม่ต้องส่งรายชื่อ"); and the order to all districts by the district chief of พังโคน (line 184), an SKN-5P finding, which is not an order of the provincial centre. The order lines that carry a missing finding (12, 66, 112, 175, 206) are orders of the provincial centre, which may order here; they are cited for the SKN-5O missing rows rather than listed as near misses.

**Answers in their shapes.** By chiefs (เจริญศิลป์ O1, วาริชภูมิ O1), ordinary deputies (อากาศอำนวย O1, วานรนิวาส O2, เมืองสกลนคร O6, พรรณานิคม O6, ภูพาน O3), coordinating deputies and volunteer officers, and the two two-role people; photos then caption (พรรณานิคม O1, กุดบาก O6); photos alone (วานรนิวาส O2, ส่องดาว O6, พังโคน O6); files alone or with a caption before or after (O4); a figure then a correction (วานรนิวาส O1, line 47: the first report stands); answers after reminders (วาริชภูมิ, เต่างอย, คำตากล้า O1; คำตากล้า O2; ส่องดาว O5; พรรณานิคม O6); a minute before the deadline (โพนนาแก้ว O1, วาริชภูมิ O5); late at night on the last day of a date deadline (ภูพาน O4, 21:12 Friday). Posts that look like answers and are not: acknowledgements and promises (lines 21, 52, 90, 120, 133, 192), questions (121, 170), photos alone with no photo order open for the district (96, 101: โคกศรีสุพรรณ's photos do not answer O1, which asked for figures), information and festival photos from districts that had already answered (10, 58, 60, 77, 111), บ้านม่วง's clean-up report (247), which answers O6 and not O2, and โพนนาแก้ว's plan file (266), which answers O4 only.
""")

# ---- findings ----
rc2 = Counter(r[0] for r in S["truth"])
w("## Findings (`truth.csv`)\n")
w("| rule | count |")
w("|---|---|")
for k in sorted(rc2):
    w(f"| {k} | {rc2[k]} |")
non5 = sum(v for k, v in rc2.items() if k != "SKN-5O")
w(f"| total | {len(S['truth'])} ({non5} posting/membership, {rc2['SKN-5O']} SKN-5O) |\n")
for fn in FILES:
    rows = [r for r in S["truth"] if r[1] == fn]
    if not rows:
        continue
    w(f"### {S['groups'][fn]} (`{fn}`)\n")
    for r in rows:
        st = f" **{r[5]}**" if r[5] else ""
        w(f"- {r[0]} — line {r[2]}{' ' + r[3] if r[3] else ''} — {r[4]}{st}: {r[6]}")
    w("")
w("""Invitations of roster people not admitted to the group give three rows at the invite line, the group's membership rule for the invitee and SKN-ALL for invitee and inviter: ข้อสั่งการ ปค.สน. (ปลัดธิดารัตน์ 🌸, an ordinary deputy, by her district chief), ข้อสั่งการ ปจ.สน. (มณีรัตน์ ปค.จว.สน. 📝, an office sending account, by the provincial palad), หน.ส่วนราชการ-นอภ.สน. (ช่างภาณุ ชป.สกล, an engineer, by the irrigation project head) and ศอ.จอส.จว.สน. (อดิศักดิ์ ปภ.สน., ปภ. staff, by จ่าเอก ศอ.จอส.สกลฯ). Outsiders (not on the roster) give one OUTSIDER row at their first appearance and no SKN-ALL: น้ำฝน ประกันรถ ☎️ (joined ศอ.จอส.จว.สน. by link/QR, removed), นุ่น เลขาฯ รองเฉลิมพล (added to ผู้บริหารจังหวัด และนายอำเภอ by a vice governor, removed by the palad the next morning), ผอ.ททท.นครพนม (ดูแลสกลนคร) (posting in หน.ส่วนราชการ-นอภ.สน. with no join notice in the log: found at his first post) and สินเชื่อทันใจ ไม่เช็คบูโร 💰 (joined นักปกครองสกลนคร by link/QR, removed). People not admitted who are shown only by their posts (no join notice in the log) are found at their first post. A person already found in a group gets no second membership row; in ข้อสั่งการ ปค.สน. every post by a member who is not the office still gives SKN-2P.
""")

# ---- near misses ----
w(f"## Near misses (`near-misses.csv`, {len(S['near'])})\n")
w("Each is something a careless audit might flag, or count as an answer, but which is not a finding under the rules page.\n")
for fn in FILES:
    rows = [r for r in S["near"] if r[0] == fn]
    w(f"### {S['groups'][fn]} ({len(rows)})\n")
    for r in rows:
        w(f"- line {r[1]}{' ' + r[2] if r[2] else ''}: {r[3]}")
    w("")

w("""## Where the rules page left room, and how I decided

- **Working days and holidays.** The page says nothing about holidays; I worked the week out as above (all five days working days; ออกพรรษา not a public holiday; 23 October a holiday before the week). Only O4 counts days ("ภายใน ๒ วันทำการ"), and its two working days are Thursday and Friday either way.
- **Relative days.** "ภายใน ๒ วันทำการ" is counted from the day after the order, by days and not hours, to the end of the second working day (Friday 30 October). The centre's own reminder on Friday morning ("ครบกำหนดส่งวันนี้") agrees. The deadline lies after the end of the log, so the five districts without a plan are not-due, not missing; had it been read as 48 hours (Friday 09:01), eight answers would be late and five missing.
- **Date deadlines** run to the end of the day: ภูพาน's plan at 21:12 on the last day is on time; O3's date (Thursday) makes ภูพาน's Friday report late.
- **SKN-CAP.** The page calls the letter's counts a count, not a limit, with one low-severity finding at the first message of the person beyond the count. I count roster people admitted to the group by the table, in the order of their first appearance in the log (invite, join or first post); outsiders, people not admitted and the ambiguous name do not count. Only ผู้บริหารจังหวัด และนายอำเภอ (22) can be exceeded with this roster (governor + 3 vice governors + palad + 18 chiefs = 23): all 23 appear, and the 23rd, ชวลิต นอภ.เจริญศิลป์, first appears on Thursday 09:05 (ao0229), where the one SKN-CAP row is. ข้อสั่งการ ปจ.สน. admits exactly 19 (palad + 18 chiefs), so it cannot go beyond its count; the other groups' counts (204, 175, 118) are far above the roster.
- **Answers matched by content.** With several orders open, a report answers the order whose result it carries. Photos alone answer only an order that asks for photos, and I sent photos alone only where one such order was open for the district. บ้านม่วง owed both O2 (flood relief, photos) and O6 (clean-up, photos) on Thursday; its Thursday report is text about cleaning temples and the district office, with photos, so it answers O6, and O2 stays missing. โคกศรีสุพรรณ's Thursday report names the clean-up campaign (O6); it is no late answer to O1 (volunteers on duty on 26–27 October).
- **Promises, acknowledgements and plans** ("กำลังรวบรวม", "จะรายงานพรุ่งนี้", "พรุ่งนี้เช้าลงพื้นที่") are not reports. A correction after a report does not replace the first report's time.
- **SKN-5P.** An order to all districts by a district chief (พังโคน's request for volunteers for its กฐิน, line 184) is SKN-5P and creates no duty; the centre answers that districts need not send names. A report by an agency's staff (ปภ., line 127) is SKN-5P besides his SKN-5 membership finding at the invite. The culture office head's thanks with two photos (line 300) is courtesy, not a report: SKN-5 only.
- **SKN-4P.** The palad's direct instruction to all chiefs to report flood figures (ao0186) is SKN-4P; the chiefs' replies with figures are replies, which the letter allows; his summary to the governor (ao0195) and his note on who may be a member (ao0208) are information, not orders. A district chief telling all districts to order their village heads (ao0217) is SKN-4P. The police commander's road-closure notice is information (no SKN-4P) but he is not admitted (SKN-4).
- **SKN-6P.** I count as a report or performance result: an agency's report of an event's results, of the harvest situation with figures, of repairs completed, and a district's report of relief work done. Invitations, public warnings, press notices, a treasury system notice, thanks, congratulations and condolences are not. The governor's own message "ไม่ต้องรายงานผลในกลุ่มนี้" is an allowed order.
- **SKN-3 and SKN-ALL.** The palad inviting a sending account of his own office into ข้อสั่งการ ปจ.สน. is still an invite of a roster person the letter does not admit there: SKN-3 for her, SKN-ALL for both; her later posts give nothing more (the group has no posting rule).
- **Invites are not posts.** In ข้อสั่งการ ปค.สน. the inviter gets SKN-ALL but no SKN-2P for the invite notice; an eligible invite (the coordinating deputy of โคกศรีสุพรรณ by his chief) is a near miss.
- **Two-role people** are admitted wherever either role is admitted: in นักปกครองสกลนคร as coordinating deputies; in ศอ.จอส.จว.สน. they answer for their districts. A district volunteer officer (volunteer_center_staff only) is not admitted to นักปกครองสกลนคร (SKN-1).
- **Renames** are in one file only (นักปกครองสกลนคร); whether a rename carries across files is not tested. The ambiguous name is never used for an answer, so no duty depends on it.
- **Removals, leaves and unsends** give no findings; the unsent message is gone from the export and the apology after it is chat.
""")

with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("TRUTH.md written")
