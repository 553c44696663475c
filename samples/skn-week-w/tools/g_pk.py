# ข้อสั่งการ ปค.สน. : written out as an English-UI phone export with Buddhist-era dates.
import datetime as dt
from framework import *

G = G_PK
PKORD = {}   # key -> dict(msg, to, deadline)

def S(key, who, sticker=None):
    return key

def order(key, t, who, text, to, deadline, nphotos=0, photo_first=False, nfiles=0):
    if photo_first:
        ps = photos(G, t, who, nphotos, 'letter_%s' % key, gap=(5, 20), alone=True)
        t = after(ps[-1]['t'], 70)
        m = msg(G, t, who, text, cont=True, key=key)
        first = ps[0]
    else:
        m = msg(G, t, who, text, key=key)
        first = m
        tt = t
        for i in range(nfiles):
            tt = after(tt, 30)
            msg(G, tt, who, None, 'file', attachment='%s.pdf' % key, cont=True)
        if nphotos:
            photos(G, tt, who, nphotos, 'letter_%s' % key, gap=(5, 20))
    PKORD[key] = dict(msg=first, text_msg=m, to=to, deadline=deadline)
    return m

def A(t, who, text=None, type='text', pk=None, note=None, **kw):
    """a member's post in the group: always SKN-2P (added automatically when the sender is not the office)"""
    if type == 'sticker':
        m = msg(G, t, who, None, 'sticker', pk=pk, attachment='sticker', **kw)
    elif type in ('image', 'file'):
        m = msg(G, t, who, None, type, pk=pk, attachment='x', **kw)
    else:
        m = msg(G, t, who, text, pk=pk, **kw)
    m['pknote'] = note
    return m

def build():
    # ---------------- Mon 22 ----------------
    order('K1', T(22, '08:15:00'), 'ofc1',
          'ด่วนที่สุด\nที่ สน ๐๐๑๘.๓/ว ๒๕๖๔๑ ลงวันที่ ๑๙ ธันวาคม ๒๕๖๘\nเรื่อง การให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว)\nเรียน นายอำเภอ ทุกอำเภอ\nจังหวัดสกลนครได้ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยหนาว) แล้ว จึงขอให้อำเภอที่ประกาศเขตภัยหนาว รายงานสถานการณ์และการให้ความช่วยเหลือตามแบบ ภภ.๐๑ ให้จังหวัดทราบ ภายในวันที่ ๒๓ ธ.ค. ๖๘ รายละเอียดตามสิ่งที่ส่งมาด้วย',
          'the districts declared cold-weather zones ("อำเภอที่ประกาศเขตภัยหนาว", not listed)', 'by the end of Tue 23 Dec', nphotos=3, photo_first=True)
    A(T(22, '08:19'), 'cd_songdao', 'รับทราบครับ', pk='K1')
    A(T(22, '08:20'), 'c_phuphan', type='sticker', pk='K1')
    A(T(22, '08:22'), 'c_taongoi', 'ทราบครับ', pk='K1')
    A(T(22, '08:25'), 'c_akat', 'ร้บทราบครับ', pk='K1')
    A(T(22, '08:31'), 'cd_warit', 'รับทราบครับ ขอสอบถามว่าแบบ ภภ.๐๑ ส่งเป็นไฟล์ excel ได้ไหมครับ', pk='K1', note='an ack that goes on to ask a question')
    msg(G, T(22, '08:40'), 'palad', 'กลุ่มนี้ไม่ต้องตอบรับนะครับ หนังสือส่งถึงอำเภอแล้วถือว่ารับทราบ มีข้อสงสัยโทรสอบถามกลุ่มงานปกครองได้โดยตรงครับ',
        nm='the palad telling members not to acknowledge: the office may post here; not an SKN-2P finding')
    A(T(22, '08:42'), 'c_kusuman', '🙏', pk=None, note='a lone 🙏 right after the palad asked for no acknowledgements')
    inv = msg(G, T(22, '09:02'), 'c_warit', None, 'system', event='invite', target=dn('d_warit'), target_person='d_warit',
              rules=[('SKN-2', 'invitee: a deputy_district_chief who is not the coordinating deputy', 'T'),
                     ('SKN-ALL', 'invitee: on the roster but not admitted to ข้อสั่งการ ปค.สน.', 'T'),
                     ('SKN-ALL', 'inviter: invited a roster person who is not admitted', 'S')])
    A(T(22, '09:05'), 'd_warit', 'สวัสดีครับ ปลัดเบิร์ด อ.วาริชภูมิ ครับ ท่านนายอำเภอให้เข้ากลุ่มมารับหนังสือแทนครับ 🙏', note='a greeting (chat) by the deputy invited at 09:02; his SKN-2 and the SKN-ALL pair are at the invite line')
    order('K2', T(22, '13:00:00'), 'ofc2',
          'ขอให้ อ.ส่องดาว อ.วาริชภูมิ อ.ภูพาน อ.กุดบาก อ.เต่างอย และ อ.นิคมน้ำอูน รายงานจำนวนผ้าห่มและเครื่องกันหนาวที่ได้รับจัดสรรจากจังหวัด พร้อมยอดที่แจกจ่ายแล้ว ภายในวันที่ ๒๔ ธ.ค. ๖๘ ครับ',
          'ส่องดาว, วาริชภูมิ, ภูพาน, กุดบาก, เต่างอย, นิคมน้ำอูน (list in the text)', 'by the end of Wed 24 Dec', nfiles=1)
    A(T(22, '13:04'), 'c_nikhom', type='sticker', pk='K2')
    A(T(22, '13:40'), 'cd_nikhom', 'นิคมน้ำอูน ได้รับผ้าห่ม ๘๐๐ ผืน แจกแล้ว ๖๕๐ ผืนครับ', pk='K2',
      note='a coordinating deputy answering for his district')
    A(T(22, '14:12'), 'v_kudbak', 'กุดบาก รับ ๕๐๐ แจก ๔๒๐ ครับ', pk='K2',
      rules=[('SKN-2', 'a district volunteer officer is not admitted to ข้อสั่งการ ปค.สน.')])
    msg(G, T(22, '15:40'), None, 'ปอ.ประสานงาน กุดบาก unsent a message.', 'system', event='unsend',
        nm='an unsend notice (3-column system line) is not a post')
    A(T(22, '15:41'), 'cd_kudbak', 'กุดบากขอรายงานแทนครับ ได้รับผ้าห่ม ๕๐๐ ผืน แจกจ่ายแล้ว ๔๒๐ ผืน เสื้อกันหนาว ๒๐๐ ตัว แจกครบแล้วครับ', pk='K2')
    msg(G, T(22, '17:32'), ('raw', 'Jib ประกันภัย 💰', None), None, 'system', event='join',
        rules=[('OUTSIDER', 'joined the group (link/QR code), not on the roster')])

    # ---------------- Tue 23 ----------------
    msg(G, T(23, '07:10'), ('raw', 'Jib ประกันภัย 💰', None), None, 'system', event='leave')
    order('K3', T(23, '08:30:00'), 'ofc1',
          'ที่ สน ๐๐๑๘.๒/ว ๒๕๘๐๐ ลงวันที่ ๒๒ ธ.ค. ๒๕๖๘\nเรื่อง การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ พ.ศ. ๒๕๖๙ (๒๙ ธ.ค. ๖๘ - ๔ ม.ค. ๖๙)\nขอให้ทุกอำเภอจัดตั้งศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนนอำเภอ และรายงานคำสั่งแต่งตั้งพร้อมจุดตรวจหลัก/จุดบริการ ภายในวันที่ ๒๖ ธ.ค. ๖๘',
          'all districts', 'by the end of Fri 26 Dec', nphotos=3)
    for t, who, kind, txt in [('08:33', 'c_banmuang', 'sticker', None), ('08:34', 'cd_phon', 'text', 'รับทราบครับ'),
                              ('08:35', 'c_khamta', 'text', 'ทราบครับผม'), ('08:36', 'cd_sawang', 'sticker', None),
                              ('08:38', 'c_mueang', 'text', 'รับทราบและถือปฏิบัติครับ'), ('08:41', 'cd_khoksi', 'text', 'รับทาบครับ'),
                              ('08:45', 'c_charoen', 'sticker', None)]:
        A(T(23, t), who, txt, type=kind, pk='K3')
    A(T(23, '09:20'), 'cd_akat', 'สอบถามครับ ส่งคำสั่งแต่งตั้งเป็นไฟล์ pdf ทาง e-mail ได้ไหมครับ', pk='K3', note='a question to the office')
    msg(G, T(23, '09:26'), 'ofc2', 'ส่งทาง e-mail กลุ่มงานปกครองได้ครับ', nm='the office answering a question: the office may post here')
    A(T(23, '10:05'), 'cd_phon', '📌 อ.โพนนาแก้ว ศูนย์ฯ อำเภอ ตั้งที่หน้าที่ว่าการอำเภอ จุดตรวจหลัก ๒ จุด จุดบริการ ๓ จุดครับ', pk='K3')
    A(T(23, '10:48'), 'cd_phanna', type='file', pk='K3', note='a file alone (the district order), answering K3')
    A(T(23, '11:15'), 'c_banmuang', 'บ้านม่วงจะส่งคำสั่งแต่งตั้งภายในวันพรุ่งนี้ครับ อยู่ระหว่างเสนอนายอำเภอลงนาม', pk='K3', note='a promise of a later answer')
    order('K4', T(23, '14:00:00'), 'ofc3',
          'ขอให้อำเภอตามรายชื่อในโพสต์ถัดไป รายงานจำนวนคนไร้บ้านและผู้ไร้ที่พึ่งในพื้นที่ที่ได้รับการช่วยเหลือช่วงภัยหนาว ภายในเวลา ๑๖.๐๐ น. วันพรุ่งนี้ค่ะ',
          'the six cold-zone districts (listed in the next post)', 'Wed 24 Dec 16:00')
    msg(G, T(23, '14:01'), 'ofc3', 'อำเภอที่ประกาศเขตภัยหนาว ได้แก่ อ.ส่องดาว / อ.วาริชภูมิ / อ.ภูพาน / อ.กุดบาก / อ.เต่างอย / อ.นิคมน้ำอูน', cont=True,
        nm='second post of K4 listing the districts: the office posting')
    A(T(23, '14:06'), 'c_nikhom', type='sticker', pk='K4')
    A(T(23, '15:30'), 'cd_taongoi', '๓ ราย ครับ', pk='K4', note='figures alone (เต่างอย)')
    A(T(23, '16:02'), 'c_kusuman', 'กุสุมาลย์ไม่มีคนไร้บ้านครับ ผู้ไร้ที่พึ่ง ๓ ราย ส่ง พมจ. ดูแลแล้ว', pk='K4',
      note='a district not named in K4 answering anyway')
    A(T(23, '17:20'), 'cd_songdao', 'อ.ส่องดาว ขอรายงาน\n๑) ศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนนอำเภอ จัดตั้งแล้ว ตามคำสั่งอำเภอที่ ๘๗๒/๒๕๖๘\n๒) คนไร้บ้าน ๔ ราย ได้รับผ้าห่มและอาหารแล้วครับ', pk='K3+K4',
      note='one numbered post answering two orders (K3 and K4)')

    # ---------------- Wed 24 ----------------
    f = msg(G, T(24, '09:00'), 'ofc1', None, 'file', attachment='NoGiftPolicy.pdf', key='K5')
    m = msg(G, T(24, '09:01'), 'ofc1', 'หนังสือกระทรวงมหาดไทย ที่ มท ๐๒๐๖.๒/ว ๕๙๑๒ เรื่อง ขอความร่วมมืองดให้และงดรับของขวัญ (No Gift Policy) เนื่องในเทศกาลปีใหม่ ๒๕๖๙ แจ้งอำเภอทราบและถือปฏิบัติ ไม่ต้องรายงานผล', cont=True)
    PKORD['K5'] = dict(msg=f, text_msg=m, to='all districts (information, ไม่ต้องรายงานผล)', deadline='none')
    A(T(24, '09:04'), 'c_phangkhon', 'รับทราบครับ', pk='K5')
    A(T(24, '09:05'), 'cd_warit', '🙏', pk='K5')
    A(T(24, '09:30'), 'cd_taongoi', 'อ.เต่างอย คนไร้บ้าน ๓ ราย อยู่บริเวณตลาดเต่างอย ๒ ราย ศาลาวัด ๑ ราย ได้รับผ้าห่ม อาหาร และส่งต่อ พมจ. แล้วครับ', pk='K4',
      note='detail following his figures of Tue')
    order('K6', T(24, '13:30:00'), 'ofc2',
          'ขอให้อำเภอดังต่อไปนี้\n๑. อ.ส่องดาว\n๒. อ.วาริชภูมิ\n๓. อ.ภูพาน\n๔. อ.กุดบาก\n๕. อ.เต่างอย\n๖. อ.นิคมน้ำอูน\nสำรวจความต้องการเครื่องกันหนาวเพิ่มเติม (ผ้าห่ม/เสื้อกันหนาว/หมวกไหมพรม) แยกรายตำบล ส่งภายในวันศุกร์ที่ ๒๖ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น.',
          'the six cold-zone districts (numbered list)', 'Fri 26 Dec 12:00', nphotos=1)
    A(T(24, '13:35'), 'c_songdao', 'รับทราบครับ', pk='K6')
    A(T(24, '14:25'), 'c_warit', 'วาริชภูมิ ต้องการผ้าห่มเพิ่ม ๓๕๐ ผืน เสื้อกันหนาว ๒๐๐ ตัว หมวก ๑๕๐ ใบ ครับ', pk='K6',
      note='re-sent here after first posting it in ข้อสั่งการ ปจ.สน. by mistake')
    A(T(24, '14:41'), 'd_phuphan', 'รับทราบครับ', pk='K6', note='ambiguous')
    A(T(24, '15:58'), 'cd_phuphan', type='image', pk='K6', note='a table of needs as a photo (ภูพาน)')
    A(T(24, '16:10'), 'cd_warit', 'อ.วาริชภูมิ คนไร้บ้าน ๒ ราย ได้รับการช่วยเหลือแล้วครับ', pk='K4')
    A(T(24, '16:45'), 'c_sawang', 'ขอบคุณครับ', pk=None, note='a thank-you (chat)')

    # ---------------- Thu 25 ----------------
    A(T(25, '09:10'), 'cd_kudbak', 'ขออภัยครับ รายงานช้า กุดบาก คนไร้บ้าน ๑ ราย ผู้ไร้ที่พึ่ง ๒ ราย ช่วยเหลือแล้วครับ', pk='K4',
      note='late answer, a day after the K4 deadline')
    order('K7', T(25, '09:30:00'), 'ofc3',
          'ด่วน ปิดงวดเบิกจ่ายไตรมาส ๑ ปีงบประมาณ ๒๕๖๙ ขอให้ทุกอำเภอส่งหลักฐานการเบิกจ่ายค่าตอบแทน อส. และค่าใช้จ่ายศูนย์ดำรงธรรมอำเภอ ภายใน 12.00 น. ของวันที่ 26 ธ.ค. 68 เพื่อให้ทันการวางฎีกาของคลังจังหวัดรอบสุดท้ายของปี ค่ะ',
          'all districts', 'Fri 26 Dec 12:00', nfiles=1)
    A(T(25, '09:33'), 'cd_khoksi', type='sticker', pk='K7')
    A(T(25, '10:20'), 'cd_taongoi', type='file', pk='K7', note='a file alone (the payment documents)')
    A(T(25, '10:52'), 'c_khoksi', 'โคกศรีสุพรรณส่งทาง e-mail แล้วครับ', pk='K7')
    A(T(25, '11:30'), 'cd_kusuman', 'สอบถามครับ ค่าตอบแทน อส. เดือน ธ.ค. ให้รวมในงวดนี้ด้วยไหมครับ', pk='K7', note='a question to the office')
    order('K8', T(25, '15:00:00'), 'palad',
          'เรียน นอภ.เมืองสกลนคร คืนนี้เป็นคืนวันคริสต์มาส ประชาชนและนักท่องเที่ยวร่วมงานแห่ดาวที่ท่าแร่จำนวนมาก ขอให้จัดปลัดอำเภอเวรและ อส. ดูแลความปลอดภัยร่วมกับ สภ.ท่าแร่ และรายงานสถานการณ์ให้ทราบหลังเสร็จงานครับ',
          'เมืองสกลนคร only', 'after the event (no clock time)')
    A(T(25, '15:06'), 'c_phon', 'โพนนาแก้วจัด อส. ไปสมทบที่ท่าแร่ ๑๐ นายครับ', pk='K8', note='a district not named in K8 answering anyway')

    # ---------------- Fri 26 ----------------
    A(T(26, '07:45'), 'c_mueang', 'งานแห่ดาวคืนวันที่ ๒๕ ธ.ค. เสร็จเรียบร้อยเวลา ๐๐.๓๐ น. ไม่มีเหตุร้าย มีเด็กพลัดหลง ๒ ราย ส่งคืนผู้ปกครองแล้วครับ', pk='K8')
    order('K9', T(26, '08:40:00'), 'ofc1',
          'ขอให้ทุกอำเภอรายงานผลการตรวจเยี่ยมผู้สูงอายุและผู้ป่วยติดเตียงช่วงภัยหนาว สัปดาห์ที่ ๒ (จำนวนราย / ความช่วยเหลือที่ได้รับ) ภายในเวลา ๑๖.๐๐ น. วันนี้',
          'all districts', 'Fri 26 Dec 16:00', nphotos=2)
    A(T(26, '08:44'), 'cd_charoen', type='sticker', pk='K9')
    A(T(26, '08:46'), 'c_nikhom', 'ทราบครับ', pk='K9')
    msg(G, T(26, '10:30'), 'ofc3', 'อำเภอที่ยังไม่ส่งเอกสารเบิกจ่าย (ครบกำหนด ๑๒.๐๐ น. วันนี้) ได้แก่ อ.กุดบาก อ.คำตากล้า อ.ภูพาน อ.โพนนาแก้ว ขอให้ส่งด่วนค่ะ',
        nm='office reminder naming who still owes K7: the office posting')
    A(T(26, '10:41'), 'c_khamta', 'คำตากล้าส่งแล้วเมื่อวานทาง e-mail ครับ ขอให้ตรวจสอบอีกครั้งครับ', pk='K7')
    order('K10', T(26, '11:00:00'), 'ofc2',
          'ย้ำ อำเภอที่ยังไม่ส่งคำสั่งแต่งตั้งศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนนอำเภอ (หนังสือวันที่ ๒๓ ธ.ค.) ได้แก่ อ.กุดบาก อ.คำตากล้า อ.เจริญศิลป์ อ.ภูพาน ขอให้ส่งภายในวันนี้',
          'reminder of K3 to กุดบาก, คำตากล้า, เจริญศิลป์, ภูพาน', 'the K3 deadline (end of Fri 26 Dec)')
    A(T(26, '11:12'), 'c_charoen', 'เจริญศิลป์ส่งทาง e-mail แล้วครับ', pk='K3', dni=0)
    A(T(26, '11:20'), 'v_songdao', 'ส่องดาวส่งแบบสำรวจเครื่องกันหนาวแล้วนะคะ', pk='K6',
      rules=[('SKN-2', 'a district volunteer officer is not admitted to ข้อสั่งการ ปค.สน.')])
    A(T(26, '13:05'), 'cd_phuphan', 'ภูพานจะรายงานผลตรวจเยี่ยมภายในบ่ายนี้ครับ', pk='K9', note='a promise of a later answer')
    A(T(26, '14:50'), 'cd_phuphan', 'อ.ภูพาน ตรวจเยี่ยมผู้สูงอายุ ๑๘๔ ราย ผู้ป่วยติดเตียง ๓๒ ราย ได้รับผ้าห่มครบทุกรายครับ', pk='K9')
    A(T(26, '15:20'), 'v_charoen', type='image', pk='K9', note='photo of a table (เจริญศิลป์)',
      rules=[('SKN-2', 'a district volunteer officer is not admitted to ข้อสั่งการ ปค.สน.')])
    msg(G, T(26, '16:30'), 'palad', 'ขอบคุณทุกอำเภอครับ ย้ำอีกครั้ง กลุ่มนี้ใช้ส่งหนังสือสั่งการจากจังหวัดเท่านั้น ไม่ต้องตอบหรือรายงานในกลุ่ม ให้ส่งทาง e-mail หรือระบบสารบรรณครับ',
        nm='the palad reminding the rules: the office may post here')
