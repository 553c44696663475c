#!/usr/bin/env python3
"""Tabulates TRUTH.md from the hand-written prose below and the CSVs that build.py laid out."""
import csv, json, os, sys
from collections import Counter, OrderedDict
sys.argv = [sys.argv[0]]
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src = open(os.path.join(HERE, "build.py"), encoding="utf-8").read().replace("\nmain()\n", "\n")
B = {"__file__": os.path.join(HERE, "build.py"), "__name__": "b"}; exec(compile(src, "build.py", "exec"), B)
lay = json.load(open(os.path.join(HERE, "layout.json"), encoding="utf-8"))
rd = lambda f: list(csv.DictReader(open(os.path.join(OUT, f), encoding="utf-8")))
truth, ledger, near = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv")
EXP = B["EXPORT"][1]
files = [(g[1], g[2]) for g in B["GROUPS"]] + [(EXP, B["EXPORT"][2])]
P = []
P.append(open(os.path.join(HERE, "truth_head.md"), encoding="utf-8").read())
P.append("## Groups and messages\n\n| file | group | messages | findings |\n|---|---|---|---|")
tc = Counter(r["file"] for r in truth)
for f, g in files: P.append("| `%s` | %s | %d | %d |" % (f, g, lay["counts"][f], tc[f]))
P.append("| | total | %d | %d |\n" % (sum(lay["counts"].values()), len(truth)))
P.append("ศอ.จอส.จว.สน. carries %d of %d messages (%.1f%%). JSONL ids run `ax0001`…`ax%04d` across the five JSONL files in the order above. Missing reports are judged at the last message of the whole log, **%s** (the last line of the export).\n" % (
    lay["counts"][EXP], sum(lay["counts"].values()), 100.0 * lay["counts"][EXP] / sum(lay["counts"].values()), sum(v for k, v in lay["counts"].items() if k != EXP), lay["end"][:16].replace("T", " ")))
P.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
P.append(open(os.path.join(HERE, "truth_orders.md"), encoding="utf-8").read())
for o, (d, dl, how, topic) in B["ORDERS"].items():
    line = lay["orders"][o]; rows = [r for r in ledger if r["order"] == str(line)]
    P.append("### %s — line %d: %s\n\nDeadline %s. %s.\n" % (o, line, topic, dl, how))
    for st in ("on-time", "late", "missing", "not-due"):
        rs = [r for r in rows if r["state"] == st]
        if rs:
            P.append("- **%s** (%d): %s" % (st, len(rs), ", ".join(r["district"] + (" (l.%s)" % r["answer"] if r["answer"] else "") for r in rs)))
    notes = [r for r in rows if r["note"]]
    for r in notes: P.append("  - %s: %s" % (r["district"], r["note"]))
    P.append("")
sc = Counter(r["state"] for r in ledger)
P.append("Ledger totals: %d duties — %s.\n" % (len(ledger), ", ".join("%s %d" % (k, sc[k]) for k in ("on-time", "late", "missing", "not-due"))))
P.append("## Findings (`truth.csv`)\n\n| rule | count |\n|---|---|")
rc = Counter(r["rule"] for r in truth)
for k in sorted(rc): P.append("| %s | %d |" % (k, rc[k]))
P.append("| total | %d (%d posting/membership, %d SKN-5O) |\n" % (len(truth), len(truth) - rc["SKN-5O"], rc["SKN-5O"]))
for f, g in files:
    P.append("### %s (`%s`)\n" % (g, f))
    for r in truth:
        if r["file"] == f:
            P.append("- %s — line %s%s — %s%s: %s" % (r["rule"], r["line"], " " + r["message"] if r["message"] else "", r["who"], " **%s**" % r["state"] if r["state"] else "", r["note"]))
    P.append("")
P.append(open(os.path.join(HERE, "truth_tail.md"), encoding="utf-8").read())
P.append("## Near misses (`near-misses.csv`, %d)\n\nEach is something a careless reader might flag but which the rules page does not make a finding.\n" % len(near))
for f, g in files:
    P.append("### %s\n" % g)
    for r in near:
        if r["file"] == f: P.append("- line %s%s: %s" % (r["line"], " " + r["message"] if r["message"] else "", r["why"]))
    P.append("")
open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(P))
print("TRUTH.md written")
