# ศอ.จอส.จว.สน. — week AD (Mon 19 – Fri 23 Jan 2026), LINE for iPhone export, English UI.
# Every message and every annotation below is written by hand.
#   F=[(rule, note)] or [(rule, who, note)]  a finding at this message
#   N="…"                                     a near miss (looks like a finding, is not)
#   ans=(order, district code)                this message opens the district's answer to the order
from frame import Log

L = Log("volunteer-centre.txt", "ศอ.จอส.จว.สน.", export=True)
ORDERS = {}


def order(key, m, districts, deadline, why, expect):
    ORDERS[key] = dict(msg=m, districts=districts, deadline=deadline, why=why, expect=expect)
    return m


ALL = "ALL"
BIDI_SDW = "\u2068นอภ.ส่องดาว มณีรัตน์\u2069"   # the ส่องดาว chief's name comes wrapped in bidi isolates

# =====================================================================================================
# Monday 19 January 2026
# =====================================================================================================
d = 19
L.t(d, "06:58", "KAN", "สวัสดีวันจันทร์ค่ะ ☀️ เช้านี้ลมหนาวมาแรง ภูพานวัดได้ ๗ องศา ทุกท่านดูแลสุขภาพด้วยนะคะ")
L.stk(d, "07:04", "PPN.K", N="sticker answering a morning greeting: chat, not a report")
L.t(d, "07:16", "PPN.C", "ยอดดอยเช้านี้ 6.8 องศาครับ หมอกลงเต็มเลย 🥶", N="a district chief's weather note with no order open for it: chat, not an answer")
L.img(d, "07:16", "PPN.C")
L.t(d, "07:31", "KUS.K", "หนาวจนนิ้วแข็งครับ 😅", N="display name ปลัดเบียร์ fits two roster people (coordinating deputy of กุสุมาลย์, deputy of วานรนิวาส): ambiguous, never judged")

o1 = L.t(d, "08:40", "SAK",
         "เรียน ศูนย์อำนวยการจิตอาสาพระราชทานอำเภอ ทุกอำเภอ\n"
         "ศอ.จอส.จว.สน. ขอให้ทุกอำเภอสรุปผลการปฏิบัติหน้าที่ของจิตอาสาพระราชทาน ณ จุดบริการประชาชน "
         "ช่วงควบคุมเข้มข้นเทศกาลปีใหม่ ๒๕๖๙ (๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙) เป็นครั้งสุดท้าย ดังนี้\n"
         "๑) จำนวนจุดบริการที่มีจิตอาสาประจำ\n"
         "๒) จำนวนจิตอาสาที่ปฏิบัติหน้าที่ (คน/ครั้ง)\n"
         "๓) เหตุการณ์สำคัญ (ถ้ามี)\n"
         "ตามแบบที่แนบ ส่งในกลุ่มนี้ภายในบ่ายสามโมงวันนี้นะครับ จะรวบรวมเสนอท่านผู้ว่าฯ แล้วส่งกรมการปกครองต่อไปครับ",
         N="order of the province-level volunteer officer (the provincial centre): allowed; it creates the O1 duty")
order("O1", o1, ALL, "2026-01-19T15:00:00+07:00",
      "\"ภายในบ่ายสามโมงวันนี้\" in an order posted on Monday 19 Jan: บ่ายสามโมง is 15:00, that day.",
      {"AKA": "late", "BMG": "late", "TNY": "missing"})
L.file(d, "08:41", "SAK", "แบบสรุปจิตอาสา ปีใหม่69 (ครั้งสุดท้าย).xlsx", N="the centre's form sent right after its order: part of the order post")
L.t(d, "08:44", "PHN.K", "รับทราบครับพี่ 🙏", N="acknowledgement of O1 by a district person: allowed; an acknowledgement is not a report")
L.stk(d, "08:45", "WNN.V", N="sticker as an acknowledgement of O1: not a report")
L.t(d, "08:49", "NKN.C", "รับทราบค่ะ", N="acknowledgement of O1 by a district chief: allowed; not a report")
L.t(d, "08:52", "KSS.C", "รับทราบครับผม 🙏")
L.t(d, "09:03", "WNN.D1", "รับทราบครับ", N="ปลัดเบียร์ again: ambiguous display name, never judged")

L.t(d, "09:25", "PPN.V",
    "อ.ภูพาน ครับ\nจุดบริการ ๓ จุด\nจิตอาสาปฏิบัติหน้าที่ ๙๖ คน/ครั้ง\nเหตุการณ์สำคัญ ไม่มีครับ",
    ans=("O1", "PPN"), N="report by the district volunteer officer for ภูพาน: a district person, counts")
L.file(d, "09:40", "KBK.K", "สรุปจิตอาสาปีใหม่ อ.กุดบาก.xlsx", ans=("O1", "KBK"),
       N="the form sent as a file, by the person with two roles (coordinating_deputy|volunteer_center_staff): a file counts as the report")
L.t(d, "09:41", "KBK.K", "ส่งแบบสรุป อ.กุดบาก ครับ 🙏")
L.t(d, "10:05", "MUE.V",
    "อำเภอเมืองสกลนคร ค่ะ\n- จุดบริการ 6 จุด\n- จิตอาสา 312 คน/ครั้ง\n- เหตุการณ์สำคัญ: 1 ม.ค. จิตอาสาช่วยปฐมพยาบาลผู้บาดเจ็บจากรถจักรยานยนต์ล้ม หน้าจุดบริการบ้านธาตุ ส่งต่อ รพ.ศูนย์ฯ เรียบร้อยค่ะ",
    ans=("O1", "MUE"))
L.t(d, "10:30", "PKN.K", "พังโคนครับ จุดบริการ ๔ จุด จิตอาสา ๑๘๐ คน/ครั้ง ไม่มีเหตุการณ์สำคัญครับ", ans=("O1", "PKN"))
L.t(d, "10:45", "PKN.K", "ขอแก้ไขครับ จิตอาสา ๑๘๖ คน/ครั้ง (ตกหล่นจุดบ้านแร่ ๖ คน) 🙏",
    N="correction of พังโคน's figure 15 minutes later: the answer is still the first piece at 10:30")
L.t(d, "10:52", "SDW.C", "ส่องดาว จุดบริการ 2 จุด จิตอาสา 74 คน/ครั้ง ไม่มีเหตุสำคัญค่ะ", name=BIDI_SDW, ans=("O1", "SDW"),
    N="sender name wrapped in invisible bidi isolates (U+2068/U+2069): the district chief of ส่องดาว")
L.invite(d, "11:02", "PPN.C", "ปลัดศักดิ์ ภูพาน",
         N="eligible invitee: ปลัดศักดิ์ ภูพาน is a deputy_district_chief, admitted to ศอ.จอส.จว.สน.; invited by his own district chief")
L.t(d, "11:06", "PPN.D1", "สวัสดีครับ ปลัดศักดิ์ อ.ภูพาน ขอฝากเนื้อฝากตัวด้วยครับ 🙏", N="greeting by the newly invited deputy (eligible): chat")
L.t(d, "11:10", "WNN.V", "อ.วานรนิวาส ส่งแบบสรุปครับ", ans=("O1", "WNN"))
L.file(d, "11:10", "WNN.V", "วานรฯ_จิตอาสาปีใหม่69.pdf")
L.t(d, "11:20", "NKN.V",
    "นิคมน้ำอูนค่ะ ขอส่งก่อน 2 จุดนะคะ\nจุดบ้านนิคม 28 คน/ครั้ง\nจุดหนองบัว 22 คน/ครั้ง\nอีก 1 จุดรอยอดจากตำบลค่ะ",
    ans=("O1", "NKN"), N="a first, partial figure: it carries the result asked for, so it opens นิคมน้ำอูน's answer (on time)")
L.t(d, "11:45", "CRS.K", "เจริญศิลป์ครับ ๓ จุด / ๑๑๔ คน/ครั้ง / ไม่มีเหตุการณ์สำคัญ", ans=("O1", "CRS"),
    N="report by the person with two roles (coordinating_deputy|volunteer_center_staff) for เจริญศิลป์: counts")
L.t(d, "12:10", "KAN", "ขอบคุณอำเภอที่ส่งแล้วนะคะ 🙏", N="thanks by the centre: not an order")
L.t(d, "13:05", "NKN.V", "จุดที่ 3 บ้านโพนงาม 19 คน/ครั้งค่ะ รวมนิคมน้ำอูน 69 คน/ครั้ง ครบแล้วค่ะ",
    N="second piece of นิคมน้ำอูน's report: not a new answer")
L.t(d, "13:10", "KSS.V", "โคกศรีสุพรรณ จุดบริการ ๒ จุด จิตอาสา ๕๘ คน/ครั้ง ไม่มีเหตุการณ์สำคัญครับ", ans=("O1", "KSS"))
L.t(d, "13:25", "PHN.D1",
    "รายงานแทน อ.พรรณานิคม ค่ะ\nจุดบริการ 5 จุด\nจิตอาสา 205 คน/ครั้ง\nเหตุสำคัญ 31 ธ.ค. ช่วยอำนวยการจราจรหน้าตลาดพรรณานิคม ช่วงสวดมนต์ข้ามปีค่ะ",
    ans=("O1", "PHN"), N="report by an ordinary deputy (deputy_district_chief) on the district's behalf: counts for พรรณานิคม")
o3 = L.t(d, "13:30", "KAN",
         "แจ้งเพื่อทราบค่ะ 📣 กีฬาสีราชการจังหวัดสกลนคร ประจำปี ๒๕๖๙ วันศุกร์ที่ ๒๓ ม.ค. นี้ ณ สนามกีฬากลางจังหวัด "
         "พิธีเปิด ๑๓.๐๐ น. จิตอาสาที่ว่างงานเชิญร่วมเชียร์ได้ค่ะ ไม่ต้องรายงานนะคะ",
         N="information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
L.t(d, "13:40", "KUS.V", "กุสุมาลย์ค่ะ จุดบริการ 3 จุด จิตอาสา 97 คน/ครั้ง ไม่มีเหตุการณ์สำคัญค่ะ", ans=("O1", "KUS"))
L.t(d, "14:05", "WRC.C", "วาริชภูมิครับ 3 จุด 101 คน/ครั้ง ไม่มีเหตุครับ", name="นายสมหวัง ทิพย์โพธิ์", ans=("O1", "WRC"),
    N="display name with the title นาย (roster: สมหวัง ทิพย์โพธิ์): the district chief of วาริชภูมิ")
L.t(d, "14:12", "KTK.K", "คำตากล้า ๒ จุด ๖๖ คน/ครั้ง ไม่มีเหตุสำคัญค่ะ", ans=("O1", "KTK"))
L.t(d, "14:20", "SAK",
    "ย้ำครับ สรุปจิตอาสาช่วงปีใหม่ ครบกำหนดบ่ายสามโมงวันนี้\nยังไม่ได้รับจาก สว่างแดนดิน โพนนาแก้ว อากาศอำนวย บ้านม่วง เต่างอย ครับ",
    N="reminder of O1 naming the districts still owing (ย้ำ … ยังไม่ได้รับ): creates no new duty")
L.file(d, "14:30", "SWD.V", "สรุปจิตอาสาปีใหม่_สว่างแดนดิน.xlsx", ans=("O1", "SWD"), N="a file alone after O1 (which asked for its form): counts")
L.t(d, "14:50", "AKA.K", "อากาศอำนวยขออนุญาตส่งช้านิดนึงครับ กำลังรวมยอดจากตำบล 🙏",
    N="a promise to report (กำลังรวมยอด) is not a report: อากาศอำนวย has not answered yet")
L.t(d, "14:59", "PNK.K", "โพนนาแก้วครับ จุดบริการ ๒ จุด จิตอาสา ๗๐ คน/ครั้ง ไม่มีเหตุการณ์สำคัญครับ", ans=("O1", "PNK"),
    N="report one minute before the 15:00 deadline: on time")
L.t(d, "15:02", "SAK", "ขอบคุณครับ 🙏")
L.t(d, "16:20", "AKA.V",
    "อ.อากาศอำนวย ครับ\nจุดบริการ 3 จุด\nจิตอาสา 88 คน/ครั้ง\nไม่มีเหตุการณ์สำคัญ\nขออภัยที่ล่าช้าครับ",
    ans=("O1", "AKA"))
L.t(d, "16:40", "SAK", "ยังขาด บ้านม่วง กับ เต่างอย นะครับ ผมต้องส่งจังหวัดแล้ว 🙏", N="reminder naming two districts: no new duty")

o2 = L.t(d, "10:15", "PALAD",
         "เรียน นายอำเภอกุสุมาลย์ และนายอำเภอโพนนาแก้ว\n"
         "ระบบ GISTDA รายงานจุดความร้อน (hotspot) เมื่อวาน ในพื้นที่ ต.นาโพธิ์ อ.กุสุมาลย์ ๓ จุด และ ต.บ้านแป้น อ.โพนนาแก้ว ๒ จุด "
         "ขอให้สั่งการศูนย์จิตอาสาอำเภอ ร่วมกับกำนัน ผู้ใหญ่บ้าน ลงตรวจสอบพื้นที่ ประชาสัมพันธ์งดเผา "
         "แล้วรายงานผลพร้อมภาพถ่ายในกลุ่มนี้ ภายในตอนเย็นวันนี้ครับ",
         N="order of the provincial palad (the provincial centre) addressed in its salutation to two districts only")
order("O2", o2, ["KUS", "PNK"], "2026-01-19T18:00:00+07:00",
      "\"ภายในตอนเย็นวันนี้\" on Monday 19 Jan. ตอนเย็น is read as 18:00 (see decisions); no answer falls between "
      "16:30 and 19:00, so any reading of 'evening' in that span gives the same states.",
      {"PNK": "late"})
L.t(d, "10:21", "KUS.C", "รับทราบครับท่าน", N="acknowledgement of O2 by the chief of กุสุมาลย์: not the report O2 asks for")
L.t(d, "10:24", "PNK.C", "รับทราบครับ ดำเนินการครับ", N="acknowledgement with a promise to act (ดำเนินการครับ): not a report; โพนนาแก้ว has not answered O2 yet")
L.img(d, "15:40", "KUS.C", 2, ans=("O2", "KUS"),
      N="photos first, caption two minutes later: one report post for กุสุมาลย์, cited at its first photo (O2 asked for photos; O1 was already answered)")
L.t(d, "15:42", "KUS.C", "จิตอาสา อ.กุสุมาลย์ ร่วมกับผู้ใหญ่บ้าน ลงตรวจจุดความร้อน ต.นาโพธิ์ ๓ จุด เป็นการเผาเศษใบอ้อยหลังตัด ดับแล้ว ได้ตักเตือนเจ้าของแปลงและติดป้ายรณรงค์งดเผาครับ")

# =====================================================================================================
# Tuesday 20 January 2026
# =====================================================================================================
d = 20
L.t(d, "06:45", "SAK", "อรุณสวัสดิ์วันอังคารครับ ค่าฝุ่นเช้านี้สีส้ม ออกพื้นที่ใส่หน้ากากกันด้วยนะครับ 😷")
L.t(d, "07:02", "SWD.K", "สวัสดีครับ 🙏")
L.t(d, "08:05", "KUS.K", "อรุณสวัสดิ์ครับ วันนี้หมอกหนามากครับ", N="ปลัดเบียร์: ambiguous display name, never judged")
L.t(d, "08:20", "PNK.K",
    "เรียน ท่านปลัดจังหวัด\nโพนนาแก้วรายงานผลการตรวจจุดความร้อน ต.บ้านแป้น ๒ จุด เป็นการเผาตอซังข้าว ดับเรียบร้อย "
    "จิตอาสา ๑๒ นาย ร่วมกับผู้ใหญ่บ้าน ประกาศเสียงตามสายงดเผาแล้วครับ ขออภัยที่รายงานล่าช้าครับ",
    ans=("O2", "PNK"))
L.img(d, "08:20", "PNK.K", 2)

o4 = L.t(d, "09:00", "PALAD",
         "เรียน นายอำเภอทุกอำเภอ\n"
         "ตามที่จังหวัดจัดสรรผ้าห่มกันหนาวให้อำเภอ เพื่อให้ศูนย์จิตอาสาพระราชทานอำเภอร่วมแจกจ่ายแก่ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง นั้น\n"
         "ขอให้รายงาน จำนวนที่ได้รับ / แจกจ่ายแล้ว / คงเหลือ พร้อมภาพการมอบ ๒–๓ ภาพ ในกลุ่มนี้ "
         "ภายในพรุ่งนี้เช้าเก้าโมงครับ ท่านผู้ว่าฯ จะใช้ข้อมูลประชุมหัวหน้าส่วนราชการ",
         N="the provincial palad's order to all districts: the provincial centre may order here")
order("O4", o4, ALL, "2026-01-21T09:00:00+07:00",
      "\"ภายในพรุ่งนี้เช้าเก้าโมง\" posted on Tuesday 20 Jan: เก้าโมง (เช้า) is 09:00, on Wednesday 21 Jan.",
      {"SDW": "late", "WRC": "late", "KTK": "late", "AKA": "missing"})
L.img(d, "09:01", "PALAD", 2, N="photos of the allocation letter sent by the palad with his order: part of the order post")
L.t(d, "09:05", "MUE.C", "ทราบครับ", N="acknowledgement of O4: not a report")
L.stk(d, "09:06", "TNY.V", N="sticker as an acknowledgement: not a report")
L.t(d, "09:08", "KTK.C", "รับทราบครับผม", N="acknowledgement of O4 by the chief of คำตากล้า: not a report (its O4 answer comes late on Wednesday)")
L.t(d, "09:12", "BMG.K", "รับทราบคับ", N="acknowledgement (รับทราบคับ, a common spelling): not a report")
L.t(d, "09:15", "CRS.C", "รับทราบครับ 🙏🙏", N="acknowledgement with 🙏: not a report")
L.t(d, "09:05", "BMG.V",
    "บ้านม่วงส่งสรุปจิตอาสาปีใหม่ค่ะ\nจุดบริการ 3 จุด\nจิตอาสา 93 คน/ครั้ง\nไม่มีเหตุการณ์สำคัญค่ะ ขออภัยที่ล่าช้านะคะ",
    ans=("O1", "BMG"))
L.join(d, "10:05", "ENV",
       F=[("SKN-5", "agency head (ทสจ.) joined ศอ.จอส.จว.สน. by link or QR code: not admitted (palad, district chiefs, deputies, volunteer officers only); no inviter")])
L.t(d, "10:07", "ENV", "สวัสดีครับ ทสจ.สน. ขออนุญาตเข้ากลุ่มเพื่อประสานงานเรื่องไฟป่ากับจิตอาสาครับ 🌳",
    N="later post by the same ineligible member: his membership finding is already at his join; a greeting is neither order nor report")
L.t(d, "10:10", "PPN.C",
    "ภูพานรายงานผ้าห่มครับ\nได้รับ ๔๐๐ ผืน\nแจกจ่ายแล้ว ๓๘๐ ผืน (ผู้สูงอายุ ๒๒๐ ผู้พิการ ๙๐ ผู้ป่วยติดเตียง ๗๐)\nคงเหลือ ๒๐ ผืน สำรองไว้กรณีฉุกเฉินครับ",
    ans=("O4", "PPN"))
L.img(d, "10:10", "PPN.C", 2)

o5 = L.t(d, "11:10", "SAK",
         "พฤหัสนี้ (๒๒ ม.ค.) ๐๗.๓๐ น. ท่านผู้ว่าฯ นำจิตอาสาทำความสะอาดรอบสนามกีฬากลางจังหวัดและริมหนองหาร เตรียมงานกีฬาสีราชการ\n"
         "ฝากนายอำเภอเมืองสกลนคร กับปลัดตี๋ โคกศรีฯ ช่วยจัดจิตอาสาอำเภอละ ๕๐ คน "
         "แจ้งจำนวน ชื่อหัวหน้าชุด และเบอร์โทร ในกลุ่มนี้ก่อนเลิกงานวันนี้นะครับ 🙏",
         N="order of the provincial centre given through two people (ฝากนายอำเภอเมืองสกลนคร / ฝากปลัดตี๋): it obliges their districts only")
order("O5", o5, ["MUE", "KSS"], "2026-01-20T16:30:00+07:00",
      "\"ก่อนเลิกงานวันนี้\" on Tuesday 20 Jan: official hours end at 16:30. Addressed through two people: the chief of "
      "เมืองสกลนคร and ปลัดตี๋ (roster: coordinating deputy of โคกศรีสุพรรณ). No answer falls between 16:30 and 17:00.",
      {"KSS": "late"})
L.t(d, "11:14", "MUE.C", "รับทราบครับ มอบ จอส.อำเภอดำเนินการครับ", N="acknowledgement of O5 by the chief of เมืองสกลนคร, handing it to the district volunteer officer: not the answer")
L.t(d, "11:30", "WNN.C",
    "อ.วานรนิวาส รายงานผลการแจกจ่ายผ้าห่มกันหนาวครับ\n- ได้รับจัดสรร 500 ผืน\n- แจกจ่ายแล้ว 500 ผืน\n- คงเหลือ 0\nจิตอาสาร่วมมอบ 14 ตำบลครับ",
    ans=("O4", "WNN"))
L.img(d, "11:30", "WNN.C", 3)
L.t(d, "13:40", "MUE.K", "อ.เมืองสกลนคร ผ้าห่ม ได้รับ ๕๐๐ แจกแล้ว ๔๗๕ คงเหลือ ๒๕ ผืน (รอมอบ ต.ดงมะไฟ พรุ่งนี้) ครับ",
    ans=("O4", "MUE"), N="a text report without photos: it carries the figures asked for, so it answers O4")

o6 = L.t(d, "14:00", "PALAD",
         "ช่วงนี้โรงงานเปิดหีบอ้อย มีการลักลอบเผาอ้อยก่อนตัดหลายจุดในพื้นที่ปลูกอ้อยหนาแน่น คือ อำเภอวานรนิวาส, อำเภอคำตากล้า และอำเภอบ้านม่วง\n"
         "ขอให้ศูนย์จิตอาสาอำเภอทั้งสามแห่ง ร่วมกับกำนันผู้ใหญ่บ้าน ตั้งจุดรณรงค์ \"ตัดอ้อยสด ไม่เผา\" อย่างน้อยอำเภอละ ๒ จุด "
         "แล้วรายงานจำนวนจุด จำนวนจิตอาสา และภาพกิจกรรม ภายในคืนนี้ครับ",
         N="the palad's order naming three districts after a description (comma and และ)")
order("O6", o6, ["WNN", "KTK", "BMG"], "2026-01-20T23:59:59+07:00",
      "\"ภายในคืนนี้\" on Tuesday 20 Jan: to the end of that night, written 23:59:59 (see decisions). The on-time answers came "
      "before 21:00 and the late one the next morning, so a reading anywhere from 21:00 to midnight gives the same states.",
      {"BMG": "late"})
L.img(d, "14:05", "KBK.K", 2, ans=("O4", "KBK"),
      N="photos first, then the figures as a caption: one post, cited at the first photo; O4 asked for photos")
L.t(d, "14:08", "KBK.K", "กุดบาก ผ้าห่ม ได้รับ 300 แจกแล้ว 300 คงเหลือ 0 ครับ")
L.t(d, "14:20", "MUE.V",
    "อ.เมืองสกลนคร ส่งจิตอาสาช่วยงานวันพฤหัสค่ะ\nจำนวน 50 คน\nหัวหน้าชุด นายวิชัย ศรีบุญ (ประธาน จอส.ต.ธาตุเชิงชุม) โทร 08x-xxx-4417\nจุดนัดพบ หน้าศาลากลาง 07.00 น. ค่ะ",
    ans=("O5", "MUE"))
L.t(d, "14:30", "KUS.V", "กุสุมาลย์ผ้าห่มค่ะ ได้รับ ๓๕๐ แจกแล้ว ๓๑๒ คงเหลือ ๓๘ ผืนค่ะ", ans=("O4", "KUS"))
L.img(d, "14:31", "KUS.V", 2)
L.t(d, "14:45", "KUS.V", "ขอแก้ไขค่ะ แจกแล้ว ๓๒๑ คงเหลือ ๒๙ ผืนค่ะ 🙏 ขออภัยค่ะ",
    N="correction of กุสุมาลย์'s blanket figures: the answer is the first piece at 14:30")
L.t(d, "15:10", "NKN.C", "นิคมน้ำอูน ผ้าห่ม ได้รับ 300 / แจก 288 / คงเหลือ 12 ค่ะ", ans=("O4", "NKN"))
L.img(d, "15:10", "NKN.C", 2)
L.t(d, "15:50", "PKN.V", "พังโคนค่ะ 🌼 ได้รับผ้าห่ม ๔๐๐ ผืน แจกจ่ายแล้วครบ ๔๐๐ ผืนค่ะ", ans=("O4", "PKN"))
L.img(d, "15:50", "PKN.V", 2)
L.t(d, "16:05", "SWD.K", "สว่างแดนดิน ได้รับ 600 แจกแล้ว 540 คงเหลือ 60 ผืน (รอมอบ อสม.ตรวจรายชื่อ) ครับ", ans=("O4", "SWD"))
L.t(d, "16:20", "CRS.K", "เจริญศิลป์ครับ ผ้าห่มได้รับ ๓๐๐ แจกครบ ๓๐๐ ครับ", ans=("O4", "CRS"))
L.img(d, "16:20", "CRS.K", 2)
L.t(d, "17:00", "SAK", "ปลัดตี๋ ครับ รอรายชื่อหัวหน้าชุดจิตอาสาโคกศรีฯ สำหรับวันพฤหัสอยู่นะครับ 🙏",
    N="reminder by name after the 16:30 deadline of O5: no new duty, does not move the deadline")
L.t(d, "18:05", "KSS.K", "โคกศรีสุพรรณ ๕๐ คนครับ หัวหน้าชุด นายบุญมี แสนทวีสุข โทร ๐๘x-xxx-๒๓๖๐ ขออภัยที่ช้าครับ ติดประชุมหมู่บ้าน",
    ans=("O5", "KSS"))
L.t(d, "19:10", "KSS.V", "โคกศรีสุพรรณ ผ้าห่ม ได้รับ ๓๐๐ แจกแล้ว ๒๘๐ คงเหลือ ๒๐ ครับ", ans=("O4", "KSS"))
L.img(d, "19:10", "KSS.V", 2)
L.img(d, "19:30", "WNN.V", 3, ans=("O6", "WNN"),
      N="photos first, caption three minutes later: answers O6 (campaign points); วานรนิวาส had already answered O4 at 11:30")
L.t(d, "19:33", "WNN.V", "จุดรณรงค์ ตัดอ้อยสด ไม่เผา อ.วานรนิวาส 2 จุด (บ้านคอนสาย, บ้านหนองแวง) จิตอาสา 26 คนครับ")
L.t(d, "20:05", "BMG.C",
    "ขออภัยครับ เมื่อกี้ส่งผิดกลุ่ม 🙏\nบ้านม่วงรายงานผ้าห่มกันหนาว\nได้รับ ๔๐๐ ผืน แจกแล้ว ๓๖๕ ผืน คงเหลือ ๓๕ ผืน (ผู้ป่วยติดเตียง ๔๑ ราย ได้รับครบ)",
    ans=("O4", "BMG"), N="the report posted first in ข้อสั่งการ ปค.สน. at 19:40, now here: only this post counts, and it is on time")
L.img(d, "20:05", "BMG.C", 2)
L.t(d, "20:30", "PHN.V", "พรรณานิคม ผ้าห่ม ได้รับ 500 แจก 460 คงเหลือ 40 ผืนครับ", ans=("O4", "PHN"))
L.img(d, "20:31", "PHN.V", 2)
L.t(d, "20:40", "KTK.K",
    "คำตากล้ารายงานจุดรณรงค์ตัดอ้อยสด ไม่เผา ค่ะ\n๒ จุด คือ บ้านนาคำ และบ้านหนองบัวแดง\nจิตอาสา ๑๘ คน แจกแผ่นพับ ติดป้ายไวนิล ๖ ป้ายค่ะ",
    ans=("O6", "KTK"), N="answers O6 (campaign points), not O4 (blankets), which คำตากล้า still owes: told apart by what it carries")
L.img(d, "20:40", "KTK.K", 2)
L.t(d, "21:10", "TNY.K", "เต่างอย ผ้าห่ม ได้รับ ๓๐๐ แจกจ่าย ๒๙๐ คงเหลือ ๑๐ ครับ", ans=("O4", "TNY"))
L.img(d, "21:10", "TNY.K", 2)
L.unsend(d, "21:14", "TNY.K",
         N="unsend notice: the unsent message is gone; the 21:10 report above is still there and answers O4 for เต่างอย")

# =====================================================================================================
# Wednesday 21 January 2026
# =====================================================================================================
d = 21
L.t(d, "06:40", "KAN", "อรุณสวัสดิ์วันพุธค่ะ 🌤 อย่าลืมดื่มน้ำอุ่นๆ นะคะ")
L.t(d, "07:30", "PNK.C", "โพนนาแก้ว ผ้าห่มครับ ได้รับ 300 แจกแล้ว 265 คงเหลือ 35", ans=("O4", "PNK"))
L.img(d, "07:30", "PNK.C", 2)
L.t(d, "07:45", "BMG.K",
    "บ้านม่วงรายงานจุดรณรงค์ตัดอ้อยสด ไม่เผา ๒ จุด (ต.ดงหม้อทอง, ต.มาย) จิตอาสา ๒๐ คนครับ ขออภัยล่าช้าครับ เมื่อคืนสัญญาณเน็ตหลุด",
    ans=("O6", "BMG"))
L.img(d, "07:45", "BMG.K", 2)
L.t(d, "08:10", "SAK",
    "เร่งรัดครับ 🙏 ยอดผ้าห่มครบกำหนดเก้าโมงเช้านี้\nยังไม่ได้รับ: วาริชภูมิ คำตากล้า ส่องดาว อากาศอำนวย",
    N="reminder (เร่งรัด … ยังไม่ได้รับ) of O4: no new duty")
o7 = L.t(d, "08:50", "SAK",
         "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\n"
         "ตามนโยบายจังหวัด \"สกลนครร่วมใจ ลดเผา ลดฝุ่น\" ขอให้ศูนย์จิตอาสาพระราชทานอำเภอ จัดกิจกรรมจิตอาสาทำแนวกันไฟ หรือรณรงค์งดเผาในพื้นที่ "
         "อย่างน้อยอำเภอละ ๑ กิจกรรม ภายในวันนี้\n"
         "รายงานผล (สถานที่ / จำนวนจิตอาสา / ผลงาน) พร้อมภาพ ๓–๔ ภาพ ภายในเวลาสองทุ่มวันนี้ครับ",
         N="order of the province-level volunteer officer to all districts: allowed; it creates the O7 duty")
order("O7", o7, ALL, "2026-01-21T20:00:00+07:00",
      "\"ภายในเวลาสองทุ่มวันนี้\" on Wednesday 21 Jan: สองทุ่ม is 20:00 that day.",
      {"CRS": "late", "KUS": "late", "PKN": "missing"})
L.t(d, "08:53", "AKA.C", "รับทราบครับ", N="acknowledgement of O7: not a report")
L.t(d, "08:55", "SDW.K", "รับทราบครับผม", N="acknowledgement of O7 by ส่องดาว's coordinating deputy: not a report")
L.stk(d, "08:56", "NKN.V", N="sticker acknowledging O7: not a report")
L.t(d, "09:20", "SDW.K", "ส่องดาวส่งยอดผ้าห่มครับ ได้รับ ๓๐๐ แจกแล้ว ๒๙๖ คงเหลือ ๔ ผืนครับ", ans=("O4", "SDW"))
L.img(d, "09:20", "SDW.K", 2)
o8 = L.t(d, "09:40", "KAN",
         "ฝากนายอำเภอเจริญศิลป์ กับนายอำเภอสว่างแดนดินค่ะ 🙏 ท่านรองฯ วิไลลักษณ์ จะลงพื้นที่มอบผ้าห่มเพิ่มเติมวันศุกร์ "
         "ขอจำนวนครัวเรือนผู้ป่วยติดเตียงและผู้สูงอายุอยู่ลำพังที่ยังไม่ได้รับผ้าห่ม แยกรายตำบล ส่งในกลุ่มนี้ก่อนเที่ยงวันนี้นะคะ",
         N="order of the province-level volunteer officer given through two district chiefs (ฝากนายอำเภอ… กับนายอำเภอ…)")
order("O8", o8, ["CRS", "SWD"], "2026-01-21T12:00:00+07:00",
      "\"ก่อนเที่ยงวันนี้\" on Wednesday 21 Jan: before 12:00 that day.",
      {"SWD": "missing"})
L.t(d, "09:44", "CRS.C", "รับทราบครับ มอบปลัดวุธดำเนินการครับ", N="acknowledgement of O8 handing it to ปลัดวุธ: not the answer")
L.t(d, "10:20", "WRC.K",
    "ขออภัยครับ เมื่อวานส่งไว้ในกลุ่มนักปกครองสกลนคร 🙏\nวาริชภูมิ ผ้าห่ม ได้รับ ๓๐๐ แจกแล้ว ๓๐๐ คงเหลือ ๐ ครับ",
    ans=("O4", "WRC"))
L.img(d, "10:20", "WRC.K", 2)
L.t(d, "10:50", "ENV",
    "ขอให้ทุกอำเภอแจ้งจุดความร้อนสะสมและพื้นที่เผาไหม้ในเขตป่า ของแต่ละอำเภอ ผ่านกลุ่มนี้ ภายในวันศุกร์ครับ ทสจ.จะรวบรวมเสนอจังหวัด",
    F=[("SKN-5P", "an order to all districts (ขอให้ทุกอำเภอแจ้ง … ภายในวันศุกร์) by an agency head, not the provincial centre; creates no SKN-5O duty")])
L.t(d, "11:00", "SAK", "ปลัดนิด คำตากล้า ครับ ยอดผ้าห่มยังไม่เห็นนะครับ 🙏", N="reminder by name (O4): no new duty")
L.t(d, "11:20", "PPN.K",
    "ภูพานรายงานกิจกรรม ลดเผา ลดฝุ่น ครับ\nสถานที่ แนวเขตอุทยานฯ ภูพาน บ้านห้วยหวด\nจิตอาสา ๔๕ คน\nทำแนวกันไฟ ๓ กม.",
    ans=("O7", "PPN"))
L.img(d, "11:20", "PPN.K", 3)
L.t(d, "11:30", "KAN", "ท่านนอภ.สว่างแดนดิน คะ ข้อมูลครัวเรือนผู้ป่วยติดเตียง รบกวนด้วยนะคะ ก่อนเที่ยงค่ะ 🙏",
    N="reminder by name (O8): no new duty")
L.t(d, "11:50", "CRS.K",
    "เจริญศิลป์ ครัวเรือนที่ยังไม่ได้รับผ้าห่มครับ\nต.เจริญศิลป์ ๑๒\nต.ทุ่งแก ๙\nต.โคกศิลา ๗\nต.หนองแปน ๑๑\nต.บ้านเหล่า ๖\nรวม ๔๕ ครัวเรือนครับ",
    ans=("O8", "CRS"))
L.t(d, "12:30", "KBK.K", "กุดบาก กิจกรรมลดเผา ลดฝุ่น: ทำแนวกันไฟ ป่าชุมชนบ้านนาม่อง 2.5 กม. จิตอาสา 38 คนครับ", ans=("O7", "KBK"))
L.img(d, "12:30", "KBK.K", 2)
L.t(d, "13:40", "KTK.V", "คำตากล้ารายงานผ้าห่มกันหนาวครับ ได้รับ ๓๐๐ ผืน แจกแล้ว ๒๗๐ คงเหลือ ๓๐ ผืน ขออภัยที่ล่าช้าครับ", ans=("O4", "KTK"),
    N="answers O4 (blanket figures) after its 09:00 deadline while O7 (burning) is open: told apart by what it carries")
L.img(d, "13:40", "KTK.V", 2)
L.t(d, "13:15", "MUE.D1", "อ.เมืองสกลนคร รณรงค์งดเผา ต.ห้วยยาง + ทำแนวกันไฟป่าชุมชนโคกภู 1 กม. จิตอาสา 60 คนครับ", ans=("O7", "MUE"),
    N="report by an ordinary deputy (deputy_district_chief) for เมืองสกลนคร: counts")
L.img(d, "13:15", "MUE.D1", 3)
o9 = L.t(d, "13:15", "PALAD",
          "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\n"
          "ขอให้จัดส่งแบบรายงานผลการดำเนินงานจิตอาสาพระราชทาน ประจำเดือนมกราคม ๒๕๖๙ (แบบ จอส.๑) เป็นไฟล์ Excel ในกลุ่มนี้ "
          "ภายในสัปดาห์นี้ (ไม่เกินวันศุกร์ที่ ๒๓ ม.ค. ๒๕๖๙) เพื่อรวบรวมส่ง ศอ.จอส.พระราชทาน ต้นเดือนหน้าครับ",
          N="the palad's order to all districts: the provincial centre; its deadline runs to the end of the week")
order("O9", o9, ALL, "2026-01-23T23:59:59+07:00",
      "\"ภายในสัปดาห์นี้ (ไม่เกินวันศุกร์ที่ ๒๓ ม.ค. ๒๕๖๙)\" posted on Wednesday 21 Jan: the date, written in Thai digits with "
      "the Buddhist-era year, runs to the end of Friday 23 Jan (see decisions). The log ends before that, so unanswered "
      "districts are not-due. No answer was planted between 16:30 and midnight on Friday.",
      {})
L.file(d, "13:16", "PALAD", "แบบ จอส.1 ม.ค.69.xlsx", N="the centre's form sent with its order: part of the order post")
L.img(d, "14:00", "NKN.V", 2, ans=("O7", "NKN"),
      N="photos alone after O7, which asks for photos: a report for นิคมน้ำอูน (its O4 answer was already in on Tuesday)")
L.t(d, "14:40", "WNN.K", "วานรนิวาส ลดเผา ลดฝุ่น: จิตอาสา 40 คน ทำแนวกันไฟดอนปู่ตาบ้านโคกสี 1.2 กม. และรณรงค์ 3 หมู่บ้านครับ", ans=("O7", "WNN"))
L.img(d, "14:40", "WNN.K", 2)
L.t(d, "15:05", "SDW.V", "ส่องดาว ทำแนวกันไฟป่าสงวนฯ ภูผาเหล็ก ๒ กม. จิตอาสา ๓๓ คนครับ", ans=("O7", "SDW"))
L.img(d, "15:05", "SDW.V", 3)
L.t(d, "15:30", "PHN.K", "พรรณานิคม รณรงค์งดเผาตอซัง ต.ไร่ ต.นาหัวบ่อ จิตอาสา ๕๒ คน ครับ", ans=("O7", "PHN"))
L.img(d, "15:30", "PHN.K", 3)
L.t(d, "16:10", "KSS.C", "โคกศรีสุพรรณ: ทำแนวกันไฟป่าดงผาลาด 1.5 กม. จิตอาสา 47 คน ครับ", ans=("O7", "KSS"))
L.img(d, "16:11", "KSS.C", 2)
L.t(d, "16:45", "WRC.V", "วาริชภูมิ รณรงค์ไม่เผาอ้อย/ตอซัง ๓ หมู่บ้าน จิตอาสา ๒๕ คนครับ", ans=("O7", "WRC"))
L.img(d, "16:45", "WRC.V", 2)
L.t(d, "17:20", "AKA.C", "อากาศอำนวย กิจกรรมลดเผา ลดฝุ่น ทำแนวกันไฟริมลำน้ำสงคราม 1 กม. จิตอาสา 30 คนครับ", ans=("O7", "AKA"),
    N="answers O7 (anti-burning activity), not O4 (blanket figures), which อากาศอำนวย never sends: told apart by what it carries")
L.img(d, "17:20", "AKA.C", 3)
L.t(d, "17:30", "SAK",
    "ตามกำหนดเวลาสองทุ่มคืนนี้ครับ กิจกรรมลดเผา ลดฝุ่น\nอำเภอที่ยังไม่ได้รายงาน: กุสุมาลย์ พังโคน คำตากล้า บ้านม่วง สว่างแดนดิน เต่างอย เจริญศิลป์ โพนนาแก้ว",
    N="reminder of O7 (ตามกำหนดเวลา … อำเภอที่ยังไม่ได้รายงาน): no new duty")
L.t(d, "17:50", "TNY.V", "เต่างอย ทำแนวกันไฟบ้านนาเตย ๑ กม. จิตอาสา ๒๒ คนค่ะ", ans=("O7", "TNY"))
L.img(d, "17:50", "TNY.V", 2)
L.t(d, "18:15", "SWD.C", "สว่างแดนดิน รณรงค์งดเผาอ้อย ต.แวง ต.โคกสี จิตอาสา 41 คนครับ", ans=("O7", "SWD"),
    N="answers O7 (burning campaign); it carries nothing for O8 (bedridden households), which สว่างแดนดิน never sends")
L.img(d, "18:15", "SWD.C", 2)
L.t(d, "18:40", "KTK.V", "คำตากล้า ลดเผา ลดฝุ่น ทำแนวกันไฟโนนหอม ๑.๒ กม. จิตอาสา ๒๘ คนครับ", ans=("O7", "KTK"))
L.img(d, "18:40", "KTK.V", 3)
L.join(d, "19:10", "!N95 ราคาส่ง ส่งฟรีทั่วสกล",
       F=[("OUTSIDER", "not on the roster; joined by link or QR code")])
L.t(d, "19:12", "!N95 ราคาส่ง ส่งฟรีทั่วสกล", "หน้ากาก N95 กล่อง 20 ชิ้น 250.- ซื้อ 10 กล่องแถม 1 สั่งได้ทางไลน์ส่วนตัวค่ะ 😷",
    N="the outsider's sales post: already found at her join (one OUTSIDER row per person per group)")
L.img(d, "19:12", "!N95 ราคาส่ง ส่งฟรีทั่วสกล")
L.remove(d, "19:30", "KAN", "N95 ราคาส่ง ส่งฟรีทั่วสกล", N="the centre removing the outsider: no finding")
L.t(d, "19:31", "KAN", "ขออนุญาตนำออกนะคะ กลุ่มนี้เฉพาะเจ้าหน้าที่ค่ะ 🙏", N="the centre explaining the removal: chat")
L.t(d, "19:05", "BMG.K", "บ้านม่วง ลดเผา ลดฝุ่น: รณรงค์ตัดอ้อยสด 2 จุด และทำแนวกันไฟป่าชุมชนบ้านโพนสูง 800 ม. จิตอาสา 35 คนครับ",
    ans=("O7", "BMG"))
L.img(d, "19:05", "BMG.K", 2)
L.t(d, "19:59", "PNK.V", "โพนนาแก้วค่ะ ทำแนวกันไฟป่าดงชมภู 1 กม. จิตอาสา 27 คนค่ะ", ans=("O7", "PNK"),
    N="report one minute before the 20:00 deadline: on time")
L.img(d, "19:59", "PNK.V", 2)
L.t(d, "21:15", "CRS.K", "เจริญศิลป์ ลดเผา ลดฝุ่น: รณรงค์งดเผา ๔ หมู่บ้าน จิตอาสา ๓๖ คน ครับ ขออภัยล่าช้าครับ", ans=("O7", "CRS"))
L.img(d, "21:15", "CRS.K", 3)

# =====================================================================================================
# Thursday 22 January 2026
# =====================================================================================================
d = 22
L.t(d, "06:30", "SAK", "เช้านี้ ๐๗.๓๐ น. จิตอาสาเมืองฯ และโคกศรีฯ พบกันที่สนามกีฬากลางครับ ขอบคุณล่วงหน้าครับ 🙏", N="a meeting-point note about O5's event: asks no report, no new duty")
L.img(d, "07:55", "MUE.V", 2, N="photos of the clean-up that O5 was about, sent after O5 was answered: chat, no open order asks for them")
L.t(d, "07:56", "MUE.V", "บรรยากาศเช้านี้ค่ะ ท่านผู้ว่าฯ มาร่วมด้วยค่ะ 😊")
L.t(d, "08:30", "KUS.V", "กุสุมาลย์ ลดเผา ลดฝุ่น ค่ะ ทำแนวกันไฟป่าโคกนาโพธิ์ 1 กม. จิตอาสา 30 คนค่ะ (ทำเมื่อวานบ่ายค่ะ ส่งช้าขออภัยค่ะ)",
    ans=("O7", "KUS"))
L.img(d, "08:30", "KUS.V", 2)
L.t(d, "09:05", "PPN.V", "ภูพาน ส่งแบบ จอส.๑ เดือนมกราคม ครับ", ans=("O9", "PPN"))
L.file(d, "09:05", "PPN.V", "จอส1_ภูพาน_ม.ค.69.xlsx")
o10 = L.t(d, "09:10", "PALAD",
         "เรียน นอภ.ภูพาน, นอภ.กุดบาก และ นอภ.เต่างอย\n"
         "บ่ายนี้บ่ายโมงครึ่ง ท่านรองฯ ไกรสร ประชุมติดตามสถานการณ์ไฟป่าและหมอกควัน ห้องประชุมภูพาน ศาลากลางจังหวัด "
         "ขอข้อมูลอำเภอที่ติดเขตอุทยานฯ ภูพาน: จำนวนจิตอาสาเฝ้าระวังไฟป่า / จำนวนจุดเฝ้าระวัง / ระยะแนวกันไฟที่ทำแล้ว (กม.) "
         "ส่งในกลุ่มนี้ก่อนประชุมบ่ายนี้ครับ",
         N="the palad's order addressed in the salutation to three districts (comma and และ)")
order("O10", o10, ["PPN", "KBK", "TNY"], "2026-01-22T13:30:00+07:00",
      "\"ก่อนประชุมบ่ายนี้\" with the meeting given in the same text as บ่ายโมงครึ่ง: 13:30 on Thursday 22 Jan.",
      {"TNY": "late"})
L.t(d, "09:14", "PPN.D1", "รับทราบครับ", N="acknowledgement of O10 by a deputy of ภูพาน: not a report")
L.t(d, "09:15", "KBK.C", "รับทราบค่ะ", N="acknowledgement of O10 by the chief of กุดบาก: not a report")
L.invite(d, "09:30", "KAN", "นันทิยา สสจ.สน. (งานฝุ่น)",
         F=[("SKN-5", "invitee is agency staff (สสจ., role staff): not admitted to ศอ.จอส.จว.สน."),
            ("SKN-ALL", "นันทิยา สสจ.สน. (งานฝุ่น)", "roster person not admitted to this group, invited"),
            ("SKN-ALL", "กัลยา จอส.จว.สน. 💛", "inviter of a roster person not admitted to this group")])
L.t(d, "09:33", "KAN", "เชิญน้องนันทิยา สสจ. เข้ากลุ่มนะคะ ช่วยเรื่องหน้ากากอนามัยให้จิตอาสาค่ะ", N="the inviter explaining the invitation: chat, not an order")
o11 = L.t(d, "10:00", "KAN",
          "อำเภอนิคมน้ำอูน กับ อำเภอวาริชภูมิ คะ 🙏 ขอภาพจิตอาสาร่วมมอบผ้าห่มให้ผู้ป่วยติดเตียง (ภาพชัดๆ เห็นหน้าผู้รับ) อำเภอละ ๒–๓ ภาพ "
          "จะทำสรุปเสนอท่านผู้ว่าฯ ค่ะ",
          N="order of the province-level volunteer officer naming two districts (กับ); it gives no deadline")
order("O11", o11, ["NKN", "WRC"], "2026-01-23T10:00:00+07:00",
      "No deadline in the text: within 24 hours of the order, 10:00 on Friday 23 Jan.",
      {"WRC": "late"})
L.t(d, "10:15", "MUE.V", "อ.เมืองสกลนคร ส่งแบบ จอส.1 ประจำเดือน ม.ค. 69 ค่ะ", ans=("O9", "MUE"))
L.file(d, "10:15", "MUE.V", "จอส1 เมืองสกลนคร มค69.xlsx")
L.t(d, "10:40", "PPN.K",
    "ภูพานครับ\nจิตอาสาเฝ้าระวังไฟป่า ๑๒๐ คน\nจุดเฝ้าระวัง ๘ จุด\nแนวกันไฟทำแล้ว ๑๕ กม.",
    ans=("O10", "PPN"))
L.t(d, "11:05", "KBK.K", "กุดบาก จิตอาสาเฝ้าระวังไฟป่า 64 คน จุดเฝ้าระวัง 5 จุด แนวกันไฟ 21 กม. ครับ", ans=("O10", "KBK"))
L.t(d, "11:20", "KBK.K", "แก้ไขครับ แนวกันไฟ 12 กม. ไม่ใช่ 21 พิมพ์สลับครับ 🙏",
    N="correction of กุดบาก's figure: the answer is the first piece at 11:05 (on time)")
L.t(d, "12:50", "SAK", "ปลัดเอก เต่างอย ครับ ข้อมูลไฟป่ายังไม่ได้รับนะครับ อีก ๔๐ นาทีเข้าประชุมครับ",
    N="reminder by name of O10: no new duty")
L.img(d, "14:10", "NKN.V", 2, ans=("O11", "NKN"),
      N="photos alone after O11, which asks for photos only: a report for นิคมน้ำอูน (no other photo order is open for it)")
L.t(d, "14:20", "KBK.K", "กุดบาก ส่งแบบ จอส.๑ ม.ค.๖๙ ครับ", ans=("O9", "KBK"))
L.file(d, "14:20", "KBK.K", "จอส.1 กุดบาก.xlsx")
L.t(d, "14:40", "TNY.C",
    "เต่างอยครับ จิตอาสาเฝ้าระวังไฟป่า ๕๕ คน จุดเฝ้าระวัง ๔ จุด แนวกันไฟ ๘ กม. ขออภัยท่านที่ล่าช้าครับ ติดภารกิจดับไฟที่ภูผักหวานครับ",
    ans=("O10", "TNY"))
o_info = L.t(d, "15:00", "PALAD",
             "แจ้งเพื่อทราบครับ ท่านผู้ว่าฯ ฝากขอบคุณจิตอาสาทุกอำเภอที่ร่วมกิจกรรมลดเผา ลดฝุ่น เมื่อวาน "
             "ผลการดำเนินงานจะสรุปเสนอในที่ประชุมหัวหน้าส่วนฯ ไม่ต้องรายงานเพิ่มครับ",
             N="information-only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")
o12 = L.t(d, "15:20", "SAK",
          "งานกีฬาสีราชการพรุ่งนี้ ต้องการจิตอาสาช่วยจุดปฐมพยาบาลและจุดจราจร\n"
          "ขอให้อำเภอเมืองสกลนคร อำเภอโคกศรีสุพรรณ อำเภอโพนนาแก้ว และอำเภอกุสุมาลย์ ส่งรายชื่อจิตอาสาอำเภอละ ๑๐ คน พร้อมเบอร์หัวหน้าชุด "
          "ภายในพรุ่งนี้เช้าแปดโมงครับ\n(รายงานตัว ๑๑.๓๐ น. ประตู ๒ สนามกีฬากลาง)",
          N="order of the province-level volunteer officer naming four districts in a list")
order("O12", o12, ["MUE", "KSS", "PNK", "KUS"], "2026-01-23T08:00:00+07:00",
      "\"ภายในพรุ่งนี้เช้าแปดโมง\" posted on Thursday 22 Jan: 08:00 on Friday 23 Jan.",
      {"KUS": "late"})
L.t(d, "15:50", "PHO2",
    "สสจ.สน. รายงานผลการตรวจคัดกรองสุขภาพจิตอาสาที่ปฏิบัติงานในพื้นที่ฝุ่นควัน ๓ วันที่ผ่านมา\n"
    "ตรวจ ๒๑๔ ราย พบอาการระคายเคืองทางเดินหายใจ ๑๙ ราย ส่งต่อ รพ.สต. ๓ ราย แจกหน้ากาก N95 แล้ว ๑,๒๐๐ ชิ้นค่ะ",
    F=[("SKN-5P", "a report by agency staff, not by a district's people (chief, deputy, coordinating deputy, district volunteer officer)")])
L.t(d, "16:00", "CRS.K", "เจริญศิลป์ ส่งแบบ จอส.1 ครับ", ans=("O9", "CRS"))
L.file(d, "16:00", "CRS.K", "จอส1_เจริญศิลป์_ม.ค.xlsx")
L.t(d, "16:10", "MUE.V",
    "อ.เมืองสกลนคร จิตอาสากีฬาสี 10 คนค่ะ\nหัวหน้าชุด น.ส.สายสุนีย์ พรมมา 08x-xxx-7735\nรายชื่อตามไฟล์ค่ะ",
    ans=("O12", "MUE"))
L.file(d, "16:10", "MUE.V", "รายชื่อจิตอาสากีฬาสี อ.เมือง.pdf")
L.leave(d, "17:30", "MUE.D1", N="an eligible member (deputy of เมืองสกลนคร) leaving: no finding")
L.t(d, "19:45", "KSS.V", "โคกศรีสุพรรณ ๑๐ คน หัวหน้าชุด นายสมปอง ไชยสงค์ ๐๘x-xxx-๙๐๑๒ ครับ", ans=("O12", "KSS"))
L.t(d, "20:15", "PKN.C", "ขอบคุณจิตอาสาทุกคนครับ พรุ่งนี้เจอกันสนามกีฬาครับ 💪", N="courtesy by a district chief: chat")

# =====================================================================================================
# Friday 23 January 2026
# =====================================================================================================
d = 23
L.t(d, "06:50", "KAN", "สวัสดีวันศุกร์ค่ะ วันนี้กีฬาสีราชการนะคะ 🏃‍♀️🏃 เจอกันบ่ายนี้ค่ะ")
L.stk(d, "06:58", "KSS.C", N="sticker answering a greeting: chat")
L.t(d, "07:50", "PNK.K", "โพนนาแก้ว จิตอาสากีฬาสี ๑๐ คนครับ หัวหน้าชุด นายเด่น ศรีทอง ๐๘x-xxx-๕๕๒๘", ans=("O12", "PNK"),
    N="report ten minutes before the 08:00 deadline: on time")
L.t(d, "08:35", "KUS.V", "กุสุมาลย์ 10 คนค่ะ หัวหน้าชุด นางบัวผัน คำภักดี 08x-xxx-1190 ขออภัยที่ช้าค่ะ", ans=("O12", "KUS"))
o13 = L.t(d, "08:45", "PALAD",
          "เมื่อวานจิตอาสาไปช่วยเจ้าหน้าที่อุทยานฯ ดับไฟป่าบนเทือกเขาภูพาน ท่านผู้ว่าฯ ชื่นชมมากครับ "
          "ฝากปลัดราชด้วยนะครับ ส่งภาพ ๓–๔ ภาพ กับสรุปสั้นๆ (จำนวนจิตอาสา พื้นที่ที่ดับ) ในกลุ่มนี้ ก่อนเที่ยงครับ",
          N="the palad's order given through one person only (ฝากปลัดราช): the roster makes him the coordinating deputy of ภูพาน")
order("O13", o13, ["PPN"], "2026-01-23T12:00:00+07:00",
      "\"ก่อนเที่ยง\" on Friday 23 Jan: 12:00 that day. The order names no district; it is given through ปลัดราช, whom the "
      "roster places in ภูพาน (display name ปลัดราช ภูพาน).",
      {})
L.t(d, "08:48", "PPN.K", "รับทราบครับท่าน 🙏", N="acknowledgement of O13 by ปลัดราช: not the report (it follows at 10:30)")
L.t(d, "09:40", "WNN.V", "วานรนิวาส ส่งแบบ จอส.๑ ประจำเดือนมกราคมครับ", ans=("O9", "WNN"))
L.file(d, "09:40", "WNN.V", "จอส1 วานรนิวาส 01-69.xlsx")
L.file(d, "10:30", "NKN.V", "แบบ จอส.1 นิคมน้ำอูน ม.ค.69.xlsx", ans=("O9", "NKN"), N="a file alone after O9, which asked for a file: counts")
L.img(d, "10:30", "PPN.K", 3, ans=("O13", "PPN"),
      N="photos first, then the summary as a caption: one post for ภูพาน, cited at its first photo")
L.t(d, "10:33", "PPN.K", "จิตอาสา อ.ภูพาน ๓๕ คน ร่วมกับ จนท.อุทยานฯ ดับไฟป่าบริเวณภูผักหวาน พื้นที่ประมาณ ๔๐ ไร่ ควบคุมได้เวลา ๑๙.๓๐ น. ครับ")
L.t(d, "11:00", "PHN.V", "พรรณานิคม ส่งแบบ จอส.1 ม.ค. ครับ", ans=("O9", "PHN"))
L.file(d, "11:00", "PHN.V", "จอส1-พรรณานิคม.xlsx")
L.t(d, "11:10", "SWD.C",
    "ขอให้ทุกอำเภอส่งภาพจิตอาสาของแต่ละอำเภอที่มาช่วยงานกีฬาสีวันนี้ ไปที่ปลัดหมู สว่างฯ ภายในบ่ายนี้ครับ จะรวมทำคลิปขอบคุณ",
    F=[("SKN-5P", "an order to all districts (ขอให้ทุกอำเภอส่ง … ภายในบ่ายนี้) by a district chief, not the provincial centre; creates no duty")])
L.t(d, "13:15", "WRC.V", "วาริชภูมิส่งภาพมอบผ้าห่มผู้ป่วยติดเตียงครับ ต.ปลาโหล ๒ ราย ต.คำบ่อ ๑ รายครับ", ans=("O11", "WRC"))
L.img(d, "13:15", "WRC.V", 3)
L.t(d, "13:20", "SDW.K", "ส่องดาว ส่งแบบ จอส.๑ ครับ", ans=("O9", "SDW"))
L.file(d, "13:20", "SDW.K", "จอส1 ส่องดาว.xlsx")
L.img(d, "13:45", "KSS.V", 2, N="photos of the sports day by a district volunteer officer, after every order that concerns โคกศรีสุพรรณ was answered: chat")
L.t(d, "13:46", "KSS.V", "จิตอาสาโคกศรีฯ ประจำจุดปฐมพยาบาลแล้วครับ ⛑️")
L.t(d, "14:05", "KTK.K", "คำตากล้า ส่งแบบ จอส.1 ค่ะ", ans=("O9", "KTK"))
L.file(d, "14:05", "KTK.K", "จอส1_คำตากล้า.xlsx")
L.t(d, "15:00", "SAK",
    "ย้ำครับ แบบ จอส.๑ ประจำเดือนมกราคม ส่งภายในวันนี้นะครับ ยังขาด ๙ อำเภอ\n"
    "กุสุมาลย์ พังโคน วาริชภูมิ บ้านม่วง อากาศอำนวย สว่างแดนดิน เต่างอย โคกศรีสุพรรณ โพนนาแก้ว",
    N="reminder of O9 (ย้ำ … ยังขาด): creates no new duty and does not move O9's deadline")
L.t(d, "15:10", "TNY.V", "เต่างอย ส่งแบบ จอส.๑ ประจำเดือนมกราคม ค่ะ", ans=("O9", "TNY"),
    N="answers O9 (the monthly form): it is not an answer to O1, which เต่างอย never sent")
L.file(d, "15:10", "TNY.V", "จอส1_เต่างอย_มค69.xlsx")
L.t(d, "15:45", "KSS.C", "โคกศรีสุพรรณ แบบ จอส.๑ ครับ", ans=("O9", "KSS"))
L.file(d, "15:45", "KSS.C", "จอส.1 โคกศรีสุพรรณ.xlsx")
L.t(d, "16:20", "SWD.K", "ขอบคุณทุกอำเภอที่ส่งภาพมาครับ 🙏", N="courtesy by a coordinating deputy: chat")
L.t(d, "18:30", "KAN", "ขอบคุณจิตอาสาทุกอำเภอที่มาช่วยงานกีฬาสีวันนี้นะคะ เหนื่อยกันมากค่ะ 💛", N="thanks by the centre with photos: neither an order nor a district report")
L.img(d, "18:31", "KAN", 2)
L.t(d, "18:40", "NKN.C", "ขอบคุณทีมงาน ศอ.จอส.จังหวัดด้วยค่ะ 🙏")
L.stk(d, "18:42", "PHN.K")
L.t(d, "19:20", "BMG.C", "ชักเย่อแพ้สีฟ้าพังโคนไปนิดเดียว ปีหน้าบ้านม่วงเอาคืนครับ 😂", N="a joke: chat")
L.t(d, "20:05", "PPN.D1", "เดินทางกลับปลอดภัยทุกท่านครับ", N="courtesy: chat")
L.t(d, "21:48", "SAK", "ราตรีสวัสดิ์ครับ พักผ่อนกันนะครับ 🙏")

# Hand notes for the ledger (appended to the tabulated note of the duty).
LEDGER_NOTES = {
    ("O1", "NKN"): "first piece of a report sent in two parts (rest at 13:05)",
    ("O1", "PKN"): "figure corrected at 10:45; the answer is the first piece",
    ("O1", "AKA"): "a promise to report at 14:50 (ขออนุญาตส่งช้า) is not the answer",
    ("O1", "TNY"): "เต่างอย's later files and reports answer O4, O7, O10 and O9, not this summary",
    ("O2", "KUS"): "O2 asked for photos; the caption follows at 15:42",
    ("O4", "KUS"): "figures corrected at 14:45; the answer is the first piece",
    ("O4", "BMG"): "first posted in ข้อสั่งการ ปค.สน. at 19:40 (not an answer); re-sent here in time",
    ("O4", "WRC"): "first posted in นักปกครองสกลนคร on 20 Jan 16:10 (not an answer); re-sent here after the deadline",
    ("O4", "KTK"): "sent after a reminder by name; carries blanket figures while O7 (burning) is open",
    ("O4", "AKA"): "อากาศอำนวย's 17:20 post on 21 Jan carries burning-campaign figures: it answers O7, not O4",
    ("O4", "SDW"): "twenty minutes after the 09:00 deadline",
    ("O5", "KSS"): "order given through ปลัดตี๋ (coordinating deputy of โคกศรีสุพรรณ); reminder by name at 17:00",
    ("O5", "MUE"): "order given through the district chief; answered by the district volunteer officer",
    ("O6", "WNN"): "O6 asked for photos; caption at 19:33; วานรนิวาส's O4 answer was already in",
    ("O6", "KTK"): "carries campaign points, not blankets (O4 still open for คำตากล้า)",
    ("O7", "NKN"): "O7 asked for photos",
    ("O7", "PKN"): "no report of the burning activity from พังโคน",
    ("O10", "KBK"): "figure corrected at 11:20; the answer is the first piece",
    ("O10", "TNY"): "reminder by name at 12:50; answered after the 13:30 meeting",
    ("O8", "CRS"): "order given through the district chief; answered by the two-role coordinating deputy",
    ("O8", "SWD"): "reminder by name at 11:30; สว่างแดนดิน's 18:15 post answers O7 (burning), not O8",
    ("O12", "PNK"): "ten minutes before the 08:00 deadline",
    ("O11", "NKN"): "O11 asked for photos only",
    ("O13", "PPN"): "order given only through ปลัดราช; O13 asked for photos and a summary (caption at 10:33)",
}
