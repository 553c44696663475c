#!/usr/bin/env python3
"""Tabulates TRUTH.md: the prose below is written by hand; the tables and lists are read from
truth.csv, ledger.csv, near-misses.csv and layout.json (numbers only, no judgement)."""
import csv, json, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
lay = json.load(open(os.path.join(HERE, "layout.json")))
truth = list(csv.DictReader(open(os.path.join(OUT, "truth.csv"), encoding="utf-8")))
ledger = list(csv.DictReader(open(os.path.join(OUT, "ledger.csv"), encoding="utf-8")))
near = list(csv.DictReader(open(os.path.join(OUT, "near-misses.csv"), encoding="utf-8")))
FILES = [("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."), ("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
         ("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"), ("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
         ("nakpokkhrong.jsonl", "นักปกครองสกลนคร"), ("volunteer-centre.txt", "ศอ.จอส.จว.สน.")]
total = sum(lay["counts"].values())
o = []
w = o.append
w("# Week AT (6–10 April 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week that opens on a public holiday, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from that rules page; the tool was not run. Data: `roster.csv`, five JSONL chats, one LINE phone export from an English-UI phone (`volunteer-centre.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them (formats, ids, times, rows against lines and senders, ledger states against the times, and the membership findings and SKN-2P rows recomputed from the roster). `src/` holds what the week was laid out with: `g1`…`g6` are the hand-written messages with their hand-written truth, near-miss and ledger notes; `build.py` only sorts, numbers and lays them out; `truth_md.py` tabulates this file; `prune_notes.py` was an editing aid that dropped near-miss notes too plain to keep.\n")
w("## The week\n")
w("- **Monday 6 April 2026 (๖ เม.ย. ๒๕๖๙) is Chakri Day (วันจักรี), a public holiday.** The groups are quiet in the morning (wreath-laying, greetings), a few letters still go out, and the one duty opened that day (O1) counts its working days from Tuesday. Tuesday 7 – Friday 10 April are working days. Saturday 11 and Sunday 12 are the weekend; **Monday 13 – Wednesday 15 April are the Songkran public holidays**, so a working-day count from Friday runs to Thursday 16, Friday 17 and Monday 20 April.")
w("- How deadlines are read: a clock time is that minute; a date (or a weekday) runs to the end of that day (written `23:59:59`); a deadline with no time in the text is 24 hours from the order's minute; \"ภายใน N วันทำการ\" counts working days from the day after the order, skipping weekends and public holidays (the Chakri Day holiday for O1, Songkran for O7), to the end of the last day. No deadline in this week falls on a holiday, so none had to be moved for that reason; the holiday only enters through the working-day counts. An answer at or before the deadline is on time.")
w("- Topics: the Songkran road-safety campaign (๗ วันอันตราย, ศปถ.อำเภอ, ด่านชุมชน and the volunteers' service points), drought and water delivery (บ้านม่วง, ส่องดาว, วาริชภูมิ, เจริญศิลป์), the heat, forest fires on the Phu Phan range, a child drowned in กุสุมาลย์ on Tuesday and the drowning-prevention order that follows, the elder-bathing ceremony (รดน้ำดำหัว) on Friday 10 April, the district offices' Songkran leave and duty rota (ปค and ปจ), and a **summer storm with hail on Thursday 9 April at about 17:30** that unroofed 12 houses in วาริชภูมิ and 17 in ส่องดาว.")
w(f"- Missing reports are judged at the last message of the whole log: **2026-04-10 20:30** (Friday, the last line of `volunteer-centre.txt`; every JSONL file ends earlier that day).\n")
w("## Roster in brief\n")
w("`roster.csv` has 85 fictional people: the governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office (provincial_admin_staff), 2 province-level volunteer officers (no district: วรวุฒิ ศอ.จอส.จว.สน. writes the long numbered orders, ขวัญ จอส.จังหวัด the shorter ones), 12 agency heads, 4 staff of agencies (a deputy of the ปภ. head, a clerk of the ทกจ. head, a พช. officer, a สสจ. pharmacist), one retired former district chief, and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with one more deputy (deputy_district_chief) in เมืองสกลนคร, กุดบาก, พรรณานิคม, วานรนิวาส and สว่างแดนดิน.\n")
w("- **Two roles:** ปลัดอนุวัฒน์ กุดบาก is `coordinating_deputy|volunteer_center_staff` (กุดบาก's coordinating deputy and volunteer officer).")
w("- **Shared display name:** `ปลัดต้น` is a display name of the deputy of พรรณานิคม (P041) and of the coordinating deputy of เจริญศิลป์ (P078, who also posts as `ต้นตระกูล ปอ.เจริญศิลป์`). Posts under `ปลัดต้น` are ambiguous and never judged, and never count as a district's answer.")
w("- **Rename:** the district chief of บ้านม่วง renames himself in นักปกครองสกลนคร (Tuesday 16:45) from `นอภ.บ้านม่วง ประเสริฐ` to `เสริฐ บ้านม่วง 🐃`; every post under the new name carries his LINE user id. He keeps his old name in the other groups.")
w("- **English-Thai mix:** `Palat Jay 🇬🇧` (ปลัดเจษฎา, a deputy of เมืองสกลนคร) writes every message in English-Thai mix; he answers O1 and O7 for his district.")
w("- LINE user ids are `U` + 32 hex (fixed per person); some people have only an e-mail. In the JSONL files a person with an id carries `senderId` on about two messages in three; a person with only an e-mail carries it as `senderId` on about every other message.\n")
w("## Groups and messages\n")
w("| file | group | messages | findings (posting/membership) | SKN-5O rows | near misses |")
w("|---|---|---|---|---|---|")
for f, g in FILES:
    t = [r for r in truth if r["file"] == f]
    w(f"| `{f}` | {g} | {lay['counts'][f]} | {sum(r['rule'] != 'SKN-5O' for r in t)} | {sum(r['rule'] == 'SKN-5O' for r in t)} | {sum(r['file'] == f for r in near)} |")
w(f"| | total | {total} | {sum(r['rule'] != 'SKN-5O' for r in truth)} | {sum(r['rule'] == 'SKN-5O' for r in truth)} | {len(near)} |\n")
w(f"ศอ.จอส.จว.สน. carries {lay['counts']['volunteer-centre.txt']} messages ({lay['counts']['volunteer-centre.txt'] / total:.1%}). JSONL ids run `at0001`…`at{total - lay['counts']['volunteer-centre.txt']:04d}` across the five JSONL files in the order of the table. The export has no ids: its truth rows, near misses and ledger places are cited by the file's line number (the first line of a multi-line message); `ledger.csv` gives those line numbers bare.\n")
w("Export conventions (formats-line.md §1.10 variant A, an English-UI phone): UTF-8 BOM, `Chat history in \"ศอ.จอส.จว.สน.\"`, `Saved on: 4/10/2026, 21:58`, a blank line, date lines `Mon, 4/6/2026` (M/D/YYYY, Gregorian), a blank line before each later date line, `HH:MM⇥name⇥text`, multi-line messages with raw continuation lines (no quoting), `[Photo]`, `[Sticker]`, `[File]`, two-column system lines `HH:MM⇥X joined the group.`, `HH:MM⇥A invited B.`, `HH:MM⇥A removed B from the group.`, `HH:MM⇥X left the group.`, and the three-column unsend line `HH:MM⇥X⇥X unsent a message.`. Replies are not shown in exports; `replyTo` appears only in the JSONL groups.\n")
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("The answer is the first report, after the order, by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asked for: a text report, a file, or photos alone after an order that asks for photos (O2, O3, O6). A photo followed by its caption, or a file followed by its caption, is one post, cited at its first line. Several orders are open at once, so each answer was matched to its order by its content; where two could be confused the ledger note says why.\n")
led = defaultdict(list)
for r in ledger:
    led[int(r["order"])].append(r)
for od in lay["orders"]:
    rs = led[od["line"]]
    w(f"### {od['name']} — line {od['line']}, {od['day']:02d} Apr {od['time'][:5]}, {od['sender']} ({len(rs)} districts)\n")
    w(f"Topic: {od['topic']}.  \nDeadline **{od['deadline']}**: {od['reading']}.\n")
    for st in ("on-time", "late", "missing", "not-due"):
        xs = [r for r in rs if r["state"] == st]
        if xs:
            items = ", ".join(f"{r['district']}" + (f" (l.{r['answer']})" if r["answer"] else "") for r in xs)
            w(f"- **{st}** ({len(xs)}): {items}")
    notes = [r for r in rs if r["note"]]
    if notes:
        w("")
        for r in notes:
            w(f"  - {r['district']}: {r['note']}")
    w("")
c = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {c['on-time']}, late {c['late']}, missing {c['missing']}, not-due {c['not-due']}.\n")
w("Posts in ศอ.จอส.จว.สน. that create **no duty**: the information-only posts (Wednesday 12:10 and Thursday 10:00, แจ้งเพื่อทราบ … ไม่ต้องรายงาน); the reminders and clarifications (Monday 10:55 and Friday 10:20 on deadlines, Tuesday 16:30, Wednesday 07:30 and 10:30, Thursday 11:00 and 16:30, Friday 13:15: ตามที่แจ้งไว้, เร่งรัด, ย้ำ, อำเภอที่ยังไม่ได้รายงาน, ตามกำหนดเวลา), which neither open a duty nor move the first deadline; the palad's Thursday 17:55 order to stand by for the storm, which asks for no report; and the two orders by district people (SKN-5P below), which are not orders of the provincial centre.\n")
w("## Findings (`truth.csv`)\n")
w("| rule | count |\n|---|---|")
for k, v in sorted(Counter(r["rule"] for r in truth).items()):
    w(f"| {k} | {v} |")
w(f"| total | {len(truth)} ({sum(r['rule'] != 'SKN-5O' for r in truth)} posting/membership, {sum(r['rule'] == 'SKN-5O' for r in truth)} SKN-5O) |\n")
for f, g in FILES:
    w(f"### {g} (`{f}`)\n")
    for r in [r for r in truth if r["file"] == f]:
        mid = f" {r['message']}" if r["message"] else ""
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — line {r['line']}{mid} — {r['who']}{st}: {r['note']}")
    w("")
w("Membership findings come once per person per group at the first message that shows the person (post, invite, join, removal). The one invitation of a roster person not admitted (หน.ส่วนราชการ: ธีรพงษ์ รอง ผอ.ปภ., invited by ผอ.ปภ.สกลนคร สุเมธ) gives three rows at the invite line: SKN-6 for the invitee and SKN-ALL for invitee and inviter. Outsiders (not on the roster) give one OUTSIDER row at their first appearance and no SKN-ALL: น้องฝน ครีมกันแดด ☀️ (joined ศอ by link or QR), Lotto มิ้นท์ 💰 (joined ข้อสั่งการ ปจ.สน. by link or QR), เสี่ยหนึ่ง รับเหมาก่อสร้าง (added to นักปกครองสกลนคร by นอภ.วานรนิวาส), and `ผวจ.สน ชยพล`, a lookalike of the governor's display name `ผวจ.สน. ชยพล` (one dot missing) that fits nobody on the roster (posts in หน.ส่วนราชการ with no join notice). Later posts by a person already found in a group give no second membership row; in ข้อสั่งการ ปค.สน. every post of a member who is not the office still gives SKN-2P.\n")
w("**SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits the governor, the 3 vice governors, the palad and the 18 district chiefs: 23 people against the letter's 22. All 23 appear this week; the 23rd to appear is นอภ.โพนนาแก้ว สุทิน on Friday 07:05, so the group gets one low-severity SKN-CAP row there. The ผอ.ปภ. and the coordinating deputy of วาริชภูมิ who post there are not admitted and do not count. No other group reaches its count (ข้อสั่งการ ปจ.สน. admits exactly 19: the palad and 18 chiefs).\n")
w("## Decisions where the rules left room\n")
w("- **Holiday counting.** O1 (\"ภายใน ๒ วันทำการ\", sent on Chakri Day) counts Tuesday and Wednesday; O7 (\"ภายใน ๓ วันทำการ\", sent on Friday) skips the weekend and the three Songkran holidays and ends Monday 20 April, after the log, so its unanswered districts are not-due. No order in the week uses a plain day count or a clock deadline that lands on a holiday.")
w("- **An answer before the order answers nothing.** โพนนาแก้ว posted its service-point plan at 09:15 on Monday, before O1 at 10:40, and never posted it again: missing for O1.")
w("- **Photos alone** count only after an order that asks for photos. คำตากล้า's table sent as a photo alone on Tuesday 10:02 is not an answer to O1 (which asks for the form, not photos); its first text answer came on Thursday, late. พังโคน's table photo is followed by its caption in the same minute, so that post is a text report and answers O1 on time. วาริชภูมิ's photos on Tuesday (O2) and Friday (O6) and กุดบาก's on Wednesday (O3) answer orders that ask for photos.")
w("- **Property-named districts (O6).** \"อำเภอที่ได้รับความเสียหายจากพายุฤดูร้อนเมื่อเย็นวานนี้\" is read from the ศอ log itself: on Thursday evening only วาริชภูมิ (18:10) and ส่องดาว (18:35) report damage there; นิคมน้ำอูน reports none and เมืองสกลนคร's deputy reports no damage (20:05). The governor's Friday summary in ผู้บริหารฯ names the same two districts.")
w("- **Confusable answers.** กุดบาก's Wednesday 16:05 list names volunteers watching water spots (O5), not ceremony volunteers (O4, answered by the chief on Thursday); ส่องดาว's Friday report is on storm repairs (O6), so O2's water-delivery duty stays missing; วานรนิวาส's Thursday post names ceremony volunteers (O4, late) and does not answer O5.")
w("- **Orders naming some districts** (O2, O3, O4, O6) oblige only those districts; เมืองสกลนคร's Wednesday list for the ceremony is information (O4 excludes it). O3 lists its five districts on separate lines; O4 names \"ทุกอำเภอ ยกเว้น\" two.")
w("- **SKN-5P orders by district people.** \"ฝากทุกอำเภอช่วยส่งภาพ… ภายในวันศุกร์นี้\" (a district chief) and \"ขอให้ทุกอำเภอ… แจ้งจำนวนคนภายในพรุ่งนี้\" (a coordinating deputy) are orders to all districts by someone other than the provincial centre; they create no duty. Replies to them (เต่างอย, กุดบาก) are neither orders nor reports to the centre. Courtesy with ขอให้ (wishes, \"ขอให้ทุกคนปลอดภัย\") is chat.")
w("- **SKN-5 and SKN-5P together.** The พช. officer's and the ประชาสัมพันธ์จังหวัด head's reports in ศอ give both the membership row and the posting row at the same line (different rules, both by the page's words).")
w("- **SKN-4P** is planted only where the text plainly directs the districts (the palad's \"ขอให้ส่งรายชื่อ… ภายในวันพรุ่งนี้\"; a district chief's \"ขอให้ทุกอำเภอ… ส่งไปช่วย… ด่วน\"). The palad informing the governor, district chiefs' incident reports, information and replies are near misses. I planted no case of the palad relaying the governor's words.")
w("- **SKN-6P** is planted for posts that give an agency's or district's results (vehicle inspections, a heat campaign's figures, fire-control results, a district's checkpoints, an agency's sales achievement, drought-relief totals). Information, schedules, warnings, invitations, forwarded news, questions, thanks with photos and condolences are near misses. An agency's announcement of a future water release is information, not a result.")
w("- **SKN-2P, one post one row.** Photos sent together, or a card followed by its caption, are one post cited at the first line; an invite, removal or rename notice is not a post. The office's own posts (the three sending accounts and the palad) are near misses, including its answer that redirects a member.")
w("- **ข้อสั่งการ ปจ.สน.** has no posting findings (the letter says members need not acknowledge or report, which is not a prohibition); a vice governor and a coordinating deputy posting there are SKN-3.")
w("- **Vice governors and the retired official** are not admitted to นักปกครองสกลนคร (SKN-1), nor is an ordinary deputy or a district volunteer officer; the two-role person of กุดบาก is admitted there as coordinating deputy.")
w("- **Leaves, removals, unsend.** An eligible deputy leaving ศอ, the palad and the governor removing outsiders, and the unsend notice in ศอ are not findings; the photos before the unsend remain and count.")
w("- **Answers a minute or ten before** a clock deadline are on time; none is planted at the exact deadline minute (the export has no seconds). A date deadline runs to the end of the day: เต่างอย's O1 answer at 22:40 on Wednesday is on time.\n")
w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless reader might flag but which is not a finding under the rules page.\n")
for f, g in FILES:
    w(f"### {g}\n")
    for r in [r for r in near if r["file"] == f]:
        mid = f" {r['message']}" if r["message"] else ""
        w(f"- line {r['line']}{mid}: {r['why']}")
    w("")
open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(o) + "\n")
print("TRUTH.md", len(o), "lines")
