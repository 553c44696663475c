# ข้อสั่งการ ปค.สน. — the provincial administration office's orders only (written by hand).
from frame import Log
from people import disp

L = Log("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน.")
ORD = "the provincial office's own order: allowed (the group exists for exactly this)"
LET = "photos of the letter sent by the office with its order: part of an allowed order post"
FIL = "the letter as a file, sent by the office with its order: part of an allowed order post"

# ---- Monday 17
L.t(17, "08:05", "ADM1", """ด่วนที่สุด
ที่ มท ๐๓๑๐.๑/ว ๔๑๒๗ ลงวันที่ ๑๔ พฤศจิกายน ๒๕๖๘
เรื่อง แนวทางการให้ความช่วยเหลือผู้ประสบภัยหนาว ปี ๒๕๖๘/๒๕๖๙
เรียน นายอำเภอ ทุกอำเภอ
จังหวัดส่งสำเนาหนังสือกรมการปกครองมาเพื่อทราบและถือปฏิบัติ รายละเอียดตามที่แนบ""", near=ORD)
L.img(17, "08:06", "ADM1", 3, near=LET)
L.stk(17, "08:15", "KUS.c", truth=("SKN-2P", "sticker by a district chief after an order: members may not answer in this group"))
L.t(17, "08:20", "SDW.d", "รับทราบครับ",
    near="display name ปลัดเบียร์ fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")
L.t(17, "09:20", "ADM2", """ที่ สน ๐๐๑๘.๒/ว ๑๑๔๐๒ ลว. ๑๗ พ.ย. ๖๘
เรื่อง การสำรวจความเสียหายถนนและสะพานหลังอุทกภัย เพื่อขอใช้เงินทดรองราชการ
ให้อำเภอประสาน อปท. สำรวจและรายงานตามแบบที่แนบ ผ่านระบบ e-สารบรรณ ภายในวันที่ ๒๕ พ.ย. ๒๕๖๘""", near=ORD)
L.file(17, "09:21", "ADM2", "สน0018.2-ว11402 สำรวจถนนหลังอุทกภัย.pdf", near=FIL)
L.t(17, "09:35", "AKA.d", "รับทราบครับ", truth=("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer"))
L.t(17, "10:10", "WNN.x1", "สอบถามครับ แบบสำรวจความเสียหายใช้แบบ ปภ. เดิม หรือแบบใหม่ที่แนบครับ", truth=[
    ("SKN-2", "an ordinary deputy (deputy_district_chief) shown in the group by his first post"),
    ("SKN-2P", "question by a member: members may not ask in this group")])
L.t(17, "10:20", "MUE.d", "แบบใหม่ครับ อยู่หน้าสุดท้ายของไฟล์ครับ",
    truth=("SKN-2P", "a coordinating deputy answering another member: members may not answer one another"))
L.t(17, "11:00", "ADM3", """แจ้งกำหนดการประชุมชี้แจงผ่านระบบ VCS กระทรวงมหาดไทย
วันพุธที่ ๑๙ พ.ย. ๒๕๖๘ เวลา ๐๙.๓๐ น.
ขอให้นายอำเภอเข้าร่วมประชุม ณ ห้องประชุมที่ว่าการอำเภอ แต่งกายชุดปฏิบัติราชการ""", near=ORD)
L.t(17, "14:30", "ADM1", """ที่ สน ๐๐๑๘.๓/ว ๑๑๔๒๐ ลว. ๑๗ พ.ย. ๖๘
เรื่อง ประชาสัมพันธ์มาตรการช่วยเหลือเกษตรกร ปีการผลิต ๒๕๖๘/๖๙ (สินเชื่อชะลอการขายข้าวเปลือก และการพักชำระหนี้ ธ.ก.ส.)
ให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน ประชาสัมพันธ์ให้เกษตรกรทราบโดยทั่วกัน""", near=ORD)
L.img(17, "14:31", "ADM1", 2, near=LET)
L.t(17, "14:45", "PKO.c", "รับทราบครับ 🙏", truth=("SKN-2P", "acknowledgement by a district chief"))
L.t(17, "16:00", "ADM2", "อำเภอที่ยังไม่ได้ส่งรายงานผลการจัดงานประเพณีลอยกระทง ๒๕๖๘ ทางระบบ e-สารบรรณ ได้แก่ อ.นิคมน้ำอูน อ.สว่างแดนดิน อ.เต่างอย โปรดเร่งดำเนินการด้วยครับ",
    near="the office's own reminder to named districts: allowed")
L.t(17, "16:10", "TNY.c", "เต่างอยส่งแล้วเมื่อเช้าครับ รบกวนตรวจสอบอีกครั้งครับ",
    truth=("SKN-2P", "a district chief replying to the office in the group"))
# ---- Tuesday 18
L.t(18, "07:30", "KSS.c", "สวัสดีวันอังคารครับ 🙏", truth=("SKN-2P", "greeting with a card by a district chief: one post, chat in the office-only group"))
L.img(18, "07:30", "KSS.c")
L.file(18, "08:10", "ADM1", "มท0310.1-ว4155 คัดเลือกกำนันผู้ใหญ่บ้านดีเด่น 2569.pdf",
       near="the office's post opening with the letter as a file, its line following: allowed")
L.t(18, "08:11", "ADM1", "หนังสือกรมการปกครอง เรื่อง การคัดเลือกกำนัน ผู้ใหญ่บ้านดีเด่น ประจำปี ๒๕๖๙ ให้อำเภอส่งผลการคัดเลือกระดับอำเภอ ภายในวันที่ ๑๐ ธ.ค. ๒๕๖๘")
L.invite(18, "08:30", "KUS.c", disp("KUS.v"), truth=[
    ("SKN-2", disp("KUS.v"), "invitee is a district volunteer officer (volunteer_center_staff), not admitted to ข้อสั่งการ ปค.สน."),
    ("SKN-ALL", disp("KUS.v"), "roster person not admitted to this group, invited"),
    ("SKN-ALL", disp("KUS.c"), "inviter of a roster person not admitted to this group")])
L.stk(18, "08:32", "KUS.v", truth=("SKN-2P", "sticker by the invited volunteer officer: a member's post"))
L.t(18, "10:30", "ADM3", """ขอเชิญนายอำเภอทุกอำเภอ ประชุมกรมการจังหวัดสกลนคร ประจำเดือนพฤศจิกายน ๒๕๖๘
วันศุกร์ที่ ๒๘ พ.ย. ๖๘ เวลา ๐๙.๐๐ น. ณ ห้องประชุมศาลากลางจังหวัด ชั้น ๓
ระเบียบวาระตามไฟล์แนบ""", near=ORD)
L.file(18, "10:31", "ADM3", "วาระประชุมกรมการจังหวัด พ.ย.68.pdf", near=FIL)
L.t(18, "13:45", "ADM2", """ที่ สน ๐๐๑๘.๒/ว ๑๑๔๕๑ ลว. ๑๘ พ.ย. ๖๘
เรื่อง การเตรียมการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ปี ๒๕๖๙
ให้อำเภอจัดทำแผนเผชิญเหตุระดับอำเภอ และแจ้ง อปท. ถือปฏิบัติ""", near=ORD)
L.img(18, "13:46", "ADM2", 2, near=LET)
L.t(18, "14:00", "CRS.d", "🙏🙏", truth=("SKN-2P", "🙏 alone by a coordinating deputy after an order: an acknowledgement"))
L.t(18, "16:20", "ADM1", "แจ้งเวียนคำสั่งจังหวัดสกลนคร ที่ ๔๓๑๒/๒๕๖๘ เรื่อง แต่งตั้งคณะกรรมการให้ความช่วยเหลือผู้ประสบภัยหนาว จังหวัดสกลนคร", near=ORD)
L.file(18, "16:20", "ADM1", "คำสั่ง จว.สน. 4312-2568.pdf", near=FIL)
# ---- Wednesday 19
L.t(19, "07:50", "PALAD", "เรียนนายอำเภอทุกท่าน ขอย้ำนะครับ กลุ่มนี้ใช้ส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัดเท่านั้น ไม่ต้องตอบรับหรือสอบถามในกลุ่ม มีข้อสงสัยโทรกลุ่มงานปกครองโดยตรงได้ครับ 🙏",
    near="the provincial palad (the office) reminding members of the group's use: allowed")
L.t(19, "08:30", "ADM3", "เตือนค่ะ VCS เช้านี้ ๐๙.๓๐ น. ขอให้เปิดระบบทดสอบสัญญาณก่อน ๐๙.๑๕ น. ค่ะ", near="the office's own notice: allowed")
L.t(19, "09:00", "WNN.c", "วานรนิวาสพร้อมครับ", truth=("SKN-2P", "a district chief answering the office's notice"))
L.t(19, "13:00", "ADM1", """สรุปข้อสั่งการ รมว.มท. ในการประชุม VCS วันนี้
๑) เตรียมความพร้อมช่วยเหลือผู้ประสบภัยหนาว
๒) เร่งสำรวจความเสียหายจากอุทกภัยให้แล้วเสร็จ
๓) ดูแลการรับซื้อข้าวเปลือกให้เป็นธรรม
รายละเอียดตามไฟล์ค่ะ""", near=ORD)
L.file(19, "13:01", "ADM1", "สรุปข้อสั่งการ VCS 19 พ.ย. 68.docx", near=FIL)
L.t(19, "13:20", "PNN.c", "ขอบคุณครับ", name="นายชาญวิทย์ โสภาพันธ์", sender_id="force",
    truth=("SKN-2P", "thanks by the district chief of พรรณานิคม, shown with the title นาย before his display name ชาญวิทย์ โสภาพันธ์ and carrying his LINE user id: chat in the office-only group"))
L.t(19, "15:30", "ADM2", """ที่ สน ๐๐๑๘.๒/ว ๑๑๔๘๐ ลว. ๑๙ พ.ย. ๖๘
เรื่อง การสำรวจพื้นที่นาข้าวที่ได้รับความเสียหายจากอุทกภัย เพื่อขอรับความช่วยเหลือ
ให้อำเภอประสานเกษตรอำเภอ ตรวจสอบข้อมูลให้ตรงกับทะเบียนเกษตรกร""", near=ORD)
L.img(19, "15:31", "ADM2", 2, near=LET)
# ---- Thursday 20
L.t(20, "08:15", "ADM3", "แจ้งเวียนคำสั่งกรมการปกครอง เรื่อง ย้ายและแต่งตั้งปลัดอำเภอ (ระดับชำนาญการ) เฉพาะราย จังหวัดสกลนคร ๔ ราย", near=ORD)
L.file(20, "08:16", "ADM3", "คำสั่ง ปค. ย้ายปลัดอำเภอ พ.ย.68.pdf", near=FIL)
L.t(20, "08:40", "SWD.c", "ยินดีกับปลัดทุกท่านครับ 👏", truth=("SKN-2P", "congratulation (chat) by a district chief"))
L.t(20, "11:15", "ADM1", "ประชาสัมพันธ์รับสมัครบุคคลเพื่อบรรจุเป็นสมาชิกกองอาสารักษาดินแดน ประจำปี ๒๕๖๙ ขอให้อำเภอประชาสัมพันธ์ในพื้นที่", near=ORD)
L.img(20, "11:16", "ADM1", 2, near=LET)
L.t(20, "14:40", "ADM2", """ที่ สน ๐๐๑๘.๒/ว ๑๑๕๐๒ ลว. ๒๐ พ.ย. ๖๘
เรื่อง การป้องกันและระงับอัคคีภัยในช่วงฤดูหนาว
ให้อำเภอแจ้ง อปท. ตรวจสอบความพร้อมรถดับเพลิงและแหล่งน้ำ และประชาสัมพันธ์ให้ประชาชนระมัดระวังการก่อไฟ""", near=ORD)
L.img(20, "15:10", "BMW.d", 2, truth=("SKN-2P", "photos of a district's fire drill posted by its coordinating deputy, caption after: one post, cited at the first photo"))
L.t(20, "15:11", "BMW.d", "บ้านม่วงซ้อมแผนป้องกันอัคคีภัยร่วมกับ อบต. เมื่อวานครับ")
# ---- Friday 21
L.t(21, "08:30", "ADM1", """ด่วน
ที่ สน ๐๐๑๘.๓/ว ๑๑๕๒๐ ลว. ๒๑ พ.ย. ๖๘
เรื่อง การตรวจสอบการรับซื้อข้าวเปลือกและป้องกันการเอารัดเอาเปรียบเกษตรกร
ให้อำเภอร่วมกับสำนักงานพาณิชย์จังหวัด ตรวจสอบโรงสี จุดรับซื้อ และเครื่องชั่งในพื้นที่""", near=ORD)
L.img(21, "08:31", "ADM1", 2, near=LET)
L.t(21, "08:45", "PPN.d", "รับทราบครับ", truth=("SKN-2P",
    "acknowledgement by ปลัดดา ภูพาน, admitted here as coordinating deputy (two roles), but a member's post all the same"))
L.t(21, "10:00", "PALAD", "เวรตรวจราชการนอกเวลา วันเสาร์-อาทิตย์ที่ ๒๒-๒๓ พ.ย. ๖๘ ตามไฟล์แนบ นายอำเภอโปรดกำชับปลัดอำเภอเวรด้วยครับ", near=ORD)
L.file(21, "10:01", "PALAD", "เวรตรวจ 22-23 พ.ย.68.xlsx", near=FIL)
L.t(21, "13:30", "ADM3", "ขอเชิญส่วนราชการและอำเภอร่วมกิจกรรมจิตอาสาพัฒนา เนื่องในวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘ รายละเอียดตามภาพ", near=ORD)
L.img(21, "13:31", "ADM3", near=LET)
L.t(21, "15:00", "ADM2", "แจ้งเพื่อทราบ ระบบ e-สารบรรณ ปิดปรับปรุงวันเสาร์ที่ ๒๒ พ.ย. ๖๘ เวลา ๐๘.๐๐-๑๖.๐๐ น. ครับ", near="information from the office: allowed")
L.t(21, "15:20", "KDB.c", "ขอบคุณค่ะ 🙏", truth=("SKN-2P", "thanks by a district chief: a member's post"))
L.t(21, "16:30", "ADM1", "ที่ สน ๐๐๑๘.๑/ว ๑๑๕๓๑ เรื่อง ขอความร่วมมือบริจาคโลหิต ประจำเดือนธันวาคม ๒๕๖๘ รายละเอียดตามไฟล์", near=ORD)
L.file(21, "16:31", "ADM1", "สน0018.1-ว11531 บริจาคโลหิต.pdf", near=FIL)

# ---- more of the week (written by hand; the layout sorts by time)
L.t(17, "15:30", "ADM3", "แจ้งกำหนดการตรวจราชการของผู้ตรวจราชการกระทรวงมหาดไทย เขตตรวจราชการที่ ๑๑ วันพุธที่ ๒๖ พ.ย. ๒๕๖๘ อำเภอเป้าหมาย อ.ภูพาน และ อ.กุดบาก รายละเอียดตามไฟล์", near=ORD)
L.file(17, "15:31", "ADM3", "กำหนดการตรวจราชการ 26 พ.ย.68.pdf", near=FIL)
L.t(18, "09:15", "ADM2", """ที่ สน ๐๐๑๘.๔/ว ๑๑๔๔๓ ลว. ๑๘ พ.ย. ๖๘
เรื่อง การตรวจสอบบ้านที่ไม่มีผู้อยู่อาศัยและบ้านร้างในทะเบียนบ้าน
ให้อำเภอสำรวจและรายงานจำนวนภายในวันที่ ๕ ธ.ค. ๒๕๖๘""", near=ORD)
L.img(18, "09:16", "ADM2", 2, near=LET)
L.t(18, "09:40", "WRC.d", "ขออนุญาตสอบถามครับ รายงานเป็นรายตำบลหรือรวมทั้งอำเภอครับ",
    truth=("SKN-2P", "question by a coordinating deputy: members may not ask in this group"))
L.t(18, "09:45", "ADM2", "รวมทั้งอำเภอครับ แยกรายตำบลในไฟล์แนบครับ", near="the office answering a question: its own post, allowed")
L.t(19, "10:45", "ADM1", "ที่ สน ๐๐๑๘.๑/ว ๑๑๔๗๒ ลว. ๑๙ พ.ย. ๖๘ เรื่อง การคัดเลือกอาสารักษาดินแดนดีเด่น ประจำปี ๒๕๖๙ ให้อำเภอเสนอรายชื่อภายในวันที่ ๑๒ ธ.ค. ๖๘", near=ORD)
L.file(19, "10:46", "ADM1", "สน0018.1-ว11472 อส.ดีเด่น.pdf", near=FIL)
L.t(20, "09:30", "ADM2", """ที่ สน ๐๐๑๘.๒/ว ๑๑๔๙๖ ลว. ๒๐ พ.ย. ๖๘
เรื่อง การสำรวจผู้ถือบัตรสวัสดิการแห่งรัฐที่ได้รับผลกระทบจากภัยหนาว
ให้อำเภอประสาน พมจ. และ อปท. ตรวจสอบข้อมูลให้ครบถ้วน""", near=ORD)
L.img(20, "09:31", "ADM2", near=LET)
L.t(20, "16:00", "ADM3", "แจ้งเวียนประกาศจังหวัดสกลนคร เรื่อง กำหนดพื้นที่ประสบภัยพิบัติกรณีภัยหนาว (เบื้องต้น) ๑๑ อำเภอ", near=ORD)
L.file(20, "16:01", "ADM3", "ประกาศ จว.สน. ภัยหนาว 2568.pdf", near=FIL)
L.t(21, "11:00", "NKN.c", "ส่งต่อครับ กรมอุตุนิยมวิทยาประกาศเตือนอากาศหนาวจัดภาคตะวันออกเฉียงเหนือ ๒๒-๒๕ พ.ย.",
    truth=("SKN-2P", "a district chief forwarding a warning: only the office posts here"))
L.img(21, "11:00", "NKN.c")
L.t(21, "11:30", "ADM2", """ด่วน
ที่ สน ๐๐๑๘.๒/ว ๑๑๕๒๕ ลว. ๒๑ พ.ย. ๖๘
เรื่อง การเตรียมความพร้อมรับสถานการณ์อากาศหนาวจัด ตามประกาศกรมอุตุนิยมวิทยา
ให้อำเภอเปิดศูนย์ช่วยเหลือผู้ประสบภัยหนาวระดับอำเภอ และจัดเวรตลอด ๒๔ ชม. ช่วงวันหยุด""", near=ORD)
L.img(21, "11:31", "ADM2", 2, near=LET)
