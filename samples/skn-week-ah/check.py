#!/usr/bin/env python3
"""Checks the week AH data: roster, chats (ids, times, shapes), truth rows, near misses, the SKN-5O ledger
(states recomputed from the times), counts, and membership/posting cross-checks worked from the roster and the
letter's group table (not from any tool output). Prints the problems it finds; exits 1 if any."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def rd(name):
    with open(os.path.join(HERE, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# ---------------- roster ----------------
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
    for role in p["role"].split("|"):
        if role not in ROLES:
            err(f"bad role {role}")
    if p["district"] and p["district"] not in DISTRICTS:
        err(f"bad district {p['district']}")
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err(f"bad line id {p['line_user_id']}")
    p["roles"] = set(p["role"].split("|"))
    people.append(p)
if not 80 <= len(people) <= 95:
    err(f"roster size {len(people)}")
ids = [p["person_id"] for p in people]
if len(set(ids)) != len(ids):
    err("duplicate person ids")
for col in ("email", "line_user_id"):
    vals = [p[col] for p in people if p[col]]
    if len(set(vals)) != len(vals):
        err(f"a {col} is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
    if sum("district_chief" in p["roles"] for p in rs) != 1:
        err(f"{d} needs exactly one chief")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
prov_vol = sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= prov_vol <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาย", "นาง"]


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
    for k in ("line_user_id", "email"):
        if p[k]:
            by_id[p[k]] = p
    for dn in p["display_names"].split("|"):
        by_name[norm(dn)].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
if len(amb) != 1:
    err(f"expected one shared display name, got {amb}")


def resolve(name, sid=None):
    if sid and sid in by_id:
        return by_id[sid]
    ps = by_name.get(norm(name), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ---------------- chats ----------------
GROUPS = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "nakpokkhrong.jsonl": "นักปกครองสกลนคร",
          "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "heads-chiefs.txt": "หน.ส่วนราชการ-นอภ.สน."}
SOR, EXPORT = "volunteer-centre.jsonl", "heads-chiefs.txt"
TYPES = {"text", "image", "video", "file", "sticker", "system"}
EVENTS = {"join", "leave", "invite", "remove", "unsend", "rename"}
msgs = {}
seen_ids = set()
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] != "":
            err(f"{fn} does not end with a newline")
        for i, ln in enumerate(lines[:-1], 1):
            o = json.loads(ln)
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(f"{fn}:{i} lacks {k}")
            if not re.fullmatch(r"ah\d{4}", o["id"]) or o["id"] in seen_ids:
                err(f"{fn}:{i} bad or repeated id {o['id']}")
            seen_ids.add(o["id"])
            if o["group"] != grp:
                err(f"{fn}:{i} group")
            if not re.fullmatch(r"2025-10-(0[6-9]|10)T\d\d:\d\d:\d\d\+07:00", o["time"]):
                err(f"{fn}:{i} time format")
            if o["type"] not in TYPES:
                err(f"{fn}:{i} type {o['type']}")
            if o["type"] == "system" and o.get("event") not in EVENTS:
                err(f"{fn}:{i} event")
            if o["type"] == "system" and o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                err(f"{fn}:{i} event without target")
            if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                err(f"{fn}:{i} media without attachment")
            if o["type"] == "text" and not o.get("text"):
                err(f"{fn}:{i} empty text")
            if "senderId" in o:
                sp = by_id.get(o["senderId"])
                if sp is None:
                    err(f"{fn}:{i} unknown senderId")
            out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                            sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                            target=o.get("target"), reply=o.get("replyTo")))
        known = {}
        for m in out:
            if m["reply"] and m["reply"] not in known:
                err(f"{fn}:{m['line']} replyTo {m['reply']} is not an earlier message of this file")
            known[m["id"]] = m
    else:
        raw = open(os.path.join(HERE, fn), encoding="utf-8").read()
        if not raw.startswith("\ufeff"):
            err("export has no BOM")
        lines = raw.lstrip("\ufeff").split("\n")
        if lines[0] != f'Chat history in "{grp}"' or not re.fullmatch(r"Saved on: \d\d/\d\d/25\d\d BE, \d\d:\d\d", lines[1]) \
                or lines[2] != "":
            err("export header")
        DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        day, i, n = None, 3, len(lines)
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE", ln)
            if m:
                day = datetime(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
                if DAYS[day.weekday()] != m.group(1):
                    err(f"{fn}:{i} weekday does not fit the date")
                continue
            m = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
            if not m:
                err(f"{fn}:{i} unparsed line {ln!r}")
                continue
            t = datetime.fromisoformat(day.replace(hour=int(m.group(1)), minute=int(m.group(2))).isoformat() + "+07:00")
            start = i
            sender, body = m.group(3), m.group(4)
            if body.startswith('"'):
                parts = [body]
                while not (len("".join(parts)) > 1 and re.search(r'(?<!")("")*"$', parts[-1])):
                    parts.append(lines[i])
                    i += 1
                body = "\n".join(parts)[1:-1].replace('""', '"')
            d = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None, target=None, reply=None)
            if sender == "":
                d["type"] = "system"
                for pat, ev in ((r"(.+) invited (.+)\.", "invite"), (r"(.+) removed (.+) from the group\.", "remove"),
                                (r"(.+) joined the group\.", "join"), (r"(.+) left the group\.", "leave"),
                                (r"(.+) unsent a message\.", "unsend")):
                    mm = re.fullmatch(pat, body)
                    if mm:
                        d["event"], d["sender"] = ev, mm.group(1)
                        d["target"] = mm.group(2) if mm.lastindex == 2 else None
                        break
                else:
                    err(f"{fn}:{start} unknown system line")
            else:
                d["type"] = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file", "[Video]": "video"}.get(body, "text")
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
END = max(m["time"] for ms in msgs.values() for m in ms)
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}

# senders with a senderId must be that person (by name, or by a rename notice)
renamed = {}   # (file, new name) -> person
for fn, ms in msgs.items():
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            renamed[(fn, m["target"])] = resolve(m["sender"], m["sid"])
for fn, ms in msgs.items():
    for m in ms:
        if m["sid"] and m["type"] != "system":
            p = by_id[m["sid"]]
            if norm(m["sender"]) not in [norm(x) for x in p["display_names"].split("|")] and renamed.get((fn, m["sender"])) is not p:
                err(f"{fn}:{m['line']} senderId and display name disagree ({m['sender']})")

# ---------------- truth / near misses ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
RULE_GROUP = {"SKN-2P": "ข้อสั่งการ ปค.สน.", "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-5P": "ศอ.จอส.จว.สน.",
              "SKN-5O": "ศอ.จอส.จว.สน.", "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}
RULE_GROUP.update({v: k for k, v in MRULE.items()})
tr = rd("truth.csv")
if tr[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr[1:]:
    rule, fn, line, mid, who, state, note = r
    if rule not in RULES:
        err(f"truth rule {rule}")
    if rule in RULE_GROUP and GROUPS.get(fn) != RULE_GROUP[rule]:
        err(f"truth rule {rule} in the wrong group: {r}")
    m = bylines.get(fn, {}).get(int(line))
    if not m:
        err(f"truth row points at no message: {r}")
        continue
    if m["id"] != mid:
        err(f"truth id mismatch {r}")
    if (rule == "SKN-5O") != (state in ("late", "missing")):
        err(f"truth state {r}")
    if rule == "SKN-5O" and who not in DISTRICTS:
        err(f"SKN-5O row must name a district: {r}")
    if rule != "SKN-5O" and m["type"] != "system" and rule != "SKN-ALL" and norm(who) != norm(m["sender"]):
        err(f"truth who is not the sender: {r}")
    if rule == "OUTSIDER" and m["event"] == "invite" and m["sender"] not in note:
        err(f"OUTSIDER row for an added person should name the inviter: {r}")
    truth.append((rule, fn, int(line), who, state))
if len(set(truth)) != len(truth):
    err("duplicate truth rows")
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid:
        err(f"near row bad {fn}:{line}")
    if not why.strip():
        err(f"near row without a reason {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {sorted(near_lines & truth_lines)}")

# ---------------- ledger (SKN-5O) ----------------
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(list)
used_answers = set()
for o, d, st, a, dl, note in lg[1:]:
    orders[o].append(d)
    if o not in byid or byid[o][0] != SOR or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    om = byid[o][1]
    op = resolve(om["sender"], om["sid"])
    if not (isinstance(op, dict) and (op["role"] == "provincial_palad" or ("volunteer_center_staff" in op["roles"] and not op["district"]))):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        if a not in byid or byid[a][0] != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        am = byid[a][1]
        if a in used_answers:
            err(f"answer {a} used twice")
        used_answers.add(a)
        ap = resolve(am["sender"], am["sid"]) if (SOR, am["sender"]) not in renamed else renamed[(SOR, am["sender"])]
        if ap in (None, "AMBIGUOUS") or ap["district"] != d or not (ap["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}):
            err(f"ledger answer {a} is not by a person of {d}")
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}: {st}, times say {want}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without truth row {o} {d}")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            err(f"ledger state {o} {d} {st} {want}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing without truth row {o} {d}")
    five_o[st] += 1
for o, ds in orders.items():
    if len(set(ds)) != len(ds):
        err(f"order {o} lists a district twice")
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")

# ---------------- membership / posting cross-check from the letter's table ----------------
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}


def who_is(fn, name, sid):
    return renamed.get((fn, name)) or resolve(name, sid)


for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first = {}
    for m in ms:
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave", "rename"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            nmx, sid = m["target"], None
        else:
            nmx, sid = m["sender"], m["sid"]
        p = who_is(fn, nmx, sid)
        if p == "AMBIGUOUS":
            if (fn, m["line"]) in truth_lines:
                err(f"{fn}:{m['line']} ambiguous sender judged")
            continue
        key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
        if key in first:
            continue
        first[key] = m["line"]
        if p is None:
            if not any(t[0] == "OUTSIDER" and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} outsider {nmx} without OUTSIDER row")
            if any(t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} outsider with SKN-ALL rows")
        elif not (p["roles"] & ADMIT[grp]):
            if not any(t[0] == MRULE[grp] and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} {nmx} not admitted, no {MRULE[grp]} row")
            if m["event"] == "invite":
                n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                if n_all != 2:
                    err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows")
        else:
            if m["event"] == "invite" and any(t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} eligible invite flagged")
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
    mrows = [(t[0], t[3]) for t in truth if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER")]
    if len(set(mrows)) != len(mrows):
        err(f"{fn}: a person has two membership rows")

# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (a post = one sender's messages within 3 min)
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = who_is(fn, m["sender"], m["sid"])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == fn for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# no posting findings in ข้อสั่งการ ปจ.สน.; SKN-4P/5P/6P rows only on posts of people
for t in truth:
    if t[0] in ("SKN-4P", "SKN-5P", "SKN-6P", "SKN-2P") and bylines[t[1]][t[2]]["type"] == "system":
        err(f"posting finding on a system line {t}")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err("ศอ share")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= five_o["late"] + five_o["missing"] <= 20:
    err("late/missing count")
if len(near_lines) < 150:
    err("fewer than 150 near misses")
if set(RULES) - set(rules):
    err(f"rules never planted: {set(RULES) - set(rules)}")

print("messages:", counts, "total", total, "ศอ share %.1f%%" % (100 * counts[SOR] / total))
print("findings:", dict(sorted(rules.items())), "posting/membership", other)
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("PROBLEM " + e for e in errors))
    sys.exit(1)
print("no problems")
