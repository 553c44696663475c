"""Checks week BI: formats (five JSONL files and one English-UI phone export), ids, time order, truth and
near-miss rows against real lines, the roster, the ledger (duties, deadlines, states, answers), the
membership, OUTSIDER, SKN-ALL and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the
letter's member lists, and SKN-CAP recomputed from the letter's counts. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ID_PREFIX = "bi"
TIME_PATTERN = r"2026-08-(1[7-9]|2[01])T\d\d:\d\d:\d\d\+07:00"
FILES = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl"]
EXPORT = "[LINE] Chat in ข้อสั่งการ ปจ.สน..txt"
EXPORT_GROUP = "ข้อสั่งการ ปจ.สน."
BOUNDS = {"total": (650, 720), "roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18),
          "near": (80, 100), "orders_with_findings": (6, 8), "volunteer": (270, 330)}
WEEK_START, WEEK_END = datetime.date(2026, 8, 17), datetime.date(2026, 8, 21)

DIR = os.path.dirname(os.path.abspath(__file__))
BKK = datetime.timezone(datetime.timedelta(hours=7))
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
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร.", "นพ."]
DISTRICT_ROLES = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}


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
    if sum("district_chief" in x for x in rs) != 1:
        bad(f"district {d} has not exactly one district chief")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if len([r for r in roster if r["role"] == "coordinating_deputy|volunteer_center_staff"]) < 2:
    bad("fewer than two coordinating_deputy|volunteer_center_staff")
if not any("|" in r["display_names"] for r in roster if r["role"] == "district_chief"):
    bad("no district chief with a second (renamed) display name")
emails = [r["email"] for r in roster if r["email"]]
if not by_line or not emails or len(emails) != len(set(emails)):
    bad("roster needs LINE ids and unshared e-mails")
prov_vol = [r for r in roster if r["role"] == "volunteer_center_staff" and not r["district"]]
if not 1 <= len(prov_vol) <= 2:
    bad("province-level volunteer officers: %d" % len(prov_vol))


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
        t = datetime.datetime.fromisoformat(r["time"])
        r["_t"] = t
        if prev and t < prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = t
        groups.add(r["group"])
        if r["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
            bad(f"{fn}:{ln}: type {r['type']}")
        if r["type"] == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
        if r["type"] in ("image", "file", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        if "senderId" in r and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: bad senderId")
        recs.append(r)
    if len(groups) != 1:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
ids_in_order = sorted(all_ids.values(), key=lambda r: r["id"])
for a, b in zip(ids_in_order, ids_in_order[1:]):
    if b["_t"] < a["_t"]:
        bad(f"ids not in time order across files: {a['id']} {b['id']}")
if [r["id"] for r in ids_in_order] != [f"{ID_PREFIX}{i:04d}" for i in range(1, len(ids_in_order) + 1)]:
    bad("ids are not a gapless run from 0001")
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])

# ---------------------------------------------------------------- the English-UI phone export
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
if not raw.startswith("\ufeff"):
    bad("export: no BOM")
lines = raw.split("\n")
if lines[-1] == "":
    lines.pop()
if lines[0] != "\ufeffChat history in \"" + EXPORT_GROUP + "\"":
    bad("export header")
if not re.fullmatch(r"Saved on: \d\d/\d\d/\d{4} BE, \d\d:\d\d", lines[1]) or lines[2] != "":
    bad("export saved-on line")
DATE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE$")
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PLACE = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file", "[Video]": "video"}
export_msgs, day, prev, i = [], None, None, 3
while i < len(lines):
    s, ln = lines[i], i + 1
    if s == "":
        i += 1
        continue
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
        if WD[day.weekday()] != m.group(1):
            bad(f"export:{ln}: weekday {m.group(1)} for {day}")
        if not WEEK_START <= day <= WEEK_END:
            bad(f"export:{ln}: date outside the week")
        if lines[i - 1] != "":
            bad(f"export:{ln}: no blank line before the date line")
        i += 1
        continue
    m = MSG.match(s)
    if not m or day is None:
        bad(f"export:{ln}: not a message line: {s[:40]}")
        i += 1
        continue
    t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=BKK)
    if prev and t < prev:
        bad(f"export:{ln}: out of order")
    prev = t
    sender, text = m.group(3), m.group(4)
    if text.startswith('"') and sender:
        body = [text]
        while not (body[-1].endswith('"') and (len(body) > 1 or len(body[0]) > 1)
                   and (len(body[-1]) - len(body[-1].rstrip('"'))) % 2 == 1):
            i += 1
            body.append(lines[i])
        text = "\n".join(body)[1:-1]
        if re.search(r'(?<!")"(?!")', text.replace('""', "")):
            bad(f"export:{ln}: undoubled quote inside a quoted message")
        text = text.replace('""', '"')
    rec = {"_line": ln, "_file": EXPORT, "_t": t, "group": EXPORT_GROUP, "id": ""}
    if sender == "":
        rec["type"] = "system"
        for pat, ev in ((r"^(.+) removed (.+) from the group\.$", "remove"), (r"^(.+) invited (.+)\.$", "invite"),
                        (r"^(.+) joined the group\.$", "join"), (r"^(.+) left the group\.$", "leave"),
                        (r"^(.+) unsent a message\.$", "unsend")):
            mm = re.match(pat, text)
            if mm:
                rec.update(event=ev, sender=mm.group(1))
                if ev in ("remove", "invite"):
                    rec["target"] = mm.group(2)
                break
        else:
            bad(f"export:{ln}: unknown system line")
    else:
        rec["sender"] = sender
        rec["type"] = PLACE.get(text, "text")
        if rec["type"] == "text":
            rec["text"] = text
    export_msgs.append(rec)
    i += 1
records[EXPORT] = export_msgs
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth, near misses, ledger rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
RULES = MEMBERSHIP | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P", "SKN-ALL", "OUTSIDER", "SKN-CAP"}
RULE_GROUP = {"SKN-1": "นักปกครองสกลนคร", "SKN-2": "ข้อสั่งการ ปค.สน.", "SKN-2P": "ข้อสั่งการ ปค.สน.",
              "SKN-3": "ข้อสั่งการ ปจ.สน.", "SKN-4": "ผู้บริหารจังหวัด และนายอำเภอ",
              "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-5": "ศอ.จอส.จว.สน.", "SKN-5P": "ศอ.จอส.จว.สน.",
              "SKN-5O": "ศอ.จอส.จว.สน.", "SKN-6": "หน.ส่วนราชการ-นอภ.สน.", "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}


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
        bad("export row with a message id")
    return r


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
    r = at(row)
    if r is not None and row["rule"] in RULE_GROUP and r["group"] != RULE_GROUP[row["rule"]]:
        bad(f"{row['rule']} row in group {r['group']}")
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"] or not row["note"]:
        bad(f"no who or note {row}")
for row in near:
    at(row)
    if not row["why"]:
        bad(f"near miss without a reason {row}")
if len({(r["file"], r["line"]) for r in near}) != len(near):
    bad("a line is a near miss twice")
finding_lines = {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}
for r in near:
    if (r["file"], int(r["line"])) in finding_lines:
        bad(f"line {r['file']}:{r['line']} is both a finding and a near miss")

# ---------------------------------------------------------------- recompute membership, SKN-ALL, OUTSIDER, SKN-2P, SKN-CAP
expect = set()
for fn, recs in records.items():
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen, inside = set(), []
    for r in recs:
        who = []
        if r["type"] == "system":
            if r["event"] == "invite":
                who.append((r["target"], None, resolve(r["sender"], r.get("senderId")), r["sender"]))
            elif r["event"] == "join":
                who.append((r["sender"], r.get("senderId"), None, None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None, None))
        for name, sid, inviter, inviter_name in who:
            pid = resolve(name, sid)
            key = pid if pid not in (None, "AMBIGUOUS") else "name:" + norm(name)
            if key in seen:
                continue
            seen.add(key)
            if pid == "AMBIGUOUS":
                continue
            if pid is None:
                expect.add(("OUTSIDER", fn, r["_line"], norm(name)))
                continue
            if not set(PEOPLE[pid]["roles"]) & admitted:
                expect.add((rule, fn, r["_line"], norm(name)))
                if inviter:
                    expect.add(("SKN-ALL", fn, r["_line"], norm(name)))
                    expect.add(("SKN-ALL", fn, r["_line"], norm(inviter_name)))
            else:
                inside.append((pid, r["_line"], name))
    if group in CAP and len(inside) > CAP[group]:
        pid, ln, name = inside[CAP[group]]
        expect.add(("SKN-CAP", fn, ln, norm(name)))
    if group == "ข้อสั่งการ ปค.สน.":
        prev = None
        for r in recs:
            if r["type"] == "system":
                prev = None
                continue
            pid = resolve(r["sender"], r.get("senderId"))
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video")
                         and (r["_t"] - prev["_t"]).total_seconds() <= 180)
            if not same_post and pid != "AMBIGUOUS":
                roles = set(PEOPLE[pid]["roles"]) if pid else set()
                if not roles & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], norm(r["sender"])))
            prev = r
RECOMPUTED = MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P", "SKN-CAP"}
got = {(r["rule"], r["file"], int(r["line"]), norm(r["who"])) for r in truth if r["rule"] in RECOMPUTED}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")

# ---------------------------------------------------------------- posts and their media stay together
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1].get("sender") != r["sender"]:
            for x in recs[max(0, k - 6):k]:
                if x.get("sender") == r["sender"] and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger (SKN-5O)
vol = {r["id"]: r for r in records["volunteer-centre.jsonl"]}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != records["volunteer-centre.jsonl"][-1]["_t"]:
    bad("the log's last message is not in volunteer-centre.jsonl")
orders = defaultdict(list)
for row in ledger:
    orders[(row["order"], row["deadline"])].append(row)
    o = vol.get(row["order"])
    if o is None:
        bad(f"ledger order {row['order']} not in volunteer-centre.jsonl")
        continue
    op = resolve(o["sender"], o.get("senderId"))
    if op in (None, "AMBIGUOUS") or not (PEOPLE[op]["role"] == "provincial_palad" or
                                         (PEOPLE[op]["role"] == "volunteer_center_staff" and not PEOPLE[op]["district"])):
        bad(f"ledger order {row['order']} is not by the provincial centre")
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    if dl <= o["_t"]:
        bad(f"deadline before its order {row}")
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None:
            bad(f"ledger answer {row['answer']} not in volunteer-centre.jsonl")
            continue
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"] \
                or not set(PEOPLE[pid]["roles"]) & DISTRICT_ROLES:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["_t"] <= o["_t"]:
            bad(f"answer {row['answer']} before its order")
        if (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {row['order']} {row['district']}")
        if a["type"] not in ("text", "image", "file"):
            bad(f"answer {row['answer']} is a {a['type']}")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
for k, v in Counter(r["answer"] for r in ledger if r["answer"]).items():
    rows = [r for r in ledger if r["answer"] == k]
    if v > 2 or (v == 2 and not all("numbered answer to two orders" in r["note"] for r in rows)):
        bad(f"answer {k} pays {v} duties")
for k, v in Counter((r["order"], r["district"], r["deadline"]) for r in ledger).items():
    if v > 1:
        bad(f"duplicate duty {k}")
for (o, dl), rows in orders.items():
    ds = [r["district"] for r in rows]
    if ds != [d for d in DISTRICTS if d in ds]:
        bad(f"order {o} ({dl}): districts not in the roster's order")
n5o = 0
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    n5o += 1
    if row["state"] == "late":
        hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == "late" and l["answer"] == row["message"]]
    else:
        hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == "missing" and l["order"] == row["message"]]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in ledger: {row}")
if n5o != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- sizes a week of these groups has
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
with_findings = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
partial = [k for k, rows in orders.items() if len(rows) < 18]


def within(label, value, key):
    lo, hi = BOUNDS[key]
    if not lo <= value <= hi:
        bad(f"{label} {value}, not {lo}-{hi}")


within("total messages", total, "total")
within("volunteer-centre messages", counts["volunteer-centre.jsonl"], "volunteer")
if counts["volunteer-centre.jsonl"] != max(counts.values()):
    bad("volunteer-centre is not the biggest group")
within("roster size", len(roster), "roster")
within("posting/membership findings", pm, "posting_membership")
within("late/missing answers", rules["SKN-5O"], "late_missing")
within("near misses", len(near), "near")
within("orders with late or missing answers", len(with_findings), "orders_with_findings")
if len(partial) < 2:
    bad("fewer than 2 orders to some districts only")
missing_rules = RULES - set(rules)
if missing_rules:
    bad(f"rules never planted: {sorted(missing_rules)}")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(states), "orders with duties:", len({o for o, _ in orders}), "duty sets:", len(orders),
      "(to some districts only:", len(partial), ")")
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
