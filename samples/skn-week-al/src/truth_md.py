"""TRUTH.md for week AL: the words are written by hand here; the tables are filled from the hand-tagged messages."""
from collections import Counter

from people import PEOPLE

INTRO = """# Week AL (14–18 September 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by
`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the tool
was not run and its code was not read. Data: `roster.csv`, five JSONL chats, one LINE PC (desktop) export with the
English UI (`[LINE]หน.ส่วนราชการ-นอภ.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them.
`src/` holds the layout scripts: every message, truth note and near-miss reason in them is written by hand; the scripts
only number ids and lines, add seconds, write the files and tabulate the ledger.

## The week

- Monday 14 – Friday 18 September 2026 (๑๔–๑๘ ก.ย. ๒๕๖๙) are all working days; there is no public holiday in or
  next to the week. Saturday 19 and Sunday 20 are the weekend. No deadline in the week falls on a weekend.
- The fiscal year ends on 30 September: orders and talk about disbursing and reporting budgets before ๓๐ ก.ย.
  (ปค.สน. orders, the heads' group, the volunteer centre's O3).
- A tropical storm brings heavy rain from Monday to Thursday; the Songkhram and the Lam Nam Un overflow in
  อากาศอำนวย, วานรนิวาส, บ้านม่วง and later คำตากล้า; the bridge at บ้านโพนแพง (วานรนิวาส) is closed on Monday
  13:30 and reopened Thursday 10:45; villages are evacuated in อากาศอำนวย and บ้านม่วง. Dengue rises (a child dies in
  อ.เมือง on Wednesday). The ministry's order rotating district chiefs (effective 1 October) is announced on Monday;
  the chief of กุดบาก is leaving and his successor is added to ข้อสั่งการ ปจ.สน. early. Districts still send, late,
  their reports of the volunteer activity for 12 August (the King's Mother's birthday), after a reminder. A
  merit-making (ทำบุญตักบาตรข้าวสารอาหารแห้ง, during Buddhist lent) is held at the provincial hall on Friday morning.
- Missing reports are judged at the last message of the whole log: **{end}** (the last message of
  `volunteer-centre.jsonl`; every other file ends earlier).
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} fictional people: the governor (P001), 3 vice governors (P002–P004; P004 is the former palad),
the provincial palad (P005), 3 sending accounts of the provincial administration office (P006–P008), 2 province-level
volunteer officers with no district (P009 จ่าหมาย, P010 เบญ), 12 agency heads (P011–P022), 4 staff (P023 a clerk of
ปภ., P024 a disease-control clerk of สสจ., P025 the irrigation head's assistant, P026 a treasury clerk), one retired
former district chief (P027), and for each of the 18 districts a district chief, a coordinating deputy and a district
volunteer officer (P028–P085), with more deputies in เมืองสกลนคร (2), พังโคน, วานรนิวาส, อากาศอำนวย and สว่างแดนดิน.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดวัช เต่างอย (P074) and ปลัดภัทร
  โพนนาแก้ว (P082); each is his district's volunteer officer too.
- The display name **ปลัดเก่ง** belongs to P034 (coordinating deputy, กุสุมาลย์) and P065 (deputy, อากาศอำนวย), neither
  with a LINE id or e-mail: ambiguous, never judged. ปลัดเก่ง's posts answer no duty and give no finding.
- {nl} people have a LINE user id, {ne} an e-mail, some both, a few neither. JSONL messages carry `senderId` (the
  LINE id, or for people with only an e-mail the e-mail) on about two messages in three.
- Name variants: ปลัดภูมิ อากาศอำนวย (P063) renames himself `ภูมิ 🚤 อากาศอำนวย` in ศอ.จอส.จว.สน. (rename notice
  Tuesday 19:00) and answers O2, O3 and O5 under that name; he posts nowhere else after the rename. In the export the
  chief of ส่องดาว once appears wrapped in U+2068/U+2069. The palad posts as `ปลัดจังหวัดสกลนคร` or `เฉลิมชัย ปจ.สน.`.
- People not on the roster: ตั้ม โดรนถ่ายภาพ สกลฯ (joins ศอ by link/QR), กิตติ วงศ์ไชย (นอภ.กุดบาก คนใหม่) (the incoming
  chief, added to ข้อสั่งการ ปจ.สน. by the palad), เอ๋ ออมสินพังโคน (added to นักปกครองสกลนคร by the chief of พังโคน),
  ณัฐ สกลนครนิวส์ (added to the heads' group by the PR head).
"""

EXPORT = """## The export

`[LINE]หน.ส่วนราชการ-นอภ.สน..txt` is written as LINE for PC's "Save chat" with the English UI (formats-line.md §1.3,
§1.4, §1.7, §1.10 F): no header and no BOM (the group is named by the file name, `[LINE]<chat name>.txt`), date lines
`2026.09.14 Monday`, messages `HH:MM sender text` separated by single spaces (sender names contain spaces), multi-line
messages continued on raw lines, media as `Photos`, `Stickers`. System lines follow the desktop shape the page shows for
the Thai and Japanese UIs (the actor in the sender place, then the whole notice) with the English notice text of §1.6:
`10:12 ผคบ.ชลประทานสกลนคร ผคบ.ชลประทานสกลนคร invited ชาญวิทย์ ผช.ชลประทาน.`, `… X left the group.` No file is sent in
this group (the page has no English desktop placeholder for files). Rows in `truth.csv` and `near-misses.csv` cite the
export by line number (the first line of a multi-line message) and leave `message` empty.
JSONL ids run `al0001`…`al{last}` over the five JSONL files in time order. `ledger.csv` cites orders and answers by
message id (the ศอ group is a JSONL file this week).
"""

COUNTING = """## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)

Counting: a deadline given as a clock time is that minute (an answer at or before it is on time; none was planted in
the deadline minute itself); a deadline given as a date runs to the end of that day (`23:59:59`); an order with no
deadline gives 24 hours from its minute. The answer is the first report by any person of the district (chief, deputy,
coordinating deputy, district volunteer officer, including a two-role person and a renamed one) that carries what the
order asks; a post in pieces (photos, then the caption; a file, then its caption) is cited at its first message.
Photos alone answer only an order that asks for photos (O2). Acknowledgements, promises, questions, reports of other
orders (the 12 August activity), a report posted in another group, and posts by the ambiguous ปลัดเก่ง answer nothing.
Each answer was matched to its order by its content (several orders are open at once).
"""

DECISIONS = """## Decisions where the rules left room

- **Reminders and progress notes** (16:10 Monday of O1, Tuesday 11:30 of O2, Wednesday 08:20 of the August order,
  Wednesday 15:30 and Thursday 13:00 of O3, Friday 10:30 of O5, Friday 12:30 of O4) create no duty and move no
  deadline. The August order itself is outside the log: its late reports (เจริญศิลป์, ภูพาน, กุดบาก) are near misses,
  not answers to O3.
- **Orders by district people in ศอ** (นอภ.วานรนิวาส "ฝากทุกอำเภอ…แจ้ง…ภายในเย็นนี้", ปลัดวุฒิ อ.เมืองสน. "ขอให้แต่ละ
  อำเภอแจ้ง…ภายในบ่ายสามโมง") are SKN-5P orders and create no SKN-5O duty; a district chief's wish "ขอให้ทุกอำเภอ…
  ผ่านพ้นไปด้วยดี" is chat. The health-office clerk's dengue figures are a report by someone who is not a district's
  person (SKN-5P), on top of her SKN-5 membership finding at the invite.
- **A report in the wrong group.** ส่องดาว's chief posted O1's figures in นักปกครองสกลนคร; SKN-5O asks for a report in
  ศอ.จอส.จว.สน., so O1 stays missing for ส่องดาว (the post itself is allowed in นักปกครองสกลนคร).
- **Renamed sender.** The answers of `ภูมิ 🚤 อากาศอำนวย` count for อากาศอำนวย (rename notice in the same group, and
  most of his messages carry his LINE id).
- **Former palad now vice governor** still in ข้อสั่งการ ปจ.สน.: the roster role decides (vice_governor), so SKN-3 at his
  first post; his later post there gives no second row.
- **The incoming district chief** (in post only from 1 October) is not on the roster, so he is an OUTSIDER (added by the
  palad), not SKN-ALL.
- **Invites** are not posts: the inviter in ข้อสั่งการ ปค.สน. gets SKN-ALL, not SKN-2P; the invited volunteer officer's
  own sticker afterwards is SKN-2P (a post), while her membership finding stays at the invite.
- **The office answering a question** in ข้อสั่งการ ปค.สน. is allowed (the office may post there); the question is SKN-2P.
- **SKN-4P.** The palad's own instruction to all district chiefs (send shelter data by noon) and a district chief's
  instruction to all districts are orders from someone other than the governor/vice governors. The palad's summary to
  the governor and the district chiefs' 18:00 reports (asked for by the governor) are information/reports, allowed.
- **SKN-6P.** Survey results, a progress report on a repair, disbursement figures, a sales record and a district's
  performance results are reports or results; warnings, deadline notices, health advice, invitations, a radio programme
  notice, school closures, thanks with photos and condolences are not.
- **SKN-6 staff.** The disaster-office clerk posting his office's warning is a staff member in the heads' group (SKN-6);
  his post is a warning, not a report, so no SKN-6P.
- **Outsiders** give one OUTSIDER row at their first appearance (join or invite), naming the inviter when added; their
  later posts give nothing more; removing or leaving gives nothing.
- **Dates and times.** "ภายในวันพฤหัสบดีที่ ๑๗" runs to 23:59:59 on Thursday, so a 22:50 answer is on time; "ภายใน
  วันศุกร์นี้ก่อนเที่ยง" is 12:00 Friday; "พรุ่งนี้ … ๑๐.๐๐ น." is 10:00 Friday. O6 ("ภายในวันที่ ๒๕ กันยายน") is due after
  the log ends: its unanswered districts are not-due.
- **The centre's own notes are not reports.** The province officers' progress notes and summaries in ศอ ("สรุปความพร้อม…
  รายงานแล้ว ๑๕ อำเภอ", "ความคืบหน้ารายงานเบิกจ่าย…", "สรุป Big Cleaning…") are the centre reminding districts, not a
  report of volunteer work by a non-district person, so no SKN-5P; only the health-office clerk's figures are.
- **One photo, one line in the export.** Each photo sent is one JSONL `image` message and one `Photos` line in the PC
  export (the page does not say whether LINE for PC folds an album into one line); a text with its photos is one post,
  cited at its first line.
- **Unsend** (ข้อสั่งการ ปค.สน., by the office) is no post and no finding.
"""


def fmt(t):
    return t.strftime("%a %d %b %H:%M")


def loc(m):
    return f"line {m.line}" + (f" {m.id}" if m.id else "")


def write(path, chats, truth, near, orders, log_end):
    out = [INTRO.format(end=log_end.strftime("%Y-%m-%d %H:%M:%S") + " (Friday 18 Sep)")]
    ids = [m.id for c in chats for m in c.msgs if m.id]
    out.append(ROSTER.format(n=len(PEOPLE), nl=sum(1 for p in PEOPLE.values() if p.line),
                             ne=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting/membership findings |\n|---|---|---|---|")
    tot = sum(len(c.msgs) for c in chats)
    for c in chats:
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {sum(1 for r in truth if r['c'] is c and r['rule'] != 'SKN-5O')} |")
    out.append(f"| | total | {tot} | {sum(1 for r in truth if r['rule'] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. carries {len(chats[0].msgs)} messages ({100 * len(chats[0].msgs) / tot:.1f}%).\n")
    out.append(EXPORT.format(last=max(ids)[2:]))
    out.append(COUNTING)
    tot_st = Counter()
    for o, om, rows in orders:
        sender = om.name
        out.append(f"### {o['label']} — {om.id}, {fmt(om.t)}, {sender}: {o['how']}\n")
        out.append(f"Deadline {o['deadline'].isoformat()}. {o['reason']}\n")
        for st in ("on-time", "late", "missing", "not-due"):
            ds = [(d, am) for d, s, am in rows if s == st]
            if not ds:
                continue
            tot_st[st] += len(ds)
            items = ", ".join(f"{d} ({am.id} {am.t:%a %H:%M})" if am else d for d, am in ds)
            out.append(f"- **{st}** ({len(ds)}): {items}")
        out.append("")
    out.append(f"Ledger totals: {sum(tot_st.values())} duties — on-time {tot_st['on-time']}, late {tot_st['late']}, "
               f"missing {tot_st['missing']}, not-due {tot_st['not-due']}.\n")
    rc = Counter(r["rule"] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |\n|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    out.append(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r["c"] is c]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for r in rows:
            st = f" **{r['state']}**" if r["state"] else ""
            out.append(f"- {r['rule']} — {loc(r['m'])} — {r['who']}{st}: {r['note']}")
        out.append("")
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is something a careless audit might flag, or count, but which is not a finding under the rules page.\n")
    for c in chats:
        ns = [(m, why) for cc, m, why in near if cc is c]
        if not ns:
            continue
        out.append(f"### {c.group} ({len(ns)})\n")
        for m, why in ns:
            out.append(f"- {loc(m)}: {why}")
        out.append("")
    out.append(DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
