# นักปกครองสกลนคร — week AD.  Every message and annotation written by hand.
from frame import Log

NK = Log("nakpokkhrong.jsonl", "นักปกครองสกลนคร")
REP = "a district's performance report by its chief or coordinating deputy: what this group is for"

d = 19
NK.t(d, "07:30", "PALAD",
     "สวัสดีวันจันทร์ครับ สัปดาห์นี้ขอให้อำเภอรายงานผลการปฏิบัติงานสำคัญในกลุ่มนี้ตามปกติ เน้นเรื่องไฟป่า-ฝุ่น และภัยหนาวครับ",
     N="the palad's post: admitted (palad)")
NK.stk(d, "07:33", "MUE.K", N="sticker by a coordinating deputy: admitted")
NK.t(d, "09:30", "SWD.K",
     "อ.สว่างแดนดิน ประชุมกำนัน ผู้ใหญ่บ้าน ประจำเดือนมกราคม ๒๕๖๙ ณ หอประชุมอำเภอ เน้นย้ำมาตรการห้ามเผา ภัยหนาว และยาเสพติดครับ", N=REP)
NK.img(d, "09:30", "SWD.K", 3)
NK.t(d, "10:40", "KBK.K", "อ.กุดบาก ออกหน่วยบำบัดทุกข์ บำรุงสุข ต.นาม่อง ให้บริการทำบัตรประชาชน ๔๒ ราย รับเรื่องร้องเรียน ๓ เรื่องครับ",
     N="report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")
NK.img(d, "10:40", "KBK.K", 2)
NK.t(d, "13:20", "MUE.C", "นอภ.เมืองสกลนคร ตรวจเยี่ยมผู้ป่วยติดเตียง ต.ธาตุเชิงชุม มอบผ้าห่มและถุงยังชีพ ๑๕ รายครับ", N=REP)
NK.img(d, "13:20", "MUE.C", 2)
NK.t(d, "15:00", "GOV", "👍 ขอบคุณครับ", N="the governor: admitted")
NK.t(d, "16:30", "KTK.K", "อ.คำตากล้า ตรวจจุดความร้อน ต.หนองบัวสิม ๒ จุด เป็นการเผาเศษวัชพืช ว่ากล่าวตักเตือนแล้วค่ะ", N=REP)
NK.img(d, "16:30", "KTK.K")

d = 20
NK.t(d, "07:10", "KUS.K", "อรุณสวัสดิ์ครับ 🙏",
     N="display name ปลัดเบียร์ fits two roster people: ambiguous, never judged (one of them, a deputy of วานรนิวาส, would not be admitted here)")
NK.t(d, "08:00", "TNY.K", "อ.เต่างอย ตั้งจุดสกัดการลักลอบเผาป่า บ้านนาเตย ร่วมกับ อส. และอุทยานฯ ครับ", N=REP)
NK.img(d, "08:00", "TNY.K", 2)
NK.img(d, "10:15", "SDW.V", 2,
       F=[("SKN-1", "a district volunteer officer (volunteer_center_staff) posting in นักปกครองสกลนคร, which admits the governor, palad, district chiefs and coordinating deputies; first message that shows him here")])
NK.t(d, "10:16", "SDW.V", "จิตอาสา อ.ส่องดาว ทำแนวกันไฟ ป่าชุมชนบ้านโพนงาม ครับ", N="caption of the same post: no second membership row")
NK.t(d, "10:40", "PALAD", "ทองสุขครับ กลุ่มนี้สำหรับนายอำเภอและปลัดอำเภอประสานงาน ผลงานจิตอาสาส่งกลุ่ม ศอ.จอส. นะครับ",
     N="the palad pointing a member to the right group: not an order with a duty here")
NK.t(d, "11:30", "PHN.C", "อ.พรรณานิคม ร่วมพิธีรับมอบผ้าห่มกันหนาวจากมูลนิธิฯ ๕๐๐ ผืน ณ ที่ว่าการอำเภอครับ", N=REP)
NK.img(d, "11:30", "PHN.C", 2)
NK.t(d, "14:15", "NKN.K", "อ.นิคมน้ำอูน ประชุมคณะกรรมการหมู่บ้าน ๔ ตำบล ชี้แจงมาตรการห้ามเผาครับ", N=REP)
NK.t(d, "16:10", "WRC.K", "อ.วาริชภูมิ รายงานการแจกจ่ายผ้าห่มกันหนาว ได้รับ ๓๐๐ แจกแล้ว ๓๐๐ คงเหลือ ๐ ครับ",
     N="a district report by a coordinating deputy: allowed here; it does not answer ศอ.จอส.จว.สน.'s O4, which asks for a report in that group (re-sent there Wednesday 10:20)")
NK.img(d, "16:10", "WRC.K", 2)
NK.t(d, "16:30", "PALAD", "ปลัดนันท์ครับ เรื่องผ้าห่มรายงานในกลุ่ม ศอ.จอส.จว.สน. ด้วยนะครับ",
     N="the palad's hint in this group: it creates no duty here and moves no deadline in ศอ.จอส.จว.สน.")
NK.t(d, "16:32", "WRC.K", "รับทราบครับ 🙏", N="acknowledgement by a coordinating deputy: admitted")
NK.t(d, "18:00", "CRS.K", "อ.เจริญศิลป์ ออกตรวจเยี่ยมผู้สูงอายุอยู่ลำพัง ต.ทุ่งแก ๘ ราย ครับ",
     N="report by the other two-role person acting as coordinating deputy: admitted")
NK.img(d, "18:00", "CRS.K", 2)

d = 21
NK.t(d, "07:00", "GOV", "อรุณสวัสดิ์ครับ ขอบคุณทุกอำเภอที่รายงานเข้ามาครับ ไฟป่าช่วงนี้ขอให้เฝ้าระวังกลางคืนด้วยครับ", N="the governor: admitted")
NK.t(d, "09:00", "PPN.K", "อ.ภูพาน ทำแนวกันไฟร่วมกับอุทยานแห่งชาติภูพาน ๓ กม. และตั้งเวรยามเฝ้าระวังไฟป่า ๘ จุดครับ", N=REP)
NK.img(d, "09:00", "PPN.K", 3)
NK.t(d, "11:00", "NKN.C", "อ.นิคมน้ำอูน มอบผ้าห่มผู้ป่วยติดเตียง ต.สุวรรณคาม ร่วมกับ อบต. และ รพ.สต. ค่ะ", N=REP)
NK.img(d, "11:00", "NKN.C", 2)
NK.invite(d, "14:00", "SWD.C", "ปลัดเจมส์ สว่างแดนดิน",
          F=[("SKN-1", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy"),
             ("SKN-ALL", "ปลัดเจมส์ สว่างแดนดิน", "roster person not admitted to this group, invited"),
             ("SKN-ALL", "นอภ.สว่างแดนดิน ชยพล", "inviter of a roster person not admitted to this group")])
NK.t(d, "14:05", "SWD.D1", "สวัสดีครับ ปลัดเจมส์ สว่างแดนดิน ครับ 🙏", N="later post by the same invitee: no second membership row")
NK.t(d, "14:30", "PALAD", "ท่าน นอภ.สว่างฯ ครับ ปลัดเจมส์ไม่ได้เป็นปลัดประสานงาน ขออนุญาตนำออกก่อนนะครับ", N="the palad on membership: admitted")
NK.remove(d, "14:31", "PALAD", "ปลัดเจมส์ สว่างแดนดิน", N="removal: no finding")
NK.t(d, "15:30", "PHN.C",
     "ขอแสดงความยินดีกับชาวพรรณานิคมครับ 🎉 อ.พรรณานิคม ได้รับรางวัลอำเภอดีเด่นด้านการแก้ไขปัญหายาเสพติด ระดับเขต ประจำปี ๒๕๖๙ ครับ",
     N="a district's own achievement (PR) in นักปกครองสกลนคร: allowed here (the heads' group is where such posts are barred)")
NK.img(d, "15:30", "PHN.C")
NK.t(d, "15:35", "GOV", "ยินดีด้วยครับ 👏👏", N="congratulation: chat")
NK.t(d, "15:36", "PALAD", "ยินดีด้วยครับท่านอำนาจ", N="congratulation: chat")
NK.t(d, "15:40", "AKA.K", "ยินดีด้วยครับ 🎉", N="congratulation by a coordinating deputy: admitted")
NK.t(d, "16:20", "WNN.K", "อ.วานรนิวาส ร่วมกับโรงงานน้ำตาล ชี้แจงชาวไร่เรื่องหักราคาอ้อยไฟไหม้ ๓ ตำบลครับ", N=REP)
NK.img(d, "16:20", "WNN.K", 2)

d = 22
NK.t(d, "08:30", "KSS.K", "อ.โคกศรีสุพรรณ จิตอาสาร่วมทำความสะอาดสนามกีฬากลางจังหวัด เช้านี้ ๕๐ คนครับ", N=REP)
NK.img(d, "08:30", "KSS.K", 2)
NK.t(d, "10:00", "!ผ้าครามแม่ปุ๋ย บ้านนาโดน",
     "ผ้าครามทอมือแท้ บ้านนาโดน ผืนละ ๕๕๐ บาท ส่วนราชการสั่งทำของที่ระลึกลดพิเศษ ๑๐% ค่ะ สนใจทักได้เลยนะคะ 💙",
     F=[("OUTSIDER", "not on the roster; seen by her first post (no join notice in the log)")])
NK.img(d, "10:00", "!ผ้าครามแม่ปุ๋ย บ้านนาโดน", 2)
NK.remove(d, "10:10", "PALAD", "ผ้าครามแม่ปุ๋ย บ้านนาโดน", N="removal: no finding")
NK.t(d, "10:11", "PALAD", "ขออนุญาตนำออกครับ ไม่ทราบใครเพิ่มเข้ามา ฝากทุกท่านระวังการแชร์ลิงก์กลุ่มครับ", N="the palad on membership: admitted")
NK.t(d, "11:45", "SDW.C", "อ.ส่องดาว ประชุมเชิงปฏิบัติการหมู่บ้านเฝ้าระวังไฟป่า ๑๒ หมู่บ้านค่ะ", N=REP)
NK.img(d, "11:45", "SDW.C", 2)
NK.t(d, "14:00", "BMG.K", "อ.บ้านม่วง ร่วมกับ ตม. ตรวจสอบแรงงานต่างด้าวในแคมป์ตัดอ้อย ต.มาย ๔ แคมป์ ไม่พบการกระทำผิดครับ", N=REP)
NK.img(d, "14:00", "BMG.K", 2)
NK.t(d, "17:00", "PNK.K", "อ.โพนนาแก้ว ประชาสัมพันธ์รับสมัคร อส. ผ่านหอกระจายข่าวทุกหมู่บ้านครับ", N=REP)

d = 23
NK.t(d, "07:15", "GOV", "อรุณสวัสดิ์ครับ วันนี้พบกันงานกีฬาสีครับ ⚽", N="the governor: admitted")
NK.stk(d, "07:18", "PKN.K", N="sticker by a coordinating deputy: admitted")
NK.t(d, "07:20", "TNY.C", "สวัสดีครับท่าน 🙏", N="a district chief: admitted")
NK.t(d, "09:30", "AKA.K", "อ.อากาศอำนวย ออกหน่วยบริการทำบัตรประชาชนถึงบ้านผู้ป่วยติดเตียง ต.โพนงาม ๖ ราย ครับ", N=REP)
NK.img(d, "09:30", "AKA.K", 2)
NK.t(d, "10:45", "KUS.C", "อ.กุสุมาลย์ ติดตามการดำเนินคดีผู้ลักลอบเผา ต.นาโพธิ์ ๑ ราย อยู่ระหว่างสอบสวนครับ", N=REP)
NK.t(d, "16:00", "MUE.K", "บรรยากาศกีฬาสีครับ อ.เมืองฯ เจ้าภาพ ขอบคุณทุกอำเภอครับ 🙏", N="chat by a coordinating deputy: admitted")
NK.img(d, "16:00", "MUE.K", 3)
NK.t(d, "16:10", "WNN.C", "ปีนี้สนุกมากครับ ขอบคุณเจ้าภาพครับ 😄", N="chat: admitted")
NK.t(d, "16:15", "PHN.K", "ปีหน้าพรรณาฯ ขอแก้มือฟุตบอลครับ 😂", N="a joke by a coordinating deputy: admitted")
NK.t(d, "18:00", "PALAD", "ขอบคุณทุกท่านครับ สัปดาห์หน้าประชุมกรมการจังหวัดพุธที่ ๒๘ ม.ค. นะครับ", N="the palad: admitted")

# ---- more of the week's ordinary traffic ---------------------------------------------------------------
d = 19
NK.t(d, "11:50", "PNK.C", "อ.โพนนาแก้ว ลงพื้นที่ตรวจจุดความร้อน ต.บ้านแป้น ร่วมกับจิตอาสาและผู้ใหญ่บ้านครับ",
     N="a district chief's report in นักปกครองสกลนคร: allowed here; it is not an answer to ศอ.จอส.จว.สน.'s O2, which asks for a report in that group")
NK.img(d, "11:50", "PNK.C", 2)
d = 20
NK.t(d, "09:10", "SDW.K", "อ.ส่องดาว ประชุมประจำเดือนกำนันผู้ใหญ่บ้าน เน้นย้ำห้ามเผาและยาเสพติดครับ", N=REP)
NK.img(d, "09:10", "SDW.K", 2)
d = 21
NK.t(d, "10:15", "AKA.C", "อ.อากาศอำนวย ตรวจเยี่ยมผู้สูงอายุอยู่ลำพัง ต.วาใหญ่ มอบผ้าห่ม ๒๐ ผืนครับ", N=REP)
NK.img(d, "10:15", "AKA.C", 2)
d = 22
NK.t(d, "15:20", "KTK.K", "อ.คำตากล้า จัดเวรยามเฝ้าระวังไฟป่าดงคำตากล้า ๔ จุด ช่วงกลางคืนค่ะ", N=REP)
NK.img(d, "15:20", "KTK.K")
