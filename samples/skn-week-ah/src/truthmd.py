"""Writes TRUTH.md: the hand-written account below, with its lists filled from truth.csv, ledger.csv,
near-misses.csv, roster.csv and src/summary.json (run build.py first)."""
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(HERE, "src", "summary.json"), encoding="utf-8"))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


truth, ledger, near, roster = rd("truth.csv"), rd("ledger.csv"), rd("near-misses.csv"), rd("roster.csv")
GN = {"pakkhrong-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
      "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "nakpokkhrong.jsonl": "นักปกครองสกลนคร",
      "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "heads-chiefs.txt": "หน.ส่วนราชการ-นอภ.สน."}
SOR = "volunteer-centre.jsonl"
msgs = {}
for fn in GN:
    if fn.endswith(".jsonl"):
        for i, l in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            o = json.loads(l)
            msgs[o["id"]] = (fn, i, o)
total = sum(S["counts"].values())
rc = Counter(r for p in roster for r in p["role"].split("|"))
out = []
w = out.append


def cite(fn, line, mid):
    return f"line {line} {mid}".strip() if mid else f"line {line}"


w("# Week AH (6–10 October 2025): ground truth\n")
w("Six Sakon Nakhon LINE groups over one working week, audited against letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ (seed 002) as read by "
  "`samples/letter-rules-sakon-nakhon.md`. Everything below was worked out by hand from the letter and that page; the tool was not "
  "run and its rules were not read. Data: `roster.csv`, five JSONL chats, one LINE phone export in the English UI with Buddhist-era "
  "dates (`heads-chiefs.txt`), and `truth.csv`, `ledger.csv`, `near-misses.csv`. `check.py` checks them. `src/` holds the scripts "
  "the chats were laid out with: every message and every note in `src/g_*.py` is written by hand; `src/frame.py` and "
  "`src/build.py` only sort, number ids and lines, write the files and tabulate the ledger from the hand-placed answer tags.\n")

w("## The week\n")
w("- Monday 6 – Friday 10 October 2025 (๖–๑๐ ต.ค. ๒๕๖๘) are five working days, the first full week of fiscal year 2569 "
  "(which began on Wednesday 1 October). Saturday 11 and Sunday 12 are the weekend and **Monday 13 October (วันนวมินทรมหาราช) is a "
  "public holiday**, so the next working day after the week is Tuesday 14 October.\n"
  "- **Ok Phansa falls on Tuesday 7 October** (full moon of the 11th lunar month). It is a Buddhist day, not a public holiday for "
  "offices, so Tuesday is an ordinary working day and moves no deadline. The wax-castle procession in เมืองสกลนคร that night, Kathin "
  "planning and the boat-light festival (ไหลเรือไฟ) at หนองหารน้อย on Saturday 11 are the festival topics.\n"
  "- Floods along the ลำน้ำสงคราม (อากาศอำนวย, วานรนิวาส, บ้านม่วง, เจริญศิลป์) and the ลำน้ำอูน (นิคมน้ำอูน, พังโคน) after the "
  "late-September storms; the FY2568 year-end summaries being chased (O3 and the office's letters); and the 13 October volunteer "
  "activities being planned (O2, O5, O8, O10) set the week's traffic.\n"
  f"- Missing reports are judged at the last message of the whole log: **{S['end'][:16].replace('T', ' ')}** (Friday 10 Oct, the "
  f"last line of `{S['end_file']}`; the export ends at 17:45 and was saved at 21:12).\n")

w("## Roster in brief\n")
w(f"`roster.csv` has {len(roster)} people (all fictional): the governor, {rc['vice_governor']} vice governors, the provincial palad, "
  f"{rc['provincial_admin_staff']} sending accounts of the provincial administration office (two are office accounts, one a clerk), "
  "2 province-level volunteer officers (no district), "
  f"{rc['agency_head']} agency heads, 4 staff of agency offices (role `staff`: the ปภ. head's deputy, a PR officer, a health officer, "
  "a tourism officer), one retired former district chief (ลุงยูร, role `retired`), and for each of the 18 districts a district chief, "
  "a coordinating deputy and a district volunteer officer, with more deputies in เมืองสกลนคร (2), พรรณานิคม, วานรนิวาส (2), "
  "อากาศอำนวย, สว่างแดนดิน, เจริญศิลป์ and ภูพาน.\n")
w("- Two people hold two roles `coordinating_deputy|volunteer_center_staff`: ปลัดอรทัย กุดบาก and ปลัดณัฐวุฒิ ภูพาน (their "
  "districts have no other volunteer officer). Both are the addressees of O7.\n"
  "- The display name **ปลัดบอย** belongs to two people (a deputy of วานรนิวาส and a deputy of เจริญศิลป์, neither with a LINE id "
  "or e-mail): ambiguous, never judged, and its posts answer no duty — even the one that says 'เจริญศิลป์รายงาน'.\n"
  "- Some people have a LINE user id (`U` + 32 hex), some an e-mail, some both or neither; none is shared. JSONL messages of "
  "people with one carry `senderId` on about two messages in three, and always when the display name is not on the roster.\n"
  "- Name variants: ผคป.สกลนคร ชัยยันต์ also posts as `ชลประทานสกลนคร 💧` (an office-like name, on the roster); the chief of ส่องดาว "
  "as `นายอำเภอส่องดาว` (title-like name, on the roster), in the export wrapped in U+2068/U+2069; the chief of พังโคน renames "
  "himself `ชยพล 🌾 พังโคนบ้านเฮา` in ศอ.จอส.จว.สน. (rename notice Tue 14:00; his later posts carry his user id); the office account "
  "`ฝ่ายอำนวยการ ปค.จ.สน.` renames itself `ศูนย์ติดตามสถานการณ์น้ำ ปค.จ.สน.` in ข้อสั่งการ ปค.สน. (Tue 11:00; later posts carry its id). "
  "Nicknames and emoji (`ปลัดแบงก์ เมืองสกลฯ`, `ปลัดแนน 🌸`, `ส.อ.ธีรพงษ์ ศอ.จอส.จว.`, `กมลชนก จอส.จังหวัด 🌻`) are roster names.\n")

w("## Groups and messages\n")
w("| file | group | messages |\n|---|---|---|")
for fn, g in GN.items():
    w(f"| `{fn}` | {g} | {S['counts'][fn]} |")
w(f"| | total | {total} |\n")
w(f"ศอ.จอส.จว.สน. carries {S['counts'][SOR]} messages ({100 * S['counts'][SOR] / total:.1f}%). JSONL ids run `ah0001`…"
  f"`ah{sum(v for k, v in S['counts'].items() if k.endswith('.jsonl')):04d}` through the five JSONL files in the order of the table. "
  "The export has no ids: its truth rows and near misses cite its line number (the first line of a multi-line message). "
  "`ledger.csv` cites orders and answers by JSONL message id (all SKN-5O traffic is in `volunteer-centre.jsonl` this week); "
  "`truth.csv` gives file, line and id.\n")
w("JSONL shape (as week AB's files): `id, group, time (ISO, +07:00), sender, senderId?, type, text?, attachment?, replyTo?`; "
  "photos, videos and files are `image`/`video`/`file` with an `attachment` name; system notices are `type: system` with "
  "`event` join / leave / invite / remove / rename and `target` (the invitee, the removed person, or the new name).\n")
w("Export (formats-line.md variant B: English UI, Thai region, Buddhist calendar, mobile family): UTF-8 BOM, "
  "`Chat history in \"หน.ส่วนราชการ-นอภ.สน.\"`, `Saved on: 10/10/2568 BE, 21:12`, a blank line, date lines `Mon, 06/10/2568 BE`, "
  "`HH:MM⇥sender⇥text`, multi-line messages in double quotes with inner quotes doubled, `[Photo]`, `[Sticker]`, `[Video]`, and "
  "three-column system lines with an empty sender: `A invited B.`, `A removed B from the group.`, `X unsent a message.` "
  "Every date is ≤ 12 in both day and month (06–10/10); the weekday names and the BE year fix the order as DD/MM.\n")

w("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
w("Counting rule: a deadline written as a clock time is that minute; a deadline written as a date, or 'ภายในวันนี้', runs to the end "
  "of that day (written `23:59:59`); 'ภายใน ๒๔ ชม.' is 24 hours from the order's minute; spoken times are read as the clock "
  "('เที่ยง' 12:00, 'บ่ายสามโมง' 15:00). An answer at or before the deadline is on time. The answer is the first post by any person of "
  "the district (chief, deputy, coordinating deputy, district volunteer officer) that carries the result asked for; for photos "
  "followed by a caption the first photo is cited; photos alone count only after an order that asks for photos (O4, O10). "
  "Each answer was matched to its order by its content (several orders are open at once).\n")
led = defaultdict(list)
for r in ledger:
    led[r["order"]].append(r)
for key, o in S["orders"].items():
    n = len(o["districts"])
    who = "all 18 districts" if n == 18 else f"{n} districts named in it"
    w(f"### {key} — line {o['line']} {o['id']}, {o['time'][8:10]} Oct {o['time'][11:16]}, {o['sender']} ({who})\n")
    w(f"Asks for: {o['topic']}. Deadline {o['deadline']}. {o['why']}\n")
    by = defaultdict(list)
    for r in led[o["id"]]:
        if r["answer"]:
            fn, line, _ = msgs[r["answer"]]
            main, _, hand = r["note"].partition("; ")
            kind = main.split(", by ")[0] if not main.startswith("by ") else ""
            bits = [b for b in (kind, hand) if b]
            by[r["state"]].append(f"{r['district']} (l.{line} {r['answer']}" + ("; " + "; ".join(bits) if bits else "") + ")")
        else:
            extra = r["note"]
            by[r["state"]].append(r["district"] + (f" ({extra})" if extra else ""))
    for st in ("on-time", "late", "missing", "not-due"):
        if by[st]:
            w(f"- **{st}** ({len(by[st])}): " + ", ".join(by[st]))
    w("")
lc = Counter(r["state"] for r in ledger)
w(f"Ledger totals: {len(ledger)} duties — on-time {lc['on-time']}, late {lc['late']}, missing {lc['missing']}, not-due {lc['not-due']}.\n")
w("Posts in ศอ.จอส.จว.สน. that create **no duty**: the centre's greeting on Monday 07:02 (asks nothing); the reminders of Monday 15:00 "
  "(O1, names เจริญศิลป์ and พังโคน and asks for 16.00 — a reminder, so O1's 14:00 stands), Wednesday 07:00 and 15:00 (O2), Thursday "
  "18:30 (O8) and Friday 11:00 (O3); the information-only schedule of Friday 10:40 (แจ้งเพื่อทราบ … ไม่ต้องรายงาน); and the order of "
  "the coordinating deputy of เมืองสกลนคร on Wednesday 08:10 (SKN-5P below), which is not the provincial centre's.\n")

w("## Findings (`truth.csv`)\n")
tc = Counter(r["rule"] for r in truth)
w("| rule | count |\n|---|---|")
for k in sorted(tc):
    w(f"| {k} | {tc[k]} |")
w(f"| total | {len(truth)} ({len(truth) - tc['SKN-5O']} posting/membership, {tc['SKN-5O']} SKN-5O) |\n")
for fn, g in GN.items():
    rows = [r for r in truth if r["file"] == fn]
    if not rows:
        continue
    w(f"\n### {g} (`{fn}`)\n")
    for r in rows:
        st = f" **{r['state']}**" if r["state"] else ""
        w(f"- {r['rule']} — {cite(fn, r['line'], r['message'])} — {r['who']}{st}: {r['note']}")
w("\nInvitations of roster people not admitted to the group give three rows at the invite line (the group's membership rule for the "
  "invitee, SKN-ALL for the invitee and for the inviter): ปลัดกิตติ สว่างฯ by his chief (ปค), ปลัดอนุวัฒน์ พังโคน by his chief (ปจ), "
  "ผคป.สกลนคร ชัยยันต์ by รองฯ วรเชษฐ์ (ผู้บริหาร), อัมพร จอส.สว่างแดนดิน by her chief (นักปกครอง), แป้ง ปชส.สน. by กมลชนก (ศอ), "
  "โอ๋ ทกจ.สน. by the tourism head (หน.ส่วนราชการ). Outsiders give one OUTSIDER row at their first appearance and no SKN-ALL: "
  "joined by link/QR — ข่าวสกลนครออนไลน์ - เมย์ (a reporter, ผู้บริหาร), ทนงศักดิ์ ผู้สมัครนายก อบต. เบอร์ 2 (a local-election "
  "candidate, นักปกครอง, by QR as the palad says), ร้านเสื้อเหลืองจิตอาสา by ป้าอร (a seller, ศอ); added by a member — อ้อม ธุรการ "
  "อ.อากาศฯ (a clerk, by her chief, ปค) and ช่างเอก หจก.สกลการโยธา (a contractor, by the ทช. head, หน.ส่วนราชการ); only posting — "
  "แพร เลขาฯ นอภ.บ้านม่วง (a secretary, ปจ) and น้องฟ้า 🐰 (a volunteer officer's daughter, ศอ). A person's later posts in the same "
  "group give no second membership row; in ข้อสั่งการ ปค.สน. every post of a non-office sender still gives SKN-2P (a post = one "
  "sender's messages within three minutes, cited at its first message).\n")

w(f"## Near misses (`near-misses.csv`, {len(near)})\n")
w("Each is something a careless reading might flag, but which is not a finding under the rules page.\n")
for fn, g in GN.items():
    rows = [r for r in near if r["file"] == fn]
    if not rows:
        continue
    w(f"\n### {g}\n")
    for r in rows:
        w(f"- {cite(fn, r['line'], r['message'])}: {r['why']}")
w("")
w(open(os.path.join(HERE, "src", "decisions.md"), encoding="utf-8").read())
open(os.path.join(HERE, "TRUTH.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("TRUTH.md", len(out), "lines")
