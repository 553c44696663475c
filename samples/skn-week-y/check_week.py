#!/usr/bin/env python3
"""Checks the week's data: JSONL validity, ids, time order, roster, truth/ledger/near-miss rows, counts.
Also cross-checks the hand-worked membership and ข้อสั่งการ ปค.สน. posting findings against the roster.
Run from anywhere: python3 check_week.py"""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

D = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(*a): ERR.append(' '.join(str(x) for x in a))

FILES = {'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', 'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.',
         'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
         'heads-chiefs.jsonl': 'หน.ส่วนราชการ-นอภ.สน.', 'administrators.jsonl': 'นักปกครองสกลนคร'}
TIME = re.compile(r'^2025-10-(2[7-9]|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\+07:00$')
TYPES = {'text', 'image', 'sticker', 'file', 'video', 'audio', 'system'}
EVENTS = {'join', 'leave', 'invite', 'remove', 'unsend', 'rename'}

# ---------------------------------------------------------------- messages
msgs = {}
byid = {}
for fn, gname in FILES.items():
    rows = []
    with open(os.path.join(D, fn), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                m = json.loads(line)
            except Exception as e:
                err(fn, n, 'bad JSON', e); continue
            m['_line'] = n; m['_file'] = fn
            for k in ('id', 'group', 'time', 'sender', 'type'):
                if k not in m: err(fn, n, 'missing', k)
            if m.get('group') != gname: err(fn, n, 'group', m.get('group'))
            if not TIME.match(m.get('time', '')): err(fn, n, 'time format', m.get('time'))
            if not re.match(r'^y\d{4}$', m.get('id', '')): err(fn, n, 'id format', m.get('id'))
            if m.get('id') in byid: err(fn, n, 'duplicate id', m['id'])
            byid[m.get('id')] = m
            if m.get('type') not in TYPES: err(fn, n, 'type', m.get('type'))
            if m.get('type') == 'system':
                if m.get('event') not in EVENTS: err(fn, n, 'event', m.get('event'))
                if m.get('event') in ('invite', 'remove', 'rename') and not m.get('target'): err(fn, n, 'no target')
            if m.get('type') in ('image', 'file', 'sticker') and not m.get('attachment'): err(fn, n, 'no attachment')
            if m.get('type') == 'text' and not m.get('text'): err(fn, n, 'empty text')
            rows.append(m)
    for a, b in zip(rows, rows[1:]):
        if b['time'] < a['time']: err(fn, b['_line'], 'time goes back')
    msgs[fn] = rows
for m in byid.values():
    r = m.get('replyTo')
    if r:
        t = byid.get(r)
        if not t: err(m['_file'], m['_line'], 'replyTo unknown', r)
        elif t['_file'] != m['_file'] or t['time'] > m['time']: err(m['_file'], m['_line'], 'replyTo not earlier in file')
END = max(m['time'] for m in byid.values())

# ---------------------------------------------------------------- roster
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
         'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
with open(os.path.join(D, 'roster.csv'), encoding='utf-8', newline='') as f:
    rd = csv.reader(f)
    hdr = next(rd)
    if hdr != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
        err('roster header', hdr)
    roster = [dict(zip(hdr, r)) for r in rd]
pids, emails, lids = Counter(), Counter(), Counter()
for p in roster:
    p['roles'] = set(p['role'].split('|'))
    if not p['roles'] <= ROLES: err('roster role', p['person_id'], p['role'])
    if p['district'] and p['district'] not in DISTS: err('roster district', p['district'])
    pids[p['person_id']] += 1
    if p['email']: emails[p['email']] += 1
    if p['line_user_id']:
        lids[p['line_user_id']] += 1
        if not re.match(r'^U[0-9a-f]{32}$', p['line_user_id']): err('line id', p['line_user_id'])
for c, what in ((pids, 'person_id'), (emails, 'email'), (lids, 'line id')):
    for k, n in c.items():
        if n > 1: err('roster duplicate', what, k)
for d in DISTS:
    rs = [p for p in roster if p['district'] == d]
    for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
        if not any(need in p['roles'] for p in rs): err('district', d, 'lacks', need)
if sum(1 for p in roster if p['role'] == 'coordinating_deputy|volunteer_center_staff') < 2: err('fewer than 2 two-role people')
dn = Counter(n for p in roster for n in p['display_names'].split('|'))
if not any(v == 2 for v in dn.values()): err('no shared display name')

TITLES = ('นางสาว', 'นาย', 'นาง', 'ว่าที่ร.ต.')
def norm(s):
    s = unicodedata.normalize('NFC', ''.join(ch for ch in s if unicodedata.category(ch) != 'Cf'))
    s = s.strip()
    for t in TITLES:
        if s.startswith(t): s = s[len(t):].strip(); break
    return s
EXACT, NORM, IDS = defaultdict(list), defaultdict(list), {}
for p in roster:
    for n in p['display_names'].split('|'):
        EXACT[n].append(p); NORM[norm(n)].append(p)
    if p['line_user_id']: IDS[p['line_user_id']] = p
    if p['email']: IDS[p['email']] = p

def resolve(name, sid=None, renames=None):
    """-> person, 'AMBIG' or None (outsider)"""
    if sid and sid in IDS: return IDS[sid]
    if renames and name in renames: name = renames[name]
    for table, key in ((EXACT, name), (NORM, norm(name))):
        c = table.get(key)
        if c:
            return c[0] if len(c) == 1 else 'AMBIG'
    return None

# ---------------------------------------------------------------- truth / ledger / near misses
def rows(fn):
    with open(os.path.join(D, fn), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))
truth = rows('truth.csv'); ledger = rows('ledger.csv'); nms = rows('near-misses.csv')
with open(os.path.join(D, 'truth.csv'), encoding='utf-8') as f:
    if f.readline().strip() != 'rule,file,line,message,who,state,note': err('truth header')
with open(os.path.join(D, 'ledger.csv'), encoding='utf-8') as f:
    if f.readline().strip() != 'order,district,state,answer,deadline,note': err('ledger header')
with open(os.path.join(D, 'near-misses.csv'), encoding='utf-8') as f:
    if f.readline().strip() != 'file,line,message,why': err('near-misses header')

def at(fn, line, mid, what):
    if fn not in msgs: err(what, 'unknown file', fn); return None
    line = int(line)
    if not 1 <= line <= len(msgs[fn]): err(what, 'line out of range', fn, line); return None
    m = msgs[fn][line - 1]
    if mid and m['id'] != mid: err(what, fn, line, 'id mismatch', mid, m['id'])
    return m

RULES = {'SKN-1', 'SKN-2', 'SKN-2P', 'SKN-3', 'SKN-4', 'SKN-4P', 'SKN-5', 'SKN-5P', 'SKN-5O', 'SKN-6', 'SKN-6P', 'SKN-ALL', 'OUTSIDER'}
for r in truth:
    if r['rule'] not in RULES: err('truth rule', r['rule'])
    m = at(r['file'], r['line'], r['message'], 'truth')
    if r['rule'] == 'SKN-5O':
        if r['state'] not in ('late', 'missing'): err('truth SKN-5O state', r)
        if r['who'] not in DISTS: err('truth SKN-5O who', r['who'])
    else:
        if r['state']: err('truth state not empty', r['rule'], r['line'])
        if m and r['who'] not in (m['sender'], m.get('target')): err('truth who not in message', r['file'], r['line'], r['who'])
for r in nms:
    at(r['file'], r['line'], r['message'], 'near-miss')
    if not r['why']: err('near miss without why', r)
nm_keys = {(r['file'], int(r['line'])) for r in nms}
tr_keys = {(r['file'], int(r['line'])) for r in truth if r['rule'] != 'SKN-5O'}
if nm_keys & tr_keys: err('line both finding and near miss', nm_keys & tr_keys)

# ledger: answers by the district's own people, times against deadlines
VCF = 'volunteer-centre.jsonl'
ren = {}
for m in msgs[VCF]:
    if m.get('event') == 'rename': ren[m['target']] = m['sender']
DISTROLES = {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}
orders = set()
for r in ledger:
    if r['state'] not in ('on-time', 'late', 'missing', 'not-due'): err('ledger state', r)
    if r['district'] not in DISTS: err('ledger district', r['district'])
    o = byid.get(r['order'])
    if not o or o['_file'] != VCF: err('ledger order not in ศอ.จอส.', r['order']); continue
    op = resolve(o['sender'], o.get('senderId'))
    if not isinstance(op, dict) or op['role'] not in ('provincial_palad', 'volunteer_center_staff') or op['district']:
        err('ledger order not from the provincial centre', r['order'])
    orders.add(r['order'])
    dl = r['deadline']
    if not re.match(r'^2025-1[01]-\d\dT\d\d:\d\d:\d\d\+07:00$', dl): err('deadline format', dl)
    if r['answer']:
        a = byid.get(r['answer'])
        if not a or a['_file'] != VCF: err('ledger answer not in ศอ.จอส.', r['answer']); continue
        p = resolve(a['sender'], a.get('senderId'), ren)
        if not isinstance(p, dict) or p['district'] != r['district'] or not (p['roles'] & DISTROLES):
            err('ledger answer not by the district', r['answer'], a['sender'], r['district'])
        if a['time'] <= o['time']: err('ledger answer before order', r['answer'])
        if a['type'] == 'system' or a.get('type') == 'sticker': err('ledger answer is not a report', r['answer'])
        if r['state'] == 'on-time' and a['time'] > dl: err('on-time answer after deadline', r)
        if r['state'] == 'late' and not (dl < a['time'] <= END): err('late answer not after deadline', r)
        if r['state'] in ('missing', 'not-due'): err('answer given for', r['state'], r)
    else:
        if r['state'] in ('on-time', 'late'): err('no answer for', r['state'], r)
        if r['state'] == 'missing' and dl >= END: err('missing but not yet due', r)
        if r['state'] == 'not-due' and dl < END: err('not-due but deadline passed', r)
lm = {(r['order'], r['district']): r for r in ledger}
t5 = {(r['message'], r['who'], r['state']) for r in truth if r['rule'] == 'SKN-5O'}
l5 = {((r['answer'] if r['state'] == 'late' else r['order']), r['district'], r['state']) for r in ledger
      if r['state'] in ('late', 'missing')}
if t5 != l5: err('SKN-5O truth rows differ from ledger', t5 ^ l5)

# ---------------------------------------------------------------- membership cross-check (roster vs hand-worked rows)
ELIG = {'administrators.jsonl': ('SKN-1', {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'}),
        'pk-orders.jsonl': ('SKN-2', {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'}),
        'palad-orders.jsonl': ('SKN-3', {'provincial_palad', 'district_chief'}),
        'executives.jsonl': ('SKN-4', {'governor', 'vice_governor', 'provincial_palad', 'district_chief'}),
        'volunteer-centre.jsonl': ('SKN-5', {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}),
        'heads-chiefs.jsonl': ('SKN-6', {'governor', 'vice_governor', 'agency_head', 'district_chief'})}
expect = Counter()
for fn, (rule, ok) in ELIG.items():
    seen = set(); rn = {}
    for m in msgs[fn]:
        if m.get('event') == 'rename': rn[m['target']] = m['sender']
        people = []
        if m.get('event') == 'invite':
            people = [(m['target'], None)]
            if m['sender'] not in seen: people.append((m['sender'], m.get('senderId')))
        elif m.get('event') == 'remove':
            people = [(m['sender'], m.get('senderId'))]
        elif m.get('event') != 'rename':
            people = [(m['sender'], m.get('senderId'))]
        for name, sid in people:
            p = resolve(name, sid, rn)
            key = p['person_id'] if isinstance(p, dict) else name
            if key in seen: continue
            seen.add(key)
            if p is None:
                expect[('OUTSIDER', fn, m['_line'], name)] += 1
            elif p != 'AMBIG' and not (p['roles'] & ok):
                expect[(rule, fn, m['_line'], name)] += 1
                if m.get('event') == 'invite' and name == m['target']:
                    expect[('SKN-ALL', fn, m['_line'], name)] += 1
                    expect[('SKN-ALL', fn, m['_line'], m['sender'])] += 1
got = Counter((r['rule'], r['file'], int(r['line']), r['who']) for r in truth
              if r['rule'] in ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER'))
if got != expect:
    err('membership rows differ from roster cross-check:', 'missing', sorted(expect - got), 'extra', sorted(got - expect))
# SKN-2P: every post by a roster member other than the office (a post = a message plus the same sender's media
# within 2 minutes after it), never judged for an ambiguous name
pk_rows = {int(r['line']) for r in truth if r['rule'] == 'SKN-2P'}
last = {}
for m in msgs['pk-orders.jsonl']:
    if m['type'] == 'system': continue
    p = resolve(m['sender'], m.get('senderId'))
    if p == 'AMBIG' or p is None: continue
    if p['roles'] & {'provincial_admin_staff', 'provincial_palad'}: continue
    prev = last.get(m['sender'])
    cont = prev and m['type'] in ('image', 'file', 'video') and m['time'][:16] <= prev
    if not cont and m['_line'] not in pk_rows: err('SKN-2P post without a truth row', m['_line'], m['sender'])
    if cont and m['_line'] in pk_rows: err('SKN-2P row on a continuation', m['_line'])
    last[m['sender']] = m['time'][:14] + '%02d' % (int(m['time'][14:16]) + 2)

# ---------------------------------------------------------------- counts asked for by the brief
total = sum(len(v) for v in msgs.values())
vc = len(msgs[VCF])
rc = Counter(r['rule'] for r in truth)
st = Counter(r['state'] for r in ledger)
posting = sum(n for k, n in rc.items() if k != 'SKN-5O')
if not 650 <= total <= 800: err('message count', total)
if not 0.35 <= vc / total <= 0.50: err('ศอ.จอส. share', vc / total)
if len(orders) < 8: err('fewer than 8 duty orders', len(orders))
if sum(1 for o in orders if sum(1 for r in ledger if r['order'] == o) < 18) < 2: err('fewer than 2 orders to some districts')
if st['late'] + st['missing'] < 10: err('fewer than 10 late/missing')
if posting < 25: err('fewer than 25 posting/membership findings', posting)
if rc['SKN-2P'] < 6: err('fewer than 6 SKN-2P')
if rc['OUTSIDER'] < 3: err('fewer than 3 OUTSIDER')
if len(nms) < 25: err('fewer than 25 near misses')

print('messages per file:', {k: len(v) for k, v in msgs.items()}, 'total', total, 'share VC %.0f%%' % (100 * vc / total))
print('findings per rule:', dict(sorted(rc.items())), 'posting/membership', posting)
print('duties by state:', dict(st), 'orders with duties', len(orders))
print('near misses:', len(nms), 'log ends', END)
if ERR:
    print('\n'.join(ERR)); print(len(ERR), 'PROBLEMS'); sys.exit(1)
print('OK')
