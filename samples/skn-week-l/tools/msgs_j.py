# ข้อสั่งการ ปจ.สน. — the provincial palad's channel to district chiefs.
from base import *

g = "J"
NM_ACK = "a district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: the letter says acks are not needed, which is not a ban (no posting rule in SKN-3)"

M(g, 23, "07:50", "palad",
  "ข้อสั่งการอธิบดีกรมการปกครอง (ประชุมผ่าน VTC วันที่ ๒๓ มี.ค. ๖๙)\n"
  "๑. เตรียมความพร้อมรับมือพายุฤดูร้อน ให้นายอำเภอลงพื้นที่ดูแลผู้ประสบภัยด้วยตนเอง\n"
  "๒. เร่งรัดการรับลงทะเบียนบัตรสวัสดิการแห่งรัฐ อำนวยความสะดวกผู้สูงอายุและผู้พิการ\n"
  "๓. เตรียมการป้องกันอุบัติเหตุช่วงสงกรานต์ ใช้กลไกด่านชุมชน\n"
  "๔. ป้องกันไฟป่าและหมอกควัน ห้ามเผาในที่โล่ง", kind="order", sid=True)
M(g, 23, "07:55", "sawang.chief", "รับทราบครับ", kind="ack", near=NM_ACK)
M(g, 23, "07:58", "phuphan.chief", "รับทราบครับท่าน", kind="ack")
M(g, 23, "08:01", "mueang.chief", typ="sticker", kind="ack",
  near="a district chief's sticker in ข้อสั่งการ ปจ.สน.: not forbidden there")
M(g, 23, "08:06", "khoksi.chief", "รับทราบค่ะ 🙏", kind="ack")
M(g, 23, "08:10", "wanon.chief", "รับทราบและถือปฏิบัติครับ", kind="ack")
M(g, 23, "12:30", "palad", "ข่าวจากกรมการปกครอง: กำหนดการตรวจเยี่ยมจุดรับลงทะเบียนบัตรสวัสดิการของผู้ตรวจราชการกรมฯ "
  "เขตตรวจราชการที่ ๑๑ วันที่ ๓๑ มี.ค. ๖๙", kind="forward")
photos(g, 23, "12:30", "palad", 1, start=40)

M(g, 24, "09:00", "palad",
  "แจ้งข้อมูลสำคัญครับ กรมการปกครองจะตรวจสอบการใช้กลุ่มไลน์ราชการตามหนังสือจังหวัด ว ๒๓๕๓๒ "
  "ขอให้นายอำเภอดูแลสมาชิกกลุ่มของอำเภอให้ถูกต้อง", kind="order", sid=True)
M(g, 24, "09:04", "kusuman.chief", "รับทราบค่ะท่าน", kind="ack")
M(g, 24, "10:15", "phanna.chief", typ="system", event="invite", target="ปลัดณัฐ พรรณา",
  truth=[("SKN-ALL", "invitee: ปลัดณัฐ พรรณา is a coordinating deputy on the roster, not admitted to ข้อสั่งการ ปจ.สน. (palad and district chiefs only)", "ปลัดณัฐ พรรณา"),
         ("SKN-ALL", "inviter: the district chief of พรรณานิคม invited a person not admitted to the group", "นอภ.พรรณาฯ ประเสริฐ")])
M(g, 24, "10:20", "palad", "ท่านนายอำเภอพรรณาฯ ครับ กลุ่มนี้เฉพาะนายอำเภอครับ ขอให้ปลัดอำเภอติดตามในกลุ่ม ปค.สน. ครับ")
M(g, 24, "10:22", "phanna.chief", "ขออภัยครับท่าน เข้าใจผิดครับ 🙏")
M(g, 24, "10:25", "phanna.coord", typ="system", event="leave")
M(g, 24, "14:10", "palad", "ฝากท่านนายอำเภอ กำชับปลัดอำเภอเวรให้พร้อมรับแจ้งเหตุพายุช่วงกลางคืนครับ", kind="order", sid=True)
M(g, 24, "14:13", "charoen.chief", "รับทราบครับ", kind="ack")
M(g, 24, "14:15", "taongoi.chief", "ทราบครับ", kind="ack")

M(g, 25, "08:00", "ofc2", "ส่งต่อหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๑๐.๒/ว ๑๑๔๐ เรื่อง การเตรียมความพร้อมช่วงเทศกาลสงกรานต์ ๒๕๖๙",
  kind="forward", sid=True,
  truth=[("SKN-3", "a provincial office sending account is not admitted to ข้อสั่งการ ปจ.สน. (palad and district chiefs only); first appearance")])
M(g, 25, "08:00:40", "ofc2", typ="file", att="มท0310.2-ว1140.pdf", sid=True)
M(g, 25, "09:20", "sawang.chief",
  "เรียนท่านปลัดจังหวัด อ.สว่างแดนดิน ดำเนินการตามข้อสั่งการอธิบดีฯ ข้อ ๑ แล้ว ลงพื้นที่ ต.บงใต้ มอบถุงยังชีพ ๑๔ ครัวเรือนครับ",
  kind="report",
  near="a district chief's report in ข้อสั่งการ ปจ.สน.: reports are not needed there but not forbidden")
M(g, 25, "09:25", "palad", "ขอบคุณครับท่าน")
M(g, 25, "13:30", "palad", typ="system", event="invite", target="นอภ.โคกศรีฯ วิไลวรรณ",
  near="the palad re-adds the district chief of โคกศรีสุพรรณ (changed phone): an eligible invitee, no SKN-ALL")
M(g, 25, "13:33", "khoksi.chief", "ขอบคุณค่ะท่าน เปลี่ยนเครื่องใหม่ค่ะ 🙏")
M(g, 25, "16:00", "palad",
  "ข่าวสาร: กระทรวงมหาดไทยแจ้งเตือนประชาชนระวังมิจฉาชีพแอบอ้างการลงทะเบียนบัตรสวัสดิการแห่งรัฐผ่านลิงก์ปลอม "
  "ขอให้อำเภอประชาสัมพันธ์ผ่านหอกระจายข่าว", kind="order", sid=True)
photos(g, 25, "16:00", "palad", 2, start=30)
M(g, 25, "16:05", "banmuang.chief", "รับทราบครับ จะแจ้งกำนันผู้ใหญ่บ้านทุกหมู่บ้านครับ", kind="ack")

M(g, 26, "07:30", "palad", "ท่านผู้ว่าฯ ฝากขอบคุณนายอำเภอที่ลงพื้นที่ช่วยผู้ประสบภัยพายุเมื่อคืนครับ")
M(g, 26, "07:35", "vg1", "ขอบคุณท่านปลัดจังหวัดและทุกอำเภอครับ",
  truth=[("SKN-3", "a vice governor is not admitted to ข้อสั่งการ ปจ.สน.; first appearance")])
M(g, 26, "07:40", "wanon.chief", "🙏", kind="ack")
M(g, 26, "10:00", "akat.chief",
  "อ.อากาศอำนวย รายงานการรับลงทะเบียนบัตรสวัสดิการ ณ วันที่ ๒๕ มี.ค. ๖๙ รวม ๑,๒๔๐ ราย ครับ", kind="report",
  near="a district chief's figures in ข้อสั่งการ ปจ.สน.: not needed there but no posting rule forbids it")

M(g, 27, "08:00", "palad",
  "ข้อสั่งการอธิบดีกรมการปกครอง เรื่องสงกรานต์ ๒๕๖๙\n"
  "๑. ตั้งด่านชุมชนทุกหมู่บ้าน\n๒. ห้ามจำหน่ายสุราแก่ผู้มีอายุต่ำกว่า ๒๐ ปี\n๓. นายอำเภอเป็นผู้อำนวยการศูนย์ปฏิบัติการอำเภอ", kind="order", sid=True)
photos(g, 27, "08:00", "palad", 2, start=40)
M(g, 27, "08:05", "kutbak.chief", "รับทราบครับ", kind="ack")
M(g, 27, "08:07", "nikhom.chief", "รับทราบครับ", kind="ack")
M(g, 27, "08:09", "khamta.chief", typ="sticker", kind="ack")
M(g, 27, "08:15", "phonna.chief", "รับทราบครับ 🙏", kind="ack")
M(g, 27, "12:00", "palad", "ขอให้ทุกท่านพักผ่อนสุดสัปดาห์ครับ ระวังพายุฤดูร้อนด้วยครับ")
M(g, 27, "12:05", "songdao.chief", "ขอบคุณครับท่าน")

M(g, 24, "17:30", "palad", "แจ้งข่าวครับ กรมการปกครองจัดประชุมผ่านระบบวิดีโอ (VTC) วันอังคารที่ ๓๑ มี.ค. ๖๙ เวลา ๑๓.๓๐ น. "
  "นายอำเภอเข้าร่วมที่ห้องประชุมอำเภอครับ", kind="order", sid=True)
M(g, 24, "17:33", "akat.chief", "รับทราบครับ", kind="ack")
M(g, 24, "17:34", "warit.chief", "รับทราบครับท่าน", kind="ack")
M(g, 26, "15:00", "palad", "ข่าวจากกรมการปกครอง: ผลการรับลงทะเบียนบัตรสวัสดิการแห่งรัฐภาพรวมประเทศ ณ ๒๕ มี.ค. ๖๙ ร้อยละ ๕๔ "
  "จังหวัดสกลนครร้อยละ ๕๘ ครับ", kind="forward", sid=True)
photos(g, 26, "15:00", "palad", 1, start=30)
M(g, 26, "15:10", "kusuman.chief", "👍", kind="ack")
M(g, 26, "15:12", "sawang.chief", "ขอบคุณครับท่าน")
M(g, 27, "12:10", "phuphan.chief", typ="sticker")
