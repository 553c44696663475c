"""The other five groups of week BA."""
import random

from frame import Chat, F, N, CHIEF, COORD, VOL, DEP, PEOPLE, DISTRICTS

R = random.Random(911)
ORDER_NM = "the provincial office's own order with the letter: allowed (the group is for exactly this)"
PHOTO_NM = "photos of the letter sent by the office right after its order: part of the allowed order post"


def pk():
    """ข้อสั่งการ ปค.สน. — written out as an English-UI PC 'Save chat' file."""
    C = Chat("ข้อสั่งการ ปค.สน.", "[LINE]ข้อสั่งการ ปค.สน..txt", export=True)
    S6, S7, S8, PAL = "P006", "P007", "P008", "P005"

    def od(day, hm, who, text, photos=1):
        C.say(day, hm, who, text, tags=[N(ORDER_NM)])
        if photos:
            C.say(day, hm, who, None, photos=photos, tags=[N(PHOTO_NM)])

    def p2(day, hm, who, text=None, note="", photos=0, sticker=False, caption_last=False, extra=()):
        tags = [F("SKN-2P", note, PEOPLE[who].name if who in PEOPLE else who)] + list(extra)
        if sticker:
            C.sticker(day, hm, who, tags=tags)
        else:
            C.say(day, hm, who, text, photos=photos, tags=tags, caption_last=caption_last)

    # Monday
    od(7, "08:05", S6, "ด่วนที่สุด\nที่ สน ๐๐๑๘.๑/ว ๔๔๓๐ ลงวันที่ ๗ กันยายน ๒๕๖๙\nเรื่อง การเตรียมความพร้อมป้องกันและแก้ไขปัญหาอุทกภัย ช่วงฤดูฝน ปี ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ\nรายละเอียดตามหนังสือที่แนบ", 2)
    p2(7, "08:12", CHIEF["คำตากล้า"], sticker=True, note="sticker by a district chief after an order: members may not answer in this group")
    od(7, "08:30", S7, "ที่ สน ๐๐๑๘.๓/ว ๔๔๓๑ ลว. ๗ ก.ย. ๖๙\nเรื่อง การรักษาความปลอดภัยในทรัพย์สินของประชาชนที่อพยพ ณ ศูนย์พักพิงชั่วคราว\nเรียน นอภ.ทุกอำเภอ\nให้จัดกำลัง อส. และ ชรบ. ตรวจตราบ้านเรือนที่ประชาชนอพยพออก ป้องกันการลักขโมย", 3)
    p2(7, "09:58", COORD["วานรนิวาส"], "รายงาน ศอ.จอส.อ.วานรนิวาส ระดับน้ำสงคราม บ้านท่าบ่อ สูงกว่าตลิ่ง ๐.๔๒ ม. ครับ",
       photos=2, caption_last=True, note="a district's flood report (photos then caption) posted by a coordinating deputy in the office-only group (sent to the wrong group first; he re-sent it to ศอ.จอส.จว.สน. at 10:20): one post, cited at the first photo")
    C.say(7, "10:01", PAL, "แจ้งทุกท่านครับ กลุ่มนี้ใช้แจ้งข้อสั่งการของ ปค.จ. เท่านั้น การรายงานให้ส่งทางกลุ่ม ศอ.จอส.จว.สน. ครับ",
          tags=[N("the provincial palad (the office) reminding members of the group's use: allowed")])
    od(7, "13:30", S8, "แจ้ง นอภ.ทุกอำเภอ\nกรมการปกครองสั่งการให้ตั้งศูนย์ช่วยเหลือประชาชนผู้ประสบอุทกภัยระดับอำเภอ และเปิดสายด่วน ๑๕๖๗ ตลอด ๒๔ ชั่วโมง ตามวิทยุ มท ด่วนที่สุด ที่ มท ๐๓๑๐.๑/ว ๒๒๗๑", 1)
    C.say(7, "13:34", "P134", "รับทราบครับ", name="ปลัดต้น",
          tags=[N("display name ปลัดต้น fits two roster people (deputies of พรรณานิคม and บ้านม่วง): ambiguous, never judged (no SKN-2P, no SKN-2)")])
    od(7, "15:00", S6, "เรียน นอภ.ทุกอำเภอ\nขอเชิญประชุมติดตามสถานการณ์อุทกภัย (ผ่านระบบ Zoom) วันอังคารที่ ๘ ก.ย. ๖๙ เวลา ๐๙.๓๐ น. ลิงก์ตามหนังสือที่แนบ", 1)
    p2(7, "15:05", CHIEF["กุสุมาลย์"], "รับทราบครับ", note="acknowledgement by a district chief: members may not answer in this group")
    od(7, "17:40", S7, "แจ้งเพื่อทราบ\nจังหวัดประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (อุทกภัย) ๕ อำเภอ ได้แก่ อ.อากาศอำนวย อ.วานรนิวาส อ.บ้านม่วง อ.คำตากล้า อ.โพนนาแก้ว", 2)
    # Tuesday
    od(8, "08:00", S6, "ด่วนที่สุด\nที่ สน ๐๐๑๘.๔/ว ๔๔๕๒ ลว. ๘ ก.ย. ๖๙\nเรื่อง การใช้จ่ายเงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน\nเรียน นอภ.ทุกอำเภอ", 2)
    C.system(8, "08:20", "invite", COORD["สว่างแดนดิน"], target=DEP["สว่างแดนดิน"][0],
             tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", PEOPLE[DEP["สว่างแดนดิน"][0]].name),
                   F("SKN-ALL", "roster person not admitted to this group, invited", PEOPLE[DEP["สว่างแดนดิน"][0]].name),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", PEOPLE[COORD["สว่างแดนดิน"]].name)])
    p2(8, "08:22", DEP["สว่างแดนดิน"][0], "สวัสดีครับ ผมปลัดอัครพล ขอบคุณพี่ยุทธนาที่ชวนเข้ากลุ่มครับ 🙏", note="greeting by the invited deputy: a member's post in the office-only group")
    p2(8, "09:15", CHIEF["โพนนาแก้ว"], "ขอเรียนถามครับ เงินทดรองราชการตามหนังสือเมื่อเช้า ใช้จัดซื้อกระสอบทรายได้หรือไม่ครับ",
       note="question by a district chief: members may not ask in this group")
    C.say(8, "09:20", S7, "เรียน นอภ.โพนนาแก้ว โปรดสอบถามทางโทรศัพท์ ฝ่ายการเงิน ปค.จ. ๐๔๒-๗๑๑๖๑๒ ค่ะ",
          tags=[N("the office answering a question: the office may post")])
    od(8, "11:00", S8, "แจ้ง นอภ.ทุกอำเภอ\nให้ตรวจสอบความพร้อมของเรือ/เครื่องยนต์ของ อส.อำเภอ และรายงานความเสียหายของครุภัณฑ์ผ่านระบบ e-report ภายในวันที่ ๑๐ ก.ย. ๖๙", 1)
    C.say(8, "14:10", VOL["พรรณานิคม"], "ขออนุญาตประชาสัมพันธ์ค่ะ ศอ.จอส.อ.พรรณานิคม เปิดรับบริจาคน้ำดื่ม ข้าวสาร ที่หอประชุมอำเภอ ตั้งแต่วันนี้ค่ะ 🙏",
          photos=1, tags=[F("SKN-2", "a district volunteer officer (volunteer_center_staff) in ข้อสั่งการ ปค.สน.; first post, no join notice in the log", PEOPLE[VOL["พรรณานิคม"]].name),
                          F("SKN-2P", "a donation notice (PR) posted by a member who is not the office", PEOPLE[VOL["พรรณานิคม"]].name)])
    od(8, "16:20", S6, "เรียน นอภ.ทุกอำเภอ\nส่งสำเนาคำสั่งจังหวัดสกลนคร ที่ ๓๑๘๕/๒๕๖๙ แต่งตั้งกองอำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัด (ส่วนหน้า) เพื่อทราบ", 1)
    od(8, "21:50", S6, "ด่วนที่สุด (แจ้งคืนนี้)\nเรียน นอภ.บ้านม่วง วานรนิวาส อากาศอำนวย คำตากล้า\nระดับน้ำสงครามสูงขึ้นเร็ว ให้เตรียมอพยพประชาชนพื้นที่ลุ่มต่ำริมน้ำคืนนี้ และจัดเวรยามประจำจุดอพยพตลอดคืน", 1)
    p2(8, "21:58", CHIEF["อากาศอำนวย"], "ทราบครับ กำลังลงพื้นที่บ้านโพนงามครับ", note="night acknowledgement by a district chief: members may not answer in this group")
    C.say(8, "22:05", PAL, "ไม่ต้องตอบรับในกลุ่มนี้ครับ ดำเนินการได้เลย ขอบคุณครับ",
          tags=[N("the palad's reminder (ไม่ต้องตอบรับ): the office may post")])
    # Wednesday
    od(9, "07:45", S6, "เรียน นอภ.ทุกอำเภอ\nกระทรวงมหาดไทยสั่งการเร่งด่วน ให้สำรวจและช่วยเหลือกลุ่มเปราะบาง (ผู้สูงอายุ ผู้พิการ ผู้ป่วยติดเตียง) ในพื้นที่น้ำท่วมเป็นลำดับแรก", 3)
    C.system(9, "08:10", "join", "ร้านกระสอบทราย ส.เจริญ", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code", "ร้านกระสอบทราย ส.เจริญ")])
    p2(9, "08:12", "ร้านกระสอบทราย ส.เจริญ", "กระสอบทรายพร้อมทราย ราคาส่งหน่วยงานราชการ ใบละ 18 บาท ออกใบเสร็จได้ โทร 08x-xxx-7788", photos=2,
       note="sales post by an outsider in the office-only group")
    C.system(9, "08:20", "remove", PAL, target="ร้านกระสอบทราย ส.เจริญ", tags=[N("the palad removing the outsider: allowed")])
    od(9, "10:00", S7, "ที่ สน ๐๐๑๘.๓/ว ๔๔๘๐ ลว. ๙ ก.ย. ๖๙\nเรื่อง การป้องกันโรคที่มากับน้ำ (โรคฉี่หนู โรคน้ำกัดเท้า)\nเรียน นอภ.ทุกอำเภอ\nขอให้ประชาสัมพันธ์ผ่านหอกระจายข่าวทุกหมู่บ้าน", 2)
    p2(9, "10:02", CHIEF["บ้านม่วง"], "🙏", note="🙏 alone by a district chief after an order: an acknowledgement")
    od(9, "13:00", S8, "แจ้งเพื่อทราบ\nกำหนดการ ผวจ.สน. ตรวจเยี่ยมพื้นที่ประสบอุทกภัย อ.วานรนิวาส และ อ.อากาศอำนวย วันพฤหัสบดีที่ ๑๐ ก.ย. ๖๙", 1)
    p2(9, "16:30", COORD["เต่างอย"], "ขอแสดงความเสียใจกับครอบครัว อส.สมาน ที่เสียชีวิตจากเรือล่มขณะช่วยอพยพประชาชน อ.อากาศอำนวย ขอดวงวิญญาณไปสู่สุคติครับ 🙏",
       note="condolence (chat) by a coordinating deputy: only the office posts here")
    od(9, "17:10", S6, "เรียน นอภ.อากาศอำนวย\nแจ้งแนวทางการช่วยเหลือครอบครัว อส. ผู้เสียชีวิตขณะปฏิบัติหน้าที่ ตามระเบียบกระทรวงมหาดไทย", 2)
    # Thursday
    od(10, "08:00", S6, "ด่วนที่สุด\nที่ สน ๐๐๑๘.๔/ว ๔๕๐๑ ลว. ๑๐ ก.ย. ๖๙\nเรื่อง การสำรวจความเสียหายเพื่อให้ความช่วยเหลือผู้ประสบภัย (กชช.๒ค./แบบ ปภ.)\nเรียน นอภ.ทุกอำเภอ", 3)
    p2(10, "08:40", CHIEF["วาริชภูมิ"], None, photos=2, note="a district's activity photos posted by a district chief: one post, cited at the first photo")
    od(10, "11:00", S7, "แจ้ง นอภ.ทุกอำเภอ\nให้กำชับกำนัน ผู้ใหญ่บ้าน ดูแลความสงบเรียบร้อยในศูนย์พักพิง และห้ามจำหน่ายสุราในศูนย์พักพิงโดยเด็ดขาด", 1)
    C.say(10, "11:02", "P194", "รับทราบครับ", name="ปลัดต้น",
          tags=[N("display name ปลัดต้น fits two roster people: ambiguous, never judged")])
    od(10, "15:00", S8, "เรียน นอภ.ทุกอำเภอ\nขอให้ส่งผู้แทนเข้าร่วมประชุมคณะกรรมการให้ความช่วยเหลือผู้ประสบภัยพิบัติจังหวัด วันศุกร์ที่ ๑๑ ก.ย. ๖๙ เวลา ๑๓.๓๐ น. ห้องประชุมภูพาน ศาลากลาง", 1)
    p2(10, "15:03", COORD["เมืองสกลนคร"], sticker=True, note="sticker by a coordinating deputy after an order")
    od(10, "18:00", S6, "แจ้งเพื่อทราบ\nกรมการปกครองจัดสรรงบประมาณค่าน้ำมันเชื้อเพลิงเรือ อส. ให้ ๔ อำเภอริมน้ำสงคราม รายละเอียดตามแนบ", 2)
    # Friday
    od(11, "08:00", S6, "เรียน นอภ.ทุกอำเภอ\nขอให้เตรียมการฟื้นฟูหลังน้ำลด บูรณาการ อปท. จิตอาสา และภาคเอกชน ตามแนวทางกรมการปกครองที่แนบ", 2)
    p2(11, "10:15", CHIEF["เจริญศิลป์"], "เจริญศิลป์ส่งชุดจิตอาสาไปช่วยวานรนิวาสแล้วครับ ๒๐ คน",
       note="a district's report posted by its chief in the office-only group")
    od(11, "14:00", PAL, "ท่านนายอำเภอทุกท่านครับ สัปดาห์หน้าจังหวัดจะลงพื้นที่ติดตามการฟื้นฟู ขอให้เตรียมข้อมูลผู้ประสบภัยรายครัวเรือนให้พร้อมครับ", 0)
    od(11, "16:00", S7, "แจ้งเพื่อทราบ\nวันหยุดเสาร์-อาทิตย์ ๑๒-๑๓ ก.ย. ๖๙ ให้อำเภอในเขตประกาศภัยพิบัติจัดเวรประจำศูนย์ช่วยเหลือประชาชนตลอด ๒๔ ชม.", 1)
    return C


def pj():
    C = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
    PAL = "P005"
    C.say(7, "07:15", PAL, "เรียนท่านนายอำเภอทุกท่านครับ สัปดาห์นี้ฝนหนัก ขอให้ท่านนายอำเภออยู่ประจำพื้นที่ งดเดินทางไปราชการนอกพื้นที่ เว้นแต่ได้รับอนุญาตครับ",
          key="j1", tags=[N("the palad's order to district chiefs: allowed")])
    ch = list(CHIEF.values())
    t = ["07:18", "07:19", "07:22", "07:25", "07:31", "07:40"]
    for i, p in enumerate(ch[:6]):
        if i % 3 == 2:
            C.sticker(7, t[i], p, tags=[N("sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")])
        else:
            C.say(7, t[i], p, R.choice(["รับทราบครับ", "รับทราบครับท่าน", "ทราบครับ 🙏"]), reply="j1" if i % 2 else None,
                  tags=[N("district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden")])
    C.say(7, "10:30", COORD["กุดบาก"], "เรียนท่านปลัดจังหวัด กุดบากรายงานครับ ท่านนายอำเภออยู่ประจำพื้นที่ น้ำป่าบ้านนาม่วงลดลงแล้วครับ",
          tags=[F("SKN-3", "a coordinating deputy in ข้อสั่งการ ปจ.สน. (admits only the palad and district chiefs), posting for his chief; first message that shows him here", PEOPLE[COORD["กุดบาก"]].name)])
    C.say(7, "10:32", PAL, "👍")
    C.say(7, "16:40", PAL, "ท่านนายอำเภอครับ พรุ่งนี้ ๐๙.๓๐ น. ประชุม Zoom ติดตามสถานการณ์ ขอท่านเข้าด้วยตนเองครับ", key="j2",
          tags=[N("the palad's order to district chiefs: allowed")])
    for i, p in enumerate(ch[6:14]):
        C.say(7, "16:%02d" % (42 + i * 2), p, R.choice(["รับทราบครับ", "ทราบครับท่าน", "รับทราบครับผม", "🙏"]), reply="j2" if i % 3 == 0 else None,
              tags=[N("district chief's acknowledgement: allowed here")] if i % 2 == 0 else [])
    C.system(8, "07:50", "invite", CHIEF["อากาศอำนวย"], target=COORD["อากาศอำนวย"],
             tags=[F("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs", PEOPLE[COORD["อากาศอำนวย"]].name),
                   F("SKN-ALL", "roster person not admitted to this group, invited", PEOPLE[COORD["อากาศอำนวย"]].name),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", PEOPLE[CHIEF["อากาศอำนวย"]].name)])
    C.say(8, "07:52", CHIEF["อากาศอำนวย"], "ขออนุญาตท่านปลัดฯ ดึงปลัดวัชระเข้ามาช่วยรับข้อสั่งการช่วงผมอยู่ศูนย์พักพิงครับ")
    C.say(8, "08:00", PAL, "ช่วงน้ำท่วมอนุโลมครับ แต่กลุ่มนี้ตามหนังสือจังหวัดเป็นของนายอำเภอ เสร็จภารกิจแล้วขอให้ออกด้วยครับ",
          tags=[N("the palad writing in his own group: allowed")])
    C.say(8, "12:10", PAL, "ท่านนายอำเภอริมน้ำสงคราม ๔ อำเภอครับ ขอให้ท่านประเมินว่าต้องขอกำลังทหาร (มทบ.๒๙) เพิ่มหรือไม่ แจ้งผมทางโทรศัพท์ได้เลยครับ",
          tags=[N("the palad's order to four district chiefs: allowed")])
    for i, d in enumerate(["บ้านม่วง", "วานรนิวาส", "คำตากล้า"]):
        C.say(8, "12:%02d" % (15 + i * 4), CHIEF[d], R.choice(["รับทราบครับ จะโทรเรียนครับ", "ทราบครับท่าน ขอกำลังเพิ่ม ๑ กองร้อยครับ", "รับทราบครับ ตอนนี้ยังพอครับ"]),
              tags=[N("district chief's reply in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")])
    C.say(8, "12:40", COORD["อากาศอำนวย"], "อากาศอำนวยขอกำลังทหารเพิ่มครับ ท่านนายอำเภอสั่งให้แจ้งครับ")
    C.say(8, "19:30", PAL, "ขอบคุณท่านนายอำเภอทุกท่านครับ พักผ่อนบ้างนะครับ", tags=[N("the palad's courtesy: allowed")])
    C.sticker(8, "19:33", CHIEF["ภูพาน"])
    C.say(8, "19:35", CHIEF["ส่องดาว"], "ขอบคุณครับท่าน 🙏")
    C.say(9, "07:20", PAL, "เรียนท่านนายอำเภอ ท่านผู้ว่าฯ กำชับเรื่องความปลอดภัยของเจ้าหน้าที่ อส. และจิตอาสาที่ออกเรือ ต้องสวมเสื้อชูชีพทุกครั้งครับ", key="j3",
          tags=[N("the palad's order to district chiefs: allowed")])
    for i, p in enumerate(ch[10:18]):
        if i == 3:
            C.sticker(9, "07:%02d" % (23 + i * 2), p)
        else:
            C.say(9, "07:%02d" % (23 + i * 2), p, R.choice(["รับทราบครับ", "รับทราบและกำชับแล้วครับ", "ทราบครับ", "รับทราบครับผม"]),
                  tags=[N("district chief's acknowledgement: allowed here")] if i % 2 else [])
    C.say(9, "18:40", CHIEF["อากาศอำนวย"], "กราบเรียนท่านปลัดจังหวัด อ.อากาศอำนวย สูญเสีย อส.สมาน ๑ นาย จากเรือล่มเมื่อบ่าย ได้ดูแลครอบครัวแล้วครับ",
          tags=[N("a district chief's report in ข้อสั่งการ ปจ.สน.: allowed")])
    C.say(9, "18:44", PAL, "เสียใจด้วยครับ ผมจะเรียนท่านผู้ว่าฯ ครับ")
    C.say(10, "07:30", PAL, "ท่านนายอำเภอครับ วันนี้ท่านผู้ว่าฯ ลงพื้นที่วานรนิวาส-อากาศอำนวย ขอท่านนายอำเภอทั้งสองรอรับที่จุดอพยพครับ",
          tags=[N("the palad's order to two district chiefs: allowed")])
    C.say(10, "07:33", CHIEF["วานรนิวาส"], "รับทราบครับท่าน")
    C.say(10, "07:35", CHIEF["อากาศอำนวย"], "รับทราบครับ")
    C.say(10, "13:15", COORD["อากาศอำนวย"], "ท่านผู้ว่าฯ มอบถุงยังชีพ ๓๐๐ ชุดที่ศูนย์พักพิงวัดศรีมงคลเรียบร้อยครับ", photos=2)
    C.say(10, "17:00", PAL, "ท่านนายอำเภอครับ เอกสาร กชช.๒ค. ขอให้ตรวจสอบรายชื่อก่อนส่งทุกครั้ง ป้องกันการซ้ำซ้อนครับ", key="j5",
          tags=[N("the palad's order to district chiefs: allowed")])
    for i, p in enumerate([CHIEF["เมืองสกลนคร"], CHIEF["พรรณานิคม"], CHIEF["โพนนาแก้ว"], CHIEF["เต่างอย"], CHIEF["นิคมน้ำอูน"]]):
        C.say(10, "17:%02d" % (3 + i * 3), p, R.choice(["รับทราบครับ", "ทราบครับ 🙏", "รับทราบค่ะ" if p == CHIEF["นิคมน้ำอูน"] else "รับทราบครับท่าน"]))
    C.say(11, "07:40", PAL, "สวัสดีวันศุกร์ครับท่านนายอำเภอ บ่ายนี้ประชุมคณะกรรมการช่วยเหลือผู้ประสบภัยจังหวัด ขอท่านนายอำเภอ ๘ อำเภอที่น้ำท่วมเข้าด้วยตนเองครับ",
          tags=[N("the palad's order to district chiefs: allowed")])
    for i, d in enumerate(["เมืองสกลนคร", "โพนนาแก้ว", "พังโคน", "พรรณานิคม", "บ้านม่วง"]):
        C.say(11, "07:%02d" % (42 + i * 3), CHIEF[d], R.choice(["รับทราบครับ", "ทราบครับ", "รับทราบครับท่าน 🙏"]))
    C.say(11, "16:30", PAL, "ขอบคุณท่านนายอำเภอทุกท่านครับ สัปดาห์หน้าเน้นฟื้นฟูครับ", tags=[N("the palad's courtesy: allowed")])
    C.say(11, "16:35", CHIEF["กุสุมาลย์"], "ขอบคุณครับท่าน")
    C.system(11, "17:00", "leave", COORD["อากาศอำนวย"], tags=[N("the coordinating deputy leaves as the palad asked: no finding for leaving")])
    return C


def ex():
    C = Chat("ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl")
    GOV, V1, V2, V3, PAL = "P001", "P002", "P003", "P004", "P005"
    C.say(7, "07:00", GOV, "สวัสดีครับทุกท่าน สัปดาห์นี้เป็นสัปดาห์สำคัญ น้ำสงคราม น้ำอูน หนองหาร ขึ้นพร้อมกัน ขอให้นายอำเภอทุกอำเภอเปิดศูนย์ช่วยเหลือประชาชนตลอด ๒๔ ชม. และรายงานเหตุสำคัญให้ผมทราบทันทีครับ",
          key="g1", tags=[N("the governor's order: allowed")])
    first = [CHIEF[d] for d in ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส"]]
    for i, p in enumerate(first):
        if i in (2, 6):
            C.sticker(7, "07:%02d" % (3 + i * 2), p, reply=None)
        else:
            C.say(7, "07:%02d" % (3 + i * 2), p, R.choice(["รับทราบครับท่าน", "รับทราบครับท่านผู้ว่าฯ", "รับทราบและปฏิบัติครับ", "รับทราบค่ะท่าน"]),
                  reply="g1" if i % 2 == 0 else None, tags=[N("acknowledgement of the governor's order by a district chief: allowed")] if i % 2 == 0 else [])
    C.say(7, "07:40", V1, "รับทราบครับท่าน ผมจะลงพื้นที่วานรนิวาสบ่ายนี้ครับ")
    C.say(7, "08:20", "P011", "รายงานสถานการณ์ ปภ.สน. ๐๘.๐๐ น.\nพื้นที่ได้รับผลกระทบ ๘ อำเภอ ๓๑ ตำบล ๒๑๔ หมู่บ้าน\nแม่น้ำสงคราม สถานีบ้านท่าก้อน สูงกว่าตลิ่ง ๐.๕๖ ม.",
          photos=1, tags=[F("SKN-4", "a provincial agency head (ปภ.) in ผู้บริหารจังหวัด และนายอำเภอ (members: governor, vice governors, palad, district chiefs); first post", "ผอ.ปภ.สน. วิชัย")])
    C.say(7, "08:25", GOV, "ขอบคุณครับ ผอ.ปภ.")
    C.say(7, "09:10", PAL, "ให้นายอำเภอทุกอำเภอสำรวจกลุ่มเปราะบางในพื้นที่เสี่ยงน้ำท่วม และส่งรายชื่อให้ ปค.จ. ภายในวันพรุ่งนี้ครับ",
          tags=[F("SKN-4P", "an order to all district chiefs by the provincial palad: this group receives orders from the governor and vice governors only", "ปลัดจังหวัดสกลนคร")])
    for i, d in enumerate(["คำตากล้า", "บ้านม่วง", "อากาศอำนวย"]):
        C.say(7, "09:%02d" % (12 + i * 3), CHIEF[d], R.choice(["รับทราบครับ", "ทราบครับท่านปลัด", "รับทราบครับผม"]))
    C.say(7, "11:30", CHIEF["อากาศอำนวย"], "เรียนท่านผู้ว่าฯ น้ำสงครามเข้าท่วมบ้านโพนงาม ๑๒ หลัง อพยพแล้ว ๓๖ คน ไม่มีผู้บาดเจ็บครับ", photos=2,
          tags=[N("incident report by a district chief to the governor: allowed")])
    C.say(7, "11:35", GOV, "ขอบคุณครับ ดูแลผู้สูงอายุเป็นพิเศษครับ")
    C.say(7, "14:00", V2, "เรียนนายอำเภอเมืองสกลนครและโพนนาแก้ว ขอให้เฝ้าระวังระดับน้ำหนองหาร ตรวจประตูระบายน้ำทุกจุด และแจ้งผลให้ดิฉันทราบก่อน ๑๗.๐๐ น. ค่ะ",
          tags=[N("a vice governor's order: allowed")])
    C.say(7, "14:05", CHIEF["โพนนาแก้ว"], "รับทราบครับท่านรองฯ")
    C.say(7, "16:40", CHIEF["เมืองสกลนคร"], "เรียนท่านรองฯ วรรณภา ประตูระบายน้ำ ๖ จุด ใช้การได้ทุกจุด ระดับน้ำหนองหาร +๑๕๗.๒๐ ม.รทก. ครับ", tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    C.say(7, "16:58", CHIEF["โพนนาแก้ว"], "โพนนาแก้ว ประตูระบายน้ำ ๓ จุด ปกติครับ เร่งสูบน้ำออกบ้านดอนแดงครับ", tags=[N("a district chief's report to a vice governor: allowed")])
    C.say(7, "17:05", V2, "ขอบคุณค่ะ 🙏")
    C.say(7, "20:15", CHIEF["วานรนิวาส"], "ขอให้ทุกอำเภอที่มีเรือท้องแบนว่าง ส่งมาช่วยวานรนิวาสด่วนภายในคืนนี้ครับ น้ำขึ้นเร็วมาก",
          tags=[F("SKN-4P", "a district chief directing all districts (ขอให้ทุกอำเภอ… ส่งมา… ภายในคืนนี้): an order from someone other than the governor or a vice governor", PEOPLE[CHIEF["วานรนิวาส"]].name)])
    C.say(7, "20:20", CHIEF["สว่างแดนดิน"], "สว่างแดนดินส่งได้ ๒ ลำครับ ออกเดินทางแล้ว")
    C.say(7, "20:24", CHIEF["เจริญศิลป์"], "เจริญศิลป์ ๑ ลำครับ")
    C.say(7, "20:30", GOV, "ขอบคุณทุกอำเภอ ต่อไปเรื่องขอเรือให้ผ่าน ปภ. นะครับ จะได้จัดสรรให้ทั่วถึง", tags=[N("the governor's order: allowed")])
    # Tuesday
    C.say(8, "06:30", GOV, "อรุณสวัสดิ์ครับ วันนี้ผมจะลงพื้นที่บ้านม่วงและคำตากล้า ขอนายอำเภอทั้งสองเตรียมสรุปสถานการณ์ ๕ นาทีครับ", tags=[N("the governor's order: allowed")])
    C.say(8, "06:34", CHIEF["บ้านม่วง"], "รับทราบครับท่าน 🙏")
    C.say(8, "06:36", CHIEF["คำตากล้า"], "รับทราบครับ")
    C.system(8, "07:10", "invite", CHIEF["คำตากล้า"], target=COORD["คำตากล้า"],
             tags=[F("SKN-4", "invitee is a coordinating deputy, not admitted to ผู้บริหารจังหวัด และนายอำเภอ", PEOPLE[COORD["คำตากล้า"]].name),
                   F("SKN-ALL", "roster person not admitted to this group, invited", PEOPLE[COORD["คำตากล้า"]].name),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", PEOPLE[CHIEF["คำตากล้า"]].name)])
    C.say(8, "07:12", COORD["คำตากล้า"], "สวัสดีครับ ผมวีรยุทธ ปลัดอำเภอคำตากล้า ครับ")
    C.say(8, "08:45", V3, "เรียนนายอำเภอริมน้ำอูน (พังโคน วาริชภูมิ นิคมน้ำอูน พรรณานิคม) เขื่อนน้ำอูนเพิ่มการระบาย ขอให้แจ้งเตือนประชาชนท้ายเขื่อนทุกหมู่บ้านภายในวันนี้ครับ",
          tags=[N("a vice governor's order: allowed")])
    for i, d in enumerate(["พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "พรรณานิคม"]):
        C.say(8, "08:%02d" % (48 + i * 2), CHIEF[d], R.choice(["รับทราบครับท่านรองฯ", "รับทราบครับ", "รับทราบค่ะ แจ้งหอกระจายข่าวแล้วค่ะ" if d == "นิคมน้ำอูน" else "ทราบครับ"]))
    C.system(8, "10:30", "join", "ข่าวสกลฯ ออนไลน์ (เอก)", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code", "ข่าวสกลฯ ออนไลน์ (เอก)")])
    C.say(8, "10:33", "ข่าวสกลฯ ออนไลน์ (เอก)", "สวัสดีครับ ขออนุญาตติดตามข่าวน้ำท่วมเพื่อนำเสนอครับ")
    C.system(8, "10:40", "remove", PAL, target="ข่าวสกลฯ ออนไลน์ (เอก)", tags=[N("the palad removing the outsider: allowed")])
    C.say(8, "10:41", PAL, "เรียนท่านผู้ว่าฯ ผมนำบุคคลภายนอกออกจากกลุ่มแล้วครับ", tags=[N("information to the governor by the palad (not an order): allowed")])
    C.say(8, "13:20", CHIEF["บ้านม่วง"], "เรียนท่านผู้ว่าฯ สรุปบ้านม่วง น้ำท่วม ๔ ตำบล ๒๘ หมู่บ้าน อพยพ ๓๓ ครัวเรือน ครับ", photos=3, tags=[N("a district chief's report to the governor: allowed")])
    C.say(8, "13:25", GOV, "👍 ขอบคุณครับ")
    C.say(8, "15:10", CHIEF["ส่องดาว"], "เรียนท่านผู้ว่าฯ สัญญาณโทรศัพท์ส่องดาวกลับมาใช้ได้ ๗๐% แล้วครับ ทรู/เอไอเอส ส่งรถโมบายมาครับ", tags=[N("information to the governor: allowed")])
    C.say(8, "17:30", V1, "นายอำเภอวานรนิวาส อากาศอำนวย ขอให้จัดทำแผนอพยพกรณีน้ำสูงกว่า ๑ ม. ส่งให้ผมคืนนี้ครับ", tags=[N("a vice governor's order: allowed")])
    C.say(8, "17:35", CHIEF["วานรนิวาส"], "รับทราบครับท่าน")
    C.say(8, "21:10", CHIEF["อากาศอำนวย"], "เรียนท่านรองฯ สุเมธ แผนอพยพ อ.อากาศอำนวย ตามแนบครับ", file="แผนอพยพ อากาศอำนวย 8-9-69.pdf",
          tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    C.say(8, "21:40", CHIEF["วานรนิวาส"], "แผนอพยพวานรนิวาสครับท่าน", file="แผนอพยพวานรฯ.pdf", tags=[N("a district chief's report to a vice governor: allowed")])
    # Wednesday
    C.say(9, "06:50", GOV, "ขอให้นายอำเภอทุกอำเภอ ตรวจเยี่ยมศูนย์พักพิงในพื้นที่ด้วยตนเองวันนี้ ดูเรื่องอาหาร น้ำดื่ม ห้องน้ำ และยารักษาโรคครับ", tags=[N("the governor's order: allowed")])
    for i, d in enumerate(["สว่างแดนดิน", "ส่องดาว", "โพนนาแก้ว", "ภูพาน", "กุดบาก", "เจริญศิลป์"]):
        C.say(9, "06:%02d" % (52 + i), CHIEF[d], R.choice(["รับทราบครับท่าน", "รับทราบครับ", "รับทราบค่ะท่าน" if d == "กุดบาก" else "ทราบครับท่าน 🙏"]))
    C.say(9, "14:50", CHIEF["อากาศอำนวย"], "กราบเรียนท่านผู้ว่าฯ เกิดเหตุเรือ อส. ล่มขณะอพยพประชาชนบ้านดงเหนือ อส.สมาน เสียชีวิต ๑ นาย ประชาชนปลอดภัยทั้งหมดครับ",
          tags=[N("incident notice (a death) by a district chief: allowed")])
    C.say(9, "14:55", GOV, "เสียใจอย่างยิ่งครับ ขอให้ดูแลครอบครัวอย่างเต็มที่ ผมจะไปงานศพด้วยตนเองครับ")
    C.say(9, "14:58", V3, "ขอแสดงความเสียใจครับ 🙏")
    C.say(9, "15:00", CHIEF["วาริชภูมิ"], "ขอแสดงความเสียใจครับ")
    C.say(9, "15:02", CHIEF["กุสุมาลย์"], "ขอให้ดวงวิญญาณไปสู่สุคติครับ 🙏", tags=[N("condolence using ขอให้: courtesy, not an order")])
    C.say(9, "19:00", V2, "ท่านนายอำเภอคะ ขอให้ทุกท่านรักษาสุขภาพนะคะ พักผ่อนให้เพียงพอค่ะ", tags=[N("courtesy by a vice governor")])
    C.say(9, "19:05", CHIEF["ภูพาน"], "ขอบคุณครับท่านรองฯ ⛰️")
    # Thursday
    C.say(10, "07:15", GOV, "วันนี้เริ่มสำรวจความเสียหายตามแบบ กชช.๒ค. ขอให้นายอำเภอ ๘ อำเภอที่น้ำท่วมกำกับให้เสร็จภายใน ๗ วันครับ", tags=[N("the governor's order: allowed")])
    C.say(10, "07:20", CHIEF["พรรณานิคม"], "รับทราบครับท่าน")
    C.say(10, "07:22", CHIEF["พังโคน"], "รับทราบครับ")
    C.say(10, "09:00", CHIEF["เต่างอย"], "เรียนท่านผู้ว่าฯ เต่างอยจัดชุดจิตอาสาไปช่วยวานรนิวาสพรุ่งนี้เช้าครับ", tags=[])
    C.say(10, "09:02", CHIEF["โคกศรีสุพรรณ"], "โคกศรีสุพรรณพร้อมครับท่าน", key="cap23")
    C.say(10, "10:00", V1, "ขอบคุณน้ำใจทุกอำเภอครับ")
    C.say(10, "16:20", CHIEF["วานรนิวาส"], "เรียนท่านผู้ว่าฯ น้ำสงครามที่วานรนิวาสเริ่มทรงตัวแล้วครับ ลดลง ๕ ซม. ใน ๖ ชม.", photos=1, tags=[N("incident update to the governor: allowed")])
    C.say(10, "16:25", GOV, "ข่าวดีครับ 👍")
    C.say(10, "18:45", V3, "นายอำเภอนิคมน้ำอูน วาริชภูมิ ช่วยตรวจสอบคันดินบ้านนาเลาด้วยครับ ชาวบ้านแจ้งว่ามีรอยรั่ว", tags=[N("a vice governor's order: allowed")])
    C.say(10, "19:20", CHIEF["นิคมน้ำอูน"], "เรียนท่านรองฯ ตรวจแล้วค่ะ ชลประทานอุดรอยรั่วเรียบร้อยค่ะ", photos=2, tags=[N("a district chief's report to a vice governor: allowed")])
    # Friday
    C.say(11, "07:00", GOV, "ขอบคุณทุกท่านตลอดสัปดาห์ครับ น้ำเริ่มลด ต่อไปคือการฟื้นฟูและป้องกันโรค ขอให้นายอำเภอทุกอำเภอประชาสัมพันธ์ให้ประชาชนสวมรองเท้าบู๊ทเมื่อลุยน้ำครับ",
          tags=[N("the governor's order: allowed")])
    for i, d in enumerate(["เมืองสกลนคร", "คำตากล้า", "บ้านม่วง", "วาริชภูมิ", "เต่างอย", "โคกศรีสุพรรณ", "ส่องดาว"]):
        C.say(11, "07:%02d" % (3 + i * 2), CHIEF[d], R.choice(["รับทราบครับท่าน", "รับทราบครับ", "ขอบคุณครับท่าน รับทราบครับ", "🙏"]))
    C.say(11, "11:10", PAL, "เรียนท่านผู้ว่าฯ สรุปสถานการณ์ ณ ๑๐.๐๐ น. น้ำลดลงทุกอำเภอ ยังท่วมขัง ๕ อำเภอ ศูนย์พักพิงเหลือ ๑๘ แห่ง ผู้อพยพ ๑,๒๔๐ คนครับ",
          tags=[N("the palad's summary report to the governor: allowed")])
    C.say(11, "11:15", GOV, "ขอบคุณครับปลัด")
    C.say(11, "15:40", CHIEF["คำตากล้า"], "ขอบพระคุณท่านผู้ว่าฯ ที่มาให้กำลังใจชาวคำตากล้าครับ", photos=2, tags=[N("thanks with photos: courtesy")])
    C.sticker(11, "15:45", V1)
    C.say(11, "17:00", V2, "ขอให้ทุกท่านมีวันหยุดที่สดชื่นนะคะ แต่อย่าลืมเวรศูนย์พักพิงค่ะ 😊", tags=[N("courtesy using ขอให้: chat, not an order")])
    C.say(11, "17:04", CHIEF["พรรณานิคม"], "ขอบคุณครับท่านรองฯ")
    return C


def hd():
    C = Chat("หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs.jsonl")
    GOV, V1, V2, V3 = "P001", "P002", "P003", "P004"
    C.say(7, "07:20", GOV, "เรียนหัวหน้าส่วนราชการและนายอำเภอทุกท่าน ขอให้ทุกหน่วยงานสนับสนุนกำลังคน เครื่องมือ ให้อำเภอที่ประสบอุทกภัยเต็มที่ ประสานผ่าน ปภ.สน. ครับ",
          key="h1", tags=[N("the governor's order in หน.ส่วนราชการ-นอภ.สน.: allowed")])
    for i, p in enumerate(["P014", "P015", "P019", "P022", CHIEF["กุสุมาลย์"], "P017", CHIEF["ภูพาน"]]):
        if i == 3:
            C.sticker(7, "07:%02d" % (22 + i * 2), p)
        else:
            C.say(7, "07:%02d" % (22 + i * 2), p, R.choice(["รับทราบครับท่าน", "รับทราบครับ", "รับทราบและพร้อมสนับสนุนครับ", "รับทราบค่ะ"]), reply="h1" if i % 2 else None)
    C.say(7, "09:30", "P011", "รายงานผลการปฏิบัติงาน ปภ.สน. (๖-๗ ก.ย. ๖๙)\n- แจกกระสอบทราย ๔๒,๐๐๐ ใบ\n- ติดตั้งเครื่องสูบน้ำ ๑๘ เครื่อง\n- ส่งเรือท้องแบน ๑๒ ลำ ไป ๔ อำเภอ",
          photos=2, tags=[F("SKN-6P", "an agency's performance report posted in the group (งดการส่งรายงานหรือผลการปฏิบัติงาน)", "ผอ.ปภ.สน. วิชัย")])
    C.say(7, "09:35", V1, "ขอบคุณ ปภ. ครับ")
    C.say(7, "10:40", "P026", "ข่าว ปชส.สน. : ผวจ.สกลนคร ลงพื้นที่ติดตามสถานการณ์น้ำ อ.วานรนิวาส https://pr.example/skn/6907", photos=1,
          tags=[F("SKN-6", "a PR office clerk (staff) in the heads' group in the head's place (heads must join in person); first post", "แนน ปชส.สน.")])
    C.say(7, "13:00", "P012", "สสจ.สน. ขอประชาสัมพันธ์ครับ ช่วงน้ำท่วมระวังโรคฉี่หนู โรคน้ำกัดเท้า ตาแดง หากมีไข้สูง ปวดน่อง หลังลุยน้ำ ให้รีบพบแพทย์",
          photos=1, tags=[N("health advice (PR) from the health office: not a report or performance result")])
    C.say(7, "15:30", CHIEF["วานรนิวาส"], "ขอบคุณ ชลประทาน และ ปภ. ที่ส่งเครื่องสูบน้ำมาช่วยวานรนิวาสครับ 🙏", tags=[N("thanks (courtesy): chat, not a report")])
    C.say(7, "17:50", "P015", "แจ้งเส้นทาง: ทล.๒๒๒ กม.๑๘-๒๐ (วานรนิวาส) น้ำท่วมสูง ปิดการจราจร ใช้เส้นทางเลี่ยง ทล.๒๒ ครับ", photos=1,
          tags=[N("traffic information (public notice): not a report or result")])
    # Tuesday
    C.say(8, "07:30", GOV, "ประชุมติดตามสถานการณ์ ๐๙.๓๐ น. วันนี้ ทุกส่วนราชการที่เกี่ยวข้องเข้าร่วมด้วยตนเองครับ", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(["P011", "P012", "P013", "P016", CHIEF["เมืองสกลนคร"]]):
        C.say(8, "07:%02d" % (32 + i * 2), p, R.choice(["รับทราบครับ", "รับทราบค่ะ", "ทราบครับท่าน"]))
    C.system(8, "10:50", "invite", "P011", target="P023",
             tags=[F("SKN-6", "invitee is a staff member of ปภ. (role staff): heads must join in person", "ชัยยันต์ ปภ.สน. (ฝ่ายปฏิบัติการ)"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "ชัยยันต์ ปภ.สน. (ฝ่ายปฏิบัติการ)"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ผอ.ปภ.สน. วิชัย")])
    C.say(8, "10:52", "P023", "สวัสดีครับ ชัยยันต์ ฝ่ายปฏิบัติการ ปภ.สน. ประสานเรื่องเรือและเครื่องสูบน้ำได้ตลอดครับ 081-xxx-4521")
    C.say(8, "13:15", "P016", "ผลการช่วยเหลือผู้ประสบอุทกภัย พมจ.สน. วันที่ ๗-๘ ก.ย.\nมอบถุงยังชีพ ๑,๒๐๐ ชุด\nเงินช่วยเหลือเร่งด่วน ๘๖ ราย\nดูแลกลุ่มเปราะบาง ๒๑๐ ราย",
          photos=3, tags=[F("SKN-6P", "an agency's performance result posted in the group", "พมจ.สน. จันทร์เพ็ญ")])
    C.say(8, "14:40", "P018", "เชิญร่วมรายการ 'สกลนครร่วมใจ ช่วยภัยน้ำท่วม' ทางสถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสกลนคร ทุกวัน ๐๗.๓๐ น. ครับ",
          tags=[N("an invitation to a radio programme (pr): not a report or result")])
    C.say(8, "16:00", CHIEF["บ้านม่วง"], "เรียนหัวหน้าส่วนราชการ บ้านม่วงต้องการเครื่องสูบน้ำขนาดใหญ่ ๒ เครื่อง ที่บ้านดอนเชียงบานครับ",
          tags=[N("a request for help by a district chief: not a report of results")])
    C.say(8, "16:10", "P014", "ชลประทานส่งให้พรุ่งนี้เช้าครับ นอภ.")
    C.say(8, "16:12", CHIEF["บ้านม่วง"], "ขอบคุณครับ 🙏")
    C.say(8, "19:00", V2, "ข่าวจากกรมอุตุฯ ฝนจะลดลงตั้งแต่วันศุกร์ค่ะ", photos=1, tags=[N("forwarded weather news: not a report")])
    # Wednesday
    C.system(9, "08:00", "invite", V1, target="อ.ต้อม ผู้ช่วย สส.เขต ๒",
             tags=[F("OUTSIDER", "not on the roster; added by รองฯ สุเมธ (vice governor)", "อ.ต้อม ผู้ช่วย สส.เขต ๒")])
    C.say(9, "08:02", "อ.ต้อม ผู้ช่วย สส.เขต ๒", "สวัสดีครับ ท่าน สส. ฝากมาประสานเรื่องถุงยังชีพลงพื้นที่ครับ")
    C.say(9, "09:40", "P014", "ผลการดำเนินงานโครงการชลประทานสกลนคร\n- ติดตั้งเครื่องสูบน้ำ ๒๒ เครื่อง\n- ระบายน้ำออกจากหนองหาร วันละ ๓.๘ ล้าน ลบ.ม.\n- ซ่อมคันดิน ๓ จุด",
          photos=2, tags=[F("SKN-6P", "an agency's performance result posted in the group", "ผคป.สกลนคร สมหมาย")])
    C.say(9, "11:00", GOV, "ขอบคุณทุกหน่วยครับ ขอให้ ปศจ. ดูแลอาหารสัตว์ในพื้นที่น้ำท่วมด้วยครับ", tags=[N("the governor's order: allowed")])
    C.say(9, "11:05", "P019", "รับทราบครับท่าน เตรียมหญ้าแห้ง ๒๐ ตันครับ")
    C.say(9, "13:30", "P013", "ขอแจ้งเกษตรกรที่ประสบภัย ยื่น กษ.๐๑ ได้ที่สำนักงานเกษตรอำเภอภายใน ๙๐ วันหลังน้ำลดค่ะ", photos=1,
          tags=[N("public information (pr) from the agriculture office: not a report")])
    C.say(9, "15:20", "P020", "ศธจ.สน. แจ้งโรงเรียนปิดชั่วคราว ๒๔ แห่ง ในพื้นที่น้ำท่วม ตามแนบค่ะ", file="รายชื่อโรงเรียนปิด 9-9-69.pdf",
          tags=[N("a notice of closed schools: information, not a performance report")])
    C.say(9, "17:10", CHIEF["อากาศอำนวย"], "ขอบคุณทุกหน่วยงานที่ร่วมไว้อาลัย อส.สมาน ครับ 🙏", tags=[N("thanks (courtesy)")])
    C.say(9, "19:45", "P021", "ขอความร่วมมืออำเภอเฝ้าระวังการลักลอบตัดไม้ในช่วงน้ำท่วมครับ", tags=[N("a request (pr): not a report")])
    # Thursday
    C.say(10, "07:40", GOV, "วันนี้ผมลงพื้นที่วานรนิวาส-อากาศอำนวย ขอหัวหน้าส่วนราชการที่เกี่ยวข้อง (ปภ. สสจ. พมจ. ชลประทาน) ร่วมคณะครับ", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(["P011", "P012", "P016", "P014"]):
        C.say(10, "07:%02d" % (42 + i * 2), p, R.choice(["รับทราบครับท่าน", "รับทราบค่ะท่าน", "รับทราบครับ"]))
    C.say(10, "12:30", CHIEF["อากาศอำนวย"], "รายงานผลการอพยพ อ.อากาศอำนวย\n- อพยพ ๑๘๐ ครัวเรือน ๕๒๐ คน\n- ศูนย์พักพิง ๖ แห่ง\n- ผู้ป่วยติดเตียงส่ง รพ. ๖ ราย",
          tags=[F("SKN-6P", "a district's performance report (รายงานผลการอพยพ) posted by a district chief", PEOPLE[CHIEF["อากาศอำนวย"]].name)])
    C.say(10, "14:20", "P022", "พช.สน. ขอเชิญร่วมอุดหนุนผ้าทอมือกลุ่มอาชีพบ้านนาดี ช่วยผู้ประสบภัย ที่ศาลากลาง ๑๑-๑๒ ก.ย. ค่ะ 🌺", photos=2,
          tags=[N("a sales/charity invitation (pr): not a report or result")])
    C.say(10, "18:00", "P018", "ข่าว ปชส. ผวจ.สกลนคร มอบถุงยังชีพ อ.วานรนิวาส อ.อากาศอำนวย https://pr.example/skn/6931",
          tags=[N("the PR office forwarding its news item: forward, not a performance report")])
    # Friday
    C.say(11, "07:30", GOV, "สวัสดีวันศุกร์ครับ น้ำเริ่มลดแล้ว ขอบคุณทุกหน่วยงาน สัปดาห์หน้าเน้นฟื้นฟู ซ่อมถนน ทำความสะอาด และป้องกันโรคครับ", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(["P015", "P017", CHIEF["พังโคน"], "P013", "P021"]):
        C.say(11, "07:%02d" % (33 + i * 2), p, R.choice(["รับทราบครับท่าน", "ขอบคุณครับท่าน", "รับทราบค่ะ"]))
    C.say(11, "09:00", "P015", "ขท.สน. ขอแจ้ง ทล.๒๒๒ เปิดการจราจรได้ทั้งสองช่องทางแล้ว ตั้งแต่ ๐๘.๓๐ น. ครับ", tags=[N("traffic information: not a report of results")])
    C.say(11, "10:30", V3, "ขอแสดงความยินดีกับ ทสจ.สน. ที่ได้รับรางวัลหน่วยงานดีเด่นด้านการจัดการขยะ ปี ๖๙ ครับ 👏", tags=[N("congratulation by a vice governor: chat, not a report")])
    C.say(11, "10:35", "P021", "ขอบคุณครับท่าน 🙏")
    C.say(11, "13:30", CHIEF["เมืองสกลนคร"], "ขอเชิญร่วมกิจกรรม Big Cleaning Day ตลาดสดเทศบาลนครสกลนคร วันเสาร์ที่ ๑๒ ก.ย. ๖๙ เวลา ๐๗.๓๐ น. ครับ", photos=1,
          tags=[N("a district chief's event invitation (pr): not a report or result")])
    C.say(11, "16:10", V1, "ขอบคุณทุกท่านครับ เสาร์นี้เจอกันที่ตลาดครับ")
    C.sticker(11, "16:15", CHIEF["กุดบาก"])
    return C


def np_():
    C = Chat("นักปกครองสกลนคร", "nakpokkhrong.jsonl")
    PAL, GOV = "P005", "P001"
    C.say(7, "06:30", PAL, "อรุณสวัสดิ์นักปกครองสกลนครทุกท่านครับ ช่วงนี้ฝนหนัก ลงพื้นที่ระวังตัวกันด้วยนะครับ 🙏", photos=1, tags=[N("the palad's greeting: allowed")])
    for i, p in enumerate([COORD["เมืองสกลนคร"], CHIEF["เต่างอย"], COORD["ภูพาน"], COORD["โพนนาแก้ว"], CHIEF["ส่องดาว"]]):
        if i == 2:
            C.sticker(7, "06:%02d" % (33 + i * 2), p)
        else:
            C.say(7, "06:%02d" % (33 + i * 2), p, R.choice(["สวัสดีครับท่าน", "อรุณสวัสดิ์ครับ ☔", "สวัสดีครับพี่ๆ"]))
    C.say(7, "08:15", COORD["นิคมน้ำอูน"], "นิคมน้ำอูนน้ำยังไม่ท่วมครับ แต่เขื่อนระบายเพิ่ม ขอพี่ๆ ท้ายน้ำเตรียมรับมือครับ",
          tags=[N("a post by the two-role person (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")])
    C.say(7, "08:20", COORD["พังโคน"], "ขอบคุณครับปลัดจักร")
    C.say(7, "09:30", "P144", "พี่ๆ ครับ ใครมีเบอร์ช่างซ่อมเครื่องยนต์เรือบ้างครับ เรือ อส.พังโคน เสีย ๒ ลำ",
          tags=[F("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post", "ปลัดสิทธิชัย พังโคน")])
    C.say(7, "09:35", COORD["บ้านม่วง"], "ช่างแดง บ้านม่วง 08x-xxx-1290 ครับ")
    C.system(7, "12:00", "join", "เรือท้องแบน ช่างหนุ่ม", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code", "เรือท้องแบน ช่างหนุ่ม")])
    C.say(7, "12:02", "เรือท้องแบน ช่างหนุ่ม", "รับต่อเรือท้องแบน เรือไฟเบอร์ ซ่อมเครื่องเรือ ราคาหน่วยงาน ส่งด่วนทันน้ำท่วม 🚤", photos=3)
    C.system(7, "12:15", "remove", PAL, target="เรือท้องแบน ช่างหนุ่ม", tags=[N("the palad removing the outsider: allowed")])
    C.say(7, "12:16", PAL, "ใครแชร์ลิงก์กลุ่มออกไปครับ 😅 ขอความร่วมมือปิดลิงก์ด้วยครับ")
    C.say(7, "19:30", COORD["วานรนิวาส"], "คืนนี้วานรนิวาสน้ำขึ้นเร็วมากครับ ขอกำลังใจด้วยครับ 💪", photos=2,
          tags=[N("a coordinating deputy's district news: admitted")])
    for i, p in enumerate([CHIEF["สว่างแดนดิน"], COORD["กุสุมาลย์"], COORD["เจริญศิลป์"], CHIEF["วาริชภูมิ"]]):
        C.say(7, "19:%02d" % (33 + i * 3), p, R.choice(["สู้ๆ ครับ 💪", "เป็นกำลังใจครับ", "สู้ๆ ค่ะ", "ต้องการอะไรบอกนะครับ"]))
    # Tuesday
    C.system(8, "08:30", "invite", COORD["วานรนิวาส"], target=DEP["วานรนิวาส"][0],
             tags=[F("SKN-1", "invitee is an ordinary deputy (deputy_district_chief), not admitted to นักปกครองสกลนคร", "ปลัดศรายุทธ วานรฯ"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "ปลัดศรายุทธ วานรฯ"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ปลัดอภิสิทธิ์ ปสง.วานรฯ")])
    C.say(8, "08:32", DEP["วานรนิวาส"][0], "สวัสดีครับพี่ๆ ขอบคุณพี่อภิสิทธิ์ครับ")
    C.system(8, "10:00", "leave", CHIEF["ภูพาน"], tags=[N("an eligible member (district chief of ภูพาน) leaving: no finding")])
    C.system(8, "10:20", "invite", PAL, target=CHIEF["ภูพาน"], tags=[N("the district chief of ภูพาน added back by the palad: eligible invitee, no finding")])
    C.say(8, "10:22", CHIEF["ภูพาน"], "ขอบคุณครับท่านปลัด เปลี่ยนเครื่องใหม่ครับ ⛰️", tags=[N("post by a district chief who left and came back: admitted")])
    C.say(8, "13:00", "P213", "สว่างแดนดินขอแบ่งปันภาพจิตอาสาบรรจุกระสอบทรายค่ะ 🌻", photos=2,
          tags=[F("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร; first post", "Wipa Sawang 🌻")])
    C.say(8, "13:05", CHIEF["สว่างแดนดิน"], "👍👍")
    C.say(8, "20:00", COORD["อากาศอำนวย"], "อากาศอำนวยตอนนี้น้ำเข้าบ้านโพนงามแล้วครับ ทั้งคืนนี้คงไม่ได้นอน 😢")
    C.say(8, "20:05", COORD["คำตากล้า"], "คำตากล้าก็เหมือนกันครับพี่ สู้ๆ")
    # Wednesday
    C.say(9, "07:00", GOV, "ขอเป็นกำลังใจให้นักปกครองทุกท่านครับ ทำงานหนักแต่ขอให้ปลอดภัยด้วยครับ", tags=[N("the governor's post: admitted")])
    for i, p in enumerate([CHIEF["นิคมน้ำอูน"], COORD["สว่างแดนดิน"], CHIEF["โคกศรีสุพรรณ"], COORD["เต่างอย"], CHIEF["พรรณานิคม"]]):
        C.say(9, "07:%02d" % (2 + i * 2), p, R.choice(["ขอบพระคุณครับท่าน 🙏", "ขอบคุณค่ะท่าน", "ขอบคุณครับท่านผู้ว่าฯ"]))
    C.say(9, "15:30", COORD["อากาศอำนวย"], "แจ้งข่าวเศร้าครับ อส.สมาน ของอากาศอำนวย เสียชีวิตจากเรือล่มเมื่อบ่ายครับ สวดอภิธรรมที่วัดศรีมงคล ๙-๑๑ ก.ย.",
          tags=[N("a condolence notice by a coordinating deputy: admitted")])
    for i, p in enumerate([COORD["วาริชภูมิ"], CHIEF["กุดบาก"], COORD["กุดบาก"], COORD["โคกศรีสุพรรณ"], CHIEF["เจริญศิลป์"], COORD["ส่องดาว"]]):
        C.say(9, "15:%02d" % (33 + i * 2), p, R.choice(["ขอแสดงความเสียใจครับ 🙏", "เสียใจด้วยครับ", "ขอให้ไปสู่สุคติครับ", "🙏🙏"]))
    # Thursday
    C.say(10, "08:00", "P174", "วันนี้ผู้ว่าฯ ลงวานรฯ ครับ ขอบคุณทุกอำเภอที่ส่งเรือมาช่วย", name=PEOPLE["P174"].name)
    C.say(10, "12:00", COORD["พรรณานิคม"], "ขอแชร์ครับ เทคนิคกันน้ำเข้าเครื่องสูบแบบชาวบ้าน ใช้ได้ผลดี", video=1, tags=[N("a coordinating deputy sharing a video: admitted")])
    C.say(10, "12:05", COORD["เมืองสกลนคร"], "เยี่ยมครับพี่")
    C.say(10, "21:00", PAL, "ขอบคุณทุกท่านที่ไปร่วมงานศพ อส.สมาน ครับ", tags=[N("the palad's thanks: allowed")])
    C.sticker(10, "21:04", COORD["อากาศอำนวย"])
    # Friday
    C.say(11, "07:10", COORD["บ้านม่วง"], "เช้านี้น้ำที่บ้านม่วงลดลง ๑๒ ซม. ครับ เริ่มเห็นถนนแล้ว 🙏", photos=1)
    C.say(11, "07:15", CHIEF["คำตากล้า"], "คำตากล้าลดเหมือนกันครับ")
    C.say(11, "12:30", COORD["เมืองสกลนคร"], "เสาร์นี้ Big Cleaning ตลาดสดเทศบาล ใครว่างมาช่วยกันครับ", tags=[N("an invitation among members: admitted, no posting rule")])
    C.say(11, "12:34", COORD["โพนนาแก้ว"], "ไปครับพี่")
    C.say(11, "17:30", PAL, "ขอบคุณนักปกครองทุกท่านครับ สัปดาห์นี้หนักจริงๆ พักผ่อนบ้างนะครับ 🙏", tags=[N("the palad's courtesy: allowed")])
    return C
