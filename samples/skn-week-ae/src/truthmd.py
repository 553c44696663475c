# Writes TRUTH.md: the hand-written account below, with the lists filled from truth.csv, ledger.csv,
# near-misses.csv and the order notes in g_sor.py (run build.py first).
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
GN = S["groups"]
SOR, EXP = "volunteer-centre.jsonl", "executives-export.txt"
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
out = []
w = out.append


def cite(fn, line, mid):
    return f"line {line} {mid}".strip() if fn.endswith(".jsonl") else f"line {line}"


w("# Week AE (30 March – 3 April 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as "
  "`samples/letter-rules-sakon-nakhon.md` reads it. Everything below was worked out by hand from the letter "
  "and that page; the audit tool was not run and its rules were not read. Data: `roster.csv`, five JSONL chats, one LINE "
  "Android export with the Thai UI (`executives-export.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. "
  "`check.py` checks their consistency. `src/` holds the scripts the chats were laid out with: every message, every "
  "finding, near miss and answer tag is written by hand in `src/g_*.py`; `src/build.py` only sorts, numbers lines and "
  "ids, adds seconds and tabulates the ledger (and stops if a ledger state computed from the times disagrees with the "
  "state written by hand).\n")

w("## The week\n")
w("- Monday 30 March – Friday 3 April 2026 (๓๐ มี.ค. – ๓ เม.ย. ๒๕๖๙) are all working days. Saturday 4 and Sunday 5 April "
  "are the weekend and **Monday 6 April is Chakri Day (วันจักรี), a public holiday**, so the next working day after the "
  "week is Tuesday 7 April. Songkran (13–15 April) and the road-safety \"seven dangerous days\" (11–17 April) are the "
  "following weeks.\n"
  "- Topics: drought and water trucks (อปท., ปภ. and volunteers distributing water, the governor's drought command "
  "centre on Tuesday), wildfire and haze on the Phu Phan range (fires on Sunday night at ภูพาน, Monday night at กุดบาก, "
  "Thursday night at ภูผาผึ้ง), PM2.5, summer-storm warnings, preparing Songkran checkpoints and service points, the "
  "elderly's water-pouring rite on 10 April, and the Chakri Day wreath-laying and volunteer clean-ups on 6 April.\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** "
  "(Friday 3 April, the governor's last line in `executives-export.txt`; `volunteer-centre.jsonl` ends at 20:10 the "
  "same evening). Every missing answer's deadline is before that moment.\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional, new names): the governor, {rc['vice_governor']} vice governors, "
  f"the provincial palad, {rc['provincial_admin_staff']} sending accounts of the provincial administration office, "
  "2 province-level volunteer officers (no district: เอกราช ศอ.จอส.จว.สน. and ครูแอน ศอ.จอส.), "
  f"{rc['agency_head']} agency heads, 4 deputies/clerks of agency heads (role `staff`: ศุภกร ปภ.สน., น้องฝน สถจ.สน., "
  "รอง สสจ. วิมลรัตน์, ตั้ม ปชส.สน. 📷), one retired former district chief (ลุงหมาย อดีตนอภ.), and for each of the 18 "
  "districts a district chief, a coordinating deputy and a district volunteer officer, with one or two more deputies "
  "in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดเชาว์ คำตากล้า and ปลัดพร เต่างอย "
  "(their districts have no separate volunteer officer).\n"
  "- The display name **ปลัดหนุ่ม** belongs to two people (the coordinating deputy of วาริชภูมิ and a deputy district "
  "chief of สว่างแดนดิน), neither with a LINE id or e-mail: ambiguous, never judged. ปลัดหนุ่ม's posts are neither "
  "findings nor answers.\n"
  "- Some people have a LINE user id (`U` + 32 hex), some an e-mail, some both or neither; none is shared. JSONL "
  "messages carry `senderId` (the LINE id, else the e-mail) on about two messages in three for people who have one.\n"
  "- Name variants: the volunteer officer of พรรณานิคม renames herself from `จิ๊บ จอส.พรรณา 🌻` to `จิ๊บ พรรณานิคม 🌻` in "
  "ศอ.จอส.จว.สน. (rename notice Tuesday 10:00; all her later posts there carry her LINE id); the coordinating deputy of "
  "โพนนาแก้ว posts as `นายธนภัทร ศรีสุวอ` (title added; roster `ธนภัทร ศรีสุวอ`; these posts carry his LINE id); the "
  "district chief of ส่องดาว appears in the export wrapped in U+2068/U+2069. Names with emoji or titles: "
  "`ธีรพงษ์ นอภ.กุดบาก ⛰️`, `วีรยุทธ จอส.ภูพาน 🔥`, `ผบก.ภ.จว.สน. ยุทธนา 🚔`, `นพ.ธนกร สสจ.สน.`.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn, n in S["counts"].items():
    w(f"| `{fn}` | {GN[fn]} | {n} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / total:.0f}%). JSONL ids run "
  f"`{S['first_id']}`…`{S['last_id']}` across the five JSONL files (file by file, in the order of the table). The "
  "export has no ids, so its truth rows and near misses are cited by line number (the first line of a multi-line "
  "message) with an empty `message` column. In `ledger.csv` orders and answers are JSONL ids of "
  "`volunteer-centre.jsonl` (its line numbers are given below).\n")
w("JSONL conventions (as week AB's files): one object per line with `id`, `group`, `time` (ISO, +07:00, seconds "
  "added), `sender`, optional `senderId`, `type` (`text`, `image`, `video`, `file`, `sticker`, or `system`), `text`, "
  "`attachment` for media, optional `replyTo`; system events are `type: system` with `event` (`join`, `leave`, "
  "`invite`, `remove`, `unsend`, `rename`) and `target` (the invitee, the removed member, or the new name).\n")
w("Export conventions (formats-line.md §1, Thai UI, mobile family): UTF-8 BOM, `[LINE] ประวัติการแชทในกลุ่ม \"ผู้บริหารจังหวัด และนายอำเภอ\"`, "
  "`บันทึกเมื่อ 03/04/2569 21:47`, a blank line, date lines `จ. 30/03/2569` (Buddhist Era), `HH:MM⇥name⇥text`, "
  "multi-line messages wrapped in double quotes with inner quotes doubled, `[รูป]`, `[สติกเกอร์]`, `[ไฟล์]`, and 3-column "
  "system lines `HH:MM⇥⇥A เพิ่ม B เข้ากลุ่ม`, `A ลบ B ออกจากกลุ่ม`, `X ยกเลิกข้อความ`. Replies are not shown in exports.\n")

# ---------------- orders -----------------
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule: a deadline written as a clock time is that minute; a deadline written as a date runs to the end of "
  "that day (`23:59:59` in the ledger); \"ภายใน ๒๔ ชั่วโมง\" is 24 hours from the order's minute; \"ภายใน N วัน\" counts "
  "from the day after the order, and a last day on a weekend or public holiday moves to the next working day; "
  "spoken times are read as officials mean them (\"ก่อนเที่ยงพรุ่งนี้\" = 12:00 the next day, \"บ่ายสองโมง\" = 14:00). "
  "An answer at or before the deadline is on time. The answer is the first report by any person of the district "
  "(chief, deputy, coordinating deputy, district volunteer officer) that carries the result asked for: a text, a file, "
  "or photos alone after an order that asks for photos (O2, O5); for photos-then-caption and text-then-photos/file the "
  "post's first message is cited. Acknowledgements, stickers and promises (\"ขอส่งพรุ่งนี้เช้า\", \"กำลังรวบรวม\") are "
  "not answers; a correction does not replace the first answer. Several orders are open at once, so each answer was "
  "matched to its order by content.\n")
byorder = defaultdict(list)
for r, s in zip(ledger, S["ledger"]):
    byorder[s["order"]].append((r, s))
who_order = {"O1": "all 18 districts", "O5": "all 18 districts", "O3": "all 18 districts", "O7": "all 18 districts",
             "O9": "all 18 districts"}
for k, o in S["orders"].items():
    rows = byorder[k]
    scope = who_order.get(k, f"{len(rows)} districts named in it")
    w(f"### {k} — line {o['line']} {o['id']}, {o['time'][8:10]} {'Mar' if o['time'][5:7] == '03' else 'Apr'} "
      f"{o['time'][11:16]}, {o['sender']} ({scope})\n")
    w(f"Deadline {o['deadline']}. {o['why']}\n")
    for st in ("on-time", "late", "missing", "not-due"):
        items = [(r, s) for r, s in rows if r["state"] == st]
        if not items:
            continue
        if st in ("missing", "not-due"):
            w(f"- **{st}** ({len(items)}): " + ", ".join(r["district"] for r, s in items))
        else:
            w(f"- **{st}** ({len(items)}): " + ", ".join(
                f"{r['district']} (l.{s['line']} {r['answer']}" + (f", {r['note']}" if r["note"] else "") + ")" for r, s in items))
    w("")
lt = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lt['on-time']}, late {lt['late']}, missing {lt['missing']}, "
  f"not-due {lt['not-due']}.\n")
w("Posts in ศอ.จอส.จว.สน. that create **no duty**:\n")
w("- information-only posts of the centre: Tuesday 15:00 (ปฏิทินกิจกรรม… แจ้งเพื่อทราบ… ไม่ต้องรายงาน, a photo then the text) "
  "and Thursday 11:00 (เสื้อจิตอาสาล็อตใหม่… ไม่ต้องรายงาน);\n"
  "- reminders: Monday 15:40 (O1, ส่งได้ถึงวันพุธ), Tuesday 11:30 (ย้ำ… O3), 12:45 (ยังขาด… O3), Wednesday 07:45 "
  "(ครบกำหนดส่งแผน… O1), 17:00 (ทวงถาม… O1), Thursday 11:50 (ยังไม่ได้ส่ง… O4), Friday 11:00 (เร่งรัด… O7) and 12:30 "
  "(ยังไม่ได้รับ… O7): a reminder neither creates a duty nor moves the first deadline;\n"
  "- the centre's answers to questions (Monday 16:08, 16:47), its thanks, and its note to the chief of วานรนิวาส "
  "(Tuesday 14:40);\n"
  "- the two orders by district people (SKN-5P below: the chief of วานรนิวาส on Tuesday 14:30, the coordinating "
  "deputy of เมืองสกลนคร on Thursday 10:30), which are not orders of the provincial centre; กุดบาก's reply to the "
  "second answers nothing;\n"
  "- the palad's closing message on Friday 18:00 (ฝากเฝ้าระวังไฟป่า… ดูแลสุขภาพ) asks for no report.\n")

# ---------------- findings -----------------
w("## Findings (`truth.csv`)\n")
rules = Counter(t["rule"] for t in truth)
w("| rule | count |\n|---|---|")
for k in sorted(rules):
    w(f"| {k} | {rules[k]} |")
w(f"| total | {len(truth)} ({len(truth) - rules['SKN-5O']} posting/membership, {rules['SKN-5O']} SKN-5O: "
  f"{sum(1 for t in truth if t['state'] == 'late')} late, {sum(1 for t in truth if t['state'] == 'missing')} missing) |\n")
for fn in S["counts"]:
    rows = [t for t in truth if t["file"] == fn]
    if not rows:
        continue
    w(f"\n### {GN[fn]} (`{fn}`)\n")
    for t in rows:
        st = f" **{t['state']}**" if t["state"] else ""
        w(f"- {t['rule']} — {cite(fn, t['line'], t['message'])} — {t['who']}{st}: {t['note']}")
w("")
w("Invitations of roster people who are not admitted give three rows at the invite line: the group's membership rule "
  "for the invitee and SKN-ALL for invitee and inviter (ปค: ปลัดภาณุ อากาศอำนวย by ปลัดวรพล อากาศฯ; ปจ: ปลัดณัฐ พรรณาฯ "
  "by the chief of พรรณานิคม; หน.ส่วนราชการ: น้องฝน สถจ.สน. by ท้องถิ่น จ.สน. ชยพล; นักปกครอง: รุ่ง จอส.บ้านม่วง by the chief "
  "of บ้านม่วง; ศอ: ผอ.ปภ.สน. ชาญวิทย์ by the provincial palad). Outsiders (not on the roster) give one OUTSIDER row at their "
  "first appearance and no SKN-ALL; the inviter is named in the note when they were added: Fon ประกันรถ 🚗 (joined ปค by "
  "link/QR), เจ๊หงส์ รถน้ำให้เช่า (joined หน.ส่วนราชการ by link/QR), ป้อม ช่างภาพ ปชส. (added to หน.ส่วนราชการ by the PR "
  "head), แม่ติ๋ม ปลาร้าบอง (joined นักปกครองสกลนคร by link/QR), เอ๋ เลขาฯ สส.เขต ๖ (added to ผู้บริหารจังหวัด by the chief "
  "of อากาศอำนวย), แอดมินเพจ จิตอาสาคนสกล (joined ศอ by link/QR), อส.ทองใบ พรรณา (added to ศอ by จิ๊บ พรรณานิคม 🌻). "
  "A person already found ineligible in a group gives no second membership row there (ลุงหมาย's birthday wish in the "
  "executives' group on Friday, ปลัดณัฐ's greeting in ปจ, the outsiders' greetings); in ข้อสั่งการ ปค.สน. their posts "
  "still give SKN-2P (ปลัดภาณุ's greeting, Fon's advertisement). The retired official is still in three groups and is "
  "found in each (SKN-3, SKN-4, SKN-6).\n")

# ---------------- near misses -----------------
w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something that looks like a violation (or like an answer) but is not a finding under the rules page. "
  "The lookalikes the week stresses: agency heads sharing warnings, advice, information and invitations in the heads' "
  "group (not reports); PR where it is allowed (a chief's award in the executives' group, district news in "
  "นักปกครองสกลนคร, invitations); district chiefs' courtesy and incident reports in the executives' group; deputies, "
  "coordinating deputies and two-role people answering for their district in ศอ.จอส.จว.สน.; eligible invitees; the "
  "office's own orders in ข้อสั่งการ ปค.สน.; acknowledgements and reports by chiefs in ข้อสั่งการ ปจ.สน.; the ambiguous "
  "name; renamed and titled names; acknowledgements and promises that are not answers; answers a minute before a "
  "deadline; reminders and information-only posts.\n")
for fn in S["counts"]:
    rows = [n for n in near if n["file"] == fn]
    w(f"\n### {GN[fn]} ({len(rows)})\n")
    for n in rows:
        w(f"- {cite(fn, n['line'], n['message'])}: {n['why']}")
w("")

w("## Decisions where the rules page left room\n")
w(open(os.path.join(HERE, "src", "decisions.md"), encoding="utf-8").read())
with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "lines")
