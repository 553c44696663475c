"""Writes TRUTH.md from the hand-written notes in truth.csv, ledger.csv and near-misses.csv plus the text below."""
import csv, json, os
from collections import defaultdict, Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rd = lambda n: list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8")))
truth, ledger, near = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv")
vol = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(OUT, "volunteer-centre.jsonl"), encoding="utf-8")}
line = {json.loads(l)["id"]: i for i, l in enumerate(open(os.path.join(OUT, "volunteer-centre.jsonl"), encoding="utf-8"), 1)}
S = json.load(open(os.path.join(OUT, "src", "summary.json")))
TOP = {
 "O1": "Mon 9 Mar 09:05, ปลัดจังหวัดสกลนคร ยุทธนา (typed up from the heads' meeting chaired by vice governor สมบูรณ์). Water trucking in the declared drought districts, reported **every day before 10:00, Tue 10 – Fri 13** (each day's report is a duty of its own: 4 duties a district). The order describes whom it asks (\"อำเภอที่ได้ประกาศเขต…ภัยแล้งแล้ว (ตามสรุปข้างต้น)\"); the 08:30 summary names the six: วาริชภูมิ, ส่องดาว, นิคมน้ำอูน, เจริญศิลป์, คำตากล้า, บ้านม่วง. Only these six are listed. A report is matched to its day by the day it is sent (the figures are the previous day's, as the order asks).",
 "O2": "Mon 9 Mar 10:40, จ่าเอก ศอ.จอส.จว.สน. 💛 (province-level volunteer officer, chatty with emoji, @mentions). Fire-patrol volunteers; five districts named by @mention; \"ภายใน ๑๖.๓๐ น. วันนี้\" = 16:30 Mon 9.",
 "O3": "Mon 9 Mar 14:00, ครูแอน จอส.จว.สน. (with the letter as PDF). Sports-day volunteers, all 18; \"ภายในวันพุธที่ ๑๑ มี.ค. ๒๕๖๙\" = to the end of Wed 11.",
 "O4": "Tue 10 Mar 08:40, the palad typing up vice governor ไพฑูรย์'s orders from the กรมการจังหวัด meeting. Cane burning / PM2.5; all districts \"ยกเว้นอำเภอเมืองสกลนคร\" (17); \"ภายใน ๒๔ ชม.\" = 08:40 Wed 11.",
 "O5": "Tue 10 Mar 13:15, จ่าเอก (chatty). Photos of fire-break work, all 18; \"ก่อนเที่ยงพรุ่งนี้\" = 12:00 Wed 11. Photos alone answer it.",
 "O6": "Tue 10 Mar 16:00, the palad, four chiefs named in the salutation (ภูพาน, กุดบาก, โคกศรีสุพรรณ, พรรณานิคม). Hotspots **every day before 10:00, Wed 11 – Fri 13** (3 duties a district).",
 "O7": "Wed 11 Mar 09:30, the palad. Drowning-risk waters before the school break, all 18; \"ภายใน ๓ วัน\": day 1 Thu 12, day 2 Fri 13, day 3 Sat 14 (weekend) → next working day Mon 16, end of day. After the log: unanswered districts are not-due.",
 "O8": "Wed 11 Mar 15:00, ครูแอน, four chiefs named (สว่างแดนดิน, พังโคน, วานรนิวาส, อากาศอำนวย). Cane-truck checkpoints; \"พรุ่งนี้เช้า ก่อน ๐๙.๐๐ น.\" = 09:00 Thu 12.",
 "O9": "Thu 12 Mar 10:00, จ่าเอก. Village water supply, all districts \"ยกเว้น ภูพาน กุดบาก ที่ส่งทางอีเมลมาแล้ว\" (16); \"ภายใน ๑๖.๐๐ น. วันนี้\" = 16:00 Thu 12.",
 "O10": "Fri 13 Mar 09:00, ครูแอน, six districts named on lines below the salutation (เมืองสกลนคร, กุสุมาลย์, โคกศรีสุพรรณ, พังโคน, พรรณานิคม, เต่างอย). Arrivals at the stadium; \"ภายในเวลา ๑๑.๐๐ น.\" = 11:00 Fri 13.",
 "O11": "Fri 13 Mar 13:30, the palad (plan as PDF). Songkran service points, all 18; \"ภายในวันศุกร์ที่ ๒๐ มี.ค. ๒๕๖๙\" = end of Fri 20: after the log, unanswered districts are not-due.",
}
ok_by_id = {}
for r in ledger:
    ok_by_id.setdefault(r["order"], r["note"].split(" ")[0])
L = []
w = L.append
w("# Week BB (9–13 March 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ as read by `letter-rules-sakon-nakhon.md`. Data: `roster.csv`, five JSONL chats, one Thai-UI Android phone export (`executives-export.txt`, ผู้บริหารจังหวัด และนายอำเภอ), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the chat sources and the script that numbers lines and ids and tabulates the ledger from the answers assigned by hand.\n")
w("## The week\n")
w("- Monday 9 – Friday 13 March 2026 (๙–๑๓ มี.ค. ๒๕๖๙) are all working days. มาฆบูชา fell on Tuesday 3 March 2026, the week before; the next public holiday is วันจักรี, Monday 6 April. **No public holiday falls in the week or right after it**, so no deadline moves for a holiday. Saturday 14 and Sunday 15 are the weekend: a counted-days deadline whose last day falls on them moves to Monday 16 (O7).")
w("- Topics: drought and water trucking in six declared districts, village water supply, forest fires on the ภูพาน range, PM2.5 and the burning of cane at harvest, the school break coming (drowning risk), and the provincial sports day (กีฬาสัมพันธ์) on Friday 13 at the provincial stadium.")
w(f"- Missing answers are judged at the last message of the whole log: **{S['log_end']}** (Friday 13, the last message of `volunteer-centre.jsonl`; the export ends 19:30).\n")
w("Counting rule: a clock deadline is that minute; a date deadline runs to the end of that day (23:59:59); \"ภายใน ๒๔ ชม.\" is 24 hours from the order's minute; \"ภายใน N วัน\" counts from the day after the order and a last day on a weekend or holiday moves to the next working day; \"ทุกวันก่อน ๑๐.๐๐ น.\" makes one duty per day named, each due 10:00 that day. An answer at or before the deadline is on time. The answer is the first report by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) carrying what the order asks; photos alone count only for O5, which asks for photos.\n")
w("## Roster in brief\n")
w("`roster.csv`: 86 fictional people: governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office, 2 province-level volunteer officers (จ่าเอก ศอ.จอส.จว.สน. 💛, ครูแอน จอส.จว.สน.; no district), 12 agency heads, 4 agency staff, one retired former district chief (ลุงยงค์ อดีตนอภ.วาริช), and for each of the 18 districts a chief, a coordinating deputy and a volunteer officer, with further deputies in เมืองสกลนคร, พรรณานิคม, วานรนิวาส (2), สว่างแดนดิน, เจริญศิลป์, ภูพาน.\n")
w("- Two roles `coordinating_deputy|volunteer_center_staff`: ปลัดเอก กุดบาก 🔥 and ปลัดจตุพร เจริญศิลป์ (their districts have no separate volunteer officer).")
w("- **ปลัดแบงค์** is the display name of two people (a deputy of เมืองสกลนคร and one of วานรนิวาส): ambiguous, never judged, answers nothing.")
w("- The chief of บ้านม่วง renames himself in ศอ.จอส.จว.สน. on Wed 11 at 12:05 (`rename` event) from `สมคิด นอภ.บ้านม่วง` to `ผู้ใหญ่คิด บ้านม่วง 🌾` (both in display_names) and posts under the new name there afterwards; in the other groups he keeps the old name.")
w("- LINE ids (`U`+32 hex) on most, e-mails on some; JSONL messages of people with a LINE id carry `senderId` on about two messages in three.\n")
w("## Export conventions (`executives-export.txt`)\n")
w("Thai-UI Android phone export, following the Thai mobile sample of formats-line.md (§1.10 E): UTF-8 BOM, `[LINE] ประวัติการแชทในกลุ่ม \"ผู้บริหารจังหวัด และนายอำเภอ\"`, `บันทึกเมื่อ 13/03/2569 22:05`, a blank line before each date line `จ. 09/03/2569` (Thai abbreviated weekday, Buddhist year), `HH:MM⇥name⇥text`, multi-line messages in double quotes (inner quotes doubled), `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`, `[วิดีโอ]`, and system lines with an empty sender column: `A เพิ่ม B เข้ากลุ่ม`, `X เข้าร่วมกลุ่ม`, `A ลบ B ออกจากกลุ่ม`, `X ออกจากกลุ่ม`. No ids: rows cite the line number (first line of a multi-line message). Replies are not shown in the export.\n")
w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
G = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
     "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "executives-export.txt": "ผู้บริหารจังหวัด และนายอำเภอ"}
for f, n in S["counts"].items():
    w(f"| `{f}` | {G[f]} | {n} |")
w(f"| | total | {sum(S['counts'].values())} |\n")
w("JSONL ids run `bb0001`… across the five JSONL files in time order.\n")
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
by = defaultdict(list)
for r in ledger:
    by[r["order"]].append(r)
for oid, rows in by.items():
    ok = ok_by_id[oid]
    w(f"### {ok} — line {line[oid]} {oid}\n")
    w(TOP[ok] + "\n")
    dls = sorted(set(r["deadline"] for r in rows))
    for dl in dls:
        rs = [r for r in rows if r["deadline"] == dl]
        w(f"Deadline {dl}:")
        for st in ("on-time", "late", "missing", "not-due"):
            xs = [r for r in rs if r["state"] == st]
            if xs:
                w(f"- **{st}** ({len(xs)}): " + ", ".join(r["district"] + (f" (l.{line[r['answer']]} {r['answer']})" if r["answer"] else "") for r in xs))
        w("")
st = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {st['on-time']}, late {st['late']}, missing {st['missing']}, not-due {st['not-due']}.\n")
w("Posts that create **no duty**: the 08:30 drought summary (information), the 11:00 Wednesday forecast (แจ้งเพื่อทราบ … ไม่ต้องรายงาน), the Thursday 08:10 reminder of O1 (ย้ำ … ตามที่สั่งการไว้) and the 16:05 @mention reminder of O9, the province-level officer's answers to questions, and the orders by district people (SKN-5P below), which are not orders of the provincial centre.\n")
w("## Findings (`truth.csv`)\n")
rc = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rc):
    w(f"| {k} | {rc[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
for f in G:
    rows = [r for r in truth if r["file"] == f]
    w(f"### {G[f]} (`{f}`)\n")
    for r in rows:
        w(f"- {r['rule']} — line {r['line']} {r['message']} — {r['who']}" + (f" **{r['state']}**" if r["state"] else "") + f": {r['note']}")
    w("")
w("## Near misses (`near-misses.csv`, %d)\n" % len(near))
w("Each is something a careless tool might flag but which is not a finding.\n")
for f in G:
    w(f"### {G[f]}\n")
    for r in near:
        if r["file"] == f:
            w(f"- line {r['line']} {r['message']}: {r['why']}")
    w("")
w(open(os.path.join(OUT, "src", "decisions.md"), encoding="utf-8").read())
open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
