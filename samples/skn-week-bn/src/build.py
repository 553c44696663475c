"""Writes week BN into the folder above: the five JSONL chats, the PC export, roster.csv, truth.csv,
ledger.csv, near-misses.csv and TRUTH.md, from the chats and their tags in g_*.py."""
import csv
import json
import os
from collections import Counter

from people import PEOPLE, ROWS, DISTRICTS
import g_so, g_pk, g_pj, g_ex, g_hd, g_nk

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID_PREFIX = "bn"
TH_DAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
PLACEHOLDER = {"image": "รูป", "sticker": "สติกเกอร์", "video": "วิดีโอ", "file": "ไฟล์"}


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def export_lines(c):
    out = []
    day = None
    for m in c.msgs:
        d = m.t.date()
        if d != day:
            out.append(f"{d.year}.{d.month:02d}.{d.day:02d} {TH_DAY[d.weekday()]}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            txt = {"invite": f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม", "join": f"{m.name} เข้าร่วมกลุ่ม",
                   "leave": f"{m.name} ออกจากกลุ่ม", "remove": f"{m.name} ลบ {m.target} ออกจากกลุ่ม",
                   "announce": f"{m.name} เพิ่มประกาศ", "unsend": "ยกเลิกข้อความ"}[m.event]
            out.append(f"{hm} {m.name} {txt}")
        elif m.type == "text":
            out.extend(f"{hm} {m.name} {m.text}".split("\n"))
        else:
            out.append(f"{hm} {m.name} {PLACEHOLDER[m.type]}")
    return out


def main():
    chats = [g_so.build(), g_pk.build(), g_pj.build(), g_ex.build(), g_hd.build(), g_nk.build()]
    order = [c.fname for c in chats]
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, i, m.seq, m) for i, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"{ID_PREFIX}{n:04d}"
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
    so = chats[0]
    with open(os.path.join(OUT, so.fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(export_lines(so)) + "\n")

    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    log_end = max(m.t for c in chats for m in c.msgs)
    assert so.msgs[-1].t == log_end

    # ledger
    answers = {}
    for m in so.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2]) not in answers, tg
                answers[(tg[1], tg[2])] = m
                assert PEOPLE[m.pid].district == tg[2], (tg, m.name)
    ledger, duty_rows = [], []
    for ok, o in sorted(g_so.ORDERS.items(), key=lambda kv: so.keys[kv[1]["msg"]].t):
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            om = so.keys[o.get("extra", {}).get(d, o["msg"])]
            a = answers.get((ok, d))
            if a is not None:
                assert a.t > om.t, (ok, d)
                state = "on-time" if a.t <= o["deadline"] else "late"
                p = PEOPLE[a.pid]
                word = {"image": "photos", "file": "file", "text": "text", "video": "video"}
                kinds = [word[a.type]]
                k = a.seq + 1
                while k < len(so.msgs) and so.msgs[k].pid == a.pid and so.msgs[k].t == a.t and so.msgs[k].type != "system":
                    w = "caption" if so.msgs[k].type == "text" else word[so.msgs[k].type]
                    if w != kinds[-1]:
                        kinds.append(w)
                    k += 1
                kind = " + ".join(kinds)
                note = f"{ok}: {a.name} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{ok}: no answer in ศอ.จอส.จว.สน." + (" by the end of the log" if state == "missing" else
                                                              " yet; the deadline is after the log ends")
            if om.key != o["msg"]:
                note += f" (duty from the correction at line {om.line})"
            ledger.append([om.line, d, state, a.line if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else om
                why = (f"{ok}: first answer {a.t.strftime('%a %d %b %H:%M')}, after the deadline "
                       f"{o['deadline'].strftime('%a %d %b %H:%M')}" if state == "late" else
                       f"{ok}: no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %b %H:%M')})")
                duty_rows.append((cite, d, state, why))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    default = m.target if (m.type == "system" and m.event == "invite") else m.name
                    truth.append((order.index(c.fname), m.line, tg[1], c.fname, m, tg[3] or default, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, why in duty_rows:
        truth.append((0, cite.line, "SKN-5O", so.fname, cite, d, state, why))
    truth.sort(key=lambda x: (x[0], x[1], x[2], x[5]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, m.id or "", who, stt, note] for _, ln, r, f, m, who, stt, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, m.id or "", why] for _, ln, f, m, why in near])

    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, ledger=ledger, truth=truth, near=near,
                                                        log_end=log_end, orders=g_so.ORDERS))
    print("log end", log_end.isoformat())
    for c in chats:
        print(f"{c.fname:32s} {len(c.msgs)}")
    print("total", sum(len(c.msgs) for c in chats))
    print(sorted(Counter(r[2] for r in truth).items()))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
