# Lays out the week AF chats and writes roster, chats, truth.csv, near-misses.csv and ledger.csv from the
# hand annotations in g_*.py. (Adapted from week AB's src/gen.py.)
import csv, json, os, sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, CODES, DNAME, BY
import g_pk, g_pj, g_exec, g_heads, g_nak, g_sor

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JLOGS = [g_pk.L, g_pj.L, g_exec.L, g_heads.L, g_nak.L]
S = g_sor.L
logs = JLOGS + [S]

nid = 1
for lg in JLOGS:
    nid = lg.finish(nid)
S.finish(0)


def w_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


for lg in JLOGS:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, S.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(S.lines) + "\n")
w_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
      roster_rows())

# ---- truth and near misses from the annotations
truth, near = [], []
for lg in logs:
    for m in lg.msgs:
        for tr in m["truth"]:
            rule, who, note = (tr[0], m["sender"], tr[1]) if len(tr) == 2 else tr
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])


def pt(s):
    return datetime.fromisoformat(s)


END = max(pt(m["time"]) for lg in logs for m in lg.msgs)
answers = {}
for m in S.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        key, code = m["ans"]
        assert m["key"] and BY[m["key"]]["district"] == code, ("answer not by a person of the district", m)
        answers[m["ans"]] = m
ledger = []
for key, o in g_sor.ORDERS.items():
    om = o["msg"]
    ds = CODES if o["districts"] == "ALL" else o["districts"]
    dl = pt(o["deadline"])
    for c in ds:
        a = answers.get((key, c))
        if a:
            assert pt(a["time"]) > pt(om["time"]), (key, c)
            st = "on-time" if pt(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < END else "not-due"
        exp = o["expect"].get(c, "on-time" if a else "not-due")
        assert st == exp, (key, c, st, exp)
        note = ""
        if a is not None:
            if a["type"] == "image":
                nxt = S.msgs[S.msgs.index(a) + 1:]
                cap = next((x for x in nxt if x["sender"] == a["sender"] and x["type"] != "image"), None)
                close = cap is not None and cap["d"] == a["d"] and \
                    int(cap["hm"][:2]) * 60 + int(cap["hm"][3:]) - int(a["hm"][:2]) * 60 - int(a["hm"][3:]) <= 5
                note = ("photos, then a caption" if cap["type"] == "text" else "photos, then a file") if close else "photos alone"
            elif a["type"] == "file":
                note = "a file, then its caption"
        ledger.append([str(om["line"]), DNAME[c], st, str(a["line"]) if a else "", o["deadline"], note, key])
        if st == "late":
            truth.append(["SKN-5O", S.fname, a["line"], "", DNAME[c], "late",
                          f"{key}: answered {a['time'][11:16]} {a['time'][8:10]} Nov, deadline {o['deadline'][:16]}"])
        elif st == "missing":
            truth.append(["SKN-5O", S.fname, om["line"], "", DNAME[c], "missing",
                          f"{key}: no answer by the end of the log (deadline {o['deadline'][:16]})"])
    for (k2, c), a in answers.items():
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)
for (k2, c) in answers:
    assert k2 in g_sor.ORDERS, k2

order_idx = {lg.fname: i for i, lg in enumerate(logs)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
w_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth)
w_csv("near-misses.csv", ["file", "line", "message", "why"], near)
w_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], [r[:6] for r in ledger])

summary = dict(
    end=END.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in logs},
    orders={k: dict(line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"]) for k, o in g_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print("messages", summary["counts"], sum(summary["counts"].values()))
print("truth", Counter(r[0] for r in truth), len(truth))
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", END)
