# Writes TRUTH.md: the hand-written text below, with the tables and lists laid out from the hand tags.
from collections import Counter

from people import ROWS, DNAME, CODES
import g_sor

GROUP_OF = {}


def write(path, st):
    chats, ledger, truth, near, end, counts = st["chats"], st["ledger"], st["truth"], st["near"], st["end"], st["counts"]
    for c in chats:
        GROUP_OF[c.fname] = c.group
    total = sum(counts.values())
    L = []
    w = L.append
    w("# Week AK (8–12 June 2026): ground truth\n")
    w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by "
      "`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the tool "
      "was not run and its rules were not read. Data: `roster.csv`, five JSONL chats, one LINE iPhone export with the English UI "
      "(`executives.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the scripts the "
      "chats were laid out with: every message and every truth note in them is written by hand; the scripts only number ids and "
      "lines, give seconds, write the files and tabulate the ledger (asserting it against the states I worked out by hand, "
      "`expect` in `src/g_sor.py`). Run `python3 src/build.py` to rewrite the files, `python3 check.py` to check them.\n")

    w("## The week\n")
    w("- Monday 8 – Friday 12 June 2026 (๘–๑๒ มิ.ย. ๒๕๖๙) are all working days. Visakha Bucha (Sunday 31 May, substitute "
      "holiday Monday 1 June) and the Queen's birthday (Wednesday 3 June) fall in the week before; the next public holidays are "
      "in late July (the King's birthday, Asarnha Bucha). Saturday 13 and "
      "Sunday 14 June are the weekend; Monday 15 June is a working day. No holiday in or next to the week moves a deadline.\n"
      "- Topics: the 3 June volunteer activities being reported late (O1, the district chiefs' late ceremony report to the "
      "governor); the rice planting (O4, the governor at the planting day in วานรนิวาส on Thursday, the agriculture office's "
      "figures); the first storms of the rainy season — Sunday night 7 June and Thursday night 11 June (roofs, fallen trees, "
      "power cuts; O2, O6, incident notices); the province's mid-year inspection of the district offices from 15 June (O5, the "
      "ปค. letters, the vice governor's schedule); the disaster-volunteer course for new volunteers on 16–18 June (O3).\n"
      f"- Missing reports are judged at the last message of the whole log: **{end.strftime('%Y-%m-%d %H:%M:%S')}** (Friday 12 June, "
      "the last message of `volunteer-centre.jsonl`; every other file ends earlier that day).\n")

    roles = Counter(r for p in ROWS for r in p["role"].split("|"))
    exp = [c for c in chats if c.export][0]
    dbl = [m.line for m in exp.msgs if "  " in m.name][0]
    inv = [m.line for m in exp.msgs if m.event == "invite"][0]
    w("## Roster in brief\n")
    w(f"`roster.csv` has {len(ROWS)} people (all fictional): the governor, {roles['vice_governor']} vice governors, the provincial "
      f"palad, {roles['provincial_admin_staff']} sending accounts of the provincial administration office (ปค.จ.), 2 province-level "
      f"volunteer officers (no district: วัชระ ศอ.จอส.สน. and ฝน ศอ.จอส.จว.สน. 🌧), {roles['agency_head']} agency heads, "
      f"{roles['staff']} deputies/clerks of agency heads (role `staff`), one retired former district chief (ลุงเสถียร (อดีตนอภ.)), "
      "and for each of the 18 districts a district chief, a coordinating deputy and a district volunteer officer, with extra "
      "deputies (`deputy_district_chief`) in เมืองสกลนคร (2), พังโคน, วานรนิวาส, อากาศอำนวย and สว่างแดนดิน.\n")
    w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดสุรชัย วาริชฯ and ปลัดศักดิ์ดา โพนนาแก้ว "
      "(their districts have no separate volunteer officer).\n"
      "- The display name **ปลัดเบียร์** belongs to two people: the coordinating deputy of คำตากล้า (ธนากร คำตากล้า, who also uses "
      "that name) and a deputy of สว่างแดนดิน. It is ambiguous and never judged; messages under it carry no senderId. Its posts "
      "answer no duty (none is needed: คำตากล้า answers everything through others).\n"
      "- About 60% of the people have a LINE user id (`U` + 32 hex); some have an e-mail. JSONL messages of people with an id "
      "carry `senderId` on about two messages in three; a few people without an id carry their e-mail as senderId now and then. "
      "Nothing is shared.\n"
      f"- Name variants in the chats: `นอภ.นิคมน้ำอูน  รัตนา` (doubled space, export line {dbl}); `⁨สุทธิพร นอภ.ภูพาน 🏞⁩` wrapped "
      "in U+2068/U+2069 in the export; `นายอำนาจ ศรีวงษา` (title added to the roster name อำนาจ ศรีวงษา, ปจ.สน.); the second "
      "roster names `พงศธร ศรีนาม` (ปจ.สน.) and `กิตติ เต่างอย 🌾` (หน.ส่วนราชการ). The district chief of โคกศรีสุพรรณ renames "
      "himself `พงศธร โคกศรีฯ 🙏` in ข้อสั่งการ ปค.สน. (rename notice Thursday 17:15) and posts once under it there on Friday; "
      "he posts nowhere else after the rename.\n")

    w("## Groups and messages\n")
    w("| file | group | messages |\n|---|---|---|")
    for c in chats:
        w(f"| `{c.fname}` | {c.group} | {counts[c.fname]} |")
    w(f"| | total | {total} |\n")
    ids = [m.id for c in chats if not c.export for m in c.msgs]
    w(f"ศอ.จอส.จว.สน. carries {counts['volunteer-centre.jsonl']} messages ({100 * counts['volunteer-centre.jsonl'] / total:.1f}%). "
      f"JSONL ids run `{ids[0]}`…`{ids[-1]}` file after file in the order of the table. The export has no ids, so its truth rows "
      "and near misses are cited by line number (the first line of a multi-line message) with an empty `message` column. "
      "`ledger.csv` names orders and answers by their JSONL id (all SKN-5O duties are in `volunteer-centre.jsonl`).\n")
    w("**Export conventions** (formats-line.md §1.2–1.7 and §1.10 A, the real English-UI phone export): UTF-8 BOM, LF; header "
      "`Chat history in \"ผู้บริหารจังหวัด และนายอำเภอ\"` and `Saved on: 6/12/2026, 18:47`, a blank line; date lines "
      "`Mon, 6/8/2026` (US region, M/D/YYYY, Gregorian year, as in variant A); message lines `HH:MM⇥sender⇥text`; placeholders "
      "`[Photo]`, `[Sticker]`; system lines in two columns `HH:MM⇥A invited B.` and `HH:MM⇥A removed B from the group.`; a blank "
      "line before each new date. Multi-line messages are wrapped in double quotes with inner quotes doubled, as newer "
      "exports (2022 and later) do. Replies are not shown in exports; `replyTo` appears in the JSONL files only.\n")

    # ---- orders
    w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    w("Counting rule: a deadline written as a clock time is that minute (`:00` seconds); a deadline written as a date runs to the "
      "end of that day (`23:59:59`); \"ภายใน ๒๔ ชม.\" is 24 hours from the order's minute; \"พรุ่งนี้\" is the next day. An "
      "answer at or before the deadline is on time. The answer is the first report in ศอ.จอส.จว.สน. by any person of the "
      "district (chief, deputy, coordinating deputy, district volunteer officer) that carries what the order asks for: a text "
      "report, a file, or photos sent alone after an order that asks for photos. Several orders are open at once; I matched each "
      "answer to its order by what it carries (photos of the 3 June activity vs. storm relief; a list of names; a planting "
      "plan; figures by type; the week's work). Late answers cite the answer; missing ones cite the order.\n")
    by_order = {}
    for row in ledger:
        by_order.setdefault(row[0], []).append(row)
    lineof = {m.id: m.line for m in g_sor.C.msgs}
    answers = st["answers"]
    for ok, o in g_sor.ORDERS.items():
        om = o["msg"]
        ds = o["districts"]
        scope = "all 18 districts" if len(ds) == 18 else f"{len(ds)} districts: " + ", ".join(DNAME[d] for d in ds)
        w(f"### {ok} — line {om.line} `{om.id}`, {om.t.strftime('%a %d %b %H:%M')}, {om.name} ({scope})\n")
        w(f"Topic: {o['topic']}. Deadline **{o['deadline'].isoformat()}**. {o['why']}\n")
        for state in ("on-time", "late", "missing", "not-due"):
            items = []
            for code in CODES:
                if code not in ds or o["expect"][code] != state:
                    continue
                a = answers.get((ok, code))
                if a:
                    am, how = a
                    items.append(f"{DNAME[code]} (l.{am.line} `{am.id}` {am.t.strftime('%a %H:%M')}, {how})")
                else:
                    items.append(DNAME[code])
            if items:
                w(f"- **{state}** ({len(items)}): " + ", ".join(items))
        w("")
    lc = Counter(r[2] for r in ledger)
    w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, "
      f"not-due {lc['not-due']} ({lc['late'] + lc['missing']} SKN-5O findings).\n")
    w("Posts that create **no duty**: the information-only posts (Tue 15:00 training schedule, แจ้งเพื่อทราบ … ไม่ต้องรายงาน; "
      "Thu 07:30 storm warning, เพื่อทราบ … ไม่ต้องรายงาน, which tells the districts to get ready but asks for no report); the "
      "reminders (Tue 10:40 ย้ำ … ยังไม่ได้รับ, Tue 13:30 อำเภอที่ยังไม่ได้ส่ง, Wed 09:00 เร่งรัด, Thu 16:30 the reminder by name "
      "sent as a reply to O4, Fri 13:00 ตามกำหนดเวลา … ยังขาด, Fri 17:00 อำเภอที่ยังไม่ได้รายงาน … โดยด่วน): a reminder neither "
      "creates a duty nor moves a deadline; and the orders by people outside the provincial centre (SKN-5P below: the เมือง "
      "deputy's call for shirt sizes, the ปค.จ. account's damage-survey order posted in the wrong group).\n")

    # ---- findings
    rc = Counter(r[2] for r in truth)
    w("## Findings (`truth.csv`)\n")
    w("| rule | count |\n|---|---|")
    for k in sorted(rc):
        w(f"| {k} | {rc[k]} |")
    w(f"| total | {sum(rc.values())} ({sum(rc.values()) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        w(f"### {c.group} (`{c.fname}`)\n")
        for r in rows:
            idp = f" {r[4]}" if r[4] else ""
            stp = f" **{r[6]}**" if r[6] else ""
            w(f"- {r[2]} — line {r[1]}{idp} — {r[5]}{stp}: {r[7]}")
        w("")
    w("Invitations of roster people not admitted to the group (ข้อสั่งการ ปค.สน.: ปลัดกฤษณะ อากาศอำนวย by นอภ.อากาศอำนวย ชยพล; "
      "ข้อสั่งการ ปจ.สน.: ปลัดวิโรจน์ เจริญศิลป์ by ทศพล นอภ.เจริญศิลป์; หน.ส่วนราชการ-นอภ.สน.: ธีรยุทธ ปภ.สน. by ปภ.สน. อภิชาติ; "
      "นักปกครองสกลนคร: ลุงเสถียร (อดีตนอภ.) by วรวุฒิ นอภ.บ้านม่วง) give three rows each at the invite line: the group's "
      "membership rule for the invitee and SKN-ALL for invitee and inviter. Outsiders (not on the roster) give one OUTSIDER row "
      "at their first appearance and no SKN-ALL: แพรวา อาสาใหม่ (joined ศอ.จอส.จว.สน. by link/QR), ต่าย สกลนิวส์ (seen in "
      "หน.ส่วนราชการ-นอภ.สน. by his first post, no join notice in the log), หนึ่ง เลขาฯ รองปกรณ์ (added to ผู้บริหารจังหวัด และนายอำเภอ by a vice governor, export "
      f"line {inv}), ผญบ.สมพร บ้านนาเหมือง (added to นักปกครองสกลนคร by the district chief of กุดบาก). Later posts by a person already "
      "found ineligible in a group give no second membership row; in ข้อสั่งการ ปค.สน. such a person's posts still give SKN-2P "
      "(ปลัดกฤษณะ's greeting). Everyone removed was removed by an admitted member; removals give no finding.\n")

    # ---- near misses
    w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    w("Each is something a careless audit might flag (or count as an answer) but which is not a finding under the rules page.\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if not rows:
            continue
        w(f"### {c.group}\n")
        for r in rows:
            idp = f" {r[3]}" if r[3] else ""
            w(f"- line {r[1]}{idp}: {r[4]}")
        w("")
    w(DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


DECISIONS = """## Decisions where the rules page left room

- **The export variant.** formats-line.md names no separate iPhone variant; it says iOS and Android both produce the mobile
  "Export chat history" family and shows one real English-UI phone export in full (§1.10 A, header lines included). I
  followed A exactly: `Chat history in "…"`, `Saved on: M/D/YYYY, HH:MM`, US-region date lines `Mon, 6/8/2026`, two-column
  system lines (`A invited B.`, `A removed B from the group.`), `[Photo]`/`[Sticker]`; multi-line messages are quoted the way
  the doc says exports from 2022 on do. Every day of this week is ≤ 12, so `6/8/2026` could be read day-first: the
  weekdays on the date lines (Mon…Fri, which fit June 8–12 and not August 6, a Thursday) and the `Saved on` line settle it as
  month/day.
- **"ส่งทางอีเมลแล้ว" is not a report.** The rules page asks for a report *in this group* (text, file, or photos). โคกศรีสุพรรณ's
  Wednesday 08:50 note that the list went by e-mail carries no list; the centre asks for it in the group and the file comes
  at 13:40, after O3's deadline: late.
- **An incomplete answer is an answer.** โพนนาแก้ว's list of ten names (five to follow) answers O3 on time; เจริญศิลป์ sends
  twelve names of fifteen (late anyway). The rule asks for a report by the deadline, not a complete one.
- **Photos alone** answer only an order that asks for photos, and I planted them only where one such order is open for that
  district: อากาศอำนวย's photos on Monday answer O1 (O2 does not address it); กุสุมาลย์'s and พังโคน's on Friday answer O6.
  Districts that still owe O1 (กุดบาก, โพนนาแก้ว) post no photos alone in ศอ.จอส.จว.สน. after it. Text with storm photos
  from districts that O2 does not name (ส่องดาว) or before O6 is posted (เต่างอย, Friday 06:55) is information, not an answer.
- **Pieces and corrections.** Photos first and the caption four minutes later are one post cited at the first photo
  (พรรณานิคม, O1). A form or extra file sent after an answer already given is a second piece and changes nothing (พรรณานิคม,
  อากาศอำนวย, ส่องดาว). A figure then a correction twelve minutes later (วาริชภูมิ, O5): the first post is the answer.
- **Answers a few minutes before a clock deadline** are on time (ภูพาน O1 11:48 for 12:00; ภูพาน O3 09:28 for 09:30). I
  planted none in the deadline minute itself. "ภายใน ๒๔ ชม." runs to the order's minute (O3 09:30 → 09:30:00 the next day).
- **Orders to some districts.** O2 names three districts in the salutation; O4 lists four in brackets after the project's
  name. Only those districts have duties; replies and storm news from other districts are near misses.
- **Orders by non-centre people in ศอ.จอส.จว.สน.** (SKN-5P): a deputy of เมืองสกลนคร asking all districts for shirt sizes by
  Friday, and the ปค.จ. sending account posting a damage-survey order there by mistake (also SKN-5, as that account is not a
  member of the group). Neither creates a duty; the two districts that sent sizes answer no duty. A good wish with ขอให้ … ทุกอำเภอ
  and nothing asked (the chief of สว่างแดนดิน, Wednesday 11:30) is chat, not an order.
- **Reports by non-district people** (SKN-5P): the provincial PR head's report of her office's publicity (also SKN-5).
- **SKN-4P.** The palad's own instructions to all district chiefs (Monday 10:15, Thursday 07:00) and a district chief asking
  all districts to bring volunteers and report numbers by a deadline (Tuesday 10:20) are orders from someone other than the
  governor or a vice governor. The palad's explanation before removing the outsider, his birthday post and the chiefs'
  incident reports, replies and reports to the governor are allowed. I planted no case of the palad relaying "ท่านผู้ว่าฯ
  สั่งการ…", which the page does not settle.
- **SKN-6P.** Progress figures of an agency, an agency's award, a utility's results report and two districts' results/
  activity reports are findings; warnings, invitations (events, fairs, tree planting), forwarded news, questions and their
  answers, guidance on a regulation and condolences are not reports or results.
- **ข้อสั่งการ ปจ.สน.** has no posting findings (acks, stickers, chat and short budget reports by district chiefs are near
  misses); its only findings are SKN-3 for the coordinating deputies who show up there.
- **The rename** (ปค.สน., Thursday 17:15) is followed by one post under the new name in the same group; the renamed chief
  posts nowhere else afterwards, so whether a rename carries across files is not tested. เต่างอย's chief uses his second
  roster display name in หน.ส่วนราชการ-นอภ.สน. (no rename notice is needed: the name is on the roster).
- **One post, one posting finding.** A text with its photos (or several photos sent together) is one post; a posting finding
  cites its first message (ภูพาน's storm report with two photos in ปค.สน.).
- **Removed members.** A membership finding stands at the first appearance even when an admitted member removes the person
  minutes later; the remover's act is no finding. An eligible member leaving and being re-added by her district's deputy
  (ศอ.จอส.จว.สน., Friday 18:10–18:12) gives no finding.
"""
