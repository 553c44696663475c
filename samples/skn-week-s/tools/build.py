# Writes the week-S files from the hand-written group scripts and the hand-worked ledger below.
import csv, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from roster_def import P, BY, DISTRICTS
from core import M, LABELS, FILES
import g_vc, g_pk, g_other  # noqa: F401  (they fill M)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = "+07:00"

# ---------------- ledger, worked by hand (see TRUTH.md for the reasoning) ----------------
ALL = list(DISTRICTS)
LEDGER = [
    # order, answer prefix, districts, deadline, exceptions {district: state}
    ("O1", "A1", ALL, "2025-10-21T23:59:59", {"ส่องดาว": "late", "เจริญศิลป์": "late", "นิคมน้ำอูน": "missing"}),
    ("O7", "A7", ALL, "2025-10-22T23:59:59", {"พรรณานิคม": "late", "โพนนาแก้ว": "missing"}),
    ("O3", "A3", ["เมืองสกลนคร", "โพนนาแก้ว", "กุสุมาลย์", "โคกศรีสุพรรณ"], "2025-10-24T23:59:59", {"กุสุมาลย์": "not-due"}),
    ("O4", "A4", ALL, "2025-10-21T15:30:00", {"เต่างอย": "late", "ภูพาน": "late", "วาริชภูมิ": "missing"}),
    ("O5", "A5", ["อากาศอำนวย", "บ้านม่วง", "วานรนิวาส", "คำตากล้า"], "2025-10-21T16:30:00", {"บ้านม่วง": "late"}),
    ("O6", "A6", ALL, "2025-10-22T12:00:00", {"กุดบาก": "late", "สว่างแดนดิน": "missing"}),
    ("O8", "A8", ALL, "2025-10-24T12:00:00", {"วานรนิวาส": "late", "อากาศอำนวย": "missing"}),
    ("O9", "A9", ["สว่างแดนดิน", "พรรณานิคม", "วาริชภูมิ"], "2025-10-24T16:30:00", {"พรรณานิคม": "missing"}),
    ("O10", "A10", ALL, "2025-10-27T23:59:59", {d: "not-due" for d in ALL if d not in ("เมืองสกลนคร", "พังโคน", "โพนนาแก้ว", "ภูพาน")}),
]
LEDGER_NOTES = {
    ("O1", "ส่องดาว"): "answered 22 Oct 09:05 after the reminders R2/R4",
    ("O1", "เจริญศิลป์"): "answered 22 Oct 09:40, after the deadline",
    ("O1", "นิคมน้ำอูน"): "only a sticker (20 Oct) and an ack of R4; no plan sent",
    ("O1", "พังโคน"): "sender shown with a doubled space in the name",
    ("O1", "วาริชภูมิ"): "LINE reply to พังโคน's answer, not to the order",
    ("O1", "ภูพาน"): "23:41, 18 minutes before the deadline",
    ("O7", "พรรณานิคม"): "answered on the holiday 23 Oct 09:15",
    ("O7", "โพนนาแก้ว"): "no answer",
    ("O7", "คำตากล้า"): "nil answer (ยอดเป็นศูนย์)",
    ("O7", "กุสุมาลย์"): "nil answer (ยอดเป็นศูนย์)",
    ("O7", "อากาศอำนวย"): "nil answer (ยอดเป็นศูนย์)",
    ("O7", "วานรนิวาส"): "answered by the newly invited deputy ปลัดแพร",
    ("O3", "กุสุมาลย์"): "no answer; deadline (moved by the holiday) is after the end of the log",
    ("O3", "โพนนาแก้ว"): "24 Oct 09:00: on time because the 3rd day (23 Oct) is a holiday",
    ("O4", "เต่างอย"): "16:05, 35 minutes late",
    ("O4", "ภูพาน"): "22 Oct 08:50",
    ("O4", "วาริชภูมิ"): "only an ack of reminder R1",
    ("O4", "บ้านม่วง"): "15:29, one minute before the deadline",
    ("O5", "บ้านม่วง"): "posted first in ข้อสั่งการ ปค.สน. at 15:40 (does not count), here at 16:45",
    ("O5", "อากาศอำนวย"): "answer in pieces: figures 11:10, photos 11:20, correction 11:35",
    ("O5", "วานรนิวาส"): "16:29, one minute before the deadline",
    ("O5", "คำตากล้า"): "nil answer (ยอดเป็นศูนย์)",
    ("O6", "กุดบาก"): "22 Oct 13:20",
    ("O6", "สว่างแดนดิน"): "promised photos in the afternoon, never sent",
    ("O6", "อากาศอำนวย"): "11:58, by a non-coordinating deputy",
    ("O8", "วานรนิวาส"): "24 Oct 13:10",
    ("O8", "อากาศอำนวย"): "only an acknowledgement",
    ("O8", "โคกศรีสุพรรณ"): "pieces: figures 10:35, photos 10:47, correction 10:58",
    ("O8", "บ้านม่วง"): "sender renamed on 22 Oct",
    ("O8", "เจริญศิลป์"): "11:59, one minute before the deadline",
    ("O9", "พรรณานิคม"): "only an acknowledgement",
    ("O9", "วาริชภูมิ"): "LINE reply to สว่างแดนดิน's answer",
}
for d in ALL:
    if LEDGER[-1][4].get(d) == "not-due":
        LEDGER_NOTES[("O10", d)] = "no answer yet; deadline 27 Oct is after the end of the log"

# ---------------- ids and ordering ----------------
for m in M:
    m["iso"] = m["t"].replace(" ", "T") + TZ
by_file = {k: sorted([m for m in M if m["f"] == k], key=lambda m: (m["t"], m["seq"])) for k in FILES}
jsonl_msgs = sorted([m for m in M if FILES[m["f"]][0].endswith(".jsonl")], key=lambda m: (m["t"], m["seq"]))
for i, m in enumerate(jsonl_msgs, 1):
    m["id"] = "s%04d" % i
for m in M:
    m.setdefault("id", "")

def rid(label):
    return LABELS[label]["id"]

def sender_name(m):
    return m["name"]

# ---------------- JSONL ----------------
for k, (fname, group) in FILES.items():
    if not fname.endswith(".jsonl"):
        continue
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
        for ln, m in enumerate(by_file[k], 1):
            m["line"] = ln
            o = {"id": m["id"], "group": group, "time": m["iso"], "sender": sender_name(m)}
            if m["sid"]:
                o["senderId"] = BY[m["who"]]["line_user_id"] or BY[m["who"]]["email"]
            o["type"] = m["type"]
            if m["text"] is not None:
                o["text"] = m["text"]
            if m["reply"]:
                o["replyTo"] = rid(m["reply"])
            if m["event"]:
                o["event"] = m["event"]
            if m["target"]:
                o["target"] = m["target"]
            if m["att"]:
                o["attachment"] = m["att"]
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---------------- export (English UI phone export) ----------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
import datetime
fname, group = FILES["pk"]
lines = ['Chat history in "%s"' % group, "Saved on: 24/10/2025, 21:15", ""]
cur = None
for m in by_file["pk"]:
    day = m["t"][:10]
    if day != cur:
        if cur is not None:
            lines.append("")
        d = datetime.date.fromisoformat(day)
        lines.append("%s, %02d/%02d/%d BE" % (WD[d.weekday()], d.day, d.month, d.year + 543))
        cur = day
    hm = m["t"][11:16]
    m["line"] = len(lines) + 1
    if m["type"] == "system":
        ev = m["event"]
        if ev == "join":
            txt = "%s joined the group." % m["name"]
        elif ev == "leave":
            txt = "%s left the group." % m["name"]
        elif ev == "invite":
            txt = "%s invited %s." % (m["name"], m["target"])
        elif ev == "remove":
            txt = "%s removed %s from the group." % (m["name"], m["target"])
        lines.append("%s\t%s" % (hm, txt))
        continue
    if m["type"] == "image":
        txt = "[Photo]"
    elif m["type"] == "sticker":
        txt = "[Sticker]"
    elif m["type"] == "file":
        txt = "[File]"
    else:
        txt = m["text"]
        if "\n" in txt:
            txt = '"' + txt.replace('"', '""') + '"'
    for j, part in enumerate(txt.split("\n")):
        lines.append(("%s\t%s\t%s" % (hm, m["name"], part)) if j == 0 else part)
with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
    fh.write("\ufeff" + "\n".join(lines) + "\n")

# ---------------- roster ----------------
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in P:
        w.writerow([p["pid"], p["full"], "|".join(p["dns"]), p["role"], p["agency"], p["district"], p["line_user_id"], p["email"]])

# ---------------- truth, near misses, ledger ----------------
truth = []
nms = []
for k in FILES:
    for m in by_file[k]:
        for (rule, who, state, note) in m["truth"]:
            truth.append((rule, FILES[k][0], m["line"], m["id"], who, state, note))
        if m["nm"]:
            nms.append((FILES[k][0], m["line"], m["id"], m["nm"]))

ledger = []
for (o, ap, ds, dl, exc) in LEDGER:
    om = LABELS[o]
    for d in ds:
        st = exc.get(d, "on-time")
        ans = LABELS.get(ap + "_" + d)
        ledger.append(dict(order=om["id"], olabel=o, district=d, state=st, answer=ans["id"] if ans else "",
                           deadline=dl + TZ, note=LEDGER_NOTES.get((o, d), ""), ans=ans, om=om))
        if st == "late":
            truth.append(("SKN-5O", FILES["vc"][0], ans["line"], ans["id"], d, "late",
                          "%s: first answer %s after the deadline %s" % (o, ans["t"][5:16], dl[5:16])))
        elif st == "missing":
            truth.append(("SKN-5O", FILES["vc"][0], om["line"], om["id"], d, "missing",
                          "%s: no answer by the end of the log (deadline %s)" % (o, dl[5:16])))

order_of = {"volunteer-centre.jsonl": 0, "pk-orders.txt": 1, "palad-orders.jsonl": 2, "executives.jsonl": 3,
            "heads.jsonl": 4, "administrators.jsonl": 5}
truth.sort(key=lambda r: (order_of[r[1]], r[2], r[0]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(truth)
nms.sort(key=lambda r: (order_of[r[0]], r[1]))
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(nms)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    for r in ledger:
        w.writerow([r["order"], r["district"], r["state"], r["answer"], r["deadline"], r["note"]])

print("messages", {FILES[k][0]: len(v) for k, v in by_file.items()}, "total", len(M))
print("truth", len(truth), "near misses", len(nms), "ledger", len(ledger))
