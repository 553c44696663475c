"""Writes week T (15-19 Sep 2025) from the hand-written group scripts g_*.py.
Line numbers and message ids are assigned here; every finding, near miss and duty answer is
annotated by hand on the message it concerns. Run: python3 build.py (writes into ..)."""
import csv, json, os, re, sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(__file__))
from people import P, DNAME, ALL, NAME2KEYS
import lib
import g_vol, g_dopa, g_palad, g_exec, g_heads, g_officers  # noqa: F401 (they fill lib.MSGS)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FILES = ['volunteer-centre.jsonl', 'dopa-orders.jsonl', 'palad-orders.jsonl', 'executives.jsonl',
         'heads-districts.jsonl', 'district-officers.jsonl']
ROLES = {'governor', 'vice_governor', 'provincial_palad', 'provincial_admin_staff', 'district_chief',
         'deputy_district_chief', 'coordinating_deputy', 'agency_head', 'volunteer_center_staff', 'staff', 'retired'}

# ---- hand-worked duties (SKN-5O) ----
DL = {
    'O1': ('2025-09-17T23:59:59+07:00', ALL,
           'Posted Mon 15 Sep 08:40. "ภายในวันที่ ๑๗ ก.ย. ๖๘": a date, so the whole of Wed 17 Sep counts; deadline end of that day.'),
    'O2': ('2025-09-15T16:30:00+07:00', ['akat', 'wanon', 'banmuang', 'khamta'],
           'Posted Mon 15 Sep 10:15 to four named district chiefs. "ภายในเวลา ๑๖.๓๐ น. วันนี้": 16:30 the same day.'),
    'O4': ('2025-09-17T12:00:00+07:00', ALL,
           'Posted Tue 16 Sep 09:00. "ก่อนเที่ยงวันพรุ่งนี้ (๑๗ ก.ย.)": noon of Wed 17 Sep.'),
    'O5': ('2025-09-18T23:59:59+07:00', ALL,
           'Posted Tue 16 Sep 13:30 with no deadline in its text; the second photo of the letter carries the caption '
           '"…ภายในวันที่ ๑๘ กันยายน ๒๕๖๘", which is part of the same post, so the deadline is the end of Thu 18 Sep '
           '(not the 24-hour default, which would have ended Wed 17 Sep 13:30).'),
    'O7': ('2025-09-18T10:00:00+07:00', ['mueang', 'phonna', 'khoksi'],
           'Posted Wed 17 Sep 10:00 to three named districts. "ภายใน ๒๔ ชม.": Thu 18 Sep 10:00.'),
    'O9': ('2025-09-22T23:59:59+07:00', ALL,
           'Posted Thu 18 Sep 09:10. "ภายใน ๓ วัน": counting starts the day after the order (Fri 19 = day 1, Sat 20 = day 2, '
           'Sun 21 = day 3); the last day is a Sunday, so the period runs to the end of the next working day, Mon 22 Sep. '
           'Not yet due when the log ends.'),
    'O10': ('2025-09-19T12:00:00+07:00', ['akat', 'wanon', 'banmuang', 'khamta', 'sawang', 'phonna'],
            'Posted Thu 18 Sep 13:00 to six named districts. "ภายใน 12.00 น. ของวันที่ 19 ก.ย. 68": Fri 19 Sep 12:00.'),
    'O12': ('2025-09-20T09:00:00+07:00', ['kutbak', 'phuphan', 'songdao'],
            'Posted Fri 19 Sep 09:00 to three named districts with no deadline ("รายงานผล…ทราบด้วย"): the default 24 hours, '
            'Sat 20 Sep 09:00. Not yet due when the log ends.'),
    'O13': ('2025-09-19T16:30:00+07:00', ['taongoi', 'songdao', 'charoen', 'warit', 'nikhom'],
            'Posted Tue 16 Sep 15:30 to five named districts. "ภายในเวลา ๑๖.๓๐ น. วันศุกร์ที่ ๑๙ ก.ย. ๖๘": Fri 19 Sep 16:30.'),
}
EXPECT = {  # by hand; everything else on-time (or not-due for O9/O12)
    'O1': {'nikhom': 'late', 'banmuang': 'late', 'songdao': 'missing'},
    'O2': {'banmuang': 'late'},
    'O4': {'warit': 'late', 'banmuang': 'late', 'songdao': 'late', 'khoksi': 'late'},
    'O5': {'warit': 'late', 'khoksi': 'late', 'khamta': 'missing', 'banmuang': 'missing'},
    'O7': {'khoksi': 'late'},
    'O9': {d: 'not-due' for d in ALL if d not in ('sawang', 'akat', 'mueang', 'phuphan', 'kusuman')},
    'O10': {'khamta': 'late', 'banmuang': 'missing'},
    'O12': {'songdao': 'not-due'},
    'O13': {'warit': 'late', 'songdao': 'missing'},
}
NO_DUTY = {'O3': 'information only: "แจ้งเพื่อทราบ … ไม่ต้องรายงาน"', 'O8': 'information only: "เพื่อทราบ … ไม่ต้องรายงานกลับ"',
           'O6': 'reminder of O1 (ย้ำเตือน, อำเภอที่ยังไม่ได้รายงาน, a reply to O1)',
           'O11': 'O4 repeated in new words as a reminder (ทวงถาม, ยังขาด…, a reply to O4)'}

ELIG = {
    'นักปกครองสกลนคร': ('SKN-1', {'governor', 'provincial_palad', 'district_chief', 'coordinating_deputy'}),
    'ข้อสั่งการ ปค.สน.': ('SKN-2', {'provincial_palad', 'district_chief', 'coordinating_deputy', 'provincial_admin_staff'}),
    'ข้อสั่งการ ปจ.สน.': ('SKN-3', {'provincial_palad', 'district_chief'}),
    'ผู้บริหารจังหวัด และนายอำเภอ': ('SKN-4', {'governor', 'vice_governor', 'provincial_palad', 'district_chief'}),
    'ศอ.จอส.จว.สน.': ('SKN-5', {'provincial_palad', 'district_chief', 'deputy_district_chief', 'coordinating_deputy',
                                 'volunteer_center_staff'}),
    'หน.ส่วนราชการ-นอภ.สน.': ('SKN-6', {'governor', 'vice_governor', 'agency_head', 'district_chief'}),
}


def norm(n):
    n = re.sub(r'[\u200b-\u200d\ufeff]', '', n)
    n = re.sub(r'\s+', ' ', n).strip()
    for t in ('นางสาว', 'นาย', 'นาง'):
        if n.startswith(t):
            n = n[len(t):].strip()
    return n


NORM2KEYS = {}
for k, p in P.items():
    for n in p['names']:
        NORM2KEYS.setdefault(norm(n), set()).add(k)


def resolve(name, sid=None):
    if sid:
        for k, p in P.items():
            if sid in (p['line_id'], p['mail']):
                return k
    ks = NAME2KEYS.get(name)
    if ks:
        return ks[0] if len(ks) == 1 else 'AMBIGUOUS'
    ks = NORM2KEYS.get(norm(name))
    if ks:
        return list(ks)[0] if len(ks) == 1 else 'AMBIGUOUS'
    return None


def roles(k):
    return set(P[k]['role'].split('|'))


def disp(who, name=None):
    if name:
        return name
    return P[who]['name'] if who in P else who


def main():
    # ---- order, ids, lines ----
    nid = 0
    bylabel, rows = {}, {}
    for f in FILES:
        ms = sorted(lib.MSGS[f], key=lambda e: (e['t'], e['seq']))
        for i, e in enumerate(ms):
            nid += 1
            e['id'] = 't%04d' % nid
            e['line'] = i + 1
            e['file'] = f
            e['sender'] = disp(e['who'], e['name'])
            if e['label']:
                assert e['label'] not in bylabel, e['label']
                bylabel[e['label']] = e
        rows[f] = ms
    log_end = max(e['t'] for f in FILES for e in rows[f])
    # ---- write JSONL ----
    for f in FILES:
        with open(os.path.join(OUT, f), 'w', encoding='utf-8') as fh:
            for e in rows[f]:
                o = {'id': e['id'], 'group': lib.GROUP[f], 'time': e['t'].replace(' ', 'T') + '+07:00', 'sender': e['sender']}
                if e['sid'] and e['who'] in P:
                    p = P[e['who']]
                    if p['line_id'] or p['mail']:
                        o['senderId'] = p['line_id'] or p['mail']
                o['type'] = e['typ'] if e['typ'] != 'text' else 'text'
                if e['text'] is not None:
                    o['text'] = e['text']
                if e['reply']:
                    o['replyTo'] = bylabel[e['reply']]['id']
                if e['event']:
                    o['event'] = e['event']
                if e['target']:
                    o['target'] = e['target']
                if e['att']:
                    o['attachment'] = e['att']
                e['json'] = o
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    # ---- roster ----
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
        for i, (k, p) in enumerate(P.items()):
            p['pid'] = 'P%03d' % (i + 1)
            w.writerow([p['pid'], p['full'], '|'.join(p['names']), p['role'], p['agency'],
                        DNAME.get(p['district'], ''), p['line_id'], p['mail']])
    # ---- truth ----
    truth = []
    for f in FILES:
        for e in rows[f]:
            for v in e['v']:
                rule, note = v[0], v[1]
                who = v[2] if len(v) > 2 else e['sender']
                truth.append(dict(rule=rule, file=f, line=e['line'], message=e['id'], who=who, state='', note=note))
    # ---- ledger ----
    answers = {}
    for f in FILES:
        for e in rows[f]:
            if e['ans']:
                o, d = e['ans']
                assert f == 'volunteer-centre.jsonl'
                k = e['who']
                assert P[k]['district'] == d, (e['id'], k, d)
                assert roles(k) & {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}
                assert e['t'] > bylabel[o]['t'], (o, d)
                answers.setdefault((o, d), []).append(e)
    ledger = []
    for o, (dl, dists, how) in DL.items():
        oe = bylabel[o]
        dlt = dl[:19].replace('T', ' ')
        for d in dists:
            a = sorted(answers.get((o, d), []), key=lambda e: e['t'])
            if a:
                st = 'on-time' if a[0]['t'] <= dlt else 'late'
            else:
                st = 'missing' if dlt < log_end else 'not-due'
            exp = EXPECT[o].get(d, 'on-time')
            assert st == exp, (o, d, st, exp)
            ledger.append(dict(order=oe['id'], district=DNAME[d], state=st, answer=a[0]['id'] if a else '', deadline=dl,
                               note='%s; answered %s by %s' % (o, a[0]['t'][5:16], a[0]['sender']) if a else o))
            if st in ('late', 'missing'):
                src = a[0] if st == 'late' else oe
                truth.append(dict(rule='SKN-5O', file='volunteer-centre.jsonl', line=src['line'], message=src['id'],
                                  who=DNAME[d], state=st,
                                  note='%s order %s (deadline %s): %s' % (o, oe['id'], dl[:16],
                                                                           'first answer ' + a[0]['t'][5:16] if a else 'no answer by log end')))
    for (o, d) in answers:
        assert o in DL and d in DL[o][1], (o, d)
    fo = {f: i for i, f in enumerate(FILES)}
    truth.sort(key=lambda r: (fo[r['file']], r['line'], r['rule']))
    with open(os.path.join(OUT, 'truth.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, ['rule', 'file', 'line', 'message', 'who', 'state', 'note'])
        w.writeheader()
        w.writerows(truth)
    with open(os.path.join(OUT, 'ledger.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, ['order', 'district', 'state', 'answer', 'deadline', 'note'])
        w.writeheader()
        w.writerows(ledger)
    near = [dict(file=f, line=e['line'], message=e['id'], why=e['nm']) for f in FILES for e in rows[f] if e['nm']]
    with open(os.path.join(OUT, 'near-misses.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, ['file', 'line', 'message', 'why'])
        w.writeheader()
        w.writerows(near)

    # ---- independent recomputation of membership findings and SKN-2P ----
    exp = set()
    for f in FILES:
        g = lib.GROUP[f]
        rule, ok = ELIG[g]
        seen = set()
        for e in rows[f]:
            j = e['json']
            ev = j.get('event')
            people = []
            if ev == 'invite':
                people = [(j['sender'], j.get('senderId'), None), (j['target'], None, j['sender'])]
            elif ev == 'remove':
                people = [(j['sender'], j.get('senderId'), None)]
            else:
                people = [(j['sender'], j.get('senderId'), None)]
            for name, sid, inviter in people:
                k = resolve(name, sid)
                key = k if k not in (None, 'AMBIGUOUS') else name
                if key in seen:
                    continue
                seen.add(key)
                if k == 'AMBIGUOUS':
                    continue
                if k is None:
                    exp.add(('OUTSIDER', f, e['line'], name))
                    continue
                if not (roles(k) & ok):
                    exp.add((rule, f, e['line'], name))
                    if inviter:
                        exp.add(('SKN-ALL', f, e['line'], name))
                        exp.add(('SKN-ALL', f, e['line'], inviter))
            if g == 'ข้อสั่งการ ปค.สน.' and j['type'] != 'system':
                k = resolve(j['sender'], j.get('senderId'))
                if k in (None, 'AMBIGUOUS') or not (roles(k) & {'provincial_admin_staff', 'provincial_palad'}):
                    exp.add(('SKN-2P', f, e['line'], j['sender']))
    got = {(r['rule'], r['file'], r['line'], r['who']) for r in truth
           if r['rule'] in ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER', 'SKN-2P')}
    if exp != got:
        print('MISMATCH missing from truth:', sorted(exp - got))
        print('MISMATCH extra in truth:', sorted(got - exp))
        sys.exit(1)
    json.dump(dict(log_end=log_end, labels={k: v['id'] for k, v in bylabel.items()}), open(os.path.join(os.path.dirname(__file__), 'labels.json'), 'w'))
    print('log end', log_end)
    for f in FILES:
        print(f, len(rows[f]))
    print('total', sum(len(rows[f]) for f in FILES))
    from collections import Counter
    print(Counter(r['rule'] for r in truth))
    print(Counter(r['state'] for r in ledger), len(ledger))
    print('near misses', len(near))
    return rows, truth, ledger, near, bylabel, log_end


if __name__ == '__main__':
    R = main()
    import write_md
    write_md.write(OUT, *R, DL=DL, NO_DUTY=NO_DUTY, FILES=FILES)
