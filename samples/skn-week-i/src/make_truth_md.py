# Writes TRUTH.md: hand-written prose plus tables read from the CSV files (which hold the hand-worked rows).
import csv, json, os, collections

HERE = os.path.join(os.path.dirname(__file__), "..")


def rd(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


truth, near, ledger, roster = rd("truth.csv"), rd("near-misses.csv"), rd("ledger.csv"), rd("roster.csv")
K = json.load(open(os.path.join(HERE, "src", "keys.json")))
orders = json.load(open(os.path.join(HERE, "src", "orders.json"), encoding="utf-8"))
counts = collections.Counter()
files = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads.jsonl"]
for f in files:
    counts[f] = sum(1 for _ in open(os.path.join(HERE, f), encoding="utf-8"))
import re
xl = open(os.path.join(HERE, "nakpokkhrong-export.txt"), encoding="utf-8").read().split("\n")
counts["nakpokkhrong-export.txt"] = sum(1 for l in xl if re.match(r"^\d\d:\d\d\t", l))
total = sum(counts.values())
roles = collections.Counter(ro for r in roster for ro in r["role"].split("|"))

o = []
w = o.append
w("# Week I ground truth: Sakon Nakhon LINE groups, Monday 23 to Friday 27 February 2026 (พ.ศ. ๒๕๖๙)\n")
w("Worked by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read in EVAL-RULES.md. The rows in "
  "`truth.csv`, `ledger.csv` and `near-misses.csv` are the authority; this page explains them. "
  "`check.py` re-checks formats, ids, line references, the ledger arithmetic and that the membership rows "
  "match the admitted roles of each group. The small scripts in `src/` only lay the hand-written messages "
  "out into files and number them; every finding, answer and deadline in them was decided by hand.\n")
w("## The week and its holidays\n")
w("Dry season: forest fires and haze on the Phu Phan range, drought water deliveries, the end of the cane "
  "harvest and cane burning, the run-up to the school holidays and to Makha Bucha. There is **no Thai public "
  "holiday from Monday 23 to Friday 27 February 2026** (in 2569 Makha Bucha moved to the full moon of the fourth "
  "lunar month). **Makha Bucha falls on Tuesday 3 March 2026**, a public holiday, and 28 February / 1 March are "
  "a weekend. This touches two deadlines: O4 (ภายใน ๗ วัน, last day Tue 3 Mar, moved to Wed 4 Mar) and O7 "
  "(ภายใน ๓ วัน, last day Sun 1 Mar, moved to Mon 2 Mar). Both fall after the end of the log, so districts that "
  "have not answered them are `not-due`, not missing. No other deadline reaches a weekend or holiday.\n")
w("**Judgement time.** Missing reports are judged at the log's last message, `%s`, the last line of "
  "`volunteer-centre.jsonl`, sent **2026-02-27T21:45:00+07:00**; no message in any other file is later." % K["LAST"])
w("\n**Deadline conventions.** \"ภายในวันที่ X\" / \"ภายในวันศุกร์ที่ X\" = until 23:59:59 of that day; a clock time "
  "(\"ภายในเวลา ๑๖.๓๐ น.\", \"12.00 น. ของวันที่ 27\", \"ก่อนเที่ยงวันพรุ่งนี้\") is that exact minute, an answer at "
  "that minute or earlier is on time; \"ภายใน ๒๔ ชม.\" = the order's time plus 24 hours; \"ภายใน N วัน\" counts "
  "from the day after the order (day 1) to the end of day N, and a weekend or holiday last day moves to the "
  "end of the next working day.\n")

w("## Roster in brief (`roster.csv`, %d people)\n" % len(roster))
w("- Province: the governor, 3 vice governors, the provincial palad (ปจ.ประเสริฐ), 3 sending accounts of the "
  "provincial administration office (ปค.จ.สน. (ส่งหนังสือ), งานปกครอง ปค.จ.สน., สารบรรณ ปค.สน. 📩), 2 province-level "
  "volunteer officers (แอดมิน ศอ.จอส.จว.สน., จ่าตรี จอส.จังหวัด; no district).")
w("- 12 agency heads; 4 staff (the deputy of ปภ., the deputy of ทสจ., a clerk of พาณิชย์, a clerk of สสจ.); "
  "one retired former district chief (ลุงเสถียร (อดีตนายอำเภอ)).")
w("- All 18 districts, each with a chief, a coordinating deputy and a volunteer officer; in กุดบาก and "
  "เจริญศิลป์ the coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). "
  "Other deputies in เมืองสกลนคร, กุดบาก, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน (2), เจริญศิลป์, โพนนาแก้ว, ภูพาน.")
w("- Role counts: " + ", ".join("%s %d" % kv for kv in sorted(roles.items())) + ".")
w("- **Ambiguous display name:** `ปลัดต้น` is the coordinating deputy of both พรรณานิคม and วานรนิวาส; neither has "
  "a LINE user id, so their posts are never judged.")
w("- %d of %d have a LINE user id (`U` + 32 hex) and the JSONL logs carry it as `senderId`; the rest have "
  "an e-mail or nothing and are matched by display name. One chief has two display names "
  "(เกรียงไกร นอภ.พรรณาฯ | เกรียงไกร ทองมา)." % (sum(1 for r in roster if r["line_user_id"]), len(roster)))
w("- Outsiders (not on the roster): ร้านแม่จันทร์ หน้ากากN95 😷, เลขาฯ ตุ๊ก 📋, Nong May 🌸, ประกันชีวิต พี่ฝน 💰.\n")

w("## Groups and files\n")
w("| file | group | messages |\n|---|---|---|")
names = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
         "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "heads.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong-export.txt": "นักปกครองสกลนคร (LINE phone export, Thai UI)"}
for f, n in counts.items():
    w("| `%s` | %s | %d |" % (f, names[f], n))
w("| | total | %d |\n" % total)
w("Message ids `i0001`… are unique over the five JSONL files and run in time order over all of them. In the "
  "export, a finding is cited by the file line where the message starts (multi-line messages are quoted and "
  "span several lines; system lines have an empty sender column). Photos sent right after a text belong to "
  "the same post; a finding about a post is cited at its first line (the text, or the first photo when the "
  "photos come first).\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Only orders of the provincial centre (the palad and the two province-level volunteer officers) that ask "
  "districts to report create duties. Not duties: I1 (`%s`, แจ้งเพื่อทราบ … ไม่ต้องรายงาน) and I2 (`%s`, "
  "เพื่อทราบ … ไม่ต้องรายงาน); the reminders R1 `%s` (ย้ำ, a reply to O2), R2 `%s` (อำเภอที่ยังไม่ได้รายงาน…), "
  "R3 `%s` (ย้ำ … O1) and R4 `%s` (เร่งรัด, a reply to O5); and the orders posted by people who are not the "
  "centre (a district chief on Monday, a vice governor and a district volunteer officer on Thursday), which are "
  "SKN-5P findings instead.\n" % tuple(K[x] for x in ["I1", "I2", "R1", "R2", "R3", "R4"]))
w("| order | id (line) | sent | by | to | wording | deadline | how counted |\n|---|---|---|---|---|---|---|---|")
dname = {"MU": "เมืองสกลนคร", "KS": "กุสุมาลย์", "KB": "กุดบาก", "PN": "พรรณานิคม", "PK": "พังโคน", "WR": "วาริชภูมิ",
         "NK": "นิคมน้ำอูน", "WN": "วานรนิวาส", "KT": "คำตากล้า", "BM": "บ้านม่วง", "AA": "อากาศอำนวย", "SW": "สว่างแดนดิน",
         "SD": "ส่องดาว", "TN": "เต่างอย", "KSS": "โคกศรีสุพรรณ", "CS": "เจริญศิลป์", "PNK": "โพนนาแก้ว", "PP": "ภูพาน"}
for k, v in orders.items():
    to = "all 18" if len(v["districts"]) == 18 else ", ".join(dname[d] for d in v["districts"])
    w("| %s | `%s` (%d) | %s | %s | %s | %s | %s | %s |" % (k, v["id"], v["line"], v["time"][5:16].replace("T", " "),
      v["sender"], to, v["wording"], v["deadline"][:16].replace("T", " "), v["reasoning"]))
w("")
w("Topics: O1 fire-break lines (people, points, km); O2 hotspot patrols with 2–3 photos; O3 drought water "
  "(villages, households, litres; nil reports asked for); O4 update of the volunteer register (records "
  "changed); O5 \"ตัดอ้อยสด ไม่เผา\" campaign (times, people); O6 Big Cleaning Day photos before the school "
  "holidays (photos asked for, so photos alone count); O7 plans for Makha Bucha temple cleaning; O8 volunteers "
  "at last night's Phu Phan fire.\n")
w("### How the answers were read\n")
w("- An answer is the first post of one of the district's people (chief, any deputy, coordinating deputy, "
  "district volunteer officer) in this group, after the order, that carries the figures asked for (or a nil "
  "report), or photos alone after O2/O6. The district is the sender's roster district (all answer texts also "
  "name it).")
w("- Not answers: acknowledgements (วาริชภูมิ replied รับทราบครับ to O6 and never reported: missing); "
  "\"ขอส่งพรุ่งนี้เช้า\" (คำตากล้า, O3) and \"ขอส่งค่ำนี้\" (โพนนาแก้ว, O1); a request for more time "
  "(เจริญศิลป์, O5; the palad answered only \"ขอให้ส่งโดยเร็ว\", so the deadline stands and it stays missing); "
  "and ภูพาน's Thursday-night fire notice, which comes before O8 was sent.")
w("- One post can answer two orders: พังโคน and วานรนิวาส answer O1 and O3 on Tuesday; คำตากล้า answers O1 "
  "(late) and O5 (on time) on Thursday; นิคมน้ำอูน answers O6 and O7 on Friday.")
w("- Answers by a deputy or the volunteer officer count for the district (most do). Posts as a LINE reply to "
  "the order count like any other (O2 กุดบาก, O3 อากาศอำนวย, O6 วานรนิวาส photos, O8 กุดบาก).")
w("- Closest calls: เต่างอย O2 at 13:44:10 (deadline 13:45:00); โคกศรีสุพรรณ O3 at 16:29:05; สว่างแดนดิน O5 at "
  "11:59:20; ส่องดาว O6 at 11:59:10; โพนนาแก้ว O1 at 23:58:30 on the last day. เต่างอย's Monday-night incident "
  "notice with photos (`%s`) could also be read as its O2 answer; either way O2 is on time." % K["TN_inc"])
w("- เมืองสกลนคร's O1 answer is sent under the changed display name 🌾ณัฐ🌾 with the LINE user id of ปลัดณัฐ "
  "เมืองสกล; วานรนิวาส's O5 answer under \"นายอนุชา ศรีสุข\" (title added). Both count.\n")

w("### Ledger (`ledger.csv`)\n")
by_order = collections.defaultdict(list)
for r in ledger:
    by_order[r["order"]].append(r)
oid2k = {v["id"]: k for k, v in orders.items()}
for oid, rows in by_order.items():
    st = collections.Counter(r["state"] for r in rows)
    w("**%s (`%s`)**: %s." % (oid2k[oid], oid, ", ".join("%s %d" % kv for kv in sorted(st.items()))))
    bad = [r for r in rows if r["state"] in ("late", "missing")]
    for r in bad:
        w("- %s **%s**%s — %s" % (r["district"], r["state"], (" (answer `%s`)" % r["answer"]) if r["answer"] else "", r["note"]))
    w("")
st = collections.Counter(r["state"] for r in ledger)
w("Duties in all: %d — %s.\n" % (len(ledger), ", ".join("%s %d" % kv for kv in sorted(st.items()))))

w("## Findings (`truth.csv`)\n")
rc = collections.Counter(r["rule"] for r in truth)
w("Per rule: " + ", ".join("%s %d" % kv for kv in sorted(rc.items())) + "; %d rows in all (%d without SKN-5O).\n"
  % (len(truth), len(truth) - rc["SKN-5O"]))
w("| rule | file | line | id | who | state | why |\n|---|---|---|---|---|---|---|")
for r in truth:
    w("| %s | `%s` | %s | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]))
w("")
w("Notes on the membership rows: a membership finding is given once per person per group, at the first line "
  "that shows the person there (their invite, join or first post). When a roster person who is not admitted "
  "is added by a member, three rows are given: the group's membership rule for the invitee, and SKN-ALL for the "
  "invitee and for the inviter. An outsider gets only OUTSIDER (naming the inviter in the note when added). "
  "People who left or were removed later get nothing more.\n")

w("## Near misses (`near-misses.csv`, %d)\n" % len(near))
w("| file | line | id | why it is not a finding |\n|---|---|---|---|")
for r in near:
    w("| `%s` | %s | %s | %s |" % (r["file"], r["line"], r["message"], r["why"]))
w("")
w("Beyond the listed rows, the whole traffic of ข้อสั่งการ ปจ.สน. (district chiefs' acks, stickers, reports, "
  "birthday wishes) carries no posting finding, and in ผู้บริหารจังหวัด และนายอำเภอ all the chiefs' acknowledgements, "
  "reports to the governor and incident notices are allowed.\n")

w("## Readings chosen where the rules leave room\n")
w("1. **Invites are not posts.** A system invite/leave/remove line is membership evidence, not a post, so it "
  "never makes an SKN-2P/4P/5P/6P finding. (The only invite in a posting-restricted group, the chief of "
  "เต่างอย's invite in ศอ.จอส., gives SKN-5 + SKN-ALL × 2 and nothing else.)")
w("2. **SKN-ALL next to the group rule.** An ineligible roster person who is invited gets the group's "
  "membership finding *and* the two SKN-ALL rows (OUTSIDER says \"not also SKN-ALL\", which implies the "
  "combination for roster people).")
w("3. **Outsiders' posts get no posting finding.** To keep this clean no outsider posts in ข้อสั่งการ ปค.สน.; "
  "outsiders only post sales, greetings or an introduction, which no posting rule covers anyway.")
w("4. **Ambiguous names.** ปลัดต้น's acknowledgement in ข้อสั่งการ ปค.สน. would be SKN-2P for either of the two "
  "people, but EVAL-RULES says an ambiguous name is never judged: no row, listed as a near miss. ปลัดต้น never "
  "answers a duty.")
w("5. **A \"post\" is the text with its photos.** The SKN-2P photo case is a single photo sent alone; a text "
  "with a file attached (ปลัดณัฐ's report file) is one message and one finding.")
w("6. **SKN-1 has no posting rule** in EVAL-RULES, so the export group has only membership findings; the office "
  "sending account posting there is an SKN-1 finding because provincial_admin_staff is not among its members. "
  "Likewise vice governors are not members of นักปกครองสกลนคร, ข้อสั่งการ ปค.สน. or ศอ.จอส.จว.สน.")
w("7. **Orders by non-centre people in ศอ.จอส.** create no duty (SKN-5O needs an order of the provincial centre), "
  "even when they ask for reports (the vice governor's \"รายงานให้ผมทราบ\").")
w("8. **Agency achievements in หน.ส่วนราชการ-นอภ.สน.**: an award and sales figures are performance results "
  "(SKN-6P, as EVAL-RULES says); an invitation to a coming event, a forwarded news item or weather warning, and a "
  "question are not.")
w("9. **Display-name normalisation.** A leading title (นาย) and a doubled inner space are treated as the same "
  "name (README: titles ignored, names normalised); a changed display name is matched by the LINE user id.")
open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(o) + "\n")
print("TRUTH.md written")
