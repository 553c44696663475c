#!/usr/bin/env python3
"""Checks the week AC data: files, ids, times, truth rows, ledger, counts, and membership/posting
cross-checks worked from the roster and the letter's group table (not from any tool output).
Adapted from week AB's check.py; the export here is a LINE for PC (Thai UI) "Save chat" file."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime, date

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
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected two two-role people")
rc = Counter(r for p in people for r in p["roles"])
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= sum(1 for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]) <= 2):
    err(f"roster role counts {dict(rc)}")


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


def resolve(name, sid=None):
    """LINE user id first, then display name; 'AMBIGUOUS' if the name fits two people; None if nobody."""
    if sid and sid in by_id:
        return by_id[sid]
    ps = by_name.get(norm(name), [])
    if len(ps) == 1:
        return ps[0]
    return "AMBIGUOUS" if ps else None


# ---------------- chats ----------------
EXPORT = "[LINE]ข้อสั่งการ ปค.สน..txt"
SOR = "volunteer-centre.jsonl"
GROUPS = {SOR: "ศอ.จอส.จว.สน.", EXPORT: "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
          "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
          "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
# Names in the export that are not roster display names (the PC export separates sender and text by a
# single space, so a parser needs the list of names; real parsers pre-scan or keep such a list).
EXTRA_NAMES = ["พลอย ประกันภัยรถยนต์"]
TH_WEEKDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
FIRST, LAST = date(2025, 9, 29), date(2025, 10, 3)
msgs = {}
seen_ids = []
for fn, grp in GROUPS.items():
    out = []
    path = os.path.join(HERE, fn)
    if fn.endswith(".jsonl"):
        last_id = ""
        with open(path, encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"ac\d{4}", o["id"]) or o["id"] in seen_ids or o["id"] <= last_id:
                    err(f"{fn}:{i} bad, repeated or non-ascending id {o['id']}")
                last_id = o["id"]
                seen_ids.append(o["id"])
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                t = datetime.fromisoformat(o["time"])
                if not re.fullmatch(r"2025-(09|10)-\d\dT\d\d:\d\d:\d\d\+07:00", o["time"]) or not FIRST <= t.date() <= LAST:
                    err(f"{fn}:{i} time {o['time']}")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type {o['type']}")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("file", "image", "video") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                if "senderId" in o and (o["senderId"] not in by_id or o["senderId"] != by_id[o["senderId"]]["line_user_id"]):
                    err(f"{fn}:{i} senderId not on the roster")
                out.append(dict(line=i, id=o["id"], time=t, sender=o["sender"], sid=o.get("senderId"), type=o["type"],
                                text=o.get("text"), event=o.get("event"), target=o.get("target"), reply=o.get("replyTo")))
    else:
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            err("the PC export has no BOM")
        lines = raw.decode("utf-8").split("\n")
        if lines[-1] == "":
            lines.pop()
        names = sorted({norm(n) for p in people for n in p["display_names"].split("|")} | set(EXTRA_NAMES), key=len, reverse=True)
        day, cur = None, None
        for i, ln in enumerate(lines, 1):
            m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\S+)", ln)
            if m:
                nd = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if TH_WEEKDAY[nd.weekday()] != m.group(4) or (day and nd <= day) or not FIRST <= nd <= LAST:
                    err(f"{fn}:{i} date line {ln!r}")
                day, cur = nd, None
                continue
            m = re.match(r"(\d\d):(\d\d) (.*)$", ln)
            if m and day:
                rest = m.group(3)
                nrest = norm(rest)
                who = next((n for n in names if nrest.startswith(n + " ")), None)
                if who is None:
                    err(f"{fn}:{i} line with a time but no known sender: {ln[:60]!r}")
                    continue
                body = nrest[len(who) + 1:]
                t = datetime.fromisoformat(f"{day.isoformat()}T{m.group(1)}:{m.group(2)}:00+07:00")
                d = dict(line=i, id="", time=t, sender=who, sid=None, type="text", text=body, event=None, target=None, reply=None)
                ev = None
                for pat, e in ((re.escape(who) + r" เพิ่ม (.+) เข้ากลุ่ม", "invite"), (re.escape(who) + r" ลบ (.+) ออกจากกลุ่ม", "remove"),
                               (re.escape(who) + r" เข้าร่วมกลุ่ม", "join"), (re.escape(who) + r" ออกจากกลุ่ม", "leave"),
                               (r"ยกเลิกข้อความ", "unsend")):
                    mm = re.fullmatch(pat, body)
                    if mm:
                        ev = e
                        d.update(type="system", event=e, text=None, target=mm.group(1) if mm.groups() else None)
                        break
                if ev is None:
                    d["type"] = {"รูป": "image", "สติกเกอร์": "sticker", "วิดีโอ": "video"}.get(body, "text")
                out.append(d)
                cur = d
                continue
            if cur is None or cur["type"] != "text":
                err(f"{fn}:{i} stray line {ln[:60]!r}")
                continue
            cur["text"] += "\n" + ln
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
if seen_ids != [f"ac{n:04d}" for n in range(1, len(seen_ids) + 1)] and sorted(seen_ids) != [f"ac{n:04d}" for n in range(1, len(seen_ids) + 1)]:
    err("JSONL ids are not ac0001… without gaps")
END = max(m["time"] for ms in msgs.values() for m in ms)
last_file = [fn for fn, ms in msgs.items() if ms[-1]["time"] == END]
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}
for fn, ms in msgs.items():
    for m in ms:
        if m["reply"] and (m["reply"] not in byid or byid[m["reply"]][0] != fn or byid[m["reply"]][1]["time"] >= m["time"]):
            err(f"{fn}:{m['line']} replyTo points at no earlier message of this file")

# ---------------- truth / near misses / ledger ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5O", "SKN-5P", "SKN-6", "SKN-6P", "SKN-ALL", "OUTSIDER"}
RULE_GROUP = {"SKN-1": "นักปกครองสกลนคร", "SKN-2": "ข้อสั่งการ ปค.สน.", "SKN-2P": "ข้อสั่งการ ปค.สน.", "SKN-3": "ข้อสั่งการ ปจ.สน.",
              "SKN-4": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-4P": "ผู้บริหารจังหวัด และนายอำเภอ", "SKN-5": "ศอ.จอส.จว.สน.",
              "SKN-5O": "ศอ.จอส.จว.สน.", "SKN-5P": "ศอ.จอส.จว.สน.", "SKN-6": "หน.ส่วนราชการ-นอภ.สน.", "SKN-6P": "หน.ส่วนราชการ-นอภ.สน."}
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
    if rule in RULE_GROUP and GROUPS[fn] != RULE_GROUP[rule]:
        err(f"truth rule {rule} in the wrong group: {r}")
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
orders = defaultdict(list)
answered = set()
for o, d, st, a, dl, note in lg[1:]:
    ofn, om = byid.get(o, (None, None))
    if ofn != SOR or d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d}")
        continue
    orders[o].append(d)
    op = resolve(om["sender"], om["sid"])
    if not (isinstance(op, dict) and ("provincial_palad" in op["roles"] or ("volunteer_center_staff" in op["roles"] and not op["district"]))):
        err(f"ledger order {o} is not by the provincial centre")
    dlt = datetime.fromisoformat(dl)
    if a:
        afn, am = byid.get(a, (None, None))
        if afn != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        ap = resolve(am["sender"], am["sid"])
        if ap in (None, "AMBIGUOUS") or ap["district"] != d or not ap["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}:
            err(f"ledger answer {a} is not by a person of {d}")
        if (a, o) in answered:
            err(f"answer {a} used twice for {o}")
        answered.add((a, o))
        if am["type"] not in ("text", "file", "image"):
            err(f"answer {a} is a {am['type']}")
        if am["type"] == "image" and ("ภาพ" not in om["text"] or "ไม่ต้องส่งภาพ" in om["text"]):
            err(f"answer {a} is photos alone but order {o} asks for no photos")
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
    if len(ds) != len(set(ds)):
        err(f"order {o} lists a district twice")
    if len(ds) != 18 and not all(d in byid[o][1]["text"] for d in ds):
        err(f"order {o} does not name all its districts")
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
for fn, ms in msgs.items():
    grp = GROUPS[fn]
    renamed = {}
    first = {}
    expected_rows = set()
    for m in ms:
        if m["type"] == "system" and m["event"] == "rename":
            renamed[norm(m["target"])] = renamed.get(norm(m["sender"])) or resolve(m["sender"], m["sid"])
            continue
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave"):
            continue
        cands = [(m["target"], None)] if m["type"] == "system" and m["event"] == "invite" else [(m["sender"], m["sid"])]
        if m["type"] == "system" and m["event"] == "invite":
            inviter = renamed.get(norm(m["sender"])) or resolve(m["sender"], m["sid"])
        for nmx, sid in cands:
            p = (renamed.get(norm(nmx)) if not sid or sid not in by_id else None) or resolve(nmx, sid)
            key = p["person_id"] if isinstance(p, dict) else ("?" + norm(nmx))
            if key in first or p == "AMBIGUOUS":
                continue
            first[key] = m["line"]
            if p is None:
                expected_rows.add(("OUTSIDER", m["line"]))
                if not any(t[0] == "OUTSIDER" and t[1] == fn and t[2] == m["line"] for t in truth):
                    err(f"{fn}:{m['line']} outsider {nmx} without OUTSIDER row")
            elif not (p["roles"] & ADMIT[grp]):
                expected_rows.add((MRULE[grp], m["line"]))
                if not any(t[0] == MRULE[grp] and t[1] == fn and t[2] == m["line"] for t in truth):
                    err(f"{fn}:{m['line']} {nmx} not admitted, no {MRULE[grp]} row")
                if m["event"] == "invite":
                    expected_rows.add(("SKN-ALL", m["line"]))
                    n_all = sum(1 for t in truth if t[0] == "SKN-ALL" and t[1] == fn and t[2] == m["line"])
                    if n_all != 2:
                        err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows")
                    if not (isinstance(inviter, dict) and inviter["roles"] & ADMIT[grp]):
                        err(f"{fn}:{m['line']} inviter is not an admitted member")
    # every membership/outsider/SKN-ALL row is one the roster and the letter's table call for
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER", "SKN-ALL") and (t[0], t[2]) not in expected_rows:
            err(f"{fn}:{t[2]} {t[0]} row the roster does not support")
# posting in ข้อสั่งการ ปค.สน.: every post by a non-office sender is flagged once (a post = one sender's
# messages within 3 minutes)
prev = None
for m in msgs[EXPORT]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], m["sid"])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[2] == m["line"] and t[1] == EXPORT for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{EXPORT}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{EXPORT}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{EXPORT}:{m['line']} continuation flagged twice")
    prev = m
# posting rows in other groups are made only against posts (not system lines) by non-entitled senders
for t in truth:
    if t[0] in ("SKN-4P", "SKN-5P", "SKN-6P"):
        m = bylines[t[1]][t[2]]
        p = resolve(m["sender"], m["sid"])
        if m["type"] == "system":
            err(f"{t[1]}:{t[2]} posting row on a system line")
        if t[0] == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
            err(f"{t[1]}:{t[2]} SKN-4P against the governor or a vice governor")

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
if not 40 <= other <= 60 or not 15 <= rules["SKN-5O"] <= 20 or len(near_lines) < 150 or set(rules) != RULES:
    err(f"planted counts out of range: {dict(rules)}, near {len(near_lines)}")

# TRUTH.md states the same totals as the files
tm = open(os.path.join(HERE, "TRUTH.md"), encoding="utf-8").read()
m = re.search(r"Ledger totals: (\d+) duties — on-time (\d+), late (\d+), missing (\d+), not-due (\d+)", tm)
if not m or [int(x) for x in m.groups()] != [sum(five_o.values()), five_o["on-time"], five_o["late"], five_o["missing"], five_o["not-due"]]:
    err("TRUTH.md ledger totals differ from ledger.csv")
for k, v in rules.items():
    if f"| {k} | {v} |" not in tm:
        err(f"TRUTH.md findings table differs for {k}")
for fn, n in counts.items():
    if f"| `{fn}` | {GROUPS[fn]} | {n} |" not in tm:
        err(f"TRUTH.md message count differs for {fn}")
if f"Near misses (`near-misses.csv`, {len(near_lines)})" not in tm:
    err("TRUTH.md near-miss count differs")

print("messages:", counts, "total", total, "ศอ share %.1f%%" % (100 * counts[SOR] / total))
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "SKN-5O", rules["SKN-5O"])
print("near misses:", len(near_lines), " duties:", dict(five_o), " orders with duties:", len(orders), " judged at", END)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: no problems")
