import csv, os
from collections import Counter
import g_vol, people

INTRO = """# Ground truth: Sakon Nakhon LINE groups, Monday 9 – Friday 13 March 2026 (พ.ศ. 2569)

A dry-season week in six provincial LINE groups, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as
`samples/letter-rules-sakon-nakhon.md` reads it. Themes: drought relief and water trucks, the open-burning ban and haze, a
dengue outbreak in อ.โพนนาแก้ว, the volunteer centre's tree planting, firebreak and blood drive, and the
quarter-2 budget disbursement push. Everything is fictional. Every finding and near miss below was decided by
hand from the letter and the rules page; the build script only turns the hand tags into line numbers, and
`tools/check.py` checks the files and re-derives the membership findings independently from the roster.

Files: `roster.csv`, five JSONL logs, one LINE phone export in the Thai UI (`heads-chiefs-export.txt`, truth
rows cite its line numbers and carry no message id), `truth.csv`, `ledger.csv`, `near-misses.csv`, and
`tools/` (the hand-written messages `g_*.py`, `build.py` that writes the files, `check.py`).
Weekday check: 9 March 2026 is a Monday; no public holiday falls in the week (มาฆบูชา was Tuesday 3 March).

## Roster in brief

{roster}

- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดวุธ เจริญศิลป์ and อนันต์ ปลัดภูพาน
  (their districts have no separate volunteer officer).
- Ambiguous display name: **ปลัดเอก** belongs to two deputies (วานรนิวาส and สว่างแดนดิน), neither with a LINE id.
- Name variants that must still match: `นายสุรเชษฐ์ ภูผา` (roster `สุรเชษฐ์ ภูผา`, sent without a user id) and
  `ว่าที่ร.ต.อภิชาติ คำมูล` (roster `อภิชาติ คำมูล`, no user id). The district chief of คำตากล้า posts once as
  `ทองใบ 🙏 คำตากล้า`, a name not in the roster, but with his LINE user id.
- {nline} people have a LINE user id, {nmail} an e-mail; the office accounts without a LINE id send with their e-mail as `senderId`.

## Groups and message counts

| group | file | messages |
|---|---|---|
{groups}

The last message of the whole log is {last} (ศอ.จอส.จว.สน.); missing reports are judged at that time.

## Decisions where the rules left room

1. **Membership and SKN-ALL together.** When a roster person who is not admitted is invited, the truth has the
   group's membership finding (SKN-n) for the invitee *and* the two SKN-ALL rows (invitee, inviter), all on the
   invite line. SKN-ALL says "two findings" and OUTSIDER says "not also SKN-ALL"; nothing says SKN-ALL replaces
   the group's membership rule, so both stand. (3 cases: f0029, f0426, f0485.) If the intended reading is
   "SKN-ALL only", drop the three SKN-5/SKN-3/SKN-4 rows on those lines.
2. **Which order a report answers.** Reports are matched to orders by what they say (and by reply where used).
   The week is built so that the simpler reading, "a district's first report of any kind after the order",
   gives the **same state** for every duty: a late answer is always the district's first report after that
   order, and a district that is missing or not-due posts no report at all after that order. `build.py`
   checks this. Only the `answer` id of some on-time rows differs under the simpler reading.
3. **Photo-then-caption and text-then-photo posts** are one post; the ledger cites the text message
   (the report), photos alone cite their first photo, a file alone cites the file.
4. **System events are not posts**: an invite, join, leave or removal in ข้อสั่งการ ปค.สน. is not an SKN-2P
   finding; it only shows membership.
5. **Dates as deadlines**: "ภายในวันที่ ๑๑ มี.ค. ๖๙" and "ส่ง 13 มีค. 69" run to 23:59:59 of that day;
   "ภายใน ๓ วัน" counts from the day after the order (Thai administrative law), ending at 23:59:59 of the
   third day (a working day here). Deadlines after the end of the log give `not-due` for districts without an
   answer.
6. **Reports and orders in other groups** (e.g. the palad's report request in นักปกครองสกลนคร) create no SKN-5O
   duty: duties live only in ศอ.จอส.จว.สน.
7. **Posts that only a stretched reading would flag were avoided** in หน.ส่วนราชการ-นอภ.สน. (e.g. an agency's
   event photos): only plain reports, results or achievements are SKN-6P, and only plain acks, questions,
   forwards and courtesy are near misses there.
"""

def write(OUT, labels, GROUPS, MSGS, last):
    R = lambda f: list(csv.DictReader(open(os.path.join(OUT, f), encoding="utf-8")))
    truth, led, nms = R("truth.csv"), R("ledger.csv"), R("near-misses.csv")
    ps = people.persons()
    rc = Counter(p["role"] for p in ps)
    roster = "%d people: " % len(ps) + ", ".join("%s %d" % (k, v) for k, v in sorted(rc.items(), key=lambda x: -x[1])) + \
        ". Each of the 18 districts has a chief, a coordinating deputy and a volunteer officer; seven extra deputies sit in เมืองสกลนคร (2), พังโคน, วานรนิวาส, สว่างแดนดิน (2) and ส่องดาว. Province level: the governor, three vice governors, the palad, three office sending accounts, two provincial volunteer officers, twelve agency heads, four deputies/clerks of agencies and one retired former district chief."
    nline = sum(1 for p in ps if p["line"]); nmail = sum(1 for p in ps if p["email"])
    groups = "\n".join("| %s | `%s` | %d |" % (n, f, len(MSGS[g])) for g, n, f in GROUPS)
    out = [INTRO.format(roster=roster, nline=nline, nmail=nmail, groups=groups, last=last.strftime("%Y-%m-%d %H:%M:%S +07:00"))]
    # findings
    rules = Counter(r["rule"] for r in truth)
    out.append("## Findings (%d)\n\n" % len(truth) + ", ".join("%s %d" % kv for kv in sorted(rules.items())) + "\n")
    out.append("| rule | file | line | message | who | state | why |\n|---|---|---|---|---|---|---|")
    for r in truth:
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]))
    # orders
    out.append("\n## Orders in ศอ.จอส.จว.สน. and their ledger\n")
    out.append("Orders that create duties are those of the provincial volunteer centre (the palad or a province-level "
               "volunteer officer) that ask districts to report. Orders O2 and O7 are information only; R1–R4 are "
               "reminders of earlier orders. The district chief orders (f-ids in SKN-5P above) and the vice "
               "governor's order come from people who are not the provincial centre and create no duty.\n")
    for lab, why in g_vol.NODUTY.items():
        m = labels[lab]
        out.append("- **%s** (%s, %s, %s): no duty – %s." % (lab, m["id"], m["ts"].strftime("%a %d %b %H:%M"), people.P[m["who"]]["names"][0], why))
    for o, spec in g_vol.ORDERS.items():
        m = labels[o]
        rows = [r for r in led if r["order"] == m["id"]]
        st = Counter(r["state"] for r in rows)
        addr = "all 18 districts" if spec["districts"] == "all" else ", ".join(people.TH[d] for d in spec["districts"]) + " (named in the text)"
        first = m["text"].split("\n")
        out.append("\n### %s – %s, line %d, %s, by %s\n" % (o, m["id"], m["line"], m["ts"].strftime("%a %d %b %Y %H:%M"), people.P[m["who"]]["names"][0]))
        out.append("> " + " / ".join(x for x in first if x.strip())[:400] + "\n")
        out.append("Addressed to: %s. Deadline: **%s** – %s.  \nStates: %s.\n" % (addr, rows[0]["deadline"], spec["how"],
                   ", ".join("%s %d" % kv for kv in sorted(st.items()))))
        out.append("| district | state | answer | note |\n|---|---|---|---|")
        for r in rows:
            out.append("| %s | %s | %s | %s |" % (r["district"], r["state"], r["answer"], r["note"]))
    tot = Counter(r["state"] for r in led)
    out.append("\nLedger totals: " + ", ".join("%s %d" % kv for kv in sorted(tot.items())) + " (%d rows)." % len(led))
    # near misses
    out.append("\n## Near misses (%d): things a careless tool would flag, and why they are not findings\n" % len(nms))
    out.append("| file | line | message | why not |\n|---|---|---|---|")
    for r in nms:
        out.append("| %s | %s | %s | %s |" % (r["file"], r["line"], r["message"], r["why"]))
    open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
