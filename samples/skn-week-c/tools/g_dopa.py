"""ข้อสั่งการ ปค.สน.: only the provincial administration office posts; members may not ask or answer."""
from chat import Chat, F, N

OFFICE_NOTE = "the provincial office's own order (sending account of ที่ทำการปกครองจังหวัด) with the letter as {what}: allowed"


def build():
    c = Chat("ข้อสั่งการ ปค.สน.", "dopa-orders.jsonl")
    say, sticker, system = c.say, c.sticker, c.system

    def order(day, hm, who, text, photos=0, file=None, note=None):
        tags = [N(note)] if note else []
        return say(day, hm, who, text, photos=photos, file=file, tags=tags, gap=25)

    # Monday 8
    order(8, "08:15", "P007", "ด่วนที่สุด\nที่ มท ๐๓๐๗.๒/ว ๘๘๑๔ ลงวันที่ ๔ ธ.ค. ๒๕๖๘ เรื่อง การเตรียมความพร้อมรับมือสภาวะอากาศหนาว\n"
                              "จังหวัดขอให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน เฝ้าระวังผู้สูงอายุและเด็กเล็กในช่วงอุณหภูมิต่ำ "
                              "และห้ามก่อกองไฟในบ้านเรือนที่ปิดทึบ รายละเอียดตามหนังสือค่ะ", photos=2,
          note=OFFICE_NOTE.format(what="two photos") + "; one post, not three")
    say(8, "08:19", "P141", "รับทราบครับ",
        tags=[F("SKN-2P", "acknowledgement by the district chief of พังโคน: members may not answer in ข้อสั่งการ ปค.สน. "
                          "(an acknowledgement is a reply)")])
    sticker(8, "08:22", "P221", tags=[F("SKN-2P", "a sticker by the district chief of ส่องดาว: a sticker counts as a post, "
                                                   "and only the office posts in this group")])
    order(8, "09:30", "P006", "ที่ สน ๐๐๑๘.๑/ว ๒๓๖๙๐ เรื่อง การประดับธงชาติและจัดกิจกรรมเนื่องในวันรัฐธรรมนูญ ๑๐ ธันวาคม ๒๕๖๘\n"
                              "ให้อำเภอประดับธงชาติ ธงตราสัญลักษณ์ ระหว่างวันที่ ๙-๑๑ ธ.ค. ๖๘ และเชิญชวนส่วนราชการ "
                              "สถานศึกษา ร่วมประดับตามความเหมาะสม", file="สน0018.1-ว23690 วันรัฐธรรมนูญ.pdf")
    system(8, "11:00", "invite", "P101", target="P103",
           tags=[F("SKN-2", "ศศิธร จอส.อ.เมืองสกลนคร is a district volunteer officer (volunteer_center_staff), not admitted "
                   "to ข้อสั่งการ ปค.สน. (palad, district chiefs, coordinating deputies, the office)", who="ศศิธร จอส.อ.เมืองสกลนคร"),
                 F("SKN-ALL", "invitee: a volunteer officer, on the roster but not admitted here", who="ศศิธร จอส.อ.เมืองสกลนคร"),
                 F("SKN-ALL", "inviter: the district chief of เมืองสกลนคร invited a person the group does not admit",
                   who="นอภ.เมืองสกล วัชรพล")])
    system(8, "11:20", "remove", "P007", target="P103",
           tags=[])
    say(8, "11:21", "P007", "ขออนุญาตนำออกนะคะ กลุ่มนี้สำหรับนายอำเภอและปลัดอำเภอประสานงานเท่านั้นค่ะ",
        tags=[])
    order(8, "13:40", "P008", "กลุ่มงานความมั่นคง ปค.สน.\nที่ สน ๐๐๑๘.๓/ว ๒๓๗๐๒ เรื่อง การป้องกันและปราบปรามการลักลอบเล่นการพนันช่วงเทศกาลปีใหม่\n"
                              "ขอให้อำเภอกวดขันบ่อนการพนันและการพนันออนไลน์ในพื้นที่ และรายงานผลการจับกุมทุกวันที่ ๕ ของเดือน "
                              "ทางระบบสารบรรณอิเล็กทรอนิกส์", file="สน0018.3-ว23702 การพนัน.pdf",
          note="an order of กลุ่มงานความมั่นคง ปค.สน. (a sending account of the office) with its letter as a file: allowed")
    say(8, "13:48", "P152", "ขออนุญาตสอบถามครับ ผลการจับกุมส่งเป็นไฟล์ excel หรือพิมพ์ลงแบบในระบบครับ",
        tags=[F("SKN-2P", "a question by the coordinating deputy of วาริชภูมิ: members may not ask in ข้อสั่งการ ปค.สน.")])
    say(8, "13:55", "P008", "แบบในระบบครับ มีคู่มือแนบในหนังสือแล้วครับ",
        tags=[N("the office answering a question in its own group: the office may post anything here")])
    order(8, "15:20", "P007", "ที่ สน ๐๐๑๘.๒/ว ๒๓๗๑๑ เรื่อง การสำรวจข้อมูลหมู่บ้านที่ยังไม่มีไฟฟ้าใช้ ประจำปี ๒๕๖๘\n"
                              "ขอให้อำเภอตรวจสอบข้อมูล และแจ้งจังหวัดภายในวันที่ ๑๙ ธ.ค. ๖๘ ทางอีเมล skn.dopa@example.com",
          file="แบบสำรวจหมู่บ้านไฟฟ้า.xlsx")
    system(8, "16:00", "invite", "P261", target="P262",
           tags=[N("the district chief of โพนนาแก้ว invites his coordinating deputy: ปลัดอำเภอประสานงาน are admitted to "
                   "ข้อสั่งการ ปค.สน., so neither SKN-2 nor SKN-ALL")])
    order(8, "16:40", "P006", "แจ้งเพิ่มเติม หนังสือเรื่องหมู่บ้านที่ยังไม่มีไฟฟ้า ไฟล์แบบสำรวจฉบับแก้ไข (เพิ่มช่องพิกัด) ใช้ฉบับนี้แทนนะคะ",
          file="แบบสำรวจหมู่บ้านไฟฟ้า (แก้ไข).xlsx")

    # Tuesday 9
    say(9, "07:30", "P191", "สุขสันต์วันเกิดท่านปลัดจังหวัดครับ 🎂 ขอให้ท่านสุขภาพแข็งแรงครับ",
        tags=[F("SKN-2P", "birthday wishes by the district chief of บ้านม่วง: chat is a post too, and only the office posts here")])
    order(9, "08:30", "P007", "ที่ สน ๐๐๑๘.๒/ว ๒๓๗๓๐ เรื่อง การคัดเลือกกำนันผู้ใหญ่บ้านผู้มีผลงานดีเด่น ประจำปี ๒๕๖๙\n"
                              "ขอให้อำเภอพิจารณาคัดเลือกอำเภอละ ๑ ตำบล ๑ หมู่บ้าน และส่งเอกสารถึงจังหวัดภายในวันศุกร์ที่ ๑๙ ธ.ค. ๖๘",
          photos=1, file="หลักเกณฑ์คัดเลือกกำนันผู้ใหญ่บ้านดีเด่น69.pdf")
    system(9, "09:10", "join", "P214", text="ปลัดวิษณุ สว่างแดนดิน เข้าร่วมกลุ่มด้วยลิงก์เชิญ",
           tags=[F("SKN-2", "ปลัดวิษณุ is a deputy district chief (deputy_district_chief), not a coordinating deputy: not "
                   "admitted to ข้อสั่งการ ปค.สน.; joined by link, so no inviter and no SKN-ALL")])
    say(9, "09:15", "P214", "รับทราบครับ",
        tags=[F("SKN-2P", "acknowledgement by ปลัดวิษณุ สว่างแดนดิน (not of the office): members may not answer here")])
    system(9, "09:40", "remove", "P006", target="P214")
    order(9, "10:45", "P006", "ที่ สน ๐๐๑๘.๑/ว ๒๓๗๔๕ เรื่อง การอบรมหลักสูตรปลัดอำเภอ ด้านการอำนวยความเป็นธรรม รุ่นที่ ๒/๒๕๖๙\n"
                              "ให้อำเภอแจ้งรายชื่อปลัดอำเภอที่ยังไม่ผ่านการอบรม อำเภอละไม่เกิน ๒ คน ภายในวันที่ ๑๕ ธ.ค. ๖๘",
          file="สน0018.1-ว23745 อบรมปลัดอำเภอ.pdf")
    order(9, "14:00", "P008", "ด่วนที่สุด\nเรื่อง การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ ๒๕๖๙ (๒๙ ธ.ค. ๖๘ - ๔ ม.ค. ๖๙)\n"
                              "ให้อำเภอจัดตั้งจุดตรวจ จุดบริการ ร่วมกับ อปท. ตำรวจ และ อส. และเตรียมด่านชุมชนทุกตำบล "
                              "รายละเอียดและแบบรายงานประจำวันตามไฟล์", photos=2, file="แนวทางปีใหม่69.pdf")
    say(9, "16:30", "P005", "ฝากนายอำเภอทุกท่านกำชับ อส. ประจำจุดตรวจช่วงปีใหม่ ห้ามดื่มสุราขณะปฏิบัติหน้าที่เด็ดขาด "
                            "เมื่อปีที่แล้วมีเรื่องร้องเรียนมาถึงกรมฯ ครับ",
        tags=[N("the provincial palad's own instruction in ข้อสั่งการ ปค.สน.: the palad heads the office and may post here")])
    say(9, "17:10", "P232", "เต่างอยส่งรายงานผลการจับกุมการพนัน เดือน พ.ย. ๖๘ ครับ", file="รายงานจับกุมพนัน พย68 เต่างอย.pdf",
        tags=[F("SKN-2P", "a report with its file by the coordinating deputy of เต่างอย (matched by display name; no LINE id): "
                          "one post, one finding; members may not post reports in ข้อสั่งการ ปค.สน.")])
    say(9, "17:25", "P008", "ปลัดบุญมีครับ รายงานนี้ขอให้ส่งทางระบบสารบรรณตามหนังสือนะครับ ในกลุ่มนี้ไม่ต้องส่งครับ",
        tags=[])

    # Wednesday 10 (holiday)
    order(10, "08:00", "P008", "แจ้งเตือน\nกรมอุตุนิยมวิทยา ประกาศฉบับที่ ๗ อากาศหนาวเย็นถึงหนาวจัด ๑๐-๑๓ ธ.ค. ๖๘ อุณหภูมิต่ำสุด ๘-๑๐ องศา "
                               "ยอดภูสูงสุด ๕ องศา\nให้อำเภอแจ้งเตือนประชาชนและเตรียมผ้าห่มสำรองของอำเภอให้พร้อม", photos=1)
    order(10, "08:05", "P008", "ข้อความเพิ่มเติม: กรณีมีผู้เสียชีวิตจากภัยหนาว ให้อำเภอรายงานทางโทรศัพท์ถึงกลุ่มงานความมั่นคงทันที "
                               "๐ ๔๒๗๑ ๑๔๖๑ ต่อ ๑๑๒", note="the office's own text order (a follow-up): allowed")

    # Thursday 11
    order(11, "08:20", "P007", "ที่ มท ๐๓๐๙.๑/ว ๙๐๒๗ เรื่อง แนวทางการให้บริการบัตรประจำตัวประชาชนนอกสถานที่ ปีงบประมาณ ๒๕๖๙\n"
                               "แจ้งอำเภอทราบและถือปฏิบัติ", file="มท0309.1-ว9027 บัตรนอกสถานที่.pdf")
    order(11, "10:30", "P006", "ขอเชิญนายอำเภอทุกอำเภอประชุมประจำเดือน ธันวาคม ๒๕๖๘ วันพฤหัสบดีที่ ๑๘ ธ.ค. ๖๘ เวลา ๐๙.๓๐ น. "
                               "ณ ห้องประชุมภูพาน ศาลากลางจังหวัดสกลนคร ชั้น ๔\nกรณีติดราชการ ขอให้มอบปลัดอำเภอประสานงานเข้าร่วมแทน",
          file="ระเบียบวาระประชุมนายอำเภอ ธค68.pdf")
    say(11, "10:33", "P121", "🙏",
        tags=[F("SKN-2P", "🙏 alone by the district chief of กุดบาก: an acknowledgement, and stickers and 🙏 count as posts")])
    say(11, "12:10", "P182", "ฝากอุดหนุนผ้าไหมมัดหมี่ กลุ่มทอผ้าบ้านนาคู ต.นาคู ผืนละ ๑,๒๐๐ บาท ใช้เป็นของขวัญปีใหม่ได้ครับ "
                             "สนใจทักส่วนตัวครับ 🙏", photos=3,
        tags=[F("SKN-2P", "a sales post (pr) by the coordinating deputy of คำตากล้า, with its photos as one post: only the "
                          "office posts in ข้อสั่งการ ปค.สน.")])
    order(11, "14:15", "P008", "ที่ สน ๐๐๑๘.๓/ว ๒๓๘๐๔ เรื่อง การตรวจสอบและควบคุมแรงงานต่างด้าวที่ทำงานในสถานประกอบการ\n"
                               "ให้อำเภอร่วมกับจัดหางานจังหวัด สุ่มตรวจสถานประกอบการในพื้นที่อย่างน้อยเดือนละ ๒ แห่ง",
          file="สน0018.3-ว23804.pdf")
    system(11, "15:00", "join", "Bank Kittipong", text="Bank Kittipong เข้าร่วมกลุ่มด้วยคิวอาร์โค้ด",
           tags=[F("OUTSIDER", "not on the roster; joined ข้อสั่งการ ปค.สน. by QR code", who="Bank Kittipong")])
    system(11, "15:12", "remove", "P006", target="Bank Kittipong")
    say(11, "15:13", "P006", "แจ้งทุกท่าน ปค.จ. ได้รีเซ็ตคิวอาร์โค้ดของกลุ่มแล้ว ขอความกรุณาอย่าเผยแพร่ภาพหน้าจอคิวอาร์โค้ดกลุ่มค่ะ")

    # Friday 12
    order(12, "08:30", "P007", "ที่ สน ๐๐๑๘.๒/ว ๒๓๘๒๐ เรื่อง การรับสมัครบุคคลเพื่อบรรจุเป็นสมาชิกกองอาสารักษาดินแดน ประจำปี ๒๕๖๙\n"
                               "ให้อำเภอประชาสัมพันธ์การรับสมัครตามประกาศที่แนบ ระหว่างวันที่ ๑๕-๒๖ ธ.ค. ๖๘", photos=2)
    say(12, "08:35", "ปลัดต้น", "รับทราบครับ",
        tags=[N("\"ปลัดต้น\" is the display name of two roster people (P134 พรรณานิคม, P194 บ้านม่วง), with no LINE id: "
                "ambiguous, so never judged (no SKN-2 and no SKN-2P)")])
    order(12, "11:00", "P006", "แก้ไขหนังสือ ที่ สน ๐๐๑๘.๑/ว ๒๓๗๔๕ (อบรมปลัดอำเภอ) กำหนดแจ้งรายชื่อเลื่อนเป็นภายในวันที่ ๑๗ ธ.ค. ๖๘ "
                               "เนื่องจากกรมฯ ขยายเวลา")
    order(12, "14:00", "P007", "ที่ มท ๐๓๑๐.๑/ว ๙๑๑๐ เรื่อง มาตรการประหยัดพลังงานในหน่วยงานภาครัฐ\nแจ้งอำเภอทราบและถือปฏิบัติ "
                               "รวมทั้งแจ้ง อปท. ในพื้นที่ด้วย", file="มท0310.1-ว9110 ประหยัดพลังงาน.pdf")
    system(12, "14:30", "unsend", "P007",
           tags=[N("the office unsending one of its own messages: a system event, no finding")])
    order(12, "14:32", "P007", "ที่ มท ๐๓๑๐.๑/ว ๙๑๑๐ (ไฟล์แนบที่ถูกต้อง)", file="มท0310.1-ว9110 ประหยัดพลังงาน (ฉบับสมบูรณ์).pdf")
    order(12, "16:15", "P008", "กลุ่มงานความมั่นคง แจ้งผลการตรวจจุดตรวจชุมชนประจำสัปดาห์ อำเภอที่ได้รับคำชมเชยจากคณะตรวจ "
                               "ได้แก่ อ.วานรนิวาส อ.พังโคน อ.กุสุมาลย์ ขอขอบคุณครับ", photos=3)
    return c
