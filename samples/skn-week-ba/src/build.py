"""Lays out week BA: numbers lines and ids, writes the chats, roster, truth, ledger, near misses and TRUTH.md.
The messages and every truth note are written by hand in g_sor.py and g_other.py."""
import csv
import json
import os
import re

from frame import PEOPLE, ROWS, DISTRICTS, CHIEF
import g_sor
import g_other

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PFX = "ba"
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    sor = g_sor.build()
    chats = [g_other.pk(), sor, g_other.pj(), g_other.ex(), g_other.hd(), g_other.np_()]
    jsonl = [c for c in chats if not c.export]
    allm = []
    for fi, c in enumerate(jsonl):
        for m in c.sorted():
            allm.append((m.t, fi, m.seq, m))
    allm.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"{PFX}{n:04d}"
    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            sid = m.sender_id
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
    # the PC export (English UI, Save chat): no header, date lines, HH:MM name text, raw continuation lines
    for c in chats:
        if not c.export:
            continue
        out, day = [], None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append(f"{d.year}.{d.month:02d}.{d.day:02d} {EN_DAY[d.weekday()]}")
                day = d
            m.line = len(out) + 1
            hm = m.t.strftime("%H:%M")
            if m.type == "text":
                body = m.text
                for cl in body.split("\n")[1:]:
                    assert not re.match(r"\d{1,2}:\d\d ", cl) and not re.match(r"\d{4}\.\d\d\.\d\d ", cl) and cl.strip(), cl
            elif m.type == "image":
                body = "Photos"
            elif m.type == "sticker":
                body = "Stickers"
            elif m.type == "system":
                body = {"join": f"{m.name} joined the group.", "leave": f"{m.name} left the group.",
                        "invite": f"{m.name} invited {m.target}.", "remove": f"{m.name} removed {m.target} from the group."}[m.event]
            else:
                raise ValueError(m.type)
            out.extend(f"{hm} {m.name} {body}".split("\n"))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # SKN-CAP in ผู้บริหารจังหวัด และนายอำเภอ (letter's count 22): the 23rd admitted person to appear
    ex = chats[3]
    admit = {"governor", "vice_governor", "provincial_palad", "district_chief"}
    seen = []
    for m in ex.sorted():
        if m.type == "system" and m.event in ("remove", "leave"):
            continue
        pid = m.target_pid if (m.type == "system" and m.event == "invite") else m.pid
        if pid and PEOPLE[pid].roles & admit and pid not in seen:
            seen.append(pid)
            if len(seen) == 23:
                assert m.key == "cap23", m.name
                m.tags.append(("F", "SKN-CAP", "the 23rd person admitted to ผู้บริหารจังหวัด และนายอำเภอ (governor, 3 vice governors, palad, 18 district chiefs) to appear: more than the letter's count of 22", m.name))
    assert len(seen) == 23

    END = max(m.t for c in chats for m in c.msgs)
    assert sor.sorted()[-1].t == END

    # roster
    wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
         [[p.pid, p.full, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email] for p in PEOPLE.values()])

    # truth + near misses
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append([tg[1], c.fname, m.line, m.id or "", tg[3] or m.name, "", tg[2]])
                elif tg[0] == "N":
                    near.append([c.fname, m.line, m.id or "", tg[1]])
    # ledger
    ledger = []
    fivo = []
    om = {k: sor.keys[k] for k in g_sor.ORDERS}
    ans = {}
    for m in sor.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                ans.setdefault((tg[1], tg[2]), []).append(m)
    for k, o in g_sor.ORDERS.items():
        for d in o["districts"]:
            a = ans.get((k, d))
            dl = o["deadline"]
            note = ""
            if k in ("O2",):
                note = "addressed as 'อำเภอที่น้ำท่วม' and named in the same post"
            if k == "O6":
                note = "described only (อำเภอที่ได้รับผลกระทบ… ตามที่แจ้งไว้เมื่อวันจันทร์): only the 8 districts of Monday's list"
            if k == "O3":
                note = "deadline in the order's text; the 10:40 Wednesday reply moved it to 16:00; no answer falls between the two, same state either way"
            if a:
                a = a[0]
                st = "on-time" if a.t <= dl else "late"
                if st == "late":
                    fivo.append(["SKN-5O", sor.fname, a.line, a.id, d, "late", f"{k}: answered {a.t.strftime('%H:%M %d')} Sep, deadline {dl.isoformat()}"])
                ledger.append([om[k].id, d, st, a.id, dl.isoformat(), note])
            else:
                st = "missing" if dl < END else "not-due"
                if st == "missing":
                    fivo.append(["SKN-5O", sor.fname, om[k].line, om[k].id, d, "missing", f"{k}: no answer by the end of the log (deadline {dl.isoformat()})"])
                ledger.append([om[k].id, d, st, "", dl.isoformat(), note])
        for (kk, d) in ans:
            if kk == k:
                assert d in o["districts"], (k, d)
    fivo.sort(key=lambda r: (r[2]))
    # a line carrying an SKN-5O row is not also listed as a near miss (its posting is allowed, its duty is judged)
    five_lines = {(r[1], r[2]) for r in fivo}
    near = [r for r in near if (r[0], r[1]) not in five_lines]
    merged = {}
    for r in near:
        k = (r[0], r[1], r[2])
        merged[k] = (merged[k] + "; " + r[3]) if k in merged else r[3]
    near = [[k[0], k[1], k[2], w] for k, w in merged.items()]
    wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], truth + fivo)
    wcsv("near-misses.csv", ["file", "line", "message", "why"], near)
    wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)

    import truthmd
    truthmd.write(OUT, chats, truth, fivo, near, ledger, g_sor.ORDERS, om, END)


if __name__ == "__main__":
    main()
