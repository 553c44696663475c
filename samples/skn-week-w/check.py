#!/usr/bin/env python3
"""Checks the week W data set: run `python3 check.py` in this folder. Exits 1 on any error."""
import csv, json, os, re, sys, collections, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(*a):
    ERR.append(' '.join(str(x) for x in a))

def rcsv(name):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        head = next(r)
        return head, [dict(zip(head, row)) for row in r]

# ---------- roster ----------
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief', 'deputy_district_chief',
         'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า', 'บ้านม่วง',
             'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
head, roster = rcsv('roster.csv')
if head != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
    err('roster header', head)
ids, uids, mails, names = set(), set(), set(), collections.Counter()
for r in roster:
    if r['person_id'] in ids: err('duplicate person_id', r['person_id'])
    ids.add(r['person_id'])
    rs = r['role'].split('|')
    if not set(rs) <= ROLES or len(rs) > 2: err('bad role', r['person_id'], r['role'])
    if r['district'] and r['district'] not in DISTRICTS: err('bad district', r['district'])
    if r['line_user_id']:
        if not re.fullmatch('U[0-9a-f]{32}', r['line_user_id']): err('bad line id', r['line_user_id'])
        if r['line_user_id'] in uids: err('duplicate line id')
        uids.add(r['line_user_id'])
    if r['email']:
        if r['email'] in mails: err('e-mail shared', r['email'])
        mails.add(r['email'])
    for d in r['display_names'].split('|'):
        names[d] += 1
for d in DISTRICTS:
    rs = [set(r['role'].split('|')) for r in roster if r['district'] == d]
    for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
        if not any(need in x for x in rs): err('district', d, 'has no', need)
if sum(1 for r in roster if r['role'] == 'coordinating_deputy|volunteer_center_staff') < 2: err('fewer than two people with two roles')
if not any(v > 1 for v in names.values()): err('no shared (ambiguous) display name')
for role, lo, hi in (('governor', 1, 1), ('vice_governor', 2, 3), ('provincial_palad', 1, 1), ('provincial_admin_staff', 2, 3), ('retired', 1, 9)):
    n = sum(1 for r in roster if r['role'] == role)
    if not lo <= n <= hi: err('count of', role, n)
pvol = sum(1 for r in roster if r['role'] == 'volunteer_center_staff' and not r['district'])
if not 1 <= pvol <= 2: err('province-level volunteer officers', pvol)
heads = sum(1 for r in roster if r['role'] == 'agency_head')
if not 10 <= heads <= 12: err('agency heads', heads)

# ---------- JSONL logs ----------
GROUPS = {'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', 'nakpokkrong.jsonl': 'นักปกครองสกลนคร',
          'executives-district-chiefs.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ', 'agency-heads-district-chiefs.jsonl': 'หน.ส่วนราชการ-นอภ.สน.',
          'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน.'}
EXPORT = 'pk-orders-export.txt'
TYPES = {'text', 'image', 'sticker', 'file', 'video', 'audio', 'system'}
EVENTS = {'join', 'leave', 'invite', 'remove', 'unsend', 'rename'}
TIME = re.compile(r'2025-12-(\d\d)T\d\d:\d\d:\d\d\+07:00$')
BYLINE = {}     # (file, line) -> message dict (JSONL) or raw line (export)
ALLIDS = {}
counts = {}
last = None
for fn, g in GROUPS.items():
    prev = None
    seen = set()
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err(fn, i, 'bad JSON', e); continue
            BYLINE[(fn, i)] = o
            for k in ('id', 'group', 'time', 'type'):
                if k not in o: err(fn, i, 'missing', k)
            if not re.fullmatch(r'w\d{4}', o.get('id', '')): err(fn, i, 'bad id', o.get('id'))
            if o.get('id') in ALLIDS: err(fn, i, 'duplicate id', o['id'])
            ALLIDS[o.get('id')] = (fn, i, o)
            if o.get('group') != g: err(fn, i, 'group', o.get('group'))
            m = TIME.match(o.get('time', ''))
            if not m or not 22 <= int(m.group(1)) <= 26: err(fn, i, 'time', o.get('time'))
            t = dt.datetime.fromisoformat(o['time'])
            if prev and t < prev: err(fn, i, 'time goes backwards')
            prev = t
            if last is None or t > last[0]: last = (t, fn, o['id'])
            if o.get('type') not in TYPES: err(fn, i, 'type', o.get('type'))
            if o['type'] == 'system':
                if o.get('event') not in EVENTS: err(fn, i, 'event', o.get('event'))
                if o['event'] in ('invite', 'remove', 'rename') and not o.get('target'): err(fn, i, 'no target')
            elif not o.get('sender'):
                err(fn, i, 'no sender')
            if o['type'] == 'text' and not o.get('text'): err(fn, i, 'empty text')
            if o['type'] in ('image', 'file', 'sticker') and not o.get('attachment'): err(fn, i, 'no attachment')
            if o.get('replyTo') and o['replyTo'] not in seen: err(fn, i, 'replyTo not earlier in the file', o['replyTo'])
            if o.get('senderId') and o['senderId'] not in uids: err(fn, i, 'senderId not on roster')
            seen.add(o['id'])
    counts[fn] = i

# ---------- export ----------
with open(os.path.join(HERE, EXPORT), encoding='utf-8') as f:
    xl = f.read().split('\n')
if xl and xl[-1] == '':
    xl = xl[:-1]
if not xl[0].startswith('\ufeffChat history in "ข้อสั่งการ ปค.สน."'): err('export title', xl[0][:40])
if not xl[1].startswith('Saved on: '): err('export saved line')
DATE = re.compile(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d)/12/2568 BE$')
MSG = re.compile(r'(\d\d):(\d\d)\t')
day, prev, nmsg, inq = None, None, 0, False
for i, line in enumerate(xl, 1):
    if i <= 3:
        continue
    if inq:
        if re.search(r'(?<!")("")*"$', line) and line.count('"') % 2 == 1:
            inq = False
        continue
    if line == '':
        continue
    m = DATE.match(line)
    if m:
        d = dt.date(2025, 12, int(m.group(2)))
        if d.strftime('%a') != m.group(1): err('export weekday', i)
        day = d; continue
    m = MSG.match(line)
    if not m or day is None:
        err('export line not understood', i, line[:40]); continue
    t = dt.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    if prev and t < prev: err('export time backwards', i)
    prev = t
    parts = line.split('\t', 2)
    BYLINE[(EXPORT, i)] = dict(line=line, sender=parts[1] if len(parts) == 3 else '', system=len(parts) == 2 or parts[1] == '', time=t)
    nmsg += 1
    if len(parts) == 3 and parts[2].startswith('"') and not (parts[2].endswith('"') and len(parts[2]) > 1 and parts[2].count('"') % 2 == 0):
        inq = True
counts[EXPORT] = nmsg
if last[0] < prev: err('the export ends after the JSONL logs')

# ---------- truth ----------
head, truth = rcsv('truth.csv')
if head != ['rule', 'file', 'line', 'message', 'who', 'state', 'note']: err('truth header', head)
RULES = {'SKN-1', 'SKN-2', 'SKN-2P', 'SKN-3', 'SKN-4', 'SKN-4P', 'SKN-5', 'SKN-5P', 'SKN-5O', 'SKN-6', 'SKN-6P', 'SKN-ALL', 'OUTSIDER'}
def point(row, what):
    key = (row['file'], int(row['line']))
    if key not in BYLINE:
        err(what, 'points at no message', key); return None
    o = BYLINE[key]
    if row['file'] == EXPORT:
        if row['message']: err(what, 'export row with a message id', key)
    elif o.get('id') != row['message']:
        err(what, 'id mismatch', key, row['message'], o.get('id'))
    return o
for r in truth:
    if r['rule'] not in RULES: err('truth rule', r['rule'])
    o = point(r, 'truth')
    if o is None: continue
    if r['rule'] == 'SKN-5O':
        if r['who'] not in DISTRICTS or r['state'] not in ('late', 'missing'): err('SKN-5O row', r)
        if r['file'] != 'volunteer-centre.jsonl': err('SKN-5O outside ศอ.จอส.จว.สน.')
    else:
        if r['state']: err('state on a non-5O row', r)
        text = o['line'] if r['file'] == EXPORT else ' '.join(str(o.get(k, '')) for k in ('sender', 'target'))
        if r['who'] not in text: err('truth who not on its line', r['who'], r['file'], r['line'])
    if r['rule'] == 'SKN-2P' and r['file'] != EXPORT: err('SKN-2P outside ข้อสั่งการ ปค.สน.')

# ---------- ledger ----------
head, ledger = rcsv('ledger.csv')
if head != ['order', 'district', 'state', 'answer', 'deadline', 'note']: err('ledger header', head)
late_t = {(r['message'], r['who']) for r in truth if r['rule'] == 'SKN-5O' and r['state'] == 'late'}
miss_t = {(r['message'], r['who']) for r in truth if r['rule'] == 'SKN-5O' and r['state'] == 'missing'}
late_l, miss_l = set(), set()
for r in ledger:
    if r['order'] not in ALLIDS or ALLIDS[r['order']][0] != 'volunteer-centre.jsonl': err('ledger order', r['order'])
    if r['district'] not in DISTRICTS: err('ledger district', r['district'])
    dl = dt.datetime.fromisoformat(r['deadline'])
    ot = dt.datetime.fromisoformat(ALLIDS[r['order']][2]['time'])
    if dl <= ot: err('deadline before order', r['order'])
    if r['state'] in ('on-time', 'late'):
        if r['answer'] not in ALLIDS: err('ledger answer', r['answer']); continue
        at = dt.datetime.fromisoformat(ALLIDS[r['answer']][2]['time'])
        if at < ot: err('answer before order', r['answer'])
        if (r['state'] == 'on-time') != (at <= dl): err('ledger state vs times', r)
        if r['state'] == 'late': late_l.add((r['answer'], r['district']))
    elif r['state'] in ('missing', 'not-due'):
        if r['answer']: err('answer on a', r['state'], 'row')
        if (r['state'] == 'missing') != (dl < last[0]): err('missing/not-due vs the end of the log', r)
        if r['state'] == 'missing': miss_l.add((r['order'], r['district']))
    else:
        err('ledger state', r['state'])
if late_t != late_l: err('late rows differ between truth and ledger', late_t ^ late_l)
if miss_t != miss_l: err('missing rows differ between truth and ledger', miss_t ^ miss_l)
dup = collections.Counter((r['order'], r['district']) for r in ledger)
if any(v > 1 for v in dup.values()): err('duplicate ledger rows')

# ---------- near misses ----------
head, near = rcsv('near-misses.csv')
if head != ['file', 'line', 'message', 'why']: err('near-miss header', head)
tl = {(r['file'], r['line']) for r in truth}
for r in near:
    point(r, 'near miss')
    if (r['file'], r['line']) in tl: err('near miss on a line that has a finding', r['file'], r['line'])
    if not r['why']: err('near miss without a reason')

# ---------- counts the brief asks for ----------
total = sum(counts.values())
rc = collections.Counter(r['rule'] for r in truth)
ls = collections.Counter(r['state'] for r in ledger)
posting_membership = sum(v for k, v in rc.items() if k != 'SKN-5O')
orders = {r['order'] for r in ledger}
partial = {o for o in orders if sum(1 for r in ledger if r['order'] == o) < len(DISTRICTS)}
checks = [
    ('about 700 messages', 650 <= total <= 780, total),
    ('ศอ.จอส.จว.สน. about 40%', 0.35 <= counts['volunteer-centre.jsonl'] / total <= 0.5, round(counts['volunteer-centre.jsonl'] / total, 2)),
    ('at least 8 SKN-5O orders', len(orders) >= 8, len(orders)),
    ('at least 2 orders to some districts only', len(partial) >= 2, len(partial)),
    ('at least 10 late or missing', ls['late'] + ls['missing'] >= 10, ls['late'] + ls['missing']),
    ('at least 25 posting/membership findings', posting_membership >= 25, posting_membership),
    ('at least 6 SKN-2P', rc['SKN-2P'] >= 6, rc['SKN-2P']),
    ('at least 3 OUTSIDER', rc['OUTSIDER'] >= 3, rc['OUTSIDER']),
    ('SKN-5P, SKN-6P, SKN-6, SKN-4P, SKN-ALL present', all(rc[k] for k in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL')), ''),
    ('at least 25 near misses', len(near) >= 25, len(near)),
]
for name, ok, val in checks:
    if not ok: err('count:', name, val)

print('messages per file:', counts, 'total', total)
print('findings per rule:', dict(sorted(rc.items())))
print('duties:', dict(ls), 'orders', len(orders))
print('near misses:', len(near))
print('log ends', last[0].isoformat(), 'at', last[2], 'in', last[1])
if ERR:
    print('\n'.join('ERROR ' + e for e in ERR))
    sys.exit(1)
print('OK')
