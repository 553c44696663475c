# Roster of the week AP data (fictional people, new names).
# key, full_name, [display names], role, agency, district code, has_line_id, email
import hashlib

DISTRICTS = [
    ("D01", "เมืองสกลนคร"), ("D02", "กุสุมาลย์"), ("D03", "กุดบาก"), ("D04", "พรรณานิคม"),
    ("D05", "พังโคน"), ("D06", "วาริชภูมิ"), ("D07", "นิคมน้ำอูน"), ("D08", "วานรนิวาส"),
    ("D09", "คำตากล้า"), ("D10", "บ้านม่วง"), ("D11", "อากาศอำนวย"), ("D12", "สว่างแดนดิน"),
    ("D13", "ส่องดาว"), ("D14", "เต่างอย"), ("D15", "โคกศรีสุพรรณ"), ("D16", "เจริญศิลป์"),
    ("D17", "โพนนาแก้ว"), ("D18", "ภูพาน"),
]
DNAME = dict(DISTRICTS)
P = []


def add(key, full, disps, role, agency, district="", line=False, email=""):
    P.append(dict(key=key, full=full, disps=disps, role=role, agency=agency,
                  district=district, line=line, email=email))


JV = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"
PK = "ที่ทำการปกครองจังหวัดสกลนคร"
add("GOV", "นายชยพล ศรีสุริยวงศ์", ["ผวจ.สกลนคร ชยพล", "Chayapon S."], "governor", "จังหวัดสกลนคร", line=True, email="chayapon.s@skn-gov.example")
add("VG1", "นายพิทักษ์ อุดมศักดิ์", ["รองฯ พิทักษ์"], "vice_governor", "จังหวัดสกลนคร", line=True)
add("VG2", "นางสาวเพ็ญศรี ราชวงศ์", ["รอง ผวจ.เพ็ญศรี 🌼"], "vice_governor", "จังหวัดสกลนคร", email="pensri.r@skn-gov.example")
add("VG3", "นายสุรพล คำผาย", ["สุรพล คำผาย"], "vice_governor", "จังหวัดสกลนคร", line=True)
add("PALAD", "นายอนันต์ ทิพย์โสดา", ["ปลัดจังหวัด สน. อนันต์", "ปจ.สน. อนันต์"], "provincial_palad", PK, line=True, email="anan.t@skn-dopa.example")
add("ADM1", "นางสาวจิราภรณ์ ทองบุญ", ["งานสารบรรณ ปค.สน."], "provincial_admin_staff", PK, line=True, email="saraban.skn@skn-dopa.example")
add("ADM2", "นายวีระพงษ์ สีดาคำ", ["ฝ่ายปกครอง จว.สน."], "provincial_admin_staff", PK, line=True)
add("ADM3", "นางสุภาวดี แก่นจันทร์", ["ปค.สน. งานความมั่นคง 🛡️"], "provincial_admin_staff", PK)
add("PV1", "ว่าที่ ร.ต.สมหมาย แสงทอง", ["หมวดหมาย ศอ.จอส.จว.สน."], "volunteer_center_staff", JV, line=True)
add("PV2", "นางสาวนิภาพร วรรณทอง", ["นิภาพร จิตอาสา จว.สน. 💛", "Nipaporn W."], "volunteer_center_staff", JV, email="nipaporn.w@skn-dopa.example")
# agency heads (12)
add("AH_DPM", "นายสมคิด พันธ์ศรี", ["ปภ.สกลนคร สมคิด"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("AH_HLT", "นายแพทย์ธนกฤต บุญเพ็ง", ["นพ.ธนกฤต สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True)
add("AH_PR", "นางดารุณี ศรีหาพล", ["ปชส.สน. ดารุณี"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", email="darunee.s@skn-prd.example")
add("AH_SOC", "นางอุไรวรรณ จันทร์หอม", ["พมจ.สกลนคร อุไรวรรณ"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", line=True)
add("AH_AGR", "นายไพศาล เหง้าพรหม", ["เกษตร จ.สน. ไพศาล 🌾"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร")
add("AH_ENV", "นายวุฒิชัย ผิวผ่อง", ["ทสจ.สน. วุฒิชัย"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", line=True)
add("AH_CD", "นางสาวรัตนาภรณ์ ไกรสร", ["พัฒนาการจังหวัด สน."], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", email="rattanaporn.k@skn-cdd.example")
add("AH_EDU", "นายประเสริฐ โพธิ์งาม", ["ศธจ.สกลนคร"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร")
add("AH_POL", "พล.ต.ต.ณัฐวุฒิ ศรีอุดร", ["ผบก.ภ.จว.สน."], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("AH_TRN", "นายศุภกร คำมูล", ["ขนส่ง จ.สน. ศุภกร"], "agency_head", "สำนักงานขนส่งจังหวัดสกลนคร")
add("AH_CUL", "นางสมจิต ชาลีพรม", ["วัฒนธรรมจังหวัดสกลนคร"], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", line=True)
add("AH_LOC", "นายเอกราช ภูมิสถาน", ["ท้องถิ่นจังหวัด สน. เอกราช"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", email="ekkarat.p@skn-dla.example")
# deputies / clerks of agency heads
add("ST_DPM", "นายกิตติพันธ์ อินธิแสง", ["กิตติพันธ์ ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("ST_SOC", "นางสาววิภาวี คำแสน", ["วิภาวี พมจ.สน."], "staff", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร")
add("ST_HLT", "นายจักรกริช ทองใบ", ["จักรกริช (รอง สสจ.)"], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True)
add("ST_TRN", "นางปวีณา ศรีจันทร์", ["ปวีณา ธุรการขนส่ง"], "staff", "สำนักงานขนส่งจังหวัดสกลนคร")
add("RET", "นายบุญมี ศรีสว่าง", ["ลุงมี อดีตปลัดจังหวัด"], "retired", "")

# districts: C = chief, K = coordinating deputy, V = volunteer officer, X = extra deputies
DP = {
 "D01": [("C", "นายภาณุวัฒน์ แก้วประเสริฐ", ["นอภ.เมืองสกล ภาณุวัฒน์"], "district_chief", True, "panuwat.k@skn-dopa.example"),
         ("K", "นายศราวุธ ทองพูล", ["ปลัดอาร์ม เมืองสกล"], "coordinating_deputy", True, ""),
         ("V", "นางสาววรรณิสา มณีวงศ์", ["วรรณิสา จอส.อ.เมือง"], "volunteer_center_staff", False, ""),
         ("Xa", "นายธีรพงษ์ ศรีบัว", ["ปลัดธีร์ อ.เมือง"], "deputy_district_chief", False, ""),
         ("Xb", "นายกฤตภาส วงศ์ทอง", ["ปลัดเก่ง"], "deputy_district_chief", False, "")],
 "D02": [("C", "นายวิเชียร แสนทวีสุข", ["วิเชียร นอภ.กุสุมาลย์"], "district_chief", True, ""),
         ("K", "นายบรรจง โคตรพัฒน์", ["ปลัดจง กุสุมาลย์"], "coordinating_deputy", False, "banjong.k@skn-dopa.example"),
         ("V", "นางสาวอรทัย พิมพ์สกล", ["อรทัย จอส.กุสุมาลย์"], "volunteer_center_staff", True, "")],
 "D03": [("C", "นายชนินทร์ พรหมวงศ์", ["นอภ.กุดบาก ชนินทร์"], "district_chief", False, ""),
         ("K", "นายปฐมพงษ์ ศรีแก้ว", ["ปลัดปฐม กุดบาก"], "coordinating_deputy|volunteer_center_staff", True, "")],
 "D04": [("C", "นางสาวศิริลักษณ์ อินทร์สำราญ", ["นอภ.พรรณานิคม ศิริลักษณ์"], "district_chief", True, ""),
         ("K", "นายเฉลิมชัย บุญศรี", ["ปลัดเฉลิม พรรณาฯ"], "coordinating_deputy", False, ""),
         ("V", "นายชาตรี ภูแข่งหมอก", ["ชาย จอส.พรรณา"], "volunteer_center_staff", False, "chatree.p@skn-dopa.example"),
         ("Xa", "นายอนุวัฒน์ ทองมี", ["Anuwat T."], "deputy_district_chief", True, "")],
 "D05": [("C", "นายกิตติ ศรีประเสริฐ", ["กิตติ นอภ.พังโคน"], "district_chief", True, ""),
         ("K", "นายสุวิทย์ บุตรโคตร", ["ปลัดวิทย์ พังโคน"], "coordinating_deputy", False, ""),
         ("V", "นางจันทร์จิรา ภูนาเมือง", ["จันทร์จิรา 🌻 พังโคน"], "volunteer_center_staff", False, "")],
 "D06": [("C", "นายเดชา สุขประเสริฐ", ["นอภ.วาริชภูมิ เดชา"], "district_chief", False, "decha.s@skn-dopa.example"),
         ("K", "นายอรุณ แก้วคำ", ["ปลัดอรุณ วาริชฯ"], "coordinating_deputy", True, ""),
         ("V", "นายณัฐวุฒิ ไชยสุข", ["ณัฐ จอส.วาริช"], "volunteer_center_staff", False, "")],
 "D07": [("C", "นางพรรณี วงศ์สุวรรณ", ["พรรณี นอภ.นิคมน้ำอูน"], "district_chief", True, ""),
         ("K", "นายวีรยุทธ จันทะวงศ์", ["ปลัดยุทธ นิคมฯ"], "coordinating_deputy", False, ""),
         ("V", "นางสาวพัชราภรณ์ ทองแสง", ["พัชรา จอส.นิคมน้ำอูน"], "volunteer_center_staff", False, "")],
 "D08": [("C", "นายอำนวย ศรีภูมิ", ["นอภ.วานรนิวาส อำนวย"], "district_chief", True, ""),
         ("K", "นายจตุพร ไชยคำ", ["ปลัดตุ้ม วานรฯ"], "coordinating_deputy", False, ""),
         ("V", "นางสาวสุนิสา คำสอน", ["สุนิสา จอส.วานร"], "volunteer_center_staff", True, ""),
         ("Xa", "นายชยุต พลทองมาก", ["ปลัดเก่ง"], "deputy_district_chief", False, "")],
 "D09": [("C", "นายสุรชาติ ดวงมณี", ["สุรชาติ นอภ.คำตากล้า"], "district_chief", False, ""),
         ("K", "นายพิชิต ศรีมหาไชย", ["ปลัดพิชิต คำตากล้า"], "coordinating_deputy", True, ""),
         ("V", "นางกนกพร สายสุด", ["กนกพร จอส.คำตากล้า"], "volunteer_center_staff", False, "")],
 "D10": [("C", "นายทรงพล ศรีเมืองแก้ว", ["ทรงพล นอภ.บ้านม่วง"], "district_chief", False, "songpol.s@skn-dopa.example"),
         ("K", "นายวสันต์ พรมทา", ["ปลัดวสันต์ บ้านม่วง"], "coordinating_deputy", True, ""),
         ("V", "นายบุญเลี้ยง ทองคำ", ["บุญเลี้ยง จิตอาสาบ้านม่วง"], "volunteer_center_staff", False, "")],
 "D11": [("C", "นายนิพนธ์ คำภา", ["นอภ.อากาศอำนวย นิพนธ์"], "district_chief", True, ""),
         ("K", "นายอดิเทพ สุขเกษม", ["ปลัดเทพ อากาศฯ"], "coordinating_deputy", False, ""),
         ("V", "นางสาวรุจิรา ศรีวงศ์", ["รุจิรา จอส.อากาศ"], "volunteer_center_staff", False, "rujira.s@skn-dopa.example")],
 "D12": [("C", "นายณรงค์ฤทธิ์ ไชยบุตร", ["ดร.ณรงค์ฤทธิ์ นอภ.สว่างแดนดิน"], "district_chief", True, ""),
         ("K", "นายสหรัฐ มูลสาร", ["ปลัดรัฐ สว่างฯ"], "coordinating_deputy", False, ""),
         ("V", "นางอัจฉรา บุญทา", ["อัจฉรา จอส.สว่างแดนดิน"], "volunteer_center_staff", True, ""),
         ("Xa", "นายมานพ ทองใส", ["ปลัดมานพ สว่าง"], "deputy_district_chief", False, ""),
         ("Xb", "นายปิยะ สิทธิศักดิ์", ["ปลัดปิยะ 🚜"], "deputy_district_chief", True, "")],
 "D13": [("C", "นายเสกสรรค์ ภูผาลี", ["นอภ.ส่องดาว เสกสรรค์"], "district_chief", True, ""),
         ("K", "นายชาญณรงค์ ศรีอ่อน", ["ปลัดชาญ ส่องดาว"], "coordinating_deputy", False, ""),
         ("V", "นางสาวลำดวน พรมวัง", ["ลำดวน จอส.ส่องดาว"], "volunteer_center_staff", False, "")],
 "D14": [("C", "นายอนุชิต คำสุข", ["อนุชิต นอภ.เต่างอย"], "district_chief", False, ""),
         ("K", "นายจีรศักดิ์ แสงจันทร์", ["ปลัดจีร์ เต่างอย"], "coordinating_deputy", True, ""),
         ("V", "นายวิทวัส บุญรอด", ["วิทวัส จอส.เต่างอย"], "volunteer_center_staff", False, "")],
 "D15": [("C", "นางสาวกมลวรรณ ธรรมวงศ์", ["นอภ.โคกศรีสุพรรณ (กมลวรรณ)"], "district_chief", True, "kamonwan.t@skn-dopa.example"),
         ("K", "นายพงษ์ศักดิ์ นามบุญ", ["ปลัดพงษ์ โคกศรีฯ"], "coordinating_deputy", False, ""),
         ("V", "นางสาวธิดารัตน์ ผาสุก", ["ธิดา จอส.โคกศรี"], "volunteer_center_staff", False, ""),
         ("Xa", "นายศักดิ์ดา ทองโคตร", ["ศักดิ์ดา โคกศรีฯ"], "deputy_district_chief", False, "")],
 "D16": [("C", "นายยุทธนา สีหาบุตร", ["ยุทธนา นอภ.เจริญศิลป์"], "district_chief", True, ""),
         ("K", "นายธวัช บุญประคม", ["ปลัดธวัช เจริญศิลป์"], "coordinating_deputy", False, ""),
         ("V", "นางสาวปิยะดา ศรีสุวอ", ["ปิยะดา จอส.เจริญศิลป์"], "volunteer_center_staff", False, "")],
 "D17": [("C", "นายพัฒนพงษ์ ชัยศรี", ["นอภ.โพนนาแก้ว พัฒนพงษ์"], "district_chief", False, ""),
         ("K", "นายชัยณรงค์ ไกรยา", ["ปลัดณรงค์ โพนฯ"], "coordinating_deputy", True, ""),
         ("V", "นางสาวมณีรัตน์ หอมสมบัติ", ["มณีรัตน์ จอส.โพนนาแก้ว"], "volunteer_center_staff", False, "")],
 "D18": [("C", "นายสมพร อุปนันท์", ["สมพร นอภ.ภูพาน ⛰"], "district_chief", True, ""),
         ("K", "นายคมสันต์ ภูดินดำ", ["ปลัดคม ภูพาน"], "coordinating_deputy|volunteer_center_staff", False, "komsan.p@skn-dopa.example"),
         ("Xa", "นายอิทธิพล สาระคำ", ["ปลัดอิทธิ์ ภูพาน"], "deputy_district_chief", False, "")],
}
for code, name in DISTRICTS:
    for suf, full, disps, role, line, email in DP[code]:
        add(suf + code[1:], full, disps, role, "ที่ว่าการอำเภอ" + name, code, line, email)

BY = {p["key"]: p for p in P}
for i, p in enumerate(P, 1):
    p["pid"] = "P%03d" % i
    p["lid"] = ("U" + hashlib.md5(("ap-line-" + p["key"]).encode()).hexdigest()) if p["line"] else ""


def disp(key):
    return BY[key]["disps"][0]


def sid(key):
    return BY[key]["lid"]


def roster_rows():
    return [[p["pid"], p["full"], "|".join(p["disps"]), p["role"], p["agency"],
             DNAME.get(p["district"], ""), p["lid"], p["email"]] for p in P]
