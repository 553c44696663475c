#!/usr/bin/env python3
"""Checks the week-I data set: formats, ids, order, line references, roster, ledger arithmetic,
and that every membership appearance that the rules make a finding has a truth row (and only those).
Run from this folder: python3 check.py"""
import csv, json, re, sys, collections
from datetime import datetime

ERR = []


def err(msg):
    ERR.append(msg)


JSONL = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads.jsonl"]
EXPORT = "nakpokkhrong-export.txt"
GROUP_OF = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
            "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
            "heads.jsonl": "หน.ส่วนราชการ-นอภ.สน.", EXPORT: "นักปกครองสกลนคร"}
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]
# admitted roles per group, from EVAL-RULES.md (coordinating_deputy counts as a deputy in SKN-5)
ADMIT = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                                "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
ISO = re.compile(r"^2026-0[23]-\d\dT\d\d:\d\d:\d\d\+07:00$")

# ---------------- roster ----------------
HEADER = "person_id,full_name,display_names,role,agency,district,line_user_id,email"
with open("roster.csv", encoding="utf-8") as fh:
    first = fh.readline().rstrip("\n")
    if first != HEADER:
        err("roster header differs")
with open("roster.csv", encoding="utf-8") as fh:
    roster = list(csv.DictReader(fh))
ids = [r["person_id"] for r in roster]
if len(ids) != len(set(ids)):
    err("duplicate person ids")
by_uid, by_name = {}, collections.defaultdict(list)
TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(name):
    s = re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", name)
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


dual = 0
per_d = collections.defaultdict(set)
for r in roster:
    roles = r["role"].split("|")
    for ro in roles:
        if ro not in ROLES:
            err("bad role %s for %s" % (ro, r["person_id"]))
    if len(roles) == 2:
        dual += 1
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
            err("bad line id " + r["person_id"])
        by_uid[r["line_user_id"]] = r
    if r["district"]:
        if r["district"] not in DISTRICTS:
            err("unknown district " + r["district"])
        for ro in roles:
            per_d[r["district"]].add(ro)
    for dn in r["display_names"].split("|"):
        by_name[norm(dn)].append(r)
for dname in DISTRICTS:
    need = {"district_chief", "coordinating_deputy", "volunteer_center_staff"}
    if not need <= per_d[dname]:
        err("district %s lacks %s" % (dname, need - per_d[dname]))
if dual < 2:
    err("fewer than two people with two roles")
shared = [n for n, rs in by_name.items() if len({r["person_id"] for r in rs}) > 1]
if not shared:
    err("no shared display name")
roles_count = collections.Counter(ro for r in roster for ro in r["role"].split("|"))


def who(sender, sid):
    """roster row, 'AMBIGUOUS' or None (outsider)"""
    if sid and sid in by_uid:
        return by_uid[sid]
    rs = {r["person_id"]: r for r in by_name.get(norm(sender), [])}
    if len(rs) > 1:
        return "AMBIGUOUS"
    return next(iter(rs.values()), None)


# ---------------- JSONL ----------------
msgs = {}
all_ids = {}
last_time = {}
for f in JSONL:
    rows = []
    prev = None
    with open(f, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                o = json.loads(line)
            except Exception as ex:
                err("%s:%d bad json %s" % (f, ln, ex))
                continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err("%s:%d missing %s" % (f, ln, k))
            if not re.fullmatch(r"i\d{4}", o["id"]):
                err("%s:%d bad id" % (f, ln))
            if o["id"] in all_ids:
                err("duplicate id " + o["id"])
            all_ids[o["id"]] = (f, ln, o)
            if o["group"] != GROUP_OF[f]:
                err("%s:%d wrong group" % (f, ln))
            if not ISO.match(o["time"]):
                err("%s:%d bad time" % (f, ln))
            if prev and o["time"] < prev:
                err("%s:%d out of order" % (f, ln))
            prev = o["time"]
            if o["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
                err("%s:%d bad type" % (f, ln))
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err("%s:%d bad event" % (f, ln))
            if o.get("event") in ("invite", "remove") and not o.get("target"):
                err("%s:%d invite without target" % (f, ln))
            if o["type"] == "file" and not o.get("attachment"):
                err("%s:%d file without attachment" % (f, ln))
            rows.append(o)
    msgs[f] = rows
    last_time[f] = prev
for f, rows in msgs.items():
    for o in rows:
        if "replyTo" in o:
            tgt = all_ids.get(o["replyTo"])
            if not tgt or tgt[0] != f or tgt[2]["time"] > o["time"]:
                err("bad replyTo in " + o["id"])
judge_time = last_time["volunteer-centre.jsonl"]
if max(last_time.values()) != judge_time:
    err("the volunteer-centre log does not hold the last message")

# ---------------- export ----------------
with open(EXPORT, encoding="utf-8") as fh:
    xl = fh.read().split("\n")
if not xl[0].startswith("[LINE]") or not xl[1].startswith("บันทึกเมื่อ"):
    err("export header")
xmsgs = {}  # line -> (date, time, sender or None, text)
date = None
i = 3
while i < len(xl):
    line = xl[i]
    ln = i + 1
    if line == "":
        i += 1
        continue
    mdate = re.fullmatch(r"([ก-๙]{1,2})\. (\d\d)/(\d\d)/(\d{4})", line)
    if mdate:
        d = datetime(int(mdate.group(4)) - 543, int(mdate.group(3)), int(mdate.group(2)))
        wd = ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"][d.weekday()]
        if wd != mdate.group(1):
            err("export weekday wrong at %d" % ln)
        date = d
        i += 1
        continue
    parts = line.split("\t", 2)
    if len(parts) != 3 or not re.fullmatch(r"\d\d:\d\d", parts[0]):
        err("export line %d not a message" % ln)
        i += 1
        continue
    text = parts[2]
    if text.startswith('"'):
        buf = text
        while not (buf.endswith('"') and len(buf) > 1 and (len(buf) - len(buf.rstrip('"'))) % 2 == 1):
            i += 1
            buf += "\n" + xl[i]
        text = buf[1:-1].replace('""', '"')
    xmsgs[ln] = (date, parts[0], parts[1] or None, text)
    i += 1
prevt = None
for ln in sorted(xmsgs):
    t = (xmsgs[ln][0], xmsgs[ln][1])
    if prevt and t < prevt:
        err("export out of order at %d" % ln)
    prevt = t

# ---------------- truth, near misses, ledger ----------------
with open("truth.csv", encoding="utf-8") as fh:
    if fh.readline().rstrip("\n") != "rule,file,line,message,who,state,note":
        err("truth header")
with open("truth.csv", encoding="utf-8") as fh:
    truth = list(csv.DictReader(fh))
with open("near-misses.csv", encoding="utf-8") as fh:
    if fh.readline().rstrip("\n") != "file,line,message,why":
        err("near-miss header")
with open("near-misses.csv", encoding="utf-8") as fh:
    near = list(csv.DictReader(fh))
with open("ledger.csv", encoding="utf-8") as fh:
    if fh.readline().rstrip("\n") != "order,district,state,answer,deadline,note":
        err("ledger header")
with open("ledger.csv", encoding="utf-8") as fh:
    ledger = list(csv.DictReader(fh))


def point(r, what):
    f, ln = r["file"], int(r["line"])
    if f == EXPORT:
        if ln not in xmsgs:
            err("%s row points at no export message: %s" % (what, r))
        if r["message"]:
            err("%s export row has a message id" % what)
        return None
    if f not in msgs or ln < 1 or ln > len(msgs[f]):
        err("%s row points nowhere: %s" % (what, r))
        return None
    o = msgs[f][ln - 1]
    if o["id"] != r["message"]:
        err("%s row id/line mismatch: %s" % (what, r))
    return o


RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "OUTSIDER"}
for r in truth:
    if r["rule"] not in RULES:
        err("unknown rule " + r["rule"])
    point(r, "truth")
    if (r["rule"] == "SKN-5O") != (r["state"] in ("late", "missing")):
        err("state column wrong: %s" % r)
for r in near:
    point(r, "near-miss")
tkeys = {(r["file"], r["line"]) for r in truth}
for r in near:
    if (r["file"], r["line"]) in tkeys:
        err("near miss on a finding line: %s" % r)

# ledger arithmetic
dist_people = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
seen = set()
for r in ledger:
    if r["state"] not in ("on-time", "late", "missing", "not-due"):
        err("ledger state " + r["state"])
    if r["district"] not in DISTRICTS:
        err("ledger district " + r["district"])
    key = (r["order"], r["district"])
    if key in seen:
        err("ledger duplicate %s" % (key,))
    seen.add(key)
    of, oln, order = all_ids[r["order"]]
    if of != "volunteer-centre.jsonl":
        err("order outside the volunteer group")
    dl = r["deadline"]
    if not ISO.match(dl):
        err("ledger deadline format " + dl)
    if r["state"] in ("on-time", "late"):
        af, aln, ans = all_ids[r["answer"]]
        if af != "volunteer-centre.jsonl" or ans["time"] <= order["time"]:
            err("answer not after the order in the group: %s" % r)
        p = who(ans["sender"], ans.get("senderId"))
        if not isinstance(p, dict) or p["district"] != r["district"] or not (set(p["role"].split("|")) & dist_people):
            err("answer not by the district's people: %s" % r)
        if r["state"] == "on-time" and ans["time"] > dl:
            err("on-time after deadline: %s" % r)
        if r["state"] == "late" and ans["time"] <= dl:
            err("late but before deadline: %s" % r)
    else:
        if r["answer"]:
            err("answer given for %s" % r["state"])
        if r["state"] == "missing" and dl >= judge_time:
            err("missing but deadline not passed: %s" % r)
        if r["state"] == "not-due" and dl < judge_time:
            err("not-due but deadline passed: %s" % r)
# every late/missing in the ledger has exactly one SKN-5O truth row
t5 = collections.Counter((r["who"], r["state"], r["note"].split(" ")[1]) for r in truth if r["rule"] == "SKN-5O")
for r in ledger:
    if r["state"] in ("late", "missing"):
        if t5[(r["district"], r["state"], r["order"])] != 1:
            err("no SKN-5O row for %s" % r)
if sum(t5.values()) != sum(1 for r in ledger if r["state"] in ("late", "missing")):
    err("SKN-5O rows and ledger disagree")

# ---------------- membership consistency ----------------
expected = collections.Counter()


def appearances(f):
    """(line, display, senderId, how, inviter display)"""
    out = []
    if f == EXPORT:
        for ln in sorted(xmsgs):
            _, _, s, text = xmsgs[ln]
            if s:
                out.append((ln, s, None, "post", None))
            else:
                mm = re.fullmatch(r"(.+) เพิ่ม (.+) เข้ากลุ่ม", text)
                if mm:
                    out.append((ln, mm.group(2), None, "invite", mm.group(1)))
                mm = re.fullmatch(r"(.+) เข้าร่วมกลุ่ม", text)
                if mm:
                    out.append((ln, mm.group(1), None, "join", None))
        return out
    for ln, o in enumerate(msgs[f], 1):
        ev = o.get("event")
        if ev == "invite":
            out.append((ln, o["target"], None, "invite", o["sender"]))
            out.append((ln, o["sender"], o.get("senderId"), "inviter", None))
        elif ev in ("remove",):
            out.append((ln, o["sender"], o.get("senderId"), "post", None))
        elif ev == "leave":
            out.append((ln, o["sender"], o.get("senderId"), "leave", None))
        else:
            out.append((ln, o["sender"], o.get("senderId"), ev or "post", None))
    return out


for f in JSONL + [EXPORT]:
    g = GROUP_OF[f]
    rule, admitted = ADMIT[g]
    shown = set()
    for (ln, disp, sid, how, inviter) in appearances(f):
        p = who(disp, sid)
        ident = disp if not isinstance(p, dict) else p["person_id"]
        if p == "AMBIGUOUS" or ident in shown:
            continue
        shown.add(ident)
        if p is None:
            expected[("OUTSIDER", f, str(ln), disp)] += 1
            continue
        if not (set(p["role"].split("|")) & admitted):
            expected[(rule, f, str(ln), disp)] += 1
            if how == "invite":
                expected[("SKN-ALL", f, str(ln), disp)] += 1
                expected[("SKN-ALL", f, str(ln), inviter)] += 1
got = collections.Counter((r["rule"], r["file"], r["line"], r["who"]) for r in truth
                          if r["rule"] in ("SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER"))
for k in expected - got:
    err("membership finding not in truth: %s" % (k,))
for k in got - expected:
    err("truth membership row not expected: %s" % (k,))

# ปค.สน.: every post by someone other than the office is an SKN-2P row (ambiguous names excepted)
office = {"provincial_admin_staff", "provincial_palad"}
t2p = {r["line"] for r in truth if r["rule"] == "SKN-2P"}
for ln, o in enumerate(msgs["dopa-orders.jsonl"], 1):
    if o["type"] == "system":
        continue
    p = who(o["sender"], o.get("senderId"))
    if p == "AMBIGUOUS":
        continue
    is_office = isinstance(p, dict) and set(p["role"].split("|")) & office
    if not is_office and str(ln) not in t2p:
        err("dopa line %d: a member's post without SKN-2P" % ln)
    if is_office and str(ln) in t2p:
        err("dopa line %d: SKN-2P on the office's post" % ln)

# ---------------- counts ----------------
count = {GROUP_OF[f]: len(msgs[f]) for f in JSONL}
count["นักปกครองสกลนคร (export)"] = len(xmsgs)
total = sum(count.values())
rules = collections.Counter(r["rule"] for r in truth)
states = collections.Counter(r["state"] for r in ledger)
nonO = sum(v for k, v in rules.items() if k != "SKN-5O")
orders = collections.Counter(r["order"] for r in ledger)
checks = [
    (600 <= total <= 800, "about 700 messages (%d)" % total),
    (0.35 <= count["ศอ.จอส.จว.สน."] / total <= 0.45, "ศอ.จอส. about 40%"),
    (len(orders) >= 8, "at least 8 duty orders"),
    (sum(1 for o, n in orders.items() if n < 18) >= 2, "at least 2 orders to some districts"),
    (states["late"] + states["missing"] >= 10, "at least 10 late or missing"),
    (nonO >= 25, "at least 25 posting/membership findings (%d)" % nonO),
    (rules["SKN-2P"] >= 6, "SKN-2P at least 6"),
    (rules["OUTSIDER"] >= 3, "OUTSIDER at least 3"),
    (len(near) >= 25, "at least 25 near misses"),
    (len(roster) >= 80, "roster size"),
    (3 >= roles_count["vice_governor"] >= 2, "2-3 vice governors"),
]
for ok, what in checks:
    if not ok:
        err("count check failed: " + what)

print("messages per group:")
for k, v in count.items():
    print("  %-32s %4d" % (k, v))
print("  %-32s %4d" % ("total", total))
print("findings per rule:", dict(sorted(rules.items())))
print("findings excluding SKN-5O:", nonO, " including:", len(truth))
print("near misses:", len(near))
print("duties by state:", dict(states), " total", len(ledger))
print("roles:", dict(roles_count))
print("judged at:", judge_time)
if ERR:
    print("\n%d PROBLEMS" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
