# Builds the week W data set: roster.csv, the six group logs, truth.csv, ledger.csv, near-misses.csv.
# Every planted finding is tagged by hand on its message; membership findings are also derived from the
# roster and the group table of EVAL-RULES.md and the two must agree (see cross_check()).
import csv, json, os, sys, unicodedata, re, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
from framework import *
import g_vol, g_pk, g_other
from roster_data import DISTRICTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

g_vol.build(); g_vol.build_answers()
g_pk.build()
g_other.build_nak(); g_other.build_exe(); g_other.build_heads(); g_other.build_pj()

# ---------------- order, names, ids ----------------
for m in MSGS:
    if m['group'] == G_VOL and m.get('person') == 'c_songdao' and m['t'] > g_vol.SONGDAO_RENAME and m['sender'] == dn('c_songdao'):
        m['sender'] = g_vol.SONGDAO_NEW
def gender(k):
    fn = BY_KEY[k]['full_name']
    if k.startswith('ofc'):
        return None
    return 'F' if fn.startswith('นาง') else 'M'
PART = re.compile('(ครับผม|ครับ|คับ|ค่ะ|คะ)(?=$|[^\u0E00-\u0E7F]|ท่าน)')
def fix_particles(text, g):
    if g == 'M':
        return PART.sub(lambda x: {'ค่ะ': 'ครับ', 'คะ': 'ครับ'}.get(x.group(1), x.group(1)), text)
    return PART.sub(lambda x: {'ครับผม': 'ค่ะ', 'ครับ': 'ค่ะ', 'คับ': 'ค่ะ'}.get(x.group(1), x.group(1)), text)
for m in MSGS:
    if m['text'] and m.get('person') and m['type'] == 'text':
        g = gender(m['person'])
        if g:
            m['text'] = fix_particles(m['text'], g)
FILE_ORDER = [G_VOL, G_NAK, G_EXE, G_HEADS, G_PJ, G_PK]
BYG = {g: sorted([m for m in MSGS if m['group'] == g], key=lambda m: (m['t'], m['seq'])) for g in FILE_ORDER}
n = 0
for g in FILE_ORDER:
    for m in BYG[g]:
        n += 1
        m['id'] = 'w%04d' % n

def senderId(m):
    p = m.get('person')
    if p and BY_KEY[p]['line_user_id'] and m['type'] != 'system' or (p and m['type'] == 'system' and BY_KEY[p]['line_user_id']):
        return BY_KEY[p]['line_user_id']
    return None

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S+07:00')

for g in FILE_ORDER[:-1]:
    with open(os.path.join(OUT, FILES[g]), 'w', encoding='utf-8') as f:
        for i, m in enumerate(BYG[g], 1):
            m['line'] = i
            o = {'id': m['id'], 'group': g, 'time': iso(m['t'])}
            if m['sender'] is not None:
                o['sender'] = m['sender']
            sid = senderId(m)
            if sid:
                o['senderId'] = sid
            o['type'] = m['type']
            if m['text'] is not None:
                o['text'] = m['text']
            if m.get('replyTo') is not None:
                o['replyTo'] = m['replyTo']['id']
            if m.get('event'):
                o['event'] = m['event']
            if m.get('target'):
                o['target'] = m['target']
            if m.get('attachment'):
                o['attachment'] = m['attachment']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

# ---------------- the export ----------------
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
lines = ['\ufeffChat history in "%s"' % G_PK, 'Saved on: 26/12/2568 BE, 22:40', '']
day = None
for m in BYG[G_PK]:
    d = m['t'].date()
    if d != day:
        if day is not None:
            lines.append('')
        lines.append('%s, %02d/%02d/%d BE' % (DOW[d.weekday()], d.day, d.month, d.year + 543))
        day = d
    hm = m['t'].strftime('%H:%M')
    m['line'] = len(lines) + 1
    if m['type'] == 'system':
        ev = m['event']
        if ev == 'join':
            lines.append('%s\t%s joined the group.' % (hm, m['sender']))
        elif ev == 'leave':
            lines.append('%s\t%s left the group.' % (hm, m['sender']))
        elif ev == 'invite':
            lines.append('%s\t%s invited %s.' % (hm, m['sender'], m['target']))
        elif ev == 'unsend':
            lines.append('%s\t\t%s' % (hm, m['text']))
        else:
            raise ValueError(ev)
        continue
    if m['type'] == 'image':
        body = '[Photo]'
    elif m['type'] == 'sticker':
        body = '[Sticker]'
    elif m['type'] == 'file':
        body = '[File]'
    else:
        body = m['text']
        if '\n' in body:
            body = '"' + body.replace('"', '""') + '"'
    for j, part in enumerate(body.split('\n')):
        lines.append(('%s\t%s\t%s' % (hm, m['sender'], part)) if j == 0 else part)
with open(os.path.join(OUT, FILES[G_PK]), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')

# ---------------- roster ----------------
with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['person_id', 'full_name', 'display_names', 'role', 'agency', 'district', 'line_user_id', 'email'])
    for r in ROWS:
        w.writerow([r['person_id'], r['full_name'], r['display_names'], r['role'], r['agency'], r['district'], r['line_user_id'], r['email']])

# ---------------- resolving names (as the roster rules say) ----------------
INVIS = re.compile('[\u200b-\u200f\u2066-\u2069\ufeff]')
TITLES = ('นางสาว', 'นาง', 'นาย', 'ว่าที่ร.ต.')
def norm(s):
    s = unicodedata.normalize('NFC', INVIS.sub('', s)).strip()
    for t in TITLES:
        if s.startswith(t):
            s = s[len(t):].strip()
            break
    return s
NAMES = {}
for r in ROWS:
    for d in r['display_names'].split('|'):
        NAMES.setdefault(d, set()).add(r['key'])
NNAMES = {}
for d, ks in NAMES.items():
    NNAMES.setdefault(norm(d), set()).update(ks)
UIDS = {r['line_user_id']: r['key'] for r in ROWS if r['line_user_id']}

def resolve(name, uid, group, t):
    if uid and uid in UIDS:
        return 'person', UIDS[uid]
    if group == G_VOL and name == g_vol.SONGDAO_NEW and t > g_vol.SONGDAO_RENAME:
        return 'person', 'c_songdao'
    ks = NAMES.get(name) or NNAMES.get(norm(name)) or set()
    if len(ks) > 1:
        return 'ambiguous', None
    if len(ks) == 1:
        return 'person', next(iter(ks))
    return 'unknown', None

def roles(k):
    return set(BY_KEY[k]['role'].split('|'))

def where(m):
    return FILES[m['group']], m['line'], (m['id'] if m['group'] != G_PK else '')

TRUTH = []   # dicts rule,file,line,message,who,state,note,_m
def add_truth(rule, m, who, note, state=''):
    f, l, i = where(m)
    TRUTH.append(dict(rule=rule, file=f, line=l, message=i, who=who, state=state, note=note, _m=m))

NEAR = []
def add_near(m, why):
    f, l, i = where(m)
    NEAR.append(dict(file=f, line=l, message=i, why=why, _m=m))

# ---------------- membership (derived) ----------------
derived = []
for g in FILE_ORDER:
    rule, admitted = ADMIT[g]
    seen = set()
    for m in BYG[g]:
        apps = []
        if m['type'] == 'system' and m['event'] == 'unsend':
            continue
        if m['sender'] is not None:
            apps.append(('S', m['sender'], senderId(m)))
        if m['type'] == 'system' and m['event'] == 'invite':
            tp = m.get('target_person')
            apps.append(('T', m['target'], BY_KEY[tp]['line_user_id'] if tp and BY_KEY[tp]['line_user_id'] else None))
        inviter = None
        for role_, name, uid in apps:
            st, k = resolve(name, uid, g, m['t'])
            if st == 'person':
                assert m['type'] == 'system' or role_ != 'S' or k == m['person'], (name, k, m['person'])
            ident = k if st == 'person' else (st, name)
            if role_ == 'S':
                inviter = (st, k, name)
            if ident in seen or st == 'ambiguous':
                if st == 'ambiguous' and ident not in seen:
                    seen.add(ident)
                continue
            seen.add(ident)
            if st == 'unknown':
                note = 'not on the roster'
                if role_ == 'T':
                    note += '; invited by ' + m['sender']
                elif m['type'] == 'system' and m['event'] == 'join':
                    note += '; joined by link or QR code'
                else:
                    note += '; first seen posting'
                derived.append(('OUTSIDER', m, name, note, role_))
            elif not (roles(k) & admitted):
                derived.append((rule, m, name, '%s (%s) is not admitted to %s' % (name, BY_KEY[k]['role'], g), role_))
                if role_ == 'T' and inviter and inviter[0] == 'person':
                    derived.append(('SKN-ALL', m, name, 'invitee', 'T'))
                    derived.append(('SKN-ALL', m, m['sender'], 'inviter', 'S'))

def cross_check():
    manual = []
    for m in MSGS:
        for r in m['rules']:
            if r[0] in ('SKN-1', 'SKN-2', 'SKN-3', 'SKN-4', 'SKN-5', 'SKN-6', 'SKN-ALL', 'OUTSIDER'):
                manual.append((r[0], m['id'], r[2] if len(r) > 2 else 'S'))
    der = [(d[0], d[1]['id'], d[4]) for d in derived]
    a, b = sorted(manual), sorted(der)
    if a != b:
        print('MANUAL-ONLY', sorted(set(a) - set(b)))
        print('DERIVED-ONLY', [(x, [m for m in MSGS if m['id'] == x[1]][0]['sender']) for x in sorted(set(b) - set(a))])
        raise SystemExit('membership cross-check failed')
cross_check()

for m in MSGS:
    for r in m['rules']:
        who = m['target'] if (len(r) > 2 and r[2] == 'T') else m['sender']
        add_truth(r[0], m, who, r[1])

# ---------------- SKN-2P (every member post in ข้อสั่งการ ปค.สน.) ----------------
for m in BYG[G_PK]:
    if m['type'] == 'system' or m['cont']:
        continue
    st, k = resolve(m['sender'], None, G_PK, m['t'])
    if st == 'ambiguous':
        add_near(m, 'the display name "%s" fits two roster people (deputies of กุดบาก and ภูพาน): ambiguous, never judged' % m['sender'])
        continue
    assert st == 'person', m['sender']
    if roles(k) & {'provincial_admin_staff', 'provincial_palad'}:
        continue
    kind = {'sticker': 'sticker', 'image': 'photo', 'file': 'file'}.get(m['type'], 'text')
    note = 'post by a member (%s, %s) in the office-only group' % (BY_KEY[k]['role'], kind)
    if m.get('pknote'):
        note += ': ' + m['pknote']
    if m.get('pk'):
        note += ' [answers %s]' % m['pk']
    add_truth('SKN-2P', m, m['sender'], note)
# office posts in the export are near misses
for m in BYG[G_PK]:
    if m['type'] == 'system' or m.get('nm'):
        continue
    st, k = resolve(m['sender'], None, G_PK, m['t'])
    if st == 'person' and roles(k) & {'provincial_admin_staff', 'provincial_palad'}:
        what = {'image': 'photo of the letter', 'file': 'PDF/file of the letter'}.get(m['type'], 'order text')
        key = m.get('key') or ''
        add_near(m, "the provincial office's own post (%s%s) in ข้อสั่งการ ปค.สน.: allowed" % (what, ', ' + key if key else ''))

# ---------------- SKN-5O ledger ----------------
LOG_END = max(m['t'] for m in MSGS)
assert BYG[G_VOL][-1]['t'] == LOG_END
DISTRICT_ROLES = {'district_chief', 'deputy_district_chief', 'coordinating_deputy', 'volunteer_center_staff'}
LEDGER = []
for okey, o in g_vol.ORDERS.items():
    if not o['districts']:
        add_near(o['msg'], 'an order that asks for no report (%s): no duty for any district' % o['how'].split(':')[0].replace('information only ', ''))
        continue
    for d in o['districts']:
        first = None
        for m in BYG[G_VOL]:
            if m.get('ans') != okey:
                continue
            st, k = resolve(m['sender'], senderId(m), G_VOL, m['t'])
            assert st == 'person'
            if BY_KEY[k]['district'] == d and roles(k) & DISTRICT_ROLES:
                first = m
                break
        dl = o['deadline']
        if first is None:
            state = 'missing' if dl < LOG_END else 'not-due'
        else:
            state = 'on-time' if first['t'] <= dl else 'late'
        LEDGER.append(dict(order=o['msg']['id'], district=d, state=state, answer=first['id'] if first else '',
                           deadline=iso(dl), note=('%s; answered %s by %s' % (o['topic'], first['t'].strftime('%a %d %H:%M:%S'), first['sender'])) if first else o['topic'],
                           _o=okey, _a=first))
        if state == 'late':
            add_truth('SKN-5O', first, d, 'first answer to %s at %s, after the deadline %s' % (o['msg']['id'], first['t'].strftime('%a %d %H:%M:%S'), dl.strftime('%a %d %H:%M:%S')), 'late')
        elif state == 'missing':
            add_truth('SKN-5O', o['msg'], d, 'no answer to this order by the end of the log (deadline %s)' % dl.strftime('%a %d %H:%M:%S'), 'missing')

# answers from districts the order did not name
for m in BYG[G_VOL]:
    if m.get('ans') and not m.get('nm'):
        st, k = resolve(m['sender'], senderId(m), G_VOL, m['t'])
        if BY_KEY[k]['district'] not in g_vol.ORDERS[m['ans']]['districts']:
            raise SystemExit('unexpected answer from an unnamed district ' + m['id'])

# near misses tagged by hand
for m in MSGS:
    if m.get('nm'):
        add_near(m, m['nm'])
# ambiguous names posting outside the export
for g in FILE_ORDER[:-1]:
    for m in BYG[g]:
        if m['type'] != 'system' and m['sender'] == 'ปลัดต้น' and not m.get('nm'):
            add_near(m, 'the display name "ปลัดต้น" fits two roster people: ambiguous, never judged (both are admitted here anyway)')

# ---------------- write truth files ----------------
def fkey(r):
    return (FILE_ORDER.index([g for g, f in FILES.items() if f == r['file']][0]), r['line'], r.get('rule', ''), r.get('who', ''))
TRUTH.sort(key=fkey)
with open(os.path.join(OUT, 'truth.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['rule', 'file', 'line', 'message', 'who', 'state', 'note'])
    for r in TRUTH:
        w.writerow([r['rule'], r['file'], r['line'], r['message'], r['who'], r['state'], r['note']])
with open(os.path.join(OUT, 'ledger.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['order', 'district', 'state', 'answer', 'deadline', 'note'])
    for r in LEDGER:
        w.writerow([r['order'], r['district'], r['state'], r['answer'], r['deadline'], r['note']])
NEAR.sort(key=fkey)
with open(os.path.join(OUT, 'near-misses.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'line', 'message', 'why'])
    for r in NEAR:
        w.writerow([r['file'], r['line'], r['message'], r['why']])

import collections, pickle
print('messages', {FILES[g]: len(BYG[g]) for g in FILE_ORDER}, 'total', sum(len(v) for v in BYG.values()))
print('export lines', len(lines))
print('truth', len(TRUTH), collections.Counter(r['rule'] for r in TRUTH))
print('ledger', collections.Counter(r['state'] for r in LEDGER))
print('near', len(NEAR))
print('log end', LOG_END)
STATE = dict(BYG=BYG, TRUTH=TRUTH, LEDGER=LEDGER, NEAR=NEAR, LOG_END=LOG_END)

# ---------------- TRUTH.md ----------------
def loc(m):
    f, l, i = where(m)
    return '%s:%d%s' % (f, l, (' (%s)' % i) if i else '')

R = collections.Counter(r['rule'] for r in TRUTH)
LS = collections.Counter(r['state'] for r in LEDGER)
md = []
P = md.append
P('# Week W (22-26 December 2025): ground truth, worked by hand')
P('')
P('Six Sakon Nakhon LINE groups over one working week, Monday 22 to Friday 26 December 2025 (๒๒-๒๖ ธ.ค. ๒๕๖๘). '
  'All people, figures and letters are fictional. The rules applied are those of `samples/letter-rules-sakon-nakhon.md` (letter '
  'ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒). Every finding below was decided message by message while writing the chats and tagged on the '
  'message in `tools/`; the membership findings were then derived a second time from the roster and the group table, '
  'and the two had to agree before the files were written (`tools/make_week.py`, function `cross_check`). '
  'Run `python3 check.py` in this folder to re-check the files.')
P('')
P('## Files')
P('')
P('| file | group | format | messages |')
P('|---|---|---|---|')
tot = 0
for g in FILE_ORDER:
    n_ = len(BYG[g]); tot += n_
    P('| `%s` | %s | %s | %d |' % (FILES[g], g, 'LINE phone export, English UI, Buddhist-era dates (%d lines)' % len(lines) if g == G_PK else 'JSONL', n_))
P('| | | total | %d |' % tot)
P('')
P('Also: `roster.csv` (%d people), `truth.csv` (%d findings), `ledger.csv` (%d duties), `near-misses.csv` (%d rows), `check.py`, and `tools/` (the generator; it is not needed to use the data).' % (len(ROWS), len(TRUTH), len(LEDGER), len(NEAR)))
P('')
P('Message ids run `w0001`-`%s` across the five JSONL files (in the order of the table). The export has no ids: its rows are cited by the line number in the .txt file (line 1 is the `Chat history in` title, which starts with a UTF-8 BOM). '
  'The last message of all the logs is %s at %s: missing reports are judged at that time.' % (BYG[G_PJ][-1]['id'], BYG[G_VOL][-1]['id'], iso(LOG_END)))
P('')
P('## Roster in brief')
P('')
rc = collections.Counter(r['role'] for r in ROWS)
P('%d people: %s.' % (len(ROWS), ', '.join('%s %d' % (k, v) for k, v in sorted(rc.items(), key=lambda x: -x[1]))))
P('')
P('- Each of the 18 districts has a district chief, a coordinating deputy and a district volunteer officer; in คำตากล้า and โพนนาแก้ว the coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). เมืองสกลนคร, กุดบาก, วาริชภูมิ, วานรนิวาส (two), สว่างแดนดิน and ภูพาน have further deputies.')
P('- Province: the governor, three vice governors, the provincial palad, three sending accounts of the provincial administration office (ปค.สน. ฝ่ายอำนวยการ, กลุ่มงานปกครอง ปค.สน., สารบรรณ ปค.จ.สน.), two province-level volunteer officers (no district: จอส.จังหวัดสกลนคร, แอน ศอ.จอส.จว.สน.), twelve agency heads, four staff (the deputy director of ปภ., clerks of agriculture and treasury, an assistant at พมจ.), one retired former district chief.')
P('- Two people share the display name **ปลัดต้น** (a deputy of กุดบาก and a deputy of ภูพาน): ambiguous, never judged.')
P('- The chief of เจริญศิลป์ is on the roster as "สมพงษ์ ใจกล้า" and once appears as "นายสมพงษ์ ใจกล้า" (title); the coordinating deputy of พังโคน once appears as "ปลัดเอ็ม  พังโคน" (two spaces) with his LINE user id; the chief of ส่องดาว renames himself to "นอภ.ส่องดาว ❄️" in ศอ.จอส.จว.สน. on Monday 19:05 (a `rename` event) and reports under that name afterwards.')
P('- %d people have a LINE user id, %d an e-mail (each their own), some both, some neither.' % (sum(1 for r in ROWS if r['line_user_id']), sum(1 for r in ROWS if r['email'])))
P('- Not on the roster (outsiders): ผ้าห่มนวม ราคาส่ง สกล (a blanket seller who joins ศอ.จอส.จว.สน. by QR code), Jib ประกันภัย 💰 (joins ข้อสั่งการ ปค.สน.), ศุภชัย ทัวร์ 🚐 (posts an advert in ผู้บริหารจังหวัด และนายอำเภอ), เลขาฯ นอภ.อากาศ (added to หน.ส่วนราชการ-นอภ.สน. by the chief of อากาศอำนวย).')
P('')
P('## The season and the deadlines')
P('')
P('The week is the cold snap: on 19 December the province declared six districts (ส่องดาว, วาริชภูมิ, ภูพาน, กุดบาก, เต่างอย, นิคมน้ำอูน) cold-weather disaster zones, so orders go to "the cold-zone districts" in several spellings; blankets and warm clothes are handed out and the elderly, the bedridden and the homeless are checked on. The road-safety centres of the New Year "seven dangerous days" open on 29 December, Christmas at ท่าแร่ (the star procession, 24-25 December) needs volunteers and traffic control, the No Gift Policy is repeated, and the last payment run of the fiscal quarter closes on Friday 26.')
P('')
P('How this touches the deadlines: Christmas Day (Thursday 25) is not a Thai public holiday, so it counts as a working day. '
  'An order of Wednesday 24 asking for an answer "ภายใน ๓ วัน" is counted from the day after the order (Thursday 25 = day 1, Friday 26 = day 2, Saturday 27 = day 3); the last day falls on a weekend, so it moves to the next working day, Monday 29 December (end of day). That is after the log ends, so districts that have not answered are `not-due`, not missing. '
  'The New Year holidays (31 December, 1 January) would only matter for deadlines later than 29 December; none of the orders needs them. '
  'Orders with a clock time or a date use that time in Asia/Bangkok (a date alone means the end of that day, 23:59:59); "ภายใน ๒๔ ชม." and an order without a deadline use the order time plus 24 hours. Friday 26 is also the day of the last payment run, which is why several deadlines fall on it.')
P('')
P('## Findings (%d rows in truth.csv)' % len(TRUTH))
P('')
P('By rule: %s.' % ', '.join('%s %d' % (k, R[k]) for k in sorted(R)))
P('')
P('SKN-2P: every post in ข้อสั่งการ ปค.สน. by someone other than the provincial office (the sending accounts and the palad) is a finding, one per post (a post\'s later photos or caption are not counted again). That includes stickers, a lone 🙏, acknowledgements, questions, greetings, photos, files and the answers to the office\'s orders, whoever sends them. The office\'s own orders, photos, files, answers and reminders are near misses.')
P('')
P('| rule | where | who | state | why |')
P('|---|---|---|---|---|')
for r in TRUTH:
    P('| %s | %s | %s | %s | %s |' % (r['rule'], loc(r['_m']), r['who'], r['state'], r['note'].replace('|', '/')))
P('')
P('## Orders in ศอ.จอส.จว.สน. and the reporting duties (SKN-5O)')
P('')
P('Orders from the provincial volunteer centre (the palad and the two province-level volunteer officers). A district\'s report is any text, file, or photos-alone (after an order asking for photos) by its chief, a deputy, the coordinating deputy or its district volunteer officer, read by its topic (and the reply link where there is one). Ledger: %s.' % ', '.join('%s %d' % (k, LS[k]) for k in ('on-time', 'late', 'missing', 'not-due')))
P('')
for okey, o in g_vol.ORDERS.items():
    m = o['msg']
    P('### %s: %s' % (m['id'], o['topic']))
    P('')
    P('- Posted %s by %s, line %d. Addressed to: %s.' % (m['t'].strftime('%a %d Dec %H:%M:%S'), m['sender'], m['line'], ', '.join(o['districts']) if o['districts'] and len(o['districts']) < 18 else ('all 18 districts' if o['districts'] else 'nobody (no report asked)')))
    P('- Deadline: %s.' % o['how'])
    rows = [r for r in LEDGER if r['_o'] == okey]
    if rows:
        for st in ('late', 'missing', 'not-due'):
            xs = [r for r in rows if r['state'] == st]
            if xs:
                P('- %s: %s.' % (st, '; '.join('%s%s' % (r['district'], (' (%s, %s)' % (r['answer'], r['_a']['t'].strftime('%a %H:%M:%S'))) if r['answer'] else '') for r in xs)))
        ot = [r for r in rows if r['state'] == 'on-time']
        P('- on-time: %d districts%s.' % (len(ot), (' (%s)' % ', '.join(r['district'] for r in ot)) if ot and len(ot) < 18 else ''))
    P('')
P('Reminders create no new duty and do not move a deadline: %s.' % '; '.join('%s (line %d)' % (x['id'], x['line']) for x in BYG[G_VOL] if x.get('nm') and x['nm'].startswith('reminder')))
P('')
P('Other orders in this group that create no SKN-5O duty: the order of the chief of เมืองสกลนคร (SKN-5P: not the provincial centre) and the provincial office account\'s order (SKN-5 and SKN-5P).')
P('')
P('## Orders in ข้อสั่งการ ปค.สน. (the export)')
P('')
P('EVAL-RULES.md puts reporting duties (SKN-5O) only in ศอ.จอส.จว.สน., and makes every member post in ข้อสั่งการ ปค.สน. an SKN-2P finding. So the office\'s orders below create no ledger rows; the answers the districts posted here are SKN-2P rows of truth.csv. The table records, for the reader, whom each order addressed and who answered in the group (line numbers in the .txt file).')
P('')
P('| order | first line | addressed to | deadline as written | answers in the group (line: sender) |')
P('|---|---|---|---|---|')
for k, o in g_pk.PKORD.items():
    ans = [m for m in BYG[G_PK] if m.get('pk') and k in m['pk'].split('+')]
    P('| %s | %d | %s | %s | %s |' % (k, o['msg']['line'], o['to'], o['deadline'], '; '.join('%d: %s' % (m['line'], m['sender']) for m in ans) or '-'))
P('')
P('## Near misses (%d rows in near-misses.csv)' % len(NEAR))
P('')
P('Posts a careless tool might flag but which break no rule.')
P('')
P('| where | why not a finding |')
P('|---|---|')
for r in NEAR:
    P('| %s | %s |' % (loc(r['_m']), r['why'].replace('|', '/')))
P('')
P('## Readings chosen where the rules are not explicit')
P('')
for line in open(os.path.join(os.path.dirname(__file__), 'readings.md'), encoding='utf-8'):
    md.append(line.rstrip('\n'))
with open(os.path.join(OUT, 'TRUTH.md'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(md) + '\n')
