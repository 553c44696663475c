# Writes TRUTH.md from the hand-worked truth files plus the prose below.
import csv, collections, json, os

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(os.path.dirname(__file__), "summary.json"), encoding="utf-8"))
tr = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
nm = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
led = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
roster = list(csv.DictReader(open(os.path.join(D, "roster.csv"), encoding="utf-8")))

out = []
P = out.append
P("# Week H — Sakon Nakhon, Monday 18 to Friday 22 May 2026 (พ.ศ. ๒๕๖๙): hand-worked ground truth\n")
P("Everything below was worked out by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read in "
  "`samples/letter-rules-sakon-nakhon.md`; the tool was not run. `tools/check.py` re-checks the files (JSON, ids, time order, "
  "that every truth and near-miss row points at a real line, that every ledger state fits its answer time and "
  "deadline, the counts). `tools/build.py` writes the files from the hand-written posts in `tools/`.\n")

P("## The week and its holidays\n")
P("The week is the first of the rainy season and of school term 1/2569 (schools open around 18 May). "
  "No Thai public holiday falls on 18–22 May 2026: Labour Day (1 May), Coronation Day (4 May) and the Royal "
  "Ploughing Ceremony (early/mid May, set each year by the palace) are all before the week; Visakha Bucha falls on "
  "Sunday 31 May 2026 (full moon of the sixth lunar month) with its substitute holiday on Monday 1 June, and the "
  "Queen's birthday is Wednesday 3 June — all after the week. So the only days that touch a deadline are the "
  "weekend of 23–24 May: O8 (\"ภายใน ๓ วัน\" from Thursday 21 May) would end on Sunday 24 May and moves to Monday "
  "25 May. No deadline reaches 31 May–1 June.\n")
P("Deadline conventions used: a clock time is that minute (an answer stamped at or before it is on time); "
  "\"ภายในวันที่ X\" and \"ภายใน N วัน\" end at 23:59:59 of the last day; \"ภายใน N วัน\" counts from the day after "
  "the order, and a last day on a weekend or holiday moves to the next working day; \"ภายใน ๒๔ ชม.\" is 24 hours "
  "from the order's time stamp. Missing reports are judged at the last message of the log, %s "
  "(the last line of `volunteer-centre.jsonl`); a duty with no answer whose deadline is later than that is "
  "`not-due`.\n" % S["last"])

P("## Roster in brief (`roster.csv`, %d people)\n" % len(roster))
rc = collections.Counter(r["role"] for r in roster)
P("- Province: governor P001 (ผวจ.สน. วรพจน์), three vice governors (P002–P004), the palad P005 "
  "(ปลัดจังหวัดสกลนคร), three office sending accounts (P006 ฝ่ายอำนวยการ ปค.สน., P007 กลุ่มงานปกครอง สน., "
  "P008 ธุรการ ปค.สน. 📄), two province-level volunteer officers with no district (P009 ณัฐ ศอ.จอส.จว.สน., "
  "P010 ศิริลักษณ์ จอส.สน.💛), eleven agency heads (P011–P021), three staff of agencies (P022 ปกรณ์ ปภ.สน., deputy "
  "of the disaster-prevention head; P023 เพ็ญ ธุรการ ศธจ., clerk; P024 บัติ เกษตร สน., clerk) and a retired "
  "former district chief (P025 ลุงยูร).")
P("- Each of the 18 districts has a chief (นอภ.…), a coordinating deputy and a district volunteer officer; "
  "เมืองสกลนคร, พรรณานิคม, พังโคน, วาริชภูมิ, สว่างแดนดิน, โคกศรีสุพรรณ and ภูพาน have one more deputy, "
  "วานรนิวาส two.")
P("- Two people hold `coordinating_deputy|volunteer_center_staff`: P122 ปลัดเอกชัย กุดบาก and P272 ปลัดณัฐวุฒิ ภูพาน "
  "(their districts have no separate volunteer officer).")
P("- Shared display name: **ปลัดเอก** is a display name of P174 (a deputy of วานรนิวาส) and of P212 (the "
  "coordinating deputy of สว่างแดนดิน, who also uses \"เอกพล สว่างฯ\"); neither has a LINE id, so \"ปลัดเอก\" is "
  "ambiguous and never judged.")
P("- Spelling variants on purpose: P112's roster names are \"ต้นตระกูล แสงศรี|ปลัดต้น กุสุมาลย์\"; he posts once as "
  "\"นายต้นตระกูล แสงศรี\" (title นาย). P242 is \"ปลัดอนุชา โคกศรีฯ\" and posts once as \"ปลัดอนุชา  โคกศรีฯ\" "
  "(two spaces). Neither has a LINE id. Both are the roster people, not outsiders.")
P("- LINE user ids (`U` + 32 hex) for most people; e-mail for some (P004, P013, P016, P021, P025, P104, P112, "
  "P133, P183, P244 have e-mail and no LINE id; a few have both). In JSONL, `senderId` is the LINE id, or the "
  "e-mail when the person has no LINE id; it is left out for the two variant names and the shared name.\n")
P("Role counts: " + ", ".join("%s %d" % kv for kv in sorted(rc.items())) + ".\n")

P("## Groups and message counts\n")
P("| file | group | messages |")
P("|---|---|---|")
tot = 0
for f, (g, n) in S["files"].items():
    P("| `%s` | %s | %d |" % (f, g, n))
    tot += n
P("| `administrators-line-export.txt` | %s (LINE phone export, Thai UI) | %d message and system lines |" % tuple(S["export"]))
tot += S["export"][1]
P("\nTotal %d messages; ศอ.จอส.จว.สน. carries %.0f%%. Message ids run h0001–h%04d over the JSONL files in the order "
  "above. The export has a header (`[LINE] ประวัติการแชทในกลุ่ม \"นักปกครองสกลนคร\"`, `บันทึกเมื่อ 22/05/2569 21:30`), "
  "date lines `จ. 18/05/2569` … `ศ. 22/05/2569`, `HH:MM⇥name⇥text` lines, one quoted multi-line message (line %d, "
  "cited by its first line), `[รูป]`/`[สติกเกอร์]` placeholders and Thai system lines with an empty sender column "
  "(`A เพิ่ม B เข้ากลุ่ม`, `X เข้าร่วมกลุ่ม`, `A ลบ X ออกจากกลุ่ม`, `X ออกจากกลุ่ม`). Export rows in the truth files "
  "cite the file's line number and leave `message` empty.\n" %
  (tot, 100.0 * S["files"]["volunteer-centre.jsonl"][1] / tot, sum(n for _, n in S["files"].values()),
   [i for i, l in enumerate(open(os.path.join(D, "administrators-line-export.txt"), encoding="utf-8"), 1) if '\t"' in l][0]))

P("## Orders in ศอ.จอส.จว.สน. and how each deadline was counted\n")
P("Labels O1…O11 are mine (they appear in the ledger notes); `order` in `ledger.csv` is the message id.\n")
P("| label | id (line) | posted | from | what it asks | who owes | deadline | reasoning |")
P("|---|---|---|---|---|---|---|---|")
info = {
    "O1": ("ณัฐ (province volunteer officer)", "plan for cleaning schools before term: number of schools, date, volunteers", "all 18"),
    "O2": ("ศิริลักษณ์ (province volunteer officer)", "flood-risk survey: number of risk points and dredging plan (lines, metres), Excel form", "all 18"),
    "O4": ("ณัฐ", "names of 10 trainees each for the 904 disaster-volunteer course", "พังโคน วาริชภูมิ สว่างแดนดิน ส่องดาว (salutation)"),
    "O5": ("ศิริลักษณ์", "results of dredging already done 11–19 May (points, metres, volunteers) with 2–3 photos", "all 18"),
    "O6": ("ณัฐ", "results of tree planting (trees, place, volunteers)", "กุสุมาลย์ กุดบาก โคกศรีสุพรรณ โพนนาแก้ว (ขอให้ อ.… in the text)"),
    "O10": ("ปลัดจังหวัด", "storm damage and volunteer help, nil report if none", "all 18"),
    "O8": ("ณัฐ", "name and contacts of the district's volunteer coordinator, form attached", "all 18"),
    "O9": ("ณัฐ", "results of the school clean-up (schools done, volunteers) with photos — follows O1 but asks for a new report", "all 18"),
    "O11": ("ศิริลักษณ์", "Big Cleaning Day volunteers and points", "all 18"),
}
for k, o in S["orders"].items():
    fr, what, who = info[k]
    P("| %s | %s (%d) | %s | %s | %s | %s | %s | %s |" % (k, o["id"], o["line"], o["time"][8:10] + " May " + o["time"][11:16], fr, what, who,
                                                     o["deadline"], o["why"]))
K = S["keys"]
P("\nNo duty (each a near miss):\n")
P("- O3 %s (line %d), 18 May 14:05 — DOPA circular sent \"เพื่อทราบครับ (ไม่ต้องรายงาน)\": information only." % (K["O3"]["id"], K["O3"]["line"]))
P("- O7 %s (line %d), 20 May 15:00, from the palad — schedule for 3 June, \"เพื่อทราบ … ยังไม่ต้องรายงานครับ\": information only." % (K["O7"]["id"], K["O7"]["line"]))
P("- Reminders: R1 %s (ย้ำ … อำเภอที่ยังไม่ได้รายงาน, for O1), R2 %s (เร่งรัด, for O5), R3 %s (ย้ำ, posted as a LINE reply to O10), "
  "R4 %s (ครบกำหนดเวลา … อำเภอที่ยังไม่ได้รายงาน, for O9), and the centre's note %s to บ้านม่วง (a reply to its post) asking for "
  "its O5 results: none creates a duty." % (K["R1"]["id"], K["R2"]["id"], K["R3"]["id"], K["R4"]["id"],
                                            [r for r in nm if "บ้านม่วง its post" in r["why"]][0]["message"]))
P("- Posts by district people that direct all districts ({vc:19 10:00} นอภ.วานรนิวาส, {vc:20 13:00} กัลยา จอส.เมือง, {vc:21 15:30} ปลัดณรงค์) are "
  "SKN-5P findings and create no duty: only the provincial centre's orders oblige districts.\n")

P("### How the untidy answers were matched (by what they are about)\n")
P("- O2 (risk points + plan) and O5 (dredging already done) are open together from Tuesday afternoon; O1 (school plan) "
  "and O9 (school results) both concern schools; O8 and O9 are open together on Friday. Each answer was matched by its "
  "content: points/plan → O2; done points, metres, volunteers, photos → O5; schools + date + expected volunteers → O1; "
  "schools done → O9; a named coordinator → O8; damage / no damage → O10; trees → O6; Big Cleaning Day → O11.")
P("- Figures only, no รายงาน/ส่ง: e.g. {vc:18 10:30} (\"กุดบาก 11 รร. / 150 คน / 19 พ.ค. 69\" → O1), {vc:20 14:10}, {vc:20 20:45} (O2), "
  "{vc:20 10:40}, {vc:20 11:10}, {vc:20 11:55} (O5), {vc:20 21:15} (O10), {vc:22 09:30}, {vc:22 11:15} (O9).")
P("- Wrong order first: บ้านม่วง's {vc:19 14:10} (19 May 14:10, after O5 was posted) gives risk points and a plan, so it answers "
  "O2 (on time), not O5; the centre says so ({vc:19 14:25}); บ้านม่วง's O5 results come at {vc:20 12:40}, 20 May 12:40, after the 12:00 "
  "deadline → O5 late.")
P("- One numbered post for two orders: นิคมน้ำอูน {vc:20 10:05} (๑. risk points → O2, ๒. dredging done → O5) and {vc:22 10:00} "
  "(1) coordinator → O8, 2) schools → O9).")
P("- Asking for time / will send later (not answers): ส่องดาว {vc:18 16:10} for O1 (answered next morning {vc:19 08:40} → late), "
  "สว่างแดนดิน {vc:19 16:00} for O4 (answered {vc:20 14:30} → late), โพนนาแก้ว {vc:21 10:00} for O6 (never answered → missing), วานรนิวาส {vc:22 14:30} "
  "for O9 (never answered → missing). An acknowledgement is not an answer either: อากาศอำนวย acknowledged O10 ({vc:20 19:42}) "
  "but never reported damage in this group → missing.")
P("- LINE replies to the order: {vc:18 09:55} (พังโคน, O1), {vc:18 15:55} (โพนนาแก้ว, O1), {vc:19 11:30} (พังโคน, O4), {vc:20 09:40} and {vc:20 09:50} (O5).")
P("- By a deputy or the volunteer officer: most answers come from district volunteer officers; deputies {vc:19 16:20} "
  "(ปลัดณรงค์, O2), {vc:19 15:40} (ปลัดอ๊อฟ, O4), {vc:19 17:10} (ปลัดกฤษ, O5), {vc:21 09:05} (ปลัดกิต, O10), {vc:22 18:10} (ปลัดณรงค์, O11); coordinating "
  "deputies e.g. {vc:18 09:55}, {vc:18 13:45}, {vc:21 09:30}.")
P("- Photos with a one-line caption (before or after), and photos alone: กุดบาก {vc:20 09:05}–{vc3:20 09:05} are three photos with no "
  "text after O5, which asks for photos, so they are กุดบาก's O5 answer (cited by the first photo, {vc:20 09:05}).")
P("- A minute before the deadline: {vc:18 16:29} (16:29, O1 16:30), {vc:21 09:59} (09:59, O10 10:00), {vc:21 11:59} (11:59, O6 12:00); two "
  "minutes: {vc:20 11:58} (11:58, O5 12:00).\n")

P("### Ledger (`ledger.csv`)\n")
by = collections.OrderedDict()
for r in led:
    by.setdefault(r["order"], []).append(r)
lab = {v["id"]: k for k, v in S["orders"].items()}
for oid, rows in by.items():
    c = collections.Counter(r["state"] for r in rows)
    P("- **%s** (%s), deadline %s: %s." % (lab[oid], oid, rows[0]["deadline"], ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    bad = [r for r in rows if r["state"] != "on-time"]
    if bad:
        P("  " + "; ".join("%s %s%s" % (r["district"], r["state"], (" (" + r["answer"] + ")") if r["answer"] else "") for r in bad) + ".")
c = collections.Counter(r["state"] for r in led)
P("\nDuties in all: %d — %s.\n" % (len(led), ", ".join("%s %d" % kv for kv in sorted(c.items()))))

P("## Findings (`truth.csv`)\n")
c = collections.Counter(r["rule"] for r in tr)
P("%d rows: %s. Posting and membership findings (all but SKN-5O): %d.\n" %
  (len(tr), ", ".join("%s %d" % kv for kv in sorted(c.items())), sum(v for k, v in c.items() if k != "SKN-5O")))
P("| rule | file:line | message | who | state | why |")
P("|---|---|---|---|---|---|")
for r in tr:
    P("| %s | %s:%s | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]))

P("\n## Near misses (`near-misses.csv`)\n")
P("%d posts a careless reading would flag, with why they are not findings.\n" % len(nm))
P("| file:line | message | why not |")
P("|---|---|---|")
for r in nm:
    P("| %s:%s | %s | %s |" % (r["file"], r["line"], r["message"], r["why"]))

P("\n## Decisions where the rules left room\n")
P("""- **An ineligible roster person who is invited** (ปลัดวัชระ into ข้อสั่งการ ปจ.สน., ปกรณ์ into หน.ส่วนราชการ-นอภ.สน.,
  สุดา into นักปกครองสกลนคร): three rows at the invite line — the group's membership rule for the invitee (the invite is
  their first appearance), and SKN-ALL for the invitee and for the inviter. EVAL-RULES excludes SKN-ALL only for
  outsiders; it does not say SKN-ALL replaces the membership rule, so both are kept.
- **Outsiders** get only OUTSIDER (once per group, at their first line), never a posting finding for later posts (the
  seller in ข้อสั่งการ ปค.สน. joins and is removed without posting, so the question does not arise there; the
  secretary's photos in the executives' group and the cream seller's advert in the export carry no extra row).
- **Province-level volunteer staff posting a report** (ศิริลักษณ์'s Big Cleaning Day results, {vc:22 16:30}): SKN-5P, because
  the rule allows reports only from a district's people. Her orders, reminders and thanks are allowed.
- **Reports in นักปกครองสกลนคร** have no posting rule in EVAL-RULES (SKN-1 is membership only), so the group's
  findings are all membership; its incident and performance posts are near misses at most.
- **A multi-part post** (text + photos) is one post: a finding cites the text line, or the first photo when there is
  no text ({pk:19 16:00} in ข้อสั่งการ ปค.สน.; {vc:20 09:05} as an answer).
- **O9 refers back to O1** (\"ตามที่ได้ขอให้อำเภอรายงานแผน…\") but asks for a different report (results, not the plan)
  with its own deadline, and uses none of the reminder words: it is a new order with a new duty for every district,
  and O1 answers do not count for it.
- **O7** says \"ยังไม่ต้องรายงาน\" (no report needed yet): treated as ไม่ต้องรายงาน, information only.
- **O4's salutation** names four district chiefs; only those four districts owe O4. **O6** names four districts in its
  text (\"ขอให้ อ.กุสุมาลย์ อ.กุดบาก อ.โคกศรีสุพรรณ และ อ.โพนนาแก้ว\"); only those four owe O6.
- **An answer's district** is the sender's roster district (all answers are by district people of the district they
  speak for). Answers by the two spelling variants count for กุสุมาลย์ and โคกศรีสุพรรณ because those senders are the
  roster people.
- **Deadline \"ภายใน 22 พค. 69\" (O11)** ends at 23:59:59 on 22 May, after the log's last message (21:10): the twelve
  districts that have not answered are `not-due`, not missing.
""")
FILES = {"vc": "volunteer-centre.jsonl", "pk": "pk-orders.jsonl"}
MS = {k: [json.loads(l) for l in open(os.path.join(D, f), encoding="utf-8")] for k, f in FILES.items()}


def resolve(mo):
    kind, t = mo.group(1), mo.group(2)
    last = kind == "vc3"
    kind = "vc" if last else kind
    d, hm = t.split(" ")
    pre = "2026-05-%sT%s" % (d, hm)
    hits = [o for o in MS[kind] if o["time"].startswith(pre)]
    assert hits, t
    if last:
        return [o for o in hits if o["sender"] == hits[0]["sender"]][-1]["id"]
    texts = [o for o in hits if o["type"] == "text"]
    return (texts or hits)[0]["id"]


import re
text = re.sub(r"\{(vc|vc3|pk):(\d\d \d\d:\d\d)\}", resolve, "\n".join(out) + "\n")
open(os.path.join(D, "TRUTH.md"), "w", encoding="utf-8").write(text)
print("TRUTH.md", len(out), "lines")
