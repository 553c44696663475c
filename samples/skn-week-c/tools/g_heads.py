"""หน.ส่วนราชการ-นอภ.สน. (a LINE phone export): the governor's news and orders; members do not post reports."""
from chat import Chat, F, N


def build():
    c = Chat("หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs-export.txt", export=True)
    say, sticker, system = c.say, c.sticker, c.system
    say(8, "07:00", "P001", "สวัสดีครับหัวหน้าส่วนราชการและนายอำเภอทุกท่าน สัปดาห์นี้จังหวัดเน้นภัยหนาว ปีใหม่ปลอดภัย "
                            "และการเบิกจ่ายงบประมาณไตรมาสแรกครับ")
    sticker(8, "07:03", "P021")
    say(8, "07:05", "P013", "สวัสดีครับท่านผู้ว่าฯ")
    say(8, "08:00", "P001", "ข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร\n๑. ส่วนราชการที่มีงบลงทุน เร่งก่อหนี้ผูกพันให้แล้วเสร็จภายใน ธ.ค.\n"
                            "๒. ทุกส่วนราชการร่วมมอบผ้าห่มกันหนาวกับอำเภอ\n๓. งดใช้โฟมบรรจุอาหารในการประชุมทุกครั้ง",
        tags=[N("the governor's orders: what the group is for")])
    say(8, "08:04", "P021", "รับทราบค่ะท่าน")
    say(8, "08:05", "P018", "รับทราบครับ")
    say(8, "08:07", "P131", "รับทราบครับท่าน")
    sticker(8, "08:09", "P012")
    system(8, "09:15", "invite", "P018", target="P025",
           tags=[F("SKN-6", "รอง ทสจ.สน. วรวุฒิ is the deputy of the environment office's head (staff): heads must join in "
                   "person, a deputy in the head's place is a violation", who="รอง ทสจ.สน. วรวุฒิ"),
                 F("SKN-ALL", "invitee: a deputy of an agency head, on the roster but not admitted here", who="รอง ทสจ.สน. วรวุฒิ"),
                 F("SKN-ALL", "inviter: the head of ทสจ. invited his deputy into a group heads must join in person",
                   who="ทสจ.สน. เกรียงไกร")])
    say(8, "09:17", "P018", "ขออนุญาตท่านผู้ว่าฯ เชิญรอง ทสจ. เข้ากลุ่มช่วยติดตามข้อสั่งการ ช่วงผมไปราชการส่วนกลางครับ")
    say(8, "10:30", "P012", "เกษตรจังหวัดสกลนคร รายงานผลการปฏิบัติงาน ส่งเสริมการปลูกพืชหลังนา ปี ๒๕๖๘/๖๙ "
                            "เกษตรกรเข้าร่วม ๓,๒๔๐ ราย พื้นที่ ๑๘,๕๐๐ ไร่ ครับ", photos=3,
        tags=[F("SKN-6P", "a performance report by the provincial agriculture head: the letter bans reports and performance "
                          "results in หน.ส่วนราชการ-นอภ.สน. (งดการส่งรายงาน หรือผลการปฏิบัติงานต่างๆ)")])
    say(8, "11:00", "P022", "เรียนหัวหน้าส่วนราชการ แจ้งกำหนดการประชุมหัวหน้าส่วนราชการประจำเดือน ธ.ค. ๖๘ "
                            "วันจันทร์ที่ ๒๒ ธ.ค. เวลา ๐๙.๐๐ น. ห้องประชุมภูพานครับ",
        tags=[N("a meeting notice by the head of the provincial office: not a report or performance result, so not SKN-6P")])
    say(8, "11:05", "P020", "รับทราบครับ")
    say(8, "14:20", "P016", "ขออนุญาตสอบถามท่าน หน.สนจ. ค่ะ การประชุมวันที่ ๒๒ ต้องเตรียมวาระของหน่วยงานหรือไม่คะ",
        tags=[N("a question by the education head: not a report, so not SKN-6P (matched by display name, no LINE id)")])
    say(8, "14:28", "P022", "เตรียมเฉพาะหน่วยงานที่มีวาระแจ้งเพื่อพิจารณาครับ")

    say(9, "07:10", "P001", "อรุณสวัสดิ์ครับ ❄️ อุณหภูมิเช้านี้ ๑๐ องศา ฝากทุกหน่วยดูแลประชาชนครับ")
    say(9, "07:12", "P015", "สวัสดีครับท่าน")
    say(9, "08:30", "P001", "ข่าวจังหวัด: ครม. อนุมัติงบกลางช่วยภัยหนาว ๑๘ จังหวัด สกลนครได้รับ ๔.๒ ล้านบาท "
                            "ท่าน ปภ. เตรียมแผนการใช้จ่ายเสนอภายในวันศุกร์ครับ")
    say(9, "08:33", "P017", "รับทราบครับท่าน")
    system(9, "09:40", "join", "P023", text="ธีรวัฒน์ เกษตรจังหวัด เข้าร่วมกลุ่ม",
           tags=[F("SKN-6", "ธีรวัฒน์ is staff of the agriculture office (staff), joined by link: only the head himself may be "
                   "in the group; no inviter, so no SKN-ALL")])
    say(9, "10:15", "P019", "พมจ.สกลนคร ขอรายงานผลการช่วยเหลือผู้สูงอายุและคนพิการช่วงภัยหนาว "
                            "เดือน ธ.ค. มอบเครื่องกันหนาว ๑,๐๕๐ ชุด ครอบคลุม ๑๘ อำเภอค่ะ", photos=2,
        tags=[F("SKN-6P", "a performance report by the head of พมจ. (matched by display name): reports are banned in this group")])
    say(9, "10:20", "P001", "ขอบคุณครับ ต่อไปรายงานผลทางหนังสือถึงจังหวัดนะครับ กลุ่มนี้ขอใช้แจ้งข้อสั่งการครับ",
        tags=[])
    say(9, "13:00", "P011", "ประชาสัมพันธ์จังหวัด ขอเชิญหัวหน้าส่วนราชการร่วมงานเทศกาลแห่ดาวคริสต์มาส ท่าแร่ "
                            "๒๓-๒๕ ธ.ค. ๖๘ ครับ", photos=1,
        tags=[N("an invitation to a provincial festival by the PR head: publicity, not a report or a performance result, "
                "so not SKN-6P")])
    say(9, "13:05", "P014", "👍")

    say(10, "07:20", "P001", "สวัสดีวันรัฐธรรมนูญครับ 🇹🇭")
    sticker(10, "07:25", "P016")
    say(10, "07:26", "P022", "สวัสดีวันรัฐธรรมนูญครับท่าน")
    system(10, "11:58", "join", "ครูต้น สกลนคร",
           tags=[F("OUTSIDER", "not on the roster; joined หน.ส่วนราชการ-นอภ.สน. (the export shows only the join) and "
                   "advertised a tutoring course", who="ครูต้น สกลนคร")])
    say(10, "12:00", "ครูต้น สกลนคร", "สวัสดีครับ ขออนุญาตฝากประชาสัมพันธ์คอร์สติวสอบท้องถิ่นครับ สนใจติดต่อ ๐๘๖-xxx-xxxx")
    say(10, "12:05", "P022", "ใครเชิญบุคคลภายนอกเข้ามาครับ ขอให้ตรวจสอบครับ")
    system(10, "12:10", "remove", "P022", target="ครูต้น สกลนคร")

    say(11, "07:30", "P001", "อรุณสวัสดิ์ครับ วันนี้ กบจ. ประชุม ๐๙.๓๐ น. หัวหน้าส่วนราชการที่เป็นกรรมการเข้าร่วมด้วยตนเองครับ")
    say(11, "07:32", "P018", "รับทราบครับท่าน")
    say(11, "07:33", "P012", "รับทราบค่ะ")
    say(11, "09:00", "P211", "อำเภอสว่างแดนดิน รายงานผลการดำเนินงานโครงการอำเภอยั่งยืน ไตรมาส ๑ "
                             "ครัวเรือนเป้าหมายพ้นเกณฑ์ จปฐ. ๔๕ ครัวเรือน ครับ", photos=2,
        tags=[F("SKN-6P", "a performance report by the district chief of สว่างแดนดิน: reports are banned in this group for "
                          "district chiefs as well")])
    say(11, "09:10", "P001", "ขอบคุณครับท่าน ขอให้ส่งทางหนังสือครับ")
    say(11, "14:00", "P002", "แจ้งหัวหน้าส่วนราชการที่เกี่ยวข้อง ให้ส่งผู้แทนร่วมประชุมคณะกรรมการป้องกันอุบัติเหตุทางถนนจังหวัด "
                             "วันที่ ๑๕ ธ.ค. ๖๘ เวลา ๑๓.๓๐ น. ครับ",
        tags=[])
    say(11, "14:04", "P017", "ปภ.รับทราบครับ")
    say(11, "14:05", "P015", "สสจ.รับทราบครับ")

    say(12, "07:15", "P001", "สวัสดีวันศุกร์ครับ ขอบคุณทุกหน่วยที่ร่วมมอบผ้าห่มสัปดาห์นี้ครับ 🙏")
    say(12, "07:18", "P013", "ขอบคุณครับท่าน")
    say(12, "09:30", "P021", "ขออนุญาตแจ้งท่านหัวหน้าส่วนราชการค่ะ ระบบ GFMIS ปิดปรับปรุงวันเสาร์ที่ ๑๓ ธ.ค. ทั้งวันนะคะ",
        tags=[N("a notice by the provincial treasury head: information, not a report or result, so not SKN-6P")])
    say(12, "09:32", "P020", "ขอบคุณครับ")
    say(12, "13:15", "P001", "ส่งต่อ: สรุปข้อสั่งการ มท.๑ จาก VDO Conference วันนี้ ขอให้ทุกหน่วยศึกษาและถือปฏิบัติครับ")
    say(12, "13:18", "P022", "รับทราบครับท่าน")
    say(12, "15:00", "P017", "ขออนุญาตท่านผู้ว่าฯ ครับ แผนการใช้จ่ายงบกลางภัยหนาว ให้เสนอผ่านท่านรองฯ ประเสริฐ หรือเสนอท่านโดยตรงครับ",
        tags=[N("a question by the disaster-prevention head about the plan the governor asked for: a question, not a report")])
    say(12, "15:05", "P001", "เสนอผ่านท่านรองฯ ประเสริฐก่อนครับ")
    say(12, "16:40", "P001", "ขอให้ทุกท่านพักผ่อนวันหยุดครับ 🙏")
    sticker(12, "16:42", "P019")
    return c
