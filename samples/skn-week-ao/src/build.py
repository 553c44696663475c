# Lays out the week AO chats and writes roster, chats, truth, near misses and ledger from the hand
# annotations in g_*.py (adapted from samples/skn-week-ab/src/gen.py).  Run: python3 src/build.py
import csv, json, os, sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, CODES, DNAME, BY
import g_pak, g_palad, g_exec, g_heads, g_nak, g_sor

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JLOGS = [g_pak.L, g_palad.L, g_exec.L, g_heads.L, g_nak.L]
S = g_sor.L
LOGS = JLOGS + [S]

nid = 1
for lg in JLOGS:
    nid = lg.finish(nid)
S.finish(0)

for lg in JLOGS:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, S.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(S.lines) + "\n")

with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())

# ---- truth rows and near misses from the hand annotations ----
truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            if len(tr) == 2:
                rule, note = tr
                who = m["sender"]
            else:
                rule, who, note = tr
            truth.append([rule, lg.fname, m["line"], m["id"], who.replace("\u2068", "").replace("\u2069", ""), "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])


def pt(s):
    return datetime.fromisoformat(s)


END = max(pt(m["time"]) for lg in LOGS for m in lg.msgs)
answers = {}
for m in S.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
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
            assert a["key"] and BY[a["key"]]["district"] == DNAME[c], (key, c, a["sender"])
            st = "on-time" if pt(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < END else "not-due"
        exp = o["expect"].get(c, "on-time" if a else ("not-due" if dl >= END else "missing"))
        assert st == exp, (key, c, st, exp)
        if a is not None:
            shape = ("photos alone" if a["palone"] else "photos, then a caption" if a["pfirst"]
                     else "a file" if a["pfile"] else "text")
            i = S.msgs.index(a)
            nxt = S.msgs[i + 1] if i + 1 < len(S.msgs) else None
            if shape in ("text", "a file") and nxt is not None and nxt["key"] == a["key"] and nxt["hm"] == a["hm"] and nxt["type"] in ("image", "file", "text"):
                shape += {"image": " and photos", "file": " and a file" if shape == "text" else ", then a caption",
                          "text": ", then a caption"}[nxt["type"]]
            who = a["sender"].replace("\u2068", "").replace("\u2069", "")
            note = f"{shape}; {who} ({BY[a['key']]['role']}), {a['time'][8:10]} Oct {a['time'][11:16]}"
        elif st == "missing":
            note = "no answer in ศอ.จอส.จว.สน. by the end of the log"
        else:
            note = "deadline after the end of the log"
        ledger.append([om["line"], DNAME[c], st, a["line"] if a else "", o["deadline"], note, key])
        if st == "late":
            truth.append(["SKN-5O", S.fname, a["line"], "", DNAME[c], "late",
                          f"{key}: first answer {a['time'][11:16]} {a['time'][8:10]} Oct, deadline {o['deadline'][:16].replace('T', ' ')}"])
        elif st == "missing":
            truth.append(["SKN-5O", S.fname, om["line"], "", DNAME[c], "missing",
                          f"{key}: no answer by the end of the log (deadline {o['deadline'][:16].replace('T', ' ')})"])
    for (k2, c) in answers:
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)

idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (idx[r[1]], r[2], r[0]))
near.sort(key=lambda r: (idx[r[0]], r[1]))
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
    end=END.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in LOGS},
    groups={lg.fname: lg.group for lg in LOGS},
    ids={lg.fname: (lg.msgs[0]["id"], lg.msgs[-1]["id"]) for lg in JLOGS},
    orders={k: dict(line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"], districts=o["districts"],
                    deadline=o["deadline"], why=o["why"], topic=o["topic"]) for k, o in g_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
tot = sum(summary["counts"].values())
print("messages", summary["counts"], tot, "share", round(summary["counts"][S.fname] / tot, 3))
print("truth", Counter(r[0] for r in truth), len(truth), "non-5O", sum(1 for r in truth if r[0] != "SKN-5O"))
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", END)
