# ข้อสั่งการ ปค.สน. and ข้อสั่งการ ปจ.สน. — week AD.  Every message and annotation written by hand.
from frame import Log

PK = Log("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน.")
PJ = Log("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน.")

OFFICE_ORDER = "the provincial office's own order with its letter: allowed (the group is for exactly this)"
OFFICE_ATT = "the office's attachment sent with its own order: part of an allowed order post"

# =====================================================================================================
# ข้อสั่งการ ปค.สน.
# =====================================================================================================
d = 19
PK.t(d, "08:15", "ADM1",
     "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๑๒๑ ลงวันที่ ๑๖ มกราคม ๒๕๖๙\nเรื่อง เร่งรัดมาตรการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ปี ๒๕๖๙\n"
     "เรียน นายอำเภอ ทุกอำเภอ\nรายละเอียดตามไฟล์แนบ", N=OFFICE_ORDER)
PK.file(d, "08:16", "ADM1", "สน0018.3-ว121 ไฟป่าหมอกควัน69.pdf", N=OFFICE_ATT)
PK.stk(d, "08:22", "KBK.C", F=[("SKN-2P", "sticker by a district chief after an order: members may not answer in this group")])
o_rs = PK.t(d, "08:30", "ADM2",
            "ที่ สน ๐๐๑๘.๒/ว ๑๒๘ ลว. ๑๖ ม.ค. ๒๕๖๙\nเรื่อง ขอให้ตรวจสอบข้อมูลผู้เสียชีวิตจากอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ ๒๕๖๙ ให้ตรงกับข้อมูล ๓ ฐาน\n"
            "เรียน นายอำเภอทุกอำเภอ\nแจ้งผลทางระบบ ศปถ. ภายในวันที่ ๒๑ ม.ค. ๖๙", N=OFFICE_ORDER)
PK.img(d, "08:31", "ADM2", 2, N=OFFICE_ATT)
PK.t(d, "08:41", "PPN.K", "รับทราบครับ", F=[("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer")])
q1 = PK.t(d, "09:05", "AKA.K", "สอบถามครับ ยอดผู้เสียชีวิตให้นับตามจุดเกิดเหตุ หรือตามภูมิลำเนาผู้ตายครับ", reply=o_rs,
          F=[("SKN-2P", "question by a coordinating deputy (a reply to the order): members may not ask in this group")])
PK.t(d, "09:12", "ADM2", "เรียนทุกอำเภอ นับตามจุดเกิดเหตุครับ ตามแนวทาง ศปถ.", reply=q1,
     N="the office answering a question: the office may post in its own group (the question is the finding)")
PK.t(d, "10:40", "ADM3",
     "แจ้งกำหนดการประชุมกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนมกราคม ๒๕๖๙\nวันพุธที่ ๒๘ มกราคม ๒๕๖๙ เวลา ๐๙.๓๐ น.\n"
     "ณ ห้องประชุมพระธาตุเชิงชุม ชั้น ๓ ศาลากลางจังหวัดสกลนคร\nขอเชิญนายอำเภอทุกอำเภอเข้าร่วมประชุมโดยพร้อมเพรียงกัน", N=OFFICE_ORDER)
PK.file(d, "10:41", "ADM3", "ระเบียบวาระประชุม กจ. ม.ค.69.pdf", N=OFFICE_ATT)
PK.t(d, "13:10", "SDW.C", "🙏", F=[("SKN-2P", "🙏 alone by a district chief: an acknowledgement")])
PK.t(d, "14:00", "ADM1",
     "ที่ มท ๐๓๑๐.๔/ว ๒๒๕ ลว. ๑๕ ม.ค. ๒๕๖๙\nเรื่อง การให้บริการจัดทำบัตรประจำตัวประชาชนนอกสถานที่ สำหรับผู้สูงอายุและผู้ป่วยติดเตียง\n"
     "เรียน นอภ.ทุกอำเภอ\nให้อำเภอประชาสัมพันธ์และจัดชุดบริการเคลื่อนที่ถึงบ้าน รายละเอียดตามไฟล์แนบ", N=OFFICE_ORDER)
PK.file(d, "14:01", "ADM1", "มท0310.4-ว225 บัตรติดเตียง.pdf", N=OFFICE_ATT)
PK.t(d, "14:20", "KUS.K", "รับทราบครับ",
     N="display name ปลัดเบียร์ fits two roster people (coordinating deputy of กุสุมาลย์, deputy of วานรนิวาส): ambiguous, never judged (no SKN-2P)")
PK.t(d, "16:30", "ADM2",
     "ฝ่ายความมั่นคง ปค.จ.สน. แจ้งเตือน\nกรมอุตุนิยมวิทยาประกาศ อุณหภูมิลดลง ๒–๔ องศา ระหว่าง ๑๙–๒๓ ม.ค. ๖๙ ยอดภูอุณหภูมิ ๓–๖ องศา\n"
     "ขอให้อำเภอเตรียมการช่วยเหลือผู้ประสบภัยหนาวตามแนวทาง ปภ. และรายงานเหตุสำคัญทันที", N=OFFICE_ORDER)
PK.img(d, "16:31", "ADM2", N=OFFICE_ATT)

d = 20
PK.t(d, "08:20", "ADM1",
     "ที่ มท ๐๓๐๗.๑/ว ๑๗๒ ลว. ๑๔ ม.ค. ๒๕๖๙\nเรื่อง การรับสมัครบุคคลเข้ารับการฝึกอบรมเป็นสมาชิกกองอาสารักษาดินแดน ประจำปี ๒๕๖๙\n"
     "เรียน นอภ.ทุกอำเภอ\nขอให้ประชาสัมพันธ์การรับสมัครให้ประชาชนทราบโดยทั่วกัน รับสมัคร ๒ – ๒๗ ก.พ. ๖๙", N=OFFICE_ORDER)
PK.file(d, "08:21", "ADM1", "ประกาศรับสมัคร อส. 2569.pdf", N=OFFICE_ATT)
PK.t(d, "08:26", "KSS.K", "รับทราบครับผม", F=[("SKN-2P", "acknowledgement by a coordinating deputy")])
PK.t(d, "10:00", "ADM2",
     "เรียน นอภ.ทุกอำเภอ\nอำเภอใดมีอุณหภูมิต่ำสุดไม่เกิน ๘ องศาเซลเซียส ติดต่อกัน ๓ วัน ให้พิจารณาประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว) "
     "ตามระเบียบกระทรวงการคลังฯ แล้วแจ้ง ปภ.จังหวัดทราบโดยด่วน", N=OFFICE_ORDER)
PK.img(d, "10:01", "ADM2", 2, N=OFFICE_ATT)
PK.t(d, "14:30", "PALAD",
     "เรียน นอภ.ทุกอำเภอ\nตามข้อสั่งการท่านผู้ว่าฯ ให้อำเภอประสานโรงงานน้ำตาลในพื้นที่ ตรวจสอบปริมาณอ้อยไฟไหม้ที่ส่งเข้าหีบรายวัน "
     "และประชาสัมพันธ์มาตรการหักเงินอ้อยไฟไหม้ให้ชาวไร่ทราบทั่วกันครับ",
     N="the provincial palad's order in the office's group: the palad is the office")
PK.invite(d, "15:05", "PNK.K", "ลำดวน จอส.โพนนาแก้ว",
          F=[("SKN-2", "invitee is a district volunteer officer (volunteer_center_staff): ข้อสั่งการ ปค.สน. admits the palad, district chiefs, coordinating deputies and the office"),
             ("SKN-ALL", "ลำดวน จอส.โพนนาแก้ว", "roster person not admitted to this group, invited"),
             ("SKN-ALL", "ปลัดชิต โพนนาแก้ว", "inviter of a roster person not admitted to this group")])
PK.t(d, "15:10", "PNK.V", "สวัสดีค่ะ ลำดวน จอส.โพนนาแก้ว ค่ะ ขอฝากเนื้อฝากตัวด้วยนะคะ 🙏",
     F=[("SKN-2P", "greeting by the invited volunteer officer: a member's post in the office-only group")])
PK.remove(d, "15:32", "ADM1", "ลำดวน จอส.โพนนาแก้ว", N="the office removing an ineligible member: no finding")
PK.t(d, "15:33", "ADM1", "ขออนุญาตนำเจ้าหน้าที่จิตอาสาออกนะคะ กลุ่มนี้สำหรับนายอำเภอและปลัดอำเภอประสานงานเท่านั้น ตามหนังสือจังหวัดค่ะ 🙏",
     N="the office explaining the group's membership: allowed")
PK.t(d, "19:40", "BMG.C",
     "บ้านม่วงรายงานผ้าห่มกันหนาวครับ\nได้รับ ๔๐๐ ผืน แจกแล้ว ๓๖๕ ผืน คงเหลือ ๓๕ ผืน",
     F=[("SKN-2P", "a district's report (blankets) posted by its chief in the office-only group; he re-sends it to ศอ.จอส.จว.สน. at 20:05")])
PK.img(d, "19:40", "BMG.C", 2)

d = 21
PK.t(d, "08:15", "ADM1",
     "ด่วนที่สุด\nที่ สน ๐๐๑๘.๑/ว ๑๔๐ ลว. ๒๐ ม.ค. ๒๕๖๙\nเรื่อง การป้องกันอัคคีภัยในฤดูหนาว (การก่อไฟผิง การใช้เครื่องทำความร้อน)\n"
     "เรียน นายอำเภอทุกอำเภอ\nรายละเอียดตามสิ่งที่ส่งมาด้วย", N=OFFICE_ORDER)
PK.img(d, "08:16", "ADM1", 3, N=OFFICE_ATT)
PK.t(d, "08:25", "PHN.D1", "รับทราบค่ะ",
     F=[("SKN-2", "an ordinary deputy (deputy_district_chief) shown in the group by her first post"),
        ("SKN-2P", "acknowledgement by a member who is not the office")])
PK.t(d, "08:30", "NKN.K", "ทราบครับผม", F=[("SKN-2P", "acknowledgement by a coordinating deputy")])
o_death = PK.t(d, "11:00", "ADM3",
               "แจ้งข่าวถึงแก่กรรม\nคุณแม่บุญเรือง ศรีหาวงศ์ มารดาของนายเอกชัย ศรีหาวงศ์ นายอำเภอคำตากล้า ถึงแก่กรรมเมื่อวันที่ ๒๐ ม.ค. ๖๙\n"
               "สวดพระอภิธรรม ๒๑–๒๓ ม.ค. ๖๙ เวลา ๑๙.๐๐ น. ณ บ้านพัก ต.คำตากล้า\nฌาปนกิจ วันเสาร์ที่ ๒๔ ม.ค. ๖๙ เวลา ๑๕.๐๐ น. ณ เมรุวัดโพธิ์ศรีคำตากล้า",
               N="the office's own notice of a death: the office may post")
PK.t(d, "11:06", "AKA.C", "ขอแสดงความเสียใจกับท่านนอภ.คำตากล้าและครอบครัวด้วยครับ 🙏", reply=o_death,
     F=[("SKN-2P", "condolence (a reply) by a district chief: members may not answer in this group")])
PK.t(d, "11:20", "PALAD",
     "ขอความร่วมมือทุกอำเภอร่วมเป็นเจ้าภาพสวดพระอภิธรรม คืนวันศุกร์ที่ ๒๓ ม.ค. ในนามนายอำเภอและปลัดอำเภอจังหวัดสกลนครครับ",
     N="the palad (the office) asking districts to host a funeral rite: allowed")
PK.t(d, "14:00", "ADM2",
     "ที่ สน ๐๐๑๘.๒/ว ๑๔๖ ลว. ๒๐ ม.ค. ๒๕๖๙\nเรื่อง การตรวจสอบแรงงานต่างด้าวในช่วงฤดูตัดอ้อย\nเรียน นายอำเภอทุกอำเภอ\n"
     "ให้อำเภอร่วมกับ ตม. และแรงงานจังหวัด ตรวจสอบแรงงานต่างด้าวในไร่อ้อยและแคมป์คนงาน", N=OFFICE_ORDER)
PK.file(d, "14:01", "ADM2", "สน0018.2-ว146 แรงงานต่างด้าวตัดอ้อย.pdf", N=OFFICE_ATT)
PK.t(d, "16:45", "KTK.C", "ขอบพระคุณทุกท่านครับ 🙏",
     F=[("SKN-2P", "thanks by the bereaved district chief: a member's post in the office-only group")])

d = 22
PK.t(d, "07:30", "CRS.C", "สุขสันต์วันเกิดท่านปลัดจังหวัดครับ 🎂 ขอให้สุขภาพแข็งแรงครับ",
     F=[("SKN-2P", "birthday wish (chat) by a district chief in the office-only group")])
o_sport = PK.t(d, "08:10", "ADM2",
               "ที่ สน ๐๐๑๘.๒/ว ๑๕๑ ลว. ๒๑ ม.ค. ๒๕๖๙\nเรื่อง การแต่งกายและการเข้าร่วมพิธีเปิดการแข่งขันกีฬาสีราชการจังหวัดสกลนคร ประจำปี ๒๕๖๙\n"
               "ขอให้นายอำเภอและปลัดอำเภอร่วมพิธีเปิด วันศุกร์ที่ ๒๓ ม.ค. ๖๙ เวลา ๑๓.๐๐ น. แต่งกายชุดกีฬาตามสีที่กำหนด (ไฟล์แนบ)", N=OFFICE_ORDER)
PK.file(d, "08:11", "ADM2", "แบ่งสีกีฬาราชการ69.pdf", N=OFFICE_ATT)
PK.stk(d, "08:20", "WNN.K", F=[("SKN-2P", "sticker by a coordinating deputy after an order")])
q2 = PK.t(d, "11:10", "PKN.C", "พังโคนอยู่สีอะไรครับ ไฟล์เปิดไม่ได้ครับ", reply=o_sport,
          F=[("SKN-2P", "question by a district chief (reply to the order): members may not ask")])
PK.t(d, "11:25", "ADM2", "พังโคนสีฟ้าครับ แนบไฟล์ใหม่ครับ", reply=q2, N="the office re-sending its attachment with an answer: allowed")
PK.file(d, "11:25", "ADM2", "แบ่งสีกีฬาราชการ69 (แก้ไข).pdf", N=OFFICE_ATT)
PK.t(d, "13:30", "ADM1",
     "ที่ มท ๐๓๑๙/ว ๓๐๑ ลว. ๑๙ ม.ค. ๒๕๖๙\nเรื่อง เร่งรัดการแก้ไขเรื่องร้องเรียนของศูนย์ดำรงธรรมอำเภอ ที่ค้างดำเนินการเกิน ๓๐ วัน\n"
     "เรียน นอภ.ทุกอำเภอ\nรายละเอียดตามไฟล์แนบ", N=OFFICE_ORDER)
PK.file(d, "13:31", "ADM1", "มท0319-ว301 ดำรงธรรม.pdf", N=OFFICE_ATT)
PK.join(d, "19:20", "!Ton ประกันรถ 🚗", F=[("OUTSIDER", "not on the roster; joined by link or QR code")])
PK.remove(d, "19:35", "ADM1", "Ton ประกันรถ 🚗", N="the office removing the outsider: no finding")

d = 23
PK.t(d, "08:30", "ADM2",
     "ที่ สน ๐๐๑๘.๒/ว ๑๕๖ ลว. ๒๒ ม.ค. ๒๕๖๙\nเรื่อง สรุปข้อมูลผู้เสียชีวิตจากอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ ๒๕๖๙ (ข้อมูลยืนยัน ๓ ฐาน)\n"
     "เรียน นอภ.ทุกอำเภอ\nเพื่อทราบ", N=OFFICE_ORDER)
PK.file(d, "08:31", "ADM2", "สรุปผู้เสียชีวิตปีใหม่69 3ฐาน.xlsx", N=OFFICE_ATT)
PK.t(d, "08:40", "NKN.C", "รับทราบค่ะ 🙏", F=[("SKN-2P", "acknowledgement by a district chief")])
PK.t(d, "10:00", "PALAD",
     "เรียน นอภ.ทุกอำเภอ\nย้ำการใช้กลุ่มไลน์ตามหนังสือจังหวัด ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลว. ๒๐ พ.ย. ๒๕๖๘ "
     "กลุ่มนี้ใช้ส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัดถึงอำเภอเท่านั้น ไม่ต้องตอบรับ ไม่ต้องสอบถามหรือโต้ตอบในกลุ่ม "
     "หากมีข้อสงสัยโทรสอบถามกลุ่มงานปกครองได้โดยตรงครับ",
     N="the palad reminding members of the group's use: the office may post")
PK.t(d, "10:05", "MUE.K", "รับทราบครับ", F=[("SKN-2P", "acknowledgement of the very reminder that says not to acknowledge")])
PK.t(d, "10:06", "WNN.D1", "รับทราบครับ 🙏", N="display name ปลัดเบียร์: ambiguous, never judged")
PK.file(d, "14:00", "ADM1", "มท0309.1-ว320 วัน อส.69.pdf", N="the office's PDF sent first, with its covering line a minute later: an allowed order post")
PK.t(d, "14:01", "ADM1",
     "ที่ มท ๐๓๐๙.๑/ว ๓๒๐ ลว. ๒๑ ม.ค. ๒๕๖๙\nเรื่อง การจัดงานวันอาสารักษาดินแดน ประจำปี ๒๕๖๙ (๑๐ กุมภาพันธ์)\nเรียน นอภ.ทุกอำเภอ\nรายละเอียดตามไฟล์ที่ส่งข้างต้น",
     N=OFFICE_ORDER)
PK.t(d, "16:00", "ADM3",
     "แจ้งเปลี่ยนสถานที่ประชุมกรมการจังหวัดฯ วันพุธที่ ๒๘ ม.ค. ๖๙ เป็นห้องประชุมภูพาน ชั้น ๒ ศาลากลางจังหวัด เวลาเดิม ๐๙.๓๐ น.",
     N="the office's own notice (a change of venue): the office may post in its group")

# =====================================================================================================
# ข้อสั่งการ ปจ.สน.
# =====================================================================================================
ACK3 = "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"
d = 19
PJ.t(d, "07:50", "PALAD",
     "ข้อสั่งการ อธิบดีกรมการปกครอง (ประชุมทางไกล ศุกร์ ๑๖ ม.ค. ๖๙)\n"
     "๑. ไฟป่า หมอกควัน: นายอำเภอเป็นผู้บัญชาการเหตุการณ์ในพื้นที่ ห้ามเผาเด็ดขาด บังคับใช้กฎหมายกับผู้ฝ่าฝืน\n"
     "๒. ภัยหนาว: สำรวจกลุ่มเปราะบางให้ได้รับเครื่องกันหนาวครบทุกราย\n"
     "๓. ยาเสพติด: ขยายผลหมู่บ้าน/ชุมชนยั่งยืนต่อเนื่อง\n"
     "๔. งานทะเบียน: ลดขั้นตอน บริการด้วยใจ ไม่เรียกรับ\n"
     "แจ้งเพื่อทราบและถือปฏิบัติครับ (ไม่ต้องตอบรับ)",
     N="the palad relaying the department's orders: the group is for exactly this")
PJ.t(d, "07:55", "WRC.C", "รับทราบครับ", N=ACK3)
PJ.stk(d, "07:58", "TNY.C", N="sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")
PJ.t(d, "08:03", "KBK.C", "รับทราบค่ะ 🙏", N=ACK3)
PJ.t(d, "08:10", "PPN.C", "รับทราบครับท่าน", N=ACK3)
PJ.file(d, "12:00", "PALAD", "สรุปข้อสั่งการ ผวจ. 16 ม.ค.69.pdf", N="the palad's PDF sent first, its covering line a minute later: the palad's own post")
PJ.t(d, "12:01", "PALAD", "สรุปข้อสั่งการท่านผู้ว่าฯ ที่ประชุมหัวหน้าส่วนราชการ ๑๖ ม.ค. ครับ")
PJ.t(d, "12:05", "SWD.C", "รับทราบครับ", N=ACK3)
PJ.t(d, "12:07", "MUE.C", "รับทราบครับท่าน 🙏", N=ACK3)

d = 20
PJ.t(d, "07:40", "PALAD",
     "กรมอุตุฯ ประกาศฉบับที่ ๘ อากาศหนาวถึงหนาวจัดบริเวณภาคอีสาน ๒๐–๒๓ ม.ค. ฝากท่านนายอำเภอดูแลผู้สูงอายุ "
     "และระวังเหตุไฟไหม้จากการก่อไฟผิงครับ")
PJ.t(d, "07:45", "SDW.C", "รับทราบค่ะ", N=ACK3)
PJ.invite(d, "09:15", "AKA.C", "ปลัดปิยะ อากาศฯ",
          F=[("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
             ("SKN-ALL", "ปลัดปิยะ อากาศฯ", "roster person not admitted to this group, invited"),
             ("SKN-ALL", "นอภ.อากาศอำนวย สมคิด", "inviter of a roster person not admitted to this group")])
PJ.t(d, "09:17", "AKA.C", "เพิ่มปลัดปิยะ ปลัดประสานงานครับ ช่วงผมติดภารกิจจะได้ช่วยติดตามข้อสั่งการครับ",
     N="the chief explaining his invitation: chat (the invitation itself is the finding)")
PJ.t(d, "09:25", "PALAD", "ท่านสมคิดครับ กลุ่มนี้เฉพาะนายอำเภอครับ ตามแนวทางจังหวัด ขออนุญาตนำปลัดปิยะออกนะครับ")
PJ.remove(d, "09:26", "PALAD", "ปลัดปิยะ อากาศฯ", N="the palad removing an ineligible member: no finding")
PJ.t(d, "09:30", "AKA.C", "ขออภัยครับท่าน 🙏", N=ACK3)
PJ.t(d, "15:00", "PALAD",
     "แจ้งท่านนายอำเภอ กรมการปกครองจะพิจารณาแต่งตั้งโยกย้ายนายอำเภอ วาระเดือนกุมภาพันธ์ ท่านที่ประสงค์ขอย้าย "
     "ส่งแบบคำร้องที่กลุ่มงานบริหารงานบุคคล ปค.จ. ภายใน ๒๖ ม.ค. ๖๙ ครับ")
PJ.t(d, "15:20", "PNK.C", "ขอบคุณครับท่าน", N="thanks by a district chief: no posting rule here")

d = 21
PJ.t(d, "08:00", "PALAD",
     "ค่า PM2.5 เมื่อวาน สกลนคร ๖๒ มคก./ลบ.ม. (สีส้ม) จุดความร้อนทั้งจังหวัด ๔๑ จุด มากสุด วานรนิวาส ๙ คำตากล้า ๗ ส่องดาว ๖ "
     "ฝากท่านนายอำเภอกำชับกำนันผู้ใหญ่บ้านครับ")
PJ.t(d, "08:06", "WNN.C", "วานรนิวาสลงพื้นที่ตรวจแล้วครับท่าน เป็นไร่อ้อย ๖ จุด ดำเนินคดี ๑ รายครับ",
     N="a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")
PJ.t(d, "08:15", "PKN.C", "พังโคนกำชับกำนันผู้ใหญ่บ้านแล้วครับ ตั้งเวรเฝ้าระวังทุกตำบล", N="a district chief's short report: allowed")
PJ.t(d, "08:20", "SDW.C", "ส่องดาวรับทราบค่ะ จะลงพื้นที่บ่ายนี้ค่ะ", N="acknowledgement with a promise: allowed here")
PJ.file(d, "10:30", "ADM3", "ข้อสั่งการ ปจ.สน. ครั้งที่ 3-2569.pdf",
        F=[("SKN-3", "a sending account of the provincial office (provincial_admin_staff) in ข้อสั่งการ ปจ.สน., which admits only the palad and district chiefs; first message that shows her here")])
PJ.t(d, "10:31", "ADM3", "ส่งแทนท่านปลัดจังหวัดค่ะ ท่านติดประชุม",
     N="her second message, part of the same post: no second membership row")
PJ.t(d, "10:40", "BMG.C", "รับทราบครับ", N=ACK3)
PJ.t(d, "14:00", "PALAD", "ขอบคุณทุกอำเภอครับ ผ้าห่มที่จังหวัดจัดสรรแจกครบแล้วเกือบทุกอำเภอ ที่เหลือขอให้เร่งภายในสัปดาห์นี้ครับ")
PJ.stk(d, "14:03", "PHN.C", N="sticker by a district chief: no posting rule here")

d = 22
PJ.t(d, "07:20", "MUE.C", "สุขสันต์วันเกิดครับท่านปลัด 🎂🎉", N="birthday wish by a district chief: no posting rule in this group")
PJ.t(d, "07:24", "NKN.C", "HBD ค่ะท่าน ขอให้สุขภาพแข็งแรงค่ะ 🎂", N="birthday wish (ขอให้…): courtesy; no posting rule here")
PJ.t(d, "07:40", "PALAD", "ขอบคุณทุกท่านที่อวยพรครับ 🙏")
PJ.t(d, "11:00", "PALAD",
     "ข้อสั่งการ รมว.มท. (๒๑ ม.ค. ๖๙)\nกำชับการแจกจ่ายสิ่งของช่วยเหลือผู้ประสบภัยหนาว ให้โปร่งใส ตรวจสอบได้ มีบัญชีรายชื่อผู้รับ "
     "และภาพถ่ายประกอบทุกราย\nแจ้งเพื่อทราบและถือปฏิบัติ ไม่ต้องตอบรับครับ")
PJ.t(d, "11:04", "KSS.C", "รับทราบครับ", N=ACK3)
PJ.t(d, "16:00", "PALAD", "พรุ่งนี้กีฬาสีราชการ ขอเชิญท่านนายอำเภอทุกท่านร่วมพิธีเปิด ๑๓.๐๐ น. แต่งกายชุดกีฬาตามสีครับ")
PJ.t(d, "16:05", "BMG.C", "รับทราบครับ 💛", N=ACK3)
PJ.t(d, "16:10", "PKN.C", "พังโคนสีฟ้าพร้อมครับ 💙", N="chat by a district chief: no posting rule here")

d = 23
PJ.t(d, "07:45", "PALAD", "อรุณสวัสดิ์ครับ วันนี้อากาศยังหนาว ค่าฝุ่นช่วงเช้าสูง พิธีเปิดกีฬาสีบ่ายโมงตรงครับ")
PJ.t(d, "09:30", "PALAD",
     "หนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗/ว ๓๔๑ เรื่อง การตรวจสอบการจำหน่ายสุราในสถานที่ราชการและบริเวณที่จัดการแข่งขันกีฬา "
     "ฝากท่านนายอำเภอทราบครับ")
PJ.file(d, "09:31", "PALAD", "มท0307-ว341.pdf")
PJ.t(d, "09:40", "CRS.C", "รับทราบครับ", N=ACK3)
PJ.t(d, "17:30", "PALAD", "ขอบคุณท่านนายอำเภอทุกท่านที่มาร่วมงานกีฬาสีครับ คืนนี้ร่วมงานสวดอภิธรรมคุณแม่ท่านเอกชัย ๑๙.๐๐ น. นะครับ")
PJ.t(d, "17:34", "KTK.C", "ขอบพระคุณท่านปลัดและทุกท่านครับ 🙏", N="thanks by a district chief: no posting rule here")
PJ.t(d, "17:40", "WRC.C", "ไปร่วมครับท่าน", N="a district chief's reply: allowed here")

# ---- more of the week's ordinary traffic (ข้อสั่งการ ปค.สน.) -----------------------------------------------
d = 19
PK.t(d, "11:30", "ADM2",
     "ที่ สน ๐๐๑๘.๓/ว ๑๒๔ ลว. ๑๖ ม.ค. ๒๕๖๙\nเรื่อง การจัดทำแผนเผชิญเหตุไฟป่าและหมอกควันระดับอำเภอ\n"
     "เรียน นายอำเภอทุกอำเภอ\nให้อำเภอทบทวนแผนและซักซ้อมการปฏิบัติ รายละเอียดตามสิ่งที่ส่งมาด้วย", N=OFFICE_ORDER)
PK.img(d, "11:31", "ADM2", 3, N=OFFICE_ATT)
d = 20
PK.t(d, "13:00", "ADM1",
     "ที่ มท ๐๓๑๐.๑/ว ๒๔๐ ลว. ๑๖ ม.ค. ๒๕๖๙\nเรื่อง การสำรวจข้อมูลครัวเรือนเปราะบางที่ได้รับผลกระทบจากภัยหนาว\n"
     "เรียน นอภ.ทุกอำเภอ\nรายละเอียดตามไฟล์แนบ", N=OFFICE_ORDER)
PK.file(d, "13:01", "ADM1", "มท0310.1-ว240 ครัวเรือนเปราะบาง.pdf", N=OFFICE_ATT)
PK.img(d, "13:01", "ADM1", 2, N=OFFICE_ATT)
d = 21
PK.t(d, "10:00", "ADM3",
     "ที่ สน ๐๐๑๘.๔/ว ๑๔๓ ลว. ๒๐ ม.ค. ๒๕๖๙\nเรื่อง การฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง ปี ๒๕๖๙\n"
     "เรียน นอภ.ทุกอำเภอ\nขอให้อำเภอแจ้ง อปท. ในพื้นที่ทราบ", N=OFFICE_ORDER)
PK.img(d, "10:01", "ADM3", 2, N=OFFICE_ATT)
PK.t(d, "15:30", "ADM1",
     "ด่วนที่สุด\nที่ มท ๐๓๐๗/ว ๓๓๐ ลว. ๒๑ ม.ค. ๒๕๖๙\nเรื่อง กำชับการปฏิบัติหน้าที่ของกำนันผู้ใหญ่บ้านในการเฝ้าระวังไฟป่าช่วงกลางคืน\n"
     "เรียน นอภ.ทุกอำเภอ", N=OFFICE_ORDER)
PK.file(d, "15:31", "ADM1", "มท0307-ว330 เฝ้าระวังไฟป่ากลางคืน.pdf", N=OFFICE_ATT)
d = 22
PK.t(d, "10:00", "ADM3",
     "ที่ สน ๐๐๑๘.๑/ว ๑๕๒ ลว. ๒๑ ม.ค. ๒๕๖๙\nเรื่อง เร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปี ๒๕๖๙ ไตรมาสที่ ๒\nเรียน นายอำเภอทุกอำเภอ\nรายละเอียดตามไฟล์แนบ",
     N=OFFICE_ORDER)
PK.file(d, "10:01", "ADM3", "สน0018.1-ว152 เบิกจ่ายQ2.pdf", N=OFFICE_ATT)
PK.t(d, "15:00", "ADM2",
     "ที่ สน ๐๐๑๘.๓/ว ๑๕๓ ลว. ๒๒ ม.ค. ๒๕๖๙\nเรื่อง ขอความร่วมมือตรวจสอบการจำหน่ายและจุดประทัด/ดอกไม้ไฟ ในพื้นที่ไร่อ้อยช่วงฤดูแล้ง\nเรียน นายอำเภอทุกอำเภอ",
     N=OFFICE_ORDER)
PK.img(d, "15:01", "ADM2", 2, N=OFFICE_ATT)
d = 23
PK.t(d, "11:00", "ADM1",
     "ที่ สน ๐๐๑๘.๔/ว ๑๕๘ ลว. ๒๒ ม.ค. ๒๕๖๙\nเรื่อง การรายงานสถานการณ์ภัยหนาวประจำวัน ช่วง ๒๔–๓๑ ม.ค. ๖๙ ทางระบบรายงาน ปภ.\nเรียน นอภ.ทุกอำเภอ",
     N=OFFICE_ORDER)
PK.file(d, "11:01", "ADM1", "สน0018.4-ว158 รายงานภัยหนาว.pdf", N=OFFICE_ATT)

# ---- more of the week's ordinary traffic (ข้อสั่งการ ปจ.สน.) -----------------------------------------------
d = 19
PJ.t(d, "08:12", "AKA.C", "รับทราบครับท่าน", N=ACK3)
PJ.stk(d, "08:14", "KSS.C", N="sticker by a district chief: no posting rule here")
d = 20
PJ.t(d, "07:48", "PPN.C", "ภูพานเช้านี้ ๖ องศาครับท่าน เตรียมจุดผิงไฟให้นักท่องเที่ยวแบบปลอดภัยแล้วครับ", N="a district chief's information: allowed here")
d = 21
PJ.t(d, "16:30", "PALAD", "แจ้งท่านนายอำเภอ ผลการประเมินการปฏิบัติราชการ รอบ ๑/๒๕๖๙ ประกาศแล้ว ดูได้ที่ระบบ e-PA ของกรมครับ")
PJ.t(d, "16:34", "NKN.C", "ขอบคุณค่ะท่าน", N="thanks by a district chief: no posting rule here")
d = 22
PJ.t(d, "11:06", "MUE.C", "รับทราบครับ", N=ACK3)
PJ.t(d, "11:08", "PNK.C", "รับทราบครับท่าน 🙏", N=ACK3)
d = 23
PJ.stk(d, "07:50", "TNY.C", N="sticker by a district chief: no posting rule here")
PJ.t(d, "09:42", "KBK.C", "รับทราบค่า", N=ACK3)
PJ.t(d, "17:41", "SWD.C", "ไปร่วมครับ 🙏", N="a district chief's reply: allowed here")
