# Checks the week-J files as written (independently of build.py): formats, ids, order, references, counts,
# and recomputes membership findings from the files and the roster.
# Usage: python3 tools/check.py   (from the week's folder)
import csv
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ---------------------------------------------------------------- roster
HEADER = ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as fh:
    rd = csv.reader(fh)
    hdr = next(rd)
    if hdr != HEADER:
        err("roster header", hdr)
    roster = [dict(zip(HEADER, r)) for r in rd]
ids = Counter(p["person_id"] for p in roster)
if max(ids.values()) > 1:
    err("duplicate person ids")
for p in roster:
    for r in p["role"].split("|"):
        if r not in ROLES:
            err("bad role", p["person_id"], r)
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad line id", p["person_id"])
    if p["district"] and p["district"] not in DISTRICTS:
        err("bad district", p["district"])
for d in DISTRICTS:
    roles = [r for p in roster if p["district"] == d for r in p["role"].split("|")]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if need not in roles:
            err("district", d, "lacks", need)
dual = [p for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff"]
names = Counter(n for p in roster for n in p["display_names"].split("|"))
shared = [n for n, c in names.items() if c > 1]
rc = Counter(r for p in roster for r in p["role"].split("|"))
print("roster: %d people; roles %s; two-role people %d; shared display names %s; with LINE id %d; with e-mail %d" % (
    len(roster), dict(rc), len(dual), shared, sum(1 for p in roster if p["line_user_id"]),
    sum(1 for p in roster if p["email"])))
if len(dual) < 2 or len(shared) != 1:
    err("roster needs two dual-role people and one shared display name")

TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(name):
    s = unicodedata.normalize("NFC", re.sub("[\u2066-\u2069\u200b-\u200f\ufeff]", "", name))
    s = " ".join(s.split())
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


BYN = defaultdict(list)
for p in roster:
    for n in p["display_names"].split("|"):
        BYN[norm(n)].append(p)
BYID = {p["line_user_id"]: p for p in roster if p["line_user_id"]}


def match(name, sid=None):
    if sid:
        return BYID.get(sid, "BADID")
    lst = BYN.get(norm(name), [])
    return lst[0] if len(lst) == 1 else ("AMBIGUOUS" if lst else None)


# ---------------------------------------------------------------- JSONL
FILES = ["volunteer-centre.jsonl", "pk-orders.jsonl", "pj-orders.jsonl", "executives.jsonl", "agency-heads.jsonl"]
EXPORT = "nakpokkrong-export.txt"
TRE = re.compile(r"^2026-(01|02)-\d\dT\d\d:\d\d:\d\d\+07:00$")
msgs = {}
allids = set()
last = None
for f in FILES:
    rows = []
    prev = None
    groups = set()
    with open(os.path.join(D, f), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err(f, i, "bad json", e)
                continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(f, i, "missing", k)
            if not re.fullmatch(r"j\d{4}", o["id"]) or o["id"] in allids:
                err(f, i, "bad or duplicate id", o["id"])
            allids.add(o["id"])
            if not TRE.match(o["time"]):
                err(f, i, "bad time", o["time"])
            t = dt.datetime.fromisoformat(o["time"])
            if prev and t < prev:
                err(f, i, "out of order")
            prev = t
            if o["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
                err(f, i, "bad type")
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(f, i, "bad event")
            if o["type"] == "text" and not o.get("text"):
                err(f, i, "empty text")
            if o["type"] in ("image", "file") and not o.get("attachment"):
                err(f, i, "no attachment")
            if o.get("senderId"):
                p = BYID.get(o["senderId"])
                if not p or o["sender"] not in p["display_names"].split("|"):
                    err(f, i, "senderId does not fit sender")
            groups.add(o["group"])
            o["_line"] = i
            o["_t"] = t
            rows.append(o)
    ids_here = {o["id"] for o in rows}
    for o in rows:
        if o.get("replyTo") and o["replyTo"] not in ids_here:
            err(f, o["_line"], "replyTo outside file")
    if len(groups) != 1:
        err(f, "several groups", groups)
    msgs[f] = rows
    if last is None or rows[-1]["_t"] > last:
        last = rows[-1]["_t"]
if msgs["volunteer-centre.jsonl"][-1]["_t"] != last:
    err("volunteer-centre log does not end last")

# ---------------------------------------------------------------- export
with open(os.path.join(D, EXPORT), encoding="utf-8") as fh:
    raw = fh.read()
if not raw.startswith("\ufeff"):
    err("export: no BOM")
xl = raw.lstrip("\ufeff").split("\n")
if xl and xl[-1] == "":
    xl = xl[:-1]
if not xl[0].startswith("[LINE]") or not xl[1].startswith("บันทึกเมื่อ") or xl[2] != "":
    err("export header")
DRE = re.compile(r"^[ก-๙]{1,2}\.\s+(\d{1,2})/(\d{1,2})/(\d{4})$")
MRE = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
xrec = {}
cur = None
inquote = False
prevt = None
for i, line in enumerate(xl, 1):
    if i <= 3:
        continue
    if inquote:
        if line.endswith('"'):
            inquote = False
        continue
    if line == "":
        continue
    md = DRE.match(line)
    if md:
        dd, mm, yy = map(int, md.groups())
        cur = dt.date(yy - 543, mm, dd)
        continue
    mm_ = MRE.match(line)
    if not mm_:
        err(EXPORT, i, "unparsed line", line)
        continue
    h, mi, s, text = mm_.groups()
    t = dt.datetime(cur.year, cur.month, cur.day, int(h), int(mi), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    if prevt and t < prevt:
        err(EXPORT, i, "out of order")
    prevt = t
    if text.startswith('"') and not (len(text) > 1 and text.endswith('"')):
        inquote = True
    xrec[i] = dict(sender=s, text=text, t=t)
if last < max(r["t"] for r in xrec.values()):
    err("export ends after the volunteer-centre log")

# ---------------------------------------------------------------- truth / ledger / near misses
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "OUTSIDER"}


def at_line(f, line, mid):
    if f == EXPORT:
        if line not in xrec:
            err("truth/near-miss points at no export message", f, line)
            return None
        if mid:
            err("export row with message id")
        return xrec[line]
    rows = msgs.get(f)
    if not rows or not (1 <= line <= len(rows)):
        err("bad file/line", f, line)
        return None
    o = rows[line - 1]
    if o["id"] != mid:
        err("id mismatch", f, line, mid, o["id"])
    return o


with open(os.path.join(D, "truth.csv"), encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["rule", "file", "line", "message", "who", "state", "note"]:
        err("truth header")
    truth = list(rd)
for r in truth:
    if r["rule"] not in RULES:
        err("bad rule", r)
    o = at_line(r["file"], int(r["line"]), r["message"])
    if o is None:
        continue
    if r["rule"] == "SKN-5O":
        if r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS:
            err("bad SKN-5O row", r)
    else:
        if r["state"]:
            err("state on a non-duty row", r)
        if r["who"] not in (o.get("sender"), o.get("target")) and r["who"] not in o.get("text", ""):
            err("who not on the line", r)
with open(os.path.join(D, "ledger.csv"), encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["order", "district", "state", "answer", "deadline", "note"]:
        err("ledger header")
    ledger = list(rd)
vid = {o["id"]: o for o in msgs["volunteer-centre.jsonl"]}
for r in ledger:
    dl = dt.datetime.fromisoformat(r["deadline"])
    if r["state"] in ("on-time", "late"):
        a = vid.get(r["answer"])
        if not a:
            err("ledger answer missing", r)
            continue
        if (a["_t"] <= dl) != (r["state"] == "on-time"):
            err("ledger state does not fit times", r)
    elif r["state"] == "missing":
        if r["answer"] or not last > dl:
            err("bad missing row", r)
    elif r["state"] == "not-due":
        if r["answer"] or last > dl:
            err("bad not-due row", r)
    else:
        err("bad state", r)
for r in ledger:
    if r["state"] in ("late", "missing"):
        if not any(t["rule"] == "SKN-5O" and t["who"] == r["district"] and t["state"] == r["state"]
                   and r["order"] in t["note"] for t in truth):
            err("ledger row without truth row", r)
if sum(1 for r in ledger if r["state"] in ("late", "missing")) != sum(1 for r in truth if r["rule"] == "SKN-5O"):
    err("SKN-5O count mismatch")
with open(os.path.join(D, "near-misses.csv"), encoding="utf-8") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["file", "line", "message", "why"]:
        err("near-miss header")
    near = list(rd)
for r in near:
    at_line(r["file"], int(r["line"]), r["message"])
tl = {(r["file"], r["line"]) for r in truth if r["rule"] != "SKN-5O"}
for r in near:
    if (r["file"], r["line"]) in tl:
        err("a line is both a finding and a near miss", r)

# ---------------------------------------------------------------- recompute membership findings from the files
ADMIT = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                                "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
computed = set()


def see(group, f, line, name, sid, seen, inviter=None):
    key = name
    if key in seen:
        return
    seen.add(key)
    p = match(name, sid)
    if p is None:
        computed.add(("OUTSIDER", f, line, name))
    elif p == "AMBIGUOUS":
        pass
    elif not set(p["role"].split("|")) & ADMIT[group][1]:
        computed.add((ADMIT[group][0], f, line, name))
        if inviter:
            computed.add(("SKN-ALL", f, line, name))
            computed.add(("SKN-ALL", f, line, inviter))


for f in FILES:
    seen = set()
    g = msgs[f][0]["group"]
    for o in msgs[f]:
        see(g, f, o["_line"], o["sender"], o.get("senderId"), seen)
        if o.get("event") == "invite":
            see(g, f, o["_line"], o["target"], None, seen, inviter=o["sender"])
        if g == "ข้อสั่งการ ปค.สน." and o["type"] != "system":
            p = match(o["sender"], o.get("senderId"))
            if p != "AMBIGUOUS" and not (p and set(p["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}):
                computed.add(("SKN-2P", f, o["_line"], o["sender"]))
seen = set()
for i, r in sorted(xrec.items()):
    if r["sender"]:
        see("นักปกครองสกลนคร", EXPORT, i, r["sender"], None, seen)
    else:
        m1 = re.match(r"^(.*) เพิ่ม (.*) เข้ากลุ่ม$", r["text"])
        m2 = re.match(r"^(.*) (เข้าร่วมกลุ่ม|ออกจากกลุ่ม)$", r["text"])
        if m1:
            see("นักปกครองสกลนคร", EXPORT, i, m1.group(1), None, seen)
            see("นักปกครองสกลนคร", EXPORT, i, m1.group(2), None, seen, inviter=m1.group(1))
        elif m2:
            see("นักปกครองสกลนคร", EXPORT, i, m2.group(1), None, seen)
MEM = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-2P"}
written = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth if r["rule"] in MEM}
for x in sorted(computed - written):
    err("recomputed but not in truth:", x)
for x in sorted(written - computed):
    err("in truth but not recomputed:", x)

# ---------------------------------------------------------------- counts
print("messages per file:")
tot = 0
for f in FILES:
    print("  %-26s %-32s %4d" % (f, msgs[f][0]["group"], len(msgs[f])))
    tot += len(msgs[f])
print("  %-26s %-32s %4d (message and system lines)" % (EXPORT, "นักปกครองสกลนคร", len(xrec)))
tot += len(xrec)
print("  total %d; ศอ.จอส.จว.สน. share %.0f%%" % (tot, 100.0 * len(msgs["volunteer-centre.jsonl"]) / tot))
print("findings per rule:", dict(sorted(Counter(r["rule"] for r in truth).items())), "total", len(truth))
print("duties by state:", dict(Counter(r["state"] for r in ledger)), "of", len(ledger))
print("near misses:", len(near))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("all checks passed")
