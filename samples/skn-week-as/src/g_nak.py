# นักปกครองสกลนคร, saved with LINE for PC (Thai UI): "[LINE]นักปกครองสกลนคร.txt". Written by hand.
from frame import Log

L = Log("[LINE]นักปกครองสกลนคร.txt", "นักปกครองสกลนคร", export=True)
t, img, stk = L.t, L.img, L.stk
REP = "a district's performance report by an admitted member: what this group is for"
COREP = "a coordinating deputy's district report: admitted here"

d = 23
t(d, "07:05", "PAL", "สวัสดีวันจันทร์ครับ นักปกครองทุกท่าน สัปดาห์นี้งานหนักเรื่องภัยแล้งกับไฟป่า ผลการปฏิบัติงานของอำเภอส่งในกลุ่มนี้ได้เลยครับ",
  near="the provincial palad's greeting: admitted")
t(d, "07:20", "MUE.CO", """อ.เมืองสกลนคร รายงานผลการปฏิบัติงาน 21–22 ก.พ. 69
1. ตรวจสถานบริการในเขตเทศบาลนครสกลนคร 9 แห่ง เรียบร้อย
2. ร่วม อปท. แจกจ่ายน้ำ 3 หมู่บ้าน
3. ประชุมกำนันผู้ใหญ่บ้านเรื่องห้ามเผา""", near=COREP)
img(d, "07:20", "MUE.CO", 2)
t(d, "08:10", "PPN.CH", "อ.ภูพาน ควบคุมไฟป่าเขาโคกภูได้แล้ว 08.20 น. ขอบคุณอุทยานฯ อส. และจิตอาสาทุกท่านครับ",
  near="a district chief's report; display name with an emoji (นอภ.ภูพาน เทพฤทธิ์ 🌲) is on the roster as written")
img(d, "08:10", "PPN.CH", 3)
t(d, "08:40", "GOV", "👍 ขอบคุณครับ", near="the governor's reply: admitted")
t(d, "10:20", "KTK.CO", "คำตากล้า ตรวจจุดแจกจ่ายน้ำบ้านนาคำ บ้านหนองบัวใหญ่ ร่วมกับ อบต. เช้านี้ครับ",
  near="report by a two-role person (coordinating_deputy|volunteer_center_staff): admitted here as a coordinating deputy")
img(d, "10:20", "KTK.CO")
t(d, "11:00", "KDB.VO", "ศอ.จอส.อ.กุดบาก รายงานกิจกรรมจิตอาสาทำแนวกันไฟ ป่าชุมชนดงบังบด 21 ก.พ. 69 จิตอาสา 85 คนครับ",
  truth=("SKN-1", "a district volunteer officer (volunteer_center_staff only) in นักปกครองสกลนคร, which admits the governor, the palad, district chiefs and coordinating deputies; first post"))
img(d, "11:00", "KDB.VO", 2)
t(d, "13:30", "PNK.CO", "โพนนาแก้ว ประชุมกำนันผู้ใหญ่บ้าน ชี้แจงมาตรการช่วยเหลือภัยแล้งครับ",
  near="report by โพนนาแก้ว's two-role coordinating deputy: admitted")
img(d, "13:30", "PNK.CO", 2)
t(d, "15:00", "AKA.CO", "อากาศอำนวย ตรวจจุดแจกน้ำ ต.บะหว้า ต.สามัคคีพัฒนา ครับ", name="ปลัดบอย",
  near="display name ปลัดบอย fits two roster people (one admitted here, one an ordinary deputy): ambiguous, never judged")
img(d, "15:00", "AKA.CO", name="ปลัดบอย")
t(d, "16:00", "SWD.CH", """อ.สว่างแดนดิน รายงานครับ
- เหตุรถบรรทุกอ้อยพลิกคว่ำ ทล.22 เคลียร์พื้นที่เรียบร้อย 15.10 น.
- ตรวจลานรับซื้ออ้อย 2 แห่ง""", near=REP)
stk(d, "16:05", "GOV")

d = 24
t(d, "06:50", "RET", "สวัสดีครับน้องๆ นักปกครองทุกท่าน ลุงขอให้ทุกคนสุขภาพแข็งแรง ช่วงนี้อากาศร้อน ฝุ่นเยอะ ลงพื้นที่ดูแลตัวเองด้วยนะ",
  truth=("SKN-1", "a retired former district chief (role retired) posting in นักปกครองสกลนคร; first post"))
img(d, "06:50", "RET")
t(d, "07:00", "PAL", "สวัสดีครับลุงวิทย์ 🙏 ขอบคุณครับ", near="the palad's reply: admitted")
t(d, "08:30", "WNN.CO", """วานรนิวาส รายงานผลการปฏิบัติงาน
1. ร่วม ชป. ติดตั้งเครื่องสูบน้ำลำน้ำยาม
2. แจกจ่ายน้ำ 6 หมู่บ้าน
3. ตรวจสอบผู้ใหญ่บ้านว่าง 2 ตำแหน่ง""", near=COREP)
img(d, "08:30", "WNN.CO", 2)
t(d, "09:40", "SDW.CH", "ส่องดาว ต้อนรับท่านรองฯ ไกรสร ตรวจจุดแจกน้ำบ้านวาใหญ่ครับ", near=REP)
img(d, "09:40", "SDW.CH", 3)
t(d, "10:10", "!ปลัดหนึ่ง อบต.นาหัวบ่อ", "ขอสอบถามครับ แบบฟอร์มขอรับรถน้ำจาก ปภ. ดาวน์โหลดได้ที่ไหนครับ",
  truth=("OUTSIDER", "not on the roster (a clerk of a sub-district council, not a ปลัดอำเภอ); seen by his first post, no join notice in the log"))
t(d, "10:20", "PAL", "ท่านเป็นปลัด อบต. ใช่ไหมครับ กลุ่มนี้สำหรับนายอำเภอและปลัดอำเภอประสานงานครับ สอบถามที่อำเภอได้เลยครับ",
  near="the palad's remark: admitted")
L.leave(d, "10:25", "!ปลัดหนึ่ง อบต.นาหัวบ่อ", near="the outsider leaves: the finding stays at his first post")
t(d, "13:00", "BMW.CO", "บ้านม่วง ร่วมดับไฟป่าชุมชนโคกหินแห่เมื่อคืน เสียหายประมาณ 8 ไร่ครับ", near=COREP)
img(d, "13:00", "BMW.CO", 2)
t(d, "15:30", "KSS.CH", """โคกศรีสุพรรณ รายงานครับ
- ตรวจจุดความร้อน 3 จุด เป็นการเผาในสวนยาง ตักเตือนแล้ว
- ประชาสัมพันธ์ประกาศห้ามเผาทุกหมู่บ้าน""", near=REP)

d = 25
t(d, "07:15", "NKN.CO", "นิคมน้ำอูน มอบถุงยังชีพผู้ประสบอัคคีภัย บ้านนาคำ ต.สุวรรณคาม ครับ", near=COREP)
img(d, "07:15", "NKN.CO", 2)
t(d, "09:00", "GOV", "ขอชมเชยอำเภอภูพาน กุดบาก และเต่างอย ที่ควบคุมไฟป่าได้รวดเร็วครับ 👏", near="the governor's praise: admitted")
stk(d, "09:03", "PPN.CH")
t(d, "09:05", "KDB.CH", "ขอบพระคุณค่ะท่าน 🙏", near="a district chief's thanks: admitted")
t(d, "11:20", "TNY.CO", "เต่างอย เฝ้าระวังไฟป่าเขาผาเสวย ตั้งจุดสกัด 3 จุด ร่วมกับอุทยานฯ ครับ", near=COREP)
img(d, "11:20", "TNY.CO", 2)
L.join(d, "13:45", "!สินเชื่อทันใจ 24ชม.", truth=("OUTSIDER", "not on the roster; joined by link or QR code"))
t(d, "13:47", "!สินเชื่อทันใจ 24ชม.", "💰 สินเชื่อข้าราชการ อนุมัติไว ไม่ต้องค้ำ ดอกเบี้ยต่ำ สนใจแอดไลน์ได้เลยครับ")
img(d, "13:47", "!สินเชื่อทันใจ 24ชม.")
t(d, "14:05", "PAL", "ผู้ดูแลกลุ่มช่วยปิดลิงก์เชิญด้วยครับ ไม่ทราบใครแชร์ลิงก์ออกไป", near="the palad's remark: admitted")
L.leave(d, "14:30", "!สินเชื่อทันใจ 24ชม.", near="the outsider leaves: no further finding")
t(d, "16:00", "CRS.CO", "เจริญศิลป์ ตรวจสอบประปาหมู่บ้านชำรุด บ้านหนองแวงใหญ่ ประสาน อบต. ซ่อมแซมครับ", near=COREP)
img(d, "16:00", "CRS.CO", 2)

d = 26
t(d, "07:40", "PRN.CO", """พรรณานิคม รายงานครับ
หลังเหตุเด็กจมน้ำเมื่อวาน อำเภอติดป้ายเตือนแหล่งน้ำเสี่ยงแล้ว 24 จุด
และประชุมผู้นำชุมชนให้ช่วยดูแลเด็กช่วงปิดเทอม""", near=COREP)
img(d, "07:40", "PRN.CO", 2)
t(d, "09:30", "KUS.CO", "กุสุมาลย์ ตรวจจุดแจกจ่ายน้ำ ต.นาเพียง และประชุมเร่งรัดภาษี อปท. ครับ", near=COREP)
t(d, "13:10", "WRC.CO", "วาริชภูมิ ตรวจลานรับซื้ออ้อย 3 แห่ง กำชับสัดส่วนอ้อยเผาครับ", near=COREP)
img(d, "13:10", "WRC.CO", 2)
t(d, "15:40", "AKA.CH", "อากาศอำนวย พายุฤดูร้อนบ่ายนี้ หลังคาบ้านเรือนเสียหาย 12 หลัง อยู่ระหว่างช่วยเหลือครับ", near=REP)
img(d, "15:40", "AKA.CH", 3)
t(d, "18:00", "PKN.CO", "พังโคน นำจิตอาสาแจกหน้ากากอนามัย ร้านค้าและตลาดสด 500 ชิ้นครับ", near=COREP)
img(d, "18:00", "PKN.CO")

d = 27
t(d, "07:30", "MUE.CH", "อ.เมืองสกลนคร เตรียมความพร้อมพิธีเปิดงานกาชาด ประชุมจัดกำลัง อส. อำนวยความสะดวกจราจรครับ", near=REP)
img(d, "07:30", "MUE.CH", 2)
t(d, "09:15", "KDB.CO", "กุดบาก ร่วมประชาคมหมู่บ้านขอรับงบกลางซ่อมประปา บ้านโคกสะอาดครับ", near=COREP)
img(d, "09:15", "KDB.CO")
t(d, "11:00", "SWD.CO", "สว่างแดนดิน ประชุมเร่งรัดการจัดเก็บภาษีที่ดินฯ กับ อปท. 17 แห่งครับ", near=COREP)
img(d, "11:00", "SWD.CO", 2)
t(d, "14:00", "GOV", "ขอบคุณนักปกครองทุกท่านครับ สัปดาห์นี้ทำงานหนักมาก ดูแลสุขภาพด้วยครับ 🙏", near="the governor's thanks: admitted")
stk(d, "14:02", "SDW.CH")
t(d, "14:05", "PNK.CH", "ขอบพระคุณครับท่าน 🙏")
t(d, "16:30", "PPN.CO", "ภูพาน สรุปสัปดาห์นี้ ไฟป่า 4 ครั้ง ควบคุมได้ทั้งหมด เสียหายรวมประมาณ 60 ไร่ครับ", near=COREP)
img(d, "16:30", "PPN.CO", 2)
t(23, "08:45", "PAL", "ขอบคุณครับ ภูพาน 👍")
stk(24, "13:20", "GOV")
t(25, "16:10", "PAL", "👍")
t(26, "15:50", "GOV", "ดูแลพี่น้องประชาชนด้วยครับ", near="the governor's reply: admitted")
t(27, "16:40", "PAL", "ขอบคุณครับ 🙏")
t(26, "16:20", "SWD.CO", "ขอแสดงความยินดีกับท่านนายอำเภอสว่างแดนดิน ได้รับรางวัลนายอำเภอดีเด่น ระดับเขตตรวจราชการ ประจำปี 2568 ครับ 🎉",
  near="a district's achievement posted by its coordinating deputy: allowed here (the group is for the districts' results)")
img(26, "16:20", "SWD.CO")
t(26, "16:35", "PAL", "ยินดีด้วยครับท่าน 👏")
