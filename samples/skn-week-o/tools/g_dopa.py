# ข้อสั่งการ ปค.สน. (JSONL): only the provincial office posts, and only orders.
from frame import Group, plus

G = Group('ข้อสั่งการ ปค.สน.', 'dopa-orders.jsonl')
A = G.add

OFF_NM = 'the provincial office\'s own order in this group (provincial_admin_staff): allowed by SKN-2P'
ATT_NM = 'photo/file of the letter attached by the office right after its order: part of the office\'s post, allowed'

def order(t, who, text, att='img', n=3, nm=False):
    e = A(t, who, 'text', text)
    if nm:
        e['nm'] = OFF_NM if who != 'palad' else 'the provincial palad\'s order in this group: the palad is part of the provincial office, allowed'
    h, m = t.split(' ')
    first = None
    if att == 'img':
        for i in range(n):
            x = A(t if i < 2 else plus(t, 1), who, 'image',
                  attachment='IMG_%s%s_%d.jpg' % (t[:2], m.replace(':', ''), i + 1))
            first = first or x
    elif att:
        first = A(t, who, 'file', attachment=att)
    if nm and first is not None:
        first['nm'] = ATT_NM
    return e

# Monday 4 May (Coronation Day)
o1 = order('04 07:30', 'adm1', 'ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๑๔๔๒ ลงวันที่ ๑ พ.ค. ๒๕๖๙ เรื่อง การประดับธงชาติ ธงพระปรมาภิไธย และการลงนามถวายพระพรชัยมงคล เนื่องในวันฉัตรมงคล ๔ พฤษภาคม ๒๕๖๙ ให้อำเภอแจ้ง อปท. และส่วนราชการในพื้นที่ถือปฏิบัติ', 'img', 3, nm=True)
A('04 07:41', 'c09', 'sticker', reply=o1, tr=[('SKN-2P', 'นอภ.คำตากล้า', '', 'a sticker from a district chief: members may not answer in this group')])
A('04 07:48', 'c07', 'text', 'ทราบครับ', tr=[('SKN-2P', 'นอภ.นิคมน้ำอูน', '', 'an acknowledgement: members may not answer in this group')])
A('04 07:55', 'palad', 'text', 'กลุ่มนี้ไม่ต้องตอบรับนะครับ ขอบคุณครับ 🙏',
  nm='the provincial palad (provincial office) reminding members not to answer: his post is allowed')
A('04 08:02', ('raw', 'ปลัดต้น'), 'text', 'รับทราบครับ',
  nm='"ปลัดต้น" fits two roster people (coordinating deputies of กุดบาก and นิคมน้ำอูน): ambiguous, never judged (EVAL-RULES)')
order('04 16:00', 'adm2', 'ที่ สน ๐๐๑๘.๓/ว ๑๔๕๐ ลงวันที่ ๔ พ.ค. ๒๕๖๙ เรื่อง แจ้งเตือนพายุฤดูร้อนบริเวณภาคตะวันออกเฉียงเหนือ (ฉบับที่ ๒) ระหว่างวันที่ ๔-๘ พ.ค. ๒๕๖๙ ให้อำเภอเตรียมความพร้อมและแจ้งเตือนประชาชน', 'สน0018.3ว1450-พายุฤดูร้อน.pdf', nm=True)

# Tuesday 5 May
order('05 08:05', 'adm1', 'ด่วนมาก ที่ สน ๐๐๑๘.๑/ว ๑๔๖๑ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง การเตรียมความพร้อมรับมือสาธารณภัยช่วงฤดูฝน ปี ๒๕๖๙ ให้อำเภอตั้งศูนย์ปฏิบัติการฯ และรายงานจังหวัดตามแบบที่กำหนด ภายในวันที่ ๑๒ พ.ค. ๒๕๖๙', 'img', 4)
o3 = order('05 09:10', 'adm2', 'ที่ สน ๐๐๑๘.๒/ว ๑๔๖๓ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง มาตรการป้องกันและควบคุมโรคไข้เลือดออก ช่วงเปิดภาคเรียน ขอให้อำเภอบูรณาการ อสม. และโรงเรียนดำเนินการ', 'img', 2, nm=True)
A('05 09:32', 'p15', 'text', 'ขอสอบถามครับ แบบรายงานตามหนังสือนี้ส่งทางอีเมลหรือทางระบบ e-report ครับ',
  tr=[('SKN-2P', 'ปลัดอภิชาติ', '', 'a question from a coordinating deputy: members may not ask in this group')])
order('05 10:30', 'adm3', 'ที่ สน ๐๐๑๘.๑/ว ๑๔๖๕ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง การตรวจสภาพรถรับส่งนักเรียนและการสร้างความปลอดภัยทางถนนให้เด็กนักเรียนก่อนเปิดภาคเรียนที่ ๑/๒๕๖๙', 'img', 3)
A('05 10:52', 'c12', 'image', attachment='IMG_0552.jpg',
  tr=[('SKN-2P', 'ไพโรจน์ นอภ.สว่างฯ', '', 'a photo posted by a district chief: any post by a member is a slip here')])
order('05 13:15', 'adm1', 'ที่ สน ๐๐๑๘.๔/ว ๑๔๖๙ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง การให้บริการจัดทำบัตรประจำตัวประชาชนเคลื่อนที่แก่นักเรียนก่อนเปิดภาคเรียน', 'สน0018.4ว1469.pdf')
A('05 14:02', 'adm2', 'system', event='invite', target='x12a',
  tr=[('SKN-2', 'ปลัดกฤษ สว่าง', '', 'a plain deputy district chief (not the coordinating deputy) is not admitted to this group'),
      ('SKN-ALL', 'ปลัดกฤษ สว่าง', '', 'invitee: on the roster but not admitted to this group'),
      ('SKN-ALL', 'งานหนังสือ ปค.จ.สน.', '', 'inviter of a roster person not admitted to this group')])
A('05 14:10', 'adm2', 'system', event='invite', target='p16',
  nm='the office invites the coordinating deputy of เจริญศิลป์: an eligible invitee (SKN-2 admits coordinating deputies), no SKN-ALL')
order('05 15:40', 'adm3', 'ที่ สน ๐๐๑๘.๑/ว ๑๔๗๒ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง การเตรียมการจัดงานพระราชพิธีพืชมงคลจรดพระนังคัลแรกนาขวัญ ระดับจังหวัด และการประชาสัมพันธ์ให้เกษตรกรเข้าร่วม', 'img', 2)

# Wednesday 6 May
o6 = order('06 08:00', 'adm1', 'ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๑๔๘๐ ลงวันที่ ๖ พ.ค. ๒๕๖๙ เรื่อง ขอให้สำรวจความเสียหายจากวาตภัย (คืนวันที่ ๕ พ.ค. ๒๕๖๙) และให้ความช่วยเหลือผู้ประสบภัยตามระเบียบฯ', 'img', 3, nm=True)
A('06 08:20', 'c18', 'text', 'สวัสดีวันพุธครับ ☔ ขอให้ทุกท่านมีความสุขครับ',
  tr=[('SKN-2P', 'อดิศักดิ์ นอภ.ภูพาน ⛰️', '', 'a greeting (chat) with a picture from a district chief: not allowed in this group (one post: the text and the picture after it)')])
A('06 08:20', 'c18', 'image', attachment='IMG_flower_0806.jpg')
A('06 09:40', 'c03', 'text', 'อ.กุดบาก ดำเนินการตามหนังสือแล้ว สำรวจความเสียหาย ๑๒ หมู่บ้าน ไม่มีบ้านเสียหายค่ะ',
  tr=[('SKN-2P', 'นอภ.กุดบาก 🌿', '', 'a report posted in the order-only group: members may not answer here')])
order('06 10:30', 'adm2', 'ที่ สน ๐๐๑๘.๒/ว ๑๔๘๓ ลงวันที่ ๖ พ.ค. ๒๕๖๙ เรื่อง การกวดขันร้านเกม ร้านอินเทอร์เน็ต และสถานบริการใกล้สถานศึกษา ก่อนเปิดภาคเรียน', 'img', 2)
order('06 13:05', 'adm3', 'ขอเชิญประชุมนายอำเภอและหัวหน้าส่วนราชการ ประจำเดือนพฤษภาคม ๒๕๖๙ วันพฤหัสบดีที่ ๑๔ พ.ค. ๒๕๖๙ เวลา ๐๙.๐๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัด (ที่ สน ๐๐๑๘.๑/ว ๑๔๘๘)', 'สน0018.1ว1488-เชิญประชุม.pdf', nm=True)
A('06 13:20', 'v13', 'text', 'รับทราบครับ',
  tr=[('SKN-2', 'ชาญวิทย์ จอส.ส่องดาว', '', 'a district volunteer officer is not admitted to this group'),
      ('SKN-2P', 'ชาญวิทย์ จอส.ส่องดาว', '', 'an acknowledgement posted in the order-only group')])
order('06 15:30', 'adm1', 'ที่ สน ๐๐๑๘.๔/ว ๑๔๙๑ ลงวันที่ ๖ พ.ค. ๒๕๖๙ เรื่อง การตรวจสอบข้อมูลทะเบียนราษฎรของเด็กในวัยเรียนที่ไม่มีเลขประจำตัวประชาชน', 'img', 2)
A('06 16:45', 'p02', 'system', event='leave')

# Thursday 7 May
o8 = order('07 08:10', 'adm2', 'ด่วนมาก ที่ สน ๐๐๑๘.๓/ว ๑๕๐๐ ลงวันที่ ๗ พ.ค. ๒๕๖๙ เรื่อง การป้องกันอันตรายจากฟ้าผ่าและไฟฟ้าดูดช่วงฤดูฝน ให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน ประชาสัมพันธ์เสียงตามสาย', 'img', 3)
A('07 08:31', 'p17', 'text', '🙏', reply=o8,
  tr=[('SKN-2P', 'ปลัดเฉลิม โพนนาแก้ว', '', '🙏 alone is a post (an acknowledgement) by a coordinating deputy')])
order('07 10:00', 'adm3', 'ที่ สน ๐๐๑๘.๑/ว ๑๕๐๔ ลงวันที่ ๗ พ.ค. ๒๕๖๙ เรื่อง ซักซ้อมแนวทางการรับเรื่องร้องเรียนของศูนย์ดำรงธรรมอำเภอ ให้รายงานผลในระบบภายในวันที่ ๕ ของทุกเดือน', 'สน0018.1ว1504.pdf')
A('07 10:44', 'p06', 'text', 'ร้บทราบคับ',
  tr=[('SKN-2P', 'ปลัดนพ วาริชภูมิ', '', 'a misspelt acknowledgement from a coordinating deputy')])
order('07 13:40', 'adm1', 'ที่ สน ๐๐๑๘.๒/ว ๑๕๐๙ ลงวันที่ ๗ พ.ค. ๒๕๖๙ เรื่อง รณรงค์ลดการเผาตอซังและฟางข้าวในช่วงเตรียมแปลงนา ฤดูการผลิต ๒๕๖๙/๗๐', 'img', 2)
order('07 15:15', 'palad', 'แจ้งทุกอำเภอครับ ท่านผู้ว่าฯ กำชับให้นายอำเภออยู่ในพื้นที่ช่วงพายุ ๘-๑๑ พ.ค. หากมีราชการจำเป็นต้องออกนอกพื้นที่ให้แจ้ง ปจ. ทราบก่อนครับ', None, nm=True)

# Friday 8 May
o11 = order('08 08:00', 'adm2', 'ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๑๕๑๕ ลงวันที่ ๘ พ.ค. ๒๕๖๙ เรื่อง สรุปความเสียหายจากพายุฤดูร้อน ระหว่างวันที่ ๔-๗ พ.ค. ๒๕๖๙ ให้อำเภอรายงานตามแบบ สภ.๑ ทางอีเมลจังหวัด', 'img', 3)
A('08 08:14', 'c10', 'text', 'รับทราบครับ', reply=o11,
  tr=[('SKN-2P', 'อำนาจ นอภ.บ้านม่วง', '', 'an acknowledgement sent as a reply to the order: members may not answer')])
order('08 10:20', 'adm3', 'ที่ สน ๐๐๑๘.๑/ว ๑๕๑๘ ลงวันที่ ๘ พ.ค. ๒๕๖๙ เรื่อง การจัดกิจกรรมเนื่องในวันวิสาขบูชา ประจำปี ๒๕๖๙ และการประดับธงชาติ ธงธรรมจักร', 'img', 2)
order('08 14:00', 'adm1', 'ที่ สน ๐๐๑๘.๔/ว ๑๕๒๒ ลงวันที่ ๘ พ.ค. ๒๕๖๙ เรื่อง แนวทางการออกหนังสือรับรองการเกิดสำหรับเด็กที่เกิดนอกสถานพยาบาลในพื้นที่ห่างไกล', 'สน0018.4ว1522.pdf')
A('08 14:35', 'p05', 'text', 'ขอบคุณครับ ได้รับแล้วครับ',
  tr=[('SKN-2P', 'ปลัดเอ็ม พังโคน', '', 'a thank-you (chat) from a coordinating deputy: members may not answer')])
order('08 16:10', 'adm2', 'ที่ สน ๐๐๑๘.๒/ว ๑๕๒๕ ลงวันที่ ๘ พ.ค. ๒๕๖๙ เรื่อง การเฝ้าระวังและป้องกันการจมน้ำของเด็กช่วงฤดูฝน', 'img', 2)

# more of the office's ordinary traffic
order('04 10:15', 'adm3', 'ที่ สน ๐๐๑๘.๑/ว ๑๔๔๕ ลงวันที่ ๑ พ.ค. ๒๕๖๙ เรื่อง ขอเชิญร่วมลงนามถวายพระพรชัยมงคลผ่านระบบออนไลน์ เนื่องในวันฉัตรมงคล', 'img', 3)
order('05 16:30', 'adm1', 'ที่ สน ๐๐๑๘.๓/ว ๑๔๗๔ ลงวันที่ ๕ พ.ค. ๒๕๖๙ เรื่อง การขุดลอกทางระบายน้ำและกำจัดผักตบชวาก่อนเข้าฤดูฝน ให้อำเภอประสาน อปท. ดำเนินการ', 'img', 4)
order('06 11:45', 'adm3', 'ด่วน ที่ สน ๐๐๑๘.๒/ว ๑๔๘๕ ลงวันที่ ๖ พ.ค. ๒๕๖๙ เรื่อง การเฝ้าระวังโรคมือเท้าปากในศูนย์พัฒนาเด็กเล็กก่อนเปิดภาคเรียน', 'img', 3)
order('07 11:20', 'adm2', 'ที่ สน ๐๐๑๘.๑/ว ๑๕๐๖ ลงวันที่ ๗ พ.ค. ๒๕๖๙ เรื่อง การจัดหาเมล็ดพันธุ์ข้าวพระราชทาน (พืชมงคล) แจกจ่ายเกษตรกร ให้อำเภอสำรวจความต้องการของเกษตรกร', 'img', 4, nm=True)
order('07 16:40', 'adm1', 'ที่ สน ๐๐๑๘.๔/ว ๑๕๑๑ ลงวันที่ ๗ พ.ค. ๒๕๖๙ เรื่อง การปรับปรุงข้อมูลบ้านเลขที่ในพื้นที่ที่ได้รับความเสียหายจากวาตภัย', 'img', 3)
order('08 11:30', 'adm3', 'ที่ สน ๐๐๑๘.๓/ว ๑๕๒๐ ลงวันที่ ๘ พ.ค. ๒๕๖๙ เรื่อง แจ้งเตือนพายุฤดูร้อน (ฉบับที่ ๕) ระหว่างวันที่ ๘-๑๑ พ.ค. ๒๕๖๙', 'img', 3)
