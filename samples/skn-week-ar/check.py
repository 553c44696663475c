#!/usr/bin/env python3
"""Checks the week AR data: files, ids, times, truth rows, ledger, counts, and membership/posting
cross-checks worked from the roster and the letter's group table (not from any tool output).
Adapted from week AB's check.py (English-UI Android export, JSONL volunteer centre, SKN-CAP)."""
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
        err(f"a value of {col} is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
    if sum(1 for p in rs if "district_chief" in p["roles"]) != 1:
        err(f"{d} needs exactly one chief")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
prov_vol = sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= prov_vol <= 2 and rc["staff"] >= 2):
    err(f"role counts {dict(rc)} province-level volunteer officers {prov_vol}")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "สิบเอก", "นางสาว", "นาย", "นาง"]


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
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
msgs = {}
seen_ids = {}
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"ar\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids[o["id"]] = (fn, i)
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2026-10-1[2-6]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                if "senderId" in o and not re.fullmatch(r"U[0-9a-f]{32}", o["senderId"]):
                    err(f"{fn}:{i} senderId")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
    else:
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            raw = f.read()
        if not raw.startswith("\ufeff"):
            err("export: no BOM")
        lines = raw.lstrip("\ufeff").split("\n")
        if lines[-1] == "":
            lines.pop()
        if lines[0] != f'Chat history in "{grp}"' or not re.fullmatch(r"Saved on: \d\d/\d\d/\d{4} BE, \d\d:\d\d", lines[1]) \
                or lines[2] != "":
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
                while not (len("".join(parts)) > 1 and re.search(r'(?<!")(?:"")*"$', parts[-1])):
                    parts.append(lines[i])
                    i += 1
                body = "\n".join(parts)[1:-1].replace('""', '"')
            d = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None,
                     target=None, reply=None)
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
for fn, ms in msgs.items():
    ids_here = {m["id"] for m in ms}
    for m in ms:
        if m["reply"] and m["reply"] not in ids_here:
            err(f"{fn}:{m['line']} replyTo outside the file")
END = max(m["time"] for ms in msgs.values() for m in ms)
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}

# ---------------- truth / near misses / ledger ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "SKN-CAP", "OUTSIDER"}
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
    if not note:
        err(f"truth row without a note {r}")
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
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {near_lines & truth_lines}")

SOR = "volunteer-centre.jsonl"
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(set)


def district_of(m):
    p = resolve(renamed.get(m["sender"], m["sender"]), m["sid"]) if m else None
    return p


renamed = {}
for m in msgs[SOR]:
    if m["event"] == "rename":
        renamed[m["target"]] = m["sender"]
for o, d, st, a, dl, note in lg[1:]:
    if o not in byid or byid[o][0] != SOR:
        err(f"ledger order {o} is not a message of {SOR}")
        continue
    om = byid[o][1]
    orders[o].add(d)
    if d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    dlt = datetime.fromisoformat(dl)
    if a:
        if a not in byid or byid[a][0] != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        am = byid[a][1]
        ap = district_of(am)
        if ap in (None, "AMBIGUOUS") or ap["district"] != d or not ap["roles"] & {
                "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}:
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
for o, ds in orders.items():
    if len(ds) not in (3, 4, 18):
        err(f"order {o} names {len(ds)} districts")
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
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19,
       "ผู้บริหารจังหวัด และนายอำเภอ": 22, "ศอ.จอส.จว.สน.": 118}
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first = {}
    admitted = []
    ren = {}
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            ren[m["target"]] = resolve(m["sender"], m["sid"])
            continue
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            nmx, sid = m["target"], None
        else:
            nmx, sid = m["sender"], m["sid"]
        p = resolve(nmx, sid) or ren.get(nmx)
        if p == "AMBIGUOUS":
            continue
        key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
        if key in first:
            continue
        first[key] = m["line"]
        line = m["line"]
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
        else:
            admitted.append(line)
            if grp in CAP and len(admitted) == CAP[grp] + 1:
                if not any(t[0] == "SKN-CAP" and t[1] == fn and t[2] == line for t in truth):
                    err(f"{fn}:{line} the person beyond the letter's count has no SKN-CAP row")
    cap_rows = [t for t in truth if t[0] == "SKN-CAP" and t[1] == fn]
    if len(cap_rows) != (1 if grp in CAP and len(admitted) > CAP[grp] else 0):
        err(f"{fn}: SKN-CAP rows {len(cap_rows)} for {len(admitted)} admitted people seen")
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
        if t[1] == fn and t[0].startswith("SKN-") and t[0][4:5].isdigit() and t[0] != "SKN-5O" \
                and t[0].rstrip("P") != MRULE[grp]:
            err(f"{fn}:{t[2]} rule {t[0]} does not belong to this group")
# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (post = one sender within 3 min)
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], m["sid"])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]) <= timedelta(minutes=3)
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == fn for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# no posting findings where the letter has no posting rule
for t in truth:
    if t[0] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P"):
        want = {"SKN-2P": "pakkhrong-orders.jsonl", "SKN-4P": "executives.jsonl", "SKN-5P": SOR,
                "SKN-6P": "heads-chiefs.txt"}[t[0]]
        if t[1] != want:
            err(f"{t[0]} row in {t[1]}")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err("ศอ share")
if not 4 <= len(orders) <= 6:
    err("orders with duties")
if set(rules) != RULES:
    err(f"rules never planted: {RULES - set(rules)}")
if not 40 <= other <= 60 or not 15 <= five_o["late"] + five_o["missing"] <= 20 or len(near_lines) < 150:
    err("counts out of the week's planned ranges")

print("messages:", counts, "total", total, "ศอ share %.1f%%" % (100 * counts[SOR] / total))
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "SKN-5O", rules["SKN-5O"])
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
