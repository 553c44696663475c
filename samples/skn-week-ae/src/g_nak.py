# นักปกครองสกลนคร (nakpokkhrong.jsonl): every message and note written by hand.
from frame import Log

NK = Log("nakpokkhrong.jsonl", "นักปกครองสกลนคร")
COORD_REP = "a coordinating deputy's district report: admitted here (the group is for district reports)"
CHIEF_REP = "a district chief's report or news of his district: the group is for district reports"

# ---------------- Monday 30 March ----------------
NK.t(1, "07:05", "PALAD", "อรุณสวัสดิ์นักปกครองสกลนครทุกท่านครับ สัปดาห์นี้งานหนัก ทั้งน้ำแล้ง ไฟป่า และเตรียมสงกรานต์ สู้ๆ ครับ 💪")
NK.stk(1, "07:08", "SDW.coord")
NK.t(1, "07:10", "KUS.coord", "สวัสดีครับท่านปลัด 🙏")
NK.invite(1, "09:00", "BMW.chief", "BMW.vol",
          truth=[("SKN-1", "BMW.vol", "invitee is a district volunteer officer (volunteer_center_staff), not admitted to นักปกครองสกลนคร"),
                 ("SKN-ALL", "BMW.vol", "roster person not admitted to this group, invited"),
                 ("SKN-ALL", "BMW.chief", "inviter of a roster person not admitted to this group")])
NK.t(1, "09:03", "BMW.vol", "สวัสดีค่ะ รุ่ง จอส.บ้านม่วงค่ะ 🙏")
NK.t(1, "10:30", "MUE.coord", """อำเภอเมืองสกลนคร รายงานผลการแจกจ่ายน้ำอุปโภคบริโภค ๒๙ มี.ค. ๖๙
- รถน้ำ อปท. ๑๒ คัน ๔๘ เที่ยว
- หมู่บ้านได้รับน้ำ ๖ หมู่บ้าน ๙๑๐ ครัวเรือน""", near=COORD_REP)
NK.img(1, "10:31", "MUE.coord", 2)
NK.t(1, "11:45", "KTK.coord", "อำเภอคำตากล้า ประชุมกำนันผู้ใหญ่บ้าน ชี้แจงมาตรการห้ามเผาและการจัดตั้งด่านชุมชน เช้านี้ครับ",
     near="report by a two-role person acting as coordinating deputy (coordinating_deputy|volunteer_center_staff): admitted")
NK.img(1, "11:46", "KTK.coord", 3)
NK.t(1, "13:20", "GOV", "ขอบคุณอำเภอเมืองและคำตากล้าครับ ขอให้ทุกอำเภอรายงานผลงานในกลุ่มนี้สม่ำเสมอครับ 👍",
     near="the governor's praise and instruction: he is a member of this group")
NK.t(1, "15:00", "SDW.chief", "อำเภอส่องดาว ลงพื้นที่ตรวจจุดแจกน้ำบ้านหนองแสง ร่วมกับนายก อบต. ครับ ชาวบ้านได้รับน้ำครบทุกครัวเรือนแล้วครับ",
     near=CHIEF_REP)
NK.img(1, "15:01", "SDW.chief", 2)
R_PNK = NK.t(1, "17:30", "PNK.coord", "อำเภอโพนนาแก้ว จับกุมผู้ลักลอบเผาป่า ๑ ราย บริเวณป่าดงหนองหาร ส่งดำเนินคดีที่ สภ.โพนนาแก้วแล้วครับ",
     name="นายธนภัทร ศรีสุวอ", sender_id="always",
     near="display name with the title นาย (roster: ธนภัทร ศรีสุวอ) and his LINE id: the coordinating deputy of โพนนาแก้ว, admitted")
NK.t(1, "17:36", "PALAD", "เยี่ยมครับ 👍", reply=R_PNK)

# ---------------- Tuesday 31 March ----------------
NK.t(2, "08:00", "TNY.coord", "อำเภอเต่างอยจัดกิจกรรมอำเภอยิ้มเคลื่อนที่ บ้านนาหัวบ่อ ให้บริการทำบัตรประชาชน ๘๕ ราย และรับเรื่องร้องเรียนเรื่องน้ำ ๔ เรื่องครับ",
     near="report by the two-role deputy of เต่างอย acting as coordinating deputy: admitted")
NK.img(2, "08:01", "TNY.coord", 3)
NK.t(2, "10:20", "SWD.x2", """อำเภอสว่างแดนดิน รายงานผลการตรวจสถานบริการครับ
ตรวจร้านจำหน่ายสุรา ๒๔ แห่ง ตักเตือน ๓ แห่ง ไม่พบการจำหน่ายให้เด็กอายุต่ำกว่า ๒๐ ปีครับ""",
     truth=[("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
NK.img(2, "10:21", "SWD.x2", 2)
NK.t(2, "11:15", "WRC.coord", "อำเภอวาริชภูมิ ขุดลอกสระน้ำสาธารณะบ้านปลาโหล ร่วมกับ อบต. เพื่อเก็บกักน้ำไว้ใช้ครับ",
     near="display name ปลัดหนุ่ม fits two roster people: ambiguous, never judged")
NK.img(2, "11:16", "WRC.coord", 2)
NK.t(2, "13:40", "CRS.coord", "อำเภอเจริญศิลป์ มอบน้ำดื่มและถังเก็บน้ำให้ผู้ประสบภัยแล้ง ๓ หมู่บ้าน ร่วมกับเหล่ากาชาดจังหวัดครับ", near=COORD_REP)
NK.img(2, "13:41", "CRS.coord", 3)
NK.t(2, "14:10", "PALAD", "ขอบคุณครับ ฝากดูแลกลุ่มเปราะบางเป็นพิเศษด้วยครับ")
NK.t(2, "16:40", "AKA.coord", "อำเภออากาศอำนวยร่วมกับ อบต.โพนงาม ช่วยเหลือครอบครัวที่บ้านถูกไฟไหม้ มอบเครื่องอุปโภคบริโภคและเงินช่วยเหลือเบื้องต้นครับ",
     near=COORD_REP)
NK.img(2, "16:41", "AKA.coord", 2)
NK.t(2, "19:00", "KSS.chief", "อำเภอโคกศรีสุพรรณ ประชุมคณะกรรมการแก้ไขปัญหาภัยแล้งระดับอำเภอ กำหนดจุดแจกจ่ายน้ำเพิ่ม ๔ จุดค่ะ", near=CHIEF_REP)

# ---------------- Wednesday 1 April ----------------
NK.t(3, "07:20", "KDB.coord", "อำเภอกุดบาก ชุดเฝ้าระวังไฟป่าประจำจุดครบ ๖ จุด ตลอด ๒๔ ชม. ครับ", near=COORD_REP)
NK.img(3, "07:21", "KDB.coord")
NK.t(3, "09:45", "PRN.coord", "อำเภอพรรณานิคม ตั้งด่านชุมชนแล้ว ๘๘ หมู่บ้าน จากทั้งหมด ๑๒๒ หมู่บ้าน คาดว่าครบภายในวันที่ ๘ เม.ย. ครับ", near=COORD_REP)
NK.t(3, "11:30", "PPN.coord", "อำเภอภูพาน ร่วมกับหน่วยป้องกันรักษาป่าทำแนวกันไฟ ๔ กม. บ้านหนองบัว ครับ", near=COORD_REP)
NK.img(3, "11:31", "PPN.coord", 3)
P_VG1 = NK.t(3, "15:00", "VG1", "ขอชื่นชมทุกอำเภอครับ ทำงานกันหนักมาก 👏👏",
     truth=[("SKN-1", "a vice governor in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
NK.t(3, "15:05", "KUS.chief", "ขอบพระคุณท่านรองฯ ครับ 🙏", reply=P_VG1)
NK.t(3, "16:20", "KUS.coord", "อำเภอกุสุมาลย์ สรุปผลการแจกน้ำ ๓๐ - ๓๑ มี.ค. รถน้ำ ๙ คัน ๓๖ เที่ยว ครอบคลุม ๑๑ หมู่บ้านครับ", near=COORD_REP)
NK.t(3, "18:10", "NKN.coord", "อำเภอนิคมน้ำอูน ประชุมกลุ่มผู้ใช้น้ำอ่างน้ำอูน ขอความร่วมมืองดสูบน้ำทำนาปรังรอบ ๒ ตามที่ชลประทานแจ้งครับ", near=COORD_REP)
NK.img(3, "18:11", "NKN.coord")

# ---------------- Thursday 2 April ----------------
NK.t(4, "07:30", "PALAD", "สวัสดีครับ วันนี้บ่ายโมงครึ่งประชุม VCS กรมการปกครองนะครับ ท่านนายอำเภอเข้าเอง ปลัดประสานงานเตรียมห้องให้ด้วยครับ",
     near="the palad's notice: he is a member of this group")
NK.t(4, "07:34", "SDW.coord", "รับทราบครับ")
NK.t(4, "07:35", "BMW.coord", "รับทราบครับท่าน")
NK.t(4, "09:50", "WNN.coord", "อำเภอวานรนิวาส เตรียมจุดแจกน้ำต้อนรับท่านผู้ว่าฯ บ่ายนี้ที่บ้านดอนเขืองครับ", near=COORD_REP)
NK.join(4, "12:10", "!แม่ติ๋ม ปลาร้าบอง", truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
NK.t(4, "12:12", "!แม่ติ๋ม ปลาร้าบอง", "ปลาร้าบองสูตรโบราณ กระปุกละ ๖๐ บาท ของฝากสงกรานต์ ส่งถึงที่ว่าการอำเภอค่ะ 😋")
NK.img(4, "12:12", "!แม่ติ๋ม ปลาร้าบอง", 2)
NK.t(4, "12:30", "PALAD", "แอดมินช่วยนำออกด้วยครับ กลุ่มนี้เฉพาะนักปกครองครับ")
NK.remove(4, "12:32", "MUE.coord", "!แม่ติ๋ม ปลาร้าบอง", near="an admin removing the outsider: a system notice, no finding")
NK.t(4, "16:10", "WNN.chief", "ขอบคุณท่านผู้ว่าฯ ที่มาตรวจจุดแจกน้ำวานรนิวาส ชาวบ้านดีใจมากครับ 🙏", near=CHIEF_REP)
NK.img(4, "16:11", "WNN.chief", 3)
NK.t(4, "17:45", "PKN.coord", "อำเภอพังโคน ตรวจสถานบริการร่วมกับ สภ.พังโคน ๑๒ แห่ง เรียบร้อยดีครับ", near=COORD_REP)

# ---------------- Friday 3 April ----------------
NK.t(5, "08:20", "SWD.coord", "อำเภอสว่างแดนดิน จัดประชุมประจำเดือนกำนันผู้ใหญ่บ้าน มอบนโยบายสงกรานต์ปลอดภัยครับ", near=COORD_REP)
NK.img(5, "08:21", "SWD.coord", 2)
NK.t(5, "10:40", "KTK.chief", "อำเภอคำตากล้า ต้อนรับท่านผู้ว่าฯ ตรวจจุดแจกน้ำบ้านหนองบัวสิม เมื่อวานครับ", near=CHIEF_REP)
NK.img(5, "10:41", "KTK.chief", 2)
NK.t(5, "13:15", "GOV", "ขอบคุณนักปกครองทุกท่านครับ สัปดาห์นี้เห็นผลงานชัดเจน วันหยุดยาวฝากอยู่ประจำพื้นที่ครับ",
     near="the governor's thanks: he is a member of this group")
NK.t(5, "13:18", "MUE.chief", "รับทราบครับท่าน 🙏")
NK.stk(5, "13:20", "CRS.coord")
NK.t(5, "15:30", "SWD.x1", "สว่างแดนดินส่งภาพด่านชุมชนบ้านโคกสีครับ",
     near="display name ปลัดหนุ่ม fits two roster people (coordinating deputy of วาริชภูมิ, a deputy of สว่างแดนดิน): ambiguous, never judged (no SKN-1)")
NK.img(5, "15:31", "SWD.x1", 2)
NK.t(5, "17:00", "TNY.chief", "ขอบคุณทุกท่านครับ หยุดยาวปลอดภัยครับ 🙏")
