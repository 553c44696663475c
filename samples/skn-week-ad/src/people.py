# Week AD roster: every person is fictional and written by hand here.  Keys are short handles used
# in the chat scripts (e.g. "PALAD", "PKN.K" = coordinating deputy of พังโคน).  The roster file is
# written from this table; LINE user ids are made up (deterministic hex) for the people marked "id".
import hashlib

DISTRICTS = [  # (code, Thai name) in the province's usual order
    ("MUE", "เมืองสกลนคร"), ("KUS", "กุสุมาลย์"), ("KBK", "กุดบาก"), ("PHN", "พรรณานิคม"), ("PKN", "พังโคน"),
    ("WRC", "วาริชภูมิ"), ("NKN", "นิคมน้ำอูน"), ("WNN", "วานรนิวาส"), ("KTK", "คำตากล้า"), ("BMG", "บ้านม่วง"),
    ("AKA", "อากาศอำนวย"), ("SWD", "สว่างแดนดิน"), ("SDW", "ส่องดาว"), ("TNY", "เต่างอย"), ("KSS", "โคกศรีสุพรรณ"),
    ("CRS", "เจริญศิลป์"), ("PNK", "โพนนาแก้ว"), ("PPN", "ภูพาน"),
]
DNAME = dict(DISTRICTS)
CODE = {v: k for k, v in DNAME.items()}

DOPA = "ที่ทำการปกครองจังหวัดสกลนคร"
SOR = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"
PROV = "จังหวัดสกลนคร"

# key, full name, display names (first = the one used in the chats unless a message says otherwise),
# role, agency, district code, id?, e-mail
_P = [
    ("GOV", "นายพิทักษ์ อุปัชฌาย์", "ผวจ.พิทักษ์|Phithak U.", "governor", PROV, "", 1, "phithak.u@skn-gov.example"),
    ("VG1", "นายไกรสร วงศ์ภักดี", "รองฯ ไกรสร", "vice_governor", PROV, "", 1, ""),
    ("VG2", "นางสาววิไลลักษณ์ โพธิ์ศรี", "รองผวจ.วิไลลักษณ์ 🌸|Wilailak P.", "vice_governor", PROV, "", 0, "wilailak.p@skn-gov.example"),
    ("VG3", "นายณัฐพล ชมภูแสง", "ณัฐพล ชมภูแสง", "vice_governor", PROV, "", 1, ""),
    ("PALAD", "นายอนุชา สิงห์ทอง", "ปจ.สน. อนุชา|อนุชา สิงห์ทอง", "provincial_palad", DOPA, "", 1, "anucha.s@skn-dopa.example"),
    ("ADM1", "นางสาวสุภาวดี ทองมา", "ปค.สน. สารบรรณ 📩", "provincial_admin_staff", DOPA, "", 1, "saraban.skn@skn-dopa.example"),
    ("ADM2", "นายวีระพงษ์ แก้วกันหา", "งานความมั่นคง ปค.จ.สน.", "provincial_admin_staff", DOPA, "", 1, ""),
    ("ADM3", "นางอำไพ ศรีวะโร", "ธุรการ ปค.สน. (พี่ไพ)", "provincial_admin_staff", DOPA, "", 0, ""),
    ("SAK", "ว่าที่ร้อยตรีศักดิ์ดา ไชยราช", "ศักดิ์ดา ศอ.จอส.สน.|Sakda C.", "volunteer_center_staff", SOR, "", 1, ""),
    ("KAN", "นางสาวกัลยา มีสุข", "กัลยา จอส.จว.สน. 💛", "volunteer_center_staff", SOR, "", 0, "kanlaya.m@skn-dopa.example"),
    # agency heads
    ("DDPM", "นายเฉลิมชัย ภูผาลา", "ผอ.ปภ.สน. เฉลิมชัย", "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", 1, ""),
    ("AGRI", "นายสุรพล แสงโชติ", "เกษตร จว.สน. สุรพล", "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", 0, "surapol.s@skn-agri.example"),
    ("PHO", "นายแพทย์ปกรณ์ พิมพ์สวัสดิ์", "นพ.ปกรณ์ สสจ.สน.", "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", 1, ""),
    ("PRD", "นางสาวพัชรินทร์ ฮามวงศ์", "ปชส.สน. พัชรินทร์ 📰", "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", 1, "patcharin.h@skn-prd.example"),
    ("MSO", "นางรัชนี เสนาไชย", "พมจ.สกลนคร", "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", 0, ""),
    ("ENV", "นายวรเชษฐ์ จันทร์เพ็ญ", "ทสจ.สน. วรเชษฐ์ 🌳", "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", 1, ""),
    ("CDD", "นางพิมพ์ใจ อินธิแสง", "พัฒนาการจังหวัด พิมพ์ใจ", "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", 0, "pimjai.i@skn-cdd.example"),
    ("DLT", "นายสมชาย ดวงมณี", "ขนส่ง จ.สกลนคร", "agency_head", "สำนักงานขนส่งจังหวัดสกลนคร", "", 1, ""),
    ("POL", "พลตำรวจตรีชัยยศ ทองศรี", "ผบก.ภ.จว.สน. ชัยยศ", "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", "", 1, ""),
    ("EDU", "นายปรีดา โคตรชมภู", "ศธจ.สน. ปรีดา", "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", 0, ""),
    ("TSP", "นายวสันต์ พลราชม", "กก.สน. วสันต์ ⚽", "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร", "", 1, "wasan.p@skn-tourism.example"),
    ("IND", "นางสาวอรวรรณ สุขประเสริฐ", "อก.สกลนคร อรวรรณ", "agency_head", "สำนักงานอุตสาหกรรมจังหวัดสกลนคร", "", 0, ""),
    # staff of agencies
    ("ENV2", "นายบุญยืน แสนพล", "บุญยืน ทสจ.", "staff", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", 1, ""),
    ("TSP2", "นางสาวจิราภรณ์ ศรีละคร", "จิ๋ว กก.สน.", "staff", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร", "", 0, ""),
    ("PRD2", "นายธีรภัทร มหาไชย", "ธีร์ ปชส.สน.", "staff", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", 1, ""),
    ("PHO2", "นางสาวนันทิยา โพธิ์สาร", "นันทิยา สสจ.สน. (งานฝุ่น)", "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", 1, "nanthiya.p@skn-health.example"),
    ("RET", "นายทองใบ บุตรดี", "ลุงทองใบ (อดีต นอภ.)", "retired", "", "", 0, ""),
]

AMPHOE = "ที่ว่าการอำเภอ"
# district people: code -> list of (suffix, full name, display names, role, id?, e-mail)
_D = {
    "MUE": [("C", "นายเฉลิมพล พลอยงาม", "นอภ.เมืองสกลฯ เฉลิมพล", "district_chief", 1, "chalermphon.p@skn-dopa.example"),
            ("K", "นายปริญญา บุญเฮ้า", "ปลัดหนึ่ง เมืองสน.", "coordinating_deputy", 1, ""),
            ("V", "นางสาวธิดารัตน์ ภูกองชนะ", "ธิดา จอส.เมืองสน", "volunteer_center_staff", 0, ""),
            ("D1", "นายธนภัทร แก้วประเสริฐ", "ปลัดแม็ก เมืองสกล", "deputy_district_chief", 1, "")],
    "KUS": [("C", "นายพงศกร สีหามาตย์", "พงศกร นอภ.กุสุมาลย์", "district_chief", 1, ""),
            ("K", "นายธนากร ศรีสงคราม", "ปลัดเบียร์", "coordinating_deputy", 0, ""),
            ("V", "นางสาวปวีณา คำภักดี", "ปวีณา จิตอาสากุสุมาลย์", "volunteer_center_staff", 1, "")],
    "KBK": [("C", "นางสาวศิริลักษณ์ ดวงจันทร์", "นอภ.กุดบาก ศิริลักษณ์", "district_chief", 1, "siriluk.d@skn-dopa.example"),
            ("K", "นายชัยณรงค์ ผิวขำ", "ปลัดเก่ง กุดบาก", "coordinating_deputy|volunteer_center_staff", 1, "")],
    "PHN": [("C", "นายอำนาจ เหง้าพรหมมินทร์", "อำนาจ นอภ.พรรณาฯ", "district_chief", 0, ""),
            ("K", "นายณัฐวุฒิ โคตรพัฒน์", "ปลัดกอล์ฟ พรรณาฯ", "coordinating_deputy", 1, ""),
            ("V", "นายสมบูรณ์ นามวงษ์", "บูรณ์ จอส.พรรณา", "volunteer_center_staff", 0, ""),
            ("D1", "นางสาวกาญจนา วงศ์ศรีชา", "ปลัดแนน พรรณานิคม", "deputy_district_chief", 1, "")],
    "PKN": [("C", "นายวีรชัย ศรีชมภู", "นอภ.พังโคน วีรชัย", "district_chief", 1, ""),
            ("K", "นายพีรพัฒน์ บุญตาท้าว", "ปลัดพีท พังโคน", "coordinating_deputy", 1, ""),
            ("V", "นางจุฑามาศ ไชยสุข", "จุฑามาศ จอส.พังโคน 🌼", "volunteer_center_staff", 0, "juthamas.c@skn-dopa.example")],
    "WRC": [("C", "นายสมหวัง ทิพย์โพธิ์", "สมหวัง ทิพย์โพธิ์", "district_chief", 0, ""),
            ("K", "นายอนันต์ แสนสุริวงศ์", "ปลัดนันท์ วาริชฯ", "coordinating_deputy", 1, ""),
            ("V", "นายไพศาล พรหมโคตร", "ไพศาล จอส.วาริชภูมิ", "volunteer_center_staff", 1, "")],
    "NKN": [("C", "นางพรรณี ศิริสุวรรณ", "นอภ.นิคมน้ำอูน พรรณี", "district_chief", 1, ""),
            ("K", "นายประเสริฐ มีชัย", "ปลัดเสริฐ นิคมฯ", "coordinating_deputy", 0, ""),
            ("V", "นางสาวอรทัย ภูแสงศรี", "อรทัย จอส.นิคมน้ำอูน", "volunteer_center_staff", 1, "")],
    "WNN": [("C", "นายบรรจง ศรีวิเศษ", "บรรจง นอภ.วานรนิวาส", "district_chief", 1, ""),
            ("K", "นายวัชรพล ไชยคำ", "ปลัดวัช วานรฯ", "coordinating_deputy", 1, ""),
            ("V", "นายสุนทร แสงสว่าง", "สุนทร จอส.วานร", "volunteer_center_staff", 0, ""),
            ("D1", "นายณรงค์ฤทธิ์ ชาลีพรหม", "ปลัดเบียร์", "deputy_district_chief", 0, ""),
            ("D2", "นายจตุพร สุวรรณมาลี", "ปลัดโจ้ วานรนิวาส", "deputy_district_chief", 1, "")],
    "KTK": [("C", "นายเอกชัย ศรีหาวงศ์", "นอภ.คำตากล้า เอกชัย", "district_chief", 1, ""),
            ("K", "นางสาวนิตยา สายบุญ", "ปลัดนิด คำตากล้า", "coordinating_deputy", 1, "nittaya.s@skn-dopa.example"),
            ("V", "นายชาญวิทย์ ทองคำ", "ชาญวิทย์ จอส.คำตากล้า", "volunteer_center_staff", 0, "")],
    "BMG": [("C", "นายศุภชัย พันธ์โยธี", "ศุภชัย นอภ.บ้านม่วง", "district_chief", 1, ""),
            ("K", "นายกฤษณะ แก้วบุญเรือง", "ปลัดกฤษ บ้านม่วง", "coordinating_deputy", 1, ""),
            ("V", "นางสาวสุดารัตน์ คำหอม", "สุดา จอส.บ้านม่วง", "volunteer_center_staff", 0, "")],
    "AKA": [("C", "นายสมคิด ราชสีห์", "นอภ.อากาศอำนวย สมคิด", "district_chief", 1, ""),
            ("K", "นายปิยะ วงศ์กระโซ่", "ปลัดปิยะ อากาศฯ", "coordinating_deputy", 1, ""),
            ("V", "นายวีรยุทธ บุญยศ", "วีรยุทธ จอส.อากาศฯ", "volunteer_center_staff", 0, ""),
            ("D1", "นายอัครเดช ทองประไพ", "ปลัดตั้ม อากาศอำนวย", "deputy_district_chief", 0, "")],
    "SWD": [("C", "นายชยพล เรืองศรี", "นอภ.สว่างแดนดิน ชยพล", "district_chief", 1, "chayapon.r@skn-dopa.example"),
            ("K", "นายสราวุธ แสนมาโนช", "ปลัดหมู สว่างฯ", "coordinating_deputy", 1, ""),
            ("V", "นางสาวเพ็ญศรี บุญมาก", "เพ็ญ จอส.สว่างแดนดิน", "volunteer_center_staff", 0, ""),
            ("D1", "นายชนาธิป จันทะคุณ", "ปลัดเจมส์ สว่างแดนดิน", "deputy_district_chief", 1, "")],
    "SDW": [("C", "นางสาวมณีรัตน์ วงศ์สุวรรณ", "นอภ.ส่องดาว มณีรัตน์", "district_chief", 0, ""),
            ("K", "นายอนุวัฒน์ ดีพลงาม", "ปลัดโต้ง ส่องดาว", "coordinating_deputy", 1, ""),
            ("V", "นายทองสุข ศรีจันทร์", "ทองสุข จอส.ส่องดาว", "volunteer_center_staff", 1, "")],
    "TNY": [("C", "นายสุรเดช ภูมิสะอาด", "นอภ.เต่างอย สุรเดช", "district_chief", 1, ""),
            ("K", "นายเอกลักษณ์ นาคสุข", "ปลัดเอก เต่างอย", "coordinating_deputy", 0, ""),
            ("V", "นางสาวรุ่งทิพย์ ใจดี", "รุ่งทิพย์ จอส.เต่างอย", "volunteer_center_staff", 1, "")],
    "KSS": [("C", "นายไพบูลย์ อุดมศักดิ์", "ไพบูลย์ นอภ.โคกศรีฯ", "district_chief", 1, ""),
            ("K", "นายธีรวุฒิ ศรีทน", "ปลัดตี๋ โคกศรีสุพรรณ", "coordinating_deputy", 1, ""),
            ("V", "นายอดิเรก มูลสาร", "เรก จอส.โคกศรีฯ", "volunteer_center_staff", 0, "")],
    "CRS": [("C", "นายวุฒิชัย ประทุมชาติ", "นอภ.เจริญศิลป์ วุฒิชัย", "district_chief", 0, "wutthichai.p@skn-dopa.example"),
            ("K", "นายศราวุธ คำโสภา", "ปลัดวุธ เจริญศิลป์ (จอส.)", "coordinating_deputy|volunteer_center_staff", 1, "")],
    "PNK": [("C", "นายจักรพันธ์ ชมภูวิเศษ", "นอภ.โพนนาแก้ว จักรพันธ์", "district_chief", 1, ""),
            ("K", "นายพิชิต สุริยวงศ์", "ปลัดชิต โพนนาแก้ว", "coordinating_deputy", 1, ""),
            ("V", "นางสาวลำดวน ศรีทอง", "ลำดวน จอส.โพนนาแก้ว", "volunteer_center_staff", 0, "")],
    "PPN": [("C", "นายสุพจน์ หอมจันทร์", "นอภ.ภูพาน สุพจน์ 🏞️", "district_chief", 1, ""),
            ("K", "นายเอกราช ไพรศรี", "ปลัดราช ภูพาน", "coordinating_deputy", 1, ""),
            ("V", "นายคมสัน ต้นสวัสดิ์", "คมสัน จอส.ภูพาน", "volunteer_center_staff", 0, ""),
            ("D1", "นายศักรินทร์ มหาวงศ์", "ปลัดศักดิ์ ภูพาน", "deputy_district_chief", 1, "")],
}


def _lineid(key):
    return "U" + hashlib.sha256(("week-ad/" + key).encode()).hexdigest()[:32]


class Person:
    def __init__(self, key, pid, full, names, role, agency, dcode, has_id, email):
        self.key, self.pid, self.full = key, pid, full
        self.names = names.split("|")
        self.name = self.names[0]
        self.role = role
        self.roles = set(role.split("|"))
        self.agency, self.dcode = agency, dcode
        self.district = DNAME.get(dcode, "")
        self.line = _lineid(key) if has_id else ""
        self.email = email


BY = {}
ORDER = []
_n = 0
for k, full, names, role, ag, dc, hid, em in _P:
    _n += 1
    BY[k] = Person(k, "P%03d" % _n, full, names, role, ag, dc, hid, em)
    ORDER.append(k)
for code, dn in DISTRICTS:
    for suf, full, names, role, hid, em in _D[code]:
        _n += 1
        k = f"{code}.{suf}"
        BY[k] = Person(k, "P%03d" % _n, full, names, role, AMPHOE + dn, code, hid, em)
        ORDER.append(k)
# the two two-role people are their districts' volunteer officers too
for code in ("KBK", "CRS"):
    BY[f"{code}.V"] = BY[f"{code}.K"]


def disp(key):
    return BY[key].name


def roster_rows():
    for k in ORDER:
        p = BY[k]
        yield [p.pid, p.full, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email]
