#!/usr/bin/env python3
"""Lays out week AV: numbers ids and lines, writes the files, tabulates ledger and truth rows.
Every message, note and reason is written by hand in the g_*.py files and orders.py."""
import csv, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE
from orders import ORDERS, ALL
import g_pakkhrong, g_palad, g_exec, g_sor_c, g_heads, g_nak

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "av"
EXPORT = g_pakkhrong.g
JSONL = [g_palad.g, g_exec.g, g_sor_c.g, g_heads.g, g_nak.g]
FILE_ORDER = [EXPORT] + JSONL
SOR = g_sor_c.g

def lid(pid):
    return "U" + hashlib.md5(("week-av-" + pid).encode()).hexdigest()

# ---------- roster ----------
roster = []
for pid, full, disp, role, agency, district, has_id, email in PEOPLE:
    roster.append(dict(person_id=pid, full_name=full, display_names=disp, role=role, agency=agency,
                       district=district, line_user_id=lid(pid) if has_id else "", email=email))
with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(roster[0].keys()))
    w.writeheader(); w.writerows(roster)
byname = {}
for r in roster:
    for n in r["display_names"].split("|"):
        byname.setdefault(n, []).append(r)

def person(name):
    l = byname.get(name, [])
    return l[0] if len(l) == 1 else None

# ---------- times ----------
def stamp(g):
    seen = {}
    prev = None
    for m in g.msgs:
        key = (m["day"], m["hm"])
        k = seen.get(key, 0); seen[key] = k + 1
        sec = min(59, 3 + 11 * k + (len(m.get("text") or m.get("attachment") or m["sender"]) % 6))
        m["sec"] = sec
        m["iso"] = "2026-06-%02dT%s:%02d+07:00" % (m["day"], m["hm"], sec)
        t = (m["day"], m["hm"], sec)
        assert prev is None or t > prev, (g.file, m)
        prev = t

for g in FILE_ORDER:
    g.msgs.sort(key=lambda m: (m["day"], m["hm"]))  # stable: hand order kept within a minute
    stamp(g)

# ---------- JSONL ----------
n = 0
labels = {}
for g in JSONL:
    for i, m in enumerate(g.msgs):
        n += 1
        m["id"] = "%s%04d" % (PREFIX, n)
        m["line"] = i + 1
        if m["lab"]:
            labels[m["lab"]] = m["id"]
for g in JSONL:
    with open(os.path.join(OUT, g.file), "w", encoding="utf-8") as f:
        cnt = 0
        for m in g.msgs:
            o = {"id": m["id"], "group": g.group, "time": m["iso"], "sender": m["sender"]}
            p = person(m["sender"])
            if p and not m["nosid"] and m["type"] != "system":
                cnt += 1
                if cnt % 3 != 0:
                    sid = p["line_user_id"] or p["email"]
                    if sid:
                        o["senderId"] = sid
            o["type"] = m["type"]
            if m["type"] == "text":
                o["text"] = m["text"]
            elif m["type"] in ("image", "video", "file"):
                a = m["attachment"]
                if m["type"] == "image" and "." not in a:
                    a = a + ".jpg"
                m["attachment"] = a
                o["attachment"] = a
            elif m["type"] == "system":
                o["event"] = m["event"]
                if m["target"]:
                    o["target"] = m["target"]
                o["text"] = m["text"]
            if m["reply"]:
                o["replyTo"] = labels[m["reply"]]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---------- export (Thai UI, Android) ----------
TH_WD = {22: "จ.", 23: "อ.", 24: "พ.", 25: "พฤ.", 26: "ศ."}
lines = ['\ufeff[LINE] ประวัติการแชทในกลุ่ม "%s"' % EXPORT.group, "บันทึกเมื่อ 26/06/2569 21:32", ""]
day = None
for m in EXPORT.msgs:
    if m["day"] != day:
        if day is not None:
            lines.append("")
        day = m["day"]
        lines.append("%s %02d/06/2569" % (TH_WD[day], day))
    m["line"] = len(lines) + 1
    m["id"] = ""
    if m["type"] == "system":
        lines.append("%s\t\t%s" % (m["hm"], m["text"]))
        continue
    body = {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]", "video": "[วิดีโอ]"}.get(m["type"])
    if body is None:
        body = m["text"]
        if "\n" in body:
            body = '"' + body.replace('"', '""') + '"'
    lines.extend(("%s\t%s\t%s" % (m["hm"], m["sender"], body)).split("\n"))
with open(os.path.join(OUT, EXPORT.file), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")

# ---------- ledger ----------
log_end = max(m["iso"] for g in FILE_ORDER for m in g.msgs)
orders = {m["order"]: m for m in SOR.msgs if m["order"]}
assert set(orders) == set(ORDERS)
ledger, truth5 = [], []
for key in ORDERS:
    od, om = ORDERS[key], orders[key]
    for d in ALL:
        if d not in od["districts"]:
            continue
        ans = None
        for m in SOR.msgs:
            for a in m["ans"]:
                if a[0] == key and a[1] == d and ans is None:
                    ans = (m, a[2] if len(a) > 2 else "")
        if ans:
            m, note = ans
            p = person(m["sender"])
            assert p and p["district"] == d, (key, d, m["sender"])
            assert m["iso"] > om["iso"]
            state = "on-time" if m["iso"] <= od["deadline"] else "late"
            ledger.append(dict(order=om["id"], district=d, state=state, answer=m["id"], deadline=od["deadline"], note=note))
            if state == "late":
                truth5.append((m, d, "late", "%s: answered %s %02d Jun, deadline %s" % (key, m["hm"], m["day"], od["deadline"][:16])))
        else:
            state = "not-due" if od["deadline"] > log_end else "missing"
            ledger.append(dict(order=om["id"], district=d, state=state, answer="", deadline=od["deadline"], note=""))
            if state == "missing":
                truth5.append((om, d, "missing", "%s: no answer by the end of the log (deadline %s)" % (key, od["deadline"][:16])))
with open(os.path.join(OUT, "ledger.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["order", "district", "state", "answer", "deadline", "note"])
    w.writeheader(); w.writerows(ledger)

# ---------- truth and near misses ----------
rows, nms = [], []
for g in FILE_ORDER:
    fn = g.file
    for m in g.msgs:
        for t in m["tr"]:
            rule, note = t[0], t[1]
            who = t[2] if len(t) > 2 else m["sender"]
            rows.append((FILE_ORDER.index(g), m["line"], rule, fn, m["id"], who, "", note))
        if m["nm"]:
            nms.append((fn, m["line"], m["id"], m["nm"]))
for m, d, state, note in truth5:
    rows.append((FILE_ORDER.index(SOR), m["line"], "SKN-5O", SOR.file, m["id"], d, state, note))
rows.sort(key=lambda r: (r[0], r[1]))
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    for r in rows:
        w.writerow([r[2], r[3], r[1], r[4], r[5], r[6], r[7]])
with open(os.path.join(OUT, "near-misses.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(nms)

summary = dict(log_end=log_end, counts={g.file: len(g.msgs) for g in FILE_ORDER},
               total=sum(len(g.msgs) for g in FILE_ORDER), truth=len(rows), near=len(nms))
from collections import Counter
summary["rules"] = dict(Counter(r[2] for r in rows))
summary["ledger"] = dict(Counter(l["state"] for l in ledger))
json.dump(summary, open(os.path.join(OUT, "src", "summary.json"), "w"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
import truthmd
truthmd.write(OUT, FILE_ORDER, SOR, ORDERS, ALL, ledger, rows, nms, summary, roster)
