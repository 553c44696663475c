# ข้อสั่งการ ปค.สน. (pk-orders.jsonl): the provincial administration office's orders to districts, and the slips.
from week_lib import M, photos, sticker, fileM, CH, CO, VO, EXd, rnd

G = 'PK'
A1, A2, A3, P = 'ADM1', 'ADM2', 'ADM3', 'PAL'
NM_PH = 'The office\'s own order with photos of the letter: the office may post in this group (no SKN-2P).'
NM_PDF = 'The office\'s own order sent as the letter\'s PDF: allowed (no SKN-2P).'


def order(day, hm, who, text, n=0, pdf=None, nm=None, nm_att=None, key=None):
    m = M(G, day, hm, who, text=text, nm=nm, key=key)
    if pdf:
        fileM(G, day, hm, who, pdf, nm=nm_att)
    if n:
        photos(G, day, hm, who, n, tag='letter', nm=nm_att)
    return m


def build():
    # Monday
    order(27, '08:15', A1, 'ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๒๔๑๑๐ ลงวันที่ ๒๔ ตุลาคม ๒๕๖๘\nเรื่อง การเฝ้าระวังและป้องกันการเผาในที่โล่งช่วงฤดูเก็บเกี่ยวข้าว\n'
          'เรียน นายอำเภอทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ', n=3, nm_att=NM_PH)
    sticker(G, 27, '08:18', CH('BMU'), tr=[('SKN-2P', None, 'A sticker from a district chief: any post by someone other than the office breaks the group\'s rule (a sticker counts as a post).')])
    M(G, 27, '08:21', CO('KUS'), text='รับทราบครับ',
      tr=[('SKN-2P', None, 'An acknowledgement by a coordinating deputy: members may not answer in this group.')])
    M(G, 27, '09:00', P, text='เรียนทุกท่าน กลุ่มนี้ไม่ต้องตอบรับนะครับ ใช้สำหรับส่งหนังสือจากจังหวัดถึงอำเภอเท่านั้น ขอบคุณครับ',
      nm='The provincial palad reminding members not to reply: the palad is one of the two who may post here.')
    fileM(G, 27, '10:30', A3, 'ด่วน สน0018.1-ว24188 การเตรียมการพิธีทอดกฐินพระราชทาน 2568.pdf', nm=NM_PDF)
    M(G, 27, '10:31', A3, text='ด่วน ที่ สน ๐๐๑๘.๑/ว ๒๔๑๘๘ เรื่อง การเตรียมการพิธีทอดกฐินพระราชทาน ประจำปี ๒๕๖๘ ขอให้อำเภอแจ้งส่วนราชการและ อปท. ในพื้นที่ทราบ')
    order(27, '13:45', A2, 'ที่ สน ๐๐๑๘.๒/ว ๒๔๒๓๐ ลว. ๒๗ ต.ค. ๖๘ เรื่อง การสำรวจความต้องการแรงงานเก็บเกี่ยวข้าวนาปี ๒๕๖๘/๖๙ '
          'ขอให้อำเภอประสานเกษตรอำเภอและกำนันผู้ใหญ่บ้านดำเนินการ รายละเอียดตามหนังสือ', n=2)
    order(27, '16:20', A1, 'ที่ มท ๐๓๐๗.๔/ว ๖๖๑๒ เรื่อง แนวทางการตรวจสอบการจ้างแรงงานต่างด้าวช่วงฤดูเก็บเกี่ยว (ส่งต่อจากกรมการปกครอง)', pdf='มท0307.4-ว6612.pdf')
    # Tuesday
    order(28, '08:10', A1, 'ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๒๔๒๕๑ เรื่อง มาตรการป้องกันโรคไข้เลือดออกและโรคเลปโตสไปโรซิส (ไข้ฉี่หนู) '
          'เรียน นอภ.ทุกอำเภอ ขอให้อำเภอกำชับกำนันผู้ใหญ่บ้านประชาสัมพันธ์ในหมู่บ้านเสี่ยง', n=3, nm_att=NM_PH)
    M(G, 28, '08:40', CH('KSS'), text='ขอสอบถามครับ หนังสือเรื่องไข้เลือดออก ต้องรายงานผลถึงจังหวัดทางช่องทางไหนครับ',
      tr=[('SKN-2P', None, 'A question from a district chief: members may not ask in this group.')])
    M(G, 28, '08:52', 'ปลัดเอก', text='รับทราบครับ',
      nm='"ปลัดเอก" is a display name of two roster people (วานรนิวาส\'s coordinating deputy and a deputy of สว่างแดนดิน) and no user id is given: ambiguous, never judged.')
    M(G, 28, '10:00', EXd('MUE'), text='รับทราบครับผม',
      tr=[('SKN-2', None, 'An ordinary deputy district chief (not the coordinating deputy) is not admitted to ข้อสั่งการ ปค.สน.; first shown by this post.'),
          ('SKN-2P', None, 'An acknowledgement by a member other than the office.')])
    fileM(G, 28, '13:00', A3, 'สน0018.2-ว24277 แผนเผชิญเหตุภัยแล้ง 2568-69.pdf')
    M(G, 28, '13:01', A3, text='ที่ สน ๐๐๑๘.๒/ว ๒๔๒๗๗ เรื่อง แผนเผชิญเหตุภัยแล้ง ปี ๒๕๖๘/๖๙ ขอให้อำเภอจัดทำแผนระดับอำเภอ')
    M(G, 28, '14:05', CO('PHN'), 'image', att='IMG_20251028_140512.jpg',
      tr=[('SKN-2P', None, 'A photo (a district meeting) posted alone by a coordinating deputy: any post by a member breaks the rule.')])
    M(G, 28, '15:30', A3, 'system', event='invite', target=CO('PHU'),
      text='สารบรรณ ปค.จ.สน. 📨 ได้เชิญ ปลัดปิง ภูพาน เข้าร่วมกลุ่ม',
      nm='The invitee is coordinating_deputy|volunteer_center_staff: as coordinating deputy he is admitted here (no SKN-2, no SKN-ALL).')
    order(28, '16:10', A2, 'ที่ สน ๐๐๑๘.๓/ว ๒๔๒๙๐ เรื่อง การประชุมคณะกรมการจังหวัด ประจำเดือนพฤศจิกายน ๒๕๖๘ '
          'วันที่ ๔ พ.ย. ๖๘ เวลา ๐๙.๓๐ น. ห้องประชุมพระพุทธวิเศษมงคล ศาลากลางจังหวัด', n=2)
    # Wednesday
    order(29, '08:20', A1, 'ด่วน ที่ สน ๐๐๑๘.๓/ว ๒๔๓๐๒ เรื่อง การรักษาความปลอดภัยในเทศกาลลอยกระทง ประจำปี ๒๕๖๘ '
          'ขอให้อำเภอตั้งจุดตรวจ จุดบริการ และกวดขันการจำหน่ายพลุ ดอกไม้ไฟ', n=3)
    M(G, 29, '09:10', CH('TNG'), text='อรุณสวัสดิ์วันพุธครับ ขอให้ทุกท่านมีความสุขตลอดวันครับ 🌸',
      tr=[('SKN-2P', None, 'A morning greeting (chat, with a flower picture) by a district chief: any post by a member breaks the rule; one post, one finding.')])
    photos(G, 29, '09:10', CH('TNG'), 1, tag='flower')
    fileM(G, 29, '11:00', A3, 'สน0018.4-ว24315 รับสมัครสมาชิก อส. ทดแทนตำแหน่งว่าง.pdf', nm=NM_PDF)
    M(G, 29, '11:01', A3, text='ที่ สน ๐๐๑๘.๔/ว ๒๔๓๑๕ เรื่อง การรับสมัครสมาชิกกองอาสารักษาดินแดนทดแทนตำแหน่งว่าง')
    order(29, '14:30', A2, 'ที่ มท ๐๓๑๐.๑/ว ๗๙๐๒ เรื่อง การตรวจสอบข้อมูลผู้มีสิทธิ์ได้รับความช่วยเหลือผู้ประสบอุทกภัย ๒๕๖๘ (ส่งต่อ)', pdf='มท0310.1-ว7902.pdf')
    M(G, 29, '16:40', CH('TNG'), 'system', event='invite', target=VO('TNG'),
      text='นอภ.เต่างอย ได้เชิญ จอส.เต่างอย 🐢 เข้าร่วมกลุ่ม',
      tr=[('SKN-2', 'จอส.เต่างอย 🐢', 'A district volunteer officer is not admitted to ข้อสั่งการ ปค.สน.; first shown by this invitation.'),
          ('SKN-ALL', 'จอส.เต่างอย 🐢', 'Invitee on the roster but not admitted to this group.'),
          ('SKN-ALL', 'นอภ.เต่างอย', 'Inviter of a roster person not admitted to this group.')])
    # Thursday
    order(30, '08:15', A1, 'ที่ สน ๐๐๑๘.๒/ว ๒๔๓๔๐ เรื่อง ขอความร่วมมือตรวจสอบรายชื่อผู้มีสิทธิ์บัตรสวัสดิการแห่งรัฐที่เสียชีวิต '
          'ขอให้อำเภอตรวจสอบกับทะเบียนราษฎร', n=2)
    M(G, 30, '08:30', CO('KTK'), text='อ.คำตากล้า ดำเนินการตามหนังสือเรื่องการเผาในที่โล่งเรียบร้อยแล้วค่ะ ตั้งจุดเฝ้าระวัง ๙ ตำบล',
      tr=[('SKN-2P', None, 'A district report by a coordinating deputy: this group carries only the office\'s orders.')])
    fileM(G, 30, '10:00', A3, 'สน0018.3-ว24351 ตรวจสอบสถานบริการช่วงเทศกาล.pdf', nm=NM_PDF)
    M(G, 30, '10:01', A3, text='ที่ สน ๐๐๑๘.๓/ว ๒๔๓๕๑ เรื่อง การตรวจสอบสถานบริการและสถานประกอบการช่วงเทศกาล')
    M(G, 30, '14:00', CH('AKA'), text='🙏',
      tr=[('SKN-2P', None, 'A lone 🙏 from a district chief counts as a post (an acknowledgement).')])
    order(30, '15:00', A1, 'ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๒๔๓๖๙ เรื่อง การจัดพิธีทอดกฐินพระราชทาน ณ วัดพระธาตุเชิงชุม วรวิหาร '
          'วันเสาร์ที่ ๑ พ.ย. ๖๘ ขอเชิญนายอำเภอทุกอำเภอร่วมพิธี แต่งกายเครื่องแบบปกติขาว', n=4, nm_att=NM_PH)
    order(30, '16:45', A2, 'ที่ มท ๐๓๑๙.๒/ว ๘๐๑๑ เรื่อง การบริหารจัดการน้ำฤดูแล้ง (ส่งต่อ)', n=2)
    # Friday
    order(31, '08:10', A1, 'ที่ สน ๐๐๑๘.๓/ว ๒๔๓๘๘ เรื่อง การจัดเวรยามรักษาการณ์ศาลาว่าการอำเภอ วันหยุดราชการ ๑-๒ พ.ย. ๖๘', n=2)
    M(G, 31, '09:20', CH('WAR'), 'file', att='รายงานผลการป้องกันการเผา_อ.วาริชภูมิ.pdf',
      tr=[('SKN-2P', None, 'A district report sent as a PDF by a district chief: a file is a post too.')])
    fileM(G, 31, '13:00', A3, 'สน0018.1-ว24401 ประชาสัมพันธ์งานกาชาดและงานประจำปี.pdf')
    M(G, 31, '13:01', A3, text='ที่ สน ๐๐๑๘.๑/ว ๒๔๔๐๑ เรื่อง การประชาสัมพันธ์งานเทศกาลออกพรรษาและงานกาชาดจังหวัดสกลนคร')
    order(31, '14:30', A2, 'ที่ สน ๐๐๑๘.๒/ว ๒๔๔๑๐ เรื่อง การสำรวจความเสียหายพืชผลการเกษตรจากอุทกภัย (เพิ่มเติม) ขอให้อำเภอแจ้งเกษตรอำเภอ', n=3)
    M(G, 31, '16:00', CO('NKN'), 'system', event='leave', text='ปลัดต้น น้ำอูน ออกจากกลุ่ม')
    order(31, '16:30', P, 'แจ้งทุกอำเภอครับ ขอให้นายอำเภออยู่ประจำพื้นที่ช่วงวันหยุด ๑-๒ พ.ย. หากมีเหตุสำคัญรายงานจังหวัดทันที', n=0,
          nm='An order from the provincial palad himself: he may post in this group.')


def build_more():
    order(27, '11:40', A2, 'ที่ สน ๐๐๑๘.๔/ว ๒๔๒๑๒ เรื่อง การคัดเลือกกำนันผู้ใหญ่บ้านดีเด่น ประจำปี ๒๕๖๙ '
          'ขอให้อำเภอเสนอรายชื่อตามหลักเกณฑ์ที่แนบ', n=2)
    order(28, '09:30', A3, 'ที่ สน ๐๐๑๘.๑/ว ๒๔๒๕๘ เรื่อง การจัดงานวันลอยกระทง ประจำปี ๒๕๖๘ ของจังหวัดสกลนคร '
          'ขอเชิญนายอำเภอหรือผู้แทนร่วมพิธี วันที่ ๕ พ.ย. ๖๘ ณ สวนสาธารณะหนองหาร', n=3)
    order(28, '14:50', A1, 'ด่วน ที่ มท ๐๓๐๙.๓/ว ๗๘๔๔ เรื่อง การป้องกันและปราบปรามยาเสพติดในสถานศึกษาและชุมชน (ส่งต่อ)', pdf='มท0309.3-ว7844.pdf')
    order(29, '10:15', A1, 'ที่ สน ๐๐๑๘.๓/ว ๒๔๓๑๐ เรื่อง การติดตามเร่งรัดการจ่ายเงินช่วยเหลือผู้ประสบอุทกภัย '
          'ขอให้อำเภอติดตามการโอนเงินให้ครบทุกครัวเรือน', n=2)
    order(29, '15:40', A2, 'ที่ สน ๐๐๑๘.๒/ว ๒๔๓๒๕ เรื่อง การเตรียมความพร้อมป้องกันอัคคีภัยช่วงฤดูแล้ง '
          'ขอให้อำเภอแจ้ง อปท. ตรวจสอบรถดับเพลิงและแหล่งน้ำดับเพลิง', n=3)
    order(30, '11:30', A3, 'ที่ สน ๐๐๑๘.๔/ว ๒๔๓๕๘ เรื่อง ขอเชิญประชุมปลัดอำเภอประสานงาน ประจำเดือนพฤศจิกายน '
          'วันที่ ๗ พ.ย. ๖๘ เวลา ๑๓.๓๐ น. ณ ห้องประชุม ปค.จ.', n=2)
    order(31, '10:40', A1, 'ที่ สน ๐๐๑๘.๓/ว ๒๔๓๙๒ เรื่อง การรายงานเหตุสำคัญช่วงวันหยุดราชการ ให้อำเภอรายงานทางโทรศัพท์ถึงศูนย์ปฏิบัติการจังหวัด', n=2)
