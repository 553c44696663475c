#!/usr/bin/env python3
"""Self-check of the week-S files: formats, ids, times, truth/near-miss/ledger references,
roster validity, membership consistency and counts. Reads only the files in this folder."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime, date

D = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(*a):
    ERR.append(" ".join(str(x) for x in a))

GROUPS = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
          "administrators.jsonl": "นักปกครองสกลนคร"}
EXPORT = "pk-orders.txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]

# ---------- roster ----------
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as fh:
    rd = csv.reader(fh)
    hdr = next(rd)
    if hdr != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
        err("roster header", hdr)
    roster = [dict(zip(hdr, r)) for r in rd]
ids = Counter(p["person_id"] for p in roster)
emails = Counter(p["email"] for p in roster if p["email"])
lids = Counter(p["line_user_id"] for p in roster if p["line_user_id"])
for c, what in ((ids, "person_id"), (emails, "email"), (lids, "line_user_id")):
    for k, n in c.items():
        if n > 1:
            err("duplicate", what, k)
for p in roster:
    p["roles"] = set(p["role"].split("|"))
    if not p["roles"] <= ROLES:
        err("bad role", p)
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad line id", p["line_user_id"])
    if p["district"] and p["district"] not in DISTRICTS:
        err("bad district", p["district"])
for d in DISTRICTS:
    rs = [p for p in roster if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err("district", d, "lacks", need)
rc = Counter(r for p in roster for r in p["roles"])
doubles = [p for p in roster if len(p["roles"]) > 1]
if len(doubles) < 2:
    err("need two people with two roles")
print("roster:", len(roster), "people;", dict(rc), "; two-role:", len(doubles))

TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาย", "นาง"]
def norm(s):
    s = unicodedata.normalize("NFC", re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", s))
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s
byname = defaultdict(list)
for p in roster:
    for n in p["display_names"].split("|"):
        byname[norm(n)].append(p)
byid = {}
for p in roster:
    if p["line_user_id"]:
        byid[p["line_user_id"]] = p
    if p["email"]:
        byid[p["email"]] = p
amb = [n for n, ps in byname.items() if len(ps) > 1]
if not amb:
    err("no ambiguous display name")

# ---------- messages ----------
msgs = {}          # file -> list of dict(line, id, time, sender, type, text, event, target, replyTo, senderId)
allids = {}
for f, g in GROUPS.items():
    L = []
    prev = None
    with open(os.path.join(D, f), encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            try:
                o = json.loads(raw)
            except Exception as e:
                err(f, ln, "bad json", e); continue
            if o.get("group") != g:
                err(f, ln, "group", o.get("group"))
            if not re.fullmatch(r"s\d{4}", o["id"]):
                err(f, ln, "bad id", o["id"])
            if o["id"] in allids:
                err("duplicate id", o["id"])
            allids[o["id"]] = (f, ln)
            if not re.fullmatch(r"2025-10-2[0-4]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                err(f, ln, "time format", o["time"])
            if prev and o["time"] < prev:
                err(f, ln, "time order")
            prev = o["time"]
            if o["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
                err(f, ln, "type")
            if o["type"] == "file" and not o.get("attachment"):
                err(f, ln, "file without attachment")
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(f, ln, "system event")
            o["line"] = ln
            L.append(o)
    msgs[f] = L
for f, L in msgs.items():
    for o in L:
        if o.get("replyTo") and o["replyTo"] not in allids:
            err(f, o["line"], "replyTo unknown")
        if o.get("replyTo") and allids[o["replyTo"]][0] != f:
            err(f, o["line"], "replyTo another file")

# export
with open(os.path.join(D, EXPORT), encoding="utf-8") as fh:
    xl = fh.read().split("\n")
if not xl[0].startswith("\ufeffChat history in \"ข้อสั่งการ ปค.สน.\""):
    err("export header", xl[0][:40])
X = []
cur = None
i = 3
prevt = None
while i < len(xl):
    s = xl[i]
    ln = i + 1
    mdate = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE", s)
    if mdate:
        dd = date(int(mdate.group(4)) - 543, int(mdate.group(3)), int(mdate.group(2)))
        if dd.strftime("%a") != mdate.group(1):
            err("export weekday", s)
        cur = dd
        i += 1
        continue
    if s == "":
        i += 1
        continue
    mm = re.match(r"(\d\d):(\d\d)\t", s)
    if not mm:
        err("export stray line", ln, s[:30]); i += 1; continue
    parts = s.split("\t", 2)
    t = "%sT%s:00+07:00" % (cur.isoformat(), parts[0])
    if prevt and t < prevt:
        err("export time order", ln)
    prevt = t
    if len(parts) == 2:
        txt = parts[1]
        o = dict(line=ln, time=t, type="system", text=txt)
        for pat, ev in ((r"(.+) joined the group\.$", "join"), (r"(.+) left the group\.$", "leave"),
                        (r"(.+) removed (.+) from the group\.$", "remove"), (r"(.+) invited (.+)\.$", "invite")):
            mm2 = re.match(pat, txt)
            if mm2:
                o["event"] = ev
                o["sender"] = mm2.group(1)
                if ev in ("remove", "invite"):
                    o["target"] = mm2.group(2)
                break
        else:
            err("export system line", ln, txt)
        X.append(o); i += 1; continue
    text = parts[2]
    if text.startswith('"'):
        buf = [text]
        while not (re.search(r'(?<!")("")*"$', buf[-1]) and len(buf) > 1) and not (len(buf) == 1 and len(text) > 1 and re.search(r'[^"]("")*"$', text)):
            i += 1
            buf.append(xl[i])
        text = "\n".join(buf)[1:-1].replace('""', '"')
    typ = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file"}.get(text, "text")
    X.append(dict(line=ln, time=t, sender=parts[1], type=typ, text=text))
    i += 1
msgs[EXPORT] = X
nmsg = {f: len(L) for f, L in msgs.items()}
total = sum(nmsg.values())
print("messages:", nmsg, "total", total)
if not (650 <= total <= 760):
    err("total messages", total)
vc_share = nmsg["volunteer-centre.jsonl"] / total
print("ศอ.จอส.จว.สน. share: %.0f%%" % (vc_share * 100))

# ---------- truth, near misses ----------
def rows(fn):
    with open(os.path.join(D, fn), encoding="utf-8") as fh:
        rd = csv.reader(fh)
        h = next(rd)
        return h, [dict(zip(h, r)) for r in rd]
th, truth = rows("truth.csv")
if th != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
nh, nms = rows("near-misses.csv")
if nh != ["file", "line", "message", "why"]:
    err("near-miss header")
def at(f, line):
    for o in msgs[f]:
        if o["line"] == line:
            return o
    return None
for r in truth + nms:
    f = r["file"]
    o = at(f, int(r["line"]))
    if o is None:
        err("row points nowhere", r); continue
    if f.endswith(".jsonl") and o["id"] != r["message"]:
        err("row id mismatch", r)
    if f == EXPORT and r["message"]:
        err("export row with id", r)
truth_at = defaultdict(list)
for r in truth:
    truth_at[(r["file"], int(r["line"]))].append(r)

# ---------- membership consistency (recomputed from the files, compared with truth) ----------
ELIG = {"ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
        "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
        "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
        "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
        "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
        "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"})}
expected = set()
for f, L in msgs.items():
    g = GROUPS.get(f, "ข้อสั่งการ ปค.สน.")
    rule, ok = ELIG[g]
    renamed = {}
    seen = set()
    def resolve(name, sid=None):
        if sid and sid in byid:
            return byid[sid]
        if name in renamed:
            return renamed[name]
        ps = byname.get(norm(name), [])
        if len(ps) == 1:
            return ps[0]
        return "AMB" if ps else None
    for o in L:
        actors = []
        if o["type"] == "system":
            ev = o.get("event")
            if ev == "rename":
                p = resolve(o["sender"], o.get("senderId"))
                renamed[o["target"]] = p
                continue
            if ev in ("join",):
                actors.append((o["sender"], None, None))
            elif ev == "invite":
                actors.append((o["sender"], o.get("senderId"), None))
                actors.append((o["target"], None, o["sender"]))
            elif ev in ("remove", "leave"):
                actors.append((o["sender"], o.get("senderId"), None))
        else:
            actors.append((o["sender"], o.get("senderId"), None))
        for name, sid, inviter in actors:
            p = resolve(name, sid)
            key = p["person_id"] if isinstance(p, dict) else ("AMB:" + name if p == "AMB" else "OUT:" + name)
            if key in seen:
                continue
            seen.add(key)
            if p == "AMB":
                continue
            if p is None:
                expected.add(("OUTSIDER", f, o["line"], name))
                continue
            if not (p["roles"] & ok):
                expected.add((rule, f, o["line"], name))
                if inviter:
                    expected.add(("SKN-ALL", f, o["line"], name))
                    expected.add(("SKN-ALL", f, o["line"], inviter))
got = set((r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
          if r["rule"] in ("OUTSIDER", "SKN-ALL") or re.fullmatch(r"SKN-\d", r["rule"]))
for e in sorted(expected - got):
    err("membership finding missing from truth:", e)
for e in sorted(got - expected):
    err("membership truth row not reproduced:", e)

# ---------- posting rows: sanity ----------
for r in truth:
    o = at(r["file"], int(r["line"]))
    if r["rule"] == "SKN-2P" and r["file"] != EXPORT:
        err("SKN-2P outside ปค.สน.", r)
    if r["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and o.get("sender") != r["who"]:
        err("posting row names someone else", r, o.get("sender"))
# every non-office post in ปค.สน. is an SKN-2P row
for o in msgs[EXPORT]:
    if o["type"] == "system":
        continue
    p = byname.get(norm(o["sender"]))
    office = p and len(p) == 1 and p[0]["roles"] & {"provincial_admin_staff", "provincial_palad"}
    # a post = first line of a run by the same sender within 3 minutes
    if not office:
        prev = [q for q in msgs[EXPORT] if q["line"] < o["line"] and q["type"] != "system"]
        cont = prev and prev[-1]["sender"] == o["sender"] and o["type"] == "image" and prev[-1]["time"][:16] >= o["time"][:14]
        has = any(r["rule"] == "SKN-2P" for r in truth_at[(EXPORT, o["line"])])
        if not cont and not has:
            err("ปค.สน. post without SKN-2P", o["line"], o["sender"])

# ---------- ledger ----------
lh, ledger = rows("ledger.csv")
if lh != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
vc = {o["id"]: o for o in msgs["volunteer-centre.jsonl"]}
end = max(o["time"] for L in msgs.values() for o in L)
if max(o["time"] for o in msgs["volunteer-centre.jsonl"]) != end:
    err("last message is not in ศอ.จอส.จว.สน.")
DPL = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
st_count = Counter()
per_order = defaultdict(list)
for r in ledger:
    st_count[r["state"]] += 1
    per_order[r["order"]].append(r)
    o = vc.get(r["order"])
    if not o:
        err("ledger order unknown", r); continue
    if o["sender"] not in ("ศอ.จอส.จว.สน. (ปุ้ม)", "จ่าเอก วิทยา ศอ.จอส.", "ปจ.สน. อนุชา"):
        err("ledger order not from the provincial centre", r)
    dl = r["deadline"]
    if r["answer"]:
        a = vc.get(r["answer"])
        if not a:
            err("ledger answer unknown", r); continue
        if a["time"] <= o["time"]:
            err("answer before order", r)
        # who: resolve with renames handled by hand for the one renamed sender
        nm = "จอส.บ้านม่วง" if a["sender"] == "จอส.บ้านม่วง (มด)" else a["sender"]
        ps = byname.get(norm(nm), [])
        if len(ps) != 1:
            err("answer sender unresolved", r, a["sender"]); continue
        p = ps[0]
        if p["district"] != r["district"] or not (p["roles"] & DPL):
            err("answer from wrong district/person", r, a["sender"])
        late = a["time"][:19] > dl[:19]
        want = "late" if late else "on-time"
        if r["state"] != want:
            err("ledger state", r, want)
    else:
        want = "missing" if dl[:19] < end[:19] else "not-due"
        if r["state"] != want:
            err("ledger state (no answer)", r, want)
    if r["state"] in ("late", "missing"):
        line = vc[r["answer"]]["line"] if r["state"] == "late" else o["line"]
        if not any(t["rule"] == "SKN-5O" and t["who"] == r["district"] and t["state"] == r["state"]
                   for t in truth_at[("volunteer-centre.jsonl", line)]):
            err("SKN-5O truth row missing", r)
n5o = sum(1 for t in truth if t["rule"] == "SKN-5O")
if n5o != st_count["late"] + st_count["missing"]:
    err("SKN-5O rows vs ledger", n5o)
print("ledger:", len(ledger), "rows over", len(per_order), "orders;", dict(st_count), "; end of log", end)

# ---------- counts ----------
rules = Counter(t["rule"] for t in truth)
print("findings:", dict(sorted(rules.items())), "total", len(truth))
print("near misses:", len(nms))
non5o = len(truth) - rules["SKN-5O"]
if non5o < 25: err("fewer than 25 planted posting/membership findings")
if rules["SKN-2P"] < 6: err("SKN-2P < 6")
if rules["OUTSIDER"] < 3: err("OUTSIDER < 3")
if len(nms) < 25: err("near misses < 25")
if len(per_order) < 9: err("fewer than 9 duty orders")
if st_count["late"] + st_count["missing"] < 10: err("fewer than 10 late/missing")
if ERR:
    print("\n".join("ERROR " + e for e in ERR))
    sys.exit(1)
print("OK")
