# ข้อสั่งการ ปจ.สน. — week AK. The palad's news and DOPA orders; members need not answer (SKN-3 only).
from frame import Chat, F, N

C = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
ACK = "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"
STK = "sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here"
PAL = "the palad's own post: what the group is for"

C.day(8)
C.t("07:20", "PALAD",
    "ข้อสั่งการ อธิบดีกรมการปกครอง ในการประชุมผู้บริหารกรมการปกครองผ่าน VDO Conference วันศุกร์ที่ ๕ มิ.ย. ๖๙\n"
    "๑. ให้นายอำเภอติดตามสถานการณ์ฝนตกหนัก วาตภัย ลงพื้นที่ช่วยเหลือประชาชนทันที\n"
    "๒. เร่งรัดการบำบัดฟื้นฟูผู้เสพยาเสพติดในชุมชน (CBTx) ให้เป็นไปตามเป้าหมาย\n"
    "๓. ให้ความสำคัญกับเรื่องร้องเรียนในศูนย์ดำรงธรรมอำเภอ อย่าให้ค้างนาน\n"
    "๔. การตรวจติดตามอำเภอรอบ ๖ เดือน ให้เตรียมข้อมูลให้พร้อม\n"
    "แจ้งเพื่อทราบและถือปฏิบัติครับ", N(PAL))
C.t("07:26", "PNK_C", "รับทราบค่ะท่าน", N(ACK))
C.t("07:31", "WNN_C", "รับทราบครับ", N(ACK))
C.stk("07:40", "PHN_C", N(STK))
C.t("08:02", "KUS_C", "รับทราบและถือปฏิบัติครับท่าน", N(ACK))
C.t("12:50", "PALAD",
    "กรมการปกครองแจ้งกำหนดการประเมินผลการปฏิบัติงานของนายอำเภอ รอบที่ ๑ ปี ๒๕๖๙ ให้ส่งแบบประเมินตนเองผ่านระบบ "
    "ภายในวันที่ ๒๖ มิ.ย. ครับ", N(PAL))
C.file("12:50", "PALAD", "ประเมินนายอำเภอ รอบ1 2569.pdf", N("the palad's attachment: allowed"))
C.t("13:10", "SDW_D", "รับทราบครับ (แทนท่านนายอำเภอส่องดาว ติดภารกิจครับ)",
    F("SKN-3", "a coordinating deputy in ข้อสั่งการ ปจ.สน. (acknowledging for his chief); first message that shows him here"))
C.t("13:12", "KTK_C", "รับทราบครับ", N(ACK))

C.day(9)
C.t("06:40", "PALAD", "สวัสดีครับ ท่านนายอำเภอทุกท่าน วันนี้ฝนตกหลายพื้นที่ เดินทางปลอดภัยครับ 🌧", N(PAL))
C.stk("06:45", "SWD_C", N(STK))
C.t("06:51", "CRS_C", "สวัสดีครับท่านปลัด 🙏", N("greeting by a district chief: chat is not forbidden here"))
C.t("09:50", "PALAD",
    "ปลัดกระทรวงมหาดไทยเน้นย้ำ ให้นายอำเภอออกหน่วยบำบัดทุกข์ บำรุงสุข อย่างน้อยสัปดาห์ละ ๑ ครั้ง "
    "และบันทึกผลในระบบ Thai QM ครับ", N(PAL))
C.photos("09:51", "PALAD", 2, N("the palad's photos of the ministry's letter: allowed"))
C.t("09:58", "MUE_C", "รับทราบครับ อำเภอเมืองออกหน่วยทุกวันพุธครับ", N(ACK))
C.t("10:04", "AKA_C", "รับทราบครับท่าน", N(ACK))
C.invite("11:30", "CRS_C", "CRS_D",
         F("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs", who="ปลัดวิโรจน์ เจริญศิลป์"),
         F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดวิโรจน์ เจริญศิลป์"),
         F("SKN-ALL", "inviter of a roster person not admitted to this group"))
C.t("11:35", "CRS_C", "ขออนุญาตท่านปลัดครับ เพิ่มปลัดวิโรจน์ไว้ช่วยติดตามข้อสั่งการครับ",
    N("a district chief explaining his invitation: chat, no posting rule here"))
C.t("11:50", "PALAD",
    "กลุ่มนี้ขอเฉพาะนายอำเภอนะครับ ท่านทศพล ข้อสั่งการให้ท่านถ่ายทอดให้ปลัดเองครับ 🙏", N(PAL))
C.remove("11:51", "PALAD", "ปลัดวิโรจน์ เจริญศิลป์", N("the palad removes the ineligible invitee: no finding for the remover"))
C.t("11:53", "CRS_C", "ครับท่าน ขออภัยครับ 🙏", N(ACK))
C.t("16:15", "PALAD",
    "แจ้งข่าวครับ นายอำเภอที่ย้ายมาใหม่รุ่นนี้ ให้เข้ารับการปฐมนิเทศที่วิทยาลัยการปกครอง ๒๒-๒๔ มิ.ย. ๖๙ "
    "(ของจังหวัดเรา ๒ ท่าน คือ อ.นิคมน้ำอูน และ อ.โพนนาแก้ว)", N(PAL))
C.t("16:20", "NKN_C", "รับทราบค่ะท่าน ขอบคุณค่ะ", N(ACK))
C.t("16:28", "PNK_C", "รับทราบค่ะ 🙏", N(ACK))

C.day(10)
C.t("08:00", "PALAD",
    "ข้อสั่งการ รมว.มท. ผ่านกรมการปกครอง: ช่วงฤดูทำนา ให้อำเภอดูแลเรื่องการแย่งน้ำ ความขัดแย้งเรื่องที่ดินทำกิน "
    "ให้ศูนย์ดำรงธรรมอำเภอไกล่เกลี่ยโดยเร็วครับ", N(PAL))
C.t("08:06", "KSS_C", "รับทราบครับ",
    N("the district chief of โคกศรีสุพรรณ under his second roster display name: admitted"), name="พงศธร ศรีนาม")
C.stk("08:09", "BMG_C", N(STK))
C.t("08:15", "TNY_C", "รับทราบครับท่าน", N(ACK))
C.t("13:40", "PALAD", "สรุปผลการเบิกจ่ายงบประมาณของอำเภอ ณ ๙ มิ.ย. ๖๙ ครับ อำเภอที่ต่ำกว่าร้อยละ ๖๐ ขอให้เร่งรัดครับ", N(PAL))
C.file("13:40", "PALAD", "ผลเบิกจ่าย อำเภอ 9มิย69.xlsx", N("the palad's attachment: allowed"))
C.t("13:52", "PHN_C", "พรรณานิคมร้อยละ ๕๘ ครับ จะเบิกจ่ายโครงการซ่อมถนนสัปดาห์หน้า คาดว่าเกินร้อยละ ๗๐ ครับ",
    N("a district chief's short report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition"))
C.t("14:05", "KUD_C", "กุดบากร้อยละ ๕๕ ค่ะ กำลังเร่งรัดค่ะ",
    N("a district chief's report in ข้อสั่งการ ปจ.สน.: allowed"))

C.day(11)
C.t("07:45", "PALAD",
    "กรมการปกครองแจ้ง: ห้ามนายอำเภอเดินทางออกนอกพื้นที่ช่วงมีประกาศเตือนภัย เว้นแต่ได้รับอนุญาตจากผู้ว่าฯ ครับ", N(PAL))
C.t("07:49", "WRC_C", "รับทราบครับ", N(ACK))
C.t("07:55", "SDW_C", "รับทราบครับท่าน 🙏", N(ACK))
C.t("08:30", "PPN_C", "รับทราบครับ", N(ACK))
C.t("15:20", "PALAD",
    "ขอแสดงความยินดีกับ นอภ.วานรนิวาส ที่อำเภอได้รับรางวัลอำเภอต้นแบบ การแก้ไขปัญหาความยากจน ระดับเขตครับ 👏", N(PAL))
C.t("15:24", "WNN_C", "ขอบพระคุณท่านปลัดครับ 🙏 เป็นผลงานของทีมอำเภอทุกคนครับ",
    N("thanks from the district chief congratulated: chat, allowed here"))
C.stk("15:26", "KUS_C", N(STK))
C.t("15:30", "PKN_C", "ยินดีด้วยครับท่าน 👏", N("congratulation by a district chief: chat, not forbidden here"))

C.day(12)
C.t("07:10", "PALAD",
    "ข่าวกรมการปกครอง: เปิดรับสมัครสอบคัดเลือกเพื่อเลื่อนเป็นนายอำเภอ ปี ๒๕๖๙ ถึง ๓๐ มิ.ย. ฝากนายอำเภอแจ้งปลัดอำเภอที่มีคุณสมบัติครับ", N(PAL))
C.photos("07:11", "PALAD", 1, N("the palad's photo of the notice: allowed"))
C.t("07:20", "MUE_C", "รับทราบครับ", N(ACK))
C.t("07:34", "SWD_C", "รับทราบครับ จะแจ้งปลัดฯ ครับ",
    N("display name with the title นาย (roster: อำนาจ ศรีวงษา): the district chief of สว่างแดนดิน, admitted"),
    name="นายอำนาจ ศรีวงษา")
C.t("11:00", "PALAD", "สุดสัปดาห์นี้ขอให้ทุกท่านดูแลพื้นที่ใกล้ชิด ฝนยังตกต่อเนื่องครับ ขอบคุณครับ 🙏", N(PAL))
C.stk("11:04", "TNY_C", N(STK))
C.t("11:10", "KTK_C", "รับทราบครับท่าน", N(ACK))
