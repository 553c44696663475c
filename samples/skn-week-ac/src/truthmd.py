# Writes TRUTH.md: the hand-written account below, with lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in week_sor.py (run gen.py first).
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
SOR = "volunteer-centre.jsonl"
EXP = "[LINE]ข้อสั่งการ ปค.สน..txt"
GN = S["groups"]
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
out = []
w = out.append


def cite(fn, line, mid):
    return f"line {line}" + (f" {mid}" if mid else "")


w("# Week AC (29 September – 3 October 2025): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, judged against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by "
  "`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; "
  "the auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE for PC export with the Thai UI "
  f"(`{EXP}`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the scripts the chats "
  "were laid out with: every message text and every truth note in them is written by hand next to its message; the scripts "
  "only sort, number lines and ids, and tabulate the ledger (and assert that the tabulated state of every duty is the state "
  "written by hand in `week_sor.py`). Rebuild with `python3 src/gen.py && python3 src/truthmd.py`, then run `python3 check.py`.\n")

w("## The week\n")
w("- Monday 29 September – Friday 3 October 2025 (๒๙ ก.ย. – ๓ ต.ค. ๒๕๖๘) are all working days: no Thai public holiday falls in "
  "the week (the nearest are Monday 13 October, วันนวมินทรมหาราช, and Thursday 23 October, วันปิยมหาราช). Saturday 4 and Sunday "
  "5 October are the weekend; Monday 6 October is a working day. วันออกพรรษา falls on Tuesday 7 October 2025; it is a religious "
  "day but not a public holiday, so it moves no deadline.\n"
  "- Tuesday 30 September is the last day of fiscal year 2568 and the retirement day (เกษียณอายุราชการ); fiscal year 2569 "
  "begins on Wednesday 1 October. The week's traffic: the Songkhram flood (อากาศอำนวย, วานรนิวาส, คำตากล้า, บ้านม่วง), the Nam "
  "Un flood and the Nam Un dam's larger releases (พรรณานิคม, กุสุมาลย์, นิคมน้ำอูน), year-end disbursement, retirement farewells, "
  "the new fiscal year, and preparations for ออกพรรษา, ตักบาตรเทโว, the wax-castle procession (แห่ปราสาทผึ้ง), the lit-boat "
  "procession on หนองหาร and long-boat races.\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** (Friday 3 October, "
  f"the last message of `{SOR}`, {S['ids'][1]}; every other file ends earlier that day).\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional, new names): the governor, {rc['vice_governor']} vice governors, the "
  f"provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office "
  "(provincial_admin_staff), 2 province-level volunteer officers (volunteer_center_staff, no district), "
  f"{rc['agency_head']} agency heads, 4 deputies/clerks of agency heads (role `staff`), one retired former district chief, and "
  "for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with 7 more deputies "
  "(deputy_district_chief) in เมืองสกลนคร, พรรณานิคม, วานรนิวาส (2), อากาศอำนวย, สว่างแดนดิน and โคกศรีสุพรรณ.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดจิรพงษ์ กุดบาก and ปลัดคมสันต์ โพนนาแก้ว; "
  "these two districts have no separate volunteer officer.\n"
  "- The display name **ปลัดบอย** belongs to two people (a deputy_district_chief of วานรนิวาส and the coordinating deputy of "
  "ส่องดาว, whose second display name is สุรพงษ์ ส่องดาว): ambiguous, never judged. Neither has a LINE user id, so the name is "
  "never resolved; ปลัดบอย posts only acknowledgements.\n"
  "- About half the people have a LINE user id (`U` + 32 hex); some have an e-mail. JSONL messages of people with an id carry "
  "`senderId` on about two messages in three (always on the posts under a name that is not on the roster, see below).\n"
  "- Names in the chats: titles and emoji are part of some roster display names (`ว่าที่ร.ต.อนันต์ จิตอาสา นิคมน้ำอูน`, "
  "`มณีรัตน์ นอภ.พังโคน 🌻`, `รองผวจ.อัจฉรา 🌷`, `งานอำนวยการ ปค.จ.สน. ✉️`). In the export the district chief of "
  "โคกศรีสุพรรณ appears once wrapped in invisible U+2068/U+2069 (`⁨ไพบูลย์ นอภ.โคกศรีสุพรรณ⁩`). In ศอ.จอส.จว.สน. the "
  "district chief of กุสุมาลย์ posts on Thursday as `Pong Kusuman 🏍`, a name that is not on the roster; those messages carry "
  "his LINE user id, which settles who he is. In นักปกครองสกลนคร the coordinating deputy of เต่างอย renames himself "
  "(`ปลัดเกรียง เต่างอย` → `เกรียงศักดิ์ 🐘 เต่างอย`, rename notice Wednesday 08:10) and posts under the new name afterwards; "
  "he keeps his old name in ศอ.จอส.จว.สน.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn, n in S["counts"].items():
    w(f"| `{fn}` | {GN[fn]} | {n} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / total:.1f}%). JSONL ids run "
  f"`{S['ids'][0]}`…`{S['ids'][1]}` across the five JSONL files, numbered in time order over all of them (so each file's ids "
  "ascend but skip). The export has no ids: its truth rows and near misses are cited by the file's line number (the first "
  "line of a multi-line message), with an empty `message` column. In `ledger.csv` the `order` and `answer` columns hold JSONL "
  "message ids (every duty is in ศอ.จอส.จว.สน., a JSONL file); a post of several messages is cited by its first message.\n")
w("JSONL shape: as week AB's files — `id, group, time (ISO, +07:00), sender, senderId?, type, text?, replyTo?, attachment?`; "
  "`type` is text, image, video, file, sticker or `system` with `event` join / leave / invite / remove / unsend / rename and, "
  "for invite, remove and rename, `target` (the invitee, the removed member, the new display name).\n")
w(f"Export conventions (`formats-line.md` §1, desktop \"Save chat\", Thai UI): no header and no BOM; the file name "
  f"`{EXP}` is the PC client's `[LINE]<chat name>.txt`; date lines `2025.09.29 วันจันทร์` (Gregorian year, full Thai "
  "weekday), no blank lines between days; messages `HH:MM sender text` with single spaces (sender names contain spaces, so a "
  "parser needs the list of names); multi-line messages continue on raw lines (no quoting); placeholders `รูป`, `สติกเกอร์`, "
  "`วิดีโอ`. System lines follow the one real desktop shape (`THANANTHAM154 THANANTHAM154 ออกจากกลุ่ม`: the actor in the "
  "sender place, then the whole sentence): `HH:MM X X เข้าร่วมกลุ่ม` (join by link/QR), `HH:MM A A เพิ่ม B เข้ากลุ่ม` "
  "(invite, Thai wording of the mobile fixture), `HH:MM A A ลบ B ออกจากกลุ่ม` (remove). No placeholder for a file is "
  "documented for the Thai PC export, so in this group the office sends its letters as photos; replies are not shown in "
  "exports.\n")

# ---------------- orders -----------------
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule (as week AB): a deadline written as a clock time is that minute (an answer in that minute or before is on "
  "time); a deadline written as a date, or as ภายในวันนี้, runs to the end of that day (`23:59:59`); \"ภายใน ๒๔ ชั่วโมง\" is "
  "24 hours from the order's minute; \"ภายใน N วัน\" counts from the day after the order and a last day on a weekend or "
  "holiday moves to the next working day. The answer is the first report by any person of the district (chief, deputy, "
  "coordinating deputy, district volunteer officer) that carries what the order asks for: a text, a file, or photos alone "
  "when the order asks for photos. Several orders are open at once, so each answer was matched to its order by its content; "
  "acknowledgements and promises (รับทราบ, จะรีบส่ง) are not reports.\n")
by_order = defaultdict(list)
for r in ledger:
    by_order[r["order"]].append(r)
for key, o in S["orders"].items():
    rows = by_order[o["id"]]
    nd = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {key} — {o['id']} (line {o['line']}), {o['time'][8:10]} {'Sep' if o['time'][5:7] == '09' else 'Oct'} "
      f"{o['time'][11:16]}, {o['sender']} ({nd})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        rs = [r for r in rows if r["state"] == st]
        if not rs:
            continue
        if st in ("missing", "not-due"):
            w(f"- **{st}** ({len(rs)}): " + ", ".join(r["district"] for r in rs))
        else:
            w(f"- **{st}** ({len(rs)}): " + ", ".join(f"{r['district']} ({r['answer']}" + (f", {r['note']}" if r["note"] else "") + ")" for r in rs))
    w("")
lc = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, "
  f"not-due {lc['not-due']}.\n")
w("Posts of the provincial centre that create **no duty**: the information-only posts (30 Sep 08:20 แจ้งเพื่อทราบ … "
  "ยังไม่ต้องรายงาน; 2 Oct 18:30 เพื่อทราบ … อำเภอไม่ต้องรายงาน); the reminders (30 Sep 08:05 ย้ำ, a reply to O2; 1 Oct "
  "16:00 อำเภอที่ยังไม่ได้รายงาน for O1; 2 Oct 08:00 เตือนความจำ for O5; 2 Oct 17:10 the palad's reply to นิคมน้ำอูน's photos "
  "for O7; 3 Oct 13:30 เร่งรัด, a reply to O8; 3 Oct 15:05 ครบกำหนดแล้ว … ยังขาด; 3 Oct 15:30 ตามกำหนดเวลา and 16:35 ยังขาด, "
  "replies to O3; 3 Oct 20:40 the closing note); the centre's answers to questions; and its notes telling districts not to "
  "send something (ไม่ต้องส่งซ้ำ, 30 Sep 20:10 and 1 Oct 10:52). A reminder neither creates a duty nor moves a deadline, "
  "also when it comes after the deadline. Orders to all districts by others (a district chief, a district volunteer officer, "
  "the provincial PR head) are SKN-5P findings and create no SKN-5O duty.\n")

# ---------------- findings -----------------
w("## Findings (`truth.csv`)\n")
rcn = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rcn):
    w(f"| {k} | {rcn[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rcn['SKN-5O']} posting/membership, {rcn['SKN-5O']} SKN-5O) |\n")
order_files = list(S["counts"].keys())
for fn in order_files:
    rs = [r for r in truth if r["file"] == fn]
    if not rs:
        continue
    w(f"\n### {GN[fn]} (`{fn}`)\n")
    for r in rs:
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — {cite(fn, r['line'], r['message'])} — {r['who']}{st}: {r['note']}")
w("")
w("Invitations of roster people not admitted to the group give three rows each at the invite line: the group's "
  "membership rule for the invitee and SKN-ALL for invitee and inviter (ศอ: สุรเดช ปภ.สน. by วุฒิชัย จอส.อากาศอำนวย; "
  "ปค: ปลัดเจษฎา สว่างแดนดิน by ปลัดชัยณรงค์ สว่างฯ; ปจ: ปิยะ ปลัดประสานงาน วาริชฯ by ณรงค์ฤทธิ์ นอภ.วาริชฯ; "
  "หน.ส่วนราชการ: เพ็ญศรี วธจ.สน. by วัฒนธรรมจังหวัด ศักดิ์ดา; นักปกครอง: ปลัดทองสุข พรรณานิคม by นอภ.พรรณานิคม เอนก). "
  "People not on the roster give one OUTSIDER row at their first appearance and no SKN-ALL: ร้านเสื้อจิตอาสา by ต่าย "
  "(joined ศอ by link/QR), ลุงคำผาย อสม.บ้านดอนแดง (posts in ศอ, no join notice), พลอย ประกันภัยรถยนต์ (joined ปค by link), "
  "ต้น ข่าวสกลนครทีวี (added to ผู้บริหารจังหวัด by นอภ.อากาศอำนวย), เฮียหมง วัสดุก่อสร้าง (joined หน.ส่วนราชการ by link), "
  "ฝ้าย ธุรการ อ.เต่างอย (added to นักปกครองสกลนคร by the renamed coordinating deputy of เต่างอย). Later posts by a person "
  "already found in a group give no second membership row; in ข้อสั่งการ ปค.สน. each of their posts is still SKN-2P.\n")

# ---------------- near misses -----------------
w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless tool might flag (or might count as an answer) but which is not a finding, or not the finding "
  "it looks like.\n")
for fn in order_files:
    rs = [r for r in near if r["file"] == fn]
    if not rs:
        continue
    w(f"\n### {GN[fn]} ({len(rs)})\n")
    for r in rs:
        w(f"- {cite(fn, r['line'], r['message'])}: {r['why']}")
w("")

# ---------------- decisions -----------------
w("## Decisions where the rules left room\n")
for para in [
    "**Working days.** No public holiday falls between 29 September and 3 October 2025; ออกพรรษา (7 October) is not a public "
    "holiday. Only O6 (ภายใน ๓ วัน) reaches past the week: counted from the day after the order its last day is Sunday 5 "
    "October, counted from the order's own day Saturday 4 October; both fall on the weekend and move to Monday 6 October, so "
    "the choice of convention does not matter here.",
    "**Spoken and relative deadlines.** \"ภายในเที่ยงวันพรุ่งนี้ (๒ ต.ค.)\" (O4) is 12:00 the next day; \"ภายในวันนี้\" (O7) runs to "
    "the end of the day; a clock deadline includes its minute (answers one minute before are planted, none at the exact "
    "minute).",
    "**Matching answers to orders.** When a district has several open orders, a report answers the order whose content it "
    "carries. กุสุมาลย์'s coordinating deputy sent the O1 plan on Tuesday 11:20, inside O2's window; it does not answer O2 "
    "(help given, with photos), which กุสุมาลย์ never answered in ศอ.จอส.จว.สน. (missing).",
    "**A report in the wrong group.** The district chief of กุสุมาลย์ posted his O2-type flood report with photos in "
    "นักปกครองสกลนคร (Tuesday 10:00). SKN-5O asks for the report \"in this group\", so it does not count; in "
    "นักปกครองสกลนคร it is an allowed district report (near miss).",
    "**Photos alone** count only after an order that asks for photos (O2, O4). O1 says \"ยังไม่ต้องส่งภาพ\", O3, O5, O6, O7 and "
    "O8 ask for figures, plans or names: the photos of เต่างอย (Tuesday, during O1), อากาศอำนวย (Thursday 07:30, during O3) and "
    "นิคมน้ำอูน (Thursday 17:00 with a video, during O7) answer nothing; เต่างอย and นิคมน้ำอูน sent their text late.",
    "**Photos first, caption later across the deadline.** สว่างแดนดิน sent its O4 photos at 11:59 and the caption at 12:02; the "
    "post's first message is the answer, on time.",
    "**A figure, then a correction.** พรรณานิคม's O5 figure at 07:50 and its correction at 08:05 are one report, answered at 07:50.",
    "**Acknowledgements and promises** (รับทราบค่ะ, จะรีบส่งค่ะ, ขออนุญาตส่งพรุ่งนี้เช้า) are not reports.",
    "**Identity.** A display name that is not on the roster but comes with a roster LINE user id is that person "
    "(`Pong Kusuman 🏍` = the district chief of กุสุมาลย์; his O7 report counts and his O5 report is late). A rename notice "
    "carries the old identity to the new name. Names wrapped in invisible bidi characters are matched after removing them. "
    "The shared name ปลัดบอย is never judged (no SKN-2P for his acknowledgement in ข้อสั่งการ ปค.สน.).",
    "**Sending accounts of the provincial office** (provincial_admin_staff) are members only of ข้อสั่งการ ปค.สน. by the rules "
    "page; relaying the palad in ข้อสั่งการ ปจ.สน. (SKN-3) or posting the meeting agenda in ผู้บริหารจังหวัด และนายอำเภอ (SKN-4) "
    "is a membership finding even though the content is harmless.",
    "**The palad in หน.ส่วนราชการ-นอภ.สน.** The rules page lists governor, vice governors, agency heads and district chiefs; "
    "whether the palad counts as an agency head is not settled, so no palad post was planted there.",
    "**Agency heads and vice governors outside their groups.** The irrigation head's water information in ผู้บริหารจังหวัด "
    "และนายอำเภอ is SKN-4 (membership) but not SKN-4P (information, not an order; his second post gives no second row). A vice "
    "governor's thanks in ศอ.จอส.จว.สน. is SKN-5 only (not an order, not a report). The provincial PR head's request to all "
    "districts with a daily deadline is SKN-5 and SKN-5P.",
    "**Orders in ผู้บริหารจังหวัด และนายอำเภอ.** The palad's instruction to all district chiefs (Monday 15:30) and the host "
    "district chief's instruction to all districts about the boat procession (Wednesday 09:00) are SKN-4P; the vice governor's "
    "reply backing the latter is his own order (allowed) and does not cure the chief's post. The palad's summaries to the "
    "governor, district chiefs' incident reports, replies and a district's award told to the governor are allowed.",
    "**Reports in หน.ส่วนราชการ-นอภ.สน.** Reports with results and an agency's own achievements are SKN-6P; invitations, public "
    "warnings, requests to district chiefs, questions, service notices, forwarded notices, condolences, congratulations and "
    "event photos with thanks are not. A deputy or a coordinating deputy posting in place of the head or chief is SKN-6.",
    "**The outsider's plea in ศอ.จอส.จว.สน.** ลุงคำผาย asks for help; it is neither an order nor a report, so OUTSIDER only.",
    "**Unsend.** An unsend notice in หน.ส่วนราชการ-นอภ.สน. (an eligible head) shows no content and gives no finding; no unsend "
    "was planted in ข้อสั่งการ ปค.สน., where it would raise the question whether an unsent message is a post.",
    "**One post, one posting finding.** A text with its photos, or several photos sent together, is one post; a posting "
    "finding cites its first message.",
    "**Invite lines.** An invite is a system notice, not a post; the inviter in ข้อสั่งการ ปค.สน. gets SKN-ALL but no SKN-2P "
    "for inviting. An eligible invite (a new deputy of อากาศอำนวย into ศอ.จอส.จว.สน.) and an eligible join by link (the "
    "coordinating deputy of อากาศอำนวย into ข้อสั่งการ ปค.สน.) are near misses.",
    "**Export format gaps.** The Thai PC export's wording for joins, invites and removals and its file placeholder are not "
    "documented; I used the real leave line's shape for the system lines and avoided files in the export (see above).",
]:
    w("- " + para)
w("")
open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "lines")
