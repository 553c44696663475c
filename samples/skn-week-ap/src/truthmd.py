# Writes TRUTH.md: the hand-written account below, with the lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in g_sor.py (run gen.py first).
import csv, json, os, re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
GN = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
      "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
      "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "volunteer-centre.txt": "ศอ.จอส.จว.สน."}
SOR = "volunteer-centre.txt"
total = sum(S["counts"].values())


def sl(day, hm, who=""):
    """line number in the export of the message at day (dd.mm) hm by who (a substring of the sender)"""
    cur = None
    for i, ln in enumerate(open(os.path.join(HERE, SOR), encoding="utf-8").read().split("\n"), 1):
        m = re.fullmatch(r"[ก-๙]{1,2}\. (\d\d)/(\d\d)/\d{4}", ln)
        if m:
            cur = m.group(1) + "." + m.group(2)
        elif cur == day and ln.startswith(hm + "\t") and who in ln.split("\t")[1]:
            return i
    raise KeyError((day, hm, who))

out = []
w = out.append

w("# Week AP (30 November – 4 December 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by "
  "`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the tool "
  "was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE iPhone export with the Thai UI "
  "(`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them (ids, times, "
  "truth rows pointing at real lines, ledger states and totals, membership and group-size findings recomputed from the "
  "roster). `src/` holds the scripts the chats were laid out with: every message and every truth note in `src/g_*.py` "
  "is written by hand; `gen.py` only sorts, numbers ids and lines, writes the files and tabulates the ledger.\n")

w("## The week\n")
w("- Monday 30 November – Friday 4 December 2026 (๓๐ พ.ย. – ๔ ธ.ค. ๒๕๖๙) are all working days.\n"
  "- Saturday 5 December is วันคล้ายวันพระบรมราชสมภพ ร.๙ / วันชาติ / วันพ่อแห่งชาติ, a public holiday that falls on a Saturday. "
  "Under the standing cabinet rule a public holiday that falls on a Saturday or Sunday is made up on the next working day, "
  "so **Monday 7 December 2026 is the substitute holiday** (วันหยุดชดเชย). Sunday 6 is the weekend. The next working day after "
  "the week is **Tuesday 8 December**. (Thursday 10 December, Constitution Day, is outside every deadline.) I assumed no "
  "extra special holiday on Friday 4 December; the chats treat it as a working day (ปค.สน. and ปจ.สน. speak of "
  "“วันหยุดต่อเนื่อง ๕-๗ ธ.ค.” and “วันจันทร์ที่ ๗ เป็นวันหยุดชดเชย”).\n"
  "- Topics: the first cold snap (ภัยหนาว declared in กุดบาก, ภูพาน, ส่องดาว, วาริชภูมิ, นิคมน้ำอูน before the week, เต่างอย on "
  "Tuesday, อากาศอำนวย later; blankets for the elderly), the 5 December ceremonies (volunteer clean-up plans, blood donation, "
  "tree planting, flags and the royal portrait), harvest and cane-burning season (PM2.5, no-burn campaign, hotspots), early "
  "New Year 2570 road-safety planning, and ordinary chat.\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** (Friday 4 Dec, "
  "the last line of `volunteer-centre.txt`; every JSONL file ends earlier that day).\n")

rc = Counter(r for p in roster for r in p["role"].split("|"))
w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} fictional people (names new to this week): the governor, {rc['vice_governor']} vice governors, "
  f"the provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office, 2 province-level "
  f"volunteer officers (no district), {rc['agency_head']} agency heads, {rc['staff']} deputies/clerks of agency heads (role `staff`), "
  "one retired former provincial palad, and for each of the 18 districts a district chief, a coordinating deputy and a district "
  "volunteer officer, with extra deputies (`deputy_district_chief`) in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, สว่างแดนดิน (2), "
  "โคกศรีสุพรรณ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดปฐม กุดบาก and ปลัดคม ภูพาน (their districts have "
  "no separate volunteer officer).\n"
  "- The display name **ปลัดเก่ง** belongs to two people (a deputy of เมืองสกลนคร and a deputy of วานรนิวาส): ambiguous, never "
  "judged; nothing ปลัดเก่ง posts answers any duty.\n"
  "- About half the people have a LINE user id (`U` + 32 hex); JSONL messages of people with an id carry `senderId` on about two "
  "messages in three. Some people have an e-mail of their own; none is shared.\n"
  "- Name variants: the district chief of พังโคน renames himself `กิตติ นอภ.พังโคน` → `กิตติ พังโคน 💛` in หน.ส่วนราชการ-นอภ.สน. "
  "(rename notice Tuesday 15:00) and posts there under the new name; he keeps the old name elsewhere. In the export one line of "
  "`นอภ.ส่องดาว เสกสรรค์` is wrapped in U+2068/U+2069 (invisible bidi isolates). Names carry titles and emoji as on the roster "
  "(`ดร.ณรงค์ฤทธิ์ นอภ.สว่างแดนดิน`, `สมพร นอภ.ภูพาน ⛰`, `จันทร์จิรา 🌻 พังโคน`).\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn, n in S["counts"].items():
    w(f"| `{fn}` | {GN[fn]} | {n} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({S['counts'][SOR] / total:.0%}). JSONL ids run `ap0001`…`ap{total - S['counts'][SOR]:04d}` "
  "over the five JSONL files (file by file, in the order of the table). The export has no ids, so its truth rows, near misses and "
  "ledger places are cited by the file's line number (the first line of a multi-line message; line 1 is the `[LINE]` title line). "
  "In `ledger.csv` the `order` and `answer` columns are export line numbers.\n")
w("Export conventions (formats-line.md §1, Thai mobile variant E, as an iPhone saves it): UTF-8 BOM, `[LINE] ประวัติการแชทในกลุ่ม \"ศอ.จอส.จว.สน.\"`, "
  "`บันทึกเมื่อ 04/12/2569 22:06`, a blank line before each date line `จ. 30/11/2569` (Buddhist-era year), `HH:MM⇥name⇥text`, "
  "multi-line messages in double quotes, `[รูป]`, `[สติกเกอร์]`, and 3-column system lines `HH:MM⇥⇥A เพิ่ม B เข้ากลุ่ม` (invite), "
  "`X เข้าร่วมกลุ่ม` (join by link/QR), `X ออกจากกลุ่ม`, `A ลบ B ออกจากกลุ่ม`. Files, videos and unsend notices are not used in the "
  "export (their Thai placeholders are not attested). Replies are not shown in exports; JSONL groups carry a few `replyTo`.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule: a deadline written as a clock time is that minute; a deadline written as a date runs to the end of that day "
  "(`23:59:59`); “ภายใน ๒๔ ชั่วโมง” is 24 hours from the order's minute; “ภายใน N วัน” counts from the day after the order, and a "
  "last day on a weekend or holiday moves to the next working day. An answer at or before the deadline is on time. The answer is "
  "the first post by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) that carries "
  "the result asked for; for photos-then-caption posts the first photo is cited; photos alone count only after an order that asks "
  "for photos, and only where that order is the district's only open photo order (otherwise the districts captioned them). "
  "Acknowledgements, promises, requests to postpone and requests for more blankets are not answers. Answers were matched to "
  "orders by their content (several orders are open at once).\n")
led = defaultdict(list)
for r in ledger:
    led[r["order"]].append(r)
for key, o in S["orders"].items():
    rows = led[str(o["line"])]
    ds = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {key} — line {o['line']}, {o['time'][8:10]}.{o['time'][5:7]} {o['time'][11:16]}, {o['sender']} ({ds})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        xs = [r for r in rows if r["state"] == st]
        if not xs:
            continue
        if st in ("missing", "not-due"):
            w(f"- **{st}** ({len(xs)}): " + ", ".join(r["district"] for r in xs))
        else:
            w(f"- **{st}** ({len(xs)}): " + ", ".join(f"{r['district']} (l.{r['answer']})" for r in xs))
    w("")
c = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {c['on-time']}, late {c['late']}, missing {c['missing']}, not-due {c['not-due']}.\n")
w(f"Posts in ศอ.จอส.จว.สน. that create **no duty**: the information-only schedule I1 (line {sl('01.12', '10:10')}, “แจ้งเพื่อทราบ … ไม่ต้องรายงาน”); "
  f"the blood-donation publicity (line {sl('30.11', '10:30')}) and the table-setting guidance (line {sl('04.12', '11:15')}), which ask for no report; the reminders "
  f"(ย้ำ, อำเภอที่ยังไม่ได้ส่ง, ครบกำหนด…: line {sl('01.12', '13:00')} for O2; lines {sl('01.12', '17:35')}, {sl('02.12', '10:40')} and {sl('02.12', '19:05')} for O1; "
  f"line {sl('03.12', '14:00')} for O4; line {sl('04.12', '14:30')} for O5), which neither create a duty nor move the first deadline; and the two requests by people who are "
  f"not the provincial centre (the พมจ. head, line {sl('02.12', '09:15')}; the coordinating deputy of เมืองสกลนคร, line {sl('03.12', '11:20')}), which are SKN-5P "
  "findings and oblige nobody. (The labels O1–O5 number the orders with duties; I1 is the one information-only order.)\n")

w("## Findings (`truth.csv`)\n")
rules = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rules):
    w(f"| {k} | {rules[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rules['SKN-5O']} posting/membership, {rules['SKN-5O']} SKN-5O) |\n")
for fn in GN:
    rows = [r for r in truth if r["file"] == fn]
    w(f"\n### {GN[fn]} (`{fn}`)\n")
    for r in rows:
        mid = f" {r['message']}" if r["message"] else ""
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — line {r['line']}{mid} — {r['who']}{st}: {r['note']}")
w("")
w("Invitations of roster people not admitted to the group give three rows at the invite line (the group's membership rule for the "
  "invitee, SKN-ALL for the invitee and SKN-ALL for the inviter): ปค: ปลัดปิยะ 🚜 by the chief of สว่างแดนดิน; ปจ: ปลัดพงษ์ โคกศรีฯ by "
  "the chief of โคกศรีสุพรรณ; หน.ส่วนราชการ: กิตติพันธ์ ปภ.สน. by the ปภ. head; ศอ: วิภาวี พมจ.สน. by ปลัดคม ภูพาน. Outsiders (not on "
  "the roster) give one OUTSIDER row at their first appearance and no SKN-ALL: ผ้าห่มนาโนราคาส่ง_สกล (joined ศอ by link/QR, removed), "
  "หน้าห้อง ผวจ. (แอน) (added to ผู้บริหารจังหวัด by the governor), เลขาฯ ส.ส.สกลนคร เขต ๒ (posts in หน.ส่วนราชการ with no join "
  "notice, removed), เบียร์ สื่อพรรณานิคม (added to นักปกครองสกลนคร by the chief of พรรณานิคม, removed). Later posts by a person "
  "already found ineligible in a group give no second membership row; in ข้อสั่งการ ปค.สน. their posts still give SKN-2P.\n")
w("**Group sizes (SKN-CAP).** People admitted to a group (by the rule rows) who appear in it during the week, counted once each at "
  "their first appearance (post, join, being invited, or inviting): ข้อสั่งการ ปจ.สน. 19 (the palad and all 18 district chiefs) = "
  "the letter's 19, no finding; ผู้บริหารจังหวัด และนายอำเภอ 23 (governor, 3 vice governors, palad, 18 district chiefs) > the letter's "
  "22, so one SKN-CAP row at the first message of the 23rd, the district chief of พรรณานิคม (Wednesday 16:20). The other groups "
  "stay far below their counts (ปค 16/175, นักปกครอง 29/204, ศอ 49/118; หน.ส่วนราชการ has no stated count).\n")

w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless reading might flag but which is not a finding under the rules page (or a line whose finding "
  "is elsewhere).\n")
for fn in GN:
    rows = [r for r in near if r["file"] == fn]
    w(f"\n### {GN[fn]}\n")
    for r in rows:
        mid = f" {r['message']}" if r["message"] else ""
        w(f"- line {r['line']}{mid}: {r['why']}")
w("")

w("## Decisions where the rules left room\n")
for d in [
    "**Working days and the substitute holiday.** Saturday 5 December is a public holiday on a weekend, so Monday 7 December is the "
    "substitute holiday and Tuesday 8 December the next working day. Only O3 reaches past the week; its reading does not change "
    "any state (see below).",
    "**“ภายใน ๓ วัน” (O3).** Counted from the day after the order (Thu 3, Fri 4, Sat 5), the last day a holiday, moved over Sunday 6 "
    "and the substitute Monday 7 to Tuesday 8 December, end of day. Read as 72 hours (Saturday 10:05) or as three working days "
    "(Tuesday 8) the deadline is still after the log ends, so every unanswered district is not-due under every reading.",
    "**Spoken times.** “ภายในบ่ายสามโมงของวันพรุ่งนี้” (O4, written Wednesday) is 15:00 on Thursday. Answers a few minutes before a "
    "clock deadline are on time (ภูพาน 11:56 for 12:00, พังโคน 14:55 for 15:00); none was planted at the exact minute (the export "
    "has no seconds).",
    "**Which order an answer answers.** O3 and O5 both ask for photos and are open together from Thursday 09:10. Photos alone are "
    "counted only for a district whose other photo order was already answered (เมืองสกลนคร and เจริญศิลป์ for O5, กุดบาก for O2 "
    "on Tuesday); all other photo posts in that window carry a caption that says which order they answer. Photos alone never "
    "answer O1 or O4 (which ask for figures).",
    "**Pieces and corrections.** A report followed by a correction (คำตากล้า, O1) is answered by its first piece; photos followed "
    "by a caption are one post, cited at the first photo.",
    "**Things that look like answers.** Acknowledgements, promises (“จะส่งภายในกำหนด”, “พรุ่งนี้เช้าส่ง”), a request to postpone "
    "(โพนนาแก้ว, O1), a request for more blankets (นิคมน้ำอูน, O2) and a promise of photos (นิคมน้ำอูน, O5) are not answers. A "
    "district not named in an order may still report (สว่างแดนดิน's blankets, O2): allowed, no duty. An invited agency clerk's "
    "blanket report does not count for ภูพาน (and is SKN-5P). The ambiguous ปลัดเก่ง's photos of “ซุ้มหน้าอำเภอ” answer nobody.",
    "**Orders by people who are not the provincial centre (SKN-5P).** A message that plainly directs the districts (“ขอให้ทุกอำเภอแจ้ง "
    "… ภายใน …”, “ขอความร่วมมือให้อำเภอรายงาน … ภายในวันศุกร์นี้”) is an order whoever sends it; from anyone other than the "
    "palad or a province-level volunteer officer it is SKN-5P and creates no SKN-5O duty. The พมจ. head's first post is both SKN-5 "
    "(not admitted) and SKN-5P.",
    "**SKN-4P.** Orders to the group's district chiefs by the palad, by the provincial police commander (also SKN-4, not admitted) "
    "and by a district chief addressing the chiefs of his zone (“ขอให้ทุกอำเภอในโซนส่ง … ภายในวันศุกร์นี้”) are findings. "
    "Incident notices, reports to the governor or a vice governor (also the palad's summaries to the governor), courtesy with "
    "ขอให้ (birthday wishes, “เดินทางปลอดภัย”) and a chief's invitation to his district's fair are not.",
    "**SKN-6P.** Counted: performance reports and results by agencies (ปภ. blankets, ทสจ. hotspot reduction, ขนส่ง vehicle checks) "
    "and by a district chief. Not counted: publicity and invitations, warnings, questions and answers between members, an "
    "acknowledgement saying what an agency will bring, a reply stating how many staff will attend, thanks, forwarded news.",
    "**SKN-2P posts.** Any post by a non-office member in ข้อสั่งการ ปค.สน. is one finding, cited at its first message (text plus "
    "photos sent together is one post). An invite is a system notice, not a post (the inviter gets SKN-ALL only). The unsend "
    "notice of a district chief (Wednesday 11:02) leaves no message to judge, so no SKN-2P.",
    "**SKN-CAP counting.** A person is counted when first shown in the group by a post, a join, being invited, or inviting; leaving "
    "does not reduce the count (no admitted person leaves ผู้บริหารจังหวัด). Counting inviters or not changes no result here.",
    "**Rename and invisible characters.** The rename notice and the sender id tie `กิตติ พังโคน 💛` to the district chief of พังโคน "
    "(admitted); the bidi-wrapped `นอภ.ส่องดาว เสกสรรค์` is the same roster name once the invisible characters are dropped.",
    "**ข้อสั่งการ ปจ.สน.** has no posting findings (acknowledgements and reports by district chiefs are near misses); the office's "
    "sending account posting a file for the palad is SKN-3 (not admitted); the invited coordinating deputy is SKN-3 + SKN-ALL ×2 "
    "(the palad removes him the next day, which changes nothing).",
]:
    w("- " + d)
w("")
with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("TRUTH.md", len(out), "lines")
