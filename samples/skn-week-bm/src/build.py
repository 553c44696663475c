"""Lays out week BM: numbers ids and lines, writes the chats, roster, ledger, truth and near misses.
The messages and the notes are in g_volunteer.py / g_others.py; this only tabulates."""
import csv, json, os, datetime
from collections import Counter, defaultdict
from people import PEOPLE, ROWS, DISTRICTS
import g_volunteer, g_others

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "bm"
GROUPS = {
    "นักปกครองสกลนคร": ("SKN-1", {"governor", "provincial_palad", "district_chief", "coordinating_deputy"}),
    "ข้อสั่งการ ปค.สน.": ("SKN-2", {"provincial_palad", "district_chief", "coordinating_deputy", "provincial_admin_staff"}),
    "ข้อสั่งการ ปจ.สน.": ("SKN-3", {"provincial_palad", "district_chief"}),
    "ผู้บริหารจังหวัด และนายอำเภอ": ("SKN-4", {"governor", "vice_governor", "provincial_palad", "district_chief"}),
    "ศอ.จอส.จว.สน.": ("SKN-5", {"provincial_palad", "district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}),
    "หน.ส่วนราชการ-นอภ.สน.": ("SKN-6", {"governor", "vice_governor", "agency_head", "district_chief"}),
}
CAP = {"นักปกครองสกลนคร": 204, "ข้อสั่งการ ปค.สน.": 175, "ข้อสั่งการ ปจ.สน.": 19, "ผู้บริหารจังหวัด และนายอำเภอ": 22, "ศอ.จอส.จว.สน.": 118}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    import extra
    vol = g_volunteer.build()
    chats = [vol, g_others.pakkhrong(), g_others.palad(), g_others.executives(), g_others.heads(), g_others.nakpokkhrong()]
    for c, f in zip(chats, [extra.volunteer, extra.pakkhrong, extra.palad, extra.executives, extra.heads, extra.nakpokkhrong]):
        f(c)
    jsonl = [c for c in chats if not c.export]
    allm = sorted(((m.t, i, m.seq, m) for i, c in enumerate(jsonl) for m in c.msgs), key=lambda x: x[:3])
    for n, x in enumerate(allm, 1):
        x[3].id = "%s%04d" % (PREFIX, n)
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
    # export: English UI, Buddhist calendar
    out = ["\ufeff[LINE] Chat history in " + vol.group, "Saved on: 04/09/2569 BE, 22:06"]
    day = None
    for m in vol.sorted():
        d = m.t.date()
        if d != day:
            out.append("")
            out.append("%s, %02d/%02d/%d BE" % (WD[d.weekday()], d.day, d.month, d.year + 543))
            day = d
        hm = m.t.strftime("%H:%M")
        m.line = len(out) + 1
        if m.type == "system":
            txt = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                   "remove": f"{m.name} removed {m.target} from the group.", "leave": f"{m.name} left the group."}[m.event]
            out.append(f"{hm}\t\t{txt}")
        elif m.type == "text":
            body = m.text
            if "\n" in body:
                body = '"' + body.replace('"', '""') + '"'
            out.extend(f"{hm}\t{m.name}\t{body}".split("\n"))
        else:
            out.append(f"{hm}\t{m.name}\t" + {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}[m.type])
    open(os.path.join(OUT, vol.fname), "w", encoding="utf-8").write("\n".join(out) + "\n")
    # roster
    wcsv("roster.csv", ["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"],
         [[p.pid, p.full_name, "|".join(p.names), p.role, p.agency, p.district, p.line, ""] for p in PEOPLE.values()])
    names = defaultdict(set)
    for p in PEOPLE.values():
        for n in p.names:
            names[n].add(p.pid)
    byline = {p.line: p.pid for p in PEOPLE.values() if p.line}

    def resolve(name, sid=None):
        if sid and sid in byline:
            return byline[sid]
        s = names.get(name, set())
        return next(iter(s)) if len(s) == 1 else ("AMB" if s else None)

    # membership, SKN-ALL, OUTSIDER, CAP, SKN-2P recomputed; hand tags must agree for OUTSIDER and SKN-2P/P rules
    truth, near = [], []
    fidx = {c.fname: i for i, c in enumerate(chats)}
    for c in chats:
        rule, adm = GROUPS[c.group]
        seen, inside = set(), []
        for m in c.sorted():
            cand = []
            if m.type == "system":
                if m.event == "invite":
                    cand = [(m.target, None, m.name), (m.name, m.sender_id, None)]
                elif m.event == "join":
                    cand = [(m.name, None, None)]
            else:
                cand = [(m.name, m.sender_id, None)]
            for nm, sid, inviter in cand:
                pid = resolve(nm, sid)
                key = pid if pid not in (None, "AMB") else "n:" + nm
                if key in seen or pid == "AMB":
                    continue
                seen.add(key)
                if pid is None:
                    note = "person not on the roster " + ("added to the group by " + inviter if inviter else
                                                          "joined by link or QR code" if m.event == "join" else "posting in the group")
                    if not any(t[0] == "F" and t[1] == "OUTSIDER" for t in m.tags):
                        truth.append(("OUTSIDER", c, m, nm, "", note))
                    continue
                p = PEOPLE[pid]
                if set(p.roles) & adm:
                    inside.append((pid, m))
                    continue
                how = "invited by " + inviter if inviter else ("invites someone" if m.type == "system" else "posts")
                truth.append((rule, c, m, nm, "", f"{p.role} ({p.agency or 'no agency'}) is not admitted to {c.group}; {how}"))
                if inviter:
                    truth.append(("SKN-ALL", c, m, nm, "", f"invited into {c.group}, where the role {p.role} is not admitted"))
                    truth.append(("SKN-ALL", c, m, inviter, "", f"invited {nm} ({p.role}), who is not admitted to {c.group}"))
        if c.group in CAP and len(inside) > CAP[c.group]:
            pid, m = inside[CAP[c.group]]
            truth.append(("SKN-CAP", c, m, PEOPLE[pid].name if m.name == PEOPLE[pid].name else m.name, "",
                          f"admitted person no. {CAP[c.group] + 1} seen in {c.group}, whose stated size is {CAP[c.group]} (low severity)"))
        for m in c.sorted():
            for t in m.tags:
                if t[0] == "F":
                    truth.append((t[1], c, m, t[3] or m.name, "", t[2]))
                elif t[0] == "N":
                    near.append((c, m, t[1]))
    # SKN-2P recomputation
    pk = chats[1]
    exp2p, prev = set(), None
    for m in pk.sorted():
        if m.type == "system":
            prev = None
            continue
        same = prev is not None and prev.name == m.name and m.type in ("image", "file", "video") and (m.t - prev.t).total_seconds() <= 180
        pid = resolve(m.name, m.sender_id)
        if not same and pid != "AMB" and not (set(PEOPLE[pid].roles) if pid else set()) & {"provincial_admin_staff", "provincial_palad"}:
            exp2p.add(m.line)
        prev = m
    got2p = {m.line for r, c, m, *_ in truth if r == "SKN-2P"}
    assert exp2p == got2p, (sorted(exp2p - got2p), sorted(got2p - exp2p))
    # ledger
    log_end = max(m.t for c in chats for m in c.msgs)
    assert log_end == vol.sorted()[-1].t
    answers = defaultdict(list)
    for m in vol.sorted():
        for t in m.tags:
            if t[0] == "A":
                answers[(t[1], t[2])].append(m)
    ledger = []
    O = g_volunteer.ORDERS
    for ok in sorted(O, key=lambda k: O[k]["msg"].t):
        o = O[ok]
        for d in DISTRICTS:
            if d not in o["districts"]:
                assert (ok, d) not in answers, (ok, d)
                continue
            a = answers.get((ok, d), [])
            assert len(a) <= 1, (ok, d)
            a = a[0] if a else None
            if a:
                p = PEOPLE[a.pid]
                assert p.district == d and a.t > o["msg"].t, (ok, d)
                st = "on-time" if a.t <= o["deadline"] else "late"
                kind = {"image": "photos alone", "file": "file", "text": "text"}[a.type]
                nxt = vol.msgs[a.seq + 1] if a.seq + 1 < len(vol.msgs) else None
                if a.type == "image" and any(x.type == "text" and x.pid == a.pid for x in vol.msgs[a.seq + 1:a.seq + 6]) and \
                        any(x.type == "text" and x.pid == a.pid and x.tags == [] and (x.t - a.t).total_seconds() < 120 for x in vol.msgs[a.seq + 1:a.seq + 6]):
                    kind = "photos, then a caption"
                elif a.type == "text" and nxt is not None and nxt.pid == a.pid and nxt.type == "image":
                    kind = "text + photos"
                elif a.type == "text" and nxt is not None and nxt.pid == a.pid and nxt.type == "file":
                    kind = "text + file"
                note = f"{a.name} ({p.role}), {kind}, {a.t.strftime('%a %d %H:%M')}"
            else:
                st = "missing" if o["deadline"] < log_end else "not-due"
                note = "no answer in ศอ.จอส.จว.สน. by the end of the log" if st == "missing" else "no answer yet; deadline after the end of the log"
            ledger.append([str(o["msg"].line), d, st, str(a.line) if a else "", o["deadline"].isoformat(), note])
            if st in ("late", "missing"):
                cite = a if st == "late" else o["msg"]
                truth.append(("SKN-5O", vol, cite, d, st, f"{ok} ({o['topic']}): " + (
                    f"first answer {a.t.strftime('%a %d %H:%M')} after the deadline {o['deadline'].strftime('%a %d %H:%M')}" if st == "late"
                    else f"no answer by the end of the log (deadline {o['deadline'].strftime('%a %d %H:%M')})")))
    wcsv("ledger.csv", ["order", "district", "state", "answer", "deadline", "note"], ledger)
    truth.sort(key=lambda r: (fidx[r[1].fname], r[2].line, r[0]))
    wcsv("truth.csv", ["rule", "file", "line", "message", "who", "state", "note"],
         [[r, c.fname, m.line, m.id or "", who, st, note] for r, c, m, who, st, note in truth])
    near.sort(key=lambda r: (fidx[r[0].fname], r[1].line))
    wcsv("near-misses.csv", ["file", "line", "message", "why"], [[c.fname, m.line, m.id or "", why] for c, m, why in near])
    import truth_md
    truth_md.write(os.path.join(OUT, "TRUTH.md"), chats, O, ledger, truth, near, log_end)
    for c in chats:
        print(c.fname, len(c.msgs))
    print("total", sum(len(c.msgs) for c in chats))
    print(sorted(Counter(r[0] for r in truth).items()), "pm", sum(1 for r in truth if r[0] != "SKN-5O"))
    print(Counter(r[2] for r in ledger), "near", len(near), "log end", log_end)


if __name__ == "__main__":
    main()
