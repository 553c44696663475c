# Builds the week-L data set from the hand-written messages and hand-marked truth in msgs_*.py.
# Usage: python3 tools/build.py   (writes into the folder above tools/)
import csv, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from base import *
import msgs_v, msgs_p, msgs_j, msgs_e, msgs_a, msgs_k  # noqa: F401  (they fill MSGS)

FILE_ORDER = ["V", "P", "J", "E", "A"]
WEEKDAY_TH = {23: "จ.", 24: "อ.", 25: "พ.", 26: "พฤ.", 27: "ศ."}

# ---- sort, ids, lines --------------------------------------------------------
n = 0
for g in FILE_ORDER + ["K"]:
    MSGS[g].sort(key=lambda m: (m["time"], m["_seq"]))
for g in FILE_ORDER:
    for i, m in enumerate(MSGS[g]):
        n += 1
        m["id"] = "l%04d" % n
        m["_line"] = i + 1
        m["_file"] = GROUPS[g][1]

def rid(ref):
    return KEYED[ref]["id"]

# ---- JSONL -------------------------------------------------------------------
FIELDS = ["id", "group", "time", "sender", "senderId", "type", "text", "replyTo", "event", "target", "attachment"]
for g in FILE_ORDER:
    with open(os.path.join(OUT, GROUPS[g][1]), "w", encoding="utf-8") as f:
        for m in MSGS[g]:
            rec = {}
            for k in FIELDS:
                if k == "group":
                    v = GROUPS[g][0]
                elif k == "replyTo":
                    v = rid(m["replyTo"]) if m["replyTo"] else None
                else:
                    v = m.get(k)
                if v is not None:
                    rec[k] = v
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ---- LINE export (Thai phone) -------------------------------------------------
lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % GROUPS["K"][0], "บันทึกเมื่อ 27/03/2569 19:05", ""]
day = None
for m in MSGS["K"]:
    d = int(m["time"][8:10])
    if d != day:
        if day is not None:
            lines.append("")
        lines.append("%s %02d/03/2569" % (WEEKDAY_TH[d], d))
        day = d
    hm = m["time"][11:16]
    m["_line"] = len(lines) + 1
    m["_file"] = GROUPS["K"][1]
    m["id"] = ""
    if m["type"] == "system":
        ev = m["event"]
        txt = {"invite": "%s เพิ่ม %s เข้ากลุ่ม" % (m["sender"], m["target"]),
               "join": "%s เข้าร่วมกลุ่ม" % m["sender"],
               "leave": "%s ออกจากกลุ่ม" % m["sender"],
               "remove": "%s ลบ %s ออกจากกลุ่ม" % (m["sender"], m["target"])}[ev]
        lines.append("%s\t\t%s" % (hm, txt))
        continue
    if m["type"] == "sticker":
        body = "[สติกเกอร์]"
    elif m["type"] == "image":
        body = "[รูป]"
    else:
        body = m["text"]
        if "\n" in body:
            body = '"' + body.replace('"', '""') + '"'
    first, *rest = body.split("\n")
    lines.append("%s\t%s\t%s" % (hm, m["sender"], first))
    lines.extend(rest)
with open(os.path.join(OUT, GROUPS["K"][1]), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---- roster --------------------------------------------------------------------
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in PEOPLE:
        w.writerow([p[k] for k in ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"]])

# ---- ledger ----------------------------------------------------------------------
ALLM = [m for g in FILE_ORDER + ["K"] for m in MSGS[g]]
LOG_END = max(m["time"] for m in ALLM)
assert LOG_END == MSGS["V"][-1]["time"], "the volunteer group must hold the log's last message"
answers = {}
for m in MSGS["V"]:
    for (o, d) in m["_ans"]:
        assert m["time"] > KEYED[o]["time"], (o, d, m["time"])
        assert d in ORDERS[o]["districts"], (o, d)
        answers.setdefault((o, d), []).append(m)

LEDGER_NOTES = {
    ("O1", "akat"): "no answer; its 22.50 Monday post is the first notice of a new storm (incident), not the survey of the 21-22 March storm O1 asks for",
    ("O1", "charoen"): "only an acknowledgement (รับทราบครับ, Mon 21.30) and no report",
    ("O1", "khamta"): "promised on Monday 17.40 to report 'by tomorrow morning', answered Tue 10.15, after 09.05",
    ("O1", "taongoi"): "answered Tue 09.40, 35 minutes late",
    ("O1", "wanon"): "a place-and-number answer sent as a reply to the reminder R1, not to the order",
    ("O1", "banmuang"): "place-and-number answer by the coordinating deputy under a display name with a double space",
    ("O1", "songdao"): "Tue 09.04.10, under a minute before the deadline",
    ("O1", "warit"): "photos first, caption 2 minutes later; the caption is cited",
    ("O1", "nikhom"): "a nil report (no damage)",
    ("O2", "khamta"): "answered Thu 26 08.15, after the end of 25 March",
    ("O2", "banmuang"): "numbered report: item 1 answers O2, item 2 answers O6",
    ("O3", "mueang"): "never sent photos or a report on firebreaks",
    ("O3", "taongoi"): "promised at 11.30 'ภายในบ่ายนี้', answered 17.20, after 16.30",
    ("O3", "khoksi"): "answered as a reply to the reminder R2",
    ("O3", "phuphan"): "three photos alone at 16.29; O3 asks for photos",
    ("O6", "kutbak"): "no answer at all",
    ("O6", "warit"): "photos alone at 10.15 do not answer an order asking for numbers; the text at 13.10 is the first answer (late)",
    ("O6", "akat"): "answered Thu 14.30",
    ("O6", "charoen"): "answered Thu 12.40",
    ("O6", "khoksi"): "answered 11.59.05, under a minute before noon",
    ("O6", "phonna"): "answered as a reply to the reminder R3",
    ("O6", "taongoi"): "answered as a reply to the reminder R3",
    ("O6", "phangkhon"): "numbered report: item 1 answers O6, item 2 answers O7",
    ("O6", "sawang"): "answered by the volunteer officer (the chief answered O1 and O8)",
    ("O7", "phangkhon"): "numbered report, item 2",
    ("O8", "sawang"): "the night's incident notice (Wed 23.40) came before the order; the chief's report with photos on Thu 16.40 answers",
    ("O8", "wanon"): "its Thu 14.00 update on the storm is an incident (damage, injured), not the volunteers' work with photos; the chief's report on Fri 13.30 is late",
    ("O8", "songdao"): "four photos alone on Fri 10.30; O8 asks for photos",
    ("O9", "kutbak"): "only a post by the district clerk (staff, not one of the district's people), which does not count",
    ("O9", "taongoi"): "no answer",
    ("O9", "akat"): "answered 17.05",
    ("O9", "nikhom"): "answered Fri 09.10 in a numbered report (item 1), late",
    ("O9", "khamta"): "answered 16.29.30",
    ("O9", "warit"): "the coordinating deputy posts as \"นายสุริยา ปอ.วาริช\" (title added)",
    ("O9", "sawang"): "answered by the volunteer officer",
    ("O10", "mueang"): "no answer",
    ("O10", "akat"): "no answer (only an acknowledgement on Friday morning)",
    ("O10", "charoen"): "no answer",
    ("O10", "khamta"): "answered 15.40",
    ("O10", "phonna"): "answered 16.10 as a reply to the reminder R4",
    ("O10", "taongoi"): "answered 16.30",
    ("O10", "nikhom"): "numbered report, item 2",
    ("O10", "songdao"): "answered 14.59.20",
    ("O10", "wanon"): "answered as a reply to the reminder R4",
    ("O10", "khoksi"): "answered as a reply to the reminder R4",
    ("O5", "nikhom"): "the list file sent alone (a file counts as a report)",
}

LEDGER = []
for o in ORDERS:
    od = ORDERS[o]
    for d in od["districts"]:
        a = sorted(answers.get((o, d), []), key=lambda m: m["time"])
        if a:
            st = "on-time" if a[0]["time"] <= od["deadline"] else "late"
            ans = a[0]
        else:
            st = "missing" if od["deadline"] < LOG_END else "not-due"
            ans = None
        LEDGER.append(dict(order=o, order_id=rid(o), district=d, state=st, answer=ans, deadline=od["deadline"],
                           note=LEDGER_NOTES.get((o, d), "")))

with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    for r in LEDGER:
        w.writerow([r["order_id"], DTH[r["district"]], r["state"], r["answer"]["id"] if r["answer"] else "",
                    r["deadline"], r["note"]])

# ---- truth ----------------------------------------------------------------------
TRUTH = []
for g in FILE_ORDER + ["K"]:
    for m in MSGS[g]:
        for t in m["_truth"]:
            who = t[2] if len(t) > 2 else m["sender"]
            TRUTH.append(dict(rule=t[0], file=m["_file"], line=m["_line"], message=m["id"], who=who, state="",
                              note=t[1], time=m["time"]))
for r in LEDGER:
    if r["state"] in ("late", "missing"):
        m = r["answer"] if r["state"] == "late" else KEYED[r["order"]]
        note = "%s %s: %s (deadline %s)" % (r["order_id"], ORDERS[r["order"]]["title"],
                                            "first answer after the deadline" if r["state"] == "late" else "no answer by the end of the log",
                                            r["deadline"])
        if r["note"]:
            note += "; " + r["note"]
        TRUTH.append(dict(rule="SKN-5O", file=m["_file"], line=m["_line"], message=m["id"], who=DTH[r["district"]],
                          state=r["state"], note=note, time=m["time"]))
TRUTH.sort(key=lambda r: (r["file"], r["line"], r["rule"]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    for r in TRUTH:
        w.writerow([r[k] for k in ["rule", "file", "line", "message", "who", "state", "note"]])

NEAR = []
for g in FILE_ORDER + ["K"]:
    for m in MSGS[g]:
        if m["_near"]:
            NEAR.append(dict(file=m["_file"], line=m["_line"], message=m["id"], why=m["_near"], sender=m["sender"]))
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "line", "message", "why"])
    for r in NEAR:
        w.writerow([r["file"], r["line"], r["message"], r["why"]])

# ---- summary for TRUTH.md -------------------------------------------------------
import collections
summary = dict(
    counts={GROUPS[g][1]: len(MSGS[g]) for g in FILE_ORDER + ["K"]},
    total=sum(len(MSGS[g]) for g in MSGS),
    rules=collections.Counter(r["rule"] for r in TRUTH),
    states=collections.Counter(r["state"] for r in LEDGER),
    near=len(NEAR), log_end=LOG_END,
)
import truth_md
truth_md.write(summary, LEDGER, TRUTH, NEAR, ORDERS, KEYED, MSGS, GROUPS, FILE_ORDER, PEOPLE, DTH)
print(json.dumps({k: (dict(v) if isinstance(v, collections.Counter) else v) for k, v in summary.items()},
                 ensure_ascii=False, indent=1))
