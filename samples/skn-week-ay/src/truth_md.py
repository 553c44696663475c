"""TRUTH.md: the week's hand-worked truth, tabulated from the tags written with each message."""
from collections import Counter

INTRO = """# Week AY (23–27 November 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`letter-rules-sakon-nakhon.md`. Data: `roster.csv`, five JSONL chats, one LINE phone export of ศอ.จอส.จว.สน.
(`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`; `check.py` checks them; `src/` holds the
chat sources and the build script.

## The week

- Monday 23 – Friday 27 November 2026 (๒๓–๒๗ พ.ย. ๒๕๖๙) are all working days; Saturday 28 and Sunday 29 are the
  weekend and Monday 30 November is a working day. **No public holiday falls in the week or right after it.** The
  next ones are Saturday 5 December (วันพ่อแห่งชาติ, substitute holiday Monday 7 December) and Thursday 10 December
  (วันรัฐธรรมนูญ), both after any deadline counted here. So no deadline moves for a holiday; the only move is
  O9's "ภายใน ๓ วัน", whose last day falls on Sunday 29 and moves to Monday 30 November.
- Loy Krathong falls on **Tuesday 24 November 2026**: a festival, not a public holiday, so it moves nothing. The
  week's topics: Loy Krathong safety at หนองหาร (O1, O2, O6), the first cold spell (O4, O11) and the start of the
  provincial winter-relief plan (O9), the rice harvest and drying yards (O5), straw burning and PM2.5 (O7, O10), and
  the end of the flood recovery payments on 30 November (O8).
- Missing reports are judged at the last message of the whole log: **2026-11-27 21:30** (the last line of
  `volunteer-centre.txt`; every JSONL file ends earlier).

Counting rule: a clock-time deadline is that minute; a date deadline ("ภายในวันที่ ๒๖ พ.ย. ๖๙", "ภายในวันนี้")
runs to the end of that day (23:59:59); "ภายใน ๒๔ ชม." is 24 hours from the order's minute; "ก่อนเที่ยงพรุ่งนี้" is
12:00 the next day; "พรุ่งนี้เช้า ๐๙.๓๐ น." is 09:30 the next day; "ภายใน N วัน" counts from the day after the order,
and a last day on a weekend or holiday moves to the next working day (to the end of it). An answer at or before the
deadline is on time; none is planted at the exact deadline minute (the export has no seconds). No order gives no
deadline, so the 24-hour default is not used.

## Roster in brief

`roster.csv` has 90 fictional people: the governor, 3 vice governors, the provincial palad, 3 sending accounts of
the provincial administration office, 2 province-level volunteer accounts/officers (no district), 12 agency heads,
4 staff of agency heads, one retired former district chief, and for each of the 18 districts a district chief, a
coordinating deputy and a district volunteer officer, with further deputies in some districts.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff` (ปลัดจักร นิคมน้ำอูน, ปลัดพิมพ์ เจริญศิลป์ 💐).
- The display name **ปลัดต้น** belongs to two people (deputies of พรรณานิคม and บ้านม่วง): ambiguous, never judged,
  answers nothing.
- The district chief of โคกศรีสุพรรณ renames himself from `ณัฐวุฒิ นอภ.โคกศรีฯ` to `นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾`
  (rename notice in executives.jsonl, Monday 11:30); both names are on the roster, and he uses the new one in several groups.
- Some people have a LINE user id (`U` + 32 hex), some an e-mail, some both. JSONL messages of people with an id
  carry `senderId` on about two in three messages. In the export the district chief of ส่องดาว appears once wrapped in
  U+2068/U+2069.

## The export

`volunteer-centre.txt` follows the English-UI phone export of formats-line.md §1.10 A: UTF-8 BOM,
`Chat history in "ศอ.จอส.จว.สน."`, `Saved on: 11/27/2026, 22:14`, a blank line, date lines `Mon, 11/23/2026`
(M/D/YYYY, Gregorian) with a blank line before each later date line, messages `HH:MM⇥sender⇥text`, multi-line messages
written raw (continuation lines carry no time), placeholders `[Photo]`, `[Sticker]`, `[File]`, and system lines
with no sender column: `A invited B.`, `X joined the group.`, `A removed B from the group.`, `X left the group.`; the
unsend notice has the sender column (`X⇥X unsent a message.`). The export has no ids: truth rows, near misses and the
ledger cite it by line number (the first line of a message). Replies are not shown in exports.
"""


def write(path, st):
    chats, orders, ledger, truth, near = st["chats"], st["orders"], st["ledger"], st["truth"], st["near"]
    o = [INTRO, "## Groups and messages\n", "| file | group | messages |", "|---|---|---|"]
    for c in chats:
        o.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} |")
    o.append(f"| | total | {sum(len(c.msgs) for c in chats)} |\n")
    o.append("JSONL ids run `ay0001`… across the five JSONL files in time order.\n")
    o.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    for k in sorted(orders, key=lambda k: orders[k]["msg"].t):
        od = orders[k]
        m = od["msg"]
        rows = [r for r in ledger if r[0] == m.line]
        who = "all 18 districts" if len(od["districts"]) == 18 else f"{len(od['districts'])} districts: " + ", ".join(od["districts"])
        o.append(f"### {k} — line {m.line}, {m.t.strftime('%a %d %b %H:%M')}, {m.name} ({who})\n")
        o.append(f"Topic: {od['topic']}. Deadline {od['deadline'].isoformat()}.\n")
        for stt in ("on-time", "late", "missing", "not-due"):
            xs = [r for r in rows if r[2] == stt]
            if xs:
                o.append(f"- **{stt}** ({len(xs)}): " + ", ".join(f"{r[1]}" + (f" (l.{r[3]})" if r[3] else "") for r in xs))
        o.append("")
    sc = Counter(r[2] for r in ledger)
    o.append(f"Ledger totals: {len(ledger)} duties — on-time {sc['on-time']}, late {sc['late']}, missing {sc['missing']}, not-due {sc['not-due']}.\n")
    o.append("""Deadlines as written: O1 "ภายใน ๑๖.๐๐ น. วันนี้" (Mon 16:00); O2 "ภายในเวลา ๑๒.๐๐ น. ของวันพรุ่งนี้ (๒๔ พ.ย. ๒๕๖๙)"
(Tue 12:00); O4 "ก่อนเที่ยงพรุ่งนี้" from Tuesday (Wed 12:00); O5 "ภายใน ๒๔ ชม." from Tue 13:15 (Wed 13:15); O6
"ภายในวันที่ ๒๖ พ.ย. ๖๙" (end of Thu 26); O7 "ภายในเวลา ๑๕.๓๐ น. วันนี้" (Wed 15:30); O8 "พรุ่งนี้เช้า ๐๙.๓๐ น." from
Wednesday (Thu 09:30); O9 "ภายใน ๓ วัน" from Thursday: Fri 27, Sat 28, Sun 29 → moved to Monday 30 Nov (end of day);
O10 "ภายในวันพรุ่งนี้ (๒๗ พ.ย.) เวลา 12.00 น." (Fri 12:00); O11 "ภายในวันนี้" on Friday (end of Fri 27, after the log ends).

Orders that describe whom they ask by a condition and then list them (O1 อำเภอที่มีพื้นที่ติดหนองหาร, O4 อำเภอที่ต่ำกว่า
๑๖ องศา, O7 อำเภอที่มีจุดความร้อน, O8 อำเภอที่ยังมีครัวเรือนที่ยังไม่ได้รับเงิน, O11 อำเภอในแนวเทือกเขาภูพาน) oblige only the
districts listed; O5 obliges all districts except เมืองสกลนคร (ยกเว้น). Posts that create **no duty**: the safety message
with ไม่ต้องรายงาน (Tue 17:30), the central account's correction (Mon 14:31), the reminders and @mentions (Mon 15:30,
Tue 10:50, Wed 12:15, Thu 16:00, Fri 12:05), and the two orders by district people (SKN-5P below).

Orders open at once on close matters, told apart by content: O5 (harvest help, photos) and O7 (hotspot figures) on
Wednesday — พรรณานิคม's harvest photos at 10:20 answer O5, its hotspot figures at 14:40 answer O7; สว่างแดนดิน's photos
at 13:00 answer O5 (O7 asks figures, not photos), its figures at 13:25 answer O7. O7 (hotspot districts) and O10 (PM2.5
masks, all districts). O4 (cold-spell survey) and O9 (winter-plan teams): ภูพาน's team list on Thursday answers O9.
O8 (unpaid flood households) and O4: วาริชภูมิ's Thursday figures are unpaid households, so they answer O8 late and
O4 stays missing. O10 (masks) and O11 (visits on the Phu Phan range): กุดบาก's Friday visit report answers O11.
""")
    o.append("## Findings (`truth.csv`)\n")
    rc = Counter(r[2] for r in truth)
    o.append("| rule | count |\n|---|---|")
    for k in sorted(rc):
        o.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    o.append(f"| total | {len(truth)} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    cur = None
    for fi, ln, rule, fn, m, who, stt, note in truth:
        if fn != cur:
            o.append(f"\n### `{fn}`\n")
            cur = fn
        ident = f" {m.id}" if m.id else ""
        o.append(f"- {rule} — line {ln}{ident} — {who}" + (f" **{stt}**" if stt else "") + f": {note}")
    o.append(f"""

## Near misses (`near-misses.csv`, {len(near)})

Every line listed there looks like something a careless check might flag but is allowed: the office's and the
centre's own orders with the photos or PDF of the letter, acknowledgements and reports where allowed (ข้อสั่งการ ปจ.สน.
has no posting rule), reports by deputies, coordinating deputies and volunteer officers on the district's behalf,
reminders that create no duty, courtesy that uses order words, the ambiguous ปลัดต้น, the renamed chief, eligible
invitees, an eligible member who leaves and is added back, and the office removing outsiders.

## Decisions where the rules left room

- **One post, one finding.** A text with its photos, or several photos sent together, is one post; findings cite the
  first line. A report sent first to the wrong group (ข้อสั่งการ ปค.สน.) is an SKN-2P there; the apology after it is a
  second post (another SKN-2P).
- **Invites.** An invite is not a post; an invite of a roster person not admitted gives the group's membership row and
  SKN-ALL for invitee and inviter at the invite line. An outsider gives one OUTSIDER row at first appearance (no
  SKN-ALL), naming the inviter when added; their later sales post in ข้อสั่งการ ปค.สน. is still an SKN-2P.
- **SKN-5P.** An order to all districts by a district person (สว่างแดนดิน's coordinating deputy on Monday, its district
  chief on Thursday) is SKN-5P and creates no SKN-5O duty. The ศธจ. head's report in ศอ.จอส.จว.สน. is SKN-5P (not a
  district's person) on top of the SKN-5 at her invite line.
- **SKN-4P.** Only the palad's own instruction to all district chiefs and a district chief's "ขอให้ทุกอำเภอ…ภายใน
  พรุ่งนี้" are planted; condolences with ขอให้ are courtesy.
- **SKN-CAP.** At most 21 admitted people appear in ผู้บริหารจังหวัด และนายอำเภอ (the letter counts 22) and exactly 19 in
  ข้อสั่งการ ปจ.สน. (the letter counts 19), so no SKN-CAP is planted; `check.py` recomputes the counts.
- **Answers in pieces** count from the first piece (it carries the result); a correction after a report is not a
  second answer; an apology does not make an on-time answer late.
- **Photos alone** answer only an order that asks for photos (O5); reports to O10, which asks for figures with photos,
  all carry a caption.
- **Date deadlines** run to 23:59:59: อากาศอำนวย's O6 report at 21:50 on Thursday 26 is on time; O11's deadline (end of
  Friday) is after the log's last message, so ภูพาน is not-due, not missing.
""")
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")
