# Roster of the week AB data (fictional people).  Each entry:
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

P = []  # rows


def add(key, full, disps, role, agency, district="", line=False, email=""):
    P.append(dict(key=key, full=full, disps=disps, role=role, agency=agency,
                  district=district, line=line, email=email))


add("GOV", "นายธีรวัฒน์ ศรีบุญเรือง", ["ผวจ.สน. ธีรวัฒน์", "Teerawat S."], "governor", "จังหวัดสกลนคร", line=True, email="teerawat.sbr@skn-gov.example")
add("VG1", "นายประสิทธิ์ วงศ์คำจันทร์", ["รองฯ ประสิทธิ์ 🙏"], "vice_governor", "จังหวัดสกลนคร", line=True)
add("VG2", "นางสาวกนกวรรณ ภูมิพันธ์", ["รองผู้ว่าฯ กนกวรรณ", "Kanokwan P."], "vice_governor", "จังหวัดสกลนคร", email="kanokwan.p@skn-gov.example")
add("VG3", "นายอดิศร แก้วมณี", ["อดิศร แก้วมณี"], "vice_governor", "จังหวัดสกลนคร", line=True)
add("PALAD", "นายวิชิต พรหมสาขา ณ สกลนคร", ["ปลัดจังหวัดสกลนคร", "วิชิต ปจ.สน."], "provincial_palad", "ที่ทำการปกครองจังหวัดสกลนคร", line=True, email="wichit.p@skn-dopa.example")
add("ADM1", "นางสาวอัญชลี ศรีบุญ", ["ปค.จ.สน. (สารบรรณ)"], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", line=True, email="saraban.pkj@skn-dopa.example")
add("ADM2", "นายธนวัฒน์ คำหล้า", ["กลุ่มงานปกครอง สน."], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", line=True)
add("ADM3", "นางรุ่งนภา พลศรี", ["ฝ่ายอำนวยการ ปค.สน. 📢"], "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร")
add("PV1", "ว่าที่ ร.ต.ชาญชัย บุญมา", ["จ่าชาญ ศอ.จอส.สน."], "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", line=True)
add("PV2", "นางพรทิพย์ ไชยสิทธิ์", ["พี่หน่อย ศอ.จอส.จว.", "Porntip C."], "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", email="porntip.c@skn-dopa.example")
# agency heads
add("AH_PBM", "นายสุรเชษฐ์ ทองประสาร", ["ผอ.ปภ.สน."], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("AH_AGR", "นายบุญเลิศ มาลัยทอง", ["เกษตรจังหวัดสกลนคร 🌾"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", email="boonlert.m@skn-agri.example")
add("AH_HLT", "นายกิตติพงษ์ ศรีวงษ์", ["นพ.กิตติพงษ์ สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True)
add("AH_PR", "นางอรุณี พิมพ์ทอง", ["ปชส.สกลนคร อรุณี"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", line=True)
add("AH_SOC", "นางจิราพร สุวรรณไตร", ["พมจ.สน. จิราพร"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร")
add("AH_CUL", "นายสมศักดิ์ ดวงแก้ว", ["วธจ.สน."], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", email="somsak.d@skn-culture.example")
add("AH_ENV", "นายเอกชัย พลเยี่ยม", ["ทสจ.สกลนคร"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร")
add("AH_CD", "นางวราภรณ์ ศรีลาวงศ์", ["พช.สน. วราภรณ์ 💐"], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", line=True)
add("AH_HWY", "นายธนพล อินทร์แก้ว", ["ขท.สน.1 ธนพล"], "agency_head", "แขวงทางหลวงสกลนครที่ ๑")
add("AH_POL", "พล.ต.ต.วีระยุทธ ชัยมงคล", ["ผบก.ภ.จว.สกลนคร"], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("AH_EDU", "นายไพโรจน์ คำภูแสน", ["ศธจ.สน. ไพโรจน์"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", email="pairoj.k@skn-edu.example")
add("AH_TOU", "นางสาวปิยะนุช เหล่าสุวรรณ", ["ท่องเที่ยวฯ สน. ปิยะนุช ✈️"], "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร")
# deputies / clerks of agency heads
add("ST_PBM", "นายณรงค์ศักดิ์ ไชยมาตย์", ["ณรงค์ศักดิ์ ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("ST_AGR", "นางสาวศิริพร แสนโคตร", ["ศิริพร เกษตรจังหวัด"], "staff", "สำนักงานเกษตรจังหวัดสกลนคร")
add("ST_SOC", "นายภานุวัฒน์ ทองเภา", ["ภานุ พมจ."], "staff", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", line=True)
add("ST_TOU", "นายกฤษดา สีหาราช", ["กฤษดา (รองฯ ท่องเที่ยว สน.)"], "staff", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร")
add("RET", "นายบุญส่ง ชาญวิทย์", ["ลุงส่ง อดีตนอภ."], "retired", "")

# districts: chief, coordinating deputy, volunteer officer, extras
DPEOPLE = {
 "MUE": [("chief", "นายเกรียงไกร สุขเจริญ", ["นอภ.เมืองสกลนคร"], "district_chief", True, "kriangkrai.s@skn-dopa.example"),
         ("coord", "นายปิยพงษ์ ทองดี", ["ปลัดต้น เมืองสน"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวรัชนี วงศ์ใหญ่", ["รัชนี จอส.เมือง"], "volunteer_center_staff", True, ""),
         ("x1", "นายณัฐพล ศรีพรม", ["ปลัดณัฐ อ.เมือง"], "deputy_district_chief", False, "")],
 "KUS": [("chief", "นายชัยวัฒน์ บุตรดี", ["ชัยวัฒน์ นอภ.กุสุมาลย์"], "district_chief", True, ""),
         ("coord", "นายศุภชัย แสนสุข", ["ศุภชัย ปอ.กุสุมาลย์"], "coordinating_deputy", False, "supachai.s@skn-dopa.example"),
         ("vol", "นางกาญจนา ผาสุข", ["กาญจนา 🌸"], "volunteer_center_staff", False, "")],
 "KDB": [("chief", "นายวีรพล หอมจันทร์", ["นอภ.กุดบาก"], "district_chief", True, ""),
         ("coord", "นายอนุชา มูลมณี", ["ปลัดนุ กุดบาก"], "coordinating_deputy|volunteer_center_staff", True, "")],
 "PRN": [("chief", "นายสุทธิพงษ์ ใจมั่น", ["สุทธิพงษ์ ใจมั่น"], "district_chief", False, "sutthipong.j@skn-dopa.example"),
         ("coord", "นายจักรพันธ์ ศรีเมือง", ["ปลัดจักร พรรณาฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวสุดารัตน์ บุญหล้า", ["ดา จอส.พรรณา"], "volunteer_center_staff", False, ""),
         ("x1", "นายพีรพัฒน์ คำแก้ว", ["Peerapat K."], "deputy_district_chief", True, "")],
 "PKN": [("chief", "นายธนากร เรืองศรี", ["นอภ.พังโคน"], "district_chief", True, ""),
         ("coord", "นายเอกชัย ศรีวิเศษ", ["ปลัดเอ็ม พังโคน"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวอรอุมา สีดา", ["อร จิตอาสาพังโคน"], "volunteer_center_staff", False, "")],
 "WRC": [("chief", "นายพงศกร ชาวนา", ["พงศกร (นอภ.วาริชภูมิ)"], "district_chief", False, ""),
         ("coord", "นายอำนาจ ผิวขำ", ["🌾ต้อม วาริช🌾"], "coordinating_deputy", True, ""),
         ("vol", "นายสุริยา บุญเรือง", ["สุริยา จอส.วาริชภูมิ"], "volunteer_center_staff", False, "suriya.b@skn-dopa.example")],
 "NKN": [("chief", "นางสาวนันทนา ศรีจันทร์", ["นอภ.นิคมน้ำอูน (นันทนา)"], "district_chief", True, ""),
         ("coord", "นายภูวดล กองแก้ว", ["ภูวดล กองแก้ว"], "coordinating_deputy", False, ""),
         ("vol", "นายธีระ โพธิ์ศรี", ["ธีระ นิคมฯ"], "volunteer_center_staff", False, "")],
 "WNN": [("chief", "นายสุรศักดิ์ พันธุ์โยธี", ["นอภ.วานรฯ สุรศักดิ์"], "district_chief", True, ""),
         ("coord", "นายกิตติศักดิ์ ไชยวงศ์", ["กิตติศักดิ์ ปอ.วานร"], "coordinating_deputy", False, ""),
         ("vol", "นางพิมพ์ชนก ทองคำ", ["พิมพ์ จอส.วานรนิวาส"], "volunteer_center_staff", True, ""),
         ("x1", "นายวัชระ ศรีสวัสดิ์", ["ปลัดโอ๊ต"], "deputy_district_chief", False, ""),
         ("x2", "นายรณชัย นาคำ", ["รณชัย วานรฯ"], "deputy_district_chief", False, "")],
 "KTK": [("chief", "นายบัณฑิต แสงสว่าง", ["บัณฑิต คำตากล้า"], "district_chief", False, "bandit.s@skn-dopa.example"),
         ("coord", "นายอภิชาติ ศรีนวล", ["ปลัดอ๊อฟ คำตากล้า"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวมยุรี แก้วกัลยา", ["มยุรี 💚"], "volunteer_center_staff", False, "")],
 "BMW": [("chief", "นายสมบัติ ทองมา", ["นอภ.บ้านม่วง"], "district_chief", False, ""),
         ("coord", "นายวิทยา นามวงศ์", ["ปลัดวิทย์ บ้านม่วง"], "coordinating_deputy", True, ""),
         ("vol", "นายชาตรี ศรีสุวรรณ", ["ชาตรี จอส.บ้านม่วง"], "volunteer_center_staff", False, "")],
 "AKA": [("chief", "นายประพันธ์ ยอดคำ", ["ประพันธ์ ยอดคำ"], "district_chief", True, ""),
         ("coord", "นายธวัชชัย หงส์ทอง", ["ปอ.ป๊อป อากาศฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวจันทร์เพ็ญ ดีพิมาย", ["จันทร์เพ็ญ อากาศอำนวย"], "volunteer_center_staff", False, "janpen.d@skn-dopa.example")],
 "SWD": [("chief", "นายจิรายุ บุญประเสริฐ", ["นอภ.สว่างแดนดิน"], "district_chief", True, ""),
         ("coord", "นายนพดล ภูผาแก้ว", ["นพดล สว่างฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางศศิธร อุ่นใจ", ["ศศิธร จอส.สว่าง"], "volunteer_center_staff", True, ""),
         ("x1", "นายปรีชา โคตรชา", ["ปลัดปรีชา สว่างแดนดิน"], "deputy_district_chief", False, ""),
         ("x2", "นายธีรศักดิ์ มาตย์วงศ์", ["ธีรศักดิ์ 🚜"], "deputy_district_chief", False, "")],
 "SDW": [("chief", "นายอุดม เพชรสุวรรณ", ["นอภ.ส่องดาว 🌳"], "district_chief", True, ""),
         ("coord", "นายสมเกียรติ ไชยโย", ["สมเกียรติ ส่องดาว"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวณัฐธิดา วงศ์ษา", ["ณัฐธิดา"], "volunteer_center_staff", False, "")],
 "TNY": [("chief", "นายศักดิ์ชัย โพธิ์ทอง", ["ศักดิ์ชัย นอภ.เต่างอย"], "district_chief", False, ""),
         ("coord", "นายเกียรติศักดิ์ บุญมี", ["ปลัดโอ๊ต"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวลัดดา ศรีทน", ["ลัดดา เต่างอย"], "volunteer_center_staff", True, "")],
 "KSS": [("chief", "นายอรรถพล มั่นคง", ["อรรถพล โคกศรีฯ"], "district_chief", True, ""),
         ("coord", "นายสิทธิชัย ทองสุข", ["ปลัดสิทธิ์ โคกศรีสุพรรณ"], "coordinating_deputy", False, ""),
         ("vol", "นายวรวุฒิ คำมุงคุณ", ["วรวุฒิ จอส.โคกศรีฯ"], "volunteer_center_staff", False, "")],
 "CRS": [("chief", "นายสมพงษ์ ศรีสุข", ["สมพงษ์ ศรีสุข"], "district_chief", False, "sompong.s@skn-dopa.example"),
         ("coord", "นายอดุลย์ พรมมา", ["อดุลย์ ปอ.เจริญศิลป์"], "coordinating_deputy", True, ""),
         ("vol", "นายไชยา บุญทัน", ["ไชยา เจริญศิลป์"], "volunteer_center_staff", False, ""),
         ("x1", "นายสุเมธ ผลาผล", ["ปลัดเมธ เจริญศิลป์"], "deputy_district_chief", False, "")],
 "PNK": [("chief", "นางสาวปาริชาติ อินทร์ตา", ["นอภ.โพนนาแก้ว"], "district_chief", True, ""),
         ("coord", "นายธีรยุทธ ศรีหาวงศ์", ["ธีรยุทธ โพนนาแก้ว"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวกัญญารัตน์ ปัททุม", ["กัญญ์ จิตอาสาโพนฯ"], "volunteer_center_staff", False, "")],
 "PPN": [("chief", "นายวรพจน์ สายทอง", ["วรพจน์ นอภ.ภูพาน ⛰️"], "district_chief", True, ""),
         ("coord", "นายสุรชัย ภูมิศรี", ["ปลัดชัย ภูพาน"], "coordinating_deputy|volunteer_center_staff", False, "surachai.p@skn-dopa.example"),
         ("x1", "นายณรงค์ ปัญญาดี", ["ณรงค์ ภูพาน"], "deputy_district_chief", False, "")],
}
for code, dn in DISTRICTS:
    for slot, full, disps, role, line, email in DPEOPLE[code]:
        agency = "ที่ว่าการอำเภอ" + dn
        add(code + "." + slot, full, disps, role, agency, dn, line, email)

# Volunteer officer of the district where the dual-role person works
VOLKEY = {c: (c + ".vol" if any(s == "vol" for s, *_ in DPEOPLE[c]) else c + ".coord") for c, _ in DISTRICTS}

BY = {p["key"]: p for p in P}


def line_id(key):
    return "U" + hashlib.md5(("skn-ab-" + key).encode()).hexdigest()


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
