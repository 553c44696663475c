# Checks the week's files: JSON lines, ids, time order, roster, truth/ledger/near-miss rows, counts.
import csv, collections, json, os, re, sys
from datetime import datetime

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = ["volunteer-centre.jsonl", "pk-orders.jsonl", "pj-orders.jsonl", "executives.jsonl", "heads.jsonl"]
EXPORT = "administrators-line-export.txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


# ---- roster
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as fh:
    head = fh.readline().strip()
    if head != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
        err("roster header", head)
with open(os.path.join(D, "roster.csv"), encoding="utf-8") as fh:
    roster = list(csv.DictReader(fh))
names = collections.defaultdict(list)
for r in roster:
    for role in r["role"].split("|"):
        if role not in ROLES:
            err("bad role", r["person_id"], role)
    if r["district"] and r["district"] not in DISTRICTS:
        err("bad district", r["person_id"], r["district"])
    if r["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
        err("bad line id", r["person_id"])
    for n in r["display_names"].split("|"):
        names[n].append(r)
ids = [r["person_id"] for r in roster]
if len(ids) != len(set(ids)):
    err("duplicate person ids")
dual = [r for r in roster if "|" in r["role"]]
if len(dual) < 2:
    err("fewer than two people with two roles")
if not any(len(v) > 1 for v in names.values()):
    err("no shared display name")
for d in DISTRICTS:
    roles = collections.Counter(x for r in roster if r["district"] == d for x in r["role"].split("|"))
    for need in ["district_chief", "coordinating_deputy", "volunteer_center_staff"]:
        if roles[need] < 1:
            err("district lacks", d, need)
prov = collections.Counter(r["role"] for r in roster if not r["district"])
print("roster:", len(roster), "people;", dict(prov))

# ---- JSONL files
msgs = {}
byfile = {}
allids = set()
for f in JSONL:
    rows = []
    prev = None
    for i, line in enumerate(open(os.path.join(D, f), encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err(f, i, "bad json", e)
            continue
        for k in ["id", "group", "time", "sender", "type"]:
            if k not in o:
                err(f, i, "missing", k)
        if not re.fullmatch(r"h\d{4}", o["id"]):
            err(f, i, "bad id", o["id"])
        if o["id"] in allids:
            err(f, i, "duplicate id", o["id"])
        allids.add(o["id"])
        if not re.fullmatch(r"2026-05-(18|19|20|21|22)T\d\d:\d\d:\d\d\+07:00", o["time"]):
            err(f, i, "bad time", o["time"])
        t = datetime.fromisoformat(o["time"])
        if prev and t < prev:
            err(f, i, "time goes back")
        prev = t
        if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
            err(f, i, "bad event")
        if o.get("event") in ("invite", "remove") and not o.get("target"):
            err(f, i, "invite/remove without target")
        if o["type"] in ("image", "file") and not o.get("attachment"):
            err(f, i, "media without attachment")
        o["_line"] = i
        o["_file"] = f
        rows.append(o)
        msgs[o["id"]] = o
    byfile[f] = rows
    if len({o["group"] for o in rows}) != 1:
        err(f, "more than one group")
for o in msgs.values():
    if "replyTo" in o and (o["replyTo"] not in msgs or msgs[o["replyTo"]]["_file"] != o["_file"]):
        err(o["id"], "replyTo points nowhere")
last = max(datetime.fromisoformat(o["time"]) for o in msgs.values())

# ---- export
ex = open(os.path.join(D, EXPORT), encoding="utf-8").read().split("\n")
if not ex[0].startswith("[LINE] ") or not ex[1].startswith("บันทึกเมื่อ"):
    err("export header")
exmsg = {}
cur = None
for i, l in enumerate(ex, 1):
    if re.fullmatch(r"(อา|จ|อ|พ|พฤ|ศ|ส)\. \d\d/05/2569", l):
        cur = l
    elif re.match(r"\d\d:\d\d\t", l):
        parts = l.split("\t")
        exmsg[i] = parts
n_export = len(exmsg)

# ---- truth
tr = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
for r in tr:
    if r["file"] == EXPORT:
        if int(r["line"]) not in exmsg:
            err("truth row points at no export message line", r)
        elif r["message"]:
            err("export truth row with a message id", r)
    else:
        rows = byfile.get(r["file"])
        if not rows or not (1 <= int(r["line"]) <= len(rows)):
            err("truth row line out of range", r)
            continue
        o = rows[int(r["line"]) - 1]
        if o["id"] != r["message"]:
            err("truth row line/id mismatch", r["line"], r["message"], o["id"])
        if r["rule"] == "SKN-5O":
            if r["file"] != "volunteer-centre.jsonl" or r["state"] not in ("late", "missing"):
                err("bad SKN-5O row", r)
            if r["who"] not in DISTRICTS:
                err("SKN-5O who is not a district", r)
        elif r["rule"] not in ("OUTSIDER",):
            if r["state"]:
                err("state on non-obligation row", r)
            if r["who"] not in names and r["rule"] != "OUTSIDER":
                err("who is not a roster display name", r)
        if r["rule"] not in ("SKN-5O",) and r["who"] not in (o["sender"], o.get("target")):
            err("who is neither sender nor target", r)
    if r["rule"] == "OUTSIDER" and r["who"] in names:
        err("outsider on the roster", r)

# ---- near misses
nm = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
tkeys = {(r["file"], r["line"]) for r in tr if r["rule"] != "SKN-5O"}
for r in nm:
    if r["file"] == EXPORT:
        if int(r["line"]) not in exmsg:
            err("near miss points at no export message", r)
    else:
        rows = byfile[r["file"]]
        o = rows[int(r["line"]) - 1]
        if o["id"] != r["message"]:
            err("near miss line/id mismatch", r)
    if (r["file"], r["line"]) in tkeys:
        err("near miss is also a finding", r)

# ---- ledger
led = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
for r in led:
    order = msgs.get(r["order"])
    if not order or order["_file"] != "volunteer-centre.jsonl":
        err("ledger order not in volunteer centre", r)
        continue
    dl = datetime.fromisoformat(r["deadline"])
    if r["answer"]:
        a = msgs[r["answer"]]
        if a["_file"] != "volunteer-centre.jsonl" or a["time"] <= order["time"]:
            err("ledger answer bad", r)
        on = datetime.fromisoformat(a["time"]) <= dl
        if r["state"] != ("on-time" if on else "late"):
            err("ledger state does not fit answer time", r)
        p = names.get(a["sender"])
        if p and len(p) == 1 and p[0]["district"] != r["district"]:
            err("answer sender not of the district", r, a["sender"])
    else:
        if r["state"] != ("missing" if dl < last else "not-due"):
            err("ledger state does not fit (no answer)", r)
late_missing = {(r["order"], r["district"], r["state"]) for r in led if r["state"] in ("late", "missing")}
t5 = set()
for r in tr:
    if r["rule"] == "SKN-5O":
        if r["state"] == "missing":
            t5.add((r["message"], r["who"], "missing"))
        else:
            order = [x for x in led if x["answer"] == r["message"] and x["district"] == r["who"] and x["state"] == "late"]
            if len(order) < 1:
                err("late row without ledger entry", r)
            for x in order:
                t5.add((x["order"], r["who"], "late"))
if t5 != late_missing:
    err("SKN-5O rows and ledger disagree", t5 ^ late_missing)

# ---- counts
print("messages per file:")
total = 0
for f in JSONL:
    print("  %-26s %-30s %4d" % (f, byfile[f][0]["group"], len(byfile[f])))
    total += len(byfile[f])
print("  %-26s %-30s %4d (message and system lines)" % (EXPORT, "นักปกครองสกลนคร", n_export))
total += n_export
print("  total", total, "; ศอ.จอส.จว.สน. share %.0f%%" % (100.0 * len(byfile["volunteer-centre.jsonl"]) / total))
c = collections.Counter(r["rule"] for r in tr)
print("findings:", len(tr), dict(sorted(c.items())))
print("  SKN-5O:", dict(collections.Counter(r["state"] for r in tr if r["rule"] == "SKN-5O")))
print("  posting/membership (not SKN-5O):", sum(v for k, v in c.items() if k != "SKN-5O"))
print("near misses:", len(nm))
print("duties:", len(led), dict(collections.Counter(r["state"] for r in led)))
print("orders with duties:", len({r["order"] for r in led}))
print("last message:", last.isoformat())
if sum(v for k, v in c.items() if k != "SKN-5O") < 25:
    err("fewer than 25 planted posting/membership findings")
if c["SKN-2P"] < 6:
    err("fewer than 6 SKN-2P")
if c["OUTSIDER"] < 3:
    err("fewer than 3 OUTSIDER")
if len(nm) < 25:
    err("fewer than 25 near misses")
if sum(1 for r in led if r["state"] in ("late", "missing")) < 10:
    err("fewer than 10 late/missing")
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nall checks passed")
