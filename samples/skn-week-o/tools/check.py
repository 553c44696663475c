# Checks the week-O data set: formats, ids, order, pointers of truth rows, roster, counts,
# and a cross-check of membership/posting findings against the roster and the letter's table.
import csv, json, os, re, sys, datetime as dt, collections, unicodedata

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
ok = True
def bad(msg):
    global ok
    ok = False
    print('FAIL', msg)

EXPORT = '[LINE]ศอ.จอส.จว.สน..txt'
JSONL = ['dopa-orders.jsonl', 'executives.jsonl', 'heads.jsonl', 'palad-orders.jsonl', 'administrators.jsonl']
GROUP_OF = {'dopa-orders.jsonl': 'ข้อสั่งการ ปค.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
            'heads.jsonl': 'หน.ส่วนราชการ-นอภ.สน.', 'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน.',
            'administrators.jsonl': 'นักปกครองสกลนคร', EXPORT: 'ศอ.จอส.จว.สน.'}
ADMIT = {  # the letter's member lists (EVAL-RULES)
    'นักปกครองสกลนคร': {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'},
    'ข้อสั่งการ ปค.สน.': {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'},
    'ข้อสั่งการ ปจ.สน.': {'provincial_palad', 'district_chief'},
    'ผู้บริหารจังหวัด และนายอำเภอ': {'governor', 'vice_governor', 'provincial_palad', 'district_chief'},
    'ศอ.จอส.จว.สน.': {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'},
    'หน.ส่วนราชการ-นอภ.สน.': {'governor', 'vice_governor', 'agency_head', 'district_chief'}}
MRULE = {'นักปกครองสกลนคร': 'SKN-1', 'ข้อสั่งการ ปค.สน.': 'SKN-2', 'ข้อสั่งการ ปจ.สน.': 'SKN-3',
         'ผู้บริหารจังหวัด และนายอำเภอ': 'SKN-4', 'ศอ.จอส.จว.สน.': 'SKN-5', 'หน.ส่วนราชการ-นอภ.สน.': 'SKN-6'}
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
             'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']

def rcsv(fn):
    with open(os.path.join(HERE, fn), encoding='utf-8', newline='') as f:
        r = csv.reader(f)
        head = next(r)
        return head, [dict(zip(head, row)) for row in r]

# ---------------------------------------------------------------- roster
head, roster = rcsv('roster.csv')
if head != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
    bad('roster header %s' % head)
ids = [p['person_id'] for p in roster]
if len(set(ids)) != len(ids): bad('duplicate person ids')
emails = [p['email'] for p in roster if p['email']]
if len(set(emails)) != len(emails): bad('an e-mail is shared by two people')
lids = [p['line_user_id'] for p in roster if p['line_user_id']]
if len(set(lids)) != len(lids): bad('duplicate LINE ids')
for p in roster:
    for r in p['role'].split('|'):
        if r not in ROLES: bad('role %s of %s' % (r, p['person_id']))
    if p['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', p['line_user_id']): bad('line id %s' % p['line_user_id'])
    if p['district'] and p['district'] not in DISTRICTS: bad('district %s' % p['district'])
by_name = collections.defaultdict(list)
for p in roster:
    for n in p['display_names'].split('|'):
        by_name[n].append(p)
amb = [n for n, ps in by_name.items() if len(ps) > 1]
duals = [p for p in roster if '|' in p['role']]
for d in DISTRICTS:
    rs = [p['role'] for p in roster if p['district'] == d]
    if 'district_chief' not in rs or not any('coordinating_deputy' in r for r in rs) or not any('volunteer_center_staff' in r for r in rs):
        bad('district %s lacks a chief, coordinating deputy or volunteer officer' % d)
cnt = collections.Counter(p['role'] for p in roster)
print('roster: %d people, roles %s, ambiguous names %s, two-role people %d' % (len(roster), dict(cnt), amb, len(duals)))
if len(amb) != 1: bad('expected exactly one shared display name')
if len(duals) < 2: bad('fewer than two people with two roles')

def norm(n):
    n = unicodedata.normalize('NFC', re.sub('[\u200b-\u200f\u2066-\u2069\ufeff]', '', n))
    n = re.sub(r'\s+', ' ', n).strip()
    for t in ('นาย', 'นางสาว', 'นาง'):
        if n.startswith(t) and n[len(t):] in by_name: n = n[len(t):]
    return n

by_lid = {p['line_user_id']: p for p in roster if p['line_user_id']}
def person(name, sid=None):
    if sid and sid in by_lid: return by_lid[sid]
    ps = by_name.get(name) or by_name.get(norm(name))
    if not ps: return None
    if len(ps) > 1: return 'AMBIGUOUS'
    return ps[0]

# ---------------------------------------------------------------- JSONL files
msgs = {}
allids = set()
total = 0
for fn in JSONL:
    rows = []
    prev = None
    for i, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            bad('%s:%d not JSON' % (fn, i)); continue
        for k in ('id', 'group', 'time', 'sender', 'type'):
            if k not in m: bad('%s:%d lacks %s' % (fn, i, k))
        if not re.fullmatch(r'o\d{4}', m['id']): bad('%s:%d id %s' % (fn, i, m['id']))
        if m['id'] in allids: bad('duplicate id %s' % m['id'])
        allids.add(m['id'])
        if m['group'] != GROUP_OF[fn]: bad('%s:%d group' % (fn, i))
        if not re.fullmatch(r'2026-05-0[4-8]T\d\d:\d\d:\d\d\+07:00', m['time']): bad('%s:%d time %s' % (fn, i, m['time']))
        t = dt.datetime.fromisoformat(m['time'])
        if prev and t < prev: bad('%s:%d out of time order' % (fn, i))
        prev = t
        if m['type'] not in ('text', 'image', 'sticker', 'file', 'video', 'audio', 'system'): bad('type')
        if m['type'] == 'system' and m.get('event') not in ('join', 'leave', 'invite', 'remove', 'unsend', 'rename'): bad('event')
        if m['type'] == 'text' and not m.get('text'): bad('%s:%d empty text' % (fn, i))
        if m.get('replyTo') and m['replyTo'] not in allids: bad('%s:%d replyTo unknown' % (fn, i))
        m['_line'] = i; m['_t'] = t
        rows.append(m)
    msgs[fn] = rows
    total += len(rows)

# ---------------------------------------------------------------- the export
names = sorted(set(by_name) | {'ร้านเสื้อจิตอาสา สกลนคร', 'นายสมศักดิ์ ใจดี'}, key=len, reverse=True)
lines = open(os.path.join(HERE, EXPORT), encoding='utf-8').read().split('\n')
if lines[-1] == '': lines = lines[:-1]
ex = []
day = None
prev = None
for i, l in enumerate(lines, 1):
    md = re.fullmatch(r'(\d{4})\.(\d\d)\.(\d\d) (\w+)', l)
    if md:
        day = dt.date(int(md[1]), int(md[2]), int(md[3]))
        if day.strftime('%A') != md[4]: bad('weekday line %d' % i)
        continue
    mm = re.match(r'(\d\d):(\d\d) (.*)$', l)
    if not mm:
        if not ex: bad('continuation before any message line %d' % i)
        ex[-1]['text'] += '\n' + l
        continue
    rest = mm[3]
    sender = next((n for n in names if rest.startswith(n + ' ')), None)
    if sender is None:
        bad('export line %d: unknown sender: %s' % (i, rest[:40])); continue
    body = rest[len(sender) + 1:]
    t = dt.datetime(day.year, day.month, day.day, int(mm[1]), int(mm[2]), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    if prev and t < prev: bad('export line %d out of order' % i)
    prev = t
    typ = {'Photos': 'image', 'Stickers': 'sticker', 'Files': 'file'}.get(body, 'text')
    m = dict(_line=i, _t=t, sender=sender, text=body, type=typ)
    sm = re.fullmatch(re.escape(sender) + r' (joined the group\.|left the group\.|invited (.+)\.|removed (.+) from the group\.)', body)
    if sm:
        m['type'] = 'system'
        m['event'] = {'j': 'join', 'l': 'leave', 'i': 'invite', 'r': 'remove'}[sm[1][0]]
        m['target'] = sm[2] or sm[3]
    ex.append(m)
msgs[EXPORT] = ex
total += len(ex)

counts = {fn: len(v) for fn, v in msgs.items()}
print('messages:', counts, 'total', total, 'volunteer share %.0f%%' % (100 * counts[EXPORT] / total))
if not 600 <= total <= 800: bad('about 700 messages expected')
if not 0.35 <= counts[EXPORT] / total <= 0.5: bad('volunteer group share')

# ---------------------------------------------------------------- truth, near misses, ledger pointers
th, truth = rcsv('truth.csv')
if th != ['rule', 'file', 'line', 'message', 'who', 'state', 'note']: bad('truth header')
nh, nms = rcsv('near-misses.csv')
if nh != ['file', 'line', 'message', 'why']: bad('near-miss header')
lh, ledger = rcsv('ledger.csv')
if lh != ['order', 'district', 'state', 'answer', 'deadline', 'note']: bad('ledger header')

def at(fn, line):
    for m in msgs.get(fn, []):
        if m['_line'] == int(line): return m
    return None

for r in truth + nms:
    m = at(r['file'], r['line'])
    if m is None: bad('row points at no message: %s' % r); continue
    if r['file'] != EXPORT and r['message'] != m['id']: bad('message id mismatch %s' % r)
    if r['file'] == EXPORT and r['message']: bad('export row with message id')
for r in truth:
    m = at(r['file'], r['line'])
    if r['rule'] == 'SKN-5O':
        if r['who'] not in DISTRICTS or r['state'] not in ('late', 'missing'): bad('5O row %s' % r)
    else:
        if r['state']: bad('state on a non-5O row')
        if r['who'] not in (m['sender'], m.get('target')): bad('who %s not on line %s' % (r['who'], r))

# ---------------------------------------------------------------- membership / posting cross-check
expected = set()
OFFICE = {'provincial_admin_staff', 'provincial_palad'}
for fn, rows in msgs.items():
    g = GROUP_OF[fn]
    seen = set()
    def show(n, sid, m, inviter=None):
        if n in seen: return
        seen.add(n)
        p = person(n, sid)
        if p == 'AMBIGUOUS': return
        if p is None:
            expected.add(('OUTSIDER', fn, m['_line'], n)); return
        if not set(p['role'].split('|')) & ADMIT[g]:
            expected.add((MRULE[g], fn, m['_line'], n))
            if inviter:
                expected.add(('SKN-ALL', fn, m['_line'], n)); expected.add(('SKN-ALL', fn, m['_line'], inviter))
    prevm = None
    for m in rows:
        if m['type'] == 'system' and m['event'] == 'invite':
            show(m['sender'], m.get('senderId'), m)
            show(m['target'], None, m, inviter=m['sender'])
        elif m['type'] == 'system' and m['event'] == 'rename':
            show(m['sender'], m.get('senderId'), m); seen.add(m['target'])
            by_name.setdefault(m['target'], by_name.get(m['sender']) or by_name.get(norm(m['sender'])))
        elif m['type'] == 'system' and m['event'] == 'remove':
            show(m['sender'], m.get('senderId'), m)
        else:
            show(m['sender'], m.get('senderId'), m)
        cont = (m['type'] in ('image', 'file', 'video') and prevm is not None and prevm['sender'] == m['sender']
                and prevm['type'] != 'system' and (m['_t'] - prevm['_t']).total_seconds() <= 180)
        prevm = m
        if g == 'ข้อสั่งการ ปค.สน.' and m['type'] != 'system' and not cont:
            p = person(m['sender'], m.get('senderId'))
            if p not in (None, 'AMBIGUOUS') and not set(p['role'].split('|')) & OFFICE:
                expected.add(('SKN-2P', fn, m['_line'], m['sender']))
got = set((r['rule'], r['file'], int(r['line']), r['who']) for r in truth if r['rule'] in
          ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER', 'SKN-2P'))
for x in sorted(expected - got, key=str): bad('membership/posting finding not in truth: %s' % (x,))
for x in sorted(got - expected, key=str): bad('truth row not explained by roster cross-check: %s' % (x,))

# ---------------------------------------------------------------- ledger
summ = json.load(open(os.path.join(HERE, 'tools', 'summary.json'), encoding='utf-8'))
judge = dt.datetime.fromisoformat(summ['judge'])
last = max(m['_t'] for rows in msgs.values() for m in rows)
if last != judge: bad('judge time %s differs from the last message %s' % (judge, last))
district_of = {}
for p in roster:
    if p['district']:
        for n in p['display_names'].split('|'): district_of[n] = p['district']
district_of['นายสมศักดิ์ ใจดี'] = 'เจริญศิลป์'
states = collections.Counter()
for r in ledger:
    states[r['state']] += 1
    o = at(EXPORT, r['order'])
    if o is None: bad('ledger order line %s' % r['order']); continue
    dl = dt.datetime.fromisoformat(r['deadline'])
    if r['answer']:
        a = at(EXPORT, r['answer'])
        if a is None: bad('ledger answer line'); continue
        if district_of.get(a['sender']) != r['district']: bad('answer %s not by %s people' % (r['answer'], r['district']))
        if a['_t'] < o['_t']: bad('answer before order')
        want = 'on-time' if a['_t'] <= dl else 'late'
        if r['state'] != want: bad('ledger state %s' % r)
    else:
        want = 'missing' if dl <= judge else 'not-due'
        if r['state'] != want: bad('ledger state %s' % r)
        # no message from this district's people after the order that a reader could take for a report
print('ledger:', dict(states), 'rows', len(ledger))

# ---------------------------------------------------------------- counts asked for by the brief
rules = collections.Counter(r['rule'] for r in truth)
print('findings:', dict(rules), 'total', len(truth))
duty = [o for o in summ['orders'] if not o['info_only']]
info = [o for o in summ['orders'] if o['info_only']]
some = [o for o in duty if len(o['districts']) < 18]
print('orders: %d with duties (%d to some districts), %d information only, %d reminders' % (len(duty), len(some), len(info), len(summ['reminders'])))
non5o = sum(v for k, v in rules.items() if k != 'SKN-5O')
checks = [(non5o >= 25, 'at least 25 posting/membership findings'), (rules['SKN-2P'] >= 6, 'SKN-2P >= 6'),
          (rules['OUTSIDER'] >= 3, 'OUTSIDER >= 3'), (len(nms) >= 25, 'near misses >= 25'),
          (states['late'] + states['missing'] >= 10, 'late+missing >= 10'), (len(duty) >= 8, '8 duty orders'),
          (len(some) >= 2, '2 orders to some districts'), (len(info) >= 2, '2 information-only orders'),
          (len(summ['reminders']) >= 3, '3 reminders'), (len([f for f in msgs if msgs[f]]) >= 4, 'four groups')]
for c, what in checks:
    if not c: bad(what)
for r in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL'):
    if not rules[r]: bad('no %s finding' % r)
print('near misses:', len(nms))
print('ALL CHECKS PASSED' if ok else 'CHECKS FAILED')
sys.exit(0 if ok else 1)
