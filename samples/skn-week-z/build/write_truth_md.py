# Writes TRUTH.md from the hand-annotated truth files and the notes below.
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
facts = json.load(open(os.path.join(HERE, "facts.json"), encoding="utf-8"))
rd = lambda f: list(csv.DictReader(open(os.path.join(OUT, f), encoding="utf-8")))
truth, near, ledger, roster = rd("truth.csv"), rd("near-misses.csv"), rd("ledger.csv"), rd("roster.csv")
EXPORT = "[LINE]หน.ส่วนราชการ-นอภ.สน..txt"
GROUPS = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "pk-orders.jsonl": "ข้อสั่งการ ปค.สน.",
          "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
          "administrators.jsonl": "นักปกครองสกลนคร", EXPORT: "หน.ส่วนราชการ-นอภ.สน."}
TOPIC = {"A": "clean-up of the polling-station sites by volunteers, with 3-4 photos (all districts)",
         "B": "firebreaks around the Phu Phan range (five named districts)",
         "C": "list of volunteers helping the elderly and disabled at polling stations on 8 Feb, Excel form (all districts)",
         "D": "volunteer watch against sugar-cane burning; nil report asked if none (four named districts)",
         "E": "survey of volunteers trained under the 904 course (all districts)",
         "F": "face-mask handout against PM2.5, with photos (all districts)",
         "G": "survey of the volunteers' equipment needs; 'ไม่มี' if none (all districts)",
         "H": "plan of temple clean-ups for Makha Bucha (all districts)"}

L = []
w = L.append
w("# Week Z: Sakon Nakhon LINE groups, Monday 2 to Friday 6 February 2026 (พ.ศ. ๒๕๖๙)\n")
w("Acceptance data for the audit of the six groups named in letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002), with the truth "
  "worked out by hand from that letter and `EVAL-RULES.md`. Everything here is fictional: names, places inside "
  "districts, figures, letter numbers.\n")
w("## The week and its working days\n")
w("- Working days: Monday 2, Tuesday 3, Wednesday 4, Thursday 5 and Friday 6 February 2026. None is a public holiday.\n"
  "- Saturday 7 and Sunday 8 February are the weekend; Sunday 8 February is the general election day (ส.ส.), which "
  "drives most of the traffic (neutrality of officials, polling-station clean-ups, volunteers at the stations, "
  "alcohol ban, ID-card service over the weekend). Monday 9 and Tuesday 10 February are working days "
  "(Makha Bucha falls on Tuesday 3 March 2026, outside the week).\n"
  "- Other topics of the week: the PM2.5 season, the ban on burning cane and stubble (winter crops, sugar mills), "
  "forest fires on the Phu Phan range, the mobile provincial service day (จังหวัดเคลื่อนที่) at นิคมน้ำอูน on Thursday 5 "
  "February, and the results of Children's Day (10 Jan) and Teachers' Day (16 Jan).\n"
  f"- **The log ends at {facts['log_end']}** (message {facts['log_end_id']}, the last message of "
  "`volunteer-centre.jsonl` and of the whole log). Missing reports are judged at that time.\n")

w("## Files\n")
w("| file | group | messages | format |\n|---|---|---|---|")
for f, g in GROUPS.items():
    fmt = "LINE PC \"Save chat\" export, Thai UI (no header, `YYYY.MM.DD วัน…` date lines, `HH:MM sender text`; "\
          f"{facts['export_lines']} physical lines)" if f == EXPORT else "JSONL"
    w(f"| `{f}` | {g} | {facts['counts'][f]} | {fmt} |")
tot = sum(facts["counts"].values())
w(f"\nTotal {tot} messages; ศอ.จอส.จว.สน. holds {facts['counts']['volunteer-centre.jsonl']} "
  f"({100 * facts['counts']['volunteer-centre.jsonl'] / tot:.0f}%).")
w("Message ids run `z0001`… in time order across the JSONL files (so each file's ids have gaps). The export has no ids; "
  "its truth rows cite the file's line number (the first line of a multi-line message). "
  "`roster.csv`, `truth.csv`, `ledger.csv`, `near-misses.csv` and `check.py` (run `python3 check.py`) sit beside them; "
  "`build/` holds the scripts that laid the hand-written posts out in time order and numbered them.\n")
w("Export details: the PC export has no header, so the group name is only in the file name, as LINE's PC client names it "
  "(`[LINE]<chat name>.txt`). Photos and stickers appear as `รูป` and `สติกเกอร์`. Membership lines have the actor in "
  "the sender column and repeated in the text: `A A เพิ่ม B เข้ากลุ่ม` (invite), `X X เข้าร่วมกลุ่ม` (join by link), "
  "`A A ลบ B ออกจากกลุ่ม` (removal), `X X ออกจากกลุ่ม` (leave). Multi-line messages continue on raw lines.\n")

w("## Roster in brief\n")
rc = Counter()
for r in roster:
    for x in r["role"].split("|"):
        rc[x] += 1
w(f"{len(roster)} people: " + ", ".join(f"{v} {k}" for k, v in sorted(rc.items(), key=lambda x: -x[1])) + " (a dual role counts twice).")
w("- Every one of the 18 districts has a district chief, a coordinating deputy and a volunteer officer; in กุสุมาลย์ and "
  "นิคมน้ำอูน one person is both (`coordinating_deputy|volunteer_center_staff`: ปลัดเก่ง กุสุมาลย์, ปลัดเบียร์ น้ำอูน). "
  "Other deputies in เมืองสกลนคร, กุดบาก, พรรณานิคม, วานรนิวาส (two, one newly posted) and สว่างแดนดิน.\n"
  "- Province: the governor, three vice governors, the palad, three office sending accounts (ปค.จ.), two province-level "
  "volunteer officers (no district). Twelve agency heads (สสจ., ปภ., พมจ., เกษตรจังหวัด, ทสจ., ศธจ., พช., "
  "ประชาสัมพันธ์จังหวัด, ท้องถิ่นจังหวัด, แรงงานจังหวัด, อุตสาหกรรมจังหวัด, พลังงานจังหวัด (new)) and a deputy or clerk "
  "for สสจ., พมจ., เกษตรจังหวัด and ทสจ.; the governor's secretary (staff); a retired official.\n"
  "- Ambiguous display name: `ปลัดต้น` is the display name of two deputies (กุดบาก and พรรณานิคม); neither has a LINE id, "
  "so the name is never resolved and their posts are never judged.\n"
  "- Spelling variants on purpose: `นาย ประเสริฐ โคกศรีฯ` (roster `ประเสริฐ โคกศรีฯ`, title นาย), "
  "`นาย ทวีศักดิ์ ศธจ.สน.` (roster `ทวีศักดิ์ ศธจ.สน.`) and `ปลัดโจ้  เต่างอย` with two spaces (roster `ปลัดโจ้ เต่างอย`; "
  "that message carries no senderId, so only the name can match it).\n"
  f"- LINE user ids (`U` + 32 hex) for {sum(1 for r in roster if r['line_user_id'])} people, an e-mail for "
  f"{sum(1 for r in roster if r['email'])} others (each address used once), neither for the rest. "
  "JSONL messages carry `senderId` for people with a LINE id, except where the name itself is the test.\n"
  "- Not on the roster (outsiders): น้องมายด์ จิตอาสา, ผ้าไหมแม่ทองสุข, Nong Bee ประกันภัย, กำนันสมพร ต.โพนงาม, "
  "โอ๋ ช่างภาพ, คุณแอน ประกันชีวิต.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("A duty is born only from an order of the provincial volunteer centre (the palad or a province-level volunteer "
  "officer) that asks districts to report. The answer is the first report of any of the district's people "
  "(chief, any deputy, coordinating deputy, district volunteer officer) about that order: a text report, a file, a nil "
  "report where the order asks for one, or photos alone after an order that asks for photos. Acknowledgements, "
  "stickers, questions and promises (\"จะส่งช่วงบ่าย\") are not answers. The answer cited is the first message of the "
  "answering post (the first photo when the photos come before the caption). A deadline written as a day means the end "
  "of that day (23:59:59). The time of an order is the time of its text.\n")
bykey = {v["id"]: k for k, v in facts["orders"].items()}
led = defaultdict(list)
for r in ledger:
    led[r["order"]].append(r)
for k, o in facts["orders"].items():
    rows = led[o["id"]]
    c = Counter(r["state"] for r in rows)
    w(f"### Order {k} — {o['id']} ({o['time'][:16].replace('T', ' ')}): {TOPIC[k]}\n")
    w(f"- Deadline {o['deadline']}: {o['reason']}")
    w(f"- Obliged: {'all 18 districts' if len(o['districts']) == 18 else ', '.join(o['districts'])}. "
      + ", ".join(f"{v} {s}" for s, v in sorted(c.items())) + ".")
    odd = [r for r in rows if r["state"] in ("late", "missing")]
    if odd:
        w("- Late or missing: " + "; ".join(f"{r['district']} {r['state']}" + (f" ({r['answer']}, {r['note']})" if r["answer"] else " (no answer; the finding cites the order)") for r in odd) + ".")
    ok = [r for r in rows if r["state"] == "on-time"]
    if ok:
        w("- On time: " + ", ".join(f"{r['district']} {r['answer']}" for r in ok) + ".")
    nd = [r for r in rows if r["state"] == "not-due"]
    if nd:
        w("- Not due at the end of the log: " + ", ".join(r["district"] for r in nd) + ".")
    w("")
w("Reminders (no new duty): " + ", ".join(f"{r['message']} — {r['why'].split(':')[0]}" for r in near
                                          if r["file"] == "volunteer-centre.jsonl" and "reminder" in r["why"]) + ".\n")
w("Information-only posts of the centre (no duty): " + ", ".join(r["message"] for r in near
  if r["file"] == "volunteer-centre.jsonl" and "information-only" in r["why"]) + ". Orders from people outside the "
  "centre (the office's sending account on Tue 10:05, the chief of เมืองสกลนคร on Wed 07:30) create no duty either; they "
  "are SKN-5P findings.\n")
w("Traps built into the answers: A and C are open together on Tuesday–Wednesday (both about polling stations; บ้านม่วง "
  "answers A on Wed 16:00 and never C); a minute before the deadline (B ภูพาน 14:09, C กุสุมาลย์ 16:29, F วาริชภูมิ "
  "11:59, G นิคมน้ำอูน 15:19); a late-night answer just in time (A โคกศรีสุพรรณ Wed 23:40); answers by ordinary deputies "
  "(A วานรนิวาส, A สว่างแดนดิน); answers as replies to the order; photos alone (A กุสุมาลย์, A เต่างอย, F คำตากล้า); photos "
  "then caption; a file alone; a file before its caption; a correction after an answer (C พรรณานิคม); a second piece "
  "after the deadline when the first was on time (C เต่างอย); nil answers (D วานรนิวาส, G กุสุมาลย์, G เต่างอย); a "
  "promise that never becomes a report (B ส่องดาว); an acknowledgement only (A โพนนาแก้ว, F เต่างอย); a question that is "
  "not an answer (C คำตากล้า); a reminder after the deadline that does not extend it (G); not-due duties at the end "
  "of the log (E, H); and the district chief of โคกศรีสุพรรณ answering F under the name `นาย ประเสริฐ โคกศรีฯ`.\n")
w("The full ledger (117 rows) is `ledger.csv`.\n")

w("## Findings (`truth.csv`)\n")
rules = Counter(r["rule"] for r in truth)
w("Per rule: " + ", ".join(f"{k} {v}" for k, v in sorted(rules.items())) + f"; {len(truth)} rows in all, "
  f"{len(truth) - rules['SKN-5O']} of them posting or membership findings.\n")
w("Membership findings come once per person per group, at the first line that shows the person in the group. "
  "`check.py` recomputes every membership, SKN-ALL and OUTSIDER row from the roster and the files and compares.\n")
for f, g in GROUPS.items():
    rs = [r for r in truth if r["file"] == f]
    if not rs:
        continue
    w(f"### {g} (`{f}`)\n")
    w("| line | message | rule | who | state | why |\n|---|---|---|---|---|---|")
    for r in sorted(rs, key=lambda r: (int(r["line"]), r["rule"])):
        w(f"| {r['line']} | {r['message']} | {r['rule']} | {r['who']} | {r['state']} | {r['note']} |")
    w("")

w("## Near misses (`near-misses.csv`)\n")
w(f"{len(near)} lines that a careless tool would flag and that are not findings (or, for the centre's own orders, "
  "not duties beyond what the ledger says).\n")
for f, g in GROUPS.items():
    rs = [r for r in near if r["file"] == f]
    if not rs:
        continue
    w(f"### {g} (`{f}`)\n")
    for r in rs:
        w(f"- line {r['line']}{' (' + r['message'] + ')' if r['message'] else ''}: {r['why']}")
    w("")

w("## Readings chosen where the rules leave room\n")
w("- **SKN-2P counts posts, not messages.** A post is a text plus the photos or files sent right after it; one row per post, "
  "at its first message. The one photo-only violation in ข้อสั่งการ ปค.สน. is a single photo, so the count is the same either way.\n"
  "- **Ambiguous names are never judged**, even where both candidates would be in breach (`ปลัดต้น` acknowledging in "
  "ข้อสั่งการ ปค.สน. and thanking in นักปกครองสกลนคร): near misses, not SKN-2P or SKN-1.\n"
  "- **Acknowledgements by agency heads in หน.ส่วนราชการ-นอภ.สน. are not SKN-6P**: the letter bans reports and performance "
  "results; a bare \"รับทราบ\" or a question carries none. Heads who answer the governor *with their results* are SKN-6P.\n"
  "- **Members not listed by the letter** are membership findings wherever they appear: a vice governor in "
  "นักปกครองสกลนคร (SKN-1), an office sending account in ข้อสั่งการ ปจ.สน. (SKN-3; the admin-staff reading only applies to "
  "ข้อสั่งการ ปค.สน.), the palad in หน.ส่วนราชการ-นอภ.สน. (SKN-6), an agency head, the governor's secretary and a "
  "coordinating deputy in the executives' group (SKN-4).\n"
  "- **The district-chief's acknowledgements and reports in ข้อสั่งการ ปจ.สน.** are near misses (\"need not\" is not a ban).\n"
  "- **A relayed remark is not an order**: the governor's secretary telling the executives' group where the governor is "
  "gives SKN-4 (membership) only.\n"
  "- **An invited outsider** gives one OUTSIDER row naming the inviter in the note, never SKN-ALL; removal of an "
  "outsider is not a new appearance.\n"
  "- **Deadlines**: a day means its end; \"ภายใน ๒๔ ชม.\" and the 24-hour default run from the order's text; "
  "\"ภายใน ๓ วัน\" counts from the next day and moves off a weekend to the next working day.\n")
open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("TRUTH.md", len(L), "blocks")
