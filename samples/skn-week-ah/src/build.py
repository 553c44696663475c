"""Writes week AH into the folder above src/: five JSONL chats, the heads' export, roster.csv, truth.csv,
near-misses.csv, ledger.csv and src/summary.json (read by truthmd.py). Run: python3 src/build.py"""
import csv, json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P, roster_rows, DISTRICTS
from frame import ORDERS
import g_pk, g_pj, g_ex, g_np, g_sor, g_hc

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = [g_pk.L, g_pj.L, g_ex.L, g_np.L, g_sor.L]
EXPORT = g_hc.L
LOGS = JSONL + [EXPORT]
SAVED = "10/10/2568 BE, 21:12"


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def clean(s):
    return re.sub("[\u2066-\u2069\u200b-\u200f]", "", unicodedata.normalize("NFC", s)).strip()


# ids and lines
nid = 1
for lg in JSONL:
    nid = lg.finish(nid, "ah")
EXPORT.finish(0, "ah")
ex_lines = EXPORT.export_lines(SAVED)

# export names must be roster names (no ids in an export)
for m in EXPORT.msgs:
    if m["pid"] and m["type"] != "system":
        assert clean(m["sender"]) in P[m["pid"]].names, m["sender"]

for lg in JSONL:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, EXPORT.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(ex_lines) + "\n")

wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"], roster_rows())


def ts(m):
    return datetime.fromisoformat(m["time"])


END = max((ts(m), m["time"], lg.fname) for lg in LOGS for m in lg.msgs)
end_t = END[0]

# truth rows written by hand next to the messages
truth, near = [], []
order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
for lg in LOGS:
    for m in lg.msgs:
        for f in m["F"]:
            rule, note = f[0], f[1]
            if len(f) > 2:
                who = f[2]
            elif m["event"] == "invite":
                who = m["target"]
            else:
                who = m["sender"]
            truth.append([rule, lg.fname, m["line"], m["id"], clean(who), "", note])
        if m["N"]:
            near.append([lg.fname, m["line"], m["id"], m["N"]])

# ledger: worked from the answer tags
answers = {}
for m in g_sor.L.msgs:
    if m["A"]:
        k = m["A"]
        assert k not in answers, ("two answers", k)
        assert P[m["pid"]].district == k[1], (k, m["sender"])
        answers[k] = m
ledger = []
for key, o in ORDERS.items():
    om = o["msg"]
    dl = datetime.fromisoformat(o["deadline"])
    for dname in DISTRICTS:
        if dname not in o["districts"]:
            assert (key, dname) not in answers, (key, dname)
            continue
        a = answers.get((key, dname))
        note = ""
        if a:
            assert ts(a) > ts(om), (key, dname)
            st = "on-time" if ts(a) <= dl else "late"
            mine = [x for x in g_sor.L.msgs if x["pid"] == a["pid"]]
            after = mine[mine.index(a) + 1:]
            if a["type"] == "image":
                rest = [x for x in after if x["type"] not in ("image", "video")]
                cap = rest and rest[0]["type"] == "text" and (ts(rest[0]) - ts(a)).total_seconds() <= 1200
                note = "photos, then a caption" if cap else "photos alone"
            elif a["type"] == "file":
                nxt = after[0] if after else None
                note = "a file, then a line" if nxt and nxt["type"] == "text" and (ts(nxt) - ts(a)).total_seconds() <= 120 else "a file alone"
            else:
                nxt = after[0] if after else None
                if nxt and nxt["type"] in ("image", "file") and (ts(nxt) - ts(a)).total_seconds() <= 120:
                    note = "text with " + ("photos" if nxt["type"] == "image" else "a file")
            p = P[a["pid"]]
            note = (note + ", " if note else "") + f"by {a['sender']} ({p.role})"
        else:
            st = "missing" if dl < end_t else "not-due"
        hn = g_sor.LNOTES.get((key, dname))
        if hn:
            note = (note + "; " if note else "") + hn
        ledger.append([om["id"], dname, st, a["id"] if a else "", o["deadline"], note])
        if st == "late":
            truth.append(["SKN-5O", g_sor.L.fname, a["line"], a["id"], dname, "late",
                          f"{key}: first answer {a['time'][11:16]} {a['time'][8:10]} Oct, after the deadline {o['deadline'][:16]}"])
        elif st == "missing":
            truth.append(["SKN-5O", g_sor.L.fname, om["line"], om["id"], dname, "missing",
                          f"{key}: no answer by the end of the log (deadline {o['deadline'][:16]})"])
for (k, dn) in answers:
    assert k in ORDERS, k
for (k, dn) in g_sor.LNOTES:
    assert dn in ORDERS[k]["districts"], (k, dn)

truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] != "SKN-5O", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth)
wcsv("near-misses.csv", ["file", "line", "message", "why"], near)
wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)

summary = dict(end=END[1], end_file=END[2], counts={lg.fname: len(lg.msgs) for lg in LOGS},
               orders={k: dict(id=o["msg"]["id"], line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                               districts=o["districts"], deadline=o["deadline"], why=o["why"], topic=o["topic"])
                       for k, o in ORDERS.items()})
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)

tot = sum(summary["counts"].values())
print("messages", summary["counts"], tot, "ศอ share %.3f" % (summary["counts"][g_sor.L.fname] / tot))
rc = Counter(r[0] for r in truth)
print("truth", dict(sorted(rc.items())), "non-5O", sum(v for k, v in rc.items() if k != "SKN-5O"))
print("ledger", Counter(r[2] for r in ledger), len(ledger))
print("near", len(near), "end", END)
