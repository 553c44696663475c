# Lays out the week AE chats and writes roster, truth, near misses and ledger from the hand annotations in g_*.py.
# (Adapted from the week AB layout script; it numbers, sorts and tabulates, it does not decide anything:
# every finding, near miss and answer is tagged by hand next to its message, and the ledger states are
# checked against the hand-written expectations in g_sor.ORDERS.)
import csv, json, os, sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(__file__))
from people import roster_rows, DISTRICTS, DNAME, BY, disp
import g_pk, g_pj, g_heads, g_nak, g_sor, g_exec

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = [g_pk.PK, g_pj.PJ, g_heads.HC, g_nak.NK, g_sor.L]
EXPORT = g_exec.EX
LOGS = JSONL + [EXPORT]

nid = 1
for lg in JSONL:
    nid = lg.finish(nid)
EXPORT.finish(0)

for lg in JSONL:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, EXPORT.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(EXPORT.lines) + "\n")

with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())


def who_name(k, m):
    if k is None:
        return m["sender"]
    if k.startswith("!"):
        return k[1:]
    return disp(k) if k in BY else k


truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            if len(tr) == 2:
                rule, note = tr
                who = m["sender"].strip("\u2068\u2069")
            else:
                rule, k, note = tr
                who = who_name(k, m)
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])

end = max(datetime.fromisoformat(m["time"]) for lg in LOGS for m in lg.msgs)
L = g_sor.L
answers = {}
for m in L.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        answers[m["ans"]] = m
ledger = []
codes = [c for c, _ in DISTRICTS]
for key, o in g_sor.ORDERS.items():
    om = o["msg"]
    ds = codes if o["districts"] == "ALL" else o["districts"]
    dl = datetime.fromisoformat(o["deadline"])
    for c in codes:
        if c not in ds:
            continue
        a = answers.get((key, c))
        if a:
            assert BY[a["key"]]["district"] == DNAME[c], (key, c)
            assert datetime.fromisoformat(a["time"]) > datetime.fromisoformat(om["time"]), (key, c)
            st = "on-time" if datetime.fromisoformat(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < end else "not-due"
        exp = o["expect"].get(c, "on-time")
        assert st == exp, (key, c, st, exp)
        ledger.append([om["id"], DNAME[c], st, a["id"] if a else "", o["deadline"], a["ans_note"] if a else "", key, a])
        at = lambda s: datetime.fromisoformat(s).strftime("%a %d %b %H:%M")
        if st == "late":
            truth.append(["SKN-5O", L.fname, a["line"], a["id"], DNAME[c], "late",
                          f"{key}: first answer {at(a['time'])}, after the deadline {at(o['deadline'])}"])
        elif st == "missing":
            truth.append(["SKN-5O", L.fname, om["line"], om["id"], DNAME[c], "missing",
                          f"{key}: no answer by the end of the log (deadline {at(o['deadline'])})"])
    for (k2, c) in answers:
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)

order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] != "SKN-5O", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(truth)
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "line", "message", "why"])
    w.writerows(near)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows([r[:6] for r in ledger])

summary = dict(
    end=end.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in LOGS},
    groups={lg.fname: lg.group for lg in LOGS},
    first_id=JSONL[0].msgs[0]["id"], last_id=JSONL[-1].msgs[-1]["id"],
    orders={k: dict(id=o["msg"]["id"], line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"]) for k, o in g_sor.ORDERS.items()},
    ledger=[dict(order=r[6], district=r[1], state=r[2], answer=r[3], line=(r[7]["line"] if r[7] else None),
                 time=(r[7]["time"] if r[7] else None), note=r[5]) for r in ledger],
    truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
from collections import Counter
tot = sum(summary["counts"].values())
print("messages", summary["counts"], tot, "ศอ share %.3f" % (summary["counts"][L.fname] / tot))
rc = Counter(r[0] for r in truth)
print("truth", dict(rc), len(truth), "non-5O", len(truth) - rc["SKN-5O"])
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", end, "ids", summary["first_id"], summary["last_id"])
