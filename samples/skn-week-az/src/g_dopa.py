# ข้อสั่งการ ปค.สน. (dopa-orders.jsonl): only the provincial office posts; members may not answer or ask.
from chat import Chat, F, N
from week import MON, TUE, WED, THU, FRI

c = Chat("ข้อสั่งการ ปค.สน.", "dopa-orders.jsonl")
ORDER = N("the provincial office's own order: allowed (the group is for exactly this)")
LETTER = N("photos/file of the letter sent by the office right after its order: part of an allowed order post")
P2 = "a member's post in the office-only group"


def order(day, hm, who, text, photos=0, file=None, caption_last=False):
    m = c.say(day, hm, who, text, photos=photos, file=file, caption_last=caption_last, tags=[ORDER])
    # tag the first media message of the post as part of the order
    if photos or file:
        media = [x for x in c.msgs if x.t >= m.t and x.pid == m.pid and x.type in ("image", "file")]
        if caption_last:
            media = [x for x in c.msgs[-(photos + (1 if file else 0) + 1):-1]]
        media[0].tags.append(LETTER)
    return m


def member(day, hm, who, text=None, note="", photos=0, name=None, reply=None, sticker=False):
    tag = F("SKN-2P", note)
    if sticker:
        return c.sticker(day, hm, who, tags=[tag], name=name)
    return c.say(day, hm, who, text, photos=photos, tags=[tag], name=name, reply=reply)


S, K, G = "P007", "P006", "P008"
order(MON, "08:05", S, "ด่วนที่สุด\nที่ สน ๐๐๑๘.๑/ว ๒๔๓๙๘ ลงวันที่ ๒๗ พฤศจิกายน ๒๕๖๙\nเรื่อง การจัดพิธีเนื่องในวันคล้ายวันพระบรมราชสมภพ "
      "พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๙\n"
      "เรียน นายอำเภอ ทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ", photos=3)
member(MON, "08:12", "P231", sticker=True, note="sticker by a district chief after an order: members may not answer in this group")
order(MON, "09:30", K, "ที่ สน ๐๐๑๘.๒/ว ๒๔๔๐๒\nเรื่อง การประดับธงชาติ ธงพระปรมาภิไธย และผ้าระบาย ช่วงวันที่ ๑-๑๐ ธ.ค. ๖๙\n"
      "ให้อำเภอแจ้งส่วนราชการ อปท. และสถานศึกษาในพื้นที่ถือปฏิบัติ", file="สน0018.2-ว24402 ประดับธง.pdf")
member(MON, "09:34", "P212", "รับทราบครับ", note="acknowledgement by a coordinating deputy: members may not answer")
order(MON, "10:45", G, "เรื่อง การเฝ้าระวังและรักษาความปลอดภัยช่วงพิธี ๕ ธันวาคม\nขอให้อำเภอสั่งการ กำนัน ผู้ใหญ่บ้าน อส. "
      "เฝ้าระวังสถานที่จัดพิธีและจุดชุมนุมชน", photos=2)
order(MON, "13:20", S, "ขอเชิญประชุมนายอำเภอ ประจำเดือนธันวาคม ๒๕๖๙\nวันพุธที่ ๙ ธ.ค. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมพระตำหนักภูพาน ศาลากลางจังหวัด",
      photos=1)
member(MON, "13:26", "P142", "ขออนุญาตสอบถามครับ ประชุมวันที่ ๙ ให้ปลัดเข้าแทนได้ไหมครับ", name="ปลัดเอ็ม พังโคน",
       note="question by a coordinating deputy: members may not ask in this group")
c.say(MON, "13:40", "P005", "กลุ่มนี้ใช้รับหนังสือสั่งการอย่างเดียวนะครับ สอบถามทางกลุ่มงานปกครองโดยตรงครับ",
      tags=[N("the provincial palad (the office) reminding members of the group's use: allowed")])
order(MON, "15:10", K, "ที่ สน ๐๐๑๘.๓/ว ๒๔๔๑๐\nเรื่อง แนวทางการช่วยเหลือผู้ประสบภัยหนาว ปี ๒๕๖๙-๒๕๗๐ (ระเบียบกระทรวงการคลังฯ)",
      file="แนวทางภัยหนาว 69-70.pdf")
c.say(MON, "15:11", K, None, photos=2, tags=[LETTER])
# invite of an ordinary deputy by his coordinating deputy
c.system(MON, "16:20", "invite", "P102", target="P104",
         tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดอนันต์ (อ.เมืองสกล)"),
               F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดอนันต์ (อ.เมืองสกล)"),
               F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ปลัดกิต ประสานงาน อ.เมือง")])
member(MON, "16:25", "P104", "สวัสดีครับ ปลัดอนันต์ อ.เมืองสกลนครครับ 🙏", note="greeting by the invited deputy: a member's post in the office-only group")
# outsider by link
c.system(MON, "19:40", "join", "ตั้ม ประกันรถ ☎️", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
c.system(MON, "19:55", "remove", "P006", target="ตั้ม ประกันรถ ☎️", tags=[N("the office removing an outsider: no finding for the office")])

order(TUE, "08:10", S, "ด่วนมาก\nที่ สน ๐๐๑๘.๑/ว ๒๔๔๓๑\nเรื่อง การลงนามถวายพระพรชัยมงคล ณ ศาลากลางจังหวัด และที่ว่าการอำเภอ\n"
      "ให้อำเภอจัดโต๊ะลงนามถวายพระพร ตั้งแต่วันที่ ๑-๕ ธ.ค. ๖๙", photos=2)
stk = member(TUE, "08:13", "P141", "🙏", note="🙏 alone by a district chief after an order: an acknowledgement")
order(TUE, "10:00", G, "แจ้งเตือนภัยหนาว\nกรมอุตุนิยมวิทยาประกาศ ฉบับที่ ๓ อุณหภูมิลดลง ๓-๕ องศา ช่วง ๒-๖ ธ.ค. "
      "ให้อำเภอแจ้งเตือนประชาชน และเตรียมผ้าห่มกันหนาว", file="ประกาศอุตุ ฉ3.pdf")
order(TUE, "11:30", K, "ที่ สน ๐๐๑๘.๔/ว ๒๔๔๔๐\nเรื่อง การตรวจสอบการจัดงานรื่นเริงฤดูหนาว (งานวัด งานกาชาด) ให้ปฏิบัติตามกฎกระทรวง "
      "ว่าด้วยความปลอดภัยสถานบริการและการชุมนุม", photos=3)
member(TUE, "11:45", "P241", "โคกศรีสุพรรณรับทราบครับ จะแจ้ง อปท. ทุกแห่งครับ", note="acknowledgement with a promise by a district chief")
order(TUE, "14:00", S, "เรื่อง การเตรียมความพร้อมศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ ๒๕๗๐\n"
      "ให้อำเภอจัดตั้ง ศปถ.อำเภอ และจุดตรวจ/จุดบริการ ตามแบบที่แนบ", photos=2, file="แบบจุดตรวจปีใหม่70.xlsx")
c.say(TUE, "14:30", "ปลัดต้น", "รับทราบครับ",
      tags=[N("display name ปลัดต้น fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
member(TUE, "15:05", "P211", "ตั้งแต่ปีนี้ ศปถ. อำเภอใช้แบบใหม่ใช่ไหมครับ", note="question by a district chief in the office-only group")
order(TUE, "16:40", K, "ที่ สน ๐๐๑๘.๒/ว ๒๔๔๕๒\nเรื่อง ขอความร่วมมือสำรวจข้อมูลผู้สูงอายุที่อยู่ลำพัง เพื่อเตรียมการช่วยเหลือช่วงอากาศหนาว",
      file="แบบสำรวจผู้สูงอายุ.pdf")

order(WED, "08:00", S, "ที่ สน ๐๐๑๘.๑/ว ๒๔๔๗๐\nเรื่อง กำหนดการพิธีจุดเทียนชัยถวายพระพรชัยมงคล วันที่ ๕ ธ.ค. ๖๙ เวลา ๑๙.๐๐ น. "
      "ณ ลานหน้าศาลากลางจังหวัดสกลนคร\nเครื่องแต่งกาย ชุดปกติขาว", photos=2)
member(WED, "08:20", "P222", "ส่องดาว ตรวจจุดไฟไหม้หญ้าแล้ว ปลอดภัยครับ", photos=2,
       note="a district's report sent to the wrong group (it belongs in ศอ.จอส.จว.สน.): a member's post here")
member(WED, "08:24", "P222", "ขออภัยครับ ส่งผิดกลุ่ม 🙏", note="apology by the same member: another post in the office-only group")
order(WED, "10:30", G, "ด่วนที่สุด\nเรื่อง การรักษาความปลอดภัยพิธี ๕ ธ.ค. ให้อำเภอจัด อส. สนับสนุนจังหวัด อำเภอละ ๕ นาย "
      "รายงานตัว ณ ศาลากลาง เวลา ๐๖.๓๐ น.", photos=1)
member(WED, "10:33", "P181", sticker=True, note="sticker by a district chief")
order(WED, "13:15", K, "ที่ สน ๐๐๑๘.๓/ว ๒๔๔๘๕\nเรื่อง การเบิกจ่ายงบประมาณช่วยเหลือผู้ประสบภัยหนาว (งบทดรองราชการ)", file="สน0018.3-ว24485.pdf")
c.say(WED, "13:16", K, None, photos=1, tags=[LETTER])
order(WED, "15:50", S, "แจ้งเปลี่ยนแปลง\nประชุมนายอำเภอ ประจำเดือนธันวาคม เลื่อนเป็นวันพฤหัสบดีที่ ๑๐ ธ.ค. ๖๙ เวลา ๑๓.๓๐ น. "
      "สถานที่เดิม")
member(WED, "15:58", "P201", "ครับผม", note="acknowledgement by a district chief")

order(THU, "08:15", K, "ที่ สน ๐๐๑๘.๔/ว ๒๔๕๐๑\nเรื่อง มาตรการป้องกันอัคคีภัยและไฟป่าช่วงฤดูแล้ง ให้อำเภอกำชับ อปท. เตรียมรถน้ำ",
      photos=2)
c.say(THU, "08:30", "P005", "ฝากทุกอำเภอถือปฏิบัติตามหนังสือที่ส่งในกลุ่มนี้ด้วยครับ ไม่ต้องตอบรับในกลุ่มครับ",
      tags=[N("the palad (the office) reminding members: allowed")])
order(THU, "10:20", S, "ที่ สน ๐๐๑๘.๑/ว ๒๔๕๑๐\nเรื่อง ขอเชิญร่วมพิธีสวนสนามและถวายสัตย์ปฏิญาณของ อส. วันที่ ๔ ธ.ค. ๖๙ (ยกเลิก) "
      "เปลี่ยนเป็นพิธีทำบุญตักบาตร เช้าวันที่ ๕ ธ.ค. ๖๙ เวลา ๐๗.๐๐ น.", photos=2)
member(THU, "10:22", "P251", "รับทราบครับ", note="acknowledgement by a district chief")
member(THU, "10:25", "P161", "ขอสอบถามครับ ตักบาตรที่ศาลากลาง หรือที่อำเภอครับ", note="question by a district chief")
order(THU, "13:40", G, "เรื่อง การเฝ้าระวังอุบัติเหตุทางถนนช่วงวันหยุดยาว ๕-๗ ธ.ค. ๖๙\nให้อำเภอเปิดจุดตรวจร่วม ตำรวจ-ฝ่ายปกครอง",
      file="ข้อสั่งการจุดตรวจวันหยุดยาว.pdf")
c.say(THU, "13:41", G, None, photos=2, tags=[LETTER])
order(THU, "16:00", K, "ที่ สน ๐๐๑๘.๒/ว ๒๔๕๒๒\nเรื่อง ประชาสัมพันธ์งานกาชาดและงานฤดูหนาวจังหวัดสกลนคร ๒๕๖๙ "
      "วันที่ ๑๑-๒๐ ธ.ค. ๖๙ ณ สนามกีฬากลางจังหวัด", photos=3)
member(THU, "16:30", "P104", "ขอบคุณครับ", note="thanks by the invited deputy: a member's post")

order(FRI, "08:00", S, "ด่วนที่สุด\nที่ สน ๐๐๑๘.๑/ว ๒๔๕๓๐\nเรื่อง กำหนดการวันที่ ๕ ธ.ค. ๖๙ (ฉบับสมบูรณ์)", file="กำหนดการ 5ธค69 ฉบับสมบูรณ์.pdf")
c.say(FRI, "08:01", S, None, photos=3, tags=[LETTER])
member(FRI, "08:10", "P171", "รับทราบครับ 🙏", note="acknowledgement by a district chief")
order(FRI, "09:45", K, "แจ้ง วันจันทร์ที่ ๗ ธ.ค. ๖๙ เป็นวันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพฯ ๕ ธ.ค. ซึ่งตรงกับวันเสาร์ "
      "ขอให้อำเภอจัดเวรรักษาการณ์ตามปกติ", photos=1)
order(FRI, "11:00", G, "เรื่อง การแจ้งเตือนหมอกหนาช่วงเช้า บนทางหลวงหมายเลข ๒๒ และ ๒๑๓ ให้อำเภอประชาสัมพันธ์ผู้ใช้รถใช้ถนน")
order(FRI, "14:30", S, "ที่ สน ๐๐๑๘.๑/ว ๒๔๕๔๑\nเรื่อง การแต่งกายและการเข้าร่วมพิธี ๕ ธ.ค. ของนายอำเภอและปลัดอำเภอ", photos=2)
member(FRI, "14:34", "P121", "ได้รับแล้วครับ", note="acknowledgement by a district chief")
c.say(FRI, "16:30", "P005", "ขอบคุณทุกอำเภอครับ วันหยุดยาวเดินทางปลอดภัยครับ", tags=[N("the palad (the office) posting: allowed")])
member(FRI, "16:35", "P262", "ขอบคุณครับท่าน 🙏", note="thanks by a coordinating deputy: not the office")


def build():
    return c
