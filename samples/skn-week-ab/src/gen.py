# Lays out the week AB chats and writes the truth files from the hand annotations in week_*.py.
import csv, json, os, sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(__file__))
from people import roster_rows, DISTRICTS, DNAME, BY
import week_sor, week_other, week_more

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

logs = week_other.LOGS + [week_sor.L]
nid = 1
for lg in week_other.LOGS:
    nid = lg.finish(nid)
week_sor.L.finish(0)

# ---- chats -----------------------------------------------------------------
for lg in week_other.LOGS:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, week_sor.L.fname), "w", encoding="utf-8") as f:
    f.write("\n".join(week_sor.L.lines) + "\n")

# ---- roster ----------------------------------------------------------------
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())

# ---- truth rows from annotations ------------------------------------------
truth, near = [], []
for lg in logs:
    for m in lg.msgs:
        for tr in m["truth"]:
            if len(tr) == 2:
                rule, note = tr
                who = m["sender"]
            else:
                rule, who, note = tr
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])

# ---- ledger ------------------------------------------------------------------
def ptime(s):
    return datetime.fromisoformat(s)

end = max(ptime(m["time"]) for lg in logs for m in lg.msgs)
L = week_sor.L
answers = {}
for m in L.msgs:
    if m["ans"]:
        k = m["ans"]
        assert k not in answers, ("two answers", k)
        answers[k] = m
ledger = []
codes = [c for c, _ in DISTRICTS]
for key, o in week_sor.ORDERS.items():
    om = o["msg"]
    ds = codes if o["districts"] == "ALL" else o["districts"]
    dl = ptime(o["deadline"])
    for c in ds:
        a = answers.get((key, c))
        if a:
            assert ptime(a["time"]) > ptime(om["time"]), (key, c)
            st = "on-time" if ptime(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < end else "not-due"
        exp = o["expect"].get(c, "on-time" if a else "not-due")
        assert st == exp, (key, c, st, exp)
        note = ""
        if a and a.get("palone"):
            note = "photos alone"
        elif a and a.get("pfirst"):
            note = "photos, then a caption"
        ledger.append([f"{L.fname}:{om['line']}", DNAME[c], st, f"{L.fname}:{a['line']}" if a else "", o["deadline"], note, key])
        if st == "late":
            truth.append(["SKN-5O", L.fname, a["line"], "", DNAME[c], "late", f"{key}: answered {a['time'][11:16]} {a['time'][8:10]} Nov, deadline {o['deadline'][:16]}"])
        elif st == "missing":
            truth.append(["SKN-5O", L.fname, om["line"], "", DNAME[c], "missing", f"{key}: no answer by the end of the log (deadline {o['deadline'][:16]})"])
    for (k2, c), a in answers.items():
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)

order_idx = {f: i for i, f in enumerate([lg.fname for lg in logs])}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(truth)
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(near)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows([r[:6] for r in ledger])

# ---- a machine summary used to write TRUTH.md --------------------------------
summary = dict(
    end=end.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in logs},
    orders={k: dict(line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"]) for k, o in week_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print("messages", summary["counts"], sum(summary["counts"].values()))
from collections import Counter
print("truth", Counter(r[0] for r in truth), len(truth))
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", end)
