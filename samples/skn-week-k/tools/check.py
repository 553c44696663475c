#!/usr/bin/env python3
"""Checks the week-K files: JSON lines, ids, time order, the export's shape, the roster, every truth /
ledger / near-miss row pointing at a real line, and a few cross-checks of the hand-worked truth
(membership and SKN-2P findings, ledger states against deadlines). Run: python3 check.py"""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


JSONL = ["volunteer-centre.jsonl", "orders-dopa-office.jsonl", "orders-palad.jsonl",
         "executives-and-district-chiefs.jsonl", "administrators.jsonl"]
TXT = "agency-heads-line-export.txt"
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
ELIG = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                                 "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}

# ---------- roster
with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as f:
    rd = csv.reader(f)
    head = next(rd)
    if head != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
        err("roster header", head)
    roster = [dict(zip(head, r)) for r in rd]
ids = Counter(p["person_id"] for p in roster)
if any(v > 1 for v in ids.values()):
    err("duplicate person ids")
mails = Counter(p["email"] for p in roster if p["email"])
if any(v > 1 for v in mails.values()):
    err("an e-mail shared by two people")
for p in roster:
    for r in p["role"].split("|"):
        if r not in ROLES:
            err("bad role", p["person_id"], r)
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err("bad LINE id", p["person_id"])
    p["roles"] = set(p["role"].split("|"))
dual = [p for p in roster if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) < 2:
    err("fewer than two people with two roles")
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
for d in DISTRICTS:
    ppl = [p for p in roster if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in ppl):
            err("district", d, "lacks", need)
if set(p["district"] for p in roster if p["district"]) != set(DISTRICTS):
    err("district names differ from the 18 districts")
cnt_roles = Counter(r for p in roster for r in p["roles"])
TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(s):
    s = unicodedata.normalize("NFC", re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


by_uid = {p["line_user_id"]: p for p in roster if p["line_user_id"]}
by_name = defaultdict(list)
by_norm = defaultdict(list)
for p in roster:
    for d in p["display_names"].split("|"):
        by_name[d].append(p)
        by_norm[norm(d)].append(p)
amb_names = [n for n, v in by_name.items() if len(v) > 1]
if not amb_names:
    err("no shared display name")


def resolve(name, uid=None):
    if uid and uid in by_uid:
        return "ok", by_uid[uid]
    c = by_name.get(name) or by_norm.get(norm(name)) or []
    if len(c) == 1:
        return "ok", c[0]
    if len(c) > 1:
        return "ambiguous", None
    return "unknown", None


# ---------- messages
msgs = []  # dicts with file, line, id, group, time, sender, senderId, type, event, target, text
allids = Counter()
for fn in JSONL:
    last = None
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            try:
                o = json.loads(raw)
            except Exception as e:
                err(fn, ln, "bad JSON", e)
                continue
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(fn, ln, "missing", k)
            if not re.fullmatch(r"k\d{4}", o["id"]):
                err(fn, ln, "bad id", o["id"])
            if not re.fullmatch(r"2026-02-(09|1[0-3])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                err(fn, ln, "bad time", o["time"])
            t = datetime.fromisoformat(o["time"])
            if last and t < last:
                err(fn, ln, "time goes back")
            last = t
            allids[o["id"]] += 1
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(fn, ln, "bad event")
            if o["type"] in ("image", "file") and not o.get("attachment"):
                err(fn, ln, "media without attachment")
            o.update(file=fn, line=ln, t=t)
            msgs.append(o)
for k, v in allids.items():
    if v > 1:
        err("duplicate id", k)
idset = set(allids)
for o in msgs:
    if o.get("replyTo") and o["replyTo"] not in idset:
        err(o["file"], o["line"], "replyTo points nowhere")

# the export
with open(os.path.join(HERE, TXT), encoding="utf-8") as f:
    tl = f.read().split("\n")
if tl and tl[-1] == "":
    tl = tl[:-1]
if not tl[0].lstrip("\ufeff").startswith('[LINE] ประวัติการแชทในกลุ่ม "หน.ส่วนราชการ-นอภ.สน."') or not tl[1].startswith("บันทึกเมื่อ"):
    err("export header")
day = None
txtmsg = {}
i = 3
lastt = None
while i < len(tl):
    s = tl[i]
    ln = i + 1
    md = re.fullmatch(r"(อา|จ|อ|พ|พฤ|ศ|ส)\. (\d\d)/(\d\d)/(\d{4})", s)
    if md:
        day = datetime(int(md.group(4)) - 543, int(md.group(3)), int(md.group(2)))
        i += 1
        continue
    if s == "":
        i += 1
        continue
    mm = re.match(r"(\d\d):(\d\d)\t([^\t]*)\t?(.*)$", s)
    if not mm or day is None:
        err(TXT, ln, "unparsable line")
        i += 1
        continue
    t = day.replace(hour=int(mm.group(1)), minute=int(mm.group(2))).astimezone() if False else \
        datetime.fromisoformat(day.strftime("%Y-%m-%d") + "T%s:%s:00+07:00" % (mm.group(1), mm.group(2)))
    if lastt and t < lastt:
        err(TXT, ln, "time goes back")
    lastt = t
    sender, body = mm.group(3), mm.group(4)
    rec = dict(file=TXT, line=ln, id="", group="หน.ส่วนราชการ-นอภ.สน.", t=t, sender=sender, text=body)
    if sender == "":
        ms = re.fullmatch(r"(.+) เพิ่ม (.+) เข้ากลุ่ม", body)
        if ms:
            rec.update(type="system", event="invite", sender=ms.group(1), target=ms.group(2))
        elif body.endswith(" เข้าร่วมกลุ่ม"):
            rec.update(type="system", event="join", sender=body[:-len(" เข้าร่วมกลุ่ม")])
        elif re.fullmatch(r"(.+) ลบ (.+) ออกจากกลุ่ม", body):
            ms = re.fullmatch(r"(.+) ลบ (.+) ออกจากกลุ่ม", body)
            rec.update(type="system", event="remove", sender=ms.group(1), target=ms.group(2))
        elif body.endswith(" ออกจากกลุ่ม"):
            rec.update(type="system", event="leave", sender=body[:-len(" ออกจากกลุ่ม")])
        else:
            err(TXT, ln, "unknown system line")
    else:
        rec["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker"}.get(body, "text")
        if body.startswith('"'):
            j = i
            while not (tl[j].endswith('"') and (j > i or len(tl[j]) > len(s) - len(body) + 1)):
                j += 1
            rec["text"] = "\n".join(tl[i:j + 1])
            i = j
    txtmsg[ln] = rec
    msgs.append(rec)
    i += 1
ALLFILES = set(JSONL) | {TXT}
lines_of = defaultdict(dict)
for o in msgs:
    lines_of[o["file"]][o["line"]] = o
END = max(o["t"] for o in msgs)
last_msgs = [o for o in msgs if o["t"] == END]

# ---------- truth / near misses / ledger point at real lines
def load(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return list(csv.DictReader(f))


truth = load("truth.csv")
near = load("near-misses.csv")
ledger = load("ledger.csv")
for fn, rows in (("truth.csv", truth), ("near-misses.csv", near)):
    for r in rows:
        o = lines_of.get(r["file"], {}).get(int(r["line"]))
        if o is None:
            err(fn, "row points at no message:", r["file"], r["line"])
        elif o["id"] != r["message"]:
            err(fn, "id mismatch", r["file"], r["line"], r["message"], o["id"])
byid = {o["id"]: o for o in msgs if o["id"]}

# ---------- cross-check membership, outsiders and SKN-2P against the hand-made truth
expect = Counter()
seen = set()
for o in sorted(msgs, key=lambda o: (o["file"], o["line"])):
    g = o["group"]
    rule, ok = ELIG[g]
    people = [(o["sender"], o.get("senderId"))]
    if o.get("type") == "system" and o.get("event") == "invite":
        people = [(o["target"], None), (o["sender"], o.get("senderId"))]
    if o.get("type") == "system" and o.get("event") == "remove":
        people = [(o["sender"], o.get("senderId"))]
    for (nm, uid) in people:
        st, p = resolve(nm, uid)
        key = (g, p["person_id"] if p else nm)
        if key in seen or st == "ambiguous":
            continue
        seen.add(key)
        if st == "unknown":
            expect[("OUTSIDER", o["file"], o["line"], nm)] += 1
        elif not (p["roles"] & ok):
            expect[(rule, o["file"], o["line"], nm)] += 1
    if g == "ข้อสั่งการ ปค.สน." and o.get("type") != "system":
        st, p = resolve(o["sender"], o.get("senderId"))
        if st == "ok" and not (p["roles"] & {"provincial_admin_staff", "provincial_palad"}):
            expect[("SKN-2P", o["file"], o["line"], o["sender"])] += 1
got = Counter()
for r in truth:
    if r["rule"] in ("OUTSIDER", "SKN-2P") or re.fullmatch(r"SKN-\d", r["rule"]):
        got[(r["rule"], r["file"], int(r["line"]), r["who"])] += 1
for k in expect - got:
    err("truth lacks", k)
for k in got - expect:
    err("truth has unexpected", k)

# SKN-ALL: inviter and invitee rows at invites of roster people who are not admitted
for o in msgs:
    if o.get("event") == "invite":
        st, p = resolve(o["target"])
        rule, ok = ELIG[o["group"]]
        want = st == "ok" and not (p["roles"] & ok)
        rows = [r for r in truth if r["rule"] == "SKN-ALL" and r["file"] == o["file"] and int(r["line"]) == o["line"]]
        if want and sorted(r["who"] for r in rows) != sorted([o["target"], o["sender"]]):
            err("SKN-ALL rows wrong at", o["file"], o["line"])
        if not want and rows:
            err("SKN-ALL rows for an eligible/unknown invitee at", o["file"], o["line"])

# ---------- ledger
DL = {}
for r in ledger:
    o = byid.get(r["order"])
    if o is None or o["file"] != "volunteer-centre.jsonl":
        err("ledger order not in ศอ.จอส.", r["order"])
        continue
    st, p = resolve(o["sender"], o.get("senderId"))
    if not p or not (p["roles"] & {"provincial_palad"} or ("volunteer_center_staff" in p["roles"] and not p["district"])):
        err("ledger order not from the provincial centre", r["order"])
    dl = datetime.fromisoformat(r["deadline"])
    DL[r["order"]] = dl
    if r["district"] not in DISTRICTS:
        err("ledger district", r["district"])
    if r["answer"]:
        a = byid.get(r["answer"])
        if a is None or a["file"] != "volunteer-centre.jsonl":
            err("ledger answer missing", r["answer"])
            continue
        st2, pa = resolve(a["sender"], a.get("senderId"))
        if not pa or pa["district"] != r["district"]:
            err("answer not from the district", r["order"], r["district"], r["answer"])
        if a["t"] <= o["t"]:
            err("answer before order", r["order"], r["district"])
        want = "on-time" if a["t"] <= dl else "late"
        if r["state"] != want:
            err("ledger state", r["order"], r["district"], r["state"], "expected", want)
    else:
        want = "missing" if dl < END else "not-due"
        if r["state"] != want:
            err("ledger state", r["order"], r["district"], r["state"], "expected", want)
lm = [(r["order"], r["district"], r["state"]) for r in ledger if r["state"] in ("late", "missing")]
t5 = [(r["message"] if r["state"] == "missing" else None, r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O"]
if len(lm) != len(t5):
    err("SKN-5O rows", len(t5), "vs ledger late/missing", len(lm))
for r in truth:
    if r["rule"] == "SKN-5O":
        led = [x for x in ledger if x["district"] == r["who"] and x["state"] == r["state"] and
               (x["order"] == r["message"] if r["state"] == "missing" else x["answer"] == r["message"])]
        if len(led) != 1:
            err("SKN-5O row without its ledger row", r["line"], r["who"])

# ---------- counts
per_file = Counter(o["file"] for o in msgs)
jsonl_total = sum(per_file[f] for f in JSONL)
rules = Counter(r["rule"] for r in truth)
states = Counter(r["state"] for r in ledger)
viol = sum(v for k, v in rules.items() if k != "SKN-5O")
forms = Counter(byid[r["message"]]["type"] for r in truth if r["rule"] == "SKN-2P")
orders = sorted(set(r["order"] for r in ledger))
checks = [
    ("JSONL messages about 700 (>= 650)", jsonl_total >= 650),
    ("ศอ.จอส. about 40% of JSONL", 0.35 <= per_file["volunteer-centre.jsonl"] / jsonl_total <= 0.47),
    ("at least 8 duty orders", len(orders) >= 8),
    ("at least 10 late or missing", states["late"] + states["missing"] >= 10),
    ("at least 25 posting/membership findings", viol >= 25),
    ("at least 6 SKN-2P", rules["SKN-2P"] >= 6),
    ("at least 3 OUTSIDER", rules["OUTSIDER"] >= 3),
    ("at least 25 near misses", len(near) >= 25),
    ("last message of the log is in ศอ.จอส.", all(o["file"] == "volunteer-centre.jsonl" for o in last_msgs)),
]
for name, ok in checks:
    if not ok:
        err("count check failed:", name)

print("messages per file:", dict(per_file), "JSONL total", jsonl_total, "all", sum(per_file.values()))
print("end of log:", END.isoformat())
print("findings per rule:", dict(sorted(rules.items())), "posting/membership:", viol)
print("SKN-2P forms:", dict(forms))
print("duty orders:", len(orders), "ledger states:", dict(states))
print("near misses:", len(near))
print("roles:", dict(cnt_roles), "people:", len(roster), "shared names:", amb_names)
if ERR:
    print("\n".join("ERROR " + e for e in ERR))
    sys.exit(1)
print("OK")
