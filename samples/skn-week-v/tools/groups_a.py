# JSONL groups, part A: ข้อสั่งการ ปค.สน. and ข้อสั่งการ ปจ.สน.
GROUPS = {}

def group(file, name):
    L = []
    GROUPS[file] = (name, L)
    def M(d, hm, who, text=None, type='text', **tags):
        L.append(dict(day=d, hm=hm, who=who, text=text, type=type, **tags))
    return M

_img = [0]
def IMG():
    _img[0] += 1
    return 'IMG_%04d.jpg' % (4100 + _img[0])

# ======================= ข้อสั่งการ ปค.สน. =======================
M = group('pk-orders.jsonl', 'ข้อสั่งการ ปค.สน.')
def order_with_images(d, hm, who, text, n, nm='the office\'s order with photos of the letter: the office may post here'):
    M(d, hm, who, text, nm=nm)
    h, m = map(int, hm.split(':'))
    for i in range(n):
        M(d, '%02d:%02d' % (h, m + 1 if m < 59 else m), who, type='image', attachment=IMG(),
          nm=('photo of the letter sent by the office with its order: not a member\'s post' if i == 0 else None))

order_with_images(6, '10:05', 'ad1', 'ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๑๑๒๔ ลงวันที่ ๓ เมษายน ๒๕๖๙\nเรื่อง การเตรียมความพร้อมป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ พ.ศ. ๒๕๖๙ (๑๑-๑๗ เม.ย. ๖๙)\nขอให้อำเภอจัดตั้งศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอ และจุดตรวจหลักให้แล้วเสร็จภายในวันที่ ๑๐ เม.ย. ๖๙ รายละเอียดตามหนังสือที่แนบ', 3)
M(6, '10:07', 'c.SON', type='sticker', t=[('SKN-2P', 'a sticker posted by a district chief in the office-only group')])
M(6, '10:09', 'd.KUS', 'รับทราบครับ', t=[('SKN-2P', 'an acknowledgement: members may not answer in this group')])
M(6, '10:30', 'pal', 'ท่านนายอำเภอทุกท่านครับ วันนี้วันหยุด แต่เรื่องสงกรานต์ขอให้เตรียมการตั้งแต่ต้นสัปดาห์นะครับ',
  nm='the provincial palad is part of the office: may post here')
M(7, '08:15', 'ad2', 'ที่ สน ๐๐๑๗.๒/ว ๑๑๔๐ ลงวันที่ ๖ เม.ย. ๖๙ เรื่อง การรณรงค์ประหยัดน้ำช่วงฤดูแล้งและเทศกาลสงกรานต์ แจ้งอำเภอทราบและถือปฏิบัติ',
  nm='office order with the letter as PDF')
M(7, '08:16', 'ad2', type='file', attachment='สน0017.2-ว1140 ประหยัดน้ำ.pdf', nm='PDF of the letter sent by the office')
M(7, '08:20', 'd.WAR', '🙏', t=[('SKN-2P', '🙏 counts as a post (an acknowledgement)')])
M(7, '08:22', 'c.PHO', 'รับทราบครับ')  # ack: SKN-2P added below via t
L_pk = GROUPS['pk-orders.jsonl'][1]
L_pk[-1]['t'] = [('SKN-2P', 'acknowledgement by a district chief')]
order_with_images(7, '09:30', 'ad3', 'ขอเชิญประชุมคณะกรมการจังหวัดสกลนคร (กรจ.) ประจำเดือนเมษายน ๒๕๖๙\nวันพฤหัสบดีที่ ๙ เม.ย. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมพระตำหนักภูพาน ศาลากลางจังหวัด\nขอให้นายอำเภอเข้าร่วมประชุมด้วยตนเอง', 2,
  nm='the office\'s meeting call with photos: allowed')
M(7, '09:35', 'c.BAN', 'ขอสอบถามค่ะ ประชุม กรจ. ถ้านายอำเภอติดภารกิจ ให้ปลัดอำเภอเข้าแทนได้ไหมคะ',
  t=[('SKN-2P', 'a question: members may not ask in this group')])
M(7, '09:45', 'pal', 'กลุ่มนี้ไม่ต้องตอบรับนะครับ ใช้สำหรับส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัดเท่านั้น มีข้อสงสัยโทรสอบถามกลุ่มงานปกครองได้ครับ',
  nm='the palad saying no acknowledgement is needed: the office speaking in its own group')
order_with_images(7, '13:40', 'ad1', 'ด่วนมาก ที่ สน ๐๐๑๘.๓/ว ๑๑๕๒ เรื่อง การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ขอให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน งดการเผาในที่โล่งทุกกรณี และจัดชุดเฝ้าระวังประจำหมู่บ้าน', 2)
M(7, '13:45', 'x.AKA', 'รับทราบค่ะ',
  t=[('SKN-2', 'a ปลัดอำเภอ who is not the coordinating deputy is not among the members of this group'),
     ('SKN-2P', 'an acknowledgement in the office-only group')])
M(7, '16:00', 'ad2', 'ส่งหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๒/ว ๑๘๘๒ ลงวันที่ ๓ เม.ย. ๒๕๖๙ เรื่อง การจัดกิจกรรมเนื่องในวันผู้สูงอายุแห่งชาติ ๑๓ เมษายน ๒๕๖๙ ให้อำเภอพิจารณาดำเนินการ')
M(7, '16:01', 'ad2', type='file', attachment='มท0307.2-ว1882.pdf', nm='PDF with the office\'s order')
order_with_images(8, '08:20', 'ad3', 'ที่ สน ๐๐๑๘.๑/ว ๑๑๖๐ เรื่อง การตรวจสอบข้อมูลผู้มีสิทธิได้รับเบี้ยยังชีพผู้สูงอายุ ให้อำเภอแจ้งองค์กรปกครองส่วนท้องถิ่นดำเนินการตรวจสอบให้แล้วเสร็จภายในวันที่ ๓๐ เม.ย. ๖๙', 2)
M(8, '08:25', 'd.PHO', type='image', attachment=IMG(), t=[('SKN-2P', 'a photo posted by a coordinating deputy (his district\'s checkpoint): any post is barred')])
M(8, '10:10', 'ad3', 'ขอให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน ประชาสัมพันธ์การรณรงค์ "สงกรานต์ประหยัดน้ำ ใช้ขันแทนสายยาง" ผ่านหอกระจายข่าวทุกหมู่บ้าน ตั้งแต่วันที่ ๘-๑๗ เม.ย. ๖๙')
M(8, '10:11', 'ad3', type='image', attachment=IMG(), nm='campaign poster sent with the office\'s order')
M(8, '12:10', 'c.PKN', 'อ.พังโคนได้จัดตั้งศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอเรียบร้อยแล้วครับ พร้อมจุดตรวจหลัก ๒ จุด',
  t=[('SKN-2P', 'a district report posted in the office-only group')])
order_with_images(8, '14:00', 'ad2', 'ที่ สน ๐๐๑๘.๒/ว ๑๑๗๙ เรื่อง การรักษาความสงบเรียบร้อยช่วงเทศกาลสงกรานต์ และการควบคุมการจำหน่ายเครื่องดื่มแอลกอฮอล์ ให้อำเภอกำชับฝ่ายปกครองออกตรวจร่วมกับตำรวจ', 3)
M(8, '16:00', 'c.WAN', type='system', event='invite', target='d.WAN',
  nm='a district chief adds his coordinating deputy: an eligible invitee')
M(8, '19:30', '=ประกันรถ ฝนทิพย์ 🚗', type='system', event='join',
  t=[('OUTSIDER', 'joined by link or QR code; not on the roster')])
M(8, '19:45', 'ad1', type='system', event='remove', target='=ประกันรถ ฝนทิพย์ 🚗',
  nm='the office removes the outsider: the removal itself is no finding')
M(9, '07:30', 'd.SAW', 'อรุณสวัสดิ์วันพฤหัสครับ ขอให้ทุกท่านมีความสุข 🌞', t=[('SKN-2P', 'a greeting (chat) in the office-only group')])
order_with_images(9, '08:05', 'ad3', 'แจ้งย้ำ การประชุม กรจ. ประจำเดือนเมษายน วันนี้ เวลา ๐๙.๓๐ น. ห้องประชุมพระตำหนักภูพาน ขอให้นายอำเภอเข้าประชุมด้วยตนเอง', 1)
M(9, '11:20', 'pal', 'ขอให้นายอำเภอทุกอำเภอกำชับปลัดอำเภอเวรประจำศูนย์ปฏิบัติการฯ ให้อยู่ประจำศูนย์ตลอด ๒๔ ชั่วโมงช่วง ๗ วันอันตราย และรายงานสถิติอุบัติเหตุผ่านระบบตามเวลาที่กำหนด',
  nm='the palad\'s own order: the office may post')
M(9, '11:25', 'c.KHA', 'รับทราบและถือปฏิบัติครับ จะกำชับปลัดเวรทุกคนครับ', t=[('SKN-2P', 'acknowledgement with compliance words, still a reply')])
M(9, '14:30', 'ad3', 'ส่งคำสั่งจังหวัดสกลนคร ที่ ๑๒๔๐/๒๕๖๙ เรื่อง แต่งตั้งคณะทำงานศูนย์ปฏิบัติการความปลอดภัยทางถนนจังหวัดสกลนคร ช่วงเทศกาลสงกรานต์ พ.ศ. ๒๕๖๙ เพื่อทราบและถือปฏิบัติ')
M(9, '14:31', 'ad3', type='file', attachment='คำสั่งจังหวัด 1240-2569.pdf', nm='PDF sent by the office with its order')
M(9, '16:20', 'c.PHU', type='system', event='invite', target='x.PHU',
  t=[('SKN-2', 'invitee is a ปลัดอำเภอ, not the coordinating deputy: not admitted here'),
     ('SKN-ALL', 'invitee: on the roster but not admitted to this group'),
     ('SKN-ALL', 'inviter: invited a person not admitted to this group')])
order_with_images(10, '08:40', 'ad2', 'ที่ สน ๐๐๑๘.๓/ว ๑๒๐๑ เรื่อง พิธีเปิดศูนย์ปฏิบัติการความปลอดภัยทางถนนจังหวัดสกลนคร ช่วงเทศกาลสงกรานต์ ๒๕๖๙ วันที่ ๑๐ เม.ย. ๖๙ เวลา ๑๖.๐๐ น. ณ ลานหน้าศาลากลางจังหวัด ขอให้นายอำเภอเมืองสกลนครเข้าร่วมพิธี', 2)
M(10, '08:50', 'c.MUE', 'อ.เมืองสกลนครจะเข้าร่วมพิธีครับ', t=[('SKN-2P', 'a reply to the office\'s order')])
M(10, '13:10', 'ad1', 'ส่งหนังสือกรมการปกครอง ที่ มท ๐๓๑๐.๑/ว ๒๐๑๗ เรื่อง การป้องกันอัคคีภัยในช่วงฤดูร้อน ให้อำเภอแจ้งองค์กรปกครองส่วนท้องถิ่นเตรียมรถน้ำและอุปกรณ์ดับเพลิงให้พร้อม')
M(10, '13:11', 'ad1', type='file', attachment='มท0310.1-ว2017 อัคคีภัย.pdf', nm='the office\'s PDF')
M(10, '13:12', 'd.NIK', 'ได้รับหนังสือแล้วครับ ขอบคุณครับ', t=[('SKN-2P', 'a coordinating deputy answers: members may not reply')])
M(10, '14:00', 'd.KHA', type='system', event='leave', nm='an eligible member leaves: no finding')
order_with_images(10, '15:30', 'ad3', 'แจ้งวันหยุดราชการเทศกาลสงกรานต์ ๑๓-๑๕ เม.ย. ๖๙ และการจัดเวรรักษาการณ์ที่ว่าการอำเภอ ให้อำเภอส่งรายชื่อเวรตามระบบสารบรรณอิเล็กทรอนิกส์', 1)

# ======================= ข้อสั่งการ ปจ.สน. =======================
M = group('palad-orders.jsonl', 'ข้อสั่งการ ปจ.สน.')
M(6, '08:00', 'pal', 'สวัสดีวันจักรีครับท่านนายอำเภอทุกท่าน 🙏')
M(6, '08:02', 'c.PHA', 'สวัสดีค่ะท่าน 🙏', nm='a district chief\'s greeting: SKN-3 has no posting finding')
M(6, '08:05', 'c.AKA', 'สวัสดีครับ')
M(6, '11:30', 'pal', 'แจ้งข้อสั่งการอธิบดีกรมการปกครอง (วีดิทัศน์ทางไกล ๓ เม.ย. ๖๙)\n๑. เตรียมความพร้อมศูนย์ปฏิบัติการความปลอดภัยทางถนนช่วงสงกรานต์\n๒. ป้องกันไฟป่าและหมอกควัน\n๓. ดูแลผู้สูงอายุและกิจกรรมรดน้ำดำหัวให้เป็นไปด้วยความเรียบร้อย\nไม่ต้องรายงาน ไม่ต้องตอบรับครับ')
M(6, '11:31', 'pal', type='image', attachment=IMG())
M(6, '11:31', 'pal', type='image', attachment=IMG())
M(6, '11:40', 'c.SAW', 'รับทราบครับท่าน', nm='a district chief\'s acknowledgement here: "need not" acknowledge is no prohibition')
M(6, '11:42', 'c.KUD', type='sticker', nm='a district chief\'s sticker in ปจ.สน.: allowed (no posting finding in this group)')
M(7, '07:50', 'pal', 'ข่าวด่วน กรมการปกครองแจ้งเตือนพายุฤดูร้อน ๘-๑๐ เม.ย. ๖๙ ภาคตะวันออกเฉียงเหนือ ขอให้อำเภอแจ้งเตือนประชาชนครับ')
M(7, '07:51', 'pal', type='file', attachment='ประกาศกรมอุตุนิยมวิทยา ฉบับที่ 3.pdf')
M(7, '08:10', 'c.TAO', 'ทราบครับ')
M(7, '10:30', 'ad1', 'ส่งหนังสือกรมการปกครอง ที่ มท ๐๓๐๗.๑/ว ๑๘๗๐ เรื่อง ข้อสั่งการกระทรวงมหาดไทยช่วงสงกรานต์',
  t=[('SKN-3', 'an office sending account is not among the members of this group (palad and district chiefs only)')])
M(7, '10:31', 'ad1', type='file', attachment='มท0307.1-ว1870.pdf')
M(7, '12:15', 'c.PKN', 'อ.พังโคนดำเนินการแจ้งเตือนพายุฤดูร้อนผ่านหอกระจายข่าวครบทุกหมู่บ้านแล้วครับ',
  nm='a district chief\'s report in ปจ.สน.: not needed but not forbidden')
M(8, '08:30', 'pal', 'ท่านผู้ว่าฯ ฝากขอบคุณทุกอำเภอที่ช่วยกันดับไฟป่าในช่วงที่ผ่านมาครับ')
M(8, '08:33', 'c.PHU', 'ขอบพระคุณครับท่าน 🙏')
M(8, '08:34', 'c.KUD', '🙏')
M(8, '09:40', 'd.SAW', 'รับทราบครับ (แทน นอภ.สว่างแดนดิน)',
  t=[('SKN-3', 'a coordinating deputy is not among the members of this group')])
M(8, '13:00', 'pal', 'แจ้งเพื่อทราบ กรมการปกครองกำหนดประชุมทางไกลผ่านระบบวีดิทัศน์ วันที่ ๙ เม.ย. ๖๙ เวลา ๑๓.๓๐ น. ณ ห้องประชุมอำเภอ')
M(8, '13:01', 'pal', type='image', attachment=IMG())
M(8, '13:05', 'c.KOK', 'รับทราบครับ', nm='acknowledgement by a district chief in ปจ.สน.')
M(8, '13:06', 'c.WAN', 'รับทราบครับท่าน')
M(8, '21:30', 'pal', 'ขอแสดงความเสียใจกับครอบครัวท่านนายอำเภอบ้านม่วงด้วยครับ 🙏')
M(8, '21:35', 'c.BAN', 'ขอบพระคุณท่านมากค่ะ')
M(8, '21:40', 'c.NIK', 'ขอแสดงความเสียใจด้วยครับ')
M(9, '08:10', 'c.CHA', type='system', event='invite', target='d.CHA',
  t=[('SKN-3', 'invitee is a coordinating deputy: not admitted to ปจ.สน.'),
     ('SKN-ALL', 'invitee: on the roster but not admitted here'),
     ('SKN-ALL', 'inviter: added someone not admitted')])
M(9, '08:12', 'c.CHA', 'เพิ่มปลัดประสานงานไว้รับข่าวแทนช่วงผมลาครับ')
M(9, '09:00', 'pal', 'กลุ่มนี้สมาชิกเฉพาะนายอำเภอนะครับ ขอให้นำปลัดออกด้วยครับ')
M(9, '09:05', 'c.CHA', type='system', event='remove', target='d.CHA')
M(9, '14:30', 'pal', 'ข้อสั่งการอธิบดีฯ จากการประชุมทางไกลวันนี้ ขอให้นายอำเภอออกตรวจเยี่ยมจุดตรวจด้วยตนเองช่วง ๗ วันอันตราย และดูแลความปลอดภัยของผู้สูงอายุในพิธีรดน้ำ')
M(9, '14:31', 'pal', type='image', attachment=IMG())
M(9, '14:40', 'c.MUE', 'รับทราบครับ จะออกตรวจเยี่ยมทุกวันครับ', nm='district chief acknowledges with compliance words in ปจ.สน.: allowed')
M(9, '15:00', 'c.KHA', 'รับทราบครับ')
M(10, '09:00', 'c.KOK', type='system', event='invite', target='=สมหมาย กำนันโคกศรี',
  t=[('OUTSIDER', 'added by the district chief of โคกศรีสุพรรณ (inviter ศุภชัย นอภ.โคกศรีฯ); the kamnan is not on the roster')])
M(10, '09:10', 'pal', 'ท่านนายอำเภอโคกศรีฯ ครับ กลุ่มนี้สำหรับนายอำเภอเท่านั้นครับ')
M(10, '09:12', 'c.KOK', 'ขออภัยครับท่าน เพิ่มผิดกลุ่มครับ')
M(10, '09:13', 'c.KOK', type='system', event='remove', target='=สมหมาย กำนันโคกศรี')
M(10, '11:00', 'pal', 'แจ้งเพื่อทราบ ระหว่างวันที่ ๑๑-๑๗ เม.ย. ๖๙ ขอให้นายอำเภอเปิดโทรศัพท์ตลอด ๒๔ ชม. และแจ้งการเดินทางออกนอกพื้นที่ทุกครั้ง')
M(10, '11:05', 'c.SON', 'รับทราบครับท่าน')
M(10, '11:06', 'c.PHO', type='sticker')
M(10, '16:10', 'pal', 'สวัสดีปีใหม่ไทยล่วงหน้าครับ ขอให้ทุกท่านและครอบครัวมีความสุขครับ 🙏')
M(10, '16:15', 'c.KUS', 'สวัสดีปีใหม่ไทยครับท่าน')
