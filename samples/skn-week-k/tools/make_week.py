#!/usr/bin/env python3
"""Writes the week-K files from the hand-written messages in content_*.py, the hand tags on them and the
hand-worked ledger in ledger_data.py. Run: python3 make_week.py"""
import csv, json, os
from roster_data import P, BY, DIST
from engine import MSGS, GROUPS, name_of
from ledger_data import ORDERS, STATE_NAME
import content_jos, content_pkc, content_pjc, content_exe, content_npk, content_hod

HERE = os.path.dirname(os.path.abspath(__file__))
for mod in (content_jos, content_pkc, content_pjc, content_exe, content_npk, content_hod):
    mod.build()
    if hasattr(mod, "build_more"):
        mod.build_more()

GORDER = list(GROUPS)
# seconds within a minute, per group, in writing order
per = {}
for x in MSGS:
    k = (x["g"], x["day"], x["hm"])
    n = per.get(k, 0)
    per[k] = n + 1
    base = (x["day"] * 31 + int(x["hm"][:2]) * 7 + int(x["hm"][3:]) * 13 + GORDER.index(x["g"]) * 5) % 29
    x["sec"] = min(59, base + 6 * n)
    x["time"] = "2026-02-%02dT%s:%02d+07:00" % (x["day"], x["hm"], x["sec"])
    x["sortkey"] = (x["day"], x["hm"], x["sec"])

bygroup = {g: sorted([x for x in MSGS if x["g"] == g], key=lambda x: (x["sortkey"], x["seq"])) for g in GORDER}
# ids across the JSONL files, in time order
jsonl = sorted([x for x in MSGS if x["g"] != "hod"], key=lambda x: (x["sortkey"], GORDER.index(x["g"]), x["seq"]))
for i, x in enumerate(jsonl, 1):
    x["id"] = "k%04d" % i
keys = {x["key"]: x for x in MSGS if x["key"]}
for g in GORDER:
    prev = None
    for x in bygroup[g]:
        if x["rep"] == "@prev":
            x["rep_id"] = prev["id"]
        elif x["rep"]:
            x["rep_id"] = keys[x["rep"]]["id"]
        prev = x

# ---- roster
with open(os.path.join(HERE, "roster.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
    for p in P:
        w.writerow([p["pid"], p["full"], "|".join(p["disp"]), p["role"], p["agency"], p["district"], p["uid"], p["email"]])

# ---- JSONL files
for g in GORDER:
    if g == "hod":
        continue
    gname, fname = GROUPS[g]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
        for ln, x in enumerate(bygroup[g], 1):
            x["file"], x["line"] = fname, ln
            o = {"id": x["id"], "group": gname, "time": x["time"], "sender": x["sender"]}
            p = BY.get(x["code"]) if x["code"] else None
            if p and p["uid"] and x["sid"] and x["seq"] % 3 != 0:
                o["senderId"] = p["uid"]
            o["type"] = x["type"]
            if x["text"] is not None:
                o["text"] = x["text"]
            if x.get("rep_id"):
                o["replyTo"] = x["rep_id"]
            if x["ev"]:
                o["event"] = x["ev"]
            if x["tgt"]:
                o["target"] = x["tgt"]
            if x["att"]:
                o["attachment"] = x["att"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---- LINE Thai phone export
WD = {9: "จ.", 10: "อ.", 11: "พ.", 12: "พฤ.", 13: "ศ."}
gname, fname = GROUPS["hod"]
lines = ['\ufeff[LINE] ประวัติการแชทในกลุ่ม "%s"' % gname, "บันทึกเมื่อ 13/02/2569 20:40", ""]
day = None
for x in bygroup["hod"]:
    if x["day"] != day:
        if day is not None:
            lines.append("")
        day = x["day"]
        lines.append("%s %02d/02/2569" % (WD[day], day))
    x["file"], x["id"] = fname, ""
    if x["type"] == "system":
        if x["ev"] == "invite":
            body = "%s เพิ่ม %s เข้ากลุ่ม" % (x["sender"], x["tgt"])
        elif x["ev"] == "join":
            body = "%s เข้าร่วมกลุ่ม" % x["sender"]
        elif x["ev"] == "remove":
            body = "%s ลบ %s ออกจากกลุ่ม" % (x["sender"], x["tgt"])
        else:
            body = "%s ออกจากกลุ่ม" % x["sender"]
        x["line"] = sum(l.count("\n") + 1 for l in lines) + 1
        lines.append("%s\t\t%s" % (x["hm"], body))
        continue
    if x["type"] == "image":
        body = "[รูป]"
    elif x["type"] == "sticker":
        body = "[สติกเกอร์]"
    else:
        body = x["text"]
        if "\n" in body or body.startswith('"'):
            body = '"' + body.replace('"', '""') + '"'
    x["line"] = sum(l.count("\n") + 1 for l in lines) + 1
    lines.append("%s\t%s\t%s" % (x["hm"], x["sender"], body))
with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---- truth.csv
def who_name(w):
    if w is None:
        return None
    if w.startswith("="):
        return w[1:]
    return BY[w]["disp"][0] if w in BY else w

rows = []
for g in GORDER:
    for x in bygroup[g]:
        for t in x["T"]:
            if len(t) == 2:
                rule, note = t
                who = x["sender"]
            else:
                rule, w, note = t
                who = who_name(w)
            rows.append([rule, x["file"], x["line"], x["id"], who, "", note])
# ledger
ans = {}
for x in MSGS:
    for o in x["ans"]:
        d = BY[x["code"]]["district"] if x["code"] else None
        if d is None:
            p = [q for q in P if x["sender"].replace("\u200b", "").replace("นาย", "", 1) in q["disp"] or
                 x["sender"].replace("\u200b", "") in q["disp"]]
            d = p[0]["district"]
        code = [k for k, v in DIST.items() if v == d][0]
        ans.setdefault((o, code), x)
ledger = []
for o, spec in ORDERS.items():
    ox = keys[o]
    for d in spec["districts"]:
        st = STATE_NAME[spec["state"].get(d, "o")]
        a = ans.get((o, d))
        note = ""
        if a is not None and a.get("NM") and st in ("on-time", "late"):
            note = a["NM"]
        ledger.append([ox["id"], DIST[d], st, a["id"] if a is not None else "", spec["deadline"], note])
        if st == "late":
            rows.append(["SKN-5O", a["file"], a["line"], a["id"], DIST[d], "late",
                         "first answer to %s (%s) after its deadline %s" % (ox["id"], o, spec["deadline"][:16])])
        elif st == "missing":
            rows.append(["SKN-5O", ox["file"], ox["line"], ox["id"], DIST[d], "missing",
                         "no answer to %s (%s) in ศอ.จอส. by the end of the log (deadline %s)" % (ox["id"], o, spec["deadline"][:16])])
rows.sort(key=lambda r: (r[1], int(r[2]), r[0]))
with open(os.path.join(HERE, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
    w.writerows(rows)
with open(os.path.join(HERE, "ledger.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["order", "district", "state", "answer", "deadline", "note"])
    w.writerows(ledger)
nm = [[x["file"], x["line"], x["id"], x["NM"]] for g in GORDER for x in bygroup[g] if x["NM"]]
with open(os.path.join(HERE, "near-misses.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "line", "message", "why"])
    w.writerows(nm)

print("messages:", {GROUPS[g][1]: len(bygroup[g]) for g in GORDER})
print("truth rows:", len(rows), "ledger rows:", len(ledger), "near misses:", len(nm))

# ---- TRUTH.md
from collections import Counter
ORDER_TEXT_ROLE = {"PALAD": "the provincial palad", "PVS1": "the provincial volunteer centre (ศอ.จอส.จว.สน. 🇹🇭)",
                   "PVS2": "the provincial volunteer centre (พี่ต่าย จอส.จว.สน.)"}
out = []
W = out.append
W("# Week K (9–13 February 2026): ground truth, worked by hand\n")
W("Five working days, Monday 9 to Friday 13 February 2026 (พ.ศ. ๒๕๖๙), in the dry season: drought water and water "
  "trucks, forest fires on the Phu Phan range, PM2.5 and sugar-cane burning, Valentine's-day marriage registration "
  "(14 Feb falls on a Saturday), the village-fund and welfare-card checks, and the run-up to Makha Bucha.\n")
W("All messages, names and figures are invented. The truth below was worked out from the letter (seed 002) and "
  "EVAL-RULES.md, message by message; `check.py` only confirms that rows point at real lines and that the hand "
  "work is self-consistent.\n")
W("## Calendar, holidays and the judgement time\n")
W("- Makha Bucha 2569 falls on **Tuesday 3 March 2026**: 2569 has an extra eighth lunar month (อธิกมาส), so the "
  "festival moves to the full moon of the fourth month; the full moon of the third month (around 2 February) is "
  "not the holiday. February 2569 therefore has no public holiday at all; Chinese New Year (17 Feb) is not a "
  "government holiday. No deadline of the week lands on a holiday; the only one that lands on a weekend is O6 "
  "(ภายใน ๓ วัน from Wednesday 11 Feb → Saturday 14 Feb → moved to Monday 16 Feb).")
W("- 'ภายใน N วัน' is counted from the day after the order; the deadline is the end (23:59:59) of the Nth day, "
  "moved to the next working day if that day is a weekend or holiday. A named date without a time means the end "
  "of that day. A clock time without a date means that time on the day of the order. 'ภายใน ๒๔ ชม.' is 24 hours "
  "from the order's own minute. An order with no deadline would get 24 hours (none here).")
W("- The log ends with `%s` in volunteer-centre.jsonl at **%s**: missing answers are judged at that moment; a "
  "duty whose deadline is later and that has no answer yet is `not-due`.\n" % (
      max((x for x in MSGS if x["g"] != "hod"), key=lambda x: x["sortkey"])["id"],
      max((x for x in MSGS if x["g"] != "hod"), key=lambda x: x["sortkey"])["time"]))
W("## Roster in brief (roster.csv, %d people)\n" % len(P))
rc = Counter(r for p in P for r in p["role"].split("|"))
W("- Province: the governor (ผวจ.สน. วีรยุทธ), 3 vice governors (รองฯ ประเสริฐ, อรุณี รอง ผวจ.สน. 🌷, Chatree B.), "
  "the palad (ปจ.สน. ธนพล), 3 office sending accounts (ปค.สน. สารบรรณ, กลุ่มงานปกครอง ปค.จ.สน., ฝ่ายอำนวยการ ปค.สน.), "
  "2 province-level volunteer officers with no district (ศอ.จอส.จว.สน. 🇹🇭, พี่ต่าย จอส.จว.สน.).")
W("- 11 agency heads (ปภ., พมจ., สสจ., เกษตร, ทสจ., พัฒนาชุมชน, ท้องถิ่น, ประชาสัมพันธ์, ชลประทาน, สำนักงานจังหวัด, "
  "ศึกษาธิการ) and 4 of their staff (ไผ่ ปภ.สน., ธุรการ สสจ.สน., หนิง พมจ.สน., แอดมิน ปชส.สน.); one retired former "
  "district chief (ลุงสมาน (อดีต นอภ.)).")
W("- 18 districts, each with a district chief, a coordinating deputy and a volunteer officer. In กุดบาก (ปลัดชาติ กุดบาก) "
  "and เจริญศิลป์ (ปลัดกอล์ฟ เจริญศิลป์) one person holds both `coordinating_deputy|volunteer_center_staff`. Seven "
  "other deputies in เมืองสกลนคร, พรรณานิคม, วานรนิวาส, สว่างแดนดิน (two), โพนนาแก้ว and ภูพาน.")
W("- Shared display name: **ปลัดต้น** belongs to a deputy of วานรนิวาส and a deputy of สว่างแดนดิน (neither has a LINE "
  "id), so posts under it are ambiguous and never judged.")
W("- Name variants in the logs: 'นายบุญเลิศ ทองคำ' (roster: 'บุญเลิศ ทองคำ', title added) and 'จอส.นิคมน้ำอูน' "
  "followed by a zero-width space; both are the roster people, not outsiders. Those messages carry no senderId.")
W("- Role counts: %s. Every person has their own e-mail or none; about two thirds have a LINE user id.\n" %
  ", ".join("%s %d" % kv for kv in sorted(rc.items())))
W("## Groups and message counts\n")
W("| group | file | messages |\n|---|---|---|")
for g in GORDER:
    W("| %s | %s | %d |" % (GROUPS[g][0], GROUPS[g][1], len(bygroup[g])))
W("\nThe JSONL files hold %d messages (ids k0001–k%04d, in time order across files); the export holds %d "
  "messages (its truth rows cite the .txt line and leave `message` empty). นักปกครองสกลนคร "
  "is administrators.jsonl.\n" % (len(jsonl), len(jsonl), len(bygroup["hod"])))

W("## Orders in ศอ.จอส.จว.สน. and the ledger\n")
W("An order of the provincial centre (the palad or a province-level volunteer officer) that asks for a report "
  "obliges the districts it names, else all 18. Reminders, re-posts and information-only orders create no duty. "
  "A district's answer is the first report in ศอ.จอส. by any of its people after the order that carries that "
  "order's result (text, a form file, or photos alone when the order asks for photos).\n")
for o, spec in ORDERS.items():
    ox = keys[o]
    W("### %s — `%s` (volunteer-centre.jsonl line %d, %s, by %s)\n" % (o, ox["id"], ox["line"], ox["time"][:16].replace("T", " "),
                                                                          ox["sender"]))
    W("- Wording: '%s' → deadline **%s**: %s." % (spec["wording"], spec["deadline"], spec["why"]))
    nd = spec["districts"]
    W("- Obliges: %s." % ("all 18 districts" if len(nd) == 18 else ", ".join(DIST[d] for d in nd) +
                          " (%d districts)" % len(nd)))
    groups_ = {}
    for d in nd:
        st = STATE_NAME[spec["state"].get(d, "o")]
        a = ans.get((o, d))
        groups_.setdefault(st, []).append("%s%s" % (DIST[d], " (%s %s)" % (a["id"], a["time"][5:16].replace("T", " ")) if a else ""))
    for st in ("on-time", "late", "missing", "not-due"):
        if st in groups_:
            W("- %s (%d): %s" % (st, len(groups_[st]), "; ".join(groups_[st])))
    W("")
W("### Orders and posts that create no duty\n")
for k, why in (("O1R", "word-for-word re-post of O1 the next morning: a reminder, same duty, no new one"),
               ("R1", "ย้ำ … ตามกำหนด, a reply to O3: reminder"),
               ("R2", "เร่งรัด … names the seven districts still missing, a reply to O5: reminder"),
               ("R4", "ย้ำ … ตามกำหนดเวลา … อำเภอที่ยังไม่ได้รายงาน, a reply to O7: reminder"),
               ("R3", "อำเภอที่ยังไม่ได้รายงาน … ตามกำหนด, a reply to O9: reminder"),
               ("I1", "แจ้งเพื่อทราบ ไม่ต้องรายงาน: information only"),
               ("I2", "แจ้งเพื่อทราบ … ไม่ต้องรายงาน (Makha Bucha programme): information only"),
               ("I3", "เพื่อทราบ … ไม่ต้องรายงาน (meeting minutes): information only")):
    x = keys[k]
    W("- %s `%s` (line %d, %s): %s." % (k, x["id"], x["line"], x["time"][:16].replace("T", " "), why))
W("- Orders by people who are not the provincial centre (a district chief on 10 Feb 18:00, the อ.เมือง volunteer "
  "officer on 12 Feb 19:10) are SKN-5P findings and oblige no one.\n")
W("Ledger totals: %s.\n" % ", ".join("%s %d" % (k, v) for k, v in Counter(r[2] for r in ledger).items()))

W("## Findings (truth.csv, %d rows)\n" % len(rows))
W("| rule | file:line | message | who | state | why |\n|---|---|---|---|---|---|")
for r in rows:
    W("| %s | %s:%s | %s | %s | %s | %s |" % (r[0], r[1], r[2], r[3] or "—", r[4], r[5] or "", r[6]))
W("\nCounts: %s.\n" % ", ".join("%s %d" % kv for kv in sorted(Counter(r[0] for r in rows).items())))
W("Membership findings are given once per person per group at their first appearance (post, join or invite). "
  "An invite of a roster person who is not admitted gives three rows: the group's membership rule for the "
  "invitee (their first appearance) and SKN-ALL for the invitee and for the inviter. Outsiders get one OUTSIDER "
  "row and no SKN-ALL.\n")
W("## Near misses (near-misses.csv, %d rows)\n" % len(nm))
W("| file:line | message | why it is not a finding |\n|---|---|---|")
for r in nm:
    W("| %s:%s | %s | %s |" % (r[0], r[1], r[2] or "—", r[3]))
W("\nOther ordinary traffic that is not listed row by row and is not a finding: district chiefs' and agency heads' "
  "acknowledgements and stickers after the governor's posts in หน.ส่วนราชการ-นอภ.สน. and ผู้บริหารจังหวัด และนายอำเภอ; all "
  "acknowledgements and reports by district chiefs in ข้อสั่งการ ปจ.สน.; district people's acknowledgements, "
  "questions and chat in ศอ.จอส.; coordinating deputies' performance reports in นักปกครองสกลนคร.\n")
W("## Readings chosen where the rules leave room\n")
W("- The province-level volunteer officer's summary of the districts' mask figures (12 Feb 17:40, addressed to the "
  "palad) is a report by someone who is not a district's person: SKN-5P, because EVAL-RULES limits reports to a "
  "district's people and says *district-level* volunteer staff. It answers no district's duty.")
W("- SKN-2P is counted per message; the invite system line in ข้อสั่งการ ปค.สน. is not a post (it gives membership "
  "findings only). Violators there post single messages, so no text+photo grouping question arises.")
W("- Photos followed by a caption: the caption message is cited as the answer (its time is a minute after the "
  "photos; both are on time).")
W("- Bare 'district + number' answers while two orders are open are attributed by what the district posts next "
  "(a clear answer to the other order, or a clarification asked by the palad). The choice matters: giving "
  "คำตากล้า's '12' to O3 would leave its O1 missing, giving เต่างอย's '85' to O5 would leave its O7 missing, and "
  "giving บ้านม่วง's '240' to O1 would make its O1 on time (it is late: its weir report came on 12 Feb 13:00).")
W("- A correction ('ขอแก้ไขตัวเลข') after the deadline does not replace the on-time first answer; the second part "
  "of a two-part answer (the form file) does not move the answer time.")
with open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
