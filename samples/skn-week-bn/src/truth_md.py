"""Writes TRUTH.md from the week's files and the prose in truth_words.py."""
from collections import Counter

import truth_words as W
from people import PEOPLE, DISTRICTS


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(path, st):
    chats, ledger, truth, near, log_end, orders = (st[k] for k in ("chats", "ledger", "truth", "near", "log_end", "orders"))
    so = chats[0]
    out = [W.INTRO]
    out.append(W.WEEK.format(log_end=log_end.strftime("%Y-%m-%d %H:%M") + " (Friday 2 October)"))
    out.append(W.ROSTER.format(n=len(PEOPLE), n_line=sum(1 for p in PEOPLE.values() if p.line),
                               n_mail=sum(1 for p in PEOPLE.values() if p.email)))
    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting and membership findings |")
    out.append("|---|---|---|---|")
    total = 0
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
        total += len(c.msgs)
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(so.msgs)} of {total} messages ({100 * len(so.msgs) / total:.0f}%).\n")
    out.append(W.EXPORT)

    out.append("## Orders with duties in ศอ.จอส.จว.สน. (SKN-5O)\n")
    states = Counter(r[2] for r in ledger)
    out.append(f"Eight orders of the provincial centre (the palad, จ่าหนุ่ม ศอ.จอส.จว.สน., the centre's account) ask "
               f"districts to report: {len(ledger)} duties — " +
               ", ".join(f"{k} {states[k]}" for k in ("on-time", "late", "missing", "not-due")) + ".\n")
    by_order = {}
    for row in ledger:
        by_order.setdefault(row[5].split(":")[0], []).append(row)
    for key, o in sorted(orders.items(), key=lambda kv: so.keys[kv[1]["msg"]].t):
        m = so.keys[o["msg"]]
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(
            d for d in DISTRICTS if d in o["districts"])
        out.append(f"### {key} — line {m.line}, {m.t.strftime('%a %d %b %H:%M')}, {esc(m.name)}\n")
        out.append(f"{o['topic']}. Obliges {who}.\n")
        out.append(f"Deadline **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        rows = by_order[key]
        for stt in ("on-time", "late", "missing", "not-due"):
            rs = [r for r in rows if r[2] == stt]
            if not rs:
                continue
            if stt in ("on-time", "late"):
                items = ", ".join(f"{r[1]} (l.{r[3]})" for r in rs)
            else:
                items = ", ".join(r[1] for r in rs)
            out.append(f"- **{stt}** ({len(rs)}): {items}")
        out.append("")
    lines = {k: so.keys[k].line for k in ("O4", "INFO1", "R1", "R2", "R5", "R7", "R8", "O3c1", "O3c2")}
    out.append(W.NO_DUTY.format(**lines))

    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |")
    out.append("|---|---|")
    for k, v in sorted(rc.items()):
        out.append(f"| {k} | {v} |")
    out.append(f"| total | {len(truth)} ({len(truth) - rc['SKN-5O']} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, stt, note in rows:
            ref = f"line {ln}" + (f" {m.id}" if m.id else "")
            out.append(f"- {rule} — {ref} — {esc(who)}" + (f" **{stt}**" if stt else "") + f": {esc(note)}")
        out.append("")
    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Posts the letter allows (or that open no duty) but that a careless reader might flag.\n")
    cur = None
    for _, ln, fn, m, why in near:
        if fn != cur:
            out.append(f"\n### {m.chat.group} (`{fn}`)\n")
            cur = fn
        out.append(f"- line {ln}" + (f" {m.id}" if m.id else "") + f": {esc(why)}")
    out.append("")
    out.append(W.DECISIONS)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
