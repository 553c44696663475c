"""Writes TRUTH.md from the week's tables and the words below."""
from collections import Counter
from people import PEOPLE, DISTRICTS

INTRO = """# Week BM (31 August – 4 September 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002)
as read by `samples/letter-rules-sakon-nakhon.md`. Files: `roster.csv`; five JSONL chats; the ศอ.จอส.จว.สน.
chat as an English-UI phone export with the Buddhist calendar, `[LINE] Chat in ศอ.จอส.จว.สน..txt`; and
`truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them; `src/` holds the messages and the
script that numbers lines and ids and tabulates the ledger.

## The week

- Monday 31 August – Friday 4 September 2026 (๓๑ ส.ค. – ๔ ก.ย. ๒๕๖๙) are all working days. There is no
  public holiday in the week or next to it (the Queen Mother's birthday, 12 August, is past; the next
  holiday is 13 October). Saturday 5 and Sunday 6 September are the weekend.
- Topics: the last month of fiscal year 2569 (disbursement before 30 September, the office's year-end
  letters, the FY2570 plan), late-monsoon floods along the Songkhram and around Nong Han and a landslide
  on the ภูพาน range, dengue, the province-wide Big Cleaning Day on Thursday 3 September, a volunteer of
  อ.กุดบาก who died helping flood victims (condolences), a district chief's mother's funeral.
- Missing answers are judged at the last message of the whole log: **2026-09-04 21:48** (Friday, the last
  line of the ศอ.จอส.จว.สน. export; every JSONL file ends earlier).

### How deadlines count

A deadline written as a clock time is that minute ("ภายในเวลา ๑๖.๓๐ น. วันนี้", "ก่อนเที่ยงพรุ่งนี้" = 12:00
the next day); a date ("ภายในวันศุกร์ที่ ๔ ก.ย. ๖๙", "ภายในวันนี้") runs to 23:59:59 of that day; "ภายใน ๒๔ ชม."
is 24 hours from the order's minute; "ภายใน N วัน" counts from the day after the order, and a last day on a
weekend or holiday would move to the next working day (none does this week); an order with no deadline
would get 24 hours (none this week). An answer at or before the deadline is on time. The answer is the
district's first report, by any of its people (chief, deputy, coordinating deputy, district volunteer
officer), that carries what the order asks: text, a file, or photos sent alone after an order that asks
for photos. A post of photos first and a caption after is cited at its first photo. Several orders are
open at once; answers are matched to their order by content. Photos-only answers are used only where one
photo-asking order was open for that district (O3 on Tuesday–Wednesday; O8 from Thursday 14:00, by
districts that had already answered O3, or with content).
"""

ROSTER = """## Roster in brief

`roster.csv` has {n} fictional people: the governor (P001), 3 vice governors (P002–P004; P003
`Rachaneekorn S. (รองผวจ.)` writes her orders in Thai mixed with English words), the provincial palad
(P005), 2 sending accounts of the provincial administration office (P006, P007), 2 province-level volunteer
officers with no district (P008 the centre's account, P009 `จ่าจักษ์ ศอ.จอส.จว.สน. 💛`), 12 agency heads
(P010–P021), 4 staff of agencies (P022 health clerk, P023 deputy at the disaster-prevention office, P024
irrigation, P025 local-government office), a retired official (P026, who does not post this week), and
for each of the 18 districts a chief (P101, P111, … P271), a coordinating deputy (+1) and a volunteer
officer (+2), with more deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน (2) and
เต่างอย.

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดชัย กุสุมาลย์ (P112) and
  ปลัดนภัสสร ส่องดาว (P222); they are their districts' volunteer officers.
- The display name **ปลัดเก่ง** belongs to two deputies (P174 วานรนิวาส, P214 สว่างแดนดิน), neither with a
  LINE id: ambiguous, never judged (posts in ข้อสั่งการ ปค.สน. and นักปกครองสกลนคร).
- The chief of โพนนาแก้ว (P261) renames himself in ผู้บริหารจังหวัด และนายอำเภอ on Tuesday 08:10 to
  `ชูชาติ 🛶 โพนนาแก้ว` (both names are on the roster) and posts under the new name there afterwards.
- {nl} people have a LINE user id; JSONL messages carry it as `senderId` except on some photos; the
  export carries display names only. No e-mail addresses this week.
- Districts' writing voices differ: memo style (เมืองสกลนคร, นิคมน้ำอูน, สว่างแดนดิน, โพนนาแก้ว), heavy emoji
  (กุสุมาลย์, วานรนิวาส, ส่องดาว), Isan speech (กุดบาก, คำตากล้า, เต่างอย, ภูพาน), officers who number every
  item (พังโคน, อากาศอำนวย), plain short lines (พรรณานิคม, บ้านม่วง, โคกศรีสุพรรณ) and typos (วาริชภูมิ, เจริญศิลป์).
"""

EXPORT = """## Export conventions (`[LINE] Chat in ศอ.จอส.จว.สน..txt`)

English-UI phone export, Thai region with the Buddhist calendar (formats-line.md §1.3 "EN mobile, Thai
region + Buddhist calendar"): UTF-8 BOM; header `[LINE] Chat history in ศอ.จอส.จว.สน.` and
`Saved on: 04/09/2569 BE, 22:06`; date lines `Mon, 31/08/2569 BE` (DD/MM, year − 543 = CE);
`HH:MM⇥sender⇥text`; multi-line messages wrapped in `"…"` with inner quotes doubled; placeholders
`[Photo]`, `[Sticker]`, `[File]`, `[Video]`; system lines with an empty sender column: `A invited B.`,
`X joined the group.` (by link or QR), `A removed B from the group.`. Replies are not shown in exports.
The export has no ids: its truth rows, near misses and ledger places are its line numbers (the first line
of a multi-line message); in `ledger.csv` the `order` and `answer` columns hold those line numbers.
JSONL ids run `bm0001`… across the five JSONL files in time order.
"""


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(path, chats, orders, ledger, truth, near, log_end):
    vol = chats[0]
    out = [INTRO, ROSTER.format(n=len(PEOPLE), nl=sum(1 for p in PEOPLE.values() if p.line)), EXPORT]
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting/membership findings |")
    out.append("|---|---|---|---|")
    tot = 0
    for c in chats:
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {sum(1 for r in truth if r[1] is c and r[0] != 'SKN-5O')} |")
        tot += len(c.msgs)
    out.append(f"| | total | {tot} | {sum(1 for r in truth if r[0] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(vol.msgs)} of {tot} messages ({100 * len(vol.msgs) / tot:.0f}%).\n")
    out.append("""## How the findings were decided

- Membership (SKN-1…SKN-6): once per person per group, at the first message that shows the person there
  (their invite, join, first post, or an invite they send). Outsiders: one OUTSIDER row per person per
  group at their first appearance (invite or join), naming the inviter when added; not also SKN-ALL.
  SKN-ALL: an invite of a roster person not admitted to the group gives two rows, invitee and inviter.
- SKN-CAP: only ผู้บริหารจังหวัด และนายอำเภอ (22) is exceeded: governor, 3 vice governors, the palad and all 18
  chiefs appear (23); the row is at the first message of the 23rd admitted person (the chief of วาริชภูมิ,
  Friday). ข้อสั่งการ ปจ.สน. holds exactly 19 admitted people (palad + 18 chiefs) at most: no row.
- ข้อสั่งการ ปค.สน.: every post by anyone but the office's accounts or the palad is SKN-2P (acks, stickers,
  🙏, questions, reports, wishes, an outsider's advert); photos or a file sent right after the sender's
  own text belong to that post.
- ข้อสั่งการ ปจ.สน.: chiefs' acks and reports are near misses (the letter says they are not needed).
- ศอ.จอส.จว.สน.: orders by a district chief and by an agency head, and a report by an agency staff member,
  are SKN-5P and create no duty.
- หน.ส่วนราชการ-นอภ.สน.: reports and performance results, including an agency's own achievements, are SKN-6P;
  acks, offers of help, questions, invitations, wishes and condolences are not reports.
""")
    rc = Counter(r[0] for r in truth)
    out.append("## Findings\n")
    out.append("Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())) + f"; {len(truth)} rows in all "
               f"({sum(v for k, v in rc.items() if k != 'SKN-5O')} posting/membership, {rc['SKN-5O']} SKN-5O).\n")
    for c in chats:
        rows = [r for r in truth if r[1] is c and r[0] != "SKN-5O"]
        out.append(f"### {c.group} (`{c.fname}`)\n")
        out.append("| rule | line | message | who | why |")
        out.append("|---|---|---|---|---|")
        for r, cc, m, who, st, note in rows:
            out.append(f"| {r} | {m.line} | {m.id or ''} | {esc(who)} | {esc(note)} |")
        out.append("")
    out.append("## Orders in ศอ.จอส.จว.สน. and the ledger (SKN-5O)\n")
    st = Counter(r[2] for r in ledger)
    out.append("Duties by state: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())) + f" ({len(ledger)} in all, 8 orders).\n")
    out.append("Posts that create no duty:\n")
    for k, why in [("O2fix", "change of O2's district list (− เมืองสกลนคร, + โพนนาแก้ว, same deadline)"),
                   ("TEAMS", "summary for information; O7 refers to its list"),
                   ("O4", "\"เพื่อทราบ (ไม่ต้องรายงาน)\": information only"),
                   ("O9", "\"ไม่ต้องรายงาน เว้นแต่มีเหตุ\": no report needed unless something happens")]:
        m = vol.keys[k]
        out.append(f"- line {m.line}, {m.t.strftime('%a %d %H:%M')}, {esc(m.name)}: {why}.")
    out.append("- Reminders (ทวง, ย้ำ, เร่งรัด, \"อำเภอที่ยังไม่ได้รายงาน…\", one quoting the order): no new duty; listed in the near misses.")
    out.append("- Orders by a district chief (Tue 13:20) and by an agency head (Wed 10:41): SKN-5P, no duty.\n")
    by = {}
    for r in ledger:
        by.setdefault(r[0], []).append(r)
    for k in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[k]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else ", ".join(o["districts"])
        out.append(f"### {k} — {o['topic']}\n")
        out.append(f"Line {m.line}, {m.t.strftime('%a %d %b %H:%M')}, {esc(m.name)}. Obliges: {who}.\n")
        out.append("> " + esc(" / ".join(x for x in m.text.split("\n") if x))[:420] + "\n")
        out.append(f"Deadline **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        out.append("| district | state | answer line | note |")
        out.append("|---|---|---|---|")
        for r in by[str(m.line)]:
            out.append(f"| {r[1]} | {r[2]} | {r[3]} | {esc(r[5])} |")
        out.append("")
    out.append("SKN-5O rows in `truth.csv` (late: cited at the answer; missing: cited at the order):\n")
    for r, c, m, who, stt, note in truth:
        if r == "SKN-5O":
            out.append(f"- {who}: **{stt}**, line {m.line} — {esc(note)}")
    out.append("")
    out.append("## Near misses (not findings)\n")
    out.append(f"{len(near)} rows.\n")
    out.append("| file | line | message | why not |")
    out.append("|---|---|---|---|")
    for c, m, why in near:
        out.append(f"| `{c.fname}` | {m.line} | {m.id or ''} | {esc(why)} |")
    out.append("""
## Checking

`python3 check.py` checks every JSONL line (fields, ids, times, order), parses the export (header,
`Saved on` line, BE date lines with their weekdays, message and system lines, quoted multi-line
messages), checks that every truth, ledger and near-miss row points at the first line of a real message
with the right id, checks the roster, the ledger's states against deadlines, answers and the judging time,
and recomputes from the roster and the letter's member lists every membership, SKN-ALL, OUTSIDER, SKN-CAP
and ข้อสั่งการ ปค.สน. posting finding. `python3 src/build.py` rewrites the data files from `src/`.

## Points of judgement

- O2's district list is changed by a later post that keeps the deadline; the duties follow the final
  list (เมืองสกลนคร has none; โพนนาแก้ว has one, to the original deadline, and never answers).
- O7 names its districts only by description; they are read from the centre's summary of Tuesday 11:00.
- One numbered message from โพนนาแก้ว (Thu 16:00) answers O7 and O8 at once: it is the answer to both.
- O3's and O10's deadlines fall after the end of the log, so districts without an answer are not-due.
- The export's file name follows the phone's English UI (`[LINE] Chat in <group>.txt`); the header line
  is the `[LINE] Chat history in <group>` form.
""")
    open(path, "w", encoding="utf-8").write("\n".join(out))
