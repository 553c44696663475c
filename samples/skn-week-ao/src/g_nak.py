# นักปกครองสกลนคร (nakpokkhrong.jsonl): districts' work reports to the governor and the palad.
# Members: governor, palad, district chiefs, coordinating deputies.  Written by hand.
from frame import Log
from people import disp

L = Log("nakpokkhrong.jsonl", "นักปกครองสกลนคร")
OUT = "สินเชื่อทันใจ ไม่เช็คบูโร 💰"
REP = "a district's work report by its chief: the group is for district reports"
CREP = "a district's work report by its coordinating deputy: admitted, allowed"
KSS_NEW = "อุดมศักดิ์ ศรีภักดี"

# ---------------- Monday 26 ----------------
L.t(26, "07:00", "PALAD", "สวัสดีวันออกพรรษาครับ นักปกครองทุกท่าน 🙏 ช่วงนี้งานบุญต่อเนื่อง ฝากดูแลพื้นที่และสุขภาพด้วยครับ",
    near="greeting by the provincial palad: chat")
L.stk(26, "07:05", "PNK.coord")
L.t(26, "07:12", "WRC.coord", "สวัสดีครับท่านปลัด 🙏")
L.t(26, "09:30", "KDB.coord", """อ.กุดบาก รายงานผลการปฏิบัติงานครับ
๒๕ ต.ค. ๖๙ นายอำเภอกุดบาก เป็นประธานพิธีถวายปราสาทผึ้ง ณ วัดประจำอำเภอ ร่วมกับส่วนราชการและประชาชน ประมาณ ๓๐๐ คน""",
    near="report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")
L.img(26, "09:30", "KDB.coord", 3)
L.t(26, "10:15", "SWD.coord", """อ.สว่างแดนดิน รายงานครับ
นายอำเภอสว่างแดนดินประชุมกำนันผู้ใหญ่บ้าน ประจำเดือน ต.ค. ๖๙ มอบนโยบายการป้องกันการเผาตอซังข้าว และการป้องกันอุบัติเหตุช่วงเทศกาล""",
    near=CREP)
L.img(26, "10:15", "SWD.coord", 2)
L.t(26, "14:30", "WRC.vol", """ศอ.จอส.อ.วาริชภูมิ รายงานครับ
จิตอาสาพระราชทานร่วมกิจกรรมออกพรรษา ทำความสะอาดวัด ๒ แห่ง จิตอาสา ๓๐ คน""",
    truth=[("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
L.img(26, "14:30", "WRC.vol", 2)
L.t(26, "17:20", "PRN.chief", """อ.พรรณานิคม ครับ
ปราสาทผึ้งอำเภอพรรณานิคมได้รับรางวัลชนะเลิศประเภทปราสาทผึ้งโบราณ งานประเพณีแห่ปราสาทผึ้งจังหวัดสกลนคร ปี ๒๕๖๙ ครับ 🏆""",
    near="a district's achievement reported by its chief: allowed in this group (no posting rule)")
L.img(26, "17:20", "PRN.chief", 2)
L.t(26, "17:25", "GOV", "ขอแสดงความยินดีกับชาวพรรณานิคมครับ 👏")
L.t(26, "17:28", "PKN.chief", "ยินดีด้วยครับ 🎉")
L.t(26, "17:30", "CRS.coord", "ยินดีด้วยครับ")

# ---------------- Tuesday 27 ----------------
L.t(27, "07:30", "TNY.coord", """อ.เต่างอย รายงานครับ
๒๗ ต.ค. ๖๙ ปลัดอำเภอร่วมตักบาตรเทโว ณ วัดประจำอำเภอ และประชุมกรรมการหมู่บ้าน บ้านนาอ่าง เรื่องการป้องกันยาเสพติด""",
    near=CREP)
L.img(27, "07:30", "TNY.coord", 2)
L.t(27, "09:10", "AKA.x1", """อ.อากาศอำนวย ครับ
ปลัดอำเภอลงพื้นที่ ต.โพนงาม แจกถุงยังชีพผู้ประสบอุทกภัย ๘๐ ชุด ร่วมกับ อบต.โพนงาม""",
    truth=[("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post")])
L.img(27, "09:10", "AKA.x1", 3)
L.join(27, "11:45", "!" + OUT, truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
L.t(27, "11:46", "!" + OUT, "อนุมัติไว ไม่เช็คบูโร ข้าราชการกู้ได้สูงสุด 500,000 บาท สนใจแอดไลน์ได้เลยครับ 💰",
    near="a later post by the outsider already found at his join: no second row")
L.remove(27, "11:52", "PALAD", OUT, near="the palad removing the outsider: no finding")
L.t(27, "11:53", "PALAD", "ฝากผู้ดูแลกลุ่มปิดลิงก์เชิญเข้ากลุ่มด้วยครับ", near="the palad's instruction on the group's settings: chat")
L.t(27, "14:00", "MUE.chief", """อ.เมืองสกลนคร รายงานผลการปฏิบัติงานครับ
๒๖ ต.ค. ๖๙ อำนวยความสะดวกขบวนแห่ปราสาทผึ้ง ๑๒ ขบวน ไม่มีเหตุร้าย จิตอาสาช่วยเหลือเด็กพลัดหลง ๑ ราย ส่งคืนผู้ปกครองแล้ว""",
    near=REP)
L.img(27, "14:00", "MUE.chief", 2)
L.t(27, "14:05", "GOV", "ขอบคุณนายอำเภอเมืองฯ และทีมงานครับ 👍")
L.t(27, "16:20", "KTK.coord", """อ.คำตากล้า รายงานครับ
ปลัดอำเภอ ร่วมกับ ทต.คำตากล้า แจกถุงยังชีพผู้ประสบอุทกภัย ๔๘ ครัวเรือน""", near=CREP)
L.img(27, "16:20", "KTK.coord", 2)

# ---------------- Wednesday 28 ----------------
L.rename(28, "07:45", "KSS.chief", KSS_NEW,
         near="a district chief renames himself (display name to his own name); his later posts here are still his")
L.t(28, "08:00", "KSS.chief", """อ.โคกศรีสุพรรณ รายงานผลการปฏิบัติงานครับ
นายอำเภอโคกศรีสุพรรณ ตรวจเยี่ยมแปลงนาที่เริ่มเก็บเกี่ยว ต.ด่านม่วงคำ และประชาสัมพันธ์งดเผาตอซังข้าว""", name=KSS_NEW,
    near="post under the renamed display name (rename notice 07:45; senderId where present): the district chief of โคกศรีสุพรรณ, admitted")
L.img(28, "08:00", "KSS.chief", 2, name=KSS_NEW)
L.t(28, "09:30", "NKN.coord", """อ.นิคมน้ำอูน รายงานครับ
ปลัดอำเภอประชุมคณะกรรมการศูนย์ดำรงธรรมอำเภอ ติดตามเรื่องร้องเรียนค้าง ๓ เรื่อง""",
    near="report by a two-role person (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")
L.t(28, "11:50", "AKA.chief", """อ.อากาศอำนวย รายงานครับ
ท่านผู้ว่าราชการจังหวัดสกลนครลงพื้นที่ตรวจเยี่ยมและมอบถุงยังชีพผู้ประสบอุทกภัย ๒๐๐ ชุด ณ ศาลาประชาคมบ้านท่าก้อน""",
    near=REP)
L.img(28, "11:50", "AKA.chief", 4)
L.t(28, "13:10", "WNN.coord", """อ.วานรนิวาส ครับ
ท่านผู้ว่าฯ ตรวจเยี่ยมผู้ประสบภัย ต.คอนสวรรค์ มอบถุงยังชีพ ๑๕๐ ชุด""", near=CREP)
L.img(28, "13:10", "WNN.coord", 3)
L.t(28, "15:00", "PALAD", "ขอบคุณทุกอำเภอที่รายงานครับ อำเภอที่มีการเก็บเกี่ยวแล้ว ขอให้รายงานการรณรงค์งดเผาในกลุ่มนี้ด้วยครับ",
    near="the palad asking for district reports in the district reports group: allowed")
L.t(28, "15:05", "SDW.coord", "รับทราบครับท่าน")
L.t(28, "16:40", "SDW.coord", """อ.ส่องดาว รายงานครับ
ปลัดอำเภอประชาสัมพันธ์การงดเผาตอซังข้าว ผ่านหอกระจายข่าว ๔ ตำบล และติดป้ายรณรงค์ ๑๒ จุด""", near=CREP)
L.img(28, "16:40", "SDW.coord", 2)

# ---------------- Thursday 29 ----------------
L.t(29, "08:30", "PPN.coord", """อ.ภูพาน รายงานครับ
ปลัดอำเภอตรวจสอบการซ่อมแซมฝายห้วยทราย ต.โคกภู ร่วมกับชลประทานและ อบต.""",
    near="report by a coordinating deputy whose display name carries a title (ว่าที่ร.ต.): admitted")
L.img(29, "08:30", "PPN.coord", 2)
L.t(29, "10:00", "BMW.chief", """อ.บ้านม่วง รายงานครับ
น้ำลดลงแล้ว ๓ ตำบล อำเภอร่วมกับ อปท. ทำความสะอาดบ้านเรือน ๑๗ หลัง""", near=REP)
L.img(29, "10:00", "BMW.chief", 2)
L.t(29, "13:20", "PKN.coord", """อ.พังโคน รายงานครับ
ปลัดอำเภอประชุมเตรียมการทอดกฐินสามัคคีของอำเภอ ๗ พ.ย. ๖๙""", near=CREP)
L.t(29, "15:40", "KUS.chief", """อ.กุสุมาลย์ รายงานครับ
นายอำเภอเป็นประธานประชุมประชาคมหมู่บ้านยั่งยืน ต.นาโพธิ์ ๑ หมู่บ้าน""", near=REP)
L.img(29, "15:40", "KUS.chief", 2)
L.t(29, "16:10", "KUS.coord", "👍👍", near="display name ปลัดเก่ง fits two roster people: ambiguous, never judged")
L.t(29, "19:00", "GOV", "ขอบคุณนายอำเภอและปลัดอำเภอทุกท่านครับ งานหนักทั้งสัปดาห์ ขอให้ดูแลสุขภาพด้วยครับ 🙏")
L.stk(29, "19:04", "CRS.chief")

# ---------------- Friday 30 ----------------
L.t(30, "07:20", "PALAD", "สวัสดีวันศุกร์ครับ")
L.t(30, "09:00", "PRN.coord", """อ.พรรณานิคม รายงานครับ
เตรียมความพร้อมงานกฐินสามัคคีอำเภอ ท่านรองผู้ว่าฯ สมเจตน์ เป็นประธาน ๑๐.๐๐ น. วันนี้""", near=CREP)
L.img(30, "10:40", "PRN.coord", 3)
L.t(30, "10:41", "PRN.coord", "บรรยากาศพิธีทอดกฐินสามัคคีอำเภอพรรณานิคมครับ 🙏")
L.t(30, "11:30", "MUE.coord", """อ.เมืองสกลนคร รายงานครับ
ปลัดอำเภอออกตรวจร้านค้าสถานบริการช่วงเทศกาล ๘ แห่ง ไม่พบการกระทำผิด""", near=CREP)
L.t(30, "13:45", "KSS.chief", "อ.โคกศรีสุพรรณ ร่วมทอดกฐินวัดบ้านตองโขบครับ 🙏", name=KSS_NEW,
    near="the renamed district chief's later post: his, admitted")
L.img(30, "13:45", "KSS.chief", 2, name=KSS_NEW)
L.t(30, "15:30", "PALAD", "ขอบคุณทุกอำเภอครับ 🙏")
L.stk(30, "15:32", "TNY.chief")

# ---------------- more of the week ----------------
L.t(26, "19:30", "PPN.coord", """อ.ภูพาน รายงานครับ
ปลัดอำเภอร่วมพิธีเวียนเทียนวันออกพรรษา ณ วัดประจำอำเภอ ร่วมกับประชาชนประมาณ ๒๐๐ คน""",
    near="report by a coordinating deputy (display name with the title ว่าที่ร.ต.): admitted")
L.img(26, "19:30", "PPN.coord")
L.t(27, "18:00", "CRS.coord", """อ.เจริญศิลป์ รายงานครับ
ปลัดอำเภอประชุมคณะกรรมการหมู่บ้าน บ้านทุ่งแก ติดตามการแก้ไขปัญหาที่ดินทำกิน""", near=CREP)
L.img(27, "18:00", "CRS.coord")
L.t(28, "17:30", "PNK.chief", """อ.โพนนาแก้ว รายงานครับ
นายอำเภอตรวจเยี่ยมการจัดระเบียบเครื่องมือประมงในหนองหาร ร่วมกับประมงอำเภอและ อบต.""", near=REP)
L.img(28, "17:30", "PNK.chief")
L.t(29, "11:00", "WRC.coord", """อ.วาริชภูมิ รายงานครับ
ปลัดอำเภอลงพื้นที่สำรวจครัวเรือนเกษตรกรผู้สูงอายุที่ขาดแรงงานเก็บเกี่ยวข้าว ต.ปลาโหล ๗ ครัวเรือน""", near=CREP)
L.img(29, "11:00", "WRC.coord")
L.t(30, "16:00", "GOV", "ขอบคุณทุกอำเภอครับ สุดสัปดาห์นี้พักผ่อนให้เต็มที่ครับ 🙏")
L.stk(30, "16:03", "AKA.coord")
