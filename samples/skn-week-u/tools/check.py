# Self-check of the week-U data: reads only the files in this folder.
import json, csv, re, os, sys, collections, datetime as dt
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []
def err(*a): ERR.append(' '.join(str(x) for x in a))
JS = ['volunteer-centre.jsonl','dopa-orders.jsonl','palad-orders.jsonl','administrators.jsonl','heads-districts.jsonl']
EX = 'executives-export.txt'
# ---- roster
HDR = 'person_id,full_name,display_names,role,agency,district,line_user_id,email'
with open(os.path.join(D,'roster.csv'), encoding='utf-8') as f:
    first = f.readline().strip()
    if first != HDR: err('roster header', first)
ROS = list(csv.DictReader(open(os.path.join(D,'roster.csv'), encoding='utf-8')))
ROLES = {'governor','vice_governor','provincial_palad','provincial_admin_staff','district_chief','deputy_district_chief',
         'coordinating_deputy','agency_head','volunteer_center_staff','staff','retired'}
DIST = ['เมืองสกลนคร','กุสุมาลย์','กุดบาก','พรรณานิคม','พังโคน','วาริชภูมิ','นิคมน้ำอูน','วานรนิวาส','คำตากล้า','บ้านม่วง','อากาศอำนวย',
        'สว่างแดนดิน','ส่องดาว','เต่างอย','โคกศรีสุพรรณ','เจริญศิลป์','โพนนาแก้ว','ภูพาน']
for c in ['person_id','email','line_user_id']:
    cnt = collections.Counter(r[c] for r in ROS if r[c])
    for k,v in cnt.items():
        if v > 1: err('duplicate', c, k)
for r in ROS:
    for ro in r['role'].split('|'):
        if ro not in ROLES: err('bad role', r)
    if r['line_user_id'] and not re.fullmatch(r'U[0-9a-f]{32}', r['line_user_id']): err('bad line id', r)
    if r['district'] and r['district'] not in DIST: err('bad district', r)
rc = collections.Counter()
for r in ROS:
    for ro in r['role'].split('|'): rc[(ro, r['district'] != '')] += 1
for d in DIST:
    rs = [r['role'] for r in ROS if r['district'] == d]
    if 'district_chief' not in rs: err('no chief', d)
    if not any('coordinating_deputy' in x for x in rs): err('no coord', d)
    if not any('volunteer_center_staff' in x for x in rs): err('no vol', d)
two = [r for r in ROS if r['role'] == 'coordinating_deputy|volunteer_center_staff']
if len(two) < 2: err('two-role people < 2')
# ---- identity matching (id, exact name, normalised name)
TITLES = ['นางสาว','นาง','นาย','ว่าที่ร.ต.','ดร.']
def norm(s):
    s = re.sub(r'[\u200b-\u200f\u2066-\u2069\ufeff]', '', s)
    s = re.sub(r'\s+', ' ', s).strip()
    for t in TITLES:
        if s.startswith(t): s = s[len(t):].strip(); break
    return s
BYID = {}
for r in ROS:
    for k in ('line_user_id','email'):
        if r[k]: BYID[r[k]] = r
BYNAME = collections.defaultdict(list); BYNORM = collections.defaultdict(list)
for r in ROS:
    for n in r['display_names'].split('|'):
        BYNAME[n].append(r); BYNORM[norm(n)].append(r)
def who(name, sid=None):
    if sid and sid in BYID: return BYID[sid]
    c = BYNAME.get(name) or BYNORM.get(norm(name)) or []
    if len(c) == 1: return c[0]
    if len(c) > 1: return 'AMBIG'
    return None
# ---- JSONL
MSGS = {}; IDS = set()
for fn in JS:
    rows = []; prev = None
    for i,l in enumerate(open(os.path.join(D,fn), encoding='utf-8'), 1):
        try: o = json.loads(l)
        except Exception as e: err('json', fn, i, e); continue
        for k in ('id','group','time','sender','type'):
            if k not in o: err('missing', k, fn, i)
        if not re.fullmatch(r'u\d{4}', o['id']): err('id format', o['id'])
        if o['id'] in IDS: err('dup id', o['id'])
        IDS.add(o['id'])
        if not re.fullmatch(r'2026-02-(1[6-9]|20)T\d\d:\d\d:\d\d\+07:00', o['time']): err('time', fn, i, o['time'])
        t = dt.datetime.fromisoformat(o['time'])
        if prev and t < prev: err('order', fn, i)
        prev = t; o['_t'] = t; o['_line'] = i
        if o['type'] == 'system' and o.get('event') not in ('join','leave','invite','remove','unsend','rename'): err('event', fn, i)
        if o['type'] in ('file',) and not o.get('attachment'): err('file without attachment', fn, i)
        rows.append(o)
    MSGS[fn] = rows
    if len({o['group'] for o in rows}) != 1: err('group names', fn)
BYMID = {o['id']: (fn, o) for fn in JS for o in MSGS[fn]}
for fn in JS:
    for o in MSGS[fn]:
        if 'replyTo' in o and (o['replyTo'] not in BYMID or BYMID[o['replyTo']][0] != fn): err('reply', o['id'])
# ---- export
EL = open(os.path.join(D,EX), encoding='utf-8').read().split('\n')
if not EL[0].startswith('[LINE]') or not EL[1].startswith('บันทึกเมื่อ'): err('export header')
EXM = []; day = None; inq = False; prevt = None
for i,l in enumerate(EL, 1):
    if i <= 3 or l == '' and not inq: continue
    if inq:
        if re.search(r'(?<!")("")*"$', l) and not l.endswith('""') or l.endswith('"') and (len(l) - len(l.rstrip('"'))) % 2 == 1: inq = False
        continue
    m = re.fullmatch(r'(อา|จ|อ|พ|พฤ|ศ|ส)\. (\d\d)/(\d\d)/(\d{4})', l)
    if m:
        day = dt.date(int(m.group(4))-543, int(m.group(3)), int(m.group(2)))
        wd = ['จ','อ','พ','พฤ','ศ','ส','อา'][day.weekday()]
        if wd != m.group(1): err('weekday', l)
        prevt = None; continue
    m = re.match(r'(\d\d):(\d\d)\t([^\t]*)\t?(.*)$', l)
    if not m: err('export line', i, l); continue
    t = dt.datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    if prevt and t < prevt: err('export order', i)
    prevt = t
    txt = m.group(4)
    if txt.startswith('"') and not (len(txt) > 1 and txt.endswith('"')): inq = True
    EXM.append(dict(_line=i, _t=t, sender=m.group(3), text=txt))
EXBYLINE = {m['_line']: m for m in EXM}
# ---- truth / near-miss rows point at real lines
TR = list(csv.DictReader(open(os.path.join(D,'truth.csv'), encoding='utf-8')))
NM = list(csv.DictReader(open(os.path.join(D,'near-misses.csv'), encoding='utf-8')))
LG = list(csv.DictReader(open(os.path.join(D,'ledger.csv'), encoding='utf-8')))
if list(TR[0].keys()) != ['rule','file','line','message','who','state','note']: err('truth header')
if list(NM[0].keys()) != ['file','line','message','why']: err('nm header')
if list(LG[0].keys()) != ['order','district','state','answer','deadline','note']: err('ledger header')
def at(fn, line, mid):
    line = int(line)
    if fn == EX:
        if line not in EXBYLINE: err('no export msg at', line); return None
        if mid: err('export row with id', line)
        return EXBYLINE[line]
    if fn not in MSGS or line < 1 or line > len(MSGS[fn]): err('bad line', fn, line); return None
    o = MSGS[fn][line-1]
    if o['id'] != mid: err('id mismatch', fn, line, mid, o['id'])
    return o
for r in TR: at(r['file'], r['line'], r['message'])
for r in NM: at(r['file'], r['line'], r['message'])
trl = {(r['file'], r['line']) for r in TR}
for r in NM:
    if (r['file'], r['line']) in trl: err('near miss is also a finding', r['file'], r['line'])
# ---- membership audit (independent of the labels)
ADMIT = {'administrators.jsonl': ('SKN-1', {'governor','provincial_palad','district_chief','coordinating_deputy'}),
         'dopa-orders.jsonl': ('SKN-2', {'provincial_palad','district_chief','coordinating_deputy','provincial_admin_staff'}),
         'palad-orders.jsonl': ('SKN-3', {'provincial_palad','district_chief'}),
         EX: ('SKN-4', {'governor','vice_governor','provincial_palad','district_chief'}),
         'volunteer-centre.jsonl': ('SKN-5', {'provincial_palad','district_chief','deputy_district_chief','coordinating_deputy','volunteer_center_staff'}),
         'heads-districts.jsonl': ('SKN-6', {'governor','vice_governor','agency_head','district_chief'})}
def admitted(r, fn): return any(x in ADMIT[fn][1] for x in r['role'].split('|'))
EXP = collections.Counter()
def appear(fn, seen, name, sid, line, mid, inviter=None, via=None):
    r = who(name, sid)
    key = r['person_id'] if isinstance(r, dict) else ('AMBIG:' + name if r == 'AMBIG' else 'OUT:' + norm(name))
    if key in seen: return
    seen.add(key)
    if r == 'AMBIG': return
    if r is None: EXP[('OUTSIDER', fn, str(line))] += 1; return
    if not admitted(r, fn):
        EXP[(ADMIT[fn][0], fn, str(line))] += 1
        if via == 'invite':
            EXP[('SKN-ALL', fn, str(line))] += 2
exp_sys = []
for fn in JS:
    seen = set()
    for o in MSGS[fn]:
        if o['type'] == 'system':
            if o['event'] == 'invite':
                appear(fn, seen, o['sender'], o.get('senderId'), o['_line'], o['id'])
                appear(fn, seen, o['target'], None, o['_line'], o['id'], via='invite')
            elif o['event'] in ('join','leave'):
                appear(fn, seen, o['sender'], o.get('senderId'), o['_line'], o['id'])
            else:
                appear(fn, seen, o['sender'], o.get('senderId'), o['_line'], o['id'])
        else:
            appear(fn, seen, o['sender'], o.get('senderId'), o['_line'], o['id'])
seen = set()
for m in EXM:
    if m['sender'] == '':
        mm = re.fullmatch(r'(.+) เพิ่ม (.+) เข้ากลุ่ม', m['text'])
        if mm:
            appear(EX, seen, mm.group(1), None, m['_line'], ''); appear(EX, seen, mm.group(2), None, m['_line'], '', via='invite'); continue
        mm = re.fullmatch(r'(.+) (ออกจากกลุ่ม|เข้าร่วมกลุ่ม)', m['text'])
        if mm: appear(EX, seen, mm.group(1), None, m['_line'], ''); continue
        err('unknown system line', m['_line'])
    else:
        appear(EX, seen, m['sender'], None, m['_line'], '')
MEMB = {'SKN-1','SKN-2','SKN-3','SKN-4','SKN-5','SKN-6','OUTSIDER','SKN-ALL'}
GOT = collections.Counter((r['rule'], r['file'], r['line']) for r in TR if r['rule'] in MEMB)
if GOT != EXP:
    for k in set(GOT) | set(EXP):
        if GOT[k] != EXP[k]: err('membership mismatch', k, 'truth', GOT[k], 'expected', EXP[k])
# ---- SKN-2P: every post by a non-office member of ข้อสั่งการ ปค.สน.
fn = 'dopa-orders.jsonl'; posts = []
for o in MSGS[fn]:
    if o['type'] == 'system': continue
    if posts and posts[-1][-1]['sender'] == o['sender'] and (o['_t'] - posts[-1][-1]['_t']).total_seconds() < 180 and o['type'] != 'text':
        posts[-1].append(o)
    else: posts.append([o])
exp2p = set()
for p in posts:
    r = who(p[0]['sender'], p[0].get('senderId'))
    if r in (None, 'AMBIG'): continue
    if not any(x in ('provincial_admin_staff','provincial_palad') for x in r['role'].split('|')):
        exp2p.add(str(p[0]['_line']))
got2p = {r['line'] for r in TR if r['rule'] == 'SKN-2P'}
if exp2p != got2p: err('SKN-2P mismatch', sorted(exp2p ^ got2p))
# ---- ledger
END = max([o['_t'] for fn in JS for o in MSGS[fn]] + [m['_t'] for m in EXM])
VC = 'volunteer-centre.jsonl'
DUTY = collections.defaultdict(dict)
for r in LG:
    dl = dt.datetime.fromisoformat(r['deadline'])
    if r['order'] not in BYMID or BYMID[r['order']][0] != VC: err('ledger order not in vc', r['order']); continue
    o = BYMID[r['order']][1]
    if o['sender'] not in ('ปลัดจังหวัดสกลนคร','จอส.จังหวัด แอน','ต้น ศอ.จอส.จว.สน.'): err('order sender', r['order'])
    if dl <= o['_t']: err('deadline before order', r)
    st = r['state']
    if st in ('on-time','late'):
        if r['answer'] not in BYMID: err('answer id', r); continue
        af, a = BYMID[r['answer']]
        if af != VC: err('answer not in vc', r)
        p = who(a['sender'], a.get('senderId'))
        if not isinstance(p, dict) or p['district'] != r['district'] or not any(x in ('district_chief','deputy_district_chief','coordinating_deputy','volunteer_center_staff') for x in p['role'].split('|')):
            err('answer sender not of district', r, a['sender'])
        if a['_t'] <= o['_t']: err('answer before order', r)
        if st == 'on-time' and a['_t'] > dl: err('on-time but after deadline', r, a['time'])
        if st == 'late' and a['_t'] <= dl: err('late but before deadline', r, a['time'])
        if a['_t'] > END: err('after end')
    elif st == 'missing':
        if r['answer'] or dl >= END: err('missing row', r)
    elif st == 'not-due':
        if r['answer'] or dl < END: err('not-due row', r)
    else: err('state', r)
    DUTY[r['order']][r['district']] = (st, BYMID[r['answer']][1]['_t'] if r['answer'] else None)
    if st == 'late' and not any(t['rule']=='SKN-5O' and t['message']==r['answer'] and t['who']==r['district'] and t['state']=='late' for t in TR): err('no late truth row', r)
    if st == 'missing' and not any(t['rule']=='SKN-5O' and t['message']==r['order'] and t['who']==r['district'] and t['state']=='missing' for t in TR): err('no missing truth row', r)
n5o = sum(1 for t in TR if t['rule']=='SKN-5O'); nlm = sum(1 for r in LG if r['state'] in ('late','missing'))
if n5o != nlm: err('5O rows', n5o, nlm)
# reminders: the districts they name are those still owing at that moment
DN = {d: d for d in DIST}
for o in MSGS[VC]:
    if o.get('replyTo') in DUTY and o['sender'] in ('ปลัดจังหวัดสกลนคร','จอส.จังหวัด แอน','ต้น ศอ.จอส.จว.สน.') and ('ยังไม่' in o.get('text','')):
        named = {d for d in DIST if 'อ.' + d in o['text']}
        owing = {d for d,(st,t) in DUTY[o['replyTo']].items() if t is None or t > o['_t']}
        if named != owing: err('reminder', o['id'], 'names', named, 'owing', owing)
        else: print('reminder ok', o['id'], sorted(named))
# answers in vc that no ledger row uses but look like a second answer are fine; list orders by kind
# ---- counts
cnt = {fn: len(MSGS[fn]) for fn in JS}; cnt[EX] = len(EXM)
tot = sum(cnt.values())
print('messages', cnt, 'total', tot, 'vc share %.0f%%' % (100*cnt[VC]/tot))
rules = collections.Counter(r['rule'] for r in TR)
print('findings', dict(sorted(rules.items())), 'non-5O', sum(v for k,v in rules.items() if k != 'SKN-5O'))
print('near misses', len(NM), 'ledger', len(LG), dict(collections.Counter(r['state'] for r in LG)), 'orders', len({r['order'] for r in LG}))
print('log end', END.isoformat())
if rules['SKN-2P'] < 6: err('SKN-2P < 6')
if rules['OUTSIDER'] < 3: err('OUTSIDER < 3')
if sum(v for k,v in rules.items() if k != 'SKN-5O') < 25: err('violations < 25')
if len(NM) < 25: err('near misses < 25')
if nlm < 10: err('late+missing < 10')
if len({r['order'] for r in LG}) < 9: err('orders < 9')
print('\n'.join(ERR) if ERR else 'ALL CHECKS PASSED')
sys.exit(1 if ERR else 0)
