"""ศอ.จอส.จว.สน., Mon 15 – Wed 17 Dec 2025: the provincial centre's orders, the districts' reports."""
import datetime

from chat import Chat, F, N, A, when, th
from districts import CHIEF, COORD, VOL, pick, n, short
from people import DISTRICTS, PEOPLE

G = "ศอ.จอส.จว.สน."
ORDERS = {}

ACK = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับผม", "รับทราบครับท่าน", "ร้บทราบครับ", "รับทราบคับ",
       "ฮับทราบเด้อครับ", "รับทราบเด้อค่ะ", "ทราบแล้วครับ 🙏", "รับทราบและถือปฏิบัติครับ", "รับทราบจ้า",
       "👍", "🙏🙏", "รับทราบค่ะ 🙏", "ทราบครับ"]


def voice(pid, text):
    """The polite particle of the writer: ค่ะ for women, ครับ for men."""
    if PEOPLE[pid].full_name.startswith(("นาง", "นางสาว")):
        return text.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ").replace("คับ", "ค่ะ")
    return text.replace("ค่ะ", "ครับ").replace("จ้า", "ครับ")


def digits(d):
    return pick("dig" + d, [True, False, True])


def ack(c, day, hm, who, key):
    if pick("s" + key, [0, 0, 1]):
        return c.sticker(day, hm, who)
    return c.say(day, hm, who, voice(who, pick(key, ACK)))


def plus(day, hm, minutes):
    t = when(day, hm) + datetime.timedelta(minutes=minutes)
    return t.day, t.strftime("%H:%M")


def build():
    c = Chat(G, "volunteer-centre.jsonl")
    P9, P10, PJ = "P009", "P010", "P005"

    c.say(15, "07:32", "P213", "สวัสดีวันจันทร์ค่ะทุกท่าน ☀️ อากาศเย็นมากเช้านี้ รักษาสุขภาพนะคะ")
    c.sticker(15, "07:41", "P123")

    # ---------------- O1: results of the roadside clean-up of Sat 13, with photos, by Tue 16 12:00
    o1 = c.say(15, "08:40", P10,
               "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nตามที่ทุกอำเภอได้จัดกิจกรรมจิตอาสาพัฒนา \"เราทำความดี ด้วยหัวใจ\" "
               "ปรับภูมิทัศน์สองข้างทาง ตัดหญ้า เก็บขยะ ถนนสายหลัก เมื่อวันเสาร์ที่ ๑๓ ธ.ค. ๖๘ ที่ผ่านมา\n"
               "จึงขอให้ ศอ.จอส.อ. รายงานผลการดำเนินกิจกรรม (จำนวนจิตอาสา/ระยะทางที่ดำเนินการ) พร้อมภาพถ่ายกิจกรรม "
               "๓-๔ ภาพ ทางกลุ่มไลน์นี้ ภายในวันอังคารที่ ๑๖ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น.\nพี่นุ ศอ.จอส.จว.สน. ๐๘๑-๗๔๒-๓๓๑๐",
               photos=2, key="O1")
    ORDERS["O1"] = dict(msg=o1, districts=list(DISTRICTS), deadline=when(16, "12:00"),
                        topic="results of the roadside clean-up of Sat 13 Dec, with photos",
                        reasoning="The text says ภายในวันอังคารที่ ๑๖ ธ.ค. ๖๘ เวลา ๑๒.๐๐ น.: Tue 16 at 12:00.")
    for i, (d, hm) in enumerate([("ภูพาน", "08:44"), ("กุสุมาลย์", "08:47"), ("วาริชภูมิ", "08:52"), ("บ้านม่วง", "09:03")]):
        who = CHIEF[d] if i % 2 == 0 else VOL[d]
        if d == "ภูพาน":
            c.sticker(15, hm, who, tags=[N("a sticker by the district chief of ภูพาน after O1: an acknowledgement, "
                                           "neither an order nor a report, so no SKN-5P; it pays no report duty")])
        else:
            ack(c, 15, hm, who, "o1a" + d)

    o1_times = {
        "เมืองสกลนคร": (15, "09:40"), "กุสุมาลย์": (15, "10:12"), "กุดบาก": (15, "11:05"), "พรรณานิคม": (15, "13:22"),
        "พังโคน": (15, "14:48"), "วาริชภูมิ": (15, "16:05"), "นิคมน้ำอูน": (15, "16:40"), "บ้านม่วง": (15, "19:12"),
        "อากาศอำนวย": (16, "08:02"), "สว่างแดนดิน": (15, "10:55"), "เต่างอย": (16, "09:10"),
        "โคกศรีสุพรรณ": (15, "15:30"), "เจริญศิลป์": (16, "10:25"), "โพนนาแก้ว": (16, "11:48"), "ภูพาน": (15, "17:20"),
        "วานรนิวาส": (16, "15:10"), "คำตากล้า": (17, "09:30"),
    }
    o1_text = [
        "รายงานผลกิจกรรมจิตอาสาพัฒนา ปรับภูมิทัศน์สองข้างทาง อ.{s} วันที่ ๑๓ ธ.ค. ๖๘\n- จิตอาสาเข้าร่วม {a} คน\n- ระยะทาง {k} กม. ถนนสาย {r}\nจึงเรียนมาเพื่อโปรดทราบครับ",
        "ศอ.จอส.อ.{s} ขอรายงานผลกิจกรรมเราทำความดีด้วยหัวใจ (ตัดหญ้า เก็บขยะ ริมทาง) จิตอาสา {a} คน ระยะทาง {k} กม. พร้อมภาพกิจกรรมค่ะ",
        "อ.{s} รายงานครับ กิจกรรมปรับภูมิทัศน์ ๑๓ ธ.ค. มีจิตอาสาพระราชทาน ผู้นำท้องที่ อปท. ร่วม {a} คน ดำเนินการ {k} กม. ตามภาพครับ",
        "รายงานผลการดำเนินกิจกรรมจิตอาสาพัฒนา อำเภอ{d}\nวันเสาร์ที่ ๑๓ ธันวาคม ๒๕๖๘\nจำนวนจิตอาสา {a} คน / ระยะทาง {k} กิโลเมตร\n(ภาพกิจกรรม)",
    ]
    roads = ["สกลนคร-อุดรธานี", "สกลนคร-กาฬสินธุ์", "สาย ๒๒", "เข้าตัวอำเภอ", "สาย ๒๒๒", "บ้านนา-โนนหอม"]
    for d in DISTRICTS:
        if d not in o1_times:
            continue
        day, hm = o1_times[d]
        who = pick("o1w" + d, [VOL[d], VOL[d], VOL[d], COORD[d]])
        tags = [A("O1", d)]
        text = pick("o1t" + d, o1_text).format(s=short(d), d=d, a=n("o1a" + d, 45, 320, digits(d)), k=n("o1k" + d, 3, 18, digits(d)),
                                               r=pick("o1r" + d, roads))
        reply = None
        if d == "พังโคน":
            who = "P144"
            tags.append(N("O1 answered by ปลัดวีระยุทธ (deputy_district_chief of พังโคน), not the district's volunteer "
                          "officer: any of the district's people may report, so no SKN-5P and the duty is paid on time"))
        if d == "พรรณานิคม":
            c.say(day, hm, VOL[d], None, photos=4, tags=tags)
            continue
        if d == "วานรนิวาส":
            text = "ขออภัยที่ล่าช้าครับ 🙏 อ.วานรนิวาส รายงานผลกิจกรรมปรับภูมิทัศน์สองข้างทาง ๑๓ ธ.ค. จิตอาสา ๒๑๐ คน ระยะทาง ๑๒ กม. ครับ"
            reply = "O1"
        if d == "คำตากล้า":
            text = "อ.คำตากล้า ส่งผลกิจกรรมจิตอาสาพัฒนา ปรับภูมิทัศน์สองข้างทาง วันที่ ๑๓ ธ.ค. ค่ะ จิตอาสา 96 คน ระยะทาง 6 กม. ขออภัยล่าช้าค่ะ เจ้าหน้าที่ลาป่วย"
        if d in ("เมืองสกลนคร", "เต่างอย", "ภูพาน"):
            reply = "O1"
        c.say(day, hm, who, voice(who, text), photos=pick("o1p" + d, [2, 3, 2, 2]), reply=reply, tags=tags, gap=12)
    c.say(16, "11:15", "P223", "ศอ.จอส.อ.ส่องดาว ขออนุญาตส่งรายงานกิจกรรมวันที่ ๑๓ ช่วงบ่ายได้ไหมคะ ภาพยังรวบรวมจากตำบลไม่ครบค่ะ", key="Q1",
          tags=[N("a question by the volunteer officer of ส่องดาว about O1: a question is not a report, so it pays nothing "
                  "(O1 stays missing for ส่องดาว)")])
    c.say(16, "11:21", P10, "ได้ครับ ไม่เกินบ่ายนี้นะครับ", reply="Q1")
    c.say(16, "13:05", P10, "ย้ำครับ 📣 อำเภอที่ยังไม่ได้รายงานผลกิจกรรมปรับภูมิทัศน์ ๑๓ ธ.ค. ได้แก่ อ.วานรนิวาส อ.คำตากล้า "
          "อ.ส่องดาว ขอให้รายงานด่วนครับ ท่าน ปจ. จะสรุปเสนอท่านผู้ว่าฯ บ่ายนี้", reply="O1", key="R1",
          tags=[N("R1, a reminder of O1 naming the three districts that still owed (ย้ำ, อำเภอที่ยังไม่ได้รายงาน, a reply "
                  "to O1): it opens no new duty")])

    # ---------------- O2: names for the trainer course, five districts in the salutation, by Wed 17 12:00
    o2 = c.say(15, "10:20", P9,
               "เรียน นอภ.เมืองสกลนคร นอภ.กุสุมาลย์ นอภ.โคกศรีสุพรรณ นอภ.เต่างอย นอภ.ภูพาน\n"
               "ด้วยจังหวัดสกลนครกำหนดฝึกอบรมหลักสูตรวิทยากรจิตอาสา ๙๐๔ รุ่นที่ ๒ ระหว่างวันที่ ๒๒-๒๔ ธ.ค. ๖๘ "
               "ณ ค่ายกฤษณ์สีวะรา จึงขอให้อำเภอแจ้งรายชื่อผู้เข้ารับการอบรม อำเภอละ ๒ คน ตามแบบที่แนบ "
               "ภายในวันพุธที่ ๑๗ ธ.ค. ๖๘ ก่อนเวลา ๑๒.๐๐ น. ค่ะ",
               file="แบบแจ้งรายชื่อ_วิทยากร904_รุ่น2.docx", key="O2")
    O2D = ["เมืองสกลนคร", "กุสุมาลย์", "เต่างอย", "โคกศรีสุพรรณ", "ภูพาน"]
    ORDERS["O2"] = dict(msg=o2, districts=O2D, deadline=when(17, "12:00"),
                        topic="names for the 904 trainer course, five districts named in the salutation",
                        reasoning="The salutation names five district chiefs (เรียน นอภ.…), so only they owe. "
                                  "ภายในวันพุธที่ ๑๗ ธ.ค. ๖๘ ก่อนเวลา ๑๒.๐๐ น.: Wed 17 at 12:00.")
    c.say(15, "10:38", "P271", "รับทราบครับ", reply="O2",
          tags=[N("an acknowledgement (a reply to O2) by the district chief of ภูพาน: it answers no report duty; "
                  "O2 stays missing for ภูพาน")])
    c.say(15, "16:02", "P103", "อ.เมืองสกลนคร แจ้งรายชื่อผู้เข้ารับการอบรมวิทยากรจิตอาสา ๙๐๔ รุ่นที่ ๒ จำนวน ๒ ราย ตามไฟล์แนบค่ะ",
          file="รายชื่อวิทยากร904_อ.เมืองสกลนคร.docx", reply="O2", tags=[A("O2", "เมืองสกลนคร")])
    c.say(16, "10:02", "P112", "กุสุมาลย์ส่งรายชื่อผู้เข้าอบรมวิทยากร ๙๐๔ ครับ ๑.นายสมหมาย ไชยเดช ปลัดอำเภอ ๒.นายบุญส่ง ภูกองชัย กำนัน ต.นาเพียง",
          tags=[A("O2", "กุสุมาลย์")])
    c.say(16, "15:02", "P244", "อ.โคกศรีสุพรรณ ส่งแบบแจ้งรายชื่อผู้เข้าอบรมวิทยากรจิตอาสา รุ่น ๒ ครับ",
          file="แบบแจ้งรายชื่อ_โคกศรีสุพรรณ.pdf",
          tags=[A("O2", "โคกศรีสุพรรณ"),
                N("O2 answered by ปลัดกฤษดา (deputy_district_chief of โคกศรีสุพรรณ) with a file: a ปลัดอำเภอ may report for "
                  "the district; on time")])
    c.say(17, "14:20", "P233", "เต่างอยแจ้งรายชื่อผู้เข้าอบรมวิทยากร ๙๐๔ ครับ ขออภัยที่ล่าช้า ๑.นายอนุสรณ์ ศรีบุญ ๒.นางสาวจีรนันท์ คำภู",
          tags=[A("O2", "เต่างอย")])

    # ---------------- O3: the palad's cold-weather blankets, within 24 hours
    o3 = c.say(15, "14:10", PJ,
               "ข้อสั่งการ ผอ.ศอ.จอส.จว.สน.\nขณะนี้อุณหภูมิจังหวัดสกลนครลดต่ำลง บางพื้นที่ต่ำกว่า ๑๐ องศา "
               "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ บูรณาการจิตอาสาพระราชทานในพื้นที่ ออกเยี่ยมและมอบผ้าห่มกันหนาวแก่ผู้สูงอายุ "
               "ผู้ป่วยติดเตียง และผู้ด้อยโอกาส แล้วรายงานจำนวนผ้าห่มที่มอบ และจำนวนครัวเรือนที่ได้รับ ภายใน ๒๔ ชม. ครับ",
               key="O3", tags=[N("O3 by the provincial palad, who heads the provincial volunteer centre: an order "
                                 "the group is for, so no SKN-5P; it opens a duty for every district")])
    ORDERS["O3"] = dict(msg=o3, districts=list(DISTRICTS), deadline=when(16, "14:10"),
                        topic="cold-weather blankets handed out, within 24 hours",
                        reasoning="ภายใน ๒๔ ชม. from the order's minute (Mon 15 14:10): Tue 16 at 14:10.")
    for d, hm in [("นิคมน้ำอูน", "14:13"), ("เจริญศิลป์", "14:15"), ("โพนนาแก้ว", "14:19"), ("พรรณานิคม", "14:24"),
                  ("วานรนิวาส", "14:26"), ("ส่องดาว", "14:31")]:
        ack(c, 15, hm, CHIEF[d], "o3a" + d)
    o3_times = {
        "เมืองสกลนคร": (15, "17:35"), "กุสุมาลย์": (15, "18:02"), "กุดบาก": (16, "09:40"), "พรรณานิคม": (16, "08:35"),
        "พังโคน": (15, "19:30"), "วาริชภูมิ": (16, "10:40"), "นิคมน้ำอูน": (16, "11:02"), "วานรนิวาส": (16, "08:55"),
        "คำตากล้า": (16, "09:20"), "บ้านม่วง": (15, "20:15"), "สว่างแดนดิน": (15, "18:44"), "ส่องดาว": (16, "13:40"),
        "เต่างอย": (16, "11:30"), "โคกศรีสุพรรณ": (16, "12:05"), "โพนนาแก้ว": (16, "13:58"), "ภูพาน": (16, "10:10"),
        "อากาศอำนวย": (16, "16:45"),
    }
    o3_text = [
        "ศอ.จอส.อ.{s} รายงานการมอบผ้าห่มกันหนาว\nมอบผ้าห่ม {b} ผืน\nครัวเรือนที่ได้รับ {h} ครัวเรือน (ผู้สูงอายุ/ผู้ป่วยติดเตียง)",
        "อ.{s} รายงานครับ จิตอาสาพระราชทานออกเยี่ยมและมอบผ้าห่มกันหนาวแล้ว {b} ผืน ครอบคลุม {h} ครัวเรือนครับ",
        "รายงานผลการมอบผ้าห่ม ภัยหนาว อำเภอ{d} ผ้าห่ม {b} ผืน / {h} ครัวเรือน ค่ะ",
        "เรียน ผอ.ศอ.จอส.จว.สน. อ.{s} มอบผ้าห่มกันหนาวแก่ผู้ด้อยโอกาส {b} ผืน {h} ครัวเรือน เรียบร้อยครับ",
    ]
    for d, (day, hm) in o3_times.items():
        who = pick("o3w" + d, [VOL[d], VOL[d], COORD[d], CHIEF[d]])
        text = pick("o3t" + d, o3_text).format(s=short(d), d=d, b=n("o3b" + d, 40, 400, digits(d)), h=n("o3h" + d, 30, 380, digits(d)))
        if d == "อากาศอำนวย":
            text = "อากาศอำนวยรายงานค่ะ มอบผ้าห่มกันหนาว ๒๒๐ ผืน ๒๑๕ ครัวเรือน ผู้สูงอายุและผู้ป่วยติดเตียง (ขออภัยค่ะ เพิ่งรวมยอดจากตำบลเสร็จ)"
            who = VOL[d]
        c.say(day, hm, who, voice(who, text), photos=pick("o3p" + d, [0, 0, 0, 2]), reply="O3" if d in ("กุดบาก", "ภูพาน") else None,
              tags=[A("O3", d)], gap=12)
    c.say(16, "15:30", P9, "เร่งรัดค่ะ รายงานการมอบผ้าห่มกันหนาวตามข้อสั่งการท่าน ปจ. อ.อากาศอำนวย อ.เจริญศิลป์ ยังไม่ได้รายงานนะคะ",
          key="R2", tags=[N("R2, a reminder of O3 (เร่งรัด, ยังไม่ได้รายงาน) naming the two districts that still owed: no new duty")])
    c.say(15, "20:40", PJ, "ขอบคุณครับ ฝากดูแลผู้สูงอายุในช่วงหนาวนี้ด้วยครับ")

    # ---------------- membership and posting findings in the group
    c.system(15, "12:10", "invite", P10, target="P013",
             tags=[F("SKN-5", "อดิศักดิ์ พจ.สน. is an agency head (agency_head), not admitted to ศอ.จอส.จว.สน. (palad, district "
                     "chiefs, ปลัดอำเภอ, volunteer officers)", who="อดิศักดิ์ พจ.สน."),
                   F("SKN-ALL", "invitee: an agency head, on the roster but not admitted to ศอ.จอส.จว.สน.", who="อดิศักดิ์ พจ.สน."),
                   F("SKN-ALL", "inviter: พี่นุ จอส.จว. invited an agency head who is not admitted to ศอ.จอส.จว.สน.",
                     who="พี่นุ จอส.จว.")])
    c.say(16, "10:50", "P013",
          "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร รายงานผลการขับเคลื่อนจิตอาสาพัฒนาชุมชน ประจำสัปดาห์ ครัวเรือนเข้าร่วม ๑,๒๔๐ ครัวเรือน "
          "ใน ๑๘ อำเภอ ครับ", photos=2, gap=12,
          tags=[F("SKN-5P", "a report by an agency head (พจ.สน.) in ศอ.จอส.จว.สน.: reports here come from the district centres "
                  "(district chief, ปลัดอำเภอ, district volunteer officers) only")])
    c.system(16, "07:50", "join", "P024", text="ปิยะนุช สสจ.สน. (ธุรการ) เข้าร่วมกลุ่มโดยใช้ลิงก์เชิญ",
             tags=[F("SKN-5", "ปิยะนุช สสจ.สน. (ธุรการ) is a health-office clerk (staff): not admitted to ศอ.จอส.จว.สน.; "
                     "joined by the group's link, so no inviter and no SKN-ALL")])
    c.say(16, "17:05", "P211",
          "เรียนทุกอำเภอครับ ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ ส่งรายชื่อจิตอาสาที่จะร่วมปั่นจักรยาน \"ปั่นปันน้ำใจ\" "
          "วันที่ ๒๗ ธ.ค. นี้ มาที่ อ.สว่างแดนดิน ภายในวันศุกร์นี้นะครับ สว่างฯ เป็นเจ้าภาพ",
          tags=[F("SKN-5P", "an order to all districts by a district chief (นอภ.สว่างแดนดิน): only the provincial centre "
                  "(palad, province-level volunteer officers) orders in this group; opens no duty")])
    c.system(17, "10:05", "join", "เสื้อกันหนาวมือ1 ราคาส่ง by แม่ปุ๊ก", text="เสื้อกันหนาวมือ1 ราคาส่ง by แม่ปุ๊ก เข้าร่วมกลุ่มโดยใช้คิวอาร์โค้ด",
             tags=[F("OUTSIDER", "not on the roster; joined ศอ.จอส.จว.สน. by QR code (then posted a sale)")])
    c.say(17, "10:07", "เสื้อกันหนาวมือ1 ราคาส่ง by แม่ปุ๊ก",
          "เสื้อกันหนาว แจ็คเก็ตบุขน ผ้าห่มนาโน ราคาส่ง ผืนละ 89 บาท ❄️ ซื้อแจกจิตอาสาผู้สูงอายุ สั่ง 50 ผืนขึ้นไปส่งฟรี สนใจทักค่ะ",
          photos=3, gap=12)
    c.system(17, "10:31", "remove", P10, target="เสื้อกันหนาวมือ1 ราคาส่ง by แม่ปุ๊ก")
    c.system(15, "15:05", "invite", "P271", target="P274",
             tags=[N("the district chief of ภูพาน invites ปลัดเจษ (deputy_district_chief): ปลัดอำเภอ are admitted to "
                     "ศอ.จอส.จว.สน., so neither SKN-5 nor SKN-ALL")])
    c.say(15, "15:07", "P274", "สวัสดีครับ ปลัดเจษ อ.ภูพาน ฝากเนื้อฝากตัวครับ 🙏")

    # ---------------- O4: information only
    c.say(16, "08:15", P9,
          "แจ้งเพื่อทราบค่ะ กรมการปกครองปรับปรุงระบบบริหารจัดการจิตอาสาพระราชทาน (ระบบ ๙๐๔) เวอร์ชันใหม่ เปิดใช้วันที่ ๑๙ ธ.ค. ๖๘ "
          "ช่วงวันที่ ๑๘ ธ.ค. ระบบจะปิดปรับปรุงทั้งวัน ไม่ต้องรายงานนะคะ", key="O4",
          tags=[N("O4, information only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): opens no duty")])
    ack(c, 16, "08:22", "P172", "o4a1")
    ack(c, 16, "08:29", "P183", "o4a2")

    # ---------------- O5: the disaster-volunteer register, three districts named in the text, today
    o5 = c.say(16, "09:05", P10,
               "ขอให้ อ.พังโคน อ.วาริชภูมิ และ อ.นิคมน้ำอูน ซึ่งเป็นอำเภอนำร่องจัดตั้งชุดจิตอาสาภัยพิบัติประจำตำบล "
               "ส่งแบบ จอส.๓ (บัญชีรายชื่อชุดจิตอาสาภัยพิบัติ) เป็นไฟล์ excel ทางกลุ่มนี้ ภายในวันนี้ครับ", key="O5")
    ORDERS["O5"] = dict(msg=o5, districts=["พังโคน", "วาริชภูมิ", "นิคมน้ำอูน"], deadline=when(16, "23:59:59"),
                        topic="form จอส.๓ (disaster-volunteer teams), three districts named in the text",
                        reasoning="The text names three districts (ขอให้ อ.… อ.… และ อ.…). ภายในวันนี้: the end of Tue 16.")
    c.say(16, "09:12", "P141", "รับทราบครับ", reply="O5")
    c.say(16, "16:20", "P143", "พังโคนส่งแบบ จอส.๓ ชุดจิตอาสาภัยพิบัติประจำตำบล ครบ ๗ ตำบลค่ะ", file="จอส3_พังโคน.xlsx",
          tags=[A("O5", "พังโคน")])
    c.say(17, "08:30", "P153", "วาริชภูมิส่งแบบ จอส.๓ ค่ะ ขออภัยค่ะ เมื่อวานระบบอินเทอร์เน็ตที่อำเภอล่ม", file="จอส.3 วาริชภูมิ.xlsx",
          tags=[A("O5", "วาริชภูมิ")])

    # ---------------- O6: confirm places and numbers for Sat 20, no deadline (24 hours)
    o6 = c.say(16, "13:30", P10,
               "เรียน ศอ.จอส.อ. ทุกอำเภอ\nกิจกรรมจิตอาสาเฉลิมพระเกียรติ ทำความสะอาดวัดและศาสนสถาน ต้อนรับปีใหม่ ๒๕๖๙ "
               "วันเสาร์ที่ ๒๐ ธ.ค. ๖๘ ขอให้อำเภอยืนยันสถานที่จัดกิจกรรมและจำนวนจิตอาสาที่จะเข้าร่วมโดยประมาณ ในกลุ่มนี้ครับ",
               photos=1, key="O6")
    ORDERS["O6"] = dict(msg=o6, districts=list(DISTRICTS), deadline=when(17, "13:30"),
                        topic="confirm the temple and the number of volunteers for Sat 20 Dec (no deadline written)",
                        reasoning="No deadline in the text: the rule's default, 24 hours from the order's minute (Tue 16 "
                                  "13:30), so Wed 17 at 13:30.")
    temples = ["วัดศรีสว่างอารมณ์", "วัดโพธิ์ชัย", "วัดป่าสุทธาวาส", "วัดกลางโนนสูง", "วัดป่าบ้านหนองแซง", "วัดสระแก้ว",
               "วัดธาตุดุม", "วัดบ้านนาเลา", "วัดศรีบุญเรือง", "วัดอุดมรัตนาราม"]
    o6_text = [
        "อ.{s} ยืนยันสถานที่ {w} จิตอาสาประมาณ {p} คนครับ",
        "{d} ยืนยันค่ะ 📍{w} จิตอาสาพระราชทานประมาณ {p} คน เริ่ม ๐๘.๐๐ น.",
        "ศอ.จอส.อ.{s} ยืนยันจัดกิจกรรม ณ {w} ผู้เข้าร่วมประมาณ {p} คน ครับผม",
        "ยืนยันครับ อ.{s} สถานที่ {w} ประมาณ {p} คน",
    ]
    o6_order = ["เมืองสกลนคร", "สว่างแดนดิน", "กุสุมาลย์", "พรรณานิคม", "กุดบาก", "ภูพาน", "วาริชภูมิ", "คำตากล้า",
                "เต่างอย", "วานรนิวาส", "พังโคน", "ส่องดาว", "โคกศรีสุพรรณ", "นิคมน้ำอูน", "อากาศอำนวย", "เจริญศิลป์"]
    slots = [(16, "13:52"), (16, "14:08"), (16, "14:34"), (16, "14:57"), (16, "15:48"), (16, "16:12"), (16, "16:55"),
             (16, "17:00"), (16, "18:20"), (16, "19:05"), (17, "08:12"), (17, "08:45"), (17, "09:05"), (17, "09:58"),
             (17, "11:10"), (17, "12:40")]
    for d, (day, hm) in zip(o6_order, slots):
        who = pick("o6w" + d, [VOL[d], COORD[d], CHIEF[d], VOL[d]])
        text = pick("o6t" + d, o6_text).format(s=short(d), d=d, w=pick("o6w2" + d, temples), p=n("o6p" + d, 60, 400, digits(d)))
        c.say(day, hm, who, voice(who, text), reply="O6" if d in ("สว่างแดนดิน", "ส่องดาว") else None, tags=[A("O6", d)])
    c.say(17, "14:00", P10, "อ.บ้านม่วง อ.โพนนาแก้ว ยังไม่ได้ยืนยันสถานที่กิจกรรมวันที่ ๒๐ ธ.ค. นะครับ ขอด่วนครับ", reply="O6",
          key="R3", tags=[N("R3, a reply to O6 naming the two districts that still owed: a reminder, no new duty")])
    c.say(17, "15:05", "P193", "บ้านม่วงยืนยันครับ วัดโพธิ์ศรีสว่าง ประมาณ ๑๕๐ คน ขออภัยครับ เพิ่งได้ข้อมูลจากท่านนายอำเภอ",
          reply="O6", tags=[A("O6", "บ้านม่วง")])

    # ---------------- O7: monthly canal report on form จอส.๕, due Fri 19 (after the log)
    o7 = c.say(17, "08:50", P9,
               "ขอให้ ศอ.จอส.อ. ทุกอำเภอ รายงานผลการขุดลอกคูคลอง กำจัดผักตบชวาและวัชพืชในแหล่งน้ำ ประจำเดือน ธ.ค. ๖๘ "
               "ตามแบบ จอส.๕ ภายในวันศุกร์ที่ ๑๙ ธ.ค. ๖๘ ค่ะ", file="แบบ จอส.5 ธค68.xlsx", key="O7")
    ORDERS["O7"] = dict(msg=o7, districts=list(DISTRICTS), deadline=when(19, "23:59:59"),
                        topic="monthly canal and water-weed report on form จอส.๕, due Fri 19",
                        reasoning="ภายในวันศุกร์ที่ ๑๙ ธ.ค. ๖๘: the end of Fri 19, after the judging time, so districts "
                                  "without an answer are not-due.")
    for d, (day, hm), who in [("เมืองสกลนคร", (17, "11:35"), "P103"), ("พรรณานิคม", (17, "13:10"), "P132"),
                              ("สว่างแดนดิน", (17, "15:40"), "P212"), ("กุสุมาลย์", (17, "16:25"), "P113")]:
        c.say(day, hm, who, voice(who, f"อ.{short(d)} ส่งแบบ จอส.๕ ผลการขุดลอกคูคลอง/กำจัดผักตบชวา เดือน ธ.ค. ครับ"),
              file=f"จอส5_{d}.xlsx", tags=[A("O7", d)])
    ack(c, 17, "09:02", "P242", "o7a1")
    ack(c, 17, "09:14", "P162", "o7a2")
    c.say(17, "09:20", "P252", "สอบถามค่ะ แบบ จอส.๕ ต้องแยกรายตำบลไหมคะ หรือรวมเป็นยอดอำเภอได้เลย")
    c.say(17, "09:26", P9, "รวมยอดอำเภอได้เลยค่ะ แนบภาพกิจกรรมมาด้วยก็ดีค่ะ")

    # ---------------- everyday talk
    c.say(15, "12:00", "P263", "ขอบคุณค่ะพี่นุ 🙏")
    c.sticker(15, "12:02", "P183")
    c.say(16, "12:20", P10, "ขอบคุณทุกอำเภอที่ส่งรายงานทันเวลาครับ 👏 ยอดรวมจิตอาสา ๑๓ ธ.ค. ทั้งจังหวัดเกิน ๓,๐๐๐ คน",
          tags=[N("thanks by the provincial centre (courtesy is chat, even with ส่งรายงาน in it): not an order, opens no duty")])
    c.say(16, "12:24", "P101", "ขอบคุณครับ 🙏")
    c.sticker(16, "12:25", "P231")
    c.say(17, "07:30", "P153", "อรุณสวัสดิ์วันพุธค่ะ 🌼")
    c.sticker(17, "07:36", "P203")
    c.say(17, "12:55", "P173", "พี่นุคะ ไฟล์แบบ จอส.๕ เปิดในมือถือไม่ได้ค่ะ รบกวนส่งเป็น pdf ได้ไหมคะ")
    c.say(17, "13:01", P10, "ส่งให้ทางไลน์ส่วนตัวแล้วครับ")
    c.say(17, "17:50", PJ, "ขอบคุณ ศอ.จอส.อำเภอทุกอำเภอครับ วันเสาร์นี้ขอให้กิจกรรมเรียบร้อย ปลอดภัยครับ")
    c.sticker(17, "17:58", "P121")
    c.say(17, "18:30", "P243", "ขอบคุณค่ะท่าน 🙏 เดินทางกลับบ้านปลอดภัยทุกท่านนะคะ")
    return c
