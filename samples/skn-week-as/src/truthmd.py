# Writes TRUTH.md: the hand-written account below, with the lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in g_sor.py (run gen.py first).
import csv
import json
import os
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
SOR = "volunteer-centre.jsonl"
EXPORT = "[LINE]นักปกครองสกลนคร.txt"
sor = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, SOR), encoding="utf-8")}
sor_line = {k: i for i, k in enumerate(sor, 1)}
out = []
w = out.append
total = sum(S["counts"].values())


def t16(s):
    return datetime.fromisoformat(s).strftime("%a %d %b %H:%M")


w("# Week AS (23–27 February 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read "
  "by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the "
  "tool was not run and its rules were not read. Data: `roster.csv`, five JSONL chats, one LINE for PC export with the "
  "Thai UI (`[LINE]นักปกครองสกลนคร.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. "
  "`src/` holds the scripts the chats were laid out with: every message and every truth note in them is written by "
  "hand; the scripts only sort, number ids and lines, and tabulate the ledger (and assert that the ledger states "
  "written by hand in `g_sor.py` `EXPECT` agree with the times).\n")

w("## The week\n")
w("- Monday 23 – Friday 27 February 2026 (๒๓–๒๗ ก.พ. ๒๕๖๙) are all working days. Saturday 28 Feb and Sunday 1 Mar are "
  "the weekend; Monday 2 March is a working day.\n"
  "- Makha Bucha (full moon of the third lunar month) falls on **Tuesday 3 March 2026** (๓ มี.ค. ๒๕๖๙), a public "
  "holiday after the log. There is no public holiday in the week or on Monday 2 March, so no deadline in the week "
  "moves; the one order whose counted days run over the weekend (O6, \"ภายใน ๓ วัน\") ends on Monday 2 March, a working "
  "day, before the holiday. I decided the holiday from the lunar calendar (Makha Bucha 2569 = 3 March 2026, as the "
  "as the calendar has it: early March) and checked that no other national holiday (none in late February) touches the week.\n"
  "- The season sets the topics: drought declared in 9 districts (water trucks, broken village water supplies: O2, O5), "
  "forest fires on the Phu Phan range (O1, incident reports in every group), PM2.5 and cane burning (O3), the school "
  "year ending (drowning of a pupil in พรรณานิคม on Wednesday, ID cards for pupils), the local governments' tax month "
  "(the orders and reports about ภาษีที่ดินและสิ่งปลูกสร้าง), the Red Cross fair opening on Friday 27 Feb at 18.00, "
  "and Makha Bucha preparations (O6).\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** "
  "(Friday 27 Feb, the last message of `volunteer-centre.jsonl`; every other file ends earlier that day).\n")

rc = Counter(r for p in roster for r in p["role"].split("|"))
w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional, no name from week AB): the governor (P001), "
  f"{rc['vice_governor']} vice governors, the provincial palad, {rc['provincial_admin_staff']} sending accounts of "
  "the provincial administration office (ฝ่ายบริหารงานปกครอง, งานสารบรรณ, กลุ่มงานความมั่นคง), 2 province-level "
  f"volunteer officers (no district: อนุวัฒน์ ศอ.จอส.จว.สน. and the admin กัลยา), {rc['agency_head']} agency heads, "
  "4 staff (deputies or clerks of the ปภ., health, environment and treasury heads), one retired former district chief, "
  "and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer; extra "
  "deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, สว่างแดนดิน (2), โคกศรีสุพรรณ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดอนุพงษ์ คำตากล้า and ปลัดชนินทร์ "
  "โพนนาแก้ว (their districts' volunteer officers too).\n"
  "- The display name **ปลัดบอย** belongs to two people: the coordinating deputy of อากาศอำนวย (who also goes by "
  "`บุญยืน อากาศฯ`) and an ordinary deputy of สว่างแดนดิน; neither has a LINE id. Posts under `ปลัดบอย` are ambiguous "
  "and never judged (they appear in ศอ.จอส.จว.สน., ข้อสั่งการ ปค.สน. and the export) and answer no duty.\n"
  "- People with a LINE user id (`U` + 32 hex) carry it as `senderId` on about two JSONL messages in three; some "
  "people have an e-mail, some both, some neither; no id or e-mail is shared.\n"
  "- Name variants: the volunteer officer of วานรนิวาส renames herself `จิราภรณ์ 💧 จอส.วานรนิวาส` in ศอ.จอส.จว.สน. "
  "(rename notice Tue 24 11:30) and reports O4 under it; the district chief of โพนนาแก้ว renames himself "
  "`สมหมาย 🌾 โพนนาแก้ว` in ข้อสั่งการ ปค.สน. (Thu 26 09:55) and posts under it there; the district chief of "
  "เมืองสกลนคร posts once in ข้อสั่งการ ปจ.สน. as `นายอิทธิพล ปัดถาวะโร` (title added to his roster name "
  "`อิทธิพล ปัดถาวะโร`, with his LINE id). Names with emoji as on the roster: `นอภ.ภูพาน เทพฤทธิ์ 🌲`, "
  "`ศิริลักษณ์ จอส.พรรณา 🌻`, `ประยงค์ ปภ.สน. 🚒` and others. Renames are per group: the renamed people keep their "
  "old names in the other groups.\n"
  "- Outsiders (not on the roster): `เจ๊ปุ๊ก ผ้าครามสกล` (joins ศอ.จอส.จว.สน. by link/QR on Friday evening, sells "
  "indigo cloth, is removed), `ตั้ม ธ.ก.ส.สกลนคร` (added to หน.ส่วนราชการ-นอภ.สน. by เกษตรจังหวัด, removed), "
  "`ปลัดหนึ่ง อบต.นาหัวบ่อ` (a lookalike: a sub-district council clerk, not a ปลัดอำเภอ; posts a question in "
  "นักปกครองสกลนคร with no join notice, then leaves) and `สินเชื่อทันใจ 24ชม.` (joins นักปกครองสกลนคร by link, "
  "posts a loan advert, leaves).\n")

w("## Groups and messages\n")
w("| file | group | messages | posting/membership findings |")
w("|---|---|---|---|")
for fn, n in S["counts"].items():
    nf = sum(1 for r in truth if r["file"] == fn and r["rule"] != "SKN-5O")
    w(f"| `{fn}` | {S['groups'][fn]} | {n} | {nf} |")
w(f"| | total | {total} | {sum(1 for r in truth if r['rule'] != 'SKN-5O')} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / total:.1f}%). JSONL ids run "
  "`as0001`… across the five JSONL files in the order of the table (each file in time order). The export has no ids: "
  "its truth rows and near misses cite the line number (the first line of a multi-line message).\n")
w("Export conventions (`formats-line.md` §1.3–1.7, variant G, LINE for PC \"Save chat\", Thai UI): file name "
  "`[LINE]<group>.txt` (the desktop family has no header, so the file name is the only place the group name appears), "
  "no BOM, no header, date lines `2026.02.23 วันจันทร์` (Gregorian year, full Thai weekday), messages "
  "`HH:MM <sender> <text>` separated by single spaces (sender names contain spaces: split on known names), placeholders "
  "without brackets (`รูป`, `สติกเกอร์`), multi-line messages with raw continuation lines (no quotes), and system lines "
  "with the sender column repeated in the text as in the real sample: `10:25 X X ออกจากกลุ่ม` (leave) and, by analogy "
  "(the Thai join string is not verified in §1.6), `13:45 X X เข้าร่วมกลุ่ม` (join by link). I put no file messages and "
  "no invite, remove or rename in the export, because their Thai PC strings are unknown. Replies (`replyTo`) appear "
  "only in the JSONL groups.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule (as week AB): a deadline written as a clock time is that minute; a deadline written as a date runs to "
  "the end of that day (`23:59:59` in the ledger); with no deadline in the text, 24 hours from the order's minute; "
  "\"ภายใน N วัน\" counts from the day after the order, and a last day on a weekend or holiday moves to the next working "
  "day. An answer at or before the deadline is on time. The answer is the first report by any of the district's people "
  "(chief, deputy, coordinating deputy, district volunteer officer) that carries the result asked for: a text, a file, "
  "or photos alone after an order that asks only for photos (O3). A post of several messages (text then photos, "
  "photos then caption, file then caption) is cited at its first message. When several orders are open I matched each "
  "answer to its order by its content. Orders by anyone but the palad or a province-level volunteer officer create no "
  "duty; nor do information posts (แจ้งเพื่อทราบ, ไม่ต้องรายงาน), reminders (ย้ำ, เร่งรัด, ยังไม่ได้รับ/ยังขาด…) or the "
  "centre's replies to an order.\n")
names = {r["district"] for r in ledger}
for key, o in S["orders"].items():
    rows = [r for r in ledger if r["order"] == o["id"]]
    scope = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {key} — {o['id']} (line {o['line']}), {t16(o['time'])}, {o['sender']} ({scope})\n")
    w(f"Topic: {o['topic']}. Deadline **{o['deadline']}**. {o['why']}\n")
    by = defaultdict(list)
    for r in rows:
        cite = f"{r['answer']}, l.{sor_line[r['answer']]}" if r["answer"] else ""
        by[r["state"]].append(f"{r['district']}" + (f" ({cite})" if cite else ""))
    for st in ("on-time", "late", "missing", "not-due"):
        if by[st]:
            w(f"- **{st}** ({len(by[st])}): " + ", ".join(by[st]))
    w("")
lc = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, "
  f"not-due {lc['not-due']}.\n")
w("Posts that create **no duty**: the information posts at l.26 (heat, ไม่ต้องรายงาน), l.91 (Red Cross fair, "
  "เพื่อทราบ, voluntary) and l.199 (burning ban, เพื่อทราบ ไม่ต้องรายงาน); the centre's clarification of O2 (l.41, a "
  "reply to it) and its answer to a deputy (l.14); the progress summary l.71 and the reminders l.118 (reply to O2), "
  "l.145 (O1), l.172 (reply to O3), l.219 (ย้ำ, O4), l.234 (reply to O4), l.244 (เร่งรัด, reply to O5); the centre's "
  "withdrawal of a district's request (l.99, ไม่ต้องส่ง); and the two orders/reports by people outside the provincial "
  "centre (SKN-5P below).\n")

w("## Findings (`truth.csv`)\n")
rcount = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rcount):
    w(f"| {k} | {rcount[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rcount['SKN-5O']} posting/membership, {rcount['SKN-5O']} SKN-5O) |\n")
for fn in S["counts"]:
    rows = [r for r in truth if r["file"] == fn]
    if not rows:
        continue
    w(f"### {S['groups'][fn]} (`{fn}`)\n")
    for r in rows:
        st = f" **{r['state']}**" if r["state"] else ""
        mid = f" {r['message']}" if r["message"] else ""
        w(f"- {r['rule']} — line {r['line']}{mid} — {r['who']}{st}: {r['note']}")
    w("")
w("Invitations of roster people not admitted to the group give three rows at the invite line: the group's membership "
  "rule for the invitee and SKN-ALL for invitee and inviter (ศอ: ศราวุธ ปภ.สน. by อนุวัฒน์ ศอ.จอส.จว.สน.; ปค: "
  "ปลัดภาคภูมิ โคกศรีฯ by ปลัดเดชา โคกศรีฯ; ปจ: ปลัดวีรยุทธ พรรณาฯ by นอภ.พรรณานิคม; หน.ส่วนราชการ: จิตรลดา สสจ.สน. "
  "by หมอวรเมธ สสจ.สน.). An outsider gives one OUTSIDER row at the first message that shows them (join, invite or first "
  "post) and no SKN-ALL. A person already found in a group gives no second membership row; in ข้อสั่งการ ปค.สน. their "
  "posts still give SKN-2P.\n")

w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless reading might flag (or count as an answer) but which is not a finding. By group:\n")
nc = Counter(r["file"] for r in near)
for fn in S["counts"]:
    w(f"- {S['groups'][fn]}: {nc[fn]}")
w("")
w("The kinds: the office's own orders and their letters in ข้อสั่งการ ปค.สน.; acknowledgements, stickers and reports "
  "by district chiefs in ข้อสั่งการ ปจ.สน.; the governor's and vice governors' orders, incident reports, replies, "
  "courtesy with ขอให้… in ผู้บริหารจังหวัด และนายอำเภอ; publicity, invitations, warnings, questions, forwards, sales "
  "notices and condolences in หน.ส่วนราชการ-นอภ.สน.; reports by coordinating deputies and by the two-role people in "
  "นักปกครองสกลนคร; and in ศอ.จอส.จว.สน. the centre's orders, eligible invitees, reports by deputies and volunteer "
  "officers, photos alone after the photo order, answers a minute or two before the deadline, a late-night answer on "
  "a date deadline, reports before an order, reports on another order than the one still owed, acknowledgements and "
  "promises that are not reports, information-only posts, reminders, courtesy with order words, the ambiguous "
  "`ปลัดบอย`, renamed and titled names, and the removal of an outsider.\n")

w("## Decisions where the rules left room (also in my report)\n")
w("""- **SKN-CAP.** Only ผู้บริหารจังหวัด และนายอำเภอ can exceed its count with this roster: governor, 3 vice governors, the
  palad and 18 district chiefs are 23 admitted people against the letter's 22. All 23 appear during the week, so one
  SKN-CAP row sits at the first message of the 23rd, นอภ.กุสุมาลย์ เอกรัฐ (Fri 27 07:05). I counted a person as
  "appearing" from their first post, join or invite (the same first message as the membership rules); the not-admitted
  ปภ. head and coordinating deputy, outsiders and ambiguous names are not counted. ข้อสั่งการ ปจ.สน. can reach at most
  19 = its count (no finding); the other stated counts are far above this roster.
- **Photos with a caption about something else.** O3 asks only for photos, so photos alone answer it; but วาริชภูมิ's
  photos at l.147 come with a caption saying they show more water deliveries, so they are one post about water, not
  O3's burning campaign: วาริชภูมิ stays missing for O3. Likewise ภูพาน's fire-incident photos (l.29) are not O1's
  firebreak report.
- **Reports before the order** answer nothing: กุดบาก's Saturday firebreak report (l.8, before O1) and วาริชภูมิ's
  Monday water post (l.33, before O2); both districts answered again after the order.
- **No deadline in the text** (O3): 24 hours from the order's minute, 08:40 Wed → 08:40 Thu; สว่างแดนดิน's photos at
  09:15 Thursday are late even though the activity took place the day before.
- **A reminder, reply or withdrawal by the centre** neither creates a duty nor moves a deadline; a district volunteer
  officer's request to all districts (l.97) is an SKN-5P order that creates no duty, and the centre set it aside anyway.
- **SKN-5P "report".** I read a situation report by an agency head (ทสจ., l.82) and a results report by agency staff
  (ปภ., l.192) as reports by someone other than a district's people. The ปภ. staff's greeting and offer of help
  (l.164) is neither order nor report: only his invite is a finding.
- **Invite then removal.** ปจ: the palad asked and the inviting chief removed the coordinating deputy 55 minutes later; the
  findings at the invite stand (the removal is a near miss).
- **Acting for someone.** The office's sending account posting a DOPA letter "ส่งแทนท่านปลัดจังหวัด" in ข้อสั่งการ ปจ.สน.
  is SKN-3 (membership follows the role, not whose letter it is); a coordinating deputy reporting for his chief in
  ผู้บริหารจังหวัด และนายอำเภอ is SKN-4.
- **SKN-4P.** The palad's instruction to all district chiefs (send data by 12.00) and the ปภ. head's instruction to the
  districts (send the request form by Wednesday) are orders by someone other than the governor or a vice governor.
  The governor's and vice governors' replies, the palad's thanks, and chiefs' incident reports are not. I planted no
  case of someone relaying "ท่านผู้ว่าฯ สั่งการ…", which the page does not settle.
- **SKN-6P.** The governor's own news with photos of his field visit is what the group is for, not a member's report;
  an agency's award, a district's firefighting results, the tax-collection progress and the irrigation project's weekly
  results are SKN-6P. A one-line answer to a colleague's question (\"ไม่มีผู้บาดเจ็บครับ…\"), warnings, invitations,
  forwards and sales notices are not.
- **One post, one posting finding** in ข้อสั่งการ ปค.สน.: a sender's messages less than three minutes apart are one post,
  cited at the first (the photo and the \"ส่งผิดกลุ่ม\" apology at l.89–90 are one SKN-2P). A sticker or 🙏 alone is a post.
- **Renames** carry within the group where the notice is; the renamed person keeps the old name elsewhere, so whether a
  rename carries across files is not tested.
- **Date deadlines** run to the end of the day: ภูพาน's 23:10 answer on O2's last day is on time.
- **Answers a minute or two before** a clock deadline are on time (พรรณานิคม 11:58 for 12:00); none is planted at the
  exact deadline minute.
- **Counting days over the weekend** (O6): \"ภายใน ๓ วัน\" from Friday is Sat, Sun, Mon 2 March; Monday is a working day,
  so nothing moves; the deadline falls after the log and every unanswered district is not-due.
- **The PC export's system strings**: only the leave line's shape is attested for Thai PC exports; I used the same shape
  for the join line and left invites, removals, renames and files out of that file.
""")
open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "blocks")
