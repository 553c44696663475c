import os
# Builds the week's files from vol.py and others.py (hand-written messages and hand tags).
import csv, json, datetime as dt
from lib import *
import vol
import others  # noqa
from roster_data import DISTRICTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/"
# global order by time, ties by writing order
MSGS.sort(key=lambda m: (m["t"], m["n"]))
keymap = {}
for i, m in enumerate(MSGS):
    m["id"] = f"aa{i + 1:04d}"
    if m["key"]:
        keymap[m["key"]] = m
LOG_END = MSGS[-1]["t"]

lines = {}
for g, (gname, fname) in GROUPS.items():
    ms = [m for m in MSGS if m["g"] == g]
    with open(OUT + fname, "w", encoding="utf-8") as f:
        for ln, m in enumerate(ms, 1):
            m["file"], m["line"] = fname, ln
            o = {"id": m["id"], "group": gname, "time": m["t"].isoformat(), "sender": m["sender"]}
            if m.get("senderId"):
                o["senderId"] = m["senderId"]
            o["type"] = m["type"]
            if m["text"]:
                o["text"] = m["text"]
            if m["reply"]:
                o["replyTo"] = keymap[m["reply"]]["id"]
            if m["event"]:
                o["event"] = m["event"]
            if m["target"]:
                o["target"] = name(m["target"])
            if m["att"]:
                o["attachment"] = m["att"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

# roster
with open(OUT + "roster.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in ROWS:
        w.writerow([p[k] for k in ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]])

# ledger, worked from the hand-written deadlines and the hand-tagged answers
ledger = []
truth = []
for ok, o in vol.ORDERS.items():
    om = o["msg"]
    ds = o["districts"] or DISTRICTS
    exp = vol.EXPECT[ok]
    for d in ds:
        ans = [m for m in MSGS if m["rep"] == (ok, d) and m["t"] > om["t"]]
        a = ans[0] if ans else None
        if a and a["t"] <= o["deadline"]:
            st = "on-time"
        elif a:
            st = "late"
        elif o["deadline"] < LOG_END:
            st = "missing"
        else:
            st = "not-due"
        want = exp.get(d) if isinstance(exp, dict) else None
        if isinstance(exp, dict):
            assert (want or "on-time") == st, (ok, d, st, want)
        else:
            assert st in ("on-time", "not-due"), (ok, d, st)
        ledger.append(dict(order=om["id"], district=d, state=st, answer=a["id"] if a else "",
                           deadline=o["deadline"].isoformat(), note=f"{ok}; answered {a['t'].strftime('%a %d %H:%M')} by {a['sender']}" if a else f"{ok}; no answer in the log"))
        if st == "late":
            tags = [t for t in a["truth"] if t[0] == "SKN-5O" and t[1] == d]
            assert tags, ("late answer not tagged by hand", ok, d)
        if st == "missing":
            truth.append(dict(rule="SKN-5O", file=om["file"], line=om["line"], message=om["id"], who=d, state="missing",
                              note=f"{ok}: deadline {o['deadline'].strftime('%d %b %H:%M')} passed, no report from {d} by the end of the log"))
# every hand-tagged SKN-5O row must be a computed late
for m in MSGS:
    for t in m["truth"]:
        if t[0] == "SKN-5O":
            ok = m["rep"][0]
            row = [r for r in ledger if r["order"] == vol.ORDERS[ok]["msg"]["id"] and r["district"] == t[1]]
            assert row and row[0]["state"] == "late" and row[0]["answer"] == m["id"], (m["id"], t)

for m in MSGS:
    for rule, who, state, note in m["truth"]:
        if rule == "SKN-5O":
            w = who
        elif who is None:
            w = m["sender"]
        else:
            w = name(who)
        truth.append(dict(rule=rule, file=m["file"], line=m["line"], message=m["id"], who=w, state=state, note=note))
truth.sort(key=lambda r: (r["file"], r["line"], r["rule"]))
with open(OUT + "truth.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["rule", "file", "line", "message", "who", "state", "note"])
    w.writeheader()
    w.writerows(truth)
with open(OUT + "ledger.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["order", "district", "state", "answer", "deadline", "note"])
    w.writeheader()
    w.writerows(ledger)
nms = [dict(file=m["file"], line=m["line"], message=m["id"], why=m["nm"]) for m in MSGS if m["nm"]]
with open(OUT + "near-misses.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["file", "line", "message", "why"])
    w.writeheader()
    w.writerows(nms)

# material for TRUTH.md
import pickle
pickle.dump(dict(truth=truth, ledger=ledger, nms=nms, log_end=LOG_END.isoformat(),
                 orders={k: dict(id=o["msg"]["id"], file=o["msg"]["file"], line=o["msg"]["line"], time=o["msg"]["t"].isoformat(),
                                 sender=o["msg"]["sender"], districts=o["districts"], deadline=o["deadline"].isoformat(), how=o["how"])
                         for k, o in vol.ORDERS.items()},
                 extra={k: dict(id=m["id"], line=m["line"], time=m["t"].isoformat(), text=m["text"]) for k, m in keymap.items() if k[0] in "RI"},
                 counts={GROUPS[g][1]: sum(1 for m in MSGS if m["g"] == g) for g in GROUPS}),
            open(OUT + "_truth.pkl", "wb"))
print("messages", len(MSGS), {GROUPS[g][1]: sum(1 for m in MSGS if m["g"] == g) for g in GROUPS})
print("truth", len(truth), "ledger", len(ledger), "near misses", len(nms), "log end", LOG_END)
from collections import Counter
print(Counter(r["rule"] for r in truth))
print(Counter(r["state"] for r in ledger))
