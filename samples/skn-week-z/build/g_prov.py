# ข้อสั่งการ ปค.สน., ข้อสั่งการ ปจ.สน. and นักปกครองสกลนคร
from core import msg, post, sticker, at, T, GROUP
from people import dkey, disp

PK = "pk-orders.jsonl"
PJ = "palad-orders.jsonl"
AD = "administrators.jsonl"
GROUP[PK] = "ข้อสั่งการ ปค.สน."
GROUP[PJ] = "ข้อสั่งการ ปจ.สน."
GROUP[AD] = "นักปกครองสกลนคร"

NM_ORDER = "the provincial office's own order with the letter's photos/PDF: the only posts this group is for"


def pk_order(day, hm, who, text, photos=0, files=(), near=True):
    m = post(PK, at(day, hm), who, text, photos=photos, files=files)
    if near:
        m["near"] = NM_ORDER
    return m


def build_pk():
    pk_order(2, "08:30", "adm1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๖๑๒ ลงวันที่ ๓๐ ม.ค. ๒๕๖๙\nเรื่อง การวางตัวเป็นกลางทางการเมืองของข้าราชการ ในการเลือกตั้ง ส.ส. ๘ ก.พ. ๖๙\n"
             "เรียน นอภ.ทุกอำเภอ\nจังหวัดขอให้อำเภอกำชับข้าราชการ กำนัน ผู้ใหญ่บ้าน ถือปฏิบัติตามระเบียบโดยเคร่งครัด รายละเอียดตามหนังสือ", photos=3)
    sticker(PK, at(2, "08:33"), dkey("พังโคน", "p"),
            truth=[T("SKN-2P", None, "a sticker from a coordinating deputy: members may not answer in this group")])
    msg(PK, at(2, "08:36"), dkey("ส่องดาว", "c"), "text", "รับทราบครับ",
        truth=[T("SKN-2P", None, "acknowledgement by a district chief")])
    msg(PK, at(2, "10:00"), "adm1", "system", event="invite", target=disp(dkey("นิคมน้ำอูน", "p")),
        near="the office adds a person with two roles (coordinating_deputy|volunteer_center_staff): admitted as coordinating deputy")
    pk_order(2, "13:15", "adm2",
             "ที่ สน ๐๐๑๘.๓/ว ๖๓๐ เรื่อง มาตรการห้ามเผาในที่โล่ง (อ้อย ตอซังข้าว เศษวัสดุการเกษตร) ช่วงวันที่ ๑ ก.พ. - ๓๐ เม.ย. ๒๕๖๙ "
             "ขอให้อำเภอแจ้ง อปท. กำนัน ผู้ใหญ่บ้าน ประชาสัมพันธ์และถือปฏิบัติ", files=["สน0018.3-ว630 ห้ามเผา.pdf"])
    msg(PK, at(2, "13:20"), dkey("อากาศอำนวย", "p"), "text", "ขอสอบถามครับ มาตรการนี้ใช้กับการเผาเศษใบไม้ในบ้านด้วยไหมครับ",
        truth=[T("SKN-2P", None, "a question to the group: members may not ask in this group")])
    msg(PK, at(2, "13:40"), "pal", "text",
        "กลุ่มนี้ไม่ต้องตอบรับนะครับ สงสัยรายละเอียดโทรสอบถามฝ่ายความมั่นคง ปค.จ. ได้โดยตรงครับ",
        near="the palad (provincial office) may post here; 'ไม่ต้องตอบรับ' is a note to members, not a violation")
    pk_order(3, "08:40", "adm3",
             "ที่ สน ๐๐๑๘.๑/ว ๖๔๑ เรื่อง จังหวัดเคลื่อนที่ ครั้งที่ ๒/๒๕๖๙ วันพฤหัสบดีที่ ๕ ก.พ. ๖๙ ณ อ.นิคมน้ำอูน "
             "ขอให้อำเภอพิจารณาส่งผู้แทนร่วมออกหน่วยบริการงานทะเบียนและบัตร", photos=2)
    msg(PK, at(3, "08:44"), "d03x", "text", "รับทราบครับ",
        near="sender 'ปลัดต้น' fits two roster people (กุดบาก and พรรณานิคม): ambiguous, never judged")
    pk_order(3, "14:00", "adm1",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๓/ว ๖๔๕ เรื่อง การให้บริการออกบัตรประจำตัวประชาชนเพื่อใช้แสดงตนในการเลือกตั้ง "
             "ขอให้สำนักทะเบียนอำเภอทุกแห่งเปิดให้บริการ วันเสาร์ที่ ๗ ก.พ. และวันอาทิตย์ที่ ๘ ก.พ. ๒๕๖๙ เวลา ๐๘.๐๐-๑๗.๐๐ น.",
             files=["สน0018.3-ว645 เปิดบริการบัตร.pdf"])
    msg(PK, at(3, "14:05"), dkey("บ้านม่วง", "c"), "text", "🙏",
        truth=[T("SKN-2P", None, "🙏 alone is a post (an acknowledgement)")])
    msg(PK, at(3, "17:20"), "d12x", "text", "รับทราบครับ",
        truth=[T("SKN-2", None, "an ordinary ปลัดอำเภอ (deputy_district_chief, not coordinating) is not admitted"),
               T("SKN-2P", None, "acknowledgement by a member")])
    pk_order(3, "10:30", "adm2",
             "ที่ สน ๐๐๑๘.๔/ว ๖๔๓ เรื่อง การเตรียมความพร้อมอาสารักษาดินแดน (อส.) ปฏิบัติหน้าที่รักษาความสงบเรียบร้อยประจำหน่วยเลือกตั้ง "
             "ขอให้อำเภอจัดทำคำสั่งและซักซ้อมแนวทางปฏิบัติ", photos=3)
    msg(PK, at(3, "10:41"), dkey("วานรนิวาส", "c"), "text", "ไฟล์ภาพหน้า ๒ ไม่ชัดครับ ขอไฟล์ PDF ได้ไหมครับ",
        truth=[T("SKN-2P", None, "a district chief asks the office in the group")])
    pk_order(3, "10:50", "adm2", "ไฟล์ PDF หนังสือ ว ๖๔๓ ค่ะ", files=["สน0018.4-ว643 อส.ประจำหน่วย.pdf"])
    pk_order(4, "09:00", "adm2",
             "ที่ สน ๐๐๑๘.๒/ว ๖๕๒ เรื่อง มาตรการป้องกันผลกระทบจากฝุ่นละออง PM2.5 ขอให้อำเภอเฝ้าระวังจุดความร้อน (Hotspot) "
             "และประชาสัมพันธ์ให้ประชาชนสวมหน้ากากอนามัย", photos=3)
    post(PK, at(4, "09:05"), dkey("คำตากล้า", "c"), None, photos=1,
         truth=[T("SKN-2P", None, "a photo posted by a district chief (a report photo in the orders-only group)")])
    pk_order(4, "15:30", "adm3",
             "ที่ สน ๐๐๑๘.๔/ว ๖๖๐ เรื่อง การตั้งจุดตรวจจุดสกัดยาเสพติดและอาวุธ ช่วงการเลือกตั้ง ขอให้อำเภอจัดกำลัง อส. ร่วมกับตำรวจ",
             files=["สน0018.4-ว660 จุดตรวจ.pdf"])
    msg(PK, at(4, "15:40"), dkey("วาริชภูมิ", "c"), "text", "อ.วาริชภูมิ ดำเนินการตั้งจุดตรวจแล้ว ๒ จุด บ้านหนองแวง และสามแยกวาริชครับ",
        truth=[T("SKN-2P", None, "a report by a district chief in the orders-only group")])
    pk_order(4, "11:00", "adm1",
             "ที่ สน ๐๐๑๘.๓/ว ๖๕๕ เรื่อง การรับสมัครบุคคลเพื่อบรรจุเป็นลูกจ้างประจำหน่วยเลือกตั้งทดแทน (กรณีกรรมการขาด) "
             "ขอให้อำเภอประสาน กกต.จังหวัด", files=["สน0018.3-ว655.pdf"])
    post(PK, at(4, "12:10"), dkey("วานรนิวาส", "p"),
         "ส่งต่อข่าวจาก กกต.: ประชาชนตรวจสอบสิทธิ์เลือกตั้งได้ทางแอป Smart Vote https://www.ect.go.th", photos=1,
         truth=[T("SKN-2P", None, "a forwarded news item by a coordinating deputy: any post by a member is a finding here")])
    msg(PK, at(4, "19:40"), "~Nong Bee ประกันภัย", "system", event="join",
        truth=[T("OUTSIDER", "Nong Bee ประกันภัย", "not on the roster; joined by link")])
    msg(PK, at(4, "19:55"), "adm1", "system", event="remove", target="Nong Bee ประกันภัย")
    msg(PK, at(5, "08:20"), dkey("วาริชภูมิ", "p"), "text", "สวัสดีวันพฤหัสครับ 🌼",
        truth=[T("SKN-2P", None, "a greeting (chat) by a coordinating deputy")])
    pk_order(5, "08:45", "adm1",
             "ที่ สน ๐๐๑๘.๒/ว ๖๗๑ เรื่อง การตรวจสอบป้ายหาเสียงที่ติดตั้งในที่สาธารณะ ขอให้อำเภอประสาน อปท. ตรวจสอบตามประกาศ กกต.",
             photos=2)
    pk_order(5, "10:00", "adm3",
             "ที่ สน ๐๐๑๘.๒/ว ๖๗๓ เรื่อง การรายงานสถานการณ์และเหตุการณ์สำคัญช่วงการเลือกตั้ง ผ่านศูนย์ปฏิบัติการ ปค.จ. ตลอด ๒๔ ชั่วโมง "
             "ตั้งแต่วันที่ ๖-๙ ก.พ. ๒๕๖๙", photos=2)
    pk_order(5, "14:10", "adm2",
             "ที่ สน ๐๐๑๘.๓/ว ๖๗๕ เรื่อง ซักซ้อมแนวทางการจ่ายค่าตอบแทนกำนัน ผู้ใหญ่บ้าน ที่ปฏิบัติหน้าที่ช่วงเลือกตั้ง",
             files=["สน0018.3-ว675.pdf", "แบบ ค.๑.pdf"])
    msg(PK, at(5, "14:15"), dkey("พังโคน", "v"), "text", "รับทราบค่ะ",
        truth=[T("SKN-2", None, "a district volunteer-centre officer is not admitted to ข้อสั่งการ ปค.สน."),
               T("SKN-2P", None, "acknowledgement by a member")])
    msg(PK, at(5, "16:02"), dkey("เจริญศิลป์", "c"), "system", event="leave")
    pk_order(6, "08:35", "adm3",
             "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๖๘๐ เรื่อง ห้ามจำหน่ายสุรา ตั้งแต่ ๑๘.๐๐ น. วันเสาร์ที่ ๗ ก.พ. ถึง ๒๔.๐๐ น. วันอาทิตย์ที่ ๘ ก.พ. ๒๕๖๙ "
             "ขอให้อำเภอแจ้งผู้ประกอบการและตรวจตราอย่างเคร่งครัด", photos=3)
    pk_order(6, "10:15", "adm2",
             "ที่ สน ๐๐๑๘.๑/ว ๖๘๕ เรื่อง ตารางเวรนายอำเภอและปลัดอำเภอประจำศูนย์ปฏิบัติการอำเภอ วันที่ ๗-๘ ก.พ. ๒๕๖๙",
             files=["ตารางเวร 7-8 ก.พ.69.pdf"], photos=1)
    msg(PK, at(6, "08:40"), dkey("พังโคน", "c"), "text", "ขอบคุณครับ",
        truth=[T("SKN-2P", None, "thanks (chat) by a district chief")])
    pk_order(6, "13:30", "adm1",
             "ที่ สน ๐๐๑๘.๑/ว ๖๙๑ เรื่อง แบบรายงานสถานการณ์วันเลือกตั้ง (รายงานผ่านระบบ ปค.) รายละเอียดตามไฟล์แนบ",
             files=["แบบรายงานวันเลือกตั้ง.pdf"])
    sticker(PK, at(6, "13:35"), dkey("พรรณานิคม", "p"),
            truth=[T("SKN-2P", None, "a sticker by a coordinating deputy")])
    msg(PK, at(6, "13:52"), "pal", "text",
        "ขอบคุณทุกอำเภอครับ ขอให้การเลือกตั้งวันอาทิตย์เรียบร้อยครับ",
        near="the palad may post in this group (posting rule only binds members other than the office and the palad)")


def build_pj():
    post(PJ, at(2, "07:50"), "pal",
         "ข้อสั่งการ อปค. (VDO Conference ๓๐ ม.ค. ๖๙)\n๑. เตรียมความพร้อมการเลือกตั้ง ส.ส. ๘ ก.พ.\n๒. ป้องกันไฟป่าและหมอกควัน\n"
         "๓. การวางตัวเป็นกลางของฝ่ายปกครอง\nรายละเอียดตามไฟล์ครับ", files=["ข้อสั่งการ อปค 30ม.ค.69.pdf"])
    msg(PJ, at(2, "07:58"), dkey("ภูพาน", "c"), "text", "รับทราบครับ",
        near="a district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: 'need not', not forbidden")
    sticker(PJ, at(2, "08:03"), dkey("บ้านม่วง", "c"), near="a district chief's sticker: no posting rule here")
    msg(PJ, at(2, "08:11"), dkey("อากาศอำนวย", "c"), "text", "ทราบครับท่าน ปจ.")
    msg(PJ, at(2, "08:25"), dkey("วานรนิวาส", "p"), "text", "รับทราบครับ (แทน นอภ.วานรนิวาส)",
        truth=[T("SKN-3", None, "a coordinating deputy is not admitted to ข้อสั่งการ ปจ.สน. (palad and district chiefs only)")])
    post(PJ, at(3, "07:40"), "pal",
         "ข่าวสาร: กรมการปกครองเน้นย้ำ นายอำเภอ ปลัดอำเภอ กำนัน ผู้ใหญ่บ้าน ห้ามแสดงออกทางการเมืองในสื่อออนไลน์ทุกช่องทาง "
         "ช่วงการเลือกตั้งครับ", photos=1)
    msg(PJ, at(3, "07:44"), dkey("เมืองสกลนคร", "c"), "text", "รับทราบและถือปฏิบัติครับ")
    msg(PJ, at(3, "07:50"), dkey("พังโคน", "c"), "text", "ครับผม")
    msg(PJ, at(3, "12:30"), dkey("พังโคน", "c"), "text",
        "เรียน ปจ. อ.พังโคน ได้ประชุมกำนัน ผู้ใหญ่บ้าน ชี้แจงการวางตัวเป็นกลางแล้ว เมื่อเช้านี้ครับ",
        near="a district chief's report in ข้อสั่งการ ปจ.สน.: reports are not needed here, but not forbidden")
    post(PJ, at(3, "12:31"), dkey("พังโคน", "c"), None, photos=2)
    msg(PJ, at(3, "12:40"), "pal", "text", "ขอบคุณครับ 👍")
    post(PJ, at(4, "08:10"), "adm3",
         "เรียน นอภ.ทุกอำเภอ ท่านปลัดจังหวัดฝากแจ้งกำหนดประชุมกรมการจังหวัด วันจันทร์ที่ ๙ ก.พ. ๖๙ เวลา ๐๙.๓๐ น. ห้องประชุมพระตำหนักภูพานค่ะ",
         files=["กำหนดการประชุม 9ก.พ.69.pdf"],
         truth=[T("SKN-3", None, "an office sending account (provincial_admin_staff) is not admitted to ข้อสั่งการ ปจ.สน.")])
    msg(PJ, at(4, "08:15"), dkey("เต่างอย", "c"), "text", "รับทราบครับ")
    msg(PJ, at(4, "08:22"), dkey("ส่องดาว", "c"), "text", "🙏")
    post(PJ, at(4, "16:00"), "pal",
         "ส่งต่อข้อสั่งการกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๒/ว ๑๑๒๓ เรื่อง การรักษาความสงบเรียบร้อยในวันเลือกตั้ง ขอให้ทุกอำเภอถือปฏิบัติครับ",
         files=["มท0307.2-ว1123.pdf"])
    msg(PJ, at(4, "16:04"), dkey("คำตากล้า", "c"), "text", "รับทราบครับ จะแจ้งปลัดอำเภอทุกตำบลถือปฏิบัติครับ",
        near="a district chief's acknowledgement with compliance words in ข้อสั่งการ ปจ.สน.")
    msg(PJ, at(4, "16:09"), dkey("กุสุมาลย์", "c"), "text", "รับทราบครับ")
    post(PJ, at(4, "19:30"), "pal",
         "ข่าวสาร: อธิบดีกรมการปกครองจะตรวจเยี่ยมศูนย์ปฏิบัติการเลือกตั้ง จ.สกลนคร วันเสาร์ที่ ๗ ก.พ. (กำหนดการอาจเปลี่ยนแปลง) เพื่อทราบครับ",
         photos=1)
    for k, tx in (("วานรนิวาส", "รับทราบครับ"), ("เมืองสกลนคร", "รับทราบครับท่าน"), ("ภูพาน", "ทราบครับ")):
        msg(PJ, at(4, "19:3%d" % (3 + len(k) % 6)), dkey(k, "c"), "text", tx)
    post(PJ, at(5, "07:35"), "pal", "สวัสดีวันพฤหัสครับ วันนี้จังหวัดเคลื่อนที่ที่นิคมน้ำอูน ท่านที่ว่างเชิญร่วมงานครับ", photos=1)
    msg(PJ, at(5, "07:41"), dkey("นิคมน้ำอูน", "c"), "text", "ยินดีต้อนรับทุกท่านครับ 🙏")
    msg(PJ, at(5, "13:10"), dkey("นิคมน้ำอูน", "c"), "text",
        "รายงานครับ จังหวัดเคลื่อนที่ อ.นิคมน้ำอูน มีประชาชนรับบริการ ๑,๒๔๐ ราย เรียบร้อยดีครับ",
        near="a district chief's report in ข้อสั่งการ ปจ.สน.: not forbidden")
    msg(PJ, at(5, "15:00"), dkey("เจริญศิลป์", "c"), "system", event="leave")
    msg(PJ, at(5, "15:02"), "pal", "system", event="invite", target=disp(dkey("เจริญศิลป์", "c")),
        near="the palad re-adds the district chief of เจริญศิลป์ (he left by mistake): admitted (district_chief)")
    msg(PJ, at(5, "15:10"), dkey("เจริญศิลป์", "c"), "text", "ขอบคุณท่านครับ กดออกโดยไม่ตั้งใจครับ 😅")
    post(PJ, at(6, "08:00"), "pal",
         "แจ้งเพื่อทราบครับ ช่วงเลือกตั้ง ขอให้นายอำเภออยู่ในพื้นที่ ตั้งแต่วันเสาร์ที่ ๗ ถึงวันจันทร์ที่ ๙ ก.พ. หากมีเหตุจำเป็นให้แจ้ง ปจ.ทราบครับ")
    for k in ("วาริชภูมิ", "สว่างแดนดิน", "โพนนาแก้ว", "เจริญศิลป์"):
        msg(PJ, at(6, "08:0%d" % (3 + len(k) % 6)), dkey(k, "c"), "text", "รับทราบครับ")
    post(PJ, at(6, "09:00"), "pal",
         "ส่งต่อหนังสือกรมการปกครอง ที่ มท ๐๓๐๙.๑/ว ๑๑๕๐ เรื่อง แนวทางการให้บริการงานทะเบียนในวันเลือกตั้ง ขอให้อำเภอถือปฏิบัติครับ",
         files=["มท0309.1-ว1150.pdf"])
    msg(PJ, at(6, "09:06"), dkey("ส่องดาว", "c"), "text", "รับทราบครับท่าน")
    sticker(PJ, at(6, "09:08"), dkey("เต่างอย", "c"))
    msg(PJ, at(6, "09:30"), dkey("กุดบาก", "c"), "text", "ขออนุญาตท่าน ปจ. ครับ วันเสาร์ช่วงเช้าผมขอไปร่วมงานศพมารดาปลัดอำเภอที่ จ.นครพนม กลับบ่ายครับ")
    msg(PJ, at(6, "09:41"), "pal", "text", "อนุญาตครับ ฝากปลัดอาวุโสดูแลแทนนะครับ")


def build_ad():
    post(AD, at(2, "07:10"), dkey("เต่างอย", "p"), "อรุณสวัสดิ์วันจันทร์ครับ พี่ๆ นักปกครองทุกท่าน 🌅", photos=1)
    msg(AD, at(2, "07:15"), dkey("ภูพาน", "p"), "text", "สวัสดีครับ")
    post(AD, at(2, "09:40"), dkey("กุสุมาลย์", "p"),
         "อ.กุสุมาลย์ รายงานผลการประชุมประจำเดือนกำนัน ผู้ใหญ่บ้าน ก.พ. ๖๙ ชี้แจงการเลือกตั้ง และมาตรการห้ามเผา ครับ", photos=3,
         near="a person with two roles (coordinating_deputy|volunteer_center_staff) reports as coordinating deputy: admitted")
    msg(AD, at(2, "10:05"), "vg1", "text", "ขอบคุณทุกอำเภอที่ช่วยกันครับ สัปดาห์นี้เหนื่อยหน่อย 👍",
        truth=[T("SKN-1", None, "a vice governor is not among the members of นักปกครองสกลนคร (governor, palad, district chiefs, coordinating deputies)")])
    post(AD, at(2, "11:20"), dkey("พังโคน", "c"),
         "อ.พังโคน รายงานผลการปฏิบัติงาน ออกตรวจเยี่ยมหน่วยเลือกตั้ง ต.ม่วงไข่ ต.แร่ ๑๒ หน่วย เรียบร้อยครับ", photos=2,
         near="a district performance report: this group is for district reports")
    post(AD, at(2, "14:30"), "d08x",
         "รายงานผลการออกตรวจโรงงานน้ำตาลและลานรับซื้ออ้อย อ.วานรนิวาส ไม่พบอ้อยไฟไหม้ค่ะ", photos=2,
         truth=[T("SKN-1", None, "an ordinary ปลัดอำเภอ (not coordinating) is not admitted to นักปกครองสกลนคร")])
    msg(AD, at(2, "15:00"), "gov", "text",
        "ขอบคุณนักปกครองทุกท่านครับ ฝากเรื่องความเป็นกลางทางการเมืองและเรื่องไฟป่า ขอให้ดูแลใกล้ชิดครับ",
        near="the governor is a member here")
    for k, tx in (("d05p", "รับทราบครับท่าน"), ("d11c", "รับทราบครับ"), ("d16p", "🙏")):
        msg(AD, at(2, "15:0%d" % (3 + len(tx) % 6)), k, "text", tx)
    post(AD, at(3, "08:30"), dkey("เมืองสกลนคร", "p"),
         "อ.เมืองสกลนคร รายงานการประชุมคณะกรรมการอำนวยการเลือกตั้งระดับอำเภอ ครั้งที่ ๓/๒๕๖๙ ครับ", photos=3)
    msg(AD, at(3, "09:10"), dkey("อากาศอำนวย", "c"), "system", event="invite", target="กำนันสมพร ต.โพนงาม",
        truth=[T("OUTSIDER", "กำนันสมพร ต.โพนงาม", "a kamnan not on the roster, added by นอภ.อากาศอำนวย")])
    msg(AD, at(3, "09:12"), "~กำนันสมพร ต.โพนงาม", "text", "สวัสดีครับท่าน")
    msg(AD, at(3, "09:30"), "pal", "system", event="remove", target="กำนันสมพร ต.โพนงาม")
    msg(AD, at(3, "09:31"), "pal", "text", "กลุ่มนี้เฉพาะ นอภ. และปลัดประสานงานนะครับ 🙏")
    msg(AD, at(3, "09:33"), dkey("อากาศอำนวย", "c"), "text", "ขออภัยครับท่าน กดผิดกลุ่มครับ")
    post(AD, at(3, "13:40"), "~โอ๋ ช่างภาพ", None, photos=3,
         truth=[T("OUTSIDER", "โอ๋ ช่างภาพ", "posts photos but is not on the roster (no join line: in the group before the log)")])
    post(AD, at(3, "15:20"), dkey("ภูพาน", "p"),
         "อ.ภูพาน รายงานผลการจัดทำแนวกันไฟร่วมกับอุทยานแห่งชาติภูพาน ระยะทาง ๘ กม. ครับ", photos=2)
    post(AD, at(4, "09:15"), dkey("วาริชภูมิ", "c"), "อ.วาริชภูมิ รายงานผลการตรวจความพร้อมหน่วยเลือกตั้ง ครบ ๖๘ หน่วยครับ", photos=2)
    msg(AD, at(4, "10:20"), dkey("ภูพาน", "v"), "text", "ขอบคุณท่านนายอำเภอที่ลงพื้นที่กับจิตอาสาค่ะ 🙏",
        truth=[T("SKN-1", None, "a district volunteer-centre officer is not admitted to นักปกครองสกลนคร")])
    post(AD, at(4, "14:00"), dkey("เต่างอย", "p"),
         "อ.เต่างอย รายงานผลการประชาสัมพันธ์มาตรการห้ามเผาในที่โล่ง ผ่านหอกระจายข่าว ๖๒ หมู่บ้านครับ", photos=2,
         name="ปลัดโจ้  เต่างอย", noid=True,
         near="sender 'ปลัดโจ้  เต่างอย' (two spaces) is the roster's 'ปลัดโจ้ เต่างอย': a coordinating deputy, admitted")
    msg(AD, at(4, "16:30"), "d04x", "text", "ขอบคุณทุกท่านครับ",
        near="'ปลัดต้น' fits two roster people: ambiguous, never judged")
    post(AD, at(5, "08:00"), dkey("สว่างแดนดิน", "p"), "สวัสดีวันพฤหัสครับ ☀️", photos=1)
    post(AD, at(5, "10:30"), dkey("นิคมน้ำอูน", "p"),
         "อ.นิคมน้ำอูน รายงานบรรยากาศจังหวัดเคลื่อนที่ ท่านผู้ว่าฯ มอบถุงยังชีพผู้ยากไร้ ๕๐ ชุด ครับ", photos=4,
         near="the dual-role coordinating deputy reports: admitted as coordinating deputy")
    msg(AD, at(5, "10:40"), "gov", "text", "ขอบคุณอำเภอนิคมน้ำอูนครับ จัดงานได้ดีมาก 👍")
    msg(AD, at(5, "10:44"), dkey("นิคมน้ำอูน", "c"), "text", "ขอบพระคุณท่านครับ 🙏")
    post(AD, at(5, "15:10"), dkey("โคกศรีสุพรรณ", "p"),
         "อ.โคกศรีสุพรรณ รายงานการตรวจสอบป้ายหาเสียง ตามข้อสั่งการ ปค. ดำเนินการแล้ว ๑๘ จุด ครับ", photos=2)
    msg(AD, at(5, "19:00"), "pal", "text", "ฝากทุกอำเภอดูแลเรื่องสุราและการพนันช่วงเลือกตั้งด้วยนะครับ")
    for k in ("d13c", "d06p", "d17c"):
        msg(AD, at(5, "19:0%d" % (2 + int(k[1:3]) % 7)), k, "text", "รับทราบครับ")
    post(AD, at(6, "09:00"), dkey("สว่างแดนดิน", "c"),
         "อ.สว่างแดนดิน รายงานผลการประชุมซักซ้อมกรรมการประจำหน่วยเลือกตั้ง ๑๒๘ หน่วย ครับ", photos=3)
    msg(AD, at(6, "11:15"), dkey("บ้านม่วง", "p"), "text", "สอบถามครับ วันเลือกตั้งต้องรายงานผ่านระบบ ปค. ทุกกี่ชั่วโมงครับ")
    msg(AD, at(6, "11:22"), "pal", "text", "ทุก ๒ ชั่วโมงครับ ตามแบบที่ ปค.จ. ส่งในกลุ่มข้อสั่งการครับ")
    post(AD, at(6, "16:00"), dkey("โพนนาแก้ว", "p"),
         "อ.โพนนาแก้ว รายงานผลการตรวจสถานบริการ ร้านค้าสุรา ก่อนวันเลือกตั้ง ๒๔ แห่ง เรียบร้อยครับ", photos=2)
    post(AD, at(6, "13:00"), dkey("กุดบาก", "p"),
         "อ.กุดบาก รายงานผลการซักซ้อม อส. ประจำหน่วยเลือกตั้ง ๕๒ นาย ครับ", photos=2)
    post(AD, at(6, "14:20"), dkey("วานรนิวาส", "p"),
         "อ.วานรนิวาส รายงานการประชุมกำนัน ผู้ใหญ่บ้าน ซักซ้อมการเลือกตั้ง ครับ", photos=2)
    msg(AD, at(6, "14:30"), "pal", "text", "ขอบคุณครับ 👍")
    msg(AD, at(6, "17:30"), "gov", "text", "ขอบคุณทุกท่านครับ ขอให้วันอาทิตย์เรียบร้อย ปลอดภัยครับ",
        near="courtesy by the governor")
