"""Writes TRUTH.md: the tables come from the week's files as built; every sentence of prose (the week, the
deadline reasoning, the decisions) is written by hand below."""
from collections import Counter, defaultdict

from people import PEOPLE, DISTRICTS

INTRO = """# Week AQ (13–17 July 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, judged against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from that page; the auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE **PC (desktop) export with the English UI** (`[LINE]ข้อสั่งการ ปจ.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them from the delivered files. `src/` holds the layout scripts: every message, every truth tag and note, every near-miss reason and every deadline is written by hand in `src/g_*.py`; `src/build.py` only gives ids, seconds and line numbers, writes the files and tabulates the ledger from the answers marked by hand. Rebuild with `python3 src/build.py`, then run `python3 check.py`.

## The week

- Monday 13 – Friday 17 July 2026 (๑๓–๑๗ ก.ค. ๒๕๖๙) are all working days. Saturday 18 and Sunday 19 are the weekend; Monday 20 July is a working day.
- How I decided: the public holidays of July 2026 all fall later in the month: the King's birthday on Tuesday 28 July, and Asarnha Bucha and the first day of Buddhist Lent on the full moon of the eighth lunar month and the day after (29–30 July 2026). None of them is in the week or on a day a deadline of this week lands on, and no special holiday was placed in mid-July. So no deadline moves.
- The season, as the chats carry it: heavy rain over the Phu Phan range (a flash flood at บ้านหนองไผ่, อ.ภูพาน, on the night of Sunday 12 July; run-off in กุดบาก and ส่องดาว), a crack on a hillside and a landslide warning in ส่องดาว, a broken box culvert in วาริชภูมิ, dengue and leptospirosis, a drowned child in พังโคน, the Nam Un dam releasing more water, the candle festival's preparations (ต้นเทียน, the parade on 29 July), the King's birthday on 28 July (volunteer development activities, tree planting, a blood drive, the list of volunteers for the ceremony, signing the well-wishing books), the school term (drugs and game shops near schools, schools closed by the flood). Otherwise an ordinary week.
- Missing answers are judged at the last message of the whole log: **{log_end}** (Friday 17 July, the last line of `volunteer-centre.jsonl`; every other file ends earlier).
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} people, all fictional: the governor (P001), 3 vice governors (P002–P004), the provincial palad (P005), 3 sending accounts of ที่ทำการปกครองจังหวัด (P006–P008, `provincial_admin_staff`), 2 province-level volunteer officers with no district (P009 the centre's account, P010 จ่าพิชิต), 12 agency heads (P011–P022), 4 staff (P023 ปภ., P024 สสจ. disease control, P025 วัฒนธรรมจังหวัด, P026 สำนักงานจังหวัด), one retired former district chief (P027 ลุงถม), and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer (P101–P274), with more deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, บ้านม่วง, สว่างแดนดิน and ภูพาน.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดพีระ คำตากล้า (P182) and ปลัดลลิตา โพนนาแก้ว 💐 (P262); their districts have no separate volunteer officer.
- The display name **ปลัดเอ๋** belongs to two people (P104, a deputy of เมืองสกลนคร, and P194, a deputy of บ้านม่วง), neither with a LINE id: ambiguous, never judged, and its posts answer no duty.
- {n_line} people have a LINE user id (about two JSONL messages in three from them carry it as `senderId`), {n_mail} an e-mail; P026, P104 and P194 have neither.
- Names in the chats: `นายสมบัติ มั่นคง` (title added; roster `สมบัติ มั่นคง`, the district chief of วาริชภูมิ, no LINE id); the district chief of โคกศรีสุพรรณ renames himself `ผู้การเกรียง โคกศรี 🌾` in ผู้บริหารจังหวัด และนายอำเภอ (rename notice Thursday 09:30) and uses that name there and in หน.ส่วนราชการ-นอภ.สน. afterwards (both names are in his roster row); names with emoji (`นอภ.ภูพาน ประวิทย์ ⛰️`, `อรุณ นอภ.ส่องดาว ⭐`, `Rung จอส.สว่าง 🌼`…).
- Outsiders (not on the roster): `ร้านป้านา ผ้าไหมสกล` (joins ศอ.จอส.จว.สน. by link/QR, sells silk, removed), `ช่างแอร์ สกล เซอร์วิส` (joins นักปกครองสกลนคร by link, advertises, removed), `บอม เลขาฯ ส.ส.เขต ๓` (posts in ผู้บริหารจังหวัด และนายอำเภอ with no join notice, removed), `พี่หน่อย หอการค้าสกลนคร` (added to หน.ส่วนราชการ-นอภ.สน. by the vice governor รองฯ อำพล).
"""

EXPORT = """Export conventions (formats-line.md §1.1, §1.3, §1.4, §1.7, variant F, LINE for PC "Save chat", English UI): the file name is the PC client's `[LINE]<chat name>.txt`; no header, no BOM; date lines `2026.07.13 Monday` (Gregorian year, English weekday), no blank lines between days; messages `HH:MM sender text` separated by single spaces (sender names contain spaces, so a reader needs the list of names; `check.py` matches the longest roster display name); multi-line messages continue on raw lines (no quotes; no continuation line starts with a time); media `Photos`, `Stickers`, one line per photo. System lines follow the desktop shape the page shows for the Thai and Japanese UIs (the actor in the sender place, then the whole notice) with the English notice text of §1.6: `15:05 นอภ.พังโคน นอภ.พังโคน invited ปลัดชนะ พังโคน.` The page gives no English desktop placeholder for files, so in this group the palad sends letters as photos. The export has no ids and shows no replies: its truth rows and near misses cite it by line number (the first line of a message) with `message` empty.

JSONL ids run `aq0001`…`aq{last_id}` over the five JSONL files in time order. `ledger.csv` cites orders and answers by message id (the volunteer centre is a JSONL file this week). A post of several messages (a text with its photos or file, photos then their caption) is cited at its first message.
"""

DEADLINES = {
    "O1": "\"ภายในวันพุธที่ ๑๕ กรกฎาคม ๒๕๖๙\": a date, so to the end of Wednesday 15 July (a working day), written 23:59:59. Addressed to นายอำเภอ ทุกอำเภอ: all 18 districts. A plan is asked for in words; photos alone would not answer it.",
    "O2": "\"ภายใน ๒๔ ชม.\" from the order (Monday 13 July 14:10): 14:10 on Tuesday 14 July (24 hours from the order's own second). Addressed in the salutation to นอภ.ภูพาน, นอภ.กุดบาก, นอภ.ส่องดาว only. It asks for photos, so photos alone answer it.",
    "O3": "\"ส่งภายในเวลา ๑๖.๐๐ น. วันพฤหัสบดีที่ ๑๖ ก.ค. ๖๙\": 16:00 on Thursday 16 July. To ศอ.จอส.อำเภอ ทุกอำเภอ: all 18. The answer is the filled form (a file, with or without a line of text).",
    "O4": "\"ภายในพรุ่งนี้ก่อนเที่ยง\" written on Wednesday 15 July: before 12:00 on Thursday 16 July. Addressed to the districts \"ที่มีแผนปลูกต้นไม้… ได้แก่\" six named districts: เมืองสกลนคร, พรรณานิคม, วาริชภูมิ, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน. It asks for photos, so photos alone answer it.",
    "O5": "\"ภายในวันศุกร์ที่ ๑๗ ก.ค. ๖๙ เวลา ๑๒.๐๐ น.\": 12:00 on Friday 17 July. To นายอำเภอทุกอำเภอ: all 18. Figures are asked for.",
    "O6": "\"ภายในวันจันทร์ที่ ๒๐ ก.ค. ๖๙\": to the end of Monday 20 July (a working day), after the log ends: unanswered districts are not-due. All 18 districts. It asks for results with photos, so photos alone answer it.",
}

DECISIONS = """## Decisions where the rules left room

1. **Date deadlines** run to the end of the day (23:59:59): คำตากล้า's plan at 21:50 on Wednesday is on time for O1. A clock deadline is that minute; an answer one or two minutes before it is on time (ส่องดาว 11:59 for O5, กุสุมาลย์ 15:58 for O3, พรรณานิคม 11:52 for O4). \"ภายใน ๒๔ ชม.\" counts from the order's own time. No answer is planted at the exact deadline minute.
2. **Which message answers.** The answer is the first post by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks for. A post's first message is cited (photos then a caption: the first photo; a text then its file: the text). Photos alone answer only O2, O4 and O6, which ask for photos; พังโคน's meeting photos on Monday do not answer O1 (a plan). Acknowledgements, promises (\"จะส่งภายในวันพุธ\", \"ขอส่งพรุ่งนี้เช้า\", \"จะรีบส่ง\"), questions about the form and \"ยอดยังไม่นิ่ง\" are not answers. A correction after a report does not change which message answered.
3. **Reports before an order** do not answer it: ภูพาน's flood notice at 07:41 on Monday precedes O2 (14:10); ภูพาน answers O2 at 16:40.
4. **Ambiguous name and answers.** ปลัดเอ๋'s \"บ้านม่วงบริจาคโลหิต ๓๓ คน\" (Friday 10:10) cannot be tied to one person, so it answers nothing; บ้านม่วง's chief reports at 11:20, before the deadline, so the ledger is the same under either reading.
5. **Reminders and information** create no duty and move no deadline (Tuesday 13:30 ย้ำ, Wednesday 17:30 อำเภอที่ยังไม่ได้รายงาน, Thursday 06:40 and 14:30 เร่งรัด, Friday 06:35, 10:30, 13:35, 19:30); nor do the information-only post (Tuesday 14:40, แจ้งเพื่อทราบ … ไม่ต้องรายงาน), the leptospirosis warning (เพื่อทราบ), the centre's Monday-morning call to be ready (no report asked) or the centre resending its form in reply to a question.
6. **Orders by district people in ศอ.จอส.จว.สน.** (SKN-5P): the เมืองสกลนคร coordinating deputy's \"ขอความร่วมมือทุกอำเภอแจ้งจำนวนจิตอาสา… ภายในวันศุกร์\" and the สว่างแดนดิน chief's \"ขอให้ส่งชื่อและเบอร์โทรผู้ประสานงาน… ภายในวันนี้\" plainly direct all districts. They create no SKN-5O duty (only the provincial centre's orders do), and the districts' replies to them are not duties.
7. **A report by someone who is not a district's person** (SKN-5P): the health-office staff member invited on Tuesday posts the results of the anti-dengue campaign on Wednesday. She is already SKN-5 (and SKN-ALL with her inviter) at the invite; the report is a second rule, so a second row.
8. **An agency head's invitation in ศอ.จอส.จว.สน.** (วัฒนธรรมจังหวัด, \"ขอเชิญจิตอาสาทุกอำเภอร่วมชมและช่วยดูแลงาน…\") is SKN-5 (she is not admitted); I read \"ขอเชิญ\" with no report and no deadline as an invitation, not an order, so no SKN-5P.
9. **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ has 22 members by the letter, but the roster admits 23 (governor, 3 vice governors, palad, 18 chiefs). All 23 appear this week; the 23rd to appear (เจริญศิลป์'s chief, Thursday 18:10) carries the one low-severity SKN-CAP row. Outsiders and people not admitted (the ปภ. head, the police commander, the retired official) do not count. No other group can exceed its count with this roster (ข้อสั่งการ ปจ.สน.: palad + 18 chiefs = 19 exactly).
10. **Palad and vice governors in ผู้บริหารจังหวัด และนายอำเภอ.** The palad's own instruction to all chiefs (send photos of the signing ceremony by Friday) is SKN-4P; his information to the governor is not. A vice governor relaying the governor's order, or giving his own, is allowed. A district chief's \"ขอให้ทุกอำเภอส่งต้นเทียน… แจ้งชื่อ… ภายในวันจันทร์\" is SKN-4P. Birthday wishes with ขอให้ are courtesy.
11. **One message, two rules.** In หน.ส่วนราชการ-นอภ.สน. the ปภ. staff member's situation report is both SKN-6 (a deputy posting in place of his head, first appearance) and SKN-6P (a report): two rows at one line. In ข้อสั่งการ ปค.สน. a non-admitted member's first post is both SKN-2 and SKN-2P.
12. **Invites and SKN-2P.** An invite is a system notice, not a post: the inviter in ข้อสั่งการ ปค.สน. gets SKN-ALL but no SKN-2P. A text with its photos, or several photos sent together, is one post and one SKN-2P, cited at its first message.
13. **Removals** of outsiders (ศอ, นักปกครอง, ผู้บริหาร) give the remover no finding and do not undo the outsider's row. An eligible member leaving gives nothing. The unsend notice in ศอ.จอส.จว.สน. (กุสุมาลย์, Thursday 16:02, a duplicate) leaves the file sent at 15:58 in place, which answers O3.
14. **ข้อสั่งการ ปจ.สน.** has no posting findings: district chiefs' acknowledgements and short reports there are near misses. The coordinating deputy invited by his chief and the retired official still in the group are SKN-3 (with SKN-ALL for the invite only).
15. **The retired official** is not admitted anywhere; he appears in ข้อสั่งการ ปจ.สน. (SKN-3) and ผู้บริหารจังหวัด และนายอำเภอ (SKN-4), one row per group.
16. **The renamed chief** keeps being the same person: both names are in his roster row, and his LINE id is on most of his messages.
17. **Export format gaps.** The English PC export's wording for invites and its file placeholder are not documented; I followed the page's desktop pattern for the system lines and sent no files in the export.
"""


def write(path, st):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    ids = [m.id for c in chats for m in c.msgs if m.id]
    out = [INTRO.replace("{log_end}", log_end.strftime("%Y-%m-%d %H:%M:%S"))]
    out.append(ROSTER.format(n=len(PEOPLE), n_line=sum(1 for p in PEOPLE.values() if p.line),
                             n_mail=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = sum(len(c.msgs) for c in chats)
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    vol = len(chats[0].msgs)
    out.append(f"ศอ.จอส.จว.สน. carries {vol} messages ({100 * vol / total:.1f}%).\n")
    out.append(EXPORT.replace("{last_id}", max(ids)[2:]))

    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    by_order = defaultdict(list)
    for row in ledger:
        by_order[row[6]].append(row)
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        m = o["msg"]
        out.append(f"### {ok} — {m.id} (line {m.line}), {m.t.strftime('%a %d %b %H:%M')}, {m.name} ({len(o['districts'])} districts): {o['topic']}\n")
        out.append(f"Deadline {o['deadline'].isoformat()}. {DEADLINES[ok]}\n")
        for stt in ("on-time", "late", "missing", "not-due"):
            rows = [r for r in by_order[ok] if r[2] == stt]
            if not rows:
                continue
            items = ", ".join(r[1] + (f" ({r[3]})" if r[3] else "") for r in rows)
            out.append(f"- **{stt}** ({len(rows)}): {items}")
        out.append("")
    sc = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties — on-time {sc['on-time']}, late {sc['late']}, missing {sc['missing']}, not-due {sc['not-due']}.\n")
    out.append("Orders that create **no duty**: reminders (ย้ำ, เร่งรัด, อำเภอที่ยังไม่ได้รายงาน, ตามกำหนด, replies to an order), the information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน), the health warning (เพื่อทราบ), the Monday-morning call to be ready, and the two orders by district people (SKN-5P below).\n")

    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |")
    out.append("|---|---|")
    rc = Counter(r[2] for r in truth)
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append(f"| total | {len(truth)} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, f, m, who, stt, note in rows:
            out.append(f"- {rule} — line {ln}" + (f" {m.id}" if m.id else "") + f" — {who}" + (f" **{stt}**" if stt else "") + f": {note}")
        out.append("")

    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is something a careless reading might flag, or count as an answer, but which is not a finding (or not an answer) under the rules page.\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, f, m, why in rows:
            out.append(f"- line {ln}" + (f" {m.id}" if m.id else "") + f": {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
