#!/usr/bin/env python3
"""Self-contained checker of week AW's files (formats, ids, times, truth/near-miss/ledger
pointers, roster consistency, ledger states against times, membership findings recomputed
from the roster and the admitted roles of the rules page). Exit 1 on any problem."""
import csv, datetime, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'aw'
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส',
             'คำตากล้า', 'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ',
             'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}
EXPORT = '[LINE]นักปกครองสกลนคร.txt'
JSONL = ['pakkhrong-orders.jsonl', 'palad-orders.jsonl', 'executives.jsonl', 'heads-chiefs.jsonl', 'volunteer-centre.jsonl']
GROUP = {'pakkhrong-orders.jsonl': 'ข้อสั่งการ ปค.สน.', 'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน.',
         'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ', 'heads-chiefs.jsonl': 'หน.ส่วนราชการ-นอภ.สน.',
         'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.', EXPORT: 'นักปกครองสกลนคร'}
# the rules page: admitted roles and the membership rule id per group; letter sizes
ADMIT = {'นักปกครองสกลนคร': ('SKN-1', {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'}),
         'ข้อสั่งการ ปค.สน.': ('SKN-2', {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'}),
         'ข้อสั่งการ ปจ.สน.': ('SKN-3', {'provincial_palad', 'district_chief'}),
         'ผู้บริหารจังหวัด และนายอำเภอ': ('SKN-4', {'governor', 'vice_governor', 'provincial_palad', 'district_chief'}),
         'ศอ.จอส.จว.สน.': ('SKN-5', {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}),
         'หน.ส่วนราชการ-นอภ.สน.': ('SKN-6', {'governor', 'vice_governor', 'agency_head', 'district_chief'})}
CAP = {'นักปกครองสกลนคร': 204, 'ข้อสั่งการ ปค.สน.': 175, 'ข้อสั่งการ ปจ.สน.': 19, 'ผู้บริหารจังหวัด และนายอำเภอ': 22, 'ศอ.จอส.จว.สน.': 118}
MEMBERSHIP_RULES = {'SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'SKN-CAP', 'OUTSIDER'}
TIME_RE = re.compile(r'^2026-10-(19|20|21|22|23)T\d{2}:\d{2}:\d{2}\+07:00$')
WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def roles(p):
    return set(p['role'].split('|'))


# ------------------------------------------------------------------ roster
def load_roster():
    path = os.path.join(HERE, 'roster.csv')
    rows = list(csv.DictReader(open(path, encoding='utf-8')))
    hdr = open(path, encoding='utf-8').readline().strip()
    if hdr != 'person_id,full_name,display_names,role,agency,district,line_user_id,email':
        bad('roster.csv: header')
    if not 80 <= len(rows) <= 95:
        bad(f'roster.csv: {len(rows)} people (want 80-95)')
    for key in ('person_id', 'line_user_id', 'email'):
        vals = [r[key] for r in rows if r[key]]
        for v, n in Counter(vals).items():
            if n > 1:
                bad(f'roster.csv: duplicate {key} {v}')
    for r in rows:
        for ro in r['role'].split('|'):
            if ro not in ROLES:
                bad(f"roster {r['person_id']}: role {ro}")
        if r['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']):
            bad(f"roster {r['person_id']}: bad LINE id")
        if r['district'] and r['district'] not in DISTRICTS:
            bad(f"roster {r['person_id']}: district {r['district']}")
        if not r['display_names']:
            bad(f"roster {r['person_id']}: no display name")
        if r['role'] in ('district_chief', 'deputy_district_chief', 'coordinating_deputy') and not r['district']:
            bad(f"roster {r['person_id']}: district role without district")
    for d in DISTRICTS:
        rs = [r for r in rows if r['district'] == d]
        for need in ('district_chief', 'coordinating_deputy', 'volunteer_center_staff'):
            if not any(need in roles(r) for r in rs):
                bad(f'roster: {d} has no {need}')
        if sum('district_chief' in roles(r) for r in rs) != 1:
            bad(f'roster: {d} must have exactly one district chief')
    return rows


# ------------------------------------------------------------------ messages
def load_jsonl(roster):
    by_id = {r['line_user_id']: r for r in roster if r['line_user_id']}
    files = {}
    n = 0
    for fn in JSONL:
        msgs = []
        prev_t = ''
        ids = {}
        for i, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
            try:
                o = json.loads(line)
            except Exception as e:
                bad(f'{fn}:{i}: not JSON ({e})')
                continue
            n += 1
            if o.get('id') != f'{PREFIX}{n:04d}':
                bad(f"{fn}:{i}: id {o.get('id')} (want {PREFIX}{n:04d})")
            if o.get('group') != GROUP[fn]:
                bad(f'{fn}:{i}: group')
            t = o.get('time', '')
            if not TIME_RE.match(t):
                bad(f'{fn}:{i}: time {t}')
            if t < prev_t:
                bad(f'{fn}:{i}: time goes back')
            prev_t = t
            allowed = {'id', 'group', 'time', 'sender', 'senderId', 'type', 'text', 'attachment', 'event', 'target', 'replyTo'}
            if set(o) - allowed:
                bad(f'{fn}:{i}: fields {set(o) - allowed}')
            ty = o.get('type')
            if ty == 'text':
                if not o.get('text') or 'attachment' in o or 'event' in o:
                    bad(f'{fn}:{i}: text message shape')
            elif ty == 'sticker':
                if 'text' in o or 'attachment' in o:
                    bad(f'{fn}:{i}: sticker with text/attachment')
            elif ty in ('image', 'video', 'file'):
                if not o.get('attachment') or 'text' in o:
                    bad(f'{fn}:{i}: {ty} without attachment')
            elif ty == 'system':
                ev = o.get('event')
                if ev not in ('join', 'invite', 'remove', 'leave', 'rename', 'unsend'):
                    bad(f'{fn}:{i}: event {ev}')
                if ev in ('invite', 'remove', 'rename') and not o.get('target'):
                    bad(f'{fn}:{i}: {ev} without target')
                if ev == 'join' and not o.get('text'):
                    bad(f'{fn}:{i}: join without text')
            else:
                bad(f'{fn}:{i}: type {ty}')
            if 'replyTo' in o and o['replyTo'] not in ids:
                bad(f'{fn}:{i}: replyTo {o["replyTo"]} not an earlier message of the file')
            if 'senderId' in o:
                p = by_id.get(o['senderId'])
                if not p:
                    bad(f'{fn}:{i}: senderId not on the roster')
                elif o['sender'] not in p['display_names'].split('|') and not renamed_ok(msgs, o, p):
                    bad(f'{fn}:{i}: senderId of {p["person_id"]} but name {o["sender"]}')
            ids[o.get('id')] = i
            o['_line'] = i
            o['_file'] = fn
            msgs.append(o)
        files[fn] = msgs
    return files


RENAMES = {}  # new display name -> old display name (from rename notices)


def renamed_ok(msgs, o, p):
    old = RENAMES.get(o['sender'])
    return old is not None and old in p['display_names'].split('|')


def collect_renames():
    for fn in JSONL:
        for line in open(os.path.join(HERE, fn), encoding='utf-8'):
            o = json.loads(line)
            if o.get('type') == 'system' and o.get('event') == 'rename':
                RENAMES[o['target']] = o['sender']


def load_export(roster, extra_names):
    path = os.path.join(HERE, EXPORT)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        bad('export: desktop Save chat has no BOM')
    if b'\r' in raw:
        bad('export: CR in file')
    lines = raw.decode('utf-8').split('\n')
    if lines[-1] != '':
        bad('export: no final newline')
    lines = lines[:-1]
    names = set(extra_names)
    for r in roster:
        names.update(r['display_names'].split('|'))
    names = sorted(names, key=len, reverse=True)
    msgs = []
    day = None
    prev = ''
    date_re = re.compile(r'^(\d{4})\.(\d{2})\.(\d{2}) (\w+)$')
    time_re = re.compile(r'^(\d{2}):(\d{2}) (.*)$')
    for i, ln in enumerate(lines, 1):
        m = date_re.match(ln)
        if m:
            d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
            if WEEKDAY[d.weekday()] != m[4]:
                bad(f'export:{i}: weekday')
            day = d.isoformat()
            continue
        m = time_re.match(ln)
        sender = None
        if m and day:
            for nm in names:
                if m[3].startswith(nm + ' '):
                    sender = nm
                    break
        if sender:
            body = m[3][len(sender) + 1:]
            t = f'{day}T{m[1]}:{m[2]}'
            if t < prev:
                bad(f'export:{i}: time goes back')
            prev = t
            kind = 'text'
            target = None
            if body in ('Photos', 'Stickers', 'Videos'):
                kind = body
            elif body == f'{sender} joined the group.':
                kind = 'join'
            elif body == f'{sender} left the group.':
                kind = 'leave'
            elif body.startswith(f'{sender} invited ') and body.endswith('.'):
                kind, target = 'invite', body[len(sender) + 9:-1]
            elif body.startswith(f'{sender} removed ') and body.endswith(' from the group.'):
                kind, target = 'remove', body[len(sender) + 9:-len(' from the group.')]
            elif body == 'unsent a message.':
                kind = 'unsend'
            msgs.append({'_line': i, '_file': EXPORT, 'sender': sender, 'time': t, 'kind': kind, 'target': target, 'text': body})
        else:
            if not msgs:
                bad(f'export:{i}: line before any message: {ln!r}')
            elif not ln.strip():
                bad(f'export:{i}: blank line')
            else:
                msgs[-1]['text'] += '\n' + ln
    if not lines or not date_re.match(lines[0]):
        bad('export: must start with a date line')
    return msgs


# ------------------------------------------------------------------ main
def main():
    roster = load_roster()
    collect_renames()
    files = load_jsonl(roster)
    truth = list(csv.DictReader(open(os.path.join(HERE, 'truth.csv'), encoding='utf-8')))
    outsiders_export = [r['who'] for r in truth if r['file'] == EXPORT and r['rule'] == 'OUTSIDER']
    files[EXPORT] = load_export(roster, outsiders_export)
    near = list(csv.DictReader(open(os.path.join(HERE, 'near-misses.csv'), encoding='utf-8')))
    ledger = list(csv.DictReader(open(os.path.join(HERE, 'ledger.csv'), encoding='utf-8')))

    by_name = defaultdict(list)
    by_lid = {}
    for r in roster:
        for nmx in r['display_names'].split('|'):
            by_name[nmx].append(r)
        if r['line_user_id']:
            by_lid[r['line_user_id']] = r

    def resolve(name, sid=None):
        if sid:
            return 'person', by_lid[sid]
        c = by_name.get(name, [])
        if len(c) == 1:
            return 'person', c[0]
        if len(c) > 1:
            return 'ambiguous', None
        return 'outsider', None

    # sizes
    total = sum(len(v) for v in files.values())
    if not 690 <= total <= 710:
        bad(f'{total} messages (want about 690-710)')
    share = len(files['volunteer-centre.jsonl']) / total
    if not 0.35 <= share <= 0.40:
        bad(f'ศอ.จอส.จว.สน. share {share:.2%}')
    print('messages', total, {k: len(v) for k, v in files.items()}, f'ศอ {share:.1%}')

    def find(file, line, mid):
        if file not in files:
            bad(f'unknown file {file}')
            return None
        for m in files[file]:
            if m['_line'] == int(line):
                if file != EXPORT and m.get('id') != mid:
                    bad(f'{file}:{line}: id {mid} does not match {m.get("id")}')
                if file == EXPORT and mid:
                    bad(f'{file}:{line}: export rows carry no message id')
                return m
        bad(f'{file}:{line}: no message starts on that line')
        return None

    # ---- truth rows point at real messages
    with open(os.path.join(HERE, 'truth.csv'), encoding='utf-8') as f:
        if f.readline().strip() != 'rule,file,line,message,who,state,note':
            bad('truth.csv header')
    truth_keys = set()
    for r in truth:
        m = find(r['file'], r['line'], r['message'])
        if not m:
            continue
        truth_keys.add((r['file'], int(r['line'])))
        if r['rule'] == 'SKN-5O':
            if r['file'] != 'volunteer-centre.jsonl' or r['who'] not in DISTRICTS or r['state'] not in ('late', 'missing'):
                bad(f'truth SKN-5O row malformed: {r}')
        else:
            if r['state']:
                bad(f'truth {r["rule"]} with a state')
            ok = r['who'] == m['sender'] or r['who'] == m.get('target')
            if not ok:
                bad(f"truth {r['rule']} {r['file']}:{r['line']}: who {r['who']} is neither sender nor target")
    # ---- near misses point at real messages, never at a truth message
    with open(os.path.join(HERE, 'near-misses.csv'), encoding='utf-8') as f:
        if f.readline().strip() != 'file,line,message,why':
            bad('near-misses.csv header')
    for r in near:
        m = find(r['file'], r['line'], r['message'])
        if (r['file'], int(r['line'])) in truth_keys:
            bad(f"near miss {r['file']}:{r['line']} is also a truth row")
        if not r['why']:
            bad(f"near miss {r['file']}:{r['line']} without why")
    if not 200 <= len(near) <= 240:
        bad(f'{len(near)} near misses (want about 200-240)')

    # ---- membership recomputed
    expected = set()
    for fn, msgs in files.items():
        group = GROUP[fn]
        rule, admitted = ADMIT[group]
        seen = set()
        count = 0
        capped = False
        for m in msgs:
            appear = []
            kind = m.get('event') if fn != EXPORT else m['kind']
            if fn != EXPORT and m.get('type') == 'system' and kind == 'rename':
                appear.append((m['sender'], m.get('senderId'), None))
            else:
                appear.append((m['sender'], m.get('senderId'), None))
            if kind == 'invite':
                appear.append((m['target'], None, m))
            for name, sid, via in appear:
                st, p = resolve(name, sid)
                key = p['person_id'] if p else name
                if key in seen:
                    continue
                seen.add(key)
                if st == 'ambiguous':
                    continue
                if st == 'outsider':
                    expected.add(('OUTSIDER', fn, m['_line'], name))
                    continue
                if roles(p) & admitted:
                    count += 1
                    if group in CAP and count > CAP[group] and not capped:
                        capped = True
                        expected.add(('SKN-CAP', fn, m['_line'], name))
                    continue
                expected.add((rule, fn, m['_line'], name))
                if via is not None:
                    expected.add(('SKN-ALL', fn, m['_line'], name))
                    expected.add(('SKN-ALL', fn, m['_line'], via['sender']))
    got = {(r['rule'], r['file'], int(r['line']), r['who']) for r in truth if r['rule'] in MEMBERSHIP_RULES}
    for e in sorted(expected - got, key=str):
        bad(f'membership finding expected but not in truth.csv: {e}')
    for g in sorted(got - expected, key=str):
        bad(f'truth.csv membership row not recomputed: {g}')

    # ---- posting rules: SKN-2P on every member post in ข้อสั่งการ ปค.สน. (one per post)
    office = {'provincial_admin_staff', 'provincial_palad'}
    p2 = {int(r['line']) for r in truth if r['rule'] == 'SKN-2P'}
    prev = None
    for m in files['pakkhrong-orders.jsonl']:
        if m['type'] == 'system':
            prev = None
            continue
        st, p = resolve(m['sender'], m.get('senderId'))
        if st == 'person' and roles(p) & office:
            if m['_line'] in p2:
                bad(f"SKN-2P on an office post line {m['_line']}")
            prev = None
            continue
        if st == 'ambiguous':
            if m['_line'] in p2:
                bad(f"SKN-2P on an ambiguous sender line {m['_line']}")
            prev = None
            continue
        same_post = (prev is not None and prev['sender'] == m['sender'] and
                     (datetime.datetime.fromisoformat(m['time']) - datetime.datetime.fromisoformat(prev['time'])).total_seconds() <= 90)
        if m['_line'] not in p2 and not same_post:
            bad(f"member post in ข้อสั่งการ ปค.สน. line {m['_line']} without SKN-2P")
        if m['_line'] in p2 and same_post:
            bad(f"second SKN-2P for one post line {m['_line']}")
        prev = m
    for r in truth:
        m = find(r['file'], r['line'], r['message'])
        if not m:
            continue
        st, p = resolve(m['sender'], m.get('senderId'))
        if r['rule'] == 'SKN-4P' and (st != 'person' or roles(p) & {'governor', 'vice_governor'}):
            bad(f'SKN-4P by governor/vice governor or non-roster: {r}')
        if r['rule'] == 'SKN-5P' and st == 'person' and (('provincial_palad' in roles(p)) or ('volunteer_center_staff' in roles(p) and not p['district'])):
            bad(f'SKN-5P on the provincial centre: {r}')
        if r['rule'] == 'SKN-6P' and st != 'person':
            bad(f'SKN-6P by a non-roster sender: {r}')
        if r['rule'] in ('SKN-2P',) and r['file'] != 'pakkhrong-orders.jsonl':
            bad(f'SKN-2P outside its group: {r}')
        for rr, fn in (('SKN-4P', 'executives.jsonl'), ('SKN-5P', 'volunteer-centre.jsonl'), ('SKN-6P', 'heads-chiefs.jsonl')):
            if r['rule'] == rr and r['file'] != fn:
                bad(f'{rr} outside its group: {r}')

    # ---- ledger against the times
    sor = {m['id']: m for m in files['volunteer-centre.jsonl']}
    end = max(m['time'] if len(m['time']) > 16 else m['time'] + ':00+07:00' for v in files.values() for m in v)
    end_dt = datetime.datetime.fromisoformat(end)
    with open(os.path.join(HERE, 'ledger.csv'), encoding='utf-8') as f:
        if f.readline().strip() != 'order,district,state,answer,deadline,note':
            bad('ledger.csv header')
    seen = set()
    per_order = defaultdict(set)
    for r in ledger:
        o = sor.get(r['order'])
        if not o:
            bad(f"ledger: order {r['order']} not in volunteer-centre.jsonl")
            continue
        st, p = resolve(o['sender'], o.get('senderId'))
        if not (st == 'person' and ('provincial_palad' in roles(p) or ('volunteer_center_staff' in roles(p) and not p['district']))):
            bad(f"ledger: order {r['order']} not by the provincial centre")
        if (r['order'], r['district']) in seen:
            bad(f'ledger: duplicate {r["order"]} {r["district"]}')
        seen.add((r['order'], r['district']))
        per_order[r['order']].add(r['district'])
        dl = datetime.datetime.fromisoformat(r['deadline'])
        od = datetime.datetime.fromisoformat(o['time'])
        if dl <= od:
            bad(f"ledger: deadline before order {r}")
        if r['answer']:
            a = sor.get(r['answer'])
            if not a:
                bad(f"ledger: answer {r['answer']} not found")
                continue
            sa, pa = resolve(a['sender'], a.get('senderId'))
            if sa != 'person' or pa['district'] != r['district'] or not (roles(pa) & {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}):
                bad(f"ledger: answer {r['answer']} is not by a person of {r['district']}")
            at = datetime.datetime.fromisoformat(a['time'])
            if at <= od:
                bad(f"ledger: answer {r['answer']} before its order")
            want = 'on-time' if at <= dl else 'late'
            if r['state'] != want:
                bad(f"ledger: {r['order']} {r['district']} state {r['state']} (times say {want})")
        else:
            want = 'missing' if dl < end_dt else 'not-due'
            if r['state'] != want:
                bad(f"ledger: {r['order']} {r['district']} state {r['state']} (times say {want})")
    for o, ds in per_order.items():
        if len(ds) not in (len(DISTRICTS),) and not ds <= set(DISTRICTS):
            bad(f'ledger: odd districts for {o}')
    # ledger late/missing <-> truth SKN-5O
    t5 = {(r['who'], r['state'], r['message']) for r in truth if r['rule'] == 'SKN-5O'}
    l5 = set()
    for r in ledger:
        if r['state'] == 'late':
            l5.add((r['district'], 'late', r['answer']))
        elif r['state'] == 'missing':
            l5.add((r['district'], 'missing', r['order']))
    for x in sorted(t5 ^ l5):
        bad(f'SKN-5O truth and ledger disagree: {x}')
    # no district answers one order twice before its first answer is cited: the cited answer is the district's first
    # answer in the ledger (checked by build), and every answer follows its order (above).

    sc = Counter(r['state'] for r in ledger)
    print('truth rows', len(truth), dict(sorted(Counter(r['rule'] for r in truth).items())))
    print('ledger', len(ledger), dict(sc), 'near misses', len(near), 'end of log', end)
    if PROBLEMS:
        for p in PROBLEMS:
            print('PROBLEM:', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
