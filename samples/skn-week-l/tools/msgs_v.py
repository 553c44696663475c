# ศอ.จอส.จว.สน. — the provincial volunteer centre's group, Monday 23 to Friday 27 March 2026.
from base import *

g = "V"
END = "2026-03-27T23:59:59+07:00"

# ============================== Monday 23 ==============================
M(g, 23, "07:28", "pvol1", "สวัสดีวันจันทร์ค่ะ ☀️ สัปดาห์นี้อากาศร้อนจัดและมีพายุฤดูร้อนหลายพื้นที่ ดูแลสุขภาพกันด้วยนะคะ")
M(g, 23, "07:31", "mueang.vol", typ="sticker")
M(g, 23, "07:40", "kusuman.vol", "สวัสดีครับ")
M(g, 23, "07:52", "phonna.vol", "อรุณสวัสดิ์ค่ะ 🌞")
M(g, 23, "08:10", "nikhom.chief", "สวัสดีครับทุกท่าน")

M(g, 23, "09:05", "pvol1",
  "เรียน นอภ.ทุกอำเภอ / ศอ.จอส.อำเภอ\n"
  "ตามที่เกิดพายุฤดูร้อนพัดผ่านพื้นที่จังหวัดสกลนคร ระหว่างวันที่ ๒๑–๒๒ มี.ค. ๖๙ ทำให้บ้านเรือนราษฎรได้รับความเสียหายหลายพื้นที่ "
  "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอ สำรวจบ้านเรือนที่ได้รับความเสียหาย และจัดจิตอาสาพระราชทานเข้าช่วยเหลือซ่อมแซม "
  "แล้วรายงานจำนวนหลังคาเรือนที่เสียหาย และจำนวนจิตอาสาที่เข้าช่วยเหลือ ให้ ศอ.จอส.จว.สน. ทราบ ภายใน ๒๔ ชม. ค่ะ",
  key="O1", kind="order")
photos(g, 23, "09:05", "pvol1", 2, start=40, step=30)
order("O1", ALL, "2026-03-24T09:05:00+07:00",
      "\"ภายใน ๒๔ ชม.\" counted from the order's time (Mon 23 Mar 09:05) gives Tue 24 Mar 09:05.",
      "storm damage of 21-22 March: houses damaged and volunteers sent")
acks(g, 23, "09:07", ["phuphan.chief", "kutbak.vol", "mueang.coord", "sawang.chief", "phanna.vol", "khoksi.coord",
                      "warit.vol", "banmuang.vol", "phangkhon.chief", "charoen.vol", "kusuman.coord", "nikhom.vol"],
     step=3, stickers=("banmuang.vol", "charoen.vol"))

M(g, 23, "09:52", "nikhom.vol",
  "อ.นิคมน้ำอูน ขอรายงานผลการสำรวจพายุฤดูร้อน ๒๑–๒๒ มี.ค. ไม่มีบ้านเรือนได้รับความเสียหาย จึงยังไม่มีการจัดจิตอาสาเข้าช่วยเหลือค่ะ",
  ans=[("O1", "nikhom")])
M(g, 23, "10:40", "mueang.vol",
  "ศอ.จอส.อ.เมืองสกลนคร รายงานผลการช่วยเหลือผู้ประสบภัยพายุฤดูร้อนค่ะ\n๑. ต.ธาตุเชิงชุม บ้านเสียหาย ๓ หลัง\n๒. ต.ขมิ้น บ้านเสียหาย ๕ หลัง\n"
  "รวม ๘ หลัง จิตอาสาพระราชทานเข้าช่วยซ่อมแซม ๔๒ คน ซ่อมเสร็จแล้ว ๖ หลังค่ะ",
  ans=[("O1", "mueang")])
photos(g, 23, "10:40", "mueang.vol", 3)
M(g, 23, "11:15", "kusuman.coord",
  "กุสุมาลย์ บ้านเสียหาย ๒ หลัง (ต.นาเพียง) จิตอาสา ๑๘ คน เข้าซ่อมแซมแล้วเสร็จครับ",
  ans=[("O1", "kusuman")], near="a coordinating deputy's report for his district in ศอ.จอส.: district people may report (not SKN-5P); answers O1 on time")
M(g, 23, "11:21", "pvol1", "ขอบคุณค่ะ")
M(g, 23, "12:02", "phuphan.chief",
  "อ.ภูพาน รายงานครับ หลังคาบ้านเสียหาย ๖ หลัง ต.สร้างค้อ จิตอาสา ๓๕ คน ร่วมกับ อบต. ซ่อมแซมแล้ว ๔ หลัง อยู่ระหว่างดำเนินการ ๒ หลังครับ",
  ans=[("O1", "phuphan")])
photos(g, 23, "12:02", "phuphan.chief", 2)
M(g, 23, "13:20", "kutbak.chief",
  "อำเภอกุดบากรายงานผลตามข้อสั่งการ ศอ.จอส.จว.สน. บ้านเรือนเสียหาย ๔ หลัง (ต.นาม่อง) จิตอาสา ๒๐ นาย เข้าช่วยเหลือเรียบร้อยครับ",
  ans=[("O1", "kutbak")])
photos(g, 23, "13:20", "kutbak.chief", 3)

M(g, 23, "13:30", "palad",
  "เรียน นอภ.วานรฯ นอภ.อากาศฯ นอภ.คำตากล้า และ นอภ.บ้านม่วง\n"
  "ตามที่จังหวัดประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยแล้ง) ในพื้นที่ ๔ อำเภอ "
  "ขอให้ ศอ.จอส.อำเภอ จัดจิตอาสาพระราชทานร่วมกับ อปท. แจกจ่ายน้ำอุปโภคบริโภคให้ราษฎร "
  "และรายงานผล (จำนวนครัวเรือน/ปริมาณน้ำ) ภายใน 25 มีค. 69 ครับ",
  key="O2", kind="order")
M(g, 23, "13:31:30", "palad", typ="file", att="ประกาศเขตภัยพิบัติ_ภัยแล้ง_สน.pdf")
order("O2", ["wanon", "akat", "khamta", "banmuang"], "2026-03-25T23:59:59+07:00",
      "\"ภายใน 25 มีค. 69\" = by the end of Wednesday 25 March 2026 (2569 BE); a working day.",
      "drought: water handed out (households, litres), four named districts")
M(g, 23, "13:34", "wanon.chief", "รับทราบครับ", kind="ack")
M(g, 23, "13:36", "akat.chief", "รับทราบครับ จะประสานเทศบาลและ อบต. ดำเนินการครับ", kind="ack",
  near="an acknowledgement that carries compliance words (ดำเนินการ): opens with รับทราบ, so it is an ack, not an order; no SKN-5P")
M(g, 23, "13:37", "khamta.coord", "ทราบค่ะ", kind="ack")
M(g, 23, "13:40", "banmuang.vol", typ="sticker", kind="ack")

M(g, 23, "14:02", "phanna.vol",
  "พรรณานิคม: บ้านเสียหาย ๑๑ หลัง ต.ไร่/ต.นาหัวบ่อ จิตอาสา ๕๐ คน ซ่อมแซมแล้วเสร็จ ๙ หลังครับ", ans=[("O1", "phanna")])
photos(g, 23, "14:02", "phanna.vol", 2)
M(g, 23, "14:30", "sawang.chief",
  "อ.สว่างแดนดิน รายงานผลการสำรวจและช่วยเหลือผู้ประสบภัยพายุฤดูร้อน บ้านเรือนเสียหาย ๑๔ หลัง (ต.บงใต้ ๘ หลัง ต.คำสะอาด ๖ หลัง) "
  "จิตอาสาพระราชทานเข้าช่วยเหลือ ๖๐ คนครับ", ans=[("O1", "sawang")])
M(g, 23, "15:02", "phangkhon.chief", "อ.พังโคน บ้านเสียหาย ๑ หลัง ต.ม่วงไข่ จิตอาสา ๘ คน ซ่อมเสร็จแล้วครับ",
  ans=[("O1", "phangkhon")])
M(g, 23, "15:30", "@ปลัดจิ๋ว  บ้านม่วง", "ต.ดงเหนือ ๔ หลัง / จิตอาสา ๑๒ คน ครับ (บ้านม่วง)",
  ans=[("O1", "banmuang")],
  near="sender written with two spaces (roster: \"ปลัดจิ๋ว บ้านม่วง\", coordinating deputy of บ้านม่วง): the same person, not an outsider; a place-and-number answer that counts for O1")
photos(g, 23, "16:08", "warit.vol", 3, start=0, step=20)
M(g, 23, "16:10", "warit.vol", "ภาพกิจกรรมซ่อมแซมบ้าน ต.ปลาโหล ๗ หลัง จิตอาสา ๒๕ คน ค่ะ (วาริชภูมิ)", ans=[("O1", "warit")])
M(g, 23, "16:12", "pvol1", "ขอบคุณค่ะ 🙏")

M(g, 23, "17:00", "pvol2",
  "ย้ำครับ อำเภอที่ยังไม่ได้รายงานผลการสำรวจความเสียหายและการจัดจิตอาสาช่วยเหลือผู้ประสบภัยพายุฤดูร้อน ตามข้อสั่งการเมื่อเช้า "
  "ขอให้รายงานภายในกำหนดเวลา (๐๙.๐๕ น. พรุ่งนี้) ครับ",
  key="R1", reply="O1", kind="reminder",
  near="a reminder of O1 (ย้ำ, reply to the order): creates no new duty and does not move O1's deadline")
M(g, 23, "17:25", "wanon.vol", "วานรนิวาส ต.คอนสวรรค์ ๑๒ หลัง จิตอาสา ๓๐ คน ซ่อมแซมเสร็จแล้ว ๑๐ หลังครับ",
  reply="R1", ans=[("O1", "wanon")])
M(g, 23, "17:40", "khamta.coord", "อ.คำตากล้า อยู่ระหว่างรวบรวมข้อมูลจากตำบล จะรายงานภายในเช้าพรุ่งนี้ค่ะ")
M(g, 23, "18:05", "khoksi.coord", "โคกศรีสุพรรณ รายงานครับ บ้านเสียหาย ๓ หลัง ต.ด่านม่วงคำ จิตอาสา ๑๕ คน ครับ",
  ans=[("O1", "khoksi")])
photos(g, 23, "18:05", "khoksi.coord", 1)
M(g, 23, "20:15", "phonna.vol", "โพนนาแก้ว บ้านเสียหาย ๕ หลัง (ต.นาแก้ว) จิตอาสาช่วยเหลือ ๒๒ คน ค่ะ ขออภัยที่รายงานดึกค่ะ",
  ans=[("O1", "phonna")])
M(g, 23, "21:30", "charoen.chief", "รับทราบครับ", kind="ack")
M(g, 23, "22:50", "akat.chief",
  "แจ้งเหตุครับ เมื่อเวลา ๒๒.๑๐ น. เกิดพายุฤดูร้อนพัดผ่านบ้านโพนแพง ต.โพนแพง อ.อากาศอำนวย หลังคาบ้านเรือนราษฎรเสียหายประมาณ ๖ หลัง "
  "ไม่มีผู้บาดเจ็บ อยู่ระหว่างสำรวจความเสียหายครับ",
  key="I_akat", kind="incident",
  near="first notice of a new storm (tonight, 22.10): an incident, not the report O1 asked for (the 21-22 March storm, houses and volunteers sent); posted by a district chief so no SKN-5P; O1 stays missing for อากาศอำนวย")
photos(g, 23, "22:50", "akat.chief", 2)
M(g, 23, "22:58", "pvol1", "ขอบคุณค่ะ ขอให้ปลอดภัยทุกท่านนะคะ")

# ============================== Tuesday 24 ==============================
M(g, 24, "06:50", "phonna.vol", typ="sticker")
M(g, 24, "07:30", "pvol2",
  "ข่าวจากศูนย์อุตุนิยมวิทยาภาคตะวันออกเฉียงเหนือ: ช่วง ๒๔–๒๗ มี.ค. จะมีพายุฝนฟ้าคะนอง ลมกระโชกแรง และฟ้าผ่า "
  "บริเวณจังหวัดสกลนคร นครพนม มุกดาหาร https://www.tmd.go.th/", kind="forward")
M(g, 24, "08:45", "pvol2",
  "ด่วน เรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.เต่างอย นอภ.เมืองฯ และ นอภ.โคกศรีฯ\n"
  "ช่วงนี้เกิดไฟป่าในเขตอุทยานแห่งชาติภูพานต่อเนื่อง ขอให้ ศอ.จอส.อำเภอ จัดจิตอาสาพระราชทานร่วมกับเจ้าหน้าที่อุทยานฯ "
  "ทำแนวกันไฟและเฝ้าระวังจุดความร้อน (Hotspot) แล้วส่งภาพถ่ายกิจกรรม ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ",
  key="O3", kind="order")
photos(g, 24, "08:45", "pvol2", 2, start=50)
order("O3", ["phuphan", "kutbak", "taongoi", "mueang", "khoksi"], "2026-03-24T16:30:00+07:00",
      "\"ภายในเวลา ๑๖.๓๐ น. วันนี้\" = Tue 24 Mar 16:30. The order asks for photos, so photos alone answer it.",
      "forest fire: firebreaks, photos asked, five named districts (อ.เมืองฯ and อ.โคกศรีฯ abbreviated)")
acks(g, 24, "08:48", ["phuphan.chief", "kutbak.vol", "taongoi.vol", "khoksi.chief", "mueang.dep2"], step=2)
M(g, 24, "09:04:10", "songdao.coord",
  "ส่องดาว รายงานครับ บ้านเสียหาย ๒ หลัง ต.วัฒนา จิตอาสา ๑๐ คน ซ่อมแซมแล้วเสร็จครับ", ans=[("O1", "songdao")],
  near="the coordinating deputy who is also ส่องดาว's volunteer officer (two roles) reports as volunteer officer; 55 seconds before O1's deadline: on time")
M(g, 24, "09:40", "taongoi.vol",
  "เต่างอย ขอรายงานผลการช่วยเหลือพายุฤดูร้อน ต.จันทร์เพ็ญ บ้านเสียหาย ๔ หลัง จิตอาสา ๑๖ คนค่ะ ขออภัยล่าช้าค่ะ",
  ans=[("O1", "taongoi")])
M(g, 24, "10:00", "palad",
  "แจ้งเพื่อทราบ กรมอุตุนิยมวิทยาประกาศ ฉบับที่ ๕ พายุฤดูร้อนบริเวณภาคตะวันออกเฉียงเหนือ ระหว่าง ๒๕–๒๗ มี.ค. ๖๙ "
  "ขอให้ ศอ.จอส.อำเภอ เตรียมความพร้อมจิตอาสาพระราชทานไว้ หากเกิดเหตุ (เพื่อทราบ ไม่ต้องรายงาน)",
  key="O4", kind="info",
  near="information-only order from the palad (เพื่อทราบ ไม่ต้องรายงาน): no report duty")
photos(g, 24, "10:00", "palad", 1, start=35)
acks(g, 24, "10:02", ["sawang.chief", "wanon.coord", "phangkhon.coord", "charoen.vol", "nikhom.chief", "songdao.chief"],
     step=1, stickers=("nikhom.chief",))
M(g, 24, "10:15", "khamta.coord",
  "อ.คำตากล้า รายงานผลการสำรวจพายุฤดูร้อน บ้านเสียหาย ๙ หลัง (ต.แพด ๕ ต.นาแต้ ๔) จิตอาสา ๒๗ คน ค่ะ", ans=[("O1", "khamta")])
M(g, 24, "11:30", "taongoi.chief", "อ.เต่างอย กำลังนำจิตอาสาทำแนวกันไฟ จะรายงานภายในบ่ายนี้ครับ")
M(g, 24, "12:10", "ddpm", "ขอให้ทุกอำเภอรายงานความเสียหายจากพายุฤดูร้อนเข้าระบบรายงานของ ปภ. ภายในวันนี้ด้วยครับ",
  kind="order",
  truth=[("SKN-5", "agency head (ผอ.ปภ.) in ศอ.จอส.: not palad, district people or volunteer staff; first appearance"),
         ("SKN-5P", "an order to all districts from an agency head, not from the provincial volunteer centre; creates no SKN-5O duty")])
M(g, 24, "12:16", "pvol1", "เรียนท่าน ผอ.ปภ. ศอ.จอส.จว.จะประสานอำเภอให้ค่ะ 🙏")
M(g, 24, "13:05", "wanon.vol", "ขออนุญาตสอบถามครับ รายงานแจกน้ำต้องแนบภาพด้วยหรือไม่ครับ", kind="question")
M(g, 24, "13:09", "palad", "แนบภาพด้วยก็ดีครับ ไม่บังคับ")

M(g, 24, "14:00", "pvol1",
  "ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ส่งรายชื่อจิตอาสาพระราชทานที่จะปฏิบัติหน้าที่ ณ จุดบริการประชาชน ช่วงควบคุมเข้มข้น "
  "๗ วันอันตราย เทศกาลสงกรานต์ ๒๕๖๙ (๑๐–๑๖ เม.ย. ๖๙) จุดละไม่น้อยกว่า ๕ คน ตามแบบที่แนบ ภายในวันศุกร์ที่ ๒๗ มี.ค. ๖๙ ค่ะ",
  key="O5", kind="order")
M(g, 24, "14:00:40", "pvol1", typ="file", att="แบบรายชื่อจิตอาสา_จุดบริการสงกรานต์69.xlsx")
order("O5", ALL, "2026-03-27T23:59:59+07:00",
      "\"ภายในวันศุกร์ที่ ๒๗ มี.ค. ๖๙\" = by the end of Friday 27 March 2026, after the log's last message, so a district with no answer yet is not-due.",
      "Songkran: names of volunteers for the service points (list file)")
acks(g, 24, "14:03", ["mueang.vol", "kusuman.vol", "phangkhon.vol", "nikhom.vol", "khoksi.vol", "phonna.vol", "taongoi.vol"],
     step=2, stickers=("kusuman.vol",))
M(g, 24, "14:20", "kutbak.vol", "ภาพกิจกรรมทำแนวกันไฟ บ้านหนองสะไน ต.กุดไห อ.กุดบาก จิตอาสา ๓๐ คน ค่ะ", ans=[("O3", "kutbak")])
photos(g, 24, "14:20", "kutbak.vol", 3)
M(g, 24, "14:40", "wanon.chief", "วานรนิวาส แจกจ่ายน้ำอุปโภคบริโภค ๘ หมู่บ้าน ๓๒๐ ครัวเรือน ๙๖,๐๐๐ ลิตร ครับ",
  ans=[("O2", "wanon")])
photos(g, 24, "14:40", "wanon.chief", 2)
M(g, 24, "15:45", "pvol2",
  "เร่งรัดครับ อ.เมืองฯ อ.เต่างอย อ.โคกศรีฯ และ อ.ภูพาน ยังไม่ได้ส่งภาพกิจกรรมทำแนวกันไฟ ขอให้ส่งภายใน ๑๖.๓๐ น. ตามกำหนดครับ",
  key="R2", reply="O3", kind="reminder",
  near="a reminder of O3 (เร่งรัด, reply to the order): no new duty, O3's deadline unchanged")
M(g, 24, "16:05", "khoksi.coord", "โคกศรีสุพรรณ ทำแนวกันไฟ ต.ตองโขบ ระยะ ๑.๒ กม. จิตอาสา ๒๕ คน ครับ", reply="R2",
  ans=[("O3", "khoksi")])
photos(g, 24, "16:05", "khoksi.coord", 2)
photos(g, 24, "16:29:10", "phuphan.coord", 3, start=0, step=15,
       first_kw=dict(ans=[("O3", "phuphan")],
                     near="three photos alone from ภูพาน's coordinating deputy/volunteer officer: O3 asks for photos, so they answer it, 50 seconds before 16.30"))
M(g, 24, "17:20", "taongoi.chief", "อ.เต่างอย รายงานครับ จิตอาสาร่วมกับ อส.อุทยานฯ ทำแนวกันไฟ ต.เต่างอย ระยะ ๒ กม.",
  ans=[("O3", "taongoi")])
photos(g, 24, "17:20", "taongoi.chief", 2)
M(g, 24, "19:30", "wanon.chief", "ขอบคุณจิตอาสาทุกท่านที่เหนื่อยกันทั้งวันครับ 👍")

# ============================== Wednesday 25 ==============================
M(g, 25, "07:15", "pvol1", "สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ค่ะ 🎂 ขอให้มีสุขภาพแข็งแรง คิดสิ่งใดสมปรารถนาค่ะ")
M(g, 25, "07:18", "kusuman.coord", "สุขสันต์วันเกิดครับท่าน 🎉")
M(g, 25, "07:22", "phanna.vol", "สุขสันต์วันเกิดครับ")
M(g, 25, "07:26", "banmuang.vol", typ="sticker")
M(g, 25, "07:45", "kusuman.chief", "ขอบคุณทุกท่านมากค่ะ 🙏")

M(g, 25, "08:30", "pvol1",
  "ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ตั้งจุดบริการน้ำดื่มคลายร้อนในตลาด ชุมชน และจุดลงทะเบียนบัตรสวัสดิการฯ "
  "พร้อมให้ความรู้การป้องกันโรคลมแดด (ฮีทสโตรก) แก่ประชาชน โดยเฉพาะผู้สูงอายุและเด็ก "
  "แล้วรายงานจำนวนจุดและจำนวนผู้รับบริการ ก่อนเที่ยงวันพรุ่งนี้ค่ะ",
  key="O6", kind="order")
photos(g, 25, "08:30", "pvol1", 2, start=45)
order("O6", ALL, "2026-03-26T12:00:00+07:00",
      "\"ก่อนเที่ยงวันพรุ่งนี้\" said on Wed 25 Mar = Thu 26 Mar 12:00. It asks for numbers, not photos, so photos alone do not answer it.",
      "heat: drinking-water points and heat-stroke advice (points, people served)")
acks(g, 25, "08:32", ["phuphan.coord", "mueang.chief", "kutbak.coord", "warit.chief", "akat.vol", "charoen.chief",
                      "taongoi.vol", "nikhom.vol"], step=2, stickers=("akat.vol",))
M(g, 25, "08:50", "sawang.dep1", "รับทราบครับ จะแจ้งจิตอาสาทุกตำบลตั้งจุดบริการน้ำดื่มทันทีครับ", kind="ack",
  near="a deputy's acknowledgement with compliance words (แจ้ง…ทุกตำบล): an ack, not an order (no SKN-5P) and not a report")
M(g, 25, "09:40", "phangkhon.coord", "อ.พังโคน ส่งรายชื่อจิตอาสาจุดบริการสงกรานต์ ๖ จุด ๓๖ คน ครับ", ans=[("O5", "phangkhon")])
M(g, 25, "09:40:40", "phangkhon.coord", typ="file", att="รายชื่อจิตอาสาสงกรานต์_อ.พังโคน.xlsx")
M(g, 25, "10:00", "akat.vol",
  "อากาศอำนวย ขอรายงานผลแจกจ่ายน้ำ ต.โพนงาม ต.บะหว้า รวม ๒๑๐ ครัวเรือน ๖๓,๐๐๐ ลิตร จิตอาสา ๑๘ คน ครับ", ans=[("O2", "akat")])
M(g, 25, "10:30", "sawang.chief",
  "ฝากทุกอำเภอส่งรายชื่อจิตอาสาที่มีทักษะช่างไม้/ช่างไฟฟ้า มาให้ อ.สว่างฯ ภายในพรุ่งนี้ด้วยครับ จะรวบรวมไว้ช่วยซ่อมบ้านช่วงพายุ",
  kind="order",
  truth=[("SKN-5P", "a district chief directs all districts to send lists: an order from someone other than the provincial volunteer centre; no SKN-5O duty")])
M(g, 25, "10:36", "pvol1", "เรียนท่านนายอำเภอค่ะ ขออนุญาตให้ ศอ.จอส.จังหวัดเป็นผู้รวบรวมให้นะคะ")
M(g, 25, "10:38", "sawang.chief", "ได้ครับ ขอบคุณครับ")
M(g, 25, "11:10", "phanna.coord", event="invite", target="ปลัดวิทย์ ต.ไร่", typ="system",
  near="ปลัดณัฐ invites ปลัดวิทย์ ต.ไร่, a deputy district chief of พรรณานิคม on the roster: admitted in ศอ.จอส., so no SKN-ALL")
M(g, 25, "11:12", "phanna.dep1", "สวัสดีครับ ปลัดวิทยา อ.พรรณานิคม ฝากตัวด้วยครับ 🙏")
M(g, 25, "13:00", "mueang.vol",
  "อ.เมืองฯ ตั้งจุดบริการน้ำดื่มคลายร้อน ๕ จุด (ตลาดสดเทศบาล ตลาดโต้รุ่ง หน้าที่ว่าการอำเภอ และจุดลงทะเบียน ๒ จุด) ผู้รับบริการ ๔๒๐ คนค่ะ",
  ans=[("O6", "mueang")])
photos(g, 25, "13:00", "mueang.vol", 2)
M(g, 25, "13:40", "kusuman.vol", "กุสุมาลย์ จุดบริการน้ำดื่ม ๓ จุด ผู้รับบริการ ๒๓๐ คน แจกแผ่นพับโรคลมแดด ๓๐๐ แผ่นครับ",
  ans=[("O6", "kusuman")])
M(g, 25, "14:10", "nikhom.vol", "นิคมน้ำอูน ๒ จุด ผู้รับบริการ ๑๖๕ คนค่ะ", ans=[("O6", "nikhom")])

M(g, 25, "15:00", "pvol2",
  "ช่วงปิดภาคเรียน เด็กมักลงเล่นน้ำในแหล่งน้ำ ขอให้ ศอ.จอส.อำเภอทุกอำเภอ สำรวจแหล่งน้ำเสี่ยง ติดป้ายเตือน จัดอุปกรณ์ช่วยชีวิต "
  "(ถังแกลลอน เชือก ไม้ยาว) และจัดจิตอาสาเฝ้าระวังช่วงวันหยุด แล้วรายงานผลภายใน ๓ วันครับ",
  key="O7", kind="order")
photos(g, 25, "15:00", "pvol2", 2, start=40)
order("O7", ALL, "2026-03-30T23:59:59+07:00",
      "\"ภายใน ๓ วัน\" from Wed 25 Mar: day 1 = Thu 26, day 2 = Fri 27, day 3 = Sat 28 (a weekend), which moves to the next working day, Mon 30 Mar (no public holiday that day): end of 30 March, after the log ends, so unanswered districts are not-due.",
      "children's swimming safety: risky waters, signs, volunteers")
acks(g, 25, "15:02", ["songdao.coord", "kutbak.chief", "phonna.coord", "khamta.vol", "mueang.coord", "warit.vol"],
     step=2, stickers=("warit.vol",))
M(g, 25, "15:20", "banmuang.vol",
  "บ้านม่วง ขอรายงานค่ะ\n๑. ผลการแจกจ่ายน้ำอุปโภคบริโภค ต.ห้วยหลัว ต.หนองกวั่ง ๑๘๐ ครัวเรือน ๕๔,๐๐๐ ลิตร\n"
  "๒. จุดบริการน้ำดื่มคลายร้อน ๓ จุด ผู้รับบริการ ๑๕๐ คน ค่ะ",
  ans=[("O2", "banmuang"), ("O6", "banmuang")])
M(g, 25, "16:00", "sawang.vol",
  "สว่างแดนดิน จุดบริการน้ำดื่มคลายร้อน ๖ จุด ผู้รับบริการ ๕๑๐ คน แจกเอกสารความรู้โรคลมแดด ๘๐๐ แผ่น ค่ะ", ans=[("O6", "sawang")])
photos(g, 25, "16:00", "sawang.vol", 2)
M(g, 25, "16:30", "phuphan.chief", "ภูพาน ๔ จุด ๒๘๐ คนครับ", ans=[("O6", "phuphan")])
M(g, 25, "17:00", "wanon.coord", "วานรนิวาส จุดบริการน้ำดื่ม ๕ จุด ผู้รับบริการ ๔๐๐ คน ครับ", ans=[("O6", "wanon")])
M(g, 25, "17:05", "pvol1", "ขอบคุณค่ะ")
M(g, 25, "18:30", "mueang.dep2", "ขอบคุณทีมจิตอาสาทุกอำเภอครับ วันนี้ร้อน ๔๑ องศา 🥵")
M(g, 25, "23:40", "sawang.chief",
  "แจ้งเหตุด่วน เวลา ๒๓.๑๐ น. เกิดพายุฤดูร้อนพัดถล่มพื้นที่ ต.ตาลโกน ต.แวง อ.สว่างแดนดิน บ้านเรือนเสียหายเบื้องต้น ๓๐ หลัง "
  "เสาไฟฟ้าล้ม ๓ ต้น ไม่มีผู้บาดเจ็บ อยู่ระหว่างสำรวจครับ",
  kind="incident",
  near="late-night first notice of a new storm: an incident by a district chief, not a report on any open order (O1's storm was 21-22 March; O8 comes only next morning)")
photos(g, 25, "23:40", "sawang.chief", 2)
M(g, 25, "23:55", "wanon.chief", "วานรนิวาสโดนเหมือนกันครับ ต.ขัวก่าย ต.หนองแวง หลังคาบ้านปลิว ๑๕ หลัง ฟ้าผ่าวัวตาย ๒ ตัว ครับ",
  kind="incident")

# ============================== Thursday 26 ==============================
M(g, 26, "00:20", "songdao.chief", "ส่องดาวก็โดนครับ ต.ปทุมวาปี บ้านเสียหาย ๘ หลัง กำลังลงพื้นที่ครับ", kind="incident")
M(g, 26, "06:30", "pvol1", "ขอให้ทุกท่านปลอดภัยนะคะ 🙏")
M(g, 26, "08:15", "khamta.vol", "คำตากล้า แจกจ่ายน้ำอุปโภคบริโภค ๔ หมู่บ้าน ๑๔๐ ครัวเรือน ๔๒,๐๐๐ ลิตร ครับ (ล่าช้าขออภัยครับ)",
  ans=[("O2", "khamta")])
M(g, 26, "08:20", "palad",
  "เรียน นอภ.สว่างฯ วานรฯ และ อ.ส่องดาว\n"
  "เมื่อคืนนี้ (๒๕ มี.ค.) เกิดพายุฤดูร้อนพัดถล่มพื้นที่ทั้ง ๓ อำเภอ ขอให้ ศอ.จอส.อำเภอ จัดจิตอาสาพระราชทานเข้าช่วยเหลือซ่อมแซมบ้านเรือน "
  "ตัดต้นไม้ที่ล้มกีดขวาง และรวบรวมภาพกิจกรรมส่ง ศอ.จอส.จว.สน. ภายใน 12.00 น. ของวันที่ 27 มี.ค. 69 ครับ",
  key="O8", kind="order",
  near="an order by the provincial palad in ศอ.จอส.: the palad is part of the provincial centre, so no SKN-5P")
order("O8", ["sawang", "wanon", "songdao"], "2026-03-27T12:00:00+07:00",
      "\"ภายใน 12.00 น. ของวันที่ 27 มี.ค. 69\" = Fri 27 Mar 12:00. Addressed by abbreviations (อ.สว่างฯ, วานรฯ, อ.ส่องดาว). It asks for photos.",
      "storm of 25 March night: volunteers repairing houses, photos asked, three districts")
acks(g, 26, "08:22", ["sawang.chief", "songdao.coord", "wanon.dep1"], step=2)
M(g, 26, "09:10", "phangkhon.coord",
  "อ.พังโคน ขอรายงานครับ\n๑. จุดบริการน้ำดื่มคลายร้อน ๔ จุด ผู้รับบริการ ๓๒๐ คน\n๒. สำรวจแหล่งน้ำเสี่ยง ๖ แห่ง ติดป้ายเตือนและอุปกรณ์ช่วยชีวิตแล้ว จิตอาสาเฝ้าระวัง ๑๒ คน ครับ",
  ans=[("O6", "phangkhon"), ("O7", "phangkhon")])

M(g, 26, "09:30", "pvol1",
  "ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาพระราชทานที่ช่วยอำนวยความสะดวกประชาชน ณ จุดลงทะเบียนบัตรสวัสดิการแห่งรัฐ "
  "(คัดแยกคิว ช่วยกรอกแบบฟอร์ม บริการน้ำดื่ม) ภายในเวลา ๑๖.๓๐ น. วันนี้ค่ะ",
  key="O9", kind="order")
photos(g, 26, "09:30", "pvol1", 2, start=40)
order("O9", ALL, "2026-03-26T16:30:00+07:00",
      "\"ภายในเวลา ๑๖.๓๐ น. วันนี้\" said on Thu 26 Mar = Thu 26 Mar 16:30.",
      "welfare-card registration: volunteers helping at the registration points")
acks(g, 26, "09:32", ["mueang.vol", "kutbak.chief", "phonna.vol", "akat.coord", "taongoi.coord", "khoksi.vol",
                      "charoen.vol", "phuphan.chief", "banmuang.chief"], step=2, stickers=("taongoi.coord", "charoen.vol"))
photos(g, 26, "10:15", "warit.vol", 3, start=0, step=20,
       first_kw=dict(near="photos alone from วาริชภูมิ's volunteer officer: O6 asks for numbers, not photos, so they are not an answer; her text at 13:10 is the answer (late)"))
M(g, 26, "10:40", "phanna.vol", "พรรณานิคม จุดบริการน้ำดื่ม ๔ จุด ผู้รับบริการ ๓๖๐ คน ครับ", ans=[("O6", "phanna")])
M(g, 26, "11:00", "pvol1",
  "อำเภอที่ยังไม่ได้รายงานจุดบริการน้ำดื่มคลายร้อน/โรคลมแดด ตามข้อสั่งการเมื่อวาน ได้แก่ กุดบาก วาริชฯ คำตากล้า อากาศฯ ส่องดาว "
  "เต่างอย โคกศรีฯ เจริญศิลป์ โพนนาแก้ว ขอให้รายงานด่วน ภายใน ๑๒.๐๐ น. วันนี้ค่ะ",
  key="R3", reply="O6", kind="reminder",
  near="a reminder of O6 (อำเภอที่ยังไม่ได้รายงาน, reply to the order): no new duty")
M(g, 26, "11:05", "phangkhon.vol", "พังโคน จิตอาสาช่วยจุดลงทะเบียนบัตรสวัสดิการ ๗ คน ค่ะ", ans=[("O9", "phangkhon")])
M(g, 26, "11:20", "phonna.vol", "โพนนาแก้ว ๒ จุด ๑๘๐ คนค่ะ", reply="R3", ans=[("O6", "phonna")])
M(g, 26, "11:30", "khamta.coord", "คำตากล้า จุดบริการน้ำดื่ม ๓ จุด (ตลาดสดคำตากล้า รพ.สต.แพด จุดลงทะเบียน) ผู้รับบริการ ๒๑๐ คนค่ะ",
  ans=[("O6", "khamta")])
M(g, 26, "11:45", "songdao.coord", "ส่องดาว ๒ จุด ผู้รับบริการ ๑๒๐ คน ครับ", ans=[("O6", "songdao")])
M(g, 26, "11:50", "taongoi.vol", "เต่างอย ๓ จุด ผู้รับบริการ ๑๙๐ คนค่ะ", reply="R3", ans=[("O6", "taongoi")])
M(g, 26, "11:59:05", "khoksi.vol", "โคกศรีสุพรรณ ตั้งจุดบริการน้ำดื่ม ๓ จุด ผู้รับบริการ ๒๕๐ คน ครับ", ans=[("O6", "khoksi")])
M(g, 26, "12:40", "charoen.chief", "เจริญศิลป์ ตั้งจุดบริการน้ำดื่ม ๓ จุด ผู้รับบริการ ๒๐๐ คน ครับ", ans=[("O6", "charoen")])
M(g, 26, "13:10", "warit.vol", "วาริชภูมิ รายงานจุดบริการน้ำดื่มคลายร้อน ๔ จุด ผู้รับบริการ ๓๕๐ คน ค่ะ (ภาพส่งไว้เมื่อเช้าค่ะ)",
  ans=[("O6", "warit")])
M(g, 26, "12:10", "phuphan.coord", "ภูพาน จิตอาสาช่วยจุดลงทะเบียนบัตรสวัสดิการ ๑๐ คน ครับ", ans=[("O9", "phuphan")])
M(g, 26, "12:30", "banmuang.chief", "บ้านม่วง จิตอาสาประจำจุดลงทะเบียน ๘ คน ครับ", ans=[("O9", "banmuang")])
M(g, 26, "13:15", "mueang.vol", "อ.เมืองฯ จิตอาสาช่วยจุดลงทะเบียนบัตรสวัสดิการ ๒ จุด รวม ๒๔ คนค่ะ", ans=[("O9", "mueang")])
photos(g, 26, "13:15", "mueang.vol", 2)
M(g, 26, "13:30", "sawang.vol", "สว่างแดนดิน ส่งรายชื่อจิตอาสาสงกรานต์ค่ะ ๘ จุด ๔๘ คน", ans=[("O5", "sawang")])
M(g, 26, "13:30:30", "sawang.vol", typ="file", att="จิตอาสาสงกรานต์69_สว่างแดนดิน.xlsx")
M(g, 26, "13:50", "phonna.coord", "โพนนาแก้ว จิตอาสาช่วยจุดลงทะเบียน ๖ คน ครับ", ans=[("O9", "phonna")])
M(g, 26, "14:00", "wanon.coord",
  "อัปเดตเหตุพายุ อ.วานรนิวาส บ้านเสียหายรวม ๕๘ หลัง ใน ๔ ตำบล ผู้บาดเจ็บ ๑ ราย (ถูกกระเบื้องบาด) นำส่ง รพ.วานรนิวาสแล้ว อยู่ระหว่างสำรวจเพิ่มเติมครับ",
  kind="incident",
  near="an urgent update on the new storm (damage count, one injured): an incident, not an answer to O8, which asks for volunteers' repair work with photos")
M(g, 26, "14:00:40", "kusuman.chief", "กุสุมาลย์ จิตอาสาช่วยอำนวยความสะดวกจุดลงทะเบียน ๑๒ คนค่ะ", ans=[("O9", "kusuman")])
M(g, 26, "14:30", "akat.vol", "อากาศอำนวย จุดบริการน้ำดื่ม ๒ จุด ผู้รับบริการ ๑๔๐ คน ครับ", ans=[("O6", "akat")])
M(g, 26, "14:45", "khoksi.coord", "โคกศรีสุพรรณ จิตอาสาช่วยจุดลงทะเบียน ๙ คน ครับ", ans=[("O9", "khoksi")])
M(g, 26, "15:00", "kutbak_clerk", "อ.กุดบาก ขอรายงานจิตอาสาช่วยจุดลงทะเบียนบัตรสวัสดิการ ๘ คน ค่ะ",
  truth=[("SKN-5", "a district clerk (staff) is not admitted to ศอ.จอส.; first appearance"),
         ("SKN-5P", "a report from someone who is not one of the district's people (chief, deputy, coordinating deputy, volunteer officer); it does not answer O9 for กุดบาก")])
M(g, 26, "15:00:30", "sawang.vol", "สว่างแดนดิน จิตอาสาช่วยจุดลงทะเบียน ๑๖ คนค่ะ", ans=[("O9", "sawang")])
M(g, 26, "15:30", "phanna.dep1", "พรรณานิคม จิตอาสาจุดลงทะเบียนบัตรสวัสดิการ ๑๑ คน ครับ", ans=[("O9", "phanna")],
  near="a deputy district chief (invited on Wednesday) reports for พรรณานิคม: district people may report; answers O9 on time")
M(g, 26, "15:45", "@นายสุริยา ปอ.วาริช", "วาริชภูมิ จิตอาสาช่วยงานจุดลงทะเบียน ๗ คน ครับ", ans=[("O9", "warit")],
  near="sender shows the title นาย before the roster name \"สุริยา ปอ.วาริช\" (coordinating deputy of วาริชภูมิ): the same person once the title is ignored; answers O9")
M(g, 26, "16:00", "charoen.vol", "เจริญศิลป์ จิตอาสา ๕ คน ประจำจุดลงทะเบียน อบต.เจริญศิลป์ ค่ะ", ans=[("O9", "charoen")])
M(g, 26, "16:10", "wanon.vol", "วานรนิวาส จิตอาสาช่วยจุดลงทะเบียน ๑๔ คน ครับ", ans=[("O9", "wanon")])
M(g, 26, "16:20", "songdao.coord", "ส่องดาว จิตอาสาจุดลงทะเบียน ๔ คน ครับ", ans=[("O9", "songdao")])
M(g, 26, "16:29:30", "khamta.vol", "คำตากล้า จิตอาสาช่วยจุดลงทะเบียน ๖ คน ครับ", ans=[("O9", "khamta")])
M(g, 26, "16:40", "sawang.chief",
  "อ.สว่างแดนดิน รายงานผลการช่วยเหลือผู้ประสบภัยพายุเมื่อคืน ๒๕ มี.ค. จิตอาสาพระราชทาน ๘๕ คน ร่วมกับ กฟภ. และทหาร ซ่อมแซมบ้านแล้ว ๒๒ หลัง ตัดต้นไม้ ๑๔ ต้นครับ",
  ans=[("O8", "sawang")])
photos(g, 26, "16:40", "sawang.chief", 4)
M(g, 26, "17:05", "akat.coord", "อากาศอำนวย จิตอาสาช่วยจุดลงทะเบียน ๙ คนครับ ขออภัยล่าช้าครับ", ans=[("O9", "akat")])
M(g, 26, "17:30", "vg2", "ขอบคุณและเป็นกำลังใจให้จิตอาสาทุกอำเภอนะคะ 💪",
  truth=[("SKN-5", "a vice governor is not among ศอ.จอส.'s members (palad, district chiefs, deputies, volunteer staff); first appearance")])
M(g, 26, "20:10", "@Jo Kittipong", "สวัสดีครับ อยากสมัครเป็นจิตอาสาพระราชทาน ต้องติดต่อที่ไหนครับ",
  truth=[("OUTSIDER", "a name on no roster posts in ศอ.จอส. (no join or invite seen)")])
M(g, 26, "20:30", "pvol1", "ติดต่อที่ว่าการอำเภอใกล้บ้านได้เลยค่ะ กลุ่มนี้เป็นกลุ่มเจ้าหน้าที่นะคะ")
M(g, 26, "20:31", "pvol1", typ="system", event="remove", target="Jo Kittipong")

# ============================== Friday 27 ==============================
M(g, 27, "06:45", "phonna.vol", "สวัสดีวันศุกร์ค่ะ 🌻")
M(g, 27, "06:50", "nikhom.chief", typ="sticker")
M(g, 27, "08:40", "pvol2",
  "ขอให้ทุกอำเภอสรุปผลการช่วยเหลือผู้ประสบภัยพายุฤดูร้อน ระหว่างวันที่ ๒๑–๒๖ มี.ค. ๖๙ (จำนวนบ้านเรือนที่จิตอาสาเข้าซ่อมแซม/จำนวนจิตอาสา) "
  "เพื่อรายงานท่านผู้ว่าฯ ภายในเวลา ๑๕.๐๐ น. วันนี้ครับ",
  key="O10", kind="order")
photos(g, 27, "08:40", "pvol2", 1, start=50)
order("O10", ALL, "2026-03-27T15:00:00+07:00",
      "\"ภายในเวลา ๑๕.๐๐ น. วันนี้\" said on Fri 27 Mar = Fri 27 Mar 15:00 (before the log ends).",
      "summary of storm help 21-26 March (houses repaired, volunteers)")
acks(g, 27, "08:42", ["phangkhon.chief", "kusuman.coord", "warit.chief", "khoksi.chief", "phuphan.coord", "akat.chief"],
     step=2, stickers=("warit.chief",))
M(g, 27, "09:10", "nikhom.coord",
  "อ.นิคมน้ำอูน ขอรายงาน ๑. จิตอาสาช่วยจุดลงทะเบียนบัตรสวัสดิการ ๖ คน (วันที่ ๒๖ มี.ค.) "
  "๒. สรุปผลการช่วยเหลือพายุ ๒๑–๒๖ มี.ค. ไม่มีบ้านเรือนเสียหาย ไม่มีการซ่อมแซม ครับ",
  ans=[("O9", "nikhom"), ("O10", "nikhom")])
M(g, 27, "09:30", "phuphan.chief", "ภูพาน สรุป ซ่อมแซมบ้าน ๖ หลัง จิตอาสา ๓๕ คน (ครบทุกหลังแล้ว) ครับ", ans=[("O10", "phuphan")])
M(g, 27, "09:40", "nikhom.vol", typ="file", att="รายชื่อจิตอาสาสงกรานต์_นิคมน้ำอูน.xlsx", ans=[("O5", "nikhom")])
M(g, 27, "09:50", "phangkhon.chief", "อ.พังโคน สรุปผล ซ่อมแซม ๑ หลัง จิตอาสา ๘ คน ครับ", ans=[("O10", "phangkhon")])
M(g, 27, "10:00", "phuphan.coord", "ภูพาน สำรวจแหล่งน้ำเสี่ยง ๕ แห่ง ติดป้ายเตือนครบ จิตอาสาเฝ้าระวังวันเสาร์–อาทิตย์ ๑๐ คน ครับ",
  ans=[("O7", "phuphan")])
M(g, 27, "10:05", "banmuang.vol", "บ้านม่วง ๔ หลัง / ๑๒ คน ค่ะ", ans=[("O10", "banmuang")])
M(g, 27, "10:20", "kusuman.vol", "กุสุมาลย์ สรุป ซ่อมแซม ๒ หลัง จิตอาสา ๑๘ คน ครับ", ans=[("O10", "kusuman")])
photos(g, 27, "10:30", "songdao.coord", 4, start=0, step=15,
       first_kw=dict(ans=[("O8", "songdao")],
                     near="four photos alone from ส่องดาว's coordinating deputy/volunteer officer after O8, which asks for photos: they answer O8 on time"))
M(g, 27, "10:40", "kusuman.chief", "กุสุมาลย์ส่งรายชื่อจิตอาสาสงกรานต์ค่ะ", ans=[("O5", "kusuman")])
M(g, 27, "10:40:30", "kusuman.chief", typ="file", att="รายชื่อจิตอาสา_กุสุมาลย์.pdf")
M(g, 27, "10:50", "palad",
  "เพื่อทราบครับ จังหวัดจะจัดฝึกอบรมจิตอาสาพระราชทานหลักสูตรป้องกันและบรรเทาสาธารณภัย ๒ รุ่น ในเดือนเมษายน "
  "รายละเอียดจะแจ้งเป็นหนังสืออีกครั้ง (ไม่ต้องรายงาน)",
  key="O11", kind="info", near="information-only order (เพื่อทราบ, ไม่ต้องรายงาน): no duty")
M(g, 27, "11:10", "pvol1",
  "ขอให้ ศอ.จอส.อำเภอทุกอำเภอ จัดทำแผนปฏิบัติการจิตอาสาพระราชทานช่วงเทศกาลสงกรานต์ ๒๕๖๙ (จุดบริการ เวรจิตอาสา การประสานตำรวจ/อปท.) "
  "ส่งให้ ศอ.จอส.จว.สน. ภายใน ๑๐ วันค่ะ",
  key="O12", kind="order")
order("O12", ALL, "2026-04-07T23:59:59+07:00",
      "\"ภายใน ๑๐ วัน\" from Fri 27 Mar: day 1 = Sat 28 Mar, day 10 = Mon 6 Apr, which is Chakri Memorial Day (a public holiday), so the last day moves to Tue 7 Apr; end of 7 April, far after the log ends: every district is not-due.",
      "Songkran volunteer action plan")
acks(g, 27, "11:12", ["mueang.chief", "sawang.vol", "songdao.chief", "taongoi.vol", "charoen.coord"], step=2)
M(g, 27, "11:30", "kutbak.chief", "กุดบาก สรุปผลช่วยเหลือพายุ ซ่อมแซมบ้าน ๔ หลัง จิตอาสา ๒๐ คน ครับ", ans=[("O10", "kutbak")])
M(g, 27, "11:40", "warit.vol", "วาริชภูมิ สำรวจแหล่งน้ำเสี่ยง ๗ แห่ง ติดป้ายเตือนแล้ว ๗ แห่งค่ะ", ans=[("O7", "warit")])
M(g, 27, "11:10:50", "khoksi.chief", "รับทราบค่ะ", kind="ack")
M(g, 27, "12:00", "sawang.chief", "สว่างแดนดิน สรุปการช่วยเหลือพายุ ๒๑–๒๖ มี.ค. ซ่อมแซม ๓๖ หลัง จิตอาสา ๑๔๕ คน ครับ",
  ans=[("O10", "sawang")])
M(g, 27, "13:00", "phanna.vol", "พรรณานิคม สรุป ซ่อมแซม ๑๑ หลัง จิตอาสา ๕๐ คน ครับ", ans=[("O10", "phanna")])
M(g, 27, "13:30", "wanon.chief",
  "วานรนิวาส รายงานภาพการช่วยเหลือผู้ประสบภัยพายุ ๒๕ มี.ค. จิตอาสาพระราชทาน ๖๐ คน ซ่อมแซมบ้าน ๓๐ หลัง ครับ ขออภัยล่าช้าครับ",
  ans=[("O8", "wanon")])
photos(g, 27, "13:30", "wanon.chief", 3)
M(g, 27, "14:00", "pvol2",
  "เร่งรัดครับ อำเภอที่ยังไม่ได้ส่งสรุปผลการช่วยเหลือผู้ประสบภัยพายุ ขอให้ส่งภายใน ๑๕.๐๐ น. ตามกำหนดครับ",
  key="R4", reply="O10", kind="reminder", near="a reminder of O10 (เร่งรัด, reply): no new duty")
M(g, 27, "14:10", "khoksi.vol", "โคกศรีสุพรรณ สรุป ซ่อมแซม ๓ หลัง จิตอาสา ๑๕ คน ครับ", reply="R4", ans=[("O10", "khoksi")])
M(g, 27, "14:30", "wanon.vol", "วานรนิวาส สรุป ๒๑–๒๖ มี.ค. ซ่อมแซม ๔๒ หลัง จิตอาสา ๙๐ คน ครับ", reply="R4", ans=[("O10", "wanon")])
M(g, 27, "14:50", "warit.chief", "วาริชภูมิ ซ่อมแซม ๗ หลัง จิตอาสา ๒๕ คนครับ", ans=[("O10", "warit")])
M(g, 27, "14:59:20", "songdao.coord", "ส่องดาว สรุป ซ่อมแซม ๑๐ หลัง จิตอาสา ๔๐ คน ครับ", ans=[("O10", "songdao")])
M(g, 27, "15:20", "khoksi.vol", typ="file", att="จิตอาสาสงกรานต์_โคกศรีสุพรรณ.xlsx", ans=[("O5", "khoksi")])
M(g, 27, "15:40", "khamta.coord", "คำตากล้า สรุป ซ่อมแซม ๙ หลัง จิตอาสา ๒๗ คนค่ะ", ans=[("O10", "khamta")])
M(g, 27, "16:10", "phonna.vol", "โพนนาแก้ว ๕ หลัง จิตอาสา ๒๒ คน ค่ะ ขออภัยค่ะ", reply="R4", ans=[("O10", "phonna")])
M(g, 27, "16:30", "taongoi.vol", "เต่างอย สรุป ซ่อมแซม ๔ หลัง จิตอาสา ๑๖ คน ค่ะ", ans=[("O10", "taongoi")])
M(g, 27, "16:45", "phangkhon.dep1", typ="system", event="leave")
M(g, 27, "17:10", "mueang.vol", "อ.เมืองฯ ส่งรายชื่อจิตอาสาสงกรานต์ ๑๐ จุด ๖๐ คนค่ะ", ans=[("O5", "mueang")])
M(g, 27, "17:10:30", "mueang.vol", typ="file", att="รายชื่อจิตอาสาสงกรานต์_อ.เมืองสกลนคร.xlsx")
M(g, 27, "17:40", "pvol1", "ขอบคุณทุกอำเภอค่ะ สัปดาห์นี้เหนื่อยกันมาก พักผ่อนให้เต็มที่นะคะ 🙏")
M(g, 27, "17:55", "phuphan.chief", "ขอบคุณครับ 🙏")
M(g, 27, "18:20", "phonna.vol", typ="sticker")
