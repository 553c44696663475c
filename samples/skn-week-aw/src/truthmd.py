"""Fill the hand-written TRUTH template (truth_template.md) with tables tabulated from the sources."""
import os
from collections import Counter, OrderedDict


def write(out_dir, here, files, truth, near, ledger, summary, roster):
    tpl = open(os.path.join(here, 'truth_template.md'), encoding='utf-8').read()
    msgs_by_file = {f[1]: f[4] for f in files}
    total = sum(len(f[4]) for f in files)

    # groups table
    fc = Counter(r[1] for r in truth)
    rows = ['| file | group | messages | findings (truth rows) |', '|---|---|---|---|']
    for src, out, group, kind, msgs in files:
        rows.append(f'| `{out}` | {group} | {len(msgs)} | {fc[out]} |')
    rows.append(f'| | total | {total} | {len(truth)} |')
    groups = '\n'.join(rows)

    # rule counts
    rc = Counter(r[0] for r in truth)
    rrows = ['| rule | count |', '|---|---|']
    for k in sorted(rc):
        rrows.append(f'| {k} | {rc[k]} |')
    n5o = rc.get('SKN-5O', 0)
    rrows.append(f'| total | {len(truth)} ({len(truth) - n5o} posting/membership, {n5o} SKN-5O) |')
    rules = '\n'.join(rrows)

    # orders
    def place(file, ref):
        for m in msgs_by_file[file]:
            if m.get('id') == ref or str(m.get('line')) == ref:
                return m
        return None

    parts = []
    st_tot = Counter()
    for o in summary['orders']:
        f = o['file']
        om = place(f, o['id'] or str(o['line']))
        led = [r for r in ledger if r[0] == (o['id'] or str(o['line'])) and r[5].startswith(o['order'])]
        parts.append(f"### {o['order']} — `{f}` line {o['line']} {o['id']}, {o['time'][8:10]} Oct {o['time'][11:16]}, {o['sender']}"
                     f" ({'all 18 districts' if o['districts'] == 'ALL' else str(len(o['districts'].split(','))) + ' districts'})\n")
        parts.append(f"Deadline {o['deadline']}. {o['reading']}.\n")
        by = OrderedDict()
        for r in led:
            by.setdefault(r[2], []).append(r)
            st_tot[r[2]] += 1
        for st in ('on-time', 'late', 'missing', 'not-due'):
            if st not in by:
                continue
            items = []
            for r in by[st]:
                if r[3]:
                    am = place(f, r[3])
                    items.append(f"{r[1]} ({r[3]}, {am['time'][8:10]} Oct {am['hhmm']}, {am['sender']})")
                else:
                    items.append(r[1])
            parts.append(f"- **{st}** ({len(by[st])}): " + ', '.join(items))
        parts.append('')
    orders = '\n'.join(parts)
    totals = f"Ledger totals: {len(ledger)} duties — " + ', '.join(f'{k} {st_tot[k]}' for k in ('on-time', 'late', 'missing', 'not-due'))

    # findings by file
    fparts = []
    for src, out, group, kind, msgs in files:
        rs = [r for r in truth if r[1] == out]
        if not rs:
            continue
        fparts.append(f'### {group} (`{out}`)\n')
        for r in rs:
            ref = f"line {r[2]}" + (f" {r[3]}" if r[3] else '')
            st = f" **{r[5]}**" if r[5] else ''
            fparts.append(f"- {r[0]} — {ref} — {r[4]}{st}: {r[6]}")
        fparts.append('')
    findings = '\n'.join(fparts)

    nparts = []
    for src, out, group, kind, msgs in files:
        rs = [r for r in near if r[0] == out]
        if not rs:
            continue
        nparts.append(f'### {group} (`{out}`, {len(rs)})\n')
        for r in rs:
            nparts.append(f"- line {r[1]}{(' ' + r[2]) if r[2] else ''}: {r[3]}")
        nparts.append('')
    nears = '\n'.join(nparts)

    last = max((m['time'] for f in files for m in f[4]))
    txt = (tpl.replace('{{GROUPS}}', groups).replace('{{RULES}}', rules).replace('{{ORDERS}}', orders)
           .replace('{{TOTALS}}', totals).replace('{{FINDINGS}}', findings).replace('{{NEAR}}', nears)
           .replace('{{NNEAR}}', str(len(near))).replace('{{TOTAL}}', str(total)).replace('{{ROSTER_N}}', str(len(roster)))
           .replace('{{LAST}}', last))
    open(os.path.join(out_dir, 'TRUTH.md'), 'w', encoding='utf-8').write(txt)
