# Writes the week's files from the hand-written messages and hand-worked truth in g_*.py.
import csv, json, os, sys
from collections import defaultdict, Counter

sys.path.insert(0, os.path.dirname(__file__))
from people import P, D, DKEYS
from dsl import MSGS, FILES
import g_volunteer, g_pk, g_pj, g_exec, g_heads, g_export, g_more  # noqa: F401  (they fill MSGS)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPORT = 'nakpokkrong-export.txt'
ALL = 'all'
ON, LATE, MISS, ND = 'on-time', 'late', 'missing', 'not-due'


def st(**kw):
    return kw


def alld(default, **over):
    d = {k: default for k in DKEYS}
    d.update(over)
    return d


# --------------------------------------------------------------- orders of the provincial centre, worked by hand
ORDERS = {
    'O1': st(kind='duty', districts=ALL, deadline='2026-01-06T08:47:00+07:00',
             how='"ภายใน ๒๔ ชม." from the order, Mon 5 Jan 2026 08:47:00 -> Tue 6 Jan 08:47:00 (hours, not days: no day rule).',
             exp=alld(ON, kusuman=MISS, kudbak=LATE, taongoi=LATE)),
    'O2': st(kind='duty', districts=['phuphan', 'kudbak', 'taongoi', 'warit', 'phanna'], deadline='2026-01-07T23:59:59+07:00',
             how='"ภายในวันที่ ๗ ม.ค. ๖๙" = by the end of Wed 7 Jan 2026 (a working day). Addressed in the salutation to 5 district chiefs; asks for photos.',
             exp={'phuphan': ON, 'kudbak': ON, 'taongoi': ON, 'warit': LATE, 'phanna': ON}),
    'O3': st(kind='duty', districts=ALL, deadline='2026-01-06T16:30:00+07:00',
             how='"ภายในเวลา ๑๖.๓๐ น. วันนี้" in an order of Tue 6 Jan -> Tue 6 Jan 16:30:00.',
             exp=alld(ON, khamta=LATE, banmuang=LATE, phonnakaeo=MISS)),
    'O4': st(kind='info', how='"แจ้งเพื่อทราบ … (ไม่ต้องรายงาน)": information only, no duty.'),
    'O5': st(kind='duty', districts=['songdao', 'charoensin', 'wanon', 'akat'], deadline='2026-01-08T12:00:00+07:00',
             how='"ก่อนเที่ยงวันพรุ่งนี้" in an order of Wed 7 Jan -> Thu 8 Jan 12:00:00. Addressed in the text ("ขอให้ อ.ส่องดาว อ.เจริญศิลป์ อ.วานรนิวาส และ อ.อากาศอำนวย").',
             exp={'songdao': ON, 'charoensin': ON, 'wanon': ON, 'akat': LATE}),
    'O6': st(kind='duty', districts=ALL, deadline='2026-01-12T23:59:59+07:00',
             how='"ภายใน ๓ วัน" in an order of Wed 7 Jan: day 1 = Thu 8, day 2 = Fri 9, day 3 = Sat 10 (Children\'s Day, a Saturday, not a public holiday but not a working day) -> moves to Mon 12 Jan, end of day. The log ends on Fri 9 Jan, so districts without an answer are not-due.',
             exp=alld(ND, sawang=ON, mueang=ON, songdao=ON, phangkhon=ON, charoensin=ON, nikhom=ON)),
    'O7': st(kind='duty', districts=ALL, deadline='2026-01-09T12:00:00+07:00',
             how='"ภายใน 12.00 น. ของวันที่ 9 ม.ค. 69" -> Fri 9 Jan 2026 12:00:00.',
             exp=alld(ON, nikhom=LATE, khoksi=LATE, kusuman=MISS, phonnakaeo=MISS)),
    'O8': st(kind='duty', districts=['phuphan', 'kudbak', 'taongoi'], deadline='2026-01-09T10:15:00+07:00',
             how='no deadline in the text -> the default 24 hours from the order (Thu 8 Jan 10:15:00) -> Fri 9 Jan 10:15:00. Addressed in the text to 3 districts.',
             exp={'phuphan': ON, 'kudbak': LATE, 'taongoi': MISS}),
    'O9': st(kind='duty', districts=ALL, deadline='2026-01-09T23:59:59+07:00',
             how='"ภายในวันศุกร์ที่ ๙ ม.ค. ๖๙" -> end of Fri 9 Jan. The log ends at 21:12:05 that day, before the deadline: districts without an answer are not-due. Asks for photos.',
             exp=alld(ND, mueang=ON, phangkhon=ON, sawang=ON, charoensin=ON, songdao=ON, wanon=ON, phanna=ON, nikhom=ON)),
    'O10': st(kind='info', how='"แจ้งเพื่อทราบ … ไม่ต้องรายงาน": information only, no duty.'),
    'R1': st(kind='reminder', of='O1', how='reply to O1: "อำเภอที่ยังไม่ได้รายงาน ขอให้ส่งภายในกำหนดเวลา": a reminder, no new duty.'),
    'R2': st(kind='reminder', of='O3', how='reply to O3: "ย้ำ … ยังไม่ได้รายงาน … ตามกำหนด": a reminder, no new duty.'),
    'R3': st(kind='reminder', of='O5', how='reply to O5: "ย้ำ อ.วานรนิวาส และ อ.อากาศอำนวย": a reminder, no new duty.'),
    'R4': st(kind='reminder', of='O8', how='reply to O8: "เร่งรัด … ตามกำหนดเวลา": a reminder, no new duty.'),
    'R5': st(kind='reminder', of='O7', how='reply to O7: "อำเภอที่ยังไม่ได้รายงาน … ขอให้รายงานด่วน": a reminder, no new duty.'),
}


def iso(m):
    return '2026-01-%02dT%s+07:00' % (m['day'], m['hms'])


def main():
    # ---- order, ids, line numbers
    byfile = defaultdict(list)
    for m in MSGS:
        byfile[m['file']].append(m)
    keymap = {}
    n = 0
    for f in FILES:
        lst = sorted(byfile[f], key=lambda m: (m['day'], m['hms'], m['seq']))
        byfile[f] = lst
        for m in lst:
            if f != EXPORT:
                n += 1
                m['id'] = 'm%04d' % n
            else:
                m['id'] = ''
            keymap[m['key']] = m
    order_msg = {}
    for m in MSGS:
        if m['order']:
            order_msg[m['order']] = m
            keymap[m['order']] = m
    # ---- write JSONL
    for f in FILES:
        if f == EXPORT:
            continue
        with open(os.path.join(OUT, f), 'w', encoding='utf-8') as fh:
            for i, m in enumerate(byfile[f], 1):
                m['line'] = i
                o = {'id': m['id'], 'group': FILES[f], 'time': iso(m), 'sender': m['name']}
                if m['sid']:
                    o['senderId'] = m['sid']
                o['type'] = m['type']
                if m['text'] is not None:
                    o['text'] = m['text']
                if m['reply']:
                    o['replyTo'] = keymap[m['reply']]['id']
                if m['event']:
                    o['event'] = m['event']
                if m['target']:
                    o['target'] = m['target']
                if m['att']:
                    o['attachment'] = m['att']
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    # ---- write the LINE export
    wd = {5: 'จ.', 6: 'อ.', 7: 'พ.', 8: 'พฤ.', 9: 'ศ.'}
    lines = ['\ufeff[LINE] ประวัติการแชทในกลุ่ม "นักปกครองสกลนคร"', 'บันทึกเมื่อ 09/01/2569 21:40', '']
    day = None
    for m in byfile[EXPORT]:
        if m['day'] != day:
            if day is not None:
                lines.append('')
            day = m['day']
            lines.append('%s %02d/01/2569' % (wd[day], day))
        hm = m['hms'][:5]
        m['line'] = len(lines) + 1
        if m['type'] == 'system':
            lines.append('%s\t\t%s' % (hm, m['text']))
            continue
        body = {'image': '[รูป]', 'sticker': '[สติกเกอร์]'}.get(m['type'], m['text'])
        if '\n' in body:
            body = '"' + body.replace('"', '""') + '"'
        lines.extend(('%s\t%s\t%s' % (hm, m['name'], body)).split('\n'))
    with open(os.path.join(OUT, EXPORT), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    # ---- roster
    seen = set()
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
        for p in sorted(P.values(), key=lambda p: p['pid']):
            if p['pid'] in seen:
                continue
            seen.add(p['pid'])
            w.writerow([p['pid'], p['full_name'], '|'.join(p['names']), p['role'], p['agency'], p['district'], p['line'], p['email']])
    # ---- ledger
    last = max(iso(m) for m in MSGS)
    answers = defaultdict(list)
    for m in MSGS:
        if m['ans']:
            answers[m['ans']].append(m)
    ledger, truth5 = [], []
    for ok, spec in ORDERS.items():
        if spec['kind'] != 'duty':
            continue
        om = order_msg[ok]
        dists = DKEYS if spec['districts'] == ALL else spec['districts']
        assert set(spec['exp']) == set(dists), ok
        for dk in dists:
            a = sorted(answers.get((ok, dk), []), key=lambda m: iso(m))
            state = spec['exp'][dk]
            ans = a[0] if a else None
            # the hand-worked state must agree with the times
            if ans:
                assert state == (ON if iso(ans) <= spec['deadline'] else LATE), (ok, dk, state)
            else:
                assert state == (MISS if spec['deadline'] < last else ND), (ok, dk, state)
            note = ''
            if ans and ans['type'] == 'image':
                note = 'photos alone (the order asks for photos)'
            elif ans and ans['type'] == 'file':
                note = 'a file alone'
            if ans and ans['reply'] == ok:
                note = (note + '; ' if note else '') + 'a reply to the order'
            if ans and ans['person']['role'] not in ('district_chief',):
                note = (note + '; ' if note else '') + 'sent by %s (%s)' % (ans['name'], ans['person']['role'])
            extra = LEDGER_NOTES.get((ok, dk))
            if extra:
                note = (note + '; ' if note else '') + extra
            ledger.append([om['id'], D[dk], state, ans['id'] if ans else '', spec['deadline'], note])
            if state == LATE:
                truth5.append(['SKN-5O', ans['file'], ans['line'], ans['id'], D[dk], LATE,
                               'first answer to %s (%s) at %s, after the deadline %s' % (om['id'], ok, iso(ans)[11:19] + ' ' + iso(ans)[:10], spec['deadline'])
                               + ('; ' + extra if extra else '')])
            if state == MISS:
                truth5.append(['SKN-5O', om['file'], om['line'], om['id'], D[dk], MISS,
                               'no answer to %s (%s) by the end of the log (%s); deadline %s' % (om['id'], ok, last, spec['deadline'])
                               + ('; ' + extra if extra else '')])
    with open(os.path.join(OUT, 'ledger.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['order', 'district', 'state', 'answer', 'deadline', 'note'])
        w.writerows(ledger)
    # ---- truth and near misses
    truth, near = [], []
    for f in FILES:
        for m in byfile[f]:
            for t in m['f']:
                rule, note = t[0], t[1]
                who = t[2] if len(t) > 2 else m['name']
                truth.append([rule, f, m['line'], m['id'], who, '', note])
            if m['nm']:
                near.append([f, m['line'], m['id'], m['nm']])
    truth += truth5
    with open(os.path.join(OUT, 'truth.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['rule', 'file', 'line', 'message', 'who', 'state', 'note'])
        w.writerows(truth)
    with open(os.path.join(OUT, 'near-misses.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'line', 'message', 'why'])
        w.writerows(near)
    write_truth_md(byfile, order_msg, ledger, truth, near, last)
    print('messages', sum(len(v) for v in byfile.values()), {f: len(byfile[f]) for f in FILES})
    print('findings', Counter(r[0] for r in truth), 'near', len(near))
    print('duties', Counter(r[2] for r in ledger))


LEDGER_NOTES = {
    ('O1', 'kusuman'): 'the only O1 figures for กุสุมาลย์ came from the district clerk (not one of the district\'s people: SKN-5/SKN-5P); the chief\'s "ทราบครับ" is an ack, not a report; the O3 answer of 6 Jan is about Children\'s Day, not O1',
    ('O1', 'taongoi'): 'photos alone on Mon 16:02 do not count (O1 does not ask for photos); the first text report is Tue 13:47',
    ('O1', 'kudbak'): 'the first O1 report is Tue 10:05, 1 h 18 min after the deadline',
    ('O3', 'phonnakaeo'): 'the chief only acknowledged ("รับทราบครับ"); the coordinating deputy posted the plan in ข้อสั่งการ ปค.สน. (wrong group, SKN-2P), which does not count here',
    ('O7', 'kusuman'): 'no answer; the chief wrote on 8 Jan that he was busy (chat, not a report)',
    ('O7', 'phonnakaeo'): 'only an acknowledgement ("รับทราบครับผม") by the coordinating deputy',
    ('O8', 'taongoi'): 'no answer; reminded by R4 on Fri 09:00; the volunteer officer\'s figures of Fri 08:15 are the Children\'s Day count (O7), not O8',
    ('O8', 'kudbak'): 'the volunteer officer\'s "๒๖ คนครับ (วันเด็ก)" of Thu 14:00 answers O7, not O8; the O8 answer is Fri 11:30',
    ('O3', 'sawang'): 'answered 16:29:02, under a minute before 16:30',
    ('O1', 'akat'): 'answered 08:46:05, under a minute before 08:47',
    ('O7', 'phuphan'): 'answered 11:59:10, under a minute before 12:00',
    ('O1', 'banmuang'): 'sender "ปลัดโจ้  บ้านม่วง" (extra space) = roster "ปลัดโจ้ บ้านม่วง"',
    ('O5', 'wanon'): 'sender renamed "แพร 🌸 วานรนิวาส" on 7 Jan; matched by LINE user id',
    ('O6', 'songdao'): 'a nil report ("ไม่มี…")',
}


def write_truth_md(byfile, order_msg, ledger, truth, near, last):
    from textwrap import dedent
    L = []
    L.append(INTRO)
    L.append('## Groups and message counts\n')
    L.append('| file | group | messages |\n|---|---|---|')
    tot = 0
    for f, g in FILES.items():
        L.append('| `%s` | %s | %d |' % (f, g, len(byfile[f])))
        tot += len(byfile[f])
    L.append('| | total | %d |\n' % tot)
    L.append('The last message of the whole log is `%s` in `volunteer-centre.jsonl`: missing reports are judged at that time.\n' % last)
    L.append('## Orders of the provincial volunteer centre (SKN-5O) and the ledger\n')
    for ok, spec in ORDERS.items():
        om = order_msg[ok]
        L.append('### %s — `%s` (line %d), %s by %s\n' % (ok, om['id'], om['line'], iso(om), om['name']))
        L.append('> ' + om['text'].replace('\n', ' / ') + '\n')
        L.append('- kind: **%s**' % spec['kind'] + ('' if spec['kind'] != 'reminder' else ' of %s (`%s`)' % (spec['of'], order_msg[spec['of']]['id'])))
        L.append('- reasoning: ' + spec['how'])
        if spec['kind'] == 'duty':
            L.append('- deadline: `%s`' % spec['deadline'])
            rows = [r for r in ledger if r[0] == om['id']]
            c = Counter(r[2] for r in rows)
            L.append('- districts obliged: %d — %s' % (len(rows), ', '.join('%s %d' % (k, v) for k, v in sorted(c.items()))))
            L.append('\n| district | state | answer | note |\n|---|---|---|---|')
            for r in rows:
                L.append('| %s | %s | %s | %s |' % (r[1], r[2], r[3] or '—', r[5].replace('|', '/')))
        L.append('')
    L.append('## Findings (truth.csv)\n')
    c = Counter(r[0] for r in truth)
    L.append(', '.join('%s %d' % (k, v) for k, v in sorted(c.items())) + '; total %d.\n' % len(truth))
    L.append('| rule | file | line | message | who | state | why |\n|---|---|---|---|---|---|---|')
    for r in truth:
        L.append('| %s | %s | %s | %s | %s | %s | %s |' % tuple(str(x).replace('|', '/') for x in r))
    L.append('\n## Near misses (near-misses.csv): %d\n' % len(near))
    L.append('| file | line | message | why it is not a finding |\n|---|---|---|---|')
    for r in near:
        L.append('| %s | %s | %s | %s |' % tuple(str(x).replace('|', '/') for x in r))
    L.append(OUTRO)
    with open(os.path.join(OUT, 'TRUTH.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


INTRO = open(os.path.join(os.path.dirname(__file__), 'truth_intro.md'), encoding='utf-8').read()
OUTRO = open(os.path.join(os.path.dirname(__file__), 'truth_outro.md'), encoding='utf-8').read()

if __name__ == '__main__':
    main()
