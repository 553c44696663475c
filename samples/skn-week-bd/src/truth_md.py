"""Writes TRUTH.md: the words are written here by hand; the tables come from the week's files."""
from collections import Counter

from people import PEOPLE, DISTRICTS

INTRO = """# Week BD (9–13 November 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out from the letter and those rules; the tool was not
run. Data: `roster.csv`, five JSONL chats, one English-UI LINE phone export
(`[LINE] Chat in หน.ส่วนราชการ-นอภ.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them
(formats, ids, first lines of posts, the roster, the ledger, and the membership, ข้อสั่งการ ปค.สน. posting and
SKN-CAP findings recomputed from the roster). `src/` holds the script the chats are laid out with: the messages, the
tags that say which post is a finding, a near miss or the answer to a duty, and every note are written in its
`g_*.py` files; the script numbers lines and ids, writes the formats and tabulates the ledger (each answer tag also
states on-time or late, and the build stops if the clock disagrees).

## The week

- Monday 9 – Friday 13 November 2026 (๙–๑๓ พ.ย. ๒๕๖๙) are all working days. Saturday 14 and Sunday 15 are the
  weekend. **No public holiday** falls in the week, nor on any later day a deadline of the log reaches (up to
  Wednesday 18 November): the Thai public holidays nearest the week are 23 October (Chulalongkorn Day) before it and
  5 December after it. ออกพรรษา (full moon of the 11th lunar month, Monday 26 October 2026) and Loy Krathong (Tuesday
  24 November 2026) are religious days and festivals, not public holidays, and move no deadline.
- Topics: the end of the province's ออกพรรษา festival and the long-boat races on หนองหาร (23 October – 8 November:
  O1 asks for the volunteers' figures, O7 for clearing water hyacinth after the races), the rice harvest and straw
  burning with PM2.5 and hotspots (O3 harvest help and no-burn campaign, O5 firebreaks round ภูพาน, the governor's and
  palad's orders, incident reports), the end of the rains and water storage (O2 check dams, the office's dry-season
  order, reservoir plans), the cold season (O4 and O6 blankets, the office's survey order), the first quarter of
  fiscal year 2570 (allocation, disbursement targets, fuel budget), กฐิน season (the royal กฐิน at วัดพระธาตุเชิงชุม
  on Saturday 14), and the plan for the 5 December volunteer activities (O8, due after the log).
- Missing reports are judged at the last message of the whole log: **2026-11-13 21:40:15** (Friday 13, the last line
  of `volunteer-centre.jsonl`; every other file ends earlier that day).

## How deadlines are counted

- A clock time ("เวลา ๑๒.๐๐ น.", "ก่อนเที่ยง", "ภายในเวลา ๑๕.๓๐ น. วันนี้") is that minute, second 0: an answer at or
  before it is on time.
- A date ("ภายในวันพฤหัสบดีที่ ๑๒ พ.ย. นี้") runs to the end of that day, written `23:59:59` in the ledger.
- "ภายใน N วัน" / "ภายใน N วันทำการ" count from the day after the order; with วันทำการ only working days count; a
  last day on a weekend or public holiday moves to the next working day.
- No deadline in the text: 24 hours from the order's own timestamp (to the second).
- The answer is the district's **first** report that carries what the order asks, by any of its people (chief,
  deputy, coordinating deputy, district volunteer officer); a text, a file, or photos sent alone after an order that
  asks for photos. The ledger names orders and answers by their message ids in `volunteer-centre.jsonl` (the post's
  first message: the text before its photos, or the first photo of photos-then-caption). Each answer was matched to
  its order **by content**: up to five orders are open at once, two of them on blankets (O4 numbered items: volunteers,
  households, coordinator; O6: distribution points and blanket counts) and two on burning (O3 harvest photos, O5
  firebreak kilometres).
- A correction by the sender ("แก้ไขค่ะ…"), a second part of a report, a reminder (ย้ำ, ทวง, เร่งรัด, อำเภอที่ยังไม่ส่ง…)
  or a reply to the order opens no duty and does not move a deadline.
"""

ROSTER = """## The roster in brief

{n} people, all fictional. Province: the governor (P001), 3 vice governors (P002–P004; P004 has an e-mail and no LINE
id), the provincial palad (P005), 3 sending accounts of ที่ทำการปกครองจังหวัด (P006 the general-affairs account, P007
the correspondence clerk, P008 the head of the administration section), 2 province-level volunteer officers with no
district (P009, P010), 12 agency heads (P011–P022), 4 staff (P023 deputy of the ปภ. head, P024 a health-office clerk,
P025 an irrigation officer, P026 a social-development officer) and a retired former district chief (P027).

Districts: all 18 (P101–P274) with a district chief and a coordinating deputy, and a volunteer officer; in วาริชภูมิ
(P152) and บ้านม่วง (P192) one person is both coordinating deputy and volunteer officer
(`coordinating_deputy|volunteer_center_staff`). Other deputies (`deputy_district_chief`): เมืองสกลนคร 2, พรรณานิคม,
วานรนิวาส 2, อากาศอำนวย, สว่างแดนดิน, ส่องดาว, ภูพาน.

- {nl} people have a LINE user id (`U` + 32 hex); JSONL messages from them carry it as `senderId` on about two messages
  in three (all of the renamed officer's messages after her rename carry it). {ne} have an e-mail; {nn} have neither.
- **Ambiguous name**: `ปลัดเอก` is the display name of P134 (deputy, พรรณานิคม) and P224 (deputy, ส่องดาว), both
  without a LINE id: never judged, and their posts pay no duty.
- **Rename**: the volunteer officer of กุดบาก (P123, `ดวงใจ จอส.กุดบาก`) renames herself to `ดวงใจ กุดบาก 🌾` in
  ศอ.จอส.จว.สน. on Tuesday 08:05 (a `system` message with `event` `rename`, `sender` the old name and `target` the
  new). The new name is **not** in the roster: her later reports (O1, O4, O9 for กุดบาก) are hers by her LINE id.
- Name variants in the chats: `ปลัดชยุต  ภูพาน` (doubled space), `นางสาวปาริชาติ จอส.ส่องดาว` (title added), and
  `⁨ลุงบุญส่ง (อดีตนอภ.)⁩` wrapped in U+2068/U+2069 in a join line of the export.
- People outside the roster (outsiders): `เจ๊หนิง ผ้าห่มนวมราคาส่ง` and `คุณวิน สินเชื่อสวัสดิการ` (ศอ),
  `Ploy ประกันรถยนต์ ชั้น1` (ปค), `ต่าย เลขาฯ รองสุวิทย์` (ผู้บริหาร), `พี่แอน ประกันชีวิต&สะสมทรัพย์` (นักปกครอง),
  `ช่างภาพโอ๊ต รับถ่ายงานบุญ` and `ครูเอ ติวสอบท้องถิ่น` (หน.ส่วนราชการ).
"""

EXPORT = """## The export (หน.ส่วนราชการ-นอภ.สน.)

`[LINE] Chat in หน.ส่วนราชการ-นอภ.สน..txt` is a phone "Export chat history" from an English-UI phone set to the Thai
region and Buddhist calendar (formats-line.md §1, variants A and B): a UTF-8 BOM, the title line
`Chat history in "หน.ส่วนราชการ-นอภ.สน."`, `Saved on: 13/11/2569 BE, 22:10`, an empty line, then per day an empty line
and a date line `Mon, 09/11/2569 BE` (DD/MM, Buddhist year), and messages `HH:MM⇥sender⇥text` (LF line ends). Multi-line
messages are wrapped in double quotes with inner quotes doubled. Media are `[Photo]`, `[Sticker]`, `[File]`; system
lines have an empty sender column (`HH:MM⇥⇥…`): `A invited B.`, `X joined the group.`, `A removed B from the group.`,
`X unsent a message.`. The export has no ids: its rows in `truth.csv` and `near-misses.csv` are cited by line number
(the first line of a multi-line message) with an empty `message` column. Replies are not shown in exports. The file
name follows the phone's English naming for a group chat (`[LINE] Chat in <group>.txt`); the group's own name ends in a
full stop, hence `..txt`.
"""

DECISIONS = """## Decisions where the rules left room

- **One post, one finding.** A text with the photos or file sent right after it, or photos followed by their caption,
  is one post; findings and near misses cite its first message.
- **Orders by people outside the provincial centre** (SKN-5P): a district chief's "ขอให้ทุกอำเภอช่วยส่งรายชื่อ…ภายใน
  พรุ่งนี้" and a coordinating deputy's "ฝากทุกอำเภอแจ้งยอด…ภายในวันนี้" plainly direct all districts: SKN-5P, and they
  create no duty. The ปภ. head's PM2.5 figures in ศอ.จอส.จว.สน. are information (no request to anyone): SKN-5 only.
  The พมจ. officer's stock figures are a report by someone who is not a district's person: SKN-5P besides her
  membership rows.
- **The palad in ผู้บริหารจังหวัด และนายอำเภอ**: his own order to every district chief (send hotspots and cases to the
  palad by 16:00) is SKN-4P; his information to the governor is allowed. A district chief's answer to that order is a
  reply, not an order.
- **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits 23 roster people (governor, 3 vice governors, palad, 18 chiefs)
  against the letter's 22; all 23 appear, the 23rd (the chief of วาริชภูมิ, Thursday 11:15) is the finding. No other
  group can pass its count with this roster (ข้อสั่งการ ปจ.สน. admits exactly 19).
- **Two-part and corrected answers.** พรรณานิคม answers O4 in two messages a minute apart (items ๑–๒, then ๓): one
  answer, cited at the first part; both parts are on time. Corrections ("แก้ไขค่ะ…" by โคกศรีสุพรรณ on Tuesday; by
  อากาศอำนวย on Friday, after O1's deadline) leave the first report as the answer and its state unchanged.
- **The palad's correction of O4** (a reply to it: item ๒ in households) and the reminders are not new orders.
- **Photos alone** answer O3 (สว่างแดนดิน) and O7 (เมืองสกลนคร), which ask for photos. No order that asks for
  figures is answered by photos alone.
- **Answers told apart by content.** วาริชภูมิ answers O4 (numbered items) and O8 (its 5 December plan) but never O6
  (distribution points): O6 missing. กุสุมาลย์ and ภูพาน answer O9 (registered volunteers) and O6 but never O4: O4
  missing. โคกศรีสุพรรณ's coordinating deputy and officer say they will clear the hyacinth but send nothing for O7.
- **O5 without a deadline**: 24 hours from the order's timestamp (08:20:03 Wednesday → 08:20:03 Thursday); the
  deputy of เมืองสกลนคร answers at 07:55, เต่างอย's chief at 10:45 (late).
- **Ambiguous sender**: `ปลัดเอก` posts an acknowledgement and photos in ศอ.จอส.จว.สน. and an acknowledgement in
  ข้อสั่งการ ปค.สน.: never judged (no SKN-2P, no SKN-2) and no duty is paid by them.
- **Later posts** of someone already found ineligible or outside in a group give no second membership row; in
  ข้อสั่งการ ปค.สน. each post still gives SKN-2P. An invite is a notice, not a post: the inviter gets SKN-ALL, no SKN-2P.
- **Outsiders added by a member** (a vice governor, a district chief, a district volunteer officer) give one OUTSIDER
  row naming the inviter, and no SKN-ALL.
- **ข้อสั่งการ ปจ.สน.** has no posting findings: district chiefs' acknowledgements, short reports, condolences and thanks
  there are near misses.
- **Date deadlines** run to 23:59:59: เต่างอย's O1 report at 22:40 on Thursday (the third working day) is on time, and
  ภูพาน's O6 report at 21:05 on Thursday too.
"""


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def loc(m):
    return f"line {m.line}" + (f" {m.id}" if m.id else "")


def write(path, st):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    out = [INTRO]
    n_line = sum(1 for p in PEOPLE.values() if p.line)
    n_mail = sum(1 for p in PEOPLE.values() if p.email)
    n_none = sum(1 for p in PEOPLE.values() if not p.line and not p.email)
    out.append(ROSTER.format(n=len(PEOPLE), nl=n_line, ne=n_mail, nn=n_none))
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
    ids = sorted(m.id for c in chats for m in c.msgs if m.id)
    out.append(f"ศอ.จอส.จว.สน. holds {len(chats[0].msgs)} of {total} messages. JSONL ids run `{ids[0]}`…`{ids[-1]}` "
               "across the five JSONL files in time order.\n")

    # orders
    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    by_order = {}
    for row in ledger:
        by_order.setdefault(row[0], []).append(row)
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        m = o["msg"]
        rows = by_order[m.id]
        scope = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {key} — {loc(m)}, {m.t.strftime('%a %d %b %H:%M')}, {m.name} ({scope})\n")
        out.append(f"Topic: {o['topic']}. Deadline {o['deadline'].isoformat()}: {o['rule']}.\n")
        for stt in ("on-time", "late", "missing", "not-due"):
            rs = [r for r in rows if r[2] == stt]
            if not rs:
                continue
            if stt in ("on-time", "late"):
                items = ", ".join(f"{r[1]} ({r[3]})" for r in rs)
            else:
                items = ", ".join(r[1] for r in rs)
            out.append(f"- **{stt}** ({len(rs)}): {items}")
        out.append("")
    sc = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties — on-time {sc['on-time']}, late {sc['late']}, missing "
               f"{sc['missing']}, not-due {sc['not-due']}.\n")
    out.append("Posts in ศอ.จอส.จว.สน. that create **no duty**: the information-only notice of the training course "
               "(แจ้งเพื่อทราบ … อำเภอไม่ต้องรายงาน, Monday 10:30); the reminders and replies to orders (O1 question "
               "answered Monday 09:16, O1 ย้ำ Tuesday 16:00, O2 อำเภอที่ยังไม่ส่ง Wednesday 10:30, O6 ทวง…อำเภอที่ยังไม่รายงาน "
               "Thursday 17:00, O4 เร่งรัด Friday 10:30); the palad's correction of O4 (a reply, Tuesday 14:25); the "
               "palad's thanks on Friday 12:05 and the status summary at 21:40; and the two SKN-5P orders by district "
               "people.\n")

    # findings
    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    out.append(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
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
    out.append("Invitations of roster people not admitted to the group give three rows at the invite line: the group's "
               "membership rule and SKN-ALL for the invitee, SKN-ALL for the inviter (ศอ: สุภัสสร พมจ. by ปวีณา "
               "จอส.จังหวัด; ปค: ปลัดวสันต์ by ปลัดธีรเดช; ปจ: the head of the administration section by the palad; "
               "หน.ส่วนราชการ: the health-office clerk by the health head; นักปกครอง: the community-development head "
               "by the chief of โคกศรีสุพรรณ).\n")

    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is a post the letter allows (or a notice that is no finding) which a careless reader might flag.\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, fn, m, why in rows:
            out.append(f"- {loc(m)}: {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
