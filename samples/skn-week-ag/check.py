#!/usr/bin/env python3
"""Checks week AG's files on their own (it reads only the delivered files, not src/): formats, ids, time order,
the LINE PC export, truth rows pointing at real messages, the ledger against its answers and the log's end,
and the membership, outsider and ข้อสั่งการ ปค.สน. posting findings recomputed from roster.csv and the letter's
member lists. Prints the counts; exits 1 on any problem."""
import csv
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

DIR = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=7))
problems = []


def bad(msg):
    problems.append(msg)


ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]
GROUPS = {  # group -> (membership rule, admitted roles)  (letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒, rules page)
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                               "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
JSONL = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.",
         "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
         "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
EXPORT = "[LINE]ข้อสั่งการ ปจ.สน..txt"
EXPORT_GROUP = EXPORT[len("[LINE]"):-len(".txt")]
SOR = "volunteer-centre.jsonl"
WEEK = (datetime.date(2025, 12, 29), datetime.date(2026, 1, 2))
TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย", "ดร.", "นพ."]
BIDI = re.compile("[\u2066-\u2069\u200b-\u200f\ufeff]")


def norm(name):
    s = unicodedata.normalize("NFC", BIDI.sub("", name))
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            return s[len(t):].strip()
    return s


# ---------------------------------------------------------------- roster
with open(os.path.join(DIR, "roster.csv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
if header != "person_id,full_name,display_names,role,agency,district,line_user_id,email":
    bad("roster header: " + header)
roster = list(csv.DictReader(open(os.path.join(DIR, "roster.csv"), encoding="utf-8")))
if not 80 <= len(roster) <= 95:
    bad(f"roster has {len(roster)} people")
by_line, by_name = {}, defaultdict(set)
for r in roster:
    r["roles"] = set(r["role"].split("|"))
    for ro in r["roles"]:
        if ro not in ROLES:
            bad(f"roster {r['person_id']}: unknown role {ro}")
    if r["district"] and r["district"] not in DISTRICTS:
        bad(f"roster {r['person_id']}: unknown district")
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]) or r["line_user_id"] in by_line:
            bad(f"roster {r['person_id']}: bad or repeated LINE id")
        by_line[r["line_user_id"]] = r
    for n in r["display_names"].split("|"):
        by_name[norm(n)].add(r["person_id"])
PEOPLE = {r["person_id"]: r for r in roster}
if len(PEOPLE) != len(roster):
    bad("duplicate person_id")
emails = [r["email"] for r in roster if r["email"]]
if len(set(emails)) != len(emails):
    bad("an e-mail is shared")
for d in DISTRICTS:
    rs = [r["roles"] for r in roster if r["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in x for x in rs):
            bad(f"district {d} has no {need}")
rc = Counter(ro for r in roster for ro in r["roles"])
prov_vol = [r for r in roster if "volunteer_center_staff" in r["roles"] and not r["district"]]
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= len(prov_vol) <= 2 and rc["staff"] >= 2):
    bad(f"roster role counts {dict(rc)}")
if sum(1 for r in roster if r["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    bad("expected two people with coordinating_deputy|volunteer_center_staff")
ambiguous = {k for k, v in by_name.items() if len(v) > 1}
if len(ambiguous) != 1:
    bad(f"expected one shared display name, found {ambiguous}")


def resolve(name, sid=None, renamed=None):
    if sid and sid in by_line:
        return by_line[sid]["person_id"]
    if renamed and norm(name) in renamed:
        return renamed[norm(name)]
    ps = by_name.get(norm(name), set())
    if len(ps) == 1:
        return next(iter(ps))
    return "AMBIGUOUS" if ps else None


# ---------------------------------------------------------------- JSONL files
records = {}
all_ids = {}
for fn, grp in JSONL.items():
    recs, prev, seen = [], None, set()
    for ln, raw in enumerate(open(os.path.join(DIR, fn), encoding="utf-8"), 1):
        try:
            r = json.loads(raw)
        except ValueError as e:
            bad(f"{fn}:{ln}: not JSON ({e})")
            continue
        r["_line"], r["_file"] = ln, fn
        for k in ("id", "group", "time", "sender", "type"):
            if k not in r:
                bad(f"{fn}:{ln}: missing {k}")
        if not re.fullmatch(r"ag\d{4}", r["id"]) or r["id"] in all_ids:
            bad(f"{fn}:{ln}: bad or repeated id {r['id']}")
        all_ids[r["id"]] = r
        if r["group"] != grp:
            bad(f"{fn}:{ln}: group {r['group']}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", r["time"]):
            bad(f"{fn}:{ln}: time {r['time']}")
        t = datetime.datetime.fromisoformat(r["time"])
        if not WEEK[0] <= t.date() <= WEEK[1]:
            bad(f"{fn}:{ln}: outside the week")
        r["_t"] = t
        if prev and t < prev:
            bad(f"{fn}:{ln}: out of time order")
        prev = t
        if "senderId" in r and r["senderId"] not in by_line:
            bad(f"{fn}:{ln}: senderId not on the roster")
        ty = r["type"]
        if ty not in ("text", "image", "video", "file", "sticker", "system"):
            bad(f"{fn}:{ln}: type {ty}")
        if ty == "system":
            if r.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                bad(f"{fn}:{ln}: event {r.get('event')}")
            if r.get("event") in ("invite", "remove", "rename") and not r.get("target"):
                bad(f"{fn}:{ln}: no target")
        if ty == "text" and not r.get("text"):
            bad(f"{fn}:{ln}: empty text")
        if ty in ("image", "video", "file") and not r.get("attachment"):
            bad(f"{fn}:{ln}: media without attachment")
        if "replyTo" in r and r["replyTo"] not in seen:
            bad(f"{fn}:{ln}: replyTo is not an earlier message of the file")
        seen.add(r["id"])
        recs.append(r)
    records[fn] = recs
ordered = sorted(all_ids.values(), key=lambda r: (r["_t"], r["id"]))
if [r["id"] for r in ordered] != sorted(all_ids):
    bad("ids are not numbered in time order across the JSONL files")

# ---------------------------------------------------------------- the LINE PC export (English UI)
raw = open(os.path.join(DIR, EXPORT), encoding="utf-8").read()
if raw.startswith("\ufeff"):
    bad("desktop export should have no BOM")
lines = raw.split("\n")
if lines[-1] == "":
    lines.pop()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2}) (\w+)$")
TIME = re.compile(r"^(\d{2}):(\d{2}) (.+)$")
SYS = re.compile(r"^(.+?) \1 (joined the group\.|left the group\.|invited (.+)\.|removed (.+) from the group\."
                 r"|disabled joining via link or QR code\.)$")
if not DATE.match(lines[0]):
    bad("export must start with a date line (no header in a PC export)")
# names seen in system lines join the roster's names for splitting sender from text
known = {n for r in roster for n in r["display_names"].split("|")}
for s in lines:
    m = TIME.match(s)
    if m:
        mm = SYS.match(m.group(3))
        if mm:
            known.add(mm.group(1))
            for g in (mm.group(3), mm.group(4)):
                if g:
                    known.add(g)
known_norm = sorted({BIDI.sub("", n) for n in known}, key=len, reverse=True)
exp, day, prev = [], None, None
for i, s in enumerate(lines, 1):
    m = DATE.match(s)
    if m:
        day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) != WEEKDAYS[day.weekday()]:
            bad(f"{EXPORT}:{i}: weekday {m.group(4)} for {day}")
        continue
    m = TIME.match(s)
    rec = None
    if m and day:
        t = datetime.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=TZ)
        rest = m.group(3)
        mm = SYS.match(rest)
        if mm:
            ev = {"j": "join", "l": "leave", "i": "invite", "r": "remove", "d": "setting"}[mm.group(2)[0]]
            rec = dict(_line=i, _file=EXPORT, _t=t, id="", group=EXPORT_GROUP, type="system", event=ev,
                       sender=mm.group(1), target=mm.group(3) or mm.group(4))
        else:
            plain = BIDI.sub("", rest)
            for n in known_norm:
                if plain.startswith(n + " "):
                    body = plain[len(n) + 1:]
                    ty = {"Photos": "image", "Stickers": "sticker", "Videos": "video"}.get(body, "text")
                    rec = dict(_line=i, _file=EXPORT, _t=t, id="", group=EXPORT_GROUP, type=ty, sender=n,
                               text=body if ty == "text" else None)
                    break
    if rec is None:
        if not exp:
            bad(f"{EXPORT}:{i}: continuation before any message")
        elif exp[-1]["type"] != "text":
            bad(f"{EXPORT}:{i}: continuation after a non-text line")
        else:
            exp[-1]["text"] += "\n" + s
        continue
    if prev and rec["_t"] < prev:
        bad(f"{EXPORT}:{i}: out of time order")
    if not WEEK[0] <= rec["_t"].date() <= WEEK[1]:
        bad(f"{EXPORT}:{i}: outside the week")
    prev = rec["_t"]
    exp.append(rec)
records[EXPORT] = exp
GROUP_OF = dict(JSONL, **{EXPORT: EXPORT_GROUP})
index = {fn: {r["_line"]: r for r in recs} for fn, recs in records.items()}

# ---------------------------------------------------------------- truth, near misses, ledger rows
MEMBERSHIP = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"}
RULES = MEMBERSHIP | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P", "SKN-ALL", "OUTSIDER"}


def rows(name, head):
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        h = f.readline().rstrip("\n")
    if h != head:
        bad(f"{name} header {h}")
    return list(csv.DictReader(open(os.path.join(DIR, name), encoding="utf-8")))


truth = rows("truth.csv", "rule,file,line,message,who,state,note")
near = rows("near-misses.csv", "file,line,message,why")
ledger = rows("ledger.csv", "order,district,state,answer,deadline,note")


def at(row):
    fn = row["file"]
    if fn not in index:
        bad(f"row points at an unknown file {fn}")
        return None
    r = index[fn].get(int(row["line"]))
    if r is None:
        bad(f"row points at {fn}:{row['line']}, not the first line of a message")
        return None
    if r["id"] != row["message"]:
        bad(f"{fn}:{row['line']} is {r['id'] or '(export line)'}, the row says {row['message']!r}")
    return r


for row in truth:
    if row["rule"] not in RULES:
        bad("unknown rule " + row["rule"])
    at(row)
    if row["rule"] == "SKN-5O":
        if row["state"] not in ("late", "missing") or row["who"] not in DISTRICTS or row["file"] != SOR:
            bad(f"SKN-5O row {row}")
    elif row["state"]:
        bad(f"state on a non-5O row {row}")
    if not row["who"] or not row["note"]:
        bad(f"row without who or note {row}")
for row in near:
    at(row)
    if not row["why"]:
        bad(f"near miss without a reason {row}")
nk = Counter((r["file"], int(r["line"])) for r in near)
for k, v in nk.items():
    if v > 1:
        bad(f"near miss listed twice {k}")
posting_rows = {(r["file"], int(r["line"])) for r in truth if r["rule"] != "SKN-5O"}
for k in set(nk) & posting_rows:
    bad(f"{k} is both a finding and a near miss")

# ---------------------------------------------------------------- membership, outsiders, SKN-2P recomputed
expect = set()
for fn, recs in records.items():
    group = GROUP_OF[fn]
    rule, admitted = GROUPS[group]
    renamed, seen = {}, set()
    for r in recs:
        who = []
        if r["type"] == "system":
            ev = r.get("event")
            if ev == "rename":
                renamed[norm(r["target"])] = resolve(r["sender"], r.get("senderId"), renamed)
                continue
            if ev == "invite":
                who.append((r["target"], None, r["sender"]))
            elif ev == "join":
                who.append((r["sender"], r.get("senderId"), None))
            else:
                continue
        else:
            who.append((r["sender"], r.get("senderId"), None))
        for name, sid, inviter in who:
            pid = resolve(name, sid, renamed)
            key = pid if pid not in (None, "AMBIGUOUS") else "name:" + norm(name)
            if key in seen:
                continue
            seen.add(key)
            if pid == "AMBIGUOUS":
                continue
            if pid is None:
                expect.add(("OUTSIDER", fn, r["_line"], BIDI.sub("", name)))
            elif not PEOPLE[pid]["roles"] & admitted:
                expect.add((rule, fn, r["_line"], BIDI.sub("", name)))
                if inviter:
                    expect.add(("SKN-ALL", fn, r["_line"], BIDI.sub("", name)))
                    expect.add(("SKN-ALL", fn, r["_line"], BIDI.sub("", inviter)))
    if group == "ข้อสั่งการ ปค.สน.":
        prev = None
        for r in recs:
            if r["type"] == "system":
                prev = None
                continue
            pid = resolve(r["sender"], r.get("senderId"), renamed)
            same_post = (prev is not None and prev["sender"] == r["sender"] and r["type"] in ("image", "file", "video")
                         and (r["_t"] - prev["_t"]).total_seconds() <= 180)
            if not same_post and pid != "AMBIGUOUS":
                roles = PEOPLE[pid]["roles"] if pid else set()
                if not roles & {"provincial_admin_staff", "provincial_palad"}:
                    expect.add(("SKN-2P", fn, r["_line"], r["sender"]))
            prev = r
got = {(r["rule"], r["file"], int(r["line"]), BIDI.sub("", r["who"])) for r in truth
       if r["rule"] in MEMBERSHIP | {"SKN-ALL", "OUTSIDER", "SKN-2P"}}
for x in sorted(expect - got):
    bad(f"recomputed finding missing from truth.csv: {x}")
for x in sorted(got - expect):
    bad(f"truth.csv finding not recomputed: {x}")
# posting rules of other groups: the sender must be able to post there and not be ambiguous
for row in truth:
    if row["rule"] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        r = at(row)
        if r is None or r["type"] == "system" or resolve(r["sender"], r.get("senderId")) in (None, "AMBIGUOUS"):
            bad(f"{row['rule']} row on a system line or an unresolvable sender {row}")
        elif row["rule"] == "SKN-4P" and PEOPLE[resolve(r["sender"], r.get("senderId"))]["roles"] & {"governor", "vice_governor"}:
            bad(f"SKN-4P on an order by the governor or a vice governor {row}")
        elif row["rule"] == "SKN-5P" and r["_file"] != SOR:
            bad(f"SKN-5P outside ศอ.จอส.จว.สน. {row}")

# a media message must not be split from its sender's text by another sender's message
for fn, recs in records.items():
    for k, r in enumerate(recs):
        if r["type"] in ("image", "file", "video") and k > 0 and recs[k - 1]["sender"] != r["sender"]:
            for x in recs[max(0, k - 6):k]:
                if x["sender"] == r["sender"] and x["type"] == "text" and 0 <= (r["_t"] - x["_t"]).total_seconds() <= 60:
                    bad(f"{fn}:{r['_line']}: media split from its text by another sender's message")

# ---------------------------------------------------------------- ledger (SKN-5O)
vol = {r["id"]: r for r in records[SOR]}
log_end = max(r["_t"] for recs in records.values() for r in recs)
if records[SOR][-1]["_t"] != log_end:
    bad("the last message of the log is not in ศอ.จอส.จว.สน.")
orders = defaultdict(list)
for row in ledger:
    orders[row["order"]].append(row)
    o = vol.get(row["order"])
    if o is None:
        bad(f"ledger order {row['order']} is not a message of {SOR}")
        continue
    if row["district"] not in DISTRICTS:
        bad(f"ledger district {row['district']}")
    op = resolve(o["sender"], o.get("senderId"))
    if op in (None, "AMBIGUOUS") or not (PEOPLE[op]["roles"] & {"provincial_palad"} or
                                         ("volunteer_center_staff" in PEOPLE[op]["roles"] and not PEOPLE[op]["district"])):
        bad(f"ledger order {row['order']} is not by the provincial centre")
    dl = datetime.datetime.fromisoformat(row["deadline"])
    st = row["state"]
    if st in ("on-time", "late"):
        a = vol.get(row["answer"])
        if a is None:
            bad(f"ledger answer {row['answer']} is not a message of {SOR}")
            continue
        pid = resolve(a["sender"], a.get("senderId"))
        if pid in (None, "AMBIGUOUS") or PEOPLE[pid]["district"] != row["district"]:
            bad(f"ledger answer {row['answer']} is not by a person of {row['district']}")
        elif not PEOPLE[pid]["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}:
            bad(f"ledger answer {row['answer']} by someone who cannot report for a district")
        if a["_t"] <= o["_t"]:
            bad(f"answer {row['answer']} before its order")
        if a["type"] not in ("text", "file", "image"):
            bad(f"answer {row['answer']} is a {a['type']}")
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
pairs = Counter((r["order"], r["district"]) for r in ledger)
for k, v in pairs.items():
    if v > 1:
        bad(f"ledger duty listed twice {k}")
answers_used = Counter(r["answer"] for r in ledger if r["answer"])
for k, v in answers_used.items():
    if v > 1:
        bad(f"one message answers two duties: {k}")
for row in truth:
    if row["rule"] != "SKN-5O":
        continue
    hits = [l for l in ledger if l["district"] == row["who"] and l["state"] == row["state"] and
            ((row["state"] == "late" and l["answer"] == row["message"]) or
             (row["state"] == "missing" and l["order"] == row["message"]))]
    if len(hits) != 1:
        bad(f"SKN-5O row not matched in the ledger: {row}")
states = Counter(r["state"] for r in ledger)
if sum(1 for r in truth if r["rule"] == "SKN-5O") != states["late"] + states["missing"]:
    bad("SKN-5O rows and the ledger's late/missing differ in number")

# ---------------------------------------------------------------- counts the writing guide asks for
counts = {fn: len(recs) for fn, recs in records.items()}
total = sum(counts.values())
rules = Counter(r["rule"] for r in truth)
non5o = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    bad(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    bad(f"ศอ.จอส.จว.สน. share {counts[SOR] / total:.3f}")
if not 40 <= non5o <= 60:
    bad(f"{non5o} posting/membership findings")
if not 15 <= states["late"] + states["missing"] <= 20:
    bad(f"{states['late'] + states['missing']} late or missing answers")
if len(near) < 150:
    bad(f"only {len(near)} near misses")
for rule in RULES:
    if rules[rule] == 0:
        bad(f"no finding for {rule}")
if len([o for o, rs in orders.items() if len(rs) < 18]) < 2:
    bad("fewer than two orders to some districts only")

print("messages:", counts, "total", total, f"(ศอ {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "posting/membership", non5o)
print("ledger:", dict(states), "duties", len(ledger), "orders", len(orders), "judged at", log_end.isoformat())
print("near misses:", len(near))
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("no problems")
