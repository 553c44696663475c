#!/usr/bin/env python3
"""Lay out week AT from the hand-written sources in this folder.

It only sorts messages by time, numbers ids and lines, lays out the JSONL files and the
LINE export, and tabulates the hand-written truth / near-miss / ledger annotations.
Every message text and every note comes from the g*.txt files (written by hand).
"""
import csv, hashlib, io, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from roster import ROWS  # noqa: E402

PREFIX = "at"
GROUPS = [  # fixed order of the JSONL ids
    ("g1_pakkhrong.txt", "pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."),
    ("g2_palad.txt", "palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
    ("g3_exec.txt", "executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"),
    ("g4_heads.txt", "heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
    ("g5_nakp.txt", "nakpokkhrong.jsonl", "นักปกครองสกลนคร"),
]
EXPORT = ("g6_export.txt", "volunteer-centre.txt", "ศอ.จอส.จว.สน.")
SAVED_ON = "Saved on: 4/10/2026, 21:58"


def line_id(pid):
    return "U" + hashlib.md5((pid + ":at").encode()).hexdigest()


def write_roster():
    people = []
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
        for pid, full, disp, role, agency, district, has_id, email in ROWS:
            lid = line_id(pid) if has_id else ""
            w.writerow([pid, full, disp, role, agency, district, lid, email])
            people.append(dict(pid=pid, names=disp.split("|"), role=role, district=district, lid=lid, email=email))
    return people


MSG_RE = re.compile(r"^(\d\d) (\d\d:\d\d(?::\d\d)?) \| (.+?) \| (.*?)(?: \| (.*))?$")


def parse(path):
    msgs = []
    for raw in open(os.path.join(HERE, path), encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw or raw.startswith("%"):
            continue
        if raw.startswith("  "):
            kind, _, rest = raw.strip().partition(" ")
            msgs[-1]["ann"].append((kind, rest))
            continue
        m = MSG_RE.match(raw)
        if not m:
            raise SystemExit(f"{path}: bad line: {raw}")
        day, tm, sender, body, opts = m.groups()
        if len(tm) == 5:
            tm += ":00"
        labels = [o[1:] for o in (opts or "").split() if o.startswith("#")]
        reply = [o[1:] for o in (opts or "").split() if o.startswith("^")]
        msgs.append(dict(day=int(day), time=tm, sender=sender, body=body.replace("\\n", "\n"),
                         label=labels[0] if labels else None, reply=reply[0] if reply else None, ann=[]))
    msgs.sort(key=lambda m: (m["day"], m["time"]))  # stable: same-minute messages keep their written order
    return msgs


def kind_of(body):
    m = re.match(r"^\[(img|file|video|stk|join|invite|remove|leave|rename|unsend)\]\s*(.*)$", body, re.S)
    return (m.group(1), m.group(2)) if m else ("text", body)


def build():
    people = write_roster()
    by_name = {}
    for p in people:
        for n in p["names"]:
            by_name.setdefault(n, []).append(p)
    labels = {}      # label -> (file, line, id, msg)
    truth, near, ledger, orders = [], [], [], []
    counts = {}
    n = 0
    seen = {}
    for src, out, group in GROUPS:
        msgs = parse(src)
        renamed = {}
        lines = []
        for i, m in enumerate(msgs, 1):
            n += 1
            mid = f"{PREFIX}{n:04d}"
            m["id"], m["line"], m["file"] = mid, i, out
            if m["label"]:
                labels[m["label"]] = m
            k, arg = kind_of(m["body"])
            o = {"id": mid, "group": group, "time": f"2026-04-{m['day']:02d}T{m['time']}+07:00", "sender": m["sender"]}
            cand = by_name.get(m["sender"], [])
            person = renamed.get(m["sender"]) or (cand[0] if len(cand) == 1 else None)
            if person:
                c = seen.get(person["pid"], 0)
                seen[person["pid"]] = c + 1
                if person["lid"] and (m["sender"] in renamed or k == "rename" or c % 3 != 2):
                    o["senderId"] = person["lid"]
                elif not person["lid"] and person["email"] and c % 2 == 0:
                    o["senderId"] = person["email"]
            if k == "text":
                o["type"] = "text"; o["text"] = m["body"]
            elif k == "stk":
                o["type"] = "sticker"
            elif k in ("img", "file", "video"):
                o["type"] = {"img": "image", "file": "file", "video": "video"}[k]; o["attachment"] = arg
            else:
                o["type"] = "system"; o["event"] = k
                s = m["sender"]
                if k == "join":
                    o["text"] = f"{s} เข้าร่วมกลุ่มด้วยลิงก์เชิญ"
                elif k == "invite":
                    o["target"] = arg; o["text"] = f"{s} เชิญ {arg} เข้าร่วมกลุ่ม"
                elif k == "remove":
                    o["target"] = arg; o["text"] = f"{s} ลบ {arg} ออกจากกลุ่ม"
                elif k == "leave":
                    o["text"] = f"{s} ออกจากกลุ่ม"
                elif k == "rename":
                    o["target"] = arg; o["text"] = f"{s} เปลี่ยนชื่อเป็น {arg}"
                    if person:
                        renamed[arg] = person
                elif k == "unsend":
                    o["text"] = f"{s} ยกเลิกข้อความ"
            if m["reply"]:
                o["replyTo"] = labels[m["reply"]]["id"]
            lines.append(json.dumps(o, ensure_ascii=False))
        with open(os.path.join(OUT, out), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        counts[out] = len(msgs)
        collect(msgs, out, truth, near, ledger, orders, labels)
    # the export
    src, out, group = EXPORT
    msgs = parse(src)
    text = ["\ufeff" + f'Chat history in "{group}"', SAVED_ON, ""]
    day = None
    for m in msgs:
        if m["day"] != day:
            if day is not None:
                text.append("")
            day = m["day"]
            d = datetime.date(2026, 4, day)
            text.append(f"{d.strftime('%a')}, {d.month}/{d.day}/{d.year}")
        m["line"], m["file"], m["id"] = len(text) + 1, out, ""
        if m["label"]:
            labels[m["label"]] = m
        k, arg = kind_of(m["body"])
        hm, s = m["time"][:5], m["sender"]
        if k == "text":
            text.append(f"{hm}\t{s}\t{m['body']}")  # raw continuation lines (variant A)
        elif k in ("img", "file", "video", "stk"):
            text.append(f"{hm}\t{s}\t" + {"img": "[Photo]", "file": "[File]", "video": "[Video]", "stk": "[Sticker]"}[k])
        elif k == "join":
            text.append(f"{hm}\t{s} joined the group.")
        elif k == "invite":
            text.append(f"{hm}\t{s} invited {arg}.")
        elif k == "remove":
            text.append(f"{hm}\t{s} removed {arg} from the group.")
        elif k == "leave":
            text.append(f"{hm}\t{s} left the group.")
        elif k == "unsend":
            text.append(f"{hm}\t{s}\t{s} unsent a message.")
        else:
            raise SystemExit("unsupported in export: " + k)
        text = "\n".join(text).split("\n")
    with open(os.path.join(OUT, out), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(text) + "\n")
    counts[out] = len(msgs)
    collect(msgs, out, truth, near, ledger, orders, labels)
    resolve_ledger(ledger, truth, labels)
    order_files = [g[1] for g in GROUPS] + [EXPORT[1]]
    truth.sort(key=lambda r: (order_files.index(r[1]), r[2], r[0]))
    near.sort(key=lambda r: (order_files.index(r[0]), r[1]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
        w.writerows(truth)
    with open(os.path.join(OUT, "near-misses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "message", "why"])
        w.writerows(near)
    with open(os.path.join(OUT, "ledger.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["order", "district", "state", "answer", "deadline", "note"])
        for r in ledger:
            w.writerow([r["order"]["line"], r["district"], r["state"], r["answer"]["line"] if r["answer"] else "",
                        r["deadline"], r["note"]])
    json.dump(dict(counts=counts, orders=[dict(name=o["name"], line=o["msg"]["line"], time=o["msg"]["time"],
                                               day=o["msg"]["day"], sender=o["msg"]["sender"], deadline=o["deadline"],
                                               topic=o["topic"], reading=o["reading"]) for o in orders]),
              open(os.path.join(HERE, "layout.json"), "w"), ensure_ascii=False, indent=1)
    print(counts, sum(counts.values()), "truth", len(truth), "near", len(near), "ledger", len(ledger))


def collect(msgs, out, truth, near, ledger, orders, labels):
    cur = None
    for m in msgs:
        for kind, rest in m["ann"]:
            parts = [p.strip() for p in rest.split("|")]
            if kind == "T":
                rule, who, note = parts[0], parts[1] or m["sender"], " | ".join(parts[2:])
                truth.append([rule, out, m["line"], m["id"], who, "", note])
            elif kind == "N":
                near.append([out, m["line"], m["id"], rest])
            elif kind == "O":
                cur = dict(name=parts[0], msg=m, deadline=parts[1], topic=parts[2], reading=parts[3])
                orders.append(cur)
            elif kind == "L":
                ledger.append(dict(order=m, oname=cur["name"], district=parts[0], state=parts[1],
                                   alabel=parts[2], deadline=cur["deadline"], note=parts[3] if len(parts) > 3 else ""))
            else:
                raise SystemExit("bad annotation " + kind)


def resolve_ledger(ledger, truth, labels):
    for r in ledger:
        r["answer"] = labels[r["alabel"]] if r["alabel"] else None
        if r["state"] == "late":
            a = r["answer"]
            truth.append(["SKN-5O", a["file"], a["line"], "", r["district"], "late",
                          f"{r['oname']}: answered {a['time'][:5]} {a['day']:02d} Apr, deadline {r['deadline'][:16]}"
                          + (f"; {r['note']}" if r["note"] else "")])
        elif r["state"] == "missing":
            o = r["order"]
            truth.append(["SKN-5O", o["file"], o["line"], "", r["district"], "missing",
                          f"{r['oname']}: no answer by the end of the log (deadline {r['deadline'][:16]})"
                          + (f"; {r['note']}" if r["note"] else "")])


if __name__ == "__main__":
    build()
