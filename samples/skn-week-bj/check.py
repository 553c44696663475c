"""Checks week BJ (Mon 24 – Fri 28 Aug 2026): file formats, ids and time order, the Thai-UI PC export of
หน.ส่วนราชการ-นอภ.สน., truth / near-miss / ledger rows against real first lines of messages, the roster, the
ledger's states against deadlines, answers and the end of the log, and every membership, SKN-ALL, OUTSIDER,
SKN-CAP and ข้อสั่งการ ปค.สน. posting finding recomputed from the roster and the letter's member lists.
Exit status 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

DIR = os.path.dirname(os.path.abspath(__file__))
ID_PREFIX = "bj"
TIME = re.compile(r"2026-08-2[4-8]T\d\d:\d\d:\d\d\+07:00")
FILES = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl",
         "nakpokkhrong.jsonl"]
EXPORT_GROUP = "หน.ส่วนราชการ-นอภ.สน."
EXPORT = "[LINE]" + EXPORT_GROUP + ".txt"      # LINE for PC names a saved chat [LINE]<chat name>.txt
EXPORT_OUTSIDERS = ["ประกันรถ พี่เก่ง 🚗", "โดรนเกษตร ราคาส่ง"]   # names in the export that fit nobody on the roster
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
BIDI = "[\u2066-\u2069\u200b-\u200f\ufeff]"


def norm(name):
    s = re.sub(BIDI, "", name)
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
if Counter(r["person_id"] for r in roster).most_common(1)[0][1] > 1:
    bad("duplicate person_id")
by_line, by_name = {}, defaultdict(set)
for r in roster:
    r["roles"] = r["role"].split("|")
    for ro in r["roles"]:
        if ro not in ROLES:
            bad(f"roster {r['person_id']}: unknown role {ro}")
    if r["district"] and r["district"] not in DISTRICTS:
        bad(f"roster {r['person_id']}: unknown district {r['district']}")
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]) or r["line_user_id"] in by_line:
            bad(f"roster {r['person_id']}: bad or repeated LINE id")
        by_line[r["line_user_id"]] = r
    for n in r["display_names"].split("|"):
        by_name[norm(n)].add(r["person_id"])
PEOPLE = {r["person_id"]: r for r in roster}
if not 85 <= len(roster) <= 90:
    bad(f"roster has {len(roster)} people")
for d in DISTRICTS:
    rs = [set(r["roles"]) for r in roster if r["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x for x in rs):
            bad(f"district {d} has no {need}")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")
if sum(1 for r in roster if "|" in r["role"]) < 2:
    bad("fewer than two people with two roles")
if sum(1 for r in roster if r["line_user_id"]) < len(roster) / 2:
    bad("LINE ids on fewer than half the roster")
prov_vol = [r for r in roster if "volunteer_center_staff" in r["roles"] and not r["district"]]
if not 1 <= len(prov_vol) <= 2:
    bad("province-level volunteer officers")


def resolve(name, sid=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    ps = by_name.get(norm(name), set())
    if len(ps) == 1:
        return next(iter(ps))
    return "AMBIGUOUS" if ps else None


# ---------------------------------------------------------------- JSONL
records, all_ids = {}, {}
for fn in FILES:
    recs, prev, groups = [], None, set()
    for ln, raw in enumerate(open(os.path.join(DIR, fn), encoding="utf-8"), 1):
        try:
            r = json.loads(raw)
        except Exception as e:  # noqa: BLE001
            bad(f"{fn}:{ln}: not JSON ({e})")
            continue
        r["_line"], r["_file"] = ln, fn
        if list(r)[:4] != ["id", "group", "time", "sender"]:
            bad(f"{fn}:{ln}: field order {list(r)[:4]}")
        for k in ("id", "group", "time", "sender", "type"):
            if k not in r:
                bad(f"{fn}:{ln}: missing {k}")
        if not re.fullmatch(ID_PREFIX + r"\d{4}", r["id"]) or r["id"] in all_ids:
            bad(f"{fn}:{ln}: id {r['id']}")
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
            if "senderId" in r:
                bad(f"{fn}:{ln}: senderId on a system event")
        if r.get("senderId") and not re.fullmatch(r"U[0-9a-f]{32}", r["senderId"]):
            bad(f"{fn}:{ln}: senderId")
        if r["type"] in ("file", "image", "video") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if r["type"] == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        recs.append(r)
    if len(groups) != 1 or next(iter(groups)) not in GROUPS:
        bad(f"{fn}: groups {groups}")
    records[fn] = recs
prev_id = None
for r in sorted((r for recs in records.values() for r in recs), key=lambda r: r["id"]):
    if prev_id and r["_t"] < prev_id["_t"]:
        bad(f"ids not in time order across files at {r['id']}")
    prev_id = r
for fn, recs in records.items():
    seen = set()
    for r in recs:
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{r['_line']}: replyTo {r['replyTo']} not an earlier message of the file")
        seen.add(r["id"])

# ---------------------------------------------------------------- the PC export (Thai UI)
if not os.path.exists(os.path.join(DIR, EXPORT)):
    bad("export file missing: " + EXPORT)
raw_export = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
if raw_export.startswith("\ufeff") or "\r" in raw_export:
    bad("export: BOM or CR")
export_lines = raw_export.split("\n")
if export_lines[-1] == "":
    export_lines.pop()
def clean(name):  # as the name stands in a line: no invisible characters, NFC, single spaces (titles kept)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", re.sub(BIDI, "", name))).strip()


KNOWN = sorted({clean(n) for r in roster for n in r["display_names"].split("|")} | {clean(n) for n in EXPORT_OUTSIDERS},
               key=len, reverse=True)
TH_DAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
DATE = re.compile(r"^(\d{4})\.(\d\d)\.(\d\d) (\S+)$")
MSGL = re.compile(r"^(\d\d):(\d\d) (.+)$")
if not DATE.match(export_lines[0]):
    bad("export does not begin with a date line")
export_msgs, day, prev, cur = [], None, None, None
for i, s in enumerate(export_lines):
    ln = i + 1
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) != TH_DAY[day.weekday()]:
            bad(f"{EXPORT}:{ln}: weekday {m.group(4)} for {day}")
        cur = None
        continue
    m = MSGL.match(s)
    sender = None
    if m:
        rest = clean(m.group(3)) if m.group(3).strip() else ""
        for n in KNOWN:
            if rest == n or rest.startswith(n + " "):
                sender, text = n, rest[len(n) + 1:]
                break
    if sender is None:
        if cur is None:
            bad(f"{EXPORT}:{ln}: not a message line and nothing to continue: {s[:40]}")
        else:
            cur["text"] += "\n" + s
        continue
    t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=BKK)
    if prev and t < prev:
        bad(f"{EXPORT}:{ln}: out of order")
    prev = t
    rec = {"_line": ln, "_file": EXPORT, "_t": t, "group": EXPORT_GROUP, "id": "", "sender": sender}
    X = re.escape(sender)
    if text == sender + " เข้าร่วมกลุ่ม":
        rec.update(type="system", event="join")
    elif text == sender + " ออกจากกลุ่ม":
        rec.update(type="system", event="leave")
    elif text == sender + " เพิ่มประกาศ":
        rec.update(type="system", event="announce")
    elif text == "ยกเลิกข้อความ":
        rec.update(type="system", event="unsend")
    elif re.match("^" + X + r" เพิ่ม (.+) เข้ากลุ่ม$", text):
        rec.update(type="system", event="invite", target=re.match("^" + X + r" เพิ่ม (.+) เข้ากลุ่ม$", text).group(1))
    elif re.match("^" + X + r" ลบ (.+) ออกจากกลุ่ม$", text):
        rec.update(type="system", event="remove", target=re.match("^" + X + r" ลบ (.+) ออกจากกลุ่ม$", text).group(1))
    else:
        rec["type"] = {"รูป": "image", "สติกเกอร์": "sticker", "วิดีโอ": "video"}.get(text, "text")
        if rec["type"] == "text":
            rec["text"] = text
    export_msgs.append(rec)
    cur = rec if rec["type"] == "text" else None
records[EXPORT] = export_msgs
line_index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth, near misses, ledger rows
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
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS or row["file"] != "volunteer-centre.jsonl":
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"]:
        bad(f"no who {row}")
    if r is not None and row["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and (r["type"] == "system" or norm(r["sender"]) != norm(row["who"])):
        bad(f"posting row not at a post of {row['who']}: {row['file']}:{row['line']}")
for row in near:
    at(row)
finding_keys = {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}
for k in {(r["file"], int(r["line"])) for r in near} & finding_keys:
    bad(f"line {k} is both a finding and a near miss")
if len({(r["file"], int(r["line"])) for r in near}) != len(near):
    bad("a near-miss line listed twice")

# ---------------------------------------------------------------- recompute membership, SKN-CAP and SKN-2P
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
                who.append((r["sender"], None, None, None))
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
                inside.append(pid)
                if group in CAP and len(inside) == CAP[group] + 1:
                    expect.add(("SKN-CAP", fn, r["_line"], norm(name)))
    if group == "ข้อสั่งการ ปค.สน.":
        prev = None
        for r in recs:
            if r["type"] == "system":
                prev = None
                continue
            pid = resolve(r["sender"], r.get("senderId"))
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video", "text")
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

# ---------------------------------------------------------------- posts and their media stay together
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1]["sender"] != r["sender"]:
            for x in recs[max(0, k - 6):k]:
                if x["sender"] == r["sender"] and x["type"] == "text" and (r["_t"] - x["_t"]).total_seconds() <= 180:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger
VOL = "volunteer-centre.jsonl"
vol = {r["id"]: r for r in records[VOL]}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if log_end != records[VOL][-1]["_t"]:
    bad("the log's last message is not in volunteer-centre.jsonl")
orders = defaultdict(list)
for row in ledger:
    orders[row["order"]].append(row)
    o = vol.get(row["order"])
    if o is None:
        bad(f"ledger order {row['order']} not in {VOL}")
        continue
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    opid = resolve(o["sender"], o.get("senderId"))
    if opid in (None, "AMBIGUOUS") or not (set(PEOPLE[opid]["roles"]) & {"provincial_palad", "volunteer_center_staff"}) or PEOPLE[opid]["district"]:
        bad(f"ledger order {row['order']} is not by the provincial centre")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None:
            bad(f"ledger answer {row['answer']} not in {VOL}")
            continue
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"]:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        if a["_t"] <= o["_t"]:
            bad(f"answer {row['answer']} before its order")
        if (a["_t"] <= dl) != (st == "on-time"):
            bad(f"ledger state {st} wrong for {row['order']} {row['district']}")
        if a["type"] == "system":
            bad(f"answer {row['answer']} is a system line")
    elif st == "missing":
        if row["answer"] or dl >= log_end:
            bad(f"missing row wrong {row}")
    elif st == "not-due":
        if row["answer"] or dl < log_end:
            bad(f"not-due row wrong {row}")
    else:
        bad(f"ledger state {st}")
for k, v in Counter((r["answer"], r["order"]) for r in ledger if r["answer"]).items():
    if v > 1:
        bad(f"answer {k[0]} pays {v} duties of one order")
for k, v in Counter(r["answer"] for r in ledger if r["answer"]).items():
    if v > 1 and not re.search(r"(^|\n)\s*[๑1][).]", vol[k].get("text", "")):
        bad(f"answer {k} pays {v} duties but is not a numbered answer to several orders")
for k, v in Counter((r["order"], r["district"]) for r in ledger).items():
    if v > 1:
        bad(f"duplicate duty {k}")
for o, rows in orders.items():
    if len({r["deadline"] for r in rows}) != 1:
        bad(f"order {o} with more than one deadline")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"]
            and ((row["state"] == "late" and l["answer"] == row["message"]) or (row["state"] == "missing" and l["order"] == row["message"]))]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in ledger: {row}")
if sum(1 for r in truth if r["rule"] == "SKN-5O") != sum(1 for l in ledger if l["state"] in ("late", "missing")):
    bad("SKN-5O rows and ledger late/missing differ in number")

# ---------------------------------------------------------------- sizes a week of these groups has
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
states = Counter(l["state"] for l in ledger)
pm = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 650 <= total <= 720:
    bad(f"total messages {total}")
if counts[VOL] != max(counts.values()) or not 270 <= counts[VOL] <= 330:
    bad(f"ศอ.จอส.จว.สน. holds {counts[VOL]}")
if not 45 <= pm <= 55:
    bad(f"{pm} posting/membership findings")
if not 14 <= rules["SKN-5O"] <= 18:
    bad(f"{rules['SKN-5O']} late/missing")
lm_orders = {l["order"] for l in ledger if l["state"] in ("late", "missing")}
if not 6 <= len(lm_orders) <= 8:
    bad(f"late/missing spread over {len(lm_orders)} orders")
if sum(1 for rows in orders.values() if len(rows) < 18) < 2:
    bad("fewer than 2 orders to some districts only")
for rule in RULES:
    if not rules[rule]:
        bad(f"no {rule} finding")
if not 80 <= len(near) <= 100:
    bad(f"{len(near)} near misses")

print("messages:", counts, "total", total)
print("findings:", dict(sorted(rules.items())), "posting/membership", pm)
print("duties:", dict(sorted(states.items())), "orders with duties:", len(orders), "with late/missing:", len(lm_orders))
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("all checks pass")
