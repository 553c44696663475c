#!/usr/bin/env python3
"""Writes the week's chats, roster and ground truth into the parent folder.

The chats and every truth annotation (F = finding, N = near miss, ans = which order a
district's post answers) are written by hand in chats_*.py; this script only numbers
lines, assigns ids and lays the files out.
"""
import csv
import hashlib
import json
import os
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from week import PEOPLE, ORDER, DTH, DK  # noqa: E402
import chats_volunteer  # noqa: E402
import chats_dopa  # noqa: E402
import chats_palad  # noqa: E402
import chats_exec  # noqa: E402
import chats_gov  # noqa: E402
import chats_heads  # noqa: E402

TZ = timezone(timedelta(hours=7))
GROUPS = [chats_volunteer.G, chats_dopa.G, chats_palad.G, chats_exec.G, chats_gov.G, chats_heads.G]


def finalize(g):
    g.msgs.sort(key=lambda m: (m["day"], m["h"], m["mi"], m["idx"]))
    last_key, last_sec, k = None, -1, 0
    for m in g.msgs:
        key = (m["day"], m["h"], m["mi"])
        if key != last_key:
            last_key, last_sec, k = key, -1, 0
        h = int(hashlib.md5(("%s|%s|%d" % (g.key, key, k)).encode()).hexdigest(), 16)
        auto = (h % 14) if k == 0 else min(59, last_sec + 3 + h % 9)
        s = m["sec"] if m["sec"] is not None else auto
        if s < last_sec or s > 59:
            raise SystemExit("seconds out of order in %s at %s: %s" % (g.name, key, m))
        m["s"] = s
        last_sec = s
        k += 1
        m["dt"] = datetime(2026, 1, m["day"], m["h"], m["mi"], s, tzinfo=TZ)


for g in GROUPS:
    finalize(g)

# ids and line numbers
n = 0
for g in GROUPS:
    if g.export:
        continue
    for i, m in enumerate(g.msgs):
        n += 1
        m["id"] = "e%04d" % n
        m["line"] = i + 1
LAB = {}
for g in GROUPS:
    for m in g.msgs:
        if m["lab"]:
            LAB[m["lab"]] = m


def iso(dt):
    return dt.isoformat()


def write_jsonl(g):
    with open(os.path.join(OUT, g.fname), "w", encoding="utf-8") as f:
        for m in g.msgs:
            o = {"id": m["id"], "group": g.name, "time": iso(m["dt"]), "sender": m["disp"]}
            if m["sid"]:
                o["senderId"] = m["sid"]
            o["type"] = m["typ"]
            if m["text"] is not None:
                o["text"] = m["text"]
            if m["reply"]:
                o["replyTo"] = LAB[m["reply"]]["id"]
            if m["ev"]:
                o["event"] = m["ev"]
            if m.get("target"):
                o["target"] = m["target"]
            if m["att"]:
                o["attachment"] = m["att"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def write_export(g):
    lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % g.name, "บันทึกเมื่อ 16/01/2569 21:10", ""]
    day = None
    for m in g.msgs:
        if m["day"] != day:
            if day is not None:
                lines.append("")
            day = m["day"]
            d = m["dt"]
            lines.append("%s %02d/%02d/%d" % (TH_WD[d.weekday()], d.day, d.month, d.year + 543))
        t = "%02d:%02d" % (m["h"], m["mi"])
        m["line"] = len(lines) + 1
        m["id"] = ""
        if m["typ"] == "system":
            who, tgt = m["disp"], m.get("target", "")
            txt = {"join": "%s เข้าร่วมกลุ่ม" % who, "leave": "%s ออกจากกลุ่ม" % who,
                   "invite": "%s เพิ่ม %s เข้ากลุ่ม" % (who, tgt),
                   "remove": "%s ลบ %s ออกจากกลุ่ม" % (who, tgt)}[m["ev"]]
            lines.append("%s\t\t%s" % (t, txt))
            continue
        if m["typ"] == "image":
            body = "[รูป]"
        elif m["typ"] == "sticker":
            body = "[สติกเกอร์]"
        else:
            body = m["text"]
            if "\n" in body:
                body = '"' + body.replace('"', '""') + '"'
        for j, part in enumerate(("%s\t%s\t%s" % (t, m["disp"], body)).split("\n")):
            lines.append(part)
    with open(os.path.join(OUT, g.fname), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


for g in GROUPS:
    (write_export if g.export else write_jsonl)(g)

# roster
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for k in ORDER:
        p = PEOPLE[k]
        w.writerow([p["pid"], p["full"], "|".join(p["disps"]), p["role"], p["agency"],
                    DTH.get(p["dk"], ""), p["line"], p["email"]])

# ---------------------------------------------------------------- ledger (SKN-5O)
vol = chats_volunteer
END = max(m["dt"] for g in GROUPS for m in g.msgs)
answers = {}
for m in vol.G.msgs:
    if m["ans"]:
        answers.setdefault(m["ans"], []).append(m)
ledger, truth = [], []
for o, spec in vol.ORDERS.items():
    om = LAB[o]
    dl = datetime.fromisoformat(spec["deadline"])
    for dk in spec["districts"]:
        got = sorted(answers.get((o, dk), []), key=lambda m: m["dt"])
        if got:
            a = got[0]
            state = "on-time" if a["dt"] <= dl else "late"
        else:
            a = None
            state = "missing" if dl < END else "not-due"
        planned = vol.SCHED[o][dk][0]
        if planned != state:
            raise SystemExit("ledger mismatch %s %s planned %s got %s" % (o, dk, planned, state))
        note = {"on-time": "answered by %s at %s" % (a["disp"], a["dt"].strftime("%a %d %H:%M:%S")) if a else "",
                "late": "first answer by %s at %s, after the deadline" % (a["disp"], a["dt"].strftime("%a %d %H:%M")) if a else "",
                "missing": "no answer by the end of the log (%s)" % END.strftime("%a %d %H:%M"),
                "not-due": "no answer yet; deadline after the end of the log"}[state]
        ledger.append(dict(order=om["id"], label=o, district=DTH[dk], state=state,
                           answer=a["id"] if a else "", deadline=spec["deadline"], note="%s: %s" % (o, note)))
        if state == "late":
            truth.append(dict(rule="SKN-5O", file=vol.G.fname, line=a["line"], message=a["id"], who=DTH[dk],
                              state="late", note="%s (%s) answered %s, deadline %s" % (o, om["id"], a["dt"].strftime("%d/%m %H:%M"), spec["deadline"])))
        elif state == "missing":
            truth.append(dict(rule="SKN-5O", file=vol.G.fname, line=om["line"], message=om["id"], who=DTH[dk],
                              state="missing", note="%s: no report from อ.%s by the end of the log; deadline %s" % (o, DTH[dk], spec["deadline"])))

# ---------------------------------------------------------------- findings and near misses
near = []
for g in GROUPS:
    for m in g.msgs:
        for f in m["F"]:
            rule, note = f[0], f[1]
            who = f[2] if len(f) > 2 else (m["target"] if m["typ"] == "system" and m["ev"] == "invite" else m["disp"])
            truth.append(dict(rule=rule, file=g.fname, line=m["line"], message=m["id"], who=who, state="", note=note))
        for why in m["N"]:
            near.append(dict(file=g.fname, line=m["line"], message=m["id"], why=why))


def sortkey(r):
    return ([g.fname for g in GROUPS].index(r["file"]), r["line"], r["rule"] if "rule" in r else "")


truth.sort(key=sortkey)
near.sort(key=lambda r: ([g.fname for g in GROUPS].index(r["file"]), r["line"]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["rule", "file", "line", "message", "who", "state", "note"])
    w.writeheader()
    w.writerows(truth)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["order", "district", "state", "answer", "deadline", "note"])
    w.writeheader()
    for r in ledger:
        w.writerow({k: r[k] for k in ["order", "district", "state", "answer", "deadline", "note"]})
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["file", "line", "message", "why"])
    w.writeheader()
    w.writerows(near)

# ---------------------------------------------------------------- TRUTH.md
import truth_md  # noqa: E402
truth_md.write(OUT, GROUPS, PEOPLE, ORDER, truth, ledger, near, vol, LAB, END)
print("messages:", {g.fname: len(g.msgs) for g in GROUPS}, "total", sum(len(g.msgs) for g in GROUPS))
print("findings:", len(truth), "near misses:", len(near), "ledger rows:", len(ledger))
