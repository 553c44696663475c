# ข้อสั่งการ ปจ.สน. (JSONL): the palad's news and the department's orders; members need not answer (acks are
# near misses).  Only membership is judged here.  By hand.
from frame import Log
from people import disp

L = Log("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน.")
ACK = "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"

# ---- Monday 12 ----
P1 = L.t(12, "07:05", "PAL", """เรียน นอภ.ทุกท่าน
ข้อสั่งการ อปค. (VCS เช้าวันนี้)
๑. วันนวมินทรมหาราช ๑๓ ต.ค. ให้นายอำเภอเป็นประธานพิธีในพื้นที่ด้วยตนเอง
๒. ติดตามสถานการณ์อุทกภัยใกล้ชิด นายอำเภอพื้นที่เสี่ยงงดเดินทางออกนอกพื้นที่
๓. โครงการคัดกรองยาเสพติด ให้รายงานผลใน บสต. ทุกวัน
ไม่ต้องตอบรับครับ""", near="the palad relaying the department's orders: the group's purpose")
L.t(12, "07:09", "MUE.C", "รับทราบครับท่าน", near=ACK, reply=P1)
L.t(12, "07:10", "PKN.C", "รับทราบครับ", near=ACK)
L.stk(12, "07:12", "KSS.C", near="sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")
L.t(12, "07:15", "AKA.C", "รับทราบครับ", near=ACK)
L.t(12, "07:40", "WNN.C", "รับทราบและปฏิบัติครับ", near=ACK, reply=P1)
L.t(12, "10:10", "PAL", "ท่านอธิบดีฝากนายอำเภอตรวจเยี่ยมที่ทำการกำนันผู้ใหญ่บ้านในพื้นที่น้ำท่วม และให้กำลังใจ อส. ที่ปฏิบัติงานครับ",
    near="the palad relaying the director-general's wish: the group's purpose")
L.img(12, "10:10", "PAL")
L.t(12, "13:00", "PAL", "ส่งหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๓/ว ๔๔๒๑ เรื่อง การเตรียมการรับเสด็จ และแนวทางการจัดกิจกรรมจิตอาสา เดือนตุลาคม ๒๕๖๙ ให้ทราบล่วงหน้าครับ",
    near="the palad forwarding a department letter: allowed")
L.file(12, "13:01", "PAL", "มท0307.3-ว4421.pdf")
L.t(12, "13:20", "PPN.C", "รับทราบครับ", near=ACK)

# ---- Tuesday 13 ----
L.t(13, "06:20", "PAL", "น้อมรำลึกในพระมหากรุณาธิคุณ ๑๓ ตุลาคม ครับ 🙏", near="the palad's memorial post")
L.img(13, "06:20", "PAL")
L.t(13, "07:55", "SWD.C", "🙏", near="🙏 by a district chief: no posting rule in this group")
L.t(13, "10:40", "AKA.C", "รายงานท่านปลัดจังหวัดครับ อากาศอำนวยน้ำสงครามล้นตลิ่งบ้านท่าก้อน ๒๐ ซม. นาข้าวเสียหายเบื้องต้น ๓๐๐ ไร่ ยังไม่มีบ้านเรือนเสียหายครับ",
    near="a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")
L.img(13, "10:40", "AKA.C", 2)
L.t(13, "10:52", "PAL", "ขอบคุณครับท่าน ดูแลพี่น้องประชาชนด้วยครับ")

# ---- Wednesday 14 ----
L.t(14, "07:30", "PAL", """ข้อสั่งการ รมว.มท. (ประชุมผู้ว่าราชการจังหวัดทั่วประเทศ ๑๓ ต.ค.)
- เร่งช่วยเหลือผู้ประสบอุทกภัยตามระเบียบ กค. ภายใน ๗ วัน
- เตรียมความพร้อมงานบุญประเพณีช่วงออกพรรษา ความปลอดภัยทางน้ำ
- งบประมาณปี ๗๐ ให้เร่งก่อหนี้ผูกพันตั้งแต่ต้นปี""", near="the palad relaying the minister's orders: allowed")
L.t(14, "07:34", "KDB.C", "รับทราบครับ", near=ACK)
L.t(14, "07:35", "TNY.C", "รับทราบครับท่าน", near=ACK)
L.t(14, "07:40", "PNK.C", "รับทราบค่ะ", near=ACK)
L.t(14, "07:58", "KTK.C", "รับทราบครับ", near=ACK)
L.invite(14, "09:15", "PKN.C", disp("PKN.D"),
         truth=[("SKN-3", "ปอ.พังโคน ธนา", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
                ("SKN-ALL", "ปอ.พังโคน ธนา", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "นอภ.พังโคน ⭐", "inviter of a roster person not admitted to this group")])
L.t(14, "09:20", "PKN.C", "เชิญปลัดธนาเข้ามาช่วยติดตามข้อสั่งการช่วงผมไปราชการครับท่าน",
    near="the inviting chief's explanation: a chief's post, no posting rule here")
L.t(14, "09:45", "PAL", "กลุ่มนี้เฉพาะนายอำเภอนะครับท่าน ขอให้นำปลัดออกครับ", near="the palad's post")
L.remove(14, "09:50", "PKN.C", disp("PKN.D"), near="the chief removes the deputy he invited: no further finding")
L.t(14, "13:00", "PAL", "แจ้งนายอำเภอที่ครบวาระประเมินผลการปฏิบัติราชการ รอบ ๑ ต.ค. ๖๙ ส่งแบบประเมินตนเองภายใน ๒๓ ต.ค. ครับ",
    near="the palad's notice: allowed")
L.t(14, "13:10", "JRS.C", "รับทราบครับ", near=ACK)

# ---- Thursday 15 ----
L.t(15, "08:00", "PAL", "ท่านผู้ว่าฯ ฝากนายอำเภอทุกท่าน งานบุญออกพรรษาและกฐิน ให้ดูแลเรื่องเรือพายและการลงเล่นน้ำ จัด อปพร. ประจำท่าน้ำทุกจุดครับ",
    near="the palad passing on the governor's wish: allowed")
L.t(15, "08:06", "NKU.C", "รับทราบค่ะท่าน", near=ACK)
L.t(15, "08:10", "BMW.C", "รับทราบครับ", near=ACK)
L.stk(15, "08:11", "SDW.C", near="sticker by a district chief: allowed here")
L.file(15, "10:30", "ADM1", "สรุปข้อสั่งการ อปค. ต.ค.69.pdf",
       truth=[("SKN-3", "a sending account of the provincial administration office (provincial_admin_staff) posting for the palad; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs; first message that shows it here")])
L.t(15, "10:30", "ADM1", "ส่งสรุปข้อสั่งการแทนท่านปลัดจังหวัดค่ะ")
L.t(15, "11:00", "KUS.C", "รับทราบครับ", near=ACK)
L.t(15, "14:00", "PAL", "ผลการคัดกรองยาเสพติดภาพรวมจังหวัด ๑๒-๑๔ ต.ค. คัดกรองแล้ว ๑๘,๐๔๒ คน ขอบคุณนายอำเภอทุกท่านครับ อำเภอที่ยังบันทึกไม่ถึงร้อยละ ๖๐ เร่งบันทึกด้วยครับ",
    near="the palad's summary to the chiefs: allowed")
L.t(15, "14:20", "WRC.C", "วาริชภูมิบันทึกครบแล้วครับท่าน ๑,๒๒๐ คน",
    near="a district chief's short report: allowed here")

# ---- Friday 16 ----
L.t(16, "07:20", "PAL", "สุขสันต์วันศุกร์ครับ สัปดาห์หน้าวันศุกร์ที่ ๒๓ เป็นวันปิยมหาราช ขอให้นายอำเภอเป็นประธานพิธีวางพวงมาลาในพื้นที่ครับ",
    near="the palad's post (information, a wish): allowed")
L.t(16, "07:25", "PNN.C", "รับทราบครับ", near=ACK)
L.t(16, "07:28", "SWD.C", "รับทราบครับท่าน", near=ACK)
L.t(16, "07:40", "SDW.C", "รับทราบครับ")
L.t(16, "13:30", "PAL", "ส่งหนังสือกรมการปกครอง เรื่อง การมอบหมายภารกิจนายอำเภอช่วงวันหยุดต่อเนื่อง ครับ", near="the palad forwarding a letter")
L.file(16, "13:31", "PAL", "มท0309-ว4510 วันหยุดต่อเนื่อง.pdf")
RQ = L.t(16, "16:20", "MUE.C", "ท่านปลัดครับ เมืองสกลนครขอเลื่อนรายงานผลคัดกรองเป็นวันจันทร์ เนื่องจากระบบ บสต. ขัดข้องครับ",
    near="a district chief's request: allowed here")
L.t(16, "16:25", "PAL", "ได้ครับท่าน", reply=RQ)
