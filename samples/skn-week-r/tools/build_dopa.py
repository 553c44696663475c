# ข้อสั่งการ ปค.สน. — dopa-orders.jsonl
from lib import m, photos, at, name
F = "dopa-orders.jsonl"

def office_order(t, who, text, kind, stamp, n=3, nm_att=False):
    o = m(F, t, who, "text", text, nm="the provincial office's own order (%s), allowed" % name(who))
    if kind == "img":
        ps = photos(F, at(t, 60), who, n, stamp)
        if nm_att:
            ps[0]["_nm"] = "photo of the letter sent by the office with its order, allowed"
    elif kind == "pdf":
        f = m(F, at(t, 50), who, "file", att=stamp + ".pdf")
        if nm_att:
            f["_nm"] = "PDF of the letter sent by the office with its order, allowed"
    elif kind == "both":
        ps = photos(F, at(t, 60), who, n, stamp)
        f = m(F, at(t, 60 + 20 * n + 30), who, "file", att=stamp + ".pdf")
        if nm_att:
            f["_nm"] = "PDF of the letter sent by the office with its order, allowed"
    return o

def p2(who, note):
    return [("SKN-2P", name(who), "", note)]

# Monday
office_order("10 08:30", "pk1",
  "ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๒๓๘๐๑ ลงวันที่ ๗ พฤศจิกายน ๒๕๖๘\nเรื่อง การเตรียมความพร้อมรับสถานการณ์ภัยหนาว ปี ๒๕๖๘/๒๕๖๙\n"
  "เรียน นายอำเภอ ทุกอำเภอ\nด้วยกรมอุตุนิยมวิทยาประกาศเข้าสู่ฤดูหนาวของประเทศไทย ตั้งแต่วันที่ ๗ พ.ย. ๖๘ จังหวัดจึงขอให้อำเภอดำเนินการ ดังนี้\n"
  "๑. สำรวจกลุ่มเปราะบางที่อาจได้รับผลกระทบจากภัยหนาว ร่วมกับ อปท. และ อพม.\n๒. เตรียมพร้อมกำลังพล วัสดุอุปกรณ์ และเครื่องกันหนาว\n"
  "๓. ประชาสัมพันธ์ให้ประชาชนระวังอัคคีภัยจากการก่อกองไฟผิงและการใช้เครื่องทำความร้อน\nรายละเอียดตามหนังสือที่แนบ",
  "img", "20251110_skn23801", n=3, nm_att=True)
m(F, "10 08:33", "chief_khamta", "sticker", att="sticker_roger_salute", truth=p2("chief_khamta", "sticker reply by a district chief"))
m(F, "10 08:36", "coord_sawang", "text", "รับทราบครับ", truth=p2("coord_sawang", "acknowledgement by a coordinating deputy"))
m(F, "10 08:41", "coord_akat", "text", "ร้บทราบครับ 🙏", truth=p2("coord_akat", "acknowledgement (misspelt) by a coordinating deputy"))
office_order("10 10:15", "pk3",
  "ที่ สน ๐๐๑๘.๔/ว ๒๓๘๓๐ เรื่อง ขอความร่วมมือประชาสัมพันธ์งานแสดงและจำหน่ายสินค้า OTOP จังหวัดสกลนคร ประจำปี ๒๕๖๘\n"
  "ด้วยจังหวัดกำหนดจัดงานระหว่างวันที่ ๒๑-๒๗ พ.ย. ๒๕๖๘ ณ สนามกีฬากลางจังหวัดสกลนคร ขอให้อำเภอประชาสัมพันธ์ให้กำนัน ผู้ใหญ่บ้าน และประชาชนทราบโดยทั่วกัน "
  "และมอบหมายปลัดอำเภอประสานงานนำกลุ่มผู้ผลิต OTOP ของอำเภอเข้าร่วมงาน รายละเอียดตามไฟล์แนบ",
  "pdf", "สน0018.4-ว23830_OTOP2568", nm_att=True)
m(F, "10 10:20", "chief_nikhom", "text", "🙏", truth=p2("chief_nikhom", "🙏 alone counts as a post"))
office_order("10 14:00", "pk1",
  "ด่วนมาก ที่ สน ๐๐๑๘.๒/ว ๒๓๘๔๕ เรื่อง การสำรวจความเสียหายและการให้ความช่วยเหลือผู้ประสบอุทกภัย (ระยะฟื้นฟู)\n"
  "ขอให้อำเภอในพื้นที่ประสบอุทกภัย ได้แก่ อ.พังโคน อ.วาริชภูมิ อ.สว่างแดนดิน อ.บ้านม่วง อ.อากาศอำนวย และ อ.ศรีสงคราม(จังหวัดนครพนมแจ้งประสาน) "
  "ตรวจสอบข้อมูลผู้ประสบภัย (กชภ.๑) ให้ครบถ้วนถูกต้อง และเร่งรัดการจ่ายเงินช่วยเหลือตามระเบียบกระทรวงการคลัง ให้แล้วเสร็จภายในวันที่ ๒๘ พ.ย. ๖๘",
  "both", "20251110_skn23845", n=2, nm_att=True)
m(F, "10 14:10", "coord_wanon", "text", "สอบถามครับ วานรนิวาสไม่อยู่ในรายชื่ออำเภอที่ประสบภัย แต่มีบ้านเรือนเสียหาย ๓ หลังคาเรือน ต้องรายงานด้วยหรือไม่ครับ",
  truth=p2("coord_wanon", "question to the office: members may not ask in this group"))
m(F, "10 14:25", "pk2", "text", "แก้ไขข้อความข้างต้นครับ ตัด \"อ.ศรีสงคราม(จังหวัดนครพนมแจ้งประสาน)\" ออก พิมพ์ผิดครับ ขออภัยครับ",
  nm="the office correcting its own order, allowed")
m(F, "10 16:40", None, "system", ev="join", disp="กาย ปุ๋ยอินทรีย์ ราคาโรงงาน",
  truth=[("OUTSIDER", "กาย ปุ๋ยอินทรีย์ ราคาโรงงาน", "", "not on the roster; joined by link/QR code (posts nothing)")])
m(F, "10 16:52", "pk3", "system", ev="remove", target="กาย ปุ๋ยอินทรีย์ ราคาโรงงาน")

# Tuesday
office_order("11 08:20", "pk1",
  "ที่ สน ๐๐๑๘.๑/ว ๒๓๘๖๒ เรื่อง การจัดเก็บขยะและฟื้นฟูแหล่งน้ำหลังงานประเพณีลอยกระทง\n"
  "ขอให้อำเภอกำชับ อปท. เร่งจัดเก็บกระทงและขยะตกค้างในแหล่งน้ำสาธารณะให้แล้วเสร็จ และให้กำนันผู้ใหญ่บ้านตรวจตราไม่ให้มีการทิ้งขยะลงแหล่งน้ำ",
  "img", "20251111_skn23862", n=2)
photos(F, "11 08:40", "dep_sawang_1", 1, "sawang_cleanup",
  truth=[("SKN-2", name("dep_sawang_1"), "", "an ordinary deputy district chief (not coordinating) is not admitted to this group (first appearance)"),
         ("SKN-2P", name("dep_sawang_1"), "", "a photo posted alone by a member")])
m(F, "11 09:30", "chief_mueang", "system", ev="invite", target=name("s_mueang"),
  truth=[("SKN-2", name("s_mueang"), "", "a district clerk (staff) is not admitted to this group; shown in it by the invitation"),
         ("SKN-ALL", name("s_mueang"), "", "invitee: on the roster, not admitted to the group"),
         ("SKN-ALL", name("chief_mueang"), "", "inviter of a roster person who is not admitted")])
m(F, "11 09:31", "chief_mueang", "text", "เพิ่มธุรการอำเภอเข้ามาช่วยรับหนังสือครับ",
  truth=p2("chief_mueang", "a chief explaining his invitation: any post by a member is a finding"))
office_order("11 13:30", "pk3",
  "ที่ สน ๐๐๑๘.๓/ว ๒๓๘๗๗ เรื่อง การดำเนินการเลือกผู้ใหญ่บ้านแทนตำแหน่งที่ว่าง\n"
  "ขอให้อำเภอที่มีตำแหน่งผู้ใหญ่บ้านว่าง ดำเนินการเลือกให้เป็นไปตาม พ.ร.บ.ลักษณะปกครองท้องที่ พ.ศ. ๒๔๕๗ และระเบียบกระทรวงมหาดไทย ภายในกำหนดเวลา "
  "และรายงานผลการเลือกให้จังหวัดทราบทางระบบสารบรรณอิเล็กทรอนิกส์",
  "pdf", "สน0018.3-ว23877")
m(F, "11 13:36", "chief_kusuman", "text", "รับทราบและถือปฏิบัติครับ", truth=p2("chief_kusuman", "acknowledgement with compliance words"))
m(F, "11 15:02", "chief_khoksri", "system", ev="invite", target=name("coord_khoksri"),
  nm="invitation of an eligible member: the coordinating deputy is admitted to this group")
office_order("11 16:45", "palad",
  "ขอให้นายอำเภอทุกอำเภอกำชับปลัดอำเภอเวรและฝ่ายปกครอง ออกตรวจสถานบริการและแหล่งมั่วสุมในช่วงเทศกาลงาน OTOP และงานกาชาด ตามนโยบายกระทรวงมหาดไทย "
  "และรายงานผลผ่านระบบ ศป.ปส.อ. ตามปกติครับ",
  None, None)

# Wednesday
office_order("12 08:10", "pk1",
  "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๓๙๐๒ เรื่อง มาตรการป้องกันและแก้ไขปัญหาการเผาในพื้นที่เกษตร (ตอซังข้าว) และฝุ่นละออง PM 2.5\n"
  "ด้วยขณะนี้เข้าสู่ช่วงเก็บเกี่ยวข้าวนาปี ขอให้อำเภอดำเนินการ\n๑. ประชาสัมพันธ์งดเผาตอซังฟางข้าว ส่งเสริมการไถกลบ/อัดฟาง\n"
  "๒. ตั้งชุดเฝ้าระวังระดับหมู่บ้าน\n๓. บังคับใช้กฎหมายกับผู้ฝ่าฝืนอย่างเคร่งครัด\nรายละเอียดตามหนังสือ",
  "img", "20251112_skn23902", n=4, nm_att=True)
m(F, "12 09:00", "chief_phonna", "text", "สุขสันต์วันเกิดท่านนายอำเภอกุดบากครับ 🎂 ขอให้มีความสุขมากๆ ครับ",
  truth=p2("chief_phonna", "birthday wishes (chat) between members"))
m(F, "12 09:05", "chief_kutbak", "text", "ขอบคุณค่ะท่าน 🙏", truth=p2("chief_kutbak", "thanks, answering another member"))
m(F, "12 09:07", "chief_akat", "sticker", att="sticker_birthday_balloons", truth=p2("chief_akat", "sticker"))
office_order("12 14:30", "pk3",
  "ที่ มท ๐๓๐๗.๔/ว ๕๑๒๖ (ส่งต่อจากกรมการปกครอง) เรื่อง แนวทางการตรวจสอบการใช้บัตรประจำตัวประชาชนของคนต่างด้าวในพื้นที่ชายแดน\n"
  "ขอให้อำเภอถือปฏิบัติโดยเคร่งครัด รายละเอียดตามไฟล์แนบ",
  "pdf", "มท0307.4-ว5126", nm_att=False)
m(F, "12 14:40", None, "text", "ขอไฟล์ word ด้วยได้ไหมครับ", disp="ปลัดเอก",
  nm="'ปลัดเอก' fits two roster people (deputies of เมืองสกลนคร and พรรณานิคม): ambiguous, never judged")
m(F, "12 15:10", "pk2", "file", att="มท0307.4-ว5126.docx", nm="the office sending a file, allowed")

# Thursday
office_order("13 08:30", "pk1",
  "ที่ สน ๐๐๑๘.๔/ว ๒๓๙๒๘ เรื่อง การติดตามการจัดระเบียบลานตากข้าวและการรับซื้อข้าวเปลือกในฤดูเก็บเกี่ยว\n"
  "ขอให้อำเภอร่วมกับพาณิชย์จังหวัด ตรวจสอบลานรับซื้อข้าวเปลือกให้ติดป้ายแสดงราคาและใช้เครื่องชั่งที่ได้มาตรฐาน หากพบการเอารัดเอาเปรียบเกษตรกรให้ดำเนินการตามกฎหมาย",
  "img", "20251113_skn23928", n=2)
m(F, "13 09:10", "coord_banmuang", "text", "อ.บ้านม่วง ตรวจสอบลานรับซื้อข้าวแล้ว ๘ แห่ง ติดป้ายราคาครบทุกแห่งครับ",
  truth=p2("coord_banmuang", "a district report posted in the orders-only group"))
photos(F, "13 09:11", "coord_banmuang", 2, "banmuang_rice_yard")
office_order("13 13:00", "pk3",
  "ที่ สน ๐๐๑๘.๑/ว ๒๓๙๔๐ เรื่อง โครงการ \"ปันความอุ่น สู่พี่น้องชาวสกล\" รับบริจาคผ้าห่มกันหนาว\n"
  "ขอให้อำเภอตั้งจุดรับบริจาค ณ ที่ว่าการอำเภอ และประสานภาคเอกชนในพื้นที่ร่วมบริจาค รายละเอียดตามไฟล์",
  "both", "20251113_skn23940", n=1, nm_att=True)
m(F, "13 13:20", "chief_warit", "file", att="แบบสำรวจผ้าห่ม_วาริชภูมิ.xlsx",
  truth=p2("chief_warit", "a file posted by a member (sent to the wrong group)"))
m(F, "13 13:22", "chief_warit", "system", ev="unsend", nm="unsend notice: a system event, not a post (the file above stays the finding)")
m(F, "13 17:50", "coord_phanna", "text", "ท่านครับ หนังสือเรื่องผ้าห่มมีแบบฟอร์มให้ อปท. ด้วยไหมครับ",
  truth=p2("coord_phanna", "question to the office"))

# Friday
office_order("14 08:40", "pk1",
  "ขอเชิญนายอำเภอทุกอำเภอ ประชุมประจำเดือนพฤศจิกายน ๒๕๖๘ ในวันจันทร์ที่ ๑๗ พ.ย. ๖๘ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัดสกลนคร "
  "ติดภารกิจให้มอบปลัดอำเภอประสานงานเข้าร่วมแทน แต่งกายชุดปกติขาวไว้ทุกข์",
  "img", "20251114_meeting_nov", n=2, nm_att=True)
m(F, "14 08:50", None, "text", "รับทราบครับ", disp="ปลัดเอก",
  nm="'ปลัดเอก' is ambiguous on the roster (two deputies): never judged")
m(F, "14 08:52", "coord_nikhom", "text", "ปลัดโรจน์ นิคมฯ เข้าประชุมแทนท่านนายอำเภอครับ",
  truth=p2("coord_nikhom", "a member answering the meeting call in the group"))
office_order("14 13:00", "pk3",
  "ที่ สน ๐๐๑๘.๒/ว ๒๓๙๖๕ เรื่อง การรายงานสถานการณ์ภัยหนาวประจำสัปดาห์\n"
  "ให้อำเภอรายงานข้อมูลอุณหภูมิต่ำสุดและผู้ได้รับผลกระทบทุกวันพุธ ผ่านระบบรายงาน DDPM-Report ตั้งแต่วันที่ ๑๙ พ.ย. ๖๘ เป็นต้นไป ไม่ต้องรายงานในกลุ่มนี้",
  "pdf", "สน0018.2-ว23965", nm_att=True)
office_order("14 16:00", "pk2",
  "ด่วนมาก แจ้งเตือนมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ที่ทำการปกครองจังหวัด โทรศัพท์เรียกเก็บเงินค่าธรรมเนียมจากผู้ประสบภัย ขอให้อำเภอแจ้งเตือนประชาชนผ่านหอกระจายข่าวทุกหมู่บ้าน",
  "img", "20251114_scam_warning", n=2)
m(F, "14 16:05", "chief_songdao", "text", "รับทราบและถือปฏิบัติครับ 🙏 จะแจ้งกำนันผู้ใหญ่บ้านทุกหมู่บ้านครับ",
  truth=p2("chief_songdao", "acknowledgement that promises compliance"))
m(F, "14 17:30", "chief_phangkhon", "text", "ขอบคุณ ปค.จ. ครับ สัปดาห์นี้หนังสือเยอะมาก พักผ่อนนะครับทุกท่าน",
  disp="ศักดิ์ชัย ไชยมงคล", truth=[("SKN-2P", "ศักดิ์ชัย ไชยมงคล", "", "chat by a district chief under his second roster display name")])
