"""TRUTH.md: the hand-written account of week BK, with its tables filled from the files."""
from collections import Counter, defaultdict

from lib import PEOPLE, DISTRICTS

INTRO = """# Week BK (12–16 October 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Every finding, near miss and duty below was worked out by hand from the letter and
those rules. Data: `roster.csv`, five JSONL chats, one LINE phone export in the English UI
(`ข้อสั่งการ_ปค.สน._chat_history.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`; `check.py` checks them.
`src/` holds the script the chats were laid out with: the messages and every truth mark are written in it by hand;
it only numbers lines and ids, gives seconds, and tabulates the ledger from the answers marked on the messages.

## The week and its holiday

- Monday 12 – Friday 16 October 2026 (๑๒–๑๖ ต.ค. ๒๕๖๙). **Tuesday 13 October, วันนวมินทรมหาราช, is a public holiday**
  (the 10th anniversary of King Bhumibol's passing); Saturday 17 and Sunday 18 are the weekend. Monday 12, Wednesday 14,
  Thursday 15 and Friday 16 are working days. The next holiday, วันปิยมหาราช, is Friday 23 October, after the log.
- ออกพรรษา (full moon of the 11th lunar month) falls on Monday 26 October 2026, after the week: the week prepares for it
  (service points, the wax-castle procession on 25 Oct, the long-boat races at หนองหาร on 26–27 Oct, the alcohol ban).
  It moves no deadline of the week. The late-season floods along ลำน้ำสงคราม and ลำน้ำยาม (อากาศอำนวย, วานรนิวาส,
  คำตากล้า, บ้านม่วง, เจริญศิลป์, สว่างแดนดิน) and the start of fiscal year 2570 (1 Oct 2026) set the other topics.
- Officials work through the holiday: reports and orders are posted on the 13th and count like any others. An answer
  posted on the holiday is on time if it is before the deadline.

### How deadlines count (and around the holiday)

- A clock time ("ภายในเวลา ๑๕.๐๐ น. วันนี้", "ก่อนเที่ยงพรุ่งนี้") is that minute; an answer at or before it is on time.
- A date ("ภายในวันศุกร์ที่ ๑๖ ต.ค. ๖๙") runs to 23:59:59 of that day; a date with a time is that minute.
- "ภายใน N วัน" counts calendar days from the day after the order; if the last day is a Saturday, Sunday or public holiday
  it moves to the next working day, to the end of that day. So "ภายใน ๑ วัน" written on Monday 12 lands on Tuesday 13,
  the holiday, and moves to **Wednesday 14, 23:59:59** (O2); "ภายใน ๓ วัน" written on Thursday 15 ends on Sunday 18 and
  moves to Monday 19 (O5). A holiday inside the count (not on its last day) does not lengthen it.
- No deadline in the text: 24 hours from the order's minute and second (O6). Hours are hours; no order of the week
  with a 24-hour deadline runs across the holiday.
- **A deadline changed by the order's sender in a later post** replaces the first one (O1: 15:00 moved to 17:00 at
  13:20 the same day). An answer between the two times is on time. The change post opens no duty of its own.
- **A district list changed by the order's sender in a later post** replaces the first list (O3: เจริญศิลป์ added,
  สว่างแดนดิน taken off at 11:05). The added district owes the answer by the order's own deadline; the removed district
  owes nothing, and its flood report that afternoon is a near miss, not an answer.
- The answer to a duty is the district's first report that carries what the order asks, by any of its people (chief,
  coordinating deputy, other deputy, district volunteer officer). Photos alone answer only orders that ask for photos
  (O2, O7). A numbered message answering two orders answers both (พังโคน and นิคมน้ำอูน for O5 and O6). A later
  correction does not replace the first answer. Answers are matched to orders by their content (several are open at once).
- Missing answers are judged at the last message of the whole log, **{log_end}** (the last line of
  `volunteer-centre.jsonl`); a duty whose deadline is later and is still unanswered is `not-due`.
"""

ROSTER = """
## Roster in brief

`roster.csv` has {n} fictional people: the governor, 3 vice governors, the provincial palad, 3 sending accounts of the
provincial administration office (two office accounts and one named clerk, role provincial_admin_staff), 2 province-level
volunteer officers (no district), 12 agency heads, 4 deputies or clerks of agency heads (role `staff`), one retired former
district chief, and for each of the 18 districts a chief, a coordinating deputy and a volunteer officer, with more deputies
in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน (two) and ภูพาน.

- Two coordinating deputies are also their districts' volunteer officers (`coordinating_deputy|volunteer_center_staff`):
  ไกรสร นิคมฯ (นิคมน้ำอูน) and เทพฤทธิ์ ปอ.ส่องดาว (ส่องดาว). Those two districts have no separate volunteer officer.
- The display name **ปลัดตั้ม** belongs to two people: the coordinating deputy of คำตากล้า (S0902) and a deputy of
  สว่างแดนดิน (S1204); neither has a LINE id, so the name is ambiguous wherever it appears and is never judged.
  No duty is answered by a ปลัดตั้ม post.
- The chief of วาริชภูมิ renames himself in ศอ.จอส.จว.สน. on Wednesday 14, 20:30 (`event: rename`, target the new name)
  from `นอภ.วาริชภูมิ` to `สมศักดิ์ วาริชภูมิ 🌾`; both names are in the roster. He posts under the new name in
  ศอ.จอส.จว.สน. and in ผู้บริหารจังหวัด และนายอำเภอ on Friday.
- The chief of วานรนิวาส posts as `Ekkachai R.` (his first display name); `เอกชัย นอภ.วานรฯ` is listed too.
- Most people have a LINE user id (`U` + 32 hex); JSONL messages of people with an id carry `senderId` on about two
  messages in three. Some people have an e-mail of their own. Outsiders have neither and are not in the roster.

## Groups and messages

| file | group | messages |
|---|---|---|
"""

EXPORT = """
JSONL ids run `bk0001`…`bk{last}` across the five JSONL files in time order. The export has no ids: its truth rows and near
misses are cited by line number (the first line of a multi-line message), with an empty `message` column.

### Export conventions (`ข้อสั่งการ_ปค.สน._chat_history.txt`)

LINE phone export, English UI, on a phone set to the Thai region with the Buddhist calendar (formats-line.md §1.10 A and B):
UTF-8 BOM; title `Chat history in "ข้อสั่งการ ปค.สน."`; `Saved on: 16/10/2569 BE, 22:05`; a blank line before each date
line `Mon, 12/10/2569 BE` (`Ddd, DD/MM/YYYY BE`, year minus 543 = CE); messages `HH:MM⇥sender⇥text`; messages of more than
one line wrapped in double quotes with inner quotes doubled; placeholders `[Photo]`, `[Sticker]`, `[File]`; system lines
in two columns `HH:MM⇥text`: `A invited B.`, `X joined the group.` (join by link or QR code), `A removed B from the
group.`. Replies are not shown in exports. The file is named as the phone names its export of a group's history,
`<group name with spaces as underscores>_chat_history.txt`.
"""


def fmt(t):
    return t.strftime("%a %d %b %H:%M")


def write(path, chats, orders, ledger, truth, near, log_end):
    out = [INTRO.replace("{log_end}", log_end.strftime("%Y-%m-%d %H:%M:%S") + " (Friday 16 October)")]
    out.append(ROSTER.replace("{n}", str(len(PEOPLE))))
    tot = 0
    for c in chats:
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} |")
        tot += len(c.msgs)
    out.append(f"| | total | {tot} |")
    last = max(m.id for c in chats for m in c.msgs if m.id)
    out.append(EXPORT.replace("bk{last}", last))
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    byorder = defaultdict(list)
    for r in ledger:
        byorder[r[0]].append(r)
    idmap = {m.id: m for c in chats for m in c.msgs if m.id}
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        msg = o["msg"]
        who = msg.name
        n = len(o["districts"])
        out.append(f"### {key} — line {msg.line} ({msg.id}), {fmt(msg.t)}, {who} ({'all 18 districts' if n == 18 else str(n) + ' districts'})\n")
        out.append(f"Deadline {o['dl'].isoformat()}. {o['words']}." + (f" {o['note'][0].upper() + o['note'][1:]}." if o["note"] else "") + "\n")
        if n < 18:
            out.append("Districts: " + ", ".join(o["districts"]) + ".\n")
        for st in ("on-time", "late", "missing", "not-due"):
            rows = [r for r in byorder[msg.id] if r[2] == st]
            if not rows:
                continue
            items = []
            for r in rows:
                if r[3]:
                    a = idmap[r[3]]
                    items.append(f"{r[1]} ({r[3]}, l.{a.line}, {a.t.strftime('%a %H:%M')})")
                else:
                    items.append(r[1])
            out.append(f"- **{st}** ({len(rows)}): " + ", ".join(items))
        out.append("")
    states = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties — " + ", ".join(f"{k} {states[k]}" for k in ("on-time", "late", "missing", "not-due")) + ".\n")
    out.append("""Posts that create **no duty**: the change posts of O1 (new deadline) and O3 (new district list); the information-only
post with the FY2570 volunteer calendar (Wed 16:50, "แจ้งเพื่อทราบ … ไม่ต้องรายงาน"); the reminders (Mon 14:30 "อำเภอที่ยังไม่ส่ง…",
Thu 07:55 "ทวง … ยังขาด", Fri 09:00 "ย้ำ … เร่งรัด" as a reply to O6, Fri 13:40 and Fri 17:10); a reminder neither opens a
duty nor moves the first deadline. Orders by people outside the provincial centre (the chief of สว่างแดนดิน on Tue 10:00,
the office clerk's letter on Wed 08:50, the กุดบาก volunteer officer on Thu 14:30) are SKN-5P findings and open no duty.
The provincial palad's orders (O2, O4, O6) are orders of the provincial centre: the palad heads it.
""")
    out.append("## Findings (`truth.csv`)\n")
    rc = Counter(r[0] for r in truth)
    out.append("| rule | count |\n|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append(f"| total | {sum(rc.values())} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[1] == c.fname and r[0] != "SKN-5O"]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for r in rows:
            out.append(f"- {r[0]} — line {r[2]}{(' ' + r[3]) if r[3] else ''} — {r[4]}: {r[6]}")
        out.append("")
    out.append("""Notes on the membership findings:
- Membership findings come once per person per group, at the first message that shows them (invite, join or first post);
  an invite of a roster person who is not admitted gives three rows at the invite line (the group's rule for the invitee,
  SKN-ALL for the invitee, SKN-ALL for the inviter). Outsiders get OUTSIDER only (naming the inviter when added).
- In ข้อสั่งการ ปค.สน. every post by anyone but the office's accounts and the palad is SKN-2P, a sticker and 🙏 included;
  a post of several photos is one post, cited at its first photo. The sticker flood after the first order on Monday
  08:05 gives four SKN-2P rows. The coordinating deputies and chiefs there are admitted members: their posts are
  posting findings only. The outsider who joined there by link posts nothing (OUTSIDER only).
- SKN-CAP: in ผู้บริหารจังหวัด และนายอำเภอ the governor, the 3 vice governors, the palad and all 18 chiefs appear
  (23 admitted people against the letter's count of 22). The 23rd to appear is vice governor ธนกร พลเยี่ยม (first post
  Thursday 08:40): one low-severity row there. No other group reaches its count (ข้อสั่งการ ปจ.สน. can hold at most
  the palad and the 18 chiefs = 19 admitted roster people; its count is 19).
- ผู้บริหารจังหวัด และนายอำเภอ: the chief of สว่างแดนดิน's incident report on the holiday is a near miss; his later instruction to
  the other districts is an order by someone other than the governor or a vice governor (SKN-4P), even though the
  governor adopts it the next morning. The palad is an admitted member but not a sender of orders there (SKN-4P).
- หน.ส่วนราชการ-นอภ.สน.: invitations, news, water-level information, notices and requests are not reports; a head's own
  results (เกษตร, ปภ., พัฒนาชุมชน), a chief's activity results and the PR clerk's weekly figures are (SKN-6P).
""")
    out.append("## Near misses (`near-misses.csv`)\n")
    out.append(f"{len(near)} rows: posts the letter allows that a careless reading might flag.\n")
    for c in chats:
        rows = [r for r in near if r[0] == c.fname]
        if rows:
            out.append(f"### {c.group} (`{c.fname}`)\n")
            for r in rows:
                out.append(f"- line {r[1]}{(' ' + r[2]) if r[2] else ''}: {r[3]}")
            out.append("")
    out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
