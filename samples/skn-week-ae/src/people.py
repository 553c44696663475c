# Roster of the week AE data (fictional people, new names).  Each entry:
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
CODE = {v: k for k, v in DISTRICTS}

P = []


def add(key, full, disps, role, agency, district="", line=False, email=""):
    P.append(dict(key=key, full=full, disps=disps, role=role, agency=agency,
                  district=district, line=line, email=email))


PROV = "จังหวัดสกลนคร"
DOPA = "ที่ทำการปกครองจังหวัดสกลนคร"
CENTRE = "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"
add("GOV", "นายอนันต์ วรรณสิงห์", ["ผวจ.สกลนคร อนันต์", "Anan W."], "governor", PROV, line=True, email="anan.w@skn-gov.example")
add("VG1", "นายเฉลิมพล ศรีวงษา", ["รองฯ เฉลิมพล"], "vice_governor", PROV, line=True)
add("VG2", "นางสุภาวดี คำมะนิต", ["รองผวจ.สุภาวดี 🌷"], "vice_governor", PROV, email="supawadee.k@skn-gov.example")
add("PALAD", "นายไพฑูรย์ บุญประคม", ["ปลัดจังหวัด ไพฑูรย์", "ปจ.สน. ไพฑูรย์"], "provincial_palad", DOPA, line=True, email="paitoon.b@skn-dopa.example")
add("ADM1", "นางสาวเบญจวรรณ ศรีคำ", ["ปค.สน. งานสารบรรณ"], "provincial_admin_staff", DOPA, line=True)
add("ADM2", "นายอภิสิทธิ์ แก้วพิลา", ["ฝ่ายปกครอง ปค.จ.สน."], "provincial_admin_staff", DOPA, line=True, email="apisit.k@skn-dopa.example")
add("ADM3", "นางปัทมา ทองวิเศษ", ["ปค.จ.สน. (อำนวยการ) 📌"], "provincial_admin_staff", DOPA)
add("VOLP1", "ว่าที่ร้อยตรีเอกราช ภูชมศรี", ["เอกราช ศอ.จอส.จว.สน."], "volunteer_center_staff", CENTRE, line=True)
add("VOLP2", "นางสาวรัตติยา พิมพ์สาร", ["ครูแอน ศอ.จอส.", "Rattiya P."], "volunteer_center_staff", CENTRE, email="rattiya.p@skn-dopa.example")

# agency heads
add("H_DPM", "นายชาญวิทย์ ธงศรี", ["ผอ.ปภ.สน. ชาญวิทย์"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("H_ENV", "นายวีระพงษ์ แสนทวีสุข", ["ทสจ.สน. วีระพงษ์ 🌳"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร")
add("H_HEA", "นายแพทย์ธนกร อุปชิต", ["นพ.ธนกร สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True, email="thanakorn.u@skn-health.example")
add("H_PR", "นางสาวอัมพร ยศรุ่งเรือง", ["ปชส.สน. อัมพร 📣"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", line=True)
add("H_IRR", "นายไพศาล ดอนชัย", ["ผคป.สกลนคร ไพศาล"], "agency_head", "โครงการชลประทานสกลนคร", email="paisan.d@skn-rid.example")
add("H_AGR", "นายสุริยันต์ จันทร์ดา", ["เกษตร จ.สน. สุริยันต์"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร")
add("H_DLT", "นายประยุทธ หาญชนะ", ["ขนส่ง จ.สกลนคร"], "agency_head", "สำนักงานขนส่งจังหวัดสกลนคร", email="prayut.h@skn-dlt.example")
add("H_POL", "พลตำรวจตรียุทธนา ไกรสิทธิ์", ["ผบก.ภ.จว.สน. ยุทธนา 🚔"], "agency_head", "ตำรวจภูธรจังหวัดสกลนคร", line=True)
add("H_CUL", "นางสาวศรีสุดา มณีวงศ์", ["วธจ.สน. ศรีสุดา"], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร")
add("H_SOC", "นางจินตนา พลอาษา", ["พมจ.สกลนคร จินตนา 🌼"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", line=True)
add("H_LOC", "นายชยพล สีหามาตย์", ["ท้องถิ่น จ.สน. ชยพล"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", line=True, email="chayapol.s@skn-dla.example")
add("H_TOU", "นายกิตติชัย พรหมโคตร", ["ท่องเที่ยวฯ สน. กิตติชัย ✈️"], "agency_head", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร")
# deputies / clerks of agency heads
add("S_DPM", "นายศุภกร ทองจันทร์", ["ศุภกร ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=True)
add("S_LOC", "นางสาวพรรณทิพา ฝนทิพย์", ["น้องฝน สถจ.สน."], "staff", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร")
add("S_HEA", "นางวิมลรัตน์ ชาญณรงค์", ["รอง สสจ. วิมลรัตน์"], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", line=True)
add("S_PR", "นายธีรภัทร ศรีภูมิ", ["ตั้ม ปชส.สน. 📷"], "staff", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร")
# retired
add("RET", "นายสมหมาย ภูกองไชย", ["ลุงหมาย อดีตนอภ."], "retired", "")

DPEOPLE = {
 "MUE": [("chief", "นายกฤษณ์ ศรีจันทร์วงศ์", ["นอภ.เมืองสกลฯ กฤษณ์"], "district_chief", True, ""),
         ("coord", "นายพีระพล โคตรสมบัติ", ["ปลัดพีระ อ.เมือง"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวนภัสวรรณ ทองศรี", ["นภัส จอส.อ.เมือง"], "volunteer_center_staff", True, ""),
         ("x1", "นายวิศรุต แก้ววิเศษ", ["ปลัดวิศรุต เมืองสน"], "deputy_district_chief", False, ""),
         ("x2", "นางสาวกชพร ศรีอุดม", ["ปลัดแพร อ.เมืองสกลนคร"], "deputy_district_chief", False, "kochaporn.s@skn-dopa.example")],
 "KUS": [("chief", "นายประเสริฐ อินธิแสง", ["นอภ.กุสุมาลย์"], "district_chief", True, ""),
         ("coord", "นายเกียรติพงษ์ สุวรรณมาโจ", ["ปลัดเกียรติ กุสุมาลย์"], "coordinating_deputy", False, "kiattipong.s@skn-dopa.example"),
         ("vol", "นางเยาวลักษณ์ ไชยคำ", ["เยาว์ จอส.กุสุมาลย์"], "volunteer_center_staff", False, "")],
 "KDB": [("chief", "นายธีรพงษ์ วงศ์กระโซ่", ["ธีรพงษ์ นอภ.กุดบาก ⛰️"], "district_chief", True, ""),
         ("coord", "นายสุรเดช ภูมิภักดิ์", ["ปลัดเดช กุดบาก"], "coordinating_deputy", False, ""),
         ("vol", "นายอาทิตย์ ภูวงศ์ไชย", ["อาทิตย์ จอส.กุดบาก"], "volunteer_center_staff", True, "")],
 "PRN": [("chief", "นางพัชรินทร์ โพธิ์ไพร", ["นอภ.พรรณานิคม (พัชรินทร์)"], "district_chief", True, "patcharin.p@skn-dopa.example"),
         ("coord", "นายณัฐวุฒิ ไชยโคตร", ["ปลัดณัฐ พรรณาฯ"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวจิราภรณ์ มุงธิสาร", ["จิ๊บ จอส.พรรณา 🌻"], "volunteer_center_staff", True, ""),
         ("x1", "นายวุฒิชัย นามบุตร", ["Wutthichai N."], "deputy_district_chief", False, "")],
 "PKN": [("chief", "นายสมชาย บุตรศรี", ["สมชาย บุตรศรี"], "district_chief", False, "somchai.b@skn-dopa.example"),
         ("coord", "นายอนุวัฒน์ ศรีบุรินทร์", ["ปลัดอนุวัฒน์ พังโคน"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวสุพัตรา หอมวงศ์", ["สุพัตรา จอส.พังโคน"], "volunteer_center_staff", False, "")],
 "WRC": [("chief", "นายวัชรพงษ์ เนื่องจำนงค์", ["นอภ.วาริชภูมิ"], "district_chief", True, ""),
         ("coord", "นายชัยณรงค์ บุญศรี", ["ปลัดหนุ่ม"], "coordinating_deputy", False, ""),
         ("vol", "นายสราวุธ ทองมาก", ["สราวุธ จอส.วาริช"], "volunteer_center_staff", True, "")],
 "NKN": [("chief", "นายบุญเลิศ จันทร์แก้ว", ["บุญเลิศ นอภ.นิคมน้ำอูน"], "district_chief", False, ""),
         ("coord", "นายศักดิ์ดา พรมสุวรรณ", ["ปลัดศักดิ์ดา นิคมฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางสาววรรณา อุตรนคร", ["วรรณา จอส.นิคมน้ำอูน"], "volunteer_center_staff", True, "")],
 "WNN": [("chief", "นายอำนวย เหล่าพิเดช", ["นอภ.วานรนิวาส อำนวย"], "district_chief", True, ""),
         ("coord", "นายกิตติพัฒน์ ศรีวะรมย์", ["ปลัดกิต วานรฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวพิมพ์ลภัส คำศรี", ["พิม จอส.วานร"], "volunteer_center_staff", False, "pimlapat.k@skn-dopa.example"),
         ("x1", "นายอิทธิพล วงศ์ศรีชา", ["ปลัดอิทธิ์ วานรนิวาส"], "deputy_district_chief", False, "")],
 "KTK": [("chief", "นายปิยะ สุริยวงศ์", ["ปิยะ นอภ.คำตากล้า"], "district_chief", False, ""),
         ("coord", "นายเชาวลิต ทิพย์โพธิ์", ["ปลัดเชาว์ คำตากล้า"], "coordinating_deputy|volunteer_center_staff", True, "")],
 "BMW": [("chief", "นายทวีศักดิ์ ภูผาลี", ["นอภ.บ้านม่วง ทวีศักดิ์"], "district_chief", True, ""),
         ("coord", "นายกำพล สิงห์คำ", ["ปลัดกำพล บ้านม่วง"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวรุ่งทิวา ไชยเพชร", ["รุ่ง จอส.บ้านม่วง"], "volunteer_center_staff", False, "")],
 "AKA": [("chief", "นายสุรพล แก่นจันทร์", ["สุรพล แก่นจันทร์"], "district_chief", True, ""),
         ("coord", "นายวรพล ศรีโยธา", ["ปลัดวรพล อากาศฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางสาวอรทัย บุญรอด", ["อรทัย จอส.อากาศ"], "volunteer_center_staff", True, ""),
         ("x1", "นายภาณุพงศ์ ชาวดร", ["ปลัดภาณุ อากาศอำนวย"], "deputy_district_chief", False, "")],
 "SWD": [("chief", "นายเอกสิทธิ์ ไตรยราช", ["นอภ.สว่างแดนดิน เอกสิทธิ์"], "district_chief", True, "eakasit.t@skn-dopa.example"),
         ("coord", "นายรัฐพล นาคสุข", ["ปลัดรัฐ สว่างฯ"], "coordinating_deputy", False, ""),
         ("vol", "นางปราณี แสงจันทร์", ["ปราณี จอส.สว่างแดนดิน"], "volunteer_center_staff", True, ""),
         ("x1", "นายชาญณรงค์ วิเศษวงษา", ["ปลัดหนุ่ม"], "deputy_district_chief", False, ""),
         ("x2", "นายอนุสรณ์ ราชวงศ์", ["ปลัดอนุสรณ์ สว่าง"], "deputy_district_chief", False, "")],
 "SDW": [("chief", "นายธงชัย มีสุข", ["ธงชัย นอภ.ส่องดาว 🌟"], "district_chief", False, ""),
         ("coord", "นายไพโรจน์ ศรีลาชัย", ["ปลัดโรจน์ ส่องดาว"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวศิริลักษณ์ พรมมาลี", ["ศิริลักษณ์ ส่องดาว"], "volunteer_center_staff", False, "")],
 "TNY": [("chief", "นายชูชาติ วงศ์ไชย", ["นอภ.เต่างอย"], "district_chief", True, ""),
         ("coord", "นายสมพร ทองไชย", ["ปลัดพร เต่างอย"], "coordinating_deputy|volunteer_center_staff", False, "somporn.t@skn-dopa.example")],
 "KSS": [("chief", "นางสาวณัฐกานต์ อ่อนศรี", ["นอภ.โคกศรีสุพรรณ ณัฐกานต์"], "district_chief", True, ""),
         ("coord", "นายปกรณ์ เหง้าโพธิ์", ["ปลัดปกรณ์ โคกศรีฯ"], "coordinating_deputy", False, ""),
         ("vol", "นายจักรกฤษณ์ นามโคตร", ["จักร จอส.โคกศรี"], "volunteer_center_staff", False, "")],
 "CRS": [("chief", "นายวิโรจน์ สารีบุตร", ["วิโรจน์ นอภ.เจริญศิลป์"], "district_chief", False, "wiroj.s@skn-dopa.example"),
         ("coord", "นายสุทธิศักดิ์ ผิวผ่อง", ["ปลัดสุทธิ์ เจริญศิลป์"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวกาญจนาพร ศรีสุระ", ["กาญ จอส.เจริญศิลป์"], "volunteer_center_staff", False, "")],
 "PNK": [("chief", "นายสถาพร ปัญญาวงศ์", ["นอภ.โพนนาแก้ว สถาพร"], "district_chief", True, ""),
         ("coord", "นายธนภัทร ศรีสุวอ", ["ธนภัทร ศรีสุวอ"], "coordinating_deputy", True, ""),
         ("vol", "นางสาวดวงใจ คำผง", ["ดวงใจ จอส.โพนนาแก้ว"], "volunteer_center_staff", False, "")],
 "PPN": [("chief", "นายจตุพร สิทธิวงศ์", ["นอภ.ภูพาน จตุพร"], "district_chief", True, ""),
         ("coord", "นายมนตรี ขันธ์เพชร", ["ปลัดมนตรี ภูพาน"], "coordinating_deputy", False, ""),
         ("vol", "นายวีรยุทธ ศรีหาราช", ["วีรยุทธ จอส.ภูพาน 🔥"], "volunteer_center_staff", True, ""),
         ("x1", "นายพงษ์ศักดิ์ จันทร์หอม", ["ปลัดพงษ์ ภูพาน"], "deputy_district_chief", False, "")],
}
for code, dn in DISTRICTS:
    for slot, full, disps, role, line, email in DPEOPLE[code]:
        add(code + "." + slot, full, disps, role, "ที่ว่าการอำเภอ" + dn, dn, line, email)

# the district's volunteer officer (the two-role coordinating deputy where there is no separate one)
VOLKEY = {c: (c + ".vol" if any(s == "vol" for s, *_ in DPEOPLE[c]) else c + ".coord") for c, _ in DISTRICTS}

BY = {p["key"]: p for p in P}


def line_id(key):
    return "U" + hashlib.md5(("skn-ae-" + key).encode()).hexdigest()


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


if __name__ == "__main__":
    print(len(P))
    from collections import Counter
    print(Counter(r for p in P for r in p["role"].split("|")))
