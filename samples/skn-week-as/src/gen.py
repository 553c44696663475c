# Lays out the week AS chats and writes the truth files from the hand annotations in g_*.py.
import csv
import json
import os
import sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, CODES, DNAME, get  # noqa: E402
import g_sor, g_dopa, g_palad, g_exec, g_heads, g_nak  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = [g_sor.L, g_dopa.L, g_palad.L, g_exec.L, g_heads.L]
EXPORT = g_nak.L
LOGS = JSONL + [EXPORT]

nid = 1
for lg in JSONL:
    nid = lg.finish("as", nid)
EXPORT.finish("as", 0)

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

# ---- truth rows and near misses from the hand annotations ----
truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            rule, who, note = (tr[0], m["sender"], tr[1]) if len(tr) == 2 else tr
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            assert not m["truth"], (lg.fname, m["line"])
            near.append([lg.fname, m["line"], m["id"], m["near"]])


def pt(s):
    return datetime.fromisoformat(s)


def hm(s):
    return pt(s).strftime("%a %d %H:%M")


# ---- ledger: every duty of every order ----
END = max(pt(m["time"]) for lg in LOGS for m in lg.msgs)
L = g_sor.L
answers = {}
for m in L.msgs:
    if m["ans"]:
        k = tuple(m["ans"][:2])
        assert k not in answers, ("two answers", k)
        answers[k] = m
ledger = []
WEEKDAY = {23: "Mon", 24: "Tue", 25: "Wed", 26: "Thu", 27: "Fri"}
for key, o in g_sor.ORDERS.items():
    om = o["msg"]
    ds = CODES if o["districts"] == "ALL" else o["districts"]
    dl = pt(o["deadline"])
    exp = g_sor.EXPECT[key]
    for c in ds:
        a = answers.get((key, c))
        if a:
            p = get(a["key"])
            assert p["district"] == DNAME[c], (key, c, a["sender"])
            assert pt(a["time"]) > pt(om["time"]), (key, c)
            st = "on-time" if pt(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < END else "not-due"
        want = "late" if c in exp["late"] else "missing" if c in exp["missing"] else ("on-time" if a else "not-due")
        assert st == want, (key, c, st, want)
        note = ""
        if a:
            p = get(a["key"])
            kind = {"image": "photos", "file": "file", "text": "text"}[a["type"]]
            note = f"{a['sender']} ({p['role']}), {kind}"
            if a["reply"] is not None:
                note += ", reply to the order"
        ledger.append([om["id"], DNAME[c], st, a["id"] if a else "", o["deadline"], note])
        if st == "late":
            truth.append(["SKN-5O", L.fname, a["line"], a["id"], DNAME[c], "late",
                          f"{key} ({o['topic']}): first answer {hm(a['time'])}, after the deadline {hm(o['deadline'])}"])
        elif st == "missing":
            truth.append(["SKN-5O", L.fname, om["line"], om["id"], DNAME[c], "missing",
                          f"{key} ({o['topic']}): no answer by the end of the log (deadline {hm(o['deadline'])})"])
    for (k2, c), a in answers.items():
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)

order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] == "SKN-ALL", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
for name, header, rows in (("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth),
                           ("near-misses.csv", ["file", "line", "message", "why"], near),
                           ("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

summary = dict(
    end=END.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in LOGS},
    groups={lg.fname: lg.group for lg in LOGS},
    orders={k: dict(id=o["msg"]["id"], line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"], topic=o["topic"])
            for k, o in g_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
tot = sum(summary["counts"].values())
print("messages", summary["counts"], tot, "ศอ share %.1f%%" % (100 * summary["counts"][L.fname] / tot))
rc = Counter(r[0] for r in truth)
print("truth", dict(sorted(rc.items())), len(truth), "non-5O", len(truth) - rc["SKN-5O"])
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", END)
