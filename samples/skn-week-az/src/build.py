"""Writes week AZ's chats, the roster and the hand-worked truth into the week's folder (run: python3 src/build.py)."""
import csv
import datetime
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import week  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(week.__file__)))

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
from chat import Chat, BKK  # noqa: E402
import g_volunteer, g_dopa, g_palad, g_exec, g_admin, g_heads  # noqa: E402

FILE_ORDER = ["volunteer-centre.jsonl", "dopa-orders.jsonl", "palad-orders.jsonl", "executives.jsonl",
              "administrators.jsonl", "heads-chiefs-export.txt"]
TH_WEEKDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def iso(t):
    return t.isoformat()


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)




def main():
    chats = [g_volunteer.build(), g_dopa.build(), g_palad.build(), g_exec.build(), g_admin.build(), g_heads.build()]
    by_file = {c.fname: c for c in chats}
    assert [c.fname for c in chats] == FILE_ORDER

    # resolve reply keys, global ids over the JSONL files in time order
    jsonl = [c for c in chats if not c.export]
    everything = []
    for fi, c in enumerate(jsonl):
        for m in c.sorted():
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{week.ID_PREFIX}{n:04d}"

    # JSONL files
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

    # the phone export
    for c in chats:
        if not c.export:
            continue
        out = [f"\ufeff[LINE] ประวัติการแชทในกลุ่ม \"{c.group}\"", "บันทึกเมื่อ " + week.EXPORT_SAVED]
        day = None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append("")
                out.append(f"{TH_WEEKDAY[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                if m.event == "invite":
                    txt = f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม"
                elif m.event == "join":
                    txt = f"{m.name} เข้าร่วมกลุ่ม"
                elif m.event == "remove":
                    txt = f"{m.name} ลบ {m.target} ออกจากกลุ่ม"
                elif m.event == "leave" and True:
                    txt = f"{m.name} ออกจากกลุ่ม"
                else:
                    raise ValueError(m.event)
                out.append(f"{hm}\t\t{txt}")
            elif m.type == "text":
                body = m.text
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
            elif m.type == "image":
                out.append(f"{hm}\t{m.name}\t[รูป]")
            elif m.type == "sticker":
                out.append(f"{hm}\t{m.name}\t[สติกเกอร์]")
            else:
                raise ValueError(m.type)
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # roster
    roster_rows = []
    for r in ROWS:
        p = PEOPLE[r[0]]
        roster_rows.append([p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email])
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              roster_rows)

    # log end
    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl", last.chat.fname
    log_end = last.t

    # ledger
    orders = g_volunteer.ORDERS
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
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
            note = week.SPECIAL.get((ok, d), "no answer in ศอ.จอส.จว.สน.") if a is None else ""
            if a is not None:
                who = a.name
                p = PEOPLE.get(a.pid)
                assert p is not None and p.district == d, (ok, d, a.name)
                kind = ("photos alone" if a.type == "image" else
                        "caption after photos" if a.seq > 0 and a.chat.msgs[a.seq - 1].type == "image" and a.chat.msgs[a.seq - 1].pid == a.pid else
                        "text" + (" + file" if a.seq + 1 < len(a.chat.msgs) and a.chat.msgs[a.seq + 1].type == "file" and a.chat.msgs[a.seq + 1].pid == a.pid else "")
                        + (" + photos" if a.seq + 1 < len(a.chat.msgs) and a.chat.msgs[a.seq + 1].type == "image" and a.chat.msgs[a.seq + 1].pid == a.pid else ""))
                note = f"{who} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                if a.reply:
                    note += ", reply to the order"
            ledger.append([o["msg"].id, d, state, a.id if a else "", iso(o["deadline"]), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                duty_findings.append((cite, "SKN-5O", d, state,
                                      f"{ok} ({o['topic']}): " + (f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}" if state == "late"
                                                                   else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    # truth and near misses
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((FILE_ORDER.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, rule, d, state, note in duty_findings:
        truth.append((0, cite.line, rule, cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    # data for TRUTH.md
    state = dict(chats=chats, orders=orders, ledger=ledger, truth=truth, near=near, log_end=log_end)
    import truth_md
    import words
    truth_md.write(os.path.join(OUT, "TRUTH.md"), state, words)
    print("log end", log_end.isoformat())
    for c in chats:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in chats))
    from collections import Counter
    print(Counter(r[2] for r in truth))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))




if __name__ == "__main__":
    main()
