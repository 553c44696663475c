#!/usr/bin/env python3
"""Checks the week AL data for consistency: roster shape, ids, times ascending per file, the PC export's format,
truth and near-miss rows pointing at real messages, the ledger recomputed from times and districts, and the
membership findings recomputed from the roster and the letter's group table (not from any tool's output)."""
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
    p["roles"] = set(p["role"].split("|"))
    if not p["roles"] <= ROLES:
        err(f"bad role {p['role']}")
    if p["district"] and p["district"] not in DISTRICTS:
        err(f"bad district {p['district']}")
    if p["line_user_id"] and not re.fullmatch(r"U[0-9a-f]{32}", p["line_user_id"]):
        err(f"bad line id {p['line_user_id']}")
    people.append(p)
if not 80 <= len(people) <= 95:
    err(f"roster size {len(people)}")
if len({p["person_id"] for p in people}) != len(people):
    err("duplicate person ids")
for col in ("email", "line_user_id"):
    v = [p[col] for p in people if p[col]]
    if len(set(v)) != len(v):
        err(f"a {col} is shared")
for d in DISTRICTS:
    rs = [p for p in people if p["district"] == d]
    for need in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(need in p["roles"] for p in rs):
            err(f"{d} lacks {need}")
rc = Counter(r for p in people for r in p["roles"])
prov_vol = [p for p in people if "volunteer_center_staff" in p["roles"] and not p["district"]]
if not (rc["governor"] == 1 and 2 <= rc["vice_governor"] <= 3 and rc["provincial_palad"] == 1
        and 2 <= rc["provincial_admin_staff"] <= 3 and 10 <= rc["agency_head"] <= 12 and rc["retired"] >= 1
        and 1 <= len(prov_vol) <= 2 and rc["district_chief"] == 18):
    err(f"roster role counts {dict(rc)}")
if sum(1 for p in people if p["role"] == "coordinating_deputy|volunteer_center_staff") != 2:
    err("expected two people with coordinating_deputy|volunteer_center_staff")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b-\u200f\u2066-\u2069\ufeff]", "", s)
    return re.sub(r"\s+", " ", s).strip()


by_id, by_name = {}, defaultdict(list)
for p in people:
    for k in ("line_user_id", "email"):
        if p[k]:
            by_id[p[k]] = p
    for dn in p["display_names"].split("|"):
        by_name[norm(dn)].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
if len(amb) != 1:
    err(f"expected one shared display name, got {amb}")
for n in amb:
    if any(p["line_user_id"] or p["email"] for p in by_name[n]):
        err("the shared display name's holders should have no id (else they are not ambiguous)")


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
EXPORT = "[LINE]หน.ส่วนราชการ-นอภ.สน..txt"
GROUPS = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.",
          "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
          "nakpokkhrong.jsonl": "นักปกครองสกลนคร", EXPORT: "หน.ส่วนราชการ-นอภ.สน."}
SOR = "volunteer-centre.jsonl"
msgs, ids_all = {}, []
for fn, grp in GROUPS.items():
    out = []
    path = os.path.join(HERE, fn)
    if fn.endswith(".jsonl"):
        known = set()
        with open(path, encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                o = json.loads(ln)
                for k in ("id", "group", "time", "sender", "type"):
                    if k not in o:
                        err(f"{fn}:{i} lacks {k}")
                if not re.fullmatch(r"al\d{4}", o["id"]):
                    err(f"{fn}:{i} bad id {o['id']}")
                if o["group"] != grp:
                    err(f"{fn}:{i} group")
                if not re.fullmatch(r"2026-09-1[4-8]T\d\d:\d\d:\d\d\+07:00", o["time"]):
                    err(f"{fn}:{i} time format")
                if o["type"] not in ("text", "image", "video", "file", "sticker", "system"):
                    err(f"{fn}:{i} type")
                if o["type"] == "system" and o.get("event") not in ("join", "leave", "invite", "remove", "unsend", "rename"):
                    err(f"{fn}:{i} event")
                if o["type"] in ("image", "video", "file") and not o.get("attachment"):
                    err(f"{fn}:{i} media without attachment")
                if o["type"] == "text" and not o.get("text"):
                    err(f"{fn}:{i} empty text")
                if "replyTo" in o and o["replyTo"] not in known:
                    err(f"{fn}:{i} replyTo points at no earlier message of the file")
                known.add(o["id"])
                t = datetime.fromisoformat(o["time"])
                ids_all.append((t, o["id"]))
                out.append(dict(line=i, id=o["id"], time=t, sender=o["sender"], sid=o.get("senderId"), type=o["type"],
                                text=o.get("text") or "", event=o.get("event"), target=o.get("target")))
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            err("the PC export should have no BOM")
        lines = raw.split("\n")
        if lines[-1] == "":
            lines.pop()
        names = sorted({norm(n) for n in by_name}, key=len, reverse=True)
        WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        day = None
        for i, ln in enumerate(lines, 1):
            m = re.fullmatch(r"(\d{4})\.(\d\d)\.(\d\d) (\w+)", ln)
            if m:
                day = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if WD[day.weekday()] != m.group(4):
                    err(f"{fn}:{i} weekday")
                continue
            m = re.fullmatch(r"(\d\d):(\d\d) (.*)", ln, re.S)
            sender = None
            if m:
                rest = m.group(3)
                rest_n = norm(rest)
                for n in names:
                    if rest_n.startswith(n + " "):
                        sender = n
                        break
            if sender is None:
                if not out or i == 1:
                    err(f"{fn}:{i} unparsed line")
                else:
                    out[-1]["text"] += "\n" + ln       # raw continuation line (desktop family)
                continue
            t = datetime.fromisoformat(day.replace(hour=int(m.group(1)), minute=int(m.group(2))).isoformat() + "+07:00")
            body = rest_n[len(sender) + 1:]
            d = dict(line=i, id="", time=t, sender=sender, sid=None, type="text", text=body, event=None, target=None)
            if body in ("Photos", "Stickers", "Videos"):
                d["type"] = {"Photos": "image", "Stickers": "sticker", "Videos": "video"}[body]
            elif body == f"{sender} joined the group.":
                d.update(type="system", event="join")
            elif body == f"{sender} left the group.":
                d.update(type="system", event="leave")
            else:
                mm = re.fullmatch(re.escape(sender) + r" invited (.+)\.", body) or \
                     re.fullmatch(re.escape(sender) + r" removed (.+) from the group\.", body)
                if mm:
                    d.update(type="system", event="invite" if " invited " in body else "remove", target=mm.group(1))
                    if d["event"] == "invite":
                        names = sorted(set(names) | {norm(mm.group(1))}, key=len, reverse=True)
            out.append(d)
    for a, b in zip(out, out[1:]):
        if b["time"] < a["time"]:
            err(f"{fn}:{b['line']} out of time order")
    msgs[fn] = out
ids_all.sort()
if [x[1] for x in ids_all] != [f"al{n:04d}" for n in range(1, len(ids_all) + 1)]:
    err("JSONL ids are not al0001… consecutive in time order")
END = max(m["time"] for ms in msgs.values() for m in ms)
bylines = {fn: {m["line"]: m for m in ms} for fn, ms in msgs.items()}
byid = {m["id"]: (fn, m) for fn, ms in msgs.items() for m in ms if m["id"]}

# renames (per file)
renamed = {fn: {} for fn in msgs}
for fn, ms in msgs.items():
    for m in ms:
        if m["event"] == "rename":
            p = resolve(m["sender"], m["sid"])
            if isinstance(p, dict):
                renamed[fn][norm(m["target"])] = p

# ---------------- truth / near misses ----------------
RULES = {"SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O", "SKN-6", "SKN-6P",
         "SKN-ALL", "OUTSIDER"}
tr = rd("truth.csv")
if tr[0] != ["rule", "file", "line", "message", "who", "state", "note"]:
    err("truth header")
truth = []
for r in tr[1:]:
    rule, fn, line, mid, who, state, note = r
    if rule not in RULES:
        err(f"truth rule {rule}")
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid:
        err(f"truth row points at no message: {r}")
        continue
    if (rule == "SKN-5O") != (state in ("late", "missing")):
        err(f"truth state {r}")
    if not note.strip():
        err(f"truth row without a note {r}")
    truth.append((rule, fn, int(line), who, state))
nm = rd("near-misses.csv")
if nm[0] != ["file", "line", "message", "why"]:
    err("near-misses header")
near = set()
for fn, line, mid, why in nm[1:]:
    m = bylines.get(fn, {}).get(int(line))
    if not m or m["id"] != mid or not why.strip():
        err(f"near-miss row bad {fn}:{line}")
    near.add((fn, int(line)))
if len(near) != len(nm) - 1:
    err("a near miss is listed twice")
overlap = near & {(t[1], t[2]) for t in truth}
if overlap:
    err(f"lines both finding and near miss: {sorted(overlap)}")

# ---------------- ledger ----------------
lg = rd("ledger.csv")
if lg[0] != ["order", "district", "state", "answer", "deadline", "note"]:
    err("ledger header")
states = Counter()
per_order = defaultdict(list)
for o, d, st, a, dl, note in lg[1:]:
    if o not in byid or byid[o][0] != SOR:
        err(f"ledger order {o} is not a message of {SOR}")
        continue
    om = byid[o][1]
    per_order[o].append(d)
    if d not in DISTRICTS or st not in ("on-time", "late", "missing", "not-due"):
        err(f"ledger row {o} {d} {st}")
        continue
    dlt = datetime.fromisoformat(dl)
    if a:
        if a not in byid or byid[a][0] != SOR:
            err(f"ledger answer {a} not in {SOR}")
            continue
        am = byid[a][1]
        ap = resolve(am["sender"], am["sid"], renamed[SOR])
        if not isinstance(ap, dict) or ap["district"] != d or not (ap["roles"] & {"district_chief", "deputy_district_chief",
                                                                                   "coordinating_deputy", "volunteer_center_staff"}):
            err(f"ledger answer {a} is not by a person of {d}")
        if am["type"] in ("system", "sticker"):
            err(f"ledger answer {a} is a {am['type']}")
        if not am["time"] > om["time"]:
            err(f"answer {a} before its order {o}")
        want = "on-time" if am["time"] <= dlt else "late"
        if st != want:
            err(f"ledger state {o} {d}: {st}, times say {want}")
        if st == "late" and ("SKN-5O", SOR, am["line"], d, "late") not in truth:
            err(f"late without its truth row {o} {d}")
    else:
        want = "missing" if dlt < END else "not-due"
        if st != want:
            err(f"ledger state {o} {d}: {st}, times say {want}")
        if st == "missing" and ("SKN-5O", SOR, om["line"], d, "missing") not in truth:
            err(f"missing without its truth row {o} {d}")
    states[st] += 1
for o, ds in per_order.items():
    if len(ds) != len(set(ds)):
        err(f"order {o} lists a district twice")
    if len(ds) != 18:
        txt = byid[o][1]["text"]
        for d in ds:
            if d.replace("สกลนคร", "") not in txt:
                err(f"order {o} is addressed to {d} but does not name it")
if not 4 <= len(per_order) <= 6:
    err(f"{len(per_order)} orders with duties (want 4–6)")
n5o = sum(1 for t in truth if t[0] == "SKN-5O")
if n5o != states["late"] + states["missing"]:
    err("SKN-5O rows and ledger disagree")
if any(t[1] != SOR for t in truth if t[0] in ("SKN-5O", "SKN-5P", "SKN-5")):
    err("an SKN-5* row outside the volunteer centre's file")

# ---------------- membership, recomputed from the roster ----------------
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
    first = {}
    for m in ms:
        if m["type"] == "system" and m["event"] in ("remove", "unsend", "leave", "rename"):
            continue
        if m["type"] == "system" and m["event"] == "invite":
            who, sid = m["target"], None
        else:
            who, sid = m["sender"], m["sid"]
        p = resolve(who, sid, renamed[fn])
        if p == "AMBIGUOUS":
            continue
        key = p["person_id"] if p else "?" + norm(who)
        if key in first:
            continue
        first[key] = m["line"]
        here = [t for t in truth if t[1] == fn and t[2] == m["line"]]
        if p is None:
            expected["OUTSIDER"] += 1
            if not any(t[0] == "OUTSIDER" for t in here):
                err(f"{fn}:{m['line']} outsider {who} without an OUTSIDER row")
            if any(t[0] == "SKN-ALL" for t in here):
                err(f"{fn}:{m['line']} outsider also given SKN-ALL")
        elif not (p["roles"] & ADMIT[grp]):
            expected[MRULE[grp]] += 1
            if not any(t[0] == MRULE[grp] for t in here):
                err(f"{fn}:{m['line']} {who} not admitted, no {MRULE[grp]} row")
            if m["event"] == "invite":
                expected["SKN-ALL"] += 2
                if sum(1 for t in here if t[0] == "SKN-ALL") != 2:
                    err(f"{fn}:{m['line']} invite of a non-admitted roster person needs two SKN-ALL rows")
    for t in truth:
        if t[1] == fn and t[0] in (MRULE[grp], "OUTSIDER") and t[2] not in first.values():
            err(f"{fn}:{t[2]} membership row not at a first appearance")
rules = Counter(t[0] for t in truth)
for k in ("OUTSIDER", "SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL"):
    if rules[k] != expected[k]:
        err(f"{k}: {rules[k]} rows, the roster gives {expected[k]}")

# ---------------- posting in ข้อสั่งการ ปค.สน. (a post = one sender's messages within 3 minutes) ----------------
fn = "pakkhrong-orders.jsonl"
prev = None
for m in msgs[fn]:
    if m["type"] == "system":
        prev = None
        continue
    p = resolve(m["sender"], m["sid"], renamed[fn])
    office = isinstance(p, dict) and p["roles"] & {"provincial_admin_staff", "provincial_palad"}
    cont = prev and prev["sender"] == m["sender"] and (m["time"] - prev["time"]).total_seconds() <= 180
    flagged = any(t[0] == "SKN-2P" and t[1] == fn and t[2] == m["line"] for t in truth)
    if office or p == "AMBIGUOUS":
        if flagged:
            err(f"{fn}:{m['line']} office/ambiguous post flagged")
    elif not cont and not flagged:
        err(f"{fn}:{m['line']} non-office post without SKN-2P")
    elif cont and flagged:
        err(f"{fn}:{m['line']} continuation flagged twice")
    prev = m
# posting rules only where they exist
for t in truth:
    want = {"SKN-2P": "pakkhrong-orders.jsonl", "SKN-4P": "executives.jsonl", "SKN-6P": EXPORT}.get(t[0])
    if want and t[1] != want:
        err(f"{t[0]} row in the wrong file: {t}")
    if t[0] in ("SKN-4P", "SKN-6P", "SKN-5P"):
        p = resolve(bylines[t[1]][t[2]]["sender"], bylines[t[1]][t[2]]["sid"], renamed[t[1]])
        if t[0] == "SKN-4P" and isinstance(p, dict) and p["roles"] & {"governor", "vice_governor"}:
            err(f"SKN-4P on a governor's message {t}")
        if t[0] == "SKN-5P" and isinstance(p, dict) and "provincial_palad" in p["roles"]:
            err(f"SKN-5P on the palad's message {t}")

# ---------------- counts ----------------
counts = {fn: len(ms) for fn, ms in msgs.items()}
total = sum(counts.values())
other = sum(v for k, v in rules.items() if k != "SKN-5O")
if not 660 <= total <= 760:
    err(f"total messages {total}")
if not 0.35 <= counts[SOR] / total <= 0.40:
    err(f"ศอ share {counts[SOR] / total:.3f}")
if not 40 <= other <= 60:
    err(f"posting/membership findings {other}")
if not 15 <= n5o <= 20:
    err(f"late/missing answers {n5o}")
if len(near) < 150:
    err(f"near misses {len(near)}")
if set(rules) != RULES:
    err(f"rules without a finding: {RULES - set(rules)}")

print("messages:", counts, "total", total, f"(ศอ {100 * counts[SOR] / total:.1f}%)")
print("findings:", dict(sorted(rules.items())), "posting/membership", other, "SKN-5O", n5o)
print("near misses:", len(near), " ledger:", dict(states), " orders with duties:", len(per_order), " judged at", END)
if errors:
    print("\n".join("PROBLEM " + e for e in errors))
    sys.exit(1)
print("no problems")
