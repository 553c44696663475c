# ผู้บริหารจังหวัด และนายอำเภอ — week AD.  Every message and annotation written by hand.
from frame import Log

EX = Log("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ")
GOV_ORDER = "the governor's order: allowed (the group receives orders from the governor and vice governors)"
VG_ORDER = "a vice governor's order: allowed"
ACK = "a district chief acknowledging the governor or a vice governor: a reply, allowed"
INC = "incident notice by a district chief: allowed in this group"

d = 19
g1 = EX.t(d, "06:50", "GOV",
          "อรุณสวัสดิ์ครับ เช้านี้สกลนครอุณหภูมิต่ำสุด ๘.๕ องศา ฝากนายอำเภอทุกอำเภอ ตรวจเยี่ยมผู้สูงอายุ ผู้ป่วยติดเตียง "
          "ให้ได้รับผ้าห่มกันหนาวครบทุกรายภายในสัปดาห์นี้ และระวังไฟไหม้บ้านจากการก่อไฟผิงครับ", N=GOV_ORDER)
EX.t(d, "06:55", "PPN.C", "รับทราบครับท่าน 🙏", reply=g1, N=ACK)
EX.t(d, "06:57", "WRC.C", "รับทราบครับท่านผู้ว่าฯ", N=ACK)
EX.stk(d, "07:00", "KSS.C", N="sticker acknowledging the governor: a reply, allowed")
EX.t(d, "07:02", "NKN.C", "รับทราบค่ะท่าน", N=ACK)
p1 = EX.t(d, "07:20", "PPN.C",
          "รายงานท่านผู้ว่าฯ ยอดภูพานเช้านี้ ๖.๘ องศา นักท่องเที่ยวประมาณ ๓๐๐ คน จัดจุดบริการร่วมกับอุทยานฯ แล้วครับ",
          N="a district chief's report to the governor: allowed")
EX.img(d, "07:20", "PPN.C")
EX.t(d, "07:25", "GOV", "ขอบคุณครับ ฝากดูแลความปลอดภัยนักท่องเที่ยว โดยเฉพาะทางขึ้นลงเขาช่วงหมอกลงครับ", reply=p1, N=GOV_ORDER)
EX.t(d, "09:10", "VG1",
     "เรียน นอภ.ทุกอำเภอ ขอให้กำชับกำนันผู้ใหญ่บ้าน ห้ามเผาในที่โล่งเด็ดขาด หากพบจุดความร้อนให้ลงตรวจสอบภายใน ๒ ชม. "
     "และดำเนินคดีผู้ฝ่าฝืนทุกรายครับ", N=VG_ORDER)
EX.t(d, "09:12", "KUS.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "09:15", "SWD.C", "รับทราบครับ", N=ACK)
EX.t(d, "09:16", "AKA.C", "รับทราบครับผม", N=ACK)
EX.t(d, "10:20", "PHO",
     "ข้อมูลสุขภาพครับ ค่า PM2.5 สกลนคร ๓ วันที่ผ่านมาเกินมาตรฐาน (สีส้ม) ผู้ป่วยโรคทางเดินหายใจที่มารับบริการเพิ่มขึ้นร้อยละ ๑๒ "
     "สสจ.ส่งหน้ากากให้ รพ.สต. ทุกแห่งแล้วครับ",
     F=[("SKN-4", "an agency head (สสจ.) posting in ผู้บริหารจังหวัด และนายอำเภอ, which admits the governor, vice governors, the palad and district chiefs; first message that shows him here")])
EX.t(d, "10:25", "GOV", "ขอบคุณคุณหมอครับ", N="the governor's thanks: allowed")
i1 = EX.t(d, "13:40", "TNY.C",
          "เรียนท่านผู้ว่าฯ เมื่อ ๑๒.๕๐ น. เกิดเหตุไฟไหม้บ้านเรือนราษฎร บ้านนาเตย ต.เต่างอย ๑ หลัง สาเหตุเบื้องต้นจากการก่อไฟผิง "
          "ไม่มีผู้บาดเจ็บ อำเภอ อบต. และ ปภ. เข้าช่วยเหลือแล้วครับ", N=INC)
EX.img(d, "13:40", "TNY.C", 2)
EX.t(d, "13:45", "GOV", "ขอบคุณครับ ช่วยเหลือตามระเบียบโดยเร็ว และประชาสัมพันธ์เรื่องการก่อไฟผิงให้ทั่วถึงครับ", reply=i1, N=GOV_ORDER)
EX.t(d, "13:46", "TNY.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "16:00", "VG2",
     "ท่านนายอำเภอคะ วันศุกร์ที่ ๒๓ ม.ค. ดิฉันลงพื้นที่มอบผ้าห่ม อ.เจริญศิลป์ ๐๙.๐๐ น. และ อ.สว่างแดนดิน ๑๐.๓๐ น. "
     "ขอให้สองอำเภอเตรียมจุดมอบและกลุ่มเป้าหมายด้วยค่ะ", N=VG_ORDER)
EX.t(d, "16:05", "CRS.C", "รับทราบครับท่าน เตรียมการครับ", N=ACK)
EX.t(d, "16:07", "SWD.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "18:30", "BMG.C", "หนาวจริงครับคืนนี้ บ้านม่วงลมแรงมาก 🥶", N="chat between members: allowed")
EX.t(d, "18:34", "PNK.C", "โพนนาแก้วก็เช่นกันครับ ริมหนองหารลมเย็นเฉียบ", N="chat reply: allowed")

d = 20
i2 = EX.t(d, "05:40", "WNN.C",
          "เรียนท่านผู้ว่าฯ เมื่อคืน ๒๓.๓๐ น. เกิดเหตุไฟไหม้ไร่อ้อย บ้านคอนสาย ต.คอนสวรรค์ พื้นที่ประมาณ ๓๐ ไร่ "
          "ควบคุมได้เวลา ๐๑.๑๐ น. ไม่มีผู้บาดเจ็บ อยู่ระหว่างสืบหาผู้ก่อเหตุครับ", N=INC)
EX.img(d, "05:40", "WNN.C", 2)
EX.t(d, "07:05", "GOV", "ขอบคุณครับ เร่งหาตัวผู้กระทำผิดดำเนินคดี และแจ้งโรงงานตรวจสอบอ้อยจากแปลงนี้ครับ", reply=i2, N=GOV_ORDER)
EX.t(d, "07:06", "WNN.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "08:30", "PALAD",
     "เรียน นายอำเภอทุกอำเภอ ขอให้รายงานจำนวนผ้าห่มคงเหลือ (ถ้ามี) ทางไลน์ส่วนตัวผม ภายในวันนี้ เพื่อจัดสรรเพิ่มให้อำเภอที่ขาดครับ",
     F=[("SKN-4P", "an order to all district chiefs by the provincial palad: this group receives orders from the governor and vice governors only")])
EX.t(d, "08:35", "MUE.C", "รับทราบครับท่าน", N="a chief acknowledging the palad: a reply, not an order")
EX.t(d, "08:36", "SDW.C", "รับทราบค่ะ", N="a chief acknowledging: not an order")
EX.rename(d, "12:00", "PPN.C", "สุพจน์ ภูพาน ⛰️", N="a district chief renames himself; his later posts here are still his (rename notice)")
EX.t(d, "12:05", "PPN.C", "ขออนุญาตเปลี่ยนชื่อไลน์ครับ นอภ.ภูพาน คนเดิมครับ 😄", name="สุพจน์ ภูพาน ⛰️",
     N="post under the new display name (rename notice above): the chief of ภูพาน, admitted")
EX.t(d, "14:10", "VG3", "ขอบคุณทุกอำเภอที่ร่วมจัดงานวันเด็กและวันครูที่ผ่านมาครับ เรียบร้อยดีทุกพื้นที่ 👍", N="courtesy by a vice governor")
EX.t(d, "14:15", "KUS.C", "ขอบคุณครับท่าน", N="courtesy reply")
i3 = EX.t(d, "19:30", "SWD.C",
          "รายงานท่านผู้ว่าฯ เกิดอุบัติเหตุรถบรรทุกอ้อยพลิกคว่ำ ถ.สว่างแดนดิน–พังโคน ช่วงบ้านโคกสี เมื่อ ๑๘.๕๐ น. "
          "ผู้บาดเจ็บ ๒ ราย นำส่ง รพ.สว่างแดนดิน ตำรวจอำนวยการจราจรแล้วครับ", N=INC)
EX.img(d, "19:30", "SWD.C", 2)
EX.t(d, "19:35", "VG1", "ขอบคุณครับ ฝากประสานแขวงทางหลวงติดป้ายเตือนรถบรรทุกอ้อยกลางคืนด้วยครับ", reply=i3, N=VG_ORDER)
EX.t(d, "19:36", "SWD.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "19:50", "PKN.C", "พังโคนตั้งจุดตรวจร่วมช่วงบ้านแร่ให้ครับ", N="information between chiefs after an incident: allowed")

d = 21
EX.t(d, "06:45", "GOV", "สุขสันต์วันเกิดท่านรองฯ ณัฐพลครับ 🎂 ขอให้สุขภาพแข็งแรง เป็นหลักให้จังหวัดต่อไปครับ",
     N="birthday wish using ขอให้: courtesy, not an order")
EX.t(d, "06:50", "VG2", "HBD ค่ะท่านรองฯ 🎉", N="courtesy")
EX.t(d, "06:55", "KSS.C", "สุขสันต์วันเกิดครับท่าน ขอให้มีความสุขมากๆ ครับ", N="birthday wish using ขอให้: courtesy, not an order")
EX.t(d, "07:00", "NKN.C", "HBD ค่ะท่าน 🎂🎂", N="courtesy")
EX.stk(d, "07:03", "PHN.C", N="birthday sticker: courtesy")
EX.t(d, "07:10", "VG3", "ขอบคุณทุกท่านครับ 🙏")
EX.invite(d, "09:00", "BMG.C", "ปลัดกฤษ บ้านม่วง",
          F=[("SKN-4", "invitee is a coordinating deputy: ผู้บริหารจังหวัด และนายอำเภอ admits the governor, vice governors, the palad and district chiefs"),
             ("SKN-ALL", "ปลัดกฤษ บ้านม่วง", "roster person not admitted to this group, invited"),
             ("SKN-ALL", "ศุภชัย นอภ.บ้านม่วง", "inviter of a roster person not admitted to this group")])
EX.t(d, "09:05", "BMG.K", "สวัสดีครับ ปลัดกฤษ บ้านม่วง ครับ ท่านนายอำเภอให้ช่วยรายงานแทนช่วงท่านติดภารกิจครับ",
     N="later post by the same ineligible invitee: no second membership row; not an order")
EX.t(d, "09:20", "GOV", "ท่านนายอำเภอบ้านม่วงครับ กลุ่มนี้เฉพาะผู้บริหารและนายอำเภอครับ รบกวนนำปลัดออกด้วยครับ",
     N="the governor asking a chief to remove someone: the governor may give instructions here")
EX.remove(d, "09:22", "BMG.C", "ปลัดกฤษ บ้านม่วง", N="removal: no finding")
EX.t(d, "09:23", "BMG.C", "ขออภัยครับท่าน 🙏", N="apology: chat")
EX.invite(d, "10:45", "VG3", "นุ่น ข่าวสกลฯ",
          F=[("OUTSIDER", "นุ่น ข่าวสกลฯ", "not on the roster; added by ณัฐพล ชมภูแสง (vice governor)")])
EX.t(d, "10:50", "!นุ่น ข่าวสกลฯ", "สวัสดีค่ะ นุ่นนะคะ ขออนุญาตติดตามข่าวสารจังหวัดค่ะ 🙏",
     N="the outsider's first post after her invite: already found at the invite (one OUTSIDER row per person per group)")
EX.t(d, "11:00", "GOV", "ท่านรองฯ ครับ กลุ่มนี้เป็นกลุ่มภายใน ขอนำสื่อออกก่อนนะครับ ข่าวให้ประสาน ปชส. ครับ", N=GOV_ORDER)
EX.remove(d, "11:02", "VG3", "นุ่น ข่าวสกลฯ", N="removal: no finding")
EX.t(d, "11:03", "VG3", "ขออภัยครับท่าน 🙏")
c1 = EX.t(d, "11:30", "PALAD",
          "ขอแสดงความเสียใจกับท่านนายอำเภอคำตากล้าและครอบครัว คุณแม่บุญเรือง ถึงแก่กรรม ขอให้ดวงวิญญาณไปสู่สุคติครับ 🙏",
          N="condolence using ขอให้: courtesy, not an order")
EX.t(d, "11:35", "GOV", "ขอแสดงความเสียใจด้วยครับ", reply=c1, N="condolence: courtesy")
EX.t(d, "11:36", "VG1", "ขอแสดงความเสียใจครับ 🙏", N="condolence: courtesy")
EX.t(d, "11:40", "MUE.C", "ขอแสดงความเสียใจด้วยครับท่านเอกชัย", N="condolence: courtesy")
EX.t(d, "11:41", "SDW.C", "ขอแสดงความเสียใจค่ะ 🙏", N="condolence: courtesy")
EX.t(d, "14:00", "MUE.C",
     "แจ้งทุกอำเภอครับ ในฐานะอำเภอเจ้าภาพกีฬาสีราชการ ขอให้ทุกอำเภอส่งรายชื่อนักกีฬา (ชักเย่อ / ฟุตบอลอาวุโส / เปตอง) "
     "มาที่ปลัดหนึ่ง อำเภอเมือง ภายในพรุ่งนี้เที่ยงครับ",
     F=[("SKN-4P", "an order to all districts (ขอให้ทุกอำเภอส่ง … ภายในพรุ่งนี้เที่ยง) by a district chief, not by the governor or a vice governor")])
EX.t(d, "14:05", "KUS.C", "กุสุมาลย์ส่งแล้วครับ", N="a reply between chiefs: allowed")
EX.t(d, "15:30", "CRS.C",
     "เรียนท่านรองฯ วิไลลักษณ์ อ.เจริญศิลป์ เตรียมจุดมอบผ้าห่มที่หอประชุมอำเภอ กลุ่มเป้าหมาย ๔๕ ครัวเรือนครับ",
     N="a district chief's report to a vice governor, as she asked: allowed")
EX.t(d, "15:32", "VG2", "ขอบคุณค่ะ 🙏")
EX.t(d, "20:10", "KTK.C", "ขอบพระคุณท่านผู้ว่าฯ ท่านรองฯ ท่านปลัด และทุกท่านที่ส่งพวงหรีดและมาร่วมงานสวดอภิธรรมคุณแม่ครับ 🙏",
     N="thanks: courtesy")

d = 22
EX.t(d, "07:30", "VG1", "สุขสันต์วันเกิดท่านปลัดอนุชาครับ 🎂", N="birthday wish: courtesy")
EX.t(d, "07:35", "PALAD", "ขอบคุณครับท่าน 🙏")
EX.t(d, "07:36", "WRC.C", "สุขสันต์วันเกิดครับท่านปลัด ขอให้สุขภาพแข็งแรงครับ", N="courtesy using ขอให้: not an order")
EX.t(d, "09:00", "GOV",
     "ขอบคุณจิตอาสาและทุกอำเภอที่ร่วมทำความสะอาดสนามกีฬาเมื่อเช้าครับ พรุ่งนี้ขอให้นายอำเภอทุกท่านร่วมพิธีเปิดกีฬาสีราชการ ๑๓.๐๐ น. พร้อมกันครับ",
     N=GOV_ORDER)
EX.t(d, "09:03", "PNK.C", "รับทราบครับท่าน", N=ACK)
EX.t(d, "09:04", "TNY.C", "รับทราบครับ", N=ACK)
i4 = EX.t(d, "12:10", "PPN.C",
          "รายงานท่านผู้ว่าฯ ขณะนี้เกิดไฟป่าบริเวณภูผักหวาน เขตอุทยานแห่งชาติภูพาน เจ้าหน้าที่อุทยาน อส. และจิตอาสาอำเภอภูพาน "
          "กำลังเข้าควบคุม ลมแรง คาดว่าใช้เวลาถึงเย็นครับ", name="สุพจน์ ภูพาน ⛰️", N=INC)
EX.img(d, "12:10", "PPN.C", 2, name="สุพจน์ ภูพาน ⛰️")
EX.t(d, "12:15", "VG1", "ขอให้ประสาน ปภ. และหน่วยเฉพาะกิจไฟป่าสนับสนุนเต็มที่ ระวังความปลอดภัยของจิตอาสาด้วยครับ", reply=i4, N=VG_ORDER)
EX.t(d, "13:00", "TNY.C", "เต่างอยส่งชุดจิตอาสาและรถน้ำไปสมทบแล้วครับ", N="information by a district chief: allowed")
EX.t(d, "13:05", "KBK.C", "กุดบากส่งชุดเฝ้าระวังแนวเขตด้านบ้านนาม่อง ๒๐ นายค่ะ", N="information by a district chief: allowed")
EX.t(d, "15:40", "KSS.C",
     "เรียนท่านผู้ว่าฯ ชาวบ้าน ต.ด่านม่วงคำ ร้องเรียนเขม่าควันจากปล่องโรงงานน้ำตาล อำเภอประสานอุตสาหกรรมจังหวัดเข้าตรวจสอบแล้วครับ",
     N="a district chief informing the governor: allowed")
EX.t(d, "15:45", "GOV", "ขอบคุณครับ ให้อุตสาหกรรมจังหวัดรายงานผลผมโดยตรงครับ", N=GOV_ORDER)
EX.t(d, "19:45", "PPN.C", "ไฟป่าภูผักหวานควบคุมได้แล้วเมื่อ ๑๙.๓๐ น. ครับ พื้นที่เสียหายประมาณ ๔๐ ไร่ ไม่มีผู้บาดเจ็บครับ",
     name="สุพจน์ ภูพาน ⛰️", N=INC)
EX.img(d, "19:45", "PPN.C", name="สุพจน์ ภูพาน ⛰️")
EX.t(d, "19:50", "GOV", "ขอบคุณทุกหน่วยครับ 👍", N="thanks by the governor")
EX.t(d, "19:52", "VG3", "👍👍", N="courtesy by a vice governor")

d = 23
EX.t(d, "07:00", "GOV", "อรุณสวัสดิ์ครับ วันนี้เจอกันที่สนามกีฬากลางนะครับ 💪", N="greeting by the governor")
EX.stk(d, "07:03", "WNN.C", N="sticker: chat")
EX.t(d, "07:05", "AKA.C", "สวัสดีครับท่าน 🙏", N="greeting: chat")
EX.stk(d, "07:06", "PHN.C", N="sticker: chat")
EX.t(d, "09:40", "VG2", "มอบผ้าห่มที่ อ.เจริญศิลป์ เรียบร้อยค่ะ ขอบคุณท่านนายอำเภอและทีมงานค่ะ", N="a vice governor's note: allowed")
EX.img(d, "09:40", "VG2", 2)
EX.t(d, "09:45", "CRS.C", "ขอบพระคุณท่านรองฯ ครับ 🙏", N="courtesy")
EX.t(d, "11:40", "VG2", "อ.สว่างแดนดิน เรียบร้อยค่ะ ชาวบ้านมารอตั้งแต่เช้า ขอบคุณค่ะ", N="a vice governor's note: allowed")
EX.t(d, "11:42", "SWD.C", "ขอบคุณท่านรองฯ ครับ", N="courtesy")
EX.img(d, "13:10", "GOV", 3, N="the governor's photos of the opening ceremony: allowed")
EX.t(d, "13:11", "GOV", "บรรยากาศพิธีเปิดครับ ขอบคุณทุกท่าน")
EX.t(d, "15:20", "BMG.C", "บ้านม่วงสีเหลืองเข้าชิงชักเย่อครับ 😂 ขอกำลังใจครับ", N="a joke: chat")
EX.t(d, "15:22", "PKN.C", "สีฟ้ารออยู่ครับ 😁", N="chat")
EX.t(d, "15:25", "VG1", "😂👍", N="chat")
EX.t(d, "17:30", "GOV", "ขอบคุณทุกท่านครับ ขอให้เดินทางกลับโดยปลอดภัย คืนนี้พบกันที่งานสวดอภิธรรมคุณแม่ท่านนายอำเภอคำตากล้าครับ",
     N="courtesy using ขอให้: not an order")
EX.t(d, "17:35", "KTK.C", "ขอบพระคุณครับท่าน 🙏", N="courtesy")
