"""Lays out week BB: numbers lines and ids, writes the chats, roster, ledger, truth and near misses.
The messages, the answers' assignment to orders and every truth note are written by hand in g_*.py."""
import csv, json, os, datetime
from collections import Counter
from people import PEOPLE, ROWS, DISTRICTS
import g_vol, g_other

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
FILE_ORDER = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "palad-orders.jsonl", "heads-chiefs.jsonl",
              "nakpokkhrong.jsonl", "executives-export.txt"]


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_vol.build(), g_other.pakkhrong(), g_other.palad(), g_other.heads(), g_other.nakpok(), g_other.executives()]
    assert [c.fname for c in chats] == FILE_ORDER
    jsonl = [c for c in chats if not c.export]
    ev = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for k, (_, _, _, m) in enumerate(ev, 1):
        m.id = f"bb{k:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            r = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sender_id:
                r["senderId"] = m.sender_id
            r["type"] = m.type
            if m.text is not None:
                r["text"] = m.text
            if m.reply:
                r["replyTo"] = c.keys[m.reply].id
            if m.event:
                r["event"] = m.event
            if m.target:
                r["target"] = m.target
            if m.attachment:
                r["attachment"] = m.attachment
            lines.append(json.dumps(r, ensure_ascii=False))
        open(os.path.join(OUT, c.fname), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    ex = chats[-1]
    out = ["\ufeff[LINE] ประวัติการแชทในกลุ่ม \"%s\"" % ex.group, "บันทึกเมื่อ 13/03/2569 22:05"]
    day = None
    for m in ex.sorted():
        d = m.t.date()
        if d != day:
            out += ["", f"{TH_WD[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}"]
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
            out += f"{hm}\t{m.name}\t{body}".split("\n")
        else:
            out.append(f"{hm}\t{m.name}\t" + {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]", "video": "[วิดีโอ]"}[m.type])
    open(os.path.join(OUT, ex.fname), "w", encoding="utf-8").write("\n".join(out) + "\n")
    wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
         [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email] for p in (PEOPLE[r[0]] for r in ROWS)])
    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    log_end = last.t
    assert last.chat.fname == "volunteer-centre.jsonl"
    answers = {}
    for m in chats[0].msgs:
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2], tg[3]) not in answers, tg
                answers[(tg[1], tg[2], tg[3])] = m
    used = set()
    ledger, duty = [], []
    for ok, o in sorted(g_vol.ORDERS.items(), key=lambda kv: kv[1]["msg"].t):
        for d, slot, dl in sorted(o["duties"], key=lambda x: (DISTRICTS.index(x[0]), x[1])):
            a = answers.get((ok, d, slot))
            used.add((ok, d, slot))
            if a:
                assert a.t > o["msg"].t and PEOPLE[a.pid].district == d, (ok, d)
                st = "on-time" if a.t <= dl else "late"
                kind = "photos alone" if a.type == "image" else "file" if a.type == "file" else "text"
                note = f"{ok} {o['topic']}" + (f", report for {slot:02d} Mar" if slot else "") + \
                       f"; {a.name} ({PEOPLE[a.pid].role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
            else:
                st = "missing" if dl < log_end else "not-due"
                note = f"{ok} {o['topic']}" + (f", report for {slot:02d} Mar" if slot else "") + "; no answer in ศอ.จอส.จว.สน."
            if ok == "O1":
                note += "; the order describes whom it asks (declared drought districts): the six named in the 08:30 summary"
            ledger.append([o["msg"].id, d, st, a.id if a else "", dl.isoformat(), note])
            if st in ("late", "missing"):
                cite = a if st == "late" else o["msg"]
                duty.append((cite, d, st, f"{ok} ({o['topic']}" + (f", {slot:02d} Mar" if slot else "") + "): " +
                             (f"answered {a.t.strftime('%a %d %H:%M')}, deadline {dl.strftime('%a %d %H:%M')}" if st == "late"
                              else f"no answer by the end of the log (deadline {dl.strftime('%a %d %H:%M')})")))
    assert set(answers) <= used, set(answers) - used
    wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    truth, near = [], []
    for fi, c in enumerate(chats):
        for m in c.sorted():
            mid = m.id or ""
            for tg in m.tags:
                if tg[0] == "F":
                    dflt = m.target if (m.type == "system" and m.event == "invite") else m.name
                    truth.append((fi, m.line, tg[1], [tg[1], c.fname, m.line, mid, tg[3] or dflt, "", tg[2]]))
                elif tg[0] == "N":
                    near.append((fi, m.line, [c.fname, m.line, mid, tg[1]]))
    for cite, d, st, note in duty:
        truth.append((0, cite.line, "SKN-5O", ["SKN-5O", cite.chat.fname, cite.line, cite.id, d, st, note]))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], [x[3] for x in truth])
    wcsv("near-misses.csv", ["file", "line", "message", "why"], [x[2] for x in near])
    json.dump({"log_end": log_end.isoformat(), "counts": {c.fname: len(c.msgs) for c in chats},
               "rules": Counter(x[2] for x in truth), "states": Counter(r[2] for r in ledger), "near": len(near)},
              open(os.path.join(OUT, "src", "summary.json"), "w"), ensure_ascii=False, indent=1)
    print(log_end, {c.fname: len(c.msgs) for c in chats}, sum(len(c.msgs) for c in chats))
    print(Counter(x[2] for x in truth), Counter(r[2] for r in ledger), "near", len(near))


main()
