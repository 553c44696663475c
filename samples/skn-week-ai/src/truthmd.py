"""Writes TRUTH.md from the week's files; the prose is hand-written here."""
import csv, json, os
from collections import Counter, defaultdict
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(D, "src", "summary.json")))
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"))))
near = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"))))
ledger = list(csv.DictReader(open(os.path.join(D, "ledger.csv"))))
GROUP = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
         "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
         "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "[LINE]ศอ.จอส.จว.สน..txt": "ศอ.จอส.จว.สน."}
o = []
o.append("""# Week AI (25–29 May 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from that page; the tool was not run and its code was not read. Data: `roster.csv`, five JSONL chats, one LINE **desktop export with the Thai UI** (`[LINE]ศอ.จอส.จว.สน..txt`, variant G of formats-line.md), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the layout script (`build.py` numbers ids and lines and tabulates the ledger; `g_*.py` hold the hand-written messages and the hand-written truth tags; `truthmd.py` writes this file).

## The week

- Monday 25 – Friday 29 May 2026 (๒๕–๒๙ พ.ค. ๒๕๖๙) are all working days. Saturday 30 and Sunday 31 May are the weekend; Visakha Bucha falls on **Sunday 31 May 2026**, so Monday 1 June is its substitute holiday; Tuesday 2 June is the next working day (Wednesday 3 June, the Queen's birthday, is a holiday too). The long weekend is 30 May – 1 June.
- Topics: start of the rainy season (flash flood, lightning, storm damage), the first school term (volunteer traffic points in front of schools), dengue season (Big Cleaning), rice planting (help to elderly farmers), planning the volunteer activities for 3 June, and road safety for the long weekend.
- Missing answers are judged at the last message of the whole log: **2026-05-29 %s** (Friday, the last line of `[LINE]ศอ.จอส.จว.สน..txt`; every JSONL file ends earlier).

## Roster in brief

`roster.csv` has 86 fictional people: the governor (P001), 3 vice governors (P002–P004), the provincial palad (P005), 3 sending accounts of the provincial administration office (P006–P008), 2 province-level volunteer officers with no district (P009 the centre's account, P010 จ่าณัฐ), 12 agency heads (P011–P022), 4 staff (P023 health, P024 agriculture, P025 ปภ., P026 PR clerk), one retired former district chief (P027), and for each of the 18 districts (P101–P274) a district chief, a coordinating deputy and a district volunteer officer; extra deputies in เมืองสกลนคร, พรรณานิคม, วานรนิวาส (2), สว่างแดนดิน, เจริญศิลป์ and ภูพาน.

- Two people hold `coordinating_deputy|volunteer_center_staff`: ปลัดทศพล คำตากล้า (P182) and ปลัดวรพงษ์ โพนนาแก้ว (P262); they are their districts' volunteer officers.
- The display name **ปลัดบอย** belongs to two people: the coordinating deputy of เต่างอย (P232) and a deputy of สว่างแดนดิน (P214), both without a LINE id: ambiguous, never judged, and their posts answer no duty.
- Name variants: `นายไพศาล คำเพราะ` in ข้อสั่งการ ปจ.สน. (roster `ไพศาล คำเพราะ`, title added); emoji in names (`ศิริชัย นอภ.ภูพาน 🌲`, `ชูชาติ นอภ.ส่องดาว ⭐`, `เกศ จอส.กุสุมาลย์ 🌻`, `รอง ผวจ. ปาริชาติ 🌺`).
- Outsiders (not on the roster): ร้านป้าหนู เสื้อจิตอาสา (joins ศอ by link, sells shirts, removed), สมใจ ประกันภัยรถ (joins ข้อสั่งการ ปค.สน. by link), Nok ทัวร์ภูพาน (posts an advert in ผู้บริหารจังหวัด with no join notice), แม่ค้าออนไลน์ ผ้าไหมสกล (joins นักปกครองสกลนคร by link), ต้น ผู้ช่วย สส. (added to หน.ส่วนราชการ-นอภ.สน. by vice governor ธงชัย, then removed).

## Groups and messages

| file | group | messages |
|---|---|---|""" % S["log_end"][11:16])
tot = sum(S["counts"].values())
for f, n in S["counts"].items():
    o.append(f"| `{f}` | {GROUP[f]} | {n} |")
o.append(f"| | total | {tot} |\n")
o.append(f"ศอ.จอส.จว.สน. carries {S['counts']['[LINE]ศอ.จอส.จว.สน..txt']} messages ({S['counts']['[LINE]ศอ.จอส.จว.สน..txt'] / tot:.0%}). JSONL ids run `ai0001`… across the five JSONL files in time order; the export has no ids, so its truth rows, near misses and ledger places are cited by the file's line number (the first line of a multi-line message). In `ledger.csv` the `order` and `answer` columns are export line numbers.\n")
o.append("""Export conventions (formats-line.md §1.10 G, desktop \"Save chat\", Thai UI): no header and no BOM; date lines `2026.05.25 วันจันทร์` (Gregorian year, full Thai weekday); messages `HH:MM name text` separated by single spaces (names contain spaces: match the longest known name); multi-line messages continue on raw lines (no quotes; no continuation line starts with a time); placeholders `รูป`, `สติกเกอร์`; system lines with the actor in the sender place: `X X ออกจากกลุ่ม`, `X ยกเลิกข้อความ` (both seen in the real file), and by analogy `X X เข้าร่วมกลุ่ม` (join by link/QR), `A A เพิ่ม B เข้ากลุ่ม` (invite), `A A ลบ B ออกจากกลุ่ม` (remove), which formats-line.md marks unverified for Thai. No files are sent in the export (the desktop file placeholder is unknown). Replies are not shown in exports.

## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Counting rule: a clock-time deadline is that minute; a date deadline runs to the end of that day (`23:59:59`); \"ภายใน ๒๔ ชม.\" is 24 hours from the order's minute; \"ภายใน N วัน\" counts from the day after the order, and a last day that is a weekend or holiday moves to the next working day. An answer at or before the deadline is on time. The answer is the first post by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks for; photos alone count only after an order that asks for photos (O2, O4 \"ภาพถ่ายตาราง\", O5, O8); for photos-then-caption posts the first photo is cited. Several orders are open at once, so each answer was matched by its content.
""")
states = defaultdict(lambda: defaultdict(list))
for r in ledger:
    states[r["order"]][r["state"]].append((r["district"], r["answer"]))
for k, od in sorted(S["orders"].items(), key=lambda kv: kv[1]["line"]):
    n = len(od["districts"])
    o.append(f"### {k} — line {od['line']}, {od['time'][8:10]} May {od['time'][11:16]}, {od['sender']} ({'all 18 districts' if n == 18 else str(n) + ' districts named in it'}): {od['topic']}\n")
    o.append(f"Deadline {od['deadline']}. {od['why']}.\n")
    st = states[str(od["line"])]
    for s in ("on-time", "late", "missing", "not-due"):
        if st[s]:
            o.append(f"- **{s}** ({len(st[s])}): " + ", ".join(d + (f" (l.{a})" if a else "") for d, a in st[s]))
    o.append("")
c = Counter(r["state"] for r in ledger)
o.append(f"Ledger totals: {len(ledger)} duties — on-time {c['on-time']}, late {c['late']}, missing {c['missing']}, not-due {c['not-due']}.\n")
o.append("""Posts that create **no duty**: the information-only notice (แจ้งเพื่อทราบ … ไม่ต้องรายงาน, Wed 07:50); the reminders (Wed 08:41 \"อำเภอที่ยังไม่ได้รายงาน…\", Wed 13:10 \"ย้ำ … ยังขาด …\", Wed 16:30 \"ยังไม่ได้รับของ…\"; a reminder neither creates a duty nor moves the first deadline); the centre's summary (Thu 12:20); and the two orders by district people (SKN-5P), which are not orders of the provincial centre.

Cases worth noting: คำตากล้า posts its 3 June plan under the traffic-count order on Tuesday (it answers O1, on time) and sends the count only on Wednesday after the deadline (O3 late); กุดบาก corrects its O1 figure two minutes later (the first post is the answer); บ้านม่วง's \"อำเภอมี ๙ ตำบล\" acknowledgement and กุสุมาลย์'s and บ้านม่วง's questions with numbers are not answers; ภูพาน's coordinating deputy pastes an incident report to the governor (not an answer); สว่างแดนดิน's O3 figure is first posted by ปลัดบอย (ambiguous, not counted) and then by the district volunteer officer (counted, on time); โพนนาแก้ว's coordinating deputy unsends a message on Thursday (the export shows only the notice) and the district never sends its O1 plan (missing); อากาศอำนวย's photos on Wednesday are captioned as the school traffic point, not the Big Cleaning O2 asked for (O2 stays missing); โคกศรีสุพรรณ answers O4 at 23:10 on its last day (on time).

## Findings (`truth.csv`)

| rule | count |
|---|---|""")
rc = Counter(r["rule"] for r in truth)
for k in sorted(rc):
    o.append(f"| {k} | {rc[k]} |")
o.append(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
for f in GROUP:
    rows = [r for r in truth if r["file"] == f]
    if not rows:
        continue
    o.append(f"### {GROUP[f]} (`{f}`)\n")
    for r in rows:
        o.append(f"- {r['rule']} — line {r['line']}{' ' + r['message'] if r['message'] else ''} — {r['who']}{' (' + r['state'] + ')' if r['state'] else ''}: {r['note']}")
    o.append("")
o.append("""Invitations of roster people not admitted to the group give three rows at the invite line: the group's membership rule for the invitee and SKN-ALL for invitee and inviter (ปค: ปลัดแบงค์ พรรณาฯ by วิชิต นอภ.พรรณานิคม; ปจ: ปลัดปฐม พังโคน by นอภ.พังโคน กิตติพงษ์; หน.ส่วนราชการ: พีร์ ปภ.สน. by ปภ.สน. เดชา; ศอ: พีร์ ปภ.สน. by จ่าณัฐ จอส.จว.สน.). Roster people not admitted who join by link or just post give the membership row only. Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL. Later posts by a person already found ineligible in a group give no second membership row; in ข้อสั่งการ ปค.สน. every post still gives SKN-2P.
""")
o.append(f"## Near misses (`near-misses.csv`, {len(near)})\n\nEach is something a careless auditor might flag but which is not a finding (or a post that looks like an answer but is not one).\n")
for f in GROUP:
    rows = [r for r in near if r["file"] == f]
    o.append(f"### {GROUP[f]}\n")
    for r in rows:
        o.append(f"- line {r['line']}{' ' + r['message'] if r['message'] else ''}: {r['why']}")
    o.append("")
o.append("""## Decisions where the rules left room

- **Desktop export system lines.** Only `ออกจากกลุ่ม` and `ยกเลิกข้อความ` are seen in a real Thai desktop file; join, invite and remove lines are written in the same shape (actor repeated), as formats-line.md suggests. The retired official's join (`… เข้าร่วมกลุ่ม`) is a join by link/QR: SKN-5 only, no SKN-ALL (nobody invited him).
- **Removal of an outsider** (ศอ, หน.ส่วนราชการ) gives no finding for the remover and does not undo the outsider's finding.
- **Ambiguous ปลัดบอย.** Its posts are never judged, for membership, for SKN-2P, and also as answers: a post under an ambiguous name cannot be tied to a district, so it answers no duty (its สว่างแดนดิน figure counts only when the volunteer officer reposts it).
- **Orders by district people** (SKN-5P): a district chief's \"ขอให้ทุกอำเภอส่งรายชื่อทีม… ภายในวันศุกร์นี้\" and the host district's coordinating deputy's \"ขอให้ทุกอำเภอแจ้งเวลา… ภายในวันจันทร์\" plainly direct all districts; they create no SKN-5O duty. Courtesy with ขอให้ (wishes, birthday, thanks) is chat.
- **A report from someone not of a district** (SKN-5P): the ปภ. staff member invited into ศอ posts his office's report; that is SKN-5P besides his SKN-5 membership row.
- **The palad in ผู้บริหารจังหวัด และนายอำเภอ.** Only his own instruction to all district chiefs (send your duty rosters by Thursday) is planted as SKN-4P; his situation summary to the governor is a near miss. A district chief's \"แจ้งทุกอำเภอ ให้ส่ง… มาที่ผมก่อน\" is SKN-4P as well.
- **SKN-6P.** Results and progress of an agency or a district (disease control results, planting progress, OTOP sales, irrigation delivered, a district's Big Cleaning result) are findings; warnings, invitations, news forwards, traffic information, condolences, questions and short notices of support are not.
- **SKN-6 by a PR clerk.** A clerk posting PR photos in place of her head is SKN-6 (heads must join in person); the content itself is not judged as SKN-6P (it is PR, not a result).
- **Answers matched by content.** A post answers only the order whose content it carries; more photos after a district has answered are not second answers; a reply with a figure of something else, a question with a number, a promise or an apology is no answer.
- **Date deadlines** run to the end of the day; a 23:10 answer on the last day is on time. \"ภายใน ๒ วัน\" from Wednesday ends Friday (both working days), after the log ends, so the unanswered district is not-due. \"ภายใน ๓ วัน\" from Friday ends on Monday 1 June, the Visakha Bucha substitute holiday, and moves to Tuesday 2 June.
- **Late after a reminder.** Reminders do not move deadlines; answers after a reminder but after the deadline are late.
""")
open(os.path.join(D, "TRUTH.md"), "w").write("\n".join(o) + "\n")
