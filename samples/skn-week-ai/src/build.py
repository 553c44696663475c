"""Writes week AI's files from the hand-written chats (g_*.py): numbers ids and lines, writes the JSONL
files, the LINE desktop export (Thai UI), roster.csv, truth.csv, near-misses.csv and ledger.csv.
Run: python3 src/build.py"""
import csv, json, os, re, sys, hashlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE, ROWS, DISTRICTS
import g_vol, g_dopa, g_palad, g_exec, g_heads, g_nak

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TH_DAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_dopa.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build(), g_vol.build()]
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, i, m.seq, m) for i, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, x in enumerate(allm, 1):
        x[3].id = f"ai{n:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            p = PEOPLE.get(m.pid)
            if p and p.line and int(hashlib.md5(m.id.encode()).hexdigest(), 16) % 3 != 0:
                rec["senderId"] = p.line
            if m.type == "system":
                rec["type"] = "system"
                rec["event"] = m.event
                if m.target:
                    rec["target"] = m.target
            else:
                rec["type"] = m.type
            if m.text is not None:
                rec["text"] = m.text
            if m.attachment:
                rec["attachment"] = m.attachment
            if m.reply:
                rec["replyTo"] = c.keys[m.reply].id
            lines.append(json.dumps(rec, ensure_ascii=False))
        open(os.path.join(OUT, c.fname), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    ex = [c for c in chats if c.export][0]
    out, day = [], None
    for m in ex.sorted():
        if m.t.date() != day:
            day = m.t.date()
            out.append(f"{day.year}.{day.month:02d}.{day.day:02d} {TH_DAY[day.weekday()]}")
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            body = {"join": f"{m.name} {m.name} เข้าร่วมกลุ่ม", "leave": f"{m.name} {m.name} ออกจากกลุ่ม",
                    "invite": f"{m.name} {m.name} เพิ่ม {m.target} เข้ากลุ่ม",
                    "remove": f"{m.name} {m.name} ลบ {m.target} ออกจากกลุ่ม",
                    "unsend": f"{m.name} ยกเลิกข้อความ"}[m.event]
            out.append(f"{hm} {body}")
        elif m.type == "text":
            parts = m.text.split("\n")
            for p in parts[1:]:
                assert not re.match(r"^\d\d:\d\d ", p) and not re.match(r"^\d{4}\.\d\d\.\d\d ", p), p
            out.append(f"{hm} {m.name} {parts[0]}")
            out.extend(parts[1:])
        else:
            out.append(f"{hm} {m.name} " + {"image": "รูป", "sticker": "สติกเกอร์", "video": "วิดีโอ"}[m.type])
    open(os.path.join(OUT, ex.fname), "w", encoding="utf-8").write("\n".join(out) + "\n")
    wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
         [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
          for p in (PEOPLE[r[0]] for r in ROWS)])
    log_end = max(m.t for c in chats for m in c.msgs)
    assert max(ex.msgs, key=lambda m: m.t).t == log_end
    # ledger
    ans = {}
    for m in ex.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2]) not in ans, tg
                ans[(tg[1], tg[2])] = m
    ledger, duty = [], []
    for ok, o in sorted(g_vol.ORDERS.items(), key=lambda kv: kv[1]["msg"].t):
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in ans
                continue
            a = ans.get((ok, d))
            if a:
                assert a.t > o["msg"].t and PEOPLE[a.pid].district == d, (ok, d)
                st = "on-time" if a.t <= o["deadline"] else "late"
                note = f"{ok}: {a.name} ({PEOPLE[a.pid].role}), {a.t.strftime('%a %d %H:%M')}" + (" (photos)" if a.type == "image" else "")
            else:
                st = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{ok}: no answer in the log" + ("" if st == "missing" else ", deadline after the log's end")
            ledger.append([o["msg"].line, d, st, a.line if a else "", o["deadline"].isoformat(), note])
            if st in ("late", "missing"):
                cite = a if st == "late" else o["msg"]
                duty.append((cite, d, st, f"{ok} ({o['topic']}): " + (
                    f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}" if st == "late"
                    else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    order = [c.fname for c in chats]
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((order.index(c.fname), m.line, tg[1], c.fname, m.id or "", tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order.index(c.fname), m.line, c.fname, m.id or "", tg[1]))
    for cite, d, st, note in duty:
        truth.append((order.index(ex.fname), cite.line, "SKN-5O", ex.fname, "", d, st, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], [[r[2], r[3], r[1], r[4], r[5], r[6], r[7]] for r in truth])
    wcsv("near-misses.csv", ["file", "line", "message", "why"], [[r[2], r[1], r[3], r[4]] for r in near])
    json.dump({"log_end": log_end.isoformat(), "counts": {c.fname: len(c.msgs) for c in chats},
               "orders": {k: dict(line=o["msg"].line, time=o["msg"].t.isoformat(), sender=o["msg"].name,
                                  districts=o["districts"], deadline=o["deadline"].isoformat(), topic=o["topic"], why=o["why"])
                          for k, o in g_vol.ORDERS.items()}},
              open(os.path.join(OUT, "src", "summary.json"), "w"), ensure_ascii=False, indent=1)
    print("log end", log_end)
    tot = sum(len(c.msgs) for c in chats)
    for c in chats:
        print(c.fname, len(c.msgs), f"{len(c.msgs) / tot:.0%}")
    print("total", tot)
    print(sorted(Counter(r[2] for r in truth).items()), "findings", len(truth))
    print(Counter(r[2] for r in ledger), "near", len(near))


if __name__ == "__main__":
    main()
