"""Lays out the week's chats (hand-written in g_sor.py and g_other.py), numbers ids and lines, and writes
roster.csv, the JSONL files, the phone export, truth.csv, ledger.csv and near-misses.csv."""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import week  # noqa: E402
from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_sor, g_other  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE_ORDER = ["volunteer-centre.txt", "pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl",
              "heads-chiefs.jsonl", "nakpokkhrong.jsonl"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_sor.build(), g_other.pakkhrong(), g_other.palad(), g_other.executives(), g_other.heads(),
             g_other.nakpokkhrong()]
    assert [c.fname for c in chats] == FILE_ORDER
    jsonl = [c for c in chats if not c.export]
    ev = []
    for fi, c in enumerate(jsonl):
        for m in c.sorted():
            ev.append((m.t, fi, m.seq, m))
    ev.sort(key=lambda x: x[:3])
    for k, (_, _, _, m) in enumerate(ev, 1):
        m.id = f"{week.ID_PREFIX}{k:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sender_id and int(m.id[2:]) % 3 != 0:
                rec["senderId"] = m.sender_id
            rec["type"] = m.type if m.type != "system" else m.event
            if m.type == "system":
                rec["type"] = "system"
                rec["event"] = m.event
            if m.text is not None:
                rec["text"] = m.text
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            if m.target:
                rec["target"] = m.target
            if m.attachment:
                rec["attachment"] = m.attachment
            lines.append(json.dumps(rec, ensure_ascii=False))
        open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n").write("\n".join(lines) + "\n")
    # the phone export: English UI, Android "Send chat history" (formats-line.md §1.10 A)
    c = chats[0]
    last = c.sorted()[-1].t
    out = ["\ufeffChat history in \"" + c.group + "\"",
           f"Saved on: {last.month}/{last.day}/{last.year}, 22:14"]
    day = None
    for m in c.sorted():
        d = m.t.date()
        if d != day:
            out.append("")
            out.append(f"{EN_WD[d.weekday()]}, {d.month}/{d.day}/{d.year}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            if m.event == "invite":
                out.append(f"{hm}\t{m.name} invited {m.target}.")
            elif m.event == "join":
                out.append(f"{hm}\t{m.name} joined the group.")
            elif m.event == "remove":
                out.append(f"{hm}\t{m.name} removed {m.target} from the group.")
            elif m.event == "leave":
                out.append(f"{hm}\t{m.name} left the group.")
            elif m.event == "unsend":
                out.append(f"{hm}\t{m.name}\t{m.name} unsent a message.")
            else:
                raise ValueError(m.event)
        elif m.type == "text":
            assert "\t" not in m.text and "\n\n" not in m.text
            out.extend(f"{hm}\t{m.name}\t{m.text}".split("\n"))
        else:
            out.append(f"{hm}\t{m.name}\t" + {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]",
                                               "video": "[Video]"}[m.type])
    open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
    # roster
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])
    log_end = max(m.t for ch in chats for m in ch.msgs)
    assert log_end == c.sorted()[-1].t
    # ledger
    orders = g_sor.ORDERS
    answers = {}
    for m in c.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2]), []).append(m)
    ledger, duty = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            ans = answers.get((ok, d), [])
            assert len(ans) <= 1, (ok, d)
            a = ans[0] if ans else None
            if a:
                assert a.t > o["msg"].t, (ok, d)
                assert PEOPLE[a.pid].district == d
                state = "on-time" if a.t <= o["deadline"] else "late"
                note = f"{ok}: {a.name}, {a.t.strftime('%a %d %H:%M')}"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{ok}: no answer in ศอ.จอส.จว.สน." + (" (deadline after the end of the log)" if state == "not-due" else "")
            if len(o["districts"]) < 18:
                note += f"; {ok} asks only the districts its text names ({len(o['districts'])})"
            ledger.append([o["msg"].line, d, state, a.line if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                duty.append((cite, d, state, f"{ok} ({o['topic']}): " + (
                    f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}"
                    if state == "late" else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)
    truth, near = [], []
    for ch in chats:
        for m in ch.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    dflt = m.target if (m.type == "system" and m.event == "invite") else m.name
                    truth.append((FILE_ORDER.index(ch.fname), m.line, tg[1], ch.fname, m, tg[3] or dflt, "", tg[2]))
                elif tg[0] == "N":
                    near.append((FILE_ORDER.index(ch.fname), m.line, ch.fname, m, tg[1]))
    for cite, d, st, note in duty:
        truth.append((0, cite.line, "SKN-5O", cite.chat.fname, cite, d, st, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    # one near-miss row per line
    seen, near2 = set(), []
    for x in near:
        if (x[2], x[1]) in seen:
            continue
        seen.add((x[2], x[1]))
        near2.append(x)
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near2])
    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth,
                                                       near=near2, log_end=log_end))
    from collections import Counter
    print("log end", log_end.isoformat())
    for ch in chats:
        print(ch.fname, len(ch.msgs))
    print("total", sum(len(ch.msgs) for ch in chats))
    print(Counter(r[2] for r in truth))
    print(Counter(r[2] for r in ledger))
    print("near", len(near2))


if __name__ == "__main__":
    main()
