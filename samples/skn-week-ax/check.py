#!/usr/bin/env python3
"""Self-contained checker for week AX (formats, ids, times, truth/near-miss pointers, roster, ledger,
membership findings recomputed from the roster and the rules page's admitted roles). Exit 1 on any problem."""
import csv, json, os, re, sys
from datetime import datetime, timedelta, timezone

D = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=7))
probs = []
def bad(msg): probs.append(msg)

DISTRICTS = "เมืองสกลนคร กุสุมาลย์ กุดบาก พรรณานิคม พังโคน วาริชภูมิ นิคมน้ำอูน วานรนิวาส คำตากล้า บ้านม่วง อากาศอำนวย สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ เจริญศิลป์ โพนนาแก้ว ภูพาน".split()
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief", "deputy_district_chief",
         "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
JSONL = [("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."), ("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
         ("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"), ("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
         ("nakpokkhrong.jsonl", "นักปกครองสกลนคร")]
EXPORT, EXPORT_GROUP = "[LINE]ศอ.จอส.จว.สน..txt", "ศอ.จอส.จว.สน."
ADMIT = {  # rules page: who is admitted to each group
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}, 204),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}, 175),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}, 19),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}, 22),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}, 118),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}, None),
}
FILE_GROUP = dict(JSONL); FILE_GROUP[EXPORT] = EXPORT_GROUP
MEMBER_RULES = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-CAP"}

# ---------- roster ----------
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as f:
    rd = csv.reader(f); hdr = next(rd); roster = [dict(zip(hdr, r)) for r in rd]
if hdr != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]: bad("roster header")
if not 80 <= len(roster) <= 95: bad("roster size %d" % len(roster))
seen = {"pid": set(), "lid": set(), "em": set()}
byname, byid = {}, {}
for p in roster:
    p["roles"] = set(p["role"].split("|"))
    if not p["roles"] <= ROLES: bad("role %s" % p["role"])
    if p["district"] and p["district"] not in DISTRICTS: bad("district %s" % p["district"])
    for k, v in (("pid", p["person_id"]), ("lid", p["line_user_id"]), ("em", p["email"])):
        if v:
            if v in seen[k]: bad("duplicate %s %s" % (k, v))
            seen[k].add(v)
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]): bad("line id " + p["line_user_id"])
    if p["line_user_id"]: byid[p["line_user_id"]] = p
    if p["email"]: byid[p["email"]] = p
    for n in p["display_names"].split("|"):
        byname.setdefault(n, []).append(p)
for d in DISTRICTS:
    for r in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(r in p["roles"] and p["district"] == d for p in roster): bad("district %s lacks %s" % (d, r))

def who(name, sid=None):
    """returns person, 'ambiguous' or None (outsider)"""
    if sid and sid in byid: return byid[sid]
    ps = byname.get(name, [])
    if len(ps) == 1: return ps[0]
    if len(ps) > 1: return "ambiguous"
    return None

# ---------- JSONL ----------
msgs = {}  # file -> list of dict(line, time, sender, sid, type, event, target, text, id)
n = 0
for fn, g in JSONL:
    L = []; prev = None
    for i, ln in enumerate(open(os.path.join(D, fn), encoding="utf-8"), 1):
        o = json.loads(ln); n += 1
        if o.get("id") != "ax%04d" % n: bad("%s:%d id %s" % (fn, i, o.get("id")))
        if o.get("group") != g: bad("%s:%d group" % (fn, i))
        t = datetime.fromisoformat(o["time"])
        if not o["time"].endswith("+07:00") or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", o["time"]): bad("%s:%d time fmt" % (fn, i))
        if prev and t < prev: bad("%s:%d time order" % (fn, i))
        prev = t
        ty = o["type"]
        if ty == "text" and not o.get("text"): bad("%s:%d text" % (fn, i))
        if ty == "sticker" and ("text" in o or "attachment" in o): bad("%s:%d sticker" % (fn, i))
        if ty in ("image", "video", "file") and not o.get("attachment"): bad("%s:%d attachment" % (fn, i))
        if ty == "system":
            if o.get("event") not in ("join", "invite", "remove", "leave", "rename", "unsend"): bad("%s:%d event" % (fn, i))
            if o["event"] in ("invite", "remove", "rename") and not o.get("target"): bad("%s:%d target" % (fn, i))
        elif ty not in ("text", "sticker", "image", "video", "file"): bad("%s:%d type %s" % (fn, i, ty))
        if "replyTo" in o and o["replyTo"] not in {m["id"] for m in L}: bad("%s:%d replyTo" % (fn, i))
        L.append(dict(line=i, id=o["id"], time=t, sender=o["sender"], sid=o.get("senderId"), type=ty,
                      event=o.get("event"), target=o.get("target"), text=o.get("text", "")))
    msgs[fn] = L

# ---------- export (LINE for PC, Thai UI) ----------
raw = open(os.path.join(D, EXPORT), encoding="utf-8").read()
if raw.startswith("\ufeff"): bad("PC export should have no BOM")
xlines = raw.split("\n")
if xlines[-1] == "": xlines.pop()
with open(os.path.join(D, "truth.csv"), encoding="utf-8") as f: truth = list(csv.DictReader(f))
names = sorted(set(byname) | {r["who"] for r in truth if r["rule"] == "OUTSIDER"}, key=len, reverse=True)
X = []; cur = None; prevt = None; WD = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
for i, ln in enumerate(xlines, 1):
    m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\S+)", ln)
    if m:
        cur = datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=TZ)
        if WD[cur.weekday()] != m[4]: bad("export:%d weekday" % i)
        continue
    m = re.match(r"(\d\d):(\d\d) ", ln)
    snd = None
    if m and cur is not None:
        rest = ln[6:]
        for nm in names:
            if rest.startswith(nm + " "): snd = nm; break
    if snd is None:
        if not X: bad("export:%d stray line" % i)
        else: X[-1]["text"] += "\n" + ln
        continue
    t = cur.replace(hour=int(m[1]), minute=int(m[2]))
    if prevt and t < prevt: bad("export:%d time order" % i)
    prevt = t
    body = ln[6 + len(snd) + 1:]
    e = dict(line=i, time=t, sender=snd, sid=None, type="text", event=None, target=None, text=body)
    if body == "รูป": e["type"] = "image"
    elif body == "สติกเกอร์": e["type"] = "sticker"
    elif body in ("ไฟล์", "วิดีโอ"): e["type"] = "file"
    elif body == "ยกเลิกข้อความ": e.update(type="system", event="unsend")
    elif body == snd + " เข้าร่วมกลุ่ม": e.update(type="system", event="join")
    elif body == snd + " ออกจากกลุ่ม": e.update(type="system", event="leave")
    else:
        mm = re.fullmatch(re.escape(snd) + r" เพิ่ม (.+) เข้ากลุ่ม", body)
        if mm: e.update(type="system", event="invite", target=mm[1])
        mm = re.fullmatch(re.escape(snd) + r" ลบ (.+) ออกจากกลุ่ม", body)
        if mm: e.update(type="system", event="remove", target=mm[1])
    X.append(e)
msgs[EXPORT] = X
end = max(m["time"] for L in msgs.values() for m in L)
total = sum(len(L) for L in msgs.values())
if not 690 <= total <= 710: bad("total messages %d" % total)
if not 0.35 <= len(X) / total <= 0.40: bad("export share %.3f" % (len(X) / total))

def at(fn, line):
    for m in msgs.get(fn, []):
        if m["line"] == int(line): return m
    return None

# ---------- truth / near-miss pointers ----------
for r in truth:
    fn = r["file"]; m = at(fn, r["line"])
    if m is None: bad("truth row points nowhere: %s" % r); continue
    if fn != EXPORT and r["message"] != m["id"]: bad("truth id mismatch %s" % r)
    if fn == EXPORT and r["message"]: bad("export truth row with id %s" % r)
    if r["rule"] == "SKN-5O":
        if r["who"] not in DISTRICTS or r["state"] not in ("late", "missing"): bad("5O row %s" % r)
    elif r["state"]: bad("state on non-5O row %s" % r)
    elif r["who"] not in (m["sender"], m["target"]): bad("truth who/sender mismatch %s" % r)
with open(os.path.join(D, "near-misses.csv"), encoding="utf-8") as f: near = list(csv.DictReader(f))
if not 200 <= len(near) <= 240: bad("near misses %d" % len(near))
tkeys = {(r["file"], r["line"]) for r in truth if r["rule"] != "SKN-5O"}
for r in near:
    m = at(r["file"], r["line"])
    if m is None: bad("near miss points nowhere %s" % r); continue
    if r["file"] != EXPORT and r["message"] != m["id"]: bad("near id mismatch %s" % r)
    if (r["file"], r["line"]) in tkeys: bad("near miss is also a finding %s" % r)
    if not r["why"]: bad("near miss without why")

# ---------- membership findings recomputed ----------
exp = set()
for fn, L in msgs.items():
    g = FILE_GROUP[fn]; rule, adm, cap = ADMIT[g]
    done = set(); admitted_seen = []
    for m in L:
        appear = []
        if m["event"] == "invite": appear.append((m["sender"], m["sid"], None)); appear.append((m["target"], None, m["sender"]))
        elif m["event"] == "rename": appear.append((m["sender"], m["sid"], None))
        else: appear.append((m["sender"], m["sid"], None))
        for nm, sid, inviter in appear:
            p = who(nm, sid)
            if p == "ambiguous": continue
            key = nm if p is None else p["person_id"]
            if key in done: continue
            done.add(key)
            if p is None:
                exp.add(("OUTSIDER", fn, m["line"], nm)); continue
            if p["roles"] & adm:
                admitted_seen.append(p["person_id"])
                if cap and len(admitted_seen) == cap + 1: exp.add(("SKN-CAP", fn, m["line"], nm))
                continue
            exp.add((rule, fn, m["line"], nm))
            if inviter:
                ip = who(inviter)
                if ip not in (None, "ambiguous"):
                    exp.add(("SKN-ALL", fn, m["line"], nm)); exp.add(("SKN-ALL", fn, m["line"], inviter))
got = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth if r["rule"] in MEMBER_RULES}
for x in sorted(exp - got, key=str): bad("membership finding missing from truth: %s" % (x,))
for x in sorted(got - exp, key=str): bad("truth membership row not recomputed: %s" % (x,))

# ---------- SKN-2P recomputed: every post in ปค by someone not the office ----------
office = {"provincial_admin_staff", "provincial_palad"}
exp2p = set(); last = None
for m in msgs["pakkhrong-orders.jsonl"]:
    if m["type"] == "system": last = None; continue
    p = who(m["sender"], m["sid"])
    postkey = (m["sender"], m["time"].replace(second=0))
    if postkey == last: continue  # same post (photos sent together)
    last = postkey
    if p == "ambiguous": continue
    if p is None or not (p["roles"] & office): exp2p.add(m["line"])
got2p = {int(r["line"]) for r in truth if r["rule"] == "SKN-2P"}
if exp2p != got2p: bad("SKN-2P mismatch: missing %s extra %s" % (sorted(exp2p - got2p), sorted(got2p - exp2p)))

# ---------- ledger ----------
with open(os.path.join(D, "ledger.csv"), encoding="utf-8") as f: ledger = list(csv.DictReader(f))
centre = lambda p: p not in (None, "ambiguous") and ("provincial_palad" in p["roles"] or ("volunteer_center_staff" in p["roles"] and not p["district"]))
dist_roles = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
exp5o = set(); seen_duty = set()
for r in ledger:
    o = at(EXPORT, r["order"])
    if o is None or not centre(who(o["sender"])): bad("ledger order not by the centre %s" % r); continue
    if (r["order"], r["district"]) in seen_duty: bad("duplicate duty %s" % r)
    seen_duty.add((r["order"], r["district"]))
    if r["district"] not in DISTRICTS: bad("ledger district %s" % r)
    dl = datetime.fromisoformat(r["deadline"])
    if r["answer"]:
        a = at(EXPORT, r["answer"])
        if a is None: bad("ledger answer nowhere %s" % r); continue
        p = who(a["sender"])
        if p in (None, "ambiguous") or p["district"] != r["district"] or not (p["roles"] & dist_roles): bad("answer not by the district %s" % r)
        if a["time"] < o["time"]: bad("answer before order %s" % r)
        st = "on-time" if a["time"] <= dl else "late"
        if st != r["state"]: bad("ledger state %s should be %s" % (r, st))
        if st == "late": exp5o.add((r["answer"], r["district"], "late"))
    else:
        st = "not-due" if dl > end else "missing"
        if st != r["state"]: bad("ledger state %s should be %s" % (r, st))
        if st == "missing": exp5o.add((r["order"], r["district"], "missing"))
got5o = {(r["line"], r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O"}
if exp5o != got5o: bad("SKN-5O rows differ from ledger: %s / %s" % (exp5o - got5o, got5o - exp5o))

if probs:
    print("\n".join(probs)); print("%d problem(s)" % len(probs)); sys.exit(1)
print("OK: %d messages (%s), %d truth rows, %d ledger duties, %d near misses" % (
    total, ", ".join("%s %d" % (k, len(v)) for k, v in msgs.items()), len(truth), len(ledger), len(near)))
