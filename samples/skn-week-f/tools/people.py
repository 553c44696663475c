# Roster of the fictional Sakon Nakhon officials used in the week of 9-13 March 2026.
import hashlib

P = {}   # key -> dict

def uid(key):
    return "U" + hashlib.md5(("weekf-" + key).encode()).hexdigest()

def add(key, full, names, role, agency, district="", line=True, email=""):
    P[key] = dict(key=key, full=full, names=names if isinstance(names, list) else [names],
                  role=role, agency=agency, district=district,
                  line=uid(key) if line else "", email=email)

DISTRICTS = [
 ("mueang", "เมืองสกลนคร"), ("kusuman", "กุสุมาลย์"), ("kutbak", "กุดบาก"), ("phanna", "พรรณานิคม"),
 ("phangkhon", "พังโคน"), ("warit", "วาริชภูมิ"), ("nikhom", "นิคมน้ำอูน"), ("wanon", "วานรนิวาส"),
 ("khamta", "คำตากล้า"), ("banmuang", "บ้านม่วง"), ("akat", "อากาศอำนวย"), ("sawang", "สว่างแดนดิน"),
 ("songdao", "ส่องดาว"), ("taongoi", "เต่างอย"), ("khoksri", "โคกศรีสุพรรณ"), ("charoen", "เจริญศิลป์"),
 ("phonna", "โพนนาแก้ว"), ("phuphan", "ภูพาน"),
]
TH = dict(DISTRICTS)
OFFICE = "ที่ทำการปกครองจังหวัดสกลนคร"

# province level
add("GOV", "นายวรเชษฐ์ ศรีสุวรรณ", ["ผวจ.สกลนคร วรเชษฐ์", "วรเชษฐ์ ศรีสุวรรณ"], "governor", "ศาลากลางจังหวัดสกลนคร")
add("VG1", "นายธนกฤต พรหมวงศ์", ["รองฯ ธนกฤต"], "vice_governor", "ศาลากลางจังหวัดสกลนคร")
add("VG2", "นางสาวปิยนุช แสนสุข", ["รองปิยนุช 🌸"], "vice_governor", "ศาลากลางจังหวัดสกลนคร", email="piyanuch.s@sakonnakhon.go.th")
add("VG3", "นายอนุชา ทองมา", ["Anucha T."], "vice_governor", "ศาลากลางจังหวัดสกลนคร")
add("PALAD", "นายชยพล วงศ์คำ", ["ปจ.สน. ชยพล", "ชยพล วงศ์คำ"], "provincial_palad", OFFICE)
add("ADM1", "นางสาวกมลวรรณ ศรีทอง", ["ปค.สกลนคร ฝ่ายอำนวยการ"], "provincial_admin_staff", OFFICE, email="dopa.sakon.admin@gmail.com")
add("ADM2", "นายศุภชัย บุญเรือง", ["งานปกครอง ปค.จ.สน."], "provincial_admin_staff", OFFICE, line=False, email="pokkrong.skn@gmail.com")
add("ADM3", "นางจิราพร ดวงดี", ["สารบรรณ ปค.สน. 📩"], "provincial_admin_staff", OFFICE)
add("PV1", "นางอรุณี ไชยเดช", ["จอส.จังหวัด (พี่หน่อย)"], "volunteer_center_staff", OFFICE)
add("PV2", "นายภาณุวัฒน์ บุญมา", ["ปลัดแบงค์ ศอ.จอส.จว."], "volunteer_center_staff", OFFICE, email="panuwat.b@dopa.go.th")
# agency heads and their staff
add("H_pbh", "นายสมศักดิ์ คำแหง", ["ผอ.ปภ.สน. สมศักดิ์"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร")
add("H_ssj", "นายแพทย์ไพศาล อินทรสุข", ["นพ.สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", email="ssj.sakon@moph.go.th")
add("H_tsj", "นางวันเพ็ญ ศรีประเสริฐ", ["ทสจ.สกลนคร"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร")
add("H_kaset", "นายบุญส่ง ทองประยูร", ["เกษตรจังหวัด บุญส่ง 🌾"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร")
add("H_pmj", "นางสาวนงลักษณ์ ภูมิสุข", ["พมจ.สกลนคร"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", line=False, email="pmj.sakon@m-society.go.th")
add("H_klang", "นายประเสริฐ แก้วประเสริฐ", ["คลังจังหวัดสกลนคร"], "agency_head", "สำนักงานคลังจังหวัดสกลนคร")
add("H_pr", "นางรุ่งนภา ไชยมงคล", ["ประชาสัมพันธ์จังหวัดสน."], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร")
add("H_chon", "นายวิทยา สุวรรณศรี", ["ผคป.ชลประทานสกลนคร"], "agency_head", "โครงการชลประทานสกลนคร")
add("H_thin", "นายสุรพล ศรีวิชัย", ["ท้องถิ่นจังหวัด สุรพล"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร")
add("H_pasu", "นายอำพล จันทร์หอม", ["ปศุสัตว์จังหวัดสกลนคร"], "agency_head", "สำนักงานปศุสัตว์จังหวัดสกลนคร", line=False, email="pasusakon@dld.go.th")
add("H_pc", "นางสุภาวดี พรหมมา", ["พัฒนาการจังหวัด สน."], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร")
add("H_sj", "นายกิตติศักดิ์ มาลาศรี", ["หน.สนจ.สกลนคร"], "agency_head", "สำนักงานจังหวัดสกลนคร")
add("S_ssj", "นายปกรณ์ วงศ์สวัสดิ์", ["รอง สสจ.สน. ปกรณ์"], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร")
add("S_pbh", "นางสาวธิดารัตน์ ศรีใส", ["ธุรการ ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", line=False, email="saraban.pbh.skn@gmail.com")
add("S_klang", "นายอรรถพล ภูเงิน", ["Attapol คลังจังหวัด"], "staff", "สำนักงานคลังจังหวัดสกลนคร")
add("S_sj", "นางลำดวน บุตรศรี", ["ลำดวน สนจ."], "staff", "สำนักงานจังหวัดสกลนคร")
add("RET", "นายบุญเลิศ สุวรรณไตร", ["ลุงเลิศ อดีตนอภ."], "retired", "", line=False)

# districts: chief, coordinating deputy, volunteer officer, extra deputies
D = {
 "mueang":   (("นายสิทธิชัย ศรีบุญเรือง", "นอภ.เมืองสกลนคร สิทธิชัย"), ("นายกฤษดา พลราชม", "ปลัดกฤษ เมืองสน"), ("นางสาววราภรณ์ ศรีหาบุตร", "จอส.อ.เมือง (แอน)"),
              [("X_mueang1", "นายณัฐพล อินทร์แปลง", "Nattaphon ปลัดเมือง"), ("X_mueang2", "นางสาวพิมพ์ชนก ดวงแก้ว", "ปลัดพิมพ์ 🌷")]),
 "kusuman":  (("นายวีระพงษ์ ไชยสุระ", "วีระพงษ์ ไชยสุระ"), ("นายธีรวัฒน์ ชาลีวรรณ", "ปลัดโอ๊ต กุสุมาลย์"), ("นางกาญจนา ภูทองเงิน", "กาญจนา จอส.กุสุมาลย์"), []),
 "kutbak":   (("นายสมชาติ วงศ์กาฬสินธุ์", "นอภ.กุดบาก"), ("ว่าที่ร.ต.อภิชาติ คำมูล", "อภิชาติ คำมูล"), ("นายธนวัฒน์ ศรีสมบัติ", "Thanawat จอส.กุดบาก"), []),
 "phanna":   (("นางศิริพร อุดมศักดิ์", "ศิริพร นอภ.พรรณาฯ"), ("นายปรีชา โคตรพันธ์", "ปรีชา พรรณานิคม"), ("นายวิชัย ทองแสน", "วิชัย ทองแสน"), []),
 "phangkhon":(("นายเกรียงไกร สุขประเสริฐ", "นอภ.พังโคน"), ("นายอัครพล มีสุข", "ปลัดเอ็ม พังโคน"), ("นางสาวจันทร์เพ็ญ พรมสุวรรณ", "เพ็ญ จอส.พังโคน"),
              [("X_phangkhon", "นายสุรเชษฐ์ ภูผา", "สุรเชษฐ์ ภูผา")]),
 "warit":    (("นายอดิศักดิ์ หอมจันทร์", "อดิศักดิ์ นอภ.วาริชฯ"), ("นายชนาธิป แก้วมณี", "ต้น วาริชภูมิ"), ("นางรัชนี บุตรดี", "รัชนี บุตรดี"), []),
 "nikhom":   (("นายสุเมธ ปัญญาดี", "นอภ.นิคมน้ำอูน"), ("นางสาวสุดารัตน์ ผิวขำ", "ปลัดหญิง นิคมฯ"), ("นายพงศกร ละมูล", "พงศกร จอส.นิคมฯ"), []),
 "wanon":    (("นายไพโรจน์ เสนาจักร์", "ไพโรจน์ เสนาจักร์"), ("นายจักรพันธ์ มูลสาร", "ปลัดจักร วานรฯ"), ("นายสมพร ยศศรี", "สมพร วานรนิวาส"),
              [("X_wanon", "นายเอกราช สีหาวงษ์", "ปลัดเอก")]),
 "khamta":   (("นายทองใบ พันธุ์ภักดี", "นอภ.คำตากล้า"), ("นายณรงค์ฤทธิ์ ดวงมาลา", "ณรงค์ฤทธิ์ คำตากล้า"), ("นางสาวอรอุมา ศรีวงศ์", "อร จอส.คำตากล้า 💚"), []),
 "banmuang": (("นายวัชระ คำภูแสน", "วัชระ คำภูแสน"), ("นายศักดิ์ดา นามวงศ์", "ปลัดศักดิ์ บ้านม่วง"), ("นางสาวนิภาพร ไชยโคตร", "นิภาพร ไชยโคตร"), []),
 "akat":     (("นายปิยะพงษ์ จันทร์เพ็ง", "นอภ.อากาศอำนวย"), ("นายภัทรพงศ์ ศรีละวัน", "ภัทรพงศ์ อากาศฯ"), ("นายอนุวัฒน์ แสงโคตร", "อนุวัฒน์ จอส.อากาศ"), []),
 "sawang":   (("นายชัยวัฒน์ บุญประคม", "ชัยวัฒน์ นอภ.สว่างฯ"), ("นายธวัชชัย โพธิ์ศรี", "ปลัดธวัช สว่างแดนดิน"), ("นางเยาวลักษณ์ ชมภูพื้น", "เยาว์ จอส.สว่างฯ"),
              [("X_sawang1", "นายเอกชัย พิมพ์ศรี", "ปลัดเอก"), ("X_sawang2", "นางสาวศิริลักษณ์ มะลิซ้อน", "Sirilak M.")]),
 "songdao":  (("นายมานพ บุญทัน", "นอภ.ส่องดาว 🌳"), ("นายวรวุฒิ จันทะวงศ์", "วรวุฒิ ส่องดาว"), ("นายธนากร หล้าคำ", "ธนากร หล้าคำ"),
              [("X_songdao", "นายกิตติพงษ์ สายสุด", "Kittipong.S")]),
 "taongoi":  (("นายสุริยา ภูมิพันธ์", "สุริยา ภูมิพันธ์"), ("นางสาวเบญจวรรณ ศรีสุข", "ปลัดเบญ เต่างอย"), ("นายชาตรี วงศ์ชาลี", "ชาตรี จอส.เต่างอย"), []),
 "khoksri":  (("นายอำนาจ ศรีเมือง", "นอภ.โคกศรีฯ"), ("นายพีรพล บุญศรี", "พีรพล โคกศรีสุพรรณ"), ("นางพรทิพย์ คำสุข", "พรทิพย์ คำสุข"), []),
 "charoen":  (("นายเฉลิมชัย ทิพย์อาสน์", "นอภ.เจริญศิลป์"), ("นายสราวุธ อุปพงษ์", "ปลัดวุธ เจริญศิลป์"), None, []),
 "phonna":   (("นายรณชัย พลเยี่ยม", "รณชัย นอภ.โพนนาแก้ว"), ("นายบัณฑิต ทองคำ", "บัณฑิต โพนนาแก้ว"), ("นางสาวชลธิชา ยอดคำ", "ชลธิชา จอส.โพนนาฯ"), []),
 "phuphan":  (("นายศุภกิจ มณีวงศ์", "นอภ.ภูพาน ⛰️"), ("นายอนันต์ ชัยสงคราม", "อนันต์ ปลัดภูพาน"), None, []),
}
NO_LINE = {"C_wanon", "V_banmuang", "X_wanon", "X_sawang1", "V_khoksri", "D_songdao", "V_phanna"}
EMAILS = {"C_wanon": "pairoj.s@dopa.go.th", "V_banmuang": "nipaporn.ch@gmail.com", "X_wanon": "ekkarat.s@dopa.go.th",
          "X_sawang1": "ekkachai.p@dopa.go.th", "C_mueang": "amphoe.mueang.skn@dopa.go.th", "D_songdao": "worawut.songdao@gmail.com",
          "V_khoksri": "porntip.k@gmail.com", "C_phuphan": "amphoe.phuphan@dopa.go.th"}
for dk, th in DISTRICTS:
    c, d, v, extra = D[dk]
    amp = "ที่ทำการปกครองอำเภอ" + th
    for key, (full, name), role in (("C_" + dk, c, "district_chief"), ("D_" + dk, d,
            "coordinating_deputy|volunteer_center_staff" if v is None else "coordinating_deputy")):
        add(key, full, name, role, amp, th, line=key not in NO_LINE, email=EMAILS.get(key, ""))
    if v is not None:
        key = "V_" + dk
        add(key, v[0], v[1], "volunteer_center_staff", amp, th, line=key not in NO_LINE, email=EMAILS.get(key, ""))
    else:
        P["V_" + dk] = P["D_" + dk]   # the coordinating deputy also runs the volunteer centre
    for key, full, name in extra:
        add(key, full, name, "deputy_district_chief", amp, th, line=key not in NO_LINE, email=EMAILS.get(key, ""))

# the district chief of คำตากล้า changed his LINE name during the week; the roster keeps the old one
def persons():
    seen, out = set(), []
    for k, p in P.items():
        if id(p) in seen: continue
        seen.add(id(p)); out.append(p)
    return out
