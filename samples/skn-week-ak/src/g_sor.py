# ศอ.จอส.จว.สน. — week AK (Mon 8 – Fri 12 June 2026). Hand-written messages and hand-worked tags.
import datetime

from frame import Chat, F, N, A, BKK
from people import CODES

C = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
ORDERS = {}


def dl(d, hh, mm, ss=0):
    return datetime.datetime(2026, 6, d, hh, mm, ss, tzinfo=BKK)


ALL = list(CODES)

# =====================================================================================================
C.day(8)   # Monday
C.t("06:42", "VOL2", "อรุณสวัสดิ์วันจันทร์ค่ะ ทุกอำเภอ 🌧☀️ สัปดาห์นี้ฝนมาแล้ว ขับขี่ปลอดภัยนะคะ",
    N("the centre's morning greeting: chat, no order"))
C.stk("06:50", "SWD_V")
C.t("07:05", "PPN_C", "สวัสดีครับ ทุกท่าน 🙏")
C.stk("07:31", "KTK_V")
o1 = C.t("08:50", "VOL1",
         "เรียน นายอำเภอทุกอำเภอ / ศอ.จอส.อำเภอ\n"
         "ตามที่จังหวัดสกลนครได้ขอให้อำเภอจัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา "
         "สมเด็จพระนางเจ้าฯ พระบรมราชินี ๓ มิถุนายน ๒๕๖๙ นั้น\n"
         "บัดนี้ ศอ.จอส.พระราชทาน ขอให้จังหวัดสรุปผลของทุกอำเภอเข้าระบบรายงาน จึงขอให้ ศอ.จอส.อำเภอ "
         "รายงานผลตามแบบรายงานที่แนบ (จำนวนจิตอาสา สถานที่ กิจกรรม) พร้อมภาพถ่ายกิจกรรม ๓-๕ ภาพ\n"
         "ภายในวันอังคารที่ ๙ มิ.ย. ๒๕๖๙ เวลา ๑๒.๐๐ น. ครับ",
         key="O1")
C.file("08:50", "VOL1", "แบบรายงานผลกิจกรรมจิตอาสา 3 มิ.ย. 69.xlsx",
       N("the form attached to O1 by the centre: part of the order post"))
ORDERS["O1"] = dict(
    msg=o1, districts=ALL, deadline=dl(9, 12, 0), topic="results of the 3 June volunteer activities (form + 3-5 photos)",
    why="\"ภายในวันอังคารที่ ๙ มิ.ย. ๒๕๖๙ เวลา ๑๒.๐๐ น.\": 12:00 on Tuesday 9 June.",
    expect=dict(MUE="on-time", KUS="on-time", KUD="missing", PHN="on-time", PKN="on-time", WRC="on-time",
                NKN="on-time", WNN="on-time", KTK="on-time", BMG="on-time", AKA="on-time", SWD="on-time",
                SDW="late", TNY="late", KSS="on-time", CRS="on-time", PNK="missing", PPN="on-time"))
C.t("08:53", "PPN_V", "รับทราบค่ะ", reply="O1")
C.stk("08:54", "KUS_V")
C.t("08:58", "NKN_D", "รับทราบครับผม")
C.t("09:01", "BMG_V", "รับทราบคับ 🙏")
C.t("09:06", "CRS_C", "รับทราบครับ มอบ ศอ.จอส.อำเภอดำเนินการครับ")
C.t("09:14", "WNN_V", "ทราบค่ะ")
C.t("09:40", "SWD_V",
    "ศอ.จอส.อำเภอสว่างแดนดิน รายงานผลกิจกรรมจิตอาสาพัฒนา ๓ มิ.ย. ๖๙\n"
    "- สถานที่ : สวนสาธารณะหนองหาร ต.สว่างแดนดิน และถนนเข้าหมู่บ้าน ๔ ตำบล\n"
    "- กิจกรรม : ตัดหญ้า เก็บขยะ ทาสีขอบทาง ปลูกต้นดาวเรือง\n"
    "- จิตอาสาเข้าร่วม ๒๑๔ คน (ข้าราชการ ๓๘ / อปท. ๔๖ / จิตอาสาพัฒนา ๑๓๐)\n"
    "รายละเอียดตามแบบและภาพครับ",
    A("O1", "SWD", "text + form + photos"), N("report by the district volunteer officer on the district's behalf: counts for สว่างแดนดิน"))
C.file("09:40", "SWD_V", "สว่างแดนดิน_รายงาน3มิย69.xlsx")
C.photos("09:41", "SWD_V", 3)
C.t("10:15", "MUE_V", "ส่งแบบรายงาน อ.เมืองสกลนคร ค่ะ 📎",
    A("O1", "MUE", "text + form + photos"))
C.file("10:15", "MUE_V", "รายงาน 3 มิ.ย.69 อ.เมือง.xlsx")
C.photos("10:16", "MUE_V", 4)
C.t("10:52", "WRC_D",
    "วาริชภูมิรายงานครับ กิจกรรม ๓ มิ.ย. จัดที่วัดพระธาตุดุม และโรงเรียนวาริชภูมิ "
    "จิตอาสา ๑๖๗ คน ทำความสะอาดลานวัด ปรับภูมิทัศน์ ปลูกต้นไม้ ๓๐๐ ต้น ครับ",
    A("O1", "WRC", "text + photos"),
    N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): a district person of วาริชภูมิ"))
C.photos("10:53", "WRC_D", 3)
C.photos("11:20", "PHN_V", 4, A("O1", "PHN", "photos, then a caption"),
         N("photos first, caption four minutes later: one report post, cited at its first photo; on time for O1"))
C.t("11:24", "PHN_V",
    "ภาพกิจกรรมจิตอาสาพัฒนา อ.พรรณานิคม วันที่ 3 มิ.ย. 69 ณ บ้านพันนา ต.พันนา "
    "จิตอาสา 152 คน ค่ะ แบบรายงานส่งตามมานะคะ")
C.t("11:38", "KSS_D",
    "อ.โคกศรีสุพรรณ ครับ\nวันที่ ๓ มิ.ย. ๖๙ จัดกิจกรรม ณ วัดป่าศรีสุพรรณ และหนองน้ำสาธารณะบ้านโคก\n"
    "จิตอาสา ๑๒๘ คน\nกิจกรรม กำจัดผักตบชวา เก็บขยะ ตัดแต่งกิ่งไม้\nภาพตามนี้ครับ",
    A("O1", "KSS", "text + photos"), N("report by the coordinating deputy on the district's behalf: allowed"))
C.photos("11:39", "KSS_D", 3)
C.t("12:10", "PHN_V", "แบบรายงานค่ะ", N("the form following the same district's photo report: a second piece of an answer already given"))
C.file("12:10", "PHN_V", "พรรณานิคม_3มิย69.xlsx")
C.t("13:05", "NKN_V",
    "นิคมน้ำอูนส่งผลกิจกรรมวันที่ 3 มิ.ย. ครับ จิตอาสา 96 คน ทำความสะอาดศูนย์พัฒนาเด็กเล็กและถนนรอบหนองบัว",
    A("O1", "NKN", "text + photos"))
C.photos("13:06", "NKN_V", 2)
C.file("13:40", "PKN_V", "รายงานผล จอส. 3 มิย. พังโคน.pdf", A("O1", "PKN", "file + photos"),
       N("a file sent alone as the report (the filled form): counts for พังโคน"))
C.photos("13:41", "PKN_V", 3)
o2 = C.t("14:10", "PALAD",
         "เรียน นอภ.พังโคน นอภ.วาริชภูมิ และ นอภ.นิคมน้ำอูน\n"
         "จากเหตุพายุฝนฟ้าคะนองเมื่อคืนวันอาทิตย์ที่ ๗ มิ.ย. ที่ผ่านมา ทำให้บ้านเรือนราษฎรในพื้นที่ทั้ง ๓ อำเภอ "
         "หลังคาเปิด ต้นไม้หักโค่นขวางถนน ขอให้ ศอ.จอส.อำเภอ นำจิตอาสาภัยพิบัติออกช่วยเหลือร่วมกับ อปท. "
         "ตัดต้นไม้ ซ่อมแซมบ้านเรือนเบื้องต้น แล้วรายงานผลพร้อมภาพถ่ายให้ทราบภายในพรุ่งนี้ก่อนเที่ยงครับ",
         N("O2: the provincial palad's order to three districts named in the salutation: allowed, duties for those three only"),
         key="O2")
ORDERS["O2"] = dict(
    msg=o2, districts=["PKN", "WRC", "NKN"], deadline=dl(9, 12, 0), topic="storm of Sunday night: volunteers' relief work with photos",
    why="\"ภายในพรุ่งนี้ก่อนเที่ยง\" written on Monday 8 June: before 12:00 on Tuesday 9 June. Addressed in the salutation to พังโคน, วาริชภูมิ and นิคมน้ำอูน only.",
    expect=dict(PKN="on-time", WRC="on-time", NKN="late"))
C.t("14:14", "PKN_C", "รับทราบครับท่าน กำลังออกพื้นที่ครับ", reply="O2")
C.t("14:16", "WRC_C", "รับทราบครับ", reply="O2")
C.t("14:25", "NKN_C", "รับทราบค่ะท่าน", reply="O2")
C.t("14:31", "SDW_C", "ส่องดาวโดนด้วยครับท่าน บ้านเสียหาย ๕ หลัง จิตอาสาเข้าช่วยแล้วครับ",
    N("a district not named in O2 telling what it did: information, it has no O2 duty"))
C.t("14:33", "PALAD", "ขอบคุณครับ นอภ.ส่องดาว ดูแลประชาชนด้วยครับ 🙏")
C.t("15:00", "KTK_V",
    "คำตากล้า ส่งผลกิจกรรม ๓ มิ.ย.๖๙ ค่ะ\nณ อ่างเก็บน้ำห้วยโท ต.คำตากล้า จิตอาสา ๑๑๐ คน "
    "เก็บขยะรอบอ่าง ปลูกหญ้าแฝก ๒,๐๐๐ กล้า",
    A("O1", "KTK", "text + photos"))
C.photos("15:01", "KTK_V", 4)
C.t("15:30", "CRS_V",
    "เจริญศิลป์ครับ ๓ มิ.ย. จิตอาสา ๑๓๓ คน พัฒนาโรงพยาบาลเจริญศิลป์และตลาดสดเทศบาล ครับ แนบแบบครับ",
    A("O1", "CRS", "text + form + photos"))
C.file("15:30", "CRS_V", "เจริญศิลป์ แบบรายงาน.xlsx")
C.photos("15:31", "CRS_V", 3)
C.t("16:10", "BMG_D", "ข้อมูล อ.บ้านม่วง กิจกรรมวันที่ 3 มิ.ย. 69 ครับ", A("O1", "BMG", "text + form + photos"),
    N("report by the coordinating deputy: counts for บ้านม่วง"))
C.file("16:10", "BMG_D", "บ้านม่วง-3มิย.xlsx")
C.photos("16:11", "BMG_D", 3)
C.photos("16:45", "AKA_V", 5, A("O1", "AKA", "photos alone"),
         N("photos alone after O1, which asks for photos: a report for อากาศอำนวย (on time)"))
C.t("17:40", "PKN_C",
    "รายงานท่านปลัดจังหวัดครับ อ.พังโคน ได้นำจิตอาสาภัยพิบัติ ๔๒ คน ร่วมกับ ทต.พังโคน และ อบต.ไฮหย่อง "
    "ตัดต้นไม้ที่ล้มขวางถนน ๖ จุด และมุงหลังคาบ้านที่เสียหาย ๗ หลังเรียบร้อยแล้วครับ ยังเหลืออีก ๓ หลังพรุ่งนี้ดำเนินการต่อครับ",
    A("O2", "PKN", "text + photos"), reply="O2")
C.photos("17:41", "PKN_C", 4)
C.t("17:55", "PALAD", "ขอบคุณครับ 👍", reply=None)
C.t("18:30", "WNN_V",
    "ศอ.จอส.อ.วานรนิวาส ขอส่งผลกิจกรรม ๓ มิ.ย. ๖๙ ค่ะ จิตอาสา ๒๔๕ คน พัฒนาวัดศรีบุญเรือง "
    "และปลูกต้นไม้ริมห้วยปลาหาง ค่ะ",
    A("O1", "WNN", "text + photos"))
C.photos("18:31", "WNN_V", 3)
C.t("18:34", "WNN_V", "ขออภัยที่ส่งช้านะคะ ไฟดับตั้งแต่บ่ายค่ะ ⚡",
    N("apology after a report sent the day before the deadline: the report is on time"))
C.stk("18:40", "VOL1")

# =====================================================================================================
C.day(9)   # Tuesday
C.t("07:15", "VOL2", "สวัสดีวันอังคารค่ะ 🙏")
C.t("08:05", "KUS_D",
    "กุสุมาลย์ รายงานผลกิจกรรมวันเฉลิมฯ ๓ มิ.ย. ครับ จิตอาสา ๑๐๒ คน ทำความสะอาดวัดโพธิ์ชัย "
    "ปรับภูมิทัศน์หน้าที่ว่าการอำเภอ ครับ",
    A("O1", "KUS", "text + photos"))
C.photos("08:06", "KUS_D", 3)
C.t("08:20", "WRC_C",
    "เรียนท่านปลัดจังหวัด อ.วาริชภูมิ ออกช่วยเหลือผู้ประสบวาตภัยเมื่อวาน ๘ มิ.ย. "
    "จิตอาสาภัยพิบัติ ๓๕ คน ซ่อมหลังคาบ้าน ๔ หลัง ตัดต้นไม้ ๓ จุด ที่ ต.ค้อเขียว และ ต.หนองลาด ครับ",
    A("O2", "WRC", "text + photos"))
C.photos("08:21", "WRC_C", 3)
C.t("08:30", "PALAD", "ขอบคุณครับ", reply=None)
C.file("09:00", "AKA_V", "อากาศอำนวย รายงาน 3 มิ.ย. 69.xlsx",
       N("อากาศอำนวย's form, after its photos on Monday already answered O1: no new duty"))
o3 = C.t("09:30", "VOL2",
         "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\n"
         "ด้วยจังหวัดจะจัดฝึกอบรมจิตอาสาพระราชทาน หลักสูตรจิตอาสาภัยพิบัติ (รุ่นใหม่) ระหว่างวันที่ ๑๖-๑๘ มิ.ย. ๖๙ "
         "ณ ค่ายกฤษณ์สีวะรา\n"
         "ขอให้อำเภอคัดเลือกผู้เข้ารับการอบรม อำเภอละ ๑๕ คน และส่งรายชื่อ (ชื่อ-สกุล อายุ เบอร์โทร) "
         "ภายใน ๒๔ ชม. นะคะ เพื่อนำส่ง มทบ.๒๙ ค่ะ 🙏",
         key="O3")
ORDERS["O3"] = dict(
    msg=o3, districts=ALL, deadline=dl(10, 9, 30), topic="names of new volunteers for the disaster-volunteer course",
    why="\"ภายใน ๒๔ ชม.\" from the order at 09:30 on Tuesday 9 June: 09:30 on Wednesday 10 June.",
    expect=dict(MUE="on-time", KUS="on-time", KUD="on-time", PHN="on-time", PKN="on-time", WRC="on-time",
                NKN="on-time", WNN="on-time", KTK="on-time", BMG="on-time", AKA="late", SWD="on-time",
                SDW="missing", TNY="on-time", KSS="late", CRS="late", PNK="on-time", PPN="on-time"))
C.t("09:33", "MUE_C", "รับทราบครับ")
C.t("09:34", "TNY_V", "รับทราบครับ 🙏")
C.stk("09:35", "PNK_D")
C.t("09:41", "SWD_D", "สอบถามครับ ผู้เข้าอบรมต้องเป็นจิตอาสาที่ผ่านการอบรมหลักสูตรหลักมาก่อนไหมครับ",
    N("a deputy's question about O3: not a report and not an order"))
C.t("09:47", "VOL2", "ไม่จำเป็นค่ะปลัด ขอเป็นจิตอาสาที่มีบัตรแล้ว อายุ ๑๘-๕๕ ปี ร่างกายแข็งแรงค่ะ", reply=None)
C.t("10:02", "KUD_V", "รับทราบครับ ดำเนินการครับ")
m = C.t("10:40", "VOL1",
        "📣 ย้ำครับ รายงานผลกิจกรรม ๓ มิ.ย. ครบกำหนดเที่ยงวันนี้ ยังไม่ได้รับของ อ.กุดบาก อ.ส่องดาว "
        "อ.เต่างอย อ.โพนนาแก้ว และ อ.ภูพาน ครับ",
        N("reminder of O1 (ย้ำ ... ยังไม่ได้รับ): creates no new duty and does not move O1's deadline"))
C.t("11:10", "KUD_D", "กุดบากกำลังรวบรวมภาพจากตำบลครับ จะส่งให้บ่ายนี้ครับ",
    N("a promise to report later: not a report (กุดบาก never sends the O1 report)"))
C.t("11:48", "PPN_V",
    "ภูพานส่งค่ะ 🙏 ๓ มิ.ย. ๖๙ จิตอาสา ๘๘ คน ทำความสะอาดอุทยานแห่งชาติภูพาน จุดชมวิว และวัดถ้ำพวง",
    A("O1", "PPN", "text + photos"), N("report twelve minutes before the 12:00 deadline: on time"))
C.photos("11:49", "PPN_V", 3)
C.t("12:40", "PKN_X1", "สวัสดีครับ ปลัดพีระ ย้ายมาอยู่ อ.พังโคน ครับ ฝากเนื้อฝากตัวด้วยครับ 🙏",
    N("a deputy_district_chief of พังโคน greeting: admitted to ศอ.จอส.จว.สน. (no join notice needed)"))
C.stk("12:44", "VOL2")
C.t("13:30", "VOL2",
    "อำเภอที่ยังไม่ได้ส่งผลกิจกรรม ๓ มิ.ย. (กุดบาก ส่องดาว เต่างอย โพนนาแก้ว) รบกวนด่วนเลยนะคะ "
    "ศูนย์ฯ ต้องส่งข้อมูลให้ส่วนกลางพรุ่งนี้ค่ะ",
    N("reminder after O1's deadline (อำเภอที่ยังไม่ได้ส่ง): no new duty; late answers stay late"))
C.t("13:34", "PNK_C", "รับทราบค่ะ", N("an acknowledgement of a reminder: not a report"))
C.t("14:05", "MUE_D", "รายชื่อผู้เข้าอบรม อ.เมืองสกลนคร ๑๕ คนครับ", A("O3", "MUE", "text + file"))
C.file("14:05", "MUE_D", "รายชื่อ อบรมภัยพิบัติ อ.เมือง.xlsx")
C.t("14:20", "SDW_C",
    "ส่องดาวรายงานสถานการณ์ครับ ลมกระโชกแรงเมื่อเช้า บ้านเรือนเสียหายเพิ่ม ๓ หลัง ต.วัฒนา "
    "จิตอาสาภัยพิบัติอำเภอร่วมกับ อบต. ซ่อมเสร็จแล้วครับ",
    N("a storm update by a district not named in O2: information, and not the O1 report ส่องดาว still owes"))
C.photos("14:21", "SDW_C", 2)
C.t("15:00", "VOL2",
    "แจ้งเพื่อทราบค่ะ กำหนดการฝึกอบรมหลักสูตรจิตอาสาภัยพิบัติ ๑๖-๑๘ มิ.ย. ๖๙\n"
    "- รายงานตัว ๐๗.๓๐ น. วันที่ ๑๖ มิ.ย.\n- แต่งกายชุดจิตอาสา หมวก ผ้าพันคอ\n- ที่พัก อาหาร ค่ายฯ จัดให้\n"
    "ไม่ต้องรายงานค่ะ",
    N("information only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty"))
C.file("15:00", "VOL2", "กำหนดการอบรม จอส.ภัยพิบัติ 16-18 มิย69.pdf", N("attachment of the information-only post: no duty"))
C.t("15:20", "TNY_D",
    "เต่างอยขอส่งผลกิจกรรม ๓ มิ.ย. ครับ ขออภัยล่าช้าครับ จิตอาสา ๗๔ คน พัฒนาวัดเจติยภูมิ "
    "และทาสีศาลาประชาคม ครับ",
    A("O1", "TNY", "text + photos"))
C.photos("15:21", "TNY_D", 3)
C.t("15:48", "KUS_V", "รายชื่อผู้เข้าอบรม กุสุมาลย์ ครับ", A("O3", "KUS", "text + file"))
C.file("15:48", "KUS_V", "กุสุมาลย์ รายชื่อ 15 คน.pdf")
C.t("16:10", "NKN_C",
    "เรียนท่านปลัดจังหวัดค่ะ อ.นิคมน้ำอูน นำจิตอาสาภัยพิบัติ ๒๘ คน ช่วยราษฎรบ้านหนองบัว "
    "ซ่อมหลังคา ๕ หลัง และยกเสาไฟฟ้าที่ล้มร่วมกับ กฟภ. แล้วเสร็จค่ะ ขออภัยที่รายงานช้าค่ะ",
    A("O2", "NKN", "text + photos"), reply="O2")
C.photos("16:11", "NKN_C", 3)
C.t("16:30", "PHN_D", "รายชื่อจิตอาสาเข้าอบรม พรรณานิคม ครบ ๑๕ คน ตามไฟล์ครับ", A("O3", "PHN", "text + file"))
C.file("16:30", "PHN_D", "พรรณาฯ_ผู้เข้าอบรม.xlsx")
C.t("17:05", "PNK_D",
    "โพนนาแก้ว ส่งรายชื่อครับ\n๑. นายสมัย ภูมิลา\n๒. นายบุญมี สีหามาตย์\n๓. นายทองพูน แก้วมะณี\n"
    "๔. นางสาวพรพิมล ดวงตา\n๕. นายวิทยา ศรีโพธิ์\n๖. นายสุดใจ บุญทา\n๗. นายประยงค์ คำแสง\n"
    "๘. นายอนุสรณ์ ไชยมาตย์\n๙. นางลำดวน พิมพ์สวัสดิ์\n๑๐. นายเกรียงไกร สอนสุภาพ\n"
    "(ที่เหลืออีก ๕ คน จะแจ้งเพิ่มเติมครับ)",
    A("O3", "PNK", "text list"),
    N("a list of ten names with five to follow: a report on time (the rule asks for a report, not a complete one); by a two-role person acting as volunteer officer"))
C.t("17:40", "KTK_V", "คำตากล้าส่งรายชื่อค่ะ 15 คน", A("O3", "KTK", "text + file"))
C.file("17:40", "KTK_V", "คำตากล้า-อบรม16-18มิย.xlsx")
C.t("19:15", "WRC_D", "วาริชภูมิ ๑๕ คนครับ ส่งไฟล์ครับ", A("O3", "WRC", "text + file"))
C.file("19:15", "WRC_D", "วาริชภูมิ รายชื่ออบรม.pdf")
C.t("21:10", "SWD_V", "สว่างแดนดินครับ รายชื่อ ๑๕ คน", A("O3", "SWD", "text + file"),
    N("late-evening report, well before O3's Wednesday 09:30 deadline: on time"))
C.file("21:10", "SWD_V", "สว่างฯ รายชื่อ จอส.ภัยพิบัติ.xlsx")

# =====================================================================================================
C.day(10)  # Wednesday
C.t("07:02", "VOL1", "สวัสดีครับ 🙏 วันพุธ")
C.t("07:40", "TNY_V", "เต่างอยส่งรายชื่อ ๑๕ ท่านครับ", A("O3", "TNY", "text + file"))
C.file("07:40", "TNY_V", "เต่างอย.xlsx")
C.t("07:55", "NKN_V", "รายชื่อผู้เข้ารับการอบรม อ.นิคมน้ำอูน ครับ", A("O3", "NKN", "text + file"))
C.file("07:55", "NKN_V", "นิคมน้ำอูน อบรม.xlsx")
C.file("08:10", "BMG_V", "บ้านม่วง_รายชื่อผู้เข้าอบรม_15คน.xlsx", A("O3", "BMG", "file alone"),
       N("a file of names sent alone: a report for บ้านม่วง"))
C.t("08:12", "KUD_V", "กุดบาก ส่งรายชื่อครับ", A("O3", "KUD", "text + file"),
    N("กุดบาก answers O3; it still owes O1, which this list does not answer"))
C.file("08:12", "KUD_V", "กุดบาก_อบรม.xlsx")
C.t("08:35", "SDW_V",
    "ส่องดาวส่งผลกิจกรรม ๓ มิ.ย. ค่ะ ขออภัยล่าช้ามากค่ะ เจ้าหน้าที่ออกช่วยผู้ประสบภัยทั้งสัปดาห์ค่ะ",
    A("O1", "SDW", "text + form"))
C.file("08:35", "SDW_V", "ส่องดาว รายงาน 3 มิย 69.xlsx")
C.t("08:50", "KSS_D", "โคกศรีสุพรรณส่งรายชื่อทางอีเมล ศอ.จอส.จังหวัด แล้วครับ",
    N("says the list went by e-mail: no list in the group, so not a report (the centre asks for it here at 09:05)"))
C.t("09:00", "PALAD",
    "เร่งรัดครับ รายชื่อผู้เข้าอบรมหลักสูตรจิตอาสาภัยพิบัติ ครบกำหนด ๐๙.๓๐ น. วันนี้ อำเภอที่ยังไม่ส่ง "
    "ขอให้ส่งโดยเร็วครับ",
    N("reminder of O3 (เร่งรัด … อำเภอที่ยังไม่ส่ง): no new duty"))
C.t("09:05", "VOL2", "ปลัดบัญชาคะ รบกวนส่งไฟล์ในกลุ่มด้วยนะคะ ศูนย์ฯ รวบรวมจากในกลุ่มค่ะ 🙏", reply=None)
C.t("09:06", "KSS_D", "ครับผม")
C.t("09:12", "PKN_V", "พังโคน ส่งรายชื่อครับ ✅", A("O3", "PKN", "text + file"))
C.file("09:12", "PKN_V", "พังโคน-จอส.ภัยพิบัติ.pdf")
C.t("09:20", "WNN_X1", "วานรนิวาสส่งรายชื่อผู้เข้าอบรม ๑๕ คน ครับ", A("O3", "WNN", "text + file"),
    N("report by an ordinary deputy (deputy_district_chief) on the district's behalf: counts for วานรนิวาส"))
C.file("09:20", "WNN_X1", "วานร_รายชื่อ.xlsx")
C.t("09:28", "PPN_D", "ภูพานครับ", A("O3", "PPN", "text + file"), N("report two minutes before the 09:30 deadline: on time"))
C.file("09:28", "PPN_D", "ภูพาน อบรม 16-18.xlsx")
C.stk("09:31", "VOL2")
o4 = C.t("10:15", "VOL1",
         "เรียน อำเภอที่อยู่ในโครงการ \"จิตอาสาลงแขกดำนา ช่วยเหลือเกษตรกร ปี ๒๕๖๙\" "
         "(อ.วานรนิวาส อ.คำตากล้า อ.บ้านม่วง อ.อากาศอำนวย)\n"
         "ขอให้แจ้งแผนการจัดกิจกรรม ได้แก่ วันที่ สถานที่ (หมู่บ้าน/ตำบล) จำนวนจิตอาสา และจำนวนไร่ที่จะช่วยดำนา "
         "ให้ ศอ.จอส.จังหวัดทราบ ภายในวันพฤหัสบดีที่ ๑๑ มิ.ย. นี้ครับ เพื่อเรียนท่านผู้ว่าฯ ร่วมกิจกรรมครับ",
         key="O4")
ORDERS["O4"] = dict(
    msg=o4, districts=["WNN", "KTK", "BMG", "AKA"], deadline=dl(11, 23, 59, 59), topic="plan of the volunteers' rice-planting days",
    why="\"ภายในวันพฤหัสบดีที่ ๑๑ มิ.ย. นี้\": to the end of Thursday 11 June. Addressed to the four districts named in brackets after the project's name.",
    expect=dict(WNN="on-time", KTK="on-time", BMG="late", AKA="missing"))
C.t("10:18", "KTK_C", "รับทราบคร้าบ", reply="O4")
C.t("10:20", "WNN_C", "รับทราบครับ วานรนิวาสพร้อมครับ 🌾", reply="O4")
C.t("10:26", "BMG_C", "รับทราบ")
C.t("11:05", "AKA_D", "อากาศอำนวย ส่งรายชื่ออบรมครับ ขออภัยเลยเวลาครับ", A("O3", "AKA", "text + file"))
C.file("11:05", "AKA_D", "อากาศอำนวย รายชื่อ.xlsx")
C.t("11:30", "SWD_C",
    "ขอบคุณ ศอ.จอส.จังหวัดที่จัดอบรมให้ครับ ขอให้การอบรมรุ่นนี้ราบรื่น ผู้เข้าอบรมทุกอำเภอเดินทางปลอดภัยนะครับ 🙏",
    N("courtesy with order words (ขอให้…ทุกอำเภอ…): a good wish, no report asked, not an order"))
C.t("13:40", "KSS_D", "รายชื่อผู้เข้าอบรม อ.โคกศรีสุพรรณ ครับ", A("O3", "KSS", "text + file"))
C.file("13:40", "KSS_D", "โคกศรีสุพรรณ_15คน.xlsx")
C.t("14:00", "CRS_D", "เจริญศิลป์ ส่งรายชื่อจิตอาสาเข้าอบรม ๑๒ คนครับ (ได้ไม่ครบ ๑๕ ครับ)", A("O3", "CRS", "text + file"))
C.file("14:00", "CRS_D", "เจริญศิลป์ อบรม 12 คน.xlsx")
C.t("14:30", "MUE_X1",
    "เรียนทุกอำเภอครับ อ.เมืองสกลนคร รับผิดชอบจัดเสื้อจิตอาสาให้ผู้เข้าอบรมรุ่นนี้ "
    "ขอให้ทุกอำเภอแจ้งขนาดเสื้อ (S M L XL 2XL) ของผู้เข้าอบรมมาที่ปลัดภาค ภายในวันศุกร์นี้ครับ 🙏",
    F("SKN-5P", "order to all districts (ขอให้ทุกอำเภอแจ้ง…ภายในวันศุกร์นี้) by a deputy of เมืองสกลนคร, not the provincial centre; creates no duty"))
C.t("14:41", "KUS_V", "กุสุมาลย์ M 6 / L 5 / XL 4 ครับ",
    N("sizes sent to the deputy of เมืองสกลนคร: answers a district's request, not a centre order"), reply=None)
C.t("14:55", "PHN_V", "พรรณานิคม S2 M5 L6 XL2 ค่ะ", N("answer to the เมืองสกลนคร deputy's request: no duty involved"))
C.t("15:02", "VOL1", "ขอบคุณ อ.เมือง ครับ 👍")
C.t("16:00", "WNN_D",
    "วานรนิวาส แจ้งแผนลงแขกดำนาครับ\n📅 พฤหัสฯ ๑๘ มิ.ย. ๖๙ เวลา ๐๘.๐๐ น.\n📍 นาแปลงรวม บ้านดอนเชียงบาน ต.วานรนิวาส\n"
    "👥 จิตอาสา ๑๒๐ คน\n🌾 พื้นที่ ๑๕ ไร่ (นาของผู้ป่วยติดเตียง ๒ ราย และผู้สูงอายุ ๓ ราย) ครับ",
    A("O4", "WNN", "text"))
C.t("16:07", "VOL1", "ขอบคุณครับ ปลัดเกรียง 🌾", reply=None)
C.t("17:20", "KTK_D", "คำตากล้า ขอแจ้งแผนพรุ่งนี้ช่วงเช้านะครับ รอยืนยันพื้นที่กับกำนันก่อนครับ",
    N("a promise to send the O4 plan tomorrow: not a report"))
C.join("19:30", "!แพรวา อาสาใหม่", F("OUTSIDER", "not on the roster; joined by link or QR code"))
C.t("19:34", "!แพรวา อาสาใหม่", "สวัสดีค่ะ หนูอยากสมัครอบรมจิตอาสาภัยพิบัติค่ะ ต้องส่งเอกสารที่ไหนคะ 🙏")
C.t("19:50", "VOL2",
    "สวัสดีค่ะน้องแพรวา กลุ่มนี้เป็นกลุ่มเจ้าหน้าที่นะคะ สมัครได้ที่ ศอ.จอส.อำเภอที่น้องอยู่เลยค่ะ "
    "ขออนุญาตนำออกจากกลุ่มนะคะ 🙏")
C.remove("19:52", "VOL2", "แพรวา อาสาใหม่", N("the centre removes the outsider: no finding for the remover"))

# =====================================================================================================
C.day(11)  # Thursday
C.t("07:30", "VOL1",
    "เพื่อทราบครับ ศูนย์อุตุนิยมวิทยาภาคตะวันออกเฉียงเหนือแจ้งเตือน พายุฝนฟ้าคะนอง ลมกระโชกแรง "
    "ช่วง ๑๑-๑๓ มิ.ย. ขอให้ ศอ.จอส.อำเภอ เตรียมความพร้อมจิตอาสาภัยพิบัติ เครื่องมือ เลื่อยยนต์ "
    "ให้พร้อมออกช่วยเหลือ ไม่ต้องรายงานครับ",
    N("an order to get ready that asks for no report (เพื่อทราบ … ไม่ต้องรายงาน): no duty"))
C.photos("07:31", "VOL1", 1, N("the weather bulletin attached to the information-only post"))
o5 = C.t("08:40", "PALAD",
         "เรียน นายอำเภอทุกอำเภอ\n"
         "ในการตรวจติดตามการปฏิบัติราชการอำเภอ รอบ ๖ เดือน (ปีงบประมาณ ๒๕๖๙) ที่จะเริ่มสัปดาห์หน้า "
         "คณะตรวจจะตรวจข้อมูลงานจิตอาสาพระราชทานด้วย\n"
         "ขอให้ ศอ.จอส.อำเภอ รายงานจำนวนจิตอาสาพระราชทานในพื้นที่ ข้อมูล ณ ๓๑ พ.ค. ๖๙ แยกเป็น "
         "จิตอาสาพัฒนา / จิตอาสาภัยพิบัติ / จิตอาสาเฉพาะกิจ ภายในบ่ายสามโมงพรุ่งนี้ครับ",
         key="O5")
ORDERS["O5"] = dict(
    msg=o5, districts=ALL, deadline=dl(12, 15, 0), topic="number of royal volunteers by type (for the mid-year inspection)",
    why="\"ภายในบ่ายสามโมงพรุ่งนี้\" (three in the afternoon, tomorrow) written on Thursday 11 June: 15:00 on Friday 12 June.",
    expect=dict(MUE="on-time", KUS="missing", KUD="on-time", PHN="late", PKN="on-time", WRC="on-time",
                NKN="on-time", WNN="on-time", KTK="on-time", BMG="on-time", AKA="on-time", SWD="late",
                SDW="on-time", TNY="missing", KSS="on-time", CRS="on-time", PNK="missing", PPN="on-time"))
C.t("08:44", "SDW_C", "รับทราบครับท่าน", reply="O5")
C.t("08:45", "CRS_C", "รับทราบครับ")
C.t("08:47", "SWD_X1", "รับทราบครับ",
    N("display name ปลัดเบียร์ fits two roster people (a deputy of สว่างแดนดิน and the coordinating deputy of คำตากล้า): ambiguous, never judged"),
    noid=True)
C.stk("08:49", "PHN_C")
C.t("08:52", "AKA_C", "รับทราบครับ 🙏")
C.t("09:30", "H_PR",
    "รายงานผลการประชาสัมพันธ์กิจกรรมจิตอาสาเฉลิมพระเกียรติ ๓ มิ.ย. ๖๙ ค่ะ สำนักงานประชาสัมพันธ์จังหวัด "
    "เผยแพร่ทางสถานีวิทยุ สวท.สกลนคร ๑๒ ครั้ง เพจ ๘ โพสต์ ยอดเข้าถึง ๔๕,๐๐๐ ครั้งค่ะ 📻",
    F("SKN-5", "agency head (ประชาสัมพันธ์จังหวัด) posting in ศอ.จอส.จว.สน.; first message that shows her here"),
    F("SKN-5P", "a report (รายงานผลการประชาสัมพันธ์…) by someone who is not a district's person"))
C.photos("09:31", "H_PR", 2)
C.t("10:10", "KTK_D",
    "คำตากล้า แจ้งแผนกิจกรรมลงแขกดำนาครับ วันเสาร์ที่ ๒๐ มิ.ย. ๖๙ ณ บ้านนาคำ ต.นาแต้ "
    "จิตอาสา ๘๐ คน พื้นที่ ๑๒ ไร่ ครับ",
    A("O4", "KTK", "text"), reply="O4")
C.t("10:40", "KUD_D",
    "กุดบาก ข้อมูลจิตอาสา ณ 31 พ.ค. 69 ครับ\nจิตอาสาพัฒนา 3,412 คน\nจิตอาสาภัยพิบัติ 286 คน\nจิตอาสาเฉพาะกิจ 154 คน\nรวม 3,852 คน",
    A("O5", "KUD", "text"))
C.t("11:15", "NKN_D", "นิคมน้ำอูน\nพัฒนา ๒,๙๖๐\nภัยพิบัติ ๒๑๐\nเฉพาะกิจ ๙๘\nรวม ๓,๒๖๘ ราย ครับ", A("O5", "NKN", "text"))
C.t("11:30", "WRC_D", "วาริชภูมิ จิตอาสาพัฒนา ๓๒๕ คน ภัยพิบัติ ๑๙๐ คน เฉพาะกิจ ๗๒ คน ครับ", A("O5", "WRC", "text"))
C.t("11:42", "WRC_D", "🙏 แก้ไขครับ จิตอาสาพัฒนา ๓,๒๕๐ คน (พิมพ์ตกไปหนึ่งหลักครับ)",
    N("a correction of วาริชภูมิ's figure twelve minutes later: the first post already answered O5 on time"))
C.t("13:15", "MUE_V", "อ.เมืองสกลนคร ข้อมูลจิตอาสา ณ ๓๑ พ.ค. ๖๙ ตามไฟล์แนบค่ะ", A("O5", "MUE", "text + file"))
C.file("13:15", "MUE_V", "จำนวนจิตอาสา อ.เมือง 31พค69.xlsx")
C.t("14:00", "ADM2",
    "แจ้งทุกอำเภอ ส่งแบบสำรวจความเสียหายจากวาตภัย (แบบ ปภ.๐๑) ให้กลุ่มงานปกครอง ภายในวันนี้ ๑๖.๐๐ น. ครับ",
    F("SKN-5", "provincial_admin_staff sending account posting in ศอ.จอส.จว.สน. (not a member there); first message that shows it here"),
    F("SKN-5P", "order to all districts (ส่ง… ภายในวันนี้ ๑๖.๐๐ น.) by the provincial administration office's account, not the provincial volunteer centre; creates no duty"))
C.t("14:03", "ADM2", "ขออภัยครับ ผิดกลุ่มครับ 🙏🙏")
C.t("14:20", "BMG_V", "บ้านม่วงครับ จิตอาสาพัฒนา ๒,๑๔๐ ภัยพิบัติ ๑๗๕ เฉพาะกิจ ๖๐ รวม ๒,๓๗๕ คนครับ", A("O5", "BMG", "text"))
C.t("15:10", "KSS_V", "โคกศรีสุพรรณ ส่งข้อมูลจำนวนจิตอาสาค่ะ", A("O5", "KSS", "text + file"))
C.file("15:10", "KSS_V", "โคกศรีฯ จิตอาสา 31 พค.pdf")
C.t("16:30", "VOL1",
    "ปลัดมานพ อ.อากาศอำนวย / ปลัดสมคิด อ.บ้านม่วง ครับ ผมยังรอแผนลงแขกดำนาของสองอำเภอนะครับ "
    "กำหนดวันนี้ครับ 🙏",
    N("reminder of O4 by name, to the two districts that have not answered: no new duty"), reply="O4")
C.t("16:41", "BMG_D", "ขอส่งพรุ่งนี้เช้านะครับ ยังไม่ได้ข้อสรุปกับ อบต. ครับ",
    N("a promise: not the plan O4 asks for (บ้านม่วง sends it on Friday, late)"))
C.t("17:05", "PPN_V", "ภูพาน ข้อมูลจิตอาสา ณ ๓๑ พ.ค. ๖๙ ค่ะ\nพัฒนา ๑,๘๗๐ / ภัยพิบัติ ๑๓๖ / เฉพาะกิจ ๕๕",
    A("O5", "PPN", "text"))
C.t("18:20", "CRS_V", "เจริญศิลป์ครับ พัฒนา 2,455 คน ภัยพิบัติ 201 คน เฉพาะกิจ 88 คน", A("O5", "CRS", "text"))
C.t("20:45", "AKA_V", "อากาศฯ ส่งตัวเลขจิตอาสาค่ะ ตามไฟล์", A("O5", "AKA", "text + file"),
    N("อากาศอำนวย answers O5 (figures); it still owes O4's planting plan, which this file does not answer"))
C.file("20:45", "AKA_V", "อากาศอำนวย_จำนวนจิตอาสา.xlsx")
C.t("22:15", "TNY_C", "เต่างอยพายุเข้าครับ ไฟดับทั้งอำเภอ ต้นไม้ล้มทับบ้าน ๒ หลัง ยังไม่มีผู้บาดเจ็บครับ",
    N("a night incident notice by a district chief: information, not an answer to any order"))
C.t("22:24", "PALAD", "รับทราบครับ ระวังความปลอดภัยเจ้าหน้าที่ด้วยครับ")

# =====================================================================================================
C.day(12)  # Friday
C.t("06:55", "TNY_D",
    "เต่างอย สรุปเหตุเมื่อคืนครับ บ้านเสียหาย ๑๑ หลัง ต.บึงทวาย ต.จันทร์เพ็ญ ต้นไม้ล้ม ๙ จุด "
    "จิตอาสาภัยพิบัติเข้าเคลียร์ถนนตั้งแต่ตี ๕ ครับ",
    N("a storm summary before any order asks for one (O6 comes at 09:20): information, answers no duty"))
C.photos("06:56", "TNY_D", 3)
C.t("07:30", "SDW_D", "ส่องดาว ข้อมูลจิตอาสาครับ พัฒนา ๑,๕๔๐ ภัยพิบัติ ๑๒๒ เฉพาะกิจ ๔๐ ครับ", A("O5", "SDW", "text"))
C.t("08:20", "BMG_D",
    "บ้านม่วง แจ้งแผนลงแขกดำนาครับ วันที่ ๑๙ มิ.ย. ๖๙ ณ บ้านหนองแวง ต.ดงเหนือ จิตอาสา ๖๐ คน ๘ ไร่ ครับ",
    A("O4", "BMG", "text"), reply="O4")
C.t("08:45", "PKN_D", "พังโคน จิตอาสาพัฒนา ๒,๖๐๔ / ภัยพิบัติ ๑๘๘ / เฉพาะกิจ ๗๐ ครับ", A("O5", "PKN", "text"),
    N("report by the coordinating deputy: counts for พังโคน"))
o6 = C.t("09:20", "VOL2",
         "เรียน ศอ.จอส.อำเภอทุกอำเภอค่ะ\nขอให้รายงานผลการปฏิบัติงานจิตอาสาประจำสัปดาห์ (๘-๑๒ มิ.ย. ๖๙) "
         "รวมถึงการช่วยเหลือผู้ประสบวาตภัย พร้อมภาพถ่าย ๒-๓ ภาพ ภายในวันจันทร์ที่ ๑๕ มิ.ย. ๖๙ ก่อนเที่ยงนะคะ "
         "เพื่อสรุปเสนอท่านผู้ว่าฯ ค่ะ 🙏",
         N("O6: the centre's order to all districts; its deadline falls after the log ends"),
         key="O6")
ORDERS["O6"] = dict(
    msg=o6, districts=ALL, deadline=dl(15, 12, 0), topic="the week's volunteer work incl. storm relief, with photos",
    why="\"ภายในวันจันทร์ที่ ๑๕ มิ.ย. ๖๙ ก่อนเที่ยง\": 12:00 on Monday 15 June, after the log ends; districts that have not answered are not-due.",
    expect=dict(MUE="on-time", KUS="on-time", KUD="not-due", PHN="not-due", PKN="on-time", WRC="not-due",
                NKN="not-due", WNN="on-time", KTK="not-due", BMG="not-due", AKA="not-due", SWD="on-time",
                SDW="not-due", TNY="on-time", KSS="not-due", CRS="not-due", PNK="not-due", PPN="on-time"))
C.t("09:22", "KUD_C", "รับทราบค่ะ", reply="O6")
C.t("09:25", "WNN_C", "รับทราบครับ")
C.stk("09:26", "MUE_X2")
C.t("09:40", "WNN_V", "วานรนิวาส จิตอาสาพัฒนา ๔,๑๐๒ ภัยพิบัติ ๓๑๐ เฉพาะกิจ ๑๒๕ ค่ะ", A("O5", "WNN", "text"))
C.photos("10:05", "KUS_V", 3, A("O6", "KUS", "photos alone"),
         N("photos alone after O6, which asks for photos: a report for กุสุมาลย์ (it never sends O5's figures)"))
C.t("10:30", "KTK_V", "คำตากล้าค่ะ จิตอาสาพัฒนา 1,980 ภัยพิบัติ 145 เฉพาะกิจ 61", A("O5", "KTK", "text"))
C.photos("11:30", "PKN_V", 2, A("O6", "PKN", "photos alone"), N("photos alone after O6: a report for พังโคน"))
C.t("12:05", "VOL2", "ขอบคุณค่ะ 🙏")
C.t("13:00", "VOL2",
    "แจ้งตามกำหนดเวลานะคะ ข้อมูลจำนวนจิตอาสา ณ ๓๑ พ.ค. ครบกำหนดบ่ายสามโมงวันนี้ค่ะ ยังขาด "
    "กุสุมาลย์ พรรณานิคม สว่างแดนดิน เต่างอย โพนนาแก้ว ค่ะ",
    N("reminder of O5 (ตามกำหนดเวลา … ยังขาด): no new duty"))
C.t("13:20", "TNY_D",
    "เต่างอย รายงานผลการปฏิบัติงานจิตอาสาสัปดาห์นี้ครับ ช่วยผู้ประสบวาตภัย ๑๑ หลัง ตัดต้นไม้ ๙ จุด "
    "พัฒนาวัด ๒ แห่ง ครับ",
    A("O6", "TNY", "text + photos"),
    N("เต่างอย answers O6 (the week's work); it still owes O5's figures, which this report does not carry"))
C.photos("13:21", "TNY_D", 3)
C.t("14:45", "MUE_X1", "ผลการปฏิบัติงานจิตอาสา อ.เมืองสกลนคร สัปดาห์ที่ ๒ มิ.ย. ๖๙ ครับ", A("O6", "MUE", "text + file + photos"),
    N("report by an ordinary deputy of เมืองสกลนคร: a district person, counts"))
C.file("14:45", "MUE_X1", "ผลงาน จอส. อ.เมือง 8-12 มิย.pdf")
C.photos("14:46", "MUE_X1", 3)
C.t("14:58", "SDW_V", "ส่องดาวส่งเพิ่มเติมค่ะ ไฟล์จำนวนจิตอาสาแยกรายตำบลค่ะ",
    N("a second piece from ส่องดาว after its O5 answer at 07:30: no new duty"))
C.file("14:58", "SDW_V", "ส่องดาว_แยกตำบล.xlsx")
C.t("16:05", "PHN_V", "พรรณานิคม ข้อมูลจิตอาสา ณ ๓๑ พ.ค. ค่ะ ขออภัยเกินเวลาค่ะ 🙏", A("O5", "PHN", "text + file"))
C.file("16:05", "PHN_V", "พรรณานิคม จำนวน จอส.xlsx")
C.t("16:20", "WNN_V", "วานรนิวาส ผลงานจิตอาสาสัปดาห์นี้ค่ะ ช่วยดำนาผู้สูงอายุ ๓ ราย ซ่อมหลังคาบ้าน ๔ หลัง", A("O6", "WNN", "text + photos"))
C.photos("16:21", "WNN_V", 3)
C.t("17:00", "PALAD",
    "ขอบคุณทุกอำเภอที่ช่วยกันทั้งสัปดาห์ครับ อำเภอที่ยังไม่ได้รายงานจำนวนจิตอาสา ขอให้ส่งโดยด่วน "
    "เพราะต้องใช้ประกอบการตรวจสัปดาห์หน้าครับ เสาร์อาทิตย์ระวังพายุด้วยครับ 🙏",
    N("thanks and a reminder (อำเภอที่ยังไม่ได้รายงาน … โดยด่วน) of O5: no new duty"))
C.t("17:30", "SWD_D", "สว่างแดนดิน ข้อมูลจิตอาสาครับ พัฒนา ๔,๖๗๐ ภัยพิบัติ ๓๓๕ เฉพาะกิจ ๑๔๐ ครับ ขออภัยครับ", A("O5", "SWD", "text"))
C.t("17:36", "SWD_V", "ผลการปฏิบัติงานจิตอาสา สว่างแดนดิน สัปดาห์นี้ครับ", A("O6", "SWD", "text + photos"))
C.photos("17:37", "SWD_V", 2)
C.leave("18:10", "KSS_V", N("an eligible member (the district volunteer officer of โคกศรีสุพรรณ) leaving: no finding"))
C.invite("18:12", "KSS_D", "KSS_V", N("eligible invitee: the district volunteer officer re-added by her district's coordinating deputy (new phone)"))
C.t("18:15", "KSS_V", "ขอบคุณปลัดบัญชาค่ะ เปลี่ยนเครื่องใหม่ค่ะ 😅")
C.t("19:55", "PPN_C",
    "ภูพานรายงานผลงานจิตอาสาสัปดาห์นี้ครับ ช่วยเหลือวาตภัย ต.สร้างค้อ ๖ หลัง ลงแขกดำนา ๑ ครั้ง ครับ 🏞",
    A("O6", "PPN", "text + photos"), N("report by the district chief himself: a district person, counts"))
C.photos("19:56", "PPN_C", 3)
C.t("20:38", "VOL2", "ขอบคุณค่ะท่าน 🙏 ทุกอำเภอพักผ่อนวันหยุดนะคะ",
    N("the centre's thanks; the last message of the whole log (missing answers are judged here)"))
