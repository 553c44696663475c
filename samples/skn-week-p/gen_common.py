# Shared data for building the week-P chat logs: roster, districts, helpers.
import hashlib, random

DIST = [  # slug, Thai name, short
    ("muang", "เมืองสกลนคร"), ("kusuman", "กุสุมาลย์"), ("kutbak", "กุดบาก"), ("phanna", "พรรณานิคม"),
    ("phangkhon", "พังโคน"), ("waritch", "วาริชภูมิ"), ("nikhom", "นิคมน้ำอูน"), ("wanon", "วานรนิวาส"),
    ("khamta", "คำตากล้า"), ("banmuang", "บ้านม่วง"), ("akat", "อากาศอำนวย"), ("sawang", "สว่างแดนดิน"),
    ("songdao", "ส่องดาว"), ("taongoi", "เต่างอย"), ("khoksi", "โคกศรีสุพรรณ"), ("charoen", "เจริญศิลป์"),
    ("phonna", "โพนนาแก้ว"), ("phuphan", "ภูพาน"),
]
DNAME = dict(DIST)
SLUGS = [s for s, _ in DIST]

# key, full_name, display_names, role, agency, district(slug or ""), line?, email?
P = []
def person(key, full, disp, role, agency, dist="", line=False, email=None):
    P.append(dict(key=key, full=full, disp=disp, role=role, agency=agency, dist=dist, line=line, email=email))

# ---- districts: chief, coordinating deputy, volunteer officer, other deputies
D = [
 # slug, chief(full, disp, line, email), coord(full,disp,line,email,tworole), vol(full,disp,line,email) or None, others[(full,disp,line,email)]
 ("muang", ("นายธนากร ศรีวงศ์", ["นอภ.เมืองสกลฯ ธนากร"], True, "thanakorn.sri@dopa-skn.go.th"),
           ("นายกิตติพงษ์ พลราช", ["ปลัดกิต เมืองสกล"], True, None, False),
           ("นางสาวอรอุมา ไชยบุตร", ["อร จอส.เมืองสน", "อรอุมา 🌼"], True, None),
           [("นายณัฐวุฒิ แก้วมณี", ["ปลัดณัฐ 🚓"], False, "nattawut.k@dopa-skn.go.th")]),
 ("kusuman", ("นายสุรเชษฐ์ บุญมา", ["สุรเชษฐ์ นอภ.กสม."], True, None),
           ("นายวรวิทย์ คำภู", ["ปลัดวิทย์ กุสุมาลย์"], False, "worawit.kp@gmail.com", False),
           ("นายอนุชา ทองดี", ["อนุชา จิตอาสากุสุมาลย์"], True, None), []),
 ("kutbak", ("นายพิทักษ์ แสนสุข", ["นอภ.กุดบาก 🌿"], True, None),
           ("นายเอกชัย โพธิ์ศรี", ["ปลัดเอก กุดบาก"], True, None, True), None, []),
 ("phanna", ("นายชาญวิทย์ ศรีสะอาด", ["ชาญวิทย์ ศรีสะอาด"], False, "chanwit.s@dopa-skn.go.th"),
           ("นายภานุวัฒน์ จันทร์หอม", ["ปลัดภานุ พรรณาฯ"], True, None, False),
           ("นางกัลยา สีหาราช", ["กัลยา จอส.พรรณา 💐"], False, None),
           [("นายธีรภัทร ดวงดี", ["ปลัดต้น", "ต้น พรรณานิคม"], False, None)]),
 ("phangkhon", ("นายอภิชาติ ชัยมงคล", ["อภิชาติ นอภ.พังโคน"], True, None),
           ("นายเอกราช มูลเมือง", ["ปลัดเอ็ม พังโคน"], True, None, False),
           ("นายสมศักดิ์ พรมมา", ["สมศักดิ์ จอส.พังโคน"], False, "somsak.phromma@gmail.com"), []),
 ("waritch", ("นางสาวปิยนุช วงศ์สวัสดิ์", ["นอภ.วาริชภูมิ (ปิยนุช)"], True, None),
           ("นายศุภชัย ใจกล้า", ["ปลัดศุภ วาริชฯ"], False, None, False),
           ("นายวีรยุทธ ภูผา", ["วีร์ จอส.วาริช"], True, None), []),
 ("nikhom", ("นายบุญเลิศ หาญชนะ", ["นอภ.นิคมน้ำอูน"], True, None),
           ("นางสาวจิราพร สิงห์คำ", ["ปลัดจิ๋ว นิคมฯ"], True, "jiraporn.sk@dopa-skn.go.th", False),
           ("นายประยุทธ ศรีจันทร์", ["ยุทธ จอส.นิคม"], False, None), []),
 ("wanon", ("นายไพโรจน์ ทองประเสริฐ", ["ไพโรจน์ ท."], False, "pairoj.t@dopa-skn.go.th"),
           ("นายชยพล อุดมศักดิ์", ["ปลัดพล วานรฯ"], True, None, False),
           ("นางสาววราภรณ์ นาคสุข", ["วราภรณ์ 🌸"], True, None),
           [("นายอนันต์ ผิวขำ", ["ปลัดนันท์ วานร"], False, None)]),
 ("khamta", ("นายสมบัติ ไชยศรี", ["นอภ.คำตากล้า สมบัติ"], True, None),
           ("นายธวัชชัย นามวงศ์", ["ปลัดธวัช คตล."], True, None, False),
           ("นางสาวสุภาวดี แก้วกัญญา", ["สุภาวดี จอส.คำตากล้า"], False, "supawadee.kk@gmail.com"), []),
 ("banmuang", ("นายรัฐพล พันธุ์ดี", ["รัฐพล นอภ.บม."], True, None),
           ("นายประสิทธิ์ ศรีบุญ", ["ปลัดสิทธิ์ บ้านม่วง"], True, None, False),
           ("นายจักรพันธ์ อินทร์แก้ว", ["จักร จอส.บ้านม่วง"], False, None), []),
 ("akat", ("นายวิชัย เหล่าสุวรรณ", ["นอภ.อากาศอำนวย วิชัย"], True, None),
           ("นายสุริยา ทองมาก", ["ปลัดสุริยา อากาศ"], True, None, False),
           ("นางสาวนภัสสร บุตรดี", ["นภัสสร จอส.อากาศ"], True, None),
           [("นายก้องภพ ศรีคำ", ["ปลัดก้อง อากาศฯ"], True, None)]),
 ("sawang", ("นายเกียรติศักดิ์ มหาวงศ์", ["เกียรติศักดิ์ นอภ.สว่างฯ"], True, "kiattisak.m@dopa-skn.go.th"),
           ("นายวัชระ สุวรรณชาติ", ["ปลัดต้น", "ต้น สว่างแดนดิน"], False, None, False),
           ("นางสาวพิมพ์ชนก ศรีภูมิ", ["พิมพ์ จอส.สว่าง"], True, None),
           [("นายอดิศักดิ์ บุญประคอง", ["ปลัดดิศ สว่างฯ"], True, None),
            ("นายสิทธิชัย ดวงแก้ว", ["ปลัดชัย สว่างแดนดิน"], False, None)]),
 ("songdao", ("นายปรีชา สุขเกษม", ["นอภ.ส่องดาว 🌳"], True, None),
           ("นายอำนาจ วงศ์คำ", ["ปลัดอำนาจ ส่องดาว"], False, None, False),
           ("นายเฉลิมชัย ภูมิพันธ์", ["เฉลิม จอส.ส่องดาว"], True, None), []),
 ("taongoi", ("นายมานพ ศรีนวล", ["มานพ นอภ.เต่างอย"], True, None),
           ("นายทรงศักดิ์ บัวภา", ["ปลัดทรง เต่างอย"], True, "songsak.b@dopa-skn.go.th", True), None,
           [("นายพงศกร หอมจันทร์", ["ปลัดพงศ์ เต่างอย"], False, None)]),
 ("khoksi", ("นายสมเกียรติ ไชยคำ", ["นอภ.โคกศรีฯ"], True, None),
           ("นายชนินทร์ พรหมวงศ์", ["ปลัดนินทร์ โคกศรี"], True, None, False),
           ("นางวิไลวรรณ คำมูล", ["วิไล จอส.โคกศรีฯ"], False, "wilaiwan.km@gmail.com"), []),
 ("charoen", ("นายศักดิ์ดา อุ่นเรือน", ["ศักดิ์ดา อุ่นเรือน"], True, None),
           ("นายปิยะพงษ์ แสงทอง", ["ปลัดปิยะ เจริญศิลป์"], True, None, False),
           ("นายบุญชู สีดา", ["บุญชู จอส.จศ."], False, None),
           [("นางสาวกมลชนก ทองสุข", ["ปลัดแพร เจริญศิลป์"], True, None)]),
 ("phonna", ("นายนิพนธ์ ราชวงศ์", ["นิพนธ์ นอภ.โพนนาแก้ว"], True, None),
           ("นายอุดม คำแหง", ["ปลัดอุดม พนก."], False, "udom.kh@dopa-skn.go.th", False),
           ("นายเกรียงไกร สุดสวาท", ["ไกร จอส.โพนนาแก้ว"], True, None), []),
 ("phuphan", ("นายสุทธิพงษ์ กองแก้ว", ["นอภ.ภูพาน ⛰️"], True, None),
           ("นายธีระ ภูมิสุข", ["ปลัดธีระ ภูพาน"], True, None, False),
           ("นางสาวศิริพร นามบุตร", ["ศิริพร จอส.ภูพาน"], False, None),
           [("นายกฤษณะ ไชยวงศ์", ["ปลัดกฤษ ภูพาน"], True, None)]),
]
for slug, ch, co, vo, others in D:
    dn = DNAME[slug]
    ag = "ที่ว่าการอำเภอ" + dn
    person("chief:" + slug, ch[0], ch[1], "district_chief", ag, slug, ch[2], ch[3])
    role = "coordinating_deputy|volunteer_center_staff" if co[4] else "coordinating_deputy"
    person("coord:" + slug, co[0], co[1], role, ag, slug, co[2], co[3])
    if vo:
        person("vol:" + slug, vo[0], vo[1], "volunteer_center_staff", ag, slug, vo[2], vo[3])
    for i, o in enumerate(others):
        person(("dep:" if i == 0 else "dep2:") + slug, o[0], o[1], "deputy_district_chief", ag, slug, o[2], o[3])

PV = "ศาลากลางจังหวัดสกลนคร"
PAO = "ที่ทำการปกครองจังหวัดสกลนคร"
person("gov", "นายวรพจน์ ธรรมรักษ์", ["ผวจ.สน. วรพจน์", "วรพจน์ ธรรมรักษ์"], "governor", PV, "", True, "worapot.t@moi-skn.go.th")
person("vg1", "นายประจักษ์ ศรีสมบูรณ์", ["รองฯ ประจักษ์"], "vice_governor", PV, "", True, None)
person("vg2", "นางสุนันทา พิมพ์ทอง", ["รองผวจ.สุนันทา 🌺"], "vice_governor", PV, "", True, "sunanta.p@moi-skn.go.th")
person("vg3", "นายชัยวัฒน์ บุญยืน", ["รองชัยวัฒน์ สน."], "vice_governor", PV, "", False, None)
person("palad", "นายณรงค์ฤทธิ์ ศรีประเสริฐ", ["ปจ.สน. ณรงค์ฤทธิ์", "ปลัดจังหวัดสกลนคร"], "provincial_palad", PAO, "", True, "narongrit.s@dopa-skn.go.th")
person("ofc1", "นางสาวเบญจมาศ คำสอน", ["ปค.สน. งานปกครอง"], "provincial_admin_staff", PAO, "", True, "skn.pokkrong@dopa-skn.go.th")
person("ofc2", "นายวีรพล ศรีทอง", ["ธุรการ ปค.สน."], "provincial_admin_staff", PAO, "", True, None)
person("ofc3", "นางพัชรี อินทร์ตา", ["ปค.จ.สน. ฝ่ายอำนวยการ"], "provincial_admin_staff", PAO, "", False, "patcharee.i@dopa-skn.go.th")
person("pvol1", "นายศรายุทธ วงศ์ไชย", ["ศอ.จอส.จว.สน. (ยุทธ)"], "volunteer_center_staff", PAO, "", True, "skn.volunteer@dopa-skn.go.th")
person("pvol2", "นางสาวชลธิชา ภูแสง", ["ชลธิชา จอส.จังหวัด"], "volunteer_center_staff", PAO, "", True, None)
AH = [
 ("dpm", "นายอดิเรก จันทร์เพ็ญ", ["หน.ปภ.สน. อดิเรก"], "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", True, None),
 ("ssj", "นายแพทย์ธีรวัฒน์ ศรีมงคล", ["สสจ.สน. หมอธีร์"], "สำนักงานสาธารณสุขจังหวัดสกลนคร", True, "teerawat.s@moph-skn.go.th"),
 ("dlt", "นายประวิทย์ ชมภู", ["ขนส่งจังหวัดสน."], "สำนักงานขนส่งจังหวัดสกลนคร", False, None),
 ("msdhs", "นางจันทร์เพ็ญ สุริยวงศ์", ["พมจ.สน. จันทร์เพ็ญ"], "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", True, None),
 ("culture", "นางสาวรัชนี ทองคำ", ["วธ.สน. รัชนี 🎭"], "สำนักงานวัฒนธรรมจังหวัดสกลนคร", True, "ratchanee.t@m-culture-skn.go.th"),
 ("police", "พลตำรวจตรีสุรศักดิ์ วงศ์ปัญญา", ["ผบก.ภ.จว.สน."], "ตำรวจภูธรจังหวัดสกลนคร", True, None),
 ("prd", "นายวิทยา แก้วกาญจนา", ["ประชาสัมพันธ์จังหวัดสกลนคร"], "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", False, "wittaya.k@prd-skn.go.th"),
 ("local", "นายอำนวย ศรีนาค", ["ท้องถิ่นจังหวัดสน."], "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", True, None),
 ("agri", "นายสมหมาย คำเพชร", ["เกษตรจังหวัด สน."], "สำนักงานเกษตรจังหวัดสกลนคร", False, None),
 ("edu", "นางพรทิพย์ วงษ์ดี", ["ศธจ.สน. พรทิพย์"], "สำนักงานศึกษาธิการจังหวัดสกลนคร", True, None),
 ("doh", "นายวีระพงษ์ ศรีสุข", ["แขวงทางหลวงสน. วีระพงษ์"], "แขวงทางหลวงสกลนคร", True, "weerapong.s@doh-skn.go.th"),
]
for k, full, disp, ag, ln, em in AH:
    person("ah:" + k, full, disp, "agency_head", ag, "", ln, em)
AGENCY = {k: ag for k, _, _, ag, _, _ in AH}
person("st:dpm", "นายจิรายุ พันธ์ศรี", ["จิรายุ ปภ.สน."], "staff", AGENCY["dpm"], "", True, None)
person("st:ssj", "นางสาวกานดา มีสุข", ["กานดา สสจ.สน."], "staff", AGENCY["ssj"], "", False, "kanda.m@moph-skn.go.th")
person("st:culture", "นายภูมิ ศรีทอง", ["ภูมิ วธ.สน. 📸"], "staff", AGENCY["culture"], "", True, None)
person("st:dlt", "นายเจษฎา ใจงาม", ["เจษฎา ขนส่ง สน."], "staff", AGENCY["dlt"], "", False, None)
person("retired", "นายบุญทัน ศรีหาวงศ์", ["ลุงบุญทัน (อดีต นอภ.)"], "retired", "", "", True, None)

PK = {p["key"]: p for p in P}
for i, p in enumerate(P, 1):
    p["pid"] = "P%03d" % i
    p["uid"] = ("U" + hashlib.md5(p["full"].encode()).hexdigest()) if p["line"] else ""

def name(key, i=0):
    return PK[key]["disp"][i]

def fem(key):
    f = PK[key]["full"]
    return f.startswith("นาง")

def pol(key):
    return "ค่ะ" if fem(key) else "ครับ"

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(x):
    return str(x).translate(TH)

def ts(day, hms):
    if hms.count(":") == 1:
        hms += ":00"
    return "2026-04-%02dT%s+07:00" % (day, hms)
