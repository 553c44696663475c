"""Writes week BI's chats, roster, truth, ledger and near misses into the week's folder
(python3 src/build.py from anywhere)."""
import csv
import datetime
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_heads, g_nak  # noqa: E402

ID_PREFIX = "bi"
EN_WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SAVED_ON = "Saved on: 22/08/2569 BE, 07:48"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    chats = [g_volunteer.build(), g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    file_order = [c.fname for c in chats]
    for c in chats:  # every chat is written in time order; keep it so
        srt = c.sorted()
        for a, b in zip(srt, c.msgs):
            assert a is b, (c.fname, a.t, a.text, b.t, b.text)

    jsonl = [c for c in chats if not c.export]
    everything = []
    for fi, c in enumerate(jsonl):
        for m in c.msgs:
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{ID_PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.msgs, 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sid:
                rec["senderId"] = m.sid
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
        out = [f"\ufeffChat history in \"{c.group}\"", SAVED_ON]
        day = None
        for m in c.msgs:
            d = m.t.date()
            if d != day:
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
    assert last.chat.fname == "volunteer-centre.jsonl", last.chat.fname
    log_end = last.t

    # ledger
    vol = chats[0]
    orders = g_volunteer.ORDERS
    answers = {}
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2]), []).append(m)
    for (ok, d), ms in answers.items():
        assert ok in orders and d in orders[ok]["districts"], (ok, d)
        assert len(ms) == 1, (ok, d)
    ledger, duty_findings = [], []
    for ok in sorted(orders, key=lambda k: (orders[k]["msg"].t, k)):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                continue
            a = answers.get((ok, d), [None])[0]
            if a is not None:
                assert a.t > o["msg"].t, (ok, d)
                state = "on-time" if a.t <= o["deadline"] else "late"
                p = PEOPLE[a.pid]
                assert p.district == d, (ok, d)
                nxt = vol.msgs[a.seq + 1] if a.seq + 1 < len(vol.msgs) else None
                kind = ("photos alone" if a.type == "image" else "file" if a.type == "file" else
                        "text" + (" + photos" if nxt is not None and nxt.pid == a.pid and nxt.type == "image" and (nxt.t - a.t).total_seconds() < 120 else "")
                        + (" + file" if nxt is not None and nxt.pid == a.pid and nxt.type == "file" and (nxt.t - a.t).total_seconds() < 120 else ""))
                note = f"{a.name} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M:%S')}"
                if sum(1 for t in a.tags if t[0] == "A") > 1:
                    note += ", numbered answer to two orders"
                if a.reply:
                    note += ", reply to the order"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = "no answer in ศอ.จอส.จว.สน."
            note = f"{ok}" + (f" (measure {o['measure']})" if o["measure"] else "") + ": " + note
            ledger.append([o["msg"].id, d, state, a.id if a else "", o["deadline"].isoformat(), note, ok])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                dl = o["deadline"].strftime("%a %d %b %H:%M")
                text = (f"{ok}: first answer {a.t.strftime('%a %d %b %H:%M')}, after the deadline {dl}" if state == "late"
                        else f"{ok}: no answer by the end of the log (deadline {dl})")
                duty_findings.append((cite, d, state, text))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"],
              [r[:6] for r in ledger])

    truth, near = [], []
    for c in chats:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((file_order.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((file_order.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, note in duty_findings:
        truth.append((0, cite.line, "SKN-5O", cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2] != "SKN-5O", x[2], x[5]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"),
                   dict(chats=chats, orders=orders, ledger=ledger, truth=truth, near=near, log_end=log_end))
    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname:45s} {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    print(sorted(Counter(r[2] for r in truth).items()))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
