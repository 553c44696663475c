"""TRUTH.md for week BG."""
from collections import Counter

from people import PEOPLE

INTRO = """# Week BG (2–6 November 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Every finding, near miss and duty below was decided by hand from the letter and
those rules; `src/` only numbers lines and ids, renders the files and tabulates the decisions carried by each message.
Files: `roster.csv`; five JSONL chats; one LINE PC export (English UI) of ข้อสั่งการ ปค.สน.,
`[LINE]ข้อสั่งการ ปค.สน..txt`; `truth.csv`, `ledger.csv`, `near-misses.csv`; `check.py` checks them all (`python3 check.py`).

## The week, holidays and how deadlines count

- Monday 2 – Friday 6 November 2026 (๒–๖ พฤศจิกายน ๒๕๖๙) are all working days. Saturday 7 and Sunday 8 are the weekend;
  Monday 9 and Tuesday 10 November are working days. No Thai public holiday falls in or next to the week (Chulalongkorn Day,
  23 October, is before it; the next, Father's Day on 5 December, well after). ออกพรรษา fell at the end of October, so boat
  races are held on the weekends after it; Loy Krathong (full moon of the 12th lunar month, about 24 November 2026) is later
  in the month and is not a public holiday in any case.
- Topics: the end of the rains and flood recovery (house repairs, damaged roads, relief payments), the start of the rice
  harvest, boat-race safety after ออกพรรษา, a dengue (Big Cleaning Day) campaign on Wednesday 4 November, the volunteers'
  plans for the new fiscal year 2570 (which began on 1 October 2026), first cold weather.
- Counting rules for SKN-5O: a deadline written as a clock time is that minute (an answer in that minute or earlier is on
  time); a date runs to 23:59:59 of that day; "ภายใน ๒๔ ชั่วโมง" and an order with no deadline give 24 hours from the
  order's minute; "ภายใน N วัน" counts from the day after the order, and a last day on a weekend or public holiday moves to
  the next working day; "ก่อนเที่ยงวันพรุ่งนี้" is 12:00 the next day. A daily report order gives one duty a day with that
  day's clock deadline. When the sender corrects an order's deadline (a reply to the order minutes later), the corrected
  deadline applies and the correction opens no new duty.
- The answer is the district's first report, by anyone of the district (chief, deputy, coordinating deputy, district
  volunteer officer), that carries what the order asks; photos sent alone count only after an order that asks for photos;
  one numbered message may answer two orders. Promises and excuses without figures are not answers. Reminders (ย้ำ,
  เร่งรัด, ครบกำหนด…, อำเภอที่ยังไม่ส่ง…, replies to the order) and information posts (เพื่อทราบ … ไม่ต้องรายงาน) open no duty.
- Missing answers are judged at the last message of the whole log, **{log_end}** (the last line of
  `volunteer-centre.jsonl`). Orders due after it give `not-due` for districts that have not answered.
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} fictional people: the governor (P001), 3 vice governors (P002–P004), the provincial palad (P005),
3 sending accounts of the provincial administration office (P006–P008, role provincial_admin_staff), 2 province-level
volunteer officers with no district (P009 the centre's account, P010 จ่าคิด), 12 agency heads (P011–P022), 4 staff of
agencies (P023 deputy of ปภ., P024 health-office clerk, P025 irrigation officer, P026 agriculture officer), a retired former
district chief (P027), and for each of the 18 districts a chief, a coordinating deputy and a volunteer officer, with more
deputies in เมืองสกลนคร (2), พรรณานิคม, พังโคน, วานรนิวาส, สว่างแดนดิน (2), เต่างอย, โคกศรีสุพรรณ and ภูพาน.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ชาตรี ปลัดประสานงาน กุดบาก (P122) and ปลัดเกษม
  นิคมฯ (P162): each is his district's volunteer officer too.
- The display name **ปลัดเบียร์** belongs to P112 (coordinating deputy, กุสุมาลย์) and P214 (deputy, สว่างแดนดิน), neither
  with a LINE id: ambiguous wherever it appears, never judged, and it answers no duty.
- The district chief of วาริชภูมิ (P151) renames himself in ผู้บริหารจังหวัด และนายอำเภอ on Monday 20:05 from
  `นอภ.วาริชภูมิ ทวีป` to `ทวีป วาริชฯ 🚣` (a JSONL `system` line with `event: rename`); both names are on his roster
  row and his posts under the new name always carry his LINE user id. He keeps the old name in ข้อสั่งการ ปค.สน.
- The chief of บ้านม่วง (roster `สมหมาย วงศ์พิทักษ์`, no LINE id) sometimes appears as `นายสมหมาย วงศ์พิทักษ์` (title added).
- {nline} people have a LINE user id (`U` + 32 hex); JSONL messages of people with an id carry `senderId` on about two in
  three messages (always on a name other than the first on their roster row). {nmail} have an e-mail.
- Outsiders (not on the roster): `ป้าหวาน ผ้าไหมแท้สกล` (joins ศอ.จอส.จว.สน. by link), `สินเชื่อด่วน ทันใจ 💰` (joins
  ข้อสั่งการ ปค.สน. by link), `หนิง ประกันภัยรถยนต์ 🚗` (joins ผู้บริหารจังหวัด และนายอำเภอ by QR/link), `เจ๊แดง ข้าวหอมมะลิ
  สกล` (added to หน.ส่วนราชการ-นอภ.สน. by the chief of อากาศอำนวย), `Loan Fast สินเชื่อทันใจ` (joins นักปกครองสกลนคร by link).
"""

EXPORT = """## The export and the JSONL files

`[LINE]ข้อสั่งการ ปค.สน..txt` is named as LINE for PC names a saved chat (`[LINE]` + the group's name + `.txt`; the name
itself ends in a dot). It follows the desktop "Save chat" family with an English UI (formats-line.md §1.1–1.7, variant F):
no header and no BOM; date lines `2026.11.02 Monday`; messages `HH:MM <sender> <text>` separated by single spaces (sender
names contain spaces, so a reader must match the longest known name); multi-line messages continue on raw lines with no
quoting; media placeholders without brackets, `Photos` and `Stickers` (one line per photo message). System lines repeat the
actor in the sender place, as the Thai and Japanese desktop samples do: `HH:MM A A joined the group.`,
`HH:MM A A invited B.`, `HH:MM A A removed B from the group.` (English wording as in the phone exports). The export has
no ids; its truth rows and near misses are cited by the file's line number (the first line of a message) with an empty
`message` column. Invites are system lines, not posts: the inviter gets SKN-ALL but no SKN-2P for inviting.

JSONL fields: `id` (`bg0001`… across the five JSONL files in time order), `group`, `sender`, optional `senderId`, `time`
(ISO, +07:00), `type` (text, image, file, sticker, system), `text`, `attachment` (file or image name), `replyTo` (id of
the message replied to), `mentions` (display names @-mentioned), and for `system`: `event` (invite, join, remove, rename)
and `target` (the invitee, the removed person, or the new name). A post with its photos or files is one post; a finding
or an answer cites its first message.
"""

DECISIONS = """## Decisions where the rules left room

- **Daily report order (O1).** One duty per district per day (three days), each with its own 16:30 deadline. A report
  carrying one day's figures answers that day only: โพนนาแก้ว's Wednesday report does not cover Tuesday, and its Tuesday
  evening excuse (no figures) is not a report, so Tuesday is `missing` (cited at the order). The `order` column of the
  ledger repeats O1's id; `deadline` tells the days apart.
- **Corrected deadline (O3).** The order says "ภายในวันพุธที่ ๔ พ.ย."; six minutes later the same account replies to it
  moving the deadline to Thursday 12:00. The correction governs: reports on Thursday morning are on time (near misses),
  those after 12:00 are late. The correction is not a second order.
- **Districts by @mention (O4).** The mentioned people belong to four districts (two chiefs, a coordinating deputy, a
  volunteer officer); each of those districts owes the report, whoever of the district sends it.
- **Answer to two orders.** ภูพาน's numbered message (Wednesday 09:40) with its file answers both O2 (the plan) and O5
  (the harvest figures); it is the answer in two ledger rows.
- **ศอ.จอส.จว.สน. orders by district people** ("ขอให้ทุกอำเภอ…ภายในวันนี้" by the chief of สว่างแดนดิน, "ฝากทุกอำเภอ…" by
  the coordinating deputy of เมืองสกลนคร) are SKN-5P orders; they open no duty. The agriculture officer's harvest summary
  there is a report by someone who is not a district's person (SKN-5P), after her invitation (SKN-5, SKN-ALL ×2).
- **ผู้บริหารจังหวัด และนายอำเภอ and the letter's count.** 23 admitted people (governor, 3 vice governors, palad, 18
  district chiefs) post there; the letter says 22. One SKN-CAP row at the first post of the 23rd admitted person to
  appear. The invited coordinating deputy, the agency head, the retired official and the outsider do not count.
- **Reports in ผู้บริหารจังหวัด และนายอำเภอ** addressed to the governor or a vice governor, and incident reports, are
  allowed; the palad's instruction to all districts and a district chief's "ขอให้ทุกอำเภอ…" are SKN-4P.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acks and reports of district chiefs are near misses); a coordinating
  deputy invited there and a vice governor posting there are SKN-3. The chief removes the deputy soon after: the finding
  stays at the invite.
- **หน.ส่วนราชการ-นอภ.สน.** Reports and results (an agency's progress, a district's results, an award) are SKN-6P; public
  notices, PR news items, warnings, invitations, thanks and condolences are not. The governor's reminder there that
  reports must go by letter is his own post, allowed.
- **Ambiguous name.** ปลัดเบียร์'s posts are never judged: no SKN-2P for the ack in ข้อสั่งการ ปค.สน., no membership row.
- **Removals** of outsiders by admitted members give no finding; the OUTSIDER row stays at the join or invite.
"""


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def loc(m):
    return f"`{m.chat.fname}`:{m.line}" + (f" ({m.id})" if m.id else "")


def write(path, st):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    out = [INTRO.format(log_end=log_end.strftime("%A %d %B %Y %H:%M") + " (+07:00)")]
    out.append(ROSTER.format(n=len(PEOPLE), nline=sum(1 for p in PEOPLE.values() if p.line),
                             nmail=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    tot = 0
    for c in chats:
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {sum(1 for r in truth if r[3] == c.fname and r[2] != 'SKN-5O')} |")
        tot += len(c.msgs)
    out.append(f"| | total | {tot} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(chats[0].msgs)} of {tot} messages ({100 * len(chats[0].msgs) / tot:.0f}%).\n")
    out.append(EXPORT)
    # orders
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    sc = Counter(r[2] for r in ledger)
    out.append("Ledger: " + ", ".join(f"{k} {v}" for k, v in sorted(sc.items())) + f" ({len(ledger)} duties).\n")
    by = {}
    for r in ledger:
        by.setdefault(r[0], []).append(r)
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {key} — {o['topic']}\n")
        out.append(f"{loc(m)}, {m.t.strftime('%a %d %b %H:%M')}, by {esc(m.name)}. Obliges {who}.\n")
        out.append("Deadline" + ("s" if len(o["deadlines"]) > 1 else "") + ": " +
                   ", ".join(f"**{d.isoformat()}**" for d in o["deadlines"]) + f". {o['reasoning']}\n")
        groups = {}
        for r in by[m.id]:
            groups.setdefault(r[2], []).append(r)
        for stt in ("on-time", "late", "missing", "not-due"):
            rows = groups.get(stt, [])
            if rows:
                items = []
                for r in rows:
                    day = r[5].split(";")[0] + " " if r[5].startswith("day ") else ""
                    items.append(f"{r[1]}{(' ' + day.strip()) if day else ''}{(' (' + r[3] + ')') if r[3] else ''}")
                out.append(f"- **{stt}** ({len(rows)}): " + ", ".join(items))
        out.append("")
    out.append("Posts in ศอ.จอส.จว.สน. that open **no duty**: the correction of O3 (a reply to it); the reminders "
               "(Monday 16:31, Tuesday 16:45, Wednesday 09:10 ย้ำ as a reply to O5, Wednesday 16:35 ครบกำหนด, Thursday 12:40 "
               "อำเภอที่ยังไม่ส่ง…, Thursday 14:30 เร่งรัด as a reply to O7, Friday 07:35); the information post of Thursday "
               "11:00 (เพื่อทราบ … ไม่ต้องรายงาน); the centre's answer on how to report (Tuesday 11:04); and the two orders by "
               "district people (SKN-5P).\n")
    # findings
    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k, v in sorted(rc.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| total | {len(truth)} ({sum(v for k, v in rc.items() if k != 'SKN-5O')} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, stt, note in rows:
            out.append(f"- {rule} — line {ln}{(' ' + m.id) if m.id else ''} — {esc(who)}{(' **' + stt + '**') if stt else ''}: {esc(note)}")
        out.append("")
    out.append(DECISIONS)
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Allowed posts a careless reader might flag.\n")
    cur = None
    for _, ln, fn, m, why in near:
        if fn != cur:
            cur = fn
            out.append(f"\n### `{fn}`\n")
        out.append(f"- line {ln}{(' ' + m.id) if m.id else ''}: {esc(why)}")
    out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out))
