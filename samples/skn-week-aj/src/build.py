"""Writes week AJ into the folder above src/: five JSONL chats, the LINE export, roster.csv, truth.csv,
ledger.csv, near-misses.csv and TRUTH.md. The messages and every judgement are written by hand in g_*.py
(F, N and A tags, ORDERS, missing notes); this script lays them out, numbers lines and ids, and tabulates
the ledger, asserting that the tabulation agrees with the states written by hand."""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_sor, g_pk, g_pj, g_exec, g_heads, g_nak  # noqa: E402

CHATS = [g_sor.c, g_pk.c, g_pj.c, g_exec.c, g_heads.c, g_nak.c]
FILE_ORDER = [c.fname for c in CHATS]
TH_WEEKDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
EXPORT_SAVED = "07/08/2569 21:05"


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for c in CHATS:
        order = c.finish()
        per_min = Counter((m.day, m.hm) for m in order)
        assert max(per_min.values()) <= 9, (c.fname, per_min.most_common(1))
    # ids over the JSONL files in time order
    jsonl = [c for c in CHATS if not c.export]
    allm = sorted(((m.t, FILE_ORDER.index(c.fname), m.seq, m) for c in jsonl for m in c.order), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"aj{n:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.order, 1):
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
    # the Android export (Thai UI)
    for c in CHATS:
        if not c.export:
            continue
        out = [f"\ufeff[LINE] ประวัติการแชทในกลุ่ม \"{c.group}\"", "บันทึกเมื่อ " + EXPORT_SAVED]
        day = None
        for m in c.order:
            d = m.t.date()
            if d != day:
                out.append("")
                out.append(f"{TH_WEEKDAY[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม", "join": f"{m.name} เข้าร่วมกลุ่ม",
                       "remove": f"{m.name} ลบ {m.target} ออกจากกลุ่ม", "leave": f"{m.name} ออกจากกลุ่ม"}[m.event]
                out.append(f"{hm}\t\t{txt}")
            elif m.type == "text":
                body = m.text
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
            else:
                out.append(f"{hm}\t{m.name}\t" + {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
    # roster
    rows = []
    for r in ROWS:
        p = PEOPLE[r[0]]
        rows.append([p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email])
    write_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id",
                             "email"], rows)

    last = max((m for c in CHATS for m in c.msgs), key=lambda m: m.t)
    assert last.chat is g_sor.c
    END = last.t

    # ledger: tabulate the hand-tagged answers and check them against the hand states
    orders = g_sor.ORDERS
    answers = {}
    for m in g_sor.c.order:
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2]) not in answers, ("two answers tagged", tg)
                answers[(tg[1], tg[2])] = (m, tg[3], tg[4])
    ledger, duty = [], []
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        om = o["msg"]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            if (ok, d) in answers:
                a, hand, hnote = answers[(ok, d)]
                p = PEOPLE[a.pid]
                assert p.district == d and set(p.roles) & {"district_chief", "deputy_district_chief",
                                                          "coordinating_deputy", "volunteer_center_staff"}, (ok, d)
                assert a.t > om.t, (ok, d)
                state = "on-time" if a.t <= o["deadline"] else "late"
                assert state == hand, (ok, d, state, hand)
                assert d not in o["missing"]
                nxt = [x for x in g_sor.c.order if x.pid == a.pid and x.t > a.t and (x.t - a.t).total_seconds() <= 600]
                kind = {"text": "text", "image": "photos", "file": "file", "sticker": "sticker"}[a.type]
                if nxt:
                    kinds = {x.type for x in nxt}
                    kind += " + " + "/".join(sorted({"image": "photos", "text": "caption", "file": "file"}[k] for k in kinds))
                note = f"{a.name} ({p.role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                if a.reply:
                    note += ", a reply"
                if state == "late":
                    assert hnote
                    duty.append((a, d, "late", hnote))
                ledger.append([om.id, d, state, a.id, o["deadline"].isoformat(), note])
            else:
                state = "missing" if o["deadline"] < END else "not-due"
                if state == "missing":
                    assert d in o["missing"], (ok, d)
                    duty.append((om, d, "missing", o["missing"][d]))
                    note = "no answer in ศอ.จอส.จว.สน. by the end of the log"
                else:
                    assert d not in o["missing"]
                    note = "no answer yet; the deadline falls after the end of the log"
                ledger.append([om.id, d, state, "", o["deadline"].isoformat(), note])
        for d in o["missing"]:
            assert d in o["districts"] and (ok, d) not in answers
    write_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in CHATS:
        for m in c.order:
            fs = [t for t in m.tags if t[0] == "F"]
            ns = [t for t in m.tags if t[0] == "N"]
            assert not (fs and ns), (c.fname, m.line, m.text)
            for tg in fs:
                who = tg[3] or (m.target if (m.type == "system" and m.event == "invite") else m.name)
                truth.append((FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m, who, "", tg[2]))
            for tg in ns:
                near.append((FILE_ORDER.index(c.fname), m.line, c.fname, m, tg[1]))
    for m, d, st, note in duty:
        assert not any(t[0] == "N" for t in m.tags), ("a duty row at a near-miss line", m.id, m.text)
        truth.append((0, m.line, "SKN-5O", m.chat.fname, m, d, st, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2] != "SKN-5O" and x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, m.id or "", who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv("near-misses.csv", ["file", "line", "message", "why"],
              [[f, ln, m.id or "", why] for _, ln, f, m, why in near])

    import truthmd
    truthmd.write(os.path.join(OUT, "TRUTH.md"), dict(chats=CHATS, orders=orders, ledger=ledger, truth=truth,
                                                      near=near, end=END, notices=g_sor.NOTICES))
    print("log end", END.isoformat())
    for c in CHATS:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in CHATS))
    print(sorted(Counter(r[2] for r in truth).items()))
    print(Counter(r[2] for r in ledger), len(ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
