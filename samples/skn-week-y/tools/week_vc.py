# ศอ.จอส.จว.สน. (volunteer-centre.jsonl): the provincial volunteer centre's orders and the districts' answers.
from week_lib import polite, M, photos, sticker, fileM, CH, CO, VO, EXd, rnd, hm_add, KEYS
from roster_data import DISTRICTS, DNAME, BY

G = 'VC'
ALLD = [k for k, _ in DISTRICTS]
ANS = {}      # (order, district) -> key of the first message of the answering post (set by hand below)
ORDERS = {}   # order name -> key of the order's instruction message

VILL = ['บ้านนาดี', 'บ้านหนองบัว', 'บ้านดงยาง', 'บ้านโคกสว่าง', 'บ้านห้วยทราย', 'บ้านนาคำ', 'บ้านโพนงาม',
        'บ้านหนองแวง', 'บ้านโนนสวรรค์', 'บ้านท่าศิลา', 'บ้านดอนเงิน', 'บ้านนาเชือก', 'บ้านคำผักแพว']


def ans(order, k, day, hm, who, text=None, *, s=None, reply=None, ph=0, fname=None, file_first=False,
        sender=None, sid=None, nm=None, key=None):
    """an answer post from district k: text (optional), file (optional), ph photos. Records the first message."""
    snd = sender or who
    first = None
    t = hm
    if fname and file_first:
        first = fileM(G, day, t, snd, fname, s=s, reply=reply, sid=sid, nm=nm, key=key)
        t = hm_add(t, 1)
    if text is not None:
        m = M(G, day, t, snd, text=text, s=None if first else s, reply=None if first else reply, sid=sid,
              nm=None if first else nm, key=None if first else key)
        first = first or m
        t = hm_add(t, 1) if (fname and not file_first) else t
    if fname and not file_first:
        m = fileM(G, day, t, snd, fname, s=None if first else s, sid=sid, reply=None if first else reply,
                  nm=None if first else nm, key=None if first else key)
        first = first or m
    if ph:
        m = photos(G, day, hm_add(t, 1) if first else t, snd, ph, reply=None if first else reply,
                   nm=None if first else nm, key=None if first else key)
        first = first or m
    if order:
        assert (order, k) not in ANS, (order, k)
        ANS[(order, k)] = first
    return first


ACKW = ['รับทราบครับ', 'รับทราบค่ะ', 'ทราบครับผม', 'รับทราบครับท่าน 🙏', 'รับทราบและถือปฏิบัติครับ',
        'อ.{d} รับทราบครับ', 'รับทราบคับ', 'ร้บทราบครับ', '🙏', '👍', 'รับทราบค่ะ 🙏🙏', 'ทราบแล้วครับ',
        'ครับผม', 'รับทราบครับ อ.{d}', '🙏🙏🙏', 'รับทราบค่ะ อ.{d}', 'รับทราบครับผม', 'ทราบค่ะ', 'STICKER',
        'STICKER', 'รับทาบครับ', 'รับทราบ ครับ']
ACKERS = [CH(k) for k in ALLD] + [CO(k) for k in ALLD] + [VO(k) for k in ALLD if k not in ('KUD', 'PHU')] + \
         ['EX1_MUE', 'EX2_SWD']


def acks(day, hm, n, gap=(1, 5), reply=None, exclude=()):
    t = hm
    used = set()
    for i in range(n):
        while True:
            p = rnd.choice(ACKERS)
            if p not in used and BY[p]['district'] not in exclude:
                break
        used.add(p)
        w = rnd.choice(ACKW)
        d = BY[p]['district']
        if w == 'STICKER':
            sticker(G, day, t, p)
        else:
            M(G, day, t, p, text=polite(p, w.format(d=d.replace('เมืองสกลนคร', 'เมือง'))))
        t = hm_add(t, rnd.randint(*gap))


def N(a, b):
    return rnd.randint(a, b)


def th(n):
    return str(n).translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙'))


def build():
    P = 'PAL'; TUK = 'PV1'; BOY = 'PV2'
    # ------------------------------------------------------------ Monday 27 Oct
    M(G, 27, '06:52', TUK, text='อรุณสวัสดิ์วันจันทร์ค่ะ สัปดาห์นี้งานจิตอาสาแน่นเลย สู้ๆ นะคะทุกอำเภอ 💪')
    photos(G, 27, '06:52', TUK, 1, tag='morning')
    sticker(G, 27, '07:03', VO('BMU'))
    M(G, 27, '07:15', VO('KUS'), text='สวัสดีวันจันทร์ค่ะ 🌼')
    M(G, 27, '07:31', CO('PKN'), text='อรุณสวัสดิ์ครับพี่ๆ')
    # O1: palad, text + 3 photos of the letter
    o1 = M(G, 27, '08:40', P, key='O1', text=(
        'ข้อสั่งการ ศอ.จอส.จว.สน.\nเรียน นอภ.ทุกอำเภอ\n'
        'ช่วงปลายฝนนี้ พบผู้ป่วยไข้เลือดออกและโรคไข้ฉี่หนูเพิ่มขึ้นในหลายอำเภอ โดยเฉพาะพื้นที่นาและหมู่บ้านริมหนองน้ำ '
        'ศอ.จอส.จว.สน. ขอให้ทุกอำเภอนำจิตอาสาพระราชทานร่วมกับ อสม. และ อปท. จัดกิจกรรมจิตอาสาพัฒนา '
        'ทำความสะอาดคูคลอง ร่องระบายน้ำ และกำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชน อย่างน้อยอำเภอละ ๑ จุด\n'
        'แล้วรายงานผลพร้อมภาพถ่ายกิจกรรม ๓-๔ ภาพ ในกลุ่มนี้ ภายในวันที่ ๒๙ ต.ค. ๖๘ ครับ\n'
        'รายละเอียดตามหนังสือ จ.สน. ที่ สน ๐๐๑๘.๑/ว ๒๔๒๐๕ ลว. ๒๔ ต.ค. ๖๘ (ภาพแนบ)'))
    ORDERS['O1'] = 'O1'
    photos(G, 27, '08:41', P, 3, tag='letter')
    acks(27, '08:44', 5, reply=None, exclude=('เจริญศิลป์',))
    M(G, 27, '08:47', CH('SDO'), text='รับทราบครับ จะแจ้งจิตอาสาทุกตำบลดำเนินการทันทีครับ',
      nm='An acknowledgement that opens the post, with compliance words after it: not an order by a district chief (no SKN-5P).')
    M(G, 27, '08:55', CH('CRS'), key='CRS_ack_O1', text='รับทราบครับท่าน',
      nm='Acknowledgement by เจริญศิลป์\'s chief: not a report, so it does not discharge O1 (the district stays missing).')
    sticker(G, 27, '09:02', CH('NKN'))
    # O2: PDF alone, then one line of text (24 hours)
    fileM(G, 27, '10:14', TUK, 'ศอ.จอส.จว.สน._แบบรายชื่อจิตอาสาร่วมพิธีทอดกฐิน_2568.pdf')
    M(G, 27, '10:15', TUK, key='O2', s=0, text=(
        'ตามไฟล์ที่แนบค่ะ ขอให้ทุกอำเภอส่งรายชื่อจิตอาสาพระราชทานที่จะร่วมพิธีทอดกฐินของจังหวัด อำเภอละ ๒๐ คน '
        '(ชื่อ-สกุล เบอร์โทร ขนาดเสื้อ) ภายใน ๒๔ ชม. นะคะ 🙏'))
    acks(27, '10:17', 5, gap=(1, 3))
    M(G, 27, '10:31', VO('KSS'), text='ขอสอบถามค่ะ รายชื่อกฐินต้องใส่เลขบัตรประชาชนด้วยไหมคะ')
    M(G, 27, '10:36', TUK, text='ไม่ต้องค่ะ ชื่อ-สกุล เบอร์โทร ไซส์เสื้อพอค่ะ', reply=None)
    M(G, 27, '10:37', VO('KSS'), text='ขอบคุณค่ะพี่ตุ๊ก 🙏')
    ans('O2', 'WAN', 27, '10:50', VO('WAN'), fname='รายชื่อจิตอาสากฐิน_อ.วานรนิวาส.xlsx')
    ans('O1', 'KUS', 27, '11:20', CH('KUS'), text=(
        'นายอำเภอกุสุมาลย์ รายงานครับ\nเช้านี้ นำจิตอาสาพระราชทาน ๔๕ คน ร่วมกับ อสม. และ อบต.นาเพียง '
        'ลอกร่องระบายน้ำและเก็บขยะริมลำห้วยบ้านนาเพียง ระยะทางประมาณ ๑.๒ กม. ทำลายแหล่งเพาะพันธุ์ยุงลาย ๓๘ จุด ครับ'), ph=4)
    ans('O2', 'PKN', 27, '11:30', VO('PKN'), fname='รายชื่อ_จอส.พังโคน_กฐิน68.xlsx')
    ans('O2', 'TNG', 27, '11:55', VO('TNG'), fname='กฐินพระราชทาน_เต่างอย.xlsx')
    M(G, 27, '12:05', CH('KUS'), text='ขอบคุณครับ', reply=None)
    ans('O2', 'KUS', 27, '13:10', VO('KUS'), fname='รายชื่อจิตอาสา อ.กุสุมาลย์ (20 คน).pdf')
    # O3: information only
    M(G, 27, '14:00', P, key='O3', text=(
        'แจ้งเพื่อทราบครับ กำหนดการพิธีทอดกฐินพระราชทาน จังหวัดสกลนคร วันเสาร์ที่ ๑ พฤศจิกายน ๒๕๖๘ '
        'ณ วัดพระธาตุเชิงชุม วรวิหาร พร้อมเพรียงเวลา ๐๘.๓๐ น. จิตอาสาแต่งกายชุดจิตอาสาพระราชทาน หมวก ผ้าพันคอ '
        'เรื่องนี้ไม่ต้องรายงานครับ'),
      nm='Information-only order (เพื่อทราบ, ไม่ต้องรายงาน): creates no reporting duty.')
    photos(G, 27, '14:01', P, 1, tag='schedule')
    acks(27, '14:03', 4)
    ans('O2', 'SDO', 27, '14:05', VO('SDO'), fname='รายชื่อกฐิน_ส่องดาว.xlsx')
    ans('O2', 'WAR', 27, '14:40', VO('WAR'), fname='รายชื่อจิตอาสา_วาริชภูมิ.xlsx', file_first=True,
        text='ส่งรายชื่อแล้วค่ะ อ.วาริชภูมิ ๒๐ คน')
    ans('O2', 'KUD', 27, '15:20', CO('KUD'), fname='จอส.กุดบาก_กฐิน.xlsx')
    ans('O1', 'BMU', 27, '15:30', VO('BMU'), text=(
        'ศอ.จอส.อ.บ้านม่วง รายงานผลกิจกรรมจิตอาสาพัฒนา ตามข้อสั่งการ ลว. ๒๗ ต.ค. ๖๘ ค่ะ\n'
        'ณ คลองส่งน้ำบ้านหนองบัว ต.ดงเหนือ จิตอาสา ๖๒ คน ลอกคลอง ๘๐๐ เมตร เก็บผักตบชวาประมาณ ๔ ตัน '
        'สำรวจลูกน้ำยุงลาย ๑๒๐ หลังคาเรือน'), ph=2)
    ans('O2', 'KSS', 27, '15:50', VO('KSS'), fname='รายชื่อ จอส.โคกศรีสุพรรณ.xlsx')
    # พังโคน answers O1 in pieces: text, a file seven minutes later, then photos
    ans('O1', 'PKN', 27, '16:00', CO('PKN'), text=(
        'ขอรายงานผลเบื้องต้นครับ อ.พังโคน ทำความสะอาดร่องระบายน้ำในเขตเทศบาลตำบลพังโคน '
        'และบ้านโพนสวาง จิตอาสา ๓๘ คน รายละเอียดตามไฟล์และภาพที่จะส่งตามมาครับ'),
        nm='A coordinating deputy\'s report in ศอ.จอส.จว.สน.: a district\'s own people may report here (no SKN-5P).')
    fileM(G, 27, '16:07', CO('PKN'), 'รายงานผลจิตอาสาพัฒนา_อ.พังโคน_27ต.ค.68.pdf')
    photos(G, 27, '16:10', CO('PKN'), 3)
    ans('O2', 'CRS', 27, '16:10', VO('CRS'), fname='รายชื่อ_เจริญศิลป์.xlsx')
    ans('O2', 'NKN', 27, '16:45', VO('NKN'), fname='รายชื่อจิตอาสาร่วมพิธีกฐิน_นิคมน้ำอูน.xlsx')
    ans('O2', 'KTK', 27, '17:20', CO('KTK'), fname='KTK_kathin_list.xlsx')
    ans('O1', 'PHU', 27, '17:45', CO('PHU'), text=(
        'ศอ.จอส.อ.ภูพาน รายงานครับ วันนี้จิตอาสา ๓๐ คน ร่วมกับ รพ.สต.สร้างค้อ ทำความสะอาดรางระบายน้ำ '
        'บ้านหนองไผ่ และแจกทรายอะเบท ๘๐ ครัวเรือนครับ'), ph=2)
    M(G, 27, '18:02', TUK, text='ขอบคุณค่ะทุกอำเภอ 🙏')
    # outsider by invitation link
    M(G, 27, '19:20', 'ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱', 'system', event='join',
      text='ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱 เข้าร่วมกลุ่มด้วยลิงก์เชิญ',
      tr=[('OUTSIDER', None, 'Not on the roster; joined ศอ.จอส.จว.สน. by the group\'s invitation link.')])
    M(G, 27, '19:24', 'ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱', text=(
        'สวัสดีค่ะ ขายปุ๋ยอินทรีย์อัดเม็ด สูตรบำรุงต้นข้าวหลังเกี่ยว กระสอบละ ๓๙๐ บาท ส่งฟรีทั่วสกลนคร '
        'สนใจติดต่อ ๐๘๙-๗๑๔-๒๒๓๕ ค่ะ'))
    photos(G, 27, '19:24', 'ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱', 1, tag='promo')
    M(G, 27, '20:05', P, 'system', event='remove', target='ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱',
      text='ปจ.สน. ชาญวิทย์ ลบ ปุ๋ยอินทรีย์ เจ๊หน่อย 🌱 ออกจากกลุ่ม')
    M(G, 27, '20:07', P, text='ขอความร่วมมือทุกท่าน อย่าเผยแพร่ลิงก์กลุ่มนี้ออกไปนะครับ กลุ่มนี้เฉพาะงานจิตอาสาครับ')
    acks(27, '20:09', 3)
    # ------------------------------------------------------------ Tuesday 28 Oct
    M(G, 28, '06:40', VO('AKA'), text='อรุณสวัสดิ์วันอังคารครับ')
    sticker(G, 28, '06:58', CO('SWD'))
    fileM(G, 28, '08:29', BOY, 'ด่วนที่สุด มท0310.4-ว7815 จิตอาสาช่วยเกษตรกรเก็บเกี่ยวข้าว.pdf')
    M(G, 28, '08:30', BOY, key='O4', text=(
        'ส่งต่อหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๑๐.๔/ว ๗๘๑๕ เรื่อง จิตอาสาเฉพาะกิจช่วยเหลือเกษตรกรเก็บเกี่ยวข้าว\n'
        'เรียน นอภ.พังโคน นอภ.วาริชภูมิ นอภ.บ้านม่วง นอภ.อากาศอำนวย นอภ.สว่างแดนดิน (พื้นที่ขาดแคลนแรงงานเกี่ยวข้าว) '
        'ขอให้รายงานจำนวนจิตอาสาและพื้นที่นาที่เข้าช่วยเหลือ ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ'))
    ans('O1', 'SDO', 28, '09:00', VO('SDO'), ph=2)
    M(G, 28, '09:02', VO('SDO'), text='ภาพกิจกรรมลอกร่องระบายน้ำ บ้านโพนงาม อ.ส่องดาว ค่ะ จิตอาสา ๒๗ คน')
    sticker(G, 28, '08:34', VO('WAR'))
    M(G, 28, '08:36', CH('BMU'), text='รับทราบครับ')
    ans('O1', 'KUD', 28, '09:15', CO('KUD'), text=(
        'ศอ.จอส.อ.กุดบาก รายงานผลจิตอาสาพัฒนา ทำความสะอาดคลองบ้านกุดแข้ ระยะ ๕๐๐ เมตร '
        'จิตอาสา ๓๓ คน อสม. ๑๒ คน ครับ'), ph=2,
        nm='ปลัดหนุ่ม is coordinating_deputy|volunteer_center_staff; here he reports as the district volunteer officer, which both roles allow.')
    M(G, 28, '09:30', TUK, key='R1', reply='O2', text=(
        'เร่งรัดค่ะ อำเภอที่ยังไม่ได้ส่งรายชื่อจิตอาสาร่วมพิธีทอดกฐิน ได้แก่ เมืองสกลนคร พรรณานิคม บ้านม่วง '
        'อากาศอำนวย สว่างแดนดิน โพนนาแก้ว ภูพาน ขอให้ส่งภายใน ๑๐.๑๕ น. ตามกำหนดเวลานะคะ'),
      nm='Reminder of O2 (เร่งรัด, ตามกำหนดเวลา, a reply to the order): no new duty.')
    ans('O2', 'MUE', 28, '09:50', CO('MUE'), reply='R1', fname='รายชื่อจิตอาสา อ.เมืองสกลนคร.xlsx', file_first=True,
        text='อ.เมืองสกลนคร ส่งแล้วค่ะ 🙏')
    ans('O2', 'PHN', 28, '10:05', VO('PHN'), reply='R1', text='จอส.พรรณานิคม ส่งรายชื่อ ๒๐ คนค่ะ',
        fname='รายชื่อ_พรรณานิคม.xlsx')
    ans('O2', 'BMU', 28, '10:14', VO('BMU'), s=20, fname='รายชื่อจิตอาสา_บ้านม่วง_กฐิน.xlsx',
        nm='บ้านม่วง\'s list at 10:14 on 28 Oct: before O2\'s 24-hour deadline of 10:15:00, so on time.')
    M(G, 28, '10:14', VO('BMU'), s=50, text='ส่งรายชื่อ อ.บ้านม่วง ค่ะ ขออภัยที่ล่าช้านะคะ')
    ans('O1', 'MUE', 28, '10:40', EXd('MUE'), text=(
        'อ.เมืองสกลนคร ขอรายงานครับ จิตอาสา ๗๐ คน ร่วมกับเทศบาลนครสกลนคร ลอกท่อระบายน้ำถนนรัฐพัฒนา '
        'และเก็บขยะริมหนองหาร ต.ธาตุเชิงชุม ทำลายภาชนะขังน้ำ ๒๑๐ ชิ้น'), ph=2)
    # O5: palad, text + 2 photos; report by form, by Friday
    M(G, 28, '11:00', P, key='O5', text=(
        'ข้อสั่งการ ศอ.จอส.จว.สน. (๒)\nเรียน นอภ.ทุกอำเภอ\n'
        'สาธารณสุขจังหวัดแจ้งว่ามีผู้ป่วยโรคไข้ฉี่หนูในกลุ่มเกษตรกรที่ลงเกี่ยวข้าวเพิ่มขึ้น ขอให้อำเภอนำจิตอาสาพระราชทาน '
        'จัด Big Cleaning Day ในหมู่บ้านเสี่ยง แจกรองเท้าบูทและให้ความรู้การป้องกันโรค\n'
        'ให้รายงานตามแบบ จอส.-สธ.๑ ที่แนบ ภายในวันศุกร์ที่ ๓๑ ต.ค. ๖๘ ครับ'))
    photos(G, 28, '11:01', P, 2, tag='letter')
    acks(28, '11:03', 5)
    ans('O1', 'SWD', 28, '11:10', EXd('SWD', 2), text=(
        'สว่างแดนดินรายงานครับ กิจกรรมจิตอาสาพัฒนาลอกคลองห้วยโพธิ์ ต.บ้านถ่อน จิตอาสา ๕๕ คน '
        'เก็บวัชพืช ๓ ตัน ครับ'), ph=2)
    ans('O4', 'BMU', 28, '11:20', VO('BMU'), reply='O4', text=(
        'อ.บ้านม่วง รายงานค่ะ จิตอาสา ๓๐ คน ช่วยเกี่ยวข้าวนาผู้สูงอายุ ๓ ราย บ้านดงเหนือ พื้นที่ ๑๒ ไร่ค่ะ'), ph=2)
    ans('O2', 'AKA', 28, '13:30', VO('AKA'), fname='รายชื่อ อ.อากาศอำนวย (กฐิน).xlsx')
    M(G, 28, '13:31', VO('AKA'), text='ขออภัยล่าช้าครับ')
    # วานรนิวาส answers the wrong order first (O4 does not name it), then O1 on Wednesday
    M(G, 28, '14:00', CO('WAN'), key='WAN_wrong', reply='O4', text=(
        'อ.วานรนิวาส รายงานผลกิจกรรมจิตอาสาครับ จิตอาสา ๒๕ คน ช่วยเกี่ยวข้าวให้ครัวเรือนยากจน บ้านนาคำ ๕ ไร่ ครับ'),
      nm='วานรนิวาส is not named in O4, so this answer to O4 is neither owed nor late; it is also not an answer to O1 (different work).')
    photos(G, 28, '14:01', CO('WAN'), 2)
    ans('O4', 'PKN', 28, '14:00', VO('PKN'), text=(
        'จิตอาสา อ.พังโคน รายงานค่ะ ช่วยเกษตรกรเกี่ยวข้าว ต.ไฮหย่อง จิตอาสา ๔๐ คน พื้นที่ ๒๐ ไร่ เกษตรกร ๔ ราย'))
    M(G, 28, '14:20', BOY, reply='WAN_wrong', text=(
        'อ.วานรนิวาส ไม่อยู่ในพื้นที่เป้าหมายเรื่องเกี่ยวข้าวครับ ที่รอรายงานคือเรื่องทำความสะอาดคูคลองตามข้อสั่งการวันที่ ๒๗ ครับ'))
    M(G, 28, '14:24', CO('WAN'), text='ขออภัยครับ ส่งผิดเรื่อง เดี๋ยวส่งให้ใหม่ครับ 🙏')
    ans('O1', 'KSS', 28, '15:00', VO('KSS'), fname='ผลจิตอาสาพัฒนา_โคกศรีสุพรรณ.pdf')
    M(G, 28, '15:01', VO('KSS'), text='ส่งแล้วค่ะ')
    ans('O4', 'AKA', 28, '15:45', CO('AKA'), text=(
        'อ.อากาศอำนวย ขอรายงานค่ะ จิตอาสา ๓๖ คน ช่วยเกี่ยวและขนข้าว บ้านโพนงาม ต.อากาศ ๑๘ ไร่ ค่ะ'), ph=2)
    # a district chief directing all districts in this group
    M(G, 28, '16:00', CH('MUE'), text=(
        'ฝากทุกอำเภอครับ ขอให้ส่งจิตอาสาจราจรมาช่วยอำเภอเมืองในวันพิธีกฐินวันเสาร์ อำเภอละ ๑๐ คน '
        'ส่งรายชื่อให้ผมภายในพรุ่งนี้เที่ยงครับ'),
      tr=[('SKN-5P', None, 'A district chief directs all districts (ฝากทุกอำเภอ…ขอให้ส่ง…): an order from someone other than the provincial volunteer centre.')])
    ans('O1', 'PHN', 28, '16:20', VO('PHN'), text=(
        'จอส.พรรณานิคม รายงานผลกิจกรรมจิตอาสาพัฒนา ค่ะ คลองบ้านพอกน้อย ต.พอกน้อย จิตอาสา ๔๘ คน '
        'กำจัดแหล่งเพาะพันธุ์ยุง ๙๕ จุด'), ph=2)
    ans('O4', 'WAR', 28, '16:29', CO('WAR'), s=40, text=(
        'วาริชภูมิ รายงานครับ จิตอาสา ๒๒ คน ช่วยเกี่ยวข้าวบ้านหนองลาด พื้นที่ ๙ ไร่ ครับ'),
        nm='วาริชภูมิ\'s O4 answer at 16:29 is before the 16.30 deadline: on time.')
    ans('O4', 'SWD', 28, '17:05', VO('SWD'), text=(
        'จอส.สว่างแดนดิน ขอรายงานช้าครับ จิตอาสา ๕๐ คน ช่วยเกี่ยวข้าวให้ผู้พิการ ๖ ราย ต.คำสะอาด ๒๕ ไร่'), ph=2)
    ans('O1', 'NKN', 28, '17:30', CH('NKN'), text=(
        'อ.นิคมน้ำอูน รายงานผลเบื้องต้นครับ ทำความสะอาดลำห้วยน้ำอูน บ้านหนองปลิง จิตอาสา ๔๐ คน '
        'ระยะทาง ๗๐๐ เมตร ภาพกิจกรรมจะส่งพรุ่งนี้เช้าครับ'))
    ans('O1', 'TNG', 28, '18:00', CO('TNG'), key='TNG_O1', text=(
        'อ.เต่างอย รายงานค่ะ จิตอาสา ๒๘ คน ลอกร่องระบายน้ำบ้านนาอ่าง ต.จันทร์เพ็ญ ๔๐๐ เมตร ค่ะ'), ph=2)
    ans('O1', 'WAR', 28, '19:00', VO('WAR'), key='WAR_O1', text=(
        'จอส.วาริชภูมิ รายงานผลจิตอาสาพัฒนาค่ะ คลองบ้านปลาโหล ต.ปลาโหล จิตอาสา ๓๕ คน ลอกคลอง ๖๐๐ เมตร'), ph=2)
    ans('O1', 'AKA', 28, '19:20', VO('AKA'), reply='WAR_O1', text=(
        'อากาศอำนวยรายงานด้วยครับ ทำความสะอาดคลองบ้านวาใหญ่ จิตอาสา ๔๒ คน ทำลายแหล่งเพาะพันธุ์ยุง ๖๐ จุด'), ph=2)
    M(G, 28, '20:12', TUK, text='ขอบคุณทุกอำเภอที่รายงานเข้ามาค่ะ อำเภอที่เหลือรบกวนด้วยนะคะ')
    # ------------------------------------------------------------ Wednesday 29 Oct
    photos(G, 29, '08:10', VO('NKN'), 4)
    M(G, 29, '08:11', VO('NKN'), text='ภาพกิจกรรมลำห้วยน้ำอูน ต่อจากเมื่อวานค่ะ')
    M(G, 29, '08:30', CO('TNG'), reply='TNG_O1', text=(
        'แก้ไขค่ะ ยอดที่ถูกต้อง จิตอาสา ๓๒ คน (เมื่อวานพิมพ์ ๒๘ คน) ระยะทาง ๔๐๐ เมตรเท่าเดิมค่ะ'))
    M(G, 29, '08:45', VO('BMU'), text='อรุณสวัสดิ์ค่ะ 🌞')
    # O6: centre officer, text + photos, four districts named
    M(G, 29, '09:00', TUK, key='O6', text=(
        'เรียน อ.เต่างอย อ.กุดบาก อ.ภูพาน และ อ.ส่องดาว\n'
        'เพื่อเตรียมการช่วงฤดูแล้ง ขอให้ ศอ.จอส.อำเภอ สำรวจแหล่งน้ำสาธารณะที่ตื้นเขินและต้องการขุดลอก '
        'พร้อมปริมาณน้ำกักเก็บโดยประมาณ แล้วรายงานก่อนเที่ยงวันพรุ่งนี้นะคะ'))
    photos(G, 29, '09:01', TUK, 2, tag='form')
    M(G, 29, '09:04', CO('PHU'), text='รับทราบครับ')
    sticker(G, 29, '09:05', VO('SDO'))
    ans('O2', 'PNK', 29, '09:20', VO('PNK'), fname='รายชื่อกฐิน_โพนนาแก้ว.xlsx')
    M(G, 29, '09:21', VO('PNK'), text='ขออภัยที่ส่งล่าช้าครับ')
    ans('O1', 'WAN', 29, '10:00', CO('WAN'), text=(
        'อ.วานรนิวาส รายงานผลจิตอาสาพัฒนา ทำความสะอาดคูคลองครับ คลองบ้านศรีวิชา ต.ศรีวิชา จิตอาสา ๕๒ คน '
        'ลอกคลอง ๑ กม. กำจัดลูกน้ำ ๗๕ หลังคาเรือนครับ'), ph=2)
    # O7: palad, "within three days"
    M(G, 29, '10:30', P, key='O7', text=(
        'ขอให้ทุกอำเภอสำรวจบ้านผู้ยากไร้ ผู้สูงอายุอยู่ลำพัง ที่บ้านทรุดโทรมหลังฤดูฝน เพื่อให้จิตอาสาเข้าซ่อมแซม '
        'รายงานรายชื่อและสภาพบ้าน อำเภอละไม่เกิน ๕ หลัง ภายใน ๓ วันครับ'))
    fileM(G, 29, '10:31', P, 'แบบสำรวจบ้านผู้ยากไร้_จอส.xlsx')
    acks(29, '10:33', 4)
    M(G, 29, '11:15', CH('KUD'), text='ขอบคุณครับ')
    # O8: information only
    M(G, 29, '13:30', BOY, key='O8', text=(
        'เพื่อทราบครับ ตารางเวรจิตอาสาจราจรและปฐมพยาบาล วันพิธีทอดกฐิน ๑ พ.ย. ตามภาพครับ ไม่ต้องรายงานครับ'),
      nm='Information-only (เพื่อทราบ, ไม่ต้องรายงาน): no reporting duty.')
    photos(G, 29, '13:31', BOY, 2, tag='duty')
    acks(29, '13:33', 3)
    # provincial office account posting an order here
    M(G, 29, '14:10', 'ADM3', text=(
        'แจ้งทุกอำเภอ ขอให้นำจิตอาสาพระราชทานร่วมรณรงค์ลอยกระทงปลอดภัย ไร้โฟม ในวันที่ ๕ พ.ย. ๖๘ '
        'แต่งกายชุดจิตอาสา'),
      tr=[('SKN-5', None, 'A provincial_admin_staff account is not among the members this group admits (palad, chiefs, deputies, volunteer staff).'),
          ('SKN-5P', None, 'An order to all districts from someone other than the provincial volunteer centre.')])
    # O9: PDF alone, then a line of text
    fileM(G, 29, '14:59', P, 'ศอ.จอส.จว.สน._ขอข้อมูลจิตอาสาวันปิยมหาราช_23ต.ค.68.pdf')
    M(G, 29, '15:00', P, key='O9', text=(
        'ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่ร่วมกิจกรรมวันปิยมหาราช ๒๓ ต.ค. ที่ผ่านมา (แยกชาย/หญิง) '
        'ภายใน 12.00 น. ของวันที่ 30 ต.ค. 68 ครับ'))
    acks(29, '15:02', 4)
    o9 = [('BMU', 29, '15:20', VO('BMU')), ('MUE', 29, '15:40', VO('MUE')), ('PKN', 29, '15:55', VO('PKN')),
          ('KUS', 29, '16:20', VO('KUS')), ('WAR', 29, '16:45', VO('WAR')), ('KUD', 29, '17:05', CO('KUD')),
          ('SDO', 29, '17:30', VO('SDO')), ('AKA', 29, '18:10', VO('AKA')), ('SWD', 30, '08:20', VO('SWD')),
          ('WAN', 30, '08:45', 'จอส.วานรฯ น้องเฟิร์น 🌼'), ('KSS', 30, '09:10', VO('KSS')),
          ('NKN', 30, '09:30', VO('NKN')), ('KTK', 30, '10:05', CO('KTK')), ('PHU', 30, '10:40', CO('PHU'))]
    forms = ['อ.{d} รายงานจำนวนจิตอาสาวันปิยมหาราช ๒๓ ต.ค. ๖๘ รวม {n} คน (ชาย {a} หญิง {b}) ครับ',
             'ศอ.จอส.อ.{d} : จิตอาสาร่วมกิจกรรม ๒๓ ต.ค. จำนวน {n} คน ชาย {a} / หญิง {b} ค่ะ',
             '{d} ขอรายงานค่ะ วันปิยมหาราช จิตอาสา {n} ราย (ช.{a} ญ.{b})',
             'รายงานจิตอาสาวันที่ ๒๓ ต.ค. อ.{d}\nชาย {a}\nหญิง {b}\nรวม {n} คน']
    for k, d, hm, who in o9:
        a, b = N(20, 70), N(25, 90)
        tx = rnd.choice(forms).format(d=DNAME[k].replace('เมืองสกลนคร', 'เมืองสกลนคร'), n=th(a + b), a=th(a), b=th(b))
        kw = {}
        if k == 'WAN':
            kw['nm'] = ('Sent under the name จอส.วานรฯ น้องเฟิร์น 🌼, which is on no roster row: the rename notice of 30 Oct '
                        '07:30 ties it to จอส.วานรนิวาส, so this is วานรนิวาส\'s answer, not an outsider.')
        ans('O9', k, d, hm, who, text=polite(who if who in BY else 'VO_WAN', tx), **kw)
    # เต่างอย answers O6
    ans('O6', 'TNG', 29, '16:00', VO('TNG'), text=(
        'อ.เต่างอย รายงานผลสำรวจแหล่งน้ำครับ หนองน้ำสาธารณะ ๗ แห่ง ตื้นเขินต้องขุดลอก ๓ แห่ง '
        '(หนองบึงทวาย หนองแวง หนองสิม) ปริมาณน้ำประมาณร้อยละ ๖๕ ครับ'), ph=2)
    # a chief invites an agency head who is not admitted here
    M(G, 29, '17:10', CH('WAR'), 'system', event='invite', target='H_COM',
      text='นอภ.วาริชภูมิ ✨ ได้เชิญ พาณิชย์สกล เข้าร่วมกลุ่ม',
      tr=[('SKN-5', 'พาณิชย์สกล', 'An agency head (พาณิชย์จังหวัด) is not admitted to ศอ.จอส.จว.สน.; first shown by this invitation.'),
          ('SKN-ALL', 'พาณิชย์สกล', 'Invitee on the roster but not admitted to this group.'),
          ('SKN-ALL', 'นอภ.วาริชภูมิ ✨', 'Inviter of a roster person not admitted to this group.')])
    M(G, 29, '17:12', CH('WAR'), text='ท่านพาณิชย์จะช่วยเรื่องตลาดนัดจิตอาสาครับ')
    # an eligible invitation
    M(G, 29, '18:30', CH('PHN'), 'system', event='invite', target='EX1_PHN',
      text='สมชาย นอภ.พรรณาฯ ได้เชิญ ปลัดแนน พรรณาฯ เข้าร่วมกลุ่ม',
      nm='Invitee is a deputy district chief of พรรณานิคม, admitted to ศอ.จอส.จว.สน.: no SKN-5, no SKN-ALL.')
    M(G, 29, '18:33', 'EX1_PHN', text='สวัสดีค่ะ ปลัดแนน อ.พรรณานิคม มาช่วยพี่ศิริพรดูแลงานจิตอาสาอำเภอค่ะ 🙏')
    M(G, 29, '18:40', TUK, text='ยินดีต้อนรับค่ะน้องแนน')
    M(G, 29, '19:30', CH('NKN'), text='สุขสันต์วันเกิดปลัดต้นครับ ขอให้มีความสุข สุขภาพแข็งแรง 🎂')
    M(G, 29, '19:34', CO('NKN'), text='ขอบคุณครับท่าน 🙏')
    ans('O1', 'PNK', 29, '23:58', CO('PNK'), s=5, text=(
        'อ.โพนนาแก้ว ขออนุญาตรายงานดึกค่ะ จิตอาสา ๒๔ คน ทำความสะอาดคลองบ้านโพนแพง ต.บ้านแป้น ๓๐๐ เมตร ค่ะ'),
        nm='โพนนาแก้ว\'s O1 report at 23:58 on 29 Oct, within "ภายในวันที่ ๒๙ ต.ค." (deadline end of that day): on time.')
    photos(G, 29, '23:59', CO('PNK'), 2)
    # ------------------------------------------------------------ Thursday 30 Oct
    M(G, 30, '07:30', VO('WAN'), 'system', event='rename', target='จอส.วานรฯ น้องเฟิร์น 🌼',
      text='จอส.วานรนิวาส เปลี่ยนชื่อเป็น จอส.วานรฯ น้องเฟิร์น 🌼')
    M(G, 30, '08:30', P, key='R2', reply='O1', text=(
        'ย้ำครับ อำเภอที่ยังไม่ได้รายงานผลกิจกรรมจิตอาสาพัฒนาตามข้อสั่งการวันที่ ๒๗ ต.ค. ได้แก่ อ.คำตากล้า '
        'และ อ.เจริญศิลป์ ขอให้รายงานด่วนครับ'),
      nm='Reminder of O1 (ย้ำ, อำเภอที่ยังไม่ได้รายงาน, a reply to the order): no new duty.')
    ans('O1', 'KTK', 30, '09:10', CO('KTK'), reply='R2', text=(
        'ขออภัยค่ะท่าน อ.คำตากล้า ทำกิจกรรมเมื่อวาน ๒๙ ต.ค. คลองบ้านโคกสะอาด จิตอาสา ๒๙ คน ค่ะ'), ph=2)
    M(G, 30, '10:00', BOY, key='O13', s=0, text=(
        'ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสาพระราชทาน ปลูกต้นไม้เฉลิมพระเกียรติ (๒๘-๒๙ ต.ค.) อำเภอละ ๓-๕ ภาพ ในกลุ่มนี้ครับ'))
    acks(30, '10:02', 4)
    o13 = [('BMU', '30', '10:25', VO('BMU'), 3), ('KTK', '30', '10:40', VO('KTK'), 2), ('KUS', '30', '11:10', VO('KUS'), 3),
           ('PKN', '30', '13:45', VO('PKN'), 2), ('MUE', '30', '14:30', VO('MUE'), 2), ('TNG', '30', '14:50', VO('TNG'), 2),
           ('KUD', '30', '15:05', CO('KUD'), 2), ('AKA', '30', '16:15', VO('AKA'), 2),
           ('SWD', '30', '18:30', VO('SWD'), 2), ('PNK', '30', '19:40', CO('PNK'), 2), ('PHU', '30', '20:30', CO('PHU'), 2),
           ('SDO', '31', '08:15', VO('SDO'), 2), ('KSS', '31', '09:58', VO('KSS'), 2)]
    for k, d, hm, who, n in o13:
        nm = None
        if k == 'KSS':
            nm = 'โคกศรีสุพรรณ\'s photos at 09:58 on 31 Oct, before O13\'s default 24-hour deadline (10:00:00): on time.'
        ans('O13', k, int(d), hm, who, ph=n, nm=nm)
    ans('O13', 'PHN', 30, '16:50', VO('PHN'), ph=2)
    M(G, 30, '16:52', VO('PHN'), text='ภาพปลูกต้นไม้ อ.พรรณานิคม ค่ะ')
    ans('O13', 'WAR', 30, '17:20', 'ปลัดกอล์ฟ วาริชฯ\u200b', ph=2,
        nm='Sender name carries an invisible zero-width space after ปลัดกอล์ฟ วาริชฯ; once it is removed the name is on the roster, so this is วาริชภูมิ\'s answer.')
    M(G, 30, '11:00', P, key='R3', reply='O9', text=(
        'อำเภอที่ยังไม่ได้รายงานจำนวนจิตอาสาวันปิยมหาราช ได้แก่ พรรณานิคม เจริญศิลป์ โพนนาแก้ว เต่างอย '
        'ขอให้รายงานภายในเวลาที่กำหนดครับ'),
      nm='Reminder of O9 naming the districts that still owe: no new duty.')
    ans('O9', 'TNG', 30, '11:20', CO('TNG'), reply='R3', text='เต่างอย รายงานค่ะ จิตอาสาวันปิยมหาราช ๑๑๒ คน (ชาย ๔๘ หญิง ๖๔)')
    ans('O6', 'KUD', 30, '11:59', CO('KUD'), s=30, text=(
        'อ.กุดบาก รายงานผลสำรวจแหล่งน้ำครับ แหล่งน้ำสาธารณะ ๕ แห่ง ต้องขุดลอก ๒ แห่ง (หนองกุดแข้ อ่างห้วยยาง) '
        'น้ำกักเก็บประมาณร้อยละ ๗๐'),
        nm='กุดบาก\'s O6 report at 11:59 is before "ก่อนเที่ยงวันพรุ่งนี้" (12:00 on 30 Oct): on time.')
    M(G, 30, '13:00', BOY, key='O11', text=(
        'แจ้งทุกอำเภอครับ ขอให้ ศอ.จอส.อำเภอ จัดทำแผนกิจกรรมจิตอาสาเตรียมรับมือภัยแล้ง ปี ๒๕๖๘/๖๙ '
        '(กำจัดวัชพืชในแหล่งน้ำ ทำฝายชะลอน้ำ) ส่งภายใน 3 พ.ย. 68 ครับ ตามตัวอย่างในภาพ'))
    photos(G, 30, '13:01', BOY, 3, tag='plan')
    acks(30, '13:04', 3)
    ans('O9', 'PHN', 30, '13:10', VO('PHN'), text='พรรณานิคม รายงานจิตอาสาวันที่ ๒๓ ต.ค. รวม ๑๓๔ คน ชาย ๕๙ หญิง ๗๕ ค่ะ ขออภัยล่าช้าค่ะ')
    ans('O6', 'PHU', 30, '14:20', CO('PHU'), text=(
        'อ.ภูพาน รายงานผลสำรวจแหล่งน้ำครับ ๔ แห่ง ต้องขุดลอก ๑ แห่ง (หนองโนนหอม) น้ำประมาณร้อยละ ๕๕ ครับ ขออภัยที่ช้าครับ'))
    ans('O5', 'KUS', 30, '10:30', VO('KUS'), text=(
        'อ.กุสุมาลย์ รายงาน Big Cleaning Day ป้องกันโรคไข้ฉี่หนู ตามแบบ จอส.-สธ.๑ ค่ะ ดำเนินการ ๘ หมู่บ้าน แจกรองเท้าบูท ๑๒๐ คู่'),
        fname='จอส.-สธ.1_กุสุมาลย์.pdf')
    ans('O5', 'PKN', 30, '14:10', VO('PKN'), fname='แบบ จอส-สธ1 อ.พังโคน.pdf', file_first=True,
        text='ส่งแบบรายงาน Big Cleaning Day ค่ะ')
    ans('O5', 'TNG', 30, '15:00', CO('TNG'), text=(
        'เต่างอย รายงาน Big Cleaning Day ค่ะ ๖ หมู่บ้าน ครัวเรือน ๔๑๐ หลัง ให้ความรู้เกษตรกร ๑๕๐ ราย'))
    ans('O2', 'SWD', 30, '15:30', CO('SWD'), text='ขออภัยค่ะ รายชื่อจิตอาสาร่วมพิธีทอดกฐิน อ.สว่างแดนดิน ตกหล่นค่ะ',
        fname='รายชื่อกฐิน_สว่างแดนดิน.xlsx')
    ans('O7', 'KUD', 30, '16:40', CO('KUD'), text=(
        'อ.กุดบาก รายงานบ้านผู้ยากไร้ ๓ หลัง\n๑. นางบัวผัน บ้านกุดแข้ หลังคารั่ว\n๒. นายทองดี บ้านนาม่อง ฝาบ้านผุ\n'
        '๓. นางสมร บ้านโคกภู ห้องน้ำพัง ครับ'))
    M(G, 30, '16:30', VO('SWD'), text=(
        'ส่งต่อจากกลุ่มจิตอาสาภาค ๔ ครับ: แนวทางการแต่งกายจิตอาสาพระราชทานในพิธีการ ปี ๒๕๖๘ '
        'ขอให้ทุกอำเภอถือปฏิบัติด้วยนะครับ'),
      tr=[('SKN-5P', None, 'A district volunteer officer forwards material with her own instruction to all districts (ขอให้ทุกอำเภอถือปฏิบัติ): an order from outside the provincial centre.')])
    photos(G, 30, '16:31', VO('SWD'), 2, tag='fwd')
    M(G, 30, '17:00', BOY, text=(
        'รายงานสรุปผลกิจกรรมจิตอาสาพัฒนาภาพรวมจังหวัด ณ วันที่ ๓๐ ต.ค. ๖๘ เรียนท่าน ปจ. ครับ '
        'ดำเนินการแล้ว ๑๗ อำเภอ จิตอาสารวม ๗๖๔ คน ระยะทางลอกคลองรวม ๑๑.๔ กม.'),
      tr=[('SKN-5P', None, 'A report posted by the provincial centre\'s own officer: reports in this group come from districts\' people only.')])
    M(G, 30, '17:05', P, text='ขอบคุณครับ')
    M(G, 30, '20:45', CH('BMU'), text='ฝนตกหนักที่บ้านม่วงครับ จิตอาสาพรุ่งนี้เช้าเลื่อนเป็น ๙ โมงครับ')
    # ------------------------------------------------------------ Friday 31 Oct
    M(G, 31, '06:35', VO('KUS'), text='อรุณสวัสดิ์วันศุกร์ค่ะ 🌻')
    sticker(G, 31, '06:50', CH('TNG'))
    M(G, 31, '08:30', P, key='O12', text=(
        'เรียน นอภ.ทุกอำเภอ\nพรุ่งนี้ (๑ พ.ย.) พิธีทอดกฐินพระราชทาน ขอให้ทุกอำเภอรายงานความพร้อมจิตอาสา '
        '(จำนวนคน รถรับส่ง ผู้ควบคุม เบอร์โทร) ภายในเวลา 16.30 น. ของวันนี้ครับ'))
    photos(G, 31, '08:31', P, 2, tag='letter')
    acks(31, '08:33', 4)
    M(G, 31, '09:00', P, key='R4', reply='O6', text='อ.ส่องดาว ยังไม่ได้รายงานผลสำรวจแหล่งน้ำนะครับ เร่งรายงานด้วยครับ',
      nm='Reminder of O6 to the one district that still owes: no new duty.')
    M(G, 31, '09:03', CH('SDO'), text='รับทราบครับท่าน จะเร่งให้ครับ')
    o12 = [('BMU', '09:05', VO('BMU')), ('MUE', '09:20', CO('MUE')), ('KUS', '09:45', VO('KUS')), ('PKN', '10:00', VO('PKN')),
           ('KUD', '10:30', CO('KUD')), ('WAN', '11:50', 'จอส.วานรฯ น้องเฟิร์น 🌼'), ('TNG', '12:10', VO('TNG')),
           ('WAR', '13:40', CO('WAR')), ('AKA', '14:10', VO('AKA')), ('SWD', '15:20', EXd('SWD', 2)),
           ('KSS', '16:05', VO('KSS'))]
    f12 = ['อ.{d} พร้อมครับ จิตอาสา {n} คน รถรับส่ง {c} คัน ผู้ควบคุม {w} โทร {p}',
           'รายงานความพร้อมจิตอาสากฐิน อ.{d}\nจิตอาสา {n} คน\nรถ {c} คัน\nผู้ควบคุม {w} ({p})',
           '{d} : จิตอาสา {n} / รถ {c} คัน / ผู้ควบคุม {w} {p} ค่ะ']
    ctl = ['ปลัดอาวุโส', 'ปลัดจ๋า', 'ปลัดเบียร์', 'พี่อ้อม', 'ปลัดหญิง', 'ปลัดกอล์ฟ', 'ปลัดตาล', 'ปลัดโอ๊ต', 'น้องเฟิร์น', 'ปลัดหนุ่ม', 'พี่เอ็ม']
    for k, hm, who in o12:
        tx = rnd.choice(f12).format(d=DNAME[k], n=th(N(18, 40)), c=th(N(1, 3)), w=rnd.choice(ctl),
                                    p='08%d-%03d-%04d' % (N(0, 9), N(100, 999), N(1000, 9999)))
        ans('O12', k, 31, hm, who, text=polite(who if who in BY else 'VO_WAN', tx))
    ans('O12', 'PHN', 31, '11:05', 'นายสมชาย นอภ.พรรณาฯ', text=(
        'อ.พรรณานิคม พร้อมครับ จิตอาสา ๓๐ คน รถบัส อบต. ๑ คัน ผู้ควบคุม ปลัดแนน ๐๘๖-๒๒๔-๕๑๘๐'),
        nm='Sender "นายสมชาย นอภ.พรรณาฯ" is the roster\'s สมชาย นอภ.พรรณาฯ with the title นาย in front: the district chief of พรรณานิคม, not an outsider.')
    ans('O12', 'PNK', 31, '16:29', CO('PNK'), s=10, text='โพนนาแก้ว พร้อมค่ะ จิตอาสา ๒๐ คน รถตู้ ๒ คัน ผู้ควบคุม ปลัดมิ้นท์ ๐๙๒-๔๑๘-๓๓๐๗',
        nm='โพนนาแก้ว\'s O12 answer at 16:29 is inside "ภายในเวลา 16.30 น.": on time.')
    ans('O12', 'SDO', 31, '17:40', VO('SDO'), text='ส่องดาว จิตอาสา ๒๒ คน รถ ๑ คัน ผู้ควบคุม ปลัดแบงค์ ๐๘๘-๖๑๒-๐๔๔๑ ค่ะ ขออภัยค่ะ')
    ans('O12', 'KTK', 31, '19:05', CO('KTK'), text='คำตากล้า พร้อมค่ะ ๑๘ คน รถกระบะ ๒ คัน ผู้ควบคุม ปลัดปุ๊ ค่ะ ขออภัยช้าค่ะ')
    ans('O9', 'CRS', 31, '10:30', CO('CRS'), text='อ.เจริญศิลป์ ขอรายงานจิตอาสาวันปิยมหาราช ๙๘ คน (ชาย ๔๐ หญิง ๕๘) ครับ ขออภัยที่ล่าช้าครับ')
    ans('O7', 'MUE', 31, '10:10', EXd('MUE'), text=(
        'อ.เมืองสกลนคร รายงานบ้านผู้ยากไร้ที่จะซ่อมแซม ๕ หลัง (ต.ท่าแร่ ๒ ต.ดงชน ๒ ต.ขมิ้น ๑) รายละเอียดตามแบบสำรวจครับ'),
        fname='แบบสำรวจบ้านผู้ยากไร้_อ.เมือง.xlsx')
    ans('O7', 'PHN', 31, '11:30', 'Tum 🍀', sid=BY['CO_PHN']['line_id'], text=(
        'พรรณานิคม รายงานบ้านผู้ยากไร้ ๔ หลังครับ บ้านพอกน้อย ๒ บ้านนาหัวบ่อ ๒ รายละเอียดตามแบบครับ'),
        fname='สำรวจบ้าน_พรรณานิคม.xlsx',
        nm='Display name "Tum 🍀" is on no roster row, but senderId is ปลัดตั้ม พรรณานิคม\'s LINE user id: matched by id, a district report, not an outsider.')
    ans('O11', 'BMU', 31, '10:50', VO('BMU'), fname='แผนจิตอาสาภัยแล้ง_บ้านม่วง.pdf', file_first=True,
        text='แผนกิจกรรมจิตอาสาภัยแล้ง อ.บ้านม่วง ค่ะ')
    ans('O5', 'BMU', 31, '09:40', VO('BMU'), text='บ้านม่วงรายงาน Big Cleaning Day ค่ะ ๑๐ หมู่บ้าน แจกรองเท้าบูท ๙๐ คู่ ให้ความรู้ ๒๐๐ คน')
    ans('O5', 'MUE', 31, '11:15', VO('MUE'), text='อ.เมืองสกลนคร ส่งแบบ จอส.-สธ.๑ ครับ', fname='จอสสธ1_เมือง.pdf')
    ans('O5', 'KSS', 31, '13:20', VO('KSS'), fname='Big Cleaning โคกศรีสุพรรณ.pdf')
    ans('O13', 'WAN', 31, '14:00', 'จอส.วานรฯ น้องเฟิร์น 🌼', ph=2)
    M(G, 31, '14:02', 'จอส.วานรฯ น้องเฟิร์น 🌼', text='ภาพปลูกต้นไม้ อ.วานรนิวาส ค่ะ ขออภัยส่งช้าค่ะ')
    ans('O7', 'WAR', 31, '14:25', VO('WAR'), text='วาริชภูมิ รายงานบ้านผู้ยากไร้ ๒ หลังค่ะ บ้านหนองลาด และบ้านปลาโหล')
    ans('O5', 'WAR', 31, '15:10', VO('WAR'), text='จอส.วาริชภูมิ รายงาน Big Cleaning Day ๕ หมู่บ้าน ครัวเรือน ๓๒๐ หลังค่ะ')
    ans('O11', 'KUS', 31, '16:00', CH('KUS'), text='อ.กุสุมาลย์ ส่งแผนจิตอาสาภัยแล้งครับ ทำฝายชะลอน้ำ ๓ จุด', fname='แผนภัยแล้ง_กุสุมาลย์.pdf')
    M(G, 31, '17:00', P, text='ขอบคุณทุกอำเภอครับ พรุ่งนี้เจอกันที่วัดพระธาตุเชิงชุม ๐๘.๓๐ น. ครับ')
    M(G, 31, '17:10', CH('BMU'), text='ขอให้ทุกท่านเดินทางไปร่วมงานกฐินโดยสวัสดิภาพนะครับ 🙏',
      nm='Courtesy with order words (ขอให้ทุกท่าน…): a good wish, not an order by a district chief (no SKN-5P).')
    acks(31, '17:12', 3)
    M(G, 31, '21:45', CO('BMU'), key='LAST', text='ราตรีสวัสดิ์ครับทุกท่าน พรุ่งนี้เจอกันครับ 🙏')


# The duties as worked out by hand. deadline: ISO; how: reasoning; to: districts obliged.
DUTY = {
    'O1': dict(deadline='2025-10-29T23:59:59+07:00', to=ALLD,
               how='"ภายในวันที่ ๒๙ ต.ค. ๖๘": a named day, so until the end of Wednesday 29 October (a working day).'),
    'O2': dict(deadline='2025-10-28T10:15:00+07:00', to=ALLD,
               how='"ภายใน ๒๔ ชม." counted from the instruction text at 10:15:00 on Monday 27 October (the PDF came a minute before): 10:15:00 on Tuesday 28 October.'),
    'O4': dict(deadline='2025-10-28T16:30:00+07:00', to=['PKN', 'WAR', 'BMU', 'AKA', 'SWD'],
               how='"ภายในเวลา ๑๖.๓๐ น. วันนี้" on Tuesday 28 October. Addressed in the salutation to นอภ.พังโคน, วาริชภูมิ, บ้านม่วง, อากาศอำนวย, สว่างแดนดิน only.'),
    'O5': dict(deadline='2025-10-31T23:59:59+07:00', to=ALLD,
               how='"ภายในวันศุกร์ที่ ๓๑ ต.ค. ๖๘": to the end of Friday 31 October, after the log ends (21:45 that day): districts without an answer are not yet due.'),
    'O6': dict(deadline='2025-10-30T12:00:00+07:00', to=['TNG', 'KUD', 'PHU', 'SDO'],
               how='"ก่อนเที่ยงวันพรุ่งนี้" posted Wednesday 29 October: noon on Thursday 30 October. Addressed to อ.เต่างอย, กุดบาก, ภูพาน, ส่องดาว.'),
    'O7': dict(deadline='2025-11-03T23:59:59+07:00', to=ALLD,
               how='"ภายใน ๓ วัน" posted Wednesday 29 October: day 1 = Thu 30, day 2 = Fri 31, day 3 = Sat 1 Nov, a weekend day, so it moves to the next working day, Monday 3 November, end of day. After the log ends: not yet due.'),
    'O9': dict(deadline='2025-10-30T12:00:00+07:00', to=ALLD,
               how='"ภายใน 12.00 น. ของวันที่ 30 ต.ค. 68": noon on Thursday 30 October. The order is the text line at 15:00 (the PDF went alone at 14:59).'),
    'O11': dict(deadline='2025-11-03T23:59:59+07:00', to=ALLD,
                how='"ส่งภายใน 3 พ.ย. 68": to the end of Monday 3 November. After the log ends: not yet due.'),
    'O12': dict(deadline='2025-10-31T16:30:00+07:00', to=ALLD,
                how='"ภายในเวลา 16.30 น. ของวันนี้" on Friday 31 October: 16:30 that day.'),
    'O13': dict(deadline='2025-10-31T10:00:00+07:00', to=ALLD,
                how='No deadline in the text, so the default 24 hours from 10:00:00 on Thursday 30 October: 10:00:00 on Friday 31 October. It asks for photos, so photos sent alone count.'),
}
NODUTY = {
    'O3': 'Information only: "แจ้งเพื่อทราบ … เรื่องนี้ไม่ต้องรายงานครับ".',
    'O8': 'Information only: "เพื่อทราบครับ … ไม่ต้องรายงานครับ".',
    'R1': 'Reminder of O2 (เร่งรัด, ตามกำหนดเวลา, reply to O2): no new duty.',
    'R2': 'Reminder of O1 (ย้ำ, อำเภอที่ยังไม่ได้รายงาน, reply to O1): no new duty.',
    'R3': 'Reminder of O9 (อำเภอที่ยังไม่ได้รายงาน, reply to O9): no new duty.',
    'R4': 'Reminder of O6 to ส่องดาว (เร่ง, reply to O6): no new duty.',
}
# hand-worked states for each duty that is not a plain on-time answer
STATE = {
    ('O1', 'KTK'): 'late', ('O1', 'CRS'): 'missing',
    ('O2', 'AKA'): 'late', ('O2', 'PNK'): 'late', ('O2', 'SWD'): 'late', ('O2', 'PHU'): 'missing',
    ('O4', 'SWD'): 'late',
    ('O6', 'PHU'): 'late', ('O6', 'SDO'): 'missing',
    ('O9', 'PHN'): 'late', ('O9', 'CRS'): 'late', ('O9', 'PNK'): 'missing',
    ('O12', 'SDO'): 'late', ('O12', 'KTK'): 'late', ('O12', 'CRS'): 'missing', ('O12', 'PHU'): 'missing',
    ('O12', 'NKN'): 'missing',
    ('O13', 'WAN'): 'late', ('O13', 'CRS'): 'missing', ('O13', 'NKN'): 'missing',
}
# not-due: O5, O7, O11 districts without an answer (deadline after the log's end)
