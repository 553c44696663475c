# Roster of the week AS data (fictional people).  Each entry:
# key, full name, [display names], role, agency, district, has a LINE user id, e-mail
import hashlib

DISTRICTS = [
    ("MUE", "เมืองสกลนคร"), ("KUS", "กุสุมาลย์"), ("KDB", "กุดบาก"), ("PRN", "พรรณานิคม"),
    ("PKN", "พังโคน"), ("WRC", "วาริชภูมิ"), ("NKN", "นิคมน้ำอูน"), ("WNN", "วานรนิวาส"),
    ("KTK", "คำตากล้า"), ("BMW", "บ้านม่วง"), ("AKA", "อากาศอำนวย"), ("SWD", "สว่างแดนดิน"),
    ("SDW", "ส่องดาว"), ("TNY", "เต่างอย"), ("KSS", "โคกศรีสุพรรณ"), ("CRS", "เจริญศิลป์"),
    ("PNK", "โพนนาแก้ว"), ("PPN", "ภูพาน"),
]
DNAME = dict(DISTRICTS)
CODES = [c for c, _ in DISTRICTS]

P = []
ALIAS = {}


def add(key, full, disps, role, agency, district="", line=False, email=""):
    P.append(dict(key=key, full=full, disps=disps, role=role, agency=agency,
                  district=district, line=line, email=email))


PROV = "จังหวัดสกลนคร"
DOPA = "ที่ทำการปกครองจังหวัดสกลนคร"
VOLC = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"

add("GOV", "นายปรเมศวร์ ปัญญาวงศ์", ["ผวจ.สกลนคร ปรเมศวร์", "Poramet P."], "governor", PROV, line=True, email="poramet.p@skn-gov.example")
add("VG1", "นายไกรสร บุญประคอง", ["รองฯ ไกรสร"], "vice_governor", PROV, line=True)
add("VG2", "นางอัมพร วงศ์สุวรรณ", ["รอง ผวจ.อัมพร 🌸"], "vice_governor", PROV, email="amporn.w@skn-gov.example")
add("VG3", "นายเกษม แสงอรุณ", ["เกษม รองผู้ว่าฯ สน."], "vice_governor", PROV, line=True)
add("PAL", "นายพิเชษฐ์ ศรีสุราช", ["ปลัดจังหวัด สน. พิเชษฐ์", "พิเชษฐ์ ปจ.สน."], "provincial_palad", DOPA, line=True, email="pichet.s@skn-dopa.example")
add("ADM1", "นางสาวเยาวลักษณ์ คำมุงคุณ", ["ฝ่ายบริหารงานปกครอง ปค.สน."], "provincial_admin_staff", DOPA, line=True)
add("ADM2", "นายจตุพร ทองมา", ["งานสารบรรณ ปค.จ.สกลนคร"], "provincial_admin_staff", DOPA, line=True, email="saraban.skn@skn-dopa.example")
add("ADM3", "นางสุภาพร ภูศรี", ["กลุ่มงานความมั่นคง ปค.สน. 📌"], "provincial_admin_staff", DOPA)
add("PV1", "ว่าที่ร้อยตรีอนุวัฒน์ มูลสาร", ["อนุวัฒน์ ศอ.จอส.จว.สน."], "volunteer_center_staff", VOLC, line=True)
add("PV2", "นางสาวกัลยา ศรีวงษ์ษา", ["แอดมิน ศอ.จอส.สน. (กัลยา)", "Kanlaya S."], "volunteer_center_staff", VOLC, email="kanlaya.s@skn-dopa.example")
# agency heads
add("H_PBM", "นายประยงค์ สุขสำราญ", ["ประยงค์ ปภ.สน. 🚒"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("H_ENV", "นายชูชาติ พลราช", ["ทสจ.สน. ชูชาติ"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร")
add("H_HLT", "นายแพทย์วรเมธ วิเศษศรี", ["หมอวรเมธ สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True, email="woramet.w@skn-health.example")
add("H_IRR", "นายเฉลิมชัย ไกรสร", ["ผคป.สกลนคร เฉลิมชัย"], "agency_head", "โครงการชลประทานสกลนคร")
add("H_LOC", "นายสุรพล มีสุข", ["ท้องถิ่นจังหวัดสกลนคร"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", line=True)
add("H_CD", "นางนิตยา อุดมศักดิ์", ["พัฒนาการจังหวัด นิตยา 🌼"], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", line=True)
add("H_EDU", "นายวิโรจน์ ทองใบ", ["ศธจ.สกลนคร วิโรจน์"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", email="wiroj.t@skn-edu.example")
add("H_PR", "นางสาวเบญจวรรณ แก้วพิลา", ["ประชาสัมพันธ์จังหวัด (เบญจวรรณ)"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", line=True)
add("H_AGR", "นายทวีศักดิ์ คำแสน", ["เกษตรจังหวัด ทวีศักดิ์"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร")
add("H_POL", "พลตำรวจตรีอภิรักษ์ ศรีเมืองแสน", ["ผบก.ภ.จว.สน. อภิรักษ์"], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("H_FIN", "นางวันเพ็ญ ชัยชนะ", ["คลังจังหวัด วันเพ็ญ"], "agency_head", "สำนักงานคลังจังหวัดสกลนคร", email="wanpen.c@skn-finance.example")
add("H_PWD", "นายบุญมี จันทร์หอม", ["โยธาฯ สน. บุญมี"], "agency_head", "สำนักงานโยธาธิการและผังเมืองจังหวัดสกลนคร")
# staff (deputies and clerks of agency heads)
add("S_PBM", "นายศราวุธ ไชยแสง", ["ศราวุธ ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("S_HLT", "นางสาวจิตรลดา ทองคำแสน", ["จิตรลดา สสจ.สน."], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร")
add("S_ENV", "นายยุทธนา ศรีสมบัติ", ["ยุทธนา ทสจ.สน."], "staff", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", line=True)
add("S_FIN", "นางสาวรุ่งทิวา ชาวงษ์", ["รุ่งทิวา คลังจังหวัด"], "staff", "สำนักงานคลังจังหวัดสกลนคร")
add("RET", "นายสุวิทย์ บุญพา", ["ลุงวิทย์ (อดีต นอภ.)"], "retired", "")

# districts: (code, role suffix, full name, display names, role, line, email)
A = "ที่ว่าการอำเภอ"
D = [
    ("MUE", "CH", "นายอิทธิพล ปัดถาวะโร", ["นอภ.เมืองสกลฯ อิทธิพล", "อิทธิพล ปัดถาวะโร"], "district_chief", True, "ittipol.p@skn-dopa.example"),
    ("MUE", "CO", "นายธีรพงษ์ แก้วบุตร", ["ปลัดธีรพงษ์ เมืองสน", "ธีรพงษ์ แก้วบุตร"], "coordinating_deputy", True, ""),
    ("MUE", "VO", "นางสาวเพ็ญนภา ศรีจันทร์", ["เพ็ญนภา จอส.อ.เมือง"], "volunteer_center_staff", True, ""),
    ("MUE", "X1", "นายชยพล ไชยโคตร", ["ปลัดชยพล (เมือง)"], "deputy_district_chief", False, ""),
    ("MUE", "X2", "นายอภิวัฒน์ ภูชมศรี", ["ปลัดอ้น เมืองสกล"], "deputy_district_chief", True, ""),
    ("KUS", "CH", "นายเอกรัฐ พรหมโคตร", ["นอภ.กุสุมาลย์ เอกรัฐ"], "district_chief", True, ""),
    ("KUS", "CO", "นายปิยะ สุวรรณชาติ", ["ปลัดปิยะ กุสุมาลย์"], "coordinating_deputy", False, ""),
    ("KUS", "VO", "นายกฤษณะ ดวงมณี", ["กฤษณะ จอส.กุสุมาลย์"], "volunteer_center_staff", False, "kritsana.d@skn-dopa.example"),
    ("KDB", "CH", "นางสาวรัชนี จันทะแจ่ม", ["นอภ.กุดบาก รัชนี"], "district_chief", True, ""),
    ("KDB", "CO", "นายสุรเดช แสนทวีสุข", ["ปลัดสุรเดช กุดบาก"], "coordinating_deputy", True, ""),
    ("KDB", "VO", "นายอนุสรณ์ วงศ์ใหญ่", ["อนุสรณ์ จอส.กุดบาก"], "volunteer_center_staff", False, ""),
    ("PRN", "CH", "นายณรงค์ฤทธิ์ ศรีภูธร", ["นอภ.พรรณานิคม"], "district_chief", True, "narongrit.s@skn-dopa.example"),
    ("PRN", "CO", "นายวีรยุทธ ชมภูนุช", ["ปลัดวีรยุทธ พรรณาฯ"], "coordinating_deputy", False, ""),
    ("PRN", "VO", "นางสาวศิริลักษณ์ ผาสุข", ["ศิริลักษณ์ จอส.พรรณา 🌻"], "volunteer_center_staff", True, ""),
    ("PRN", "X1", "นายอรรถชัย ยศศรี", ["ปลัดเอก พรรณานิคม"], "deputy_district_chief", False, ""),
    ("PKN", "CH", "นายไพศาล ทองสุข", ["ไพศาล นอภ.พังโคน"], "district_chief", True, ""),
    ("PKN", "CO", "นายณัฐวุฒิ บุตรดี", ["ปลัดณัฐวุฒิ พังโคน"], "coordinating_deputy", True, ""),
    ("PKN", "VO", "นางบุษบา หอมจันทร์", ["บุษบา จอส.พังโคน"], "volunteer_center_staff", False, ""),
    ("WRC", "CH", "นายธนกฤต อินทรประเสริฐ", ["นอภ.วาริชภูมิ"], "district_chief", False, "thanakrit.i@skn-dopa.example"),
    ("WRC", "CO", "นายสมพร คำบุ", ["ปลัดสมพร วาริชฯ"], "coordinating_deputy", True, ""),
    ("WRC", "VO", "นายสมคิด จำปาทอง", ["สมคิด จอส.วาริชภูมิ"], "volunteer_center_staff", False, ""),
    ("NKN", "CH", "นางวิมลรัตน์ สีดาคำ", ["วิมลรัตน์ นอภ.นิคมน้ำอูน"], "district_chief", True, ""),
    ("NKN", "CO", "นายภูมิพัฒน์ แสนสุข", ["ปลัดภูมิ นิคมฯ"], "coordinating_deputy", False, ""),
    ("NKN", "VO", "นายพิทักษ์ บุญโฮม", ["พิทักษ์ จอส.นิคมน้ำอูน"], "volunteer_center_staff", True, ""),
    ("WNN", "CH", "นายชัยณรงค์ ศรีหาราช", ["นอภ.วานรนิวาส ชัยณรงค์"], "district_chief", True, "chainarong.s@skn-dopa.example"),
    ("WNN", "CO", "นายอนันต์ แก้วประเสริฐ", ["ปลัดอนันต์ วานรฯ"], "coordinating_deputy", True, ""),
    ("WNN", "VO", "นางสาวจิราภรณ์ สุขเกษม", ["จิราภรณ์ จอส.วานร"], "volunteer_center_staff", True, ""),
    ("WNN", "X1", "นายวรพจน์ เหล่าพงษ์", ["ปลัดวรพจน์ วานรนิวาส"], "deputy_district_chief", False, ""),
    ("KTK", "CH", "นายวสันต์ พิมพ์ดี", ["วสันต์ นอภ.คำตากล้า"], "district_chief", True, ""),
    ("KTK", "CO", "นายอนุพงษ์ วงศ์ชาลี", ["ปลัดอนุพงษ์ คำตากล้า"], "coordinating_deputy|volunteer_center_staff", True, ""),
    ("BMW", "CH", "นายอดุลย์ศักดิ์ ชาญณรงค์", ["นอภ.บ้านม่วง อดุลย์ศักดิ์"], "district_chief", False, ""),
    ("BMW", "CO", "นายก้องเกียรติ ศรีสุข", ["ปลัดก้อง บ้านม่วง"], "coordinating_deputy", True, ""),
    ("BMW", "VO", "นางสาวอารีรัตน์ ทองแก้ว", ["อารีรัตน์ จอส.บ้านม่วง"], "volunteer_center_staff", False, "areerat.t@skn-dopa.example"),
    ("AKA", "CH", "นายวุฒิชัย ศรีแสงจันทร์", ["นอภ.อากาศอำนวย วุฒิชัย"], "district_chief", True, ""),
    ("AKA", "CO", "นายบุญยืน ไชยเดช", ["ปลัดบอย", "บุญยืน อากาศฯ"], "coordinating_deputy", False, ""),
    ("AKA", "VO", "นายสิทธิพร มาตย์วิเศษ", ["สิทธิพร จอส.อากาศฯ"], "volunteer_center_staff", True, ""),
    ("SWD", "CH", "นายมงคล ธรรมวงศ์", ["มงคล นอภ.สว่างแดนดิน"], "district_chief", True, "mongkol.t@skn-dopa.example"),
    ("SWD", "CO", "นายเจษฎา พรมมาศ", ["ปลัดเจษฎา สว่างฯ"], "coordinating_deputy", True, ""),
    ("SWD", "VO", "นางสาวชุติมา บุญเรืองศรี", ["ชุติมา จอส.สว่างแดนดิน"], "volunteer_center_staff", False, ""),
    ("SWD", "X1", "นายธนพงษ์ ดวงจันทร์", ["ปลัดบอย"], "deputy_district_chief", False, ""),
    ("SWD", "X2", "นายรัฐพล วงศ์ศรี", ["ปลัดรัฐพล สว่างฯ"], "deputy_district_chief", True, ""),
    ("SDW", "CH", "นายวิชาญ กองแก้วกาญจน์", ["นอภ.ส่องดาว วิชาญ"], "district_chief", True, ""),
    ("SDW", "CO", "นายพีระพงษ์ ศรีทอง", ["ปลัดพีระพงษ์ ส่องดาว"], "coordinating_deputy", False, ""),
    ("SDW", "VO", "นางสาวกมลวรรณ โคตรมณี", ["กมลวรรณ จอส.ส่องดาว"], "volunteer_center_staff", True, ""),
    ("TNY", "CH", "นายประเสริฐ ภูแล่นแก้ว", ["นอภ.เต่างอย ประเสริฐ"], "district_chief", False, ""),
    ("TNY", "CO", "นายนิรันดร์ ศรีอุดม", ["ปลัดนิรันดร์ เต่างอย"], "coordinating_deputy", True, ""),
    ("TNY", "VO", "นายชาญวิทย์ ศรีปัญญา", ["ชาญวิทย์ จอส.เต่างอย"], "volunteer_center_staff", False, ""),
    ("KSS", "CH", "นายวีระพล สิงห์ทอง", ["วีระพล นอภ.โคกศรีสุพรรณ"], "district_chief", True, ""),
    ("KSS", "CO", "นายเดชา คำภักดี", ["ปลัดเดชา โคกศรีฯ"], "coordinating_deputy", True, ""),
    ("KSS", "VO", "นางสาวปวีณา ศรีนวล", ["ปวีณา จอส.โคกศรี"], "volunteer_center_staff", False, ""),
    ("KSS", "X1", "นายภาคภูมิ ทองหล่อ", ["ปลัดภาคภูมิ โคกศรีฯ"], "deputy_district_chief", True, ""),
    ("CRS", "CH", "นางกนกพร ศรีประเสริฐ", ["นอภ.เจริญศิลป์ กนกพร"], "district_chief", True, "kanokporn.s@skn-dopa.example"),
    ("CRS", "CO", "นายจิรศักดิ์ บุญมาก", ["ปลัดจิรศักดิ์ เจริญศิลป์"], "coordinating_deputy", False, ""),
    ("CRS", "VO", "นายทองใบ แสนอุบล", ["ทองใบ จอส.เจริญศิลป์"], "volunteer_center_staff", True, ""),
    ("PNK", "CH", "นายสมหมาย ศรีวิลัย", ["สมหมาย นอภ.โพนนาแก้ว"], "district_chief", True, ""),
    ("PNK", "CO", "นายชนินทร์ ผิวเหลือง", ["ปลัดชนินทร์ โพนนาแก้ว"], "coordinating_deputy|volunteer_center_staff", False, ""),
    ("PPN", "CH", "นายเทพฤทธิ์ สายสุด", ["นอภ.ภูพาน เทพฤทธิ์ 🌲"], "district_chief", True, ""),
    ("PPN", "CO", "นายศักดิ์ดา หาญกล้า", ["ปลัดศักดิ์ดา ภูพาน"], "coordinating_deputy", True, ""),
    ("PPN", "VO", "นายอิทธิกร คำวงษ์", ["อิทธิกร จอส.ภูพาน"], "volunteer_center_staff", True, ""),
    ("PPN", "X1", "นายกิตติพัฒน์ สุขใจ", ["ปลัดกิตติพัฒน์ ภูพาน"], "deputy_district_chief", False, ""),
]
for code, suf, full, disps, role, line, email in D:
    add(f"{code}.{suf}", full, disps, role, A + DNAME[code],
        DNAME[code], line=line, email=email)
# the two-role people are also their district's volunteer officer
ALIAS["KTK.VO"] = "KTK.CO"
ALIAS["PNK.VO"] = "PNK.CO"

BY = {p["key"]: p for p in P}
for i, p in enumerate(P, 1):
    p["pid"] = f"P{i:03d}"
    p["sid"] = ("U" + hashlib.sha256(("week-as/" + p["key"]).encode()).hexdigest()[:32]) if p["line"] else ""


def get(key):
    return BY[ALIAS.get(key, key)]


def disp(key, i=0):
    return get(key)["disps"][i]


def sid(key):
    return get(key)["sid"]


def roster_rows():
    return [[p["pid"], p["full"], "|".join(p["disps"]), p["role"], p["agency"], p["district"], p["sid"], p["email"]]
            for p in P]
