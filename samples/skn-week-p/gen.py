import os
# Writes the week-P data set: roster.csv, five JSONL logs, one LINE export, truth.csv, ledger.csv, near-misses.csv.
# The findings are the hand annotations placed on each message in gen_vol.py / gen_groups.py / gen_export.py;
# this script only numbers lines and ids and applies the hand-set deadlines to the annotated answers.
import csv, json, random, datetime as dt
from gen_common import P, PK, DNAME
import gen_vol, gen_groups, gen_export

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"

def roster():
    with open(OUT + "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
        for p in P:
            w.writerow([p["pid"], p["full"], "|".join(p["disp"]), p["role"], p["agency"],
                        DNAME.get(p["dist"], ""), p["uid"], p["email"] or ""])

def main():
    roster()
    vol, ORDERS = gen_vol.build()
    logs = [vol, gen_groups.dopa(), gen_groups.palad(), gen_groups.executives(), gen_groups.agency()]
    for L in logs:
        L.msgs.sort(key=lambda m: m["time"])     # stable
    # ids in global time order
    allm = sorted([(m["time"], li, i) for li, L in enumerate(logs) for i, m in enumerate(L.msgs)])
    for n, (_, li, i) in enumerate(allm, 1):
        logs[li].msgs[i]["id"] = "p%04d" % n
    R = random.Random(17)
    truth, near = [], []
    bykey = {}
    for L in logs:
        for ln, m in enumerate(L.msgs, 1):
            m["line"], m["file"] = ln, L.fname
            if m["key"]:
                bykey[m["key"]] = m
    for L in logs:
        with open(OUT + L.fname, "w", encoding="utf-8") as f:
            for m in L.msgs:
                o = {"id": m["id"], "group": L.group, "time": m["time"], "sender": m["sender"]}
                p = PK.get(m["who"])
                if p and m["sid"] is not False and m["type"] != "system":
                    if p["uid"] and R.random() < 0.6:
                        o["senderId"] = p["uid"]
                    elif not p["uid"] and p["email"] and R.random() < 0.3:
                        o["senderId"] = p["email"]
                o["type"] = m["type"]
                if m["text"] is not None:
                    o["text"] = m["text"]
                if m["reply"]:
                    o["replyTo"] = bykey[m["reply"]]["id"]
                if m["event"]:
                    o["event"] = m["event"]
                if m["target"]:
                    o["target"] = m["target"]
                if m["type"] in ("image", "video") and not m["att"]:
                    m["att"] = "IMG_%s.jpg" % m["id"][1:]
                if m["att"]:
                    o["attachment"] = m["att"]
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
                for rule, who, note in m["truth"]:
                    truth.append((rule, L.fname, m["line"], m["id"], who, "", note))
                if m["near"]:
                    near.append((L.fname, m["line"], m["id"], m["near"]))
    # ledger
    end = max(m["time"] for L in logs for m in L.msgs)
    endt = dt.datetime.fromisoformat(end)
    answers = {}
    for m in vol.msgs:
        for ok, s in m["answers"]:
            answers.setdefault((ok, s), []).append(m)
    ledger = []
    for ok, od in ORDERS.items():
        om = bykey[ok]
        ot = dt.datetime.fromisoformat(om["time"])
        dl = od["deadline"]
        if dl is None:
            dl = (ot + dt.timedelta(hours=24)).isoformat()
            od["deadline"] = dl
        dlt = dt.datetime.fromisoformat(dl)
        for s in od["dists"]:
            ans = sorted(answers.get((ok, s), []), key=lambda m: m["time"])
            if ans:
                a = ans[0]
                at = dt.datetime.fromisoformat(a["time"])
                st = "on-time" if at <= dlt else "late"
                ledger.append((om["id"], DNAME[s], st, a["id"], dl, "%s; answered %s by %s" % (ok, a["time"][5:16], a["sender"].strip())))
                if st == "late":
                    truth.append(("SKN-5O", vol.fname, a["line"], a["id"], DNAME[s], "late",
                                  "%s (order %s): first answer %s, after the deadline %s" % (ok, om["id"], a["time"][5:16], dl[5:16])))
            else:
                st = "missing" if dlt <= endt else "not-due"
                ledger.append((om["id"], DNAME[s], st, "", dl, "%s; no answer by the end of the log (%s)" % (ok, end[5:16])))
                if st == "missing":
                    truth.append(("SKN-5O", vol.fname, om["line"], om["id"], DNAME[s], "missing",
                                  "%s: no answer by the end of the log %s (deadline %s)" % (ok, end[5:16], dl[5:16])))
    # export
    lines, etruth, enear, ecount = gen_export.build()
    with open(OUT + gen_export.FILE, "w", encoding="utf-8") as f:
        f.write("\ufeff" + "\n".join(lines) + "\n")
    truth += etruth
    near += enear
    with open(OUT + "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["rule", "file", "line", "message", "who", "state", "note"]); w.writerows(truth)
    with open(OUT + "ledger.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["order", "district", "state", "answer", "deadline", "note"]); w.writerows(ledger)
    with open(OUT + "near-misses.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["file", "line", "message", "why"]); w.writerows(near)
    # facts for TRUTH.md
    facts = {"end": end, "orders": {k: dict(id=bykey[k]["id"], line=bykey[k]["line"], time=bykey[k]["time"], deadline=v["deadline"],
                                             why=v["why"], dists=[DNAME[s] for s in v["dists"]]) for k, v in ORDERS.items()},
             "keys": {k: dict(id=m["id"], line=m["line"], file=m["file"], time=m["time"]) for k, m in bykey.items()},
             "counts": {L.fname: len(L.msgs) for L in logs}, "export_records": ecount}
    json.dump(facts, open(OUT + "facts.json", "w"), ensure_ascii=False, indent=1)

main()
