# Lays out the week AD chats and writes the truth files from the hand annotations in week_*.py.
# It numbers ids and lines, writes the files and tabulates the ledger; it decides nothing itself:
# every ledger state is compared with the state written by hand in week_sor.ORDERS[...]["expect"].
import csv, json, os, sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, DISTRICTS, DNAME, BY
import week_sor, week_orders, week_exec, week_heads, week_nak

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "ad"

JSONL = [week_orders.PK, week_orders.PJ, week_exec.EX, week_heads.HD, week_nak.NK]
SOR = week_sor.L
LOGS = JSONL + [SOR]
nid = 1
for lg in JSONL:
    nid = lg.finish(PREFIX, nid)
SOR.finish(PREFIX, 0)


def w_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---- chats -----------------------------------------------------------------------------------------
for lg in JSONL:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, SOR.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(SOR.lines) + "\n")

w_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
      list(roster_rows()))


def cite(lg, m):
    return m["id"] if not lg.export else str(m["line"])


# ---- findings and near misses from the annotations ----------------------------------------------------
truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["F"]:
            if len(tr) == 2:   # a membership row at an invite names the invitee
                rule, note = tr
                who = m["target"] if m["event"] == "invite" else m["sender"]
            else:
                rule, who, note = tr
            truth.append([rule, lg.fname, m["line"], m["id"], who.replace("\u2068", "").replace("\u2069", ""), "", note])
        if m["N"]:
            near.append([lg.fname, m["line"], m["id"], m["N"]])


# ---- ledger -------------------------------------------------------------------------------------------
def pt(s):
    return datetime.fromisoformat(s)


END = max(pt(m["time"]) for lg in LOGS for m in lg.msgs)
answers = {}
for i, m in enumerate(SOR.msgs):
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        answers[m["ans"]] = (i, m)


def kind(i, m):
    """How the answer post looks, for the ledger note (read off the messages that follow it)."""
    nxt = [x for x in SOR.msgs[i + 1:i + 6] if x["key"] == m["key"] and x["d"] == m["d"]]
    def close(x, mins):
        a, b = pt(m["time"]), pt(x["time"])
        return 0 <= (b - a).total_seconds() <= mins * 60
    if m["type"] == "image":
        cap = [x for x in nxt if x["type"] == "text" and close(x, 5)]
        return "photos, then a caption" if cap else "photos alone"
    if m["type"] == "file":
        return "file" + (" + text" if any(x["type"] == "text" and close(x, 2) for x in nxt) else "")
    extra = ""
    if any(x["type"] == "image" and close(x, 1) for x in nxt):
        extra = " + photos"
    elif any(x["type"] == "file" and close(x, 1) for x in nxt):
        extra = " + file"
    return "text" + extra


ledger, five_o = [], []
codes = [c for c, _ in DISTRICTS]
for key, o in week_sor.ORDERS.items():
    om = o["msg"]
    ds = codes if o["districts"] == "ALL" else o["districts"]
    dl = pt(o["deadline"])
    for c in ds:
        a = answers.get((key, c))
        if a:
            i, am = a
            assert pt(am["time"]) > pt(om["time"]), (key, c)
            st = "on-time" if pt(am["time"]) <= dl else "late"
            p = BY[am["key"]]
            assert p.dcode == c, (key, c, am["sender"])
            note = f"{am['sender'].strip(chr(0x2068) + chr(0x2069))} ({p.role}), {kind(i, am)}, {am['d']:02d} Jan {am['hm']}"
        else:
            st = "missing" if dl < END else "not-due"
            note = "no answer in ศอ.จอส.จว.สน. by the end of the log" if st == "missing" else "deadline after the end of the log; no answer yet"
        extra = week_sor.LEDGER_NOTES.get((key, c))
        if extra:
            note += "; " + extra
        exp = o["expect"].get(c, "on-time" if a else "not-due")
        assert st == exp, (key, c, st, exp)
        ledger.append([str(om["line"]), DNAME[c], st, str(a[1]["line"]) if a else "", o["deadline"], note, key])
        if st == "late":
            am = a[1]
            five_o.append(["SKN-5O", SOR.fname, am["line"], "", DNAME[c], "late",
                           f"{key}: first answer {am['d']:02d} Jan {am['hm']}, after the deadline {o['deadline'][:16].replace('T', ' ')}"])
        elif st == "missing":
            five_o.append(["SKN-5O", SOR.fname, om["line"], "", DNAME[c], "missing",
                           f"{key}: no answer by the end of the log (deadline {o['deadline'][:16].replace('T', ' ')})"])
for (k2, c), a in answers.items():
    o = week_sor.ORDERS[k2]
    assert o["districts"] == "ALL" or c in o["districts"], ("answer from a district the order does not oblige", k2, c)
truth += five_o

# a line that carries a finding is not also a near miss (e.g. an order cited for a missing answer)
tl = {(r[1], r[2]) for r in truth}
dropped = [n for n in near if (n[0], n[1]) in tl]
near = [n for n in near if (n[0], n[1]) not in tl]
for k in week_sor.LEDGER_NOTES:
    assert k[0] in week_sor.ORDERS, k
order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] != "SKN-5O", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
w_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth)
w_csv("near-misses.csv", ["file", "line", "message", "why"], near)
w_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], [r[:6] for r in ledger])

# ---- a summary used to write TRUTH.md ----------------------------------------------------------------
summary = dict(
    end=END.isoformat(),
    counts={lg.fname: len(lg.msgs) for lg in LOGS},
    groups={lg.fname: lg.group for lg in LOGS},
    orders={k: dict(line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"]) for k, o in week_sor.ORDERS.items()},
    ledger=ledger, truth=truth, near=near,
    ids=[min(m["id"] for lg in JSONL for m in lg.msgs), max(m["id"] for lg in JSONL for m in lg.msgs)])
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print("messages", summary["counts"], sum(summary["counts"].values()))
print("truth", dict(Counter(r[0] for r in truth)), len(truth))
print("ledger", dict(Counter(r[2] for r in ledger)), len(ledger))
print("near", len(near), "end", END, "(dropped as findings:", [(n[0], n[1]) for n in dropped], ")")
