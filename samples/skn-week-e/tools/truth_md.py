"""TRUTH.md: the readable account of the week's ground truth."""
import os
from collections import Counter

INTRO = """# Ground truth — Sakon Nakhon LINE groups, Mon 12 – Fri 16 January 2026 (พ.ศ. 2569)

The week just after New Year: the cold-weather relief (royal blankets, a provincial cold-disaster zone
for all 18 districts), the "seven dangerous days" New Year summaries, follow-ups on Children's Day
(Sat 10 Jan), the preparations for the local (อบต.) elections of Sun 25 Jan, a forest fire on the ภูพาน range
in the night of Tue 13 / Wed 14 Jan (out on Thu 15 Jan 09:30), and Teachers' Day on Fri 16 Jan.
There are no public holidays in the week; Sat 17 and Sun 18 are the weekend.

Rules followed: `samples/letter-rules-sakon-nakhon.md` (letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒). Every finding, duty and near miss below
was decided by hand while writing the chats (the annotations sit next to each message in `tools/chats_*.py`);
`tools/build.py` only numbers the lines and lays the files out, and `tools/check.py` checks them.

Files: five JSONL logs, one Thai phone export (`heads-agencies-export.txt`), `roster.csv`, `truth.csv`,
`ledger.csv`, `near-misses.csv`. Message ids `e0001`… run across the JSONL files in the order listed
below; the export has no ids and its rows cite file line numbers.
"""

JUDGEMENT = """## Judgement calls

* **Invites of roster people who are not admitted (SKN-ALL).** The table says such an invite gives two
  SKN-ALL findings (invitee and inviter). The invitee is also a member who is not admitted, so the group's
  own membership rule (SKN-2, SKN-3, SKN-5, SKN-6) is listed for the invitee as well, at the invite line.
  So each such invite gives three rows: SKN-x (invitee), SKN-ALL (invitee), SKN-ALL (inviter). OUTSIDER
  invites give only the OUTSIDER row (the rules say "not also SKN-ALL").
* **One finding per post in ข้อสั่งการ ปค.สน.** SKN-2P is counted once per post (a text and the photo sent
  with it in the same minute are one post, cited at the text). A person admitted by SKN-2 but posting gets
  only SKN-2P; a person who is not admitted gets SKN-2 once (first appearance) and SKN-2P for each post.
* **Posting rules and membership are separate.** In ศอ.จอส.จว.สน. a non-member's post is judged for
  SKN-5 only when what they post is not itself an order or a report (ผอ.ปภ.'s thanks, the office account's
  forwarded news), so no post carries both SKN-5 and SKN-5P.
* **Which order a report answers** is decided by its content (blankets, the 7-day summary, Children's
  Day photos, fire breaks, election volunteers, the February plan, the vulnerable-people survey, blanket
  photos). O1 (blankets) does not ask for photos, so the only photos-alone answers are to O3 and O8,
  which do.
* **"End of the day"** for a day-based deadline is 23:59:59 of that day. "ภายใน ๓ วัน" counts from the day
  after the order. "ภายใน ๒๔ ชม." counts clock hours from the order's time. An order with no deadline gets
  24 hours. A report at 11:59:10 against a 12:00 deadline is on time.
* **Judged at the log's end.** The last message of all logs is e-last in `volunteer-centre.jsonl`
  (END); duties whose deadline is later and that have no answer are `not-due`.
* **Reminders, clarifications, information-only and district-made orders** create no duty: the four
  reminders (R1–R4, each a reply to its order), the palad's answer to a question on Mon 10:58, the two
  "ไม่ต้องรายงาน / เพื่อทราบ" notices (I1, I2), the centre's housekeeping note about the group link, and
  นอภ.สว่างแดนดิน's request to the northern districts (an SKN-5P finding, but not a provincial-centre order).
* **Ambiguous display name.** ปลัดต้น belongs to two roster deputies (สว่างแดนดิน and เต่างอย); its posts
  (an ack in ข้อสั่งการ ปค.สน., a thanks in ศอ.จอส.จว.สน.) are never judged, though the ack would otherwise be
  SKN-2 + SKN-2P.
* **Name variants.** `นายชยพล  ศรีเมือง` (title นาย and a double space) and `ปลัดเอ็ม  พังโคน` (double space)
  are the roster's `ชยพล ศรีเมือง` and `ปลัดเอ็ม พังโคน` (no LINE ids, so they are matched by normalised name);
  `วิชิต 🙏` in the executives' group is matched to the palad by his LINE user id.
* **The export's system lines** use the Thai wording `X เพิ่ม Y เข้ากลุ่ม` (invite), `X เข้าร่วมกลุ่ม`
  (join by link/QR), `X ออกจากกลุ่ม` (leave) and `X ลบ Y ออกจากกลุ่ม` (removal).
"""


def write(out, groups, people, order, truth, ledger, near, vol, lab, end):
    L = [INTRO]
    # roster
    roles = Counter()
    for k in order:
        for r in people[k]["role"].split("|"):
            roles[r] += 1
    L.append("## Roster in brief (`roster.csv`, %d people)\n" % len(order))
    L.append("| role | people |\n|---|---|")
    for r, c in sorted(roles.items(), key=lambda x: -x[1]):
        L.append("| %s | %d |" % (r, c))
    dual = [people[k] for k in order if "|" in people[k]["role"]]
    L.append("")
    L.append("* All 18 districts have a district chief, a coordinating deputy and a volunteer officer; in "
             + " and ".join("อ.%s (%s)" % (p["agency"].replace("ที่ว่าการอำเภอ", ""), p["disps"][0]) for p in dual)
             + " the coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). "
             "เมืองสกลนคร, กุดบาก, วานรนิวาส, สว่างแดนดิน, เต่างอย and ภูพาน have one more ปลัดอำเภอ.")
    L.append("* Province: governor, 3 vice governors, the palad, 3 sending accounts of ที่ทำการปกครองจังหวัด "
             "(ปค.จ.สน., งานสื่อสาร ปค.สน., ฝ่ายอำนวยการ ปค.สกลนคร 📄), 2 province-level volunteer officers "
             "(ศอ.จอส.จว.สน., จ่าคิด จอส.สกลฯ), 12 agency heads, 3 staff (deputy/clerk of ปภ., เกษตร, ถจ.), 1 retired former district chief.")
    L.append("* `ปลัดต้น` is the display name of two deputies (สว่างแดนดิน, เต่างอย): ambiguous.")
    nl = sum(1 for k in order if people[k]["line"])
    ne = sum(1 for k in order if people[k]["email"])
    L.append("* %d people have a LINE user id, %d an e-mail address; JSONL messages of people with a LINE id carry it as `senderId`.\n" % (nl, ne))
    # groups
    L.append("## Groups and message counts\n")
    L.append("| file | group | messages | first | last |\n|---|---|---|---|---|")
    for g in groups:
        L.append("| `%s` | %s | %d | %s | %s |" % (g.fname, g.name, len(g.msgs), g.msgs[0]["dt"].strftime("%a %d %H:%M"),
                                                  g.msgs[-1]["dt"].strftime("%a %d %H:%M")))
    tot = sum(len(g.msgs) for g in groups)
    L.append("| | total | %d | | |\n" % tot)
    L.append("ศอ.จอส.จว.สน. holds %.0f%% of the messages. Missing reports are judged at the last message of the logs: "
             "%s.\n" % (100.0 * len(groups[0].msgs) / tot, end.isoformat()))
    # orders
    L.append("## Orders with a reporting duty (SKN-5O) and the ledger\n")
    L.append("All in `volunteer-centre.jsonl`, all from the provincial centre (the palad, ศอ.จอส.จว.สน., จ่าคิด จอส.สกลฯ).\n")
    for o, spec in vol.ORDERS.items():
        om = lab[o]
        who = "all 18 districts" if len(spec["districts"]) == 18 else ", ".join("อ." + vol.DTH[d] for d in spec["districts"])
        L.append("### %s — %s line %d, %s, %s" % (o, om["id"], om["line"], om["disp"], om["dt"].strftime("%a %d Jan %H:%M")))
        first = om["text"].split("\n")
        L.append("\n> " + " / ".join(x for x in first if x)[:260] + ("…" if len(om["text"]) > 260 else "") + "\n")
        L.append("* Addressed to: %s." % who)
        L.append("* Deadline words: %s. Deadline: **%s**. %s" % (spec["said"], spec["deadline"], spec["why"]))
        rows = [r for r in ledger if r["label"] == o]
        c = Counter(r["state"] for r in rows)
        L.append("* States: " + ", ".join("%s %d" % (s, c[s]) for s in ["on-time", "late", "missing", "not-due"] if c[s]) + "\n")
        L.append("| district | state | answer | note |\n|---|---|---|---|")
        for r in rows:
            L.append("| %s | %s | %s | %s |" % (r["district"], r["state"], r["answer"], r["note"].split(": ", 1)[1]))
        L.append("")
    L.append("Posts in the group that create **no** duty: " + ", ".join(
        "%s (%s line %d)" % (x, lab[x]["id"], lab[x]["line"]) for x in ["I1", "I2", "R1", "R2", "R3", "R4"]) +
        "; see the judgement calls.\n")
    c = Counter(r["state"] for r in ledger)
    L.append("Ledger totals: " + ", ".join("%s %d" % (s, c[s]) for s in ["on-time", "late", "missing", "not-due"]) +
             " (%d duties).\n" % len(ledger))
    # findings
    L.append("## Findings (`truth.csv`)\n")
    c = Counter(r["rule"] for r in truth)
    L.append("Per rule: " + ", ".join("%s %d" % (k, c[k]) for k in sorted(c)) + "; total %d.\n" % len(truth))
    L.append("| rule | file | line | id | who | state | why |\n|---|---|---|---|---|---|---|")
    for r in sorted(truth, key=lambda r: (r["rule"], r["file"], r["line"])):
        L.append("| %s | %s | %d | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"].replace("|", "\\|")))
    L.append("")
    # near misses
    L.append("## Near misses (`near-misses.csv`, %d rows)\n" % len(near))
    L.append("Posts a careless tool might flag, and why they are not findings.\n")
    L.append("| file | line | id | why not |\n|---|---|---|---|")
    for r in near:
        L.append("| %s | %d | %s | %s |" % (r["file"], r["line"], r["message"], r["why"].replace("|", "\\|")))
    L.append("")
    L.append(JUDGEMENT.replace("e-last", groups[0].msgs[-1]["id"]).replace("END", end.isoformat()))
    with open(os.path.join(out, "TRUTH.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
