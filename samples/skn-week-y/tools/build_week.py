# Writes the week's files from the hand-written messages and hand-worked truth in week_*.py.
import csv, json, os
import week_lib as L
from roster_data import P, DISTRICTS, DNAME, BY
import week_vc, week_pk, week_pj, week_ex, week_hd, week_ad

OUT = os.path.dirname(os.path.abspath(__file__))
for mod in (week_vc, week_pk, week_pj, week_ex, week_hd, week_ad):
    mod.build()
    if hasattr(mod, 'build_more'):
        mod.build_more()

# time order inside each file: by minute (written order breaks ties), then seconds
allm = []
for g, msgs in L.MSGS.items():
    msgs.sort(key=lambda m: (m['_day'], m['_hm'], m['_seq']))
    i = 0
    while i < len(msgs):
        j = i
        while j < len(msgs) and (msgs[j]['_day'], msgs[j]['_hm']) == (msgs[i]['_day'], msgs[i]['_hm']):
            j += 1
        cur = L.rnd.randint(1, 12)
        for m in msgs[i:j]:
            if m['_s'] is not None:
                m['sec'] = m['_s']
            else:
                m['sec'] = min(cur, 59)
                cur += L.rnd.randint(2, 9)
        msgs[i:j] = sorted(msgs[i:j], key=lambda m: m['sec'])
        i = j
    for n, m in enumerate(msgs, 1):
        m['time'] = '2025-10-%02dT%s:%02d+07:00' % (m['_day'], m['_hm'], m['sec'])
        m['line'] = n
        m['file'] = L.FILES[g][0]
        m['group'] = L.FILES[g][1]
    allm += msgs

# ids in global time order
gorder = list(L.FILES)
allm.sort(key=lambda m: (m['time'], gorder.index(m['_g']), m['line']))
for n, m in enumerate(allm, 1):
    m['id'] = 'y%04d' % n
for m in allm:
    if m['_reply']:
        m['replyTo'] = L.KEYS[m['_reply']]['id']

FIELDS = ['id', 'group', 'time', 'sender', 'senderId', 'type', 'text', 'replyTo', 'event', 'target', 'attachment']
for g, msgs in L.MSGS.items():
    with open(os.path.join(OUT, L.FILES[g][0]), 'w', encoding='utf-8') as f:
        for m in msgs:
            f.write(json.dumps({k: m[k] for k in FIELDS if k in m}, ensure_ascii=False) + '\n')

# roster
with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
    for p in P:
        w.writerow([p['pid'], p['full'], p['disp'], p['role'], p['agency'], p['district'], p['line_id'], p['email']])

# ledger (hand-worked states in week_vc.STATE; everything else on-time or, past the log's end, not-due)
END = max(m['time'] for m in allm)
VC = week_vc
ledger = []
truth = []
for o, d in VC.DUTY.items():
    om = L.KEYS[o]
    for k in d['to']:
        a = VC.ANS.get((o, k))
        st = VC.STATE.get((o, k))
        if st is None:
            st = 'on-time' if a else ('not-due' if d['deadline'] > END else None)
        assert st, (o, k)
        note = ''
        if st == 'late':
            note = 'first answer after the deadline'
        elif st == 'missing':
            note = 'no report by the end of the log'
        elif st == 'not-due':
            note = 'deadline after the end of the log; no answer yet'
        ledger.append(dict(order=om['id'], district=DNAME[k], state=st, answer=a['id'] if a else '',
                           deadline=d['deadline'], note=note, _o=o, _k=k))
        if st in ('late', 'missing'):
            ev = a if st == 'late' else om
            truth.append(dict(rule='SKN-5O', file=ev['file'], line=ev['line'], message=ev['id'], who=DNAME[k], state=st,
                              note='%s: %s %s (deadline %s)' % (o, DNAME[k], 'answered late' if st == 'late' else 'never answered', d['deadline']),
                              _m=ev))

for m in allm:
    for rule, who, note in m['_tr']:
        truth.append(dict(rule=rule, file=m['file'], line=m['line'], message=m['id'], who=who or m['sender'],
                          state='', note=note, _m=m))
truth.sort(key=lambda r: (r['file'], r['line'], r['rule']))
with open(os.path.join(OUT, 'truth.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['rule', 'file', 'line', 'message', 'who', 'state', 'note'])
    for r in truth:
        w.writerow([r[c] for c in ['rule', 'file', 'line', 'message', 'who', 'state', 'note']])
with open(os.path.join(OUT, 'ledger.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['order', 'district', 'state', 'answer', 'deadline', 'note'])
    for r in ledger:
        w.writerow([r[c] for c in ['order', 'district', 'state', 'answer', 'deadline', 'note']])
nms = sorted([m for m in allm if m['_nm']], key=lambda m: (m['file'], m['line']))
with open(os.path.join(OUT, 'near-misses.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'line', 'message', 'why'])
    for m in nms:
        w.writerow([m['file'], m['line'], m['id'], m['_nm']])

import week_doc
week_doc.write(OUT, allm, truth, ledger, nms, END)
print('messages', len(allm), 'truth', len(truth), 'ledger', len(ledger), 'near misses', len(nms), 'end', END)
