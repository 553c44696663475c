"""Writes week BD's chats, roster, truth, ledger and near misses into the week's folder (the parent of src/).
The messages and every truth note are written in the g_*.py files; this only numbers lines and ids,
writes the formats, and tabulates the ledger from the answers tagged there (each tag also states the
state worked out by hand, and the build stops if the clock disagrees)."""
import csv
import datetime
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_nak, g_heads  # noqa: E402
import truth_md  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bd"
EN_WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SAVED_ON = "Saved on: 13/11/2569 BE, 22:10"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    import json
    chats = [g_volunteer.build(), g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_nak.build(), g_heads.build()]
    jsonl = [c for c in chats if not c.export]
    every = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(every, 1):
        m.id = f"{PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.msgs, 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sender_id:
                rec["senderId"] = m.sender_id
            rec["type"] = m.type
            if m.text is not None:
                rec["text"] = m.text
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            if m.event:
                rec["event"] = m.event
            if m.target:
                rec["target"] = m.target
            if m.attachment:
                rec["attachment"] = m.attachment
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    # the English-UI phone export (Thai region, Buddhist calendar)
    for c in chats:
        if not c.export:
            continue
        out = ["\ufeffChat history in \"" + c.group + "\"", SAVED_ON, ""]
        day = None
        for m in c.msgs:
            d = m.t.date()
            if d != day:
                if day is not None:
                    out.append("")
                out.append(f"{EN_WEEKDAY[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year + 543} BE")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                       "remove": f"{m.name} removed {m.target} from the group.", "leave": f"{m.name} left the group.",
                       "unsend": f"{m.name} unsent a message."}[m.event]
                out.append(f"{hm}\t\t{txt}")
            elif m.type == "text":
                body = m.text
                assert not body.startswith('"'), body
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
            else:
                out.append(f"{hm}\t{m.name}\t" + {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]",
                                                   "video": "[Video]"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl"
    log_end = last.t

    # ledger
    vol = chats[0]
    orders = g_volunteer.ORDERS
    for o in orders.values():
        if o["deadline"] is None:  # no deadline in the text: 24 hours from the order
            o["deadline"] = o["msg"].t + datetime.timedelta(hours=24)
    answers = {}
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                assert tg[1] in orders and tg[2] in orders[tg[1]]["districts"], tg
                assert (tg[1], tg[2]) not in answers, tg
                answers[(tg[1], tg[2])] = (m, tg[3])
    ledger, duty = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                continue
            a, expect = answers.get((ok, d), (None, None))
            if a is not None:
                p = PEOPLE[a.pid]
                assert p.district == d and a.t > o["msg"].t, (ok, d)
                state = "on-time" if a.t <= o["deadline"] else "late"
                assert state == expect, (ok, d, state, expect)
                kind = ("photos alone" if a.type == "image" and a.post is a and not any(
                    x.post is a and x.type == "text" for x in vol.msgs) else
                        "photos, then a caption" if a.type == "image" else
                        "file" if a.type == "file" else "text")
                if a.type == "text" and any(x.post is a and x.type == "image" for x in vol.msgs):
                    kind += " + photos"
                note = f"{o['label']}: {a.name} ({p.role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{o['label']}: no answer in ศอ.จอส.จว.สน." + ("" if state == "missing" else " yet; due after the log")
            ledger.append([o["msg"].id, d, state, a.id if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                why = (f"{o['label']} ({o['topic']}): first answer {a.t.strftime('%a %d %H:%M')}, after the deadline "
                       f"{o['deadline'].strftime('%a %d %H:%M')}" if state == "late" else
                       f"{o['label']} ({o['topic']}): no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")
                duty.append((cite, d, state, why))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    order_files = [c.fname for c in chats]
    truth, near = [], []
    for c in chats:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    who = tg[3] or (m.target if m.type == "system" and m.event == "invite" else m.name)
                    who = who.replace("\u2068", "").replace("\u2069", "")
                    truth.append((order_files.index(c.fname), m.line, tg[1], c.fname, m, who, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order_files.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, why in duty:
        truth.append((0, cite.line, "SKN-5O", cite.chat.fname, cite, d, state, why))
    truth.sort(key=lambda x: (x[0], x[1], x[2] != "SKN-5O" and x[2] or "~", x[5]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth,
                                                      near=near, log_end=log_end))
    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname:45s} {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    print(Counter(r[2] for r in truth))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
