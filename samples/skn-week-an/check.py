#!/usr/bin/env python3
"""Checks the week AN data: roster, chats (five JSONL files and the LINE phone export), ids, times, truth rows,
near misses, ledger, counts, and membership/posting cross-checks recomputed from the roster and the letter's
group table (not from any tool output). Prints the counts, then OK or the problems found."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
BKK = timezone(timedelta(hours=7))
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
        err(f"{d} needs exactly one chief")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"role counts {dict(rc)}")

TITLES = ["ว่าที่ร.ต.หญิง", "ว่าที่ร.ต.", "นางสาว", "นาย", "นาง"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    return re.sub(r"\s+", " ", s).strip()


by_id, by_name = {}, defaultdict(list)
for p in people:
    if p["line_user_id"]:
        by_id[p["line_user_id"]] = p
    for dn in p["display_names"].split("|"):
        by_name[norm(dn)].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
if len(amb) != 1:
    err(f"expected one shared display name, got {amb}")
for n in amb:
    if any(p["line_user_id"] for p in by_name[n]):
        err("the two people sharing a display name should carry no LINE id (else they are not ambiguous)")


def resolve(name, sid=None, renamed=None):
    if sid and sid in by_id:
        return by_id[sid]
    if renamed and norm(name) in renamed:
        return renamed[norm(name)]
    ps = by_name.get(norm(name), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ---------------- chats ----------------
GROUPS = {"[LINE]ข้อสั่งการ ปค.สน..txt": "ข้อสั่งการ ปค.สน.", "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.",
          "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
          "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
SOR = "volunteer-centre.jsonl"
EXP = "[LINE]ข้อสั่งการ ปค.สน..txt"
msgs = {}
seen_ids = []
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for fn, grp in GROUPS.items():
    out = []
    if fn.endswith(".jsonl"):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"an\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids.append(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2026-11-2[3-7]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] == "system" and o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                    err(f"{fn}:{i} {o.get('event')} without target")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
    else:
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            err("export: this variant is written without a BOM")
        lines = raw.split("\n")
        if lines[-1] == "":
            lines.pop()
        day, i, n = None, 0, len(lines)
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/(\d\d)/(\d{4}) BE", ln)
            if m:
                day = datetime(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)), tzinfo=BKK)
                if EN_DAYS[day.weekday()] != m.group(1):
                    err(f"{fn}:{i} weekday does not fit the date")
                if i > 1 and lines[i - 2] != "":
                    err(f"{fn}:{i} date line not preceded by a blank line")
                continue
            m = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
            if not m or day is None:
                err(f"{fn}:{i} unparsed line {ln!r}")
                continue
            t = day.replace(hour=int(m.group(1)), minute=int(m.group(2)))
            start = i
            sender, body = m.group(3), m.group(4)
            if body.startswith('"'):
                parts = [body]
                while not (re.search(r'(?<!")(?:"")*"$', parts[-1]) and (len(parts) > 1 or len(body) > 1)):
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
                        d["target"] = mm.group(2) if ev in ("invite", "remove") else None
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
if [int(x[2:]) for x in seen_ids] != list(range(1, len(seen_ids) + 1)):
    err("JSONL ids do not run an0001… without gaps across the files")
END = max(m["time"] for ms in msgs.values() for m in ms)
last = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}
for fn, ms in msgs.items():
    for m in ms:
        if m["reply"] and (m["reply"] not in byid or byid[m["reply"]][0] != fn or byid[m["reply"]][1]["time"] >= m["time"]):
            err(f"{fn}:{m['line']} replyTo points at no earlier message of the file")

# renames per file (a rename notice maps the new display name to the person)
renamed = {}
for fn, ms in msgs.items():
    renamed[fn] = {}
    for m in ms:
        if m["event"] == "rename":
            p = resolve(m["sender"], m["sid"], renamed[fn])
            if not isinstance(p, dict):
                err(f"{fn}:{m['line']} rename by nobody known")
            else:
                renamed[fn][norm(m["target"])] = p


def who(fn, m):
    return resolve(m["sender"], m["sid"], renamed[fn])


# ---------------- truth / near misses ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "OUTSIDER"}
RULE_FILE = {"SKN-1": "nakpokkhrong.jsonl", "SKN-2": EXP, "SKN-2P": EXP, "SKN-3": "palad-orders.jsonl",
             "SKN-4": "executives.jsonl", "SKN-4P": "executives.jsonl", "SKN-5": SOR, "SKN-5P": SOR, "SKN-5O": SOR,
             "SKN-6": "heads-chiefs.jsonl", "SKN-6P": "heads-chiefs.jsonl"}
tr = rd("truth.csv")
if tr[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr[1:]:
    rule, fn, line, mid, whom, state, note = r
    if rule not in RULES:
        err(f"truth rule {rule}")
    if rule in RULE_FILE and RULE_FILE[rule] != fn:
        err(f"truth row in the wrong group: {r}")
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
    if rule in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and m["type"] == "system":
        err(f"a posting finding on a system line {r}")
    if rule in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and norm(whom) != norm(m["sender"]):
        err(f"posting finding names someone else than the sender {r}")
    truth.append((rule, fn, int(line), whom, state))
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why:
        err(f"near row bad {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for r, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {sorted(near_lines & truth_lines)}")

# posting findings: senders that may post what they posted
for rule, fn, line, whom, _ in truth:
    m = bylines[fn][line]
    p = who(fn, m)
    if rule == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
        err(f"SKN-4P on the governor or a vice governor {fn}:{line}")
    if rule == "SKN-6P" and isinstance(p, dict) and p["roles"] & {"governor"}:
        err(f"SKN-6P on the governor {fn}:{line}")
    if rule == "SKN-5P" and isinstance(p, dict) and ("provincial_palad" in p["roles"] or
                                                     ("volunteer_center_staff" in p["roles"] and not p["district"])):
        err(f"SKN-5P on the provincial centre {fn}:{line}")
    if rule == "SKN-2P" and isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}:
        err(f"SKN-2P on the office {fn}:{line}")

# ---------------- ledger ----------------
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(list)
for o, d, st, a, dl, note in lg[1:]:
    orders[o].append(d)
    fo = byid.get(o)
    if not fo or fo[0] != SOR or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    om = fo[1]
    op = who(SOR, om)
    if not (isinstance(op, dict) and ("provincial_palad" in op["roles"] or
                                      ("volunteer_center_staff" in op["roles"] and not op["district"]))):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        fa = byid.get(a)
        if not fa or fa[0] != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        am = fa[1]
        ap = who(SOR, am)
        if not isinstance(ap, dict) or ap["district"] != d or not ap["roles"] & {
                "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}:
            err(f"ledger answer {a} is not by a person of {d}")
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        if am["type"] not in ("text", "file", "image"):
            err(f"answer {a} is a {am['type']}")
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
    if len(ds) != len(set(ds)):
        err(f"order {o} lists a district twice")
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")
for t in truth:
    if t[0] == "SKN-5O" and t[4] == "late":
        if not any(r[3] == bylines[SOR][t[2]]["id"] and r[1] == t[3] and r[2] == "late" for r in lg[1:]):
            err(f"late truth row without ledger row {t}")

# ---------------- membership / posting cross-check from the letter's table ----------------
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                          "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
expected_member_rows = set()
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first = {}
    for m in ms:
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave", "rename"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            cand = [(m["target"], None)]
        else:
            cand = [(m["sender"], m["sid"])]
        for nmx, sid in cand:
            p = resolve(nmx, sid, renamed[fn])
            if p == "AMBIGUOUS":
                continue
            key = p["person_id"] if isinstance(p, dict) else "?" + norm(nmx)
            if key in first:
                continue
            first[key] = m["line"]
            if p is None:
                expected_member_rows.add(("OUTSIDER", fn, m["line"]))
            elif not (p["roles"] & ADMIT[grp]):
                expected_member_rows.add((MRULE[grp], fn, m["line"]))
                if m["event"] == "invite":
                    inviter = resolve(m["sender"], m["sid"], renamed[fn])
                    n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                    if n_all != 2:
                        err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows")
                    if not isinstance(inviter, dict):
                        err(f"{fn}:{m['line']} inviter unknown")
got_member_rows = {(t[0], t[1], t[2]) for t in truth if t[0] in ("OUTSIDER",) + tuple(MRULE.values())}
for x in sorted(expected_member_rows - got_member_rows):
    err(f"membership finding missing from truth.csv: {x}")
for x in sorted(got_member_rows - expected_member_rows):
    err(f"membership row not at a first appearance of someone not admitted: {x}")
# who is named: at an invite, the membership row names the invitee, the two SKN-ALL rows the invitee and the inviter
for t in truth:
    m = bylines[t[1]][t[2]]
    if m["event"] == "invite":
        if t[0] in ("OUTSIDER",) + tuple(MRULE.values()) and norm(t[3]) != norm(m["target"]):
            err(f"{t[1]}:{t[2]} membership row at an invite should name the invitee")
        if t[0] == "SKN-ALL" and norm(t[3]) not in (norm(m["target"]), norm(m["sender"])):
            err(f"{t[1]}:{t[2]} SKN-ALL row names neither invitee nor inviter")
    elif t[0] in ("OUTSIDER",) + tuple(MRULE.values()) and norm(t[3]) != norm(m["sender"]):
        err(f"{t[1]}:{t[2]} membership row should name the sender")
for fn, line in {(t[1], t[2]) for t in truth if t[0] == "SKN-ALL"}:
    m = bylines[fn][line]
    named = sorted(norm(t[3]) for t in truth if t[0] == "SKN-ALL" and (t[1], t[2]) == (fn, line))
    if named != sorted([norm(m["target"]), norm(m["sender"])]):
        err(f"{fn}:{line} SKN-ALL rows should name the invitee and the inviter once each")
got_all = {(t[1], t[2]) for t in truth if t[0] == "SKN-ALL"}
for fn, line in got_all:
    m = bylines[fn][line]
    if m["event"] != "invite" or (MRULE[GROUPS[fn]], fn, line) not in expected_member_rows:
        err(f"SKN-ALL row not at an invite of a non-admitted roster person {fn}:{line}")

# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender flagged once (post = one sender's messages within 3 min)
prev = None
for m in msgs[EXP]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], None, renamed[EXP])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == EXP for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{EXP}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{EXP}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{EXP}:{m['line']} continuation flagged twice")
    prev = m

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err(f"ศอ share {counts[SOR] / total:.3f}")
if last != [SOR]:
    err("the last message of the week should be in the ศอ group")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= five_o["late"] + five_o["missing"] <= 20:
    err("late+missing out of 15–20")
if not 4 <= len(orders) <= 6:
    err("orders with duties out of 4–6")
if len(near_lines) < 150:
    err(f"near misses {len(near_lines)}")
if set(rules) != RULES:
    err(f"rules not planted: {RULES - set(rules)}")

# TRUTH.md states the same totals
with open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8") as f:
    md = f.read()
mm = re.search(r"Ledger totals: (\d+) duties — on-time (\d+), late (\d+), missing (\d+), not-due (\d+)", md)
if not mm or [int(x) for x in mm.groups()] != [sum(five_o.values()), five_o["on-time"], five_o["late"], five_o["missing"], five_o["not-due"]]:
    err("TRUTH.md ledger totals disagree with ledger.csv")
for k, v in rules.items():
    if f"| {k} | {v} |" not in md:
        err(f"TRUTH.md findings table disagrees for {k}")
for k, v in counts.items():
    if f"| `{k}` | {GROUPS[k]} | {v} |" not in md:
        err(f"TRUTH.md groups table disagrees for {k}")
for mid in set(re.findall(r"\ban\d{4}\b", md)):
    if mid not in byid:
        err(f"TRUTH.md cites an unknown id {mid}")

print("messages:", counts, "total", total, f"(ศอ {counts[SOR] / total:.1%})")
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "SKN-5O", rules["SKN-5O"])
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
