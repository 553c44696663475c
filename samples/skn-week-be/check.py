"""Checks week BE: formats (five JSONL files and the Thai-UI phone export), ids, time order, truth rows against
real lines, the roster, the membership, SKN-ALL, OUTSIDER, SKN-CAP and ข้อสั่งการ ปค.สน. posting findings
recomputed from the roster and the letter's member lists, and the ledger (daily duties included) against a
duty table restated here by hand from the orders' texts. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ID_PREFIX = "be"
TIME_PATTERN = r"2026-09-2[1-5]T\d\d:\d\d:\d\d\+07:00"
FILES = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl"]
EXPORT = "[LINE] แชทในกลุ่ม ข้อสั่งการ ปจ.สน..txt"
EXPORT_GROUP = "ข้อสั่งการ ปจ.สน."
BOUNDS = {"roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18), "total": (650, 720),
          "near": (80, 100), "orders_with_findings": (6, 8)}
BKK = datetime.timezone(datetime.timedelta(hours=7))

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
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
DISTRICT_ROLES = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร.", "นพ."]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


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
    roles = r["role"].split("|")
    for ro in roles:
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
    r["roles"] = roles
PEOPLE = {r["person_id"]: r for r in roster}
for d in DISTRICTS:
    rs = [set(r["roles"]) for r in roster if r["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x for x in rs):
            bad(f"district {d} has no {need}")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len([r for r in roster if r["role"] == "coordinating_deputy|volunteer_center_staff"]) < 2:
    bad("fewer than two coordinating_deputy|volunteer_center_staff")
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if not any(r["line_user_id"] for r in roster) or not any(r["email"] for r in roster):
    bad("roster needs both LINE ids and e-mails")
if not any(r["role"] == "retired" for r in roster) or not any(r["role"] == "staff" for r in roster):
    bad("roster needs a retired official and agency staff")
prov_vol = [r for r in roster if "volunteer_center_staff" in r["roles"] and not r["district"]]
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
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove", "rename") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
            if "senderId" in r:
                bad(f"{fn}:{ln}: senderId on a system line")
        if r["type"] in ("file", "image", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        if "senderId" in r and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: senderId")
        recs.append(r)
    if len(groups) != 1:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
# ids in time order across the JSONL files
seq = sorted(all_ids.values(), key=lambda r: (r["_t"], r["id"]))
for i, r in enumerate(seq, 1):
    if r["id"] != f"{ID_PREFIX}{i:04d}":
        bad(f"ids not in time order across files at {r['_file']}:{r['_line']} ({r['id']})")
        break
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])
# senderId on about two messages in three of the people who have one
with_id = [r for recs in records.values() for r in recs if r["type"] != "system"
           and resolve(r["sender"], r.get("senderId")) in PEOPLE and PEOPLE[resolve(r["sender"], r.get("senderId"))]["line_user_id"]]
share = sum(1 for r in with_id if "senderId" in r) / max(1, len(with_id))
if not 0.55 <= share <= 0.8:
    bad(f"senderId on {share:.0%} of messages of people with a LINE id")

# ---------------------------------------------------------------- export (Thai UI, phone)
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
export_lines = raw.split("\n")
if export_lines[-1] == "":
    export_lines.pop()
if export_lines[0] != "\ufeff[LINE] ประวัติการแชทในกลุ่ม \"" + EXPORT_GROUP + "\"":
    bad("export header")
if not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/25\d\d \d\d:\d\d", export_lines[1]):
    bad("export saved-on line")
DATE = re.compile(r"^([ก-๙]{1,2})\. (\d\d)/(\d\d)/(\d{4})$")
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
export_msgs, day, prev, i = [], None, None, 2
while i < len(export_lines):
    s = export_lines[i]
    ln = i + 1
    if s == "":
        if i + 1 < len(export_lines) and not DATE.match(export_lines[i + 1]):
            bad(f"{EXPORT}:{ln}: blank line not before a date line")
        i += 1
        continue
    m = DATE.match(s)
    if m:
        if export_lines[i - 1] != "":
            bad(f"{EXPORT}:{ln}: date line without a blank line before it")
        day = datetime.date(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
        wd = ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"][day.weekday()]
        if m.group(1) != wd:
            bad(f"{EXPORT}:{ln}: weekday {m.group(1)} for {day}")
        i += 1
        continue
    m = MSG.match(s)
    if not m or day is None:
        bad(f"{EXPORT}:{ln}: not a message line: {s[:40]}")
        i += 1
        continue
    t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=BKK)
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
        for pat, ev in ((r"^(.+) เพิ่ม (.+) เข้ากลุ่ม$", "invite"), (r"^(.+) ลบ (.+) ออกจากกลุ่ม$", "remove")):
            mm = re.match(pat, text)
            if mm:
                rec.update(event=ev, sender=mm.group(1), target=mm.group(2))
                break
        else:
            for suf, ev in ((" เข้าร่วมกลุ่ม", "join"), (" ออกจากกลุ่ม", "leave"), (" ยกเลิกข้อความ", "unsend")):
                if text.endswith(suf):
                    rec.update(event=ev, sender=text[:-len(suf)])
                    break
            else:
                bad(f"{EXPORT}:{ln}: unknown system line")
                rec.update(event="?", sender="?")
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
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS:
            bad(f"SKN-5O row {row}")
        if row["file"] != "volunteer-centre.jsonl":
            bad(f"SKN-5O outside ศอ.จอส.จว.สน.: {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"] or not row["note"]:
        bad(f"no who/note {row}")
    # a posting finding on a media message must be the first message of its post
    if r and row["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and r["type"] in ("image", "file", "video"):
        recs = records[row["file"]]
        k = recs.index(r)
        if k and recs[k - 1]["sender"] == r["sender"] and (r["_t"] - recs[k - 1]["_t"]).total_seconds() <= 180:
            bad(f"posting finding not at the first message of its post: {row['file']}:{row['line']}")
for k, v in Counter((r["rule"], r["file"], r["line"], r["who"], r["note"]) for r in truth).items():
    if v > 1:
        bad(f"duplicate truth row {k}")
for row in near:
    at(row)
    if not row["why"]:
        bad(f"near miss without a reason {row}")
for k, v in Counter((r["file"], r["line"]) for r in near).items():
    if v > 1:
        bad(f"two near-miss rows for {k}")
for k in {(r["file"], int(r["line"])) for r in near} & {(r["file"], int(r["line"])) for r in truth}:
    bad(f"line {k} is both a finding and a near miss")

# ---------------------------------------------------------------- recompute membership, SKN-CAP and SKN-2P
expect = set()
for fn, recs in records.items():
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen, inside, capped = set(), set(), False
    for r in recs:
        who = []
        if r["type"] == "system":
            if r["event"] == "invite":
                who.append((r["target"], None, r["sender"]))
            elif r["event"] == "join":
                who.append((r["sender"], None, None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None))
        for name, sid, inviter_name in who:
            pid = resolve(name, sid)
            if pid not in (None, "AMBIGUOUS") and set(PEOPLE[pid]["roles"]) & admitted and pid not in inside:
                inside.add(pid)
                if group in CAP and len(inside) > CAP[group] and not capped:
                    capped = True
                    expect.add(("SKN-CAP", fn, r["_line"], name))
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
                if inviter_name:
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
# OUTSIDER rows added by someone name the inviter
for row in truth:
    if row["rule"] == "OUTSIDER":
        r = at(row)
        if r and r["type"] == "system" and r["event"] == "invite" and norm(r["sender"]) not in norm(row["note"]):
            if PEOPLE.get(resolve(r["sender"])) and not any(norm(n) in norm(row["note"]) for n in PEOPLE[resolve(r["sender"])]["display_names"].split("|")):
                bad(f"OUTSIDER row does not name the inviter: {row}")
# posting rules apply to the right groups
PGROUP = {"SKN-2P": "ข้อสั่งการ ปค.สน.", "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-5P": "ศอ.จอส.จว.สน.",
          "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}
for row in truth:
    r = at(row)
    if r is None:
        continue
    if row["rule"] in PGROUP and r["group"] != PGROUP[row["rule"]]:
        bad(f"{row['rule']} in the wrong group: {row}")
    if row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P") and r["type"] == "system":
        bad(f"posting finding on a system line: {row}")
    if row["rule"] == "SKN-4P":
        pid = resolve(r["sender"], r.get("senderId"))
        if pid in PEOPLE and set(PEOPLE[pid]["roles"]) & {"governor", "vice_governor"}:
            bad(f"SKN-4P on a governor's or vice governor's post: {row}")
    if row["rule"] == "SKN-5P":
        pid = resolve(r["sender"], r.get("senderId"))
        if pid in PEOPLE and "provincial_palad" in PEOPLE[pid]["roles"]:
            bad(f"SKN-5P on the palad's post: {row}")
        if pid in PEOPLE and "volunteer_center_staff" in PEOPLE[pid]["roles"] and not PEOPLE[pid]["district"]:
            bad(f"SKN-5P on the provincial centre's post: {row}")
# nothing of ข้อสั่งการ ปจ.สน. is a posting finding
for row in truth:
    if row["file"] == EXPORT and row["rule"] not in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-CAP"}:
        bad(f"posting finding in ข้อสั่งการ ปจ.สน.: {row}")

# ---------------------------------------------------------------- the duty table, restated by hand from the orders
# order: (time, sender roster id) -> districts and deadlines
ALL = list(DISTRICTS)
FOUR = ["เมืองสกลนคร", "โพนนาแก้ว", "กุสุมาลย์", "โคกศรีสุพรรณ"]


def dt(day, h, m, s=0):
    return datetime.datetime(2026, 9, day, h, m, s, tzinfo=BKK)


DUTIES = {
    ("2026-09-21T08:40", "P005"): (FOUR, [dt(22, 9, 0), dt(23, 9, 0), dt(24, 9, 0), dt(25, 9, 0)]),   # O1 daily, span 22-25
    ("2026-09-21T10:30", "P010"): (ALL, [dt(23, 23, 59, 59)]),                                       # O2 ภายในวันพุธที่ ๒๓
    ("2026-09-22T09:30", "P010"): ([d for d in ALL if d not in FOUR], [dt(23, 9, 30)]),               # O3 ๒๔ ชม., ยกเว้น ๔
    ("2026-09-22T13:15", "P005"): (["เมืองสกลนคร", "โพนนาแก้ว", "อากาศอำนวย"], [dt(22, 16, 0)]),      # O4 no end: first day only
    ("2026-09-23T10:00", "P005"): (ALL, [dt(28, 23, 59, 59)]),                                       # O5 ภายใน ๓ วัน -> Sat -> Mon
    ("2026-09-23T14:10", "P010"): (ALL, [dt(25, 12, 0)]),                                            # O6 as corrected
    ("2026-09-24T08:30", "P005"): (["วานรนิวาส", "อากาศอำนวย", "คำตากล้า", "บ้านม่วง"], [dt(25, 8, 30)]),  # O7 ด่วน, 24 h
    ("2026-09-24T13:00", "P010"): (ALL, [dt(24, 16, 30)]),                                           # O8 ๑๖.๓๐ น. วันนี้
    ("2026-09-25T09:00", "P005"): (["อากาศอำนวย", "วานรนิวาส", "โพนนาแก้ว"],
                                   [dt(25, 15, 0), dt(26, 15, 0), dt(27, 15, 0), dt(28, 15, 0)]),    # O9 daily incl. weekend
}
PHOTO_ORDERS = {("2026-09-21T10:30", "P010")}
vol = {r["id"]: r for r in records["volunteer-centre.jsonl"]}
order_ids = {}
for (tm, pid), _ in DUTIES.items():
    hits = [r for r in records["volunteer-centre.jsonl"] if r["time"][:16] == tm and resolve(r["sender"], r.get("senderId")) == pid
            and r["type"] in ("text", "file")]
    if not hits or any(h["type"] != "file" for h in hits[1:]):
        bad(f"order at {tm} by {pid} not found")
        continue
    order_ids[hits[0]["id"]] = (tm, pid)
expected_keys = set()
for oid, k in order_ids.items():
    ds, dls = DUTIES[k]
    for d in ds:
        for dl in dls:
            expected_keys.add((oid, d, dl))
got_keys = Counter((r["order"], r["district"], datetime.datetime.fromisoformat(r["deadline"])) for r in ledger)
for k, v in got_keys.items():
    if v > 1:
        bad(f"duplicate duty {k}")
for k in sorted(expected_keys - set(got_keys), key=str):
    bad(f"duty missing from ledger: {k}")
for k in sorted(set(got_keys) - expected_keys, key=str):
    bad(f"ledger duty not in the hand table: {k}")

log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != records["volunteer-centre.jsonl"][-1]["_t"]:
    bad("the log's last message is not in volunteer-centre.jsonl")
answers_used = Counter()
for row in ledger:
    if row["order"] not in vol:
        bad(f"ledger order {row['order']} not in volunteer-centre.jsonl")
        continue
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    o = vol[row["order"]]
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None:
            bad(f"ledger answer {row['answer']} not in volunteer-centre.jsonl")
            continue
        answers_used[(row["answer"], row["order"])] += 1
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"] or not set(PEOPLE[pid]["roles"]) & DISTRICT_ROLES:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["_t"] <= o["_t"]:
            bad(f"answer {row['answer']} before its order")
        if (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {row['order']} {row['district']} {row['deadline']}")
        if a["type"] == "image" and order_ids.get(row["order"]) not in PHOTO_ORDERS:
            bad(f"photos alone answer an order that asks for no photos: {row}")
        if a["type"] == "sticker" or a["type"] == "system":
            bad(f"a sticker or notice as an answer: {row}")
        # a daily report answers the day it states, else the day it is sent
        k = order_ids.get(row["order"])
        if k and len(DUTIES[k][1]) > 1:
            txt = a.get("text", "")
            days = set(int(x) for x in re.findall(r"(?<!\d)(2[0-9])(?=\s*(?:ก\.ย\.|/0?9|/๐?๙))", txt.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))))
            if days and dl.day not in days:
                bad(f"daily answer {row['answer']} states day(s) {days}, duty day {dl.day}")
            if not days and a["_t"].day != dl.day:
                bad(f"daily answer {row['answer']} states no day and is sent on {a['_t'].day}, duty day {dl.day}")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
for (aid, oid), v in answers_used.items():
    if v > 1:  # one post may answer two orders, never two duties (days) of one order
        bad(f"answer {aid} pays {v} duties of one order")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"]
            and ((row["state"] == "late" and l["answer"] == row["message"]) or (row["state"] == "missing" and l["order"] == row["message"]))]
    if len(hits) > 1:
        hits = [l for l in hits if datetime.datetime.fromisoformat(l["deadline"]).strftime("%a %d %H:%M") in row["note"]]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in ledger: {row}")
if sum(1 for r in truth if r["rule"] == "SKN-5O") != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- counts
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
B = BOUNDS
if not B["total"][0] <= total <= B["total"][1]:
    bad(f"total messages {total}")
if counts["volunteer-centre.jsonl"] != max(counts.values()):
    bad("ศอ.จอส.จว.สน. is not the biggest group")
if not B["roster"][0] <= len(roster) <= B["roster"][1]:
    bad(f"roster has {len(roster)} people")
if not B["posting_membership"][0] <= pm <= B["posting_membership"][1]:
    bad(f"{pm} posting/membership findings")
if not B["late_missing"][0] <= rules["SKN-5O"] <= B["late_missing"][1]:
    bad(f"{rules['SKN-5O']} late/missing")
owf = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
if not B["orders_with_findings"][0] <= len(owf) <= B["orders_with_findings"][1]:
    bad(f"{len(owf)} orders with late or missing answers")
if not B["near"][0] <= len(near) <= B["near"][1]:
    bad(f"{len(near)} near misses")
for rl in ("SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-6", "SKN-6P", "SKN-ALL", "SKN-CAP", "OUTSIDER"):
    if not rules[rl]:
        bad(f"no {rl} finding")
if sum(1 for o in {l["order"] for l in ledger} if sum(1 for l in ledger if l["order"] == o) < 18) < 2:
    bad("fewer than 2 orders to some districts only")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(states), "orders with duties:", len({l['order'] for l in ledger}), "with late/missing:", len(owf))
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
