# หน.ส่วนราชการ-นอภ.สน. — week AD.  Every message and annotation written by hand.
from frame import Log

HD = Log("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน.")
GOV_ORDER = "the governor's news and orders: allowed in หน.ส่วนราชการ-นอภ.สน."
PR = "an event invitation or public notice (pr): not a report or performance result"

d = 19
g = HD.t(d, "07:00", "GOV",
         "สวัสดีครับ ข้อสั่งการประจำสัปดาห์\n"
         "๑) ไฟป่า-ฝุ่น ทุกส่วนราชการงดการเผาขยะและใบไม้ในหน่วยงานเด็ดขาด\n"
         "๒) ภัยหนาว ส่วนราชการที่มีภารกิจช่วยเหลือ ให้บูรณาการกับอำเภอ อย่าให้ซ้ำซ้อน\n"
         "๓) กีฬาสีราชการ ศุกร์ ๒๓ ม.ค. ขอให้หัวหน้าส่วนราชการนำบุคลากรร่วมงานพร้อมเพรียงกันครับ", N=GOV_ORDER)
HD.t(d, "07:03", "DDPM", "รับทราบครับท่าน", reply=g, N="acknowledgement of the governor's order: not a report")
HD.stk(d, "07:04", "AGRI", N="sticker acknowledging the governor: not a report")
HD.t(d, "07:05", "PRD", "รับทราบค่ะท่าน 🙏", N="acknowledgement: not a report")
HD.t(d, "07:06", "KBK.C", "รับทราบค่ะ", N="acknowledgement by a district chief: not a report")
HD.t(d, "07:10", "EDU", "รับทราบครับ", N="acknowledgement: not a report")
HD.t(d, "07:12", "SWD.C", "รับทราบครับท่าน", N="acknowledgement: not a report")
HD.t(d, "08:30", "PRD", "ข่าวประชาสัมพันธ์จังหวัด: ผู้ว่าฯ สกลนคร ประชุมเตรียมความพร้อมรับมือภัยหนาวและไฟป่า https://skn-prd.example/news/6901-18",
     N="forwarded news item of the PR office: a forward, not a performance report")
HD.t(d, "10:00", "DLT",
     "สรุปผลการตรวจความพร้อมรถโดยสารสาธารณะ ช่วงเทศกาลปีใหม่ ๒๕๖๙ ขนส่งจังหวัดสกลนคร\n"
     "ตรวจรถ ๑,๒๔๐ คัน พนักงานขับรถ ๑,๓๑๖ ราย ตรวจแอลกอฮอล์ไม่พบผู้ฝ่าฝืน สั่งห้ามใช้รถ ๓ คันครับ",
     F=[("SKN-6P", "an agency's performance result (สรุปผลการตรวจ… ช่วงปีใหม่) posted in the group: งดการส่งรายงาน หรือผลการปฏิบัติงาน")])
HD.img(d, "10:00", "DLT", 2)
HD.t(d, "11:30", "EDU",
     "ขอเชิญร่วมพิธีมอบรางวัลครูดีเด่น เนื่องในวันครู ๒๕๖๙ (จัดย้อนหลัง) วันอังคารที่ ๒๗ ม.ค. ๖๙ เวลา ๐๙.๐๐ น. หอประชุมศึกษาธิการจังหวัดครับ",
     N=PR)
HD.t(d, "14:00", "AGRI", "แจ้งเตือนเกษตรกร: ช่วงอากาศหนาวจัด ระวังโรคไหม้ในนาปรัง และงดเผาตอซัง ใช้วิธีไถกลบแทนครับ 🌾", N=PR)
q = HD.t(d, "14:30", "PNK.C", "ท่านเกษตรครับ ปุ๋ยพืชสดแจกรอบนี้ โพนนาแก้วได้กี่กระสอบครับ", N="a question between members: not a report")
HD.t(d, "14:40", "AGRI", "โพนนาแก้ว ๘๐ กระสอบครับท่าน ติดต่อเกษตรอำเภอได้เลยครับ", reply=q, N="an answer between members: not a report")
HD.t(d, "16:45", "POL", "ประชาสัมพันธ์ ช่วงฤดูตัดอ้อย รถบรรทุกอ้อยวิ่งกลางคืนจำนวนมาก ขอให้ประชาชนขับขี่ด้วยความระมัดระวัง เปิดไฟหน้ารถเสมอครับ",
     N="a public warning (pr) from the police head: not a report")

d = 20
HD.t(d, "07:30", "GOV", "ค่าฝุ่นวันนี้สีส้ม ขอให้ทุกส่วนราชการพิจารณาให้บุคลากรกลุ่มเสี่ยงปฏิบัติงานที่บ้านได้ตามความเหมาะสมครับ", N=GOV_ORDER)
HD.t(d, "07:33", "PHO", "รับทราบครับท่าน", N="acknowledgement: not a report")
HD.t(d, "07:35", "CDD", "รับทราบค่ะ", N="acknowledgement: not a report")
HD.t(d, "09:00", "TSP2", "กำหนดการกีฬาสีราชการจังหวัดสกลนคร ศุกร์ ๒๓ ม.ค. ๖๙ และการแบ่งสีของหน่วยงานค่ะ (ส่งแทนท่าน ผอ.กก.สน. ค่ะ)",
     F=[("SKN-6", "a clerk (role staff) of the tourism and sports office posting in the head's place: heads must join in person; first message that shows her here")])
HD.file(d, "09:00", "TSP2", "กำหนดการกีฬาสีราชการ 2569.pdf")
HD.t(d, "09:10", "TSP", "ขอบคุณน้องจิ๋วครับ ท่านหัวหน้าส่วนฯ ตรวจสอบสีของหน่วยงานตามไฟล์ได้เลยครับ ⚽", N=PR)
HD.t(d, "11:00", "AGRI",
     "สรุปผลการดำเนินงานลดการเผาในพื้นที่เกษตร สัปดาห์ที่ ๒ ของเดือนมกราคม\nไถกลบตอซัง ๓,๔๐๐ ไร่ ส่งเสริมอัดฟาง ๑๒๐ ราย "
     "จุดความร้อนในพื้นที่เกษตรลดลงร้อยละ ๑๘ ครับ 🌾",
     F=[("SKN-6P", "an agency's performance report (สรุปผลการดำเนินงาน) posted in the group")])
HD.t(d, "13:30", "IND",
     "แจ้งเพื่อทราบค่ะ ประกาศคณะกรรมการอ้อยและน้ำตาลทราย ฤดูการผลิต ๒๕๖๘/๖๙ อ้อยไฟไหม้หักราคาตันละ ๑๓๐ บาท รายละเอียดตามไฟล์ค่ะ",
     N="an agency forwarding a notice (แจ้งเพื่อทราบ): not a report or result")
HD.file(d, "13:30", "IND", "ประกาศ กอน. อ้อยไฟไหม้ 68-69.pdf")
HD.t(d, "16:00", "VG1", "ขอให้ส่วนราชการที่มีรถบรรทุกน้ำ สนับสนุนอำเภอที่ขอรับการช่วยเหลือไฟป่า โดยประสาน ปภ.จังหวัดครับ",
     N="a vice governor's order: allowed")
HD.t(d, "16:05", "DDPM", "ปภ.สน. พร้อมสนับสนุนครับท่าน", N="a reply: not a report")
HD.t(d, "16:06", "ENV", "ทสจ. พร้อมประสานหน่วยป้องกันไฟป่าครับท่าน", N="a reply to the vice governor's order (readiness): not a report of results")

d = 21
HD.invite(d, "08:00", "ENV", "บุญยืน ทสจ.",
          F=[("SKN-6", "invitee is the deputy of an agency head (role staff): heads must join in person"),
             ("SKN-ALL", "บุญยืน ทสจ.", "roster person not admitted to this group, invited"),
             ("SKN-ALL", "ทสจ.สน. วรเชษฐ์ 🌳", "inviter of a roster person not admitted to this group")])
HD.t(d, "08:05", "ENV2", "สวัสดีครับ บุญยืน ทสจ. ครับ เข้ากลุ่มแทนท่าน ผอ. ช่วงท่านลงพื้นที่ไฟป่าครับ",
     N="later post by the same invitee: no second membership row; a greeting is not a report")
HD.t(d, "08:20", "GOV", "ท่าน ทสจ. ครับ กลุ่มนี้หัวหน้าส่วนราชการต้องอยู่ด้วยตนเองนะครับ", N=GOV_ORDER)
HD.t(d, "08:22", "ENV", "ขออภัยครับท่าน จะนำออกครับ 🙏", N="apology: chat")
HD.remove(d, "08:23", "ENV", "บุญยืน ทสจ.", N="removal: no finding")
HD.join(d, "10:15", "!PR น้ำตาลสกลทอง", F=[("OUTSIDER", "not on the roster; joined by link or QR code")])
HD.t(d, "10:18", "!PR น้ำตาลสกลทอง",
     "สวัสดีค่ะ ฝ่ายกิจการชุมชน บจก.น้ำตาลสกลทอง ค่ะ ขอประชาสัมพันธ์โครงการรับซื้ออ้อยสดราคาพิเศษ ตันละ ๕๐ บาทค่ะ",
     N="the outsider's post: already found at her join")
HD.remove(d, "10:25", "VG1", "PR น้ำตาลสกลทอง", N="removal by a vice governor: no finding")
HD.t(d, "10:26", "VG1", "นำออกแล้วครับ ฝากทุกท่านอย่าเผยแพร่ลิงก์กลุ่มครับ", N="a vice governor's instruction: allowed")
HD.t(d, "14:00", "CDD",
     "ประชาสัมพันธ์ค่ะ งาน OTOP ผ้าย้อมครามสกลนคร ๒๗ ม.ค.–๑ ก.พ. ๖๙ ณ ลานวัฒนธรรมหน้าศาลากลาง ขอเชิญทุกส่วนราชการร่วมอุดหนุนค่ะ 💙",
     N=PR)
HD.img(d, "14:00", "CDD")
HD.t(d, "14:20", "KTK.C", "ขอบพระคุณทุกส่วนราชการที่ส่งพวงหรีดร่วมไว้อาลัยคุณแม่ครับ 🙏", N="thanks: courtesy")
HD.t(d, "14:25", "DDPM", "ขอแสดงความเสียใจด้วยครับท่าน", N="condolence: courtesy")
HD.t(d, "14:26", "PRD", "ขอแสดงความเสียใจค่ะ 🙏", N="condolence: courtesy")
HD.t(d, "14:30", "POL", "ขอแสดงความเสียใจครับ ขอให้ดวงวิญญาณคุณแม่ไปสู่สุคติครับ", N="condolence with ขอให้: courtesy, not a report")

d = 22
HD.t(d, "10:40", "GOV", "ขอบคุณทุกส่วนราชการที่ร่วมทำความสะอาดสนามกีฬาเมื่อเช้าครับ 👏", N="thanks by the governor")
HD.t(d, "08:30", "BMG.C",
     "รายงานผลการแจกจ่ายผ้าห่มกันหนาว อำเภอบ้านม่วง\nได้รับ ๔๐๐ ผืน แจกแล้ว ๓๖๕ ผืน คงเหลือ ๓๕ ผืน ผู้ป่วยติดเตียงได้รับครบ ๔๑ รายครับ",
     F=[("SKN-6P", "a district's performance report (รายงานผลการแจกจ่าย) posted by a district chief in the group")])
HD.img(d, "08:30", "BMG.C", 2)
HD.t(d, "09:15", "CDD",
     "ภาคภูมิใจค่ะ 🎉 สำนักงานพัฒนาชุมชนจังหวัดสกลนคร ได้รับรางวัลหน่วยงานดีเด่นระดับเขต การขับเคลื่อนผ้าย้อมครามสู่ Soft Power ประจำปี ๒๕๖๙ ค่ะ",
     F=[("SKN-6P", "an agency's own achievement (award) posted in the group")])
HD.img(d, "09:15", "CDD")
HD.t(d, "09:20", "GOV", "ยินดีด้วยครับ 👏", N="congratulation by the governor: chat")
HD.t(d, "09:21", "TSP", "ยินดีด้วยครับ 🎉", N="congratulation: chat")
HD.t(d, "09:23", "MUE.C", "ยินดีด้วยครับท่านพัฒนาการ", N="congratulation: chat")
HD.stk(d, "09:25", "IND", N="sticker: chat")
HD.t(d, "13:00", "PHO",
     "แจ้งเตือนสุขภาพ: พรุ่งนี้ค่าฝุ่นช่วงเช้าคาดว่าสีส้ม ช่วงบ่ายดีขึ้น แนะนำงดกิจกรรมกลางแจ้งช่วงเช้า กีฬาสีเริ่มบ่ายเหมาะสมครับ "
     "ผู้มีโรคประจำตัวพกยาติดตัวด้วยครับ", N="health advice (pr): not a report or result")
HD.t(d, "16:00", "GOV", "พรุ่งนี้ขอให้หัวหน้าส่วนราชการทุกท่านร่วมพิธีเปิดกีฬาสีราชการ ๑๓.๐๐ น. แต่งกายตามสีครับ", N=GOV_ORDER)
HD.t(d, "16:02", "TSP", "รับทราบครับท่าน สนามพร้อมครับ ⚽", N="acknowledgement: not a report")
HD.t(d, "16:03", "EDU", "รับทราบครับผม", N="acknowledgement: not a report")
HD.t(d, "16:05", "WNN.C", "รับทราบครับท่าน", N="acknowledgement: not a report")

d = 23
HD.t(d, "07:00", "GOV", "อรุณสวัสดิ์ครับ วันนี้กีฬาสีราชการ เจอกันบ่ายโมงครับ", N="greeting by the governor")
HD.t(d, "08:00", "POL", "ประชาสัมพันธ์ ช่วงบ่ายนี้ ถ.รอบสนามกีฬากลางจังหวัด การจราจรหนาแน่น ขอให้ใช้เส้นทางเลี่ยงครับ", N="traffic information: not a report")
HD.t(d, "10:00", "DDPM", "ปภ.สน. แจ้งเตือน ช่วง ๒๔–๒๖ ม.ค. อุณหภูมิจะลดลงอีก ๒–๓ องศา ครับ", N="a public warning: not a report")
HD.t(d, "10:30", "VG3", "ขอบคุณทุกส่วนราชการที่สนับสนุนรถน้ำช่วยดับไฟป่าภูผักหวานเมื่อวานครับ", N="thanks by a vice governor: chat")
HD.t(d, "10:35", "TNY.C", "เต่างอยขอบคุณทุกหน่วยงานเช่นกันครับ 🙏", N="thanks: courtesy, not a report")
HD.img(d, "13:20", "TSP", 2, N="photos of the opening by the sports office head: pr, not a performance report")
HD.t(d, "13:21", "TSP", "บรรยากาศพิธีเปิดครับ ⚽🏃")
HD.t(d, "17:45", "GOV", "ขอบคุณทุกส่วนราชการและทุกอำเภอครับ งานเรียบร้อยดี ขอให้เดินทางกลับโดยปลอดภัยครับ", N="courtesy using ขอให้: not a report")
HD.t(d, "17:48", "CDD", "ขอบคุณค่ะท่าน 🙏", N="courtesy")
HD.t(d, "17:50", "AKA.C", "ขอบคุณครับท่าน", N="courtesy")

# ---- more of the week's ordinary traffic ---------------------------------------------------------------
d = 19
HD.t(d, "07:15", "POL", "รับทราบครับท่าน", N="acknowledgement: not a report")
HD.t(d, "07:16", "PPN.C", "รับทราบครับท่าน 🙏", N="acknowledgement by a district chief: not a report")
HD.t(d, "09:05", "TSP", "ขอเชิญชวนส่วนราชการส่งนักกีฬาชักเย่อและเปตอง ลงทะเบียนได้ถึงพุธที่ ๒๑ ม.ค. นี้ครับ ⚽", N=PR)
HD.t(d, "12:30", "MSO", "ประชาสัมพันธ์ค่ะ สายด่วน ๑๓๐๐ รับแจ้งผู้สูงอายุ ผู้พิการ ที่ได้รับผลกระทบจากภัยหนาว ตลอด ๒๔ ชม. ค่ะ", N=PR)
HD.img(d, "12:30", "MSO")
HD.t(d, "12:35", "WRC.C", "ขอบคุณครับ จะแจ้งผู้นำชุมชนต่อครับ", N="a reply between members: not a report")
d = 20
HD.t(d, "10:10", "DLT", "ประชาสัมพันธ์ครับ ขนส่งจังหวัดเปิดบริการต่อภาษีรถยนต์นอกเวลา วันเสาร์ ๓๑ ม.ค. ครับ", N=PR)
HD.t(d, "12:00", "EDU", "ประชาสัมพันธ์ครับ วันที่ค่าฝุ่นเกินมาตรฐาน โรงเรียนในสังกัดจะงดกิจกรรมกลางแจ้งช่วงเช้า ขอผู้ปกครองให้บุตรหลานสวมหน้ากากครับ",
     N="a public notice (pr) from the education office: not a report or performance result")
q2 = HD.t(d, "15:10", "KUS.C", "สอบถาม ปภ. ครับ ถ้าอุณหภูมิต่ำกว่า ๘ องศา ๓ วัน ต้องใช้ข้อมูลสถานีไหนครับ", N="a question between members: not a report")
HD.t(d, "15:20", "DDPM", "ใช้สถานีอุตุนิยมวิทยาสกลนคร หรือสถานีวัดอุณหภูมิของอุทยานฯ ที่ ปภ.รับรองครับท่าน", reply=q2, N="an answer between members: not a report")
HD.t(d, "15:21", "KUS.C", "ขอบคุณครับ 🙏", N="thanks: chat")
d = 21
HD.t(d, "06:45", "GOV", "สุขสันต์วันเกิดท่านรองฯ ณัฐพลครับ 🎂", N="birthday wish: courtesy")
HD.t(d, "06:48", "TSP", "HBD ครับท่านรองฯ 🎉", N="courtesy")
HD.t(d, "06:50", "PRD", "สุขสันต์วันเกิดค่ะท่าน ขอให้สุขภาพแข็งแรงค่ะ 🎂", N="birthday wish using ขอให้: courtesy")
HD.stk(d, "06:52", "SDW.C", N="sticker: courtesy")
HD.t(d, "07:05", "VG3", "ขอบคุณทุกท่านครับ 🙏")
HD.t(d, "09:30", "PRD", "ข่าวประชาสัมพันธ์: จังหวัดสกลนครรณรงค์ \"ลดเผา ลดฝุ่น\" ขอความร่วมมือประชาชนงดเผาทุกชนิด https://skn-prd.example/news/6901-21",
     N="forwarded campaign news: a forward, not a performance report")
HD.t(d, "11:15", "PHO", "คำแนะนำ: หน่วยงานที่มีบุคลากรปฏิบัติงานกลางแจ้ง ขอรับหน้ากาก N95 ได้ที่ สสจ. ห้อง ๑๐๒ ครับ", N=PR)
d = 22
HD.t(d, "11:00", "TSP", "แจ้งจุดจอดรถงานกีฬาสีพรุ่งนี้ ลานจอดรถฝั่งหนองหาร และสนามเทนนิสครับ", N=PR)
HD.img(d, "11:00", "TSP")
HD.t(d, "11:10", "PNK.C", "ขอบคุณครับ", N="thanks: chat")
HD.t(d, "14:30", "AGRI", "ขอเชิญร่วมงานวันถ่ายทอดเทคโนโลยีการเกษตร ๓๐ ม.ค. ๖๙ ศูนย์วิจัยข้าวสกลนครครับ 🌾", N=PR)
d = 23
HD.t(d, "07:05", "SWD.C", "สวัสดีครับท่าน 🙏", N="greeting: chat")
HD.t(d, "07:06", "IND", "อรุณสวัสดิ์ค่ะ", N="greeting: chat")
HD.stk(d, "07:08", "DLT", N="sticker: chat")
HD.t(d, "15:30", "EDU", "ศธจ.สีส้มครับ ขอบคุณทีมเชียร์ทุกท่าน 🧡", N="chat")
HD.t(d, "15:32", "KBK.C", "สีชมพูเชียร์ไม่แพ้ค่ะ 😄", N="chat")
HD.t(d, "18:20", "MSO", "ขอบคุณค่ะ เดินทางปลอดภัยทุกท่านนะคะ", N="courtesy")
