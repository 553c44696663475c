# Checks the week-L folder: formats, references, counts, and that the hand-marked membership / SKN-2P truth
# agrees with the roster. Usage: python3 tools/check.py  (exit 1 on any problem)
import csv, json, os, re, sys, collections

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []
def err(*a):
    ERR.append(" ".join(str(x) for x in a))

JSONL = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
         "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "agency-heads.jsonl": "หน.ส่วนราชการ-นอภ.สน."}
EXPORT = "nakpokkhrong-export.txt"
TIME_RE = re.compile(r"^2026-03-(2[3-7])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\+07:00$")
TYPES = {"text", "image", "sticker", "file", "video", "audio", "system"}
EVENTS = {"join", "leave", "invite", "remove", "unsend", "rename"}

# ---- roster -------------------------------------------------------------------
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
HEADER = "person_id,full_name,display_names,role,agency,district,line_user_id,email"
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as f:
    first = f.readline().strip()
    if first != HEADER:
        err("roster header", first)
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as f:
    roster = list(csv.DictReader(f))
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
ids, mails, lids = set(), set(), set()
byname = collections.defaultdict(list)
byid = {}
for p in roster:
    if p["person_id"] in ids:
        err("duplicate person_id", p["person_id"])
    ids.add(p["person_id"])
    p["roles"] = p["role"].split("|")
    for r in p["roles"]:
        if r not in ROLES:
            err("bad role", p["person_id"], r)
    if p["email"]:
        if p["email"] in mails:
            err("shared e-mail", p["email"])
        mails.add(p["email"])
        byid[p["email"]] = p
    if p["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]) or p["line_user_id"] in lids:
            err("bad/duplicate line id", p["line_user_id"])
        lids.add(p["line_user_id"])
        byid[p["line_user_id"]] = p
    if p["district"] and p["district"] not in DISTRICTS:
        err("unknown district", p["district"])
    for n in p["display_names"].split("|"):
        byname[n].append(p)
for d in DISTRICTS:
    rs = [r for p in roster if p["district"] == d for r in p["roles"]]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if need not in rs:
            err("district", d, "lacks", need)
if sum(1 for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff") < 2:
    err("fewer than two people with two roles")
if not any(len(v) > 1 for v in byname.values()):
    err("no shared display name")

TITLES = ["นางสาว", "นาย", "นาง", "ว่าที่ร.ต.", "ดร."]
def norm(n):
    n = re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", n)
    n = re.sub(r"\s+", " ", n).strip()
    for t in TITLES:
        if n.startswith(t):
            n = n[len(t):].strip()
            break
    return n
bynorm = collections.defaultdict(list)
for n, ps in byname.items():
    for p in ps:
        if p not in bynorm[norm(n)]:
            bynorm[norm(n)].append(p)
def match(name, sid=None):
    if sid and sid in byid:
        return "ok", byid[sid]
    for table, key in ((byname, name), (bynorm, norm(name))):
        c = table.get(key, [])
        if len(c) == 1:
            return "ok", c[0]
        if len(c) > 1:
            return "ambiguous", None
    return "unknown", None

# ---- messages -----------------------------------------------------------------
LINES = {}   # (file, line) -> record
allids = set()
counts = {}
last_time = ""
for fn, grp in JSONL.items():
    prev = ""
    with open(os.path.join(D, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                m = json.loads(line)
            except Exception as e:
                err(fn, i, "bad JSON", e); continue
            if not re.fullmatch(r"l\d{4}", m.get("id", "")) or m["id"] in allids:
                err(fn, i, "bad or duplicate id", m.get("id"))
            allids.add(m["id"])
            if m.get("group") != grp:
                err(fn, i, "group", m.get("group"))
            if not TIME_RE.match(m.get("time", "")):
                err(fn, i, "time", m.get("time"))
            if m["time"] < prev:
                err(fn, i, "out of order")
            prev = m["time"]
            last_time = max(last_time, m["time"])
            if m.get("type") not in TYPES:
                err(fn, i, "type")
            if m["type"] == "system" and m.get("event") not in EVENTS:
                err(fn, i, "event")
            if m["type"] == "text" and not m.get("text"):
                err(fn, i, "empty text")
            if m["type"] in ("image", "file") and not m.get("attachment"):
                err(fn, i, "no attachment")
            if m.get("replyTo") and m["replyTo"] not in allids:
                err(fn, i, "replyTo unknown or later", m["replyTo"])
            m["_line"] = i
            LINES[(fn, i)] = m
    counts[fn] = i
# export
with open(os.path.join(D, EXPORT), encoding="utf-8") as f:
    xl = f.read().split("\n")
if not xl[0].startswith('[LINE] ') or '"นักปกครองสกลนคร"' not in xl[0] or not xl[1].startswith("บันทึกเมื่อ "):
    err("export header")
DATE_RE = re.compile(r"^(อา|จ|อ|พ|พฤ|ศ|ส)\. (\d\d)/03/2569$")
MSG_RE = re.compile(r"^(\d\d:\d\d)\t([^\t]*)\t(.*)$")
day, n_exp, prevt, inq = None, 0, "", False
for i, line in enumerate(xl, 1):
    if inq:
        if re.search(r'(^|[^"])("")*"$', line):
            inq = False
        continue
    dm = DATE_RE.match(line)
    if dm:
        day = int(dm.group(2)); prevt = ""; continue
    mm = MSG_RE.match(line)
    if mm:
        if mm.group(1) < prevt:
            err(EXPORT, i, "out of order")
        prevt = mm.group(1)
        n_exp += 1
        sender, text = mm.group(2), mm.group(3)
        rec = {"_line": i, "time": "2026-03-%02dT%s:00+07:00" % (day, mm.group(1)), "id": ""}
        if sender == "":
            rec["type"] = "system"
            s = re.match(r"^(.*) เพิ่ม (.*) เข้ากลุ่ม$", text) or re.match(r"^(.*) ลบ (.*) ออกจากกลุ่ม$", text)
            if s:
                rec.update(sender=s.group(1), target=s.group(2), event="invite" if " เพิ่ม " in text else "remove")
            elif text.endswith(" เข้าร่วมกลุ่ม"):
                rec.update(sender=text[:-len(" เข้าร่วมกลุ่ม")], event="join")
            elif text.endswith(" ออกจากกลุ่ม"):
                rec.update(sender=text[:-len(" ออกจากกลุ่ม")], event="leave")
            else:
                err(EXPORT, i, "unknown system line")
        else:
            rec["sender"] = sender
            rec["type"] = {"[สติกเกอร์]": "sticker", "[รูป]": "image"}.get(text, "text")
            rec["text"] = text
            if text.startswith('"') and not re.search(r'[^"]("")*"$', text[1:] if len(text) > 1 else ""):
                inq = True
        LINES[(EXPORT, i)] = rec
        continue
    if line.strip() and i > 3:
        err(EXPORT, i, "unparsed line", line[:40])
counts[EXPORT] = n_exp
total = sum(counts.values())

# ---- truth / near misses / ledger --------------------------------------------------
def rows(fn):
    with open(os.path.join(D, fn), encoding="utf-8") as f:
        return list(csv.DictReader(f))
with open(os.path.join(D, "truth.csv"), encoding="utf-8") as f:
    if f.readline().strip() != "rule,file,line,message,who,state,note":
        err("truth header")
with open(os.path.join(D, "ledger.csv"), encoding="utf-8") as f:
    if f.readline().strip() != "order,district,state,answer,deadline,note":
        err("ledger header")
with open(os.path.join(D, "near-misses.csv"), encoding="utf-8") as f:
    if f.readline().strip() != "file,line,message,why":
        err("near-miss header")
truth, near, ledger = rows("truth.csv"), rows("near-misses.csv"), rows("ledger.csv")
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
truth_at = collections.defaultdict(list)
for r in truth:
    k = (r["file"], int(r["line"]))
    if r["rule"] not in RULES:
        err("truth rule", r)
    if k not in LINES:
        err("truth row points nowhere", r); continue
    m = LINES[k]
    if (m.get("id") or "") != r["message"]:
        err("truth id mismatch", r["message"], m.get("id"))
    if r["rule"] == "SKN-5O":
        if r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS:
            err("SKN-5O row", r)
    elif r["state"]:
        err("state on a non-obligation row", r)
    elif r["who"] not in (m.get("sender"), m.get("target")):
        err("truth who is neither sender nor target", r["who"], k)
    truth_at[k].append(r)
for r in near:
    k = (r["file"], int(r["line"]))
    if k not in LINES:
        err("near miss points nowhere", r); continue
    if (LINES[k].get("id") or "") != r["message"]:
        err("near miss id mismatch", r)
    if k in truth_at:
        err("near miss line also carries a finding", k)

V = "volunteer-centre.jsonl"
vid = {m["id"]: m for (fn, _), m in LINES.items() if fn == V}
orders = collections.OrderedDict()
for r in ledger:
    if r["order"] not in vid:
        err("ledger order not in ศอ.จอส.", r["order"]); continue
    orders.setdefault(r["order"], []).append(r)
    ot = vid[r["order"]]["time"]
    if r["answer"]:
        a = vid.get(r["answer"])
        if not a:
            err("ledger answer unknown", r); continue
        if a["time"] <= ot:
            err("answer before order", r)
        want = "on-time" if a["time"] <= r["deadline"] else "late"
    else:
        want = "missing" if r["deadline"] < last_time else "not-due"
    if r["state"] != want:
        err("ledger state", r["order"], r["district"], r["state"], "should be", want)
    if r["state"] in ("late", "missing"):
        cite = r["answer"] if r["state"] == "late" else r["order"]
        if not any(t["rule"] == "SKN-5O" and t["message"] == cite and t["who"] == r["district"] and t["state"] == r["state"]
                   for t in truth):
            err("no SKN-5O truth row for", r)
    if r["state"] in ("on-time", "late") and vid[r["answer"]].get("sender"):
        st, p = match(vid[r["answer"]]["sender"], vid[r["answer"]].get("senderId"))
        if st != "ok" or p["district"] != r["district"] or not (set(p["roles"]) & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}):
            err("answer not by the district's people", r)
n5o = sum(1 for t in truth if t["rule"] == "SKN-5O")
if n5o != sum(1 for r in ledger if r["state"] in ("late", "missing")):
    err("SKN-5O rows vs ledger")

# ---- membership and SKN-2P agree with the roster (independent of the hand marks) ----------
ADMIT = {"นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"}}
MRULE = {"นักปกครองสกลนคร": "SKN-1", "ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3",
         "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4", "ศอ.จอส.จว.สน.": "SKN-5", "หน.ส่วนราชการ-นอภ.สน.": "SKN-6"}
FILES = dict(JSONL); FILES[EXPORT] = "นักปกครองสกลนคร"
expected = set()
for fn, grp in FILES.items():
    seen = set()
    for (f2, i), m in sorted(LINES.items(), key=lambda x: (x[0][0], x[0][1])):
        if f2 != fn:
            continue
        people = []
        if m.get("type") == "system" and m.get("event") == "invite":
            people.append((m["target"], None, m["sender"]))
        elif m.get("type") == "system" and m.get("event") in ("remove",):
            pass
        else:
            people.append((m["sender"], m.get("senderId"), None))
        for name, sid, inviter in people:
            st, p = match(name, sid)
            who = p["person_id"] if p else name
            if who in seen or st == "ambiguous":
                continue
            seen.add(who)
            if st == "unknown":
                expected.add(("OUTSIDER", fn, i, name))
            elif not (set(p["roles"]) & ADMIT[grp]):
                if inviter:
                    expected.add(("SKN-ALL", fn, i, name)); expected.add(("SKN-ALL", fn, i, inviter))
                else:
                    expected.add((MRULE[grp], fn, i, name))
        if grp == "ข้อสั่งการ ปค.สน." and m.get("type") != "system":
            st, p = match(m["sender"], m.get("senderId"))
            if not (p and set(p["roles"]) & {"provincial_admin_staff", "provincial_palad"}):
                expected.add(("SKN-2P", fn, i, m["sender"]))
marked = {(t["rule"], t["file"], int(t["line"]), t["who"]) for t in truth
          if t["rule"] in ("SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-2P")}
for x in sorted(expected - marked):
    err("roster says finding, truth lacks it:", x)
for x in sorted(marked - expected):
    err("truth has a membership/SKN-2P row the roster does not support:", x)

# ---- counts ------------------------------------------------------------------------
rc = collections.Counter(t["rule"] for t in truth)
pm = sum(v for k, v in rc.items() if k != "SKN-5O")
st = collections.Counter(r["state"] for r in ledger)
if not 650 <= total <= 760: err("total messages", total)
if not 0.35 <= counts[V] / total <= 0.45: err("ศอ.จอส. share", counts[V] / total)
if len(orders) < 8: err("fewer than 8 duty orders")
if sum(1 for o, rs in orders.items() if len(rs) < 18) < 2: err("fewer than 2 partial orders")
if st["late"] + st["missing"] < 10: err("fewer than 10 late/missing")
if pm < 25: err("fewer than 25 posting/membership findings")
if rc["SKN-2P"] < 6: err("SKN-2P < 6")
if rc["OUTSIDER"] < 3: err("OUTSIDER < 3")
if len(near) < 25: err("near misses < 25")

print("messages:", json.dumps(counts, ensure_ascii=False), "total", total, "(ศอ.จอส. %.0f%%)" % (100 * counts[V] / total))
print("findings:", dict(sorted(rc.items())), "posting+membership", pm)
print("duties:", dict(st), "orders with duties", len(orders))
print("near misses:", len(near))
print("log end:", last_time)
if ERR:
    print("\n".join("ERROR " + e for e in ERR))
    sys.exit(1)
print("OK")
