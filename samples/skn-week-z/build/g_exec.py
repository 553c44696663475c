# ผู้บริหารจังหวัด และนายอำเภอ (JSONL) and หน.ส่วนราชการ-นอภ.สน. (LINE PC "Save chat" export, Thai UI)
import random
from core import msg, post, sticker, at, T, GROUP
from people import dkey, disp, DISTRICTS

EX = "executives.jsonl"
GROUP[EX] = "ผู้บริหารจังหวัด และนายอำเภอ"
R = random.Random(69)

CHIEF_ACKS = ["รับทราบครับท่าน", "รับทราบครับ", "รับทราบและถือปฏิบัติครับท่าน", "ทราบครับท่าน ผวจ.", "🙏", "รับทราบครับผม",
              "รับทราบครับ 🙏", "ครับท่าน"]


def chief_acks(day, hm, n, minute0=2):
    ds = list(DISTRICTS)
    R.shuffle(ds)
    h, m = map(int, hm.split(":"))
    for i, d in enumerate(ds[:n]):
        mm = m + minute0 + i * 2
        t = at(day, "%02d:%02d" % (h + mm // 60, mm % 60), R.randint(0, 50))
        if R.random() < 0.2:
            sticker(EX, t, dkey(d, "c"))
        else:
            msg(EX, t, dkey(d, "c"), "text", R.choice(CHIEF_ACKS))


def build_ex():
    post(EX, at(2, "06:30"), "gov", "สวัสดีวันจันทร์ครับ ขอให้ทุกท่านมีพลังในการทำงานสัปดาห์เลือกตั้งครับ", photos=1)
    chief_acks(2, "06:31", 4)
    msg(EX, at(2, "07:40"), "gov", "text",
        "ข้อสั่งการ ผวจ.สน.\n๑. ให้ นอภ.ทุกอำเภอ กำชับข้าราชการ กำนัน ผู้ใหญ่บ้าน วางตัวเป็นกลางทางการเมือง\n"
        "๒. ให้ นอภ.อำเภอรอบเทือกเขาภูพาน ประสาน ปภ. และ ทสจ. เฝ้าระวังไฟป่า\n"
        "๓. ให้ นอภ.อำเภอที่ปลูกอ้อย ร่วมกับเกษตรจังหวัดและอุตสาหกรรมจังหวัด ป้องกันการเผาอ้อย\n"
        "มีเหตุสำคัญให้รายงานทันทีครับ",
        near="the governor's order, naming agencies (ปภ., ทสจ., เกษตรจังหวัด, อุตสาหกรรมจังหวัด) and districts: exactly what the group is for")
    chief_acks(2, "07:41", 10)
    msg(EX, at(2, "08:10"), "pal", "text", "รับทราบครับท่าน")
    post(EX, at(2, "21:45"), dkey("วานรนิวาส", "c"),
         "เรียนท่าน ผวจ. เหตุด่วน เมื่อเวลา ๒๑.๓๐ น. เกิดเพลิงไหม้ไร่อ้อย บ้านหนองสะไน ต.คอนสวรรค์ ประมาณ ๓๐ ไร่ "
         "อยู่ระหว่างระดมรถน้ำ อปท. ควบคุมเพลิง ไม่มีผู้บาดเจ็บครับ", photos=2,
         near="a late-night incident report by a district chief: the group is for urgent incidents")
    msg(EX, at(2, "21:52"), "gov", "text", "ขอบคุณครับ ดูแลความปลอดภัยเจ้าหน้าที่ด้วยครับ")
    msg(EX, at(2, "23:05"), dkey("วานรนิวาส", "c"), "text", "เรียนท่าน ควบคุมเพลิงได้แล้ว เวลา ๒๒.๕๐ น. ครับ",
        near="a later update on the incident to the governor: allowed")
    # Tuesday
    post(EX, at(3, "01:20"), dkey("เต่างอย", "c"),
         "แจ้งเหตุครับ ไฟป่าบริเวณเชิงเขาภูพาน บ้านนาเดื่อ ต.เต่างอย ลุกลามประมาณ ๕๐ ไร่ ประสานอุทยานฯ และ อส. เข้าดับแล้วครับ", photos=1,
         near="an incident notice in the night by a district chief")
    msg(EX, at(3, "07:05"), "vg1", "text", "ขอบคุณ นอภ.เต่างอย ครับ ผมจะลงพื้นที่ช่วงบ่ายครับ")
    msg(EX, at(3, "09:30"), "pal", "text",
        "ขอให้ทุกอำเภอรายงานจำนวนหน่วยเลือกตั้งและกำลัง อส. ที่จัดไว้ ให้ ปค.จ. ภายในวันนี้ครับ",
        truth=[T("SKN-4P", None, "an order to the group from the palad; only the governor or a vice governor gives orders here")])
    msg(EX, at(3, "10:00"), "vg1", "text",
        "ฝาก นอภ.กุดบาก นอภ.ภูพาน นอภ.เต่างอย ประสาน ทสจ. และ ปภ. เตรียมกำลังดับไฟป่าตลอดช่วงเลือกตั้ง รายงานผมโดยตรงครับ",
        near="a vice governor's order to named districts and agencies: allowed")
    msg(EX, at(3, "10:20"), "h_ppk", "text", "เรียน ท่านรองฯ ปภ.จัดรถบรรทุกน้ำไว้แล้ว ๓ คัน พร้อมสนับสนุนครับ",
        truth=[T("SKN-4", None, "an agency head (ปภ.) is not admitted to ผู้บริหารจังหวัด และนายอำเภอ")])
    for d in ("กุดบาก", "ภูพาน", "เต่างอย"):
        msg(EX, at(3, "10:2%d" % (3 + len(d) % 6)), dkey(d, "c"), "text", "รับทราบครับท่านรองฯ")
    post(EX, at(3, "13:00"), dkey("ภูพาน", "c"),
         "เรียนท่านรองฯ ประยุทธ์ อ.ภูพาน ประสาน อส. และจิตอาสา ประจำจุดเฝ้าระวังไฟป่า ๖ จุดแล้วครับ", photos=2,
         near="a district chief's report to the vice governor who asked for it: allowed in this group")
    msg(EX, at(3, "13:10"), "vg1", "text", "ขอบคุณครับ 👍")
    msg(EX, at(3, "20:30"), "vg2", "system", event="invite", target=disp("h_kas"),
        truth=[T("SKN-4", disp("h_kas"), "an agency head (เกษตรจังหวัด) is not admitted to the executives' group"),
               T("SKN-ALL", disp("h_kas"), "invitee: on the roster but not admitted"),
               T("SKN-ALL", disp("vg2"), "inviter of a person not admitted")])
    msg(EX, at(3, "20:34"), "h_kas", "text", "ขอบคุณท่านรองฯ ครับ")
    # Wednesday
    post(EX, at(4, "07:00"), dkey("เมืองสกลนคร", "c"), "สุขสันต์วันเกิดท่านรองผู้ว่าฯ ธีระ ครับ ขอให้สุขภาพแข็งแรงครับ 🎂", photos=1)
    for k in ("d05c", "d10c", "d13c", "d18c", "pal", "vg2"):
        msg(EX, at(4, "07:%02d" % (3 + R.randint(0, 20))), k, "text", R.choice(["สุขสันต์วันเกิดครับท่าน 🎂", "HBD ครับท่าน", "สุขสันต์วันเกิดค่ะท่าน 🎉", "ขอให้ท่านมีความสุขมาก ๆ ครับ"]) if k != "vg2" else "สุขสันต์วันเกิดค่ะ 🎂")
    msg(EX, at(4, "07:40"), "vg3", "text", "ขอบคุณทุกท่านครับ 🙏🙏")
    msg(EX, at(4, "08:30"), "gov", "text",
        "ขอเชิญ นอภ.ทุกอำเภอ ประชุมทางไกล (Zoom) ติดตามความพร้อมการเลือกตั้ง วันนี้ เวลา ๑๓.๓๐ น. ครับ",
        near="a meeting call from the governor: an order, allowed")
    chief_acks(4, "08:31", 8)
    msg(EX, at(4, "11:00"), dkey("เมืองสกลนคร", "c"), "text",
        "ขอให้ทุกอำเภอจัดรถรับส่งผู้สูงอายุและผู้พิการไปใช้สิทธิ์ แล้วแจ้งจำนวนรถให้อำเภอเมืองรวบรวมเสนอท่านผู้ว่าฯ ครับ",
        truth=[T("SKN-4P", None, "a district chief directs all districts in the executives' group")])
    msg(EX, at(4, "11:04"), dkey("พังโคน", "c"), "text", "รับทราบครับ")
    msg(EX, at(4, "16:00"), "vg3", "text",
        "ฝาก นอภ.ทุกอำเภอ ประสาน พมจ. และ สสจ. ดูแลผู้สูงอายุ ผู้พิการ ไปใช้สิทธิ์ และเตรียมรถฉุกเฉินประจำหน่วยขนาดใหญ่ครับ",
        near="a vice governor's order naming agencies (พมจ., สสจ.): allowed")
    chief_acks(4, "16:01", 6)
    post(EX, at(4, "23:50"), dkey("ส่องดาว", "c"),
         "เรียนท่าน ผวจ. เกิดอุบัติเหตุรถยนต์ชนรถจักรยานยนต์ ทางหลวง ๒๒ บ้านหนองบัว ต.ส่องดาว ผู้เสียชีวิต ๑ ราย เป็นกรรมการประจำหน่วยเลือกตั้ง "
         "อำเภออยู่ระหว่างจัดหากรรมการแทนครับ", photos=2, near="an urgent incident report to the governor: allowed")
    # Thursday
    msg(EX, at(5, "06:20"), "gov", "text", "ขอแสดงความเสียใจกับครอบครัวผู้เสียชีวิตครับ ฝาก นอภ.ส่องดาว ดูแลครอบครัวและจัดกรรมการแทนให้เรียบร้อยครับ")
    msg(EX, at(5, "06:25"), dkey("ส่องดาว", "c"), "text", "รับทราบครับท่าน")
    msg(EX, at(5, "07:00"), "sec", "text", "ท่าน ผวจ. ออกเดินทางไปงานจังหวัดเคลื่อนที่ อ.นิคมน้ำอูน แล้วค่ะ ถึงประมาณ ๘.๓๐ น.ค่ะ",
        truth=[T("SKN-4", None, "the governor's secretary (staff) is not admitted to the executives' group")])
    post(EX, at(5, "09:30"), dkey("นิคมน้ำอูน", "c"),
         "เรียนท่าน ผวจ. งานจังหวัดเคลื่อนที่ อ.นิคมน้ำอูน เริ่มพิธีเปิดแล้ว ประชาชนมาร่วมงานประมาณ ๑,๐๐๐ คนครับ", photos=3,
         near="information to the governor: allowed")
    msg(EX, at(5, "14:00"), "gov", "text",
        "ข้อสั่งการหลังจังหวัดเคลื่อนที่: ให้ นอภ.นิคมน้ำอูน ติดตามเรื่องร้องเรียนน้ำประปาหมู่บ้าน ๓ เรื่อง ร่วมกับท้องถิ่นจังหวัด รายงานผลภายใน ๗ วันครับ",
        near="the governor's order to a named district and agency")
    msg(EX, at(5, "14:03"), dkey("นิคมน้ำอูน", "c"), "text", "รับทราบครับท่าน จะเร่งดำเนินการครับ")
    msg(EX, at(5, "16:20"), "vg2", "text",
        "ฝาก นอภ.พังโคน นอภ.วาริชภูมิ นอภ.บ้านม่วง ประสานสาธารณสุขอำเภอ ตรวจเยี่ยมผู้ป่วยติดเตียงที่จะไปใช้สิทธิ์ไม่ได้ และแจ้งสิทธิ์การแจ้งเหตุไม่ไปเลือกตั้งนะคะ",
        near="a vice governor's order to named districts")
    for d in ("พังโคน", "วาริชภูมิ", "บ้านม่วง"):
        msg(EX, at(5, "16:2%d" % (2 + len(d) % 7)), dkey(d, "c"), "text", "รับทราบครับท่านรองฯ")
    msg(EX, at(5, "17:10"), dkey("คำตากล้า", "c"), "text", "เรียนสอบถามท่านรองฯ อรุณี ครับ ผู้ป่วยติดเตียงต้องแจ้งเหตุที่อำเภอ หรือแจ้งทางออนไลน์ได้ครับ")
    msg(EX, at(5, "17:16"), "vg2", "text", "แจ้งออนไลน์ได้ค่ะ ภายใน ๗ วันหลังเลือกตั้งค่ะ")
    msg(EX, at(5, "18:30"), "vg2", "text", "ขอบคุณ อ.นิคมน้ำอูน ค่ะ จัดงานเรียบร้อยมากค่ะ")
    # Friday
    post(EX, at(6, "05:40"), dkey("พรรณานิคม", "c"),
         "แจ้งเหตุครับ เพลิงไหม้บ้านเรือน บ้านดอนเขือง ต.พรรณา เวลา ๐๕.๑๐ น. เสียหายทั้งหลัง ผู้เสียชีวิต ๑ ราย (ผู้สูงอายุติดเตียง) "
         "อำเภอและ อปท. เข้าช่วยเหลือแล้วครับ", photos=2, near="an urgent incident report in the early morning: allowed")
    msg(EX, at(6, "06:30"), "gov", "text", "ขอแสดงความเสียใจครับ ฝาก พมจ. ผ่าน นอภ.พรรณานิคม ช่วยเหลือครอบครัวตามระเบียบครับ")
    msg(EX, at(6, "06:33"), dkey("พรรณานิคม", "c"), "text", "รับทราบครับท่าน")
    msg(EX, at(6, "07:30"), "gov", "text",
        "เรียน นอภ.ทุกอำเภอ\nวันเสาร์-อาทิตย์นี้ ขอให้ นอภ.อยู่ประจำอำเภอ ตรวจเยี่ยมหน่วยเลือกตั้ง และรายงานเหตุสำคัญในกลุ่มนี้ทันทีครับ",
        near="the governor's order to all districts")
    chief_acks(6, "07:31", 9)
    msg(EX, at(6, "10:00"), dkey("เมืองสกลนคร", "p"), "text",
        "เรียนท่าน ผวจ. ผมปลัดแบงค์ ขอรายงานแทน นอภ.เมือง ที่ติดประชุม ความพร้อมหน่วยเลือกตั้ง อ.เมือง ๒๔๖ หน่วย ครบถ้วนครับ",
        truth=[T("SKN-4", None, "a coordinating deputy is not admitted to the executives' group")])
    msg(EX, at(6, "10:20"), dkey("สว่างแดนดิน", "c"), "text",
        "เรียนท่าน ผวจ. อ.สว่างแดนดิน ตรวจความพร้อมหน่วยเลือกตั้ง ๑๒๘ หน่วย เรียบร้อยครับ",
        near="a district chief's report to the governor (who asked for readiness): allowed")
    msg(EX, at(6, "16:30"), "gov", "text", "ขอบคุณทุกท่านครับ ขอให้เดินทางปลอดภัย และการเลือกตั้งเรียบร้อยครับ")
    msg(EX, at(6, "16:34"), dkey("ภูพาน", "c"), "text", "ขอให้ท่านเดินทางปลอดภัยเช่นกันครับ",
        near="courtesy with an order word (ขอให้…เดินทางปลอดภัย): chat, not an order (no SKN-4P)")
    msg(EX, at(6, "16:40"), "vg1", "text", "ขอบคุณครับ 🙏")


# ---------------- the PC "Save chat" export ----------------
EXPORT = "[LINE]หน.ส่วนราชการ-นอภ.สน..txt"
XL = []   # (day, hm, sender, text, truth, near)  text may hold \n (raw continuation lines)


def x(day, hm, who, text, truth=None, near=None, raw_sender=False):
    sender = who[1:] if who.startswith("~") else disp(who)
    if not who.startswith("~") and text not in ("รูป", "สติกเกอร์"):
        from core import polite
        from people import BY
        text = polite(text, BY[who]["full"].startswith("นาง"))
    XL.append(dict(day=day, hm=hm, sender=sender, text=text, truth=truth or [], near=near))


def xsys(day, hm, actor_name, text, truth=None, near=None):
    # desktop shape: actor in the sender column, actor repeated in the text
    XL.append(dict(day=day, hm=hm, sender=actor_name, text=actor_name + " " + text, truth=truth or [], near=near, system=True))


def build_export():
    x(2, "06:40", "gov", "สวัสดีวันจันทร์ครับ ทุกท่าน ขอให้สัปดาห์นี้ราบรื่นครับ")
    x(2, "06:40", "gov", "รูป")
    for k in ("h_loc", "d12c", "h_cdd", "d18c"):
        x(2, "06:4%d" % (2 + len(k) % 7), k, R.choice(["สวัสดีครับท่าน", "สวัสดีครับ 🙏", "สวัสดีค่ะท่าน"]) if k != "h_cdd" else "สวัสดีค่ะท่าน 🌷")
    x(2, "07:45", "gov",
      "ข้อสั่งการ ผวจ.สน. ประจำสัปดาห์\n"
      "๑. สสจ. เฝ้าระวังผลกระทบสุขภาพจาก PM2.5 เปิดคลินิกมลพิษ แจ้งเตือนกลุ่มเสี่ยง\n"
      "๒. ปภ. เตรียมรถบรรทุกน้ำสนับสนุนอำเภอรอบเทือกเขาภูพาน\n"
      "๓. เกษตรจังหวัด และอุตสาหกรรมจังหวัด ประสานโรงงานน้ำตาลลดการรับอ้อยไฟไหม้\n"
      "๔. ทสจ. ประสานอุทยานฯ ดูแลจุดความร้อน\n"
      "๕. นอภ.ทุกอำเภอ กำชับข้าราชการวางตัวเป็นกลางทางการเมือง\n"
      "ผลการดำเนินงานให้รายงานผ่านสำนักงานจังหวัด ไม่ต้องรายงานในกลุ่มนี้ครับ",
      near="the governor's orders to named agencies and to districts: what the group is for")
    x(2, "07:50", "h_kas", "รับทราบครับท่าน", near="an agency head's acknowledgement: not a report (SKN-6P is about reports)")
    x(2, "07:52", "h_ind", "รับทราบครับ")
    x(2, "07:55", "h_ppk", "สติกเกอร์")
    x(2, "07:58", "h_tsj", "รับทราบครับท่าน ผวจ.")
    x(2, "08:05", "h_ssj", "รับทราบครับ")
    x(2, "08:06", "d04c", "รับทราบครับ")
    x(2, "09:10", "h_ssj",
      "เรียนท่าน ผวจ. สถานการณ์ PM2.5 เช้านี้ สูงสุด ๘๘ มคก./ลบ.ม. ที่ อ.เมือง สสจ.ได้แจกหน้ากากแล้ว ๑๒,๐๐๐ ชิ้น เปิดคลินิกมลพิษ ๑๘ แห่ง ครับ",
      truth=[T("SKN-6P", None, "an agency head posts the results of his agency's work in the heads' group")])
    x(2, "09:10", "h_ssj", "รูป")
    x(2, "10:30", "s_ssj", "รับทราบครับ (แทน นพ.สสจ.) ท่านติดภารกิจตรวจเยี่ยม รพ.ครับ",
      truth=[T("SKN-6", None, "a deputy of สสจ. (staff) sits in the heads' group in place of the head")])
    x(2, "14:00", "h_kas",
      "ประชาสัมพันธ์ผลงานครับ 🏆 สำนักงานเกษตรจังหวัดสกลนคร ได้รับรางวัลแปลงใหญ่ข้าวดีเด่นระดับประเทศ ปี ๒๕๖๘ ครับ",
      truth=[T("SKN-6P", None, "an agency's own achievement posted in the heads' group")])
    x(2, "14:00", "h_kas", "รูป")
    x(2, "14:00", "h_kas", "รูป")
    x(2, "14:06", "d10c", "ยินดีด้วยครับ 👏")
    x(2, "14:09", "h_prd", "ยินดีด้วยครับท่าน")
    x(3, "06:50", "vg3", "สวัสดีวันอังคารครับ ☕")
    x(3, "06:52", "h_lab", "สวัสดีค่ะท่าน")
    x(3, "06:55", "d07c", "สวัสดีครับท่าน")
    x(3, "07:20", "h_edu",
      "ศธจ.สน. ขอรายงานสรุปผลการจัดงานวันครู ๑๖ ม.ค. ๖๙ มีครูได้รับรางวัลครูดีเด่น ๔๒ ราย และงานวันเด็กแห่งชาติ มีเด็กร่วมงาน ๑๕,๐๐๐ คน ครับ",
      truth=[T("SKN-6P", None, "an agency head posts his office's results (Teachers' and Children's days)")])
    x(3, "07:20", "h_edu", "รูป")
    x(3, "07:20", "h_edu", "รูป")
    x(3, "07:26", "d16c", "ขอแสดงความยินดีกับคุณครูทุกท่านครับ 👏")
    x(3, "08:10", "gov",
      "เรียน นอภ.วานรนิวาส นอภ.สว่างแดนดิน นอภ.อากาศอำนวย\nขอให้ลงพื้นที่ตรวจแปลงอ้อยร่วมกับเกษตรอำเภอ ป้องกันการลักลอบเผาก่อนตัด ช่วงนี้ครับ",
      near="the governor's order to named districts")
    x(3, "08:15", "d12c", "รับทราบครับท่าน")
    x(3, "08:16", "d08c", "รับทราบครับ")
    x(3, "08:20", "d11c", "สติกเกอร์")
    x(3, "11:00", "h_ppk",
      "เรียนท่าน ผวจ. ปภ.สน. ได้ส่งรถบรรทุกน้ำ ๔ คัน ไปประจำ อ.กุดบาก ภูพาน เต่างอย เรียบร้อยแล้วครับ",
      truth=[T("SKN-6P", None, "an agency head answers the governor's order with his result")])
    x(3, "11:00", "h_ppk", "รูป")
    x(3, "11:05", "gov", "ขอบคุณครับ 👍")
    xsys(3, "15:00", disp("h_pmj"), "เพิ่ม " + disp("s_pmj") + " เข้ากลุ่ม",
         truth=[T("SKN-6", disp("s_pmj"), "a clerk of พมจ. (staff) is not admitted: heads must join in person"),
                T("SKN-ALL", disp("s_pmj"), "invitee: on the roster but not admitted"),
                T("SKN-ALL", disp("h_pmj"), "inviter of a person not admitted")])
    x(3, "15:30", "vg2", "ฝาก พมจ. และ พช. สำรวจผู้สูงอายุ ผู้พิการ ที่ต้องการความช่วยเหลือไปใช้สิทธิ์ ประสาน นอภ.ทุกอำเภอ นะคะ",
      near="a vice governor's order to named agencies")
    x(3, "15:40", "h_pmj", "รับทราบค่ะท่านรองฯ")
    x(3, "15:42", "h_cdd", "รับทราบค่ะ 🙏")
    x(3, "16:30", "d12c",
      "เรียนท่าน ผวจ. อ.สว่างแดนดิน ตรวจแปลงอ้อยแล้ว ๔๐ แปลง พบลักลอบเผา ๒ แปลง แจ้งความดำเนินคดีแล้วครับ",
      truth=[T("SKN-6P", None, "a district chief posts a result report in the heads' group")])
    x(3, "16:30", "d12c", "รูป")
    x(4, "06:55", "h_tsj", "อรุณสวัสดิ์วันพุธครับ 🌄")
    x(4, "06:55", "h_tsj", "รูป")
    x(4, "08:30", "gov",
      "ขอเชิญหัวหน้าส่วนราชการที่ร่วมออกหน่วยจังหวัดเคลื่อนที่ ประชุมเตรียมการ วันนี้ เวลา ๑๓.๓๐ น. ห้องประชุมศาลากลางชั้น ๒ ครับ",
      near="a meeting call from the governor")
    XL.append(dict(day=4, hm="08:35", sender="นาย ทวีศักดิ์ ศธจ.สน.", text="รับทราบครับท่าน", truth=[],
                   near="'นาย ทวีศักดิ์ ศธจ.สน.' is the roster's 'ทวีศักดิ์ ศธจ.สน.' (an agency head) with the title นาย: not an outsider, and an ack is not a report"))
    x(4, "08:36", "h_lab", "รับทราบค่ะ")
    x(4, "08:38", "h_loc", "รับทราบครับ")
    xsys(4, "09:00", disp("vg2"), "เพิ่ม " + disp("h_eng") + " เข้ากลุ่ม",
         near="a vice governor adds the new head of the provincial energy office (agency_head): admitted")
    x(4, "09:05", "h_eng", "สวัสดีครับ พลังงานจังหวัดคนใหม่ ย้ายมาจาก จ.มุกดาหาร ฝากเนื้อฝากตัวครับ 🙏")
    x(4, "09:07", "gov", "ยินดีต้อนรับครับ")
    x(4, "10:00", "s_pmj", "สอบถามค่ะ ประชุมบ่ายนี้ พมจ. ต้องเตรียมข้อมูลผู้สูงอายุไปด้วยไหมคะ")
    x(4, "11:00", "h_prd",
      "ส่งต่อข่าว กกต.: ตรวจสอบรายชื่อผู้มีสิทธิ์เลือกตั้งและหน่วยเลือกตั้งของท่านได้ทางแอป Smart Vote ครับ https://www.ect.go.th",
      near="a forwarded public notice by the PR office head: not a report or performance result")
    x(4, "13:00", "h_tsj", "ขอสอบถามท่านรองฯ ประยุทธ์ ครับ การขอใช้รถบรรทุกน้ำของ อบจ. ต้องทำหนังสือผ่านจังหวัดหรือไม่ครับ",
      near="an agency head's question: not a report")
    x(4, "13:20", "vg1", "ทำผ่านจังหวัดครับ ผมจะประสานให้ครับ")
    x(4, "15:10", "vg3",
      "ฝาก ทสจ. ปภ. และ นอภ.ภูพาน นอภ.กุดบาก ตั้งจุดเฝ้าระวังไฟป่าเพิ่มช่วงวันหยุดเลือกตั้ง และประสานอุทยานแห่งชาติภูพานครับ",
      near="a vice governor's order to named agencies (ทสจ., ปภ.) and districts")
    x(4, "15:13", "h_tsj", "รับทราบครับท่าน")
    x(4, "15:14", "h_ppk", "รับทราบครับ 🫡")
    x(4, "15:16", "d03c", "รับทราบครับท่านรองฯ")
    x(4, "15:20", "d18c", "รับทราบครับ")
    x(4, "20:10", "d18c",
      "อ.ภูพาน รายงานผลการดับไฟป่าเชิงเขาภูพาน ร่วมกับอุทยานฯ และ อส. ควบคุมได้ทั้งหมด พื้นที่เสียหาย ๓๕ ไร่ ครับ",
      truth=[T("SKN-6P", None, "a district chief posts a result report in the heads' group")])
    x(4, "20:10", "d18c", "รูป")
    x(4, "20:10", "d18c", "รูป")
    x(5, "06:30", "gov", "วันนี้จังหวัดเคลื่อนที่ที่ อ.นิคมน้ำอูน ฝากทุกส่วนราชการที่ได้รับมอบหมายออกหน่วยบริการให้ครบถ้วนครับ",
      near="the governor's order to the agencies")
    x(5, "06:33", "h_lab", "รับทราบค่ะท่าน")
    x(5, "06:35", "h_edu", "รับทราบครับ", near="an agency head's acknowledgement under his exact roster name")
    xsys(5, "09:00", "คุณแอน ประกันชีวิต", "เข้าร่วมกลุ่ม",
         truth=[T("OUTSIDER", "คุณแอน ประกันชีวิต", "an insurance seller not on the roster joined by link")])
    x(5, "09:02", "~คุณแอน ประกันชีวิต", "ประกันสุขภาพสำหรับข้าราชการ ลดหย่อนภาษีได้ สนใจทักแชทนะคะ 💐")
    xsys(5, "09:20", disp("vg3"), "ลบ คุณแอน ประกันชีวิต ออกจากกลุ่ม")
    x(5, "15:30", "h_lab",
      "ผลการให้บริการจังหวัดเคลื่อนที่ของสำนักงานแรงงานจังหวัด จัดหางาน ๑๒๓ ราย ฝึกอาชีพ ๔๐ ราย ประกันสังคม ๖๕ ราย ค่ะ",
      truth=[T("SKN-6P", None, "an agency head posts her agency's performance result")])
    x(5, "15:30", "h_lab", "รูป")
    x(5, "16:00", "gov", "ขอบคุณทุกส่วนราชการที่ร่วมงานวันนี้ครับ")
    x(5, "16:02", "h_cdd", "ขอบคุณท่านผู้ว่าฯ ค่ะ 🙏")
    x(5, "16:40", "vg1", "เรียน อุตสาหกรรมจังหวัด ขอให้ตรวจสอบโรงงานน้ำตาลที่ยังรับอ้อยไฟไหม้เกินร้อยละที่กำหนด และประสานเกษตรจังหวัดครับ",
      near="a vice governor's order to a named agency")
    x(5, "16:45", "h_ind", "รับทราบครับท่านรองฯ")
    x(5, "16:47", "h_kas", "รับทราบครับ จะประสานอุตสาหกรรมจังหวัดครับ",
      near="an ack with compliance words by an agency head: not a report")
    x(5, "19:15", "h_pmj",
      "พมจ.สน. ขอรายงานผลการดำเนินงานในงานวันเด็กแห่งชาติ มอบทุนการศึกษาเด็กยากจน ๒๐๐ ทุน และงานจังหวัดเคลื่อนที่วันนี้ ให้บริการ ๓๑๐ รายค่ะ",
      truth=[T("SKN-6P", None, "an agency head posts her office's results")])
    x(5, "19:15", "h_pmj", "รูป")
    x(5, "19:20", "d09c", "ยอดเยี่ยมครับ 👍")
    x(6, "06:50", "gov", "อรุณสวัสดิ์วันศุกร์ครับ")
    x(6, "06:50", "gov", "รูป")
    x(6, "06:55", "h_eng", "สวัสดีครับท่าน")
    x(6, "06:58", "d13c", "สวัสดีครับ 🙏")
    x(6, "07:30", "gov",
      "เรียน หน.ส่วนราชการทุกท่าน\nให้อนุญาตข้าราชการในสังกัดที่มีภูมิลำเนาต่างจังหวัดเดินทางไปใช้สิทธิ์ และ สสจ. เตรียมทีมแพทย์ฉุกเฉิน "
      "ปภ. เตรียมพร้อมรับเหตุ ตลอดวันเสาร์-อาทิตย์ครับ",
      near="the governor's order to named agencies")
    x(6, "07:40", "pal", "รับทราบครับท่าน",
      truth=[T("SKN-6", None, "the provincial palad is not among the members of หน.ส่วนราชการ-นอภ.สน.")])
    x(6, "07:44", "h_ssj", "รับทราบครับท่าน")
    x(6, "07:46", "h_ppk", "รับทราบครับ")
    x(6, "08:00", "h_loc", "รับทราบครับ จะแจ้ง อปท. ทุกแห่งถือปฏิบัติครับ",
      near="an acknowledgement with compliance words by an agency head: not a report")
    x(6, "09:30", "h_ind",
      "อุตสาหกรรมจังหวัดร่วมกับโรงงานน้ำตาล ๒ แห่ง ลดสัดส่วนอ้อยไฟไหม้เหลือร้อยละ ๑๘ จากร้อยละ ๓๕ เมื่อปีที่แล้ว ครับ",
      truth=[T("SKN-6P", None, "an agency head posts his agency's achievement")])
    x(6, "09:30", "h_ind", "รูป")
    x(6, "09:40", "gov", "ดีมากครับ ขอบคุณครับ")
    x(6, "11:00", "h_cdd", "ขอบคุณท่านผู้ว่าฯ ค่ะ สัปดาห์นี้ทุกส่วนราชการทำงานหนักมากค่ะ")
    x(6, "17:00", "gov", "ขอให้ทุกท่านเดินทางปลอดภัย และการเลือกตั้งเรียบร้อยครับ")
    x(6, "17:05", "h_loc", "ขอให้ท่านเดินทางปลอดภัยเช่นกันครับ",
      near="courtesy with an order word (ขอให้…): chat")
    x(6, "17:06", "d05c", "🙏")
    x(6, "17:08", "d17c", "สติกเกอร์")
    x(6, "17:10", "h_prd", "ขอบคุณครับท่าน")
    xsys(6, "17:40", disp("s_ssj"), "ออกจากกลุ่ม")
