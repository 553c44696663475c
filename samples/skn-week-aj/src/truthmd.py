"""TRUTH.md for week AJ: hand-written prose (the week, decisions) around tables taken from the hand tags."""
from collections import Counter

from people import PEOPLE, DISTRICTS

INTRO = """# Week AJ (3–7 August 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Everything here was worked out by hand from the letter and that page; the
auditing tool was neither run nor read. Data: `roster.csv`, five JSONL chats, one LINE **Android export with the Thai UI**
(`pakkhrong-orders.txt`, group ข้อสั่งการ ปค.สน.), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks
them. `src/` holds the scripts the chats were laid out with: every message and every judgement (finding, near miss,
which message answers which order, each state and note) is written by hand in `src/g_*.py`; `src/build.py` only
stamps seconds, numbers lines and ids, writes the files and tabulates the ledger, asserting that the tabulated states
agree with the states written by hand.

## The week

- Monday 3 – Friday 7 August 2026 (๓–๗ ส.ค. ๒๕๖๙) are all working days. Asanha Bucha and Khao Phansa fell on 29–30 July
  (the week before), the King's birthday on 28 July. Saturday 8 and Sunday 9 are the weekend; Monday 10 and Tuesday 11
  are working days; **Wednesday 12 August** (วันแม่แห่งชาติ, the anniversary of the birth of Queen Sirikit, the Queen
  Mother, who died in October 2025; the year of mourning is still running, hence "ชุดปกติขาวไว้ทุกข์" and
  "วันคล้ายวันพระราชสมภพ") is a public holiday. No deadline of the week reaches a weekend or the holiday.
- Topics: the rainy season at its height (the Songkhram rising at อากาศอำนวย, วานรนิวาส, บ้านม่วง, เจริญศิลป์, คำตากล้า;
  Nong Han's gates; landslide watch on the Phu Phan slopes at ภูพาน, กุดบาก, ส่องดาว; the Nam Oon dam releasing), the
  12 August arrangements (plans, blood donation, tree planting, flags and the portrait, the ceremony at the
  provincial hall), the fiscal year's last quarter (disbursement reports), dengue (Big Cleaning), and the ordinary
  traffic of the province (a bereavement in กุสุมาลย์, a birthday, an award, football-betting and drug orders).
- Missing answers are judged at the last message of the whole log: **{end}** (Friday 7 Aug, the last line of
  `volunteer-centre.jsonl`; every other file ends earlier that day).

## Files and conventions

- JSONL ids run `aj0001`…`aj{lastid}` across the five JSONL files in time order (the export has no ids). Each line is one
  JSON object: `id, group, time (+07:00), sender, senderId (the sender's LINE user id, on about two messages in three of
  people who have one), type (text|image|video|file|sticker|system), text, attachment, replyTo, event, target`. System
  events are `invite` (sender = inviter, `target` = invitee), `join` (by link or QR code), `leave`, `remove` (`target` =
  the removed), `rename` (sender = old display name, `target` = new one).
- `pakkhrong-orders.txt` follows formats-line.md §1.10 E (Thai mobile): UTF-8 BOM, `[LINE] ประวัติการแชทในกลุ่ม "ข้อสั่งการ ปค.สน."`,
  `บันทึกเมื่อ {saved}`, a blank line before each date line `จ. 03/08/2569` (Thai weekday, Buddhist year),
  `HH:MM⇥name⇥text`, multi-line messages in double quotes with inner quotes doubled, `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`,
  and three-column system lines `HH:MM⇥⇥A เพิ่ม B เข้ากลุ่ม`, `X ออกจากกลุ่ม`, `A ลบ B ออกจากกลุ่ม`. One sender name
  is wrapped in U+2068/U+2069 (as real Thai exports do).
- Citations: JSONL messages by id (and line); the export by line number (the first line of a multi-line message),
  with an empty `message` column. A post (consecutive messages of one sender a few minutes apart, e.g. text + photos,
  photos + a caption, a file + a line) is cited at its first message. `ledger.csv` names orders and answers by message
  id (all in `volunteer-centre.jsonl`).
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} fictional people (none from week AB): the governor (P001), 3 vice governors (P002–P004), the
provincial palad (P005), 3 sending accounts of the provincial administration office (P006 สารบรรณ, P007, P008), 2
province-level volunteer officers without a district (P009 the centre's account, P010), 12 agency heads (P011–P022),
4 staff (P023 health office, P024 PR clerk, P025 deputy of the ปภ. head, P026 provincial office clerk), one retired
former district chief (P027), and for each of the 18 districts a district chief, a coordinating deputy and a district
volunteer officer (P028–P088), with extra people in เมืองสกลนคร (a deputy), กุดบาก (a deputy), พรรณานิคม (the senior
deputy who acts for the chief), วาริชภูมิ (the district office's clerk, role **staff**), วานรนิวาส (two deputies),
อากาศอำนวย (a clerk, จพง.ปค., who is the district's second volunteer officer, role volunteer_center_staff),
สว่างแดนดิน (a deputy) and ภูพาน (a deputy).

- Two people hold `coordinating_deputy|volunteer_center_staff`: ปลัดกรณ์ กุดบาก (P036) and ปลัดเสริฐ นิคมน้ำอูน (P050).
- The display name **ปลัดเบียร์** belongs to P055 (an ordinary deputy of วานรนิวาส) and P077 (the coordinating deputy of
  โคกศรีสุพรรณ); neither has a LINE id: ambiguous, never judged, and none of its posts answers a duty.
- {nline} people have a LINE user id, {nmail} an e-mail; some have both, some neither.
- Name variants in the chats: `นายสมชาย นอภ.พังโคน` (title added) and `⁨รัฐพล นอภ.ส่องดาว ⭐⁩` (bidi isolates) in the export;
  the chief of บ้านม่วง renames himself `อัครเดช 🌧 บ้านม่วง` in ผู้บริหารจังหวัด และนายอำเภอ (Tuesday 13:30) and the
  coordinating deputy of พังโคน `รักษ์ พังโคน 🚣` in นักปกครองสกลนคร (Tuesday 14:00). A LINE display name
  is the account's, not the group's, so after his rename neither man posts in any other group (their posts elsewhere
  come before it).
- Outsiders (on no roster row): ครูแอน ร.ร.บ้านดอนยาง (added to ศอ by a district volunteer officer), ปลัดใหม่ เต่างอย (a
  lookalike of a deputy, posts in ศอ), ผ้าไหมแม่ทองใบ (joins นักปกครองสกลนคร by link, sells silk), ต้น สกลนครนิวส์ (a
  reporter posting in หน.ส่วนราชการ-นอภ.สน.).
"""

ORDERS_INTRO = """Counting rules used (all by hand): a clock time is that minute (`HH:MM:00`); a date or "ภายในวันนี้/วันรุ่งขึ้น"
runs to the end of that day (`23:59:59`); "ภายใน N วันทำการ" counts working days from the day after the order; "ภายใน
สัปดาห์นี้" ends with Friday; "ก่อนประชุม…" is the meeting's start; no deadline in the text means 24 hours from the order's
first message. An answer at or before the deadline is on time. The answer is the first post by any of the district's
people (chief, deputy, coordinating deputy, district volunteer officer — by roster role) that carries what the order
asks for; photos alone count only after an order that asks for photos. Several orders are open at once, so each
answer was matched to its order by its content, not by its position.
"""

DECISIONS = """## Decisions where the rules left room (ambiguities and how I read them)

- **A follow-up that changes a deadline (O2).** The rules judge a duty "by the deadline in its text" and say a reminder
  or a reply to the order creates no new duty; they do not say what a later change does. I read the palad's reply to
  O2 on Tuesday 09:50 ("ขยายเวลา … เป็นภายใน ๑๖.๐๐ น. วันนี้") as changing O2's deadline from Tuesday 12:00 to 16:00
  without creating a duty of its own. This decides บ้านม่วง (answered 14:30: on time under the extension, late under
  the first text); เจริญศิลป์ (16:40) is late either way.
- **An order given in a reply (O5).** "A reply to the order" creates no duty; O5 is the palad's reply to a *district's
  photo post* (ภูพาน's landslide watch), and it names three districts and a deadline of its own. I treat it as a new
  order for those three districts.
- **Order posts in pieces (O1, O3).** O1 opens with two photos of the letter and the instruction follows a minute later;
  O3 opens with the PDF. The order is cited at the post's first message; no deadline depends on the minute between.
- **Answers in pieces.** Photos then a caption, a file then a line, a table sent as an image with a caption: one post,
  cited at its first message (the pieces are never split by the deadline). A file alone is a report (O6).
- **A district that answers twice, or a figure then its correction.** The rules judge the *first* answer, so the later
  "ฉบับปรับปรุง … แทนฉบับเดิม" (กุดบาก, O1, sent after the deadline) and the corrected figures (นิคมน้ำอูน O3,
  วานรนิวาส O6, โพนนาแก้ว O10) change nothing: the first message is the answer and its time decides.
- **What is not an answer.** An acknowledgement that promises ("จะรายงานภายในบ่ายนี้", "จะแจ้งยอดก่อนบ่ายสาม",
  "ขอยืนยันยอดช่วงเย็น"), a request for more time, a question about the form with a number in it, a thank-you that
  carries a figure (120 shirts), a report meant for the governor pasted by mistake, photos of another activity
  (sandbags after the Big Cleaning order) and a report on a different order of the week (อากาศอำนวย's blood-donor
  figure and dengue photos right after O8) are not answers to the order they follow. None of them was counted.
- **Who may answer.** By roster role only. A deputy acting for the chief (รักษาราชการแทนนายอำเภอ) is a deputy and
  counts in ศอ; the same person posting in ข้อสั่งการ ปจ.สน. is SKN-3 (the role, not the acting title, decides). A district
  clerk whose role is volunteer_center_staff counts (อากาศอำนวย); a district clerk whose role is staff does not and is
  SKN-5 + SKN-5P (วาริชภูมิ; the district's coordinating deputy answered properly the next day).
- **SKN-5P orders by others.** "ฝากทุกอำเภอส่งภาพ … ภายในวันศุกร์" by a district chief and "ขอความร่วมมือ … ทุกอำเภอ …
  รายงาน…" by the health office's head are orders by someone other than the provincial centre; they open no SKN-5O
  duty. The agency head's post gives SKN-5 (first appearance) and SKN-5P at the same line. Courtesy, thanks and
  information by the centre are not orders.
- **One post, one posting finding (ข้อสั่งการ ปค.สน.).** Every post by someone other than the office (provincial_admin_staff,
  the palad) is SKN-2P, whatever it is: acknowledgements in any spelling, 🙏, stickers, questions, greetings with a card,
  condolences, thanks, photos, a report. A text with its photo, or several photos sent together, is one post (cited
  at the first line). Invites, leaves and removals are not posts. The ambiguous ปลัดเบียร์'s acknowledgement is not
  judged. The office's own non-order posts (the palad's reminder of the group's use, a bereavement notice, a correction
  of a letter's date) are allowed.
- **ผู้บริหารจังหวัด และนายอำเภอ.** SKN-4P is planted for the palad's own instruction to all district chiefs and for a
  district chief's "ขอให้ทุกอำเภอ…" instruction. The palad's reports and summaries to the governor, district chiefs'
  incident reports and replies, and courtesies worded with "ขอให้…" are near misses. I planted no case of the palad
  relaying "ท่านผู้ว่าฯ สั่งการ…", which the rules do not settle.
- **หน.ส่วนราชการ-นอภ.สน.** SKN-6P is planted for an agency's own award, the treasury's disbursement report, the agriculture
  office's damage-survey report and a district chief's activity result. Invitations, forwarded notices and circulars,
  warnings, traffic information, offers of vehicles, questions and short answers, a product promotion, thanks with
  photos and a school-closure notice are not reports or performance results.
- **Membership.** One finding per person per group at the first message that shows them (invite, join or first post);
  an invitation of a roster person who is not admitted gives the group's rule plus two SKN-ALL rows (invitee and
  inviter); an outsider gives one OUTSIDER row (naming the inviter when added), never SKN-ALL. Later posts by someone
  already found give no second membership row (in ปค.สน. they still give SKN-2P). Removals give nothing. The name
  "ปลัดใหม่ เต่างอย" fits no roster row, so it is an outsider although it presents itself as a deputy.
- **Rename notices** appear only in JSONL files. Because a display name belongs to the account, a renamed person
  posts nowhere else after the notice; the tool is not asked to carry a rename across files.
- **Deadlines after the log.** O6 is due at the end of Friday 7 Aug, after the log ends (Friday 20:40): its
  unanswered districts are not-due, not missing.
"""


def fmt(t):
    return t.strftime("%a %d %b %H:%M")


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " / ")


def loc(m):
    return f"`{m.chat.fname}`:{m.line}" + (f" ({m.id})" if m.id else "")


def write(path, st):
    chats, orders, ledger, truth, near, end, notices = (st[k] for k in ("chats", "orders", "ledger", "truth", "near",
                                                                           "end", "notices"))
    ids = [m.id for c in chats for m in c.msgs if m.id]
    out = [INTRO.format(end=end.isoformat(), lastid=max(ids)[2:], saved="07/08/2569 21:05")]
    out.append(ROSTER.format(n=len(PEOPLE), nline=sum(1 for p in PEOPLE.values() if p.line),
                             nmail=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and message counts\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = sum(len(c.msgs) for c in chats)
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
    nf = sum(1 for r in truth if r[2] != "SKN-5O")
    out.append(f"| | total | {total} | {nf} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(chats[0].msgs)} of {total} messages ({100 * len(chats[0].msgs) / total:.1f}%).\n")

    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k, v in sorted(rc.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| total | {len(truth)} ({nf} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname and r[2] != "SKN-5O"]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        out.append("| rule | line | message | who | why |")
        out.append("|---|---|---|---|---|")
        for _, ln, rule, fn, m, who, stt, note in rows:
            out.append(f"| {rule} | {ln} | {m.id or ''} | {esc(who)} | {esc(note)} |")
        out.append("")

    out.append("## Orders in ศอ.จอส.จว.สน. and the ledger (SKN-5O)\n")
    out.append(ORDERS_INTRO)
    states = Counter(r[2] for r in ledger)
    out.append("Ledger totals: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items())) + f" ({len(ledger)} duties in "
               f"{len(orders)} orders).\n")
    out.append("Posts of the provincial centre that open **no** duty:\n")
    vol = chats[0]
    for key, why in sorted(notices.items(), key=lambda kv: vol.keys[kv[0]].t):
        m = vol.keys[key]
        out.append(f"- {loc(m)}, {fmt(m.t)}, {esc(m.name)}: {why}")
    out.append("")
    by = {}
    for row in ledger:
        by.setdefault(row[0], []).append(row)
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else ", ".join(d for d in DISTRICTS if d in o["districts"])
        out.append(f"### {key} — {o['topic']}\n")
        out.append(f"{loc(m)}, {fmt(m.t)}, by {esc(m.name)}. Obliges: {who}.\n")
        text = m.text
        if text is None:   # photos or a file first: quote the instruction that follows
            nxt = [x for x in vol.order if x.pid == m.pid and x.t > m.t and x.type == "text"][0]
            text = nxt.text
        out.append(f"> {esc(text)[:500]}\n")
        out.append(f"Deadline **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        for stt in ("on-time", "late", "missing", "not-due"):
            rows = [r for r in by[m.id] if r[2] == stt]
            if rows:
                items = ", ".join(r[1] + (f" ({r[3]})" if r[3] else "") for r in rows)
                out.append(f"- **{stt}** ({len(rows)}): {items}")
        out.append("")
    out.append("SKN-5O rows in `truth.csv` (late: cited at the answer; missing: cited at the order):\n")
    for _, ln, rule, fn, m, who, stt, note in truth:
        if rule == "SKN-5O":
            out.append(f"- {who}: **{stt}**, {m.id} (line {ln}) — {esc(note)}")
    out.append("")
    out.append(DECISIONS)
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Posts that look like violations, answers or orders but are not findings.\n")
    out.append("| file | line | message | why not |")
    out.append("|---|---|---|---|")
    for _, ln, fn, m, why in near:
        out.append(f"| `{fn}` | {ln} | {m.id or ''} | {esc(why)} |")
    out.append("")
    out.append("""## Checking

`python3 check.py` (no arguments) reads only the deliverable's files. It checks the roster (header, role codes,
districts, staffing of every district, one shared display name, two two-role people, 80–95 people), every JSONL line
(fields, ids `aj…` unique and in time order across files, times ascending per file, group names, system events,
attachments), the export (BOM and header, date lines with the right Thai weekday and Buddhist year, message, quoted
multi-line and system lines), that every truth, ledger and near-miss row points at the first line of a real message
with the right id, that no line is both a finding and a near miss, that the ledger's states agree with its deadlines,
answers (by a person of that district, after the order) and the judging time, and that every late or missing duty
has its SKN-5O row. It recomputes from the roster and the letter's member lists alone every membership, SKN-ALL and
OUTSIDER finding and every ข้อสั่งการ ปค.สน. posting finding, and compares them with `truth.csv`; and it checks the
counts a test week must have. It prints the counts and `OK`, or the problems.
""")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
