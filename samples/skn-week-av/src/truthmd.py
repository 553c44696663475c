# Writes TRUTH.md: the prose is written by hand here; lists and counts are tabulated from the files' data.
import os
from collections import Counter, defaultdict

INTRO = """# Week AV (22–26 June 2026): ground truth

Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and those rules; the tool was not run. Data: `roster.csv`, five JSONL chats, one Thai-UI Android LINE export of ข้อสั่งการ ปค.สน. (`[LINE]ข้อสั่งการ ปค.สน..txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the scripts the week was laid out with: every message, every truth note and every near-miss reason is written by hand in `src/g_*.py` and `src/orders.py`; `src/build.py` only sorts by time, adds seconds, numbers ids and lines, lays out the export and tabulates the ledger; this file's prose is in `src/truthmd.py`.

## The week

- Monday 22 – Friday 26 June 2026 (๒๒–๒๖ มิ.ย. ๒๕๖๙) are all working days. Saturday 27 and Sunday 28 are the weekend; Monday 29 and Tuesday 30 June are working days. No public holiday falls in the week or in the days its deadlines run into: the Queen's birthday (3 June) is past, and the Buddhist Lent holidays (อาสาฬหบูชา / เข้าพรรษา) and the King's birthday (28 July) come in late July. 26 June, the anti-drug day (วันต่อต้านยาเสพติดโลก), is a day of observance, not a holiday, so it moves no deadline.
- Topics: the early rains and the first flash floods on the ภูพาน slopes (ภูพาน, กุดบาก, เต่างอย on Monday night), the anti-drug day campaign and the provincial ceremony on Friday 26 June, the rice-planting season and the farmer registration (ทบก.), school lunch and milk checks (spoilt milk found at a school in สว่างแดนดิน), an 84-year-old man missing from บ้านคำเจริญ (วานรนิวาส) on Monday and found alive on Wednesday morning after two days, the stray-dog rabies vaccination drive (23–30 June), and the village-fund audit that starts on 29 June.
- Missing reports are judged at the last message of the whole log: **{log_end}** (Friday 26 June, `volunteer-centre.jsonl`; every other file ends earlier that day).

Counting rule (as week AB and the rules page): a deadline written as a clock time is that minute; a deadline written as a date runs to the end of that day (`23:59:59`); an order with no deadline is due 24 hours after its minute; "ภายใน N วัน" / "ภายใน N วันทำการ" count from the day after the order (working days skip weekends and holidays; a last day on a weekend or holiday moves to the next working day). An answer at or before the deadline is on time. The answer is the first report by any person of the district (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks for; photos alone count only after an order that asks for photos; for text-then-photos and photos-then-caption posts the post's first message is cited. Several orders are open at once, so every answer was matched to its order by its content (notes in `ledger.csv`)."""

ROSTER = """## Roster in brief

`roster.csv` has {n} people (all fictional, no name from week AB): the governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office (`provincial_admin_staff`), 2 province-level volunteer officers (no district; พิมพ์ ศอ.จอส.จว.สน. is new this week and writes plain everyday Thai), 12 agency heads, 3 deputies/clerks of agency heads (role `staff`), one retired former district chief, and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with an extra ordinary deputy in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, สว่างแดนดิน and ภูพาน, and a district clerk (`staff`) in กุดบาก.

- วัชระ ส่องดาว holds two roles, `coordinating_deputy|volunteer_center_staff`: he is both the coordinating deputy and the volunteer officer of ส่องดาว.
- The display name **ปลัดต้น** belongs to two people (the coordinating deputy of อากาศอำนวย and an ordinary deputy of สว่างแดนดิน), neither of whom has a LINE id or e-mail: ambiguous, never judged; ปลัดต้น's posts answer no duty.
- The district chief of วาริชภูมิ renames himself from `นอภ.วาริชภูมิ สุรชัย` to `สุรชัย 🐃 วาริช` in ศอ.จอส.จว.สน. (rename event, Tuesday 07:40); both names are in his roster row, and he uses the new one afterwards in ศอ and once in ข้อสั่งการ ปจ.สน.; in ผู้บริหารฯ he still posts under the old one.
- A lookalike `รองผวจ.ปิยพงษ์` (one letter short of the vice governor `รองผวจ.ปิยะพงษ์`) posts a phishing link in ผู้บริหารฯ: not on the roster.
- LINE ids are `U` + 32 hex; some people have an e-mail of their own, some both, some neither; no e-mail is shared. JSONL messages of people with an id or an e-mail carry `senderId` on about two messages in three (system events never do)."""

EXPORT = """Export conventions (formats-line.md §1.10 E, Thai UI, Android): UTF-8 BOM, `[LINE] ประวัติการแชทในกลุ่ม "ข้อสั่งการ ปค.สน."`, `บันทึกเมื่อ 26/06/2569 21:32`, a blank line, date lines `จ. 22/06/2569` (Thai weekday abbreviation, BE year) with a blank line before each new day, `HH:MM⇥name⇥text`, multi-line messages wrapped in double quotes (inner quotes doubled), `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`, and 3-column system lines with an empty sender: `A เพิ่ม B เข้ากลุ่ม` (invite), `X ยกเลิกข้อความ` (unsend). The export has no ids, so its rows cite the file's line number (the first line of a multi-line message) with an empty `message`. JSONL ids run `av0001`… across `palad-orders.jsonl`, `executives.jsonl`, `volunteer-centre.jsonl`, `heads-chiefs.jsonl`, `nakpokkhrong.jsonl` in that order. Replies (`replyTo`) appear only in the JSONL groups."""

NODUTY = """Posts that create **no duty** in ศอ.จอส.จว.สน.:

- reminders of open orders: Tuesday 11:00 (O1, "อำเภอที่ยังไม่ได้ส่ง…" with the list of four districts), Thursday 07:00 (O4, "ใครยังไม่ได้ส่ง… ส่งได้ถึงสิ้นวันนี้"), Thursday 14:00 (O4, "เร่งรัด"), Thursday 14:10 (O6, "ย้ำ"), Friday 10:20 (O4, the list of districts still missing) and the palad's "ส่งได้ตามกำหนด" of Friday 10:41: a reminder neither creates a duty nor moves the first deadline;
- the palad's information-only post of Tuesday 15:00 ("แจ้งเพื่อทราบ … อำเภออื่นไม่ต้องรายงาน");
- the centre's clarification of O1 (Monday 10:33, a reply to it) and its answer about O7 (Friday 10:05);
- the order of the district chief of ภูพาน (Tuesday 18:00, "ขอให้ทุกอำเภอ… แจ้งกลับภายในคืนนี้") and the vice governor's order (Thursday 13:00, "ขอให้ทุกอำเภอส่งภาพ…"): both are SKN-5P findings, not orders of the provincial centre, so they open no SKN-5O duty (and the centre at once tells districts not to send the vice governor's photos)."""

DECISIONS = """## Decisions where the rules left room

- **One post, one posting finding.** A text with its photos, or several photos sent together, is one post; a posting finding cites the post's first message (two photos by นอภ.นิคมน้ำอูน in ปค.สน. → one SKN-2P).
- **Invite lines** are system notices, not posts: the inviter gets SKN-ALL but no posting finding.
- **Who appears first.** A membership finding sits at the first message that shows the person in the group: the invite for จิ๋ว ธุรการ อ.กุดบาก (ศอ) and น้องเมย์ หอการค้า สน. (หน.ส่วนราชการ), the join for ป้าหอม and Jack, the first post for everyone else. Later posts of someone already found give no second membership row (in ปค.สน. they still give SKN-2P: ปลัดเอก and สมหมาย have one SKN-2 and one SKN-2P at the same line).
- **SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ admits the governor, 3 vice governors, the palad and 18 district chiefs: 23 people, and all of them appear this week; the letter states 22, so the one low-severity finding sits at the first message of the 23rd admitted person to appear (นอภ.วาริชภูมิ สุรชัย, Wednesday 07:30). ผอ.ปภ., the retired ลุงเสถียร and the lookalike do not count. No other group can exceed its count with this roster (ปจ.สน. admits exactly 19: the palad and 18 chiefs).
- **The clerk's report.** จิ๋ว ธุรการ อ.กุดบาก (role `staff`) is invited into ศอ by her district chief and posts กุดบาก's vaccination figures: SKN-5 and SKN-ALL at the invite, SKN-5P at the report, and her post does **not** answer O4 for กุดบาก (not a district person); ปลัดยุทธ กุดบาก's run-on post on Thursday 08:40 does, on time, and the same post also carries กุดบาก's O3 plan.
- **Answers by content.** โคกศรีสุพรรณ's photos of Wednesday 17:30 show water hyacinth being cleared: O5, not O4 (figures, no photos asked). พรรณานิคม's Thursday 11:00 activity plan answers O3; it is not the list of names O6 asked for, and the exchange at 14:12–14:16 confirms no list follows: O6 missing. กุสุมาลย์'s Tuesday plan answers O3 (O6 did not exist yet); its list of names on Thursday 16:05 is O6, late. พังโคน's names (Thursday 18:40) answer O6 late and carry no vaccination figures: O4 missing. เต่างอย's Thursday 13:40 post says vaccination has not been done yet and gives no figures: not a nil report, O4 missing (เจริญศิลป์'s Wednesday 20:10 post, in contrast, is an explicit nil report "รายงานเป็น 0": on time).
- **Answer before the order.** โคกศรีสุพรรณ posted photos of clearing a drain on Monday 11:40, before O2 (14:30); it sent nothing after O2, so O2 is missing for it. เมืองสกลนคร's ceremony photos of Friday 08:40 come before O7 (10:00); its 14:00 summary answers O7.
- **Photos alone** answer only O2, O5 and O7 (which ask for photos); ภูพาน (O2), กุดบาก (O2, late) and โคกศรีสุพรรณ (O5) answer that way.
- **Rename.** The chief of วาริชภูมิ's posts under `สุรชัย 🐃 วาริช` count for วาริชภูมิ (O4, O7); the name is in his roster row.
- **Orders by the province-level volunteer officers** (พิมพ์, จ่าอ๊อด) and by the palad are orders of the provincial centre; those by a district chief and a vice governor are SKN-5P.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acks and reports by district chiefs are near misses); a coordinating deputy posting for his chief and the province-level volunteer officer asking a question are SKN-3.
- **ผู้บริหารฯ orders.** The palad's own instruction to all districts, a district chief's and the ปภ. head's are SKN-4P; a vice governor's orders and everyone's incident reports, replies and reports to the governor are allowed. I planted no case of someone relaying "ท่านผู้ว่าฯ สั่งการ…", which the rules do not settle.
- **หน.ส่วนราชการ.** Announcements of coming events, schedules, warnings, requests, wishes, congratulations and thanks are information (near misses or plain chat); results, figures achieved, awards and rankings are SKN-6P. A deputy or clerk posting in place of the head is SKN-6 whatever he posts."""

def write(OUT, FILE_ORDER, SOR, ORDERS, ALL, ledger, rows, nms, summary, roster):
    L = []
    L.append(INTRO.format(log_end=summary["log_end"][:16].replace("T", " ")))
    L.append("")
    L.append(ROSTER.format(n=len(roster)))
    L.append("")
    L.append("## Groups and messages")
    L.append("")
    per = Counter(r[3] for r in rows)
    L.append("| file | group | messages | findings |")
    L.append("|---|---|---|---|")
    for g in FILE_ORDER:
        L.append("| `%s` | %s | %d | %d |" % (g.file, g.group, len(g.msgs), per[g.file]))
    L.append("| | total | %d | %d |" % (summary["total"], len(rows)))
    L.append("")
    L.append("ศอ.จอส.จว.สน. carries %d messages (%.0f%%)." % (len(SOR.msgs), 100.0 * len(SOR.msgs) / summary["total"]))
    L.append("")
    L.append(EXPORT)
    L.append("")
    L.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)")
    L.append("")
    orders = {m["order"]: m for m in SOR.msgs if m["order"]}
    byid = {m["id"]: m for m in SOR.msgs}
    for key, od in ORDERS.items():
        om = orders[key]
        L.append("### %s — line %d %s, %02d Jun %s, %s" % (key, om["line"], om["id"], om["day"], om["hm"], om["sender"]))
        L.append("")
        L.append("%s. Deadline %s: %s." % (od["topic"][0].upper() + od["topic"][1:], od["deadline"], od["how"]))
        L.append("")
        st = defaultdict(list)
        for l in ledger:
            if l["order"] != om["id"]:
                continue
            if l["answer"]:
                a = byid[l["answer"]]
                s = "%s (l.%d %s, %02d Jun %s%s)" % (l["district"], a["line"], a["id"], a["day"], a["hm"], ("; " + l["note"]) if l["note"] else "")
            else:
                s = l["district"]
            st[l["state"]].append(s)
        for state in ("on-time", "late", "missing", "not-due"):
            if st[state]:
                L.append("- **%s** (%d): %s" % (state, len(st[state]), ", ".join(st[state])))
        L.append("")
    c = Counter(l["state"] for l in ledger)
    L.append("Ledger totals: %d duties — on-time %d, late %d, missing %d, not-due %d." % (len(ledger), c["on-time"], c["late"], c["missing"], c["not-due"]))
    L.append("")
    L.append(NODUTY)
    L.append("")
    L.append("## Findings (`truth.csv`)")
    L.append("")
    rc = Counter(r[2] for r in rows)
    L.append("| rule | count |")
    L.append("|---|---|")
    for k in sorted(rc):
        L.append("| %s | %d |" % (k, rc[k]))
    L.append("| total | %d (%d posting/membership, %d SKN-5O) |" % (len(rows), len(rows) - rc["SKN-5O"], rc["SKN-5O"]))
    L.append("")
    for g in FILE_ORDER:
        rr = [r for r in rows if r[3] == g.file]
        if not rr:
            continue
        L.append("### %s (`%s`)" % (g.group, g.file))
        L.append("")
        for r in rr:
            where = "line %d%s" % (r[1], (" " + r[4]) if r[4] else "")
            L.append("- %s — %s — %s%s: %s" % (r[2], where, r[5], (" **%s**" % r[6]) if r[6] else "", r[7]))
        L.append("")
    L.append("Invitation of a roster person not admitted: จิ๋ว ธุรการ อ.กุดบาก (role `staff`) into ศอ.จอส.จว.สน. by อภิชาติ นอภ.กุดบาก gives three rows at the invite: SKN-5 for her and SKN-ALL for her and for the inviter. Outsiders (not on the roster) give one OUTSIDER row at their first appearance and no SKN-ALL: ป้าหอม ผ้าไหมแท้ 💜 (joined ศอ by link, removed by the centre), Jack ประกันรถ ☎️ (joined นักปกครองสกลนคร by QR code, removed by the palad), น้องเมย์ หอการค้า สน. (added to หน.ส่วนราชการ by the vice governor รองฯ วิไลวรรณ 🌸), and the lookalike รองผวจ.ปิยพงษ์ (posts in ผู้บริหารฯ with no join notice, removed by the palad).")
    L.append("")
    L.append("## Near misses (`near-misses.csv`, %d)" % len(nms))
    L.append("")
    L.append("Each is something a careless tool might flag but which is not a finding under the rules page. Plain acknowledgements in ศอ, heads' wishes and the governor's and palad's own posts outside ข้อสั่งการ ปค.สน. are not listed one by one.")
    L.append("")
    for g in FILE_ORDER:
        nn = [n for n in nms if n[0] == g.file]
        if not nn:
            continue
        L.append("### %s" % g.group)
        L.append("")
        for n in nn:
            L.append("- line %d%s: %s" % (n[1], (" " + n[2]) if n[2] else "", n[3]))
        L.append("")
    L.append(DECISIONS)
    L.append("")
    with open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
