#!/usr/bin/env python3
"""Checks the week AJ data for consistency: roster, JSONL files, the Thai Android export, ids and times, truth /
near-miss / ledger rows against real lines, ledger states against deadlines and the judging time, and the
membership and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's member lists alone.
Reads only the files of this folder. Prints the counts and OK, or the problems (exit status 1)."""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BKK = timezone(timedelta(hours=7))
problems = []


def bad(msg):
    problems.append(msg)


def rows_of(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


# ------------------------------------------------------------------ roster
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า",
             "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
DISTRICT_PEOPLE = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}
R = rows_of("roster.csv")
if R[0] != "person_id,full_name,display_names,role,agency,district,line_user_id,email".split(","):
    bad("roster header")
people = []
for r in R[1:]:
    p = dict(zip(R[0], r))
    p["roles"] = set(p["role"].split("|"))
    for ro in p["roles"]:
        if ro not in ROLES:
            bad(f"roster {p['person_id']}: role {ro}")
    if p["district"] and p["district"] not in DISTRICTS:
        bad(f"roster {p['person_id']}: district {p['district']}")
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        bad(f"roster {p['person_id']}: LINE id")
    people.append(p)
if not 80 <= len(people) <= 95:
    bad(f"roster has {len(people)} people")
if len({p["person_id"] for p in people}) != len(people):
    bad("duplicate person ids")
mails = [p["email"] for p in people if p["email"]]
if len(set(mails)) != len(mails):
    bad("an e-mail is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            bad(f"{d} lacks {need}")
rc = Counter(ro for p in people for ro in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1):
    bad(f"province-level staffing {dict(rc)}")
if not 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2:
    bad("province-level volunteer officers")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    bad("two people should hold coordinating_deputy|volunteer_center_staff")

TITLES = ["ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    for t in TITLES:
        if s.startswith(t) and len(s) > len(t) + 1:
            s = s[len(t):].strip()
            break
    return s


by_id, by_name = {}, defaultdict(list)
for p in people:
    if p["line_user_id"]:
        by_id[p["line_user_id"]] = p
    for dn in p["display_names"].split("|"):
        by_name[norm(dn)].append(p)
AMBIG = [n for n, ps in by_name.items() if len(ps) > 1]
if len(AMBIG) != 1:
    bad(f"expected one display name shared by two people, got {AMBIG}")


def resolve(name, sid=None):
    if sid:
        if sid not in by_id:
            bad(f"senderId {sid} not on the roster")
        return by_id.get(sid)
    ps = by_name.get(norm(name), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ------------------------------------------------------------------ chats
GROUPS = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "pakkhrong-orders.txt": "ข้อสั่งการ ปค.สน.",
          "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
          "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
SOR, EXPORT = "volunteer-centre.jsonl", "pakkhrong-orders.txt"
EVENTS = {"join", "leave", "invite", "remove", "rename", "unsend"}
TYPES = {"text", "image", "video", "file", "sticker", "system"}
msgs, all_ids = {}, {}
for fn, grp in GROUPS.items():
    out = []
    path = os.path.join(HERE, fn)
    if fn.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                try:
                    o = json.loads(ln)
                except ValueError:
                    bad(f"{fn}:{i} not JSON")
                    continue
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        bad(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"aj\d{4}", o["id"]) or o["id"] in all_ids:
                    bad(f"{fn}:{i} bad or repeated id {o['id']}")
                if o["group"] != grp:
                    bad(f"{fn}:{i} group {o['group']}")
                if not re.fullmatch(r"2026-08-0[3-7]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    bad(f"{fn}:{i} time {o['time']}")
                if o["type"] not in TYPES:
                    bad(f"{fn}:{i} type")
                if o["type"] == "system" and (o.get("event") not in EVENTS or "text" in o):
                    bad(f"{fn}:{i} system event")
                if o["type"] == "system" and o.get("event") in ("invite", "remove", "rename") and not o.get("target"):
                    bad(f"{fn}:{i} event without target")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    bad(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    bad(f"{fn}:{i} empty text")
                m = dict(file=fn, line=i, id=o["id"], time=datetime.fromisoformat(o["time"]), sender=o["sender"],
                         sid=o.get("senderId"), type=o["type"], text=o.get("text"), event=o.get("event"),
                         target=o.get("target"), reply=o.get("replyTo"))
                all_ids[o["id"]] = m
                out.append(m)
    else:
        raw = open(path, encoding="utf-8").read()
        if not raw.startswith("\ufeff"):
            bad("export: no BOM")
        lines = raw.lstrip("\ufeff").split("\n")
        if lines[0] != f'[LINE] ประวัติการแชทในกลุ่ม "{grp}"':
            bad("export header line 1")
        if not re.fullmatch(r"บันทึกเมื่อ \d\d/\d\d/\d{4} \d\d:\d\d", lines[1]) or lines[2] != "":
            bad("export header line 2/3")
        WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
        day, i = None, 3
        while i < len(lines):
            ln = lines[i]
            i += 1
            if ln == "":
                continue
            mm = re.fullmatch(r"([ก-๙]{1,2}\.) (\d\d)/(\d\d)/(\d{4})", ln)
            if mm:
                day = datetime(int(mm.group(4)) - 543, int(mm.group(3)), int(mm.group(2)), tzinfo=BKK)
                if WD[day.weekday()] != mm.group(1):
                    bad(f"export:{i} weekday")
                if lines[i - 2] != "":
                    bad(f"export:{i} no blank line before the date line")
                continue
            mm = re.fullmatch(r"(\d\d):(\d\d)\t([^\t]*)\t(.*)", ln)
            if not mm or day is None:
                bad(f"export:{i} unparsed {ln!r}")
                continue
            start = i
            t = day.replace(hour=int(mm.group(1)), minute=int(mm.group(2)))
            sender, body = mm.group(3), mm.group(4)
            if body.startswith('"'):
                parts = [body]
                while not (len(parts) > 1 and re.search(r'(?<!")(?:"")*"$', parts[-1])):
                    if i >= len(lines):
                        bad(f"export:{start} unterminated quote")
                        break
                    parts.append(lines[i])
                    i += 1
                body = "\n".join(parts)[1:-1].replace('""', '"')
            m = dict(file=fn, line=start, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None,
                     target=None, reply=None)
            if sender == "":
                m["type"] = "system"
                for pat, ev in ((r"(.+) เพิ่ม (.+) เข้ากลุ่ม", "invite"), (r"(.+) ลบ (.+) ออกจากกลุ่ม", "remove"),
                                (r"(.+) เข้าร่วมกลุ่ม", "join"), (r"(.+) ออกจากกลุ่ม", "leave")):
                    m2 = re.fullmatch(pat, body)
                    if m2:
                        m["event"], m["sender"] = ev, m2.group(1)
                        m["target"] = m2.group(2) if ev in ("invite", "remove") else None
                        break
                else:
                    bad(f"export:{start} unknown system line")
            elif body in ("[รูป]", "[สติกเกอร์]", "[ไฟล์]"):
                m["type"] = {"[รูป]": "image", "[สติกเกอร์]": "sticker", "[ไฟล์]": "file"}[body]
                m["text"] = None
            out.append(m)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            bad(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
# ids follow time order across the JSONL files; replies point back
ordered = sorted(all_ids.values(), key=lambda m: int(m["id"][2:]))
if [int(m["id"][2:]) for m in ordered] != list(range(1, len(ordered) + 1)):
    bad("ids are not aj0001… without gaps")
for a, b in zip(ordered, ordered[1:]):
    if b["time"] < a["time"]:
        bad(f"id {b['id']} earlier than {a['id']}")
for m in all_ids.values():
    if m["reply"] and (m["reply"] not in all_ids or all_ids[m["reply"]]["file"] != m["file"]
                       or all_ids[m["reply"]]["time"] >= m["time"]):
        bad(f"{m['id']} replies to a bad message")
END = max(m["time"] for ms in msgs.values() for m in ms)
if [fn for fn, ms in msgs.items() if ms[-1]["time"] == END] != [SOR]:
    bad("the last message of the log should be in ศอ.จอส.จว.สน.")
at = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}


def cite(fn, line, mid):
    m = at.get(fn, {}).get(int(line))
    if m is None:
        return None
    if (m["id"] or "") != mid:
        bad(f"{fn}:{line} message column {mid!r} is not {m['id']!r}")
    return m


# ------------------------------------------------------------------ truth, near misses
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "OUTSIDER"}
T = rows_of("truth.csv")
if T[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    bad("truth header")
truth = []
for r in T[1:]:
    rule, fn, line, mid, who, state, note = r
    if rule not in RULES or not note:
        bad(f"truth row {r}")
    m = cite(fn, line, mid)
    if m is None:
        bad(f"truth row points at no message: {r}")
        continue
    if (rule == "SKN-5O") != (state in ("late", "missing")):
        bad(f"truth state {r}")
    if rule == "SKN-5O" and (fn != SOR or who not in DISTRICTS):
        bad(f"SKN-5O row {r}")
    if norm(who) in AMBIG:
        bad(f"the ambiguous name is judged: {r}")
    truth.append(dict(rule=rule, file=fn, line=int(line), who=who, state=state, note=note, m=m))
NM = rows_of("near-misses.csv")
if NM[0] != ["file", "line", "message", "why"]:
    bad("near-misses header")
near = set()
for fn, line, mid, why in NM[1:]:
    if cite(fn, line, mid) is None or not why:
        bad(f"near-miss row {fn}:{line}")
    near.add((fn, int(line)))
both = near & {(t["file"], t["line"]) for t in truth}
if both:
    bad(f"lines that are both a finding and a near miss: {sorted(both)}")

# ------------------------------------------------------------------ ledger
L = rows_of("ledger.csv")
if L[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    bad("ledger header")
states, seen, deadlines = Counter(), set(), {}
for o, d, st, a, dl, note in L[1:]:
    om = all_ids.get(o)
    if om is None or om["file"] != SOR or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        bad(f"ledger row {o} {d}")
        continue
    if (o, d) in seen:
        bad(f"ledger: {o} {d} twice")
    seen.add((o, d))
    dlt = datetime.fromisoformat(dl)
    if deadlines.setdefault(o, dlt) != dlt:
        bad(f"ledger: {o} has two deadlines")
    op = resolve(om["sender"], om["sid"])
    if not (isinstance(op, dict) and (op["roles"] & {"provincial_palad"} or
                                      ("volunteer_center_staff" in op["roles"] and not op["district"]))):
        bad(f"ledger: order {o} is not by the provincial centre")
    if a:
        am = all_ids.get(a)
        if am is None or am["file"] != SOR:
            bad(f"ledger answer {a} unknown")
            continue
        ap = resolve(am["sender"], am["sid"])
        if not isinstance(ap, dict) or ap["district"] != d or not ap["roles"] & DISTRICT_PEOPLE:
            bad(f"ledger answer {a} is not by a person of {d}")
        if am["time"] <= om["time"]:
            bad(f"ledger answer {a} before its order")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            bad(f"ledger state {o} {d}: {st}, expected {want}")
        if st == "late" and not any(t["rule"] == "SKN-5O" and t["m"] is am and t["who"] == d and t["state"] == "late"
                                    for t in truth):
            bad(f"late {o} {d} without its SKN-5O row at the answer")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            bad(f"ledger state {o} {d}: {st}, expected {want}")
        if st == "missing" and not any(t["rule"] == "SKN-5O" and t["m"] is om and t["who"] == d and t["state"] == "missing"
                                       for t in truth):
            bad(f"missing {o} {d} without its SKN-5O row at the order")
    states[st] += 1
if sum(1 for t in truth if t["rule"] == "SKN-5O") != states["late"] + states["missing"]:
    bad("SKN-5O rows and the ledger disagree")

# ------------------------------------------------------------------ membership and ปค.สน. posting, recomputed
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                           "volunteer_center_staff"}}
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
expected = Counter()
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    renamed, first = {}, {}
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            renamed[norm(m["target"])] = resolve(m["sender"], m["sid"])
            continue
        if m["type"] == "system" and m["event"] in ("remove", "leave", "unsend"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            name, sid = m["target"], None
        else:
            name, sid = m["sender"], m["sid"]
        p = renamed.get(norm(name)) or resolve(name, sid)
        if p == "AMBIGUOUS":
            continue
        key = p["person_id"] if isinstance(p, dict) else "?" + norm(name)
        if key in first:
            continue
        first[key] = m["line"]
        if p is None:
            expected[("OUTSIDER", fn, m["line"])] += 1
        elif not p["roles"] & ADMIT[grp]:
            expected[(MRULE[grp], fn, m["line"])] += 1
            if m["event"] == "invite":
                expected[("SKN-ALL", fn, m["line"])] += 2
    if fn == EXPORT:   # every post by someone other than the office (a post = one sender's messages within 3 minutes)
        prev = None
        for m in ms:
            if m["type"] == "system":
                prev = None
                continue
            p = renamed.get(norm(m["sender"])) or resolve(m["sender"])
            office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
            cont = prev is not None and norm(prev["sender"]) == norm(m["sender"]) and \
                (m["time"] - prev["time"]).total_seconds() <= 180
            if not office and p != "AMBIGUOUS" and not cont:
                expected[("SKN-2P", fn, m["line"])] += 1
            prev = m
got = Counter((t["rule"], t["file"], t["line"]) for t in truth
              if t["rule"] in ("OUTSIDER", "SKN-ALL", "SKN-2P") or t["rule"] in MRULE.values())
for k in set(expected) | set(got):
    if expected[k] != got[k]:
        bad(f"{k[0]} at {k[1]}:{k[2]}: recomputed {expected[k]}, truth.csv has {got[k]}")
for t in truth:   # findings about an outsider added by someone must name the inviter
    if t["rule"] == "OUTSIDER" and t["m"]["event"] == "invite" and t["m"]["sender"] not in t["note"]:
        bad(f"OUTSIDER row at {t['file']}:{t['line']} does not name the inviter")

# ------------------------------------------------------------------ renames and TRUTH.md
for fn, ms in msgs.items():
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            for fn2, ms2 in msgs.items():
                if fn2 != fn and any(norm(x["sender"]) == norm(m["sender"]) and x["time"] > m["time"] for x in ms2):
                    bad(f"{m['sender']} renamed in {fn} but posts under the old name in {fn2} afterwards")
md = open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8").read()
mm = re.search(r"Ledger totals: (.*?) \((\d+) duties", md)
if not mm or dict((k, int(v)) for k, v in (x.rsplit(" ", 1) for x in mm.group(1).split(", "))) != dict(states) \
        or int(mm.group(2)) != sum(states.values()):
    bad("TRUTH.md ledger totals disagree with ledger.csv")
for rule, n in Counter(t["rule"] for t in truth).items():
    if f"| {rule} | {n} |" not in md:
        bad(f"TRUTH.md findings table disagrees for {rule}")

# ------------------------------------------------------------------ counts a test week must have
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
rules = Counter(t["rule"] for t in truth)
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    bad(f"{total} messages")
if not 0.35 <= counts[SOR] / total <= 0.40:
    bad(f"ศอ.จอส.จว.สน. share {counts[SOR] / total:.3f}")
if not 40 <= other <= 60:
    bad(f"{other} posting/membership findings")
if not 15 <= states["late"] + states["missing"] <= 20:
    bad("late + missing outside 15–20")
if len(near) < 150:
    bad(f"only {len(near)} near misses")
if set(rules) != RULES:
    bad(f"rules without a finding: {RULES - set(rules)}")

print("messages:", counts, "total", total, f"(ศอ {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "| posting/membership", other, "| SKN-5O", rules["SKN-5O"])
print("ledger:", dict(states), "duties", sum(states.values()), "| near misses", len(near), "| judged at", END.isoformat())
if problems:
    print("\n".join("PROBLEM " + p for p in problems))
    sys.exit(1)
print("OK")
