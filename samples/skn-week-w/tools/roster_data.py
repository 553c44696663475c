# Roster of the week W data set (fictional people). Used by make_week.py.
import hashlib

DISTRICTS = ['เมืองสกลนคร','กุสุมาลย์','กุดบาก','พรรณานิคม','พังโคน','วาริชภูมิ','นิคมน้ำอูน','วานรนิวาส',
             'คำตากล้า','บ้านม่วง','อากาศอำนวย','สว่างแดนดิน','ส่องดาว','เต่างอย','โคกศรีสุพรรณ','เจริญศิลป์',
             'โพนนาแก้ว','ภูพาน']

def uid(seed):
    return 'U' + hashlib.md5(('weekw-' + seed).encode()).hexdigest()

# (key, full_name, display_names, role, agency, district, has_uid, email)
PEOPLE = [
 ('gov','นายธีรวัฒน์ ศรีสกลวงศ์','ผวจ.สกลนคร|ผู้ว่าฯ ธีรวัฒน์','governor','จังหวัดสกลนคร','',True,'teerawat.s@sakonnakhon.go.th'),
 ('vg1','นายประพันธ์ มหาไชย','รองฯ ประพันธ์','vice_governor','จังหวัดสกลนคร','',True,''),
 ('vg2','นางสาวกนกวรรณ ทองภูเวียง','รอง ผวจ.กนกวรรณ 🌷','vice_governor','จังหวัดสกลนคร','',False,'kanokwan.t@sakonnakhon.go.th'),
 ('vg3','นายวีระยุทธ คำแสน','รองวีระ สน.','vice_governor','จังหวัดสกลนคร','',True,''),
 ('palad','นายอภิชาติ พลศักดิ์','ปลัดจังหวัดสกลนคร|ปจ.อภิชาติ','provincial_palad','ที่ทำการปกครองจังหวัดสกลนคร','',True,'apichart.p@dopa.go.th'),
 ('ofc1','ฝ่ายอำนวยการ ที่ทำการปกครองจังหวัดสกลนคร (บัญชีส่งหนังสือ)','ปค.สน. ฝ่ายอำนวยการ','provincial_admin_staff','ที่ทำการปกครองจังหวัดสกลนคร','',True,'admin.sakon@dopa.go.th'),
 ('ofc2','กลุ่มงานปกครอง ที่ทำการปกครองจังหวัดสกลนคร (บัญชีส่งหนังสือ)','กลุ่มงานปกครอง ปค.สน.','provincial_admin_staff','ที่ทำการปกครองจังหวัดสกลนคร','',True,''),
 ('ofc3','งานสารบรรณ ที่ทำการปกครองจังหวัดสกลนคร (บัญชีส่งหนังสือ)','สารบรรณ ปค.จ.สน.','provincial_admin_staff','ที่ทำการปกครองจังหวัดสกลนคร','',False,'saraban.sakon@dopa.go.th'),
 ('pvol1','นายธนพล ราชวงศ์','จอส.จังหวัดสกลนคร','volunteer_center_staff','ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร','',True,''),
 ('pvol2','นางสาวอรอนงค์ ใจดี','แอน ศอ.จอส.จว.สน.|แอน อรอนงค์','volunteer_center_staff','ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร','',True,'onanong.j@sakonnakhon.go.th'),
 ('ah_ddpm','นายสุเมธ พรหมวงศ์','ผอ.ปภ.สกลนคร','agency_head','สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร','',True,''),
 ('ah_msdh','นางจินตนา ศรีสุวรรณ','พมจ.สกลนคร จินตนา','agency_head','สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร','',True,''),
 ('ah_health','นายแพทย์กิตติพัฒน์ รัตนวงศ์','หมอกิต สสจ.สน.','agency_head','สำนักงานสาธารณสุขจังหวัดสกลนคร','',False,'kittipat.r@moph.go.th'),
 ('ah_agri','นายบุญชู ทองคำ','เกษตรจังหวัดสกลนคร','agency_head','สำนักงานเกษตรจังหวัดสกลนคร','',True,''),
 ('ah_cdd','นางสาวปวีณา ศรีทอง','พช.สน. ปวีณา','agency_head','สำนักงานพัฒนาชุมชนจังหวัดสกลนคร','',False,''),
 ('ah_dlt','นายมานพ ใจซื่อ','ขนส่งสกลนคร มานพ 🚌','agency_head','สำนักงานขนส่งจังหวัดสกลนคร','',True,''),
 ('ah_tour','นายวัชระ ภูมิวงศ์','ท่องเที่ยวฯ สน. วัชระ','agency_head','สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร','',False,'watchara.p@mots.go.th'),
 ('ah_treas','นางพรทิพย์ วิเศษ','คลังจังหวัด พรทิพย์','agency_head','สำนักงานคลังจังหวัดสกลนคร','',True,''),
 ('ah_edu','นายสมหมาย บุญส่ง','ศธจ.สน.','agency_head','สำนักงานศึกษาธิการจังหวัดสกลนคร','',False,''),
 ('ah_prd','นางสาวดารุณี สุขสวัสดิ์','ปชส.สน. ดารุณี 📣','agency_head','สำนักงานประชาสัมพันธ์จังหวัดสกลนคร','',True,''),
 ('ah_cult','นายเสกสรรค์ คำมุงคุณ','วัฒนธรรม จ.สน.','agency_head','สำนักงานวัฒนธรรมจังหวัดสกลนคร','',True,''),
 ('ah_police','พล.ต.ต.ชัยณรงค์ ศรีวิชัย','ผบก.ภ.จว.สน.','agency_head','ตำรวจภูธรจังหวัดสกลนคร','',True,''),
 ('st_ddpm','นายเอกพล ดวงดี','เอก ปภ.สน.','staff','สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร','',True,''),
 ('st_agri','นางสาวสุดารัตน์ มูลสาร','ธุรการเกษตร สน.','staff','สำนักงานเกษตรจังหวัดสกลนคร','',False,'sudarat.m@doae.go.th'),
 ('st_msdh','นายวิทยา คำพันธ์','วิทยา พมจ.','staff','สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร','',False,''),
 ('st_treas','นางสาวชนิดา ผลดี','นิดา คลังจังหวัด','staff','สำนักงานคลังจังหวัดสกลนคร','',True,''),
 ('retired','นายเสถียร พันธ์วงศ์','ลุงเสถียร (อดีต นอภ.)','retired','','',True,''),
]

# district people: district -> list of (key, full_name, display, role, has_uid, email)
DP = {
 'เมืองสกลนคร': [('c_mueang','นายณรงค์ศักดิ์ บุญประคอง','นอภ.เมืองสกลนคร|ณรงค์ศักดิ์ บ.','district_chief',True,''),
               ('cd_mueang','นายปิยะพงษ์ ศรีวงศ์','ปลัดปิ๊ก อ.เมืองสกลฯ','coordinating_deputy',True,''),
               ('v_mueang','นางสาวจิราพร แก้วมณี','จิ๋ว จอส.อ.เมืองสกล','volunteer_center_staff',False,'jiraporn.k@dopa.go.th'),
               ('d_mueang','นายธนากร พรมมา','ปลัดโอ๊ต เมืองสกล','deputy_district_chief',True,'')],
 'กุสุมาลย์': [('c_kusuman','นายสุรชัย ไชยคำ','นอภ.กุสุมาลย์ สุรชัย','district_chief',True,''),
             ('cd_kusuman','นายอนุชา ทองดี','ปลัดหนุ่ม กุสุมาลย์','coordinating_deputy',False,''),
             ('v_kusuman','นางสาวพิมพ์ชนก วงศ์ษา','พิม ศอ.จอส.กุสุมาลย์ 💛','volunteer_center_staff',True,'')],
 'กุดบาก': [('c_kudbak','นายวิชัย ภูมิสถาน','นอภ.กุดบาก','district_chief',True,''),
           ('cd_kudbak','นายกิตติศักดิ์ แสนสุข','ปอ.ประสานงาน กุดบาก','coordinating_deputy',False,'kittisak.s@dopa.go.th'),
           ('v_kudbak','นายพงศกร จันทร์แดง','ก้อง จอส.กุดบาก','volunteer_center_staff',True,''),
           ('d_kudbak','นายต้นตระกูล ศรีสุข','ปลัดต้น','deputy_district_chief',False,'')],
 'พรรณานิคม': [('c_phanna','นางสาวอรวรรณ พันธุ์ดี','นอภ.พรรณาฯ อรวรรณ 🌸','district_chief',True,''),
              ('cd_phanna','นายศุภชัย มาลัย','ปลัดชัย พรรณานิคม','coordinating_deputy',True,''),
              ('v_phanna','นางรัชนี โพธิ์ศรี','รัชนี จอส.พรรณา','volunteer_center_staff',False,'')],
 'พังโคน': [('c_phangkhon','นายเอกชัย สุวรรณรัตน์','นอภ.พังโคน','district_chief',True,''),
           ('cd_phangkhon','นายเอกราช มณีวงศ์','ปลัดเอ็ม พังโคน','coordinating_deputy',True,''),
           ('v_phangkhon','นางสาวศิริลักษณ์ บุตรดี','ศิริ จอส.พังโคน','volunteer_center_staff',False,'siriluk.b@dopa.go.th')],
 'วาริชภูมิ': [('c_warit','นายสมบัติ เหล่าสุวรรณ','นอภ.วาริชภูมิ สมบัติ','district_chief',True,''),
              ('cd_warit','นายวรวุฒิ คำภู','ปอ.ประสานงาน วาริชฯ','coordinating_deputy',True,''),
              ('v_warit','นายณัฐพล สีดา','ณัฐ จอส.วาริชภูมิ','volunteer_center_staff',False,''),
              ('d_warit','นายภาณุวัฒน์ ทองมา','ปลัดเบิร์ด วาริชภูมิ','deputy_district_chief',True,'')],
 'นิคมน้ำอูน': [('c_nikhom','นายประยูร ศรีบุญเรือง','นอภ.นิคมน้ำอูน','district_chief',True,''),
               ('cd_nikhom','นายชยพล วงศ์ใหญ่','ปลัดกอล์ฟ นิคมฯ','coordinating_deputy',False,''),
               ('v_nikhom','นางสาวกาญจนา นามวงศ์','กาญ จอส.นิคมน้ำอูน','volunteer_center_staff',True,'')],
 'วานรนิวาส': [('c_wanon','นายสุทธิพงษ์ อินทร์แก้ว','นอภ.วานรนิวาส 🙏','district_chief',True,''),
              ('cd_wanon','นายจักรพันธ์ สุขเจริญ','ปลัดจักร วานรฯ','coordinating_deputy',True,''),
              ('v_wanon','นายธีระ ศรีหาวงศ์','ธีระ ศอ.จอส.อ.วานรนิวาส','volunteer_center_staff',False,'teera.s@dopa.go.th'),
              ('d_wanon','นางสาวนภัสสร ไชยสิทธิ์','ปลัดนุ่น วานรนิวาส','deputy_district_chief',True,''),
              ('d2_wanon','นายสิทธิชัย พลราช','ปลัดโต้ง วานรฯ','deputy_district_chief',False,'')],
 'คำตากล้า': [('c_khamta','นายไพฑูรย์ เกษศรี','นอภ.คำตากล้า','district_chief',True,''),
             ('cd_khamta','นายณัฐวุฒิ ชาญชัย','ณัฐวุฒิ (ปลัดอ.คำตากล้า)','coordinating_deputy|volunteer_center_staff',True,'')],
 'บ้านม่วง': [('c_banmuang','นายอดิศร ผิวขาว','นอภ.บ้านม่วง อดิศร','district_chief',False,'adisorn.p@dopa.go.th'),
             ('cd_banmuang','นายชาตรี บุญมา','ปลัดตรี บ้านม่วง','coordinating_deputy',True,''),
             ('v_banmuang','นางสาววราภรณ์ สายบุญ','แพรว จอส.บ้านม่วง','volunteer_center_staff',True,'')],
 'อากาศอำนวย': [('c_akat','นายธวัชชัย ศรีประเสริฐ','นอภ.อากาศอำนวย','district_chief',True,''),
               ('cd_akat','นายสุริยา แก้วกาหลง','ปลัดสุริยา อากาศฯ','coordinating_deputy',False,''),
               ('v_akat','นายอนุสรณ์ พิมพ์ทอง','อนุสรณ์ จอส.อากาศอำนวย','volunteer_center_staff',True,'')],
 'สว่างแดนดิน': [('c_sawang','นายปรีชา วงศ์คำจันทร์','นอภ.สว่างแดนดิน ปรีชา','district_chief',True,''),
                ('cd_sawang','นายกฤษดา นาคสุข','ปลัดแบงค์ สว่างฯ','coordinating_deputy',True,''),
                ('v_sawang','นางสาวสุพัตรา ทองสุข','ตุ๊กตา จอส.สว่างแดนดิน','volunteer_center_staff',False,''),
                ('d_sawang','นายวสันต์ ศรีจันทร์','ปลัดวสันต์ สว่างแดนดิน','deputy_district_chief',False,'wasan.s@dopa.go.th')],
 'ส่องดาว': [('c_songdao','นายเกรียงไกร พิลาวัน','นอภ.ส่องดาว 🌳','district_chief',True,''),
            ('cd_songdao','นายอภิสิทธิ์ ชมภู','ปลัดเก่ง ส่องดาว','coordinating_deputy',True,''),
            ('v_songdao','นางสาวมยุรี ศรีเมือง','มะปราง จอส.ส่องดาว','volunteer_center_staff',False,'')],
 'เต่างอย': [('c_taongoi','นายสมศักดิ์ มุงคุณ','นอภ.เต่างอย','district_chief',False,''),
            ('cd_taongoi','นายวีรพงษ์ ไชยมาตย์','ปลัดวีร์ เต่างอย','coordinating_deputy',True,''),
            ('v_taongoi','นางสาวอ้อยทิพย์ นามบุตร','อ้อย จิตอาสาเต่างอย 🇹🇭','volunteer_center_staff',True,'')],
 'โคกศรีสุพรรณ': [('c_khoksi','นายบุญเลิศ จันทร์หอม','นอภ.โคกศรีฯ','district_chief',True,''),
                 ('cd_khoksi','นายพิชิต สมบูรณ์','ปลัดพิชิต โคกศรีสุพรรณ','coordinating_deputy',False,''),
                 ('v_khoksi','นายเฉลิมชัย บุญทา','ชัย จอส.โคกศรี','volunteer_center_staff',True,'')],
 'เจริญศิลป์': [('c_charoen','นายสมพงษ์ ใจกล้า','สมพงษ์ ใจกล้า|นอภ.เจริญศิลป์','district_chief',False,'sompong.j@dopa.go.th'),
               ('cd_charoen','นายธนวัฒน์ อุดมศักดิ์','ปลัดวัฒน์ เจริญศิลป์','coordinating_deputy',True,''),
               ('v_charoen','นางสาวจันทร์เพ็ญ ศรีภูมิ','เพ็ญ จอส.เจริญศิลป์','volunteer_center_staff',True,'')],
 'โพนนาแก้ว': [('c_phon','นางศศิธร วงศ์กาฬสินธุ์','นอภ.โพนนาแก้ว ศศิธร','district_chief',True,''),
              ('cd_phon','นายภูมิพัฒน์ สีหานาม','ปลัดภูมิ โพนนาแก้ว','coordinating_deputy|volunteer_center_staff',True,'')],
 'ภูพาน': [('c_phuphan','นายอำนาจ ไชยวงศ์','นอภ.ภูพาน อำนาจ ⛰️','district_chief',True,''),
          ('cd_phuphan','นายธีรภัทร บุญยืน','ปลัดธีร์ ภูพาน','coordinating_deputy',True,''),
          ('v_phuphan','นางสาวสายสุนีย์ พรหมทา','สาย จอส.ภูพาน','volunteer_center_staff',False,''),
          ('d_phuphan','นายต้นกล้า ภูผาใจ','ปลัดต้น','deputy_district_chief',False,'')],
}

def build():
    rows = []
    for p in PEOPLE:
        rows.append(dict(key=p[0], full_name=p[1], display_names=p[2], role=p[3], agency=p[4], district=p[5],
                         line_user_id=uid(p[0]) if p[6] else '', email=p[7]))
    for d in DISTRICTS:
        for (k, fn, dn, role, hu, em) in DP[d]:
            rows.append(dict(key=k, full_name=fn, display_names=dn, role=role, agency='ที่ว่าการอำเภอ' + d,
                             district=d, line_user_id=uid(k) if hu else '', email=em))
    for i, r in enumerate(rows, 1):
        r['person_id'] = 'SN%03d' % i
    return rows
