# Checks the week's files: format, ids, order, pointers of the truth tables, roster, membership tags, counts.
import json, csv, os, re, sys, unicodedata
from collections import Counter, defaultdict
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []
def bad(*a): err.append(" ".join(map(str, a)))

ROLES = {"governor","vice_governor","provincial_palad","provincial_admin_staff","district_chief","deputy_district_chief",
         "coordinating_deputy","agency_head","volunteer_center_staff","staff","retired"}
DISTRICTS = "เมืองสกลนคร กุสุมาลย์ กุดบาก พรรณานิคม พังโคน วาริชภูมิ นิคมน้ำอูน วานรนิวาส คำตากล้า บ้านม่วง อากาศอำนวย สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ เจริญศิลป์ โพนนาแก้ว ภูพาน".split()
# ---- roster
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as fh:
    rows = list(csv.reader(fh))
if rows[0] != "person_id,full_name,display_names,role,agency,district,line_user_id,email".split(","): bad("roster header")
roster = [dict(zip(rows[0], r)) for r in rows[1:]]
for r in roster:
    for role in r["role"].split("|"):
        if role not in ROLES: bad("role", r)
    if r["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]): bad("line id", r)
    if r["district"] and r["district"] not in DISTRICTS: bad("district", r)
if sum(r["role"] == "coordinating_deputy|volunteer_center_staff" for r in roster) < 2: bad("two-role people")
for dname in DISTRICTS:
    rs = [r["role"] for r in roster if r["district"] == dname]
    if "district_chief" not in rs or not any("coordinating_deputy" in x for x in rs) or not any("volunteer_center_staff" in x for x in rs):
        bad("district staffing", dname)
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร."]
def norm(s):
    s = unicodedata.normalize("NFC", re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)).strip()
    for t in TITLES:
        if s.startswith(t): s = s[len(t):].strip(); break
    return re.sub(r"\s+", " ", s)
byid, byname, bynorm = {}, defaultdict(list), defaultdict(list)
for r in roster:
    for k in (r["line_user_id"], r["email"]):
        if k: byid[k] = r
    for n in r["display_names"].split("|"):
        byname[n].append(r); bynorm[norm(n)].append(r)
amb = [n for n, v in byname.items() if len(v) > 1]
if not amb: bad("no ambiguous display name")
def match(name, sid=None):
    if sid and sid in byid: return byid[sid]
    v = byname.get(name) or bynorm.get(norm(name)) or []
    if len(v) > 1: return "ambiguous"
    return v[0] if v else None

ADMIT = {"ศอ.จอส.จว.สน.": {"provincial_palad","district_chief","deputy_district_chief","coordinating_deputy","volunteer_center_staff"},
         "ข้อสั่งการ ปค.สน.": {"provincial_palad","district_chief","coordinating_deputy","provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad","district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor","vice_governor","provincial_palad","district_chief"},
         "นักปกครองสกลนคร": {"governor","provincial_palad","district_chief","coordinating_deputy"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor","vice_governor","agency_head","district_chief"}}
RULE = {"ศอ.จอส.จว.สน.": "SKN-5", "ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3",
        "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4", "นักปกครองสกลนคร": "SKN-1", "หน.ส่วนราชการ-นอภ.สน.": "SKN-6"}

# ---- JSONL files
files = {}     # file -> {line: record}
ids = set()
groups = {}
for f in sorted(os.listdir(D)):
    if not f.endswith(".jsonl"): continue
    recs, prev = {}, None
    with open(os.path.join(D, f), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try: o = json.loads(line)
            except Exception as e: bad(f, i, "json", e); continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o: bad(f, i, "missing", k)
            if not re.fullmatch(r"f\d{4}", o["id"]): bad(f, i, "id form")
            if o["id"] in ids: bad(f, i, "dup id")
            ids.add(o["id"])
            if not re.fullmatch(r"2026-03-(09|1[0-3])T\d\d:\d\d:\d\d\+07:00", o["time"]): bad(f, i, "time")
            if prev and o["time"] < prev: bad(f, i, "order")
            prev = o["time"]
            if o["type"] not in ("text","image","sticker","file","video","audio","system"): bad(f, i, "type")
            if o["type"] == "system" and o.get("event") not in ("join","leave","invite","remove","unsend","rename"): bad(f, i, "event")
            if o["type"] == "file" and not o.get("attachment"): bad(f, i, "file without attachment")
            recs[i] = o
            groups.setdefault(f, o["group"])
    files[f] = recs
allrec = [o for r in files.values() for o in r.values()]
for o in allrec:
    if o.get("replyTo") and o["replyTo"] not in ids: bad("replyTo", o["id"])
# ---- export
EXP = "heads-chiefs-export.txt"
exp = {}
with open(os.path.join(D, EXP), encoding="utf-8") as fh:
    L = fh.read().split("\n")
if not L[0].startswith("[LINE]") or not L[1].startswith("บันทึกเมื่อ"): bad("export header")
day, inq = None, False
for i, l in enumerate(L, 1):
    if inq:
        if l.endswith('"') and (len(l) - len(l.rstrip('"'))) % 2 == 1: inq = False
        continue
    if re.fullmatch(r"(อา|จ|อ|พ|พฤ|ศ|ส)\. \d\d/03/2569", l): day = l; continue
    m = re.match(r"(\d\d:\d\d)\t([^\t]*)\t(.*)$", l)
    if m:
        exp[i] = (m.group(1), m.group(2), m.group(3), day)
        t = m.group(3)
        if t.startswith('"') and not (len(t) > 1 and t.endswith('"') and (len(t) - len(t.rstrip('"'))) % 2 == 1): inq = True
files[EXP] = exp
groups[EXP] = "หน.ส่วนราชการ-นอภ.สน."

# ---- truth pointers
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
nms = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
for r in truth + nms:
    f, ln = r["file"], int(r["line"])
    if f not in files or ln not in files[f]: bad("pointer", r); continue
    if f.endswith(".jsonl") and files[f][ln]["id"] != r["message"]: bad("id mismatch", r)
    if f == EXP and r["message"]: bad("export row with id", r)
keyset = Counter((r["file"], r["line"]) for r in nms)
for k, c in keyset.items():
    if c > 1: bad("near miss twice", k)
tkeys = {(r["file"], r["line"]) for r in truth}
for r in nms:
    if (r["file"], r["line"]) in tkeys: bad("near miss is also a finding", r)

# ---- membership consistency (independent of the hand tags)
def events(f):
    out = []
    for ln, o in sorted(files[f].items()):
        if f == EXP:
            hm, name, txt, d = o
            if name == "":
                m = re.match(r"(.+) เพิ่ม (.+) เข้ากลุ่ม$", txt)
                if m: out.append((ln, m.group(2), None, "invitee", m.group(1))); out.append((ln, m.group(1), None, "inviter", None))
                m = re.match(r"(.+) เข้าร่วมกลุ่ม$", txt)
                if m: out.append((ln, m.group(1), None, "join", None))
                continue
            out.append((ln, name, None, "post", None))
        else:
            if o["type"] == "system":
                if o["event"] == "invite":
                    out.append((ln, o["target"], None, "invitee", o["sender"])); out.append((ln, o["sender"], o.get("senderId"), "inviter", None))
                elif o["event"] == "join": out.append((ln, o["sender"], o.get("senderId"), "join", None))
                elif o["event"] in ("remove",): out.append((ln, o["sender"], o.get("senderId"), "actor", None))
                continue
            out.append((ln, o["sender"], o.get("senderId"), "post", None))
    return out
expect = Counter()
for f in files:
    g = groups[f]; seen = set()
    for ln, name, sid, kind, inviter in events(f):
        p = match(name, sid)
        if p == "ambiguous": continue
        key = p["person_id"] if p else "?" + name
        if key in seen: continue
        seen.add(key)
        if p is None: expect[("OUTSIDER", f, ln, name)] += 1; continue
        if not (set(p["role"].split("|")) & ADMIT[g]):
            expect[(RULE[g], f, ln, name)] += 1
            if kind == "invitee":
                expect[("SKN-ALL", f, ln, name)] += 1; expect[("SKN-ALL", f, ln, inviter)] += 1
got = Counter((r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
              if r["rule"] in ("OUTSIDER", "SKN-ALL") or re.fullmatch(r"SKN-\d", r["rule"]))
for k in expect - got: bad("membership finding not in truth:", k)
for k in got - expect: bad("membership finding in truth not expected:", k)
# every non-office post in the orders-only group is an SKN-2P finding
pkf = [f for f in files if groups[f] == "ข้อสั่งการ ปค.สน."][0]
for ln, o in files[pkf].items():
    if o["type"] == "system": continue
    p = match(o["sender"], o.get("senderId"))
    office = p not in (None, "ambiguous") and set(p["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}
    flagged = any(r["rule"] == "SKN-2P" and r["file"] == pkf and int(r["line"]) == ln for r in truth)
    if p in (None, "ambiguous") or office:
        if flagged: bad("SKN-2P on office/ambiguous", ln)
    elif not flagged: bad("SKN-2P missing", ln, o["sender"])

# ---- ledger
led = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
for r in led:
    if r["state"] not in ("on-time", "late", "missing", "not-due"): bad("ledger state", r)
    if r["answer"] and r["answer"] not in ids: bad("ledger answer", r)
    if r["district"] not in DISTRICTS: bad("ledger district", r)
st = Counter(r["state"] for r in led)
t5 = Counter(r["state"] for r in truth if r["rule"] == "SKN-5O")
if t5["late"] != st["late"] or t5["missing"] != st["missing"]: bad("SKN-5O rows vs ledger")

# ---- counts
per = {f: len(v) for f, v in files.items()}
total = sum(per.values())
rules = Counter(r["rule"] for r in truth)
print("messages per file:", per, "total", total)
print("findings per rule:", dict(rules), "total", len(truth))
print("near misses:", len(nms), " duties:", dict(st), "orders:", len({r['order'] for r in led}))
need = [(total >= 650, "about 700 messages"), (rules["SKN-2P"] >= 6, "SKN-2P >= 6"), (rules["OUTSIDER"] >= 3, "OUTSIDER >= 3"),
        (sum(v for k, v in rules.items() if k != "SKN-5O") >= 25, ">= 25 planted violations"), (len(nms) >= 25, ">= 25 near misses"),
        (st["late"] + st["missing"] >= 10, ">= 10 late/missing"), (len({r['order'] for r in led}) >= 8, ">= 8 duty orders")]
for ok, what in need:
    if not ok: bad("count:", what)
vol = [f for f in files if groups[f] == "ศอ.จอส.จว.สน."][0]
print("share of ศอ.จอส.จว.สน.: %.0f%%" % (100 * per[vol] / total))
if err:
    print("\n".join(err)); sys.exit(1)
print("all checks passed")
