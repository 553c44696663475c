#!/usr/bin/env python3
"""Checks the week's files: formats, ids, order, truth/near-miss pointers, ledger, roster and the counts
the brief asks for, and recomputes the membership findings from the roster as a cross-check."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
JSONL = ["volunteer-centre.jsonl", "pk-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "administrators.jsonl"]
EXPORT = "[LINE]หน.ส่วนราชการ-นอภ.สน..txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
ADMIT = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


# ---------- roster ----------
with open("roster.csv", encoding="utf-8") as fh:
    head = fh.readline().strip()
    if head != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
        err("roster header", head)
    fh.seek(0)
    roster = list(csv.DictReader(fh))
ids = Counter(r["person_id"] for r in roster)
emails = Counter(r["email"] for r in roster if r["email"])
for k, v in list(ids.items()) + list(emails.items()):
    if v > 1:
        err("duplicate in roster", k)
BYNAME = defaultdict(list)
BYUID = {}
dual = 0
for r in roster:
    roles = r["role"].split("|")
    if not set(roles) <= ROLES:
        err("bad role", r)
    dual += len(roles) > 1
    if r["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
        err("bad line id", r["line_user_id"])
    if r["line_user_id"]:
        BYUID[r["line_user_id"]] = r
    for d in r["display_names"].split("|"):
        BYNAME[d].append(r)


def norm(s):
    s = unicodedata.normalize("NFC", re.sub(r"[\u200b-\u200f\u2066-\u2069\ufeff]", "", s))
    s = re.sub(r"^(นาย|นางสาว|นาง|ว่าที่ร\.ต\.)\s*", "", s.strip())
    return re.sub(r"\s+", " ", s)


NORM = defaultdict(list)
for k, v in BYNAME.items():
    NORM[norm(k)] += v


def who(name, uid=None):
    """roster person, 'AMBIG' or None (outsider)"""
    if uid and uid in BYUID:
        return BYUID[uid]
    c = BYNAME.get(name) or NORM.get(norm(name)) or []
    c = list({r["person_id"]: r for r in c}.values())
    return c[0] if len(c) == 1 else ("AMBIG" if c else None)


ambig = [k for k, v in BYNAME.items() if len(v) > 1]
if not ambig:
    err("no ambiguous display name")
if dual < 2:
    err("fewer than two people with two roles")

# ---------- JSONL ----------
msgs = {}
allids = set()
for f in JSONL:
    rows = []
    prev = None
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(f, n, "bad json", e)
            continue
        for k in ("id", "group", "time", "sender", "type"):
            if k not in m:
                err(f, n, "missing", k)
        if not re.fullmatch(r"z\d{4}", m["id"]) or m["id"] in allids:
            err(f, n, "bad or duplicate id", m["id"])
        allids.add(m["id"])
        t = datetime.fromisoformat(m["time"])
        if not m["time"].endswith("+07:00"):
            err(f, n, "time zone")
        if prev and t < prev:
            err(f, n, "time order")
        prev = t
        if m["type"] == "system" and m.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
            err(f, n, "bad event")
        if m["type"] == "file" and not m.get("attachment"):
            err(f, n, "file without attachment")
        m["_line"], m["_t"] = n, t
        rows.append(m)
    msgs[f] = rows
for f, rows in msgs.items():
    if len({m["group"] for m in rows}) != 1:
        err(f, "more than one group")
    for m in rows:
        if m.get("replyTo") and m["replyTo"] not in allids:
            err(f, m["_line"], "replyTo unknown")
BYID = {m["id"]: m for rows in msgs.values() for m in rows}
log_end = max(m["_t"] for m in BYID.values())

# ---------- export (PC Save chat, Thai UI) ----------
xl = open(EXPORT, encoding="utf-8").read().split("\n")
if xl[-1] == "":
    xl.pop()
names = sorted(set(BYNAME) | {"คุณแอน ประกันชีวิต", "นาย ทวีศักดิ์ ศธจ.สน."}, key=len, reverse=True)
xmsgs = []
day = None
DATE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2}) (วัน\S+)$")
for n, line in enumerate(xl, 1):
    if DATE.match(line):
        day = DATE.match(line).groups()
        continue
    mt = re.match(r"^(\d{2}):(\d{2}) (.*)$", line)
    if not mt:
        if not xmsgs:
            err(EXPORT, n, "text before the first message")
        xmsgs[-1]["text"] += "\n" + line
        continue
    rest = mt.group(3)
    s = next((nm for nm in names if rest.startswith(nm + " ")), None)
    if s is None:
        err(EXPORT, n, "unknown sender prefix", rest[:30])
        continue
    xmsgs.append(dict(_line=n, sender=s, text=rest[len(s) + 1:], day=day, hm=mt.group(1) + ":" + mt.group(2)))
for m in xmsgs:
    txt = m["text"]
    m["event"] = m["target"] = None
    if txt.startswith(m["sender"] + " "):
        tail = txt[len(m["sender"]) + 1:]
        g = re.fullmatch(r"เพิ่ม (.+) เข้ากลุ่ม", tail)
        if g:
            m["event"], m["target"] = "invite", g.group(1)
        elif tail == "เข้าร่วมกลุ่ม":
            m["event"] = "join"
        elif tail == "ออกจากกลุ่ม":
            m["event"] = "leave"
        elif re.fullmatch(r"ลบ (.+) ออกจากกลุ่ม", tail):
            m["event"], m["target"] = "remove", re.fullmatch(r"ลบ (.+) ออกจากกลุ่ม", tail).group(1)

# ---------- truth, near misses, ledger ----------
def rows(fn, header):
    with open(fn, encoding="utf-8") as fh:
        h = fh.readline().strip()
        if h != header:
            err(fn, "header", h)
        fh.seek(0)
        return list(csv.DictReader(fh))


truth = rows("truth.csv", "rule,file,line,message,who,state,note")
near = rows("near-misses.csv", "file,line,message,why")
ledger = rows("ledger.csv", "order,district,state,answer,deadline,note")


def point(r, what):
    f, n = r["file"], int(r["line"])
    if f == EXPORT:
        if not 1 <= n <= len(xl) or DATE.match(xl[n - 1]) or r["message"]:
            err(what, "bad export pointer", r)
        return
    if f not in msgs or not 1 <= n <= len(msgs[f]):
        err(what, "bad line", r)
        return
    if msgs[f][n - 1]["id"] != r["message"]:
        err(what, "line/id mismatch", r)


for r in truth:
    point(r, "truth")
    if not re.fullmatch(r"SKN-(1|2|3|4|5|6|2P|4P|5P|6P|5O|ALL)|OUTSIDER", r["rule"]):
        err("truth rule", r)
    if (r["rule"] == "SKN-5O") != (r["state"] in ("late", "missing")):
        err("truth state", r)
for r in near:
    point(r, "near")
tkeys = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth}
if len(tkeys) != len(truth):
    err("duplicate truth rows")
nkeys = {(r["file"], int(r["line"])) for r in near}
for r in truth:
    if (r["file"], int(r["line"])) in nkeys and r["rule"] != "SKN-5O":
        err("a line is both a finding and a near miss", r)

VC = "volunteer-centre.jsonl"
states = Counter()
orders = defaultdict(list)
for r in ledger:
    states[r["state"]] += 1
    orders[r["order"]].append(r)
    o = BYID.get(r["order"])
    if not o or o["group"] != "ศอ.จอส.จว.สน.":
        err("ledger order", r)
        continue
    dl = datetime.fromisoformat(r["deadline"])
    if r["state"] in ("on-time", "late"):
        a = BYID.get(r["answer"])
        if not a or a["group"] != "ศอ.จอส.จว.สน." or a["_t"] < o["_t"]:
            err("ledger answer", r)
            continue
        p = who(a["sender"], a.get("senderId"))
        if p in (None, "AMBIG") or p["district"] != r["district"]:
            err("answer not by the district's people", r)
        if (a["_t"] <= dl) != (r["state"] == "on-time"):
            err("ledger state vs deadline", r)
        if r["state"] == "late" and ("SKN-5O", VC, a["_line"], r["district"]) not in tkeys:
            err("late without truth row", r)
    elif r["state"] == "missing":
        if r["answer"] or dl >= log_end or ("SKN-5O", VC, o["_line"], r["district"]) not in tkeys:
            err("missing row", r)
    elif r["state"] == "not-due":
        if r["answer"] or dl <= log_end:
            err("not-due row", r)
    else:
        err("ledger state", r)
n5o = sum(1 for r in truth if r["rule"] == "SKN-5O")
if n5o != states["late"] + states["missing"]:
    err("SKN-5O rows vs ledger", n5o, states)

# ---------- membership cross-check (recomputed from the roster) ----------
expect = set()
for f, rs in list(msgs.items()) + [(EXPORT, xmsgs)]:
    group = rs[0]["group"] if f != EXPORT else "หน.ส่วนราชการ-นอภ.สน."
    rule, allowed = ADMIT[group]
    seen = set()
    for m in rs:
        evs = []
        if m.get("event") == "invite":
            evs = [(m["target"], None, m["sender"])]
        elif m.get("event") == "remove":
            evs = [(m["sender"], m.get("senderId"), None)]
        else:
            evs = [(m["sender"], m.get("senderId"), None)]
        for name, uid, inviter in evs:
            p = who(name, uid)
            key = p["person_id"] if isinstance(p, dict) else name
            if key in seen or p == "AMBIG":
                continue
            seen.add(key)
            if p is None:
                expect.add(("OUTSIDER", f, m["_line"], name))
            elif not set(p["role"].split("|")) & allowed:
                expect.add((rule, f, m["_line"], name))
                if inviter:
                    expect.add(("SKN-ALL", f, m["_line"], name))
                    expect.add(("SKN-ALL", f, m["_line"], inviter))
got = {k for k in tkeys if k[0] in ("SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "OUTSIDER", "SKN-ALL")}
for k in sorted(expect - got):
    err("membership finding not in truth", k)
for k in sorted(got - expect):
    err("membership truth row not recomputed", k)

# SKN-2P: every post by someone other than the office in ข้อสั่งการ ปค.สน. (a post = text plus the photos/files right after it)
PK = "pk-orders.jsonl"
flag = set()
last = None
for m in msgs[PK]:
    if m["type"] == "system":
        last = None
        continue
    p = who(m["sender"], m.get("senderId"))
    office = isinstance(p, dict) and set(p["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}
    cont = last and last["sender"] == m["sender"] and m["type"] in ("image", "file") and (m["_t"] - last["_t"]).seconds < 180
    if not office and p not in (None, "AMBIG") and not cont:
        flag.add(m["_line"])
    last = m
got2p = {k[2] for k in tkeys if k[0] == "SKN-2P"}
if flag != got2p:
    err("SKN-2P rows differ from the posts", sorted(flag ^ got2p))

# ---------- counts ----------
per = {f: len(v) for f, v in msgs.items()}
per[EXPORT] = len(xmsgs)
total = sum(per.values())
rules = Counter(r["rule"] for r in truth)
posting = sum(v for k, v in rules.items() if k != "SKN-5O")
lo = states["late"] + states["missing"]
n_orders = len(orders)
restricted = sum(1 for o, rs in orders.items() if len(rs) < 18)
reminders = sum(1 for r in near if r["file"] == VC and "reminder" in r["why"])
info = sum(1 for r in near if r["file"] == VC and "information-only" in r["why"])
checks = [("about 700 messages", 650 <= total <= 800), ("volunteer group near 40%", 0.35 <= per[VC] / total <= 0.5),
          ("8+ orders with duties", n_orders >= 8), ("2+ orders to some districts only", restricted >= 2),
          ("2+ information-only orders", info >= 2), ("3+ reminders", reminders >= 3),
          ("10+ late or missing", lo >= 10), ("25+ posting/membership findings", posting >= 25),
          ("6+ SKN-2P", rules["SKN-2P"] >= 6), ("3+ OUTSIDER", rules["OUTSIDER"] >= 3), ("25+ near misses", len(near) >= 25),
          ("every rule planted", all(rules[k] for k in ("SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P", "SKN-ALL", "OUTSIDER")))]
for name, ok in checks:
    if not ok:
        err("count:", name)

print("messages per file:", per, "total", total)
print("findings per rule:", dict(sorted(rules.items())))
print("near misses:", len(near), " ledger:", dict(states), " orders with duties:", n_orders, " log end:", log_end)
if ERR:
    print("\n".join(ERR))
    print(len(ERR), "problem(s)")
    sys.exit(1)
print("all checks passed")
