# Lays out the week's files from the hand-written posts in g_*.py and writes the truth files.
import csv, json, os, sys
import datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
import core
import people
import g_vc, g_prov, g_exec

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
THDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]

g_vc.build()
g_prov.build_pk()
g_prov.build_pj()
g_prov.build_ad()
g_exec.build_ex()
g_exec.build_export()

# ---- a filler message (an ack) that lands inside another person's post is moved just after that post ----
for f, ms in core.MSGS.items():
    for _ in range(20):
        moved = False
        spans = {}
        for m in ms:
            if m.get("post"):
                a, b = spans.get(m["post"], (m["t"], m["t"]))
                spans[m["post"]] = (min(a, m["t"]), max(b, m["t"]))
        for m in ms:
            for p, (a, b) in spans.items():
                if m.get("post") != p and a < m["t"] < b:
                    assert not (m["truth"] or m["near"] or m["ans"]), m
                    m["t"] = b + dt.timedelta(seconds=7)
                    moved = True
        if not moved:
            break

# ---- ids in global time order ----
allm = [m for f in core.MSGS for m in core.MSGS[f]]
allm.sort(key=lambda m: (m["t"], m["seq"]))
for n, m in enumerate(allm, 1):
    m["id"] = "z%04d" % n
KEY = {}
for m in allm:
    if m["key"] and m["key"] not in KEY:
        KEY[m["key"]] = m["id"]
LOG_END = allm[-1]["t"]
assert allm[-1]["file"] == g_vc.F, "the last message must be in the volunteer group"
assert max(x["day"] for x in g_exec.XL) <= 6

# ---- posts must not be split by other senders ----
for f, ms in core.MSGS.items():
    ms.sort(key=lambda m: (m["t"], m["seq"]))
    for i, m in enumerate(ms, 1):
        m["line"] = i
    span = {}
    for m in ms:
        if m.get("post"):
            span.setdefault(m["post"], []).append(m["line"])
    for p, lines in span.items():
        lo, hi = min(lines), max(lines)
        for m in ms[lo - 1:hi]:
            if m.get("post") != p:
                raise SystemExit("post split in %s at line %d by %s (%s)" % (f, m["line"], m["sender"], m["t"]))

FIELDS = ["id", "group", "time", "sender", "senderId", "type", "text", "replyTo", "event", "target", "attachment"]
for f, ms in core.MSGS.items():
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        for m in ms:
            o = dict(id=m["id"], group=m["group"], time=m["t"].isoformat(), sender=m["sender"], senderId=m["senderId"],
                     type=m["type"], text=m["text"], replyTo=KEY[m["reply"]] if m["reply"] else None,
                     event=m["event"], target=m["target"], attachment=m["attach"])
            fh.write(json.dumps({k: o[k] for k in FIELDS if o[k] is not None}, ensure_ascii=False) + "\n")

# ---- the PC export ----
xlines = []
cur = None
for e in sorted(g_exec.XL, key=lambda e: (e["day"], e["hm"])):
    if e["day"] != cur:
        cur = e["day"]
        d = dt.date(2026, 2, cur)
        xlines.append("%s %s" % (d.strftime("%Y.%m.%d"), THDAY[d.weekday()]))
    e["line"] = len(xlines) + 1
    xlines.extend(("%s %s %s" % (e["hm"], e["sender"], e["text"])).split("\n"))
with open(os.path.join(OUT, g_exec.EXPORT), "w", encoding="utf-8") as fh:
    fh.write("\n".join(xlines) + "\n")
export_msgs = len(g_exec.XL)

# ---- roster ----
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for r in people.roster_rows():
        w.writerow(r)

# ---- truth, near misses ----
truth, near = [], []
for m in allm:
    for rule, who, state, note in m["truth"]:
        truth.append([rule, m["file"], m["line"], m["id"], who or m["sender"], state, note])
    if m["near"]:
        near.append([m["file"], m["line"], m["id"], m["near"]])
for e in g_exec.XL:
    for rule, who, state, note in e["truth"]:
        truth.append([rule, g_exec.EXPORT, e["line"], "", who or e["sender"], state, note])
    if e["near"]:
        near.append([g_exec.EXPORT, e["line"], "", e["near"]])

# ---- ledger (states written by hand next to the answers; checked against the times here) ----
ledger = []
ans = {}
for m in allm:
    if m["ans"]:
        k = m["ans"][:2]
        assert k not in ans, ("two answers marked for", k)
        ans[k] = m
for ok, o in g_vc.ORDERS.items():
    om = o["msg"]
    for d in o["districts"]:
        a = ans.pop((ok, d), None)
        if a:
            state = a["ans"][2]
            want = "on-time" if a["t"] <= o["deadline"] else "late"
            assert a["t"] > om["t"] and state == want, (ok, d, state, want)
            ledger.append([om["id"], d, state, a["id"], o["deadline"].isoformat(), "answer by %s at %s" % (a["sender"], a["t"].strftime("%a %H:%M"))])
        else:
            if (ok, d) in g_vc.MISSING:
                assert o["deadline"] < LOG_END, (ok, d)
                ledger.append([om["id"], d, "missing", "", o["deadline"].isoformat(), "no answer by the end of the log"])
                truth.append(["SKN-5O", g_vc.F, om["line"], om["id"], d, "missing", "order %s: no report from อ.%s" % (ok, d)])
            else:
                assert o["deadline"] > LOG_END, ("unanswered but not planned missing", ok, d)
                ledger.append([om["id"], d, "not-due", "", o["deadline"].isoformat(), "no answer yet; deadline after the end of the log"])
assert not ans, ("answers for districts not obliged", list(ans))
for o in g_vc.ORDERS.values():
    o["id"] = o["msg"]["id"]

truth.sort(key=lambda r: (r[1], r[2], r[0]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(truth)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows(ledger)
near.sort(key=lambda r: (r[0], r[1]))
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(near)

# facts for TRUTH.md
json.dump(dict(
    log_end=LOG_END.isoformat(), log_end_id=allm[-1]["id"],
    counts={f: len(ms) for f, ms in core.MSGS.items()} | {g_exec.EXPORT: export_msgs},
    export_lines=len(xlines),
    orders={k: dict(id=o["id"], time=o["msg"]["t"].isoformat(), deadline=o["deadline"].isoformat(), reason=o["reason"],
                    districts=o["districts"]) for k, o in g_vc.ORDERS.items()},
    keys=KEY), open(os.path.join(os.path.dirname(__file__), "facts.json"), "w"), ensure_ascii=False, indent=1)
print("messages", {f: len(ms) for f, ms in core.MSGS.items()}, "export", export_msgs, "total", len(allm) + export_msgs)
print("truth", len(truth), "near", len(near), "ledger", len(ledger), "log end", LOG_END)
