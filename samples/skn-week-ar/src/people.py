# Week AR roster: fictional people, written by hand.  Keys are short handles used in the g_*.py files.
import hashlib

DISTRICTS = [("MUE", "เมืองสกลนคร"), ("KUS", "กุสุมาลย์"), ("KDB", "กุดบาก"), ("PNN", "พรรณานิคม"),
             ("PKN", "พังโคน"), ("WRC", "วาริชภูมิ"), ("NKU", "นิคมน้ำอูน"), ("WNN", "วานรนิวาส"),
             ("KTK", "คำตากล้า"), ("BMW", "บ้านม่วง"), ("AKA", "อากาศอำนวย"), ("SWD", "สว่างแดนดิน"),
             ("SDW", "ส่องดาว"), ("TNY", "เต่างอย"), ("KSS", "โคกศรีสุพรรณ"), ("JRS", "เจริญศิลป์"),
             ("PNK", "โพนนาแก้ว"), ("PPN", "ภูพาน")]
DNAME = dict(DISTRICTS)

PV = "จังหวัดสกลนคร"
DOPA = "ที่ทำการปกครองจังหวัดสกลนคร"
VOLC = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"

# key, full name, display names (| separated), role, agency, district code, has LINE id, e-mail
_P = [
    ("GOV", "นายชยพล ศักดิ์สิทธิ์กุล", "ผวจ.สกลนคร ชยพล|Chayapol S.", "governor", PV, "", 1, "chayapol.s@skn-gov.example"),
    ("VG1", "นายเกษม อุดมศิลป์", "รองฯ เกษม", "vice_governor", PV, "", 1, ""),
    ("VG2", "นางสาวพิไลพร จันทร์แสง", "รองผวจ.พิไลพร 🌷", "vice_governor", PV, "", 0, "pilaiporn.j@skn-gov.example"),
    ("VG3", "นายธนกฤต บุญยืน", "ธนกฤต รองผู้ว่าฯ", "vice_governor", PV, "", 1, ""),
    ("PAL", "นายศราวุธ ชมภูนุช", "ปจ.สน. ศราวุธ|Sarawut Ch.", "provincial_palad", DOPA, "", 1, "sarawut.c@skn-dopa.example"),
    ("ADM1", "นางสาวกมลชนก ศรีมหาพรหม", "สารบรรณ ปกครองจังหวัด สน.", "provincial_admin_staff", DOPA, "", 1, "saraban.dopa.skn@skn-dopa.example"),
    ("ADM2", "นายเอกราช พันธ์ศรี", "ฝ่ายความมั่นคง ปค.สน.", "provincial_admin_staff", DOPA, "", 1, ""),
    ("ADM3", "นางนิตยา คำสุข", "นิตยา ปค.จ.สน. 📨", "provincial_admin_staff", DOPA, "", 0, ""),
    ("PV1", "สิบเอกไพฑูรย์ ศรีสะอาด", "จ่าไพฑูรย์ ศอ.จอส.จว.", "volunteer_center_staff", VOLC, "", 1, ""),
    ("PV2", "นางสาวกัลยรัตน์ มะลิวัลย์", "แพรว ศอ.จอส.สกลนคร", "volunteer_center_staff", VOLC, "", 0, "kanyarat.m@skn-dopa.example"),
    ("H.DDPM", "นายวรากร ศรีประทุม", "ผอ.ปภ.สกลนคร วรากร", "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", 1, ""),
    ("H.AGR", "นายอนันต์ ชัยศิริ", "เกษตร จ.สน. อนันต์", "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", 0, "anan.c@skn-agri.example"),
    ("H.PHO", "นายปริญญา วงศ์สุวรรณ", "นพ.ปริญญา (นพ.สสจ.สน.)", "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", 1, ""),
    ("H.PRD", "นางสาวมาลินี ภูวงษ์", "ประชาสัมพันธ์ จ.สน. มาลินี 📣", "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", 1, ""),
    ("H.SOC", "นางจันทร์ฉาย สีหานาม", "พมจ.สกลนคร", "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", 0, ""),
    ("H.CUL", "นายประเสริฐ มาลาศรี", "วัฒนธรรมจังหวัด ประเสริฐ", "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", "", 0, "prasert.m@skn-culture.example"),
    ("H.CDD", "นางสาวอัมพร ไชยเดช", "พัฒนาการจังหวัด อัมพร", "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", 1, ""),
    ("H.TOUR", "นายวีรชัย สุนทรา", "ท่องเที่ยวกีฬา สน. วีรชัย 🏅", "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร", "", 0, ""),
    ("H.POL", "พล.ต.ต.อนุสรณ์ ปัญญาวงศ์", "ผบก.ภ.จว.สน. อนุสรณ์", "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", "", 1, ""),
    ("H.EDU", "นายสมหมาย คำภักดี", "ศึกษาธิการ จ.สน.", "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", 0, "sommai.k@skn-edu.example"),
    ("H.IRR", "นายเฉลิมชัย ทองแท้", "ผคป.สกลนคร เฉลิมชัย", "agency_head", "โครงการชลประทานสกลนคร", "", 1, ""),
    ("H.PO", "นางสาวรัตติกาล บุญส่ง", "หน.สนจ.สน. รัตติกาล", "agency_head", "สำนักงานจังหวัดสกลนคร", "", 1, ""),
    ("S.DDPM", "นายอภิสิทธิ์ ราชสีห์", "อภิสิทธิ์ ปภ.สน.", "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", 0, ""),
    ("S.PO", "นางสาวพัชรินทร์ โคตรสมบัติ", "พัชรินทร์ สนจ.สน.", "staff", "สำนักงานจังหวัดสกลนคร", "", 1, ""),
    ("S.PHO", "นายธนวินท์ อุดมชัย", "หมอต้น สสจ.สน.", "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", 1, ""),
    ("S.IRR", "นายชนินทร์ ดาวเรือง", "ชนินทร์ ชป.สน.", "staff", "โครงการชลประทานสกลนคร", "", 0, ""),
    ("RET", "นายสมจิตร ดวงมณี", "ลุงจิตร อดีต นอภ.", "retired", "", "", 0, ""),
    # districts: chief (C), coordinating deputy (D), volunteer officer (V), extra deputies (X, Y)
    ("MUE.C", "นายพิสิษฐ์ ทองประเสริฐ", "นอภ.เมืองสกลนคร พิสิษฐ์", "district_chief", "", "MUE", 1, "pisit.t@skn-dopa.example"),
    ("MUE.D", "นายกฤษณะ แสงอรุณ", "ปลัดแบงค์ เมืองสกล", "coordinating_deputy", "", "MUE", 1, ""),
    ("MUE.V", "นางสาวพรรณี ฝนทอง", "จอส.อ.เมืองสกล (ฝน)", "volunteer_center_staff", "", "MUE", 0, ""),
    ("MUE.X", "นายศุภวิชญ์ หอมสมบัติ", "ปลัดกอล์ฟ อ.เมือง", "deputy_district_chief", "", "MUE", 0, ""),
    ("KUS.C", "นายไพศาล ทองมาก", "นอภ.กุสุมาลย์", "district_chief", "", "KUS", 0, ""),
    ("KUS.D", "นายวินัย คำแสน", "ปลัดวิน กุสุมาลย์", "coordinating_deputy", "", "KUS", 1, ""),
    ("KUS.V", "นางสายใจ ประทุมวัน", "สายใจ จอส.กุสุมาลย์", "volunteer_center_staff", "", "KUS", 0, "saijai.p@skn-dopa.example"),
    ("KDB.C", "นายธีรพงษ์ ศรีบุญมา", "ธีรพงษ์ นอภ.กุดบาก", "district_chief", "", "KDB", 1, ""),
    ("KDB.D", "นายเอกพล วงศ์ชาลี", "ปลัดหนึ่ง กุดบาก", "coordinating_deputy|volunteer_center_staff", "", "KDB", 1, ""),
    ("PNN.C", "นายสุเทพ อินทรสุข", "นอภ.พรรณานิคม", "district_chief", "", "PNN", 1, ""),
    ("PNN.D", "นายธนภัทร ศรีจำปา", "ปลัดเบิร์ด", "coordinating_deputy", "", "PNN", 0, ""),
    ("PNN.V", "นางสาวนกน้อย บุตรศรี", "จิตอาสาพรรณาฯ (นก)", "volunteer_center_staff", "", "PNN", 0, ""),
    ("PNN.X", "นายภูมินทร์ แก้วสา", "ปลัดภูมิ พรรณา", "deputy_district_chief", "", "PNN", 1, ""),
    ("PKN.C", "นายธวัช จันทะวงศ์", "นอภ.พังโคน ⭐", "district_chief", "", "PKN", 1, ""),
    ("PKN.D", "นายธนา สุขสำราญ", "ปอ.พังโคน ธนา", "coordinating_deputy", "", "PKN", 0, ""),
    ("PKN.V", "นางอุไรวรรณ ศรีภูมิ", "อุไรวรรณ จอส.พังโคน", "volunteer_center_staff", "", "PKN", 1, ""),
    ("WRC.C", "นายอำพล ภูมิสะอาด", "นอภ.วาริชภูมิ อำพล", "district_chief", "", "WRC", 0, "amphon.p@skn-dopa.example"),
    ("WRC.D", "นายเก่งกาจ พรหมวงศ์", "ปลัดเก่ง วาริช", "coordinating_deputy", "", "WRC", 1, ""),
    ("WRC.V", "นายณัฐวุฒิ มณีวงศ์", "ณัฐวุฒิ จอส.วาริชฯ", "volunteer_center_staff", "", "WRC", 0, ""),
    ("NKU.C", "นางนันทพร รัตนพันธ์", "นันทพร นอภ.นิคมน้ำอูน", "district_chief", "", "NKU", 1, ""),
    ("NKU.D", "นายอุดร ไชยราช", "ปลัดอ๊อด นิคมฯ", "coordinating_deputy", "", "NKU", 0, ""),
    ("NKU.V", "นายชัยณรงค์ หาญสุริย์", "ชัยณรงค์ จอส.นิคมน้ำอูน", "volunteer_center_staff", "", "NKU", 1, ""),
    ("WNN.C", "นายบุญธรรม วิเศษศักดิ์", "นอภ.วานรนิวาส", "district_chief", "", "WNN", 1, ""),
    ("WNN.D", "นายต่อศักดิ์ ปัดไธสง", "ปลัดต่อ วานรฯ", "coordinating_deputy", "", "WNN", 0, "torsak.p@skn-dopa.example"),
    ("WNN.V", "นางสาวเยาวลักษณ์ ทองคำพันธ์", "เยาวลักษณ์ จอส.วานรฯ", "volunteer_center_staff", "", "WNN", 1, ""),
    ("WNN.X", "นายปรเมศวร์ ศรีทอง", "ปลัดบอย วานร", "deputy_district_chief", "", "WNN", 0, ""),
    ("WNN.Y", "นายบดินทร์ มีสุข", "ปลัดเบิร์ด", "deputy_district_chief", "", "WNN", 0, ""),
    ("KTK.C", "นายประจักษ์ สิงห์คำ", "นอภ.คำตากล้า ประจักษ์", "district_chief", "", "KTK", 0, ""),
    ("KTK.D", "นายวีระ เลิศล้ำ", "ปลัดเล็ก คำตากล้า", "coordinating_deputy", "", "KTK", 1, ""),
    ("KTK.V", "นางสาวจารุวรรณ สมนึก", "จารุวรรณ จอส.คำตากล้า", "volunteer_center_staff", "", "KTK", 0, ""),
    ("BMW.C", "นายสุริยนต์ ดอนไพร", "นอภ.บ้านม่วง", "district_chief", "", "BMW", 1, ""),
    ("BMW.D", "นายวุฒิพงศ์ พิมพ์สอน", "ปลัดโจ้ บ้านม่วง", "coordinating_deputy", "", "BMW", 1, ""),
    ("BMW.V", "นางทิพวรรณ ศรีสุข", "ทิพวรรณ จอส.บ้านม่วง", "volunteer_center_staff", "", "BMW", 0, ""),
    ("AKA.C", "นายชัยยุทธ โสภา", "นอภ.อากาศอำนวย", "district_chief", "", "AKA", 0, "chaiyut.s@skn-dopa.example"),
    ("AKA.D", "นายตะวัน ภูวิชัย", "ปลัดตั้ม อากาศฯ", "coordinating_deputy", "", "AKA", 1, ""),
    ("AKA.V", "นายปองพล พลหาญ", "จอส.อากาศอำนวย (ปอ)", "volunteer_center_staff", "", "AKA", 0, ""),
    ("SWD.C", "นายชาญณรงค์ ศรีวงศ์ชัย", "นอภ.สว่างแดนดิน ชาญณรงค์", "district_chief", "", "SWD", 1, ""),
    ("SWD.D", "นายเอกพันธ์ ขันแก้ว", "ปลัดเอก สว่างฯ", "coordinating_deputy", "", "SWD", 1, ""),
    ("SWD.V", "นางรัตนา ทองไทย", "รัตนา จอส.สว่างแดนดิน", "volunteer_center_staff", "", "SWD", 0, ""),
    ("SWD.X", "นายณัฐพงษ์ โพธิ์ศรี", "ปลัดนัท สว่างฯ", "deputy_district_chief", "", "SWD", 0, ""),
    ("SDW.C", "นายวิโรจน์ คงสมบูรณ์", "นอภ.ส่องดาว", "district_chief", "", "SDW", 1, ""),
    ("SDW.D", "นายสมชาย แมนเมือง", "ปลัดแมน ส่องดาว", "coordinating_deputy", "", "SDW", 0, ""),
    ("SDW.V", "นางสาวดวงใจ ภูทอง", "ดวงใจ จอส.ส่องดาว", "volunteer_center_staff", "", "SDW", 1, ""),
    ("TNY.C", "นายอนุรักษ์ บุญเต็ม", "นอภ.เต่างอย 🐢", "district_chief", "", "TNY", 1, ""),
    ("TNY.D", "นายชาตรี ตีระวงศ์", "ปลัดตี๋ เต่างอย", "coordinating_deputy|volunteer_center_staff", "", "TNY", 0, ""),
    ("KSS.C", "นายสงกรานต์ ผิวเหลือง", "นอภ.โคกศรีสุพรรณ", "district_chief", "", "KSS", 0, ""),
    ("KSS.D", "นายยุทธนา ศรีแก้ว", "ปลัดยุทธ โคกศรีฯ", "coordinating_deputy", "", "KSS", 1, ""),
    ("KSS.V", "นางวิไลวรรณ คำมูล", "วิไล จอส.โคกศรีฯ", "volunteer_center_staff", "", "KSS", 0, ""),
    ("JRS.C", "นายคมสันต์ นามบุตร", "นอภ.เจริญศิลป์ คมสันต์|คมสันต์ นามบุตร", "district_chief", "", "JRS", 1, ""),
    ("JRS.D", "นายพงษ์พัฒน์ ศรีเมือง", "ปลัดป๊อก เจริญศิลป์", "coordinating_deputy", "", "JRS", 0, ""),
    ("JRS.V", "นายสมศักดิ์ ไชยบุตร", "สมศักดิ์ จอส.เจริญศิลป์", "volunteer_center_staff", "", "JRS", 0, ""),
    ("JRS.X", "นายอิทธิพล ราชวงศ์", "ปลัดอิทธิ์ เจริญศิลป์", "deputy_district_chief", "", "JRS", 1, ""),
    ("PNK.C", "นางสาวสุนันทา บุญประคอง", "นอภ.โพนนาแก้ว สุนันทา", "district_chief", "", "PNK", 1, ""),
    ("PNK.D", "นายนิติธร สีลาคำ", "ปลัดนิด โพนนาแก้ว", "coordinating_deputy", "", "PNK", 0, ""),
    ("PNK.V", "นายศุภชัย พรมโคตร", "จอส.โพนนาแก้ว ศุภชัย", "volunteer_center_staff", "", "PNK", 1, ""),
    ("PPN.C", "นายเทพฤทธิ์ อุ่นเรือน", "นอภ.ภูพาน", "district_chief", "", "PPN", 0, ""),
    ("PPN.D", "นายเอกลักษณ์ ทองสา", "ปลัดเอ ภูพาน", "coordinating_deputy", "", "PPN", 1, ""),
    ("PPN.V", "นางสาวดาวเรือง คำภูแก้ว", "จอส.ภูพาน (ดาว)", "volunteer_center_staff", "", "PPN", 0, ""),
    ("PPN.X", "นายเจมส์ ศักดิ์ดา", "ปลัดเจมส์ ภูพาน", "deputy_district_chief", "", "PPN", 0, ""),
]


class Person:
    def __init__(self, n, row):
        self.key, self.full, dn, self.role, agency, code, has_id, self.email = row
        self.pid = "P%03d" % n
        self.names = dn.split("|")
        self.name = self.names[0]
        self.roles = set(self.role.split("|"))
        self.code = code
        self.district = DNAME[code] if code else ""
        self.agency = agency or (("ที่ว่าการอำเภอ" + self.district) if code else "")
        self.line = ("U" + hashlib.md5(("ar-line-" + self.key).encode()).hexdigest()) if has_id else ""


BY = {}
PEOPLE = []
for i, r in enumerate(_P, 1):
    p = Person(i, r)
    BY[p.key] = p
    PEOPLE.append(p)


def disp(key):
    return BY[key].name


def roster_rows():
    return [[p.pid, p.full, "|".join(p.names), p.role, p.agency, p.district, p.line, p.email] for p in PEOPLE]
