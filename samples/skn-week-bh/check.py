"""Checks week BH: formats, ids, order, truth rows against real lines, the roster, the ledger, and the
membership, SKN-CAP and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's member
lists (a rename notice in a JSONL file carries the renamed person's identity to the new name in that file).
The ศอ.จอส.จว.สน. group is the Thai-UI phone export; its orders and answers are cited by line number.
Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict


class week:
    ID_PREFIX = "bh"
    TIME_PATTERN = r"2026-07-(0[6-9]|10)T\d\d:\d\d:\d\d\+07:00"
    FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
             "nakpokkhrong.jsonl"]
    EXPORT = "[LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt"
    EXPORT_GROUP = "ศอ.จอส.จว.สน."
    COUNTS = {"total": (650, 720), "near": 80}
    BOUNDS = {"roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18), "near": (80, 100),
              "orders": (6, 8), "orders_with_findings": (6, 8), "volunteer": (270, 330)}


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
dual = [r for r in roster if r["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) < 2:
    bad("fewer than two coordinating_deputy|volunteer_center_staff")
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if not any(r["line_user_id"] for r in roster) or not any(r["email"] for r in roster):
    bad("roster needs both LINE ids and e-mails")


RENAMES = defaultdict(dict)  # file -> normalised new display name -> person_id (after a rename notice)


def resolve(name, sid=None, fn=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    k = norm(name)
    if fn is not None and k in RENAMES[fn]:
        return RENAMES[fn][k]
    ps = by_name.get(k, set())
    if len(ps) == 1:
        return next(iter(ps))
    if len(ps) > 1:
        return "AMBIGUOUS"
    return None


# ---------------------------------------------------------------- JSONL
FILES, EXPORT, EXPORT_GROUP = week.FILES, week.EXPORT, week.EXPORT_GROUP
TIME = re.compile(week.TIME_PATTERN)
KEYS = ["id", "group", "time", "sender", "senderId", "type", "event", "target", "text", "attachment", "replyTo"]
records = {}
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
        for k in r:
            if not k.startswith("_") and k not in KEYS:
                bad(f"{fn}:{ln}: unexpected field {k}")
        if not re.fullmatch(week.ID_PREFIX + r"\d{4}", r["id"]):
            bad(f"{fn}:{ln}: id {r['id']}")
        if r["id"] in all_ids:
            bad(f"{fn}:{ln}: duplicate id {r['id']}")
        all_ids[r["id"]] = r
        if not TIME.fullmatch(r["time"]):
            bad(f"{fn}:{ln}: time {r['time']}")
        t = datetime.datetime.fromisoformat(r["time"])
        r["_t"] = t
        if prev and t <= prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = t
        groups.add(r["group"])
        if "senderId" in r and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: senderId {r['senderId']}")
        if r["type"] not in ("text", "image", "sticker", "file", "video", "audio", "system"):
            bad(f"{fn}:{ln}: type {r['type']}")
        if r["type"] == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove", "rename") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
            if r.get("event") == "rename":
                pid = resolve(r["sender"], r.get("senderId"), fn)
                if pid in (None, "AMBIGUOUS"):
                    bad(f"{fn}:{ln}: rename by an unknown person")
                else:
                    RENAMES[fn][norm(r["target"])] = pid
        elif "event" in r or "target" in r:
            bad(f"{fn}:{ln}: event fields on a message")
        if r["type"] in ("file", "image", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        # a senderId of a roster person must go with one of that person's names (or a name taken by rename)
        if r.get("senderId") in by_line and r["type"] != "system":
            p = by_line[r["senderId"]]
            if norm(r["sender"]) not in {norm(n) for n in p["display_names"].split("|")} and RENAMES[fn].get(norm(r["sender"])) != p["person_id"]:
                bad(f"{fn}:{ln}: senderId of {p['person_id']} with the name {r['sender']}")
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
# ids run in time order across the JSONL files
ordered = sorted(all_ids.values(), key=lambda r: (r["_t"], FILES.index(r["_file"]), r["_line"]))
for n, r in enumerate(ordered, 1):
    if r["id"] != f"{week.ID_PREFIX}{n:04d}":
        bad(f"id {r['id']} out of time order across files (expected {week.ID_PREFIX}{n:04d})")
        break

# ---------------------------------------------------------------- export
if not (EXPORT.startswith("[LINE] ") and EXPORT.endswith(".txt")):
    bad("export file name")
raw_export = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
export_lines = raw_export.split("\n")
if export_lines[-1] == "":
    export_lines.pop()
if not export_lines[0] == "\ufeff[LINE] ประวัติการแชทในกลุ่ม \"" + EXPORT_GROUP + "\"":
    bad("export header")
if not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/25\d\d \d\d:\d\d", export_lines[1]):
    bad("export saved-on line")
DATE = re.compile(r"^([ก-๙]{1,2})\. (\d\d)/(\d\d)/(\d{4})$")
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
export_msgs = []
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
        wd = ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"][day.weekday()]
        if m.group(1) != wd:
            bad(f"{EXPORT}:{ln}: weekday {m.group(1)} for {day}")
        if export_lines[i - 1] != "":
            bad(f"{EXPORT}:{ln}: no blank line before the date line")
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
        mm = re.match(r"^(.+) เพิ่ม (.+) เข้ากลุ่ม$", text)
        mr = re.match(r"^(.+) ลบ (.+) ออกจากกลุ่ม$", text)
        if mm:
            rec.update(event="invite", sender=mm.group(1), target=mm.group(2))
        elif mr:
            rec.update(event="remove", sender=mr.group(1), target=mr.group(2))
        elif text.endswith(" เข้าร่วมกลุ่ม"):
            rec.update(event="join", sender=text[:-len(" เข้าร่วมกลุ่ม")])
        elif text.endswith(" ออกจากกลุ่ม"):
            rec.update(event="leave", sender=text[:-len(" ออกจากกลุ่ม")])
        else:
            bad(f"{EXPORT}:{ln}: unknown system line")
    else:
        rec["sender"] = sender
        rec["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker", "[ไฟล์]": "file", "[วิดีโอ]": "video"}.get(text, "text")
        if rec["type"] == "text":
            rec["text"] = text
    export_msgs.append(rec)
    i += 1
records[EXPORT] = export_msgs
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
RULES = MEMBERSHIP | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P", "SKN-ALL", "OUTSIDER", "SKN-CAP"}
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
    if fn != EXPORT and r["id"] != row["message"]:
        bad(f"{fn}:{row['line']} is {r['id']}, row says {row['message']}")
    if fn == EXPORT and row["message"]:
        bad("export row with a message id")
    return r


def first_of_post(fn, r):
    """A media message right after its sender's own message (within 3 minutes) is not a post's first message."""
    recs = records[fn]
    k = recs.index(r)
    if r["type"] in ("image", "file", "video") and k > 0:
        p = recs[k - 1]
        if p.get("sender") == r.get("sender") and p["type"] != "system" and (r["_t"] - p["_t"]).total_seconds() <= 180:
            return False
    return True


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
        continue
    r = at(row)
    if r is not None:
        if row["rule"] in RULE_GROUP and r["group"] != RULE_GROUP[row["rule"]]:
            bad(f"{row['rule']} row in the wrong group: {row['file']}:{row['line']}")
        if r["type"] != "system" and not first_of_post(row["file"], r):
            bad(f"{row['file']}:{row['line']}: a finding must cite the first message of its post")
        if row["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and r["type"] == "system":
            bad(f"{row['rule']} on a system line {row['file']}:{row['line']}")
        if row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P"):
            pid = resolve(r["sender"], r.get("senderId"), row["file"])
            roles = set(PEOPLE[pid]["roles"]) if pid not in (None, "AMBIGUOUS") else set()
            if pid == "AMBIGUOUS":
                bad(f"{row['rule']} on an ambiguous sender {row['file']}:{row['line']}")
            if row["rule"] == "SKN-4P" and roles & {"governor", "vice_governor"}:
                bad(f"SKN-4P on an order by the governor or a vice governor {row['file']}:{row['line']}")
            if row["rule"] == "SKN-5P" and ("provincial_palad" in roles or
                                            ("volunteer_center_staff" in roles and not PEOPLE[pid]["district"])):
                bad(f"SKN-5P on a post by the provincial centre {row['file']}:{row['line']}")
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS or row["file"] != EXPORT:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"]:
        bad(f"no who {row}")
for row in near:
    r = at(row)
    if r is not None and r["type"] != "system" and not first_of_post(row["file"], r):
        bad(f"near miss {row['file']}:{row['line']} is not the first message of its post")
near_keys = [(r["file"], int(r["line"])) for r in near]
if len(near_keys) != len(set(near_keys)):
    bad("duplicate near-miss rows")
for k in set(near_keys) & {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}:
    bad(f"line {k} is both a finding and a near miss")
keys = Counter((r["rule"], r["file"], r["line"], r["who"]) for r in truth)
for k, v in keys.items():
    if v > 1:
        bad(f"duplicate truth row {k}")

# ---------------------------------------------------------------- recompute membership, SKN-2P and SKN-CAP
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
expect = set()
for fn, recs in records.items():
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen = set()
    inside = []
    for r in recs:
        who = []
        if r["type"] == "system":
            if r["event"] == "invite":
                inviter = resolve(r["sender"], r.get("senderId"), fn)
                who.append((r["target"], None, inviter, r["sender"]))
            elif r["event"] == "join":
                who.append((r["sender"], r.get("senderId"), None, None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None, None))
        for name, sid, inviter, inviter_name in who:
            pid = resolve(name, sid, fn)
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
            else:
                inside.append(pid)
                if group in CAP and len(inside) == CAP[group] + 1:
                    expect.add(("SKN-CAP", fn, r["_line"], name))
    if group == "ข้อสั่งการ ปค.สน.":
        prev = None
        for r in recs:
            if r["type"] == "system":
                prev = None
                continue
            pid = resolve(r["sender"], r.get("senderId"), fn)
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video")
                         and (r["_t"] - prev["_t"]).total_seconds() <= 180)
            if not same_post and pid != "AMBIGUOUS":
                roles = set(PEOPLE[pid]["roles"]) if pid else set()
                if not roles & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], r["sender"]))
            prev = r
got = {(r["rule"], r["file"], int(r["line"]), r["who"]) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P", "SKN-CAP"}}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")

# ---------------------------------------------------------------- posts and their media stay together
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1].get("sender") != r.get("sender"):
            for x in recs[max(0, k - 6):k]:
                if x.get("sender") == r.get("sender") and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger
vol = {str(r["_line"]): r for r in records[EXPORT]}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != records[EXPORT][-1]["_t"]:
    bad("the log's last message is not in the export")
for fn in FILES:
    if records[fn][-1]["_t"] >= log_end.replace(second=0):
        bad(f"{fn} ends after the export's last minute")
orders = defaultdict(list)
for row in ledger:
    orders[row["order"]].append(row)
    o = vol.get(row["order"])
    if o is None or o["type"] == "system":
        bad(f"ledger order {row['order']} is not a message line of the export")
        continue
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    opid = resolve(o["sender"])
    if opid in (None, "AMBIGUOUS") or not ("provincial_palad" in PEOPLE[opid]["roles"] or
                                           ("volunteer_center_staff" in PEOPLE[opid]["roles"] and not PEOPLE[opid]["district"])):
        bad(f"ledger order {row['order']} is not by the provincial centre")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    if dl <= o["_t"]:
        bad(f"deadline before its order {row}")
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None or a["type"] == "system":
            bad(f"ledger answer {row['answer']} is not a message line of the export")
            continue
        if not first_of_post(EXPORT, a):
            bad(f"ledger answer {row['answer']} is not the first message of its post")
        pid = resolve(a["sender"])
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"]:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["_t"] < o["_t"] or int(row["answer"]) <= int(row["order"]):
            bad(f"answer {row['answer']} before its order")
        if (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {row['order']} {row['district']}")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
for o, rows in orders.items():
    if len({r["deadline"] for r in rows}) != 1:
        bad(f"order {o} has more than one deadline")
    if len({r["district"] for r in rows}) != len(rows):
        bad(f"order {o} lists a district twice")
paid = defaultdict(list)
for r in ledger:
    if r["answer"]:
        paid[r["answer"]].append(r)
for k, rows in paid.items():
    if len({r["order"] for r in rows}) != len(rows) or len({r["district"] for r in rows}) != 1:
        bad(f"answer {k} pays {len(rows)} duties of one order or of several districts")
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

# ---------------------------------------------------------------- counts
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
C = {"total": (650, 760), "orders": 8, "late_missing": 10, "skn2p": 6, "outsider": 3, "posting_membership": 25, "near": 25}
C.update(getattr(week, "COUNTS", {}))
B = getattr(week, "BOUNDS", {})
if not C["total"][0] <= total <= C["total"][1]:
    bad(f"total messages {total}")
if counts[EXPORT] != max(counts.values()):
    bad("ศอ.จอส.จว.สน. is not the biggest group")
if "volunteer" in B and not B["volunteer"][0] <= counts[EXPORT] <= B["volunteer"][1]:
    bad(f"ศอ.จอส.จว.สน. has {counts[EXPORT]} messages")
if "roster" in B and not B["roster"][0] <= len(roster) <= B["roster"][1]:
    bad(f"roster has {len(roster)} people")
pm_found = sum(v for k, v in rules.items() if k != "SKN-5O")
if "posting_membership" in B and not B["posting_membership"][0] <= pm_found <= B["posting_membership"][1]:
    bad(f"{pm_found} posting/membership findings, not {B['posting_membership'][0]}-{B['posting_membership'][1]}")
if "late_missing" in B and not B["late_missing"][0] <= rules["SKN-5O"] <= B["late_missing"][1]:
    bad(f"{rules['SKN-5O']} late/missing, not {B['late_missing'][0]}-{B['late_missing'][1]}")
if "orders" in B and not B["orders"][0] <= len(orders) <= B["orders"][1]:
    bad(f"{len(orders)} orders with duties")
with_findings = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
if "orders_with_findings" in B and not B["orders_with_findings"][0] <= len(with_findings) <= B["orders_with_findings"][1]:
    bad(f"late or missing answers spread over {len(with_findings)} orders")
if "near" in B and not B["near"][0] <= len(near) <= B["near"][1]:
    bad(f"{len(near)} near misses")
partial = [o for o, rows in orders.items() if len(rows) < 18]
if len(partial) < 2:
    bad("fewer than 2 orders to some districts only")
if rules["SKN-2P"] < C["skn2p"] or rules["OUTSIDER"] < C["outsider"]:
    bad("too few SKN-2P or OUTSIDER")
for rid in RULES:
    if rules[rid] == 0:
        bad(f"no {rid} finding planted")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm_found)
print("duties:", dict(states), "orders with duties:", len(orders), "(partial:", len(partial), ")",
      "orders with late/missing:", len(with_findings))
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
