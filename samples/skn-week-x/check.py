#!/usr/bin/env python3
"""Checks the week's files: JSONL validity, unique ids, time order, roster, truth / ledger / near-miss
rows against the logs, membership and SKN-2P findings recomputed from the roster, ledger states
recomputed from times, and the counts the brief asks for.  Exit status 1 on any error."""
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', 'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.',
         'pj-orders.jsonl': 'ข้อสั่งการ ปจ.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
         'heads-chiefs.jsonl': 'หน.ส่วนราชการ-นอภ.สน.', 'administrators.jsonl': 'นักปกครองสกลนคร'}
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
ADMIT = {  # group -> (membership rule, admitted roles)
    'นักปกครองสกลนคร': ('SKN-1', {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'}),
    'ข้อสั่งการ ปค.สน.': ('SKN-2', {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'}),
    'ข้อสั่งการ ปจ.สน.': ('SKN-3', {'provincial_palad', 'district_chief'}),
    'ผู้บริหารจังหวัด และนายอำเภอ': ('SKN-4', {'governor', 'vice_governor', 'provincial_palad', 'district_chief'}),
    'ศอ.จอส.จว.สน.': ('SKN-5', {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}),
    'หน.ส่วนราชการ-นอภ.สน.': ('SKN-6', {'governor', 'vice_governor', 'agency_head', 'district_chief'}),
}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
             'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
TITLES = ['ว่าที่ร.ต.', 'นางสาว', 'นาง', 'นาย', 'ดร.']
errors = []
def err(*a):
    errors.append(' '.join(map(str, a)))

# ---------------------------------------------------------------- roster
with open(os.path.join(HERE, 'roster.csv'), encoding='utf-8') as f:
    head = f.readline().rstrip('\n')
    if head != 'person_id,full_name,display_names,role,agency,district,line_user_id,email':
        err('roster header', head)
    f.seek(0)
    roster = list(csv.DictReader(f))
ids = Counter(r['person_id'] for r in roster)
[err('duplicate person_id', k) for k, v in ids.items() if v > 1]
emails = Counter(r['email'] for r in roster if r['email'])
[err('e-mail used twice', k) for k, v in emails.items() if v > 1]
two_roles = 0
for r in roster:
    roles = r['role'].split('|')
    if any(x not in ROLES for x in roles):
        err('bad role', r['person_id'], r['role'])
    two_roles += r['role'] == 'coordinating_deputy|volunteer_center_staff'
    if r['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']):
        err('bad line id', r['person_id'])
    if r['district'] and r['district'] not in DISTRICTS:
        err('bad district', r['person_id'], r['district'])
for d in DISTRICTS:
    rs = [r['role'].split('|') for r in roster if r['district'] == d]
    for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
        if not any(need in x for x in rs):
            err('district lacks', d, need)
if two_roles < 2:
    err('fewer than two people with two roles')
byname = defaultdict(list)
byid = {}
def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Cf')
    s = s.strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s
bynorm = defaultdict(list)
for r in roster:
    for d in r['display_names'].split('|'):
        byname[d].append(r)
        bynorm[norm(d)].append(r)
    if r['line_user_id']:
        byid[r['line_user_id']] = r
    if r['email']:
        byid[r['email']] = r
shared = [n for n, v in byname.items() if len(v) > 1]
if not shared:
    err('no shared display name')

# ---------------------------------------------------------------- logs
msgs = {}      # file -> list
where = {}     # id -> (file, line, msg)
TS = re.compile(r'2026-03-(1[6-9]|20)T\d\d:\d\d:\d\d\+07:00$')
for fn, gname in FILES.items():
    L = []
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                m = json.loads(line)
            except Exception as e:
                err(fn, i, 'bad JSON', e); continue
            for k in ('id', 'group', 'time', 'sender', 'type'):
                if k not in m:
                    err(fn, i, 'missing', k)
            if not re.fullmatch(r'x\d{4}', m['id']):
                err(fn, i, 'bad id', m['id'])
            if m['id'] in where:
                err(fn, i, 'duplicate id', m['id'])
            if m['group'] != gname:
                err(fn, i, 'group name', m['group'])
            if not TS.match(m['time']):
                err(fn, i, 'time format', m['time'])
            if m['type'] not in ('text', 'image', 'sticker', 'file', 'video', 'audio', 'system'):
                err(fn, i, 'type', m['type'])
            if m['type'] == 'system' and m.get('event') not in ('join', 'leave', 'invite', 'remove', 'unsend', 'rename'):
                err(fn, i, 'system without event')
            if m['type'] == 'file' and not m.get('attachment'):
                err(fn, i, 'file without attachment')
            m['_t'] = datetime.fromisoformat(m['time'])
            m['_line'] = i
            where[m['id']] = (fn, i, m)
            L.append(m)
    for a, b in zip(L, L[1:]):
        if b['_t'] < a['_t']:
            err(fn, b['_line'], 'time goes backwards')
    for m in L:
        if m.get('replyTo') and (m['replyTo'] not in where or where[m['replyTo']][0] != fn):
            err(fn, m['_line'], 'replyTo not an earlier message of the file')
    msgs[fn] = L
log_end = max(m['_t'] for L in msgs.values() for m in L)
if max(msgs['volunteer-centre.jsonl'], key=lambda m: m['_t'])['_t'] != log_end:
    err('the last message of the log is not in the volunteer-centre file')

def resolve(name, sid, renames):
    if sid and sid in byid:
        return byid[sid]
    name = renames.get(name, name)
    c = byname.get(name) or bynorm.get(norm(name)) or []
    if len(c) == 1:
        return c[0]
    return 'ambiguous' if len(c) > 1 else None

# ---------------------------------------------------------------- truth / near misses
def read(name, header):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        h = f.readline().rstrip('\n')
        if h != header:
            err(name, 'header', h)
        f.seek(0)
        return list(csv.DictReader(f))
truth = read('truth.csv', 'rule,file,line,message,who,state,note')
nms = read('near-misses.csv', 'file,line,message,why')
ledger = read('ledger.csv', 'order,district,state,answer,deadline,note')
for name, rows in (('truth', truth), ('near-misses', nms)):
    for r in rows:
        fn, ln = r['file'], int(r['line'])
        if fn not in msgs or ln < 1 or ln > len(msgs[fn]):
            err(name, 'row points nowhere', r); continue
        if msgs[fn][ln - 1]['id'] != r['message']:
            err(name, 'message id does not match line', r)
truth_keys = Counter((r['rule'], r['file'], int(r['line']), r['who']) for r in truth)
[err('duplicate truth row', k) for k, v in truth_keys.items() if v > 1]
nm_lines = {(r['file'], int(r['line'])) for r in nms}
t_lines = {(r['file'], int(r['line'])) for r in truth if r['rule'] != 'SKN-5O'}
for k in nm_lines & t_lines:
    err('line is both a finding and a near miss', k)

# ---------------------------------------------------------------- membership recomputed
expect = Counter()
for fn, L in msgs.items():
    rule, admitted = ADMIT[FILES[fn]]
    seen = set()
    renames = {}
    def appear(name, sid, m, inviter=None):
        p = resolve(name, sid, renames)
        key = p['person_id'] if isinstance(p, dict) else name
        if key in seen:
            return
        seen.add(key)
        if p == 'ambiguous':
            return
        if p is None:
            expect[('OUTSIDER', fn, m['_line'], name)] += 1
        elif not set(p['role'].split('|')) & admitted:
            expect[(rule, fn, m['_line'], name)] += 1
            if inviter:
                expect[('SKN-ALL', fn, m['_line'], name)] += 1
                expect[('SKN-ALL', fn, m['_line'], inviter)] += 1
    for m in L:
        if m['type'] == 'system' and m['event'] == 'rename':
            renames[m['target']] = renames.get(m['sender'], m['sender'])
            continue
        if m['type'] == 'system' and m['event'] == 'invite':
            appear(m['sender'], m.get('senderId'), m)
            appear(m['target'], None, m, inviter=m['sender'])
        elif m['type'] == 'system' and m['event'] in ('remove',):
            appear(m['sender'], m.get('senderId'), m)
        else:
            appear(m['sender'], m.get('senderId'), m)
got = Counter((r['rule'], r['file'], int(r['line']), r['who']) for r in truth
              if r['rule'] in ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'OUTSIDER', 'SKN-ALL'))
for k in expect - got:
    err('membership finding not in truth.csv', k)
for k in got - expect:
    err('membership row in truth.csv not recomputed', k)

# SKN-2P: any post in the office's channel by someone other than the office (a post = one sender's
# messages within three minutes)
fn = 'pk-orders.jsonl'
exp2p = set()
prev = None
for m in msgs[fn]:
    if m['type'] == 'system':
        prev = None; continue
    p = resolve(m['sender'], m.get('senderId'), {})
    office = isinstance(p, dict) and set(p['role'].split('|')) & {'provincial_admin_staff', 'provincial_palad'}
    same_post = prev is not None and prev['sender'] == m['sender'] and (m['_t'] - prev['_t']).total_seconds() <= 180
    if not office and not same_post:
        exp2p.add(m['_line'])
    prev = m
got2p = {int(r['line']) for r in truth if r['rule'] == 'SKN-2P'}
if exp2p != got2p:
    err('SKN-2P mismatch: expected lines', sorted(exp2p), 'truth', sorted(got2p))
# nobody but the office, the palad or the governor/VGs posts elsewhere where a posting rule could bite is checked by hand

# ---------------------------------------------------------------- ledger recomputed
dist_of = lambda p: p['district'] if isinstance(p, dict) else None
DISTRICT_PEOPLE = {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}
states = Counter()
orders = set()
for r in ledger:
    orders.add(r['order'])
    states[r['state']] += 1
    o = where.get(r['order'])
    if not o or o[0] != 'volunteer-centre.jsonl':
        err('ledger order not in the volunteer file', r); continue
    om = o[2]
    p = resolve(om['sender'], om.get('senderId'), {})
    if not (p['role'] == 'provincial_palad' or (p['role'] == 'volunteer_center_staff' and not p['district'])):
        err('ledger order not from the provincial centre', r)
    dl = datetime.fromisoformat(r['deadline'])
    if dl <= om['_t']:
        err('deadline before order', r)
    if r['answer']:
        a = where[r['answer']][2]
        pa = resolve(a['sender'], a.get('senderId'), {'มายด์ โพนนาแก้ว 🌻': 'จอส.โพนนาแก้ว'})
        if not isinstance(pa, dict) or pa['district'] != r['district'] or not set(pa['role'].split('|')) & DISTRICT_PEOPLE:
            err('answer not from the district\'s people', r)
        if a['_t'] < om['_t']:
            err('answer before order', r)
        want = 'on-time' if a['_t'] <= dl else 'late'
    else:
        want = 'not-due' if dl > log_end else 'missing'
    if r['state'] != want:
        err('ledger state', r['order'], r['district'], r['state'], 'should be', want)
    rows5 = [t for t in truth if t['rule'] == 'SKN-5O' and t['who'] == r['district']
             and t['message'] == (r['answer'] if r['state'] == 'late' else r['order'])]
    if r['state'] in ('late', 'missing') and len(rows5) != 1:
        err('SKN-5O truth row missing for', r)
n5 = sum(1 for t in truth if t['rule'] == 'SKN-5O')
if n5 != states['late'] + states['missing']:
    err('SKN-5O rows do not match the ledger')

# ---------------------------------------------------------------- counts
per_file = {fn: len(L) for fn, L in msgs.items()}
total = sum(per_file.values())
rules = Counter(r['rule'] for r in truth)
planted = sum(v for k, v in rules.items() if k != 'SKN-5O')
if not 600 <= total <= 800: err('message count', total)
if per_file['volunteer-centre.jsonl'] < 0.35 * total: err('volunteer group below 35%')
if len(orders) < 8: err('fewer than 8 orders with duties')
if states['late'] + states['missing'] < 10: err('fewer than 10 late/missing')
if planted < 25: err('fewer than 25 planted violations', planted)
if len(nms) < 25: err('fewer than 25 near misses')
if rules['SKN-2P'] < 6: err('fewer than 6 SKN-2P')
if rules['OUTSIDER'] < 3: err('fewer than 3 OUTSIDER')
for r in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL'):
    if not rules[r]: err('no', r)

print('messages per file:', per_file, 'total', total)
print('findings per rule:', dict(sorted(rules.items())), 'planted (not SKN-5O):', planted)
print('near misses:', len(nms), '| ledger rows:', len(ledger), dict(states), '| orders with duties:', len(orders))
print('log ends at', log_end.isoformat())
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('OK')
