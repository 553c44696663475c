#!/usr/bin/env python3
"""Checks the week AO data: files, ids, times, truth rows, ledger (and its totals in TRUTH.md), counts,
and the membership, SKN-CAP and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the
letter's group table (not from any tool output).  Adapted from samples/skn-week-ab/check.py."""
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
emails = [p["email"] for p in people if p["email"]]
if len(set(emails)) != len(emails):
    err("an e-mail is shared")
lids = [p["line_user_id"] for p in people if p["line_user_id"]]
if len(set(lids)) != len(lids):
    err("a LINE id is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
dual = [p for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff"]
if len(dual) != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] == 1):
    err(f"roster role counts {dict(rc)}")
if not 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2:
    err("province-level volunteer officers")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาย", "นาง"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    return re.sub(r"\s+", " ", s).strip()


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
TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
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
                if not re.fullmatch(r"ao\d{4}", o["id"]) or o["id"] in seen_ids:
                    err(f"{fn}:{i} bad or repeated id {o['id']}")
                seen_ids.append(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2026-10-(2[6-9]|30)T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                out.append(dict(line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                                sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                                target=o.get("target"), reply=o.get("replyTo")))
    else:
        with open(os.path.join(HERE, fn), encoding="utf-8-sig") as f:
            lines = f.read().split("\n")
        if lines[0] != f'[LINE] ประวัติการแชทในกลุ่ม "{grp}"' or not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/\d{4} \d\d:\d\d", lines[1]) \
                or lines[2] != "":
            err("export header")
        day, i, n = None, 3, len(lines)
        while i < n:
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            m = re.fullmatch(r"([ก-๙]{1,2})\. (\d\d)/(\d\d)/(\d{4})", ln)
            if m:
                day = datetime(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
                if TH_WD[day.weekday()] != m.group(1) + ".":
                    err(f"{fn}:{i} weekday")
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
            elif body == "[รูป]":
                d["type"] = "image"
            elif body == "[สติกเกอร์]":
                d["type"] = "sticker"
            elif body == "[ไฟล์]":
                d["type"] = "file"
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
if seen_ids != [f"ao{k:04d}" for k in range(1, len(seen_ids) + 1)]:
    err("JSONL ids are not ao0001… without gaps across the files")
for fn, ms in msgs.items():
    known = {m["id"] for m in ms}
    for m in ms:
        if m["reply"] and m["reply"] not in known:
            err(f"{fn}:{m['line']} replyTo points outside the file")
END = max(m["time"] for ms in msgs.values() for m in ms)
last_file = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}

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
    if not m or m["id"] != mid or not why:
        err(f"near row bad {fn}:{line}")
    near_lines.add((fn, int(line)))
truth_lines = {(fn, l) for _, fn, l, _, _ in truth}
if near_lines & truth_lines:
    err(f"lines both finding and near miss: {sorted(near_lines & truth_lines)}")
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
five_o = Counter()
orders = defaultdict(list)
for o, d, st, a, dl, note in lg[1:]:
    orders[o].append(d)
    ofn, ol = o.split(":") if ":" in o else (SOR, o)
    om = bylines[ofn].get(int(ol))
    if not om or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    op = resolve(om["sender"])
    if not isinstance(op, dict) or not (op["roles"] & {"provincial_palad"} or
                                        ("volunteer_center_staff" in op["roles"] and not op["district"])):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        am = bylines[SOR][int(a.split(":")[-1])]
        ap = resolve(am["sender"])
        if ap in (None, "AMBIGUOUS") or ap["district"] != d:
            err(f"ledger answer {a} is not by a person of {d}")
        if not am["time"] > om["time"]:
            err(f"answer before order {a}")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without truth row {o} {d}")
        if am["type"] == "image" and not note.startswith(("photos alone", "photos, then a caption")):
            err(f"ledger answer {a} starts with a photo but the note does not say so")
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
# the totals written in TRUTH.md
with open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8") as f:
    tmd = f.read()
mt = re.search(r"Ledger totals: (\d+) duties — on-time (\d+), late (\d+), missing (\d+), not-due (\d+)", tmd)
if not mt or tuple(int(x) for x in mt.groups()) != (sum(five_o.values()), five_o["on-time"], five_o["late"],
                                                      five_o["missing"], five_o["not-due"]):
    err("ledger totals in TRUTH.md do not match ledger.csv")

# ---------------- membership / CAP / posting from the letter's table ----------------
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22,
       "ศอ.จอส.จว.สน.": 118}
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    first, renamed, admitted_order = {}, {}, []
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
        p = renamed.get(nmx) or resolve(nmx, sid)
        if p == "AMBIGUOUS":
            continue
        key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
        if key in first:
            continue
        first[key] = m["line"]
        if p is None:
            if not any(t[0] == "OUTSIDER" and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} outsider {nmx} without OUTSIDER row")
        elif not (p["roles"] & ADMIT[grp]):
            if not any(t[0] == MRULE[grp] and t[1] == fn and t[2] == m["line"] for t in truth):
                err(f"{fn}:{m['line']} {nmx} not admitted, no {MRULE[grp]} row")
            n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
            if n_all != (2 if m["event"] == "invite" else 0):
                err(f"{fn}:{m['line']} SKN-ALL rows do not fit (invite of a non-admitted roster person: two)")
        else:
            admitted_order.append(m["line"])
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
    cap_rows = [t for t in truth if t[0] == "SKN-CAP" and t[1] == fn]
    if grp in CAP and len(admitted_order) > CAP[grp]:
        want = admitted_order[CAP[grp]]
        if [t[2] for t in cap_rows] != [want]:
            err(f"{fn}: SKN-CAP should be one row at line {want}, got {[t[2] for t in cap_rows]}")
    elif cap_rows:
        err(f"{fn}: SKN-CAP rows but the group is within its count ({len(admitted_order)})")
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
# posting rules only where the rules page has them
for t in truth:
    if t[0] == "SKN-2P" and t[1] != fn or t[0] == "SKN-4P" and t[1] != "executives.jsonl" \
            or t[0] in ("SKN-5P", "SKN-5O") and t[1] != SOR or t[0] == "SKN-6P" and t[1] != "heads-chiefs.jsonl":
        err(f"posting rule in the wrong group: {t}")

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
    err("the last message of the week should be in the ศอ export")
if not 40 <= other <= 60 or not 15 <= rules["SKN-5O"] <= 20 or len(near_lines) < 150 or not 4 <= len(orders) <= 6:
    err("counts outside the week's bounds")
if set(rules) != RULES:
    err(f"rule ids not all planted: {RULES - set(rules)}")

print("messages:", counts, "total", total, f"(ศอ {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "non-5O", other)
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
