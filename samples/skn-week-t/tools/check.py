"""Self-check of week T: python3 check.py (reads only the files in this folder)."""
import csv, json, os, re, sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['volunteer-centre.jsonl', 'dopa-orders.jsonl', 'palad-orders.jsonl', 'executives.jsonl',
         'heads-districts.jsonl', 'district-officers.jsonl']
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
RULES = {'SKN-1', 'SKN-2', 'SKN-2P', 'SKN-3', 'SKN-4', 'SKN-4P', 'SKN-5', 'SKN-5P', 'SKN-5O', 'SKN-6', 'SKN-6P', 'SKN-ALL', 'OUTSIDER'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
             'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


def ts(s):
    return datetime.fromisoformat(s)


msgs, byid = {}, {}
for f in FILES:
    msgs[f] = []
    groups = set()
    prev = None
    with open(os.path.join(HERE, f), encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err(f, n, 'bad JSON', e)
                continue
            msgs[f].append(o)
            for k in ('id', 'group', 'time', 'sender', 'type'):
                if k not in o:
                    err(f, n, 'missing', k)
            if not re.fullmatch(r't\d{4}', o['id']):
                err(f, n, 'bad id', o['id'])
            if o['id'] in byid:
                err(f, n, 'duplicate id', o['id'])
            byid[o['id']] = (f, n, o)
            if not re.fullmatch(r'2025-09-\d\dT\d\d:\d\d:\d\d\+07:00', o['time']):
                err(f, n, 'bad time', o['time'])
            t = ts(o['time'])
            if not (datetime.fromisoformat('2025-09-15T00:00:00+07:00') <= t < datetime.fromisoformat('2025-09-20T00:00:00+07:00')):
                err(f, n, 'outside the week')
            if prev and t < prev:
                err(f, n, 'time goes back')
            prev = t
            groups.add(o['group'])
            if o['type'] not in ('text', 'image', 'sticker', 'file', 'video', 'audio', 'system'):
                err(f, n, 'bad type')
            if o['type'] == 'system':
                if o.get('event') not in ('join', 'leave', 'invite', 'remove', 'unsend', 'rename'):
                    err(f, n, 'system without event')
                if o['event'] in ('invite', 'remove') and not o.get('target'):
                    err(f, n, 'invite/remove without target')
            if o['type'] == 'text' and not o.get('text'):
                err(f, n, 'empty text')
            if o['type'] in ('image', 'file', 'sticker') and not o.get('attachment'):
                err(f, n, 'no attachment')
            if 'senderId' in o and not (re.fullmatch(r'U[0-9a-f]{32}', o['senderId']) or '@' in o['senderId']):
                err(f, n, 'bad senderId')
    if len(groups) != 1:
        err(f, 'groups', groups)
for f in FILES:
    for n, o in enumerate(msgs[f], 1):
        if 'replyTo' in o:
            r = byid.get(o['replyTo'])
            if not r or r[0] != f or ts(r[2]['time']) >= ts(o['time']):
                err(f, n, 'bad replyTo')
for f in FILES:
    seen_names = set()
    gone = set()
    for n, o in enumerate(msgs[f], 1):
        if o.get('event') in ('invite', 'join') :
            tgt = o['target'] if o['event'] == 'invite' else o['sender']
            if tgt in seen_names:
                err(f, n, 'invite/join of someone already seen in the group', tgt)
            seen_names.add(tgt)
        if o['sender'] in gone:
            err(f, n, 'post after leaving/removal', o['sender'])
        seen_names.add(o['sender'])
        if o.get('event') == 'leave':
            gone.add(o['sender'])
        if o.get('event') == 'remove':
            gone.add(o['target'])
log_end = max(ts(o['time']) for f in FILES for o in msgs[f])

# roster
with open(os.path.join(HERE, 'roster.csv'), encoding='utf-8', newline='') as fh:
    rd = csv.reader(fh)
    head = next(rd)
    if head != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
        err('roster header', head)
    roster = [dict(zip(head, r)) for r in rd]
ids, mails, lids, names = Counter(), Counter(), Counter(), Counter()
for r in roster:
    ids[r['person_id']] += 1
    for ro in r['role'].split('|'):
        if ro not in ROLES:
            err('roster role', r)
    if r['district'] and r['district'] not in DISTRICTS:
        err('roster district', r)
    if r['email']:
        mails[r['email']] += 1
    if r['line_user_id']:
        lids[r['line_user_id']] += 1
        if not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']):
            err('line id', r)
    for n in r['display_names'].split('|'):
        names[n] += 1
for c, what in ((ids, 'person_id'), (mails, 'email'), (lids, 'line id')):
    for k, v in c.items():
        if v > 1:
            err('duplicate', what, k)
if not any(v == 2 for v in names.values()):
    err('no shared display name')
if sum(1 for r in roster if '|' in r['role']) < 2:
    err('fewer than two dual roles')
for d in DISTRICTS:
    rs = [r['role'] for r in roster if r['district'] == d]
    if rs.count('district_chief') != 1 or not any('coordinating_deputy' in x for x in rs) or not any('volunteer_center_staff' in x for x in rs):
        err('district staff', d, rs)
rc = Counter(r['role'] for r in roster)
print('roster', len(roster), dict(rc))

# truth
with open(os.path.join(HERE, 'truth.csv'), encoding='utf-8', newline='') as fh:
    truth = list(csv.DictReader(fh))
for r in truth:
    f, ln = r['file'], int(r['line'])
    if f not in msgs or not (1 <= ln <= len(msgs[f])):
        err('truth row points nowhere', r)
        continue
    if msgs[f][ln - 1]['id'] != r['message']:
        err('truth id/line mismatch', r)
    if r['rule'] not in RULES:
        err('truth rule', r)
    if (r['rule'] == 'SKN-5O') != (r['state'] in ('late', 'missing')):
        err('truth state', r)
    if r['rule'] == 'SKN-5O' and r['who'] not in DISTRICTS:
        err('SKN-5O who', r)
dups = Counter((r['rule'], r['file'], r['line'], r['who']) for r in truth)
for k, v in dups.items():
    if v > 1:
        err('duplicate truth row', k)
# near misses
with open(os.path.join(HERE, 'near-misses.csv'), encoding='utf-8', newline='') as fh:
    near = list(csv.DictReader(fh))
tl = {(r['file'], r['line']) for r in truth}
for r in near:
    f, ln = r['file'], int(r['line'])
    if f not in msgs or not (1 <= ln <= len(msgs[f])) or msgs[f][ln - 1]['id'] != r['message']:
        err('near miss points nowhere', r)
    if (f, r['line']) in tl:
        err('near miss is also a finding', r)
    if not r['why']:
        err('near miss without why', r)
# ledger
with open(os.path.join(HERE, 'ledger.csv'), encoding='utf-8', newline='') as fh:
    ledger = list(csv.DictReader(fh))
seen = set()
for r in ledger:
    o = byid.get(r['order'])
    if not o or o[0] != 'volunteer-centre.jsonl':
        err('ledger order', r)
        continue
    if (r['order'], r['district']) in seen:
        err('ledger duplicate', r)
    seen.add((r['order'], r['district']))
    dl = ts(r['deadline'])
    if r['district'] not in DISTRICTS:
        err('ledger district', r)
    if r['answer']:
        a = byid.get(r['answer'])
        if not a or a[0] != 'volunteer-centre.jsonl':
            err('ledger answer', r)
            continue
        at = ts(a[2]['time'])
        if at <= ts(o[2]['time']):
            err('answer before order', r)
        want = 'on-time' if at <= dl else 'late'
    else:
        want = 'missing' if dl < log_end else 'not-due'
    if r['state'] != want:
        err('ledger state', r, want)
bad5 = {(r['district'], r['state']) for r in ledger if r['state'] in ('late', 'missing')}
t5 = {(r['who'], r['state']) for r in truth if r['rule'] == 'SKN-5O'}
if len([r for r in ledger if r['state'] in ('late', 'missing')]) != len([r for r in truth if r['rule'] == 'SKN-5O']):
    err('ledger late/missing count differs from SKN-5O rows')
for r in ledger:
    if r['state'] in ('late', 'missing'):
        cite = r['answer'] if r['state'] == 'late' else r['order']
        if not any(t['rule'] == 'SKN-5O' and t['message'] == cite and t['who'] == r['district'] and t['state'] == r['state'] for t in truth):
            err('no SKN-5O row for', r)

# counts
total = sum(len(msgs[f]) for f in FILES)
rules = Counter(r['rule'] for r in truth)
states = Counter(r['state'] for r in ledger)
orders = Counter(r['order'] for r in ledger)
print('messages', {f: len(msgs[f]) for f in FILES}, 'total', total,
      'volunteer share %.0f%%' % (100 * len(msgs['volunteer-centre.jsonl']) / total))
print('findings', dict(sorted(rules.items())), 'posting+membership', sum(v for k, v in rules.items() if k != 'SKN-5O'))
print('ledger', len(ledger), dict(states), 'duty orders', len(orders), 'near misses', len(near), 'log end', log_end)
if not 650 <= total <= 760: err('message count', total)
if len(msgs['volunteer-centre.jsonl']) / total < 0.35: err('volunteer share')
if sum(v for k, v in rules.items() if k != 'SKN-5O') < 25: err('fewer than 25 planted')
if rules['SKN-2P'] < 6 or rules['OUTSIDER'] < 3: err('SKN-2P/OUTSIDER counts')
for k in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL'):
    if rules[k] < 1: err('no', k)
if len(near) < 25: err('near misses < 25')
if states['late'] + states['missing'] < 10: err('late+missing < 10')
if len(orders) < 9: err('duty orders < 9')
if sum(1 for v in orders.values() if v < 18) < 2: err('orders to some districts < 2')
if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
