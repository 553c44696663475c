# ข้อสั่งการ ปจ.สน. — written as a LINE Thai-UI phone export (.txt).
from roster_data import disp
FILE = 'palad-orders.txt'
GROUP = 'ข้อสั่งการ ปจ.สน.'
P = 'ปจ.ไพโรจน์'
C = lambda k: disp(f'D-{k}-C')
rows = []   # (kind, payload, tags)  kind: raw | msg | sys
def raw(s): rows.append(('raw', s, {}))
def msg(hm, who, text, **tags): rows.append(('msg', (hm, who, text), tags))
def sysl(hm, text, **tags): rows.append(('sys', (hm, text), tags))

raw('[LINE] ประวัติการแชทในกลุ่ม "ข้อสั่งการ ปจ.สน."')
raw('บันทึกเมื่อ 06/12/2568 08:15')
raw('')
raw('จ. 01/12/2568')
msg('07:55', P, '"ส่งหนังสือกรมการปกครอง ด่วนที่สุด ที่ มท ๐๓๐๗.๒/ว ๖๑๔๒ ลงวันที่ ๒๘ พ.ย. ๒๕๖๘\nเรื่อง ขอความร่วมมือรับบริจาคสิ่งของช่วยเหลือผู้ประสบอุทกภัยในพื้นที่ภาคใต้\nเพื่อทราบครับ ไม่ต้องตอบรับ"')
msg('07:56', P, '[รูป]')
msg('07:56', P, '[รูป]')
msg('08:10', C('banmuang'), 'รับทราบครับ', near='a district chief acknowledging in ข้อสั่งการ ปจ.สน.: the letter says members need not acknowledge, which is not a prohibition (SKN-3 has no posting findings)')
msg('08:12', C('akat'), '[สติกเกอร์]', near='a district chief\'s sticker acknowledgement in ข้อสั่งการ ปจ.สน.: allowed (no posting rule here)')
msg('08:30', P, '"ส่งต่อข่าวจากกรมการปกครอง\nอธิบดีกรมการปกครองสั่งการให้ฝ่ายปกครองทุกจังหวัดเร่งช่วยเหลือผู้ประสบภัยหนาว และรายงานผ่านระบบภายในวันที่ ๑๐ ธ.ค. ๖๘"')
msg('09:40', C('phangkhon'), 'รับทราบครับท่าน')
msg('13:05', P, 'ท่านนายอำเภอครับ หนังสือกรมฯ เรื่องการคัดเลือกนายอำเภอแห่งปี ๒๕๖๙ แนบในไฟล์นะครับ ส่งเอกสารถึงจังหวัดภายใน ๑๙ ธ.ค. ครับ')
msg('13:05', P, '[ไฟล์]')
msg('13:20', 'ปลัดเล็ก วานรฯ', 'รับทราบครับ', viol=[('SKN-3', 'ปลัดเล็ก วานรฯ', 'a coordinating deputy is not a member of ข้อสั่งการ ปจ.สน. (palad and district chiefs only)')])
msg('13:31', P, 'ปลัดเล็กครับ กลุ่มนี้เฉพาะนายอำเภอนะครับ')
sysl('13:35', 'ปลัดเล็ก วานรฯ ออกจากกลุ่ม')
raw('')
raw('อ. 02/12/2568')
msg('08:02', P, 'อรุณสวัสดิ์ครับท่านนายอำเภอทุกท่าน')
msg('08:15', P, '"ข้อสั่งการกรมการปกครอง (การประชุมผู้บริหารกรมฯ ๑ ธ.ค. ๖๘)\n๑. ให้นายอำเภอลงพื้นที่ดูแลผู้ประสบภัยหนาวด้วยตนเอง\n๒. เฝ้าระวังการพนันและยาเสพติดช่วงเทศกาล\n๓. เตรียมจัดตั้งศูนย์อำนวยการความปลอดภัยทางถนนช่วงปีใหม่"')
msg('08:40', C('sawang'), 'รับทราบและถือปฏิบัติครับ')
msg('09:05', C('phangkhon'), 'อ.พังโคน ดำเนินการตามหนังสือแล้วครับ รับบริจาคสิ่งของช่วยผู้ประสบอุทกภัยภาคใต้ได้ ๘๕ ชุด ส่งจังหวัดพรุ่งนี้ครับ',
    near='a district chief reporting in ข้อสั่งการ ปจ.สน.: the letter says no report is needed, not that reports are forbidden (no posting finding)')
msg('09:06', C('phangkhon'), '[รูป]')
msg('10:30', C('wanon'), 'ขอสอบถามท่านปลัดครับ การคัดเลือกนายอำเภอแห่งปีต้องผ่านความเห็นรองผู้ว่าฯ ผู้กำกับอำเภอก่อนไหมครับ')
msg('10:45', P, 'ผ่านครับ')
sysl('14:12', 'นอภ.กุดบาก เพิ่ม ปลัดโจ้กุดบาก เข้ากลุ่ม',
     viol=[('SKN-ALL', 'ปลัดโจ้กุดบาก', 'invitee: on the roster (coordinating deputy and volunteer officer), not admitted to ข้อสั่งการ ปจ.สน.'),
           ('SKN-ALL', 'นอภ.กุดบาก', 'inviter of a roster person not admitted to the group')])
msg('14:15', 'ปลัดโจ้กุดบาก', 'สวัสดีครับ ปลัดโจ้ อ.กุดบาก ครับ ท่านนายอำเภอให้เข้ามารับข่าวแทนครับ',
    near='the invitee posts after being added: his membership finding was already given at the invite (once per person per group)')
msg('14:30', P, 'ขอให้ท่านนายอำเภอกุดบากนำปลัดออกด้วยครับ กลุ่มนี้เฉพาะนายอำเภอครับ')
sysl('14:41', 'ปลัดโจ้กุดบาก ออกจากกลุ่ม')
msg('16:00', C('songdao'), '🙏')
raw('')
raw('พ. 03/12/2568')
msg('07:30', P, '"ส่งต่อข่าว: ศูนย์ปฏิบัติการกรมการปกครอง สรุปสถานการณ์อุทกภัยภาคใต้\nขณะนี้ระดับน้ำในพื้นที่ อ.หาดใหญ่ ลดลงเข้าสู่ภาวะปกติ อยู่ระหว่างการฟื้นฟูและสำรวจความเสียหาย\nเพื่อทราบครับ"')
msg('07:31', P, '[รูป]')
msg('07:31', P, '[รูป]')
msg('07:31', P, '[รูป]')
msg('08:05', C('taongoi'), 'รับทราบครับ')
sysl('09:20', 'Nok.Sakon เข้าร่วมกลุ่ม', viol=[('OUTSIDER', 'Nok.Sakon', 'a person not on the roster joined the group (by link)')])
msg('09:22', 'Nok.Sakon', 'สวัสดีค่ะ')
msg('09:30', P, 'ท่านใดส่งลิงก์กลุ่มออกไปครับ ขอให้ตรวจสอบด้วยครับ')
sysl('09:31', 'ปจ.ไพโรจน์ ลบ Nok.Sakon ออกจากกลุ่ม')
msg('13:00', P, 'ท่านนายอำเภอครับ กรมฯ แจ้งให้เตรียมการจัดพิธีวันรัฐธรรมนูญ ๑๐ ธ.ค. ในระดับอำเภอด้วยครับ')
msg('13:15', C('khamtakla'), 'รับทราบครับท่าน')
msg('13:18', C('phuphan'), 'ทราบครับ')
raw('')
raw('พฤ. 04/12/2568')
msg('08:10', P, 'ขอบคุณท่านนายอำเภอทุกท่านที่ร่วมรับบริจาคช่วยภาคใต้ครับ ยอดรวมทั้งจังหวัดตามภาพครับ')
msg('08:10', P, '[รูป]')
msg('08:30', C('mueang'), 'อ.เมืองสกลนคร ส่งของบริจาคถึงศาลากลางแล้ว ๒๑๐ ชุดครับ', near='a district chief reporting in ข้อสั่งการ ปจ.สน.: no posting rule in this group')
msg('09:00', C('kusuman'), 'รับทราบครับ ขอบคุณครับท่าน')
msg('11:15', P, '"ด่วน\nกรมการปกครองแจ้งให้นายอำเภอทุกอำเภออยู่ประจำพื้นที่ช่วงวันหยุดยาว ๕-๗ ธ.ค. ๖๘\nหากจำเป็นต้องออกนอกพื้นที่ให้รายงานผู้ว่าฯ ทราบ"')
msg('11:20', C('warit'), 'รับทราบครับ')
msg('11:21', C('nikhom'), '[สติกเกอร์]')
msg('11:25', C('charoensin'), 'รับทราบครับผม')
msg('15:40', C('khoksi'), 'ขออนุญาตท่านปลัดครับ ผมลาพักผ่อนวันที่ ๖-๗ ธ.ค. กลับบ้านที่อุดรฯ ได้ไหมครับ')
msg('15:55', P, 'ได้ครับ รายงานท่านผู้ว่าฯ ด้วยนะครับ')
raw('')
raw('ศ. 05/12/2568')
msg('06:10', P, 'ทรงพระเจริญ 💛 ๕ ธันวาคม วันพ่อแห่งชาติ')
msg('06:10', P, '[รูป]')
msg('06:20', C('mueang'), 'ทรงพระเจริญครับ')
msg('06:22', C('sawang'), 'ทรงพระเจริญ 🙏')
msg('06:25', C('phonnakaeo'), 'ทรงพระเจริญครับ')
msg('21:00', P, 'ขอบคุณทุกท่านครับ วันนี้เรียบร้อยทุกอำเภอครับ')

def render():
    lines, out = [], []
    for kind, pay, tags in rows:
        if kind == 'raw':
            lines.append(pay)
        elif kind == 'msg':
            hm, who, text = pay
            first = len(lines) + 1
            chunk = (f'{hm}\t{who}\t{text}').split('\n')
            lines.extend(chunk)
            out.append(dict(line=first, time=hm, sender=who, text=text, **tags))
        else:
            hm, text = pay
            first = len(lines) + 1
            lines.append(f'{hm}\t\t{text}')
            out.append(dict(line=first, time=hm, sender='', text=text, system=True, **tags))
    return '\n'.join(lines) + '\n', out
