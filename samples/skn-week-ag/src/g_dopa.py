"""ข้อสั่งการ ปค.สน. (pakkhrong-orders.jsonl): the provincial office's orders; members may not post."""
from chat import Chat, F, N, D29, D30, D31, J1, J2

OFFICE_ORDER = "the provincial office's own order with the letter attached: allowed (the group is for exactly this)"


def build():
    c = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
    s, st, sy = c.say, c.sticker, c.system

    # Monday 29 Dec
    s(D29, "07:50", "P006",
      "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๒๖๔๑๐ ลงวันที่ ๒๖ ธันวาคม ๒๕๖๘\n"
      "เรื่อง การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ พ.ศ. ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ\n"
      "ด้วยศูนย์อำนวยการความปลอดภัยทางถนนจังหวัดสกลนคร กำหนดช่วงควบคุมเข้มข้น ๗ วัน ระหว่างวันที่ ๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙ "
      "จึงขอให้อำเภอ\n(๑) เปิดศูนย์ปฏิบัติการ ศปถ.อำเภอ ตลอด ๒๔ ชั่วโมง\n(๒) ตั้งด่านชุมชนในหมู่บ้านที่มีความเสี่ยงทุกแห่ง\n"
      "(๓) บันทึกข้อมูลอุบัติเหตุในระบบ ThaiRSC ภายในเวลา ๑๐.๐๐ น. ของวันถัดไป\nรายละเอียดตามหนังสือที่แนบ",
      file="สน0018.3-ว26410 ปีใหม่69.pdf", tags=[N(OFFICE_ORDER)])
    s(D29, "08:02", "P101", "รับทราบครับ",
      tags=[F("SKN-2P", "acknowledgement by a district chief: members may not answer in this group")])
    s(D29, "08:30", "P007",
      "ที่ สน ๐๐๑๘.๒/ว ๒๖๔๒๕ เรื่อง การให้ความช่วยเหลือผู้ประสบภัยหนาว ปี ๒๕๖๘/๖๙\n"
      "ขอให้อำเภอตรวจสอบบัญชีผู้ประสบภัยหนาว และประสาน อปท. แจกจ่ายเครื่องกันหนาวให้ทั่วถึง "
      "พร้อมรายงานผลทางระบบ e-report ของจังหวัด", photos=3, tags=[N(OFFICE_ORDER)])
    st(D29, "08:31", "P142",
       tags=[F("SKN-2P", "sticker by a coordinating deputy (also his district's volunteer officer): only the office posts here")])
    s(D29, "09:40", "P008",
      "เรื่อง การรักษาความปลอดภัยสถานที่ราชการช่วงวันหยุดยาวปีใหม่ (๓๑ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙)\n"
      "ขอให้อำเภอจัดเวรยามรักษาการณ์ที่ว่าการอำเภอ และส่งคำสั่งเวรให้จังหวัดทางอีเมล ภายในวันที่ ๓๐ ธ.ค. ๖๘ ค่ะ",
      file="คำสั่งเวรยาม ปีใหม่69 (แบบ).docx", key="guard", tags=[N(OFFICE_ORDER)])
    s(D29, "10:15", "P132", "สอบถามครับ คำสั่งเวรส่งอีเมลไหนครับ", reply="guard",
      tags=[F("SKN-2P", "question by a coordinating deputy: members may not ask in this group")])
    s(D29, "10:20", "P008", "ส่งอีเมลกลุ่มงานความมั่นคงตามที่ระบุในหนังสือค่ะ ขอความร่วมมืองดสอบถามในกลุ่มนี้นะคะ "
      "สอบถามทางโทรศัพท์ ๐ ๔๒๗๑ ๑๔๖๒ ได้ค่ะ",
      tags=[N("the office answering and reminding members not to ask here: the office may post")])
    s(D29, "11:00", "P006", "ข้อสั่งการกระทรวงมหาดไทย เรื่อง มาตรการดูแลความปลอดภัยในการจัดงานเคานต์ดาวน์ "
      "และการจุดพลุดอกไม้ไฟ ช่วงเทศกาลปีใหม่ ๒๕๖๙", photos=2, tags=[N(OFFICE_ORDER)])
    s(D29, "13:10", "P006",
      "ที่ สน ๐๐๑๘.๑/ว ๒๖๔๓๓ เรื่อง นโยบายงดให้ งดรับของขวัญ (No Gift Policy) ช่วงเทศกาลปีใหม่ ๒๕๖๙\n"
      "ขอให้อำเภอแจ้งข้าราชการและเจ้าหน้าที่ในสังกัด ตลอดจนกำนัน ผู้ใหญ่บ้าน ถือปฏิบัติโดยเคร่งครัด "
      "หากประสงค์แสดงความปรารถนาดี ให้ใช้วิธีลงนามในสมุดอวยพรหรือ ส.ค.ส. แทน",
      photos=2, tags=[N("the office's order on the No Gift policy (gifts are its subject, not a gift): allowed")])
    sy(D29, "14:00", "invite", "P202", target="P203",
       tags=[F("SKN-2", "invitee is a district volunteer officer (volunteer_center_staff), not admitted to ข้อสั่งการ ปค.สน.", "ทองใบ จอส.อากาศอำนวย"),
             F("SKN-ALL", "on the roster, not admitted to this group, invited", "ทองใบ จอส.อากาศอำนวย"),
             F("SKN-ALL", "inviter of a roster person not admitted to this group", "ปลัดอภิรักษ์ อากาศฯ")])
    s(D29, "14:05", "P203", "สวัสดีครับ ทองใบ จอส.อากาศอำนวย ครับ ปลัดอภิรักษ์ให้เข้ากลุ่มมาคอยรับหนังสือครับ",
      tags=[F("SKN-2P", "greeting by the invited volunteer officer: any post by a non-office member (his membership row is at the invite)")])
    s(D29, "14:20", "P007", "ขอแจ้งว่ากลุ่มนี้สำหรับปลัดจังหวัด นายอำเภอ และปลัดอำเภอประสานงาน เท่านั้นนะครับ 🙏",
      tags=[N("the office's note on membership: the office may post")])
    s(D29, "15:30", "P007", "ประกาศจังหวัดสกลนคร เรื่อง ห้ามจุดและปล่อยโคมลอยและบั้งไฟ ช่วงเทศกาลปีใหม่ พ.ศ. ๒๕๖๙ "
      "ขอให้อำเภอประชาสัมพันธ์ให้ประชาชนทราบโดยทั่วกัน", photos=2, tags=[N(OFFICE_ORDER)])
    s(D29, "16:10", "P008", "เชิญประชุมคณะกรรมการ ศปถ.จังหวัดสกลนคร ผ่านระบบ VCS วันอังคารที่ ๓๐ ธ.ค. ๖๘ เวลา ๐๙.๓๐ น. "
      "ให้นายอำเภอทุกอำเภอเข้าร่วม ณ ห้องประชุมอำเภอค่ะ", photos=1, tags=[N(OFFICE_ORDER)])
    s(D29, "17:20", "P005", "ขอให้ทุกอำเภอประชาสัมพันธ์ประกาศห้ามปล่อยโคมลอยผ่านหอกระจายข่าวทุกหมู่บ้านครับ",
      tags=[N("the provincial palad (the office) instructing districts: allowed here")])

    # Tuesday 30 Dec
    s(D30, "08:10", "P006", "คำสั่งจังหวัดสกลนคร ที่ ๘๘๔๕/๒๕๖๘ เรื่อง แต่งตั้งเวรอำนวยการ ศปถ.จังหวัดสกลนคร "
      "ช่วงเทศกาลปีใหม่ ๒๕๖๙ (๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙)", file="คำสั่ง 8845-2568 เวร ศปถ.จว.pdf", tags=[N(OFFICE_ORDER)])
    s(D30, "08:12", "P191", "รับทราบครับผม",
      tags=[F("SKN-2P", "acknowledgement by a district chief: members may not answer")])
    s(D30, "09:00", "P007", "ขอให้อำเภอที่จัดงานเคานต์ดาวน์ส่งแผนรักษาความปลอดภัย (จุดจอดรถ จุดปฐมพยาบาล เส้นทางอพยพ) "
      "ทางอีเมลฝ่ายปกครอง ภายในเวลา ๑๖.๐๐ น. วันนี้", photos=1, tags=[N(OFFICE_ORDER)])
    s(D30, "10:00", "P004", "ฝากทุกอำเภอดูแลเรื่องด่านชุมชนให้เข้มข้นนะครับ ช่วงเดินทางกลับวันที่ ๓-๔ สำคัญมาก",
      tags=[F("SKN-2", "a vice governor in ข้อสั่งการ ปค.สน. (members: palad, district chiefs, coordinating deputies, office staff); first post"),
            F("SKN-2P", "post by someone other than the provincial office")])
    s(D30, "10:30", "P008", "ด่วน เรื่อง แจ้งเตือนสภาวะอากาศหนาวเย็นและลมแรง (ฉบับที่ ๕) ช่วงวันที่ ๓๐ ธ.ค. ๖๘ – ๓ ม.ค. ๖๙ "
      "ขอให้อำเภอเตรียมความพร้อมให้ความช่วยเหลือประชาชน", photos=1, tags=[N(OFFICE_ORDER)])
    s(D30, "11:30", "P006", "ส.ค.ส. ปีใหม่ ๒๕๖๙ จากปลัดกระทรวงมหาดไทย ส่งถึงข้าราชการฝ่ายปกครองทุกท่านค่ะ", photos=1,
      tags=[N("the office forwarding a New Year card: the office may post anything")])
    s(D30, "13:00", "P251", "สวัสดีปีใหม่ล่วงหน้าครับ ขอให้ทุกท่านมีความสุข สุขภาพแข็งแรงครับ", photos=1,
      tags=[F("SKN-2P", "greeting with a card by a district chief: only the office posts here")])
    s(D30, "13:30", "P007", "สำเนาหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๒/ว ๔๔๑๒ เรื่อง การบันทึกสถิติอุบัติเหตุประจำวัน"
      "ในระบบ ThaiRSC ให้ครบถ้วนทุกราย", photos=2, tags=[N(OFFICE_ORDER)])
    s(D30, "14:20", "P172", "วานรนิวาส ส่งรายงานผลการแจกผ้าห่ม ต.ขัวก่าย ๑๒๐ ผืนครับ", photos=2,
      tags=[F("SKN-2P", "report by a coordinating deputy: members may not report in this group")])
    s(D30, "14:25", "P007", "เรียนปลัดนิพนธ์ รายงานผ่านระบบ e-report ได้เลยครับ กลุ่มนี้ใช้ส่งหนังสือสั่งการเท่านั้นครับ",
      tags=[N("the office redirecting a report: the office may post")])
    s(D30, "14:27", "P172", "ขออภัยครับ ส่งผิดกลุ่ม 🙏",
      tags=[F("SKN-2P", "an apology is a post too (a new text two minutes after the office's reply)")])
    s(D30, "15:45", "P008", "เรื่อง ซักซ้อมแนวทางการตรวจสถานบริการและร้านจำหน่ายเครื่องดื่มแอลกอฮอล์ในคืนวันที่ ๓๑ ธ.ค. ๖๘ "
      "ขอให้อำเภอจัดชุดตรวจร่วมกับตำรวจและสรรพสามิต", file="แนวทางตรวจสถานบริการ 31ธค68.pdf", caption_last=True, gap=30,
      tags=[N("the office's PDF first, its line after: one office post, allowed")])
    s(D30, "16:30", "P005", "ขอให้ทุกท่านหยุดยาวอย่างปลอดภัย แต่ ศปถ.อำเภอ ต้องเปิดตลอด ๒๔ ชม. นะครับ 🙏",
      tags=[N("the palad (the office) may post")])

    # Wednesday 31 Dec (public holiday)
    s(D31, "09:00", "P008", "ด่วน แจ้งเตือนอุณหภูมิลดลง ๓-๕ องศา ระหว่างวันที่ ๓๑ ธ.ค. ๖๘ – ๓ ม.ค. ๖๙ "
      "ขอให้อำเภอแจ้งเตือนประชาชนเฝ้าระวังผู้สูงอายุและเด็กเล็ก", photos=1, tags=[N(OFFICE_ORDER)])
    st(D31, "09:05", "P231", tags=[F("SKN-2P", "sticker by a district chief: stickers count as posts")])
    s(D31, "10:00", "P006", "คำสั่งจังหวัดสกลนคร เรื่อง ให้ข้าราชการปฏิบัติหน้าที่ในวันหยุดราชการเพิ่มเป็นกรณีพิเศษ "
      "(วันศุกร์ที่ ๒ ม.ค. ๒๕๖๙) เฉพาะงานบริการประชาชนที่จำเป็นค่ะ", file="คำสั่ง เวรวันหยุดพิเศษ 2มค69.pdf",
      tags=[N("the office's order about duty on the special holiday: allowed")])
    s(D31, "17:30", "P006", "ปค.จ.สน. ขอส่งความสุขปีใหม่ ๒๕๖๙ ขอให้ทุกท่านมีความสุข ปลอดภัยในการเดินทางค่ะ", photos=1,
      tags=[N("New Year card from the office itself: allowed")])
    s(D31, "17:45", "P211", "สวัสดีปีใหม่ครับ 🎉",
      tags=[F("SKN-2P", "New Year greeting by a district chief: only the office posts here")])

    # Thursday 1 Jan (public holiday)
    s(J1, "08:00", "P007", "สรุปสถิติอุบัติเหตุทางถนน จ.สกลนคร ช่วง ๗ วันอันตราย ๓ วันแรก (๒๙–๓๑ ธ.ค. ๖๘) "
      "เกิดเหตุ ๑๖ ครั้ง บาดเจ็บ ๑๗ ราย เสียชีวิต ๓ ราย สาเหตุหลักขับรถเร็วและดื่มแล้วขับ", photos=1,
      tags=[N("the office's accident summary (information): allowed")])
    s(J1, "08:15", "ปลัดหนุ่ม", "รับทราบครับ",
      tags=[N("display name ปลัดหนุ่ม fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    s(J1, "09:30", "P006", "ภาพ ส.ค.ส. พระราชทาน พุทธศักราช ๒๕๖๙ ค่ะ", photos=1,
      tags=[N("the office posting the royal New Year card: allowed")])

    s(J1, "10:30", "P008", "แจ้งเตือนค่าฝุ่น PM2.5 เริ่มสูงขึ้นช่วงอากาศปิด ขอให้อำเภอประชาสัมพันธ์งดเผาในที่โล่งค่ะ", photos=1,
      tags=[N(OFFICE_ORDER)])

    # Friday 2 Jan (special government holiday)
    s(J2, "08:30", "P006",
      "ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๑๒ ลงวันที่ ๒ มกราคม ๒๕๖๙\nเรื่อง มาตรการดูแลการเดินทางกลับช่วงวันที่ ๓–๔ ม.ค. ๖๙\n"
      "ขอให้อำเภอเพิ่มกำลังด่านชุมชนบนเส้นทางขากลับ และตั้งจุดพักรถร่วมกับจิตอาสา",
      file="สน0018.3-ว12 ขากลับ.pdf", tags=[N("an office order sent on a holiday by the duty officer: allowed")])
    s(J2, "08:35", "P261", "รับทราบค่ะ", tags=[F("SKN-2P", "acknowledgement by a district chief: members may not answer")])
    sy(J2, "09:50", "leave", "P203", tags=[N("the invited volunteer officer leaves: leaving is no post, and his membership was found at the invite")])
    s(J2, "09:00", "P008", "ขอให้อำเภอรายงานเหตุสาธารณภัยจากภัยหนาว (ไฟไหม้จากการก่อไฟผิง) ทางระบบ DDPM ภายในวันเกิดเหตุค่ะ",
      photos=2, tags=[N(OFFICE_ORDER)])
    s(J2, "11:00", "P006", "ประกาศจังหวัดสกลนคร เรื่อง ส่วนราชการเปิดให้บริการประชาชนตามปกติ วันจันทร์ที่ ๕ ม.ค. ๒๕๖๙", photos=1,
      tags=[N(OFFICE_ORDER)])
    s(J2, "15:00", "P007", "แบบสรุปผลการดำเนินงาน ศปถ.อำเภอ ช่วงเทศกาลปีใหม่ ๒๕๖๙ ขอให้ส่งจังหวัดภายในวันที่ ๘ ม.ค. ๖๙ ครับ",
      file="แบบสรุป ศปถ.อ. ปีใหม่69.xlsx", tags=[N(OFFICE_ORDER)])
    s(J2, "15:02", "P152", "รับทราบครับ",
      tags=[F("SKN-2P", "acknowledgement by a coordinating deputy (no LINE id, matched by display name)")])
    s(J2, "16:00", "P005", "ขอบคุณทุกอำเภอที่ร่วมดูแลความปลอดภัยตลอดช่วงเทศกาลครับ ยังเหลืออีก ๒ วัน ขอให้เข้มข้นต่อเนื่องครับ",
      tags=[N("the palad (the office) may post")])
    return c
