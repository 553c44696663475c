"""นักปกครองสกลนคร: governor, palad, district chiefs and coordinating deputies; the districts' performance reports."""
from chat import Chat, F, N

GROUP = "นักปกครองสกลนคร"
FNAME = "nakpokkhrong.jsonl"

REPORT = "a {who}'s district report: admitted, and the group is for districts' performance reports"


def build():
    C = Chat(GROUP, FNAME)
    NEW_KUDBAK = "ทรงพระเจริญ 🙏 ทรงศักดิ์"

    # Monday 27
    C.say(27, "07:30", "P005",
          "เรียนนายอำเภอและปลัดอำเภอประสานงานทุกท่านครับ\nช่วงวันหยุด ๒๘-๓๐ ก.ค. ขอให้รายงานผลการปฏิบัติงานของอำเภอในกลุ่มนี้ (พิธี / สถานการณ์น้ำ / การตรวจสถานบริการ) วันละครั้งครับ",
          tags=[N("the palad's order in นักปกครองสกลนคร: allowed")])
    C.say(27, "08:00", "P028",
          "อ.เมืองสกลนคร รายงานผลการตั้งจุดตรวจยาเสพติด สัปดาห์ ๒๐-๒๖ ก.ค. ๖๙\nตั้งจุดตรวจ ๗ ครั้ง ตรวจบุคคล ๔๒๐ ราย พบสารเสพติด ๖ ราย ส่งบำบัด ๔ ราย ดำเนินคดี ๒ ราย",
          photos=2, tags=[N(REPORT.format(who="coordinating deputy"))])
    C.say(27, "09:10", "P036",
          "กุดบาก รายงานผลการเตรียมพิธี ๒๘ ก.ค. ประดับธงชาติ ธงตราสัญลักษณ์ครบ ๔ ตำบล ครับ", photos=2,
          tags=[N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")])
    C.say(27, "10:00", "P002", "ขอบคุณทุกอำเภอครับ ผลงานดีมาก ขอให้รักษามาตรฐานไว้ครับ 👍",
          tags=[F("SKN-1", "a vice governor in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first message that shows him here")])
    C.say(27, "11:00", "P081",
          "อ.โพนนาแก้ว รายงานผลการช่วยเหลือผู้ประสบภัย บ้านดอนเชียงบาน มอบถุงยังชีพ ๓๐ ชุด ค่ะ", photos=3,
          tags=[N(REPORT.format(who="district chief"))])
    C.say(27, "11:30", "P061", "อ.อากาศอำนวย รายงานระดับน้ำสงคราม ๐๘.๐๐ น. สูงกว่าตลิ่ง ๓๐ ซม. เฝ้าระวัง ๔ ตำบลครับ", forceid=True,
          tags=[N("ปลัดบอย with the LINE user id of the coordinating deputy of อากาศอำนวย: resolved and admitted, no finding")])
    C.say(27, "13:30", "P040",
          "พรรณานิคม รายงานผลการตรวจร้านค้าจำหน่ายสุรา ๓๕ แห่ง ติดป้ายประกาศงดจำหน่าย ๒๙-๓๐ ก.ค. ครบทุกแห่งครับ",
          tags=[F("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post")])
    C.say(27, "14:20", "P050", "วานรนิวาส รายงานครับ ประชุมกำนันผู้ใหญ่บ้านเตรียมรับมือน้ำท่วม ๑๒ ตำบล เรียบร้อย", photos=1,
          tags=[])
    C.say(27, "15:40", "P063", "สว่างแดนดิน พร้อมพิธีพรุ่งนี้ครับ", photos=2)
    C.say(27, "16:50", "P005", "ขอบคุณครับ")

    # Tuesday 28 (holiday)
    C.say(28, "05:30", "P001", "ทรงพระเจริญ 🙏 ขอบคุณนักปกครองทุกท่านที่ปฏิบัติหน้าที่ในวันหยุดครับ",
          tags=[])
    C.say(28, "08:30", "P027", "อ.เมืองสกลนคร รายงานพิธีทำบุญตักบาตรถวายพระราชกุศล ผู้ร่วมพิธี ๑,๒๐๐ คน", photos=3,
          tags=[N(REPORT.format(who="district chief") + "; sent on a public holiday")])
    C.say(28, "09:15", "P064", "สว่างแดนดิน พิธีตักบาตร ผู้ร่วมพิธี ๘๐๐ คนครับ", photos=2,
          tags=[])
    C.say(28, "10:00", "P075", "โคกศรีสุพรรณ รายงานพิธีและจิตอาสาพัฒนา เรียบร้อยครับ ผู้ร่วม ๖๐๐ คน", photos=3)
    C.say(28, "10:40", "P048", "นิคมน้ำอูน รายงานพิธีเฉลิมพระชนมพรรษา เรียบร้อยครับ", photos=2,
          tags=[N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here")])
    C.say(28, "11:15", "P035", "กุดบาก พิธีเรียบร้อย ผู้ร่วม ๕๐๐ คนครับ", name=NEW_KUDBAK, photos=2,
          tags=[N("the district chief of กุดบาก under his new display name: on the roster, admitted")])
    C.system(28, "14:00", "invite", "P041", target="P043",
             tags=[F("SKN-1", "invitee is a district volunteer officer (volunteer_center_staff), not admitted to นักปกครองสกลนคร", who="จิ๋ว จอส.พังโคน 🌼"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", who="จิ๋ว จอส.พังโคน 🌼"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ชาญณรงค์ นอภ.พังโคน")])
    C.say(28, "14:02", "P041", "เพิ่มน้องจิ๋ว จอส.พังโคน เข้ามาช่วยส่งภาพรายงานครับ")
    C.say(28, "14:10", "P043", "พังโคน รายงานพิธีและจิตอาสาพัฒนา ๒๘ ก.ค. ค่ะ ผู้ร่วม ๖๕๐ คน", photos=3,
          tags=[N("later post of the invited volunteer officer: her membership finding is at the invite")])
    C.say(28, "16:30", "P069", "ส่องดาว รายงานสถานการณ์น้ำป่าบ้านโพนงาม อพยพ ๑๒ ครัวเรือน ดูแลที่ศูนย์พักพิงวัดโพนงามครับ", photos=2,
          tags=[])
    C.say(28, "19:50", "P058", "บ้านม่วง ไฟฟ้ากลับมาใช้ได้ ๑๘.๔๐ น. พิธีจุดเทียนชัยเรียบร้อยครับ", photos=2)

    # Wednesday 29 (holiday)
    C.system(29, "09:40", "join", "น้องฝน ประกันรถยนต์ 🚗",
             tags=[F("OUTSIDER", "not on the roster; joined by the group's QR code (see 09:50)")])
    C.say(29, "09:42", "น้องฝน ประกันรถยนต์ 🚗",
          "สวัสดีค่ะ 🙏 ต่อประกันรถยนต์ ชั้น 1 ผ่อน 0% 10 เดือน พรบ. ราคาพิเศษสำหรับข้าราชการ ทักเลยค่ะ 🚗💨", photos=1)
    C.say(29, "09:50", "P005", "ใครนำคิวอาร์โค้ดกลุ่มไปเผยแพร่ครับ ขอให้ระมัดระวังด้วย กลุ่มนี้เฉพาะนักปกครองครับ")
    C.system(29, "09:51", "remove", "P005", target="น้องฝน ประกันรถยนต์ 🚗",
             tags=[])
    C.say(29, "10:30", "P079", "เจริญศิลป์ รายงานผลการตรวจร้านค้าห้ามจำหน่ายสุรา ๑๘ แห่ง ไม่พบการฝ่าฝืนครับ",
          tags=[])
    C.say(29, "11:10", "P066", "สว่างแดนดิน ตรวจสถานบริการ ๖ แห่ง ปิดทุกแห่งครับ", noid=True,
          tags=[N("display name ปลัดบอย without a user id: fits the coordinating deputy of อากาศอำนวย (admitted) and a deputy of สว่างแดนดิน (not admitted); ambiguous, never judged")])
    C.say(29, "13:00", "P085", "ภูพาน รายงานดินสไลด์ทางขึ้นภูพาน ๑ จุด แขวงทางหลวงเคลียร์แล้วครับ", photos=2,
          tags=[])
    C.say(29, "16:20", "P042", "พังโคน แห่เทียนพรรษาเรียบร้อยครับ ๑๒ คุ้มร่วมขบวน", photos=3)
    C.say(29, "20:30", "P082", "โพนนาแก้ว พิธีเวียนเทียนวัดในพื้นที่เรียบร้อย ไม่มีเหตุครับ")

    # Thursday 30 (holiday)
    C.say(30, "08:00", "P001", "วันเข้าพรรษา ขอให้นักปกครองเป็นแบบอย่างงดเหล้าเข้าพรรษาครับ 🙏")
    C.say(30, "09:30", "P072", "เต่างอย รายงานน้ำท่วมบ้านนาตาล ๒๕ หลังคาเรือน ระดับน้ำ ๕๐ ซม. อำเภอแจกถุงยังชีพแล้วครับ", photos=2,
          tags=[])
    C.say(30, "10:40", "P055", "คำตากล้า ร่วมแห่เทียนพรรษาและลงนามงดเหล้าเข้าพรรษา ๓๒๐ คนครับ", photos=2)
    C.say(30, "13:30", "P033", "กุสุมาลย์ ตรวจสถานบริการและร้านค้า ๒๐ แห่ง เรียบร้อยครับ")
    C.say(30, "15:00", "P045", "วาริชภูมิ แห่เทียนพรรษา ๙ วัด เรียบร้อยครับ", photos=2)

    # Friday 31
    C.say(31, "08:00", "P005",
          "สรุปผลการปฏิบัติงานช่วงวันหยุด ๒๘-๓๐ ก.ค. ทุกอำเภอรายงานครบ ขอบคุณครับ\nสัปดาห์หน้าขอให้รายงานผลการสำรวจความเสียหายนาข้าวในกลุ่มนี้ครับ",
          tags=[])
    C.say(31, "08:05", "P057", "รับทราบครับท่าน")
    C.say(31, "09:30", "P060", "อากาศอำนวย น้ำเริ่มลด ผู้อพยพกลับบ้านแล้ว ๑๔ ครัวเรือนครับ", photos=1)
    C.say(31, "10:15", "P058", "บ้านม่วง สรุปจุดตรวจช่วงวันหยุด ๓ วัน ตรวจ ๒๑๐ ราย ไม่พบสารเสพติดครับ")
    C.say(31, "11:00", "P038", "พรรณานิคม รายงานผลการลงนามงดเหล้าเข้าพรรษา ๔๕๐ คนครับ", photos=1)
    C.say(31, "14:30", "P001", "ขอบคุณทุกอำเภอครับ สัปดาห์นี้ทำงานหนัก ดูแลสุขภาพด้วยครับ 🙏")
    C.sticker(31, "14:32", "P084")
    C.say(31, "14:35", "P074", "ขอบคุณครับท่าน 🙏")
    return C
