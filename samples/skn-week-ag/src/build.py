"""Writes week AG's files from the hand-written chats (g_*.py): ids, line numbers, the JSONL files, the LINE PC
export, roster.csv, and the truth tables tabulated from the tags written on the messages. Run: python3 src/build.py"""
import csv
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from people import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_vol, g_dopa, g_palad, g_exec, g_heads, g_nak  # noqa: E402

ID_PREFIX = "ag"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def export_lines(c):
    """LINE for PC 'Save chat', English UI: no header, 'YYYY.MM.DD Weekday' date lines, 'HH:MM name text',
    continuation lines raw, 'Photos' / 'Stickers' / 'Videos' placeholders, system lines with the actor repeated."""
    out = []
    day = None
    for m in c.sorted():
        d = m.t.date()
        if d != day:
            out.append(f"{d:%Y.%m.%d} {d:%A}")
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            txt = {"join": f"{m.name} joined the group.",
                   "invite": f"{m.name} invited {m.target}.",
                   "remove": f"{m.name} removed {m.target} from the group.",
                   "leave": f"{m.name} left the group.",
                   "qr_off": f"{m.name} disabled joining via link or QR code."}[m.event]
            out.append(f"{hm} {m.name} {txt}")
        elif m.type == "text":
            parts = m.text.split("\n")
            out.append(f"{hm} {m.name} {parts[0]}")
            out.extend(parts[1:])
        elif m.type == "image":
            out.append(f"{hm} {m.name} Photos")
        elif m.type == "sticker":
            out.append(f"{hm} {m.name} Stickers")
        elif m.type == "video":
            out.append(f"{hm} {m.name} Videos")
        else:
            raise ValueError(m.type)
    return out


def add_seconds(c):
    """Gives each post a few seconds past its written minute (deterministic), keeping the written order."""
    import datetime
    import hashlib
    posts = {}
    for m in c.msgs:
        posts.setdefault(m.post, []).append(m)
    by_minute = {}
    for pid in sorted(posts):
        first = posts[pid][0]
        by_minute.setdefault(first.t, []).append(posts[pid])
    for minute, plist in by_minute.items():
        h = int(hashlib.sha256((c.fname + minute.isoformat()).encode()).hexdigest(), 16)
        off = 2 + h % 25
        shifted = []
        for k, post in enumerate(plist):
            base = post[0].t
            for m in post:
                shifted.append((m, m.t - base + datetime.timedelta(seconds=off)))
            span = (post[-1].t - base).total_seconds()
            off += int(span) + 4 + (h >> (8 * k + 8)) % 9
        if off > 58:   # keep every post of a written minute inside that minute
            continue
        for m, d in shifted:
            m.t = minute + d


def main():
    chats = [g_vol.build(), g_dopa.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    for c in chats:
        before = [m.seq for m in c.sorted()]
        add_seconds(c)
        assert [m.seq for m in c.sorted()] == before, c.fname
    import datetime
    o8 = g_vol.ORDERS["O8"]
    o8["deadline"] = o8["msg"].t + datetime.timedelta(hours=24)   # "ภายใน ๒๔ ชม." runs from the order's own time
    jsonl = [c for c in chats if not c.export]
    order_of_file = {c.fname: i for i, c in enumerate(chats)}

    # ids over the JSONL files in time order
    everything = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(everything, 1):
        m.id = f"{ID_PREFIX}{n:04d}"

    for c in jsonl:
        lines = []
        for ln, m in enumerate(c.sorted(), 1):
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
        if c.export:
            with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(export_lines(c)) + "\n")

    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
              [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
               for p in (PEOPLE[r[0]] for r in ROWS)])

    log_end = max(m.t for c in chats for m in c.msgs)
    vol = chats[0]
    assert vol.sorted()[-1].t == log_end, "the log must end in ศอ.จอส.จว.สน."

    # ledger from the answer tags
    orders = g_vol.ORDERS
    answers = {}
    for m in vol.sorted():
        for tg in m.tags:
            if tg[0] == "A":
                assert tg[1] in orders, tg
                assert (tg[1], tg[2]) not in answers, ("two answers", tg)
                answers[(tg[1], tg[2])] = m
    ledger, duty_rows, states = [], [], {}
    for ok in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            a = answers.get((ok, d))
            if a is not None:
                p = PEOPLE[a.pid]
                assert p.district == d, (ok, d, a.name)
                assert a.t > o["msg"].t
                state = "on-time" if a.t <= o["deadline"] else "late"
                same = [x for x in vol.msgs if x.post == a.post and x is not a]
                kinds = {x.type for x in same}
                if a.type == "image":
                    kind = "photos, then a caption" if "text" in kinds else "photos alone"
                elif a.type == "file":
                    kind = "file, then a line" if "text" in kinds else "file"
                else:
                    kind = "text" + (" + photos" if "image" in kinds else "") + (" + file" if "file" in kinds else "")
                note = f"{ok}: {a.name} ({p.role}), {kind}, {a.t:%a %d %b %H:%M}"
            else:
                state = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{ok}: no report in ศอ.จอส.จว.สน."
            states[(ok, d)] = (state, a)
            ledger.append([o["msg"].id, d, state, a.id if a else "", o["deadline"].isoformat(), note])
            if state in ("late", "missing"):
                cite = a if state == "late" else o["msg"]
                txt = (f"{ok}: answered {a.t:%H:%M %d %b}, deadline {o['deadline']:%Y-%m-%dT%H:%M}" if state == "late"
                       else f"{ok}: no answer by the end of the log (deadline {o['deadline']:%Y-%m-%dT%H:%M})")
                duty_rows.append((cite, "SKN-5O", d, state, txt))
    for k in answers:
        assert k in states, ("answer to a district not addressed", k)
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append((order_of_file[c.fname], m.line, tg[1], c.fname, m, tg[3] or m.name, "", tg[2]))
                elif tg[0] == "N":
                    near.append((order_of_file[c.fname], m.line, c.fname, m, tg[1]))
    for cite, rule, d, state, note in duty_rows:
        truth.append((0, cite.line, rule, cite.chat.fname, cite, d, state, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    seen = set()
    for _, ln, f, m, why in near:
        assert (f, ln) not in seen, ("two near-miss notes on one line", f, ln)
        seen.add((f, ln))
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"],
              [[r, f, ln, m.id or "", who, st, note] for _, ln, r, f, m, who, st, note in truth])
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"],
              [[f, ln, m.id or "", why] for _, ln, f, m, why in near])

    import truthmd
    truthmd.write(os.path.join(OUT, "TRUTH.md"), dict(chats=chats, orders=orders, ledger=ledger, states=states,
                                                       truth=truth, near=near, log_end=log_end))
    total = sum(len(c.msgs) for c in chats)
    for c in chats:
        print(f"{c.fname}: {len(c.msgs)}")
    print("total", total, "ศอ share %.1f%%" % (100 * len(vol.msgs) / total))
    print("findings", dict(Counter(r[2] for r in truth)), "rows", len(truth))
    print("ledger", dict(Counter(r[2] for r in ledger)), "near", len(near), "log end", log_end.isoformat())


if __name__ == "__main__":
    main()
