"""ข้อสั่งการ ปค.สน. Every text written by hand."""
from chat import Chat, F, N
from people import CHIEF as C, COORD as K, DEP

OK = "the provincial office's own order with the letter attached: allowed (the group is for exactly this)"
PH = "photos of the letter sent by the office right after its order: part of the allowed order post"


def build():
    c = Chat("ข้อสั่งการ ปค.สน.", "pakkhrong-orders.jsonl")
    S = c.say
    orders = [
        (25, "08:30", "P007", "ด่วนที่สุด ที่ สน ๐๐๑๗.๒/ว ๑๘๔๒ ลว. ๒๒ พ.ค. ๖๙ เรื่อง การเตรียมความพร้อมป้องกันอุทกภัยช่วงฤดูฝน ปี ๒๕๖๙ แจ้งอำเภอดำเนินการตามหนังสือ", "ว1842.pdf", 2),
        (25, "10:15", "P006", "ที่ สน ๐๐๑๗.๑/ว ๑๘๕๐ เรื่อง ขอความร่วมมือรณรงค์ป้องกันโรคไข้เลือดออก ให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้านทุกหมู่บ้าน", "ว1850.pdf", 0),
        (25, "15:40", "P008", "ที่ สน ๐๐๑๗.๓/ว ๑๘๖๑ เรื่อง การเลือกตั้งผู้ใหญ่บ้านแทนตำแหน่งที่ว่าง (เดือน มิ.ย. ๖๙) แจ้งอำเภอที่มีตำแหน่งว่างตรวจสอบวันเลือกตั้ง", "ว1861.pdf", 1),
        (26, "08:45", "P007", "ที่ สน ๐๐๑๗.๒/ว ๑๘๗๐ เรื่อง การอำนวยความสะดวกการจราจรช่วงเปิดภาคเรียน แจ้งอำเภอประสาน สภ. และ อปท. ในพื้นที่", "ว1870.pdf", 2),
        (26, "13:20", "P006", "ที่ สน ๐๐๑๗.๔/ว ๑๘๗๙ เรื่อง การตรวจสอบข้อมูลบัตรประจำตัวประชาชนที่หมดอายุ ขอให้อำเภอดำเนินการตามแนวทางที่แนบ", "ว1879.pdf", 0),
        (27, "08:20", "P008", "ที่ สน ๐๐๑๗.๓/ว ๑๘๘๘ เรื่อง ซักซ้อมแนวทางการจัดงานวันวิสาขบูชา ๒๕๖๙ และการดูแลความสงบเรียบร้อยในพื้นที่", "ว1888.pdf", 2),
        (27, "11:00", "P007", "ที่ สน ๐๐๑๗.๑/ว ๑๘๙๓ เรื่อง การประชุมกำนัน ผู้ใหญ่บ้าน ประจำเดือน มิ.ย. ๖๙ ให้อำเภอแจ้งประเด็นข้อราชการตามที่แนบ", "ว1893.pdf", 1),
        (27, "16:10", "P006", "ที่ สน ๐๐๑๗.๒/ว ๑๘๙๙ เรื่อง มาตรการป้องกันและลดอุบัติเหตุทางถนนช่วงวันหยุดยาว ๓๐ พ.ค. – ๑ มิ.ย. ๖๙", "ว1899.pdf", 2),
        (28, "09:05", "P007", "ที่ สน ๐๐๑๗.๔/ว ๑๙๐๖ เรื่อง การช่วยเหลือเกษตรกรผู้ได้รับผลกระทบภัยแล้งต้นฤดู (ตกค้าง) ให้อำเภอตรวจสอบบัญชีรายชื่อ", "ว1906.pdf", 0),
        (28, "14:30", "P008", "ที่ สน ๐๐๑๗.๓/ว ๑๙๑๒ เรื่อง ขอเชิญร่วมพิธีถวายพระพรชัยมงคล ๓ มิ.ย. ๖๙ การแต่งกาย เครื่องแบบปกติขาว", "ว1912.pdf", 1),
        (29, "08:40", "P007", "ที่ สน ๐๐๑๗.๒/ว ๑๙๒๐ เรื่อง การเฝ้าระวังสถานการณ์น้ำ เขื่อนน้ำอูน ให้อำเภอริมลำน้ำแจ้งเตือนประชาชน", "ว1920.pdf", 2),
        (29, "13:50", "P006", "ที่ สน ๐๐๑๗.๑/ว ๑๙๒๘ เรื่อง การปฏิบัติราชการช่วงวันหยุดราชการ ให้อำเภอจัดเวรรักษาการณ์และรายงานเหตุตามระบบ", "ว1928.pdf", 0),
    ]
    for d, hm, who, text, f, ph in orders:
        S(d, hm, who, text, file=f, photos=ph, tags=[N(OK)])
    # PDF first, then a line
    S(26, "16:45", "P007", None, file="สรุปผลประชุม นอภ. พ.ค.69.pdf", tags=[N("the office's file sent first, its line after: one allowed post")])
    S(26, "16:46", "P007", "สรุปผลการประชุมนายอำเภอประจำเดือน พ.ค. ๖๙ เพื่อทราบและถือปฏิบัติ")
    S(28, "17:30", "P005", "เรียนนายอำเภอทุกอำเภอ กลุ่มนี้ใช้ส่งหนังสือสั่งการเท่านั้น ไม่ต้องตอบรับ หากมีข้อสงสัยโทรสอบถามกลุ่มงานเจ้าของเรื่องโดยตรง",
      tags=[N("the provincial palad (the office) reminds members of the group's use: allowed")])
    # members posting
    c.sticker(25, "08:33", C["คำตากล้า"], tags=[F("SKN-2P", "sticker by a district chief after an order: members may not answer here")])
    S(25, "08:41", K["วาริชภูมิ"], "รับทราบครับ", tags=[F("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer")])
    S(25, "10:30", K["ส่องดาว"], "สอบถามครับ หนังสือ ว ๑๘๕๐ ต้องรายงานผลไหมครับ", reply=None,
      tags=[F("SKN-2P", "question by a coordinating deputy: members may not ask in this group")])
    S(25, "15:55", DEP["สว่างแดนดิน"][0], "🙏", tags=[N("display name ปลัดบอย fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")])
    S(26, "08:50", C["เต่างอย"], "🙏", tags=[F("SKN-2P", "🙏 alone by a district chief after an order: an acknowledgement")])
    c.system(26, "10:02", "invite", C["พรรณานิคม"], target=DEP["พรรณานิคม"][0],
             tags=[F("SKN-2", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy", who="ปลัดแบงค์ พรรณาฯ"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดแบงค์ พรรณาฯ"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", who="วิชิต นอภ.พรรณานิคม")])
    S(26, "10:04", DEP["พรรณานิคม"][0], "สวัสดีครับ ปลัดแบงค์ อ.พรรณานิคม ครับ ฝากเนื้อฝากตัวครับ",
      tags=[F("SKN-2P", "greeting by the invited deputy: a member's post in the office-only group")])
    S(26, "13:25", C["กุดบาก"], "รับทราบค่ะ ดำเนินการแล้วค่ะ", tags=[F("SKN-2P", "acknowledgement by a district chief")])
    S(27, "08:25", C["สว่างแดนดิน"], "ขอเชิญร่วมงานบุญบั้งไฟอำเภอสว่างแดนดินวันเสาร์นี้ครับ", photos=2,
      tags=[F("SKN-2P", "invitation with two photos by a district chief (chat): one post, cited at its text")])
    S(27, "11:10", K["ภูพาน"], "ภูพานประชุมกำนันวันที่ ๕ มิ.ย. ครับ แจ้งเพื่อทราบ",
      tags=[F("SKN-2P", "a district's information posted by its coordinating deputy in the office-only group")])
    S(27, "16:20", C["อากาศอำนวย"], None, photos=2, tags=[F("SKN-2P", "two photos of a district's checkpoint by its chief: one post, cited at the first photo")])
    c.system(28, "09:00", "join", "สมใจ ประกันภัยรถ", tags=[F("OUTSIDER", "not on the roster; joined ข้อสั่งการ ปค.สน. by link or QR code")])
    S(28, "09:10", K["เมืองสกลนคร"], "รับทราบครับ", tags=[F("SKN-2P", "acknowledgement by a coordinating deputy")])
    S(28, "14:33", C["วานรนิวาส"], "วานรนิวาสเข้าร่วมพิธี ๓ มิ.ย. ครับ", tags=[F("SKN-2P", "acknowledgement with a promise to attend, by a district chief")])
    S(29, "08:45", K["นิคมน้ำอูน"], "นิคมน้ำอูนแจ้งเตือนหมู่บ้านริมลำน้ำอูนแล้ว ๑๒ หมู่บ้านครับ", reply=None,
      tags=[F("SKN-2P", "a district's report by its coordinating deputy: members may not report in this group")])
    S(29, "13:55", C["โพนนาแก้ว"], "รับทราบครับผม", tags=[F("SKN-2P", "acknowledgement by a district chief")])
    for d, hm, who, text, f, ph in (
        (26, "11:30", "P008", "ที่ สน ๐๐๑๗.๓/ว ๑๘๗๔ เรื่อง การรับสมัครบุคคลเพื่อแต่งตั้งเป็นสารวัตรกำนัน ให้อำเภอประกาศรับสมัครตามแนวทาง", "ว1874.pdf", 2),
        (27, "14:15", "P007", "ที่ สน ๐๐๑๗.๒/ว ๑๘๙๖ เรื่อง ซักซ้อมการใช้จ่ายงบประมาณ ไตรมาส ๓ ให้อำเภอเร่งรัดการเบิกจ่าย", "ว1896.pdf", 1),
        (28, "11:20", "P006", "ที่ สน ๐๐๑๗.๑/ว ๑๙๐๙ เรื่อง ขอความร่วมมือประชาสัมพันธ์การลงทะเบียนเกษตรกร ปี ๒๕๖๙/๗๐", "ว1909.pdf", 2),
        (29, "10:20", "P008", "ที่ สน ๐๐๑๗.๓/ว ๑๙๒๔ เรื่อง การเตรียมการเลือกตั้งผู้ใหญ่บ้าน บ.โคกสว่าง อ.วานรนิวาส", "ว1924.pdf", 0)):
        S(d, hm, who, text, file=f, photos=ph, tags=[N(OK)])
    return c
