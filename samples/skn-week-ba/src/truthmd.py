"""Writes TRUTH.md from the hand-written tags and the notes below."""
import os
from collections import Counter

HEAD = """# Week BA (7–11 September 2026): ground truth

Six Sakon Nakhon LINE groups over one working week at the height of the rains, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and those rules. Data: `roster.csv`, five JSONL chats, one English-UI LINE PC "Save chat" export (`[LINE]ข้อสั่งการ ปค.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the hand-written chat sources and the script that numbers lines and ids and tabulates the ledger.

## The week

- Monday 7 – Friday 11 September 2026 (๗–๑๑ ก.ย. ๒๕๖๙) are all working days. Saturday 12 and Sunday 13 are the weekend; Monday 14 September is a working day. **No public holiday falls in the week or right after it**: September has no Thai public holiday in 2026 (the next is Monday 13 October, the King Bhumibol memorial day, far outside every deadline here). So no deadline moves for a holiday; the only shift is the ordinary weekend rule (O8 below).
- The rains are at their height: the Songkhram rising at อากาศอำนวย, วานรนิวาส, บ้านม่วง and คำตากล้า, the Un below the dam (พังโคน, วาริชภูมิ, นิคมน้ำอูน, พรรณานิคม), หนองหาร high at เมืองสกลนคร and โพนนาแก้ว; roads cut, sandbags, boats, evacuation points, a volunteer defence officer drowned on Wednesday at อากาศอำนวย, leptospirosis warnings, and the first damage surveys on Thursday and Friday.
- Missing reports are judged at the last message of the whole log: **{END}** (Friday 11 Sept, the last line of `volunteer-centre.jsonl`).

## Roster in brief

`roster.csv` has {NP} fictional people: the governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office (`provincial_admin_staff`), 2 province-level volunteer officers (no district: จ่าบัติ ศอ.จอส.สน., กัลยา จอส.จว.สน. 💛), 12 agency heads, 4 deputies/clerks of agency heads (`staff`), one retired former district chief (ลุงเสริม อดีตนอภ.วานรฯ), and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with a further deputy in เมืองสกลนคร (two), พรรณานิคม, พังโคน, วานรนิวาส, บ้านม่วง, อากาศอำนวย, สว่างแดนดิน and ภูพาน.

- One person holds two roles `coordinating_deputy|volunteer_center_staff`: ปลัดจักร นิคมน้ำอูน (นิคมน้ำอูน has no separate volunteer officer).
- The display name **ปลัดต้น** belongs to two people (a deputy of พรรณานิคม and a deputy of บ้านม่วง, neither with a LINE id or e-mail): ambiguous, never judged; ปลัดต้น's posts answer no duty (ศอ Monday 15:10, a flood report for บ้านม่วง, pays nothing).
- The volunteer officer of บ้านม่วง renames himself from `ต้อม จิตอาสา บ้านม่วง` to `ต้อม จอส.บ้านม่วง 🚤` in ศอ.จอส.จว.สน. (rename event, Tuesday 12:00); both names are in his `display_names`, and his later ศอ posts use the new name.
- Some people have a LINE user id (`U` + 32 hex), some an e-mail, some both or neither. JSONL messages of people with an id (or, lacking one, an e-mail) carry `senderId` on about two messages in three.

## Groups and messages

| file | group | messages |
|---|---|---|
{GROUPS}

JSONL ids run `ba0001`…`ba{LASTID}` across the five JSONL files in time order. The export has no ids: its truth rows and near misses are cited by line number (the first line of a multi-line message) with an empty `message` column. `ledger.csv` names orders and answers by their `volunteer-centre.jsonl` message ids.

### Export conventions (`[LINE]ข้อสั่งการ ปค.สน..txt`, ข้อสั่งการ ปค.สน.)

LINE for PC, English UI, "Save chat" (formats-line.md §1, variant F): no header line and no BOM; date lines `2026.09.07 Monday` (Gregorian year, English weekday); messages `HH:MM<space>display name<space>text` (names contain spaces, so a reader matches known names, longest first); multi-line messages continue on raw lines with no quoting; media placeholders without brackets: `Photos` (one line per photo), `Stickers`. System lines follow the desktop shape, actor in the sender place and again in the text: `HH:MM A A invited B.`, `HH:MM X X joined the group.`, `HH:MM A A removed B from the group.` No files were sent in this group during the week (the office attaches its letters as photos), so no file placeholder is needed. Replies are not shown in exports.

## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Counting rule: a deadline written as a clock time is that minute; a deadline written as a day ("ภายในวันนี้", "ภายในวันอังคารที่ ๑๕ ก.ย. ๖๙") runs to the end of that day (23:59:59); "ภายใน ๒๔ ชม." is 24 hours from the order's minute; "ภายใน N วัน" counts from the day after the order, and a last day on a weekend or holiday moves to the next working day; "พรุ่งนี้เช้า ๐๖.๓๐ น." / "ก่อนเที่ยงพรุ่งนี้" are that clock time on the next day. An answer at or before the deadline is on time. The answer is the first report by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks; photos alone count only after an order that asks for photos; a photo of a handwritten form with a caption is a report (cited at the photo, the post's first message). A report sent by another district for a neighbour that has no signal is not by the neighbour's people and pays nothing for it. A post that answers two orders pays both. Several orders are open at once, so I matched each answer to its order by its content.
"""

DECISIONS = """
## Decisions where the rules left room

- **Deadline moved by a later message (O3).** The order's text says 12:00 Wednesday; at 10:40 Wednesday the palad replied to it moving the time to 16:00. The rules judge "the deadline in its text" and treat a reply to an order as creating no new duty. I planted no answer between 12:00 and 16:00, so every O3 state is the same under either reading: กุสุมาลย์ answered at 16:40 (late either way), ภูพาน never answered (missing). The ledger's deadline column carries the text's 12:00.
- **An order that adds to an earlier one (O7).** "เพิ่มเติม… ขอให้ทุกอำเภอรายงานเส้นทางที่ถูกตัดขาด… ภายใน ๒๔ ชม." was posted on its own (not a reply) with no reminder words and a new item and deadline: a new order with its own duties.
- **Orders that name whom they ask later in the post (O2)** give duties to the districts named; **an order that only describes them (O6)** gives duties to the districts the description fits, here the 8 districts listed on Monday (the centre confirmed this in the chat at 13:42).
- **Reports for a neighbour.** วาริชภูมิ reported for ส่องดาว (O1, Monday 14:02) and วานรนิวาส for อากาศอำนวย (O6, Wednesday 20:00) while those districts had no signal. SKN-5O counts a report "by any of the district's people"; a neighbour is not, so ส่องดาว is late for O1 (its own report at 19:45) and อากาศอำนวย missing for O6.
- **Answers in pieces.** วานรนิวาส (O1: 10:20 figures, 10:52 photos, 11:15 additions) and อากาศอำนวย (O7: 09:10, 09:45, 10:05) sent answers in pieces over about an hour; all pieces fall on the same side of the deadline, and the first piece that carries the figures is cited.
- **Photos of handwritten forms** (คำตากล้า O1, บ้านม่วง O5, เต่างอย O10) are sent photo first, caption second within the minute: one report, cited at the photo.
- **Ambiguous name.** ปลัดต้น's flood report for บ้านม่วง (Monday 15:10) is by a name that fits two people: never judged and pays nothing; บ้านม่วง's own report came at 17:20, late.
- **SKN-5P.** A district chief's "ขอให้ทุกอำเภอส่งเบอร์… ภายในวันนี้" and a district volunteer officer's "ฝากทุกอำเภอส่งรายชื่อ… ภายในพรุ่งนี้" plainly direct all districts with a deadline: orders from someone other than the provincial centre. They create no SKN-5O duty. The health-office clerk's epidemiology figures are a report by someone who is not a district's person (SKN-5P) and also show a non-admitted member (SKN-5), two rows at one line.
- **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits the governor, 3 vice governors, the palad and 18 district chiefs = 23 people, one more than the letter's 22; all 23 appear, so one low-severity row at the first message of the 23rd (the district chief of โคกศรีสุพรรณ, Thursday 09:02). The other counted groups cannot exceed their counts with this roster (ข้อสั่งการ ปจ.สน.: palad + 18 chiefs = 19, exactly the count).
- **Export and SKN-2P.** Every post in ข้อสั่งการ ปค.สน. by someone other than the office is one SKN-2P (a text with its photos, or photos then caption within a minute or two, is one post, cited at its first line); invites are notices, not posts. The outsider's sales post gets SKN-2P as well as the OUTSIDER row at the join. A district volunteer officer posting there with no join notice gets SKN-2 at that first post and SKN-2P for it.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acks and reports by district chiefs are near misses); a coordinating deputy posting there for his chief is SKN-3; the coordinating deputy invited by the chief of อากาศอำนวย is SKN-3 + two SKN-ALL; his later posts add nothing.
- **O3's PDF first.** The palad sent the letter as a PDF at 08:30 and the order text at 08:31; the ledger names the text message (it carries the deadline); nothing was answered in that minute, so it changes no state.
- **Later posts** by a person already found not admitted in a group give no second membership row.
"""


def write(out, chats, truth, fivo, near, ledger, orders, om, END):
    np = sum(1 for _ in open(os.path.join(out, "roster.csv"), encoding="utf-8")) - 1
    counts = [(c.fname, c.group, len(c.msgs)) for c in chats]
    total = sum(n for _, _, n in counts)
    grows = "\n".join(f"| `{f}` | {g} | {n} |" for f, g, n in counts) + f"\n| | total | {total} |"
    ids = [m.id for c in chats for m in c.msgs if m.id]
    s = HEAD.replace("{END}", END.strftime("%Y-%m-%d %H:%M")).replace("{NP}", str(np)).replace("{GROUPS}", grows) \
        .replace("{LASTID}", max(ids)[2:])
    sor = chats[1]
    for k, o in orders.items():
        m = om[k]
        s += f"\n### {k} — {m.id} (line {m.line}), {m.t.strftime('%a %d Sep %H:%M')}, {m.name} ({o['scope']})\n\n"
        s += f"Deadline {o['deadline'].isoformat()}. {o['how']}.\n\n"
        rows = [r for r in ledger if r[0] == m.id]
        for st in ("on-time", "late", "missing", "not-due"):
            rs = [r for r in rows if r[2] == st]
            if not rs:
                continue
            if st in ("on-time", "late"):
                byid = {mm.id: mm for mm in sor.msgs}
                items = ", ".join(f"{r[1]} ({r[3]} {byid[r[3]].t.strftime('%a %H:%M')})" for r in rs)
            else:
                items = ", ".join(r[1] for r in rs)
            s += f"- **{st}** ({len(rs)}): {items}\n"
    c = Counter(r[2] for r in ledger)
    s += f"\nLedger totals: {len(ledger)} duties — on-time {c['on-time']}, late {c['late']}, missing {c['missing']}, not-due {c['not-due']}.\n"
    s += ("\nPosts that create **no duty**: the information-only posts (แจ้งเพื่อทราบ / เพื่อทราบ … ไม่ต้องรายงาน: Monday 07:30 and 21:30, Thursday 16:00), "
          "the reminders and follow-ups (Monday 15:50, Tuesday 11:30, Wednesday 05:50 and 10:40, Thursday 07:40, 09:05 and 11:00, Friday 09:00 and 14:45 — "
          "replies to the order, ย้ำ, เร่งรัด, ตามกำหนด, lists of districts still missing), the palad's night instruction (Wednesday 22:40) and thanks, "
          "and the two SKN-5P orders by district people.\n")
    rc = Counter(r[0] for r in truth + fivo)
    s += "\n## Findings (`truth.csv`)\n\n| rule | count |\n|---|---|\n"
    for k in sorted(rc):
        s += f"| {k} | {rc[k]} |\n"
    s += f"| total | {len(truth) + len(fivo)} ({len(truth)} posting/membership, {len(fivo)} SKN-5O: {sum(1 for r in fivo if r[5] == 'late')} late, {sum(1 for r in fivo if r[5] == 'missing')} missing) |\n"
    for ch in chats:
        rows = [r for r in truth + fivo if r[1] == ch.fname]
        if not rows:
            continue
        s += f"\n### {ch.group} (`{ch.fname}`)\n\n"
        for r in sorted(rows, key=lambda r: r[2]):
            st = f" **{r[5]}**" if r[5] else ""
            s += f"- {r[0]} — line {r[2]}{(' ' + r[3]) if r[3] else ''} — {r[4]}{st}: {r[6]}\n"
    s += f"\n## Near misses (`near-misses.csv`, {len(near)})\n\nEach looks like something a careless tool might flag but is allowed under the rules page.\n"
    for ch in chats:
        rows = [r for r in near if r[0] == ch.fname]
        if not rows:
            continue
        s += f"\n### {ch.group}\n\n"
        for r in rows:
            s += f"- line {r[1]}{(' ' + r[2]) if r[2] else ''}: {r[3]}\n"
    s += DECISIONS
    with open(os.path.join(out, "TRUTH.md"), "w", encoding="utf-8") as f:
        f.write(s)
