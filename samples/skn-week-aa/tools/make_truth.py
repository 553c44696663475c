import os
# Writes TRUTH.md from the hand-written tags (run after gen.py)
import pickle, csv
from collections import defaultdict, Counter
d = pickle.load(open(os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/_truth.pkl", "rb"))
T, L, N, O = d["truth"], d["ledger"], d["nms"], d["orders"]
out = []
w = out.append
w("# Week AA (11–15 May 2026): ground truth, worked by hand\n")
w("Six Sakon Nakhon LINE groups for the week Monday 11 to Friday 15 May 2026 (พ.ศ. ๒๕๖๙): the first heavy rains, rice planting "
  "and the Royal Ploughing Ceremony, dengue, schools about to reopen, and the province getting ready for floods. All groups are JSONL "
  "(the week brief asks for JSONL only, so there is no .txt export this week). Message ids `aa0001`–`aa%04d` run in time order across all files.\n" % sum(d["counts"].values()))
w("## Working days and holidays\n")
w("- Monday 11, Tuesday 12, Thursday 14 and Friday 15 May are working days.\n"
  "- Wednesday 13 May is taken as the Royal Ploughing Day (วันพืชมงคล), a holiday for government officials. "
  "The chats treat it so (greetings, the ceremony's prophecy, a quieter day), but officials still post, and the palad gives one urgent order (O6) after the storm.\n"
  "- The holiday changes no deadline in this week: the only day-count deadline is O4 (ภายใน ๓ วัน from Tuesday 12). Counting from the day after the order, "
  "day 1 is Wednesday 13 (a holiday inside the period still counts), day 2 Thursday 14, day 3 Friday 15, a working day, so the period ends at 23:59:59 on Friday 15. "
  "If 13 May were not a holiday the end would be the same. No other deadline falls on 13 May; O6 (given on 13 May, \"ก่อนเที่ยงวันพรุ่งนี้\") is a clock time, noon on Thursday 14.\n"
  "- Saturday 16 and Sunday 17 are outside the log. O10's deadline (Monday 18) is after the log.\n")
w(f"- **The log ends** with `aa{sum(d['counts'].values()):04d}` at {d['log_end']} (in `volunteer-centre.jsonl`): missing reports are judged at that time; "
  "a duty whose deadline is later than that and that has no answer is `not-due`.\n")
w("## Roster in brief (`roster.csv`, 86 people)\n")
w("- 18 districts, each with a district chief, a coordinating deputy and a district volunteer officer; เจริญศิลป์ and ภูพาน have one person holding "
  "`coordinating_deputy|volunteer_center_staff` (ปลัดอนุวัฒน์ จศ. (จอส.), ปลัดกฤษดา ภูพาน). Extra ordinary deputies (deputy_district_chief) in เมืองสกลนคร, กุดบาก, "
  "พังโคน, วานรนิวาส, ภูพาน and two in สว่างแดนดิน.\n"
  "- Province: the governor, 3 vice governors, the provincial palad, 3 office sending accounts (provincial_admin_staff), 2 province-level volunteer officers "
  "(no district: ศอ.จอส.จว.สน. (แอดมิน), จ่าพงษ์ จอส.จว.สน.), 11 agency heads, 5 staff (a deputy health chief, a disease-control officer, a พมจ. clerk, "
  "an agriculture clerk, a disaster-office section head) and a retired former district chief.\n"
  "- `ต้น 🌾` is the display name of two people (a กุดบาก deputy and an agriculture clerk): ambiguous, never judged. About half the people have a LINE user id, about a third an e-mail; none shared.\n"
  "- Name variants in the chats: `นายสุริยา ศรีวงศ์` (roster `สุริยา ศรีวงศ์`, title added), `Supachai T.` (not a roster name, but the message carries the LINE id of "
  "ปลัดศุภ สว่างฯ), `รองฯ ชัยยุทธ` (after a rename notice from `Chaiyut S.`, a vice governor).\n")
w("## Groups and message counts\n")
w("| file | group | messages |\n|---|---|---|")
G = {"volunteer-centre.jsonl": "ศอ.จอส.จว.สน.", "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.", "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
     "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ", "heads-districts.jsonl": "หน.ส่วนราชการ-นอภ.สน.", "administrators.jsonl": "นักปกครองสกลนคร"}
for f, n in d["counts"].items():
    w(f"| {f} | {G[f]} | {n} |")
w(f"| total | | {sum(d['counts'].values())} |\n")
w("## Findings (`truth.csv`)\n")
rc = Counter(r["rule"] for r in T)
w("Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())) + f"; {len(T)} rows in all.\n")
w("| rule | file:line | message | who | state | why |\n|---|---|---|---|---|---|")
for r in T:
    w(f"| {r['rule']} | {r['file']}:{r['line']} | {r['message']} | {r['who']} | {r['state']} | {r['note']} |")
w("\nNotes on the findings:\n"
  "- Membership findings come once per person per group, at the first line that shows them (invite, join or first post). ปลัดเอ็ม พังโคน is found at his invite "
  "(SKN-2 plus SKN-ALL for him and for นอภ.พังโคน 🙏); his later ack gives only SKN-2P. The same for เจษฎา ปภ.สน. in the heads' group (SKN-6 plus the two SKN-ALL rows).\n"
  "- SKN-2P: every post by someone other than the office (provincial_admin_staff, the palad) in ข้อสั่งการ ปค.สน.: a greeting with a flower photo (one post), a question, "
  "a member answering it, a sticker, an ack, the invitee's ack, a photo alone (two photos, one post), 🙏 alone, a nil report, an ack carrying a result.\n"
  "- OUTSIDER: a seller who joined the heads' group by link, an insurance seller who joined ศอ.จอส.จว.สน. by QR code, a village health volunteer added to "
  "นักปกครองสกลนคร by ปลัดธนพล พนก. (inviter named in the note; no SKN-ALL), and a news page that posts in the executives' group with no join line. "
  "Later posts and removals of these people give nothing more.\n"
  "- SKN-5P: a district chief's order to the districts of his zone, a district volunteer officer's order to all districts, and a report by provincial health staff "
  "(also SKN-5). None of these orders creates a duty: only the provincial centre's orders do.\n")
w("## Orders with reporting duties (SKN-5O) and the ledger\n")
w("The provincial volunteer centre in ศอ.จอส.จว.สน. is the palad and the two province-level volunteer officers. A district's answer is the first report "
  "after the order by any of its chief, deputies, coordinating deputy or volunteer officer: text, a file, or photos alone when the order asks for photos. "
  "An acknowledgement or a promise (\"กำลังรวบรวม\", \"จะส่งช่วงบ่าย\") is not an answer. A second report (a correction) does not change the answer.\n")
names = {"O1": "rainy-season plan: dredging and drain clearing", "O2": "dengue Big Cleaning Day, 5 districts, with photos",
         "O9": "flash-flood watch teams, 3 districts on the Phu Phan range", "O4": "disaster volunteer teams, form จอส.ภพ.๑",
         "O5": "living check dams, 4 districts", "O6": "storm damage help, 3 districts", "O7": "school cleaning before term, with 2–3 photos",
         "O8": "Royal Ploughing Day help to farmers: 3–5 photos", "O10": "volunteer sign-up totals", "O11": "tree-planting head count, 2 districts"}
bystate = Counter(r["state"] for r in L)
w("Duties by state: " + ", ".join(f"{k} {v}" for k, v in bystate.items()) + f" ({len(L)} duties, {len(O)} orders).\n")
for k, o in sorted(O.items(), key=lambda x: x[1]["time"]):
    rows = [r for r in L if r["order"] == o["id"]]
    c = Counter(r["state"] for r in rows)
    w(f"### {k} — `{o['id']}` ({o['file']}:{o['line']}), {o['time'][:16].replace('T', ' ')}, by {o['sender']}: {names[k]}\n")
    w(f"- Addressed to: {'all 18 districts' if not o['districts'] else ', '.join(o['districts'])}.")
    w(f"- Deadline: {o['deadline']} — {o['how']}.")
    w(f"- Ledger: " + ", ".join(f"{s} {n}" for s, n in c.items()) + ".")
    odd = [r for r in rows if r["state"] != "on-time"]
    for r in odd:
        w(f"  - {r['district']}: **{r['state']}** {('answer ' + r['answer']) if r['answer'] else ''} ({r['note']})")
    w("")
w("Full per-district rows are in `ledger.csv` (order = the order's message id, answer = the answering message id).\n")
w("### Reminders and information-only posts (no new duty)\n")
for k, e in sorted(d["extra"].items(), key=lambda x: x[1]["time"]):
    w(f"- `{e['id']}` ({k}, line {e['line']}, {e['time'][:16].replace('T', ' ')}): {e['text'][:140]}…")
w("\nR1 replies to O1 and names the districts then still without an answer (กุดบาก, วานรนิวาส, ส่องดาว, เต่างอย); R2 (ย้ำ) replies to O5; R3 (เร่งรัด) follows O7; "
  "R4 replies to O8. I1 and I2 say ไม่ต้องรายงาน / เพื่อทราบ; I3 is thanks plus แจ้งเพื่อทราบ.\n")
w("## Near misses (`near-misses.csv`)\n")
w(f"{len(N)} rows: posts a careless tool would flag, and why each is not a finding.\n")
w("| file:line | message | why not |\n|---|---|---|")
for r in N:
    w(f"| {r['file']}:{r['line']} | {r['message']} | {r['why']} |")
w("\n## Decisions where the rules left room\n")
w("- **Photos after a text** belong to the same post (LABELS.md): a district's text report with photos is one answer at the text line; in ข้อสั่งการ ปค.สน. a greeting with a photo is one SKN-2P at the text; two photos sent alone are one SKN-2P at the first photo.\n"
  "- **Inviters** appear in the group by inviting; all inviters are admitted members. The remover of an outsider gives nothing.\n"
  "- **SKN-5P orders by district people** (zone order, district volunteer officer's e-mail instruction) create no duties and are findings; the palad's reply cancelling the e-mail instruction is not.\n"
  "- **O8 has no deadline** in its text, so the 24-hour default applies (15:20:xx on Friday). The reminder R4 (\"ภายในวันนี้\") does not extend it: a reminder creates no new duty.\n"
  "- **O2's ภายใน ๒๔ ชม.** is counted from the order's own second.\n"
  "- **ข้อสั่งการ ปจ.สน.**: district chiefs' acks, questions and reports there are not findings (the letter only says they are not needed); an office account and a coordinating deputy posting there are SKN-3 membership findings.\n"
  "- **Rename**: `Chaiyut S.` renames to `รองฯ ชัยยุทธ`; the new name is the vice governor.\n"
  "- The **2026 date of the Royal Ploughing Ceremony** is written into the data as Wednesday 13 May (see above); no ledger entry depends on it.\n")
open("TRUTH.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out))
