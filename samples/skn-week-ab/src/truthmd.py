# Writes TRUTH.md: the hand-written account below, with the tables filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in week_sor.py (run gen.py first).
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv")
roster = rd("roster.csv")
GN = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
      "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
      "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "volunteer-centre.txt": "ศอ.จอส.จว.สน."}
out = []
w = out.append
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))

w("# Week AB (3–7 November 2025): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ "
  "(seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and "
  "those rules; the tool was not run. Data: `roster.csv`, five JSONL chats, one Thai-UI LINE phone export "
  "(`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. "
  "`src/` holds the script the chats were laid out with (the messages and every truth note in it are written by hand; "
  "it only numbers lines and ids and tabulates the ledger).\n")

w("## The week\n")
w("- Monday 3 – Friday 7 November 2025 (๓–๗ พ.ย. ๒๕๖๘) are all working days. Saturday 8 and Sunday 9 are the weekend; "
  "Monday 10 is a working day. There is no public holiday in or next to the week.\n"
  "- Loy Krathong (full moon of the 12th lunar month) falls on **Wednesday 5 November 2025**. It is a festival, not a "
  "public holiday, so it moves no deadline; the night of the 5th is when most festival reports come in (O6), "
  "and the clean-up order (O8) follows on the 6th. The harvest (O4), the first cold mornings (O5, O9), the festival "
  "sites (O1, O6, O8, O10) and the province's mobile office day at อ.ส่องดาว on Friday 7 November (information-only "
  "order, the heads' and executives' traffic) set the week's topics.\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** "
  "(Friday 7 Nov, the last line of `volunteer-centre.txt`; every JSONL file ends earlier that day).\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional): the governor, {rc['vice_governor']} vice governors, the "
  f"provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office, "
  "2 province-level volunteer officers (no district), "
  f"{rc['agency_head']} agency heads, 4 deputies/clerks of agency heads (role `staff`), one retired former district "
  "chief, and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, "
  "with one or two more deputies in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, สว่างแดนดิน, เจริญศิลป์ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดนุ กุดบาก and ปลัดชัย ภูพาน "
  "(they are their districts' volunteer officers too).\n"
  "- The display name **ปลัดโอ๊ต** belongs to two people (the coordinating deputy of เต่างอย and a deputy of "
  "วานรนิวาส): ambiguous, never judged. ปลัดโอ๊ต's posts answer no duty.\n"
  "- Some people have a LINE user id (`U` + 32 hex), some an e-mail of their own, some both or neither; no e-mail is "
  "shared. JSONL messages of people with an id carry `senderId` on about two messages in three.\n"
  "- Name variants in the chats: `ปลัดเอ็ม  พังโคน` (doubled space; roster `ปลัดเอ็ม พังโคน`), `นายสมพงษ์ ศรีสุข` "
  "(title added; roster `สมพงษ์ ศรีสุข`), and `นอภ.ส่องดาว 🌳` wrapped in U+2068/U+2069 in the export. "
  "The district chief of บ้านม่วง renames himself to `ผู้กองบัติ บ้านม่วง 🎣` in ข้อสั่งการ ปค.สน. (rename notice, "
  "Tuesday 16:00) and posts under that name there afterwards; he uses his old name in the other groups.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn, n in S["counts"].items():
    w(f"| `{fn}` | {GN[fn]} | {n} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts']['volunteer-centre.txt']} messages ({100 * S['counts']['volunteer-centre.txt'] / total:.0f}%). "
  "JSONL ids run `ab0001`…`ab" + f"{total - S['counts']['volunteer-centre.txt']:04d}" + "` across the five JSONL files; the export "
  "has no ids, so its truth rows, near misses and ledger places are cited by the file's line number "
  "(the first line of a multi-line message). In `ledger.csv` the `order` and `answer` columns are written "
  "`volunteer-centre.txt:<line>`.\n")
w("Export conventions used (formats-line.md §1, Thai UI): BOM, `[LINE] ประวัติการแชทในกลุ่ม \"…\"`, `บันทึกเมื่อ 07/11/2568 22:14`, "
  "date lines `จ. 03/11/2568`, `HH:MM⇥name⇥text`, multi-line messages in double quotes, `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`, and "
  "3-column system lines `HH:MM⇥⇥A เพิ่ม B เข้ากลุ่ม` (invite), `X เข้าร่วมกลุ่ม` (join by link/QR), `X ออกจากกลุ่ม`, "
  "`A ลบ B ออกจากกลุ่ม`, `X ยกเลิกข้อความ`. Replies are not shown in exports, so no ศอ report is marked as a reply; "
  "replies (`replyTo`) appear in the JSONL groups.\n")

# ---------------- orders -----------------
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule: a deadline written as a clock time is that minute; a deadline written as a date runs to the end of that "
  "day (written `23:59:59` in the ledger); \"ภายใน ๒๔ ชม.\" is 24 hours from the order's minute; \"ภายใน N วัน\" counts "
  "from the day after the order, and a last day on a weekend or holiday moves to the next working day. An answer at or "
  "before the deadline is on time. The answer is the first report by any person of the district (chief, deputy, "
  "coordinating deputy, district volunteer officer) that carries the result asked for; for photos-then-caption and "
  "text-then-photos posts the post's first line is cited; photos alone count only after an order that asks for photos. "
  "I matched each answer to its order by its content (several orders are open at once).\n")
by_order = defaultdict(list)
for r in ledger:
    by_order[r["order"]].append(r)
for key, o in S["orders"].items():
    ref = f"volunteer-centre.txt:{o['line']}"
    rows = by_order[ref]
    ds = "all 18 districts" if o["districts"] == "ALL" else f"{len(o['districts'])} districts named in it"
    w(f"### {key} — line {o['line']}, {o['time'][8:10]} Nov {o['time'][11:16]}, {o['sender']} ({ds})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    st = defaultdict(list)
    for r in rows:
        st[r["state"]].append(r)
    for s in ("on-time", "late", "missing", "not-due"):
        if st[s]:
            items = ", ".join(f"{r['district']}" + (f" (l.{r['answer'].split(':')[1]}{', ' + r['note'] if r['note'] else ''})" if r["answer"] else "")
                              for r in st[s])
            w(f"- **{s}** ({len(st[s])}): {items}")
    w("")
lc = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, not-due {lc['not-due']}.\n")
w("Orders that create **no duty**: the information-only posts at line "
  + ", ".join(r["line"] for r in near if "information-only" in r["why"] and r["file"] == "volunteer-centre.txt")
  + " (แจ้งเพื่อทราบ / เพื่อทราบ … ไม่ต้องรายงาน); the reminders at lines "
  + ", ".join(r["line"] for r in near if r["why"].startswith("reminder") and r["file"] == "volunteer-centre.txt")
  + " (ย้ำ, เร่งรัด, ตามกำหนดเวลา, อำเภอที่ยังไม่ได้รายงาน; a reminder neither creates a duty nor moves the first deadline); "
  "and the two orders by district people (SKN-5P findings below), which are not orders of the provincial centre. "
  "(The labels O3 and O7 are not used: they would have been the two information-only posts.)\n")

# ---------------- findings -----------------
w("## Findings (`truth.csv`)\n")
tc = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(tc):
    w(f"| {k} | {tc[k]} |")
w(f"| total | {len(truth)} ({len(truth) - tc['SKN-5O']} posting/membership, {tc['SKN-5O']} SKN-5O) |\n")
cur = None
for r in truth:
    if r["file"] != cur:
        cur = r["file"]
        w(f"\n### {GN[cur]} (`{cur}`)\n")
    mid = f" {r['message']}" if r["message"] else ""
    st = f" **{r['state']}**" if r["state"] else ""
    w(f"- {r['rule']} — line {r['line']}{mid} — {r['who']}{st}: {r['note']}")
w("")
w("Invitations of roster people not admitted to the group (ปค: ปลัดเมธ เจริญศิลป์ by อดุลย์ ปอ.เจริญศิลป์; ปจ: ปลัดเอ็ม พังโคน by "
  "นอภ.พังโคน; หน.ส่วนราชการ: ณรงค์ศักดิ์ ปภ.สน. by ผอ.ปภ.สน.; ศอ: ภานุ พมจ. by มยุรี 💚) give three rows each at the invite "
  "line: the group's membership rule for the invitee and SKN-ALL for invitee and inviter. Outsiders (not on the roster) "
  "give one OUTSIDER row at their first appearance and no SKN-ALL: ป้าแดง ผ้าห่มนวม (joined ศอ by link/QR), "
  "ประกันชีวิต พี่ปุ้ย (joined นักปกครองสกลนคร by link), ต้อม เลขาฯ นายก อบจ. (added to หน.ส่วนราชการ by a vice governor), "
  "Nok ทัวร์ภูพาน (posts in ผู้บริหารจังหวัด with no join notice). Later posts by a person already found ineligible in a "
  "group give no second membership row; in ข้อสั่งการ ปค.สน. their posts still give SKN-2P.\n")

# ---------------- near misses -----------------
w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless tool might flag but which is not a finding under EVAL-RULES.md.\n")
cur = None
for r in near:
    if r["file"] != cur:
        cur = r["file"]
        w(f"\n### {GN[cur]}\n")
    mid = f" {r['message']}" if r["message"] else ""
    w(f"- line {r['line']}{mid}: {r['why']}")
w("")

w("## Decisions where the rules left room\n")
w("""- **Invite lines and SKN-2P.** An invite is a system notice, not a post; the inviter in ข้อสั่งการ ปค.สน. gets SKN-ALL but no SKN-2P for inviting.
- **One post, one posting finding.** A text with its photos, or several photos sent together, is one post (LABELS.md); a posting finding cites the post's first line (e.g. two photos in ปค.สน. → one SKN-2P at the first photo).
- **SKN-5P orders by district people.** LABELS.md makes any message that plainly directs all districts an order whoever sends it; so \"ฝากทุกอำเภอช่วยส่งภาพ… ภายในวันศุกร์นี้\" (a district chief) and \"ขอให้ทุกอำเภอแจ้งจำนวน… ภายในวันนี้\" (the host district's coordinating deputy) are SKN-5P orders. They create no SKN-5O duty (only the provincial centre's orders do). Courtesy with order words (\"ขอให้ทุกอำเภอจัดงานราบรื่นปลอดภัยนะครับ\") is chat.
- **Palad's orders in ผู้บริหารจังหวัด และนายอำเภอ.** Only the palad's own instruction to all district chiefs is planted as SKN-4P; his information and summaries addressed to the governor are near misses. I planted no case of the palad relaying \"ท่านผู้ว่าฯ สั่งการ…\", which the rules do not settle.
- **Rename across files.** The rename notice is only in ข้อสั่งการ ปค.สน.; the renamed chief keeps his old name in the other files, so whether a rename carries across files is not tested.
- **Date deadlines** run to the end of the day (23:59:59), also late at night: a 22:45 answer on the last day is on time.
- **Answers a minute before** a clock deadline are on time; I planted none at the exact deadline minute (the export has no seconds).
- **Photos alone** answer only an order that asks for photos (O2, O8); photos sent by นิคมน้ำอูน on Thursday 13:10 answer O8, not the O6 report it still owed (O6 asked for figures), which it sent late at 14:30.
- **Unsent messages.** An unsend notice stands for a message that is no longer in the export; the คำตากล้า report four minutes before it is still present, so it counts.
- **The retired official** is not admitted in ผู้บริหารจังหวัด และนายอำเภอ (SKN-4); a province-level agency head there is SKN-4 too.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acks and reports by district chiefs are near misses); a coordinating deputy posting there for his chief is SKN-3.
""")
open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "lines")
