"""Lays out week BF: numbers lines and ids, writes the chats, the roster, truth.csv, ledger.csv and
near-misses.csv from the messages and the tags they carry, and checks every duty's state against the
state written on its answer (or in g_volunteer.MISSING)."""
import csv
import datetime
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_heads, g_nak  # noqa: E402

EXPORT_NAME = "[LINE] แชทในกลุ่ม นักปกครองสกลนคร.txt"
EXPORT_SAVED = "20/11/2569 22:07"
FILE_ORDER = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl",
              "heads-chiefs.jsonl", EXPORT_NAME]
TH_WEEKDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def hm(t):
    return t.strftime("%a %d %H:%M")


def main():
    chats = [g_volunteer.build(), g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    assert [c.fname for c in chats] == FILE_ORDER, [c.fname for c in chats]

    jsonl = [c for c in chats if not c.export]
    everything = []
    for fi, c in enumerate(jsonl):
        for m in c.msgs:
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"bf{n:04d}"

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

    for c in chats:
        if not c.export:
            continue
        out = [f"\ufeff[LINE] ประวัติการแชทในกลุ่ม \"{c.group}\"", "บันทึกเมื่อ " + EXPORT_SAVED]
        day = None
        for m in c.msgs:
            d = m.t.date()
            if d != day:
                out.append("")
                out.append(f"{TH_WEEKDAY[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}")
                day = d
            t = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม", "join": f"{m.name} เข้าร่วมกลุ่ม",
                       "remove": f"{m.name} ลบ {m.target} ออกจากกลุ่ม", "leave": f"{m.name} ออกจากกลุ่ม",
                       "unsend": f"{m.name} ยกเลิกข้อความ"}[m.event]
                out.append(f"{t}\t\t{txt}")
            elif m.type == "text":
                body = m.text
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{t}\t{m.name}\t{body}".split("\n"))
            else:
                out.append(f"{t}\t{m.name}\t" + {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]",
                                                  "video": "[วิดีโอ]"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl", last.chat.fname
    log_end = last.t

    vol = chats[0]
    orders = g_volunteer.ORDERS
    answers = {}
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2]), []).append((m, tg[3]))
    for (ok, d) in answers:
        assert ok in orders and d in orders[ok]["districts"], (ok, d)
    ledger, duty_findings = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                continue
            ans = answers.get((ok, d), [])
            assert len(ans) <= 1, (ok, d)
            a, want = ans[0] if ans else (None, None)
            if a is not None:
                assert a.t > o["msg"].t, (ok, d)
                p = PEOPLE.get(a.pid)
                assert p is not None and p.district == d, (ok, d, a.name)
                state = "on-time" if a.t <= o["deadline"] else "late"
                assert state == want, (ok, d, state, want, a.t)
                assert (ok, d) not in g_volunteer.MISSING
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                assert (state == "missing") == ((ok, d) in g_volunteer.MISSING), (ok, d, state)
            if a is not None:
                prev = vol.msgs[a.seq - 1] if a.seq else None
                nxt = vol.msgs[a.seq + 1] if a.seq + 1 < len(vol.msgs) else None
                kind = "photos alone" if a.type == "image" else "text"
                if a.type == "text" and nxt is not None and nxt.pid == a.pid and nxt.type in ("image", "file"):
                    kind += " + " + ("photos" if nxt.type == "image" else "file")
                note = f"{a.name} ({PEOPLE[a.pid].role}), {kind}, {hm(a.t)}"
                if a.reply:
                    note += ", reply to " + ("the order" if a.reply == ok else "a reminder")
                multi = [tg[1] for tg in a.tags if tg[0] == "A"]
                if len(multi) > 1:
                    note += ", one numbered answer to " + " and ".join(multi)
            else:
                note = "no answer in ศอ.จอส.จว.สน." + (" by the end of the log" if state == "missing" else "; due after the log ends")
            ledger.append([o["msg"].id, d, state, a.id if a else "", o["deadline"].isoformat(), f"{ok}: " + note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                duty_findings.append((cite, d, state,
                                      f"{ok} ({o['topic']}): " + (f"first answer {hm(a.t)}, after the deadline {hm(o['deadline'])}" if state == "late"
                                                                  else f"no answer by the end of the log (deadline {hm(o['deadline'])})")))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((FILE_ORDER.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, note in duty_findings:
        truth.append((0, cite.line, "SKN-5O", cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth,
                                                       near=near, log_end=log_end, answers=answers))
    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname:40s} {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    rc = Counter(r[2] for r in truth)
    print(dict(sorted(rc.items())), "posting/membership", sum(v for k, v in rc.items() if k != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near), Counter(r[2] for r in near))


if __name__ == "__main__":
    main()
