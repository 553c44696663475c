"""Writes TRUTH.md: the prose is written by hand here; the lists are tabulated from the hand-tagged messages."""
from collections import Counter

from people import PEOPLE, DISTRICTS

INTRO = """# Week AG (29 December 2025 – 2 January 2026): ground truth

Six Sakon Nakhon LINE groups over the New Year week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as
`samples/letter-rules-sakon-nakhon.md` reads it. Everything below was worked out by hand from the letter and
that page; the audit tool was not run and its code and documents were not read. Data: `roster.csv`, five JSONL chats,
one LINE **PC (desktop) export with the English UI** (`[LINE]ข้อสั่งการ ปจ.สน..txt`), and `truth.csv`, `ledger.csv`,
`near-misses.csv`. `check.py` checks them from the delivered files alone. `src/` holds the layout script: the
messages, the truth notes and the deadline reasoning in it are written by hand (`g_*.py`, `truthmd.py`); the script
only gives ids, seconds and line numbers, writes the files and tabulates the ledger from the answers marked by hand.

## The week and its working days

| date | day | status |
|---|---|---|
| 29 Dec 2025 (๒๙ ธ.ค. ๒๕๖๘) | Monday | working day; day 1 of the road-safety campaign |
| 30 Dec 2025 (๓๐ ธ.ค. ๒๕๖๘) | Tuesday | working day; day 2 |
| 31 Dec 2025 (๓๑ ธ.ค. ๒๕๖๘) | Wednesday | public holiday (วันสิ้นปี); day 3 |
| 1 Jan 2026 (๑ ม.ค. ๒๕๖๙) | Thursday | public holiday (วันขึ้นปีใหม่); day 4 |
| 2 Jan 2026 (๒ ม.ค. ๒๕๖๙) | Friday | **special government holiday** (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ, set by the cabinet in November 2024 and confirmed again by the cabinet secretariat in 2025); day 5 |
| 3–4 Jan 2026 | Sat–Sun | weekend; days 6–7 (after the log) |
| 5 Jan 2026 | Monday | the next working day |

So only Monday and Tuesday are working days; Wednesday to Sunday is one five-day holiday. The chats treat the
campaign's seven days (๗ วันอันตราย, ช่วงควบคุมเข้มข้น) as 29 Dec – 4 Jan; the volunteer centre and the district
offices keep working through the holidays (service points, duty officers), and several orders say so in their own
words. The week's topics: the road-safety campaign and the palad's daily accident counts, the volunteers' service
points and their daily reports, cold weather and blankets, the Big Cleaning and the New Year alms-giving, New Year
greetings, cards (ส.ค.ส.), the No Gift policy, a gift-basket seller, and the countdown.

Missing reports are judged at **the last message of the whole log: 2026-01-02 21:40:08** (Friday 2 Jan, the last
message of `volunteer-centre.jsonl`; every other file ends earlier that day).
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} fictional people (names new for this week): the governor (P001), 3 vice governors
(P002–P004), the provincial palad (P005), 3 sending accounts of the provincial administration office (P006–P008),
2 province-level volunteer officers without a district (P009, whose display name is the centre's own name
`ศอ.จอส.จว.สน.`, and P010), 12 agency heads (P011–P022, among them the police commander P012 and the disaster office
P011), 4 staff (P023 clerk of ปภ., P024 deputy of the transport office, P025 health-office staff, P026 community-
development staff), and a retired former district chief (P027). For each of the 18 districts a district chief, a
coordinating deputy and a volunteer officer; extra deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, บ้านม่วง,
สว่างแดนดิน, โคกศรีสุพรรณ and ภูพาน.

- Two people hold `coordinating_deputy|volunteer_center_staff`: ปลัดชวลิต พังโคน (P142) and ปลัดสมชาย ภูพาน
  (P272); พังโคน has no other volunteer officer.
- The display name **ปลัดหนุ่ม** belongs to P214 (an ordinary deputy of สว่างแดนดิน) and P232 (the coordinating
  deputy of เต่างอย), neither with a LINE id: ambiguous, never judged; none of its posts sits on a duty (the one report under
  that name is in นักปกครองสกลนคร, which has no duties).
- {nl} people have a LINE user id, {ne} an e-mail, some both, some neither; JSONL messages from people with a LINE id
  carry it as `senderId` on about two messages in three (a few are forced either way where the name alone would
  not do).
- Name variants in the chats: `นายสมหมาย ดาวเรือง` (title added; roster `สมหมาย ดาวเรือง`, P113), once with his
  LINE id and, in other posts, the plain name; `สุเมธ พังโคน 🎉HNY2026` after the district chief of พังโคน renames
  himself in ผู้บริหารจังหวัด และนายอำเภอ (rename notice Tue 09:30; he keeps his old name in the other groups);
  `บรรจง นอภ.ส่องดาว ⭐` wrapped in U+2068/U+2069 in the export.
"""

EXPORT = """## The LINE PC export

`[LINE]ข้อสั่งการ ปจ.สน..txt` is a LINE for PC "Save chat" file with the English UI (formats-line.md §1.1, §1.3,
§1.4, §1.7, variant F): the file name carries the group's name (`[LINE]<chat name>.txt`), there is no header and no
BOM, date lines are `2025.12.29 Monday`, messages are `HH:MM<space>name<space>text` with the sender's name not
delimited (names contain spaces, emoji and, on three lines, bidi isolates), continuation lines of multi-line messages are raw
(no quotes), and media are `Photos`, `Stickers` (one line per photo). System lines repeat the actor as the desktop
exports of formats-line.md do (sender column, then the full notice): `HH:MM A A invited B.`,
`HH:MM X X joined the group.`, `HH:MM A A removed B from the group.`,
`HH:MM A A disabled joining via link or QR code.` The export carries no ids and no replies, so its truth rows and
near misses give the line number of the message's first line and an empty `message`.
"""

ORDERS_INTRO = """## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Counting rules I used (all by hand):

- A clock time is that minute; a date runs to the end of that day (written `23:59:59`); "ภายใน ๒๔ ชม." is 24 hours
  from the order's own time (holidays do not matter to hours).
- **A date or a clock time written in the order is kept even when it falls on a holiday.** The campaign orders of
  this week are given for the holidays themselves and most say so (แม้ตรงกับวันหยุดราชการ, แม้เป็นวันหยุด).
- **A period counted in days ("ภายใน ๒ วัน") starts the day after the order; if its last day is a holiday or a
  weekend day, it ends on the next working day** (the usual rule for periods in Thai administrative practice).
- **"ภายใน ๓ วันทำการ" counts working days only**, from the day after the order.
- An answer at or before the deadline is on time. The answer is the first report by any of the district's people
  (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks for; a
  photos-then-caption post is cited at its first photo; photos alone answer only an order that asks for photos,
  and I sent photos alone only where the district had just one photo order open (captioned photos are matched by
  their caption). Several orders are open at once; each answer was matched to its order by its content (the daily
  reports name their day).
- Each daily order (D1–D5) is **a new order for a new day's report**, not a reminder of the day before: it names
  the day being reported (ประจำวันที่ …) and uses none of the reminder words.

The ledger cites orders and answers by their JSONL ids.
"""

NO_DUTY = """### Posts in ศอ.จอส.จว.สน. that create no duty

- Reminders and tallies of open orders (they create no duty and do not move a deadline): {reminders}.
- Information only: the palad's notice of the governor's visit (`แจ้งเพื่อทราบ … ไม่ต้องรายงาน`, {info}); the
  centre's "ยังไม่ต้องส่งในกลุ่มนี้" about blanket figures ({notyet}); the announcement that the 3 Jan form will be
  posted tomorrow ({announce}); the centre's greetings.
- An order by a district chief (SKN-5P, {skn5p_order}): not an order of the provincial centre, so no duty.
- The labels run O1–O8 and D1–D5 in the order of posting within each series.
"""

DECISIONS = """## Decisions where the rules left room

1. **Deadlines on holidays.** The rules page says "by the deadline in its text". Where the text names a date or a
   time, I kept it even on a holiday: O3 ("ภายในวันพุธที่ ๓๑ ธ.ค. ๖๘ (แม้ตรงกับวันหยุดราชการ …)") ends with
   31 Dec; O5, O6 and D3–D5 have clock times on holiday days and keep them. Where the text gives a **count of days**
   (O4, "ภายใน ๒ วัน" from Tue 30 Dec), the last counted day (Thu 1 Jan) is a holiday, so the period ends on the
   next working day, Monday 5 Jan (2 Jan is the special holiday, 3–4 Jan the weekend): its unanswered districts are
   not-due and its Friday answers are on time. A tool that ignores the holiday would end O4 on 1 Jan and call
   four Friday answers late and thirteen districts missing; this week is built to tell the two readings apart.
2. **"ภายใน ๓ วันทำการ"** (O7, Fri 2 Jan, a holiday) counts working days from the next day: Mon 5, Tue 6, Wed 7
   Jan; the deadline is the end of Wednesday 7 Jan. Its two answers are on time; the rest are not-due.
3. **The same order each day.** D1–D5 ask for the report of a named day; each creates a new duty for the eight
   districts. Reminders in between (ครบกำหนด … ยังขาด …, เร่งรัด …) create none.
4. **Promises, stickers and greetings are not answers**: "ขออนุญาตส่งภายหลัง", "จะส่งให้โดยเร็ว", "ขอส่ง
   พรุ่งนี้เช้า", a chief's sticker or New Year greeting after a reminder. The district stays missing.
5. **A correction** (วาริชภูมิ, 10:44 Mon) does not replace the first report; the first post answers O1.
6. **Reports by people who are not a district's people** (a retired official, an agency head, agency staff) are
   SKN-5P and answer nothing, even when they mention a district (พช.สน.'s blanket report for พรรณานิคม).
7. **Membership rows once per person per group**, at the first message that shows them (invite, join or first post);
   later posts add no membership row, but in ข้อสั่งการ ปค.สน. each of their posts is still SKN-2P, and in ศอ a later
   report by such a person is still SKN-5P (P026 on Friday). Invite notices are not posts: the inviter in ปค.สน.
   gets SKN-ALL, not SKN-2P.
8. **One post, one posting finding.** A text and its photos or file sent together is one post; a second text a
   few minutes later (the apology "ขออภัยครับ ส่งผิดกลุ่ม") is a new post and a new SKN-2P.
9. **The palad in ผู้บริหารจังหวัด และนายอำเภอ.** His instruction to all district chiefs to send duty rosters is an
   order from someone other than the governor or a vice governor (SKN-4P); his note on membership and his accident
   summary to the governor are not orders (near misses). The police commander (an agency head, not admitted) gets
   SKN-4 at his first post and SKN-4P for his instruction to the chiefs; a district chief's request to all districts
   about countdown seats is SKN-4P too. The governor then adopting the police request as his own is allowed.
10. **ข้อสั่งการ ปจ.สน.** has no posting findings: chiefs' acknowledgements, questions, greetings and reports there are
    near misses; a coordinating deputy acknowledging for his chief and a vice governor's greeting are SKN-3
    (membership), the deputy invited by his chief is SKN-3 + SKN-ALL ×2, and a journalist who joined by the group's
    link is an OUTSIDER.
11. **Outsiders added by a member** (a vice governor's secretary, an event organiser added by an agency head) are one
    OUTSIDER row naming the inviter, no SKN-ALL (the rules page says "Not also SKN-ALL"). An outsider with no join
    notice (a former secretary still in ผู้บริหารฯ) is found at his first post. I put no outsider in ข้อสั่งการ ปค.สน.,
    where a post would also be SKN-2P; the rules page does not say whether both rows are due.
12. **Ambiguous name.** `ปลัดหนุ่ม` posts in ศอ.จอส.จว.สน., ข้อสั่งการ ปค.สน. and นักปกครองสกลนคร; one of the two people
    would be admitted to ปค.สน. and นักปกครอง and one would not, but an ambiguous name is never judged (no SKN-2P,
    no SKN-1). I put no report under that name on any duty, so no ledger state depends on it.
13. **Rename.** The renamed chief's posts in ผู้บริหารจังหวัด และนายอำเภอ are his (rename notice first; some of his
    posts also carry his LINE id).
14. **Agency heads' posts in หน.ส่วนราชการ-นอภ.สน.**: sales figures of the agency's OTOP fair, a daily operations
    report, injury and alcohol figures and district chiefs' reports of results are SKN-6P; invitations, warnings,
    schedules, a campaign spot to share, event photos passed on as news, questions, greetings and condolences are
    near misses. (The PR office's event photos are the closest call: they show the province's event, not a result
    of his office, so I did not count them as a report.)
15. **Desktop export conventions** (file name as group name, system lines with the actor repeated, the
    `disabled joining via link or QR code.` setting line) follow formats-line.md where it has evidence and its
    pattern for desktop files where it has none; the setting line is neither a post nor a member.
16. **Holiday facts** (31 Dec and 1 Jan public holidays; 2 Jan 2026 a special government holiday) are the real
    Thai calendar; the cabinet's December 2025 withdrawal of further special holidays did not touch 2 Jan.
"""


def fmt(t):
    return t.strftime("%a %d %b %H:%M")


def write(path, st):
    chats, orders, ledger, states, truth, near, log_end = (
        st[k] for k in ("chats", "orders", "ledger", "states", "truth", "near", "log_end"))
    out = [INTRO]
    out.append(ROSTER.format(n=len(PEOPLE), nl=sum(1 for p in PEOPLE.values() if p.line),
                             ne=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting/membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    vol = chats[0]
    jn = sum(len(c.msgs) for c in chats if not c.export)
    out.append(f"ศอ.จอส.จว.สน. carries {len(vol.msgs)} of {total} messages ({100 * len(vol.msgs) / total:.1f}%). "
               f"JSONL ids run `ag0001`…`ag{jn:04d}` across the five JSONL files in time order. System events in the "
               "JSONL files are `type: system` with `event` join / invite / remove / leave / unsend / rename and "
               "`target` (as in week AB); attachments are `image`, `video`, `file` messages with an `attachment`.\n")
    out.append(EXPORT)
    out.append(ORDERS_INTRO)
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        m = o["msg"]
        out.append(f"### {ok} — {m.id}, {fmt(m.t)}, {m.name} — {o['topic']}\n")
        out.append(f"Addressed to: {o['addressed']}. Deadline **{o['deadline'].isoformat()}**. {o['how']}\n")
        groups = {"on-time": [], "late": [], "missing": [], "not-due": []}
        for d in DISTRICTS:
            if (ok, d) not in states:
                continue
            s, a = states[(ok, d)]
            groups[s].append(f"{d} ({a.id}, {a.t:%a %H:%M})" if a else d)
        for s in ("on-time", "late", "missing", "not-due"):
            if groups[s]:
                out.append(f"- **{s}** ({len(groups[s])}): " + ", ".join(groups[s]))
        out.append("")
    lc = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, "
               f"missing {lc['missing']}, not-due {lc['not-due']}.\n")

    def ids_with(word, start=False):
        return ", ".join(f"{m.id} ({fmt(m.t)})" for _, _, f, m, why in near
                         if f == vol.fname and (why.startswith(word) if start else word in why))
    out.append(NO_DUTY.format(
        reminders=ids_with("reminder", True) + ", " + ids_with("the centre's tally", True),
        info=ids_with("information only"), notyet=ids_with("ยังไม่ต้องส่ง"), announce=ids_with("announces"),
        skn5p_order=", ".join(m.id for _, _, r, f, m, *_ in truth if r == "SKN-5P" and "order" in _[-1])))

    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |")
    out.append("|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    out.append(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, stt, note in rows:
            where = f"line {ln}" + (f" {m.id}" if m.id else "")
            out.append(f"- {rule} — {where} — {who}" + (f" **{stt}**" if stt else "") + f": {note}")
        out.append("")
    out.append("Invitations of roster people not admitted to a group (ปค.สน.: ทองใบ จอส.อากาศอำนวย by ปลัดอภิรักษ์; "
               "ปจ.สน.: ปลัดพิชิต กุสุมาลย์ by นอภ.กุสุมาลย์; หน.ส่วนราชการ: จักรกฤษณ์ สสจ.สน. by นพ.ชาญวิทย์; "
               "นักปกครอง: ปลัดจิรวัฒน์ โคกศรี by นอภ.โคกศรีสุพรรณ; ศอ: แพรว พช.สน. by วันเพ็ญ จอส.พรรณานิคม) give "
               "three rows each at the invite line. Outsiders (not on the roster) give one OUTSIDER row at their first "
               "appearance: Fon อสม.นาแก 🌸 (joined ศอ), Nan ข่าวสกลฯ (joined ปจ.สน. by link), เมย์ เลขาฯ รองชยพล "
               "(added to ผู้บริหารฯ by a vice governor), บอย ออแกไนซ์ Countdown (added to หน.ส่วนราชการ by an agency "
               "head), กระเช้าปีใหม่ by ตุ๊กตา 🎁 (joined นักปกครอง by link and posted a sales offer), ป้อม อดีตเลขาฯ ผวจ. (posts a New Year greeting in ผู้บริหารฯ with no join or invite notice in the log: found at his first post).\n")
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is a post a careless audit might flag, or count as an answer, but which is not a finding here.\n")
    for c in chats:
        rows = [x for x in near if x[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, f, m, why in rows:
            out.append(f"- line {ln}" + (f" {m.id}" if m.id else "") + f": {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
