# ศอ.จอส.จว.สน. (JSONL).  Orders, reports, late and missing answers: every message and note by hand.
from frame import Log
from people import disp

L = Log("volunteer-centre.jsonl", "ศอ.จอส.จว.สน.")
ORDERS = {}
ALL = "ALL"


def order(key, msg, districts, deadline, why, expect, about):
    ORDERS[key] = dict(msg=msg, districts=districts, deadline=deadline, why=why, expect=expect, about=about)


def rep(key, code, d, hm, who, text=None, photos=0, photos_first=False, file=None, caption=None, **kw):
    """A district's report answering order `key`: text (then photos); photos alone; photos then a caption;
    a file then a caption.  The answer is the post's first message."""
    same = {k: v for k, v in kw.items() if k in ("name", "sid")}   # the rest of the post keeps the sender's name
    if file:
        m = L.file(d, hm, who, file, ans=(key, code), shape="file, then a caption" if caption else "file", **kw)
        if caption:
            L.t(d, hm, who, caption, **same)
        return m
    if text is None:
        return L.img(d, hm, who, photos, ans=(key, code), shape="photos alone", **kw)
    if photos_first:
        m = L.img(d, hm, who, photos, ans=(key, code), shape="photos, then a caption", **kw)
        L.t(d, hm, who, text, **same)
        return m
    m = L.t(d, hm, who, text, ans=(key, code), shape="text" + (" and photos" if photos else ""), **kw)
    if photos:
        L.img(d, hm, who, photos, **same)
    return m


# ============================ Monday 12 October ============================
L.t(12, "06:41", "PV2", "สวัสดีวันจันทร์ค่ะทุกท่าน 🌤️ สัปดาห์นี้มีวันหยุดวันอังคาร แต่งานจิตอาสาเยอะหน่อยนะคะ สู้ๆ ค่ะ")
L.img(12, "06:41", "PV2")
L.stk(12, "06:48", "KUS.V")
L.t(12, "06:55", "PPN.V", "สวัสดีค่ะพี่แพรว")
L.t(12, "07:02", "TNY.C", "สวัสดีครับ")
L.stk(12, "07:10", "SWD.V")
L.t(12, "07:31", "NKU.V", "อรุณสวัสดิ์ครับ ☕")

m = L.t(12, "08:10", "PV1", """เรียน นายอำเภอทุกอำเภอ
ด้วยวันอังคารที่ ๑๓ ตุลาคม ๒๕๖๙ เป็นวันคล้ายวันสวรรคตพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร (วันนวมินทรมหาราช) จังหวัดสกลนครกำหนดให้ทุกอำเภอจัดกิจกรรมจิตอาสาพระราชทาน "เราทำความดี ด้วยหัวใจ" บำเพ็ญสาธารณประโยชน์ในพื้นที่ ภายหลังพิธีวางพวงมาลา
ศอ.จอส.จว.สน. จึงขอให้ ศอ.จอส.อ. รายงานแผนการจัดกิจกรรม (สถานที่ เวลา ลักษณะกิจกรรม จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม) ทางกลุ่มไลน์นี้ ภายในเวลา ๑๕.๐๐ น. ของวันนี้ (๑๒ ต.ค. ๖๙)
จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ
ศอ.จอส.จว.สน.""", near="order of the provincial centre (province-level volunteer officer) to all districts: allowed; O1")
L.img(12, "08:10", "PV1", 2)
order("O1", m, ALL, "2026-10-12T15:00:00+07:00",
      "\"ภายในเวลา ๑๕.๐๐ น. ของวันนี้ (๑๒ ต.ค. ๖๙)\": 15:00 on Monday 12 Oct, the day of the order.",
      {"NKU": ("late", "answered 15:42 after the 15:20 reminder, with an apology"),
       "KTK": ("late", "answered 16:48"),
       "SDW": ("late", "answered the next morning, 07:10 on Tuesday 13 Oct (the holiday)"),
       "JRS": ("missing", "no plan from เจริญศิลป์ in the whole log"),
       "WRC": ("missing", "only an acknowledgement with a promise to report (12 Oct 08:20); no plan followed")},
      "plan of the 13 October volunteer activity")
L.t(12, "08:12", "PNK.D", "รับทราบครับ")
L.t(12, "08:13", "KSS.V", "รับทราบค่ะ 🙏", reply=ORDERS["O1"]["msg"])
L.stk(12, "08:13", "AKA.V")
L.t(12, "08:15", "PKN.C", "ทราบครับ")
L.t(12, "08:16", "MUE.V", "รับทราบค่ะ", reply=ORDERS["O1"]["msg"])
L.t(12, "08:20", "WRC.D", "รับทราบครับ วาริชภูมิจะรายงานภายในบ่ายนี้ครับ", reply=ORDERS["O1"]["msg"],
    near="acknowledgement with a promise to report: not a report; วาริชภูมิ never sends the plan (O1 missing)")
L.t(12, "08:22", "BMW.V", "รับทราบค่ะ")
L.t(12, "08:25", "TNY.D", "👍")
L.t(12, "08:31", "KTK.D", "รับทาบครับ")
L.stk(12, "08:40", "SDW.V")

rep("O1", "KDB", 12, "09:15", "KDB.D", """อ.กุดบาก รายงานแผนกิจกรรมจิตอาสา ๑๓ ต.ค. ๖๙ ครับ 📋
- สถานที่ ถนนสายกุดบาก-นาม่อง และบริเวณวัดป่าสุทธาวาส
- เวลา ๐๘.๓๐ น.
- ตัดหญ้า เก็บขยะ ล้างทำความสะอาดป้ายชื่อหมู่บ้าน
- จิตอาสา ๙๐ คน""", photos=1,
    near="report by the person with two roles (coordinating_deputy|volunteer_center_staff): a district person; O1 on time for กุดบาก")
rep("O1", "MUE", 12, "09:40", "MUE.V", """ศอ.จอส.อ.เมืองสกลนคร รายงานแผนกิจกรรมวันที่ ๑๓ ต.ค. ๖๙ ค่ะ
สถานที่: สวนสาธารณะริมหนองหาร และ ร.ร.เทศบาล ๒ (ศรีสกลวิทยาคม)
เวลา: ๐๙.๓๐ น. หลังพิธีวางพวงมาลา ณ ศาลากลางจังหวัด
กิจกรรม: เก็บขยะ ตัดหญ้า ทาสีขอบทางเท้า
จิตอาสาประมาณ ๒๕๐ คนค่ะ""")
rep("O1", "PNK", 12, "09:55", "PNK.C", "โพนนาแก้วรายงานค่ะ พรุ่งนี้ ๐๘.๐๐ น. จิตอาสาพัฒนาคลองส่งน้ำบ้านนาตงวัฒนา เก็บผักตบชวา ริมหนองหารฝั่ง ต.นาแก้ว จิตอาสาราว ๑๕๐ คน ร่วมกับ อบต.นาแก้วค่ะ")
rep("O1", "KUS", 12, "10:05", "KUS.D", "กุสุมาลย์ครับ แผนวันที่ 13 ต.ค. จัดที่วัดศรีสว่าง ต.นาโพธิ์ พัฒนาลานวัด ทำความสะอาดศาลาการเปรียญเตรียมงานกฐิน เริ่ม 08.30 น. จิตอาสา 120 คนครับ")
L.t(12, "10:20", "PV2", "ขอบคุณค่ะ เมืองสกล โพนนาแก้ว กุดบาก กุสุมาลย์ ได้รับแล้วนะคะ 🙏")
rep("O1", "SWD", 12, "10:30", "SWD.X", """สว่างแดนดินรายงานครับ
วันที่ ๑๓ ต.ค. ๖๙ เวลา ๐๘.๓๐ น. จิตอาสาพัฒนาบริเวณสระน้ำสาธารณะหนองสามสี และถนนทางเข้าโรงพยาบาลสว่างแดนดิน
จิตอาสา ๓๐๐ คน (รวม อสม. และนักเรียน)""",
    near="report by an ordinary deputy (deputy_district_chief) on the district's behalf: counts for สว่างแดนดิน")
L.t(12, "10:50", "PNN.D", "พรรณาฯ เบื้องต้นจิตอาสาประมาณ 180 คนครับ รายละเอียดน้องนกจะส่งให้อีกทีครับ",
    near="display name ปลัดเบิร์ด fits two roster people (coordinating deputy of พรรณานิคม, deputy of วานรนิวาส): ambiguous, never judged; it answers nothing (พรรณานิคม's answer is its volunteer officer's at 11:20)")
rep("O1", "PNN", 12, "11:20", "PNN.V", """ศอ.จอส.อ.พรรณานิคม รายงานแผนค่ะ
📍 ถนนรอบบึงพรรณา และวัดพระธาตุเชิงชุมน้อย (บ้านม่วงไข่)
🕗 ๐๘.๐๐ น.
🧹 เก็บขยะ ตัดแต่งกิ่งไม้ ทาสีรั้ว
👥 ๑๘๐ คน""")
rep("O1", "BMW", 12, "11:45", "BMW.D", "บ้านม่วงรายงานครับ วันที่ ๑๓ ต.ค. จิตอาสาพัฒนาบริเวณ รพ.สต.บ้านโพนงาม และถนนสายหลักหน้าที่ว่าการอำเภอ เวลา ๐๘.๓๐ น. จำนวนจิตอาสา ๑๐๖ คนครับ",
    near="report by the coordinating deputy; the figure is corrected at 12:10 (a report in two pieces, cited at its first message)")
L.t(12, "12:10", "BMW.D", "แก้ไขครับ จำนวนจิตอาสา ๑๖๐ คน (ไม่ใช่ ๑๐๖) พิมพ์ผิดครับ 🙏")
L.img(12, "12:30", "KSS.D", 2, ans=("O1", "KSS"), shape="photos, then a caption",
      near="photos of the plan form first, then the caption a minute later: one report, cited at the first photo")
L.t(12, "12:31", "KSS.D", "แบบรายงานแผนกิจกรรม อ.โคกศรีสุพรรณ ครับ จิตอาสา ๑๔๐ คน ที่ลานวัดธาตุนาเวง ๐๘.๐๐ น.")
rep("O1", "PKN", 12, "13:05", "PKN.C", "พังโคนรายงานครับ ๑๓ ต.ค. จิตอาสาพัฒนาถนนสายบ้านแร่-ต้นผึ้ง ตัดหญ้าสองข้างทาง ระยะทาง ๓ กม. จิตอาสา ๒๐๐ คน เวลา ๐๘.๐๐ น. ครับ",
    near="report by the district chief himself: a district person, on time")
rep("O1", "PPN", 12, "13:40", "PPN.V", "ภูพานส่งแผนค่ะ จิตอาสา ๘๕ คน พัฒนาบริเวณน้ำตกห้วยใหญ่ เก็บขยะเส้นทางเดินชมธรรมชาติ เวลา ๐๘.๓๐ น. ค่ะ", photos=1)

m = L.t(12, "14:10", "PAL", """เรียน นอภ.เมืองสกลนคร นอภ.โพนนาแก้ว นอภ.อากาศอำนวย นอภ.วานรนิวาส
ตามที่ระดับน้ำในหนองหารและลำน้ำสาขาเพิ่มสูงขึ้นต่อเนื่องจากฝนตกหนักช่วงปลายฤดู ขอให้อำเภอที่มีพื้นที่ลุ่มต่ำดังกล่าวเตรียมความพร้อมชุดปฏิบัติการจิตอาสาภัยพิบัติ ประจำอำเภอและตำบล
และรายงานจำนวนจิตอาสาภัยพิบัติที่พร้อมปฏิบัติงาน พร้อมจุดวางกระสอบทราย ทางกลุ่มนี้ ภายในวันพรุ่งนี้ (๑๓ ต.ค. ๖๙) เวลา ๑๔.๐๐ น. แม้เป็นวันหยุดราชการ
ปลัดจังหวัดสกลนคร""",
    near="order of the provincial palad (the provincial centre) to the four districts named in the salutation: allowed; O2")
order("O2", m, ["MUE", "PNK", "AKA", "WNN"], "2026-10-13T14:00:00+07:00",
      "\"ภายในวันพรุ่งนี้ (๑๓ ต.ค. ๖๙) เวลา ๑๔.๐๐ น. แม้เป็นวันหยุดราชการ\": 14:00 on Tuesday 13 Oct. The day is a public holiday, but the order names the day and the hour itself, so the holiday does not move it.",
      {"AKA": ("late", "answered 08:35 on Wednesday 14 Oct"),
       "WNN": ("missing", "วานรนิวาส sent no figures by the end of the log")},
      "flood-standby volunteers and sandbag points, districts near หนองหาร and the ลำน้ำสงคราม")
L.t(12, "14:12", "MUE.C", "รับทราบครับท่าน")
L.t(12, "14:15", "PNK.C", "รับทราบค่ะท่าน", reply=ORDERS["O2"]["msg"])
L.t(12, "14:16", "WNN.V", "รับทราบค่ะ")
rep("O1", "TNY", 12, "14:40", "TNY.C", "เต่างอยรายงานครับ ๑๓ ต.ค. ๖๙ จิตอาสา ๑๑๐ คน พัฒนาบริเวณเขื่อนน้ำพุงฝั่งบ้านนาเตย และเก็บขยะตลาดเต่างอย เริ่ม ๐๙.๐๐ น. ครับ")
L.file(12, "14:50", "WNN.V", "แผนจิตอาสา 13 ต.ค.69 อ.วานรนิวาส.pdf", ans=("O1", "WNN"), shape="file, then a caption",
       near="the plan as a PDF, caption after it: a file counts as a report; on time")
L.t(12, "14:50", "WNN.V", "ส่งแผนกิจกรรมอำเภอวานรนิวาสค่ะ 🙏")
rep("O1", "AKA", 12, "14:57", "AKA.V", "อากาศอำนวยครับ ๑๓ ต.ค. จิตอาสาพัฒนาริมฝั่งแม่น้ำสงคราม ท่าน้ำบ้านท่าก้อน ๗๐ คน ๐๘.๓๐ น. ครับ (ระดับน้ำสูง จัดเฉพาะบนฝั่งครับ)",
    near="answer three minutes before the 15:00 deadline: on time")
m2 = L.t(12, "15:20", "PV2", "📢 อำเภอที่ยังไม่ได้รายงานแผนกิจกรรมวันที่ ๑๓ ต.ค. ได้แก่ วาริชภูมิ นิคมน้ำอูน คำตากล้า ส่องดาว เจริญศิลป์ ขอให้รายงานด่วนค่ะ เลยเวลาแล้วนะคะ",
         near="reminder of O1 (อำเภอที่ยังไม่ได้รายงาน…): no new duty, the 15:00 deadline stays")
rep("O1", "NKU", 12, "15:42", "NKU.V", "ขออภัยที่ล่าช้าครับ นิคมน้ำอูนจัดกิจกรรมที่วัดโพธิ์ชัย บ้านหนองบัว ตัดหญ้า ทำความสะอาดลานวัด จิตอาสา ๖๕ คน เวลา ๐๘.๓๐ น. ครับ")
L.t(12, "15:45", "WRC.V", "วาริชภูมิกำลังรวบรวมครับพี่ 🙏",
    near="a promise from วาริชภูมิ's volunteer officer, not a report (O1 stays missing)")
m = L.t(12, "16:00", "PV1", """แจ้งเพื่อทราบ
การแต่งกายพิธีวางพวงมาลาถวายราชสักการะ ๑๓ ต.ค. ๖๙ ณ ลานอนุสาวรีย์ฯ หน้าศาลากลางจังหวัด
ข้าราชการ: เครื่องแบบปกติขาวไว้ทุกข์
จิตอาสา: เสื้อจิตอาสาพระราชทาน หมวก ผ้าพันคอ ไว้ทุกข์
รวมพล ๐๗.๓๐ น. (ไม่ต้องรายงาน)""",
    near="information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
L.stk(12, "16:02", "KSS.V")
L.t(12, "16:05", "PNN.V", "รับทราบค่ะ")
rep("O1", "KTK", 12, "16:48", "KTK.V", "คำตากล้ารายงานแผนค่ะ 🙏 จิตอาสา ๙๕ คน พัฒนาหนองน้ำสาธารณะบ้านนาคำ ตัดหญ้า เก็บขยะ ๐๘.๓๐ น. ขออภัยที่ส่งช้าค่ะ")
rep("O2", "MUE", 12, "17:30", "MUE.D", """อ.เมืองสกลนคร รายงานการเตรียมความพร้อมครับ
- จิตอาสาภัยพิบัติพร้อมปฏิบัติ ๖๐ นาย
- จุดวางกระสอบทราย ๔ จุด (ต.ธาตุเชิงชุม ต.ฮางโฮง ต.เชียงเครือ ต.ท่าแร่)
- กระสอบทรายบรรจุแล้ว ๓,๐๐๐ ใบครับ""",
    near="report by the coordinating deputy for O2: on time")
L.t(12, "17:34", "PAL", "ขอบคุณครับ")
L.join(12, "19:40", "!ร้านพวงหรีดดอกไม้สด สกลนคร",
       truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
L.t(12, "19:41", "!ร้านพวงหรีดดอกไม้สด สกลนคร", "รับจัดพวงมาลา พวงหรีด สำหรับวางถวายราชสักการะ ๑๓ ตุลา ส่งถึงที่ว่าการอำเภอ ราคาหน่วยงานราชการ ออกใบเสร็จได้ค่ะ 💐 โทร 08x-xxx-4415")
L.img(12, "19:41", "!ร้านพวงหรีดดอกไม้สด สกลนคร", 2)
L.t(12, "19:50", "PV1", "ใครเพิ่มร้านค้าเข้ากลุ่มครับ ปิดลิงก์เชิญแล้วนะครับ กลุ่มนี้เฉพาะงานจิตอาสาครับ")
L.remove(12, "19:51", "PV1", "ร้านพวงหรีดดอกไม้สด สกลนคร")
L.t(12, "20:15", "PPN.C", "ขอบคุณจ่าครับ")

# ============================ Tuesday 13 October (public holiday) ============================
L.t(13, "06:30", "PV2", "๑๓ ตุลาคม วันนวมินทรมหาราช น้อมรำลึกในพระมหากรุณาธิคุณอันหาที่สุดมิได้ 🙏🖤")
L.img(13, "06:30", "PV2")
L.t(13, "06:40", "KDB.D", "🙏🖤")
L.t(13, "06:44", "TNY.C", "🖤🙏")
L.stk(13, "06:50", "NKU.V")
rep("O1", "SDW", 13, "07:10", "SDW.D", "ส่องดาวขออภัยครับ เมื่อวานสัญญาณที่ตำบลไม่ดีส่งไม่ออก แผนวันนี้ จิตอาสา ๘๐ คน พัฒนาบริเวณวัดถ้ำพวง ๐๙.๐๐ น. ครับ")
L.t(13, "07:15", "PV1", "รับทราบครับ")
L.img(13, "08:05", "MUE.V", 3, near="photos of the wreath-laying on the holiday, before O3 was issued (Wednesday): they answer nothing")
L.t(13, "08:05", "MUE.V", "พิธีวางพวงมาลา ณ ลานอนุสาวรีย์ฯ หน้าศาลากลางจังหวัด เช้านี้ค่ะ")
L.t(13, "08:20", "PAL", "ขอบคุณทุกอำเภอที่ร่วมพิธีครับ วันนี้ฝนอาจตกช่วงสาย ขอให้ดูแลความปลอดภัยจิตอาสาด้วยครับ",
    near="the palad's instruction asks for no report: no duty")
L.img(13, "09:05", "KUS.V", 2, near="กุสุมาลย์'s activity photos on Tuesday, before O3 was issued: not an answer to O3 (O3 stays missing for กุสุมาลย์)")
L.t(13, "09:06", "KUS.V", "บรรยากาศจิตอาสาวัดศรีสว่างค่ะ 🧹")
L.t(13, "09:10", "PV2", "👍👍")
rep("O2", "PNK", 13, "09:20", "PNK.C", """โพนนาแก้วรายงานตามข้อสั่งการค่ะ
จิตอาสาภัยพิบัติพร้อม ๔๕ คน (ต.นาแก้ว ๒๐ ต.บ้านแป้น ๑๒ ต.เชียงสือ ๑๓)
จุดวางกระสอบทราย ๓ จุด ริมหนองหารบ้านดงมะไฟ บ้านนาตงวัฒนา บ้านบัวเจริญ
ระดับน้ำยังต่ำกว่าตลิ่งประมาณ ๔๐ ซม. ค่ะ""",
    near="report for O2 posted on the holiday, before the 14:00 deadline: on time")
L.t(13, "09:25", "PAL", "ขอบคุณครับ นอภ.")
L.img(13, "09:40", "PNN.V", 2)
L.t(13, "09:41", "PNN.V", "จิตอาสาพรรณานิคม กำลังตัดแต่งกิ่งไม้รอบบึงค่ะ")
L.t(13, "10:12", "KDB.D", "กุดบากเตรียมพร้อมเหมือนกันครับ ชุดจิตอาสาภัยพิบัติ ๓๐ นาย เรือท้องแบน ๒ ลำ เผื่อจังหวัดเรียกใช้ครับ",
    near="กุดบาก is not named in O2; its stand-by figures answer nothing and are not required")
L.t(13, "10:30", "PPN.V", "ภูพานเสร็จกิจกรรมแล้วค่ะ ฝนเริ่มตกพอดี ☔")
L.img(13, "10:31", "PPN.V", 2)
L.stk(13, "10:40", "SWD.V")
L.t(13, "11:20", "AKA.D", "อากาศอำนวยน้ำสงครามขึ้นครับ บ้านท่าก้อนน้ำเริ่มเข้านาข้าว กำลังสำรวจครับ",
    near="a situation note from อากาศอำนวย without the figures O2 asked for: not the O2 report (which comes on Wednesday)")
REM2 = L.t(13, "11:25", "PAL", "ขอให้ส่งตัวเลขจิตอาสาและจุดกระสอบทรายตามที่สั่งการไว้ด้วยนะครับ ปลัดตั้ม",
    near="the palad's reminder of O2 addressed to one district: no new duty")
L.t(13, "11:26", "AKA.D", "ครับท่าน", reply=REM2)
L.t(13, "13:30", "SWD.C", "สว่างแดนดินจิตอาสามากันเยอะครับวันนี้ ขอบคุณพี่น้องทุกคนครับ 🙏")
L.img(13, "13:30", "SWD.C")
L.t(13, "16:10", "WNN.X", "ขอบคุณจิตอาสาทุกอำเภอครับ วันนี้ฝนตกทั้งวันแต่ทุกคนก็ยังมาครับ 👏")
L.stk(13, "16:12", "PV2")
L.t(13, "19:05", "TNY.D", "จิตอาสาเต่างอยขอบคุณทุกท่านครับ")
L.img(13, "19:05", "TNY.D", 3, near="photos of Tuesday's activity from เต่างอย before O3 was issued: not an answer to O3 (O3 stays missing for เต่างอย)")

# ============================ Wednesday 14 October ============================
L.t(14, "06:50", "PV2", "สวัสดีวันพุธค่ะ ☔ ฝนยังตกต่อเนื่อง เดินทางระมัดระวังนะคะ")
L.stk(14, "06:58", "KTK.V")
L.rename(14, "07:30", "BMW.D", "โจ้ 🚒 บ้านม่วง",
         near="the coordinating deputy of บ้านม่วง renames himself; his later posts are still his (rename notice)")
L.t(14, "07:31", "BMW.D", "เปลี่ยนรูปโปรไฟล์ใหม่ครับ 555 ปลัดโจ้เหมือนเดิมครับ", name="โจ้ 🚒 บ้านม่วง")
rep("O2", "AKA", 14, "08:35", "AKA.D", """อากาศอำนวยรายงานครับ (ขออภัยที่ล่าช้า)
จิตอาสาภัยพิบัติพร้อมปฏิบัติ ๕๕ นาย
จุดวางกระสอบทราย ๒ จุด ท่าน้ำบ้านท่าก้อน และหน้าวัดโพธิ์ศรี บ้านดงบัง
ช่วยขนย้ายข้าวของชาวบ้านท่าก้อน ๖ ครัวเรือนแล้วครับ""")

m = L.t(14, "08:40", "PV1", """เรียน นายอำเภอทุกอำเภอ
ขอให้ ศอ.จอส.อ. ทุกอำเภอรายงานผลการจัดกิจกรรมจิตอาสาพระราชทาน เนื่องในวันนวมินทรมหาราช ๑๓ ต.ค. ๖๙
๑. กิจกรรมที่ดำเนินการ/สถานที่
๒. จำนวนจิตอาสาที่เข้าร่วม
๓. ภาพถ่ายกิจกรรม ๓-๔ ภาพ
ทางกลุ่มไลน์นี้ ภายในวันพฤหัสบดีที่ ๑๕ ต.ค. ๒๕๖๙ เวลา ๑๒.๐๐ น. เพื่อจังหวัดสรุปรายงาน ศอ.จอส.พระราชทาน
ศอ.จอส.จว.สน.""", near="order of the provincial centre to all districts, asking for photos: allowed; O3")
L.img(14, "08:40", "PV1")
order("O3", m, ALL, "2026-10-15T12:00:00+07:00",
      "\"ภายในวันพฤหัสบดีที่ ๑๕ ต.ค. ๒๕๖๙ เวลา ๑๒.๐๐ น.\": 12:00 on Thursday 15 Oct. The order asks for photos, so photos sent alone count.",
      {"BMW": ("late", "answered 13:15 on Thursday, after the 11:00 reminder"),
       "PNN": ("late", "answered 15:40 on Thursday"),
       "KSS": ("late", "answered 09:10 on Friday"),
       "KUS": ("missing", "only Tuesday's photos (before the order) and an acknowledgement; no report after O3"),
       "TNY": ("missing", "only Tuesday evening's photos (before the order) and a sticker; no report after O3")},
      "results of the 13 October volunteer activity, with photos")
L.t(14, "08:42", "PKN.V", "รับทราบค่ะ")
L.t(14, "08:42", "KUS.V", "รับทราบค่ะ", reply=ORDERS["O3"]["msg"],
    near="acknowledgement of O3 by กุสุมาลย์: not a report")
L.stk(14, "08:44", "TNY.D", near="sticker after O3 by เต่างอย's two-role officer: an acknowledgement, not a report")
L.t(14, "08:45", "JRS.V", "รับทราบครับ")
L.t(14, "08:47", "SWD.D", "รับทราบครับผม", reply=ORDERS["O3"]["msg"])
L.t(14, "08:50", "NKU.C", "🙏")
rep("O3", "MUE", 14, "09:30", "MUE.V", "ผลกิจกรรมจิตอาสา อ.เมืองสกลนคร ๑๓ ต.ค. ๖๙ เก็บขยะริมหนองหาร ๑.๒ ตัน ทาสีขอบทางเท้า ๘๐๐ เมตร จิตอาสาเข้าร่วม ๒๗๓ คนค่ะ",
    photos=4, photos_first=True, near="four photos first, the caption after them: one report, cited at the first photo")
rep("O3", "WRC", 14, "09:55", "WRC.V", photos=4,
    near="photos alone after O3, which asks for photos: a report for วาริชภูมิ (on time)")
L.t(14, "10:00", "PV2", """แจ้งเพื่อทราบค่ะ 🕯️
งานประเพณีแห่ปราสาทผึ้ง ประจำปี ๒๕๖๙ จังหวัดสกลนคร
- ประกวดปราสาทผึ้ง คืนวันเสาร์ที่ ๒๔ ต.ค. ๖๙ บริเวณหน้าศาลากลาง
- ขบวนแห่ วันอาทิตย์ที่ ๒๕ ต.ค. ๖๙ ถวายวัดพระธาตุเชิงชุมวรวิหาร วันออกพรรษา ๒๖ ต.ค. ๖๙
รายละเอียดการจัดจิตอาสาจะแจ้งอีกครั้ง ช่วงนี้ไม่ต้องรายงานค่ะ""",
    near="information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
rep("O3", "PNK", 14, "10:20", "PNK.V", "จิตอาสาโพนนาแก้ว ๑๖๒ คน เก็บผักตบชวาได้ ๘ ตันครับ", photos=3, photos_first=True,
    near="three photos, then the caption: one report for โพนนาแก้ว, cited at the first photo")
rep("O3", "KDB", 14, "10:45", "KDB.D", "อ.กุดบาก ผลการดำเนินงาน ๑๓ ต.ค. ๖๙ จิตอาสา ๙๖ คน ตัดหญ้าริมถนน ๔ กม. เก็บขยะ ล้างป้ายหมู่บ้าน ๑๒ ป้ายครับ", photos=3)
rep("O3", "PPN", 14, "11:10", "PPN.X", "ผลกิจกรรม อ.ภูพาน ครับ จิตอาสา ๙๑ คน เก็บขยะเส้นทางน้ำตกห้วยใหญ่ได้ ๑๒๐ กก.", photos=3,
    near="report by an ordinary deputy (deputy_district_chief) of ภูพาน: counts for the district")
L.t(14, "11:40", "PV1", "ขอบคุณครับ ภาพสวยทุกอำเภอครับ ถ้าเป็นไปได้ขอภาพแนวนอนนะครับ จะได้ทำสไลด์ง่าย")
L.t(14, "11:42", "NKU.V", "ครับผม")
L.stk(14, "12:05", "KTK.V")
L.invite(14, "13:00", "SWD.D", disp("S.PHO"),
         truth=[("SKN-5", "หมอต้น สสจ.สน.", "invitee is agency staff (a deputy of the provincial health office, role staff): not admitted to ศอ.จอส.จว.สน."),
                ("SKN-ALL", "หมอต้น สสจ.สน.", "on the roster, not admitted to this group, invited"),
                ("SKN-ALL", "ปลัดเอก สว่างฯ", "inviter of a roster person not admitted to this group")])
L.t(14, "13:05", "S.PHO", "สวัสดีครับ หมอต้น สสจ.สกลนครครับ ปลัดเอกชวนเข้ามาประสานเรื่องจิตอาสาช่วยคัดกรองยาเสพติดครับ 🙏")
L.t(14, "13:10", "SWD.D", "ขอบคุณครับหมอ")
rep("O3", "SWD", 14, "13:40", "SWD.V", file="สรุปผลกิจกรรมจิตอาสา 13 ต.ค.69 สว่างแดนดิน.pdf",
    caption="สรุปผลกิจกรรมอำเภอสว่างแดนดินค่ะ จิตอาสา ๓๑๒ คน 🙏")
L.img(14, "13:41", "SWD.V", 3)
rep("O3", "KTK", 14, "14:15", "KTK.C", "คำตากล้ารายงานผลครับ ๑๓ ต.ค. จิตอาสา ๑๐๒ คน ตัดหญ้า เก็บขยะหนองน้ำบ้านนาคำ ปลูกต้นไม้ ๒๐๐ ต้นครับ", photos=2)
L.t(14, "15:00", "AKA.C", "ขอให้จิตอาสาทุกอำเภอที่ลงพื้นที่ริมน้ำช่วงนี้ปลอดภัยนะครับ 🙏",
    near="a district chief's wish addressed to all districts (ขอให้…ทุกอำเภอ…): courtesy, not an order (no SKN-5P)")
L.t(14, "15:02", "PNK.C", "ขอบคุณค่ะท่าน")
rep("O3", "NKU", 14, "15:30", "NKU.V", "นิคมน้ำอูนครับ ผลกิจกรรม ๑๓ ต.ค. จิตอาสา ๗๐ คน ทำความสะอาดวัดโพธิ์ชัย ตัดหญ้า ๒ ไร่", photos=3)
L.leave(14, "16:05", "MUE.X", near="an admitted member (a deputy of เมืองสกลนคร) leaving the group: no finding")
rep("O3", "JRS", 14, "16:20", "JRS.C", """เจริญศิลป์รายงานผลครับ
วันที่ ๑๓ ต.ค. ๖๙ จิตอาสา ๑๓๐ คน พัฒนาบริเวณอ่างเก็บน้ำห้วยโทง เก็บขยะ ตัดหญ้า
ขอบคุณจิตอาสาทุกท่านครับ""", photos=3, name="นายคมสันต์ นามบุตร", sid="always",
    near="the district chief of เจริญศิลป์ under his full name with the title นาย (roster display name: คมสันต์ นามบุตร; his LINE user id is on every message of the post): a district person; answers O3 on time, not O1 (O1 asked for the plan before the day)")
L.t(14, "17:10", "PV2", "ขอบคุณค่ะ ท่านนายอำเภอ 🙏")
L.stk(14, "18:30", "PNN.V")
L.t(14, "20:40", "PPN.V", "แจ้งข่าวค่ะ คุณพ่อของ อส.สมบูรณ์ จิตอาสาภูพาน เสียชีวิตเมื่อเย็นนี้ สวดอภิธรรมที่บ้านนาหัวบ่อ ๓ คืนค่ะ 🖤")
L.t(14, "20:45", "PV1", "ขอแสดงความเสียใจกับครอบครัวครับ 🙏🖤")
L.t(14, "20:48", "KDB.D", "ขอแสดงความเสียใจครับ")
L.t(14, "21:02", "PPN.C", "ขอบคุณทุกท่านครับ อำเภอจะนำพวงหรีดไปร่วมครับ")

# ============================ Thursday 15 October ============================
L.t(15, "06:45", "PV2", "สวัสดีวันพฤหัสค่ะ 🌈")
L.img(15, "06:45", "PV2")
L.stk(15, "06:55", "SDW.V")
L.t(15, "07:05", "KSS.V", "สวัสดีค่ะ")
rep("O3", "WNN", 15, "08:20", "WNN.V", "วานรนิวาสค่ะ ผลกิจกรรม ๑๓ ต.ค. จิตอาสา ๑๔๕ คน ทำความสะอาดตลาดสดและปรับภูมิทัศน์สวนสาธารณะหนองสะพัง", photos=4)
rep("O3", "AKA", 15, "08:50", "AKA.V", "อากาศอำนวยผลกิจกรรมครับ จิตอาสา ๗๔ คน พัฒนาท่าน้ำบ้านท่าก้อน", photos=3)
rep("O3", "SDW", 15, "09:05", "SDW.C", "ส่องดาวครับ วันที่ ๑๓ จิตอาสา ๘๘ คน พัฒนาวัดถ้ำพวง ปลูกต้นรวงผึ้ง ๙ ต้น", photos=2)
m = L.t(15, "09:30", "PAL", """เรียน นอภ.กุดบาก นอภ.ส่องดาว นอภ.เต่างอย
ตามที่จังหวัดดำเนินโครงการคัดกรองผู้ใช้ผู้เสพยาเสพติดในหมู่บ้านเป้าหมาย ระหว่างวันที่ ๑๒-๑๖ ต.ค. ๖๙ ซึ่งมีหมู่บ้านเป้าหมายในพื้นที่ทั้ง ๓ อำเภอ
ขอให้รายงานจำนวนจิตอาสาพระราชทานที่ร่วมปฏิบัติงานคัดกรอง และจำนวนหมู่บ้านที่ดำเนินการแล้ว ทางกลุ่มนี้ ภายในวันนี้ครับ""",
    near="order of the provincial palad to three districts named in the salutation: allowed; O4")
order("O4", m, ["KDB", "SDW", "TNY"], "2026-10-15T23:59:59+07:00",
      "\"ภายในวันนี้\" written on Thursday 15 Oct: to the end of that day.",
      {"SDW": ("late", "answered 08:15 on Friday 16 Oct"),
       "TNY": ("missing", "no figures from เต่างอย by the end of the log")},
      "volunteers in the village drug-screening campaign, three districts")
L.t(15, "09:33", "SDW.C", "รับทราบครับท่าน", reply=ORDERS["O4"]["msg"])
L.t(15, "09:35", "KDB.C", "รับทราบครับ")
L.stk(15, "09:36", "TNY.C", near="sticker by เต่างอย's chief after O4: an acknowledgement, not the figures asked for (O4 stays missing)")
rep("O3", "PKN", 15, "10:10", "PKN.V", "พังโคนส่งผลกิจกรรมค่ะ จิตอาสา ๒๑๘ คน ตัดหญ้าถนนบ้านแร่-ต้นผึ้ง ๓ กม.", photos=3)
L.t(15, "11:00", "PV2", "⏰ ย้ำค่ะ รายงานผลกิจกรรมวันนวมินทรมหาราช ครบกำหนด ๑๒.๐๐ น. วันนี้ อำเภอที่ยังไม่ส่ง กุสุมาลย์ พรรณานิคม บ้านม่วง เต่างอย โคกศรีสุพรรณ ค่ะ",
    near="reminder of O3 (ย้ำ…อำเภอที่ยังไม่ส่ง): no new duty, the deadline stays 12:00")
L.t(15, "11:05", "PNN.V", "พรรณาฯ กำลังรวบรวมภาพค่ะ")
L.t(15, "11:06", "KSS.V", "โคกศรีฯ รอท่านนายอำเภอตรวจก่อนค่ะ 🙏")
L.unsend(15, "11:30", "KSS.V", near="unsend notice by โคกศรีสุพรรณ's volunteer officer; the message is gone and answered nothing")
L.t(15, "13:00", "PV1", "ขอบคุณทุกอำเภอที่ส่งแล้วครับ ภาพสวยงามมากครับ 👏 อำเภอที่ยังไม่ส่ง ส่งได้เลยนะครับ จังหวัดจะรวบรวมเย็นนี้",
    near="the centre's thanks and a nudge after the O3 deadline: no new duty, the deadline stays 12:00")
rep("O3", "BMW", 15, "13:15", "BMW.D", "บ้านม่วงส่งช้าครับ ขออภัย จิตอาสา ๑๖๔ คน พัฒนา รพ.สต.บ้านโพนงาม และถนนหน้าอำเภอครับ", photos=3, name="โจ้ 🚒 บ้านม่วง",
    near="report by the renamed coordinating deputy of บ้านม่วง (rename notice Wednesday 07:30): a district person; late for O3")
L.t(15, "14:20", "ADM3", """เรียน นอภ.ทุกอำเภอ
ด้วยกรมการปกครองขอให้จังหวัดรายงานข้อมูลวัดที่จะรับกฐินพระราชทานและกฐินสามัคคีในพื้นที่ ประจำปี ๒๕๖๙
จึงขอให้อำเภอรายงานตามแบบที่แนบ ภายในวันที่ ๒๐ ต.ค. ๒๕๖๙ ค่ะ""",
    truth=[("SKN-5", "a sending account of the provincial administration office (provincial_admin_staff): not admitted to ศอ.จอส.จว.สน.; first message that shows her here"),
           ("SKN-5P", "an order to all districts (ขอให้อำเภอรายงาน…ภายในวันที่ ๒๐ ต.ค.) from a provincial administration account, not the provincial volunteer centre; creates no SKN-5O duty")])
L.file(15, "14:21", "ADM3", "แบบรายงานวัดรับกฐิน 2569.xlsx")
L.t(15, "14:26", "ADM3", "ขออภัยค่ะ ส่งผิดกลุ่ม 🙏 จะส่งในกลุ่มข้อสั่งการ ปค.สน. ค่ะ")
L.t(15, "14:30", "PV1", "ไม่เป็นไรครับ 😊")
rep("O4", "KDB", 15, "15:10", "KDB.D", "กุดบากรายงานครับ จิตอาสาร่วมคัดกรองยาเสพติด ๔๒ คน ดำเนินการแล้ว ๙ หมู่บ้าน จากเป้าหมาย ๑๑ หมู่บ้านครับ")
rep("O3", "PNN", 15, "15:40", "PNN.V", photos=4, near="four photos sent alone after O3 (it asks for photos): a late report for พรรณานิคม; the figure follows two minutes later")
L.t(15, "15:42", "PNN.V", "พรรณานิคม ๑๘๖ คนค่ะ ส่งช้าขออภัยค่ะ 🙏")
L.t(15, "16:30", "S.PHO", """สรุปผลการคัดกรองสารเสพติด หมู่บ้านเป้าหมาย อ.สว่างแดนดิน (๑๒-๑๕ ต.ค.)
คัดกรองแล้ว ๑,๔๐๖ คน พบสารเสพติด ๒๑ คน ส่งต่อบำบัด ๒๑ คน
ขอบคุณจิตอาสาทุกท่านครับ""",
    truth=[("SKN-5P", "a report posted by agency staff, not by a district's people (chief, deputy, coordinating deputy, district volunteer officer)")])
L.t(15, "16:35", "SWD.C", "ขอบคุณหมอต้นครับ")
L.t(15, "17:20", "PV2", "🎂 สุขสันต์วันเกิดน้องดาว จอส.ภูพาน นะคะ ขอให้สุขภาพแข็งแรง งานราบรื่นค่ะ 🎉",
    near="birthday wish using ขอให้: courtesy, not an order")
L.t(15, "17:25", "PPN.V", "ขอบคุณค่ะพี่แพรว 🥰")
L.stk(15, "17:26", "KTK.V")
L.t(15, "17:30", "MUE.V", "HBD ค่ะน้องดาว 🎂")
L.t(15, "19:30", "MUE.D", """เรียนทุกอำเภอครับ
อำเภอเมืองสกลนครในฐานะเจ้าภาพขบวนแห่ปราสาทผึ้ง ขอให้ทุกอำเภอแจ้งจำนวนรถขบวนและจิตอาสาที่จะมาร่วมขบวนวันที่ ๒๕ ต.ค. ให้อำเภอเมืองทราบ ภายในวันจันทร์ที่ ๑๙ ต.ค. ครับ""",
    truth=[("SKN-5P", "an order to all districts (ขอให้ทุกอำเภอแจ้ง…ภายในวันจันทร์ที่ ๑๙ ต.ค.) by a district's coordinating deputy, not the provincial centre; creates no duty")])
L.t(15, "19:45", "PV1", "ขอบคุณปลัดแบงค์ครับ เรื่องนี้ ศอ.จังหวัดจะออกหนังสือแจ้งทุกอำเภออีกครั้งพรุ่งนี้ครับ")

# ============================ Friday 16 October ============================
rep("O4", "SDW", 16, "08:15", "SDW.V", "ส่องดาวรายงานค่ะ จิตอาสาร่วมคัดกรอง ๓๕ คน ดำเนินการแล้ว ๗ หมู่บ้านค่ะ ขออภัยที่ล่าช้าค่ะ")
m = L.t(16, "08:30", "PV1", """เรียน นายอำเภอทุกอำเภอ
ด้วยจังหวัดสกลนครกำหนดจัดงานประเพณีแห่ปราสาทผึ้ง ประจำปี ๒๕๖๙ ระหว่างวันที่ ๒๔-๒๖ ต.ค. ๒๕๖๙ และวัดในพื้นที่จะจัดงานทอดกฐินต่อเนื่องหลังออกพรรษา
ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อ. จัดจิตอาสาพระราชทานอำนวยความสะดวกด้านการจราจร ความปลอดภัย และความสะอาด ในขบวนแห่และงานบุญในพื้นที่
และรายงานแผนการจัดจิตอาสา (จุดปฏิบัติงาน จำนวนจิตอาสา ผู้ประสานงาน) ทางกลุ่มไลน์นี้ ภายในวันพุธที่ ๒๑ ตุลาคม ๒๕๖๙
รายละเอียดตามหนังสือที่แนบ""", near="order of the provincial centre to all districts: allowed; O5 (due after the log ends)")
L.file(16, "08:31", "PV1", "สน0018.1-ว(จอส)ปราสาทผึ้ง69.pdf")
order("O5", m, ALL, "2026-10-21T23:59:59+07:00",
      "\"ภายในวันพุธที่ ๒๑ ตุลาคม ๒๕๖๙\": a date, so to the end of Wednesday 21 Oct, after the log ends; districts that have not answered are not-due.",
      {}, "volunteer plan for the wax castle procession and the Kathin fairs")
L.t(16, "08:33", "BMW.V", "รับทราบค่ะ")
L.t(16, "08:34", "KSS.D", "รับทราบครับ")
L.stk(16, "08:35", "WRC.V")
L.t(16, "08:36", "JRS.V", "รับทราบครับ")
L.t(16, "08:40", "AKA.V", "รับทราบครับผม")
rep("O3", "KSS", 16, "09:10", "KSS.V", "โคกศรีสุพรรณรายงานผลกิจกรรม ๑๓ ต.ค. ค่ะ จิตอาสา ๑๔๘ คน พัฒนาลานวัดธาตุนาเวง ขออภัยที่ล่าช้าค่ะ 🙏", photos=3)
rep("O5", "PNK", 16, "09:45", "PNK.C", """โพนนาแก้วส่งแผนเบื้องต้นค่ะ
- จุดปฏิบัติงาน ๓ จุด (วัดป่าบ้านนาแก้ว, ลานบุญบ้านบัวเจริญ, ขบวนแห่ในเมือง)
- จิตอาสา ๖๐ คน
- ผู้ประสานงาน ปลัดนิด โทร ๐๘x-xxx-๒๒๐๙""",
    near="an early answer to O5 (due Wednesday 21): on time")
m = L.t(16, "10:30", "PV2", """📌 เรื่องเสื้อจิตอาสาพระราชทานรุ่นใหม่ค่ะ
อำเภอที่ได้รับจัดสรรเสื้อเพิ่มเติมรอบนี้ ได้แก่ อำเภอพังโคน อำเภอบ้านม่วง และอำเภอคำตากล้า
ขอให้ส่งรายชื่อจิตอาสาที่ยังไม่ได้รับเสื้อ (ชื่อ-สกุล ขนาดเสื้อ) ตามแบบ Excel ทางกลุ่มนี้ ภายในบ่ายสามโมงครึ่งวันนี้นะคะ""",
    near="order of the provincial centre to three districts named in a list after a description: allowed; O6")
order("O6", m, ["PKN", "BMW", "KTK"], "2026-10-16T15:30:00+07:00",
      "\"ภายในบ่ายสามโมงครึ่งวันนี้\" (spoken time of day) written on Friday 16 Oct: 15:30 that day.",
      {"BMW": ("late", "answered 16:10, after the 14:45 reminder"),
       "KTK": ("missing", "no list from คำตากล้า by the end of the log")},
      "names and shirt sizes of volunteers without the new shirt, three districts")
L.t(16, "10:33", "PKN.V", "รับทราบค่ะ")
L.t(16, "10:40", "KTK.V", "รับทราบค่ะพี่", reply=ORDERS["O6"]["msg"])
rep("O5", "MUE", 16, "11:00", "MUE.V", file="แผนจิตอาสาปราสาทผึ้ง 69 อ.เมืองสกลนคร.pdf",
    caption="แผนจิตอาสางานแห่ปราสาทผึ้ง อ.เมืองสกลนครค่ะ (๔๐๐ คน ๑๒ จุด)")
rep("O6", "PKN", 16, "11:35", "PKN.V", file="รายชื่อจิตอาสารับเสื้อ อ.พังโคน.xlsx", caption="พังโคนส่งรายชื่อค่ะ ๓๘ คน 🙏")
rep("O5", "PPN", 16, "13:20", "PPN.D", "ภูพานครับ แผนจิตอาสางานบุญออกพรรษาและกฐิน จุดปฏิบัติงาน ๔ วัด จิตอาสา ๔๕ คน ผู้ประสาน ปลัดเอ ครับ")
rep("O5", "KDB", 16, "14:00", "KDB.D", "กุดบากครับ จิตอาสา ๕๐ คน ประจำขบวนแห่อำเภอ ๑ ขบวน และกฐินวัดป่าสุทธาวาส ๑ จุดครับ")
L.t(16, "14:45", "PV2", "อ.บ้านม่วง อ.คำตากล้า รายชื่อรับเสื้อครบกำหนดบ่ายสามโมงครึ่งนะคะ เหลืออีก ๔๕ นาทีค่ะ 🙏",
    near="reminder of O6 to the two districts still owing: no new duty")
L.t(16, "14:50", "BMW.V", "กำลังทำค่ะพี่", near="a promise from บ้านม่วง, not the list (O6 answered late at 16:10)")
rep("O5", "SWD", 16, "15:10", "SWD.D", "สว่างแดนดินแผนเบื้องต้นครับ จิตอาสา ๑๒๐ คน ๕ จุด (ขบวนแห่ ๒ จุด วัด ๓ จุด) ผู้ประสาน ปลัดเอกครับ")
rep("O6", "BMW", 16, "16:10", "BMW.V", file="รายชื่อเสื้อจิตอาสา บ้านม่วง.xlsx", caption="บ้านม่วงส่งรายชื่อค่ะ ช้าไปนิดขออภัยค่ะ")
rep("O5", "NKU", 16, "16:40", "NKU.C", "นิคมน้ำอูนรายงานแผนค่ะ จิตอาสา ๔๐ คน ประจำจุดกฐินวัดโพธิ์ชัย และร่วมขบวนแห่ของจังหวัด ๑ ขบวนค่ะ",
    near="report by the district chief (O5, due after the log): on time")
L.t(16, "17:00", "PV1", "ขอบคุณทุกอำเภอครับ สัปดาห์นี้งานเยอะมาก พักผ่อนวันหยุดนะครับ 🙏")
L.stk(16, "17:05", "SWD.V")
L.t(16, "17:08", "WNN.V", "ขอบคุณค่ะ")
L.t(16, "17:30", "KTK.V", "คำตากล้าขอส่งวันจันทร์ได้ไหมคะพี่ ระบบเน็ตอำเภอล่มค่ะ 😢",
    near="a request for more time from คำตากล้า: not the list O6 asked for (O6 missing for คำตากล้า)")
L.t(16, "17:40", "PV2", "ได้ค่ะ แต่บันทึกว่าส่งเกินกำหนดนะคะ")
L.t(16, "20:55", "TNY.C", "ราตรีสวัสดิ์ครับทุกท่าน 🌙")

# ---- more ordinary traffic (sorted into place by time) ----
L.t(12, "07:40", "KSS.C", "สวัสดีครับทุกท่าน ☀️")
L.t(12, "12:45", "KTK.V", "ฝากร้านค่ะ 🕯️ ดอกผึ้งสำหรับประดับปราสาทผึ้ง ฝีมือกลุ่มแม่บ้านบ้านนาคำ ชุดละ ๓๕๐ บาท ส่งได้ทุกอำเภอค่ะ",
    near="sales by an admitted member (a district volunteer officer): not an order or a report, no finding")
L.img(12, "12:45", "KTK.V", 2)
L.t(12, "12:50", "PV2", "สวยมากค่ะ สั่ง ๒ ชุดนะคะ 😄")
L.t(13, "12:10", "AKA.V", "ฝนตกหนักมากครับ จิตอาสาอากาศอำนวยกลับบ้านกันหมดแล้วครับ ปลอดภัยทุกคน")
L.t(14, "12:20", "PNN.V", "วันนี้พี่ๆ จิตอาสาพรรณาฯ บอกว่าปีหน้าขอจัดวันที่แดดออกค่ะ 😂")
L.stk(14, "12:22", "PV2")
L.t(15, "07:15", "WNN.V", "สวัสดีค่ะ ☔")
L.t(15, "12:05", "MUE.V", "ขอสไลด์สรุปของจังหวัดด้วยได้ไหมคะพี่จ่า จะเอาไปรายงานท่านนายอำเภอค่ะ")
L.t(15, "12:08", "PV1", "ได้ครับ ทำเสร็จแล้วจะส่งให้ทุกอำเภอครับ")
L.t(16, "17:50", "PPN.C", "ขอบคุณ ศอ.จังหวัดครับ เดินทางปลอดภัยทุกท่านครับ")
L.stk(16, "18:10", "NKU.V")
