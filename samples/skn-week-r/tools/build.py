# Builds the week-R folder: roster, logs, export and truth tables.
# Run from this folder: python3 build.py   (writes into the parent folder)
import csv, json, os
import lib
from roster_data import P, DNAME
import build_vc, build_dopa, build_palad, build_exec, build_heads, build_export, build_more

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# roster
with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in P:
        w.writerow([p["id"], p["full"], "|".join(p["disp"]), p["role"], p["agency"], p["district"], p["line_user_id"], p["email"]])

# order messages inside each file, then ids in global time order
order_files = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl"]
for f in order_files:
    lib.FILES[f].sort(key=lambda mm: (mm["time"], mm["_seq"]))
allm = [(mm["time"], order_files.index(f), i, mm) for f in order_files for i, mm in enumerate(lib.FILES[f])]
allm.sort(key=lambda x: (x[0], x[1], x[2]))
keys = {}
for n, (_, _, _, mm) in enumerate(allm, 1):
    mm["id"] = "r%04d" % n
    if mm["_key"]:
        keys[mm["_key"]] = mm["id"]

truth, nms = [], []
FIELDS = ["id", "group", "time", "sender", "senderId", "type", "text", "replyTo", "event", "target", "attachment"]
for f in order_files:
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        for ln, mm in enumerate(lib.FILES[f], 1):
            if mm["_reply"]:
                mm["replyTo"] = keys[mm["_reply"]]
            mm["_file"], mm["_line"] = f, ln
            rec = {k: mm[k] for k in FIELDS if k in mm}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for r in mm["_truth"]:
                truth.append((r[0], f, ln, mm["id"], r[1], r[2], r[3]))
            if mm["_nm"]:
                nms.append((f, ln, mm["id"], mm["_nm"]))

lines, xt, xn = build_export.render()
with open(os.path.join(OUT, build_export.XF), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
truth += xt
nms += xn

# duty answers that are near misses worth listing (notes on on-time answers)
for (o, d, s, a, note) in build_vc.DUTY:
    if a is not None and note and s == "on-time":
        nms.append((a["_file"], a["_line"], a["id"], "on-time answer of %s to %s: %s" % (DNAME[d], keys[o], note)))

import re
def relabel(t):
    return re.sub(r"\bO(\d+)\b", lambda mo: keys["O" + mo.group(1)], t)
truth = [r[:-1] + (relabel(r[-1]),) for r in truth]
nms = [r[:-1] + (relabel(r[-1]),) for r in nms]
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    for r in truth:
        w.writerow(r)
with open(os.path.join(OUT, "near-misses.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    for r in sorted(nms, key=lambda r: (r[0], r[1])):
        w.writerow(r)
with open(os.path.join(OUT, "ledger.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    from roster_data import DISTRICTS
    dorder = [k for k, _ in DISTRICTS]
    for ok in build_vc.ORDERS:
        rows = [r for r in build_vc.DUTY if r[0] == ok]
        rows.sort(key=lambda r: dorder.index(r[1]))
        for (o, d, s, a, note) in rows:
            w.writerow([keys[o], DNAME[d], s, a["id"] if a else "", build_vc.ORDERS[o]["deadline"], note])

# a machine-readable summary for TRUTH.md
summary = {"orders": {k: dict(id=keys[k], time=v["msg"]["time"], sender=v["msg"]["sender"], deadline=v["deadline"], how=v["how"],
                              districts=[DNAME[d] for d in v["districts"]]) for k, v in build_vc.ORDERS.items()},
           "info_orders": {k: keys[k] for k in ("O4", "O10")}, "keys": keys}
json.dump(summary, open(os.path.join(OUT, "tools", "summary.json"), "w"), ensure_ascii=False, indent=1)
print("messages", {f: len(lib.FILES[f]) for f in order_files}, "export lines", len(lines), "export msgs", len(build_export.E))
print("truth", len(truth), "near misses", len(nms))
