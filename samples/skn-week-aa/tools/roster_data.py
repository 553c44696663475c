# Roster of the week: fictional people of Sakon Nakhon province.
import hashlib

DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน",
             "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย",
             "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]

# district -> list of (key, full_name, display_names, role)
# key: C chief, P coordinating deputy, V volunteer officer, D/D2 other deputies
DPEOPLE = {
 "เมืองสกลนคร": [("C", "นายพิชิต ศรีเมือง", "นอภ.เมืองสกลนคร พิชิต", "district_chief"),
                 ("P", "นายกิตติพงษ์ ภูมิสะอาด", "ปลัดกิต เมืองสน", "coordinating_deputy"),
                 ("V", "นางสาวอรอุมา ไชยเสนา", "อร จอส.เมืองสน 💛", "volunteer_center_staff"),
                 ("D", "นายณัฐวุฒิ ทองคำ", "ปลัดณัฐ", "deputy_district_chief")],
 "กุสุมาลย์": [("C", "นายวีระพงษ์ แก้วมณี", "วีระพงษ์ นอภ.กุสุมาลย์", "district_chief"),
               ("P", "นายสราวุธ พลเยี่ยม", "ปลัดวุธ กสม.", "coordinating_deputy"),
               ("V", "นางจิราพร สุขเสริม", "จิราพร จอส.กุสุมาลย์", "volunteer_center_staff")],
 "กุดบาก": [("C", "นายเอกชัย บุญมาก", "นอภ.กุดบาก|เอกชัย บุญมาก", "district_chief"),
            ("P", "นายศักดิ์ชัย วงศ์ไชย", "ปลัดศักดิ์ กุดบาก", "coordinating_deputy"),
            ("V", "นายธนากร แสงอรุณ", "ธนากร 🌿", "volunteer_center_staff"),
            ("D", "นายอภิสิทธิ์ ชาวนา", "ต้น 🌾", "deputy_district_chief")],
 "พรรณานิคม": [("C", "นางสาวปิยะนุช อินทร์แก้ว", "ปิยะนุช นอภ.พรรณาฯ", "district_chief"),
               ("P", "นายธีระ คำภู", "ปลัดธีระ พรรณา", "coordinating_deputy"),
               ("V", "นายวัชระ ดวงดี", "วัชระ จอส.พนน.", "volunteer_center_staff")],
 "พังโคน": [("C", "นายสุรชัย ชัยมงคล", "นอภ.พังโคน 🙏", "district_chief"),
            ("P", "นายภานุวัฒน์ สีหา", "ปลัดภานุ พังโคน", "coordinating_deputy"),
            ("V", "นางสาวนภัสสร โพธิ์ศรี", "Napat จอส.พังโคน", "volunteer_center_staff"),
            ("D", "นายเอกรัตน์ ศรีทอง", "ปลัดเอ็ม พังโคน", "deputy_district_chief")],
 "วาริชภูมิ": [("C", "นายทวีศักดิ์ บุตรดี", "ทวีศักดิ์ บุตรดี", "district_chief"),
               ("P", "นายประยุทธ ไชยศรี", "ปลัดยุทธ วาริช", "coordinating_deputy"),
               ("V", "นางกนกวรรณ ทองมา", "กนกวรรณ 🌸", "volunteer_center_staff")],
 "นิคมน้ำอูน": [("C", "นายสมศักดิ์ ใจกล้า", "นอภ.นิคมน้ำอูน", "district_chief"),
                ("P", "นายจักรพันธ์ ศรีบุญเรือง", "ปลัดจักร นนอ.", "coordinating_deputy"),
                ("V", "นายวิทยา พิมพ์ทอง", "วิทยา จอส.นิคมฯ", "volunteer_center_staff")],
 "วานรนิวาส": [("C", "นายชาญวิทย์ ราชสีห์", "ชาญวิทย์ นอภ.วานรฯ", "district_chief"),
               ("P", "นายพงศกร หาญชนะ", "ปลัดพงศ์ วานร", "coordinating_deputy"),
               ("V", "นางสาวสุภาวดี นามวงศ์", "สุภาวดี จอส.วานรฯ", "volunteer_center_staff"),
               ("D", "นายอนันต์ คำมูล", "ปลัดอนันต์ (วานรนิวาส)", "deputy_district_chief")],
 "คำตากล้า": [("C", "นายปรีชา สิงห์ทอง", "นอภ.คำตากล้า ปรีชา", "district_chief"),
              ("P", "นายวิชัย โคตรพันธ์", "ปลัดวิชัย คำตากล้า", "coordinating_deputy"),
              ("V", "นายเกียรติศักดิ์ ศรีวิเศษ", "เกียรติ จอส.คตล.", "volunteer_center_staff")],
 "บ้านม่วง": [("C", "นายบุญเลิศ ปัญญาดี", "บุญเลิศ นอภ.บ้านม่วง", "district_chief"),
              ("P", "นายอดิศร มูลสาร", "ปลัดอดิศร บม.", "coordinating_deputy"),
              ("V", "นายสุริยา ศรีวงศ์", "สุริยา ศรีวงศ์", "volunteer_center_staff")],
 "อากาศอำนวย": [("C", "นายไพโรจน์ เรืองศรี", "นอภ.อากาศฯ ไพโรจน์", "district_chief"),
                ("P", "นายเชิดชัย อุ่นใจ", "ปลัดเชิด อากาศ", "coordinating_deputy"),
                ("V", "นางสาวพรทิพย์ ศรีหา", "พรทิพย์ จอส.อากาศอำนวย", "volunteer_center_staff")],
 "สว่างแดนดิน": [("C", "นายอำนาจ พลศักดิ์", "อำนาจ พลศักดิ์ นอภ.สวด.", "district_chief"),
                 ("P", "นายศุภชัย ทองเหลือง", "ปลัดศุภ สว่างฯ", "coordinating_deputy"),
                 ("V", "นางอรทัย มีสุข", "อรทัย จอส.สว่างแดนดิน", "volunteer_center_staff"),
                 ("D", "นายธวัชชัย ภูผา", "ปลัดธวัช สวด.", "deputy_district_chief"),
                 ("D2", "นางสาวชลธิชา กองแก้ว", "ชลธิชา ปอ.สว่าง", "deputy_district_chief")],
 "ส่องดาว": [("C", "นายธงชัย พรหมวงศ์", "นอภ.ส่องดาว 🌳", "district_chief"),
             ("P", "นายนิพนธ์ จันทร์หอม", "ปลัดนิพนธ์ ส่องดาว", "coordinating_deputy"),
             ("V", "นายสมหมาย บัวแก้ว", "สมหมาย จอส.ส่องดาว", "volunteer_center_staff")],
 "เต่างอย": [("C", "นายศราวุธ ดงบัง", "นอภ.เต่างอย", "district_chief"),
             ("P", "นายรัฐพล ศรีจันทร์", "ปลัดรัฐ เต่างอย", "coordinating_deputy"),
             ("V", "นางสาวมณีรัตน์ ชาลี", "มณีรัตน์ จอส.ตง.", "volunteer_center_staff")],
 "โคกศรีสุพรรณ": [("C", "นายวัฒนา สุวรรณไตร", "วัฒนา นอภ.คสพ.", "district_chief"),
                  ("P", "นายคมกริช นาคำ", "ปลัดคม โคกศรีฯ", "coordinating_deputy"),
                  ("V", "นายณรงค์ ศรีโคตร", "ณรงค์ จอส.โคกศรีสุพรรณ", "volunteer_center_staff")],
 "เจริญศิลป์": [("C", "นายสมบัติ ชมภู", "นอภ.เจริญศิลป์ สมบัติ", "district_chief"),
                ("P", "นายอนุวัฒน์ ผาสุข", "ปลัดอนุวัฒน์ จศ. (จอส.)", "coordinating_deputy|volunteer_center_staff")],
 "โพนนาแก้ว": [("C", "นายประสิทธิ์ แสนโคตร", "ประสิทธิ์ นอภ.พนก.", "district_chief"),
               ("P", "นายธนพล วงศ์สุวรรณ", "ปลัดธนพล พนก.", "coordinating_deputy"),
               ("V", "นางสาวศิริพร ทองสุข", "ศิริพร จอส.โพนนาแก้ว", "volunteer_center_staff")],
 "ภูพาน": [("C", "นายณรงค์ศักดิ์ ไชยวงศ์", "นอภ.ภูพาน", "district_chief"),
           ("P", "นายกฤษดา บุญล้อม", "ปลัดกฤษดา ภูพาน", "coordinating_deputy|volunteer_center_staff"),
           ("D", "นายศิวกร พรมมา", "ปลัดศิวกร ภูพาน", "deputy_district_chief")],
}
# in the two-role districts the coordinating deputy is also the volunteer officer
for d in ("เจริญศิลป์", "ภูพาน"):
    pass

# province level: (key, full_name, display_names, role, agency)
PROV = [
 ("gov", "นายธีรวัฒน์ ศรีสกุลไทย", "ผวจ.สน. ธีรวัฒน์", "governor", "ศาลากลางจังหวัดสกลนคร"),
 ("vg1", "นายประเสริฐ วงศ์ภักดี", "รองฯ ประเสริฐ", "vice_governor", "ศาลากลางจังหวัดสกลนคร"),
 ("vg2", "นางสาวกาญจนา พรหมมา", "กาญจนา รองผวจ.สน. 🌷", "vice_governor", "ศาลากลางจังหวัดสกลนคร"),
 ("vg3", "นายชัยยุทธ แสนบุญ", "Chaiyut S.", "vice_governor", "ศาลากลางจังหวัดสกลนคร"),
 ("palad", "นายอนุชา บุญประเสริฐ", "ปจ.สน. อนุชา|อนุชา บุญประเสริฐ", "provincial_palad", "ที่ทำการปกครองจังหวัดสกลนคร"),
 ("off1", "นางสาวเพ็ญศรี คำสุข", "ปค.สน. ฝ่ายอำนวยการ", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร"),
 ("off2", "นายวรวุฒิ บุญธรรม", "กลุ่มงานปกครอง จ.สน.", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร"),
 ("off3", "นางสุดารัตน์ ทองแสง", "งานสารบรรณ ปค.จ.สน.", "provincial_admin_staff", "ที่ทำการปกครองจังหวัดสกลนคร"),
 ("pv1", "นางวรรณภา ศรีสุข", "ศอ.จอส.จว.สน. (แอดมิน)", "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"),
 ("pv2", "จ่าเอกสมพงษ์ ภูนาค", "จ่าพงษ์ จอส.จว.สน.", "volunteer_center_staff", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร"),
 ("agri", "นายมานพ ทองอ่อน", "เกษตรจังหวัดสกลนคร มานพ", "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร"),
 ("health", "นายศรัณย์ วงศ์ใหญ่", "นพ.สสจ.สน. ศรัณย์", "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร"),
 ("edu", "นางวิไลวรรณ ศรีสุวรรณ", "ศธจ.สน. วิไลวรรณ", "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร"),
 ("ddpm", "นายสุรเชษฐ์ นาคสุข", "ผอ.ปภ.สน. สุรเชษฐ์", "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร"),
 ("irr", "นายเทพฤทธิ์ มั่นคง", "ผคป.สกลนคร", "agency_head", "โครงการชลประทานสกลนคร"),
 ("cdd", "นางสาวรัตนา ใจซื่อ", "พัฒนาการจังหวัด รัตนา", "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร"),
 ("msdhs", "นางนงลักษณ์ บุญเรือง", "พมจ.สน. นงลักษณ์", "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร"),
 ("prd", "นายกิตติศักดิ์ ศรีวิชัย", "ประชาสัมพันธ์จังหวัดสกลนคร", "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร"),
 ("local", "นายสุเมธ แก้วกาญจน์", "ถจ.สน. สุเมธ", "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร"),
 ("env", "นายปกรณ์ ดอนไพร", "ทสจ.สน.", "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร"),
 ("dlt", "นางสาวภัทรา มีชัย", "ขนส่งจังหวัดสกลนคร", "agency_head", "สำนักงานขนส่งจังหวัดสกลนคร"),
 ("health2", "นายวีระ สายทอง", "หมอวีระ รองสสจ.", "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร"),
 ("health3", "นางสาวสุนิสา แก้วดี", "สุนิสา ควบคุมโรค สสจ.", "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร"),
 ("msdhs2", "นางสาวขวัญใจ ดีมาก", "แอดมิน พมจ.สน.", "staff", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร"),
 ("agri2", "นายสมชาย ต้นกล้า", "ต้น 🌾", "staff", "สำนักงานเกษตรจังหวัดสกลนคร"),
 ("ddpm2", "นายเจษฎา ลือชา", "เจษฎา ปภ.สน.", "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร"),
 ("ret", "นายบุญมี ทองดี", "ลุงบุญมี อดีตนอภ.", "retired", ""),
]

DKEY = {d: f"d{i+1:02d}" for i, d in enumerate(DISTRICTS)}


def h(s, n):
    return int(hashlib.md5(s.encode()).hexdigest(), 16) % n


def build():
    """returns list of roster dicts and a map key -> person"""
    rows = []
    by = {}
    pid = 0
    for d in DISTRICTS:
        for key, full, disp, role in DPEOPLE[d]:
            pid += 1
            p = dict(person_id=f"P{pid:03d}", full_name=full, display_names=disp, role=role,
                     agency=f"ที่ว่าการอำเภอ{d}", district=d, key=(d, key))
            rows.append(p)
            by[(d, key)] = p
    for key, full, disp, role, ag in PROV:
        pid += 1
        p = dict(person_id=f"P{pid:03d}", full_name=full, display_names=disp, role=role,
                 agency=ag, district="", key=key)
        rows.append(p)
        by[key] = p
    # LINE ids for about half, e-mails for some; each unique
    for i, p in enumerate(rows):
        seed = p["person_id"] + p["full_name"]
        hx = hashlib.sha1(seed.encode()).hexdigest()[:32]
        p["line_user_id"] = ("U" + hx) if i % 2 == 0 or p["role"] in ("governor", "provincial_palad") else ""
        p["email"] = ""
        if i % 3 == 0 or p["key"] in ("off1", "off2", "off3", "pv1"):
            p["email"] = f"{p['person_id'].lower()}.skn@{'dopa.go.th' if 'ปกครอง' in p['agency'] or 'อำเภอ' in p['agency'] else 'sakonnakhon.go.th'}"
    # the two deputies that share the "ต้น 🌾" name: give both no line id, so only the name can match them
    for k in [("กุดบาก", "D"), "agri2"]:
        by[k]["line_user_id"] = ""
    # the coordinating deputy of สว่างแดนดิน posts once under another name with his LINE id
    if not by[("สว่างแดนดิน", "P")]["line_user_id"]:
        by[("สว่างแดนดิน", "P")]["line_user_id"] = "U" + hashlib.sha1(b"supachai").hexdigest()[:32]
    return rows, by


def disp(p):
    return p["display_names"].split("|")[0]
