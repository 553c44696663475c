"""More everyday traffic of week BM: acknowledgements, chat, photos (no findings)."""
from chat import N
from people import DISTRICTS, chief, coord, vol, extra

ACK = ["รับทราบครับ", "รับทราบค่ะ 🙏", "ทราบครับ", "รับทราบครับผม", "🙏🙏", "รับทราบและดำเนินการครับ", "ฮับทราบเด้อครับ",
       "รับทราบค่า 💛", "ok ครับ รับทราบ", "รับทราบครับ จะแจ้งทีมจิตอาสาครับ", "👍 รับทราบ", "รับทราบ ดำเนินการค่ะ"]


def acks(c, day, start, people, sticker_every=3, tag_first=None):
    h, m = map(int, start.split(":"))
    for i, p in enumerate(people):
        mm = m + i
        hm = "%02d:%02d" % (h + mm // 60, mm % 60)
        tags = [N(tag_first)] if (tag_first and i == 0) else ()
        if i % sticker_every == sticker_every - 1:
            c.sticker(day, hm, p, tags=tags)
        else:
            c.say(day, hm, p, ACK[(i * 5 + len(day) + h) % len(ACK)], tags=tags)


def volunteer(c):
    D = DISTRICTS
    acks(c, "tue", "09:06", [vol(D[2]), coord(D[9]), vol(D[14]), chief(D[16]), vol(D[11])],
         tag_first="acknowledgement by a district volunteer officer: allowed in ศอ.จอส.จว.สน., not a report")
    acks(c, "tue", "10:36", [vol(D[5]), coord(D[13]), vol(D[17]), coord(D[15])])
    acks(c, "wed", "13:06", [coord(D[17]), vol(D[2]), vol(D[14])])
    acks(c, "thu", "09:03", [vol(D[5]), coord(D[6]), vol(D[12]), vol(D[15]), vol(D[16])],
         tag_first="acknowledgement of O7 by a district volunteer officer: not the plan it asks for, so not an answer")
    acks(c, "thu", "14:05", [vol(D[0]), coord(D[3]), vol(D[7]), chief(D[10]), vol(D[13]), coord(D[17])])
    acks(c, "fri", "09:01", [vol(D[4]), chief(D[7]), vol(D[10])])
    acks(c, "fri", "10:02", [coord(D[0]), vol(D[6]), vol(D[11]), chief(D[15])])
    S = c.say
    S("mon", "12:10", vol("วาริชภูมิ"), "พี่จ่าคะ แผน Big Cleaning ใช้แบบฟอร์มเดิมของเดือน ก.ค. ได้ไหมคะ 😅")
    S("mon", "12:14", "P009", "ได้ครับ ใช้แบบเดิมเลยครับ 👍")
    S("tue", "12:00", vol("กุสุมาลย์") , "ภาพเพิ่มเติมการกำจัดลูกน้ำที่ รร.บ้านอุ่มจานค่ะ 🦟", photos=2,
      tags=[N("more photos after กุสุมาลย์'s O3 answer of 11:40: the duty was already met")])
    S("wed", "09:00", vol("เต่างอย"), "สอบถามครับ ไฟล์หลักฐานเบิกจ่ายต้องแนบสำเนาใบเสร็จด้วยบ่ครับ")
    S("wed", "09:04", "P008", "แนบด้วยครับ สแกนเป็น PDF ไฟล์เดียว")
    S("thu", "08:00", coord("กุดบาก"), "อ.กุดบาก เริ่มกิจกรรม Big Cleaning ที่น้ำตกคำหอมแล้วครับ ☀️", photos=2,
      tags=[N("photos of the clean-up in progress before O8 is issued (14:00): not the report O8 asks for")])
    S("thu", "08:30", vol("สว่างแดนดิน"), "สว่างแดนดินเริ่มแล้วค่ะ 🧹", photos=1)
    S("thu", "10:00", "P009", "ภาพท่านผู้ว่าฯ ร่วมกิจกรรม Big Cleaning ริมหนองหารครับ 💛", photos=4,
      tags=[N("photos posted by a province-level volunteer officer: allowed")])
    S("thu", "10:05", chief("สว่างแดนดิน"), "สุดยอดครับ 👏")
    S("fri", "17:40", coord("พรรณานิคม"), "พรรณาฯ ขออภัยครับ ผลกำจัดยุงลายจะส่งพรุ่งนี้เช้า ทีมยังอยู่ที่พื้นที่น้ำท่วมครับ 🙏",
      tags=[N("a promise to report later, carrying no result: not an answer to O3")])
    S("fri", "18:00", "P009", "ได้ครับ ยังไม่เลยกำหนดครับ 👍")


def pakkhrong(c):
    S = c.say
    S("tue", "11:00", "P006", "ที่ สน ๐๐๑๘.๓/ว ๔๑๑๙\nเรื่อง ขอความร่วมมือสำรวจข้อมูลครัวเรือนผู้ประสบอุทกภัยเพื่อรับเงินช่วยเหลือ", photos=4,
      tags=[N("the office's order with photos of the letter: allowed")])
    S("wed", "13:30", "P007", "ที่ สน ๐๐๑๘.๑/ว ๔๑๓๖\nเรื่อง การส่งใช้เงินยืมทดรองราชการ ก่อนสิ้นปีงบประมาณ", photos=2, file="ว4136_ส่งใช้เงินยืม.pdf",
      tags=[N("the office's order with photos and a file: allowed")])
    S("thu", "16:00", "P006", "ที่ สน ๐๐๑๘.๒/ว ๔๑๔๗\nเรื่อง ประกาศรายชื่อผู้ผ่านการอบรมหลักสูตรนักปกครองระดับต้น", photos=3)
    S("fri", "10:30", "P007", "ที่ สน ๐๐๑๘.๓/ว ๔๑๕๑\nเรื่อง การบริหารความเสี่ยงการทุจริตในการจัดซื้อจัดจ้างช่วงปลายปีงบประมาณ", photos=3, file="ว4151_ความเสี่ยงทุจริต.pdf")
    S("fri", "15:45", "P006", "ที่ สน ๐๐๑๘.๔/ว ๔๑๕๕\nเรื่อง ซักซ้อมการเตรียมการเลือกตั้งสมาชิกสภาองค์การบริหารส่วนตำบลแทนตำแหน่งที่ว่าง", photos=2)


def palad(c):
    S = c.say
    S("mon", "12:20", "P005", "ภาพท่านผู้ว่าฯ ลงพื้นที่ อ.อากาศอำนวย เมื่อเช้าครับ", photos=3)
    acks(c, "mon", "12:30", [chief("เมืองสกลนคร"), chief("ส่องดาว"), chief("พรรณานิคม")])
    acks(c, "wed", "13:06", [chief("อากาศอำนวย"), chief("กุสุมาลย์"), chief("ภูพาน"), chief("เต่างอย")])
    acks(c, "fri", "08:16", [chief("พังโคน"), chief("คำตากล้า")])


def executives(c):
    S = c.say
    acks(c, "mon", "08:35", [chief("เมืองสกลนคร"), chief("สว่างแดนดิน"), chief("ส่องดาว")])
    S("mon", "16:30", chief("อากาศอำนวย"), "อัปเดต ๑๖.๓๐ น. ระดับน้ำสงครามทรงตัว ผู้อพยพในศูนย์พักพิง ๓๘ ราย ครับ", photos=2,
      tags=[N("a district chief's update to the governor: allowed")])
    S("mon", "16:40", "P004", "ขอบคุณครับท่านนายอำเภอ 🙏")
    S("tue", "11:30", chief("วานรนิวาส"), "วานรนิวาส น้ำเริ่มท่วมถนนบ้านโพนสวาง ๒ จุด ประสานแขวงทางหลวงชนบทแล้วครับ", photos=2)
    S("tue", "11:35", "P001", "ดูแลให้ดีครับ 👍")
    acks(c, "tue", "10:52", [chief("พังโคน"), chief("นิคมน้ำอูน"), chief("กุสุมาลย์")])
    S("wed", "11:05", chief("โคกศรีสุพรรณ"), "รับทราบครับท่านรองฯ อำเภอโคกศรีฯ ไม่มีพื้นที่ท่วมครับ")
    S("wed", "15:30", chief("คำตากล้า"), "ภาพโดรนพื้นที่ท่วม ต.แพด ครับ", photos=3)
    S("thu", "09:00", "P001", "ภาพกิจกรรม Big Cleaning ริมหนองหาร ขอบคุณทุกภาคส่วนครับ", photos=4)
    acks(c, "thu", "09:10", [chief("ภูพาน"), chief("วานรนิวาส"), chief("พรรณานิคม"), chief("เจริญศิลป์")])
    S("thu", "16:00", chief("กุดบาก"), "เรียนท่านผู้ว่าฯ อำเภอจัดพิธีสวดอภิธรรมจิตอาสาผู้เสียชีวิต คืนนี้ ๑๙.๐๐ น. ครับ")
    S("thu", "16:05", "P002", "ผมจะไปร่วมแทนท่านผู้ว่าฯ ครับ")


def heads(c):
    S = c.say
    acks(c, "mon", "08:08", ["P013", "P018", chief("อากาศอำนวย"), "P020", chief("ภูพาน")])
    S("mon", "16:00", "P001", "ข่าว: ครม.อนุมัติงบกลางช่วยผู้ประสบอุทกภัย ๑๒ จังหวัดภาคอีสาน รวมสกลนคร ครับ", photos=1)
    acks(c, "mon", "16:03", ["P010", "P017", chief("คำตากล้า")])
    S("tue", "10:00", "P002", "แจ้งทุกส่วนราชการ กองทุนหมู่บ้านฯ ประชุม ๗ ก.ย. ขอผู้แทนเข้าร่วมครับ")
    acks(c, "tue", "10:03", ["P021", "P016", "P013"])
    S("wed", "09:00", "P003", "Morning ค่ะ 🌞 วันนี้ meeting กรมการจังหวัด 09.30 please on time นะคะ")
    acks(c, "wed", "09:02", ["P011", "P015", chief("เมืองสกลนคร")])
    S("wed", "17:00", "P001", "แจ้ง: วันที่ ๑๐ ก.ย. ผู้ตรวจราชการ มท. ตรวจติดตามการเบิกจ่ายงบประมาณ หัวหน้าส่วนราชการที่ยังเบิกจ่ายต่ำกว่าเป้าให้เตรียมชี้แจงครับ")
    acks(c, "wed", "17:02", ["P014", "P020", "P018", "P012"])
    S("thu", "12:00", "P001", "ภาพกิจกรรม Big Cleaning ริมหนองหาร ขอบคุณทุกส่วนราชการครับ", photos=3)
    acks(c, "fri", "14:05", ["P016", "P021", chief("พังโคน")])


def nakpokkhrong(c):
    S = c.say
    S("mon", "14:30", coord("บ้านม่วง"), "บ้านม่วง ผลงาน ส.ค.: ดำเนินคดีบ่อนไก่ชน ๑ ราย / ตรวจสอบโรงงาน ๔ แห่ง ครับ", photos=2)
    S("tue", "13:00", coord("อากาศอำนวย"), "อากาศอำนวย ผลการช่วยเหลือผู้ประสบภัยน้ำท่วม: แจกถุงยังชีพ ๓๐๐ ชุด อพยพ ๓๘ ราย", photos=3)
    S("wed", "09:00", coord("กุดบาก"), "กุดบาก ผลงาน ส.ค.: ไกล่เกลี่ยหนี้นอกระบบ ๙ ราย มูลหนี้ ๘๕๐,๐๐๐ บาท ครับ", photos=2)
    S("wed", "11:30", coord("พังโคน"), "พังโคน ผลงาน ส.ค. ตามภาพครับ", photos=3)
    S("thu", "10:30", coord("วาริชภูมิ"), "วาริชภูมิ: ตรวจร้านเกมส์และสถานบริการ ๑๐ แห่ง ครับ", photos=2)
    S("thu", "13:30", coord("ภูพาน"), "ภูพาน ผลงาน ส.ค.: ปฏิบัติการร่วม ฉก. ตรวจจุดผ่อนปรน", photos=2)
    S("fri", "10:40", coord("เจริญศิลป์"), "เจริญศิลป์ ผลงาน ส.ค.: ออกหน่วยบำบัดทุกข์บำรุงสุข ๓ ตำบลครับ", photos=2)
    S("fri", "11:20", "P001", "ขอบคุณครับ ผลงานดีทุกอำเภอ 👍")
