# Roster of the Sakon Nakhon week (18-22 May 2026). Fictional people.
import hashlib

# district code -> Thai name
DISTRICTS = [
    ("mueang", "เมืองสกลนคร"), ("kusuman", "กุสุมาลย์"), ("kutbak", "กุดบาก"),
    ("phanna", "พรรณานิคม"), ("phangkhon", "พังโคน"), ("warit", "วาริชภูมิ"),
    ("nikhom", "นิคมน้ำอูน"), ("wanon", "วานรนิวาส"), ("khamtakla", "คำตากล้า"),
    ("banmuang", "บ้านม่วง"), ("akat", "อากาศอำนวย"), ("sawang", "สว่างแดนดิน"),
    ("songdao", "ส่องดาว"), ("taongoi", "เต่างอย"), ("khoksi", "โคกศรีสุพรรณ"),
    ("charoensin", "เจริญศิลป์"), ("phonnakaeo", "โพนนาแก้ว"), ("phuphan", "ภูพาน"),
]
DNAME = dict(DISTRICTS)

# person_id, full_name, display_names (| separated), role, agency, district code ('' = province),
# has_line_id, email
P = [
    ("P001", "นายวรพจน์ ศรีสุวรรณ", "ผวจ.สน. วรพจน์|วรพจน์ ศรีสุวรรณ", "governor", "จังหวัดสกลนคร", "", True, ""),
    ("P002", "นายกิตติพงษ์ แสนโคตร", "รองฯ กิตติพงษ์|รอง ผวจ.กิตติพงษ์", "vice_governor", "จังหวัดสกลนคร", "", True, ""),
    ("P003", "นางอรอุมา ภูมิภักดิ์", "รองอรอุมา 🌸", "vice_governor", "จังหวัดสกลนคร", "", True, "oraumaph@sakonnakhon.go.th"),
    ("P004", "นายประเสริฐ คำภูแก้ว", "รองฯประเสริฐ", "vice_governor", "จังหวัดสกลนคร", "", False, "prasert.k@sakonnakhon.go.th"),
    ("P005", "นายธีรวัฒน์ พลราช", "ปลัดจังหวัดสกลนคร|ปจ.ธีรวัฒน์", "provincial_palad", "ที่ทำการปกครองจังหวัดสกลนคร", "", True, ""),
    ("P006", "นางกาญจนา ศรีบุญเรือง", "ฝ่ายอำนวยการ ปค.สน.", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", True, ""),
    ("P007", "นายสุริยา พรหมสาขา", "กลุ่มงานปกครอง สน.", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", True, "pokkhrong.skn@dopa.go.th"),
    ("P008", "นางสาวพิมพ์ชนก ไชยมาตย์", "ธุรการ ปค.สน. 📄", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร", "", True, ""),
    ("P009", "นายณัฐพล วงศ์กาฬสินธุ์", "ณัฐ ศอ.จอส.จว.สน.|ณัฐพล จอส.จังหวัด", "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", "", True, ""),
    ("P010", "นางสาวศิริลักษณ์ อุปพงษ์", "ศิริลักษณ์ จอส.สน.💛", "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร", "", True, "sirilak.jos@gmail.com"),
    ("P011", "นายบุญเลิศ ทองมา", "ปภ.สกลนคร บุญเลิศ", "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", True, ""),
    ("P012", "นางวิไลวรรณ ศรีหาบุตร", "ศธจ.สน. วิไลวรรณ", "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", True, ""),
    ("P013", "นายสมพงษ์ เหล่าสุวรรณ", "เกษตรจังหวัดสกลนคร", "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", False, "sompong.l@doae.go.th"),
    ("P014", "นายอนันต์ ไชยคำ", "สสจ.สน. นพ.อนันต์", "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", True, ""),
    ("P015", "นายพิชิต ศรีวงษา", "พช.สน. พิชิต", "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", True, ""),
    ("P016", "นางสุภาพร คำมุงคุณ", "พมจ.สน.🌼", "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", False, "supaporn.k@m-society.go.th"),
    ("P017", "นายชาญชัย บุตรวงศ์", "ผอ.ชลประทานสกลนคร", "agency_head", "โครงการชลประทานสกลนคร", "", True, ""),
    ("P018", "นายทรงศักดิ์ อินธิแสง", "ทสจ.สน. ทรงศักดิ์", "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", True, ""),
    ("P019", "นางอัญชลี มาตย์นอก", "ท้องถิ่นจังหวัด อัญชลี", "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", "", True, ""),
    ("P020", "นายวีระยุทธ ศรีภูมิ", "ประชาสัมพันธ์จังหวัดสกลนคร", "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", True, ""),
    ("P021", "นายเกียรติศักดิ์ โพธิ์ศรี", "พาณิชย์จังหวัด เกียรติศักดิ์", "agency_head", "สำนักงานพาณิชย์จังหวัดสกลนคร", "", False, "kiattisak.p@moc.go.th"),
    ("P022", "นายปกรณ์ สุวรรณไตร", "ปกรณ์ ปภ.สน.", "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", True, ""),
    ("P023", "นางสาวจันทร์เพ็ญ ไชยสุข", "เพ็ญ ธุรการ ศธจ.", "staff", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", False, ""),
    ("P024", "นายสมบัติ ภูธร", "บัติ เกษตร สน.", "staff", "สำนักงานเกษตรจังหวัดสกลนคร", "", True, ""),
    ("P025", "นายประยูร แก้วมณี", "ลุงยูร (อดีตนายอำเภอ)", "retired", "", "", False, "prayoon.k@hotmail.com"),
]

# district people: (pid, full_name, display_names, role, district, has_line_id, email)
DP = [
    ("P101", "นายศักดิ์ชัย พรหมวงศ์", "นอภ.เมืองสกลนคร", "district_chief", "mueang", True, ""),
    ("P102", "นายธนากร ศรีจันทร์", "ปลัดกร เมืองสน.", "coordinating_deputy", "mueang", True, ""),
    ("P103", "นางสาวกัลยา ทองดี", "กัลยา จอส.เมือง", "volunteer_center_staff", "mueang", True, ""),
    ("P104", "นายวิทยา บุญมา", "ปลัดวิทย์", "deputy_district_chief", "mueang", False, "wittaya.b@dopa.go.th"),
    ("P111", "นายพงศ์ศักดิ์ ชัยมงคล", "นอภ.กุสุมาลย์", "district_chief", "kusuman", True, ""),
    ("P112", "นายต้นตระกูล แสงศรี", "ต้นตระกูล แสงศรี|ปลัดต้น กุสุมาลย์", "coordinating_deputy", "kusuman", False, "tonsaengsri@gmail.com"),
    ("P113", "นางสาวสุดารัตน์ พรมมา", "สุดา จอส.กุสุมาลย์", "volunteer_center_staff", "kusuman", True, ""),
    ("P121", "นายอดิศักดิ์ วงศ์ไชย", "นอภ.กุดบาก", "district_chief", "kutbak", True, ""),
    ("P122", "นายเอกชัย ภูมิสะอาด", "ปลัดเอกชัย กุดบาก", "coordinating_deputy|volunteer_center_staff", "kutbak", True, ""),
    ("P131", "นายมนตรี สิทธิศักดิ์", "นายอำเภอพรรณานิคม", "district_chief", "phanna", True, ""),
    ("P132", "นางสาวปิยะนุช เหง้าพรหมมินทร์", "ปลัดปิยะนุช พรรณาฯ", "coordinating_deputy", "phanna", True, ""),
    ("P133", "นายจักรพันธ์ ศรีสมบัติ", "จักร จอส.พรรณา", "volunteer_center_staff", "phanna", False, "jakkapan.s@gmail.com"),
    ("P134", "นายกฤษดา โคตรพันธ์", "ปลัดกฤษ พรรณา", "deputy_district_chief", "phanna", True, ""),
    ("P141", "นายชัยวัฒน์ ปัททุม", "นอภ.พังโคน", "district_chief", "phangkhon", True, ""),
    ("P142", "นายเอกราช ศรีทอง", "ปลัดเอ็ม พังโคน", "coordinating_deputy", "phangkhon", True, ""),
    ("P143", "นางสาวเบญจวรรณ จันทร์หอม", "เบญ จอส.พังโคน", "volunteer_center_staff", "phangkhon", True, ""),
    ("P144", "นายณรงค์ ภูผาลี", "ปลัดณรงค์ พังโคน", "deputy_district_chief", "phangkhon", True, ""),
    ("P151", "นายสุรเชษฐ์ นามวงศ์", "นอภ.วาริชภูมิ", "district_chief", "warit", True, ""),
    ("P152", "นายพีระพงษ์ สุขเจริญ", "ปลัดพีระพงษ์", "coordinating_deputy", "warit", True, ""),
    ("P153", "นางวัชรี ศรีหาวงศ์", "วัชรี จอส.วาริช", "volunteer_center_staff", "warit", False, ""),
    ("P154", "นายอภิชาติ คำแสน", "ปลัดอ๊อฟ วาริชภูมิ", "deputy_district_chief", "warit", True, ""),
    ("P161", "นางสาวรัชนี บุญประคม", "นอภ.นิคมน้ำอูน 🌷", "district_chief", "nikhom", True, ""),
    ("P162", "นายสิทธิชัย พรมโคตร", "ปลัดสิทธิ์ นิคมฯ", "coordinating_deputy", "nikhom", True, ""),
    ("P163", "นายอำนาจ จันทร์แดง", "อำนาจ จอส.นิคมน้ำอูน", "volunteer_center_staff", "nikhom", True, ""),
    ("P171", "นายประยุทธ แก้วกันยา", "นอภ.วานรนิวาส", "district_chief", "wanon", True, ""),
    ("P172", "นายวัชระ คำสุข", "ปลัดวัชระ วานรฯ", "coordinating_deputy", "wanon", True, ""),
    ("P173", "นางสาวนิตยา สีดา", "นิต จอส.วานร", "volunteer_center_staff", "wanon", True, ""),
    ("P174", "นายเอกรินทร์ ทองคำ", "ปลัดเอก", "deputy_district_chief", "wanon", False, ""),
    ("P175", "นายกิตติ ศรีวิชัย", "ปลัดกิต วานรนิวาส", "deputy_district_chief", "wanon", True, ""),
    ("P181", "นายไพโรจน์ ภูวงศ์", "นอภ.คำตากล้า", "district_chief", "khamtakla", True, ""),
    ("P182", "นายจิรายุ ทองสุข", "ปลัดจิรายุ คำตากล้า", "coordinating_deputy", "khamtakla", True, ""),
    ("P183", "นางสาวอรทัย แสนสุข", "อรทัย จอส.คำตากล้า", "volunteer_center_staff", "khamtakla", False, "orathai.s@gmail.com"),
    ("P191", "นายสุทธิพงษ์ อุปละ", "นอภ.บ้านม่วง", "district_chief", "banmuang", True, ""),
    ("P192", "นายภานุวัฒน์ ศรีอุดม", "ปลัดภานุ บ้านม่วง", "coordinating_deputy", "banmuang", True, ""),
    ("P193", "นางสาวมะลิวรรณ พลเยี่ยม", "มะลิ จอส.บ้านม่วง 🌿", "volunteer_center_staff", "banmuang", True, ""),
    ("P201", "นายณรงค์ศักดิ์ ไชยวงศ์", "นอภ.อากาศอำนวย", "district_chief", "akat", True, ""),
    ("P202", "นายบุญชู สีหานาม", "ปลัดบุญชู อากาศฯ", "coordinating_deputy", "akat", True, ""),
    ("P203", "นายธวัชชัย บุญเรือง", "ธวัช จอส.อากาศ", "volunteer_center_staff", "akat", True, ""),
    ("P211", "นายเฉลิมชัย ดวงมณี", "นอภ.สว่างแดนดิน", "district_chief", "sawang", True, ""),
    ("P212", "นายเอกพล ชาญวิทย์", "ปลัดเอก|เอกพล สว่างฯ", "coordinating_deputy", "sawang", False, ""),
    ("P213", "นางสาวจุฑามาศ ทองปาน", "จุฑา จอส.สว่างฯ", "volunteer_center_staff", "sawang", True, ""),
    ("P214", "นายพงษ์ศักดิ์ ศรีโคตร", "ปลัดพงษ์ สว่างแดนดิน", "deputy_district_chief", "sawang", True, ""),
    ("P221", "นายวิชัย ทองประเสริฐ", "นอภ.ส่องดาว 🌳", "district_chief", "songdao", True, ""),
    ("P222", "นายศุภชัย บุตรศรี", "ปลัดศุภชัย ส่องดาว", "coordinating_deputy", "songdao", True, ""),
    ("P223", "นางสาวพรทิพย์ ศรีสุข", "พร จอส.ส่องดาว", "volunteer_center_staff", "songdao", True, ""),
    ("P231", "นายสมชาย วงศ์สุวรรณ", "นอภ.เต่างอย", "district_chief", "taongoi", True, ""),
    ("P232", "นายยุทธนา แก้วใส", "ปลัดยุทธ เต่างอย", "coordinating_deputy", "taongoi", True, ""),
    ("P233", "นางสาวลำดวน สายทอง", "ลำดวน จอส.เต่างอย", "volunteer_center_staff", "taongoi", True, ""),
    ("P241", "นายธนวัฒน์ มาลัย", "นอภ.โคกศรีสุพรรณ", "district_chief", "khoksi", True, ""),
    ("P242", "นายอนุชา ศรีสวัสดิ์", "ปลัดอนุชา โคกศรีฯ", "coordinating_deputy", "khoksi", False, ""),
    ("P243", "นายวีรพล พันธ์ศรี", "วีรพล จอส.โคกศรี", "volunteer_center_staff", "khoksi", True, ""),
    ("P244", "นายชยพล ดวงดี", "ปลัดชยพล", "deputy_district_chief", "khoksi", False, "chayaphon.d@dopa.go.th"),
    ("P251", "นายสุวิทย์ เพชรรัตน์", "นอภ.เจริญศิลป์", "district_chief", "charoensin", True, ""),
    ("P252", "นายปรีชา ใจดี", "ปลัดปรีชา เจริญศิลป์", "coordinating_deputy", "charoensin", True, ""),
    ("P253", "นางสาวกนกวรรณ โพธิ์ทอง", "กนก จอส.เจริญศิลป์", "volunteer_center_staff", "charoensin", True, ""),
    ("P261", "นายคมสันต์ ศรีมงคล", "นอภ.โพนนาแก้ว", "district_chief", "phonnakaeo", True, ""),
    ("P262", "นายอนุวัฒน์ ทิพย์มณี", "ปลัดนุ โพนนาแก้ว", "coordinating_deputy", "phonnakaeo", True, ""),
    ("P263", "นางสาวสายฝน จันทร์ศรี", "สายฝน จอส.โพนนาแก้ว ☔", "volunteer_center_staff", "phonnakaeo", True, ""),
    ("P271", "นายชาตรี อินทร์แก้ว", "นอภ.ภูพาน ⛰️", "district_chief", "phuphan", True, ""),
    ("P272", "นายณัฐวุฒิ ผิวขำ", "ปลัดณัฐวุฒิ ภูพาน", "coordinating_deputy|volunteer_center_staff", "phuphan", True, ""),
    ("P273", "นายสุริยัน ทองแสง", "ปลัดสุริยัน ภูพาน", "deputy_district_chief", "phuphan", False, ""),
]

AGENCY_OF_DISTRICT = "ที่ว่าการอำเภอ{}"


def line_id(pid):
    return "U" + hashlib.md5(("skn-weekh-" + pid).encode()).hexdigest()


def rows():
    out = []
    for pid, fn, dn, role, ag, d, hl, em in P:
        out.append((pid, fn, dn, role, ag, DNAME.get(d, ""), line_id(pid) if hl else "", em))
    for pid, fn, dn, role, d, hl, em in DP:
        ag = AGENCY_OF_DISTRICT.format(DNAME[d])
        out.append((pid, fn, dn, role, ag, DNAME[d], line_id(pid) if hl else "", em))
    return out


# display name (primary, first one) -> person record, for the generator
def people():
    ppl = {}
    for r in rows():
        pid, fn, dn, role, ag, dist, lid, em = r
        ppl[pid] = dict(pid=pid, full=fn, names=dn.split("|"), role=role, agency=ag,
                        district=dist, lid=lid, email=em)
    return ppl
