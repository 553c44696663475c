# ศอ.จอส.จว.สน. — the provincial volunteer centre's group, where the reporting duties live.
import random
from week import Group, PEOPLE, DK, DTH, TAMBON, end

G = Group("vol", "ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
A = G.add

ALL = list(DK)
# Orders that create a duty (SKN-5O). deadline worked by hand, see TRUTH.md
ORDERS = {
    "O1": dict(districts=ALL, deadline="2026-01-15T23:59:59+07:00",
               said="ภายใน ๓ วัน",
               why="Order sent Mon 12 Jan 09:10. Thai counting starts the day after: day 1 = Tue 13, day 2 = Wed 14, "
                   "day 3 = Thu 15 (a working day), so the duty runs to the end of Thu 15 Jan."),
    "O2": dict(districts=ALL, deadline="2026-01-14T23:59:59+07:00",
               said="ภายในวันที่ ๑๔ ม.ค. ๖๙",
               why="A named date: the whole of Wed 14 Jan 2026 (พ.ศ. 2569), to 23:59:59."),
    "O3": dict(districts=ALL, deadline="2026-01-13T12:00:00+07:00",
               said="ก่อนเที่ยงวันพรุ่งนี้",
               why="Sent Mon 12 Jan 14:05; 'before noon tomorrow' = Tue 13 Jan 12:00. The order asks for photos, "
                   "so photos sent alone count as the answer."),
    "O4": dict(districts=["phuphan", "kudbak", "phanna", "mueang"], deadline="2026-01-14T16:30:00+07:00",
               said="ภายในเวลา ๑๖.๓๐ น. วันนี้",
               why="Sent Wed 14 Jan 07:45 to four named districts; 'by 16.30 today' = Wed 14 Jan 16:30."),
    "O5": dict(districts=["wanon", "sawang", "akat", "charoen"], deadline="2026-01-15T12:00:00+07:00",
               said="ภายใน 12.00 น. ของวันที่ 15 ม.ค. 69",
               why="Sent Tue 13 Jan 13:30 to four named district chiefs; explicit time and date: Thu 15 Jan 12:00."),
    "O6": dict(districts=ALL, deadline="2026-01-14T15:00:00+07:00",
               said="(no deadline in the text)",
               why="Sent Tue 13 Jan 15:00 with no deadline, so the default of 24 hours applies: Wed 14 Jan 15:00."),
    "O7": dict(districts=ALL, deadline="2026-01-15T10:20:00+07:00",
               said="ภายใน ๒๔ ชม.",
               why="Sent Wed 14 Jan 10:20; 24 hours later is Thu 15 Jan 10:20 (hours are counted on the clock, "
                   "not as days)."),
    "O8": dict(districts=["songdao", "taongoi", "khoksri", "warit"], deadline="2026-01-16T23:59:59+07:00",
               said="ภายในวันศุกร์ที่ ๑๖ ม.ค. นี้",
               why="Sent Thu 15 Jan 09:00 to four named districts; 'by Friday 16 Jan' = end of Fri 16 Jan. The log "
                   "ends Fri 16 Jan 20:45, before the deadline, so a district that has not answered is not yet due. "
                   "The order asks for photos, so photos alone count."),
}

# ----------------------------------------------------------------- day 1, Monday 12 January
A(12, "07:02", "volp1", "สวัสดีวันจันทร์ค่ะ ☀️ เช้านี้ตัวเมืองสกลฯ 11 องศา บนภูพานเหลือ 7 องศา ท่านนายอำเภอ ท่านปลัด และพี่ๆ จอส.ทุกอำเภอ ใส่เสื้อกันหนาวหนาๆ นะคะ 🧣")
A(12, "07:06", "vol_kusuman", None, typ="sticker")
A(12, "07:11", "coord_nikhom", "สวัสดีครับ 🙏")
A(12, "07:40", "chief_khoksri", "อรุณสวัสดิ์ครับทุกท่าน หนาวจริงๆ ครับเช้านี้ โคกศรีฯ หมอกลงจัดเลย")
A(12, "08:45", "ผ้าห่มนวม ราคาส่ง by ครูแอน", None, typ="system", ev="join",
  F=[("OUTSIDER", "joined by link/QR code; not on the roster (seller)")])
A(12, "08:47", "ผ้าห่มนวม ราคาส่ง by ครูแอน",
  "สวัสดีค่ะ 🙏 ขายส่งผ้าห่มนวมกันหนาว ขนาด 6 ฟุต ผืนละ 159 บ. สั่ง 50 ผืนขึ้นไป ส่งฟรีทั่ว จ.สกลนคร หน่วยงานราชการออกใบเสร็จได้ค่ะ สนใจทักแชทได้เลยนะคะ 📦")
G.pics(12, "08:47", "ผ้าห่มนวม ราคาส่ง by ครูแอน", 1)
A(12, "09:02", "volp1", None, typ="system", ev="remove", target="ผ้าห่มนวม ราคาส่ง by ครูแอน")
A(12, "09:03", "volp1", "ลบบัญชีขายของออกแล้วนะคะ 🙏 ใครมีลิงก์เชิญกลุ่มรบกวนอย่าส่งต่อนะคะ กลุ่มนี้เฉพาะท่านนายอำเภอ ปลัดอำเภอ และ จนท.จิตอาสาเท่านั้นค่ะ",
  N=["provincial centre's housekeeping request; it asks for no report, so it creates no SKN-5O duty"])
A(12, "09:10", "volp1",
  "ด่วนที่สุด\nเรียน นายอำเภอทุกอำเภอ (ผอ.ศอ.จอส.อำเภอ)\n"
  "ตามที่จังหวัดได้รับผ้าห่มกันหนาวพระราชทานและจัดสรรให้ทุกอำเภอเมื่อวันที่ 9 ม.ค. 69 นั้น\n"
  "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอ รายงานผลการออกหน่วยจิตอาสาแจกจ่ายผ้าห่มกันหนาว "
  "(จำนวนผืน / จำนวนครัวเรือน / จำนวนจิตอาสาที่ร่วม / พื้นที่) ให้ ศอ.จอส.จว.สน. ทราบภายใน ๓ วัน "
  "เพื่อรวบรวมรายงานสำนักงานเลขาธิการพระราชวังต่อไป\nรายละเอียดตามหนังสือที่แนบค่ะ",
  lab="O1")
G.pics(12, "09:11", "volp1", 2)
A(12, "09:13", "vol_warit", "รับทราบค่ะ")
A(12, "09:14", "chief_songdao", None, typ="sticker")
A(12, "09:16", "coord_phuphan", "รับทราบครับ จะแจ้งทุกตำบลเร่งแจกให้ครบตามบัญชีครับ",
  N=["acknowledgement that opens the post, with compliance words after it; not an order by a district (no SKN-5P)"])
A(12, "09:20", "chief_khamta", "ร้บทราบครับ")
A(12, "09:24", "vol_taongoi", "รับทราบค่ะ 🙏",
  N=["an acknowledgement is not a report: เต่างอย stays missing for O1"])
A(12, "09:31", "vol_charoen", "🙏")
A(12, "10:40", "palad",
  "เรียน นอภ.ทุกอำเภอ\nเรื่อง สรุปผลการปฏิบัติงานของจิตอาสาพระราชทาน ช่วงเทศกาลปีใหม่ ๒๕๖๙ (๗ วันอันตราย ๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙)\n"
  "ขอให้ทุกอำเภอสรุปจำนวนจุดบริการ จำนวนจิตอาสาที่ปฏิบัติหน้าที่ และผลการช่วยเหลือประชาชน ตามแบบที่แนบ "
  "ส่ง ศอ.จอส.จว.สน. ภายในวันที่ ๑๔ ม.ค. ๖๙ เพื่อรวบรวมเสนอท่านผู้ว่าฯ ครับ", lab="O2")
A(12, "10:41", "palad", None, typ="file", att="แบบสรุปผล จอส. 7 วันอันตราย ปีใหม่ 2569.pdf")
A(12, "10:45", "vol_phangkhon", "รับทราบค่ะ")
A(12, "10:52", "vol_sawang", "เรียนสอบถามค่ะ จุดบริการที่ตั้งร่วมกับ อปท. (จุดบริการประชาชน) นับรวมในแบบด้วยไหมคะ")
A(12, "10:58", "palad", "นับรวมได้ครับ แต่ขอให้แยกจำนวนจิตอาสาที่ประจำจุดให้ชัดเจนนะครับ", reply=None,
  N=["the palad's answer to a question; it clarifies O2 and asks for no new report, so no new duty"])
A(12, "12:05", "chief_kudbak", "ขอบคุณ ศอ.จอส.จว. ครับ ผ้าห่มพระราชทานถึงอำเภอตั้งแต่เช้าวันเสาร์ เริ่มแจกแล้วครับ 🙏")
A(12, "14:05", "volp2",
  "เรียน ศอ.จอส.อำเภอทุกอำเภอ\nขอความร่วมมือส่งภาพกิจกรรมจิตอาสาพระราชทานที่ร่วมจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๙ (๑๐ ม.ค. ๖๙) "
  "อำเภอละ ๓-๕ ภาพ พร้อมคำบรรยายสั้นๆ ส่งในกลุ่มนี้ได้เลย ก่อนเที่ยงวันพรุ่งนี้ครับ เพื่อทำสรุปภาพรวมจังหวัด 🙏", lab="O3")
A(12, "14:07", "coord_banmuang", "รับทราบครับผม")
A(12, "14:08", "vol_akat", "ทราบค่ะ")
A(12, "14:10", "chief_phonna", "👍")
A(12, "16:10", "volp1",
  "แจ้งเพื่อทราบค่ะ 📢 กำหนดการฝึกอบรมจิตอาสาพระราชทาน ๙๐๔ วปร. หลักสูตรจิตอาสาภัยพิบัติ รุ่นที่ ๑/๒๕๖๙ "
  "วันที่ ๒๒-๒๓ ม.ค. ๖๙ ณ หอประชุมอำเภอพรรณานิคม รายละเอียดตามไฟล์ค่ะ (อำเภอไม่ต้องรายงานค่ะ)", lab="I1",
  N=["information-only order: says อำเภอไม่ต้องรายงาน, so no SKN-5O duty"])
A(12, "16:11", "volp1", None, typ="file", att="กำหนดการอบรม จอส.ภัยพิบัติ รุ่น1-2569.pdf")
A(12, "16:12", "vol_phanna", "ขอบคุณค่ะ")
A(12, "17:50", "volp2", "🎂 วันนี้วันเกิดท่านนายอำเภอกุดบาก ขอให้ท่านสุขภาพแข็งแรง เป็นหลักให้ชาวกุดบากไปนานๆ ครับ 🎉")
A(12, "17:52", "chief_wanon", "สุขสันต์วันเกิดครับท่าน 🎂")
A(12, "17:55", "vol_kudbak", "HBD ครับท่าน 🎉🎉")
A(12, "18:20", "chief_kudbak", "ขอบคุณทุกท่านมากครับ 🙏😊")
A(12, "20:10", "chief_taongoi", "คืนนี้อุณหภูมิจะลดลงอีก 3-4 องศา ขอให้ทุกท่านรักษาสุขภาพนะครับ 🥶",
  N=["courtesy from a district chief that uses ขอให้; not an order (no SKN-5P)"])

# ----------------------------------------------------------------- day 2, Tuesday 13 January
A(13, "07:15", "chief_akat", "สวัสดีวันอังคารครับ ☕")
A(13, "07:16", "vol_nikhom", None, typ="sticker")
A(13, "10:30", "volp2",
  "🔔 ย้ำครับ ภาพกิจกรรมวันเด็ก ครบกำหนดก่อนเที่ยงวันนี้ ยังไม่ได้รับจาก อ.นิคมน้ำอูน อ.อากาศอำนวย อ.เจริญศิลป์ อ.โพนนาแก้ว อ.ภูพาน ครับ",
  reply="O3", lab="R1", N=["reminder of O3 (ย้ำ, a reply to the order): no new duty"])
A(13, "10:34", "coord_phuphan", "ภูพานขอส่งช่วงบ่ายนะครับ ตอนนี้ จอส.ติดทำแนวกันไฟบนภูครับ")
A(13, "13:30", "palad",
  "เรียน นอภ.วานรนิวาส นอภ.สว่างแดนดิน นอภ.อากาศอำนวย นอภ.เจริญศิลป์\n"
  "ตามที่จะมีการเลือกตั้งนายกองค์การบริหารส่วนตำบลและสมาชิกสภา อบต. ในพื้นที่ ๔ อำเภอ (วันอาทิตย์ที่ ๒๕ ม.ค. ๖๙) "
  "ขอให้ ศอ.จอส.อำเภอ รายงานจำนวนจิตอาสาที่จะช่วยอำนวยความสะดวกประชาชนบริเวณหน่วยเลือกตั้ง "
  "ภายใน 12.00 น. ของวันที่ 15 ม.ค. 69 ครับ", lab="O5")
A(13, "13:33", "chief_wanon", "รับทราบครับท่าน")
A(13, "13:35", "vol_charoen", "รับทราบครับ",
  N=["acknowledgement only: เจริญศิลป์ stays missing for O5"])
A(13, "15:00", "volp1",
  "เรียน ศอ.จอส.อำเภอทุกอำเภอ\nขอให้ทุกอำเภอจัดส่งแผนกิจกรรมจิตอาสาพัฒนา ประจำเดือนกุมภาพันธ์ ๒๕๖๙ ตามแบบ จอส.๑ "
  "(กิจกรรม/วันที่/สถานที่/จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม) ให้ ศอ.จอส.จว.สน. ค่ะ แบบฟอร์มตามไฟล์แนบ", lab="O6")
A(13, "15:01", "volp1", None, typ="file", att="แบบ จอส.1 แผนกิจกรรมจิตอาสาพัฒนา กพ69.xlsx")
A(13, "15:03", "coord_taongoi", "รับทราบครับ")
A(13, "15:04", "vol_khoksri", None, typ="sticker")
A(13, "15:06", "chief_phuphan", "ทราบครับ")
A(13, "16:20", "chief_sawang",
  "เรียน อำเภอโซนเหนือ (วานรฯ อากาศฯ เจริญศิลป์ ส่องดาว) ขอให้ส่งรายชื่อจิตอาสาร่วมกิจกรรมทำฝายชะลอน้ำ บ้านถ่อน "
  "วันเสาร์ที่ 24 ม.ค. นี้ อำเภอละ 20 คน ภายในวันพฤหัสนี้นะครับ",
  F=[("SKN-5P", "an order to other districts from a district chief; orders here come only from the provincial centre")])
A(13, "16:25", "chief_akat", "รับทราบครับ จะประสานปลัดศุภชัยส่งรายชื่อครับ")
A(13, "18:30", "vol_khamta", "ขอบคุณค่ะ 🙏")
A(13, "21:15", "coord_nikhom", "ขออภัยครับ น้ำอูนสัญญาณเน็ตล่มทั้งบ่าย ภาพวันเด็กส่งแล้วนะครับ")

# ----------------------------------------------------------------- day 3, Wednesday 14 January
A(14, "06:30", "chief_phuphan",
  "เรียนทุกท่าน เมื่อคืนเกิดไฟป่าบนเทือกเขาภูพาน เขต ต.สร้างค้อ ควบคุมได้บางส่วนแล้ว ยังมีจุดความร้อนอยู่ 2 จุด ขอบคุณทุกอำเภอที่ส่งกำลังใจมาครับ 🙏")
A(14, "07:45", "palad",
  "ด่วน\nเรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.พรรณานิคม นอภ.เมืองสกลนคร\n"
  "กรณีไฟป่าเทือกเขาภูพาน ขอให้ ศอ.จอส.อำเภอ จัดจิตอาสาพระราชทานร่วมกับ อส. ชรบ. และเจ้าหน้าที่อุทยานฯ "
  "ช่วยทำแนวกันไฟ และรายงานจำนวนจิตอาสา/พื้นที่ที่ดำเนินการ ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ", lab="O4")
G.pics(14, "07:46", "palad", 2)
A(14, "07:50", "chief_kudbak", "รับทราบครับท่าน")
A(14, "07:52", "vol_phanna", "รับทราบค่ะ กำลังประสานจิตอาสาค่ะ")
A(14, "09:40", "volp2", None, typ="system", ev="invite", target="h_dpm_dep",
  F=[("SKN-5", "invited staff of ปภ.สน. (role staff) — not admitted to ศอ.จอส.จว.สน."),
     ("SKN-ALL", "invitee: on the roster but not admitted to this group"),
     ("SKN-ALL", "inviter: invited a person who is not admitted", "จ่าคิด จอส.สกลฯ")])
A(14, "09:42", "volp2", "เพิ่มพี่สุริยา ปภ. เข้ามาประสานเรื่องรถขนผ้าห่มล็อต 2 นะครับ")
A(14, "10:20", "palad",
  "เรียน นอภ.ทุกอำเภอ\nอากาศหนาวจัดต่อเนื่อง ท่านผู้ว่าฯ ห่วงใยกลุ่มเปราะบาง ขอให้ ศอ.จอส.อำเภอ ร่วมกับ อสม. และผู้นำชุมชน "
  "สำรวจผู้สูงอายุที่อยู่ลำพัง ผู้ป่วยติดเตียง และผู้พิการ ที่ยังขาดผ้าห่ม/เครื่องกันหนาว แล้วรายงานจำนวน ภายใน ๒๔ ชม. ครับ", lab="O7")
A(14, "10:22", "coord_charoen", "รับทราบครับ")
A(14, "10:23", "vol_wanon", "รับทราบค่ะ 🙏")
A(14, "10:25", "chief_phonna", "ทราบครับ",
  N=["acknowledgement only: โพนนาแก้ว stays missing for O7"])
A(14, "13:00", "volp2",
  "ประชาสัมพันธ์ เพื่อทราบครับ ผ้าห่มพระราชทานล็อตที่ 2 (3,000 ผืน) จะถึงคลังจังหวัดวันศุกร์ที่ 16 ม.ค. "
  "ศอ.จอส.จว. จะแจ้งยอดจัดสรรรายอำเภออีกครั้ง ช่วงนี้อำเภอไม่ต้องรายงานกลับครับ", lab="I2",
  N=["information-only: อำเภอไม่ต้องรายงานกลับ, so no SKN-5O duty"])
A(14, "13:06", "coord_phonna", "รับทราบค่ะ")
A(14, "14:05", "h_dpm", "ขอบคุณพี่น้องจิตอาสาทุกอำเภอที่ช่วยแจกจ่ายผ้าห่มครับ ล็อต 2 ทาง ปภ.จะสนับสนุนรถบรรทุกขนส่งให้ครับ",
  F=[("SKN-5", "an agency head posts in ศอ.จอส.จว.สน.; agency heads are not members of this group")])
A(14, "15:30", "volp1",
  "เร่งรัดค่ะ 📌 แผน จอส.๑ เดือน ก.พ. ครบกำหนดแล้วเมื่อ 15.00 น. อำเภอที่ยังไม่ได้ส่ง: บ้านม่วง เต่างอย ภูพาน ขอให้ส่งโดยด่วนค่ะ",
  reply="O6", lab="R2", N=["reminder of O6 (เร่งรัด, อำเภอที่ยังไม่ได้ส่ง): no new duty"])
A(14, "16:00", "palad",
  "ย้ำครับ สรุปผล ๗ วันอันตราย (จอส.) ครบกำหนดภายในวันนี้ ยังขาด อ.พรรณานิคม อ.คำตากล้า อ.สว่างแดนดิน อ.โคกศรีสุพรรณ อ.โพนนาแก้ว ครับ",
  reply="O2", lab="R3", N=["reminder of O2 (ย้ำ, ครบกำหนด): no new duty"])
A(14, "19:00", "volp2",
  "รายงานผลการปฏิบัติงาน ศอ.จอส.จว.สน. วันที่ 14 ม.ค. 69\n- ชุดปฏิบัติการจิตอาสาจังหวัดร่วมกับ ปภ.สน. แจกผ้าห่ม ต.โคกภู อ.ภูพาน 150 ผืน\n"
  "- สนับสนุนน้ำดื่มจุดทำแนวกันไฟ 40 แพ็ค\nภาพตามแนบครับ",
  F=[("SKN-5P", "a performance report by province-level volunteer staff; reports here come only from the districts")])
G.pics(14, "19:01", "volp2", 2)
A(14, "19:20", "chief_phuphan", "ขอบคุณชุดจิตอาสาจังหวัดมากครับ 🙏 ชาวโคกภูฝากขอบคุณครับ")

# ----------------------------------------------------------------- day 4, Thursday 15 January
A(15, "07:00", "volp1", "อรุณสวัสดิ์วันพฤหัสค่ะ 🌤️")
A(15, "07:02", "chief_khoksri", None, typ="sticker")
A(15, "09:00", "volp1",
  "เรียน อ.ส่องดาว อ.เต่างอย อ.โคกศรีสุพรรณ อ.วาริชภูมิ\nสำนักพระราชวังขอภาพการมอบผ้าห่มพระราชทานเพิ่มเติม "
  "ขอให้ ๔ อำเภอส่งภาพถ่ายการมอบผ้าห่มพระราชทาน อำเภอละ ๒-๓ ภาพ (ภาพเห็นผู้รับและถุงผ้าห่มชัดเจน) "
  "ภายในวันศุกร์ที่ ๑๖ ม.ค. นี้ค่ะ", lab="O8")
A(15, "09:05", "vol_warit", "รับทราบค่ะ",
  N=["acknowledgement only; วาริชภูมิ has not answered O8 by the end of the log, but the deadline (end of Fri 16 Jan) has not passed: not-due, not missing"])
A(15, "10:00", "adm2",
  "ส่งต่อข่าว สนง.ประชาสัมพันธ์จังหวัด: จังหวัดสกลนครประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว) ครบทั้ง 18 อำเภอ "
  "ตั้งแต่ 13 ม.ค. 69 https://www.facebook.com/share/p/1SknPRD2569/",
  F=[("SKN-5", "a provincial office sending account posts here; ศอ.จอส.จว.สน. admits palad, district people and volunteer staff only")])
A(15, "11:00", "vol_wanon", None, typ="system", ev="invite", target="ต้อม อบต.ขัวก่าย",
  F=[("OUTSIDER", "added by ศิริพร จอส.วานรนิวาส; not on the roster", "ต้อม อบต.ขัวก่าย")])
A(15, "11:02", "vol_wanon", "เพิ่มน้องต้อม จนท.อบต.ขัวก่าย เข้ามาช่วยประสานจิตอาสาเลือกตั้งค่ะ")
A(15, "11:30", "volp1", None, typ="system", ev="invite", target="dep_kudbak",
  N=["eligible invitee: a deputy district chief (ปลัดอำเภอ) is admitted to ศอ.จอส.จว.สน.; no SKN-ALL"])
A(15, "11:31", "dep_kudbak", "สวัสดีค่ะ ปลัดกนกพร เพิ่งย้ายมาประจำ อ.กุดบาก รับผิดชอบงานจิตอาสา ฝากเนื้อฝากตัวด้วยนะคะ 🙏")
A(15, "11:33", "chief_kudbak", "ยินดีต้อนรับครับปลัดกิ๊ฟ 👏")
A(15, "13:20", "coord_akat",
  "เรียนทุกอำเภอในโซน 3 (อากาศฯ วานรฯ บ้านม่วง คำตากล้า) ขอให้ส่งยอดผ้าห่มพระราชทานคงเหลือมาที่ผมภายใน 16.00 น. วันนี้นะครับ จะรวบรวมส่ง ศอ.จอส.จว. ครับ",
  F=[("SKN-5P", "a coordinating deputy directs other districts; orders here come only from the provincial centre")])
A(15, "13:24", "chief_banmuang", "รับทราบครับปลัด")
A(15, "14:00", "volp1",
  "ย้ำค่ะ ผลการแจกผ้าห่มกันหนาว (แจ้งเมื่อวันจันทร์ที่ 12 ม.ค.) ครบกำหนดสิ้นวันนี้ ยังไม่ได้รับจาก อ.นิคมน้ำอูน อ.วานรนิวาส อ.อากาศอำนวย อ.เต่างอย อ.เจริญศิลป์ ค่ะ",
  reply="O1", lab="R4", N=["reminder of O1 (ย้ำ, ครบกำหนด): no new duty"])
A(15, "14:05", "chief_charoen", "รับทราบครับ กำลังรวบรวมครับ")
A(15, "15:40", "ปลัดต้น", "ขอบคุณครับ 🙏",
  N=["display name ปลัดต้น fits two roster people (สว่างแดนดิน and เต่างอย): ambiguous, never judged (harmless here anyway)"])
A(15, "16:00", "coord_khoksri", "ขอสอบถามครับ ภาพมอบผ้าห่มพระราชทานต้องเห็นป้ายโครงการในภาพด้วยไหมครับ")
A(15, "16:04", "volp1", "มีป้ายได้จะดีมากค่ะ ถ้าไม่มีก็ส่งได้ค่ะ ขอให้เห็นผู้รับชัดๆ ค่ะ")

# ----------------------------------------------------------------- day 5, Friday 16 January
A(16, "07:00", "volp1", "สวัสดีวันศุกร์ค่ะ 🌞 สุขสันต์วันครูนะคะ คุณครูทุกท่านในชีวิตเรา 🙏📚")
A(16, "07:05", "vol_taongoi", None, typ="sticker")
A(16, "07:08", "coord_akat", "สวัสดีครับ หนาวมากครับวันนี้")
A(16, "13:00", "vol_banmuang", None, typ="system", ev="unsend")
A(16, "13:01", "vol_banmuang", "ขออภัยครับ ส่งผิดกลุ่ม 😅")
A(16, "16:30", "chief_phangkhon", "ขอบคุณ ศอ.จอส.จว. ที่ประสานงานตลอดสัปดาห์ครับ 🙏")
A(16, "20:45", "volp1",
  "ขอบคุณทุกอำเภอสำหรับความร่วมมือตลอดสัปดาห์ค่ะ สัปดาห์หน้า ศอ.จอส.จว. จะสรุปผลเสนอท่านผู้ว่าฯ ขอให้ทุกท่านพักผ่อนวันหยุดให้เต็มที่ เดินทางปลอดภัยนะคะ 🙏")

# ----------------------------------------------------------------- the districts' answers
# district: (expected state, day, time, who, form, options)
# forms: t = text, tN = text then N photos, pN = N photos alone, pNc = N photos then a caption, f = text + file, F = file alone
SCHED = {
    "O1": {
        "mueang": ("on-time", 12, "11:30", "vol", "t3", ""),
        "kusuman": ("on-time", 13, "09:40", "vol", "t2", ""),
        "kudbak": ("on-time", 14, "10:05", "chief", "t", "reply"),
        "phanna": ("on-time", 13, "14:20", "coord", "t2", ""),
        "phangkhon": ("on-time", 14, "15:10", "coord", "t", ""),
        "warit": ("on-time", 13, "11:05", "vol", "p2c", ""),
        "nikhom": ("late", 16, "09:15", "vol", "t2", "late"),
        "wanon": ("on-time", 15, "23:41", "vol", "t", ""),
        "khamta": ("on-time", 14, "09:12", "coord", "t", ""),
        "banmuang": ("on-time", 13, "16:45", "vol", "t1", ""),
        "akat": ("on-time", 15, "16:20", "coord", "t", ""),
        "sawang": ("on-time", 14, "11:30", "vol", "t2", ""),
        "songdao": ("on-time", 13, "10:10", "vol", "t3", ""),
        "taongoi": ("missing",),
        "khoksri": ("on-time", 15, "10:45", "vol", "t", ""),
        "charoen": ("late", 16, "10:32", "chief", "t2", "late"),
        "phonna": ("on-time", 14, "14:00", "vol", "t", ""),
        "phuphan": ("on-time", 15, "08:30", "dep", "t", ""),
    },
    "O2": {
        "mueang": ("on-time", 13, "15:10", "vol", "f", ""),
        "kusuman": ("on-time", 14, "10:00", "vol", "t", ""),
        "kudbak": ("on-time", 13, "09:05", "vol", "t", ""),
        "phanna": ("on-time", 14, "16:40", "vol", "f", ""),
        "phangkhon": ("on-time", 13, "13:50", "vol", "f", ""),
        "warit": ("on-time", 14, "09:30", "coord", "t", ""),
        "nikhom": ("on-time", 14, "11:20", "coord", "t", ""),
        "wanon": ("on-time", 13, "10:30", "dep", "t", ""),
        "khamta": ("late", 15, "09:05", "vol", "f", "late"),
        "banmuang": ("on-time", 14, "13:15", "chief", "t", "reply"),
        "akat": ("on-time", 13, "14:45", "vol", "t", ""),
        "sawang": ("on-time", 14, "20:15", "coord", "t", ""),
        "songdao": ("on-time", 14, "08:50", "vol", "t", ""),
        "taongoi": ("on-time", 14, "15:34", "vol", "f", ""),
        "khoksri": ("late", 15, "13:40", "coord", "t", "late"),
        "charoen": ("on-time", 13, "11:10", "vol", "t", ""),
        "phonna": ("missing",),
        "phuphan": ("on-time", 14, "14:20", "vol", "t", ""),
    },
    "O3": {
        "mueang": ("on-time", 12, "15:20", "vol", "p3", ""),
        "kusuman": ("on-time", 12, "16:00", "vol", "t3", ""),
        "kudbak": ("on-time", 13, "08:10", "vol", "p3", ""),
        "phanna": ("on-time", 12, "17:30", "vol", "p3c", ""),
        "phangkhon": ("on-time", 13, "09:00", "vol", "t2", ""),
        "warit": ("on-time", 12, "15:45", "vol", "t3", ""),
        "nikhom": ("late", 13, "15:40", "vol", "p3c", "late"),
        "wanon": ("on-time", 13, "07:50", "vol", "t3", ""),
        "khamta": ("on-time", 12, "19:20", "vol", "p4", ""),
        "banmuang": ("on-time", 13, "10:05", "vol", "t3", ""),
        "akat": ("on-time", 13, "11:59:10", "vol", "t2", "edge"),
        "sawang": ("on-time", 13, "08:40", "vol", "p3", "reply"),
        "songdao": ("on-time", 12, "16:30", "vol", "p3", ""),
        "taongoi": ("on-time", 13, "09:30", "vol", "t3", ""),
        "khoksri": ("on-time", 12, "18:05", "vol", "t3", ""),
        "charoen": ("late", 13, "13:10", "vol", "t3", "late"),
        "phonna": ("on-time", 13, "11:20", "vol", "p3", ""),
        "phuphan": ("missing",),
    },
    "O4": {
        "phuphan": ("on-time", 14, "12:10", "chief", "t3", ""),
        "kudbak": ("on-time", 14, "16:29", "coord", "t", "edge"),
        "phanna": ("on-time", 14, "14:45", "vol", "t2", ""),
        "mueang": ("late", 14, "17:05", "coord", "t", "late"),
    },
    "O5": {
        "wanon": ("on-time", 14, "10:40", "chief", "t", "reply"),
        "sawang": ("on-time", 15, "11:59:05", "coord", "t", "edge"),
        "akat": ("late", 15, "14:20", "vol", "t", "late"),
        "charoen": ("missing",),
    },
    "O6": {
        "mueang": ("on-time", 14, "09:20", "vol", "f", ""),
        "kusuman": ("on-time", 13, "16:40", "vol", "F", ""),
        "kudbak": ("on-time", 14, "11:00", "vol", "t", ""),
        "phanna": ("on-time", 14, "10:15", "coord", "t", ""),
        "phangkhon": ("on-time", 14, "08:35", "vol", "f", ""),
        "warit": ("on-time", 14, "13:55", "vol", "t", ""),
        "nikhom": ("on-time", 14, "14:10", "vol", "f", ""),
        "wanon": ("on-time", 14, "09:45", "vol", "t", ""),
        "khamta": ("on-time", 14, "10:50", "vol", "f", ""),
        "banmuang": ("late", 14, "16:20", "vol", "f", "late"),
        "akat": ("on-time", 14, "11:40", "vol", "t", ""),
        "sawang": ("on-time", 14, "14:58", "vol", "f", "edge"),
        "songdao": ("on-time", 14, "09:05", "vol", "t", ""),
        "taongoi": ("late", 15, "08:40", "vol", "f", "late"),
        "khoksri": ("on-time", 14, "13:20", "vol", "t", ""),
        "charoen": ("on-time", 14, "10:30", "vol", "t", ""),
        "phonna": ("on-time", 14, "11:50", "vol", "f", ""),
        "phuphan": ("missing",),
    },
    "O7": {
        "mueang": ("on-time", 14, "15:40", "coord", "t", ""),
        "kusuman": ("on-time", 14, "14:30", "vol", "t", ""),
        "kudbak": ("on-time", 15, "09:10", "vol", "t", ""),
        "phanna": ("on-time", 14, "17:20", "coord", "t", ""),
        "phangkhon": ("on-time", 14, "16:05", "vol", "t", ""),
        "warit": ("on-time", 15, "08:15", "vol", "t", ""),
        "nikhom": ("on-time", 14, "16:50", "vol", "t", ""),
        "wanon": ("on-time", 15, "10:19:20", "vol", "t", "edge"),
        "khamta": ("on-time", 14, "13:35", "chief", "t", "nil"),
        "banmuang": ("on-time", 15, "09:30", "vol", "t", ""),
        "akat": ("on-time", 14, "18:10", "vol", "t", ""),
        "sawang": ("late", 15, "13:05", "vol", "t", "late"),
        "songdao": ("on-time", 14, "15:15", "vol", "t", ""),
        "taongoi": ("on-time", 15, "07:55", "coord", "t", ""),
        "khoksri": ("on-time", 14, "11:45", "vol", "t", "nil"),
        "charoen": ("on-time", 15, "09:50", "vol", "t", ""),
        "phonna": ("missing",),
        "phuphan": ("on-time", 15, "08:50", "coord", "t", ""),
    },
    "O8": {
        "songdao": ("on-time", 15, "15:00", "vol", "p3", ""),
        "taongoi": ("on-time", 16, "10:15", "vol", "p2", ""),
        "khoksri": ("on-time", 16, "09:40", "vol", "t2", ""),
        "warit": ("not-due",),
    },
}

# ------------------------------------------------------------- wording of the answers
R = random.Random(2569)


def fill(s, dk, who):
    t = TAMBON[dk]
    return s.format(d=DTH[dk], t1=t[0], t2=t[1], p=end(who),
                    n=R.randrange(180, 640), h=R.randrange(150, 600), v=R.randrange(18, 70),
                    k=R.randrange(3, 12), s=R.randrange(90, 900), a=R.randrange(0, 4),
                    km=R.choice(["1.5", "2", "3", "4.5", "2.8"]), u=R.randrange(8, 40),
                    x=R.randrange(3, 48))


TXT = {
    "O1": [
        "ศอ.จอส.อ.{d} รายงานผลการแจกผ้าห่มกันหนาวพระราชทาน ณ ต.{t1} และ ต.{t2} จำนวน {n} ผืน {h} ครัวเรือน จิตอาสาร่วม {v} คน{p}",
        "อ.{d} ขอรายงานผลการออกหน่วยจิตอาสาแจกจ่ายผ้าห่มกันหนาว\n- พื้นที่ ต.{t1}, ต.{t2}\n- ผ้าห่ม {n} ผืน / {h} ครัวเรือน\n- จิตอาสา {v} คน\nรายละเอียดตามภาพ{p}",
        "เรียน ศอ.จอส.จว.สน. อ.{d} แจกผ้าห่มครบตามยอดจัดสรรแล้ว {n} ผืน (ผู้สูงอายุ/ผู้พิการ/ผู้ยากไร้ {h} ครัวเรือน) จิตอาสา {v} คน{p} 🙏",
        "รายงานผล ภัยหนาว อ.{d} : แจกผ้าห่ม {n} ผืน {h} หลังคาเรือน ต.{t1} ต.{t2} จอส.ร่วม {v} คน{p}",
        "ศอ.จอส.อ.{d} ดำเนินการแจกจ่ายผ้าห่มกันหนาวพระราชทานเสร็จแล้ว จำนวน {n} ผืน ผู้รับ {h} ครัวเรือน จิตอาสาพระราชทาน {v} นาย{p}",
    ],
    "O1cap": "↑ ภาพการแจกผ้าห่มพระราชทาน อ.{d} ต.{t1} รวม {n} ผืน {h} ครัวเรือน จอส. {v} คน{p}",
    "O2": [
        "สรุป 7 วันอันตราย ปีใหม่ 2569 ศอ.จอส.อ.{d}\n• จุดบริการประชาชน {k} จุด\n• จิตอาสาหมุนเวียน {v} คน\n• อำนวยความสะดวก/ช่วยเหลือประชาชน {s} ราย\n• อุบัติเหตุบริเวณจุดบริการ {a} ครั้ง{p}",
        "อ.{d} ส่งสรุปผลการปฏิบัติงานจิตอาสาพระราชทาน ช่วงปีใหม่ (29 ธ.ค.68-4 ม.ค.69) จุดบริการ {k} จุด จิตอาสา {v} คน ให้บริการประชาชน {s} ราย{p}",
        "เรียน ศอ.จอส.จว.สน. ศอ.จอส.อ.{d} ขอรายงานสรุปผล ๗ วันอันตราย: ตั้งจุดบริการ {k} จุด จอส. {v} คน ช่วยเหลือ {s} ราย ไม่มีผู้เสียชีวิตในพื้นที่จุดบริการ{p}",
        "อ.{d} สรุปผลจิตอาสาช่วงปีใหม่นะ{p} จุดบริการ {k} จุด (ร่วมกับ อปท.) จอส.หมุนเวียนรวม {v} คน บริการน้ำดื่ม/กาแฟ/ตรวจวัดแอลกอฮอล์ {s} ราย",
    ],
    "O2f": "อ.{d} ส่งแบบสรุปผล จอส. 7 วันอันตราย ปีใหม่ 69 ตามไฟล์แนบ{p}",
    "O3": [
        "ภาพกิจกรรมจิตอาสาพระราชทาน ร่วมงานวันเด็กแห่งชาติ 2569 ณ ที่ว่าการอำเภอ{d}{p}",
        "อ.{d} ส่งภาพกิจกรรมวันเด็ก 10 ม.ค. 69 จิตอาสาช่วยจัดซุ้มเกม แจกขนม และดูแลความปลอดภัยเด็กๆ{p} 🎈",
        "วันเด็ก อ.{d} 🎈 จอส.ร่วมอำนวยความสะดวกจราจรและจัดซุ้มระบายสี ณ สนามหน้าอำเภอ มีเด็กร่วมงานประมาณ {s} คน{p}",
    ],
    "O3cap": "ภาพกิจกรรมวันเด็ก อ.{d} จิตอาสา {v} คนร่วมงาน{p}",
    "O4": [
        "ศอ.จอส.อ.{d} รายงาน: จัดจิตอาสา {v} คน ร่วมกับ อส./ชรบ. ทำแนวกันไฟ บริเวณ ต.{t1} ระยะทาง {km} กม. ขณะนี้ดำเนินการต่อเนื่อง{p}",
        "อ.{d} รายงานการสนับสนุนจิตอาสาทำแนวกันไฟภูพาน จอส. {v} คน พื้นที่ ต.{t1} ทำแนวกันไฟได้ {km} กม. ไม่มีผู้บาดเจ็บ{p}",
    ],
    "O5": [
        "อ.{d} รายงานจำนวนจิตอาสาช่วยอำนวยความสะดวกหน่วยเลือกตั้ง {v} คน ครอบคลุม {u} หน่วยเลือกตั้ง{p}",
        "ศอ.จอส.อ.{d} : จิตอาสาพร้อมปฏิบัติหน้าที่วันเลือกตั้ง 25 ม.ค. 69 จำนวน {v} คน ({u} หน่วย){p}",
    ],
    "O6": [
        "แผน จอส.๑ เดือน ก.พ. 69 อ.{d}\n๑) กิจกรรมพัฒนาทำความสะอาดวัด ต.{t1} ({v} คน)\n๒) ขุดลอกคลองส่งน้ำ ต.{t2}\n๓) จิตอาสาบำเพ็ญสาธารณประโยชน์วันมาฆบูชา{p}",
        "อ.{d} ส่งแผนกิจกรรมจิตอาสาพัฒนา ประจำเดือนกุมภาพันธ์ 2569 จำนวน 3 กิจกรรม คาดจิตอาสาร่วม {v} คน{p}",
        "เรียน ศอ.จอส.จว.สน. แผน ก.พ. อ.{d} ค่ะ/ครับ: ปลูกต้นไม้ริมหนองน้ำ ต.{t1} / ซ่อมแซมบ้านผู้ยากไร้ ต.{t2} / ทำความสะอาดถนนสายหลักวันที่ 14 ก.พ. รวมจิตอาสาประมาณ {v} คน".replace("ค่ะ/ครับ", "{p}"),
    ],
    "O6f": "อ.{d} ส่งแผน จอส.๑ เดือน ก.พ. 69 ตามไฟล์แนบ{p}",
    "O7": [
        "อ.{d} รายงานผลสำรวจผู้เปราะบาง (ผู้สูงอายุอยู่ลำพัง/ผู้ป่วยติดเตียง/ผู้พิการ) ที่ยังขาดผ้าห่มหรือเครื่องกันหนาว จำนวน {x} ราย อยู่ใน ต.{t1} และ ต.{t2}{p}",
        "ผลสำรวจกลุ่มเปราะบาง ภัยหนาว อ.{d}: ผู้สูงอายุอยู่ลำพัง {a} ราย ติดเตียง {k} ราย ผู้พิการ {x} ราย ยังไม่ได้รับเครื่องกันหนาว{p}",
        "ศอ.จอส.อ.{d} สำรวจร่วมกับ อสม.ครบทุกตำบลแล้ว พบผู้เปราะบางที่ยังขาดเครื่องกันหนาว {x} ราย จะเร่งจัดผ้าห่มให้{p}",
    ],
    "O7nil": "อ.{d} สำรวจครบทุกตำบลแล้ว ไม่มีผู้เปราะบางที่ยังไม่ได้รับผ้าห่ม/เครื่องกันหนาว{p}",
    "O8": "ภาพการมอบผ้าห่มพระราชทาน อ.{d} ต.{t1}{p}",
}

FILES = {"O2": "สรุป7วันอันตราย_จอส_{d}.pdf", "O6": "จอส1_{d}_กพ69.xlsx"}
LATE = ["ขออภัยที่ส่งล่าช้า{p} ", "ขอโทษที่ช้า{p} 🙏 ", "ส่งช้าขออภัย{p} "]


def hm_add(hm, secs):
    p = hm.split(":")
    h, m = int(p[0]), int(p[1])
    s = (int(p[2]) if len(p) > 2 else 0) + secs
    m += s // 60
    s %= 60
    h += m // 60
    m %= 60
    return "%02d:%02d:%02d" % (h, m, s)


def build_answers():
    for o, rows in SCHED.items():
        for i, dk in enumerate(rows):
            spec = rows[dk]
            if len(spec) == 1:
                continue
            state, day, hm, role, form, opt = spec
            who = role + "_" + dk
            if who not in PEOPLE:
                raise SystemExit("no " + who)
            tag = dict(ans=(o, dk))
            if role in ("coord", "dep"):
                tag["N"] = ["a report by the district's %s: a district person, so no SKN-5P, and it answers %s for อ.%s"
                            % ("coordinating deputy" if role == "coord" else "deputy district chief (ปลัดอำเภอ)", o, DTH[dk])]
            if "reply" in opt:
                tag["reply"] = o
            base = TXT[o]
            text = fill(base[i % len(base)] if isinstance(base, list) else base, dk, who)
            if "nil" in opt:
                text = fill(TXT["O7nil"], dk, who)
            if "late" in opt:
                text = fill(LATE[i % 3], dk, who) + text
            edge = len(hm.split(":")) == 3
            step = 6 if edge else 20

            def at(k):
                return hm_add(hm, k * step) if (edge or k) else hm
            if form == "t":
                A(day, at(0), who, text, **tag)
            elif form == "f":
                fn = FILES.get(o, "รายงาน_{d}.pdf").format(d=DTH[dk])
                cap = fill(TXT.get(o + "f", "{d}"), dk, who) if o + "f" in TXT else text
                A(day, at(0), who, cap, **tag)
                A(day, at(1), who, None, typ="file", att=fn)
            elif form == "F":
                fn = FILES[o].format(d=DTH[dk])
                A(day, at(0), who, None, typ="file", att=fn, **tag)
            elif form.startswith("t"):
                A(day, at(0), who, text, **tag)
                for k in range(int(form[1:])):
                    A(day, at(k + 1), who, None, typ="image", att=__import__("week").img_name(day))
            elif form.startswith("p"):
                n = int(form[1])
                for k in range(n):
                    A(day, at(k), who, None, typ="image", att=__import__("week").img_name(day), **(tag if k == 0 else {}))
                if form.endswith("c"):
                    cap = TXT.get(o + "cap")
                    A(day, at(n), who, fill(cap, dk, who) if cap else text)


build_answers()
