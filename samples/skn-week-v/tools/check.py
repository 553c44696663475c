#!/usr/bin/env python3
"""Self-check of the week-V data: formats, ids, order, line references, roster, and an independent
re-derivation of the membership findings from roster roles (compared with truth.csv)."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TXT = '[LINE]ศอ.จอส.จว.สน..txt'
JSONL = ['pk-orders.jsonl', 'palad-orders.jsonl', 'executives.jsonl', 'heads.jsonl', 'administrators.jsonl']
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส', 'คำตากล้า',
             'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
ADMIT = {
    'นักปกครองสกลนคร': ('SKN-1', {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'}),
    'ข้อสั่งการ ปค.สน.': ('SKN-2', {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'}),
    'ข้อสั่งการ ปจ.สน.': ('SKN-3', {'provincial_palad', 'district_chief'}),
    'ผู้บริหารจังหวัด และนายอำเภอ': ('SKN-4', {'governor', 'vice_governor', 'provincial_palad', 'district_chief'}),
    'ศอ.จอส.จว.สน.': ('SKN-5', {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}),
    'หน.ส่วนราชการ-นอภ.สน.': ('SKN-6', {'governor', 'vice_governor', 'agency_head', 'district_chief'}),
}
errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

# ---------- roster ----------
with open(os.path.join(HERE, 'roster.csv'), encoding='utf-8') as f:
    head = f.readline().strip()
    if head != 'person_id,full_name,display_names,role,agency,district,line_user_id,email':
        err('roster header', head)
    f.seek(0)
    roster = list(csv.DictReader(f))
ids_, byname, byid = set(), defaultdict(list), {}
for r in roster:
    if r['person_id'] in ids_: err('dup person id', r['person_id'])
    ids_.add(r['person_id'])
    for role in r['role'].split('|'):
        if role not in ROLES: err('bad role', r)
    if r['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']): err('bad line id', r)
    for k in ('line_user_id', 'email'):
        if r[k]:
            if r[k] in byid: err('shared', k, r[k])
            byid[r[k]] = r
    for d in r['display_names'].split('|'):
        byname[d].append(r)
    if r['district'] and r['district'] not in DISTRICTS: err('bad district', r)
two_role = [r for r in roster if '|' in r['role']]
ambig = [n for n, v in byname.items() if len(v) > 1]
for d in DISTRICTS:
    rs = [r for r in roster if r['district'] == d]
    roles = Counter(x for r in rs for x in r['role'].split('|'))
    if not (roles['district_chief'] == 1 and roles['coordinating_deputy'] == 1 and roles['volunteer_center_staff'] >= 1):
        err('district staffing', d, roles)
rc = Counter(r['role'] for r in roster)

def norm(s):
    s = re.sub(r'[\u2066-\u2069\u200b-\u200f\ufeff]', '', s)
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'^(นางสาว|นาย|นาง|ว่าที่ร\.ต\.)\s*', '', s)
    return s
normname = defaultdict(list)
for n, v in byname.items():
    for r in v:
        if r not in normname[norm(n)]:
            normname[norm(n)].append(r)

def resolve(name, sid, renames):
    if sid and sid in byid: return byid[sid]
    name = renames.get(name, name)
    if name in byname:
        return byname[name][0] if len(byname[name]) == 1 else 'AMBIG'
    v = normname.get(norm(name), [])
    if len(v) == 1: return v[0]
    if len(v) > 1: return 'AMBIG'
    return None

# ---------- read chats ----------
files = {}
all_ids = []
for fn in JSONL:
    recs, prev = [], None
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                err(fn, ln, 'bad json', e); continue
            t = datetime.fromisoformat(o['time'])
            if prev and t < prev: err(fn, ln, 'time order')
            prev = t
            all_ids.append(o['id'])
            o['_line'] = ln
            recs.append(o)
    files[fn] = recs
if len(set(all_ids)) != len(all_ids): err('duplicate ids')
if all_ids != ['v%04d' % i for i in range(1, len(all_ids) + 1)]: err('ids not v0001.. in sequence')

# desktop export
names_sorted = sorted(byname, key=len, reverse=True)
OUTS = ['ร้านบุญมีเสื้อโปโล👕']
txt_lines = open(os.path.join(HERE, TXT), encoding='utf-8').read().split('\n')
if txt_lines[-1] == '': txt_lines.pop()
recs, cur, prev = [], None, None
for ln, line in enumerate(txt_lines, 1):
    m = re.fullmatch(r'(\d{4})\.(\d{2})\.(\d{2}) (วัน\S+)', line)
    if m:
        cur = datetime(int(m[1]), int(m[2]), int(m[3])); continue
    m = re.match(r'(\d{2}):(\d{2}) (.*)', line)
    if not m:
        if recs: recs[-1]['text'] += '\n' + line
        continue
    rest = m[3]
    who = next((n for n in names_sorted + OUTS if rest.startswith(n + ' ')), None)
    if who is None: err(TXT, ln, 'unknown sender', rest[:30]); continue
    t = cur.replace(hour=int(m[1]), minute=int(m[2]))
    if prev and t < prev: err(TXT, ln, 'time order')
    prev = t
    text = rest[len(who) + 1:]
    o = {'_line': ln, 'sender': who, 'text': text, 'type': 'text', 'time': t}
    if text == who + ' ออกจากกลุ่ม': o.update(type='system', event='leave')
    elif text == 'รูป': o['type'] = 'image'
    elif text == 'สติกเกอร์': o['type'] = 'sticker'
    elif text == 'ไฟล์': o['type'] = 'file'
    recs.append(o)
files[TXT] = recs
group_of = {fn: files[fn][0]['group'] for fn in JSONL}
group_of[TXT] = 'ศอ.จอส.จว.สน.'
for fn in JSONL:
    if any(o['group'] != group_of[fn] for o in files[fn]): err(fn, 'mixed group names')

# ---------- truth / near misses / ledger ----------
def rows(fn):
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        return list(csv.DictReader(f))
truth, near, ledger = rows('truth.csv'), rows('near-misses.csv'), rows('ledger.csv')
linecount = {fn: sum(1 for _ in open(os.path.join(HERE, fn), encoding='utf-8')) for fn in JSONL + [TXT]}
def check_ref(kind, r):
    fn, ln = r['file'], int(r['line'])
    if fn not in linecount or not 1 <= ln <= linecount[fn]: err(kind, 'bad line', r); return
    if fn in JSONL:
        o = files[fn][ln - 1]
        if o['id'] != r['message']: err(kind, 'id mismatch', r)
    else:
        if r['message']: err(kind, 'txt row with message id', r)
        if not any(o['_line'] == ln for o in files[TXT]): err(kind, 'txt line is not a message start', r)
for r in truth: check_ref('truth', r)
for r in near: check_ref('near', r)
tl = {(r['file'], r['line']) for r in truth}
for r in near:
    if (r['file'], r['line']) in tl: err('near miss on a truth line', r)

# ---------- independent membership derivation ----------
MEMB = {'SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER'}
expected = Counter()
for fn, recs in files.items():
    rule, ok = ADMIT[group_of[fn]]
    seen, renames = set(), {}
    def appear(name, sid, ln, via_invite_by=None):
        p = resolve(name, sid, renames)
        if p == 'AMBIG': return
        key = p['person_id'] if p else 'OUT:' + name
        if key in seen: return
        seen.add(key)
        if p is None:
            expected[('OUTSIDER', fn, ln, name)] += 1
        elif not set(p['role'].split('|')) & ok:
            expected[(rule, fn, ln, name)] += 1
            if via_invite_by is not None:
                expected[('SKN-ALL', fn, ln, name)] += 1
                expected[('SKN-ALL', fn, ln, via_invite_by)] += 1
    for o in recs:
        ln, sid = o['_line'], o.get('senderId', '')
        if o['type'] == 'system' and o.get('event') == 'rename':
            renames[o['target']] = renames.get(o['sender'], o['sender'])
            appear(o['sender'], sid, ln); continue
        if o['type'] == 'system' and o.get('event') in ('invite', 'remove'):
            appear(o['sender'], sid, ln)
            if o['event'] == 'invite':
                appear(o['target'], '', ln, via_invite_by=o['sender'])
            continue
        appear(o['sender'], sid, ln)
got = Counter((r['rule'], r['file'], int(r['line']), r['who']) for r in truth if r['rule'] in MEMB)
for k in expected - got: err('membership finding expected but not in truth', k)
for k in got - expected: err('membership finding in truth but not derived', k)

# ---------- SKN-2P: every post in ปค.สน. by non-office people ----------
office = {'provincial_admin_staff', 'provincial_palad'}
renames = {}
exp2p, posts = set(), files['pk-orders.jsonl']
prev_sender, prev_t = None, None
for o in posts:
    if o['type'] == 'system': continue
    p = resolve(o['sender'], o.get('senderId', ''), renames)
    t = datetime.fromisoformat(o['time'])
    same_post = prev_sender == o['sender'] and o['type'] != 'text' and (t - prev_t).total_seconds() < 180
    prev_sender, prev_t = o['sender'], t
    if p and p != 'AMBIG' and not set(p['role'].split('|')) & office and not same_post:
        exp2p.add(o['_line'])
got2p = {int(r['line']) for r in truth if r['rule'] == 'SKN-2P'}
if exp2p != got2p: err('SKN-2P mismatch', sorted(exp2p ^ got2p))

# ---------- ledger vs truth ----------
seenkey = set()
for r in ledger:
    k = (r['order'], r['district'])
    if k in seenkey: err('dup ledger', k)
    seenkey.add(k)
    if r['state'] not in ('on-time', 'late', 'missing', 'not-due'): err('ledger state', r)
    if r['district'] not in DISTRICTS: err('ledger district', r)
    if r['state'] in ('on-time', 'late') and not r['answer']: err('ledger answer missing', r)
    dl = datetime.fromisoformat(r['deadline']).replace(tzinfo=None)
    if r['answer']:
        a = next(o for o in files[TXT] if o['_line'] == int(r['answer']))
        od = next(o for o in files[TXT] if o['_line'] == int(r['order']))
        if not od['time'] < a['time']: err('answer before order', r)
        if (a['time'] <= dl) != (r['state'] == 'on-time'): err('ledger state vs time', r)
        d_short = r['district']
        if not (d_short in a['text'] or resolve(a['sender'], '', {}) and resolve(a['sender'], '', {})['district'] == d_short):
            err('answer not by the district', r)
        p = resolve(a['sender'], '', {})
        if p['district'] != d_short: err('answer sender from another district', r, p['district'])
judge = files[TXT][-1]['time']
for r in ledger:
    dl = datetime.fromisoformat(r['deadline']).replace(tzinfo=None)
    if r['state'] == 'missing' and not dl < judge: err('missing before deadline', r)
    if r['state'] == 'not-due' and dl < judge: err('not-due after deadline', r)
t5 = Counter((r['state'], r['who']) for r in truth if r['rule'] == 'SKN-5O')
l5 = Counter((r['state'], r['district']) for r in ledger if r['state'] in ('late', 'missing'))
if t5 != l5: err('SKN-5O truth vs ledger', t5 - l5, l5 - t5)
for r in truth:
    if r['rule'] == 'SKN-5O':
        lr = [x for x in ledger if x['district'] == r['who'] and x['state'] == r['state'] and
              (x['answer'] == r['line'] if r['state'] == 'late' else x['order'] == r['line'])]
        if len(lr) != 1: err('SKN-5O row without ledger row', r)

# ---------- counts ----------
total = sum(len(v) for v in files.values())
print('messages per file:')
for fn in JSONL + [TXT]:
    print('  %-28s %-30s %4d' % (fn, group_of[fn], len(files[fn])))
print('  total', total, '; ศอ.จอส.จว.สน. share %.0f%%' % (100 * len(files[TXT]) / total))
print('roster', len(roster), 'people; roles', dict(rc), '; two-role', len(two_role), '; ambiguous names', ambig)
print('truth rows by rule:', dict(sorted(Counter(r['rule'] for r in truth).items())))
print('SKN-5O by state:', dict(Counter(r['state'] for r in truth if r['rule'] == 'SKN-5O')))
print('near misses:', len(near))
print('ledger:', len(ledger), dict(Counter(r['state'] for r in ledger)))
print('orders in ledger:', len({r['order'] for r in ledger}))
if len(two_role) < 2: err('need two two-role people')
if len(ambig) < 1: err('need an ambiguous display name')
if len(near) < 25: err('near misses < 25')
pv = [r for r in truth if r['rule'] != 'SKN-5O']
if len(pv) < 25: err('posting/membership violations < 25')
if sum(1 for r in truth if r['rule'] == 'SKN-2P') < 6: err('SKN-2P < 6')
if sum(1 for r in truth if r['rule'] == 'OUTSIDER') < 3: err('OUTSIDER < 3')
if sum(1 for r in truth if r['rule'] == 'SKN-5O') < 10: err('SKN-5O < 10')
if errors:
    print('\nERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nall checks passed')
