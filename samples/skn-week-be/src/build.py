"""Lays out week BE: numbers lines and ids, writes the chats, the roster, and tabulates the hand-written
tags into truth.csv, ledger.csv, near-misses.csv and TRUTH.md."""
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
from chat import BKK, when  # noqa: E402
import g_vol, g_pak, g_palad, g_exec, g_heads, g_nak  # noqa: E402

ID_PREFIX = "be"
EXPORT_NAME = "[LINE] แชทในกลุ่ม ข้อสั่งการ ปจ.สน..txt"
SAVED_ON = "25/09/2569 22:10"
TH_WEEKDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def deadline(day, hm):
    if hm == "23:59:59":
        return datetime.datetime(2026, 9, day, 23, 59, 59, tzinfo=BKK)
    return when(day, hm)


def main():
    chats = [g_vol.build(), g_pak.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    order_files = [c.fname for c in chats]
    for c in chats:
        c.finish()

    # ids over the JSONL files in time order
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"{ID_PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            sid = m.sender_id()
            if sid:
                rec["senderId"] = sid
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

    # the phone export (Thai UI)
    for c in chats:
        if not c.export:
            continue
        c.fname = EXPORT_NAME
        out = [f"\ufeff[LINE] ประวัติการแชทในกลุ่ม \"{c.group}\"", "บันทึกเมื่อ " + SAVED_ON]
        day = None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append("")
                out.append(f"{TH_WEEKDAY[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            name = getattr(m, "export_name", None) or m.name
            if m.type == "system":
                tgt = m.target
                txt = {"invite": f"{name} เพิ่ม {tgt} เข้ากลุ่ม", "join": f"{name} เข้าร่วมกลุ่ม",
                       "remove": f"{name} ลบ {tgt} ออกจากกลุ่ม", "leave": f"{name} ออกจากกลุ่ม",
                       "unsend": f"{name} ยกเลิกข้อความ"}[m.event]
                out.append(f"{hm}\t\t{txt}")
            elif m.type == "text":
                body = m.text
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{hm}\t{name}\t{body}".split("\n"))
            else:
                ph = {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]", "video": "[วิดีโอ]"}[m.type]
                out.append(f"{hm}\t{name}\t{ph}")
        with open(os.path.join(OUT, EXPORT_NAME), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # roster
    rows = []
    for r in ROWS:
        p = PEOPLE[r[0]]
        rows.append([p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email])
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"], rows)

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl", last.chat.fname
    log_end = last.t

    # ledger
    vol = chats[0]
    orders = g_vol.ORDERS
    answers = {}
    for m in vol.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2], tg[3]), []).append(m)
    used = set()
    ledger, duty_findings = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        om = o["msg"]
        slots = ([(day, deadline(day, hm)) for day, hm in o["daily"]] if "daily" in o
                 else [(None, deadline(*o["deadline"]))])
        o["slots"] = slots
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert not any(k[0] == ok and k[1] == d for k in answers), (ok, d)
                continue
            for day, dl in slots:
                ans = answers.get((ok, d, day), [])
                assert len(ans) <= 1, (ok, d, day)
                used.add((ok, d, day))
                a = ans[0] if ans else None
                if a is not None:
                    assert a.t > om.t, (ok, d)
                    p = PEOPLE.get(a.pid)
                    assert p is not None and p.district == d, (ok, d, a.name)
                    state = "on-time" if a.t <= dl else "late"
                    kind = ("photos alone" if a.type == "image" else "file" if a.type == "file" else
                            "text" + (" + file" if any(x.type == "file" for x in post_of(a)) else "")
                            + (" + photos" if any(x.type == "image" for x in post_of(a)) else ""))
                    note = f"{a.name} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                    if day:
                        note = f"day {day} Sep; " + note
                else:
                    state = "missing" if dl < log_end else "not-due"
                    note = (f"day {day} Sep; " if day else "") + ("no answer by the end of the log" if state == "missing"
                                                                  else "due after the log ends")
                ledger.append([om.id, d, state, a.id if a else "", dl.isoformat(), note])
                if state in ("late", "missing"):
                    cite = a if state == "late" else om
                    dtxt = dl.strftime("%a %d %H:%M")
                    txt = (f"{ok}{' day ' + str(day) if day else ''}: first answer {a.t.strftime('%a %d %H:%M')}, after the deadline {dtxt}"
                           if state == "late" else
                           f"{ok}{' day ' + str(day) if day else ''}: no answer by the end of the log (deadline {dtxt})")
                    duty_findings.append((cite, d, state, txt, dl))
    for k in answers:
        assert k in used, ("answer tag for no duty", k)
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    # truth and near misses
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    dflt = m.target if (m.type == "system" and m.event == "invite") else m.name
                    truth.append((order_files.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or dflt, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order_files.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, note, dl in duty_findings:
        truth.append((0, cite.line, "SKN-5O", cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2] == "SKN-5O", x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    # one near-miss row per line
    seen = set()
    near2 = []
    for x in near:
        k = (x[2], x[1])
        if k in seen:
            raise SystemExit(f"two near-miss tags on {k}")
        seen.add(k)
        near2.append(x)
    near = near2
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, truth=truth,
                                                       near=near, log_end=log_end, notices=g_vol.NOTICES))
    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname}: {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    print(sorted(Counter(r[2] for r in truth).items()))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"), "5O", sum(1 for r in truth if r[2] == "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


def post_of(m):
    """The message and the media its sender sent with it (same minute, same sender, no one between)."""
    c = m.chat
    ms = c.sorted()
    i = ms.index(m)
    out = [m]
    for x in ms[i + 1:]:
        if x.name == m.name and x.type in ("image", "file", "video") and (x.t - m.t).total_seconds() < 120:
            out.append(x)
        else:
            break
    return out


if __name__ == "__main__":
    main()
