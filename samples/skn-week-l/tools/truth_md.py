# Writes TRUTH.md from the hand-marked truth (prose is fixed here; tables come from the marks).
import collections, os
from base import OUT

INTRO = """# Week L — ground truth (Sakon Nakhon groups, Monday 23 – Friday 27 March 2026 / ๒๓–๒๗ มี.ค. ๒๕๖๙)

Everything below was worked out by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) and EVAL-RULES.md. Each
message was written with its truth marked beside it (`tools/msgs_*.py`); `tools/build.py` only numbers the lines
and ids, lays the hand marks out as CSV, and files each marked answer against its order's deadline. `tools/check.py`
checks the result.

The season is the start of the hot season: summer storms (พายุฤดูร้อน) tearing roofs off on 21–22 March and again
on the night of 25 March (สว่างแดนดิน, วานรนิวาส, ส่องดาว, เต่างอย, พังโคน), lightning, drought relief (water
trucks), forest fires in the ภูพาน range, heat-stroke warnings, Songkran road-safety planning (the seven dangerous
days), children's swimming safety in the school holidays, the farm census and the registration for the state
welfare card.

## Public holidays and the calendar

* 23–27 March 2026 is Monday to Friday with no public holiday. Makha Bucha fell on 3 March 2026, before the week.
* The next public holiday is Chakri Memorial Day, Monday 6 April 2026 (วันจักรี); Songkran is 13–15 April.
* Saturday 28 and Sunday 29 March are a weekend.
* Effects on deadlines: O7 ("ภายใน ๓ วัน" from Wednesday) ends on Saturday 28 March, which moves to Monday 30
  March; O12 ("ภายใน ๑๐ วัน" from Friday) ends on Monday 6 April, Chakri Day, which moves to Tuesday 7 April. No other
  deadline touches a weekend or a holiday.
* "ภายใน N วัน" is counted as Thai law counts it: day 1 is the day after the order, the deadline is the end
  (23:59:59) of day N, moved to the next working day when day N is a weekend or holiday. "ภายในวันที่ X" and
  "ภายในวันศุกร์ที่ X" mean the end of that day. "ภายใน ๒๔ ชม." is counted from the order's time. A time
  ("ภายในเวลา ๑๖.๓๐ น.", "ก่อนเที่ยงวันพรุ่งนี้", "ภายใน 12.00 น. ของวันที่ 27 มี.ค. 69") is that exact minute.
* The log's last message is {log_end} (a sticker in ศอ.จอส.จว.สน.); missing reports are judged at that
  time. A duty whose deadline is later and that has no answer is `not-due`.
"""

DECISIONS = """## How unclear points were decided

* **An invited person who is on the roster but not admitted**: EVAL-RULES gives SKN-ALL two findings (invitee
  and inviter) and also says membership findings come once per person per group. I record only the two SKN-ALL
  rows at the invite line and no separate SKN-1/SKN-3/SKN-6 row for the invitee (their later posts add nothing).
  Three cases: ปลัดณัฐ พรรณา in ข้อสั่งการ ปจ.สน., น้องฝ้าย ธุรการเกษตร in หน.ส่วนราชการ-นอภ.สน., ปลัดเบียร์ วานร in
  นักปกครองสกลนคร.
* **A non-member who also breaks a posting rule** gets both rows: the membership row (first appearance) and the
  posting row (ผอ.ปภ.สน. ordering in ศอ.จอส.: SKN-5 + SKN-5P; the กุดบาก clerk reporting in ศอ.จอส.: SKN-5 +
  SKN-5P; ปลัดบุญส่ง พังโคน acknowledging in ข้อสั่งการ ปค.สน.: SKN-2 + SKN-2P).
* **OUTSIDER** rows are at the first line that shows the person (their join, the invite that added them, or their
  first post when no system line exists); later posts and their removal add nothing. The inviter of an outsider
  is named in the note but gets no row (EVAL-RULES: "Not also SKN-ALL").
* **Leaving, removal and invite lines** by admitted members are no posts; they are never SKN-2P etc.
* **Which order a report answers** is decided by what it says (storm houses/volunteers → O1 or O10 by the dates
  and the word สรุป; water handed out → O2; firebreaks/photos → O3; Songkran names → O5; drinking-water points →
  O6; risky waters/signs → O7; repairs after the 25 March storm with photos → O8; registration points → O9). A
  reply to a reminder counts for the reminder's order. A numbered report (๑. … ๒. …) answers each order it
  covers.
* **Incident notices are not answers.** A first notice or urgent update of a new event (อากาศอำนวย Mon 22.50,
  สว่างแดนดิน Wed 23.40, วานรนิวาส Wed 23.55 and Thu 14.00, ส่องดาว Thu 00.20) answers no open order: O1 asked
  about the 21–22 March storm and the volunteers sent, O8 (issued after the Wednesday-night notices) asks for the
  volunteers' repair work with photos. The Thursday 14.00 update from วานรนิวาส gives damage and an injury, not
  that work.
* **Photos alone** answer only an order that asks for photos (O3, O8). The photos วาริชภูมิ sent for O6 (which
  asks for numbers) do not answer it; its later text does. A file alone answers an order that asks for a list
  file (O5, นิคมน้ำอูน).
* **The answering message cited** is the text of a post (text then photos), the caption of a photos-then-caption
  post, and the first photo of a photos-only post.
* **Who may answer for a district**: the chief, any deputy, the coordinating deputy, or the district volunteer
  officer. A district clerk (role `staff`) may not, so กุดบาก's O9 stays missing.
* **Reminders** (ย้ำ, เร่งรัด, อำเภอที่ยังไม่ได้รายงาน…, replies to the order) never move a deadline, even when
  they repeat it.
* **Display names** with an added title (นายสุริยา ปอ.วาริช, นายไพศาล หงษ์ทอง) or an extra space (ปลัดจิ๋ว␣␣บ้านม่วง)
  are the roster person. A changed display name with the roster's LINE user id (🌞 ชัยวัฒน์ 🌞) is the roster
  person. "ปลัดเอก" fits two roster people and is never judged; it is used once, in นักปกครองสกลนคร, where one of
  the two would be a violation.
* **ข้อสั่งการ ปค.สน.**: any post by anyone but the office accounts and the palad is SKN-2P (acks, stickers, 🙏,
  photos, greetings, thanks, questions, answers to a question, reports). The office's own orders with photos and
  PDFs are not.
* **SKN-4P** is only for orders by someone other than the governor or a vice governor; the palad's and a district
  chief's directions to all chiefs are findings, their reports and incident notices are not.
* **SKN-6P** covers reports and performance results, including an agency's boasting of its own achievements; PR,
  sales, forwards and requests to publicise are not reports.
"""


def write(summary, LEDGER, TRUTH, NEAR, ORDERS, KEYED, MSGS, GROUPS, FILE_ORDER, PEOPLE, DTH):
    o = []
    o.append(INTRO.replace("{log_end}", summary["log_end"]))
    o.append("## Files and message counts\n")
    o.append("| file | group | messages |\n|---|---|---|")
    for g in FILE_ORDER + ["K"]:
        o.append("| `%s` | %s | %d |" % (GROUPS[g][1], GROUPS[g][0], len(MSGS[g])))
    o.append("| | **total** | **%d** |\n" % summary["total"])
    o.append("JSONL ids run l0001… across the five JSONL files in the order listed; the export has no ids and is "
             "cited by line number (header on lines 1–2, Thai date lines such as `จ. 23/03/2569`, TAB-separated "
             "message lines, system lines with an empty sender column, multi-line messages in double quotes).\n")

    o.append("## Roster in brief\n")
    roles = collections.Counter(p["role"] for p in PEOPLE)
    o.append("%d people (`roster.csv`). " % len(PEOPLE) + ", ".join("%s %d" % (k, v) for k, v in sorted(roles.items())) + ".\n")
    o.append("* All 18 districts have a district chief, a coordinating deputy and a volunteer officer. In ส่องดาว "
             "and ภูพาน the coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). "
             "เมืองสกลนคร and สว่างแดนดิน have two more deputies, พรรณานิคม, พังโคน and วานรนิวาส one.")
    o.append("* Province: the governor, 3 vice governors, the provincial palad, 3 office sending accounts "
             "(provincial_admin_staff), 2 province-level volunteer officers (no district), 12 agency heads, 3 agency "
             "deputies/clerks (staff), a retired former district chief, and a district clerk of กุดบาก (staff).")
    o.append("* \"ปลัดเอก\" is a display name of two people (a deputy of เมืองสกลนคร and the coordinating deputy of "
             "สว่างแดนดิน): ambiguous. Some people have a LINE user id, some an e-mail, each their own.\n")

    o.append("## Orders in ศอ.จอส.จว.สน. and the ledger\n")
    o.append("Duties by state: " + ", ".join("%s %d" % (k, v) for k, v in sorted(summary["states"].items())) + ".\n")
    for k in ORDERS:
        od = ORDERS[k]
        m = KEYED[k]
        o.append("### %s (`%s`, line %d) — %s\n" % (k, m["id"], m["_line"], od["title"]))
        o.append("Sent %s by %s. Districts: %s.\n" % (m["time"], m["sender"],
                 "all 18" if len(od["districts"]) == 18 else ", ".join(DTH[d] for d in od["districts"])))
        o.append("Deadline %s: %s\n" % (od["deadline"], od["reason"]))
        o.append("| district | state | answer | note |\n|---|---|---|---|")
        for r in LEDGER:
            if r["order"] == k:
                a = r["answer"]
                o.append("| %s | %s | %s | %s |" % (DTH[r["district"]], r["state"],
                         "%s (%s)" % (a["id"], a["time"][5:16].replace("T", " ")) if a else "", r["note"]))
        o.append("")
    o.append("Orders with no duty: %s (O4, information only: \"เพื่อทราบ ไม่ต้องรายงาน\"), %s (O11, \"เพื่อทราบ… (ไม่ต้องรายงาน)\"). "
             "Reminders (no new duty): R1 %s on O1, R2 %s on O3, R3 %s on O6, R4 %s on O10. Orders to all districts by "
             "others (ผอ.ปภ.สน. on Tuesday, the chief of สว่างแดนดิน on Wednesday) are SKN-5P findings and create no duty.\n"
             % (KEYED["O4"]["id"], KEYED["O11"]["id"], KEYED["R1"]["id"], KEYED["R2"]["id"], KEYED["R3"]["id"], KEYED["R4"]["id"]))

    o.append("## Findings\n")
    o.append("By rule: " + ", ".join("%s %d" % (k, v) for k, v in sorted(summary["rules"].items())) +
             " (total %d; posting and membership findings %d).\n" % (len(TRUTH), len([t for t in TRUTH if t["rule"] != "SKN-5O"])))
    o.append("| rule | file:line | message | who | state | why |\n|---|---|---|---|---|---|")
    for t in TRUTH:
        o.append("| %s | %s:%d | %s | %s | %s | %s |" % (t["rule"], t["file"], t["line"], t["message"], t["who"], t["state"],
                                                       t["note"].replace("|", "/")))
    o.append("")
    o.append("## Near misses (no finding)\n")
    o.append("%d rows.\n" % len(NEAR))
    o.append("| file:line | message | sender | why not |\n|---|---|---|---|")
    for r in NEAR:
        o.append("| %s:%d | %s | %s | %s |" % (r["file"], r["line"], r["message"], r["sender"], r["why"].replace("|", "/")))
    o.append("")
    o.append(DECISIONS)
    with open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")
