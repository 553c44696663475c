"""Checks week BM: formats (five JSONL files and the English-UI phone export of ศอ.จอส.จว.สน. with Buddhist-era
dates), ids, order, truth rows against real lines, the roster, the ledger, the membership, SKN-ALL, OUTSIDER,
SKN-CAP and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's member lists, and the
sizes a week of these groups has. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict


class week:
    ID_PREFIX = "bm"
    TIME_PATTERN = r"2026-(08-31|09-0[1-4])T\d\d:\d\d:\d\d\+07:00"
    FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
             "nakpokkhrong.jsonl"]
    EXPORT = "[LINE] Chat in ศอ.จอส.จว.สน..txt"
    EXPORT_GROUP = "ศอ.จอส.จว.สน."
    BOUNDS = {"roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18), "near": (80, 100),
              "orders": (6, 8), "volunteer_share": 0.5}
    COUNTS = {"total": (650, 720)}


DIR = os.path.dirname(os.path.abspath(__file__))
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
ids = Counter(r["person_id"] for r in roster)
for k, v in ids.items():
    if v > 1:
        bad("duplicate person_id " + k)
by_line, by_name = {}, defaultdict(set)
for r in roster:
    roles = r["role"].split("|")
    for ro in roles:
        if ro not in ROLES:
            bad(f"roster {r['person_id']}: unknown role {ro}")
    if r["district"] and r["district"] not in DISTRICTS:
        bad(f"roster {r['person_id']}: unknown district {r['district']}")
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
            bad(f"roster {r['person_id']}: bad LINE id")
        by_line[r["line_user_id"]] = r
    for n in r["display_names"].split("|"):
        by_name[norm(n)].add(r["person_id"])
    r["roles"] = roles
PEOPLE = {r["person_id"]: r for r in roster}
for d in DISTRICTS:
    rs = [set(r["roles"]) for r in roster if r["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x for x in rs):
            bad(f"district {d} has no {need}")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
role_count = Counter(ro for r in roster for ro in r["roles"])
dual = [r for r in roster if "|" in r["role"]]
if len(dual) < 2:
    bad("fewer than two people with two roles")
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if sum(1 for r in roster if r["line_user_id"]) < len(roster) / 2:
    bad("LINE user ids on fewer than half the roster")


def resolve(name, sid=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    k = norm(name)
    ps = by_name.get(k, set())
    if len(ps) == 1:
        return next(iter(ps))
    if len(ps) > 1:
        return "AMBIGUOUS"
    return None


# ---------------------------------------------------------------- JSONL
# the files and the exported group, unless the week's week.py names its own
FILES = getattr(week, "FILES", ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl",
                                "administrators.jsonl"])
EXPORT = getattr(week, "EXPORT", "heads-chiefs-export.txt")
EXPORT_GROUP = getattr(week, "EXPORT_GROUP", "หน.ส่วนราชการ-นอภ.สน.")
TIME = re.compile(week.TIME_PATTERN)
records = {}  # file -> list of dicts (with _line)
all_ids = {}
for fn in FILES:
    recs = []
    prev = None
    groups = set()
    for ln, raw in enumerate(open(os.path.join(DIR, fn), encoding="utf-8"), 1):
        try:
            r = json.loads(raw)
        except Exception as e:  # noqa: BLE001
            bad(f"{fn}:{ln}: not JSON ({e})")
            continue
        r["_line"] = ln
        r["_file"] = fn
        for k in ("id", "group", "time", "sender", "type"):
            if k not in r:
                bad(f"{fn}:{ln}: missing {k}")
        if not re.fullmatch(week.ID_PREFIX + r"\d{4}", r["id"]):
            bad(f"{fn}:{ln}: id {r['id']}")
        if r["id"] in all_ids:
            bad(f"{fn}:{ln}: duplicate id {r['id']}")
        all_ids[r["id"]] = r
        if not TIME.fullmatch(r["time"]):
            bad(f"{fn}:{ln}: time {r['time']}")
        t = datetime.datetime.fromisoformat(r["time"])
        r["_t"] = t
        if prev and t < prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = t
        groups.add(r["group"])
        if r["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
            bad(f"{fn}:{ln}: type {r['type']}")
        if r["type"] == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
        if r["type"] == "file" and not r.get("attachment"):
            bad(f"{fn}:{ln}: file without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        recs.append(r)
    if len(groups) != 1:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r:
            if r["replyTo"] not in seen:
                bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])

# ---------------------------------------------------------------- export
export_lines = open(os.path.join(DIR, EXPORT), encoding="utf-8").read().split("\n")
if export_lines[-1] == "":
    export_lines.pop()
if not os.path.basename(EXPORT).startswith("[LINE] Chat in "):
    bad("export file name")
if not export_lines[0] == "\ufeff[LINE] Chat history in " + EXPORT_GROUP:
    bad("export header")
if not re.fullmatch(r"Saved on: \d\d/\d\d/\d{4} BE, \d\d:\d\d", export_lines[1]):
    bad("export saved-on line")
DATE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE$")
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
export_msgs = []  # dicts like records
day = None
i = 2
prev = None
while i < len(export_lines):
    s = export_lines[i]
    ln = i + 1
    if s == "":
        i += 1
        continue
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
        if m.group(1) != wd:
            bad(f"{EXPORT}:{ln}: weekday {m.group(1)} for {day}")
        i += 1
        continue
    m = MSG.match(s)
    if not m:
        bad(f"{EXPORT}:{ln}: not a message line: {s[:40]}")
        i += 1
        continue
    t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    if prev and t < prev:
        bad(f"{EXPORT}:{ln}: out of order")
    prev = t
    sender, text = m.group(3), m.group(4)
    start = ln
    if text.startswith('"') and sender:
        body = [text]
        while not (body[-1].endswith('"') and (len(body) > 1 or len(body[0]) > 1)
                   and (len(body[-1]) - len(body[-1].rstrip('"'))) % 2 == 1):
            i += 1
            body.append(export_lines[i])
        text = "\n".join(body)[1:-1].replace('""', '"')
    rec = {"_line": start, "_file": EXPORT, "_t": t, "group": EXPORT_GROUP, "id": ""}
    if sender == "":
        rec["type"] = "system"
        mm = re.match(r"^(.+) removed (.+) from the group\.$", text)
        if mm:
            rec.update(event="remove", sender=mm.group(1), target=mm.group(2))
        elif re.match(r"^(.+) invited (.+)\.$", text):
            mm = re.match(r"^(.+) invited (.+)\.$", text)
            rec.update(event="invite", sender=mm.group(1), target=mm.group(2))
        elif text.endswith(" joined the group."):
            rec.update(event="join", sender=text[:-len(" joined the group.")])
        elif text.endswith(" left the group."):
            rec.update(event="leave", sender=text[:-len(" left the group.")])
        else:
            bad(f"{EXPORT}:{ln}: unknown system line")
    else:
        rec["sender"] = sender
        rec["type"] = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file", "[Video]": "video"}.get(text, "text")
        if rec["type"] == "text":
            rec["text"] = text
    export_msgs.append(rec)
    i += 1
records[EXPORT] = export_msgs
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
RULES = MEMBERSHIP | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P", "SKN-ALL", "OUTSIDER", "SKN-CAP"}


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
    if fn != EXPORT and r["id"] != row["message"]:
        bad(f"{fn}:{row['line']} is {r['id']}, row says {row['message']}")
    if fn == EXPORT and row["message"]:
        bad(f"export row with a message id")
    return r


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
    at(row)
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"]:
        bad(f"no who {row}")
for row in near:
    at(row)
near_keys = {(r["file"], int(r["line"])) for r in near}
truth_keys = {(r["file"], int(r["line"])) for r in truth}
for k in near_keys & {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}:
    bad(f"line {k} is both a finding and a near miss")

# ---------------------------------------------------------------- recompute membership and SKN-2P
expect = set()
appeared = defaultdict(set)
for fn, recs in records.items():
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen = set()
    for r in recs:
        who = []
        if r["type"] == "system":
            if r["event"] == "invite":
                inviter = resolve(r["sender"], r.get("senderId"))
                who.append((r["target"], None, inviter, r["sender"]))
                who.append((r["sender"], r.get("senderId"), None, None))
            elif r["event"] == "join":
                who.append((r["sender"], r.get("senderId"), None, None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None, None))
        if r["type"] != "system" and resolve(r["sender"], r.get("senderId")) not in (None, "AMBIGUOUS"):
            appeared[group].add(resolve(r["sender"], r.get("senderId")))
        for name, sid, inviter, inviter_name in who:
            pid = resolve(name, sid)
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
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video")
                         and (r["_t"] - prev["_t"]).total_seconds() <= 180)
            if not same_post and pid not in ("AMBIGUOUS",):
                roles = set(PEOPLE[pid]["roles"]) if pid else set()
                if not roles & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], r["sender"]))
            prev = r
got = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P"}}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")

# ---------------------------------------------------------------- posts and their media stay together
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1]["sender"] != r["sender"]:
            # a media message that does not follow its sender's own message must not belong to a text of
            # that sender sent a moment earlier (another sender's message would split the post)
            for x in recs[max(0, k - 6):k]:
                if x["sender"] == r["sender"] and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger
vol = {str(r["_line"]): r for r in records[EXPORT]}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != records[EXPORT][-1]["_t"]:
    bad("the log's last message is not in the ศอ.จอส.จว.สน. export")
orders = defaultdict(list)
for row in ledger:
    orders[row["order"]].append(row)
    if row["order"] not in vol:
        bad(f"ledger order {row['order']} is not a message line of the export")
        continue
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None:
            bad(f"ledger answer {row['answer']} is not a message line of the export")
            continue
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"]:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["_t"] <= vol[row["order"]]["_t"]:
            bad(f"answer {row['answer']} before its order")
        if a["_t"] <= vol[row["order"]]["_t"] or (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {row['order']} {row['district']}")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
seen_answers = Counter((r["answer"], r["order"]) for r in ledger if r["answer"])
for k, v in seen_answers.items():
    if v > 1:
        bad(f"answer {k[0]} pays {v} duties of order {k[1]}")
keys = Counter((r["order"], r["district"], r["deadline"]) for r in ledger)
for k, v in keys.items():
    if v > 1:
        bad(f"duplicate duty {k}")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"]
            and ((row["state"] == "late" and l["answer"] == row["line"]) or (row["state"] == "missing" and l["order"] == row["line"]))]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in ledger: {row}")
n5o = sum(1 for r in truth if r["rule"] == "SKN-5O")
if n5o != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- letter counts (SKN-CAP)
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
for fn, recs in records.items():
    group = recs[0]["group"]
    admitted = GROUPS[group][1]
    inside = []
    for r in recs:
        names = []
        if r["type"] == "system" and r.get("event") == "invite":
            names.append((r["target"], None))
        elif r["type"] == "system" and r.get("event") == "join":
            names.append((r["sender"], None))
        elif r["type"] != "system":
            names.append((r["sender"], r.get("senderId")))
        for nm_, sid in names:
            pid = resolve(nm_, sid)
            if pid not in (None, "AMBIGUOUS") and set(PEOPLE[pid]["roles"]) & admitted and pid not in [x for x, _ in inside]:
                inside.append((pid, r["_line"]))
    caps = [t for t in truth if t["rule"] == "SKN-CAP" and t["file"] == fn]
    if group in CAP and len(inside) > CAP[group]:
        if [int(t["line"]) for t in caps] != [inside[CAP[group]][1]]:
            bad(f"{group}: {len(inside)} admitted people appear, more than {CAP[group]}; expected one SKN-CAP row at line {inside[CAP[group]][1]}")
    elif caps:
        bad(f"{group}: SKN-CAP row but only {len(inside)} admitted people appear")

# ---------------------------------------------------------------- counts
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
# what a five-day week holds at least; a shorter week says its own in week.COUNTS
C = {"total": (650, 760), "orders": 8, "late_missing": 10, "skn2p": 6, "outsider": 3, "posting_membership": 25, "near": 25}
C.update(getattr(week, "COUNTS", {}))
if not C["total"][0] <= total <= C["total"][1]:
    bad(f"total messages {total}")
if counts[EXPORT] < 0.35 * total:
    bad("volunteer-centre under 35%")
# what a week written to tighter sizes says of them in week.BOUNDS: the volunteer centre's greatest share, the
# roster's size, the posting/membership findings and the late or missing answers, each (least, most)
B = getattr(week, "BOUNDS", {})
if "volunteer_share" in B and counts[EXPORT] > B["volunteer_share"] * total:
    bad(f"volunteer-centre over {B['volunteer_share']:.0%} of messages")
if "roster" in B and not B["roster"][0] <= len(roster) <= B["roster"][1]:
    bad(f"roster has {len(roster)} people")
pm_found = sum(v for k, v in rules.items() if k != "SKN-5O")
if "posting_membership" in B and not B["posting_membership"][0] <= pm_found <= B["posting_membership"][1]:
    bad(f"{pm_found} posting/membership findings, not {B['posting_membership'][0]}-{B['posting_membership'][1]}")
if "late_missing" in B and not B["late_missing"][0] <= rules["SKN-5O"] <= B["late_missing"][1]:
    bad(f"{rules['SKN-5O']} late/missing, not {B['late_missing'][0]}-{B['late_missing'][1]}")
if not B["orders"][0] <= len(orders) <= B["orders"][1]:
    bad(f"{len(orders)} orders with duties")
if not B["near"][0] <= len(near) <= B["near"][1]:
    bad(f"{len(near)} near misses")
if not os.path.exists(os.path.join(DIR, "TRUTH.md")):
    bad("TRUTH.md missing")
partial = [o for o, rows in orders.items() if len(rows) < 18]
if len(partial) < 2:
    bad("fewer than 2 orders to some districts only")
if states["late"] + states["missing"] < C["late_missing"]:
    bad(f"fewer than {C['late_missing']} late or missing")
if rules["SKN-2P"] < C["skn2p"] or rules["OUTSIDER"] < C["outsider"]:
    bad("too few SKN-2P or OUTSIDER")
if sum(v for k, v in rules.items() if k != "SKN-5O") < C["posting_membership"]:
    bad(f"fewer than {C['posting_membership']} posting/membership findings")
if len(near) < C["near"]:
    bad(f"fewer than {C['near']} near misses")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())))
print("duties:", dict(states), "orders with duties:", len(orders), "(partial:", len(partial), ")")
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
