# ข้อสั่งการ ปค.สน. — week AK. The provincial administration office's orders only (SKN-2 / SKN-2P).
from frame import Chat, F, N

C = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
OK = "the provincial office's own order with the letter: allowed (the group is for exactly this)"
PG = "a page of the letter sent by the office with its order: part of an allowed order post"
PF = "the letter's file sent by the office with its order: part of an allowed order post"

C.day(8)
C.t("07:55", "ADM1",
    "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๑๔๒๗ ลงวันที่ ๕ มิถุนายน ๒๕๖๙\n"
    "เรื่อง การตรวจติดตามการปฏิบัติราชการของอำเภอ รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n"
    "จังหวัดกำหนดออกตรวจระหว่างวันที่ ๑๕-๒๖ มิ.ย. ๖๙ ขอให้อำเภอเตรียมเอกสารหลักฐานตามประเด็นการตรวจ "
    "รายละเอียดตามสิ่งที่ส่งมาด้วย", N(OK))
C.file("07:55", "ADM1", "สน0018.2-ว1427 ตรวจติดตามอำเภอรอบ6เดือน.pdf", N(PF))
C.photos("07:56", "ADM1", 2, N(PG))
C.stk("08:02", "KUS_C", F("SKN-2P", "sticker by a district chief after an order: members may not answer in this group"))
C.t("08:10", "SWD_D", "รับทราบครับ", F("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer"))
C.t("10:30", "ADM2",
    "ที่ สน ๐๐๑๘.๓/ว ๑๔๓๕ ลว. ๕ มิ.ย. ๖๙ เรื่อง การเตรียมความพร้อมป้องกันและแก้ไขปัญหาสาธารณภัยในช่วงฤดูฝน ปี ๒๕๖๙ "
    "ให้อำเภอสั่งการกำนัน ผู้ใหญ่บ้าน เฝ้าระวัง แจ้งเตือนภัย และรายงานเหตุให้จังหวัดทราบทันที", N(OK))
C.file("10:30", "ADM2", "ว1435 เตรียมความพร้อมฤดูฝน69.pdf", N(PF))
C.t("10:41", "PHN_D", "เรียนสอบถามครับ แบบรายงานความเสียหายใช้แบบเดิมของปีที่แล้วได้ไหมครับ",
    F("SKN-2P", "question by a coordinating deputy: members may not ask in this group"))
C.t("10:58", "ADM2", "ใช้แบบใหม่ตามสิ่งที่ส่งมาด้วยหน้า ๓ ครับ",
    N("the office's own account answering a question about its order: the office may post"))
C.t("13:45", "ADM3",
    "ที่ สน ๐๐๑๘.๕/ว ๑๔๔๐ เรื่อง การจัดกิจกรรมเนื่องในวันต่อต้านยาเสพติดโลก ๒๖ มิถุนายน ๒๕๖๙ "
    "ขอให้อำเภอจัดกิจกรรมรณรงค์ในพื้นที่ และรายงานผลทางระบบ ภายในวันที่ ๓๐ มิ.ย. ๖๙", N(OK))
C.file("13:45", "ADM3", "ว1440 วันต่อต้านยาเสพติดโลก 2569.pdf", N(PF))
C.photos("13:46", "ADM3", 1, N(PG))
C.t("14:00", "TNY_C", "🙏", F("SKN-2P", "🙏 alone by a district chief after an order: an acknowledgement"))
C.t("16:20", "ADM1",
    "ที่ สน ๐๐๑๘.๒/ว ๑๔๕๒ เรื่อง หลักเกณฑ์การคัดเลือกกำนัน ผู้ใหญ่บ้าน ผู้ปฏิบัติงานดีเด่น (แหนบทองคำ) ประจำปี ๒๕๖๙ "
    "ให้อำเภอเสนอรายชื่อภายในวันที่ ๑๐ ก.ค. ๖๙", N(OK))
C.file("16:20", "ADM1", "หลักเกณฑ์แหนบทองคำ 2569.pdf", N(PF))
C.photos("16:21", "ADM1", 2, N(PG))

C.day(9)
C.t("08:30", "ADM1",
    "ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๑๔๖๐ ลว. ๘ มิ.ย. ๖๙ เรื่อง การสำรวจความเสียหายบ้านเรือนราษฎรจากวาตภัย "
    "(๗-๘ มิ.ย. ๒๕๖๙) ให้อำเภอที่ได้รับผลกระทบสำรวจและส่งแบบ ภายในวันที่ ๑๐ มิ.ย. ๖๙", N(OK))
C.file("08:30", "ADM1", "ว1460 สำรวจความเสียหายวาตภัย.pdf", N(PF))
C.t("08:40", "BMG_C", "ขอบคุณครับ", F("SKN-2P", "thanks by a district chief: a member's post in the office-only group"))
C.invite("09:15", "AKA_C", "AKA_X1",
         F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดกฤษณะ อากาศอำนวย"),
         F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดกฤษณะ อากาศอำนวย"),
         F("SKN-ALL", "inviter of a roster person not admitted to this group"))
C.t("09:18", "AKA_X1", "สวัสดีครับ ปลัดกฤษณะ อ.อากาศอำนวย ครับ 🙏",
    F("SKN-2P", "greeting by the invited deputy: a member's post in the office-only group"))
C.t("09:40", "ADM2",
    "ขออนุญาตครับ กลุ่มนี้สมาชิกเฉพาะปลัดจังหวัด นายอำเภอ และปลัดอำเภอประสานงาน "
    "ขออนุญาตนำปลัดกฤษณะออกจากกลุ่มนะครับ 🙏", N("the office's own account explaining the group's membership: allowed"))
C.remove("09:41", "ADM2", "ปลัดกฤษณะ อากาศอำนวย", N("the office removes the ineligible invitee: no finding for the remover"))
C.t("11:00", "ADM3",
    "ที่ สน ๐๐๑๘.๕/ว ๑๔๖๓ เรื่อง การจัดกำลังสมาชิกกองอาสารักษาดินแดน (อส.) สนับสนุนการช่วยเหลือผู้ประสบภัยในช่วงฤดูฝน", N(OK))
C.file("11:00", "ADM3", "ว1463 จัดกำลัง อส. ฤดูฝน.pdf", N(PF))
C.photos("11:01", "ADM3", 2, N(PG))
C.t("14:30", "ADM1",
    "ที่ สน ๐๐๑๘.๔/ว ๑๔๗๑ เรื่อง การเปิดให้บริการงานทะเบียนและบัตรประจำตัวประชาชนนอกเวลาราชการ "
    "(วันเสาร์ที่ ๒๗ มิ.ย. ๖๙)", N(OK))
C.file("14:30", "ADM1", "ว1471 บริการนอกเวลา 27มิย69.pdf", N(PF))
C.photos("14:31", "ADM1", 1, N(PG))


C.day(10)
C.t("08:20", "ADM2",
    "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๑๔๘๒ เรื่อง กำหนดการตรวจติดตามการปฏิบัติราชการอำเภอ (ปรับปรุงครั้งที่ ๑) "
    "อำเภอที่เปลี่ยนวันตรวจ ได้แก่ อ.คำตากล้า (๑๗ มิ.ย.) และ อ.ภูพาน (๒๓ มิ.ย.)", N(OK))
C.file("08:20", "ADM2", "กำหนดการตรวจอำเภอ ปรับปรุง1.pdf", N(PF))
C.t("08:40", "SWD_X1", "รับทราบครับ",
    N("display name ปลัดเบียร์ fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)"), noid=True)
C.t("09:10", "WNN_X1", "รับทราบครับ",
    F("SKN-2", "ordinary deputy (deputy_district_chief) shown in the group by his first post"),
    F("SKN-2P", "acknowledgement by a member who is not the office"))
C.t("10:30", "PPN_C", "ภูพานพายุเข้าเมื่อคืนครับ ต้นไม้ล้มทับสายไฟ ๒ จุด บ้านเสียหาย ๔ หลัง อส.เข้าช่วยแล้วครับ",
    F("SKN-2P", "an incident report with two photos posted by a district chief in the office-only group: one post, cited at its text"))
C.photos("10:31", "PPN_C", 2)
C.t("11:00", "PALAD",
    "ขอความร่วมมือครับ กลุ่มนี้ใช้ส่งหนังสือสั่งการของจังหวัดถึงอำเภอเท่านั้น ไม่ต้องตอบรับ "
    "รายงานเหตุหรือสอบถามให้ใช้กลุ่มที่เกี่ยวข้องครับ 🙏",
    N("the provincial palad (the office) reminding members of the group's use: allowed"))
C.t("13:30", "ADM3",
    "ที่ สน ๐๐๑๘.๕/ว ๑๔๘๘ เรื่อง การตรวจสอบสถานบริการ สถานบันเทิง และร้านจำหน่ายเครื่องดื่มแอลกอฮอล์ใกล้สถานศึกษา", N(OK))
C.file("13:30", "ADM3", "ว1488 ตรวจสถานบริการ.pdf", N(PF))
C.photos("13:31", "ADM3", 2, N(PG))
C.file("15:45", "ADM1", "ว1491 เลือก ผญบ.แทนตำแหน่งว่าง.pdf",
       N("the office's order sent as the letter's PDF first, its line right after: allowed"))
C.t("15:46", "ADM1",
    "↑ ที่ สน ๐๐๑๘.๒/ว ๑๔๙๑ เรื่อง การเลือกผู้ใหญ่บ้านแทนตำแหน่งที่ว่าง (บ้านโนนสะอาด ต.นาซอ อ.วานรนิวาส) "
    "ให้ อ.วานรนิวาส ดำเนินการตามระเบียบ", N("the line that follows the office's PDF: part of an allowed order post"))

C.day(11)
C.t("08:15", "ADM1",
    "ที่ สน ๐๐๑๘.๑/ว ๑๔๙๘ เรื่อง ขอเชิญประชุมหัวหน้าส่วนราชการ นายอำเภอ ประจำเดือนมิถุนายน ๒๕๖๙ "
    "วันจันทร์ที่ ๑๕ มิ.ย. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัดสกลนคร", N(OK))
C.file("08:15", "ADM1", "เชิญประชุมประจำเดือน มิย69.pdf", N(PF))
C.t("08:22", "MUE_D", "ขอเพิ่มวาระของอำเภอเมืองได้ไหมครับ ส่งทางไหนครับ",
    F("SKN-2P", "question by a coordinating deputy: members may not ask in this group"))
C.stk("09:00", "CRS_C", F("SKN-2P", "sticker by a district chief: a post by a member"))
C.t("10:15", "ADM2",
    "ที่ สน ๐๐๑๘.๖/ว ๑๕๐๓ เรื่อง เร่งรัดการดำเนินการเรื่องร้องเรียนของศูนย์ดำรงธรรมอำเภอที่ค้างเกิน ๓๐ วัน "
    "ให้ยุติเรื่องภายในเดือนมิถุนายน", N(OK))
C.file("10:15", "ADM2", "ว1503 เร่งรัดเรื่องร้องเรียน.pdf", N(PF))
C.photos("10:16", "ADM2", 2, N(PG))
C.t("10:20", "KUD_C", "รับทราบค่ะ", F("SKN-2P", "acknowledgement by a district chief"))
C.t("14:00", "ADM3",
    "ที่ สน ๐๐๑๘.๕/ว ๑๕๐๙ เรื่อง ข้อสั่งการกรมการปกครอง การป้องกันและปราบปรามการพนันออนไลน์และบัญชีม้า", N(OK))
C.file("14:00", "ADM3", "ว1509 พนันออนไลน์ บัญชีม้า.pdf", N(PF))
C.t("16:40", "ADM1",
    "ที่ สน ๐๐๑๘.๒/ว ๑๕๑๔ เรื่อง ขอความร่วมมือประชาสัมพันธ์การขึ้นทะเบียนเกษตรกรผู้ปลูกข้าว ปีการผลิต ๒๕๖๙/๗๐ "
    "ผ่านกำนัน ผู้ใหญ่บ้าน", N(OK))
C.file("16:40", "ADM1", "ว1514 ขึ้นทะเบียนเกษตรกร 69-70.pdf", N(PF))
C.photos("16:41", "ADM1", 2, N(PG))
C.rename("17:15", "KSS_C", "พงศธร โคกศรีฯ 🙏",
         N("a district chief renames himself; his later posts are still his (rename notice)"))

C.day(12)
C.t("07:30", "ADM2",
    "ด่วน แจ้งเตือนพายุฝนฟ้าคะนองและลมกระโชกแรง ช่วงวันที่ ๑๒-๑๔ มิ.ย. ๖๙ (ศูนย์ ปภ.เขต ๗) "
    "ให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน เตรียมความพร้อม", N(OK))
C.photos("07:30", "ADM2", 1, N(PG))
C.t("07:40", "NKN_C", "รับทราบค่ะ", F("SKN-2P", "acknowledgement by a district chief"))
C.t("08:05", "SDW_D", "ok ครับ 👌", F("SKN-2P", "acknowledgement by a coordinating deputy"))
C.t("08:12", "KSS_C", "รับทราบครับ โคกศรีสุพรรณแจ้งกำนันผู้ใหญ่บ้านแล้วครับ",
    F("SKN-2P", "acknowledgement by the district chief of โคกศรีสุพรรณ under the name he took on Thursday (rename notice)"),
    name="พงศธร โคกศรีฯ 🙏", noid=True)
C.file("09:30", "ADM1", "คำสั่งแต่งตั้งคณะตรวจอำเภอ.pdf",
       N("the office's order sent as the letter's PDF first, its line right after: allowed"))
C.t("09:31", "ADM1",
    "ส่งสำเนาคำสั่งจังหวัดสกลนคร ที่ ๑๘๔๒/๒๕๖๙ แต่งตั้งคณะทำงานตรวจติดตามการปฏิบัติราชการอำเภอ เพื่อทราบ",
    N("the line that follows the office's PDF: part of an allowed order post"))
C.t("11:20", "ADM2",
    "ที่ สน ๐๐๑๘.๓/ว ๑๕๒๔ เรื่อง การขอรับการสนับสนุนเงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน "
    "ซ้อมความเข้าใจหลักเกณฑ์", N(OK))
C.file("11:20", "ADM2", "ว1524 เงินทดรองราชการ.pdf", N(PF))
C.photos("11:21", "ADM2", 2, N(PG))
C.t("13:30", "ADM3",
    "ที่ สน ๐๐๑๘.๕/ว ๑๕๓๐ เรื่อง การรายงานผลการปฏิบัติงานด้านความมั่นคง ประจำเดือนมิถุนายน ๒๕๖๙ "
    "ส่งภายในวันที่ ๓๐ มิ.ย. ๖๙", N(OK))
C.file("13:30", "ADM3", "ว1530 รายงานความมั่นคง มิย69.pdf", N(PF))
C.t("15:10", "PALAD",
    "เรียน นายอำเภอทุกอำเภอ สุดสัปดาห์นี้มีพายุต่อเนื่อง ขอให้อยู่ในพื้นที่ และสั่งการ อส. เตรียมพร้อมครับ",
    N("the provincial palad's own order to the districts: the office may post"))
C.t("16:45", "ADM1",
    "ที่ สน ๐๐๑๘.๓/ว ๑๕๓๖ เรื่อง ขอเชิญร่วมพิธีเปิดศูนย์บัญชาการเหตุการณ์สาธารณภัยจังหวัดสกลนคร "
    "วันศุกร์ที่ ๑๙ มิ.ย. ๖๙ ให้อำเภอแจ้งรายชื่อผู้แทนเข้าร่วม", N(OK))
C.file("16:45", "ADM1", "เชิญร่วมพิธีเปิดศูนย์บัญชาการ 19มิย69.pdf", N(PF))
