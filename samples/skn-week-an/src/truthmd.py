"""Writes TRUTH.md from summary.json (written by build.py) and the prose below, written by hand."""
import json
import os
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
S = json.load(open(os.path.join(HERE, "summary.json"), encoding="utf-8"))
GROUP = {"[LINE]ข้อสั่งการ ปค.สน..txt": "ข้อสั่งการ ปค.สน.", "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.",
         "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.", "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
         "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "nakpokkhrong.jsonl": "นักปกครองสกลนคร"}
FILES = ["[LINE]ข้อสั่งการ ปค.สน..txt", "volunteer-centre.jsonl", "palad-orders.jsonl", "executives.jsonl",
         "heads-chiefs.jsonl", "nakpokkhrong.jsonl"]


ALLMSG = {}
for _fn in FILES:
    if _fn.endswith(".jsonl"):
        for _l in open(os.path.join(OUT, _fn), encoding="utf-8"):
            _m = json.loads(_l)
            ALLMSG[_m["id"]] = _m


def idof(fn, text_part):
    """the id of the one message of `fn` whose text contains text_part (a guard against stale ids in the prose)"""
    hits = [i for i, m in ALLMSG.items() if m["group"] == GROUP[fn] and text_part in (m.get("text") or "")]
    assert len(hits) == 1, (fn, text_part, hits)
    return hits[0]


def hm(iso):
    t = datetime.fromisoformat(iso)
    return f"{t:%H:%M} {t.day} Nov"


def cite(fn, line, mid):
    return f"line {line}" + (f" {mid}" if mid else "")


total = sum(S["counts"].values())
sor = S["counts"]["volunteer-centre.jsonl"]
out = []
w = out.append

w("# Week AN (23–27 November 2026): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by "
  "`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the audit tool "
  "was not run and its rules, code and documents were not read. Data: `roster.csv`, five JSONL chats, one LINE phone export "
  "(`[LINE]ข้อสั่งการ ปค.สน..txt`, ข้อสั่งการ ปค.สน.), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. "
  "`src/` holds the scripts the chats were laid out with: every message and every annotation (finding, near miss, order and "
  "its deadline reasoning, which message answers which order) is written by hand in `src/g_*.py`; `src/frame.py` and "
  "`src/build.py` only give seconds, ids and line numbers, write the files and tabulate the ledger from the hand tags "
  "(first tagged answer per order and district, compared with the hand-worked deadline).\n")

w("## The week\n")
w("- Monday 23 – Friday 27 November 2026 (๒๓–๒๗ พ.ย. ๒๕๖๙) are all working days. Loy Krathong falls on **Tuesday 24 November**; "
  "it is a festival, not a public holiday, so offices work and it moves no deadline. Saturday 28 and Sunday 29 are the weekend; "
  "Monday 30 November is a working day (the next public holiday is Saturday 5 December, Father's Day, outside every deadline here).\n"
  "- Season: Loy Krathong (volunteers at the ponds, Nong Han and the Songkhram river; lanterns and fireworks near Sakon Nakhon "
  "airport; one drowning at อากาศอำนวย and a lantern fire at ต.ธาตุเชิงชุม on the night of the 24th), the rice harvest with hired "
  "combine harvesters (prices, an overturned and a burning harvester), the open-burning ban from 1 December and the first "
  "hotspot, the dry-season water plan (check dams, dredging), a dengue cluster in วาริชภูมิ, ส่องดาว and นิคมน้ำอูน, and the "
  "land office's mobile title-deed service at พรรณานิคม (26th) and วาริชภูมิ (27th).\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:19].replace('T', ' ')}** (Friday 27 Nov, "
  "the last message of `volunteer-centre.jsonl`; every other file ends earlier that afternoon).\n")

w("## Roster in brief\n")
w("`roster.csv` has 86 people (all fictional): the governor, 3 vice governors, the provincial palad, 3 sending accounts of the "
  "provincial administration office (ปค.จ.: a shared สารบรรณ account and two officers), 2 province-level volunteer officers "
  "(no district: จ่าวีร์ and กิ๊ฟ), 12 agency heads, 4 staff of agency heads (ปภ., สสจ., ที่ดิน, ปชส.), one retired former "
  "district chief (ลุงเถียร), and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer "
  "officer, with extra deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส, อากาศอำนวย, สว่างแดนดิน and ภูพาน (1 each).\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดพงษ์ กุดบาก (จอส.) and ปลัดอุดม เต่างอย (จอส.); "
  "their districts have no separate volunteer officer.\n"
  "- The display name **ปลัดบอย** belongs to two people (a deputy of วานรนิวาส and the coordinating deputy of คำตากล้า). "
  "Neither has a LINE user id, so no message can be resolved by id: every ปลัดบอย post is ambiguous, never judged, and answers "
  "no duty.\n"
  "- About 60% of the people have a LINE user id (`U` + 32 hex), some an e-mail, some both or neither; JSONL messages of people "
  "with an id carry `senderId` on roughly two messages in three. The export carries names only.\n"
  "- Names as people write them: emoji (`รองผู้ว่าฯ อัมพวัน 🌸`, `พัชรินทร์ ปค.สน. 📄`, `มณีรัตน์ จอส.โพนนาแก้ว 🌻`) and "
  "titles (`ว่าที่ร.ต.สมบัติ จอส.ภูพาน`, `ว่าที่ร.ต.หญิง พรรณี จอส.เจริญศิลป์`) exactly as on the roster. The volunteer "
  "officer of ส่องดาว renames himself from `เอก จอส.ส่องดาว` to `เอก ส่องดาว 🪔` in ศอ.จอส.จว.สน. on Tuesday 07:15 (rename "
  "notice, line 72 an0072); the new name is not on the roster, and his later posts there (two of them answers) are his.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn in FILES:
    w(f"| `{fn}` | {GROUP[fn]} | {S['counts'][fn]} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {sor} messages ({sor / total:.1%}). JSONL ids run `an0001`…`an{sum(v for k, v in S['counts'].items() if k.endswith('.jsonl')):04d}` "
  "across the five JSONL files (volunteer-centre, palad-orders, executives, heads-chiefs, nakpokkhrong, in that order). The "
  "export has no ids: its truth rows and near misses are cited by the file's line number (the first line of a multi-line "
  "message) with an empty `message` column. The ledger cites the ศอ group's messages by id (`order`, `answer`).\n")
w("Export conventions (formats-line.md §1.3, §1.6, §1.7, §1.10 B: phone export, **English UI, Thai region, Buddhist-era "
  "dates**): no header lines and no BOM (variant B is shown without them), date lines `Mon, 23/11/2569 BE` preceded by a blank "
  "line, message lines `HH:MM⇥name⇥text`, multi-line messages wrapped in double quotes with inner quotes doubled, placeholders "
  "`[Photo]`, `[Sticker]`, `[File]`, and 3-column system lines with an empty sender: `HH:MM⇥⇥A invited B.`, `B joined the group.`, "
  "`X left the group.`, `X unsent a message.`. Replies are not shown in exports; JSONL files use `replyTo`.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule (as week AB): a deadline written as a clock time is that minute; a date runs to the end of that day "
  "(`23:59:59`); \"ภายใน ๒๔ ชั่วโมง\" is 24 hours from the order's minute; \"ภายใน N วัน\" counts from the day after the order, "
  "and a last day on a weekend or holiday moves to the next working day. An answer at or before the deadline is on time. The "
  "answer is the first report, after the order, by any person of the district (chief, deputy, coordinating deputy, district "
  "volunteer officer) that carries what the order asks for: a text report, a file, or photos sent alone after an order that asks "
  "for photos. Photos followed by their caption, and a file followed by a line, are one post cited at its first message. "
  "Several orders are open at once; I matched each answer to its order by its content (and a file by its name).\n")
for o in S["orders"]:
    dist = "all 18 districts" if not o["districts"] else f"{len(o['districts'])} districts named in it"
    w(f"### {o['key']} — line {o['line']} {o['id']}, {hm(o['time'])}, {o['sender']} ({dist})\n")
    w(f"Deadline {o['deadline']}. {o['reason']}\n")
    by = {}
    for r in o["rows"]:
        by.setdefault(r["state"], []).append(r)
    for st in ("on-time", "late", "missing", "not-due"):
        rs = by.get(st, [])
        if not rs:
            continue
        if st in ("missing", "not-due"):
            items = ", ".join(r["district"] for r in rs)
        else:
            items = ", ".join(f"{r['district']} ({r['id']} {hm(r['time'])}" + (f"; {r['note']}" if r["note"] else "") + ")"
                              for r in rs)
        w(f"- **{st}** ({len(rs)}): {items}")
    w("")
led = Counter(r[2] for r in S["ledger"])
w(f"Ledger totals: {len(S['ledger'])} duties — on-time {led['on-time']}, late {led['late']}, missing {led['missing']}, "
  f"not-due {led['not-due']}.\n")
w("Posts in the ศอ group that create **no duty**:\n\n"
  "- Information only (เพื่อทราบ … ไม่ต้องรายงาน): an0042 (Monday, the festival's opening), an0226 (Thursday, the health "
  "department's advice); practical notes with no report asked: an0094, the palad's an0122 (ฝาก อ.อากาศอำนวย ดูแลครอบครัว…).\n"
  "- Reminders and tallies of earlier orders (ย้ำ, เร่งรัด, อำเภอที่ยังไม่ส่ง, เหลือ …, ได้รับแล้ว … อำเภอ): an0032, an0055, "
  "an0059, an0076, an0097, an0184, an0188, an0243, an0254, an0258. A reminder neither creates a duty nor moves the first "
  "deadline.\n"
  "- The centre answering questions about an order (an0023, an0085, an0206) and the centre's reply to the zone chief (an0087).\n"
  "- Orders by people who are not the provincial centre (SKN-5P findings below): the zone chief นอภ.วานรนิวาส (an0086) and the "
  "invited health head (an0159). Only the provincial centre's orders create SKN-5O duties.\n")

w("## Findings (`truth.csv`)\n")
cnt = Counter(r[0] for r in S["truth"])
w("| rule | count |\n|---|---|")
for k in sorted(cnt):
    w(f"| {k} | {cnt[k]} |")
w(f"| total | {sum(cnt.values())} ({sum(v for k, v in cnt.items() if k != 'SKN-5O')} posting/membership, {cnt['SKN-5O']} SKN-5O) |\n")
for fn in FILES:
    rows = [r for r in S["truth"] if r[1] == fn]
    if not rows:
        continue
    w(f"\n### {GROUP[fn]} (`{fn}`)\n")
    for rule, _, line, mid, whom, state, note in rows:
        st = f" **{state}**" if state else ""
        w(f"- {rule} — {cite(fn, line, mid)} — {whom}{st}: {note}")
w("\nAn invitation of a roster person the group does not admit gives three rows at the invite line: the group's membership rule "
  "for the invitee and SKN-ALL for both the invitee and the inviter (ปค: ปลัดอนุสรณ์ by ปลัดจักรพันธ์ พรรณาฯ; ศอ: หมอปรเมศวร์ สสจ.สน. by the "
  "provincial palad; หน.ส่วนราชการ: ชยพล ที่ดินสกลนคร by เจ้าพนักงานที่ดิน จ.สน. ประจักษ์; นักปกครอง: ปลัดชัยยันต์ สว่างแดนดิน "
  "by นอภ.สว่างแดนดิน สมพร). Outsiders (not on the roster) give one OUTSIDER row at their first appearance and no SKN-ALL: "
  "แพรว เสื้อจิตอาสา ปักชื่อฟรี (joined ศอ by link/QR), นิด ประกันรถ ไทยศรี (joined นักปกครองสกลนคร by link/QR), เอ ผู้ช่วย "
  "ส.ส.สกลนคร (added to หน.ส่วนราชการ by a vice governor), จุ๋ม ข่าวสกลฯ ออนไลน์ (posts in ผู้บริหารจังหวัด with no join "
  "notice). Later posts by a person already found in a group give no second membership row; in ข้อสั่งการ ปค.สน. their posts "
  "still give SKN-2P.\n")

w(f"## Near misses (`near-misses.csv`, {len(S['near'])})\n")
w("Each is something a careless audit might flag (or count as an answer) but which is not a finding under the rules page.\n")
for fn in FILES:
    rows = [r for r in S["near"] if r[0] == fn]
    w(f"\n### {GROUP[fn]}\n")
    for _, line, mid, why in rows:
        w(f"- {cite(fn, line, mid)}: {why}")

NAK_AKAT = idof("nakpokkhrong.jsonl", "อ.อากาศอำนวย รายงานผลการปฏิบัติงานจิตอาสา")
w("\n## Decisions where the rules left room\n")
w(f"""- **The export's shape.** formats-line.md shows the English-UI, Thai-region, Buddhist-era phone export (§1.10 B) without
  header lines; the English title/`Saved on:` lines are documented only for other regions. I wrote the file as B shows it:
  no header, no BOM, date lines `Mon, 23/11/2569 BE`, 3-column English system lines, English placeholders. An invitation
  appears as `A invited B.` followed by `B joined the group.` when accepted; the membership row is at the invite line.
- **Photos and "an order that asks for photos".** O2 asks for photos (ส่งภาพถ่าย…) and O4 asks for results with photos
  (รายงานผลพร้อมภาพถ่าย); I treat both as asking for photos, so photos sent alone answer them (เมืองสกลนคร O2 an0101,
  ส่องดาว O4 an0218). O1, O3, O5 and O6 do not ask for photos: there, photos count only with their caption, and the post is
  cited at its first photo (กุสุมาลย์ O1 an0036, โพนนาแก้ว O1 an0052, สว่างแดนดิน O3 an0174). Activity photos that do not carry
  what the order asks for answer nothing (สว่างแดนดิน's straw-baling post an0231 after O5, which asks for a list of teams).
- **Content decides which order an answer belongs to.** Several orders are open at once. นิคมน้ำอูน's late O2 photos (an0137)
  come after O3 was issued and answer O2, not O3 (their caption says so); its O3 report (an0166) comes with two photos that are
  part of that text post and do not answer O4; เต่างอย's file an0246 (after O6 was issued) is named for the fire-watch teams
  and answers O5, not O6; คำตากล้า's O3 report does not answer O1, which stays missing.
- **Acknowledgements, promises and apologies are not reports** (รับทราบ…, กำลังรวบรวม, จะส่งพรุ่งนี้, จะส่งวันจันทร์). The
  palad's reply and the chief's reply about the drowned boy's family (an0122, an0125) are not answers to anything.
- **Wrong group.** อากาศอำนวย posted its volunteer results for the festival night in นักปกครองสกลนคร ({NAK_AKAT}), where district
  reports are allowed; SKN-5O counts reports in ศอ.จอส.จว.สน. only, so O3 stays missing for อากาศอำนวย.
- **Renamed sender.** The rename notice maps `เอก ส่องดาว 🪔` to the volunteer officer of ส่องดาว; his O3 report (an0147) and O4
  photos (an0218) count for ส่องดาว.
- **The centre's own follow-ups** (tallies of who has sent, lists of who has not) are reminders, neither orders with a duty nor
  "reports from someone other than a district's people" (SKN-5P is about reports sent *to* the centre by others).
- **SKN-5P orders.** An instruction to districts with something to send and a time limit is an order whoever writes it: the zone
  chairman นอภ.วานรนิวาส telling three districts to send photos to his district by noon, and the invited health head telling the
  three dengue districts to send household counts to the district health offices by Thursday. Neither creates a SKN-5O duty. A
  situation summary posted by a ปภ. staff member is a report by someone who is not a district's person (SKN-5P), and, as he is
  not admitted to the group, SKN-5 at his first post; the two rules are counted separately.
- **SKN-4P.** Only plain directives to the district chiefs are planted: the palad's "ขอให้รายงานจำนวนรถเกี่ยวนวดข้าว… ภายในวันพุธ"
  and the เมืองสกลนคร chief's "ขอให้ส่งเรือท้องแบน… ภายใน ๑๗.๐๐ น.". The palad's summary addressed to the governor, his note
  sending an outsider to the PR office, incident reports and replies to the governor are near misses. I planted no case of
  someone relaying "ท่านผู้ว่าฯ สั่งการ…", which the rules do not settle.
- **SKN-6P.** A report or performance result is planted only where it carries the agency's or district's own results (the
  agriculture office's campaign figures, the land office's service figures, a district's festival result). Invitations, warnings,
  forwarded news, price and market notices, calls for donations, health advice, a sale of farmers' rice and thanks are near misses.
- **ข้อสั่งการ ปจ.สน.** has no posting rule; district chiefs' acknowledgements, short reports and birthday wishes there are near
  misses. A coordinating deputy acknowledging *for* his chief is still not admitted (SKN-3), and so is the retired former chief.
- **ข้อสั่งการ ปค.สน.** Only posts by the office (its three sending accounts and the provincial palad) are allowed; the office's
  own greetings, sign-offs and pointers elsewhere are near misses, and the office's unsend notice is no post. The ambiguous
  ปลัดบอย's acknowledgement is not judged. One post (a sender's messages within three minutes) gives one SKN-2P, at its first
  message (กาญจนา's two photos and caption).
- **Membership rows** come once per person per group at the first message that shows them (invite, join or first post).
  Joins after an invite, removals and leaves are no findings.
- **Deadlines.** O3's "ภายใน ๒๔ ชั่วโมง นับแต่ข้อสั่งการนี้" is 24 hours from 08:50 Wednesday. O5's "ภายใน ๓ วัน" from
  Thursday ends on Sunday, which moves to Monday 30 November: after the log ends, so its unanswered districts are not-due.
  "ก่อนเที่ยงวันศุกร์นี้" (O4) is 12:00 on Friday 27; "ภายในบ่ายสามโมงครึ่งวันนี้" (O6, a spoken time of day) is 15:30 on
  Friday 27. No answer falls on a deadline minute, so whether "ก่อน" excludes the minute itself is never tested.
- **Districts named in an order.** O2 names its four districts after a description (อำเภอที่มีจุดลอยกระทงริมแหล่งน้ำขนาดใหญ่
  … ได้แก่ …), O4 names three in the salutation, O6 lists five in the body under a general salutation (เรียน ศอ.จอส.อ. ที่
  เกี่ยวข้อง). Only the named districts owe an answer; the reminders that name districts (เหลือ …, ยังขาด …) add none.
- **Who is named in a SKN-5O row.** As in week AB, the `who` column of a SKN-5O row holds the district; a late row cites the
  answer, a missing row cites the order (so one order line can carry several missing rows).
- **The ledger's citations.** The volunteer centre's group is a JSONL file this week, so the ledger names orders and answers by
  message id (`an0006`), and truth rows give both the file's line number and the id.
""")
with open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("TRUTH.md written")
