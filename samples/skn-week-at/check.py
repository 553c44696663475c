#!/usr/bin/env python3
"""Self-contained checker of week AT's files (formats, ids, times, truth/near-miss/ledger rows,
roster, ledger states against the times, membership findings recomputed from the roster and the
rules page's admitted roles, SKN-2P recomputed). Exit 1 on any problem."""
import csv, datetime, json, os, re, sys
from collections import Counter, defaultdict

D = os.path.dirname(os.path.abspath(__file__))
PREFIX = "at"
JSONL = [("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."), ("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
         ("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"), ("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
         ("nakpokkhrong.jsonl", "นักปกครองสกลนคร")]
EXPORT, EXPORT_GROUP = "volunteer-centre.txt", "ศอ.จอส.จว.สน."
DISTRICTS = "เมืองสกลนคร กุสุมาลย์ กุดบาก พรรณานิคม พังโคน วาริชภูมิ นิคมน้ำอูน วานรนิวาส คำตากล้า บ้านม่วง อากาศอำนวย สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ เจริญศิลป์ โพนนาแก้ว ภูพาน".split()
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}
# admitted roles per group (rules page) and the group's membership rule id, stated size
ADMIT = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}, 204),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}, 175),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}, 19),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}, 22),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}, 118),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}, None),
}
MEMBERSHIP_RULES = {"SKN-1", "SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-ALL", "SKN-CAP", "OUTSIDER"}
ALL_RULES = MEMBERSHIP_RULES | {"SKN-2P", "SKN-4P", "SKN-5P", "SKN-5O", "SKN-6P"}
LOG_END_DAY = 10

problems = []


def bad(msg):
    problems.append(msg)


# ---------------- roster
roster = list(csv.DictReader(open(os.path.join(D, "roster.csv"), encoding="utf-8")))
if list(roster[0].keys()) != ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]:
    bad("roster header")
if not 80 <= len(roster) <= 95:
    bad(f"roster size {len(roster)}")
pids, lids, emails = Counter(), Counter(), Counter()
by_name, by_id = defaultdict(list), {}
for r in roster:
    pids[r["person_id"]] += 1
    r["roles"] = set(r["role"].split("|"))
    if not r["roles"] <= ROLES:
        bad(f"roster role {r['person_id']} {r['role']}")
    if r["district"] and r["district"] not in DISTRICTS:
        bad(f"roster district {r['person_id']}")
    if r["line_user_id"]:
        if not re.fullmatch(r"U[0-9a-f]{32}", r["line_user_id"]):
            bad(f"line id format {r['person_id']}")
        lids[r["line_user_id"]] += 1
        by_id[r["line_user_id"]] = r
    if r["email"]:
        emails[r["email"]] += 1
        by_id[r["email"]] = r
    for n in r["display_names"].split("|"):
        by_name[n].append(r)
for c, what in ((pids, "person_id"), (lids, "line id"), (emails, "email")):
    for k, v in c.items():
        if v > 1:
            bad(f"duplicate {what} {k}")
for d in DISTRICTS:
    rs = [r for r in roster if r["district"] == d]
    for role in ("district_chief", "coordinating_deputy", "volunteer_center_staff"):
        if not any(role in r["roles"] for r in rs):
            bad(f"district {d} lacks {role}")
for r in roster:
    if "volunteer_center_staff" in r["roles"] and not r["district"] and r["roles"] != {"volunteer_center_staff"}:
        bad("province-level volunteer officer with other roles")
ambiguous_names = {n for n, rs in by_name.items() if len(rs) > 1}


def district_people(d):
    return {r["person_id"] for r in roster if r["district"] == d and r["roles"] & {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}


# ---------------- JSONL
files = {}   # file -> dict(line -> message dict)
expected_n = 0
for fname, group in JSONL:
    msgs = {}
    prev = None
    for i, raw in enumerate(open(os.path.join(D, fname), encoding="utf-8"), 1):
        o = json.loads(raw)
        expected_n += 1
        if o.get("id") != f"{PREFIX}{expected_n:04d}":
            bad(f"{fname}:{i} id {o.get('id')} expected {PREFIX}{expected_n:04d}")
        if o.get("group") != group:
            bad(f"{fname}:{i} group")
        t = o.get("time", "")
        if not re.fullmatch(r"2026-04-(0[6-9]|10)T\d\d:\d\d:\d\d\+07:00", t):
            bad(f"{fname}:{i} time {t}")
        if prev and t < prev:
            bad(f"{fname}:{i} time out of order")
        prev = t
        ty = o.get("type")
        keys = set(o)
        base = {"id", "group", "time", "sender", "type"}
        opt = {"senderId", "replyTo"}
        need = {"text": {"text"}, "sticker": set(), "image": {"attachment"}, "video": {"attachment"},
                "file": {"attachment"}, "system": {"event", "text"}}.get(ty)
        if need is None:
            bad(f"{fname}:{i} type {ty}")
            continue
        extra = keys - base - opt - need - ({"target"} if ty == "system" else set())
        if not base <= keys or not need <= keys or extra:
            bad(f"{fname}:{i} fields {sorted(keys)}")
        if ty == "system":
            if o["event"] not in ("join", "invite", "remove", "leave", "rename", "unsend"):
                bad(f"{fname}:{i} event")
            if o["event"] in ("invite", "remove", "rename") and not o.get("target"):
                bad(f"{fname}:{i} target missing")
        if "replyTo" in o and not any(m["id"] == o["replyTo"] for m in msgs.values()):
            bad(f"{fname}:{i} replyTo not an earlier message of the file")
        if "senderId" in o and o["senderId"] not in by_id:
            bad(f"{fname}:{i} unknown senderId")
        o["kind"] = {"text": "text", "sticker": "stk", "image": "img", "video": "video", "file": "file"}.get(ty) or o["event"]
        o["minute"] = t[:16]
        msgs[i] = o
    files[fname] = msgs

# ---------------- export (variant A: English UI phone export)
raw = open(os.path.join(D, EXPORT), encoding="utf-8", newline="").read()
if not raw.startswith("\ufeff"):
    bad("export: no BOM")
if "\r" in raw:
    bad("export: CR found")
L = raw.lstrip("\ufeff").split("\n")
if L[-1] == "":
    L = L[:-1]
if L[0] != f'Chat history in "{EXPORT_GROUP}"' or not re.fullmatch(r"Saved on: \d{1,2}/\d{1,2}/\d{4}, \d\d:\d\d", L[1]) or L[2] != "":
    bad("export header")
DATE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2})/(\d{1,2})/(\d{4})$")
MSG = re.compile(r"^(\d\d:\d\d)\t(.*)$")
SYS = [(re.compile(r"^(.+) joined the group\.$"), "join"), (re.compile(r"^(.+) invited (.+)\.$"), "invite"),
       (re.compile(r"^(.+) removed (.+) from the group\.$"), "remove"), (re.compile(r"^(.+) left the group\.$"), "leave")]
emsgs = {}
day, prev = None, None
cur = None
for idx in range(3, len(L)):
    ln, s = idx + 1, L[idx]
    dm = DATE.match(s)
    if dm:
        mo, dd, yy = int(dm.group(2)), int(dm.group(3)), int(dm.group(4))
        dte = datetime.date(yy, mo, dd)
        if dte.strftime("%a") != dm.group(1) or yy != 2026 or mo != 4:
            bad(f"export:{ln} date line")
        if L[idx - 1] != "":
            bad(f"export:{ln} no blank line before date")
        day, cur = dd, None
        continue
    if s == "":
        if idx + 1 < len(L) and not DATE.match(L[idx + 1]):
            bad(f"export:{ln} blank line not before a date line")
        cur = None
        continue
    mm = MSG.match(s)
    if mm and day is not None:
        hm, rest = mm.groups()
        parts = rest.split("\t", 1)
        o = {"line": ln, "time": f"2026-04-{day:02d}T{hm}:00+07:00", "minute": f"2026-04-{day:02d}T{hm}"}
        if len(parts) == 2:
            o["sender"], body = parts
            if body == f"{o['sender']} unsent a message.":
                o["kind"] = "unsend"
            else:
                o["kind"] = {"[Photo]": "img", "[Sticker]": "stk", "[File]": "file", "[Video]": "video"}.get(body, "text")
                o["text"] = body
        else:
            for rx, ev in SYS:
                sm = rx.match(rest)
                if sm:
                    o["kind"], o["sender"] = ev, sm.group(1)
                    if ev in ("invite", "remove"):
                        o["target"] = sm.group(2)
                    break
            else:
                bad(f"export:{ln} unknown system line")
                continue
        if prev and o["time"] < prev:
            bad(f"export:{ln} time out of order")
        prev = o["time"]
        emsgs[ln] = o
        cur = o
    else:
        if cur is None or cur.get("kind") != "text":
            bad(f"export:{ln} stray line")
        elif "\t" in s:
            bad(f"export:{ln} tab in continuation")
        else:
            cur["text"] += "\n" + s
files[EXPORT] = emsgs
GROUP_OF = dict(JSONL)
GROUP_OF[EXPORT] = EXPORT_GROUP

counts = {f: len(m) for f, m in files.items()}
total = sum(counts.values())
if not 690 <= total <= 710:
    bad(f"total messages {total}")
if not 0.35 <= counts[EXPORT] / total <= 0.40:
    bad(f"export share {counts[EXPORT] / total:.3f}")


# ---------------- resolution of senders (LINE id first, then display name; renames followed in a file)
def resolve_file(fname):
    renamed = {}
    for ln in sorted(files[fname]):
        m = files[fname][ln]
        m["person"], m["status"] = resolve(m.get("senderId"), m["sender"], renamed)
        if m["kind"] == "rename" and m["person"]:
            renamed[m["target"]] = m["person"]
        if "target" in m and m["kind"] != "rename":
            m["tperson"], m["tstatus"] = resolve(None, m["target"], renamed)


def resolve(sid, name, renamed):
    if sid and sid in by_id:
        return by_id[sid], "ok"
    if name in renamed:
        return renamed[name], "ok"
    rs = by_name.get(name, [])
    if len(rs) == 1:
        return rs[0], "ok"
    if len(rs) > 1:
        return None, "ambiguous"
    return None, "outsider"


for f in files:
    resolve_file(f)

# ---------------- truth rows
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))
tkeys = set()
for i, r in enumerate(truth, 2):
    f, ln = r["file"], int(r["line"])
    if r["rule"] not in ALL_RULES:
        bad(f"truth:{i} rule {r['rule']}")
    if f not in files or ln not in files[f]:
        bad(f"truth:{i} no message at {f}:{ln}")
        continue
    m = files[f][ln]
    if f != EXPORT and r["message"] != m["id"]:
        bad(f"truth:{i} message id {r['message']} != {m['id']}")
    if f == EXPORT and r["message"]:
        bad(f"truth:{i} export row with a message id")
    if r["rule"] == "SKN-5O":
        if r["who"] not in DISTRICTS or r["state"] not in ("late", "missing") or f != EXPORT:
            bad(f"truth:{i} SKN-5O row shape")
    else:
        if r["state"]:
            bad(f"truth:{i} state on a non-5O row")
        if r["who"] not in (m["sender"], m.get("target")):
            bad(f"truth:{i} who {r['who']} is neither sender nor target at {f}:{ln}")
    tkeys.add((r["rule"], f, ln, r["who"]))
rule_count = Counter(r["rule"] for r in truth)

# ---------------- membership findings recomputed
expected = set()
for f, msgs in files.items():
    group = GROUP_OF[f]
    rule, admitted, cap = ADMIT[group]
    seen = set()
    n_admitted = 0

    def appear(person, status, name, ln, inviter=None):
        global n_admitted
        if status == "ambiguous":
            return
        key = person["person_id"] if person else ("outsider", name)
        if key in seen:
            return
        seen.add(key)
        if person is None:
            expected.add(("OUTSIDER", f, ln, name))
            return
        if person["roles"] & admitted:
            n_admitted += 1
            if cap and n_admitted == cap + 1:
                expected.add(("SKN-CAP", f, ln, name))
        else:
            expected.add((rule, f, ln, name))
            if inviter is not None:
                expected.add(("SKN-ALL", f, ln, name))
                expected.add(("SKN-ALL", f, ln, inviter))

    for ln in sorted(msgs):
        m = msgs[ln]
        appear(m["person"], m["status"], m["sender"], ln)
        if m["kind"] == "invite":
            appear(m["tperson"], m["tstatus"], m["target"], ln, inviter=m["sender"])
        elif m["kind"] == "remove":
            appear(m["tperson"], m["tstatus"], m["target"], ln)
got = {k for k in tkeys if k[0] in MEMBERSHIP_RULES}
for k in sorted(expected - got):
    bad(f"membership finding missing from truth.csv: {k}")
for k in sorted(got - expected):
    bad(f"truth.csv membership row not recomputed: {k}")

# ---------------- SKN-2P recomputed (any post by someone other than the provincial office), one per post
OFFICE = {"provincial_admin_staff", "provincial_palad"}
POSTS = {"text", "stk", "img", "file", "video"}
pk = files["pakkhrong-orders.jsonl"]
exp2p = set()
prevm = None
for ln in sorted(pk):
    m = pk[ln]
    if m["kind"] in POSTS:
        cont = (prevm is not None and prevm["sender"] == m["sender"] and prevm["kind"] in POSTS
                and (datetime.datetime.fromisoformat(m["time"]) - datetime.datetime.fromisoformat(prevm["time"])).total_seconds() <= 60)
        if not cont and m["status"] == "ok" and not (m["person"]["roles"] & OFFICE):
            exp2p.add(("SKN-2P", "pakkhrong-orders.jsonl", ln, m["sender"]))
        if m["status"] == "outsider":
            bad(f"outsider posting in ปค at {ln}: SKN-2P not settled by the rules page")
    prevm = m
got2p = {k for k in tkeys if k[0] == "SKN-2P"}
for k in sorted(exp2p ^ got2p):
    bad(f"SKN-2P mismatch: {k}")

# ---------------- other posting rows: sender sanity
for r in truth:
    f, ln = r["file"], int(r["line"])
    if ln not in files.get(f, {}):
        continue
    m = files[f][ln]
    p = m["person"]
    if r["rule"] == "SKN-4P" and (f != "executives.jsonl" or (p and p["roles"] & {"governor", "vice_governor"})):
        bad(f"SKN-4P row by governor/vice governor or wrong file: {ln}")
    if r["rule"] == "SKN-6P" and f != "heads-chiefs.jsonl":
        bad("SKN-6P wrong file")
    if r["rule"] == "SKN-5P":
        if f != EXPORT or m["kind"] != "text":
            bad(f"SKN-5P row shape at {ln}")
        elif p and p["roles"] & {"provincial_palad"}:
            bad(f"SKN-5P row by the palad at {ln}")
        elif p and "volunteer_center_staff" in p["roles"] and not p["district"]:
            bad(f"SKN-5P row by the provincial centre at {ln}")
    if r["rule"] in ("SKN-2P", "SKN-4P", "SKN-5P", "SKN-6P") and m["status"] == "ambiguous":
        bad(f"posting finding on an ambiguous name at {f}:{ln}")

# ---------------- near misses
near = list(csv.DictReader(open(os.path.join(D, "near-misses.csv"), encoding="utf-8")))
if not 200 <= len(near) <= 240:
    bad(f"near misses {len(near)}")
tlines = {(r["file"], int(r["line"])) for r in truth}
nkeys = set()
for i, r in enumerate(near, 2):
    f, ln = r["file"], int(r["line"])
    if f not in files or ln not in files[f]:
        bad(f"near:{i} no message at {f}:{ln}")
        continue
    if f != EXPORT and r["message"] != files[f][ln]["id"]:
        bad(f"near:{i} message id")
    if (f, ln) in tlines:
        bad(f"near:{i} {f}:{ln} is also a truth row")
    if (f, ln) in nkeys:
        bad(f"near:{i} duplicate")
    nkeys.add((f, ln))
    if not r["why"].strip():
        bad(f"near:{i} empty why")

# ---------------- ledger
ledger = list(csv.DictReader(open(os.path.join(D, "ledger.csv"), encoding="utf-8")))
log_end = max(m["time"] for fm in files.values() for m in fm.values())
em = files[EXPORT]
by_order = defaultdict(list)
exp5o = set()
for i, r in enumerate(ledger, 2):
    ol = int(r["order"])
    if ol not in em or em[ol]["kind"] != "text":
        bad(f"ledger:{i} order line {ol}")
        continue
    o = em[ol]
    op = o["person"]
    if not op or not (("provincial_palad" in op["roles"]) or ("volunteer_center_staff" in op["roles"] and not op["district"])):
        bad(f"ledger:{i} order not by the provincial centre")
    if r["district"] not in DISTRICTS:
        bad(f"ledger:{i} district")
    by_order[ol].append(r["district"])
    dl = r["deadline"]
    if not re.fullmatch(r"2026-04-\d\dT\d\d:\d\d:\d\d\+07:00", dl):
        bad(f"ledger:{i} deadline format")
    if dl <= o["time"]:
        bad(f"ledger:{i} deadline before the order")
    st = r["state"]
    if r["answer"]:
        al = int(r["answer"])
        if al not in em:
            bad(f"ledger:{i} answer line {al}")
            continue
        a = em[al]
        if a["line"] <= ol:
            bad(f"ledger:{i} answer before the order")
        if not a["person"] or a["person"]["person_id"] not in district_people(r["district"]):
            bad(f"ledger:{i} answer not by a person of {r['district']}")
        captioned = any(x["line"] > al and x["minute"] == a["minute"] and x["sender"] == a["sender"] and x["kind"] == "text"
                        for x in em.values())
        if a["kind"] == "img" and "ภาพ" not in o["text"] and not captioned:
            bad(f"ledger:{i} photos alone answer an order that asks for no photos")
        if a["kind"] not in ("text", "img", "file"):
            bad(f"ledger:{i} answer kind {a['kind']}")
        want = "on-time" if a["time"] <= dl else "late"
        if st != want:
            bad(f"ledger:{i} state {st}, times say {want}")
        if st == "late":
            exp5o.add((EXPORT, al, r["district"], "late"))
    else:
        want = "missing" if dl <= log_end else "not-due"
        if st != want:
            bad(f"ledger:{i} state {st}, deadline says {want}")
        if st == "missing":
            exp5o.add((EXPORT, ol, r["district"], "missing"))
for ol, ds in by_order.items():
    if len(ds) != len(set(ds)):
        bad(f"ledger: duplicate district for order {ol}")
got5o = {(r["file"], int(r["line"]), r["who"], r["state"]) for r in truth if r["rule"] == "SKN-5O"}
for k in sorted(exp5o ^ got5o):
    bad(f"SKN-5O truth/ledger mismatch {k}")

# ---------------- report
print("messages:", counts, "total", total, f"export share {counts[EXPORT] / total:.1%}")
print("truth rows by rule:", dict(sorted(rule_count.items())), "total", len(truth))
print("ledger states:", dict(Counter(r["state"] for r in ledger)), "rows", len(ledger))
print("near misses:", len(near))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
