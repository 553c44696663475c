# Roster of week O (4-8 May 2026). Fictional people.
# key: (full_name, [display names], role, agency, district, has_line_id, email)
import hashlib

D = ['เมืองสกลนคร', 'กุสุมาลย์', 'กุดบาก', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'นิคมน้ำอูน',
     'วานรนิวาส', 'คำตากล้า', 'บ้านม่วง', 'อากาศอำนวย', 'สว่างแดนดิน', 'ส่องดาว', 'เต่างอย',
     'โคกศรีสุพรรณ', 'เจริญศิลป์', 'โพนนาแก้ว', 'ภูพาน']

DOPA = 'ที่ทำการปกครองจังหวัดสกลนคร'
PROV = 'จังหวัดสกลนคร'

R = {}
def p(key, full, names, role, agency, district='', line=False, email=None):
    R[key] = dict(key=key, full_name=full, display_names=names, role=role, agency=agency,
                  district=district, line=line, email=email)

# province
p('gov', 'นายวิรัตน์ ศรีสุนทร', ['ผวจ.สกลนคร', 'วิรัตน์ ศรีสุนทร'], 'governor', PROV, line=True, email='wirat.sri@sakon.example')
p('vg1', 'นายธนากร พึ่งบุญ', ['รองฯธนากร'], 'vice_governor', PROV, line=True)
p('vg2', 'นางกมลชนก ภูมิวัฒน์', ['รอง ผวจ.กมลชนก 🌸'], 'vice_governor', PROV, email='kamonchanok.p@sakon.example')
p('vg3', 'นายประพันธ์ แก้วมณี', ['Praphan K.'], 'vice_governor', PROV, line=True)
p('palad', 'นายชัยวัฒน์ บุญประคอง', ['ปจ.ชัยวัฒน์', 'ปลัดจังหวัดสกลนคร'], 'provincial_palad', DOPA, line=True, email='chaiwat.b@sakon.example')
p('adm1', 'นางพรทิพย์ สายทอง', ['ฝ่ายอำนวยการ ปค.สน.'], 'provincial_admin_staff', DOPA, line=True)
p('adm2', 'นายศราวุธ ทองคำ', ['งานหนังสือ ปค.จ.สน.'], 'provincial_admin_staff', DOPA, line=True, email='sarawut.t@sakon.example')
p('adm3', 'นางสาวมยุรี พรหมมา', ['ธุรการ ปค.จ.สน. 📨'], 'provincial_admin_staff', DOPA)
p('pvol1', 'นายอนุชา ศรีมงคล', ['ศอ.จอส.จว.สน. (แอดมิน)'], 'volunteer_center_staff', DOPA, line=True)
p('pvol2', 'จ่าเอกสุริยา มาตย์นอก', ['จ่าสุริยา จอส.จว.'], 'volunteer_center_staff', DOPA, email='suriya.m@sakon.example')
# agency heads, their deputies and clerks
p('h_ph', 'นายแพทย์สุรชัย วงศ์ภักดี', ['นพ.สสจ.สกลนคร'], 'agency_head', 'สำนักงานสาธารณสุขจังหวัดสกลนคร', line=True)
p('h_edu', 'นางเกศินี ศรีวิชัย', ['ศธจ.สน. เกศินี'], 'agency_head', 'สำนักงานศึกษาธิการจังหวัดสกลนคร', email='kesinee.s@sakon.example')
p('h_dis', 'นายวัชระ บุญเรือง', ['หน.ปภ.สน.'], 'agency_head', 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร', line=True)
p('h_agr', 'นายสมหมาย ภูดินทราย', ['เกษตรจังหวัดสกลนคร 🌾'], 'agency_head', 'สำนักงานเกษตรจังหวัดสกลนคร')
p('h_cd', 'นายทวีศักดิ์ ปัดถา', ['พช.สน. ทวีศักดิ์'], 'agency_head', 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร', line=True)
p('h_loc', 'นายจำลอง สิงห์ทอง', ['ท้องถิ่นจังหวัด สน.'], 'agency_head', 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร')
p('h_pr', 'นางสาวดวงใจ มีสุข', ['ประชาสัมพันธ์ จ.สน.'], 'agency_head', 'สำนักงานประชาสัมพันธ์จังหวัดสกลนคร', line=True)
p('h_tr', 'นายสมบัติ ทองหล่อ', ['ขนส่ง สน. สมบัติ'], 'agency_head', 'สำนักงานขนส่งจังหวัดสกลนคร')
p('h_pol', 'พลตำรวจตรีอนันต์ ศักดิ์สิทธิ์', ['ผบก.ภ.จว.สน.'], 'agency_head', 'ตำรวจภูธรจังหวัดสกลนคร', line=True)
p('h_irr', 'นายปัญญา ชาญณรงค์', ['ชป.สกลนคร'], 'agency_head', 'โครงการชลประทานสกลนคร', email='panya.c@sakon.example')
p('h_soc', 'นางอรวรรณ ไชยเดช', ['พมจ.สน. อรวรรณ'], 'agency_head', 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร')
p('h_fin', 'นายเกียรติศักดิ์ โพธิ์ทอง', ['คลังจังหวัด สน.'], 'agency_head', 'สำนักงานคลังจังหวัดสกลนคร', line=True)
p('s_ph', 'นายแพทย์กิตติ ศรีลาชัย', ['รองฯ สสจ. หมอกิตติ'], 'staff', 'สำนักงานสาธารณสุขจังหวัดสกลนคร', line=True)
p('s_edu', 'นางสาวกนกวรรณ สีหานาม', ['ธุรการ ศธจ. แอน 🎀'], 'staff', 'สำนักงานศึกษาธิการจังหวัดสกลนคร')
p('s_dis', 'นายธนพล แสนสุข', ['จนท.ปภ.สน. บิ๊ก'], 'staff', 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร', email='thanaphon.s@sakon.example')
p('retired', 'นายเสถียร พลสูงเนิน', ['ลุงเสถียร อดีตนอภ.'], 'retired', '', email='sathian.p@sakon.example')

# districts: (chief, coordinating deputy, volunteer officer, extra deputies)
def amp(d):
    return 'ที่ว่าการอำเภอ' + d
dd = {}
def dist(i, chief, coord, vol=None, extra=()):
    d = D[i]
    ks = {}
    k = 'c%02d' % (i + 1); p(k, chief[0], chief[1], 'district_chief', amp(d), d, *chief[2:]); ks['chief'] = k
    k = 'p%02d' % (i + 1)
    role = 'coordinating_deputy' if vol else 'coordinating_deputy|volunteer_center_staff'
    p(k, coord[0], coord[1], role, amp(d), d, *coord[2:]); ks['coord'] = k
    if vol:
        k = 'v%02d' % (i + 1); p(k, vol[0], vol[1], 'volunteer_center_staff', amp(d), d, *vol[2:]); ks['vol'] = k
    else:
        ks['vol'] = ks['coord']
    ks['extra'] = []
    for j, e in enumerate(extra):
        k = 'x%02d%s' % (i + 1, 'ab'[j]); p(k, e[0], e[1], 'deputy_district_chief', amp(d), d, *e[2:]); ks['extra'].append(k)
    dd[d] = ks

dist(0, ('นายณัฐพล วงศ์ไชยา', ['นอภ.เมืองสกล'], True, 'natthaphon.w@sakon.example'),
        ('นายกิตติศักดิ์ พลหาญ', ['ปลัดกิต ประสานงาน เมืองสน'], True),
        ('นางสาวพิมพ์ชนก ศรีบุญเรือง', ['พิมพ์ จอส.เมืองสกล'], False, 'pimchanok.s@sakon.example'),
        [('นายอรรถพล คำมุงคุณ', ['ปลัดอาร์ม'], False)])
dist(1, ('นายสมพงษ์ ไชยราช', ['สมพงษ์ ไชยราช'], True),
        ('นายวีระพงษ์ แสนทวีสุข', ['ปลัดวี กุสุมาลย์'], False),
        ('นายจักรพันธ์ บุตรดี', ['จักร จอส.กุสุมาลย์ 💛'], True))
dist(2, ('นางวิไลวรรณ ทองมา', ['นอภ.กุดบาก 🌿'], True),
        ('นายธีรวัฒน์ อุปพงษ์', ['ปลัดต้น'], False),
        ('นายสุรเชษฐ์ มณีวงศ์', ['เชษฐ์ กุดบาก'], False, 'surachet.m@sakon.example'))
dist(3, ('นายประเสริฐ โคตรชมภู', ['Prasert K.'], True),
        ('นายภานุวัฒน์ ศรีวงศ์', ['ปลัดภานุ พรรณาฯ'], True),
        ('นางสาวจิราพร ชาวดร', ['จิราพร จอส.พรรณา'], False),
        [('นายพงศกร ไชยมาตย์', ['ปลัดกร พรรณา'], False)])
dist(4, ('นายเอกชัย พรมศรี', ['นอภ.พังโคน'], True, 'ekkachai.p@sakon.example'),
        ('นายเอกราช สุวรรณไตร', ['ปลัดเอ็ม พังโคน'], False),
        ('นางกัญญา ภูผาลา', ['กัญญา จอส.พังโคน 🌼'], True))
dist(5, ('นายชาตรี ศรีหาบุตร', ['ชาตรี วาริช'], False, 'chatree.s@sakon.example'),
        ('นายนพดล แก้วกัญญา', ['ปลัดนพ วาริชภูมิ'], True),
        ('นายอนุวัฒน์ ราชวงศ์', ['อนุวัฒน์ จอส.วาริช'], False))
dist(6, ('นางสาวรัชนี คำภูแสน', ['นอภ.นิคมน้ำอูน'], True),
        ('นายธนวัฒน์ ทองสุข', ['ปลัดต้น'], False),
        ('นายวิชัย บุญมา', ['วิชัย จอส.นิคมฯ'], True))
dist(7, ('นายสุรศักดิ์ พันธ์โยธี', ['สุรศักดิ์ นอภ.วานรฯ'], True),
        ('นายบุญเลิศ ศรีสมบัติ', ['ปลัดบอย วานร'], False),
        ('นางสาวศิริพร อินธิแสง', ['ศิริพร จอส.วานรนิวาส'], True),
        [('นายจิรายุ แสงโคตร', ['ปลัดจิรายุ'], False, 'jirayu.s@sakon.example')])
dist(8, ('นายวรวุฒิ ขันทอง', ['นอภ.คำตากล้า'], True),
        ('นายเกรียงไกร ภูมิชัย', ['ปลัดเกรียง คำตากล้า'], True, 'kriangkrai.p@sakon.example'))
dist(9, ('นายอำนาจ นาคสุข', ['อำนาจ นอภ.บ้านม่วง'], False),
        ('นายปิยะพงษ์ ดีวงษ์', ['ปลัดปิยะ บ้านม่วง'], True),
        ('นางสาวนงลักษณ์ ไชยสิทธิ์', ['นงลักษณ์ จอส.บ้านม่วง'], False))
dist(10, ('นายศักดิ์ดา มูลสาร', ['นอภ.อากาศอำนวย'], True),
         ('นายชยพล ศรีจันทร์', ['ปลัดชยพล อากาศฯ'], False),
         ('นายสมชาย ทองดี', ['สมชาย จอส.อากาศ'], True),
         [('นายเด่นชัย วงศ์กาฬสินธุ์', ['ปลัดเด่น อากาศ'], False), ('นางสาวสุดารัตน์ พิมพ์ทอง', ['ปลัดดา อากาศอำนวย'], True)])
dist(11, ('นายไพโรจน์ สิทธิโชค', ['ไพโรจน์ นอภ.สว่างฯ'], True, 'pairoj.s@sakon.example'),
         ('นายศุภชัย พรหมบุตร', ['ปลัดศุภ สว่างแดนดิน'], True),
         ('นางสาวอรอุมา ศรีสุข', ['อร จอส.สว่าง 🌸'], False),
         [('นายกฤษดา โพธิ์ศรี', ['ปลัดกฤษ สว่าง'], False)])
dist(12, ('นายมานพ ศรีโยธา', ['นอภ.ส่องดาว 🌳'], True),
         ('นายวสันต์ คำแก้ว', ['ปลัดวสันต์ ส่องดาว'], False),
         ('นายชาญวิทย์ มาลัยศรี', ['ชาญวิทย์ จอส.ส่องดาว'], True))
dist(13, ('นายทองใบ ศรีประเสริฐ', ['ทองใบ นอภ.เต่างอย'], False),
         ('นางสาววรรณิศา ภูวงศ์', ['ปลัดวรรณ เต่างอย 🌺'], True))
dist(14, ('นายปรีชา วงค์ละคร', ['นอภ.โคกศรีฯ'], True),
         ('นายอภิชาติ สุขเจริญ', ['ปลัดอภิชาติ'], False, 'aphichat.s@sakon.example'),
         ('นายณรงค์ ปัญญาวงศ์', ['ณรงค์ จอส.โคกศรี'], True))
dist(15, ('นายสุวิทย์ แสงสว่าง', ['สุวิทย์ แสงสว่าง'], False),
         ('นายวุฒิชัย จันทร์เพ็ง', ['ปลัดวุฒิ เจริญศิลป์'], True),
         ('นางสาวปวีณา บุญศรี', ['ปวีณา จอส.เจริญศิลป์'], False),
         [('นายสมศักดิ์ ใจดี', ['สมศักดิ์ ใจดี'], False)])
dist(16, ('นายบุญชู ราชสีห์', ['นอภ.โพนนาแก้ว'], True),
         ('นายเฉลิมพล ศรีหา', ['ปลัดเฉลิม โพนนาแก้ว'], False),
         ('นางสาวสุนิสา คำพิลา', ['สุนิสา จอส.โพนนาแก้ว'], True))
dist(17, ('นายอดิศักดิ์ ชมภูนุช', ['อดิศักดิ์ นอภ.ภูพาน ⛰️'], True, 'adisak.c@sakon.example'),
         ('นายสิทธิชัย ศรีภูพาน', ['ปลัดสิทธิ์ ภูพาน'], False),
         ('นายอนันต์ บุญยืน', ['อนันต์ จอส.ภูพาน'], False))

def line_id(key):
    return 'U' + hashlib.md5(('weeko-' + key).encode()).hexdigest()

ORDER = list(R.keys())
PID = {k: 'SKN-O%03d' % (i + 1) for i, k in enumerate(ORDER)}

def name(k, i=0):
    return R[k]['display_names'][i]

def uid(k):
    return line_id(k) if R[k]['line'] else None

def roster_rows():
    rows = []
    for k in ORDER:
        r = R[k]
        rows.append([PID[k], r['full_name'], '|'.join(r['display_names']), r['role'], r['agency'],
                     r['district'], line_id(k) if r['line'] else '', r['email'] or ''])
    return rows
