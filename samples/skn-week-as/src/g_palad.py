# ข้อสั่งการ ปจ.สน. (palad-orders.jsonl): the palad's news and DOPA orders; written by hand.
from frame import Log

L = Log("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน.")
t, img, stk, fil = L.t, L.img, L.stk, L.file
PALAD = "the provincial palad's news or order: what this group is for"
ACK = "a district chief's acknowledgement: the letter says members need not acknowledge, which does not forbid it"

d = 23
t(d, "06:50", "PAL", "สวัสดีครับท่านนายอำเภอทุกท่าน สัปดาห์นี้ฝากเรื่องภัยแล้ง ไฟป่า และฝุ่น เป็นเรื่องหลักครับ ดูแลสุขภาพด้วยครับ 🙏",
  near="the palad's greeting: allowed")
t(d, "07:15", "PAL", """ข้อสั่งการอธิบดีกรมการปกครอง (VTC 20 ก.พ. 69)
1. ให้นายอำเภอเป็นผู้บัญชาการเหตุการณ์ในพื้นที่ กรณีภัยแล้งและไฟป่า ลงพื้นที่ด้วยตนเอง
2. เร่งรัดการจัดเก็บภาษีของ อปท. ตามที่กระทรวงกำชับ
3. ช่วงปิดภาคเรียน ให้ดูแลความปลอดภัยเด็กและเยาวชน ป้องกันการจมน้ำ""", near=PALAD)
t(d, "07:40", "WNN.CH", "รับทราบครับท่าน", near=ACK)
t(d, "07:42", "PPN.CH", "รับทราบครับ 🙏", near=ACK)
stk(d, "07:50", "AKA.CH", near="a district chief's sticker: no posting rule in this group")
t(d, "13:20", "PAL", "แจ้งนายอำเภอที่ยังไม่ได้ยืนยันรายชื่อผู้เข้าร่วมประชุมกรมการจังหวัดวันพฤหัส ให้แจ้งกลุ่มงานปกครองภายในวันนี้ครับ",
  near=PALAD)
t(d, "13:35", "KSS.CH", "โคกศรีสุพรรณยืนยันเข้าประชุมครับ", near="a district chief's reply: allowed here")
L.invite(d, "14:40", "PRN.CH", "ปลัดวีรยุทธ พรรณาฯ",
         truth=[("SKN-3", "ปลัดวีรยุทธ พรรณาฯ", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
                ("SKN-ALL", "ปลัดวีรยุทธ พรรณาฯ", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "นอภ.พรรณานิคม", "inviter of a roster person not admitted to this group")])
t(d, "14:45", "PRN.CH", "ขออนุญาตท่านปลัดจังหวัด เพิ่มปลัดวีรยุทธเพื่อช่วยติดตามข้อสั่งการครับ",
  near="the district chief explains his invite: a post by an admitted member (the invite itself is the finding)")
t(d, "15:30", "PAL", "ท่านนายอำเภอครับ กลุ่มนี้ขอเฉพาะนายอำเภอตามแนวทางนะครับ ขอให้ปลัดติดตามจากกลุ่ม ปค. ครับ", near=PALAD)
t(d, "15:33", "PRN.CH", "ขออภัยครับท่าน 🙏 จะนำออกครับ", near="a district chief's apology: allowed")
L.remove(d, "15:35", "PRN.CH", "ปลัดวีรยุทธ พรรณาฯ", near="the invitee removed again: the finding at the invite stands")

d = 24
t(d, "06:45", "PAL", "อรุณสวัสดิ์ครับ ☀️", near="the palad's greeting: allowed")
img(d, "06:45", "PAL")
t(d, "08:10", "PAL", """ข่าวกรมการปกครอง: มท.1 มอบนโยบายการแก้ไขปัญหาภัยแล้ง ให้จังหวัดและอำเภอจัดทำแผนเผชิญเหตุ และสำรวจแหล่งน้ำสำรองในทุกหมู่บ้าน""",
  near=PALAD)
img(d, "08:10", "PAL", 2)
t(d, "09:00", "ADM1", "ส่งแทนท่านปลัดจังหวัดค่ะ: หนังสือกรมการปกครอง ด่วนที่สุด ที่ มท 0307.5/ว 812 เรื่อง การเตรียมความพร้อมวันท้องถิ่นไทย 18 มี.ค. 2569",
  truth=("SKN-3", "a sending account of the provincial office (provincial_admin_staff) in ข้อสั่งการ ปจ.สน., which admits only the palad and district chiefs; first message that shows her here"))
fil(d, "09:00", "ADM1", "มท0307.5-ว812 วันท้องถิ่นไทย.pdf")
t(d, "09:20", "KTK.CH", "รับทราบครับ", near=ACK)
t(d, "12:40", "PAL", "ท่านนายอำเภอที่มีพื้นที่ประกาศภัยแล้ง ขอให้ลงพื้นที่ตรวจจุดแจกจ่ายน้ำด้วยตนเอง ถ่ายภาพเก็บไว้ประกอบรายงานจังหวัดครับ",
  near=PALAD)
t(d, "12:52", "SDW.CH", "ส่องดาวลงพื้นที่บ้านหนองแสงบ่ายนี้ครับท่าน", near="a district chief's reply: allowed here")
t(d, "12:55", "WRC.CH", "รับทราบครับ วาริชภูมิลงพื้นที่ทุกวันครับ", near=ACK)
t(d, "17:30", "PAL", "แจ้งเพื่อทราบ: กรมการปกครองจะตรวจเยี่ยมการดำเนินงานศูนย์ดำรงธรรมอำเภอแบบสุ่ม ช่วงเดือนมีนาคม ขอให้เตรียมเอกสารให้พร้อมครับ",
  near=PALAD)

d = 25
t(d, "07:00", "PAL", """ข้อสั่งการท่านรองปลัดกระทรวงมหาดไทย
ให้นายอำเภอเร่งรัดการจ่ายเงินช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยแล้ง) ให้ถึงมือประชาชนโดยเร็ว และประชาสัมพันธ์ช่องทางการร้องเรียน""",
  near=PALAD)
t(d, "07:20", "BMW.CH", "รับทราบครับผม", near=ACK)
stk(d, "07:22", "CRS.CH", near="a district chief's sticker: no posting rule here")
t(d, "11:45", "PAL", "ภาพท่านอธิบดีกรมการปกครอง ตรวจเยี่ยมจุดแจกจ่ายน้ำ จ.อุดรธานี เมื่อวาน ครับ", near=PALAD)
img(d, "11:45", "PAL", 3)
t(d, "14:00", "TNY.CH", "เต่างอยรายงานท่านปลัดจังหวัดครับ ไฟป่าเขาผาเสวยควบคุมได้แล้ว ความเสียหายประมาณ 40 ไร่ ไม่มีผู้บาดเจ็บครับ",
  near="a district chief's report: 'need not report' is not a prohibition")
img(d, "14:00", "TNY.CH", 2)
t(d, "14:10", "PAL", "ขอบคุณครับท่าน ดูแลเจ้าหน้าที่ด้วยครับ", near="the palad's reply: allowed")

d = 26
t(d, "07:05", "PAL", "วันนี้ประชุมกรมการจังหวัด 09.00 น. ห้องประชุมภูพาน ชั้น 2 ครับ ท่านใดติดภารกิจแจ้งผมโดยตรงครับ", near=PALAD)
t(d, "07:30", "NKN.CH", "นิคมน้ำอูนขออนุญาตส่งปลัดภูมิเข้าประชุมแทนค่ะ ติดภารกิจแจกน้ำ", near="a district chief's message to the palad: allowed")
t(d, "07:33", "PAL", "ได้ครับท่าน", near="the palad's reply: allowed")
t(d, "13:10", "PAL", """สรุปข้อสั่งการท่านผู้ว่าฯ ในที่ประชุมกรมการจังหวัดเช้านี้ (ส่วนที่เกี่ยวกับอำเภอ)
1. ภัยแล้ง: ให้อำเภอตรวจสอบการแจกจ่ายน้ำไม่ให้ซ้ำซ้อน
2. ไฟป่า/PM2.5: บังคับใช้ประกาศห้ามเผาอย่างจริงจัง
3. งานกาชาด: นายอำเภอทุกอำเภอร่วมพิธีเปิด 27 ก.พ.""", near=PALAD)
fil(d, "13:11", "PAL", "สรุปประชุมกรมการจังหวัด 26ก.พ.69.pdf")
t(d, "13:30", "KDB.CH", "รับทราบค่ะท่าน", near=ACK)
t(d, "13:32", "MUE.CH", "รับทราบครับ", name="นายอิทธิพล ปัดถาวะโร", sender_id="always",
  near="display name with the title นาย (roster: อิทธิพล ปัดถาวะโร) and his LINE user id: the district chief of เมืองสกลนคร, admitted; his acknowledgement is allowed here")
t(d, "18:40", "PAL", "ขอแสดงความยินดีกับท่านนายอำเภอสว่างแดนดิน ได้รับรางวัลนายอำเภอดีเด่น ระดับเขตตรวจราชการครับ 👏", near="the palad's congratulation: allowed")
t(d, "18:45", "SWD.CH", "ขอบพระคุณครับท่าน 🙏", near="a district chief's thanks: allowed here")
t(d, "18:50", "PNK.CH", "ยินดีด้วยครับพี่ 👏👏", near="a district chief's congratulation: no posting rule here")

d = 27
t(d, "07:10", "PAL", "วันศุกร์สุดท้ายของเดือน ขอบคุณทุกท่านครับ เย็นนี้พบกันที่พิธีเปิดงานกาชาด 18.00 น. ครับ", near="the palad's message: allowed")
img(d, "07:10", "PAL")
t(d, "09:50", "PAL", """ข้อสั่งการกรมการปกครอง (ด่วน)
ให้อำเภอตรวจสอบข้อมูลผู้มีสิทธิรับเงินช่วยเหลือภัยแล้งในระบบให้ถูกต้อง ก่อนวันที่ 6 มี.ค. 2569 หากพบการทุจริตให้ดำเนินการทางวินัยและอาญาทันที""",
  near=PALAD)
t(d, "10:05", "KUS.CH", "รับทราบครับ", near=ACK)
t(d, "10:06", "SWD.CH", "รับทราบครับท่าน", near=ACK)
t(d, "15:40", "PAL", "เรียนทุกท่าน ต้นสัปดาห์หน้าผมประชุมที่กรมฯ จันทร์–อังคาร เรื่องด่วนประสานรองปลัดจังหวัดได้ครับ", near=PALAD)
t(24, "17:35", "PPN.CH", "รับทราบครับท่าน", near=ACK)
t(26, "13:35", "TNY.CH", "รับทราบครับ", near=ACK)
t(27, "15:45", "MUE.CH", "เดินทางปลอดภัยครับท่าน 🙏", near="a district chief's courtesy: no posting rule here")
stk(27, "15:47", "PRN.CH")
