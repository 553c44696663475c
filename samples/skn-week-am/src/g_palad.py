"""ข้อสั่งการ ปจ.สน. — the palad's group of district chiefs. Every text is written by hand."""
from chat import Chat, F, N

ACK = "a district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"


def build():
    c = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
    S, T = c.say, c.sticker
    S(7, "07:40", "P005", "เรียนท่านนายอำเภอทุกท่าน\nวันนี้วันหยุดชดเชยวันพ่อแห่งชาติ แต่อุณหภูมิหลายอำเภอต่ำกว่า ๑๐ องศา ขอให้ท่านติดตามสถานการณ์ภัยหนาวใกล้ชิด หากมีเหตุไฟไหม้บ้านเรือนให้แจ้งผมทันทีครับ", tags=[N("the palad's instruction to district chiefs: what this group is for")])
    S(7, "07:45", "P231", "รับทราบครับท่าน", tags=[N(ACK)])
    S(7, "07:46", "P271", "รับทราบครับ 🙏", tags=[N(ACK)])
    T(7, "07:50", "P141", tags=[N("sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")])
    S(7, "11:20", "P005", None, file="ข้อสั่งการ อปค. ภัยหนาว 69.pdf", tags=[N("the palad forwarding the department's order as a file (PDF first, a line after)")])
    S(7, "11:21", "P005", "ข้อสั่งการอธิบดีกรมการปกครอง เรื่องภัยหนาว ท่านโปรดศึกษาและสั่งการปลัดอำเภอด้วยครับ")
    S(7, "11:35", "P151", "รับทราบครับท่าน วาริชภูมิ", tags=[N(ACK)])
    S(7, "15:00", "P211", "กราบเรียนท่านปลัดจังหวัดครับ ขออนุญาตเชิญปลัดสุรเดช ปลัดอำเภอประสานงาน เข้ากลุ่มเพื่อช่วยรับข้อสั่งการในช่วงที่ผมลาพักครับ")
    c.system(7, "15:02", "invite", "P211", target="P212",
             tags=[F("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs", who="ปลัดสุรเดช สว่างฯ"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดสุรเดช สว่างฯ"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", who="นอภ.สว่างแดนดิน อดิเรก")])
    S(7, "15:20", "P005", "ท่านอดิเรกครับ กลุ่มนี้เฉพาะนายอำเภอนะครับ เมื่อท่านกลับมาแล้วให้ปลัดสุรเดชออกจากกลุ่มด้วยครับ")
    S(7, "15:22", "P211", "ครับท่าน ขออภัยครับ", tags=[N(ACK)])
    S(8, "07:55", "P005", "อุณหภูมิต่ำสุดเช้านี้ ภูพาน ๖.๘ องศา ส่องดาว ๗.๒ องศา เต่างอย ๗.๕ องศา ขอให้ทั้ง ๓ อำเภอพิจารณาประกาศเขตภัยพิบัติกรณีภัยหนาวตามหลักเกณฑ์ครับ")
    S(8, "08:02", "P271", "ภูพานประชุม ก.ช.ภ.อ. บ่ายนี้ครับท่าน", tags=[N("a district chief's short reply: allowed here")])
    S(8, "08:04", "P221", "ส่องดาวรับทราบครับ", tags=[N(ACK)])
    S(8, "08:10", "P231", "เต่างอยดำเนินการครับ", tags=[N(ACK)])
    S(8, "12:30", "P005", "สำเนาข้อสั่งการรัฐมนตรีว่าการกระทรวงมหาดไทย การประชุมผู้ว่าราชการจังหวัดทั่วประเทศ (VDO Conference) ครับ", photos=3)
    S(8, "13:10", "P191", "รับทราบครับ", tags=[N(ACK)])
    S(8, "17:40", "P271", "เรียนท่านปลัดจังหวัด ภูพานประกาศเขตภัยพิบัติกรณีภัยหนาวแล้ว ๕ ตำบล ครับ", photos=1, tags=[N("a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")])
    S(8, "17:48", "P005", "ขอบคุณครับท่าน")
    S(9, "07:30", "P005", "เรียนท่านนายอำเภอ เรื่องการเผาอ้อย ท่านรองอธิบดีฯ เน้นย้ำว่าปีนี้จังหวัดสกลนครมีจุดความร้อนสูงเป็นอันดับต้นของภาค ขอให้ท่านลงพื้นที่กำชับกำนันผู้ใหญ่บ้านด้วยตนเองครับ")
    S(9, "07:41", "P171", "วานรนิวาสรับทราบครับ", tags=[N(ACK)])
    S(9, "07:43", "P201", "รับทราบครับท่าน", tags=[N(ACK)])
    T(9, "07:50", "P161", tags=[N("sticker by a district chief: no posting rule here")])
    S(9, "09:15", "P262", "ปลัดอร โพนนาแก้ว เรียนแทนท่านนายอำเภอค่ะ ท่านติดประชุมที่ อบจ. รับทราบข้อสั่งการค่ะ",
      tags=[F("SKN-3", "a coordinating deputy (also volunteer officer) posting for her chief in ข้อสั่งการ ปจ.สน.: not a member; first message that shows her here")])
    S(9, "13:00", "P005", None, photos=2)
    S(9, "13:01", "P005", "แนวทางการจัดงานส่งท้ายปีเก่าต้อนรับปีใหม่ของอำเภอ ให้งดการจุดพลุและโคมลอยในพื้นที่ใกล้เขตป่าครับ")
    S(9, "13:20", "P121", "กุดบากรับทราบครับ", tags=[N(ACK)])
    S(9, "20:05", "P231", "เรียนท่านครับ เต่างอยประกาศเขตภัยหนาว ๔ ตำบลแล้วครับ", tags=[N("a district chief's report here: allowed")])
    S(10, "08:50", "P005", "ขอบคุณท่านนายอำเภอที่มาร่วมพิธีวันรัฐธรรมนูญเช้านี้ครับ", photos=2, tags=[N("the palad's thanks with photos")])
    T(10, "09:05", "P241", tags=[N("sticker by a district chief")])
    S(10, "09:10", "P111", "ขอบคุณครับท่าน", tags=[N(ACK)])
    S(11, "07:35", "P005", "เรื่องด่วนครับ เมื่อคืนเกิดเหตุไฟไหม้บ้านที่ อ.ส่องดาว จากการก่อไฟผิง ผู้สูงอายุเสียชีวิต ๑ ราย ขอให้ทุกอำเภอกำชับผู้ใหญ่บ้านเตือนประชาชนเรื่องการก่อไฟในบ้านทันทีครับ")
    S(11, "07:38", "P221", "ส่องดาวลงพื้นที่ตั้งแต่เมื่อคืนครับ ครอบครัวผู้เสียชีวิตได้รับเงินช่วยเหลือเบื้องต้นแล้วครับ", tags=[N("a district chief's incident report: allowed here")])
    S(11, "07:40", "P131", "รับทราบครับ", tags=[N(ACK)])
    S(11, "07:41", "P261", "โพนนาแก้วรับทราบครับ", tags=[N(ACK)])
    S(11, "07:42", "P181", "รับทราบครับท่าน", tags=[N(ACK)])
    S(11, "07:44", "P101", "อ.เมืองฯ รับทราบ แจ้งกำนันทุกตำบลแล้วครับ", tags=[N(ACK)])
    T(11, "07:50", "P251", tags=[N("sticker by a district chief")])
    S(11, "08:00", "P212", "สว่างแดนดินรับทราบครับ (ปลัดสุรเดช)", tags=[N("later post of a person already found ineligible here at his invite: no second membership row, and this group has no posting rule")])
    c.system(11, "12:00", "leave", "P212", tags=[N("the invited coordinating deputy leaves the group: no finding")])
    S(11, "14:30", "P005", "สรุปสถานการณ์ภัยหนาว ณ ๑๑ ธ.ค. ๖๙ ประกาศเขตภัยพิบัติแล้ว ๕ อำเภอ ๒๖ ตำบล ครับ", file="สรุปภัยหนาว 11ธค69.pdf")
    S(11, "14:40", "P141", "ขอบคุณค่ะท่าน", tags=[N(ACK)])
    S(11, "17:10", "P005", "สุดสัปดาห์นี้ขอให้ทุกท่านเดินทางปลอดภัย อยู่ในพื้นที่ตามที่สั่งการนะครับ 🙏")
    T(11, "17:15", "P171", tags=[N("sticker by a district chief")])
    return c
