# ศอ.จอส.จว.สน. — volunteer-centre.jsonl. Orders, duties and answers planned by hand.
from frame import *
from roster_def import ALL, DNAME, DP, PEOPLE
import datetime as dt
L = Log('volunteer-centre.jsonl', 'ศอ.จอส.จว.สน.')

def dpeople(dk):
    return [dk+'_'+s for s,_,_ in DP[dk]]
def pick(dk, pref=None):
    ks = [k for k in dpeople(dk) if k not in ('SAW_D','WAN_D')]
    if pref:
        for s in pref:
            k = dk+'_'+s
            if k in ks: return k
    w = []
    for k in ks:
        s = k.split('_')[1]
        w += [k]*{'V':5,'P':3,'PV':8,'C':2,'D':1}[s]
    return R.choice(w)

VIL = ['บ้านนาหัวบ่อ','บ้านโคกสะอาด','บ้านหนองแวง','บ้านดงมะไฟ','บ้านนาโพธิ์','บ้านคำบ่อ','บ้านห้วยยาง','บ้านโนนสวรรค์',
       'บ้านป่าหวาย','บ้านนาเพียง','บ้านหนองบัว','บ้านคำเพิ่ม','บ้านท่าแร่','บ้านดอนเขือง','บ้านนาขาม','บ้านโพนงาม']
def dn(dk):
    n = DNAME[dk]
    short = {'MUE':'เมืองฯ','SAW':'สว่างฯ','KHO':'โคกศรีฯ','WAN':'วานรฯ','PHN':'พรรณาฯ'}
    if dk in short and R.random() < 0.35: return short[dk]
    return n

ACKS = ['รับทราบครับ','รับทราบค่ะ','ทราบครับ','รับทราบครับผม','รับทราบและถือปฏิบัติครับ','ร้บทราบครับ','รับทราบคับ',
        '🙏','👍','🙏🙏','รับทราบครับ 🙏','ทราบแล้วค่ะ','รับทราบค่ะ 🙏🏻','โอเคครับ','รับทราบครับท่าน','รับทาบครับ','🫡',
        'รับทราบค่ะ ขอบคุณค่ะ']
def acks(t0, n, dks=None, minutes=25):
    pool = dks or ALL
    used = set()
    for i in range(n):
        dk = R.choice(pool)
        k = pick(dk)
        if k in used: continue
        used.add(k)
        t = t0 + dt.timedelta(seconds=R.randint(60, minutes*60))
        if R.random() < 0.25: L.post(t, k, [('sticker',)])
        else: L.post(t, k, [R.choice(ACKS)])

ANS = {}   # tag -> (order(s), district)
def answer(orders, dk, t, parts, who=None, reply=None, pref=None, nm=None):
    if isinstance(orders, str): orders = [orders]
    k = who or pick(dk, pref)
    tag = 'A-' + '+'.join(orders) + '-' + dk
    ANS[tag] = (orders, dk)
    L.post(t, k, parts, reply=reply, tag=tag, nm=nm, sid=(True if R.random()<0.3 and (PEOPLE[k]['line_user_id'] or PEOPLE[k]['email']) else None))

def spread(t0, t1, dks):
    n = len(dks); span = (t1-t0).total_seconds()
    out = []
    for i,dk in enumerate(dks):
        base = t0 + dt.timedelta(seconds=span*i/max(n,1))
        t = base + dt.timedelta(seconds=R.randint(0, int(span/max(n,1)*0.6)))
        t = t.replace(microsecond=0)
        if t.hour >= 22: t = t.replace(hour=21)
        if t.hour < 6 or (t.hour == 6 and t.minute < 30): t = t.replace(hour=R.choice([6,7]), minute=R.randint(31,59))
        out.append((dk, t))
    return out

# ---------------------------------------------------------------- Monday 16
d = 16
L.post(T(d,'07:05:12'), 'VOLT', ['สวัสดีวันจันทร์ครับ ทุกอำเภอ สัปดาห์นี้ช่วงไฟป่าหนักนะครับ ขอให้ทุกท่านปลอดภัยครับ 🙏'],
       nm='courtesy that uses order words (ขอให้) from the provincial centre: chat, no duty')
L.post(T(d,'07:31:40'), 'RET', ['อรุณสวัสดิ์วันจันทร์ครับ ขอให้ทุกท่านสุขภาพแข็งแรง 🌄', ('img',1)],
       truth=[('SKN-5','ลุงเสริฐ (อดีตนอภ.)','','retired official is not admitted to ศอ.จอส.จว.สน.; first appearance (morning greeting)')])
O1 = T(d,'08:45:20')
L.post(O1, 'VOLT', ['ด่วนที่สุด\nศอ.จอส.จว.สน. ขอแจ้งทุกอำเภอจัดกิจกรรมจิตอาสาพระราชทาน "ทำแนวกันไฟ ป้องกันไฟป่าเทือกเขาภูพาน" ห้วงวันที่ ๑๖-๒๒ ก.พ. ๒๕๖๙ '
   'และขอให้ ศอ.จอส.อำเภอ รายงานแผนการจัดกิจกรรม (สถานที่ วัน เวลา จำนวนจิตอาสา) พร้อมภาพถ่ายการเตรียมการ ๓-๔ ภาพ ภายใน ๒๔ ชม. '
   'รายละเอียดตามหนังสือจังหวัดสกลนคร ที่ สน ๐๐๑๘.๑/ว ๑๑๕๒ ลงวันที่ ๑๓ ก.พ. ๒๕๖๙ ครับ', ('img',3)], tag='O1', gap=20,
   nm='order of the provincial volunteer centre with photos of the letter: allowed (SKN-5P), it creates duty O1')
acks(O1, 9)
L.post(O1+dt.timedelta(minutes=6), 'PKO_P', ['รับทราบครับ'], raw_name='ปลัดเอ็ม  พังโคน',
       nm='roster display name "ปลัดเอ็ม พังโคน" written with a double space: same person (coordinating deputy), not an outsider')
L.post(O1+dt.timedelta(minutes=9), 'WAN_C', ['รับทราบครับ จะแจ้งทุกตำบลดำเนินการและรายงานตามกำหนดครับ'],
       nm='acknowledgement that contains order words (แจ้ง…ดำเนินการ, รายงาน): not an order, not a report')
L.post(O1+dt.timedelta(minutes=14), 'KHA_C', ['รับทราบครับ'], raw_name='บุญเลิศ 🙂', sid=PEOPLE['KHA_C']['email'],
       nm='display name not on the roster but the e-mail sender id matches นอภ.คำตากล้า: a member, not an outsider')

O1_SPECIAL = {'MUE','KUS','PKO','PHU','SON','CHA','KHA'}
O1TXT = ['ศอ.จอส.อ.{d} ขอรายงานแผนกิจกรรมจิตอาสาทำแนวกันไฟ วันที่ {day} ก.พ. ๖๙ เวลา ๐๘.๓๐ น. ณ ป่าชุมชน{v} จิตอาสาประมาณ {n} คน ครับ',
         'รายงานแผนการจัดกิจกรรมจิตอาสาพระราชทาน ทำแนวกันไฟ อ.{d}\n📍 ป่าชุมชน{v}\n🗓 {day} ก.พ. 69\n👥 จิตอาสา {n} คน\nค่ะ',
         'อ.{d} กำหนดทำแนวกันไฟ {day} ก.พ. ที่ป่าดงมะไฟ {v} ระยะทาง {km} กม. จิตอาสา {n} คน ส่งภาพการเตรียมการครับ',
         'แผนกิจกรรมทำแนวกันไฟ อำเภอ{d} : {day} ก.พ. ๖๙ / {v} / {n} คน / แนวกันไฟยาว {km} กม. ครับ']
def o1text(dk):
    return R.choice(O1TXT).format(d=dn(dk), day=th(R.choice([18,19,20,21])), v=R.choice(VIL), n=th(R.randint(35,160)), km=th(R.randint(2,9)))
rest = [k for k in ALL if k not in O1_SPECIAL]
for dk,t in spread(T(d,'09:30:00'), T(17,'08:10:00'), rest):
    if t.hour >= 19 and t.day==16: t = t.replace(hour=R.choice([19,20,21]))
    st = R.random()
    if st < 0.2:
        answer('O1', dk, t, [('img',R.randint(2,3)), o1text(dk)])
    else:
        answer('O1', dk, t, [o1text(dk), ('img',R.randint(2,4))])
answer('O1','MUE', T(d,'09:52:30'), [o1text('MUE'), ('img',3)], who='MUE_P',
       nm='a coordinating deputy reports for his district in ศอ.จอส.จว.สน.: a district person, allowed, and it answers O1')
answer('O1','KUS', T(d,'11:18:05'), [('img',3)], who='KUS_V')
answer('O1','PKO', T(d,'13:40:10'), ['ศอ.จอส.อ.พังโคน รายงานแผนทำแนวกันไฟ ๑๙ ก.พ. ๖๙ ณ ป่าชุมชนบ้านนาเพียง จิตอาสา ๑๒๐ คน ครับ', ('img',2)],
       who='PKO_P', reply='O1')
answer('O1','PHU', T(17,'08:44:05'), ['อ.ภูพาน ขอรายงานแผนทำแนวกันไฟ ๓ จุด (ห้วยหวด โคกภู สร้างค้อ) ๒๐ ก.พ. ๖๙ จิตอาสา ๒๑๐ คน ค่ะ', ('img',3)], who='PHU_V')

O2 = T(d,'10:30:05')
L.post(O2, 'PALAD', ['เรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.ส่องดาว นอภ.วาริชภูมิ นอภ.เต่างอย\n'
   'ด้วยสถานการณ์ไฟป่าบนเทือกเขาภูพานทวีความรุนแรง ขอให้จัดชุดจิตอาสาเฝ้าระวังและลาดตระเวนไฟป่าร่วมกับหน่วยป้องกันรักษาป่า '
   'และรายงานจำนวนชุด/จำนวนจิตอาสา ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ'], tag='O2',
   nm='palad order naming five districts in the salutation: allowed, duty O2 only for those five')
acks(O2, 5, ['PHU','KUD','SON','WAR','TAO'], 20)
answer('O2','PHU', T(d,'11:50:40'), ['อ.ภูพาน จัดชุดจิตอาสาเฝ้าระวังไฟป่า ๘ ชุด ๙๖ คน ประจำ ๔ จุดรอบเขตรักษาพันธุ์สัตว์ป่าภูพาน ครับ'], who='PHU_C')
answer('O2','WAR', T(d,'13:15:22'), ['วาริชภูมิ : ชุดลาดตระเวน ๕ ชุด จิตอาสา ๔๒ คน ครับ'], who='WAR_P')
answer('O2','SON', T(d,'15:02:10'), ['รายงานครับ อ.ส่องดาว จัดชุดจิตอาสาร่วมลาดตระเวนไฟป่า ๖ ชุด รวม ๕๔ คน'], who='SON_P',
       nm=None)
answer('O2','KUD', T(d,'16:29:10'), ['ศอ.จอส.อ.กุดบาก ขอรายงาน ชุดเฝ้าระวังไฟป่า ๗ ชุด จิตอาสา ๗๐ คน ครับ'], who='KUD_PV', nm='the two-role person (coordinating deputy | volunteer officer) reports as district volunteer officer: allowed, answers O2')
R1 = T(d,'16:45:30')
L.post(R1, 'PALAD', ['ย้ำ อ.เต่างอย ยังไม่ได้รายงานจำนวนชุดจิตอาสาลาดตระเวนไฟป่า ขอให้รายงานด่วนครับ'], reply='O2', tag='R1',
       nm='reminder of O2 (ย้ำ, reply to the order): creates no new duty')
answer('O2','TAO', T(d,'17:05:45'), ['ขออภัยที่ล่าช้าครับ อ.เต่างอย จัดชุดจิตอาสาลาดตระเวน ๔ ชุด ๓๖ คน ครับ'], who='TAO_C')

O3 = T(d,'14:10:00')
L.post(O3, 'VOLA', ['แจ้งเพื่อทราบค่ะ กำหนดการพิธีเปิดโครงการจิตอาสาพระราชทาน "สกลนครร่วมใจ ต้านภัยไฟป่า" วันเสาร์ที่ ๒๑ ก.พ. ๒๕๖๙ '
   'เวลา ๐๘.๐๐ น. ณ ลานพระราชานุสาวรีย์ฯ รายละเอียดตามไฟล์แนบ (ไม่ต้องรายงานค่ะ)', ('file','กำหนดการพิธีเปิดโครงการ_21ก.พ.69.pdf')], tag='O3',
   nm='information-only order (เพื่อทราบ, ไม่ต้องรายงาน): no duty')
acks(O3, 4)
L.post(T(d,'19:12:30'), 'H_DDPM', ['ขอบคุณจิตอาสาทุกอำเภอที่ช่วยกันทำแนวกันไฟครับ ปภ.พร้อมสนับสนุนรถน้ำครับ'],
       truth=[('SKN-5','หน.ปภ.สน. เสกสรรค์','','agency head is not admitted to ศอ.จอส.จว.สน.; first post')])
L.post(T(d,'20:40:00'), 'SAW_D', ['รับทราบครับ'], raw_name='ปลัดโอ๊ต')

# ---------------------------------------------------------------- Tuesday 17
d = 17
L.post(T(d,'06:50:00'), 'PHO_PV', ['สวัสดีวันตรุษจีนครับ ซินเจียยู่อี่ ซินนี้ฮวดไช้ 🧧🍊', ('img',1)])
O4 = T(d,'09:05:30')
L.post(O4, 'PALAD', ['ขอให้ทุกอำเภอรายงานผลการดำเนินกิจกรรมจิตอาสาแจกจ่ายน้ำอุปโภคบริโภคให้ประชาชนในพื้นที่ประสบภัยแล้ง '
   '(จำนวนหมู่บ้าน ครัวเรือน ปริมาณน้ำ) ภายในวันที่ ๑๘ ก.พ. ๖๙ ครับ', ('img',2)], tag='O4', gap=25)
acks(O4, 7)
RM2 = T(d,'10:00:00')
L.post(RM2, 'VOLT', ['เร่งรัด อำเภอที่ยังไม่ได้รายงานแผนกิจกรรมทำแนวกันไฟ (ครบกำหนดเช้านี้ ๐๘.๔๕ น.) ได้แก่ อ.คำตากล้า อ.ส่องดาว อ.เจริญศิลป์ ขอให้รายงานด่วนครับ'],
       reply='O1', tag='R2', nm='reminder of O1 naming the districts still owing: no new duty')
answer('O1','SON', T(d,'10:20:15'), ['อ.ส่องดาว รายงานแผนทำแนวกันไฟ ๒๑ ก.พ. ๖๙ ณ ป่าชุมชนบ้านคำบ่อ จิตอาสา ๘๕ คน ขออภัยที่ล่าช้าครับ', ('img',3)], who='SON_V')
answer('O1','CHA', T(d,'11:05:50'), ['เจริญศิลป์ ทำแนวกันไฟ ๑๙ ก.พ. ๖๙ บ้านหนองแวง จิตอาสา ๖๐ คน ครับ', ('img',2)], who='CHA_V')
O5 = T(d,'13:20:10')
L.post(O5, 'PALAD', ['อำเภอที่มีจุดความร้อน (Hotspot) จากการรายงานของ GISTDA รอบเช้าวันนี้ ได้แก่ อ.ภูพาน ๗ จุด อ.ส่องดาว ๔ จุด อ.วาริชภูมิ ๒ จุด '
   'และ อ.พรรณานิคม ๑ จุด ขอให้ ศอ.จอส.อำเภอ ประสานจิตอาสาร่วมกับเจ้าหน้าที่ป่าไม้ตรวจสอบและดับไฟ แล้วรายงานผลพร้อมภาพถ่าย ก่อนเที่ยงวันพรุ่งนี้ครับ', ('img',1)], tag='O5',
   nm='order addressed to "อำเภอที่มีจุดความร้อน" with the four names in the body: duty O5 only for those four')
acks(O5, 4, ['PHU','SON','WAR','PHN'], 15)
O6 = T(d,'15:40:20')
L.post(O6, 'VOLA', ['ส่งสำเนาหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๑๐.๒/ว ๐๘๑๗ เรื่อง แนวทางการแต่งกายและการใช้ตราสัญลักษณ์จิตอาสาพระราชทาน เพื่อทราบค่ะ',
   ('file','มท0310.2ว0817_การแต่งกายจิตอาสา.pdf')], tag='O6', nm='information-only circular (เพื่อทราบ): no duty')
acks(O6, 3)
O12 = T(d,'16:10:00')
L.post(O12, 'VOLT', ['ขอให้ทุกอำเภอส่งรายชื่อผู้ประสานงานจิตอาสาระดับตำบล ตามแบบฟอร์มแนบ ส่งภายใน 19 กพ. 69 นะครับ', ('file','แบบฟอร์มรายชื่อผู้ประสานงานตำบล.xlsx')], tag='O12')
acks(O12, 5)
L.post(T(d,'19:35:00'), 'OFF3', ['ขออนุญาตแจ้งหมายเลขเวรกลางคืนที่ทำการปกครองจังหวัด ๐๙๘-๗๗๖-๒๔๑๐ ค่ะ'],
       truth=[('SKN-5','งานปกครอง ปค.จ.สน.','','provincial office sending account is not admitted to ศอ.จอส.จว.สน.; first post')])

O4_SPECIAL = {'BAN','WAN','AKA','KHO','NIK'}
O4TXT = ['อ.{d} รายงานผลจิตอาสาแจกจ่ายน้ำอุปโภคบริโภค {v} หมู่บ้าน {h} ครัวเรือน ปริมาณน้ำ {l} ลิตร ครับ',
         'รายงานผลกิจกรรมจิตอาสาแจกน้ำช่วยภัยแล้ง อำเภอ{d}\n- หมู่บ้าน {v}\n- ครัวเรือน {h}\n- น้ำ {l} ลิตร\nค่ะ',
         'ศอ.จอส.อ.{d} ได้ดำเนินการแจกจ่ายน้ำแล้ว จำนวน {v} หมู่บ้าน {h} ครัวเรือน รวม {l} ลิตร ครับ']
def o4text(dk):
    return R.choice(O4TXT).format(d=dn(dk), v=th(R.randint(3,14)), h=th(R.randint(80,640)), l=th(R.randint(12,96))+',๐๐๐')
rest = [k for k in ALL if k not in O4_SPECIAL]
R.shuffle(rest)
for dk,t in spread(T(d,'10:40:00'), T(18,'21:30:00'), rest):
    if t.day == 17 and t.hour >= 22: t = t.replace(hour=21)
    if t.day == 18 and t.hour < 7: t = t.replace(hour=7)
    if R.random() < 0.5: answer('O4', dk, t, [o4text(dk), ('img',R.randint(1,3))])
    else: answer('O4', dk, t, [o4text(dk)])

# ---------------------------------------------------------------- Wednesday 18
d = 18
O7 = T(d,'08:30:15')
L.post(O7, 'VOLA', ['ศอ.จอส.จว.สน. ขอให้อำเภอตามบัญชีแนบ จัดจิตอาสาร่วมตั้งจุดบริการและจุดตรวจความปลอดภัยรถบรรทุกอ้อย บนเส้นทางขนส่งอ้อยเข้าโรงงาน '
   'และรายงานผล (จำนวนจุด/จิตอาสา) ภายใน 12.00 น. ของวันที่ 19 ก.พ. 69 ค่ะ'], tag='O7')
L.post(O7+dt.timedelta(seconds=85), 'VOLA', ['บัญชีแนบ อำเภอที่มีเส้นทางขนส่งอ้อย\n๑. อ.อากาศอำนวย\n๒. อ.วานรนิวาส\n๓. อ.สว่างแดนดิน\n๔. อ.บ้านม่วง\n๕. อ.คำตากล้า\n๖. อ.พังโคน'],
       tag='O7list', nm='the list attached to O7 (same sender, next post): not a new order')
acks(O7, 5, ['AKA','WAN','SAW','BAN','KHA','PKO'], 20)
answer('O5','PHU', T(d,'09:10:30'), [('img',3)], who='PHU_V')
answer('O5','WAR', T(d,'10:05:40'), ['ศอ.จอส.อ.วาริชภูมิ ร่วมกับหน่วยป้องกันรักษาป่า ดับไฟจุดความร้อน ๒ จุด บ้านนาขาม พื้นที่เสียหาย ๑๒ ไร่ จิตอาสา ๒๘ คน ครับ', ('img',2)], who='WAR_V')
answer('O5','PHN', T(d,'11:59:20'), ['รายงานผลตรวจสอบจุดความร้อน อ.พรรณานิคม ๑ จุด บ้านดอนเขือง เป็นการเผาเศษวัชพืชในไร่อ้อย ดับแล้ว จิตอาสา ๑๕ คน ค่ะ', ('img',2)], who='PHN_V')
O8 = T(d,'10:15:00')
L.post(O8, 'PALAD', ['ขอให้ทุกอำเภอสำรวจและรายงานจำนวนจิตอาสาที่ผ่านการฝึกอบรมหลักสูตรจิตอาสาภัยพิบัติ แยกรายตำบล ภายใน ๓ วัน ครับ'], tag='O8')
acks(O8, 6)
RM3 = T(d,'14:00:00')
L.post(RM3, 'PALAD', ['ย้ำอีกครั้ง อ.คำตากล้า ยังไม่ได้รายงานแผนกิจกรรมทำแนวกันไฟ ตามข้อสั่งการเมื่อวันจันทร์ ขอให้รายงานภายในวันนี้ครับ'], reply='O1', tag='R3',
       nm='second reminder of O1: no new duty (the deadline of O1 stays Tue 08:45)')
answer('O5','SON', T(d,'14:40:20'), ['อ.ส่องดาว รายงานผลดับไฟจุดความร้อน ๔ จุด บ้านห้วยยาง บ้านโพนงาม รวม ๓๕ ไร่ จิตอาสา ๔๐ คน ครับ', ('img',3)], who='SON_P')
answer('O1','KHA', T(d,'15:10:30'), ['อ.คำตากล้า ขอรายงานแผนทำแนวกันไฟ ๒๐ ก.พ. ๖๙ ป่าชุมชนบ้านนาโพธิ์ จิตอาสา ๗๐ คน ขออภัยครับ', ('img',2)], who='KHA_P')
answer(['O4','O12'],'BAN', T(d,'16:20:10'), ['ศอ.จอส.อ.บ้านม่วง รายงาน ๒ เรื่องครับ ๑) ผลแจกจ่ายน้ำ ๙ หมู่บ้าน ๓๒๐ ครัวเรือน ๔๔,๐๐๐ ลิตร '
   '๒) ส่งรายชื่อผู้ประสานงานจิตอาสาตำบลตามไฟล์แนบ ตามข้อสั่งการวันที่ ๑๗ ก.พ. ทั้ง ๒ เรื่องครับ', ('file','รายชื่อผู้ประสานงานตำบล_อ.บ้านม่วง.xlsx')], who='BAN_P')
answer('O4','WAN', T(d,'17:05:00'), ['น้ำ ๔๘,๐๐๐ ลิตร / ๖ หมู่บ้าน / ๒๑๒ ครัวเรือน / รถน้ำ อบต. ๓ คัน'], who='WAN_V')
L.post(T(d,'17:32:40'), 'MUE_P', ['ขอให้ทุกอำเภอส่งภาพกิจกรรมทำแนวกันไฟอำเภอละ ๒ ภาพ มาที่ผมภายในวันนี้ครับ เพื่อจัดทำสไลด์ประชุมกรมการจังหวัด'],
       truth=[('SKN-5P','ปลัดนุ อ.เมือง','','an order to all districts from a district coordinating deputy, not from the provincial centre (no duty arises)')])
L.post(T(d,'20:15:00'), 'PKO_C', ['ฝากทุกอำเภอ ช่วยกันกำชับ อปท. เรื่องรถน้ำ อย่าให้ซ้ำซ้อนกับจิตอาสานะครับ'],
       truth=[('SKN-5P','นอภ.พังโคน อดิศร','','a district chief directs all districts (ฝากทุกอำเภอ…กำชับ): an order from outside the provincial centre')])

# ---------------------------------------------------------------- Thursday 19
d = 19
O9 = T(d,'08:50:30')
L.post(O9, 'VOLA', ['ขอให้ อ.เมืองสกลนคร อ.โพนนาแก้ว และ อ.กุสุมาลย์ จัดจิตอาสาพระราชทานเก็บผักตบชวาและขยะริมหนองหาร '
   'แล้วรายงานผลพร้อมภาพถ่าย ภายในวันศุกร์ที่ ๒๐ ก.พ. นี้ค่ะ'], tag='O9', nm='order naming three districts in the body (ขอให้ อ.ก อ.ข และ อ.ค)')
acks(O9, 3, ['MUE','PHO','KUS'], 15)
RM4 = T(d,'09:30:00')
L.post(RM4, 'PALAD', ['อำเภอที่ยังไม่ได้รายงานผลแจกจ่ายน้ำ (ครบกำหนดเมื่อวาน) ได้แก่ อ.อากาศอำนวย อ.โคกศรีสุพรรณ อ.นิคมน้ำอูน ขอให้รายงานด่วนครับ'], reply='O4', tag='R4',
       nm='reminder of O4 naming those still owing: no new duty')
answer('O4','AKA', T(d,'10:10:10'), ['อ.อากาศอำนวย รายงานผลแจกจ่ายน้ำ ๗ หมู่บ้าน ๒๖๐ ครัวเรือน ๓๖,๐๐๐ ลิตร ครับ'], who='AKA_D')
O7SP = [('WAN','09:15:00',['วานรนิวาส ๒ จุด (ทล.๒๒ บ้านหนองแวง, ทล.๒๒๒ บ้านนาขาม) จิตอาสา ๒๔ คน']),
        ('SAW','10:40:30',['รายงานผลจิตอาสาร่วมตั้งจุดบริการรถบรรทุกอ้อย อ.สว่างแดนดิน ๓ จุด จิตอาสา ๓๐ คน ค่ะ', ('img',2)]),
        ('PKO','11:05:00',['อ.พังโคน ตั้งจุดบริการ/ตรวจรถอ้อย ๑ จุด หน้าโรงงานน้ำตาล จิตอาสา ๑๒ คน ครับ', ('img',2)])]
for dk,tm,parts in O7SP: answer('O7', dk, T(d,tm), parts)
answer('O7','BAN', T(18,'18:10:00'), ['บ้านม่วง จุดบริการรถอ้อย ๒ จุด จิตอาสา ๑๘ คน ครับ'], who='BAN_V', reply='O7')
answer('O7','AKA', T(d,'14:05:40'), ['อ.อากาศอำนวย จิตอาสาร่วมจุดตรวจรถบรรทุกอ้อย ๒ จุด ๒๐ คน ครับ'], who='AKA_P')
O10 = T(d,'13:30:45')
L.post(O10, 'PALAD', ['ขอให้ทุกอำเภอรายงานสรุปจำนวนจิตอาสาที่ร่วมปฏิบัติการดับไฟป่าและทำแนวกันไฟ ห้วงวันที่ ๑๖-๑๙ ก.พ. ๖๙ (จำนวนครั้ง/จำนวนคน/พื้นที่ไร่) ครับ'], tag='O10')
acks(O10, 6)
L.post(T(d,'17:40:00'), 'VOLT', ['รายงานผลการปฏิบัติงาน ศอ.จอส.จว.สน. ประจำวันที่ ๑๙ ก.พ. ๖๙ : สนับสนุนอุปกรณ์ดับไฟป่าให้ ๕ อำเภอ เครื่องเป่าลม ๒๐ เครื่อง ไม้ตบไฟ ๓๐๐ อัน ครับ', ('img',2)],
       truth=[('SKN-5P','ต้น ศอ.จอส.จว.สน.','','a performance report from the provincial centre, not from a district\'s people')])
# O12 files
O12_SPECIAL = {'BAN','PHN','CHA'}
rest = [k for k in ALL if k not in O12_SPECIAL]
R.shuffle(rest)
for dk,t in spread(T(17,'17:00:00'), T(19,'22:00:00'), rest):
    if t.hour >= 22 or t.hour < 7: t = t.replace(hour=R.choice([7,8,20,21]))
    fn = 'รายชื่อผู้ประสานงานตำบล_อ.%s.%s' % (DNAME[dk], R.choice(['xlsx','xlsx','pdf']))
    if R.random() < 0.6: answer('O12', dk, t, [('file',fn)])
    else: answer('O12', dk, t, ['ส่งรายชื่อผู้ประสานงานจิตอาสาระดับตำบล อ.%s ครับ' % dn(dk), ('file',fn)])
# O8 answers Thu/Fri
O8_ANS = ['KUS','KUD','PHN','PKO','WAN','BAN','SAW','PHO','PHU','AKA']
O8TXT = ['อ.{d} จิตอาสาที่ผ่านการอบรมหลักสูตรจิตอาสาภัยพิบัติ รวม {n} คน ({t} ตำบล) รายละเอียดตามไฟล์ครับ',
         'จิตอาสาภัยพิบัติ อ.{d} : {n} คน ครับ']
R.shuffle(O8_ANS)
for dk,t in spread(T(19,'08:00:00'), T(20,'16:30:00'), O8_ANS):
    if t.day==19 and t.hour>=21: t=t.replace(hour=20)
    if t.day==20 and t.hour<7: t=t.replace(hour=8)
    txt = R.choice(O8TXT).format(d=dn(dk), n=th(R.randint(40,300)), t=th(R.randint(4,12)))
    if R.random()<0.5: answer('O8', dk, t, [txt, ('file','จิตอาสาภัยพิบัติ_อ.%s.xlsx' % DNAME[dk])])
    else: answer('O8', dk, t, [txt])

# ---------------------------------------------------------------- Friday 20
d = 20
answer('O12','PHN', T(d,'08:15:30'), [('file','รายชื่อผู้ประสานงานตำบล_อ.พรรณานิคม.xlsx')], who='PHN_D')
O11 = T(d,'08:40:00')
L.post(O11, 'PALAD', ['ขอให้ อ.เจริญศิลป์ อ.โคกศรีสุพรรณ และ อ.นิคมน้ำอูน รายงานผลการจัดจิตอาสาขุดลอกลำห้วยและทำฝายชะลอน้ำแก้ภัยแล้ง ภายในเวลา 15.00 น. วันนี้ครับ'], tag='O11')
acks(O11, 3, ['CHA','KHO','NIK'], 15)
answer('O9','MUE', T(d,'10:30:30'), ['อ.เมืองสกลนคร จิตอาสาเก็บผักตบชวาริมหนองหาร บ้านท่าแร่ ๑๕๐ คน ได้ผักตบ ๑๒ ตัน ครับ', ('img',3)], who='MUE_D')
answer('O9','PHO', T(d,'14:00:10'), [('img',2), 'ภาพกิจกรรมเก็บขยะริมหนองหาร อ.โพนนาแก้ว จิตอาสา ๘๐ คน ครับ'], who='PHO_PV')
answer('O11','CHA', T(d,'14:20:00'), ['อ.เจริญศิลป์ จิตอาสาทำฝายชะลอน้ำ ๓ ฝาย ขุดลอกลำห้วยทราย ๑.๒ กม. จิตอาสา ๑๑๐ คน ครับ', ('img',2)], who='CHA_C')
answer('O11','NIK', T(d,'14:58:40'), ['นิคมน้ำอูน ทำฝาย ๒ ฝาย จิตอาสา ๖๕ คน ครับ'], who='NIK_V')
RM5 = T(d,'15:30:00')
L.post(RM5, 'PALAD', ['อำเภอที่ยังไม่ได้รายงานสรุปจิตอาสาดับไฟป่า (ครบกำหนด ๑๓.๓๐ น.) ได้แก่ อ.กุดบาก อ.เต่างอย อ.วาริชภูมิ ขอให้รายงานโดยด่วนครับ'],
       reply='O10', tag='R5', nm='reminder of O10 naming those still owing: no new duty')
answer('O10','KUD', T(d,'15:45:10'), ['กุดบาก ๖ ครั้ง ๒๒๐ คน ๔๘๐ ไร่ ครับ'], who='KUD_C')
O10_SPECIAL = {'KUD','TAO','WAR'}
O10TXT = ['สรุปจิตอาสาร่วมดับไฟป่า/ทำแนวกันไฟ อ.{d} ห้วง ๑๖-๑๙ ก.พ. ๖๙ จำนวน {c} ครั้ง {n} คน พื้นที่ {r} ไร่ ครับ',
          'อ.{d} รายงานสรุปจิตอาสาดับไฟป่า {c} ครั้ง / {n} คน / {r} ไร่ ค่ะ',
          'ศอ.จอส.อ.{d} ขอรายงานผลจิตอาสาทำแนวกันไฟและดับไฟป่า รวม {c} ครั้ง จิตอาสา {n} คน พื้นที่ดำเนินการ {r} ไร่']
rest = [k for k in ALL if k not in O10_SPECIAL]
R.shuffle(rest)
for dk,t in spread(T(19,'14:30:00'), T(20,'13:20:00'), rest):
    if t.day==19 and t.hour>=21: t=t.replace(hour=20)
    if t.day==20 and t.hour<7: t=t.replace(hour=7)
    txt = R.choice(O10TXT).format(d=dn(dk), c=th(R.randint(2,9)), n=th(R.randint(60,400)), r=th(R.randint(50,900)))
    answer('O10', dk, t, [txt] + ([('img',2)] if R.random()<0.3 else []))
L.post(T(d,'17:50:00'), 'PALAD', ['ขอบคุณทุกอำเภอครับ สุดสัปดาห์นี้ขอให้ทุกท่านเฝ้าระวังไฟป่าและพักผ่อนให้เพียงพอครับ'],
       nm='courtesy from the palad that uses order words (ขอให้…เฝ้าระวัง): chat, no report asked, no duty')
L.post(T(d,'18:05:00'), 'TAO_V', [('sticker',)])

# ---------------------------------------------------------------- duties (hand-worked)
DUTIES = [
 # order, districts, deadline, how counted
 ('O1', ALL, '2026-02-17T08:45:20+07:00', 'ภายใน ๒๔ ชม. from the order at Mon 16 Feb 08:45:20'),
 ('O2', ['PHU','KUD','SON','WAR','TAO'], '2026-02-16T16:30:00+07:00', 'ภายในเวลา ๑๖.๓๐ น. วันนี้ (Mon 16 Feb)'),
 ('O4', ALL, '2026-02-18T23:59:59+07:00', 'ภายในวันที่ ๑๘ ก.พ. ๖๙: to the end of Wed 18 Feb'),
 ('O5', ['PHU','SON','WAR','PHN'], '2026-02-18T12:00:00+07:00', 'ก่อนเที่ยงวันพรุ่งนี้ said on Tue 17: Wed 18 Feb 12:00'),
 ('O12', ALL, '2026-02-19T23:59:59+07:00', 'ส่งภายใน 19 กพ. 69: to the end of Thu 19 Feb'),
 ('O7', ['AKA','WAN','SAW','BAN','KHA','PKO'], '2026-02-19T12:00:00+07:00', 'ภายใน 12.00 น. ของวันที่ 19 ก.พ. 69'),
 ('O8', ALL, '2026-02-23T23:59:59+07:00', 'ภายใน ๓ วัน from Wed 18: day 1 Thu 19, day 2 Fri 20, day 3 Sat 21 (weekend) -> next working day Mon 23 Feb, end of day'),
 ('O9', ['MUE','PHO','KUS'], '2026-02-20T23:59:59+07:00', 'ภายในวันศุกร์ที่ ๒๐ ก.พ.: to the end of Fri 20 Feb (after the log ends)'),
 ('O10', ALL, '2026-02-20T13:30:45+07:00', 'no deadline in the text: 24 hours from Thu 19 Feb 13:30:45'),
 ('O11', ['CHA','KHO','NIK'], '2026-02-20T15:00:00+07:00', 'ภายในเวลา 15.00 น. วันนี้ (Fri 20 Feb)'),
]
REMINDERS = [('R1','O2',['TAO']), ('R2','O1',['KHA','SON','CHA']), ('R3','O1',['KHA']), ('R4','O4',['AKA','KHO','NIK']), ('R5','O10',['KUD','TAO','WAR'])]
# hand-planted exceptions; every other district of an order answered on time by a tagged answer
EXPECT = {
 ('O1','SON'):'late', ('O1','CHA'):'late', ('O1','KHA'):'late',
 ('O2','TAO'):'late',
 ('O4','AKA'):'late', ('O4','KHO'):'missing', ('O4','NIK'):'missing',
 ('O5','SON'):'late',
 ('O12','PHN'):'late', ('O12','CHA'):'missing',
 ('O7','AKA'):'late', ('O7','KHA'):'missing',
 ('O9','KUS'):'not-due',
 ('O10','KUD'):'late', ('O10','TAO'):'missing', ('O10','WAR'):'missing',
 ('O11','KHO'):'missing',
}
for dk in ['MUE','WAR','NIK','KHA','SON','TAO','KHO','CHA']: EXPECT[('O8',dk)] = 'not-due'
LOG_END = '2026-02-20T18:05:00+07:00'
