# หน.ส่วนราชการ-นอภ.สน. — governor, vice governors, agency heads, district chiefs.
from weeklib import Log, T, who
from roster_data import DISTRICTS
import random, datetime as dt
R = random.Random(31)
L = Log('heads.jsonl', 'หน.ส่วนราชการ-นอภ.สน.')
ALL = [k for k, _ in DISTRICTS]
HEADS = ['A%02d' % i for i in range(1, 13)]
G, V1, V2, V3 = 'G01', 'V01', 'V02', 'V03'
ACK = ['รับทราบครับท่าน', 'รับทราบค่ะท่าน', 'รับทราบครับ', 'รับทราบและถือปฏิบัติครับ', '🙏', 'ทราบครับท่าน', 'รับทราบครับผม 🙏', 'รับทราบค่ะ']
def acks(day, hm, n):
    t = T(day, hm)
    pool = HEADS + [who(d, 'C') for d in ALL]
    for p in R.sample(pool, n):
        t = t + dt.timedelta(minutes=R.randint(1, 4), seconds=R.randint(0, 50))
        if R.random() < 0.15:
            L.post(t, p, sticker=True)
        else:
            L.add(t, p, text=R.choice(ACK))

# Monday
L.post(T(1, '07:20'), 'A07', 'สวัสดีวันจันทร์ที่ ๑ ธันวาคม ๒๕๖๘ ครับ ☀️ ปชส.สกลนคร', photos=1)
L.add(T(1, '07:30'), G, text='สวัสดีครับทุกท่าน สัปดาห์นี้มีพิธีสำคัญวันที่ ๕ ธ.ค. ขอให้หัวหน้าส่วนราชการทุกท่านร่วมพิธีที่ลานหน้าศาลากลาง และเชิญชวนข้าราชการในสังกัดร่วมกิจกรรมจิตอาสาครับ',
      near='governor\'s order/news in the heads group: allowed (the group is for the governor\'s news and orders)')
acks(1, '07:31', 10)
L.post(T(1, '09:10'), 'A09', 'ขอเชิญร่วมงานกาชาดจังหวัดสกลนคร ประจำปี ๒๕๖๘ ณ สนามหน้าศาลากลางจังหวัด ชมการออกร้านของส่วนราชการและอำเภอ ซื้อสลากกาชาดช่วยเหลือผู้ยากไร้ค่ะ', photos=1,
       near='an agency head publicising the Red Cross fair: an invitation, not a report or a performance result, so not SKN-6P')
L.add(T(1, '10:15'), 'AS01', text='สวัสดีครับ ผมรอง พมจ. ครับ ท่าน พมจ. ไปราชการกรุงเทพฯ ทั้งสัปดาห์ ผมจะประสานงานในกลุ่มแทนนะครับ',
      viol=[('SKN-6', 'เจ๊ก พมจ.สน.', 'a deputy of an agency head (staff) in the heads group: heads must join in person')])
L.post(T(1, '11:00'), 'A04', 'ส่งต่อจากกรมควบคุมโรค: คำแนะนำการดูแลสุขภาพช่วงอากาศหนาว ระวังโรคปอดอักเสบในผู้สูงอายุและเด็กเล็กครับ', photos=1,
       near='an agency head forwarding public-health advice: a forward, not the agency\'s own report')
L.sys(T(1, '14:00'), 'A02', 'invite', target='AS02', text='เกษตรจังหวัด สน. 🌾 เชิญ ธุรการเกษตร สน. เข้าร่วมกลุ่ม',
      viol=[('SKN-ALL', 'ธุรการเกษตร สน.', 'invitee: a clerk (staff) on the roster, not admitted to the heads group'),
            ('SKN-ALL', 'เกษตรจังหวัด สน. 🌾', 'inviter of a roster person not admitted to the group')])
L.add(T(1, '14:05'), 'A02', text='เพิ่มน้องธุรการเข้ามาช่วยส่งข่าวนะครับ')
L.add(T(1, '16:20'), 'A10', text='ขอสอบถามนายอำเภอภูพานครับ ถนนขึ้นจุดชมวิวช่วงปีใหม่จะปิดซ่อมไหมครับ')
L.add(T(1, '16:35'), who('phuphan', 'C'), text='ไม่ปิดครับ อบต. ซ่อมเสร็จแล้วครับ')
# Tuesday
L.post(T(2, '08:00'), 'A01', 'ขอรายงานผลการดำเนินงานครับ สำนักงานพัฒนาชุมชนจังหวัดสกลนคร ได้รับรางวัลชนะเลิศ การขับเคลื่อนโครงการโคก หนอง นา ระดับภาค ประจำปี ๒๕๖๘ ขอขอบคุณทุกอำเภอครับ', photos=2,
       viol=[('SKN-6P', 'พัฒนาการจังหวัดสกลนคร', 'an agency\'s own achievement / performance result posted in the heads group')])
for i, (p, tx) in enumerate([(G, 'ยินดีด้วยครับ 👏'), ('A06', 'ยินดีด้วยครับ'), (who('kusuman', 'C'), 'ยินดีด้วยครับท่าน'), ('A11', 'ยินดีด้วยค่ะ 🎉')]):
    L.add(T(2, f'08:{6 + i * 2:02d}'), p, text=tx)
L.sys(T(2, '09:30'), 'ผ้าห่มนวม ขายส่ง 📦', 'join', text='ผ้าห่มนวม ขายส่ง 📦 เข้าร่วมกลุ่มด้วยคิวอาร์โค้ด', sid='U' + '0fa1' * 8,
      viol=[('OUTSIDER', 'ผ้าห่มนวม ขายส่ง 📦', 'a seller not on the roster joined by QR code')])
L.post(T(2, '09:31'), 'ผ้าห่มนวม ขายส่ง 📦', 'ผ้าห่มนวมกันหนาว ผืนละ ๑๕๙ บาท สั่ง ๑๐๐ ผืนขึ้นไปส่งฟรีทั่วสกลนคร หน่วยงานราชการออกใบเสร็จได้ สนใจติดต่อ ๐๘๑-๓๓๔-๕๖๗๘ ครับ', photos=2, sid='U' + '0fa1' * 8,
       near='the seller\'s advert after joining: still one OUTSIDER finding per person per group, at the join')
L.add(T(2, '09:40'), 'A07', text='แจ้งแอดมินนำออกด้วยครับ ไม่ใช่สมาชิกกลุ่ม')
L.sys(T(2, '09:44'), 'A07', 'remove', target='ผ้าห่มนวม ขายส่ง 📦', text='ปชส.สกลนคร 📢 ลบ ผ้าห่มนวม ขายส่ง 📦 ออกจากกลุ่ม')
L.add(T(2, '10:30'), G, text='ขอให้ทุกส่วนราชการและทุกอำเภอร่วมบริจาคช่วยเหลือผู้ประสบอุทกภัยภาคใต้ ผ่านเหล่ากาชาดจังหวัดสกลนคร ตั้งแต่วันนี้ถึง ๑๕ ธ.ค. ครับ')
acks(2, '10:31', 12)
L.post(T(2, '13:00'), who('banmuang', 'C'), 'อ.บ้านม่วง รายงานผลการมอบผ้าห่มกันหนาว จำนวน ๓๐๐ ผืน ให้ผู้สูงอายุใน ๑๒ หมู่บ้าน เรียบร้อยแล้วครับ', photos=3,
       viol=[('SKN-6P', 'นอภ.บ้านม่วง', 'a district chief posting a performance report in the heads group (งดการส่งรายงาน)')])
L.add(T(2, '15:10'), 'A03', text='ขอสอบถามนายอำเภอวาริชภูมิครับ ฝายบ้านหนองสะไนชำรุดตามที่แจ้งไว้ ทางอำเภอประสาน อบต. สำรวจแล้วหรือยังครับ')
L.add(T(2, '15:30'), who('warit', 'C'), text='ประสานแล้วครับ จะลงพื้นที่พร้อมกันพรุ่งนี้ครับ')
# Wednesday
L.add(T(3, '07:30'), 'A10', text='สุขสันต์วันเกิดท่านศึกษาธิการจังหวัดครับ 🎂')
for i, (p, tx) in enumerate([('A05', 'HBD ครับท่าน'), ('A12', 'สุขสันต์วันเกิดครับ 🎉'), (who('mueang', 'C'), 'สุขสันต์วันเกิดครับท่าน'), ('A06', 'ขอบคุณทุกท่านครับ 🙏')]):
    L.add(T(3, f'07:{36 + i * 4:02d}'), p, text=tx)
L.add(T(3, '08:30'), G, text='ขอเชิญหัวหน้าส่วนราชการทุกท่านร่วมประชุมกรมการจังหวัดและหัวหน้าส่วนราชการ ประจำเดือนธันวาคม วันที่ ๑๙ ธ.ค. ๖๘ เวลา ๐๙.๓๐ น. ห้องประชุมภูพาน ครับ')
acks(3, '08:31', 8)
L.add(T(3, '09:00'), 'D-sawang-K', text='ปลัดเอก อ.สว่างแดนดิน รับทราบแทนท่านนายอำเภอครับ',
      viol=[('SKN-6', 'ปลัดเอก สว่างฯ', 'a coordinating deputy answering in place of the district chief: only heads and district chiefs in person')])
L.post(T(3, '11:00'), 'AS02', 'สนง.เกษตรจังหวัดสกลนคร ขอรายงานผลการสำรวจพื้นที่ปลูกข้าวนาปรัง ปี ๒๕๖๘/๖๙ ทั้งจังหวัด ๘๕,๔๐๐ ไร่ เกินแผน ๓ อำเภอ รายละเอียดตามไฟล์ค่ะ', files=['ผลสำรวจนาปรัง 68-69.pdf'],
       viol=[('SKN-6P', 'ธุรการเกษตร สน.', 'an agency\'s survey result (performance report) posted in the heads group; the clerk\'s membership was already flagged at the invite')])
L.post(T(3, '14:00'), 'A12', 'ส่งต่อข่าว: กรมป่าไม้เตือนเฝ้าระวังไฟป่าช่วงฤดูแล้ง ๒๕๖๙ งดเผาในที่โล่ง', photos=1)
L.add(T(3, '16:10'), V2, text='ฝากทุกอำเภอและทุกส่วนราชการร่วมออกร้านงานกาชาดตามที่ได้รับมอบหมายครับ')
acks(3, '16:11', 6)
# Thursday
L.add(T(4, '08:30'), G, text='พรุ่งนี้ ๕ ธ.ค. ขอเชิญทุกท่านแต่งเครื่องแบบปกติขาว ร่วมพิธีถวายพระพรชัยมงคล ลานหน้าศาลากลางจังหวัด เวลา ๐๗.๐๐ น. ครับ')
acks(4, '08:31', 12)
L.post(T(4, '10:00'), 'A05', 'ผอ.ปภ.สน. ขอรายงานสรุปผลการรับบริจาคสิ่งของช่วยเหลือผู้ประสบอุทกภัยภาคใต้ ณ วันที่ ๔ ธ.ค. ๖๘ รวม ๑,๒๔๐ ชุด เงินสด ๓๕๒,๕๐๐ บาท จัดส่งแล้ว ๒ เที่ยวครับ', photos=2,
       viol=[('SKN-6P', 'ผอ.ปภ.สน.', 'an agency head posting a results report in the heads group')])
L.add(T(4, '10:10'), G, text='ขอบคุณครับ')
L.add(T(4, '13:20'), 'A08', text='ขอสอบถามครับ พิธีพรุ่งนี้จอดรถได้ที่ลานจอดสำนักงานที่ดินใช่ไหมครับ')
L.add(T(4, '13:26'), 'A07', text='ใช่ครับ และลานหน้าโรงเรียนอนุบาลสกลนครครับ')
L.add(T(4, '15:45'), V3, text='ขอบคุณหัวหน้าส่วนราชการทุกท่านที่ร่วมบริจาคช่วยพี่น้องภาคใต้ค่ะ 🙏',
      near='courtesy from a vice governor: chat')
# Friday
L.post(T(5, '06:30'), 'A07', 'ทรงพระเจริญ ๕ ธันวาคม ๒๕๖๘ 💛', photos=1)
for i, p in enumerate(['A01', 'A04', 'A06', 'A11', 'A12', who('songdao', 'C'), who('nikhom', 'C'), 'A09']):
    L.add(T(5, f'06:{34 + i * 3:02d}'), p, text=R.choice(['ทรงพระเจริญ 🙏', 'ทรงพระเจริญครับ', 'ทรงพระเจริญค่ะ 💛', 'ทรงพระเจริญ']))
L.add(T(5, '12:00'), G, text='ขอบคุณทุกท่านที่ร่วมพิธีเมื่อเช้าครับ พักผ่อนวันหยุดยาวให้เต็มที่ครับ')
L.add(T(5, '12:08'), 'A02', text='ขอบคุณครับท่าน 🙏')
