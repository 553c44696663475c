# Roster and message framework for the week of 12-16 January 2026 (พ.ศ. 2569).
# The chats and their truth annotations are written by hand in chats_*.py;
# this module only holds the people and the bookkeeping.
import hashlib

DISTRICTS = [
    # key, Thai name, two sub-districts used in reports
    ("mueang", "เมืองสกลนคร", ["ธาตุเชิงชุม", "งิ้วด่อน"]),
    ("kusuman", "กุสุมาลย์", ["อุ่มจาน", "นาโพธิ์"]),
    ("kudbak", "กุดบาก", ["นาม่อง", "กุดไห"]),
    ("phanna", "พรรณานิคม", ["พรรณา", "ไร่"]),
    ("phangkhon", "พังโคน", ["แร่", "ม่วงไข่"]),
    ("warit", "วาริชภูมิ", ["ปลาโหล", "หนองลาด"]),
    ("nikhom", "นิคมน้ำอูน", ["สุวรรณคาม", "หนองบัว"]),
    ("wanon", "วานรนิวาส", ["ขัวก่าย", "หนองสนม"]),
    ("khamta", "คำตากล้า", ["แพด", "นาแต้"]),
    ("banmuang", "บ้านม่วง", ["ดงเหนือ", "มาย"]),
    ("akat", "อากาศอำนวย", ["โพนแพง", "วาใหญ่"]),
    ("sawang", "สว่างแดนดิน", ["ค้อใต้", "บ้านถ่อน"]),
    ("songdao", "ส่องดาว", ["ปทุมวาปี", "วัฒนา"]),
    ("taongoi", "เต่างอย", ["จันทร์เพ็ญ", "บึงทวาย"]),
    ("khoksri", "โคกศรีสุพรรณ", ["ตองโขบ", "แมดนาท่ม"]),
    ("charoen", "เจริญศิลป์", ["ทุ่งแก", "โคกศิลา"]),
    ("phonna", "โพนนาแก้ว", ["นาตงวัฒนา", "บ้านแป้น"]),
    ("phuphan", "ภูพาน", ["สร้างค้อ", "โคกภู"]),
]
DK = [d[0] for d in DISTRICTS]
DTH = {d[0]: d[1] for d in DISTRICTS}
TAMBON = {d[0]: d[2] for d in DISTRICTS}

# key: (full_name, [display names], role, agency, district key or "", gender, contact)
# contact: "L" = has a LINE user id, "E" = has an e-mail, "LE" both, "" none
PEOPLE = {}
ORDER = []


def person(key, full, disps, role, agency, dk, g, contact="", email=None):
    PEOPLE[key] = dict(key=key, full=full, disps=disps, role=role, agency=agency,
                       dk=dk, g=g, contact=contact, email=email)
    ORDER.append(key)


def lineid(key):
    return "U" + hashlib.md5(("skn-week-e:" + key).encode()).hexdigest()


# province
person("gov", "นายธนวัฒน์ ศรีสุวรรณ", ["ผวจ.สกลนคร", "ธนวัฒน์ ศรีสุวรรณ"], "governor", "ศาลากลางจังหวัดสกลนคร", "", "m", "L")
person("vg1", "นายประเสริฐ วงศ์คำจันทร์", ["รอง ผวจ.ประเสริฐ"], "vice_governor", "ศาลากลางจังหวัดสกลนคร", "", "m", "L")
person("vg2", "นางสาวอรุณี พิมพ์ทอง", ["อรุณี รองผู้ว่าฯ 🌷"], "vice_governor", "ศาลากลางจังหวัดสกลนคร", "", "f", "E", "arunee.p@skn-province.go.th")
person("vg3", "นายกฤษดา ไชยมงคล", ["Kritsada C."], "vice_governor", "ศาลากลางจังหวัดสกลนคร", "", "m", "E", "kritsada.c@skn-province.go.th")
person("palad", "นายวิชิต บุญประคอง", ["ปลัดจังหวัดสกลนคร", "วิชิต บ."], "provincial_palad", "ที่ทำการปกครองจังหวัดสกลนคร", "", "m", "LE", "palad.skn@dopa-skn.go.th")
person("adm1", "นางสาวจิราพร แสนสุข", ["ปค.จ.สน."], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", "f", "L")
person("adm2", "นายณัฐพล อินทร์แก้ว", ["งานสื่อสาร ปค.สน."], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", "m", "L")
person("adm3", "นางกาญจนา ภูผาใจ", ["ฝ่ายอำนวยการ ปค.สกลนคร 📄"], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", "f", "E", "saraban@dopa-skn.go.th")
person("volp1", "นางสาวพิมพ์ชนก ทองดี", ["ศอ.จอส.จว.สน.", "แนน จอส.จว."], "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", "", "f", "L")
person("volp2", "จ่าเอกสมคิด ไตรยวงค์", ["จ่าคิด จอส.สกลฯ"], "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", "", "m", "E", "somkid.t@dopa-skn.go.th")
# agencies
person("h_dpm", "นายเอกชัย มณีวงศ์", ["ผอ.ปภ.สกลนคร"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "m", "L")
person("h_dpm_dep", "นายสุริยา คำหล้า", ["สุริยา ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "m", "")
person("h_msdhs", "นางวิไลวรรณ ศรีบุญเรือง", ["พมจ.สกลนคร 💜"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", "f", "")
person("h_ph", "นายแพทย์อนุชา ธรรมวงศ์", ["นพ.สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", "m", "E", "anucha.t@skn-health.go.th")
person("h_agri", "นายบุญเลิศ หอมจันทร์", ["เกษตรจังหวัดสกลนคร"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", "m", "")
person("h_agri_clerk", "นางสาวเมษา ศรีสุข", ["น้องเมย์ สนง.เกษตรฯ"], "staff", "สำนักงานเกษตรจังหวัดสกลนคร", "", "f", "")
person("h_tnr", "นายชาตรี ผลบุญ", ["ทสจ.สกลนคร"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", "m", "")
person("h_edu", "ดร.มาลัย สุขประเสริฐ", ["ศธจ.สกลนคร"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", "f", "E", "malai.s@skn-edu.go.th")
person("h_local", "นายปกรณ์ แก้วมณี", ["ถจ.สน. ปกรณ์"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", "", "m", "")
person("h_local_dep", "นางสาวอุไรวรรณ ทองสา", ["ตุ๊ก กลุ่มงาน ถจ.สน."], "staff", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", "", "f", "")
person("h_prd", "นางสาวรัชนี ดวงใจ", ["ประชาสัมพันธ์จังหวัด สน."], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", "f", "L")
person("h_cdd", "นายไพโรจน์ ศรีสงคราม", ["พัฒนาการจังหวัดสกลนคร"], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", "m", "")
person("h_ect", "นายธีรยุทธ พลเยี่ยม", ["ผอ.กกต.สน."], "agency_head", "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสกลนคร", "", "m", "E", "theerayut.p@ect-skn.go.th")
person("h_pgo", "นางปราณี คำมุงคุณ", ["หน.สนจ.สกลนคร"], "agency_head", "สำนักงานจังหวัดสกลนคร", "", "f", "E", "pranee.k@skn-province.go.th")
person("h_park", "นายอดิศักดิ์ ป่าสัก", ["หน.อช.ภูพาน 🌲"], "agency_head", "อุทยานแห่งชาติภูพาน", "", "m", "")
person("retired", "นายสุเทพ วิเศษศรี", ["สุเทพ (เกษียณ) 🙂"], "retired", "อดีตนายอำเภอ (เกษียณอายุราชการ)", "", "m", "E", "suthep.wis@gmail.com")

# districts: chief, coordinating deputy, volunteer officer (None = the coordinating deputy holds both roles), extras
D = {
    "mueang": (("นายศักดิ์ชัย พรหมสาขา", ["นอภ.เมืองสกลนคร"], "m", "L"),
               ("นายธีรวัฒน์ โคตรสมบัติ", ["ปลัดตุ้ย เมืองสกล"], "m", ""),
               ("นางสาวสุภาพร ราชวงศ์", ["จอส.อ.เมืองสกลนคร"], "f", "L"),
               [("dep_mueang", "นายอนันต์ พลราช", ["ปลัดอนันต์ 🚔"], "m", "")]),
    "kusuman": (("นายสุรศักดิ์ ทองสุข", ["สุรศักดิ์ นอภ.กุสุมาลย์"], "m", ""),
                ("นายภานุวัฒน์ คำภูษา", ["ปลัดบอล กุสุมาลย์"], "m", "L"),
                ("นางรัตนา สีหานาม", ["รัตนา จอส.กุสุมาลย์"], "f", ""), []),
    "kudbak": (("นายพงศกร อุปพงษ์", ["นายอำเภอกุดบาก"], "m", "L"),
               ("นายวีรยุทธ ศรีหาวงศ์", ["ปลัดวี กุดบาก"], "m", ""),
               ("นายอภิชาติ จันทร์เพ็ง", ["อภิชาติ จอส.กุดบาก"], "m", ""),
               [("dep_kudbak", "นางสาวกนกพร ยอดคำ", ["ปลัดกิ๊ฟ กุดบาก"], "f", "")]),
    "phanna": (("นายชยพล ศรีเมือง", ["ชยพล ศรีเมือง"], "m", ""),
               ("นายธนากร วงศ์ศรีแก้ว", ["ปลัดธนากร พรรณาฯ"], "m", ""),
               ("นางสาววราภรณ์ แสงสว่าง", ["วราภรณ์ จอส.พรรณาฯ"], "f", ""), []),
    "phangkhon": (("นายเกรียงไกร ภูมิสะอาด", ["Kriangkrai นอภ.พังโคน"], "m", ""),
                  ("นายเอกรัตน์ ผิวขำ", ["ปลัดเอ็ม พังโคน"], "m", ""),
                  ("นางอัญชลี บุตรดี", ["อัญชลี 🌼 จอส.พังโคน"], "f", ""), []),
    "warit": (("นายทวีศักดิ์ จำปาทอง", ["นอภ.วาริชภูมิ"], "m", ""),
              ("นายสิทธิชัย ดวงแก้ว", ["ปลัดแบงค์ วาริช"], "m", ""),
              ("นางสาวนิภาพร มาตย์วิเศษ", ["นิ้ง จอส.วาริชภูมิ"], "f", "L"), []),
    "nikhom": (("นายประยุทธ แสนโคตร", ["นอภ.นิคมน้ำอูน"], "m", ""),
               ("นายจักรพันธ์ ภูสีฤทธิ์", ["ปลัดจักร น้ำอูน"], "m", ""),
               ("นายสมพงษ์ ศรีจันทร์", ["สมพงษ์ จอส.น้ำอูน"], "m", ""), []),
    "wanon": (("นายอรรถพล บุญมาก", ["อ๊อด วานร"], "m", "L"),
              ("นายพีระพงษ์ คำแสน", ["ปลัดพีระพงษ์ วานรฯ"], "m", ""),
              ("นางสาวศิริพร พันธ์โยธี", ["ศิริพร จอส.วานรนิวาส"], "f", ""),
              [("dep_wanon", "นายกิตติศักดิ์ ชาลี", ["ปลัดกิต วานรฯ"], "m", "")]),
    "khamta": (("นายณรงค์ศักดิ์ สุวรรณไตร", ["นอภ.คำตากล้า"], "m", ""),
               ("นายวัชระ โพธิ์ศรี", ["ปลัดวัชระ คำตากล้า"], "m", "L"),
               ("นางสาวดวงใจ บุญเรือง", ["ดวงใจ จอส.คำตากล้า"], "f", ""), []),
    "banmuang": (("นายสมบัติ เหล่าวงศ์", ["สมบัติ นอภ.บ้านม่วง"], "m", ""),
                 ("นายอนุวัฒน์ ทองมา", ["ปลัดนุ บ้านม่วง"], "m", ""),
                 ("นายธวัชชัย ศรีสุข", ["ธวัชชัย จอส.บ้านม่วง"], "m", ""), []),
    "akat": (("นายชัยวัฒน์ พรมดี", ["ชัยวัฒน์ 🇹🇭"], "m", "L"),
             ("นายศุภชัย ไชยสิทธิ์", ["ปลัดศุภชัย อากาศฯ"], "m", ""),
             ("นางพรทิพย์ ศรีมงคล", ["พรทิพย์ จอส.อากาศอำนวย"], "f", ""), []),
    "sawang": (("นายวรพจน์ กิตติวงศ์", ["นอภ.สว่างแดนดิน"], "m", ""),
               ("นายธนพล จันทะคุณ", ["ปลัดธนพล สว่างฯ"], "m", ""),
               ("นางสาวปิยะนุช แก้วกันยา", ["ปิยะนุช จอส.สว่างฯ"], "f", "L"),
               [("dep_sawang", "นายต้นตระกูล วงศ์ไชย", ["ปลัดต้น"], "m", "")]),
    "songdao": (("นายอำนาจ ศรีวงษา", ["นอภ.ส่องดาว 🌳"], "m", "L"),
                ("นายปิยะพงษ์ อุดมสุข", ["ปลัดปิยะ ส่องดาว (จอส.)"], "m", ""),
                None, []),
    "taongoi": (("นายสุวิทย์ แสงคำ", ["สุวิทย์ นอภ.เต่างอย"], "m", ""),
                ("นายนพดล สิงห์ทอง", ["ปลัดนพดล เต่างอย"], "m", ""),
                ("นางสาวจันทร์เพ็ญ ผาบุญ", ["จันทร์เพ็ญ จอส.เต่างอย"], "f", ""),
                [("dep_taongoi", "นายต้นกล้า ศรีนวล", ["ปลัดต้น"], "m", "")]),
    "khoksri": (("นายยุทธนา วงศ์ประเสริฐ", ["ยุทธนา นอภ.โคกศรีฯ"], "m", ""),
                ("นายพิชิต ทองคำ", ["ปลัดพิชิต โคกศรีฯ"], "m", ""),
                ("นางสาวอรทัย ชมภู", ["อรทัย จอส.โคกศรีสุพรรณ"], "f", ""), []),
    "charoen": (("นายบรรจง ศรีวิชัย", ["นอภ.เจริญศิลป์"], "m", "E"),
                ("นายสุรพล คำเพราะ", ["ปลัดสุรพล เจริญศิลป์"], "m", ""),
                ("นายวิทยา ภูแสง", ["วิทยา จอส.เจริญศิลป์"], "m", ""), []),
    "phonna": (("นายเฉลิมพล ปัญญาดี", ["เฉลิมพล นอภ.โพนนาแก้ว"], "m", ""),
               ("นางสาวสุดารัตน์ นามวงศ์", ["ปลัดหญิง โพนนาแก้ว"], "f", ""),
               None, []),
    "phuphan": (("นายธีระ คำวงศ์", ["นอภ.ภูพาน ⛰️"], "m", "L"),
                ("นายสุทธิพงษ์ อินทร์ศรี", ["ปลัดเก่ง ภูพาน"], "m", "L"),
                ("นางสาวกัลยา ศรีภูพาน", ["กัลยา จอส.ภูพาน"], "f", ""),
                [("dep_phuphan", "นายอดุลย์ ทองหล่อ", ["ปลัดอดุลย์ ภูพาน"], "m", "")]),
}
for dk in DK:
    chief, coord, vol, extras = D[dk]
    ag = "ที่ว่าการอำเภอ" + DTH[dk]
    person("chief_" + dk, chief[0], chief[1], "district_chief", ag, dk, chief[2], chief[3],
           ("nai-amphoe.%s@dopa-skn.go.th" % dk) if "E" in chief[3] else None)
    person("coord_" + dk, coord[0], coord[1],
           "coordinating_deputy" if vol else "coordinating_deputy|volunteer_center_staff",
           ag, dk, coord[2], coord[3])
    if vol:
        person("vol_" + dk, vol[0], vol[1], "volunteer_center_staff",
               "ศูนย์อำนวยการจิตอาสาพระราชทาน อำเภอ" + DTH[dk], dk, vol[2], vol[3])
    else:
        PEOPLE["vol_" + dk] = PEOPLE["coord_" + dk]  # alias: one person, two roles
    for (k, full, disps, g, c) in extras:
        person(k, full, disps, "deputy_district_chief", ag, dk, g, c)

for k in ORDER:
    p = PEOPLE[k]
    p["line"] = lineid(k) if "L" in p["contact"] else ""
    if "E" in p["contact"] and not p["email"]:
        p["email"] = k + "@dopa-skn.go.th"
    p["email"] = p["email"] or ""
    p["pid"] = "SKN-%03d" % (ORDER.index(k) + 1)


def end(k):
    """polite particle for a roster person"""
    return "ค่ะ" if PEOPLE[k]["g"] == "f" else "ครับ"


# ---------------------------------------------------------------- messages
class Group:
    def __init__(self, key, name, fname, export=False):
        self.key, self.name, self.fname, self.export = key, name, fname, export
        self.msgs = []

    def add(self, day, hm, who, text=None, typ="text", reply=None, att=None, ev=None,
            target=None, F=None, N=None, ans=None, lab=None, disp=None, nosid=False):
        parts = hm.split(":")
        m = dict(day=day, h=int(parts[0]), mi=int(parts[1]),
                 sec=int(parts[2]) if len(parts) > 2 else None,
                 who=who, typ=typ, text=text, reply=reply, att=att, ev=ev,
                 F=F or [], N=N or [], ans=ans, lab=lab, idx=len(self.msgs))
        if who in PEOPLE:
            p = PEOPLE[who]
            m["disp"] = disp or p["disps"][0]
            m["sid"] = "" if (nosid or self.export) else p["line"]
        else:
            m["disp"] = who
            m["sid"] = ""
        if target is not None:
            m["target"] = PEOPLE[target]["disps"][0] if target in PEOPLE else target
            m["target_key"] = target
        self.msgs.append(m)
        return m

    def pics(self, day, hm, who, n, first_kw=None, **kw):
        out = []
        for i in range(n):
            extra = dict(first_kw or {}) if i == 0 else {}
            extra.update(kw)
            out.append(self.add(day, hm, who, None, typ="image", att=img_name(day), **extra))
        return out


_img = [0]


def img_name(day):
    _img[0] += 1
    return "IMG_202601%02d_%04d.jpg" % (day, 1000 + _img[0] * 7 % 9000)
