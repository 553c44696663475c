# ศอ.จอส.จว.สน. week, written as a LINE phone export (Thai UI). Every planted finding, duty and near miss
# is written next to the message it belongs to.
import random, datetime as DT
from roster_data import KEY, DIST
R = random.Random(306)
TZ = DT.timezone(DT.timedelta(hours=7))
def T(d, hm, s=None):
    h, m = map(int, hm.split(':'))
    return DT.datetime(2026, 3, d, h, m, R.randint(0, 50) if s is None else s, tzinfo=TZ)
TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(x): return str(x).translate(TH)
def dn(k): return KEY[k]['display_names'][0]
DCODE = [d[0] for d in DIST]
DNAME = {d[0]: d[1] for d in DIST}
DSHORT = {d[0]: d[2] for d in DIST}
DUAL = {d[0] for d in DIST if d[5] is None}

EV = []   # dicts: dt, who (display or ''), text, sys, truth[], near, tag
def post(dt, who, text, truth=None, near=None, tag=None):
    e = dict(dt=dt, who=who, text=text, sys=False, truth=truth or [], near=near, tag=tag, seq=len(EV)); EV.append(e); return e
def sysl(dt, text, truth=None, near=None):
    e = dict(dt=dt, who='', text=text, sys=True, truth=truth or [], near=near, tag=None, seq=len(EV)); EV.append(e); return e
def photos(dt, who, n, gap=20):
    out = []
    for i in range(n):
        out.append(post(dt + DT.timedelta(seconds=gap*i+1), who, '[รูป]'))
    return out
def person_for(code, who):
    if who == 'v': return dn('k_'+code) if code in DUAL else dn('v_'+code)
    if who == 'k': return dn('k_'+code)
    if who == 'c': return dn('c_'+code)
    if who == 'd1': return dn('d1_'+code)
    if who == 'd2': return dn('d2_'+code)
    raise ValueError(who)

ORDERS = []   # dict: key, ev, districts, deadline, reason, photo_order, answers{code: (ev, state)}, exp{code: state}
def order(key, dt, who, text, districts, deadline, reason, photo_order=False, attach=None, near=None):
    ev = post(dt, who, text, near=near, tag=key)
    o = dict(key=key, ev=ev, districts=districts, deadline=deadline, reason=reason, photo_order=photo_order, answers={}, exp={})
    t = dt + DT.timedelta(seconds=40)
    for a in (attach or []):
        post(t, who, a); t += DT.timedelta(seconds=15)
    ORDERS.append(o); return o

ACKS = ['รับทราบครับ', 'รับทราบค่ะ', 'รับทราบครับ 🙏', '[สติกเกอร์]', 'ทราบครับ', 'รับทราบครับผม', '👍', 'รับทราบคับ',
        '🙏', 'รับทราบค่ะ ขอบคุณค่ะ', '[สติกเกอร์]', 'รับทราบครับท่าน', 'ร้บทราบครับ', 'รับทราบดำเนินการครับ']
def acks(o, n, start_min=2):
    t = o['ev']['dt'] + DT.timedelta(minutes=start_min)
    pool = [c for c in (o['districts'] or DCODE)]
    for c in R.sample(pool, n):
        post(t, person_for(c, R.choice(['v','k','c'])), R.choice(ACKS)); t += DT.timedelta(seconds=R.randint(20, 200))

TEMPLES = ['วัดศรีสะอาด','วัดโพธิ์ชัย','วัดสว่างอารมณ์','วัดป่าศรีมงคล','วัดกลางพัฒนาราม','วัดบ้านนาคำ','วัดศรีบุญเรือง','วัดโพธิ์ศรีสว่าง',
           'วัดป่าโนนสำราญ','วัดธาตุศรีมงคล','วัดศรีชมภู','วัดบ้านดงเย็น','วัดอุดมรัตนาราม','วัดป่าภูผาเงิน','วัดโพนทอง','วัดหนองบัวทอง','วัดสระแก้ว','วัดป่าภูพานทอง']

def answer(o, code, dt, who='v', form='text', state='on-time', near=None, truth_note=None):
    """Write a district's answer to order o; the ledger cites the first line of the answering post
    (its file or first photo when these come before the caption)."""
    p = person_for(code, who); k = o['key']; d = DNAME[code]; ds = DSHORT[code]
    n = R.randint(12, 95); m = R.randint(2, 9)
    txt = TXT[k](code, d, ds, n, m)
    first = None
    if form == 'text':
        first = post(dt, p, txt)
    elif form == 'text+file':
        first = post(dt, p, txt); post(dt + DT.timedelta(seconds=30), p, '[ไฟล์]')
    elif form == 'file+caption':
        first = post(dt - DT.timedelta(seconds=40), p, '[ไฟล์]'); post(dt, p, R.choice(['แบบรายงาน อ.%s ครับ' % d, 'ส่งแบบรายงานค่ะ อ.%s' % ds, 'อ.%s ส่งตามแบบครับ' % d]))
    elif form == 'text+photos':
        first = post(dt, p, txt); photos(dt + DT.timedelta(seconds=30), p, R.randint(2, 4))
    elif form == 'photos':          # photos alone (only an answer to an order that asks for photos)
        first = photos(dt, p, R.randint(3, 5))[0]
    elif form == 'photos+caption':
        first = photos(dt - DT.timedelta(seconds=100), p, R.randint(2, 4))[0]; post(dt, p, CAP[k](d, ds))
    elif form == 'two':             # figures now, the form about an hour later
        first = post(dt, p, txt); t2 = dt + DT.timedelta(minutes=R.randint(55, 75))
        post(t2, p, R.choice(['ส่งแบบฟอร์มเพิ่มเติมครับ อ.%s' % d, 'แบบรายงานฉบับเต็ม อ.%s ค่ะ' % ds])); post(t2 + DT.timedelta(seconds=30), p, '[ไฟล์]')
    else:
        raise ValueError(form)
    first['near'] = near or first.get('near')
    o['answers'][code] = first; o['exp'][code] = state
    if state == 'late':
        first['truth'].append(('SKN-5O', DNAME[code], 'late', truth_note or 'first answer to %s after its deadline (%s)' % (k, o['deadline'].strftime('%a %d %b %H:%M'))))
    return first

def missing(o, code, note=''):
    o['exp'][code] = 'missing'
    o['ev']['truth'].append(('SKN-5O', DNAME[code], 'missing', note or 'no answer from the district by the end of the log'))

def notdue(o, code):
    o['exp'][code] = 'not-due'

TXT = {
 'D1': lambda c, d, ds, n, m: R.choice([
    '"ศอ.จอส.อ.%s รายงานแผนกิจกรรมทำความสะอาดวัด เนื่องในวันมาฆบูชา\n- สถานที่ %s\n- จิตอาสา %s คน\n- วันที่ ๓ มี.ค. ๖๙ เวลา ๐๗.๓๐ น."' % (d, R.choice(TEMPLES), th(n)),
    'อ.%s ขอรายงานแผนครับ ทำความสะอาด%s วันที่ 3 มี.ค. 69 จิตอาสา %d คน' % (d, R.choice(TEMPLES), n),
    'แผนกิจกรรมจิตอาสา อ.%s ค่ะ %s จิตอาสา %s คน เริ่ม ๐๗.๐๐ น.' % (ds, R.choice(TEMPLES), th(n)),
    '"เรียน ศอ.จอส.จว.สน.\nอำเภอ%s ขอส่งแผนการจัดกิจกรรมจิตอาสาพัฒนาวัด\n%s / จิตอาสา %s คน / ๓ มี.ค. ๖๙"' % (d, R.choice(TEMPLES), th(n))]),
 'D2': lambda c, d, ds, n, m: R.choice([
    'อ.%s จัดชุดจิตอาสาเฝ้าระวังไฟป่า %s ชุด %s จุด ร่วมกับ อส. และ อบต. ครับ' % (d, th(m), th(m+3)),
    '"รายงาน อ.%s\nชุดเฝ้าระวังไฟป่า %d ชุด\nจุดเฝ้าระวัง %d จุด (เชิงเขาภูพาน)\nจิตอาสา %d คน"' % (d, m, m+4, n)]),
 'D3': lambda c, d, ds, n, m: 'ภาพกิจกรรมจิตอาสาบริการประชาชนงานเวียนเทียน อ.%s จิตอาสา %s คน ครับ' % (d, th(n)),
 'D4': lambda c, d, ds, n, m: R.choice([
    'อ.%s รายงานจุดบริการน้ำอุปโภคบริโภค %d จุด จิตอาสา %d คน แจกจ่ายน้ำแล้ว %s ลิตร ครับ' % (d, m, n, format(n*1200, ',')),
    '"ศอ.จอส.อ.%s\nจุดบริการน้ำ %s จุด\nจิตอาสาร่วม %s คน\nปริมาณน้ำ %s ลิตร"' % (d, th(m), th(n), th(n*1000)),
    'อ.%s จุดแจกน้ำ %d จุด (หมู่บ้านขาดแคลน %d หมู่) จิตอาสา %d คน ค่ะ' % (ds, m, m+2, n)]),
 'D5': lambda c, d, ds, n, m: R.choice([
    'อ.%s รายงานจิตอาสา %d คน รถบรรทุกน้ำ %d คัน ครับ' % (d, n, m//2+1),
    'อำเภอ%s จิตอาสาร่วมแจกน้ำ %s คน รถน้ำ %s คัน (อบต.สนับสนุน) ครับ' % (d, th(n), th(m//2+1))]),
 'D6': lambda c, d, ds, n, m: R.choice([
    'รายงานผลกิจกรรมจิตอาสาพัฒนาวัด เนื่องในวันมาฆบูชา อ.%s %s จิตอาสา %s คน ครับ' % (d, R.choice(TEMPLES), th(n)),
    '"ผลการดำเนินงาน อ.%s\n- ทำความสะอาด%s\n- จิตอาสา %d คน\n- เก็บขยะ %d ถุง"' % (d, R.choice(TEMPLES), n, m*7)]),
 'D7': lambda c, d, ds, n, m: R.choice([
    'อ.%s ส่งรายชื่อจิตอาสาที่ผ่านการอบรมดับไฟป่าเบื้องต้น %s ราย ครับ' % (d, th(n)),
    'รายชื่อจิตอาสาอบรมดับไฟป่า อ.%s จำนวน %d ราย ค่ะ' % (ds, n)]),
 'D8': lambda c, d, ds, n, m: R.choice([
    'อ.%s แจกหน้ากาก N95 %s ชิ้น หน้ากากผ้า %s ชิ้น กลุ่มเปราะบาง %s ราย ครับ' % (d, th(n*10), th(n*4), th(n)),
    'อ.%s รายงานการแจกหน้ากากค่ะ N95 %d ชิ้น ผู้สูงอายุ/เด็ก %d ราย' % (ds, n*10, n)]),
 'D9': lambda c, d, ds, n, m: 'อ.%s รายงานผลการทำแนวกันไฟร่วมกับจิตอาสา ระยะทาง %s กม. จิตอาสา %s คน ครับ' % (d, th(m), th(n)),
}
CAP = {k: (lambda d, ds: R.choice(['อ.%s ครับ' % d, 'ภาพกิจกรรม อ.%s ค่ะ' % ds, 'กิจกรรมจิตอาสา อ.%s ครับผม' % ds])) for k in TXT}
CAP['D4'] = lambda d, ds: 'อ.%s จุดบริการน้ำ ๓ จุด จิตอาสา ๒๔ คน ครับ' % d
CAP['D7'] = lambda d, ds: 'อ.%s ส่งรายชื่อตามไฟล์แนบครับ' % d

# ---------------------------------------------------------------- Monday 2 March
post(T(2, '07:12'), dn('k_phangkhon'), 'อรุณสวัสดิ์วันจันทร์ครับทุกท่าน 🙏')
post(T(2, '07:13'), dn('k_phangkhon'), '[สติกเกอร์]')
post(T(2, '07:31'), dn('v_kusuman'), 'สวัสดีค่ะ ☀️')
post(T(2, '07:48'), dn('k_songdao'), '[สติกเกอร์]')
D1 = order('D1', T(2, '08:40', 5), dn('pv1'),
    '"ด่วน\nเรียน นอภ.ทุกอำเภอ\nตามที่จังหวัดสกลนครกำหนดจัดกิจกรรมจิตอาสาพระราชทาน ""ทำความสะอาดวัด"" เนื่องในวันมาฆบูชา ๓ มี.ค. ๖๙\nขอให้ ศอ.จอส.อำเภอ รายงานแผนการจัดกิจกรรม (ชื่อวัด/จำนวนจิตอาสา/วันเวลา) ตามแบบที่แนบ ภายในเวลา ๑๖.๓๐ น. วันนี้\nศอ.จอส.จว.สน."',
    None, T(2, '16:30', 0), 'explicit clock time "ภายในเวลา ๑๖.๓๐ น. วันนี้" on the order day (Mon 2 Mar, a working day)',
    attach=['[ไฟล์]', '[รูป]', '[รูป]'], near='an order of the provincial volunteer centre (province-level volunteer officer): allowed, creates a duty for all 18 districts')
acks(D1, 5)
q = post(T(2, '08:58'), dn('v_banmuang'), 'ขอสอບถามครับ แบบรายงานส่งเป็นไฟล์ excel หรือ pdf ครับ'.replace('ບ', 'บ'), near='a district officer asking the provincial centre: questions are not restricted in this group')
post(T(2, '09:02'), dn('pv1'), 'ส่งได้ทั้งสองแบบค่ะ หรือถ่ายรูปแบบฟอร์มที่กรอกแล้วก็ได้ค่ะ')
post(T(2, '09:03'), dn('v_banmuang'), 'ขอบคุณครับ')
post(T(2, '09:05'), dn('c_nikhom'), 'รับทราบและถือปฏิบัติครับ จะแจ้งกำนันผู้ใหญ่บ้านทุกตำบลดำเนินการ',
     near='acknowledgement that contains order words (ถือปฏิบัติ, แจ้ง…ดำเนินการ): a district chief acknowledging, not an order to the group, so no SKN-5P')
D1_plan = {  # code: (time, who, form, state)
 'mueang': ('09:35','d2','text','on-time'), 'kusuman': ('10:12','d1','text','on-time'), 'kutbak': ('11:05','v','text+file','on-time'),
 'phanna': ('10:05','k','two','on-time'), 'phangkhon': ('09:48','k','text','on-time'), 'nikhom': ('13:40','v','file+caption','on-time'),
 'wanon': ('14:22','v','text','on-time'), 'khamta': ('10:40','k','text','on-time'), 'banmuang': ('11:30','v','text+file','on-time'),
 'songdao': ('13:15','c','text','on-time'), 'khoksi': ('15:02','v','text','on-time'), 'charoen': ('15:20','v','text','on-time'),
 'phonna': ('14:05','k','text','on-time'), 'phuphan': ('11:50','v','text','on-time'),
 'sawang': ('16:29','v','text','on-time'), 'tao': ('16:41','v','text','late'), 'waritch': ('17:12','k','text','late'),
}
for c, (hm, w, f, st) in D1_plan.items():
    nm = None
    if c == 'sawang': nm = 'report at 16:29, one minute before the 16:30 deadline of D1: on time'
    if c == 'phangkhon': nm = "coordinating deputy's report for his district in ศอ.จอส.จว.สน.: a district person reporting, allowed (no SKN-5P) and counts for D1"
    if c == 'phuphan': nm = 'a person with two roles (coordinating_deputy|volunteer_center_staff) reporting as the district volunteer officer: allowed, counts for D1'
    if c == 'songdao': nm = "a district chief's own report: allowed (no SKN-5P), counts for D1"
    answer(D1, c, T(2, hm), w, f, st, near=nm)
# อากาศอำนวย answers on Wednesday (after the holiday)
# reminder, written from the plan above
R1 = post(T(2, '15:45', 10), dn('pv1'), None, near='reminder of D1 (ย้ำ, อำเภอที่ยังไม่ได้รายงาน, ตามกำหนดเวลา): creates no new duty')
post(T(2, '16:31'), dn('pv1'), 'ขอบคุณอำเภอที่ส่งแผนแล้วค่ะ 🙏')
post(T(2, '17:40'), dn('palad'), 'ขอบคุณทุกอำเภอครับ ขอให้ดูแลความปลอดภัยจิตอาสาในวันพรุ่งนี้ด้วยครับ',
     near='courtesy from the palad that uses order words (ขอให้…ดูแล): chat, no duty')

D2 = order('D2', T(2, '10:15', 20), dn('palad'),
    '"เรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.ส่องดาว นอภ.เต่างอย นอภ.วาริชภูมิ\nช่วงนี้จุดความร้อน (Hotspot) ในเขตเทือกเขาภูพานเพิ่มขึ้นต่อเนื่อง ขอให้จัดชุดจิตอาสาเฝ้าระวังไฟป่าร่วมกับ อส. และ อปท. แล้วรายงานจำนวนชุด/จุดเฝ้าระวัง ภายใน ๒๔ ชม. ครับ"',
    ['phuphan','kutbak','songdao','tao','waritch'], T(3, '10:15', 20),
    '"ภายใน ๒๔ ชม." counted in clock hours from the order (Mon 10:15) = Tue 3 Mar 10:15; a period in hours is not stretched by the holiday',
    near='order of the palad to five districts named in its salutation: only those five are obliged')
post(T(2, '10:17'), dn('c_phuphan'), 'รับทราบครับท่าน')
post(T(2, '10:19'), dn('k_kutbak'), 'รับทราบครับ')
answer(D2, 'phuphan', T(2, '13:25'), 'c', 'text')
answer(D2, 'kutbak', T(2, '15:40'), 'k', 'text')
answer(D2, 'tao', T(3, '08:05'), 'v', 'text', near='answer on the holiday morning, before the 24-hour deadline of D2 (Tue 10:15): on time')
answer(D2, 'waritch', T(4, '09:05'), 'k', 'text', 'late', truth_note='D2 deadline Tue 3 Mar 10:15 (24 clock hours); first answer Wed 4 Mar 09:05')
missing(D2, 'songdao', 'D2 names ส่องดาว; no answer from ส่องดาว by the end of the log')

I1 = post(T(2, '11:30', 0), dn('palad'), '"แจ้งเพื่อทราบ\nกำหนดการพิธีเวียนเทียนเนื่องในวันมาฆบูชา ระดับจังหวัด วันอังคารที่ ๓ มี.ค. ๖๙ เวลา ๑๙.๐๐ น. ณ วัดพระธาตุเชิงชุมวรวิหาร\nอำเภอจัดพิธีในพื้นที่ตามความเหมาะสม ไม่ต้องรายงานครับ"',
          near='information-only order (แจ้งเพื่อทราบ, ไม่ต้องรายงาน): no duty')
post(T(2, '11:31'), dn('palad'), '[รูป]')
post(T(2, '11:33'), dn('v_charoen'), 'รับทราบค่ะ')

D3 = order('D3', T(2, '14:20', 0), dn('pv2'),
    'ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสาบริการประชาชนในงานเวียนเทียนและทำบุญตักบาตรวันมาฆบูชา อำเภอละ ๔-๕ ภาพ พร้อมจำนวนจิตอาสา ภายใน ๑ วัน ครับ',
    None, T(4, '23:59', 59),
    '"ภายใน ๑ วัน": counted from the day after the order; day 1 is Tue 3 Mar, Makha Bucha, a government holiday, so the last day moves to the next working day, Wed 4 Mar, end of day 23:59:59',
    photo_order=True, near='order of the provincial volunteer centre asking for photos; its deadline falls on the holiday and moves to Wednesday')
acks(D3, 3)

# ---------------------------------------------------------------- Tuesday 3 March (Makha Bucha, holiday)
post(T(3, '06:30'), dn('v_mueang'), 'สวัสดีวันมาฆบูชาค่ะ ขอให้ทุกท่านมีความสุข 🙏🌼')
post(T(3, '06:31'), dn('v_mueang'), '[รูป]')
post(T(3, '06:55'), dn('retired'), 'สวัสดีวันมาฆบูชาครับน้องๆ ทุกท่าน ขอให้บุญรักษาครับ',
     truth=[('SKN-5', dn('retired'), '', 'retired official (role retired) is not admitted to ศอ.จอส.จว.สน.; first post in the group')])
post(T(3, '07:02'), dn('k_khoksi'), '[สติกเกอร์]')
D3_plan = {
 'mueang': ('20:35','v','photos'), 'kusuman': ('21:10','v','text+photos'), 'kutbak': ('19:55','k','photos'), 'phanna': ('20:48','v','photos+caption'),
 'phangkhon': ('21:30','v','photos'), 'waritch': ('21:02','v','text+photos'), 'nikhom': ('22:05','k','photos'), 'wanon': ('20:15','d1','photos+caption'),
 'banmuang': ('19:40','v','photos'), 'akat': ('21:45','v','photos'), 'sawang': ('20:22','d1','text+photos'), 'songdao': ('09:50','v','photos'),
 'tao': ('10:30','k','photos'), 'khoksi': ('20:58','v','photos'), 'phuphan': ('18:40','c','text+photos'),
}
for c, (hm, w, f) in D3_plan.items():
    nm = None
    if c == 'mueang': nm = 'photos alone, no text, after D3 which asks for photos: counts as the answer (on time)'
    answer(D3, c, T(3, hm), w, f, near=nm)
answer(D3, 'khamta', T(4, '15:30'), 'v', 'text+photos', near='answer on Wed 4 Mar: on time only because the holiday moved the D3 deadline to Wednesday')
answer(D3, 'phonna', T(5, '08:05'), 'v', 'text+photos', 'late', truth_note='D3 deadline Wed 4 Mar 23:59:59 (1 day, holiday moved); first answer Thu 5 Mar 08:05')
missing(D3, 'charoen', 'D3 asks all districts; เจริญศิลป์ never sent photos or a report')
post(T(3, '21:50'), dn('pv2'), 'ขอบคุณทุกอำเภอครับ ภาพสวยงามมากครับ 👏')
post(T(3, '22:47', 0), dn('k_phuphan'), '"แจ้งเหตุ ไฟป่า\nเมื่อเวลา ๒๒.๓๐ น. เกิดไฟไหม้ป่าบริเวณเชิงเขาภูพาน บ้านหนองไผ่ ต.สร้างค้อ อ.ภูพาน\nจิตอาสาและ อส. ชุดเฝ้าระวังกำลังเข้าควบคุมเพลิง ยังไม่มีผู้บาดเจ็บครับ"',
     near='late-night incident notice by a district person: allowed in this group (not an order, not a misplaced report)')
post(T(3, '22:48'), dn('k_phuphan'), '[รูป]')
post(T(3, '22:48'), dn('k_phuphan'), '[รูป]')
post(T(3, '22:55'), dn('palad'), 'ขอให้ระมัดระวังความปลอดภัยของจิตอาสาด้วยครับ 🙏')

# ---------------------------------------------------------------- Wednesday 4 March
post(T(4, '00:40'), dn('k_phuphan'), 'ควบคุมเพลิงได้แล้วครับ เวลา ๐๐.๓๐ น. พื้นที่เสียหายประมาณ ๑๒ ไร่ ครับ')
post(T(4, '07:20'), dn('v_sawang'), 'อรุณสวัสดิ์ค่ะ ☀️ วันนี้ค่าฝุ่นสูง ดูแลสุขภาพด้วยนะคะ')
answer(D1, 'akat', T(4, '08:20'), 'v', 'text', 'late', truth_note='D1 deadline Mon 2 Mar 16:30; first answer from อากาศอำนวย Wed 4 Mar 08:20')
D4 = order('D4', T(4, '08:50', 0), dn('pv1'),
    '"เรียน นอภ.ทุกอำเภอ\nสถานการณ์ภัยแล้ง ปี ๒๕๖๙ หลายพื้นที่ขาดแคลนน้ำอุปโภคบริโภค\nขอให้ ศอ.จอส.อำเภอ สำรวจจุดบริการน้ำที่จิตอาสาร่วมแจกจ่าย และรายงานตามแบบ ภายใน 12.00 น. ของวันที่ 5 มี.ค. 69"',
    None, T(5, '12:00', 0), 'explicit "ภายใน 12.00 น. ของวันที่ 5 มี.ค. 69" = Thu 5 Mar 12:00, a working day',
    attach=['[ไฟล์]'])
acks(D4, 4)
D4_plan = {
 'mueang': ('09:40','k','text+file'), 'kusuman': ('10:30','v','text'), 'kutbak': ('14:10','v','text'), 'phanna': ('11:15','v','file+caption'),
 'phangkhon': ('15:25','v','text'), 'nikhom': ('16:05','v','text'), 'wanon': ('13:55','k','text'), 'banmuang': ('10:55','v','text'),
 'tao': ('11:40','k','text'), 'khoksi': ('14:45','v','text'), 'charoen': ('16:20','k','text'), 'phonna': ('15:50','v','text'),
 'phuphan': ('09:30','k','text'), 'sawang': ('@5 11:40','v','text'), 'songdao': ('@5 11:59','v','text'),
}
for c, (hm, w, f) in D4_plan.items():
    d = 4
    if hm.startswith('@'): d, hm = int(hm[1]), hm[3:]
    answer(D4, c, T(d, hm), w, f, near=('report one minute before the D4 deadline (Thu 12:00): on time' if c == 'songdao' else None))
# คำตากล้า: photos alone after an order that asks for a form, not photos: not an answer
post(T(4, '16:10'), dn('v_khamta'), '[รูป]', near='photos alone from คำตากล้า after D4, which asks for a report on a form and not for photos: not an answer, the district stays missing for D4')
post(T(4, '16:10'), dn('v_khamta'), '[รูป]')
answer(D4, 'akat', T(5, '13:20'), 'v', 'text', 'late', truth_note='D4 deadline Thu 5 Mar 12:00; first answer 13:20')
answer(D4, 'waritch', T(5, '14:05'), 'c', 'text', 'late', truth_note='D4 deadline Thu 5 Mar 12:00; first answer 14:05')
missing(D4, 'khamta', 'no text or file from คำตากล้า for D4 (its photos on Wed 16:10 are not an answer to a form order)')
R2 = post(T(5, '10:30', 0), dn('pv1'), None, near='reminder of D4 naming districts still owing: creates no new duty')

D5 = order('D5', T(4, '13:30', 0), dn('palad'),
    'ขอให้ อ.สว่างแดนดิน อ.อากาศอำนวย อ.วานรนิวาส อ.บ้านม่วง และ อ.เจริญศิลป์ รายงานจำนวนจิตอาสาและรถบรรทุกน้ำที่สนับสนุนพื้นที่ประสบภัยแล้ง ก่อนเที่ยงวันพรุ่งนี้ครับ',
    ['sawang','akat','wanon','banmuang','charoen'], T(5, '12:00', 0),
    '"ก่อนเที่ยงวันพรุ่งนี้" from Wed 4 Mar = Thu 5 Mar 12:00', near='order naming five districts in its body: only those five are obliged')
post(T(4, '13:33'), dn('c_wanon'), 'รับทราบครับ')
answer(D5, 'sawang', T(4, '17:10'), 'k', 'two', near='answer in two posts (figures now, the form about an hour later): the first post is the answer')
answer(D5, 'wanon', T(5, '08:45'), 'd1', 'text', near="report by an extra ปลัดอำเภอ (deputy_district_chief) for the district: counts")
answer(D5, 'charoen', T(5, '09:20'), 'v', 'text')
answer(D5, 'banmuang', T(5, '15:10'), 'k', 'text', 'late', truth_note='D5 deadline Thu 5 Mar 12:00; first answer 15:10')
missing(D5, 'akat', 'D5 names อากาศอำนวย; no answer by the end of the log')

post(T(4, '10:05', 0), dn('c_phangkhon'), 'นอภ.พังโคน เพิ่ม ปลัดอ้วน พังโคน เข้ากลุ่ม')  # placeholder, replaced below
EV.pop()
sysl(T(4, '10:05', 0), '%s เพิ่ม %s เข้ากลุ่ม' % (dn('c_phangkhon'), dn('d1_phangkhon')),
     near='a district chief adds his own ปลัดอำเภอ (deputy_district_chief), who is admitted to ศอ.จอส.จว.สน.: eligible invitee, no finding')
post(T(4, '10:07'), dn('d1_phangkhon'), 'สวัสดีครับ ฝากเนื้อฝากตัวด้วยครับ 🙏')
sysl(T(4, '11:02', 0), '%s เพิ่ม %s เข้ากลุ่ม' % (dn('k_kusuman'), dn('s_pm')),
     truth=[('SKN-5', dn('s_pm'), '', 'invitee is staff of an agency (พมจ.), not admitted to ศอ.จอส.jว.สน.'.replace('j', 'จ')),
            ('SKN-ALL', dn('s_pm'), '', 'invited while on the roster but not admitted (invitee)'),
            ('SKN-ALL', dn('k_kusuman'), '', 'invited a roster person who is not admitted (inviter)')])
post(T(4, '11:05'), dn('s_pm'), 'สวัสดีค่ะ ครูแอนจาก พมจ. ค่ะ ขอบคุณที่เพิ่มเข้ากลุ่มค่ะ')
post(T(4, '12:10'), dn('h_tsj'), '"รายงานสถานการณ์จุดความร้อน จ.สกลนคร ประจำวันที่ ๔ มี.ค. ๖๙\nพบจุดความร้อน ๑๗ จุด (ภูพาน ๙ กุดบาก ๔ ส่องดาว ๔)\nทสจ.สน. ได้ประสานชุดดับไฟป่าเข้าพื้นที่แล้ว"',
     truth=[('SKN-5', dn('h_tsj'), '', 'agency head (ทสจ.) is not admitted to ศอ.จอส.จว.สน.; first post'),
            ('SKN-5P', dn('h_tsj'), '', 'report posted by someone who is not a district person')])
D6 = order('D6', T(4, '16:00', 0), dn('pv1'),
    'ขอให้ทุกอำเภอรายงานผลกิจกรรมจิตอาสาพัฒนาทำความสะอาดวัดเนื่องในวันมาฆบูชา พร้อมภาพถ่าย ภายใน ๓ วัน ค่ะ',
    None, T(9, '23:59', 59),
    '"ภายใน ๓ วัน" from Wed 4 Mar: days 1-3 are Thu 5, Fri 6, Sat 7; Sat 7 is not a working day, so the last day moves to Mon 9 Mar 23:59:59, after the end of the log',
    photo_order=True, near='duty whose deadline is after the end of the log: unanswered districts are not-due, not missing')
acks(D6, 3)
D6_done = {'mueang': ('@5 10:50','v','text+photos'), 'kusuman': ('@5 14:30','v','photos'), 'phangkhon': ('@5 16:10','v','text+photos'),
           'kutbak': ('@6 09:25','k','photos+caption'), 'songdao': ('@6 11:00','v','text+photos'), 'tao': ('@6 13:40','k','text+photos'),
           'khoksi': ('@6 15:15','v','photos'), 'phanna': ('@6 16:45','v','text+photos')}
for c, (hm, w, f) in D6_done.items():
    answer(D6, c, T(int(hm[1]), hm[3:]), w, f)
for c in DCODE:
    if c not in D6_done: notdue(D6, c)
post(T(4, '17:30'), dn('c_mueang'), 'ฝากทุกอำเภอส่งยอดจิตอาสาที่จะร่วมพิธีถวายพระพรชัยมงคลวันศุกร์นี้ มาที่ อ.เมือง ภายในวันนี้ด้วยนะครับ เพื่อรวบรวมเสนอจังหวัด',
     truth=[('SKN-5P', dn('c_mueang'), '', 'order to all districts from a district chief, not from the provincial volunteer centre (creates no SKN-5O duty)')])
post(T(4, '17:32'), dn('v_kutbak'), 'รับทราบค่ะ')

# ---------------------------------------------------------------- Thursday 5 March
post(T(5, '07:15'), dn('v_nikhom'), 'สวัสดีวันพฤหัสค่ะ 🌸')
post(T(5, '07:40'), dn('k_waritch'), '"ส่งต่อข่าว: กรมควบคุมมลพิษ แจ้งค่าฝุ่น PM2.5 ภาคตะวันออกเฉียงเหนือ เกินมาตรฐานหลายพื้นที่ สกลนคร ๖๘ มคก./ลบ.ม.\nhttps://news.example.th/pm25-0503"', near='forwarded news by a district person: not an order and not a report')
I2 = post(T(5, '08:30', 0), dn('pv2'), 'ส่งหนังสือกองอำนวยการจิตอาสาพระราชทาน เรื่อง แนวทางการแต่งกายจิตอาสาในพิธีสำคัญ มาเพื่อทราบครับ',
          near='information-only order (…มาเพื่อทราบ): no duty')
post(T(5, '08:31'), dn('pv2'), '[ไฟล์]')
post(T(5, '08:40'), dn('pv2'), 'ภาพกิจกรรมจังหวัดเมื่อวานครับ')
post(T(5, '08:41'), dn('pv2'), '[รูป]')
D7 = order('D7', T(5, '09:10', 0), dn('pv1'),
    '"ขอให้ทุกอำเภอส่งรายชื่อจิตอาสาที่ผ่านการอบรมหลักสูตรดับไฟป่าเบื้องต้น ตามแบบฟอร์มที่แนบ\nภายในวันที่ ๖ มี.ค. ๖๙ เวลา ๑๒.๐๐ น. ค่ะ"',
    None, T(6, '12:00', 0), 'explicit "ภายในวันที่ ๖ มี.ค. ๖๙ เวลา ๑๒.๐๐ น." = Fri 6 Mar 12:00', attach=['[ไฟล์]'])
acks(D7, 4)
post(T(5, '09:25'), dn('k_nikhom'), 'รับทราบครับ ขอสอบถามครับ ต้องแนบสำเนาวุฒิบัตรด้วยไหมครับ', near='question by a district person in ศอ.จอส.: allowed')
post(T(5, '09:31'), dn('pv1'), 'ไม่ต้องแนบค่ะ ส่งเฉพาะรายชื่อค่ะ')
D7_plan = {
 'mueang': ('@5 14:20','v','text+file'), 'kusuman': ('@5 15:05','v','text'), 'phanna': ('@5 16:30','v','text+file'), 'phangkhon': ('@5 13:50','k','file+caption'),
 'waritch': ('@6 10:15','v','text'), 'wanon': ('@5 15:45','v','text'), 'khamta': ('@6 09:10','v','text'), 'banmuang': ('@5 11:20','v','text+file'),
 'akat': ('@6 11:45','v','text'), 'sawang': ('@6 08:50','d1','text'), 'songdao': ('@5 16:50','v','text'), 'tao': ('@6 09:40','k','text'),
 'khoksi': ('@5 10:40','v','text+file'), 'charoen': ('@6 11:59','v','text'), 'phonna': ('@5 14:55','k','text'),
}
for c, (hm, w, f) in D7_plan.items():
    answer(D7, c, T(int(hm[1]), hm[3:]), w, f, near=('report at 11:59, one minute before the D7 deadline: on time' if c == 'charoen' else None))
answer(D7, 'kutbak', T(6, '13:10'), 'v', 'text+file', 'late', truth_note='D7 deadline Fri 6 Mar 12:00; first answer 13:10')
missing(D7, 'nikhom', 'no list from นิคมน้ำอูน by the end of the log')
missing(D7, 'phuphan', 'no list from ภูพาน by the end of the log')

post(T(5, '09:50'), dn('k_phangkhon'), 'ขอบคุณครับ 🙏')
post(T(5, '12:05'), dn('v_akat'), 'สุขสันต์วันเกิดปลัดเอ็ม พังโคนค่ะ 🎂 ขอให้มีความสุขมากๆ ค่ะ')
post(T(5, '12:06'), dn('c_kutbak'), 'สุขสันต์วันเกิดครับปลัดเอ็ม 🎉')
post(T(5, '12:08'), dn('k_sawang'), '[สติกเกอร์]')
post(T(5, '12:15'), dn('k_phangkhon'), 'ขอบคุณทุกท่านมากครับ 🙏🙏')
post(T(5, '13:05'), 'นุ่น เสื้อจิตอาสา ราคาส่ง', '[สติกเกอร์]')  # placeholder removed below
EV.pop()
sysl(T(5, '13:05', 0), 'นุ่น เสื้อจิตอาสา ราคาส่ง เข้าร่วมกลุ่ม',
     truth=[('OUTSIDER', 'นุ่น เสื้อจิตอาสา ราคาส่ง', '', 'not on the roster; joined by link or QR code (seller)')])
post(T(5, '13:07'), 'นุ่น เสื้อจิตอาสา ราคาส่ง', '"เสื้อจิตอาสาพระราชทาน ผ้าไมโคร ตัวละ 180 บาท สั่ง 50 ตัวขึ้นไปปักชื่ออำเภอฟรี\nสนใจทักแชทได้เลยค่ะ 📦"')
post(T(5, '13:07'), 'นุ่น เสื้อจิตอาสา ราคาส่ง', '[รูป]')
post(T(5, '13:20'), dn('pv2'), 'ขออนุญาตลบผู้ที่ไม่เกี่ยวข้องออกจากกลุ่มนะครับ')
sysl(T(5, '13:21', 0), '%s ลบ นุ่น เสื้อจิตอาสา ราคาส่ง ออกจากกลุ่ม' % dn('pv2'))
D8 = order('D8', T(5, '14:00', 0), dn('pv2'),
    'ขอให้ทุกอำเภอรายงานจำนวนหน้ากาก N95 และหน้ากากผ้าที่จิตอาสาแจกจ่ายให้ประชาชนกลุ่มเปราะบาง ในช่วงค่าฝุ่น PM2.5 เกินมาตรฐานครับ',
    None, T(6, '14:00', 0), 'no deadline in the text: 24 hours from the order (Thu 14:00) = Fri 6 Mar 14:00')
acks(D8, 3)
post(T(5, '15:00', 0), dn('adm1'), 'ขอให้ทุกอำเภอส่งสำเนาคำสั่งแต่งตั้งปลัดอำเภอผู้รับผิดชอบงานจิตอาสาพระราชทาน ให้ ปค.จ. ภายในวันศุกร์นี้',
     truth=[('SKN-5', dn('adm1'), '', "the provincial office's sending account (provincial_admin_staff) is not admitted to ศอ.จอส.จว.สน."),
            ('SKN-5P', dn('adm1'), '', 'order from someone other than the provincial volunteer centre (creates no SKN-5O duty)')])
D8_plan = {
 'mueang': ('@5 16:40','v','text'), 'kusuman': ('@6 09:00','v','text'), 'kutbak': ('@6 10:30','k','text'), 'phanna': ('@5 17:20','v','text'),
 'phangkhon': ('@6 08:35','v','text'), 'waritch': ('@6 11:20','v','text'), 'nikhom': ('@6 10:05','v','text'), 'wanon': ('@6 09:35','v','text'),
 'khamta': ('@6 13:30','k','text'), 'banmuang': ('@6 11:50','v','text'), 'akat': ('@6 12:40','v','text'), 'tao': ('@6 10:50','v','text'),
 'khoksi': ('@6 13:59','v','text'), 'charoen': ('@6 13:10','v','text'), 'phonna': ('@5 18:05','v','text'), 'phuphan': ('@6 11:35','c','text'),
}
for c, (hm, w, f) in D8_plan.items():
    answer(D8, c, T(int(hm[1]), hm[3:]), w, f, near=('report at 13:59, one minute before the 24-hour default deadline of D8: on time' if c == 'khoksi' else None))
answer(D8, 'sawang', T(6, '15:20'), 'v', 'text', 'late', truth_note='D8 has no deadline in its text: 24 h = Fri 6 Mar 14:00; first answer 15:20')
missing(D8, 'songdao', 'no answer from ส่องดาว to D8 by the end of the log')
post(T(5, '17:45'), dn('pv1'), '"รายงานผลการดำเนินงาน ศอ.จอส.จว.สน. ประจำสัปดาห์\nเรียน ปจ.สน. เพื่อโปรดทราบ\n- กิจกรรมพัฒนาวัด ๑๘ อำเภอ จิตอาสา ๑,๒๔๐ คน\n- จุดบริการน้ำ ๕๒ จุด"',
     truth=[('SKN-5P', dn('pv1'), '', 'report posted by the province-level volunteer officer, not by a district person')])
post(T(5, '17:50'), dn('palad'), 'ขอบคุณครับ 👍')

# ---------------------------------------------------------------- Friday 6 March
post(T(6, '07:05'), dn('k_tao'), 'สวัสดีวันศุกร์ครับ 🙏')
post(T(6, '07:30'), 'Joy Sawang 🌻', 'ขอข้อมูลจุดแจกน้ำบ้านโคกสี อ.สว่างแดนดิน หน่อยค่ะ ชาวบ้านฝากถามมาค่ะ',
     truth=[('OUTSIDER', 'Joy Sawang 🌻', '', 'not on the roster; posts in the group (no join or invite line in the log)')])
post(T(6, '07:52'), dn('k_sawang'), 'เดี๋ยวปลัดประสานให้นะครับ')
D9 = order('D9', T(6, '09:00', 0), dn('palad'),
    '"เรียน นอภ.เมืองสกลนคร นอภ.โคกศรีสุพรรณ นอภ.โพนนาแก้ว นอภ.กุสุมาลย์\nขอให้รายงานผลการทำแนวกันไฟร่วมกับจิตอาสาในเขตป่าสงวนแห่งชาติ ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ"',
    ['mueang','khoksi','phonna','kusuman'], T(6, '16:30', 0), 'explicit "ภายในเวลา ๑๖.๓๐ น. วันนี้" = Fri 6 Mar 16:30')
post(T(6, '09:03'), dn('c_khoksi'), 'รับทราบครับ')
answer(D9, 'mueang', T(6, '14:10'), 'd1', 'text+photos')
answer(D9, 'phonna', T(6, '15:30'), 'k', 'text+photos')
answer(D9, 'kusuman', T(6, '16:05'), 'v', 'text+photos')
answer(D9, 'khoksi', T(6, '17:45'), 'k', 'text+photos', 'late', truth_note='D9 deadline Fri 6 Mar 16:30; first answer 17:45')
R3 = post(T(6, '12:20', 0), dn('pv1'), None, near='reminder (เร่งรัด) of D7 and D8 naming the districts still owing: creates no new duty')
post(T(6, '16:40'), dn('d1_kusuman'), 'ขอบคุณพี่ๆ ทุกท่านครับ วันนี้วันสุดท้ายที่กุสุมาลย์ ย้ายไปอำเภออื่นแล้วครับ 🙏')
post(T(6, '16:42'), dn('c_kusuman'), 'ขอให้โชคดีกับที่ใหม่ครับปลัดบี')
sysl(T(6, '16:50', 0), '%s ออกจากกลุ่ม' % dn('d1_kusuman'))
post(T(6, '18:30'), dn('pv1'), 'ขอบคุณทุกอำเภอค่ะ สัปดาห์นี้งานเยอะมาก เดินทางกลับบ้านปลอดภัยนะคะ 🙏', near='courtesy from the provincial officer using ขอให้/ordering words: chat')
post(T(6, '20:40', 0), dn('k_phuphan'), 'ขอบคุณครับ ภูพานยังเฝ้าระวังไฟป่าต่อเนื่องทั้งคืนครับ 🔥')

# ---- reminders are written from the answers planned above (districts still owing at the reminder's time)
def owing(o, at):
    return [c for c in (o['districts'] or DCODE) if not (c in o['answers'] and o['answers'][c]['dt'] <= at)]
o1 = owing(D1, R1['dt'])
R1['text'] = 'ย้ำ อำเภอที่ยังไม่ได้รายงานแผนกิจกรรมทำความสะอาดวัด ได้แก่ %s ขอให้รายงานภายในเวลา ๑๖.๓๐ น. ตามกำหนดเวลาค่ะ 🙏' % ' '.join(DSHORT[c] for c in o1)
o2 = owing(D4, R2['dt'])
R2['text'] = 'เร่งรัด ขอให้ %s รายงานจุดบริการน้ำ ภายใน 12.00 น. วันนี้ค่ะ' % ' '.join(DSHORT[c] for c in o2)
o7 = owing(D7, R3['dt']); o8 = owing(D8, R3['dt'])
R3['text'] = '"เร่งรัด อำเภอที่ยังไม่ได้รายงาน\n- รายชื่อจิตอาสาอบรมดับไฟป่า (ครบกำหนด ๑๒.๐๐ น. แล้ว): %s\n- การแจกหน้ากาก N95 (ครบ ๒๔ ชม. เวลา ๑๔.๐๐ น.): %s\nขอให้ส่งโดยด่วนค่ะ"' % (' '.join(DSHORT[c] for c in o7), ' '.join(DSHORT[c] for c in o8))
REMINDER_OWING = {'R1': o1, 'R2': o2, 'R3': (o7, o8)}
