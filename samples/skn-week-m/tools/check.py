# Checks the week's files: format, ids, order, pointers, roster, counts, ledger arithmetic, and an
# independent recount of membership and SKN-2P findings from the roster and the logs.
import csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

W = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JSONL = ['volunteer-centre.jsonl', 'pk-orders.jsonl', 'pj-orders.jsonl', 'executives.jsonl', 'heads-districts.jsonl']
EXPORT = 'nakpokkrong-export.txt'
GROUPS = {'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', 'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.',
          'pj-orders.jsonl': 'ข้อสั่งการ ปจ.สน.', 'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
          'heads-districts.jsonl': 'หน.ส่วนราชการ-นอภ.สน.', EXPORT: 'นักปกครองสกลนคร'}
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
ELIG = {  # EVAL-RULES membership per group
    EXPORT: {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'},
    'pk-orders.jsonl': {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'},
    'pj-orders.jsonl': {'provincial_palad', 'district_chief'},
    'executives.jsonl': {'governor', 'vice_governor', 'provincial_palad', 'district_chief'},
    'volunteer-centre.jsonl': {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'},
    'heads-districts.jsonl': {'governor', 'vice_governor', 'agency_head', 'district_chief'},
}
RULE = {EXPORT: 'SKN-1', 'pk-orders.jsonl': 'SKN-2', 'pj-orders.jsonl': 'SKN-3', 'executives.jsonl': 'SKN-4',
        'volunteer-centre.jsonl': 'SKN-5', 'heads-districts.jsonl': 'SKN-6'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
             'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


def norm(s):
    s = unicodedata.normalize('NFC', re.sub('[\u200b-\u200f\u2066-\u2069\ufeff]', '', s))
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'^(นางสาว|นาง|นาย|ว่าที่ร\.ต\.|นพ\.)\s*', '', s)
    return s


# ---------------------------------------------------------------- roster
with open(os.path.join(W, 'roster.csv'), encoding='utf-8') as fh:
    rd = csv.reader(fh)
    head = next(rd)
    if head != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
        err('roster header', head)
    roster = [dict(zip(head, r)) for r in rd]
ids = Counter(r['person_id'] for r in roster)
for k, v in ids.items():
    if v > 1:
        err('duplicate person_id', k)
mails = Counter(r['email'] for r in roster if r['email'])
for k, v in mails.items():
    if v > 1:
        err('e-mail shared', k)
byline, byname, bynorm = {}, defaultdict(set), defaultdict(set)
for r in roster:
    for role in r['role'].split('|'):
        if role not in ROLES:
            err('bad role', r['person_id'], role)
    if r['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']):
        err('bad line id', r['person_id'])
    if r['district'] and r['district'] not in DISTRICTS:
        err('bad district', r['district'])
    if r['line_user_id']:
        byline[r['line_user_id']] = r['person_id']
    for n in r['display_names'].split('|'):
        byname[n].add(r['person_id'])
        bynorm[norm(n)].add(r['person_id'])
R = {r['person_id']: r for r in roster}
for d in DISTRICTS:
    roles = [x for r in roster if r['district'] == d for x in r['role'].split('|')]
    for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
        if need not in roles:
            err('district lacks', d, need)
two = [r for r in roster if r['role'] == 'coordinating_deputy|volunteer_center_staff']
shared = [n for n, s in byname.items() if len(s) > 1]
roster_counts = Counter(r['role'] for r in roster)
if len(two) < 2: err('fewer than 2 two-role people')
if not shared: err('no shared display name')
if not (2 <= roster_counts['vice_governor'] <= 3): err('vice governors')
if not (2 <= roster_counts['provincial_admin_staff'] <= 3): err('office accounts')
if not (10 <= roster_counts['agency_head'] <= 12): err('agency heads', roster_counts['agency_head'])
prov_vol = [r for r in roster if r['role'] == 'volunteer_center_staff' and not r['district']]
if not (1 <= len(prov_vol) <= 2): err('province volunteer officers')

# ---------------------------------------------------------------- logs
msgs = {}     # file -> list of (line, dict)
allids = {}
for f in JSONL:
    out = []
    prev = ''
    with open(os.path.join(W, f), encoding='utf-8') as fh:
        for i, line in enumerate(fh, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err('bad json', f, i, e)
                continue
            for k in ('id', 'group', 'time', 'sender', 'type'):
                if k not in o:
                    err('missing field', f, i, k)
            if o['group'] != GROUPS[f]: err('group name', f, i)
            if not re.fullmatch(r'm\d{4}', o['id']): err('id form', f, i)
            if o['id'] in allids: err('duplicate id', o['id'])
            allids[o['id']] = (f, i, o)
            if not re.fullmatch(r'2026-01-0[5-9]T\d\d:\d\d:\d\d\+07:00', o['time']): err('time form', f, i)
            if o['time'] < prev: err('time order', f, i)
            prev = o['time']
            if o['type'] not in ('text', 'image', 'sticker', 'file', 'video', 'audio', 'system'): err('type', f, i)
            if o['type'] == 'system' and o.get('event') not in ('join', 'leave', 'invite', 'remove', 'unsend', 'rename'): err('event', f, i)
            if o['type'] == 'file' and not o.get('attachment'): err('file without attachment', f, i)
            if o.get('senderId') and not (re.fullmatch(r'U[0-9a-f]{32}', o['senderId']) or '@' in o['senderId']): err('senderId', f, i)
            out.append((i, o))
    msgs[f] = out
for f in JSONL:
    for i, o in msgs[f]:
        if o.get('replyTo') and o['replyTo'] not in allids: err('replyTo unknown', f, i)

# export parse
ex = []
with open(os.path.join(W, EXPORT), encoding='utf-8') as fh:
    raw = fh.read().split('\n')
if not raw[0].lstrip('\ufeff').startswith('[LINE] ') or not raw[1].startswith('บันทึกเมื่อ ') or raw[2] != '':
    err('export header')
day, prevt, i = None, '', 3
while i < len(raw):
    ln = raw[i]
    mday = re.fullmatch(r'(จ|อ|พ|พฤ|ศ|ส|อา)\. (\d\d)/01/2569', ln)
    if mday:
        day = int(mday.group(2)); prevt = ''; i += 1; continue
    m = re.match(r'(\d\d:\d\d)\t([^\t]*)\t(.*)$', ln)
    if m:
        t = '2026-01-%02dT%s:00+07:00' % (day, m.group(1))
        if t < prevt: err('export time order', i + 1)
        prevt = t
        text, start = m.group(3), i + 1
        if text.startswith('"') and not (len(text) > 1 and text.endswith('"')):
            while not raw[i].endswith('"'):
                i += 1
                text += '\n' + raw[i]
        o = {'sender': m.group(2), 'text': text, 'time': t}
        if m.group(2) == '':
            o['type'] = 'system'
            for pat, ev in ((r'(.+) เพิ่ม (.+) เข้ากลุ่ม$', 'invite'), (r'(.+) ลบ (.+) ออกจากกลุ่ม$', 'remove'),
                            (r'(.+) เข้าร่วมกลุ่ม$', 'join'), (r'(.+) ออกจากกลุ่ม$', 'leave')):
                mm = re.match(pat, text)
                if mm:
                    o['event'] = ev; o['sender'] = mm.group(1)
                    if ev in ('invite', 'remove'): o['target'] = mm.group(2)
                    break
            else:
                err('export system line', i + 1)
        else:
            o['type'] = {'[รูป]': 'image', '[สติกเกอร์]': 'sticker'}.get(text, 'text')
        ex.append((start, o))
    elif ln != '':
        err('export line shape', i + 1, ln[:30])
    i += 1
msgs[EXPORT] = ex
exlines = {ln for ln, _ in ex}

# ---------------------------------------------------------------- independent recount of membership findings
alias = {}   # display name -> person id (from rename lines)


def resolve(o, name=None, sid=None):
    name = o['sender'] if name is None else name
    sid = o.get('senderId') if sid is None else sid
    if sid and sid in byline:
        return byline[sid]
    if name in alias:
        return alias[name]
    s = byname.get(name) or bynorm.get(norm(name)) or set()
    if len(s) == 1:
        return next(iter(s))
    return 'AMBIG' if len(s) > 1 else None


expect = set()
for f in JSONL + [EXPORT]:
    seen = set()
    for ln, o in msgs[f]:
        if o['type'] == 'system' and o.get('event') == 'rename':
            p = resolve(o)
            if p and p != 'AMBIG':
                alias[o['target']] = p
            continue
        ev = o.get('event')
        if ev in ('leave', 'remove', 'unsend'):
            continue
        if ev == 'invite':
            who, inviter = o['target'], resolve(o)
            p = resolve(o, name=who, sid='')
        else:
            who, inviter, p = o['sender'], None, resolve(o)
        key = p if p not in (None, 'AMBIG') else 'name:' + who
        if key in seen or p == 'AMBIG':
            seen.add(key)
            continue
        seen.add(key)
        if p is None:
            expect.add(('OUTSIDER', f, ln, who))
        elif not set(R[p]['role'].split('|')) & ELIG[f]:
            if ev == 'invite' and inviter not in (None, 'AMBIG'):
                expect.add(('SKN-ALL', f, ln, who))
                expect.add(('SKN-ALL', f, ln, o['sender']))
            else:
                expect.add((RULE[f], f, ln, who))
# SKN-2P recount: every post in the ปค. orders group by someone who is not the office
OFFICE = {'provincial_admin_staff', 'provincial_palad'}
last_post = {}
for ln, o in msgs['pk-orders.jsonl']:
    if o['type'] == 'system':
        continue
    p = resolve(o)
    if p not in (None, 'AMBIG') and set(R[p]['role'].split('|')) & OFFICE:
        continue
    t = o['time']
    prev = last_post.get(o['sender'])
    media = o['type'] in ('image', 'file', 'video')
    # photos/files right after the same sender's post (same minute) belong to it
    if media and prev and prev[0][:16] == t[:16]:
        continue
    last_post[o['sender']] = (t, '')
    expect.add(('SKN-2P', 'pk-orders.jsonl', ln, o['sender']))

# ---------------------------------------------------------------- truth, near misses, ledger
with open(os.path.join(W, 'truth.csv'), encoding='utf-8') as fh:
    rd = csv.reader(fh)
    if next(rd) != ['rule', 'file', 'line', 'message', 'who', 'state', 'note']: err('truth header')
    truth = list(rd)
with open(os.path.join(W, 'near-misses.csv'), encoding='utf-8') as fh:
    rd = csv.reader(fh)
    if next(rd) != ['file', 'line', 'message', 'why']: err('near-miss header')
    near = list(rd)
with open(os.path.join(W, 'ledger.csv'), encoding='utf-8') as fh:
    rd = csv.reader(fh)
    if next(rd) != ['order', 'district', 'state', 'answer', 'deadline', 'note']: err('ledger header')
    ledger = list(rd)


def at(f, line, mid):
    line = int(line)
    if f == EXPORT:
        if mid: err('export row with message id', line)
        if line not in exlines: err('export row not at a message line', line)
        return dict(msgs[EXPORT])[line] if line in exlines else None
    if f not in JSONL: err('unknown file', f); return None
    d = dict(msgs[f])
    if line not in d: err('no such line', f, line); return None
    if d[line]['id'] != mid: err('line/id mismatch', f, line, mid)
    return d[line]


got = set()
for r in truth:
    rule, f, line, mid, who, state, note = r
    o = at(f, line, mid)
    if rule == 'SKN-5O':
        if state not in ('late', 'missing') or who not in DISTRICTS: err('SKN-5O row', r)
        continue
    if state: err('state on non-SKN-5O', r)
    if o and who not in (o.get('sender'), o.get('target')): err('who not on line', r)
    if rule in ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'OUTSIDER', 'SKN-ALL', 'SKN-2P'):
        got.add((rule, f, int(line), who))
for x in sorted(expect - got): err('recount expects a finding the truth lacks', x)
for x in sorted(got - expect): err('truth has a finding the recount does not', x)
for r in near:
    at(r[0], r[1], r[2])
    if any(r[0] == t[1] and r[1] == t[2] and t[0] != 'SKN-5O' for t in truth): err('near miss is also a finding', r)

last = max(o['time'] for f in JSONL for _, o in msgs[f])
vol = dict((o['id'], o) for _, o in msgs['volunteer-centre.jsonl'])
for r in ledger:
    order, dist, state, ans, dl, note = r
    if order not in vol: err('ledger order not in volunteer file', order)
    if state in ('on-time', 'late'):
        a = vol.get(ans)
        if not a: err('ledger answer missing', r); continue
        p = resolve(a)
        if p in (None, 'AMBIG') or R[p]['district'] != dist: err('answer not from the district', r)
        if (a['time'] <= dl) != (state == 'on-time'): err('ledger time vs state', r)
        if a['time'] < vol[order]['time']: err('answer before order', r)
    elif state == 'missing':
        if ans or dl >= last: err('missing row', r)
    elif state == 'not-due':
        if ans or dl < last: err('not-due row', r)
    else:
        err('ledger state', r)
lk = Counter((r[0], r[1]) for r in ledger)
if any(v > 1 for v in lk.values()): err('duplicate ledger rows')
# SKN-5O rows agree with the ledger
t5 = Counter((r[4], r[5]) for r in truth if r[0] == 'SKN-5O')
l5 = Counter((r[1], r[2]) for r in ledger if r[2] in ('late', 'missing'))
if t5 != l5: err('SKN-5O rows differ from ledger')

# ---------------------------------------------------------------- counts the brief asks for
n = {f: len(msgs[f]) for f in JSONL + [EXPORT]}
tot = sum(n.values())
fc = Counter(r[0] for r in truth)
st = Counter(r[2] for r in ledger)
orders = Counter(r[0] for r in ledger)
if not 650 <= tot <= 750: err('total messages', tot)
if not 0.36 <= n['volunteer-centre.jsonl'] / tot <= 0.44: err('volunteer share')
if len(orders) < 8: err('fewer than 8 duty orders')
if sum(1 for o, c in orders.items() if c < 18) < 2: err('fewer than 2 addressed orders')
if st['late'] + st['missing'] < 10: err('fewer than 10 late/missing')
posting = sum(v for k, v in fc.items() if k not in ('SKN-5O',))
if posting < 25: err('fewer than 25 posting/membership findings')
if fc['SKN-2P'] < 6 or fc['OUTSIDER'] < 3: err('SKN-2P/OUTSIDER counts')
for rule in ('SKN-5P', 'SKN-6P', 'SKN-6', 'SKN-4P', 'SKN-ALL'):
    if fc[rule] < 1: err('no', rule)
if len(near) < 25: err('fewer than 25 near misses')
kinds = {o['type'] for f in JSONL for _, o in msgs[f]}
events = {o.get('event') for f in JSONL for _, o in msgs[f]}
for e in ('join', 'invite', 'leave', 'rename', 'remove'):
    if e not in events: err('no system event', e)

print('messages:', n, 'total', tot)
print('findings:', dict(sorted(fc.items())), 'total', len(truth))
print('near misses:', len(near))
print('duties:', dict(st), 'orders:', dict(orders))
print('last message:', last)
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('all checks passed')
