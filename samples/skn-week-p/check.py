# Consistency checks for the week-P data set (independent of the generator's own bookkeeping).
import csv, json, re, sys, collections, datetime as dt, os

D = os.path.dirname(os.path.abspath(__file__)) + "/"
ERR = []
def err(*a):
    ERR.append(" ".join(str(x) for x in a))

JSONL = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
         "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "agency-heads.jsonl": "หน.ส่วนราชการ-นอภ.สน."}
EXPORT = "nakpokkhrong-export.txt"
ADMIT = {  # group -> (membership rule, admitted roles)
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
}
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief", "deputy_district_chief",
         "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]

# ---------------- roster
with open(D + "roster.csv", encoding="utf-8") as f:
    head = f.readline().strip()
    if head != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
        err("roster header", head)
roster = list(csv.DictReader(open(D + "roster.csv", encoding="utf-8")))
ids, emails, uids, disp = set(), set(), set(), collections.defaultdict(list)
for r in roster:
    if r["person_id"] in ids: err("dup person", r["person_id"])
    ids.add(r["person_id"])
    for role in r["role"].split("|"):
        if role not in ROLES: err("bad role", r)
    if r["district"] and r["district"] not in DISTRICTS: err("bad district", r)
    if r["email"]:
        if r["email"] in emails: err("dup email", r["email"])
        emails.add(r["email"])
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]): err("bad uid", r)
        if r["line_user_id"] in uids: err("dup uid", r)
        uids.add(r["line_user_id"])
    for d in r["display_names"].split("|"):
        disp[d].append(r)
amb = [d for d, v in disp.items() if len(v) > 1]
if len(amb) != 1: err("ambiguous display names", amb)
if sum("|" in r["role"] for r in roster) < 2: err("need two two-role people")
for dn in DISTRICTS:
    rs = [r["role"] for r in roster if r["district"] == dn]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x.split("|") for x in rs): err("district lacks", dn, need)
cnt = collections.Counter(x for r in roster for x in r["role"].split("|"))
if not (2 <= cnt["vice_governor"] <= 3 and 2 <= cnt["provincial_admin_staff"] <= 3 and 10 <= cnt["agency_head"] <= 12
        and cnt["governor"] == 1 and cnt["provincial_palad"] == 1 and cnt["retired"] >= 1
        and 1 <= sum(1 for r in roster if r["role"] == "volunteer_center_staff" and not r["district"]) <= 2):
    err("roster counts", cnt)
byuid = {r["line_user_id"]: r for r in roster if r["line_user_id"]}
bymail = {r["email"]: r for r in roster if r["email"]}
TITLE = re.compile(r"^(นางสาว|นาง|นาย|ว่าที่ร\.ต\.)\s*")
def norm(s):
    s = re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", s).strip()
    return TITLE.sub("", s).strip()
normdisp = collections.defaultdict(list)
for d, v in disp.items():
    for r in v:
        if r not in normdisp[norm(d)]:
            normdisp[norm(d)].append(r)
def resolve(name, sid=None):
    """-> ('person', row) | ('ambiguous', None) | ('unknown', None)"""
    if sid:
        r = byuid.get(sid) or bymail.get(sid)
        if r: return "person", r
    for table, key in ((disp, name), (normdisp, norm(name))):
        v = table.get(key, [])
        if len(v) == 1: return "person", v[0]
        if len(v) > 1: return "ambiguous", None
    return "unknown", None
def admitted(r, group):
    return bool(set(r["role"].split("|")) & ADMIT[group][1])

# ---------------- JSONL logs
msgs, allids, lineof = {}, set(), {}
for fn, group in JSONL.items():
    rows = []
    prev = None
    for ln, line in enumerate(open(D + fn, encoding="utf-8"), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(fn, ln, "bad json", e); continue
        for k in ("id", "group", "time", "sender", "type"):
            if k not in m: err(fn, ln, "missing", k)
        if not re.fullmatch(r"p\d{4}", m["id"]): err(fn, ln, "bad id")
        if m["id"] in allids: err(fn, ln, "dup id", m["id"])
        allids.add(m["id"])
        if m["group"] != group: err(fn, ln, "group", m["group"])
        if not re.fullmatch(r"2026-04-1[3-7]T\d\d:\d\d:\d\d\+07:00", m["time"]): err(fn, ln, "time", m["time"])
        if prev and m["time"] < prev: err(fn, ln, "time order")
        prev = m["time"]
        if m["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"): err(fn, ln, "type")
        if m["type"] == "system" and m.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"): err(fn, ln, "event")
        if m["type"] == "file" and not m.get("attachment"): err(fn, ln, "file w/o attachment")
        if m["type"] == "text" and not m.get("text"): err(fn, ln, "empty text")
        m["_ln"], m["_file"] = ln, fn
        rows.append(m)
        lineof[(fn, ln)] = m
    msgs[fn] = rows
for fn, rows in msgs.items():
    for m in rows:
        if "replyTo" in m and m["replyTo"] not in allids: err(fn, m["_ln"], "replyTo")

# ---------------- export
ex = open(D + EXPORT, encoding="utf-8").read()
if not ex.startswith("\ufeff[LINE] "): err("export header")
exl = ex.lstrip("\ufeff").split("\n")
if exl[-1] == "": exl.pop()
exrec = {}   # line no -> (sender or None, text)
cur, i = None, 3
if not exl[1].startswith("บันทึกเมื่อ "): err("export save line")
while i < len(exl):
    l = exl[i]; ln = i + 1
    if l == "":
        i += 1; continue
    if re.fullmatch(r"(อา|จ|อ|พ|พฤ|ศ|ส)\. \d\d/\d\d/2569", l):
        d = int(l.split()[1][:2])
        wd = "จ. อ. พ. พฤ. ศ. ส. อา.".split()[dt.date(2026, 4, d).weekday()]
        if not l.startswith(wd): err("export weekday", ln)
        cur = d; i += 1; continue
    mm = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", l)
    if not mm or cur is None:
        err("export line", ln, l); i += 1; continue
    snd, txt = mm.group(3), mm.group(4)
    if txt.startswith('"') and not txt.endswith('"'):
        while not exl[i].endswith('"'):
            i += 1
            txt += "\n" + exl[i]
        txt = txt[1:-1]
    exrec[ln] = (snd or None, txt, cur, mm.group(1) + ":" + mm.group(2))
    i += 1

# ---------------- truth / near misses
truth = list(csv.DictReader(open(D + "truth.csv", encoding="utf-8")))
near = list(csv.DictReader(open(D + "near-misses.csv", encoding="utf-8")))
if list(truth[0].keys()) != ["rule", "file", "line", "message", "who", "state", "note"]: err("truth header")
if list(near[0].keys()) != ["file", "line", "message", "why"]: err("near header")
def point(row, what):
    fn, ln = row["file"], int(row["line"])
    if fn in JSONL:
        m = lineof.get((fn, ln))
        if not m: err(what, "no such line", row); return None
        if m["id"] != row["message"]: err(what, "id/line mismatch", row)
        return m
    if fn == EXPORT:
        if ln not in exrec: err(what, "no export record at", row); return None
        if row["message"]: err(what, "export row has id", row)
        return exrec[ln]
    err(what, "bad file", row)
for r in truth:
    x = point(r, "truth")
    if x is None: continue
    if r["rule"] == "SKN-5O":
        if r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS: err("5O row", r)
    else:
        if r["state"]: err("state on non-5O", r)
        blob = json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x[1] + "|" + (x[0] or "")
        if r["who"] not in blob: err("who not at line", r)
for r in near:
    point(r, "near")

# ---------------- independent membership check
found = collections.defaultdict(set)
for r in truth:
    found[(r["file"], int(r["line"]))].add((r["rule"], r["who"]))
def expect(fn, ln, rule, who):
    if (rule, who) not in found[(fn, ln)]: err("expected", rule, who, "at", fn, ln)
    else: found[(fn, ln)].discard((rule, who))
def membership(fn, group, events):
    """events: (line, kind, actor, target, sid) in order"""
    seen = set()
    rule = ADMIT[group][0]
    for ln, kind, actor, target, sid in events:
        names = []
        if kind == "invite":
            names = [(target, None, actor)]
            ka, ra = resolve(actor)
        elif kind in ("post", "join"):
            names = [(actor, sid, None)]
        for nm, s, inviter in names:
            k, r = resolve(nm, s)
            key = r["person_id"] if r else nm
            if key in seen or k == "ambiguous": continue
            seen.add(key)
            if k == "unknown":
                expect(fn, ln, "OUTSIDER", nm)
            elif not admitted(r, group):
                expect(fn, ln, rule, nm)
                if kind == "invite":
                    expect(fn, ln, "SKN-ALL", nm); expect(fn, ln, "SKN-ALL", inviter)
        if kind == "invite" and actor:
            k, r = resolve(actor)
            key = r["person_id"] if r else actor
            if key not in seen and k != "ambiguous":
                seen.add(key)
                if k == "unknown": expect(fn, ln, "OUTSIDER", actor)
                elif not admitted(r, group): expect(fn, ln, rule, actor)
for fn, rows in msgs.items():
    ev = []
    for m in rows:
        if m["type"] == "system":
            if m["event"] == "invite": ev.append((m["_ln"], "invite", m["sender"], m["target"], None))
            elif m["event"] == "join": ev.append((m["_ln"], "join", m["sender"], None, None))
            elif m["event"] in ("remove",): ev.append((m["_ln"], "invite_actor_only", m["sender"], None, None))
        else:
            ev.append((m["_ln"], "post", m["sender"], None, m.get("senderId")))
    ev = [(a, "post" if b == "invite_actor_only" else b, c, d, e) for a, b, c, d, e in ev]
    membership(fn, JSONL[fn], ev)
ev = []
for ln, (snd, txt, day, t) in sorted(exrec.items()):
    if snd:
        ev.append((ln, "post", snd, None, None))
    else:
        m1 = re.fullmatch(r"(.+) เพิ่ม (.+) เข้ากลุ่ม", txt)
        m2 = re.fullmatch(r"(.+) เข้าร่วมกลุ่ม", txt)
        m3 = re.fullmatch(r"(.+) ลบ (.+) ออกจากกลุ่ม", txt)
        if m1: ev.append((ln, "invite", m1.group(1), m1.group(2), None))
        elif m2: ev.append((ln, "join", m2.group(1), None, None))
        elif m3: ev.append((ln, "post", m3.group(1), None, None))
membership(EXPORT, "นักปกครองสกลนคร", ev)
# SKN-2P: every non-system message by someone other than the office in ปค.สน. starts a post with a finding
office = {"provincial_admin_staff", "provincial_palad"}
lastpost = {}
for m in msgs["dopa-orders.jsonl"]:
    if m["type"] == "system": continue
    k, r = resolve(m["sender"], m.get("senderId"))
    if r and set(r["role"].split("|")) & office: continue
    expect("dopa-orders.jsonl", m["_ln"], "SKN-2P", m["sender"])
memb_rules = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-2P"}
for (fn, ln), left in found.items():
    for rule, who in left:
        if rule in memb_rules: err("truth row not explained by the membership/ปค.สน. check", rule, who, fn, ln)

# ---------------- ledger
ledger = list(csv.DictReader(open(D + "ledger.csv", encoding="utf-8")))
if list(ledger[0].keys()) != ["order", "district", "state", "answer", "deadline", "note"]: err("ledger header")
vol = {m["id"]: m for m in msgs["volunteer-centre.jsonl"]}
end = max(m["time"] for rows in msgs.values() for m in rows)
t5 = {(r["message"] if r["state"] == "late" else r["message"], r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O"}
seen5 = set()
for r in ledger:
    if r["order"] not in vol: err("ledger order not in ศอ.จอส.", r)
    if r["district"] not in DISTRICTS: err("ledger district", r)
    dl = dt.datetime.fromisoformat(r["deadline"])
    if r["state"] in ("on-time", "late"):
        a = vol.get(r["answer"])
        if not a: err("ledger answer", r); continue
        if a["time"] < vol[r["order"]]["time"]: err("answer before order", r)
        at = dt.datetime.fromisoformat(a["time"])
        if (at <= dl) != (r["state"] == "on-time"): err("ledger state vs time", r)
        k, p = resolve(a["sender"], a.get("senderId"))
        if not p or p["district"] != r["district"]: err("answer not by the district's people", r, a["sender"])
        if r["state"] == "late":
            seen5.add((r["answer"], r["district"], "late"))
    elif r["state"] == "missing":
        if dl > dt.datetime.fromisoformat(end): err("missing before deadline", r)
        seen5.add((r["order"], r["district"], "missing"))
    elif r["state"] == "not-due":
        if dl <= dt.datetime.fromisoformat(end): err("not-due but deadline passed", r)
    else:
        err("ledger state", r)
if seen5 != t5: err("ledger vs truth SKN-5O", seen5 ^ t5)
# OA photo-alone answers must not sit within 5 minutes after the same sender's text
for r in ledger:
    a = vol.get(r["answer"])
    if a and a["type"] == "image":
        for m in msgs["volunteer-centre.jsonl"]:
            if m["sender"] == a["sender"] and m["type"] == "text":
                dtm = (dt.datetime.fromisoformat(a["time"]) - dt.datetime.fromisoformat(m["time"])).total_seconds()
                if 0 <= dtm <= 300: err("photo answer glued to a text", r)

# ---------------- counts
permsg = {JSONL[fn]: len(rows) for fn, rows in msgs.items()}
permsg["นักปกครองสกลนคร (export)"] = len(exrec)
total = sum(permsg.values())
rules = collections.Counter(r["rule"] for r in truth)
states = collections.Counter(r["state"] for r in ledger)
print("messages per group:", permsg, "total", total)
print("volunteer share: %.0f%%" % (100 * permsg["ศอ.จอส.จว.สน."] / total))
print("findings per rule:", dict(sorted(rules.items())))
print("findings excluding SKN-5O:", sum(v for k, v in rules.items() if k != "SKN-5O"))
print("near misses:", len(near))
print("duties by state:", dict(states), "orders with duties:", len({r["order"] for r in ledger}))
if not 640 <= total <= 780: err("total messages", total)
if rules["SKN-2P"] < 6 or rules["OUTSIDER"] < 3 or sum(v for k, v in rules.items() if k != "SKN-5O") < 25: err("too few findings")
if len(near) < 25: err("too few near misses")
if states["late"] + states["missing"] < 10: err("too few late/missing")
if len({r["order"] for r in ledger}) < 8: err("too few orders")
print("\n".join(ERR) if ERR else "ALL CHECKS PASSED")
sys.exit(1 if ERR else 0)
