"""ข้อสั่งการ ปค.สน. — the English-UI LINE PC export."""
from chat import Chat, F, N

NOTE_ORDER = "the provincial office's own order, with the letter's photos after it: allowed (the group is for exactly this)"

ORDERS = [
    # day, time, sender, text, photos
    (2, "08:20", "P006", "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๒๔๑๐๕ ลงวันที่ ๓๐ ตุลาคม ๒๕๖๙\nเรื่อง การสำรวจความเสียหายบ้านเรือนราษฎรจากอุทกภัย เพื่อให้ความช่วยเหลือตามระเบียบฯ\nเรียน นายอำเภอทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ", 3),
    (2, "09:05", "P007", "ที่ สน ๐๐๑๘.๑/ว ๒๔๑๑๒ ลว. ๒ พ.ย. ๒๕๖๙ เรื่อง กำชับการควบคุมการเล่นการพนันในงานบุญประเพณีแข่งเรือยาว ช่วงหลังออกพรรษา ขอให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน และ ชรบ. ถือปฏิบัติโดยเคร่งครัด", 2),
    (2, "10:40", "P006", "ด่วน\nที่ มท ๐๓๑๐.๑/ว ๕๕๘๗ (หนังสือกรมการปกครอง)\nเรื่อง แนวทางการจ่ายเงินช่วยเหลือผู้ประสบภัยที่บ้านได้รับความเสียหาย กรณีน้ำท่วมขัง\nให้อำเภอดำเนินการตามแนวทางที่แนบ", 4),
    (2, "14:30", "P008", "แจ้งกำหนดประชุมนายอำเภอประจำเดือนพฤศจิกายน ๒๕๖๙ วันจันทร์ที่ ๙ พ.ย. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัด (ชั้น ๓) การแต่งกาย ชุดปกติขาว", 1),
    (3, "08:30", "P006", "ที่ สน ๐๐๑๘.๔/ว ๒๔๑๓๐ ลงวันที่ ๒ พ.ย. ๒๕๖๙\nเรื่อง การตรวจสอบความถูกต้องข้อมูลผู้ประสบภัยก่อนเบิกจ่ายเงินทดรองราชการ\nเรียน นายอำเภอ ทุกอำเภอ", 2),
    (3, "10:15", "P007", "ที่ สน ๐๐๑๘.๒/ว ๒๔๑๓๘ เรื่อง การรับสมัครบุคคลเพื่อบรรจุเป็นสมาชิกกองอาสารักษาดินแดน (อส.) ประจำปี ๒๕๗๐ รายละเอียดตามหนังสือที่แนบ", 2),
    (3, "13:40", "P006", "ด่วนที่สุด\nที่ มท ๐๓๐๗/ว ๕๖๐๒\nเรื่อง การเตรียมความพร้อมรับมือภัยหนาวและการบริหารจัดการน้ำหลังน้ำลด\nรายละเอียดตามหนังสือที่แนบ", 3),
    (3, "16:00", "P008", "ขอส่งคำสั่งจังหวัดสกลนคร ที่ ๓๘๑๒/๒๕๖๙ เรื่อง แต่งตั้งคณะทำงานฟื้นฟูพื้นที่ประสบอุทกภัย ระดับอำเภอ", 2),
    (4, "08:15", "P006", "ที่ สน ๐๐๑๘.๓/ว ๒๔๑๖๐ ลว. ๓ พ.ย. ๖๙\nเรื่อง ซักซ้อมแนวทางการจัดงานประเพณีลอยกระทง ประจำปี ๒๕๖๙ (วันอังคารที่ ๒๔ พ.ย. ๖๙) ด้านความปลอดภัยทางน้ำ", 2),
    (4, "10:30", "P007", "ที่ สน ๐๐๑๘.๑/ว ๒๔๑๖๘ เรื่อง การดำเนินการตามมาตรการป้องกันและแก้ไขปัญหาหนี้นอกระบบ ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๗๐", 1),
    (4, "14:05", "P006", "ด่วน\nที่ สน ๐๐๑๘.๔/ว ๒๔๑๗๕\nเรื่อง เร่งรัดการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ไตรมาสที่ ๑", 2),
    (5, "08:40", "P006", "ที่ มท ๐๓๐๙.๒/ว ๕๖๔๔ เรื่อง การปรับปรุงข้อมูลทะเบียนบ้านผู้ประสบภัยที่ย้ายที่อยู่ชั่วคราว\nเรียน นายอำเภอทุกอำเภอ รายละเอียดตามแนบ", 3),
    (5, "11:20", "P007", "ที่ สน ๐๐๑๘.๒/ว ๒๔๒๐๑ เรื่อง การตรวจสอบสถานบริการและร้านจำหน่ายสุราในพื้นที่จัดงานประเพณี", 2),
    (5, "15:10", "P008", "แจ้งเวียน: กำหนดการตรวจเยี่ยมอำเภอของท่านผู้ว่าราชการจังหวัด ประจำเดือน พ.ย. ๖๙ (อ.อากาศอำนวย ๑๒ พ.ย. / อ.เต่างอย ๑๙ พ.ย.)", 1),
    (6, "08:30", "P006", "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๒๔๒๒๐\nเรื่อง การสำรวจความต้องการถุงยังชีพและเครื่องกันหนาว\nเรียน นายอำเภอ ทุกอำเภอ", 2),
    (6, "11:00", "P007", "ที่ สน ๐๐๑๘.๑/ว ๒๔๒๒๘ เรื่อง ประชาสัมพันธ์การลงทะเบียนแก้ไขปัญหาที่ดินทำกิน (ศูนย์ดำรงธรรมอำเภอ)", 2),
    (6, "14:45", "P006", "ที่ มท ๐๓๑๐.๔/ว ๕๗๐๑ เรื่อง แนวทางการคัดเลือกกำนันผู้ใหญ่บ้านดีเด่น ประจำปี ๒๕๗๐", 2),
]


def build():
    c = Chat("ข้อสั่งการ ปค.สน.", "[LINE]ข้อสั่งการ ปค.สน..txt", export=True)
    for k, (day, hm, who, text, ph) in enumerate(ORDERS):
        c.say(day, hm, who, text, photos=ph, gap=20, tags=[N(NOTE_ORDER)] if k % 2 == 0 else [])
    # members' posts and membership events
    c.sticker(2, "08:27", "P111", tags=[F("SKN-2P", "sticker by a district chief after an order: members may not answer in this group")])
    c.say(2, "09:12", "P202", "รับทราบครับ", tags=[F("SKN-2P", "acknowledgement by a coordinating deputy: a reply, which the group forbids")])
    c.say(2, "11:05", "P132", "ขอสอบถามครับ ค่าเสียหายบ้านที่ท่วมขังเกิน ๗ วัน ใช้แบบสำรวจเดิมได้ไหมครับ",
          tags=[F("SKN-2P", "question by a coordinating deputy: members may not ask in this group")])
    c.say(2, "11:30", "P005", "ขอความร่วมมือทุกท่านครับ กลุ่มนี้ใช้ส่งหนังสือสั่งการอย่างเดียว ไม่ต้องตอบรับหรือสอบถามในกลุ่มนี้ สอบถามได้ที่ฝ่ายปกครอง โทร ๐ ๔๒๗๑ ๑๔๖๑ ครับ",
          tags=[N("the provincial palad (the office) reminding members of the group's use: allowed")])
    c.say(2, "14:40", "P241", "🙏", tags=[F("SKN-2P", "🙏 alone by a district chief after an order: an acknowledgement")])
    c.say(2, "17:15", "P171", photos=2, gap=30,
          tags=[F("SKN-2P", "two photos of flood repairs posted by a district chief: one post, cited at the first photo")])
    c.system(3, "08:02", "invite", "P132", target="P134",
             tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดอร พรรณา"),
                   F("SKN-ALL", "on the roster, not admitted to this group, invited", who="ปลัดอร พรรณา"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ปลัดกฤษณะ พรรณานิคม")])
    c.say(3, "08:05", "P134", "สวัสดีค่ะ ปลัดอร อ.พรรณานิคม ค่ะ 🙏",
          tags=[F("SKN-2P", "greeting by the invited deputy: a member's post in the office-only group")])
    c.say(3, "11:00", "P221", "รายงานผลการสำรวจความเสียหายบ้านเรือน อ.ส่องดาว เสียหายบางส่วน ๒๓ หลัง เสียหายทั้งหลัง ๑ หลัง ครับ",
          tags=[F("SKN-2P", "a district's report posted by its chief in the office-only group")])
    c.say(3, "13:50", "P112", "รับทราบครับ",
          tags=[N("display name ปลัดเบียร์ fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    c.system(3, "19:40", "join", "สินเชื่อด่วน ทันใจ 💰", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    c.say(3, "19:41", "สินเชื่อด่วน ทันใจ 💰", "สินเชื่อข้าราชการ อนุมัติไว ไม่เช็คบูโร ดอกต่ำ สนใจแอดไลน์ได้เลยครับ",
          tags=[F("SKN-2P", "an advert by the outsider: only the office posts here")])
    c.system(3, "19:55", "remove", "P008", target="สินเชื่อด่วน ทันใจ 💰", tags=[N("the office removing an outsider: no finding")])
    c.say(4, "07:10", "P181", "สุขสันต์วันเกิดท่านปลัดจังหวัดครับ ขอให้มีสุขภาพแข็งแรงครับ 🎂",
          tags=[F("SKN-2P", "birthday wish (chat) by a district chief")])
    c.say(4, "08:25", "P174", "รับทราบครับผม",
          tags=[F("SKN-2", "ordinary deputy (deputy_district_chief) shown in the group by his first post"),
                F("SKN-2P", "acknowledgement by a member who is not the office")])
    c.sticker(4, "10:35", "P151", tags=[F("SKN-2P", "sticker acknowledgement by the district chief of วาริชภูมิ")])
    c.say(5, "08:52", "P262", "ทราบครับ ✅", tags=[F("SKN-2P", "acknowledgement by a coordinating deputy")])
    c.say(5, "09:30", "P005", "ย้ำครับ หนังสือ ว ๒๔๑๐๕ การสำรวจความเสียหายบ้านเรือน ให้รายงานจังหวัดทางระบบ e-report ไม่ต้องตอบในกลุ่มครับ",
          tags=[N("the palad's reminder of an order (ไม่ต้องตอบในกลุ่ม): the office may post")])
    c.say(6, "09:00", "P007", "เรียนท่านนายอำเภอทุกอำเภอ ขออนุญาตแจ้งแก้ไขเลขที่หนังสือเมื่อวาน (๕ พ.ย.) เรื่อง สถานบริการ เป็น ว ๒๔๒๐๑ ค่ะ",
          tags=[N("the office correcting its own letter number: allowed")])
    return c
