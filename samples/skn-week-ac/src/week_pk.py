# ข้อสั่งการ ปค.สน. — LINE for PC "Save chat", Thai UI: [LINE]ข้อสั่งการ ปค.สน..txt
# Every message and annotation written by hand.  Only the office (provincial_admin_staff accounts and the
# provincial palad) may post here; every other post is SKN-2P.
from frame import Log

L = Log("[LINE]ข้อสั่งการ ปค.สน..txt", "ข้อสั่งการ ปค.สน.", export=True)
t, img, stk = L.t, L.img, L.stk
MON, TUE, WED, THU, FRI = 29, 30, 1, 2, 3
OFFICE_ORDER = "the provincial office's own order (text of the letter): allowed, the group is for exactly this"
OFFICE_PHOTO = "photos of the letter sent by the office right after its order: part of an allowed order post"
BIDI = "\u2068ไพบูลย์ นอภ.โคกศรีสุพรรณ\u2069"

# ---------------- Monday 29 September ----------------
t(MON, "08:10", "ADM2", """ด่วนที่สุด
ที่ สน ๐๐๑๘.๓/ว ๔๑๒๗ ลงวันที่ ๒๖ กันยายน ๒๕๖๘
เรื่อง การเตรียมความพร้อมป้องกันและแก้ไขปัญหาอุทกภัย ช่วงปลายฤดูฝน
เรียน นายอำเภอ ทุกอำเภอ
ให้อำเภอตรวจสอบจุดเสี่ยงริมลำน้ำสงครามและลำน้ำอูน เตรียมพร้อมเครื่องมือ และรายงานสถานการณ์ตามระบบ DDPM ตามรายละเอียดหนังสือที่แนบ""", near=OFFICE_ORDER)
img(MON, "08:11", "ADM2", 2, near=OFFICE_PHOTO)
stk(MON, "08:14", "KSS.c", name=BIDI,
    truth=[("SKN-2P", "sticker by the district chief of โคกศรีสุพรรณ (name wrapped in invisible U+2068/U+2069) after an order: members may not answer here")])
t(MON, "08:20", "PKN.d", "รับทราบครับ", truth=[("SKN-2P", "acknowledgement by a coordinating deputy: members may not answer in this group")])
t(MON, "10:20", "ADM1", """ที่ สน ๐๐๑๘.๒/ว ๔๑๕๐ ลว. ๒๖ ก.ย. ๖๘
เรื่อง การคัดเลือกกำนัน ผู้ใหญ่บ้าน แพทย์ประจำตำบล ดีเด่น ประจำปี ๒๕๖๙
ให้อำเภอดำเนินการคัดเลือกและส่งผลการคัดเลือกถึงจังหวัด ภายในวันที่ ๓๑ ตุลาคม ๒๕๖๘ (รายละเอียดตามหนังสือ)""", near=OFFICE_ORDER)
img(MON, "10:21", "ADM1", 3, near=OFFICE_PHOTO)
t(MON, "10:35", "NKN.c", "สอบถามครับ แบบประเมินใช้แบบปี ๖๘ ได้ไหมครับ หรือมีแบบใหม่",
  truth=[("SKN-2P", "question by a district chief: members may not ask in this group")])
t(MON, "10:50", "CRS.d", "แบบใหม่ครับท่าน อยู่หน้า ๓ ของหนังสือครับ",
  truth=[("SKN-2P", "a coordinating deputy answering another member's question: members may not answer one another")])
t(MON, "11:05", "PALAD", "เรียนทุกท่าน กลุ่มนี้ใช้ส่งหนังสือสั่งการจากจังหวัดถึงอำเภอเท่านั้นนะครับ ข้อสงสัยโทรสอบถามกลุ่มงานปกครอง ๐ ๔๒๗๑ ๑๔๖๑ ได้เลยครับ",
  near="the provincial palad (the office) reminding members of the group's use: allowed")
t(MON, "13:30", "ADM3", """แจ้งกำหนดการประชุมคณะกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนตุลาคม ๒๕๖๘
วันพฤหัสบดีที่ ๒ ตุลาคม ๒๕๖๘ เวลา ๐๙.๐๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัดสกลนคร
ขอให้นายอำเภอเข้าร่วมประชุมด้วยตนเอง แต่งกายเครื่องแบบปกติขาว""", near=OFFICE_ORDER)
t(MON, "15:40", "ADM2", """ที่ สน ๐๐๑๘.๔/ว ๔๑๓๓
เรื่อง การเร่งรัดเบิกจ่ายเงินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ที่จะสิ้นสุดในวันที่ ๓๐ กันยายน ๒๕๖๘
ให้อำเภอตรวจสอบรายการที่ยังไม่เบิกจ่ายและดำเนินการให้แล้วเสร็จภายในวันพรุ่งนี้""", near=OFFICE_ORDER)
img(MON, "15:41", "ADM2", 1, near=OFFICE_PHOTO)

# ---------------- Tuesday 30 September ----------------
t(TUE, "08:30", "ADM1", """ที่ สน ๐๐๑๘.๓/ว ๔๑๔๘ ลว. ๒๙ ก.ย. ๖๘
เรื่อง การรักษาความปลอดภัยและอำนวยความสะดวกงานประเพณีออกพรรษา ตักบาตรเทโว แห่ปราสาทผึ้ง และการแข่งขันเรือยาว ประจำปี ๒๕๖๘
ให้อำเภอกำชับกำนัน ผู้ใหญ่บ้าน ตรวจสอบความพร้อมของท่าเรือ เสื้อชูชีพ และจุดเสี่ยง พร้อมจัดชุดปฏิบัติการ อส. ประจำจุด""", near=OFFICE_ORDER)
img(TUE, "08:31", "ADM1", 2, near=OFFICE_PHOTO)
t(TUE, "09:05", "WRC.c", "🙏", truth=[("SKN-2P", "🙏 alone by a district chief after an order: an acknowledgement")])
t(TUE, "10:45", "ADM3", """ขอเชิญร่วมพิธีมุทิตาจิตแด่ผู้เกษียณอายุราชการ สังกัดกรมการปกครองจังหวัดสกลนคร
วันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๑๖.๐๐ น. ณ หอประชุมที่ทำการปกครองจังหวัดสกลนคร""", near="the office's invitation (an office post): allowed")
img(TUE, "10:46", "ADM3", 1, near=OFFICE_PHOTO)
t(TUE, "13:15", "ADM2", """ที่ สน ๐๐๑๘.๑/ว ๔๑๖๑
เรื่อง คำสั่งจังหวัดสกลนคร ที่ ๓๒๑๕/๒๕๖๘ เรื่อง ย้ายและแต่งตั้งข้าราชการ (ปลัดอำเภอ) มีผลตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘
ให้อำเภอแจ้งผู้เกี่ยวข้องทราบ และรายงานการเดินทางไปรับหน้าที่ตามแบบที่กำหนด""", near=OFFICE_ORDER)
img(TUE, "13:16", "ADM2", 2, near=OFFICE_PHOTO)
img(TUE, "16:30", "AKA.c", 2,
    truth=[("SKN-2P", "two photos of the flood at บ้านท่าก้อน posted by a district chief: one post, cited at the first photo")])
t(TUE, "17:00", "SDW.d", "รับทราบครับ",
  near="display name ปลัดบอย fits two roster people: ambiguous, never judged (no SKN-2P, no SKN-2)")
t(TUE, "17:20", "ADM1", """ที่ สน ๐๐๑๘.๓/ว ๔๑๗๐
เรื่อง การสำรวจความเสียหายจากอุทกภัย และการให้ความช่วยเหลือตามระเบียบกระทรวงการคลังว่าด้วยเงินทดรองราชการ
ให้อำเภอที่ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัย เร่งสำรวจความเสียหายตามแบบ กชภ.อ.๑ และส่งจังหวัดภายในวันที่ ๑๐ ต.ค. ๖๘""", near=OFFICE_ORDER)

# ---------------- Wednesday 1 October ----------------
img(WED, "07:00", "TNY.c", 1, truth=[("SKN-2P", "a new-fiscal-year greeting card (photo) by a district chief: only the office posts here")])
t(WED, "08:15", "ADM3", """ที่ สน ๐๐๑๘.๔/ว ๔๑๘๒ ลว. ๓๐ ก.ย. ๖๘
เรื่อง การโอนจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (งวดที่ ๑) แผนงานบูรณาการ
ให้อำเภอตรวจสอบยอดที่ได้รับจัดสรร และจัดทำแผนการใช้จ่ายส่งจังหวัด""", near=OFFICE_ORDER)
img(WED, "08:16", "ADM3", 2, near=OFFICE_PHOTO)
L.join(WED, "08:40", "AKA.d", near="eligible member: the coordinating deputy of อากาศอำนวย joins by link (coordinating deputies are admitted)")
L.invite(WED, "09:30", "SWD.d", "ปลัดเจษฎา สว่างแดนดิน",
         truth=[("SKN-2", "ปลัดเจษฎา สว่างแดนดิน", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy"),
                ("SKN-ALL", "ปลัดเจษฎา สว่างแดนดิน", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "ปลัดชัยณรงค์ สว่างฯ", "inviter of a roster person not admitted to this group")])
t(WED, "09:40", "SWD.x1", "สวัสดีครับ ผมปลัดเจษฎา ย้ายมาสว่างแดนดินวันนี้ ฝากเนื้อฝากตัวด้วยครับ 🙏",
  truth=[("SKN-2P", "self-introduction by the invited deputy: a member's post in the office-only group")])
t(WED, "11:00", "ADM1", """ที่ สน ๐๐๑๘.๒/ว ๔๑๙๐
เรื่อง การตรวจสอบสถานะและการจัดทำบัญชีกำนัน ผู้ใหญ่บ้าน ที่ครบเกษียณอายุ ๖๐ ปี ณ วันที่ ๓๐ กันยายน ๒๕๖๘
ให้อำเภอดำเนินการเลือกผู้ใหญ่บ้านแทนตำแหน่งที่ว่างตามกฎหมาย และรายงานจังหวัดทราบ""", near=OFFICE_ORDER)
img(WED, "11:01", "ADM1", 1, near=OFFICE_PHOTO)
t(WED, "14:00", "KTK.v", "คำตากล้า ส่งผลสำรวจความเสียหายเบื้องต้นค่ะ บ้านเรือนเสียหาย ๓๒ หลัง นาข้าว ๑,๔๕๐ ไร่",
  truth=[("SKN-2", "district volunteer officer (volunteer_center_staff) in ข้อสั่งการ ปค.สน.; first message that shows her here"),
         ("SKN-2P", "a district's report posted by its volunteer officer in the office-only group")])
t(WED, "14:30", "ADM2", "ขอความร่วมมือส่งรายงานทางระบบ e-office ตามหนังสือนะครับ กลุ่มนี้ใช้สั่งการอย่างเดียวครับ",
  near="the office's answer pointing members to the proper channel: the office may post")
t(WED, "16:10", "PALAD", """แจ้งทุกอำเภอ
ปีงบประมาณ ๒๕๖๙ เริ่มวันนี้ ให้อำเภอทบทวนแผนปฏิบัติราชการ และตั้งเป้าหมายการให้บริการประชาชน ส่งจังหวัดภายใน ๑๕ ต.ค. ๖๘""",
  near="the provincial palad's order in the orders group: the office may post")

# ---------------- Thursday 2 October ----------------
t(THU, "07:45", "ADM3", "ย้ำ การประชุมกรมการจังหวัด วันนี้ ๐๙.๐๐ น. ห้องประชุมภูพาน ศาลากลางจังหวัดค่ะ",
  near="the office's reminder of its meeting notice: allowed")
t(THU, "08:30", "PPN.c", "ขอบคุณค่ะ", truth=[("SKN-2P", "thanks by a district chief: a post by a member")])
t(THU, "10:40", "ADM1", """ที่ สน ๐๐๑๘.๓/ว ๔๒๐๔ ลว. ๑ ต.ค. ๖๘
เรื่อง การป้องกันอุบัติเหตุทางน้ำในช่วงเทศกาลออกพรรษา
ให้อำเภอประสาน อปท. ติดตั้งป้ายเตือน จัดเจ้าหน้าที่ประจำท่าน้ำ และห้ามบรรทุกผู้โดยสารเกินกำหนดในเรือ""", near=OFFICE_ORDER)
img(THU, "10:41", "ADM1", 2, near=OFFICE_PHOTO)
t(THU, "11:10", "KUS.d", "ขอโทษครับ ภาพหนังสือหน้า ๒ ไม่ชัดครับ ขอใหม่ได้ไหมครับ",
  truth=[("SKN-2P", "question by a coordinating deputy: members may not ask here")])
img(THU, "11:25", "ADM1", 1, near="the office re-sends a page of its own letter: allowed")
L.join(THU, "13:00", "!พลอย ประกันภัยรถยนต์",
       truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
L.remove(THU, "13:12", "ADM1", "พลอย ประกันภัยรถยนต์", near="the office removing an outsider: an office action, no finding")
t(THU, "14:50", "ADM2", """ที่ สน ๐๐๑๘.๑/ว ๔๒๑๑
เรื่อง สรุปข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร ในการประชุมคณะกรมการจังหวัด ครั้งที่ ๑๐/๒๕๖๘ (๒ ต.ค. ๖๘)
๑. เร่งช่วยเหลือผู้ประสบอุทกภัยลุ่มน้ำสงครามและน้ำอูน
๒. ดูแลความปลอดภัยงานออกพรรษา แห่ปราสาทผึ้ง และเรือยาว
๓. เร่งรัดการก่อหนี้ผูกพันงบประมาณ ปี ๒๕๖๙ ไตรมาสที่ ๑""", near=OFFICE_ORDER)
img(THU, "14:51", "ADM2", 2, near=OFFICE_PHOTO)
t(THU, "16:20", "PALAD", "ขอให้อำเภอที่มีการแข่งเรือยาวประเพณี ตรวจสอบเรือและเสื้อชูชีพก่อนการแข่งขันทุกครั้ง ห้ามจำหน่ายสุราบริเวณท่าน้ำ",
  near="the palad's instruction: the office may post")

# ---------------- Friday 3 October ----------------
t(FRI, "08:00", "ADM3", """ที่ สน ๐๐๑๘.๑/ว ๔๒๒๐
เรื่อง การจัดเวรรักษาการณ์และเวรตรวจ ช่วงวันหยุดราชการ ๔-๕ ตุลาคม ๒๕๖๘ และช่วงเทศกาลออกพรรษา
ให้อำเภอจัดปลัดอำเภอเวรประจำที่ว่าการอำเภอ และรายงานตามแบบ""", near=OFFICE_ORDER)
img(FRI, "08:01", "ADM3", 1, near=OFFICE_PHOTO)
stk(FRI, "08:10", "MUE.c", truth=[("SKN-2P", "sticker by a district chief: members may not answer here")])
t(FRI, "09:20", "ADM1", """ที่ สน ๐๐๑๘.๒/ว ๔๒๒๖
เรื่อง โครงการ "อำเภอยิ่งยืน" ประจำปีงบประมาณ ๒๕๖๙
ให้อำเภอคัดเลือกหมู่บ้านนำร่อง อำเภอละ ๑ หมู่บ้าน แจ้งจังหวัดภายในวันที่ ๒๔ ต.ค. ๖๘""", near=OFFICE_ORDER)
img(FRI, "09:21", "ADM1", 2, near=OFFICE_PHOTO)
t(FRI, "10:00", "BMW.c", "🙏🙏", truth=[("SKN-2P", "🙏 by a district chief: an acknowledgement")])
t(FRI, "13:40", "ADM2", """ที่ สน ๐๐๑๘.๓/ว ๔๒๓๑
เรื่อง ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (อุทกภัย) อำเภออากาศอำนวย อำเภอวานรนิวาส อำเภอคำตากล้า อำเภอบ้านม่วง อำเภอพรรณานิคม และอำเภอกุสุมาลย์
ให้อำเภอดำเนินการตามระเบียบโดยเคร่งครัด""", near=OFFICE_ORDER)
img(FRI, "13:41", "ADM2", 3, near=OFFICE_PHOTO)
t(FRI, "16:00", "ADM3", "ขอบคุณทุกอำเภอค่ะ เสาร์-อาทิตย์ มีงานบุญหลายพื้นที่ ขอให้ทุกท่านเดินทางปลอดภัยนะคะ 🙏",
  near="courtesy by an office account: the office may post")
