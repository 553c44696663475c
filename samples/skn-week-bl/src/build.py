"""Lays out week BL: numbers lines and ids, writes the chats, the roster, the ledger, truth and near misses.
The messages and every truth note are in g_*.py."""
import csv
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from base import PEOPLE, ROWS, DISTRICTS  # noqa: E402
import g_volunteer, g_others, g_nak  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADMIT = {
    "นักปกครองสกลนคร": {"governor", "provincial_palad", "district_chief", "coordinating_deputy"},
    "ผู้บริหารจังหวัด และนายอำเภอ": {"governor", "vice_governor", "provincial_palad", "district_chief"},
}


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    chats = [g_volunteer.build(), g_others.pakkhrong(), g_others.palad(), g_others.executives(), g_others.heads(), g_nak.build()]
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, i, m.seq, m) for i, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, (_, _, _, m) in enumerate(allm, 1):
        m.id = f"bl{n:04d}"
    import json
    for c in jsonl:
        lines = []
        prev_post = None
        seen_posts = set()
        for ln, m in enumerate(c.sorted(), 1):
            if m.post != prev_post:
                assert m.post not in seen_posts, (c.fname, m.t, m.name)
                seen_posts.add(m.post)
                prev_post = m.post
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
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    # LINE for PC, English UI: no header, "YYYY.MM.DD Weekday", "HH:MM name text", raw continuation lines
    for c in chats:
        if not c.export:
            continue
        out, day = [], None
        for m in c.sorted():
            if m.t.date() != day:
                day = m.t.date()
                out.append(day.strftime("%Y.%m.%d %A"))
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                       "remove": f"{m.name} removed {m.target} from the group.", "leave": f"{m.name} left the group."}[m.event]
                out.append(f"{hm} {m.name} {txt}")
            elif m.type == "text":
                out.extend(f"{hm} {m.name} {m.text}".split("\n"))
            else:
                out.append(f"{hm} {m.name} " + {"image": "Photos", "sticker": "Stickers", "video": "Videos"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
    wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
         [[p.pid, p.full, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email] for p in (PEOPLE[r[0]] for r in ROWS)])

    # SKN-CAP check by hand-placed tag: the 23rd admitted person in the executives' group
    for c in chats:
        if c.group in ADMIT:
            inside = []
            for m in c.sorted():
                pid = m.target_pid if m.event == "invite" else (m.pid if m.type != "system" or m.event == "join" else None)
                if pid and set(PEOPLE[pid].roles) & ADMIT[c.group] and pid not in inside:
                    inside.append(pid)
                    if len(inside) == 23 and c.group == "ผู้บริหารจังหวัด และนายอำเภอ":
                        assert any(t[0] == "F" and t[1] == "SKN-CAP" for t in m.tags), m.name
            print(c.group, "admitted people seen:", len(inside))

    vol = chats[0]
    log_end = max(m.t for c in chats for m in c.msgs)
    assert vol.sorted()[-1].t == log_end
    ans = {}
    for m in vol.sorted():
        for t in m.tags:
            if t[0] == "A":
                assert (t[1], t[2]) not in ans, t
                ans[(t[1], t[2])] = m
    O = g_volunteer.ORDERS
    ledger, duty = [], []
    for k in sorted(O, key=lambda k: (O[k]["msg"].t, k)):
        o = O[k]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (k, d) not in ans, (k, d)
                continue
            a = ans.get((k, d))
            if a:
                assert a.t > o["msg"].t and PEOPLE[a.pid].district == d, (k, d)
                st = "on-time" if a.t <= o["deadline"] else "late"
                p = PEOPLE[a.pid]
                kind = "photos alone" if a.type == "image" and not any(x.post == a.post and x.type == "text" for x in vol.msgs) else (
                    "photos, caption after" if a.type == "image" else "text" + (" + file" if any(x.post == a.post and x.type == "file" for x in vol.msgs) else "")
                    + (" + photos" if any(x.post == a.post and x.type == "image" for x in vol.msgs) else ""))
                note = f"{k}: {a.name} ({p.role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
            else:
                st = "missing" if o["deadline"] < log_end else "not-due"
                note = f"{k}: no answer in ศอ.จอส.จว.สน."
            ledger.append([o["msg"].id, d, st, a.id if a else "", o["deadline"].isoformat(), note])
            if st in ("late", "missing"):
                cite = a if st == "late" else o["msg"]
                duty.append((cite, d, st, f"{k} ({o['topic']}): " + (
                    f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}" if st == "late"
                    else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    order_files = [c.fname for c in chats]
    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for t in m.tags:
                if t[0] == "F":
                    truth.append((order_files.index(c.fname), m.line, t[1], c.fname, m.id or "", t[3] or m.name, "", t[2]))
                elif t[0] == "N":
                    near.append((order_files.index(c.fname), m.line, c.fname, m.id or "", t[1]))
    for cite, d, st, note in duty:
        truth.append((0, cite.line, "SKN-5O", vol.fname, cite.id, d, st, note))
    truth.sort(key=lambda x: (x[0], x[1], x[2]))
    near.sort(key=lambda x: (x[0], x[1]))
    seen = set()
    near2 = []
    reasons = Counter()
    for x in near:
        # the same reason is listed at most once per file (three times for the office's own orders)
        reasons[(x[2], x[4])] += 1
        if reasons[(x[2], x[4])] > (3 if x[4].startswith("the provincial office's own order") else 1):
            continue
        if (x[2], x[1]) not in seen:
            seen.add((x[2], x[1]))
            near2.append(x)
    wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"], [list(x[1:][1:3]) and [x[2], x[3], x[1], x[4], x[5], x[6], x[7]] for x in truth])
    wcsv("near-misses.csv", ["file", "line", "message", "why"], [[x[2], x[1], x[3], x[4]] for x in near2])
    for c in chats:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in chats), "log end", log_end)
    print(Counter(x[2] for x in truth), sum(1 for x in truth if x[2] != "SKN-5O"))
    print(Counter(r[2] for r in ledger), "near", len(near2))
    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), chats, O, ledger, truth, near2, log_end)


if __name__ == "__main__":
    main()
