#!/usr/bin/env python3
"""Lay out week AW from the hand-written sources in this folder.

Every message, every truth row, near miss, ledger state and note is written by hand in the
*.txt sources (and people.csv). This script only: parses them, sorts each file by time
(stable), numbers ids and lines, adds seconds and LINE ids, renders the LINE for PC export,
and tabulates truth.csv / ledger.csv / near-misses.csv / TRUTH.md tables.

Source format (one message a line):
    @YYYY-MM-DD                       sets the day
    HH:MM | sender | kind | content | opts
kind: t text (\\n = new line), s sticker, i image, v video, f file (content = file name),
      join (content = notice text), invite / remove (content = target), leave, rename (content =
      new name), unsend.   opts: lab=X (label), re=X (reply to label), sid (always senderId),
      as=Pnnn (the roster person behind a renamed display name)
Annotation lines under a message (indented):
    ! RULE | who | state | note      truth row (who empty = the sender)
    ~ why                            near miss
    = O1 | district | state | note   this message answers order O1 for district
    * O1 | deadline | ALL or list | how it was read     (on the order's line)
"""
import csv, hashlib, json, os, re, sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = 'aw'
DISTRICTS = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน', 'วานรนิวาส',
             'คำตากล้า', 'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย', 'โคกศรีสุพรรณ',
             'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']
# (source, output file, group name, kind)
FILES = [
    ('pakkhrong-orders.txt', 'pakkhrong-orders.jsonl', 'ข้อสั่งการ ปค.สน.', 'jsonl'),
    ('palad-orders.txt', 'palad-orders.jsonl', 'ข้อสั่งการ ปจ.สน.', 'jsonl'),
    ('executives.txt', 'executives.jsonl', 'ผู้บริหารจังหวัด และนายอำเภอ', 'jsonl'),
    ('heads-chiefs.txt', 'heads-chiefs.jsonl', 'หน.ส่วนราชการ-นอภ.สน.', 'jsonl'),
    ('volunteer-centre.txt', 'volunteer-centre.jsonl', 'ศอ.จอส.จว.สน.', 'jsonl'),
    ('nakpokkhrong.txt', '[LINE]นักปกครองสกลนคร.txt', 'นักปกครองสกลนคร', 'export'),
]


def h(s, n=8):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


# ---------------------------------------------------------------- roster
def build_roster():
    rows = list(csv.DictReader(open(os.path.join(HERE, 'people.csv'), encoding='utf-8')))
    out = []
    for r in rows:
        lid = ('U' + hashlib.md5(('aw-line-' + r['person_id']).encode()).hexdigest()) if r['has_line_id'] == 'Y' else ''
        out.append(OrderedDict([('person_id', r['person_id']), ('full_name', r['full_name']),
                                ('display_names', r['display_names']), ('role', r['role']),
                                ('agency', r['agency']), ('district', r['district']),
                                ('line_user_id', lid), ('email', r['email'])]))
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(list(out[0].keys()))
        for r in out:
            w.writerow(list(r.values()))
    return out


# ---------------------------------------------------------------- parse
MSG = re.compile(r'^(\d{2}):(\d{2})\s*\|')


def parse(path):
    msgs = []
    day = None
    for ln, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            day = line[1:].strip()
            continue
        if line[0] in ' \t':
            a = line.strip()
            tag, body = a[0], a[1:].strip()
            parts = [p.strip() for p in body.split('|')]
            m = msgs[-1]
            if tag == '!':
                while len(parts) < 4:
                    parts.append('')
                m['truth'].append({'rule': parts[0], 'who': parts[1], 'state': parts[2], 'note': ' | '.join(parts[3:])})
            elif tag == '~':
                m['near'].append(body)
            elif tag == '=':
                m['answers'].append({'order': parts[0], 'district': parts[1], 'state': parts[2], 'note': parts[3] if len(parts) > 3 else ''})
            elif tag == '*':
                m['order'] = {'order': parts[0], 'deadline': parts[1], 'districts': parts[2], 'reading': parts[3]}
            else:
                raise SystemExit(f'{path}:{ln}: bad annotation')
            continue
        mm = MSG.match(line)
        if not mm:
            raise SystemExit(f'{path}:{ln}: bad line {line!r}')
        parts = [p.strip() for p in line.split('|')]
        while len(parts) < 5:
            parts.append('')
        hhmm, sender, kind, content, opts = parts[0], parts[1], parts[2], parts[3], parts[4]
        o = {}
        for tok in opts.split(';'):
            tok = tok.strip()
            if not tok:
                continue
            if '=' in tok:
                k, v = tok.split('=', 1)
                o[k.strip()] = v.strip()
            else:
                o[tok] = True
        msgs.append({'day': day, 'hhmm': hhmm, 'sender': sender, 'kind': kind, 'content': content.replace('\\n', '\n'),
                     'opts': o, 'truth': [], 'near': [], 'answers': [], 'order': None, 'src': f'{os.path.basename(path)}:{ln}'})
    msgs.sort(key=lambda m: (m['day'], m['hhmm']))  # stable
    # seconds: increasing within a minute
    prev = None
    k = 0
    for m in msgs:
        key = (m['day'], m['hhmm'])
        k = k + 1 if key == prev else 0
        prev = key
        base = int(h(m['src'], 2), 16) % 9 + 2
        m['sec'] = min(59, base + k * 11)
        m['time'] = f"{m['day']}T{m['hhmm']}:{m['sec']:02d}+07:00"
    return msgs


# ---------------------------------------------------------------- main
def main():
    roster = build_roster()
    by_name = defaultdict(list)
    by_pid = {}
    for r in roster:
        by_pid[r['person_id']] = r
        for n in r['display_names'].split('|'):
            by_name[n].append(r)

    files = []
    counter = 0
    labels = {}
    for src, out, group, kind in FILES:
        msgs = parse(os.path.join(HERE, src))
        files.append((src, out, group, kind, msgs))

    # ids for JSONL files in FILES order
    for src, out, group, kind, msgs in files:
        if kind != 'jsonl':
            continue
        for i, m in enumerate(msgs, 1):
            counter += 1
            m['id'] = f'{PREFIX}{counter:04d}'
            m['line'] = i
            if 'lab' in m['opts']:
                labels[(out, m['opts']['lab'])] = m['id']

    truth, near, ledger_orders = [], [], []
    answers = defaultdict(dict)  # order -> district -> (msg, state, note, file)
    summary = {'files': []}

    for src, out, group, kind, msgs in files:
        if kind == 'jsonl':
            with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
                for m in msgs:
                    o = OrderedDict()
                    o['id'] = m['id']
                    o['group'] = group
                    o['time'] = m['time']
                    o['sender'] = m['sender']
                    person = None
                    if 'as' in m['opts']:
                        person = by_pid[m['opts']['as']]
                    elif len(by_name.get(m['sender'], [])) == 1:
                        person = by_name[m['sender']][0]
                    if person and person['line_user_id'] and m['kind'] not in ('join',):
                        if m['opts'].get('sid') or int(h(m['src'] + 'sid', 2), 16) % 3 != 0:
                            o['senderId'] = person['line_user_id']
                    k = m['kind']
                    if k == 't':
                        o['type'] = 'text'; o['text'] = m['content']
                    elif k == 's':
                        o['type'] = 'sticker'
                    elif k in ('i', 'v', 'f'):
                        o['type'] = {'i': 'image', 'v': 'video', 'f': 'file'}[k]
                        o['attachment'] = m['content'] or (('IMG_' if k == 'i' else 'VID_') + h(m['src'] + out).upper() + ('.jpg' if k == 'i' else '.mp4'))
                    elif k in ('join', 'invite', 'remove', 'leave', 'rename', 'unsend'):
                        o['type'] = 'system'; o['event'] = k
                        if k == 'join':
                            o['text'] = m['content']
                        elif k in ('invite', 'remove', 'rename'):
                            o['target'] = m['content']
                    else:
                        raise SystemExit(f"{m['src']}: kind {k}")
                    if 're' in m['opts']:
                        o['replyTo'] = labels[(out, m['opts']['re'])]
                    f.write(json.dumps(o, ensure_ascii=False) + '\n')
        else:
            render_export(out, msgs)
        for m in msgs:
            mid = m.get('id', '')
            for t in m['truth']:
                truth.append([t['rule'], out, m['line'], mid, t['who'] or m['sender'], t['state'], t['note']])
            for n in m['near']:
                near.append([out, m['line'], mid, n])
            if m['order']:
                od = m['order']
                ledger_orders.append((od, m, out))
            for a in m['answers']:
                if a['district'] in answers[a['order']]:
                    raise SystemExit(f"{m['src']}: second answer for {a}")
                answers[a['order']][a['district']] = (m, a['state'], a['note'], out)
        summary['files'].append({'file': out, 'group': group, 'messages': len(msgs)})

    # ledger
    ledger = []
    missing_rows = {(r[4], r[2], r[1]) for r in truth if r[0] == 'SKN-5O' and r[5] == 'missing'}
    for od, m, out in ledger_orders:
        dl = od['districts']
        ds = DISTRICTS if dl == 'ALL' else [d.strip() for d in dl.split(',')]
        for d in ds:
            if d not in DISTRICTS:
                raise SystemExit(f'unknown district {d}')
        for d in DISTRICTS:
            if d not in ds:
                continue
            cite = m['id'] if m.get('id') else str(m['line'])
            if d in answers[od['order']]:
                am, st, note, aout = answers[od['order']][d]
                ledger.append([cite, d, st, am['id'] if am.get('id') else str(am['line']), od['deadline'], f"{od['order']}: {note}" if note else od['order']])
            else:
                st = 'missing' if (d, m['line'], out) in missing_rows else 'not-due'
                ledger.append([cite, d, st, '', od['deadline'], od['order']])
        for d in answers[od['order']]:
            if d not in ds:
                raise SystemExit(f"answer for {d} to {od['order']} which does not address it")

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(header)
            w.writerows(rows)

    filerank = {out: i for i, (_, out, _, _) in enumerate(FILES)}
    truth.sort(key=lambda r: (filerank[r[1]], r[2]))
    near.sort(key=lambda r: (filerank[r[0]], r[1]))
    wcsv('truth.csv', ['rule', 'file', 'line', 'message', 'who', 'state', 'note'], truth)
    wcsv('near-misses.csv', ['file', 'line', 'message', 'why'], near)
    wcsv('ledger.csv', ['order', 'district', 'state', 'answer', 'deadline', 'note'], ledger)

    summary['orders'] = [{'order': od['order'], 'file': out, 'line': m['line'], 'id': m.get('id', ''), 'time': m['time'],
                          'sender': m['sender'], 'deadline': od['deadline'], 'districts': od['districts'],
                          'reading': od['reading']} for od, m, out in ledger_orders]
    json.dump(summary, open(os.path.join(HERE, 'summary.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    import truthmd
    truthmd.write(OUT, HERE, files, truth, near, ledger, summary, roster)
    print('messages', sum(len(x[4]) for x in files), {x[1]: len(x[4]) for x in files})
    print('truth', len(truth), 'near', len(near), 'ledger', len(ledger))


WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def render_export(out, msgs):
    import datetime
    lines = []
    day = None
    for m in msgs:
        if m['day'] != day:
            day = m['day']
            d = datetime.date.fromisoformat(day)
            lines.append(f"{d.strftime('%Y.%m.%d')} {WEEKDAY[d.weekday()]}")
        k = m['kind']
        s = m['sender']
        if k == 't':
            body = m['content']
        elif k == 's':
            body = 'Stickers'
        elif k == 'i':
            body = 'Photos'
        elif k == 'v':
            body = 'Videos'
        elif k == 'join':
            body = f'{s} joined the group.'
        elif k == 'invite':
            body = f"{s} invited {m['content']}."
        elif k == 'leave':
            body = f'{s} left the group.'
        elif k == 'remove':
            body = f"{s} removed {m['content']} from the group."
        elif k == 'unsend':
            body = 'unsent a message.'
        else:
            raise SystemExit(f"{m['src']}: kind {k} not in export")
        m['line'] = len(lines) + 1
        text_lines = body.split('\n')
        for tl in text_lines[1:]:
            if re.match(r'^\d{1,2}:\d{2} ', tl) or re.match(r'^\d{4}\.\d{2}\.\d{2} ', tl) or not tl.strip():
                raise SystemExit(f"{m['src']}: continuation line looks like a message/date line or is blank: {tl!r}")
        lines.append(f"{m['hhmm']} {s} {text_lines[0]}")
        lines.extend(text_lines[1:])
    with open(os.path.join(OUT, out), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
