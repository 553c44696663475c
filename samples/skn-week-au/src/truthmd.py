"""Write TRUTH.md: the prose is written by hand here; tables and lists are tabulated from summary.json
(which build.py writes from the hand annotations)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "summary.json")))
OUT = os.path.join(os.path.dirname(HERE), "TRUTH.md")
EXPORT = "[LINE]ผู้บริหารจังหวัด และนายอำเภอ.txt"

def cite(f, line, mid):
    return "line %s %s" % (line, mid) if mid else "line %s" % line

L = []
w = L.append
w("# Week AU (10–14 August 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by `samples/letter-rules-sakon-nakhon.md`. Every message, every finding and every near miss was written and decided by hand from that rules page; the tool was not run and no other week's chats were read. Data: `roster.csv`, five JSONL chats, one LINE for PC \"Save chat\" export with the Thai UI (`%s`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the hand-written messages (`g_*.py`, `roster.py`, `names.py`) and the scripts that only number, sort by time, lay out the export and tabulate (`dsl.py`, `build.py`, `truthmd.py`).\n" % EXPORT)
w("## The week\n")
w("- Monday 10 – Friday 14 August 2026 (๑๐–๑๔ ส.ค. ๒๕๖๙). **Wednesday 12 August is วันแม่แห่งชาติ** (the Queen Mother's birthday), a public holiday in the middle of the week; Saturday 15 and Sunday 16 are the weekend. Working days of the week: Mon 10, Tue 11, Thu 13, Fri 14.")
w("- Topics: Mother's Day ceremonies and the mothers honoured by districts (แม่ดีเด่น); the rains (the Songkhram and หนองหาร rising, a landslide on ทล.๒๑๓ up the ภูพาน range on the night of Tue 11); dengue in พังโคน and วาริชภูมิ; the drug-free village campaign; the local (อบต.) elections' voter-list notice; the Minister of Interior's visit to อากาศอำนวย on Friday 14; the fiscal year-end spending drive (เร่งรัดการเบิกจ่าย).")
w("- **How the holiday moves deadlines.** A deadline counted in days skips the holiday and the weekend: \"ภายใน ๒ วันทำการ\" from Tuesday 11 ends on Friday 14 (Thu 13 = day 1, Fri 14 = day 2), \"ภายใน ๓ วันทำการ\" from Friday 14 ends on Wednesday 19. A deadline that falls on the holiday moves to the same clock time on the next working day: the 24-hour default of an order given on Tuesday 11 at 15:00 (O4) would end on Wednesday 12 at 15:00 and ends instead on **Thursday 13 at 15:00**. Deadlines on other days are not touched. A date deadline runs to the end of that day (`23:59:59`); a clock deadline is that minute; an answer at or before the deadline is on time.")
w("- Missing answers are judged at the last message of the whole log: **%s** (Friday 14 Aug 21:40, the governor's sticker, the last line of the export; the JSONL files end earlier that evening). Deadlines after it are `not-due` when no answer came.\n" % S["end"][:16].replace("T", " "))
w("## Roster in brief\n")
w("`roster.csv` has 84 fictional people: the governor, 3 vice governors, the provincial palad, 3 sending accounts of the provincial administration office (provincial_admin_staff), 2 province-level volunteer officers (no district), 12 agency heads, 4 deputies/clerks of agencies (role `staff`), one retired former district chief, and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer; ordinary deputies (deputy_district_chief) in เมืองสกลนคร, พังโคน, วานรนิวาส, สว่างแดนดิน and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดจิรายุ กุดบาก and ปลัดวิทยา เจริญศิลป์ (their districts' volunteer officers too).")
w("- The display name **ปลัดต้น** belongs to two people (the coordinating deputy of กุสุมาลย์ and a deputy of สว่างแดนดิน), neither with a LINE id: ambiguous, never judged; ปลัดต้น's posts answer no duty.")
w("- Renames: the district chief of โพนนาแก้ว renames himself `ไกร ริมหนองหาร 🚣` in ศอ.จอส.จว.สน. (Tue 07:50) and posts under that name there and in the export; the volunteer officer of สว่างแดนดิน renames herself `มาลัย 🌼 สว่างแดนดิน` (Thu 07:40). Both new names are also in their roster rows.")
w("- About two people in three have a LINE user id; JSONL messages of people with an id carry `senderId` on about two messages in three. No e-mail is shared.")
w("- Not on the roster: `แม่น้อย เสื้อจิตอาสา 👕` (ศอ), `วรวุฒิ พรหมสุวรณ` (a lookalike of the governor's `วรวุฒิ พรหมสุวรรณ`, one ร short, นักปกครองสกลนคร), `น้องฝน เลขาฯ สถ.จ.` (หน.ส่วนราชการ), `เลขาฯ ผวจ. นุ่น` (the export).\n")
w("## Groups and messages\n")
cnt = collections.Counter(t[1] for t in S["truth"])
nmc = collections.Counter(n[0] for n in S["nms"])
w("| file | group | messages | findings | near misses |")
w("|---|---|---|---|---|")
tot = 0
for f, g, n in S["files"]:
    tot += n
    w("| `%s` | %s | %d | %d | %d |" % (f, g, n, cnt[f], nmc[f]))
w("| | total | %d | %d | %d |\n" % (tot, len(S["truth"]), len(S["nms"])))
sor_n = [n for f, g, n in S["files"] if f == "volunteer-centre.jsonl"][0]
w("ศอ.จอส.จว.สน. carries %d messages (%.1f%%). JSONL ids run `au0001`… across the five JSONL files in the order of the table; the export has no ids, so its truth rows and near misses are cited by the file's line number (the first line of a multi-line message).\n" % (sor_n, 100.0 * sor_n / tot))
w("Export conventions (formats-line.md §1.10 G, desktop Thai UI): no BOM and no header; date lines `2026.08.10 วันจันทร์` (Gregorian year, full Thai weekday); messages `HH:MM name text` separated by single spaces (names contain spaces); multi-line messages continue raw on the next lines; placeholders `รูป`, `สติกเกอร์`, `วิดีโอ` without brackets; the unsend line `HH:MM name ยกเลิกข้อความ`. There is no join/invite line in the export (their Thai desktop wording is unverified); its outsider is seen by her first post. Replies are not shown in exports.\n")
w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("The answer is the first report after the order by any person of the district (chief, deputy, coordinating deputy, district volunteer officer): a text report, a file (with or without a caption), or photos; photos alone count only after an order that asks for photos (O3, O4). A text with its photos, or photos with a caption after them, is one post, cited at its first message. Several orders are open at once; I matched each answer to its order by its content and say so in the ledger note where two were open.\n")
for o, d in S["orders"].items():
    w("### %s — line %s %s, %s, %s (%d district%s)\n" % (o, d["line"], d["id"], d["time"][8:10] + " Aug " + d["time"][11:16], d["sender"], d["n"], "s" if d["n"] > 1 else ""))
    w("Topic: %s. Deadline %s. %s\n" % (d["topic"], d["deadline"], d["how"]))
    for st in ("on-time", "late", "missing", "not-due"):
        xs = d["states"].get(st, [])
        if not xs:
            continue
        if st in ("on-time", "late"):
            w("- **%s** (%d): %s" % (st, len(xs), ", ".join("%s (l.%s)" % (a, b) for a, b in xs)))
        else:
            w("- **%s** (%d): %s" % (st, len(xs), ", ".join(a for a, b in xs)))
    w("")
led = collections.Counter()
for o, d in S["orders"].items():
    for st, xs in d["states"].items():
        led[st] += len(xs)
w("Ledger totals: %d duties — on-time %d, late %d, missing %d, not-due %d.\n" % (sum(led.values()), led["on-time"], led["late"], led["missing"], led["not-due"]))
w("Posts in ศอ.จอส.จว.สน. that create **no duty**: the information posts (แจ้งเพื่อทราบ … ไม่ต้องรายงาน: dengue list Mon 16:00, voter list Tue 08:30, the minister's visit Thu 17:30); the reminders (ย้ำ, เร่งรัด, อำเภอที่ยังไม่ส่ง/ยังไม่ได้ส่ง, ตามที่แจ้งไว้, ยังขาด…, some as replies to their order: Mon 13:55, Tue 09:30, Tue 12:10, Tue 15:30, Wed 16:00, Thu 08:00, Thu 11:30, Fri 08:10, Fri 11:00), which neither open a duty nor move a deadline; the palad's admonition after the outsider's removal (asks no report); and the three orders by people outside the provincial centre (SKN-5P rows below).\n")
w("## Findings (`truth.csv`)\n")
rc = collections.Counter(t[0] for t in S["truth"])
w("| rule | count |")
w("|---|---|")
for r in sorted(rc):
    w("| %s | %d |" % (r, rc[r]))
w("| total | %d (%d posting/membership, %d SKN-5O) |\n" % (len(S["truth"]), len(S["truth"]) - rc["SKN-5O"], rc["SKN-5O"]))
byfile = collections.OrderedDict((f, []) for f, g, n in S["files"])
for t in S["truth"]:
    byfile[t[1]].append(t)
gname = {f: g for f, g, n in S["files"]}
for f, ts in byfile.items():
    w("### %s (`%s`)\n" % (gname[f], f))
    for t in ts:
        st = " **%s**" % t[5] if t[5] else ""
        w("- %s — %s — %s%s: %s" % (t[0], cite(f, t[2], t[3]), t[4], st, t[6]))
    w("")
w("Invitations of roster people not admitted to the group (ปจ: ปลัดปัณณ์ คำตากล้า by ชาญวิทย์ นอภ.คำตากล้า; หน.ส่วนราชการ: บุญเลิศ พช.สน. by พัฒนาการจังหวัด อัมพร) give three rows each at the invite line: the group's membership rule for the invitee and SKN-ALL for invitee and inviter. Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL: แม่น้อย เสื้อจิตอาสา 👕 (joined ศอ by QR code), วรวุฒิ พรหมสุวรณ (joined นักปกครองสกลนคร by link; a lookalike of the governor), น้องฝน เลขาฯ สถ.จ. (added to หน.ส่วนราชการ by ท้องถิ่นจังหวัด สน.), เลขาฯ ผวจ. นุ่น (posts in the export, no join line). Later posts by a person already found in a group give no second membership row; in ข้อสั่งการ ปค.สน. each of their posts still gives SKN-2P.\n")
w("**SKN-CAP.** ผู้บริหารจังหวัด และนายอำเภอ is stated at 22 members and the roster admits 23 to it (governor, 3 vice governors, palad, 18 district chiefs). All 23 appear in the export; the 23rd to appear is ธวัชชัย รองผู้ว่าฯ, whose first message (Friday 14:45) carries the one low-severity row. The retired official, the ปภ. head and the secretary are not admitted and do not count. No other group reaches its count (ข้อสั่งการ ปจ.สน. can hold at most 19 admitted roster people, which equals its count).\n")
w("## Near misses (`near-misses.csv`, %d)\n" % len(S["nms"]))
w("Each is something a careless reader might flag but which is not a finding under the rules page.\n")
bynm = collections.OrderedDict((f, []) for f, g, n in S["files"])
for n in S["nms"]:
    bynm[n[0]].append(n)
for f, ns in bynm.items():
    w("### %s\n" % gname[f])
    for n in ns:
        w("- %s: %s" % (cite(f, n[1], n[2]), n[3]))
    w("")
w("## Decisions where the rules left room\n")
for d in [
    "**Holiday.** The rules page is silent on holidays; this week reads them so: day counts skip Wednesday 12, and a deadline falling on it moves to the same time on Thursday 13. Two duties depend on it and are planted on purpose: วาริชภูมิ's O3 answer on Friday 09:30 is on time (it would be late if Wednesday counted), and O4's answers on Wednesday after 15:00 and on Thursday before 15:00 (นิคมน้ำอูน, ภูพาน, ส่องดาว) are on time only because the 24-hour default fell on the holiday. Every other state is the same with or without the move.",
    "**A property instead of names (O3).** O3 is addressed to \"อำเภอที่พบผู้ป่วยไข้เลือดออกเพิ่มขึ้นตามที่ สสจ.แจ้ง (เมื่อวาน)\"; the only such post in the group (Mon 16:00) names พังโคน and วาริชภูมิ, so those two owe it.",
    "**All but some (O6).** O6 names all districts except เมืองสกลนคร and พรรณานิคม; เมืองสกลนคร's drug-free report on Thursday evening answers nothing and owes nothing.",
    "**Answer before the order.** อากาศอำนวย's flood report at Mon 11:20 precedes O2 (13:30) and answers nothing; nothing later from อากาศอำนวย carries the O2 figures, so it is missing.",
    "**Two open orders.** บ้านม่วง (O1 plan at 13:20, O2 flood figures at 14:10), พังโคน and วาริชภูมิ (O4 Mother's Day photos vs O3 dengue clean-up), เจริญศิลป์ (O6 figures 15 minutes after O7 was posted), เต่างอย (a landslide excuse inside its O6 answer; O5 stays missing): each decided by content and noted in the ledger.",
    "**Photos.** O3 and O4 ask for photos, so photos alone answer them; O1, O2, O5, O6 and O7 ask for figures and are answered only by text or files. No incident post after O4 carries photos, so no incident picture competes with a district's O4 answer.",
    "**SKN-5P.** An order to the districts by anyone outside the provincial centre (a district chief, a coordinating deputy, an agency's staff) is SKN-5P and opens no duty; a report by an agency head is SKN-5P as well. An acknowledgement, a question or a promise by a district person is neither.",
    "**SKN-4P.** Only instructions to the district chiefs by the palad, an agency head and a district chief are planted. The palad's reports and summaries to the governor, the vice governors' relays of the governor's orders and a district chief's account of what he ordered in his own district are near misses.",
    "**SKN-6P.** Planted only on posts that plainly report results (รายงานผล…, ผลการดำเนินงาน…, an award). Water-level information, warnings, schedules, invitations, condolences and forwarded news are near misses. No district posts bare photos of its own ceremony there without a report's wording: they would sit too close to a report to be a clean case either way.",
    "**ข้อสั่งการ ปจ.สน.** has no posting findings; acknowledgements, stickers and reports by district chiefs are near misses.",
    "**Rename.** Renamed people's new names are on their roster rows, so matching does not depend on following the rename notice; the chief of โพนนาแก้ว also appears under both names in the export without a notice there.",
    "**Invite lines** are system notices, not posts: no posting rule applies to them. Removal is not an invitation.",
    "**Unsend.** An unsend notice stands for a message no longer in the log; it is never an answer.",
]:
    w("- " + d)
open(OUT, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("TRUTH.md", len(L), "lines")
