"""The five groups kept as JSONL."""
from chat import Chat, F, N
from districts import CHIEF, COORD, VOL, pick
from people import PEOPLE, DISTRICTS

ACKS = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับผม 🙏", "รับทราบครับท่าน", "รับทราบ ดำเนินการครับ", "ทราบค่ะ", "รับทาบครับ",
        "รับทราบคับ", "🙏🙏", "👍", "ฮับทราบเด้อครับ", "ทราบแล้วเด้อ", "รับทราบ/ถือปฏิบัติครับ", "รับทราบค่ะ ขอบคุณค่ะ",
        "ok ครับ รับทราบ", "รับทราบครับผม", "จ้า รับทราบค่ะ", "รับทราบข้อสั่งการครับ", "รับทราบครับ 🙏🏻", "ซาบแล้วครับ"]


def office_order(c, day, hm, pid, text, photos=0, file=None, why="the provincial office's own order with the letter attached: allowed"):
    m = c.say(day, hm, pid, text, photos=photos, file=file, tags=[N(why)])
    return m


def pakkhrong():
    c = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
    S1, S2, S3, PAL = "P006", "P007", "P008", "P005"
    V = lambda why: F("SKN-2P", why)
    office_order(c, 23, "08:15", S2, "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๔๑๒๗ ลว. ๒๐ พ.ย. ๒๕๖๙ เรื่อง การรักษาความสงบเรียบร้อยช่วงเทศกาลลอยกระทง ๒๕๖๙ — แจ้งอำเภอถือปฏิบัติ", photos=2)
    c.sticker(23, "08:19", "P111", tags=[V("sticker by a district chief after an order: members may not answer in this group")])
    office_order(c, 23, "09:00", S1, "ที่ สน ๐๐๑๘.๑/ว ๔๑๓๐ เรื่อง ซักซ้อมแนวทางการจ่ายเงินช่วยเหลือผู้ประสบอุทกภัย (ปิดการจ่าย ๓๐ พ.ย. ๖๙) รายละเอียดตามไฟล์", file="ว4130_จ่ายเงินช่วยเหลืออุทกภัย.pdf")
    c.say(23, "09:05", "P162", "ขออนุญาตสอบถามครับ ครัวเรือนที่บัญชีปิดแล้ว ใช้แบบฟอร์มไหนครับ",
          tags=[V("a question by a coordinating deputy: members may not ask in this group")])
    office_order(c, 23, "10:20", S3, "ข้อสั่งการ: ให้อำเภอตรวจสอบร้านจำหน่ายพลุ ดอกไม้ไฟ ช่วงลอยกระทง ตามหนังสือที่แนบ", photos=1)
    office_order(c, 23, "13:30", S2, "ที่ สน ๐๐๑๘.๓/ว ๔๑๔๑ เรื่อง การเตรียมความพร้อมรับมือภัยหนาว ปี ๒๕๖๙/๗๐", photos=3)
    c.say(23, "13:36", "P231", "รับทราบครับ", tags=[V("acknowledgement by a district chief: members may not answer")])
    office_order(c, 23, "16:00", S1, "แจ้งเวียน: ประกาศจังหวัดสกลนคร เรื่อง ห้ามจุดและปล่อยโคมลอยในเขตท่าอากาศยานสกลนคร", photos=2)
    c.say(23, "16:40", "P133", "จอส.อ.พรรณาฯ ส่งภาพประชุมเตรียมงานลอยกระทงค่ะ", photos=2,
          tags=[F("SKN-2", "the district volunteer officer of พรรณานิคม (volunteer_center_staff) is not admitted to ข้อสั่งการ ปค.สน.; first message that shows her here"),
                V("a report with photos by a district volunteer officer, meant for another group: members may not post here")])
    office_order(c, 24, "07:30", PAL, "วันนี้วันลอยกระทง ขอให้นายอำเภอทุกอำเภออยู่ในพื้นที่ ตรวจจุดจัดงานด้วยตนเอง ไม่ต้องตอบรับในกลุ่มนี้ครับ",
                 why="the provincial palad's instruction in the office's group: the palad may post here")
    c.say(24, "07:33", "P191", "👍", tags=[V("a thumbs-up by a district chief right after the palad said no reply is needed")])
    office_order(c, 24, "08:30", S2, "ที่ สน ๐๐๑๘.๑/ว ๔๑๕๐ เรื่อง รายงานสถานการณ์ฝุ่นละออง PM2.5 และการเผาในที่โล่ง", photos=2)
    office_order(c, 24, "11:00", S3, "ขอความร่วมมืออำเภอประชาสัมพันธ์ ช่องทางแจ้งเหตุ ๑๕๖๗ ช่วงเทศกาล", photos=1)
    c.say(24, "11:05", "P262", "ฮับทราบครับ โพนนาแก้วประชาสัมพันธ์ผ่านหอกระจายข่าวแล้วเด้อ",
          tags=[V("acknowledgement in Isan by a coordinating deputy: members may not answer")])
    office_order(c, 24, "14:00", S1, "แจ้งเวียนหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗/ว ๕๕๑๒ เรื่อง มาตรการความปลอดภัยทางน้ำ", photos=2)
    c.system(24, "15:10", "invite", "P171", target="P174",
             tags=[F("SKN-2", "the invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "ปลัดภูวดล"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ประยูร ศรีแก้ว นอภ.วานรฯ")])
    c.say(24, "15:12", "P174", "สวัสดีครับ ปลัดภูวดล วานรฯ ครับ", tags=[V("greeting by the invited deputy: a member's post in the office-only group")])
    office_order(c, 24, "16:30", S2, "ที่ สน ๐๐๑๘.๒/ว ๔๑๖๐ เรื่อง การตรวจสอบบัญชีรายชื่อผู้ประสบภัยที่ยังไม่ได้รับเงิน", file="บัญชีค้างจ่าย_รายอำเภอ.xlsx")
    c.say(24, "20:40", "P211", "สุขสันต์วันลอยกระทงครับทุกท่าน 🏮🌕", photos=1, tags=[V("festival greeting with a picture by a district chief: only the office posts here")])
    c.say(24, "20:42", "P151", "🙏🏮", tags=[V("emoji reply by a district chief: a post in the office-only group")])
    office_order(c, 25, "08:10", S1, "ที่ สน ๐๐๑๘.๑/ว ๔๑๗๒ เรื่อง การจัดเก็บกระทงและขยะหลังเทศกาล", photos=2)
    office_order(c, 25, "09:30", S3, "ขอให้อำเภอแจ้งกำนันผู้ใหญ่บ้านเฝ้าระวังการลักลอบเผาตอซัง ตามภาพ hotspot", photos=3)
    c.say(25, "09:33", "P202", "อากาศอำนวยมี hotspot ๓ จุด ลงพื้นที่แล้วครับ", tags=[V("a district report by a coordinating deputy: members may not report here")])
    office_order(c, 25, "13:00", S2, "แจ้งกำหนดการ: การประชุมกรมการจังหวัด ประจำเดือน ธ.ค. ๒๕๖๙ เลื่อนเป็นวันอังคารที่ ๘ ธ.ค. ๖๙ เนื่องจากวันจันทร์ที่ ๗ ธ.ค. เป็นวันหยุดชดเชยวันพ่อแห่งชาติ (๕ ธ.ค. ตรงกับวันเสาร์)",
                 why="the office's notice: allowed")
    c.say(25, "13:10", "ปลัดต้น", "รับทราบครับ", tags=[N("display name ปลัดต้น fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    office_order(c, 25, "15:20", S1, "ที่ สน ๐๐๑๘.๓/ว ๔๑๘๐ เรื่อง แผนช่วยเหลือผู้ประสบภัยหนาว จังหวัดสกลนคร (เริ่ม ๒๖ พ.ย. ๖๙)", file="แผนภัยหนาว_6970.pdf")
    c.say(25, "15:25", "P193", None, photos=3,
          tags=[F("SKN-2", "the district volunteer officer of บ้านม่วง (volunteer_center_staff) is not admitted; first message that shows him here"),
                V("harvest photos sent here first by mistake (they belong in ศอ.จอส.จว.สน.): one post, cited at the first photo")])
    c.say(25, "15:28", "P193", "ขออภัยครับ ส่งผิดกลุ่ม 🙏", tags=[V("an apology by the same volunteer officer: still a member's post here")])
    office_order(c, 26, "08:00", S2, "ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๔๑๙๑ เรื่อง ย้ำเตือนปิดการจ่ายเงินช่วยเหลืออุทกภัย ๓๐ พ.ย. ๖๙", photos=1)
    c.say(26, "08:04", "P161", "รับทราบครับ นิคมฯ เร่งอยู่ครับ", tags=[V("acknowledgement by a district chief")])
    office_order(c, 26, "10:00", S3, "ขอให้อำเภอตรวจสอบการลักลอบเล่นการพนันในงานบุญกฐิน/งานประจำปี ช่วงปลายเดือน", photos=2)
    c.sticker(26, "10:02", "P252", tags=[V("sticker by a coordinating deputy (two roles): a member's post")])
    office_order(c, 26, "14:00", S1, "ที่ สน ๐๐๑๘.๒/ว ๔๒๐๒ เรื่อง ซักซ้อมการปฏิบัติงานศูนย์ดำรงธรรมอำเภอ", photos=2)
    c.say(26, "14:30", PAL, "ขอย้ำการใช้กลุ่มนี้: ใช้สำหรับแจ้งข้อสั่งการของ ปค.สน. เท่านั้น ไม่ต้องตอบรับ ไม่ต้องส่งรายงานในกลุ่มนี้ครับ",
          tags=[N("the palad reminding members of the group's use: the office may post")])
    office_order(c, 27, "08:20", S2, "ที่ สน ๐๐๑๘.๑/ว ๔๒๑๐ เรื่อง การเตรียมการจัดงานวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๙", photos=3)
    c.say(27, "08:26", "P242", "ขอเอกสารแนบเป็น word ได้ไหมครับ", tags=[V("a request by a coordinating deputy: members may not ask here")])
    office_order(c, 27, "10:30", S3, "แจ้งเวียนคำสั่งจังหวัด เรื่อง แต่งตั้งคณะทำงานป้องกันไฟป่าและหมอกควัน", file="คำสั่งจังหวัด_ไฟป่า2569.pdf")
    c.system(27, "11:00", "join", "พี่โจ้ ขายอุปกรณ์ดับเพลิง", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    c.say(27, "11:02", "พี่โจ้ ขายอุปกรณ์ดับเพลิง", "ถังดับเพลิง ราคาหน่วยงานราชการ มีใบเสนอราคาให้ครับ", photos=2,
          tags=[V("an outsider's sales post: only the office posts here")])
    c.system(27, "11:05", "remove", S1, target="พี่โจ้ ขายอุปกรณ์ดับเพลิง", tags=[N("the office removing the outsider")])
    office_order(c, 27, "15:00", S1, "ที่ สน ๐๐๑๘.๓/ว ๔๒๑๙ เรื่อง รายงานผลการแจกผ้าห่มกันหนาว (แบบ กห.๑) ส่งทางระบบ e-report", photos=1)
    c.say(27, "15:05", "P221", "รับทราบครับ", tags=[V("acknowledgement by a district chief")])
    return c


def acks(c, day, start_hm, pids, key, why, stickers=(), gap=1, name=None):
    h, m = map(int, start_hm.split(":"))
    for k, pid in enumerate(pids):
        mm = m + k * gap
        hm = f"{h + mm // 60:02d}:{mm % 60:02d}"
        if pid in stickers:
            c.sticker(day, hm, pid, tags=[N(why + " (sticker)")])
        else:
            c.say(day, hm, pid, pick(key + pid, ACKS), tags=[N(why)])


def palad():
    c = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
    PAL = "P005"
    ch = [CHIEF[d] for d in DISTRICTS]
    c.say(23, "07:30", PAL, "เรียน นายอำเภอทุกท่าน สัปดาห์นี้ลอยกระทง (อ. ๒๔ พ.ย.) ให้ทุกอำเภอตรวจความพร้อมจุดจัดงาน เรือ ชูชีพ และประสานตำรวจ-อปพร. ให้ครบ",
          tags=[N("the palad's order in his group: allowed")])
    acks(c, 23, "07:34", ch[:7], "p1", "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden", stickers=("P141", "P171"))
    c.say(23, "13:00", PAL, "ข้อสั่งการ: นายอำเภอให้ความสำคัญการจ่ายเงินช่วยเหลืออุทกภัยให้แล้วเสร็จก่อน ๓๐ พ.ย. ตรวจสอบรายชื่อค้างจ่ายกับ ปภ. ด้วยตนเอง", photos=1,
          tags=[N("the palad's order: allowed")])
    acks(c, 23, "13:05", ch[7:13], "p2", "district chief's acknowledgement: allowed here")
    c.system(23, "15:00", "invite", "P231", target="P232",
             tags=[F("SKN-3", "the invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "ปลัดบุญมี เต่างอย"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ไพศาล นอภ.เต่างอย")])
    c.say(23, "15:03", "P232", "สวัสดีครับ ปลัดบุญมี ประสานงานแทนท่านนายอำเภอเต่างอยครับ", tags=[N("a greeting by the invited deputy: his membership finding is at the invite line; ข้อสั่งการ ปจ.สน. has no posting rule")])
    c.say(24, "08:00", PAL, "คืนนี้ลอยกระทง ขอให้นายอำเภอรายงานเหตุสำคัญทางโทรศัพท์ทันที ไม่ต้องรอรายงานในกลุ่ม", tags=[N("the palad's order: allowed")])
    acks(c, 24, "08:03", ch[13:] + ch[:3], "p3", "district chief's acknowledgement: allowed here", stickers=("P251",))
    c.say(24, "22:15", "P101", "เมืองสกลนคร งานลอยกระทงสระพังทองเรียบร้อย ประชาชนประมาณ ๒ หมื่นคน ไม่มีเหตุร้ายแรงครับ", photos=2,
          tags=[N("a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")])
    c.say(24, "22:40", "P261", "โพนนาแก้ว เรียบร้อยดีครับท่าน", tags=[N("a district chief's short report: allowed")])
    c.say(25, "09:00", PAL, "ขอบคุณทุกอำเภอครับ ต่อไปเป็นเรื่องภัยหนาวและฝุ่น ให้นายอำเภอกำชับ อปท. งดเผาขยะ/ตอซัง เด็ดขาด", tags=[N("the palad's order: allowed")])
    acks(c, 25, "09:04", ch[3:11], "p4", "district chief's acknowledgement: allowed here", stickers=("P181",))
    c.say(25, "14:00", "P202", "ท่านนายอำเภออากาศอำนวยติดราชการ ผมปลัดธนวัฒน์รับทราบแทนครับ",
          tags=[F("SKN-3", "a coordinating deputy posting in ข้อสั่งการ ปจ.สน. for his chief; first message that shows him here")])
    c.say(26, "08:30", PAL, "แผนช่วยเหลือผู้ประสบภัยหนาวเริ่มวันนี้ ขอให้นายอำเภอเป็นผู้อำนวยการในพื้นที่ ลงพื้นที่แจกผ้าห่มด้วยตนเองอย่างน้อย ๑ ครั้งในสัปดาห์หน้า",
          file="แผนภัยหนาว_6970.pdf", tags=[N("the palad's order with the plan attached: allowed")])
    acks(c, 26, "08:34", ch[9:18], "p5", "district chief's acknowledgement: allowed here", stickers=("P271",))
    c.say(26, "11:00", "P211", "สว่างแดนดิน กำหนดแจกผ้าห่ม ๓ ธ.ค. ครับ เรียนเชิญท่านปลัดจังหวัดครับ", tags=[N("a district chief's report and invitation: allowed here")])
    c.say(26, "11:05", PAL, "ยินดีครับ", tags=[N("the palad's reply: allowed")])
    c.say(27, "09:00", PAL, "ทุกอำเภอ ตรวจสอบงานบุญประจำปีและการพนันช่วงปลายเดือน เน้นย้ำการจราจรขากลับวันหยุด ๕-๗ ธ.ค.", tags=[N("the palad's order: allowed")])
    acks(c, 27, "09:03", ch[:10], "p6", "district chief's acknowledgement: allowed here", stickers=("P121", "P191"))
    c.say(27, "16:00", "P241", "โคกศรีสุพรรณ แจกผ้าห่มล็อตแรก ๓๐๐ ผืนแล้วครับ", name="นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾", photos=1,
          tags=[N("a district chief's report under his new display name (both on the roster): allowed")])
    return c


def executives():
    c = Chat("ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl")
    GOV, V1, V2, V3, PAL = "P001", "P002", "P003", "P004", "P005"
    ch = [CHIEF[d] for d in DISTRICTS]
    # at most 21 admitted people appear in this group this week (letter counts 22)
    used = ch[:16]
    c.say(23, "07:00", GOV, "อรุณสวัสดิ์ครับ สัปดาห์นี้ฝากนายอำเภอ ๓ เรื่อง: ลอยกระทงปลอดภัย / ภัยหนาว / ฝุ่น PM2.5 ลงพื้นที่ด้วยตนเองครับ",
          tags=[N("the governor's order: allowed")])
    acks(c, 23, "07:03", used[:12], "e1", "a district chief's acknowledgement of the governor's order: allowed", stickers=("P131", "P221"))
    c.say(23, "10:00", V2, "ขอให้นายอำเภอทุกอำเภอ ตรวจสอบท่าน้ำ/โป๊ะ ในจุดลอยกระทงให้แข็งแรง รายงานให้ทราบภายในวันนี้ครับ", tags=[N("a vice governor's order: allowed")])
    acks(c, 23, "10:02", used[4:14], "e2", "a district chief's acknowledgement: allowed")
    c.system(23, "11:30", "rename", "P241", text="นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾",
             tags=[N("the district chief of โคกศรีสุพรรณ renames himself; his later posts are still his (both names on the roster)")])
    c.say(23, "16:20", "P101", "เรียนท่านรองฯ อ.เมืองตรวจท่าน้ำ ๙ จุด ซ่อมโป๊ะ ๒ จุดแล้วเสร็จครับ", photos=2, tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    c.say(23, "16:40", "P111", "กุสุมาลย์ ตรวจแล้ว ๕ จุด ปลอดภัยครับ", tags=[N("a district chief's report: allowed")])
    c.say(23, "17:00", "P027", "สมัยผมเป็นนายอำเภอ ลอยกระทงที่หนองหารคนเยอะมาก ระวังเรือหางยาวด้วยนะน้องๆ",
          tags=[F("SKN-4", "a retired former district chief in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
    c.say(24, "07:15", PAL, "เรียน นายอำเภอทุกท่าน ให้ส่งแผนเผชิญเหตุคืนลอยกระทงมาที่ ปค.สน. ภายใน ๑๐ โมงวันนี้",
          tags=[F("SKN-4P", "an order to all district chiefs by the provincial palad: this group receives orders from the governor and vice governors only")])
    acks(c, 24, "07:18", used[:6], "e3", "a district chief's acknowledgement (of the palad's message): the acknowledgement itself is allowed")
    c.say(24, "09:00", GOV, "คืนนี้ผมจะไปตรวจงานที่สระพังทอง และท่าเรือโพนนาแก้ว ครับ", tags=[N("the governor's information: allowed")])
    c.say(24, "22:30", "P251", "เจริญศิลป์ รายงานเหตุ ชายวัย ๔๕ ปี จมน้ำที่อ่างห้วยหินลาด กู้ภัยช่วยได้ ส่งโรงพยาบาลปลอดภัยครับ", tags=[N("a late-night incident notice by a district chief: allowed")])
    c.say(24, "22:35", GOV, "ขอบคุณครับ ติดตามอาการด้วย", tags=[N("the governor's reply: allowed")])
    c.say(24, "23:10", "P111", "กุสุมาลย์ งานเลิกแล้ว ไม่มีเหตุครับ", tags=[N("a district chief's report: allowed")])
    c.say(25, "07:20", V1, "เช้านี้ภูพาน ๙ องศา ขอให้อำเภอในเขตภูพาน ตรวจเยี่ยมผู้สูงอายุที่อยู่ลำพังครับ", tags=[N("a vice governor's order: allowed")])
    acks(c, 25, "07:23", ["P121", "P221", "P231"], "e4", "a district chief's acknowledgement: allowed", stickers=("P231",))
    c.say(25, "08:00", "P017", "ปภ.สน. แจ้งประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยหนาว ๖ อำเภอครับ", file="ประกาศภัยหนาว_ปภ.pdf",
          tags=[F("SKN-4", "an agency head (ปภ.) posting in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
    c.say(25, "10:00", V3, "ฝุ่น PM2.5 ค่าเกิน ๗๕ มคก. ที่ สว่างแดนดิน วานรนิวาส ขอให้นายอำเภอทั้งสองสั่งงดเผาเด็ดขาดครับ", tags=[N("a vice governor's order to two district chiefs: allowed")])
    c.say(25, "10:05", "P211", "รับทราบครับท่าน", tags=[N("acknowledgement: allowed")])
    c.say(25, "10:06", "P171", "รับทราบครับ ได้ประกาศเสียงตามสายแล้วครับ", tags=[N("acknowledgement: allowed")])
    c.say(25, "15:00", "P241", "ขอให้ทุกอำเภอส่งผลการแจกผ้าห่มให้โคกศรีสุพรรณภายในพรุ่งนี้ จะรวบรวมเสนอท่านผู้ว่าฯ ครับ",
          name="นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾",
          tags=[F("SKN-4P", "a district chief directing all districts (ขอให้ทุกอำเภอ…ภายในพรุ่งนี้): an order from someone other than the governor or a vice governor")])
    c.say(25, "15:10", GOV, "ไม่ต้องส่งไปที่โคกศรีฯ ครับ ให้ ปค.สน. รวบรวมตามระบบ", tags=[N("the governor's correction: allowed")])
    c.say(25, "15:12", "P241", "ขออภัยครับท่าน 🙏", name="นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾", tags=[N("an apology by the renamed district chief: chat")])
    c.say(26, "07:30", GOV, "วันนี้เริ่มแผนภัยหนาว ขอให้นายอำเภอรายงานการแจกผ้าห่มตามระบบ และดูแลกลุ่มเปราะบางให้ทั่วถึงครับ", tags=[N("the governor's order: allowed")])
    acks(c, 26, "07:33", used[2:16], "e5", "a district chief's acknowledgement: allowed", stickers=("P161", "P201"))
    c.say(26, "12:00", "P191", "ขอแสดงความเสียใจกับครอบครัวท่านปลัดจังหวัดด้วยครับ ขอให้คุณแม่ไปสู่สุคติครับ 🙏", tags=[N("condolence with ขอให้: courtesy, not an order")])
    acks(c, 26, "12:02", ["P101", "P121", "P141", "P151"], "e6", "condolence follow-ups: chat")
    c.say(26, "13:00", PAL, "ขอบคุณทุกท่านครับ 🙏", tags=[N("the palad's thanks: chat")])
    c.say(26, "18:00", "ทัวร์ภูพาน by นก", "แพ็กเกจทัวร์ทะเลหมอกภูพาน ๒ วัน ๑ คืน ราคาพิเศษข้าราชการค่ะ", photos=2,
          tags=[F("OUTSIDER", "not on the roster; seen by her first post (no join notice in the log)")])
    c.say(27, "08:00", V2, "ขอให้อำเภอสว่างแดนดิน พังโคน วาริชภูมิ ประสานโรงสีชุมชนเรื่องราคารับซื้อข้าวเปลือก แจ้งผลภายในวันนี้ครับ", tags=[N("a vice governor's order: allowed")])
    c.say(27, "08:05", "P141", "รับทราบครับ", tags=[N("acknowledgement: allowed")])
    c.say(27, "14:00", "P151", "วาริชภูมิ ราคาข้าวเปลือกเจ้า ๘,๙๐๐ บาท/ตัน ข้าวเหนียว ๑๑,๒๐๐ บาท/ตันครับ", tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    c.say(27, "17:00", GOV, "ขอบคุณนายอำเภอทุกท่าน สัปดาห์นี้งานหนัก เสาร์-อาทิตย์พักผ่อนบ้างครับ", tags=[N("the governor's courtesy: allowed")])
    acks(c, 27, "17:02", used[5:12], "e7", "thanks in reply: chat", stickers=("P181",))
    return c


def heads():
    c = Chat("หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs.jsonl")
    GOV, V1, V2, V3 = "P001", "P002", "P003", "P004"
    heads_ = ["P011", "P012", "P013", "P014", "P015", "P017", "P018", "P019", "P020", "P021", "P022"]
    ch = [CHIEF[d] for d in DISTRICTS]
    c.say(23, "08:00", GOV, "เรียน หัวหน้าส่วนราชการและนายอำเภอ สัปดาห์นี้ขอให้ทุกส่วนบูรณาการเรื่องลอยกระทงปลอดภัย ภัยหนาว และฝุ่น ครับ", tags=[N("the governor's order: allowed")])
    acks(c, 23, "08:03", heads_[:8] + ch[:6], "h1", "acknowledgement of the governor's order: not a report", stickers=("P013", "P121"))
    c.say(23, "09:30", "P015", "สสจ.สน. แนะนำประชาชน ช่วงฝุ่นสูง สวมหน้ากาก N95 งดออกกำลังกายกลางแจ้ง ครับ", photos=1, tags=[N("health advice (public warning): not a report or result")])
    c.say(23, "10:00", "P012", "เกษตรจังหวัด รายงานผลการส่งเสริมไถกลบตอซัง เดือน พ.ย. ดำเนินการแล้ว ๑๒,๔๐๐ ไร่ คิดเป็น ๖๘% ของเป้าหมายค่ะ", photos=2,
          tags=[F("SKN-6P", "an agency's performance result posted in the group (งดการส่งรายงานหรือผลการปฏิบัติงาน)")])
    c.say(23, "11:00", "P011", "ขอเชิญร่วมงานลอยกระทงสืบสานประเพณี สระพังทอง ๒๔ พ.ย. ๖๙ ครับ", photos=1, tags=[N("an event invitation (PR): not a report")])
    c.say(23, "14:00", "P023", "เรียนท่านผู้ว่าฯ ธีรวัฒน์ เกษตรจังหวัด แทนท่านเกษตรจังหวัดครับ ขอรับข้อสั่งการครับ",
          tags=[F("SKN-6", "a staff member of an agency (deputy of the head) in the heads' group in the head's place: heads must join in person; first post")])
    c.say(23, "16:00", "P022", "ข่าวประชาสัมพันธ์: ปิดถนนรอบสระพังทอง ๒๔ พ.ย. ๑๖.๐๐-๒๔.๐๐ น.", tags=[N("traffic information: not a report")])
    c.say(24, "07:00", V3, "ขอให้ทุกส่วนราชการ ให้เจ้าหน้าที่สวมเสื้อจิตอาสาร่วมงานลอยกระทงคืนนี้ครับ", tags=[N("a vice governor's order: allowed")])
    acks(c, 24, "07:03", heads_[2:11] + ch[6:12], "h2", "acknowledgement: not a report", stickers=("P019", "P161"))
    c.say(24, "09:00", "P017", "ปภ.สน. สรุปผลการจ่ายเงินช่วยเหลืออุทกภัย จ่ายแล้ว ๙๔.๒% คงค้าง ๓๑๒ ครัวเรือน ครับ", file="สรุปจ่ายเงิน_241169.pdf",
          tags=[F("SKN-6P", "an agency's progress report posted in the group")])
    c.system(24, "10:00", "invite", "P018", target="P025",
             tags=[F("SKN-6", "the invitee is the deputy of the ทสจ. head (role staff): heads must join in person"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "รอง ทสจ.สน. วรวุฒิ"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ทสจ.สน. เกรียงไกร")])
    c.say(24, "12:00", "P101", "ขอเชิญหัวหน้าส่วนราชการร่วมลอยกระทงที่สระพังทอง เวลา ๑๙.๐๐ น. ครับ", tags=[N("a district chief's festival invitation (PR): not a report")])
    c.say(25, "08:00", GOV, "ขอบคุณทุกส่วนราชการที่ทำให้ลอยกระทงปลอดภัยครับ", tags=[N("the governor's thanks: allowed")])
    acks(c, 25, "08:02", heads_[:6] + ch[12:18], "h3", "thanks in reply: chat", stickers=("P014",))
    c.say(25, "09:30", "P101", "อ.เมืองสกลนคร รายงานผลการจัดงานลอยกระทง ประชาชนร่วมงาน ๒ หมื่นคน กระทงธรรมชาติ ๙๒% ไม่มีเหตุร้ายแรง", photos=3,
          tags=[F("SKN-6P", "a district's performance report (รายงานผลการจัดงาน) posted by a district chief")])
    c.say(25, "11:00", "P020", "ขอแสดงความยินดีกับ พมจ.สน. ที่ได้รับรางวัลหน่วยงานดีเด่นครับ 👏", tags=[N("congratulation: chat, not a report")])
    c.say(25, "11:05", "P019", "พมจ.สน. ได้รับรางวัลหน่วยงานคุ้มครองเด็กดีเด่น ระดับภาค ประจำปี ๒๕๖๙ ขอบคุณทุกภาคส่วนค่ะ", photos=2,
          tags=[F("SKN-6P", "an agency's own achievement (award) posted in the group")])
    c.say(25, "14:00", V1, "นัดประชุมคณะทำงานภัยหนาว ศุกร์ ๒๗ พ.ย. ๑๐.๐๐ น. ห้องประชุมพระตำหนัก ครับ", tags=[N("a vice governor's notice: allowed")])
    acks(c, 25, "14:02", heads_[4:11], "h4", "acknowledgement: not a report")
    c.say(25, "16:00", "P014", "ท้องถิ่นจังหวัด สอบถามนายอำเภอ: อปท. ใดยังไม่ได้ประกาศงดเผา แจ้งได้เลยครับ", tags=[N("a question between members: not a report")])
    c.say(26, "08:00", GOV, "เริ่มแผนภัยหนาวแล้ว ขอให้ พมจ. สสจ. ท้องถิ่น และอำเภอ ประสานการแจกผ้าห่มไม่ให้ซ้ำซ้อนครับ", tags=[N("the governor's order: allowed")])
    acks(c, 26, "08:03", ["P019", "P015", "P014"] + ch[:8], "h5", "acknowledgement: not a report", stickers=("P141",))
    c.say(26, "10:00", "สุดา ผู้ช่วย สส.", "สวัสดีค่ะ ท่าน สส. ฝากมอบผ้าห่ม ๕๐๐ ผืน ให้จังหวัดค่ะ", tags=[F("OUTSIDER", "not on the roster; seen by her first post (no join or invite notice in the log)")])
    c.say(26, "13:00", "P013", "ข่าวดี: ผ้าไหมสกลนคร ได้รับเลือกเป็นของขวัญปีใหม่ กระทรวงมหาดไทย ขอเชิญร่วมชมงาน OTOP ๑-๕ ธ.ค. ครับ", photos=2,
          tags=[N("an OTOP fair invitation (PR): not a report or result")])
    c.say(26, "15:00", "P018", "ค่า PM2.5 วันนี้ สว่างแดนดิน ๘๒ วานรนิวาส ๗๘ เมือง ๕๖ มคก./ลบ.ม. แจ้งเพื่อทราบครับ", tags=[N("air-quality information: not a performance report")])
    c.say(27, "08:00", V2, "ขอบคุณทุกท่าน สัปดาห์หน้าวันหยุดวันพ่อ ๕ ธ.ค. (ชดเชย ๗ ธ.ค.) ขอให้เตรียมงานพิธี", tags=[N("a vice governor's notice: allowed")])
    acks(c, 27, "08:02", heads_[:5] + ch[2:9], "h6", "acknowledgement: not a report", stickers=("P171",))
    c.say(27, "11:00", "P021", "คลังจังหวัด แจ้งเร่งรัดเบิกจ่ายงบไตรมาสแรก ปีงบ ๗๐ ครับ", tags=[N("a reminder to members: not a report")])
    c.say(27, "13:00", "P015", "สสจ.สน. รายงานผลการตรวจคัดกรองผู้ป่วยโรคทางเดินหายใจจากฝุ่น สัปดาห์นี้ ๑,๒๔๐ ราย", tags=[F("SKN-6P", "an agency's performance result posted in the group")])
    c.say(27, "16:00", GOV, "ขอบคุณครับ สสจ. ครั้งหน้าส่งผลทางระบบนะครับ กลุ่มนี้งดส่งรายงาน", tags=[N("the governor's reminder of the rule: allowed")])
    return c


def nakpokkhrong():
    c = Chat("นักปกครองสกลนคร", "nakpokkhrong.jsonl")
    PAL, GOV = "P005", "P001"
    c.say(23, "06:30", PAL, "สวัสดีวันจันทร์ครับ นักปกครองสกลนครทุกท่าน 🌞", photos=1, tags=[N("the palad's greeting: admitted, chat")])
    acks(c, 23, "06:35", [COORD[d] for d in DISTRICTS[:9]], "n1", "greeting by a coordinating deputy: admitted", stickers=("P122", "P152"))
    c.say(23, "12:00", "P202", "ขอแสดงความยินดีกับปลัดอำเภอที่สอบผ่านนายอำเภอรุ่นนี้ครับ 🎉", tags=[N("congratulation by a coordinating deputy: admitted")])
    acks(c, 23, "12:02", [CHIEF[d] for d in DISTRICTS[:5]], "n2", "courtesy by a district chief: admitted")
    c.say(24, "07:00", "P214", "สวัสดีครับพี่ๆ สุขสันต์วันลอยกระทงครับ 🏮", tags=[F("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post")])
    c.say(24, "08:00", "P162", "นิคมน้ำอูน ขอบคุณพี่ๆ ที่ช่วยงานลอยกระทงครับ", tags=[N("post by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted as coordinating deputy")])
    c.say(24, "20:00", GOV, "ขอให้ทุกท่านดูแลงานลอยกระทงให้ปลอดภัยครับ", tags=[N("the governor: admitted")])
    acks(c, 24, "20:02", [COORD[d] for d in DISTRICTS[9:]], "n3", "acknowledgement by a coordinating deputy: admitted", stickers=("P212",))
    c.system(25, "09:00", "join", "ขายประกันชีวิต น้องเมย์", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    c.say(25, "09:01", "ขายประกันชีวิต น้องเมย์", "ประกันสุขภาพข้าราชการ เบี้ยเริ่ม ๙๙๙/ปี สนใจทักค่ะ", photos=1)
    c.system(25, "09:10", "remove", PAL, target="ขายประกันชีวิต น้องเมย์", tags=[N("the palad removing the outsider")])
    c.say(25, "12:00", "P252", "เจริญศิลป์ขอบคุณทุกท่านที่ร่วมทำบุญค่ะ", tags=[N("post by the other two-role person as coordinating deputy: admitted")])
    c.say(25, "18:00", "P243", "อัมพร จอส.โคกศรีฯ ฝากประชาสัมพันธ์วิ่งการกุศล ๖ ธ.ค. ค่ะ", photos=1,
          tags=[F("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร; first post")])
    c.say(26, "06:40", "P272", "ภูพานเช้านี้ ๘ องศา หนาวหลายเด้อพี่น้อง 🥶", photos=2, tags=[N("a coordinating deputy's chat with photos: admitted")])
    acks(c, 26, "06:45", ["P122", "P222", "P232", "P101", "P121"], "n4", "chat reply by an admitted member")
    c.say(26, "20:00", "P182", "ขอแสดงความเสียใจกับครอบครัวท่านปลัดจังหวัดครับ 🙏", tags=[N("condolence: admitted")])
    acks(c, 26, "20:02", [COORD[d] for d in DISTRICTS[3:12]], "n5", "condolence by an admitted member")
    c.say(27, "07:30", PAL, "ขอบคุณทุกท่านครับ 🙏 พิธีสวดอภิธรรม ๒๗-๒๙ พ.ย. วัดพระธาตุเชิงชุม", tags=[N("the palad: admitted")])
    acks(c, 27, "07:33", [CHIEF[d] for d in DISTRICTS[6:14]], "n6", "reply by an admitted member", stickers=("P191",))
    c.say(27, "12:00", "ปลัดต้น", "ขอแสดงความเสียใจครับ", tags=[N("display name ปลัดต้น fits two roster people: ambiguous, never judged")])
    return c
