# The four JSONL groups. Planted findings and near misses are written next to their messages.
import random, datetime as DT
from roster_data import KEY, DIST
R = random.Random(6032026)
TZ = DT.timezone(DT.timedelta(hours=7))
def T(d, hm, s=None):
    h, m = map(int, hm.split(':'))
    return DT.datetime(2026, 3, d, h, m, R.randint(0, 59) if s is None else s, tzinfo=TZ)
def dn(k): return KEY[k]['display_names'][0]
G = {'pk': 'ข้อสั่งการ ปค.สน.', 'pj': 'ข้อสั่งการ ปจ.สน.', 'ex': 'ผู้บริหารจังหวัด และนายอำเภอ', 'hd': 'หน.ส่วนราชการ-นอภ.สน.'}
FILE = {'pk': 'pk-orders.jsonl', 'pj': 'palad-orders.jsonl', 'ex': 'executives.jsonl', 'hd': 'heads-districts.jsonl'}
MS = []
def m(g, dt, key, text=None, typ='text', disp=None, sid='auto', reply=None, event=None, target=None, att=None, truth=None, near=None):
    p = KEY.get(key)
    rec = {'group': G[g], 'time': dt, 'sender': disp or (dn(key) if p else key), 'type': typ}
    if p and sid == 'auto':
        idv = p['line_user_id'] or p['email']
        if idv and (disp or R.random() < 0.55): rec['senderId'] = idv
    elif sid not in ('auto', None):
        rec['senderId'] = sid
    if text is not None: rec['text'] = text
    if reply is not None: rec['replyTo'] = reply
    if event: rec['event'] = event
    if target: rec['target'] = target
    if att: rec['attachment'] = att
    x = dict(g=g, rec=rec, truth=truth or [], near=near, seq=len(MS)); MS.append(x); return x
def imgs(g, dt, key, n, base):
    return [m(g, dt + DT.timedelta(seconds=25*(i+1)), key, typ='image', att='%s_%d.jpg' % (base, i+1)) for i in range(n)]
CHIEFS = ['c_'+d[0] for d in DIST]
HEADS = ['h_dpm','h_tsj','h_ssj','h_kaset','h_pm','h_cd','h_pr','h_irr','h_cul','h_local']   # h_pasu only under the shared name; h_bud joins on Wednesday
ACK = ['รับทราบครับท่าน', 'รับทราบและถือปฏิบัติครับ', 'รับทราบครับ 🙏', 'ทราบครับท่าน', None, 'รับทราบครับผม', 'รับทราบ ดำเนินการครับ', '🙏', 'รับทราบครับ', 'รับทราบค่ะ', None, 'รับทราบครับ จะแจ้งส่วนที่เกี่ยวข้องถือปฏิบัติครับ']
def acks(g, order, pool, n, gap=(30, 240)):
    t = order['rec']['time'] + DT.timedelta(seconds=60)
    for k in R.sample(pool, n):
        a = R.choice(ACK)
        if a is None: m(g, t, k, typ='sticker', reply=order)
        else: m(g, t, k, a, reply=order if R.random() < 0.5 else None)
        t += DT.timedelta(seconds=R.randint(*gap))

# ============================================================ ข้อสั่งการ ปค.สน.
PK = [
 (2,'08:05','adm1','ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๔๑๒๗ ลว. ๒ มี.ค. ๖๙ เรื่อง การรักษาความสงบเรียบร้อยและอำนวยความสะดวกประชาชนในงานวันมาฆบูชา ประจำปี ๒๕๖๙ ขอให้อำเภอดำเนินการตามหนังสือที่แนบ','img3'),
 (2,'09:40','adm2','ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๔๑๓๕ เรื่อง มาตรการควบคุมการเผาในที่โล่งและป้องกันไฟป่า ช่วงวิกฤตหมอกควัน PM2.5 ขอให้อำเภอแจ้งกำนัน ผู้ใหญ่บ้าน ถือปฏิบัติอย่างเคร่งครัด','pdf'),
 (2,'11:15','adm3','ที่ สน ๐๐๑๘.๓/ว ๔๑๔๐ เรื่อง การงดจำหน่ายสุราในวันมาฆบูชา และการตรวจสอบสถานบริการ แจ้งอำเภอทราบและถือปฏิบัติ','img2'),
 (2,'14:30','adm1','ที่ สน ๐๐๑๘.๒/ว ๔๑๕๒ เรื่อง ขอเชิญประชุมกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนมีนาคม ๒๕๖๙ วันพฤหัสบดีที่ ๕ มี.ค. ๖๙ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัด','pdf'),
 (2,'16:10','adm2','ด่วน ที่ สน ๐๐๑๘.๔/ว ๔๑๖๐ เรื่อง การให้ความช่วยเหลือผู้ประสบภัยแล้ง ปี ๒๕๖๙ ขอให้อำเภอสำรวจความเสียหายและแจ้งผลตามแบบ ปภ.','img4'),
 (3,'09:00','adm3','ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๔๑๖๘ เรื่อง การเฝ้าระวังอุบัติเหตุทางน้ำและการจราจรในช่วงวันหยุดมาฆบูชา ขอให้อำเภอสั่งการ อส. ประจำจุดบริการ','pdf'),
 (4,'08:20','adm1','ที่ สน ๐๐๑๘.๒/ว ๔๑๘๑ เรื่อง ซักซ้อมแนวทางการจัดทำบัตรประจำตัวประชาชนหน่วยเคลื่อนที่ ให้อำเภอดำเนินการตามหนังสือ','img2'),
 (4,'10:45','adm2','ด่วนที่สุด ที่ มท ๐๓๑๐.๑/ว ๑๐๒๒ (กรมการปกครอง) เรื่อง มาตรการป้องกันและแก้ไขปัญหาหมอกควันและฝุ่นละออง ส่งต่อให้อำเภอถือปฏิบัติ','pdf'),
 (4,'13:20','adm3','ที่ สน ๐๐๑๘.๓/ว ๔๑๙๓ เรื่อง การตรวจสอบการจ้างแรงงานต่างด้าวในสถานประกอบการ ขอให้อำเภอร่วมตรวจกับสำนักงานจัดหางานจังหวัด','img3'),
 (4,'15:50','adm1','ที่ สน ๐๐๑๘.๔/ว ๔๑๙๙ เรื่อง การคัดเลือกกำนัน ผู้ใหญ่บ้านดีเด่น ประจำปี ๒๕๖๙ ขอให้อำเภอเสนอรายชื่อตามแบบที่แนบ ภายในวันที่ ๒๐ มี.ค. ๖๙','pdf'),
 (5,'08:10','adm2','ด่วน ที่ สน ๐๐๑๘.๒/ว ๔๒๐๔ เรื่อง การประชาสัมพันธ์ศูนย์ดำรงธรรมอำเภอและสายด่วน ๑๕๖๗ แจ้งอำเภอทราบและถือปฏิบัติ','img2'),
 (5,'10:30','adm3','ที่ สน ๐๐๑๘.๑/ว ๔๒๑๑ เรื่อง การแก้ไขปัญหาหนี้นอกระบบ ขอให้อำเภอเร่งไกล่เกลี่ยตามเป้าหมาย','pdf'),
 (5,'14:15','adm1','ด่วนที่สุด ที่ สน ๐๐๑๘.๔/ว ๔๒๒๐ เรื่อง การแจกจ่ายน้ำอุปโภคบริโภคในพื้นที่ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยแล้ง)','img4'),
 (5,'16:40','adm2','ที่ สน ๐๐๑๘.๓/ว ๔๒๒๖ เรื่อง มาตรการประหยัดพลังงานในหน่วยงานภาครัฐ แจ้งอำเภอทราบและถือปฏิบัติ','img2'),
 (6,'08:30','adm3','ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๔๒๓๑ เรื่อง การเตรียมพร้อมป้องกันและแก้ไขปัญหาวาตภัย (พายุฤดูร้อน) ขอให้อำเภอตรวจสอบอาคารและป้ายโฆษณา','pdf'),
 (6,'10:10','adm1','ที่ สน ๐๐๑๘.๑/ว ๔๒๓๘ เรื่อง การปฏิบัติหน้าที่ของ อส. ในการควบคุมไฟป่า ขอให้อำเภอจัดกำลังสนับสนุนตามคำสั่ง','img3'),
 (6,'13:30','adm2','ที่ สน ๐๐๑๘.๔/ว ๔๒๔๕ เรื่อง การสำรวจข้อมูลแหล่งน้ำสาธารณะเพื่อการขุดลอก ขอให้อำเภอแจ้ง อปท. ดำเนินการ','pdf'),
 (6,'15:20','palad','ด่วน ที่ สน ๐๐๑๘.๒/ว ๔๒๕๐ เรื่อง การเตรียมการรับการตรวจราชการของผู้ตรวจราชการกระทรวงมหาดไทย ขอให้อำเภอเตรียมข้อมูลตามประเด็นที่แนบ','img2'),
]
PKO = []
for i, (d, hm, k, txt, att) in enumerate(PK):
    o = m('pk', T(d, hm), k, txt, sid=KEY[k]['email'] or None)
    PKO.append(o)
    if att == 'pdf':
        m('pk', o['rec']['time'] + DT.timedelta(seconds=40), k, typ='file', att='%s.pdf' % txt.split('เรื่อง')[0].replace(' ', '').replace('/', '-')[:28])
    else:
        imgs('pk', o['rec']['time'], k, int(att[3]), 'letter_%02d' % (i+1))
PKO[0]['near'] = "the provincial office's own order in ข้อสั่งการ ปค.สน. (text): allowed"
MS[PKO[0]['seq']+1]['near'] = "photo of the letter sent by the provincial office with its order: allowed"
MS[PKO[1]['seq']+1]['near'] = "PDF of the letter sent by the provincial office: allowed"
PKO[-1]['near'] = "order sent by the palad in person in ข้อสั่งการ ปค.สน.: the palad is the office, allowed"
m('pk', T(2, '08:09'), 'c_songdao', typ='sticker', truth=[('SKN-2P', dn('c_songdao'), '', 'sticker in ข้อสั่งการ ปค.สน. by a district chief')])
m('pk', T(2, '08:12'), 'k_wanon', 'รับทราบครับ', reply=PKO[0], truth=[('SKN-2P', dn('k_wanon'), '', 'acknowledgement by a coordinating deputy; members may not answer in this group')])
m('pk', T(2, '09:52'), 'c_akat', 'ขอสอบถามครับ หนังสือฉบับนี้ต้องรายงานผลกลับด้วยไหมครับ', reply=PKO[1], truth=[('SKN-2P', dn('c_akat'), '', 'question by a district chief; members may not ask in this group')])
m('pk', T(2, '10:05'), 'palad', 'กลุ่มนี้ใช้ส่งหนังสือสั่งการจาก ปค.จ. เท่านั้น ไม่ต้องตอบรับนะครับ หากมีข้อสงสัยโทรสอบถามฝ่ายปกครองได้ครับ', sid=KEY['palad']['email'],
  near='the palad saying "กลุ่มนี้ไม่ต้องตอบรับนะครับ": a post by the provincial office, allowed')
m('pk', T(3, '07:05'), 'c_kusuman', 'สวัสดีวันมาฆบูชาครับ ขอให้ทุกท่านมีความสุข 🙏', truth=[('SKN-2P', dn('c_kusuman'), '', 'greeting (chat) by a district chief in ข้อสั่งการ ปค.สน.')])
m('pk', T(4, '09:14'), 'c_charoen', typ='image', att='IMG_20260304_0914.jpg', truth=[('SKN-2P', dn('c_charoen'), '', 'photo posted by a district chief (no text)')])
m('pk', T(4, '14:02'), 'k_banmuang', 'อ.บ้านม่วง ส่งแบบรายงานผลการตรวจสถานบริการช่วงวันมาฆบูชาแล้วครับ ไม่พบการกระทำผิด', truth=[('SKN-2P', dn('k_banmuang'), '', 'report by a coordinating deputy in ข้อสั่งการ ปค.สน.')])
m('pk', T(5, '08:16'), 'd2_mueang', 'รับทราบค่ะ 🙏', reply=PKO[10], truth=[('SKN-2', dn('d2_mueang'), '', 'ปลัดอำเภอ who is not the coordinating deputy: not admitted to ข้อสั่งการ ปค.สน.'),
                                                        ('SKN-2P', dn('d2_mueang'), '', 'acknowledgement by a member who is not the office')])
m('pk', T(5, '14:19'), 'c_tao', '🙏', truth=[('SKN-2P', dn('c_tao'), '', '🙏 alone counts as a post (acknowledgement)')])
m('pk', T(6, '10:20'), 'k_khamta', 'ขอบคุณครับ', truth=[('SKN-2P', dn('k_khamta'), '', 'thanks (chat) by a coordinating deputy')])

# ============================================================ ข้อสั่งการ ปจ.สน.
PJ = [
 (2,'07:50','"ข้อสั่งการ รมว.มท. ในการประชุมผู้ว่าราชการจังหวัด (VDO Conference) ๑ มี.ค. ๖๙\n๑. ให้ความสำคัญกับการแก้ไขปัญหาหมอกควัน PM2.5 และไฟป่า\n๒. ดูแลความปลอดภัยประชาชนช่วงวันมาฆบูชา\n๓. เตรียมรับมือภัยแล้ง"','pdf'),
 (2,'10:40','แจ้งข่าว: กรมการปกครองจะจัดอบรมนายอำเภอหลักสูตรการบริหารจัดการภาวะวิกฤต รุ่นที่ ๒ ระหว่าง ๑๖-๒๐ มี.ค. ๖๙ ขอให้ท่านนายอำเภอที่มีรายชื่อเตรียมตัวครับ','pdf'),
 (2,'15:30','ปลัดกระทรวงมหาดไทยเน้นย้ำ การตั้งจุดตรวจจุดบริการช่วงวันหยุดมาฆบูชา ให้นายอำเภอลงพื้นที่ตรวจเยี่ยมด้วยตนเองครับ',None),
 (3,'08:30','สวัสดีวันมาฆบูชาครับท่านนายอำเภอทุกท่าน ขอให้ท่านและครอบครัวมีความสุขครับ 🙏',None),
 (4,'08:00','ข้อสั่งการอธิบดีกรมการปกครอง เรื่อง การตรวจสอบการใช้จ่ายงบประมาณอำเภอ ไตรมาส ๒ ขอให้ท่านกำกับดูแลครับ','pdf'),
 (4,'11:10','ข่าวกรมการปกครอง: แต่งตั้งโยกย้ายปลัดอำเภอ ระดับชำนาญการพิเศษ รายละเอียดตามไฟล์ครับ','pdf'),
 (4,'16:20','"ผลการประชุมคณะกรมการจังหวัด (นัดพิเศษ)\n- ให้ทุกอำเภอเตรียมรถบรรทุกน้ำ\n- ประสาน อปท. เรื่องน้ำประปาหมู่บ้าน"','img2'),
 (5,'07:55','แจ้งเพื่อทราบ ท่านผู้ว่าฯ จะตรวจเยี่ยมจุดแจกน้ำ อ.วานรนิวาส และ อ.บ้านม่วง วันศุกร์ที่ ๖ มี.ค. ๖๙ ช่วงเช้าครับ',None),
 (5,'13:00','ข้อสั่งการกรมการปกครอง ด่วนที่สุด เรื่อง การป้องกันการทุจริตในการจัดซื้อจัดจ้าง ขอให้ท่านนายอำเภอกำชับเจ้าหน้าที่ครับ','pdf'),
 (5,'17:10','ขอบคุณท่านนายอำเภอทุกท่านที่ดูแลงานมาฆบูชาเรียบร้อยดี ไม่มีเหตุร้ายแรงครับ',None),
 (6,'08:05','ข่าวจากกรมการปกครอง: ระบบ DOPA e-Service ปิดปรับปรุงวันเสาร์ที่ ๗ มี.ค. ๖๙ เวลา ๒๐.๐๐-๒๔.๐๐ น. ครับ','img1'),
 (6,'11:30','"ข้อสั่งการ มท. เรื่อง การเตรียมการป้องกันวาตภัย\nให้อำเภอตรวจสอบความพร้อมเครื่องจักรกล และทีมกู้ภัย"','pdf'),
 (6,'15:45','ขอให้ทุกท่านเดินทางกลับบ้านปลอดภัยครับ สัปดาห์หน้าพบกันที่ประชุมกรมการจังหวัดครับ',None),
]
PJO = []
for i, (d, hm, txt, att) in enumerate(PJ):
    o = m('pj', T(d, hm), 'palad', txt); PJO.append(o)
    if att == 'pdf': m('pj', o['rec']['time'] + DT.timedelta(seconds=45), 'palad', typ='file', att='dopa_%02d.pdf' % (i+1))
    elif att: imgs('pj', o['rec']['time'], 'palad', int(att[3]), 'pj_%02d' % (i+1))
acks('pj', PJO[0], CHIEFS, 6)
acks('pj', PJO[2], CHIEFS, 4)
acks('pj', PJO[4], CHIEFS, 3)
m('pj', T(2, '08:03'), 'c_phangkhon', 'รับทราบครับท่าน 🙏', reply=PJO[0], near='a district chief acknowledging in ข้อสั่งการ ปจ.สน.: the letter says acks are not needed, which is no prohibition')
m('pj', T(2, '08:20'), 'palad', 'กลุ่มนี้ไม่ต้องตอบรับนะครับ ท่านนายอำเภออ่านแล้วดำเนินการได้เลยครับ 🙏', near='the palad saying "กลุ่มนี้ไม่ต้องตอบรับนะครับ": allowed, not a finding')
m('pj', T(2, '16:30'), 'c_wanon', 'อ.วานรนิวาส ตั้งจุดตรวจ ๔ จุด นายอำเภอตรวจเยี่ยมแล้วครับ', near='a district chief reporting in ข้อสั่งการ ปจ.สน.: not needed but not prohibited (no posting rule here)')
m('pj', T(2, '10:45'), 'k_songdao', 'รับทราบครับ', truth=[('SKN-3', dn('k_songdao'), '', 'coordinating deputy is not admitted to ข้อสั่งการ ปจ.สน. (palad and district chiefs only)')])
m('pj', T(4, '09:30'), 'adm2', 'ส่งต่อหนังสือกรมการปกครอง ที่ มท ๐๓๐๙/ว ๘๘๑ เรื่อง การตรวจสอบการใช้จ่ายงบประมาณ เพื่อทราบครับ', sid=KEY['adm2']['email'],
  truth=[('SKN-3', dn('adm2'), '', "the office's sending account (provincial_admin_staff) is not admitted to ข้อสั่งการ ปจ.สน.")])
m('pj', T(4, '09:31'), 'adm2', typ='file', sid=KEY['adm2']['email'], att='mt0309-w881.pdf')
m('pj', T(4, '12:40'), 'c_wanon', typ='system', event='invite', target=dn('d1_wanon'),
  truth=[('SKN-3', dn('d1_wanon'), '', 'invitee is a ปลัดอำเภอ, not admitted to ข้อสั่งการ ปจ.สน.'),
         ('SKN-ALL', dn('d1_wanon'), '', 'roster person invited to a group they may not be in (invitee)'),
         ('SKN-ALL', dn('c_wanon'), '', 'invited a roster person who is not admitted (inviter)')])
m('pj', T(4, '12:42'), 'c_wanon', 'เพิ่มปลัดกิ๊กเข้ามาช่วยดูข้อสั่งการแทนช่วงผมลาครับ')
m('pj', T(5, '17:15'), 'c_khoksi', 'ขอบคุณท่านปลัดจังหวัดครับ 🙏')
m('pj', T(5, '17:18'), 'c_songdao', typ='sticker')
m('pj', T(6, '15:50'), 'c_charoen', 'เดินทางปลอดภัยครับท่าน')

# ============================================================ ผู้บริหารจังหวัด และนายอำเภอ
gov_sid = KEY['gov']['line_user_id']
e1 = m('ex', T(2, '07:40'), 'gov', '"ข้อสั่งการผู้ว่าฯ\nให้นายอำเภอทุกอำเภอควบคุมการเผาในที่โล่งอย่างเข้มงวด ตั้งจุดเฝ้าระวังไฟป่าร่วมกับ อปท. และเตรียมพร้อมรับมือ PM2.5 ครับ"', disp='Somsak W. 🇹🇭', sid=gov_sid,
       near="the governor's order, posted under a display name the roster does not list (matched by LINE user id): allowed, not an outsider")
acks('ex', e1, CHIEFS, 12)
e2 = m('ex', T(2, '09:30'), 'vg1', 'ขอให้นายอำเภอทุกอำเภอ ตั้งจุดบริการประชาชนและดูแลความปลอดภัยในพิธีเวียนเทียน คืนวันที่ ๓ มี.ค. นี้ครับ', near="a vice governor's order in ผู้บริหารจังหวัด และนายอำเภอ: allowed")
acks('ex', e2, CHIEFS, 9)
m('ex', T(2, '10:30'), 'palad', 'เรียนท่านผู้ว่าฯ ปค.จ. ได้แจ้งข้อสั่งการเรื่องการเผาในที่โล่งให้ทุกอำเภอทางหนังสือแล้วครับ', near='the palad reporting to the governor: replies and reports to the governor are allowed (SKN-4P is only about orders)')
m('ex', T(2, '13:10'), 'palad', 'ขอให้ทุกอำเภอรายงานจำนวนจุดตรวจจุดบริการช่วงวันมาฆบูชาให้ ปค.จ. ภายในวันนี้ครับ',
  truth=[('SKN-4P', dn('palad'), '', 'order to all districts from the palad; the group receives orders only from the governor or a vice governor')])
for k in R.sample(CHIEFS, 4): m('ex', T(2, '13:%02d' % R.randint(12, 40)), k, R.choice(['รับทราบครับ', 'รับทราบครับผม', 'ทราบครับ']))
m('ex', T(2, '17:05'), 'c_sawang', '"เรียนท่านผู้ว่าฯ\nอ.สว่างแดนดิน ตั้งจุดเฝ้าระวังไฟป่า ๖ จุด ร่วมกับ อบต. ๑๒ แห่งแล้วครับ"', near='a district chief reporting to the governor: allowed in this group')
imgs('ex', T(2, '17:05'), 'c_sawang', 2, 'sawang_fire')
m('ex', T(2, '17:20'), 'gov', 'ขอบคุณครับ', disp='Somsak W. 🇹🇭', sid=gov_sid)
# Tuesday - holiday
m('ex', T(3, '06:45'), 'gov', 'สวัสดีวันมาฆบูชาครับ ขอให้ทุกท่านมีความสุข 🙏', disp='Somsak W. 🇹🇭', sid=gov_sid)
for k in R.sample(CHIEFS, 6): m('ex', T(3, '06:%02d' % R.randint(47, 59)), k, R.choice(['สวัสดีวันมาฆบูชาครับท่าน 🙏', 'สาธุครับ 🙏', None]) or '🙏🌼')
inc1 = m('ex', T(3, '14:35'), 'c_wanon', '"แจ้งเหตุด่วน\nเวลา ๑๔.๒๐ น. เด็กชายอายุ ๙ ปี จมน้ำในหนองน้ำสาธารณะ บ้านหนองแวง ต.คอนสวรรค์ อ.วานรนิวาส กู้ภัยนำตัวส่ง รพ.วานรนิวาส แล้ว อาการปลอดภัยครับ"',
         near='incident report by a district chief in ผู้บริหารจังหวัด และนายอำเภอ: the group is for urgent incident reports, allowed')
m('ex', T(3, '14:41'), 'vg2', 'ขอบคุณครับ ฝากดูแลครอบครัวด้วยครับ', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'])
m('ex', T(3, '20:10'), 'vg1', 'ท่านผู้ว่าฯ ร่วมพิธีเวียนเทียน ณ วัดพระธาตุเชิงชุม ประชาชนร่วมงานจำนวนมาก เรียบร้อยดีครับ')
imgs('ex', T(3, '20:10'), 'vg1', 3, 'wientian')
inc2 = m('ex', T(3, '23:05'), 'c_phuphan', '"แจ้งเหตุ ไฟป่า\nเวลา ๒๒.๓๐ น. เกิดไฟไหม้ป่าเชิงเขาภูพาน บ้านหนองไผ่ ต.สร้างค้อ อ.ภูพาน ชุดเฝ้าระวัง อส. จิตอาสา และ ทสจ. เข้าควบคุมเพลิง ไม่มีผู้บาดเจ็บครับ"',
         near='late-night incident notice by a district chief: allowed in this group')
m('ex', T(3, '23:12'), 'gov', 'ขอให้ดูแลความปลอดภัยเจ้าหน้าที่ด้วยครับ รายงานผมเป็นระยะ', disp='Somsak W. 🇹🇭', sid=gov_sid, reply=inc2)
m('ex', T(4, '00:45'), 'c_phuphan', 'เรียนท่านผู้ว่าฯ ควบคุมเพลิงได้แล้วครับ เวลา ๐๐.๓๐ น. เสียหายประมาณ ๑๒ ไร่ครับ', reply=inc2)
# Wednesday
e3 = m('ex', T(4, '08:15'), 'vg2', '"ข้อสั่งการรองผู้ว่าฯ (ภัยแล้ง)\n๑. ให้อำเภอสำรวจหมู่บ้านขาดแคลนน้ำ\n๒. ประสาน อปท. และชลประทานจัดรถบรรทุกน้ำ\n๓. รายงานภายในวันศุกร์ค่ะ"', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'])
acks('ex', e3, CHIEFS, 10)
m('ex', T(4, '10:20'), 'h_dpm', '"แจ้งเหตุพายุฤดูร้อน\nเวลา ๐๙.๕๐ น. ลมกระโชกแรง บ้านเรือนเสียหาย ๑๔ หลัง อ.อากาศอำนวย ปภ.สน. ลงพื้นที่แล้วครับ"',
  truth=[('SKN-4', dn('h_dpm'), '', 'agency head (ปภ.) is not admitted to ผู้บริหารจังหวัด และนายอำเภอ (governor, vice governors, palad, district chiefs only)')])
m('ex', T(4, '10:26'), 'c_akat', 'เรียนท่านผู้ว่าฯ นอภ.อากาศอำนวย อยู่ในพื้นที่แล้ว กำลังสำรวจความเสียหายครับ', near='a district chief informing the governor: allowed')
m('ex', T(4, '15:40'), 'c_banmuang', 'เรียนท่านรองฯ อ.บ้านม่วง สำรวจแล้ว หมู่บ้านขาดแคลนน้ำ ๑๑ หมู่บ้าน จัดรถน้ำ ๔ คันครับ', disp='พี่ใหญ่ บ้านม่วง 🐘', sid=KEY['c_banmuang']['line_user_id'],
  near='district chief posting under a nickname the roster does not list, matched by LINE user id; a report to the vice governor, allowed')
m('ex', T(4, '15:48'), 'vg2', '👍', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'])
# Thursday
m('ex', T(5, '07:30'), 'c_kutbak', 'สุขสันต์วันเกิดท่านรองฯ ประยุทธ ขอให้ท่านมีสุขภาพแข็งแรง คิดสิ่งใดสมปรารถนาครับ 🎂', near='birthday wish that uses order-like words (ขอให้…): courtesy, not an order')
for k in R.sample(CHIEFS, 7): m('ex', T(5, '07:%02d' % R.randint(32, 59)), k, R.choice(['สุขสันต์วันเกิดครับท่าน 🎉', 'HBD ครับท่านรองฯ 🎂', 'ขอให้ท่านมีความสุขมากๆ ครับ 🙏']))
m('ex', T(5, '08:20'), 'vg1', 'ขอบคุณทุกท่านมากครับ 🙏')
m('ex', T(5, '09:10'), 'c_mueang', 'ฝากทุกอำเภอเตรียมรถบรรทุกน้ำไว้สนับสนุนพื้นที่วิกฤตของ อ.เมือง ด้วยนะครับ ขอให้แจ้งยอดรถมาที่ผมภายในวันนี้',
  truth=[('SKN-4P', dn('c_mueang'), '', 'a district chief directing all districts: an order not from the governor or a vice governor')])
m('ex', T(5, '11:05'), 'k_akat', 'ปลัดอาร์มรายงานแทนท่านนายอำเภอครับ อ.อากาศอำนวย ช่วยเหลือผู้ประสบวาตภัยครบ ๑๔ หลังแล้วครับ',
  truth=[('SKN-4', dn('k_akat'), '', 'coordinating deputy is not admitted to ผู้บริหารจังหวัด และนายอำเภอ (posting for the chief)')])
m('ex', T(5, '13:30'), 'gov', 'ขอชื่นชมทุกอำเภอที่ดูแลงานมาฆบูชาเรียบร้อยครับ', disp='Somsak W. 🇹🇭', sid=gov_sid)
for k in R.sample(CHIEFS, 5): m('ex', T(5, '13:%02d' % R.randint(31, 50)), k, R.choice(['ขอบคุณครับท่าน 🙏', '🙏', 'ขอบพระคุณครับ']))
# Friday
e4 = m('ex', T(6, '08:00'), 'vg3', 'ขอเชิญนายอำเภอทุกอำเภอประชุมติดตามสถานการณ์ภัยแล้ง วันจันทร์ที่ ๙ มี.ค. ๖๙ เวลา ๑๓.๓๐ น. ห้องประชุมภูพาน ครับ', sid=KEY['vg3']['email'],
       near='meeting call by a vice governor (sender matched by e-mail): an allowed order')
acks('ex', e4, CHIEFS, 9)
m('ex', T(6, '09:40'), 'vg2', typ='system', event='invite', target='แพร เลขาฯ รองผู้ว่า', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'],
  truth=[('OUTSIDER', 'แพร เลขาฯ รองผู้ว่า', '', 'not on the roster; added by รองฯ รัชนี (vice governor รัชนี แก้วประเสริฐ)')])
m('ex', T(6, '09:45'), 'แพร เลขาฯ รองผู้ว่า', 'สวัสดีค่ะ แพรเลขาท่านรองฯ รัชนี จะช่วยประสานเรื่องประชุมค่ะ', sid=None)
m('ex', T(6, '10:50'), 'gov', 'ลงพื้นที่แจกน้ำ อ.วานรนิวาส กับ อ.บ้านม่วง วันนี้ ขอบคุณนายอำเภอทั้งสองท่านครับ', disp='Somsak W. 🇹🇭', sid=gov_sid)
imgs('ex', T(6, '10:50'), 'gov', 3, 'gov_water')
for k in ['c_wanon', 'c_banmuang', 'c_sawang']: m('ex', T(6, '11:%02d' % R.randint(0, 30)), k, R.choice(['ขอบคุณท่านผู้ว่าฯ ครับ 🙏', 'ขอบพระคุณครับท่าน']))
m('ex', T(6, '17:30'), 'c_songdao', 'เรียนท่านผู้ว่าฯ อ.ส่องดาว ไม่มีจุดความร้อนเพิ่มในวันนี้ครับ', near='nil report by a district chief to the governor: allowed')

# ============================================================ หน.ส่วนราชการ-นอภ.สน.
POOL_HD = HEADS + CHIEFS
h1 = m('hd', T(2, '07:45'), 'gov', '"ข้อสั่งการ ผวจ.สน.\nขอให้ทุกส่วนราชการและทุกอำเภอ รณรงค์งดเผาในที่โล่ง ช่วงวิกฤตหมอกควัน และให้ข้าราชการเป็นตัวอย่างครับ"', disp='Somsak W. 🇹🇭', sid=gov_sid,
       near="the governor's order in หน.ส่วนราชการ-นอภ.สน.: allowed")
acks('hd', h1, POOL_HD, 12)
m('hd', T(2, '08:40'), 'ประกันรถ พี่ตุ๊ก 🚗', typ='system', event='join', sid='U' + '7c1e4a9b2d0f36e85a1c4b7d9e0f2a31',
  truth=[('OUTSIDER', 'ประกันรถ พี่ตุ๊ก 🚗', '', 'not on the roster; joined by link or QR code')])
m('hd', T(2, '08:42'), 'ประกันรถ พี่ตุ๊ก 🚗', 'ประกันรถชั้น 1 ข้าราชการลด 20% ผ่อน 0% 10 เดือน สนใจทักไลน์ส่วนตัวได้เลยครับ 🚗', sid='U7c1e4a9b2d0f36e85a1c4b7d9e0f2a31')
m('hd', T(2, '09:15'), 'vg1', 'ขออนุญาตนำผู้ไม่เกี่ยวข้องออกจากกลุ่มครับ')
m('hd', T(2, '09:16'), 'vg1', typ='system', event='remove', target='ประกันรถ พี่ตุ๊ก 🚗')
m('hd', T(2, '10:20'), 'vg3', '"ส่งต่อข่าว กรมควบคุมมลพิษ: ค่า PM2.5 สกลนคร วันนี้ ๗๒ มคก./ลบ.ม. เริ่มมีผลกระทบต่อสุขภาพ\nhttps://air.example.th/skn"', sid=KEY['vg3']['email'])
m('hd', T(2, '11:30'), 'h_cd', '"ขอประชาสัมพันธ์ผลงานครับ 🎉\nสำนักงานพัฒนาชุมชนจังหวัดสกลนคร ได้รับรางวัลหน่วยงานดีเด่นด้านการขับเคลื่อนเศรษฐกิจฐานราก ระดับเขต ประจำปี ๒๕๖๘"',
  truth=[('SKN-6P', dn('h_cd'), '', "an agency's own achievement (award) posted by its head; the group bans reports and performance results")])
imgs('hd', T(2, '11:30'), 'h_cd', 2, 'cd_award')
for k in R.sample(POOL_HD, 4): m('hd', T(2, '11:%02d' % R.randint(35, 55)), k, R.choice(['ยินดีด้วยครับ 👏', 'ยินดีด้วยค่ะ', '👏👏']))
m('hd', T(2, '13:50'), 'h_pasu', 'สวัสดีครับทุกท่าน ฝากเนื้อฝากตัวด้วยครับ เพิ่งย้ายมาครับ', disp='ต้น สกลนคร', sid=None,
  near='"ต้น สกลนคร" is the display name of two roster people (the livestock head, admitted, and a clerk of the irrigation project, not admitted): ambiguous, never judged')
m('hd', T(2, '14:05'), 'h_dpm', 'รับทราบครับ', disp='นายประเสริฐ ศรีสุข', sid=None,
  near='roster has "ประเสริฐ ศรีสุข" (agency head, ปภ.); posted with the title นาย: the same person, admitted, not an outsider')
h2 = m('hd', T(2, '15:00'), 'vg2', 'ขอความร่วมมือทุกส่วนราชการ ส่งบุคลากรร่วมพิธีเวียนเทียนระดับจังหวัด คืนวันที่ ๓ มี.ค. ๖๙ เวลา ๑๘.๓๐ น. ณ วัดพระธาตุเชิงชุม ค่ะ', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'])
acks('hd', h2, POOL_HD, 10)
m('hd', T(2, '16:20'), 'h_pm', 'รับทราบค่ะ พมจ. ส่งเจ้าหน้าที่ร่วม ๑๕ คนค่ะ', disp='วิไลวรรณ  บุญมี', sid=None,
  near='roster has "วิไลวรรณ บุญมี"; posted with two spaces between the names: the same agency head, not an outsider; says who will attend, not a performance result')
# Tuesday
m('hd', T(3, '06:50'), 'gov', 'สวัสดีวันมาฆบูชาครับ 🙏', disp='Somsak W. 🇹🇭', sid=gov_sid)
m('hd', T(3, '07:10'), 'retired', 'สวัสดีวันมาฆบูชาครับท่านผู้ว่าฯ และทุกท่าน ลุงยูรคิดถึงทุกคนครับ 🙏',
  truth=[('SKN-6', dn('retired'), '', 'retired official is not admitted to หน.ส่วนราชการ-นอภ.สน.')])
for k in R.sample(POOL_HD, 7): m('hd', T(3, '07:%02d' % R.randint(12, 50)), k, R.choice(['สวัสดีวันมาฆบูชาครับ 🙏', 'สาธุ 🙏', 'สวัสดีค่ะ 🌼', None]) or '🙏')
m('hd', T(3, '19:30'), 'h_pr', 'ถ่ายทอดสดพิธีเวียนเทียนระดับจังหวัด ทางเพจประชาสัมพันธ์จังหวัดสกลนคร ค่ะ https://fb.example.th/prskn/live', near='an agency head sharing a live-stream link: publicity, not a report or performance result')
# Wednesday
h3 = m('hd', T(4, '08:00'), 'gov', '"ข้อสั่งการ ผวจ.สน. (ภัยแล้ง)\nให้ชลประทาน เกษตร และ ปภ. บูรณาการกับอำเภอ จัดหาน้ำให้หมู่บ้านขาดแคลนโดยด่วน"', disp='Somsak W. 🇹🇭', sid=gov_sid)
acks('hd', h3, POOL_HD, 11)
m('hd', T(4, '09:05'), 's_dpm', 'เรียนท่านผู้ว่าฯ ผอ.ปภ. ติดประชุมที่กรมฯ ผมรองผู้อำนวยการฯ ขอรับข้อสั่งการแทนครับ',
  truth=[('SKN-6', dn('s_dpm'), '', 'deputy of an agency head in the group in place of the head (heads must join in person)')])
m('hd', T(4, '10:30'), 'vg1', typ='system', event='invite', target=dn('h_bud'), near='a vice governor adds an agency head (พศจ.) who was not yet in the group: eligible invitee, no finding')
m('hd', T(4, '10:33'), 'h_bud', 'สวัสดีครับ ขอบคุณท่านรองฯ ที่เพิ่มเข้ากลุ่มครับ ☸️')
m('hd', T(4, '14:20'), 'c_sawang', '"รายงานผลการแจกจ่ายน้ำอุปโภคบริโภค อ.สว่างแดนดิน\n- หมู่บ้านได้รับน้ำ ๑๘ หมู่บ้าน\n- ปริมาณน้ำ ๒๔๐,๐๐๐ ลิตร\n- รถบรรทุกน้ำ ๖ คัน"',
  truth=[('SKN-6P', dn('c_sawang'), '', 'performance report posted by a district chief; the group bans reports')])
imgs('hd', T(4, '14:20'), 'c_sawang', 3, 'sawang_water')
m('hd', T(4, '16:00'), 'h_irr', 'ขอสอบถามท่านนายอำเภอวานรนิวาส จุดรับน้ำดิบหนองหลวงยังใช้ได้ไหมครับ', near='a question from an agency head: not a report')
m('hd', T(4, '16:08'), 'c_wanon', 'ยังใช้ได้ครับ ผมให้ปลัดประสานท่านนะครับ')
# Thursday
m('hd', T(5, '08:30'), 's_kaset', 'แทนท่านเกษตรจังหวัดค่ะ ขอเชิญร่วมงานตลาดนัดเกษตรกร วันเสาร์ที่ ๗ มี.ค. ๖๙ ณ ลานหน้าศาลากลางค่ะ', sid=KEY['s_kaset']['email'],
  truth=[('SKN-6', dn('s_kaset'), '', "a clerk posting for the agriculture head: not admitted (heads must join in person)")])
m('hd', T(5, '09:00'), 'h_tsj', typ='system', event='invite', target=dn('s_tsj'),
  truth=[('SKN-6', dn('s_tsj'), '', 'invitee is the deputy of an agency head (staff), not admitted'),
         ('SKN-ALL', dn('s_tsj'), '', 'roster person invited to a group he may not be in (invitee)'),
         ('SKN-ALL', dn('h_tsj'), '', 'invited a roster person who is not admitted (inviter)')])
m('hd', T(5, '09:02'), 'h_tsj', 'เพิ่มรอง ทสจ. เข้ากลุ่มไว้ช่วยประสานงานไฟป่าครับ')
h4 = m('hd', T(5, '10:15'), 'vg3', 'ขอให้ทุกส่วนราชการลดการใช้ไฟฟ้าตามมาตรการประหยัดพลังงาน และปิดเครื่องปรับอากาศช่วงเที่ยงครับ', sid=KEY['vg3']['email'])
acks('hd', h4, POOL_HD, 8)
for k in R.sample(POOL_HD, 6): m('hd', T(5, '12:%02d' % R.randint(1, 40)), k, R.choice(['สุขสันต์วันเกิดท่านวัฒนธรรมจังหวัดค่ะ 🎂', 'HBD ครับ 🎉', 'ขอให้มีความสุขมากๆ ครับ']))
m('hd', T(5, '13:00'), 'h_cul', 'ขอบคุณทุกท่านค่ะ 🙏🥰')
m('hd', T(5, '15:30'), 'c_kutbak', 'ขอแสดงความเสียใจกับครอบครัวท่านท้องถิ่นจังหวัดด้วยครับ 🙏')
m('hd', T(5, '15:40'), 'h_local', 'ขอบคุณครับทุกท่าน')
# Friday
h5 = m('hd', T(6, '08:10'), 'gov', 'วันนี้ผมลงพื้นที่แจกน้ำ อ.วานรนิวาส และ อ.บ้านม่วง ขอให้ส่วนราชการที่เกี่ยวข้องร่วมด้วยครับ', disp='Somsak W. 🇹🇭', sid=gov_sid)
acks('hd', h5, POOL_HD, 7)
m('hd', T(6, '11:40'), 'h_ssj', '"ผลการดำเนินงาน สสจ.สน. สัปดาห์นี้\nคัดกรองผู้ป่วยโรคทางเดินหายใจจาก PM2.5 จำนวน ๒,๓๑๒ ราย แจกหน้ากาก N95 ๑๕,๐๐๐ ชิ้น"',
  truth=[('SKN-6P', dn('h_ssj'), '', "performance result of the agency posted by its head")])
m('hd', T(6, '14:00'), 'vg1', '"ส่งต่อ: กรมอุตุนิยมวิทยา ประกาศเตือนพายุฤดูร้อน ๗-๙ มี.ค. ๖๙\nขอให้ทุกส่วนราชการเตรียมพร้อมครับ"')
acks('hd', MS[-1], POOL_HD, 5)
m('hd', T(6, '16:30'), 'c_charoen', 'ขอบคุณท่านรองฯ ครับ สัปดาห์นี้เหนื่อยกันทุกท่าน เดินทางปลอดภัยครับ')

# ---- more ordinary traffic (all from people admitted to the group, none of it restricted)
MORE_PK = [
 (2,'13:05','adm3','ที่ สน ๐๐๑๘.๓/ว ๔๑๔๘ เรื่อง การรายงานผลการปราบปรามยาเสพติด ประจำเดือนกุมภาพันธ์ ๒๕๖๙ ให้อำเภอรายงานผ่านระบบ ภายในวันที่ ๑๐ มี.ค. ๖๙','img2'),
 (3,'16:30','adm1','ด่วนที่สุด ที่ สน ๐๐๑๘.๒/ว ๔๑๗๕ เรื่อง การเฝ้าระวังไฟป่าช่วงวันหยุด ขอให้อำเภอสั่งการชุดเฝ้าระวังประจำพื้นที่ตลอด ๒๔ ชั่วโมง','img3'),
 (4,'11:40','adm3','ที่ สน ๐๐๑๘.๔/ว ๔๑๘๘ เรื่อง การตรวจสอบบัญชีรายชื่อผู้ประสบภัยแล้งเพื่อรับความช่วยเหลือ ตามระเบียบกระทรวงการคลัง','pdf'),
 (5,'09:20','adm1','ที่ สน ๐๐๑๘.๑/ว ๔๒๐๗ เรื่อง การจัดงานรัฐพิธี และการแต่งกายของข้าราชการ แจ้งอำเภอทราบและถือปฏิบัติ','img2'),
 (6,'09:15','adm2','ด่วน ที่ สน ๐๐๑๘.๓/ว ๔๒๓๕ เรื่อง การประชาสัมพันธ์มาตรการลดการเผาในพื้นที่เกษตร ขอให้อำเภอแจ้งหอกระจายข่าวทุกหมู่บ้าน','img3'),
 (6,'16:05','adm3','ที่ สน ๐๐๑๘.๒/ว ๔๒๕๒ เรื่อง การรายงานข้อมูลกำลังพล อส. ประจำเดือนมีนาคม ๒๕๖๙ ตามแบบที่แนบ','pdf'),
]
for i, (d, hm, k, txt, att) in enumerate(MORE_PK):
    o = m('pk', T(d, hm), k, txt, sid=KEY[k]['email'] or None)
    if att == 'pdf': m('pk', o['rec']['time'] + DT.timedelta(seconds=40), k, typ='file', att='letter_more_%d.pdf' % (i+1))
    else: imgs('pk', o['rec']['time'], k, int(att[3]), 'letter_more_%02d' % (i+1))
MORE_PJ = [
 (3,'18:00','ขอให้ท่านนายอำเภอลงพื้นที่ตรวจเยี่ยมจุดเวียนเทียนในคืนนี้ตามที่ปลัดกระทรวงเน้นย้ำครับ', None),
 (4,'14:30','ข่าวกรมการปกครอง: หลักเกณฑ์ใหม่การประเมินผลการปฏิบัติราชการนายอำเภอ รอบเมษายน ๒๕๖๙ รายละเอียดตามไฟล์ครับ', 'pdf'),
 (5,'10:20','แจ้งเพื่อทราบ กรมการปกครองอนุมัติงบประมาณซ่อมแซมที่ว่าการอำเภอ ๓ แห่ง (กุดบาก ส่องดาว เต่างอย) ครับ', 'pdf'),
 (6,'10:00','ข้อสั่งการอธิบดีฯ: ให้นายอำเภอกำกับ อส. ที่ปฏิบัติหน้าที่ดับไฟป่า ให้มีอุปกรณ์ป้องกันครบครับ', None),
]
for i, (d, hm, txt, att) in enumerate(MORE_PJ):
    o = m('pj', T(d, hm), 'palad', txt)
    if att: m('pj', o['rec']['time'] + DT.timedelta(seconds=45), 'palad', typ='file', att='dopa_more_%d.pdf' % (i+1))
    acks('pj', o, CHIEFS, R.randint(1, 3))
for (d, hm) in [(2,'12:00'), (4,'12:10'), (6,'12:05')]:
    for k in R.sample(CHIEFS, 3): m('ex', T(d, '%s' % hm[:3] + '%02d' % R.randint(10, 50)), k, R.choice(['ทานข้าวเที่ยงกันหรือยังครับทุกท่าน 😄', 'ฝุ่นวันนี้หนักมากครับ ดูแลสุขภาพด้วยครับ', 'ท้องฟ้าที่อำเภอวันนี้ครับ ☁️ ฝุ่นเต็มเลย', 'ขอบคุณครับ']))
e5 = m('ex', T(5, '16:10'), 'gov', 'ขอให้นายอำเภอทุกอำเภอกำชับ อส. ดูแลความปลอดภัยจุดแจกน้ำ และรายงานเหตุสำคัญในกลุ่มนี้ทันทีครับ', disp='Somsak W. 🇹🇭', sid=gov_sid)
acks('ex', e5, CHIEFS, 11)
h6 = m('hd', T(3, '10:00'), 'vg1', 'ขอความร่วมมือทุกส่วนราชการประดับธงธรรมจักรหน้าสำนักงาน ตลอดสัปดาห์วันมาฆบูชาครับ')
acks('hd', h6, POOL_HD, 9)
h7 = m('hd', T(6, '10:30'), 'vg2', 'ขอเชิญหัวหน้าส่วนราชการร่วมประชุมคณะกรมการจังหวัด วันพฤหัสบดีที่ ๑๒ มี.ค. ๖๙ เวลา ๐๙.๓๐ น. ค่ะ', disp='รองฯ รัชนี', sid=KEY['vg2']['line_user_id'])
acks('hd', h7, POOL_HD, 8)
