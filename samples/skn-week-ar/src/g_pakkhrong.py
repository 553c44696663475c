# ข้อสั่งการ ปค.สน. (JSONL): only the provincial office posts; every member's post is SKN-2P.  By hand.
from frame import Log
from people import disp

L = Log("pakkhrong-orders.jsonl", "ข้อสั่งการ ปค.สน.")
OFFICE = "the provincial office's own order, with the letter attached: allowed (the group is for exactly this)"

# ---- Monday 12 ----
L.t(12, "07:30", "ADM1", """ด่วนที่สุด
ที่ สน ๐๐๑๘.๒/ว ๒๔๑๑๐ ลงวันที่ ๙ ตุลาคม ๒๕๖๙
เรื่อง การจัดพิธีวางพวงมาลาถวายราชสักการะ เนื่องในวันนวมินทรมหาราช ๑๓ ตุลาคม ๒๕๖๙
ให้อำเภอจัดพิธีในพื้นที่ ณ ที่ว่าการอำเภอ หรือสถานที่ที่เหมาะสม เวลา ๐๗.๓๐ น. ข้าราชการแต่งเครื่องแบบปกติขาวไว้ทุกข์ รายละเอียดตามหนังสือที่แนบ""", near=OFFICE)
L.file(12, "07:31", "ADM1", "สน0018.2-ว24110 วางพวงมาลา 13 ต.ค.69.pdf", near="the letter's PDF sent right after the office's order: part of an allowed order post")
L.t(12, "07:35", "KTK.C", "รับทราบครับ",
    truth=[("SKN-2P", "acknowledgement by a district chief: members may not answer in this group")])
L.t(12, "08:30", "ADM2", """ข้อสั่งการ ปค.สน.
ตามที่กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากบริเวณภาคตะวันออกเฉียงเหนือตอนบน ระหว่างวันที่ ๑๒-๑๕ ต.ค. ๖๙
ให้อำเภอเฝ้าระวังระดับน้ำในหนองหาร ลำน้ำก่ำ และลำน้ำสงคราม แจ้งเตือนประชาชนในพื้นที่ลุ่มต่ำ และรายงานสถานการณ์ผ่านระบบรายงานสาธารณภัยทุกวัน เวลา ๑๖.๐๐ น.""", near=OFFICE)
L.img(12, "08:30", "ADM2", 2, near="photos of the warning sent with the office's order: part of the allowed post")
L.stk(12, "08:33", "PKN.D", truth=[("SKN-2P", "sticker by a coordinating deputy after an order: an acknowledgement, not allowed here")])
L.t(12, "09:15", "ADM1", """ที่ สน ๐๐๑๘.๑/ว ๒๔๑๒๓ ลว. ๙ ต.ค. ๖๙
เรื่อง การจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ของอำเภอ
ให้อำเภอจัดทำแผนตามแบบฟอร์มใหม่ และส่งที่ทำการปกครองจังหวัด ภายในวันที่ ๓๐ ต.ค. ๒๕๖๙""", near=OFFICE)
L.file(12, "09:16", "ADM1", "แบบฟอร์มแผนปฏิบัติราชการ อำเภอ ปี 2570.docx")
Q = L.t(12, "09:40", "KUS.D", "สอบถามครับ แผนปี 70 ใช้แบบเดิมของปี 69 ได้ไหมครับ หรือต้องใช้แบบใหม่ทั้งหมด",
    truth=[("SKN-2P", "question by a coordinating deputy: members may not ask in this group")])
L.t(12, "09:48", "ADM1", reply=Q, text="ใช้แบบฟอร์มใหม่ตามไฟล์ที่แนบค่ะ (หากมีข้อสงสัย สอบถามกลุ่มงานยุทธศาสตร์ ปค.จ. โทร ๐ ๔๒๗๑ ๑๔๖๑)",
    near="the office answering a question: the office's own post, allowed")
L.t(12, "10:30", "ADM3", """เรียน นอภ.ทุกอำเภอ
ขอให้อำเภอรายงานผลการดำเนินงานตามตัวชี้วัด (KPI) ประจำปีงบประมาณ ๒๕๖๙ ไตรมาสที่ ๔ ผ่านระบบ e-report ของที่ทำการปกครองจังหวัด ภายในวันที่ ๒๐ ต.ค. ๒๕๖๙
อำเภอใดยังไม่ได้รับรหัสผู้ใช้ ติดต่อฝ่ายอำนวยการค่ะ""", near=OFFICE)
L.file(12, "10:31", "ADM3", "คู่มือรายงาน KPI ปี69 Q4.pdf")
L.t(12, "11:02", "SDW.C", "🙏", truth=[("SKN-2P", "🙏 alone by a district chief after an order: an acknowledgement")])
L.t(12, "13:30", "PAL", "ฝากย้ำ นอภ.ทุกอำเภอ พิธีวางพวงมาลาพรุ่งนี้ ให้ตรวจความพร้อมสถานที่และพระบรมฉายาลักษณ์ตั้งแต่เย็นนี้ครับ กลุ่มนี้ไม่ต้องตอบรับครับ",
    near="the provincial palad (the office) posting a reminder: allowed")
L.t(12, "14:00", "ADM2", """ด่วน
เรื่อง โครงการคัดกรองผู้ใช้ผู้เสพยาเสพติดในหมู่บ้านเป้าหมาย (ระหว่าง ๑๒-๑๖ ต.ค. ๖๙)
ให้อำเภอบูรณาการฝ่ายปกครอง สาธารณสุข และจิตอาสา ดำเนินการตามแผน และบันทึกผลในระบบ บสต. ทุกวัน""", near=OFFICE)
L.file(12, "14:01", "ADM2", "หมู่บ้านเป้าหมายคัดกรอง ต.ค.69.xlsx")
L.invite(12, "14:05", "JRS.C", disp("JRS.X"),
         truth=[("SKN-2", "ปลัดอิทธิ์ เจริญศิลป์", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy"),
                ("SKN-ALL", "ปลัดอิทธิ์ เจริญศิลป์", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "นอภ.เจริญศิลป์ คมสันต์", "inviter of a roster person not admitted to this group")])
L.t(12, "14:08", "JRS.X", "สวัสดีครับ ปลัดอิทธิ์ อ.เจริญศิลป์ ครับ ท่านนายอำเภอให้ช่วยติดตามหนังสือครับ 🙏",
    truth=[("SKN-2P", "greeting by the invited ordinary deputy: a member's post in the office-only group")])
L.t(12, "15:30", "ADM1", """ที่ สน ๐๐๑๘.๓/ว ๒๔๑๕๐
เรื่อง การเตรียมความพร้อมจัดงานประเพณีแห่ปราสาทผึ้ง ประจำปี ๒๕๖๙
ให้อำเภอส่งขบวนปราสาทผึ้งร่วมขบวนแห่ของจังหวัดอำเภอละ ๑ ขบวน และแจ้งชื่อผู้ประสานงานตามแบบตอบรับ""", near=OFFICE)
L.img(12, "15:30", "ADM1", 2)
L.t(12, "16:40", "PNN.C", "พรรณานิคมจัดเตรียมสถานที่วางพวงมาลาเรียบร้อยครับ",
    truth=[("SKN-2P", "a district's preparation report with a photo, posted by its chief: one post, cited at its first message")])
L.img(12, "16:40", "PNN.C")
L.t(12, "17:10", "ADM3", "ปิดรับแบบตอบรับการอบรมหลักสูตรปลัดอำเภอประสานงาน รุ่นที่ ๒ วันศุกร์ที่ ๑๖ ต.ค. นี้ค่ะ", near="the office's notice: allowed")

# ---- Tuesday 13 (holiday) ----
L.t(13, "06:15", "ADM3", "๑๓ ตุลาคม ๒๕๖๙ น้อมรำลึกในพระมหากรุณาธิคุณ ข้าพระพุทธเจ้า คณะผู้บริหารและข้าราชการที่ทำการปกครองจังหวัดสกลนคร",
    near="the office's own memorial-day card: the office may post")
L.img(13, "06:15", "ADM3")
L.t(13, "06:40", "WRC.C", "🙏🖤", truth=[("SKN-2P", "emoji reply by a district chief to the office's memorial card")])
L.img(13, "08:10", "MUE.D", 3, truth=[("SKN-2P", "three photos of the district's ceremony posted by a coordinating deputy: one post, cited at the first photo")])
L.t(13, "11:00", "ADM2", "แจ้งเตือนครับ ขณะนี้ระดับน้ำหนองหารวัดได้ +๑๖๕.๘๐ ม.รทก. ใกล้ระดับเตือนภัย ให้อำเภอเมืองสกลนครและโพนนาแก้วเฝ้าระวังใกล้ชิด",
    near="the office's warning: allowed")

# ---- Wednesday 14 ----
L.t(14, "08:00", "ADM1", """ที่ สน ๐๐๑๘.๒/ว ๒๔๒๐๒
เรื่อง การถวายผ้าพระกฐินพระราชทาน ประจำปี ๒๕๖๙ ณ วัดพระธาตุเชิงชุมวรวิหาร
ให้อำเภอแจ้งส่วนราชการและประชาชนร่วมพิธี วันเสาร์ที่ ๗ พ.ย. ๒๕๖๙ เวลา ๑๔.๐๐ น.""", near=OFFICE)
L.file(14, "08:01", "ADM1", "สน0018.2-ว24202 กฐินพระราชทาน.pdf")
L.t(14, "08:10", "ADM2", """ข้อสั่งการ
ให้อำเภอที่มีพื้นที่ประสบอุทกภัย สำรวจความเสียหายเบื้องต้น (บ้านเรือน พื้นที่การเกษตร) และรายงานทางระบบภายใน ๑๗ ต.ค. ๖๙ เพื่อประกอบการประกาศเขตการให้ความช่วยเหลือ""", near=OFFICE)
L.t(14, "08:14", "AKA.C", "รับทราบครับ อากาศอำนวยมีพื้นที่ได้รับผลกระทบ ๒ ตำบล คือ ท่าก้อน และโพนแพงครับ",
    truth=[("SKN-2P", "acknowledgement with a situation report by a district chief: members may not answer here")])
L.t(14, "09:00", "ADM3", """แจ้งเวียน
การตรวจสอบบัญชีรายชื่อผู้มีสิทธิเลือกผู้ใหญ่บ้าน ให้อำเภอที่มีตำแหน่งว่าง ปิดประกาศบัญชีรายชื่อ ณ ที่ว่าการอำเภอและที่ทำการผู้ใหญ่บ้าน ไม่น้อยกว่า ๑๕ วันก่อนวันเลือก""", near=OFFICE)
L.t(14, "10:20", "PNN.D", "รับทราบครับ",
    near="display name ปลัดเบิร์ด fits two roster people: ambiguous, never judged (no SKN-2P)")
L.t(14, "11:00", "KSS.V", "รับทราบค่ะ",
    truth=[("SKN-2", "a district volunteer officer (volunteer_center_staff) shown in the group by her first post; admitted only as coordinating deputies are"),
           ("SKN-2P", "acknowledgement by a member who is not the office")])
L.t(14, "13:30", "ADM1", """เรื่อง โครงการ "อำเภอยิ้ม เคลื่อนที่" ประจำเดือนตุลาคม ๒๕๖๙
ให้อำเภอจัดหน่วยบริการทำบัตรประชาชนเคลื่อนที่ร่วมกับงานบุญกฐินในพื้นที่ และส่งภาพกิจกรรมทางอีเมลกลุ่มงานปกครอง""", near=OFFICE)
L.img(14, "13:31", "ADM1")
L.invite(14, "14:00", "KTK.C", disp("KTK.D"),
         near="eligible invitee: ปลัดเล็ก คำตากล้า is the coordinating deputy of คำตากล้า, admitted here (re-added after changing phone)")
L.t(14, "16:30", "ADM2", "ข้อสั่งการ ผวจ.สน. ให้อำเภอประชาสัมพันธ์งดการปล่อยโคมลอยและจุดพลุในช่วงเทศกาลออกพรรษา เขตรัศมี ๙ กม. รอบท่าอากาศยานสกลนคร",
    near=OFFICE.split(",")[0] + ": allowed")
L.t(14, "16:45", "PPN.C", "ภูพานไม่อยู่ในรัศมีใช่ไหมครับ",
    truth=[("SKN-2P", "question by a district chief: members may not ask in this group")])
L.t(14, "16:50", "ADM2", "ภูพานไม่อยู่ในรัศมีครับ แต่ขอให้ประชาสัมพันธ์ด้วยครับ", near="the office's answer: allowed")

# ---- Thursday 15 ----
L.t(15, "08:30", "ADM2", """ด่วนที่สุด
เรื่อง การรักษาความปลอดภัยและการจราจร งานประเพณีแห่ปราสาทผึ้ง และงานทอดกฐิน
ให้อำเภอจัดกำลัง อส. และ อปพร. ดูแลความสงบเรียบร้อย ประสานสถานีตำรวจในพื้นที่ ตั้งจุดตรวจจุดบริการ""", near=OFFICE)
L.file(15, "08:31", "ADM2", "สน0018.4-ว24260 รปภ.ปราสาทผึ้ง69.pdf")
L.t(15, "09:00", "BMW.C", "ขอแบบฟอร์มเป็นไฟล์ word ได้ไหมครับ",
    truth=[("SKN-2P", "request to the office by a district chief: members may not ask here")])
L.file(15, "09:06", "ADM2", "แบบรายงานจุดตรวจ ปราสาทผึ้ง69.docx", near="the office sending a file: allowed")
L.t(15, "10:00", "ADM1", "แจ้งเพื่อทราบ การประชุมคณะกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนตุลาคม ๒๕๖๙ วันพุธที่ ๒๘ ต.ค. ๒๕๖๙ เวลา ๐๙.๐๐ น. ห้องประชุมพระตำหนักภูพาน ชั้น ๔ ศาลากลางจังหวัด",
    near="the office's information post: allowed")
L.t(15, "14:25", "ADM3", """เรียน นอภ.ทุกอำเภอ
ด้วยกรมการปกครองขอให้จังหวัดรายงานข้อมูลวัดที่จะรับกฐินพระราชทานและกฐินสามัคคีในพื้นที่ ประจำปี ๒๕๖๙
จึงขอให้อำเภอรายงานตามแบบที่แนบ ภายในวันที่ ๒๐ ต.ค. ๒๕๖๙ ค่ะ""", near=OFFICE)
L.file(15, "14:26", "ADM3", "แบบรายงานวัดรับกฐิน 2569.xlsx")
L.file(15, "15:05", "SDW.D", "กฐิน69 อ.ส่องดาว.xlsx",
       truth=[("SKN-2P", "a district's form sent back in the office-only group by a coordinating deputy (a report)")])
L.t(15, "15:05", "SDW.D", "ส่องดาวส่งแบบรายงานครับ")
L.t(15, "16:00", "PAL", "เรียนทุกท่าน กลุ่มนี้ใช้ส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัดเท่านั้น ขอความร่วมมืองดตอบรับหรือส่งรายงานในกลุ่มนี้ ให้ส่งทางอีเมลหรือระบบ e-report ครับ",
    near="the palad's reminder of the group's use: the office may post")

# ---- Friday 16 ----
L.t(16, "08:00", "ADM1", """ที่ สน ๐๐๑๘.๑/ว ๒๔๓๐๑
เรื่อง การเร่งรัดการเบิกจ่ายงบประมาณ ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๗๐
ให้อำเภอจัดทำแผนการจัดซื้อจัดจ้างและเบิกจ่ายให้เป็นไปตามเป้าหมาย ร้อยละ ๓๐ ภายในเดือนธันวาคม ๒๕๖๙""", near=OFFICE)
L.file(16, "08:01", "ADM1", "สน0018.1-ว24301 เร่งรัดเบิกจ่าย Q1-70.pdf")
L.stk(16, "08:06", "TNY.C", truth=[("SKN-2P", "sticker by a district chief: a post in the office-only group")])
L.t(16, "09:30", "ADM2", "ข้อสั่งการ ช่วงวันหยุดยาววันปิยมหาราช (ศุกร์ ๒๓ - อาทิตย์ ๒๕ ต.ค. ๖๙) ให้อำเภอตั้งจุดบริการประชาชนร่วมกับตำรวจ และจัดเวรรักษาการณ์ที่ว่าการอำเภอ รายงานผู้อยู่เวรภายใน ๒๒ ต.ค.",
    near=OFFICE.split(",")[0] + ": allowed")
L.t(16, "10:05", "NKU.C", "ขอเชิญร่วมทอดกฐินสามัคคี วัดโพธิ์ชัย อ.นิคมน้ำอูน วันอาทิตย์ที่ ๑ พ.ย. ๖๙ ค่ะ 🙏",
    truth=[("SKN-2P", "an invitation (chat) posted by a district chief: only the office posts here")])
L.img(16, "10:05", "NKU.C")
L.t(16, "13:00", "ADM3", "ส่งรหัสผู้ใช้ระบบ e-report ให้อำเภอทางอีเมลแล้วนะคะ อำเภอที่ยังไม่ได้รับ โทรแจ้ง ๐ ๔๒๗๑ ๑๔๖๑ ต่อ ๑๒ ค่ะ",
    near="the office's notice: allowed")
L.t(16, "15:30", "ADM1", "แจ้งเวียน คำสั่งจังหวัดสกลนคร ที่ ๓๒๑๕/๒๕๖๙ เรื่อง ย้ายและแต่งตั้งข้าราชการ (ปลัดอำเภอ) รายละเอียดตามไฟล์แนบ",
    near=OFFICE.split(",")[0] + ": allowed")
L.file(16, "15:31", "ADM1", "คำสั่งจังหวัด 3215-2569 ย้ายปลัดอำเภอ.pdf")
L.t(16, "15:50", "WNN.D", "ขอบคุณครับ 🙏",
    truth=[("SKN-2P", "thanks by a coordinating deputy after the transfer order: a post by a member")])
L.t(16, "15:52", "ADM1", "ยินดีด้วยนะคะปลัดต่อ", near="the office's own chat: the office may post (the rule limits members, not the office)")

# ---- more of the office's traffic over the week (sorted into place by time) ----
L.t(12, "11:30", "ADM2", """ด่วน
เรื่อง มาตรการป้องกันและปราบปรามยาเสพติด และอาชญากรรม ช่วงเทศกาลออกพรรษาและงานบุญกฐิน ๒๕๖๙
ให้อำเภอเพิ่มความถี่การตรวจพื้นที่เสี่ยง ร้านเกม หอพัก และสถานบริการ ร่วมกับ ฝ่ายปกครอง อส. และตำรวจในพื้นที่""", near=OFFICE)
L.img(12, "11:30", "ADM2", 2)
L.t(12, "16:00", "ADM1", "ขอความร่วมมืออำเภอประชาสัมพันธ์การยืนยันตัวตนผู้ถือบัตรสวัสดิการแห่งรัฐ รอบเดือนตุลาคม ๒๕๖๙ ณ ที่ว่าการอำเภอ ระหว่าง ๑๕-๓๐ ต.ค. ๖๙",
    near=OFFICE.split(",")[0] + ": allowed")
L.img(12, "16:00", "ADM1", 2)
L.t(13, "09:00", "ADM2", "สถานการณ์น้ำ ๑๓ ต.ค. ๖๙ เวลา ๐๘.๐๐ น. ลำน้ำสงครามที่บ้านท่าก้อน อ.อากาศอำนวย สูงกว่าตลิ่ง ๐.๒๐ ม. น้ำเริ่มเข้าพื้นที่การเกษตร ให้อำเภอที่เกี่ยวข้องเฝ้าระวังต่อเนื่อง",
    near="the office's situation notice on the holiday: allowed")
L.img(13, "09:00", "ADM2")
L.img(13, "15:30", "ADM2", 2, near="the office's photos of the water-level map: the office's own post, allowed")
L.t(13, "15:31", "ADM2", "แผนที่พื้นที่เสี่ยงน้ำท่วม รอบหนองหารและลุ่มน้ำสงคราม ณ ๑๓ ต.ค. ๖๙")
L.t(14, "10:00", "ADM1", """ที่ สน ๐๐๑๘.๑/ว ๒๔๒๒๐
เรื่อง การจัดทำคำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ระดับอำเภอ
ให้อำเภอเสนอร่างตัวชี้วัดและค่าเป้าหมาย ภายในวันที่ ๖ พ.ย. ๒๕๖๙""", near=OFFICE)
L.img(14, "10:00", "ADM1", 3)
L.t(14, "15:00", "ADM3", "ประกาศรายชื่อผู้เข้ารับการอบรมหลักสูตรปลัดอำเภอประสานงาน รุ่นที่ ๒ (๒๖-๓๐ ต.ค. ๖๙) ณ ศูนย์ฝึกอบรม สน. ค่ะ",
    near="the office's announcement: allowed")
L.file(14, "15:01", "ADM3", "รายชื่อผู้เข้าอบรม ปอ.ประสานงาน รุ่น2.pdf")
L.t(15, "11:00", "ADM2", """ข้อสั่งการ
ให้อำเภอแจ้งผู้ประกอบการงดจำหน่ายเครื่องดื่มแอลกอฮอล์ในวันออกพรรษา (จันทร์ ๒๖ ต.ค. ๖๙) ตามประกาศ และตรวจตราร่วมกับสรรพสามิตพื้นที่""", near=OFFICE)
L.img(15, "11:00", "ADM2", 2)
L.t(15, "13:00", "ADM1", "ขอเชิญ นอภ.ทุกอำเภอ ประชุมประจำเดือนตุลาคม วันอังคารที่ ๒๗ ต.ค. ๖๙ เวลา ๑๓.๓๐ น. ห้องประชุมที่ทำการปกครองจังหวัด วาระตามไฟล์แนบค่ะ",
    near="the office's invitation to its monthly meeting: allowed")
L.file(15, "13:01", "ADM1", "วาระประชุม นอภ. ต.ค.69.pdf")
L.t(16, "11:00", "ADM2", "สถานการณ์น้ำ ๑๖ ต.ค. ๖๙ ระดับน้ำหนองหารเริ่มทรงตัว ลำน้ำสงครามลดลง ๑๕ ซม. ยังคงให้เฝ้าระวังถึงสิ้นเดือน",
    near="the office's situation notice: allowed")
L.img(16, "11:00", "ADM2")
L.t(16, "14:00", "ADM3", "ขอให้อำเภอตรวจสอบรายชื่อกำนันผู้ใหญ่บ้านที่จะพ้นจากตำแหน่งเพราะเกษียณอายุ ในปี ๒๕๗๐ ตามไฟล์ และแจ้งแก้ไขทางอีเมลภายใน ๒๓ ต.ค. ค่ะ",
    near=OFFICE.split(",")[0] + ": allowed")
L.file(16, "14:01", "ADM3", "รายชื่อกำนันผญบ.เกษียณ 2570.xlsx")
