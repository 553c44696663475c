#!/usr/bin/env python3
"""Self-contained checker of week AV's files. Exit 1 on any problem."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

D = os.path.dirname(os.path.abspath(__file__))
P = lambda f: os.path.join(D, f)
problems = []
def bad(msg):
    problems.append(msg)

EXPORT = "[LINE]ข้อสั่งการ ปค.สน..txt"
JSONL = ["palad-orders.jsonl", "executives.jsonl", "volunteer-centre.jsonl", "heads-chiefs.jsonl", "nakpokkhrong.jsonl"]
GROUP = {EXPORT: "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
PREFIX = "av"
DISTRICTS = ["เมืองสกลนคร","กุสุมาลย์","กุดบาก","พรรณานิคม","พังโคน","วาริชภูมิ","นิคมน้ำอูน","วานรนิวาส","คำตากล้า",
             "บ้านม่วง","อากาศอำนวย","สว่างแดนดิน","ส่องดาว","เต่างอย","โคกศรีสุพรรณ","เจริญศิลป์","โพนนาแก้ว","ภูพาน"]
ROLES = {"governor","vice_governor","provincial_palad","provincial_admin_staff","district_chief","deputy_district_chief",
         "coordinating_deputy","agency_head","volunteer_center_staff","staff","retired"}
ADMIT = {  # the rules page's membership rows
 "นักปกครองสกลนคร": ("SKN-1", {"governor","provincial_palad","district_chief","coordinating_deputy"}),
 "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad","district_chief","coordinating_deputy","provincial_admin_staff"}),
 "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad","district_chief"}),
 "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor","vice_governor","provincial_palad","district_chief"}),
 "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad","district_chief","deputy_district_chief","coordinating_deputy","volunteer_center_staff"}),
 "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor","vice_governor","agency_head","district_chief"}),
}
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22, "ศอ.จอส.จว.สน.": 118}
DISTRICT_PEOPLE = {"district_chief","deputy_district_chief","coordinating_deputy"}

# ---------------- roster ----------------
with open(P("roster.csv"), encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["person_id","full_name","display_names","role","agency","district","line_user_id","email"]:
        bad("roster header %r" % rd.fieldnames)
    roster = list(rd)
if not 80 <= len(roster) <= 95:
    bad("roster has %d people" % len(roster))
ids, lids, mails = Counter(), Counter(), Counter()
byname, byid = defaultdict(list), {}
for r in roster:
    ids[r["person_id"]] += 1
    roles = r["role"].split("|")
    r["roles"] = set(roles)
    if not set(roles) <= ROLES or len(roles) > 2:
        bad("roster %s role %s" % (r["person_id"], r["role"]))
    if r["district"] and r["district"] not in DISTRICTS:
        bad("roster %s district %s" % (r["person_id"], r["district"]))
    if r["line_user_id"]:
        lids[r["line_user_id"]] += 1
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
            bad("roster %s line id" % r["person_id"])
        byid[r["line_user_id"]] = r
    if r["email"]:
        mails[r["email"]] += 1
        byid[r["email"]] = r
    for n in r["display_names"].split("|"):
        if not n.strip():
            bad("roster %s empty display name" % r["person_id"])
        byname[n].append(r)
for c, what in ((ids, "person id"), (lids, "LINE id"), (mails, "e-mail")):
    for k, v in c.items():
        if v > 1:
            bad("duplicate %s %s" % (what, k))
for d in DISTRICTS:
    for role in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(r["district"] == d and role in r["roles"] for r in roster):
            bad("district %s has no %s" % (d, role))

def resolve(name, sid=None):
    """('person', row) | ('ambiguous', None) | ('outsider', None)"""
    if sid and sid in byid:
        return "person", byid[sid]
    l = byname.get(name, [])
    if len(l) == 1:
        return "person", l[0]
    if len(l) > 1:
        return "ambiguous", None
    return "outsider", None

# ---------------- messages ----------------
msgs = {}   # file -> list of dict(line, id, time, sender, sid, type, event, target, text)
TS = re.compile(r"2026-06-(2[2-6])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\+07:00")
n_expected = 0
for fn in JSONL:
    out = []
    prev = None
    with open(P(fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                bad("%s:%d not JSON (%s)" % (fn, i, e)); continue
            n_expected += 1
            if o.get("id") != "%s%04d" % (PREFIX, n_expected):
                bad("%s:%d id %s, expected %s%04d" % (fn, i, o.get("id"), PREFIX, n_expected))
            if o.get("group") != GROUP[fn]:
                bad("%s:%d group %r" % (fn, i, o.get("group")))
            if not TS.fullmatch(o.get("time", "")):
                bad("%s:%d time %r" % (fn, i, o.get("time")))
            if prev and o["time"] <= prev:
                bad("%s:%d time not after previous" % (fn, i))
            prev = o["time"]
            allowed = {"id","group","time","sender","senderId","type","text","attachment","event","target","replyTo"}
            if set(o) - allowed:
                bad("%s:%d extra fields %s" % (fn, i, set(o) - allowed))
            t = o.get("type")
            if t == "text":
                if not o.get("text") or "attachment" in o or "event" in o: bad("%s:%d text message shape" % (fn, i))
            elif t == "sticker":
                if "text" in o or "attachment" in o: bad("%s:%d sticker with text/attachment" % (fn, i))
            elif t in ("image", "video", "file"):
                if not o.get("attachment") or "text" in o: bad("%s:%d %s without attachment" % (fn, i, t))
            elif t == "system":
                ev = o.get("event")
                if ev not in ("join", "invite", "remove", "leave", "rename", "unsend"): bad("%s:%d event %r" % (fn, i, ev))
                if ev in ("invite", "remove", "rename") and not o.get("target"): bad("%s:%d %s without target" % (fn, i, ev))
                if "senderId" in o: bad("%s:%d system with senderId" % (fn, i))
            else:
                bad("%s:%d type %r" % (fn, i, t))
            if "senderId" in o:
                k, r = resolve(o["sender"])
                if o["senderId"] not in byid or (k == "person" and byid[o["senderId"]] is not r) or k != "person":
                    bad("%s:%d senderId does not belong to %s" % (fn, i, o["sender"]))
            if "replyTo" in o and o["replyTo"] not in {m["id"] for m in out}:
                bad("%s:%d replyTo %s not an earlier message of this file" % (fn, i, o["replyTo"]))
            out.append(dict(line=i, id=o.get("id"), time=o.get("time"), sender=o.get("sender"), sid=o.get("senderId"),
                            type=t, event=o.get("event"), target=o.get("target"), text=o.get("text", "")))
    msgs[fn] = out

# export: Thai UI Android layout
raw = open(P(EXPORT), "rb").read()
if not raw.startswith(b"\xef\xbb\xbf"):
    bad("export: no BOM")
lines = raw.decode("utf-8-sig").split("\n")
if lines and lines[-1] == "":
    lines.pop()
if lines[0] != '[LINE] ประวัติการแชทในกลุ่ม "%s"' % GROUP[EXPORT]:
    bad("export: title line %r" % lines[0])
if not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/25\d\d \d\d:\d\d", lines[1]) or lines[2] != "":
    bad("export: save line / blank line")
DATE = re.compile(r"^(อา|จ|อ|พ|พฤ|ศ|ส)\. (\d\d)/(\d\d)/(\d{4})$")
WD = {22: "จ", 23: "อ", 24: "พ", 25: "พฤ", 26: "ศ"}
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
out, day, prevt, i = [], None, None, 3
while i < len(lines):
    ln = lines[i]; no = i + 1
    if ln == "":
        i += 1; continue
    m = DATE.match(ln)
    if m:
        day = int(m.group(2))
        if (m.group(3), m.group(4)) != ("06", "2569") or WD.get(day) != m.group(1):
            bad("export:%d date line %r" % (no, ln))
        i += 1; continue
    m = MSG.match(ln)
    if not m or day is None:
        bad("export:%d not a message line %r" % (no, ln)); i += 1; continue
    hh, mm, sender, body = m.groups()
    t = "2026-06-%02dT%s:%s" % (day, hh, mm)
    if prevt and t < prevt:
        bad("export:%d time goes back" % no)
    prevt = t
    start = no
    if body.startswith('"'):
        buf = body
        while not (buf.endswith('"') and (len(buf) - len(buf.rstrip('"'))) % 2 == 1 and len(buf) > 1):
            i += 1
            buf += "\n" + lines[i]
        body = buf[1:-1].replace('""', '"')
    i += 1
    rec = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", event=None, target=None, text=body)
    if sender == "":
        rec["type"] = "system"
        for pat, ev in ((r"^(.+) เพิ่ม (.+) เข้ากลุ่ม$", "invite"), (r"^(.+) ลบ (.+) ออกจากกลุ่ม$", "remove"),
                        (r"^(.+) เข้าร่วมกลุ่ม.*$", "join"), (r"^(.+) ออกจากกลุ่ม$", "leave"), (r"^(.+) ยกเลิกข้อความ$", "unsend")):
            mm_ = re.match(pat, body)
            if mm_:
                rec["event"] = ev; rec["sender"] = mm_.group(1)
                if mm_.lastindex > 1: rec["target"] = mm_.group(2)
                break
        else:
            bad("export:%d unknown system line" % start)
    elif body in ("[รูป]", "[สติกเกอร์]", "[ไฟล์]", "[วิดีโอ]"):
        rec["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker", "[ไฟล์]": "file", "[วิดีโอ]": "video"}[body]
    out.append(rec)
msgs[EXPORT] = out
ALLF = [EXPORT] + JSONL
total = sum(len(v) for v in msgs.values())
if not 690 <= total <= 710:
    bad("total messages %d" % total)
share = len(msgs["volunteer-centre.jsonl"]) / total
if not 0.35 <= share <= 0.40:
    bad("ศอ.จอส.จว.สน. share %.3f" % share)
log_end = max(m["time"] for v in msgs.values() for m in v)
at = {(fn, m["line"]): m for fn in ALLF for m in msgs[fn]}

# ---------------- truth rows point at real messages ----------------
with open(P("truth.csv"), encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["rule","file","line","message","who","state","note"]:
        bad("truth header")
    truth = list(rd)
for r in truth:
    key = (r["file"], int(r["line"]))
    m = at.get(key)
    if not m:
        bad("truth row %s %s:%s is no message start" % (r["rule"], r["file"], r["line"])); continue
    if r["message"] != m["id"]:
        bad("truth row %s line %s message %s != %s" % (r["rule"], r["line"], r["message"], m["id"]))
    if r["rule"] == "SKN-5O":
        if r["file"] != "volunteer-centre.jsonl" or r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS:
            bad("SKN-5O row %s malformed" % r["line"])
    else:
        if r["state"]:
            bad("state on a %s row" % r["rule"])
        if r["who"] not in (m["sender"], m["target"]):
            bad("truth row %s %s:%s who %s is neither sender %s nor target" % (r["rule"], r["file"], r["line"], r["who"], m["sender"]))
        if not r["note"]:
            bad("truth row without note")

# ---------------- membership recomputed ----------------
expected = set()
for fn in ALLF:
    g = GROUP[fn]
    rule, admit = ADMIT[g]
    seen, count, capped = set(), 0, False
    for m in msgs[fn]:
        shown = [(m["sender"], m["sid"], None)]
        if m["type"] == "system" and m["event"] == "invite":
            shown.append((m["target"], None, m["sender"]))
        if m["type"] == "system" and m["event"] == "remove":
            shown = [(m["sender"], None, None)]
        for name, sid, inviter in shown:
            kind, r = resolve(name, sid)
            if kind == "ambiguous":
                continue
            key = r["person_id"] if r else "OUT:" + name
            if key in seen:
                continue
            seen.add(key)
            if kind == "outsider":
                expected.add(("OUTSIDER", fn, m["line"], name))
                continue
            if r["roles"] & admit:
                count += 1
                if g in CAP and count > CAP[g] and not capped:
                    capped = True
                    expected.add(("SKN-CAP", fn, m["line"], name))
            else:
                expected.add((rule, fn, m["line"], name))
                if inviter:
                    ik, ir = resolve(inviter)
                    if ik == "person":
                        expected.add(("SKN-ALL", fn, m["line"], name))
                        expected.add(("SKN-ALL", fn, m["line"], inviter))
MEMB = {"SKN-1","SKN-2","SKN-3","SKN-4","SKN-5","SKN-6","SKN-ALL","OUTSIDER","SKN-CAP"}
got = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth if r["rule"] in MEMB}
for x in sorted(expected - got):
    bad("membership finding missing from truth.csv: %s" % (x,))
for x in sorted(got - expected):
    bad("truth.csv membership row not supported by roster and rules: %s" % (x,))

# ---------------- SKN-2P recomputed (every post by a member who is not the office) ----------------
OFFICE = {"provincial_admin_staff", "provincial_palad"}
exp2p, last = set(), None
for m in msgs[EXPORT]:
    if m["type"] == "system":
        last = None; continue
    kind, r = resolve(m["sender"])
    same = last and last["sender"] == m["sender"] and m["time"][:16] <= last["time"][:16][:14] + "%02d" % (int(last["time"][14:16]) + 2)
    if kind == "ambiguous" or (kind == "person" and r["roles"] & OFFICE):
        last = m; continue
    if not same:
        exp2p.add((EXPORT, m["line"], m["sender"]))
    last = m
got2p = {(r["file"], int(r["line"]), r["who"]) for r in truth if r["rule"] == "SKN-2P"}
for x in sorted(exp2p ^ got2p):
    bad("SKN-2P mismatch at %s" % (x,))
for r in truth:
    if r["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        fn = {"SKN-4P": "executives.jsonl", "SKN-5P": "volunteer-centre.jsonl", "SKN-6P": "heads-chiefs.jsonl"}[r["rule"]]
        m = at.get((r["file"], int(r["line"])))
        if r["file"] != fn or not m or m["type"] == "system":
            bad("%s row in the wrong group or on a system line: %s" % (r["rule"], r["line"]))
        if r["rule"] == "SKN-4P" and m:
            k, p = resolve(m["sender"], m["sid"])
            if k == "person" and p["roles"] & {"governor", "vice_governor"}:
                bad("SKN-4P on a governor's post")

# ---------------- near misses ----------------
with open(P("near-misses.csv"), encoding="utf-8") as f:
    near = list(csv.DictReader(f))
if not 200 <= len(near) <= 240:
    bad("near misses: %d" % len(near))
tkeys = {(r["file"], int(r["line"])) for r in truth}
for r in near:
    m = at.get((r["file"], int(r["line"])))
    if not m or m["id"] != r["message"]:
        bad("near miss %s:%s is no message start" % (r["file"], r["line"]))
    if (r["file"], int(r["line"])) in tkeys:
        bad("near miss %s:%s is also a finding" % (r["file"], r["line"]))
    if not r["why"]:
        bad("near miss without reason")

# ---------------- ledger ----------------
sor = {m["id"]: m for m in msgs["volunteer-centre.jsonl"]}
with open(P("ledger.csv"), encoding="utf-8") as f:
    ledger = list(csv.DictReader(f))
seen = set()
for l in ledger:
    o = sor.get(l["order"])
    if not o:
        bad("ledger order %s not in ศอ.จอส.จว.สน." % l["order"]); continue
    ko, po = resolve(o["sender"], o["sid"])
    if not (ko == "person" and ("provincial_palad" in po["roles"] or ("volunteer_center_staff" in po["roles"] and not po["district"]))):
        bad("ledger order %s not by the provincial centre" % l["order"])
    if (l["order"], l["district"]) in seen:
        bad("ledger duplicate %s %s" % (l["order"], l["district"]))
    seen.add((l["order"], l["district"]))
    if l["district"] not in DISTRICTS:
        bad("ledger district %s" % l["district"])
    if not re.fullmatch(r"2026-0[67]-\d\dT\d\d:\d\d:\d\d\+07:00", l["deadline"]):
        bad("ledger deadline %s" % l["deadline"])
    if l["answer"]:
        a = sor.get(l["answer"])
        if not a:
            bad("ledger answer %s missing" % l["answer"]); continue
        k, p = resolve(a["sender"], a["sid"])
        if not (k == "person" and p["district"] == l["district"] and (p["roles"] & (DISTRICT_PEOPLE | {"volunteer_center_staff"}))):
            bad("ledger answer %s by %s is not a person of %s" % (a["id"], a["sender"], l["district"]))
        if a["time"] <= o["time"]:
            bad("ledger answer %s before its order" % a["id"])
        st = "on-time" if a["time"] <= l["deadline"] else "late"
    else:
        st = "not-due" if l["deadline"] > log_end else "missing"
    if st != l["state"]:
        bad("ledger %s %s state %s, times say %s" % (l["order"], l["district"], l["state"], st))
    if l["state"] == "on-time" and l["answer"]:
        pass
exp5 = set()
for l in ledger:
    if l["state"] == "late":
        exp5.add(("volunteer-centre.jsonl", l["answer"], l["district"], "late"))
    if l["state"] == "missing":
        exp5.add(("volunteer-centre.jsonl", l["order"], l["district"], "missing"))
got5 = {(r["file"], r["message"], r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O"}
for x in sorted(exp5 ^ got5):
    bad("SKN-5O truth/ledger mismatch %s" % (x,))
ps = sum(1 for r in truth if r["rule"] != "SKN-5O")
if not 45 <= ps <= 55:
    bad("posting/membership findings: %d" % ps)

counts = Counter(r["rule"] for r in truth)
print("messages:", {f: len(v) for f, v in msgs.items()}, "total", total)
print("truth:", dict(sorted(counts.items())), "ledger:", dict(Counter(l["state"] for l in ledger)), "near misses:", len(near))
if problems:
    print("\n".join("PROBLEM: " + p for p in problems))
    sys.exit(1)
print("OK")
