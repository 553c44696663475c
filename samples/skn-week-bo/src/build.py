"""Writes week BO into its folder: the five JSONL chats, the phone export of ศอ.จอส.จว.สน., roster.csv,
ledger.csv, truth.csv, near-misses.csv and the data TRUTH.md is written from."""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from frame import keep_sid  # noqa: E402
from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_pk, g_pj, g_ex, g_hd, g_nk, g_so  # noqa: E402
from so_orders import ORDERS  # noqa: E402

ID_PREFIX = "bo"
TH_WEEKDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SAVED = "11/12/2569 22:03"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def sender_id(m):
    if isinstance(m.want_sid, str):
        return m.want_sid
    if not m.want_sid or m.pid is None or m.name == "ปลัดเบียร์":
        return None
    line = PEOPLE[m.pid].line
    return line if line and keep_sid(m) else None


def main():
    chats = [g_pk.build(), g_pj.build(), g_ex.build(), g_hd.build(), g_nk.build(), g_so.build()]
    file_order = [c.fname for c in chats]
    jsonl = [c for c in chats if not c.export]
    everything = []
    for fi, c in enumerate(jsonl):
        for m in c.sorted():
            everything.append((m.t, fi, m.seq, m))
    everything.sort(key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{ID_PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            sid = sender_id(m)
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

    so = chats[-1]
    out = [f"\ufeff[LINE] ประวัติการแชทในกลุ่ม \"{so.group}\"", "บันทึกเมื่อ " + SAVED]
    day = None
    for m in so.sorted():
        d = m.t.date()
        if d != day:
            out.append("")
            out.append(f"{TH_WEEKDAY[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year + 543}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            txt = {"invite": f"{m.name} เพิ่ม {m.target} เข้ากลุ่ม", "join": f"{m.name} เข้าร่วมกลุ่ม",
                   "remove": f"{m.name} ลบ {m.target} ออกจากกลุ่ม", "leave": f"{m.name} ออกจากกลุ่ม",
                   "unsend": f"{m.name} ยกเลิกข้อความ"}[m.event]
            out.append(f"{hm}\t\t{txt}")
        elif m.type == "text":
            body = m.text
            if "\n" in body:
                body = '"' + body.replace('"', '""') + '"'
            out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
        else:
            out.append(f"{hm}\t{m.name}\t" + {"image": "[รูป]", "sticker": "[สติกเกอร์]", "file": "[ไฟล์]",
                                              "video": "[วิดีโอ]"}[m.type])
    with open(os.path.join(OUT, so.fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat is so, last.chat.fname
    log_end = last.t

    # ledger
    answers = {}
    for m in so.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                answers.setdefault((tg[1], tg[2]), []).append(m)
    for (ok, d) in answers:
        assert ok in ORDERS and d in ORDERS[ok]["districts"], (ok, d)
    ledger, duty_rows = [], []
    for ok in sorted(ORDERS, key=lambda k: so.keys[k].t):
        o = ORDERS[ok]
        om = so.keys[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                continue
            ans = answers.get((ok, d), [])
            assert len(ans) <= 1, (ok, d)
            a = ans[0] if ans else None
            if a:
                assert a.t > om.t, (ok, d)
                p = PEOPLE[a.pid]
                assert p.district == d, (ok, d, a.name)
                state = "on-time" if a.t <= o["deadline"] else "late"
                kind = {"image": "photos alone", "file": "file", "sticker": "sticker"}.get(a.type, "text")
                nxt = [x for x in so.msgs if x.post is a and x is not a]
                if a.type == "text" and nxt:
                    kind += " + " + ("photos" if nxt[0].type == "image" else "file")
                note = f"{a.name.strip(chr(0x2068) + chr(0x2069))} ({'|'.join(p.roles)}), {kind}, {a.t.strftime('%a %d %H:%M')}"
                both = [tg[1] for tg in a.tags if tg[0] == "A"]
                if len(both) > 1:
                    note += ", one numbered report for " + " and ".join(both)
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = ("no report in ศอ.จอส.จว.สน. by the end of the log (Fri 11 21:46)" if state == "missing"
                        else "deadline after the end of the log; no report yet")
            want = "late" if d in o["late"] else "missing" if d in o["missing"] else None
            if want:
                assert state == want, (ok, d, state, want)
            else:
                assert state in ("on-time", "not-due"), (ok, d, state)
            ledger.append([om.line, d, state, a.line if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else om
                dl = o["deadline"].strftime("%a %d %H:%M")
                txt = (f"{ok} ({o['topic']}): first answer {a.t.strftime('%a %d %H:%M')}, after the deadline {dl}"
                       if state == "late" else f"{ok} ({o['topic']}): no answer by the end of the log (deadline {dl})")
                duty_rows.append((cite, d, state, txt))
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    who = tg[3] or m.name
                    if tg[1] in ("SKN-2", "SKN-3", "SKN-4", "SKN-5", "SKN-6", "SKN-1", "OUTSIDER") \
                            and m.type == "system" and m.event == "invite":
                        who = tg[3] or m.target
                    truth.append((file_order.index(c.fname), m.line, tg[1], c.fname, m, who, "", tg[2]))
                elif tg[0] == "N":
                    near.append((file_order.index(c.fname), m.line, c.fname, m, tg[1]))
    for cite, d, state, txt in duty_rows:
        truth.append((5, cite.line, "SKN-5O", so.fname, cite, d, state, txt))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, (m.id or ""), who.strip("\u2068\u2069"), st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, (m.id or ""), why] for _, ln, f, m, why in near])

    summary = dict(counts={c.fname: len(c.msgs) for c in chats}, groups={c.fname: c.group for c in chats},
                   log_end=log_end.isoformat(),
                   orders={k: dict(line=so.keys[k].line, time=so.keys[k].t.isoformat(), sender=so.keys[k].name,
                                   text=so.keys[k].text if so.keys[k].text else
                                   next(x.text for x in so.msgs if x.post is so.keys[k] and x.text),
                                   **{kk: (sorted(v) if isinstance(v, set) else v.isoformat() if kk == "deadline" else v)
                                      for kk, v in ORDERS[k].items()})
                           for k in ORDERS},
                   other_keys={k: dict(line=m.line, id=m.id, time=m.t.isoformat(), file=m.chat.fname)
                               for c in chats for k, m in c.keys.items()})
    with open(os.path.join(HERE, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), chats, so, ledger, truth, near, log_end)
    print("log end", log_end.isoformat())
    tot = 0
    for c in chats:
        print(f"{len(c.msgs):4d} {c.fname}")
        tot += len(c.msgs)
    print("total", tot)
    print(sorted(Counter(r[2] for r in truth).items()))
    print("posting/membership", sum(1 for r in truth if r[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger))
    print("near", len(near))


if __name__ == "__main__":
    main()
