"""Writes TRUTH.md: the prose below and the lists taken from the week's files."""
from collections import Counter

from people import PEOPLE, DISTRICTS

EXPORT = "[LINE] แชทในกลุ่ม นักปกครองสกลนคร.txt"

INTRO = f"""# Week BF (16–20 November 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒
(seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Every finding, near miss and duty below was
worked out from the letter's rules; the files are `roster.csv`, five JSONL chats, one Thai-UI phone export
of นักปกครองสกลนคร (`{EXPORT}`), `truth.csv`, `ledger.csv`, `near-misses.csv`, and `check.py`, which checks
them all (`python3 check.py`, exit status 1 on any problem); `python3 src/build.py` regenerates every file.

## The week

- Monday 16 – Friday 20 November 2026 (๑๖–๒๐ พ.ย. ๒๕๖๙) are five working days. **No public holiday** falls in
  the week or on the days around it: Saturday 21 and Sunday 22 are the weekend, Monday 23 November is a working
  day. (The next holidays are 5 December and 10 December.)
- Loy Krathong (full moon of the 12th lunar month) falls on **Tuesday 24 November 2026**, the week after: it is a
  festival, not a public holiday, and moves no deadline. The week prepares for it (safety at the water, fireworks,
  lanterns near the airport), alongside the first cold spell (surveys of the vulnerable, blankets, the first
  allocation of 3,000 blankets, a death from cold in คำตากล้า), straw burning and PM2.5, the rice harvest, and
  the drug campaign (volunteers for screening).
- Missing answers are judged at the last message of the whole log: **Friday 20 November 2026 21:38:19**, the
  last line of `volunteer-centre.jsonl` (the export ends at 19:45 the same evening and was saved at 22:07).

## How deadlines count (SKN-5O)

- A deadline written as a clock time is that minute (`พรุ่งนี้เที่ยง` = 12:00 next day, `ก่อนเที่ยงวันพรุ่งนี้`
  = 12:00 next day, `พรุ่งนี้ก่อนบ่ายสาม` = 15:00 next day).
- A deadline written as a date, or `ภายในวันนี้`, runs to the end of that day (23:59:59).
- `ภายใน N วัน` counts from the day after the order; if the last day falls on a weekend or holiday it moves to
  the next working day, to the end of that day.
- An order with no deadline gives 24 hours from the order's own time (to the second in the JSONL).
- An answer at or before the deadline is on time; after it, late. A duty with no answer is missing if its deadline
  is before the log's end, else not-due.
- The answer is the district's first report in ศอ.จอส.จว.สน. that carries what the order asks, by any of the
  district's people (chief, deputy, coordinating deputy, district volunteer officer). An excuse sent first without
  the figures or photos is not yet the answer; photos alone count only after an order that asks for photos and
  when no other open photo order of the district could claim them. One numbered message may answer two orders.
  A reply to a reminder answers the reminded order. Reminders and information-only posts open no duty, and a
  reminder does not move the first deadline.
"""

ROSTER = """## The roster in brief

`roster.csv` holds {n} fictional people: the governor (P001), 3 vice governors (P002–P004), the provincial palad
(P005), 3 sending accounts of ที่ทำการปกครองจังหวัด (P006 the office's central account, P007, P008), 2
province-level volunteer officers with no district (P009 ว่าที่ ร.ต.ภาคภูมิ, new in post on Monday, who writes
very short plain orders; P010 แอน, formal), 12 agency heads (P011–P022), 4 staff standing in for heads (P023
ปภ., P024 เกษตร, P025 พมจ., P026 clerk of สำนักงานจังหวัด), one retired former district chief (P027), and for each
of the 18 districts a district chief, a coordinating deputy and a volunteer officer (P031–P089), with ordinary
deputies (`deputy_district_chief`) in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน and
เจริญศิลป์.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดจง กุดบาก (P040) and ปลัดอภิสิทธิ์
  นิคมฯ (P052); their districts have no separate volunteer officer.
- The display name **ปลัดเบียร์** belongs to two people without LINE ids: P044 (a deputy of พรรณานิคม) and P058
  (the coordinating deputy of คำตากล้า). It is ambiguous and never judged; no duty depends on a post by it.
- The district chief of ภูพาน (P087, `นอภ.ภูพาน สมพร`) renames himself to `สมพร ภูพาน 🏔️` in ศอ.จอส.จว.สน. on
  Monday 20:30 (a JSONL `rename` event: `sender` the old name, `target` the new one). The new name is not in the
  roster; his later posts there (an O4 answer, a chat) are his. In the other groups he keeps his old name.
- {nl} people have a LINE user id (`U` + 32 hex); JSONL messages from them carry it as `senderId` on about two
  messages in three. {ne} have an e-mail. The vice governor P004 appears both as `อนุรักษ์ แสงอรุณ` and
  `Anurak S.` (both in the roster).
- Name variants in the chats: `ตา  จอส.อ.เมืองสน` (doubled space, ศอ), `นายประจักษ์ ภูวงศ์` (title added, ศอ),
  and the district chief of ส่องดาว wrapped in U+2068/U+2069 in the export.
"""

EXPORT_NOTES = f"""## The export and the JSONL files

`{EXPORT}` is นักปกครองสกลนคร saved from a phone with a Thai UI (formats-line.md §1.2–1.7, variant E). A phone
export is named `[LINE] ` plus the chat's title words (the English UI writes `[LINE] Chat with <name>.txt`; the
desktop writes `[LINE]<name>.txt` with no space); with a Thai UI and a group that is `[LINE] แชทในกลุ่ม <group>.txt`,
the header's `ประวัติการแชทในกลุ่ม "…"` without `ประวัติการ` and the quotes. The file has a UTF-8 BOM, the
header `[LINE] ประวัติการแชทในกลุ่ม "นักปกครองสกลนคร"`, `บันทึกเมื่อ 20/11/2569 22:07`, a blank line before each
date line `จ. 16/11/2569` (Buddhist year), message lines `HH:MM⇥name⇥text` with no seconds, multi-line messages
in double quotes (inner quotes doubled), `[รูป]`, `[สติกเกอร์]`, and 3-column system lines
`HH:MM⇥⇥A เพิ่ม B เข้ากลุ่ม` (invite), `X เข้าร่วมกลุ่ม` (join by link or QR code), `A ลบ B ออกจากกลุ่ม`,
`X ยกเลิกข้อความ`. The export has no ids: its truth rows and near misses cite the file's line number (the first
line of a multi-line message). This week no duty lives in the export.

The JSONL files follow week AB's fields: `id` (`bf0001`… across the five files in time order), `group`, `time`
(ISO, seconds, `+07:00`), `sender`, `senderId` (sometimes), `type` (`text`, `image`, `file`, `sticker`,
`system`), `text`, `replyTo` (the id replied to), `attachment` (file name of a photo or file), and for system
messages `event` (`invite`, `join`, `remove`, `leave`, `unsend`, `rename`) with `target` (invitee, removed
person, or new name). @mentions are written in the text. A post is a text with the photos or files its sender
sends right after it; findings cite the post's first message.
"""

DECISIONS = """## Decisions where the rules left room

- **The palad relaying the governor (ท่านผู้ว่าฯ ฝาก…).** Planted only where the palad may post anyway: in
  ศอ.จอส.จว.สน. (O3, an order of the provincial centre with a duty), ข้อสั่งการ ปค.สน. and ข้อสั่งการ ปจ.สน. (near
  misses). In ผู้บริหารจังหวัด และนายอำเภอ no relay is planted, because the rules do not settle whether a relayed
  order counts as the governor's; the palad's own order to all chiefs there is SKN-4P.
- **@mention orders.** O4 names four people by @mention; it obliges their four districts (กุดบาก, ภูพาน, ส่องดาว,
  เต่างอย), the districts it names.
- **The answer is the first report carrying what was asked.** Excuses sent first (บ้านม่วง O2, เต่างอย O4,
  กุสุมาลย์ O1) are not answers; the later message with the figures or photos is, and the late row cites it.
  วานรนิวาส's O1 report came in two parts (11:30 partial results, 19:10 the rest): the first part already carries
  survey results and is the answer (both on time). A correction (พังโคน O5, Friday) does not replace the answer.
- **Numbered answers** pay one duty of each order they number: พรรณานิคม (O2+O1), เจริญศิลป์ (O2 late + O1 on
  time), เมืองสกลนคร (O5+O7), ภูพาน (O6+O7), กุดบาก (O8+O7), สว่างแดนดิน and นิคมน้ำอูน (O8+O7).
- **Photos alone** answer O4 for กุดบาก and O6 for สว่างแดนดิน; in both cases the district had already answered
  the other open photo order (O3). Captions decide the rest (วาริชภูมิ's harvest photos answer O6, never O3).
- **O6 has no deadline**, so it runs 24 hours from the order's second (Wednesday 13:30:19 → Thursday 13:30:19);
  บ้านม่วง at 13:29:44 is on time.
- **O7 "ภายใน ๓ วัน"** from Thursday ends on Sunday and moves to Monday 23 November: not due at the log's end.
- **Orders by people outside the provincial centre** (a district chief and the office's sending account in
  ศอ.จอส.จว.สน.) are SKN-5P and open no duty. The sending account is not admitted to ศอ.จอส.จว.สน. (SKN-5).
- **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits 23 roster people (governor, 3 vice governors, the palad, 18
  chiefs) against the letter's 22; all 23 appear, so the 23rd to appear gives the one low-severity row. No other
  group reaches its count (ข้อสั่งการ ปจ.สน. shows exactly 19 admitted people: the palad and 18 chiefs).
- **Outsiders** give one OUTSIDER row at their join or invite (naming the inviter when added) and nothing more:
  their later posts, and their removal, give no further row. The outsider in ข้อสั่งการ ปค.สน. only joins (no
  post), so there is no SKN-2P for it.
- **The ambiguous name** posts in ศอ.จอส.จว.สน. (no figures), ข้อสั่งการ ปค.สน. (an acknowledgement) and
  นักปกครองสกลนคร (a report): never judged, and no ledger state depends on it.
- **Courtesy with ขอให้ / ฝาก** (wishes, "take care") is chat, not an order.
- **SKN-6P** is kept to plain reports and results (an agency's progress figures, a weekly results list, a
  district's distribution report, an agency's award); pledges, plans, questions, invitations, market prices,
  warnings and thanks are near misses.
"""


def write(path, st):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    out = [INTRO]
    out.append(ROSTER.format(n=len(PEOPLE), nl=sum(1 for p in PEOPLE.values() if p.line),
                             ne=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    vol = len(chats[0].msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. carries {vol} messages ({vol * 100 // total}%).\n")
    out.append(EXPORT_NOTES)

    # orders
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    out.append("Each order is cited by its first message (`volunteer-centre.jsonl` line and id). Answers are given "
               "as line and id; `ledger.csv` has one row per duty.\n")
    led_by_order = {}
    for row in ledger:
        led_by_order.setdefault(row[0], []).append(row)
    vc = chats[0]
    by_id = {m.id: m for m in vc.msgs}
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        m = o["msg"]
        who = PEOPLE[o["by"]].name
        n_d = len(o["districts"])
        scope = "all 18 districts" if n_d == 18 else f"{n_d} districts"
        out.append(f"### {ok} — line {m.line} {m.id}, {m.t.strftime('%a %d %b %H:%M:%S')}, {who} ({scope}): {o['topic']}\n")
        out.append(f"Deadline {o['deadline'].isoformat()}. {o['reading']}.\n")
        rows = led_by_order[m.id]
        for state in ("on-time", "late", "missing", "not-due"):
            rs = [r for r in rows if r[2] == state]
            if not rs:
                continue
            if state in ("on-time", "late"):
                items = ", ".join(f"{r[1]} (l.{by_id[r[3]].line} {r[3]})" for r in rs)
            else:
                items = ", ".join(r[1] for r in rs)
            out.append(f"- **{state}** ({len(rs)}): {items}")
        out.append("")
    st_count = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties — on-time {st_count['on-time']}, late {st_count['late']}, "
               f"missing {st_count['missing']}, not-due {st_count['not-due']}. Late or missing answers: "
               f"{st_count['late'] + st_count['missing']} across "
               f"{len({r[0] for r in ledger if r[2] in ('late', 'missing')})} orders.\n")
    import g_volunteer
    out.append("Posts in ศอ.จอส.จว.สน. that open **no duty** (orders from outside the provincial centre, reminders, information only):\n")
    for key, why in sorted(g_volunteer.NODUTY, key=lambda kw: vc.keys[kw[0]].line):
        m = vc.keys[key]
        out.append(f"- line {m.line} {m.id} ({m.t.strftime('%a %H:%M')}, {m.name}): {why}")
    out.append("")

    # findings
    out.append("## Findings (`truth.csv`)\n")
    rc = Counter(r[2] for r in truth)
    out.append("| rule | count |")
    out.append("|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append(f"| total | {sum(rc.values())} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fname, m, who, state, note in rows:
            loc = f"line {ln}" + (f" {m.id}" if m.id else "")
            st_ = f" **{state}**" if state else ""
            out.append(f"- {rule} — {loc} — {who}{st_}: {note}")
        out.append("")
    out.append("Invitations of roster people not admitted to the group give three rows at the invite line (the "
               "group's membership rule for the invitee, SKN-ALL for invitee and inviter): ปลัดนุวัฒน์ เจริญศิลป์ in "
               "ข้อสั่งการ ปค.สน. (by ปลัดมานพ), ปลัดนิพนธ์ พังโคน in ข้อสั่งการ ปจ.สน. (by his chief), กนกพร สนง.เกษตร in "
               "หน.ส่วนราชการ-นอภ.สน. (by the agriculture head), ธนกฤต พมจ. in ศอ.จอส.จว.สน. (by ปวีณา จอส.วาริช), "
               "จันจิรา คำตากล้า in นักปกครองสกลนคร (by her chief). Membership rows come once per person per group; "
               "later posts of a person already found give no second membership row, but in ข้อสั่งการ ปค.สน. every "
               "post by a member gives SKN-2P.\n")

    # near misses
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Posts the letter allows (or cannot judge) that a careless reading might flag.\n")
    for c in chats:
        rows = [x for x in near if x[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, fname, m, why in rows:
            out.append(f"- line {ln}" + (f" {m.id}" if m.id else "") + f": {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")
