# นักปกครองสกลนคร — governor, palad, district chiefs, coordinating deputies; districts' performance reports.
from weeklib import Log, T, who, th
from roster_data import DISTRICTS, DNAME
import random, datetime as dt
R = random.Random(404)
L = Log('administrators.jsonl', 'นักปกครองสกลนคร')
ALL = [k for k, _ in DISTRICTS]
PP, G = 'PP01', 'G01'

L.add(T(1, '07:00'), PP, text='อรุณสวัสดิ์วันจันทร์ครับ นักปกครองสกลนครทุกท่าน สัปดาห์นี้งานเยอะ สู้ๆ ครับ 💪')
L.post(T(1, '08:00'), 'R01', 'สวัสดีวันจันทร์ครับน้องๆ นักปกครองทุกท่าน หน้าหนาวนี้รักษาสุขภาพด้วยนะครับ คิดถึงทุกคนครับ', photos=1,
       viol=[('SKN-1', 'อดีต นอภ.บุญมี 👴', 'a retired official is not a member of นักปกครองสกลนคร')])
for i, d in enumerate(['phanna', 'kutbak', 'taongoi']):
    L.add(T(1, f'08:{5 + i * 3:02d}'), who(d, 'C'), text='สวัสดีครับท่านบุญมี 🙏')
L.add(T(1, '09:00'), PP, text='เรียน นอภ.ทุกอำเภอ\nขอให้อำเภอรายงานผลการปฏิบัติงานประจำสัปดาห์ (ภัยหนาว ยาเสพติด ศูนย์ดำรงธรรม) ในกลุ่มนี้ทุกวันศุกร์ สัปดาห์นี้วันศุกร์ตรงกับวันหยุดราชการ ให้รายงานภายในวันพฤหัสบดีที่ ๔ ธ.ค. ครับ')
L.post(T(1, '10:30'), who('mueang', 'K'), 'อ.เมืองสกลนคร รายงานผลการปฏิบัติงาน: ออกตรวจสถานบริการ ๖ แห่ง ไม่พบการกระทำผิด จับกุมยาเสพติด ๒ ราย ศูนย์ดำรงธรรมรับเรื่อง ๔ เรื่อง ยุติแล้ว ๓ เรื่องครับ', photos=2,
       near='a coordinating deputy posting the district\'s performance report: the group is for district reports and the poster is admitted (SKN-1)')
L.post(T(1, '13:00'), who('kutbak', 'K'), 'อ.กุดบาก รายงานการปฏิบัติงาน ฝ่ายปกครองร่วมกับ อส. ตั้งจุดตรวจป้องกันการลักลอบตัดไม้ในพื้นที่ภูพาน ๒ จุดครับ', photos=2,
       near='a person holding two roles (coordinating_deputy|volunteer_center_staff) posting in the role that admits him here (coordinating deputy)')
L.add(T(1, '15:00'), PP, text='ทางอำเภอใดที่ยังมีผู้ไม่เกี่ยวข้องอยู่ในกลุ่ม ขอให้แจ้งออกนะครับ ตามหนังสือจังหวัด ว ๒๓๕๓๒ ครับ')
L.sys(T(1, '15:20'), 'R01', 'leave', text='อดีต นอภ.บุญมี 👴 ออกจากกลุ่ม')
L.add(T(1, '16:00'), who('phonnakaeo', 'K'), text='ขอสอบถามครับ รายงานประจำสัปดาห์ใช้แบบเดิมเหมือนเดือนที่แล้วได้ไหมครับ')
L.add(T(1, '16:05'), PP, text='ใช้แบบเดิมครับ')
# Tuesday
L.post(T(2, '09:00'), 'D-sawang-V', 'ศอ.จอส.อ.สว่างแดนดิน รายงานกิจกรรมจิตอาสาพัฒนาทำความสะอาดวัดพระธาตุเชิงชุม เมื่อวานนี้ ผู้ร่วม ๑๒๐ คนค่ะ', photos=3,
       viol=[('SKN-1', 'จอส.สว่างแดนดิน (เปิ้ล)', 'a district volunteer officer (volunteer_center_staff only) is not a member of นักปกครองสกลนคร')])
L.add(T(2, '09:10'), PP, text='งานจิตอาสารายงานกลุ่ม ศอ.จอส.จว.สน. นะครับ')
L.sys(T(2, '10:40'), 'พลอย ประกันชีวิต 💼', 'join', text='พลอย ประกันชีวิต 💼 เข้าร่วมกลุ่มผ่านลิงก์', sid='U' + 'b0b0' * 8,
      viol=[('OUTSIDER', 'พลอย ประกันชีวิต 💼', 'an insurance agent not on the roster joined by the invitation link')])
L.add(T(2, '10:42'), 'พลอย ประกันชีวิต 💼', sid='U' + 'b0b0' * 8, text='สวัสดีค่ะ ประกันอุบัติเหตุสำหรับข้าราชการ เบี้ยเริ่มต้น ๑,๒๐๐ บาท/ปี คุ้มครอง ๒๔ ชม. สนใจทักแชทได้เลยค่ะ 💖')
L.sys(T(2, '10:50'), PP, 'remove', target='พลอย ประกันชีวิต 💼', text='ปลัดจังหวัดสกลนคร ลบ พลอย ประกันชีวิต 💼 ออกจากกลุ่ม')
L.add(T(2, '10:52'), PP, text='ปิดลิงก์เชิญเข้ากลุ่มแล้วครับ ขออภัยครับ')
L.post(T(2, '14:30'), who('songdao', 'C'), 'อ.ส่องดาว รายงานผลการประชุมประจำเดือนกำนัน ผู้ใหญ่บ้าน และมอบนโยบายป้องกันภัยหนาวครับ', photos=2)
L.post(T(2, '16:00'), who('nikhom', 'K'), 'อ.นิคมน้ำอูน รายงานการช่วยเหลือผู้ประสบเพลิงไหม้ บ้านหนองบัว ม.๗ มอบถุงยังชีพและเงินช่วยเหลือเบื้องต้นเรียบร้อยครับ', photos=2)
# Wednesday
L.add(T(3, '08:00'), 'V02', text='ขอบคุณนักปกครองทุกท่านที่ช่วยงานแจกผ้าห่มกันหนาวครับ',
      viol=[('SKN-1', 'รองฯ อนุชา สน.', 'a vice governor is not among the members listed for นักปกครองสกลนคร')])
L.post(T(3, '11:00'), 'D-taongoi-K', 'ศอ.จอส.อ.เต่างอย รายงานผลการออกเยี่ยมผู้สูงอายุและผู้ป่วยติดเตียงช่วงภัยหนาว ๔๒ ครัวเรือน มอบผ้าห่ม ๔๒ ผืน ครับ', photos=2,
       near='the coordinating deputy of เต่างอย posts the answer to order O4 here, in the wrong group: allowed here (admitted, and the group takes district reports), but it does not answer the duty in ศอ.จอส. (เต่างอย stays missing for O4)')
L.add(T(3, '13:30'), G, text='ขอบคุณทุกอำเภอครับ ฝากดูแลพี่น้องประชาชนช่วงหนาวนี้ด้วยครับ')
# Thursday: weekly reports
weekly = [('phangkhon', 'K', '08:40'), ('warit', 'C', '09:10'), ('banmuang', 'K', '09:35'), ('akat', 'K', '10:05'), ('khamtakla', 'K', '10:30'),
          ('wanon', 'K', '11:00'), ('charoensin', 'K', '13:15'), ('phonnakaeo', 'K', '13:40'), ('khoksi', 'C', '14:05'), ('phuphan', 'K', '14:30'),
          ('kusuman', 'K', '15:00'), ('sawang', 'K', '15:20'), ('taongoi', 'C', '15:45'), ('phanna', 'K', '16:05'), ('songdao', 'K', '16:30'), ('mueang', 'K', '16:50')]
for d, c, hm in weekly:
    a = 'อ.' + DNAME[d]
    txt = R.choice([f'{a} รายงานผลการปฏิบัติงานประจำสัปดาห์ ภัยหนาว: แจกผ้าห่ม {th(R.randint(80, 400))} ผืน ยาเสพติด: จับกุม {th(R.randint(0, 4))} ราย ศูนย์ดำรงธรรม: รับเรื่อง {th(R.randint(1, 6))} เรื่อง ครับ',
                    f'ผลการปฏิบัติงานประจำสัปดาห์ {a} รายละเอียดตามไฟล์แนบครับ',
                    f'{a} ขอรายงานผลการปฏิบัติงานรอบสัปดาห์ (๑-๔ ธ.ค. ๖๘) ตรวจสถานบริการ {th(R.randint(2, 8))} แห่ง ไม่พบการกระทำผิด ครับ'])
    if 'ไฟล์' in txt:
        L.post(T(4, hm), who(d, c), txt, files=[f'ผลปฏิบัติงานประจำสัปดาห์_{DNAME[d]}.pdf'])
    else:
        L.post(T(4, hm), who(d, c), txt, photos=R.choice([0, 2, 3]))
L.msgs[-1]['_near'] = None
L.add(T(4, '17:10'), PP, text='ขอบคุณทุกอำเภอครับ อำเภอกุดบาก กับ อำเภอนิคมน้ำอูน ยังไม่ได้รายงานประจำสัปดาห์นะครับ')
L.add(T(4, '17:25'), who('nikhom', 'C'), name='ธนพล นอภ.นิคมน้ำอูน', text='ขออภัยครับ จะรายงานพรุ่งนี้เช้าครับ')
# Friday
L.add(T(5, '06:20'), PP, text='ทรงพระเจริญ 💛 ๕ ธันวาคม ๒๕๖๘')
for i, d in enumerate(['kutbak', 'mueang', 'akat', 'sawang', 'khoksi']):
    L.add(T(5, f'06:{25 + i * 3:02d}'), who(d, R.choice(['C', 'K'])), text=R.choice(['ทรงพระเจริญครับ', 'ทรงพระเจริญ 🙏', 'ทรงพระเจริญ 💛']))
L.post(T(5, '08:45'), who('nikhom', 'K'), 'อ.นิคมน้ำอูน รายงานผลการปฏิบัติงานประจำสัปดาห์ (ล่าช้า) ภัยหนาว แจกผ้าห่ม ๒๑๐ ผืน ศูนย์ดำรงธรรมรับเรื่อง ๒ เรื่องครับ', photos=1)
L.post(T(5, '09:10'), who('kutbak', 'C'), 'อ.กุดบาก รายงานผลการปฏิบัติงานประจำสัปดาห์ครับ ขออภัยที่ล่าช้าครับ', files=['ผลปฏิบัติงานประจำสัปดาห์_กุดบาก.pdf'])
L.add(T(5, '19:30'), G, text='ขอบคุณทุกท่านครับ วันหยุดยาวฝากดูแลความปลอดภัยทางถนนด้วยครับ')
