# ข้อสั่งการ ปจ.สน. — palad-orders.jsonl
from lib import m, photos, at, name
F = "palad-orders.jsonl"
NM_ACK = "a district chief's acknowledgement: members need not acknowledge here, which is not a prohibition"
NM_REP = "a district chief's report: members need not report here, which is not a prohibition"

m(F, "10 07:20", "palad", "text", "สวัสดีครับท่านนายอำเภอทุกท่าน สัปดาห์นี้มีงานสำคัญหลายเรื่อง ทั้งฟื้นฟูหลังน้ำท่วม ภัยหนาว และงาน OTOP ขอให้ทุกท่านดูแลสุขภาพด้วยครับ")
m(F, "10 07:25", "palad", "text", "แจ้งอีกครั้งครับ กลุ่มนี้ไม่ต้องตอบรับนะครับ อ่านแล้วถือปฏิบัติได้เลย ไม่ต้องรายงานในกลุ่มครับ",
  nm="the palad saying this group needs no acknowledgement: information from the palad, allowed")
m(F, "10 09:40", "palad", "text",
  "ข้อสั่งการอธิบดีกรมการปกครอง ในการประชุมผู้บริหารกรมฯ (VCS) เมื่อวันที่ ๗ พ.ย. ๖๘\n๑. ให้นายอำเภอเป็นผู้นำในการฟื้นฟูพื้นที่ประสบอุทกภัย ลงพื้นที่ด้วยตนเอง\n"
  "๒. เตรียมพร้อมรับภัยหนาว ดูแลกลุ่มเปราะบาง\n๓. เร่งรัดการจ่ายเงินช่วยเหลือผู้ประสบภัยให้ถึงมือประชาชนโดยเร็ว\n๔. กำชับการไว้ทุกข์ของข้าราชการและการลดธงครึ่งเสาตามประกาศสำนักนายกรัฐมนตรี")
m(F, "10 09:41", "palad", "file", att="สรุปข้อสั่งการอธิบดี_VCS_7พย68.pdf", nm="the palad's PDF of the department's orders, allowed")
m(F, "10 09:50", "chief_phangkhon", "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "10 09:52", "chief_warit", "text", "รับทราบครับ 🙏", nm=NM_ACK)
m(F, "10 10:05", "chief_nikhom", "sticker", att="sticker_ok_bow", nm="a district chief's sticker acknowledgement: allowed here")
m(F, "10 15:30", "palad", "text", "ขอบคุณ อ.พังโคน ที่ลงพื้นที่ฟื้นฟูทั้งวันครับ เห็นภาพในเพจอำเภอแล้ว 👍")
m(F, "10 18:05", "chief_phangkhon", "text",
  "เรียนท่านปลัดจังหวัด อ.พังโคน ได้ดำเนินการฟื้นฟูหลังน้ำลดแล้ว ๓ ตำบล ล้างบ้านเรือน ๑๘๐ หลัง ถนนเสียหายอยู่ระหว่างประสาน ทล. ครับ", nm=NM_REP)
photos(F, "10 18:06", "chief_phangkhon", 2, "phangkhon_recovery")

m(F, "11 07:45", "palad", "text",
  "ด่วน กรมการปกครองแจ้งให้จังหวัดตรวจสอบข้อมูลผู้ประสบอุทกภัยในระบบ DOPA-Flood ให้ตรงกับ กชภ.๑ ก่อนวันที่ ๒๐ พ.ย. ๖๘ ขอให้นายอำเภอกำกับปลัดอำเภอผู้รับผิดชอบด้วยครับ")
photos(F, "11 07:46", "palad", 2, "dopa_flood_letter")
m(F, "11 08:02", "chief_sawang", "text", "รับทราบครับท่านปลัด กำลังเร่งตรวจสอบครับ", nm=NM_ACK)
m(F, "11 08:10", "chief_banmuang", "text", "ทราบครับ", nm=NM_ACK)
m(F, "11 08:30", "coord_wanon", "text", "รับทราบครับ (ปลัดธนวัฒน์ รับแทน นอภ.วานรนิวาส)",
  truth=[("SKN-3", name("coord_wanon"), "", "a coordinating deputy is not admitted to the palad's group (only palad and chiefs)")])
m(F, "11 12:15", "palad", "text", "ท่านนายอำเภอที่ยังไม่ได้ส่งข้อมูลตำแหน่งว่างผู้ใหญ่บ้าน ฝากตรวจสอบในระบบสารบรรณด้วยครับ")
m(F, "11 14:00", "chief_akat", "system", ev="invite", target=name("coord_akat"),
  truth=[("SKN-3", name("coord_akat"), "", "coordinating deputy not admitted; shown in the group by the invitation"),
         ("SKN-ALL", name("coord_akat"), "", "invitee: on the roster, not admitted to the group"),
         ("SKN-ALL", name("chief_akat"), "", "inviter of a roster person who is not admitted")])
m(F, "11 14:20", "palad", "text", "ท่านนายอำเภออากาศอำนวยครับ กลุ่มนี้เฉพาะนายอำเภอนะครับ ขออนุญาตนำปลัดออกครับ")
m(F, "11 14:21", "palad", "system", ev="remove", target=name("coord_akat"))
m(F, "11 14:25", "chief_akat", "text", "ขออภัยครับท่าน 🙏", nm="a chief's apology: no posting rule in this group")

m(F, "12 07:30", "palad", "text", "ข่าวจากกรมอุตุนิยมวิทยา: ความกดอากาศสูงระลอกใหม่แผ่ลงมา อุณหภูมิภาคอีสานลดลง ๓-๕ องศา ยอดภูพานต่ำสุด ๙-๑๒ องศา ระหว่าง ๑๓-๑๖ พ.ย.")
m(F, "12 07:31", "palad", "image", att="IMG_20251112_tmd_forecast.jpg")
m(F, "12 08:00", "chief_phuphan", "text", "รับทราบครับท่าน ภูพานเช้านี้ ๑๔ องศาแล้วครับ ❄️", nm=NM_ACK)
m(F, "12 08:03", "chief_kutbak", "text", "ทราบค่ะ 🙏", nm=NM_ACK)
m(F, "12 13:45", "palad", "text",
  "ท่านผู้ว่าฯ มอบให้นายอำเภอทุกอำเภอร่วมพิธีเปิดงาน OTOP วันที่ ๒๑ พ.ย. ๖๘ เวลา ๑๗.๐๐ น. แต่งกายชุดปกติขาว ไว้ทุกข์ครับ",
  nm="the palad relaying the governor's direction in his own group, allowed")
m(F, "12 13:50", "chief_mueang", "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "12 13:51", "chief_khoksri", "text", "รับทราบค่ะ", nm=NM_ACK)
m(F, "12 13:55", "chief_taongoi", "text", "รับทราบครับ จะไปร่วมงานครับ", nm=NM_ACK)

m(F, "13 07:50", "palad", "text", "Fwd: ประกาศกระทรวงมหาดไทย เรื่อง การไว้ทุกข์ในช่วงงานเทศกาล ส่งต่อเพื่อทราบครับ")
m(F, "13 07:51", "palad", "file", att="ประกาศ_มท_ไว้ทุกข์.pdf")
m(F, "13 10:30", "vg2", "text", "ขอบคุณท่านปลัดจังหวัดค่ะ ฝากทุกอำเภอดูแลเรื่องการแต่งกายไว้ทุกข์ในงาน OTOP ด้วยนะคะ",
  truth=[("SKN-3", name("vg2"), "", "a vice governor is not admitted to the palad's group (only palad and chiefs)")])
m(F, "13 16:10", "chief_charoen", "text",
  "เรียนท่านปลัดจังหวัด อ.เจริญศิลป์ จ่ายเงินช่วยเหลือผู้ประสบอุทกภัยครบแล้ว ๔๒ ราย เป็นเงิน ๒๓๑,๐๐๐ บาท ครับ", nm=NM_REP)
m(F, "13 16:20", "palad", "text", "ขอบคุณครับท่าน 👍")
m(F, "13 21:30", "chief_wanon", "text", "เรียนท่านปลัดจังหวัด คืนนี้ลมแรงที่ ต.คอนสวรรค์ หลังคาบ้าน ๒ หลังเสียหาย ไม่มีผู้บาดเจ็บ อำเภอลงพื้นที่แล้วครับ",
  nm="a district chief's incident information to the palad: no posting rule in this group")

m(F, "14 08:00", "palad", "text", "อรุณสวัสดิ์วันศุกร์ครับ อากาศหนาวขอให้ท่านดูแลสุขภาพครับ 🙏")
m(F, "14 09:15", "palad", "text",
  "ข้อสั่งการกรมการปกครอง ที่ มท ๐๓๑๐.๑/ว ๗๗๒๑ เรื่อง การเตรียมการเลือกตั้งสมาชิกสภาผู้แทนราษฎร ให้อำเภอตรวจสอบบัญชีรายชื่อผู้มีสิทธิเลือกตั้งและจุดเลือกตั้งให้เป็นปัจจุบัน")
m(F, "14 09:16", "palad", "file", att="มท0310.1-ว7721.pdf")
m(F, "14 09:30", "chief_songdao", "text", "รับทราบครับท่าน 🌳", nm=NM_ACK)
m(F, "14 09:33", "chief_khamta", "sticker", att="sticker_roger")
m(F, "14 09:40", "chief_phonna", "text",
  "เรียนท่านปลัดจังหวัด อ.โพนนาแก้ว ตรวจสอบจุดเลือกตั้งแล้ว ๕๖ หน่วย ไม่มีการเปลี่ยนแปลงครับ", nm=NM_REP)
m(F, "14 10:00", "palad", "text", "ขอบคุณครับ ย้ำอีกครั้ง กลุ่มนี้ไม่ต้องรายงานนะครับ 😊")
m(F, "14 15:20", "chief_kusuman", "text", "ขออนุญาตครับท่าน สัปดาห์หน้าผมลาพักผ่อน ๒ วัน มอบปลัดอาวุโสรักษาราชการแทนครับ")
m(F, "14 15:25", "palad", "text", "อนุญาตครับ เดินทางปลอดภัยครับ")
