#!/usr/bin/env python3
"""Self-contained checker of week AU (formats, ids, times, truth/near-miss/ledger pointers,
roster consistency, ledger states against the clock, membership findings recomputed from the
roster and the rules page's admitted roles). Exit 1 on any problem."""
import csv, json, os, re, sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "au"
JSONL = [("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."), ("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
         ("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."), ("nakpokkhrong.jsonl", "นักปกครองสกลนคร"),
         ("volunteer-centre.jsonl", "ศอ.จอส.จว.สน.")]
EXPORT = ("[LINE]ผู้บริหารจังหวัด และนายอำเภอ.txt", "ผู้บริหารจังหวัด และนายอำเภอ")
SOR = "volunteer-centre.jsonl"
PK = "pakkhrong-orders.jsonl"
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
# the rules page: admitted roles and stated sizes
ADMIT = {"นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}, 204),
         "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}, 175),
         "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}, 19),
         "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}, 22),
         "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}, 118),
         "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}, None)}
MEMBERSHIP_RULES = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-CAP"}
EVENTS = {"join", "invite", "remove", "leave", "rename", "unsend"}
TH_WD = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]

problems = []
def bad(msg):
    problems.append(msg)

def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))

# ---------------------------------------------------------------- roster
rows = read_csv("roster.csv")
if rows[0] != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
    bad("roster.csv: bad header")
people = []
seen_pid, seen_lid, seen_mail = set(), set(), set()
for i, r in enumerate(rows[1:], 2):
    if len(r) != 8:
        bad("roster.csv:%d: %d columns" % (i, len(r))); continue
    pid, full, names, role, agency, dist, lid, mail = r
    roles = set(role.split("|"))
    if not roles <= ROLES: bad("roster.csv:%d: unknown role %s" % (i, role))
    if pid in seen_pid: bad("roster.csv:%d: duplicate id" % i)
    seen_pid.add(pid)
    if lid:
        if not re.fullmatch(r"U[0-9a-f]{32}", lid): bad("roster.csv:%d: bad LINE id" % i)
        if lid in seen_lid: bad("roster.csv:%d: duplicate LINE id" % i)
        seen_lid.add(lid)
    if mail:
        if mail in seen_mail: bad("roster.csv:%d: duplicate email" % i)
        seen_mail.add(mail)
    if dist and dist not in DISTRICTS: bad("roster.csv:%d: unknown district %s" % (i, dist))
    if roles & {"district_chief", "deputy_district_chief", "coordinating_deputy"} and not dist:
        bad("roster.csv:%d: district role without district" % i)
    people.append(dict(pid=pid, names=[n for n in names.split("|") if n], roles=roles, district=dist, lid=lid))
if not 80 <= len(people) <= 95: bad("roster: %d people, want 80-95" % len(people))
for d in DISTRICTS:
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(p["district"] == d and need in p["roles"] for p in people):
            bad("roster: %s has no %s" % (d, need))
BY_NAME, BY_LID = {}, {}
for p in people:
    for n in p["names"]:
        BY_NAME.setdefault(n, []).append(p)
    if p["lid"]:
        BY_LID[p["lid"]] = p

def resolve(name, lid=None):
    """-> ('person', p) | ('ambiguous', None) | ('outsider', None)"""
    if lid and lid in BY_LID:
        return "person", BY_LID[lid]
    c = BY_NAME.get(name, [])
    if len(c) == 1: return "person", c[0]
    if len(c) > 1: return "ambiguous", None
    return "outsider", None

def district_person(p):
    return bool(p["district"]) and bool(p["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"})

def centre(p):
    return "provincial_palad" in p["roles"] or ("volunteer_center_staff" in p["roles"] and not p["district"])

# ---------------------------------------------------------------- JSONL
records = {}   # file -> list of dict(line, id, time, sender, lid, type, event, target, text)
expect = 0
for fname, gname in JSONL:
    recs = []
    prev = None
    ids = set()
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
        raw = f.read()
    if raw.startswith("\ufeff"): bad(fname + ": BOM")
    for ln, line in enumerate(raw.split("\n")[:-1], 1):
        try:
            o = json.loads(line)
        except Exception as e:
            bad("%s:%d: not JSON" % (fname, ln)); continue
        expect += 1
        if o.get("id") != "%s%04d" % (PREFIX, expect): bad("%s:%d: id %s, want %s%04d" % (fname, ln, o.get("id"), PREFIX, expect))
        if o.get("group") != gname: bad("%s:%d: group %r" % (fname, ln, o.get("group")))
        t = o.get("time", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", t): bad("%s:%d: time %r" % (fname, ln, t)); continue
        dt = datetime.fromisoformat(t[:19])
        if prev and dt < prev: bad("%s:%d: time goes back" % (fname, ln))
        prev = dt
        typ = o.get("type")
        if typ == "text":
            if not o.get("text"): bad("%s:%d: text without text" % (fname, ln))
        elif typ == "sticker":
            if "text" in o or "attachment" in o: bad("%s:%d: sticker with content" % (fname, ln))
        elif typ in ("image", "video", "file"):
            if not o.get("attachment"): bad("%s:%d: %s without attachment" % (fname, ln, typ))
        elif typ == "system":
            if o.get("event") not in EVENTS: bad("%s:%d: event %r" % (fname, ln, o.get("event")))
            if o.get("event") in ("invite", "rename", "remove") and not o.get("target"): bad("%s:%d: %s without target" % (fname, ln, o.get("event")))
        else:
            bad("%s:%d: type %r" % (fname, ln, typ))
        if "replyTo" in o and o["replyTo"] not in ids: bad("%s:%d: replyTo not an earlier message of the file" % (fname, ln))
        sid = o.get("senderId")
        if sid is not None:
            p = BY_LID.get(sid)
            if not p or o["sender"] not in p["names"]: bad("%s:%d: senderId does not match the roster name" % (fname, ln))
        ids.add(o["id"])
        recs.append(dict(line=ln, id=o["id"], dt=dt, sender=o["sender"], lid=sid, type=typ, event=o.get("event"),
                         target=o.get("target"), text=o.get("text", ""), group=gname))
    records[fname] = recs

# ---------------------------------------------------------------- export (LINE for PC, Thai UI)
fname, gname = EXPORT
with open(os.path.join(HERE, fname), encoding="utf-8") as f:
    raw = f.read()
if raw.startswith("\ufeff"): bad(fname + ": desktop Save chat has no BOM in this week")
lines = raw.split("\n")
if lines[-1] != "": bad(fname + ": no final newline")
lines = lines[:-1]
names_known = sorted(set(BY_NAME) | {r[4] for r in read_csv("truth.csv")[1:] if r[0] == "OUTSIDER"}, key=len, reverse=True)
recs, day, prev = [], None, None
if not re.fullmatch(r"\d{4}\.\d\d\.\d\d \S+", lines[0]): bad(fname + ": does not start with a date line")
for ln, line in enumerate(lines, 1):
    md = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\S+)", line)
    if md:
        day = datetime(int(md.group(1)), int(md.group(2)), int(md.group(3)))
        if md.group(4) != TH_WD[day.weekday()]: bad("%s:%d: weekday" % (fname, ln))
        continue
    mm = re.match(r"(\d\d):(\d\d) ", line)
    sender = None
    if mm:
        rest = line[6:]
        for n in names_known:
            if rest.startswith(n + " "):
                sender = n; break
    if mm and sender:
        body = rest[len(sender) + 1:]
        dt = day + timedelta(hours=int(mm.group(1)), minutes=int(mm.group(2)))
        if prev and dt < prev: bad("%s:%d: time goes back" % (fname, ln))
        prev = dt
        typ, ev = "text", None
        if body == "รูป": typ = "image"
        elif body == "สติกเกอร์": typ = "sticker"
        elif body == "วิดีโอ": typ = "video"
        elif body == "ยกเลิกข้อความ": typ, ev = "system", "unsend"
        elif body == sender + " ออกจากกลุ่ม": typ, ev = "system", "leave"
        recs.append(dict(line=ln, id="", dt=dt, sender=sender, lid=None, type=typ, event=ev, target=None, text=body, group=gname))
    else:
        if mm: bad("%s:%d: time-like line with an unknown sender" % (fname, ln))
        if not recs: bad("%s:%d: continuation before any message" % (fname, ln))
records[fname] = recs
ALLFILES = [f for f, _ in JSONL] + [fname]
GROUP_OF = dict(JSONL + [EXPORT])
end = max(r["dt"] for f in records for r in records[f])
total = sum(len(v) for v in records.values())
if not 690 <= total <= 710: bad("total messages %d, want 690-710" % total)
share = len(records[SOR]) / total
if not 0.35 <= share <= 0.40: bad("ศอ share %.3f" % share)
BYLINE = {(f, r["line"]): r for f in records for r in records[f]}

def post_starts(recs):
    """Several photos sent together by one sender (same minute or the next) are one post."""
    out = []
    prev = None
    for r in recs:
        if r["type"] == "system":
            prev = None; continue
        if r["type"] == "image" and prev and prev["type"] == "image" and prev["sender"] == r["sender"] and r["dt"] - prev["dt"] <= timedelta(minutes=1):
            prev = r; continue
        out.append(r); prev = r
    return out

# ---------------------------------------------------------------- truth rows point at real lines
truth = read_csv("truth.csv")
if truth[0] != ["rule", "file", "line", "message", "who", "state", "note"]: bad("truth.csv: header")
truth = truth[1:]
tkeys = set()
for i, t in enumerate(truth, 2):
    rule, f, line, mid, who, state, note = t
    r = BYLINE.get((f, int(line)))
    if not r: bad("truth.csv:%d: no message at %s:%s" % (i, f, line)); continue
    if mid != r["id"]: bad("truth.csv:%d: message id %s != %s" % (i, mid, r["id"]))
    if not note: bad("truth.csv:%d: no note" % i)
    if rule == "SKN-5O":
        if f != SOR: bad("truth.csv:%d: SKN-5O outside ศอ" % i)
        if state not in ("late", "missing"): bad("truth.csv:%d: state %r" % (i, state))
        if who not in DISTRICTS: bad("truth.csv:%d: SKN-5O who is not a district" % i)
    else:
        if state: bad("truth.csv:%d: state on a non-SKN-5O row" % i)
        if who not in (r["sender"], r["target"]): bad("truth.csv:%d: who %s is neither sender nor target" % (i, who))
    tkeys.add((f, int(line)))

# ---------------------------------------------------------------- membership recomputed
computed = set()
for f in ALLFILES:
    g = GROUP_OF[f]
    code, admitted, cap = ADMIT[g]
    seen, admitted_seen = set(), []
    for r in records[f]:
        shown = [(r["sender"], r["lid"], None)]
        if r["type"] == "system" and r["event"] == "invite":
            shown = [(r["target"], None, r["sender"])] + shown
        if r["type"] == "system" and r["event"] in ("remove", "rename"):
            shown = shown[:1] if r["event"] == "remove" else shown
        for name, lid, inviter in shown:
            kind, p = resolve(name, lid)
            key = p["pid"] if p else name
            if kind == "ambiguous" or key in seen:
                continue
            seen.add(key)
            if kind == "outsider":
                computed.add(("OUTSIDER", f, r["line"], name))
                continue
            if p["roles"] & admitted:
                admitted_seen.append(p["pid"])
                if cap and len(admitted_seen) == cap + 1:
                    computed.add(("SKN-CAP", f, r["line"], name))
                continue
            computed.add((code, f, r["line"], name))
            if inviter:
                computed.add(("SKN-ALL", f, r["line"], name))
                computed.add(("SKN-ALL", f, r["line"], inviter))
        if r["type"] == "system" and r["event"] == "rename":
            kind, p = resolve(r["sender"], r["lid"])
            if p and r["target"] not in p["names"]:
                bad("%s:%d: rename target %s not among the person's roster names" % (f, r["line"], r["target"]))
given = {(t[0], t[1], int(t[2]), t[4]) for t in truth if t[0] in MEMBERSHIP_RULES}
for x in sorted(computed - given, key=str): bad("membership finding missing from truth.csv: %s" % (x,))
for x in sorted(given - computed, key=str): bad("truth.csv membership row not recomputed: %s" % (x,))

# ---------------------------------------------------------------- SKN-2P recomputed (every post by a non-office member)
comp2p = set()
for r in post_starts(records[PK]):
    kind, p = resolve(r["sender"], r["lid"])
    if kind == "ambiguous": continue
    if kind == "outsider" or not (p["roles"] & {"provincial_admin_staff", "provincial_palad"}):
        comp2p.add((PK, r["line"], r["sender"]))
given2p = {(t[1], int(t[2]), t[4]) for t in truth if t[0] == "SKN-2P"}
for x in sorted(comp2p ^ given2p, key=str): bad("SKN-2P mismatch: %s" % (x,))
for t in truth:
    if t[0].endswith("P") and t[0].startswith("SKN-"):
        r = BYLINE[(t[1], int(t[2]))]
        kind, p = resolve(r["sender"], r["lid"])
        if r["type"] == "system": bad("posting finding on a system line: %s" % t)
        if t[0] == "SKN-4P" and p and p["roles"] & {"governor", "vice_governor"}: bad("SKN-4P by governor/VG: %s" % t)
        if t[0] == "SKN-5P" and p and centre(p): bad("SKN-5P by the provincial centre: %s" % t)
        if t[0] == "SKN-2P" and t[1] != PK: bad("SKN-2P outside ปค: %s" % t)

# ---------------------------------------------------------------- ledger
led = read_csv("ledger.csv")
if led[0] != ["order", "district", "state", "answer", "deadline", "note"]: bad("ledger.csv: header")
SORID = {r["id"]: r for r in records[SOR]}
want5o = set()
orders_seen = {}
for i, l in enumerate(led[1:], 2):
    oid, dist, state, aid, dl, note = l
    o = SORID.get(oid)
    if not o: bad("ledger.csv:%d: order %s not in ศอ" % (i, oid)); continue
    kind, p = resolve(o["sender"], o["lid"])
    if not (p and centre(p)): bad("ledger.csv:%d: order not from the provincial centre" % i)
    if dist not in DISTRICTS: bad("ledger.csv:%d: district %s" % (i, dist))
    if (oid, dist) in orders_seen: bad("ledger.csv:%d: duplicate duty" % i)
    orders_seen[(oid, dist)] = 1
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", dl): bad("ledger.csv:%d: deadline" % i); continue
    d = datetime.fromisoformat(dl[:19])
    if d <= o["dt"]: bad("ledger.csv:%d: deadline before the order" % i)
    if aid:
        a = SORID.get(aid)
        if not a: bad("ledger.csv:%d: answer %s not in ศอ" % (i, aid)); continue
        kind, p = resolve(a["sender"], a["lid"])
        if not (p and district_person(p) and p["district"] == dist): bad("ledger.csv:%d: answer not by a person of %s" % (i, dist))
        if a["dt"] <= o["dt"]: bad("ledger.csv:%d: answer before the order" % i)
        if a["type"] == "system" or a["type"] == "sticker": bad("ledger.csv:%d: answer is not a report" % i)
        st = "on-time" if a["dt"] <= d else "late"
        if st != state: bad("ledger.csv:%d: state %s, clock says %s" % (i, state, st))
        if state == "late": want5o.add((a["line"], dist, "late"))
    else:
        st = "missing" if d < end else "not-due"
        if st != state: bad("ledger.csv:%d: state %s, clock says %s" % (i, state, st))
        if state == "missing": want5o.add((o["line"], dist, "missing"))
got5o = {(int(t[2]), t[4], t[5]) for t in truth if t[0] == "SKN-5O"}
for x in sorted(want5o ^ got5o, key=str): bad("SKN-5O truth vs ledger mismatch: %s" % (x,))

# ---------------------------------------------------------------- near misses
nm = read_csv("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]: bad("near-misses.csv: header")
for i, n in enumerate(nm[1:], 2):
    f, line, mid, why = n
    r = BYLINE.get((f, int(line)))
    if not r: bad("near-misses.csv:%d: no message at %s:%s" % (i, f, line)); continue
    if mid != r["id"]: bad("near-misses.csv:%d: id" % i)
    if not why: bad("near-misses.csv:%d: no reason" % i)
    if (f, int(line)) in tkeys: bad("near-misses.csv:%d: the line is also a finding" % i)
if not 200 <= len(nm) - 1 <= 240: bad("near misses: %d, want 200-240" % (len(nm) - 1))

if problems:
    for p in problems: print("PROBLEM:", p)
    sys.exit(1)
print("OK: %d messages (%s), end of log %s, %d truth rows, %d duties, %d near misses" % (
    total, ", ".join("%s %d" % (f, len(records[f])) for f in ALLFILES), end, len(truth), len(led) - 1, len(nm) - 1))
