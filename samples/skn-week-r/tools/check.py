# Checks the week-R folder. Run: python3 tools/check.py  (from the folder or anywhere)
import csv, json, os, re, sys, collections, unicodedata
from datetime import datetime

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []
def err(*a):
    ERR.append(" ".join(str(x) for x in a))

JSONL = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl"]
EXPORT = "administrators-line-export.txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief", "deputy_district_chief",
         "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า", "บ้านม่วง",
             "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
ELIG = {  # group -> admitted roles
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}

# ---------------- roster
rows = list(csv.reader(open(os.path.join(D, "roster.csv"), encoding="utf-8")))
if rows[0] != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
    err("roster header", rows[0])
people = [dict(zip(rows[0], r)) for r in rows[1:]]
ids = collections.Counter(p["person_id"] for p in people)
if any(v > 1 for v in ids.values()): err("duplicate person ids")
emails = collections.Counter(p["email"] for p in people if p["email"])
if any(v > 1 for v in emails.values()): err("shared e-mail", [e for e, v in emails.items() if v > 1])
dual = 0
for p in people:
    rs = p["role"].split("|")
    if not all(r in ROLES for r in rs): err("bad role", p)
    if len(rs) == 2: dual += 1
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]): err("bad line id", p)
    if p["district"] and p["district"] not in DISTRICTS: err("bad district", p)
if dual < 2: err("fewer than two people with two roles")
for d in DISTRICTS:
    rs = [p["role"] for p in people if p["district"] == d]
    if "district_chief" not in rs or not any("coordinating_deputy" in r for r in rs) or not any("volunteer_center_staff" in r for r in rs):
        err("district incomplete", d)
TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]
def norm(s):
    s = unicodedata.normalize("NFC", re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return re.sub(r"\s+", " ", s)
by_name = collections.defaultdict(set)
by_norm = collections.defaultdict(set)
by_id = {}
for p in people:
    for n in p["display_names"].split("|"):
        by_name[n].add(p["person_id"]); by_norm[norm(n)].add(p["person_id"])
    if p["line_user_id"]: by_id[p["line_user_id"]] = p["person_id"]
    if p["email"]: by_id[p["email"]] = p["person_id"]
amb = [n for n, s in by_name.items() if len(s) > 1]
if len(amb) < 1: err("no ambiguous display name")
PBY = {p["person_id"]: p for p in people}

def resolve(name, sid=None, renames=None):
    if sid and sid in by_id: return by_id[sid]
    if renames and name in renames: return renames[name]
    s = by_name.get(name) or by_norm.get(norm(name))
    if not s: return None
    if len(s) > 1: return "AMBIGUOUS"
    return next(iter(s))

# ---------------- JSONL
msgs = {}; byfile = {}; allids = set()
TRE = re.compile(r"2025-11-(\d\d)T\d\d:\d\d:\d\d\+07:00$")
for f in JSONL:
    L = []
    prev = None
    for ln, line in enumerate(open(os.path.join(D, f), encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err(f, ln, "bad json", e); continue
        if not re.fullmatch(r"r\d{4}", o.get("id", "")): err(f, ln, "bad id")
        if o["id"] in allids: err(f, ln, "duplicate id", o["id"])
        allids.add(o["id"])
        if not TRE.match(o["time"]): err(f, ln, "bad time", o["time"])
        if not 10 <= int(o["time"][8:10]) <= 14: err(f, ln, "outside the week")
        if prev and o["time"] < prev: err(f, ln, "time order")
        prev = o["time"]
        if o["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"): err(f, ln, "type")
        if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"): err(f, ln, "event")
        if o["type"] == "file" and not o.get("attachment"): err(f, ln, "file without attachment")
        o["_file"], o["_line"] = f, ln
        msgs[o["id"]] = o; L.append(o)
    if len({o["group"] for o in L}) != 1: err(f, "more than one group")
    byfile[f] = L
for o in msgs.values():
    if "replyTo" in o and o["replyTo"] not in msgs: err("replyTo unknown", o["id"])
LOG_END = max(o["time"] for o in msgs.values())

# ---------------- export
xl = open(os.path.join(D, EXPORT), encoding="utf-8").read().split("\n")
if not xl[0].startswith('[LINE] ') or not xl[1].startswith("บันทึกเมื่อ"): err("export header")
xmsgs = {}   # line -> (day, time, sender, text)
day = None; inq = False; prevt = None
for i, line in enumerate(xl[3:], 4):
    if inq:
        if line.endswith('"'): inq = False
        continue
    if line == "": continue
    mm = re.fullmatch(r"([ก-๙]{1,2})\. (\d\d)/11/2568", line)
    if mm:
        day = int(mm.group(2)); prevt = None; continue
    mm = re.match(r"(\d\d:\d\d)\t([^\t]*)\t(.*)$", line)
    if not mm: err("export line", i, line); continue
    if prevt and mm.group(1) < prevt: err("export time order", i)
    prevt = mm.group(1)
    if mm.group(3).startswith('"') and not mm.group(3).endswith('"'): inq = True
    xmsgs[i] = (day, mm.group(1), mm.group(2), mm.group(3))
wd = {"จ.": 10, "อ.": 11, "พ.": 12, "พฤ.": 13, "ศ.": 14}
for line in xl:
    mm = re.fullmatch(r"([ก-๙]{1,2})\. (\d\d)/11/2568", line)
    if mm and wd.get(mm.group(1) + ".", wd.get(mm.group(1))) != int(mm.group(2)) and wd.get(mm.group(1) + ".") != int(mm.group(2)):
        err("weekday", line)

# ---------------- truth and near misses point at real lines
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
nms = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
def check_ref(r, kind):
    if r["file"] == EXPORT:
        if int(r["line"]) not in xmsgs: err(kind, "export line not a message", r)
        if r["message"]: err(kind, "export row with id", r)
        return
    L = byfile.get(r["file"])
    if L is None: err(kind, "unknown file", r); return
    ln = int(r["line"])
    if not 1 <= ln <= len(L) or L[ln - 1]["id"] != r["message"]: err(kind, "line/id mismatch", r)
for r in truth: check_ref(r, "truth")
for r in nms: check_ref(r, "near-miss")
tkeys = collections.Counter((r["rule"], r["file"], r["line"], r["who"]) for r in truth)
if any(v > 1 for v in tkeys.values()): err("duplicate truth rows", [k for k, v in tkeys.items() if v > 1])
nmlines = {(r["file"], r["line"]) for r in nms}
for r in truth:
    if r["rule"] != "SKN-5O" and (r["file"], r["line"]) in nmlines:
        err("a finding's line is also a near miss", r)

# ---------------- membership, recomputed from the roster
expected = set()
def membership(group, f, events):
    rule, ok = ELIG[group]
    seen = set()
    for (line, who_name, sid, kind, inviter) in events:
        pid = resolve(who_name, sid, renames)
        if pid == "AMBIGUOUS": continue
        key = pid or ("?" + who_name)
        if key in seen: continue
        seen.add(key)
        if pid is None:
            expected.add(("OUTSIDER", f, str(line), who_name))
            continue
        roles = set(PBY[pid]["role"].split("|"))
        if not roles & ok:
            expected.add((rule, f, str(line), who_name))
            if kind == "invite":
                expected.add(("SKN-ALL", f, str(line), who_name))
                expected.add(("SKN-ALL", f, str(line), inviter))
for f in JSONL:
    renames = {}
    ev = []
    for o in byfile[f]:
        if o["type"] == "system" and o.get("event") == "rename":
            pid = resolve(o["sender"], o.get("senderId"))
            renames[o["target"]] = pid
            continue
        if o["type"] == "system" and o.get("event") == "invite":
            ev.append((o["_line"], o["sender"], o.get("senderId"), "post", None))
            ev.append((o["_line"], o["target"], None, "invite", o["sender"]))
        elif o["type"] == "system" and o.get("event") in ("remove", "unsend"):
            ev.append((o["_line"], o["sender"], o.get("senderId"), "post", None))
        else:
            ev.append((o["_line"], o["sender"], o.get("senderId"), "post", None))
    membership(byfile[f][0]["group"], f, ev)
renames = {}
ev = []
for ln, (d, t, s, text) in sorted(xmsgs.items()):
    if s:
        ev.append((ln, s, None, "post", None))
    else:
        mm = re.fullmatch(r"(.+) เพิ่ม (.+) เข้ากลุ่ม", text)
        if mm:
            ev.append((ln, mm.group(1), None, "post", None)); ev.append((ln, mm.group(2), None, "invite", mm.group(1)))
        mm = re.fullmatch(r"(.+) เข้าร่วมกลุ่ม", text)
        if mm: ev.append((ln, mm.group(1), None, "post", None))
        mm = re.fullmatch(r"(.+) ออกจากกลุ่ม", text)
        if mm: ev.append((ln, mm.group(1), None, "post", None))
membership("นักปกครองสกลนคร", EXPORT, ev)
have = {(r["rule"], r["file"], r["line"], r["who"]) for r in truth if r["rule"] in ("SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER")}
for k in sorted(expected - have): err("membership finding not in truth", k)
for k in sorted(have - expected): err("truth membership row not recomputed", k)

# ---------------- SKN-2P: every post by a non-office member of ข้อสั่งการ ปค.สน.
office = {"provincial_admin_staff", "provincial_palad"}
exp2p = set(); last = None
for o in byfile["dopa-orders.jsonl"]:
    if o["type"] == "system": continue
    pid = resolve(o["sender"], o.get("senderId"))
    t = datetime.fromisoformat(o["time"])
    cont = last and last[0] == o["sender"] and o["type"] in ("image", "file", "video") and (t - last[1]).total_seconds() <= 180
    last = (o["sender"], t)
    if cont or pid == "AMBIGUOUS": continue
    if pid is None or not set(PBY[pid]["role"].split("|")) & office:
        if pid is not None: exp2p.add(str(o["_line"]))
have2p = {r["line"] for r in truth if r["rule"] == "SKN-2P"}
if exp2p != have2p: err("SKN-2P mismatch", sorted(exp2p - have2p), sorted(have2p - exp2p))

# ---------------- ledger
led = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
DUTYROLES = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
renames_vc = {}
for o in byfile["volunteer-centre.jsonl"]:
    if o.get("event") == "rename": renames_vc[o["target"]] = resolve(o["sender"], o.get("senderId"))
seen = set(); states = collections.Counter(); orders = set()
for r in led:
    if r["order"] not in msgs: err("ledger order id", r); continue
    o = msgs[r["order"]]; orders.add(r["order"])
    if (r["order"], r["district"]) in seen: err("ledger duplicate", r)
    seen.add((r["order"], r["district"]))
    if r["district"] not in DISTRICTS: err("ledger district", r)
    if r["district"] not in o.get("text", "") and "ทุกอำเภอ" not in o.get("text", ""): err("ledger district not addressed", r)
    dl = datetime.fromisoformat(r["deadline"])
    states[r["state"]] += 1
    if r["answer"]:
        a = msgs[r["answer"]]
        pid = resolve(a["sender"], a.get("senderId"), renames_vc)
        if pid in (None, "AMBIGUOUS") or PBY[pid]["district"] != r["district"] or not set(PBY[pid]["role"].split("|")) & DUTYROLES:
            err("answer not by the district's people", r)
        if a["time"] <= o["time"]: err("answer before order", r)
        st = "on-time" if datetime.fromisoformat(a["time"]) <= dl else "late"
        if st != r["state"]: err("ledger state", r, st)
    else:
        st = "missing" if dl < datetime.fromisoformat(LOG_END) else "not-due"
        if st != r["state"]: err("ledger state (no answer)", r, st)
    if r["state"] in ("late", "missing"):
        line = str((msgs[r["answer"]] if r["answer"] else o)["_line"])
        if not any(t["rule"] == "SKN-5O" and t["line"] == line and t["who"] == r["district"] and t["state"] == r["state"] for t in truth):
            err("ledger row without truth row", r)
n5o = sum(1 for t in truth if t["rule"] == "SKN-5O")
if n5o != states["late"] + states["missing"]: err("SKN-5O rows vs ledger", n5o, states)
# an answer is used once
ans = collections.Counter(r["answer"] for r in led if r["answer"])
if any(v > 1 for v in ans.values()): err("answer used twice")

# ---------------- counts
per_file = {f: len(byfile[f]) for f in JSONL}
total = sum(per_file.values()) + len(xmsgs)
rules = collections.Counter(t["rule"] for t in truth)
print("messages per file:", per_file, EXPORT, len(xmsgs), "total", total)
print("volunteer-centre share: %.1f%%" % (100.0 * per_file["volunteer-centre.jsonl"] / total))
print("findings by rule:", dict(sorted(rules.items())))
print("posting/membership findings:", sum(v for k, v in rules.items() if k != "SKN-5O"))
print("near misses:", len(nms), " duty orders:", len(orders), " duties by state:", dict(states), " log end:", LOG_END)
if not 650 <= total <= 760: err("message total", total)
if len(orders) < 8: err("fewer than 8 duty orders")
if rules["SKN-2P"] < 6 or rules["OUTSIDER"] < 3 or sum(v for k, v in rules.items() if k != "SKN-5O") < 25: err("too few planted findings")
if states["late"] + states["missing"] < 10: err("too few late/missing")
if len(nms) < 25: err("too few near misses")
print("\n".join(ERR) if ERR else "ALL CHECKS PASSED")
sys.exit(1 if ERR else 0)
