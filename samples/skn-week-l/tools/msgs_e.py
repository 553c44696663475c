# ผู้บริหารจังหวัด และนายอำเภอ — governor, vice governors, palad and district chiefs.
from base import *

g = "E"
NM_INC = "an incident report by a district chief in ผู้บริหารจังหวัด และนายอำเภอ: urgent incident reports are what the group is for"

# Monday
M(g, 23, "06:45", "gov", "อรุณสวัสดิ์ครับทุกท่าน 🙏", sid=True)
M(g, 23, "06:50", "gov",
  "สัปดาห์นี้กรมอุตุฯ เตือนพายุฤดูร้อนต่อเนื่อง ขอให้นายอำเภอทุกอำเภอเตรียมความพร้อมเครื่องมือ อปพร. จิตอาสา "
  "และรายงานเหตุสำคัญในกลุ่มนี้ทันทีครับ", kind="order", sid=True,
  near="an order by the governor: the group receives orders from the governor (not SKN-4P)")
acks(g, 23, "06:55", ["mueang.chief", "sawang.chief", "kutbak.chief", "phuphan.chief", "akat.chief", "taongoi.chief",
                      "charoen.chief", "phonna.chief"], step=1, stickers=("akat.chief",))
M(g, 23, "07:05", "banmuang.chief", "รับทราบและถือปฏิบัติครับท่าน จะสั่งการ อปพร. ทุกตำบลเตรียมพร้อมครับ", kind="ack",
  near="an acknowledgement with order words (สั่งการ…ทุกตำบล) by a district chief: an ack to the governor, not an order to the group")
M(g, 23, "08:00", "palad",
  "เรียนท่านผู้ว่าฯ สรุปความเสียหายจากพายุฤดูร้อนวันที่ ๒๑–๒๒ มี.ค. ๖๙ จำนวน ๑๒ อำเภอ บ้านเรือนเสียหาย ๘๔ หลัง "
  "ไม่มีผู้เสียชีวิต อำเภอและ อปท. ให้ความช่วยเหลือเบื้องต้นแล้วครับ", kind="report", sid=True,
  near="the palad's report addressed to the governor: reports to the governor are allowed in this group")
M(g, 23, "08:10", "gov", "ขอบคุณครับ ให้เร่งช่วยเหลือและซ่อมแซมให้แล้วเสร็จโดยเร็วครับ", sid=True)
M(g, 23, "12:00", "vg3", "แจ้งท่านนายอำเภอครับ บ่ายนี้ผมลงพื้นที่ อ.พรรณานิคม ตรวจจุดแจกน้ำภัยแล้ง ๑๔.๐๐ น. ครับ")
M(g, 23, "12:05", "phanna.chief", "ยินดีต้อนรับครับท่าน ผมรอที่ ต.นาหัวบ่อครับ")
M(g, 23, "17:30", "phanna.chief", "ขอบคุณท่านรองฯ ธนพลที่ลงพื้นที่ครับ 🙏")
photos(g, 23, "17:30", "phanna.chief", 3)

# Tuesday
M(g, 24, "01:40", "phuphan.chief",
  "แจ้งเหตุไฟป่า เวลา ๐๑.๑๕ น. เกิดไฟไหม้ป่าบริเวณภูผาเหล็ก ต.สร้างค้อ อ.ภูพาน พื้นที่ประมาณ ๘๐ ไร่ "
  "เจ้าหน้าที่อุทยานฯ อส. และจิตอาสา ๔๐ นาย เข้าควบคุมเพลิงครับ", kind="incident", near=NM_INC)
photos(g, 24, "01:40", "phuphan.chief", 2)
M(g, 24, "06:30", "gov", "ขอบคุณครับ ระวังความปลอดภัยของเจ้าหน้าที่ด้วยครับ", sid=True)
M(g, 24, "06:40", "phuphan.chief", "ควบคุมเพลิงได้แล้ว ๐๔.๔๐ น. ครับท่าน", kind="report")
M(g, 24, "09:00", "palad",
  "ขอให้นายอำเภอทุกอำเภอ รายงานจุดความร้อน (Hotspot) ในพื้นที่และผลการดับไฟป่าให้จังหวัดทราบ ภายใน ๑๐.๐๐ น. ทุกวันครับ",
  kind="order", sid=True,
  truth=[("SKN-4P", "an order to the district chiefs from the provincial palad: in this group orders come from the governor or a vice governor")])
acks(g, 24, "09:02", ["kutbak.chief", "taongoi.chief", "mueang.chief", "khoksi.chief"], step=1)
M(g, 24, "10:00", "vg1",
  "ขอให้ทุกอำเภอเร่งประชาสัมพันธ์การลงทะเบียนบัตรสวัสดิการแห่งรัฐ ผ่านหอกระจายข่าวและผู้นำชุมชน "
  "และจัดเจ้าหน้าที่ช่วยผู้สูงอายุที่จุดลงทะเบียนครับ", kind="order", sid=True,
  near="an order by a vice governor: allowed in this group")
acks(g, 24, "10:02", ["warit.chief", "nikhom.chief", "kusuman.chief", "khamta.chief", "songdao.chief"], step=1,
     stickers=("khamta.chief",))
M(g, 24, "11:00", "mueang.chief",
  "ขอให้นายอำเภอทุกอำเภอแจ้งรายชื่อผู้เข้าร่วมพิธีเปิดศูนย์อำนวยการความปลอดภัยทางถนนช่วงสงกรานต์ ให้ อ.เมืองฯ ภายในวันพรุ่งนี้ครับ",
  kind="order",
  truth=[("SKN-4P", "a district chief directs all district chiefs in this group: orders here come only from the governor or vice governors")])
M(g, 24, "11:05", "sawang.chief", "รับทราบครับ", kind="ack")
M(g, 24, "15:00", "gov", "ท่านรองฯ อรวรรณ ฝากติดตามเรื่องรถบรรทุกน้ำแจกจ่ายภัยแล้งให้ทั่วถึงด้วยครับ", sid=True)
M(g, 24, "15:05", "vg2", "รับทราบค่ะท่าน", sid=True)

# Wednesday
M(g, 25, "07:10", "gov", "สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ครับ 🎂", sid=True)
M(g, 25, "07:12", "vg2", "สุขสันต์วันเกิดค่ะ 🎉", sid=True)
M(g, 25, "07:14", "sawang.chief", "HBD ครับท่าน ขอให้สุขภาพแข็งแรงครับ")
M(g, 25, "07:20", "kusuman.chief", "กราบขอบพระคุณท่านผู้ว่าฯ และทุกท่านค่ะ 🙏")
M(g, 25, "09:30", "palad",
  "ส่งต่อข่าวจากสำนักงานประชาสัมพันธ์จังหวัด: กรมอุตุนิยมวิทยาเตือนพายุฤดูร้อน ๒๕–๒๗ มี.ค. ลมกระโชกแรง ลูกเห็บตก ฟ้าผ่า "
  "https://www.prd.go.th/", kind="forward", sid=True)
M(g, 25, "13:00", "ddpm",
  "เรียนท่านผู้ว่าฯ ปภ.สน. รายงานสถานการณ์ภัยแล้ง ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติ ๘ อำเภอ "
  "รถบรรทุกน้ำออกแจกจ่ายแล้ว ๑,๒๔๐,๐๐๐ ลิตรครับ", kind="report", sid=True,
  truth=[("SKN-4", "an agency head (ผอ.ปภ.) is not admitted to ผู้บริหารจังหวัด และนายอำเภอ; first appearance")])
M(g, 25, "13:05", "gov", "ขอบคุณครับ", sid=True)
M(g, 25, "19:00", "phangkhon.chief", "เย็นนี้ลมแรงมากครับ ที่พังโคนฟ้าผ่าหลายจุด")
M(g, 25, "23:45", "sawang.chief",
  "แจ้งเหตุด่วนครับท่านผู้ว่าฯ เวลา ๒๓.๑๐ น. พายุฤดูร้อนพัดถล่ม ต.ตาลโกน ต.แวง อ.สว่างแดนดิน บ้านเรือนเสียหายเบื้องต้น ๓๐ หลัง "
  "เสาไฟฟ้าล้ม ๓ ต้น ไม่มีผู้บาดเจ็บ ครับ", kind="incident", near=NM_INC)
photos(g, 25, "23:45", "sawang.chief", 3)
M(g, 25, "23:58", "@🌞 ชัยวัฒน์ 🌞",
  "เต่างอย ลมแรง ต้นไม้ล้มทับถนนสาย ๒๒๘๐ ช่วงบ้านนาอ้อย ปิดการจราจรชั่วคราว อส. กำลังตัดต้นไม้ครับ", kind="incident",
  sid=sid_of("taongoi.chief"),
  near="a display name not on the roster, but the LINE user id is that of the district chief of เต่างอย: matched by id, an eligible member's incident report")

# Thursday
M(g, 26, "00:05", "wanon.chief",
  "วานรนิวาส แจ้งเหตุพายุ ต.ขัวก่าย ต.หนองแวง หลังคาบ้านปลิว ๑๕ หลัง ฟ้าผ่าโคตาย ๒ ตัว ไม่มีผู้บาดเจ็บครับ", kind="incident")
photos(g, 26, "00:05", "wanon.chief", 2)
M(g, 26, "00:30", "phangkhon.coord",
  "เรียนท่านผู้ว่าฯ อ.พังโคน ฟ้าผ่าบ้านเรือนราษฎร ต.แร่ ไฟไหม้ ๑ หลัง ดับได้แล้ว ไม่มีผู้บาดเจ็บ (รายงานแทนท่านนายอำเภอครับ)",
  kind="incident",
  truth=[("SKN-4", "a coordinating deputy is not admitted to ผู้บริหารจังหวัด และนายอำเภอ (even reporting for his chief); first appearance")])
M(g, 26, "06:30", "gov",
  "ขอให้ อ.สว่างแดนดิน วานรนิวาส ส่องดาว เต่างอย และพังโคน เร่งสำรวจความเสียหายและให้ความช่วยเหลือเบื้องต้นภายในวันนี้ "
  "ใช้งบทดรองราชการได้ทันทีครับ", kind="order", sid=True,
  near="the governor's order to five districts: allowed in this group")
acks(g, 26, "06:32", ["sawang.chief", "wanon.chief", "songdao.chief", "phangkhon.chief"], step=2)
M(g, 26, "06:40", "@นอภ.เต่างอย ชัยวัฒน์", "รับทราบครับท่าน", kind="ack")
M(g, 26, "07:00", "vg2", "ดิฉันลงพื้นที่ อ.สว่างแดนดิน ๑๐.๐๐ น. ค่ะ ท่านนายอำเภอเตรียมข้อมูลความเสียหายด้วยนะคะ", sid=True, kind="order",
  near="a vice governor's instruction: allowed")
M(g, 26, "07:02", "sawang.chief", "รับทราบครับท่าน")
M(g, 26, "08:30", "songdao.chief",
  "อ.ส่องดาว รายงานความเสียหายพายุ ต.ปทุมวาปี ต.วัฒนา บ้านเรือนเสียหาย ๑๒ หลัง มอบถุงยังชีพแล้ว ๑๒ ชุดครับ", kind="report",
  near="a district chief's report to the governor: replies and reports to the governor are allowed")
M(g, 26, "09:00", "wanon.chief", "วานรนิวาส อัปเดต บ้านเสียหาย ๕๘ หลัง ผู้บาดเจ็บ ๑ ราย นำส่ง รพ. แล้วครับ", kind="incident")
M(g, 26, "09:10", "gov", "ขอบคุณครับ ขอให้ดูแลผู้บาดเจ็บอย่างใกล้ชิด", sid=True)
M(g, 26, "12:30", "vg2", "ลงพื้นที่ ต.ตาลโกน กับท่านนายอำเภอสว่างฯ เรียบร้อยค่ะ", sid=True)
photos(g, 26, "12:30", "vg2", 4, each_kw=dict(sid=True))
M(g, 26, "14:00", "banmuang.chief", typ="system", event="invite", target="เลขาฯ นอภ.บ้านม่วง (แนน)",
  truth=[("OUTSIDER", "เลขาฯ นอภ.บ้านม่วง (แนน) is on no roster; added by นอภ.บ้านม่วง สุชาติ", "เลขาฯ นอภ.บ้านม่วง (แนน)")])
M(g, 26, "14:03", "@เลขาฯ นอภ.บ้านม่วง (แนน)", "สวัสดีค่ะ ขออนุญาตช่วยท่านนายอำเภอประสานงานค่ะ 🙏")
M(g, 26, "14:10", "palad", "ท่านนายอำเภอบ้านม่วงครับ กลุ่มนี้เฉพาะผู้บริหารและนายอำเภอตามหนังสือจังหวัดครับ ขออนุญาตนำออกนะครับ", sid=True)
M(g, 26, "14:11", "palad", typ="system", event="remove", target="เลขาฯ นอภ.บ้านม่วง (แนน)", sid=True)
M(g, 26, "14:15", "banmuang.chief", "ขออภัยครับท่าน 🙏")
M(g, 26, "18:00", "taongoi.chief", "เต่างอย เปิดเส้นทาง ๒๒๘๐ ได้ตามปกติแล้วครับ", kind="report")

# Friday
M(g, 27, "07:00", "gov", "สวัสดีวันศุกร์ครับ ขอบคุณทุกอำเภอที่ทำงานหนักทั้งสัปดาห์ครับ", sid=True)
M(g, 27, "07:05", "mueang.chief", typ="sticker")
M(g, 27, "07:06", "khoksi.chief", "ขอบพระคุณค่ะท่าน 🙏")
M(g, 27, "09:00", "gov",
  "ขอให้นายอำเภอทุกอำเภอเตรียมแผนป้องกันอุบัติเหตุช่วงสงกรานต์ ตั้งด่านชุมชน และนำเสนอในที่ประชุมกรมการจังหวัดวันที่ ๑ เม.ย. ครับ",
  kind="order", sid=True)
acks(g, 27, "09:02", ["phuphan.chief", "nikhom.chief", "warit.chief", "kusuman.chief", "charoen.chief", "akat.chief",
                      "phonna.chief", "kutbak.chief"], step=1, stickers=("warit.chief",))
M(g, 27, "10:30", "vg1",
  "ฝากทุกอำเภอเรื่องเด็กจมน้ำช่วงปิดเทอมด้วยครับ ปีที่แล้วจังหวัดเรามีเด็กเสียชีวิต ๔ ราย ขอให้ติดป้ายเตือนแหล่งน้ำเสี่ยงทุกแห่ง",
  kind="order", sid=True)
M(g, 27, "10:35", "songdao.chief", "รับทราบครับท่าน", kind="ack")
M(g, 27, "15:30", "charoen.chief", "ขอให้ทุกท่านเดินทางกลับบ้านปลอดภัยครับ สุดสัปดาห์นี้ระวังพายุด้วยครับ",
  near="courtesy that uses order words (ขอให้…) by a district chief: chat, not an order (no SKN-4P)")
M(g, 27, "15:40", "vg3", "ขอบคุณครับ 🙏")

# more of an ordinary week
M(g, 23, "15:30", "vg1", "เรียนท่านผู้ว่าฯ ผมลงพื้นที่ อ.กุดบาก ตรวจแนวกันไฟกับท่านนายอำเภอครับ", sid=True)
photos(g, 23, "15:30", "vg1", 2, each_kw=dict(sid=True))
M(g, 23, "15:40", "gov", "ขอบคุณครับท่านรองฯ", sid=True)
M(g, 24, "12:00", "akat.chief", "อ.อากาศอำนวย รถบรรทุกน้ำของ อบต. ออกแจกจ่ายแล้ว ๖ หมู่บ้านครับ", kind="report",
  near="a district chief's information to the governor on drought relief: allowed in this group")
M(g, 24, "12:05", "vg2", "ขอบคุณค่ะท่านนายอำเภอ", sid=True)
M(g, 25, "12:10", "khamta.chief", "เรียนท่านผู้ว่าฯ อ.คำตากล้า มีผู้ป่วยโรคลมแดด ๑ ราย (ผู้สูงอายุ) นำส่ง รพ.คำตากล้า อาการปลอดภัยครับ",
  kind="incident")
M(g, 25, "12:15", "gov", "ขอบคุณครับ ฝากประชาสัมพันธ์ให้ผู้สูงอายุหลีกเลี่ยงแดดช่วงเที่ยงด้วยครับ", sid=True)
M(g, 25, "12:16", "khamta.chief", "รับทราบครับท่าน", kind="ack")
M(g, 26, "10:15", "vg2", "ท่านนายอำเภอวานรฯ ต้องการกระเบื้องเพิ่มเท่าไรคะ ปภ. พร้อมส่งค่ะ", sid=True, kind="question")
M(g, 26, "10:20", "wanon.chief", "ประมาณ ๓,๐๐๐ แผ่นครับท่าน", kind="report")
M(g, 26, "10:22", "vg2", "รับทราบค่ะ", sid=True)
M(g, 26, "16:30", "songdao.chief", "ส่องดาว ซ่อมแซมบ้านแล้วเสร็จ ๑๐ หลัง เหลือ ๒ หลังรอวัสดุครับ", kind="report")
photos(g, 26, "16:30", "songdao.chief", 2)
M(g, 26, "16:35", "gov", "👍", sid=True)
M(g, 27, "13:00", "gov", "ขอแสดงความเสียใจกับครอบครัวท่านนายอำเภอพังโคน ที่คุณแม่ถึงแก่กรรมครับ 🙏", sid=True)
M(g, 27, "13:02", "vg1", "ขอแสดงความเสียใจด้วยครับ 🙏", sid=True)
M(g, 27, "13:04", "khoksi.chief", "ขอแสดงความเสียใจค่ะ", kind=None)
M(g, 27, "13:05", "sawang.chief", "ขอแสดงความเสียใจด้วยครับท่าน")
M(g, 27, "13:30", "phangkhon.chief", "ขอบพระคุณทุกท่านครับ สวดอภิธรรม ณ วัดศรีสะอาด อ.พังโคน ๒๗–๒๙ มี.ค. ครับ 🙏")
