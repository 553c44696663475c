# Writes TRUTH.md: the hand-written account below, with the tables filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in g_volunteer.py (run build.py first).
import csv, json, os
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
FILES = list(S["counts"])
GN = S["groups"]
SOR = "volunteer-centre.jsonl"
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
end = datetime.fromisoformat(S["end"])
out = []
w = out.append

w("# Week AR (12–16 October 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as "
  "read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that "
  "page; the auditing tool was neither run nor read, and no chat file of another week was read. Data: `roster.csv`, "
  "five JSONL chats, one LINE **Android export with the English UI** (`heads-chiefs.txt`, group หน.ส่วนราชการ-นอภ.สน.), "
  "and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks their consistency. `src/` holds the scripts the "
  "chats were laid out with: every message and every judgement (finding, near miss, which message answers which order, "
  "each hand-written state and its reason) is in `src/g_*.py`; `src/frame.py` (adapted from week AB's) and "
  "`src/build.py` only sort, give seconds, ids and line numbers, write the files and tabulate the ledger, and "
  "`build.py` stops if a state computed from the times disagrees with the state written by hand; `src/truthmd.py` "
  "writes this page.\n")

w("## The week\n")
w("- **Working days: Monday 12, Wednesday 14, Thursday 15 and Friday 16 October 2026.** **Tuesday 13 October** "
  "(๑๓ ต.ค. ๒๕๖๙) is วันนวมินทรมหาราช, the memorial day of King Rama IX, a public holiday on the official calendar "
  "since 2017, so government offices are closed; it falls on a weekday, so no substitute day is owed. I assumed no "
  "extra bridging holiday on Monday 12 (none is on the official calendar as I know it), so Monday is a working day. "
  "Saturday 17 and Sunday 18 are the weekend; Monday 19 – Thursday 22 are working days; **Friday 23 October** is "
  "วันปิยมหาราช (Chulalongkorn Day), the next public holiday, giving a long weekend 23–25 Oct. ออกพรรษา is the full "
  "moon of the 11th lunar month: I took it as **Monday 26 October 2026** (the astronomical full moon); it is a "
  "Buddhist holy day and an alcohol-ban day but not a public holiday, and the wax castle festival (ปราสาทผึ้ง) is set "
  "for 24–26 October around it, with the Kathin season following.\n"
  "- The holiday matters to one deadline only: O2 asks for figures by 14:00 on Tuesday 13 and says so itself "
  "(\"แม้เป็นวันหยุดราชการ\"), so the holiday does not move it. Districts still post on the holiday (ceremony photos, "
  "the late O1 answer of ส่องดาว at 07:10, the O2 answer of โพนนาแก้ว).\n"
  "- Topics: the memorial-day ceremonies (wreaths, the portrait, white mourning uniform) and the volunteer clean-ups "
  "(O1 plan, O3 results); the late rains and the water rising around หนองหาร and the ลำน้ำสงคราม (O2; อากาศอำนวย "
  "flooded at บ้านท่าก้อน, a relief centre and a disaster-zone declaration); the new fiscal year 2570 (budget plans, "
  "procurement, performance agreements) and the KPI reports of fiscal 2569; the village drug-screening campaign "
  "12–16 Oct (O4); preparations for the wax castle festival and Kathin (O5, the police traffic plan); new volunteer "
  "shirts (O6); a drowning, a house fire, a fallen tree; birthdays, a condolence, sales of wax flowers.\n"
  f"- Missing answers are judged at the last message of the whole log: **{end:%Y-%m-%d %H:%M:%S}** (Friday 16 Oct, "
  f"the last message of `{SOR}`; every other file ends earlier that evening). Every duty with a deadline before that "
  "moment and no answer is `missing`; O5 (due Wednesday 21) leaves its unanswered districts `not-due`.\n")

w("## Roster in brief\n")
prov_vol = sum(1 for p in roster if "volunteer_center_staff" in p["role"] and not p["district"])
w(f"`roster.csv` has {len(roster)} fictional people: the governor, {rc['vice_governor']} vice governors, the provincial "
  f"palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office "
  f"(`provincial_admin_staff`), {prov_vol} province-level volunteer officers (no district: จ่าไพฑูรย์ and แพรว), "
  f"{rc['agency_head']} agency heads, {rc['staff']} staff (a deputy of the health office, a section head of the disaster "
  "office, the provincial office head's clerk, an irrigation engineer), one retired former district chief, and for each "
  "of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with extra ordinary "
  "deputies (`deputy_district_chief`) in เมืองสกลนคร, พรรณานิคม, วานรนิวาส (two), สว่างแดนดิน, เจริญศิลป์ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดหนึ่ง กุดบาก and ปลัดตี๋ เต่างอย; they "
  "are their districts' coordinating deputies and volunteer officers at once.\n"
  "- The display name **ปลัดเบิร์ด** belongs to two people (the coordinating deputy of พรรณานิคม and an ordinary deputy "
  "of วานรนิวาส), neither with a LINE user id: ambiguous, never judged, and his posts answer no duty.\n"
  "- About half the people have a LINE user id (`U` + 32 hex) and some an e-mail; none is shared. JSONL messages of "
  "people with an id carry `senderId` on about two messages in three (on every message where a post depends on it).\n"
  "- Name variants: the chief of เจริญศิลป์ posts his O3 report in ศอ.จอส.จว.สน. as `นายคมสันต์ นามบุตร` (title added; "
  "roster display names `นอภ.เจริญศิลป์ คมสันต์|คมสันต์ นามบุตร`; his LINE id is on every message of that post); the "
  "culture office head's name is wrapped in U+2068/U+2069 on two lines of the export; the coordinating deputy of "
  "บ้านม่วง renames himself `โจ้ 🚒 บ้านม่วง` in ศอ.จอส.จว.สน. (rename notice Wednesday 07:30) and uses the new name "
  "there afterwards and once in นักปกครองสกลนคร (no rename notice there; his LINE id is on that message). Names with "
  "emoji: `นอภ.พังโคน ⭐`, `นอภ.เต่างอย 🐢`, `รองผวจ.พิไลพร 🌷`, `ท่องเที่ยวกีฬา สน. วีรชัย 🏅` and others.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn in FILES:
    w(f"| `{fn}` | {GN[fn]} | {S['counts'][fn]} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / total:.1f}%). JSONL ids run "
  "`ar0001`… across the five JSONL files in the order of the table (ข้อสั่งการ ปค.สน. first, ศอ.จอส.จว.สน. last). "
  "The export has no ids: its truth rows and near misses cite the file's line number (the first line of a multi-line "
  "message, counting the header line as line 1) with an empty `message`. Truth rows, near misses and the ledger cite "
  "a post (text with photos, photos then a caption, a file then a caption) by its first message.\n")
w("JSONL shape (as week AB's files): `id, group, time (+07:00, with seconds), sender, senderId?, type, text?, "
  "attachment?, replyTo?`; system events are `\"type\": \"system\"` with `event` = `join` / `invite` / `remove` / "
  "`leave` / `unsend` / `rename`; the actor is the `sender`, the invitee, removed member or new name is the `target`. "
  "Photos, videos and files carry an `attachment` name; replies carry `replyTo`.\n")
w("Export conventions (formats-line.md §1.2–1.8 and §1.10 A/B: mobile \"Export chat history\", English UI, Thai region "
  "with the Buddhist calendar, a newer quoting export): UTF-8 BOM, LF line ends; line 1 `Chat history in "
  "\"หน.ส่วนราชการ-นอภ.สน.\"`, line 2 `Saved on: 16/10/2569 BE, 21:32`, line 3 empty; date lines `Mon, 12/10/2569 BE` "
  "(day/month/BE-year; the first date is ambiguous in itself, `Saved on` and the later dates settle the order); "
  "`HH:MM⇥sender⇥text`; multi-line messages wrapped in double quotes with inner quotes doubled (two of them contain "
  "quoted names); single-line messages with quotes left as they are; `[Photo]`, `[Sticker]`; system lines with an "
  "empty sender column: `A invited B.` (two this week). A blank line separates days. Replies are not shown in exports.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rules: a deadline written as a clock time is that minute (an answer at or before it is on time; "
  "no answer this week falls inside a deadline's minute); a deadline written as a date runs to the end of that day "
  "(`23:59:59` in the ledger); \"ภายในวันนี้\" is the end of the order's day; a spoken time (\"บ่ายสามโมงครึ่ง\") is the "
  "clock time it names. No order this week gives a span of days or hours. An order binds the districts it names "
  "(in the salutation, in a list, after a description), otherwise all 18. The answer is the first report after the "
  "order by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer) carrying "
  "what the order asked for: a text report, a file, or photos sent alone after an order that asks for photos (O3). "
  "Several orders are open at once, so each answer was matched to its order by its content (a plan answers O1, "
  "results with photos answer O3, figures of screening volunteers answer O4…). Acknowledgements, promises "
  "(\"จะรายงานภายในบ่ายนี้\"), requests for more time, stickers, and photos posted before an order was issued are not "
  "answers. Reminders and information-only posts create no duty and move no deadline.\n")
byo = defaultdict(list)
for r in ledger:
    byo[r["order"]].append(r)
for k, o in S["orders"].items():
    rows = byo[o["id"]]
    t = datetime.fromisoformat(o["time"])
    who = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {k} — {o['id']} (line {o['line']}), {t:%a %d %b %H:%M}, {o['sender']} ({who})\n")
    w(f"About: {o['about']}. Deadline **{o['deadline']}**. {o['why']}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        ds = [r for r in rows if r["state"] == st]
        if not ds:
            continue
        if st in ("on-time", "late"):
            items = ", ".join(f"{r['district']} ({r['answer']})" for r in ds)
        else:
            items = ", ".join(r["district"] for r in ds)
        w(f"- **{st}** ({len(ds)}): {items}")
    w("")
lt = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lt['on-time']}, late {lt['late']}, missing {lt['missing']}, "
  f"not-due {lt['not-due']} ({lt['late'] + lt['missing']} SKN-5O findings).\n")
w("Posts in ศอ.จอส.จว.สน. that create **no duty**: the information-only posts (Mon 16:00 dress code, Wed 10:00 wax "
  "castle schedule: แจ้งเพื่อทราบ … ไม่ต้องรายงาน); the reminders (Mon 15:20 of O1, Tue 11:25 of O2 to อากาศอำนวย, "
  "Thu 11:00 and 13:00 of O3, Fri 14:45 of O6); the palad's Tuesday instruction about volunteers' safety (it asks for "
  "no report); and the three SKN-5P posts below (orders or reports by people who are not the provincial centre).\n")

w("## Findings (`truth.csv`)\n")
rules = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rules):
    w(f"| {k} | {rules[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rules['SKN-5O']} posting/membership, {rules['SKN-5O']} SKN-5O) |\n")
for fn in FILES:
    rows = [r for r in truth if r["file"] == fn]
    if not rows:
        continue
    w(f"\n### {GN[fn]} (`{fn}`)\n")
    for r in rows:
        cite = f"line {r['line']} {r['message']}".strip()
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — {cite} — {r['who']}{st}: {r['note']}")
w("")
w("Invitations of roster people not admitted to the group (ปค: ปลัดอิทธิ์ เจริญศิลป์ by นอภ.เจริญศิลป์ คมสันต์; ปจ: "
  "ปอ.พังโคน ธนา by นอภ.พังโคน ⭐, removed again 35 minutes later; หน.ส่วนราชการ: พัชรินทร์ สนจ.สน. by หน.สนจ.สน. รัตติกาล; "
  "ศอ: หมอต้น สสจ.สน. by ปลัดเอก สว่างฯ) give three rows each at the invite: the group's membership rule for the invitee "
  "and SKN-ALL for invitee and inviter. Outsiders (not on the roster) give one OUTSIDER row at their first appearance "
  "and no SKN-ALL: ร้านพวงหรีดดอกไม้สด สกลนคร (joined ศอ by link/QR, removed), ประกันรถ ต่อภาษี น้องมุก (joined "
  "นักปกครองสกลนคร by link/QR, removed), ผจก.ธ.ก.ส.สกลนคร (added to หน.ส่วนราชการ by the agriculture head). Later posts "
  "by someone already found ineligible in a group give no second membership row; in ข้อสั่งการ ปค.สน. they still "
  "give SKN-2P, and in ศอ.จอส.จว.สน. a report by the invited health-office deputy is SKN-5P.\n")

w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something that may look like a finding but is not one under the rules page (or is a finding's neighbour "
  "that must not be counted twice). Lines that carry a finding are never near misses; the near-miss note of a late "
  "answer is folded into its truth note.\n")
for fn in FILES:
    rows = [r for r in near if r["file"] == fn]
    if not rows:
        continue
    w(f"\n### {GN[fn]} ({len(rows)})\n")
    for r in rows:
        w(f"- line {r['line']} {r['message']}".rstrip() + f": {r['why']}")
w("")

w("## Where the rules page left room, and what I decided\n")
for item in [
    "**SKN-CAP.** The page says a count, not a limit: one low-severity finding per group at the first message of the "
    "person beyond the letter's count, counting only admitted people. Only ผู้บริหารจังหวัด และนายอำเภอ can exceed its "
    "count with this roster (governor + 3 vice governors + palad + 18 chiefs = 23 against ๒๒), and all 23 appear this "
    "week. I counted people in the order of their first message (invitees at their invite; nobody is invited there), "
    "left out the retired official and the ปภ. head (not admitted, SKN-4), and put the row at the first message of the "
    "23rd, นอภ.โคกศรีสุพรรณ (Thursday 07:06). ข้อสั่งการ ปจ.สน. reaches exactly its ๑๙ (palad + 18 chiefs): no finding. "
    "`state` is empty for SKN-CAP (the page gives it a severity, not a state).",
    "**The holiday and deadlines.** No order this week says \"ภายใน N วัน\", so no deadline had to be moved over the "
    "holiday or the weekend. O2's deadline falls on the holiday but names the day and hour itself and says "
    "\"แม้เป็นวันหยุดราชการ\"; I kept it.",
    "**Which order an answer answers.** With several orders open I matched by content. เจริญศิลป์ never sends an O1 "
    "plan; its chief's Wednesday report of the day's results answers O3 (on time), not O1 late. ส่องดาว's Tuesday 07:10 "
    "message is a plan for that morning and answers O1 (late). Districts that posted photos on Tuesday, before O3 "
    "existed, had to report after O3; two of them (กุสุมาลย์, เต่างอย) never did and are `missing`.",
    "**What is a report.** อากาศอำนวย's Tuesday 11:20 note (water is rising, a survey is under way) does not carry O2's "
    "figures, and the palad answers it by asking for the figures: O2's answer is Wednesday's (late). Promises, "
    "acknowledgements with a plan (\"จะรายงาน…\"), requests for more time (คำตากล้า on Friday for O6) and a district's "
    "stand-by figures sent by a district O2 did not name (กุดบาก) answer nothing. PNN's O3 photos are sent alone (the "
    "order asks for photos), the figure two minutes later: the answer is the first photo.",
    "**SKN-5P.** A provincial administration account's order posted by mistake in ศอ (and withdrawn in words two "
    "minutes later, \"ส่งผิดกลุ่ม\") is still an order in the group from someone other than the provincial centre; the "
    "account is also not admitted (SKN-5). The province-level volunteer officers' thanks and nudges (\"ขอบคุณทุกอำเภอที่ส่ง"
    "แล้ว…\") are not reports. A district chief's wish to all districts (\"ขอให้จิตอาสาทุกอำเภอ…ปลอดภัยนะครับ\") is "
    "courtesy, not an order. The coordinating deputy of เมืองสกลนคร asking all districts to send their procession "
    "figures to his district by Monday is an order (SKN-5P) and creates no SKN-5O duty.",
    "**SKN-4P.** The palad's own instruction to all chiefs in ผู้บริหารจังหวัด และนายอำเภอ is SKN-4P; his summary to the "
    "governor, the chiefs' incident notices and their answers to the governor are allowed. I planted no case of the palad "
    "relaying \"ท่านผู้ว่าฯ สั่งการ…\" there (the page does not settle it).",
    "**SKN-6P.** Reports and performance results are findings whoever posts them (agency or district): the health "
    "office's KPI ranking, a district's activity report, the irrigation office's progress report, the community "
    "development office's sales result, the sports office's race results. Warnings, invitations, traffic notices, a "
    "forwarded news link, questions and a chief's answers to them, an agency's plan (\"จัดทีม EMS ๘ จุด\"), advance "
    "notices of a visit, and congratulations to a peer are information or courtesy, not reports.",
    "**SKN-2P and the office.** The rule forbids posts by anyone other than the provincial office; the office's own "
    "answers to questions, reminders and even its congratulation (Friday 15:52) are not findings. A post is counted "
    "once (text with its photos, a file with its caption). The ambiguous ปลัดเบิร์ด's acknowledgement is not judged.",
    "**Membership shown by an invite.** An invitee who is removed again (ปอ.พังโคน ธนา in ปจ) still gives the findings "
    "at the invite. An eligible re-invite (ปลัดเล็ก คำตากล้า in ปค) and an eligible member leaving (ปลัดกอล์ฟ in ศอ) are "
    "near misses.",
    "**Names.** I resolve by LINE user id first, then by display name with titles and invisible characters removed. The "
    "renamed deputy in นักปกครองสกลนคร, where no rename notice exists, carries his LINE id. The ambiguous name fits two "
    "people of different districts and roles: never judged in any group.",
    "**The export's `Saved on` line.** formats-line.md shows `Saved on:` only with US-style dates; for a Thai-region "
    "phone I wrote it in the same day/month/BE form as the date lines (`16/10/2569 BE, 21:32`).",
]:
    w("- " + item)
w("")
with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("TRUTH.md", len(out), "lines")
