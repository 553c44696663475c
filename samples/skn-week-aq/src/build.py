"""Writes week AQ's chats, roster and hand-worked truth into the folder above src/.
Only layout here: ids, line numbers, seconds, file writing, tabulating the ledger from the answers marked
by hand (A tags) and the deadlines written by hand in g_vol.ORDERS."""
import csv
import datetime
import json
import os
from collections import Counter

import week
from people import PEOPLE, ROWS, DISTRICTS
from chat import Chat
import g_vol, g_dopa, g_palad, g_exec, g_nak, g_heads

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EN_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def iso(t):
    return t.isoformat()


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    chats = [g_vol.build(), g_dopa.build(), g_palad.build(), g_exec.build(), g_nak.build(), g_heads.build()]
    assert [c.fname for c in chats] == week.FILE_ORDER
    by_file = {c.fname: c for c in chats}

    jsonl = [c for c in chats if not c.export]
    everything = []
    for fi, c in enumerate(jsonl):
        for m in c.sorted():
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{week.ID_PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": iso(m.t), "sender": m.name}
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

    # the LINE for PC export, English UI: no header, no BOM, date lines "2026.07.13 Monday", "HH:MM name text",
    # continuation lines raw, Photos / Stickers, system lines with the actor in the sender place
    for c in chats:
        if not c.export:
            continue
        out = []
        day = None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append(f"{d.year}.{d.month:02d}.{d.day:02d} {EN_WEEKDAY[d.weekday()]}")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                       "remove": f"{m.name} removed {m.target} from the group.",
                       "leave": f"{m.name} left the group."}[m.event]
                out.append(f"{hm} {m.name} {txt}")
            elif m.type == "text":
                out.extend(f"{hm} {m.name} {m.text}".split("\n"))
            elif m.type == "image":
                out.append(f"{hm} {m.name} Photos")
            elif m.type == "sticker":
                out.append(f"{hm} {m.name} Stickers")
            else:
                raise ValueError(m.type)
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    roster_rows = []
    for r in ROWS:
        p = PEOPLE[r[0]]
        roster_rows.append([p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email])
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              roster_rows)

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl", last.chat.fname
    log_end = last.t

    orders = g_vol.ORDERS
    answers = {}
    for m in by_file["volunteer-centre.jsonl"].sorted():
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2]), []).append(m)
    ledger, duty_findings = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            ans = answers.get((ok, d), [])
            assert len(ans) <= 1, (ok, d)
            a = ans[0] if ans else None
            if a is not None:
                assert a.t > o["msg"].t
                state = "on-time" if a.t <= o["deadline"] else "late"
                p = PEOPLE.get(a.pid)
                assert p is not None and p.district == d, (ok, d, a.name)
                prev = a.chat.sorted()
                kind = "photos alone" if a.type == "image" and not any(
                    x.pid == a.pid and x.type == "text" and 0 < (x.t - a.t).total_seconds() <= 180 for x in prev) else \
                    "photos, then a caption" if a.type == "image" else "file" if a.type == "file" else "text"
                if a.type == "text":
                    nxt = [x for x in prev if x.pid == a.pid and x.type in ("image", "file") and 0 < (x.t - a.t).total_seconds() <= 180]
                    if nxt:
                        kind += " + " + ("file" if nxt[0].type == "file" else "photos")
                note = f"{a.name} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                if a.reply:
                    note += ", reply to the order"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = week.SPECIAL.get((ok, d), "no answer in ศอ.จอส.จว.สน. by the end of the log")
            ledger.append([o["msg"].id, d, state, a.id if a else "", iso(o["deadline"]), note, ok])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                duty_findings.append((cite, "SKN-5O", d, state,
                                      f"{ok} ({o['topic']}): " + (f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}" if state == "late"
                                                                   else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"],
              [r[:6] for r in ledger])

    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((week.FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((week.FILE_ORDER.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, rule, d, state, note in duty_findings:
        truth.append((0, cite.line, rule, cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    import truthmd
    truthmd.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth,
                                                      near=near, log_end=log_end))
    print("log end", log_end.isoformat())
    for c in chats:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in chats))
    print(Counter(r[2] for r in truth))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
