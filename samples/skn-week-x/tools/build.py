# Writes the week's files from the hand-written build_*.py sources:
# roster.csv, one JSONL file per group, truth.csv, ledger.csv, near-misses.csv.
import csv, json, io, os
from build_core import *
from build_roster import HEADER
import build_vol, build_pk, build_pj, build_exec, build_heads, build_adm

OUT = os.path.dirname(os.path.abspath(__file__))

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S+07:00')

# roster
with open(os.path.join(OUT, 'roster.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(HEADER.split(','))
    for r in ROWS:
        w.writerow([r['person_id'], r['full_name'], '|'.join(r['display_names']), r['role'], r['agency'],
                    r['district'], r['line_user_id'], r['email']])

# order, ids, lines
n = 0
for g in ORDER_OF_FILES:
    MSGS[g].sort(key=lambda m: (m['time'], m['seq']))
    for i, m in enumerate(MSGS[g]):
        n += 1
        m['id'] = 'x%04d' % n
        m['line'] = i + 1
        m['file'] = GROUPS[g][0]

for g in ORDER_OF_FILES:
    with open(os.path.join(OUT, GROUPS[g][0]), 'w', encoding='utf-8') as f:
        for m in MSGS[g]:
            o = {'id': m['id'], 'group': GROUPS[g][1], 'time': iso(m['time']), 'sender': m['sender']}
            if m.get('senderId'):
                o['senderId'] = m['senderId']
            o['type'] = m['type']
            if m['text'] is not None:
                o['text'] = m['text']
            if m['reply']:
                o['replyTo'] = BYKEY[m['reply']]['id']
            if m['event']:
                o['event'] = m['event']
            if m['target']:
                o['target'] = m['target']
            if m['att']:
                o['attachment'] = m['att']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

truth, nms = [], []
for g in ORDER_OF_FILES:
    for m in MSGS[g]:
        for t in m['T']:
            if len(t) == 2:
                rule, note = t
                w_ = m['sender']
            else:
                rule, wk, note = t
                w_ = who(wk)
            truth.append([rule, m['file'], m['line'], m['id'], w_, '', note])
        if m['N']:
            nms.append([m['file'], m['line'], m['id'], m['N']])

# ledger (states worked by hand in build_vol.LEDGER)
ledger = []
for oid, addressed, deadline, reason, states in build_vol.LEDGER:
    order = BYKEY[oid]
    codes = DCODES if addressed == 'ALL' else addressed
    for c in codes:
        st = states.get(c, 'on-time')
        ans = BYKEY.get('%s-%s' % (oid, c))
        note = ''
        if st == 'missing':
            note = 'no answer by the end of the log'
        elif st == 'not-due':
            note = 'no answer yet; deadline after the end of the log'
        elif st == 'late':
            note = 'first answer at %s' % iso(ans['time'])
        ledger.append([order['id'], DIST[c], st, ans['id'] if ans else '', deadline, note])
        if st == 'late':
            truth.append(['SKN-5O', ans['file'], ans['line'], ans['id'], DIST[c], 'late',
                          'answer to %s after its deadline %s' % (order['id'], deadline)])
        elif st == 'missing':
            truth.append(['SKN-5O', order['file'], order['line'], order['id'], DIST[c], 'missing',
                          'no answer to this order by the end of the log (deadline %s)' % deadline])

fo = {GROUPS[g][0]: i for i, g in enumerate(ORDER_OF_FILES)}
truth.sort(key=lambda r: (fo[r[1]], r[2], r[0]))
nms.sort(key=lambda r: (fo[r[0]], r[1]))
for name, header, rows in [('truth.csv', 'rule,file,line,message,who,state,note', truth),
                           ('ledger.csv', 'order,district,state,answer,deadline,note', ledger),
                           ('near-misses.csv', 'file,line,message,why', nms)]:
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header.split(','))
        w.writerows(rows)

print('messages', {GROUPS[g][0]: len(MSGS[g]) for g in ORDER_OF_FILES}, 'total', n)
print('truth', len(truth), 'near misses', len(nms), 'ledger', len(ledger))
