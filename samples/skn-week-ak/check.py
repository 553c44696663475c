#!/usr/bin/env python3
"""Checks the week AK data: files, ids, times, the iPhone (English UI) export, truth rows, near misses,
the ledger and its totals, and membership/posting cross-checks recomputed from the roster and the
letter's group table (not from any tool output). Prints the counts, then OK or the problems found."""
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
        err(f"{d} needs exactly one district chief")
dual = [p for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ร.ต.", "ว่าที่ ร.ต.", "นางสาว", "นาย", "นาง"]


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
          "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร",
          "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "executives.txt": "ผู้บริหารจังหวัด และนายอำเภอ"}
SOR, EXP = "volunteer-centre.jsonl", "executives.txt"
WEEK = [datetime(2026, 6, d).date() for d in range(8, 13)]
msgs = {}
id_list = []
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            raw = f.read()
        if not raw.endswith("\n") or "\r" in raw:
            err(f"{fn}: line ends")
        for i, ln in enumerate(raw.rstrip("\n").split("\n"), 1):
            o = json.loads(ln)
            for k in ("id", "group", "time", "sender", "type"):
                if k not in o:
                    err(f"{fn}:{i} lacks {k}")
            if not re.fullmatch(r"ak\d{4}", o["id"]):
                err(f"{fn}:{i} bad id {o['id']}")
            id_list.append(o["id"])
            if o["group"] != grp:
                err(f"{fn}:{i} group")
            if not re.fullmatch(r"2026-06-(0[89]|1[012])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                err(f"{fn}:{i} time format")
            if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                err(f"{fn}:{i} type")
            if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                err(f"{fn}:{i} event")
            if o["type"] == "system" and o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                err(f"{fn}:{i} system event without target")
            if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                err(f"{fn}:{i} media without attachment")
            if o["type"] == "text" and not o.get("text"):
                err(f"{fn}:{i} empty text")
            if "senderId" in o and o["senderId"] not in by_id:
                err(f"{fn}:{i} senderId not on the roster")
            out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                            sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                            target=o.get("target"), reply=o.get("replyTo")))
        known = set()
        for m in out:
            if m["reply"] and m["reply"] not in known:
                err(f"{fn}:{m['line']} replyTo {m['reply']} is not an earlier message of this file")
            known.add(m["id"])
    else:
        with open(os.path.join(HERE, fn), encoding="utf-8", newline="") as f:
            raw = f.read()
        if not raw.startswith("\ufeff") or "\r" in raw:
            err("export: BOM / line ends")
        lines = raw[1:].rstrip("\n").split("\n")
        if lines[0] != f'Chat history in "{grp}"' or not re.fullmatch(r"Saved on: \d{1,2}/\d{1,2}/\d{4}, \d\d:\d\d", lines[1]) \
                or lines[2] != "":
            err("export header")
        day, i, n = None, 3, len(lines)
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2})/(\d{1,2})/(\d{4})", ln)
            if m:
                day = datetime(int(m.group(4)), int(m.group(2)), int(m.group(3)))   # M/D/YYYY (US region)
                if wd[day.weekday()] != m.group(1) or day.date() not in WEEK:
                    err(f"{fn}:{i} date line {ln}")
                continue
            m3 = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]+)\t(.*)", ln)
            m2 = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]+)", ln)
            if not (m3 or m2):
                err(f"{fn}:{i} unparsed line {ln!r}")
                continue
            mm = m3 or m2
            t = day.replace(hour=int(mm.group(1)), minute=int(mm.group(2)))
            t = datetime.fromisoformat(t.isoformat() + "+07:00")
            start = i
            if m3:
                sender, body = m3.group(3), m3.group(4)
                if body.startswith('"'):
                    parts = [body]
                    while not (re.search(r'(?<!")("")*"$', parts[-1]) and (len(parts) > 1 or len(body) > 1)):
                        parts.append(lines[i])
                        i += 1
                    body = "\n".join(parts)[1:-1].replace('""', '"')
                d = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None,
                         target=None, reply=None)
                d["type"] = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file", "[Video]": "video"}.get(body, "text")
            else:
                body = m2.group(3)
                d = dict(line=start, id="", time=t, sender="", sid=None, type="system", text=None, event=None,
                         target=None, reply=None)
                for pat, ev in ((r"(.+) invited (.+)\.", "invite"), (r"(.+) removed (.+) from the group\.", "remove"),
                                (r"(.+) joined the group\.", "join"), (r"(.+) left the group\.", "leave")):
                    g = re.fullmatch(pat, body)
                    if g:
                        d["event"], d["sender"] = ev, g.group(1)
                        d["target"] = g.group(2) if g.lastindex == 2 else None
                        break
                else:
                    err(f"{fn}:{start} unknown system line")
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"] or (fn.endswith(".jsonl") and b["time"] == a["time"]):
            err(f"{fn}:{b['line']} out of time order")
    if any(m["time"].date() not in WEEK for m in out):
        err(f"{fn}: a message outside 8-12 June 2026")
    msgs[fn] = out
if len(set(id_list)) != len(id_list) or id_list != [f"ak{k:04d}" for k in range(1, len(id_list) + 1)]:
    err("JSONL ids are not ak0001… without gaps or repeats")
END = max(m["time"] for ms in msgs.values() for m in ms)
last_file = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: m for m in msgs[SOR]}

# ---------------- truth / near misses / ledger ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
RULE_GROUP = {"SKN-1": "นักปกครองสกลนคร", "SKN-2": "ข้อสั่งการ ปค.สน.", "SKN-2P": "ข้อสั่งการ ปค.สน.", "SKN-3": "ข้อสั่งการ ปจ.สน.",
              "SKN-4": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-5": "ศอ.จอส.จว.สน.",
              "SKN-5P": "ศอ.จอส.จว.สน.", "SKN-5O": "ศอ.จอส.จว.สน.", "SKN-6": "หน.ส่วนราชการ-นอภ.สน.", "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}
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
    if rule in RULE_GROUP and RULE_GROUP[rule] != GROUPS[fn]:
        err(f"truth row {rule} in the wrong group's file {fn}")
    if (rule == "SKN-5O") != (state in ("late", "missing")):
        err(f"truth state {r}")
    if not note:
        err(f"truth row without a note {r}")
    truth.append((rule, fn, int(line), who, state))
if len(set(truth)) != len(truth):
    err("repeated truth rows")
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why:
        err(f"near row bad {fn}:{line}")
    if (fn, int(line)) in near_lines:
        err(f"near miss listed twice {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {near_lines & truth_lines}")

lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(set)
for o, d, st, a, dl, note in lg[1:]:
    om = byid.get(o)
    if not om or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    if d in orders[o]:
        err(f"ledger: {o} {d} twice")
    orders[o].add(d)
    op = resolve(om["sender"], om["sid"])
    if not (isinstance(op, dict) and ("provincial_palad" in op["roles"] or ("volunteer_center_staff" in op["roles"] and not op["district"]))):
        err(f"ledger order {o} is not by the provincial volunteer centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        am = byid.get(a)
        if not am:
            err(f"ledger answer {a} not in {SOR}")
            continue
        ap = resolve(am["sender"], am["sid"])
        if ap in (None, "AMBIGUOUS") or ap["district"] != d or not (ap["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}):
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
    if len(ds) not in (18,) and len(ds) > 6:
        err(f"order {o}: {len(ds)} districts (expected all 18 or a few named)")
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")
# an answer answers one duty only
ans_ids = [r[3] for r in lg[1:] if r[3]]
if len(set(ans_ids)) != len(ans_ids):
    err("one message answers two duties")

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
                rows_here = [t for t in truth if t[0] == "OUTSIDER" and t[1] == fn and t[2] == m["line"]]
                if len(rows_here) != 1:
                    err(f"{fn}:{m['line']} outsider {nmx} without exactly one OUTSIDER row")
            elif not (p["roles"] & ADMIT[grp]):
                if not any(t[0] == MRULE[grp] and t[1] == fn and t[2] == m["line"] for t in truth):
                    err(f"{fn}:{m['line']} {nmx} not admitted, no {MRULE[grp]} row")
                n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                if n_all != (2 if m["event"] == "invite" else 0):
                    err(f"{fn}:{m['line']} SKN-ALL rows: {n_all}")
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
        if t[1] == fn and t[0] == "SKN-ALL":
            mm = bylines[fn][t[2]]
            if mm["event"] != "invite":
                err(f"{fn}:{t[2]} SKN-ALL row not at an invite")
# every membership row of the file's rule matches a not-admitted person (no extra rows)
for t in truth:
    if t[0] in MRULE.values():
        fn = t[1]
        m = bylines[fn][t[2]]
        nmx, sid = (m["target"], None) if m["event"] == "invite" else (m["sender"], m["sid"])
        p = renamed.get(nmx) or resolve(nmx, sid)
        if not isinstance(p, dict) or p["roles"] & ADMIT[GROUPS[fn]]:
            err(f"{fn}:{t[2]} {t[0]} row for someone admitted or unknown")
# the `who` of membership rows names the person the row is about (invitee/joiner/poster; SKN-ALL: invitee and inviter)
for t in truth:
    if t[0] in MRULE.values() or t[0] in ("OUTSIDER", "SKN-ALL"):
        m = bylines[t[1]][t[2]]
        subject = m["target"] if m["event"] == "invite" else m["sender"]
        ok_names = {norm(subject)} | ({norm(m["sender"])} if t[0] == "SKN-ALL" else set())
        if norm(t[3]) not in ok_names:
            err(f"{t[1]}:{t[2]} {t[0]} row names {t[3]!r}, not the person shown there")
for fn in GROUPS:
    for ln in {t[2] for t in truth if t[1] == fn and t[0] == "SKN-ALL"}:
        m = bylines[fn][ln]
        whos = sorted(norm(t[3]) for t in truth if t[1] == fn and t[2] == ln and t[0] == "SKN-ALL")
        if whos != sorted([norm(m["target"]), norm(m["sender"])]):
            err(f"{fn}:{ln} SKN-ALL rows must name the invitee and the inviter")
# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (post = one sender's messages within 3 min)
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = renamed.get(m["sender"]) or resolve(m["sender"], m["sid"])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]) <= timedelta(seconds=180)
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == fn for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# SKN-5P / SKN-4P / SKN-6P rows: posts by people who may not do that there
for t in truth:
    if t[0] in ("SKN-4P", "SKN-5P", "SKN-6P", "SKN-2P"):
        m = bylines[t[1]][t[2]]
        p = renamed.get(m["sender"]) or resolve(m["sender"], m["sid"])
        if m["type"] == "system":
            err(f"{t[1]}:{t[2]} posting row on a system line")
        if t[0] == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
            err(f"{t[1]}:{t[2]} SKN-4P row for the governor or a vice governor")
        if t[0] == "SKN-5P" and isinstance(p, dict) and ("provincial_palad" in p["roles"]):
            err(f"{t[1]}:{t[2]} SKN-5P row for the palad")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err("ศอ share")
if last_file != [SOR]:
    err("the last message of the week should be in the ศอ file")
if not 40 <= other <= 60 or not 15 <= rules["SKN-5O"] <= 20 or len(near_lines) < 150 or not 4 <= len(orders) <= 6:
    err("counts outside what a test week must have")
if set(rules) != RULES:
    err(f"rules without a planted finding: {RULES - set(rules)}")

# TRUTH.md states the same totals as the files
with open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8") as f:
    md = f.read()
m = re.search(r"Ledger totals: (\d+) duties — on-time (\d+), late (\d+), missing (\d+), not-due (\d+)", md)
if not m or [int(x) for x in m.groups()] != [sum(five_o.values()), five_o["on-time"], five_o["late"], five_o["missing"], five_o["not-due"]]:
    err("TRUTH.md ledger totals differ from ledger.csv")
for k, v in rules.items():
    if f"| {k} | {v} |" not in md:
        err(f"TRUTH.md findings table: {k} should be {v}")
for fn, v in counts.items():
    if f"| `{fn}` | {GROUPS[fn]} | {v} |" not in md:
        err(f"TRUTH.md groups table: {fn} should be {v}")
if f"(`near-misses.csv`, {len(near_lines)})" not in md:
    err("TRUTH.md near-miss count")

print("messages:", counts, "total", total, "(ศอ %.1f%%)" % (100 * counts[SOR] / total))
print("findings:", dict(sorted(rules.items())), "non-5O", other)
print("near misses:", len(near_lines), " duties:", dict(five_o), "=", sum(five_o.values()),
      " orders with duties:", len(orders), " judged at", END.isoformat())
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
