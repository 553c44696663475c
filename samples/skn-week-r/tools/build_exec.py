# ผู้บริหารจังหวัด และนายอำเภอ — executives.jsonl
from lib import m, photos, at, name
F = "executives.jsonl"
NM_INC = "a district chief's incident notice: the group is for urgent incident reports"
NM_REP = "a report / information addressed to the governor or vice governor: allowed"
NM_ACK = "a reply to the governor's order: allowed"
NM_COUR = "courtesy that uses order words (ขอให้…): chat, not an order"
def p4(who, note):
    return [("SKN-4P", name(who), "", note)]

# Monday
m(F, "10 06:55", "gov", "text", "อรุณสวัสดิ์ครับทุกท่าน สัปดาห์นี้ขอให้เน้นฟื้นฟูพื้นที่น้ำท่วม ดูแลพี่น้องกลุ่มเปราะบางช่วงอากาศหนาว และเตรียมงาน OTOP ให้เรียบร้อยครับ",
  nm="the governor's direction to the group, allowed")
m(F, "10 07:02", "chief_sawang", "text", "รับทราบครับท่านผู้ว่าฯ 🙏", nm=NM_ACK)
m(F, "10 07:03", "chief_kutbak", "text", "รับทราบค่ะท่าน", nm=NM_ACK)
m(F, "10 07:05", "chief_songdao", "sticker", att="sticker_salute_officer", nm="a chief's sticker reply to the governor: allowed")
m(F, "10 07:10", "chief_phangkhon", "text", "รับทราบครับท่าน อ.พังโคน ลงพื้นที่ ต.แร่ ตั้งแต่เช้าครับ", nm=NM_ACK)
m(F, "10 08:30", "gov", "text",
  "ขอเชิญนายอำเภอพังโคน วาริชภูมิ สว่างแดนดิน บ้านม่วง และอากาศอำนวย ประชุมติดตามการฟื้นฟูหลังอุทกภัย วันอังคารที่ ๑๑ พ.ย. ๖๘ เวลา ๐๘.๓๐ น. ห้องประชุมพระตำหนักฯ ศาลากลางครับ",
  nm="the governor's meeting call, allowed")
m(F, "10 08:34", "chief_warit", "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "10 08:35", "chief_banmuang", "text", "รับทราบครับผม", nm=NM_ACK)
m(F, "10 08:40", "chief_akat", "text", "รับทราบครับท่าน จะเข้าประชุมด้วยตนเองครับ", nm=NM_ACK)
m(F, "10 09:15", "palad", "text", "ขอให้ท่านนายอำเภอทั้ง ๕ อำเภอที่เข้าประชุมพรุ่งนี้ เดินทางโดยสวัสดิภาพครับ ถนนสาย ๒๒ ช่วงพังโคนยังมีน้ำท่วมผิวจราจรบางจุด",
  nm=NM_COUR)
m(F, "10 12:30", "palad", "text",
  "ขอให้ทุกอำเภอส่งรายชื่อผู้เข้าร่วมประชุมประจำเดือนและข้อมูลความเสียหายล่าสุดให้ ปค.จ. ภายในวันนี้ ๑๖.๐๐ น. ครับ",
  truth=p4("palad", "the provincial palad gives the group an order; only the governor or a vice governor may"))
m(F, "10 13:00", "chief_phangkhon", "text",
  "เรียนท่านผู้ว่าฯ อ.พังโคน รายงานสถานการณ์ ระดับน้ำลดลงต่อเนื่อง เหลือน้ำท่วมขัง ๒ หมู่บ้าน ต.แร่ ประชาชนกลับเข้าบ้านได้แล้ว ๙๕% ครับ", nm=NM_REP)
photos(F, "10 13:01", "chief_phangkhon", 3, "phangkhon_flood_status")
m(F, "10 13:10", "gov", "text", "ขอบคุณครับท่านนายอำเภอ เร่งสูบน้ำออกและดูแลเรื่องน้ำดื่มให้ชาวบ้านด้วยครับ")
m(F, "10 13:12", "chief_phangkhon", "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "10 16:45", "vg1", "text", "สอบถามท่านนายอำเภอวาริชภูมิ ถนนเข้าบ้านปลาโหลใช้ได้หรือยังครับ")
m(F, "10 16:52", "chief_warit", "text", "เรียนท่านรองฯ ใช้ได้แล้วครับ รถเล็กผ่านได้ รถใหญ่ยังงดครับ", nm="a chief answering a vice governor's question: allowed")
m(F, "10 23:40", "chief_warit", "text",
  "🚨 แจ้งเหตุด่วน เมื่อเวลา ๒๓.๑๐ น. เกิดเพลิงไหม้บ้านเรือนราษฎร บ้านปลาโหล หมู่ ๓ ต.ปลาโหล อ.วาริชภูมิ เสียหายทั้งหลัง ๑ หลัง ไม่มีผู้บาดเจ็บ "
  "สาเหตุเบื้องต้นจากการก่อไฟผิงกันหนาว อำเภอ อปท. และ อส. อยู่ในที่เกิดเหตุแล้วครับ", nm=NM_INC)
photos(F, "10 23:41", "chief_warit", 2, "warit_fire")

# Tuesday
m(F, "11 06:40", "gov", "text", "ขอบคุณท่านนายอำเภอวาริชภูมิครับ ดูแลครอบครัวผู้ประสบภัยเรื่องที่พักชั่วคราวและเครื่องนุ่งห่มด้วยครับ")
m(F, "11 06:45", "chief_warit", "text", "รับทราบครับท่าน จัดที่พักชั่วคราวที่ศาลาวัดแล้วครับ", nm=NM_ACK)
m(F, "11 07:20", "retired", "text", "สวัสดีครับท่านผู้ว่าฯ และน้องๆ นายอำเภอทุกท่าน ลุงยังติดตามข่าวอยู่ ขอเป็นกำลังใจให้ทุกท่านครับ 🙏",
  truth=[("SKN-4", name("retired"), "", "a retired official is not admitted to this group (first appearance)")])
m(F, "11 07:30", "chief_kusuman", "text", "ขอบคุณครับท่านเสถียร 🙏")
m(F, "11 09:05", "chief_taongoi", "system", ev="invite", target=name("coord_taongoi"),
  truth=[("SKN-4", name("coord_taongoi"), "", "a coordinating deputy is not admitted to this group; shown by the invitation"),
         ("SKN-ALL", name("coord_taongoi"), "", "invitee: on the roster, not admitted to the group"),
         ("SKN-ALL", name("chief_taongoi"), "", "inviter of a roster person who is not admitted")])
m(F, "11 09:20", "palad", "text", "ท่านนายอำเภอเต่างอยครับ กลุ่มนี้เฉพาะผู้บริหารจังหวัดและนายอำเภอนะครับ รบกวนนำปลัดอำเภอออกด้วยครับ")
m(F, "11 09:22", "coord_taongoi", "system", ev="leave")
m(F, "11 11:40", "vg2", "text",
  "มอบทุกอำเภอตั้งจุดรับบริจาคผ้าห่มกันหนาวที่ที่ว่าการอำเภอ ตามโครงการ \"ปันความอุ่น สู่พี่น้องชาวสกล\" เริ่มพรุ่งนี้เป็นต้นไปค่ะ",
  nm="a vice governor's order, allowed")
m(F, "11 11:43", "chief_mueang", "text", "รับทราบครับท่านรองฯ", nm=NM_ACK)
m(F, "11 11:44", "chief_nikhom", "text", "รับทราบค่ะ 🌺", nm=NM_ACK)
m(F, "11 11:45", "chief_phonna", "text", "รับทราบครับ", nm=NM_ACK)
m(F, "11 11:46", "chief_khamta", "sticker", att="sticker_ok_hand")
m(F, "11 14:15", "chief_mueang", "text",
  "ขอให้ทุกอำเภอจัดรถรับส่งกลุ่มผู้ผลิต OTOP และประชาชนมาร่วมงานวันเปิด ๒๑ พ.ย. อำเภอละ ๒ คัน แล้วแจ้งจำนวนให้ อ.เมืองฯ ภายในพรุ่งนี้ครับ",
  truth=p4("chief_mueang", "a district chief directs all districts; the group takes orders only from the governor and vice governors"))
m(F, "11 14:30", "chief_kusuman", "text", "ท่านครับ เรื่องรถรับส่ง จังหวัดสั่งการแล้วหรือยังครับ")
m(F, "11 14:40", "vg3", "text", "เรื่องรถรับส่งงาน OTOP ยังไม่ต้องดำเนินการครับ รอหนังสือจังหวัดก่อน", nm="a vice governor's direction, allowed")
m(F, "11 14:42", "chief_mueang", "text", "รับทราบครับท่านรองฯ ขออภัยครับ", nm=NM_ACK)

# Wednesday
m(F, "12 02:15", "chief_sawang", "text",
  "แจ้งเหตุครับ เมื่อเวลา ๐๑.๓๐ น. มีผู้จมน้ำในหนองหลวง ต.สว่างแดนดิน ชาย อายุ ๔๕ ปี ออกไปวางข่าย ขณะนี้หน่วยกู้ภัยกำลังค้นหาครับ", nm=NM_INC)
m(F, "12 06:10", "chief_sawang", "text", "รายงานเพิ่มเติมครับ พบผู้สูญหายเสียชีวิตแล้วเมื่อเวลา ๐๕.๔๐ น. อำเภอประสาน อปท. ช่วยเหลือค่าจัดการศพครับ",
  nm="a chief's later update on the incident to the governor: allowed")
m(F, "12 06:30", "gov", "text", "ขอแสดงความเสียใจกับครอบครัวผู้เสียชีวิตครับ ท่านนายอำเภอช่วยดูแลครอบครัวด้วยครับ")
m(F, "12 06:40", "palad", "text", "ขอแสดงความเสียใจครับ ขอให้ท่านนายอำเภอพักผ่อนบ้างนะครับ ทำงานทั้งคืนแล้ว", nm=NM_COUR)
m(F, "12 08:20", "vg1", "text",
  "ข้อสั่งการ: ช่วงเก็บเกี่ยวข้าว ให้ทุกอำเภอกวดขันการเผาตอซังข้าว หากพบจุดความร้อน (hotspot) ให้ลงตรวจสอบภายใน ๒ ชั่วโมง และรายงานผลผ่านกลุ่ม PM2.5 จังหวัดครับ",
  nm="a vice governor's order, allowed")
m(F, "12 08:22", "chief_akat", "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "12 08:23", "chief_wanon", "text", "รับทราบครับ", nm=NM_ACK)
m(F, "12 08:25", "chief_charoen", "text", "รับทราบและถือปฏิบัติครับ 🙏", nm=NM_ACK)
m(F, "12 08:30", "coord_phonna", "text", "เรียนท่านรองผู้ว่าฯ อ.โพนนาแก้ว ไม่พบจุดความร้อนในพื้นที่ครับ (ปลัดชาตรี รายงานแทน นอภ.)",
  truth=[("SKN-4", name("coord_phonna"), "", "a coordinating deputy is not admitted to this group (first appearance: a report on the chief's behalf)")])
m(F, "12 10:00", "chief_phuphan", "text",
  "เรียนท่านผู้ว่าฯ ยอดภูพานเช้านี้อุณหภูมิ ๑๑ องศา นักท่องเที่ยวเริ่มเข้าพื้นที่ อำเภอจัดจุดบริการร่วมกับอุทยานแห่งชาติภูพานแล้วครับ", nm=NM_REP)
photos(F, "12 10:01", "chief_phuphan", 2, "phuphan_cold_morning")
m(F, "12 10:10", "gov", "text", "ดีมากครับ 👍")
m(F, "12 15:00", "chief_sawang", "text",
  "ขอให้ทุกอำเภอตรวจสอบเรือท้องแบนและเสื้อชูชีพในพื้นที่ แล้วส่งข้อมูลให้ อ.สว่างแดนดิน ภายในวันนี้ จะรวบรวมเป็นบัญชีกลางของจังหวัดครับ",
  truth=p4("chief_sawang", "a district chief orders all districts in this group"))
m(F, "12 15:20", "vg3", "text", "ท่านนายอำเภอสว่างแดนดินครับ เรื่องบัญชีเรือ ปภ.จังหวัดมีข้อมูลอยู่แล้ว ไม่ต้องส่งครับ")
m(F, "12 15:25", "chief_sawang", "text", "รับทราบครับท่าน 🙏", nm=NM_ACK)
m(F, "12 18:00", "chief_kusuman", "text", "สุขสันต์วันเกิดท่านรองผู้ว่าฯ กมลวรรณครับ 🎂 ขอให้ท่านมีสุขภาพแข็งแรงครับ",
  nm="birthday wishes with ขอให้…: courtesy (chat), not an order")
m(F, "12 18:05", "chief_kutbak", "text", "สุขสันต์วันเกิดค่ะท่าน 🎉")
m(F, "12 18:30", "vg2", "text", "ขอบคุณทุกท่านมากค่ะ 🌷")

# Thursday
m(F, "13 07:00", "gov", "text",
  "ข้อสั่งการครับ ช่วงอุณหภูมิลดลง ๑๓-๑๖ พ.ย. ให้ทุกอำเภอเปิดศูนย์ช่วยเหลือผู้ประสบภัยหนาว แจกผ้าห่มให้กลุ่มเปราะบางที่สำรวจไว้ก่อน และดูแลความปลอดภัยนักท่องเที่ยวบนภูพานครับ",
  nm="the governor's order, allowed")
for t, c, txt in [("13 07:05", "chief_mueang", "รับทราบครับท่าน"), ("13 07:06", "chief_phanna", "รับทราบครับ"),
                  ("13 07:08", "chief_khoksri", "รับทราบค่ะท่านผู้ว่าฯ"), ("13 07:10", "chief_phuphan", "รับทราบครับท่าน 🙏"),
                  ("13 07:15", "chief_taongoi", "รับทราบครับ เปิดศูนย์ที่ว่าการอำเภอแล้วครับ")]:
    m(F, t, c, "text", txt, nm=NM_ACK)
m(F, "13 07:12", "chief_nikhom", "sticker", att="sticker_bow_pink")
m(F, "13 09:30", "palad", "text",
  "ขอให้ทุกท่านรักษาสุขภาพในช่วงอากาศเปลี่ยนนะครับ ท่านนายอำเภอกุดบากไม่สบาย ขอให้หายไวๆ ครับ", nm=NM_COUR)
m(F, "13 09:35", "chief_kutbak", "text", "ขอบคุณค่ะท่านปลัด ดีขึ้นแล้วค่ะ 🙏")
m(F, "13 14:00", "chief_banmuang", "text",
  "เรียนท่านผู้ว่าฯ อ.บ้านม่วง แจกผ้าห่มกันหนาวชุดแรก ๓๐๐ ผืน ให้ผู้สูงอายุที่อยู่ลำพัง ๕ ตำบล เรียบร้อยแล้วครับ", nm=NM_REP)
photos(F, "13 14:01", "chief_banmuang", 3, "banmuang_blankets")
m(F, "13 14:10", "gov", "text", "ขอบคุณครับ 👍")
m(F, "13 20:05", "palad", "text",
  "ท่านนายอำเภอทุกท่านครับ ขอให้รายงานข้อมูลผู้ได้รับผลกระทบจากภัยหนาวเข้ากลุ่มนี้ทุกเช้า ๐๘.๐๐ น. เริ่มพรุ่งนี้ครับ",
  truth=p4("palad", "the provincial palad directs all chiefs to report daily: an order not from the governor or a vice governor"))
m(F, "13 22:50", "chief_kutbak", "text",
  "แจ้งเหตุด่วนค่ะ เวลา ๒๒.๓๐ น. รถทัวร์นักท่องเที่ยวเสียหลักตกข้างทาง ทางหลวง ๒๑๓ ช่วงขึ้นภูพาน กม.๒๗ ผู้บาดเจ็บ ๘ ราย นำส่ง รพ.กุดบาก และ รพ.ศูนย์สกลนคร ไม่มีผู้เสียชีวิต "
  "อำเภอ ตำรวจ และกู้ภัยอยู่ในที่เกิดเหตุค่ะ", nm=NM_INC)
photos(F, "13 22:51", "chief_kutbak", 2, "kutbak_bus_accident")
m(F, "13 23:05", "gov", "text", "ขอบคุณครับ ให้ สสจ. ประสานโรงพยาบาลรองรับ และรายงานอาการผู้บาดเจ็บให้ทราบด้วยครับ")
m(F, "13 23:07", "chief_kutbak", "text", "รับทราบค่ะท่าน", nm=NM_ACK)

# Friday
m(F, "14 07:30", "chief_kutbak", "text", "เรียนท่านผู้ว่าฯ ผู้บาดเจ็บจากอุบัติเหตุรถทัวร์ ๘ ราย อาการปลอดภัย ๗ ราย ส่งต่อ รพ.ศูนย์ ๑ ราย อาการคงที่ค่ะ",
  nm="a follow-up report to the governor: allowed")
m(F, "14 07:40", "gov", "text", "ขอบคุณครับท่านนายอำเภอ 🙏")
m(F, "14 08:00", "chief_akat", "text", "อ.อากาศอำนวย ผู้ได้รับผลกระทบภัยหนาว ไม่มีครับ แจกผ้าห่มแล้ว ๑๒๐ ผืนครับ",
  nm="a chief's report answering the palad's (improper) request: a report to the group, allowed")
m(F, "14 09:10", "vg3", "text", "เรื่องรายงานภัยหนาวรายวัน ให้รายงานผ่านระบบ ปภ. ตามหนังสือจังหวัดนะครับ ไม่ต้องรายงานในกลุ่มนี้",
  nm="a vice governor's direction, allowed")
m(F, "14 11:30", "retired", "system", ev="leave")
m(F, "14 13:30", "gov", "text", "ขอเชิญนายอำเภอทุกท่านร่วมพิธีเปิดงาน OTOP สกลนคร วันศุกร์ที่ ๒๑ พ.ย. ๖๘ เวลา ๑๗.๐๐ น. ครับ",
  nm="the governor's call, allowed")
for t, c in [("14 13:32", "chief_phanna"), ("14 13:33", "chief_songdao"), ("14 13:35", "chief_wanon"), ("14 13:36", "chief_charoen")]:
    m(F, t, c, "text", "รับทราบครับท่าน", nm=NM_ACK)
m(F, "14 13:34", "chief_nikhom", "text", "รับทราบค่ะ 🌺", nm=NM_ACK)
m(F, "14 17:00", "palad", "text", "ขอให้ทุกท่านเดินทางกลับบ้านปลอดภัย พักผ่อนวันหยุดครับ 🙏", nm=NM_COUR)
