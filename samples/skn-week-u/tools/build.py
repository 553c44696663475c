# Lays out the hand-written posts, numbers them and writes the data and truth files.
import json, csv, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
from roster_def import PEOPLE, DNAME, ALL
import vc, groups, exec_export
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGS = [vc.L] + groups.GROUPS
for lg in LOGS:
    lg.layout()
    for p in lg.posts:
        if 'shifted' in p and p.get('tag'):
            print('shifted', lg.fname, p['tag'], p['shifted'][0].strftime('%d %H:%M:%S'), '->', p['t'].strftime('%H:%M:%S'))
n = 0
TAG = {}      # tag -> (file, line, id, time)
rows_truth, rows_nm = [], []
for lg in LOGS:
    line = 0
    for p in lg.posts:
        p['ids'] = []
        for i,m in enumerate(p['msgs']):
            n += 1; line += 1
            p['ids'].append(('u%04d' % n, line, p['t'] + dt.timedelta(seconds=p['offs'][i])))
        if p.get('tag'): TAG[p['tag']] = (lg.fname,) + p['ids'][0]
for lg in LOGS:
    with open(os.path.join(OUT, lg.fname), 'w', encoding='utf-8') as f:
        for p in lg.posts:
            for i,m in enumerate(p['msgs']):
                mid, line, t = p['ids'][i]
                o = dict(id=mid, group=lg.group, time=t.isoformat(), sender=p['name'])
                if p.get('sid'): o['senderId'] = p['sid']
                o['type'] = m['type']
                if m.get('text') is not None: o['text'] = m['text']
                if p.get('reply') and i == 0: o['replyTo'] = TAG[p['reply']][1]
                if m['type'] == 'system':
                    o['event'] = m['event']
                    if m.get('target'): o['target'] = m['target']
                if m.get('attachment'): o['attachment'] = m['attachment']
                f.write(json.dumps(o, ensure_ascii=False) + '\n')
            mid, line, t = p['ids'][p['at']]
            for (rule, who, state, note) in p['truth']:
                rows_truth.append([rule, lg.fname, line, mid, who, state, note])
            if p.get('nm'):
                rows_nm.append([lg.fname, line, mid, p['nm']])
# export
lines, etruth, enms, emsgs = exec_export.render()
EXF = 'executives-export.txt'
with open(os.path.join(OUT, EXF), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
for (rule, who, state, note), ln in etruth: rows_truth.append([rule, EXF, ln, '', who, state, note])
for ln, nm in enms: rows_nm.append([EXF, ln, '', nm])
# duties (SKN-5O) from the hand plan in vc.py
ledger = []
for order, dists, deadline, how in vc.DUTIES:
    ofile, oid, oline, ot = TAG[order]
    for dk in dists:
        ans = [tg for tg,(ords,d) in vc.ANS.items() if d == dk and order in ords]
        state = vc.EXPECT.get((order, dk), 'on-time')
        assert (state in ('on-time','late')) == bool(ans), (order, dk, state, ans)
        aid = TAG[ans[0]][1] if ans else ''
        note = how
        if ans and '+' in ans[0]: note = 'one answer covers O4 and O12 and says so; ' + how
        ledger.append([oid, DNAME[dk], state, aid, deadline, note])
        if state == 'late':
            f_, aid_, aline, at = TAG[ans[0]]
            rows_truth.append(['SKN-5O', f_, aline, aid_, DNAME[dk], 'late', 'first answer to %s (%s) after its deadline %s' % (order, oid, deadline)])
        if state == 'missing':
            rows_truth.append(['SKN-5O', ofile, oline, oid, DNAME[dk], 'missing', 'no answer to %s by the end of the log; deadline %s' % (order, deadline)])
ORDER_RANK = {f: i for i, f in enumerate([l.fname for l in LOGS] + [EXF])}
rows_truth.sort(key=lambda r: (ORDER_RANK[r[1]], r[2], r[0]))
rows_nm.sort(key=lambda r: (ORDER_RANK[r[0]], r[1]))
def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f); w.writerow(header); w.writerows(rows)
wcsv('truth.csv', ['rule','file','line','message','who','state','note'], rows_truth)
wcsv('ledger.csv', ['order','district','state','answer','deadline','note'], ledger)
wcsv('near-misses.csv', ['file','line','message','why'], rows_nm)
wcsv('roster.csv', ['person_id','full_name','display_names','role','agency','district','line_user_id','email'],
     [[p['person_id'],p['full_name'],p['display_names'],p['role'],p['agency'],p['district'],p['line_user_id'],p['email']] for p in PEOPLE.values()])
# facts for TRUTH.md
facts = dict(tags={k: list(v[:3]) + [v[3].isoformat()] for k,v in TAG.items()},
             counts={l.fname: sum(len(p['msgs']) for p in l.posts) for l in LOGS}, export_msgs=len(emsgs), export_lines=len(lines))
json.dump(facts, open(os.path.join(OUT, 'tools', 'facts.json'), 'w'), ensure_ascii=False, indent=1)
print(facts['counts'], 'export', len(emsgs), 'truth', len(rows_truth), 'nm', len(rows_nm), 'ledger', len(ledger))
