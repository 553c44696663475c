"""หน.ส่วนราชการ-นอภ.สน., Mon 15 – Wed 17 Dec 2025, as a LINE phone export: the governor's news and orders."""
from chat import Chat, F, N

G = "หน.ส่วนราชการ-นอภ.สน."


def build():
    c = Chat(G, "heads-chiefs-export.txt", export=True)
    GOV, V2, V3 = "P001", "P002", "P003"
    c.say(15, "07:00", GOV,
          "เรียนหัวหน้าส่วนราชการและนายอำเภอทุกท่าน\nช่วงเทศกาลปีใหม่ ๒๕๖๙ ขอให้ทุกส่วนราชการงดจัดงานเลี้ยงที่ใช้งบประมาณเกินความจำเป็น\n"
          "และให้หัวหน้าส่วนราชการอยู่ปฏิบัติหน้าที่ในจังหวัดช่วงวันที่ ๒๙ ธ.ค. - ๔ ม.ค. ครับ",
          tags=[N("the governor's orders: what the group is for")])
    for pid, hm, txt in [("P012", "07:05", "รับทราบค่ะท่านผู้ว่าฯ"), ("P017", "07:08", "รับทราบครับ"),
                         ("P141", "07:12", "รับทราบครับท่าน")]:
        c.say(15, hm, pid, txt)
    c.sticker(15, "07:15", "P021")
    c.sticker(15, "07:16", "P181")
    c.system(15, "09:20", "invite", "P012", target="P023",
             tags=[F("SKN-6", "ธีรวัฒน์ เกษตรจังหวัด is staff of the agriculture office (staff), in place of its head: heads must "
                     "join หน.ส่วนราชการ-นอภ.สน. in person", who="ธีรวัฒน์ เกษตรจังหวัด"),
                   F("SKN-ALL", "invitee: a staff member in place of an agency head, on the roster but not admitted here",
                     who="ธีรวัฒน์ เกษตรจังหวัด"),
                   F("SKN-ALL", "inviter: the provincial agriculture head invited her staff member in her place",
                     who="เกษตรจังหวัด สน. วิไลวรรณ")])
    c.say(15, "09:22", "P012", "ขออนุญาตเพิ่มคุณธีรวัฒน์ รับข่าวสารแทนช่วงดิฉันไปราชการต่างประเทศค่ะ")
    c.say(15, "10:40", "P022",
          "ขอเชิญหัวหน้าส่วนราชการประชุมเตรียมการจัดงานเทศกาลแห่ดาวคริสต์มาส ท่าแร่ วันพุธที่ ๑๗ ธ.ค. ๖๘ เวลา ๑๓.๓๐ น. "
          "ห้องประชุมพระตำหนักภูพาน ศาลากลางจังหวัด ครับ",
          tags=[N("a meeting notice by the head of the provincial office: not a report or performance result, so not SKN-6P")])
    c.say(15, "13:15", "P021",
          "คลังจังหวัดสกลนคร รายงานผลการเบิกจ่ายงบประมาณ ปี ๒๕๖๙ ณ วันที่ ๑๒ ธ.ค. ๖๘\nภาพรวมจังหวัด เบิกจ่ายแล้ว ร้อยละ ๒๔.๑๘\n"
          "งบลงทุน ร้อยละ ๙.๐๕ ต่ำกว่าเป้าหมาย ขอให้ส่วนราชการเร่งรัดค่ะ", photos=1,
          tags=[F("SKN-6P", "a report of results (the province's budget disbursement figures) by the treasury head: the group "
                  "bars reports and performance results (งดการส่งรายงาน หรือผลการปฏิบัติงานต่างๆ)")])
    c.say(15, "13:20", V2, "ขอบคุณครับ ส่วนราชการที่งบลงทุนต่ำ เร่งก่อหนี้ผูกพันให้ทันไตรมาส ๑ ครับ")
    c.say(15, "16:05", "P016", "ขอสอบถามค่ะ ช่วงปีใหม่ ส่วนราชการต้องส่งเจ้าหน้าที่ประจำจุดบริการประชาชนร่วมกับอำเภอหรือไม่คะ",
          tags=[N("a question by the education head: not a report, so not SKN-6P (matched by display name)")])
    c.say(15, "16:12", V2, "ตามคำสั่งจังหวัดที่จะออกครับ ปภ. จะแจ้งรายละเอียดอีกครั้ง")

    c.say(16, "08:00", GOV, "สวัสดีครับ เช้านี้ ๙ องศา ขอให้ทุกท่านรักษาสุขภาพครับ", photos=1)
    c.sticker(16, "08:03", "P015")
    c.say(16, "08:06", "P019", "สวัสดีค่ะท่าน 🙏")
    c.say(16, "10:30", "P011",
          "ขอเชิญชวนหัวหน้าส่วนราชการและนายอำเภอ ร่วมงานเทศกาลแห่ดาวคริสต์มาส ท่าแร่ ๒๓-๒๕ ธ.ค. ๖๘ 🌟 "
          "ขบวนแห่ดาวกว่า ๕๐๐ ดวง ชมฟรีตลอดงานครับ", photos=2,
          tags=[N("an invitation to a festival by the PR head: publicity, not a report or a performance result, so not SKN-6P")])
    c.sticker(16, "10:36", "P111")
    c.say(16, "14:00", "P131",
          "อำเภอพรรณานิคม รายงานผลการดำเนินงานโครงการ ๑ อำเภอ ๑ ผลิตภัณฑ์ชุมชน ปี ๒๕๖๘\nจำหน่ายผ้าคราม ๓.๒ ล้านบาท\n"
          "ผ่านการรับรองมาตรฐาน มผช. ๑๒ ราย ครับ", photos=3,
          tags=[F("SKN-6P", "the district chief of พรรณานิคม posts his district's performance results: the group bars reports "
                  "and performance results")])
    c.say(16, "14:08", GOV, "ขอบคุณครับ ผลงานแบบนี้ส่งทางกลุ่มนักปกครองหรือเป็นหนังสือนะครับ กลุ่มนี้งดรายงานครับ")
    c.say(16, "14:10", "P131", "ขออภัยครับท่าน 🙏")
    c.say(16, "17:30", V3,
          "แจ้งหัวหน้าส่วนราชการทุกท่าน ระบบ e-Saraban ของจังหวัดจะปิดปรับปรุง วันเสาร์ที่ ๒๐ ธ.ค. ๐๘.๐๐-๑๗.๐๐ น. "
          "หนังสือด่วนให้ส่งทางอีเมลกลางค่ะ")
    c.say(17, "08:15", GOV,
          "ข้อสั่งการ ขอให้ทุกส่วนราชการและทุกอำเภอ ประชาสัมพันธ์โครงการ \"สกลนครปลอดภัย ปีใหม่ ๒๕๖๙\" "
          "ผ่านช่องทางของหน่วยงาน ครับ", photos=2)
    c.say(17, "08:20", "P017", "รับทราบครับท่าน ปภ.จะสรุปแผนเสนอท่านครับ")
    c.say(17, "08:25", "P018", "รับทราบครับ")
    c.sticker(17, "08:31", "P201")
    c.say(17, "11:40", "P017",
          "ขอสอบถามท่านรองฯ ครับ แผนจุดบริการประชาชนที่ท่านผู้ว่าฯ ให้ทำ ต้องรวมจุดของ อปท. ด้วยหรือไม่ครับ",
          tags=[N("a question by the disaster-prevention head about the plan the governor asked for: a question, not a "
                  "report")])
    c.say(17, "11:48", V2, "รวมด้วยครับ")
    c.system(17, "16:10", "leave", "P023")
    return c
