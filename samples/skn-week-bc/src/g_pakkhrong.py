"""ข้อสั่งการ ปค.สน.: the provincial administration office's orders to the districts."""
from chat import Chat, F, N

GROUP = "ข้อสั่งการ ปค.สน."
FNAME = "pakkhrong-orders.jsonl"

OFFICE_ORDER = "the provincial office's own order with the letter attached: allowed (the group is for exactly this)"
OFFICE_MEDIA = "the letter's pages sent by the office right after its order: part of an allowed order post"
MEMBER_POST = "{what} by {who}: members may not post, ask or answer in this group (only the office posts)"


def build():
    C = Chat(GROUP, FNAME)
    NEW_KUDBAK = "ทรงพระเจริญ 🙏 ทรงศักดิ์"

    # Monday 27
    C.say(27, "07:30", "P006",
          "ด่วนที่สุด\nที่ สน ๐๐๑๘.๑/ว ๑๕๐๘๘ ลงวันที่ ๒๔ กรกฎาคม ๒๕๖๙\n"
          "เรื่อง การประดับธงชาติ ธงตราสัญลักษณ์ และพระบรมฉายาลักษณ์ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา ๒๘ กรกฎาคม ๒๕๖๙\n"
          "เรียน นายอำเภอ ทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ",
          photos=2, tags=[N(OFFICE_ORDER)])
    C.sticker(27, "07:34", "P068",
              tags=[F("SKN-2P", MEMBER_POST.format(what="sticker after an order", who="a district chief"))])
    C.say(27, "07:40", "P006",
          "ที่ สน ๐๐๑๘.๑/ว ๑๕๑๐๒ ลว. ๒๔ ก.ค. ๖๙\nเรื่อง กำหนดการพิธีเฉลิมพระชนมพรรษาฯ และการแต่งกาย (เครื่องแบบปกติขาว)\nเรียน นายอำเภอ ทุกอำเภอ",
          file="สน0018.1ว15102 กำหนดการ 28 ก.ค.69.pdf", tags=[N(OFFICE_ORDER)])
    C.say(27, "07:52", "P033", "รับทราบครับ",
          tags=[F("SKN-2P", MEMBER_POST.format(what="acknowledgement", who="a coordinating deputy"))])
    C.say(27, "08:10", "P007",
          "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๑๕๑๑๗ ลว. ๒๖ ก.ค. ๖๙\n"
          "เรื่อง การเฝ้าระวังและเตรียมความพร้อมรับมือสถานการณ์อุทกภัย (ปภ. แจ้งเตือน ฉบับที่ ๓)\n"
          "เรียน นายอำเภอ ทุกอำเภอ\nให้อำเภอแจ้ง อปท. กำนัน ผู้ใหญ่บ้าน ติดตามสถานการณ์และแจ้งเตือนประชาชนพื้นที่ลุ่มต่ำ",
          photos=3, tags=[])
    C.say(27, "08:31", "P060", "เรียนสอบถามครับ รายงานสถานการณ์น้ำส่งทาง ปภ. หรือส่งทางจังหวัดครับ",
          tags=[F("SKN-2P", MEMBER_POST.format(what="question about an order", who="a district chief"))])
    C.say(27, "08:45", "P006",
          "ที่ มท ๐๓๐๙.๓/ว ๔๑๑๒ ลว. ๒๓ ก.ค. ๒๕๖๙ (กรมการปกครอง)\n"
          "เรื่อง การงดจำหน่ายสุราในวันอาสาฬหบูชาและวันเข้าพรรษา (๒๙-๓๐ ก.ค. ๖๙)\n"
          "ขอให้อำเภอประชาสัมพันธ์ผู้ประกอบการ และตรวจสอบการปฏิบัติตามกฎหมาย",
          file="มท0309.3ว4112.pdf", tags=[])
    C.say(27, "09:02", "P081", "🙏",
          tags=[F("SKN-2P", MEMBER_POST.format(what="🙏 alone after an order (an acknowledgement)", who="a district chief"))])
    C.say(27, "09:30", "P008",
          "แจ้งเวียน\nที่ สน ๐๐๑๘.๔/ว ๑๕๑๒๐ เรื่อง แนวทางการแต่งกายจิตอาสาพระราชทานในกิจกรรมวันที่ ๒๘ ก.ค. ๖๙\nเรียน นายอำเภอ ทุกอำเภอ",
          photos=1,
          tags=[N("order sent by a person with two roles (provincial_admin_staff|volunteer_center_staff): admitted here and posting as one of the office's accounts")])
    C.say(27, "10:15", "P005",
          "เรียนท่านนายอำเภอ และปลัดอำเภอประสานงาน ทุกท่านครับ\n"
          "กลุ่มนี้ใช้ส่งหนังสือสั่งการของที่ทำการปกครองจังหวัดเท่านั้น ขอความกรุณางดตอบรับ งดสอบถาม และงดส่งรายงานในกลุ่มนี้ครับ "
          "หากมีข้อสงสัยโทรสอบถามกลุ่มงานปกครองได้โดยตรง",
          tags=[N("the provincial palad (the office) reminding members of the group's use: the office may post")])
    C.system(27, "10:40", "invite", "P063", target="P067",
             tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดกิตติ สว่างแดนดิน"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดกิตติ สว่างแดนดิน"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", who="นอภ.สว่างแดนดิน วรเชษฐ์")])
    C.say(27, "10:42", "P067", "สวัสดีครับ ปลัดกิตติ อ.สว่างแดนดิน ครับ ท่านนายอำเภอให้เข้ามาช่วยติดตามหนังสือครับ 🙏",
          tags=[F("SKN-2P", MEMBER_POST.format(what="greeting", who="the deputy just invited"))])
    C.say(27, "11:20", "P006",
          "ที่ สน ๐๐๑๘.๑/ว ๑๕๑๓๓ ลว. ๒๗ ก.ค. ๖๙\nเรื่อง ขอเชิญร่วมพิธีเวียนเทียนเนื่องในวันอาสาฬหบูชา ณ วัดพระธาตุเชิงชุมวรวิหาร วันที่ ๒๙ ก.ค. ๖๙ เวลา ๑๙.๐๐ น.\nเรียน นายอำเภอเมืองสกลนคร และนายอำเภอทุกอำเภอ",
          photos=1, tags=[])
    C.say(27, "13:10", "P007",
          "ที่ สน ๐๐๑๘.๓/ว ๑๕๑๔๐ ลว. ๒๗ ก.ค. ๖๙\nเรื่อง การขับเคลื่อนการป้องกันและแก้ไขปัญหายาเสพติด ช่วงเทศกาลเข้าพรรษา ๒๕๖๙\n"
          "ให้อำเภอเร่งรัดการค้นหา คัดกรอง และส่งต่อผู้เสพเข้ารับการบำบัด ในหมู่บ้าน/ชุมชนเป้าหมาย",
          photos=2, tags=[])
    C.say(27, "13:25", "P059", "รับทราบครับ",
          tags=[F("SKN-2", "a district volunteer officer (volunteer_center_staff) in ข้อสั่งการ ปค.สน.; first message that shows him here"),
                F("SKN-2P", MEMBER_POST.format(what="acknowledgement", who="a member who is not the office"))])
    C.say(27, "14:05", "P061", "รับทราบครับผม", forceid=True,
          tags=[F("SKN-2P", "acknowledgement by ปลัดบอย; the display name is shared, but the message carries the LINE user id of the coordinating deputy of อากาศอำนวย, so it is judged: members may not answer here")])
    C.say(27, "14:30", "P006",
          "ที่ สน ๐๐๑๘.๔/ว ๑๕๑๕๒ ลว. ๒๗ ก.ค. ๖๙\nเรื่อง การสำรวจความเสียหายและการให้ความช่วยเหลือผู้ประสบภัย (แบบ กชภ.๐๑)\nเรียน นายอำเภอ ทุกอำเภอ",
          file="แบบ กชภ.01_2569.xlsx", tags=[])
    C.say(27, "15:10", "P066", "👍", noid=True,
          tags=[N("display name ปลัดบอย with no user id on the message: fits two roster people, ambiguous, never judged (no SKN-2P, no SKN-2)")])
    C.say(27, "16:20", "P006",
          "ที่ สน ๐๐๑๘.๑/ว ๑๕๑๖๐ ลว. ๒๗ ก.ค. ๖๙\nเรื่อง การจัดเวรรักษาการณ์และเวรปฏิบัติราชการในวันหยุดราชการ ๒๘-๓๐ กรกฎาคม ๒๕๖๙\n"
          "ให้อำเภอจัดเวร และส่งรายชื่อเวรทาง e-mail ของ ปค.จ. ภายในเวลา ๑๒.๐๐ น. วันศุกร์ที่ ๓๑ ก.ค. ๖๙",
          file="สน0018.1ว15160 เวรวันหยุด.pdf",
          tags=[N("an office order with a deadline, in ข้อสั่งการ ปค.สน.: allowed; it opens no SKN-5O duty (only ศอ.จอส.จว.สน. orders do)")])
    C.say(27, "16:40", "P037", "รับทราบค่ะท่าน",
          tags=[F("SKN-2P", MEMBER_POST.format(what="acknowledgement", who="a district chief"))])

    # Tuesday 28 (holiday)
    C.say(28, "06:30", "P078", photos=1,
          tags=[F("SKN-2P", MEMBER_POST.format(what="a birthday greeting card (ทรงพระเจริญ image)", who="a district chief"))])
    C.sticker(28, "06:45", "P035", name=NEW_KUDBAK, forceid=True,
              tags=[F("SKN-2P", MEMBER_POST.format(what="sticker", who="the district chief of กุดบาก under his new display name (roster lists both)"))])
    C.say(28, "07:00", "P006",
          "ขอเชิญข้าราชการทุกท่านร่วมลงนามถวายพระพรชัยมงคล ทางเว็บไซต์สำนักพระราชวัง หรือ ณ ศาลากลางจังหวัดสกลนคร ชั้น ๑ (๒๐-๓๑ ก.ค. ๖๙)",
          photos=1, tags=[])
    C.say(28, "08:15", "P007",
          "แจ้งเตือนด่วน\nศูนย์อุตุนิยมวิทยาภาคตะวันออกเฉียงเหนือ แจ้งฝนตกหนักถึงหนักมาก ๒๘-๓๑ ก.ค. ๖๙\n"
          "ให้อำเภอแจ้งเตือนประชาชนพื้นที่ลุ่มต่ำริมลำน้ำสงคราม ลำน้ำยาม และลำน้ำอูน และเตรียมพร้อมอพยพ",
          photos=1, tags=[])
    C.say(28, "09:40", "P060",
          "อ.อากาศอำนวย รายงานสถานการณ์ครับ ลำน้ำสงครามสูงขึ้น ๔๐ ซม. ใน ๒๔ ชม. น้ำเริ่มท่วมนาข้าว ต.ท่าก้อน ประมาณ ๑,๒๐๐ ไร่ ยังไม่กระทบบ้านเรือน",
          photos=2,
          tags=[F("SKN-2P", MEMBER_POST.format(what="a district's situation report with two photos (one post)", who="a district chief"))])

    # Wednesday 29 (holiday)
    C.say(29, "08:00", "P006",
          "กำชับ\nวันที่ ๒๙-๓๐ ก.ค. ๖๙ ห้ามจำหน่ายสุรา ให้อำเภอจัดชุดออกตรวจร้านค้าและสถานบริการในพื้นที่ หากพบการฝ่าฝืนให้ดำเนินการตามกฎหมาย",
          photos=1, tags=[])
    C.say(29, "10:05", "P007",
          "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๑๕๑๗๘ ลว. ๒๙ ก.ค. ๖๙\nเรื่อง การเปิดศูนย์ช่วยเหลือผู้ประสบภัยระดับอำเภอในช่วงวันหยุดราชการ\nเรียน นายอำเภอ ทุกอำเภอ",
          file="สน0018.3ว15178.pdf", tags=[N("office order sent on a public holiday: allowed")])
    C.say(29, "10:20", "P050", "ต้องเปิดศูนย์ทุกอำเภอไหมครับ หรือเฉพาะอำเภอที่มีพื้นที่ประสบภัย",
          tags=[F("SKN-2P", MEMBER_POST.format(what="question about an order", who="a coordinating deputy"))])
    C.say(29, "14:30", "P005",
          "ตอบข้อสอบถามที่โทรเข้ามาครับ ศูนย์ช่วยเหลือผู้ประสบภัยให้เปิดเฉพาะอำเภอที่มีพื้นที่ประสบภัย อำเภออื่นให้เตรียมพร้อมครับ",
          tags=[])

    # Thursday 30 (holiday)
    C.say(30, "07:30", "P006",
          "วันเข้าพรรษา ๓๐ ก.ค. ๖๙\nกรมการปกครองขอความร่วมมืออำเภอรณรงค์ \"งดเหล้าเข้าพรรษา\" ชวนข้าราชการ กำนัน ผู้ใหญ่บ้าน ลงนามปฏิญญาร่วมกัน",
          photos=1, tags=[])
    C.say(30, "14:00", "P007",
          "สรุปสถานการณ์อุทกภัย จ.สกลนคร ณ ๓๐ ก.ค. ๖๙ เวลา ๑๒.๐๐ น.\nพื้นที่ประสบภัย ๕ อำเภอ ๑๒ ตำบล ๔๓ หมู่บ้าน นาข้าวเสียหายเบื้องต้น ๖,๘๐๐ ไร่",
          photos=1, tags=[N("the office's situation summary: an office post, not a member's report")])

    # Friday 31
    C.say(31, "08:00", "P006",
          "ที่ สน ๐๐๑๘.๒/ว ๑๕๒๐๑ ลว. ๓๐ ก.ค. ๖๙\nเรื่อง การประชุมกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนสิงหาคม ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ",
          file="สน0018.2ว15201 ประชุม ส.ค.69.pdf", tags=[])
    C.say(31, "08:10", "P006",
          "ที่ มท ๐๓๑๐.๑/ว ๔๒๓๐ ลว. ๒๘ ก.ค. ๖๙\nเรื่อง การคัดเลือกกำนันและผู้ใหญ่บ้านดีเด่น ประจำปี ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ",
          file="มท0310.1ว4230.pdf", tags=[])
    C.say(31, "08:30", "P005",
          "ทวงครับ รายชื่อเวรวันหยุดครบกำหนดเที่ยงวันนี้ ยังขาด ๖ อำเภอ ส่งทาง e-mail นะครับ ไม่ต้องตอบในกลุ่ม",
          tags=[N("the palad's reminder (ทวง…ไม่ต้องตอบในกลุ่ม): the office may post")])
    C.say(31, "10:30", "P007",
          "ที่ สน ๐๐๑๘.๓/ว ๑๕๒๑๐ ลว. ๓๑ ก.ค. ๖๙\nเรื่อง การตั้งจุดตรวจ จุดสกัด ยาเสพติด ตามแผนปฏิบัติการเดือนสิงหาคม ๒๕๖๙",
          photos=2, tags=[])
    C.say(31, "13:30", "P006",
          "ที่ สน ๐๐๑๘.๑/ว ๑๕๒๒๒ ลว. ๓๑ ก.ค. ๖๙\nเรื่อง การจัดงานวันแม่แห่งชาติ ๑๒ สิงหาคม ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ",
          photos=2, tags=[])
    C.say(31, "15:00", "P007",
          "ที่ สน ๐๐๑๘.๓/ว ๑๕๒๒๙ ลว. ๓๑ ก.ค. ๖๙\nเรื่อง การรายงานความเสียหายด้านการเกษตรจากอุทกภัย (ให้ใช้แบบ กษ.๐๑)",
          file="แบบ กษ01.xlsx", tags=[])
    C.say(31, "16:45", "P006",
          "ที่ สน ๐๐๑๘.๔/ว ๑๕๒๓๐ ลว. ๓๑ ก.ค. ๖๙\nเรื่อง การประเมินผลการปฏิบัติราชการของอำเภอ รอบที่ ๒ ปีงบประมาณ ๒๕๖๙",
          file="สน0018.4ว15230.pdf", tags=[])
    return C
