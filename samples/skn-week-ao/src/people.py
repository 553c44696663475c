# Roster of the week AO data (fictional people).  Each entry:
# key, full_name, [display names], role, agency, district, has_line_id, email
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


def add(key, full, disps, role, agency, district="", line=False, email=""):
    P.append(dict(key=key, full=full, disps=disps, role=role, agency=agency,
                  district=district, line=line, email=email))


PROV = "จังหวัดสกลนคร"
DOPA = "ที่ทำการปกครองจังหวัดสกลนคร"
VOLC = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"
add("GOV", "นายชยพล รัตนวิจิตร", ["ผวจ.สน. ชยพล", "Chayaphon R."], "governor", PROV, line=True, email="chayaphon.r@skn-gov.example")
add("VG1", "นายสมเจตน์ บุญประคอง", ["รองฯ สมเจตน์"], "vice_governor", PROV, line=True)
add("VG2", "นางพัชรินทร์ คำแสน", ["รองผู้ว่าฯ พัชรินทร์ 🌷"], "vice_governor", PROV, email="patcharin.k@skn-gov.example")
add("VG3", "นายเฉลิมพล ไตรยราช", ["เฉลิมพล รอง ผวจ.สน."], "vice_governor", PROV, line=True)
add("PALAD", "นายสุริยันต์ ภูมิสถาน", ["ปลัดจังหวัด สน. สุริยันต์", "ปจ.สน."], "provincial_palad", DOPA, line=True, email="suriyan.p@skn-dopa.example")
add("ADM1", "นางสาวนภัสสร แก้วประเสริฐ", ["ปค.สน. งานสารบรรณ"], "provincial_admin_staff", DOPA, line=True, email="saraban.dopa@skn-dopa.example")
add("ADM2", "นายวีรยุทธ แก่นจันทร์", ["ฝ่ายปกครอง จว.สน."], "provincial_admin_staff", DOPA, line=True)
add("ADM3", "นางมณีรัตน์ พรหมวงศ์", ["มณีรัตน์ ปค.จว.สน. 📝"], "provincial_admin_staff", DOPA)
add("PV1", "จ.ส.อ.ประสงค์ ไชยคำ", ["จ่าเอก ศอ.จอส.สกลฯ"], "volunteer_center_staff", VOLC, line=True)
add("PV2", "นางสาววิภาดา พลสิงห์", ["วิภาดา ศอ.จอส.จว.สน. 🌻", "Wipada P."], "volunteer_center_staff", VOLC, email="wipada.p@skn-dopa.example")
# agency heads (12)
add("AH_PBM", "นายประวิทย์ ศรีธรรมมา", ["ผอ.ปภ.สกลนคร ประวิทย์"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("AH_AGR", "นายประจักษ์ บุญศรีรักษ์", ["เกษตรจังหวัด สน. ประจักษ์ 🌾"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", email="prajak.b@skn-agri.example")
add("AH_HLT", "นายศักดิ์สิทธิ์ วงศ์สุวรรณ", ["นพ.สสจ.สน. ศักดิ์สิทธิ์"], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True)
add("AH_IRR", "นายเชิดชัย จันทร์ผาย", ["ผคป.สกลนคร เชิดชัย 💧"], "agency_head", "โครงการชลประทานสกลนคร", line=True)
add("AH_PR", "นางวิไลพร อุปพงษ์", ["ปชส.สน. วิไลพร"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", line=True)
add("AH_SOC", "นางสุภาพร ธาตุดี", ["พมจ.สกลนคร สุภาพร"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร")
add("AH_CUL", "นายเกษม ศรีมงคล", ["วัฒนธรรมจังหวัดสกลนคร"], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", email="kasem.s@skn-culture.example")
add("AH_TOU", "นายปกรณ์ วิเศษสมบัติ", ["ท่องเที่ยวและกีฬา จ.สน. ปกรณ์ 🏃"], "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร")
add("AH_POL", "พล.ต.ต.ชาญณรงค์ ปัญญาวงศ์", ["ผบก.ภ.จว.สน. ชาญณรงค์"], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("AH_RRD", "นายไพฑูรย์ แสงจันทร์", ["ทช.สกลนคร ไพฑูรย์"], "agency_head", "สำนักงานทางหลวงชนบทจังหวัดสกลนคร")
add("AH_FIN", "นางอรวรรณ ภูผาทอง", ["คลังจังหวัดสกลนคร อรวรรณ"], "agency_head", "สำนักงานคลังจังหวัดสกลนคร", email="orawan.p@skn-fin.example")
add("AH_PO", "นายพิเชษฐ์ อินทรสุข", ["หน.สนจ.สน. พิเชษฐ์"], "agency_head", "สำนักงานจังหวัดสกลนคร", line=True)
# staff (deputies / clerks of agency heads)
add("ST_PBM", "นายอดิศักดิ์ ภูกองไชย", ["อดิศักดิ์ ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("ST_PO", "นางสาวกมลชนก สุริยวงศ์", ["กมลชนก สนจ.สน."], "staff", "สำนักงานจังหวัดสกลนคร")
add("ST_AGR", "นายวุฒิชัย แก้วดวงดี", ["วุฒิชัย รองเกษตรจังหวัด"], "staff", "สำนักงานเกษตรจังหวัดสกลนคร", line=True)
add("ST_IRR", "นายภาณุพงศ์ สุขประเสริฐ", ["ช่างภาณุ ชป.สกล"], "staff", "โครงการชลประทานสกลนคร")
add("RET", "นายบุญมี ศรีสองเมือง", ["พ่อใหญ่บุญมี อดีตปลัดจังหวัด"], "retired", "")

DPEOPLE = {
 "MUE": [("chief", "นายศุภวิชญ์ พลชัย", ["นอภ.เมืองสกลนคร ศุภวิชญ์"], "district_chief", True, "supawit.p@skn-dopa.example"),
         ("coord", "นายสราวุธ มณีวงศ์", ["ปลัดสราวุธ อ.เมืองสกลฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวจิราภา ทองเหลือง", ["จิราภา จอส.อ.เมืองสน"], "volunteer_center_staff", False, ""),
         ("x1", "นายภัทรพล ดีพร้อม", ["ปลัดภัทร เมืองสกล"], "deputy_district_chief", True, ""),
         ("x2", "นางสาวธิดารัตน์ แสนมี", ["ปลัดธิดารัตน์ 🌸"], "deputy_district_chief", False, "")],
 "KUS": [("chief", "นายเอนก ภูวงษ์", ["นอภ.กุสุมาลย์ เอนก"], "district_chief", True, ""),
         ("coord", "นายธเนศ ดวงมาลา", ["ปลัดเก่ง"], "coordinating_deputy", False, ""),
         ("vol", "นายสุรเดช คำภา", ["สุรเดช ศอ.จอส.อ.กุสุมาลย์"], "volunteer_center_staff", True, "")],
 "KDB": [("chief", "นางสาวรัตติยา อินทรวงศ์", ["รัตติยา นอภ.กุดบาก 🌿"], "district_chief", False, "rattiya.i@skn-dopa.example"),
         ("coord", "นายธีรวุฒิ พรหมจักร", ["ปลัดธีรวุฒิ กุดบาก (จอส.)"], "coordinating_deputy|volunteer_center_staff", True, "")],
 "PRN": [("chief", "นายวิษณุ ศรีทอง", ["นอภ.พรรณานิคม วิษณุ"], "district_chief", True, ""),
         ("coord", "นายธีรพงษ์ จันทร์หอม", ["ปลัดธีร์ พรรณาฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางปราณี หาญชนะ", ["ปราณี จิตอาสาพรรณาฯ"], "volunteer_center_staff", False, "pranee.h@skn-dopa.example"),
         ("x1", "นายอรรถชัย ผิวขาว", ["ปลัดอรรถชัย พรรณา"], "deputy_district_chief", False, "")],
 "PKN": [("chief", "นายณรงค์ฤทธิ์ ศรีกุลวงศ์", ["นอภ.พังโคน ณรงค์ฤทธิ์"], "district_chief", True, ""),
         ("coord", "นายเจษฎา ไชยเสนา", ["เจษฎา ปอ.พังโคน"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวกนกพร บุญช่วย", ["กนกพร จอส.พังโคน"], "volunteer_center_staff", False, "")],
 "WRC": [("chief", "นายพงศ์ศักดิ์ ทิพย์มนตรี", ["นอภ.วาริชภูมิ พงศ์ศักดิ์"], "district_chief", False, ""),
         ("coord", "นายอนุรักษ์ ดวงใจ", ["ปลัดอนุรักษ์ วาริชฯ"], "coordinating_deputy", True, ""),
         ("vol", "นายเอกราช บุตรวงศ์", ["เอกราช จอส.วาริช"], "volunteer_center_staff", True, "")],
 "NKN": [("chief", "นางสุนิสา พรหมโคตร", ["สุนิสา นอภ.นิคมน้ำอูน"], "district_chief", True, ""),
         ("coord", "นายไพศาล โคตรชมภู", ["ปลัดไพศาล นิคมฯ"], "coordinating_deputy|volunteer_center_staff", False, "")],
 "WNN": [("chief", "นายสุทธิชัย อินทร์ทอง", ["นอภ.วานรนิวาส สุทธิชัย"], "district_chief", True, "sutthichai.i@skn-dopa.example"),
         ("coord", "นายชนะพล สีหะ", ["ปลัดชนะ วานรฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางรัชฎาภรณ์ ทิพย์รักษา", ["รัชฎา จอส.วานร 💐"], "volunteer_center_staff", False, ""),
         ("x1", "นายกฤษณะ ภูมิสะอาด", ["ปลัดกฤษณะ วานรนิวาส"], "deputy_district_chief", False, "")],
 "KTK": [("chief", "นายจักรกฤษณ์ บุญยืน", ["นอภ.คำตากล้า จักรกฤษณ์"], "district_chief", True, ""),
         ("coord", "นายสุวิทย์ คำพิลา", ["สุวิทย์ ปลัดประสานงาน คต."], "coordinating_deputy", False, ""),
         ("vol", "นางสาวอัมพร นาคสุข", ["อัมพร จอส.คำตากล้า"], "volunteer_center_staff", True, "")],
 "BMW": [("chief", "นายธนกฤต ศรีละคร", ["ธนกฤต นอภ.บ้านม่วง"], "district_chief", True, ""),
         ("coord", "นายประเสริฐ โพธิ์กลาง", ["ปลัดเสริฐ บ้านม่วง"], "coordinating_deputy", False, ""),
         ("vol", "นายวีระพงษ์ สุขแสน", ["วีระพงษ์ จอส.บ้านม่วง"], "volunteer_center_staff", True, "")],
 "AKA": [("chief", "นายเทพพิทักษ์ ศรีอุดม", ["นอภ.อากาศอำนวย เทพพิทักษ์"], "district_chief", True, ""),
         ("coord", "นายกิตติพัฒน์ ราชพรหม", ["ปลัดกิตติพัฒน์ อากาศฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวนงลักษณ์ คำมูล", ["นงลักษณ์ จอส.อากาศ"], "volunteer_center_staff", False, ""),
         ("x1", "นายอดิเทพ ไชยปัญหา", ["ปลัดอดิเทพ อากาศอำนวย"], "deputy_district_chief", True, "")],
 "SWD": [("chief", "นายวรเชษฐ์ นาคประเสริฐ", ["นอภ.สว่างแดนดิน วรเชษฐ์"], "district_chief", False, "worachet.n@skn-dopa.example"),
         ("coord", "นายศรายุทธ พันธุ์ดี", ["ศรายุทธ ปอ.สว่างฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางวันเพ็ญ มีสุข", ["วันเพ็ญ จอส.สว่างแดนดิน"], "volunteer_center_staff", False, ""),
         ("x1", "นายวรวิทย์ ศรีบุรินทร์", ["ปลัดเก่ง"], "deputy_district_chief", False, "")],
 "SDW": [("chief", "นายอนันต์ พิมพ์ภา", ["อนันต์ นอภ.ส่องดาว"], "district_chief", True, ""),
         ("coord", "นายพิทักษ์ บุญหนา", ["ปลัดพิทักษ์ ส่องดาว"], "coordinating_deputy", False, ""),
         ("vol", "นายบรรจง วงศ์ละคร", ["บรรจง จอส.ส่องดาว"], "volunteer_center_staff", True, "")],
 "TNY": [("chief", "นางสาวกาญจนาพร ศรีหา", ["นอภ.เต่างอย กาญจนาพร"], "district_chief", True, ""),
         ("coord", "นายปรีดา นาแพง", ["ปรีดา ปลัดเต่างอย"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวลำดวน ศรีพิมพ์", ["ลำดวน จอส.เต่างอย 🌼"], "volunteer_center_staff", False, "")],
 "KSS": [("chief", "นายอุดมศักดิ์ ศรีภักดี", ["นอภ.โคกศรีสุพรรณ อุดมศักดิ์"], "district_chief", True, ""),
         ("coord", "นายยุทธนา สมบูรณ์", ["ปลัดยุทธ โคกศรีฯ"], "coordinating_deputy", True, ""),
         ("vol", "นายศุภกร มาลาหอม", ["ศุภกร จอส.โคกศรี"], "volunteer_center_staff", False, "")],
 "CRS": [("chief", "นายชวลิต ศรีประเสริฐ", ["ชวลิต นอภ.เจริญศิลป์"], "district_chief", True, ""),
         ("coord", "นายณัฐวุฒิ ศรีสว่าง", ["ปลัดวุฒิ เจริญศิลป์"], "coordinating_deputy", False, ""),
         ("vol", "นางบุษบา ผาลา", ["บุษบา จอส.เจริญศิลป์"], "volunteer_center_staff", False, "butsaba.p@skn-dopa.example")],
 "PNK": [("chief", "นายมงคล ธรรมวงศ์", ["มงคล นอภ.โพนนาแก้ว"], "district_chief", True, ""),
         ("coord", "นายสายัณห์ ศรีโคตร", ["ปลัดสายัณห์ โพนนาแก้ว"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวเยาวลักษณ์ แพงศรี", ["เยาวลักษณ์ จอส.โพนนาแก้ว"], "volunteer_center_staff", False, "")],
 "PPN": [("chief", "นายพีระพงษ์ นามบุตร", ["พีระพงษ์ นอภ.ภูพาน"], "district_chief", True, ""),
         ("coord", "ว่าที่ร้อยตรีสมพร ใจดี", ["ว่าที่ร.ต.สมพร ปลัดภูพาน"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวดารุณี บุญมาก", ["ดารุณี ศอ.จอส.ภูพาน"], "volunteer_center_staff", True, ""),
         ("x1", "นายณัฐพงษ์ อุทรักษ์", ["ปลัดณัฐพงษ์ ภูพาน"], "deputy_district_chief", False, "")],
}
for code, dn in DISTRICTS:
    for slot, full, disps, role, line, email in DPEOPLE[code]:
        add(code + "." + slot, full, disps, role, "ที่ว่าการอำเภอ" + dn, dn, line, email)

BY = {p["key"]: p for p in P}
# the district's volunteer officer (the two-role coordinating deputy where there is no separate one)
VOLKEY = {c: (c + ".vol" if (c + ".vol") in BY else c + ".coord") for c in CODES}


def line_id(key):
    return "U" + hashlib.md5(("skn-week-ao/" + key).encode()).hexdigest()


def disp(key, i=0):
    return BY[key]["disps"][i]


def sid(key):
    p = BY[key]
    if p["line"]:
        return line_id(key)
    return p["email"] or None


def roster_rows():
    rows = []
    for i, p in enumerate(P, 1):
        rows.append([f"P{i:03d}", p["full"], "|".join(p["disps"]), p["role"], p["agency"], p["district"],
                     line_id(p["key"]) if p["line"] else "", p["email"]])
    return rows


def pid(key):
    return f"P{[p['key'] for p in P].index(key) + 1:03d}"
