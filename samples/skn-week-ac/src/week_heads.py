# หน.ส่วนราชการ-นอภ.สน. (heads-chiefs.jsonl): governor, vice governors, agency heads, district chiefs in person.
# The governor sends information and orders; members must not post reports or performance results.
from frame import Log

L = Log("heads-chiefs.jsonl", "หน.ส่วนราชการ-นอภ.สน.")
t, img, stk, fil = L.t, L.img, L.stk, L.file
MON, TUE, WED, THU, FRI = 29, 30, 1, 2, 3
GOVP = "the governor's information/order in หน.ส่วนราชการ-นอภ.สน.: allowed"

# ---------------- Monday 29 September ----------------
t(MON, "07:00", "GOV", """เรียน หัวหน้าส่วนราชการและนายอำเภอทุกท่าน
สัปดาห์นี้จังหวัดมี ๓ เรื่องหลัก
๑. น้ำท่วมลุ่มน้ำสงครามและน้ำอูน ทุกส่วนราชการสนับสนุนอำเภอเต็มที่
๒. ปิดงบประมาณ ๖๘ วันที่ ๓๐ ก.ย. และเริ่มปีงบ ๖๙
๓. งานประเพณีออกพรรษา แห่ปราสาทผึ้ง ๕-๗ ต.ค.""", near=GOVP)
stk(MON, "07:06", "AH_LOC")
t(MON, "07:08", "AH_HLT", "รับทราบครับท่าน 🙏")
t(MON, "07:10", "KTK.c", "รับทราบครับ")
t(MON, "08:30", "AH_PBM", """รายงานผลการช่วยเหลือผู้ประสบอุทกภัย สนง.ปภ.สกลนคร (๒๘ ก.ย. ๖๘)
- สนับสนุนเครื่องสูบน้ำ ๖ เครื่อง เรือท้องแบน ๘ ลำ
- แจกถุงยังชีพ ๑,๒๐๐ ชุด
- ช่วยอพยพประชาชน ๔๕ ครัวเรือน""", truth=[("SKN-6P", "an agency's performance report (รายงานผลการช่วยเหลือ) posted in the heads' group: งดการส่งรายงานหรือผลการปฏิบัติงาน")])
img(MON, "08:31", "AH_PBM", 2)
t(MON, "09:15", "AH_HLT", """ช่วงน้ำท่วม ฝากประชาสัมพันธ์ครับ 🩺
- ระวังโรคฉี่หนู สวมรองเท้าบูทเมื่อลุยน้ำ
- น้ำกัดเท้า ล้างเท้าให้สะอาดเช็ดให้แห้ง
- มีไข้ ปวดน่อง หลังลุยน้ำ รีบพบแพทย์""", near="health advice (public information) from an agency head: not a report or result")
img(MON, "09:16", "AH_HLT", 1)
t(MON, "10:40", "AH_AGR", "ขอความร่วมมือนายอำเภอในพื้นที่น้ำท่วม แจ้งเกษตรกรที่นาข้าวเสียหาย ยื่นแบบ กษ.๐๑ ที่เกษตรตำบล ภายใน ๑๐ วันหลังน้ำลดครับ",
  near="a request to district chiefs from an agency head: not a report or performance result")
t(MON, "10:45", "AKA.c", "รับทราบครับ จะแจ้งกำนันผู้ใหญ่บ้านครับ")
t(MON, "14:00", "AH_CUL", """ขอเชิญร่วมงาน "ประเพณีแห่ปราสาทผึ้ง จังหวัดสกลนคร ประจำปี ๒๕๖๘"
๕-๗ ตุลาคม ๒๕๖๘ ณ ลานพระธาตุเชิงชุม และถนนรอบเมือง
ขบวนแห่ปราสาทผึ้งวันที่ ๖ ต.ค. เวลา ๑๖.๐๐ น.""", near="an event invitation (public relations): not a report")
img(MON, "14:01", "AH_CUL", 1)
t(MON, "16:20", "GOV", "ขอบคุณ ปภ. และทุกส่วนราชการที่ลงพื้นที่ครับ ผลการปฏิบัติงานขอให้รายงานผ่านระบบตามปกตินะครับ กลุ่มนี้ขอเป็นข่าวสารสำคัญเท่านั้น",
  near="the governor reminding the group's rule: allowed")

# ---------------- Tuesday 30 September ----------------
t(TUE, "07:30", "GOV", "วันนี้วันสุดท้ายปีงบประมาณ ๖๘ ส่วนราชการใดมีปัญหาการเบิกจ่าย ประสานคลังจังหวัดได้ทันทีครับ", near=GOVP)
t(TUE, "07:36", "AH_FIN", "คลังจังหวัดเปิดให้บริการถึง ๒๐.๐๐ น. วันนี้ค่ะ ติดต่อ ๐ ๔๒๗๑ ๑๘๒๒", near="service information from an agency head: not a report")
t(TUE, "08:45", "ST_TOU", """เรียนแทน ผอ.ท่องเที่ยวและกีฬาจังหวัดครับ
ขอเชิญชมการแข่งขันเรือยาวประเพณี ชิงถ้วยพระราชทาน ณ หนองหาร ๖-๗ ต.ค. ๖๘ ครับ""",
  truth=[("SKN-6", "a deputy of an agency head (role staff) in the heads' group in the head's place (heads must join in person); first post")])
img(TUE, "08:46", "ST_TOU", 1)
t(TUE, "09:30", "BMW.d", "เรียนแทนท่านนายอำเภอบ้านม่วงครับ ท่านลงพื้นที่น้ำท่วมทั้งวัน ขออนุญาตรับข่าวสารแทนครับ",
  truth=[("SKN-6", "a coordinating deputy posting in place of his district chief (heads and chiefs must join in person); first post")])
t(TUE, "11:00", "AH_POL", "ช่วงเทศกาลออกพรรษา ตำรวจภูธรจังหวัดตั้งจุดตรวจ ๒๔ จุด ขอนายอำเภอประสานกำนันผู้ใหญ่บ้านแจ้งเตือน เมาไม่ขับ ครับ",
  near="a public warning and request by the police head: not a report")
t(TUE, "13:20", "GOV", "ขอแสดงมุทิตาจิตแด่ผู้เกษียณอายุราชการทุกส่วนราชการในวันนี้ ขอบคุณที่ทำงานรับใช้ประชาชนมาตลอดชีวิตราชการครับ 🙏", near=GOVP)
t(TUE, "13:25", "AH_SOC", "🙏💐")
t(TUE, "13:31", "AH_LOC", "ด้วยความเคารพครับ")
img(TUE, "16:40", "AH_FIN", 1)
t(TUE, "16:41", "AH_FIN", "ภาพบรรยากาศการให้บริการเบิกจ่ายวันสุดท้ายค่ะ ขอบคุณทุกส่วนราชการที่ร่วมมือค่ะ 🙏",
  near="thanks with photos of the day: courtesy, no figures or results")
L.unsend(TUE, "18:02", "AH_SOC", near="unsend notice of an eligible member: no message content, no finding")

# ---------------- Wednesday 1 October ----------------
img(WED, "06:30", "GOV", 1)
t(WED, "06:31", "GOV", "สวัสดีปีงบประมาณ ๒๕๖๙ ครับ ขอให้ทุกส่วนราชการร่วมกันขับเคลื่อนงานเพื่อพี่น้องชาวสกลนครครับ", near=GOVP)
t(WED, "06:40", "AH_HLT", "สวัสดีปีงบประมาณใหม่ครับท่าน 🙏")
stk(WED, "06:42", "MUE.c")
t(WED, "06:47", "AH_TOU", "สวัสดีปีใหม่ราชการครับ 🚣")
t(WED, "08:50", "AH_FIN", """ผลการเบิกจ่ายงบประมาณ ปี ๒๕๖๘ ภาพรวมจังหวัดสกลนคร
เบิกจ่ายได้ร้อยละ ๙๖.๘๒ สูงเป็นอันดับ ๓ ของภาคตะวันออกเฉียงเหนือ ขอบคุณทุกส่วนราชการค่ะ 🎉""",
  truth=[("SKN-6P", "a performance result (ผลการเบิกจ่าย ranking) posted by an agency head")])
t(WED, "08:58", "GOV", "ยอดเยี่ยมครับ ขอบคุณคลังจังหวัดและทุกส่วนราชการ", near=GOVP)
L.invite(WED, "10:00", "AH_CUL", "เพ็ญศรี วธจ.สน.",
         truth=[("SKN-6", "เพ็ญศรี วธจ.สน.", "invitee is a clerk of the culture office (role staff): heads must join in person"),
                ("SKN-ALL", "เพ็ญศรี วธจ.สน.", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "วัฒนธรรมจังหวัด ศักดิ์ดา", "inviter of a roster person not admitted to this group")])
t(WED, "10:05", "ST_CUL", "สวัสดีค่ะ ดิฉันเพ็ญศรี สนง.วัฒนธรรมจังหวัด ประสานงานประเพณีแห่ปราสาทผึ้งค่ะ 🙏",
  near="later post by a member already found ineligible at her invite: no second SKN-6 row")
t(WED, "11:30", "PKN.c", """รายงานผลการจัดกิจกรรมจิตอาสาพัฒนา วันเริ่มต้นปีงบประมาณ ๒๕๖๙ อำเภอพังโคน
จิตอาสา ๒๘๐ คน ขุดลอกคลองส่งน้ำ ๑.๕ กม. เก็บขยะ ๒ ตัน""",
  truth=[("SKN-6P", "a district's performance report (รายงานผลการจัดกิจกรรม) posted by a district chief")])
img(WED, "11:31", "PKN.c", 3)
t(WED, "13:00", "AH_LOC", "แจ้งเพื่อทราบครับ กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้ อปท. ใช้งบกลางช่วยเหลือผู้ประสบภัยได้ตามระเบียบ ไม่ต้องรอประกาศเขตครับ",
  near="forwarded notice from a department: information, not a report")
t(WED, "13:05", "NKN.c", "ขอบคุณครับ ข้อมูลสำคัญมากครับ")
t(WED, "15:45", "KUS.c", "สอบถาม ผคป. ครับ พรุ่งนี้เขื่อนน้ำอูนเพิ่มการระบายกี่โมงครับ", near="a question between members: not a report")
t(WED, "15:52", "AH_RID", "๑๖.๐๐ น. พรุ่งนี้ครับท่าน เพิ่มเป็น ๒๒ ล้าน ลบ.ม./วัน", near="an answer with information: not a report or result")

# ---------------- Thursday 2 October ----------------
t(THU, "07:20", "GOV", "ประชุมกรมการจังหวัด ๐๙.๐๐ น. วันนี้ หัวหน้าส่วนราชการมาด้วยตนเองนะครับ", near=GOVP)
t(THU, "07:24", "AH_AGR", "รับทราบครับ")
t(THU, "07:26", "AH_SOC", "รับทราบค่ะท่าน")
t(THU, "11:50", "GOV", """ข้อสั่งการจากที่ประชุมกรมการจังหวัดวันนี้
๑. ทุกส่วนราชการสนับสนุนอำเภอที่ประสบภัยจนกว่าสถานการณ์จะคลี่คลาย
๒. เร่งก่อหนี้ผูกพันงบ ๖๙ ให้ได้ร้อยละ ๓๐ ภายในไตรมาสแรก
๓. งานแห่ปราสาทผึ้ง ให้วัฒนธรรมจังหวัด ท่องเที่ยวฯ ตำรวจ และอำเภอเมือง ประชุมเตรียมการวันศุกร์นี้""", near=GOVP)
t(THU, "11:58", "AH_CUL", "รับทราบครับท่าน นัดประชุมวันศุกร์ ๑๓.๓๐ น. ห้องประชุมวัฒนธรรมจังหวัดครับ", near="arranging a meeting as ordered: not a report")
t(THU, "12:05", "MUE.c", "อำเภอเมืองพร้อมครับ")
L.join(THU, "13:10", "!เฮียหมง วัสดุก่อสร้าง", truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
t(THU, "13:12", "!เฮียหมง วัสดุก่อสร้าง", "กระสอบทราย ทราย หิน ปูน ส่งด่วนทุกอำเภอครับ ราคาโรงงาน โทร 08x-xxx-xxxx")
L.remove(THU, "13:20", "VG3", "เฮียหมง วัสดุก่อสร้าง", near="removal of an outsider by a vice governor: no finding")
t(THU, "13:22", "VG3", "ลบออกแล้วครับ ขอให้ admin ปิดลิงก์เชิญด้วยครับ", near="a vice governor's note: allowed")
t(THU, "15:00", "AH_PR", "ขอความอนุเคราะห์ส่วนราชการและอำเภอ แชร์ข่าวประชาสัมพันธ์งานแห่ปราสาทผึ้งทางเพจของหน่วยงานค่ะ 🔗 (ลิงก์ข่าว ปชส.สน.)",
  near="a request to share a news item: public relations, not a report")
t(THU, "15:10", "AH_TOU", "แชร์แล้วครับ 👍")
t(THU, "18:40", "AH_HLT", "ขอแสดงความเสียใจกับครอบครัวปลัดอำเภอภูพาน ที่คุณพ่อถึงแก่กรรมครับ", near="condolence: courtesy, not a report")

# ---------------- Friday 3 October ----------------
t(FRI, "07:15", "GOV", "สุดสัปดาห์นี้เริ่มงานบุญออกพรรษา ฝากทุกส่วนราชการดูแลความปลอดภัยและอำนวยความสะดวกนักท่องเที่ยวครับ", near=GOVP)
t(FRI, "07:20", "AH_POL", "รับทราบครับท่าน")
t(FRI, "07:24", "SWD.c", "รับทราบครับ")
t(FRI, "09:10", "AH_HLT", """สสจ.สกลนคร ได้รับรางวัลหน่วยงานดีเด่นด้านการเฝ้าระวังโรคในภาวะภัยพิบัติ ระดับเขตสุขภาพที่ ๘
ผลการดำเนินงานปี ๒๕๖๘ ผ่านเกณฑ์ทุกตัวชี้วัดครับ 🏆""",
  truth=[("SKN-6P", "an agency's own achievement and results (รางวัล, ผลการดำเนินงาน) posted in the group")])
img(FRI, "09:11", "AH_HLT", 1)
t(FRI, "09:20", "GOV", "ขอแสดงความยินดีกับ สสจ. ครับ 👏", near="congratulation: courtesy")
t(FRI, "09:24", "AH_SOC", "ยินดีด้วยค่ะ 🎉")
t(FRI, "13:40", "ST_CUL", "ภาพการประชุมเตรียมงานแห่ปราสาทผึ้ง ณ ห้องประชุมวัฒนธรรมจังหวัดค่ะ",
  near="post by a member already found ineligible at her invite: no second SKN-6 row; a meeting photo, not a report")
img(FRI, "13:41", "ST_CUL", 2)
t(FRI, "15:30", "AH_TOU", "ตารางการแข่งขันเรือยาวหนองหาร ๖-๗ ต.ค. ครับ เชิญทุกท่านร่วมเชียร์ 🚣‍♂️", near="event information (pr): not a report")
img(FRI, "15:31", "AH_TOU", 1)
t(FRI, "17:00", "GOV", "ขอบคุณทุกท่านครับ สัปดาห์นี้ทำงานหนักกันมาก พักผ่อนให้เพียงพอนะครับ 🙏", near=GOVP)
t(FRI, "17:05", "AH_FIN", "ขอบคุณค่ะท่าน 🙏")
stk(FRI, "17:08", "PPN.c")
