# ข้อสั่งการ ปจ.สน. — the provincial palad's news channel to district chiefs (no report or ack needed, none forbidden)
from week import Group, img_name

G = Group("palad", "ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
A = G.add
NM_ACK = "a district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not needed, but not forbidden (no posting rule here)"
NM_REP = "a district chief's report in ข้อสั่งการ ปจ.สน.: not needed, but not forbidden"

# Monday 12
A(12, "07:30", "palad", "สวัสดีครับท่านนายอำเภอทุกท่าน สัปดาห์นี้งานหนักทั้งภัยหนาว เลือกตั้ง และไฟป่า ขอให้ทุกท่านรักษาสุขภาพครับ 🙏",
  N=["courtesy from the palad with ขอให้ (not an order; the palad may post anyway)"])
A(12, "08:05", "palad",
  "ข้อสั่งการกรมการปกครอง (ประชุมผู้บริหารกรมฯ ๙ ม.ค. ๖๙)\n๑. ภัยหนาว ให้นายอำเภอลงพื้นที่ตรวจเยี่ยมกลุ่มเปราะบางด้วยตนเอง\n"
  "๒. การเลือกตั้งท้องถิ่น กำชับ กำนัน ผญบ. วางตัวเป็นกลาง\n๓. ปฏิบัติการ ๙๐ วัน ยาเสพติด รายงานผ่านระบบ\n๔. ไฟป่า ห้ามเผาเด็ดขาด")
A(12, "08:06", "palad", None, typ="image", att=img_name(12))
A(12, "08:06", "palad", None, typ="image", att=img_name(12))
A(12, "08:12", "chief_mueang", "รับทราบครับท่านปลัด", N=[NM_ACK])
A(12, "08:14", "chief_warit", "รับทราบครับ", N=[NM_ACK])
A(12, "08:15", "chief_kudbak", None, typ="sticker", N=["a district chief's sticker in ข้อสั่งการ ปจ.สน.: allowed"])
A(12, "08:31", "coord_phanna", "รับทราบครับ (แทนท่านนายอำเภอพรรณานิคม)",
  F=[("SKN-3", "a coordinating deputy posts in ข้อสั่งการ ปจ.สน.; only the palad and district chiefs are members")])
A(12, "13:20", "palad", "แจ้งข่าวครับ ท่านอธิบดีกรมการปกครองมีกำหนดตรวจเยี่ยมจังหวัดสกลนคร ปลาย ม.ค. ยังไม่ยืนยันวัน จะแจ้งอีกครั้งครับ")
A(12, "13:26", "chief_akat", "ทราบครับ")

# Tuesday 13
A(13, "07:40", "palad", "ส่งต่อหนังสือกรมฯ ด่วนที่สุด ที่ มท ๐๓๐๙.๑/ว ๐๑๐๘ เรื่อง การป้องกันเหตุทะเลาะวิวาทช่วงการหาเสียงเลือกตั้ง ขอให้ทุกอำเภอถือปฏิบัติครับ")
A(13, "07:41", "palad", None, typ="file", att="มท0309.1ว0108.pdf")
A(13, "07:55", "chief_wanon", "รับทราบครับ 🙏", N=[NM_ACK])
A(13, "09:10", "adm2", "ส่งหนังสือแทนท่านปลัดจังหวัดครับ ที่ สน ๐๐๑๘.๑/ว ๑๔๔ เรื่อง การเตรียมการประชุม กรจ. ประจำเดือน ม.ค. ๖๙",
  F=[("SKN-3", "a provincial office sending account posts in ข้อสั่งการ ปจ.สน.; only the palad and district chiefs are members")])
A(13, "09:10", "adm2", None, typ="image", att=img_name(13))
A(13, "11:30", "chief_kudbak", None, typ="system", ev="invite", target="coord_kudbak",
  F=[("SKN-3", "a coordinating deputy is not admitted to ข้อสั่งการ ปจ.สน."),
     ("SKN-ALL", "invitee: on the roster but not admitted to this group"),
     ("SKN-ALL", "inviter: invited a person who is not admitted", "นายอำเภอกุดบาก")])
A(13, "11:45", "palad", "ท่านนายอำเภอกุดบากครับ กลุ่มนี้เฉพาะนายอำเภอนะครับ รบกวนนำปลัดวีออกด้วยครับ 🙏")
A(13, "11:50", "chief_kudbak", None, typ="system", ev="remove", target="coord_kudbak")
A(13, "11:51", "chief_kudbak", "ขออภัยครับท่าน นำออกแล้วครับ")
A(13, "16:40", "palad", "แจ้งเพื่อทราบครับ ท่านผู้ว่าฯ จะลงพื้นที่มอบผ้าห่ม อ.เต่างอย และ อ.โคกศรีสุพรรณ วันพฤหัสที่ ๑๕ ม.ค. ช่วงบ่ายครับ")
A(13, "16:44", "chief_taongoi", "รับทราบครับท่าน เต่างอยเตรียมจุดที่ ต.บึงทวาย ครับ", N=[NM_ACK])
A(13, "16:47", "chief_khoksri", "รับทราบครับ", N=[NM_ACK])

# Wednesday 14
A(14, "06:50", "palad", "เรียนท่านนายอำเภอ ไฟป่าภูพานเมื่อคืน ขอให้อำเภอใกล้เคียงเตรียม อส. ไว้สนับสนุนครับ ท่านผู้ว่าฯ จะขึ้นไปดูพื้นที่ ๑๐ โมงครับ")
A(14, "07:10", "chief_phuphan",
  "เรียนท่านปลัดจังหวัด อ.ภูพาน ควบคุมไฟได้ประมาณ ๘๐% แล้วครับ พื้นที่เสียหายประมาณ ๓๒๐ ไร่ ไม่มีผู้บาดเจ็บ",
  N=[NM_REP])
A(14, "07:10", "chief_phuphan", None, typ="image", att=img_name(14))
A(14, "07:14", "palad", "ขอบคุณครับท่าน ดูแลตัวเองและเจ้าหน้าที่ด้วยนะครับ",
  N=["courtesy by the palad"])
A(14, "12:30", "palad", None, typ="system", ev="invite", target="chief_charoen",
  N=["eligible invitee: a district chief (newly re-added after changing phones) is a member of ข้อสั่งการ ปจ.สน."])
A(14, "12:33", "chief_charoen", "ขอบคุณครับท่าน เปลี่ยนเครื่องใหม่ ไลน์หายครับ 😅")
A(14, "15:00", "palad", "สรุปข้อสั่งการท่านผู้ว่าฯ จากการลงพื้นที่ภูพาน\n๑) ทุกอำเภอห้ามเผาเด็ดขาด บังคับใช้กฎหมาย\n๒) ให้ อ.ภูพาน กุดบาก พรรณานิคม เมือง ตั้งจุดเฝ้าระวังตลอด ๒๔ ชม.\n๓) ประสานอุทยานฯ ทุกวัน")
A(14, "15:06", "chief_phanna", "รับทราบครับ พรรณาฯ ตั้งจุดที่บ้านนาหัวบ่อแล้วครับ", disp="นายชยพล  ศรีเมือง",
  N=["roster name ชยพล ศรีเมือง written with the title นาย and a double space: the same district chief, a member; his ack is allowed"])

# Thursday 15
A(15, "07:45", "palad", "แจ้งครับ ยอดผ้าห่มพระราชทานล็อต ๒ จะจัดสรรตามจำนวนผู้เปราะบางที่อำเภอสำรวจส่ง ศอ.จอส. เมื่อวาน ขอให้ท่านกำชับให้ส่งครบครับ")
A(15, "08:02", "chief_phonna", "รับทราบครับท่าน", N=[NM_ACK])
A(15, "10:30", "palad", "ข่าวดีครับ ไฟป่าภูพานดับสนิทแล้วเมื่อ ๐๙.๓๐ น. ขอบคุณทุกอำเภอที่ส่งกำลังสนับสนุนครับ 👏")
A(15, "10:33", "chief_kudbak", "👏👏", N=["a district chief's reaction in ข้อสั่งการ ปจ.สน.: allowed"])
A(15, "10:35", "chief_mueang", "ขอบคุณครับ", N=["chat by a district chief in ข้อสั่งการ ปจ.สน.: allowed"])
A(15, "17:30", "chief_sawang",
  "เรียนท่านปลัดจังหวัด อ.สว่างแดนดิน ตรวจสอบความพร้อมหน่วยเลือกตั้ง อบต. ครบ ๕๔ หน่วยแล้วครับ",
  N=[NM_REP])

# Friday 16
A(16, "07:40", "palad", "สุขสันต์วันครูครับ 🙏 ขอบคุณท่านนายอำเภอทุกท่านที่ทำงานหนักทั้งสัปดาห์ครับ")
A(16, "07:44", "chief_khamta", "ขอบคุณครับท่าน 🙏")
A(16, "09:00", "palad", "แจ้งครับ กรมฯ ขอให้นายอำเภอทุกอำเภอ ทำแบบประเมินความพึงพอใจระบบ e-office ภายในวันที่ ๒๐ ม.ค. ลิงก์ตามนี้ครับ https://forms.gle/SknDopaEoffice69")
A(16, "09:20", "chief_banmuang", "ทำแล้วครับ", N=[NM_REP])
A(16, "14:10", "palad", "เรียนท่านนายอำเภอ วันจันทร์ ๑๙ ม.ค. รับผ้าห่มล็อต ๒ ที่คลังพัสดุจังหวัด ๐๘.๓๐ น. ส่งปลัดไปรับแทนได้ครับ")
A(16, "14:12", "chief_songdao", "รับทราบครับ", N=[NM_ACK])

# more of the week
A(12, "16:00", "palad", "แจ้งเพื่อทราบครับ กรมฯ แจ้งเลื่อนการประชุมนายอำเภอทั่วประเทศ (VDO Conference) จาก ๑๕ ม.ค. เป็น ๒๒ ม.ค. ๖๙ ครับ")
A(12, "16:05", "chief_nikhom", "รับทราบครับ", N=[NM_ACK])
A(14, "20:30", "palad", "ขอบคุณท่านนายอำเภอภูพาน กุดบาก พรรณานิคม เมือง ที่ทำงานหนักทั้งวันครับ พักผ่อนบ้างนะครับ 🙏")
A(14, "20:35", "chief_phuphan", "ขอบคุณครับท่านปลัด 🙏")
A(15, "15:10", "palad", None, typ="file", att="ข้อสั่งการ อปค. ประชุม 9 มค 69.pdf")
A(15, "15:11", "palad", "ไฟล์สรุปข้อสั่งการอธิบดีกรมการปกครองครับ ศึกษาก่อนประชุม ๒๒ ม.ค. ครับ")
A(15, "15:15", "chief_khoksri", "รับทราบครับท่าน", N=[NM_ACK])
