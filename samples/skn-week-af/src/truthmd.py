# Writes TRUTH.md: the hand-written account below, with the lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes written in g_sor.py (run gen.py first).
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl", "volunteer-centre.txt"]
GN = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
      "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
      "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "volunteer-centre.txt": "ศอ.จอส.จว.สน."}
out = []
w = out.append
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
SOR = "volunteer-centre.txt"

w("# Week AF (17–21 November 2025): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as "
  "read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter "
  "and that page; the auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE export "
  "(`volunteer-centre.txt`, LINE for Android with the English UI), and `truth.csv`, `ledger.csv`, `near-misses.csv`. "
  "`check.py` checks them. `src/` holds the scripts the chats were laid out with: every message, every order's "
  "deadline reading and every truth / near-miss note in `src/g_*.py` is written by hand; `frame.py` and `gen.py` "
  "(adapted from week AB's) only sort, number lines and ids, give seconds, write the files and tabulate the ledger.\n")

w("## The week\n")
w("- Monday 17 – Friday 21 November 2025 (๑๗–๒๑ พ.ย. ๒๕๖๘) are all working days; Saturday 22 and Sunday 23 are the "
  "weekend and Monday 24 is a working day. There is no public holiday in or next to the week (the next one is "
  "5 December).\n"
  "- Topics: the end of the rainy season and the rice harvest (volunteers helping farmers, rice prices, scales at "
  "buying points, the farmers' debt moratorium and the agricultural bank's loans); Loy Krathong was on Wednesday "
  "5 November, so the centre is still collecting its summaries (O1); road repairs after the October floods (O2); "
  "hyacinth clearing in หนองหาร (O4); the province's winter-relief plan starting (donation points O5, highland "
  "districts O6, coordinators for the royal blankets O8, the convoy on Monday 24); the Ministry of Interior's video "
  "conference (VCS) on Wednesday 19 November at 09.30, after which the palad relays the minister's points (O5).\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** "
  "(Friday 21 Nov, the last line of `volunteer-centre.txt`; every JSONL file ends earlier that day).\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional, new names): the governor, {rc['vice_governor']} vice "
  f"governors, the provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration "
  "office (provincial_admin_staff), 2 province-level volunteer officers (no district: จ่าวิษณุ ศอ.จอส.สน. and "
  f"แอน ศอ.จอส.จว.สน.), {rc['agency_head']} agency heads, 4 deputies/clerks of agency heads (role `staff`), one retired "
  "former district chief, and for each of the 18 districts a district chief, a coordinating deputy and a district "
  "volunteer officer, with more deputies (deputy_district_chief) in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, อากาศอำนวย, "
  "สว่างแดนดิน (two), โคกศรีสุพรรณ, เจริญศิลป์ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดศักดิ์ กุดบาก and ปลัดดา ภูพาน (each is "
  "his district's coordinating deputy and its volunteer officer).\n"
  "- The display name **ปลัดเบียร์** belongs to two people (a deputy_district_chief of พรรณานิคม and the coordinating "
  "deputy of ส่องดาว): ambiguous, never judged. No membership or posting finding is drawn from it and its posts answer "
  "no duty.\n"
  "- Some people have a LINE user id (`U` + 32 hex), some only an e-mail, some both or neither; none is shared. JSONL "
  "messages of people with an id carry `senderId` (the LINE id, else the e-mail) on about two messages in three.\n"
  "- Name variants: the governor posts once in นักปกครองสกลนคร as `Chainarong T.` (his second roster display name); "
  "the chief of พรรณานิคม posts once in ข้อสั่งการ ปค.สน. as `นายชาญวิทย์ โสภาพันธ์` (title added to his second display "
  "name) with his LINE user id as `senderId`, so he is matched by id; the chief of ภูพาน renames himself in "
  "หน.ส่วนราชการ-นอภ.สน. (`rename` event, Tuesday 15:00) from `ชัยยศ นอภ.ภูพาน ⛰️` to `ชัยยศ ภูพาน ❄️` and posts "
  "there under the new name afterwards (he keeps the old one elsewhere). Emoji in names: 🌷 ⛰️ ⭐ 🐟 🐢 🌼 🌾 🚧 🛒 📣.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn in FILES:
    w(f"| `{fn}` | {GN[fn]} | {S['counts'][fn]} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({S['counts'][SOR] / total:.1%}). JSONL ids run `af0001`…"
  f"`af{total - S['counts'][SOR]:04d}` over the five JSONL files (file by file in the order above, time order inside a "
  "file). The export has no ids: its truth rows, near misses and ledger places are cited by the file's line number "
  "(the first line of a multi-line message); in `ledger.csv` the `order` and `answer` columns hold that line number "
  "alone, as week AB's ledger does.\n")
w("JSONL shape (as in week AB's files): `id, group, time (+07:00), sender, senderId?, type, text?, attachment?, "
  "replyTo?`; system events are `\"type\": \"system\"` with `event` = `join` / `invite` / `remove` / `leave` / `unsend` / "
  "`rename` and `target` for the invitee, the removed member or the new name. Photos, videos and files carry an "
  "`attachment` name; replies carry `replyTo`.\n")
w("Export conventions (formats-line.md §1.2–1.7, §1.10 A and B: English UI, Thai region with the Buddhist calendar, "
  "newer quoting export): UTF-8 BOM; header `Chat history in \"ศอ.จอส.จว.สน.\"` and `Saved on: 21/11/2568 BE, 21:32`, "
  "then a blank line; date lines `Mon, 17/11/2568 BE`; `HH:MM⇥sender⇥text`; multi-line messages wrapped in double "
  "quotes (inner quotes doubled); `[Photo]`, `[Sticker]`, `[File]`, `[Video]` (file names are not in the export); "
  "system lines with an empty sender column: `A invited B.`, `X joined the group.`, `A removed B from the group.`, "
  "`X left the group.`, `X unsent a message.`. A blank line separates days. Replies are not shown in exports.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rules (week AB's): a deadline written as a clock time is that minute; one written as a date runs to the "
  "end of that day (`23:59:59` in the ledger); \"ภายใน ๒๔ ชม.\" is 24 hours from the order's minute; \"ภายใน N วัน\" "
  "counts from the day after the order and ends with the last day (a weekend last day would move to the next "
  "working day; none does this week). An answer at or before the deadline is on time. The answer is the first "
  "report by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer) carrying "
  "the result asked for: a text report, a file, or photos alone after an order that asks for photos; a post in "
  "pieces (photos then caption, file then caption, text then photos) is cited at its first message. Each answer "
  "was matched to its order by its content (several orders are open at once). An order is cited at its post's first "
  "message (O1 opens with its PDF, the text follows a minute later).\n")
NAMES = {}
for code_line in ledger:
    pass
by_order = defaultdict(list)
for r in ledger:
    by_order[r["order"]].append(r)
for key, o in S["orders"].items():
    rows = by_order[str(o["line"])]
    nd = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {key} — line {o['line']}, {o['time'][8:10]} Nov {o['time'][11:16]}, {o['sender']} ({nd})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        xs = [r for r in rows if r["state"] == st]
        if not xs:
            continue
        if st in ("missing", "not-due"):
            w(f"- **{st}** ({len(xs)}): " + ", ".join(r["district"] for r in xs))
        else:
            w(f"- **{st}** ({len(xs)}): " + ", ".join(
                f"{r['district']} (l.{r['answer']}{', ' + r['note'] if r['note'] else ''})" for r in xs))
    w("")
lc = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, "
  f"not-due {lc['not-due']}.\n")
w("Posts by the centre that create **no duty**: the information-only notice of Monday 09:30 (แจ้งเพื่อทราบ … "
  "ไม่ต้องรายงาน); the reminder of a Big Cleaning Day order sent before the log (Monday 17:05); the reminders of "
  "O1, O2, O4, O5, O8 (ย้ำ, ทวง by name and by district list, the table image of who has not sent, "
  "อำเภอที่ยังไม่ได้รายงาน, ย้ำเตือน, เตือนความจำ, the 16:29 nudge, the Friday 20:40 count) — a reminder neither "
  "creates a duty nor moves the first deadline, even when it names a time; the centre's answers to questions, its "
  "jokes and heads-ups. The two orders by people who are not the centre (the ปค.จ. account and the coordinating "
  "deputy of เมืองสกลนคร) are SKN-5P findings and create no duty; districts' replies to them count for nothing.\n")

w("## Findings (`truth.csv`)\n")
rcount = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rcount):
    w(f"| {k} | {rcount[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rcount['SKN-5O']} posting/membership, {rcount['SKN-5O']} SKN-5O) |\n")
for fn in FILES:
    w(f"### {GN[fn]} (`{fn}`)\n")
    for r in truth:
        if r["file"] != fn:
            continue
        mid = f" {r['message']}" if r["message"] else ""
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — line {r['line']}{mid} — {r['who']}{st}: {r['note']}")
    w("")
w("Invitations of roster people not admitted to the group give three rows each at the invite line (the group's "
  "membership rule for the invitee, SKN-ALL for the invitee and SKN-ALL for the inviter): ข้อสั่งการ ปค.สน. (the "
  "volunteer officer of กุสุมาลย์, invited by her chief), ข้อสั่งการ ปจ.สน. (the coordinating deputy of โคกศรีสุพรรณ, "
  "invited by his chief), หน.ส่วนราชการ-นอภ.สน. (a ทช. clerk, invited by his head), ศอ.จอส.จว.สน. (a พมจ. clerk, invited by "
  "the centre's own officer). Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL: two joined by "
  "link or QR code (a loan agent in นักปกครองสกลนคร, a blanket shop in ศอ), one news page joined by link "
  "(ผู้บริหารจังหวัด), and two were added (the agricultural bank's provincial manager, added to หน.ส่วนราชการ by a vice "
  "governor; a village headman, added to ศอ by a district volunteer officer). Later posts by a person already found "
  "ineligible in a group give no second membership row; in ข้อสั่งการ ปค.สน. their posts still give SKN-2P.\n")

w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless reading might flag but which is not a finding under the rules page.\n")
for fn in FILES:
    w(f"### {GN[fn]}\n")
    for r in near:
        if r["file"] == fn:
            mid = f" {r['message']}" if r["message"] else ""
            w(f"- line {r['line']}{mid}: {r['why']}")
    w("")

w("""## Decisions where the rules left room

- **JSONL event shape.** The writing guide lists `join|leave|invite` among the types and says to see week AB's files for how
  system events look; AB writes them as `"type": "system"` with an `event` field (and `target`). I followed AB's files.
- **Order cited at its first message.** O1 is posted as the PDF first and the order text a minute later; the order
  (and O1's missing row) is cited at the `[File]` line, the post's first message. The text line is listed as a near
  miss (the second piece of one post, not a second order).
- **"ภายใน ๓ วัน" (O3).** Counted as in week AB: from the day after the order, to the end of the third day (Thursday
  20 Nov 23:59:59). A 72-hour reading (Thursday 15:10) would make โคกศรีสุพรรณ (Thu 16:00) and เต่างอย (Thu 20:30) late.
- **"ไม่ต้องรายงาน" inside an order (O2).** O2 tells the five flooded districts it lists to report within 24 hours and
  adds that *other* districts with damaged roads need not report. I read "ไม่ต้องรายงาน" as scoped to those others:
  O2 obliges the five listed districts and nobody else (ส่องดาว asks and is told it need not report).
- **Ambiguous name with a real report (O6).** The ส่องดาว temperature report of Thursday 12:30 is signed only
  `ปลัดเบียร์`, a display name of two roster people. The rules page says such a name is never judged, so the post
  answers no duty and ส่องดาว is **missing** for O6 (its other people only acknowledged). The same name's
  acknowledgements and condolence are near misses.
- **"ภายในวันนี้" on the last day (O8).** Written Friday 09:00, it runs to the end of Friday; the log ends at 20:40, so
  the nine districts that have not answered are **not-due**, not missing. O7's deadline (Tuesday 25) is after the log too.
- **Reminders that name a time** ("ครบกำหนดบ่ายโมงครึ่งวันนี้", "ส่งได้ถึงเที่ยงคืนนี้") only repeat the first deadline;
  they create no duty and move nothing.
- **The provincial administration office in ศอ.จอส.จว.สน.** The page names the centre as the provincial palad and the
  province-level volunteer officers. The ปค.จ. sending account is not admitted there (SKN-5, first post) and its
  request to all districts is an order from someone other than the centre (SKN-5P), with no duty.
- **Orders by a district person in ศอ.** The coordinating deputy of เมืองสกลนคร (host of Monday's convoy) asks all
  districts to send ten volunteers each and their names by noon Friday: SKN-5P, no duty; the districts' replies
  ("กุสุมาลย์ ๑๐ คนค่ะ") are near misses, and they came from districts that had already answered every open order
  of the centre, so no answer is confused.
- **Reports in pieces.** Photos-then-caption (กุดบาก O1, โพนนาแก้ว O4), photos-then-file (ส่องดาว O1), file-then-caption
  (อากาศอำนวย O1) and text-then-photos posts are one post cited at the first message. A figure and its correction six
  minutes later (วานรนิวาส O2) is answered at the first figure. A signed copy sent two days after a summary (โพนนาแก้ว O1)
  does not replace the first answer.
- **Photos alone** answer only an order that asks for photos (O1, O4, O5); each photos-alone answer comes when no
  other photo-asking order is open for that district. Photos captioned for another matter (the Big Cleaning photos of
  เจริญศิลป์, which had already answered O1) answer nothing.
- **Promises are not reports.** "ขอส่งภายหลัง", "ขออนุญาตส่งพรุ่งนี้เช้า", "ยังรอลายเซ็น", "จะตามให้" are not answers;
  เต่างอย (O1) and บ้านม่วง (O2) promise and never send (missing); นิคมน้ำอูน and สว่างแดนดิน promise and send late.
- **Answers a few minutes late** (คำตากล้า O2 +12 min, อากาศอำนวย O5 +14 min, นิคมน้ำอูน O1 six minutes after midnight)
  are late; none is planted at the exact deadline minute (the export has no seconds).
- **Ordinary deputies answer.** A deputy_district_chief (ปลัดพีร์ วานรนิวาส, กรกฎ สว่างฯ, ปลัดศิวกร อ.เมือง) is one of
  "the district's people" in ศอ and his report counts.
- **Invitation by the centre's own officer.** The page's SKN-ALL says "someone invites"; the province-level volunteer
  officer who invites a พมจ. clerk is the inviter and gets the SKN-ALL row like anyone else. The clerk's later report in
  ศอ is SKN-5P (a report by someone who is not a district's person).
- **ผู้บริหารจังหวัด และนายอำเภอ.** The palad's own instruction to all chiefs (send coordinators' names by noon
  tomorrow) is SKN-4P; his summaries and acknowledgements addressed to the governor are near misses. A chief who
  tells all districts to check scales and report to him is SKN-4P. The ปภ. head's first post is both SKN-4
  (not admitted) and SKN-4P (an order). I planted no case of the palad relaying "ท่านผู้ว่าฯ สั่งการ…", which the page
  does not settle. A chief's award news there is information, allowed.
- **หน.ส่วนราชการ-นอภ.สน.** Results, progress and achievements of agencies and districts are SKN-6P; invitations,
  warnings, prices, traffic notices, pledges of blankets, offers of trucks in reply to the governor, requests between
  members and congratulations are not reports. The ทช. clerk's later traffic notice is not a second finding.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: chiefs' acknowledgements, reports, prices and chat are near misses or
  plain traffic. A coordinating deputy acknowledging for his chief is SKN-3 at his first message.
- **Stickers and 🙏** count as posts (SKN-2P in ข้อสั่งการ ปค.สน.); a photo with its caption, or a greeting with its
  card, sent within three minutes by the same person is one post and one finding, cited at its first message.
- **Removals, leaves and unsends** are notices: no finding of their own. The unsent message (a merit-making invitation
  in ศอ) is gone from the export; it was not a report.
""")

with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("TRUTH.md lines", len(out))
