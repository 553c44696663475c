# Writes TRUTH.md: hand-written account plus the tables of the truth files.
import csv, os, json
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def rows(fn):
    with open(os.path.join(D, fn), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
truth, nms, ledger, roster = rows("truth.csv"), rows("near-misses.csv"), rows("ledger.csv"), rows("roster.csv")
counts = {}
for f in ["volunteer-centre.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads.jsonl", "administrators.jsonl"]:
    counts[f] = sum(1 for _ in open(os.path.join(D, f), encoding="utf-8"))
vc = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(D, "volunteer-centre.jsonl"), encoding="utf-8")}
import subprocess
out = []
w = out.append
w(open(os.path.join(os.path.dirname(__file__), "truth_intro.md"), encoding="utf-8").read())
w("\n## Every finding (truth.csv, %d rows)\n" % len(truth))
w("| rule | file | line | message | who | state | why |\n|---|---|---|---|---|---|---|")
for r in truth:
    w("| %s | %s | %s | %s | %s | %s | %s |" % (r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]))
w("\n## Every near miss (near-misses.csv, %d rows): why it is not a finding\n" % len(nms))
w("| file | line | message | why not |\n|---|---|---|---|")
for r in nms:
    w("| %s | %s | %s | %s |" % (r["file"], r["line"], r["message"], r["why"]))
w("\n## Ledger (ledger.csv, %d rows)\n" % len(ledger))
names = {}
for r in ledger:
    names.setdefault(r["order"], []).append(r)
for oid, rs in names.items():
    o = vc[oid]
    w("\n### Order %s (%s, %s)\n" % (oid, o["time"][:16].replace("T", " "), o["sender"]))
    w("Deadline %s. " % rs[0]["deadline"])
    w("| district | state | answer | answer time | note |\n|---|---|---|---|---|")
    for r in rs:
        at = vc[r["answer"]]["time"][5:16].replace("T", " ") if r["answer"] else ""
        w("| %s | %s | %s | %s | %s |" % (r["district"], r["state"], r["answer"], at, r["note"]))
open(os.path.join(D, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
