# ข้อสั่งการ ปจ.สน. (palad-orders.jsonl): members are the provincial palad and district chiefs only.
# Members need not acknowledge or report; doing so is not forbidden (near misses).  Written by hand.
from frame import Log

L = Log("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน.")
t, img, stk, fil = L.t, L.img, L.stk, L.file
MON, TUE, WED, THU, FRI = 29, 30, 1, 2, 3
ACK = "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"

P1 = t(MON, "07:45", "PALAD", """เรียน นายอำเภอทุกท่าน
สรุปข้อสั่งการท่านอธิบดีกรมการปกครอง (VDO Conference เช้านี้)
๑) อำเภอที่มีน้ำท่วม ให้นายอำเภอลงพื้นที่ด้วยตนเอง ตั้งศูนย์พักพิงชั่วคราวให้พร้อม
๒) ปิดงบประมาณปี ๖๘ ให้เรียบร้อยภายใน ๓๐ ก.ย.
๓) เตรียมความพร้อมงานออกพรรษา ดูแลความปลอดภัยทางน้ำ
สำหรับทราบและถือปฏิบัติครับ""", near="the palad's information in his own group: allowed")
img(MON, "07:46", "PALAD", 2)
t(MON, "07:52", "AKA.c", "รับทราบครับท่าน", near=ACK)
t(MON, "07:58", "SWD.c", "รับทราบครับ", near=ACK)
stk(MON, "08:03", "KDB.c", near="sticker by a district chief in ข้อสั่งการ ปจ.สน.: no posting rule here")
t(MON, "08:10", "PNK.c", "รับทราบและถือปฏิบัติครับ 🙏", near=ACK)
t(MON, "12:05", "PALAD", "ข่าวฝากครับ ท่านรองอธิบดีฯ (ฝ่ายบริหาร) จะลงพื้นที่ตรวจเยี่ยมผู้ประสบอุทกภัยจังหวัดสกลนคร วันพฤหัสที่ ๒ ต.ค. (ช่วงบ่าย) อำเภออากาศอำนวยและวานรนิวาสเตรียมข้อมูลสรุปไว้ด้วยครับ",
  near="the palad's notice naming two districts: information in his own group")
t(MON, "12:11", "AKA.c", "รับทราบครับท่าน จะเตรียมข้อมูลครับ", near=ACK)
t(MON, "12:15", "WNN.c", "รับทราบครับ 🙏", near=ACK)
t(MON, "18:40", "PALAD", "ฝนตกหนักทั้งคืน ฝากนายอำเภอริมน้ำเฝ้าระวังนะครับ มีอะไรโทรหาผมได้ตลอด")
t(MON, "18:55", "BMW.c", "ขอบคุณครับท่าน บ้านม่วงยังเอาอยู่ครับ", near="a district chief's short report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition")

# ---------------- Tuesday ----------------
t(TUE, "07:20", "PALAD", "วันนี้วันสุดท้ายของปีงบประมาณ ๖๘ ขอบคุณนายอำเภอทุกท่านที่ช่วยกันตลอดปีครับ 🙏 และขอแสดงความยินดีกับผู้เกษียณทุกท่าน")
t(TUE, "07:33", "KSS.c", "ขอบคุณครับท่านปลัด 🙏", near="thanks by a district chief: allowed here")
t(TUE, "09:00", "ADM1", """เรียน นายอำเภอทุกอำเภอ
ท่านปลัดจังหวัดฝากแจ้ง ขอเชิญนายอำเภอร่วมพิธีมุทิตาจิตผู้เกษียณอายุราชการ วันนี้ เวลา ๑๖.๐๐ น. หอประชุมที่ทำการปกครองจังหวัด ค่ะ""",
  truth=[("SKN-3", "a provincial_admin_staff account posting for the palad in ข้อสั่งการ ปจ.สน. (members: palad and district chiefs only); first message that shows her here")])
t(TUE, "09:10", "PRN.c", "รับทราบครับ", near=ACK)
t(TUE, "11:31", "PALAD", """ข้อสั่งการกรมการปกครอง (ด่วน) ตามไฟล์ด้านบน
ให้นายอำเภอตรวจสอบผู้ใหญ่บ้านที่ครบเกษียณ ๖๐ ปี ณ ๓๐ ก.ย. ๖๘ และแต่งตั้งผู้รักษาการแทนทันที เพื่อไม่ให้การปกครองท้องที่ขาดช่วงครับ""",
  near="the palad forwarding a DOPA order: allowed")
fil(TUE, "11:30", "PALAD", "มท0310.1-ว2876 ผญบ.ครบเกษียณ.pdf", near="the palad sends the DOPA letter as a PDF first and a line after it: his own group")
t(TUE, "11:40", "TNY.c", "เต่างอยมีครบเกษียณ ๓ หมู่บ้านครับ แต่งตั้งรักษาการแล้วครับ", near="a district chief's report in ข้อสั่งการ ปจ.สน.: allowed (no posting rule)")
L.invite(TUE, "14:00", "WRC.c", "ปิยะ ปลัดประสานงาน วาริชฯ",
         truth=[("SKN-3", "ปิยะ ปลัดประสานงาน วาริชฯ", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs"),
                ("SKN-ALL", "ปิยะ ปลัดประสานงาน วาริชฯ", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "ณรงค์ฤทธิ์ นอภ.วาริชฯ", "inviter of a roster person not admitted to this group")])
t(TUE, "14:04", "WRC.c", "ขออนุญาตเพิ่มปลัดปิยะ ช่วยรับข่าวสารช่วงผมไปราชการกรุงเทพฯ ๒-๓ วันครับ")
t(TUE, "14:20", "PALAD", "ท่านณรงค์ฤทธิ์ครับ กลุ่มนี้เฉพาะนายอำเภอครับ ข่าวสำคัญผมจะโทรแจ้งท่านโดยตรง ให้ปลัดปิยะออกจากกลุ่มนะครับ",
  near="the palad asking a chief to take his deputy out: no order to the group, and in ข้อสั่งการ ปจ.สน. there is no posting rule")
t(TUE, "14:26", "WRC.d", "ขออภัยครับท่าน 🙏",
  near="post by a member already found ineligible at his invite: no second membership row")
L.leave(TUE, "14:27", "WRC.d", near="the ineligible member leaving: no finding")

# ---------------- Wednesday ----------------
t(WED, "06:50", "PALAD", "สวัสดีปีงบประมาณ ๒๕๖๙ ครับ ขอให้นายอำเภอทุกท่านมีพลังกายใจทำงานเพื่อประชาชนตลอดปีครับ 🙏")
stk(WED, "06:58", "KUS.c")
t(WED, "07:02", "PPN.c", "สวัสดีปีใหม่ราชการค่ะท่าน 🙏", near="greeting by a district chief: allowed here")
stk(WED, "07:05", "SDW.c")
t(WED, "10:10", "PALAD", """นโยบายกรมการปกครอง ปีงบประมาณ ๒๕๖๙ (ฉบับย่อ)
- อำเภอบำบัดทุกข์ บำรุงสุข
- ยาเสพติด: หมู่บ้าน/ชุมชนยั่งยืน
- ภัยพิบัติ: ศูนย์บัญชาการเหตุการณ์อำเภอพร้อมตลอด ๒๔ ชม.
รายละเอียดตามไฟล์ครับ""", near="the palad sending DOPA policy: allowed")
fil(WED, "10:11", "PALAD", "นโยบาย ปค. ปีงบ 2569.pdf")
t(WED, "10:20", "MUE.c", "รับทราบครับท่าน", near=ACK)
t(WED, "10:25", "KTK.c", "รับทราบครับ", near=ACK)
t(WED, "17:15", "PALAD", "เขื่อนน้ำอูนแจ้งว่าพรุ่งนี้บ่ายจะเพิ่มการระบายน้ำ นิคมน้ำอูน พรรณานิคม กุสุมาลย์ เตรียมแจ้งเตือนประชาชนท้ายเขื่อนด้วยครับ",
  near="the palad's warning naming three districts: information in his group")
t(WED, "17:22", "NKN.c", "รับทราบครับท่าน ประกาศเสียงตามสายแล้วครับ", near=ACK)
t(WED, "17:30", "KUS.c", "กุสุมาลย์รับทราบครับ", near=ACK)

# ---------------- Thursday ----------------
t(THU, "12:30", "PALAD", """สรุปสั้นๆ จากที่ประชุมกรมการจังหวัดเช้านี้ครับ
- ท่านผู้ว่าฯ ชื่นชมอำเภอริมน้ำที่ลงพื้นที่เร็ว
- ให้ทุกอำเภอเร่งก่อหนี้ผูกพันงบ ๖๙ ไตรมาสแรก
- วันที่ ๑๓ ต.ค. ขอให้นายอำเภอเป็นประธานกิจกรรมจิตอาสาในพื้นที่ด้วยตนเอง""", near="the palad's summary of the governor's meeting: allowed")
t(THU, "12:41", "CRS.c", "รับทราบครับท่าน", near=ACK)
t(THU, "12:44", "WRC.c", "รับทราบครับ (ขณะนี้ราชการที่กรุงเทพฯ)", near=ACK)
t(THU, "15:50", "AKA.c", "เรียนท่านปลัด ท่านรองอธิบดีฯ ตรวจเยี่ยมอากาศอำนวยเรียบร้อยครับ มอบถุงยังชีพ ๓๐๐ ชุด ชื่นชมจิตอาสาอำเภอครับ",
  near="a district chief's report in ข้อสั่งการ ปจ.สน.: allowed")
img(THU, "15:51", "AKA.c", 2)
t(THU, "16:05", "PALAD", "ขอบคุณครับท่าน 👍")
t(THU, "21:10", "PALAD", "แจ้งข่าวเศร้าครับ คุณพ่อของปลัดเทวินทร์ (ปลัดอำเภอภูพาน) ถึงแก่กรรม สวดอภิธรรมที่วัดบ้านโคกภู ถึงวันอาทิตย์ครับ")
t(THU, "21:18", "PPN.c", "ขอบคุณท่านปลัดที่แจ้งข่าวค่ะ 🙏")

# ---------------- Friday ----------------
t(FRI, "07:30", "PALAD", """ช่วงวันหยุด ๔-๕ ต.ค. และวันออกพรรษา ๗ ต.ค.
ขอให้นายอำเภอกำชับเวรปลัดอำเภอ และเปิดโทรศัพท์ติดต่อได้ตลอดเวลา หากมีเหตุสำคัญให้แจ้งผมและท่านผู้ว่าฯ ทันทีครับ""",
  near="the palad's instruction in his own group: allowed")
t(FRI, "07:36", "SWD.c", "รับทราบครับท่าน", near=ACK)
t(FRI, "07:39", "BMW.c", "รับทราบครับ", near=ACK)
stk(FRI, "07:45", "KSS.c")
t(FRI, "07:50", "PKN.c", "รับทราบค่ะท่าน 🙏", near=ACK)
t(FRI, "15:20", "PALAD", "ขอบคุณนายอำเภอทุกท่าน สัปดาห์นี้เหนื่อยกันมาก เสาร์อาทิตย์พักผ่อนบ้างนะครับ 🙏")
stk(FRI, "15:26", "WNN.c")
t(FRI, "15:31", "TNY.c", "ขอบคุณครับท่าน 🙏")
