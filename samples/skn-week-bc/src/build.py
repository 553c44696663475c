"""Lays out week BC: numbers lines and ids, writes the five JSONL chats, the LINE-for-PC export of
ศอ.จอส.จว.สน., the roster, and tabulates truth.csv, near-misses.csv and ledger.csv from the truth tags
carried by the messages; then writes TRUTH.md from truth_md.py. Run: python3 src/build.py"""
import csv
import datetime
import hashlib
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_heads, g_nak  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_PREFIX = "bc"
TH_WEEKDAY_FULL = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def spread_seconds(chat):
    """JSONL messages carry seconds: spread the messages of one minute over it, in written order."""
    groups = {}
    for m in chat.msgs:
        groups.setdefault(m.t, []).append(m)
    for t, ms in groups.items():
        h = int(hashlib.sha256(f"{chat.fname}{t.isoformat()}".encode()).hexdigest(), 16)
        start = 2 + h % 14
        step = 9 if len(ms) <= 1 else max(3, min(11, (57 - start) // (len(ms) - 1)))
        for k, m in enumerate(ms):
            m.t = t.replace(second=min(59, start + k * step))


def system_text_export(m):
    if m.event == "invite":
        return f"{m.name} {m.name} เพิ่ม {m.target} เข้ากลุ่ม"
    if m.event == "join":
        return f"{m.name} {m.name} เข้าร่วมกลุ่ม"
    if m.event == "leave":
        return f"{m.name} {m.name} ออกจากกลุ่ม"
    if m.event == "remove":
        return f"{m.name} {m.name} ลบ {m.target} ออกจากกลุ่ม"
    if m.event == "unsend":
        return f"{m.name} ยกเลิกข้อความ"
    raise ValueError(m.event)


def system_text_jsonl(m):
    return {"invite": f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม", "join": f"{m.name} เข้าร่วมกลุ่ม",
            "leave": f"{m.name} ออกจากกลุ่ม", "remove": f"{m.name} ลบ {m.target} ออกจากกลุ่ม",
            "unsend": f"{m.name} ยกเลิกข้อความ"}[m.event]


def main():
    vol = g_volunteer.build()
    jsonl_chats = [g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    chats = [vol] + jsonl_chats
    FILE_ORDER = [c.fname for c in chats]

    # ids over the JSONL files in time order
    for c in jsonl_chats:
        spread_seconds(c)
    everything = []
    for fi, c in enumerate(jsonl_chats):
        for m in c.msgs:
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{ID_PREFIX}{n:04d}"

    for c in jsonl_chats:
        lines = []
        for ln, m in enumerate(c.msgs, 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sender_id:
                rec["senderId"] = m.sender_id
            rec["type"] = m.type
            if m.type == "system":
                rec["event"] = m.event
                if m.target:
                    rec["target"] = m.target
                rec["text"] = system_text_jsonl(m)
            elif m.text is not None:
                rec["text"] = m.text
            if m.attachment:
                rec["attachment"] = m.attachment
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    # the LINE for PC export (Thai UI): no header, date lines YYYY.MM.DD วัน…, "HH:MM name text"
    out = []
    day = None
    for m in vol.msgs:
        d = m.t.date()
        if d != day:
            out.append(f"{d.year}.{d.month:02d}.{d.day:02d} {TH_WEEKDAY_FULL[d.weekday()]}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            out.append(f"{hm} {system_text_export(m)}")
        elif m.type == "text":
            out.extend(f"{hm} {m.name} {m.text}".split("\n"))
        elif m.type == "image":
            out.append(f"{hm} {m.name} รูป")
        elif m.type == "sticker":
            out.append(f"{hm} {m.name} สติกเกอร์")
        elif m.type == "video":
            out.append(f"{hm} {m.name} วิดีโอ")
        else:
            raise ValueError(m.type)
    with open(os.path.join(OUT, vol.fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    # roster
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat is vol, last.chat.fname
    log_end = last.t

    # answers and reminders
    answers = {}
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2]) not in answers, tg
                answers[(tg[1], tg[2])] = m
                p = PEOPLE.get(m.pid)
                assert p is not None and p.district == tg[2], (tg, m.name)
                assert tg[2] in vol.orders[tg[1]]["districts"], tg
                assert m.t > vol.orders[tg[1]]["msg"].t, tg
    for m in vol.msgs:
        for tg in m.tags:
            if tg[0] == "R":
                o = vol.orders[tg[1]]
                owing = [d for d in o["districts"] if not ((tg[1], d) in answers and answers[(tg[1], d)].t < m.t)]
                assert sorted(owing) == sorted(tg[2]), (tg[1], m.t, owing)

    ledger, duty_rows = [], []
    for key in g_volunteer.ORDER_KEYS:
        o = vol.orders[key]
        for d in DISTRICTS:
            if d not in o["districts"]:
                continue
            a = answers.get((key, d))
            if a is not None:
                state = "on-time" if a.t <= o["deadline"] else "late"
                p = PEOPLE[a.pid]
                kind = "photos alone" if a.type == "image" else "text"
                nxt = vol.msgs[a.seq + 1] if a.seq + 1 < len(vol.msgs) else None
                if a.type == "image" and nxt is not None and nxt.pid == a.pid and nxt.type == "text" and nxt.t == a.t:
                    kind = "photos then caption"
                elif a.type == "text" and nxt is not None and nxt.pid == a.pid and nxt.type == "image" and nxt.t == a.t:
                    kind = "text + photos"
                both = [tg[1] for tg in a.tags if tg[0] == "A"]
                note = f"{a.name.strip(chr(0x2068) + chr(0x2069))} ({p.role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                if len(both) > 1:
                    note += ", one message answering " + " and ".join(both)
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = "no answer in ศอ.จอส.จว.สน." + ("" if state == "missing" else " (deadline after the end of the log)")
            ledger.append([str(o["msg"].line), d, state, str(a.line) if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                text = (f"{key} ({o['topic']}): first answer {a.t.strftime('%a %d %H:%M')}, after the deadline {o['deadline'].strftime('%a %d %H:%M')}"
                        if state == "late" else
                        f"{key} ({o['topic']}): no answer by the end of the log ({log_end.strftime('%a %d %H:%M')}); deadline {o['deadline'].strftime('%a %d %H:%M')}")
                duty_rows.append((cite, d, state, text))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((FILE_ORDER.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, text in duty_rows:
        truth.append((0, cite.line, "SKN-5O", vol.fname, cite, d, state, text))
    truth.sort(key=lambda x: (x[0], x[1], x[2] != "SKN-5O", x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, m.id or "", who.strip("\u2068\u2069"), st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, m.id or "", why] for _, ln, f, m, why in near])

    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"),
                   dict(chats=chats, vol=vol, ledger=ledger, truth=truth, near=near, log_end=log_end, answers=answers))

    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname:32s} {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    rc = Counter(r[2] for r in truth)
    print(dict(sorted(rc.items())), "posting/membership", sum(v for k, v in rc.items() if k != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
