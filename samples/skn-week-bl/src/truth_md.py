"""Writes TRUTH.md for week BL."""
from collections import Counter

from base import PEOPLE

INTRO = """# Week BL (20–24 July 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as
read by `letter-rules-sakon-nakhon.md`. Data: `roster.csv`, five JSONL chats, one LINE for PC export of
นักปกครองสกลนคร (`[LINE]นักปกครองสกลนคร.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py`
checks them. `src/` holds the layout script (it numbers lines and ids and tabulates the ledger; messages and notes
are written out in it).

## The week, holidays and how deadlines count

- Monday 20 – Friday 24 July 2026 (๒๐–๒๔ ก.ค. ๒๕๖๙) are all working days; there is no public holiday in the week.
  Saturday 25 and Sunday 26 are the weekend. Monday 27 July is a working day (no special holiday is counted; the
  palad says so in ข้อสั่งการ ปจ.สน. on Wednesday).
- The following week: **Tuesday 28 July** วันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระเจ้าอยู่หัว (public holiday),
  **Wednesday 29 July** วันอาสาฬหบูชา and **Thursday 30 July** วันเข้าพรรษา (public holidays; 2569 has an
  extra eighth lunar month, so Asanha Bucha falls on the full moon of the second eighth month). Friday 31 July is a
  working day. 25–30 July is therefore one long break with a working Monday inside it.
- Counting rule used for every order: a clock time is that minute; a date runs to the end of that day
  (`23:59:59`); no deadline in the text = 24 hours from the order's minute; "ภายใน N วัน" counts from the day after
  the order, and a last day on a weekend or holiday moves to the next working day (so "ภายใน ๓ วัน" from Wednesday
  22 ends on Saturday 25 → Monday 27; had it been "ภายใน ๕ วัน" it would end on Monday 27 too, and "ภายใน ๖ วัน"
  would land on Tuesday 28, a holiday, and move past 29–30 to Friday 31). An answer at or before the deadline is on
  time. When the sender of an order changes its deadline in a later post before the first one has passed, the
  deadline last set by the sender counts (O6).
- The answer to a duty is the district's first post in ศอ.จอส.จว.สน. by its chief, a deputy, the coordinating
  deputy or its volunteer officer that carries what the order asks (photos alone only where photos were asked);
  a post is cited at its first message (photos before a caption: the first photo). One post may answer two orders
  (วานรนิวาส and เจริญศิลป์ answer O1 and O2 in one numbered post). Missing answers are judged at the last message
  of the whole log: **2026-07-24 20:40** (the last line of `volunteer-centre.jsonl`).
"""

EXPORT = """## Export conventions (`[LINE]นักปกครองสกลนคร.txt`)

LINE for PC "Save chat", English UI (formats-line.md §1.1, §1.3, §1.10 F): file named `[LINE]<group name>.txt`, no
header and no BOM, date lines `2026.07.20 Monday` (Gregorian year), message lines `HH:MM<space>name<space>text`
(names contain spaces; match the roster's names, longest first), continuation lines of multi-line messages written
raw (no quotes), `Photos` and `Stickers` for media. System lines repeat the actor as the sender column, as the PC
export does: `10:15 A A invited B.`, `08:58 X X joined the group.`, `10:05 A A removed B from the group.`.
Exports carry no ids, so this file's rows in `truth.csv` and `near-misses.csv` cite its line number (the first line
of the message) with an empty `message`.
"""


def write(path, chats, orders, ledger, truth, near, log_end):
    o = [INTRO]
    roles = Counter(r for p in PEOPLE.values() for r in p.roles)
    o.append("## Roster in brief\n")
    o.append(f"`roster.csv` has {len(PEOPLE)} fictional people: the governor (P001), {roles['vice_governor']} vice governors "
             "(P002–P004), the provincial palad (P005), 3 sending accounts of the provincial administration office "
             "(P006–P008), 2 province-level volunteer officers without district (P009 the centre's account, a terse "
             "writer with `::` and `//`; P010 ปวีณา, who also posts her own report), 12 agency heads (P011–P022), "
             "4 staff (P023 deputy of the ปภ. head, P024 health-office clerk, P025 PR officer, P026 social-development "
             "officer), a retired former palad (P027); for each of the 18 districts a chief, a coordinating deputy and a "
             "volunteer officer, with more deputies in เมืองสกลนคร (2), พังโคน, วานรนิวาส, สว่างแดนดิน (2) and ภูพาน.\n")
    o.append("- Two roles: ปลัดสิทธิ์ กุสุมาลย์ (P112) and ปลัดธวัช โพนนาแก้ว (P262) are `coordinating_deputy|volunteer_center_staff`.\n"
             "- Shared display name **ปลัดบอย**: P144 (พังโคน) and P215 (สว่างแดนดิน), both without LINE id: ambiguous, never judged.\n"
             "- Rename: the chief of เต่างอย (P231) renames himself `เอกพงษ์ 🐢 เต่างอย` in ผู้บริหารจังหวัด และนายอำเภอ on Tuesday 16:00; both names are on the roster.\n"
             f"- {sum(1 for p in PEOPLE.values() if p.line)} people have a LINE user id (JSONL messages carry it as `senderId` on about two in three), "
             f"{sum(1 for p in PEOPLE.values() if p.email)} an e-mail.\n"
             "- Outsiders (not on the roster): ร้านธงสกลฯ ราคาส่ง (ศอ, QR), สินเชื่อข้าราชการ ดอกเบี้ยต่ำ (heads, link), "
             "ผวจ.สกลนคร สุรศักดิ์ (executives: a fake account imitating the governor, whose real name is ผวจ.สน.สุรศักดิ์), "
             "น้องเมย์ หน้าห้องนายอำเภอ (นักปกครอง, added by the chief of โคกศรีสุพรรณ), ประกัน สุขภาพ ข้าราชการ (นักปกครอง, QR).\n")
    o.append("## Groups and messages\n")
    o.append("| file | group | messages | posting/membership findings |\n|---|---|---|---|")
    tot = 0
    for c in chats:
        o.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {sum(1 for r in truth if r[3] == c.fname and r[2] != 'SKN-5O')} |")
        tot += len(c.msgs)
    o.append(f"| | total | {tot} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    o.append(f"JSONL ids run `bl0001`… across the five JSONL files in time order. ศอ.จอส.จว.สน. holds {len(chats[0].msgs)} messages.\n")
    o.append(EXPORT)
    o.append("## Orders in ศอ.จอส.จว.สน. and their duties (SKN-5O)\n")
    st = Counter(r[2] for r in ledger)
    o.append("Duties by state: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())) + f" ({len(ledger)} in all).\n")
    o.append("No duty: the reminders (Mon 15:45 and 17:40, Tue 20:10, Wed 20:15 \"ทวง\", Thu 13:45 and 16:30, Fri 06:45, 11:00, 14:30), "
             "the deadline change of O6 (Wed 14:20), the weather notice \"แจ้งเพื่อทราบ … ไม่ต้องรายงาน\" (Wed 19:00), the "
             "palad's thanks (Fri 17:30), O2's measures ๑ and ๔ (action only / \"ไม่ต้องรายงาน\"), O4 for the districts it "
             "tells \"เพื่อทราบ\", and the orders posted by people outside the centre (the office clerk's letter sent to the "
             "wrong group, the chief of วานรนิวาส asking all districts for photos): SKN-5P findings, not orders of the centre.\n")
    lb = {}
    for r in ledger:
        lb.setdefault((r[0], r[4]), []).append(r)
    for k in sorted(orders, key=lambda k: (orders[k]["msg"].t, k)):
        x = orders[k]
        m = x["msg"]
        who = "all 18 districts" if len(x["districts"]) == 18 else f"{len(x['districts'])} districts: " + ", ".join(x["districts"])
        o.append(f"### {k} — {x['topic']}\n")
        o.append(f"`{m.chat.fname}` line {m.line} ({m.id}), {m.t.strftime('%a %d %b %H:%M')}, by {m.name}. Obliges {who}.\n")
        o.append(f"Deadline **{x['deadline'].isoformat()}**. {x['reasoning']}\n")
        rows = lb[(m.id, x["deadline"].isoformat())]
        for s in ("on-time", "late", "missing", "not-due"):
            ds = [f"{r[1]}" + (f" ({r[3]})" if r[3] else "") for r in rows if r[2] == s]
            if ds:
                o.append(f"- **{s}** ({len(ds)}): " + ", ".join(ds))
        o.append("")
    o.append("## Findings (`truth.csv`)\n")
    rc = Counter(r[2] for r in truth)
    o.append("| rule | count |\n|---|---|")
    for k, v in sorted(rc.items()):
        o.append(f"| {k} | {v} |")
    o.append(f"| total | {len(truth)} ({sum(v for k, v in rc.items() if k != 'SKN-5O')} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    o.append("Membership findings come once per person per group at the first message that shows them (invite, join or "
             "first post); SKN-ALL gives two rows (invitee, inviter) on the invite line; outsiders get OUTSIDER only. "
             "SKN-CAP: in ผู้บริหารจังหวัด และนายอำเภอ the governor, the 3 vice governors, the palad and all 18 chiefs "
             "appear (23 admitted people, the letter says 22); the finding sits at the first message of the 23rd "
             "(the chief of ภูพาน, Wed 07:20). No other group exceeds its count (ข้อสั่งการ ปจ.สน.: at most the palad and "
             "18 chiefs = 19).\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if rows:
            o.append(f"### {c.group} (`{c.fname}`)\n")
            for r in rows:
                o.append(f"- {r[2]} — line {r[1]} {r[4]} — {r[5]}" + (f" **{r[6]}**" if r[6] else "") + f": {r[7]}")
            o.append("")
    o.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if rows:
            o.append(f"### {c.group}\n")
            for r in rows:
                o.append(f"- line {r[1]} {r[3]}: {r[4]}")
            o.append("")
    o.append("## Points of judgement\n")
    o.append("- O6's deadline: read as the one its sender last set (23 Jul 12:00). Read by the first text alone "
             "(22 Jul 16:00), พังโคน, อากาศอำนวย, สว่างแดนดิน, วาริชภูมิ and บ้านม่วง would be late too.\n"
             "- O2 opens two duties per district (measures ๒ and ๓, each with its own date); measure ๓ ends after the log: not due.\n"
             "- วาริชภูมิ's O2 answer is photos at 15:48 followed by the count a minute later; the photos are cited.\n"
             "- The office clerk's letter in ศอ.จอส.จว.สน. (Tue 15:02) is both SKN-5 (not a member the letter admits) and SKN-5P "
             "(an order not from the centre); her apology is not cited again.\n"
             "- The volunteer officer of พังโคน posts her storm report in ข้อสั่งการ ปค.สน. (SKN-2 and SKN-2P) and re-sends it in "
             "ศอ.จอส.จว.สน. three minutes later; the re-sent post is the O4 answer.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o))
