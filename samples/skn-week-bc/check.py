"""Checks week BC (27-31 July 2026): the roster, the five JSONL chats, the LINE-for-PC export of
ศอ.จอส.จว.สน., truth.csv / near-misses.csv / ledger.csv against real lines, the membership, outsider,
SKN-ALL, ข้อสั่งการ ปค.สน. posting and SKN-CAP findings recomputed from the roster and the letter's
member lists, every ledger deadline recomputed from its order's wording and the holiday calendar, the
reminders' lists of districts still owing, and the sizes a week of this kind keeps to. Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

DIR = os.path.dirname(os.path.abspath(__file__))
ID_PREFIX = "bc"
BKK = datetime.timezone(datetime.timedelta(hours=7))
TIME_PATTERN = re.compile(r"2026-07-(2[7-9]|3[01])T\d\d:\d\d:\d\d\+07:00")
FILES = ["pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl", "nakpokkhrong.jsonl"]
EXPORT = "[LINE]ศอ.จอส.จว.สน..txt"
EXPORT_GROUP = "ศอ.จอส.จว.สน."
# government holidays in the week (cabinet list for 2569): the King's birthday, อาสาฬหบูชา, วันเข้าพรรษา
HOLIDAYS = {datetime.date(2026, 7, 28), datetime.date(2026, 7, 29), datetime.date(2026, 7, 30)}

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
ISOLATES = re.compile("[\u2066-\u2069\u200b-\u200f\ufeff]")


def norm(name):
    s = ISOLATES.sub("", name)
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


# ================================================================ roster
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
    if r["district"] and not set(r["roles"]) & DISTRICT_ROLES:
        bad(f"roster {r['person_id']}: a district but no district role")
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
    if sum(1 for x in rs if "district_chief" in x) != 1:
        bad(f"district {d} has not exactly one chief")
role_count = Counter(ro for r in roster for ro in r["roles"])
if role_count["governor"] != 1 or role_count["vice_governor"] != 3 or role_count["provincial_palad"] != 1:
    bad("province leadership counts")
if not 2 <= role_count["provincial_admin_staff"] <= 3:
    bad("provincial_admin_staff count")
prov_vol = [r for r in roster if "volunteer_center_staff" in r["roles"] and not r["district"]]
if not 1 <= len(prov_vol) <= 2:
    bad("province-level volunteer officers")
if not 10 <= role_count["agency_head"] <= 14 or role_count["retired"] < 1 or role_count["staff"] < 2:
    bad("agency heads / staff / retired counts")
if sum(1 for r in roster if len(r["roles"]) > 1) < 2:
    bad("fewer than two people with two roles")
multi_names = [r for r in roster if "|" in r["display_names"]]
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if not 85 <= len(roster) <= 90:
    bad(f"roster has {len(roster)} people")
if sum(1 for r in roster if r["line_user_id"]) < len(roster) / 2:
    bad("LINE ids on fewer than half the roster")


def resolve(name, sid=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    ps = by_name.get(norm(name), set())
    if len(ps) == 1:
        return next(iter(ps))
    if len(ps) > 1:
        return "AMBIGUOUS"
    return None


# ================================================================ JSONL
records = {}
all_ids = []
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
        if not TIME_PATTERN.fullmatch(r["time"]):
            bad(f"{fn}:{ln}: time {r['time']}")
        t = datetime.datetime.fromisoformat(r["time"])
        r["_t"] = t
        if prev and t < prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = t
        groups.add(r["group"])
        if "senderId" in r and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: bad senderId")
        if r["type"] not in ("text", "image", "sticker", "file", "video", "system"):
            bad(f"{fn}:{ln}: type {r['type']}")
        if r["type"] == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend"):
                bad(f"{fn}:{ln}: event")
            if r.get("event") in ("invite", "remove") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
            if "senderId" in r:
                bad(f"{fn}:{ln}: system notice with a senderId")
        if r["type"] in ("image", "file", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        recs.append(r)
        all_ids.append((r["_t"], r["id"]))
    if len(groups) != 1:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
ids = [i for _, i in all_ids]
if len(set(ids)) != len(ids):
    bad("duplicate ids")
if [i for _, i in sorted(all_ids)] != sorted(ids):
    bad("ids do not run in time order across the JSONL files")
if sorted(ids) != [f"{ID_PREFIX}{n:04d}" for n in range(1, len(ids) + 1)]:
    bad("ids are not bc0001… without gaps")
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])
    for k, r in enumerate(recs):  # a post's media must follow its own text
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1]["sender"] != r["sender"]:
            for x in recs[max(0, k - 6):k]:
                if x["sender"] == r["sender"] and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ================================================================ the LINE for PC export (Thai UI)
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
if raw.startswith("\ufeff"):
    bad("export: a PC export has no BOM here")
if "\r" in raw:
    bad("export: CR characters")
lines = raw.split("\n")
if lines[-1] == "":
    lines.pop()
DATE = re.compile(r"^(\d{4})\.(\d\d)\.(\d\d) (วัน\S+)$")
WEEKDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
TIMELINE = re.compile(r"^(\d\d):(\d\d) (.+)$")
if not DATE.match(lines[0]):
    bad("export: first line is not a date line (a PC export has no header)")
known = sorted({n for r in roster for n in r["display_names"].split("|")}, key=len, reverse=True)
outsider_names = set()
SYS = [("join", re.compile(r"^(?P<a>.+?) (?P=a) เข้าร่วมกลุ่ม$")),
       ("leave", re.compile(r"^(?P<a>.+?) (?P=a) ออกจากกลุ่ม$")),
       ("invite", re.compile(r"^(?P<a>.+?) (?P=a) เพิ่ม (?P<b>.+) เข้ากลุ่ม$")),
       ("remove", re.compile(r"^(?P<a>.+?) (?P=a) ลบ (?P<b>.+) ออกจากกลุ่ม$"))]


def split_sender(rest):
    plain = ISOLATES.sub("", rest)
    for n in sorted(set(known) | outsider_names, key=len, reverse=True):
        if plain.startswith(n + " "):
            # map back to the raw sender (keeping any isolates around it)
            k, seen = 0, 0
            while seen < len(n):
                if not ISOLATES.match(rest[k]):
                    seen += 1
                k += 1
            while k < len(rest) and ISOLATES.match(rest[k]):
                k += 1
            return rest[:k], rest[k + 1:]
    return None, None


export_msgs, day, prev_t, cur = [], None, None, None
for i, s in enumerate(lines):
    ln = i + 1
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) != WEEKDAY[day.weekday()]:
            bad(f"export:{ln}: weekday {m.group(4)} for {day}")
        if not datetime.date(2026, 7, 27) <= day <= datetime.date(2026, 7, 31):
            bad(f"export:{ln}: date outside the week")
        cur = None
        continue
    m = TIMELINE.match(s)
    rec = None
    if m and day is not None:
        t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=BKK)
        rest = m.group(3)
        for ev, rx in SYS:
            mm = rx.match(ISOLATES.sub("", rest))
            if mm:
                rec = {"type": "system", "event": ev, "sender": mm.group("a"), "target": mm.groupdict().get("b")}
                if ev == "join":
                    outsider_names.add(mm.group("a"))
                if ev == "invite":
                    outsider_names.add(mm.group("b"))
                break
        if rec is None and rest.endswith(" ยกเลิกข้อความ") and split_sender(rest[:-len("ยกเลิกข้อความ")])[0]:
            rec = {"type": "system", "event": "unsend", "sender": rest[:-len(" ยกเลิกข้อความ")]}
        if rec is None:
            sender, text = split_sender(rest)
            if sender is not None:
                kind = {"รูป": "image", "สติกเกอร์": "sticker", "วิดีโอ": "video"}.get(text, "text")
                rec = {"type": kind, "sender": sender}
                if kind == "text":
                    rec["text"] = text
            else:
                bad(f"export:{ln}: a time line whose sender is not known: {s[:50]}")
        if rec is not None:
            if prev_t and t < prev_t:
                bad(f"export:{ln}: out of order")
            prev_t = t
            rec.update(_line=ln, _file=EXPORT, _t=t, id="", group=EXPORT_GROUP)
            export_msgs.append(rec)
            cur = rec
            continue
    if cur is None or cur["type"] != "text":
        bad(f"export:{ln}: a line that is neither a date, a message nor a continuation of a text: {s[:50]}")
        continue
    if TIMELINE.match(s):
        bad(f"export:{ln}: continuation line that looks like a message line")
    cur["text"] += "\n" + s
records[EXPORT] = export_msgs
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}
ALLFILES = [EXPORT] + FILES

# ================================================================ truth and near-miss rows
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
    if r["id"] != row["message"]:
        bad(f"{fn}:{row['line']} is {r['id']!r}, row says {row['message']!r}")
    return r


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
    r = at(row)
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS or row["file"] != EXPORT:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"] or not row["note"]:
        bad(f"no who / note {row}")
    if r is not None and row["rule"] in ("SKN-4P",) and r.get("_file") != "executives.jsonl":
        bad("SKN-4P outside the executives' group")
    if r is not None and row["rule"] in ("SKN-5P",) and r.get("_file") != EXPORT:
        bad("SKN-5P outside ศอ.จอส.จว.สน.")
    if r is not None and row["rule"] == "SKN-6P" and r.get("_file") != "heads-chiefs.jsonl":
        bad("SKN-6P outside หน.ส่วนราชการ-นอภ.สน.")
    if r is not None and row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        if r["type"] == "system" or resolve(r["sender"], r.get("senderId")) in (None, "AMBIGUOUS"):
            bad(f"posting finding on a notice or an unjudged sender: {row}")
for row in near:
    at(row)
    if not row["why"]:
        bad(f"near miss without a reason {row}")
finding_lines = {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}
for r in near:
    if (r["file"], int(r["line"])) in finding_lines:
        bad(f"{r['file']}:{r['line']} is both a finding and a near miss")
if len({(r["file"], int(r["line"])) for r in near}) != len(near):
    bad("duplicate near-miss rows")

# SKN-4P / SKN-5P / SKN-6P senders must be people whom the rule concerns
for row in truth:
    r = line_index.get(row["file"], {}).get(int(row["line"]))
    if r is None:
        continue
    pid = resolve(r["sender"], r.get("senderId"))
    roles = set(PEOPLE[pid]["roles"]) if pid in PEOPLE else set()
    if row["rule"] == "SKN-4P" and roles & {"governor", "vice_governor"}:
        bad(f"SKN-4P on an order by the governor or a vice governor: {row}")
    if row["rule"] == "SKN-5P" and (("provincial_palad" in roles) or
                                    ("volunteer_center_staff" in roles and not PEOPLE[pid]["district"])):
        bad(f"SKN-5P on a post of the provincial centre: {row}")

# ================================================================ membership, outsiders, SKN-ALL, SKN-2P, SKN-CAP recomputed
expect = set()
for fn in ALLFILES:
    recs = records[fn]
    group = recs[0]["group"]
    rule, admitted = GROUPS[group]
    seen, inside = set(), []
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
                if inviter_name:
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
got = {(r["rule"], r["file"], int(r["line"]), norm(r["who"])) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P", "SKN-CAP"}}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")

# ================================================================ ledger
vol = {r["_line"]: r for r in export_msgs}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != export_msgs[-1]["_t"]:
    bad("the log's last message is not in the export")
# orders with duties: (date, time, sender) -> how the text sets the deadline
ORDERS = {
    ("2026-07-27", "08:40", "อรทัย ศอ.จอส.สน. 💛"): ("at", "2026-07-27 15:30"),        # ภายในเวลา ๑๕.๓๐ น. วันนี้
    ("2026-07-27", "10:15", "ปลัดจังหวัดสกลนคร กฤษณ์"): ("days", 2),                    # ภายใน ๒ วัน
    ("2026-07-27", "13:30", "จ่าสมชาย ศอ.จอส.จว.สน."): ("at", "2026-07-28 18:00"),     # ภายในวันที่ ๒๘ ก.ค. ๖๙ เวลา ๑๘.๐๐ น.
    ("2026-07-27", "16:45", "ปลัดจังหวัดสกลนคร กฤษณ์"): ("date", "2026-07-29"),         # ภายในวันพุธที่ ๒๙ ก.ค. ๖๙
    ("2026-07-28", "19:30", "อรทัย ศอ.จอส.สน. 💛"): ("hours", 24),                     # ภายใน ๒๔ ชม.
    ("2026-07-29", "08:30", "ปลัดจังหวัดสกลนคร กฤษณ์"): ("at", "2026-07-31 12:00"),    # ภายในวันศุกร์ที่ ๓๑ ก.ค. ๖๙ เวลา ๑๒.๐๐ น.
    ("2026-07-30", "09:10", "จ่าสมชาย ศอ.จอส.จว.สน."): ("days", 3),                    # ภายใน ๓ วัน
    ("2026-07-31", "08:30", "จ่าสมชาย ศอ.จอส.จว.สน."): ("at", "2026-07-31 16:30"),     # ภายในเวลา ๑๖.๓๐ น. วันนี้
    ("2026-07-31", "10:00", "ปลัดจังหวัดสกลนคร กฤษณ์"): ("none", None),                # ด่วน, no deadline
}
# reminders: (date, time, sender) -> the order they remind of (their text lists the districts still owing)
REMINDERS = {
    ("2026-07-27", "14:40", "อรทัย ศอ.จอส.สน. 💛"): ("2026-07-27", "08:40"),
    ("2026-07-29", "10:00", "อรทัย ศอ.จอส.สน. 💛"): ("2026-07-28", "19:30"),
    ("2026-07-31", "08:05", "ปลัดจังหวัดสกลนคร กฤษณ์"): ("2026-07-29", "08:30"),
    ("2026-07-31", "15:40", "อรทัย ศอ.จอส.สน. 💛"): ("2026-07-31", "08:30"),
}


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def deadline_of(order, rule):
    kind, v = rule
    if kind == "at":
        return datetime.datetime.fromisoformat(v + ":00+07:00")
    if kind == "date":
        return datetime.datetime.fromisoformat(v + "T23:59:59+07:00")
    if kind == "hours":
        return order["_t"] + datetime.timedelta(hours=v)
    if kind == "none":
        return order["_t"] + datetime.timedelta(hours=24)
    if kind == "days":
        d = order["_t"].date() + datetime.timedelta(days=v)
        while not working(d):
            d += datetime.timedelta(days=1)
        return datetime.datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=BKK)
    raise ValueError(kind)


def find(date, hm, sender=None):
    hits = [r for r in export_msgs if r["_t"].strftime("%Y-%m-%d") == date and r["_t"].strftime("%H:%M") == hm
            and r["type"] == "text" and (sender is None or norm(r["sender"]) == norm(sender))]
    if len(hits) != 1:
        bad(f"cannot find the message of {date} {hm} {sender or ''}")
        return None
    return hits[0]


order_lines = {}
for key, rule in ORDERS.items():
    o = find(*key)
    if o is not None:
        order_lines[o["_line"]] = deadline_of(o, rule)
by_order = defaultdict(list)
for row in ledger:
    by_order[int(row["order"])].append(row)
if set(by_order) != set(order_lines):
    bad(f"ledger orders {sorted(by_order)} are not the orders with duties {sorted(order_lines)}")
for ln, rows in by_order.items():
    o = vol.get(ln)
    if o is None:
        bad(f"ledger order {ln} is not a message line of the export")
        continue
    pid = resolve(o["sender"])
    roles = set(PEOPLE[pid]["roles"]) if pid in PEOPLE else set()
    if not ("provincial_palad" in roles or ("volunteer_center_staff" in roles and not PEOPLE[pid]["district"])):
        bad(f"ledger order {ln} is not by the provincial centre")
    ds = [r["district"] for r in rows]
    if len(set(ds)) != len(ds):
        bad(f"order {ln}: a district twice")
    paid = Counter(r["answer"] for r in rows if r["answer"])
    for a, v in paid.items():
        if v > 1:
            bad(f"order {ln}: answer {a} pays {v} duties")
    for row in rows:
        if row["district"] not in DISTRICTS:
            bad(f"ledger district {row['district']}")
        dl = datetime.datetime.fromisoformat(row["deadline"])
        if ln in order_lines and dl != order_lines[ln]:
            bad(f"order {ln}: ledger deadline {dl.isoformat()} but the wording gives {order_lines[ln].isoformat()}")
        st = row["state"]
        if st in ("on-time", "late"):
            a = vol.get(int(row["answer"])) if row["answer"] else None
            if a is None:
                bad(f"ledger answer {row['answer']} is not a message line of the export")
                continue
            apid = resolve(a["sender"])
            if apid in (None, "AMBIGUOUS") or PEOPLE[apid]["district"] != row["district"] \
                    or not set(PEOPLE[apid]["roles"]) & DISTRICT_ROLES:
                bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
            if a["_t"] <= o["_t"]:
                bad(f"answer {row['answer']} not after its order")
            if (a["_t"] <= dl) != (st == "on-time"):
                bad(f"ledger state {st} wrong for order {ln} {row['district']}")
            if a["type"] not in ("text", "image"):
                bad(f"answer {row['answer']} is a {a['type']}")
        elif st == "missing":
            if row["answer"] or dl >= log_end:
                bad(f"missing row wrong {row}")
        elif st == "not-due":
            if row["answer"] or dl < log_end:
                bad(f"not-due row wrong {row}")
        else:
            bad(f"ledger state {st}")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"]
            and ((row["state"] == "late" and l["answer"] == row["line"]) or
                 (row["state"] == "missing" and l["order"] == row["line"]))]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in the ledger: {row}")
if sum(1 for r in truth if r["rule"] == "SKN-5O") != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")
for key, okey in REMINDERS.items():
    rm = find(*key)
    o = find(*okey)
    if rm is None or o is None:
        continue
    listed = {d for d in DISTRICTS if d in rm["text"]}
    owing = {l["district"] for l in by_order.get(o["_line"], [])
             if not (l["answer"] and vol[int(l["answer"])]["_t"] < rm["_t"])}
    if listed != owing:
        bad(f"reminder at export:{rm['_line']} lists {sorted(listed)}, owing were {sorted(owing)}")

# ================================================================ sizes
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 650 <= total <= 720:
    bad(f"total messages {total}")
if counts[EXPORT] != max(counts.values()) or not 270 <= counts[EXPORT] <= 330:
    bad(f"ศอ.จอส.จว.สน. holds {counts[EXPORT]}")
if not 45 <= pm <= 55:
    bad(f"{pm} posting/membership findings")
if not 14 <= rules["SKN-5O"] <= 18:
    bad(f"{rules['SKN-5O']} late/missing answers")
orders_with_findings = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
if not 6 <= len(orders_with_findings) <= 8:
    bad(f"late/missing spread over {len(orders_with_findings)} orders")
if not 80 <= len(near) <= 100:
    bad(f"{len(near)} near misses")
partial = [o for o, rows in by_order.items() if len(rows) < 18]
if len(partial) < 2:
    bad("fewer than two orders to some districts only")
for rid in ("SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-6", "SKN-6P", "SKN-ALL",
            "SKN-CAP", "OUTSIDER"):
    if rules[rid] == 0:
        bad(f"no {rid} finding")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(sorted(states.items())), "in", len(by_order), "orders (", len(partial), "to some districts only)")
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
