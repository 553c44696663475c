"""Lay out week AU: number ids and lines, write the JSONL files and the LINE for PC export,
and tabulate truth.csv, ledger.csv and near-misses.csv from the hand-written annotations.
Run from this folder: python3 build.py"""
import csv, json, os, sys, hashlib
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from roster import PEOPLE
import g_pakkhrong, g_palad, g_heads, g_nak, g_sor, g_exec

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "au"
JSONL_ORDER = [g_pakkhrong, g_palad, g_heads, g_nak, g_sor]
TZ = "+07:00"
TH_WEEKDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]

ID_OF = {}
for p in PEOPLE:
    for n in p[2].split("|"):
        ID_OF.setdefault(n, []).append(p[6])

def sender_id(name):
    ids = ID_OF.get(name, [])
    if len(ids) == 1 and ids[0]:
        return ids[0]
    return None

def parse_t(t):
    day, hm = t.split(" ")
    parts = hm.split(":")
    h, mi = int(parts[0]), int(parts[1])
    s = int(parts[2]) if len(parts) > 2 else None
    return int(day), h, mi, s

def assign_times(msgs):
    """Seconds (layout only): the k-th message written in the same minute gets a small offset + 8k seconds."""
    last = None
    k = 0
    for r in msgs:
        d, h, mi, s = parse_t(r["t"])
        key = (d, h, mi)
        if key == last:
            k += 1
        else:
            k = 0
            last = key
        if s is None:
            s = (h * 31 + mi * 17 + d * 7) % 11 + 1 + 8 * k
            assert s < 60, r
        r["dt"] = datetime(2026, 8, d, h, mi, s)
    for a, b in zip(msgs, msgs[1:]):
        assert a["dt"] <= b["dt"], (a["t"], b["t"], b.get("text", "")[:30])

def att_name(r, k):
    if r.get("attachment"):
        return r["attachment"]
    h = hashlib.md5((r["dt"].isoformat() + r["who"] + str(k)).encode()).hexdigest()[:8].upper()
    if r["type"] == "image":
        return "IMG_" + h + ".jpg"
    if r["type"] == "video":
        return "VID_" + h + ".mp4"
    return "FILE_" + h

def build():
    counter = 0
    truth, nms, ledger = [], [], []
    per_sender = {}
    labels = {}
    all_times = []
    files_info = []
    for g in JSONL_ORDER:
        msgs = g.MSGS
        assign_times(msgs)
        lines = []
        for i, r in enumerate(msgs):
            counter += 1
            r["id"] = "%s%04d" % (PREFIX, counter)
            r["line"] = i + 1
            r["file"] = g.FILE
            if r.get("lab"):
                labels[(g.FILE, r["lab"])] = r
        for i, r in enumerate(msgs):
            o = {"id": r["id"], "group": g.GROUP, "time": r["dt"].isoformat() + TZ, "sender": r["who"]}
            sid = sender_id(r["who"])
            n = per_sender.get(r["who"], 0)
            per_sender[r["who"]] = n + 1
            if sid and r.get("sid", True) and n % 3 != 2:
                o["senderId"] = sid
            o["type"] = r["type"]
            if r["type"] == "text":
                o["text"] = r["text"]
            elif r["type"] in ("image", "video", "file"):
                o["attachment"] = att_name(r, i)
            elif r["type"] == "system":
                o["event"] = r["event"]
                if r.get("target"):
                    o["target"] = r["target"]
                if r.get("stext"):
                    o["text"] = r["stext"]
            if r.get("rep"):
                o["replyTo"] = labels[(g.FILE, r["rep"])]["id"]
            lines.append(json.dumps(o, ensure_ascii=False))
            all_times.append(r["dt"])
        with open(os.path.join(OUT, g.FILE), "w", encoding="utf-8") as w:
            w.write("\n".join(lines) + "\n")
        files_info.append((g, msgs))
    # the export
    g = g_exec
    msgs = g.MSGS
    assign_times(msgs)
    out = []
    cur_day = None
    for r in msgs:
        d = r["dt"].date()
        if d != cur_day:
            out.append("%s %s" % (d.strftime("%Y.%m.%d"), TH_WEEKDAY[d.weekday()]))
            cur_day = d
        hm = r["dt"].strftime("%H:%M")
        r["line"] = len(out) + 1
        r["file"] = g.FILE
        r["id"] = ""
        if r["type"] == "text":
            body = r["text"].split("\n")
            out.append("%s %s %s" % (hm, r["who"], body[0]))
            out.extend(body[1:])
        elif r["type"] == "image":
            out.append("%s %s รูป" % (hm, r["who"]))
        elif r["type"] == "sticker":
            out.append("%s %s สติกเกอร์" % (hm, r["who"]))
        elif r["type"] == "video":
            out.append("%s %s วิดีโอ" % (hm, r["who"]))
        elif r["type"] == "system" and r["event"] == "unsend":
            out.append("%s %s ยกเลิกข้อความ" % (hm, r["who"]))
        elif r["type"] == "system" and r["event"] == "leave":
            out.append("%s %s %s ออกจากกลุ่ม" % (hm, r["who"], r["who"]))
        else:
            raise SystemExit("no export layout for %r" % r)
        all_times.append(r["dt"].replace(second=0))
    with open(os.path.join(OUT, g.FILE), "w", encoding="utf-8") as w:
        w.write("\n".join(out) + "\n")
    files_info.append((g, msgs))
    end = max(all_times)

    # truth and near misses from the annotations
    for g, msgs in files_info:
        for r in msgs:
            for t in r.get("tr", []):
                who = t[2] if len(t) > 2 else r["who"]
                truth.append([t[0], g.FILE, r["line"], r["id"], who, "", t[1]])
            if r.get("nm"):
                nms.append([g.FILE, r["line"], r["id"], r["nm"]])
    # SKN-5O: orders and answers (states written by hand, checked against the clock here)
    sor = g_sor.MSGS
    orders = {}
    for r in sor:
        if r.get("o"):
            orders[r["o"]] = r
    answers = {}
    for r in sor:
        if r.get("a"):
            o, dist, state, note = r["a"]
            assert (o, dist) not in answers, (o, dist)
            answers[(o, dist)] = (r, state, note)
    summary = {"end": end.isoformat() + TZ, "orders": {}}
    for o, spec in g_sor.ORDERS.items():
        orow = orders[o]
        dl = datetime.fromisoformat(spec["deadline"]).replace(tzinfo=None)
        summ = {"line": orow["line"], "id": orow["id"], "time": orow["dt"].isoformat(), "sender": orow["who"],
                "deadline": spec["deadline"], "how": spec["how"], "topic": spec["topic"],
                "n": len(spec["districts"]), "states": {}}
        for dist in spec["districts"]:
            if (o, dist) in answers:
                r, state, note = answers[(o, dist)]
                assert r["dt"] > orow["dt"]
                clock = "on-time" if r["dt"] <= dl else "late"
                assert clock == state, (o, dist, state, clock)
                ledger.append([o, orow["id"], dist, state, r["id"], r["line"], spec["deadline"], note, r])
                if state == "late":
                    truth.append(["SKN-5O", g_sor.FILE, r["line"], r["id"], dist, "late",
                                  "%s: answered %s, deadline %s" % (o, r["dt"].strftime("%H:%M %d Aug"), spec["deadline"][:16])])
            else:
                state = "missing" if dl < end else "not-due"
                assert dist in spec.get("missing", []) or state == "not-due", (o, dist)
                ledger.append([o, orow["id"], dist, state, "", "", spec["deadline"], spec.get("notes", {}).get(dist, ""), None])
                if state == "missing":
                    truth.append(["SKN-5O", g_sor.FILE, orow["line"], orow["id"], dist, "missing",
                                  "%s: no answer by the end of the log (deadline %s)" % (o, spec["deadline"][:16])])
            summ["states"].setdefault(state, []).append([dist, ledger[-1][5]])
        for dist in spec.get("missing", []):
            assert (o, dist) not in answers
        for (oo, dist) in answers:
            assert dist in g_sor.ORDERS[oo]["districts"], (oo, dist)
        summary["orders"][o] = summ
    fileorder = [g.FILE for g in JSONL_ORDER] + [g_exec.FILE]
    truth.sort(key=lambda x: (fileorder.index(x[1]), x[2]))
    nms.sort(key=lambda x: (fileorder.index(x[0]), x[1]))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as w:
        cw = csv.writer(w, lineterminator="\n")
        cw.writerow(["rule", "file", "line", "message", "who", "state", "note"])
        cw.writerows(truth)
    with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as w:
        cw = csv.writer(w, lineterminator="\n")
        cw.writerow(["file", "line", "message", "why"])
        cw.writerows(nms)
    with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as w:
        cw = csv.writer(w, lineterminator="\n")
        cw.writerow(["order", "district", "state", "answer", "deadline", "note"])
        for o, oid, dist, state, aid, aline, dl, note, r in ledger:
            cw.writerow([oid, dist, state, aid, dl, note])
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as w:
        cw = csv.writer(w, lineterminator="\n")
        cw.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
        cw.writerows(PEOPLE)
    summary["files"] = [[g.FILE, g.GROUP, len(msgs)] for g, msgs in files_info]
    summary["truth"] = truth
    summary["nms"] = nms
    json.dump(summary, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "summary.json"), "w"),
              ensure_ascii=False, indent=1, default=str)
    print("messages", sum(len(m) for _, m in files_info), [(f, n) for f, _, n in summary["files"]])
    print("end", end, "truth", len(truth), "near misses", len(nms), "duties", len(ledger))

if __name__ == "__main__":
    build()
