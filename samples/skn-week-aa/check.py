"""Checks the week's files on their own (reads only the files in this folder)."""
import csv, json, re, sys, unicodedata, os, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
FILES = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
         "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "heads-districts.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "administrators.jsonl": "นักปกครองสกลนคร"}
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief", "deputy_district_chief",
         "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
ADMIT = {"ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
         "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
         "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
         "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
         "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
         "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"})}
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ---- roster
with open(HERE + "roster.csv", encoding="utf-8") as f:
    head = f.readline().strip()
    if head != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
        err("roster header", head)
with open(HERE + "roster.csv", encoding="utf-8") as f:
    roster = list(csv.DictReader(f))
ids = Counter(p["person_id"] for p in roster)
if any(v > 1 for v in ids.values()):
    err("duplicate person ids")
for col in ("line_user_id", "email"):
    c = Counter(p[col] for p in roster if p[col])
    for k, v in c.items():
        if v > 1:
            err("shared", col, k)
for p in roster:
    for r in p["role"].split("|"):
        if r not in ROLES:
            err("bad role", p["person_id"], r)
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad line id", p["person_id"])
    if p["district"] and p["district"] not in DISTRICTS:
        err("bad district", p["person_id"], p["district"])
two_roles = [p for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(two_roles) < 2:
    err("fewer than two people with two roles")
for d in DISTRICTS:
    rs = [r for p in roster if p["district"] == d for r in p["role"].split("|")]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if need not in rs:
            err("district", d, "lacks", need)
names = Counter(n for p in roster for n in p["display_names"].split("|"))
if not any(v > 1 for v in names.values()):
    err("no shared display name")
roles_of = {p["person_id"]: set(p["role"].split("|")) for p in roster}
prov_counts = Counter(r for p in roster if not p["district"] for r in p["role"].split("|"))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b-\u200d\ufeff]", "", s)
    s = re.sub(r"^(นางสาว|นาย|นาง|ว่าที่ร\.ต\.)\s*", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


by_id = {}
for p in roster:
    for k in ("line_user_id", "email"):
        if p[k]:
            by_id[p[k]] = p["person_id"]
by_name = defaultdict(set)
by_norm = defaultdict(set)
for p in roster:
    for n in p["display_names"].split("|"):
        by_name[n].add(p["person_id"])
        by_norm[norm(n)].add(p["person_id"])


def match(name, sid=None, renames=None):
    if sid and sid in by_id:
        return by_id[sid]
    if renames and name in renames:
        return renames[name]
    for table, key in ((by_name, name), (by_norm, norm(name))):
        if key in table:
            s = table[key]
            return next(iter(s)) if len(s) == 1 else "AMBIGUOUS"
    return None


# ---- messages
msgs = {}
allids = Counter()
TIME = re.compile(r"2026-05-1[1-5]T\d\d:\d\d:\d\d\+07:00$")
for fn, gname in FILES.items():
    rows = []
    with open(HERE + fn, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err(fn, ln, "bad json", e)
                continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(fn, ln, "missing", k)
            if o["group"] != gname:
                err(fn, ln, "group name", o["group"])
            if not re.fullmatch(r"aa\d{4}", o["id"]):
                err(fn, ln, "id format")
            if not TIME.match(o["time"]):
                err(fn, ln, "time format", o["time"])
            if o["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
                err(fn, ln, "type")
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(fn, ln, "system event")
            if o["type"] == "file" and not o.get("attachment"):
                err(fn, ln, "file without attachment")
            allids[o["id"]] += 1
            o["_line"] = ln
            rows.append(o)
    for a, b in zip(rows, rows[1:]):
        if dt.datetime.fromisoformat(b["time"]) < dt.datetime.fromisoformat(a["time"]):
            err(fn, b["_line"], "time goes backwards")
    msgs[fn] = rows
for k, v in allids.items():
    if v > 1:
        err("duplicate id", k)
idx = {o["id"]: (fn, o) for fn, rows in msgs.items() for o in rows}
for fn, rows in msgs.items():
    for o in rows:
        if "replyTo" in o and o["replyTo"] not in idx:
            err(fn, o["_line"], "reply to unknown id")
log_end = max(dt.datetime.fromisoformat(o["time"]) for rows in msgs.values() for o in rows)

# ---- truth files point at real lines
def load(fn):
    with open(HERE + fn, encoding="utf-8") as f:
        return list(csv.DictReader(f))


truth = load("truth.csv")
nms = load("near-misses.csv")
ledger = load("ledger.csv")
for r in truth + nms:
    fn, ln = r["file"], int(r["line"])
    if fn not in msgs or not (1 <= ln <= len(msgs[fn])):
        err("row points nowhere", r)
        continue
    if msgs[fn][ln - 1]["id"] != r["message"]:
        err("row id/line mismatch", r)
for r in truth:
    if r["rule"] not in RULES:
        err("bad rule", r)
    if r["rule"] == "SKN-5O":
        if r["state"] not in ("late", "missing") or r["who"] not in DISTRICTS:
            err("bad SKN-5O row", r)
    elif r["state"]:
        err("state on non-5O row", r)

both = {(r["file"], r["line"]) for r in truth} & {(r["file"], r["line"]) for r in nms}
for x in sorted(both):
    err("line is both a finding and a near miss:", x)

# ---- recompute membership, SKN-ALL, OUTSIDER and SKN-2P independently of the hand tags
calc = set()
for fn, rows in msgs.items():
    rule, admitted = ADMIT[FILES[fn]]
    seen = set()
    renames = {}

    def appear(name, pid, line, mid, inviter=None):
        key = pid or ("?" + name)
        if key in seen:
            return
        seen.add(key)
        if pid == "AMBIGUOUS":
            return
        if pid is None:
            calc.add(("OUTSIDER", fn, line, name))
        elif not (roles_of[pid] & admitted):
            calc.add((rule, fn, line, name))
            if inviter:
                calc.add(("SKN-ALL", fn, line, name))
                calc.add(("SKN-ALL", fn, line, inviter))

    last = {}
    for o in rows:
        pid = match(o["sender"], o.get("senderId"), renames)
        if o["type"] == "system":
            ev = o["event"]
            if ev == "rename":
                renames[o["target"]] = pid
                continue
            if ev in ("join",):
                appear(o["sender"], pid, o["_line"], o["id"])
                continue
            appear(o["sender"], pid, o["_line"], o["id"])
            if ev == "invite":
                tp = match(o["target"], None, renames)
                appear(o["target"], tp, o["_line"], o["id"], inviter=o["sender"])
            continue
        appear(o["sender"], pid, o["_line"], o["id"])
        if fn == "dopa-orders.jsonl" and pid not in (None, "AMBIGUOUS") and not (roles_of[pid] & {"provincial_admin_staff", "provincial_palad"}):
            t = dt.datetime.fromisoformat(o["time"])
            prev = last.get(o["sender"])
            same_post = prev and o["type"] in ("image", "file", "video") and (t - prev).total_seconds() <= 180
            if not same_post:
                calc.add(("SKN-2P", fn, o["_line"], o["sender"]))
            last[o["sender"]] = t
hand = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
        if r["rule"] in {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "OUTSIDER", "SKN-2P"}}
for x in sorted(calc - hand):
    err("computed but not in truth.csv:", x)
for x in sorted(hand - calc):
    err("in truth.csv but not computed:", x)

# ---- ledger
vol = {o["id"]: o for o in msgs["volunteer-centre.jsonl"]}
dist_of = {p["person_id"]: p["district"] for p in roster}
for r in ledger:
    if r["order"] not in vol:
        err("ledger order not in ศอ.จอส.จว.สน.", r)
    if r["district"] not in DISTRICTS or r["state"] not in ("on-time", "late", "missing", "not-due"):
        err("ledger row", r)
    dl = dt.datetime.fromisoformat(r["deadline"])
    if r["answer"]:
        a = vol.get(r["answer"])
        if not a:
            err("answer not in group", r)
            continue
        pid = match(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or dist_of[pid] != r["district"]:
            err("answer not from the district", r)
        at = dt.datetime.fromisoformat(a["time"])
        if at <= dt.datetime.fromisoformat(vol[r["order"]]["time"]):
            err("answer before order", r)
        want = "on-time" if at <= dl else "late"
        if want != r["state"]:
            err("ledger state", r, want)
    else:
        want = "missing" if dl < log_end else "not-due"
        if want != r["state"]:
            err("ledger state", r, want)
five = Counter((r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O")
lat = {(r["district"], r["state"], r["answer"] or r["order"]) for r in ledger if r["state"] in ("late", "missing")}
tr = {(r["who"], r["state"], r["message"]) for r in truth if r["rule"] == "SKN-5O"}
if lat != tr:
    err("SKN-5O rows and ledger disagree", lat ^ tr)

# ---- counts
counts = {fn: len(rows) for fn, rows in msgs.items()}
total = sum(counts.values())
orders = Counter(r["order"] for r in ledger)
rc = Counter(r["rule"] for r in truth)
st = Counter(r["state"] for r in ledger)
print("messages", total, counts, "share of ศอ.จอส.จว.สน. %.0f%%" % (100 * counts["volunteer-centre.jsonl"] / total))
print("findings", dict(rc), "non-5O", sum(v for k, v in rc.items() if k != "SKN-5O"))
print("orders with duties", len(orders), "subset orders", sum(1 for v in orders.values() if v < 18), "duty states", dict(st))
print("near misses", len(nms), "roster", len(roster), "two-role", len(two_roles))
checks = [(total >= 650, "about 700 messages"), (len(orders) >= 9, ">=9 report orders"),
          (sum(1 for v in orders.values() if v < 18) >= 2, ">=2 subset orders"),
          (st["late"] + st["missing"] >= 10, ">=10 late/missing"),
          (sum(v for k, v in rc.items() if k != "SKN-5O") >= 25, ">=25 planted findings"),
          (rc["SKN-2P"] >= 6, ">=6 SKN-2P"), (rc["OUTSIDER"] >= 3, ">=3 OUTSIDER"), (len(nms) >= 25, ">=25 near misses"),
          (2 <= prov_counts["vice_governor"] <= 3, "2-3 vice governors"),
          (2 <= prov_counts["provincial_admin_staff"] <= 3, "2-3 office accounts"),
          (1 <= prov_counts["volunteer_center_staff"] <= 2, "1-2 province volunteer officers"),
          (10 <= prov_counts["agency_head"] <= 12, "10-12 agency heads")]
for ok, what in checks:
    if not ok:
        err("count:", what)
if errors:
    print("\n".join(errors))
    print(len(errors), "problems")
    sys.exit(1)
print("all checks passed")
