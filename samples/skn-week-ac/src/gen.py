# Lays out the week AC chats and writes roster, truth, near misses and ledger from the hand annotations
# in week_*.py (adapted from week AB's src/gen.py).  Run: python3 src/gen.py
import csv, json, os, sys
from datetime import datetime
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, CODES, DNAME
import week_sor, week_pk, week_pj, week_exec, week_heads, week_nak, week_more  # noqa: F401

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGS = [week_sor.L, week_pk.L, week_pj.L, week_exec.L, week_heads.L, week_nak.L]
JSONL = [lg for lg in LOGS if not lg.export]

for lg in LOGS:
    lg.finish()
# message ids ac0001… over the JSONL files, in time order (ties: file order, then line)
allm = sorted(((m["dt"], fi, m["line"], m) for fi, lg in enumerate(JSONL) for m in lg.msgs), key=lambda x: x[:3])
for n, (_, _, _, m) in enumerate(allm, 1):
    m["id"] = f"ac{n:04d}"

for lg in JSONL:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
for lg in LOGS:
    if lg.export:
        with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lg.lines) + "\n")

with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())

truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            rule, who, note = tr if len(tr) == 3 else (tr[0], m["sender"], tr[1])
            truth.append([rule, lg.fname, m["line"], m["id"], who.replace("\u2068", "").replace("\u2069", ""), "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])

end = max(m["dt"] for lg in LOGS for m in lg.msgs)
L = week_sor.L
answers = {}
for m in L.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        answers[m["ans"]] = m
ledger = []
for key, o in week_sor.ORDERS.items():
    om = o["msg"]
    ds = CODES if o["districts"] == "ALL" else o["districts"]
    dl = datetime.fromisoformat(o["deadline"])
    for c in ds:
        a = answers.get((key, c))
        if a:
            assert a["dt"] > om["dt"], (key, c)
            st = "on-time" if a["dt"] <= dl else "late"
        else:
            st = "missing" if dl < end else "not-due"
        exp = o["expect"].get(c, "on-time" if a else "not-due")
        assert st == exp, (key, c, st, exp)
        ledger.append([om["id"], DNAME[c], st, a["id"] if a else "", o["deadline"], a["ansnote"] if a else "", key])
        if st == "late":
            truth.append(["SKN-5O", L.fname, a["line"], a["id"], DNAME[c], "late",
                          f"{key}: answered {a['dt']:%H:%M} {a['dt'].day} {a['dt']:%b}, deadline {o['deadline'][:16]}"])
        elif st == "missing":
            truth.append(["SKN-5O", L.fname, om["line"], om["id"], DNAME[c], "missing",
                          f"{key}: no answer by the end of the log (deadline {o['deadline'][:16]})"])
for (k2, c), a in answers.items():
    o = week_sor.ORDERS[k2]
    assert o["districts"] == "ALL" or c in o["districts"], ("answer from a district the order does not oblige", k2, c)

order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] != "SKN-5O", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
for name, header, rows in (("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth),
                           ("near-misses.csv", ["file", "line", "message", "why"], near),
                           ("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], [r[:6] for r in ledger])):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

summary = dict(
    end=end.isoformat(), end_file=[lg.fname for lg in LOGS if lg.msgs[-1]["dt"] == end],
    counts={lg.fname: len(lg.msgs) for lg in LOGS}, groups={lg.fname: lg.group for lg in LOGS},
    orders={k: dict(id=o["msg"]["id"], line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"]) for k, o in week_sor.ORDERS.items()},
    ledger=ledger, ids=[allm[0][3]["id"], allm[-1][3]["id"]])
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
tot = sum(summary["counts"].values())
print("messages", summary["counts"], tot, "ศอ share %.3f" % (summary["counts"][L.fname] / tot))
rc = Counter(r[0] for r in truth)
print("truth", dict(sorted(rc.items())), "non-5O", sum(v for k, v in rc.items() if k != "SKN-5O"), "5O", rc["SKN-5O"])
print("ledger", dict(Counter(r[2] for r in ledger)), len(ledger))
print("near", len(near), "end", end, summary["end_file"])
