"""What TRUTH.md says of the week in words; its tables come from samples/weektools/week_truth.py."""
import sys

import week_truth

INTRO = """# Ground truth: a week of Sakon Nakhon LINE groups (24–28 November 2025)

Acceptance data for `rabiap audit`. Six groups named in the Sakon Nakhon letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒
(20 Nov 2568) over one working week, Monday 24 to Friday 28 November 2025, with a roster of the
province's people. Every finding, duty and near miss below was worked out by hand from the letter as
`samples/letter-rules-sakon-nakhon.md` reads it; nothing was taken from the tool's output.

Run it as: `rabiap audit --roster roster.csv volunteer-centre.jsonl dopa-orders.jsonl palad-orders.jsonl executives.jsonl administrators.jsonl heads-chiefs-export.txt`

Files:

| file | what |
|---|---|
| `roster.csv` | 90 people (header and role codes as in the README) |
| `*.jsonl` | five groups as JSONL, one message a line, ids `a0001`… unique across the files and numbered in time order over all of them |
| `heads-chiefs-export.txt` | หน.ส่วนราชการ-นอภ.สน. as a LINE phone export, Thai UI (BOM, `[LINE] ประวัติการแชทในกลุ่ม "…"`, `บันทึกเมื่อ …`, date lines `จ. 24/11/2568`, `HH:MM⇥name⇥text`, system lines with an empty sender column, `[รูป]`, `[สติกเกอร์]`, multi-line messages in double quotes) |
| `truth.csv` | one row per finding (`rule,file,line,message,who,state,note`) |
| `ledger.csv` | one row per duty of every SKN-5O order (`order,district,state,answer,deadline,note`) |
| `near-misses.csv` | lines a careless tool would flag and that are not findings (`file,line,message,why`) |
| `tools/` | the script that writes the files (`build.py`, the chats are in `g_*.py`) and `check.py`, which checks them |

"""

DECISIONS = """## How the rules were read (decisions on unclear points)

1. **Line numbers.** JSONL: the line of the message in its file (1-based). Export: the file line where
   the message starts (line 1 is the `[LINE]` header; a quoted multi-line message is cited at its first
   line).
2. **A post** is a text (or sticker) with the photos/files the same person sends within a minute or
   two around it. Posting findings are one per post, cited at the post's text, or at its first photo
   when it has no text. Membership findings are one per person per group, at the first message that
   shows the person (invite, join or first post).
3. **An improper invite gives three rows**: the group's membership finding for the invitee (SKN-n: the
   invitee is now a member who is not admitted), plus SKN-ALL for the invitee and SKN-ALL for the
   inviter, all on the invite line. the letter rules (samples/letter-rules-sakon-nakhon.md) exempts only OUTSIDER from SKN-ALL, so the membership
   finding was kept. An outsider who is added gets only OUTSIDER (naming the inviter).
4. **The provincial volunteer centre** is the provincial palad and the volunteer officers without a
   district (`ศอ.จอส.จว.สน. 💛` P009, `พี่นุ จอส.จว.` P010). Only their orders create SKN-5O duties;
   orders by others in ศอ.จอส.จว.สน. are SKN-5P findings and oblige nobody.
5. **Deadlines.** A date without a time ("ภายในวันที่ ๒๖ พ.ย. ๖๘", "ภายในวันศุกร์ที่ ๒๘ พ.ย.", "3 ธค. 68")
   runs to the end of that day, written `23:59:59+07:00`. "ก่อนเที่ยงวันพรุ่งนี้" is 12:00 the next day.
   "ภายใน N วัน" is counted as Thai law counts it: from the day after the order, N calendar days, a last
   day that is a weekend or a public holiday (5 Dec 2025) moving to the next working day, to its end.
   "ภายใน ๒๔ ชม." and an order with no deadline both give 24 hours from the order's time. An answer at
   or before the deadline is on time. No answer sits on a deadline to the second.
6. **Judging time** for missing answers: the last message of all the logs, Fri 28 Nov 2025 19:40
   (`volunteer-centre.jsonl`, the last line). A duty whose deadline is later and that has no answer is
   `not-due`, not missing.
7. **What answers a duty**: the first report in ศอ.จอส.จว.สน. by any person of the district (chief,
   deputy, coordinating deputy, district volunteer officer), as text, a file, or photos alone after an
   order that asks for photos (O2, O6 and O12 ask for photos; photos sent alone occur only after O6). The
   ledger's answer id is the post's text (for photos followed by a caption, the caption; for photos
   alone, the first photo). An acknowledgement, a question, or a report posted in another group does
   not answer. Reminders (ย้ำ, เร่งรัด, อำเภอที่ยังไม่…, ตามกำหนดเวลา, replies to the order) create no duty
   and move no deadline.
8. **Display names**: `ปลัดต้น` belongs to two roster people and is never judged. Spellings that differ
   only by a title (`นายสมศักดิ์ ภูผาลา`, `นายไพโรจน์ หงส์ทอง`), by doubled spaces (`ปลัดโจ้  บ้านม่วง`)
   or by invisible bidi marks (export line 77) are the roster person.
9. **No posting rule** is planted or judged for นักปกครองสกลนคร (the letter rules (samples/letter-rules-sakon-nakhon.md) has no SKN-1P) or for
   ข้อสั่งการ ปจ.สน. (the letter says members *need not* report or acknowledge). The provincial palad
   does not appear in หน.ส่วนราชการ-นอภ.สน. (whether he counts as an agency head there is a reading the
   letter leaves open), and SKN-CAP is not exercised (no group comes near its stated size).
10. **SKN-6P** counts an agency's own award as a performance result (the letter rules (samples/letter-rules-sakon-nakhon.md) says so); an
   acknowledgement, a question, a forwarded notice and a meeting notice are not reports.

"""

OUTSIDERS = ("Outsiders (not on the roster): `ครามสกล ผ้าย้อมคราม by แม่หนิง` (indigo-cloth seller), "
             "`Kanokwan.P 🌸` (a vice governor's secretary), `ธุรการ อ.โพนนาแก้ว (น้องฝน)` (a district clerk), "
             "`Jeab Insurance 💼` (insurance seller).\n")

ORDERS_INTRO = ("Ten orders of the provincial centre ask districts to report; O2 and O9 name their districts in the "
                "salutation (เรียน นอภ.…), O7 and O12 in the text (ขอให้ อ.… และ อ.…). O4 and O10 are information-only "
                "(แจ้งเพื่อทราบ … ไม่ต้องรายงาน / ไม่ต้องตอบกลับ) and oblige nobody. Four reminders (R1 reply to O1, R2 for O5, "
                "R3 reply to O6, R4 for O3) create nothing. Orders in the group by others — the district chief of "
                "เมืองสกลนคร (Mon 09:35), the coordinating deputy of พังโคน (Tue 13:40) and a vice governor (Wed 07:30) — "
                "are SKN-5P findings and oblige nobody.\n")

NOTICES = ("R1", "R2", "R3", "R4", "O4", "O10")


def write(path, st):
    week_truth.write(path, st, sys.modules[__name__])
