#!/usr/bin/env python3
"""Checks the week AF data: files, ids, times, truth rows, ledger, counts, and membership/posting
cross-checks worked from the roster and the letter's group table (not from any tool output).
(Adapted from week AB's check.py; the export here is a LINE for Android export with the English UI.)"""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta

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
    if sum(1 for p in rs if "district_chief" in p["roles"]) != 1:
        err(f"{d}: not exactly one district chief")
dual = [p for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ ร.ต.", "ว่าที่ร.ต.", "จ.อ.", "นางสาว", "นาย", "นาง"]


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
GROUPS = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
          "nakpokkhrong.jsonl": "นักปกครองสกลนคร", "volunteer-centre.txt": "ศอ.จอส.จว.สน."}
SOR = "volunteer-centre.txt"
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
msgs = {}
seen_ids = set()
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"af\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids.add(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2025-11-(1[7-9]|2[01])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("invite", "remove", "rename") and not o.get("target"):
                    err(f"{fn}:{i} no target")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                if o["type"] in ("file", "image", "video") and not o.get("attachment"):
                    err(f"{fn}:{i} {o['type']} without attachment")
                if "senderId" in o and (o["senderId"] not in by_id or resolve(o["sender"]) not in (by_id[o["senderId"]], "AMBIGUOUS", None)):
                    err(f"{fn}:{i} senderId does not fit the sender")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
        known = {m["id"] for m in out}
        for m in out:
            if m["reply"] and m["reply"] not in known:
                err(f"{fn}:{m['line']} replyTo points outside the file")
    else:
        with open(os.path.join(HERE, fn), "rb") as f:
            raw = f.read()
        if not raw.startswith(b"\xef\xbb\xbf"):
            err("export has no BOM")
        lines = raw.decode("utf-8-sig").split("\n")
        if lines[0] != f'Chat history in "{grp}"' or not lines[1].startswith("Saved on: ") or lines[2] != "":
            err("export header")
        day, i, n = None, 3, len(lines)
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE", ln)
            if m:
                day = datetime(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
                if EN_DAYS[day.weekday()] != m.group(1):
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
                while not (re.search(r'(?<!")("")*"$', parts[-1]) and (len(parts) > 1 or len(body) > 1)):
                    parts.append(lines[i])
                    i += 1
                body = "\n".join(parts)[1:-1].replace('""', '"')
            d = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None, target=None)
            if sender == "":
                d["type"] = "system"
                for pat, ev in ((r"(.+) removed (.+) from the group\.", "remove"), (r"(.+) invited (.+)\.", "invite"),
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
last_file = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}

# ---------------- truth / near misses ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
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
    if rule.startswith("SKN-5") and fn != SOR or rule in ("SKN-2P", "SKN-2") and fn != "pakkhrong-orders.jsonl":
        err(f"rule {rule} in the wrong file {fn}")
    if rule not in ("SKN-5O", "SKN-ALL", "OUTSIDER") and m["type"] != "system":
        if rule in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and resolve(m["sender"], m["sid"]) == "AMBIGUOUS":
            err(f"{fn}:{line} a posting finding on an ambiguous name")
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

# ---------------- ledger ----------------
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(list)
seen_duty = set()
for o, d, st, a, dl, note in lg[1:]:
    ofn, ol = o.split(":") if ":" in o else (SOR, o)
    om = bylines[ofn].get(int(ol))
    if not om or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    if (o, d) in seen_duty:
        err(f"ledger duty twice {o} {d}")
    seen_duty.add((o, d))
    orders[o].append(d)
    op = resolve(om["sender"])
    if not isinstance(op, dict) or not ("provincial_palad" in op["roles"] or
                                        ("volunteer_center_staff" in op["roles"] and not op["district"])):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        am = bylines[SOR][int(a.split(":")[-1])]
        ap = resolve(am["sender"])
        if ap in (None, "AMBIGUOUS") or ap["district"] != d:
            err(f"ledger answer {a} is not by a person of {d}")
        elif not ap["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}:
            err(f"ledger answer {a} by someone who cannot answer for a district")
        if am["type"] == "system":
            err(f"ledger answer {a} is a system line")
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
for o, ds in orders.items():
    if len(ds) not in (len(DISTRICTS),) and len(ds) > 8:
        err(f"order {o} addresses an odd number of districts ({len(ds)})")
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
expected_member_rows = set()
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    renamed = {}
    first = {}
    for m in ms:
        names = []
        if m["type"] == "system" and m["event"] == "rename":
            renamed[m["target"]] = resolve(m["sender"], m["sid"])
            continue
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            names.append((m["target"], None))
        else:
            names.append((m["sender"], m["sid"]))
        for nmx, sid in names:
            p = renamed.get(nmx) or resolve(nmx, sid)
            key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
            if key in first or p == "AMBIGUOUS":
                continue
            first[key] = m["line"]
            if p is None:
                expected_member_rows.add(("OUTSIDER", fn, m["line"]))
                if m["event"] == "invite" and not any(t[0] == "OUTSIDER" and t[1] == fn and t[2] == m["line"] and t[3] == nmx for t in truth):
                    err(f"{fn}:{m['line']} OUTSIDER row should name the invitee {nmx}")
            elif not (p["roles"] & ADMIT[grp]):
                expected_member_rows.add((MRULE[grp], fn, m["line"]))
                if m["event"] == "invite":
                    n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                    if n_all != 2:
                        err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows")
                    expected_member_rows.add(("SKN-ALL", fn, m["line"]))
found_member_rows = {(t[0], t[1], t[2]) for t in truth if t[0] in ("OUTSIDER", "SKN-ALL") or t[0] in MRULE.values()}
for x in sorted(expected_member_rows - found_member_rows):
    err(f"membership finding missing from truth.csv: {x}")
for x in sorted(found_member_rows - expected_member_rows):
    err(f"membership row in truth.csv not recomputed from the roster: {x}")

# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (post = one sender's messages within 3 min)
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], m["sid"])
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
# SKN-4P / SKN-5P / SKN-6P rows sit on posts (not system lines) by senders the rule names
for rule, fn, line, who, state in truth:
    m = bylines[fn][line]
    if rule in ("SKN-4P", "SKN-5P", "SKN-6P", "SKN-2P") and m["type"] == "system":
        err(f"{fn}:{line} posting finding on a system line")
    p = resolve(m["sender"], m["sid"])
    if rule == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
        err(f"{fn}:{line} SKN-4P on the governor / a vice governor")
    if rule == "SKN-5P" and isinstance(p, dict) and ("provincial_palad" in p["roles"] or
                                                    ("volunteer_center_staff" in p["roles"] and not p["district"])):
        err(f"{fn}:{line} SKN-5P on the provincial centre")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err(f"ศอ share {counts[SOR] / total:.3f}")
if last_file != [SOR]:
    err("the last message of the week should be in the ศอ export")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= five_o["late"] + five_o["missing"] <= 20:
    err("late + missing out of 15-20")
if len(near_lines) < 150:
    err(f"near misses {len(near_lines)}")
missing_rules = RULES - set(rules)
if missing_rules:
    err(f"rules never planted: {missing_rules}")

print("messages:", counts, "total", total, f"(ศอ {counts[SOR] / total:.1%})")
print("findings:", dict(sorted(rules.items())), "non-5O", other)
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
