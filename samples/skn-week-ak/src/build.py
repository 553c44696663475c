# Lays out week AK: numbers the hand-written messages, writes the chats, the roster and the truth files
# from the hand tags, and tabulates the ledger (asserting it against the states worked out by hand in
# g_sor.ORDERS[...]["expect"]).  Run: python3 src/build.py
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from people import BY, DNAME, CODES, roster_rows  # noqa: E402
import g_pakkhrong, g_palad, g_heads, g_nak, g_sor, g_exec  # noqa: E402

JSONL = [g_pakkhrong.C, g_palad.C, g_heads.C, g_nak.C, g_sor.C]
EXPORT = g_exec.C
CHATS = JSONL + [EXPORT]
FILE_ORDER = [c.fname for c in CHATS]
EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SAVED_ON = "6/12/2026, 18:47"


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    # ids over the JSONL files, file after file
    n = 0
    for c in JSONL:
        for ln, m in enumerate(c.msgs, 1):
            n += 1
            m.id = f"ak{n:04d}"
            m.line = ln
    for c in JSONL:
        rows = []
        for m in c.msgs:
            r = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sid:
                r["senderId"] = m.sid
            r["type"] = m.type
            if m.event:
                r["event"] = m.event
            if m.target:
                r["target"] = m.target
            if m.text is not None:
                r["text"] = m.text
            if m.attachment:
                r["attachment"] = m.attachment
            if m.reply:
                r["replyTo"] = c.keys[m.reply].id
            rows.append(json.dumps(r, ensure_ascii=False))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(rows) + "\n")

    # the LINE iPhone export, English UI (formats-line.md §1.2, §1.3, §1.6, §1.7, §1.10 A)
    c = EXPORT
    out = [f"\ufeffChat history in \"{c.group}\"", f"Saved on: {SAVED_ON}"]
    day = None
    for m in c.msgs:
        d = m.t.date()
        if d != day:
            out.append("")
            out.append(f"{EN_DAY[d.weekday()]}, {d.month}/{d.day}/{d.year}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        m.id = ""
        if m.type == "system":
            txt = {"invite": f"{m.name} invited {m.target}.",
                   "join": f"{m.name} joined the group.",
                   "leave": f"{m.name} left the group.",
                   "remove": f"{m.name} removed {m.target} from the group."}[m.event]
            out.append(f"{hm}\t{txt}")
        else:
            body = {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}.get(m.type, m.text)
            if "\n" in body:
                body = '"' + body.replace('"', '""') + '"'
            out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
    with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_csv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              roster_rows())

    allm = [m for c in CHATS for m in c.msgs]
    last = max(allm, key=lambda m: m.t)
    assert last.chat is g_sor.C, last.chat.fname
    end = last.t

    # ledger
    answers = {}
    for m in g_sor.C.msgs:
        for tg in m.tags:
            if tg[0] == "A":
                assert (tg[1], tg[2]) not in answers, ("two answers", tg)
                answers[(tg[1], tg[2])] = (m, tg[3])
    ledger, duty = [], []
    for ok, o in g_sor.ORDERS.items():
        om = o["msg"]
        assert set(o["expect"]) == set(o["districts"]), ok
        for code in CODES:
            if code not in o["districts"]:
                assert (ok, code) not in answers, (ok, code)
                continue
            a = answers.get((ok, code))
            if a:
                am, how = a
                p = BY[am.pkey]
                assert p["district"] == DNAME[code], (ok, code, am.name)
                assert am.t > om.t
                st = "on-time" if am.t <= o["deadline"] else "late"
                note = f"{ok}: {am.name} ({p['role']}), {how}, {am.t.strftime('%a %d %H:%M')}"
            else:
                st = "missing" if o["deadline"] < end else "not-due"
                note = f"{ok}: no answer in ศอ.จอส.จว.สน." + (" by the end of the log" if st == "missing" else "; due after the log ends")
            assert st == o["expect"][code], (ok, code, st, o["expect"][code])
            ledger.append([om.id, DNAME[code], st, a[0].id if a else "", o["deadline"].isoformat(), note])
            if st == "late":
                duty.append(("SKN-5O", a[0], DNAME[code], "late",
                             f"{ok}: first answer {a[0].t.strftime('%a %d %b %H:%M')}, after the deadline {o['deadline'].strftime('%a %d %b %H:%M')}"))
            elif st == "missing":
                duty.append(("SKN-5O", om, DNAME[code], "missing",
                             f"{ok}: no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %b %H:%M')})"))
    for k in answers:
        assert k[0] in g_sor.ORDERS, k
    write_csv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in CHATS:
        for m in c.msgs:
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((FILE_ORDER.index(c.fname), m.line, tg[1], c.fname, m.id, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((FILE_ORDER.index(c.fname), m.line, c.fname, m.id, tg[1]))
    for rule, m, who, st, note in duty:
        truth.append((FILE_ORDER.index(m.chat.fname), m.line, rule, m.chat.fname, m.id, who, st, note))
    truth.sort(key=lambda r: (r[0], r[1]))
    near.sort(key=lambda r: (r[0], r[1]))
    write_csv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"],
              [[r[2], r[3], r[1], r[4], r[5], r[6], r[7]] for r in truth])
    write_csv("near-misses.csv", ["file", "line", "message", "why"], [[r[2], r[1], r[3], r[4]] for r in near])

    counts = {c.fname: len(c.msgs) for c in CHATS}
    total = sum(counts.values())
    print("log end", end.isoformat())
    for k, v in counts.items():
        print(f"  {k:26s} {v}")
    print("total", total, "ศอ share %.1f%%" % (100 * counts[g_sor.C.fname] / total))
    rc = Counter(r[2] for r in truth)
    print("findings", dict(sorted(rc.items())), "non-5O", sum(v for k, v in rc.items() if k != "SKN-5O"))
    print("ledger", dict(Counter(r[2] for r in ledger)), "duties", len(ledger))
    print("near misses", len(near))
    return dict(chats=CHATS, ledger=ledger, truth=truth, near=near, end=end, counts=counts, answers=answers)


if __name__ == "__main__":
    state = main()
    import truthmd
    truthmd.write(os.path.join(OUT, "TRUTH.md"), state)
