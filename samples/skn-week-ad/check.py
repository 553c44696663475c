#!/usr/bin/env python3
"""Checks the week AD data for consistency: roster shape, chat files (ids, groups, times ascending per
file, the iPhone English-UI export's layout), truth rows and near misses pointing at real lines, the
ledger (states recomputed from the cited times and deadlines, totals), and the membership / posting
findings recomputed from the roster and the letter's group table (not from any tool's output).
Prints the counts and "OK", or the problems it found (exit status 1)."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def rd(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
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
            err(f"roster: bad role {role}")
    if p["district"] and p["district"] not in DISTRICTS:
        err(f"roster: bad district {p['district']}")
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err(f"roster: bad line id {p['line_user_id']}")
    p["roles"] = set(p["role"].split("|"))
    people.append(p)
if not 80 <= len(people) <= 95:
    err(f"roster has {len(people)} people")
ids = [p["person_id"] for p in people]
if len(set(ids)) != len(ids):
    err("roster: duplicate person ids")
for col in ("line_user_id", "email"):
    vals = [p[col] for p in people if p[col]]
    if len(set(vals)) != len(vals):
        err(f"roster: a {col} is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"roster: {d} lacks {need}")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("roster: expected two people with coordinating_deputy|volunteer_center_staff")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาย", "นาง"]


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
    err(f"roster: expected exactly one shared display name, got {amb}")


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
SYS_EN = ((r"(.+) invited (.+)\.", "invite"), (r"(.+) removed (.+) from the group\.", "remove"),
          (r"(.+) joined the group\.", "join"), (r"(.+) left the group\.", "leave"), (r"(.+) unsent a message\.", "unsend"))
PLACEHOLDER = {"[Photo]": "image", "[Sticker]": "sticker", "[File]": "file", "[Video]": "video"}
msgs = {}
all_ids = []
for fn, grp in GROUPS.items():
    out = []
    path = os.path.join(HERE, fn)
    if fn.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"ad\d{4}", o["id"]):
                    err(f"{fn}:{i} bad id {o['id']}")
                all_ids.append(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group {o['group']}")
                if not re.fullmatch(r"2026-01-(19|2[0-3])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time {o['time']}")
                ty = o["type"]
                if ty not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type {ty}")
                if ty == "system":
                    if o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                        err(f"{fn}:{i} event")
                    if o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                        err(f"{fn}:{i} {o.get('event')} without target")
                if ty in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} {ty} without attachment")
                if ty == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                sid = o.get("senderId")
                if sid and sid not in by_id:
                    err(f"{fn}:{i} senderId not on the roster")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"], sid=sid,
                                type=ty, text=o.get("text"), event=o.get("event"), target=o.get("target"),
                                reply=o.get("replyTo")))
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if not raw.startswith("\ufeff"):
            err("export: no BOM")
        lines = raw.lstrip("\ufeff").split("\n")
        if lines[0] != f'Chat history in "{grp}"' or not re.fullmatch(r"Saved on: \d\d/\d\d/25\d\d BE, \d\d:\d\d", lines[1]) or lines[2] != "":
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
                    err(f"export line {i}: weekday does not fit the date")
                if lines[i - 2] != "":
                    err(f"export line {i}: no blank line before the date line")
                continue
            m = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
            if not m:
                err(f"export line {i}: unparsed {ln!r}")
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
                for pat, ev in SYS_EN:
                    mm = re.fullmatch(pat, body)
                    if mm:
                        d["event"], d["sender"] = ev, mm.group(1)
                        d["target"] = mm.group(2) if mm.lastindex == 2 else None
                        break
                else:
                    err(f"export line {start}: unknown system line {body!r}")
            elif body in PLACEHOLDER:
                d["type"] = PLACEHOLDER[body]
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
if len(set(all_ids)) != len(all_ids):
    err("a JSONL id is repeated")
nums = sorted(int(x[2:]) for x in all_ids)
if nums != list(range(1, len(nums) + 1)):
    err("JSONL ids are not ad0001… without gaps")
id_index = {m["id"]: m for ms in msgs.values() for m in ms if m["id"]}
for fn, ms in msgs.items():
    for m in ms:
        if m["reply"] and (m["reply"] not in id_index or id_index[m["reply"]]["time"] > m["time"]):
            err(f"{fn}:{m['line']} replyTo points at no earlier message")
END = max(m["time"] for ms in msgs.values() for m in ms)
if [fn for fn, ms in msgs.items() if ms[-1]["time"] == END] != [SOR]:
    err("the last message of the log should be in the ศอ export")
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
    if not note:
        err(f"truth row without a note {r}")
    truth.append((rule, fn, int(line), who, state))
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near-misses header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why:
        err(f"near miss row bad {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {sorted(near_lines & truth_lines)}")

# ---------------- ledger ----------------
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")


def place(s):
    """A ledger place: a JSONL id, or a line number of the export (also written file:line)."""
    if re.fullmatch(r"ad\d{4}", s):
        return id_index.get(s)
    fn, ln = s.split(":") if ":" in s else (SOR, s)
    return bylines.get(fn, {}).get(int(ln))


five_o = Counter()
per_order = defaultdict(list)
used_answers = Counter()
for o, d, st, a, dl, note in lg[1:]:
    om = place(o)
    if not om or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    per_order[o].append(d)
    dlt = datetime.fromisoformat(dl)
    if a:
        am = place(a)
        used_answers[a] += 1
        if am is None:
            err(f"ledger answer {a} points at no message")
            continue
        ap = resolve(am["sender"], am["sid"])
        if not isinstance(ap, dict) or ap["district"] != d or not (ap["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}):
            err(f"ledger answer {a} is not by a person of {d}")
        if am["type"] not in ("text", "file", "image"):
            err(f"ledger answer {a} is a {am['type']}")
        if not am["time"] > om["time"]:
            err(f"ledger answer {a} before its order")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}: {st}, times say {want}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late answer without a truth row {o} {d}")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            err(f"ledger state {o} {d}: {st}, should be {want}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing answer without a truth row {o} {d}")
    five_o[st] += 1
for o, ds in per_order.items():
    if len(ds) != len(set(ds)) or not (len(ds) == 18 or len(ds) <= 5):
        err(f"ledger order {o}: districts {ds}")
if any(v > 1 for v in used_answers.values()):
    err(f"an answer is cited for two orders: {[k for k, v in used_answers.items() if v > 1]}")
n5 = sum(1 for t in truth if t[0] == "SKN-5O")
if n5 != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")

# ---------------- membership / posting, recomputed from the letter's table ----------------
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
expected_rows = Counter()
for fn, ms in list(msgs.items()):
    grp = GROUPS[fn]
    renamed = {}
    first = {}
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            renamed[m["target"]] = resolve(m["sender"], m["sid"])
            continue
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            nmx, sid = m["target"], None
        else:
            nmx, sid = m["sender"], m["sid"]
            if sid and nmx not in renamed and isinstance(resolve(nmx), dict) and resolve(nmx)["line_user_id"] != sid:
                err(f"{fn}:{m['line']} senderId does not fit the display name")
        p = renamed.get(nmx) or resolve(nmx, sid)
        if p == "AMBIGUOUS":
            if any(t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} ambiguous name judged")
            continue
        key = p["person_id"] if isinstance(p, dict) else "?" + norm(nmx)
        if key in first:
            continue
        first[key] = m["line"]
        if p is None:
            expected_rows[("OUTSIDER", fn, m["line"])] += 1
            if m["event"] == "invite" and sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"]):
                err(f"{fn}:{m['line']} an outsider's invite gives no SKN-ALL")
        elif not (p["roles"] & ADMIT[grp]):
            expected_rows[(MRULE[grp], fn, m["line"])] += 1
            if m["event"] == "invite":
                expected_rows[("SKN-ALL", fn, m["line"])] += 2
got_rows = Counter((t[0], t[1], t[2]) for t in truth if t[0] in ("OUTSIDER", "SKN-ALL", "SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6"))
for k in set(expected_rows) | set(got_rows):
    if expected_rows[k] != got_rows[k]:
        err(f"membership rows {k}: expected {expected_rows[k]}, truth has {got_rows[k]}")

# posting in ข้อสั่งการ ปค.สน.: every post by anyone but the office is flagged once
# (a post = messages of one sender within 3 minutes; the first message carries the row)
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], m["sid"])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev is not None and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[1] == fn and t[2] == m["line"] for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office or ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# rules that only exist in one group
ONLY = {"SKN-2P": "pakkhrong-orders.jsonl", "SKN-4P": "executives.jsonl", "SKN-6P": "heads-chiefs.jsonl",
        "SKN-5P": SOR, "SKN-5O": SOR}
for t in truth:
    if t[0] in ONLY and t[1] != ONLY[t[0]]:
        err(f"{t[0]} row in {t[1]}")
# a finding of SKN-4P / SKN-6P / SKN-5P is never by the people the rule allows
for t in truth:
    m = bylines[t[1]][t[2]]
    p = resolve(m["sender"], m["sid"])
    if t[0] == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
        err(f"SKN-4P against the governor or a vice governor at {t[1]}:{t[2]}")

# ---------------- counts ----------------
counts = {fn: len(msgs[fn]) for fn in GROUPS}
total = sum(counts.values())
rules = Counter(t[0] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err(f"ศอ share {counts[SOR] / total:.3f}")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= n5 <= 20:
    err(f"late or missing answers {n5}")
if set(rules) != RULES:
    err(f"rules without a finding: {RULES - set(rules)}")
if len(near_lines) < 150:
    err(f"near misses {len(near_lines)}")

# the totals written in TRUTH.md agree with the files
with open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8") as f:
    md = f.read()
m = re.search(r"Ledger totals: (\d+) duties in (\d+) orders — on-time (\d+), late (\d+), missing (\d+), not-due (\d+)", md)
if not m or [int(x) for x in m.groups()] != [sum(five_o.values()), len(per_order), five_o["on-time"], five_o["late"],
                                             five_o["missing"], five_o["not-due"]]:
    err("TRUTH.md ledger totals disagree with ledger.csv")
m = re.search(r"\| total \| (\d+) \((\d+) posting/membership, (\d+) SKN-5O\) \|", md)
if not m or [int(x) for x in m.groups()] != [len(truth), other, n5]:
    err("TRUTH.md findings total disagrees with truth.csv")
for fn, c in counts.items():
    if f"| `{fn}` | {GROUPS[fn]} | {c} |" not in md:
        err(f"TRUTH.md message count of {fn}")

print("messages:", counts, "total", total, f"(ศอ {counts[SOR] / total:.1%})")
print("findings:", dict(sorted(rules.items())), " posting/membership", other, " SKN-5O", n5)
print("ledger:", dict(five_o), " duties", sum(five_o.values()), " orders with duties", len(per_order))
print("near misses:", len(near_lines), " judged at", END.isoformat())
if errors:
    print("\n".join("PROBLEM " + e for e in errors))
    sys.exit(1)
print("OK")
