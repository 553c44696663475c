# ข้อสั่งการ ปค.สน. — the provincial administration office's order channel.
from base import *

g = "P"
NM_ORDER = "an order of the provincial office (provincial_admin_staff sending account): the group exists for these; not SKN-2P"
NM_PHOTO = "photo of the letter sent by the office right after its order: part of the office's post, not SKN-2P"
NM_FILE = "PDF of the letter sent by the office: part of its order, not SKN-2P"

def office_order(day, hm, who, text, n_photos=0, pdf=None, near_first=None, near_photo=None):
    M(g, day, hm, who, text, kind="order", sid=True, near=near_first)
    if n_photos:
        photos(g, day, hm, who, n_photos, start=30, step=12, first_kw=dict(near=near_photo) if near_photo else None,
               each_kw=dict(sid=True))
    if pdf:
        M(g, day, add_seconds(hm, 50), who, typ="file", att=pdf, sid=True, near=NM_FILE if near_first else None)

# Monday
office_order(23, "08:30", "ofc1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๑๕ ลงวันที่ ๒๓ มีนาคม ๒๕๖๙ เรื่อง การเตรียมความพร้อมป้องกันและลดอุบัติเหตุทางถนน "
             "ช่วงเทศกาลสงกรานต์ พ.ศ. ๒๕๖๙ (ควบคุมเข้มข้น ๗ วัน ระหว่าง ๑๑–๑๗ เม.ย. ๖๙)\nเรียน นายอำเภอทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ",
             n_photos=3, near_first=NM_ORDER, near_photo=NM_PHOTO)
M(g, 23, "08:33", "kusuman.chief", "รับทราบค่ะ", kind="ack",
  truth=[("SKN-2P", "acknowledgement by a district chief: members may not answer in this group")])
M(g, 23, "08:40", "kusuman.coord", typ="sticker", kind="ack",
  truth=[("SKN-2P", "a sticker is a post: only the provincial office may post here")])
M(g, 23, "08:45", "charoen.chief", "สวัสดีวันจันทร์ครับทุกท่าน 🙏",
  truth=[("SKN-2P", "a greeting (chat) by a district chief")])
M(g, 23, "09:00", "palad",
  "เรียนทุกท่าน กลุ่มนี้ไม่ต้องตอบรับนะครับ ใช้สำหรับส่งหนังสือสั่งการจากจังหวัดถึงอำเภอเท่านั้น ขอบคุณครับ",
  near="the provincial palad's own post (\"กลุ่มนี้ไม่ต้องตอบรับ\"): the palad is the provincial office, allowed to post")
office_order(23, "10:15", "ofc2",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๒๐ ลว. ๒๓ มี.ค. ๒๕๖๙ เรื่อง การรับลงทะเบียนโครงการบัตรสวัสดิการแห่งรัฐ ปี ๒๕๖๙ "
             "ขอให้อำเภอจัดเจ้าหน้าที่รับลงทะเบียนและประชาสัมพันธ์ให้ประชาชนทราบ",
             pdf="สน0018.3-ว2420_บัตรสวัสดิการ69.pdf", near_first=NM_ORDER)
office_order(23, "13:10", "ofc3",
             "ที่ สน ๐๐๑๘.๔/ว ๒๔๒๖ เรื่อง ขอความร่วมมือสนับสนุนการจัดเก็บข้อมูลสำมะโนการเกษตร พ.ศ. ๒๕๖๙ "
             "ให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน อำนวยความสะดวกแก่พนักงานสัมภาษณ์", n_photos=2)
M(g, 23, "13:20", "akat.coord", "ขอสอบถามครับ หนังสือเรื่องสำมะโนเกษตร ต้องรายงานผลทาง e-mail หรือทางระบบครับ", kind="question",
  truth=[("SKN-2P", "a question by a coordinating deputy: members may not ask in this group")])
M(g, 23, "13:26", "warit.chief", "ตามหนังสือส่งทางระบบ e-office ครับปลัด",
  truth=[("SKN-2P", "a district chief answers another member's question: members may not answer one another")])
office_order(23, "15:40", "ofc1",
             "ด่วนที่สุด ที่ มท ๐๓๑๐.๑/ว ๑๑๒๔ เรื่อง การเตรียมความพร้อมรับมือพายุฤดูร้อน ปี ๒๕๖๙ (ส่งต่อหนังสือกรมการปกครอง) "
             "ขอให้อำเภอถือปฏิบัติ", n_photos=4)

# Tuesday
office_order(24, "08:15", "ofc1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๓๑ ลว. ๒๔ มี.ค. ๖๙ เรื่อง การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน "
             "ขอให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน ห้ามเผาในที่โล่ง และจัดชุดเฝ้าระวัง", n_photos=2)
M(g, 24, "08:20", "nikhom.coord", "🙏", kind="ack",
  truth=[("SKN-2P", "🙏 alone is a post (an acknowledgement)")])
M(g, 24, "09:30", "phonna.chief", typ="image", att="IMG_ลงรับหนังสือ_2431.jpg",
  truth=[("SKN-2P", "a photo posted by a district chief (his stamped receipt of the letter): any post by a non-office member")])
office_order(24, "11:00", "ofc2",
             "ที่ สน ๐๐๑๘.๑/ว ๒๔๔๐ เรื่อง ซักซ้อมแนวทางการใช้ช่องทางการสื่อสารผ่านกลุ่มไลน์ของจังหวัด "
             "(ย้ำหนังสือจังหวัด ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒) แจ้งบุคลากรในสังกัดทราบและถือปฏิบัติ",
             pdf="สน0018.1-ว2440_แนวทางกลุ่มไลน์.pdf", near_first=NM_ORDER)
M(g, 24, "14:00", "khamta.coord",
  "อ.คำตากล้า ได้ดำเนินการแจ้ง อปท. กำนันผู้ใหญ่บ้าน ตามหนังสือเรื่องไฟป่าเรียบร้อยแล้วค่ะ", kind="report",
  truth=[("SKN-2P", "a district's report posted in the order-only group")])
office_order(24, "16:20", "ofc3",
             "ที่ สน ๐๐๑๘.๔/ว ๒๔๔๕ เรื่อง การสำรวจข้อมูลผู้ได้รับผลกระทบจากภัยแล้ง เพื่อประกอบการให้ความช่วยเหลือ", n_photos=2)

# Wednesday
office_order(25, "08:30", "ofc2",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๕๑ เรื่อง การเฝ้าระวังป้องกันโรคลมร้อน (Heat Stroke) ช่วงฤดูร้อน ปี ๒๕๖๙", n_photos=2,
             near_first=NM_ORDER, near_photo=NM_PHOTO)
M(g, 25, "08:35", "phangkhon.dep1", "รับทราบครับผม", kind="ack",
  truth=[("SKN-2", "a deputy district chief who is not the coordinating deputy is not admitted to ข้อสั่งการ ปค.สน.; first appearance"),
         ("SKN-2P", "his acknowledgement is a post by a non-office member")])
office_order(25, "10:00", "ofc3",
             "ที่ สน ๐๐๑๘.๔/ว ๒๔๕๕ เรื่อง มาตรการป้องกันเด็กจมน้ำช่วงปิดภาคเรียน ปี ๒๕๖๙",
             pdf="สน0018.4-ว2455_ป้องกันเด็กจมน้ำ.pdf")
office_order(25, "14:00", "ofc1",
             "ขอเชิญนายอำเภอทุกอำเภอ ร่วมประชุมคณะกรมการจังหวัดและหัวหน้าส่วนราชการประจำเดือนเมษายน ๒๕๖๙ "
             "ในวันพุธที่ ๑ เม.ย. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพานราชนิเวศน์ ศาลากลางจังหวัดสกลนคร", n_photos=1,
             near_first="a meeting call from the provincial office: an order by the office, allowed")

# Thursday
office_order(26, "08:10", "ofc1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๖๒ ลว. ๒๖ มี.ค. ๖๙ เรื่อง การให้ความช่วยเหลือผู้ประสบภัยพายุฤดูร้อน (วาตภัย) "
             "ขอให้อำเภอที่ได้รับผลกระทบสำรวจความเสียหายและให้ความช่วยเหลือตามระเบียบกระทรวงการคลังฯ โดยเร็ว", n_photos=3)
M(g, 26, "09:00", "songdao.chief", "ขอบคุณครับ",
  truth=[("SKN-2P", "thanks (chat) by a district chief in the order-only group")])
office_order(26, "13:00", "ofc2",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๗๐ เรื่อง การเตรียมความพร้อมจุดบริการประชาชนและจุดตรวจ ช่วงเทศกาลสงกรานต์ ๒๕๖๙",
             pdf="สน0018.3-ว2470_จุดบริการสงกรานต์.pdf")
office_order(26, "15:30", "ofc3",
             "ที่ สน ๐๐๑๘.๔/ว ๒๔๗๓ เรื่อง ขอความร่วมมือประชาสัมพันธ์การขึ้นทะเบียนเกษตรกรและปรับปรุงข้อมูลทะเบียนเกษตรกร ปี ๒๕๖๙", n_photos=2)

# Friday
office_order(27, "08:30", "ofc1",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๘๐ เรื่อง ประชาสัมพันธ์การลงทะเบียนบัตรสวัสดิการแห่งรัฐ (เพิ่มเติม) ขยายเวลารับลงทะเบียนถึงวันที่ ๑๐ เม.ย. ๖๙",
             n_photos=2)
M(g, 27, "10:00", "palad",
  "ย้ำทุกอำเภอครับ ให้ถือปฏิบัติตามหนังสือเรื่องการให้ความช่วยเหลือผู้ประสบภัยพายุฤดูร้อนโดยเคร่งครัด "
  "และรายงานตามแบบ ปภ. ทางระบบ", kind="order", sid=True)
office_order(27, "15:00", "ofc3",
             "ที่ สน ๐๐๑๘.๑/ว ๒๔๘๕ เรื่อง วันหยุดราชการเนื่องในวันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์ "
             "(วันจันทร์ที่ ๖ เม.ย. ๖๙) และการจัดเวรรักษาการณ์", n_photos=1)

# more of the office's routine letters
office_order(23, "16:45", "ofc2",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๒๘ เรื่อง แจ้งเตือนมิจฉาชีพแอบอ้างลงทะเบียนบัตรสวัสดิการแห่งรัฐผ่านลิงก์ปลอม "
             "ให้อำเภอประชาสัมพันธ์ผ่านหอกระจายข่าวทุกหมู่บ้าน", n_photos=3)
office_order(24, "13:30", "ofc1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๓๘ เรื่อง การจัดหาน้ำอุปโภคบริโภคช่วยเหลือพื้นที่ประสบภัยแล้ง "
             "ให้อำเภอประสาน อปท. ใช้งบประมาณตามอำนาจหน้าที่", n_photos=3)
office_order(25, "16:10", "ofc2",
             "ที่ สน ๐๐๑๘.๓/ว ๒๔๕๘ เรื่อง การตรวจสอบอาคารสถานที่และป้ายโฆษณาที่อาจได้รับความเสียหายจากพายุฤดูร้อน",
             pdf="สน0018.3-ว2458_ป้ายโฆษณา.pdf", n_photos=2)
office_order(26, "10:20", "ofc3",
             "ที่ สน ๐๐๑๘.๔/ว ๒๔๖๕ เรื่อง ขอความร่วมมือเฝ้าระวังและป้องกันไฟป่าในพื้นที่อุทยานแห่งชาติภูพาน "
             "และเขตรักษาพันธุ์สัตว์ป่า", n_photos=3)
office_order(27, "11:30", "ofc1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๘๒ เรื่อง การจัดตั้งด่านชุมชนและศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนนระดับอำเภอ "
             "ช่วงเทศกาลสงกรานต์ ๒๕๖๙", n_photos=4, pdf="สน0018.2-ว2482_ด่านชุมชน.pdf")
