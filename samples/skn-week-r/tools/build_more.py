# More of the week's ordinary traffic (acknowledgements, chat, further orders) in every group.
from lib import m, photos, at, name, PK
from build_export import x

def fem(k):
    return PK[k]["full"].startswith("นาง")
ACK_M = ["รับทราบครับ", "รับทราบครับผม", "ทราบครับ", "รับทราบครับ 🙏", "รับทราบคับ", "ได้ครับ", "รับทราบและถือปฏิบัติครับ", "👍", "รับทาบครับ", "🙏"]
ACK_F = ["รับทราบค่ะ", "ทราบแล้วค่ะ", "รับทราบค่ะ 🙏", "ได้ค่ะ", "รับทราบค่ะพี่", "🙏"]
_n = [0]
def acks(f, t0, whos, step=50, nm=None):
    for i, w in enumerate(whos):
        _n[0] += 1
        t = at(t0, i * step)
        if _n[0] % 5 == 0:
            m(f, t, w, "sticker", att=["sticker_ok_bear", "sticker_bow_monk", "sticker_roger_that", "sticker_heart_thanks"][_n[0] % 4], nm=nm)
        else:
            words = ACK_F if fem(w) else ACK_M
            m(f, t, w, "text", words[_n[0] % len(words)], nm=nm)

# ---------------- ศอ.จอส.จว.สน.
V = "volunteer-centre.jsonl"
NMA = "acknowledgement by a district person: not a report, and no rule against it in this group"
acks(V, "10 09:13", ["vol_sawang", "coord_akat", "vol_kutbak", "chief_phuphan", "vol_phonna"], nm=None)
acks(V, "10 13:43", ["chief_phangkhon", "vol_banmuang", "coord_warit", "chief_sawang"])
acks(V, "11 08:43", ["vol_mueang", "coord_nikhom", "vol_songdao", "vol_akat", "chief_charoen", "coord_phuphan"], step=40)
m(V, "11 08:44", "vol_phuphan" if "vol_phuphan" in PK else "coord_phuphan", "text", "รับทราบครับ ภูพานจะเร่งสำรวจครับ",
  nm="ภูพาน acknowledges O3 but never reports: the ack does not answer the order (missing)")
acks(V, "11 15:24", ["vol_nikhom", "coord_taongoi", "vol_warit"])
acks(V, "12 08:56", ["vol_nikhom", "coord_charoen", "vol_khamta", "chief_banmuang", "vol_taongoi"], step=45)
m(V, "12 08:59", "coord_charoen", "text", "รับทราบครับ เจริญศิลป์จะลงพื้นที่บ้านทุ่งแกวันพรุ่งนี้ครับ",
  nm="เจริญศิลป์ promises to act on O5 but never reports (missing): a promise is not a report")
acks(V, "12 13:23", ["coord_phuphan", "chief_taongoi"])
acks(V, "12 16:03", ["vol_phangkhon", "coord_songdao", "vol_wanon"], step=40)
acks(V, "13 10:02", ["vol_kusuman", "coord_warit", "vol_phonna", "vol_charoen" if "vol_charoen" in PK else "coord_charoen"], step=40)
acks(V, "13 15:02", ["vol_mueang", "chief_nikhom", "vol_akat"], step=45)
acks(V, "14 09:12", ["vol_songdao", "coord_kutbak", "vol_banmuang"], step=40)
acks(V, "14 10:32", ["vol_warit", "coord_phanna", "chief_khoksri", "vol_wanon"], step=40)
m(V, "13 06:50", "chief_phuphan", "text", "ภูพานเช้านี้ ๙ องศาครับ ❄️ ทุกท่านรักษาสุขภาพด้วยครับ",
  nm="a chief's chat with a photo: not a report, so it does not answer O3 for ภูพาน")
m(V, "13 06:51", "chief_phuphan", "image", att="IMG_20251113_phuphan_fog.jpg")
m(V, "13 07:05", "pv1", "text", "สวยมากครับ 😍 หนาวแล้วจริงๆ")
m(V, "12 12:10", "vol_kusuman", "text", "สอบถามค่ะ แบบสำรวจผ้าห่มต้องแนบสำเนาบัตรประชาชนผู้รับด้วยไหมคะ",
  nm="a question by a district volunteer officer: allowed")
m(V, "12 12:20", "pv1", "text", "ยังไม่ต้องครับ ตอนแจกจริงค่อยให้ลงลายมือชื่อรับครับ")
m(V, "11 17:00", "palad", "text", "ขอบคุณทุกอำเภอที่ร่วมกิจกรรมเก็บกระทงครับ ภาพสวยงามมาก จะนำเสนอท่านผู้ว่าฯ ครับ 👍",
  nm="the palad's thanks: chat")
m(V, "11 17:02", "chief_kusuman", "sticker", att="sticker_thank_you_bow")
m(V, "14 19:50", "pv2", "text", "ขอบคุณครับ สัปดาห์หน้าเจอกันครับ 😊")
m(V, "10 21:10", "vol_wanon", "text", "ขออภัยครับ ภาพเมื่อกี้ส่งซ้ำ 1 ภาพครับ")

# ---------------- ข้อสั่งการ ปค.สน.
D = "dopa-orders.jsonl"
from build_dopa import office_order, p2
office_order("10 16:00", "pk2",
  "ที่ สน ๐๐๑๘.๑/ว ๒๓๘๕๒ เรื่อง การลดธงครึ่งเสาและการไว้ทุกข์ของข้าราชการ\nขอให้อำเภอแจ้งส่วนราชการ อปท. และสถานศึกษาในพื้นที่ ถือปฏิบัติตามประกาศสำนักนายกรัฐมนตรีโดยเคร่งครัด",
  "img", "20251110_skn23852", n=2)
office_order("11 10:30", "pk1",
  "ด่วน ที่ สน ๐๐๑๘.๒/ว ๒๓๘๗๐ เรื่อง การป้องกันอัคคีภัยช่วงฤดูหนาว\nขอให้อำเภอประสาน อปท. ตรวจสอบความพร้อมรถดับเพลิง จัดชุดปฏิบัติการเคลื่อนที่เร็ว และประชาสัมพันธ์การใช้ไฟอย่างปลอดภัย",
  "img", "20251111_skn23870", n=3)
m(D, "11 10:36", "coord_mueang", "text", "👍", truth=p2("coord_mueang", "👍 alone is a post"))
office_order("12 10:00", "pk3",
  "ที่ สน ๐๐๑๘.๓/ว ๒๓๘๙๕ เรื่อง การตรวจสอบข้อมูลผู้รับเบี้ยยังชีพผู้สูงอายุที่เสียชีวิต\nขอให้อำเภอกำกับ อปท. ตรวจสอบข้อมูลกับทะเบียนราษฎรทุกเดือน รายละเอียดตามไฟล์",
  "pdf", "สน0018.3-ว23895", nm_att=True)
office_order("12 16:30", "pk1",
  "ที่ สน ๐๐๑๘.๔/ว ๒๓๙๑๑ เรื่อง ประชาสัมพันธ์การยืนยันตัวตนผู้มีบัตรสวัสดิการแห่งรัฐ\nขอให้อำเภอประชาสัมพันธ์ผ่านกำนัน ผู้ใหญ่บ้าน และหอกระจายข่าว ตามภาพและไฟล์แนบ",
  "both", "20251112_skn23911", n=2)
m(D, "12 16:40", "chief_wanon", "text", "อ.วานรนิวาส ประชาสัมพันธ์ผ่านหอกระจายข่าวครบ ๑๑๕ หมู่บ้านแล้วครับ",
  truth=p2("chief_wanon", "a report posted in the orders-only group"))
office_order("13 10:30", "pk2",
  "ที่ สน ๐๐๑๘.๑/ว ๒๓๙๓๓ เรื่อง การรักษาความปลอดภัยงาน OTOP และงานกาชาด\nขอให้อำเภอจัดอาสารักษาดินแดนอำเภอละ ๕ นาย ปฏิบัติหน้าที่ตามตารางเวรที่แนบ ระหว่างวันที่ ๒๑-๒๗ พ.ย. ๖๘",
  "img", "20251113_skn23933", n=3, nm_att=True)
m(D, "13 10:40", "coord_khamta", "sticker", att="sticker_ok_bear", truth=p2("coord_khamta", "sticker"))
office_order("13 15:30", "pk3",
  "ที่ สน ๐๐๑๘.๒/ว ๒๓๙๔๘ เรื่อง แบบรายงานผลการจัดระเบียบสังคมประจำเดือน\nให้อำเภอใช้แบบรายงานใหม่ตามไฟล์แนบ ตั้งแต่รอบเดือนพฤศจิกายน ๒๕๖๘",
  "pdf", "สน0018.2-ว23948")
m(D, "13 15:36", "chief_charoen", "text", "ขออนุญาตสอบถามครับ แบบใหม่ส่งทางระบบสารบรรณหรือทางอีเมลครับ",
  truth=p2("chief_charoen", "question (ขออนุญาตสอบถาม)"))
office_order("14 10:00", "pk1",
  "ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๒๓๙๕๙ เรื่อง การสำรวจหมู่บ้านเสี่ยงภัยหนาวและการเปิดศูนย์ช่วยเหลือ\nขอให้อำเภอเปิดศูนย์ช่วยเหลือผู้ประสบภัยหนาวระดับอำเภอ และแจ้งพิกัดศูนย์ผ่านระบบ DDPM ภายในวันที่ ๑๘ พ.ย. ๖๘",
  "img", "20251114_skn23959", n=4, nm_att=True)
m(D, "14 10:06", "coord_sawang", "text", "รับทราบครับ", truth=p2("coord_sawang", "acknowledgement (second post by the same member: each post is a finding)"))
office_order("14 14:30", "palad",
  "ขอให้ทุกอำเภอกำชับข้าราชการในสังกัดแต่งกายไว้ทุกข์ในการปฏิบัติราชการและงานพิธีการช่วงงาน OTOP อย่างเคร่งครัดครับ", None, None)

# ---------------- ข้อสั่งการ ปจ.สน.
J = "palad-orders.jsonl"
NMJ = "a district chief's acknowledgement in the palad's group: members need not acknowledge, which is not a prohibition"
m(J, "11 16:00", "palad", "text", "ส่งต่อหนังสือกรมการปกครอง เรื่อง การคัดเลือกอำเภอบริหารจัดการดีเด่น ประจำปี ๒๕๖๙ เพื่อทราบครับ")
m(J, "11 16:01", "palad", "file", att="มท0309.2-ว7650_อำเภอดีเด่น69.pdf")
acks(J, "11 16:10", ["chief_kutbak", "chief_songdao", "chief_wanon"], step=90, nm=NMJ)
m(J, "12 16:30", "palad", "text", "แจ้งเพื่อทราบ สรุปผลการประชุมคณะกรมการจังหวัด (กบจ.) ประจำเดือนพฤศจิกายน ครับ")
photos(J, "12 16:31", "palad", 2, "kbj_nov_summary")
acks(J, "12 16:40", ["chief_mueang", "chief_sawang", "chief_nikhom"], step=60, nm=NMJ)
m(J, "13 12:00", "palad", "text", "ขอแสดงความยินดีกับ อ.กุดบาก ที่ได้รับคัดเลือกเป็นอำเภอต้นแบบการแก้ไขปัญหายาเสพติดระดับเขตครับ 🎉")
m(J, "13 12:05", "chief_kutbak", "text", "ขอบคุณค่ะท่านปลัด เป็นผลงานของทีมอำเภอทุกคนค่ะ 🙏")
m(J, "13 12:06", "chief_phonna", "text", "ยินดีด้วยครับท่าน 👏")
m(J, "14 11:00", "palad", "text", "ย้ำครับ ช่วงงาน OTOP ให้ข้าราชการแต่งกายไว้ทุกข์ตามประกาศ และขอให้ท่านนายอำเภอเป็นแบบอย่างครับ")
acks(J, "14 11:05", ["chief_akat", "chief_taongoi", "chief_khoksri", "chief_phuphan"], step=60, nm=NMJ)

# ---------------- ผู้บริหารจังหวัด และนายอำเภอ
X = "executives.jsonl"
NMX = "a chief's reply to an order of the governor / vice governor: allowed"
acks(X, "10 07:06", ["chief_mueang", "chief_khoksri", "chief_phuphan"], step=40, nm=NMX)
acks(X, "12 08:26", ["chief_songdao", "chief_kusuman", "chief_taongoi"], step=40, nm=NMX)
m(X, "13 10:30", "vg2", "text", "ขอให้ทุกอำเภอส่งผู้แทนกลุ่มผู้ผลิต OTOP เข้าร่วมประชุมเตรียมงาน วันจันทร์ที่ ๑๗ พ.ย. ๖๘ เวลา ๑๓.๓๐ น. ที่ห้องประชุมพัฒนาชุมชนจังหวัดค่ะ",
  nm="a vice governor's order, allowed")
acks(X, "13 10:33", ["chief_phanna", "chief_wanon", "chief_khamta", "chief_banmuang"], step=40, nm=NMX)
m(X, "14 01:20", "chief_akat", "text",
  "แจ้งเหตุครับ เวลา ๐๐.๔๐ น. เกิดพายุลมแรง ต.บะหว้า อ.อากาศอำนวย บ้านเรือนเสียหาย ๖ หลัง เสาไฟฟ้าล้ม ๒ ต้น ไม่มีผู้บาดเจ็บ อำเภอและ กฟภ. อยู่ระหว่างแก้ไขครับ",
  nm="a district chief's late-night incident notice: allowed")
photos(X, "14 01:21", "chief_akat", 2, "akat_storm")
m(X, "14 06:50", "vg1", "text", "ขอบคุณท่านนายอำเภอครับ ให้ ปภ. สนับสนุนวัสดุซ่อมแซมบ้านเรือนด้วยครับ", nm="a vice governor's direction, allowed")
m(X, "14 06:55", "chief_akat", "text", "รับทราบครับท่าน", nm=NMX)
m(X, "14 10:00", "chief_phonna", "text", "เรียนท่านผู้ว่าฯ อ.โพนนาแก้ว เปิดศูนย์ช่วยเหลือภัยหนาวแล้ว แจกผ้าห่ม ๑๘๐ ผืนครับ",
  nm="a report addressed to the governor: allowed")
m(X, "14 10:05", "gov", "text", "ขอบคุณครับ 🙏")

# ---------------- หน.ส่วนราชการ-นอภ.สน.
H = "heads-chiefs.jsonl"
NMH = "an acknowledgement of the governor's message: not a report"
acks(H, "10 07:16", ["h_sso", "h_pmj", "chief_mueang", "h_cul", "chief_khoksri"], step=45, nm=NMH)
acks(H, "12 10:37", ["chief_sawang", "h_kaset", "chief_akat"], step=45, nm=NMH)
m(H, "11 11:00", "h_prd", "image", att="IMG_20251111_infographic_OTOP.jpg", nm="an infographic advertising the OTOP fair (pr) sent alone: not a result")
m(H, "11 11:01", "h_prd", "text", "อินโฟกราฟิกงาน OTOP ครับ ฝากส่งต่อกลุ่มส่วนราชการและอำเภอด้วยครับ")
m(H, "12 11:30", "h_lab", "text", "📣 แรงงานจังหวัดขอเชิญร่วมงานนัดพบแรงงาน \"Job Fair สกลนคร\" วันที่ ๑๙ พ.ย. ๖๘ ณ ศูนย์ราชการ ตำแหน่งงานว่างกว่า ๑,๒๐๐ อัตรา ฝากประชาสัมพันธ์ด้วยครับ",
  nm="an agency's invitation to its event (pr): not a report or result")
m(H, "12 14:20", "h_tsj", "text", "ข้อมูลคุณภาพอากาศวันนี้ PM2.5 สกลนคร ๓๘ มคก./ลบ.ม. อยู่ในเกณฑ์ปานกลาง ขอความร่วมมืองดเผาในที่โล่งครับ",
  nm="an agency's information and request: not a result of its work")
m(H, "13 10:00", "chief_songdao", "text",
  "อ.ส่องดาว ขอรายงานผลการดำเนินงานโครงการ \"อำเภอยิ้ม เคลื่อนที่\" ครั้งที่ ๔ ให้บริการประชาชน ๖๑๒ ราย ทำบัตรประชาชน ๘๘ ราย รับเรื่องร้องเรียน ๑๔ เรื่อง ครับ",
  truth=[("SKN-6P", name("chief_songdao"), "", "a district chief posts the results of his district's project")])
photos(H, "13 10:01", "chief_songdao", 3, "songdao_amphoe_yim")
m(H, "13 10:30", "h_pch", "text", "ชื่นชมค่ะท่าน 👏")
m(H, "14 08:30", "gov", "text", "ขอให้หัวหน้าส่วนราชการทุกท่านร่วมพิธีเปิดงาน OTOP วันที่ ๒๑ พ.ย. ๖๘ เวลา ๑๗.๐๐ น. ครับ", nm="the governor's call, allowed")
acks(H, "14 08:32", ["h_ppb", "h_kaset", "h_tsj", "h_com", "h_pasu", "h_tour"], step=40, nm=NMH)

# ---------------- export นักปกครองสกลนคร (inserted in time order by sorting in build_export)
x(10, "08:07", "coord_phanna", "รับทราบครับ")
x(10, "08:08", "chief_phonna", "รับทราบครับท่านปลัด 🙏")
x(11, "09:05", "coord_warit", "[สติกเกอร์]")
x(12, "07:08", "coord_kutbak", "รับทราบครับผม")
x(12, "07:10", "chief_nikhom", "รับทราบค่ะ 🌺")
x(12, "14:00", "coord_songdao", "อ.ส่องดาว รายงานการประชาคมหมู่บ้านเรื่องการป้องกันการเผา ๑๘ หมู่บ้าน ครับ", nm="a coordinating deputy's district report: allowed")
x(12, "14:01", "coord_songdao", "[รูป]")
x(13, "09:02", "coord_akat", "ขอบคุณท่านครับ")
x(14, "08:41", "coord_songdao", "[รูป]")
x(14, "09:16", "coord_akat", "[รูป]")
x(14, "10:31", "chief_khamta", "[รูป]")
x(14, "13:11", "coord_wanon", "[รูป]")
x(14, "16:32", "chief_sawang", "[สติกเกอร์]")
x(14, "16:35", "coord_kusuman", "ขอบคุณครับท่าน พักผ่อนครับ")
