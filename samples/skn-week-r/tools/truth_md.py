# Writes TRUTH.md from the hand-made tables plus the prose below.
import csv, json, os, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(D, "tools", "summary.json")))
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
nms = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
led = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
roster = list(csv.DictReader(open(os.path.join(D, "roster.csv"), encoding="utf-8")))
files = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl"]
counts = {f: sum(1 for _ in open(os.path.join(D, f), encoding="utf-8")) for f in files}
xmsg = sum(1 for l in open(os.path.join(D, "administrators-line-export.txt"), encoding="utf-8") if len(l) > 6 and l[2] == ":" and l[5] == "\t")
K = S["keys"]
out = []
w = out.append

w("# Week R (10–14 November 2025): ground truth, worked by hand\n")
w("Six Sakon Nakhon LINE groups for one working week, Monday 10 to Friday 14 November 2025 (พ.ศ. ๒๕๖๘): the end of the rains, "
  "the rice harvest, the clean-up after Loy Krathong (5 Nov), flood recovery along the ลำน้ำยาม / หนองหาร, the blanket appeal "
  "\"ปันความอุ่น สู่พี่น้องชาวสกล\" and the run-up to the province's OTOP fair (21–27 Nov). Findings follow `samples/letter-rules-sakon-nakhon.md` "
  "(letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒); post kinds follow `rules/corpus/LABELS.md`. Everything here was decided message by message when the "
  "chats were written; `tools/check.py` only verifies that the tables are consistent (lines, ids, times, the deadline arithmetic, "
  "and a recomputation of the membership findings from the roster).\n")

w("## Files\n")
w("| file | group | messages |\n|---|---|---|")
G = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
     "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน."}
for f in files:
    w("| `%s` | %s | %d |" % (f, G[f], counts[f]))
w("| `administrators-line-export.txt` | นักปกครองสกลนคร (Thai-UI phone export, header + date lines `จ. 10/11/2568`, `HH:MM⇥name⇥text`, system lines with an empty sender column) | %d |" % xmsg)
tot = sum(counts.values()) + xmsg
w("| | **total** | **%d** (volunteer centre %.0f%%) |\n" % (tot, 100.0 * counts["volunteer-centre.jsonl"] / tot))
w("Message ids `r0001`… are unique across the JSONL files and numbered in time order over all of them (so each file shows gaps). "
  "Export rows in the truth tables cite the line of the `.txt` file and leave `message` empty. Other files: `roster.csv`, `truth.csv`, "
  "`ledger.csv`, `near-misses.csv`, and `tools/` (the scripts that lay the hand-written messages out into files, `check.py`).\n")
w("**The end of the log** is the volunteer centre's last message (Fri 14 Nov 2025 20:40:00 +07:00), the latest message of all files: missing reports are judged at that time.\n")

w("## Holidays and the calendar\n")
w("There is no Thai public holiday between Monday 10 and Friday 14 November 2025: Loy Krathong (Wed 5 Nov) is a festival, not a public holiday, "
  "and the next holidays are Father's Day (Fri 5 Dec) and Constitution Day (Wed 10 Dec). Saturday 15 and Sunday 16 Nov are the weekend. "
  "So the only deadline that moves is the one counted in days that ends on the weekend (ภายใน ๓ วัน from Thu 13 Nov, see below). "
  "The period falls in the official mourning after the death of Queen Sirikit (24 Oct 2025), which is why several orders speak of ไว้ทุกข์; it does not change any deadline.\n")

w("## Roster in brief\n")
rc = collections.Counter(p["role"] for p in roster)
w("%d people: %s." % (len(roster), ", ".join("%d %s" % (v, k) for k, v in sorted(rc.items(), key=lambda x: -x[1]))))
w("Every one of the 18 districts has a district chief, a coordinating deputy and a district volunteer officer; in เจริญศิลป์ and ภูพาน "
  "the coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). Six districts have another "
  "ordinary deputy. The province has the governor, three vice governors, the provincial palad, three sending accounts of the provincial "
  "office, two province-level volunteer officers (no district), twelve agency heads, four agency staff (a deputy head of ปภ., clerks of "
  "เกษตร and พช., a deputy of พมจ.), a district clerk of อ.เมืองสกลนคร and a retired former district chief. "
  "`ปลัดเอก` is the display name of two deputies (เมืองสกลนคร and พรรณานิคม) and is therefore ambiguous. "
  "Some people carry a LINE user id (`U` + 32 hex), some an e-mail (each e-mail belongs to one person only), some neither. "
  "Some have a second display name (`Kiat ส่องดาว`, `ศักดิ์ชัย ไชยมงคล`, `Ann Jirraporn`).\n")

w("## The orders that create duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Deadlines are read from the order's text. \"ภายในวันที่ X\" / \"ภายในวันศุกร์ที่ X\" / a bare date run to the end of that day (written "
  "`23:59:59+07:00`); a clock time is that minute; \"ภายใน ๒๔ ชม.\" and an order with no deadline run 24 hours from the order's own time; "
  "\"ภายใน N วัน\" counts from the day after the order, the Nth day ending at midnight, a weekend/holiday last day moving to the next working day. "
  "An answer is a report by any of the district's people (chief, deputy, coordinating deputy, district volunteer officer) that plainly "
  "answers that order (its topic, often a reply to it); photos alone count only after an order that asks for photos. The answer cited "
  "is the first message of the post (for photos followed by a caption, the first photo). An acknowledgement, a promise "
  "(\"จะรายงานภายในวันนี้\") or an excuse is not an answer.\n")
w("| order | sent | by | to | deadline | how it was counted |\n|---|---|---|---|---|---|")
for k, v in S["orders"].items():
    to = "all 18 districts" if len(v["districts"]) == 18 else ", ".join(v["districts"])
    w("| %s | %s | %s | %s | %s | %s |" % (v["id"], v["time"][5:16].replace("T", " "), v["sender"], to, v["deadline"], v["how"]))
w("")
w("Orders that create **no** duty: %s (OTOP service-point roster, \"แจ้งเพื่อทราบ … อำเภอไม่ต้องรายงาน\") and %s (dress code in mourning, "
  "\"แจ้งเพื่อทราบ … ไม่ต้องรายงาน\"); the reminders %s (ย้ำ, reply to %s), %s (summary + เร่งรัด), %s (เร่งรัด … ตามกำหนดเวลา), "
  "%s (reply to %s, อำเภอที่ยังไม่ได้ส่ง), %s (summary + เร่งรัด) and %s (the palad's reply to %s, ตามกำหนด); "
  "the directives of a district chief (อ.เมืองสกลนคร, 11 Nov 13:05), an ordinary deputy (ปลัดกิต วานร, 12 Nov 19:02) and a vice governor "
  "(14 Nov 10:45), which are SKN-5P findings and are not orders of the provincial centre.\n" % (
    K["O4"], K["O10"], *[r["message"] for r in nms if r["why"].startswith("reminder of " + K["O1"])][:1], K["O1"],
    *[r["message"] for r in nms if r["why"].startswith("province-level volunteer officer's summary")][:1],
    *[r["message"] for r in nms if r["why"].startswith("reminder of " + K["O3"])][:1],
    *[r["message"] for r in nms if r["why"].startswith("reminder of " + K["O5"])][:1], K["O5"],
    *[r["message"] for r in nms if r["why"].startswith("province-level volunteer officer's status")][:1],
    *[r["message"] for r in nms if r["why"].startswith("palad's reminder")][:1], K["O6"]))
w("### Ledger\n")
st = collections.Counter(r["state"] for r in led)
w("%d duties: %s.\n" % (len(led), ", ".join("%d %s" % (st[s], s) for s in ("on-time", "late", "missing", "not-due"))))
for k, v in S["orders"].items():
    rows = [r for r in led if r["order"] == v["id"]]
    c = collections.Counter(r["state"] for r in rows)
    w("**%s** (deadline %s): %s." % (v["id"], v["deadline"], ", ".join("%d %s" % (c[s], s) for s in ("on-time", "late", "missing", "not-due") if c[s])))
    for r in rows:
        if r["state"] != "on-time" or r["note"]:
            w("- %s: %s%s%s" % (r["district"], r["state"], (" — answer " + r["answer"]) if r["answer"] else "", (" (" + r["note"] + ")") if r["note"] else ""))
    w("")
w("Not-due: for %s (ภายใน ๓ วัน → Mon 17 Nov), %s (end of Fri 14 Nov, after the 20:40 end of the log) and %s (3 Dec) the districts "
  "that had not answered by the end of the log are `not-due`, not missing.\n" % (K["O8"], K["O9"], K["O11"]))

w("## Planted findings (truth.csv)\n")
rc = collections.Counter(r["rule"] for r in truth)
w("%d rows: %s.\n" % (len(truth), ", ".join("%s %d" % (k, v) for k, v in sorted(rc.items()))))
w("| rule | file:line | message | who | state | why |\n|---|---|---|---|---|---|")
for r in truth:
    w("| %s | %s:%s | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]))
w("")
w("Notes on the findings:\n")
w("- **Membership** (SKN-1…6, OUTSIDER) is given once per person per group, at the first message that shows the person in the group "
  "(their first post, their join, or the invitation that adds them). A later post by the same person adds no membership row. "
  "Invitations of a roster person who is not admitted give three rows at the invite line: the group's membership rule for the invitee "
  "and SKN-ALL for the invitee and for the inviter (ข้อสั่งการ ปค.สน. line 26, ข้อสั่งการ ปจ.สน. line 19, ผู้บริหารจังหวัด และนายอำเภอ line 30, "
  "export line 32). People not on the roster get one OUTSIDER row and no SKN-ALL, naming the inviter when they were added "
  "(`สมบูรณ์ การเกษตร 🌱` by เกษตรจังหวัด, `ปลัดประสานใหม่` by the palad in the export — a new coordinating deputy who is not on the roster yet) "
  "or joining by link (`กาย ปุ๋ยอินทรีย์ ราคาโรงงาน`, `ผ้าห่มราคาส่ง สกลนคร 🧣`, `ช่างแอร์ สกลนคร ❄️`). Their later posts add nothing.\n"
  "- **SKN-2P** is one row per post by a non-office member of ข้อสั่งการ ปค.สน.: sticker, 👍, 🙏, acknowledgements (also misspelt "
  "`ร้บทราบ` and `รับทราบและถือปฏิบัติ`), questions, birthday wishes and thanks, a photo alone, a file alone, a report with photos "
  "(one row at its text: the photos belong to the same post), an answer to the meeting call, and a chat under a second display name. "
  "The same member posting twice gives two rows (ปลัดอนันต์ สว่างฯ). A member who is also not admitted gets SKN-2 and SKN-2P on the same line.\n"
  "- **SKN-4P**: orders given to the executives' group by the palad (twice) and by two district chiefs directing all districts. "
  "**SKN-5P**: directives to all districts in ศอ.จอส.จว.สน. by a district chief, an ordinary deputy and a vice governor, and a report by an agency head. "
  "**SKN-6P**: agency results (เกษตร, ปศุสัตว์, สสจ.), an agency's own award (วัฒนธรรม), and district chiefs' results or figures "
  "(พังโคน, บ้านม่วง, ส่องดาว).\n")

w("## Near misses (near-misses.csv)\n")
w("%d rows. They are messages a careless tool would flag but that break no rule: the provincial office's own orders with their photos "
  "and PDFs in ข้อสั่งการ ปค.สน.; the palad's own order there; acknowledgements and reports of district chiefs in ข้อสั่งการ ปจ.สน. and the "
  "palad's \"กลุ่มนี้ไม่ต้องตอบรับนะครับ\"; incident notices, reports to the governor, replies, and the palad's courtesy using ขอให้… in "
  "ผู้บริหารจังหวัด และนายอำเภอ; agencies' invitations, publicity, warnings, questions, thanks and data requests in หน.ส่วนราชการ-นอภ.สน.; "
  "the provincial centre's orders (including the palad's), reminders and summaries, coordinating deputies' and deputies' reports, answers "
  "by the dual-role officer, answers a minute before the deadline, photos alone, replies, answers under `นายสุริยา ทองมา` (title นาย), "
  "`ปลัดเอ็ม  พังโคน` (two spaces), `Anucha K.` (matched by LINE user id) and a renamed officer; an eligible invitee "
  "(the new volunteer officer of โคกศรีสุพรรณ; the coordinating deputy invited into ข้อสั่งการ ปค.สน.); the ambiguous `ปลัดเอก` "
  "(never judged); acknowledgements, promises and chat that do not answer a duty.\n" % len(nms))
w("| file:line | message | why not a finding |\n|---|---|---|")
for r in nms:
    w("| %s:%s | %s | %s |" % (r["file"], r["line"], r["message"], r["why"]))
w("")

w("## Decisions where the rules left room\n")
w("- **Which order a report answers.** EVAL-RULES says a report counts, not how to match it when several orders are open. Every answer "
  "here names its topic (or replies to the order); a district's report on one topic never counts for another order. A tool that "
  "takes the district's first report after an order as its answer will be wrong wherever a district answered an older order after a newer one "
  "was sent (for example the late answers to r0035 on Tuesday, sent after r0167); that is intended.\n"
  "- **Photos alone** count only after orders that ask for photos (%s, %s); no photos-alone answer was written for any other order.\n"
  "- **A post** = text plus the photos/files the same sender sends within a few minutes; a posting finding or an answer cites the post's first message.\n"
  "- **The province-level volunteer officer's summaries** (status lists with อำเภอที่ยังไม่ได้รายงาน … เร่งรัด) are read as the provincial centre's "
  "own reminders, not as a report by a non-district person, so they are near misses and create no duty.\n"
  "- **End of a dated deadline** is written 23:59:59 of that day; an answer at 23:50 is on time.\n"
  "- **An unsend notice** in ข้อสั่งการ ปค.สน. is a system event, not a post: the file it follows stays the SKN-2P finding.\n"
  "- **Removals and leaves** add no finding; a person's membership finding is at their first appearance even if they leave later.\n"
  "- **Outsiders' own posts** (the sellers' adverts) are covered by the single OUTSIDER row; no posting row is added for an unknown sender.\n" % (K["O1"], K["O5"]))
open(os.path.join(D, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "lines")
