# นักปกครองสกลนคร — Thai-UI phone export (administrators-line-export.txt)
from lib import name
XF = "administrators-line-export.txt"
DAYS = {10: "จ.", 11: "อ.", 12: "พ.", 13: "พฤ.", 14: "ศ."}
E = []   # entries: (day, "HH:MM", sender or "", text, truth, nm)
def x(day, t, who, text, truth=(), nm=None, raw=None):
    E.append((day, t, (raw if raw is not None else (name(who) if who else "")), text, list(truth), nm))
NM_REP = "a district report in the group meant for districts' reports (sender admitted)"

x(10, "07:05", "gov", "สวัสดีวันจันทร์ครับ นักปกครองสกลนครทุกท่าน ขอให้ทุกท่านมีพลังในการทำงานครับ 💪")
x(10, "07:06", "gov", "[สติกเกอร์]")
x(10, "07:10", "chief_kusuman", "สวัสดีครับท่าน 🙏")
x(10, "07:12", "coord_sawang", "[สติกเกอร์]")
x(10, "08:00", "palad", "\"ข้อสั่งการปลัดจังหวัด ประจำสัปดาห์\n๑. ให้ทุกอำเภอรายงานผลการปฏิบัติงานประจำสัปดาห์ในกลุ่มนี้ภายในวันศุกร์\n๒. กำชับปลัดอำเภอเวรตรวจตราพื้นที่ช่วงงานเทศกาล\n๓. ติดตามการจ่ายเงินช่วยเหลือผู้ประสบอุทกภัย\"",
  nm="the palad's order in the governing group, allowed (multi-line message)")
x(10, "08:05", "chief_mueang", "รับทราบครับท่าน")
x(10, "08:06", "coord_khoksri", "รับทราบครับ")
x(10, "09:30", "vg1", "ฝากทุกอำเภอเร่งรัดการจ่ายเงินช่วยเหลือผู้ประสบภัยให้เสร็จภายในเดือนนี้ด้วยครับ",
  truth=[("SKN-1", name("vg1"), "", "a vice governor is not among the members of นักปกครองสกลนคร (first appearance)")])
x(10, "10:40", "coord_warit", "อ.วาริชภูมิ รายงานผลการปฏิบัติงาน จ่ายเงินช่วยเหลือผู้ประสบอุทกภัยแล้ว ๒๘๕ ราย คงเหลือ ๔๑ ราย อยู่ระหว่างตรวจสอบเอกสารครับ",
  nm="a coordinating deputy's district report: admitted and allowed")
x(10, "10:41", "coord_warit", "[รูป]")
x(10, "13:15", "", "ปจ.สน. ธนกฤต เพิ่ม ปลัดประสานใหม่ เข้ากลุ่ม", raw="",
  truth=[("OUTSIDER", "ปลัดประสานใหม่", "", "not on the roster; added by " + name("palad"))])
x(10, "13:20", "palad", "ยินดีต้อนรับปลัดอำเภอประสานงานคนใหม่ครับ")
x(10, "15:00", "chief_phangkhon", "รายงานผลการปฏิบัติงานอำเภอพังโคน ประจำวัน ฟื้นฟูหลังน้ำลด ๓ ตำบล ซ่อมแซมบ้านเรือน ๑๒ หลัง ครับ", nm=NM_REP)
x(10, "15:01", "chief_phangkhon", "[รูป]")
x(10, "15:01", "chief_phangkhon", "[รูป]")

x(11, "06:30", "coord_nikhom", "อรุณสวัสดิ์ครับ ☀️")
x(11, "08:15", "dep_wanon_1", "อ.วานรนิวาส ขอรายงานผลการตรวจสถานบริการ ๖ แห่ง เรียบร้อย ไม่พบการกระทำผิดครับ",
  truth=[("SKN-1", name("dep_wanon_1"), "", "an ordinary deputy district chief (not coordinating) is not admitted (first appearance)")])
x(11, "08:16", "dep_wanon_1", "[รูป]")
x(11, "09:00", "gov", "ขอบคุณครับ")
x(11, "10:20", "", "นอภ.นิคมน้ำอูน รัชนี 🌺 เพิ่ม นิสา จอส.นิคมน้ำอูน เข้ากลุ่ม", raw="",
  truth=[("SKN-1", name("vol_nikhom"), "", "a district volunteer officer is not admitted; shown by the invitation"),
         ("SKN-ALL", name("vol_nikhom"), "", "invitee: on the roster, not admitted to the group"),
         ("SKN-ALL", name("chief_nikhom"), "", "inviter of a roster person who is not admitted")])
x(11, "10:22", "vol_nikhom", "สวัสดีค่ะ นิสา จอส.นิคมน้ำอูน ค่ะ 🙏")
x(11, "11:00", "coord_charoen", "อ.เจริญศิลป์ รายงานกิจกรรมจิตอาสาพระราชทาน ทำความสะอาดตลาดสดเทศบาล จิตอาสา ๖๐ คน ครับ",
  nm="the coordinating deputy who is also the volunteer officer, reporting volunteer work: admitted as coordinating_deputy")
x(11, "11:01", "coord_charoen", "[รูป]")
x(11, "14:30", "coord_kutbak", "อ.กุดบาก รายงานผลการปฏิบัติงาน ออกหน่วยบำบัดทุกข์บำรุงสุข บ้านนาม่อง ประชาชนร่วม ๒๑๐ คน ครับ",
  nm="a coordinating deputy's district report: admitted and allowed")
x(11, "16:10", "", "ช่างแอร์ สกลนคร ❄️ เข้าร่วมกลุ่ม", raw="",
  truth=[("OUTSIDER", "ช่างแอร์ สกลนคร ❄️", "", "not on the roster; joined by link/QR code")])
x(11, "16:11", None, "รับล้างแอร์ ซ่อมแอร์ ติดตั้งฮีตเตอร์ ทั่วสกลนคร ราคาพิเศษสำหรับหน่วยงานราชการครับ ☎️ 08x-xxx-xxxx", raw="ช่างแอร์ สกลนคร ❄️")
x(11, "16:12", "palad", "ใครเชิญมาครับ ผู้ดูแลช่วยนำออกด้วยครับ")
x(11, "16:20", "", "ช่างแอร์ สกลนคร ❄️ ออกจากกลุ่ม", raw="")

x(12, "07:00", "gov", "\"ข้อสั่งการผู้ว่าราชการจังหวัด\nให้นายอำเภอและปลัดอำเภอประสานงาน ติดตามสถานการณ์ภัยหนาวและการเผาในที่โล่งอย่างใกล้ชิด\nรายงานผลในกลุ่มนี้ทุกวันศุกร์\"",
  nm="the governor's order, allowed (multi-line message)")
x(12, "07:05", "chief_songdao", "รับทราบครับท่าน 🌳")
x(12, "07:06", "coord_phonna", "รับทราบครับ")
x(12, "07:07", "chief_akat", "[สติกเกอร์]")
x(12, "10:10", "vol_phanna", "จอส.อ.พรรณาฯ ขอรายงานกิจกรรมจิตอาสาช่วยเกี่ยวข้าว บ้านพอกน้อย ค่ะ",
  truth=[("SKN-1", name("vol_phanna"), "", "a district volunteer officer is not admitted to นักปกครองสกลนคร (first appearance)")])
x(12, "10:11", "vol_phanna", "[รูป]")
x(12, "13:40", "chief_wanon", "ขอบคุณท่านผู้ว่าฯ ที่ลงพื้นที่วานรนิวาสครับ 🙏")
x(12, "21:15", "coord_banmuang", "แจ้งเหตุครับ ไฟไหม้ฟางข้าวลุกลาม ต.ดงหม้อทอง อ.บ้านม่วง ควบคุมได้แล้ว ไม่มีบ้านเรือนเสียหายครับ",
  nm="a coordinating deputy's incident notice: admitted; no posting rule in this group")

x(13, "06:45", "chief_phuphan", "ภูพานเช้านี้ ๙ องศาครับ ❄️ ทุกท่านรักษาสุขภาพครับ")
x(13, "06:46", "chief_phuphan", "[รูป]")
x(13, "08:30", "coord_mueang", "อ.เมืองสกลนคร รายงานการตรวจลานรับซื้อข้าว ๑๕ แห่ง ติดป้ายราคาครบครับ", nm=NM_REP)
x(13, "09:00", "palad", "ขอบคุณครับ อ.เมืองฯ 👍")
x(13, "14:20", "chief_taongoi", "รายงานผลการปฏิบัติงาน อ.เต่างอย เปิดศูนย์ช่วยเหลือผู้ประสบภัยหนาว ณ ที่ว่าการอำเภอ แจกผ้าห่มแล้ว ๑๕๐ ผืนครับ", nm=NM_REP)
x(13, "14:21", "chief_taongoi", "[รูป]")
x(13, "14:21", "chief_taongoi", "[รูป]")
x(13, "19:30", "coord_kusuman", "สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ครับ 🎂")
x(13, "19:35", "chief_kusuman", "ขอบคุณครับ 🙏")

x(14, "07:30", "palad", "วันนี้ครบกำหนดรายงานผลการปฏิบัติงานประจำสัปดาห์นะครับ อำเภอที่ยังไม่ได้รายงาน ขอให้รายงานภายในวันนี้ครับ")
x(14, "08:40", "coord_songdao", "อ.ส่องดาว รายงานผลการปฏิบัติงานประจำสัปดาห์ ฟื้นฟูพื้นที่ ๒ ตำบล ตรวจสถานบริการ ๓ แห่ง ครับ", nm=NM_REP)
x(14, "09:15", "coord_akat", "อ.อากาศอำนวย รายงานครับ จ่ายเงินช่วยเหลือผู้ประสบภัยครบ ๑๑๒ ราย", nm=NM_REP)
x(14, "10:30", "chief_khamta", "คำตากล้ารายงานครับ ตรวจจุดความร้อน ๔ จุด ไม่พบการเผาครับ", nm=NM_REP)
x(14, "11:45", "coord_phangkhon", "รายงานผลการปฏิบัติงานประจำสัปดาห์ อ.พังโคน ฟื้นฟูหลังน้ำลด ๓ ตำบล จ่ายเงินช่วยเหลือ ๑๘๐ ราย ครับ", nm=NM_REP)
x(14, "13:10", "coord_wanon", "วานรนิวาสรายงานครับ แจกผ้าห่ม ๒๐๐ ผืน ตรวจสถานบริการ ๖ แห่ง", nm=NM_REP)
x(14, "15:40", "chief_sawang", "สว่างแดนดินรายงานครับ ฟื้นฟูหลังน้ำลดแล้วเสร็จ ๙๐% ครับ", nm=NM_REP)
x(14, "16:30", "gov", "ขอบคุณทุกอำเภอครับ พักผ่อนวันหยุดครับ 🙏")
x(14, "16:31", "coord_phuphan", "[สติกเกอร์]")
x(14, "17:05", "", "ปลัดภัทร กุสุมาลย์ ออกจากกลุ่ม", raw="")

def render():
    lines = ['[LINE] ประวัติการแชทในกลุ่ม "นักปกครองสกลนคร"', "บันทึกเมื่อ 14/11/2568 21:30", ""]
    truth, nms = [], []
    day = None
    for (d, t, s, text, tr, nm) in sorted(E, key=lambda e: (e[0], e[1])):
        if d != day:
            if day is not None:
                lines.append("")
            lines.append("%s %02d/11/2568" % (DAYS[d], d))
            day = d
        ln = len(lines) + 1
        if s == "" and not text.startswith('"') and (" เพิ่ม " in text or "เข้าร่วมกลุ่ม" in text or "ออกจากกลุ่ม" in text):
            lines.append("%s\t\t%s" % (t, text))
        else:
            lines.extend(("%s\t%s\t%s" % (t, s, text)).split("\n"))
        for r in tr:
            truth.append((r[0], XF, ln, "", r[1], r[2], r[3]))
        if nm:
            nms.append((XF, ln, "", nm))
    return lines, truth, nms
