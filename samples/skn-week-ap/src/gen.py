# Lays out the week AP chats and writes the data and truth files from the hand annotations in g_*.py.
# It numbers ids and lines, writes the files and tabulates the ledger; every message and note is hand-written.
import csv, json, os, sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, DISTRICTS, DNAME
import g_pk, g_pj, g_exec, g_heads, g_nak, g_sor

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JLOGS = [g_pk.L, g_pj.L, g_exec.L, g_heads.L, g_nak.L]
SOR = g_sor.L
LOGS = JLOGS + [SOR]

nid = 1
for lg in JLOGS:
    nid = lg.finish("ap", nid)
SOR.finish("ap", 0)

for lg in JLOGS:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as fh:
        for r in lg.json_rows():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, SOR.fname), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(SOR.lines) + "\n")

with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())

truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            rule, who, note = (tr[0], m["target"] if m["event"] == "invite" else m["sender"], tr[1]) if len(tr) == 2 else tr
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])


def pt(s):
    return datetime.fromisoformat(s)


end = max(pt(m["time"]) for lg in LOGS for m in lg.msgs)
answers = {}
for m in SOR.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        answers[m["ans"]] = m
codes = [c for c, _ in DISTRICTS]
ledger = []
for key, o in g_sor.ORDERS.items():
    om = o["msg"]
    ds = codes if o["districts"] == "ALL" else o["districts"]
    dl = pt(o["deadline"])
    for (k2, c) in answers:
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)
    for c in codes:
        if c not in ds:
            continue
        a = answers.get((key, c))
        if a:
            assert pt(a["time"]) > pt(om["time"])
            st = "on-time" if pt(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < end else "not-due"
        exp = o["expect"].get(c, "on-time" if a else "not-due")
        assert st == exp, (key, c, st, exp)
        if a:
            note = f"{key}: {a['sender']} ({a['how']}), {a['time'][8:10]}.{a['time'][5:7]} {a['time'][11:16]}"
        elif st == "missing":
            note = f"{key}: no answer from the district by the end of the log"
        else:
            note = f"{key}: not answered yet; due after the log ends"
        ledger.append([str(om["line"]), DNAME[c], st, str(a["line"]) if a else "", o["deadline"], note, key])
        if st == "late":
            truth.append(["SKN-5O", SOR.fname, a["line"], "", DNAME[c], "late",
                          f"{key}: first answer {a['time'][11:16]} on {a['time'][8:10]}.{a['time'][5:7]}, after the deadline {o['deadline'][:16].replace('T', ' ')}"])
        elif st == "missing":
            truth.append(["SKN-5O", SOR.fname, om["line"], "", DNAME[c], "missing",
                          f"{key}: no answer by the end of the log (deadline {o['deadline'][:16].replace('T', ' ')})"])

order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
for name, hdr, rows in (("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth),
                        ("near-misses.csv", ["file", "line", "message", "why"], near),
                        ("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], [r[:6] for r in ledger])):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(hdr)
        w.writerows(rows)

summary = dict(
    end=end.isoformat(), counts={lg.fname: len(lg.msgs) for lg in LOGS},
    orders={k: dict(line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"], districts=o["districts"],
                    deadline=o["deadline"], why=o["why"]) for k, o in g_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as fh:
    json.dump(summary, fh, ensure_ascii=False, indent=1)
print("messages", summary["counts"], sum(summary["counts"].values()))
print("truth", dict(Counter(r[0] for r in truth)), len(truth))
print("ledger", dict(Counter(r[2] for r in ledger)), len(ledger))
print("near", len(near), "end", end)
