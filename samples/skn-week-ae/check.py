#!/usr/bin/env python3
"""Checks the week AE data for consistency: roster shape, chat files (ids, times ascending per file, export
format), truth rows and near misses pointing at real messages, the ledger (states recomputed from the deadlines
and answer times, answers by people of the district, totals agreeing with the SKN-5O rows), and membership
findings recomputed from the roster and the letter's group table (not from any tool output)."""
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
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected exactly two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] == 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "นางสาว", "นาย", "นาง"]


def norm(s, strip_title=True):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if strip_title:
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
        by_name[norm(dn, False)].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
if len(amb) != 1:
    err(f"expected one shared display name, got {amb}")


def resolve(name, sid=None, renamed=None):
    if sid:
        return by_id.get(sid)          # a LINE id or e-mail decides
    if renamed and name in renamed:
        return renamed[name]
    ps = by_name.get(norm(name, False), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ---------------- chats ----------------
GROUPS = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร",
          "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "executives-export.txt": "ผู้บริหารจังหวัด และนายอำเภอ"}
SOR, EXP = "volunteer-centre.jsonl", "executives-export.txt"
TYPES = {"text", "image", "video", "file", "sticker", "system"}
EVENTS = {"join", "leave", "invite", "remove", "unsend", "rename"}
TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
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
                if not re.fullmatch(r"ae\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids.add(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"(2026-03-3[01]|2026-04-0[1-3])T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time {o['time']}")
                if o["type"] not in TYPES:
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in EVENTS:
                    err(f"{fn}:{i} event")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} text without text")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
    else:
        raw = open(os.path.join(HERE, fn), "rb").read()
        if not raw.startswith(b"\xef\xbb\xbf"):
            err("export: no BOM")
        lines = raw.decode("utf-8-sig").split("\n")
        if lines[0] != f'[LINE] ประวัติการแชทในกลุ่ม "{grp}"' or not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/25\d\d \d\d:\d\d", lines[1]) \
                or lines[2] != "":
            err("export header")
        day, i, n = None, 3, len(lines)
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"([ก-๙]{1,2}\.) (\d\d)/(\d\d)/(\d{4})", ln)
            if m:
                day = datetime(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
                if TH_WD[day.weekday()] != m.group(1):
                    err(f"{fn}:{i} weekday")
                continue
            m = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
            if not m or day is None:
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
            d = dict(line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None,
                     target=None, reply=None)
            if sender == "":
                d["type"] = "system"
                for pat, ev in ((r"(.+) เพิ่ม (.+) เข้ากลุ่ม", "invite"), (r"(.+) ลบ (.+) ออกจากกลุ่ม", "remove"),
                                (r"(.+) เข้าร่วมกลุ่ม", "join"), (r"(.+) ออกจากกลุ่ม", "leave"), (r"(.+) ยกเลิกข้อความ", "unsend")):
                    mm = re.fullmatch(pat, body)
                    if mm:
                        d["event"], d["sender"] = ev, mm.group(1)
                        d["target"] = mm.group(2) if mm.lastindex == 2 else None
                        break
                else:
                    err(f"{fn}:{start} unknown system line")
            else:
                d["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker", "[ไฟล์]": "file", "[วิดีโอ]": "video"}.get(body, "text")
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
END = max(m["time"] for ms in msgs.values() for m in ms)
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}
for fn, ms in msgs.items():
    for m in ms:
        if m["reply"] and (m["reply"] not in byid or byid[m["reply"]][0] != fn or byid[m["reply"]][1]["time"] > m["time"]):
            err(f"{fn}:{m['line']} bad replyTo")

# rename notices: the new name stands for the renamed person in that file
RENAMED = {}
for fn, ms in msgs.items():
    RENAMED[fn] = {}
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            p = resolve(m["sender"], m["sid"], RENAMED[fn])
            if isinstance(p, dict):
                RENAMED[fn][m["target"]] = p
            else:
                err(f"{fn}:{m['line']} rename by an unknown person")


def who(fn, m, name=None, use_sid=True):
    return resolve(name or m["sender"], m["sid"] if use_sid else None, RENAMED[fn])


# ---------------- truth / near misses ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
tr = rd("truth.csv")
if tr[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr[1:]:
    rule, fn, line, mid, whoname, state, note = r
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
    truth.append((rule, fn, int(line), whoname, state))
if len(set(truth)) != len(truth):
    err("duplicate truth rows")
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near header")
near_lines = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why:
        err(f"near row bad {fn}:{line}")
    if (fn, int(line)) in near_lines:
        err(f"near row repeated {fn}:{line}")
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
for o, d, st, a, dl, note in lg[1:]:
    if o not in byid or byid[o][0] != SOR:
        err(f"ledger order {o} is not a message of {SOR}")
        continue
    om = byid[o][1]
    op = who(SOR, om)
    if not isinstance(op, dict) or not (op["roles"] & {"provincial_palad"} or
                                         ("volunteer_center_staff" in op["roles"] and not op["district"])):
        err(f"ledger order {o} is not by the provincial centre")
    if d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    if d in orders[o]:
        err(f"ledger: {o} {d} twice")
    orders[o].append(d)
    dlt = datetime.fromisoformat(dl)
    if a:
        if a not in byid or byid[a][0] != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        am = byid[a][1]
        ap = who(SOR, am)
        if not isinstance(ap, dict) or ap["district"] != d or not (ap["roles"] & {
                "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}):
            err(f"ledger answer {a} is not by a person of {d}")
        if am["type"] not in ("text", "file", "image"):
            err(f"ledger answer {a} is not a report")
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}: {st}, computed {want}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without truth row {o} {d}")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            err(f"ledger state {o} {d}: {st}, computed {want}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing without truth row {o} {d}")
    five_o[st] += 1
for o, ds in orders.items():
    if len(ds) != 18 and len(ds) > 6:
        err(f"order {o} addresses {len(ds)} districts (expected all 18 or a few named)")
answers = [r[3] for r in lg[1:] if r[3]]
if len(set(answers)) != len(answers):
    err("one message answers two duties")
if sum(1 for t in truth if t[0] == "SKN-5O") != five_o["late"] + five_o["missing"]:
    err("SKN-5O rows and ledger disagree")

# ---------------- membership cross-check from the letter's table ----------------
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
            name, p = m["target"], resolve(m["target"], None, RENAMED[fn])
        else:
            name, p = m["sender"], who(fn, m)
        if p == "AMBIGUOUS":
            pm = bylines[fn].get(m["line"] - 1) if fn.endswith(".jsonl") else None
            cont = pm is not None and pm["sender"] == m["sender"] and (m["time"] - pm["time"]).total_seconds() <= 180
            if (fn, m["line"]) not in near_lines and not cont:
                err(f"{fn}:{m['line']} ambiguous name without a near-miss row")
            continue
        key = p["person_id"] if isinstance(p, dict) else ("?" + norm(name))
        if key in first:
            continue
        first[key] = m["line"]
        if p is None:
            expected_member_rows.add(("OUTSIDER", fn, m["line"]))
            if m["event"] == "invite" and any(t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} outsider invite should not give SKN-ALL")
        elif not (p["roles"] & ADMIT[grp]):
            expected_member_rows.add((MRULE[grp], fn, m["line"]))
            if m["event"] == "invite":
                expected_member_rows.add(("SKN-ALL", fn, m["line"]))
                n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                if n_all != 2:
                    err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows, has {n_all}")
got_member_rows = {(t[0], t[1], t[2]) for t in truth if t[0] in set(MRULE.values()) | {"OUTSIDER", "SKN-ALL"}}
for x in sorted(expected_member_rows - got_member_rows):
    err(f"membership finding missing from truth.csv: {x}")
for x in sorted(got_member_rows - expected_member_rows):
    err(f"membership row not recomputed from the roster: {x}")

# ---------------- posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender, once per post ----------------
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = who(fn, m)
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev is not None and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == fn for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# posting rules only where the rules page has them
for t in truth:
    if t[0] == "SKN-2P" and t[1] != "pakkhrong-orders.jsonl" or t[0] == "SKN-4P" and t[1] != EXP \
            or t[0] == "SKN-5P" and t[1] != SOR or t[0] == "SKN-6P" and t[1] != "heads-chiefs.jsonl":
        err(f"posting rule in the wrong group: {t}")
for t in truth:
    if t[0] == "SKN-4P":
        p = who(t[1], bylines[t[1]][t[2]])
        if isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
            err(f"SKN-4P on a governor's post {t}")
    if t[0] == "SKN-5P":
        p = who(t[1], bylines[t[1]][t[2]])
        if isinstance(p, dict) and ("provincial_palad" in p["roles"] or
                                    ("volunteer_center_staff" in p["roles"] and not p["district"])):
            err(f"SKN-5P on the centre's post {t}")

# ---------------- counts ----------------
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
    err("late+missing out of range")
if set(RULES) - set(rules):
    err(f"rules without a planted finding: {set(RULES) - set(rules)}")
if len(near_lines) < 150:
    err("fewer than 150 near misses")

print("messages:", counts, "total", total, f"(ศอ {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "SKN-5O", rules["SKN-5O"])
print("near misses:", len(near_lines), " ledger:", dict(five_o), "duties", sum(five_o.values()),
      " orders with duties:", len(orders), " judged at", END.isoformat())
if errors:
    print("\n".join("PROBLEM " + e for e in errors))
    sys.exit(1)
print("OK: no problems")
