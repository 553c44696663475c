# ศอ.จอส.จว.สน. — the volunteer-centre group, where the reporting duties live.
import random, datetime as dt
from weeklib import Log, T, th, who, TZ
from roster_data import DNAME, DISTRICTS

ALL = [k for k, _ in DISTRICTS]
EOD = lambda d: dt.datetime(2025, 12, d, 23, 59, 59, tzinfo=TZ)
R = random.Random(1205)
L = Log('volunteer-centre.jsonl', 'ศอ.จอส.จว.สน.')
ORDERS = {}   # key -> dict(districts, deadline(None = set from order time), reason, phrase)

def order(key, t, sender, text, districts, deadline, phrase, reason, photos=0, files=(), **kw):
    m = L.post(t, sender, text, photos=photos, files=files, key=key, photo_name='หนังสือ', **kw)
    ORDERS[key] = dict(districts=districts, deadline=deadline, phrase=phrase, reason=reason, msg=m)
    return m

ACKS = ['รับทราบครับ', 'รับทราบค่ะ', 'ทราบครับ', 'รับทราบครับผม', 'รับทราบและถือปฏิบัติครับ', 'ร้บทราบครับ',
        'รับทราบคับ', 'ทราบแล้วครับ', '🙏', '👍', 'รับทราบค่ะ 🙏', 'ได้ครับ', 'รับทราบครับท่าน', 'รับทาบครับ',
        'ok ครับ', '🙏🙏', 'ทราบค่ะ']
def acks(day, hm, districts, n, first_min=1):
    t = T(day, hm)
    for i, d in enumerate(R.sample(districts, n)):
        t = t + dt.timedelta(minutes=R.randint(1, 6), seconds=R.randint(0, 50))
        p = who(d, R.choice(['C', 'K', 'V', 'V']))
        if R.random() < 0.22:
            L.post(t, p, sticker=True)
        else:
            L.add(t, p, text=R.choice(ACKS))

# ---------- answer texts per order ----------
PLACES = ['วัดศรีสุมังค์', 'โรงเรียนบ้านโนนสวรรค์', 'สวนสาธารณะหนองหาร', 'วัดป่าบ้านหนองแวง', 'ศาลาประชาคมอำเภอ',
          'ลำห้วยทราย บ้านดอนเขือง', 'ถนนสายบ้านนาเพียง', 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก']
def atext(o, d, nil=False):
    a = 'อ.' + DNAME[d]; n = R.randint(12, 95)
    if o == 'O1':
        got = R.choice([150, 200, 250, 300, 350]); gave = got - R.choice([0, 0, 20, 35, 50])
        return R.choice([f'{a} รายงานผ้าห่มกันหนาว ได้รับ {th(got)} ผืน แจกจ่ายแล้ว {th(gave)} ผืน รายละเอียดตามแบบ จอส.๑ ครับ',
                         f'ศอ.จอส.{a} ส่งแบบ จอส.๑ ผ้าห่มได้รับจัดสรร {th(got)} ผืน มอบแล้ว {th(gave)} ผืน ค่ะ',
                         f'เรียน ศอ.จอส.จว.สน. {a} ขอรายงานตามแบบ จอส.๑ ได้รับ {th(got)} ผืน แจกครบแล้ว {th(gave)} ผืนครับ'])
    if o == 'O2':
        return f'{a} ขอรายงานจิตอาสาร่วมเก็บผักตบชวาริมหนองหาร วันที่ ๕ ธ.ค. จำนวน {th(n)} คน เรือท้องแบน {th(R.randint(1,4))} ลำ ครับ'
    if o == 'O4':
        if nil:
            return f'ศอ.จอส.{a} ขอรายงานว่า ในรอบนี้ไม่มีผู้สูงอายุ/ผู้ป่วยติดเตียงที่ได้รับผลกระทบจากภัยหนาวเพิ่มเติม (รายงานไม่มี) ครับ'
        return R.choice([f'ศอ.จอส.{a} รายงานผลการออกเยี่ยมผู้สูงอายุและผู้ป่วยติดเตียงช่วงภัยหนาว {th(n)} ครัวเรือน มอบผ้าห่ม {th(n)} ผืน ครับ',
                         f'{a} รายงานการเยี่ยมบ้านกลุ่มเปราะบางภัยหนาว จำนวน {th(n)} ราย ร่วมกับ อสม. และ อปท. เรียบร้อยค่ะ',
                         f'รายงานผลการออกเยี่ยมผู้ได้รับผลกระทบภัยหนาว {a} เยี่ยมแล้ว {th(n)} ครัวเรือน ครับ'])
    if o == 'O5':
        return R.choice([f'{a} รายงานผลการจัดกิจกรรมจิตอาสาพัฒนา เฉลิมพระเกียรติ ๕ ธ.ค. ณ {R.choice(PLACES)} ผู้เข้าร่วม {th(n+40)} คน ครับ',
                         f'ศอ.จอส.{a} จัดกิจกรรมจิตอาสาพัฒนา ทำความสะอาด {R.choice(PLACES)} จิตอาสา {th(n+30)} คน ค่ะ',
                         f'กิจกรรมจิตอาสาพัฒนา {a} ค่ะ'])
    if o == 'O6':
        return f'{a} ส่งรายชื่อจิตอาสาช่วยงานกาชาดจังหวัด จำนวน {th(R.randint(10,30))} คน ผู้ประสานงาน {R.choice(["ปลัดอำเภอ","จนท.จอส.อำเภอ"])} โทร ๐๘{th(R.randint(1,9))}-{th(R.randint(100,999))}-{th(R.randint(1000,9999))} ครับ'
    if o == 'O7':
        return f'{a} ส่งแผนกิจกรรมจิตอาสาช่วงเทศกาลปีใหม่ ๒๕๖๙ จุดบริการประชาชน {th(R.randint(2,6))} จุด รายละเอียดตามไฟล์ครับ'
    if o == 'O8':
        return f'{a} ส่งรายชื่อจิตอาสาประสานงานด่านตรวจร่วม ตามแบบ จอส.๒ ครับ'
    if o == 'O9':
        return f'{a} รายงานข้อมูลชุดปฏิบัติการจิตอาสาภัยพิบัติประจำอำเภอ จำนวน {th(R.randint(20,60))} นาย ตามแบบท้ายหนังสือครับ'
    if o == 'O10':
        return f'{a} รายงานจุดทำฝายชะลอน้ำ/ขุดลอกคลองส่งน้ำ รองรับนาปรัง {th(R.randint(2,7))} จุด ครับ'
    if o == 'O12':
        a1, b1 = R.randint(20, 80), R.randint(15, 70)
        return f'{a} ยอดจิตอาสาร่วมพิธี ๕ ธ.ค. ชาย {th(a1)} หญิง {th(b1)} รวม {th(a1+b1)} คน ครับ'
FILES = {'O1': 'จอส1_ผ้าห่ม_{d}.xlsx', 'O7': 'แผนจิตอาสาปีใหม่69_{d}.pdf', 'O8': 'จอส2_{d}.pdf',
         'O9': 'แบบรายงานชุดจิตอาสาภัยพิบัติ_{d}.xlsx', 'O10': 'จุดทำฝาย_{d}.pdf', 'O4': 'เยี่ยมบ้านภัยหนาว_{d}.pdf'}

NEARS = {
 ('O1', 'phanna'): 'a coordinating deputy reporting for his district in ศอ.จอส.: a district\'s people may report (no SKN-5P); answers O1 on time',
 ('O1', 'akat'): 'the answer is a file alone (แบบ จอส.๑) sent by a plain ปลัดอำเภอ: a file counts as a report and a deputy is one of the district\'s people; on time',
 ('O4', 'sawang'): 'a ปลัดอำเภอ (deputy_district_chief) answering for the district: counts, on time',
 ('O4', 'nikhom'): 'nil report (ไม่มี…): a report that counts as the district\'s answer, on time',
 ('O5', 'kusuman'): 'photos sent alone after an order that asks for photos (รายงานผลพร้อมภาพถ่าย): they count as the answer, on time',
 ('O5', 'charoensin'): 'answered at 23:58 on the last day (deadline end of Thu 4 Dec): on time, not late',
 ('O6', 'warit'): 'answered at 11:59 against a 12.00 น. deadline: on time',
 ('O9', 'phonnakaeo'): 'answered at 08:55, a few minutes before the 24-hour default deadline (09:00:30): on time',
 ('O12', 'kusuman'): 'answered at 15:29 against a ๑๕.๓๐ น. deadline: on time',
 ('O8', 'phonnakaeo'): 'answer to a form order (แบบ จอส.๒) by a file alone: counts, on time',
}

def answer(o, spec, extra_note=None):
    d, day, hm, code, form = spec.split()[:5]
    p = who(d, code); t = T(day and int(day), hm)
    tag = dict(ans=[(o, d)])
    if (o, d) in NEARS: tag['near'] = NEARS[(o, d)]
    if extra_note: tag['note'] = extra_note
    fn = FILES.get(o, 'x_{d}.pdf').format(d=DNAME[d])
    txt = atext(o, d, nil=(form == 'nil'))
    if form in ('late', 'latefile'):
        txt = R.choice(['ขออภัยที่ล่าช้าครับ ', 'ขออภัยที่ล่าช้าค่ะ 🙏 ', 'ขออภัยในความล่าช้าครับ ']) + txt
    if form in ('text', 'nil', 'late'):
        return L.post(t, p, txt, **tag)
    if form == 'reply':
        return L.post(t, p, txt, replyTo=o, **tag)
    if form in ('file',):
        return L.post(t, p, None, files=[fn], **tag)
    if form in ('textfile', 'latefile'):
        return L.post(t, p, txt, files=[fn], **tag)
    if form == 'textphotos':
        return L.post(t, p, txt, photos=R.randint(2, 4), **tag)
    if form == 'photos':
        return L.post(t, p, None, photos=R.randint(3, 4), **tag)
    if form == 'photoscap':
        return L.post(t, p, 'กิจกรรมจิตอาสาพัฒนา อ.' + DNAME[d] + R.choice([' ค่ะ', ' ครับ', ' เมื่อเช้านี้ครับ']), photos=3, caption_after=True, **tag)
    raise ValueError(form)

def schedule(o, lines):
    for ln in lines.strip().splitlines():
        ln = ln.strip()
        if ln and not ln.startswith('#'):
            answer(o, ln)

PV1, PV2, PP = 'PV01', 'PV02', 'PP01'

# ================= Monday 1 Dec =================
L.add(T(1, '06:58'), PV1, text='อรุณสวัสดิ์วันจันทร์ค่ะ ต้อนรับเดือนธันวาคม เดือนแห่งวันพ่อ 💛 ขอให้จิตอาสาทุกอำเภอมีสุขภาพแข็งแรงนะคะ')
L.add(T(1, '07:04'), who('akat', 'C'), text='สวัสดีครับ')
L.post(T(1, '07:31'), who('banmuang', 'V'), 'จอส.อ.บ้านม่วง รายงานกิจกรรมจิตอาสาบำเพ็ญประโยชน์ ทำความสะอาดศาลาวัดโพธิ์ชัย เมื่อวันเสาร์ที่ ๒๙ พ.ย. ๖๘ ผู้เข้าร่วม ๖๔ คน ค่ะ', photos=3,
       near='district volunteer officer reporting volunteer work: the group exists for this (SKN-5P allows reports from district people); posted before any order, so it answers no duty')
L.add(T(1, '07:40'), PV1, text='ขอบคุณ อ.บ้านม่วง ค่ะ 👍')

order('O1', T(1, '08:45', 10), PV1,
      'เรียน นอภ.ทุกอำเภอ\nด้วย ศอ.จอส.จว.สน. ได้รับจัดสรรผ้าห่มกันหนาวเพื่อมอบแก่กลุ่มเปราะบางที่ได้รับผลกระทบจากภัยหนาว ผ่านศูนย์อำนวยการจิตอาสาพระราชทานอำเภอ '
      'จึงขอให้อำเภอรายงานจำนวนผ้าห่มที่ได้รับและจำนวนที่แจกจ่ายแล้ว ตามแบบ จอส.๑ (แนบท้าย) ส่งทางกลุ่มนี้ ภายในวันพุธนี้ นะคะ 🙏',
      ALL, EOD(3), 'ภายในวันพุธนี้', 'Order on Monday 1 Dec; "this Wednesday" is Wed 3 Dec, a working day; the deadline is the end of that day.',
      photos=2, files=['แบบ จอส.๑ รายงานผ้าห่มกันหนาว.xlsx'])
acks(1, '08:47', ALL, 9)
L.add(T(1, '09:02'), who('sawang', 'C'), text='ขอสอบถามครับ แบบ จอส.๑ ส่งเป็นไฟล์ excel หรือ pdf ก็ได้ใช่ไหมครับ',
      near='a district chief asking the centre a question in ศอ.จอส.: neither an order nor a report, nothing in SKN-5P forbids it')
L.add(T(1, '09:05'), PV1, text='ได้ทั้งสองแบบค่ะ ท่าน 🙏')

order('O2', T(1, '10:30', 5), PP,
      'เรียน นอภ.เมืองสกลนคร นอภ.โพนนาแก้ว นอภ.กุสุมาลย์\nตามที่จังหวัดจะจัดกิจกรรมจิตอาสาเก็บผักตบชวาและทำความสะอาดริมหนองหาร เนื่องในวันพ่อแห่งชาติ ๕ ธ.ค. ๖๘ '
      'ขอให้ทั้ง ๓ อำเภอรายงานจำนวนจิตอาสาและเรือที่จะนำมาร่วม ด่วนภายในวันนี้ครับ',
      ['mueang', 'phonnakaeo', 'kusuman'], EOD(1), 'ด่วนภายในวันนี้', 'Order Monday 1 Dec 10:30; "urgently within today" = end of Mon 1 Dec.', photos=1)
L.add(T(1, '10:36'), who('mueang', 'C', ), text='รับทราบครับท่าน')
L.add(T(1, '10:41'), who('kusuman', 'K'), text='รับทราบครับ จะแจ้งทุกตำบลเตรียมจิตอาสาและเรือครับ',
      near='acknowledgement that carries compliance/order words (แจ้งทุกตำบล): by LABELS rule 1 it stays an acknowledgement, not an order from a non-centre member (no SKN-5P), and it is not a report (no figures)')
L.add(T(1, '10:44'), who('phonnakaeo', 'C'), text='รับทราบครับ 🙏')
schedule('O2', 'mueang 1 11:40 K text')

L.sys(T(1, '13:20'), who('songdao', 'C'), 'invite', target='D-songdao-P2', text='นอภ.ส่องดาว 🌳 เชิญ ปลัดตาล ส่องดาว เข้าร่วมกลุ่ม',
      near='a district chief invites a newly posted ปลัดอำเภอ (deputy_district_chief): an eligible member of ศอ.จอส. (SKN-5), so no SKN-ALL')
L.add(T(1, '13:25'), 'D-songdao-P2', text='สวัสดีค่ะ ปลัดตาล อ.ส่องดาว ย้ายมาใหม่ ฝากเนื้อฝากตัวด้วยนะคะ 🙏')
L.add(T(1, '13:28'), PV2, text='ยินดีต้อนรับครับ')

order('I1', T(1, '14:00', 12), PV2,
      'แจ้งเพื่อทราบครับ กำหนดการพิธีถวายพระพรชัยมงคล และพิธีจุดเทียนชัยถวายพระพรชัยมงคล เนื่องในวันคล้ายวันพระบรมราชสมภพ ร.๙ วันชาติ และวันพ่อแห่งชาติ '
      '๕ ธันวาคม ๒๕๖๘ ณ ลานหน้าศาลากลางจังหวัดสกลนคร รายละเอียดตามไฟล์แนบ (ไม่ต้องรายงาน)', None, None, 'เพื่อทราบ / ไม่ต้องรายงาน',
      'Information only: says ไม่ต้องรายงาน, creates no duty.', files=['กำหนดการพิธี 5 ธค 68.pdf'],
      near='information-only order of the centre (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): creates no SKN-5O duty')
acks(1, '14:02', ALL, 6)
schedule('O1', '''
nikhom 1 15:05 V file
mueang 1 15:20 V file
phangkhon 1 15:48 V file
kutbak 1 16:05 V file
phonnakaeo 1 16:40 V file
''')
schedule('O2', 'phonnakaeo 1 15:55 C reply')
L.add(T(1, '19:42'), who('kusuman', 'V'), text='สุขสันต์วันเกิดพี่ฝนค่ะ 🎂🎉 ขอให้มีความสุขมากๆ นะคะ')
L.add(T(1, '19:50'), who('warit', 'V'), text='HBD ค่ะพี่ฝน 🎂')
L.add(T(1, '20:03'), PV1, text='ขอบคุณน้องๆ ทุกคนค่ะ 🥰')
L.sys(T(1, '21:15'), who('banmuang', 'C'), 'invite', target='ผญบ.สมาน บ้านโพนงาม', text='นอภ.บ้านม่วง เชิญ ผญบ.สมาน บ้านโพนงาม เข้าร่วมกลุ่ม',
      viol=[('OUTSIDER', 'ผญบ.สมาน บ้านโพนงาม', 'village head not on the roster added by นอภ.บ้านม่วง (inviter)')])

# ================= Tuesday 2 Dec =================
L.add(T(2, '06:45'), 'ผญบ.สมาน บ้านโพนงาม', text='สวัสดีครับ ผญบ.สมาน บ้านโพนงาม ต.ดงเหนือ ยินดีรับใช้ครับ',
      near='the outsider added last night posts: still one OUTSIDER finding per person per group (at the invite), not a second one')
L.add(T(2, '07:02'), PV2, text='เรียน นอภ.บ้านม่วง กลุ่มนี้สำหรับ นอภ. ปลัดอำเภอ และเจ้าหน้าที่จิตอาสาเท่านั้นครับ รบกวนพิจารณาด้วยครับ')
L.sys(T(2, '07:20'), 'ผญบ.สมาน บ้านโพนงาม', 'leave', text='ผญบ.สมาน บ้านโพนงาม ออกจากกลุ่ม')
schedule('O2', 'kusuman 2 08:15 C late')
schedule('O1', '''
kusuman 2 09:40 V textfile
phanna 2 10:15 K text
khamtakla 2 11:30 C reply
taongoi 2 13:25 V text
warit 2 14:20 V textfile
akat 2 16:10 P1 file
''')
order('O4', T(2, '09:10', 20), PV2,
      'ด่วน เรียน นอภ.ทุกอำเภอ\nเนื่องจากอุณหภูมิลดต่ำลงต่อเนื่อง ขอให้ศูนย์อำนวยการจิตอาสาพระราชทานอำเภอ ร่วมกับ อสม. และ อปท. ออกเยี่ยมผู้สูงอายุ ผู้ป่วยติดเตียง และผู้ยากไร้ '
      'ที่ได้รับผลกระทบจากภัยหนาว แล้วรายงานจำนวนครัวเรือนที่เยี่ยมและผ้าห่มที่มอบ ภายใน ๒ วันทำการ ครับ',
      ALL, EOD(4), 'ภายใน ๒ วันทำการ', 'Order Tuesday 2 Dec; count from the next day: working day 1 = Wed 3, working day 2 = Thu 4; deadline end of Thu 4 Dec.')
acks(2, '09:12', ALL, 8)
L.add(T(2, '09:31'), 'D-phangkhon-K', name='ปลัดเอ็ม พังโคน\u200b', text='รับทราบครับ อ.พังโคน จะเร่งดำเนินการครับ',
      near='display name carries a trailing zero-width space; after removing invisible characters it is ปลัดเอ็ม พังโคน on the roster (coordinating deputy, eligible): not an outsider')
order('X1', T(2, '10:00', 8), 'PA03',
      'ส่งหนังสือจังหวัดสกลนคร ที่ สน ๐๐๑๘.๑/ว ๒๓๘๕๑ เรื่อง การปฏิบัติหน้าที่ช่วงวันหยุดยาว ๕-๗ ธ.ค. ๖๘ ขอให้อำเภอแจ้งปลัดอำเภอเวรทุกคนถือปฏิบัติ',
      None, None, '-', 'Posted by an office sending account, not the volunteer centre: not an order of the centre, creates no duty.', photos=2,
      viol=[('SKN-5', 'สารบรรณ ปค.สน. 📮', 'provincial office sending account (provincial_admin_staff) is not a member of ศอ.จอส.'),
            ('SKN-5P', 'สารบรรณ ปค.สน. 📮', 'an order posted by someone other than the provincial volunteer centre')])
L.add(T(2, '10:06'), PP, text='หนังสือทั่วไปส่งกลุ่ม ข้อสั่งการ ปค.สน. นะครับ กลุ่มนี้เฉพาะงานจิตอาสาครับ 🙏')
schedule('O4', '''
nikhom 3 08:50 V nil
kusuman 3 09:15 K text
phonnakaeo 3 10:20 V text
phanna 3 11:05 V text
banmuang 3 13:40 V text
akat 3 14:05 K nil
sawang 4 09:30 P1 text
khoksi 4 10:05 V textfile
phuphan 4 11:30 K text
charoensin 4 16:20 K text
mueang 2 15:30 V textphotos
phangkhon 2 14:45 K reply
kutbak 2 16:40 V text
wanon 2 16:55 K text
''')
order('O5', T(2, '13:30', 2), PP,
      'อำเภอที่ยังไม่ได้จัดกิจกรรมจิตอาสาพัฒนา ประจำเดือนธันวาคม เฉลิมพระเกียรติ ๕ ธันวาคม ขอให้ดำเนินการจัดกิจกรรม และรายงานผลพร้อมภาพถ่ายกิจกรรม ๓-๔ ภาพ ทางกลุ่มนี้ ก่อนวันหยุดครับ',
      ALL, EOD(4), 'ก่อนวันหยุด', 'Order Tuesday 2 Dec; "before the holiday" = before Fri 5 Dec (national holiday), so by the end of Thu 4 Dec. The text names a kind of district but lists none, so every district owes (EVAL-RULES: the districts it names, else all).')
L.add(T(2, '13:41'), who('wanon', 'C'), text='เรียนท่านปลัดจังหวัดครับ อ.วานรนิวาส จัดกิจกรรมไปแล้วเมื่อ ๒๘ พ.ย. ต้องรายงานด้วยไหมครับ')
L.add(T(2, '13:44'), PP, text='รายงานผลที่จัดแล้วได้เลยครับ ทุกอำเภอครับ')
acks(2, '13:46', ALL, 5)
L.post(T(2, '14:00'), who('mueang', 'C'), 'ฝากทุกอำเภอส่งรายชื่อจิตอาสาที่จะไปร่วมพิธีที่ลานหน้าศาลากลาง ให้ ปลัดเก่ง อ.เมือง ภายในวันพรุ่งนี้ด้วยครับ เพื่อจัดแถว',
       viol=[('SKN-5P', 'นอภ.เมืองสกลนคร', 'a district chief directing all districts: an order from someone other than the provincial centre')])
schedule('O5', 'wanon 2 14:15 C text')
schedule('O4', 'khamtakla 2 16:00 C text')
L.add(T(2, '17:30'), PV1, text='เรียน ท่าน ปจ.สน. ขอรายงานผลการจัดเตรียมสถานที่พิธีวันที่ ๕ ธ.ค. ดำเนินการแล้วประมาณ ๘๐% เต็นท์ ๑๒ หลัง เก้าอี้ ๘๐๐ ตัว ส่วนที่เหลือจะแล้วเสร็จวันพฤหัสค่ะ',
      viol=[('SKN-5P', 'จอส.จว.สน. พี่ฝน', 'a report posted by a province-level officer, not by a district\'s people')])
L.add(T(2, '17:36'), PP, text='ขอบคุณครับ')
L.add(T(2, '20:15'), who('taongoi', 'C'), text='ขอให้ทุกท่านรักษาสุขภาพนะครับ อากาศหนาวมาก 🥶',
      near='courtesy that uses order words (ขอให้…): chat, not an order (LABELS rule 5)')

# ================= Wednesday 3 Dec =================
L.add(T(3, '07:50', 5), PV1, text='📌 ย้ำค่ะ อำเภอที่ยังไม่ได้ส่งแบบ จอส.๑ (ผ้าห่มกันหนาว) ขอให้ส่งภายในวันนี้นะคะ ยังขาด อ.วานรนิวาส อ.บ้านม่วง อ.สว่างแดนดิน อ.ส่องดาว อ.โคกศรีสุพรรณ อ.เจริญศิลป์ อ.ภูพาน ค่ะ',
      replyTo='O1', key='R1', near='reminder of O1 (ย้ำ, อำเภอที่ยังไม่ได้ส่ง, reply to the order): creates no new duty')
order('O6', T(3, '08:30', 15), PV2,
      'เรียน นอภ.วาริชภูมิ นอภ.ส่องดาว นอภ.นิคมน้ำอูน นอภ.เจริญศิลป์ นอภ.ภูพาน\nตามที่อำเภอได้รับมอบหมายจัดจิตอาสาอำนวยความสะดวกในงานกาชาดจังหวัดสกลนคร ประจำปี ๒๕๖๘ '
      'ขอให้ส่งรายชื่อจิตอาสาและผู้ประสานงานของอำเภอ ภายในวันที่ ๔ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น. ครับ',
      ['warit', 'songdao', 'nikhom', 'charoensin', 'phuphan'], dt.datetime(2025, 12, 4, 12, 0, 0, tzinfo=TZ),
      'ภายในวันที่ ๔ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น.', 'An exact date and time: Thu 4 Dec 12:00. Addressed to five named districts in the salutation.')
acks(3, '08:33', ['warit', 'songdao', 'nikhom', 'charoensin', 'phuphan'], 3)
order('O9', T(3, '09:00', 30), PV1,
      'ส่งหนังสือจังหวัดสกลนคร ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๒๔๑๑๐ ลงวันที่ ๒ ธ.ค. ๖๘ เรื่อง การรายงานข้อมูลชุดปฏิบัติการจิตอาสาภัยพิบัติประจำอำเภอ '
      'ขอให้อำเภอรายงานข้อมูลตามแบบท้ายหนังสือ รายละเอียดตามหนังสือที่แนบค่ะ 🙏',
      ALL, None, 'none in the text (only the letter photo says ภายในวันที่ ๑๐ ธ.ค. ๒๕๖๘)',
      'The text asks for a report but states no deadline; the deadline (10 Dec) appears only in the photographed letter. EVAL-RULES reads the deadline from the text, else 24 hours from the order: Thu 4 Dec at the order\'s time.',
      photos=3)
acks(3, '09:02', ALL, 7)
order('O7', T(3, '10:00', 40), PP,
      'เรียน นอภ.ทุกอำเภอ\nขอให้อำเภอจัดทำแผนกิจกรรมจิตอาสาเฉลิมพระเกียรติช่วงเทศกาลปีใหม่ ๒๕๖๙ (จุดบริการประชาชน จุดพักรถ จุดบริการน้ำดื่ม) และรายงานให้จังหวัดทราบภายใน 3 วัน ครับ',
      ALL, EOD(8), 'ภายใน 3 วัน', 'Order Wed 3 Dec; count from the next day: day 1 Thu 4, day 2 Fri 5 (holiday), day 3 Sat 6 (weekend); the last day is not a working day, so it moves to the next working day, Mon 8 Dec (end of day). After the end of the log: unanswered districts are not-due.')
acks(3, '10:02', ALL, 6)
L.add(T(3, '10:25'), 'D-akat-K', name='🎅หนุ่ม🎅', text='รับทราบครับท่าน อ.อากาศอำนวย',
      near='display name changed for the season, but senderId is the LINE user id of ปลัดหนุ่ม อากาศฯ on the roster (coordinating deputy): matched by id, eligible')
schedule('O6', 'nikhom 3 10:30 K text')
schedule('O9', '''
songdao 3 11:05 V file
kusuman 3 11:30 V file
nikhom 3 11:45 V text
mueang 3 13:00 V file
sawang 3 13:50 V file
phanna 3 14:10 V text
phangkhon 3 10:50 V file
khamtakla 3 15:05 V file
taongoi 3 15:30 V text
warit 3 16:00 V file
banmuang 3 16:30 V file
phuphan 3 17:10 K file
akat 4 08:10 K text
phonnakaeo 4 08:55 V file
''')
schedule('O1', '''
wanon 3 10:40 V text
songdao 3 15:10 V file
khoksi 3 16:45 K file
phuphan 3 20:15 K text
''')
schedule('O5', '''
kutbak 3 09:30 K photoscap
sawang 3 11:20 V textphotos
phangkhon 3 13:10 V textphotos
khoksi 3 14:50 V textphotos
mueang 3 15:40 V textphotos
khamtakla 3 16:20 V photos
''')
order('O8', T(3, '14:00', 25), PV2,
      'อำเภอรอยต่อจังหวัดนครพนม ได้แก่ อ.อากาศอำนวย อ.โพนนาแก้ว และ อ.กุสุมาลย์ ขอให้ส่งรายชื่อจิตอาสาประสานงานด่านตรวจร่วมช่วงเทศกาลปีใหม่ ตามแบบ จอส.๒ ภายในสัปดาห์นี้ ครับ',
      ['akat', 'phonnakaeo', 'kusuman'], EOD(4), 'ภายในสัปดาห์นี้',
      'Order Wed 3 Dec; "within this week": the working week ends Friday, but Fri 5 Dec is a holiday, so the last working day of this week is Thu 4 Dec (end of day). The three districts named by group and then listed owe; all three answered on Wed/Thu, so the state does not depend on this reading.',
      files=['แบบ จอส.๒.docx'])
L.add(T(3, '14:04'), who('akat', 'C'), text='รับทราบครับ')
L.add(T(3, '14:09'), who('kusuman', 'V'), text='รับทราบค่ะ')
schedule('O6', 'phuphan 3 15:30 K text')
schedule('O8', 'phonnakaeo 3 16:10 V file')
L.add(T(3, '18:30'), who('songdao', 'P1'), text='ขอบคุณพี่ๆ ทุกอำเภอที่ช่วยแนะนำเรื่องแบบฟอร์มครับ')

# ================= Thursday 4 Dec =================
L.add(T(4, '07:45', 12), PV2, text='เร่งรัดครับ อำเภอที่ยังไม่ได้รายงานผลการออกเยี่ยมผู้สูงอายุช่วงภัยหนาว ขอให้รายงานภายในวันนี้ตามกำหนดเวลาครับ',
      replyTo='O4', key='R2', near='reminder (เร่งรัด, reply to O4): creates no new duty')
order('O12', T(4, '08:00', 0), PP,
      'ด่วนครับ ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่จะเข้าร่วมพิธีถวายพระพรชัยมงคลและกิจกรรมจิตอาสา วันที่ ๕ ธ.ค. ๖๘ (แยกชาย/หญิง) ภายในเวลา ๑๕.๓๐ น. วันนี้ครับ',
      ALL, dt.datetime(2025, 12, 4, 15, 30, 0, tzinfo=TZ), 'ภายในเวลา ๑๕.๓๐ น. วันนี้', 'Order Thu 4 Dec 08:00; deadline today 15:30.')
acks(4, '08:02', ALL, 7)
schedule('O12', '''
sawang 4 08:45 K text
mueang 4 09:05 K text
khamtakla 4 09:20 C text
phanna 4 09:40 K text
phonnakaeo 4 09:55 V text
warit 4 10:10 V text
kutbak 4 10:15 V text
taongoi 4 10:50 V text
phangkhon 4 11:00 V text
songdao 4 11:40 C text
khoksi 4 12:30 V text
phuphan 4 13:20 K text
wanon 4 13:00 K text
charoensin 4 14:10 K reply
kusuman 4 15:29 V text
nikhom 4 15:50 V late
banmuang 4 17:05 V late
''')
schedule('O1', 'banmuang 4 08:40 V latefile')
schedule('O8', '''
akat 4 09:00 V file
kusuman 4 10:15 K textfile
''')
schedule('O9', 'khoksi 4 10:30 K late')
schedule('O5', '''
kusuman 4 08:20 V photos
nikhom 4 09:10 C textphotos
banmuang 4 10:40 V textphotos
phonnakaeo 4 11:15 V photos
warit 4 13:45 V photos
taongoi 4 14:30 V photoscap
songdao 4 15:45 V textphotos
charoensin 4 23:58 K textphotos
''')
order('O10', T(4, '10:30', 30), PV1,
      'เรียน นอภ.ทุกอำเภอ\nขอให้ศูนย์อำนวยการจิตอาสาพระราชทานอำเภอ สำรวจและรายงานจุดที่จะจัดกิจกรรมจิตอาสาทำฝายชะลอน้ำ/ขุดลอกคลองส่งน้ำ รองรับแผนการปลูกข้าวนาปรัง ฤดูแล้ง ๒๕๖๘/๖๙ '
      'ภายในวันจันทร์ที่ ๘ ธ.ค. ๖๘ ค่ะ',
      ALL, EOD(8), 'ภายในวันจันทร์ที่ ๘ ธ.ค. ๖๘', 'A named date across the holiday and weekend: Mon 8 Dec, end of day. After the end of the log: unanswered districts are not-due.')
acks(4, '10:33', ALL, 5)
L.add(T(4, '11:00'), 'A09', text='พมจ.สน. ขอประชาสัมพันธ์ รับบริจาคผ้าห่มและเครื่องกันหนาว ณ บ้านพักเด็กและครอบครัวจังหวัดสกลนคร สนใจติดต่อ ๐๔๒-๗๑๑-๔๒๙ ครับ',
      viol=[('SKN-5', 'พมจ.สกลนคร', 'agency head (agency_head) is not a member of ศอ.จอส.')])
schedule('O6', '''
warit 4 11:59 C text
songdao 4 13:10 V late
''')
schedule('O7', '''
phangkhon 4 09:50 V textfile
sawang 4 10:50 K text
phonnakaeo 4 13:30 K text
mueang 4 14:00 K textfile
kusuman 4 15:10 V text
nikhom 4 16:00 V text
taongoi 4 16:40 V file
''')
schedule('O10', '''
wanon 4 14:20 K text
phangkhon 4 15:00 V text
mueang 4 16:10 K text
sawang 4 16:40 K text
''')
L.add(T(4, '14:30', 0), PP, text='อำเภอที่ยังไม่ได้รายงานยอดจิตอาสาร่วมพิธีพรุ่งนี้ ขอให้รายงานด่วนครับ ตามกำหนดเวลา ๑๕.๓๐ น.',
      key='R3', near='reminder of O12 (อำเภอที่ยังไม่ได้รายงาน, ตามกำหนดเวลา): creates no new duty')
order('I2', T(4, '15:00', 20), PV2,
      'ขอความร่วมมือจิตอาสาทุกอำเภอที่มาร่วมพิธีวันที่ ๕ ธ.ค. แต่งกายชุดจิตอาสาพระราชทาน (เสื้อสีเหลือง หมวก ผ้าพันคอ) มาพร้อมกันเวลา ๐๖.๓๐ น. แจ้งเพื่อทราบ ไม่ต้องรายงานครับ',
      None, None, 'เพื่อทราบ / ไม่ต้องรายงาน', 'Information only: creates no duty.',
      near='request with order words (ขอความร่วมมือ) that says แจ้งเพื่อทราบ ไม่ต้องรายงาน: creates no SKN-5O duty')
acks(4, '15:02', ALL, 5)
L.add(T(4, '16:30'), 'D-sawang-K', text='ขอความร่วมมือทุกอำเภอ ส่งยอดจิตอาสาที่จะไปช่วยงานกาชาดวันเสาร์ ให้ผมด้วยนะครับ จะได้รวมรถไปพร้อมกัน',
      viol=[('SKN-5P', 'ปลัดเอก สว่างฯ', 'a coordinating deputy directing all districts: an order from someone other than the provincial centre')])
L.sys(T(4, '17:10'), 'D-phanna-P1', 'leave', text='ปลัดกอล์ฟ พรรณานิคม ออกจากกลุ่ม')
L.add(T(4, '17:45'), PP, text='ขอบคุณทุกอำเภอครับ พรุ่งนี้พบกันที่ลานหน้าศาลากลาง ๐๖.๓๐ น. ครับ 🙏',
      near='courtesy from the palad ("ขอบคุณทุกอำเภอ"): chat, not an order and not a report')

# ================= Friday 5 Dec (holiday) =================
L.post(T(5, '05:50'), PV1, 'ทรงพระเจริญ 💛 ๕ ธันวาคม วันคล้ายวันพระบรมราชสมภพ ร.๙ วันชาติ และวันพ่อแห่งชาติ', photos=1)
for d, c, tx in [('mueang', 'V', 'ทรงพระเจริญ 🙏💛'), ('akat', 'C', 'ทรงพระเจริญครับ'), ('nikhom', 'V', 'ทรงพระเจริญค่ะ 💛'), ('phuphan', 'K', 'ทรงพระเจริญ')]:
    L.add(T(5, '06:0' + str(len(tx) % 9)), who(d, c), text=tx)
L.add(T(5, '08:00', 30), PV1, text='อำเภอที่ยังไม่ได้รายงานข้อมูลชุดปฏิบัติการจิตอาสาภัยพิบัติ (หนังสือ ว ๒๔๑๑๐) ขอให้รายงานด้วยค่ะ 🙏',
      replyTo='O9', key='R4', near='reminder of O9 (reply to the order, อำเภอที่ยังไม่ได้รายงาน): creates no new duty')
schedule('O5', 'phanna 5 08:30 K late')
schedule('O1', 'sawang 5 09:20 V latefile')
schedule('O7', '''
banmuang 5 09:00 C text
khoksi 5 11:10 V file
''')
schedule('O4', 'warit 5 10:00 V late')
L.post(T(5, '10:20'), who('khamtakla', 'V'), 'ศอ.จอส.อ.คำตากล้า รายงานผลการออกเยี่ยมผู้สูงอายุและผู้ป่วยติดเตียงช่วงภัยหนาว ๓๘ ครัวเรือน มอบผ้าห่ม ๓๘ ผืน (รายงานเพิ่มเติม) ค่ะ', photos=2,
       ans=[('O4-second', 'khamtakla')],
       near='second answer to O4 from คำตากล้า, after the deadline: the district chief already answered on Tue 2 Dec 16:00 from his own account and the first answer counts, so the district is on-time, not late')
schedule('O10', 'nikhom 5 10:40 V text')
L.post(T(5, '11:30'), who('sawang', 'V'), 'บรรยากาศพิธีถวายพระพรชัยมงคล อ.สว่างแดนดิน เมื่อเช้านี้ค่ะ 💛', photos=4,
       near='district volunteer officer sharing photos of the day\'s ceremony: a district post the group allows; O5 is already answered by สว่างแดนดิน, and no open order asks for photos from it')
L.add(T(5, '12:10'), PP, text='ขอบคุณจิตอาสาทุกอำเภอครับ วันนี้เรียบร้อยดีครับ 🙏')
L.add(T(5, '20:40'), who('kutbak', 'C'), text='ขอบคุณท่านปลัดจังหวัดและทีมจิตอาสาทุกท่านครับ พักผ่อนวันหยุดยาวนะครับ')
