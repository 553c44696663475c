"""Lays out the week AN chats and writes roster.csv, the chats, truth.csv, near-misses.csv and ledger.csv
from the hand annotations in g_*.py. The ledger is only tabulated here: which message answers which
order for which district is written by hand (A tags); this script takes the first one and compares
its time with the deadline worked out by hand (O tags)."""
import csv
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from roster import roster_rows, DISTRICTS  # noqa: E402
import g_sor, g_pj, g_exec, g_heads, g_nak, g_pk  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = [g_sor.S, g_pj.J, g_exec.E, g_heads.H, g_nak.G]
EXPORT = g_pk.K
CHATS = JSONL + [EXPORT]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    nid = 1
    for c in JSONL:
        nid = c.finish("an", nid)
    EXPORT.finish("an", 0)
    for c in JSONL:
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            for r in c.json_rows():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = EXPORT.export_lines()
    with open(os.path.join(OUT, EXPORT.fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              roster_rows())

    end = max(m.time for c in CHATS for m in c.msgs)

    # ---- ledger from the hand tags ----
    orders, answers = [], {}
    S = g_sor.S
    for m in S.msgs:
        for t in m.tags:
            if t[0] == "O":
                orders.append((m, t))
            if t[0] == "A":
                answers.setdefault((t[1], t[2]), []).append((m, t[3]))
    ledger, five = [], []
    for om, (_, key, dists, deadline, reason) in orders:
        dl = datetime.datetime.fromisoformat(deadline)
        for d in (dists or DISTRICTS):
            got = sorted(answers.pop((key, d), []), key=lambda x: x[0].time)
            if got:
                am, note = got[0]
                assert am.time > om.time, (key, d)
                st = "on-time" if am.time <= dl else "late"
                ledger.append([om.id, d, st, am.id, deadline, note])
                if st == "late":
                    five.append(["SKN-5O", S.fname, am.line, am.id, d, "late",
                                 f"{key}: answered {am.time:%H:%M %d} Nov, deadline {deadline[:16]}"])
            else:
                st = "missing" if dl < end else "not-due"
                ledger.append([om.id, d, st, "", deadline, ""])
                if st == "missing":
                    five.append(["SKN-5O", S.fname, om.line, om.id, d, "missing",
                                 f"{key}: no answer by the end of the log (deadline {deadline[:16]})"])
    assert not answers, f"answers tagged for districts no order addresses: {list(answers)}"
    write_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)

    # ---- truth and near misses ----
    truth, near = [], []
    for c in CHATS:
        for m in c.msgs:
            for t in m.tags:
                if t[0] == "F":
                    _, rule, note, who = t
                    truth.append([rule, c.fname, m.line, m.id, who or (m.target if m.event == "invite" else m.name), "", note])
                elif t[0] == "N":
                    near.append([c.fname, m.line, m.id, t[1]])
    truth += five
    forder = {c.fname: i for i, c in enumerate([g_pk.K] + JSONL)}
    truth.sort(key=lambda r: (forder[r[1]], r[2]))
    near.sort(key=lambda r: (forder[r[0]], r[1]))
    write_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth)
    write_csv("near-misses.csv", ["file", "line", "message", "why"], near)

    # ---- a summary for TRUTH.md ----
    summ = {"end": end.isoformat(), "counts": {c.fname: len(c.msgs) for c in CHATS},
            "orders": [], "truth": truth, "near": near, "ledger": ledger}
    bykey = {}
    for om, (_, key, dists, deadline, reason) in orders:
        rec = {"key": key, "id": om.id, "line": om.line, "time": om.time.isoformat(), "sender": om.name,
               "districts": dists, "deadline": deadline, "reason": reason, "rows": []}
        summ["orders"].append(rec)
        bykey[om.id] = rec
    idline = {m.id: (m.line, m.time, m.name) for m in S.msgs}
    for o, d, st, a, dl, note in ledger:
        r = {"district": d, "state": st, "note": note}
        if a:
            r.update(id=a, line=idline[a][0], time=idline[a][1].isoformat(), sender=idline[a][2])
        bykey[o]["rows"].append(r)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summ, f, ensure_ascii=False, indent=1)
    print({c.fname: len(c.msgs) for c in CHATS}, "end", end)


if __name__ == "__main__":
    main()
