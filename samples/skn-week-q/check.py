import os
# Checks the week's files: formats, ids, time order, truth/ledger/near-miss pointers, roster, counts,
# and cross-checks the hand-written membership findings against the roles in the roster.
import csv, json, re, sys, datetime as DT
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__)) + "/"
err = []
def bad(*a): err.append(' '.join(str(x) for x in a))
# ---- roster
rows = list(csv.reader(open(D + 'roster.csv', encoding='utf-8')))
if rows[0] != ['person_id','full_name','display_names','role','agency','district','line_user_id','email']: bad('roster header', rows[0])
ROLES = {'governor','vice_governor','provincial_palad','provincial_admin_staff','district_chief','deputy_district_chief','coordinating_deputy','agency_head','volunteer_center_staff','staff','retired'}
roster = [dict(zip(rows[0], r)) for r in rows[1:]]
for p in roster:
    for r in p['role'].split('|'):
        if r not in ROLES: bad('role', p['person_id'], r)
    if p['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', p['line_user_id']): bad('line id', p['person_id'])
for col in ('person_id', 'email', 'line_user_id'):
    c = Counter(p[col] for p in roster if p[col]); dup = [k for k, v in c.items() if v > 1]
    if dup: bad('duplicate', col, dup)
DISTRICTS = ['เมืองสกลนคร','กุสุมาลย์','กุดบาก','พรรณานิคม','พังโคน','วาริชภูมิ','นิคมน้ำอูน','วานรนิวาส','คำตากล้า','บ้านม่วง','อากาศอำนวย','สว่างแดนดิน','ส่องดาว','เต่างอย','โคกศรีสุพรรณ','เจริญศิลป์','โพนนาแก้ว','ภูพาน']
for d in DISTRICTS:
    rs = [p['role'] for p in roster if p['district'] == d]
    if 'district_chief' not in rs or not any('coordinating_deputy' in r for r in rs) or not any('volunteer_center_staff' in r for r in rs): bad('district staffing', d)
dual = [p for p in roster if p['role'] == 'coordinating_deputy|volunteer_center_staff']
if len(dual) < 2: bad('two-role people', len(dual))
byname = defaultdict(list); byid = {}
for p in roster:
    for n in p['display_names'].split('|'): byname[n].append(p)
    if p['line_user_id']: byid[p['line_user_id']] = p
    if p['email']: byid[p['email']] = p
if not any(len(v) > 1 for v in byname.values()): bad('no shared display name')
TITLES = ('นางสาว', 'นาง', 'นาย', 'ว่าที่ร.ต.')
def norm(n):
    n = re.sub(r'[\u2066-\u2069\u200b-\u200f\ufeff]', '', n).strip()
    for t in TITLES:
        if n.startswith(t): n = n[len(t):].strip(); break
    return re.sub(r'\s+', ' ', n)
normname = defaultdict(list)
for k, v in byname.items():
    for p in v: normname[norm(k)].append(p)
def who(name, sid=None):
    if sid and sid in byid: return byid[sid]
    c = byname.get(name) or normname.get(norm(name)) or []
    c = list({p['person_id']: p for p in c}.values())
    if len(c) == 1: return c[0]
    return 'ambiguous' if c else None
# ---- messages
G = {'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.', 'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ', 'heads-districts.jsonl': 'หน.ส่วนราชการ-นอภ.สน.'}
MSG = {}   # file -> {line: record}
ids = Counter(); last_time = None
for f, g in G.items():
    MSG[f] = {}; prev = None
    for n, line in enumerate(open(D + f, encoding='utf-8'), 1):
        try: r = json.loads(line)
        except Exception as e: bad('json', f, n, e); continue
        MSG[f][n] = r; ids[r['id']] += 1
        if not re.fullmatch(r'q\d{4}', r['id']): bad('id format', f, n)
        if r['group'] != g: bad('group', f, n)
        if not re.fullmatch(r'2026-03-0[2-6]T\d\d:\d\d:\d\d\+07:00', r['time']): bad('time format', f, n, r['time'])
        t = DT.datetime.fromisoformat(r['time'])
        if prev and t < prev: bad('time order', f, n)
        prev = t; last_time = max(last_time or t, t)
        if r['type'] not in ('text','image','sticker','file','video','audio','system'): bad('type', f, n)
        if r['type'] == 'file' and not r.get('attachment'): bad('file without attachment', f, n)
        if r['type'] == 'system' and r.get('event') not in ('join','leave','invite','remove','unsend','rename'): bad('event', f, n)
        if 'replyTo' in r and r['replyTo'] not in {x['id'] for x in MSG[f].values()}: bad('replyTo', f, n)
dups = [k for k, v in ids.items() if v > 1]
if dups: bad('duplicate ids', dups)
# export
EXP = 'volunteer-centre.txt'
L = open(D + EXP, encoding='utf-8').read().split('\n')
if not (L[0].startswith('[LINE]') and L[1].startswith('บันทึกเมื่อ') and L[2] == ''): bad('export header')
XM = {}; cur = None; prevt = None; inq = False
DATE = re.compile(r'^(จ|อ|พ|พฤ|ศ|ส|อา)\. (\d\d)/(\d\d)/(\d{4})$')
WD = ['จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส', 'อา']
for i, l in enumerate(L[3:], 4):
    if inq:
        if re.search(r'(?<!")("")*"$', l) and (len(l) - len(l.rstrip('"'))) % 2 == 1: inq = False
        continue
    if l == '': continue
    m = DATE.match(l)
    if m:
        cur = DT.date(int(m.group(4)) - 543, int(m.group(3)), int(m.group(2)))
        if WD[cur.weekday()] != m.group(1): bad('weekday', i)
        continue
    m = re.match(r'^(\d\d):(\d\d)\t([^\t]*)\t(.*)$', l)
    if not m: bad('export line', i, l[:40]); continue
    t = DT.datetime(cur.year, cur.month, cur.day, int(m.group(1)), int(m.group(2)), tzinfo=DT.timezone(DT.timedelta(hours=7)))
    if prevt and t < prevt: bad('export order', i)
    prevt = t
    XM[i] = dict(time=t, sender=m.group(3), text=m.group(4))
    if m.group(4).startswith('"') and not (len(m.group(4)) > 1 and m.group(4).endswith('"') and (len(m.group(4)) - len(m.group(4).rstrip('"'))) % 2 == 1): inq = True
end = max(XM[max(XM)]['time'], last_time)
if XM[max(XM)]['time'] < last_time: bad('the export does not hold the last message of the log')
# ---- truth
T = list(csv.reader(open(D + 'truth.csv', encoding='utf-8')))
if T[0] != ['rule','file','line','message','who','state','note']: bad('truth header')
T = [dict(zip(T[0], r)) for r in T[1:]]
for r in T:
    ln = int(r['line'])
    if r['file'] == EXP:
        if ln not in XM: bad('truth line not a message', r)
        elif r['rule'] not in ('SKN-5O',) and r['who'] not in XM[ln]['sender'] + XM[ln]['text']: bad('truth who not at line', r)
        if r['message']: bad('export row with id', r)
    else:
        x = MSG[r['file']].get(ln)
        if not x or x['id'] != r['message']: bad('truth pointer', r)
        elif r['who'] not in (x['sender'], x.get('target', '')): bad('truth who', r)
    if (r['rule'] == 'SKN-5O') != (r['state'] in ('late', 'missing')): bad('state', r)
# ---- near misses
NM = list(csv.reader(open(D + 'near-misses.csv', encoding='utf-8')))
if NM[0] != ['file','line','message','why']: bad('near header')
NM = [dict(zip(NM[0], r)) for r in NM[1:]]
for r in NM:
    ln = int(r['line'])
    if r['file'] == EXP:
        if ln not in XM: bad('near line', r)
    elif MSG[r['file']].get(ln, {}).get('id') != r['message']: bad('near pointer', r)
tl = {(r['file'], r['line']) for r in T}
for r in NM:
    if (r['file'], r['line']) in tl and 'SKN-5O' not in [t['rule'] for t in T if (t['file'], t['line']) == (r['file'], r['line'])]: bad('near miss that is also a finding', r)
# ---- ledger
LG = list(csv.reader(open(D + 'ledger.csv', encoding='utf-8')))
if LG[0] != ['order','district','state','answer','deadline','note']: bad('ledger header')
LG = [dict(zip(LG[0], r)) for r in LG[1:]]
seen = set()
for r in LG:
    o = int(r['order'])
    if o not in XM: bad('ledger order line', r)
    if (o, r['district']) in seen: bad('ledger duplicate', r)
    seen.add((o, r['district']))
    if r['district'] not in DISTRICTS: bad('ledger district', r)
    dl = DT.datetime.fromisoformat(r['deadline'])
    if r['answer']:
        a = XM.get(int(r['answer']))
        if not a: bad('ledger answer line', r); continue
        if a['time'] <= XM[o]['time']: bad('answer before order', r)
        st = 'on-time' if a['time'] <= dl else 'late'
    else:
        st = 'missing' if dl < end else 'not-due'
    if st != r['state']: bad('ledger state', r, st)
    tr = [t for t in T if t['rule'] == 'SKN-5O' and t['who'] == r['district'] and int(t['line']) == (int(r['answer']) if r['state'] == 'late' else o) and t['state'] == r['state']]
    if r['state'] in ('late', 'missing') and len(tr) != 1: bad('ledger/truth mismatch', r)
if len([t for t in T if t['rule'] == 'SKN-5O']) != len([r for r in LG if r['state'] in ('late', 'missing')]): bad('SKN-5O count')
# ---- membership cross-check (roles vs the letter's member lists)
ADMIT = {'ข้อสั่งการ ปค.สน.': ('SKN-2', {'provincial_palad','district_chief','coordinating_deputy','provincial_admin_staff'}),
         'ข้อสั่งการ ปจ.สน.': ('SKN-3', {'provincial_palad','district_chief'}),
         'ผู้บริหารจังหวัด และนายอำเภอ': ('SKN-4', {'governor','vice_governor','provincial_palad','district_chief'}),
         'หน.ส่วนราชการ-นอภ.สน.': ('SKN-6', {'governor','vice_governor','agency_head','district_chief'}),
         'ศอ.จอส.จว.สน.': ('SKN-5', {'provincial_palad','district_chief','deputy_district_chief','coordinating_deputy','volunteer_center_staff'})}
def appearances(f):
    if f == EXP:
        for ln, x in sorted(XM.items()):
            if x['sender']: yield ln, x['sender'], None, 'post'
            else:
                m = re.match(r'^(.+) เพิ่ม (.+) เข้ากลุ่ม$', x['text'])
                if m: yield ln, m.group(2), None, 'invite'; continue
                m = re.match(r'^(.+) เข้าร่วมกลุ่ม$', x['text'])
                if m: yield ln, m.group(1), None, 'join'
    else:
        for ln, x in sorted(MSG[f].items()):
            if x.get('event') == 'invite': yield ln, x['target'], None, 'invite'
            elif x.get('event') == 'remove': continue
            else: yield ln, x['sender'], x.get('senderId'), x.get('event') or 'post'
expected = []
for f in [EXP] + list(G):
    g = 'ศอ.จอส.จว.สน.' if f == EXP else G[f]
    rule, ok = ADMIT[g]; done = set()
    for ln, name, sid, kind in appearances(f):
        p = who(name, sid)
        key = p['person_id'] if isinstance(p, dict) else name
        if p == 'ambiguous' or key in done: continue
        done.add(key)
        if p is None: expected.append(('OUTSIDER', f, ln, name))
        elif not set(p['role'].split('|')) & ok: expected.append((rule, f, ln, name))
got = sorted((t['rule'], t['file'], int(t['line']), t['who']) for t in T if t['rule'] in ('SKN-2','SKN-3','SKN-4','SKN-5','SKN-6','OUTSIDER'))
if sorted(expected) != got: bad('membership cross-check', 'expected-not-in-truth', sorted(set(expected) - set(got)), 'truth-not-expected', sorted(set(got) - set(expected)))
# SKN-2P: every post in ข้อสั่งการ ปค.สน. by someone not of the office has a row
for ln, x in MSG['pk-orders.jsonl'].items():
    p = who(x['sender'], x.get('senderId'))
    office = isinstance(p, dict) and set(p['role'].split('|')) & {'provincial_admin_staff','provincial_palad'}
    has = any(t['rule'] == 'SKN-2P' and t['file'] == 'pk-orders.jsonl' and int(t['line']) == ln for t in T)
    if bool(office) == has: bad('SKN-2P cross-check', ln, x['sender'])
# ---- counts
cnt = Counter(t['rule'] for t in T)
nmsg = len(XM) + sum(len(v) for v in MSG.values())
st = Counter(r['state'] for r in LG)
print('messages', nmsg, {EXP: len(XM), **{f: len(v) for f, v in MSG.items()}})
print('share of ศอ.จอส.จว.สน.: %.0f%%' % (100 * len(XM) / nmsg))
print('findings', len(T), dict(sorted(cnt.items())))
print('near misses', len(NM), 'ledger', len(LG), dict(st), 'orders with duties', len({r['order'] for r in LG}))
need = [(600 <= nmsg <= 800, 'about 700 messages'), (len(T) - cnt['SKN-5O'] >= 25, '>=25 planted posting/membership'),
        (len(NM) >= 25, '>=25 near misses'), (cnt['SKN-2P'] >= 6, 'SKN-2P>=6'), (cnt['OUTSIDER'] >= 3, 'OUTSIDER>=3'),
        (st['late'] + st['missing'] >= 10, '>=10 late/missing'), (len({r['order'] for r in LG}) >= 8, '>=8 orders')]
for ok, what in need:
    if not ok: bad('count', what)
for r in ('SKN-5P','SKN-6P','SKN-6','SKN-4P','SKN-ALL'):
    if not cnt[r]: bad('no', r)
if err:
    print('\n'.join(err)); sys.exit(1)
print('OK')
