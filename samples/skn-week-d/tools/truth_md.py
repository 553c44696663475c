"""What TRUTH.md says of the week in words; its tables come from samples/weektools/week_truth.py."""
import sys

import week_truth

INTRO = """# Ground truth: three working days of Sakon Nakhon LINE groups (15–17 December 2025)

Acceptance data for `rabiap audit`. The six groups named in the Sakon Nakhon letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒
(20 Nov 2568) over three working days, Monday 15 to Wednesday 17 December 2025 (no public holiday falls
in them). Every finding, duty and near miss below was worked out by hand from the letter as
`samples/letter-rules-sakon-nakhon.md` reads it, with `docs/duties.md` for which orders open duties and
which answer pays which duty, and `docs/deadlines.md` for how a deadline written in Thai is counted;
nothing was taken from the tool's output.

Run it as: `rabiap audit --roster roster.csv volunteer-centre.jsonl dopa-orders.jsonl palad-orders.jsonl executives.jsonl administrators.jsonl heads-chiefs-export.txt`

Files:

| file | what |
|---|---|
| `roster.csv` | 90 people, the same roster as `samples/skn-week-a/` and `samples/skn-week-c/` (same province, same officials, same LINE ids) |
| `*.jsonl` | five groups as JSONL, one message a line, ids `d0001`… unique across the files and numbered in time order over all of them; joins by link or QR code carry the notice's text |
| `heads-chiefs-export.txt` | หน.ส่วนราชการ-นอภ.สน. as a LINE phone export, Thai UI (BOM, `[LINE] ประวัติการแชทในกลุ่ม "…"`, `บันทึกเมื่อ …`, date lines `จ. 15/12/2568`, `HH:MM⇥name⇥text`, system lines with an empty sender column, `[รูป]`, `[สติกเกอร์]`, multi-line messages in double quotes) |
| `truth.csv` | one row per finding (`rule,file,line,message,who,state,note`) |
| `ledger.csv` | one row per duty of every SKN-5O order (`order,district,state,answer,deadline,note`) |
| `near-misses.csv` | lines a careless tool would flag and that are not findings (`file,line,message,why`) |
| `tools/` | the script that writes the files (`build.py`; the chats are in `g_*.py`) and `check.py`, which checks them (the shared checks of `samples/weektools/`, with the smaller counts of a three-day sample from `week.py`) |

"""

DECISIONS = """## How the rules were read (decisions on unclear points)

1. **Line numbers.** JSONL: the line of the message in its file (1-based). Export: the file line where
   the message starts (line 1 is the `[LINE]` header; a quoted multi-line message is cited at its first
   line).
2. **A post** is a text (or sticker) with the photos/files the same person sends within a minute or
   two around it. Posting findings are one per post, cited at the post's text. Membership findings are
   one per person per group, at the first message that shows the person (invite, join or first post);
   a later post by the same person, or their removal, adds nothing.
3. **An improper invite gives three rows**: the group's membership finding for the invitee, SKN-ALL for
   the invitee and SKN-ALL for the inviter, all on the invite line. A person who joins by link or QR
   code has no inviter: only the membership finding. An outsider (not on the roster) gets only OUTSIDER,
   at the join line, and their sale or advertisement after it adds nothing.
4. **The provincial volunteer centre** is the provincial palad and the volunteer officers without a
   district (`ศอ.จอส.จว.สน. 💛` P009, `พี่นุ จอส.จว.` P010). Only their orders create SKN-5O duties; the
   order to all districts by the district chief of สว่างแดนดิน (Tue 17:05) is SKN-5P and obliges nobody.
5. **Deadlines** (as `docs/deadlines.md` counts them). "ภายในวันอังคารที่ ๑๖ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น." and
   "ภายในวันพุธที่ ๑๗ ธ.ค. ๖๘ ก่อนเวลา ๑๒.๐๐ น." are that day at 12:00. "ภายในวันนี้" and a date without a
   time run to the end of that day, written `23:59:59+07:00`. "ภายใน ๒๔ ชม." and an order with no deadline
   (the rule's default, 24 hours) run from the order's minute. An answer at or before the deadline is
   on time.
6. **Judging time** for missing answers: the last message of all the logs, Wed 17 Dec 2025 18:30
   (`volunteer-centre.jsonl`, the last line). O7 is due Fri 19: its districts without an answer are
   `not-due`, not missing.
7. **Which answer pays which duty** (`docs/duties.md`): the first report in ศอ.จอส.จว.สน. by any person of
   the district (chief, deputy, coordinating deputy, district volunteer officer), as text, a file, or
   photos alone after an order that asks for photos. Each answer pays the order whose subject it names,
   and which it replies to where it is a reply: the roadside clean-up of Sat 13 (ปรับภูมิทัศน์, ตัดหญ้า,
   ระยะทาง, with photos) pays O1; the trainer course names (วิทยากร ๙๐๔, รายชื่อ) pay O2; blankets handed
   out (ผ้าห่มกันหนาว, ผืน, ครัวเรือน) pay O3; form จอส.๓ pays O5; a temple and a head count for Sat 20
   (ยืนยัน, วัด…, คน) pay O6; form จอส.๕ (คูคลอง, ผักตบชวา) pays O7. The one answer of photos alone
   (พรรณานิคม, Mon 13:22) comes when O1, which asked for photos, was the only order open for its district.
   Most late answers came when their district still owed another order too (วานรนิวาส O6 besides O1,
   คำตากล้า O7 besides O1, เต่างอย O7 besides O2, อากาศอำนวย O6 besides O3, บ้านม่วง O7 besides O6): each
   names its own order's subject (and บ้านม่วง's and วานรนิวาส's are replies to their order), so it pays that order and leaves the other open. วาริชภูมิ's late form จอส.๓ (Wed 08:30) came
   when O5 was the only order it still owed. An acknowledgement, a question
   ("ขออนุญาตส่ง…ได้ไหมคะ", ส่องดาว), or a report in another group does not answer. Reminders (ย้ำ,
   เร่งรัด, ยังไม่ได้…, replies to the order) create no duty and move no deadline; thanks that mention
   ส่งรายงาน are courtesy (chat) and create none.
8. **Display names**: `ปลัดต้น` belongs to two roster people and is never judged (it appears in
   ข้อสั่งการ ปค.สน. and นักปกครองสกลนคร, near misses both times).
9. **No posting rule** is planted or judged for นักปกครองสกลนคร (the letter only states its purpose)
   or for ข้อสั่งการ ปจ.สน. (the letter says members *need not* report or acknowledge). No sales post by a
   member is placed in นักปกครองสกลนคร; the only advertisement there is an outsider's. SKN-CAP is not
   exercised.
10. **SKN-6P** is planted only on plain reports of results (the treasury's disbursement figures, a
   district's OTOP results); a meeting notice, a festival invitation, a system notice and questions are
   near misses.
11. **SKN-4P** is planted only on an order to all district chiefs by the provincial palad; his report to
   the governor in the same group is a near miss. A vice governor's instruction (ฝากนายอำเภอทุกอำเภอ…)
   is allowed.
12. **ข้อสั่งการ ปค.สน.**: every post by a member who is not the office is SKN-2P, whatever it is
   (acknowledgement, sticker, 🙏, question, thanks); the office's own orders, answers and corrections
   are allowed.

"""

OUTSIDERS = ("Outsiders (not on the roster): `เสื้อกันหนาวมือ1 ราคาส่ง by แม่ปุ๊ก` (a seller of winter clothes, "
             "ศอ.จอส.จว.สน., QR code, removed), `เอ็ม ประกันชีวิต ดูแลครบ` (an insurance agent, นักปกครองสกลนคร, link, "
             "removed).\n")

ORDERS_INTRO = ("Six orders of the provincial centre ask districts to report (O1–O3, O5–O7). O2 names its five "
                "districts in the salutation (เรียน นอภ.…), O5 its three in the text (ขอให้ อ.… อ.… และ อ.…). O4 is "
                "information-only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน) and obliges nobody. Three reminders (R1 a reply to "
                "O1, R2 for O3, R3 a reply to O6) create nothing; each names the districts that still owed when it "
                "was sent. The order by the district chief of สว่างแดนดิน (Tue 17:05) is an SKN-5P finding and "
                "obliges nobody.\n")

NOTICES = ("R1", "R2", "R3", "O4")


def write(path, st):
    week_truth.write(path, st, sys.modules[__name__])
