# Checks the week G files: formats, ids, order, roster, truth and near-miss references, membership and SKN-2P recount, counts.
import csv, json, os, re, sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta

D = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
errors = []
def err(s):
    errors.append(s)

GROUPS = {"นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
          "ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
          "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
          "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
          "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"},
          "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"}}
MRULE = {"นักปกครองสกลนคร": "SKN-1", "ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3",
         "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4", "ศอ.จอส.จว.สน.": "SKN-5", "หน.ส่วนราชการ-นอภ.สน.": "SKN-6"}
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief", "deputy_district_chief",
         "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]

# ---- roster
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f))
if rows[0] != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
    err("roster header")
roster = [dict(zip(rows[0], r)) for r in rows[1:]]
ids = Counter(p["person_id"] for p in roster)
if any(c > 1 for c in ids.values()):
    err("duplicate person ids")
for p in roster:
    rs = p["role"].split("|")
    if not set(rs) <= ROLES or not rs:
        err("bad role %s" % p)
    if p["district"] and p["district"] not in DISTRICTS:
        err("bad district %s" % p["district"])
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad LINE id %s" % p["line_user_id"])
for d in DISTRICTS:
    ps = [p for p in roster if p["district"] == d]
    have = Counter(r for p in ps for r in p["role"].split("|"))
    if not (have["district_chief"] == 1 and have["coordinating_deputy"] == 1 and have["volunteer_center_staff"] >= 1):
        err("district %s lacks a role: %s" % (d, have))
two = [p for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(two) < 2:
    err("fewer than two coordinating_deputy|volunteer_center_staff")

def norm(s):
    s = unicodedata.normalize("NFC", re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", s))
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(นางสาว|นาย|นาง|ว่าที่ร\.ต\.)\s*", "", s)
    return s
by_name = defaultdict(set)
by_id = {}
for p in roster:
    for n in p["display_names"].split("|"):
        by_name[norm(n)].add(p["person_id"])
    if p["line_user_id"]:
        by_id[p["line_user_id"]] = p["person_id"]
    if p["email"]:
        by_id[p["email"]] = p["person_id"]
amb = [n for n, s in by_name.items() if len(s) > 1]
if not amb:
    err("no shared display name")
PER = {p["person_id"]: p for p in roster}

def resolve(name, sid=None):
    if sid and sid in by_id:
        return by_id[sid]
    s = by_name.get(norm(name), set())
    if len(s) == 1:
        return next(iter(s))
    return "AMBIGUOUS" if s else None

# ---- JSONL
files = ["volunteer-centre.jsonl", "pk-orders.jsonl", "executives.jsonl", "agency-heads.jsonl", "palad-orders.jsonl"]
EXPORT = "line-export-nakpokkrong.txt"
msgs = {}
allids = set()
tre = re.compile(r"2026-04-2[0-4]T\d\d:\d\d:\d\d\+07:00$")
for fn in files:
    L = []
    prev = ""
    for i, line in enumerate(open(os.path.join(D, fn), encoding="utf-8"), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err("%s:%d bad JSON %s" % (fn, i, e)); continue
        for k in ("id", "group", "time", "sender", "type"):
            if k not in m:
                err("%s:%d missing %s" % (fn, i, k))
        if not re.fullmatch(r"g\d{4}", m["id"]) or m["id"] in allids:
            err("%s:%d bad/duplicate id %s" % (fn, i, m["id"]))
        allids.add(m["id"])
        if not tre.match(m["time"]):
            err("%s:%d bad time" % (fn, i))
        if m["time"] < prev:
            err("%s:%d out of order" % (fn, i))
        prev = m["time"]
        if m["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
            err("%s:%d bad type" % (fn, i))
        if m["type"] == "system" and m.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
            err("%s:%d bad event" % (fn, i))
        if m["type"] == "file" and not m.get("attachment"):
            err("%s:%d file without attachment" % (fn, i))
        if m["group"] != L[0]["group"] if L else False:
            err("%s:%d group differs" % (fn, i))
        m["_line"] = i
        L.append(m)
    msgs[fn] = L
for fn, L in msgs.items():
    for m in L:
        if "replyTo" in m and m["replyTo"] not in allids:
            err("%s reply to unknown" % m["id"])

# ---- export
ex = open(os.path.join(D, EXPORT), encoding="utf-8").read().split("\n")
if not ex[0].startswith('[LINE] ') or not ex[1].startswith("บันทึกเมื่อ"):
    err("export header")
gname = re.search(r'"(.*)"', ex[0]).group(1)
xl = []  # (line, day, hm, sender, text, sys)
day = None
i = 3
quoted = False
while i < len(ex):
    line = ex[i]; n = i + 1
    if line == "":
        i += 1; continue
    md = re.fullmatch(r"[ก-๙]{1,2}\.\s+(\d\d)/04/2569", line)
    if md:
        day = int(md.group(1)); i += 1; continue
    mm = re.fullmatch(r"(\d\d:\d\d)\t([^\t]*)\t(.*)", line)
    if not mm:
        err("export line %d not parsed: %r" % (n, line)); i += 1; continue
    text = mm.group(3)
    if text.startswith('"') and not (text.endswith('"') and len(text) > 1):
        j = i + 1
        while not ex[j].endswith('"'):
            j += 1
        text = "\n".join([text] + ex[i + 1:j + 1])
        i = j
    xl.append(dict(line=n, day=day, hm=mm.group(1), sender=mm.group(2), text=text, sys=mm.group(2) == ""))
    i += 1
prevk = ""
for e in xl:
    k = "%02d %s" % (e["day"], e["hm"])
    if k < prevk:
        err("export out of order at %d" % e["line"])
    prevk = k

# ---- recount membership findings
expected = Counter()
def memb(group, fn, line, mid, name, sid=None, inviter=None):
    pid = resolve(name, sid)
    if pid == "AMBIGUOUS":
        return None
    key = (group, pid or ("?" + norm(name)))
    if key in seen:
        return pid
    seen.add(key)
    if pid is None:
        expected[("OUTSIDER", fn, line, name)] += 1
    elif not (set(PER[pid]["role"].split("|")) & GROUPS[group]):
        expected[(MRULE[group], fn, line, name)] += 1
        if inviter:
            expected[("SKN-ALL", fn, line, name)] += 1
            expected[("SKN-ALL", fn, line, inviter)] += 1
    return pid
seen = set()
for fn, L in msgs.items():
    g = L[0]["group"]
    for m in L:
        if m["type"] == "system":
            if m["event"] == "invite":
                memb(g, fn, m["_line"], m["id"], m["sender"], m.get("senderId"))
                memb(g, fn, m["_line"], m["id"], m["target"], None, inviter=m["sender"])
            elif m["event"] == "join":
                memb(g, fn, m["_line"], m["id"], m["sender"], m.get("senderId"))
            continue
        memb(g, fn, m["_line"], m["id"], m["sender"], m.get("senderId"))
for e in xl:
    if e["sys"]:
        mi = re.fullmatch(r"(.*) เพิ่ม (.*) เข้ากลุ่ม", e["text"])
        mj = re.fullmatch(r"(.*) เข้าร่วมกลุ่ม", e["text"])
        if mi:
            memb(gname, EXPORT, e["line"], "", mi.group(1))
            memb(gname, EXPORT, e["line"], "", mi.group(2), inviter=mi.group(1))
        elif mj:
            memb(gname, EXPORT, e["line"], "", mj.group(1))
        continue
    memb(gname, EXPORT, e["line"], "", e["sender"])
# SKN-2P: posts in pk-orders by anyone but admin staff / palad (text+photos within 3 min = one post)
pk = msgs["pk-orders.jsonl"]
prev = None
for m in pk:
    if m["type"] == "system":
        prev = None; continue
    pid = resolve(m["sender"], m.get("senderId"))
    same = prev is not None and prev["sender"] == m["sender"] and \
        datetime.fromisoformat(m["time"]) - datetime.fromisoformat(prev["time"]) <= timedelta(minutes=3) and \
        (m["type"] in ("image", "file") or prev["type"] in ("image", "file"))
    prev = m
    if same or pid == "AMBIGUOUS":
        continue
    if pid is None or not (set(PER[pid]["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}):
        expected[("SKN-2P", "pk-orders.jsonl", m["_line"], m["sender"])] += 1

# ---- truth
with open(os.path.join(D, "truth.csv"), encoding="utf-8") as f:
    tr = list(csv.DictReader(f))
if list(tr[0].keys()) != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
def at(fn, line):
    if fn == EXPORT:
        return next((e for e in xl if e["line"] == line), None)
    L = msgs.get(fn)
    return L[line - 1] if L and 0 < line <= len(L) else None
got = Counter()
for r in tr:
    x = at(r["file"], int(r["line"]))
    if x is None:
        err("truth row points nowhere: %s" % r); continue
    if r["file"] != EXPORT and x["id"] != r["message"]:
        err("truth message id mismatch %s" % r)
    if r["rule"] == "SKN-5O":
        if r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS:
            err("bad SKN-5O row %s" % r)
        continue
    if r["rule"] in ("SKN-1P", "SKN-3P"):
        err("rule not in EVAL-RULES %s" % r)
    got[(r["rule"], r["file"], int(r["line"]), r["who"])] += 1
for k in set(expected) | set(got):
    if k[0] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        continue
    if expected[k] != got[k]:
        err("recount differs for %s: expected %d, truth %d" % (k, expected[k], got[k]))
for k in got:
    if k[0] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        x = at(k[1], k[2])
        if x["sender"] != k[3]:
            err("posting finding names someone else %s" % (k,))

# ---- near misses
with open(os.path.join(D, "near-misses.csv"), encoding="utf-8") as f:
    nm = list(csv.DictReader(f))
for r in nm:
    x = at(r["file"], int(r["line"]))
    if x is None or (r["file"] != EXPORT and x["id"] != r["message"]):
        err("near miss points nowhere %s" % r)
tl = {(r["file"], r["line"]) for r in tr}
for r in nm:
    if (r["file"], r["line"]) in tl:
        err("near miss is also a finding %s" % r)

# ---- ledger
with open(os.path.join(D, "ledger.csv"), encoding="utf-8") as f:
    lg = list(csv.DictReader(f))
jos = {m["id"]: m for m in msgs["volunteer-centre.jsonl"]}
last = max(m["time"] for L in msgs.values() for m in L)
for r in lg:
    o = jos.get(r["order"])
    if o is None:
        err("ledger order unknown %s" % r); continue
    dl = r["deadline"]
    if r["answer"]:
        a = jos[r["answer"]]
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PER[pid]["district"] != r["district"]:
            err("ledger answer not by the district %s" % r)
        if a["time"] <= o["time"]:
            err("answer before order %s" % r)
        st = "on-time" if datetime.fromisoformat(a["time"]) <= datetime.fromisoformat(dl) else "late"
    else:
        st = "missing" if datetime.fromisoformat(last) > datetime.fromisoformat(dl) else "not-due"
    if st != r["state"]:
        err("ledger state %s" % r)
late5o = {(r["who"], r["message"]) for r in tr if r["rule"] == "SKN-5O" and r["state"] == "late"}
miss5o = {(r["who"], r["message"]) for r in tr if r["rule"] == "SKN-5O" and r["state"] == "missing"}
if late5o != {(r["district"], r["answer"]) for r in lg if r["state"] == "late"}:
    err("late rows differ from ledger")
if miss5o != {(r["district"], r["order"]) for r in lg if r["state"] == "missing"}:
    err("missing rows differ from ledger")

# ---- counts
total = sum(len(L) for L in msgs.values()) + len(xl)
print("messages per file:", {fn: len(L) for fn, L in msgs.items()}, EXPORT, len(xl), "total", total)
print("ศอ.จอส.จว.สน. share: %.0f%%" % (100.0 * len(msgs["volunteer-centre.jsonl"]) / total))
rc = Counter(r["rule"] for r in tr)
print("findings:", dict(sorted(rc.items())), "total", len(tr), "(posting/membership without SKN-5O: %d)" % (len(tr) - rc["SKN-5O"]))
print("near misses:", len(nm))
print("duties:", dict(Counter(r["state"] for r in lg)), "orders with duties:", len({r["order"] for r in lg}))
print("roster:", len(roster), "people; ambiguous display names:", amb)
if rc["SKN-2P"] < 6 or rc["OUTSIDER"] < 3 or len(tr) - rc["SKN-5O"] < 25 or len(nm) < 25:
    err("counts below the plan")
if sum(1 for r in lg if r["state"] in ("late", "missing")) < 10 or len({r["order"] for r in lg}) < 8:
    err("too few late/missing or orders")
if errors:
    print("ERRORS:\n" + "\n".join(errors)); sys.exit(1)
print("OK")
