"""Writes week BK's files from the hand-written chats: python3 src/build.py"""
import datetime
import json
import os
from collections import Counter, defaultdict

from lib import OUT, PEOPLE, DISTRICTS, finalize_seconds, write_csv, F, N
import people  # noqa: F401  (loads the roster)
import g_volunteer, g_pakkhrong, g_palad, g_exec, g_heads, g_nak
import truth_md

EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ADMITTED = {
    "ผู้บริหารจังหวัด และนายอำเภอ": ({"governor", "vice_governor", "provincial_palad", "district_chief"}, 22),
}


def main():
    chats = [g_volunteer.build(), g_pakkhrong.build(), g_palad.build(), g_exec.build(), g_heads.build(), g_nak.build()]
    for c in chats:
        finalize_seconds(c)

    # SKN-CAP in the executives' group: the 23rd admitted person to appear (worked out: S004, see TRUTH.md)
    ex = chats[3]
    adm, cap = ADMITTED[ex.group]
    seen = []
    for msg in ex.sorted():
        pids = []
        if msg.type == "system":
            if msg.event == "invite":
                pids = [p for p in PEOPLE if PEOPLE[p].name == msg.target]
        else:
            pids = [msg.pid] if msg.pid else []
        for p in pids:
            if p and p not in seen and set(PEOPLE[p].roles) & adm:
                seen.append(p)
                if len(seen) == cap + 1:
                    assert p == "S004", p
                    msg.tags.append(F("SKN-CAP", f"the 23rd admitted person to appear (governor, 3 vice governors, palad, 18 chiefs = 23) "
                                                 f"against the letter's count of {cap}"))

    # ids over the JSONL files in time order
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, fi, m.seq, m) for fi, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, x in enumerate(allm, 1):
        x[3].id = "bk%04d" % n

    for c in jsonl:
        out = []
        for ln, m in enumerate(c.sorted(), 1):
            m.line = ln
            rec = {"id": m.id, "group": c.group, "time": m.t.isoformat(), "sender": m.name}
            if m.sid:
                rec["senderId"] = m.sid
            rec["type"] = "system" if m.type == "system" else m.type
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
            out.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # the English-UI phone export (Thai region, Buddhist calendar)
    for c in chats:
        if not c.export:
            continue
        out = ['\ufeffChat history in "%s"' % c.group, "Saved on: 16/10/2569 BE, 22:05"]
        day = None
        for m in c.sorted():
            d = m.t.date()
            if d != day:
                out.append("")
                out.append(f"{EN_WD[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year + 543} BE")
                day = d
            hm = m.t.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                       "remove": f"{m.name} removed {m.target} from the group.", "leave": f"{m.name} left the group."}[m.event]
                out.append(f"{hm}\t{txt}")
            elif m.type == "text":
                body = m.text
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
            else:
                out.append(f"{hm}\t{m.name}\t" + {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}[m.type])
        with open(os.path.join(OUT, c.fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")

    # roster
    rows = [[p.pid, p.full, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email] for p in PEOPLE.values()]
    write_csv(os.path.join(OUT, "roster.csv"),
              ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"], rows)

    # log end
    last = max((m for c in chats for m in c.msgs), key=lambda m: m.t)
    assert last.chat.fname == "volunteer-centre.jsonl"
    log_end = last.t

    def cite(m):
        return (m.chat.fname, m.line, m.id)

    # ledger
    vol = chats[0]
    orders = {}
    answers = defaultdict(list)
    for m in vol.sorted():
        for tg in m.tags:
            if tg[0] == "O":
                orders[tg[1]] = dict(msg=m, districts=tg[2], deadline=tg[3], words=tg[4], note=tg[5])
            if tg[0] == "A":
                answers[(tg[1], tg[2])].append(m)
    ledger, duty_truth = [], []
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        dl = datetime.datetime.fromisoformat(o["deadline"]) if o["deadline"] != "24h" else o["msg"].t + datetime.timedelta(hours=24)
        o["dl"] = dl
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert not answers.get((key, d)), (key, d)
                continue
            a = answers.get((key, d))
            if a:
                a = a[0]
                assert PEOPLE[a.pid].district == d, (key, d, a.name)
                assert a.t > o["msg"].t
                st = "on-time" if a.t <= dl else "late"
                ledger.append([o["msg"].id, d, st, a.id, dl.isoformat(), ""])
                if st == "late":
                    duty_truth.append(["SKN-5O", vol.fname, a.line, a.id, d, "late",
                                       f"{key}: first answer at {a.t.strftime('%a %d %H:%M')}, after the deadline {dl.strftime('%a %d %H:%M')}"])
            else:
                st = "missing" if dl < log_end else "not-due"
                ledger.append([o["msg"].id, d, st, "", dl.isoformat(), "" if st == "missing" else "deadline after the log ends"])
                if st == "missing":
                    duty_truth.append(["SKN-5O", vol.fname, o["msg"].line, o["msg"].id, d, "missing",
                                       f"{key}: no answer by the end of the log ({log_end.strftime('%a %d %H:%M')}); deadline {dl.strftime('%a %d %H:%M')}"])
    write_csv(os.path.join(OUT, "ledger.csv"), ["order", "district", "state", "answer", "deadline", "note"], ledger)

    truth, near = [], []
    for c in chats:
        for m in c.sorted():
            for tg in m.tags:
                if tg[0] == "F":
                    truth.append([tg[1], c.fname, m.line, m.id, tg[3] or m.name, "", tg[2]])
                elif tg[0] == "N":
                    near.append([c.fname, m.line, m.id, tg[1]])
    truth += duty_truth
    write_csv(os.path.join(OUT, "truth.csv"), ["rule", "file", "line", "message", "who", "state", "note"], truth)
    write_csv(os.path.join(OUT, "near-misses.csv"), ["file", "line", "message", "why"], near)

    truth_md.write(os.path.join(OUT, "TRUTH.md"), chats, orders, ledger, truth, near, log_end)
    counts = {c.fname: len(c.msgs) for c in chats}
    print(counts, sum(counts.values()))
    print(Counter(r[0] for r in truth))
    print(Counter(r[2] for r in ledger), "near", len(near))


if __name__ == "__main__":
    main()
