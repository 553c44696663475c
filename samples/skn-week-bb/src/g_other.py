"""The other five groups of week BB."""
from chat import Chat, F, N, num, th
from people import PEOPLE, CHIEF, COORD, VOL, DISTRICTS

ACK = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับท่าน", "🙏", "รับทราบและถือปฏิบัติครับ", "รับทาบครับ", "ทราบแล้วครับ", "👍", "ได้ครับท่าน"]


def hm_add(hm, k):
    h, m = map(int, hm.split(":"))
    m += k
    return f"{h + m // 60:02d}:{m % 60:02d}"


def pakkhrong():
    C = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
    OFF = "the provincial office's own order with the letter attached: allowed (the group is for exactly this)"
    PH = "photos of the letter sent by the office right after its order: part of an allowed order post"
    orders = [
        (9, "08:15", "P007", "ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๑๔๒๑ ลว. ๖ มี.ค. ๒๕๖๙ เรื่อง การเตรียมความพร้อมรับมือภัยแล้ง ปี ๒๕๖๙ ให้อำเภอแจ้ง อปท. สำรวจแหล่งน้ำสำรอง รายละเอียดตามหนังสือ", 2),
        (9, "13:30", "P006", "ที่ สน ๐๐๑๘.๓/ว ๑๔๓๐ เรื่อง ซักซ้อมแนวทางการควบคุมการเผาในที่โล่ง (ช่วงเก็บเกี่ยวอ้อย) แจ้งอำเภอถือปฏิบัติ", 3),
        (10, "08:20", "P008", "ข้อสั่งการจากที่ประชุมกรมการจังหวัด ๑๐ มี.ค. ๖๙ (พิมพ์สรุปหลังประชุม)\n๑. เฝ้าระวังไฟป่าเทือกเขาภูพาน ๒๔ ชม.\n๒. คุมเข้มการขนส่งอ้อยไฟไหม้ ร่วมกับ ตร.\n๓. นายอำเภอลงพื้นที่หมู่บ้านขาดแคลนน้ำ", 1),
        (10, "14:00", "P007", "ที่ สน ๐๐๑๘.๑/ว ๑๔๔๒ เรื่อง ขอเชิญร่วมพิธีวันข้าราชการพลเรือน (๑ เม.ย. ๒๕๖๙) แจ้งรายชื่อผู้เข้าร่วมทางอีเมล สารบรรณ ภายใน ๒๓ มี.ค.", 2),
        (11, "08:30", "P005", "เรียน นอภ.ทุกอำเภอ ช่วงปิดภาคเรียน ให้กำชับกำนันผู้ใหญ่บ้านเฝ้าระวังเด็กเล่นน้ำและมั่วสุม ครับ", 0),
        (11, "13:15", "P006", "ที่ สน ๐๐๑๘.๔/ว ๑๔๕๐ เรื่อง การจัดงานกีฬาสัมพันธ์ข้าราชการ ๑๓ มี.ค. ๖๙ (กำหนดการและการแต่งกาย)", 2),
        (12, "09:00", "P007", "ด่วน ที่ สน ๐๐๑๘.๑/ว ๑๔๖๓ เรื่อง การป้องกันและแก้ไขปัญหาหมอกควันและฝุ่นละออง PM2.5 (ระยะเร่งด่วน)", 3),
        (12, "15:30", "P008", "ที่ สน ๐๐๑๘.๓/ว ๑๔๖๘ เรื่อง การรักษาความสงบเรียบร้อยช่วงงานกีฬาและเทศกาล", 1),
        (13, "08:40", "P006", "ที่ สน ๐๐๑๘.๑/ว ๑๔๗๕ เรื่อง เตรียมการเทศกาลสงกรานต์ ๒๕๖๙ (ศูนย์ปฏิบัติการฯ)", 2),
        (13, "14:00", "P005", "ขอบคุณทุกอำเภอที่ร่วมงานกีฬาวันนี้ครับ สัปดาห์หน้าประชุมประจำเดือน ๑๘ มี.ค. ๐๙.๓๐ น. ห้องประชุมศาลากลาง", 0),
    ]
    for day, hm, p, txt, ph in orders:
        C.say(day, hm, p, txt, photos=ph, file=("หนังสือสั่งการ.pdf" if ph == 0 and p != "P005" else None), tags=[N(OFF if p != "P005" else "the provincial palad's own post in the office group: allowed")])
        if ph:
            C.msgs[-ph].tags.append(N(PH))
    # posts by members: findings
    C.sticker(9, "08:20", CHIEF["กุสุมาลย์"], tags=[F("SKN-2P", "sticker by a district chief after an order: members may not answer here")])
    C.say(9, "08:26", COORD["วาริชภูมิ"], "รับทราบครับ", tags=[F("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer")])
    C.say(9, "13:40", CHIEF["พังโคน"], "เรียนถามครับ การเผาตอซังอ้อยในแปลงตัวเองต้องขออนุญาตหรือไม่ครับ", tags=[F("SKN-2P", "question by a district chief: members may not ask in this group")])
    C.say(9, "16:00", CHIEF["โพนนาแก้ว"], "ฝากอุดหนุนผ้าย้อมครามโพนนาแก้วค่ะ ชุดละ ๓๕๐ บาท ใส่ไปงานกีฬาได้ค่ะ 💙", photos=2,
          tags=[F("SKN-2P", "sales post (PR) with photos by a district chief: one post, cited at its text")])
    C.system(10, "09:00", "invite", COORD["คำตากล้า"], target=VOL["คำตากล้า"],
             tags=[F("SKN-2", "invitee is a district volunteer officer (volunteer_center_staff), not admitted to ข้อสั่งการ ปค.สน."),
                   F("SKN-ALL", "on the roster, not admitted to this group, invited", PEOPLE[VOL["คำตากล้า"]].name),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", PEOPLE[COORD["คำตากล้า"]].name)])
    C.say(10, "09:03", VOL["คำตากล้า"], "สวัสดีค่ะ ศิริลักษณ์ จอส.คำตากล้าค่ะ 🙏", tags=[F("SKN-2P", "greeting by the invited volunteer officer: a member's post in the office-only group")])
    C.say(10, "08:25", "P134", "รับทราบครับ", tags=[F("SKN-2", "an ordinary deputy (deputy_district_chief) shown in the group by his first post"),
                                                   F("SKN-2P", "acknowledgement by a member who is not the office")])
    C.say(10, "14:10", CHIEF["วาริชภูมิ"], "🙏", tags=[F("SKN-2P", "🙏 alone by a district chief: an acknowledgement")])
    C.say(10, "16:20", COORD["นิคมน้ำอูน"], "นิคมน้ำอูน ส่งรายชื่อทางอีเมลสารบรรณแล้วครับ", tags=[F("SKN-2P", "'sent by e-mail' answer by a coordinating deputy: members may not answer here")])
    C.system(11, "10:00", "join", "ประกันภัยรถยนต์ น้องฝน", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    C.say(11, "10:02", "ประกันภัยรถยนต์ น้องฝน", "สวัสดีค่ะ ต่อ พ.ร.บ./ประกันชั้น ๑ ราคาข้าราชการ ลด ๒๐% ค่ะ", tags=[F("SKN-2P", "sales post by an outsider: only the office posts here")])
    C.say(11, "10:30", "P007", "ขอความร่วมมือสมาชิก กลุ่มนี้ใช้แจ้งข้อสั่งการเท่านั้น ไม่ต้องตอบรับ ไม่ต้องโพสต์ขายของนะคะ 🙏", tags=[N("the office reminding members of the group's use: allowed")])
    C.system(11, "10:31", "remove", "P007", target="ประกันภัยรถยนต์ น้องฝน", tags=[N("the office removing an outsider: a notice, no finding")])
    C.say(11, "13:20", CHIEF["สว่างแดนดิน"], "ขอเชิญเชียร์ทีมสว่างแดนดินวันศุกร์ครับ ⚽🏐 เสื้อสีส้ม!", tags=[F("SKN-2P", "sports invitation (chat) by a district chief")])
    C.say(12, "09:20", COORD["เต่างอย"], "เต่างอย\nหมู่บ้าน   จุดเผา\nบ้านนาเดื่อ  ๐\nบ้านโคกสะอาด ๐\nรวม ไม่มีจุดเผาครับ", tags=[F("SKN-2P", "a district's nil report typed as a table, posted by its coordinating deputy in the office-only group")])
    C.say(12, "15:45", "P104", "รับทราบครับ", tags=[N("display name ปลัดแบงค์ fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    C.say(13, "08:50", CHIEF["บ้านม่วง"], "รับทราบครับ 🙏", tags=[F("SKN-2P", "acknowledgement by the district chief of บ้านม่วง (old name in this group)")])
    C.say(13, "14:05", COORD["ภูพาน"], "ขอบคุณครับท่านปลัด", tags=[F("SKN-2P", "thanks (chat) by a coordinating deputy")])
    return C


def palad():
    C = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
    P = "P005"
    C.say(9, "07:30", P, "เรียน นอภ.ทุกท่าน สัปดาห์นี้ภารกิจหลัก ๑) ภัยแล้ง-รถน้ำ ๒) ไฟป่าภูพาน ๓) PM2.5/เผาอ้อย ๔) กีฬาสัมพันธ์ ศุกร์ ๑๓ ขอให้ท่านกำกับด้วยตนเองครับ", key="p1", tags=[N("the palad's instruction: allowed")])
    chiefs = [CHIEF[d] for d in DISTRICTS if d not in ("กุดบาก",)]
    for i, p in enumerate(chiefs[:11]):
        hm = hm_add("07:33", i * 2)
        if i % 4 == 3:
            C.sticker(9, hm, p, reply="p1", tags=[N("sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")])
        else:
            C.say(9, hm, p, ACK[num(p + "pj", 0, len(ACK) - 1)], reply="p1", tags=[N("district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden")])
    C.say(9, "16:00", P, "ท่านรองฯ สมบูรณ์ ฝากเน้นการประสานรถน้ำ อปท. ให้ทั่วถึง หมู่บ้านที่ยังไม่มีรถเข้าให้แจ้งผมโดยตรงครับ", key="p2", tags=[N("the palad relaying a vice governor's meeting order: allowed")])
    C.say(9, "16:10", CHIEF["ส่องดาว"], "ส่องดาว ยังขาด ๒ หมู่บ้านครับ บ้านหนองแวง บ้านโคกกลาง จะขอรถจาก อบจ. ครับ", reply="p2", tags=[N("a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")])
    C.say(9, "16:20", CHIEF["คำตากล้า"], "คำตากล้าครบทุกหมู่บ้านแล้วครับ", reply="p2", tags=[N("a district chief's short report: allowed")])
    C.system(10, "08:00", "invite", CHIEF["พังโคน"], target=COORD["พังโคน"],
             tags=[F("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
                   F("SKN-ALL", "on the roster, not admitted to this group, invited", PEOPLE[COORD["พังโคน"]].name),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", PEOPLE[CHIEF["พังโคน"]].name)])
    C.say(10, "08:05", COORD["พังโคน"], "สวัสดีครับ ปลัดหมาย พังโคน ครับ ท่านนายอำเภอให้เข้ามาช่วยดูข้อสั่งการครับ")
    C.say(10, "09:30", P, "ขอให้กลุ่มนี้มีเฉพาะนายอำเภอนะครับ ปลัดหมายรบกวนออกจากกลุ่มด้วยครับ 🙏", tags=[N("the palad's remark on membership: allowed")])
    C.system(10, "09:40", "leave", COORD["พังโคน"])
    C.say(10, "13:00", P, "เรียน นอภ.ภูพาน นอภ.โคกศรีสุพรรณ พรุ่งนี้ผมลงพื้นที่ไฟป่า ๐๙.๐๐ น. จุดนัดพบที่ว่าการอำเภอภูพานครับ", key="p3", tags=[N("the palad's instruction to two chiefs: allowed")])
    C.say(10, "13:05", CHIEF["ภูพาน"], "รับทราบครับท่าน เตรียมรถ ๔WD ไว้ ๒ คันครับ", reply="p3", tags=[N("district chief's acknowledgement: allowed here")])
    C.say(10, "13:12", CHIEF["โคกศรีสุพรรณ"], "ทราบครับ", reply="p3")
    C.say(11, "07:45", P, "ช่วงปิดเทอม ฝากท่านนายอำเภอเน้นเรื่องเด็กจมน้ำและยาเสพติดครับ", key="p4")
    for i, d in enumerate(["เมืองสกลนคร", "วานรนิวาส", "อากาศอำนวย", "เจริญศิลป์", "โพนนาแก้ว", "เต่างอย", "นิคมน้ำอูน"]):
        C.say(11, hm_add("07:50", i * 3), CHIEF[d], ACK[num(d + "p4", 0, len(ACK) - 1)], reply="p4", tags=[N("district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: allowed")])
    C.say(11, "14:00", VOL["อากาศอำนวย"], "เรียนท่านปลัดจังหวัด อากาศอำนวย ตั้งจุดรณรงค์งดเผาครบ ๒ จุดแล้วค่ะ (แทนท่านนายอำเภอ)",
          tags=[F("SKN-3", "a district volunteer officer posting in ข้อสั่งการ ปจ.สน. for her chief; first message that shows her here")])
    C.say(12, "08:00", P, "วันนี้ PM2.5 สกลนครสูงสุดของภาค ท่านนายอำเภอตรวจจุดเผาด้วยตนเองครับ", key="p5")
    for i, d in enumerate(["สว่างแดนดิน", "พังโคน", "วาริชภูมิ", "บ้านม่วง", "กุสุมาลย์", "ส่องดาว", "พรรณานิคม", "ภูพาน", "คำตากล้า"]):
        if i == 4:
            C.sticker(12, hm_add("08:04", i * 3), CHIEF[d], reply="p5")
        else:
            C.say(12, hm_add("08:04", i * 3), CHIEF[d], ACK[num(d + "p5", 0, len(ACK) - 1)], reply="p5", tags=[N("district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: allowed")])
    C.say(12, "17:30", CHIEF["สว่างแดนดิน"], "สว่างแดนดินรายงานครับ วันนี้จับกุมเผาไร่อ้อย ๑ ราย ดำเนินคดีแล้วครับ", photos=2, tags=[N("a district chief's report: allowed here")])
    C.say(13, "07:00", P, "เช้านี้เจอกันสนามกีฬากลาง ๐๗.๓๐ น. ครับ", key="p6")
    for i, d in enumerate(["เมืองสกลนคร", "พังโคน", "วานรนิวาส", "บ้านม่วง"]):
        C.say(13, hm_add("07:02", i * 2), CHIEF[d], ACK[num(d + "p6", 0, len(ACK) - 1)], reply="p6")
    C.say(13, "19:00", P, "ขอบคุณท่านนายอำเภอทุกท่านครับ พักผ่อนวันหยุดนะครับ")
    return C


def executives():
    C = Chat("ผู้บริหารจังหวัด และนายอำเภอ", "executives-export.txt", export=True)
    G, V1, V2, V3, P = "P001", "P002", "P003", "P004", "P005"
    silent = ("กุดบาก", "เต่างอย")
    ch = [CHIEF[d] for d in DISTRICTS if d not in silent]
    C.say(9, "06:30", G, "สวัสดีครับทุกท่าน สัปดาห์นี้ขอให้ทุกอำเภอให้ความสำคัญกับภัยแล้งและไฟป่าเป็นอันดับแรกครับ", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(ch[:9]):
        C.say(9, hm_add("06:33", i * 2), p, ["รับทราบครับท่าน", "รับทราบและถือปฏิบัติครับท่านผู้ว่าฯ", "ทราบครับ", "รับทราบค่ะท่าน"][i % 4])
    C.say(9, "11:30", V1, "ข้อสั่งการในที่ประชุมหัวหน้าส่วนราชการเช้านี้ (พิมพ์สรุปให้นายอำเภอที่ไม่ได้เข้าประชุม)\n๑. อำเภอที่ประกาศเขตภัยแล้ง ให้จัดรถน้ำทุกวัน ห้ามขาด\n๒. ประสาน อปท. ใช้งบฉุกเฉินได้ทันที\n๓. รายงานผมทุกเย็นทางกลุ่มนี้ หากมีปัญหา", tags=[N("a vice governor's meeting orders typed up after: allowed")])
    for i, d in enumerate(["วาริชภูมิ", "ส่องดาว", "นิคมน้ำอูน", "เจริญศิลป์", "คำตากล้า", "บ้านม่วง"]):
        C.say(9, hm_add("11:35", i * 3), CHIEF[d], "รับทราบครับท่านรองฯ" if i % 2 == 0 else "รับทราบ ดำเนินการทันทีครับ")
    C.say(9, "18:10", CHIEF["ส่องดาว"], "เรียนท่านรองฯ ส่องดาวแจกน้ำวันนี้ ๘ เที่ยว ยังขาดรถ ๑ คันครับ", photos=1, tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    C.say(9, "18:30", V1, "ผมประสาน อบจ. ให้แล้วครับ พรุ่งนี้เข้าพื้นที่")
    C.say(9, "20:00", "P027", "สวัสดีครับท่านผู้ว่าฯ ลุงยงค์อดีตนอภ.วาริชขอเป็นกำลังใจ หน้าแล้งปีนี้หนักจริงๆ ครับ",
          tags=[F("SKN-4", "a retired official posting in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
    C.say(10, "07:00", V3, "ข้อสั่งการที่ประชุมกรมการจังหวัดวันนี้ เรื่อง PM2.5 และเผาอ้อย\n- ทุกอำเภอตั้งจุดรณรงค์ งดเผาเด็ดขาด\n- รถบรรทุกอ้อยไฟไหม้ ให้ตรวจสอบร่วมกับ ตร.\nไพฑูรย์", tags=[N("a vice governor's order: allowed")])
    for i, p in enumerate(ch[3:13]):
        C.say(10, hm_add("07:04", i * 2), p, ["รับทราบครับ", "ทราบครับท่าน", "รับทราบค่ะ", "รับทาบครับท่าน 🙏", "👍"][i % 5], tags=[N("district chief's acknowledgement of a vice governor's order: a reply, allowed")])
    C.say(10, "08:30", P, "เรียน นอภ.ทุกอำเภอ ขอให้ทุกอำเภอส่งแผนป้องกันไฟป่าให้ที่ทำการปกครองจังหวัด ภายในวันพฤหัสนี้ครับ",
          tags=[F("SKN-4P", "an order to all district chiefs by the provincial palad: this group receives orders from the governor and vice governors only")])
    C.say(10, "12:15", CHIEF["ภูพาน"], "เรียนท่านผู้ว่าฯ เมื่อเช้าไฟป่าลุกลามบริเวณภูผาเหล็ก ประมาณ ๓๐ ไร่ ควบคุมได้แล้ว ไม่มีผู้บาดเจ็บครับ", photos=3, tags=[N("incident report to the governor by a district chief: allowed")])
    C.say(10, "12:30", G, "ขอบคุณครับ ดูแลความปลอดภัยเจ้าหน้าที่ด้วย")
    C.say(10, "15:00", "P022", "ผบก.ภ.จว.สน. เรียนท่านผู้ว่าฯ ตำรวจตั้งจุดตรวจรถอ้อยแล้ว ๑๒ จุดทั่วจังหวัดครับ",
          tags=[F("SKN-4", "agency head (police) posting in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
    C.say(10, "19:00", V2, "วันนี้ดิฉันลงพื้นที่เจริญศิลป์ ขอบคุณท่านนายอำเภอที่ต้อนรับค่ะ", photos=2)
    C.say(10, "19:10", CHIEF["เจริญศิลป์"], "ขอบคุณท่านรองฯ มากครับ 🙏")
    C.say(11, "07:15", G, "ปิดภาคเรียนแล้ว ขอให้นายอำเภอกำชับเรื่องเด็กจมน้ำ ติดป้ายแหล่งน้ำเสี่ยงให้ครบครับ", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(ch[8:16]):
        C.say(11, hm_add("07:18", i * 2), p, ["รับทราบครับท่าน", "รับทราบค่ะท่าน", "ทราบครับ"][i % 3], tags=[N("district chief's acknowledgement of the governor's order: a reply, allowed")])
    C.say(11, "09:00", CHIEF["สว่างแดนดิน"], "ขอให้ทุกอำเภอส่งทีมเชียร์มาร่วมงานกีฬาวันศุกร์ อย่างน้อยอำเภอละ ๒๐ คน แต่งกายตามสีทีมครับ",
          tags=[F("SKN-4P", "a district chief directing all districts (ขอให้ทุกอำเภอ…อย่างน้อย…): an order from someone other than the governor or a vice governor")])
    C.say(11, "09:20", V1, "ขอบคุณท่านเสกสรรครับ เรื่องกองเชียร์ตามความสมัครใจนะครับ")
    C.say(11, "12:00", CHIEF["บ้านม่วง"], "เรียนท่านรองฯ บ้านม่วงรถน้ำครบแล้วครับ", tags=[N("a district chief's report to a vice governor: allowed")])
    C.system(11, "14:00", "invite", CHIEF["โพนนาแก้ว"], target="เจ๊หน่อย ผ้าไหมโพนนาแก้ว", tags=[F("OUTSIDER", "not on the roster; added by นอภ.โพนนาแก้ว อรวรรณ")])
    C.say(11, "14:02", "เจ๊หน่อย ผ้าไหมโพนนาแก้ว", "สวัสดีค่ะท่านผู้บริหาร ผ้าไหมลายขอ ราคาพิเศษค่ะ", photos=2)
    C.say(11, "14:10", CHIEF["โพนนาแก้ว"], "ขออภัยค่ะ เพิ่มผิดกลุ่ม เดี๋ยวนำออกค่ะ 🙏")
    C.system(11, "14:11", "remove", CHIEF["โพนนาแก้ว"], target="เจ๊หน่อย ผ้าไหมโพนนาแก้ว")
    C.say(11, "18:00", V2, "วันนี้วันเกิดท่านนายอำเภอพังโคนค่ะ 🎂 ขอให้มีความสุข สุขภาพแข็งแรงค่ะ", tags=[N("birthday wish using ขอให้: courtesy, not an order")])
    for i, p in enumerate([G, V1, CHIEF["วานรนิวาส"], CHIEF["เมืองสกลนคร"], CHIEF["ส่องดาว"]]):
        C.say(11, hm_add("18:03", i * 2), p, ["HBD ครับ 🎉", "สุขสันต์วันเกิดครับ", "สุขสันต์วันเกิดครับท่าน 🎂", "HBD ครับพี่", "สุขสันต์วันเกิดครับ ขอให้มีความสุขมากๆ"][i])
    C.say(11, "18:20", CHIEF["พังโคน"], "ขอบพระคุณทุกท่านครับ 🙏🙏")
    C.say(12, "07:00", V3, "ข้อสั่งการ: ค่าฝุ่นสูงสุดของภาค ให้ทุกอำเภอออกตรวจจุดเผาร่วมกับ ตร. และรายงานผลการจับกุม (ถ้ามี) ครับ", tags=[N("a vice governor's order: allowed")])
    for i, p in enumerate(ch[:8]):
        C.say(12, hm_add("07:03", i * 2), p, ["รับทราบครับ", "ทราบครับท่านรองฯ", "รับทราบ ถือปฏิบัติครับ", "รับทราบค่ะ"][i % 4], tags=[N("acknowledgement using ถือปฏิบัติ: a reply, not an order (no SKN-4P)")])
    C.say(12, "17:40", CHIEF["สว่างแดนดิน"], "เรียนท่านรองฯ สว่างแดนดินจับกุมผู้เผาไร่อ้อย ๑ ราย ดำเนินคดีแล้วครับ", photos=2, tags=[N("a district chief's report to a vice governor, as asked: allowed")])
    C.say(12, "17:50", V3, "ขอบคุณครับ 👍")
    C.say(12, "20:30", CHIEF["วาริชภูมิ"], "เรียนท่านผู้ว่าฯ ค่ำนี้ไฟไหม้บ้านเรือน ต.คำบ่อ ๑ หลัง ไม่มีผู้บาดเจ็บ อำเภอมอบถุงยังชีพแล้วครับ", photos=2, tags=[N("incident notice by a district chief: allowed")])
    C.say(12, "20:40", G, "ขอบคุณครับ ดูแลผู้ประสบภัยให้ดีครับ")
    C.say(13, "07:00", G, "เช้านี้งานกีฬาสัมพันธ์ ขอให้ทุกท่านร่วมงานโดยพร้อมเพรียงครับ ⚽", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(ch[5:14]):
        C.say(13, hm_add("07:03", i * 2), p, ["รับทราบครับท่าน", "ไปแล้วครับ 🏃", "รับทราบค่ะ"][i % 3])
    C.say(13, "12:30", P, "เรียนท่านผู้ว่าฯ สรุปผลกีฬา ทีมสว่างแดนดินชนะเลิศฟุตบอล ทีมนิคมน้ำอูนชนะเลิศวอลเลย์บอลครับ", photos=3, tags=[N("the palad's summary to the governor: information, not an order")])
    C.say(13, "12:40", G, "ยินดีด้วยครับ ขอบคุณทุกท่านครับ 🙏")
    for i, p in enumerate([CHIEF["สว่างแดนดิน"], CHIEF["นิคมน้ำอูน"], V1, CHIEF["อากาศอำนวย"]]):
        C.say(13, hm_add("12:45", i * 3), p, ["ขอบคุณครับท่าน 🏆", "ขอบคุณค่ะ 🏐", "ยินดีด้วยครับ 👏", "👏👏"][i])
    C.say(13, "19:30", V2, "ขอให้ทุกท่านพักผ่อนวันหยุดค่ะ ขับรถปลอดภัยนะคะ", tags=[N("courtesy using ขอให้: chat")])
    return C


def heads():
    C = Chat("หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs.jsonl")
    G, V1, V2, V3 = "P001", "P002", "P003", "P004"
    heads_ = ["P011", "P012", "P013", "P014", "P015", "P016", "P017", "P018", "P019", "P020", "P021", "P022"]
    ch = [CHIEF[d] for d in DISTRICTS]
    C.say(9, "07:00", G, "ขอให้ทุกส่วนราชการและอำเภอบูรณาการช่วยเหลือภัยแล้ง ไฟป่า ฝุ่นควัน ตามบทบาทครับ", key="h1", tags=[N("the governor's order in หน.ส่วนราชการ-นอภ.สน.: allowed")])
    for i, p in enumerate(heads_[:6] + ch[:6]):
        C.say(9, hm_add("07:03", i * 2), p, ACK[num(p + "h1", 0, len(ACK) - 1)], reply="h1", tags=[N("acknowledgement of an order by a member: not a report or performance result")])
    C.say(9, "10:00", "P011", "ปภ.สน. สรุปผลการช่วยเหลือภัยแล้งสัปดาห์ที่แล้ว แจกน้ำ ๑.๒ ล้านลิตร ๔,๑๐๐ ครัวเรือน ครับ", photos=2,
          tags=[F("SKN-6P", "an agency's performance result (ผลการช่วยเหลือ) posted in the group (งดการส่งรายงาน หรือผลการปฏิบัติงาน)")])
    C.say(9, "11:00", "P018", "ขอเชิญทุกส่วนราชการส่งทีมร่วมกีฬาสัมพันธ์ ศุกร์ ๑๓ มี.ค. สมัครได้ถึงวันพุธครับ ⚽🏐", file="ใบสมัครกีฬา.pdf", tags=[N("a sports invitation (pr): not a report or performance result")])
    C.say(9, "14:30", "P024", "เรียนทุกท่าน ท่องเที่ยวฯ ขอแจ้งตารางแข่งขันค่ะ", file="ตารางแข่ง.pdf",
          tags=[F("SKN-6", "clerk of the tourism and sports office (role staff) in the heads' group in the head's place; first post")])
    C.say(9, "16:00", "P013", "สสจ.ขอแนะนำ ช่วง PM2.5 สูง กลุ่มเสี่ยงงดกิจกรรมกลางแจ้ง สวมหน้ากาก N95 ครับ", photos=1, tags=[N("health advice (pr): not a report")])
    C.say(10, "07:30", V3, "ข้อสั่งการ: ส่วนราชการที่มีรถบรรทุกน้ำ ให้สนับสนุนอำเภอที่ประกาศเขตภัยแล้งทันทีครับ", key="h2", tags=[N("a vice governor's order: allowed")])
    for i, p in enumerate(["P011", "P021", "P020"] + ch[6:12]):
        C.say(10, hm_add("07:33", i * 2), p, ACK[num(p + "h2", 0, len(ACK) - 1)], reply="h2", tags=[N("acknowledgement of an order by a member: not a report or performance result")])
    C.say(10, "09:00", "P019", "อุตสาหกรรมจังหวัด ขอแจ้งข่าว โรงงานน้ำตาล ๒ แห่ง ปรับลดราคารับซื้ออ้อยไฟไหม้ ตันละ ๓๐ บาท เพื่อลดการเผาครับ", tags=[N("forwarded information: not a report")])
    C.say(10, "10:30", "P015", "ทสจ. รายงานผลการดับไฟป่าเทือกเขาภูพาน ๑-๙ มี.ค. ดับได้ ๔๒ ครั้ง พื้นที่เสียหาย ๓๑๕ ไร่", file="สรุปไฟป่า_ภูพาน.pdf",
          tags=[F("SKN-6P", "an agency's progress report (รายงานผลการดับไฟป่า) posted in the group")])
    C.system(10, "11:00", "invite", "P013", target="P026",
             tags=[F("SKN-6", "invitee รัตติยา สสจ.สน. is the health office's staff (role staff): heads must join in person"),
                   F("SKN-ALL", "on the roster, not admitted to this group, invited", "รัตติยา สสจ.สน."),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "นพ.ธนภัทร สสจ.สน.")])
    C.say(10, "11:05", "P026", "สวัสดีค่ะ รัตติยา สสจ. ค่ะ จะช่วยประสานงานแทนท่าน สสจ. ค่ะ")
    C.say(10, "14:00", CHIEF["สว่างแดนดิน"], "ขอเชิญร่วมงานบุญบั้งไฟ สว่างแดนดิน ปลายเดือนเมษาครับ 🚀", photos=1, tags=[N("a district chief's festival invitation (pr): not a report or result")])
    C.say(10, "16:10", CHIEF["เมืองสกลนคร"], "อำเภอเมืองสกลนคร รายงานผลการดำเนินงานแจกจ่ายน้ำ สัปดาห์นี้ ๓๒ เที่ยว ๒๕๖,๐๐๐ ลิตร ครับ", photos=2,
          tags=[F("SKN-6P", "a district's performance report posted by a district chief")])
    C.say(11, "07:20", G, "ขอบคุณทุกส่วนราชการที่ช่วยเหลือประชาชนครับ ขอให้เน้นการสื่อสารเตือนภัยฝุ่นครับ", key="h3", tags=[N("the governor's order: allowed")])
    for i, p in enumerate(["P014", "P013", "P017"] + ch[12:18]):
        C.say(11, hm_add("07:23", i * 2), p, ACK[num(p + "h3", 0, len(ACK) - 1)], reply="h3", tags=[N("acknowledgement of an order by a member: not a report or performance result")])
    C.system(11, "08:30", "invite", "P019", target="ผจก.โรงงานน้ำตาลมิตรผล สน.", tags=[F("OUTSIDER", "not on the roster; added by อุตสาหกรรมจังหวัดสน. (an agency head)")])
    C.say(11, "08:35", "ผจก.โรงงานน้ำตาลมิตรผล สน.", "สวัสดีครับ ยินดีให้ความร่วมมือลดการเผาอ้อยครับ")
    C.say(11, "10:00", "P014", "ปชส.สน. ขอแชร์ข่าว ผู้ว่าฯ ลงพื้นที่แจกน้ำ อ.วาริชภูมิ ครับ https://www.prd.go.th/th/content/category/detail/id/9/iid/xxxxx", tags=[N("the PR office forwarding its news item: forward, not a performance report")])
    C.say(11, "11:00", "P020", "พช.สน. ขอแจ้งผลการคัดสรร OTOP ปี ๖๙ จังหวัดได้ ๕ ดาว ๑๒ ผลิตภัณฑ์ ติดอันดับ ๑ ของภาคค่ะ 🏆", photos=2,
          tags=[F("SKN-6P", "an agency's own achievement posted in the group")])
    C.say(11, "11:10", V2, "ยินดีด้วยค่ะ 👏", tags=[N("congratulation: chat")])
    C.say(11, "15:00", "P012", "เกษตรจังหวัดขอประชาสัมพันธ์ ตลาดเกษตรกรวันศุกร์ หน้าศาลากลาง มีผักปลอดสารราคาถูกค่ะ 🥬", photos=2, tags=[N("a market invitation (pr/sales): not a report")])
    C.say(12, "07:30", V1, "ข้อสั่งการ: ทุกส่วนราชการส่งนักกีฬาและกองเชียร์ร่วมงานพรุ่งนี้ โดยพร้อมเพรียงครับ", key="h4", tags=[N("a vice governor's order: allowed")])
    for i, p in enumerate(["P018", "P011", "P012", "P016", "P022"] + ch[2:6]):
        C.say(12, hm_add("07:33", i * 2), p, ACK[num(p + "h4", 0, len(ACK) - 1)], reply="h4", tags=[N("acknowledgement of an order by a member: not a report or performance result")])
    C.say(12, "09:30", "P017", "ศธจ.ขอแจ้ง โรงเรียนในสังกัดปิดภาคเรียน ๒๘ มี.ค. นี้ครับ", tags=[N("information: not a report")])
    C.say(12, "13:00", "P021", "ท้องถิ่นจังหวัด รายงานผลการเบิกจ่ายงบฉุกเฉินภัยแล้งของ อปท. ณ ๑๒ มี.ค. ร้อยละ ๖๔ ครับ", file="เบิกจ่ายภัยแล้ง.xlsx",
          tags=[F("SKN-6P", "an agency's progress report (ผลการเบิกจ่าย) posted in the group")])
    C.say(12, "16:00", CHIEF["ภูพาน"], "ขอบคุณ ทสจ. และ ปภ. ที่ส่งกำลังช่วยดับไฟป่าภูพานครับ 🙏", photos=2, tags=[N("thanks with photos: courtesy, not a performance report")])
    C.say(13, "07:00", G, "วันนี้กีฬาสัมพันธ์ ขอให้สนุกและปลอดภัยครับ", tags=[N("the governor's order/wish: allowed")])
    for i, p in enumerate(["P018", "P014", "P020"] + ch[:4]):
        C.say(13, hm_add("07:03", i * 2), p, ["🙏", "รับทราบครับท่าน", "ขอบคุณค่ะท่าน", "⚽⚽", "รับทราบครับ", "🙏", "ทราบครับ"][i])
    C.say(13, "17:00", "P018", "ขอบคุณทุกส่วนราชการที่ร่วมงานกีฬาครับ ภาพบรรยากาศครับ", photos=3, tags=[N("thanks with event photos: courtesy")])
    C.say(13, "17:30", "P016", "พมจ. ขอแสดงความเสียใจกับครอบครัวจิตอาสาบ้านม่วงที่เสียชีวิตจากไฟป่าเมื่อวานค่ะ 🙏", tags=[N("condolence: courtesy, not a report")])
    return C


def nakpok():
    C = Chat("นักปกครองสกลนคร", "nakpokkhrong.jsonl")
    P, G = "P005", "P001"
    C.say(9, "06:00", P, "สวัสดีวันจันทร์ครับพี่น้องนักปกครอง สัปดาห์นี้ภารกิจหนัก สู้ๆ ครับ 💪", photos=1)
    for i, p in enumerate([COORD[d] for d in DISTRICTS[:8]]):
        C.say(9, hm_add("06:05", i * 3), p, ["สวัสดีครับ", "สวัสดีครับท่านปลัด 🙏", "สู้ครับ", "อรุณสวัสดิ์ครับ"][i % 4])
    C.say(9, "12:00", COORD["วาริชภูมิ"], "วาริชภูมิขอรถน้ำเพิ่มครับ ใครมีรถว่างบ้างครับ 🙏")
    C.say(9, "12:10", COORD["สว่างแดนดิน"], "สว่างฯ มีว่าง ๑ คันครับ ประสานได้เลย")
    C.say(9, "12:15", COORD["วาริชภูมิ"], "ขอบคุณมากครับพี่")
    C.say(9, "15:00", "P122", "กุดบาก ขอแจ้งไฟป่าภูผายลครับ ชุดจิตอาสาเข้าพื้นที่แล้ว", photos=2,
          tags=[N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")])
    C.say(9, "20:00", "P252", "เจริญศิลป์ ขอแชร์คลิปรถน้ำเข้าหมู่บ้านครับ", video=1, tags=[N("post by the other two-role person: admitted as coordinating deputy")])
    C.say(10, "07:00", G, "ขอบคุณนักปกครองทุกท่าน ผมติดตามข่าวทุกวันครับ 🙏")
    for i, p in enumerate([CHIEF[d] for d in DISTRICTS[8:14]]):
        C.say(10, hm_add("07:03", i * 2), p, ["🙏", "ขอบคุณครับท่าน", "ขอบพระคุณครับ"][i % 3])
    C.system(10, "09:30", "join", "กู้เงินด่วน ข้าราชการ", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    C.say(10, "09:31", "กู้เงินด่วน ข้าราชการ", "สินเชื่อข้าราชการ อนุมัติไว ดอกเบี้ยต่ำ ทักเลยค่ะ 💰")
    C.system(10, "09:40", "remove", P, target="กู้เงินด่วน ข้าราชการ")
    C.say(10, "13:00", "P214", "สว่างแดนดิน จับกุมผู้เผาอ้อย ๑ รายครับ", photos=1,
          tags=[F("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post")])
    C.say(10, "18:00", COORD["บ้านม่วง"], "บ้านม่วงฝากขายข้าวฮางงอก กก.ละ ๘๐ บาทครับ 🌾 รายได้เข้ากองทุนหมู่บ้าน", photos=2, tags=[N("sales post by a coordinating deputy: no posting rule in นักปกครองสกลนคร")])
    C.say(11, "08:00", COORD["นิคมน้ำอูน"], "นิคมน้ำอูน รถน้ำเสีย ๒ คัน ใครรู้จักอู่ซ่อมด่วนบ้างครับ 😓")
    C.say(11, "08:10", COORD["พังโคน"], "ลองอู่ช่างเปี๊ยก พังโคนครับ เดี๋ยวส่งเบอร์ให้")
    C.say(11, "10:00", V := "P003", "ดิฉันรองผู้ว่าฯ อัจฉรา ขอเป็นกำลังใจนักปกครองทุกท่านค่ะ 💐",
          tags=[F("SKN-1", "a vice governor in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
    for i, p in enumerate([COORD[d] for d in DISTRICTS[8:15]]):
        C.say(11, hm_add("10:03", i * 2), p, ["ขอบคุณครับท่าน 🙏", "🙏", "ขอบพระคุณครับ"][i % 3])
    C.say(11, "16:00", COORD["ภูพาน"], "ภูพานไฟป่าสงบแล้วครับ ขอบคุณเพื่อนๆ ที่ส่งกำลังมาช่วย 🙏", photos=2)
    C.say(12, "07:00", COORD["เมืองสกลนคร"], "พรุ่งนี้ทีมฟุตบอลนักปกครองซ้อมเย็นนี้ ๑๗.๐๐ น. สนามศาลากลางนะครับ ⚽")
    for i, d in enumerate(["กุสุมาลย์", "พรรณานิคม", "โคกศรีสุพรรณ", "โพนนาแก้ว"]):
        C.say(12, hm_add("07:05", i * 3), COORD[d], ["ไปครับ", "ไปด้วยครับ ⚽", "ok ครับ", "ไปครับผม"][i])
    C.say(12, "12:00", VOL["เต่างอย"], "ทองใบ จอส.เต่างอย ขอฝากรูปกิจกรรมทำแนวกันไฟครับ", photos=2,
          tags=[F("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร; first post")])
    C.say(12, "20:00", P, "พรุ่งนี้เจอกันที่สนามครับ ใส่เสื้อสีกากีคอพับ", photos=1)
    C.say(13, "13:00", COORD["สว่างแดนดิน"], "ฟุตบอลนักปกครองชนะเลิศครับ 🏆🏆", photos=3)
    for i, p in enumerate([COORD[d] for d in DISTRICTS[:6]] + [G]):
        C.say(13, hm_add("13:03", i * 2), p, ["👏👏", "สุดยอดครับ", "ยินดีด้วยครับ 🏆", "เยี่ยมครับ", "👏", "ม่วนหลายครับ", "ยินดีด้วยครับ"][i])
    C.say(13, "18:00", P, "ขอบคุณทุกท่านครับ พักผ่อนครับ")
    return C
