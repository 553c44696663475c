# Roster of the Sakon Nakhon week (16-20 March 2026). Fictional people.
import hashlib

def uid(pid):
    return 'U' + hashlib.md5(('skn-weekx-' + pid).encode()).hexdigest()

PROV = 'จังหวัดสกลนคร'
PKJ = 'ที่ทำการปกครองจังหวัดสกลนคร'

# (key, full_name, [display names], role, agency, district, has_line_id, email_or_None)
P = [
    ('GOV', 'นายวรพจน์ ศรีธนากุล', ['ผวจ.สน. วรพจน์', 'วรพจน์ ศรีธนากุล'], 'governor', 'ศาลากลางจังหวัดสกลนคร', '', True, 'worapot.s@skn-gov.example'),
    ('VG1', 'นายชาตรี บุญประเสริฐ', ['รองฯ ชาตรี', 'ชาตรี บุญประเสริฐ'], 'vice_governor', 'ศาลากลางจังหวัดสกลนคร', '', True, None),
    ('VG2', 'นางอรอุมา พิมพ์ทอง', ['รอง ผวจ.อรอุมา 🌸'], 'vice_governor', 'ศาลากลางจังหวัดสกลนคร', '', False, 'onuma.p@skn-gov.example'),
    ('VG3', 'นายสุรเชษฐ์ มณีวงศ์', ['สุรเชษฐ์ รองผู้ว่าฯ'], 'vice_governor', 'ศาลากลางจังหวัดสกลนคร', '', True, None),
    ('PAL', 'นายกิตติพงษ์ แสนสุข', ['ปจ.กิตติพงษ์', 'ปลัดจังหวัดสกลนคร'], 'provincial_palad', PKJ, '', True, 'kittipong.s@skn-dopa.example'),
    ('PK1', 'นางสาวจิราพร ทองมา', ['ปค.จ.สน. งานปกครอง'], 'provincial_admin_staff', PKJ, '', True, 'pk.skn.admin@skn-dopa.example'),
    ('PK2', 'นายวีรยุทธ ศรีบุญเรือง', ['ฝ่ายอำนวยการ ปค.สน.'], 'provincial_admin_staff', PKJ, '', False, 'pk.skn.office@skn-dopa.example'),
    ('PK3', 'นางกาญจนา พลราช', ['สารบรรณ ปค.สน. 📨'], 'provincial_admin_staff', PKJ, '', True, None),
    ('JV1', 'นายอนุชา โคตรสมบัติ', ['จอส.จังหวัดสกลนคร 💛'], 'volunteer_center_staff', PKJ, '', True, 'jitarsa.skn@skn-dopa.example'),
    ('JV2', 'นางพรทิพย์ ศรีหาวงศ์', ['ครูแอน ศอ.จอส.จว.'], 'volunteer_center_staff', PKJ, '', False, None),
    ('RET', 'นายประสิทธิ์ คำภูแก้ว', ['ลุงสิทธิ์ (อดีตนอภ.)', 'ประสิทธิ์ คำภูแก้ว'], 'retired', '', '', False, 'prasit.k@mailbox.example'),
    # agency heads and some of their staff
    ('A_PB', 'นายณัฐวุฒิ จันทร์แก้ว', ['หน.ปภ.สน. ณัฐวุฒิ'], 'agency_head', 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร', '', True, None),
    ('S_PB', 'นายธีรพงษ์ วงศ์ศรี', ['ธีร์ ปภ.สน.'], 'staff', 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร', '', False, 'theerapong.w@skn-ddpm.example'),
    ('A_TS', 'นางสาววิภาวรรณ สุขเจริญ', ['ทสจ.สกลนคร 🌲'], 'agency_head', 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร', '', True, None),
    ('S_TS', 'นางสาวกนกพร ภูผา', ['แนน ทสจ.'], 'staff', 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร', '', False, None),
    ('A_KS', 'นายสมพร ศรีวงษ์', ['เกษตรจังหวัดสน. 🌾'], 'agency_head', 'สำนักงานเกษตรจังหวัดสกลนคร', '', True, 'somporn.s@skn-doae.example'),
    ('S_KS', 'นางนงลักษณ์ แก้วมณี', ['ธุรการเกษตร สน.'], 'staff', 'สำนักงานเกษตรจังหวัดสกลนคร', '', False, None),
    ('A_SS', 'นายแพทย์ธนากร บุญมา', ['นพ.สสจ.สน.'], 'agency_head', 'สำนักงานสาธารณสุขจังหวัดสกลนคร', '', True, None),
    ('A_CP', 'นายอดิศักดิ์ ไชยมาตย์', ['ผคป.สกลนคร'], 'agency_head', 'โครงการชลประทานสกลนคร', '', False, 'adisak.c@skn-rid.example'),
    ('A_PR', 'นางรัตนา โพธิ์ศรี', ['ประชาสัมพันธ์จังหวัด สน.'], 'agency_head', 'สำนักงานประชาสัมพันธ์จังหวัดสกลนคร', '', True, None),
    ('A_TT', 'นายภูวดล สีหาราช', ['ท่องเที่ยวกีฬา สน. ⚽'], 'agency_head', 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดสกลนคร', '', False, None),
    ('A_PC', 'นางสุภาพร วงศ์คำ', ['พัฒนาการจังหวัดสกลนคร'], 'agency_head', 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร', '', True, 'supaporn.w@skn-cdd.example'),
    ('A_ED', 'นายประยุทธ นามวงศ์', ['ศธจ.สกลนคร'], 'agency_head', 'สำนักงานศึกษาธิการจังหวัดสกลนคร', '', False, None),
    ('A_TH', 'นายวัชระ พรหมสาขา', ['ท้องถิ่นจังหวัดสกลนคร'], 'agency_head', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร', '', True, None),
    ('S_TH', 'นายสุริยา บุตรดี', ['รอง ถจ.สน.'], 'staff', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร', '', False, None),
    ('A_PM', 'นายเกรียงไกร อุดมศักดิ์', ['ผอ.ป่าไม้ สาขาสกลนคร'], 'agency_head', 'ส่วนจัดการทรัพยากรป่าไม้ สาขาสกลนคร', '', True, None),
]

# districts: code, Thai name, chief, coordinating deputy, volunteer officer (None: the coordinating
# deputy holds both roles), extra deputies.  Each person: (full_name, [display names], line_id?, email)
D = [
    ('MUE', 'เมืองสกลนคร',
     ('นายเอกชัย ภูมิสุข', ['นอภ.เมืองสกลนคร'], True, None),
     ('นายภาณุวัฒน์ ศรีสุวรรณ', ['ภาณุ ปค.เมือง'], False, None),
     ('นางสาวศิริลักษณ์ มาลัย', ['จอส.อำเภอเมืองสกลนคร'], False, 'jitarsa.muang.skn@dopa-district.example'),
     [('นายเจนณรงค์ ทองดี', ['ปลัดเจน เมืองสน.'], True, None)]),
    ('KUS', 'กุสุมาลย์',
     ('นายสมศักดิ์ ไชยสิทธิ์', ['สมศักดิ์ นอภ.กุสุมาลย์'], True, None),
     ('นายณัฐพล บัวศรี', ['ปลัดบอย กุสุมาลย์'], False, None),
     ('นางสาวฝ้ายคำ สีดา', ['น้องฝ้าย จอส.กุสุมาลย์'], False, None),
     []),
    ('KUD', 'กุดบาก',
     ('นายธวัชชัย พลเยี่ยม', ['นายอำเภอกุดบาก 🏞️'], False, 'thawatchai.p@dopa-district.example'),
     ('นายวุฒิชัย แสงจันทร์', ['ปลัดหนุ่ม กุดบาก'], True, None),
     None,
     []),
    ('PHA', 'พรรณานิคม',
     ('นายชัยวัฒน์ อินทรสุข', ['ชัยวัฒน์ นอภ.พรรณา'], True, None),
     ('นายอนุรักษ์ คำมุงคุณ', ['ปลัดโอ๊ค พรรณานิคม'], False, None),
     ('นางสาวจันทร์เพ็ญ ศรีเมือง', ['จอส.พรรณานิคม'], False, None),
     [('นางสาวแพรวพรรณ ดวงใจ', ['ปลัดแพร พรรณา'], False, 'praewpan.d@dopa-district.example')]),
    ('PNK', 'พังโคน',
     ('นายสุทธิพงษ์ ราชวงศ์', ['นอภ.พังโคน'], True, None),
     ('นายเอกราช มูลศรี', ['ปลัดเอ็ม พังโคน'], False, None),
     ('นายธนพล ศรีสุข', ['ธนพล ศรีสุข'], False, None),
     []),
    ('WAR', 'วาริชภูมิ',
     ('ดร.ปิยะ แก้วประเสริฐ', ['ดร.ปิยะ นอภ.วาริชภูมิ'], True, 'piya.k@dopa-district.example'),
     ('นายกฤษดา ภูทอง', ['ปลัดกอล์ฟ วาริช'], False, None),
     ('นางสาวอรทัย พรมมา', ['วาริชภูมิ จิตอาสา 💛'], False, None),
     []),
    ('NIK', 'นิคมน้ำอูน',
     ('นายบุญเลิศ ศรีธรรม', ['นอภ.นิคมน้ำอูน'], False, None),
     ('นางสาวนุชนาถ แสนทวีสุข', ['ปลัดนุ่น นิคมฯ'], True, None),
     None,
     []),
    ('WAN', 'วานรนิวาส',
     ('นายทองใบ สุวรรณไตร', ['ทองใบ นอภ.วานรฯ'], True, None),
     ('นายอาร์มรัฐ จันทร์หอม', ['ปลัดอาร์ม วานรนิวาส'], False, None),
     ('นางสาวรุ่งนภา คำแสน', ['จอส.วานรนิวาส'], False, 'rungnapa.k@dopa-district.example'),
     [('นายต้นตระกูล วงศ์ใหญ่', ['ปลัดต้น'], False, None)]),
    ('KHA', 'คำตากล้า',
     ('นายวิเชียร โพธิ์ทอง', ['นอภ.คำตากล้า 🙏'], True, None),
     ('นางสาวจารุวรรณ มีสุข', ['ปลัดจ๋า คำตากล้า'], False, None),
     ('นางสาวตุลยา บุญยืน', ['ตุ๊กตา'], False, None),
     []),
    ('BAN', 'บ้านม่วง',
     ('นายประเสริฐ ทองคำ', ['นอภ.บ้านม่วง'], True, None),
     ('นายต้นกล้า ศรีประเสริฐ', ['ปลัดต้น'], True, None),
     ('นางสาวเฟิร์น อุดมสุข', ['น้องเฟิร์น 💕'], False, None),
     []),
    ('AKA', 'อากาศอำนวย',
     ('นายชัยยันต์ บุญสนอง', ['นอภ.อากาศอำนวย'], True, None),
     ('นายพีรพัฒน์ คำผา', ['ปลัดเบียร์ อากาศฯ'], False, 'peerapat.k@dopa-district.example'),
     ('นางวันเพ็ญ สุขใส', ['อากาศอำนวย จอส. 🌿'], False, None),
     []),
    ('SAW', 'สว่างแดนดิน',
     ('นายอำนาจ ศรีวิเศษ', ['นอภ.สว่างแดนดิน'], True, None),
     ('นายปกรณ์ เพ็งพันธ์', ['ปลัดปุ๊ก สว่างฯ'], False, None),
     ('นางสาวอรวรรณ ทิพย์มณี', ['จอส.สว่างแดนดิน'], False, None),
     [('นายโจ้ ภักดีวงศ์', ['ปลัดโจ้ สว่าง'], False, None)]),
    ('SON', 'ส่องดาว',
     ('นายอภิชาติ ดาวเรือง', ['นอภ.ส่องดาว 🌳'], True, None),
     ('นายธนาคาร ศรีบุญ', ['ปลัดแบงค์ ส่องดาว'], False, None),
     ('นางสาวสุดารัตน์ แสงดาว', ['จอส.ส่องดาว'], False, 'sudarat.s@dopa-district.example'),
     []),
    ('TAO', 'เต่างอย',
     ('นายสมชาย ไตรยราช', ['นอภ.เต่างอย'], False, None),
     ('นายฟ้าลั่น วงศ์ทอง', ['ปลัดฟ้า เต่างอย'], True, None),
     ('นายสิทธิชัย ภูเงิน', ['จิตอาสาเต่างอย'], False, None),
     []),
    ('KHO', 'โคกศรีสุพรรณ',
     ('นายศักดิ์ชัย พรหมโคตร', ['นอภ.โคกศรีสุพรรณ'], True, None),
     ('นายเก่งกาจ สมบูรณ์', ['ปลัดเก่ง โคกศรีฯ'], False, None),
     ('นางสาวพิมพ์ชนก อุ่นเรือน', ['จอส.โคกศรีสุพรรณ'], False, None),
     [('นางสาวเกศินี ชาติชัย', ['ปลัดเก๋ โคกศรีฯ'], False, None)]),
    ('CHA', 'เจริญศิลป์',
     ('นายพิชิต สายทอง', ['นอภ.เจริญศิลป์'], True, 'pichit.s@dopa-district.example'),
     ('นายวิทยา ขันทอง', ['ปลัดวิทย์ เจริญศิลป์'], False, None),
     ('นางสาวลำไย ศรีจันทร์', ['จอส.เจริญศิลป์'], False, None),
     []),
    ('PHO', 'โพนนาแก้ว',
     ('นายสุรพล แก้วกาญจนา', ['นอภ.โพนนาแก้ว'], True, None),
     ('นางสาวมิ่งขวัญ ภูมิวงศ์', ['ปลัดมิ้นท์ โพนนาแก้ว'], False, None),
     ('นางสาวมณีรัตน์ พรหมศรี', ['จอส.โพนนาแก้ว'], False, None),
     []),
    ('PHU', 'ภูพาน',
     ('นายวีระพงษ์ ศรีภูพาน', ['นอภ.ภูพาน ⛰️'], True, None),
     ('นายตั้มพงษ์ สุขประเสริฐ', ['ปลัดตั้ม ภูพาน'], False, None),
     ('นางสาวกัญญารัตน์ ดีพร้อม', ['จอส.ภูพาน'], False, 'kanyarat.d@dopa-district.example'),
     []),
]

HEADER = 'person_id,full_name,display_names,role,agency,district,line_user_id,email'

def build():
    rows = []   # dicts
    keys = {}   # key -> row
    n = 0
    def add(key, full, dns, role, agency, district, lid, email):
        nonlocal n
        n += 1
        pid = 'P%03d' % n
        r = dict(person_id=pid, full_name=full, display_names=dns, role=role, agency=agency,
                 district=district, line_user_id=uid(pid) if lid else '', email=email or '', key=key)
        rows.append(r)
        keys[key] = r
    for k, full, dns, role, ag, dist, lid, em in P:
        add(k, full, dns, role, ag, dist, lid, em)
    for code, name, chief, coord, vol, extras in D:
        ag = 'ที่ว่าการอำเภอ' + name
        add(code + '.chief', chief[0], chief[1], 'district_chief', ag, name, chief[2], chief[3])
        add(code + '.coord', coord[0], coord[1],
            'coordinating_deputy' if vol else 'coordinating_deputy|volunteer_center_staff', ag, name, coord[2], coord[3])
        if vol:
            add(code + '.vol', vol[0], vol[1], 'volunteer_center_staff', ag, name, vol[2], vol[3])
        else:
            keys[code + '.vol'] = keys[code + '.coord']
        for i, x in enumerate(extras):
            add(code + '.dep%d' % (i + 1), x[0], x[1], 'deputy_district_chief', ag, name, x[2], x[3])
    return rows, keys

DIST = {code: name for code, name, *_ in D}
DCODES = [d[0] for d in D]
