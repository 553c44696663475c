# Writes the week's chats, roster and hand-worked truth files into the week folder.
import csv, json, os, sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(__file__))
from lib import BY_NAME, T
from roster_data import rows, DNAME, DISTRICTS
import build_vc, build_others, build_export

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- roster
with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for r in rows():
        w.writerow(r)

# ---------------------------------------------------------------- chats
vc, ORD = build_vc.build()
groups = [vc, build_others.build_pk(), build_others.build_pj(), build_others.build_exec(), build_others.build_heads()]
n = 0
keys = {}
for g in groups:
    g.msgs.sort(key=lambda m: (T(m["t"]), m["seq"]))
    for i, m in enumerate(g.msgs, 1):
        n += 1
        m["id"] = "h%04d" % n
        m["line"] = i
        m["file"] = g.fname
        m["time"] = T(m["t"])
        if m["key"]:
            assert m["key"] not in keys, m["key"]
            keys[m["key"]] = m


def sender_id(m):
    if m["sid"]:
        return m["sid"]
    if m["nosid"]:
        return None
    ps = BY_NAME.get(m["who"], [])
    if len(ps) != 1:
        return None
    p = ps[0]
    return p["lid"] or p["email"] or None


for g in groups:
    with open(os.path.join(OUT, g.fname), "w", encoding="utf-8") as fh:
        for m in g.msgs:
            o = {"id": m["id"], "group": g.name, "time": m["time"], "sender": m["who"]}
            sid = sender_id(m)
            if sid:
                o["senderId"] = sid
            o["type"] = m["type"]
            if m["text"]:
                o["text"] = m["text"]
            if m["reply"]:
                o["replyTo"] = keys[m["reply"]]["id"]
            if m["event"]:
                o["event"] = m["event"]
            if m["target"]:
                o["target"] = m["target"]
            if m["attachment"]:
                o["attachment"] = m["attachment"]
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

text, where = build_export.render()
with open(os.path.join(OUT, build_export.FNAME), "w", encoding="utf-8") as fh:
    fh.write(text)

last = max(m["time"] for g in groups for m in g.msgs)
assert last == vc.msgs[-1]["time"], "the last message of the log must be in the volunteer-centre file"

# ---------------------------------------------------------------- ledger (hand-declared states, cross-checked)
truth, near, ledger = [], [], []
order_seq = sorted(build_vc.LEDGER, key=lambda k: ORD[k]["time"])
answers = {}
for m in vc.msgs:
    for (o, d) in m["ans"]:
        answers.setdefault((o, d), []).append(m)
for (o, d) in answers:
    assert o in build_vc.LEDGER and d in build_vc.LEDGER[o][2], ("answer to a duty that does not exist", o, d)
    for m in answers[(o, d)]:
        assert m["time"] > ORD[o]["time"], ("answer before order", o, d)

dl_fmt = lambda s: datetime.fromisoformat(s)
for o in order_seq:
    deadline, why, obliged, declared = build_vc.LEDGER[o]
    om = ORD[o]
    for d in [c for c, _ in DISTRICTS if c in obliged]:
        a = sorted(answers.get((o, d), []), key=lambda m: m["time"])
        first = a[0] if a else None
        if first:
            st = "on-time" if dl_fmt(first["time"]) <= dl_fmt(deadline) else "late"
        else:
            st = "missing" if dl_fmt(deadline) < dl_fmt(last) else "not-due"
        want = declared.get(d, "on-time")
        assert st == want, (o, d, st, want)
        note = "%s; %s" % (o, why)
        if first and first["reply"]:
            note += "; answered as a LINE reply to the order"
        if first and len(first["ans"]) > 1:
            note += "; one numbered post answers %s" % " and ".join(x for x, _ in first["ans"])
        ledger.append([om["id"], DNAME[d], st, first["id"] if first else "", deadline, note])
        if st == "late":
            truth.append(["SKN-5O", vc.fname, first["line"], first["id"], DNAME[d], "late",
                          "%s: first answer %s is after the deadline %s" % (o, first["time"][11:16] + " " + first["time"][8:10] + " May", deadline)])
        if st == "missing":
            truth.append(["SKN-5O", vc.fname, om["line"], om["id"], DNAME[d], "missing",
                          "%s: no answer from %s by the end of the log (deadline %s)" % (o, DNAME[d], deadline)])

# ---------------------------------------------------------------- posting / membership findings and near misses
for g in groups:
    for m in g.msgs:
        for (rule, who, note) in m["f"]:
            truth.append([rule, g.fname, m["line"], m["id"], who, "", note])
        if m["nm"]:
            near.append([g.fname, m["line"], m["id"], m["nm"]])
for ln, e in where:
    tags = e[-1]
    for (rule, who, note) in tags.get("f", []):
        truth.append([rule, build_export.FNAME, ln, "", who, "", note])
    if tags.get("nm"):
        near.append([build_export.FNAME, ln, "", tags["nm"]])

fo = [g.fname for g in groups] + [build_export.FNAME]
truth.sort(key=lambda r: (fo.index(r[1]), int(r[2]), r[0]))
near.sort(key=lambda r: (fo.index(r[0]), int(r[1])))
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(truth)
with open(os.path.join(OUT, "ledger.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows(ledger)
with open(os.path.join(OUT, "near-misses.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(near)

# a small machine-readable summary used when writing TRUTH.md
summary = dict(
    files={g.fname: (g.name, len(g.msgs)) for g in groups},
    export=(build_export.GROUP, sum(1 for _ in where)),
    orders={o: dict(id=ORD[o]["id"], line=ORD[o]["line"], time=ORD[o]["time"], deadline=build_vc.LEDGER[o][0],
                    why=build_vc.LEDGER[o][1]) for o in order_seq},
    keys={k: dict(id=m["id"], line=m["line"], file=m["file"]) for k, m in keys.items()},
    last=last)
with open(os.path.join(os.path.dirname(__file__), "summary.json"), "w", encoding="utf-8") as fh:
    json.dump(summary, fh, ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
print("truth", len(truth), "near", len(near), "ledger", len(ledger))
