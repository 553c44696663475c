# หน.ส่วนราชการ-นอภ.สน. (heads-chiefs.jsonl): the governor's news and orders to agency heads and district chiefs.
from week_lib import polite, M, photos, sticker, fileM, CH, rnd, hm_add

G = 'HD'
GOV = 'GOV'
HEADS = ['H_PHO', 'H_AGR', 'H_DPM', 'H_CDD', 'H_IRR', 'H_PRD', 'H_CUL', 'H_LAB', 'H_COM', 'H_EDU', 'H_LIV']
ACK = ['รับทราบครับท่าน', 'รับทราบครับ', 'รับทราบค่ะ', 'ทราบครับท่านผู้ว่าฯ', '🙏', 'รับทราบค่ะท่าน 🙏', 'STICKER', 'รับทราบครับผม']


def acks(day, hm, who):
    t = hm
    for p in who:
        w = rnd.choice(ACK)
        if w == 'STICKER':
            sticker(G, day, t, p)
        else:
            M(G, day, t, p, text=polite(p, w))
        t = hm_add(t, rnd.randint(1, 3))


def build():
    M(G, 27, '07:10', GOV, text='อรุณสวัสดิ์ครับทุกท่าน สัปดาห์นี้ขอให้ทุกส่วนราชการให้ความสำคัญกับงานพิธีทอดกฐินพระราชทานวันเสาร์ที่ ๑ พ.ย. ครับ')
    acks(27, '07:12', ['H_CUL', 'H_PRD', 'CH_MUE', 'H_EDU', 'CH_KUD'])
    M(G, 27, '09:00', 'S_PHO', text='เรียนท่านผู้ว่าฯ นพ.สสจ. ติดประชุมที่เขตสุขภาพ กระผมรับทราบแทนครับ',
      tr=[('SKN-6', None, 'A deputy of the provincial health chief in the group in place of the head: heads must join in person.')])
    M(G, 27, '10:00', GOV, key='HD_G1', text=(
        'ข้อสั่งการครับ ขอให้ส่วนราชการที่เกี่ยวข้องบูรณาการกับอำเภอ ป้องกันโรคไข้ฉี่หนูในกลุ่มเกษตรกรช่วงเก็บเกี่ยว '
        'สาธารณสุข ปศุสัตว์ เกษตร ประชาสัมพันธ์ ร่วมรณรงค์ทุกอำเภอครับ'),
      nm='The governor\'s order to the group: exactly what the group is for.')
    photos(G, 27, '10:01', GOV, 2, tag='order')
    M(G, 27, '10:04', 'H_LIV', text='รับทราบครับท่าน ปศุสัตว์จะสั่งการเจ้าหน้าที่ทุกอำเภอร่วมรณรงค์ทันทีครับ',
      nm='An acknowledgement by an agency head that opens with รับทราบ and adds compliance words: not a report (no SKN-6P).')
    acks(27, '10:06', ['H_AGR', 'H_PRD', 'CH_BMU', 'CH_WAN', 'CH_SWD'])
    M(G, 27, '14:20', 'H_LAB', text='ขอสอบถามท่านผู้ว่าฯ ค่ะ การจ้างแรงงานเก็บเกี่ยวข้ามจังหวัด ให้ประสานผ่านอำเภอหรือจัดหางานจังหวัดคะ',
      nm='A question to the governor by an agency head: not a report (no SKN-6P).')
    M(G, 27, '14:35', GOV, text='ประสานจัดหางานจังหวัดเป็นหลักครับ แจ้งอำเภอทราบด้วย')
    M(G, 27, '14:37', 'H_LAB', text='ขอบคุณค่ะท่าน 🙏')
    # Tuesday
    M(G, 28, '08:30', 'H_PHO', text=(
        'รายงานสถานการณ์โรคไข้เลือดออก จ.สกลนคร สัปดาห์ที่ ๔๓ ผู้ป่วยสะสม ๑,๒๔๘ ราย เพิ่มขึ้น ๓๖ ราย '
        'อำเภอที่พบมาก เมืองสกลนคร สว่างแดนดิน วานรนิวาส ครับ'),
      tr=[('SKN-6P', None, 'A situation report posted by an agency head: the group\'s rule is งดการส่งรายงาน.')])
    photos(G, 28, '08:31', 'H_PHO', 1, tag='info')
    M(G, 28, '09:15', GOV, text='ขอบคุณครับหมอ ขอให้ส่งรายงานทางหนังสือตามปกติครับ กลุ่มนี้งดส่งรายงานนะครับ')
    M(G, 28, '09:17', 'H_PHO', text='รับทราบครับท่าน ขออภัยครับ')
    M(G, 28, '13:20', 'H_AGR', 'system', event='invite', target='S_AGR',
      text='เกษตรจังหวัด สน. ได้เชิญ ธุรการเกษตร จ.สน. เข้าร่วมกลุ่ม',
      tr=[('SKN-6', 'ธุรการเกษตร จ.สน.', 'A clerk of the agriculture office is not admitted (heads only, in person); first shown by this invitation.'),
          ('SKN-ALL', 'ธุรการเกษตร จ.สน.', 'Invitee on the roster but not admitted to this group.'),
          ('SKN-ALL', 'เกษตรจังหวัด สน.', 'Inviter of a roster person not admitted to this group.')])
    M(G, 28, '13:22', 'S_AGR', text='สวัสดีค่ะ ธุรการสำนักงานเกษตรจังหวัดค่ะ จะคอยรับข้อสั่งการแทนท่านเกษตรจังหวัดค่ะ 🙏')
    M(G, 28, '16:00', GOV, text=(
        'แจ้งทุกส่วนราชการ ขอเชิญร่วมพิธีทอดกฐินพระราชทาน วันเสาร์ที่ ๑ พ.ย. ๖๘ ๐๘.๓๐ น. วัดพระธาตุเชิงชุม '
        'แต่งกายเครื่องแบบปกติขาว ครับ'))
    photos(G, 28, '16:01', GOV, 1, tag='kathin')
    acks(28, '16:03', ['H_CUL', 'H_CDD', 'H_EDU', 'H_COM', 'CH_PHN', 'CH_NKN', 'CH_SDO'])
    # Wednesday
    M(G, 29, '07:30', 'H_PRD', text='สุขสันต์วันเกิดท่านแรงงานจังหวัดค่ะ ขอให้มีความสุข สุขภาพแข็งแรง คิดสิ่งใดสมปรารถนานะคะ 🎂',
      nm='A birthday wish with "ขอให้…": courtesy, not an order and not a report.')
    M(G, 29, '07:34', 'H_LAB', text='ขอบคุณค่ะพี่แดง 🙏')
    M(G, 29, '07:40', 'CH_KUS', text='HBD ครับ 🎉')
    M(G, 29, '09:00', 'H_EDU', text=(
        'ศธจ.สกลนคร ได้รับรางวัลหน่วยงานดีเด่นด้านการส่งเสริมการศึกษาตลอดชีวิต ระดับประเทศ ประจำปี ๒๕๖๘ ครับ '
        'ขอบคุณทุกภาคส่วนครับ'),
      tr=[('SKN-6P', None, 'An agency\'s own achievement posted to the group: a performance result (งดการส่งรายงาน หรือผลการปฏิบัติงาน).')])
    photos(G, 29, '09:00', 'H_EDU', 3)
    M(G, 29, '09:05', 'H_CUL', text='ยินดีด้วยครับ 👏')
    M(G, 29, '09:06', 'CH_TNG', text='ยินดีด้วยครับท่าน')
    M(G, 29, '11:30', 'H_DPM', 'system', event='invite', target='จุ๋ม เลขาฯ ปภ.',
      text='ผอ.ปภ.สน. 🚒 ได้เชิญ จุ๋ม เลขาฯ ปภ. เข้าร่วมกลุ่ม',
      tr=[('OUTSIDER', 'จุ๋ม เลขาฯ ปภ.', 'Not on the roster; added by ผอ.ปภ.สน. 🚒 (the inviter named here, no SKN-ALL).')])
    M(G, 29, '14:00', GOV, text=(
        'ขอให้ทุกส่วนราชการและอำเภอ เตรียมความพร้อมรับมือภัยแล้ง ปี ๒๕๖๘/๖๙ ชลประทานประสานอำเภอเรื่องรอบเวรส่งน้ำ '
        'เกษตรแนะนำการปลูกพืชใช้น้ำน้อยครับ'))
    fileM(G, 29, '14:01', GOV, 'แนวทางรับมือภัยแล้ง จ.สน. 2568-69.pdf')
    acks(29, '14:03', ['H_IRR', 'H_AGR', 'CH_KTK', 'CH_AKA', 'CH_CRS', 'CH_PNK', 'CH_PHU'])
    M(G, 29, '14:30', 'VG1', text='ขอให้ชลประทานส่งรอบเวรการส่งน้ำให้อำเภอภายในสัปดาห์หน้าครับ',
      nm='An order from a vice governor: allowed in this group.')
    M(G, 29, '14:33', 'H_IRR', text='รับทราบครับท่านรอง')
    # Thursday
    M(G, 30, '08:00', 'CH_KUD', text=(
        'รายงานผลการปฏิบัติงานอำเภอกุดบาก สัปดาห์นี้ ๑. แจกเมล็ดพันธุ์ผัก ๕๐๐ ครัวเรือน ๒. จิตอาสาช่วยเกี่ยวข้าว ๓๕ ไร่ '
        '๓. ตรวจสอบจุดความร้อน ๔ จุด ครับ'),
      tr=[('SKN-6P', None, 'A district\'s performance report posted by a district chief in หน.ส่วนราชการ-นอภ.สน.')])
    photos(G, 30, '08:01', 'CH_KUD', 3)
    M(G, 30, '09:30', 'H_AGR', text=(
        'ผลการดำเนินงานโครงการส่งเสริมการปลูกพืชหลังนา ปี ๖๘ ดำเนินการแล้ว ๑๒ อำเภอ เกษตรกรเข้าร่วม ๓,๔๐๐ ราย ครับ'),
      tr=[('SKN-6P', None, 'An agency head posts his office\'s results (ผลการดำเนินงาน): a performance report.')])
    M(G, 30, '10:00', GOV, text='ขอบคุณครับ ขอให้ทุกท่านงดส่งรายงานในกลุ่มนี้ตามแนวทางของจังหวัดนะครับ')
    acks(30, '10:02', ['H_AGR', 'CH_KUD', 'H_PHO', 'H_EDU'])
    M(G, 30, '15:00', 'VG2', text='ขอให้ส่วนราชการที่มีรถบัส สนับสนุนการรับส่งจิตอาสาวันพิธีกฐิน แจ้งจำนวนรถให้สำนักงานจังหวัดค่ะ')
    acks(30, '15:02', ['H_CDD', 'H_EDU', 'H_IRR'])
    M(G, 30, '15:10', 'H_CDD', text='รับทราบค่ะท่านรองฯ จะแจ้งจำนวนรถให้สำนักงานจังหวัดทางหนังสือค่ะ')
    # Friday
    M(G, 31, '07:15', GOV, text=(
        'ขอบคุณทุกส่วนราชการและทุกอำเภอครับ พรุ่งนี้พิธีทอดกฐินพระราชทาน ขอให้ทุกท่านพร้อมกัน ๐๘.๐๐ น. '
        'ช่วงวันหยุดขอให้ดูแลพื้นที่และเปิดโทรศัพท์ตลอดเวลาครับ'))
    acks(31, '07:17', ['H_PHO', 'H_AGR', 'H_DPM', 'H_CDD', 'H_IRR', 'H_PRD', 'H_CUL', 'H_LAB', 'H_COM', 'H_EDU', 'H_LIV',
                       'CH_MUE', 'CH_PKN', 'CH_WAR'])
    M(G, 31, '08:10', 'CH_SDO', text='ขอบคุณทุกส่วนราชการครับ ขอให้ทุกท่านเดินทางปลอดภัยครับ',
      nm='Courtesy ("ขอบคุณทุกส่วนราชการ", "ขอให้…ปลอดภัย"): chat, neither order nor report.')
    M(G, 31, '10:30', 'H_PRD', text='ขอสอบถามท่านผู้ว่าฯ ค่ะ สื่อมวลชนจะเข้าบันทึกภาพในพระอุโบสถได้หรือไม่คะ')
    M(G, 31, '10:40', GOV, text='ได้ครับ เฉพาะที่สำนักพระราชวังอนุญาต ประสานวัฒนธรรมจังหวัดครับ')
    M(G, 31, '10:42', 'H_CUL', text='รับทราบครับท่าน จะประสานพี่แดงครับ')
    M(G, 31, '16:45', 'H_IRR', text='ขอบคุณท่านผู้ว่าฯ ครับ ขอให้ทุกท่านมีความสุขในวันหยุดครับ 🙏')


def build_more():
    M(G, 28, '11:30', GOV, text='ข่าวดีครับ จังหวัดสกลนครได้รับจัดสรรงบประมาณขุดลอกหนองหาร ระยะที่ ๒ ขอบคุณทุกส่วนราชการที่ร่วมผลักดันครับ')
    photos(G, 28, '11:31', GOV, 2, tag='news')
    acks(28, '11:34', ['H_IRR', 'H_AGR', 'CH_MUE', 'H_CDD'])
    M(G, 30, '13:20', GOV, text='ขอให้ทุกส่วนราชการสนับสนุนการรณรงค์ลอยกระทงปลอดภัย ไร้โฟม งดปล่อยโคมลอยใกล้สนามบินครับ')
    photos(G, 30, '13:21', GOV, 1, tag='campaign')
    acks(30, '13:23', ['H_PRD', 'H_CUL', 'H_DPM', 'CH_PHN', 'CH_WAN'])
