"""What TRUTH.md says of the week in words; its tables come from samples/weektools/week_truth.py."""
import sys

import week_truth

INTRO = """# Ground truth: a week of Sakon Nakhon LINE groups (8–12 December 2025)

Acceptance data for `rabiap audit`. Six groups named in the Sakon Nakhon letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒
(20 Nov 2568) over one working week, Monday 8 to Friday 12 December 2025. Wednesday 10 December is
วันรัฐธรรมนูญ (Constitution Day), a public holiday: people still post, and one order's period runs
across it. Every finding, duty and near miss below was worked out by hand from the letter as
`samples/letter-rules-sakon-nakhon.md` reads it, with `docs/duties.md` for which answer pays which duty
and `docs/deadlines.md` for how a deadline written in Thai is counted; nothing was taken from the
tool's output.

Run it as: `rabiap audit --roster roster.csv volunteer-centre.jsonl dopa-orders.jsonl palad-orders.jsonl executives.jsonl administrators.jsonl heads-chiefs-export.txt`

Files:

| file | what |
|---|---|
| `roster.csv` | 90 people, the same roster as `samples/skn-week-a/` (same province, same officials, same LINE ids) |
| `*.jsonl` | five groups as JSONL, one message a line, ids `c0001`… unique across the files and numbered in time order over all of them; joins by link or QR code carry the notice's text |
| `heads-chiefs-export.txt` | หน.ส่วนราชการ-นอภ.สน. as a LINE phone export, Thai UI (BOM, `[LINE] ประวัติการแชทในกลุ่ม "…"`, `บันทึกเมื่อ …`, date lines `จ. 08/12/2568`, `HH:MM⇥name⇥text`, system lines with an empty sender column, `[รูป]`, `[สติกเกอร์]`, multi-line messages in double quotes) |
| `truth.csv` | one row per finding (`rule,file,line,message,who,state,note`) |
| `ledger.csv` | one row per duty of every SKN-5O order (`order,district,state,answer,deadline,note`) |
| `near-misses.csv` | lines a careless tool would flag and that are not findings (`file,line,message,why`) |
| `tools/` | the script that writes the files (`build.py`; the chats are in `g_*.py`) and `check.py`, which checks them |

"""

DECISIONS = """## How the rules were read (decisions on unclear points)

1. **Line numbers.** JSONL: the line of the message in its file (1-based). Export: the file line where
   the message starts (line 1 is the `[LINE]` header; a quoted multi-line message is cited at its first
   line).
2. **A post** is a text (or sticker) with the photos/files the same person sends within a minute or
   two around it. Posting findings are one per post, cited at the post's text. Membership findings are
   one per person per group, at the first message that shows the person (invite, join or first post).
3. **An improper invite gives three rows**: the group's membership finding for the invitee, SKN-ALL for
   the invitee and SKN-ALL for the inviter, all on the invite line. A person who joins by link or QR
   code has no inviter: only the membership finding. An outsider (not on the roster) gets only OUTSIDER.
4. **The provincial volunteer centre** is the provincial palad and the volunteer officers without a
   district (`ศอ.จอส.จว.สน. 💛` P009, `พี่นุ จอส.จว.` P010). Only their orders create SKN-5O duties; an
   order in ศอ.จอส.จว.สน. by a district chief is SKN-5P and obliges nobody.
5. **Deadlines** (as `docs/deadlines.md` counts them). A date without a time runs to the end of that day,
   written `23:59:59+07:00`. "ภายในวันพรุ่งนี้ 12.00 น." and "ภายในพรุ่งนี้ ๑๖.๐๐ น." are that time on
   the next day. "ภายใน ๒ วัน" does not count the order's day, and a last day that is a weekend or a
   public holiday moves to the next working day: posted Mon 8, the last day Wed 10 is วันรัฐธรรมนูญ, so
   the deadline is the end of Thu 11. "ภายใน ๒๔ ชม." and an order with no deadline (24 hours, the
   rule's default) run from the order's minute and are not moved by the holiday. An answer at or
   before the deadline is on time.
6. **Judging time** for missing answers: the last message of all the logs, Fri 12 Dec 2025 18:40
   (`volunteer-centre.jsonl`, the last line). A duty whose deadline is later and that has no answer is
   `not-due`, not missing (O9, due Mon 15).
7. **What answers a duty**: the first report in ศอ.จอส.จว.สน. by any person of the district (chief,
   deputy, coordinating deputy, district volunteer officer), as text, a file, or photos alone after an
   order that asks for photos (photos sent alone occur once, by พรรณานิคม after O1, when O1 was the
   only order open for it). Every answer names the subject of its own order and shares no more than a
   word or two with any other order its district still owed at the time, so which duty it pays is
   never in doubt. An acknowledgement, a question, or a report in another group does not answer.
   Reminders (ย้ำ, ทวงถาม, อำเภอที่ยังไม่ได้รายงาน, replies to the order) create no duty and move no
   deadline.
8. **Display names**: `ปลัดต้น` belongs to two roster people and is never judged (it appears in
   ข้อสั่งการ ปค.สน. and นักปกครองสกลนคร, near misses both times).
9. **No posting rule** is planted or judged for นักปกครองสกลนคร (the letter only states its purpose)
   or for ข้อสั่งการ ปจ.สน. (the letter says members *need not* report or acknowledge). No sales or
   off-topic post is placed in นักปกครองสกลนคร, where the letter gives a purpose and no ban. SKN-CAP is
   not exercised.
10. **SKN-6P** is planted only on plain reports of results (an agency's or a district's own figures);
   a meeting notice, a festival invitation, an IT-system notice and questions are near misses.
11. **SKN-4P** is planted only on orders to all district chiefs by the provincial palad; his
   information and reports to the governor in the same group are near misses.

"""

OUTSIDERS = ("Outsiders (not on the roster): `น้ำผึ้งป่าภูพาน by เจ๊แดง 🍯` (a honey seller, ศอ.จอส.จว.สน., QR code), "
             "`Bank Kittipong` (ข้อสั่งการ ปค.สน., QR code), `สกลนครนิวส์ออนไลน์` (a news page, นักปกครองสกลนคร, link), "
             "`ครูต้น สกลนคร` (a tutor, หน.ส่วนราชการ-นอภ.สน.).\n")

ORDERS_INTRO = ("Nine orders of the provincial centre ask districts to report (O1–O3, O5–O9, O11). O2 and O5 name their "
                "districts in the salutation (เรียน นอภ.…), O8 in the text (ขอให้ อ.… และ อ.…). O4 and O10 are "
                "information-only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน) and oblige nobody. Three reminders (R1 a reply to O1, R2 "
                "for O3, R3 a reply to O7) create nothing; each names the districts that still owed when it was sent. The "
                "order by the district chief of วาริชภูมิ (Mon 17:30) is an SKN-5P finding and obliges nobody.\n")

NOTICES = ("R1", "R2", "R3", "O4", "O10")


def write(path, st):
    week_truth.write(path, st, sys.modules[__name__])
