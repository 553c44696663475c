# Lays out the week AR chats and writes the truth files from the hand annotations in g_*.py.
# It only sorts, numbers, writes and tabulates; it stops when a state computed from the times disagrees
# with the state written by hand next to the order.
import csv, json, os, sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import roster_rows, DISTRICTS, DNAME, BY
import g_pakkhrong, g_palad, g_exec, g_nak, g_volunteer, g_heads

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = [g_pakkhrong.L, g_palad.L, g_exec.L, g_nak.L, g_volunteer.L]
EXPORT = g_heads.L
LOGS = JSONL + [EXPORT]

nid = 1
for lg in JSONL:
    nid = lg.finish(nid)
EXPORT.finish(0)

for lg in JSONL:
    with open(os.path.join(OUT, lg.fname), "w", encoding="utf-8", newline="\n") as f:
        for r in lg.json_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, EXPORT.fname), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(EXPORT.lines) + "\n")

with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    w.writerows(roster_rows())


def cite(lg, m):
    return m["id"] if m["id"] else str(m["line"])


truth, near = [], []
for lg in LOGS:
    for m in lg.msgs:
        for tr in m["truth"]:
            rule, who, note = (tr[0], m["sender"], tr[1]) if len(tr) == 2 else tr
            truth.append([rule, lg.fname, m["line"], m["id"], who, "", note])
        if m["near"]:
            near.append([lg.fname, m["line"], m["id"], m["near"]])

# ---- SKN-CAP: recompute who is beyond the letter's count, compare with the hand rows ----
CAP = {"ผู้บริหารจังหวัด และนายอำเภอ": 22, "ข้อสั่งการ ปจ.สน.": 19, "ศอ.จอส.จว.สน.": 118,
       "ข้อสั่งการ ปค.สน.": 175, "นักปกครองสกลนคร": 204}
ADMIT = {"ข้อสั่งการ ปค.สน.": {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"},
         "ข้อสั่งการ ปจ.สน.": {"provincial_palad", "district_chief"},
         "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
         "หน.ส่วนราชการ-นอภ.สน.": {"governor", "vice_governor", "agency_head", "district_chief"},
         "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
         "ศอ.จอส.จว.สน.": {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}}
AMBIG = {"PNN.D", "WNN.Y"}
for lg in LOGS:
    if lg.group not in CAP:
        continue
    seen = []
    for m in lg.msgs:
        if m["type"] == "system" and m["event"] in ("remove", "leave", "unsend", "rename"):
            continue
        key = m["key"] if m["event"] != "invite" else next((p.key for p in BY.values() if p.name == m["target"]), None)
        if key is None or key in AMBIG or key in seen:
            continue
        if BY[key].roles & ADMIT[lg.group]:
            seen.append(key)
            if len(seen) == CAP[lg.group] + 1:
                hand = [t for t in truth if t[0] == "SKN-CAP" and t[1] == lg.fname]
                assert len(hand) == 1 and hand[0][2] == m["line"], (lg.fname, m["line"], hand)
    if len(seen) <= CAP[lg.group]:
        assert not any(t[0] == "SKN-CAP" and t[1] == lg.fname for t in truth), lg.fname
    print("admitted people appearing in", lg.group, len(seen), "of", CAP[lg.group])


def ptime(s):
    return datetime.fromisoformat(s)


END = max(ptime(m["time"]) for lg in LOGS for m in lg.msgs)
V = g_volunteer.L
answers = {}
for m in V.msgs:
    if m["ans"]:
        assert m["ans"] not in answers, ("two answers", m["ans"])
        answers[m["ans"]] = m
ledger = []
codes = [c for c, _ in DISTRICTS]
for key, o in g_volunteer.ORDERS.items():
    om = o["msg"]
    ds = codes if o["districts"] == "ALL" else o["districts"]
    dl = ptime(o["deadline"])
    for c in ds:
        a = answers.get((key, c))
        if a:
            assert ptime(a["time"]) > ptime(om["time"]), (key, c)
            assert BY[a["key"]].code == c, (key, c, a["sender"])
            st = "on-time" if ptime(a["time"]) <= dl else "late"
        else:
            st = "missing" if dl < END else "not-due"
        hand, hnote = o["expect"].get(c, ("on-time" if a else "not-due", ""))
        assert st == hand, (key, c, st, hand)
        p = BY[a["key"]] if a else None
        t = ptime(a["time"]) if a else None
        note = f"{key}: {a['sender']} ({p.role}), {a['shape']}, {t:%a %d %H:%M}" if a else f"{key}: no answer"
        if hnote:
            note += "; " + hnote
        ledger.append([om["id"], DNAME[c], st, a["id"] if a else "", o["deadline"], note])
        if st == "late":
            truth.append(["SKN-5O", V.fname, a["line"], a["id"], DNAME[c], "late",
                          f"{key} ({o['about']}): {hnote}; deadline {o['deadline'][:16].replace('T', ' ')}"])
        elif st == "missing":
            truth.append(["SKN-5O", V.fname, om["line"], om["id"], DNAME[c], "missing",
                          f"{key} ({o['about']}): {hnote}; deadline {o['deadline'][:16].replace('T', ' ')}"])
    for (k2, c) in answers:
        if k2 == key:
            assert c in ds, ("answer from a district the order does not oblige", key, c)

# a line with a finding is not also a near miss: the near note of a late answer goes into its truth note
tl = {(r[1], r[2]) for r in truth}
for r in truth:
    if r[0] == "SKN-5O" and r[5] == "late":
        for n in near:
            if (n[0], n[1]) == (r[1], r[2]):
                r[6] += " (" + n[3] + ")"
near = [n for n in near if (n[0], n[1]) not in tl]

order_idx = {lg.fname: i for i, lg in enumerate(LOGS)}
truth.sort(key=lambda r: (order_idx[r[1]], r[2], r[0] != "SKN-5O", r[0]))
near.sort(key=lambda r: (order_idx[r[0]], r[1]))
for name, header, rows in (("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth),
                           ("near-misses.csv", ["file", "line", "message", "why"], near),
                           ("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

summary = dict(
    end=END.isoformat(), end_file=[lg.fname for lg in LOGS if any(m["time"] == END.isoformat() for m in lg.msgs)],
    counts={lg.fname: len(lg.msgs) for lg in LOGS},
    groups={lg.fname: lg.group for lg in LOGS},
    orders={k: dict(id=o["msg"]["id"], line=o["msg"]["line"], time=o["msg"]["time"], sender=o["msg"]["sender"],
                    districts=o["districts"], deadline=o["deadline"], why=o["why"], about=o["about"])
            for k, o in g_volunteer.ORDERS.items()},
    ledger=ledger, truth=truth, near=near)
with open(os.path.join(OUT, "src", "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print("messages", summary["counts"], sum(summary["counts"].values()),
      "ศอ share %.3f" % (summary["counts"][V.fname] / sum(summary["counts"].values())))
print("truth", dict(Counter(r[0] for r in truth)), len(truth))
print("ledger", dict(Counter(r[2] for r in ledger)), len(ledger))
print("near", len(near), "end", END, summary["end_file"])
