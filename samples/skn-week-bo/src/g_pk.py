"""ข้อสั่งการ ปค.สน.: the provincial administration office's orders to the districts (JSONL)."""
from frame import Chat, F, N

OFFICE = "the provincial office's own order with the letter attached: allowed (the group is for exactly this)"
PHOTOS_FIRST = ("the office clerk's order: photos of the letter first, its text last, one post of the office: "
                "allowed")


def build():
    c = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
    # Monday 7 (substitute holiday)
    c.post("7 07:55:12", "P007", "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๔๑๐๘ ลงวันที่ ๗ ธันวาคม ๒๕๖๙\n"
           "เรื่อง การเตรียมความพร้อมป้องกันและแก้ไขปัญหาภัยหนาว ปี ๒๕๖๙/๗๐\nเรียน นายอำเภอ ทุกอำเภอ\n"
           "รายละเอียดตามไฟล์แนบ", file="ด่วนที่สุด สน0018.3-ว4108 ภัยหนาว.pdf", key="pk1", tags=[N(OFFICE)])
    c.post("7 08:20:40", "P111", "รับทราบครับ", reply="pk1",
           tags=[F("SKN-2P", "acknowledgement (a reply to the order) by a district chief: members may not answer here")])
    c.post("7 09:10:05", "P006", "ที่ สน ๐๐๑๘.๑/ว ๔๑๑๕ ลว. ๗ ธ.ค. ๖๙\nเรื่อง การจัดกิจกรรมเนื่องในวันรัฐธรรมนูญ "
           "๑๐ ธันวาคม ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ\nขอให้อำเภอประดับธงชาติ และเชิญชวนส่วนราชการ ประชาชน "
           "ประดับธงชาติหน้าอาคารบ้านเรือน ระหว่างวันที่ ๙-๑๑ ธ.ค. ๖๙ ค่ะ", photos=3, first=True, key="pk2",
           tags=[N(PHOTOS_FIRST)])
    c.sticker("7 09:35:51", "P222", tags=[F("SKN-2P", "sticker by a coordinating deputy after an order: a reply by a member")])
    c.post("7 11:00:30", "P008", "แจ้งอำเภอ ค่ะ\nการรายงานสถานการณ์ภัยหนาวประจำวัน ผ่านระบบรายงานของ ปภ. "
           "ภายในเวลา ๐๙.๐๐ น. ทุกวัน รวมวันหยุดราชการ ตั้งแต่ ๗ ธ.ค. ๖๙ เป็นต้นไป จนกว่าจะยกเลิกประกาศ",
           photos=2, key="pk3")
    c.post("7 11:12:09", "P161", "🙏", reply="pk3",
           tags=[F("SKN-2P", "🙏 alone by a district chief: an acknowledgement, a post by a member")])
    c.post("7 14:30:44", "P006", "ที่ สน ๐๐๑๘.๒/ว ๔๑๒๐ ลว. ๗ ธ.ค. ๖๙\nเรื่อง มาตรการป้องกันและลดอุบัติเหตุทางถนน "
           "ช่วงเทศกาลปีใหม่ ๒๕๗๐ (๒๙ ธ.ค. ๖๙ – ๔ ม.ค. ๗๐)\nเรียน นายอำเภอ ทุกอำเภอ", photos=2, first=True,
           tags=[N(PHOTOS_FIRST)])
    c.post("7 16:05:18", "P005", "ท่านนายอำเภอทุกท่านครับ ช่วงวันหยุดชดเชยนี้ขอให้ติดตามสถานการณ์ภัยหนาวใกล้ชิด "
           "กำชับกำนัน ผู้ใหญ่บ้าน ดูแลผู้สูงอายุที่อยู่ลำพัง และระวังอัคคีภัยจากการก่อไฟผิงครับ",
           tags=[N("the provincial palad's instruction: the office may post here")])
    # Tuesday 8
    c.post("8 08:05:02", "P006", "ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๔๑๒๖ ลว. ๘ ธ.ค. ๖๙\nเรื่อง การเตรียมการป้องกันและ "
           "แก้ไขปัญหาภัยแล้ง ปี ๒๕๖๙/๗๐\nเรียน นายอำเภอ ทุกอำเภอ\nให้อำเภอจัดทำแผนเผชิญเหตุ "
           "และสำรวจแหล่งน้ำสำรอง ส่งจังหวัดภายใน ๒๒ ธ.ค. ๖๙", photos=4, first=True, key="pk5",
           tags=[N(PHOTOS_FIRST)])
    c.post("8 08:55:27", "P142", "เรียนสารบรรณครับ หน้า ๓ ของหนังสือภัยแล้งภาพไม่ชัด ขอไฟล์ PDF ได้ไหมครับ",
           reply="pk5", tags=[F("SKN-2P", "a question by a coordinating deputy: members may not ask in this group")])
    c.post("8 09:05:33", "P006", "ไฟล์ PDF ฉบับเต็มค่ะ", file="ด่วนที่สุด สน0018.3-ว4126 ภัยแล้ง.pdf",
           tags=[N("the office re-sends the letter as a PDF: an office post, allowed")])
    c.post("8 09:40:11", "P214", "รับทราบครับ สว่างแดนดิน",
           tags=[F("SKN-2", "an ordinary deputy (deputy_district_chief) in ข้อสั่งการ ปค.สน.; first message that "
                            "shows him here"),
                 F("SKN-2P", "acknowledgement by a member who is not the office")])
    c.post("8 10:30:15", "P007", "ด่วน\nแจ้งอำเภอที่ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน "
           "(ภัยหนาว) แล้ว ส่งสำเนาประกาศทางระบบสารบรรณอิเล็กทรอนิกส์ ภายในวันที่ ๙ ธ.ค. ๖๙ ครับ",
           file="แบบรายงานประกาศเขตภัยหนาว.docx", key="pk6")
    c.post("8 11:20:48", "P171", "อำเภอวานรนิวาส รายงานอุณหภูมิต่ำสุด ๓ วันครับ\nวันที่ | อุณหภูมิ(°C)\n"
           "๕ ธ.ค. | ๑๑.๒\n๖ ธ.ค. | ๑๐.๘\n๗ ธ.ค. | ๑๐.๑\nยังไม่เข้าเกณฑ์ประกาศเขตฯ ครับ",
           tags=[F("SKN-2P", "a district's report typed as a table, posted by its chief in the office-only group")])
    c.post("8 11:45:20", "P008", "แจ้งเวียนค่ะ หนังสือกรมการปกครอง ที่ มท ๐๓๐๙.๑/ว ๓๘๒๕ เรื่อง การปฏิบัติงาน "
           "ของกำนัน ผู้ใหญ่บ้าน ในช่วงภัยหนาว", photos=2)
    c.system("8 13:00:07", "invite", "P201", target="P203",
             tags=[F("SKN-2", "invitee is a district volunteer officer (volunteer_center_staff), not admitted to "
                              "ข้อสั่งการ ปค.สน."),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "สุภาวดี จอส.อากาศ"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "นอภ.อากาศอำนวย")])
    c.post("8 13:02:30", "P203", "สวัสดีค่ะ สุภาวดี จอส.อากาศอำนวยค่ะ ท่านนายอำเภอให้เข้ามาติดตามหนังสือค่ะ 🙏",
           tags=[F("SKN-2P", "greeting by the invited volunteer officer: a member's post in the office-only group")])
    c.post("8 13:30:55", "P008", "ขอความร่วมมือค่ะ 🙏 สมาชิกกลุ่มนี้ เฉพาะ นอภ. และปลัดอำเภอประสานงาน "
           "ตามแนวทางของจังหวัด ขอให้ นอภ.อากาศอำนวย นำเจ้าหน้าที่ออกจากกลุ่มด้วยค่ะ",
           tags=[N("the office reminding members of the group's rules: allowed")])
    c.system("8 13:45:19", "remove", "P201", target="P203",
             tags=[N("removal of the volunteer officer by her chief: not a post, no finding")])
    c.post("8 15:00:03", "P005", "ย้ำครับ กลุ่มนี้ใช้ส่งหนังสือสั่งการจากจังหวัดถึงอำเภอเท่านั้น "
           "ไม่ต้องตอบรับ ไม่ต้องรายงานในกลุ่ม หากสงสัยโทรสอบถามกลุ่มงานได้โดยตรงครับ")
    c.post("8 16:20:36", "P006", "ที่ สน ๐๐๑๘.๑/ว ๔๑๓๓ ลว. ๘ ธ.ค. ๖๙\nเรื่อง การจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๗๐ "
           "(วันเสาร์ที่ ๙ ม.ค. ๒๕๗๐)\nเรียน นายอำเภอ ทุกอำเภอ", photos=2, first=True)
    # Wednesday 9 (the palad's birthday)
    c.post("9 07:45:10", "P006", "ที่ สน ๐๐๑๘.๔/ว ๔๑๔๐ ลว. ๘ ธ.ค. ๖๙\nเรื่อง ขอให้จัดหน่วยบริการทำบัตรประจำตัว "
           "ประชาชนเคลื่อนที่ โครงการจังหวัดเคลื่อนที่ วันศุกร์ที่ ๑๘ ธ.ค. ๖๙ ณ อ.วาริชภูมิ", photos=1, first=True)
    c.post("9 08:10:22", "P131", "สุขสันต์วันเกิดท่านปลัดจังหวัดครับ 🎂🎉 ขอให้สุขภาพแข็งแรงครับ",
           name="ไพบูลย์ 🐃 พรรณาฯ",
           tags=[F("SKN-2P", "birthday wish (chat) by the district chief of พรรณานิคม, under the name he took on "
                             "Tuesday: only the office posts here")])
    c.post("9 08:12:40", "P192", "สุขสันต์วันเกิดครับท่าน 🙏🎂",
           tags=[F("SKN-2P", "birthday wish by a coordinating deputy: a member's post")])
    c.post("9 08:20:05", "P005", "ขอบคุณมากครับ 🙏 แต่ขอความกรุณางดโพสต์ในกลุ่มนี้นะครับ ใช้ส่งหนังสือสั่งการเท่านั้น",
           tags=[N("the palad thanks and reminds: an office post, allowed")])
    c.post("9 09:00:48", "P007", "ที่ สน ๐๐๑๘.๓/ว ๔๑๔๒ ลว. ๙ ธ.ค. ๖๙\nเรื่อง มาตรการป้องกันไฟป่าและหมอกควัน "
           "ลดการเผาในที่โล่ง (อ้อย ตอซังข้าว) ปี ๒๕๖๙/๗๐\nเรียน นายอำเภอ ทุกอำเภอ",
           file="สน0018.3-ว4142 ไฟป่าหมอกควัน.pdf", key="pk9")
    c.post("9 10:15:31", "P152", "รับทราบครับ", name="ปลัดเบียร์", reply="pk9",
           tags=[N("display name ปลัดเบียร์ fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    c.post("9 11:30:14", "P008", "แจ้งเพื่อทราบค่ะ ท่านปลัดจังหวัดนัดประชุมนายอำเภอ ก่อนการประชุมกรมการจังหวัด "
           "วันพุธที่ ๑๖ ธ.ค. ๖๙ เวลา ๐๘.๓๐ น. ห้องประชุมพระตำหนักภูพาน ศาลากลางจังหวัด")
    c.post("9 13:20:02", "P006", "ที่ สน ๐๐๑๘.๓/ว ๔๑๔๖ ลว. ๙ ธ.ค. ๖๙\nเรื่อง การตรวจสอบการรับความช่วยเหลือ "
           "(ผ้าห่ม ถุงยังชีพ) ซ้ำซ้อน\nเรียน นายอำเภอ ทุกอำเภอ", photos=2, first=True)
    c.post("9 14:00:29", "P162", "ขออภัยครับส่งช้า สำเนาประกาศเขตภัยหนาว อ.นิคมน้ำอูน "
           "ส่งทางสารบรรณอิเล็กทรอนิกส์แล้วครับ", reply="pk6",
           tags=[F("SKN-2P", "a late answer with an apology by a coordinating deputy: members may not answer here")])
    c.post("9 15:30:12", "P101", "ภาพพิธีถวายพระพรชัยมงคล ๕ ธ.ค. ๖๙ อ.เมืองสกลนคร ครับ", photos=2, first=True,
           tags=[F("SKN-2P", "a district chief's photos with their caption after them: one post by a member, "
                             "cited at its first photo")])
    c.post("9 16:45:40", "P008", "แจ้งอำเภอค่ะ ให้จัดเวรรักษาการณ์ที่ว่าการอำเภอ วันหยุดราชการ ๑๐ ธ.ค. ๖๙ "
           "(วันรัฐธรรมนูญ) และรายงานเหตุสำคัญทางโทรศัพท์ ศูนย์ดำรงธรรม", photos=1)
    # Thursday 10 (Constitution Day)
    c.post("10 08:30:21", "P007", "ด่วน\nแจ้ง อ.ภูพาน อ.กุดบาก อ.ส่องดาว อ.เต่างอย\nเกิดไฟป่าบริเวณรอยต่อเทือกเขาภูพาน "
           "ขอให้อำเภอสั่งการ ชรบ. และ อส. ร่วมกับหน่วยป้องกันรักษาป่า เฝ้าระวังตลอด ๒๔ ชม.", photos=1,
           tags=[N("urgent office order to four districts on the holiday: allowed")])
    c.post("10 09:20:54", "P271", "@ปลัดนินทร์ กุดบาก ฝากแจ้งทีมดับไฟป่าฝั่งกุดบากสแตนด์บายด้วยครับ ลมแรง",
           tags=[F("SKN-2P", "a district chief @mentioning a member of another district: members may not talk to "
                             "one another here")])
    c.post("10 09:40:16", "P005", "ท่านนายอำเภอภูพานครับ กลุ่มนี้ไม่ใช้สื่อสารระหว่างกันนะครับ ประสานทางไลน์ส่วนตัว "
           "หรือกลุ่มผู้บริหารครับ 🙏", tags=[N("the palad's reminder: an office post")])
    c.system("10 18:00:02", "leave", "P191",
             tags=[N("a district chief leaving (he changed his phone): an eligible member, no finding")])
    c.system("10 18:06:45", "invite", "P005", target="P191",
             tags=[N("eligible invitee: a district chief invited back by the palad")])
    # Friday 11
    c.post("11 08:00:09", "P006", "ที่ สน ๐๐๑๘.๒/ว ๔๑๕๐ ลว. ๑๐ ธ.ค. ๖๙\nเรื่อง การจัดตั้งศูนย์อำนวยการ "
           "ความปลอดภัยทางถนนอำเภอ ช่วงเทศกาลปีใหม่ ๒๕๗๐\nเรียน นายอำเภอ ทุกอำเภอ", photos=2, first=True,
           key="pk13")
    c.post("11 08:40:37", "P241", "รับทราบครับผม", reply="pk13",
           tags=[F("SKN-2P", "acknowledgement by a district chief, as a reply to the order")])
    c.post("11 09:10:50", "P008", "แจ้งเพื่อทราบค่ะ กำหนดการประชุมประจำเดือน ธ.ค. ๖๙ และระเบียบวาระ", photos=2)
    c.post("11 10:00:18", "P007", "ที่ สน ๐๐๑๘.๓/ว ๔๑๕๕ ลว. ๑๑ ธ.ค. ๖๙\nเรื่อง การตรวจสอบสถานบริการ "
           "และการจำหน่ายสุรา ช่วงเทศกาลปีใหม่ ๒๕๗๐\nเรียน นายอำเภอ ทุกอำเภอ",
           file="สน0018.3-ว4155 สถานบริการปีใหม่.pdf")
    c.post("11 11:30:41", "P008", "สรุปหนังสือสั่งการประจำสัปดาห์ (๗-๑๑ ธ.ค. ๖๙) ค่ะ\n"
           "๑. ว ๔๑๐๘ ภัยหนาว\n๒. ว ๔๑๑๕ วันรัฐธรรมนูญ\n๓. ว ๔๑๒๐ ปีใหม่ ๒๕๗๐\n๔. ว ๔๑๒๖ ภัยแล้ง\n"
           "๕. ว ๔๑๓๓ วันเด็ก\n๖. ว ๔๑๔๐ บัตรเคลื่อนที่\n๗. ว ๔๑๔๒ ไฟป่า\n๘. ว ๔๑๔๖ ความช่วยเหลือซ้ำซ้อน\n"
           "๙. ว ๔๑๕๐ ศปถ.อำเภอ\n๑๐. ว ๔๑๕๕ สถานบริการ")
    c.post("11 14:00:26", "P006", "ที่ สน ๐๐๑๘.๑/ว ๔๑๕๘ ลว. ๑๑ ธ.ค. ๖๙\nเรื่อง การคัดเลือกกำนัน ผู้ใหญ่บ้าน "
           "เพื่อรับรางวัลแหนบทองคำ ประจำปี ๒๕๗๐ ขอให้อำเภอเสนอรายชื่อภายใน ๑๕ ม.ค. ๒๕๗๐", photos=3, first=True,
           tags=[N(PHOTOS_FIRST)])
    c.post("11 15:30:03", "P005", "ขอบคุณท่านนายอำเภอทุกท่านครับ สัปดาห์นี้มีหนังสือสั่งการมาก ขอให้มอบหมาย "
           "ปลัดอำเภอประสานงานติดตามให้ครบครับ")
    return c
