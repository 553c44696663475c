#!/usr/bin/env python3
"""Checks the week BA data: files, ids, times, truth rows, ledger, counts, and membership/posting
cross-checks worked from the roster and the letter's group table (not from any tool output)."""
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
ids = [p["person_id"] for p in people]
if len(set(ids)) != len(ids):
    err("duplicate person ids")
emails = [p["email"] for p in people if p["email"]]
if len(set(emails)) != len(emails):
    err("an e-mail is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
dual = [p for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) < 1:
    err("no two-role person")
if not any(len(p["display_names"].split("|")) > 1 and p["district"] for p in people):
    err("no renamed member")
rc = Counter(r for p in people for r in p["roles"])
assert rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
assert 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
assert 85 <= len(people) <= 90
assert 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2

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
    if p["line_user_id"]:
        by_id[p["line_user_id"]] = p
    if p["email"]:
        by_id[p["email"]] = p
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
GROUPS = {"[LINE]ข้อสั่งการ ปค.สน..txt": "ข้อสั่งการ ปค.สน.", "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.",
          "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
          "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
EXPORT = "[LINE]ข้อสั่งการ ปค.สน..txt"
SOR = "volunteer-centre.jsonl"
# outsider names, needed to read the PC export's sender boundary (names contain spaces)
outsiders = set()
with open(os.path.join(HERE, "truth.csv"), encoding="utf-8") as f:
    for r in list(csv.reader(f))[1:]:
        if r[0] == "OUTSIDER":
            outsiders.add(r[4])
KNOWN = sorted({dn for p in people for dn in p["display_names"].split("|")} | outsiders, key=len, reverse=True)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
msgs = {}
seen_ids = []
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"ba\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids.append(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2026-09-(0[7-9]|1[01])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "sticker", "file", "video", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("file", "image", "video") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                if "senderId" in o and o["senderId"] not in by_id:
                    err(f"{fn}:{i} senderId not on the roster")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
    else:
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            err("PC export should have no BOM")
        lines = raw.split("\n")
        if lines[-1] == "":
            lines.pop()
        day = None
        for i, ln in enumerate(lines, 1):
            m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\w+)", ln)
            if m:
                day = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if WEEKDAYS[day.weekday()] != m.group(4):
                    err(f"{fn}:{i} weekday")
                continue
            m = re.match(r"(\d\d):(\d\d) (.*)", ln)
            sender = None
            if m:
                rest = m.group(3)
                for nmx in KNOWN:
                    if rest.startswith(nmx + " "):
                        sender, body = nmx, rest[len(nmx) + 1:]
                        break
            if sender is None:
                if not out or out[-1]["type"] != "text" or i == 1:
                    err(f"{fn}:{i} unparsed line {ln!r}")
                else:
                    out[-1]["text"] += "\n" + ln
                continue
            if day is None:
                err(f"{fn}:{i} message before a date line")
                continue
            t = datetime.fromisoformat(day.replace(hour=int(m.group(1)), minute=int(m.group(2))).isoformat() + "+07:00")
            d = dict(line=i, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None, target=None, reply=None)
            if body == "Photos":
                d["type"] = "image"
            elif body == "Stickers":
                d["type"] = "sticker"
            else:
                for pat, ev in ((r"(.+) invited (.+)\.", "invite"), (r"(.+) removed (.+) from the group\.", "remove"),
                                (r"(.+) joined the group\.", "join"), (r"(.+) left the group\.", "leave")):
                    mm = re.fullmatch(pat, body)
                    if mm and mm.group(1) == sender:
                        d["type"], d["event"] = "system", ev
                        d["target"] = mm.group(2) if mm.lastindex == 2 else None
                        break
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
# ids run across the JSONL files in time order
order_ids = sorted(((m["time"], m["id"]) for fn, ms in msgs.items() for m in ms if m["id"]), key=lambda x: x[1])
if [x[1] for x in order_ids] != [f"ba{n:04d}" for n in range(1, len(order_ids) + 1)]:
    err("ids are not ba0001… without gaps")
for a, b in zip(order_ids, order_ids[1:]):
    if b[0] < a[0]:
        err(f"id {b[1]} earlier than {a[1]}")
idmap = {m["id"]: m for ms in msgs.values() for m in ms if m["id"]}
for fn, ms in msgs.items():
    for m in ms:
        if m.get("reply") and (m["reply"] not in idmap or idmap[m["reply"]]["time"] > m["time"]):
            err(f"{fn}:{m['line']} replyTo bad")
END = max(m["time"] for ms in msgs.values() for m in ms)
last_file = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}

# ---------------- truth / near misses / ledger ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "SKN-CAP", "OUTSIDER"}
tr = rd("truth.csv")
if tr[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr[1:]:
    rule, fn, line, mid, who, state, note = r
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
    truth.append((rule, fn, int(line), who, state))
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid:
        err(f"near row bad {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {near_lines & truth_lines}")
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = set()
CENTRE = lambda p: isinstance(p, dict) and ("provincial_palad" in p["roles"] or ("volunteer_center_staff" in p["roles"] and not p["district"]))
per_order = defaultdict(set)
for o, d, st, a, dl, note in lg[1:]:
    orders.add(o)
    om = idmap.get(o)
    if not om or om not in msgs[SOR] or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    if d in per_order[o]:
        err(f"ledger duty twice {o} {d}")
    per_order[o].add(d)
    if not CENTRE(resolve(om["sender"], om["sid"])):
        err(f"ledger order {o} not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if dlt <= om["time"]:
        err(f"deadline before order {o}")
    if a:
        am = idmap.get(a)
        if not am or am not in msgs[SOR]:
            err(f"ledger answer {a} not in {SOR}")
            continue
        ap = resolve(am["sender"], am["sid"])
        if ap in (None, "AMBIGUOUS") or ap["district"] != d:
            err(f"ledger answer {a} is not by a person of {d}")
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without truth row {o} {d}")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            err(f"ledger state {o} {d} {st} {want}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing without truth row {o} {d}")
    five_o[st] += 1
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")

# ---------------- membership / posting cross-check from the letter's table ----------------
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
renamed = {}
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first = {}
    for m in ms:
        names = []
        if m["type"] == "system" and m["event"] == "rename":
            p = resolve(m["sender"], m["sid"])
            renamed[m["target"]] = p
            continue
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            names.append((m["target"], None, m["line"]))
        else:
            names.append((m["sender"], m["sid"], m["line"]))
        for nmx, sid, line in names:
            p = renamed.get(nmx) or resolve(nmx, sid)
            key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
            if key in first or p == "AMBIGUOUS":
                continue
            first[key] = line
            if p is None:
                if not any(t[0] == "OUTSIDER" and t[1] == fn and t[2] == line for t in truth):
                    err(f"{fn}:{line} outsider {nmx} without OUTSIDER row")
            elif not (p["roles"] & ADMIT[grp]):
                if not any(t[0] == MRULE[grp] and t[1] == fn and t[2] == line for t in truth):
                    err(f"{fn}:{line} {nmx} not admitted, no {MRULE[grp]} row")
                if m["event"] == "invite":
                    n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == line)
                    if n_all != 2:
                        err(f"{fn}:{line} invite of a non-admitted roster person needs two SKN-ALL rows")
    # every membership/outsider row is at a first appearance
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
# SKN-CAP: people admitted by the table who appear, beyond the letter's count
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22, "ศอ.จอส.จว.สน.": 118}
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    if grp not in CAP:
        continue
    seen = []
    want = None
    for m in ms:
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave", "rename"):
            continue
        nmx, sid = (m["target"], None) if (m["type"] == "system" and m["event"] == "invite") else (m["sender"], m["sid"])
        p = renamed.get(nmx) or resolve(nmx, sid)
        if isinstance(p, dict) and p["roles"] & ADMIT[grp] and p["person_id"] not in seen:
            seen.append(p["person_id"])
            if len(seen) == CAP[grp] + 1:
                want = m["line"]
    rows = [t for t in truth if t[0] == "SKN-CAP" and t[1] == fn]
    if (want is None and rows) or (want is not None and [t[2] for t in rows] != [want]):
        err(f"{fn}: SKN-CAP rows {rows} but recount gives {want}")
# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (post = messages of one sender within 3 min)
fn = EXPORT
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = renamed.get(m["sender"]) or resolve(m["sender"], m["sid"])
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
# truth 'who' names the person at the line (sender, invitee or inviter)
for rule, fn, line, who, state in truth:
    m = bylines[fn][line]
    if rule == "SKN-5O":
        if who not in DISTRICTS:
            err(f"{fn}:{line} SKN-5O who")
        continue
    if who not in (m["sender"], m["target"]):
        err(f"{fn}:{line} truth who {who} is neither sender nor target")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 650 <= total <= 760:
    err(f"total messages {total}")
if last_file != [SOR]:
    err("the last message of the week should be in ศอ.จอส.จว.สน.")
late_missing = five_o["late"] + five_o["missing"]
if len(orders) < 9 or not 45 <= other <= 55 or not 14 <= late_missing <= 18 or len(near_lines) < 200:
    err(f"planted counts out of range: orders {len(orders)}, posting/membership {other}, late+missing {late_missing}, near {len(near_lines)}")
print("messages:", counts, "total", total)
print("findings:", dict(rules), "non-5O", other)
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
