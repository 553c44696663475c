"""Checks week BO: formats, ids, time order, the phone export of ศอ.จอส.จว.สน., truth / near-miss / ledger rows
against real messages, the roster, the ledger's states against its deadlines and the end of the log, and the
membership, SKN-ALL, OUTSIDER, SKN-CAP and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the
letter's member lists. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ID_PREFIX = "bo"
TIME_PATTERN = r"2026-12-(0[7-9]|1[01])T\d\d:\d\d:\d\d\+07:00"
FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl",
         "nakpokkhrong.jsonl"]
EXPORT = "[LINE] ศอ.จอส.จว.สน..txt"
EXPORT_GROUP = "ศอ.จอส.จว.สน."
BOUNDS = {"total": (650, 720), "roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18),
          "near": (80, 100), "orders": (6, 10), "orders_with_findings": (6, 8)}
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
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร.", "นพ."]
MEDIA = ("image", "file", "video")
DISTRICT_PEOPLE = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}


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
if sum(1 for r in roster if r["line_user_id"]) < len(roster) / 2 or not any(r["email"] for r in roster):
    bad("roster needs LINE ids on most people and some e-mails")
if sum(1 for r in roster if "governor" in r["roles"]) != 1 or \
        sum(1 for r in roster if "vice_governor" in r["roles"]) != 3 or \
        sum(1 for r in roster if "agency_head" in r["roles"]) < 10:
    bad("roster: province-level staffing")
if not any("|" in r["display_names"] for r in roster if "district_chief" in r["roles"]):
    bad("no district chief with a second display name (rename)")


def resolve(name, sid=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    ps = by_name.get(norm(name), set())
    if len(ps) == 1:
        return next(iter(ps))
    if len(ps) > 1:
        return "AMBIGUOUS"
    return None


def roles_of(pid):
    return set(PEOPLE[pid]["roles"]) if pid not in (None, "AMBIGUOUS") else set()


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
        if r["type"] in MEDIA and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        if "senderId" in r and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: senderId")
        recs.append(r)
    if len(groups) != 1 or next(iter(groups)) not in GROUPS:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])
ordered = sorted(all_ids.values(), key=lambda r: r["id"])
for a, b in zip(ordered, ordered[1:]):
    if b["_t"] < a["_t"]:
        bad(f"ids not in time order across the JSONL files: {a['id']} {b['id']}")
if ordered and (ordered[0]["id"] != ID_PREFIX + "0001" or ordered[-1]["id"] != f"{ID_PREFIX}{len(ordered):04d}"):
    bad("ids are not a run from 0001")

# ---------------------------------------------------------------- the phone export
if not os.path.exists(os.path.join(DIR, EXPORT)):
    bad("no export " + EXPORT)
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8", newline="").read()
if "\r" in raw:
    bad("export has CR characters")
export_lines = raw.split("\n")
if export_lines[-1] == "":
    export_lines.pop()
if export_lines[0] != "\ufeff[LINE] ประวัติการแชทในกลุ่ม \"" + EXPORT_GROUP + "\"":
    bad("export header")
m = re.fullmatch(r"บันทึกเมื่อ (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", export_lines[1])
saved = None
if not m:
    bad("export saved-on line")
else:
    saved = datetime.datetime(int(m.group(3)) - 543, int(m.group(2)), int(m.group(1)), int(m.group(4)),
                              int(m.group(5)), tzinfo=BKK)
if export_lines[2] != "":
    bad("export: no blank line after the header")
DATE = re.compile(r"^([ก-๙]{1,2})\. (\d\d)/(\d\d)/(\d{4})$")
MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")
export_msgs, day, prev, i = [], None, None, 3
while i < len(export_lines):
    s = export_lines[i]
    ln = i + 1
    if s == "":
        i += 1
        continue
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
        if m.group(1) != ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"][day.weekday()]:
            bad(f"{EXPORT}:{ln}: weekday {m.group(1)} for {day}")
        if export_lines[i - 1] != "":
            bad(f"{EXPORT}:{ln}: no blank line before the date line")
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
    if text.startswith('"') and sender:
        body = [text]
        while not (body[-1].endswith('"') and (len(body) > 1 or len(body[0]) > 1)
                   and (len(body[-1]) - len(body[-1].rstrip('"'))) % 2 == 1):
            i += 1
            body.append(export_lines[i])
        text = "\n".join(body)[1:-1].replace('""', '"')
    rec = {"_line": ln, "_file": EXPORT, "_t": t, "group": EXPORT_GROUP, "id": ""}
    if sender == "":
        rec["type"] = "system"
        for pat, ev in ((r"^(.+) เพิ่ม (.+) เข้ากลุ่ม$", "invite"), (r"^(.+) ลบ (.+) ออกจากกลุ่ม$", "remove"),
                        (r"^(.+) เข้าร่วมกลุ่ม$", "join"), (r"^(.+) ออกจากกลุ่ม$", "leave"),
                        (r"^(.+) ยกเลิกข้อความ$", "unsend")):
            mm = re.match(pat, text)
            if mm:
                rec.update(event=ev, sender=mm.group(1))
                if ev in ("invite", "remove"):
                    rec["target"] = mm.group(2)
                break
        else:
            bad(f"{EXPORT}:{ln}: unknown system line")
            rec.update(event="?", sender="")
    else:
        rec["sender"] = sender
        rec["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker", "[ไฟล์]": "file", "[วิดีโอ]": "video"}.get(text, "text")
        if rec["type"] in MEDIA:
            rec["attachment"] = text
        if rec["type"] == "text":
            rec["text"] = text
    export_msgs.append(rec)
    i += 1
records[EXPORT] = export_msgs
if saved and export_msgs and saved < export_msgs[-1]["_t"]:
    bad("export saved before its last message")
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != export_msgs[-1]["_t"]:
    bad("the log's last message is not in the export")


def post_starts(recs):
    """The first message of each post: media (or a caption after media) by the same sender within 3 minutes
    belong to the post before them."""
    starts, prev = set(), None
    for r in recs:
        same = (prev is not None and r["type"] != "system" and prev["type"] != "system"
                and prev["sender"] == r["sender"] and (r["_t"] - prev["_t"]).total_seconds() <= 180
                and (r["type"] in MEDIA or (r["type"] == "text" and prev["type"] in MEDIA)))
        if not same and r["type"] != "system":
            starts.add(r["_line"])
        prev = r
    return starts


POSTS = {fn: post_starts(recs) for fn, recs in records.items()}

# ---------------------------------------------------------------- rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
RULES = MEMBERSHIP | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P", "SKN-ALL", "OUTSIDER", "SKN-CAP"}


def read_rows(name, head):
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        h = f.readline().rstrip("\n")
    if h != head:
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
    if not row["who"] or not row["note"]:
        bad(f"no who or note {row}")
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS or row["file"] != EXPORT:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if r is None:
        continue
    if row["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and int(row["line"]) not in POSTS[row["file"]]:
        bad(f"posting finding not at the first message of a post: {row['file']}:{row['line']}")
    pid = resolve(r.get("sender", ""), r.get("senderId"))
    if row["rule"] == "SKN-4P" and roles_of(pid) & {"governor", "vice_governor"}:
        bad(f"SKN-4P on a governor's or vice governor's post: {row['line']}")
    if row["rule"] == "SKN-5P":
        rl = roles_of(pid)
        centre = "provincial_palad" in rl or ("volunteer_center_staff" in rl and not PEOPLE[pid]["district"])
        if centre:
            bad(f"SKN-5P on a post of the provincial centre: {row['line']}")
    if row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P", "SKN-2P") and \
            GROUPS[r["group"]][0] + "P" != row["rule"]:
        bad(f"{row['rule']} in the wrong group: {row['file']}")
    if row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P") and pid in (None, "AMBIGUOUS"):
        bad(f"{row['rule']} on an unresolved sender: {row['line']}")
for row in near:
    if not row["why"]:
        bad(f"near miss without a reason {row}")
    at(row)
near_keys = Counter((r["file"], int(r["line"])) for r in near)
for k, v in near_keys.items():
    if v > 1:
        bad(f"near miss listed twice {k}")
for k in set(near_keys) & {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}:
    bad(f"line {k} is both a finding and a near miss")
for k, v in Counter((r["rule"], r["file"], r["line"], r["who"]) for r in truth).items():
    if v > 1:
        bad(f"duplicate truth row {k}")

# ---------------------------------------------------------------- recompute membership, SKN-ALL, OUTSIDER, SKN-CAP
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
            if pid not in (None, "AMBIGUOUS") and roles_of(pid) & admitted and pid not in inside:
                inside.append(pid)
                if group in CAP and len(inside) == CAP[group] + 1:
                    expect.add(("SKN-CAP", fn, r["_line"], norm(name)))
            key = pid if pid not in (None, "AMBIGUOUS") else "name:" + norm(name)
            if key in seen:
                continue
            seen.add(key)
            if pid == "AMBIGUOUS":
                continue
            if pid is None:
                expect.add(("OUTSIDER", fn, r["_line"], norm(name)))
                continue
            if not roles_of(pid) & admitted:
                expect.add((rule, fn, r["_line"], norm(name)))
                if inviter:
                    expect.add(("SKN-ALL", fn, r["_line"], norm(name)))
                    expect.add(("SKN-ALL", fn, r["_line"], norm(inviter_name)))
    if group == "ข้อสั่งการ ปค.สน.":
        for r in recs:
            if r["_line"] in POSTS[fn]:
                pid = resolve(r["sender"], r.get("senderId"))
                if pid != "AMBIGUOUS" and not roles_of(pid) & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], norm(r["sender"])))
got = {(r["rule"], r["file"], int(r["line"]), norm(r["who"])) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P", "SKN-CAP"}}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")

# ---------------------------------------------------------------- media stay with their post
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in MEDIA and k > 0 and recs[k - 1]["sender"] != r["sender"]:
            for x in recs[max(0, k - 6):k]:
                if x["sender"] == r["sender"] and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger
vol = line_index[EXPORT]
orders = defaultdict(list)
for row in ledger:
    try:
        o_line = int(row["order"].split(":")[-1])
    except ValueError:
        bad(f"ledger order {row['order']}")
        continue
    orders[o_line].append(row)
    o = vol.get(o_line)
    if o is None or o_line not in POSTS[EXPORT]:
        bad(f"ledger order {row['order']} is not the first line of a post in the export")
        continue
    opid = resolve(o["sender"])
    rl = roles_of(opid)
    if not ("provincial_palad" in rl or ("volunteer_center_staff" in rl and not PEOPLE[opid]["district"])):
        bad(f"ledger order {o_line} not by the provincial centre")
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    if dl <= o["_t"]:
        bad(f"deadline before its order {row}")
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(int(row["answer"].split(":")[-1])) if row["answer"] else None
        if a is None or int(row["answer"].split(":")[-1]) not in POSTS[EXPORT]:
            bad(f"ledger answer {row['answer']} is not the first line of a post in the export")
            continue
        pid = resolve(a["sender"])
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"] or \
                not roles_of(pid) & DISTRICT_PEOPLE:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["type"] == "image":
            words = o.get("text") or next((x.get("text", "") for x in export_msgs
                                           if x["_t"] == o["_t"] and x["sender"] == o["sender"] and x.get("text")), "")
            if "ภาพ" not in words:
                bad(f"photos alone answer an order that asks for no photos: {row['answer']}")
        if a["_t"] <= o["_t"]:
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
for k, v in Counter((r["order"], r["district"]) for r in ledger).items():
    if v > 1:
        bad(f"duplicate duty {k}")
for k, v in Counter((r["order"], r["answer"]) for r in ledger if r["answer"]).items():
    if v > 1:
        bad(f"answer {k[1]} pays two duties of one order")
for o_line, rows in orders.items():
    if len({r["deadline"] for r in rows}) != 1:
        bad(f"order {o_line} with more than one deadline")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"] and
            ((row["state"] == "late" and l["answer"] == row["line"]) or
             (row["state"] == "missing" and l["order"] == row["line"]))]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in the ledger: {row}")
if sum(1 for r in truth if r["rule"] == "SKN-5O") != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- sizes
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
with_findings = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
partial = [o for o, rows in orders.items() if len(rows) < 18]
B = BOUNDS
for name, value in (("total", total), ("roster", len(roster)), ("posting_membership", pm),
                    ("late_missing", rules["SKN-5O"]), ("near", len(near)), ("orders", len(orders)),
                    ("orders_with_findings", len(with_findings))):
    if not B[name][0] <= value <= B[name][1]:
        bad(f"{name} is {value}, not {B[name][0]}-{B[name][1]}")
if counts[EXPORT] != max(counts.values()) or counts[EXPORT] < 0.38 * total:
    bad("ศอ.จอส.จว.สน. is not the biggest group")
if len(partial) < 2:
    bad("fewer than 2 orders to some districts only")
for r in ("OUTSIDER", "SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P", "SKN-ALL", "SKN-CAP") + tuple(sorted(MEMBERSHIP)):
    if not rules[r]:
        bad(f"no {r} finding")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(states), "orders with duties:", len(orders), "(partial:", len(partial), ")")
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
