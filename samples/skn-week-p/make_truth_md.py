import os
# Writes TRUTH.md from the hand-annotated truth files plus the prose below.
import csv, json, collections
D = os.path.dirname(os.path.abspath(__file__)) + "/"
facts = json.load(open(D + "facts.json"))
truth = list(csv.DictReader(open(D + "truth.csv", encoding="utf-8")))
near = list(csv.DictReader(open(D + "near-misses.csv", encoding="utf-8")))
ledger = list(csv.DictReader(open(D + "ledger.csv", encoding="utf-8")))
roster = list(csv.DictReader(open(D + "roster.csv", encoding="utf-8")))
O, K = facts["orders"], facts["keys"]
out = []
w = out.append

w("# Week P — ground truth (Sakon Nakhon groups, Songkran week 13–17 April 2026 / ๑๓–๑๗ เม.ย. ๒๕๖๙)\n")
w("Everything here was worked out by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ and `samples/letter-rules-sakon-nakhon.md`; the tool was not run.\n")
w("## Files\n")
w("| file | group | messages |\n|---|---|---|")
names = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
         "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "agency-heads.jsonl": "หน.ส่วนราชการ-นอภ.สน."}
tot = 0
for f, n in facts["counts"].items():
    w(f"| `{f}` | {names[f]} | {n} |"); tot += n
exsys = sum(1 for l in open(D + "nakpokkhrong-export.txt", encoding="utf-8") if l[:5].count(":") == 1 and "\t\t" in l)
w(f"| `nakpokkhrong-export.txt` (LINE Thai phone export) | นักปกครองสกลนคร | {facts['export_records'] + exsys} ({facts['export_records']} posts + {exsys} system lines) |")
tot += facts["export_records"] + exsys
w(f"| | **total** | **{tot}** |\n")
w("Also: `roster.csv`, `truth.csv` (findings), `ledger.csv` (SKN-5O duties), `near-misses.csv`, `check.py` (consistency check). "
  "`gen*.py`, `make_truth_md.py` and `facts.json` are the build scripts: every finding and every answer-to-order link is a hand "
  "annotation on the message in those scripts; the scripts only number lines and ids.\n")
w("JSONL ids `p0001`…`p%04d` run in time order across all five JSONL files. The export has no ids; its rows cite the line "
  "number in the .txt (the first line of a multi-line message). The log ends at **%s** (`%s`, the last line of "
  "`volunteer-centre.jsonl`): that is the time missing reports are judged at.\n" % (int(K["END"]["id"][1:]), facts["end"], K["END"]["id"]))

w("## Holidays and how they touch the deadlines\n")
w("- Thai public holidays of the period: **Songkran, Mon 13 – Wed 15 April 2026** (วันสงกรานต์; 13 April is also วันผู้สูงอายุแห่งชาติ, "
  "14 April วันครอบครัว). Chakri Day fell on Mon 6 April (before the week). No substitution day is needed in 2026 (none of the three "
  "Songkran days falls on a weekend). Thu 16 and Fri 17 April are working days; Sat 18 / Sun 19 are the weekend; Mon 20 April is a working day.\n"
  "- The 'seven dangerous days' (๗ วันอันตราย) run 11–17 April; the offices and the volunteer service points work through the holidays. "
  "That changes nothing in the legal count: a deadline written as a number of days is counted from the day after the order to the end "
  "of the Nth day, and if that last day is a weekend day or a public holiday it moves to the next working day. Holidays in the *middle* "
  "of the count are counted.\n"
  "- A deadline written as a clock time on a named day ('ภายในเวลา ๑๘.๐๐ น. วันนี้', 'ภายใน 12.00 น. ของวันที่ 17 เม.ย. 69') is that instant, "
  "holiday or not: the daily requests of 13, 14 and 15 April fall due at 18:00 on those holiday dates.\n"
  "- '๒๔ ชม.' and the 24-hour default are counted in hours from the order's own time; holidays do not matter.\n"
  "- The end of a day is written `T23:59:59+07:00`.\n"
  "- Only one duty is actually moved by a holiday: **OB** ('ภายใน ๒ วัน' from Mon 13 April: day 2 = Wed 15 April = Songkran → Thu 16 April). "
  "กุสุมาลย์ answered OB on Thu 16 April 09:30 and is **on time** only because of that move (a tool that ignores holidays would call it late). "
  "OA ('ภายใน ๓ วัน' from 13 April) ends on Thu 16 April, itself a working day, so the holidays inside the count do not move it.\n")

w("## Roster in brief (`roster.csv`, %d people)\n" % len(roster))
rc = collections.Counter(x for r in roster for x in r["role"].split("|"))
w("- Governor 1, vice governors %d, provincial palad 1, office sending accounts (provincial_admin_staff) %d, province-level volunteer officers %d "
  "(`ศอ.จอส.จว.สน. (ยุทธ)`, `ชลธิชา จอส.จังหวัด`, no district), agency heads %d, staff (a deputy or clerk of an agency head) %d, retired 1 (`ลุงบุญทัน (อดีต นอภ.)`).\n"
  % (rc["vice_governor"], rc["provincial_admin_staff"], sum(1 for r in roster if r["role"] == "volunteer_center_staff" and not r["district"]),
     rc["agency_head"], rc["staff"]))
w("- All 18 districts: a district chief, a coordinating deputy and a district volunteer officer each; other deputies (deputy_district_chief) in "
  "เมืองสกลนคร, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน (2), เต่างอย, เจริญศิลป์, ภูพาน.\n"
  "- Two roles `coordinating_deputy|volunteer_center_staff`: `ปลัดเอก กุดบาก` (กุดบาก) and `ปลัดทรง เต่างอย` (เต่างอย) — each is both the coordinating "
  "deputy and the volunteer officer of his district.\n"
  "- Ambiguous display name: **`ปลัดต้น`** is a display name of both นายธีรภัทร ดวงดี (plain deputy, พรรณานิคม; also `ต้น พรรณานิคม`) and "
  "นายวัชระ สุวรรณชาติ (coordinating deputy, สว่างแดนดิน; also `ต้น สว่างแดนดิน`). Neither has a LINE id or e-mail. Posts under `ปลัดต้น` are never judged; "
  "their reports are posted under the unique second names, so no duty depends on the ambiguous name.\n"
  "- LINE user ids (`U`+32 hex) for many people, e-mails for some, both or neither for others; no e-mail is shared. JSONL lines carry "
  "`senderId` on some messages only (never on the messages used for the spelling near misses).\n")

w("## Groups\n")
w("- **ศอ.จอส.จว.สน.** (`volunteer-centre.jsonl`): the provincial volunteer centre (`ศอ.จอส.จว.สน. (ยุทธ)`, `ชลธิชา จอส.จังหวัด`, and the palad) posts the daily "
  "request every morning and six other orders; districts report daily figures (จุดบริการ, ผู้รับบริการ, อุบัติเหตุ), send ceremony photos, lists, surveys; "
  "reminders in the evening; greetings, stickers, a seller who joined by QR code, a village health volunteer added by a deputy.\n"
  "- **ข้อสั่งการ ปค.สน.** (`dopa-orders.jsonl`): the office's three sending accounts post letters (text + 1–4 photos or a PDF); the palad reminds "
  "members not to answer; members slip (greeting, sticker, ack, question, 🙏, photo, report).\n"
  "- **ข้อสั่งการ ปจ.สน.** (`palad-orders.jsonl`): the palad relays DOPA orders and news; chiefs ack and report anyway (allowed).\n"
  "- **ผู้บริหารจังหวัด และนายอำเภอ** (`executives.jsonl`): governor / vice-governor orders, night incident notices, reports to the governor.\n"
  "- **หน.ส่วนราชการ-นอภ.สน.** (`agency-heads.jsonl`): governor's orders, wishes, forwards; some agencies post results anyway.\n"
  "- **นักปกครองสกลนคร** (`nakpokkhrong-export.txt`): Thai-UI phone export (BOM, `[LINE] ประวัติการแชทในกลุ่ม \"…\"`, `บันทึกเมื่อ …`, date lines "
  "`จ. 13/04/2569`, `HH:MM⇥name⇥text`, system lines `HH:MM⇥⇥…` with `เพิ่ม … เข้ากลุ่ม`, `เข้าร่วมกลุ่ม`, `ลบ … ออกจากกลุ่ม`, `ออกจากกลุ่ม`; "
  "placeholders `[รูป]`, `[สติกเกอร์]`; three quoted multi-line messages). Districts' daily performance reports.\n")

w("## Conventions used for SKN-5O\n")
w("- A post = one text/sticker plus the photos or files the same person sends within a few minutes (LABELS.md). The **answer** cited is the "
  "post's text message; for a photos-only post it is the first photo. For the one 'photos first, caption after' report (วาริชภูมิ, 14 Apr) the "
  "caption is cited (20–60 s after the photos; the state is the same either way).\n"
  "- A daily report answers the request of the day whose figures it gives (the date in its text), not whichever request is open when it "
  "is posted: a district that never reports the figures of a day is **missing** for that day even if it reports later days. A post for "
  "two days ('ขอรายงานของวันที่ ๑๓ และ ๑๔') answers both requests.\n"
  "- Photos alone answer only **OA** (the one order that asks for photos). Files alone with a short caption answer OB/OC/OF.\n"
  "- Reminders (ย้ำ, เร่งรัด, ตามกำหนดเวลา, อำเภอที่ยังไม่ได้รายงาน…, a reply to the order) and the word-for-word re-post of OC create no duty. "
  "Orders that say no report is needed (I1 'ไม่ต้องรายงาน', I2 'ไม่ต้องรายงานผล', I3 'แจ้งเพื่อทราบ') create no duty. Orders by anyone other "
  "than the provincial centre (SKN-5P findings) create no duty.\n")

w("## Orders with duties (SKN-5O) and their ledger\n")
bystate = collections.defaultdict(lambda: collections.defaultdict(list))
for r in ledger:
    bystate[r["order"]][r["state"]].append(r["district"] + (" (" + r["answer"] + ")" if r["state"] == "late" else ""))
TEXT = {"D13": "daily request", "D14": "daily request (same words)", "D15": "daily request (nearly the same words, ค่ะ 🙏)",
        "D16": "daily request", "D17": "daily request (+ 'วันสุดท้ายของช่วงควบคุมเข้มข้น')",
        "OA": "photos of the elders' water-pouring ceremony, all districts, 'ภายใน ๓ วัน'",
        "OB": "names of 20 volunteers for Coronation Day (4 May), addressed to 5 districts in the salutation, 'ภายใน ๒ วัน'",
        "OC": "survey of drowning spots, addressed to 6 districts ('ขอให้ อ.… และ อ.…'), 'ภายใน 12.00 น. ของวันที่ 17 เม.ย. 69'",
        "OD": "number of volunteers on duty at service points and checkpoints, all districts, 'ภายใน ๒๔ ชม.'",
        "OE": "elderly affected by the heat, addressed to 4 districts, no deadline",
        "OF": "7-day summary, all districts, 'ภายในวันจันทร์ที่ ๒๐ เม.ย. ๖๙'"}
for k, o in O.items():
    s = bystate[o["id"]]
    w(f"### {k} — `{o['id']}` (volunteer-centre.jsonl line {o['line']}, {o['time'][5:16].replace('T', ' ')})\n")
    w(f"- What: {TEXT[k]}. Districts obliged: {'all 18' if len(o['dists']) == 18 else ', '.join(o['dists'])}.")
    w(f"- Deadline **{o['deadline']}**: {o['why']}.")
    for st in ("late", "missing", "not-due"):
        if s[st]:
            w(f"- {st}: {', '.join(s[st])}")
    w(f"- on-time: {len(s['on-time'])} district(s)" + (": " + ", ".join(s["on-time"]) if len(s["on-time"]) <= 6 else "") + "\n")
w("Details of the planted cases:\n"
  "- D13: กุดบาก reports at 17:59:10 (on time); ส่องดาว reports 13 and 14 together on 14 Apr 17:20 (D13 late, D14 on time); เต่างอย at 19:40 "
  "after the 18:30 reminder (late); ภูพาน on 14 Apr 08:10 'ขอรายงานย้อนหลังของวันที่ ๑๓' (late). The coordinating deputy of เมืองสกลนคร reports for his district.\n"
  "- D14: คำตากล้า never gives figures for the 14th (its chief only apologises at 19:30) → missing; โพนนาแก้ว at 18:25 → late; วาริชภูมิ photos then "
  "caption; พังโคน's officer posts under `สมศักดิ์ จอส.พังโคน ` (trailing space) → on time.\n"
  "- D15: บ้านม่วง never → missing; เต่างอย on 16 Apr 08:40 'ย้อนหลัง' → late; อากาศอำนวย reports 15 and 16 together on 16 Apr 17:40 (D15 late, D16 on time); "
  "เจริญศิลป์ answers as a reply to the request.\n"
  "- D16: นิคมน้ำอูน at 17:59:40 (on time); กุสุมาลย์ at 18:40 → late.\n"
  "- D17: ส่องดาว, เต่างอย, โพนนาแก้ว silent → missing; พังโคน 19:05 and คำตากล้า 20:10 → late.\n"
  "- OA: 7 districts send photos alone (on time), สว่างแดนดิน on 17 Apr 09:00 → late, ภูพาน never → missing, โคกศรีสุพรรณ on Thu 16 Apr 21:30 → on time.\n"
  "- OB: เมือง (14 Apr, list + xlsx), โคกศรีสุพรรณ (15 Apr), กุสุมาลย์ (Thu 16 Apr 09:30, on time thanks to the holiday move), "
  "พรรณานิคม (Fri 17 Apr 10:00, late), โพนนาแก้ว missing.\n"
  "- OC: พังโคน answers at 11:59:05 on 17 Apr (on time), ภูพาน's deputy answers for the district, ส่องดาว at 14:30 (late), เต่างอย missing. "
  "OC is re-posted word for word on 16 Apr 16:00 (`%s`): no new duty.\n"
  "- OD: deadline 16 Apr 14:10:20; โพนนาแก้ว at 14:09:10 (on time), วานรนิวาส 15:30 (late), บ้านม่วง Fri 09:00 (late), เจริญศิลป์ missing.\n"
  "- OE: deadline 17 Apr 09:35:14; อากาศอำนวย nil report 'ไม่มีผู้สูงอายุได้รับผลกระทบ' (on time), วานรนิวาส on time, บ้านม่วง Fri 11:00 (late), คำตากล้า missing.\n"
  "- OF: three districts answer early (on time); the other 15 are **not-due** at the end of the log.\n" % K["OCrep"]["id"])
w("Orders without duties in ศอ.จอส.: I1 `%s` (แจ้งเพื่อทราบ … ไม่ต้องรายงาน, with a PDF), I2 `%s` (ขอความร่วมมือ … ไม่ต้องรายงานผล), I3 `%s` (แจ้งเพื่อทราบ). "
  "Reminders: R1 `%s`, R2 `%s`, R3 `%s`, R4 `%s` (reply to OB, เร่งรัด), R5 `%s`, R6 `%s` (ตามกำหนดเวลา), R7 `%s`, plus an OA reminder and the OC re-post.\n"
  % tuple(K[x]["id"] for x in ("I1", "I2", "I3", "R1", "R2", "R3", "R4", "R5", "R6", "R7")))
st = collections.Counter(r["state"] for r in ledger)
w("Ledger totals: %d duties — on-time %d, late %d, missing %d, not-due %d.\n" % (len(ledger), st["on-time"], st["late"], st["missing"], st["not-due"]))

w("## Findings (`truth.csv`, %d rows)\n" % len(truth))
rc = collections.Counter(r["rule"] for r in truth)
w("By rule: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())) + ".\n")
w("| rule | file:line | id | who | state | why |\n|---|---|---|---|---|---|")
for r in truth:
    w(f"| {r['rule']} | {r['file']}:{r['line']} | {r['message']} | {r['who']} | {r['state']} | {r['note']} |")
w("")
w("Notes: an invitation of a roster person who is not admitted gives three rows at the invite line (membership for the invitee, SKN-ALL "
  "for invitee and inviter); the invitee's later posts add no second membership row (the retired official's report in ศอ.จอส. still "
  "gets SKN-5P). Outsiders get one OUTSIDER row at their first appearance and no SKN-ALL. Membership rows are once per person per group.\n")

w("## Near misses (`near-misses.csv`, %d rows)\n" % len(near))
w("| file:line | id | why it is not a finding |\n|---|---|---|")
for r in near:
    w(f"| {r['file']}:{r['line']} | {r['message']} | {r['why']} |")
w("")
w("## Decisions where the rules were not explicit\n")
w("1. System events (join, invite, leave, remove) are not posts: an office account's invite in ปค.สน. and a chief leaving it are no SKN-2P.\n"
  "2. An order re-posted word for word (OC, same absolute deadline) is treated as a reminder although it carries none of the reminder words.\n"
  "3. The end of a day-counted deadline is 23:59:59 of the last day, not the end of office hours; the one holiday-moved deadline (OB) goes to Thu 16 April.\n"
  "4. A daily report answers the day named in it; a later day's report does not answer an earlier day's request (so D14 คำตากล้า, D15 บ้านม่วง and the "
  "D17 silent districts are missing, not late).\n"
  "5. The province-level volunteer officers and the palad are 'the provincial centre' in ศอ.จอส.; a district chief directing his own people there is an "
  "order by someone else (SKN-5P).\n"
  "6. Congratulations on another agency's award, a forward of a weather warning and a peer's festival invitation in หน.ส่วนราชการ-นอภ.สน. are not "
  "reports or performance results (no SKN-6P).\n"
  "7. The trailing-space and `นาย`-prefixed display names are read as the roster people they normalise to (README: titles ignored; surrounding spaces trimmed).\n")
open(D + "TRUTH.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
