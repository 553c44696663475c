# ศอ.จอส.จว.สน. : the volunteer-centre group, where the reporting duties (SKN-5O) live.
import datetime as dt
from framework import *
from roster_data import DISTRICTS, DP

G = G_VOL
ORDERS = {}      # key -> dict(msg, deadline, districts, how, topic)
SONGDAO_RENAME = T(22, '19:05:40')
SONGDAO_NEW = 'นอภ.ส่องดาว ❄️'

VILL = ['บ้านนาขาม','บ้านโคกสะอาด','บ้านหนองบัว','บ้านดงมะไฟ','บ้านนาเลา','บ้านห้วยยาง','บ้านโพนงาม','บ้านคำบิด',
        'บ้านหนองแวง','บ้านนาหว้า','บ้านดอนแดง','บ้านกุดจิก','บ้านนาดี','บ้านหนองผือ','บ้านโนนสวรรค์','บ้านเหล่าโพนค้อ']
SHORT = {'เมืองสกลนคร':'เมืองสกลนคร','พรรณานิคม':'พรรณาฯ','วานรนิวาส':'วานรฯ','สว่างแดนดิน':'สว่างฯ',
         'โคกศรีสุพรรณ':'โคกศรีฯ','อากาศอำนวย':'อากาศฯ','นิคมน้ำอูน':'นิคมฯ'}
FIRST = ['สมชาย','วิไล','ประเสริฐ','บุญมี','สุดา','ทองใบ','คำพอง','อุไร','สมบูรณ์','เพ็ญศรี','ไพรวัลย์','จำปี','สุวิทย์','ลำดวน','บัวผัน','ชาญ','วันดี','ทวี']
LAST = ['ศรีหาราช','พรมสุวรรณ','แก้วดวงดี','มูลมณี','บุตรวงศ์','ชาวนา','ไชยโคตร','พันธ์โยธา','สีหาบุตร','ทองแสง']

def dname(d):
    return SHORT.get(d, d) if RNG.random() < 0.4 else d

def people(d):
    return [p[0] for p in DP[d]]

def reporter(d, avoid_ambiguous=True):
    ks = [p[0] for p in DP[d] if not (avoid_ambiguous and p[2] == 'ปลัดต้น') and p[0] != 'd2_wanon']
    w = []
    for k in ks:
        if k.startswith('v_'): w.append(5)
        elif k.startswith('cd_'): w.append(3)
        elif k.startswith('c_'): w.append(2)
        else: w.append(1)
    return RNG.choices(ks, weights=w)[0]

def order(key, t, sender, text, deadline, districts, how, topic, attach=None, nphotos=0, photo_first=False, base=None):
    m = None
    base = base or 'IMG_%s' % t.strftime('%Y%m%d_%H%M')
    if photo_first and nphotos:
        photos(G, t, sender, nphotos, base, alone=True)
        t = after(t, 100)
    m = msg(G, t, sender, text, key=key)
    tt = t
    if attach:
        tt = after(tt, 40)
        msg(G, tt, sender, None, 'file', attachment=attach, cont=True)
    if nphotos and not photo_first:
        photos(G, tt, sender, nphotos, base)
    ORDERS[key] = dict(msg=m, deadline=deadline, districts=districts, how=how, topic=topic)
    return m

def acks(t0, n, pool=None, minutes=25):
    words = ['รับทราบครับ','รับทราบค่ะ','ทราบครับ','รับทราบครับผม','🙏','รับทราบและถือปฏิบัติครับ','ร้บทราบครับ',
             'รับทราบคับ','ทราบแล้วค่ะ 🙏','👍','รับทราบครับ ท่าน','🫡','โอเคครับ','รับทราบค่ะ 🙏🙏']
    pool = pool or [k for d in DISTRICTS for k in people(d) if k not in ('d_kudbak','d_phuphan','d2_wanon')]
    for i in range(n):
        t = after(t0, RNG.randint(60, minutes * 60))
        who = RNG.choice(pool)
        if RNG.random() < 0.35:
            msg(G, t, who, None, 'sticker', attachment='sticker:%d' % RNG.choice([52002734,52002736,11537,11539,446,1988,10855]))
        else:
            msg(G, t, who, RNG.choice(words))

# ---------- report templates, one list per order ----------
def nums():
    return dict(n=RNG.randint(3, 14), v=RNG.randint(18, 95), b=RNG.randint(120, 640), p=RNG.choice(VILL),
                e=RNG.randint(12, 60), bed=RNG.randint(2, 15), h=RNG.randint(0, 4), m=RNG.randint(10, 40), f=RNG.randint(5, 30),
                r=RNG.randint(200, 500), name='%s %s' % (RNG.choice(FIRST), RNG.choice(LAST)),
                tel='08%d-%03d-%04d' % (RNG.randint(0, 9), RNG.randint(0, 999), RNG.randint(0, 9999)),
                k=RNG.randint(0, 90), c=RNG.randint(0, 60), x=RNG.randint(3, 8))

def fill(tpl, d, digits_thai):
    v = nums()
    v['tot'] = v['e'] + v['bed'] + v['h']
    v['g'] = v['r'] - RNG.randint(10, 120)
    out = {}
    for k, x in v.items():
        out[k] = th(x) if (digits_thai and isinstance(x, int)) else x
    out['d'] = dname(d)
    return tpl.format(**out)

TPL = {
 'O1': [
  ('text', 'ศอ.จอส.อ.{d} ขอรายงานผลการจัดกิจกรรมจิตอาสามอบผ้าห่มกันหนาว ห้วงวันที่ ๑๙-๒๑ ธ.ค. ๖๘\n- จำนวน {n} จุด\n- จิตอาสาร่วม {v} คน\n- มอบผ้าห่ม {b} ผืน\nจึงเรียนมาเพื่อโปรดทราบครับ'),
  ('text', 'รายงานครับ อ.{d} มอบผ้าห่ม {b} ผืน ให้ผู้สูงอายุและผู้ยากไร้ {n} หมู่บ้าน (นำร่องที่{p}) จิตอาสาร่วม {v} คน 🙏'),
  ('file', 'อ.{d} ดำเนินการเรียบร้อยแล้วค่ะ ผ้าห่ม {b} ผืน / {n} จุด / จิตอาสา {v} นาย รายละเอียดตามแบบรายงานที่แนบค่ะ'),
  ('text', 'เรียน ศอ.จอส.จว.สน.\nผลการมอบผ้าห่มกันหนาว อำเภอ{d}\n📍 {p} และอีก {n} จุด\nผ้าห่ม {b} ผืน จิตอาสา {v} คน\nครับ'),
  ('file', '{d} ส่งแบบรายงานผลมอบผ้าห่มครับ'),
  ('reply', 'ตามข้อสั่งการ ศอ.จอส.จว.สน. อ.{d} มอบผ้าห่มแล้ว {b} ผืน จิตอาสา {v} คนครับ'),
  ('text+photos', 'อ.{d} รายงานกิจกรรมมอบผ้าห่มกันหนาว ณ {p} ผู้รับ {b} ราย จิตอาสา {v} คน ครับ'),
 ],
 'O2': [
  ('text', 'อ.{d} รายงานการตรวจเยี่ยมผู้สูงอายุที่อยู่ลำพัง {e} ราย ผู้ป่วยติดเตียง {bed} ราย คนไร้บ้าน {h} ราย ทุกรายได้รับผ้าห่มแล้วครับ'),
  ('text', 'ศอ.จอส.อ.{d} ร่วมกับ อปท. ตรวจเยี่ยมกลุ่มเปราะบางแล้ว รวม {tot} ราย (ผู้สูงอายุ {e} / ติดเตียง {bed} / ไร้บ้าน {h}) ครับ'),
  ('reply', 'เรียน ปจ.สน. อ.{d} ตรวจเยี่ยมผู้สูงอายุและผู้ป่วยติดเตียงแล้ว {tot} ราย ไม่พบคนไร้บ้านในพื้นที่ครับ'),
 ],
 'O3': [
  ('photos', ''),
  ('photos+caption', 'ภาพกิจกรรมจิตอาสาทำความสะอาดจุดบริการประชาชน อ.{d} ครับ'),
  ('text+photos', 'อ.{d} ส่งภาพกิจกรรมปรับภูมิทัศน์จุดบริการประชาชน ({p}) ครับ'),
  ('photos', ''),
 ],
 'O5': [
  ('text', 'อ.{d} มีจิตอาสาจราจรที่ผ่านการอบรมพร้อมปฏิบัติงาน {v} คน ครับ'),
  ('text', 'รายงานจำนวนจิตอาสาพระราชทาน (ด้านจราจร) อ.{d}\nชาย {m} คน\nหญิง {f} คน\nครับ'),
  ('text', '{d} : จิตอาสาจราจร {v} คนค่ะ'),
  ('file', 'ส่งแบบสำรวจจิตอาสาจราจร อ.{d} ครับ'),
  ('text', 'อ.{d} ขอรายงานว่าไม่มีจิตอาสาจราจรผ่านการอบรมเพิ่มเติมครับ ใช้ชุดเดิม {v} คน'),
 ],
 'O7': [
  ('text', 'อ.{d} รับผ้าห่มจากเหล่ากาชาด {r} ผืน แจกจ่ายแล้ว {g} ผืน ที่เหลือจะแจกให้ครบภายในสัปดาห์นี้ครับ'),
  ('reply', 'ความคืบหน้าแจกผ้าห่มกาชาด อ.{d}: ได้รับ {r} / แจกแล้ว {g} ผืน ค่ะ'),
 ],
 'O8': [
  ('file', 'อ.{d} ส่งแผนการจัดจิตอาสาประจำจุดบริการช่วงปีใหม่ครับ'),
  ('file', 'แผนจิตอาสา อ.{d} ๒๙ ธ.ค.-๔ ม.ค. รวม {n} จุด {v} คน ตามไฟล์แนบค่ะ'),
  ('text', 'อ.{d} จัดจิตอาสาประจำจุดบริการ {n} จุด ผลัดละ {x} คน รวม {v} คน ตลอด ๗ วันครับ'),
 ],
 'O9': [
  ('text', 'ผู้ประสานงานจิตอาสา ศปถ.อ.{d} : {name} โทร {tel} ครับ'),
  ('text', 'อ.{d} ผู้ประสาน {name} {tel} ค่ะ'),
  ('reply', 'อ.{d} แจ้งชื่อผู้ประสานงาน คุณ{name} โทร. {tel} ครับ'),
 ],
 'O10': [
  ('photos', ''),
  ('text+photos', 'รายงานผลกิจกรรมจิตอาสาพัฒนา วันที่ ๒๕ ธ.ค. ๖๘ อ.{d} ณ {p} จิตอาสา {v} คน ครับ'),
  ('photos+caption', 'กิจกรรมจิตอาสา ๒๕ ธ.ค. อ.{d} ค่ะ'),
 ],
 'O11': [
  ('text', 'ยอดคงเหลือ ณ ศอ.จอส.อ.{d} ผ้าห่ม {k} ผืน เสื้อกันหนาว {c} ตัว ครับ'),
  ('text', 'อ.{d} ผ้าห่มคงเหลือ 0 ผืน แจกหมดแล้วครับ เสื้อกันหนาวเหลือ {c} ตัว'),
  ('reply', 'อ.{d} คงเหลือผ้าห่ม {k} ผืนค่ะ'),
 ],
 'O12': [
  ('text', 'อ.{d} เข้าร่วมอบรมออนไลน์ {n} คน ครับ'),
  ('text', 'รายงานผู้เข้าอบรมหลักสูตรจิตอาสาภัยพิบัติ (ออนไลน์) อ.{d} จำนวน {n} ราย ค่ะ'),
 ],
}

def answer(okey, d, t, style=None, who=None, late=False, nm=None, sender_override=None, prefix=''):
    o = ORDERS[okey]
    tpls = TPL[okey]
    if style:
        cands = [x for x in tpls if x[0] == style] or tpls
    else:
        cands = tpls
    st, tpl = RNG.choice(cands)
    who = who or reporter(d)
    sender = sender_override or who
    text = prefix + fill(tpl, d, RNG.random() < 0.5) if tpl else None
    base = 'IMG_%s_%s' % (t.strftime('%m%d%H%M'), okey)
    rep = dict(ans=okey, nm=nm)
    if st in ('text', 'reply'):
        kw = dict(replyTo=o['msg']) if st == 'reply' else {}
        return msg(G, t, sender, text, **rep, **kw)
    if st == 'file':
        m = msg(G, t, sender, text, **rep)
        msg(G, after(t, RNG.randint(20, 70)), sender, None, 'file',
            attachment='%s_%s.%s' % ({'O1': 'รายงานผ้าห่ม', 'O5': 'จิตอาสาจราจร', 'O8': 'แผนจิตอาสาปีใหม่69'}.get(okey, 'รายงาน'),
                                     d, RNG.choice(['pdf', 'xlsx', 'pdf'])), cont=True)
        return m
    if st == 'text+photos':
        m = msg(G, t, sender, text, **rep)
        photos(G, t, sender, RNG.randint(1, 3), base)
        return m
    if st == 'photos':
        ps = photos(G, t, sender, RNG.randint(2, 3), base, alone=True, **rep)
        return ps[0]
    if st == 'photos+caption':
        ps = photos(G, t, sender, RNG.randint(2, 3), base, alone=True, **rep)
        msg(G, after(ps[-1]['t'], 35), sender, text, cont=True)
        return ps[0]
    raise ValueError(st)

def rand_time(windows):
    """windows: list of (day, 'HH:MM', day, 'HH:MM')"""
    w = RNG.choice(windows)
    a = T(w[0], w[1] + ':00'); b = T(w[2], w[3] + ':00')
    return a + dt.timedelta(seconds=RNG.randint(0, int((b - a).total_seconds())))

def build():
    # ------------- Monday 22 -------------
    msg(G, T(22, '06:52:10'), 'pvol1', 'อรุณสวัสดิ์วันจันทร์ครับทุกท่าน 🌄 เช้านี้ อ.ส่องดาว วัดได้ ๙ องศา ภูพาน ๘ องศา อากาศหนาวจัด ขอให้ทุกท่านรักษาสุขภาพนะครับ')
    msg(G, T(22, '06:58:31'), 'v_songdao', 'อรุณสวัสดิ์ค่ะ หนาวมากค่ะ หมอกลงจัด')
    msg(G, T(22, '07:03:02'), 'v_kusuman', None, 'sticker', attachment='sticker:52002734')
    msg(G, T(22, '07:10:44'), 'cd_phuphan', 'ภูพานเช้านี้ ๗.๕ องศาครับ ชาวบ้านก่อไฟผิงกันทั้งหมู่บ้าน 🥶')
    msg(G, T(22, '07:12:05'), 'd_kudbak', 'สวัสดีครับ รักษาสุขภาพครับทุกท่าน')   # ambiguous name, admitted either way
    inv = msg(G, T(22, '07:41:19'), 'c_khoksi', None, 'system', event='invite', target=dn('v_khoksi'), target_person='v_khoksi',
              nm='eligible invitee: the district volunteer officer of โคกศรีสุพรรณ added by his district chief; volunteer_center_staff is admitted here (no SKN-5, no SKN-ALL)')
    msg(G, T(22, '07:44:02'), 'v_khoksi', 'สวัสดีครับ ชัย จอส.อ.โคกศรีสุพรรณ รับผิดชอบงานจิตอาสาแทนคนเดิมที่ย้ายครับ ฝากตัวด้วยครับ 🙏')
    msg(G, T(22, '07:46:40'), 'pvol2', 'ยินดีต้อนรับค่ะ 😊')

    O1t = T(22, '08:40:12')
    order('O1', O1t, 'pvol1',
          'ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อ. ทุกอำเภอ รายงานผลการจัดกิจกรรมจิตอาสาพระราชทาน "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุ ผู้พิการ และผู้ยากไร้" ห้วงวันที่ ๑๙-๒๑ ธ.ค. ๖๘ (จำนวนจุด / จำนวนจิตอาสา / จำนวนผ้าห่มที่มอบ) ตามแบบที่แนบ ภายใน ๒๔ ชม. ครับ',
          O1t + dt.timedelta(hours=24), DISTRICTS, 'ภายใน ๒๔ ชม.: 24 hours from the order (Mon 22 Dec 08:40:12) = Tue 23 Dec 08:40:12', 'blanket hand-out results 19-21 Dec',
          attach='แบบรายงานกิจกรรมมอบผ้าห่ม_ธค68.xlsx', nphotos=2)
    acks(O1t, 7, minutes=30)
    q = msg(G, T(22, '09:12:33'), 'v_kusuman', 'สอบถามค่ะ แบบรายงานต้องแยกรายตำบลไหมคะ หรือรวมเป็นยอดอำเภอได้เลย')
    msg(G, T(22, '09:15:02'), 'pvol1', 'รวมเป็นยอดอำเภอได้เลยครับ ถ้ามีรายละเอียดรายตำบลแนบท้ายมาด้วยจะดีมากครับ', replyTo=q)
    msg(G, T(22, '09:16:10'), 'v_kusuman', 'ขอบคุณค่ะ 🙏')

    O2t = T(22, '10:20:05')
    cold = ['ส่องดาว', 'วาริชภูมิ', 'ภูพาน', 'กุดบาก', 'เต่างอย', 'นิคมน้ำอูน']
    order('O2', O2t, 'palad',
          'เรียน นอภ.ส่องดาว นอภ.วาริชภูมิ นอภ.ภูพาน นอภ.กุดบาก นอภ.เต่างอย นอภ.นิคมน้ำอูน\nตามที่จังหวัดได้ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว) ในพื้นที่ ๖ อำเภอ ขอให้ ศอ.จอส.อ. ร่วมกับ อปท. และ อสม. ออกตรวจเยี่ยมผู้สูงอายุที่อยู่ลำพัง ผู้ป่วยติดเตียง และคนไร้บ้าน แล้วรายงานจำนวนผู้ที่ได้รับการตรวจเยี่ยมในกลุ่มนี้ ภายในเวลา ๑๖.๓๐ น. วันนี้ครับ',
          T(22, '16:30:00'), cold, 'ภายในเวลา ๑๖.๓๐ น. วันนี้: Mon 22 Dec 16:30', 'checks on elderly, bedridden and homeless in the six cold-zone districts',
          nphotos=2, base='ประกาศเขตภัยหนาว')
    acks(O2t, 4, pool=[k for d in cold for k in people(d) if k not in ('d_kudbak', 'd_phuphan')], minutes=20)

    # Monday lunch chatter
    msg(G, T(22, '12:05:40'), 'v_nikhom', 'ผ้าห่มรอบสองจากเหล่ากาชาดมาถึงคลังอำเภอนิคมน้ำอูนแล้วนะคะ อำเภอใกล้เคียงที่ฝากรับไว้ มารับได้ช่วงบ่ายค่ะ',
        nm='logistics between colleagues (chat): tells others they may collect blankets, directs no district; not an order, no SKN-5P')
    msg(G, T(22, '12:31:12'), 'cd_taongoi', 'เต่างอยขอตามไปรับวันพรุ่งนี้นะครับ รถติดภารกิจ')

    O3t = T(22, '15:30:22')
    order('O3', O3t, 'pvol2',
          'ขอให้ทุกอำเภอส่งภาพถ่ายกิจกรรมจิตอาสาทำความสะอาด/ปรับภูมิทัศน์ จุดบริการประชาชนและจุดตรวจช่วงเทศกาลปีใหม่ อำเภอละ ๓-๔ ภาพ ในกลุ่มนี้ ภายในวันที่ ๒๓ ธ.ค. ๖๘ ค่ะ (ใช้ประกอบรายงานจังหวัด)',
          T(23, '23:59:59'), DISTRICTS, 'ภายในวันที่ ๒๓ ธ.ค. ๖๘: to the end of Tue 23 Dec', 'photos of volunteer clean-up at service points')
    acks(O3t, 5, minutes=20)

    # rename of the Song Dao chief
    msg(G, SONGDAO_RENAME, 'c_songdao', None, 'system', event='rename', target=SONGDAO_NEW,
        nm='rename notice: the Song Dao district chief renames himself to "นอภ.ส่องดาว ❄️", not on the roster; his later reports count for ส่องดาว and he is no outsider')
    msg(G, T(22, '21:12:50'), 'pvol1', 'ขอบคุณทุกอำเภอที่ส่งรายงานครับ ฝันดีครับ พรุ่งนี้อากาศหนาวกว่าเดิม ระวังสุขภาพนะครับ',
        nm='courtesy from the provincial centre; "ขอบคุณทุกอำเภอ" is chat, not an order')
    msg(G, T(22, '21:20:05'), 'cd_mueang', None, 'sticker', attachment='sticker:11539')

    # ------------- Tuesday 23 -------------
    msg(G, T(23, '07:05:30'), 'pvol2', 'สุขสันต์วันเกิดปลัดหนุ่ม กุสุมาลย์ ค่ะ 🎂🎉 ขอให้สุขภาพแข็งแรง ก้าวหน้าในหน้าที่การงานนะคะ',
        nm='birthday wish using ขอให้ (courtesy, chat), not an order')
    for who, txt in [('cd_phanna', 'สุขสันต์วันเกิดครับ 🎂'), ('v_warit', 'HBD ครับปลัด 🎉'), ('c_kusuman', 'สุขสันต์วันเกิดครับ ขอให้มีความสุขมากๆ'),
                     ('cd_kusuman', 'ขอบคุณทุกท่านมากครับ 🙏🙏')]:
        msg(G, T(23, '07:%02d' % RNG.randint(8, 40)), who, txt)
    O4t = T(23, '09:05:44')
    order('O4', O4t, 'palad',
          'แจ้งเพื่อทราบ ไม่ต้องรายงานครับ\nงานแห่ดาวคริสต์มาส ท่าแร่ ประจำปี ๒๕๖๘ วันที่ ๒๔-๒๕ ธ.ค. ๖๘ จะมีการปิดการจราจรถนนสายสกลนคร-นครพนม ช่วงบ้านท่าแร่ เวลา ๑๘.๐๐-๒๔.๐๐ น. จิตอาสาอำเภอเมืองสกลนครเป็นหลักในการอำนวยความสะดวก อำเภอใกล้เคียงโปรดแจ้งประชาชนใช้เส้นทางเลี่ยง',
          None, [], 'information only (แจ้งเพื่อทราบ ไม่ต้องรายงาน): no duty', 'Christmas star procession at Tha Rae, road closure', nphotos=2, base='แผนที่เส้นทางเลี่ยงท่าแร่')
    R1 = msg(G, T(23, '09:31:08'), 'pvol1', 'ย้ำครับ อำเภอที่ยังไม่ได้รายงานผลกิจกรรมมอบผ้าห่มกันหนาว (ข้อสั่งการเมื่อวานเวลา ๐๘.๔๐ น.) ได้แก่ อ.โคกศรีสุพรรณ อ.เจริญศิลป์ ขอให้รายงานโดยด่วนครับ',
             nm='reminder of O1 naming who still owes: creates no new duty and does not move the deadline')
    O5t = T(23, '10:00:31')
    order('O5', O5t, 'pvol1',
          'ด่วน ขอให้ทุกอำเภอสำรวจและรายงานจำนวนจิตอาสาพระราชทานที่ผ่านการอบรมด้านการจราจร พร้อมปฏิบัติงาน ณ จุดตรวจ/จุดบริการช่วงเทศกาลปีใหม่ ก่อนเที่ยงวันพรุ่งนี้ครับ 🙏',
          T(24, '12:00:00'), DISTRICTS, 'ก่อนเที่ยงวันพรุ่งนี้: before noon of Wed 24 Dec', 'number of traffic-trained volunteers', attach='แบบสำรวจจิตอาสาจราจร_ปีใหม่69.pdf')
    acks(O5t, 6, minutes=30)

    # seller by QR code
    sj = msg(G, T(23, '11:02:13'), ('raw', 'ผ้าห่มนวม ราคาส่ง สกล', None), None, 'system', event='join',
             rules=[('OUTSIDER', 'joined by link/QR code, not on the roster')])
    msg(G, T(23, '11:03:40'), ('raw', 'ผ้าห่มนวม ราคาส่ง สกล', None), 'ผ้าห่มนวมกันหนาว ราคาส่ง ผืนละ 89 บาท สั่ง 100 ผืนขึ้นไปส่งฟรีทุกอำเภอ หน่วยงานราชการออกบิลได้ค่ะ สนใจทักไลน์ได้เลย 📦📦')
    photos(G, T(23, '11:03:40'), ('raw', 'ผ้าห่มนวม ราคาส่ง สกล', None), 2, 'blanket_sale')
    msg(G, T(23, '11:20:02'), 'pvol2', 'ใครแชร์ลิงก์กลุ่มออกไปคะ กลุ่มนี้สำหรับเจ้าหน้าที่เท่านั้นนะคะ ขอนำออกจากกลุ่มค่ะ')
    msg(G, T(23, '11:20:48'), 'pvol2', None, 'system', event='remove', target='ผ้าห่มนวม ราคาส่ง สกล')

    O6t = T(23, '13:30:10')
    order('O6', O6t, 'palad',
          'แจ้งเพื่อทราบครับ กระทรวงมหาดไทยขอความร่วมมืองดให้และงดรับของขวัญเนื่องในเทศกาลปีใหม่ (No Gift Policy) ตามหนังสือที่แนบ ขอให้ นอภ. แจ้งบุคลากรในสังกัดทราบ กรณีนี้ไม่ต้องรายงานผลครับ',
          None, [], 'information only (แจ้งเพื่อทราบ … ไม่ต้องรายงานผล): no duty', 'no-gifts policy', attach='มท_NoGiftPolicy_ปีใหม่2569.pdf')
    msg(G, T(23, '13:34:20'), 'c_wanon', 'รับทราบครับ จะแจ้งปลัดทุกตำบลและเจ้าหน้าที่ทุกคนถือปฏิบัติครับ',
        nm='acknowledgement that carries order words (แจ้ง…ถือปฏิบัติ); it opens with รับทราบ, so it is an ack, not an order (no SKN-5P) and not a report')
    msg(G, T(23, '13:36:02'), 'c_akat', 'รับทราบครับท่าน ขอให้ทุกท่านปฏิบัติตามนโยบายโดยเคร่งครัดครับ',
        nm='ack followed by an exhortation to "everyone"; opens with รับทราบ, an acknowledgement, not an order')
    acks(O6t, 4, minutes=20)

    msg(G, T(23, '14:05:12'), 'c_mueang', 'ขอให้ทุกอำเภอช่วยส่งรายชื่อจิตอาสาที่จะมาช่วยงานแห่ดาวที่ท่าแร่ ๒๔-๒๕ ธ.ค. ให้ อ.เมืองสกลนคร ภายในวันนี้ด้วยนะครับ อำเภอละ ๕ คน',
        rules=[('SKN-5P', 'order to all districts from a district chief, not the provincial centre')])
    msg(G, T(23, '14:09:40'), 'cd_sawang', 'สว่างแดนดินส่งได้ ๕ คนครับ จะส่งรายชื่อทางไลน์ส่วนตัวนะครับ')

    msg(G, T(23, '16:10:33'), 'ofc2', 'แจ้งทุกอำเภอ ขอให้ส่งแบบสำรวจข้อมูลศูนย์ดำรงธรรมอำเภอ ไตรมาส ๑ ปีงบ ๖๙ ภายในวันที่ ๒๖ ธ.ค. ๖๘ ทาง e-mail กลุ่มงานปกครอง',
        rules=[('SKN-5', 'provincial_admin_staff is not admitted to ศอ.จอส.จว.สน.'), ('SKN-5P', 'order from the provincial office account, not the provincial volunteer centre')])
    msg(G, T(23, '16:14:02'), 'palad', 'หนังสือของกลุ่มงานปกครองให้ส่งทางกลุ่มข้อสั่งการ ปค.สน. นะครับ กลุ่มนี้ใช้สำหรับงานจิตอาสาครับ')
    msg(G, T(23, '20:45:16'), 'v_phuphan', 'คืนนี้ ภูพาน ๖ องศาค่ะ จิตอาสาออกแจกผ้าห่มคนไร้บ้านที่ตลาดนัดอีกรอบค่ะ 🥶')

    # ------------- Wednesday 24 -------------
    msg(G, T(24, '06:40:05'), 'c_taongoi', 'ส่งต่อจากกรมอุตุนิยมวิทยา: ประกาศฉบับที่ ๘ อากาศหนาวถึงหนาวจัด ภาคตะวันออกเฉียงเหนืออุณหภูมิต่ำสุด ๖-๙ องศา ยอดภูลดลง ๓-๕ องศา ระหว่าง ๒๔-๒๘ ธ.ค. https://www.tmd.go.th/',
        nm='forwarded weather news from a district chief, no instruction of his own: not an order (no SKN-5P)')
    O7t = T(24, '08:30:40')
    o7d = ['เมืองสกลนคร', 'พรรณานิคม', 'พังโคน', 'สว่างแดนดิน']
    order('O7', O7t, 'palad',
          'ขอให้ อ.เมืองสกลนคร อ.พรรณานิคม อ.พังโคน และ อ.สว่างแดนดิน ซึ่งได้รับผ้าห่มจากเหล่ากาชาดจังหวัดรอบที่ ๒ รายงานความคืบหน้าการแจกจ่าย (ได้รับ/แจกแล้ว/คงเหลือ) ภายใน 12.00 น. ของวันที่ 25 ธ.ค. 68 ครับ',
          T(25, '12:00:00'), o7d, 'ภายใน 12.00 น. ของวันที่ 25 ธ.ค. 68: Thu 25 Dec 12:00', 'progress of Red Cross blanket distribution (4 districts)')
    acks(O7t, 3, pool=[k for d in o7d for k in people(d)], minutes=20)
    O8t = T(24, '11:00:18')
    order('O8', O8t, 'pvol1',
          'ขอให้ทุกอำเภอจัดทำแผนการจัดจิตอาสาพระราชทานร่วมปฏิบัติงาน ณ จุดตรวจ/จุดบริการประชาชน ช่วง ๗ วันอันตราย เทศกาลปีใหม่ ๒๕๖๙ (๒๙ ธ.ค. ๖๘ - ๔ ม.ค. ๖๙) ตามแบบที่แนบ แล้วส่งในกลุ่มนี้ ภายใน ๓ วัน ครับ',
          T(29, '23:59:59'), DISTRICTS,
          'ภายใน ๓ วัน from Wed 24 Dec: day 1 = Thu 25, day 2 = Fri 26, day 3 = Sat 27 (weekend) -> moved to the next working day, Mon 29 Dec, end of day; after the log ends, so unanswered districts are not-due',
          'volunteer duty plan for the seven dangerous days', attach='แบบแผนจิตอาสา_7วันอันตราย.xlsx')
    R2 = msg(G, T(24, '11:42:26'), 'pvol2', 'เร่งรัดค่ะ อำเภอที่ยังไม่ได้รายงานจำนวนจิตอาสาจราจร ได้แก่ อ.กุสุมาลย์ อ.ส่องดาว อ.คำตากล้า ขอให้รายงานตามกำหนดเวลาก่อนเที่ยงวันนี้นะคะ',
             replyTo=ORDERS['O5']['msg'], nm='reminder of O5 (เร่งรัด, reply to the order): no new duty')
    acks(O8t, 4, minutes=30)
    msg(G, T(24, '15:02:55'), 'cd_akat', 'สอบถามครับ แผนจิตอาสาช่วงปีใหม่ ให้รวมจุดบริการของ อปท. ด้วยหรือเฉพาะจุดหลักของอำเภอครับ')
    msg(G, T(24, '15:06:10'), 'pvol1', 'รวมทุกจุดที่มีจิตอาสาพระราชทานไปปฏิบัติครับ')
    msg(G, T(24, '20:31:40'), 'd2_wanon', None, 'system', event='leave')
    msg(G, T(24, '21:05:12'), 'c_mueang', 'ขอบคุณจิตอาสาทุกอำเภอที่มาช่วยงานแห่ดาวท่าแร่คืนนี้ครับ คนมาเที่ยวเยอะมาก ผ่านไปด้วยความเรียบร้อย 🎄⭐')
    photos(G, T(24, '21:05:12'), 'c_mueang', 3, 'แห่ดาวท่าแร่')

    # ------------- Thursday 25 -------------
    msg(G, T(25, '07:02:40'), 'v_mueang', 'Merry Christmas ค่ะทุกท่าน 🎄 สุขสันต์วันคริสต์มาสค่ะ')
    msg(G, T(25, '07:06:10'), 'cd_phon', None, 'sticker', attachment='sticker:10855')
    O9t = T(25, '09:00:09')
    order('O9', O9t, 'pvol2',
          'ขอให้ทุกอำเภอแจ้งชื่อและเบอร์โทรศัพท์ผู้ประสานงานจิตอาสาประจำศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนนอำเภอ (ศปถ.อ.) ภายในวันศุกร์ที่ ๒๖ ธ.ค. นี้ค่ะ',
          T(26, '23:59:59'), DISTRICTS, 'ภายในวันศุกร์ที่ ๒๖ ธ.ค.: to the end of Fri 26 Dec (23:59:59), after the log ends at 21:4x, so unanswered districts are not-due',
          'name and phone of each district road-safety centre volunteer coordinator')
    acks(O9t, 4, minutes=20)
    msg(G, T(25, '10:31:18'), 'v_banmuang', 'สอบถามค่ะ ผู้ประสานงานเป็นปลัดอำเภอได้ไหมคะ หรือต้องเป็นจิตอาสาภาคประชาชน')
    msg(G, T(25, '10:35:00'), 'pvol2', 'เป็นเจ้าหน้าที่ของอำเภอได้ค่ะ ขอเบอร์ที่ติดต่อได้ตลอด ๒๔ ชม.')
    O10t = T(25, '14:00:27')
    order('O10', O10t, 'palad',
          'ขอให้ทุกอำเภอรายงานผลการจัดกิจกรรมจิตอาสาพัฒนา เนื่องในวันที่ ๒๕ ธ.ค. ๖๘ (สถานที่ / จำนวนจิตอาสา) พร้อมภาพถ่ายกิจกรรม ภายใน 24 ชม. ครับ',
          O10t + dt.timedelta(hours=24), DISTRICTS, 'ภายใน 24 ชม.: Thu 25 Dec 14:00:27 + 24 h = Fri 26 Dec 14:00:27', 'results of the 25 December volunteer work day, with photos')
    acks(O10t, 5, minutes=30)
    msg(G, T(25, '22:48:30'), 'cd_nikhom', 'แจ้งข้อมูลครับ คืนนี้ ต.สุวรรณคาม มีผู้สูงอายุหมดสติจากอากาศหนาว นำส่ง รพ.นิคมน้ำอูนแล้ว อาการปลอดภัยครับ',
        nm='late-night information from a coordinating deputy, not a report on O2 (which asked for the numbers of people checked); no order, no SKN-5P')

    # ------------- Friday 26 -------------
    msg(G, T(26, '07:00:14'), 'pvol1', 'อรุณสวัสดิ์วันศุกร์ครับ 🌞 วันสุดท้ายของสัปดาห์ ขอให้ทุกอำเภอตรวจสอบรายงานที่ค้างด้วยนะครับ')
    O11t = T(26, '08:30:02')
    order('O11', O11t, 'pvol1',
          'ขอให้ทุกอำเภอรายงานยอดผ้าห่มและเสื้อกันหนาวคงเหลือ ณ ศอ.จอส.อ. (เพื่อจังหวัดพิจารณาจัดสรรเพิ่มให้อำเภอที่ขาด) ภายในเวลา ๑๕.๐๐ น. วันนี้ครับ',
          T(26, '15:00:00'), DISTRICTS, 'ภายในเวลา ๑๕.๐๐ น. วันนี้: Fri 26 Dec 15:00', 'stock of blankets and warm clothes left at each district centre')
    acks(O11t, 5, minutes=25)
    O12t = T(26, '10:00:40')
    order('O12', O12t, 'pvol2',
          'ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่เข้าร่วมอบรมหลักสูตรจิตอาสาภัยพิบัติ (ออนไลน์) เมื่อวันที่ ๒๒-๒๓ ธ.ค. ๖๘ ค่ะ',
          O12t + dt.timedelta(hours=24), DISTRICTS, 'no deadline in the text: the rule default of 24 hours, Fri 26 Dec 10:00:40 + 24 h = Sat 27 Dec 10:00:40, after the log ends, so unanswered districts are not-due',
          'attendance at the online disaster-volunteer course')
    acks(O12t, 3, minutes=20)
    R3 = msg(G, T(26, '13:20:36'), 'palad', 'ย้ำครับ รายงานผลกิจกรรมจิตอาสา ๒๕ ธ.ค. พร้อมภาพถ่าย ครบกำหนด ๑๔.๐๐ น. วันนี้ อำเภอที่ยังไม่ได้รายงานขอให้เร่งรายงานครับ',
             replyTo=ORDERS['O10']['msg'], nm='reminder of O10 (ย้ำ, reply to the order): no new duty')
    R4 = msg(G, T(26, '16:00:21'), 'pvol1', 'อำเภอที่ยังไม่ได้รายงานยอดผ้าห่มคงเหลือ: อ.กุดบาก ขอให้รายงานด่วนครับ (เลยกำหนด ๑๕.๐๐ น. แล้ว)',
             nm='reminder of O11 naming who still owes: no new duty')
    msg(G, T(26, '17:10:50'), 'pvol2', 'รายงานผลการปฏิบัติงาน ศอ.จอส.จว.สน. ประจำสัปดาห์ (๒๒-๒๖ ธ.ค. ๖๘)\n- มอบผ้าห่มกันหนาวรวม ๔,๘๒๐ ผืน\n- ตรวจเยี่ยมกลุ่มเปราะบาง ๑,๓๕๖ ราย\n- จิตอาสาร่วมกิจกรรม ๒,๑๐๔ คน\nเรียน ปจ.สน. เพื่อโปรดทราบค่ะ',
        rules=[('SKN-5P', 'a report posted by the province-level volunteer officer; reports in this group come from the districts')])
    photos(G, T(26, '17:10:50'), 'pvol2', 2, 'สรุปผลประจำสัปดาห์')
    msg(G, T(26, '17:25:31'), 'palad', 'ขอบคุณศูนย์ฯ จังหวัดและทุกอำเภอครับ 👍')
    msg(G, T(26, '21:35:12'), 'pvol1', 'ขอบคุณทุกอำเภอครับ รายงานที่ยังค้าง (แผนจิตอาสา ๗ วันอันตราย / ผู้ประสานงาน ศปถ.อ. / ผู้เข้าอบรม) ส่งได้ตามกำหนดเวลาครับ ขอให้ทุกท่านพักผ่อน เดินทางปลอดภัยครับ 🙏',
        nm='the last message of the log (the time missing reports are judged at): courtesy plus a pointer to deadlines still running, no new order and no new duty')
    return dict(cold=cold, o7d=o7d)

def plan_answers():
    """the hand-made answer plan: order -> district -> (time or None, options)"""
    P = {}
    # O1: deadline Tue 23 08:40:12
    O1_w = [(22, '09:20', 22, '15:20'), (22, '15:40', 22, '20:50'), (23, '07:00', 23, '08:30')]
    P['O1'] = {d: dict(win=O1_w) for d in DISTRICTS}
    P['O1']['โคกศรีสุพรรณ'] = dict(t=T(23, '10:15:40'), late=True, prefix='ขออภัยที่ล่าช้าครับ ')
    P['O1']['เจริญศิลป์'] = None          # missing
    P['O1']['วานรนิวาส'] = dict(t=T(23, '08:39:30'), nm='report one minute before the 08:40:12 deadline: on time')
    P['O1']['คำตากล้า'] = dict(t=T(22, '11:05:20'), who='cd_khamta', nm='report by a person with two roles (coordinating deputy and district volunteer officer) acting as volunteer officer: counts for คำตากล้า')
    P['O1']['บ้านม่วง'] = dict(t=T(22, '13:40:10'), style='reply', nm='report sent as a reply to the order: on time')
    P['O1']['วาริชภูมิ'] = dict(t=T(22, '10:02:10'), who='cd_warit', style='text', nm="coordinating deputy's report in ศอ.จอส.จว.สน.: a district report, allowed (no SKN-5P)")
    # O2: deadline Mon 16:30
    W2 = [(22, '11:30', 22, '16:20')]
    P['O2'] = {d: dict(win=W2) for d in ['ส่องดาว', 'วาริชภูมิ', 'ภูพาน', 'กุดบาก', 'เต่างอย', 'นิคมน้ำอูน']}
    P['O2']['เต่างอย'] = dict(t=T(22, '18:20:05'), late=True, prefix='ขออภัยครับ เพิ่งได้ยอดจากตำบลครบ ')
    P['O2']['นิคมน้ำอูน'] = None
    P['O2']['ส่องดาว'] = dict(t=T(22, '16:29:10'), who='v_songdao')
    P['O2']['พังโคน'] = dict(t=T(22, '15:10:20'), extra=True, nm='พังโคน is not named in O2 (cold-zone districts only) but reports anyway: no duty, no finding')
    # O3: deadline Tue 23 23:59:59, photos
    W3 = [(22, '15:50', 22, '20:30'), (23, '07:30', 23, '21:00')]
    P['O3'] = {d: dict(win=W3) for d in DISTRICTS}
    P['O3']['อากาศอำนวย'] = dict(t=T(24, '07:50:12'), late=True, style='photos+caption')
    P['O3']['บ้านม่วง'] = dict(t=T(24, '09:20:44'), late=True, style='photos')
    P['O3']['พรรณานิคม'] = dict(t=T(23, '08:12:20'), style='photos', nm='photos sent alone after an order that asks for photos: a report, on time')
    # O5: deadline Wed 24 12:00
    W5 = [(23, '10:30', 23, '20:00'), (24, '07:30', 24, '11:50')]
    P['O5'] = {d: dict(win=W5) for d in DISTRICTS}
    P['O5']['กุสุมาลย์'] = dict(t=T(24, '13:10:30'), late=True)
    P['O5']['ส่องดาว'] = dict(t=T(24, '16:45:02'), late=True, who='c_songdao', nm=None)
    P['O5']['คำตากล้า'] = None
    P['O5']['พังโคน'] = dict(t=T(23, '15:22:48'), sender=('raw', 'ปลัดเอ็ม  พังโคน', 'cd_phangkhon'), style='text',
                             nm='display name with a doubled space ("ปลัดเอ็ม  พังโคน") but the LINE user id of the coordinating deputy of พังโคน: matched by user id, on time, not an outsider')
    P['O5']['เจริญศิลป์'] = dict(t=T(24, '11:58:30'), nm='report two minutes before the noon deadline: on time')
    # O7: deadline Thu 12:00
    W7 = [(24, '09:30', 24, '18:00'), (25, '08:00', 25, '11:30')]
    P['O7'] = {d: dict(win=W7) for d in ['เมืองสกลนคร', 'พรรณานิคม', 'พังโคน', 'สว่างแดนดิน']}
    P['O7']['สว่างแดนดิน'] = dict(t=T(25, '15:40:09'), late=True)
    P['O7']['ภูพาน'] = None  # placeholder removed below
    del P['O7']['ภูพาน']
    # O8: deadline Mon 29 (not due); 10 answer
    W8 = [(24, '13:00', 24, '20:00'), (25, '08:00', 25, '13:50'), (26, '08:00', 26, '20:30')]
    ans8 = ['เมืองสกลนคร', 'กุสุมาลย์', 'พรรณานิคม', 'พังโคน', 'วาริชภูมิ', 'วานรนิวาส', 'บ้านม่วง', 'ส่องดาว', 'เต่างอย', 'โพนนาแก้ว']
    P['O8'] = {d: (dict(win=W8) if d in ans8 else 'notdue') for d in DISTRICTS}
    # O9: deadline Fri 23:59:59 (not due for the silent ones)
    W9 = [(25, '09:30', 25, '13:50'), (26, '08:00', 26, '20:00')]
    ans9 = ['กุสุมาลย์', 'กุดบาก', 'พังโคน', 'นิคมน้ำอูน', 'คำตากล้า', 'อากาศอำนวย', 'ส่องดาว', 'โคกศรีสุพรรณ', 'ภูพาน']
    P['O9'] = {d: (dict(win=W9) if d in ans9 else 'notdue') for d in DISTRICTS}
    # O10: deadline Fri 14:00:27
    W10 = [(25, '15:00', 25, '20:30'), (26, '07:20', 26, '13:50')]
    P['O10'] = {d: dict(win=W10) for d in DISTRICTS}
    P['O10']['พรรณานิคม'] = dict(t=T(26, '16:20:31'), late=True, prefix='ขออภัยค่ะ ส่งล่าช้า ')
    P['O10']['วานรนิวาส'] = dict(t=T(26, '14:05:12'), late=True, style='photos')
    P['O10']['ภูพาน'] = None
    P['O10']['โพนนาแก้ว'] = None
    P['O10']['เต่างอย'] = dict(t=T(26, '13:59:05'), style='photos', nm='photos alone 1.5 minutes before the 14:00:27 deadline of an order asking for photos: on time')
    # O11: deadline Fri 15:00
    W11 = [(26, '09:00', 26, '14:50')]
    P['O11'] = {d: dict(win=W11) for d in DISTRICTS}
    P['O11']['เมืองสกลนคร'] = dict(t=T(26, '15:20:45'), late=True)
    P['O11']['กุดบาก'] = None
    # O12: deadline Sat 10:00 (not due)
    W12 = [(26, '10:30', 26, '20:30')]
    ans12 = ['เมืองสกลนคร', 'พังโคน', 'วานรนิวาส', 'สว่างแดนดิน', 'เจริญศิลป์', 'ภูพาน']
    P['O12'] = {d: (dict(win=W12) if d in ans12 else 'notdue') for d in DISTRICTS}
    return P

def ok_time(t, okey, style):
    # keep random answers out of the minutes right after any order of this group
    for o in ORDERS.values():
        ot = o['msg']['t']
        if ot - dt.timedelta(minutes=2) <= t <= ot + dt.timedelta(minutes=6):
            return False
    # photos only inside the windows of the orders that ask for photos, for those orders
    photo_win = [(ORDERS['O3']['msg']['t'], T(23, '23:59:59')), (ORDERS['O10']['msg']['t'], T(26, '14:00:27'))]
    if 'photos' in style and okey not in ('O3', 'O10'):
        if any(a <= t <= b for a, b in photo_win) or (okey == 'O1' and t > ORDERS['O3']['msg']['t']):
            return False
    return True

def build_answers():
    P = plan_answers()
    for okey, plan in P.items():
        for d, spec in plan.items():
            if spec is None or spec == 'notdue':
                continue
            style = spec.get('style')
            if 't' in spec:
                t = spec['t']
            else:
                for _ in range(200):
                    t = rand_time(spec['win'])
                    style = style or RNG.choice([x[0] for x in TPL[okey]])
                    if ok_time(t, okey, style):
                        break
                    style = spec.get('style')
                else:
                    raise RuntimeError('no time for %s %s' % (okey, d))
            if style is None:
                st = [x[0] for x in TPL[okey]]
                if okey in ('O1', 'O5', 'O7', 'O8', 'O9', 'O11', 'O12'):
                    st = [x for x in st if 'photos' not in x] or st
                style = RNG.choice(st)
            who = spec.get('who')
            if d == 'ส่องดาว' and (who or '').startswith('c_songdao'):
                pass
            answer(okey, d, t, style=style, who=who, nm=spec.get('nm'), sender_override=spec.get('sender'), prefix=spec.get('prefix', ''))
