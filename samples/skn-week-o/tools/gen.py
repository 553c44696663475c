# Render the week: chat files, roster, truth, ledger, near misses, and a summary used by TRUTH.md.
import csv, json, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
from roster_data import R, roster_rows, name, uid, dd, D
from frame import sender_name
import g_volunteer, g_dopa, g_rest

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
TZ = dt.timezone(dt.timedelta(hours=7))
WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

def when(e, sec=0):
    d, hm = e['t'].split(' ')
    h, m = map(int, hm.split(':'))
    return dt.datetime(2026, 5, int(d), h, m, sec, tzinfo=TZ)

def tname(target):
    return target[1] if isinstance(target, tuple) else name(target)

truth, nms, ledger, summary = [], [], [], {}
counter = [0]

def record(e, fname, line, mid):
    e['_file'], e['_line'], e['_id'] = fname, line, mid
    for (rule, who, state, note) in e.get('tr', []):
        truth.append(dict(rule=rule, file=fname, line=line, message=mid, who=who, state=state, note=note))
    if e.get('nm'):
        nms.append(dict(file=fname, line=line, message=mid, why=e['nm']))

# ---------------------------------------------------------------- JSONL groups
jsonl_groups = [g_dopa.G] + g_rest.GROUPS
for G in jsonl_groups:
    evs = G.sorted()
    lines = []
    per_min = {}
    for i, e in enumerate(evs):
        counter[0] += 1
        mid = 'o%04d' % counter[0]
        key = e['t']
        k = per_min.get(key, 0); per_min[key] = k + 1
        sec = min(59, 4 + 9 * k + (hash(mid) % 5 if False else (counter[0] * 7) % 5))
        e['_time'] = when(e, sec)
        m = dict(id=mid, group=G.gname, time=e['_time'].isoformat())
        m['sender'] = sender_name(e)
        if not isinstance(e['who'], tuple) and uid(e['who']):
            m['senderId'] = uid(e['who'])
        m['type'] = e['type']
        if e['type'] == 'system':
            m['event'] = e['event']
            if e.get('target'):
                m['target'] = tname(e['target'])
        if e.get('text'):
            m['text'] = e['text']
        if e.get('reply'):
            m['replyTo'] = e['reply']['_id']
        if e.get('attachment'):
            m['attachment'] = e['attachment']
        elif e['type'] == 'file':
            m['attachment'] = 'document.pdf'
        e['_id'] = mid
        lines.append(json.dumps(m, ensure_ascii=False))
        record(e, G.fname, i + 1, mid)
    with open(os.path.join(OUT, G.fname), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    summary[G.fname] = dict(group=G.gname, messages=len(evs))

# ---------------------------------------------------------------- the PC export
V = g_volunteer.G
evs = V.sorted()
out = []
cur = None
PLACE = {'image': 'Photos', 'sticker': 'Stickers', 'file': 'Files', 'video': 'Videos'}
for e in evs:
    d = int(e['t'][:2])
    if d != cur:
        cur = d
        out.append('2026.05.%02d %s' % (d, WEEKDAY[dt.date(2026, 5, d).weekday()]))
    hm = e['t'][3:]
    n = sender_name(e)
    if e['type'] == 'system':
        ev = e['event']
        if ev == 'join':
            body = '%s joined the group.' % n
        elif ev == 'leave':
            body = '%s left the group.' % n
        elif ev == 'invite':
            body = '%s invited %s.' % (n, tname(e['target']))
        elif ev == 'remove':
            body = '%s removed %s from the group.' % (n, tname(e['target']))
        text_lines = [body]
    elif e['type'] == 'text':
        text_lines = e['text'].split('\n')
    else:
        text_lines = [PLACE[e['type']]]
    line = len(out) + 1
    out.append('%s %s %s' % (hm, n, text_lines[0]))
    out.extend(text_lines[1:])
    e['_time'] = when(e)
    record(e, V.fname, line, '')
with open(os.path.join(OUT, V.fname), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
summary[V.fname] = dict(group=V.gname, messages=len(evs), lines=len(out))

# ---------------------------------------------------------------- ledger (SKN-5O) from the answers planted by hand
all_ev = [e for G in jsonl_groups + [V] for e in G.ev]
judge = max(e['_time'] for e in all_ev)
last = [e for e in all_ev if e['_time'] == judge]
summary['judge'] = judge.isoformat()
summary['judge_at'] = '%s line %s' % (last[0]['_file'], last[0]['_line'])
orders = [e for e in evs if e.get('order')]
answers = {}
for e in evs:
    for k in ('ans', 'ans2'):
        if e.get(k):
            answers.setdefault(e[k], []).append(e)
summary['orders'] = []
for o in orders:
    info = dict(key=o['order'], line=o['_line'], time=o['t'], sender=sender_name(o), info_only=bool(o.get('info_only')),
                deadline=o.get('deadline'), reason=o.get('reason'), districts=o.get('districts'), rows=[])
    summary['orders'].append(info)
    if o.get('info_only'):
        continue
    dl = dt.datetime.fromisoformat(o['deadline'])
    for d in o['districts']:
        a = sorted(answers.get((o['order'], d), []), key=lambda e: e['_line'])
        if not a:
            state = 'missing' if dl <= judge else 'not-due'
            ans = ''
            note = 'no answer by the end of the log' if state == 'missing' else 'no answer yet; deadline after the end of the log'
        else:
            a0 = a[0]
            state = 'on-time' if a0['_time'] <= dl else 'late'
            ans = str(a0['_line'])
            note = 'answered %s by %s' % (a0['t'].replace('04 ', 'Mon ').replace('05 ', 'Tue ').replace('06 ', 'Wed ').replace('07 ', 'Thu ').replace('08 ', 'Fri '), sender_name(a0))
            note += {'p': ' (photos alone)', 'pc': ' (photos, then a caption)', 'tp': ' (text and photos)', 'f': ' (text and file)'}.get(a0.get('form'), '')
            if a0.get('ans2') == (o['order'], d):
                note += ' (same post also answers %s)' % a0['ans'][0]
            elif a0.get('ans2'):
                note += ' (same post also answers %s)' % a0['ans2'][0]
        ledger.append(dict(order=str(o['_line']), district=d, state=state, answer=ans, deadline=o['deadline'], note='%s: %s' % (o['order'], note)))
        info['rows'].append((d, state, ans, note))
        if state == 'late':
            truth.append(dict(rule='SKN-5O', file=V.fname, line=int(ans), message='', who=d, state='late',
                              note='%s: first answer after the deadline %s' % (o['order'], o['deadline'])))
        if state == 'missing':
            truth.append(dict(rule='SKN-5O', file=V.fname, line=o['_line'], message='', who=d, state='missing',
                              note='%s: no answer by the end of the log (deadline %s)' % (o['order'], o['deadline'])))

# ---------------------------------------------------------------- write CSVs
def wcsv(fn, header, rows):
    with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header] if isinstance(r, dict) else r)

wcsv('roster.csv', ['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'], roster_rows())
fo = {G.fname: i for i, G in enumerate(jsonl_groups + [V])}
truth.sort(key=lambda r: (fo[r['file']], int(r['line']), r['rule']))
wcsv('truth.csv', ['rule', 'file', 'line', 'message', 'who', 'state', 'note'], truth)
wcsv('ledger.csv', ['order', 'district', 'state', 'answer', 'deadline', 'note'], ledger)
nms.sort(key=lambda r: (fo[r['file']], int(r['line'])))
wcsv('near-misses.csv', ['file', 'line', 'message', 'why'], nms)

# notes for TRUTH.md
summary['notes'] = [dict(file=e['_file'], line=e['_line'], note=e['note']) for e in all_ev if e.get('note')]
summary['reminders'] = [dict(line=e['_line'], of=e['reminder'], time=e['t']) for e in evs if e.get('reminder')]
with open(os.path.join(OUT, 'tools', 'summary.json'), 'w', encoding='utf-8') as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print(json.dumps({k: v for k, v in summary.items() if k not in ('orders', 'notes', 'reminders')}, ensure_ascii=False, indent=1))
print('truth', len(truth), 'near misses', len(nms), 'ledger', len(ledger))
