# ศอ.จอส.จว.สน. — written by hand, exported as a Thai-UI LINE phone (iPhone) chat history.
from frame import Log

L = Log("volunteer-centre.txt", "ศอ.จอส.จว.สน.", export=True)
t, img, stk = L.t, L.img, L.stk
ORDERS = {}

# ------------------------------------------------------------------ Monday 30 November
t(30, "06:42", "PV2", "อรุณสวัสดิ์วันจันทร์ค่ะ 🙏 เช้านี้อากาศเย็นลงมาก ภูพานวัดได้ ๑๒ องศา ทุกท่านรักษาสุขภาพด้วยนะคะ")
img(30, "06:42", "PV2")
t(30, "06:55", "K18", "บนภูเช้านี้ ๙ องศาครับ หนาวจริงครับ 🥶",
  near="chat about the weather by a person with two roles (coordinating deputy and volunteer officer of ภูพาน): admitted; no order is open yet")
stk(30, "07:02", "V05")
t(30, "07:04", "C05", "ภูพานหนาวขนาดนี้ ปลัดคมอย่าลืมเก็บผ้าห่มไว้ห่มเองสักผืนนะครับ 555")
t(30, "07:06", "K18", "555 ห่ม ๓ ชั้นแล้วครับท่าน 😂", near="a joke between district people: chat, not a report")
t(30, "07:10", "C13", "สวัสดีครับ ส่องดาวหมอกลงหนามาก ทัศนวิสัยไม่ถึง ๕๐ เมตร ขับขี่ระวังด้วยครับ")
stk(30, "07:31", "V09")
t(30, "08:15", "Xb01", "สวัสดีครับทุกท่าน",
  near="display name ปลัดเก่ง fits two roster people (deputies of เมืองสกลนคร and วานรนิวาส): ambiguous, never judged")
o1 = t(30, "09:05", "PV1", """เรียน นายอำเภอทุกอำเภอ
ด้วย ศอ.จอส.พระราชทาน จ.สกลนคร กำหนดจัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๙ พร้อมกันทุกอำเภอ
จึงขอให้ ศอ.จอส.พระราชทานอำเภอ รายงานแผนการจัดกิจกรรม (สถานที่ / เวลา / จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม / กิจกรรม) ตามแบบที่แนบ ภายในวันพุธที่ ๒ ธันวาคม ๒๕๖๙ เวลา ๑๒.๐๐ น. ทางกลุ่มไลน์นี้
จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ""",
)
img(30, "09:05", "PV1", 2, near="photos of the letter and form sent with O1 by the provincial centre: part of the order post, not a new order")
t(30, "09:08", "C01", "รับทราบครับ", near="acknowledgement of O1 by the district chief: not the plan O1 asks for")
stk(30, "09:09", "V16")
t(30, "09:11", "K05", "ทราบครับผม")
t(30, "09:12", "C11", "🙏")
t(30, "09:15", "V07", "รับทราบค่า")
t(30, "09:20", "V13", "รับทราบค่ะ ส่องดาวจะรีบจัดส่งค่ะ")
stk(30, "09:22", "C14")
t(30, "09:26", "K03", "แบบฟอร์มมีเป็นไฟล์ word ไหมครับหมวด จะได้กรอกง่ายๆ",
  near="a question about O1's form: not a report")
t(30, "09:31", "PV1", "มีครับ เดี๋ยวส่งให้ทางไลน์ส่วนตัวนะครับปลัดปฐม ท่านอื่นต้องการแจ้งได้เลยครับ")
t(30, "09:34", "K03", "ขอบคุณครับ 🙏")
t(30, "09:40", "V02", "รับทราบค่ะ")
t(30, "09:48", "C17", "รับทราบครับ")
t(30, "10:02", "Xa12", "รับทราบคับ")
t(30, "10:30", "PV2", "ฝากประชาสัมพันธ์ค่ะ เหล่ากาชาดจังหวัดสกลนครเชิญชวนจิตอาสาและประชาชนร่วมบริจาคโลหิตถวายเป็นพระราชกุศล เนื่องในวันที่ ๕ ธันวาคม รายละเอียดตามภาพนะคะ",
  near="publicity by the provincial centre: asks no report, creates no duty")
img(30, "10:30", "PV2")
t(30, "10:45", "C07", "👍")
t(30, "11:30", "K03", """ศอ.จอส.อ.กุดบาก รายงานแผนกิจกรรมจิตอาสาพัฒนา ๕ ธ.ค. ๖๙ ครับ
สถานที่ : บริเวณอ่างเก็บน้ำห้วยโท่ และถนนทางเข้าที่ว่าการอำเภอ
เวลา ๐๗.๐๐ น.
จิตอาสาประมาณ ๒๒๐ คน
กิจกรรม : เก็บขยะ ตัดหญ้า ทาสีขอบทางเท้า""",
  ans=("O1", "D03"), how="two-role coordinating deputy / volunteer officer, text",
  near="report by a person with two roles (coordinating_deputy|volunteer_center_staff): a district person, answers O1 for กุดบาก")
t(30, "11:32", "PV1", "ขอบคุณครับ กุดบากส่งเป็นอำเภอแรกครับ 👍")
stk(30, "12:05", "V05")
t(30, "13:10", "C14", "เรียนท่านปลัดจังหวัด เต่างอยอุณหภูมิต่ำกว่า ๘ องศาติดต่อกัน ๓ วันแล้วครับ อำเภอจะประชุมคณะกรรมการพิจารณาประกาศเขตภัยหนาวบ่ายนี้ครับ",
  near="information from a district chief: not an order, not a report to any order")
t(30, "13:25", "PALAD", "ขอบคุณครับท่านอนุชิต ได้ผลอย่างไรแจ้งจังหวัดด้วยครับ")
t(30, "14:10", "K01", """อ.เมืองสกลนคร ขอรายงานแผนจิตอาสาพัฒนา ๕ ธ.ค. ครับ
- จุดที่ ๑ สวนสาธารณะหนองหาร เวลา ๐๖.๓๐ น. จิตอาสา ๔๐๐ คน
- จุดที่ ๒ รอบวัดพระธาตุเชิงชุมวรวิหาร เวลา ๐๘.๐๐ น. จิตอาสา ๑๕๐ คน
รายละเอียดตามแบบรายงานครับ""",
  ans=("O1", "D01"), how="coordinating deputy, text + photo of the form",
  near="report by the coordinating deputy on the district's behalf: a district person")
img(30, "14:10", "K01")
o2 = t(30, "14:20", "PALAD", """เรียน นอภ.กุดบาก นอภ.ภูพาน นอภ.ส่องดาว นอภ.วาริชภูมิ และ นอภ.นิคมน้ำอูน
ตามที่อำเภอได้ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว) แล้วนั้น จังหวัดได้จัดสรรผ้าห่มกันหนาวให้อำเภอตามตารางที่แนบ ขอให้ ศอ.จอส.อำเภอ นำจิตอาสาพระราชทานร่วมแจกจ่ายแก่ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียงให้ถึงมือโดยเร็ว และรายงานจำนวนผ้าห่มที่แจกจ่ายพร้อมภาพถ่ายกิจกรรม ภายใน ๒๔ ชั่วโมงครับ""",
)
img(30, "14:20", "PALAD", near="the allocation table sent with O2: part of the order post")
t(30, "14:24", "C18", "รับทราบครับท่าน ภูพานลงพื้นที่ทันทีครับ")
t(30, "14:25", "C03", "🙏 รับทราบครับ")
t(30, "14:31", "V06", "รับทราบครับ")
stk(30, "14:40", "V13")
t(30, "15:05", "C14", "เต่างอยยังไม่ได้ประกาศครับ อยู่ระหว่างรวบรวมข้อมูล ถ้าประกาศแล้วจะรายงานให้ทราบครับ",
  near="เต่างอย is not named in O2: no duty; this is information, not an answer")
t(30, "15:30", "V09", """คำตากล้า ส่งแผนจิตอาสาพัฒนา ๕ ธ.ค. ค่ะ
ณ วัดศรีสะอาด บ้านคำตากล้า เวลา ๐๗.๓๐ น.
จิตอาสา ๑๘๐ คน กิจกรรมพัฒนาลานวัดและปลูกต้นไม้""",
  ans=("O1", "D09"), how="volunteer officer, text (a correction follows)")
t(30, "15:36", "V09", "ขออภัยค่ะ แก้ไขจำนวนจิตอาสาเป็น ๒๑๐ คนค่ะ",
  near="a correction of the คำตากล้า plan sent six minutes earlier: the answer is the first piece")
t(30, "16:05", "V05", "พังโคนส่งแผนค่ะ 🌻 สถานที่ หนองบัวพังโคน เวลา ๐๗.๐๐ น. จำนวน ๓๐๐ คน ตามแบบฟอร์มค่ะ",
  ans=("O1", "D05"), how="volunteer officer, text + photo of the form")
img(30, "16:05", "V05")
t(30, "16:30", "PV2", "สรุปการส่งแผนจิตอาสาพัฒนา ณ เวลา ๑๖.๓๐ น. ส่งแล้ว ๔ อำเภอ ได้แก่ กุดบาก เมืองสกลนคร คำตากล้า พังโคน ขอบคุณค่ะ 🙏",
  near="a progress summary by the provincial centre: no new order, no duty")
t(30, "17:45", "C18", "ภูพานรายงานครับ วันนี้จิตอาสาพระราชทานร่วมกับ อบต.โคกภู แจกผ้าห่มให้ผู้สูงอายุและผู้ป่วยติดเตียง บ้านหนองหว้า บ้านนาหัวบ่อ รวม ๑๒๐ ผืนครับ",
  ans=("O2", "D18"), how="district chief, text + 3 photos")
img(30, "17:45", "C18", 3)
t(30, "17:50", "PALAD", "ขอบคุณครับท่านสมพร รวดเร็วมากครับ 👍")
L.join(30, "18:20", "!ผ้าห่มนาโนราคาส่ง_สกล",
       truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
t(30, "18:22", "!ผ้าห่มนาโนราคาส่ง_สกล", "จำหน่ายผ้าห่มนาโน ผ้าห่มกันหนาว ราคาส่งผืนละ ๑๒๕ บาท สั่ง ๑๐๐ ผืนขึ้นไปส่งฟรีทั่วสกลนคร สนใจโทร ๐๘๙-๔๔๗-๒๓๑๘ ค่ะ",
  near="sales post by the outsider already found at the join line: no second OUTSIDER row")
img(30, "18:22", "!ผ้าห่มนาโนราคาส่ง_สกล", 2)
t(30, "18:35", "PV1", "ขออนุญาตนำออกนะครับ กลุ่มนี้ใช้สำหรับราชการเท่านั้นครับ")
L.remove(30, "18:36", "PV1", "ผ้าห่มนาโนราคาส่ง_สกล", near="the provincial officer removes the outsider: no finding")
t(30, "20:15", "C10", "บ้านม่วงขอส่งแผนพรุ่งนี้นะครับ ข้อมูลตำบลยังไม่ครบ",
  near="a promise to send the O1 plan later: not a report")

# ------------------------------------------------------------------ Tuesday 1 December
t(1, "06:30", "PV2", "สวัสดีวันอังคาร วันแรกของเดือนธันวาคมค่ะ 🌼")
img(1, "06:30", "PV2")
stk(1, "06:48", "C02")
stk(1, "06:50", "K18")
t(1, "07:05", "C05", "สวัสดีครับ")
t(1, "07:40", "Xa01", "สวัสดีครับทุกท่าน อากาศหนาวรักษาสุขภาพด้วยครับ")
L.invite(1, "08:00", "C18", "ปลัดอิทธิ์ ภูพาน",
         near="eligible invitee: ปลัดอิทธิ์ is a deputy_district_chief of ภูพาน, admitted to ศอ.จอส.จว.สน.; invited by his own district chief")
t(1, "08:02", "Xa18", "สวัสดีครับ ปลัดอิทธิ์ ย้ายมาประจำอำเภอภูพานครับ ฝากเนื้อฝากตัวด้วยครับ 🙏")
t(1, "08:05", "PV2", "ยินดีต้อนรับค่ะปลัด")
t(1, "08:45", "V06", "วาริชภูมิส่งแผนจิตอาสาพัฒนาครับ จุดทำกิจกรรมถนนสายวาริชภูมิ-พังโคน ช่วงหน้าโรงเรียนวาริชภูมิ เวลา ๐๗.๐๐ น. จำนวน ๑๕๐ คน เก็บขยะและตัดหญ้าข้างทางครับ",
  ans=("O1", "D06"), how="volunteer officer, text")
img(1, "09:05", "K03", 4, ans=("O2", "D03"), how="photos alone (O2 asks for photos)",
    near="four photos sent alone after O2, which asks for photos: they answer O2 for กุดบาก (its O1 plan was already in)")
t(1, "09:20", "V04", """ศอ.จอส.อ.พรรณานิคม ส่งแผนจิตอาสาพัฒนาวันที่ ๕ ธ.ค. ครับ
📍 ริมถนนนิตโย ช่วงหน้าที่ว่าการอำเภอถึงสามแยกไฟแดง
⏰ ๐๖.๓๐ น.
👥 ๓๕๐ คน
รายละเอียดตามแบบครับ""", ans=("O1", "D04"), how="volunteer officer, text + photo of the form")
img(1, "09:20", "V04")
t(1, "09:22", "PV1", "ได้รับแล้วครับ ขอบคุณครับ")
o_i1 = t(1, "10:10", "PV2", """แจ้งเพื่อทราบค่ะ
กำหนดการจังหวัดสกลนคร วันเสาร์ที่ ๕ ธันวาคม ๒๕๖๙
๐๗.๐๐ น. พิธีทำบุญตักบาตรถวายพระราชกุศล ณ ลานหน้าศาลากลางจังหวัด
๐๘.๓๐ น. พิธีวางพานพุ่มและถวายราชสดุดี
๐๙.๓๐ น. กิจกรรมจิตอาสาพัฒนา บริเวณสวนสาธารณะหนองหาร
การแต่งกาย ข้าราชการเครื่องแบบปกติขาว จิตอาสาแต่งชุดจิตอาสาพระราชทาน
(ไม่ต้องรายงานค่ะ)""", near="I1: information only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
t(1, "10:12", "C16", "รับทราบครับ")
t(1, "10:15", "K07", "นิคมน้ำอูนรายงานแผนจิตอาสา ๕ ธ.ค. ครับ ณ สวนสาธารณะหนองสนม เวลา ๐๗.๓๐ น. จิตอาสา ๑๒๐ คน กิจกรรมเก็บขยะ ตัดแต่งกิ่งไม้ครับ",
  ans=("O1", "D07"), how="coordinating deputy, text")
stk(1, "10:20", "C13")
t(1, "10:40", "C17", "โพนนาแก้วขออนุญาตเลื่อนส่งแผนเป็นวันพฤหัสได้ไหมครับ ยังรอท้องถิ่นยืนยันจำนวนคนอยู่ครับ",
  near="a request to postpone the O1 plan: not a report")
t(1, "10:44", "PV1", "เรียนท่านนายอำเภอ ขอภายในกำหนดเดิมครับ ถ้ายังไม่ครบส่งเท่าที่มีก่อนได้ครับ 🙏")
t(1, "10:46", "C17", "รับทราบครับ", near="acknowledgement, not the plan: โพนนาแก้ว never sends its O1 plan")
t(1, "11:00", "Xa12", """สว่างแดนดิน แผนจิตอาสาพัฒนา ๕ ธ.ค. ๖๙
สถานที่ บริเวณสนามกีฬาอำเภอและถนนรอบตลาดสดเทศบาล
เวลา ๐๗.๐๐ น.
จิตอาสา ๕๐๐ คนครับ""", ans=("O1", "D12"), how="deputy district chief, text",
  near="report by an ordinary deputy (deputy_district_chief) on the district's behalf: counts for สว่างแดนดิน")
t(1, "11:10", "C06", "วาริชภูมิรายงานครับ จิตอาสาพระราชทานร่วมกับ รพ.สต. นำผ้าห่มมอบแก่ผู้สูงอายุที่อยู่ลำพัง ต.ปลาโหล และ ต.หนองลาด รวม ๘๕ ผืนครับ",
  ans=("O2", "D06"), how="district chief, text + 2 photos")
img(1, "11:10", "C06", 2)
t(1, "11:20", "PALAD", "ขอบคุณครับ")
t(1, "11:45", "C07", "นิคมน้ำอูนขอความอนุเคราะห์ผ้าห่มเพิ่มอีก ๑๕๐ ผืนค่ะ สำรวจพบผู้สูงอายุติดบ้านเพิ่มค่ะ",
  near="a request for more blankets by นิคมน้ำอูน: not the O2 report (no number distributed)")
t(1, "12:00", "PALAD", "ให้ประสาน ปภ.จังหวัดโดยตรงครับ และเร่งแจกส่วนที่ได้รับไปแล้วก่อนนะครับ")
t(1, "13:00", "PALAD", "ย้ำ อ.ส่องดาว และ อ.นิคมน้ำอูน ครบกำหนดรายงานผลการแจกผ้าห่ม ๑๔.๒๐ น. วันนี้ครับ",
  near="reminder of O2 (ย้ำ … ครบกำหนด): no new duty, the deadline stays 14:20")
t(1, "13:05", "C13", "รับทราบครับท่าน กำลังลงพื้นที่ครับ", near="acknowledgement of the reminder, not the report")
t(1, "14:00", "V13", "ส่องดาวรายงานแผนจิตอาสาพัฒนาค่ะ บริเวณรอบที่ว่าการอำเภอและโรงเรียนส่องดาววิทยาคม เวลา ๐๘.๐๐ น. จิตอาสา ๙๐ คนค่ะ",
  ans=("O1", "D13"), how="volunteer officer, text")
t(1, "14:35", "C12", "สว่างแดนดินแจกผ้าห่มผู้สูงอายุ ๓ ตำบล รวม ๒๔๐ ผืน เมื่อวานครับ",
  near="สว่างแดนดิน is not named in O2: a report it was not asked for, no duty")
img(1, "14:35", "C12", 2)
t(1, "15:10", "PV2", "วันนี้วันเกิดปลัดรัฐ สว่างฯ ขอให้มีความสุขมากๆ สุขภาพแข็งแรงนะคะ 🎂🎉",
  near="birthday wish using ขอให้: courtesy, not an order")
t(1, "15:12", "K12", "ขอบคุณครับพี่ 🙏🙏")
stk(1, "15:13", "K09")
t(1, "15:15", "V02", "สุขสันต์วันเกิดค่ะ")
t(1, "16:05", "C13", "ส่องดาวรายงานครับ แจกผ้าห่มผู้สูงอายุ ต.ท่าศิลา และ ต.ปทุมวาปี รวม ๙๐ ผืน ล่าช้าเนื่องจากรอรถขนจากจังหวัดครับ ขออภัยครับ",
  ans=("O2", "D13"), how="district chief, text + 2 photos, after the reminder")
img(1, "16:05", "C13", 2)
t(1, "16:40", "C15", "โคกศรีสุพรรณส่งแผนจิตอาสาพัฒนาค่ะ ณ สวนสาธารณะหนองบ่อ เวลา ๐๗.๐๐ น. จิตอาสา ๒๐๐ คน ตัดหญ้า เก็บขยะ ปลูกดอกไม้ค่ะ",
  ans=("O1", "D15"), how="district chief, text")
t(1, "17:35", "PV1", "ณ เวลา ๑๗.๓๐ น. ส่งแผนจิตอาสาแล้ว ๑๐ อำเภอครับ ครบกำหนดพรุ่งนี้เที่ยงครับ",
  near="progress note on O1 (ครบกำหนดพรุ่งนี้เที่ยง): a reminder, no new duty")
stk(1, "19:40", "Xb01")

# ------------------------------------------------------------------ Wednesday 2 December
t(2, "06:35", "PV2", "สวัสดีวันพุธค่ะ ค่าฝุ่น PM2.5 เช้านี้สกลนครอยู่ระดับสีส้ม ๕๘ มคก./ลบ.ม. หลีกเลี่ยงกิจกรรมกลางแจ้งนานๆ นะคะ 😷")
img(2, "06:35", "PV2")
stk(2, "06:50", "C04")
t(2, "07:00", "C09", "สวัสดีครับ")
t(2, "09:15", "AH_SOC", "เรียนนายอำเภอทุกอำเภอ พมจ.ขอความร่วมมือให้อำเภอรายงานรายชื่อผู้สูงอายุและผู้พิการที่ได้รับผ้าห่มกันหนาว แยกรายตำบล ส่งให้ พมจ. ภายในวันศุกร์นี้ เพื่อป้องกันการรับซ้ำซ้อนค่ะ",
  truth=[("SKN-5", "agency head (พมจ.) in ศอ.จอส.จว.สน.; first message that shows her in the group"),
         ("SKN-5P", "order to all districts (ขอความร่วมมือให้อำเภอรายงาน … ภายในวันศุกร์นี้) by an agency head, not the provincial centre; creates no duty")])
t(2, "09:18", "C06", "รับทราบครับ", near="acknowledgement of a non-centre request: not a report, no duty")
t(2, "09:30", "V16", "เจริญศิลป์ส่งแผนค่ะ ขออภัยที่ช้านะคะ ณ วัดป่าศรีสว่าง เวลา ๐๗.๐๐ น. จิตอาสา ๑๖๐ คนค่ะ",
  ans=("O1", "D16"), how="volunteer officer, text",
  near="the sender apologises for being slow, but 09:30 Wednesday is before O1's 12:00 deadline: on time")
t(2, "09:45", "PV1", "เรียน พมจ. ครับ เรื่องรายชื่อผู้รับผ้าห่มขอให้ประสานอำเภอโดยตรงนะครับ กลุ่มนี้ใช้สั่งการและรายงานงานจิตอาสาครับ 🙏")
o3 = t(2, "10:05", "PALAD", """เรียน นายอำเภอทุกอำเภอ
ค่าฝุ่นละออง PM2.5 ในพื้นที่จังหวัดเกินค่ามาตรฐานหลายวันติดต่อกัน ประกอบกับเข้าสู่ฤดูเก็บเกี่ยวและตัดอ้อย ขอให้ ศอ.จอส.อำเภอ นำจิตอาสาพระราชทานลงพื้นที่รณรงค์งดเผาตอซังฟางข้าวและใบอ้อย ร่วมกับกำนัน ผู้ใหญ่บ้าน ทุกตำบล และรายงานผลการดำเนินการ (จำนวนครั้ง / จำนวนจิตอาสา / พื้นที่) พร้อมภาพถ่าย ภายใน ๓ วัน
ทั้งนี้ ตามข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร""",
  near="O3: the palad's order to all districts; 'ภายใน ๓ วัน' runs past the holiday weekend, so it is due after the log ends")
img(2, "10:05", "PALAD", 2)
t(2, "10:08", "K15", "รับทราบครับ")
t(2, "10:09", "C02", "🙏")
t(2, "10:10", "V08", "รับทราบค่ะ")
stk(2, "10:11", "Xa01")
t(2, "10:14", "V11", "รับทราบนะคะ 🙏")
t(2, "10:20", "C11", "รับทราบครับ อากาศอำนวยจะส่งแผนจิตอาสาพัฒนาภายในกำหนดครับ",
  near="acknowledgement with a promise about O1, not the plan: อากาศอำนวย never sends it")
t(2, "10:40", "PV2", "🔔 อำเภอที่ยังไม่ได้ส่งแผนจิตอาสาพัฒนา ๕ ธ.ค. ได้แก่ กุสุมาลย์ วานรนิวาส บ้านม่วง อากาศอำนวย เต่างอย โพนนาแก้ว และภูพาน ขอความกรุณาส่งภายในเวลา ๑๒.๐๐ น. วันนี้นะคะ 🙏",
  near="reminder of O1 naming the districts still owing (อำเภอที่ยังไม่ได้ส่ง): no new duty")
t(2, "10:42", "K18", "ภูพานกำลังรวบรวมครับ ก่อนเที่ยงส่งแน่นอนครับ", near="a promise, not the plan")
t(2, "10:50", "C08", "รับทราบครับ", near="acknowledgement of the O1 reminder by the chief of วานรนิวาส: not the plan (it comes at 15:10)")
t(2, "11:56", "K18", """ภูพาน แผนจิตอาสาพัฒนา ๕ ธ.ค. ๖๙ ครับ
๑. ลานหน้าที่ว่าการอำเภอภูพาน เวลา ๐๗.๐๐ น. จิตอาสา ๑๒๐ คน
๒. ริมอ่างเก็บน้ำห้วยเดียก เวลา ๐๘.๓๐ น. จิตอาสา ๖๐ คน""",
  ans=("O1", "D18"), how="two-role coordinating deputy / volunteer officer, text, four minutes before the deadline",
  near="report four minutes before O1's 12:00 deadline: on time")
stk(2, "12:00", "C18")
t(2, "12:20", "V14", "เต่างอยส่งแผนจิตอาสาพัฒนาครับ ขออภัยที่ล่าช้า 🙏 บริเวณถนนทางเข้าอำเภอเต่างอย เวลา ๐๗.๓๐ น. จิตอาสา ๑๔๐ คนครับ",
  ans=("O1", "D14"), how="volunteer officer, text, after the reminder")
o4 = t(2, "13:15", "PV1", """เรียน นอภ. ทั้ง ๔ อำเภอ ที่หน่วยรับบริจาคโลหิตเคลื่อนที่ของเหล่ากาชาดจังหวัดสกลนครจะออกรับบริจาคในวันพฤหัสบดีที่ ๓ ธ.ค. นี้ คือ อ.เมืองสกลนคร อ.พังโคน อ.สว่างแดนดิน และ อ.วานรนิวาส
ขอให้ ศอ.จอส.อำเภอ ประชาสัมพันธ์ให้จิตอาสาพระราชทานร่วมบริจาคโลหิตถวายเป็นพระราชกุศล และรายงานจำนวนจิตอาสาที่มาบริจาค ภายในบ่ายสามโมงของวันพรุ่งนี้ครับ""",
)
t(2, "13:18", "C05", "รับทราบครับ")
t(2, "13:20", "Xb12", "รับทราบครับ")
t(2, "13:22", "C01", "👍")
t(2, "13:40", "V02", "กุสุมาลย์ส่งแผนจิตอาสาพัฒนาค่ะ ณ วัดโพธิ์ชัย บ้านกุสุมาลย์ เวลา ๐๗.๐๐ น. จิตอาสา ๑๓๐ คนค่ะ ขออภัยที่ส่งช้าค่ะ",
  ans=("O1", "D02"), how="volunteer officer, text + photo of the form, after the reminder")
img(2, "13:40", "V02")
L.invite(2, "14:30", "K18", "วิภาวี พมจ.สน.",
         truth=[("SKN-5", "invitee is agency staff (พมจ., role staff), not admitted to ศอ.จอส.จว.สน."),
                ("SKN-ALL", "วิภาวี พมจ.สน.", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "ปลัดคม ภูพาน", "inviter of a roster person not admitted to this group")])
t(2, "14:34", "ST_SOC", "สวัสดีค่ะ วิภาวี จาก พมจ.สกลนครค่ะ ขออนุญาตร่วมกลุ่มเพื่อประสานเรื่องผ้าห่มค่ะ 🙏",
  near="greeting by the invitee already found at the invite line: no second membership row; a greeting is neither an order nor a report")
t(2, "15:10", "K08", """วานรนิวาสรายงานแผนจิตอาสาพัฒนา ๕ ธ.ค. ครับ
จุดทำกิจกรรม ถนนสายวานรนิวาส-อากาศอำนวย ระยะ ๒ กม.
เวลา ๐๗.๐๐ น.
จิตอาสา ๔๒๐ คน""", ans=("O1", "D08"), how="coordinating deputy, text")
t(2, "16:00", "V01", "อ.เมืองสกลนคร รายงานผลการรณรงค์งดเผา ครั้งที่ ๑ ค่ะ วันที่ ๒ ธ.ค. ๖๙ จิตอาสา ๔๕ คน ร่วมกับกำนัน ผู้ใหญ่บ้าน ต.ดงชน ต.ห้วยยาง แจกแผ่นพับและติดป้ายรณรงค์ ๑๒ จุดค่ะ",
  ans=("O3", "D01"), how="volunteer officer, text + 3 photos")
img(2, "16:00", "V01", 3)
t(2, "16:20", "PV2", "ขอบคุณเมืองสกลค่ะ 👍")
img(2, "17:20", "V16", 2, ans=("O3", "D16"), how="photos, then a caption")
t(2, "17:22", "V16", "เจริญศิลป์ออกรณรงค์ไม่เผาใบอ้อย บ้านหนองแวง ต.ทุ่งแก จิตอาสา ๓๐ คน ค่ะ",
  near="caption of the two photos sent two minutes earlier: one post, the answer is its first photo")
stk(2, "18:30", "K09")
t(2, "19:05", "PV1", "บ้านม่วง อากาศอำนวย โพนนาแก้ว ยังไม่ได้ส่งแผนจิตอาสาพัฒนานะครับ ขอด่วนครับ",
  near="reminder of O1 after its deadline (ยังไม่ได้ส่ง … ขอด่วน): no new duty, the deadline does not move")
t(2, "19:20", "C10", "ขออภัยครับ พรุ่งนี้เช้าส่งครับ", near="a promise, not the plan")

# ------------------------------------------------------------------ Thursday 3 December
t(3, "06:40", "PV2", "สวัสดีวันพฤหัสบดีค่ะ อีก ๒ วันถึงวันที่ ๕ ธันวาคมแล้วนะคะ 💛")
img(3, "06:40", "PV2")
stk(3, "06:55", "K10")
t(3, "07:15", "C13", "หนาวมากครับเช้านี้ ส่องดาว ๑๐ องศา", name="\u2068นอภ.ส่องดาว เสกสรรค์\u2069",
  near="sender name wrapped in invisible bidi isolate characters (U+2068/U+2069): the district chief of ส่องดาว, not an outsider")
L.leave(3, "08:00", "Xa01", near="an eligible member (deputy of เมืองสกลนคร) leaving the group: no finding")
t(3, "08:30", "C10", "บ้านม่วงรายงานแผนจิตอาสาพัฒนา ๕ ธ.ค. ครับ ณ วัดศรีบุญเรือง บ้านม่วง เวลา ๐๗.๐๐ น. จำนวน ๒๕๐ คนครับ",
  ans=("O1", "D10"), how="district chief, text")
o5 = t(3, "09:10", "PALAD", """เรียน นายอำเภอทุกอำเภอ
เพื่อแสดงออกซึ่งความจงรักภักดี เนื่องในวันคล้ายวันพระบรมราชสมภพ ๕ ธันวาคม ๒๕๖๙ ขอให้อำเภอดำเนินการ
๑. ประดับธงชาติและธงพระปรมาภิไธย ภปร บริเวณที่ว่าการอำเภอ
๒. ตั้งพระบรมฉายาลักษณ์ พร้อมโต๊ะหมู่บูชาและพานพุ่ม ณ ที่ว่าการอำเภอ
๓. ให้จิตอาสาพระราชทานร่วมทำความสะอาดบริเวณจัดพิธี
และส่งภาพถ่ายการจัดสถานที่ ภายในวันศุกร์ที่ ๔ ธ.ค. ๖๙ เวลา ๑๖.๓๐ น.""",
)
img(3, "09:10", "PALAD", near="photo of the letter sent with O5: part of the order post")
t(3, "09:12", "C16", "รับทราบครับ")
t(3, "09:13", "K11", "รับทราบครับๆ")
stk(3, "09:14", "C17")
t(3, "09:16", "V12", "รับทราบค่ะ")
t(3, "09:20", "C04", "🙏🙏")
t(3, "10:30", "V09", "คำตากล้ารายงานการรณรงค์งดเผาค่ะ วันที่ ๒-๓ ธ.ค. จิตอาสา ๖๐ คน ลง ๔ ตำบล ติดป้ายรณรงค์ ๒๐ ป้ายค่ะ",
  ans=("O3", "D09"), how="volunteer officer, text + 2 photos")
img(3, "10:30", "V09", 2)
t(3, "11:20", "K01", "เรียนทุกอำเภอครับ อ.เมืองสกลนครในฐานะเจ้าภาพจุดพิธีหลัก ขอให้ทุกอำเภอแจ้งจำนวนจิตอาสาที่จะส่งมาร่วมพิธีวางพานพุ่ม ณ ศาลากลาง ให้ อ.เมือง ทราบภายใน ๑๕.๐๐ น. วันพรุ่งนี้ เพื่อเตรียมที่นั่งและอาหารว่างครับ",
  truth=[("SKN-5P", "order to all districts (ขอให้ทุกอำเภอแจ้ง … ภายใน ๑๕.๐๐ น. วันพรุ่งนี้) by a district's coordinating deputy, not the provincial centre; creates no duty")])
t(3, "11:25", "C04", "พรรณานิคม ๒๐ คนค่ะ", near="an answer to a district's request, which is no order of the provincial centre: no duty")
t(3, "11:40", "PV1", "เรื่องจำนวนจิตอาสาร่วมพิธี ศอ.จังหวัดจะรวบรวมเองครับ อำเภอไม่ต้องส่งซ้ำนะครับ")
t(3, "11:45", "C15", "โคกศรีสุพรรณรายงานผลการรณรงค์งดเผาในพื้นที่ ๔ ตำบล จิตอาสา ๘๐ คนค่ะ",
  ans=("O3", "D15"), how="district chief, text + 2 photos")
img(3, "11:45", "C15", 2)
t(3, "12:30", "V01", "อ.เมืองสกลนคร จิตอาสาร่วมบริจาคโลหิต ณ หอประชุมอำเภอ จำนวน ๖๘ คน ได้โลหิต ๒๗,๒๐๐ ซีซี ค่ะ",
  ans=("O4", "D01"), how="volunteer officer, text + 2 photos")
img(3, "12:30", "V01", 2)
t(3, "13:40", "C03", "กุดบากจัดสถานที่เรียบร้อยครับ", ans=("O5", "D03"), how="district chief, text + 3 photos")
img(3, "13:40", "C03", 3)
t(3, "14:00", "PV2", "ย้ำค่ะ อ.พังโคน อ.สว่างแดนดิน อ.วานรนิวาส รายงานยอดจิตอาสาบริจาคโลหิตภายในบ่ายสามโมงนะคะ",
  near="reminder of O4 (ย้ำ): no new duty")
t(3, "14:55", "K05", "พังโคนรายงานยอดจิตอาสาบริจาคโลหิต ๔๒ คนครับ",
  ans=("O4", "D05"), how="coordinating deputy, text, five minutes before the deadline",
  near="report five minutes before O4's 15:00 deadline: on time")
t(3, "15:20", "K18", "ภูพานรายงานผลการรณรงค์งดเผาตอซังครับ ต.สร้างค้อ ต.หลุบเลา จิตอาสา ๔๐ คน ติดป้าย ๘ จุดครับ",
  ans=("O3", "D18"), how="two-role coordinating deputy / volunteer officer, text + 3 photos",
  near="text about burning with photos while O3 and O5 are both open: the text says which order it answers (O3)")
img(3, "15:20", "K18", 3)
t(3, "15:40", "ST_SOC", "พมจ.สกลนคร ร่วมกับจิตอาสาพระราชทาน อ.ภูพาน มอบผ้าห่มแก่ผู้สูงอายุ บ้านโคกภู ๕๐ ผืนค่ะ",
  truth=[("SKN-5P", "report by agency staff (พมจ.), not a district's person; it answers nothing")])
img(3, "15:40", "ST_SOC", 2)
t(3, "16:20", "Xb12", "สว่างแดนดินรายงานครับ จิตอาสาบริจาคโลหิต ๗๕ คน ขออภัยที่ล่าช้าครับ",
  ans=("O4", "D12"), how="deputy district chief, text")
img(3, "16:45", "V04", 3, ans=("O5", "D04"), how="photos, then a caption")
t(3, "16:46", "V04", "ซุ้มเฉลิมพระเกียรติหน้าที่ว่าการอำเภอพรรณานิคมครับ",
  near="caption after the photos: the post answers O5 (the photos alone would be unclear while O3 is also open)")
t(3, "17:10", "C06", "วาริชภูมิตั้งพระบรมฉายาลักษณ์และประดับธงเรียบร้อยครับ", ans=("O5", "D06"), how="district chief, text + 2 photos")
img(3, "17:10", "C06", 2)
t(3, "17:30", "PV1", "ขอบคุณครับ")
t(3, "18:15", "C02", "กุสุมาลย์จัดสถานที่แล้วครับ", ans=("O5", "D02"), how="district chief, text + 2 photos")
img(3, "18:15", "C02", 2)
img(3, "19:00", "Xb01", 2, near="photos by the ambiguous display name ปลัดเก่ง: never judged, answers no district's duty")
t(3, "19:01", "Xb01", "ซุ้มหน้าอำเภอครับ สวยงามครับ")

# ------------------------------------------------------------------ Friday 4 December
t(4, "06:30", "PV2", "สวัสดีวันศุกร์ค่ะ พรุ่งนี้วันพ่อแห่งชาติ ร่วมใส่เสื้อเหลืองกันนะคะ 💛")
img(4, "06:30", "PV2")
stk(4, "06:45", "C09")
stk(4, "06:47", "V07")
t(4, "07:30", "C13", "ส่องดาวจัดสถานที่เสร็จตั้งแต่เมื่อวานเย็นครับ", ans=("O5", "D13"), how="district chief, text + 3 photos")
img(4, "07:30", "C13", 3)
img(4, "08:30", "V01", 4, ans=("O5", "D01"), how="photos alone (เมืองสกลนคร had answered O3, so O5 is its only open photo order)",
    near="photos alone after O5, which asks for photos: they answer O5 for เมืองสกลนคร")
t(4, "09:00", "K09", "คำตากล้าส่งภาพการจัดสถานที่ครับ", ans=("O5", "D09"), how="coordinating deputy, text + 2 photos")
img(4, "09:00", "K09", 2)
t(4, "09:40", "V05", "พังโคนรายงานรณรงค์งดเผาตอซังข้าว วันที่ ๒-๓ ธ.ค. จิตอาสา ๕๕ คน ๖ หมู่บ้านค่ะ",
  ans=("O3", "D05"), how="volunteer officer, text + 2 photos")
img(4, "09:40", "V05", 2)
img(4, "10:20", "V16", 3, ans=("O5", "D16"), how="photos alone (เจริญศิลป์ had answered O3)",
    near="photos alone after O5: they answer O5 for เจริญศิลป์")
t(4, "10:45", "C10", "บ้านม่วงครับ", ans=("O5", "D10"), how="district chief, text + 2 photos")
img(4, "10:45", "C10", 2)
t(4, "11:15", "PV1", "เรียนทุกอำเภอครับ ตัวอย่างการจัดโต๊ะหมู่บูชาและพานพุ่มที่ถูกต้องตามภาพนะครับ",
  near="guidance by the provincial officer: asks no report")
img(4, "11:15", "PV1")
t(4, "11:30", "Xa18", "ภูพานส่งภาพการจัดสถานที่ครับ", ans=("O5", "D18"), how="deputy district chief (invited Tuesday), text + 2 photos",
  near="report by the deputy invited on Tuesday (eligible): counts for ภูพาน")
img(4, "11:30", "Xa18", 2)
t(4, "12:10", "V12", "สว่างแดนดินค่ะ", ans=("O5", "D12"), how="volunteer officer, text + 3 photos")
img(4, "12:10", "V12", 3)
t(4, "13:10", "Xa12", "สว่างแดนดินรณรงค์งดเผาอ้อย ต.บ้านถ่อน ต.ค้อใต้ จิตอาสา ๗๐ คนครับ",
  ans=("O3", "D12"), how="deputy district chief, text + 2 photos")
img(4, "13:10", "Xa12", 2)
img(4, "13:40", "C15", 2, ans=("O5", "D15"), how="photos, then a caption")
t(4, "13:42", "C15", "ภาพการจัดสถานที่ อ.โคกศรีสุพรรณ ค่ะ", near="caption of the photos sent two minutes earlier")
t(4, "14:30", "PV2", "อำเภอที่ยังไม่ได้ส่งภาพการจัดสถานที่ ได้แก่ พังโคน นิคมน้ำอูน วานรนิวาส อากาศอำนวย เต่างอย โพนนาแก้ว ขอให้ส่งภายใน ๑๖.๓๐ น. วันนี้นะคะ 🙏",
  near="reminder of O5 naming the districts still owing: no new duty")
t(4, "14:35", "C17", "รับทราบครับ", near="acknowledgement of the reminder, no photos: โพนนาแก้ว never answers O5")
t(4, "15:00", "C07", "นิคมน้ำอูนจัดเสร็จแล้วค่ะ เดี๋ยวให้เจ้าหน้าที่ส่งภาพนะคะ", near="a promise without photos: not the O5 answer")
t(4, "16:00", "PALAD", "ขอบคุณทุกอำเภอที่ร่วมเตรียมงานครับ พรุ่งนี้ ๐๖.๓๐ น. พร้อมกันที่ศาลากลางครับ",
  near="thanks and a meeting time from the palad: no report asked")
t(4, "17:10", "V05", "พังโคนส่งภาพการจัดสถานที่ค่ะ ขออภัยที่ช้าค่ะ", ans=("O5", "D05"), how="volunteer officer, text + 2 photos")
img(4, "17:10", "V05", 2)
t(4, "18:40", "V07", "นิคมน้ำอูนค่ะ ซุ้มเฉลิมพระเกียรติหน้าอำเภอ", ans=("O5", "D07"), how="volunteer officer, text + 3 photos")
img(4, "18:40", "V07", 3)
t(4, "19:30", "PV2", "ขอแสดงความเสียใจกับครอบครัวน้องลำดวน จอส.ส่องดาว ในการจากไปของคุณพ่อค่ะ 🙏",
  near="condolence: chat")
t(4, "19:32", "C13", "🙏")
t(4, "19:40", "V13", "ขอบพระคุณทุกท่านค่ะ 🙏")
t(4, "20:15", "V14", "เต่างอยส่งภาพครับ", ans=("O5", "D14"), how="volunteer officer, text + 2 photos")
img(4, "20:15", "V14", 2)
t(4, "21:00", "PV1", "สรุปภาพการจัดสถานที่ส่งแล้ว ๑๕ อำเภอครับ ขอบคุณทุกอำเภอครับ พรุ่งนี้พบกันครับ",
  near="summary and thanks: no new order")
t(4, "21:30", "C01", "ขอบคุณครับ พรุ่งนี้พบกันครับ 🙏")

ALL = "ALL"
ORDERS = {
    "O1": dict(msg=o1, districts=ALL, deadline="2026-12-02T12:00:00+07:00",
               why="\"ภายในวันพุธที่ ๒ ธันวาคม ๒๕๖๙ เวลา ๑๒.๐๐ น.\": noon on Wednesday 2 Dec.",
               expect={"D02": "late", "D08": "late", "D10": "late", "D14": "late", "D11": "missing", "D17": "missing"}),
    "O2": dict(msg=o2, districts=["D03", "D18", "D13", "D06", "D07"], deadline="2026-12-01T14:20:00+07:00",
               why="\"ภายใน ๒๔ ชั่วโมง\" from the order at 14:20 on Monday: 14:20 on Tuesday 1 Dec. Addressed in the salutation to กุดบาก, ภูพาน, ส่องดาว, วาริชภูมิ and นิคมน้ำอูน only.",
               expect={"D13": "late", "D07": "missing"}),
    "O3": dict(msg=o3, districts=ALL, deadline="2026-12-08T23:59:59+07:00",
               why="\"ภายใน ๓ วัน\" from Wednesday 2 Dec: day 1 Thursday 3, day 2 Friday 4, day 3 Saturday 5 (National Day, and a weekend day); Sunday 6 is the weekend and Monday 7 the substitute holiday for the 5th, so the last day moves to Tuesday 8 Dec, to the end of that day. After the log ends: unanswered districts are not-due.",
               expect={d: "not-due" for d in ["D02", "D03", "D04", "D06", "D07", "D08", "D10", "D11", "D13", "D14", "D17"]}),
    "O4": dict(msg=o4, districts=["D01", "D05", "D12", "D08"], deadline="2026-12-03T15:00:00+07:00",
               why="\"ภายในบ่ายสามโมงของวันพรุ่งนี้\" written on Wednesday 2 Dec: 15:00 on Thursday 3 Dec. Addressed to the four districts the order lists after describing them (where the Red Cross mobile unit goes on Thursday).",
               expect={"D12": "late", "D08": "missing"}),
    "O5": dict(msg=o5, districts=ALL, deadline="2026-12-04T16:30:00+07:00",
               why="\"ภายในวันศุกร์ที่ ๔ ธ.ค. ๖๙ เวลา ๑๖.๓๐ น.\": 16:30 on Friday 4 Dec.",
               expect={"D05": "late", "D07": "late", "D14": "late", "D08": "missing", "D11": "missing", "D17": "missing"}),
}
