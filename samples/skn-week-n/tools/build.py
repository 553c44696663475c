# Writes the week-N data set from the hand-written logs in build_*.py.
import csv, json, os, datetime as dt
from roster_data import ROSTER, DNAME
import build_soc, build_pk, build_exec, build_heads, build_admin, build_txt
from weeklib import TZ

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGS = [build_soc.L, build_pk.L, build_exec.L, build_heads.L, build_admin.L]

# ---- ids by global time order, lines by per-file time order
allm = []
for fi, L in enumerate(LOGS):
    for i, m in enumerate(L.msgs):
        m['_file'] = L.file
        allm.append((m['time'], fi, i, m))
allm.sort(key=lambda x: x[:3])
for n, (_, _, _, m) in enumerate(allm, 1):
    m['id'] = 'n%04d' % n
keys = {m['_key']: m for *_, m in allm if m['_key']}
for *_, m in allm:
    if m.get('_reply'):
        m['replyTo'] = keys[m['_reply']]['id']
for L in LOGS:
    L.msgs.sort(key=lambda m: (m['time'], m['id']))
    for ln, m in enumerate(L.msgs, 1):
        m['_line'] = ln

def iso(t):
    return t.isoformat()

FIELDS = ['id', 'group', 'time', 'sender', 'senderId', 'type', 'text', 'replyTo', 'event', 'target', 'attachment']
for L in LOGS:
    with open(os.path.join(OUT, L.file), 'w', encoding='utf-8') as f:
        for m in L.msgs:
            o = {k: (iso(m[k]) if k == 'time' else m[k]) for k in FIELDS if k in m}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

txt, txtrows = build_txt.render()
with open(os.path.join(OUT, build_txt.FILE), 'w', encoding='utf-8') as f:
    f.write(txt)

with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
    w.writeheader(); w.writerows(ROSTER)

# ---- truth
truth, near = [], []
for L in LOGS:
    for m in L.msgs:
        for rule, who, note in m['_viol']:
            truth.append(dict(rule=rule, file=L.file, line=m['_line'], message=m['id'], who=who, state='', note=note, _t=m['time']))
        if m['_near']:
            near.append(dict(file=L.file, line=m['_line'], message=m['id'], why=m['_near'], _t=m['time']))
for r in txtrows:
    t = dt.datetime(2025, 12, 1, tzinfo=TZ)  # for sorting only
    for rule, who, note in r.get('viol', []):
        truth.append(dict(rule=rule, file=build_txt.FILE, line=r['line'], message='', who=who, state='', note=note, _t=None))
    if r.get('near'):
        near.append(dict(file=build_txt.FILE, line=r['line'], message='', why=r['near'], _t=None))

END = max(m['time'] for *_, m in allm)
END = max(END, dt.datetime(2025, 12, 5, 21, 0, tzinfo=TZ))   # the export's last line, 05/12/2568 21:00
ledger = []
soc = build_soc.L
for key, o in build_soc.ORDERS.items():
    if not o['districts']:
        continue
    om = o['msg']
    dl = o['deadline'] or om['time'] + dt.timedelta(hours=24)
    o['deadline_final'] = dl
    for d in o['districts']:
        answers = [m for m in soc.msgs if (key, d) in m['_ans'] and m['time'] > om['time']]
        if answers:
            a = answers[0]
            st = 'on-time' if a['time'] <= dl else 'late'
            ledger.append(dict(order=om['id'], district=DNAME[d], state=st, answer=a['id'], deadline=iso(dl),
                               note=f'{key}: first answer {a["time"]:%a %d %b %H:%M:%S} by {a["sender"]}' + (f' ({a["_note"]})' if a.get('_note') else ''), _key=key, _d=d))
            if st == 'late':
                truth.append(dict(rule='SKN-5O', file=soc.file, line=a['_line'], message=a['id'], who=DNAME[d], state='late',
                                  note=f'{key} ({o["phrase"]}, deadline {dl:%d %b %H:%M}) answered {a["time"]:%a %d %b %H:%M}', _t=a['time']))
        else:
            st = 'missing' if dl < END else 'not-due'
            ledger.append(dict(order=om['id'], district=DNAME[d], state=st, answer='', deadline=iso(dl),
                               note=f'{key}: no answer in ศอ.จอส.จว.สน. by the end of the log' + ('' if st == 'missing' else ' (deadline after the end of the log)'), _key=key, _d=d))
            if st == 'missing':
                truth.append(dict(rule='SKN-5O', file=soc.file, line=om['_line'], message=om['id'], who=DNAME[d], state='missing',
                                  note=f'{key} ({o["phrase"]}, deadline {dl:%d %b %H:%M}) never answered', _t=om['time']))

def wcsv(name, rows, fields):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction='ignore')
        w.writeheader(); w.writerows(rows)
fo = [L.file for L in LOGS] + [build_txt.FILE]
truth.sort(key=lambda r: (fo.index(r['file']), r['line'], r['rule']))
near.sort(key=lambda r: (fo.index(r['file']), r['line']))
wcsv('truth.csv', truth, ['rule', 'file', 'line', 'message', 'who', 'state', 'note'])
wcsv('ledger.csv', ledger, ['order', 'district', 'state', 'answer', 'deadline', 'note'])
wcsv('near-misses.csv', near, ['file', 'line', 'message', 'why'])

# summary for TRUTH.md
import pickle
pickle.dump(dict(orders={k: dict(id=o['msg']['id'], line=o['msg']['_line'], time=o['msg']['time'], sender=o['msg']['sender'],
                                  districts=o['districts'], deadline=o.get('deadline_final'), phrase=o['phrase'], reason=o['reason'])
                         for k, o in build_soc.ORDERS.items()},
                 keys={k: (m['id'], m['_line'], m['_file']) for k, m in keys.items()},
                 counts={L.file: (L.group, len(L.msgs)) for L in LOGS}, txtcount=(build_txt.GROUP, len(txtrows)),
                 truth=truth, near=near, ledger=ledger, end=END), open(os.path.join(OUT, 'tools', '_summary.pkl'), 'wb'))
print('messages', {L.file: len(L.msgs) for L in LOGS}, 'txt', len(txtrows), 'total', len(allm) + len(txtrows))
from collections import Counter
print('truth', Counter(r['rule'] for r in truth), len(truth))
print('ledger', Counter(r['state'] for r in ledger))
print('near', len(near))
