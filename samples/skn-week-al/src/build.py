"""Writes week AL: the five JSONL chats, the PC export, roster.csv, truth.csv, near-misses.csv, ledger.csv and TRUTH.md.
It only numbers, times and tabulates; every message, truth note and near-miss reason is written by hand in g_*.py
and truth_md.py."""
import csv
import json
import os
from collections import Counter

from people import PEOPLE, ROWS
import g_vol, g_pk, g_pj, g_exec, g_nak, g_heads
import truth_md

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "al"
MRULE = {"ข้อสั่งการ ปค.สน.": "SKN-2", "ข้อสั่งการ ปจ.สน.": "SKN-3", "ผู้บริหารจังหวัด และนายอำเภอ": "SKN-4",
         "หน.ส่วนราชการ-นอภ.สน.": "SKN-6", "นักปกครองสกลนคร": "SKN-1", "ศอ.จอส.จว.สน.": "SKN-5"}
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_vol.build(), g_pk.build(), g_pj.build(), g_exec.build(), g_nak.build(), g_heads.build()]
    # the same minute must keep the written order
    for c in chats:
        ms = c.sorted()
        for a, b in zip(ms, ms[1:]):
            if a.t.replace(second=0) == b.t.replace(second=0) and b.seq < a.seq and b.chat is a.chat:
                raise SystemExit(f"{c.fname}: order inverted within {a.t:%d %H:%M}: {a.text!r} / {b.text!r}")
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, i, m.seq, m) for i, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"{PREFIX}{n:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sender_id:
                rec["senderId"] = m.sender_id
            rec["type"] = m.type
            if m.event:
                rec["event"] = m.event
            if m.target:
                rec["target"] = m.target
            if m.text is not None:
                rec["text"] = m.text
            if m.attachment:
                rec["attachment"] = m.attachment
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    for c in chats:
        if not c.export:
            continue
        out, day = [], None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append(f"{d:%Y.%m.%d} {WEEKDAY[d.weekday()]}")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                       "leave": f"{m.name} left the group.", "remove": f"{m.name} removed {m.target} from the group."}[m.event]
                out.append(f"{hm} {m.name} {txt}")
            elif m.type == "text":
                out.extend(f"{hm} {m.name} {m.text}".split("\n"))
            else:
                out.append(f"{hm} {m.name} " + {"image": "Photos", "sticker": "Stickers", "video": "Videos"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # roster
    write_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    # findings and near misses
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    _, rule, note, who = tg
                    if who is None:
                        who = m.target if (m.type == "system" and m.event == "invite") else m.name
                    truth.append(dict(rule=rule, c=c, m=m, who=who.replace("\u2068", "").replace("\u2069", ""),
                                      state="", note=note))
                elif tg[0] == "N":
                    near.append((c, m, tg[1]))
    # SKN-5O from the orders and their hand-tagged answers
    vol = chats[0]
    answers = {}
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                k = (tg[1], tg[2])
                assert k not in answers, k
                answers[k] = (m, tg[3])
    log_end = max(m.t for c in chats for m in c.msgs)
    ledger, orders = [], []
    for o in g_vol.ORDERS:
        om = vol.keys[o["key"]]
        rows = []
        for d in o["districts"]:
            if (o["key"], d) in answers:
                am, note = answers[(o["key"], d)]
                assert am.t > om.t
                st = "on-time" if am.t <= o["deadline"] else "late"
                if st == "late":
                    assert note, (o["key"], d)
                    truth.append(dict(rule="SKN-5O", c=vol, m=am, who=d, state="late", note=note))
                else:
                    assert not note, (o["key"], d)
            else:
                am = None
                st = "missing" if o["deadline"] < log_end else "not-due"
                if st == "missing":
                    truth.append(dict(rule="SKN-5O", c=vol, m=om, who=d, state="missing", note=o["missing"][d]))
                else:
                    assert d not in o["missing"]
            rows.append((d, st, am))
            ledger.append([om.id, d, st, am.id if am else "", o["deadline"].isoformat(),
                           g_vol.LEDGER_NOTES.get((o["key"], d), "")])
        assert set(o["missing"]) == {d for d, st, _ in rows if st == "missing"}, o["key"]
        orders.append((o, om, rows))
    for (ok, d) in answers:
        assert any(o["key"] == ok and d in o["districts"] for o in g_vol.ORDERS), (ok, d)
    truth.sort(key=lambda r: (chats.index(r["c"]), r["m"].line, r["rule"] != MRULE[r["c"].group] and r["rule"] != "OUTSIDER"))
    write_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"],
              [[r["rule"], r["c"].fname, r["m"].line, r["m"].id or "", r["who"], r["state"], r["note"]] for r in truth])
    near.sort(key=lambda x: (chats.index(x[0]), x[1].line))
    write_csv("near-misses.csv", ["file", "line", "message", "why"], [[c.fname, m.line, m.id or "", why] for c, m, why in near])
    write_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    truth_md.write(os.path.join(OUT, "TRUTH.md"), chats, truth, near, orders, log_end)
    print({c.fname: len(c.msgs) for c in chats}, sum(len(c.msgs) for c in chats))
    print(Counter(r["rule"] for r in truth), len(near), Counter(r[2] for r in ledger))


if __name__ == "__main__":
    main()
