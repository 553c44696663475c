# นักปกครองสกลนคร — written out as a Thai-language LINE phone export (.txt).
from base import *

g = "K"
NM_REP = "a district's performance report in นักปกครองสกลนคร: the group is for districts' reports, and the sender is admitted"

# Monday
M(g, 23, "07:30", "palad", "สวัสดีวันจันทร์ครับ นักปกครองทุกท่าน สัปดาห์นี้งานเยอะ สู้ๆ ครับ 💪")
M(g, 23, "07:33", "phuphan.chief", typ="sticker")
M(g, 23, "07:35", "kutbak.coord", "สวัสดีครับท่าน")
M(g, 23, "08:20", "gov",
  "ขอให้อำเภอรายงานผลการปฏิบัติงานสำคัญประจำสัปดาห์ในกลุ่มนี้ครับ\n๑. การช่วยเหลือผู้ประสบภัยพายุฤดูร้อน\n"
  "๒. การรับลงทะเบียนบัตรสวัสดิการแห่งรัฐ\n๓. การเตรียมการช่วงสงกรานต์", kind="order")
acks(g, 23, "08:22", ["mueang.chief", "khamta.coord", "kusuman.coord", "nikhom.chief", "charoen.coord"], step=1,
     stickers=("nikhom.chief",))
M(g, 23, "10:00", "sawang.chief",
  "อ.สว่างแดนดิน รายงานผลการปฏิบัติงาน\nนายอำเภอพร้อมด้วยปลัดอำเภอ ลงพื้นที่ ต.บงใต้ มอบถุงยังชีพผู้ประสบภัยพายุ ๑๔ ครัวเรือน "
  "และมอบกระเบื้องมุงหลังคา ๖๐๐ แผ่น", kind="report", near=NM_REP)
photos(g, 23, "10:00", "sawang.chief", 3)
M(g, 23, "10:45", "mueang.dep2",
  "อ.เมืองสกลนคร โดยปลัดอำเภอ ออกตรวจจุดรับลงทะเบียนบัตรสวัสดิการ ณ หอประชุมอำเภอ ประชาชนมาลงทะเบียน ๓๔๐ ราย ครับ", kind="report",
  truth=[("SKN-1", "a deputy district chief who is not the coordinating deputy is not admitted to นักปกครองสกลนคร; first appearance")])
photos(g, 23, "10:45", "mueang.dep2", 2)
M(g, 23, "11:30", "phuphan.coord",
  "อ.ภูพาน รายงานครับ ศอ.จอส.อำเภอภูพาน นำจิตอาสาพระราชทานซ่อมแซมบ้านผู้ประสบภัยพายุ ต.สร้างค้อ ๔ หลัง", kind="report",
  near="ภูพาน's coordinating deputy who is also the volunteer officer (two roles) reports volunteer work: admitted here as coordinating deputy")
photos(g, 23, "11:30", "phuphan.coord", 2)
M(g, 23, "13:15", "@ปลัดเอก", "ปลัดเอกรายงานครับ ออกตรวจจุดลงทะเบียนบัตรสวัสดิการ ร่วมกับกำนัน ๓ ตำบล เรียบร้อยครับ", kind="report",
  near="\"ปลัดเอก\" is the display name of two roster people (a deputy of เมืองสกลนคร, not admitted here, and the coordinating deputy of สว่างแดนดิน, admitted): ambiguous, never judged")
M(g, 23, "14:00", "wanon.chief", typ="system", event="invite", target="ปลัดเบียร์ วานร",
  truth=[("SKN-ALL", "invitee: ปลัดเบียร์ วานร, a deputy district chief (not the coordinating deputy), is on the roster but not admitted to นักปกครองสกลนคร", "ปลัดเบียร์ วานร"),
         ("SKN-ALL", "inviter: the district chief of วานรนิวาส invited a person not admitted to the group", "นอภ.วานรนิวาส เกียรติศักดิ์")])
M(g, 23, "14:02", "wanon.dep1", "สวัสดีครับ ปลัดอภิสิทธิ์ อ.วานรนิวาส ครับ 🙏")
M(g, 23, "16:20", "khoksi.chief",
  "อ.โคกศรีสุพรรณ รายงานการลงทะเบียนบัตรสวัสดิการแห่งรัฐ วันที่ ๒๓ มี.ค. ๖๙\nลงทะเบียนแล้ว ๔๕๖ ราย\nผู้สูงอายุ ๑๘๒ ราย\nผู้พิการ ๒๔ ราย",
  kind="report", near=NM_REP)
M(g, 23, "16:25", "palad", "ขอบคุณครับ 👍")

# Tuesday
M(g, 24, "07:00", "mueang.vol", "ศอ.จอส.อ.เมืองฯ ร่วมกับเทศบาลนครสกลนคร ตั้งจุดบริการน้ำดื่มคลายร้อน ตลาดสดเทศบาล ๑ ค่ะ",
  kind="report",
  truth=[("SKN-1", "a district volunteer officer (volunteer_center_staff only) is not admitted to นักปกครองสกลนคร; first appearance")])
photos(g, 24, "07:00", "mueang.vol", 2)
M(g, 24, "08:10", "env",
  "แจ้งข้อมูลจุดความร้อน (Hotspot) จังหวัดสกลนคร วันที่ ๒๔ มี.ค. ๖๙ จำนวน ๙ จุด อ.ภูพาน ๔ อ.กุดบาก ๓ อ.เต่างอย ๒ ครับ",
  sid=True,
  truth=[("SKN-1", "an agency head (ทสจ.) is not admitted to นักปกครองสกลนคร; first appearance")])
M(g, 24, "08:15", "kutbak.chief", "ขอบคุณข้อมูลครับ กุดบากส่ง อส. ลาดตระเวนแล้วครับ")
M(g, 24, "09:40", "warit.coord",
  "อ.วาริชภูมิ รายงานครับ ปลัดอำเภอประสานงานร่วมกับ อปท. แจกจ่ายน้ำอุปโภคบริโภค บ้านหนองลาด ๕๐ ครัวเรือน", kind="report",
  near="a coordinating deputy's report in นักปกครองสกลนคร: admitted and allowed")
photos(g, 24, "09:40", "warit.coord", 2)
M(g, 24, "11:00", "@นายไพศาล หงษ์ทอง",
  "อ.คำตากล้า รายงานผลการปฏิบัติงาน นายอำเภอประชุมกำนันผู้ใหญ่บ้าน เน้นย้ำการป้องกันไฟป่าและการลงทะเบียนบัตรสวัสดิการ", kind="report",
  near="sender is the full name with the title นาย (\"นายไพศาล หงษ์ทอง\"), while the roster lists \"ไพศาล หงษ์ทอง\" among the display names of the district chief of คำตากล้า: the same person once the title is ignored, admitted, not an outsider")
M(g, 24, "13:30", "palad",
  "ย้ำครับ ห้ามเชิญผู้ที่ไม่เกี่ยวข้องเข้ากลุ่ม กลุ่มนี้สำหรับนายอำเภอและปลัดอำเภอประสานงานเท่านั้นครับ", kind="order")
M(g, 24, "13:35", "wanon.dep1", typ="system", event="leave")
M(g, 24, "15:00", "nikhom.coord",
  "อ.นิคมน้ำอูน ขอรายงาน\nปลัดอำเภอประสานงานร่วมกับ รพ.สต. ให้ความรู้ป้องกันโรคลมแดดแก่ผู้สูงอายุ บ้านนาซอ ๖๐ คน", kind="report")
photos(g, 24, "15:00", "nikhom.coord", 2)
M(g, 24, "20:40", "@ประกันภัย พี่หนึ่ง 🚗", typ="system", event="join",
  truth=[("OUTSIDER", "an insurance seller on no roster joined by the group's invitation link")])
M(g, 24, "20:42", "@ประกันภัย พี่หนึ่ง 🚗",
  "สวัสดีครับ ต่อ พ.ร.บ. ประกันชั้น 1 ราคาข้าราชการ ผ่อน 0% 10 เดือน ก่อนสงกรานต์ ทักไลน์ได้เลยครับ 🚗💨")
M(g, 24, "20:50", "palad", typ="system", event="remove", target="ประกันภัย พี่หนึ่ง 🚗")

# Wednesday
M(g, 25, "07:20", "kusuman.coord", "สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ครับ 🎂🎉")
M(g, 25, "07:21", "kusuman.chief", "ขอบคุณค่ะ 🙏")
M(g, 25, "09:00", "phangkhon.chief",
  "อ.พังโคน รายงานผลการปฏิบัติงาน นายอำเภอเป็นประธานประชุมเตรียมการป้องกันอุบัติเหตุช่วงสงกรานต์ ๒๕๖๙ "
  "กำหนดด่านชุมชน ๒๔ จุด", kind="report", near=NM_REP)
photos(g, 25, "09:00", "phangkhon.chief", 3)
M(g, 25, "10:10", "akat.coord", "อ.อากาศอำนวย แจกจ่ายน้ำภัยแล้ง ต.โพนงาม ๑๒๐ ครัวเรือน ครับ", kind="report")
M(g, 25, "13:40", "gov", "ขอบคุณทุกอำเภอที่รายงานครับ ขอให้ดูแลผู้สูงอายุช่วงอากาศร้อนด้วยครับ")
M(g, 25, "14:00", "songdao.coord",
  "อ.ส่องดาว รายงานครับ ศอ.จอส.อำเภอ ตั้งจุดบริการน้ำดื่มคลายร้อน ๒ จุด และช่วยจุดลงทะเบียนบัตรสวัสดิการ", kind="report",
  near="ส่องดาว's coordinating deputy, who also holds the volunteer role, reports as volunteer officer: admitted here as coordinating deputy")
M(g, 25, "16:30", "taongoi.chief", typ="sticker")

# Thursday
M(g, 26, "07:00", "sawang.chief",
  "อ.สว่างแดนดิน รายงานเหตุพายุเมื่อคืน\n- บ้านเรือนเสียหาย ๓๐ หลัง\n- เสาไฟฟ้าล้ม ๓ ต้น\n- ไม่มีผู้บาดเจ็บ", kind="incident")
photos(g, 26, "07:00", "sawang.chief", 2)
M(g, 26, "08:00", "palad", "ขอบคุณครับ ขอให้ อ.สว่างฯ วานรฯ ส่องดาว ดูแลผู้ประสบภัยให้ทั่วถึงครับ", kind="order")
M(g, 26, "10:30", "banmuang.coord", "อ.บ้านม่วง ลงทะเบียนบัตรสวัสดิการสะสม ๑,๐๒๐ ราย ครับ", kind="report")
M(g, 26, "14:00", "charoen.coord",
  "อ.เจริญศิลป์ รายงานผลการปฏิบัติงาน ปลัดอำเภอประสานงานตรวจเยี่ยมจุดตรวจไฟป่า บ้านโนนสะอาด ร่วมกับ อส.", kind="report")
photos(g, 26, "14:00", "charoen.coord", 2)
M(g, 26, "17:00", "phonna.chief", "ขอบคุณทุกท่านครับ 🙏")

# Friday
M(g, 27, "07:30", "palad", "สวัสดีวันศุกร์ครับ ขอบคุณทุกอำเภอที่รายงานผลงานตลอดสัปดาห์ครับ")
M(g, 27, "07:32", "mueang.coord", typ="sticker")
M(g, 27, "09:00", "kutbak.chief",
  "อ.กุดบาก รายงานผลการปฏิบัติงาน นายอำเภอนำจิตอาสาและ อส. ทำแนวกันไฟ ต.กุดไห ระยะทาง ๓ กม.", kind="report", near=NM_REP)
photos(g, 27, "09:00", "kutbak.chief", 3)
M(g, 27, "10:00", "gov", "ชื่นชมอำเภอกุดบากครับ 👍")
M(g, 27, "11:00", "phonna.coord", "อ.โพนนาแก้ว สำรวจแหล่งน้ำเสี่ยงเด็กจมน้ำ ๖ แห่ง ติดป้ายเตือนครบแล้วครับ", kind="report")
M(g, 27, "15:00", "khamta.chief", "ขอให้ทุกท่านเดินทางปลอดภัยครับ")
M(g, 27, "15:05", "warit.chief", typ="sticker")

# more district reports through the week
M(g, 23, "17:10", "kusuman.coord", "อ.กุสุมาลย์ รายงานครับ ปลัดอำเภอประสานงานร่วมกับกำนัน ต.นาเพียง มอบเครื่องอุปโภคบริโภคผู้ประสบภัยพายุ ๒ ครัวเรือน",
  kind="report")
photos(g, 23, "17:10", "kusuman.coord", 2)
M(g, 24, "16:40", "songdao.chief", "อ.ส่องดาว ประชุมหัวหน้าส่วนราชการระดับอำเภอ เตรียมการป้องกันอุบัติเหตุทางถนนช่วงสงกรานต์ครับ", kind="report")
photos(g, 24, "16:40", "songdao.chief", 2)
M(g, 25, "11:30", "taongoi.coord", "อ.เต่างอย รายงานครับ ตั้งจุดเฝ้าระวังไฟป่า บ้านนาอ้อย ร่วมกับ อส. และจิตอาสา", kind="report")
photos(g, 25, "11:30", "taongoi.coord", 2)
M(g, 26, "11:15", "wanon.chief", "อ.วานรนิวาส มอบถุงยังชีพและกระเบื้องให้ผู้ประสบภัยพายุ ต.ขัวก่าย ๑๕ ครัวเรือนครับ", kind="report")
photos(g, 26, "11:15", "wanon.chief", 3)
M(g, 27, "13:20", "akat.chief", "อ.อากาศอำนวย ประชุมกำนันผู้ใหญ่บ้าน เตรียมตั้งด่านชุมชน ๔๒ จุด ช่วงสงกรานต์ครับ", kind="report")
M(g, 27, "13:25", "palad", "👍")
