# ศอ.จอส.จว.สน. written as a Thai-UI LINE Android export (volunteer-centre.txt).
# Every message, every order's deadline reasoning and every annotation is written by hand here.
from frame import Log
from people import disp

L = Log("volunteer-centre.txt", "ศอ.จอส.จว.สน.", export=True)
ORDERS = {}   # key -> dict(msg, districts, deadline, why, expect, topic)
ALL = "ALL"
BIDI_SDW = "\u2068" + disp("SDW.chief") + "\u2069"


def order(key, msg, districts, deadline, why, expect, topic):
    ORDERS[key] = dict(msg=msg, districts=districts, deadline=deadline, why=why, expect=expect, topic=topic)


def rep(key, code, d, hm, who, text=None, photos=0, photos_first=False, file=None, file_first=False, **kw):
    """A district's report answering order `key`: text (+ photos / + file), photos alone,
    photos then a caption, or a file then a caption.  The answer is cited at the post's first line."""
    if file is not None and file_first:
        m = L.file(d, hm, who, file, ans=(key, code), pfile=True, **kw)
        if text:
            L.t(d, hm, who, text)
        return m
    if text is None and file is not None:
        m = L.file(d, hm, who, file, ans=(key, code), pfile=True, **kw)
        return m
    if text is None:
        return L.img(d, hm, who, photos, ans=(key, code), palone=True, **kw)
    if photos_first:
        m = L.img(d, hm, who, photos, ans=(key, code), pfirst=True, **kw)
        L.t(d, hm, who, text)
        return m
    m = L.t(d, hm, who, text, ans=(key, code), **kw)
    if photos:
        L.img(d, hm, who, photos)
    if file is not None:
        L.file(d, hm, who, file)
    return m


# =========================== Monday 26 Oct (วันออกพรรษา, ขบวนแห่ปราสาทผึ้ง) ===========================
L.t(26, "06:41", "PV2", "สวัสดีวันจันทร์ค่ะทุกท่าน 🙏 วันนี้วันออกพรรษา ขออนุโมทนาบุญกับทุกท่านนะคะ สาธุ 🌕",
    near="morning greeting by the province-level volunteer officer: chat, not an order")
L.img(26, "06:41", "PV2")
L.stk(26, "06:50", "WRC.vol", near="sticker answering a greeting: no posting rule in ศอ.จอส.จว.สน. stops a member's chat")
L.t(26, "06:57", "TNY.vol", "สวัสดีค่ะพี่ดา 🙏🙏")
L.t(26, "07:04", "PKN.coord", "สวัสดีครับ ออกพรรษาแล้วแต่ฝนยังไม่ยอมหยุดเลยครับ 😅")
L.t(26, "07:22", "MUE.chief",
    "อรุณสวัสดิ์ครับ บ่ายนี้ขบวนแห่ปราสาทผึ้งเคลื่อนจากหน้าศาลากลางจังหวัด ๑๓.๓๐ น. ไปวัดพระธาตุเชิงชุมฯ อำเภอเมืองตั้งเต็นท์น้ำดื่มไว้ตลอดเส้นทางครับ",
    near="a district chief's festival information posted before any order: not an answer (no order was open) and not an order")
L.stk(26, "07:25", "PPN.vol")

m = L.t(26, "08:40", "PV1", """เรียน นอภ.ทุกอำเภอ
ด้วยวันนี้ (๒๖ ต.ค. ๖๙) เป็นวันออกพรรษา และในวันพรุ่งนี้ (๒๗ ต.ค. ๖๙) วัดในพื้นที่ทุกอำเภอจัดกิจกรรมตักบาตรเทโวโรหณะ ซึ่งจะมีประชาชนมาร่วมทำบุญเป็นจำนวนมาก
ศอ.จอส.จว.สน. จึงขอให้ ศอ.จอส.อ. ทุกอำเภอ รายงานจำนวนจุดบริการและจำนวนจิตอาสาพระราชทานที่ปฏิบัติหน้าที่อำนวยความสะดวกด้านการจราจร ดูแลความปลอดภัย และบริการประชาชน ในห้วงวันที่ ๒๖ - ๒๗ ต.ค. ๖๙ ทางกลุ่มไลน์นี้ ภายในเวลา ๑๒.๐๐ น. วันนี้
จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการครับ
ศอ.จอส.จว.สน.""")
L.img(26, "08:41", "PV1")
order("O1", m, ALL, "2026-10-26T12:00:00+07:00",
      "\"ภายในเวลา ๑๒.๐๐ น. วันนี้\" in an order sent at 08:40 on Monday 26 Oct: 12:00 that day.",
      {"WRC": "late", "TNY": "late", "KTK": "late", "KSS": "missing"},
      "volunteers on duty for ออกพรรษา and ตักบาตรเทโว")
L.t(26, "08:42", "KDB.coord", "รับทราบครับ")
L.stk(26, "08:44", "SDW.vol")
L.t(26, "08:47", "NKN.chief", "รับทราบค่ะ 🙏")
L.t(26, "08:49", "KSS.vol", "รับทราบครับผม",
    near="acknowledgement only, with no figures: not a report (โคกศรีสุพรรณ never answers O1)")
L.t(26, "08:53", "SWD.x1", "รับทราบครับ",
    near="display name ปลัดเก่ง fits two roster people (coordinating deputy of กุสุมาลย์, deputy of สว่างแดนดิน): ambiguous, never judged")
L.t(26, "08:58", "PRN.vol", "รับทราบค่ะ")

rep("O1", "MUE", 26, "09:06", "MUE.vol", """ศอ.จอส.อ.เมืองสกลนคร รายงานค่ะ
- ขบวนแห่ปราสาทผึ้ง/ออกพรรษา ๒๖ ต.ค. จุดบริการ ๖ จุด จิตอาสา ๑๔๒ คน
- ตักบาตรเทโว ๒๗ ต.ค. ๓ จุด (วัดพระธาตุเชิงชุมวรวิหาร วัดป่าสุทธาวาส ตลาดหนองหาร) จิตอาสา ๓๘ คน
รวม ๙ จุด ๑๘๐ คนค่ะ""",
    near="report by the district volunteer officer: a district person; answers O1 for เมืองสกลนคร on time")
rep("O1", "PPN", 26, "09:13", "PPN.vol", "อ.ภูพาน รายงานจิตอาสาพระราชทาน ๒ จุด (หน้าที่ว่าการอำเภอ/วัดโพธิ์ชัย) รวม ๒๖ คนค่ะ", photos=2)
rep("O1", "KDB", 26, "09:21", "KDB.coord", """ศอ.จอส.อ.กุดบาก
ออกพรรษา ๒๖ ต.ค. ๑ จุด ๑๕ คน
ตักบาตรเทโว ๒๗ ต.ค. ๒ จุด ๒๐ คน
รวม ๓๕ คนครับ""",
    near="report by a person with two roles (coordinating_deputy|volunteer_center_staff): a district person, counts for กุดบาก")
rep("O1", "NKN", 26, "09:33", "NKN.coord", "นิคมน้ำอูน ๒ จุด จิตอาสา ๒๒ ท่านครับ",
    near="report by the other two-role person (ปลัดไพศาล, coordinating deputy and volunteer officer of นิคมน้ำอูน): counts")
rep("O1", "KUS", 26, "09:41", "KUS.vol", "กุสุมาลย์ รายงาน ๔ จุด ๕๔ คนครับ")
rep("O1", "AKA", 26, "09:49", "AKA.x1",
    "อำเภออากาศอำนวย ขอรายงานครับ จัดจิตอาสาพระราชทาน ๓ จุด ๔๐ คน เนื่องจากจิตอาสาส่วนหนึ่งยังช่วยผู้ประสบอุทกภัยริมน้ำสงครามอยู่ครับ",
    near="report by an ordinary deputy (deputy_district_chief) on the district's behalf: counts for อากาศอำนวย")
rep("O1", "SDW", 26, "10:03", "SDW.chief", "ส่องดาว ๒ จุด ๒๔ คนครับ", name=BIDI_SDW,
    near="sender name wrapped in invisible U+2068/U+2069 (as real Thai exports do): the district chief of ส่องดาว, not an outsider")
rep("O1", "PRN", 26, "10:11", "PRN.vol", "พรรณานิคม ๕ จุด จิตอาสา ๖๐ คน (รวมตักบาตรเทโวพรุ่งนี้) ค่ะ", photos=2, photos_first=True,
    near="photos first, their caption a minute later: one report post, cited at the first photo; on time for พรรณานิคม")
rep("O1", "WNN", 26, "10:16", "WNN.coord", "วานรนิวาส ๔ จุด ๖๐ คนครับ")
rep("O1", "SWD", 26, "10:24", "SWD.vol", """สว่างแดนดิน
จุดบริการ ๕ จุด
จิตอาสา ๗๒ คน
ค่ะ""")
L.t(26, "10:27", "WNN.coord", "ขอแก้ไขครับ วานรนิวาส ๔ จุด ๖๕ คน (เพิ่ม อส. ๕ นาย) 🙏",
    near="a correction of the figure sent at 10:16: the first report already answered O1; not a second answer")
rep("O1", "PKN", 26, "10:35", "PKN.vol", "พังโคน ๓ จุด ๓๖ คนค่ะ 🙏")
rep("O1", "CRS", 26, "10:44", "CRS.chief", "เจริญศิลป์ ๒ จุด จิตอาสา ๒๕ คน ครับ",
    near="report by the district chief himself: counts for เจริญศิลป์")
rep("O1", "BMW", 26, "10:55", "BMW.vol", "บ้านม่วง ๒ จุด ๒๘ คนครับ")
L.t(26, "11:02", "PV2", "แจ้งเพื่อทราบค่ะ จิตอาสาที่ร่วมขบวนแห่ปราสาทผึ้งบ่ายนี้ แต่งกายชุดจิตอาสา (เสื้อเหลือง หมวก ผ้าพันคอ) รวมพลที่ลานหน้าศาลากลางจังหวัด เวลา ๑๒.๓๐ น. นะคะ เรื่องนี้ไม่ต้องรายงานค่ะ",
    near="information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): creates no duty")
L.t(26, "11:20", "KTK.vol", "รับทราบค่ะ กำลังรวบรวมจากตำบลอยู่ค่ะ",
    near="a promise to report: not a report (คำตากล้า answers O1 only at 15:05)")
L.t(26, "11:46", "PV1", "อีกไม่กี่นาทีครบกำหนดนะครับ อำเภอที่ยังไม่ได้รายงาน ได้แก่ วาริชภูมิ คำตากล้า เต่างอย โคกศรีสุพรรณ โพนนาแก้ว ครับ",
    near="reminder of O1 (อำเภอที่ยังไม่ได้รายงาน): creates no duty and does not move O1's deadline")
rep("O1", "PNK", 26, "11:59", "PNK.vol", "โพนนาแก้ว ๓ จุด (ริมหนองหาร ๒ จุด วัด ๑ จุด) จิตอาสา ๓๐ คนค่ะ ทันไหมคะ 😅",
    near="report one minute before the 12:00 deadline: on time")
L.t(26, "12:01", "PV1", "ทันครับ 👍")
rep("O1", "WRC", 26, "12:36", "WRC.chief", "วาริชภูมิ ขออภัยครับ ๒ จุด ๓๐ คนครับ")
L.t(26, "12:40", "PV1", "ขอบคุณครับ")
L.t(26, "13:05", "MUE.coord", "ขบวนปราสาทผึ้งตั้งแถวครบแล้วครับ จิตอาสาประจำจุดพร้อมครับ",
    near="field information from เมืองสกลนคร, which had already answered O1: chat, not a report asked for")
rep("O1", "TNY", 26, "13:42", "TNY.vol", "เต่างอย รายงานค่ะ ๒ จุด จิตอาสา ๒๘ คน ขออภัยที่ล่าช้าค่ะ 🙏")
L.img(26, "14:10", "MUE.x1", 3, near="festival photos with a caption from a district that had already answered O1 (which asked for figures): not an answer")
L.t(26, "14:11", "MUE.x1", "บรรยากาศขบวนแห่ปราสาทผึ้งครับ คนเยอะมาก")
L.stk(26, "14:15", "KUS.chief")
rep("O1", "KTK", 26, "15:05", "KTK.coord", "คำตากล้า ๓ จุด จิตอาสา ๓๓ คน ครับ ขออภัยล่าช้าครับ")

m = L.t(26, "15:10", "PALAD", """เรียน นอภ.อากาศอำนวย / นอภ.วานรนิวาส / นอภ.คำตากล้า / นอภ.บ้านม่วง
ตามที่ระดับน้ำในลำน้ำสงครามยังคงล้นตลิ่ง มีน้ำท่วมขังพื้นที่การเกษตรและบ้านเรือนประชาชนบางส่วน นั้น
ขอให้ ศอ.จอส.อ. ทั้ง ๔ อำเภอ นำจิตอาสาพระราชทานลงพื้นที่ช่วยเหลือผู้ประสบภัย (ขนย้ายสิ่งของ ร่วมกับ อปท. แจกจ่ายถุงยังชีพ ทำความสะอาดบ้านเรือนหลังน้ำลด) และรายงานผลพร้อมภาพกิจกรรม ๓ - ๕ ภาพ ภายใน ๒๔ ชั่วโมง
ปลัดจังหวัดสกลนคร""")
L.img(26, "15:11", "PALAD", 2)
order("O2", m, ["AKA", "WNN", "KTK", "BMW"], "2026-10-27T15:10:00+07:00",
      "\"ภายใน ๒๔ ชั่วโมง\" from the order at 15:10 on Monday: 15:10 on Tuesday 27 Oct. Addressed in the salutation to อากาศอำนวย, วานรนิวาส, คำตากล้า and บ้านม่วง only.",
      {"KTK": "late", "BMW": "missing"}, "help for flood victims on the Songkhram, with photos")
L.t(26, "15:14", "AKA.chief", "รับทราบครับท่าน")
L.stk(26, "15:16", "WNN.vol")
L.t(26, "15:18", "KTK.vol", "รับทราบค่ะ")
L.t(26, "15:25", "BMW.coord", "รับทราบครับ ท่านปลัด")
L.t(26, "16:30", "PV1", "สรุปยอดจิตอาสาออกพรรษาครับ ตอนนี้ขาด อ.โคกศรีสุพรรณ อำเภอเดียว ฝากด้วยครับ",
    near="reminder naming the district still missing: no new duty")
L.t(26, "18:47", "MUE.coord",
    "แจ้งข่าวดีครับ เมื่อ ๑๘.๑๐ น. มีเด็กชายอายุประมาณ ๖ ขวบ พลัดหลงกับผู้ปกครองบริเวณลานหน้าพระธาตุเชิงชุม จิตอาสาจุดบริการที่ ๓ พบตัวและประกาศตามหา ส่งคืนผู้ปกครองเรียบร้อยแล้วครับ ขอบคุณทีมจิตอาสาครับ 🙏",
    near="news of a lost child found by volunteers: information, not a report asked by any open order of เมืองสกลนคร")
L.img(26, "18:47", "MUE.coord")
L.t(26, "18:50", "PV1", "ยอดเยี่ยมครับ 👍👍")
L.stk(26, "18:52", "PPN.chief")
L.t(26, "18:55", "KUS.chief", "สาธุครับ 🙏")
L.t(26, "19:35", "PV2", "ขอบคุณจิตอาสาทุกอำเภอที่มาช่วยงานแห่ปราสาทผึ้งวันนี้นะคะ เดินกันทั้งวัน กลับบ้านปลอดภัยค่ะ 💛")
L.stk(26, "19:38", "PRN.vol")
rep("O2", "AKA", 26, "20:16", "AKA.coord", """อ.อากาศอำนวย รายงานผลการช่วยเหลือผู้ประสบอุทกภัยครับ
วันนี้ (๒๖ ต.ค. ๖๙) ศอ.จอส.อ.อากาศอำนวย ร่วมกับ อบต.โพนงาม และ อบต.วาใหญ่ นำจิตอาสาพระราชทาน ๓๕ นาย ขนย้ายสิ่งของขึ้นที่สูง ๑๒ หลังคาเรือน แจกถุงยังชีพ ๘๐ ชุด
ระดับน้ำสงครามทรงตัวครับ""", photos=3,
    near="report by the coordinating deputy with photos: answers O2 for อากาศอำนวย on time")
L.t(26, "20:40", "WNN.chief", "วานรนิวาสพรุ่งนี้เช้าลงพื้นที่ ต.คอนสวรรค์ ครับ",
    near="a plan for tomorrow, not a report of what was done: does not answer O2")
L.t(26, "21:08", "PV2", "ราตรีสวัสดิ์ค่ะ 🌙")

# =========================== Tuesday 27 Oct (ตักบาตรเทโว) ===========================
L.t(27, "06:35", "PV1", "สวัสดีครับ เช้านี้ตักบาตรเทโว ขอให้ทุกท่านได้บุญครับ 🙏")
L.stk(27, "06:36", "PV1")
L.img(27, "06:48", "SDW.vol", 2,
      near="merit-making photos with a caption from ส่องดาว: no order asking ส่องดาว for photos is open, so not an answer")
L.t(27, "06:49", "SDW.vol", "ตักบาตรเทโว ลานวัดกลางส่องดาว จิตอาสาอำนวยความสะดวกครับ")
L.img(27, "07:15", "NKN.chief")
L.t(27, "07:15", "NKN.chief", "บรรยากาศตักบาตรเทโวที่นิคมน้ำอูนค่ะ")
L.img(27, "07:31", "KSS.vol", 2,
      near="photos alone from โคกศรีสุพรรณ: O1 asked for figures, not photos, so they do not answer it (โคกศรีสุพรรณ stays missing)")
L.t(27, "07:40", "PV2", "อนุโมทนาบุญค่ะ 🙏")
rep("O2", "WNN", 27, "08:31", "WNN.x1", photos=4,
    near="photos alone after O2, which asks for photos, by an ordinary deputy of วานรนิวาส: a report (on time)")
L.t(27, "09:12", "PV2", """แจ้งเพื่อทราบค่ะ
ศอ.จอส.จว.สน. กำหนดประชุมคณะทำงานฯ ประจำเดือนพฤศจิกายน ในวันพุธที่ ๔ พ.ย. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมพระธาตุเชิงชุม ศาลากลางจังหวัด (เฉพาะคณะทำงานระดับจังหวัด)
อำเภอไม่ต้องรายงานค่ะ""",
    near="information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
L.t(27, "09:20", "WNN.chief", "ภาพจิตอาสาวานรนิวาสช่วยขนของผู้ประสบภัย ต.คอนสวรรค์ เมื่อเช้าครับ",
    near="the chief's words on the photos his deputy sent at 08:31: วานรนิวาส had already answered O2")
m = L.t(27, "10:21", "PV2", """เรียน นอภ.เมืองสกลนคร นอภ.โพนนาแก้ว นอภ.กุดบาก และ นอภ.ภูพาน
ตามที่ฝายชะลอน้ำและถนนเข้าพื้นที่การเกษตรในเขตอำเภอของท่านได้รับความเสียหายจากน้ำป่าและน้ำหลากเมื่อต้นเดือน ต.ค. ที่ผ่านมา และ ศอ.จอส.อ. ได้ประสาน อปท. ดำเนินโครงการจิตอาสาซ่อมแซมแล้ว นั้น
ขอให้รายงานผลการดำเนินงาน (จุดที่ซ่อมแซม จำนวนจิตอาสา) พร้อมภาพก่อน - หลังดำเนินการ ภายในวันพฤหัสบดีที่ ๒๙ ตุลาคม ๒๕๖๙ ค่ะ
ศอ.จอส.จว.สน.""")
L.img(27, "10:22", "PV2")
order("O3", m, ["MUE", "PNK", "KDB", "PPN"], "2026-10-29T23:59:59+07:00",
      "\"ภายในวันพฤหัสบดีที่ ๒๙ ตุลาคม ๒๕๖๙\": a date, so to the end of Thursday 29 Oct (a working day). Addressed in the salutation to เมืองสกลนคร, โพนนาแก้ว, กุดบาก and ภูพาน only.",
      {"PPN": "late", "PNK": "missing"}, "repairs of weirs and farm roads, with before/after photos")
L.t(27, "10:25", "KDB.coord", "รับทราบครับ")
L.t(27, "10:27", "PPN.vol", "รับทราบค่ะ อยู่ระหว่างดำเนินการค่ะ")
L.t(27, "10:33", "MUE.x2", "รับทราบค่ะ",
    near="acknowledgement by an ordinary deputy of เมืองสกลนคร: deputies are admitted to ศอ.จอส.จว.สน.")
L.t(27, "10:50", "BMW.chief", "บ้านม่วงน้ำเริ่มลดแล้วครับ พรุ่งนี้จะนำจิตอาสาเข้า ต.ดงเหนือ แล้วจะรายงานอีกครั้งครับ",
    near="a promise to report later: not a report (บ้านม่วง never answers O2)")
L.t(27, "11:30", "KTK.vol", "เรียนถามค่ะ ภาพกิจกรรมส่งในกลุ่มนี้ หรือส่งทางอีเมลศูนย์คะ",
    near="a question by a district volunteer officer: neither a report nor an order")
L.t(27, "11:34", "PV1", "ส่งในกลุ่มนี้ได้เลยครับ")
L.t(27, "12:10", "PRN.vol", "ข้าวต้มมัดเหลือจากงานบุญเมื่อวานเยอะเลยค่ะ ใครผ่านพรรณาฯ แวะมารับได้นะคะ 😄")
L.t(27, "12:12", "PKN.coord", "จองครับ 😂")
L.invite(27, "13:58", "PV1", disp("ST_PBM"),
         truth=[("SKN-5", disp("ST_PBM"), "invitee is an agency's staff (role staff, ปภ.), not admitted to ศอ.จอส.จว.สน."),
                ("SKN-ALL", disp("ST_PBM"), "roster person not admitted to this group, invited"),
                ("SKN-ALL", disp("PV1"), "inviter of a roster person not admitted to this group")])
L.t(27, "14:00", "PV1", "เพิ่มคุณอดิศักดิ์ ปภ.สน. เข้ากลุ่มเพื่อประสานข้อมูลผู้ประสบภัยครับ")
L.t(27, "14:20", "ST_PBM", """เรียนทุกท่านครับ
ขอรายงานผลการช่วยเหลือผู้ประสบอุทกภัยลุ่มน้ำสงคราม ณ วันที่ ๒๗ ต.ค. ๖๙ ปภ.สกลนคร สนับสนุนเรือท้องแบน ๖ ลำ เครื่องสูบน้ำ ๔ เครื่อง และถุงยังชีพ ๓๐๐ ชุด ในพื้นที่ อ.อากาศอำนวย และ อ.วานรนิวาส ครับ""",
    truth=[("SKN-5P", "a report by someone who is not a district's person (an agency's staff)")])
L.img(27, "14:20", "ST_PBM", 2)
L.t(27, "14:25", "AKA.chief", "ขอบคุณ ปภ. มากครับ 🙏")
L.t(27, "15:15", "PV1", "ตามกำหนดเวลาครบ ๒๔ ชม. แล้วครับ ยังไม่ได้รับรายงานผลการช่วยเหลือผู้ประสบภัยจาก อ.คำตากล้า และ อ.บ้านม่วง ขอให้เร่งรายงานด้วยครับ",
    near="reminder of O2 (ตามกำหนดเวลา … ยังไม่ได้รับ): no new duty")
L.t(27, "15:40", "KTK.chief", "กำลังให้เจ้าหน้าที่เร่งรวบรวมครับ",
    near="the chief's promise: not a report")
rep("O2", "KTK", 27, "17:42", "KTK.vol", """คำตากล้า รายงานผลการช่วยเหลือผู้ประสบภัยค่ะ
วันที่ ๒๖-๒๗ ต.ค. ๖๙ จิตอาสาพระราชทาน ๒๘ คน ร่วมกับ ทต.คำตากล้า ขนย้ายสิ่งของ ๙ หลังคาเรือน ทำความสะอาดศาลาประชาคม ๑ แห่ง ค่ะ""", photos=3)
L.t(27, "17:50", "PV1", "ได้รับครับ ขอบคุณครับ")
L.leave(27, "19:10", "MUE.x1",
        near="an admitted member (a deputy of เมืองสกลนคร, transferred) leaving: no finding")
L.t(27, "20:30", "KDB.coord", "ฝนตกหนักที่กุดบากครับ พรุ่งนี้ซ่อมฝายต่อถ้าน้ำไม่มาเพิ่มครับ ⛈️")
L.stk(27, "20:33", "PV2")

# =========================== Wednesday 28 Oct ===========================
L.t(28, "06:55", "PV2", "สวัสดีวันพุธค่ะ ☀️ ขอให้เป็นวันที่ดีค่ะ")
L.stk(28, "07:02", "WRC.vol")
L.t(28, "07:05", "SWD.vol", "สวัสดีค่ะ 🙏")
L.join(28, "08:02", "!น้ำฝน ประกันรถ ☎️",
       truth=[("OUTSIDER", "not on the roster; joined by link or QR code")])
L.t(28, "08:05", "!น้ำฝน ประกันรถ ☎️", "สวัสดีค่ะ ต่อประกันรถยนต์ชั้น 1 ผ่อน 0% 10 เดือน ราคาพิเศษสำหรับข้าราชการ สนใจทักแชทได้เลยนะคะ ☎️",
       near="a later post by the outsider already found at her join: no second membership row")
L.remove(28, "08:15", "PV1", "น้ำฝน ประกันรถ ☎️")
L.t(28, "08:16", "PV1", "ขออภัยครับ ปิดการเข้าร่วมกลุ่มผ่านลิงก์แล้วครับ")
m = L.t(28, "09:01", "PV1", """เรียน นอภ.ทุกอำเภอ
เรื่อง การจัดทำแผนปฏิบัติการจิตอาสาพระราชทาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐
ด้วย ศอ.จอส.พระราชทาน กำหนดให้ ศอ.จอส.จังหวัด รวบรวมแผนปฏิบัติการจิตอาสาพระราชทานของอำเภอ ประจำปีงบประมาณ ๒๕๗๐ (ต.ค. ๒๕๖๙ - ก.ย. ๒๕๗๐) ทั้ง ๓ ประเภท ได้แก่ จิตอาสาพัฒนา จิตอาสาภัยพิบัติ และจิตอาสาเฉพาะกิจ
จึงขอให้ ศอ.จอส.อ. จัดทำแผนตามแบบฟอร์มที่แนบ และส่งไฟล์ (word/excel) ทางไลน์กลุ่มนี้ ภายใน ๒ วันทำการ
ศอ.จอส.จว.สน.""",
    near="order of the provincial centre to all districts, with its form attached")
L.file(28, "09:02", "PV1", "แบบฟอร์มแผนปฏิบัติการจิตอาสา ปีงบ70.xlsx")
order("O4", m, ALL, "2026-10-30T23:59:59+07:00",
      "\"ภายใน ๒ วันทำการ\" from Wednesday 28 Oct: working day 1 is Thursday 29, working day 2 Friday 30, so to the end of Friday 30 Oct (the centre's own reminder on Friday morning says ครบกำหนดส่งวันนี้). The log ends before that, so a district that has not answered is not-due.",
      {}, "district volunteer action plans for fiscal year 2570 (a file)")
L.t(28, "09:05", "PNK.coord", "รับทราบครับ")
L.stk(28, "09:06", "KUS.vol")
L.t(28, "09:10", "CRS.vol", "รับทราบค่ะ 🙏")
L.stk(28, "09:12", "KUS.coord", near="display name ปลัดเก่ง fits two roster people: ambiguous, never judged")
rep("O3", "KDB", 28, "10:05", "KDB.coord", """ศอ.จอส.อ.กุดบาก รายงานผลซ่อมแซมครับ
๑. ฝายชะลอน้ำห้วยยาง บ้านนาเพียง ต.กุดไห ๑ จุด
๒. ถนนลูกรังเข้าพื้นที่การเกษตร ยาว ๔๐๐ ม. ๑ สาย
จิตอาสาพระราชทาน ๔๕ คน ร่วมกับ อบต.กุดไห ครับ (ภาพก่อน-หลัง)""", photos=4)
L.t(28, "10:40", "SWD.coord", "เรียนสอบถามครับ แผนปฏิบัติการฯ ปี ๗๐ ต้องระบุงบประมาณด้วยไหมครับ หรือใส่เฉพาะกิจกรรม",
    near="a question by a coordinating deputy: not a report")
L.t(28, "10:44", "PV1", "ใส่ประมาณการงบประมาณและแหล่งงบด้วยครับ ถ้าไม่ใช้งบให้ระบุว่า \"ไม่ใช้งบประมาณ\" ครับ",
    near="the centre's answer to a question: explains O4, creates no new duty")
rep("O4", "AKA", 28, "11:30", "AKA.vol", "แผนปฏิบัติการจิตอาสา อ.อากาศอำนวย ปีงบ ๗๐ ค่ะ", file="แผนจิตอาสา อากาศอำนวย 2570.xlsx", file_first=True,
    near="a file, then its caption: a report by file; answers O4 for อากาศอำนวย")
L.t(28, "11:35", "PV1", "ได้รับครับ 👍")
m = L.t(28, "14:02", "PALAD", """เรียน นอภ. อำเภอที่เริ่มเก็บเกี่ยวข้าวนาปีแล้ว ได้แก่ สว่างแดนดิน พังโคน วาริชภูมิ ส่องดาว และเต่างอย
ขณะนี้หลายพื้นที่เริ่มเก็บเกี่ยวข้าวนาปี แต่เกษตรกรบางครัวเรือนเป็นผู้สูงอายุ/ผู้พิการ ขาดแรงงานและมีปัญหาค่าจ้างรถเกี่ยว
ขอให้ ศอ.จอส.อ. ประสานเกษตรอำเภอและผู้นำท้องที่ สำรวจครัวเรือนดังกล่าว แล้วรายงานจำนวนครัวเรือนเป้าหมาย และวันที่จะนำจิตอาสาลงช่วยเก็บเกี่ยว ก่อนเที่ยงวันพรุ่งนี้ (๒๙ ต.ค.) ครับ
ปจ.สน.""")
order("O5", m, ["SWD", "PKN", "WRC", "SDW", "TNY"], "2026-10-29T12:00:00+07:00",
      "\"ก่อนเที่ยงวันพรุ่งนี้ (๒๙ ต.ค.)\" written on Wednesday 28 Oct: 12:00 on Thursday 29 Oct. Addressed to the five districts listed after the description: สว่างแดนดิน, พังโคน, วาริชภูมิ, ส่องดาว, เต่างอย.",
      {"SDW": "late", "TNY": "missing"}, "households short of harvest labour")
L.t(28, "14:05", "SWD.chief", "รับทราบครับท่านปลัด")
L.t(28, "14:07", "TNY.chief", "รับทราบค่ะ 🙏")
L.t(28, "14:10", "SDW.coord", "รับทราบครับ")
rep("O4", "MUE", 28, "14:40", "MUE.vol", "ส่งแผนปฏิบัติการจิตอาสาพระราชทาน อ.เมืองสกลนคร ปีงบประมาณ ๒๕๗๐ ค่ะ", file="แผนปฏิบัติการ จอส. อ.เมืองสกลนคร 70.docx")
m = L.t(28, "15:20", "PKN.chief", """เรียนทุกอำเภอครับ
อ.พังโคน กำหนดจัดงานทอดกฐินสามัคคี ณ วัดศรีโพธิ์ชัย ในวันเสาร์ที่ ๗ พ.ย. ๖๙ ขอให้ทุกอำเภอส่งจิตอาสาพระราชทานอำเภอละ ๑๐ คน มาช่วยงาน และแจ้งรายชื่อให้ อ.พังโคน ภายในวันศุกร์นี้ครับ""",
    truth=[("SKN-5P", "an order to all districts (ขอให้ทุกอำเภอส่งจิตอาสา… แจ้งรายชื่อภายในวันศุกร์) by a district chief, not the provincial centre; creates no SKN-5O duty")])
L.t(28, "15:26", "PV1", "เรื่องการขอกำลังจิตอาสาต่างอำเภอ ขอให้ประสานผ่าน ศอ.จอส.จว. ก่อนนะครับ อำเภอยังไม่ต้องส่งรายชื่อครับ",
    near="the centre setting aside a district's request: no order, no duty")
L.t(28, "15:30", "PKN.chief", "ขออภัยครับ จะทำหนังสือประสานอย่างเป็นทางการครับ 🙏")
rep("O5", "SWD", 28, "16:21", "SWD.vol", """สว่างแดนดิน รายงานค่ะ
ครัวเรือนเป้าหมาย ๑๘ ครัวเรือน (ต.ค้อใต้ ๗ ต.บ้านถ่อน ๖ ต.แวง ๕)
กำหนดลงช่วยเกี่ยวข้าว เสาร์ ๓๑ ต.ค. และอาทิตย์ ๑ พ.ย. ค่ะ""")
rep("O4", "PRN", 28, "16:45", "PRN.vol", file="แผนจิตอาสาพระราชทาน อ.พรรณานิคม ปี2570.xlsx",
    near="a file alone: a report by file for O4 (the order asks for a file)")
L.t(28, "16:50", "SDW.coord", "ส่องดาวอยู่ระหว่างประสานเกษตรอำเภอครับ จะรายงานพรุ่งนี้ครับ",
    near="a promise to report: not a report (ส่องดาว answers O5 only at 15:00 on Thursday)")
L.t(28, "17:30", "PV2", "ขอบคุณค่ะ 🙏")
rep("O4", "KSS", 28, "18:20", "KSS.coord", "โคกศรีสุพรรณส่งแผนฯ ปี ๗๐ ครับ", file="แผน จอส.โคกศรีสุพรรณ 2570.xlsx",
    near="โคกศรีสุพรรณ's plan answers O4 only; it is no answer to O1 (figures for 26–27 Oct)")
L.t(28, "20:05", "PV2", "สุขสันต์วันเกิดท่านนายอำเภอภูพานค่ะ 🎂 ขอให้สุขภาพแข็งแรง คิดสิ่งใดสมปรารถนานะคะ",
    near="birthday wish (ขอให้…): courtesy, not an order")
L.t(28, "20:09", "PPN.chief", "ขอบคุณมากครับ 🙏😊")
L.stk(28, "20:10", "WRC.chief")
L.t(28, "20:12", "PNK.chief", "สุขสันต์วันเกิดครับท่าน 🎉")
L.t(28, "20:20", "TNY.vol", "HBD ค่ะท่าน 🎂")

# =========================== Thursday 29 Oct ===========================
L.t(29, "06:50", "PV1", "สวัสดีวันพฤหัสครับ")
L.stk(29, "06:50", "PV1")
rep("O5", "PKN", 29, "07:40", "PKN.coord", "พังโคน รายงานครับ ครัวเรือนเป้าหมาย ๙ ครัวเรือน กำหนดลงช่วยเกี่ยวข้าว ๒ - ๓ พ.ย. ๖๙ ครับ")
m = L.t(29, "08:31", "PV2", """เรียน นอภ.ทุกอำเภอ
ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อ. รายงานผลกิจกรรมจิตอาสาพัฒนา "หลังบุญออกพรรษา บ้านเมืองสะอาด" (ทำความสะอาดวัด ลานวัด สถานที่จัดงาน ขุดลอกคูระบายน้ำ) ที่ดำเนินการระหว่างวันที่ ๒๖ - ๒๙ ต.ค. ๖๙ จำนวนจุด/จำนวนจิตอาสา พร้อมภาพกิจกรรม ๒ - ๓ ภาพ ภายในเวลา ๑๖.๐๐ น. วันนี้ค่ะ
ศอ.จอส.จว.สน.""")
L.img(29, "08:32", "PV2")
order("O6", m, ALL, "2026-10-29T16:00:00+07:00",
      "\"ภายในเวลา ๑๖.๐๐ น. วันนี้\" in an order sent at 08:31 on Thursday 29 Oct: 16:00 that day.",
      {"KUS": "late", "PRN": "late", "WNN": "late", "NKN": "late", "PNK": "missing", "CRS": "missing"},
      "clean-up after the festival, with photos")
L.t(29, "08:35", "WRC.coord", "รับทราบครับ")
L.t(29, "08:36", "PNK.vol", "รับทราบค่ะ")
L.stk(29, "08:38", "BMW.vol")
L.t(29, "08:40", "KTK.vol", "🙏", near="🙏 alone as an acknowledgement: allowed, and not a report")
rep("O6", "MUE", 29, "09:10", "MUE.x2", """อ.เมืองสกลนคร รายงานกิจกรรมหลังบุญออกพรรษาค่ะ
๕ จุด (ลานวัดพระธาตุเชิงชุมฯ ถนนรอบสระพังทอง ตลาดหนองหาร คูระบายน้ำชุมชนธาตุเชิงชุม ลานหน้าศาลากลาง)
จิตอาสา ๑๒๐ คนค่ะ""", photos=3,
    near="report by an ordinary deputy (deputy_district_chief) of เมืองสกลนคร: counts")
rep("O6", "KDB", 29, "09:25", "KDB.coord", "กุดบาก ทำความสะอาดวัด ๓ แห่ง ขุดลอกคูระบายน้ำ ๑ จุด จิตอาสา ๔๐ คนครับ", photos=2, photos_first=True,
    near="photos, then the caption in the same minute: one report post, cited at the first photo")
rep("O6", "SDW", 29, "09:40", "SDW.vol", photos=3,
    near="photos alone after O6, which asks for photos: the O6 report of ส่องดาว (O5, still owed, asked for figures, so photos cannot answer it)")
rep("O6", "PKN", 29, "10:05", "PKN.vol", photos=2,
    near="photos alone after O6 (which asks for photos): a report for พังโคน")
rep("O6", "TNY", 29, "10:45", "TNY.vol", "เต่างอย ๓ จุด จิตอาสา ๔๕ คน (ลานวัดบ้านเต่างอย ตลาดสด คูระบายน้ำหน้าโรงเรียน) ค่ะ", photos=2)
rep("O6", "AKA", 29, "11:10", "AKA.coord", "อากาศอำนวย ล้างทำความสะอาดศาลาวัดและโรงเรียนหลังน้ำลด ๒ จุด จิตอาสา ๓๐ คนครับ", photos=2)
rep("O6", "KTK", 29, "11:20", "KTK.coord", "คำตากล้า ๒ จุด จิตอาสา ๒๒ คน ครับ", photos=2)
rep("O6", "SWD", 29, "11:50", "SWD.vol", "สว่างแดนดิน ๖ จุด จิตอาสา ๘๕ คนค่ะ ทำความสะอาดวัดหลังงานกฐินและลอกคูระบายน้ำในเขตเทศบาลค่ะ", photos=3)
rep("O5", "WRC", 29, "11:59", "WRC.coord", "วาริชภูมิ ครัวเรือนเป้าหมาย ๗ ครัวเรือน ลงช่วยเกี่ยววันที่ ๔ พ.ย. ครับ ทันเวลาไหมครับ 🙏",
    near="report one minute before the 12:00 deadline: on time")
L.t(29, "12:03", "PV1", "ทันครับ 👍")
L.t(29, "12:31", "PV1", "ย้ำครับ การสำรวจครัวเรือนเกษตรกรที่ขาดแรงงานเก็บเกี่ยวข้าว ครบกำหนดเที่ยงวันนี้แล้ว ยังไม่ได้รับจาก อ.ส่องดาว และ อ.เต่างอย ครับ",
    near="reminder of O5 (ย้ำ … ยังไม่ได้รับ): no new duty")
rep("O6", "WRC", 29, "12:40", "WRC.vol", "วาริชภูมิ ๒ จุด จิตอาสา ๒๖ คน ครับ", photos=2)
rep("O6", "BMW", 29, "13:15", "BMW.coord", "บ้านม่วง ทำความสะอาดวัดและที่ว่าการอำเภอหลังงานบุญ ๒ จุด จิตอาสา ๒๔ คนครับ", photos=2,
    near="บ้านม่วง's clean-up report answers O6 only; its text is not about flood relief, so O2 stays missing")
rep("O6", "KSS", 29, "13:40", "KSS.vol", "โคกศรีสุพรรณ รายงานกิจกรรมบ้านเมืองสะอาดครับ ทำความสะอาดวัดและลอกคูระบายน้ำ ๓ จุด จิตอาสา ๓๒ คน", photos=2)
rep("O3", "MUE", 29, "14:02", "MUE.coord", """อ.เมืองสกลนคร รายงานผลการซ่อมแซมฝายและถนนครับ
- ฝายชะลอน้ำห้วยนาคำ ต.ดงมะไฟ ๑ จุด
- ถนนลูกรังเพื่อการเกษตร ต.ห้วยยาง ๒ สาย
จิตอาสาพระราชทาน ๖๐ คน ร่วมกับ อบต. ในพื้นที่ครับ""", photos=4,
    near="a report of weir and road repairs: answers O3, not O6, which เมืองสกลนคร had answered at 09:10")
L.t(29, "14:30", "PV2", "เรียนทุกอำเภอค่ะ ครบกำหนดรายงานกิจกรรม \"หลังบุญออกพรรษา บ้านเมืองสะอาด\" ๑๖.๐๐ น. วันนี้ ขณะนี้ได้รับแล้ว ๑๑ อำเภอค่ะ",
    near="reminder of O6: no new duty")
rep("O5", "SDW", 29, "15:00", "SDW.coord", "ส่องดาว ขอรายงานครับ ครัวเรือนเป้าหมาย ๑๑ ครัวเรือน (ต.ท่าศิลา ๖ ต.วัฒนา ๕) ลงช่วยเกี่ยววันที่ ๔ พ.ย. ครับ ขออภัยล่าช้าครับ")
rep("O6", "PPN", 29, "15:20", "PPN.vol", "ภูพาน ๒ จุด จิตอาสา ๓๐ คนค่ะ (ลานวัด/คูระบายน้ำตลาด)", photos=2,
    near="ภูพาน's clean-up report answers O6; it is not the weir report O3 asks for")
rep("O4", "PNK", 29, "15:45", "PNK.coord", "โพนนาแก้วส่งแผนปฏิบัติการฯ ครับ", file="แผนปฏิบัติการจิตอาสา โพนนาแก้ว ปีงบ 2570.xlsx",
    near="โพนนาแก้ว's plan answers O4 only; O3 and O6 stay unanswered")
rep("O6", "KUS", 29, "16:20", "KUS.vol", "กุสุมาลย์ ๓ จุด จิตอาสา ๔๐ คน ครับ ขออภัยครับ", photos=2)
L.t(29, "16:30", "PV2", "ขอบคุณทุกอำเภอค่ะ ยังขาด อ.พรรณานิคม อ.นิคมน้ำอูน อ.วานรนิวาส อ.เจริญศิลป์ อ.โพนนาแก้ว นะคะ",
    near="reminder after the O6 deadline (อำเภอที่ยังขาด): no new duty")
rep("O6", "PRN", 29, "17:05", "PRN.x1", "พรรณานิคม ๔ จุด จิตอาสา ๕๕ คนครับ", photos=2)
L.t(29, "18:02", "PV2", "ขอแสดงความเสียใจกับครอบครัวปลัดสายัณห์ โพนนาแก้ว ที่คุณแม่ถึงแก่กรรมค่ะ ขอให้ดวงวิญญาณไปสู่สุคติ 🙏",
    near="condolence with ขอให้…: courtesy, not an order")
L.t(29, "18:05", "PV1", "ขอแสดงความเสียใจด้วยครับ 🙏")
L.t(29, "18:06", "NKN.chief", "ขอแสดงความเสียใจด้วยค่ะ")
L.t(29, "18:10", "WRC.coord", "🙏🙏🙏")
L.t(29, "18:40", "PNK.coord", "ขอบคุณทุกท่านครับ สวดอภิธรรมที่บ้านหนองสะไน ๓ คืนครับ 🙏")
rep("O6", "WNN", 29, "19:32", "WNN.vol", "วานรนิวาส ๒ จุด จิตอาสา ๓๕ คน ค่ะ ขออภัยที่ล่าช้า เพิ่งกลับจากพื้นที่น้ำท่วมค่ะ", photos=3)
L.t(29, "20:10", "KTK.chief", "ฝนเริ่มซาแล้วครับ น้ำที่คำตากล้าลดลงวันละ ๑๐ ซม. ครับ")

# =========================== Friday 30 Oct ===========================
L.t(30, "06:45", "PV2", "สวัสดีวันศุกร์ค่ะ 🌼 สัปดาห์นี้งานเยอะ ขอบคุณทุกท่านค่ะ")
L.img(30, "06:45", "PV2")
L.stk(30, "06:52", "BMW.vol")
rep("O6", "NKN", 30, "08:12", "NKN.coord", "นิคมน้ำอูน ขอส่งรายงานย้อนหลังครับ ๒ จุด จิตอาสา ๑๘ คน ครับ", photos=2)
rep("O3", "PPN", 30, "08:20", "PPN.x1", """อ.ภูพาน รายงานผลการซ่อมแซมฝายชะลอน้ำห้วยทราย ต.โคกภู และถนนลูกรังเข้าพื้นที่การเกษตร ๑ สาย
จิตอาสา ๓๒ คน ครับ ขออภัยที่รายงานล่าช้าครับ""", photos=4)
L.t(30, "09:02", "PV1", "ตามกำหนดเวลา แผนปฏิบัติการจิตอาสาฯ ปีงบ ๗๐ ครบกำหนดส่งวันนี้นะครับ อำเภอที่ยังไม่ได้ส่ง ขอให้ส่งภายในวันนี้ครับ",
    near="reminder of O4 (ตามกำหนดเวลา… ยังไม่ได้ส่ง): no new duty; O4 still runs to the end of today")
L.t(30, "09:30", "AH_CUL", "วัฒนธรรมจังหวัดสกลนคร ขอขอบคุณจิตอาสาพระราชทานทุกอำเภอที่ช่วยดูแลขบวนแห่ปราสาทผึ้งปีนี้ งานเรียบร้อยดีมากครับ 🙏",
    truth=[("SKN-5", "agency head (วัฒนธรรมจังหวัด) posting in ศอ.จอส.จว.สน.; first message that shows him in the group (no join notice in the log)")])
L.img(30, "09:30", "AH_CUL", 2)
L.t(30, "09:36", "PV2", "ขอบคุณท่านวัฒนธรรมจังหวัดค่ะ 🙏")
rep("O4", "WRC", 30, "10:10", "WRC.vol", file="แผน จอส.วาริชภูมิ ปี70.xlsx")
rep("O4", "SWD", 30, "10:30", "SWD.coord", "สว่างแดนดินส่งแผนฯ ปีงบ ๗๐ ครับ (ใส่ประมาณการงบตามที่แนะนำแล้วครับ)", file="แผนปฏิบัติการ จอส.สว่างแดนดิน 2570.docx")
rep("O4", "KUS", 30, "11:00", "KUS.vol", file="แผน จอส. กุสุมาลย์ 2570.xlsx")
L.t(30, "11:30", "PV2", "ได้รับแล้วค่ะ ขอบคุณค่ะ", name=disp("PV2", 1),
    near="the province-level volunteer officer under her second roster display name (Wipada P.): not an outsider")
L.unsend(30, "12:58", "TNY.vol", near="unsend notice: the unsent message is gone from the export; no finding")
L.t(30, "12:59", "TNY.vol", "ขอโทษค่ะ ส่งผิดกลุ่มค่ะ 🙏")
rep("O4", "TNY", 30, "13:05", "TNY.vol", "แผนปฏิบัติการจิตอาสา อ.เต่างอย ปี ๒๕๗๐ ค่ะ", file="แผนจิตอาสา เต่างอย 2570.xlsx")
L.t(30, "13:30", "PRN.vol", "ฝากอุดหนุนผ้าย้อมครามกลุ่มแม่บ้านพรรณาฯ ด้วยนะคะ ผืนละ ๓๕๐ บาท ใกล้ปีใหม่ซื้อเป็นของฝากได้ค่ะ 🙏",
    near="a member selling her community group's cloth: no rule of ศอ.จอส.จว.สน. forbids it")
L.img(30, "13:30", "PRN.vol", 2)
L.t(30, "13:40", "SWD.vol", "สวยมากค่ะ สั่ง ๒ ผืนค่ะ")
rep("O4", "PKN", 30, "14:40", "PKN.vol", "พังโคนส่งแผนจิตอาสาปีงบ ๗๐ ค่ะ", file="แผน จอส.พังโคน 2570.xlsx")
rep("O4", "BMW", 30, "15:30", "BMW.vol", file="แผนปฏิบัติการ จอส. บ้านม่วง ปี 70.xlsx")
L.t(30, "16:00", "PV1", "ขอบคุณทุกอำเภอครับ สัปดาห์นี้ทั้งงานบุญ ทั้งน้ำท่วม ทั้งเกี่ยวข้าว เหนื่อยกันมาก เสาร์อาทิตย์พักผ่อนนะครับ 🙏",
    near="courtesy from the centre: not an order")
L.stk(30, "16:02", "AKA.vol")
L.t(30, "16:05", "KDB.chief", "ขอบคุณศูนย์ฯ ค่ะ 🙏")
rep("O4", "CRS", 30, "19:20", "CRS.vol", "เจริญศิลป์ส่งแผนฯ ค่ะ", file="แผน จอส.เจริญศิลป์ 2570.xlsx")
rep("O4", "PPN", 30, "21:12", "PPN.vol", "ภูพานส่งแผนปฏิบัติการจิตอาสาปี ๗๐ ค่ะ ขออภัยที่ส่งดึกค่ะ", file="แผนจิตอาสา ภูพาน 2570.xlsx",
    near="a plan sent at 21:12 on the last day of O4 (a date deadline runs to the end of the day): on time")
L.t(30, "21:18", "PV1", "ได้รับครับ ขอบคุณครับ ราตรีสวัสดิ์ครับ")
L.stk(30, "21:25", "PV2")
