#!/usr/bin/env python3
"""Checks the week-N data set: formats, references, counts, and an independent re-derivation of the
membership findings, the SKN-2P posts and the SKN-5O ledger from the roster and the logs."""
import csv, json, re, sys, os, unicodedata, datetime as dt
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

GROUP_FILES = {'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', 'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
               'heads.jsonl': 'หน.ส่วนราชการ-นอภ.สน.', 'administrators.jsonl': 'นักปกครองสกลนคร'}
TXT = 'palad-orders.txt'; TXT_GROUP = 'ข้อสั่งการ ปจ.สน.'
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief', 'deputy_district_chief',
         'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า', 'บ้านม่วง',
             'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']

# ---------------- roster
with open('roster.csv', encoding='utf-8') as f:
    head = f.readline().strip()
    if head != 'person_id,full_name,display_names,role,agency,district,line_user_id,email':
        err('roster header', head)
roster = list(csv.DictReader(open('roster.csv', encoding='utf-8')))
ids, emails, uids = Counter(), Counter(), Counter()
for r in roster:
    ids[r['person_id']] += 1
    for role in r['role'].split('|'):
        if role not in ROLES: err('bad role', r['person_id'], role)
    if r['district'] and r['district'] not in DISTRICTS: err('bad district', r['person_id'], r['district'])
    if r['line_user_id']:
        uids[r['line_user_id']] += 1
        if not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']): err('bad line id', r['person_id'])
    if r['email']: emails[r['email']] += 1
for c, name in ((ids, 'person_id'), (emails, 'email'), (uids, 'line_user_id')):
    for k, n in c.items():
        if n > 1: err('duplicate', name, k)
dual = [r for r in roster if r['role'] == 'coordinating_deputy|volunteer_center_staff']
if len(dual) < 2: err('fewer than two dual-role people')
for d in DISTRICTS:
    rs = [r['role'] for r in roster if r['district'] == d]
    if not any('district_chief' == x for x in rs): err('no chief', d)
    if not any('coordinating_deputy' in x for x in rs): err('no coord deputy', d)
    if not any('volunteer_center_staff' in x for x in rs): err('no volunteer officer', d)
role_count = Counter(r['role'] for r in roster)
for role, lo, hi in [('governor', 1, 1), ('vice_governor', 2, 3), ('provincial_palad', 1, 1), ('provincial_admin_staff', 2, 3), ('agency_head', 10, 12), ('retired', 1, 9)]:
    if not lo <= role_count[role] <= hi: err('role count', role, role_count[role])
if not 1 <= sum(1 for r in roster if r['role'] == 'volunteer_center_staff' and not r['district']) <= 2: err('province volunteer officers')

INVIS = re.compile('[\u200b-\u200f\u2066-\u2069\ufeff]')
TITLES = ('ว่าที่ร.ต.', 'นางสาว', 'นาย', 'นาง')
def norm(s):
    s = unicodedata.normalize('NFC', INVIS.sub('', s)).strip()
    for t in TITLES:
        if s.startswith(t): s = s[len(t):].strip(); break
    return s
by_uid = {r['line_user_id']: r for r in roster if r['line_user_id']}
by_name, by_norm = defaultdict(list), defaultdict(list)
for r in roster:
    for n in r['display_names'].split('|'):
        by_name[n].append(r); by_norm[norm(n)].append(r)
amb = [n for n, v in by_name.items() if len(v) > 1]
if not amb: err('no shared display name')
def match(name, sid=None):
    """-> roster row, 'ambiguous', or None (outsider)"""
    if sid and sid in by_uid: return by_uid[sid]
    for table, key in ((by_name, name), (by_norm, norm(name))):
        v = table.get(key, [])
        if len(v) == 1: return v[0]
        if len(v) > 1: return 'ambiguous'
    return None

ELIG = {'นักปกครองสกลนคร': {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'},
        'ข้อสั่งการ ปค.สน.': {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'},
        'ข้อสั่งการ ปจ.สน.': {'provincial_palad', 'district_chief'},
        'ผู้บริหารจังหวัด และนายอำเภอ': {'governor', 'vice_governor', 'provincial_palad', 'district_chief'},
        'ศอ.จอส.จว.สน.': {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'},
        'หน.ส่วนราชการ-นอภ.สน.': {'governor', 'vice_governor', 'agency_head', 'district_chief'}}
RULE = {'นักปกครองสกลนคร': 'SKN-1', 'ข้อสั่งการ ปค.สน.': 'SKN-2', 'ข้อสั่งการ ปจ.สน.': 'SKN-3', 'ผู้บริหารจังหวัด และนายอำเภอ': 'SKN-4',
        'ศอ.จอส.จว.สน.': 'SKN-5', 'หน.ส่วนราชการ-นอภ.สน.': 'SKN-6'}
def eligible(r, group):
    return bool(set(r['role'].split('|')) & ELIG[group])

# ---------------- JSONL logs
msgs = {}          # file -> list
all_ids = Counter()
for fn, group in GROUP_FILES.items():
    L = []
    prev = None
    for n, line in enumerate(open(fn, encoding='utf-8'), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(fn, n, 'bad json', e); continue
        m['_line'] = n
        all_ids[m['id']] += 1
        if not re.fullmatch(r'n\d{4}', m['id']): err(fn, n, 'bad id', m['id'])
        if m['group'] != group: err(fn, n, 'group', m['group'])
        if not re.fullmatch(r'2025-12-0[1-5]T\d\d:\d\d:\d\d\+07:00', m['time']): err(fn, n, 'time format', m['time'])
        t = dt.datetime.fromisoformat(m['time']); m['_t'] = t
        if prev and t < prev: err(fn, n, 'time order')
        prev = t
        if m['type'] not in ('text', 'image', 'sticker', 'file', 'video', 'audio', 'system'): err(fn, n, 'type')
        if m['type'] == 'system' and m.get('event') not in ('join', 'leave', 'invite', 'remove', 'unsend', 'rename'): err(fn, n, 'event')
        if m['type'] == 'system' and m.get('event') in ('invite', 'remove') and not m.get('target'): err(fn, n, 'target missing')
        if m['type'] in ('image', 'file') and not m.get('attachment'): err(fn, n, 'attachment missing')
        L.append(m)
    msgs[fn] = L
for k, n in all_ids.items():
    if n > 1: err('duplicate id', k)
idx = {m['id']: (fn, m) for fn, L in msgs.items() for m in L}
for fn, L in msgs.items():
    for m in L:
        if m.get('replyTo') and m['replyTo'] not in idx: err(fn, m['_line'], 'replyTo unknown')

# ---------------- Thai export
txt_lines = open(TXT, encoding='utf-8').read().split('\n')
if not txt_lines[0].startswith('[LINE]') or not txt_lines[1].startswith('บันทึกเมื่อ'): err('txt header')
DATE = re.compile(r'^(อา|จ|อ|พ|พฤ|ศ|ส)\. (\d\d)/(\d\d)/(\d{4})$')
MSG = re.compile(r'^(\d\d):(\d\d)\t([^\t]*)\t(.*)$')
txt_msgs, cur, inq = [], None, False
WD = ['จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส', 'อา']
for n, line in enumerate(txt_lines, 1):
    if inq:
        if line.endswith('"'): inq = False
        continue
    d = DATE.match(line)
    if d:
        day = dt.date(int(d[4]) - 543, int(d[3]), int(d[2]))
        if WD[day.weekday()] != d[1]: err('txt weekday', n)
        cur = day; continue
    m = MSG.match(line)
    if m:
        t = dt.datetime(cur.year, cur.month, cur.day, int(m[1]), int(m[2]), tzinfo=dt.timezone(dt.timedelta(hours=7)))
        if txt_msgs and t < txt_msgs[-1]['_t']: err('txt time order', n)
        txt_msgs.append(dict(_line=n, _t=t, sender=m[3], text=m[4]))
        if m[4].startswith('"') and not (len(m[4]) > 1 and m[4].endswith('"')): inq = True
    elif line.strip() and n > 3:
        err('txt stray line', n, line[:40])
txt_by_line = {m['_line']: m for m in txt_msgs}

# ---------------- truth rows point at real lines
truth = list(csv.DictReader(open('truth.csv', encoding='utf-8')))
near = list(csv.DictReader(open('near-misses.csv', encoding='utf-8')))
ledger = list(csv.DictReader(open('ledger.csv', encoding='utf-8')))
if list(truth[0].keys()) != ['rule', 'file', 'line', 'message', 'who', 'state', 'note']: err('truth header')
if list(near[0].keys()) != ['file', 'line', 'message', 'why']: err('near header')
if list(ledger[0].keys()) != ['order', 'district', 'state', 'answer', 'deadline', 'note']: err('ledger header')
def check_ref(kind, r):
    ln = int(r['line'])
    if r['file'] == TXT:
        if ln not in txt_by_line: err(kind, 'txt line is not a message/system line', ln)
        if r['message']: err(kind, 'txt row with a message id', ln)
    elif r['file'] in msgs:
        L = msgs[r['file']]
        if not 1 <= ln <= len(L) or L[ln - 1]['id'] != r['message']: err(kind, 'line/id mismatch', r['file'], ln, r['message'])
    else:
        err(kind, 'unknown file', r['file'])
for r in truth: check_ref('truth', r)
for r in near: check_ref('near', r)
tkeys = Counter((r['file'], r['line'], r['rule'], r['who']) for r in truth)
for k, n in tkeys.items():
    if n > 1 and k[2] != 'SKN-5O': err('duplicate truth row', k)
nk = set((r['file'], r['line']) for r in near)
for r in truth:
    if r['rule'] != 'SKN-5O' and (r['file'], r['line']) in nk: err('line both finding and near miss', r['file'], r['line'])

# ---------------- independent membership + SKN-2P derivation
def events(fn):
    if fn == TXT:
        for m in txt_msgs:
            if m['sender']:
                yield dict(kind='post', who=m['sender'], sid=None, line=m['_line'], id='', t=m['_t'])
            else:
                s = m['text']
                a = re.match(r'^(.+) เพิ่ม (.+) เข้ากลุ่ม$', s)
                j = re.match(r'^(.+) เข้าร่วมกลุ่ม', s)
                if a: yield dict(kind='invite', who=a[1], target=a[2], sid=None, line=m['_line'], id='', t=m['_t'])
                elif j: yield dict(kind='join', who=j[1], sid=None, line=m['_line'], id='', t=m['_t'])
        return
    for m in msgs[fn]:
        base = dict(who=m['sender'], sid=m.get('senderId'), line=m['_line'], id=m['id'], t=m['_t'], type=m['type'])
        if m['type'] == 'system':
            if m['event'] == 'invite': yield dict(base, kind='invite', target=m['target'])
            elif m['event'] == 'join': yield dict(base, kind='join')
        else:
            yield dict(base, kind='post')

derived = set()
for fn in list(GROUP_FILES) + [TXT]:
    group = GROUP_FILES.get(fn, TXT_GROUP)
    seen = set()
    last_post = {}
    for e in events(fn):
        if e['kind'] == 'invite':
            inviter, invitee = match(e['who'], e['sid']), match(e['target'])
            key = ('name', e['target']) if invitee is None else ('amb', e['target']) if invitee == 'ambiguous' else invitee['person_id']
            if key in seen: continue
            seen.add(key)
            if invitee is None:
                derived.add(('OUTSIDER', fn, e['line'], e['target']))
            elif invitee != 'ambiguous' and not eligible(invitee, group):
                derived.add(('SKN-ALL', fn, e['line'], e['target']))
                derived.add(('SKN-ALL', fn, e['line'], e['who']))
            continue
        p = match(e['who'], e['sid'])
        key = ('name', e['who']) if p is None else ('amb', e['who']) if p == 'ambiguous' else p['person_id']
        if key not in seen:
            seen.add(key)
            if p is None: derived.add(('OUTSIDER', fn, e['line'], e['who']))
            elif p != 'ambiguous' and not eligible(p, group): derived.add((RULE[group], fn, e['line'], e['who']))
        if group == 'ข้อสั่งการ ปค.สน.' and e['kind'] == 'post' and p not in (None, 'ambiguous'):
            office = set(p['role'].split('|')) & {'provincial_admin_staff', 'provincial_palad'}
            lp = last_post.get(key)
            same_post = lp is not None and (e['t'] - lp).total_seconds() < 180
            last_post[key] = e['t']
            if not office and not same_post:
                derived.add(('SKN-2P', fn, e['line'], e['who']))
MEMB = {'SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER', 'SKN-2P'}
given = set()
for r in truth:
    if r['rule'] in MEMB:
        given.add((r['rule'], r['file'], int(r['line']), r['who']))
def show(s): return sorted(s, key=lambda x: (x[1], x[2]))
# truth rows give the roster display name; derived rows the name seen. Compare on (rule, file, line).
g3 = Counter((a, b, c) for a, b, c, _ in given); d3 = Counter((a, b, c) for a, b, c, _ in derived)
if g3 != d3:
    err('membership/SKN-2P mismatch: truth-only', show(set(g3 - d3)), 'derived-only', show(set(d3 - g3)))

# ---------------- ledger re-derivation
soc = msgs['volunteer-centre.jsonl']
END = max([m['_t'] for L in msgs.values() for m in L] + [m['_t'] for m in txt_msgs])
DISTRICT_ROLES = {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}
for r in ledger:
    if r['district'] not in DISTRICTS: err('ledger district', r)
    if r['order'] not in idx or idx[r['order']][0] != 'volunteer-centre.jsonl': err('ledger order id', r['order'])
    om = idx[r['order']][1]
    dl = dt.datetime.fromisoformat(r['deadline'])
    if r['answer']:
        fn, a = idx[r['answer']]
        if fn != 'volunteer-centre.jsonl': err('answer outside ศอ.จอส.', r)
        p = match(a['sender'], a.get('senderId'))
        if p in (None, 'ambiguous') or p['district'] != r['district'] or not set(p['role'].split('|')) & DISTRICT_ROLES:
            err('answer not by the district\'s people', r['order'], r['district'], a['sender'])
        if a['_t'] <= om['_t']: err('answer before order', r)
        st = 'on-time' if a['_t'] <= dl else 'late'
        if st != r['state']: err('ledger state', r['order'], r['district'], r['state'], st)
        if a['type'] == 'image' and 'ภาพ' not in om.get('text', ''): err('photos alone for an order that asks no photos', r)
        # no earlier report-like post from the same district after the order (first answer counts)
    else:
        st = 'missing' if dl < END else 'not-due'
        if st != r['state']: err('ledger state (no answer)', r['order'], r['district'], r['state'], st)
orders = Counter(r['order'] for r in ledger)
late_missing = [(r['order'], r['district'], r['state']) for r in ledger if r['state'] in ('late', 'missing')]
t5 = set()
for r in truth:
    if r['rule'] == 'SKN-5O':
        if r['state'] == 'missing': t5.add((r['message'], r['who'], 'missing'))
        else:
            ans = r['message']; lr = [x for x in ledger if x['answer'] == ans and x['district'] == r['who']]
            if len(lr) != 1: err('late truth row without ledger row', r)
            else: t5.add((lr[0]['order'], r['who'], 'late'))
if t5 != set(late_missing): err('SKN-5O truth vs ledger', t5 ^ set(late_missing))

# ---------------- counts
per_group = {GROUP_FILES[f]: len(L) for f, L in msgs.items()}
per_group[TXT_GROUP] = len(txt_msgs)
total = sum(per_group.values())
non5 = Counter(r['rule'] for r in truth if r['rule'] != 'SKN-5O')
states = Counter(r['state'] for r in ledger)
partial = sum(1 for o, n in orders.items() if n < 18)
print('messages per group:', per_group, 'total', total)
print('ศอ.จอส. share: %.0f%%' % (100 * per_group['ศอ.จอส.จว.สน.'] / total))
print('findings per rule:', dict(sorted(Counter(r['rule'] for r in truth).items())), 'non-SKN-5O total', sum(non5.values()))
print('duty orders', len(orders), 'addressed to some districts', partial, 'duties by state', dict(states))
print('near misses', len(near))
if not 650 <= total <= 760: err('message count', total)
if not 0.35 <= per_group['ศอ.จอส.จว.สน.'] / total <= 0.45: err('ศอ.จอส. share')
if sum(non5.values()) < 25: err('fewer than 25 posting/membership findings')
if non5['SKN-2P'] < 6: err('SKN-2P < 6')
if non5['OUTSIDER'] < 3: err('OUTSIDER < 3')
for rule in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL'):
    if non5[rule] < 1: err('no', rule)
if len(orders) < 8: err('fewer than 8 duty orders')
if partial < 2: err('fewer than 2 partial orders')
if states['late'] + states['missing'] < 10: err('fewer than 10 late/missing')
if len(near) < 25: err('fewer than 25 near misses')
reminders = [m for m in soc if m.get('text') and re.search(r'ย้ำ|เร่งรัด|ยังไม่ได้(ส่ง|รายงาน)', m['text']) and m['sender'] in ('จอส.จว.สน. พี่ฝน', 'แอดมิน ศอ.จอส.จว.สน.', 'ปลัดจังหวัดสกลนคร')]
info = [m for m in soc if m.get('text') and 'ไม่ต้องรายงาน' in m['text']]
print('reminders', len(reminders), 'information-only orders', len(info))
if len(reminders) < 3: err('fewer than 3 reminders')
if len(info) < 2: err('fewer than 2 information-only orders')

if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK')
