# The other JSONL groups of week P.
from gen_common import name
from gen_log import Log, hms_add

NM_OFFICE = "the provincial office's own order with photos/files of the letter: allowed (only the office posts here)"

def dopa():
    L = Log("dopa-orders.jsonl", "ข้อสั่งการ ปค.สน.")
    O1, O2, O3 = "ofc1", "ofc2", "ofc3"
    L.add(13, "07:30:12", "chief:songdao", text="สุขสันต์วันสงกรานต์ ๒๕๖๙ ครับทุกท่าน 💦🙏",
          truth=[("SKN-2P", "นอภ.ส่องดาว 🌳", "a greeting (chat) by a district chief; only the provincial office may post here")])
    L.add(13, "08:10:40", O1, text=("ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๑๑๒๐ ลงวันที่ ๑๐ เมษายน ๒๕๖๙ เรื่อง การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ พ.ศ. ๒๕๖๙\n"
                                  "ขอให้อำเภอกำชับปลัดอำเภอผู้รับผิดชอบจุดตรวจและด่านชุมชน ปฏิบัติหน้าที่ตลอด ๒๔ ชั่วโมง ระหว่างวันที่ ๑๑–๑๗ เม.ย. ๖๙ "
                                  "และถือปฏิบัติตามแนวทางที่กำหนดโดยเคร่งครัด"), near=NM_OFFICE)
    L.imgs(13, "08:11:20", O1, 3, near="photo of the letter posted by the office account: part of the office's order post")
    L.add(13, "08:14:05", "chief:kutbak", "sticker",
          truth=[("SKN-2P", "นอภ.กุดบาก 🌿", "a sticker (acknowledgement) by a district chief in ข้อสั่งการ ปค.สน.")])
    L.add(13, "08:20:30", "palad", text="เรียนทุกท่าน กลุ่มนี้ไม่ต้องตอบรับนะครับ ใช้สำหรับส่งหนังสือสั่งการจากจังหวัดเท่านั้น ขอบคุณครับ",
          near="the provincial palad's own post ('กลุ่มนี้ไม่ต้องตอบรับนะครับ'): the palad is the office, allowed")
    L.add(13, "13:30:10", O2, text=("ที่ มท ๐๓๐๙.๑/ว ๒๒๑๔ เรื่อง การจัดตั้งด่านชุมชนช่วงเทศกาลสงกรานต์ ๒๕๖๙ "
                                  "แจ้งอำเภอทราบและถือปฏิบัติ รายละเอียดตามไฟล์แนบ"), near=NM_OFFICE)
    L.add(13, "13:30:55", O2, "file", att="มท0309.1-ว2214_ด่านชุมชน.pdf", near="PDF of the letter from the office account: allowed")
    L.add(13, "13:33:20", "coord:banmuang", text="รับทราบครับ",
          truth=[("SKN-2P", "ปลัดสิทธิ์ บ้านม่วง", "an acknowledgement by a coordinating deputy: members may not answer here")])
    L.add(13, "16:05:00", O1, text=("ด่วนมาก ขอให้อำเภอแจ้งองค์กรปกครองส่วนท้องถิ่นในพื้นที่ จัดเจ้าหน้าที่กู้ชีพประจำจุดบริการประชาชน "
                                  "ตามหนังสือจังหวัด ที่ สน ๐๐๑๘.๓/ว ๑๑๓๒"), near=NM_OFFICE)
    L.imgs(13, "16:05:30", O1, 2)
    # Tuesday
    L.add(14, "09:00:15", O3, text=("ที่ สน ๐๐๑๘.๒/ว ๑๑๔๐ เรื่อง การควบคุมการจำหน่ายเครื่องดื่มแอลกอฮอล์ ช่วงเทศกาลสงกรานต์ "
                                  "ขอให้อำเภอตรวจสอบร้านค้าในพื้นที่มิให้จำหน่ายนอกเวลาที่กฎหมายกำหนด และแจ้งผู้ประกอบการทราบ"), near=NM_OFFICE)
    L.imgs(14, "09:00:50", O3, 2)
    L.add(14, "09:05:40", "chief:phanna", text="ขออนุญาตสอบถามครับ ผลการตรวจร้านค้าต้องรายงานทางอีเมลหรือทางไลน์ครับ",
          truth=[("SKN-2P", "ชาญวิทย์ ศรีสะอาด", "a question by a district chief: members may not ask here")])
    L.add(14, "15:02:00", O1, text=("แจ้งเวียน ประกาศกรมอุตุนิยมวิทยา เรื่อง พายุฤดูร้อนและอากาศร้อนจัด ฉบับที่ ๓ "
                                  "ขอให้อำเภอแจ้งเตือนประชาชนและเตรียมพร้อมให้ความช่วยเหลือ"), near=NM_OFFICE)
    L.add(14, "15:02:40", O1, "file", att="ประกาศอุตุฯ_พายุฤดูร้อน_ฉ3.pdf")
    L.add(14, "17:45:00", O2, "system", event="invite", target=name("coord:charoen"),
          near="eligible invitee: the office re-adds ปลัดปิยะ เจริญศิลป์ (coordinating deputy, admitted to ปค.สน.); a system event, not a post")
    L.add(14, "10:30:40", O2, text=("ด่วนมาก ที่ สน ๐๐๑๘.๔/ว ๑๑๔๕ เรื่อง การเฝ้าระวังและป้องกันการทะเลาะวิวาทในงานประเพณีสงกรานต์ "
                                  "ให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน และ ชรบ. ร่วมดูแลพื้นที่จัดงาน"), near=NM_OFFICE)
    L.imgs(14, "10:31:10", O2, 2)
    L.add(14, "19:20:00", O3, text="ส่งสำเนาคำสั่งจังหวัดสกลนคร ที่ ๑๒๓๔/๒๕๖๙ เรื่อง แต่งตั้งเจ้าหน้าที่ประจำศูนย์ปฏิบัติการความปลอดภัยทางถนน ให้อำเภอทราบ",
          near=NM_OFFICE)
    L.add(14, "19:20:40", O3, "file", att="คำสั่งจังหวัด_1234-2569.pdf")
    # Wednesday
    L.add(15, "08:45:10", O1, text=("ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๑๑๕๖ เรื่อง มาตรการป้องกันการจมน้ำช่วงเทศกาลสงกรานต์ "
                                  "ขอให้อำเภอประสานผู้ใหญ่บ้านติดตั้งป้ายเตือนและอุปกรณ์ช่วยชีวิต ณ แหล่งน้ำเสี่ยงทุกแห่ง"), near=NM_OFFICE)
    L.imgs(15, "08:45:40", O1, 4, near="photo of the letter posted by the office account: part of the office's order post")
    L.add(15, "08:50:02", "chief:nikhom", text="🙏",
          truth=[("SKN-2P", "นอภ.นิคมน้ำอูน", "🙏 alone is a post (acknowledgement) by a district chief")])
    L.imgs(15, "10:20:30", "coord:phanna", 1,
           truth=[("SKN-2P", "ปลัดภานุ พรรณาฯ", "a photo posted by a coordinating deputy (media): any post by a non-office member is a finding")])
    L.add(15, "14:00:20", O2, text=("ที่ มท ๐๓๑๐.๔/ว ๑๙๘๘ เรื่อง การตรวจสถานบริการและสถานประกอบการที่มีลักษณะคล้ายสถานบริการ "
                                  "ช่วงเทศกาลสงกรานต์ แจ้งอำเภอทราบและถือปฏิบัติ"), near=NM_OFFICE)
    L.add(15, "14:01:00", O2, "file", att="มท0310.4-ว1988.pdf")
    L.add(15, "16:30:30", O1, text=("ด่วนที่สุด ขอให้อำเภอแจ้งเตือนประชาชนงดเผาในที่โล่งช่วงอากาศร้อนจัด และเตรียมรถน้ำ อปท. "
                                  "พร้อมออกปฏิบัติการ ตามหนังสือกรมป้องกันและบรรเทาสาธารณภัย"), near=NM_OFFICE)
    L.imgs(15, "16:31:00", O1, 2)
    # Thursday
    L.add(16, "09:10:30", O1, text=("ที่ สน ๐๐๑๘.๑/ว ๑๑๗๒ เรื่อง การเตรียมการจัดงานเฉลิมพระเกียรติ เนื่องในโอกาสวันฉัตรมงคล ๔ พฤษภาคม ๒๕๖๙ "
                                  "ขอให้อำเภอเตรียมการประดับธงชาติและธงตราสัญลักษณ์ ตามรายละเอียดที่แนบ"), near=NM_OFFICE)
    L.imgs(16, "09:11:00", O1, 2)
    L.add(16, "11:25:00", "chief:khoksi", "system", event="leave",
          near="a district chief leaves the group: a system event, not a post")
    L.add(16, "14:20:45", O3, text=("ขอให้อำเภอรายงานผลการตรวจร้านจำหน่ายเครื่องดื่มแอลกอฮอล์ ตามแบบที่แนบ ทางอีเมล skn.pokkrong@dopa-skn.go.th "
                                  "ภายในวันที่ ๒๑ เม.ย. ๖๙ (ไม่ต้องตอบในกลุ่มนี้)"), near=NM_OFFICE)
    L.add(16, "14:21:20", O3, "file", att="แบบรายงานตรวจร้านสุรา.xlsx")
    L.add(16, "15:10:10", "coord:waritch", text="อ.วาริชภูมิ ดำเนินการตามหนังสือแล้วครับ ตั้งด่านชุมชน ๔ จุด ตรวจร้านค้า ๑๒ ร้าน",
          truth=[("SKN-2P", "ปลัดศุภ วาริชฯ", "a report by a coordinating deputy: members may not post reports here")])
    # Friday
    L.add(17, "09:00:30", O1, text=("ที่ สน ๐๐๑๘.๓/ว ๑๑๘๐ เรื่อง การรายงานสถิติอุบัติเหตุทางถนนช่วง ๗ วันอันตราย "
                                  "ขอให้อำเภอตรวจสอบข้อมูลในระบบ ศปถ. ให้ถูกต้องครบถ้วนภายในวันที่ ๑๘ เม.ย. ๖๙"), near=NM_OFFICE)
    L.imgs(17, "09:01:00", O1, 3)
    L.add(17, "09:05:20", "dep:sawang", text="รับทราบครับ",
          truth=[("SKN-2", "ปลัดดิศ สว่างฯ", "a deputy district chief who is not the coordinating deputy is not admitted to ปค.สน."),
                 ("SKN-2P", "ปลัดดิศ สว่างฯ", "an acknowledgement by a non-office member")])
    L.add(17, "13:30:00", O2, text=("แจ้งเวียน หนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๒/ว ๒๓๐๑ เรื่อง การรับสมัครจิตอาสาพระราชทาน "
                                  "รุ่นพิเศษ ขอให้อำเภอประชาสัมพันธ์ให้ประชาชนทราบโดยทั่วกัน"), near=NM_OFFICE)
    L.add(17, "13:30:40", O2, "file", att="มท0307.2-ว2301.pdf")
    L.add(17, "16:00:10", O3, text="ขอให้อำเภอจัดส่งบัญชีรายชื่อปลัดอำเภอเวรประจำจุดตรวจ ช่วงวันที่ ๑๘–๑๙ เม.ย. ทางอีเมลภายในวันนี้",
          near=NM_OFFICE)
    L.imgs(17, "16:00:40", O3, 1)
    return L

def palad():
    L = Log("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน.")
    P = "palad"
    L.add(13, "07:45:00", P, text="สวัสดีวันสงกรานต์ครับท่านนายอำเภอทุกท่าน ขอให้ทุกท่านมีความสุข สุขภาพแข็งแรงครับ 💦")
    L.add(13, "07:50:10", "chief:muang", "sticker", near="a district chief's sticker in ปจ.สน.: acks are not needed here, but not forbidden (no posting finding)")
    L.add(13, "09:15:20", P, text=("ส่งต่อข้อสั่งการกรมการปกครอง ท่านอธิบดีเน้นย้ำให้นายอำเภอออกตรวจเยี่ยมจุดบริการประชาชนและด่านชุมชนด้วยตนเอง "
                                "ตลอดช่วง ๗ วันอันตราย ครับ"))
    L.imgs(13, "09:15:50", P, 2)
    L.add(13, "09:20:00", "chief:sawang", text="รับทราบครับท่าน", near="a district chief's acknowledgement in ปจ.สน.: 'need not' is not 'may not', no finding")
    L.add(13, "09:22:30", "coord:phonna", text="รับทราบครับ",
          truth=[("SKN-3", "ปลัดอุดม พนก.", "a coordinating deputy is not admitted to ข้อสั่งการ ปจ.สน. (palad and district chiefs only)")])
    L.add(13, "09:25:10", "chief:phanna", disp="นายชาญวิทย์ ศรีสะอาด", sid=False, text="รับทราบครับ จะออกตรวจทุกจุดครับ",
          near="'นายชาญวิทย์ ศรีสะอาด' is the roster's ชาญวิทย์ ศรีสะอาด (district chief of พรรณานิคม) with the title นาย: not an outsider")
    L.add(13, "19:40:00", P, text="ข่าวจากศูนย์ปฏิบัติการความปลอดภัยทางถนน สถิติวันที่ ๑๒ เม.ย. ๖๙ ทั่วประเทศ เกิดอุบัติเหตุ ๓๓๔ ครั้ง เสียชีวิต ๔๑ ราย เพื่อทราบครับ")
    L.add(14, "08:30:00", P, text="ท่านผู้ว่าฯ ฝากขอบคุณทุกอำเภอที่ดูแลจุดบริการเมื่อวานครับ")
    L.add(14, "08:32:10", "chief:akat", text="ขอบคุณครับท่าน 🙏")
    L.add(14, "10:00:15", "chief:khamta", "system", event="invite", target=name("coord:khamta"),
          truth=[("SKN-3", "ปลัดธวัช คตล.", "a coordinating deputy is not admitted to ปจ.สน. (invited by นอภ.คำตากล้า สมบัติ)"),
                 ("SKN-ALL", "ปลัดธวัช คตล.", "invitee: on the roster but not admitted to ปจ.สน."),
                 ("SKN-ALL", "นอภ.คำตากล้า สมบัติ", "inviter of a non-admitted roster person into ปจ.สน.")])
    L.add(14, "10:02:00", "coord:khamta", text="สวัสดีครับท่าน")
    L.add(14, "14:30:00", P, text=("ข้อสั่งการกรมการปกครอง เรื่อง การดูแลความสงบเรียบร้อยในงานประเพณีสงกรานต์ "
                                "ให้นายอำเภอกำชับกำนันผู้ใหญ่บ้านเฝ้าระวังการทะเลาะวิวาท"))
    L.add(14, "14:30:40", P, "file", att="ข้อสั่งการ_ปค_สงกรานต์69.pdf")
    L.add(14, "14:40:00", "chief:charoen", text="อ.เจริญศิลป์ ดำเนินการแล้วครับ ประชุมกำนันผู้ใหญ่บ้านเมื่อวันที่ ๑๑ เม.ย. ครบทุกตำบลครับ",
          near="a district chief's report in ปจ.สน.: not needed, but no posting finding (EVAL-RULES SKN-3)")
    L.add(14, "16:00:00", "Nok Shop 🛍️", "system", event="join",
          truth=[("OUTSIDER", "Nok Shop 🛍️", "not on the roster; joined ปจ.สน. by link/QR code")])
    L.add(14, "16:01:20", "Nok Shop 🛍️", text="ครีมกันแดดสูตรเย็น ลดราคาช่วงสงกรานต์ 2 หลอด 299 บาท ทักได้ค่ะ ☀️")
    L.add(14, "16:05:00", P, "system", event="remove", target="Nok Shop 🛍️")
    L.add(14, "19:00:00", P, text="ข่าวจาก ศปถ. สถิติสะสม ๓ วัน (๑๑–๑๓ เม.ย.) จังหวัดสกลนคร เกิดอุบัติเหตุ ๒๙ ครั้ง บาดเจ็บ ๓๔ ราย เสียชีวิต ๕ ราย เพื่อทราบและเฝ้าระวังครับ")
    L.imgs(14, "19:00:40", P, 1)
    L.add(14, "19:05:00", "chief:banmuang", text="รับทราบครับท่าน จะเข้มงวดด่านชุมชนเพิ่มครับ")
    L.add(14, "19:06:30", "chief:waritch", text="รับทราบค่ะ")
    L.add(15, "08:00:00", P, text="อรุณสวัสดิ์ครับ วันนี้อากาศร้อนจัด ๔๒ องศา ขอให้ทุกท่านดูแลสุขภาพครับ")
    L.add(15, "08:05:00", "chief:kusuman", "sticker")
    L.add(15, "11:00:20", P, text=("แจ้งเพื่อทราบ กรมการปกครองจะประชุมทางไกล (VDO Conference) ติดตามสถานการณ์ ๗ วันอันตราย "
                                "วันที่ ๑๖ เม.ย. ๖๙ เวลา ๐๙.๐๐ น. ขอให้นายอำเภอเข้าร่วม ณ ห้องประชุมอำเภอ"))
    L.imgs(15, "11:00:50", P, 1)
    L.add(15, "11:05:00", "chief:wanon", text="รับทราบครับ จะเข้าร่วมครับ", near="district chief's ack in ปจ.สน.: no finding")
    L.add(15, "11:06:10", "chief:phangkhon", text="ทราบครับท่าน")
    L.add(15, "21:10:00", "chief:songdao", text="เรียนท่านปลัดจังหวัด เย็นนี้มีเด็กจมน้ำที่ห้วยทราย ต.ส่องดาว ๑ ราย ช่วยได้ทันปลอดภัยแล้วครับ",
          near="a district chief's information to the palad in ปจ.สน.: no posting rule here")
    L.add(15, "21:15:00", P, text="ขอบคุณครับท่าน ฝากดูแลครอบครัวเด็กด้วยครับ")
    L.add(16, "12:30:00", P, text=("สรุปข้อสั่งการจากการประชุมทางไกลเช้านี้ ๑) ให้นายอำเภอรายงานเหตุสำคัญทันที ๒) เข้มงวดด่านชุมชน "
                                "๓) ดูแลผู้สูงอายุช่วงอากาศร้อน"))
    L.add(16, "12:35:00", "chief:taongoi", text="รับทราบครับ")
    L.add(16, "12:36:20", "chief:nikhom", text="รับทราบและถือปฏิบัติครับ", near="ack containing 'ถือปฏิบัติ' by a district chief in ปจ.สน.: acknowledgement, no finding")
    L.add(16, "12:40:00", "chief:khoksi", "sticker")
    L.add(16, "18:00:00", P, text="ขอแสดงความเสียใจกับครอบครัวปลัดอำเภอบ้านม่วงที่ประสบอุบัติเหตุเมื่อวาน ขอให้หายไวๆ ครับ")
    L.add(16, "18:03:00", "chief:banmuang", text="ขอบคุณครับท่าน อาการดีขึ้นแล้วครับ 🙏")
    L.add(16, "18:05:00", "chief:sawang", text="ขอให้หายไวๆ ครับ")
    L.add(17, "08:20:00", P, text="ส่งต่อหนังสือกรมการปกครอง เรื่อง ขอบคุณการปฏิบัติงานช่วงสงกรานต์ เพื่อทราบครับ")
    L.add(17, "08:20:40", P, "file", att="มท_ขอบคุณสงกรานต์69.pdf")
    L.add(17, "08:25:00", "chief:phuphan", text="ขอบคุณครับท่าน 🙏")
    L.add(17, "17:30:00", P, text="สัปดาห์นี้ทุกท่านเหนื่อยมาก ขอบคุณมากครับ เดินทางปลอดภัยครับ")
    L.add(17, "17:35:00", "chief:waritch", "sticker")
    return L

def executives():
    L = Log("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ")
    G, V1, V2, V3, P = "gov", "vg1", "vg2", "vg3", "palad"
    L.add(13, "06:30:00", G, text="สวัสดีปีใหม่ไทยครับ ขอให้ทุกท่านมีความสุข และดูแลพี่น้องประชาชนให้ปลอดภัยตลอดช่วงสงกรานต์ครับ 💦")
    for t, k, txt in [("06:35:10", "chief:muang", "สวัสดีปีใหม่ไทยครับท่านผู้ว่าฯ 🙏"), ("06:36:00", "chief:phuphan", None),
                      ("06:40:20", "vg2", "สุขสันต์วันสงกรานต์ค่ะ 💐"), ("06:41:00", "chief:akat", "สวัสดีครับท่าน ขอให้ท่านมีความสุขครับ"),
                      ("06:45:00", "chief:waritch", "สวัสดีปีใหม่ไทยค่ะท่าน 🙏💦")]:
        L.add(13, t, k, "sticker" if txt is None else "text", txt)
    L.add(13, "08:00:30", G, text=("ข้อสั่งการผู้ว่าราชการจังหวัด ๑) ให้นายอำเภอออกตรวจจุดบริการประชาชนทุกวัน ๒) เกิดเหตุสำคัญให้รายงานในกลุ่มนี้ทันที "
                                  "๓) เน้นย้ำด่านชุมชนสกัดผู้ขับขี่ที่ดื่มสุรา"), near="the governor's order: allowed (SKN-4P)")
    L.imgs(13, "08:01:00", G, 2)
    for t, k, txt in [("08:03:00", "chief:kusuman", "รับทราบครับท่าน"), ("08:03:40", "chief:sawang", "รับทราบและถือปฏิบัติครับ"),
                      ("08:04:30", "chief:charoen", "รับทราบครับ จะกำชับทุกด่านถือปฏิบัติครับ"), ("08:05:00", "chief:taongoi", None)]:
        L.add(13, t, k, "sticker" if txt is None else "text", txt,
              near="acknowledgement with order words by a district chief: not an order, no SKN-4P" if k == "chief:charoen" else None)
    L.add(13, "13:40:00", "chief:phangkhon", text="เรียนท่านผู้ว่าฯ อ.พังโคน ตรวจเยี่ยมจุดบริการบ้านแร่ เรียบร้อยดีครับ ผู้ใช้บริการหนาแน่น")
    L.imgs(13, "13:40:30", "chief:phangkhon", 2)
    L.add(13, "13:45:00", G, text="ขอบคุณครับท่านนายอำเภอ 👍")
    L.add(13, "23:20:10", "chief:wanon", text=("แจ้งเหตุ เมื่อเวลา ๒๒.๔๐ น. เกิดอุบัติเหตุรถจักรยานยนต์ชนกระบะ ถนนสาย ๒๒ บ้านหนองแวง อ.วานรนิวาส "
                                           "ผู้บาดเจ็บ ๒ ราย นำส่ง รพ.วานรนิวาส ผู้เสียชีวิต ๑ ราย ครับ"),
          near="late-night incident notice by a district chief: allowed in this group (SKN-4P)")
    L.imgs(13, "23:20:50", "chief:wanon", 2)
    L.add(13, "23:25:00", V1, text="รับทราบครับ ฝากท่านนายอำเภอดูแลครอบครัวผู้เสียชีวิตด้วยครับ")
    # Tuesday
    L.add(14, "07:00:00", G, text="อรุณสวัสดิ์ครับ วันครอบครัว ขอให้ทุกท่านใช้เวลากับครอบครัวบ้างนะครับ")
    L.add(14, "08:30:20", P, text="ขอให้นายอำเภอทุกอำเภอส่งรายชื่อปลัดอำเภอเวรประจำด่านชุมชน มาที่ปลัดจังหวัดภายในวันนี้ครับ",
          truth=[("SKN-4P", "ปจ.สน. ณรงค์ฤทธิ์", "an order to the group by the provincial palad; this group receives orders from the governor and vice governors only")])
    L.add(14, "08:32:00", "chief:khamta", text="รับทราบครับท่าน")
    L.add(14, "10:15:00", V2, text="ขอให้นายอำเภอที่มีแหล่งน้ำท่องเที่ยว จัดเจ้าหน้าที่เฝ้าระวังการจมน้ำตลอดวันนะคะ โดยเฉพาะหนองหาร",
          near="a vice governor's order: allowed")
    L.add(14, "10:16:30", "chief:muang", text="รับทราบครับท่านรอง จัดกู้ภัยประจำหนองหารแล้ว ๓ จุดครับ")
    L.add(14, "11:50:00", "ah:dpm", text="สถิติอุบัติเหตุจังหวัดสกลนคร วันที่ ๑๓ เม.ย. ๖๙ เกิดเหตุ ๑๑ ครั้ง บาดเจ็บ ๑๓ ราย เสียชีวิต ๒ ราย ครับ",
          truth=[("SKN-4", "หน.ปภ.สน. อดิเรก", "an agency head is not admitted to ผู้บริหารจังหวัด และนายอำเภอ")])
    L.add(14, "14:05:00", "chief:nikhom", text="เรียนท่านผู้ว่าฯ ขอรายงานว่าด่านชุมชน อ.นิคมน้ำอูน ๑๒ ด่าน ปฏิบัติครบทุกด่านครับ",
          near="a report addressed to the governor by a district chief: allowed")
    L.add(14, "15:30:00", "chief:muang", text="ขอให้นายอำเภอทุกท่านช่วยส่งสถิติอุบัติเหตุของอำเภอมาที่ผมด้วยครับ จะรวบรวมเสนอท่านผู้ว่าฯ ทุกเย็น",
          truth=[("SKN-4P", "นอภ.เมืองสกลฯ ธนากร", "a district chief directs the other districts (an order) in this group")])
    L.add(14, "15:32:00", "chief:phonna", text="ได้ครับท่าน")
    L.add(14, "20:10:00", V1, "system", event="invite", target="ตุ๊ก เลขาฯ รองประจักษ์",
          truth=[("OUTSIDER", "ตุ๊ก เลขาฯ รองประจักษ์", "not on the roster; added to ผู้บริหารจังหวัด และนายอำเภอ by รองฯ ประจักษ์")])
    L.add(14, "20:12:00", "ตุ๊ก เลขาฯ รองประจักษ์", text="สวัสดีค่ะ เลขาท่านรองประจักษ์ค่ะ จะช่วยประสานงานแทนท่านค่ะ 🙏")
    L.add(14, "22:55:40", "chief:songdao", text=("เหตุด่วน เวลา ๒๒.๑๕ น. เกิดเหตุเพลิงไหม้บ้านเรือนราษฎร ๑ หลัง บ้านคำเพิ่ม ต.ส่องดาว "
                                              "ไม่มีผู้บาดเจ็บ ดับเพลิงได้แล้ว กำลังสำรวจความเสียหายครับ"),
          near="incident notice by a district chief: allowed")
    L.imgs(14, "22:56:20", "chief:songdao", 3)
    L.add(14, "23:00:00", G, text="ขอบคุณครับ ฝากดูแลผู้ประสบภัยด้วยครับ")
    # Wednesday
    L.add(15, "06:45:00", G, text="วันนี้กรมอุตุฯ เตือนอากาศร้อนจัด ขอให้นายอำเภอแจ้งจุดบริการจัดน้ำดื่มและจุดพักร้อนให้ประชาชนครับ",
          near="the governor's order: allowed")
    for t, k in [("06:47:00", "chief:kutbak"), ("06:48:10", "chief:sawang"), ("06:50:00", "chief:banmuang")]:
        L.add(15, t, k, text="รับทราบครับท่าน")
    L.add(15, "09:10:00", V3, text="ขอเชิญนายอำเภอทุกท่านร่วมประชุมติดตามสถานการณ์ ๗ วันอันตราย วันที่ ๑๖ เม.ย. เวลา ๑๓.๓๐ น. ผ่านระบบ Zoom ครับ",
          near="a vice governor's meeting call (an order): allowed")
    L.add(15, "09:12:00", "chief:akat", text="รับทราบครับ")
    L.add(15, "16:20:30", "chief:taongoi", text=("แจ้งเหตุเด็กจมน้ำ เวลา ๑๕.๕๐ น. ที่อ่างเก็บน้ำห้วยโท ต.เต่างอย เด็กชาย อายุ ๙ ปี "
                                              "กู้ภัยนำส่ง รพ.เต่างอย อาการปลอดภัยครับ"), near="incident notice by a district chief: allowed")
    L.add(15, "16:22:00", V2, text="ขอบคุณค่ะ ฝากติดป้ายเตือนบริเวณอ่างด้วยนะคะ")
    L.add(15, "16:25:00", "chief:taongoi", text="รับทราบครับท่าน จะดำเนินการทันทีครับ")
    L.add(15, "19:05:10", "coord:akat", text=("เรียนท่านผู้ว่าฯ ปลัดสุริยาแจ้งเหตุแทนท่านนายอำเภอ เกิดพายุฤดูร้อนพัดบ้านเรือนเสียหาย ๑๒ หลัง "
                                           "ต.โพนงาม อ.อากาศอำนวย ไม่มีผู้บาดเจ็บครับ"),
          truth=[("SKN-4", "ปลัดสุริยา อากาศ", "a coordinating deputy is not admitted to ผู้บริหารจังหวัด และนายอำเภอ (posting on the chief's behalf does not make him eligible)")])
    L.imgs(15, "19:05:50", "coord:akat", 3)
    L.add(15, "19:10:00", G, text="ขอบคุณครับ ให้อำเภอประสาน ปภ. ช่วยเหลือเร่งด่วนครับ", near="the governor's order: allowed")
    L.add(15, "21:40:00", "chief:kusuman", text=("แจ้งเหตุ เวลา ๒๑.๑๐ น. เกิดเหตุทะเลาะวิวาทในงานสงกรานต์บ้านนาเพียง ต.กุสุมาลย์ "
                                              "ผู้บาดเจ็บ ๑ ราย ตำรวจควบคุมตัวผู้ก่อเหตุได้แล้วครับ"), near="incident notice by a district chief: allowed")
    L.add(15, "21:45:00", V1, text="รับทราบครับ ขอบคุณท่านนายอำเภอ")
    L.add(15, "22:10:00", "chief:kusuman", text="เรียนท่านรองฯ ผู้บาดเจ็บอาการปลอดภัยแล้ว ไม่มีเหตุซ้ำครับ", near="a follow-up report to the vice governor: allowed")
    # Thursday
    L.add(16, "07:30:00", "chief:wanon", text="อรุณสวัสดิ์ครับท่าน 🙏")
    L.add(16, "07:31:00", "chief:kutbak", "sticker")
    L.add(16, "08:10:00", V1, text="ขอให้ทุกอำเภอเข้มงวดด่านชุมชนช่วงขากลับของประชาชนวันนี้และพรุ่งนี้ครับ", near="a vice governor's order: allowed")
    L.add(16, "08:12:00", "chief:kusuman", text="รับทราบครับท่าน")
    L.add(16, "08:12:40", "chief:phonna", "sticker")
    L.add(16, "11:45:00", "chief:kutbak", text="เรียนท่านรองฯ อ.กุดบาก ด่านชุมชนเรียกตรวจ ๒๔๐ คัน พบดื่มสุรา ๓ ราย ดำเนินคดีแล้วครับ",
          near="a district chief's report to a vice governor: allowed")
    L.add(16, "14:10:00", "chief:khoksi", text="ขอให้ทุกท่านเดินทางปลอดภัยครับ", near="courtesy using order words ('ขอให้…'): chat, not an order")
    L.add(16, "21:30:00", "chief:phanna", text=("แจ้งเหตุ เวลา ๒๐.๔๕ น. รถกระบะพลิกคว่ำ ทางหลวง ๒๒ ช่วงบ้านนาหัวบ่อ อ.พรรณานิคม "
                                             "บาดเจ็บ ๔ ราย ไม่มีผู้เสียชีวิตครับ"), near="incident notice by a district chief: allowed")
    L.add(16, "21:33:00", G, text="ขอบคุณครับท่าน")
    # Friday
    L.add(17, "07:00:00", G, text="วันสุดท้ายของ ๗ วันอันตราย ขอให้ทุกอำเภอคงความเข้มข้นไว้จนเที่ยงคืนครับ", near="the governor's order: allowed")
    L.add(17, "07:02:00", "chief:muang", text="รับทราบครับท่าน")
    L.add(17, "07:03:00", "chief:charoen", text="รับทราบครับ")
    L.add(17, "07:05:00", "chief:waritch", "sticker")
    L.add(17, "12:00:00", P, text="เรียนท่านผู้ว่าฯ สรุปสถิติ ๖ วัน จังหวัดสกลนคร เกิดอุบัติเหตุ ๕๒ ครั้ง บาดเจ็บ ๕๙ ราย เสียชีวิต ๗ ราย ครับ",
          near="the palad's information/report to the governor: allowed, not an order")
    L.add(17, "12:05:00", G, text="ขอบคุณครับ ขอให้ลดให้ได้ในวันสุดท้ายครับ")
    L.add(17, "15:40:00", "chief:khamta", text=("แจ้งเหตุ เวลา ๑๕.๑๐ น. ชายอายุ ๖๗ ปี หมดสติจากอากาศร้อนขณะทำนา บ้านดงบัง อ.คำตากล้า "
                                             "นำส่ง รพ.คำตากล้า อยู่ระหว่างการรักษาครับ"), near="incident notice by a district chief: allowed")
    L.imgs(17, "15:40:40", "chief:khamta", 1)
    L.add(17, "15:45:00", G, text="ขอบคุณครับ ให้ อสม. เยี่ยมผู้สูงอายุที่อยู่ลำพังในหมู่บ้านด้วยครับ", near="the governor's order: allowed")
    L.add(17, "15:46:00", "chief:khamta", text="รับทราบครับท่าน")
    L.add(17, "18:00:00", V2, text="ขอบคุณนายอำเภอทุกท่านค่ะ เหนื่อยกันทั้งสัปดาห์ 🙏")
    L.add(17, "18:01:00", "chief:phanna", text="ขอบคุณครับท่านรอง 🙏")
    L.add(17, "18:03:30", "chief:nikhom", "sticker")
    L.add(17, "18:02:00", "chief:sawang", "sticker")
    return L

def agency():
    L = Log("agency-heads.jsonl", "หน.ส่วนราชการ-นอภ.สน.")
    G, V1, V2, V3 = "gov", "vg1", "vg2", "vg3"
    L.add(13, "06:40:00", G, text="สวัสดีปีใหม่ไทย ๒๕๖๙ ครับ ขอให้หัวหน้าส่วนราชการและนายอำเภอทุกท่านมีความสุขครับ 💦")
    for t, k, txt in [("06:42:00", "ah:ssj", "สวัสดีปีใหม่ไทยครับท่านผู้ว่าฯ 🙏"), ("06:43:10", "ah:culture", None),
                      ("06:44:00", "ah:edu", "สุขสันต์วันสงกรานต์ค่ะ 💦"), ("06:46:00", "chief:kusuman", "สวัสดีครับท่าน 🙏"),
                      ("06:50:00", "ah:agri", "ขอให้ทุกท่านมีความสุขในวันสงกรานต์ครับ")]:
        L.add(13, t, k, "sticker" if txt is None else "text", txt,
              near="courtesy using order words ('ขอให้…'): chat, not a report" if k == "ah:agri" else None)
    L.add(13, "07:30:00", "retired", text="สวัสดีปีใหม่ไทยครับ ขอให้ทุกท่านมีความสุขครับ 🙏💦",
          truth=[("SKN-6", "ลุงบุญทัน (อดีต นอภ.)", "a retired official is not admitted to หน.ส่วนราชการ-นอภ.สน.")])
    L.add(13, "08:15:00", G, text=("ข้อสั่งการ ขอให้หัวหน้าส่วนราชการที่เกี่ยวข้องสนับสนุนกำลังพลประจำจุดบริการประชาชนของอำเภอ "
                                  "และให้ทุกหน่วยเตรียมพร้อมรับเหตุตลอด ๒๔ ชม. ช่วง ๑๑–๑๗ เม.ย. ๖๙"), near="the governor's order: allowed")
    L.add(13, "08:15:40", G, "file", att="คำสั่งจังหวัด_ศปถ_สงกรานต์69.pdf")
    for t, k, txt in [("08:17:00", "ah:police", "รับทราบครับท่าน"), ("08:17:30", "ah:doh", "รับทราบครับ จะกำชับเจ้าหน้าที่ทุกจุดถือปฏิบัติ"),
                      ("08:18:10", "ah:ssj", "รับทราบครับ"), ("08:19:00", "chief:waritch", "รับทราบค่ะ")]:
        L.add(13, t, k, text=txt, near="acknowledgement containing 'ถือปฏิบัติ' by an agency head: an ack, not a report" if k == "ah:doh" else None)
    L.add(13, "08:25:00", "st:dpm", text="รับทราบครับ (แทน หน.ปภ.สน.)",
          truth=[("SKN-6", "จิรายุ ปภ.สน.", "a deputy of an agency head posting in the head's place: heads must join in person")])
    L.add(13, "15:10:00", "ah:ssj", text=("ผลการดำเนินงาน สสจ.สกลนคร ช่วงสงกรานต์ วันที่ ๑๓ เม.ย. ตั้งจุดปฐมพยาบาล ๔๕ จุด "
                                        "ให้บริการประชาชน ๑,๒๔๐ ราย ครับ"),
          truth=[("SKN-6P", "สสจ.สน. หมอธีร์", "an agency's performance result posted in หน.ส่วนราชการ-นอภ.สน. (งดการส่งรายงาน)")])
    L.imgs(13, "15:10:40", "ah:ssj", 2)
    L.add(13, "16:00:00", "ah:edu", text="ขออนุญาตสอบถามค่ะ โรงเรียนที่ใช้เป็นจุดพักรถ ต้องขออนุญาตจังหวัดหรือไม่คะ",
          near="a question by an agency head: allowed (no rule against questions here)")
    L.add(13, "16:10:00", V3, text="ไม่ต้องขออนุญาตครับ ให้ประสานอำเภอในพื้นที่ได้เลยครับ")
    # Tuesday
    L.add(14, "07:20:00", V2, text="อรุณสวัสดิ์ค่ะ วันครอบครัว 💐")
    L.add(14, "07:21:00", "ah:msdhs", "sticker")
    L.add(14, "09:00:00", "ah:culture", "system", event="invite", target=name("st:culture"),
          truth=[("SKN-6", "ภูมิ วธ.สน. 📸", "a clerk (staff) is not admitted to หน.ส่วนราชการ-นอภ.สน. (invited by วธ.สน. รัชนี 🎭)"),
                 ("SKN-ALL", "ภูมิ วธ.สน. 📸", "invitee: on the roster (staff) but not admitted"),
                 ("SKN-ALL", "วธ.สน. รัชนี 🎭", "inviter of her clerk into หน.ส่วนราชการ-นอภ.สน.")])
    L.add(14, "09:05:00", "st:culture", text="ขอเชิญร่วมงานประเพณีสรงน้ำพระธาตุเชิงชุม วันที่ ๑๕ เม.ย. ๖๙ เวลา ๑๖.๐๐ น. ณ วัดพระธาตุเชิงชุมวรวิหาร ครับ 🙏")
    L.imgs(14, "09:05:40", "st:culture", 2)
    L.add(14, "11:30:00", G, text="ขอให้ทุกหน่วยงานร่วมกิจกรรมสรงน้ำพระธาตุเชิงชุม วันที่ ๑๕ เม.ย. โดยพร้อมเพรียงกันครับ", near="the governor's order: allowed")
    L.add(14, "11:32:00", "ah:local", text="รับทราบครับท่าน")
    L.add(14, "11:33:00", "chief:muang", text="รับทราบครับ")
    L.add(14, "13:20:00", "chief:wanon", text=("รายงานผลการปฏิบัติงานจุดบริการประชาชน อ.วานรนิวาส วันที่ ๑๓ เม.ย. จุดบริการ ๔ จุด "
                                            "ผู้รับบริการ ๕๑๒ ราย อุบัติเหตุ ๑ ครั้งครับ"),
          truth=[("SKN-6P", "ไพโรจน์ ท.", "a district chief posts his service points' performance report in หน.ส่วนราชการ-นอภ.สน.")])
    L.add(14, "16:40:00", "ประกันภัย พี่โอ๋ 🚗", text="ต่อ พ.ร.บ. ประกันรถยนต์ ช่วงสงกรานต์ ลด 15% ผ่อน 0% สนใจทักไลน์ได้เลยครับ",
          truth=[("OUTSIDER", "ประกันภัย พี่โอ๋ 🚗", "not on the roster; posts a sale (first appearance in the log is this post)")])
    L.add(14, "16:45:00", V1, text="ขออนุญาตนำออกจากกลุ่มนะครับ")
    L.add(14, "16:45:20", V1, "system", event="remove", target="ประกันภัย พี่โอ๋ 🚗")
    # Wednesday
    L.add(15, "07:00:00", "ah:prd", text="ส่งต่อข่าวจากกรมอุตุนิยมวิทยา: ประกาศเตือนพายุฤดูร้อน ฉบับที่ ๔ (๑๕–๑๗ เม.ย.) ภาคตะวันออกเฉียงเหนือ https://www.tmd.go.th/",
          near="a forward of the Met Department's warning: not a report or a performance result")
    L.add(15, "08:30:00", G, text="ขอให้ทุกหน่วยงานเตรียมพร้อมรับมือพายุฤดูร้อนตามประกาศกรมอุตุฯ ครับ", near="the governor's order: allowed")
    L.add(15, "08:31:30", "ah:dpm", text="รับทราบครับท่าน")
    L.add(15, "08:32:00", "ah:local", text="รับทราบครับ")
    L.add(15, "12:15:00", "ah:dpm", text=("ผลการดำเนินงาน ศปถ.จังหวัดสกลนคร ๒ วันแรก (๑๑–๑๒ เม.ย.) เกิดอุบัติเหตุ ๑๘ ครั้ง บาดเจ็บ ๒๑ ราย "
                                        "เสียชีวิต ๓ ราย ตั้งด่านชุมชน ๑๘๔ ด่าน เรียกตรวจ ๙,๘๕๐ คัน ครับ"),
          truth=[("SKN-6P", "หน.ปภ.สน. อดิเรก", "the disaster-prevention head posts his centre's performance results (figures of the road-safety centre)")])
    L.add(15, "17:30:00", "ah:culture", text="ขอบคุณทุกหน่วยงานที่ร่วมสรงน้ำพระธาตุเชิงชุมค่ะ 🙏")
    L.add(15, "17:32:00", "chief:phanna", text="ขอบคุณครับ")
    L.add(15, "19:00:00", V2, text="ขอเชิญหัวหน้าส่วนราชการร่วมพิธีรดน้ำขอพรท่านผู้ว่าราชการจังหวัด วันที่ ๑๖ เม.ย. เวลา ๑๖.๐๐ น. ณ ศาลากลางจังหวัดค่ะ",
          near="a vice governor's meeting/ceremony call (an order): allowed")
    for t, k in [("19:02:00", "ah:msdhs"), ("19:03:10", "ah:agri"), ("19:04:00", "ah:prd"), ("19:05:30", "chief:muang")]:
        L.add(15, t, k, text="รับทราบครับ" if k != "ah:msdhs" else "รับทราบค่ะ")
    # Thursday
    L.add(16, "08:00:00", G, text="พรุ่งนี้วันสุดท้ายของ ๗ วันอันตราย ขอให้ตำรวจ ขนส่ง และแขวงทางหลวง เพิ่มกำลังบนถนนสาย ๒๒ และ ๒๑๓ ครับ",
          near="the governor's order: allowed")
    L.add(16, "08:05:00", "ah:police", text="รับทราบครับท่าน")
    L.add(16, "08:06:00", "st:dlt", text="รับทราบครับ แจ้งท่านขนส่งจังหวัดแล้วครับ",
          truth=[("SKN-6", "เจษฎา ขนส่ง สน.", "a staff member of the transport office posts in the head's place: heads must join in person")])
    L.add(16, "08:08:00", "ah:doh", text="รับทราบครับ")
    L.add(16, "10:30:00", "ah:msdhs", text="ขอบคุณท่านผู้ว่าฯ ที่กรุณามอบของขวัญผู้สูงอายุเมื่อวันที่ ๑๓ ค่ะ 🙏")
    L.add(16, "15:00:00", "ah:agri", text="ขอแสดงความยินดีกับ ศธจ.สน. ที่ได้รับรางวัลหน่วยงานดีเด่นครับ 👏",
          near="congratulations mentioning another agency's award: chat (LABELS 5), not the poster's own report or result")
    L.add(16, "15:02:00", "ah:edu", text="ขอบคุณค่ะท่าน 🙏")
    L.add(16, "17:20:00", G, "image")
    L.add(16, "17:20:20", G, text="ขอบคุณทุกท่านที่มาร่วมพิธีรดน้ำขอพรเย็นนี้ครับ 🙏💐")
    L.add(16, "17:25:00", "vg2", "sticker")
    L.add(16, "17:30:00", "ah:police", text="ขอบคุณครับ")
    # Friday
    L.add(17, "07:10:00", G, text="อรุณสวัสดิ์ครับ วันสุดท้ายของ ๗ วันอันตราย ฝากทุกหน่วยช่วยกันครับ")
    L.add(17, "07:12:00", "chief:akat", text="รับทราบครับท่าน")
    L.add(17, "07:13:00", "ah:ssj", "sticker")
    L.add(17, "14:00:00", "ah:doh", text=("แขวงทางหลวงสกลนคร ขอรายงานผลการดำเนินงาน ตั้งจุดบริการ ๖ จุด ซ่อมผิวทาง ๔ กม. "
                                        "ติดตั้งไฟส่องสว่างเพิ่ม ๒๐ จุด ช่วงสงกรานต์ครับ"),
          truth=[("SKN-6P", "แขวงทางหลวงสน. วีระพงษ์", "an agency head posts his agency's achievements/performance results")])
    L.imgs(17, "14:00:40", "ah:doh", 3)
    L.add(17, "14:10:00", "chief:khoksi", text="ขอสอบถามครับ ท่านผู้ว่าฯ จะประชุมสรุปผลสงกรานต์วันไหนครับ",
          near="a district chief's question upward: a question, not a report")
    L.add(17, "14:20:00", V3, text="วันจันทร์ที่ ๒๐ เม.ย. เวลา ๑๐.๐๐ น. ครับ")
    L.add(17, "17:00:00", G, text="ขอบคุณทุกส่วนราชการและนายอำเภอทุกท่านครับ สัปดาห์หน้าพบกันในการประชุมสรุปผลครับ")
    L.add(17, "17:05:00", "chief:phuphan", "sticker")
    return L
