# นักปกครองสกลนคร (nakpokkhrong.jsonl): governor, palad, district chiefs, coordinating deputies;
# the group carries the districts' reports of their work.  Written by hand.
from frame import Log

L = Log("nakpokkhrong.jsonl", "นักปกครองสกลนคร")
t, img, stk, fil = L.t, L.img, L.stk, L.file
MON, TUE, WED, THU, FRI = 29, 30, 1, 2, 3
CREP = "a coordinating deputy's district report: admitted and the group's purpose"
DREP = "a district chief's report of the district's work: the group's purpose"
NEW = "เกรียงศักดิ์ 🐘 เต่างอย"

# ---------------- Monday ----------------
t(MON, "07:15", "PALAD", "สวัสดีวันจันทร์ครับ นักปกครองทุกท่าน สัปดาห์นี้ฝากอำเภอรายงานผลการช่วยเหลือผู้ประสบภัยและการเตรียมงานออกพรรษาเข้ากลุ่มนี้ด้วยครับ",
  near="the palad in นักปกครองสกลนคร: admitted")
stk(MON, "07:20", "KSS.d")
t(MON, "08:40", "MUE.x1", """อ.เมืองสกลนคร รายงานผลการปฏิบัติงานด้านความมั่นคง
คืนวันที่ ๒๘ ก.ย. ๖๘ ชุดปฏิบัติการ อส. ตรวจสถานบริการ ๖ แห่ง ไม่พบผู้กระทำผิด""",
  truth=[("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first message that shows him here")])
img(MON, "08:41", "MUE.x1", 2)
t(MON, "09:30", "KDB.d", """กุดบากรายงานครับ
ศูนย์ดำรงธรรมอำเภอ เดือน ก.ย. ๖๘ รับเรื่อง ๑๔ เรื่อง ยุติ ๑๒ เรื่อง อยู่ระหว่างดำเนินการ ๒ เรื่อง""",
  near="report by a two-role person (coordinating_deputy|volunteer_center_staff), admitted here as coordinating deputy")
t(MON, "10:15", "AKA.d", "อากาศอำนวย รายงานผลการช่วยเหลือผู้ประสบอุทกภัย วันที่ ๒๘ ก.ย. แจกถุงยังชีพ ๒๒๐ ชุด ตั้งโรงครัวพระราชทาน ๑ จุด ครับ", near=CREP)
img(MON, "10:16", "AKA.d", 3)
t(MON, "11:20", "SWD.d", "สว่างแดนดินครับ ประชุมกำนันผู้ใหญ่บ้านประจำเดือน ๒๙ ก.ย. ๖๘ ถ่ายทอดข้อสั่งการจังหวัดเรื่องน้ำท่วมและงานออกพรรษาแล้วครับ", near=CREP)
img(MON, "11:21", "SWD.d", 2)
t(MON, "13:45", "CRS.c", "เจริญศิลป์ ตั้งด่านชุมชนป้องกันยาเสพติด ๘ จุด ผลการตรวจค้นไม่พบสิ่งผิดกฎหมายครับ", near=DREP)
t(MON, "15:10", "GOV", "ขอบคุณทุกอำเภอที่รายงานครับ 👍", near="the governor in นักปกครองสกลนคร: admitted")
t(MON, "16:30", "PNK.d", "โพนนาแก้ว ขุดลอกคูระบายน้ำ ร่วมกับ อบต.บ้านแป้น ความยาว ๘๐๐ ม. ครับ",
  near="report by the two-role person of โพนนาแก้ว, admitted as coordinating deputy")
img(MON, "16:31", "PNK.d", 2)

# ---------------- Tuesday ----------------
t(TUE, "07:00", "RET", "วันนี้ ๓๐ ก.ย. ขอแสดงความยินดีกับน้องๆ นักปกครองที่เกษียณอายุราชการทุกคน ชีวิตหลังเกษียณมีความสุขมากครับ 😄 พ่อใหญ่เป็นกำลังใจให้",
  truth=[("SKN-1", "a retired official posting in นักปกครองสกลนคร; first message that shows him here")])
t(TUE, "07:12", "KTK.d", "ขอบคุณพ่อใหญ่ครับ 🙏 คิดถึงครับ")
t(TUE, "10:00", "KUS.c", """กุสุมาลย์รายงานครับ
จิตอาสาพระราชทาน ๔๐ คน ร่วมกับ อบต. กรอกกระสอบทราย ๘๐๐ ถุง ช่วยเหลือบ้านนาโพธิ์ บ้านโพธิ์ไพศาล ริมน้ำอูน ขนย้ายสิ่งของ ๒๕ ครัวเรือน""",
  near="a district chief's flood report posted here, the group for district reports: allowed; it does not answer O2, which asked for the report in ศอ.จอส.จว.สน.")
img(TUE, "10:01", "KUS.c", 3)
L.invite(TUE, "11:30", "PRN.c", "ปลัดทองสุข พรรณานิคม",
         truth=[("SKN-1", "ปลัดทองสุข พรรณานิคม", "invitee is an ordinary deputy (deputy_district_chief), not a coordinating deputy"),
                ("SKN-ALL", "ปลัดทองสุข พรรณานิคม", "roster person not admitted to this group, invited"),
                ("SKN-ALL", "นอภ.พรรณานิคม เอนก", "inviter of a roster person not admitted to this group")])
t(TUE, "11:32", "PRN.c", "เพิ่มปลัดทองสุขช่วยรายงานงานอำเภอครับ")
t(TUE, "11:50", "PRN.x1", "พรรณานิคมรายงานครับ ตรวจร้านค้าสุรา ใกล้วัดที่จัดงานออกพรรษา ๑๒ ร้าน ให้คำแนะนำตามกฎหมาย",
  near="report by a member already found ineligible at his invite: no second SKN-1 row")
t(TUE, "13:40", "WRC.d", "วาริชภูมิ ตรวจความพร้อมท่าน้ำ เรือ และเสื้อชูชีพ สนามแข่งเรือหนองบัว ครับ", near=CREP)
img(TUE, "13:41", "WRC.d", 2)
t(TUE, "15:15", "TNY.d", "เต่างอยรายงานการแต่งตั้งผู้รักษาการผู้ใหญ่บ้าน (ครบเกษียณ) ๓ หมู่บ้านครับ", near=CREP)
t(TUE, "17:45", "PALAD", "ขอบคุณครับ ผู้ใหญ่บ้านที่ครบเกษียณ ให้ทุกอำเภอดำเนินการแบบเต่างอยครับ",
  near="the palad's instruction: admitted member, and this group has no posting rule")

# ---------------- Wednesday ----------------
t(WED, "06:45", "GOV", "สวัสดีปีงบประมาณ ๖๙ ครับ นักปกครองทุกท่าน 🙏", near="the governor's greeting: admitted")
stk(WED, "06:50", "BMW.d")
t(WED, "06:52", "SDW.c", "สวัสดีปีใหม่ราชการครับท่าน 🙏")
L.rename(WED, "08:10", "TNY.d", NEW, near="a coordinating deputy renames himself; his later posts are still his")
t(WED, "09:30", "SWD.v", "สว่างแดนดิน รายงานกิจกรรมจิตอาสาพัฒนาวันเริ่มปีงบประมาณ ๒๕๖๙ ณ สวนหนองสามผง จิตอาสา ๑๕๐ คนค่ะ",
  truth=[("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร; first message that shows her here")])
img(WED, "09:31", "SWD.v", 3)
t(WED, "10:20", "MUE.d", "อ.เมืองสกลนคร กิจกรรมวันเริ่มปีงบประมาณ ทำบุญตักบาตรข้าราชการ และปลูกต้นไม้ริมหนองหาร ๒๐๐ ต้น ครับ", near=CREP)
img(WED, "10:21", "MUE.d", 3)
t(WED, "13:00", "TNY.d", "เต่างอย ประชุมคณะกรรมการหมู่บ้าน เตรียมงานบุญออกพรรษา บ้านนาตาล ครับ", near="post under the new display name after the rename notice: the coordinating deputy of เต่างอย, admitted", name=NEW)
img(WED, "13:01", "TNY.d", 1, name=NEW)
t(WED, "15:30", "KTK.c", "คำตากล้า น้ำท่วมบ้านแพด ๒๐ หลัง จัดเวรยาม อส. ดูแลทรัพย์สินประชาชนที่อพยพ ตลอด ๒๔ ชม. ครับ", near=DREP)
t(WED, "17:10", "PNK.c", "โพนนาแก้วประชุมเตรียมงานไหลเรือไฟ ออกพรรษา ริมหนองหาร วันที่ ๗ ต.ค. ครับ", near=DREP)
img(WED, "17:11", "PNK.c", 2)

# ---------------- Thursday ----------------
t(THU, "08:00", "BMW.d", "บ้านม่วงรายงานครับ มอบถุงยังชีพผู้ประสบภัย ๑๘๐ ชุด (จังหวัด) และน้ำดื่ม ๓๐๐ แพ็ค ครับ", near=CREP)
img(THU, "08:01", "BMW.d", 3)
L.invite(THU, "09:30", "TNY.d", "ฝ้าย ธุรการ อ.เต่างอย", name=NEW,
         truth=[("OUTSIDER", "ฝ้าย ธุรการ อ.เต่างอย", "not on the roster (a district clerk); added by the coordinating deputy of เต่างอย (เกรียงศักดิ์ 🐘 เต่างอย)")])
t(THU, "09:35", "TNY.d", "เพิ่มน้องฝ้ายช่วยส่งรายงานอำเภอครับ", name=NEW)
t(THU, "10:10", "!ฝ้าย ธุรการ อ.เต่างอย", "เต่างอยรายงานการจัดเก็บภาษีบำรุงท้องที่ ปี ๖๘ ได้ร้อยละ ๙๘.๕ ค่ะ",
  near="later post by an outsider already recorded at her invite: no second OUTSIDER row")
t(THU, "10:40", "NKN.d", "นิคมน้ำอูน แจ้งเตือนประชาชนท้ายเขื่อน ประกาศเสียงตามสาย ๑๒ หมู่บ้าน เตรียมขนย้ายสิ่งของ ครับ", near=CREP)
t(THU, "14:00", "PPN.d", "ภูพาน ตรวจเยี่ยมผู้สูงอายุติดเตียง ๘ ราย ร่วมกับ รพ.สต. ครับ", near=CREP)
img(THU, "14:01", "PPN.d", 2)
t(THU, "16:50", "SDW.c", "ส่องดาว ประชุมคณะกรรมการจัดงานแข่งเรือยาวอ่างห้วยโทง กำหนดแข่ง ๕ ต.ค. ครับ", near=DREP)
t(THU, "19:20", "KSS.d", "โคกศรีสุพรรณ ตั้งจุดบริการประชาชน งานบุญออกพรรษา ๒ จุด วัดโพธิ์ชัย ครับ", near=CREP)

# ---------------- Friday ----------------
t(FRI, "08:15", "AKA.c", "อากาศอำนวยน้ำเริ่มลด ประชาชนกลับบ้าน ๑๒๐ ครัวเรือน อำเภอจัดจิตอาสาล้างทำความสะอาดบ้านเรือนครับ", near=DREP)
img(FRI, "08:16", "AKA.c", 4)
t(FRI, "09:40", "KUS.d", "กุสุมาลย์ สำรวจความเสียหายเบื้องต้น บ้านเรือน ๓๘ หลัง นาข้าว ๒,๓๐๐ ไร่ ครับ", near=CREP)
t(FRI, "11:05", "WNN.d", "วานรนิวาส จัดเวรปลัดอำเภอ ช่วงวันหยุดและเทศกาลออกพรรษาเรียบร้อยครับ", near=CREP)
t(FRI, "13:30", "TNY.d", "เต่างอย ตรวจความพร้อมสนามแข่งเรือ ลำน้ำพุง ครับ", near="the renamed coordinating deputy's report: admitted", name=NEW)
img(FRI, "13:31", "TNY.d", 2, name=NEW)
t(FRI, "16:00", "PALAD", "ขอบคุณทุกอำเภอครับ สัปดาห์หน้ารายงานผลงานออกพรรษาเข้ากลุ่มนี้ได้เลยครับ 🙏", near="the palad's thanks: admitted")
stk(FRI, "16:05", "PRN.d")
t(FRI, "16:08", "CRS.d", "ขอบคุณครับท่าน 🙏")
