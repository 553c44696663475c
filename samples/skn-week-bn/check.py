"""Checks week BN: formats (five JSONL chats and one LINE for PC "Save chat" file with a Thai UI), ids, order,
truth and near-miss rows against real lines, the roster, the ledger of SKN-5O duties, and the membership,
SKN-ALL, OUTSIDER, SKN-CAP and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's
member lists. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

DIR = os.path.dirname(os.path.abspath(__file__))
ID_PREFIX = "bn"
TIME_PATTERN = r"2026-(09-(28|29|30)|10-0[12])T\d\d:\d\d:\d\d\+07:00"
FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl"]
EXPORT = "[LINE]ศอ.จอส.จว.สน..txt"
EXPORT_GROUP = "ศอ.จอส.จว.สน."
# display names seen in the export that are not on the roster (outsiders); the parser needs every sender name
EXPORT_OUTSIDERS = ["เจ๊หน่อย ประกันรถ พรบ. 🚗"]
BOUNDS = {"roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18), "total": (650, 720),
          "near": (80, 100), "orders_late_missing": (6, 8)}
KZ = datetime.timezone(datetime.timedelta(hours=7))

problems = []


def bad(msg):
    problems.append(msg)


ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]
GROUPS = {  # group -> (membership rule, admitted roles)
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                               "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
DISTRICT_PEOPLE = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร.", "นพ."]


def norm(name):
    s = re.sub("[\u2066-\u2069\u200b-\u200f\ufeff]", "", name)
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


# ---------------------------------------------------------------- roster
with open(os.path.join(DIR, "roster.csv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
if header != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
    bad("roster header: " + header)
roster = list(csv.DictReader(open(os.path.join(DIR, "roster.csv"), encoding="utf-8")))
for k, v in Counter(r["person_id"] for r in roster).items():
    if v > 1:
        bad("duplicate person_id " + k)
by_line, by_name = {}, defaultdict(set)
for r in roster:
    r["roles"] = r["role"].split("|")
    for ro in r["roles"]:
        if ro not in ROLES:
            bad(f"roster {r['person_id']}: unknown role {ro}")
    if r["district"] and r["district"] not in DISTRICTS:
        bad(f"roster {r['person_id']}: unknown district {r['district']}")
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
            bad(f"roster {r['person_id']}: bad LINE id")
        if r["line_user_id"] in by_line:
            bad(f"roster {r['person_id']}: LINE id shared")
        by_line[r["line_user_id"]] = r
    for n in r["display_names"].split("|"):
        by_name[norm(n)].add(r["person_id"])
PEOPLE = {r["person_id"]: r for r in roster}
for d in DISTRICTS:
    rs = [set(r["roles"]) for r in roster if r["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x for x in rs):
            bad(f"district {d} has no {need}")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if len([r for r in roster if len(r["roles"]) > 1]) < 2:
    bad("fewer than two people with two roles")
if not any("|" in r["display_names"] for r in roster):
    bad("nobody renames / has a second display name")
prov_vol = [r for r in roster if "volunteer_center_staff" in r["roles"] and not r["district"]]
if not 1 <= len(prov_vol) <= 2:
    bad("province-level volunteer officers: " + str(len(prov_vol)))
if sum(1 for r in roster if r["line_user_id"]) < len(roster) / 2:
    bad("fewer than half the roster has a LINE id")
if not BOUNDS["roster"][0] <= len(roster) <= BOUNDS["roster"][1]:
    bad(f"roster has {len(roster)} people")


def resolve(name, sid=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    ps = by_name.get(norm(name), set())
    if len(ps) == 1:
        return next(iter(ps))
    if len(ps) > 1:
        return "AMBIGUOUS"
    return None


# ---------------------------------------------------------------- JSONL
TIME = re.compile(TIME_PATTERN)
records = {}
all_ids = {}
for fn in FILES:
    recs, prev, groups = [], None, set()
    for ln, raw in enumerate(open(os.path.join(DIR, fn), encoding="utf-8"), 1):
        try:
            r = json.loads(raw)
        except Exception as e:  # noqa: BLE001
            bad(f"{fn}:{ln}: not JSON ({e})")
            continue
        r["_line"], r["_file"] = ln, fn
        for k in ("id", "group", "time", "sender", "type"):
            if k not in r:
                bad(f"{fn}:{ln}: missing {k}")
        if not re.fullmatch(ID_PREFIX + r"\d{4}", r["id"]):
            bad(f"{fn}:{ln}: id {r['id']}")
        if r["id"] in all_ids:
            bad(f"{fn}:{ln}: duplicate id {r['id']}")
        all_ids[r["id"]] = r
        if not TIME.fullmatch(r["time"]):
            bad(f"{fn}:{ln}: time {r['time']}")
        r["_t"] = datetime.datetime.fromisoformat(r["time"])
        if prev and r["_t"] < prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = r["_t"]
        groups.add(r["group"])
        if r["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
            bad(f"{fn}:{ln}: type {r['type']}")
        if r["type"] == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove", "rename") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
            if r.get("event") == "rename" and resolve(r["sender"]) != resolve(r["target"]):
                bad(f"{fn}:{ln}: rename to a name of someone else")
            if "senderId" in r:
                bad(f"{fn}:{ln}: senderId on a system event")
        if r["type"] in ("file", "image", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        if r.get("senderId"):
            if r["senderId"] in by_line and resolve(r["sender"]) not in (by_line[r["senderId"]]["person_id"], "AMBIGUOUS"):
                bad(f"{fn}:{ln}: senderId and display name are different people")
        recs.append(r)
    if len(groups) != 1 or next(iter(groups)) not in GROUPS:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
ids_in_time = sorted(all_ids.values(), key=lambda r: (r["_t"], FILES.index(r["_file"]), r["_line"]))
for n, r in enumerate(ids_in_time, 1):
    if r["id"] != f"{ID_PREFIX}{n:04d}":
        bad(f"ids not in time order across the JSONL files at {r['_file']}:{r['_line']} ({r['id']})")
        break
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])

# ---------------------------------------------------------------- the LINE for PC export (Thai UI, variant G)
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
if raw.startswith("\ufeff"):
    bad("export starts with a BOM (the PC Save chat files used as models have none)")
if "\r" in raw:
    bad("export has CR characters")
lines = raw.split("\n")
if lines[-1] == "":
    lines.pop()
TH_DAYS = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
DATE = re.compile(r"^(\d{4})\.(\d\d)\.(\d\d) (\S+)$")
TIMEHM = re.compile(r"^(\d\d):(\d\d) (.*)$")
known = sorted({n for r in roster for n in r["display_names"].split("|")} | set(EXPORT_OUTSIDERS), key=len, reverse=True)
PLACE = {"รูป": "image", "สติกเกอร์": "sticker", "วิดีโอ": "video", "ไฟล์": "file"}
export_msgs = []
day = None
prev_t = None
if not DATE.match(lines[0]):
    bad("export does not begin with a date line")
for i, s in enumerate(lines):
    ln = i + 1
    if s == "":
        bad(f"export:{ln}: blank line")
        continue
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) != TH_DAYS[day.weekday()]:
            bad(f"export:{ln}: weekday {m.group(4)} for {day}")
        continue
    m = TIMEHM.match(s)
    sender = None
    if m:
        rest = m.group(3)
        for n in known:
            if rest.startswith(n + " "):
                sender = n
                break
    if sender is None:
        if m:
            bad(f"export:{ln}: a line with a time and no known sender: {s[:40]}")
        if not export_msgs or export_msgs[-1]["type"] != "text":
            bad(f"export:{ln}: continuation line after a non-text message")
            continue
        export_msgs[-1]["text"] += "\n" + s
        continue
    t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=KZ)
    if prev_t and t < prev_t:
        bad(f"export:{ln}: out of time order")
    prev_t = t
    text = rest[len(sender) + 1:]
    rec = {"_line": ln, "_file": EXPORT, "_t": t, "group": EXPORT_GROUP, "id": "", "sender": sender}
    if text in PLACE:
        rec["type"] = PLACE[text]
    elif text == "ยกเลิกข้อความ":
        rec.update(type="system", event="unsend")
    elif text == f"{sender} เข้าร่วมกลุ่ม":
        rec.update(type="system", event="join")
    elif text == f"{sender} ออกจากกลุ่ม":
        rec.update(type="system", event="leave")
    elif text == f"{sender} เพิ่มประกาศ":
        rec.update(type="system", event="announce")
    elif re.fullmatch(re.escape(sender) + r" เพิ่ม (.+) เข้ากลุ่ม", text):
        rec.update(type="system", event="invite",
                   target=re.fullmatch(re.escape(sender) + r" เพิ่ม (.+) เข้ากลุ่ม", text).group(1))
    elif re.fullmatch(re.escape(sender) + r" ลบ (.+) ออกจากกลุ่ม", text):
        rec.update(type="system", event="remove",
                   target=re.fullmatch(re.escape(sender) + r" ลบ (.+) ออกจากกลุ่ม", text).group(1))
    else:
        rec.update(type="text", text=text)
    export_msgs.append(rec)
records[EXPORT] = export_msgs
ALLFILES = [EXPORT] + FILES
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth and near-miss rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
POSTING = {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P"}
RULES = MEMBERSHIP | POSTING | {"SKN-5O", "SKN-ALL", "OUTSIDER", "SKN-CAP"}
RULE_GROUP = {"SKN-1": "นักปกครองสกลนคร", "SKN-2": "ข้อสั่งการ ปค.สน.", "SKN-2P": "ข้อสั่งการ ปค.สน.",
              "SKN-3": "ข้อสั่งการ ปจ.สน.", "SKN-4": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ",
              "SKN-5": "ศอ.จอส.จว.สน.", "SKN-5P": "ศอ.จอส.จว.สน.", "SKN-5O": "ศอ.จอส.จว.สน.",
              "SKN-6": "หน.ส่วนราชการ-นอภ.สน.", "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}


def read_rows(name, header):
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        h = f.readline().rstrip("\n")
    if h != header:
        bad(f"{name} header {h}")
    return list(csv.DictReader(open(os.path.join(DIR, name), encoding="utf-8")))


truth = read_rows("truth.csv", "rule,file,line,message,who,state,note")
near = read_rows("near-misses.csv", "file,line,message,why")
ledger = read_rows("ledger.csv", "order,district,state,answer,deadline,note")


def at(row):
    fn = row["file"]
    if fn not in line_index:
        bad(f"row points at unknown file {fn}")
        return None
    r = line_index[fn].get(int(row["line"]))
    if r is None:
        bad(f"row points at {fn}:{row['line']}, not the first line of a message")
        return None
    if r["id"] != row["message"]:
        bad(f"{fn}:{row['line']} is {r['id'] or 'an export line'}, row says {row['message']!r}")
    return r


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
        continue
    r = at(row)
    if not row["who"] or not row["note"]:
        bad(f"truth row without who or note: {row}")
    if r is None:
        continue
    if row["rule"] in RULE_GROUP and r["group"] != RULE_GROUP[row["rule"]]:
        bad(f"{row['rule']} row in group {r['group']}")
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if row["rule"] in POSTING:
        if r["type"] == "system":
            bad(f"posting finding on a system line {row['file']}:{row['line']}")
        elif resolve(row["who"]) != resolve(r["sender"], r.get("senderId")) or norm(row["who"]) != norm(r["sender"]):
            bad(f"posting finding names {row['who']}, the line is by {r['sender']}")
for row in near:
    at(row)
    if not row["why"]:
        bad(f"near miss without why {row}")
if len({(r["file"], r["line"]) for r in near}) != len(near):
    bad("a line is listed twice as a near miss")
non5o = {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}
for k in sorted({(r["file"], int(r["line"])) for r in near} & non5o):
    bad(f"line {k} is both a finding and a near miss")
if len({(r["rule"], r["file"], r["line"], r["who"]) for r in truth}) != len(truth):
    bad("duplicate truth row")

# ---------------------------------------------------------------- recompute membership, SKN-ALL, OUTSIDER, SKN-CAP, SKN-2P
expect = set()
for fn in ALLFILES:
    recs = records[fn]
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen = set()
    inside = []
    cap_done = False
    for r in recs:
        who = []
        if r["type"] == "system":
            if r["event"] == "invite":
                who.append((r["target"], None, resolve(r["sender"], r.get("senderId")), r["sender"]))
            elif r["event"] == "join":
                who.append((r["sender"], None, None, None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None, None))
        for name, sid, inviter, inviter_name in who:
            pid = resolve(name, sid)
            if pid not in (None, "AMBIGUOUS") and set(PEOPLE[pid]["roles"]) & admitted and pid not in inside:
                inside.append(pid)
                if group in CAP and len(inside) > CAP[group] and not cap_done:
                    expect.add(("SKN-CAP", fn, r["_line"], name))
                    cap_done = True
            key = pid if pid not in (None, "AMBIGUOUS") else "name:" + norm(name)
            if key in seen:
                continue
            seen.add(key)
            if pid == "AMBIGUOUS":
                continue
            if pid is None:
                expect.add(("OUTSIDER", fn, r["_line"], name))
                continue
            if not set(PEOPLE[pid]["roles"]) & admitted:
                expect.add((rule, fn, r["_line"], name))
                if inviter:
                    expect.add(("SKN-ALL", fn, r["_line"], name))
                    expect.add(("SKN-ALL", fn, r["_line"], inviter_name))
    if group == "ข้อสั่งการ ปค.สน.":
        prev = None
        for r in recs:
            if r["type"] == "system":
                prev = None
                continue
            pid = resolve(r["sender"], r.get("senderId"))
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video", "text")
                         and (r["_t"] - prev["_t"]).total_seconds() <= 90 and prev["type"] != "sticker"
                         and r["type"] != prev["type"] and not (r["type"] == "text" and prev["type"] == "text"))
            same_post = same_post or (prev is not None and prev["sender"] == r["sender"] and r["type"] == prev["type"]
                                      and r["type"] in ("image", "video") and (r["_t"] - prev["_t"]).total_seconds() <= 90)
            if not same_post and pid != "AMBIGUOUS":
                roles = set(PEOPLE[pid]["roles"]) if pid else set()
                if not roles & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], r["sender"]))
            prev = r
got = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P", "SKN-CAP"}}
norm_got = {(a, b, c, norm(d)) for a, b, c, d in got}
norm_exp = {(a, b, c, norm(d)) for a, b, c, d in expect}
for x in sorted(norm_exp - norm_got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(norm_got - norm_exp):
    bad(f"truth.csv finding not recomputed: {x}")

# ---------------------------------------------------------------- ledger (SKN-5O)
vol = line_index[EXPORT]
log_end = max(r["_t"] for recs in records.values() for r in recs)
if export_msgs[-1]["_t"] != log_end or any(recs[-1]["_t"] >= log_end for fn, recs in records.items() if fn != EXPORT):
    bad("the log's last message is not the export's last line alone")
centre = {r["person_id"] for r in roster if "provincial_palad" in r["roles"]
          or ("volunteer_center_staff" in r["roles"] and not r["district"])}
order_key = {}
duty_keys = Counter()
answer_keys = Counter()
deadline_of = {}
for row in ledger:
    okey = row["note"].split(":")[0]
    if not re.fullmatch(r"O\d+", okey):
        bad(f"ledger note does not start with the order's label: {row['note']}")
    try:
        oline = int(row["order"])
    except ValueError:
        bad(f"ledger order is not an export line: {row['order']}")
        continue
    o = vol.get(oline)
    if o is None:
        bad(f"ledger order line {oline} is not a message of the export")
        continue
    if resolve(o["sender"]) not in centre:
        bad(f"ledger order line {oline} is not by the provincial volunteer centre")
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    duty_keys[(okey, row["district"])] += 1
    dl = datetime.datetime.fromisoformat(row["deadline"])
    if deadline_of.setdefault(okey, dl) != dl:
        bad(f"{okey}: two deadlines")
    order_key.setdefault(okey, []).append(row)
    st = row["state"]
    if st in ("on-time", "late"):
        try:
            a = vol.get(int(row["answer"]))
        except ValueError:
            a = None
        if a is None:
            bad(f"ledger answer {row['answer']} is not a message line of the export")
            continue
        answer_keys[(row["answer"], okey)] += 1
        pid = resolve(a["sender"])
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"] \
                or not set(PEOPLE[pid]["roles"]) & DISTRICT_PEOPLE:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["type"] not in ("text", "file", "image"):
            bad(f"ledger answer {row['answer']} is a {a['type']}")
        if a["_t"] < o["_t"] or int(row["answer"]) <= oline:
            bad(f"answer {row['answer']} before its order {oline}")
        if (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {okey} {row['district']}")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
for k, v in duty_keys.items():
    if v > 1:
        bad(f"duplicate duty {k}")
for k, v in answer_keys.items():
    if v > 1:
        bad(f"answer {k[0]} pays {v} duties of {k[1]}")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    if row["file"] != EXPORT:
        bad("SKN-5O row outside the export")
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"]
            and ((row["state"] == "late" and l["answer"] == row["line"])
                 or (row["state"] == "missing" and l["order"] == row["line"]))
            and row["note"].split(":")[0] == l["note"].split(":")[0]]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in ledger: {row}")
states = Counter(l["state"] for l in ledger)
rules = Counter(r["rule"] for r in truth)
if rules["SKN-5O"] != states["late"] + states["missing"]:
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- counts
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
lm_orders = {l["note"].split(":")[0] for l in ledger if l["state"] in ("late", "missing")}
partial = [k for k, rows in order_key.items() if len(rows) < 18]
if not BOUNDS["total"][0] <= total <= BOUNDS["total"][1]:
    bad(f"total messages {total}")
if max(counts, key=counts.get) != EXPORT:
    bad("ศอ.จอส.จว.สน. is not the biggest group")
if not BOUNDS["posting_membership"][0] <= pm <= BOUNDS["posting_membership"][1]:
    bad(f"{pm} posting/membership findings")
if not BOUNDS["late_missing"][0] <= rules["SKN-5O"] <= BOUNDS["late_missing"][1]:
    bad(f"{rules['SKN-5O']} late/missing")
if not BOUNDS["orders_late_missing"][0] <= len(lm_orders) <= BOUNDS["orders_late_missing"][1]:
    bad(f"late/missing spread over {len(lm_orders)} orders")
if not BOUNDS["near"][0] <= len(near) <= BOUNDS["near"][1]:
    bad(f"{len(near)} near misses")
if len(partial) < 2:
    bad("fewer than 2 orders to some districts only")
for rl in sorted(RULES):
    if rules[rl] == 0:
        bad(f"no {rl} finding")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(states), "orders with duties:", len(order_key), "(partial:", len(partial), ")",
      "orders with late/missing:", len(lm_orders))
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
