"""Writes TRUTH.md, the readable account of week AZ's ground truth: the tables from the week's files,
the words (INTRO, DECISIONS, OUTSIDERS, ORDERS_INTRO, NOTICES) from src/words.py."""
from collections import Counter

from people import PEOPLE, DISTRICTS

ROLE_WORDS = {
    "governor": "governor", "vice_governor": "vice governors", "provincial_palad": "provincial palad",
    "provincial_admin_staff": "office sending accounts", "volunteer_center_staff": "volunteer officers",
    "agency_head": "agency heads", "staff": "staff (deputies/clerks of agency heads)", "retired": "retired official",
    "district_chief": "district chiefs", "coordinating_deputy": "coordinating deputies",
    "deputy_district_chief": "other deputies",
}


def fmt_t(t):
    return t.strftime("%a %d %b %H:%M")


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def loc(m):
    return f"{m.chat.fname}:{m.line}" + (f" ({m.id})" if m.id else "")


def write(path, st, words):
    chats, orders, ledger, truth, near, log_end = (st[k] for k in ("chats", "orders", "ledger", "truth", "near", "log_end"))
    out = [words.INTRO]

    # roster
    roles = Counter(r for p in PEOPLE.values() for r in p.roles)
    out.append("## The roster in brief\n")
    out.append(f"{len(PEOPLE)} people. Province: 1 governor (P001), {roles['vice_governor']} vice governors (P002–P004), "
               "the provincial palad (P005), 3 office sending accounts of ที่ทำการปกครองจังหวัด (P006–P008), "
               "2 province-level volunteer officers (P009 the centre's account, P010), 12 agency heads (P011–P022), "
               "4 staff standing in for heads (P023 agriculture, P024 health clerk, P025 deputy of the environment office, "
               "P026 PR clerk) and a retired former district chief (P027).\n")
    out.append("Districts: all 18 (P101–P274), each with a district chief, a coordinating deputy and a volunteer "
               "officer; in นิคมน้ำอูน (P162) and เจริญศิลป์ (P252) one person is both coordinating deputy and "
               "volunteer officer (`coordinating_deputy|volunteer_center_staff`). Other deputies in เมืองสกลนคร (2), "
               "พรรณานิคม, พังโคน, วานรนิวาส (2), บ้านม่วง, สว่างแดนดิน (2), โคกศรีสุพรรณ and ภูพาน.\n")
    n_line = sum(1 for p in PEOPLE.values() if p.line)
    n_mail = sum(1 for p in PEOPLE.values() if p.email)
    out.append(f"{n_line} people have a LINE user id (JSONL messages from them carry it as `senderId`), {n_mail} an "
               "e-mail; a few have neither. `ปลัดต้น` is the display name of P134 (พรรณานิคม) and P194 (บ้านม่วง), "
               "both without a LINE id: ambiguous.\n")
    out.append(words.OUTSIDERS)

    # groups
    out.append("## Groups and message counts\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    vol = chats[0]
    out.append(f"ศอ.จอส.จว.สน. holds {len(vol.msgs)} of {total} messages ({100 * len(vol.msgs) / total:.0f}%).\n")

    out.append(words.DECISIONS)

    # findings
    rc = Counter(r[2] for r in truth)
    out.append("## Findings\n")
    out.append("Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())) + f"; {len(truth)} rows in all.\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname and r[2] != "SKN-5O"]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        out.append("| rule | line | message | who | why |")
        out.append("|---|---|---|---|---|")
        for _, ln, rule, fn, m, who, stt, note in rows:
            out.append(f"| {rule} | {ln} | {m.id or ''} | {esc(who)} | {esc(note)} |")
        out.append("")

    # orders
    out.append("## Orders in ศอ.จอส.จว.สน. and the ledger (SKN-5O)\n")
    out.append(words.ORDERS_INTRO)
    states = Counter(r[2] for r in ledger)
    out.append("Duties by state: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items())) + f" ({len(ledger)} in all).\n")
    info = set(getattr(words, "INFO", []))
    for key in words.NOTICES:
        m = vol.keys[key]
        out.append(f"- **{key}** {loc(m)}, {fmt_t(m.t)}, {esc(m.name)}: " +
                   ("information only, no duty." if key in info else "reminder, no duty."))
    out.append("")
    ledger_by = {}
    for row in ledger:
        ledger_by.setdefault(row[0], []).append(row)
    for key in sorted(orders, key=lambda k: orders[k]["msg"].t):
        o = orders[key]
        m = o["msg"]
        who = "all 18 districts" if len(o["districts"]) == 18 else ", ".join(o["districts"])
        out.append(f"### {key} — {o['topic']}\n")
        out.append(f"{loc(m)}, {fmt_t(m.t)}, by {esc(m.name)}. Obliges: {who}.\n")
        first = m.text.split("\n")
        quote = " / ".join(x for x in first if x)[:400]
        out.append(f"> {esc(quote)}\n")
        out.append(f"Deadline: **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        out.append("| district | state | answer | note |")
        out.append("|---|---|---|---|")
        for row in ledger_by[m.id]:
            out.append(f"| {row[1]} | {row[2]} | {row[3]} | {esc(row[5])} |")
        out.append("")
    late = [r for r in truth if r[2] == "SKN-5O"]
    out.append("SKN-5O rows in `truth.csv` (late: cited at the answer; missing: cited at the order):\n")
    for _, ln, rule, fn, m, who, stt, note in late:
        out.append(f"- {who}: **{stt}**, {fn}:{ln} ({m.id}) — {esc(note)}")
    out.append("")

    # near misses
    out.append("## Near misses (not findings)\n")
    out.append(f"{len(near)} lines.\n")
    out.append("| file | line | message | why not |")
    out.append("|---|---|---|---|")
    for _, ln, fn, m, why in near:
        out.append(f"| `{fn}` | {ln} | {m.id or ''} | {esc(why)} |")
    out.append("")
    out.append("## Checking\n")
    out.append("`python3 check.py` checks that every JSONL line is valid JSON with the README's fields, ids "
               "are unique and times in order per file, the export parses (header, date lines with the right "
               "weekday, message and system lines), every truth, ledger and near-miss row points at the first line "
               "of a real message with the right id, the roster header, role codes and district staffing are valid, "
               "the ledger's states agree with its deadlines, answers and the judging time, and the "
               "week's planned counts are met. It also recomputes, from the roster and the letter's member lists alone, "
               "every membership, SKN-ALL, OUTSIDER and ข้อสั่งการ ปค.สน. posting finding and compares them with "
               "`truth.csv`.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
