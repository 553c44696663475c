#!/usr/bin/env python3
"""Lay out week AX from the hand-written chat files (g*.txt), roster.txt and the notes below.
The script only sorts, numbers, lays out the export and tabulates; every message and note is hand-written."""
import csv, hashlib, json, os, re, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TZ = timezone(timedelta(hours=7))
DISTRICTS = "เมืองสกลนคร กุสุมาลย์ กุดบาก พรรณานิคม พังโคน วาริชภูมิ นิคมน้ำอูน วานรนิวาส คำตากล้า บ้านม่วง อากาศอำนวย สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ เจริญศิลป์ โพนนาแก้ว ภูพาน".split()
GROUPS = [  # fixed order of JSONL ids
    ("g1_pk.txt", "pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน."),
    ("g2_pj.txt", "palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
    ("g3_ex.txt", "executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"),
    ("g4_hd.txt", "heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
    ("g5_nk.txt", "nakpokkhrong.jsonl", "นักปกครองสกลนคร"),
]
EXPORT = ("g6_sa.txt", "[LINE]ศอ.จอส.จว.สน..txt", "ศอ.จอส.จว.สน.")
PREFIX = "ax"

# ---- SKN-5O orders: deadline and how it was read (hand-written) ----
ORDERS = {
    "O1": ("all", "2027-01-19T09:10:00+07:00", "no deadline in the text (ด่วน … ให้รายงาน … ตามแบบที่แนบ): 24 hours from the order at 09:10 on Monday 18 Jan, 09:10 on Tuesday 19 Jan", "blanket handouts (ผ้าห่มกันหนาว), all 18 districts (เรียน นอภ.ทุกอำเภอ)"),
    "O2": (["พังโคน", "วาริชภูมิ", "สว่างแดนดิน", "บ้านม่วง"], "2027-01-19T12:00:00+07:00", "\"ภายในวันพรุ่งนี้ ๑๒.๐๐ น.\" written on Monday 18 Jan: 12:00 on Tuesday 19 Jan", "sugar-cane burning hotspots (PM2.5), with photos; 4 districts named in the salutation"),
    "O3": ([d for d in DISTRICTS if d not in ("เมืองสกลนคร", "โพนนาแก้ว")], "2027-01-20T12:00:00+07:00", "\"ก่อนเที่ยงวันพุธที่ 20 นี้\": before 12:00 on Wednesday 20 Jan", "photos of the volunteers' school work for teachers' day (16 Jan); all districts except เมืองสกลนคร and โพนนาแก้ว (ทุกอำเภอ ยกเว้น …): 16 districts"),
    "O4": (["เมืองสกลนคร", "โพนนาแก้ว", "โคกศรีสุพรรณ"], "2027-01-22T23:59:59+07:00", "\"ภายใน ๓ วันทำการ\" from Tuesday 19 Jan: working day 1 Wednesday 20, 2 Thursday 21, 3 Friday 22, to the end of that day (after the log ends at 17:30)", "risk points on หนองหาร after the drowned fisherman; 3 districts listed on separate lines"),
    "O5": (["ส่องดาว", "วาริชภูมิ", "นิคมน้ำอูน"], "2027-01-21T23:59:59+07:00", "\"ภายในวันพฤหัสบดีนี้\" written on Wednesday 20 Jan: to the end of Thursday 21 Jan", "rabies vaccination counts; addressed by a property (อำเภอในเขตโรคระบาดชั่วคราวพิษสุนัขบ้า, ตามที่แจ้งเมื่อวาน), i.e. the three districts named in the information post of Tuesday 16:00: ส่องดาว วาริชภูมิ นิคมน้ำอูน"),
    "O6": ("all", "2027-01-22T10:00:00+07:00", "\"ภายในวันที่ 22 ม.ค. 70 เวลา 10.00 น.\": 10:00 on Friday 22 Jan", "names of volunteers for the Red Cross fair (งานกาชาด) booths, all 18 districts (ขอให้ทุกอำเภอ)"),
    "O7": (["กุดบาก"], "2027-01-20T16:30:00+07:00", "\"ส่งภายใน ๑๖.๓๐ น. วันนี้\" written on Wednesday 20 Jan: 16:30 that day", "list of households that got the second blanket batch; the palad's order to กุดบาก alone, written right after (in reply to) กุดบาก's post of 14:50"),
}
LEDGER_NOTES = {  # hand-written notes on particular duties
    ("O1", "กุดบาก"): "กุดบาก's 08:15 post came before the order and answers nothing; the 09:33 re-send by the district volunteer officer is the answer",
    ("O1", "ภูพาน"): "answer by ปลัดเอก ภูพาน (coordinating deputy and district volunteer officer) 15 minutes after the deadline",
    ("O2", "พังโคน"): "three photos alone; O2 asks for photos",
    ("O3", "กุดบาก"): "photos alone; O3 asks for photos",
    ("O3", "ส่องดาว"): "photos of a school volunteer day on Thursday while O5 (vaccination counts) is also open for ส่องดาว: school photos answer O3 (late), not O5, which asked for figures",
    ("O3", "โคกศรีสุพรรณ"): "one photo at 11:59, a minute before the deadline",
    ("O4", "โคกศรีสุพรรณ"): "no answer yet; the deadline (end of Friday 22) is after the end of the log",
    ("O5", "วาริชภูมิ"): "the coordinating deputy's vaccination figures; O3 was answered by photos earlier",
    ("O6", "พังโคน"): "text with a numbered list, file right after",
    ("O6", "นิคมน้ำอูน"): "20:30 Thursday, before the 10:00 Friday deadline",
    ("O7", "กุดบาก"): "file by the coordinating deputy at 17:20, 50 minutes late",
}
NEAR = {  # near-miss codes -> why (hand-written)
    "office": "the provincial office's own order or circular: allowed (the group is for exactly this)",
    "officefile": "the letter's photo/file sent by the office right after its order: part of an allowed order post",
    "palad": "the provincial palad (the office) posting an instruction: allowed",
    "ambig": "display name ปลัดต้น fits two roster people (coordinating deputy of กุสุมาลย์, deputy of สว่างแดนดิน): ambiguous, never judged",
    "rename": "a district chief renames himself; his later posts are still his (rename notice)",
    "chiefack": "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden",
    "chiefsticker": "sticker or 🙏 by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule in this group",
    "chiefrep": "a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition",
    "gov": "the governor's order or message: allowed",
    "vgov": "a vice governor's order or message: allowed",
    "reply": "a district chief's reply/acknowledgement to the governor or a vice governor: allowed",
    "incident": "incident report by a district chief: allowed in this group",
    "reporttogov": "a district chief's report to the governor: allowed",
    "reporttovg": "a district chief's report to a vice governor: allowed",
    "paladreport": "the palad's summary report to the governor: information, not an order",
    "invite": "a district chief's invitation to the governor: a request, not an order",
    "info": "information (weather, dust, water level, notices): not an order or report",
    "wish": "greeting or wish: courtesy, not a report",
    "thanks": "thanks or a visit note: courtesy, not a performance report",
    "pr": "public relations / invitation / advice: not a report or performance result",
    "news": "the PR office's news item: information, not a performance report",
    "schedule": "a schedule: information, not a report",
    "question": "a question between members: not a report or order",
    "condolence": "condolence: courtesy",
    "congrats": "congratulation to another agency: courtesy, not the agency's own report",
    "coordpost": "a coordinating deputy posting in นักปกครองสกลนคร: admitted",
    "dualrole": "a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy",
    "coordrep": "a coordinating deputy's post for his district: a district person",
    "order": "the provincial centre's order (province-level volunteer officer): allowed, opens a duty",
    "orderfile": "file/photo of the letter right after the centre's order: part of the order post",
    "ordersome": "the palad's order naming four districts: the other districts owe nothing",
    "orderexcept": "order to all districts except two: those two owe nothing",
    "orderlist": "the palad's order to three districts listed on separate lines: the others owe nothing",
    "orderproperty": "order addressed by a property (districts in the rabies zone announced the day before): three districts owe a report",
    "palreply": "the palad's order to one district given right after its post: a new order of the provincial centre (not a reminder of an earlier order)",
    "ack": "acknowledgement (รับทราบ) by a district person: not an order and not a report",
    "before": "a district's report sent before the order was given: it answers nothing",
    "volrep": "report by the district volunteer officer on the district's behalf: counts",
    "deputyrep": "photos alone by an ordinary deputy (deputy_district_chief) on the district's behalf after an order that asks for photos: counts",
    "fileans": "a file as the district's report: counts",
    "captionafter": "caption after the photos/file: the report is cited at its first post",
    "handtable": "photo of a handwritten table as the report: counts",
    "photosalone": "photos alone after an order that asks for photos: a report",
    "photosalone2": "further photo of the same post: no separate answer",
    "oneminute": "report one minute before the deadline: on time",
    "reminder": "reminder (อำเภอที่ยังไม่ส่ง / ตามที่แจ้งไว้ / เร่งรัด / ยังขาด): creates no new duty and does not move the deadline",
    "infoonly": "information-only order (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty",
    "notaddressed": "post by a district that the order does not address: answers nothing, no finding",
    "question_sa": "question by a district person: not an order or report",
    "districtinfo": "district chief's information post (not an answer to an open order)",
    "eliginvite": "eligible invitee: a deputy of เจริญศิลป์ invited by his own district chief",
    "eligdeputy": "post by the newly invited deputy (deputy_district_chief): admitted",
    "unsend": "unsend notice: the unsent message is gone; nothing to judge",
    "leave": "an eligible member (deputy of เมืองสกลนคร) leaving: no finding",
    "coordpost_sa": "coordinating deputy's post: admitted",
}

# near misses are listed for a sample of the routine posts: every k-th post of these codes
SAMPLE = {"officefile": 3, "coordpost": 3, "chiefack": 3, "reply": 3, "ack": 3, "office": 2, "pr": 2, "palad": 2, "wish": 2, "gov": 2, "photosalone2": 0}
_seen = {}
def keep_near(code):
    k = SAMPLE.get(code, 1)
    if k == 0: return False
    c = _seen.get(code, 0); _seen[code] = c + 1
    return c % k == 0

def load_roster():
    rows = []
    for ln in open(os.path.join(HERE, "roster.txt"), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln or ln.startswith("#"):
            continue
        full, disp, role, agency, dist, hasid, email = ln.split("|")
        n = len(rows) + 1
        lid = ("U" + hashlib.md5(("ax-" + full).encode()).hexdigest()) if hasid == "1" else ""
        rows.append(dict(person_id="P%03d" % n, full_name=full, display_names=disp.replace(";", "|"),
                         role=role.replace("+", "|"), agency=agency, district=dist, line_user_id=lid, email=email))
    return rows

def parse(fname):
    alias, msgs, day = {}, [], None
    for no, ln in enumerate(open(os.path.join(HERE, fname), encoding="utf-8"), 1):
        ln = ln.rstrip("\n")
        if not ln.strip():
            continue
        if ln.startswith("="):
            k, v = ln[1:].split("=", 1); alias[k] = v; continue
        if ln.startswith("@"):
            day = int(ln[1:]); continue
        parts = ln.split("|")
        if len(parts) != 5:
            sys.exit("%s:%d bad field count" % (fname, no))
        hm, snd, kind, content, tags = parts
        snd = alias.get(snd, snd)
        tg = [t for t in re.split(r";(?=(?:T|N|A|O|L|re):)", tags) if t]
        msgs.append(dict(day=day, hm=hm, sender=snd, kind=kind, content=content.replace("\\n", "\n"), tags=tg, src=(fname, no)))
    msgs.sort(key=lambda m: (m["day"], m["hm"]))  # stable: same minute keeps written order
    cnt = {}
    for m in msgs:
        k = (m["day"], m["hm"]); c = cnt.get(k, 0); cnt[k] = c + 1
        if c > 5: sys.exit("too many in one minute %s" % (k,))
        h, mi = map(int, m["hm"].split(":"))
        m["dt"] = datetime(2027, 1, m["day"], h, mi, 3 + 11 * c, tzinfo=TZ)
    return msgs

def main():
    roster = load_roster()
    byname = {}
    for p in roster:
        for d in p["display_names"].split("|"):
            byname.setdefault(d, []).append(p)
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
        w.writeheader(); w.writerows(roster)
    truth, near, answers, orders_at, counts = [], [], {}, {}, {}
    n = 0; allmsgs = []
    for src, out, gname in GROUPS:
        msgs = parse(src); labels = {}; lines = []
        for i, m in enumerate(msgs, 1):
            n += 1; mid = "%s%04d" % (PREFIX, n)
            o = {"id": mid, "group": gname, "time": m["dt"].isoformat(), "sender": m["sender"]}
            ps = byname.get(m["sender"], [])
            if len(ps) == 1 and n % 3 != 0:
                sid = ps[0]["line_user_id"] or ps[0]["email"]
                if sid: o["senderId"] = sid
            k = m["kind"]
            if k == "t": o["type"] = "text"; o["text"] = m["content"]
            elif k == "s": o["type"] = "sticker"
            elif k in ("i", "f", "v"): o["type"] = {"i": "image", "f": "file", "v": "video"}[k]; o["attachment"] = m["content"]
            else:
                o["type"] = "system"; o["event"] = k
                if k == "join": o["text"] = "%s เข้าร่วมกลุ่มด้วยลิงก์เชิญ" % m["sender"]
                if k in ("invite", "remove", "rename"): o["target"] = m["content"]
            for t in m["tags"]:
                if t.startswith("L:"): labels[t[2:]] = mid
                if t.startswith("re:"): o["replyTo"] = labels[t[3:]]
            lines.append(json.dumps(o, ensure_ascii=False))
            for t in m["tags"]:
                if t.startswith("T:"):
                    _, rule, note = t.split(":", 2)
                    who = m["sender"]
                    if rule.endswith("@target"): rule = rule[:-7]; who = m["content"]
                    truth.append([rule, out, i, mid, who, "", note])
                if t.startswith("N:") and keep_near(t[2:]):
                    near.append([out, i, mid, NEAR[t[2:]]])
            allmsgs.append(m["dt"])
        open(os.path.join(OUT, out), "w", encoding="utf-8").write("\n".join(lines) + "\n")
        counts[out] = len(msgs)
    # ---- the export: LINE for PC "Save chat", Thai UI ----
    src, out, gname = EXPORT
    msgs = parse(src); lines = []; day = None
    WD = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
    PH = {"i": "รูป", "s": "สติกเกอร์", "f": "ไฟล์", "v": "วิดีโอ"}
    for m in msgs:
        if m["day"] != day:
            day = m["day"]; d = m["dt"]
            lines.append("%04d.%02d.%02d %s" % (d.year, d.month, d.day, WD[d.weekday()]))
        hm = m["dt"].strftime("%H:%M"); s = m["sender"]; k = m["kind"]
        if k == "t": body = m["content"]
        elif k in PH: body = PH[k]
        elif k == "join": body = "%s เข้าร่วมกลุ่ม" % s
        elif k == "invite": body = "%s เพิ่ม %s เข้ากลุ่ม" % (s, m["content"])
        elif k == "remove": body = "%s ลบ %s ออกจากกลุ่ม" % (s, m["content"])
        elif k == "leave": body = "%s ออกจากกลุ่ม" % s
        elif k == "unsend": body = "ยกเลิกข้อความ"
        else: sys.exit("kind " + k)
        m["line"] = sum(1 + x.count("\n") for x in lines) + 1
        lines.append("%s %s %s" % (hm, s, body))
        for t in m["tags"]:
            if t.startswith("T:"):
                _, rule, note = t.split(":", 2)
                who = m["sender"]
                if rule.endswith("@target"): rule = rule[:-7]; who = m["content"]
                truth.append([rule, out, m["line"], "", who, "", note])
            if t.startswith("N:") and keep_near(t[2:]):
                near.append([out, m["line"], "", NEAR[t[2:]]])
            if t.startswith("O:"): orders_at[t[2:]] = m
            if t.startswith("A:"):
                _, o, dist = t.split(":")
                if (o, dist) in answers: sys.exit("two answers %s %s" % (o, dist))
                answers[(o, dist)] = m
        allmsgs.append(m["dt"])
    open(os.path.join(OUT, out), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    counts[out] = len(msgs)
    end = max(allmsgs)
    # ---- ledger ----
    ledger = []
    for o, (dists, dl, how, topic) in ORDERS.items():
        om = orders_at[o]; dlt = datetime.fromisoformat(dl)
        for d in (DISTRICTS if dists == "all" else dists):
            a = answers.pop((o, d), None)
            note = LEDGER_NOTES.get((o, d), "")
            if a is not None:
                if a["dt"] < om["dt"]: sys.exit("answer before order %s %s" % (o, d))
                st = "on-time" if a["dt"] <= dlt else "late"
                ledger.append([om["line"], d, st, a["line"], dl, note])
                if st == "late":
                    truth.append(["SKN-5O", out, a["line"], "", d, "late", "%s: answered %s, deadline %s" % (o, a["dt"].strftime("%H:%M %d %b"), dl[:16])])
            else:
                st = "not-due" if dlt > end else "missing"
                ledger.append([om["line"], d, st, "", dl, note])
                if st == "missing":
                    truth.append(["SKN-5O", out, om["line"], "", d, "missing", "%s: no answer by the end of the log (deadline %s)" % (o, dl[:16])])
    if answers: sys.exit("answers to unknown duties: %s" % list(answers))
    with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["order", "district", "state", "answer", "deadline", "note"]); w.writerows(ledger)
    order_files = [g[1] for g in GROUPS] + [out]
    truth.sort(key=lambda r: (order_files.index(r[1]), r[2]))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["rule", "file", "line", "message", "who", "state", "note"]); w.writerows(truth)
    near.sort(key=lambda r: (order_files.index(r[0]), r[1]))
    with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["file", "line", "message", "why"]); w.writerows(near)
    json.dump({"counts": counts, "end": end.isoformat(), "orders": {o: orders_at[o]["line"] for o in ORDERS}},
              open(os.path.join(HERE, "layout.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    from collections import Counter
    print(counts, sum(counts.values()), "end", end)
    print(Counter(r[0] for r in truth)); print(Counter(r[2] for r in ledger)); print("near", len(near))
    print(Counter((r[0], r[5]) for r in truth if r[0] == "SKN-5O"))

main()
