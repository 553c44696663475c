#!/usr/bin/env python3
"""Checks the week's files: format, ids, order, references, counts, and cross-checks the
hand-made membership findings against the roster."""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "nakpokkrong.jsonl"]
EXPORT = "heads-agencies-export.txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
ADMIT = {  # EVAL-RULES.md membership tables
    "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
    "ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
    "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
    "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
    "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"},
    "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
}
MRULE = {"นักปกครองสกลนคร": "SKN-1", "ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3",
         "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4", "ศอ.จอส.จว.สน.": "SKN-5", "หน.ส่วนราชการ-นอภ.สน.": "SKN-6"}
errors = []


def err(msg):
    errors.append(msg)


def norm(name):
    name = unicodedata.normalize("NFC", re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", name))
    name = re.sub(r"^(นาย|นางสาว|นาง|ว่าที่ร\.ต\.)\s*", "", name.strip())
    return re.sub(r"\s+", " ", name)


# ---- roster
with open(os.path.join(OUT, "roster.csv"), encoding="utf-8") as f:
    head = f.readline().strip()
    if head != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
        err("roster header")
    f.seek(0)
    roster = list(csv.DictReader(f))
byid, byname = {}, defaultdict(list)
for p in roster:
    for r in p["role"].split("|"):
        if r not in ROLES:
            err("bad role %s" % p["role"])
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad line id %s" % p["line_user_id"])
    if p["line_user_id"]:
        byid[p["line_user_id"]] = p
    for d in p["display_names"].split("|"):
        byname[norm(d)].append(p)
dists = {p["district"] for p in roster if p["district"]}
if len(dists) != 18:
    err("districts %d" % len(dists))
for d in dists:
    rs = Counter(r for p in roster if p["district"] == d for r in p["role"].split("|"))
    if not (rs["district_chief"] == 1 and rs["coordinating_deputy"] == 1 and rs["volunteer_center_staff"] >= 1):
        err("district %s roles %s" % (d, rs))
dual = [p for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff"]
amb = [n for n, ps in byname.items() if len(ps) > 1]
print("roster: %d people, %d two-role, ambiguous names %s" % (len(roster), len(dual), amb))
if len(dual) < 2 or not amb:
    err("roster needs two dual-role people and one shared name")


def match(sender, sid):
    if sid and sid in byid:
        return byid[sid], "id"
    ps = byname.get(norm(sender), [])
    if len(ps) == 1:
        return ps[0], "name"
    return None, ("ambiguous" if ps else "unknown")


# ---- messages
msgs = {}  # (file, line) -> record
ids = set()
last_end = None
for fn in JSONL:
    prev = None
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:  # noqa
                err("%s:%d bad json" % (fn, i))
                continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err("%s:%d missing %s" % (fn, i, k))
            if not re.fullmatch(r"e\d{4}", o["id"]) or o["id"] in ids:
                err("%s:%d id %s" % (fn, i, o["id"]))
            ids.add(o["id"])
            t = datetime.fromisoformat(o["time"])
            if not o["time"].endswith("+07:00") or not (datetime(2026, 1, 12).date() <= t.date() <= datetime(2026, 1, 16).date()):
                err("%s:%d time %s" % (fn, i, o["time"]))
            if prev and t < prev:
                err("%s:%d out of order" % (fn, i))
            prev = t
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err("%s:%d event" % (fn, i))
            if o["type"] in ("image", "file") and not o.get("attachment"):
                err("%s:%d attachment" % (fn, i))
            o["_t"] = t
            o["_kind"] = "jsonl"
            msgs[(fn, i)] = o
    last_end = max(last_end or prev, prev)
# export
with open(os.path.join(OUT, EXPORT), encoding="utf-8") as f:
    lines = f.read().split("\n")
if not lines[0].startswith("[LINE]") or not lines[1].startswith("บันทึกเมื่อ"):
    err("export header")
gname = re.search(r'"(.+)"', lines[0]).group(1)
day = None
i = 3
n_export = 0
prevt = None
while i < len(lines):
    ln = lines[i]
    i += 1
    if not ln:
        continue
    m = re.fullmatch(r"[ก-๙]{1,3}\. (\d\d)/(\d\d)/(\d{4})", ln)
    if m:
        day = datetime(int(m.group(3)) - 543, int(m.group(2)), int(m.group(1)))
        continue
    m = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
    if not m:
        err("export line %d unparsed: %s" % (i, ln[:40]))
        continue
    no = i
    text = m.group(4)
    if text.startswith('"') and m.group(3):
        while not (text.endswith('"') and len(text) > 1 and (len(text) - len(text.rstrip('"'))) % 2 == 1):
            text += "\n" + lines[i]
            i += 1
        text = text[1:-1].replace('""', '"')
    t = day.replace(hour=int(m.group(1)), minute=int(m.group(2)))
    if prevt and t < prevt:
        err("export %d out of order" % no)
    prevt = t
    o = {"group": gname, "sender": m.group(3), "text": text, "_t": t, "_kind": "export", "id": ""}
    if not m.group(3):
        o["type"] = "system"
        s = text
        for pat, ev in [(r"(.+) เพิ่ม (.+) เข้ากลุ่ม", "invite"), (r"(.+) ลบ (.+) ออกจากกลุ่ม", "remove"),
                        (r"(.+) เข้าร่วมกลุ่ม", "join"), (r"(.+) ออกจากกลุ่ม", "leave")]:
            mm = re.fullmatch(pat, s)
            if mm:
                o["event"], o["sender"] = ev, mm.group(1)
                if mm.lastindex == 2:
                    o["target"] = mm.group(2)
                break
        else:
            err("export system line %d" % no)
    else:
        o["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker"}.get(text, "text")
    msgs[(EXPORT, no)] = o
    n_export += 1

per_group = Counter(o["group"] for o in msgs.values())
print("messages per group:", dict(per_group), "total", len(msgs))
if not 600 <= len(msgs) <= 800:
    err("message count %d" % len(msgs))
if not 0.35 <= per_group["ศอ.จอส.จว.สน."] / len(msgs) <= 0.45:
    err("volunteer share")

# ---- truth / near misses / ledger point at real lines
with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as f:
    truth = list(csv.DictReader(f))
with open(os.path.join(OUT, "near-misses.csv"), encoding="utf-8") as f:
    near = list(csv.DictReader(f))
with open(os.path.join(OUT, "ledger.csv"), encoding="utf-8") as f:
    ledger = list(csv.DictReader(f))
for r in truth + near:
    key = (r["file"], int(r["line"]))
    if key not in msgs:
        err("row points nowhere: %s" % r)
    elif msgs[key]["id"] != r["message"]:
        err("row id mismatch: %s" % r)
byidmsg = {o["id"]: o for o in msgs.values() if o["id"]}
for r in ledger:
    o = byidmsg.get(r["order"])
    if not o:
        err("ledger order %s" % r["order"])
    dl = datetime.fromisoformat(r["deadline"])
    if r["answer"]:
        a = byidmsg[r["answer"]]
        st = "on-time" if a["_t"] <= dl else "late"
        if st != r["state"]:
            err("ledger state %s" % r)
        p, _ = match(a["sender"], a.get("senderId"))
        if not p or p["district"] != r["district"]:
            err("answer not from the district: %s" % r)
    else:
        st = "missing" if dl < last_end else "not-due"
        if st != r["state"]:
            err("ledger state %s" % r)
lc = Counter(r["state"] for r in ledger)
orders = Counter(r["order"] for r in ledger)
print("ledger:", dict(lc), "orders", len(orders))
if len(orders) < 8 or lc["late"] + lc["missing"] < 10:
    err("ledger counts")
tc = Counter(r["rule"] for r in truth)
print("findings:", dict(sorted(tc.items())), "total", len(truth), "(non-5O %d)" % (len(truth) - tc["SKN-5O"]))
print("near misses:", len(near))
if tc["SKN-2P"] < 6 or tc["OUTSIDER"] < 3 or len(truth) - tc["SKN-5O"] < 25 or len(near) < 25:
    err("finding counts")

# ---- cross-check membership findings from the roster
flag = defaultdict(set)
for r in truth:
    flag[(r["file"], int(r["line"]))].add((r["rule"], r["who"]))
seen = set()
expect = []
for (fn, ln), o in sorted(msgs.items(), key=lambda x: (x[0][0], x[0][1])):
    g = o["group"]
    people = []
    if o["type"] == "system" and o.get("event") == "invite":
        people = [(o["target"], None, "invite")]
    elif o["type"] == "system" and o.get("event") in ("join",):
        people = [(o["sender"], o.get("senderId"), "join")]
    elif o["type"] != "system":
        people = [(o["sender"], o.get("senderId"), "post")]
    for name, sid, how in people:
        p, why = match(name, sid)
        who = p["person_id"] if p else name
        if (g, who) in seen or why == "ambiguous":
            continue
        seen.add((g, who))
        if p is None:
            expect.append((fn, ln, "OUTSIDER", name))
        elif not set(p["role"].split("|")) & ADMIT[g]:
            expect.append((fn, ln, MRULE[g], name))
            if how == "invite":
                expect.append((fn, ln, "SKN-ALL", name))
for fn, ln, rule, name in expect:
    if (rule, name) not in flag[(fn, ln)]:
        err("expected %s for %s at %s:%d" % (rule, name, fn, ln))
mem = {(r["file"], int(r["line"]), r["rule"], r["who"]) for r in truth if r["rule"] in MRULE.values() or r["rule"] == "OUTSIDER"}
exp = {(fn, ln, rule, name) for fn, ln, rule, name in expect if rule != "SKN-ALL"}
for x in mem - exp:
    if x[2] in MRULE.values() or x[2] == "OUTSIDER":
        err("membership finding not derivable from roster: %s" % (x,))
# every post in ข้อสั่งการ ปค.สน. by someone outside the office is an SKN-2P post
prevkey = None
for (fn, ln), o in sorted(msgs.items()):
    if fn != "dopa-orders.jsonl" or o["type"] == "system":
        continue
    p, why = match(o["sender"], o.get("senderId"))
    if why == "ambiguous" or (p and set(p["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}):
        prevkey = None
        continue
    key = (o["sender"], o["_t"].strftime("%d%H%M"))
    if key != prevkey and ("SKN-2P", o["sender"]) not in flag[(fn, ln)]:
        err("unflagged post in ปค.สน. at line %d" % ln)
    prevkey = key

# ---- reminders name exactly the districts still owing at their time
for (fn, ln), o in msgs.items():
    if fn == "volunteer-centre.jsonl" and o.get("replyTo") and o["type"] == "text" and re.match(r"(🔔 )?(ย้ำ|เร่งรัด)", o["text"]):
        orow = [r for r in ledger if r["order"] == o["replyTo"]]
        owing = {r["district"] for r in orow if not r["answer"] or byidmsg[r["answer"]]["_t"] > o["_t"]}
        named = {d for d in dists if d in o["text"]}
        if owing != named:
            err("reminder %s names %s, owing %s" % (o["id"], sorted(named), sorted(owing)))

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("all checks passed")
