"""ข้อสั่งการ ปค.สน. — week AN, written out as a LINE phone export (English UI, Thai region, BE dates).
Every message and every tag written by hand."""
from frame import Chat, F, N
from people_short import *

K = Chat("ข้อสั่งการ ปค.สน.", "[LINE]ข้อสั่งการ ปค.สน..txt", export=True)
OFF = N("a letter or order sent by the provincial office itself: this group exists to carry these")
OFFA = N("the office attaching its letter (PDF or photos) to its own order: part of an allowed post")
ACK = "a {} acknowledging an order: in this group only the office may post, acknowledgements included"

d = 23
K.file(d, "07:58", PATCHARIN, "สน0018.2-ว24107.pdf", tags=[OFFA])
K.t(d, "07:58", PATCHARIN, "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๔๑๐๗ ลงวันที่ ๒๐ พ.ย. ๒๕๖๙ เรื่อง มาตรการป้องกันอุบัติเหตุทางน้ำและอัคคีภัยช่วงเทศกาลลอยกระทง ประจำปี ๒๕๖๙ รายละเอียดตามไฟล์แนบค่ะ", tags=[OFF])
K.t(d, "08:20", C["ภูพาน"], "รับทราบครับ", tags=[F("SKN-2P", ACK.format("district chief"))])
K.stk(d, "08:25", D["เมืองสกลนคร"], tags=[F("SKN-2P", "sticker by a coordinating deputy after an order: an acknowledgement, which members may not post here")])
K.t(d, "09:10", SECUR,
    "แจ้งข้อสั่งการกรมการปกครอง\n"
    "เรื่อง การควบคุมการปล่อยโคมลอยและการจุดพลุ ดอกไม้ไฟ ในเขตปลอดภัยในการเดินอากาศ ท่าอากาศยานสกลนคร\n"
    "ขอให้อำเภอที่อยู่ในรัศมีของท่าอากาศยาน แจ้งกำนัน ผู้ใหญ่บ้าน ประชาสัมพันธ์ห้ามปล่อยโคมลอยโดยเด็ดขาด ผู้ฝ่าฝืนมีโทษตามกฎหมายว่าด้วยการเดินอากาศ\n"
    "รายละเอียดตามหนังสือที่แนบ", tags=[OFF])
K.img(d, "09:11", SECUR, n=2, tags=[OFFA])
K.file(d, "10:02", SARABAN, "คำสั่งจังหวัด 3215-2569 โฉนดเคลื่อนที่.pdf", tags=[OFFA])
K.t(d, "10:02", SARABAN, "ขอส่งสำเนาคำสั่งจังหวัดสกลนคร ที่ ๓๒๑๕/๒๕๖๙ เรื่อง แต่งตั้งคณะทำงานหน่วยบริการออกโฉนดที่ดินเคลื่อนที่ (ส่วนอำเภอ) เพื่อทราบและแจ้งผู้เกี่ยวข้อง", tags=[OFF])
K.t(d, "10:15", D["โพนนาแก้ว"], "สอบถามครับ หน่วยโฉนดเคลื่อนที่จะลง อ.โพนนาแก้ว วันไหนครับ",
    tags=[F("SKN-2P", "question by a coordinating deputy: members may not ask in this group")])
K.t(d, "10:40", PATCHARIN, "เรียนปลัดยุทธค่ะ ขอความร่วมมือสอบถามทางโทรศัพท์ที่กลุ่มงานปกครอง ๐ ๔๒๗๑ ๑๔๖๑ ต่อ ๑๒ นะคะ กลุ่มนี้ใช้ส่งหนังสือสั่งการเท่านั้นค่ะ 🙏",
    tags=[N("the office (a sending account) answering a question to point the member elsewhere: the office may post")])
K.file(d, "13:30", SARABAN, "สน0018.3-ว24152 ภัยแล้ง 69-70.pdf", tags=[OFFA])
K.t(d, "13:30", SARABAN, "ที่ สน ๐๐๑๘.๓/ว ๒๔๑๕๒ เรื่อง การเตรียมความพร้อมรับมือภัยแล้ง ปี ๒๕๖๙/๗๐ ขอให้อำเภอจัดทำแผนเผชิญเหตุภัยแล้งระดับอำเภอ ส่งจังหวัดภายในวันที่ ๑๕ ธ.ค. ๒๕๖๙", tags=[OFF])
K.t(d, "13:45", C["โคกศรีสุพรรณ"], "รับทราบค่ะ 🙏", tags=[F("SKN-2P", ACK.format("district chief"))])
K.sys(d, "14:30", "invite", D["พรรณานิคม"], target=ANUSORN,
      tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดอนุสรณ์"),
            F("SKN-ALL", "invited, though on the roster as someone this group does not admit", who="ปลัดอนุสรณ์"),
            F("SKN-ALL", "invited a roster person this group does not admit", who="ปลัดจักรพันธ์ พรรณาฯ")])
K.sys(d, "14:31", "join", ANUSORN, tags=[N("the invitee accepting the invitation: already found at the invite line, no second membership row")])
K.t(d, "14:33", ANUSORN, "ขอบคุณครับ ปลัดอนุสรณ์ อ.พรรณานิคม รับผิดชอบงานความมั่นคง ฝากตัวด้วยครับ",
    tags=[F("SKN-2P", "greeting by the invited deputy: a member's post in the office-only group")])
K.t(d, "14:50", PAL,
    "เรียนสมาชิกทุกท่าน\n"
    "กลุ่มนี้ตามแนวทางของจังหวัด สมาชิกมีเฉพาะปลัดจังหวัด นายอำเภอ และปลัดอำเภอประสานงาน ใช้ส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัดถึงอำเภอเท่านั้น\n"
    "ขอให้ปลัดอำเภอที่ไม่ใช่ปลัดประสานงานออกจากกลุ่ม และงดการตอบรับ/สอบถามในกลุ่มนี้ครับ",
    tags=[N("the provincial palad (the office) reminding members of the group's use: allowed")])
K.sys(d, "14:58", "leave", ANUSORN, tags=[N("the deputy leaves after the palad's notice: a leave is no finding")])
K.t(d, "16:10", SECUR,
    "ข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร (ที่ประชุม ศปภ.จ.)\n"
    "ให้อำเภอจัดเวรปลัดอำเภอประจำจุดลอยกระทงสำคัญ คืนวันที่ ๒๔ พ.ย. ๖๙ และรายงานเหตุผ่านศูนย์ดำรงธรรมอำเภอทันทีที่เกิดเหตุ", tags=[OFF])
K.img(d, "16:12", SECUR, tags=[OFFA])

d = 24
K.t(d, "07:45", PATCHARIN, "สุขสันต์วันลอยกระทงค่ะ 🪷", tags=[N("a festival greeting by an office sending account: the office may post (SKN-2P is for others)")])
K.file(d, "08:05", PATCHARIN, "กำหนดการโฉนดเคลื่อนที่ 26-27 พ.ย. 69.pdf", tags=[OFFA])
K.t(d, "08:05", PATCHARIN, "กำหนดการหน่วยบริการออกโฉนดที่ดินเคลื่อนที่ ๒๖–๒๗ พ.ย. ๖๙ ณ อ.พรรณานิคม และ อ.วาริชภูมิ ขอให้อำเภอประชาสัมพันธ์ให้ประชาชนนำเอกสารสิทธิ์และสำเนาบัตรประชาชนมาติดต่อค่ะ", tags=[OFF])
K.t(d, "08:30", BOY_KHAM, "รับทราบครับ",
    tags=[N("display name ปลัดบอย fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
K.stk(d, "08:40", C["กุดบาก"], tags=[F("SKN-2P", "sticker by a district chief after an order: an acknowledgement")])
K.t(d, "09:30", SARABAN, "สำเนาหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๙.๒/ว ๖๖๑๘ เรื่อง การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ฤดูแล้ง ๒๕๖๙/๒๕๗๐ ถือปฏิบัติ", tags=[OFF])
K.img(d, "09:31", SARABAN, n=2, tags=[OFFA])
K.img(d, "11:00", V["สว่างแดนดิน"], n=2,
      tags=[F("SKN-2", "a district volunteer officer (volunteer_center_staff) in ข้อสั่งการ ปค.สน.; first message that shows her in the group"),
            F("SKN-2P", "activity photos with a caption posted by a member who is not the office: one post, cited at the first photo")])
K.t(d, "11:01", V["สว่างแดนดิน"], "จิตอาสาเตรียมพื้นที่ลอยกระทงหน้าที่ว่าการอำเภอสว่างแดนดินค่ะ")
K.t(d, "11:05", PATCHARIN, "ขอความร่วมมืองดส่งภาพกิจกรรมในกลุ่มนี้นะคะ ส่งในกลุ่ม ศอ.จอส.จว.สน. ได้ค่ะ 🙏",
    tags=[N("the office asking a member to post elsewhere: the office may post")])
K.file(d, "14:00", SECUR, "สน0018.4-ว24199 การพนัน ลอยกระทง.pdf", tags=[OFFA])
K.t(d, "14:00", SECUR, "เรื่อง การเฝ้าระวังการลักลอบเล่นการพนันและการจำหน่ายสุราแก่เด็กและเยาวชนช่วงเทศกาลลอยกระทง ให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน ตรวจตราอย่างเข้มงวด", tags=[OFF])
K.t(d, "16:30", PATCHARIN,
    "แจ้งเตือนค่ะ\nคืนนี้ขอให้นายอำเภอ/ปลัดอำเภอเวร ออกตรวจจุดลอยกระทง โดยเฉพาะจุดริมน้ำและจุดที่มีการจุดพลุ\n"
    "หากมีเหตุสำคัญ ให้รายงานท่านผู้ว่าฯ ตามช่องทางเร่งด่วนทันทีค่ะ", tags=[OFF])
K.t(d, "16:45", C["อากาศอำนวย"], "รับทราบครับ จะออกตรวจจุดริมน้ำสงครามครับ", tags=[F("SKN-2P", "acknowledgement with a promise, by a district chief")])
K.t(d, "17:10", D["วาริชภูมิ"], "🙏🙏", tags=[F("SKN-2P", "🙏 alone by a coordinating deputy after an order: an acknowledgement")])

d = 25
K.t(d, "07:30", C["ส่องดาว"], "อ.ส่องดาว รายงานครับ คืนลอยกระทงเหตุการณ์ทั่วไปปกติ ไม่มีเหตุร้ายแรงครับ",
    tags=[F("SKN-2P", "a district's report posted by its chief in the office-only group")])
K.file(d, "08:15", SARABAN, "สน0018.2-ว24230 ไข้เลือดออก.pdf", tags=[OFFA])
K.t(d, "08:15", SARABAN, "ที่ สน ๐๐๑๘.๒/ว ๒๔๒๓๐ เรื่อง ขอความร่วมมือป้องกันและควบคุมโรคไข้เลือดออก ขอให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน ร่วมกับ อสม. รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในหมู่บ้าน", tags=[OFF])
K.t(d, "09:00", PATCHARIN,
    "สรุปข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร ในการประชุมกรมการจังหวัด ประจำเดือนพฤศจิกายน ๒๕๖๙\n"
    "๑. เร่งรัดการเบิกจ่ายงบประมาณไตรมาสแรก\n๒. เฝ้าระวังการเผาตอซังหลังเก็บเกี่ยว\n๓. เตรียมจัดงานวันพ่อแห่งชาติ ๕ ธ.ค.\nรายละเอียดตามภาพค่ะ", tags=[OFF])
K.img(d, "09:01", PATCHARIN, n=3, tags=[OFFA])
K.t(d, "10:20", C["นิคมน้ำอูน"], "รับทราบค่ะ", tags=[F("SKN-2P", ACK.format("district chief"))])
K.t(d, "11:40", SECUR, "ด่วน ขอให้อำเภอที่มีเหตุจมน้ำหรืออัคคีภัยช่วงลอยกระทง รายงานข้อเท็จจริงเป็นหนังสือถึงจังหวัด ภายในวันที่ ๒๗ พ.ย. ๖๙", tags=[OFF])
K.t(d, "13:15", PAL, "ขอความกรุณาท่านนายอำเภอทุกท่านครับ หนังสือที่ส่งในกลุ่มนี้ไม่ต้องตอบรับนะครับ ถือว่าทราบเมื่อเปิดอ่านแล้วครับ 🙏",
    tags=[N("the palad's reminder (ไม่ต้องตอบรับ): the office may post")])
K.t(d, "14:00", C["วานรนิวาส"], "ขออนุญาตครับ อ.วานรนิวาส ขอเลื่อนส่งแผนเผชิญเหตุภัยแล้งเป็นวันที่ ๒๐ ธ.ค. ได้ไหมครับ",
    tags=[F("SKN-2P", "a request (question) by a district chief: members may not ask in this group")])
K.file(d, "15:30", SARABAN, "ประกาศจังหวัด ห้ามเผาในที่โล่ง 2569-2570.pdf", tags=[OFFA])
K.t(d, "15:30", SARABAN, "ขอส่งประกาศจังหวัดสกลนคร เรื่อง ห้ามเผาในที่โล่ง ระหว่างวันที่ ๑ ธ.ค. ๖๙ – ๓๐ เม.ย. ๗๐ ให้อำเภอปิดประกาศและประชาสัมพันธ์ทุกหมู่บ้าน", tags=[OFF])

d = 26
K.file(d, "08:00", PATCHARIN, "แบบรายงานศูนย์ดำรงธรรมอำเภอ พ.ย.69.xlsx", tags=[OFFA])
K.t(d, "08:00", PATCHARIN, "แบบรายงานผลการปฏิบัติงานศูนย์ดำรงธรรมอำเภอ ประจำเดือน พ.ย. ๖๙ ขอให้ส่งทางอีเมลกลุ่มงานปกครอง ภายใน ๕ ธ.ค. ๖๙ ค่ะ", tags=[OFF])
K.file(d, "09:30", SECUR, "สน0018.4-ว24281 รถเกี่ยวข้าว.pdf", tags=[OFFA])
K.t(d, "09:30", SECUR,
    "เรื่อง การกำกับดูแลรถเกี่ยวนวดข้าวจากต่างพื้นที่\n"
    "ให้อำเภอประสานกำนัน ผู้ใหญ่บ้าน ตรวจสอบทะเบียนรถเกี่ยวนวดข้าวและแรงงานต่างด้าวที่เข้ามารับจ้างในพื้นที่ และดูแลไม่ให้มีการโก่งราคาค่าจ้างเกี่ยวข้าว", tags=[OFF])
K.stk(d, "10:00", D["โคกศรีสุพรรณ"], tags=[F("SKN-2P", "sticker by a coordinating deputy: a post by a member who is not the office")])
K.t(d, "11:15", C["เมืองสกลนคร"], "สุขสันต์วันเกิดท่านปลัดจังหวัดครับ 🎂 ขอให้ท่านมีสุขภาพแข็งแรงครับ",
    tags=[F("SKN-2P", "birthday wish (chat) by a district chief: only the office posts here")])
K.t(d, "11:17", D["ภูพาน"], "สุขสันต์วันเกิดครับท่าน 🎉🙏", tags=[F("SKN-2P", "birthday wish (chat) by a coordinating deputy")])
K.t(d, "11:20", PAL, "ขอบคุณทุกท่านครับ 🙏 อวยพรกันทางส่วนตัวได้นะครับ ขอให้กลุ่มนี้ใช้ส่งหนังสือสั่งการอย่างเดียวครับ",
    tags=[N("the palad thanking and reminding: the office may post")])
K.file(d, "14:00", SARABAN, "หนังสือเชิญประชุมนายอำเภอ ธ.ค.69.pdf", tags=[OFFA])
K.t(d, "14:00", SARABAN, "ขอเชิญประชุมนายอำเภอ ประจำเดือนธันวาคม ๒๕๖๙ วันศุกร์ที่ ๔ ธ.ค. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมพระธาตุเชิงชุม ชั้น ๓ ศาลากลางจังหวัดสกลนคร", tags=[OFF])
K.t(d, "16:20", PATCHARIN, "แจ้งผลการพิจารณาโครงการขุดลอกแหล่งน้ำตามแผนบริหารจัดการน้ำฤดูแล้ง ปี ๒๕๖๙/๗๐ รายอำเภอ ตามภาพค่ะ อำเภอที่ได้รับอนุมัติให้เตรียมประชาคมหมู่บ้านค่ะ", tags=[OFF])
K.img(d, "16:21", PATCHARIN, n=2, tags=[OFFA])

d = 27
K.file(d, "08:10", SARABAN, "มท0309.2-ว6702 วันพ่อแห่งชาติ 2569.pdf", tags=[OFFA])
K.t(d, "08:10", SARABAN, "หนังสือกรมการปกครอง เรื่อง การจัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๙ ขอให้อำเภอจัดกิจกรรมตามแนวทางที่แนบ", tags=[OFF])
K.t(d, "08:30", C["บ้านม่วง"], "รับทราบครับ", tags=[F("SKN-2P", ACK.format("district chief"))])
K.t(d, "09:45", SECUR, "ย้ำ อำเภอที่มีเหตุจมน้ำหรืออัคคีภัยช่วงลอยกระทง ส่งรายงานข้อเท็จจริงเป็นหนังสือ ภายในวันนี้ครับ",
    tags=[N("the office repeating its own earlier instruction: the office may post")])
K.sys(d, "10:00", "unsend", SARABAN, tags=[N("the office unsending its own message (wrong file): an unsend notice is no post")])
K.file(d, "10:01", SARABAN, "สน0018.3-ว24307 (แก้ไข).pdf", tags=[OFFA])
K.t(d, "10:01", SARABAN, "ส่งใหม่ค่ะ ที่ สน ๐๐๑๘.๓/ว ๒๔๓๐๗ เรื่อง การสำรวจความต้องการน้ำอุปโภคบริโภคในหมู่บ้านเสี่ยงภัยแล้ง (ฉบับแก้ไขวันที่ส่งข้อมูล เป็น ๑๑ ธ.ค. ๖๙)", tags=[OFF])
K.file(d, "11:30", PATCHARIN, "กำหนดการโฉนดเคลื่อนที่ ระยะ 2 ธ.ค.69.pdf", tags=[OFFA])
K.t(d, "11:30", PATCHARIN, "ขอส่งกำหนดการหน่วยบริการออกโฉนดที่ดินเคลื่อนที่ ระยะที่ ๒ (ธ.ค. ๖๙) ขอให้อำเภอที่อยู่ในกำหนดการเตรียมสถานที่และประชาสัมพันธ์ค่ะ", tags=[OFF])
K.t(d, "13:40", PAL,
    "เรียนท่านนายอำเภอทุกท่าน\nขอบคุณทุกอำเภอที่ดูแลงานลอยกระทงจนผ่านไปด้วยความเรียบร้อย\n"
    "สัปดาห์หน้าขอให้เน้นเรื่องการเผาในที่โล่งและไข้เลือดออกครับ", tags=[N("the provincial palad's message to the districts: the office may post")])
K.file(d, "15:00", SARABAN, "สน0018.1-ว24333 จัดเวรตรวจ ธ.ค.69.pdf", tags=[OFFA])
K.t(d, "15:00", SARABAN, "ขอส่งคำสั่งจัดเวรตรวจราชการนอกเวลา ประจำเดือนธันวาคม ๒๕๖๙ เพื่อทราบและถือปฏิบัติ", tags=[OFF])
K.t(d, "16:30", PATCHARIN, "สวัสดีวันศุกร์ค่ะ ขอบคุณค่ะ 🙏", tags=[N("a sign-off by an office sending account: the office may post")])

# ---- more of the office's ordinary letters over the week ----
K.t(23, "11:20", PATCHARIN, "แจ้งเวียนค่ะ กรมการปกครองเปิดอบรมหลักสูตรกำนัน ผู้ใหญ่บ้าน ผ่านระบบออนไลน์ รุ่นที่ ๔ ขอให้อำเภอแจ้งผู้ที่ยังไม่ผ่านการอบรมสมัครภายใน ๔ ธ.ค. ๖๙ ค่ะ", tags=[OFF])
K.img(23, "11:21", PATCHARIN, tags=[OFFA])
K.file(23, "15:40", SARABAN, "สน0018.1-ว24166 ค่าตอบแทน อส.pdf", tags=[OFFA])
K.t(23, "15:40", SARABAN, "ที่ สน ๐๐๑๘.๑/ว ๒๔๑๖๖ เรื่อง การเบิกจ่ายค่าตอบแทนสมาชิกกองอาสารักษาดินแดน ประจำเดือนพฤศจิกายน ๒๕๖๙ ขอให้อำเภอส่งหลักฐานภายใน ๓ ธ.ค. ๖๙", tags=[OFF])
K.file(24, "10:15", SECUR, "สน0018.4-ว24188 รปภ.สถานที่ราชการ.pdf", tags=[OFFA])
K.t(24, "10:15", SECUR, "เรื่อง การรักษาความปลอดภัยสถานที่ราชการช่วงวันหยุดและเทศกาล ให้อำเภอจัดเวรยามและตรวจความพร้อมอุปกรณ์ดับเพลิงในที่ว่าการอำเภอ", tags=[OFF])
K.file(24, "13:20", SARABAN, "แจ้งโอนจัดสรรงบ ศูนย์ดำรงธรรม.pdf", tags=[OFFA])
K.t(24, "13:20", SARABAN, "แจ้งการโอนจัดสรรงบประมาณรายจ่ายประจำปี ๒๕๗๐ งบดำเนินงานศูนย์ดำรงธรรมอำเภอ (งวดที่ ๑) รายละเอียดตามไฟล์แนบ", tags=[OFF])
K.file(25, "10:45", PATCHARIN, "เชิญอบรม ปลัดอำเภอ ระเบียบงานทะเบียน.pdf", tags=[OFFA])
K.t(25, "10:45", PATCHARIN, "ขอเชิญปลัดอำเภอผู้รับผิดชอบงานทะเบียนและบัตร อำเภอละ ๑ คน เข้ารับการอบรมระเบียบงานทะเบียนราษฎร วันที่ ๘ ธ.ค. ๖๙ ณ โรงแรมในเมืองสกลนคร แจ้งรายชื่อภายใน ๓ ธ.ค. ค่ะ", tags=[OFF])
K.t(25, "16:40", SECUR, "ข้อสั่งการผู้ว่าราชการจังหวัด กรณีเหตุจมน้ำช่วงเทศกาล ให้อำเภอติดป้ายเตือนและจัดอุปกรณ์ช่วยชีวิตประจำจุดเสี่ยงริมแหล่งน้ำทุกแห่ง ตามภาพครับ", tags=[OFF])
K.img(25, "16:41", SECUR, tags=[OFFA])
K.file(26, "13:10", SARABAN, "สน0018.2-ว24290 สำรวจแหล่งน้ำ.pdf", tags=[OFFA])
K.t(26, "13:10", SARABAN, "ที่ สน ๐๐๑๘.๒/ว ๒๔๒๙๐ เรื่อง การสำรวจแหล่งน้ำสาธารณะที่ตื้นเขิน เพื่อประกอบแผนบริหารจัดการน้ำฤดูแล้ง ขอให้อำเภอรายงานตามแบบภายใน ๑๑ ธ.ค. ๖๙", tags=[OFF])
K.file(27, "14:10", PATCHARIN, "ประกาศจังหวัด รถเกี่ยวข้าว ค่าจ้าง.pdf", tags=[OFFA])
K.t(27, "14:10", PATCHARIN, "ขอส่งประกาศคณะกรรมการกำกับดูแลค่าจ้างรถเกี่ยวนวดข้าว จังหวัดสกลนคร ให้อำเภอปิดประกาศที่ที่ว่าการอำเภอและที่ทำการกำนันทุกแห่งค่ะ", tags=[OFF])
