import os
# Writes roster.csv, the group logs and the truth files from the hand-written week.
import csv, json, datetime as DT, io, re
import roster_data as RD, build_export as BE, build_jsonl as BJ
OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
# ---- roster
with open(OUT + 'roster.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['person_id','full_name','display_names','role','agency','district','line_user_id','email'])
    for p in RD.PEOPLE:
        w.writerow([p['person_id'], p['full_name'], '|'.join(p['display_names']), p['role'], p['agency'], p['district'], p['line_user_id'], p['email']])
truth, near = [], []
# ---- polite particles follow the speaker (ครับ for men, ค่ะ for women)
BYNAME = {}
for p in RD.PEOPLE:
    for d in p['display_names']: BYNAME.setdefault(d, p)
def fem(p): return p['full_name'].startswith(('นาง', 'นางสาว'))
def polite(who, t):
    p = BYNAME.get(who)
    if not p or not t: return t
    if fem(p): return t.replace('ครับผม', 'ค่ะ').replace('ครับ', 'ค่ะ').replace('คับ', 'ค่ะ')
    return t.replace('ค่ะ', 'ครับ').replace('คะ', 'ครับ')
for e in BE.EV:
    if not e['sys']: e['text'] = polite(e['who'], e['text'])
for x in BJ.MS:
    r = x['rec']
    if 'text' in r and r['type'] == 'text': r['text'] = polite(r['sender'], r['text'])
# ---- export
EXP = 'volunteer-centre.txt'
WD = ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.']
evs = sorted(BE.EV, key=lambda e: (e['dt'], e['seq']))
lines = ['[LINE] ประวัติการแชทในกลุ่ม "ศอ.จอส.จว.สน."', 'บันทึกเมื่อ 06/03/2569 21:05', '']
day = None
for e in evs:
    d = e['dt'].date()
    if d != day:
        if day is not None: lines.append('')
        lines.append('%s %02d/%02d/%d' % (WD[d.weekday()], d.day, d.month, d.year + 543)); day = d
    e['line'] = len(lines) + 1
    hm = e['dt'].strftime('%H:%M')
    if e['sys']: lines.append('%s\t\t%s' % (hm, e['text']))
    else:
        t = e['text']
        if '\n' in t: assert t.startswith('"') and t.endswith('"'), t
        lines.extend(('%s\t%s\t%s' % (hm, e['who'], t)).split('\n'))
open(OUT + EXP, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
OL = {o['key']: o['ev']['line'] for o in BE.ORDERS}
def sub(note):
    return re.sub(r'\b(D[1-9])\b', lambda mm: '%s (order line %d)' % (mm.group(1), OL[mm.group(1)]), note)
for e in evs:
    for (rule, who, state, note) in e['truth']:
        truth.append([rule, EXP, e['line'], '', who, state, sub(note)])
    if e['near']: near.append([EXP, e['line'], '', sub(e['near'])])
# ---- ledger (hand-set states, checked against the times)
END = evs[-1]['dt'].replace(second=0)
ledger = []
for o in BE.ORDERS:
    for c in (o['districts'] or BE.DCODE):
        st = o['exp'][c]; a = o['answers'].get(c)
        at = a['dt'].replace(second=0) if a else None
        calc = ('on-time' if at <= o['deadline'] else 'late') if a else ('missing' if o['deadline'] < END else 'not-due')
        assert calc == st, (o['key'], c, st, calc)
        ledger.append([o['ev']['line'], BE.DNAME[c], st, a['line'] if a else '', o['deadline'].isoformat(), '%s; %s' % (o['key'], o['reason'])])
# ---- JSONL
msgs = sorted(BJ.MS, key=lambda x: (x['rec']['time'], x['seq']))
for i, x in enumerate(msgs): x['id'] = 'q%04d' % (i + 1)
per = {g: [] for g in BJ.FILE}
for x in msgs: per[x['g']].append(x)
for g, xs in per.items():
    with open(OUT + BJ.FILE[g], 'w', encoding='utf-8') as f:
        for n, x in enumerate(xs, 1):
            r = x['rec']; x['line'] = n
            rec = {'id': x['id']}
            for k in ['group','time','sender','senderId','type','text','replyTo','event','target','attachment']:
                if k not in r: continue
                v = r[k]
                if k == 'time': v = v.isoformat()
                if k == 'replyTo': v = v['id']
                if k == 'text' and '\n' in v and v.startswith('"') and v.endswith('"'): v = v[1:-1].replace('""', '"')
                rec[k] = v
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            for (rule, who, state, note) in x['truth']:
                truth.append([rule, BJ.FILE[g], n, x['id'], who, state, note])
            if x['near']: near.append([BJ.FILE[g], n, x['id'], x['near']])
def wcsv(name, head, rows):
    with open(OUT + name, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(head); w.writerows(rows)
ORDER_F = [EXP] + [BJ.FILE[g] for g in BJ.FILE]
truth.sort(key=lambda r: (ORDER_F.index(r[1]), r[2]))
near.sort(key=lambda r: (ORDER_F.index(r[0]), r[1]))
wcsv('truth.csv', ['rule','file','line','message','who','state','note'], truth)
wcsv('ledger.csv', ['order','district','state','answer','deadline','note'], ledger)
wcsv('near-misses.csv', ['file','line','message','why'], near)
print('export messages', len(evs), 'jsonl', {g: len(v) for g, v in per.items()}, 'truth', len(truth), 'near', len(near), 'ledger', len(ledger))
print('orders', {k: v for k, v in OL.items()}, 'end', END)
print('reminders', {k: BE.__dict__[k]['line'] for k in ['R1','R2','R3']}, 'info', BE.I1['line'], BE.I2['line'])
