#!/usr/bin/env python3
"""Checks the Sakon Nakhon week (8-12 Dec 2025): formats, pointers, counts and the hand-worked truth.

Run from anywhere: python3 check.py   (exit status 1 on any error)
"""
import csv, json, os, re, sys, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def rd(name):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
        return list(csv.reader(fh))

# ---------------- roster ----------------
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส',
             'คำตากล้า', 'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ', 'เจริญศิลป์',
             'โพนนาแก้ว', 'ภูพาน']
rows = rd('roster.csv')
if rows[0] != ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email']:
    err('roster header')
people = [dict(zip(rows[0], r)) for r in rows[1:]]
ids = Counter(p['person_id'] for p in people)
if any(v > 1 for v in ids.values()):
    err('duplicate person_id')
byname, byid = defaultdict(list), {}
for p in people:
    p['roles'] = set(p['role'].split('|'))
    if not p['roles'] <= ROLES:
        err('bad role %s' % p['role'])
    if p['line_user_id']:
        if not re.fullmatch(r'U[0-9a-f]{32}', p['line_user_id']):
            err('bad LINE id %s' % p['line_user_id'])
        byid[p['line_user_id']] = p
    if p['district'] and p['district'] not in DISTRICTS:
        err('unknown district %s' % p['district'])
    for n in p['display_names'].split('|'):
        byname[n].append(p)
for d in DISTRICTS:
    rs = [p['roles'] for p in people if p['district'] == d]
    for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
        if not any(need in r for r in rs):
            err('%s has no %s' % (d, need))
dual = [p for p in people if p['role'] == 'coordinating_deputy|volunteer_center_staff']
shared = [n for n, ps in byname.items() if len(ps) > 1]
prov_vol = [p for p in people if 'volunteer_center_staff' in p['roles'] and not p['district']]
if len(dual) < 2: err('fewer than two people with two roles')
if len(shared) < 1: err('no shared display name')
if not 1 <= len(prov_vol) <= 2: err('province-level volunteer officers: %d' % len(prov_vol))


def norm(n):
    n = re.sub(r'[\u200b-\u200f\u2066-\u2069\ufeff]', '', n)
    n = re.sub(r'^(นางสาว|นาย|นาง)\s*', '', n)
    return re.sub(r'\s+', ' ', n).strip()

bynorm = defaultdict(list)
for p in people:
    for n in p['display_names'].split('|'):
        bynorm[norm(n)].append(p)


def resolve(name, sid=None):
    """-> person, 'ambiguous' or None (outsider)"""
    if sid and sid in byid:
        return byid[sid]
    ps = byname.get(name) or bynorm.get(norm(name), [])
    if len(ps) > 1:
        return 'ambiguous'
    return ps[0] if ps else None

# ---------------- JSONL logs ----------------
FILES = {'volunteer-centre.jsonl': ('ศอ.จอส.จว.สน.', 'SKN-5'), 'pk-orders.jsonl': ('ข้อสั่งการ ปค.สน.', 'SKN-2'),
         'palad-orders.jsonl': ('ข้อสั่งการ ปจ.สน.', 'SKN-3'), 'executives.jsonl': ('ผู้บริหารจังหวัด และนายอำเภอ', 'SKN-4'),
         'heads.jsonl': ('หน.ส่วนราชการ-นอภ.สน.', 'SKN-6')}
EXPORT = ('nakpokkrong-line-export.txt', 'นักปกครองสกลนคร', 'SKN-1')
ELIG = {'SKN-1': {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'},
        'SKN-2': {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'},
        'SKN-3': {'provincial_palad', 'district_chief'},
        'SKN-4': {'governor', 'vice_governor', 'provincial_palad', 'district_chief'},
        'SKN-5': {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'},
        'SKN-6': {'governor', 'vice_governor', 'agency_head', 'district_chief'}}
TYPES = {'text', 'image', 'sticker', 'file', 'video', 'audio', 'system'}
EVENTS = {'join', 'leave', 'invite', 'remove', 'unsend', 'rename'}
logs = {}
allids = {}
log_end = None
for fn, (gname, _) in FILES.items():
    msgs = []
    prev = None
    with open(os.path.join(HERE, fn), encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                m = json.loads(line)
            except ValueError as e:
                err('%s:%d not JSON: %s' % (fn, ln, e)); continue
            for k in ('id', 'group', 'time', 'sender', 'type'):
                if k not in m:
                    err('%s:%d lacks %s' % (fn, ln, k))
            if not re.fullmatch(r'b\d{4}', m['id']):
                err('%s:%d bad id' % (fn, ln))
            if m['id'] in allids:
                err('duplicate id %s' % m['id'])
            allids[m['id']] = (fn, ln)
            if m['group'] != gname:
                err('%s:%d group %s' % (fn, ln, m['group']))
            if not re.fullmatch(r'2025-12-\d\dT\d\d:\d\d:\d\d\+07:00', m['time']):
                err('%s:%d time format' % (fn, ln))
            t = dt.datetime.fromisoformat(m['time'])
            if not dt.datetime(2025, 12, 8, tzinfo=t.tzinfo) <= t < dt.datetime(2025, 12, 13, tzinfo=t.tzinfo):
                err('%s:%d outside 8-12 Dec' % (fn, ln))
            if prev and t < prev:
                err('%s:%d out of time order' % (fn, ln))
            prev = t
            log_end = max(log_end, t) if log_end else t
            if m['type'] not in TYPES:
                err('%s:%d type' % (fn, ln))
            if m['type'] == 'system':
                if m.get('event') not in EVENTS:
                    err('%s:%d event' % (fn, ln))
                if m.get('event') in ('invite', 'remove') and not m.get('target'):
                    err('%s:%d target' % (fn, ln))
            if m['type'] in ('image', 'file') and not m.get('attachment'):
                err('%s:%d attachment' % (fn, ln))
            if m['type'] == 'text' and not m.get('text'):
                err('%s:%d empty text' % (fn, ln))
            if 'senderId' in m and not re.fullmatch(r'U[0-9a-f]{32}', m['senderId']):
                err('%s:%d senderId' % (fn, ln))
            m['t'] = t
            m['line'] = ln
            msgs.append(m)
    logs[fn] = msgs
for fn, msgs in logs.items():
    for m in msgs:
        if m.get('replyTo') and m['replyTo'] not in allids:
            err('%s:%d replyTo %s unknown' % (fn, m['line'], m['replyTo']))
        if m.get('replyTo') and allids[m['replyTo']][0] != fn:
            err('%s:%d replies across groups' % (fn, m['line']))

# ---------------- LINE export ----------------
TH_DAYS = ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.']
exp_entries = {}   # line -> dict(sender, text, system, t)
with open(os.path.join(HERE, EXPORT[0]), encoding='utf-8', newline='') as fh:
    raw = fh.read()
if not raw.startswith('\ufeff[LINE] ') or '"%s"' % EXPORT[1] not in raw.split('\n')[0]:
    err('export header')
lines = raw.lstrip('\ufeff').split('\n')
if lines[-1] == '':
    lines.pop()
if not lines[1].startswith('บันทึกเมื่อ '):
    err('export save line')
day = None
prev = None
i = 2
while i < len(lines):
    ln = i + 1
    s = lines[i]
    mo = re.fullmatch(r'([ก-๙]{1,2}\.) (\d\d)/(\d\d)/(\d{4})', s)
    if s == '':
        i += 1; continue
    if mo:
        day = dt.date(int(mo.group(4)) - 543, int(mo.group(3)), int(mo.group(2)))
        if TH_DAYS[day.weekday()] != mo.group(1):
            err('export:%d weekday' % ln)
        i += 1; continue
    mo = re.fullmatch(r'(\d\d):(\d\d)\t([^\t]*)\t(.*)', s)
    if not mo or day is None:
        err('export:%d unparsed: %r' % (ln, s)); i += 1; continue
    text = mo.group(4)
    if text.startswith('"'):
        buf = [text]
        while not (len(buf[-1]) - len(buf[-1].rstrip('"'))) % 2 == 1 or (len(buf) == 1 and buf[0] == '"'):
            i += 1
            buf.append(lines[i])
        text = '\n'.join(buf)[1:-1].replace('""', '"')
    t = dt.datetime(day.year, day.month, day.day, int(mo.group(1)), int(mo.group(2)), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    if prev and t < prev:
        err('export:%d out of order' % ln)
    prev = t
    log_end = max(log_end, t)
    exp_entries[ln] = dict(sender=mo.group(3), text=text, system=mo.group(3) == '', t=t, line=ln)
    i += 1

# ---------------- membership and SKN-2P, derived independently ----------------
derived = set()   # (rule, file, line, who)
ev_re = [(re.compile(r'^(.+) เพิ่ม (.+) เข้ากลุ่ม$'), 'invite'), (re.compile(r'^(.+) ลบ (.+) ออกจากกลุ่ม$'), 'remove'),
         (re.compile(r'^(.+) เข้าร่วมกลุ่ม$'), 'join'), (re.compile(r'^(.+) ออกจากกลุ่ม$'), 'leave'),
         (re.compile(r'^(.+) ยกเลิกข้อความ$'), 'unsend')]


def membership(fn, rule, events):
    """events: (line, id, kind, actor, actor_sid, target); kind 'post' or an event"""
    seen = set()
    for ln, mid, kind, actor, sid, target in events:
        appear = []
        if kind == 'invite':
            appear = [(target, None, actor)]
        elif kind in ('post', 'join'):
            appear = [(actor, sid, None)]
        for name, s_, inviter in appear:
            p = resolve(name, s_)
            key = p['person_id'] if isinstance(p, dict) else ('?', name)
            if p == 'ambiguous' or key in seen:
                continue
            seen.add(key)
            if p is None:
                derived.add(('OUTSIDER', fn, ln, name))
            elif not p['roles'] & ELIG[rule]:
                derived.add((rule, fn, ln, name))
                if inviter:
                    derived.add(('SKN-ALL', fn, ln, name))
                    derived.add(('SKN-ALL', fn, ln, inviter))

for fn, (gname, rule) in FILES.items():
    evs = []
    for m in logs[fn]:
        kind = m.get('event') if m['type'] == 'system' else 'post'
        evs.append((m['line'], m['id'], kind, m['sender'], m.get('senderId'), m.get('target')))
        if fn == 'pk-orders.jsonl' and kind == 'post':
            p = resolve(m['sender'], m.get('senderId'))
            if isinstance(p, dict) and not p['roles'] & {'provincial_admin_staff', 'provincial_palad'}:
                derived.add(('SKN-2P', fn, m['line'], m['sender']))
    membership(fn, rule, evs)
evs = []
for ln, e in sorted(exp_entries.items()):
    if e['system']:
        for rx, kind in ev_re:
            mo = rx.match(e['text'])
            if mo:
                actor = mo.group(1)
                target = mo.group(2) if mo.lastindex > 1 else None
                evs.append((ln, '', kind, actor, None, target))
                break
        else:
            err('export:%d unknown system line' % ln)
    else:
        evs.append((ln, '', 'post', e['sender'], None, None))
membership(EXPORT[0], EXPORT[2], evs)

# ---------------- truth.csv ----------------
RULES = {'SKN-1', 'SKN-2', 'SKN-2P', 'SKN-3', 'SKN-4', 'SKN-4P', 'SKN-5', 'SKN-5P', 'SKN-5O', 'SKN-6', 'SKN-6P', 'SKN-ALL', 'OUTSIDER'}
tr = rd('truth.csv')
if tr[0] != ['rule', 'file', 'line', 'message', 'who', 'state', 'note']:
    err('truth header')
truth = [dict(zip(tr[0], r)) for r in tr[1:]]


def point(fn, line, mid, what):
    line = int(line)
    if fn in logs:
        if not 1 <= line <= len(logs[fn]):
            err('%s points past %s' % (what, fn)); return None
        m = logs[fn][line - 1]
        if m['id'] != mid:
            err('%s: %s line %d is %s, not %s' % (what, fn, line, m['id'], mid))
        return m
    if fn == EXPORT[0]:
        if mid:
            err('%s: export rows carry no message id' % what)
        if line not in exp_entries:
            err('%s: %s line %d is not a message' % (what, fn, line))
        return exp_entries.get(line)
    err('%s: unknown file %s' % (what, fn))

for r in truth:
    if r['rule'] not in RULES:
        err('truth rule %s' % r['rule'])
    point(r['file'], r['line'], r['message'], 'truth %s' % r['rule'])
    if (r['rule'] == 'SKN-5O') != (r['state'] in ('late', 'missing')):
        err('truth state %s %s' % (r['rule'], r['state']))
    if r['rule'] == 'SKN-5O' and r['who'] not in DISTRICTS:
        err('SKN-5O who must be a district: %s' % r['who'])
mem_truth = {(r['rule'], r['file'], int(r['line']), r['who']) for r in truth
             if r['rule'] in {'SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER', 'SKN-2P'}}
for x in sorted(mem_truth - derived):
    err('truth row not derived from roster and logs: %s' % (x,))
for x in sorted(derived - mem_truth):
    err('derived finding missing from truth: %s' % (x,))

# ---------------- near misses ----------------
nm = rd('near-misses.csv')
if nm[0] != ['file', 'line', 'message', 'why']:
    err('near-misses header')
for r in nm[1:]:
    point(r[0], r[1], r[2], 'near miss')
flagged = {(r['file'], int(r['line'])) for r in truth if r['rule'] != 'SKN-5O'}
for r in nm[1:]:
    if (r[0], int(r[1])) in flagged:
        err('near miss %s:%s is also a finding' % (r[0], r[1]))

# ---------------- ledger ----------------
lg = rd('ledger.csv')
if lg[0] != ['order', 'district', 'state', 'answer', 'deadline', 'note']:
    err('ledger header')
vc = {m['id']: m for m in logs['volunteer-centre.jsonl']}
ledger = [dict(zip(lg[0], r)) for r in lg[1:]]
seen = set()
for r in ledger:
    if r['order'] not in vc:
        err('ledger order %s not in ศอ.จอส.จว.สน.' % r['order']); continue
    if (r['order'], r['district']) in seen:
        err('ledger duplicate %s %s' % (r['order'], r['district']))
    seen.add((r['order'], r['district']))
    if r['district'] not in DISTRICTS:
        err('ledger district %s' % r['district'])
    dl = dt.datetime.fromisoformat(r['deadline'])
    o = vc[r['order']]
    if dl <= o['t']:
        err('deadline before order %s' % r['order'])
    if r['state'] in ('on-time', 'late'):
        a = vc.get(r['answer'])
        if not a:
            err('ledger answer %s missing' % r['answer']); continue
        if a['t'] <= o['t']:
            err('answer before order %s %s' % (r['order'], r['district']))
        p = resolve(a['sender'], a.get('senderId'))
        if not isinstance(p, dict) or p['district'] != r['district']:
            err('answer %s is not by %s' % (r['answer'], r['district']))
        if (a['t'] <= dl) != (r['state'] == 'on-time'):
            err('ledger state vs times %s %s' % (r['order'], r['district']))
    elif r['state'] == 'missing':
        if r['answer'] or dl > log_end:
            err('missing row %s %s' % (r['order'], r['district']))
    elif r['state'] == 'not-due':
        if r['answer'] or dl <= log_end:
            err('not-due row %s %s' % (r['order'], r['district']))
    else:
        err('ledger state %s' % r['state'])
five_o = {(r['file'], int(r['line']), r['who'], r['state']) for r in truth if r['rule'] == 'SKN-5O'}
from_ledger = set()
for r in ledger:
    if r['state'] == 'late':
        from_ledger.add(('volunteer-centre.jsonl', vc[r['answer']]['line'], r['district'], 'late'))
    elif r['state'] == 'missing':
        from_ledger.add(('volunteer-centre.jsonl', vc[r['order']]['line'], r['district'], 'missing'))
if five_o != from_ledger:
    err('SKN-5O truth rows and ledger disagree: %s' % (five_o ^ from_ledger))
per_order = Counter(r['order'] for r in ledger)
partial = [o for o, n in per_order.items() if n < len(DISTRICTS)]

# ---------------- counts ----------------
counts = {FILES[fn][0]: len(m) for fn, m in logs.items()}
counts[EXPORT[1] + ' (export)'] = len(exp_entries)
total = sum(counts.values())
rules = Counter(r['rule'] for r in truth)
states = Counter(r['state'] for r in ledger)
posting_membership = sum(v for k, v in rules.items() if k != 'SKN-5O')
checks = [
    (600 <= total <= 800, 'about 700 messages (%d)' % total),
    (0.35 <= counts['ศอ.จอส.จว.สน.'] / total <= 0.47, 'ศอ.จอส.จว.สน. about 40%% (%.0f%%)' % (100 * counts['ศอ.จอส.จว.สน.'] / total)),
    (len(per_order) >= 8, 'at least 8 duty orders (%d)' % len(per_order)),
    (len(partial) >= 2, 'at least 2 orders to some districts only (%d)' % len(partial)),
    (states['late'] + states['missing'] >= 10, 'at least 10 late or missing (%d)' % (states['late'] + states['missing'])),
    (posting_membership >= 25, 'at least 25 posting and membership findings (%d)' % posting_membership),
    (rules['SKN-2P'] >= 6, 'SKN-2P at least 6 (%d)' % rules['SKN-2P']),
    (rules['OUTSIDER'] >= 3, 'OUTSIDER at least 3 (%d)' % rules['OUTSIDER']),
    (len(nm) - 1 >= 25, 'at least 25 near misses (%d)' % (len(nm) - 1)),
]
for ok, what in checks:
    if not ok:
        err('count: ' + what)

print('roster: %d people, %d with two roles, shared display names: %s' % (len(people), len(dual), ', '.join(shared)))
print('messages: %d in all' % total)
for g, n in counts.items():
    print('  %-32s %4d' % (g, n))
print('log ends at %s' % log_end.isoformat())
print('findings: %s' % dict(sorted(rules.items())))
print('duties: %d orders, %s' % (len(per_order), dict(states)))
print('near misses: %d' % (len(nm) - 1))
if ERR:
    print('\n%d ERRORS' % len(ERR))
    for e in ERR:
        print('  ' + e)
    sys.exit(1)
print('all checks passed')
