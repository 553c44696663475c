# หน.ส่วนราชการ-นอภ.สน. — governor, vice governors, agency heads and district chiefs.
from base import *

g = "A"

# Monday
M(g, 23, "07:00", "gov", "สวัสดีวันจันทร์ครับ หัวหน้าส่วนราชการและนายอำเภอทุกท่าน 🙏", sid=True)
M(g, 23, "07:02", "edu", typ="sticker", sid=True)
M(g, 23, "07:05", "police", "สวัสดีครับท่าน")
M(g, 23, "07:40", "gov",
  "ข้อสั่งการ: ขอให้ทุกส่วนราชการและทุกอำเภอเตรียมความพร้อมรับมือพายุฤดูร้อนและภัยแล้ง บูรณาการเครื่องมือเครื่องจักร "
  "และเตรียมการป้องกันอุบัติเหตุทางถนนช่วงสงกรานต์ ๒๕๖๙ ครับ", kind="order", sid=True,
  near="the governor's order: this group is for the governor's news and orders")
acks(g, 23, "07:42", ["ddpm", "transport", "irrig", "health", "mueang.chief", "police", "env", "finance"], step=1,
     stickers=("irrig",))
M(g, 23, "09:10", "ddpm",
  "ผลการปฏิบัติงาน ปภ.สน. ช่วงพายุฤดูร้อน ๒๑–๒๒ มี.ค. ๖๙: ส่งชุดปฏิบัติการ ๖ ชุด ช่วยเหลือ ๑๒ อำเภอ "
  "มอบกระเบื้อง ๒,๔๐๐ แผ่น ช่วยเหลือแล้ว ๘๔ ครัวเรือน ครับ", kind="report", sid=True,
  truth=[("SKN-6P", "an agency head posts his office's performance results: the group bars reports and performance results")])
photos(g, 23, "09:10", "ddpm", 3, each_kw=dict(sid=True))
M(g, 23, "09:30", "gov", "ขอบคุณครับ", sid=True)
M(g, 23, "10:30", "ddpm2", "รับทราบครับ (แทนท่าน ผอ.ปภ.สน.)", kind="ack",
  truth=[("SKN-6", "a deputy of the disaster office head posts in place of the head: heads must join in person; first appearance")])
M(g, 23, "14:00", "prd",
  "ประชาสัมพันธ์ค่ะ ขอเชิญหัวหน้าส่วนราชการร่วมกิจกรรมเดิน-วิ่งการกุศล \"สกลนครรวมใจ ต้านภัยแล้ง\" วันอาทิตย์ที่ ๒๙ มี.ค. ๖๙ "
  "ณ สระพังทอง สมัครได้ที่ สนง.ประชาสัมพันธ์จังหวัดค่ะ", kind="pr", sid=True,
  near="an agency head's invitation to a charity run (pr): publicity, not a report or performance result")
photos(g, 23, "14:00", "prd", 1, each_kw=dict(sid=True))
M(g, 23, "14:20", "social", "พมจ. สมัคร ๑๐ คนค่ะ 😊", sid=True)

# Tuesday
M(g, 24, "07:15", "health",
  "ส่งต่อคำเตือนกรมควบคุมโรค: ช่วงนี้อุณหภูมิสูงกว่า ๔๐ องศา เสี่ยงโรคลมร้อน (Heat Stroke) ผู้สูงอายุ เด็ก ผู้มีโรคประจำตัว "
  "ควรดื่มน้ำบ่อย หลีกเลี่ยงกลางแจ้ง ๑๑.๐๐–๑๕.๐๐ น.", kind="forward", sid=True,
  near="a health office head forwards a public warning: a forward, not his office's results")
photos(g, 24, "07:15", "health", 1, each_kw=dict(sid=True))
M(g, 24, "08:00", "agri", typ="system", event="invite", target="น้องฝ้าย ธุรการเกษตร",
  truth=[("SKN-ALL", "invitee: น้องฝ้าย ธุรการเกษตร is a clerk (staff) on the roster, not admitted (heads must join in person)", "น้องฝ้าย ธุรการเกษตร"),
         ("SKN-ALL", "inviter: เกษตรจังหวัดสกลนคร invited a person not admitted to the group", "เกษตรจังหวัดสกลนคร")])
M(g, 24, "08:05", "agri2", "สวัสดีค่ะ ฝ้าย ธุรการ สนง.เกษตรจังหวัดค่ะ ขออนุญาตประสานงานแทนท่านเกษตรจังหวัดค่ะ 🙏")
M(g, 24, "09:00", "vg1", "เรียนทุกท่าน ห้องประชุมกรมการจังหวัดวันที่ ๑ เม.ย. เปลี่ยนเป็นห้องภูพานราชนิเวศน์ครับ", sid=True)
M(g, 24, "09:02", "stat", "รับทราบค่ะ", kind="ack")
M(g, 24, "11:00", "agri",
  "สำนักงานเกษตรจังหวัดสกลนคร ขอรายงานผลการปรับปรุงทะเบียนเกษตรกร ปี ๒๕๖๙ ดำเนินการแล้วร้อยละ ๘๗ สูงเป็นอันดับ ๑ ของเขต ๔ ครับ",
  kind="report",
  truth=[("SKN-6P", "an agency head boasts of his office's achievement (a performance result) in a group that bars them")])
M(g, 24, "11:05", "irrig", "ยินดีด้วยครับ 👍")
M(g, 24, "13:30", "stat",
  "ประชาสัมพันธ์ค่ะ สำนักงานสถิติจังหวัดกำลังจัดเก็บข้อมูลสำมะโนการเกษตร พ.ศ. ๒๕๖๙ ขอความร่วมมือส่วนราชการและอำเภอช่วยประชาสัมพันธ์ "
  "ให้เกษตรกรให้ข้อมูลแก่พนักงานสัมภาษณ์ค่ะ", kind="pr",
  near="an agency head asks others to publicise the farm census (pr): a request, not a report or result")
M(g, 24, "21:05", "@ครีมกันแดด ราคาส่ง ☀️", typ="system", event="join",
  truth=[("OUTSIDER", "a seller on no roster joined by the group's QR code")])
M(g, 24, "21:07", "@ครีมกันแดด ราคาส่ง ☀️",
  "โปรหน้าร้อน 🔥 ครีมกันแดด SPF50 หลอดละ 199 บาท 3 หลอด 500 ส่งฟรีทั่วไทย สนใจทักแชทเลยค่ะ 💕")
photos(g, 24, "21:07", "@ครีมกันแดด ราคาส่ง ☀️", 2)
M(g, 24, "21:30", "prd", "แอดมินช่วยนำออกด้วยค่ะ 🙏")

# Wednesday
M(g, 25, "06:30", "retired", "สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ครับ ขอให้เจริญก้าวหน้าในหน้าที่ราชการครับ 🎂",
  truth=[("SKN-6", "a retired official is not admitted to หน.ส่วนราชการ-นอภ.สน.; first appearance")])
M(g, 25, "06:40", "gov", "สุขสันต์วันเกิดครับท่านนายอำเภอ 🎉", sid=True)
M(g, 25, "06:42", "edu", "สุขสันต์วันเกิดครับ ขอให้มีสุขภาพแข็งแรงครับ", sid=True,
  near="a birthday wish with ขอให้…: courtesy, not an order or report")
M(g, 25, "06:50", "kusuman.chief", "ขอบพระคุณทุกท่านค่ะ 🙏")
M(g, 25, "10:00", "health",
  "ผลการดำเนินงานป้องกันโรคลมร้อน สสจ.สกลนคร สัปดาห์นี้: คัดกรองกลุ่มเสี่ยง ๓,๒๐๐ ราย ตั้งจุดปฐมพยาบาล ๔๕ จุด "
  "ไม่พบผู้เสียชีวิตครับ", kind="report", sid=True,
  truth=[("SKN-6P", "an agency head posts his office's results")])
M(g, 25, "11:30", "social",
  "ขายเสื้อสงกรานต์ลายผ้าครามสกลนคร ตัวละ ๒๕๐ บาท รายได้สมทบเหล่ากาชาดจังหวัดค่ะ สนใจสั่งได้ที่ พมจ. ค่ะ", kind="pr", sid=True,
  near="an agency head sells charity shirts (pr): a sale, not a report or result")
photos(g, 25, "11:30", "social", 2, each_kw=dict(sid=True))
M(g, 25, "11:40", "finance", "จอง ๕ ตัวค่ะ ไซส์ L")
M(g, 25, "15:00", "gov",
  "ขอชื่นชม ปภ.สน. และทุกอำเภอที่ช่วยเหลือผู้ประสบภัยพายุได้รวดเร็วครับ ขอให้ทุกส่วนราชการยึดประชาชนเป็นศูนย์กลางต่อไปครับ", sid=True,
  near="the governor's praise mentioning results: the governor's own post, not a member's report")
M(g, 25, "16:00", "transport",
  "ส่งต่อจากกรมการขนส่งทางบก: มาตรการตรวจสภาพรถโดยสารสาธารณะก่อนเทศกาลสงกรานต์ ๒๕๖๙", kind="forward")
photos(g, 25, "16:00", "transport", 1)

# Thursday
M(g, 26, "07:00", "gov", "ขอบคุณนายอำเภอทุกท่านที่ลงพื้นที่เมื่อคืนครับ ขอให้ส่วนราชการที่เกี่ยวข้องสนับสนุนอำเภอเต็มที่ครับ", sid=True,
  kind="order")
acks(g, 26, "07:02", ["ddpm", "police", "irrig", "health", "sawang.chief", "wanon.chief"], step=1)
M(g, 26, "10:30", "kusuman.chief",
  "อ.กุสุมาลย์ รายงานผลการรับลงทะเบียนบัตรสวัสดิการแห่งรัฐ ณ วันที่ ๒๕ มี.ค. ๖๙ จำนวน ๒,๑๕๐ ราย คิดเป็นร้อยละ ๖๑ ของเป้าหมายค่ะ",
  kind="report",
  truth=[("SKN-6P", "a district chief posts a performance report in a group that bars reports")])
M(g, 26, "10:40", "finance", "ขอบคุณค่ะท่านนายอำเภอ คลังจังหวัดจะรวบรวมภาพรวมจังหวัดเสนอท่านผู้ว่าฯ ทางหนังสือค่ะ")
M(g, 26, "13:00", "env",
  "แจ้งข้อมูลครับ จุดความร้อน (Hotspot) วันนี้ ๑๒ จุด ส่วนใหญ่ในเขตอุทยานแห่งชาติภูพาน ขอความร่วมมืออำเภอเฝ้าระวังครับ",
  sid=True,
  near="an agency head passes on today's hotspot count and asks for watchfulness: information and a request, not his office's performance")
M(g, 26, "16:00", "police", "ตำรวจภูธรจังหวัดพร้อมสนับสนุนด่านชุมชนช่วงสงกรานต์ครับ")

# Friday
M(g, 27, "07:00", "vg2", "สวัสดีวันศุกร์ค่ะ 🌷", sid=True)
M(g, 27, "07:03", "social", typ="sticker", sid=True)
M(g, 27, "07:05", "mueang.chief", typ="sticker")
M(g, 27, "08:30", "gov",
  "ขอเชิญหัวหน้าส่วนราชการและนายอำเภอร่วมพิธีเปิดศูนย์อำนวยการความปลอดภัยทางถนนจังหวัดสกลนคร ช่วงเทศกาลสงกรานต์ "
  "วันที่ ๑๐ เม.ย. ๖๙ เวลา ๐๘.๓๐ น. ณ บริเวณหน้าศาลากลางจังหวัด แต่งกายชุดปฏิบัติงาน", kind="order", sid=True)
acks(g, 27, "08:32", ["transport", "police", "edu", "health", "kutbak.chief", "phonna.chief", "finance", "stat", "prd"], step=1,
     stickers=("edu",))
M(g, 27, "09:30", "retired", typ="system", event="leave")
M(g, 27, "10:00", "irrig",
  "โครงการชลประทานสกลนคร ขอรายงานผลการสูบน้ำช่วยเหลือพื้นที่ภัยแล้ง ๑๒ เครื่อง ปริมาณน้ำ ๓.๒ ล้าน ลบ.ม. ช่วยพื้นที่เกษตร ๘,๕๐๐ ไร่ครับ",
  kind="report",
  truth=[("SKN-6P", "an agency head reports his office's results")])
M(g, 27, "10:05", "gov", "ขอบคุณครับ ต่อไปขอให้รายงานเป็นหนังสือครับ กลุ่มนี้งดส่งรายงานครับ", sid=True)
M(g, 27, "10:08", "irrig", "ขออภัยครับท่าน 🙏")
M(g, 27, "16:30", "gov", "ขอให้ทุกท่านพักผ่อนวันหยุดครับ 🙏", sid=True)

# more of an ordinary week
M(g, 23, "16:30", "gov", "ส่งต่อข่าวจากสำนักงานประชาสัมพันธ์จังหวัด: ผู้ว่าฯ สกลนครมอบถุงยังชีพผู้ประสบภัยพายุฤดูร้อน อ.พรรณานิคม", sid=True,
  kind="forward")
photos(g, 23, "16:30", "gov", 2, each_kw=dict(sid=True))
M(g, 24, "15:00", "vg3", "ขอเชิญหัวหน้าส่วนราชการที่เกี่ยวข้องประชุมเตรียมการสงกรานต์ วันจันทร์ที่ ๓๐ มี.ค. ๖๙ ๑๔.๐๐ น. ห้องประชุมชั้น ๓ ครับ",
  kind="order")
acks(g, 24, "15:02", ["transport", "police", "health", "ddpm", "prd"], step=1)
M(g, 25, "13:00", "edu", "ศธจ.สน. ฝากประชาสัมพันธ์ผู้ปกครองดูแลบุตรหลานช่วงปิดภาคเรียน ไม่ให้ลงเล่นน้ำตามลำพังครับ", sid=True,
  kind="pr")
photos(g, 25, "13:00", "edu", 1, each_kw=dict(sid=True))
M(g, 26, "08:00", "vg2", "ขอบคุณ ปภ. ตำรวจ และทุกอำเภอ ที่ช่วยผู้ประสบภัยพายุเมื่อคืนค่ะ 🙏", sid=True)
M(g, 26, "08:03", "ddpm", "🙏", sid=True)
M(g, 26, "12:00", "transport", "ขนส่งจังหวัด สอบถามครับ จุดตรวจร่วมสงกรานต์ปีนี้ใช้แบบฟอร์มเดิมหรือไม่ครับ", kind="question")
M(g, 26, "12:10", "vg3", "ใช้แบบฟอร์มเดิมครับ จะส่งไฟล์ให้ทางหนังสือครับ")
M(g, 27, "12:00", "finance", "สวัสดีค่ะ ขอบคุณท่าน พมจ. ได้รับเสื้อแล้วค่ะ สวยมากค่ะ 👕")
M(g, 27, "12:03", "social", typ="sticker", sid=True)
M(g, 27, "14:00", "vg1", "สุขสันต์วันเกิดท่านศึกษาธิการจังหวัดครับ 🎂", sid=True)
M(g, 27, "14:02", "edu", "ขอบพระคุณท่านรองฯ ครับ 🙏", sid=True)
M(g, 27, "14:04", "police", "สุขสันต์วันเกิดครับ")
M(g, 27, "14:05", "irrig", typ="sticker")
