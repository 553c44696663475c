"""Writes TRUTH.md: the week's account, with its tables taken from the same data as the CSV files."""
from collections import Counter

from people import PEOPLE

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " / ")


def loc(m):
    return f"`{m.chat.fname}`:{m.line}" + (f" ({m.id})" if m.id else "")


def fmt(t):
    return t.strftime("%a %d %b %H:%M:%S")


INTRO = """# Week BI (Monday 17 – Friday 21 August 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Data: `roster.csv`, five JSONL chats and one LINE export made on a phone with
an English user interface (`[LINE] Chat in ข้อสั่งการ ปจ.สน..txt`). Ground truth: `truth.csv` (findings),
`ledger.csv` (every reporting duty in ศอ.จอส.จว.สน.), `near-misses.csv`. `check.py` checks all of it; `src/` holds
the script the files are laid out from (`python3 src/build.py` rewrites them).

## The week

- Monday 17 – Friday 21 August 2026 (๑๗–๒๑ ส.ค. ๒๕๖๙) are all working days. No public holiday falls in the week or
  next to it: the nearest, วันแม่แห่งชาติ (Wednesday 12 August), was the week before; Asarnha Bucha (Wednesday 29 July) and
  Khao Phansa (Thursday 30 July) were three weeks earlier. No special holiday is known for these days. Saturday 22 and Sunday 23 August are the weekend; Monday 24 August is a working day.
- Topics: flash floods from the ภูพาน range in the hill districts (Sunday night 16 August, again on Wednesday 19),
  the rising ลำน้ำสงคราม, the debt-registration drive at the district halls (17–31 August), stray dogs and rabies
  (a rabid dog at อ.วานรนิวาส, surveys and vaccination units), village-fund audits, the planning of the boat races
  and the หมากเม่า crop fair, the palad's birthday (Thursday 20), two deaths (a retired จ่าจังหวัด; the mother of
  ปลัดอัครเดช โพนนาแก้ว) and a farmer killed by lightning at อ.เต่างอย.
- Missing answers are judged at the last message of the whole log: **2026-08-21 20:40:38** (Friday, the last line of
  `volunteer-centre.jsonl`; every other file ends earlier that day).

## How deadlines are counted (SKN-5O)

- A clock time is that minute (`ภายในเวลา ๑๖.๐๐ น. วันนี้` → 16:00:00 that day); an answer at or before it is on time.
- A date or a weekday name runs to the end of that day, written `23:59:59` (`ภายในวันพุธนี้`, `ภายในวันพรุ่งนี้`).
  A weekday name with a clock time is that minute (`ภายในวันพฤหัสบดีนี้ ก่อน ๑๒.๐๐ น.` → Thursday 12:00:00).
- `ภายใน N วัน` / `ภายใน N วันทำการ` count from the day after the order; for working days, Saturdays, Sundays and
  holidays are skipped; a plain-day count whose last day falls on a weekend or holiday moves to the next working day.
  The deadline is the end of the last day.
- No deadline in the text: 24 hours from the order's first message.
- `ด่วน`, `ด่วนมาก` mark urgency only; when a clock time follows, the clock time is the deadline.
- The answer is a district's first report, by any of its people (district chief, deputy, coordinating deputy,
  district volunteer officer), that carries what the order asks; photos sent alone count only for an order that asks
  for photos and is open for that district. A reminder (ย้ำ, ทวง, เร่งรัด, อำเภอที่ยังไม่ได้รายงาน…, a reply to the
  order) creates no duty and moves no deadline; nor do posts that say no report is needed (เพื่อทราบ, ไม่ต้องรายงาน).
- One order post may carry several measures that ask for reports with different deadlines (the minutes, O2): each
  such measure is its own duty, and the ledger lists it under the order's first message with its own deadline.
"""

EXPORT = """## The export (`[LINE] Chat in ข้อสั่งการ ปจ.สน..txt`)

ข้อสั่งการ ปจ.สน. comes as a chat history exported from a phone whose LINE is set to English, in the Thai region
with the Buddhist calendar. The file is named as LINE names this export, `[LINE] Chat in <group name>.txt` (the
group's name ends in a full stop, hence `..txt`). Conventions (formats-line.md §1):

- UTF-8 with a BOM; LF line ends; line 1 `Chat history in "ข้อสั่งการ ปจ.สน."`, line 2
  `Saved on: 22/08/2569 BE, 07:48` (Saturday morning), line 3 empty.
- A blank line, then a date line `Mon, 17/08/2569 BE` (English weekday, day/month/Buddhist year, ` BE`) for each day.
- Messages `HH:MM⇥sender⇥text`, 24-hour time, no seconds; several messages share a minute, so line order orders them.
- Multi-line messages are wrapped in double quotes with inner quotes doubled (`""กองทุนหมู่บ้าน""`); single-line
  messages with quotes inside are written as they are.
- `[Photo]`, `[Sticker]`, `[File]`; system lines have an empty sender column: `A invited B.`,
  `A removed B from the group.`, `X unsent a message.`.
- The district chief of โคกศรีสุพรรณ appears with his name wrapped in U+2068/U+2069 (bidi isolates), on his
  invite, his post and his removal of the deputy he invited.
- The export carries no message ids: its truth rows and near misses are cited by line number (the first line of a
  multi-line message), with an empty `message` column.
"""


def write(path, st):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    out = [INTRO]

    # roster
    roles = Counter(r for p in PEOPLE.values() for r in p.roles)
    n_line = sum(1 for p in PEOPLE.values() if p.line)
    n_mail = sum(1 for p in PEOPLE.values() if p.email)
    extra = [p for p in PEOPLE.values() if p.role == "deputy_district_chief"]
    out.append("## The roster in brief\n")
    out.append(
        f"`roster.csv` has {len(PEOPLE)} people, all fictional. Province: the governor (P001), 3 vice governors "
        "(P002–P004), the provincial palad (P005), 3 sending accounts of the provincial administration office "
        "(P006 สารบรรณ, P007 a named officer, P008 กลุ่มงานปกครอง), 2 province-level volunteer officers with no district "
        "(P009 the provincial centre's account, P010 จ่าบัติ), 12 agency heads (P011–P022), 5 staff (P023 the deputy of "
        "ปศุสัตว์จังหวัด, P024 a clerk of สสจ., P025 a village-fund officer of พช., P026 the governor's office clerk, "
        "P027 a PR clerk) and a retired former district chief (P028).\n")
    out.append(
        "Districts: all 18 (P101–P274), each with a district chief, a coordinating deputy and a volunteer officer. "
        "In กุดบาก (P122) and ส่องดาว (P222) one person is both coordinating deputy and volunteer officer "
        "(`coordinating_deputy|volunteer_center_staff`); other deputies (`deputy_district_chief`): "
        + ", ".join(f"{p.district} ({p.pid})" for p in extra) + ".\n")
    out.append(
        f"{n_line} people have a LINE user id and {n_mail} an e-mail address of their own (some both, a few neither). "
        "In the JSONL files a sender with a LINE id carries it as `senderId` on the days they post from the phone app "
        "(about two days in three per group), and always where the display name is not in the roster.\n")
    out.append(
        "- **Ambiguous name:** `ปลัดเบียร์` is the display name of P134 (a deputy of พรรณานิคม) and P174 (a deputy of "
        "วานรนิวาส), neither with a LINE id. Their posts are never judged and answer no duty.\n"
        "- **Renamed:** the district chief of บ้านม่วง (P191) changes his LINE name from `พงษ์พัฒน์ นอภ.บ้านม่วง` to "
        "`ผู้กองพงษ์ 🚣` on Tuesday 18 August and says so in ศอ.จอส.จว.สน. at 09:41; as LINE names are account-wide, all "
        "his later posts in every group carry the new name, which the roster lists as his second display name.\n"
        "- **Known by LINE id only:** the volunteer officer of บ้านม่วง (P193) is `ทองใบ จอส.บ้านม่วง` in the roster "
        "but posts as `ThongBai BM`; every such message carries his `senderId`, which identifies him.\n"
        "- **Outsiders** (not on the roster): `สินเชื่อด่วน อนุมัติไว 💰` (joins ศอ.จอส.จว.สน. by QR code, removed), "
        "`พี่ดาว ประกันรถยนต์ 🚗` (added to ข้อสั่งการ ปค.สน. by the district chief of สว่างแดนดิน, removed), "
        "`อ้อย สกลอีเว้นท์` (added to หน.ส่วนราชการ-นอภ.สน. by the head of ท่องเที่ยวและกีฬา, removed) and "
        "`เก๋ ประกันชีวิต AIA 💼` (joins นักปกครองสกลนคร by link, removed).\n")

    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    vol = chats[0]
    out.append(f"ศอ.จอส.จว.สน. holds {len(vol.msgs)} of {total} messages ({100 * len(vol.msgs) / total:.0f}%). JSONL ids "
               f"run `bi0001`…`bi{sum(len(c.msgs) for c in chats if not c.export):04d}` across the five JSONL files in time "
               "order. JSONL fields: `id`, `group`, `time` (ISO, +07:00), `sender`, `senderId` (when present), `type` "
               "(text, image, sticker, file, video, system), `text`, `replyTo` (the id a reply quotes), and for system "
               "messages `event` (invite, join, remove, leave, unsend) with `target` for invite and remove; media carry "
               "`attachment`.\n")
    out.append(EXPORT)

    # orders
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    states = Counter(r[2] for r in ledger)
    out.append(f"{len(ledger)} duties: " + ", ".join(f"{k} {states[k]}" for k in ("on-time", "late", "missing", "not-due"))
               + ". `ledger.csv` has one row per duty: the order's first message id, the district, the state, the "
               "answer's id, the deadline, and a note (who answered, in what form, when).\n")
    by_key = {}
    for row in ledger:
        by_key.setdefault(row[6], []).append(row)
    for key in sorted(orders, key=lambda k: (orders[k]["msg"].t, k)):
        o = orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {key} — {o['topic']}\n")
        out.append(f"{loc(m)}, {fmt(m.t)}, by {esc(m.name)} ({m.pid}). Obliges {who}.\n")
        out.append(f"Deadline **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        rows = by_key[key]
        for stt in ("on-time", "late", "missing", "not-due"):
            sel = [r for r in rows if r[2] == stt]
            if not sel:
                continue
            items = []
            for r in sel:
                if r[3]:
                    a = next(x for x in vol.msgs if x.id == r[3])
                    items.append(f"{r[1]} (l.{a.line} {r[3]}, {a.t.strftime('%a %H:%M')})")
                else:
                    items.append(r[1])
            out.append(f"- **{stt}** ({len(sel)}): " + "; ".join(items))
        out.append("")
    out.append(NO_DUTY)

    # findings
    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append(f"| total | {len(truth)} ({pm} posting and membership, {rc['SKN-5O']} SKN-5O) |\n")
    out.append("A finding cites the first message of the post (text, or the first photo/file when the post opens with "
               "media); SKN-5O cites the late answer, or the order when the answer is missing.\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        out.append("| rule | line | message | who | state | why |")
        out.append("|---|---|---|---|---|---|")
        for _, ln, rule, fn, m, who, stt, note in rows:
            out.append(f"| {rule} | {ln} | {m.id or ''} | {esc(who)} | {stt} | {esc(note)} |")
        out.append("")
    out.append(MEMBERSHIP_NOTES)

    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Posts the letter allows that a careless reading might flag.\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, fn, m, why in rows:
            out.append(f"- line {ln}{' ' + m.id if m.id else ''}: {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


NO_DUTY = """### Posts in ศอ.จอส.จว.สน. that create no duty

- Information only: the palad's weather warning (Mon 09:10, `แจ้งเพื่อทราบ … ไม่ต้องรายงาน`), the centre's notice of
  the vaccination schedule (Thu 13:05, `เพื่อทราบ … ไม่ต้องรายงาน`).
- Measures of the minutes (O2) that ask for no report: ๑ (report only if something happens), ๓ (not yet), ๕ (dress).
  Situation reports sent under measure ๑ (นิคมน้ำอูน, Mon 19:30) are allowed and answer nothing.
- Reminders: Mon 16:20 (O1), Wed 07:40 and 17:00 (measure ๒), Wed 09:30 (O3), Wed 19:20 and 20:02 (O6),
  Thu 10:00 (O4), Thu 16:30 and 16:50 (O5), Fri 07:32, 10:55 and 12:05 (O8), Fri 17:30 (weekly summary), and the
  palad's closing word on Friday 20:40 (measure ๑ again).
- Orders by people who are not the provincial centre: the district chief of พรรณานิคม (Tue 10:05, boats) and the
  coordinating deputy of เมืองสกลนคร (Thu 08:00, boat-race volunteers) are SKN-5P findings and oblige no one.
- O5 excepts เมืองสกลนคร (`ยกเว้น อ.เมืองสกลนคร`): it has no O5 duty; its report of Thursday 12:00 is allowed.
"""

MEMBERSHIP_NOTES = """Invitations of roster people the group does not admit give three rows each at the invite line (the
group's membership rule for the invitee, SKN-ALL for the invitee and for the inviter): ปค: ปลัดชนินทร์ สว่างฯ (an
ordinary deputy) by ปลัดณัฐ สว่างแดนดิน; ปจ: ปลัดสมชาย โคกศรีสุพรรณ (a coordinating deputy) by the district chief of
โคกศรีสุพรรณ; exec none; หน.ส่วนราชการ: วัชระ ปศ.จ.สน. (the ปศุสัตว์ head's deputy) by the head; ศอ: the same วัชระ by
จ่าบัติ (province volunteer officer); นักปกครอง: Rung จอส.อ.เมือง (a volunteer officer) by the district chief of
เมืองสกลนคร. Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL; the note names who added them.
A person already found ineligible in a group gets no second membership row there; in ข้อสั่งการ ปค.สน. every post
of anyone but the office is SKN-2P, so the invited deputy's greeting and the outsider's advertisement are SKN-2P
rows as well. SKN-CAP: ผู้บริหารจังหวัด และนายอำเภอ admits 23 roster people (governor, 3 vice governors, palad, 18
district chiefs) against the letter's 22, and all 23 appear; the row sits at the first post of the 23rd to appear
(the district chief of เจริญศิลป์, Wednesday 12:20). In ข้อสั่งการ ปจ.สน. the 19 admitted people (palad and 18
district chiefs) all appear, which equals the letter's 19: no SKN-CAP (a near miss). The other groups' stated
sizes (204, 175, 118) are far above the roster.
"""

DECISIONS = """## Decisions where the rules left room, and what is less certain

- **Two duties in one post.** The minutes (O2) ask for two reports with two deadlines (measure ๒ within two working
  days, measure ๔ by Friday). Each is a duty of its own; both are listed under the PDF that opens the post, told apart
  by the deadline and the note `measure ๒` / `measure ๔`. Reading the minutes as one duty with the first deadline
  would change nothing for measure ๒ and drop the ten measure-๔ answers and eight not-due rows.
- **Numbered answers.** One message that answers two orders (โคกศรีสุพรรณ Tue 16:05, ภูพาน Wed 11:40: measure ๒ and
  O4) pays both duties; both are on time, so no finding depends on it.
- **The list in the next message.** O3 names its districts only by description (`อำเภอที่มีพื้นที่ติดลำน้ำสงคราม`);
  the list follows 50 seconds later in a second message of the same sender. Both are one order; its 24 hours run from
  the first message (09:00:00).
- **Photos alone.** They answer the order that asks for photos and is open for the district at that moment:
  วาริชภูมิ's photos (Wed 11:00) and กุดบาก's (Wed 14:00) answer measure ๔ (vaccination units); วาริชภูมิ never sends the
  O4 table (missing). พังโคน's photos at 19:59 answer O6 (its measure-๔ answer came at 16:00).
- **First report that carries what was asked.** Promises and situation words are not answers (กุดบาก Mon 10:15,
  เต่างอย Mon 12:40, ส่องดาว Mon 16:35, อากาศอำนวย Tue 20:15 for O3, นิคมน้ำอูน Fri 12:40 for O8). A two-part answer
  is cited at its first part when that part already carries the asked figures (สว่างแดนดิน O4, อากาศอำนวย O5); a
  correction (วานรนิวาส O4) does not move the answer. Reading อากาศอำนวย's Tuesday-night river word as its O3 answer
  would turn one `missing` into `on-time`.
- **A report before its order** (สว่างแดนดิน's debt-desk report, Tue 12:30, a day before O5) answers nothing.
- **Late-night and near-deadline answers.** A date deadline runs to 23:59:59 (เจริญศิลป์ Wed 23:50 is on time);
  answers seconds before a clock deadline are on time (เต่างอย 15:59:30 for 16:00; พังโคน 19:59:20 for 20:00;
  พรรณานิคม Thu 11:59:10 for O4's 12:00 and Fri 11:58:30 for O8's 12:00). No answer falls inside a deadline minute itself.
- **The rename** is known to the roster (second display name), so the renamed chief is matched by name as well as by
  LINE id; `ThongBai BM` is matched only by LINE id.
- **Saved-on line.** The English export's `Saved on:` line is written in the same day/month/Buddhist-year form as its
  date lines (`22/08/2569 BE, 07:48`). Real English exports seen so far show `Saved on:` with the phone's date form;
  this exact Buddhist-calendar variant of the line has not been seen in a real file.
- **The unsend notices** (ศอ Fri 19:00, ปจ Thu 07:47) stand for messages that are no longer there; nothing is judged.
- **Office posts in ข้อสั่งการ ปค.สน. that are not orders** (a death notice, the palad's reminders, a re-sent file,
  removals) are not findings: SKN-2P concerns posts by anyone other than the office.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: acknowledgements, stickers, birthday wishes and reports by district
  chiefs are near misses; the office's sending account posting there is SKN-3 (membership), not a posting finding.
"""
