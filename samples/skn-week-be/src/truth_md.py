"""Writes TRUTH.md: the hand-written account of the week, with the tables taken from the week's files."""
from collections import Counter

from people import PEOPLE, DISTRICTS

INTRO = """# Week BE (21–25 September 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and those rules; the tool
was not run. Data: `roster.csv`, five JSONL chats, one LINE phone export with a Thai user interface
(`[LINE] แชทในกลุ่ม ข้อสั่งการ ปจ.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them.
`src/` holds the script the chats were laid out with (the messages and every tag on them are written by hand; it numbers
lines and ids and tabulates the ledger).

## The week, holidays and how deadlines count

- Monday 21 – Friday 25 September 2026 (๒๑–๒๕ ก.ย. ๒๕๖๙) are all working days. There is no public holiday in the week
  or next to it: 24 September (วันมหิดล) is a commemorative day, not a holiday; the next holidays are in October.
  Saturday 26 and Sunday 27 are the weekend; Monday 28, Tuesday 29 and Wednesday 30 September are working days.
- 30 September is the last day of fiscal year 2569 and the retirement date of officials born in 2509: the week is busy
  with disbursement deadlines (ข้อสั่งการ ปค.สน., หน.ส่วนราชการ, O8 in ศอ.จอส.จว.สน.), farewell messages and the
  province's มุทิตาจิต ceremony on Friday 25 (moved from 16:30 to 16:00), the transfer order naming the next district
  chief of วาริชภูมิ, and the height of the rains: หนองหาร above its storage level, ลำน้ำก่ำ and น้ำสงคราม over their
  banks, shelters in เมืองสกลนคร, โพนนาแก้ว and อากาศอำนวย, sandbags, boats, one drowning, dengue after the floods, and
  a tropical storm announced for 26–28 September.
- Counting rules used for every duty (SKN-5O): a deadline written as a clock time is that minute (an answer in that
  minute or earlier is on time; none is planted inside the deadline minute itself); a deadline written as a date runs to
  the end of that day (`23:59:59` in the ledger); "ภายใน ๒๔ ชม." and an order with no deadline at all (also one marked
  only ด่วน) are due 24 hours after the order's minute; "ภายใน N วัน" counts from the day after the order, and a last day
  on a weekend or holiday moves to the next working day.
- Daily reports ("ทุกวัน ก่อน … น. จนถึงวัน…"): when the span has an end, each day of the span is a duty of its own for
  each district, due at that day's hour; the days the order names are all counted, weekend days too when the order says
  so. When the span has no end ("จนกว่าสถานการณ์จะคลี่คลาย"), the days cannot be counted: the order makes one duty per
  district, its first report, due at the first hour the order names; the later daily reports are no answers.
- The answer to a duty is the district's first report, by any of its people (chief, deputy, coordinating deputy,
  district volunteer officer), that carries what the order asks: a text, a file, or photos sent alone after an order
  that asks for photos. A daily report answers the day it reports: the date it states ("ข้อมูล ณ วันที่ …",
  "รายงานของวันที่ ๒๒ ก.ย.") and otherwise the day it is sent; a second report for a day already answered (an update)
  answers nothing more; a report of a day before the span (Monday's situation) answers no day of it.
- Reminders (ย้ำ, อำเภอที่ยังไม่ส่ง…, a reply to the order), the sender's correction of an order's date, and
  information-only posts (แจ้งเพื่อทราบ … ไม่ต้องรายงาน) create no duty and move no deadline.
- Missing answers are judged at the last message of the whole log: **2026-09-25 21:35** (Friday, the last line of
  `volunteer-centre.jsonl`; every other file ends earlier that day). A duty due after that moment and not yet answered is
  `not-due`.
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} people (all fictional): the governor (P001), 3 vice governors (P002–P004; P004 รองสุวิทย์ retires
30 Sep), the provincial palad (P005), 3 sending accounts of ที่ทำการปกครองจังหวัด (P006 สารบรรณ, P007 ความมั่นคง, P008
การเงิน), 2 province-level volunteer officers with no district (P009 the centre's account, P010 จ่าเอก), 12 agency heads
(P011–P022), 4 deputies/clerks of agency heads (role `staff`: P023 ปภ., P024 สสจ., P025 คลังจังหวัด, P026 ชลประทาน),
and a retired former district chief (P027). Each of the 18 districts has a district chief, a coordinating deputy and a
volunteer officer (P030–P091); more deputies in เมืองสกลนคร, กุสุมาลย์, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน (2),
โคกศรีสุพรรณ and โพนนาแก้ว.

- Two people have two roles `coordinating_deputy|volunteer_center_staff`: ปลัดแบงค์ กุดบาก (P039) and ปลัดอ้น เจริญศิลป์
  (P084).
- วาริชภูมิ has two district chiefs on the roster: สมหมาย (P047), retiring on 30 September, and ปิยะ ศรีพนา (P050), named
  district chief of วาริชภูมิ from 1 October by the transfer order posted on Thursday. Both are `district_chief`.
- The display name **ปลัดเบียร์** belongs to two people without a LINE id (P043, deputy of พรรณานิคม; P071, deputy of
  สว่างแดนดิน): ambiguous, never judged, and their posts answer no duty.
- {nl} people have a LINE user id (`U` + 32 hex); JSONL messages from them carry it as `senderId` on about two messages in
  three. {ne} have an e-mail; some have neither.
- Renaming: the retiring chief of วาริชภูมิ renames himself in ผู้บริหารจังหวัด และนายอำเภอ (Tuesday 18:00, a `rename`
  event whose `target` is the new name) to `สมหมาย วาริชภูมิ 🎉 เกษียณ ๖๙` and posts under it there; the roster lists
  both names. He keeps his old name in the other groups.
- Other name forms: `Chayut T.` and `ผู้ว่าฯ ชยุตม์` are both the governor's roster names; `Weera U.` (ผู้บริหารจังหวัด)
  is in no roster row but always carries the LINE user id of the district chief of สว่างแดนดิน; `ปลัดต่อ  วาริชฯ` (a doubled
  space) is P048; `⁨นอภ.ส่องดาว ⭐⁩` in the export is wrapped in U+2068/U+2069.
"""

EXPORT = """## The export

ข้อสั่งการ ปจ.สน. is given as a LINE phone export made with a Thai user interface (formats-line.md §1.10 E, the "Thai
mobile group" variant: neither the English-UI phone export nor the Thai-UI PC "Save chat" file). LINE's phone export
("ส่งออกประวัติแชท") writes `[LINE] ` + the chat name into its file name, so the file is
`[LINE] แชทในกลุ่ม ข้อสั่งการ ปจ.สน..txt` (formats-line.md documents the `[LINE]` prefix and the Thai in-file title,
not the Thai wording of a phone export's file name; a reader should take the group's name from line 1, not from the file
name). Conventions: UTF-8 BOM; line 1 `[LINE] ประวัติการแชทในกลุ่ม "ข้อสั่งการ ปจ.สน."`,
line 2 `บันทึกเมื่อ 25/09/2569 22:10`, a blank line before each date line `จ. 21/09/2569` (Thai weekday abbreviation,
Buddhist year); messages `HH:MM⇥name⇥text`; a message of several lines is wrapped in double quotes (inner quotes doubled);
`[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`; system lines with an empty name column: `A เพิ่ม B เข้ากลุ่ม` (invite),
`A ลบ B ออกจากกลุ่ม`, `X ยกเลิกข้อความ` (unsend). The export has no ids: its truth rows and near misses are cited by the
file's line number (the first line of a multi-line message), with an empty `message` column. The palad posts there under
`ปลัดจังหวัดสกลนคร`, one of his roster names.

JSONL files: one message a line with `id`, `group`, `sender`, optional `senderId`, `time` (ISO, +07:00), `type`
(`text`, `image`, `sticker`, `file`, `video`, `system`), `text`, `attachment` (media and files), `replyTo` (the id of the
message replied to), and for `system` lines `event` (`invite`, `join`, `remove`, `rename`) with `target` (the invitee,
the removed person, or the new name). Ids run `be0001`… across the five JSONL files in time order.
"""

DECISIONS = """## Decisions where the rules left room

- **Daily orders.** O1 (four listed districts, 22–25 Sep, 09:00) and O9 (three districts, 25–28 Sep, 15:00, weekend
  included as the order says) have an end, so each day is a duty (16 and 12 ledger rows); O4 ("จนกว่าสถานการณ์จะคลี่คลาย")
  has none and makes one duty per district, due 16:00 on its first day. O4's later daily reports are near misses; the one
  sent after 16:00 on Wednesday (โพนนาแก้ว) is not late, for no Wednesday duty exists.
- **Which day a daily report answers.** กุสุมาลย์ sent nothing for Tuesday 22; on Wednesday at 07:45 its coordinating deputy
  sent "รายงานของวันที่ ๒๒ ก.ย. ตกหล่น": this answers Tuesday (late), and the volunteer officer's 08:05 report answers
  Wednesday (on time). A reader pairing reports with days by the clock would give Wednesday to the 07:45 message.
  เมืองสกลนคร reported twice on Wednesday (07:30 and an update at 14:00): the update answers nothing. โคกศรีสุพรรณ's
  Monday-evening report (ข้อมูล ณ ๒๑ ก.ย.) is outside O1's span and answers no day of it.
- **Districts named by description.** O1 addresses "อำเภอที่มีพื้นที่ติดหนองหารและริมลำน้ำก่ำ" and lists the four districts
  in the message's last lines; the list decides. O3 is addressed to every district "ยกเว้น" the same four (14 districts).
- **A corrected order.** O6 says "วันศุกร์ที่ ๒๔ ก.ย." (Friday is the 25th); its sender corrects it six minutes later to
  "วันศุกร์ที่ ๒๕ ก.ย. ๖๙ เวลา ๑๒.๐๐ น.". The deadline is the corrected one; the correction creates no duty of its own.
- **ด่วน without a time.** O7 is marked ด่วน and names no time: 24 hours (08:30 Friday). A reader taking ด่วน for "today"
  would mark วานรนิวาส, อากาศอำนวย and คำตากล้า differently from บ้านม่วง only by a few hours; only บ้านม่วง (09:10 Friday) is late.
- **Photos.** Photos alone answer O2, which asks for photos. วาริชภูมิ's sandbag photos on Tuesday with a caption that has no
  figures do not answer O3 (it asks for figures), so its figures on Wednesday 11:00 are late. ส่องดาว's photos of a name
  list after O6 (which asks for names, not photos) are no answer; the file at 13:50 is, and it is late.
- **One message, two duties.** ส่องดาว (numbered ๑) ๒)), พังโคน and นิคมน้ำอูน (text with a file) each answer two orders
  with one post; the ledger gives the same answer id to both duties.
- **Answers in two parts.** สว่างแดนดิน sent O6's names in two files (Thursday part 1, Friday part 2): the first part
  carries names, so it is the answer (on time).
- **Corrections by districts** (สว่างแดนดิน's sandbag and budget figures, บ้านม่วง's typo) leave the first report as the
  answer and its time as the answer's time.
- **Orders by people who are not the centre.** In ศอ.จอส.จว.สน. a district chief's call to all districts for boats
  (Tuesday 16:10) and the ปภ. head's request to all districts (Wednesday 11:20) are SKN-5P orders; they create no duty.
  The palad settles the first one himself at 16:50.
- **SKN-CAP.** ข้อสั่งการ ปจ.สน. (letter: 19) holds the palad and all 18 district chiefs by Wednesday; the incoming chief of
  วาริชภูมิ is the 20th admitted person (invited by the palad on Thursday 08:10) and the finding is cited at his invite.
  ผู้บริหารจังหวัด และนายอำเภอ (letter: 22) holds 23 admitted people once the district chief of เจริญศิลป์ first posts on
  Friday 10:00. Outsiders, the ineligible and the ambiguous name do not count. The other groups stay under their counts.
- **Membership findings** come once per person per group, at the first message that shows the person (an invite, a join,
  or the first post). An invite of a roster person who is not admitted gives three rows at the invite line (the group's
  membership rule, SKN-ALL for the invitee and for the inviter). Outsiders give one OUTSIDER row (naming the inviter when
  added) and no SKN-ALL. In ข้อสั่งการ ปค.สน. later posts by someone already found ineligible still give SKN-2P.
- **Invites and removals are not posts**: an inviter in ข้อสั่งการ ปค.สน. gets SKN-ALL, not SKN-2P; the office removing an
  outsider there is a system notice.
- **Palad in ผู้บริหารจังหวัด และนายอำเภอ.** His own order to all district chiefs (Monday 08:00) is SKN-4P; his summary to the
  governor (Thursday 08:00) is a near miss. The ปภ. head's request to all districts there is SKN-4P as well (his first post,
  on Monday, is SKN-4). A vice governor's answer settling a district chief's call (Tuesday 08:45) is allowed.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: acknowledgements, stickers and reports by district chiefs are near misses;
  a coordinating deputy posting for his chief and the retired official are SKN-3.
- **SKN-6P** covers reports and performance results of any member, agency heads and district chiefs alike (the treasury's
  disbursement figures, the health office's disease-control results, a district's relief results, agriculture's damage
  survey, the local-administration office's transfers); invitations, warnings, donation calls, a school-closure notice,
  forwarded news and ceremony photos are near misses.
"""


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def cite(m):
    return f"line {m.line}" + (f" ({m.id})" if m.id else "")


def write(path, st):
    chats, orders, ledger, truth, near, log_end, notices = (st[k] for k in
                                                           ("chats", "orders", "ledger", "truth", "near", "log_end", "notices"))
    out = [INTRO]
    nl = sum(1 for p in PEOPLE.values() if p.line)
    ne = sum(1 for p in PEOPLE.values() if p.email)
    out.append(ROSTER.format(n=len(PEOPLE), nl=nl, ne=ne))
    out.append(EXPORT)

    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(chats[0].msgs)} of {total} messages.\n")

    # orders
    states = Counter(r[2] for r in ledger)
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    out.append(f"{len(orders)} orders of the provincial centre ask districts to report; {len(ledger)} duties in "
               "`ledger.csv` (one row per district and, for daily orders, per day): " +
               ", ".join(f"{k} {v}" for k, v in sorted(states.items())) + ". The `order` and `answer` columns are "
               "message ids of `volunteer-centre.jsonl`.\n")
    by_order = {}
    for row in ledger:
        by_order.setdefault(row[0], []).append(row)
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {key} — {o['topic']}\n")
        out.append(f"{cite(m)}, {m.t.strftime('%a %d %b %H:%M')}, by {esc(m.name)} — obliges {who}.\n")
        out.append("Deadline" + ("s" if len(o["slots"]) > 1 else "") + ": " +
                   ", ".join(f"**{dl.isoformat()}**" for _, dl in o["slots"]) + ". " + o["reasoning"] + "\n")
        rows = by_order[m.id]
        for stt in ("on-time", "late", "missing", "not-due"):
            rs = [r for r in rows if r[2] == stt]
            if not rs:
                continue
            if stt in ("on-time", "late"):
                items = [f"{r[1]}{' ' + r[4][8:10] if len(o['slots']) > 1 else ''} ({r[3]})" for r in rs]
            else:
                items = [f"{r[1]}{' ' + r[4][8:10] if len(o['slots']) > 1 else ''}" for r in rs]
            out.append(f"- **{stt}** ({len(rs)}): " + ", ".join(items))
        out.append("")
    out.append("Posts in ศอ.จอส.จว.สน. that create **no duty**:\n")
    for k, (m, what) in sorted(notices.items(), key=lambda kv: kv[1][0].t):
        out.append(f"- {cite(m)}, {m.t.strftime('%a %d %H:%M')}, {esc(m.name)}: {what}.")
    out.append("- the orders by a district chief (Tue 16:10) and by the ปภ. head (Wed 11:20): SKN-5P, not orders of the provincial centre.")
    out.append("- the centre's template after O1 (Mon 09:05) and the palad's thanks restating O9 (Fri 16:30).\n")

    # findings
    rc = Counter(r[2] for r in truth)
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k, v in sorted(rc.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| total | {len(truth)} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, stt, note in rows:
            s = f"**{stt}** " if stt else ""
            out.append(f"- {rule} — line {ln}{' ' + m.id if m.id else ''} — {esc(who)}: {s}{esc(note)}")
        out.append("")

    out.append(DECISIONS)

    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is a post the letter allows (or a notice that is no post) which a careless reader might flag.\n")
    cur = None
    for _, ln, fn, m, why in near:
        if fn != cur:
            out.append(f"\n### {m.chat.group} (`{fn}`)\n")
            cur = fn
        out.append(f"- line {ln}{' ' + m.id if m.id else ''}: {esc(why)}")
    out.append("")
    out.append("## Checking\n")
    out.append("`python3 check.py` (in this folder) parses the five JSONL files and the export, checks fields, ids, time "
               "order and the export's header, date lines (weekday against date) and message lines; checks that every "
               "truth, ledger and near-miss row points at the first line of a real message with the right id; checks the "
               "roster; recomputes every membership, SKN-ALL, OUTSIDER, SKN-CAP and ข้อสั่งการ ปค.สน. posting finding "
               "from the roster and the letter's lists alone and compares them with `truth.csv`; checks each ledger "
               "row's state against its deadline, its answer's time and sender's district, and the judging time; "
               "matches every SKN-5O row to one ledger row; and checks the counts a week of this kind keeps to. It exits 1 on "
               "any problem.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
