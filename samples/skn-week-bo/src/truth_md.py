"""Writes TRUTH.md from the week's records and the prose in truth_words.py."""
import re
from collections import Counter, defaultdict

import truth_words as W
from people import PEOPLE, DISTRICTS
from so_orders import ORDERS

FILE_GROUP = {}


def esc(s):
    return str(s).replace("|", "\\|").replace("\n", " / ")


def write(path, chats, so, ledger, truth, near, log_end):
    def find(when, pid, nth=0):
        from frame import when as w
        t = w(when)
        hits = [m for m in so.sorted() if m.t == t and m.pid == pid]
        return hits[nth].line

    def fill(text):
        text = re.sub(r"\{L\('([^']+)','([^']+)'(?:,(\d))?\)\}",
                      lambda m: str(find(m.group(1), m.group(2), int(m.group(3) or 0))), text)
        return text

    jsonl_ids = sorted(m.id for c in chats if not c.export for m in c.msgs)
    table_line = next(m.line for m in so.sorted() if m.text and "08:00\tผลัดเช้า" in m.text)
    out = [W.INTRO, W.WEEK, W.ROSTER]

    out.append("## Groups and messages\n")
    out.append("| file | group | messages | posting / membership findings |")
    out.append("|---|---|---|---|")
    total = sum(len(c.msgs) for c in chats)
    for c in chats:
        nf = sum(1 for r in truth if r[3] == c.fname and r[2] != "SKN-5O")
        out.append(f"| `{c.fname}` | {c.group} | {len(c.msgs)} | {nf} |")
    out.append(f"| | total | {total} | {sum(1 for r in truth if r[2] != 'SKN-5O')} |\n")
    out.append(f"ศอ.จอส.จว.สน. holds {len(so.msgs)} of the {total} messages ({100 * len(so.msgs) / total:.0f}%).\n")

    note = (f"Line {table_line} is one quoted message holding a table typed with tabs: three of its lines begin "
            "`08:00⇥ผลัดเช้า⇥…`, `16:00⇥ผลัดบ่าย⇥…`, `00:00⇥ผลัดดึก⇥…` and look like message lines, but they are "
            "inside the quotes (`ผลัดเช้า` is no sender).")
    out.append(W.EXPORT.replace("{TABLE_NOTE}", note).replace("{IDS}", f"`{jsonl_ids[0]}`…`{jsonl_ids[-1]}`"))

    out.append(W.ORDERS_INTRO)
    by_order = defaultdict(list)
    for row in ledger:
        by_order[row[0]].append(row)
    for ok in sorted(ORDERS, key=lambda k: so.keys[k].t):
        o = ORDERS[ok]
        m = so.keys[ok]
        text = m.text or next(x.text for x in so.msgs if x.post is m and x.text)
        who = "all 18 districts" if len(o["districts"]) == 18 else f"{len(o['districts'])} districts: " + ", ".join(o["districts"])
        out.append(f"### {ok} — {o['topic']}\n")
        kind = {"file": " (a PDF, then the text)", "image": " (photos, then the text)"}.get(m.type, "")
        out.append(f"Line {m.line}{kind}, {m.t.strftime('%a %d %b %H:%M')}, by {esc(m.name)}. Obliges {who}.\n")
        out.append("> " + esc(text[:420] + ("…" if len(text) > 420 else "")) + "\n")
        out.append(f"Deadline **{o['deadline'].isoformat()}**. {o['reasoning']}\n")
        rows = by_order[m.line]
        for st in ("on-time", "late", "missing", "not-due"):
            sel = [r for r in rows if r[2] == st]
            if not sel:
                continue
            if st in ("on-time", "late"):
                items = ", ".join(f"{r[1]} (l.{r[3]})" for r in sel)
            else:
                items = ", ".join(r[1] for r in sel)
            out.append(f"- **{st}** ({len(sel)}): {items}")
        out.append("")
    states = Counter(r[2] for r in ledger)
    out.append(f"Ledger totals: {len(ledger)} duties of {len(ORDERS)} orders — " +
               ", ".join(f"{k} {states[k]}" for k in ("on-time", "late", "missing", "not-due")) +
               f". Late or missing: {states['late'] + states['missing']} duties in "
               f"{len({r[0] for r in ledger if r[2] in ('late', 'missing')})} orders.\n")
    out.append(fill(W.NODUTY))

    rc = Counter(r[2] for r in truth)
    out.append("## Findings (`truth.csv`)\n")
    out.append("| rule | count |")
    out.append("|---|---|")
    for k in sorted(rc):
        out.append(f"| {k} | {rc[k]} |")
    pm = sum(v for k, v in rc.items() if k != "SKN-5O")
    out.append(f"| total | {len(truth)} ({pm} posting/membership, {rc['SKN-5O']} SKN-5O) |\n")
    for c in chats:
        rows = [r for r in truth if r[3] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group} (`{c.fname}`)\n")
        for _, ln, rule, fn, m, who, st, nt in rows:
            ref = f"line {ln}" + (f" {m.id}" if m.id else "")
            out.append(f"- {rule} — {ref} — {esc(who.strip(chr(0x2068) + chr(0x2069)))}" +
                       (f" **{st}**" if st else "") + f": {esc(nt)}")
        out.append("")

    out.append(f"## Near misses (`near-misses.csv`, {len(near)})\n")
    out.append("Each is a post the letter allows (or a case no rule reaches) that a careless reading might flag.\n")
    for c in chats:
        rows = [r for r in near if r[2] == c.fname]
        if not rows:
            continue
        out.append(f"### {c.group}\n")
        for _, ln, fn, m, why in rows:
            out.append(f"- line {ln}" + (f" {m.id}" if m.id else "") + f": {esc(why)}")
        out.append("")
    out.append(fill(W.DECISIONS))
    out.append(W.CHECKING)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
