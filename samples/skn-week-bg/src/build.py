"""Lays out week BG: numbers lines and ids, writes the chats, the roster, and the hand-written truth
(tags carried by the messages in g_*.py) as truth.csv, ledger.csv, near-misses.csv and TRUTH.md."""
import csv
import json
import os
from collections import Counter

from people import PEOPLE, ROWS, DISTRICTS
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_heads, g_nak
import truth_md

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bg"


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_volunteer.build(), g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    order = [c.fname for c in chats]
    jsonl = [c for c in chats if not c.export]
    every = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for k, (_, _, _, m) in enumerate(every, 1):
        m.id = f"{PREFIX}{k:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "sender": m.name}
            if m.sender_id:
                rec["senderId"] = m.sender_id
            rec["time"] = m.t.isoformat()
            rec["type"] = m.type
            if m.text is not None:
                rec["text"] = m.text
            # the @mentions stay in the text: a JSONL log gives mentions, when at all, as one string
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            if m.event:
                rec["event"] = m.event
            if m.target:
                rec["target"] = m.target
            if m.attachment:
                rec["attachment"] = m.attachment
            lines.append(json.dumps(rec, ensure_ascii=False))
        open(os.path.join(OUT, c.fname), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    for c in chats:
        if not c.export:
            continue
        out, day = [], None
        for m in c.sorted():
            if m.t.date() != day:
                day = m.t.date()
                out.append(day.strftime("%Y.%m.%d %A"))
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"join": f"{m.name} joined the group.", "leave": f"{m.name} left the group.",
                       "invite": f"{m.name} invited {m.target}.", "remove": f"{m.name} removed {m.target} from the group."}[m.event]
                out.append(f"{hm} {m.name} {txt}")
            elif m.type == "text":
                out.extend(f"{hm} {m.name} {m.text}".split("\n"))
            else:
                out.append(f"{hm} {m.name} " + {"image": "Photos", "sticker": "Stickers", "video": "Videos"}[m.type])
        open(os.path.join(OUT, c.fname), "w", encoding="utf-8").write("\n".join(out) + "\n")
    write_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])
    log_end = max(m.t for c in chats for m in c.msgs)
    vol = chats[0]
    assert max(m.t for m in vol.msgs) == log_end
    answers = {}
    for m in vol.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2], tg[3]), []).append(m)
    orders = g_volunteer.ORDERS
    ledger, duty = [], []
    used = set()
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert not any(k[0] == ok and k[1] == d for k in answers), (ok, d)
                continue
            for di, dl in enumerate(o["deadlines"]):
                a = answers.get((ok, d, di), [])
                assert len(a) <= 1, (ok, d, di)
                a = a[0] if a else None
                if a:
                    used.add((ok, d, di))
                    p = PEOPLE[a.pid]
                    assert p.district == d and a.t > o["msg"].t, (ok, d)
                    st = "on-time" if a.t <= dl else "late"
                    kind = "photos alone" if a.type == "image" else "text"
                    nxt = [x for x in vol.msgs[a.seq + 1:a.seq + 4] if x.pid == a.pid and x.type in ("image", "file")]
                    if a.type == "text" and nxt:
                        kind += " + " + ("file" if nxt[0].type == "file" else "photos")
                    note = f"{a.name} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                    if sum(1 for tg in a.tags if tg[0] == "A") > 1:
                        note += ", one numbered answer to two orders"
                else:
                    st = "missing" if dl < log_end else "not-due"
                    note = "no answer in ศอ.จอส.จว.สน." if st == "missing" else "due after the log ends"
                if len(o["deadlines"]) > 1:
                    note = f"day {di + 1} ({dl.strftime('%a %d')}); " + note
                ledger.append([o["msg"].id, d, st, a.id if a else "", dl.isoformat(), note])
                if st in ("late", "missing"):
                    cite = a if st == "late" else o["msg"]
                    txt = (f"{ok}: first answer {a.t.strftime('%a %d %b %H:%M')}, after the deadline {dl.strftime('%a %d %b %H:%M')}"
                           if st == "late" else f"{ok}: no answer by the end of the log (deadline {dl.strftime('%a %d %b %H:%M')})")
                    if len(o["deadlines"]) > 1:
                        txt += f" — day {di + 1} of the daily report"
                    duty.append((cite, d, st, txt))
    assert used == set(answers), set(answers) - used
    write_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((order.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, st, txt in duty:
        truth.append((0, cite.line, "SKN-5O", vol.fname, cite, d, st, txt))
    truth.sort(key=lambda x: (x[0], x[1], x[2], x[5]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, m.id or "", who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv("near-misses.csv", ["file", "line", "message", "why"], [[f, ln, m.id or "", why] for _, ln, f, m, why in near])
    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth, near=near, log_end=log_end))
    print("log end", log_end)
    for c in chats:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in chats))
    print(Counter(r[2] for r in truth))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
