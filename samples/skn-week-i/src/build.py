# Lays the hand-written week out into the data files (ids, line numbers, CSVs).
import csv, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DISTRICTS
import frame
from frame import MSGS, KEYS, TRUTH, NEAR, LEDGER, ORDERS
import g_volunteer, g_dopa, g_palad, g_exec, g_heads  # noqa: F401  (they fill frame's tables)
import g_export as gx
import extras  # noqa: F401
gx.E.sort(key=lambda e: (e[0], e[1]))

OUT = os.path.join(os.path.dirname(__file__), "..")

# ids in global time order
allm = [mm for f in MSGS for mm in MSGS[f]]
allm.sort(key=lambda mm: (mm["time"], mm["_seq"]))
for i, mm in enumerate(allm, 1):
    mm["id"] = "i%04d" % i
LINE = {}
for f in MSGS:
    MSGS[f].sort(key=lambda mm: (mm["time"], mm["_seq"]))
    for ln, mm in enumerate(MSGS[f], 1):
        mm["_line"] = ln
for f in MSGS:
    for mm in MSGS[f]:
        if "replyTo" in mm:
            mm["replyTo"] = KEYS[mm["replyTo"]][1]["id"]

FIELDS = ["id", "group", "time", "sender", "senderId", "type", "text", "replyTo", "event", "target", "attachment"]
for f in MSGS:
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        for mm in MSGS[f]:
            out = {k: mm[k] for k in FIELDS if k in mm}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

# the export
lines = list(gx.HEADER)
XLINE = {}
XMSG = []  # (line, day, hm, who, text, key)
day_seen = None
for (day, hm, who, text, k, key) in gx.E:
    if day != day_seen:
        if day_seen is not None:
            lines.append("")
        lines.append("%s %02d/02/2569" % (gx.WEEKDAY[day], day))
        day_seen = day
    ln = len(lines) + 1
    if k:
        XLINE[k] = ln
    XMSG.append((ln, day, hm, who, text, key))
    if "\n" in text:
        body = '"' + text.replace('"', '""') + '"'
    else:
        body = text
    if who is None:
        lines.extend(("%s\t\t%s" % (hm, body)).split("\n"))
    else:
        lines.extend(("%s\t%s\t%s" % (hm, who, body)).split("\n"))
with open(os.path.join(OUT, gx.EXPORT_FILE), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")

# roster
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in P.values():
        w.writerow([p["pid"], p["full"], "|".join(p["disps"]), p["role"], p["agency"], p["district"], p["uid"], p["email"]])


def loc(key):
    f, mm = KEYS[key]
    return f, mm["_line"], mm["id"]


# truth
rows = []
for (rule, key, who, state, note) in TRUTH:
    f, ln, mid = loc(key)
    rows.append([rule, f, ln, mid, who, state, note])
for (rule, key, who, note) in gx.TRUTH_X:
    rows.append([rule, gx.EXPORT_FILE, XLINE[key], "", who, "", note])
ledger_rows = []
for (order, dk, state, ans, note) in LEDGER:
    o = ORDERS[order]
    of, oln, oid = loc(order)
    aid = loc(ans)[2] if ans else ""
    atime = KEYS[ans][1]["time"] if ans else ""
    dname = DISTRICTS[dk]
    if not note:
        note = {"on-time": "answered %s" % atime, "late": "first answer %s, after the deadline" % atime,
                "missing": "no answer by the end of the log", "not-due": "no answer yet; deadline after the end of the log"}[state]
    ledger_rows.append([oid, dname, state, aid, o["deadline"], note])
    if state == "late":
        af, aln, aid2 = loc(ans)
        rows.append(["SKN-5O", af, aln, aid2, dname, "late", "order %s (%s); deadline %s; answered %s" % (oid, order, o["deadline"], atime)])
    elif state == "missing":
        rows.append(["SKN-5O", of, oln, oid, dname, "missing", "order %s (%s); deadline %s; no answer" % (oid, order, o["deadline"])])

order_rank = {"SKN-1": 1, "SKN-2": 2, "SKN-2P": 3, "SKN-3": 4, "SKN-4": 5, "SKN-4P": 6, "SKN-5": 7, "SKN-5P": 8,
              "SKN-5O": 9, "SKN-6": 10, "SKN-6P": 11, "SKN-ALL": 12, "OUTSIDER": 13}
rows.sort(key=lambda r: (r[1], int(r[2]), order_rank[r[0]], r[4]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(rows)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows(ledger_rows)
nrows = []
for (key, why) in NEAR:
    f, ln, mid = loc(key)
    nrows.append([f, ln, mid, why])
for (key, why) in gx.NEAR_X:
    nrows.append([gx.EXPORT_FILE, XLINE[key], "", why])
nrows.sort(key=lambda r: (r[0], int(r[1])))
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(nrows)

# a machine-readable side file for TRUTH.md writing and checks (order keys -> ids)
with open(os.path.join(OUT, "src", "orders.json"), "w", encoding="utf-8") as fh:
    json.dump({k: dict(v, id=loc(k)[2], line=loc(k)[1], time=KEYS[k][1]["time"], sender=KEYS[k][1]["sender"])
               for k, v in ORDERS.items()}, fh, ensure_ascii=False, indent=1)
json.dump({k: v[1]["id"] for k, v in KEYS.items()}, open(os.path.join(OUT, "src", "keys.json"), "w"), indent=0)
print({f: len(MSGS[f]) for f in MSGS}, "export messages", len(XMSG), "export lines", len(lines))
print("truth", len(rows), "near", len(nrows), "ledger", len(ledger_rows))
