# Writes the week-J data set from the hand-written group scripts and cross-checks the hand-set truth.
# Usage: python3 tools/build.py   (from the week's folder)
import csv
import datetime as dt
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from roster_data import P, BY_NAME  # noqa: E402
import lib  # noqa: E402
import g_volunteer, g_pk, g_pj, g_exec, g_heads, g_export  # noqa: E402

GROUPS = [g_volunteer.G, g_pk.G, g_pj.G, g_exec.G, g_heads.G]

ADMIT = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy",
                                "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
ROLES = {"governor", "vice_governor", "provincial_palad", "provincial_admin_staff", "district_chief",
         "deputy_district_chief", "coordinating_deputy", "agency_head", "volunteer_center_staff", "staff", "retired"}

# ------------------------------------------------------------------ roster
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in P:
        assert all(r in ROLES for r in p["role"].split("|")), p
        w.writerow([p["person_id"], p["full_name"], "|".join(p["display_names"]), p["role"], p["agency"],
                    p["district"], p["line_user_id"], p["email"]])

# ------------------------------------------------------------------ messages
nid = 1
for g in GROUPS:
    nid = g.finish(nid)
    g.write(os.path.join(OUT, g.fname))
exp_lines, exp_recs = g_export.render()
with open(os.path.join(OUT, g_export.FNAME), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\ufeff" + "\n".join(exp_lines) + "\n")

TITLES = ["ว่าที่ร.ต.", "นางสาว", "นาง", "นาย"]


def norm(name):
    s = unicodedata.normalize("NFC", re.sub("[\u2066-\u2069\u200b-\u200f\ufeff]", "", name))
    s = " ".join(s.split())
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s


NORM = defaultdict(list)
for p in P:
    for nm in p["display_names"]:
        if p not in NORM[norm(nm)]:
            NORM[norm(nm)].append(p)
BYID = {p["line_user_id"]: p for p in P if p["line_user_id"]}


def match(name, sid=None):
    if sid and sid in BYID:
        return BYID[sid]
    lst = NORM.get(norm(name), [])
    if len(lst) == 1:
        return lst[0]
    if len(lst) > 1:
        return "AMBIGUOUS"
    return None


def admitted(p, group):
    return bool(set(p["role"].split("|")) & ADMIT[group][1])


# ------------------------------------------------------------------ truth rows
truth, nearm = [], []
for g in GROUPS:
    for m in g.msgs:
        for rule, who, note in m["f"]:
            truth.append(dict(rule=rule, file=g.fname, line=m["line"], message=m["id"], who=who or m["sender"],
                              state="", note=note, t=m["t"]))
        if m["nm"]:
            nearm.append(dict(file=g.fname, line=m["line"], message=m["id"], why=m["nm"]))
for r in exp_recs:
    for rule, who, note in r["f"]:
        truth.append(dict(rule=rule, file=g_export.FNAME, line=r["line"], message="", who=who or r["sender"],
                          state="", note=note, t=lib.at(r["day"], r["hhmm"])))
    if r["nm"]:
        nearm.append(dict(file=g_export.FNAME, line=r["line"], message="", why=r["nm"]))

# ------------------------------------------------------------------ duties (SKN-5O)
V = g_volunteer
log_end = max(m["t"] for g in GROUPS for m in g.msgs)
assert log_end == V.G.msgs[-1]["t"], "the volunteer-centre log must hold the last message"
order_msg = {m["order"]: m for m in V.G.msgs if m["order"]}
answers = defaultdict(list)
for m in V.G.msgs:
    for o, d in m["ans"]:
        answers[(o, d)].append(m)
        # an answer must come from that district's people
        p = match(m["sender"], lib.sender_id(m["sender"]))
        assert p not in (None, "AMBIGUOUS"), m["sender"]
        assert p["district"] == d, (m["sender"], d)
        assert m["t"] > order_msg[o]["t"]
ledger = []
for o, od in V.ORDERS.items():
    dl = dt.datetime.fromisoformat(od["deadline"])
    for d in (od["districts"] or V.ALLD):
        lst = sorted(answers.get((o, d), []), key=lambda m: m["t"])
        if lst:
            a = lst[0]
            st = "on-time" if a["t"] <= dl else "late"
        else:
            a = None
            st = "missing" if log_end > dl else "not-due"
        assert st == V.EXPECT[(o, d)], (o, d, st, V.EXPECT[(o, d)])
        ledger.append(dict(order=o, district=d, state=st, answer=a["id"] if a else "", deadline=od["deadline"],
                           note=("answered %s by %s" % (lib.iso(a["t"]), a["sender"])) if a else
                           ("no answer by the end of the log (%s)" % lib.iso(log_end))))
        if st == "late":
            truth.append(dict(rule="SKN-5O", file=V.G.fname, line=a["line"], message=a["id"], who=d, state="late",
                              note="%s: first answer %s, after the deadline %s" % (o, lib.iso(a["t"]), od["deadline"]),
                              t=a["t"]))
        elif st == "missing":
            om = order_msg[o]
            truth.append(dict(rule="SKN-5O", file=V.G.fname, line=om["line"], message=om["id"], who=d, state="missing",
                              note="%s: no answer by the end of the log; deadline %s" % (o, od["deadline"]), t=om["t"]))
assert set(V.EXPECT) == {(r["order"], r["district"]) for r in ledger}
# every district answer annotated must belong to an order that obliges that district
for (o, d) in answers:
    assert d in (V.ORDERS[o]["districts"] or V.ALLD), (o, d)

# ------------------------------------------------------------------ cross-check membership and SKN-2P annotations
problems = []


def expect_member(group, fname, line, name, sid, flagged, seen, inviter=None):
    p = match(name, sid)
    if name in seen:
        return
    seen.add(name)
    rules = {r for r, w in flagged if w == name}
    if p is None:
        want = {"OUTSIDER"}
    elif p == "AMBIGUOUS":
        want = set()
    elif not admitted(p, group):
        want = {ADMIT[group][0]}
    else:
        want = set()
    got = rules & ({"OUTSIDER"} | {ADMIT[group][0]})
    if got != want:
        problems.append("%s:%d %s want %s got %s" % (fname, line, name, want, got))


for g in GROUPS:
    seen = set()
    for m in g.msgs:
        flagged = [(r, w or m["sender"]) for r, w, _ in m["f"]]
        sid = None if m["noid"] else lib.sender_id(m["sender"])
        if m["type"] == "system" and m["event"] == "invite":
            expect_member(g.group, g.fname, m["line"], m["sender"], sid, flagged, seen)
            expect_member(g.group, g.fname, m["line"], m["target"], None, flagged, seen)
            pt = match(m["target"])
            all_rows = {(r, w) for r, w in flagged if r == "SKN-ALL"}
            if pt not in (None, "AMBIGUOUS") and not admitted(pt, g.group):
                if all_rows != {("SKN-ALL", m["target"]), ("SKN-ALL", m["sender"])}:
                    problems.append("SKN-ALL missing at %s:%d" % (g.fname, m["line"]))
            elif all_rows:
                problems.append("unexpected SKN-ALL at %s:%d" % (g.fname, m["line"]))
        elif m["type"] == "system" and m["event"] in ("remove",):
            expect_member(g.group, g.fname, m["line"], m["sender"], sid, flagged, seen)
        else:
            expect_member(g.group, g.fname, m["line"], m["sender"], sid, flagged, seen)
        if g.group == "ข้อสั่งการ ปค.สน." and m["type"] != "system":
            p = match(m["sender"], sid)
            office = p not in (None, "AMBIGUOUS") and set(p["role"].split("|")) & {"provincial_admin_staff", "provincial_palad"}
            has = any(r == "SKN-2P" for r, _ in flagged)
            if p != "AMBIGUOUS" and bool(has) == bool(office):
                problems.append("SKN-2P mismatch %s:%d %s" % (g.fname, m["line"], m["sender"]))
seen = set()
for r in exp_recs:
    flagged = [(x, w or r["sender"]) for x, w, _ in r["f"]]
    if r["sys"]:
        mm = re.match(r"^(.*) เพิ่ม (.*) เข้ากลุ่ม$", r["text"])
        mj = re.match(r"^(.*) (เข้าร่วมกลุ่ม|ออกจากกลุ่ม)$", r["text"])
        if mm:
            expect_member("นักปกครองสกลนคร", g_export.FNAME, r["line"], mm.group(1), None, flagged, seen)
            expect_member("นักปกครองสกลนคร", g_export.FNAME, r["line"], mm.group(2), None, flagged, seen)
        elif mj:
            expect_member("นักปกครองสกลนคร", g_export.FNAME, r["line"], mj.group(1), None, flagged, seen)
    else:
        expect_member("นักปกครองสกลนคร", g_export.FNAME, r["line"], r["sender"], None, flagged, seen)
if problems:
    print("\n".join(problems))
    raise SystemExit("cross-check failed")

# ------------------------------------------------------------------ write truth files
ORDER = {g.fname: i for i, g in enumerate(GROUPS)}
ORDER[g_export.FNAME] = len(GROUPS)
truth.sort(key=lambda r: (ORDER[r["file"]], r["line"], r["rule"], r["who"]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    for r in truth:
        w.writerow([r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]])
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    for r in ledger:
        w.writerow([r["order"], r["district"], r["state"], r["answer"], r["deadline"], r["note"]])
nearm.sort(key=lambda r: (ORDER[r["file"]], r["line"]))
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    for r in nearm:
        w.writerow([r["file"], r["line"], r["message"], r["why"]])

# ------------------------------------------------------------------ summary for TRUTH.md
counts = {g.fname: len(g.msgs) for g in GROUPS}
counts[g_export.FNAME] = len(exp_recs)
import json  # noqa: E402
summary = dict(
    counts=counts, groups={g.fname: g.group for g in GROUPS} | {g_export.FNAME: g_export.GROUP},
    truth=[{k: v for k, v in r.items() if k != "t"} for r in truth], ledger=ledger, near=nearm,
    orders={o: dict(od, id=order_msg[o]["id"], line=order_msg[o]["line"], time=lib.iso(order_msg[o]["t"]),
                    sender=order_msg[o]["sender"], text=order_msg[o]["text"]) for o, od in V.ORDERS.items()},
    log_end=lib.iso(log_end),
    per_rule=Counter(r["rule"] for r in truth), states=Counter(r["state"] for r in ledger))
with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as fh:
    json.dump(summary, fh, ensure_ascii=False, indent=1, default=str)
print("messages", counts, "total", sum(counts.values()))
print("findings", dict(summary["per_rule"]), "total", len(truth))
print("duties", dict(summary["states"]), "near misses", len(nearm))
