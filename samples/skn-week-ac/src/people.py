# Roster of the week AC data (fictional people).  Written by hand.
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
PKJ = "ที่ทำการปกครองจังหวัดสกลนคร"
SAJ = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"
add("GOV", "นายสุเทพ วงศ์สุริยา", ["ผวจ.สกลนคร", "Suthep W."], "governor", PROV, line=True, email="suthep.w@skn-gov.example")
add("VG1", "นายสุรพล ทิพย์มณี", ["รองฯ สุรพล"], "vice_governor", PROV, line=True)
add("VG2", "นางอัจฉรา ภักดีวงศ์", ["รองผวจ.อัจฉรา 🌷"], "vice_governor", PROV, email="atchara.p@skn-gov.example")
add("VG3", "นายณัฐวุฒิ เรืองศรี", ["ณัฐวุฒิ รองผวจ.สน."], "vice_governor", PROV, line=True)
add("PALAD", "นายบรรจง บุญประเสริฐ", ["ปลัดบรรจง ปจ.สน.", "Banjong B."], "provincial_palad", PKJ, line=True, email="banjong.b@skn-dopa.example")
add("ADM1", "นางสาวพิมพ์ลดา ศรีทอง", ["ฝ่ายบริหารงานปกครอง ปค.สน."], "provincial_admin_staff", PKJ, line=True)
add("ADM2", "นายวีรยุทธ แก้วกันหา", ["สารบรรณ ที่ทำการปกครองจ.สน."], "provincial_admin_staff", PKJ, email="saraban.skn@skn-dopa.example")
add("ADM3", "นางสุนิสา พลไชย", ["งานอำนวยการ ปค.จ.สน. ✉️"], "provincial_admin_staff", PKJ, line=True)
add("PV1", "นายเอกราช มีชัย", ["ศอ.จอส.สน. เอกราช"], "volunteer_center_staff", SAJ, line=True)
add("PV2", "นางสาวกัลยา แสนทวีสุข", ["กัลยา ศูนย์จิตอาสา จ.สน."], "volunteer_center_staff", SAJ, email="kanlaya.s@skn-dopa.example")
# agency heads (11)
add("AH_PBM", "นายวิโรจน์ ศรีสะอาด", ["ผอ.สนง.ปภ.สกลนคร"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("AH_RID", "นายสมหมาย คำแสน", ["ผคป.สกลนคร (ชป.)"], "agency_head", "โครงการชลประทานสกลนคร", line=True)
add("AH_HLT", "นายศิริชัย วิเศษศักดิ์", ["นพ.ศิริชัย สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", email="sirichai.w@skn-moph.example")
add("AH_PR", "นางเยาวลักษณ์ โคตรบรรเทา", ["ปชส.สน. เยาวลักษณ์"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", line=True)
add("AH_SOC", "นางสาวรัตนาภรณ์ บุญยืน", ["พมจ.สกลนคร"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร")
add("AH_CUL", "นายศักดิ์ดา ไชยคำ", ["วัฒนธรรมจังหวัด ศักดิ์ดา"], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", line=True)
add("AH_TOU", "นายภาณุพงศ์ อินทรสุวรรณ", ["ท่องเที่ยวกีฬา สน. ภาณุพงศ์ 🚣"], "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร")
add("AH_AGR", "นายประยุทธ์ จันทร์หอม", ["กษจ.สน. ประยุทธ์"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", email="prayut.c@skn-agri.example")
add("AH_POL", "พล.ต.ต.ไกรสร ศรีวิชัย", ["ผบก.ภ.จว.สน. ไกรสร"], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("AH_LOC", "นายวิเชียร ทองคำ", ["ท้องถิ่นจังหวัดสกลนคร"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร")
add("AH_FIN", "นางนงลักษณ์ วรรณศรี", ["คลังจังหวัด สน. นงลักษณ์"], "agency_head", "สำนักงานคลังจังหวัดสกลนคร", line=True)
# deputies / clerks of agency heads
add("ST_PBM", "นายสุรเดช ดวงมาลา", ["สุรเดช ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("ST_CUL", "นางสาวเพ็ญศรี บุตรศรี", ["เพ็ญศรี วธจ.สน."], "staff", "สำนักงานวัฒนธรรมจังหวัดสกลนคร")
add("ST_TOU", "นายธีรพงษ์ ใจกล้า", ["ธีรพงษ์ (แทน ท่องเที่ยวฯ)"], "staff", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร", line=True)
add("ST_AGR", "นางพัชรินทร์ ยศเมธา", ["พัชรินทร์ กษจ.สน."], "staff", "สำนักงานเกษตรจังหวัดสกลนคร")
add("RET", "นายประเสริฐ แสนพล", ["พ่อใหญ่เสริฐ (อดีตนายอำเภอ)"], "retired", "", line=True)

# districts: slot, full name, display names, role, has LINE id, email
# slots: c chief, d coordinating deputy, v district volunteer officer, x1/x2 other deputies
DP = {
 "MUE": [("c", "นายวรวิทย์ ศรีโคตร", ["นอภ.เมืองสกลนคร วรวิทย์"], "district_chief", True, "worawit.s@skn-dopa.example"),
         ("d", "นายศุภกิจ พรมมา", ["ปลัดกิจ อ.เมืองสน"], "coordinating_deputy", True, ""),
         ("v", "นางสาวเบญจวรรณ ทองสุข", ["เบญ จิตอาสา อ.เมือง"], "volunteer_center_staff", True, ""),
         ("x1", "นายอภิสิทธิ์ วงศ์ไชย", ["ปลัดอภิสิทธิ์ (ฝ่ายความมั่นคง)"], "deputy_district_chief", False, "")],
 "KUS": [("c", "นายพงษ์พันธ์ บุญมี", ["นอภ.กุสุมาลย์"], "district_chief", True, ""),
         ("d", "นายเฉลิมชัย ธรรมวงศ์", ["เฉลิมชัย ปอ.กุสุมาลย์"], "coordinating_deputy", False, ""),
         ("v", "นางสาวอัมพร คำมา", ["อัมพร จอส.กุสุมาลย์ 🌼"], "volunteer_center_staff", False, "")],
 "KDB": [("c", "นายสุวิทย์ ไชยเดช", ["สุวิทย์ นอภ.กุดบาก"], "district_chief", True, ""),
         ("d", "นายจิรพงษ์ โพธิ์ศรี", ["ปลัดจิรพงษ์ กุดบาก"], "coordinating_deputy|volunteer_center_staff", True, "")],
 "PRN": [("c", "นายเอนก สายทอง", ["นอภ.พรรณานิคม เอนก"], "district_chief", True, "anek.s@skn-dopa.example"),
         ("d", "นายศรายุทธ แก้วประเสริฐ", ["ศรายุทธ ปอ.พรรณาฯ"], "coordinating_deputy", False, ""),
         ("v", "นางจิราภรณ์ พันธ์โสดา", ["จิราภรณ์ งานจิตอาสา พรรณาฯ"], "volunteer_center_staff", False, ""),
         ("x1", "นายทองสุข ยอดแก้ว", ["ปลัดทองสุข พรรณานิคม"], "deputy_district_chief", False, "")],
 "PKN": [("c", "นางสาวมณีรัตน์ แสงจันทร์", ["มณีรัตน์ นอภ.พังโคน 🌻"], "district_chief", True, ""),
         ("d", "นายปฐมพงษ์ บุญเรือง", ["ปลัดปฐม พังโคน"], "coordinating_deputy", False, ""),
         ("v", "นายสมชาย จันทร์แก้ว", ["สมชาย จอส.พังโคน"], "volunteer_center_staff", False, "")],
 "WRC": [("c", "นายณรงค์ฤทธิ์ ทองมา", ["ณรงค์ฤทธิ์ นอภ.วาริชฯ"], "district_chief", True, ""),
         ("d", "นายปิยะ สุขประเสริฐ", ["ปิยะ ปลัดประสานงาน วาริชฯ"], "coordinating_deputy", False, "piya.s@skn-dopa.example"),
         ("v", "นางสาวนภัสสร บุญมาก", ["นภัสสร วาริชภูมิ"], "volunteer_center_staff", False, "")],
 "NKN": [("c", "นายชัยยา พิมพ์สอน", ["ชัยยา นอภ.นิคมน้ำอูน"], "district_chief", True, ""),
         ("d", "นายบัญชา แสงสว่าง", ["ปลัดบัญชา นิคมฯ"], "coordinating_deputy", False, ""),
         ("v", "ว่าที่ ร.ต.อนันต์ ศรีวงศ์", ["ว่าที่ร.ต.อนันต์ จิตอาสา นิคมน้ำอูน"], "volunteer_center_staff", False, "")],
 "WNN": [("c", "นายวีระพงษ์ คำภู", ["นอภ.วานรนิวาส"], "district_chief", True, ""),
         ("d", "นายสุทธิพันธ์ ผาลา", ["สุทธิพันธ์ ปอ.วานรฯ"], "coordinating_deputy", False, ""),
         ("v", "นางสาวกมลชนก อินทร์ทอง", ["กมลชนก จอส.วานรฯ"], "volunteer_center_staff", True, ""),
         ("x1", "นายบุญญฤทธิ์ แสนคำ", ["ปลัดบอย"], "deputy_district_chief", False, ""),
         ("x2", "นายไพศาล คำพิมพ์", ["ปลัดไพศาล วานรนิวาส"], "deputy_district_chief", False, "")],
 "KTK": [("c", "นายสมประสงค์ ใจดี", ["สมประสงค์ นอภ.คำตากล้า"], "district_chief", True, ""),
         ("d", "นายอำพล มูลสาร", ["อำพล ปลัด อ.คำตากล้า"], "coordinating_deputy", False, ""),
         ("v", "นางสาวรุ่งทิวา ศรีบุญ", ["รุ่งทิวา จอส.คำตากล้า"], "volunteer_center_staff", False, "rungtiwa.s@skn-dopa.example")],
 "BMW": [("c", "นายประจักษ์ สุวรรณชาติ", ["นอภ.บ้านม่วง ประจักษ์"], "district_chief", True, ""),
         ("d", "นายอดิเทพ จันทะคุณ", ["อดิเทพ ปอ.บ้านม่วง"], "coordinating_deputy", True, ""),
         ("v", "นางวิไลวรรณ พลราช", ["วิไลวรรณ จิตอาสา บ้านม่วง"], "volunteer_center_staff", False, "")],
 "AKA": [("c", "นายศักดิ์สิทธิ์ ชมภู", ["นอภ.อากาศอำนวย"], "district_chief", True, ""),
         ("d", "นายสราวุธ บุตรวงศ์", ["ปลัดสราวุธ อากาศฯ"], "coordinating_deputy", False, ""),
         ("v", "นายวุฒิชัย ทองเลิศ", ["วุฒิชัย จอส.อากาศอำนวย"], "volunteer_center_staff", True, ""),
         ("x1", "นายธีรวุฒิ แก้วใส", ["ปลัดธีรวุฒิ อากาศฯ"], "deputy_district_chief", False, "")],
 "SWD": [("c", "นายเกษม สิงห์ทอง", ["เกษม นอภ.สว่างแดนดิน"], "district_chief", True, "kasem.s@skn-dopa.example"),
         ("d", "นายชัยณรงค์ วงศ์สวัสดิ์", ["ปลัดชัยณรงค์ สว่างฯ"], "coordinating_deputy", False, ""),
         ("v", "นางสาวดารุณี แพงศรี", ["ดารุณี จอส.สว่างแดนดิน"], "volunteer_center_staff", True, ""),
         ("x1", "นายเจษฎา โคตรสมบัติ", ["ปลัดเจษฎา สว่างแดนดิน"], "deputy_district_chief", False, "")],
 "SDW": [("c", "นายนิพนธ์ ทองแสง", ["นอภ.ส่องดาว นิพนธ์"], "district_chief", True, ""),
         ("d", "นายสุรพงษ์ แสนมนตรี", ["ปลัดบอย", "สุรพงษ์ ส่องดาว"], "coordinating_deputy", False, ""),
         ("v", "นางสาวสุภาพร คำสิงห์", ["สุภาพร จิตอาสาส่องดาว"], "volunteer_center_staff", False, "")],
 "TNY": [("c", "นายธเนศ บุญประคม", ["ธเนศ นอภ.เต่างอย"], "district_chief", True, ""),
         ("d", "นายเกรียงศักดิ์ ภูมิสุข", ["ปลัดเกรียง เต่างอย"], "coordinating_deputy", True, ""),
         ("v", "นางรัชนีกร ไชยมาตย์", ["รัชนีกร จอส.เต่างอย"], "volunteer_center_staff", False, "")],
 "KSS": [("c", "นายไพบูลย์ คำแก้ว", ["ไพบูลย์ นอภ.โคกศรีสุพรรณ"], "district_chief", True, ""),
         ("d", "นายพิทักษ์ ศรีมงคล", ["ปลัดพิทักษ์ โคกศรีฯ"], "coordinating_deputy", False, ""),
         ("v", "นายณัฐพงษ์ อุปพงษ์", ["ณัฐพงษ์ จอส.โคกศรีฯ"], "volunteer_center_staff", False, ""),
         ("x1", "นายสถาพร วงศ์คำ", ["ปลัดสถาพร โคกศรีฯ"], "deputy_district_chief", False, "")],
 "CRS": [("c", "นายกฤษณะ มณีวงศ์", ["นอภ.เจริญศิลป์"], "district_chief", True, ""),
         ("d", "นายยุทธนา แก่นจันทร์", ["ยุทธนา ปอ.เจริญศิลป์"], "coordinating_deputy", False, ""),
         ("v", "นางสาวสายสุนีย์ ทองดี", ["สายสุนีย์ จิตอาสา เจริญศิลป์"], "volunteer_center_staff", False, "")],
 "PNK": [("c", "นายอำนวย ศรีประเสริฐ", ["อำนวย นอภ.โพนนาแก้ว"], "district_chief", True, ""),
         ("d", "นายคมสันต์ บุญทัน", ["ปลัดคมสันต์ โพนนาแก้ว"], "coordinating_deputy|volunteer_center_staff", False, "")],
 "PPN": [("c", "นางกนกพร สิทธิศักดิ์", ["กนกพร นอภ.ภูพาน ⛰"], "district_chief", True, ""),
         ("d", "นายเทวินทร์ ดวงจันทร์", ["ปลัดเทวินทร์ ภูพาน"], "coordinating_deputy", False, ""),
         ("v", "นายประวิทย์ หอมจันทร์", ["ประวิทย์ จอส.ภูพาน"], "volunteer_center_staff", False, "")],
}
for code, dn in DISTRICTS:
    for slot, full, disps, role, line, email in DP[code]:
        add(code + "." + slot, full, disps, role, "ที่ว่าการอำเภอ" + dn, dn, line, email)

BY = {p["key"]: p for p in P}


def line_id(key):
    return "U" + hashlib.md5(("skn-ac/" + key).encode()).hexdigest()


def disp(key, i=0):
    return BY[key]["disps"][i]


def sid(key):
    return line_id(key) if BY[key]["line"] else None


def dist_of(key):
    p = BY[key]
    return next((c for c, n in DISTRICTS if n == p["district"]), None)


def roster_rows():
    return [[f"P{i:03d}", p["full"], "|".join(p["disps"]), p["role"], p["agency"], p["district"],
             line_id(p["key"]) if p["line"] else "", p["email"]] for i, p in enumerate(P, 1)]


if __name__ == "__main__":
    from collections import Counter
    print(len(P), Counter(r for p in P for r in p["role"].split("|")))
