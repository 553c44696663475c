#!/usr/bin/env python3
"""Writes the week-V files (roster, chats, truth, ledger, near misses) from the hand-written sources."""
import csv, json, os, sys
from datetime import datetime, timedelta
sys.path.insert(0, os.path.dirname(__file__))
import roster_data as R
import soc
import groups_a, groups_b, groups_c  # noqa: F401

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
TZ = '+07:00'
WEEKDAY = ['วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์']

def name(who):
    return who[1:] if who.startswith('=') else R.disp(who)

def sid(who):
    if who.startswith('='):
        return ''
    p = R.P[who]
    return p['lid'] or p['email']

# ---------------- roster ----------------
pid = R.ids_in_order()
with open(os.path.join(OUT, 'roster.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
    for k, p in R.P.items():
        w.writerow([pid[k], p['full'], '|'.join(p['disp']), p['role'], p['agency'], p['district'], p['lid'], p['email']])

truth, near, ledger = [], [], []

# ---------------- JSONL groups ----------------
n = 0
counts = {}
for file, (gname, L) in groups_a.GROUPS.items():
    L = sorted(L, key=lambda m: (m['day'], m['hm']))
    lines, seen_min = [], {}
    for ln, m in enumerate(L, 1):
        n += 1
        mid = 'v%04d' % n
        key = (m['day'], m['hm'])
        k = seen_min.get(key, 0); seen_min[key] = k + 1
        t = '2026-04-%02dT%s:%02d%s' % (m['day'], m['hm'], 5 + 12 * k, TZ)
        o = {'id': mid, 'group': gname, 'time': t, 'sender': name(m['who'])}
        s = sid(m['who'])
        if 'senderId' in m:
            s = R.P[m['senderId']]['lid']
        if s:
            o['senderId'] = s
        o['type'] = m['type']
        if m['text'] is not None:
            o['text'] = m['text']
        if m['type'] == 'system':
            o['event'] = m['event']
            if 'target' in m:
                o['target'] = name(m['target'])
        if 'attachment' in m:
            o['attachment'] = m['attachment']
        lines.append(json.dumps(o, ensure_ascii=False))
        for rule, note in m.get('t', []):
            who = name(m['who'])
            if m['type'] == 'system' and m['event'] == 'invite' and not note.startswith('inviter') and rule != 'OUTSIDER':
                who = name(m['target'])
            if rule == 'OUTSIDER' and m['type'] == 'system' and m['event'] == 'invite':
                who = name(m['target'])
            truth.append([rule, file, ln, mid, who, '', note])
        if m.get('nm'):
            near.append([file, ln, mid, m['nm']])
    counts[file] = (gname, len(L))
    with open(os.path.join(OUT, file), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

# ---------------- ศอ.จอส.จว.สน. desktop export ----------------
L = sorted(soc.L, key=lambda m: (m['day'], m['hm']))
out, cur_day = [], None
order_line, order_time, answers = {}, {}, {}
for m in L:
    if m['day'] != cur_day:
        cur_day = m['day']
        out.append('2026.04.%02d %s' % (cur_day, WEEKDAY[datetime(2026, 4, cur_day).weekday()]))
    ln = len(out) + 1
    nm_ = name(m['who'])
    if m.get('leave'):
        text = '%s ออกจากกลุ่ม' % nm_
    elif m.get('unsend'):
        text = 'ยกเลิกข้อความ'
    else:
        text = m['text']
    out.extend(('%s %s %s' % (m['hm'], nm_, text)).split('\n'))
    m['line'] = ln
    m['dt'] = datetime(2026, 4, m['day'], int(m['hm'][:2]), int(m['hm'][3:]))
    if 'order' in m:
        order_line[m['order']] = ln; order_time[m['order']] = m['dt']
    if 'ans' in m:
        o, d, st = m['ans']
        assert (o, d) not in answers, ('two first answers', o, d)
        answers[(o, d)] = m
    for rule, note in m.get('t', []):
        truth.append([rule, soc.FILE, ln, '', nm_, '', note])
    if m.get('nm'):
        near.append([soc.FILE, ln, '', m['nm']])
with open(os.path.join(OUT, soc.FILE), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
judge = L[-1]['dt']
counts[soc.FILE] = (soc.GROUP, len(L))

# ---------------- ledger (states were set by hand in the sources; checked here) ----------------
def parse(s):
    return datetime.fromisoformat(s).replace(tzinfo=None)
for o in sorted(soc.ORDERS, key=lambda x: order_line[x]):
    spec = soc.ORDERS[o]
    dl = parse(spec['deadline'])
    dists = spec['to'] or [c for c, _ in R.DIST]
    for d in dists:
        a = answers.get((o, d))
        if a:
            assert a['dt'] > order_time[o]
            st = 'on-time' if a['dt'] <= dl else 'late'
            assert st == a['ans'][2], ('hand state differs', o, d, st, a['ans'])
            ledger.append([order_line[o], R.DNAME[d], st, a['line'], spec['deadline'],
                           '%s line %d; answered by %s at %s' % (o, order_line[o], name(a['who']), a['dt'].strftime('%a %d %H:%M'))])
            if st == 'late':
                truth.append(['SKN-5O', soc.FILE, a['line'], '', R.DNAME[d], 'late',
                              '%s (line %d): first answer after the deadline %s' % (o, order_line[o], spec['deadline'])])
        else:
            st = 'missing' if dl < judge else 'not-due'
            ledger.append([order_line[o], R.DNAME[d], st, '', spec['deadline'],
                           '%s line %d; no answer by the end of the log (%s)' % (o, order_line[o], judge.strftime('%a %d %H:%M'))])
            if st == 'missing':
                truth.append(['SKN-5O', soc.FILE, order_line[o], '', R.DNAME[d], 'missing',
                              '%s: no answer by the end of the log; deadline %s' % (o, spec['deadline'])])
assert set(answers) <= {(o, d) for o in soc.ORDERS for d in (soc.ORDERS[o]['to'] or [c for c, _ in R.DIST])}

def w(fname, header, rows):
    with open(os.path.join(OUT, fname), 'w', newline='', encoding='utf-8') as f:
        wr = csv.writer(f); wr.writerow(header); wr.writerows(rows)
w('truth.csv', ['rule', 'file', 'line', 'message', 'who', 'state', 'note'], truth)
w('ledger.csv', ['order', 'district', 'state', 'answer', 'deadline', 'note'], ledger)
w('near-misses.csv', ['file', 'line', 'message', 'why'], near)

# summary for TRUTH.md
json.dump({'counts': counts, 'order_line': order_line, 'judge': judge.isoformat()},
          open(os.path.join(OUT, 'src', 'summary.json'), 'w'), ensure_ascii=False, indent=1)
print(counts, sum(c for _, c in counts.values()))
print('truth', len(truth), 'near', len(near), 'ledger', len(ledger))
