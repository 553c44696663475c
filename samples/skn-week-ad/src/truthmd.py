# Writes TRUTH.md: the hand-written account below, with the lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in week_sor.py (run gen.py first).
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
FILES = list(S["counts"])
GN = S["groups"]
SOR = "volunteer-centre.txt"
out = []
w = out.append
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
END = S["end"][:16].replace("T", " ")

w("# Week AD (19–23 January 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, judged against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as "
  "`samples/letter-rules-sakon-nakhon.md` reads it. Everything below was worked out by hand from the letter and that "
  "page; the auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE **iPhone export with the "
  "English UI** (`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds "
  "the scripts the chats were laid out with: every message and every truth note in them is written by hand; the scripts only "
  "sort, number ids and lines, write the files and tabulate the ledger (and stop if a tabulated state differs from the state "
  "written by hand).\n")

w("## The week\n")
w("- Monday 19 – Friday 23 January 2026 (๑๙–๒๓ ม.ค. ๒๕๖๙) are five working days. No public holiday falls in or next to the week "
  "(New Year is over; Teachers' Day, 16 Jan, and Children's Day, 10 Jan, are past and are not holidays for offices). Saturday 24 "
  "and Sunday 25 are the weekend; Monday 26 is a working day.\n"
  "- Topics: the cold season (ภูพาน at 6–7 °C, the province's winter blankets handed out by the district volunteer centres), "
  "PM2.5 in the orange band, hot spots and field burning during the sugar-cane harvest (burnt-cane deductions, cane lorries at "
  "night), a forest fire at ภูผักหวาน on Thursday, the last of the New Year road-safety summaries, a clean-up of the provincial "
  "stadium on Thursday morning and the officials' sports day (กีฬาสีราชการ) there on Friday afternoon. Two birthdays (a vice "
  "governor on Wednesday, the palad on Thursday) and a death in a district chief's family (คำตากล้า) give the courtesy traffic.\n"
  f"- Missing answers are judged at the last message of the whole log: **{END}** (Friday 23 Jan, the last line of "
  "`volunteer-centre.txt`; every JSONL file ends earlier that day).\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional, new names): the governor, {rc['vice_governor']} vice governors, the "
  f"provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office, 2 province-level "
  f"volunteer officers (no district), {rc['agency_head']} agency heads, {rc['staff']} staff of agencies (a deputy head, two clerks, "
  "a health officer), one retired former district chief (he does not appear in this week's chats), and for each of the 18 "
  "districts a district chief, a coordinating deputy and a district volunteer officer, with one or two more deputies in "
  "เมืองสกลนคร, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดเก่ง กุดบาก and ปลัดวุธ เจริญศิลป์ (จอส.); they "
  "are their districts' volunteer officers too.\n"
  "- The display name **ปลัดเบียร์** belongs to two people (the coordinating deputy of กุสุมาลย์ and a deputy of วานรนิวาส, "
  "neither with a LINE id): ambiguous, never judged. ปลัดเบียร์'s posts answer no duty.\n"
  "- Some people have a LINE user id (`U` + 32 hex), some an e-mail, some both or neither; none is shared. JSONL messages of "
  "people with an id carry `senderId` on about two messages in three.\n"
  "- Name variants: `นายสมหวัง ทิพย์โพธิ์` in the export (title added; roster `สมหวัง ทิพย์โพธิ์`); `นอภ.ส่องดาว มณีรัตน์` wrapped in "
  "U+2068/U+2069 in the export; many names carry emoji (🏞️ 🌳 💛 📩 🌼 ⚽ 📰 🌸). The chief of ภูพาน renames himself to "
  "`สุพจน์ ภูพาน ⛰️` in ผู้บริหารจังหวัด และนายอำเภอ (rename notice Tuesday 12:00) and posts there under that name afterwards; he "
  "posts in no other group after the rename, so no file shows the new name without its notice.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn in FILES:
    w(f"| `{fn}` | {GN[fn]} | {S['counts'][fn]} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({S['counts'][SOR] / total:.1%}). JSONL ids run `{S['ids'][0]}`…`{S['ids'][1]}` "
  "across the five JSONL files (file by file in the order above); the export has no ids, so its truth rows, near misses and "
  "ledger places are cited by the file's line number (the first line of a multi-line message). In `ledger.csv` the `order` and "
  "`answer` columns are line numbers of `volunteer-centre.txt`.\n")
w("Export conventions (formats-line.md §1, mobile family, English UI, Thai region with the Buddhist calendar; the iPhone is "
  "chosen as the device, which changes none of the documented strings): UTF-8 BOM; line 1 `Chat history in \"ศอ.จอส.จว.สน.\"` "
  "(the verbatim real English group header of §1.10 A); line 2 `Saved on: 23/01/2569 BE, 22:06`; a blank line before each date "
  "line `Mon, 19/01/2569 BE` (`Ddd, DD/MM/YYYY BE`, as the real Thai-region file of §1.3); messages `HH:MM⇥name⇥text`; multi-line "
  "messages wrapped in double quotes with inner quotes doubled (newer exports, §1.5); placeholders `[Photo]`, `[Sticker]`, "
  "`[File]`; system lines in the 3-column shape with an empty sender (`HH:MM⇥⇥…`): `X joined the group.`, `A invited B.`, "
  "`A removed B from the group.`, `X left the group.`, `X unsent a message.` Replies are not shown in exports, so no ศอ report "
  "is marked as a reply; `replyTo` appears in the JSONL groups. JSONL system events follow week AB's files: `type` `system` with "
  "`event` join / invite / remove / leave / unsend / rename and `target` for the invitee, the removed person or the new name.\n")

# ---------------- orders ----------------
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rules used (all by hand): a clock time is that minute, and an answer at or before it is on time; a date (and 'tonight') runs to the end of that day, written `23:59:59`; spoken times are read as below in each order; no deadline "
  "means 24 hours from the order's minute. The answer is the first post by any person of the district (chief, deputy, "
  "coordinating deputy, district volunteer officer) in ศอ.จอส.จว.สน. that carries the result asked for: a text report, a file, "
  "or photos sent alone after an order that asks for photos; a post of photos-then-caption or text-then-photos is cited at its "
  "first message. Acknowledgements, stickers, promises to report, posts in another group and reminders are not answers. "
  "Several orders are open at once; each answer was matched to its order by what it carries (blanket figures, campaign points, "
  "activity figures, forest-fire data, names of volunteers, the monthly form, photos of a hand-over).\n")
by_order = defaultdict(list)
for r in ledger:
    by_order[r["order"]].append(r)
DN = {"ALL": "all 18 districts"}
for key, o in S["orders"].items():
    n = len(by_order[str(o["line"])])
    who = ("all 18 districts" if o["districts"] == "ALL" else f"{n} districts named in it" if n > 1
           else "one district, through one person")
    w(f"### {key} — line {o['line']}, {o['time'][8:10]} Jan {o['time'][11:16]}, {o['sender']} ({who})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    st = defaultdict(list)
    for r in by_order[str(o["line"])]:
        st[r["state"]].append(r)
    for s in ("on-time", "late", "missing", "not-due"):
        if st[s]:
            items = ", ".join(f"{r['district']}" + (f" (l.{r['answer']})" if r["answer"] else "") for r in st[s])
            w(f"- **{s}** ({len(st[s])}): {items}")
    w("")
lt = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties in {len(S['orders'])} orders — on-time {lt['on-time']}, late {lt['late']}, "
  f"missing {lt['missing']}, not-due {lt['not-due']}.\n")
w("Posts in ศอ.จอส.จว.สน. that create **no duty**: the information-only posts at lines "
  + ", ".join(r["line"] for r in near if r["file"] == SOR and ("information-only" in r["why"]))
  + " (แจ้งเพื่อทราบ … ไม่ต้องรายงาน); the reminders at lines "
  + ", ".join(r["line"] for r in near if r["file"] == SOR and r["why"].startswith("reminder"))
  + " (ย้ำ, เร่งรัด, ตามกำหนดเวลา, อำเภอที่ยังไม่ได้รายงาน, and reminders by name; none moves a deadline); and the two orders by "
  "people outside the provincial centre (SKN-5P below). The label O3 is kept for the Monday information-only post; the "
  "Thursday 15:00 one has no label.\n")

# ---------------- findings ----------------
w("## Findings (`truth.csv`)\n")
rules = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rules):
    w(f"| {k} | {rules[k]} |")
n5 = rules["SKN-5O"]
w(f"| total | {len(truth)} ({len(truth) - n5} posting/membership, {n5} SKN-5O) |\n")
for fn in FILES:
    rs = [r for r in truth if r["file"] == fn]
    if not rs:
        continue
    w(f"\n### {GN[fn]} (`{fn}`)\n")
    for r in rs:
        place = f"line {r['line']}" + (f" {r['message']}" if r["message"] else "")
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — {place} — {r['who']}{st}: {r['note']}")
w("")
w("Invitations of roster people not admitted to the group give three rows each at the invite line: the group's membership "
  "rule for the invitee and SKN-ALL for invitee and inviter (ปค: ลำดวน จอส.โพนนาแก้ว by ปลัดชิต โพนนาแก้ว; ปจ: ปลัดปิยะ อากาศฯ by "
  "นอภ.อากาศอำนวย สมคิด; ผู้บริหาร: ปลัดกฤษ บ้านม่วง by ศุภชัย นอภ.บ้านม่วง; หน.ส่วนราชการ: บุญยืน ทสจ. by ทสจ.สน. วรเชษฐ์ 🌳; "
  "นักปกครอง: ปลัดเจมส์ สว่างแดนดิน by นอภ.สว่างแดนดิน ชยพล; ศอ: นันทิยา สสจ.สน. (งานฝุ่น) by กัลยา จอส.จว.สน. 💛). A roster "
  "person who joins by link (ทสจ.สน. วรเชษฐ์ 🌳 in ศอ) or is first seen by a post (จิ๋ว กก.สน. in หน.ส่วนราชการ; นพ.ปกรณ์ สสจ.สน. in "
  "ผู้บริหาร; ทองสุข จอส.ส่องดาว in นักปกครอง; ธุรการ ปค.สน. (พี่ไพ) in ปจ; ปลัดแนน พรรณานิคม in ปค) gives the membership row only. "
  "Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL: Ton ประกันรถ 🚗 (joined ปค by link), นุ่น ข่าวสกลฯ "
  "(added to ผู้บริหาร by a vice governor), PR น้ำตาลสกลทอง (joined หน.ส่วนราชการ by QR), ผ้าครามแม่ปุ๋ย บ้านนาโดน (posts in "
  "นักปกครอง with no join notice), N95 ราคาส่ง ส่งฟรีทั่วสกล (joined ศอ by link and posted an ad). Later posts by a person already "
  "found in a group give no second membership row; in ข้อสั่งการ ปค.สน. their posts still give SKN-2P.\n")

# ---------------- near misses ----------------
w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless tool might flag (or count as an answer) but which is not a finding under the rules page. "
  "Lines that carry a finding are not listed here again.\n")
for fn in FILES:
    rs = [r for r in near if r["file"] == fn]
    w(f"\n### {GN[fn]} ({len(rs)})\n")
    for r in rs:
        w(f"- line {r['line']}" + (f" {r['message']}" if r["message"] else "") + f": {r['why']}")
w("")

# ---------------- decisions ----------------
w("## Decisions where the rules left room\n")
w("""- **Spoken deadlines.** The rules page says only "by the deadline in its text". I read: บ่ายสามโมง = 15:00; สองทุ่ม = 20:00;
  ก่อนเที่ยง = 12:00; ก่อนเลิกงาน = 16:30 (official hours end 16:30); พรุ่งนี้เช้าเก้าโมง / พรุ่งนี้เช้าแปดโมง = 09:00 / 08:00 the next
  day; ก่อนประชุมบ่ายนี้ = the meeting time the same order gives (บ่ายโมงครึ่ง = 13:30); คืนนี้ = the end of that day; ตอนเย็น = 18:00.
  The two vague ones were planted so the reading does not matter: no answer to O2 (ตอนเย็น) falls between 16:30 and 19:00,
  none to O5 (ก่อนเลิกงาน) between 16:30 and 17:00, and O6's (คืนนี้) on-time answers came before 21:00 and its late one the next
  morning.
- **ภายในสัปดาห์นี้ (O9).** The order says "ภายในสัปดาห์นี้ (ไม่เกินวันศุกร์ที่ ๒๓ ม.ค. ๒๕๖๙)". Taken alone, "this week" would be
  open at the log's end (Friday 21:48): the end of Friday, of the weekend, or Friday 16:30. The date in the same text settles
  it as a date deadline: the end of Friday 23 Jan (23:59:59), after the log ends, so the seven districts without an answer are
  **not-due**. Every O9 answer came before 16:30 Friday, so the answered districts are on time under any of those readings.
  The centre's reminder at Friday 15:00 ("ส่งภายในวันนี้") fits; a reminder moves no deadline either way.
- **Orders through a person.** "ฝากนายอำเภอX" addresses district X; "ฝากปลัดตี๋ โคกศรีฯ" and "ฝากปลัดราช" address the district the
  roster gives that person (โคกศรีสุพรรณ, ภูพาน). O13 names no district at all; only the roster ties ปลัดราช to ภูพาน. Any person
  of the addressed district may answer (O5 was given through the chief of เมืองสกลนคร and answered by its volunteer officer).
- **Orders naming districts.** Districts joined by กับ / และ / commas, in the salutation (O2, O10), after a description (O6), in a
  list (O12) or in the first words (O11) are the districts addressed; every other district has no duty under that order.
- **Answers told apart by content.** Where two orders were open for a district, the answer goes to the order whose data it
  carries (e.g. คำตากล้า's campaign report at 20:40 on Tuesday answers O6 while its O4 blanket figures come on Wednesday;
  อากาศอำนวย's burning report answers O7, never O4). Photos alone were planted only where a single photo-asking order was open
  for that district; photos sent when no open order asked for photos (the clean-up, the sports day) answer nothing.
- **Wrong group first.** บ้านม่วง's blanket report posted in ข้อสั่งการ ปค.สน. (an SKN-2P finding there) and วาริชภูมิ's posted
  in นักปกครองสกลนคร (allowed there) do not answer O4; the re-sent posts in ศอ.จอส.จว.สน. do: บ้านม่วง's in time, วาริชภูมิ's late.
  โพนนาแก้ว's Monday hot-spot report in นักปกครองสกลนคร likewise does not answer O2.
- **Reports in pieces.** The first piece that carries a result is the answer (นิคมน้ำอูน's two-part O1 report; corrected figures
  of พังโคน O1, กุสุมาลย์ O4, กุดบาก O10). A promise to report (อากาศอำนวย, O1, 14:50) is not a piece.
- **Orders by people outside the centre** (an agency head who joined by link; the chief of สว่างแดนดิน) are SKN-5P findings and
  create no duty; a report by agency staff is SKN-5P. Thanks or chat using ขอ… are neither orders nor reports.
- **The centre's own reminders by name** ("ปลัดนิด คำตากล้า ครับ…", "ท่านนอภ.สว่างแดนดิน คะ…") are reminders: no new duty, no new
  deadline.
- **SKN-2P.** Every post in ข้อสั่งการ ปค.สน. by anyone but the office (its sending accounts and the palad) is a finding: stickers,
  🙏, acknowledgements, questions, condolences, thanks, a birthday wish, a report, a greeting. A text with its photos is one post,
  cited at its first message. The office's own answers to questions and its notices are allowed. Invite lines are system notices,
  not posts (the inviter gets SKN-ALL, not SKN-2P). ปลัดเบียร์ is never judged.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: acknowledgements, birthday wishes and short reports by district chiefs are near
  misses. The office's clerk posting a file for the palad is SKN-3 (she is provincial_admin_staff, not admitted there).
- **SKN-4P.** The palad's instruction to all district chiefs and a district chief's instruction to all districts are orders from
  someone other than the governor or a vice governor. The governor asking one chief to remove a member, incident notices,
  reports to the governor and courtesy with ขอให้ are not.
- **SKN-6P.** A transport office's New-Year inspection figures, an agriculture office's weekly results, a district's blanket
  report and an agency's award are reports or results; invitations, public warnings, forwarded news, notices of rules
  (แจ้งเพื่อทราบ), readiness replies ("พร้อมสนับสนุน") and congratulations are not.
- **The province-level volunteer officer as inviter.** She belongs to the centre, but inviting agency staff into ศอ.จอส.จว.สน. is
  still an invitation of a roster person not admitted: SKN-5 for the invitee and SKN-ALL for both.
- **Rename.** The only rename notice is in ผู้บริหารจังหวัด และนายอำเภอ; the renamed chief posts nowhere else after it.
- **Unsent message.** The export's `ปลัดเอก เต่างอย unsent a message.` stands for a message no longer there; the report four
  minutes before it stays and answers O4 for เต่างอย.
- **Duplicated near misses.** A line that carries a finding (an order cited for a missing answer, a late answer) is listed only
  in `truth.csv`.
""")

open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "blocks")
