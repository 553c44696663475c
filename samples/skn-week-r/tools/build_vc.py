# ศอ.จอส.จว.สน. — volunteer-centre.jsonl
from lib import m, photos, at, name, PK, DNAME, DISTRICTS
F = "volunteer-centre.jsonl"
ALL = [k for k, _ in DISTRICTS]
THAI_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(n):
    return str(n).translate(THAI_DIG)

VILLAGE = dict(mueang="บ้านดงมะไฟ", kusuman="บ้านโพนงาม", kutbak="บ้านนาม่อง", phanna="บ้านพอกน้อย", phangkhon="บ้านไฮหย่อง",
    warit="บ้านปลาโหล", nikhom="บ้านหนองบัวสิม", wanon="บ้านคอนสวรรค์", khamta="บ้านแพด", banmuang="บ้านดงหม้อทอง",
    akat="บ้านโพนงาม", sawang="บ้านหนองหลวง", songdao="บ้านปทุมวาปี", taongoi="บ้านบึงทวาย", khoksri="บ้านเหล่าโพนค้อ",
    charoen="บ้านทุ่งแก", phonna="บ้านนาตงวัฒนา", phuphan="บ้านโคกภู")
WATER = dict(mueang="หนองหาร บริเวณสวนสาธารณะสระพังทอง", kusuman="หนองน้ำสาธารณะบ้านนาโพธิ์", kutbak="อ่างเก็บน้ำห้วยนาม่อง",
    phanna="หนองสนม", phangkhon="หนองน้ำบ้านไฮหย่อง", warit="ลำน้ำยาม บ้านปลาโหล", nikhom="อ่างเก็บน้ำน้ำอูน",
    wanon="หนองบึงบ้านคอนสวรรค์", khamta="ลำน้ำสงคราม ท่าเรือบ้านแพด", banmuang="หนองบ่อบ้านดงหม้อทอง", akat="ลำน้ำสงคราม บ้านอากาศ",
    sawang="หนองหลวง", songdao="ลำน้ำพุง", taongoi="เขื่อนน้ำพุง จุดชมวิว", khoksri="หนองแวงบ้านเหล่าโพนค้อ",
    charoen="หนองน้ำบ้านทุ่งแก", phonna="ริมหนองหาร บ้านนาตงวัฒนา", phuphan="อ่างเก็บน้ำห้วยโคกภู")
IDX = {k: i for i, k in enumerate(ALL)}
def num(d, a, b, salt=0):
    return a + (IDX[d] * 37 + salt * 11) % (b - a + 1)

ORDERS = {}   # key -> dict(msg, districts, deadline, how)
DUTY = []     # (order, district, state, answer_msg or None, note)

def sender(d, role):
    if role == "dep":
        return "dep_%s_1" % d
    if role == "vol" and ("vol_" + d) not in PK:
        return "coord_" + d
    return role + "_" + d

def answer(order, d, t, role, form, state, text, stamp, kw=None, photos_n=2, fname=None, note=""):
    kw = dict(kw or {})
    who = sender(d, role)
    first = None
    if form in ("t", "r", "tp", "rp", "f", "rf"):
        reply = order if form[0] == "r" else None
        first = m(F, t, who, "text", text, reply=reply, **kw)
        if form in ("tp", "rp"):
            photos(F, at(t, 40), who, photos_n, stamp, **kw)
        if form in ("f", "rf"):
            m(F, at(t, 30), who, "file", att=fname, **kw)
    elif form == "p":
        first = photos(F, t, who, photos_n, stamp, **kw)[0]
    elif form == "pc":
        first = photos(F, t, who, photos_n, stamp, **kw)[0]
        m(F, at(t, 20 * photos_n + 15), who, "text", text, **kw)
    elif form == "fo":
        first = m(F, t, who, "file", att=fname, **kw)
    DUTY.append((order, d, state, first, note))
    if state == "late":
        first["_truth"].append(("SKN-5O", DNAME[d], "late", "first answer to %s after the deadline" % order))
    return first

def order(key, t, who, text, att_kind, stamp, districts, deadline, how, n_img=2, reply=None):
    o = m(F, t, who, "text", text, key=key, reply=reply,
          nm="order of the provincial volunteer centre (%s), allowed; creates duties" % ("palad" if who == "palad" else "province-level volunteer officer"))
    if att_kind == "img":
        photos(F, at(t, 50), who, n_img, stamp)
    elif att_kind == "pdf":
        m(F, at(t, 45), who, "file", att="%s.pdf" % stamp)
    ORDERS[key] = dict(msg=o, districts=districts, deadline=deadline, how=how)
    return o

def missing(order_key, d, note=""):
    DUTY.append((order_key, d, "missing", None, note))
    o = ORDERS[order_key]["msg"]
    o["_truth"].append(("SKN-5O", DNAME[d], "missing", "no report by the end of the log"))

def notdue(order_key, d):
    DUTY.append((order_key, d, "not-due", None, "deadline after the end of the log, no answer yet"))

# ---------------------------------------------------------------- Monday 10 Nov
m(F, "10 06:42", "pv2", "text", "อรุณสวัสดิ์วันจันทร์ครับ ☀️ ช่วงนี้อากาศเริ่มเย็นตอนเช้า ดูแลสุขภาพกันด้วยนะครับทุกท่าน")
m(F, "10 06:43", "pv2", "sticker", att="sticker_good_morning_sunflower")
m(F, "10 07:05", "vol_nikhom", "text", "สวัสดีวันจันทร์ค่ะ 🌼")
m(F, "10 07:31", "coord_kusuman", "sticker", att="sticker_sawasdee_monk_bow")
O1 = order("O1", "10 09:05:00", "pv1",
    "📢 ศอ.จอส.จว.สน. แจ้งทุกอำเภอ\n"
    "ตามที่จังหวัดสกลนครได้จัดงานประเพณีลอยกระทง ประจำปี ๒๕๖๘ เมื่อวันที่ ๕ พ.ย. ๖๘ และอำเภอได้จัดกิจกรรมจิตอาสาเก็บกระทงและทำความสะอาดแหล่งน้ำสาธารณะหลังเทศกาลไปแล้วนั้น\n"
    "จึงขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ รายงานผลการดำเนินกิจกรรม (วันที่ สถานที่ จำนวนจิตอาสา ปริมาณกระทง/ขยะที่จัดเก็บ) พร้อมภาพถ่ายกิจกรรม ๒-๓ ภาพ ทางกลุ่มนี้ ภายใน ๒๔ ชม. ครับ\n"
    "รายละเอียดตามหนังสือที่แนบ 🙏",
    "img", "20251110_ORDER_loykrathong", ALL, "2025-11-11T09:05:00+07:00",
    "'ภายใน ๒๔ ชม.' counted from the order's time, Mon 10 Nov 09:05:00 + 24 h")
m(F, "10 09:08", "coord_phanna", "text", "รับทราบครับ")
m(F, "10 09:09", "vol_taongoi", "text", "รับทราบครับผม จะรวบรวมภาพส่งครับ",
  nm="ack by เต่างอย's volunteer officer before the deadline: an acknowledgement is not a report, so it does not answer O1 (เต่างอย is late)")
m(F, "10 09:10", "vol_wanon", "sticker", att="sticker_ok_thumbs_up")
m(F, "10 09:12", "chief_nikhom", "text", "ทราบครับ 🙏")

# Monday reports to O1
def o1text(d, i):
    n, k = num(d, 25, 140), num(d, 80, 900, 3)
    w = WATER[d]
    forms = [
        "รายงานผลกิจกรรมจิตอาสาเก็บกระทงและทำความสะอาดแหล่งน้ำ อ.%s\nวันที่ ๙ พ.ย. ๖๘ ณ %s\nจิตอาสา %s คน เก็บกระทงและขยะได้ประมาณ %s กก. ครับ" % (DNAME[d], w, th(n), th(k)),
        "ศอ.จอส.อ.%s ขอรายงานผลการเก็บกระทงหลังวันลอยกระทง ที่%s มีจิตอาสาร่วม %d คน จัดเก็บกระทงได้ %d ใบ ดำเนินการเรียบร้อยแล้วค่ะ" % (DNAME[d], w, n, k),
        "อ.%s รายงานครับ 🙏 กิจกรรมทำความสะอาด%s หลังงานลอยกระทง จิตอาสาพระราชทานร่วมกับ อปท. และชาวบ้าน รวม %d คน ขยะ/กระทง %d กก." % (DNAME[d], w, n, k),
    ]
    return forms[i % 3]

answer("O1", "mueang", "10 10:12:30", "vol", "tp", "on-time", o1text("mueang", 0), "loy_mueang", photos_n=3)
answer("O1", "kusuman", "10 10:40:10", "vol", "p", "on-time", None, "loy_kusuman", photos_n=3,
       note="photos alone after an order that asks for photos")
answer("O1", "kutbak", "10 11:05:00", "coord", "t", "on-time", o1text("kutbak", 1), None,
       note="report by the coordinating deputy")
answer("O1", "sawang", "10 11:50:40", "vol", "tp", "on-time", o1text("sawang", 2), "loy_sawang")
m(F, "10 12:02", "pv1", "text", "ขอบคุณ อ.เมืองสกลนคร อ.กุสุมาลย์ อ.กุดบาก อ.สว่างแดนดิน ที่รายงานครับ 🙏")
answer("O1", "phanna", "10 13:20:00", "vol", "tp", "on-time", o1text("phanna", 0), "loy_phanna")

O2 = order("O2", "10 13:40:00", "pv2",
    "เรียน นอภ.พังโคน นอภ.วาริชภูมิ นอภ.สว่างแดนดิน และ นอภ.บ้านม่วง\n"
    "ศอ.จอส.จว.สน. ขอให้อำเภอรายงานผลการดำเนินงานจิตอาสาพระราชทานฟื้นฟูพื้นที่หลังน้ำลด (ล้างทำความสะอาดบ้านเรือน วัด โรงเรียน ขนย้ายขยะ) "
    "โดยระบุจำนวนจิตอาสาและจำนวนครัวเรือน/สถานที่ที่ได้รับการช่วยเหลือ ภายในเวลา ๑๖.๓๐ น. วันนี้ เพื่อจังหวัดจะได้สรุปเรียนท่านผู้ว่าฯ ในการประชุมพรุ่งนี้เช้าครับ",
    None, None, ["phangkhon", "warit", "sawang", "banmuang"], "2025-11-10T16:30:00+07:00",
    "'ภายในเวลา ๑๖.๓๐ น. วันนี้' = Mon 10 Nov 16:30; addressed to four districts in the salutation")
answer("O1", "charoen", "10 14:30:00", "coord", "tp", "on-time", o1text("charoen", 1), "loy_charoen",
       note="the coordinating deputy who is also the district volunteer officer (two roles)")
answer("O1", "phangkhon", "10 15:02:00", "dep", "tp", "on-time", o1text("phangkhon", 2), "loy_phangkhon",
       note="report by an ordinary deputy district chief")
def o2text(d, i):
    h, s, n = num(d, 40, 260), num(d, 2, 9, 1), num(d, 30, 180, 2)
    forms = [
        "อ.%s รายงานจิตอาสาฟื้นฟูหลังน้ำลด วันนี้ล้างทำความสะอาดบ้านเรือน %d หลังคาเรือน วัด/โรงเรียน %d แห่ง จิตอาสา %d คน ครับ" % (DNAME[d], h, s, n),
        "รายงานครับ อ.%s จิตอาสาพระราชทานร่วมกับ อส. และ อปท. ฟื้นฟูหลังน้ำลด ช่วยเหลือ %s ครัวเรือน ทำความสะอาด %s แห่ง ใช้กำลังจิตอาสา %s คน" % (DNAME[d], th(h), th(s), th(n)),
    ]
    return forms[i % 2]
answer("O2", "phangkhon", "10 15:40:20", "coord", "t", "on-time", o2text("phangkhon", 0), None,
       kw=dict(disp="ปลัดเอ็ม  พังโคน", sid=False),
       note="sent as 'ปลัดเอ็ม  พังโคน' (two spaces): the roster's ปลัดเอ็ม พังโคน")
answer("O2", "sawang", "10 16:05:00", "chief", "r", "on-time", o2text("sawang", 1), None, note="reply to the order, by the chief")
answer("O2", "warit", "10 16:29:30", "vol", "tp", "on-time", o2text("warit", 0), "flood_warit",
       note="thirty seconds before the deadline")
answer("O1", "warit", "10 16:45:00", "vol", "pc", "on-time", "กิจกรรมเก็บกระทง ลำน้ำยาม อ.วาริชภูมิ ครับ 🙏", "loy_warit",
       note="photos first, then a short caption")
answer("O2", "banmuang", "10 17:12:00", "vol", "t", "late", o2text("banmuang", 1), None)
answer("O1", "nikhom", "10 17:30:00", "chief", "r", "on-time", o1text("nikhom", 1), None, note="reply to the order, by the chief")
m(F, "10 17:34", "pv2", "text", "ขอบคุณครับ อ.นิคมน้ำอูน 🙏")
answer("O1", "wanon", "10 19:10:00", "vol", "tp", "on-time", o1text("wanon", 2), "loy_wanon")
answer("O1", "phuphan", "10 20:05:00", "coord", "p", "on-time", None, "loy_phuphan", photos_n=3,
       note="photos alone, by the coordinating deputy who is also the volunteer officer")
m(F, "10 20:07", "coord_phuphan", "sticker", att="sticker_thank_you_bow")

# ---------------------------------------------------------------- Tuesday 11 Nov
m(F, "11 06:50", "vol_sawang", "text", "อรุณสวัสดิ์วันอังคารค่ะ 🌤️")
answer("O1", "khamta", "11 07:40:00", "coord", "tp", "on-time", o1text("khamta", 0), "loy_khamta")
m(F, "11 08:00:00", "pv1", "text",
  "ย้ำครับ อำเภอที่ยังไม่ได้รายงานผลกิจกรรมเก็บกระทงตามข้อสั่งการเมื่อวาน ขอให้รายงานภายในเวลาที่กำหนด (๐๙.๐๕ น. วันนี้) ครับ",
  reply="O1", nm="reminder of O1 (ย้ำ, reply to the order): no new duty")
answer("O1", "banmuang", "11 08:10:00", "vol", "p", "on-time", None, "loy_banmuang", photos_n=2)
O3 = order("O3", "11 08:40:00", "pv1",
    "ด่วน ศอ.จอส.จว.สน.\nเรื่อง สำรวจความต้องการผ้าห่มกันหนาว ปี ๒๕๖๘\n"
    "ด้วยจังหวัดสกลนครร่วมกับเหล่ากาชาดจังหวัดและภาคเอกชน จัดโครงการ \"ปันความอุ่น สู่พี่น้องชาวสกล\" รับบริจาคผ้าห่มกันหนาวเพื่อมอบให้กลุ่มเปราะบาง\n"
    "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ สำรวจจำนวนผู้สูงอายุที่อยู่ลำพัง ผู้พิการ และผู้ป่วยติดเตียงที่ต้องการผ้าห่ม แยกรายตำบล ตามแบบที่แนบ แล้วรายงานในกลุ่มนี้ ภายในวันที่ ๑๓ พ.ย. ๖๘ ครับ",
    "pdf", "แบบสำรวจผ้าห่มกันหนาว_2568", ALL, "2025-11-13T23:59:59+07:00",
    "'ภายในวันที่ ๑๓ พ.ย. ๖๘' = to the end of Thu 13 Nov (23:59:59)")
answer("O1", "akat", "11 08:55:00", "vol", "tp", "on-time", o1text("akat", 1), "loy_akat",
       kw=dict(disp="นายสุริยา ทองมา"), note="sent as 'นายสุริยา ทองมา' (title นาย): the roster's สุริยา ทองมา")
answer("O1", "songdao", "11 09:04:20", "chief", "tp", "on-time", o1text("songdao", 2), "loy_songdao",
       note="forty seconds before the deadline, by the chief")
m(F, "11 09:20", "coord_warit", "text", "รับทราบครับ แบบสำรวจผ้าห่มจะแจ้งทุกตำบลครับ")
m(F, "11 09:22", "vol_kutbak", "sticker", att="sticker_salute")
answer("O1", "taongoi", "11 10:15:00", "vol", "tp", "late", o1text("taongoi", 0), "loy_taongoi")
m(F, "11 10:40", "coord_khoksri", "text", "ขออภัยครับ อ.โคกศรีสุพรรณ กำลังรวบรวมภาพจากตำบล จะรายงานภายในวันนี้ครับ",
  nm="a promise to report, not a report: โคกศรีสุพรรณ is still unanswered for O1 here")
m(F, "11 11:30:00", "pv2", "text",
  "สรุปการรายงานผลกิจกรรมเก็บกระทง (ข้อสั่งการวันที่ ๑๐ พ.ย.) รายงานแล้ว ๑๖ อำเภอ\n"
  "อำเภอที่ยังไม่ได้รายงาน ได้แก่ อ.โคกศรีสุพรรณ อ.โพนนาแก้ว ขอให้เร่งรัดรายงานด่วนครับ",
  nm="province-level volunteer officer's summary with a reminder (อำเภอที่ยังไม่ได้รายงาน, เร่งรัด): the provincial centre's own follow-up, not a report by a non-district person and not a new duty")
answer("O3", "kusuman", "11 14:20:00", "vol", "t", "on-time",
       "แบบสำรวจผ้าห่ม อ.กุสุมาลย์ ค่ะ\nผู้สูงอายุอยู่ลำพัง ๑๑๒ ราย\nผู้พิการ ๔๕ ราย\nผู้ป่วยติดเตียง ๑๘ ราย\nรวม ๑๗๕ ราย", None)
m(F, "11 13:05", "chief_mueang", "text",
  "ขอให้ทุกอำเภอส่งภาพกิจกรรมเก็บกระทงที่ดีที่สุดอำเภอละ ๑ ภาพ ให้ อ.เมืองสกลนคร ภายในพรุ่งนี้ เพื่อรวบรวมทำวีดิทัศน์นำเสนอท่านผู้ว่าฯ ครับ",
  truth=[("SKN-5P", name("chief_mueang"), "", "a district chief directs all districts in the volunteer-centre group; only the provincial centre gives orders here")])
answer("O1", "khoksri", "11 13:40:00", "coord", "t", "late", o1text("khoksri", 2), None)
m(F, "11 15:20:00", "pv2", "text",
  "แจ้งเพื่อทราบครับ 📌 งาน OTOP สกลนคร ประจำปี ๒๕๖๘ ระหว่างวันที่ ๒๑-๒๗ พ.ย. ๖๘ ณ สนามกีฬากลางจังหวัด\n"
  "ศอ.จอส.จว.สน. จะตั้งจุดบริการจิตอาสา (น้ำดื่ม ปฐมพยาบาล จัดจราจร) ตามตารางเวรที่แนบ เวรของแต่ละอำเภอจังหวัดจัดให้แล้ว อำเภอไม่ต้องรายงานครับ",
  key="O4", nm="information-only order (แจ้งเพื่อทราบ, ไม่ต้องรายงาน): no duty")
m(F, "11 15:21", "pv2", "image", att="IMG_20251111_OTOP_duty_roster_01.jpg")
m(F, "11 15:30", "coord_khoksri", "system", ev="invite", target=name("vol_khoksri"),
  nm="invitation of the district's new volunteer officer, who is on the roster and admitted (volunteer_center_staff)")
m(F, "11 15:33", "vol_khoksri", "text", "สวัสดีค่ะ ณัฐธิดา จอส.อ.โคกศรีสุพรรณ ฝากเนื้อฝากตัวด้วยค่ะ 🙏")
m(F, "11 15:35", "pv1", "text", "ยินดีต้อนรับครับ")
answer("O3", "nikhom", "11 16:10:00", "vol", "r", "on-time",
       "อ.นิคมน้ำอูน สำรวจแล้วค่ะ ผู้สูงอายุอยู่ลำพัง 64 ราย ผู้พิการ 21 ราย ผู้ป่วยติดเตียง 9 ราย รวม 94 ราย รายละเอียดรายตำบลตามแบบค่ะ", None)
m(F, "11 18:10", "vol_banmuang", "system", ev="rename", target="ปวีณา บ้านม่วง ❄️")
m(F, "11 20:35", "vol_phonna", "text", "ขออภัยค่ะ อ.โพนนาแก้ว ภาพกิจกรรมเก็บกระทงหายจากเครื่องค่ะ 😢 กำลังขอจากตำบลใหม่",
  nm="an excuse, not a report: โพนนาแก้ว never answers O1 (missing)")

# ---------------------------------------------------------------- Wednesday 12 Nov
m(F, "12 06:30", "pv1", "text", "อรุณสวัสดิ์ครับ วันพุธ 🌾 ฤดูเก็บเกี่ยวข้าวแล้ว จิตอาสาทุกอำเภอสู้ๆ ครับ")
answer("O3", "phonna", "12 08:20:00", "vol", "r", "on-time",
       "ส่งแบบสำรวจผ้าห่ม อ.โพนนาแก้ว ค่ะ รวม ๑๓๒ ราย (ผู้สูงอายุ ๘๐ / ผู้พิการ ๓๗ / ติดเตียง ๑๕)", None)
O5 = order("O5", "12 08:50:00", "pv1",
    "ศอ.จอส.จว.สน. แจ้งทุกอำเภอครับ\n"
    "ช่วงนี้เข้าสู่ฤดูเก็บเกี่ยวข้าวนาปี ขอให้ ศอ.จอส.อำเภอ จัดจิตอาสาพระราชทานลงพื้นที่ช่วยเกี่ยวข้าวให้ผู้สูงอายุ ผู้พิการ และครัวเรือนที่ขาดแรงงาน อย่างน้อยอำเภอละ ๑ จุด\n"
    "แล้วรายงานผล (สถานที่ จำนวนครัวเรือน พื้นที่ จำนวนจิตอาสา) พร้อมภาพถ่ายกิจกรรม ก่อนเที่ยงวันพรุ่งนี้ ครับ 🌾",
    "img", "20251112_ORDER_harvest", ALL, "2025-11-13T12:00:00+07:00",
    "'ก่อนเที่ยงวันพรุ่งนี้' from an order of Wed 12 Nov = Thu 13 Nov 12:00", n_img=3)
m(F, "12 08:53", "coord_songdao", "text", "รับทราบครับผม 🙏")
m(F, "12 08:54", "vol_mueang", "text", "รับทราบค่ะ")
m(F, "12 08:55", "vol_phangkhon", "sticker", att="sticker_ok_rabbit")
m(F, "12 09:02", "vol_warit", "text", "สอบถามครับ กิจกรรมช่วยเกี่ยวข้าวที่ทำไปเมื่อวันเสาร์ที่ผ่านมา นำมารายงานได้ไหมครับ หรือต้องทำใหม่ในสัปดาห์นี้",
  nm="a district volunteer officer's question in the volunteer-centre group: questions are not restricted here")
m(F, "12 09:06", "pv1", "text", "ได้ครับ ถ้าทำภายในเดือนนี้รายงานได้เลยครับ", reply=None)
answer("O3", "sawang", "12 09:15:00", "vol", "f", "on-time", "ส่งแบบสำรวจผ้าห่มกันหนาว อ.สว่างแดนดิน ค่ะ", None,
       fname="แบบสำรวจผ้าห่ม_อ.สว่างแดนดิน.xlsx")
answer("O3", "mueang", "12 10:00:00", "coord", "f", "on-time", "แบบสำรวจผ้าห่ม อ.เมืองสกลนคร ครับ รวม ๓๔๑ ราย รายละเอียดตามไฟล์", None,
       fname="สำรวจผ้าห่ม_เมืองสกลนคร_68.pdf")
m(F, "12 10:30", "h_tsj", "text",
  "ทสจ.สน. ขอรายงานผลกิจกรรมจิตอาสาปลูกต้นไม้และทำฝายชะลอน้ำ บ้านห้วยยาง อ.เมืองสกลนคร เมื่อวันที่ ๘ พ.ย. ๖๘ จิตอาสาร่วม ๑๒๐ คน ปลูกต้นไม้ ๕๐๐ ต้น ฝาย ๓ จุด ครับ",
  truth=[("SKN-5", name("h_tsj"), "", "agency head is not admitted to the volunteer-centre group (first appearance)"),
         ("SKN-5P", name("h_tsj"), "", "a report by someone who is not one of a district's people")])
photos(F, "12 10:31", "h_tsj", 2, "tsj_fai")
answer("O3", "phangkhon", "12 11:00:00", "vol", "t", "on-time",
       "อ.พังโคน รายงานผลสำรวจความต้องการผ้าห่ม ๒๐๘ ราย (ผู้สูงอายุ ๑๔๐ ผู้พิการ ๕๑ ติดเตียง ๑๗) ค่ะ", None)
answer("O3", "khamta", "12 13:05:00", "vol", "f", "on-time", "ส่งแบบสำรวจผ้าห่มครับ อ.คำตากล้า", None,
       fname="ผ้าห่ม_คำตากล้า.xlsx")
O6 = order("O6", "12 13:15:00", "palad",
    "ขอให้ อ.กุดบาก อ.ภูพาน อ.ส่องดาว และ อ.เต่างอย ซึ่งมีพื้นที่ติดเขตป่าเทือกเขาภูพาน เตรียมจิตอาสาพระราชทานร่วมกับหน่วยป้องกันรักษาป่า ทำแนวกันไฟก่อนเข้าฤดูแล้ง\n"
    "โดยรายงานจำนวนจิตอาสาและรายชื่อผู้ประสานงานระดับตำบล ภายใน 12.00 น. ของวันที่ 14 พ.ย. 68 ครับ",
    None, None, ["kutbak", "phuphan", "songdao", "taongoi"], "2025-11-14T12:00:00+07:00",
    "'ภายใน 12.00 น. ของวันที่ 14 พ.ย. 68' = Fri 14 Nov 12:00; the provincial palad is the provincial centre; addressed to four districts")
m(F, "12 13:20", "chief_songdao", "text", "รับทราบครับท่าน")
m(F, "12 13:22", "chief_kutbak", "text", "รับทราบค่ะท่านปลัด")
answer("O5", "sawang", "12 14:00:00", "dep", "tp", "on-time",
       "รายงานผลจิตอาสาช่วยเกษตรกรเกี่ยวข้าว อ.สว่างแดนดิน ณ บ้านหนองหลวง ช่วยเกี่ยวข้าวให้ยายสมร (อายุ ๗๘ ปี อยู่ลำพัง) พื้นที่ ๔ ไร่ จิตอาสา ๓๕ คน ครับ",
       "harvest_sawang", photos_n=3)
answer("O5", "mueang", "12 15:10:00", "vol", "tp", "on-time",
       "อ.เมืองสกลนคร รายงานค่ะ จิตอาสาช่วยเกี่ยวข้าวบ้านดงมะไฟ ๓ ครัวเรือน ๙ ไร่ จิตอาสา ๔๒ คน", "harvest_mueang")
answer("O3", "kutbak", "12 15:30:00", "vol", "t", "on-time", "แบบสำรวจผ้าห่ม อ.กุดบาก รวม 77 ราย ครับ (ผู้สูงอายุ 50 ผู้พิการ 19 ติดเตียง 8)", None)
O7 = order("O7", "12 16:00:00", "pv2",
    "ศอ.จอส.จว.สน. จะจัดทำกลุ่มไลน์ผู้ประสานงานจิตอาสาระดับอำเภอใหม่ ขอให้ทุกอำเภอรายงานชื่อ-สกุล ตำแหน่ง และเบอร์โทรศัพท์ของผู้ประสานงานจิตอาสาอำเภอ ๑ คน ในกลุ่มนี้ครับ",
    None, None, ALL, "2025-11-13T16:00:00+07:00",
    "no deadline in the text: the default 24 hours from the order, Wed 12 Nov 16:00 -> Thu 13 Nov 16:00")
answer("O7", "mueang", "12 16:20:00", "coord", "t", "on-time", "ผู้ประสานงานจิตอาสา อ.เมืองสกลนคร: นางสาวอรอุมา ทองคำ จพง.ปกครอง โทร 081-204-5512 ครับ", None)
answer("O5", "kusuman", "12 16:30:00", "coord", "tp", "on-time",
       "อ.กุสุมาลย์ รายงานผลครับ ช่วยเกี่ยวข้าวครัวเรือนผู้พิการ บ้านโพนงาม ๒ ครัวเรือน ๕ ไร่ จิตอาสา ๒๘ คน", "harvest_kusuman")
answer("O7", "kusuman", "12 16:45:00", "vol", "t", "on-time", "กุสุมาลย์ค่ะ ผู้ประสานงาน นางสาวจิราพร สุขเจริญ 089-771-2035", None)
answer("O3", "charoen", "12 16:40:00", "coord", "t", "on-time", "อ.เจริญศิลป์ สำรวจผ้าห่มรวม ๕๘ ราย ครับ รายตำบลตามแบบจะส่งไฟล์ตามครับ", None)
answer("O5", "taongoi", "12 17:00:00", "chief", "r", "on-time",
       "อ.เต่างอย ดำเนินการแล้วครับ จิตอาสาช่วยเกี่ยวข้าวบ้านบึงทวาย ๔ ครัวเรือน ๑๑ ไร่ จิตอาสา ๓๐ คน", None)
answer("O7", "kutbak", "12 17:10:00", "vol", "t", "on-time", "อ.กุดบาก: นายชยุต พรมมา 062-118-4470 ครับ", None)
answer("O5", "phanna", "12 17:45:00", "vol", "p", "on-time", None, "harvest_phanna", photos_n=3,
       note="photos alone after an order that asks for photos")
m(F, "12 17:48", "vol_phanna", "text", "🙏")
answer("O5", "wanon", "12 18:20:00", "vol", "pc", "on-time", "จิตอาสาช่วยเกี่ยวข้าว บ้านคอนสวรรค์ อ.วานรนิวาส ๒ ครัวเรือน ๖ ไร่ ครับ", "harvest_wanon")
m(F, "12 19:02", "dep_wanon_1", "text",
  "ขอให้ทุกอำเภอส่งรายชื่อจิตอาสาที่จะไปช่วยงาน OTOP วันที่ ๒๑ พ.ย. ให้ ปลัดกิต วานร ภายในคืนนี้ด้วยครับ จะรวมส่งจังหวัด",
  truth=[("SKN-5P", name("dep_wanon_1"), "", "an ordinary deputy district chief directs all districts: not the provincial centre")])
answer("O5", "phuphan", "12 19:30:00", "coord", "p", "on-time", None, "harvest_phuphan", photos_n=2)
m(F, "12 19:45", "pv2", "text", "เรื่องรายชื่อช่วยงาน OTOP จังหวัดจัดเวรให้แล้วตามที่แจ้งเมื่อวานนะครับ อำเภอไม่ต้องส่งครับ")

# ---------------------------------------------------------------- Thursday 13 Nov
m(F, "13 06:15", "vol_nikhom", "text", "สุขสันต์วันเกิดพี่ณัฐ จอส.จังหวัดค่ะ 🎂🎉 ขอให้มีความสุข สุขภาพแข็งแรงนะคะ")
m(F, "13 06:20", "vol_sawang", "text", "HBD ค่ะพี่ณัฐ 🎂")
m(F, "13 06:31", "coord_kutbak", "sticker", att="sticker_happy_birthday_cake")
m(F, "13 07:02", "pv2", "text", "ขอบคุณทุกท่านมากครับ 🙏😊")
answer("O5", "kutbak", "13 08:00:00", "coord", "t", "on-time",
       "อ.กุดบาก รายงานครับ จิตอาสาช่วยเกี่ยวข้าวบ้านนาม่อง ๓ ครัวเรือน ๗ ไร่ จิตอาสา ๒๕ คน ภาพตามที่ส่งในกลุ่มอำเภอครับ", None,
       kw=dict(disp="Anucha K."), note="display name 'Anucha K.' is not on the roster, but the LINE user id is the coordinating deputy of กุดบาก")
answer("O7", "sawang", "13 08:30:00", "coord", "t", "on-time", "สว่างแดนดิน: นางเพ็ญศรี พรหมวงศ์ 093-450-2218", None)
answer("O7", "phanna", "13 08:40:00", "coord", "r", "on-time", "พรรณานิคม ครับ นางกาญจนา ศรีประเสริฐ 086-640-1190", None)
answer("O5", "akat", "13 08:45:00", "vol", "tp", "on-time",
       "อากาศอำนวย รายงานผลช่วยเกี่ยวข้าว บ้านโพนงาม ต.โพนงาม ๒ ครัวเรือน ๕ ไร่ จิตอาสา ๒๐ คน ครับ", "harvest_akat",
       kw=dict(disp="นายสุริยา ทองมา"))
m(F, "13 09:00:00", "pv1", "text",
  "เร่งรัด แบบสำรวจผ้าห่มกันหนาว ครบกำหนดภายในวันนี้ (๑๓ พ.ย. ๖๘) อำเภอที่ยังไม่ได้รายงาน ขอให้ส่งตามกำหนดเวลาครับ",
  nm="reminder of O3 (เร่งรัด, ตามกำหนดเวลา): no new duty")
answer("O7", "phangkhon", "13 09:00:40", "coord", "t", "on-time", "พังโคน: นางสาวพิมพ์ชนก ดวงดี 080-552-1477 ครับ", None)
answer("O5", "phangkhon", "13 09:10:00", "vol", "tp", "on-time",
       "อ.พังโคน ช่วยเกี่ยวข้าวครอบครัวผู้ป่วยติดเตียง บ้านไฮหย่อง ๖ ไร่ จิตอาสา ๔๐ คน ค่ะ", "harvest_phangkhon")
answer("O3", "phanna", "13 09:30:00", "vol", "f", "on-time", "แบบสำรวจผ้าห่ม อ.พรรณานิคม ค่ะ", None, fname="สำรวจผ้าห่ม_พรรณานิคม.xlsx")
answer("O5", "khoksri", "13 09:40:00", "coord", "tp", "on-time",
       "อ.โคกศรีสุพรรณ รายงานครับ ช่วยเกี่ยวข้าว บ้านเหล่าโพนค้อ ๓ ครัวเรือน จิตอาสา ๓๓ คน", "harvest_khoksri")
answer("O7", "phonna", "13 09:50:00", "coord", "t", "on-time", "โพนนาแก้ว: นางสาวอารีรัตน์ สุขสม 095-330-8841", None)
O8 = order("O8", "13 10:00:00", "pv1",
    "ขอให้ทุกอำเภอส่งแบบรายงานผลการดำเนินงานโครงการจิตอาสาพระราชทาน ประจำเดือนตุลาคม ๒๕๖๘ (แบบ จอส.๑) เป็นไฟล์ PDF ในกลุ่มนี้ ภายใน ๓ วัน ครับ",
    "pdf", "แบบ_จอส1_ต.ค.68", ALL, "2025-11-17T23:59:59+07:00",
    "'ภายใน ๓ วัน' from Thu 13 Nov: day 1 = Fri 14, day 2 = Sat 15, day 3 = Sun 16; the last day is a weekend day, so it moves to the next working day, Mon 17 Nov (end of day)")
answer("O5", "nikhom", "13 10:05:00", "coord", "tp", "on-time",
       "นิคมน้ำอูน รายงานผลช่วยเกี่ยวข้าว บ้านหนองบัวสิม ๒ ครัวเรือน ๔ ไร่ จิตอาสา ๒๒ คน ครับ", "harvest_nikhom")
answer("O3", "banmuang", "13 10:20:00", "vol", "t", "on-time",
       "อ.บ้านม่วง สำรวจผ้าห่มกันหนาวแล้วค่ะ ผู้สูงอายุ ๙๖ ผู้พิการ ๓๓ ติดเตียง ๑๒ รวม ๑๔๑ ราย", None,
       kw=dict(disp="ปวีณา บ้านม่วง ❄️", sid=False), note="sent under the new name given by the rename notice of 11 Nov")
answer("O7", "warit", "13 10:30:00", "coord", "t", "on-time", "วาริชภูมิ: นายวีรยุทธ คำมา 084-901-3326 ครับ", None)
answer("O5", "phonna", "13 10:50:00", "dep", "tp", "on-time",
       "อ.โพนนาแก้ว รายงานครับ จิตอาสาช่วยเกี่ยวข้าว บ้านนาตงวัฒนา ๒ ครัวเรือน ๕ ไร่ จิตอาสา ๑๘ คน", "harvest_phonna")
m(F, "13 11:00:00", "pv2", "text", "อำเภอที่ยังไม่ได้ส่งผลจิตอาสาช่วยเกี่ยวข้าว ขอให้ส่งก่อนเที่ยงวันนี้ตามกำหนดนะครับ 🙏",
  reply="O5", nm="reminder of O5 (a reply to the order, อำเภอที่ยังไม่ได้ส่ง): no new duty")
answer("O7", "wanon", "13 11:00:30", "coord", "t", "on-time", "วานรนิวาส: นายสมพงษ์ ไชยา 087-225-6610 ครับ", None)
answer("O5", "banmuang", "13 11:20:00", "coord", "t", "on-time",
       "บ้านม่วงรายงานครับ ช่วยเกี่ยวข้าวผู้สูงอายุบ้านดงหม้อทอง ๓ ครัวเรือน ๘ ไร่ จิตอาสา ๓๖ คน ครับ", None)
answer("O5", "khamta", "13 11:59:10", "vol", "tp", "on-time",
       "คำตากล้า รายงานผลช่วยเกี่ยวข้าว บ้านแพด ๒ ครัวเรือน ๖ ไร่ จิตอาสา ๒๔ คน ครับ", "harvest_khamta",
       note="fifty seconds before the deadline")
answer("O5", "warit", "13 12:40:00", "vol", "tp", "late",
       "วาริชภูมิ รายงานผลช่วยเกี่ยวข้าว บ้านปลาโหล (กิจกรรมวันเสาร์ ๘ พ.ย.) ๔ ครัวเรือน ๑๒ ไร่ จิตอาสา ๔๕ คน ครับ ขออภัยที่ล่าช้าครับ", "harvest_warit")
answer("O7", "khamta", "13 13:10:00", "coord", "t", "on-time", "คำตากล้า: นางสาวนันทนา ภูมิสุข ปลัดอำเภอ 091-887-4402", None)
answer("O5", "songdao", "13 13:30:00", "coord", "t", "late",
       "ส่องดาวรายงานครับ ช่วยเกี่ยวข้าวบ้านปทุมวาปี ๓ ครัวเรือน ๑๐ ไร่ จิตอาสา ๒๙ คน", None)
answer("O3", "songdao", "13 14:00:00", "vol", "t", "on-time", "ส่องดาว สำรวจผ้าห่ม ๑๐๕ ราย ค่ะ", None)
answer("O7", "khoksri", "13 14:20:00", "coord", "t", "on-time", "โคกศรีสุพรรณ: นางสาวณัฐธิดา ใจดี 063-448-9021", None)
answer("O7", "banmuang", "13 15:59:00", "chief", "t", "on-time", "บ้านม่วง: นายวิทยา บุญล้อม ปลัดอำเภอ 082-663-1905 ครับ", None,
       note="one minute before the default 24-hour deadline, by the chief")
answer("O8", "sawang", "13 15:00:00", "vol", "f", "on-time", "ส่งแบบ จอส.๑ เดือน ต.ค. ๖๘ อ.สว่างแดนดิน ค่ะ", None, fname="จอส1_ตค68_สว่างแดนดิน.pdf")
O9 = order("O9", "13 15:00:30", "pv2",
    "ศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาพระราชทานที่จะเข้าร่วมกิจกรรมจิตอาสาบำเพ็ญสาธารณประโยชน์ เนื่องในวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘ "
    "ภายในวันศุกร์ที่ ๑๔ พ.ย. นี้ครับ",
    None, None, ALL, "2025-11-14T23:59:59+07:00",
    "'ภายในวันศุกร์ที่ ๑๔ พ.ย.' = to the end of Fri 14 Nov (23:59:59), after the end of the log")
answer("O9", "kusuman", "13 16:10:00", "vol", "t", "on-time", "กุสุมาลย์ ๕ ธ.ค. จิตอาสาร่วมกิจกรรม ๑๕๐ คนค่ะ", None)
answer("O3", "warit", "13 16:45:00", "coord", "t", "on-time", "แบบสำรวจผ้าห่ม อ.วาริชภูมิ รวม ๑๖๒ ราย ครับ", None)
answer("O6", "kutbak", "13 16:20:00", "chief", "t", "on-time",
       "เรียนท่านปลัดจังหวัด อ.กุดบาก จัดจิตอาสาทำแนวกันไฟ ๖๐ คน ผู้ประสานงานตำบลกุดบาก/นามม่วง/กุดไห ตามรายชื่อที่แนบค่ะ", None)
answer("O7", "nikhom", "13 17:20:00", "vol", "t", "late", "นิคมน้ำอูน: นางสาวสุนิสา บุญมา 098-120-7754 ค่ะ ขออภัยที่ล่าช้าค่ะ", None)
answer("O7", "songdao", "13 20:10:00", "chief", "t", "late", "ส่องดาว ผู้ประสานงาน นางสาวรุ่งนภา ศรีแสง 061-772-0913 ครับ", None)
answer("O3", "wanon", "13 21:40:00", "dep", "t", "on-time", "วานรนิวาส ส่งผลสำรวจผ้าห่ม ๒๒๔ ราย ครับ (ส่งดึกขออภัยครับ)", None)
answer("O3", "taongoi", "13 23:50:00", "coord", "t", "on-time", "เต่างอย สำรวจผ้าห่ม ๘๘ ราย ครับ", None,
       note="ten minutes before the end of the deadline day")

# ---------------------------------------------------------------- Friday 14 Nov
m(F, "14 07:10", "pv1", "text", "อรุณสวัสดิ์วันศุกร์ครับ 🙏")
m(F, "14 07:12", "vol_khamta", "sticker", att="sticker_good_morning_flower")
m(F, "14 08:15:00", "pv1", "text",
  "สรุปสถานะรายงานครับ\n๑) แบบสำรวจผ้าห่ม (ครบกำหนด ๑๓ พ.ย.) อำเภอที่ยังไม่ได้รายงาน: อ.อากาศอำนวย อ.โคกศรีสุพรรณ อ.ภูพาน\n"
  "๒) รายชื่อผู้ประสานงานจิตอาสา อำเภอที่ยังไม่ได้รายงาน: อ.อากาศอำนวย อ.เต่างอย อ.เจริญศิลป์ อ.ภูพาน\nขอให้เร่งรัดรายงานด่วนครับ",
  nm="province-level volunteer officer's status summary and reminder (อำเภอที่ยังไม่ได้รายงาน, เร่งรัด): no new duty, not a report")
answer("O3", "akat", "14 08:30:00", "coord", "t", "late", "อากาศอำนวย ขอส่งผลสำรวจผ้าห่ม ๑๒๐ ราย ครับ ขออภัยที่ล่าช้าครับ", None)
answer("O9", "phanna", "14 08:50:00", "vol", "t", "on-time", "พรรณานิคม ๕ ธ.ค. จิตอาสา ๒๐๐ คน ค่ะ", None)
O10 = m(F, "14 09:10:00", "pv1", "text",
  "แจ้งเพื่อทราบ การแต่งกายจิตอาสาพระราชทานในช่วงไว้ทุกข์ ให้สวมเสื้อจิตอาสาพร้อมติดแถบไว้ทุกข์ที่แขนเสื้อด้านซ้าย ตามแนวทางที่แนบ ไม่ต้องรายงานครับ",
  key="O10", nm="information-only order (แจ้งเพื่อทราบ, ไม่ต้องรายงาน): no duty")
m(F, "14 09:11", "pv1", "image", att="IMG_20251114_dresscode_01.jpg")
answer("O8", "mueang", "14 09:40:00", "vol", "f", "on-time", "แบบ จอส.๑ อ.เมืองสกลนคร ค่ะ", None, fname="จอส1_ตค68_เมืองสกลนคร.pdf")
answer("O9", "phangkhon", "14 10:00:00", "vol", "t", "on-time", "พังโคน ๕ ธ.ค. จิตอาสา ๑๘๐ คนค่ะ", None)
answer("O3", "khoksri", "14 10:10:00", "vol", "t", "late", "อ.โคกศรีสุพรรณ ส่งแบบสำรวจผ้าห่ม ๙๙ ราย ค่ะ ขออภัยค่ะ", None,
       note="the volunteer officer invited on 11 Nov")
O11 = order("O11", "14 10:30:00", "pv2",
    "ขอให้ทุกอำเภอส่งแผนการจัดกิจกรรมจิตอาสาพระราชทาน ประจำเดือนธันวาคม ๒๕๖๘ (กิจกรรม วันที่ สถานที่ จำนวนจิตอาสา) ในกลุ่มนี้ภายใน 3 ธค. 68 ครับ",
    None, None, ALL, "2025-12-03T23:59:59+07:00", "'ภายใน 3 ธค. 68' = to the end of Wed 3 Dec 2025")
m(F, "14 10:45", "vg3", "text",
  "ฝากทุกอำเภอเร่งรัดจิตอาสาช่วยเกษตรกรขนย้ายข้าวก่อนฝนตกช่วงสุดสัปดาห์นี้ และให้รายงานผลมาที่ผมโดยตรงด้วยครับ",
  truth=[("SKN-5", name("vg3"), "", "a vice governor is not admitted to the volunteer-centre group (first appearance)"),
         ("SKN-5P", name("vg3"), "", "an order from someone other than the provincial centre")])
m(F, "14 10:47", "chief_songdao", "text", "รับทราบครับท่าน")
m(F, "14 11:00:00", "palad", "text", "อ.ส่องดาว อ.ภูพาน และ อ.เต่างอย ยังไม่ได้รายงานเรื่องแนวกันไฟ ขอให้รายงานภายในเที่ยงวันนี้ตามกำหนดครับ",
  reply="O6", nm="palad's reminder of O6 (reply, ยังไม่ได้รายงาน, ตามกำหนด): no new duty")
answer("O8", "nikhom", "14 11:30:00", "vol", "fo", "on-time", None, None, fname="แบบจอส1_นิคมน้ำอูน_ตค68.pdf",
       note="a file sent alone")
answer("O6", "songdao", "14 11:40:00", "vol", "t", "on-time", "อ.ส่องดาว จิตอาสาแนวกันไฟ ๔๕ คน ผู้ประสานงานตำบลตามไฟล์ค่ะ", None)
m(F, "14 12:10", None, "system", ev="join", disp="ผ้าห่มราคาส่ง สกลนคร 🧣",
  truth=[("OUTSIDER", "ผ้าห่มราคาส่ง สกลนคร 🧣", "", "not on the roster; joined by link/QR code")])
m(F, "14 12:11", None, "text",
  "ผ้าห่มนาโนกันหนาว ราคาส่ง ผืนละ 159 บาท สั่ง 100 ผืนขึ้นไป ส่งฟรีทุกอำเภอ 🧣 หน่วยงานจัดซื้อแจกชาวบ้านทักไลน์ได้เลยค่ะ โทร 08x-xxx-xxxx",
  disp="ผ้าห่มราคาส่ง สกลนคร 🧣")
m(F, "14 12:20", "pv1", "system", ev="remove", target="ผ้าห่มราคาส่ง สกลนคร 🧣")
m(F, "14 12:22", "pv1", "text", "ขออภัยครับ ผู้ดูแลปิดการเข้ากลุ่มด้วยลิงก์แล้วครับ")
answer("O9", "wanon", "14 13:10:00", "vol", "t", "on-time", "วานรนิวาส ๕ ธ.ค. จิตอาสา ๓๐๐ คน ครับ", None)
answer("O6", "taongoi", "14 13:25:00", "coord", "t", "late", "เต่างอย จิตอาสาแนวกันไฟ ๕๐ คน ผู้ประสานงาน ๔ ตำบล ครับ ขออภัยที่ล่าช้าครับ", None)
answer("O11", "mueang", "14 14:10:00", "coord", "f", "on-time", "แผนกิจกรรมจิตอาสา ธ.ค. ๖๘ อ.เมืองสกลนคร ครับ", None, fname="แผนจิตอาสา_ธค68_เมือง.pdf")
answer("O9", "banmuang", "14 14:30:00", "vol", "t", "on-time", "บ้านม่วง ๕ ธ.ค. จิตอาสา ๑๒๐ คนค่ะ", None, kw=dict(disp="ปวีณา บ้านม่วง ❄️", sid=False))
answer("O9", "songdao", "14 15:20:00", "vol", "t", "on-time", "ส่องดาว ๙๐ คน ค่ะ (กิจกรรม ๕ ธ.ค.)", None)
answer("O11", "charoen", "14 15:30:00", "coord", "t", "on-time",
       "แผน ธ.ค. อ.เจริญศิลป์: ๕ ธ.ค. ปลูกต้นไม้ วัดทุ่งแก จิตอาสา ๑๐๐ คน / ๑๙ ธ.ค. ทำความสะอาดตลาด ๖๐ คน ครับ", None)
answer("O9", "khoksri", "14 16:00:00", "vol", "t", "on-time", "โคกศรีสุพรรณ ๕ ธ.ค. จิตอาสา ๑๑๐ คนค่ะ", None)
answer("O8", "khamta", "14 16:10:00", "coord", "f", "on-time", "ส่งแบบ จอส.๑ ต.ค. อ.คำตากล้า ครับ", None, fname="จอส1_คำตากล้า.pdf")
m(F, "14 16:40", "dep_sawang_1", "system", ev="leave")
answer("O11", "kusuman", "14 17:05:00", "vol", "f", "on-time", "แผนจิตอาสา ธ.ค. กุสุมาลย์ค่ะ", None, fname="แผนธค68_กุสุมาลย์.pdf")
m(F, "14 18:30", "vol_kusuman", "text", "ขอบคุณพี่ๆ ศอ.จอส.จังหวัดค่ะ สัปดาห์นี้งานเยอะมาก พักผ่อนวันหยุดนะคะ 🙏")
answer("O9", "taongoi", "14 19:45:00", "vol", "t", "on-time", "เต่างอย ๕ ธ.ค. จิตอาสา ๘๐ คน ครับ", None)
m(F, "14 20:40:00", "pv1", "text", "ขอบคุณทุกอำเภอครับ สัปดาห์หน้าจะสรุปผลเสนอท่านผู้ว่าฯ ครับ 🙏",
  nm="last message of the log: the time missing reports are judged at")

# ---------------------------------------------------------------- missing / not-due
for d in ["phonna"]:
    missing("O1", d, "excuse on 11 Nov 20:35, no report")
missing("O3", "phuphan")
missing("O5", "charoen")
missing("O6", "phuphan")
for d in ["akat", "taongoi", "charoen", "phuphan"]:
    missing("O7", d)
for ok in ["O8", "O9", "O11"]:
    done = {d for (o, d, s, a, n) in DUTY if o == ok}
    for d in ALL:
        if d not in done:
            notdue(ok, d)
