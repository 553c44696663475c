#!/usr/bin/env python3
"""Checks the week AS data: roster, chat files (five JSONL, one LINE PC export with the Thai UI), ids,
times, truth rows, near misses, the ledger and its totals, and the membership, SKN-CAP and ข้อสั่งการ ปค.สน.
posting findings recomputed from the roster and the letter's member lists (not from any tool's output).
Prints the counts; prints ERROR lines and exits 1 on any problem."""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, date

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def rd(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


# ---------------------------------------------------------------- roster
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
rows = rd("roster.csv")
if rows[0] != "person_id,full_name,display_names,role,agency,district,line_user_id,email".split(","):
    err("roster header")
people = []
for r in rows[1:]:
    p = dict(zip(rows[0], r))
    p["roles"] = set(p["role"].split("|"))
    if p["roles"] - ROLES:
        err(f"roster {p['person_id']}: unknown role {p['role']}")
    if p["district"] and p["district"] not in DISTRICTS:
        err(f"roster {p['person_id']}: unknown district {p['district']}")
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err(f"roster {p['person_id']}: bad LINE id")
    people.append(p)
if not 80 <= len(people) <= 95:
    err(f"roster has {len(people)} people")
pids = [p["person_id"] for p in people]
if len(set(pids)) != len(pids):
    err("duplicate person ids")
mails = [p["email"] for p in people if p["email"]]
if len(set(mails)) != len(mails):
    err("an e-mail is shared")
lids = [p["line_user_id"] for p in people if p["line_user_id"]]
if len(set(lids)) != len(lids):
    err("a LINE id is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
    if sum("district_chief" in p["roles"] for p in rs) != 1:
        err(f"{d}: not exactly one district chief")
if sum(p["role"] == "coordinating_deputy|volunteer_center_staff" for p in people) != 2:
    err("expected two coordinating_deputy|volunteer_center_staff people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


by_id, by_name = {}, defaultdict(list)
for p in people:
    if p["line_user_id"]:
        by_id[p["line_user_id"]] = p
    for dn in p["display_names"].split("|"):
        by_name[norm(dn)].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
if len(amb) != 1:
    err(f"expected one shared display name, got {amb}")


def resolve(name, sid=None, renamed=None):
    if sid and sid in by_id:
        return by_id[sid]
    if renamed and name in renamed:
        return renamed[name]
    ps = by_name.get(norm(name), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ---------------------------------------------------------------- chats
SOR = "volunteer-centre.jsonl"
EXPORT = "[LINE]นักปกครองสกลนคร.txt"
GROUPS = {SOR: "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
          EXPORT: "นักปกครองสกลนคร"}
tr_rows = rd("truth.csv")
msgs = {}
seen_ids = []
for fn, grp in GROUPS.items():
    if not fn.endswith(".jsonl"):
        continue
    out, ids_here = [], set()
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            o = json.loads(ln)
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(f"{fn}:{i} lacks {k}")
            if not re.fullmatch(r"as\d{4}", o["id"]) or o["id"] in seen_ids:
                err(f"{fn}:{i} bad or repeated id {o['id']}")
            seen_ids.append(o["id"])
            if o["group"] != grp:
                err(f"{fn}:{i} group {o['group']}")
            if not re.fullmatch(r"2026-02-2[3-7]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                err(f"{fn}:{i} time {o['time']}")
            if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                err(f"{fn}:{i} type {o['type']}")
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(f"{fn}:{i} event")
            if o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                err(f"{fn}:{i} no target")
            if o["type"] in ("file", "image", "video") and not o.get("attachment"):
                err(f"{fn}:{i} {o['type']} without attachment")
            if o["type"] == "text" and not o.get("text"):
                err(f"{fn}:{i} empty text")
            if "replyTo" in o and o["replyTo"] not in ids_here:
                err(f"{fn}:{i} replyTo {o['replyTo']} is no earlier message of the file")
            ids_here.add(o["id"])
            out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                            sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                            target=o.get("target"), reply=o.get("replyTo")))
    msgs[fn] = out
if seen_ids != [f"as{i:04d}" for i in range(1, len(seen_ids) + 1)]:
    err("JSONL ids are not as0001… in file order")

# the LINE PC export (Thai UI): no header, 'YYYY.MM.DD วัน…', 'HH:MM name text', raw continuation lines.
# Sender names can contain spaces, so lines are split on the longest known name: roster display names
# and the outsiders named in truth.csv for this file.
known = {dn for p in people for dn in p["display_names"].split("|")}
known |= {r[4] for r in tr_rows[1:] if r[1] == EXPORT and r[0] == "OUTSIDER"}
known = sorted(known, key=len, reverse=True)
WD = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
with open(os.path.join(HERE, EXPORT), encoding="utf-8") as f:
    raw = f.read()
if raw.startswith("\ufeff") or raw.startswith("[LINE]"):
    err("the PC export has no BOM and no header")
lines = raw.split("\n")
if lines[-1] == "":
    lines.pop()
out, day, cur = [], None, None
for i, ln in enumerate(lines, 1):
    m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\S+)", ln)
    if m:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if WD[day.weekday()] != m.group(4):
            err(f"{EXPORT}:{i} weekday")
        cur = None
        continue
    m = re.match(r"(\d\d):(\d\d) (.*)", ln)
    if m and day:
        rest = m.group(3)
        name = next((n for n in known if rest.startswith(n + " ")), None)
        if name is None:
            err(f"{EXPORT}:{i} no known sender: {ln[:40]}")
            continue
        body = rest[len(name) + 1:]
        t = datetime.fromisoformat(f"{day.isoformat()}T{m.group(1)}:{m.group(2)}:00+07:00")
        cur = dict(line=i, id="", time=t, sender=name, sid=None, type="text", text=body, event=None, target=None, reply=None)
        if body == f"{name} เข้าร่วมกลุ่ม":
            cur.update(type="system", event="join", text=None)
        elif body == f"{name} ออกจากกลุ่ม":
            cur.update(type="system", event="leave", text=None)
        elif body.startswith(f"{name} เพิ่ม ") and body.endswith(" เข้ากลุ่ม"):
            cur.update(type="system", event="invite", text=None, target=body[len(name) + 6:-len(" เข้ากลุ่ม")])
        elif body in ("รูป", "สติกเกอร์", "วิดีโอ"):
            cur.update(type={"รูป": "image", "สติกเกอร์": "sticker", "วิดีโอ": "video"}[body], text=None)
        out.append(cur)
        continue
    if cur is None or cur["type"] != "text":
        err(f"{EXPORT}:{i} stray line")
        continue
    cur["text"] += "\n" + ln
msgs[EXPORT] = out

for fn, ms in msgs.items():
    for a, b in zip(ms, ms[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
END = max(m["time"] for ms in msgs.values() for m in ms)
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}

# renames (per file, from the notice on)
renames = {fn: {} for fn in msgs}
for fn, ms in msgs.items():
    for m in ms:
        if m["event"] == "rename":
            p = resolve(m["sender"], m["sid"], renames[fn])
            if not isinstance(p, dict):
                err(f"{fn}:{m['line']} rename by nobody known")
            renames[fn][m["target"]] = p


def who(fn, m):
    return resolve(m["sender"], m["sid"], renames[fn])


# ---------------------------------------------------------------- truth, near misses, ledger
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "SKN-CAP", "OUTSIDER"}
if tr_rows[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr_rows[1:]:
    rule, fn, line, mid, whom, state, note = r
    if rule not in RULES:
        err(f"truth rule {rule}")
    m = bylines.get(fn, {}).get(int(line))
    if not m:
        err(f"truth row points at no message: {r}")
        continue
    if m["id"] != mid:
        err(f"truth id mismatch {r}")
    if (rule == "SKN-5O") != (state in ("late", "missing")):
        err(f"truth state {r}")
    if not note:
        err(f"truth row without a note {r}")
    truth.append((rule, fn, int(line), whom, state))
if len(set(truth)) != len(truth):
    err("a truth row is repeated")
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near-misses header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why:
        err(f"near-miss row bad {fn}:{line}")
    near_lines.add((fn, int(line)))
if near_lines & {(t[1], t[2]) for t in truth}:
    err(f"lines both finding and near miss: {near_lines & {(t[1], t[2]) for t in truth}}")

lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
byid = {m["id"]: m for m in msgs[SOR]}
five_o = Counter()
orders = Counter()
duties = set()
for o, d, st, a, dl, note in lg[1:]:
    orders[o] += 1
    om = byid.get(o)
    if not om or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    if (o, d) in duties:
        err(f"ledger duty twice {o} {d}")
    duties.add((o, d))
    p = who(SOR, om)
    if not (isinstance(p, dict) and (p["roles"] & {"provincial_palad"} or
                                     ("volunteer_center_staff" in p["roles"] and not p["district"]))):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        am = byid.get(a)
        ap = who(SOR, am) if am else None
        if not isinstance(ap, dict) or ap["district"] != d:
            err(f"ledger answer {a} is not by a person of {d}")
            continue
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        if st != ("on-time" if am["time"] <= dlt else "late"):
            err(f"ledger state {o} {d}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without truth row {o} {d}")
    else:
        if st != ("missing" if dlt < END else "not-due"):
            err(f"ledger state {o} {d} {st}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing without truth row {o} {d}")
    five_o[st] += 1
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")

# ---------------------------------------------------------------- membership, SKN-CAP, posting
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                            "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first, admitted_order = {}, []
    for m in ms:
        if m["event"] in ("remove", "unsend", "leave", "rename"):
            continue
        if m["event"] == "invite":
            nmx, sid = m["target"], None
        else:
            nmx, sid = m["sender"], m["sid"]
        p = resolve(nmx, sid, renames[fn])
        if p == "AMBIGUOUS":
            continue
        key = p["person_id"] if p else "?" + norm(nmx)
        if key in first:
            continue
        first[key] = m["line"]
        rows_here = [t for t in truth if t[1] == fn and t[2] == m["line"]]
        if p is None:
            if not any(t[0] == "OUTSIDER" and t[3] == nmx for t in rows_here):
                err(f"{fn}:{m['line']} outsider {nmx} without an OUTSIDER row")
        elif not (p["roles"] & ADMIT[grp]):
            if not any(t[0] == MRULE[grp] for t in rows_here):
                err(f"{fn}:{m['line']} {nmx} not admitted, no {MRULE[grp]} row")
            if m["event"] == "invite":
                inviter = m["sender"]
                got = sorted(t[3] for t in rows_here if t[0] == "SKN-ALL")
                if got != sorted([nmx, inviter]):
                    err(f"{fn}:{m['line']} invite of a non-admitted roster person needs SKN-ALL for invitee and inviter")
        else:
            admitted_order.append((key, m["line"]))
    mem_rows = [t for t in truth if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER", "SKN-ALL")]
    for t in mem_rows:
        if t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
    n_mem = sum(1 for t in truth if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER"))
    if n_mem != sum(1 for k, ln in first.items()
                    if k.startswith("?") or not (next(p for p in people if p["person_id"] == k)["roles"] & ADMIT[grp])):
        err(f"{fn}: membership rows do not match the people not admitted")
    cap_rows = [t for t in truth if t[1] == fn and t[0] == "SKN-CAP"]
    want = []
    if grp in CAP and len(admitted_order) > CAP[grp]:
        want = [admitted_order[CAP[grp]][1]]
    if sorted(t[2] for t in cap_rows) != want:
        err(f"{fn}: SKN-CAP rows {[t[2] for t in cap_rows]}, expected {want} ({len(admitted_order)} admitted people appear)")

# ข้อสั่งการ ปค.สน.: every post by someone other than the office is flagged once (a post = one sender's
# messages less than 3 minutes apart)
fn = "dopa-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = who(fn, m)
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[1] == fn and t[2] == m["line"] for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office or ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# posting rules only where the letter has them
for t in truth:
    allowed = {"SKN-2P": "dopa-orders.jsonl", "SKN-4P": "executives.jsonl", "SKN-5P": SOR, "SKN-5O": SOR,
               "SKN-6P": "heads-chiefs.jsonl"}
    if t[0] in allowed and t[1] != allowed[t[0]]:
        err(f"{t[0]} in {t[1]}")

# ---------------------------------------------------------------- counts
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err(f"ศอ share {counts[SOR] / total:.3f}")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= five_o["late"] + five_o["missing"] <= 20:
    err("late + missing outside 15–20")
if len(near_lines) < 150:
    err("fewer than 150 near misses")
if set(rules) != RULES:
    err(f"rule ids never planted: {RULES - set(rules)}")
if not 4 <= len(orders) <= 6:
    err(f"{len(orders)} orders with duties")

with open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8") as f:
    md = f.read()
want_line = (f"Ledger totals: {sum(five_o.values())} duties — on-time {five_o['on-time']}, late {five_o['late']}, "
             f"missing {five_o['missing']}, not-due {five_o['not-due']}.")
if want_line not in md:
    err("TRUTH.md ledger totals differ from ledger.csv")
for k, v in rules.items():
    if f"| {k} | {v} |" not in md:
        err(f"TRUTH.md count for {k} differs from truth.csv")

print("messages:", counts, "total", total, f"(ศอ.จอส.จว.สน. {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "late+missing", rules["SKN-5O"])
print("ledger:", dict(five_o), "duties", sum(five_o.values()), "orders", len(orders))
print("near misses:", len(near_lines), " judged at", END.isoformat())
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: no problems")
