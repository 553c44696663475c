"""ศอ.จอส.จว.สน. (volunteer-centre.jsonl): written by hand, message by message."""
import datetime

from chat import Chat, F, N, A, D29, D30, D31, J1, J2, when, BKK
from people import DISTRICTS

ORDERS = {}
DAILY = ["เมืองสกลนคร", "กุสุมาลย์", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "สว่างแดนดิน", "วานรนิวาส", "ภูพาน"]


def eod(d):
    return datetime.datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=BKK)


def order(key, msg, districts, deadline, topic, how, addressed):
    ORDERS[key] = dict(msg=msg, districts=list(districts), deadline=deadline, topic=topic, how=how,
                       addressed=addressed)


def build():
    c = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
    s, st, sy = c.say, c.sticker, c.system

    # ------------------------------------------------------------ Monday 29 December 2025 (working day)
    s(D29, "07:32", "P009", "สวัสดีวันจันทร์ที่ ๒๙ ธันวาคม ๒๕๖๘ ครับ 🙏\nวันนี้เป็นวันแรกของการควบคุมเข้มข้น ๗ วันอันตราย "
      "ช่วงเทศกาลปีใหม่ ๒๕๖๙ (๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙)\nขอบคุณจิตอาสาทุกอำเภอที่สละเวลาพักผ่อนมาปฏิบัติหน้าที่ครับ",
      photos=1, tags=[N("the centre's morning greeting with a card: asks for nothing, no duty")])
    st(D29, "07:40", "P113")
    st(D29, "07:55", "P271", tags=[N("a district chief's sticker to a greeting: not a report and no order is open yet")])
    o1 = s(D29, "08:45", "P010",
           "เรียน ศอ.จอส.อ. ทุกอำเภอ\n"
           "ตามที่ ศอ.จอส.พระราชทาน แจ้งให้จังหวัดจัดตั้ง \"จุดบริการประชาชนจิตอาสาพระราชทาน\" ช่วงเทศกาลปีใหม่ ๒๕๖๙ "
           "ระหว่างวันที่ ๒๙ ธ.ค. ๖๘ – ๔ ม.ค. ๖๙ นั้น\n\n"
           "ขอให้อำเภอรายงานแผนการจัดตั้งจุดบริการฯ ดังนี้\n"
           "๑. จำนวนจุดและที่ตั้ง\n๒. จำนวนจิตอาสาที่ปฏิบัติหน้าที่ต่อวัน\n๓. ชื่อผู้ประสานงานประจำจุด พร้อมเบอร์โทร\n\n"
           "ส่งทางกลุ่มไลน์นี้ ภายในเวลา ๑๒.๐๐ น. วันนี้ (๒๙ ธ.ค. ๖๘) ค่ะ\n"
           "ส่วนแบบรายงานผลประจำวัน ศอ.จอส.จว.สน. จะแจ้งให้ทราบอีกครั้งค่ะ 🙏",
           photos=2, key="O1", tags=[N("order of the province-level volunteer officer (the provincial centre): allowed; creates O1")])
    order("O1", o1, DISTRICTS, when(D29, "12:00"), "plan of the volunteer service points",
          "\"ภายในเวลา ๑๒.๐๐ น. วันนี้ (๒๙ ธ.ค. ๖๘)\": 12:00 on Monday 29 Dec, a working day, the day of the order. "
          "The line \"แบบรายงานผลประจำวัน … จะแจ้งให้ทราบอีกครั้ง\" announces later orders and asks nothing itself.",
          "ศอ.จอส.อ. ทุกอำเภอ (all 18)")
    s(D29, "08:47", "P102", "รับทราบครับ", reply="O1",
      tags=[N("acknowledgement (reply to O1) by เมืองสกลนคร's coordinating deputy: not the plan asked for")])
    st(D29, "08:48", "P123", reply="O1", tags=[N("sticker after O1: an acknowledgement, not a report")])
    s(D29, "08:50", "P163", "รับทราบค่ะ")
    st(D29, "08:52", "P253", tags=[N("เจริญศิลป์'s volunteer officer acknowledges O1 with a sticker; no report follows, O1 stays missing for เจริญศิลป์")])
    s(D29, "08:53", "P272", "ร้บทราบครับ", tags=[N("รับทราบ misspelt (ร้บทราบ): an acknowledgement, not a report")])
    s(D29, "08:58", "P201", "ทราบครับ")
    s(D29, "09:12", "P103",
      "อ.เมืองสกลนคร รายงานแผนจุดบริการประชาชนจิตอาสาพระราชทาน ค่ะ\n"
      "๑) จุดบริการหน้าวัดพระธาตุเชิงชุม ถ.เรืองสวัสดิ์\n๒) จุดบริการสามแยกบ้านธาตุนาเวง ทล.๒๒\n"
      "๓) จุดบริการหน้าตลาดบ้านท่าแร่\nจิตอาสาวันละ ๑๘ คน (จุดละ ๖ คน)\nผู้ประสาน ปลัดธีร์ ๐๘๖-๒๒๐-๗๑๔๕ ค่ะ",
      reply="O1", tags=[A("O1", "เมืองสกลนคร")])
    s(D29, "09:20", "P112", "กุสุมาลย์ ๑ จุด บริเวณหน้าที่ว่าการอำเภอ ติด ทล.๒๒ จิตอาสาวันละ ๘ คน ผู้ประสาน ปลัดพิชิต 093-114-5820 ครับ",
      tags=[A("O1", "กุสุมาลย์"), N("report by the coordinating deputy on the district's behalf: counts for กุสุมาลย์")])
    s(D29, "09:31", "P142", "ศอ.จอส.อ.พังโคน\nจุดบริการ ๒ จุด\n- ปั๊มน้ำมันทางเข้าตัวอำเภอ (ขาเข้า)\n- ศาลาริมทางบ้านม่วงไข่\n"
      "จิตอาสาวันละ ๑๐ คน\nผู้ประสาน ปลัดชวลิต ๐๘๑-๕๓๗-๖๖๐๒",
      tags=[A("O1", "พังโคน"), N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): a district person, counts for พังโคน")])
    s(D29, "09:40", "P273", "อ.ภูพาน มีจุดบริการ ๑ จุด ที่ศาลาพักริมทาง ทล.๒๑๓ จิตอาสา ๖ คน/วัน ผู้ประสานงาน ปลัดเดชา 084-909-3316 ครับ",
      tags=[A("O1", "ภูพาน"), N("report by an ordinary deputy (deputy_district_chief): a district person, counts for ภูพาน")])
    s(D29, "09:55", "P123", "แผนจุดบริการ อ.กุดบาก ๑ จุด หน้าโรงเรียนกุดบาก จิตอาสา ๕ คน/วัน ผู้ประสาน สายสุนีย์ 098-330-4172 ค่ะ (แผนผังตามภาพค่ะ)",
      photos=1, caption_last=True, gap=40,
      tags=[A("O1", "กุดบาก"), N("photos first, caption after: one report post, cited at its first photo; answers O1 on time")])
    s(D29, "10:02", "P173", "วานรนิวาสรายงานค่ะ จุดบริการ ๒ จุด (๑) สี่แยกกลางเมืองวานรฯ (๒) หน้า รพ.สต.บ้านหนองแวง "
      "จิตอาสาวันละ ๑๒ คน ผู้ประสาน ปลัดพัช ๐๘๐-๖๖๑-๒๐๓๗", tags=[A("O1", "วานรนิวาส")])
    s(D29, "10:15", "P211", "เรียน ศอ.จอส.จว.สน. อ.สว่างแดนดิน ตั้งจุดบริการ ๓ จุด ได้แก่ ตลาดสว่างแดนดิน, แยกบ้านโคกสี, "
      "หน้าวัดบ้านดงเย็น จิตอาสาวันละ ๒๐ นาย ผู้ประสาน ปลัดสุพจน์ ๐๘๕-๔๑๗-๙๙๐๘ ครับ",
      tags=[A("O1", "สว่างแดนดิน"), N("report by the district chief himself: a district person")])
    s(D29, "10:30", "P134", "พรรณานิคม ๒ จุด\n1.หน้าตลาดสดพรรณานิคม\n2.แยกบ้านนาหัวบ่อ\nจิตอาสา ๑๔ คน/วัน\nผู้ประสาน ปลัดกิตติ 089-417-2256 ครับ",
      tags=[A("O1", "พรรณานิคม")])
    s(D29, "10:41", "P153", "วาริชภูมิรายงานค่ะ จุดบริการ ๒ จุด จิตอาสา ๑๐ คน/วัน ผู้ประสาน เบญจวรรณ 062-883-1940",
      tags=[A("O1", "วาริชภูมิ")])
    s(D29, "10:44", "P153", "ขอแก้ไขค่ะ จิตอาสา ๑๒ คน/วัน (จุดละ ๖ คน) 🙏",
      tags=[N("a correction of the report sent three minutes earlier: the answer is the first post (10:41)")])
    s(D29, "10:50", "P182", "คำตากล้า ตั้งจุดบริการ ๑ จุด ที่สามแยกคำตากล้า จิตอาสา ๖ คน ผู้ประสาน ปลัดเอก ๐๘๗-๓๔๕-๑๐๙๒ ครับ",
      tags=[A("O1", "คำตากล้า")])
    s(D29, "11:00", "P010", "ขอบคุณอำเภอที่รายงานแล้วค่ะ 🙏\nอำเภอที่ยังไม่ได้รายงานแผนจุดบริการ รบกวนส่งภายในเวลา ๑๒.๐๐ น. ตามกำหนดนะคะ",
      tags=[N("reminder of O1 (อำเภอที่ยังไม่ได้รายงาน … ตามกำหนด): creates no new duty and does not move O1's deadline")])
    s(D29, "11:05", "P193", "บ้านม่วง ๑ จุดค่ะ หน้า สภ.บ้านม่วง จิตอาสา ๕ คน/วัน ผู้ประสาน ปลัดเอื้อ ๐๘๘-๕๕๐-๓๔๑๗",
      tags=[A("O1", "บ้านม่วง")])
    s(D29, "11:20", "P202", "อากาศอำนวย ๒ จุด จิตอาสาวันละ ๘ คน ผู้ประสาน ปลัดอภิรักษ์ 081-066-7723 ครับ",
      tags=[A("O1", "อากาศอำนวย")])
    s(D29, "11:26", "P223", "ส่องดาว ๑ จุด (แยกบ้านส่องดาว) จิตอาสา ๖ คน ผู้ประสานงาน นิตยา ๐๙๕-๑๘๗-๔๔๐๓ ค่ะ",
      tags=[A("O1", "ส่องดาว")])
    s(D29, "11:40", "P233", "เต่างอยค่ะ ๑ จุด หน้าตลาดเต่างอย จิตอาสา ๘ คน ผู้ประสาน จุฑามาศ ๐๖๑-๒๙๐-๕๕๔๘",
      tags=[A("O1", "เต่างอย")])
    s(D29, "11:58", "P262", "โพนนาแก้ว ๑ จุด ที่บ้านนาแก้ว จิตอาสา ๖ คน ผู้ประสาน ปลัดทวีศักดิ์ ๐๘๓-๖๑๔-๒๘๓๕ ครับ ขออภัยที่ส่งช้าครับ",
      tags=[A("O1", "โพนนาแก้ว"), N("answer two minutes before the 12:00 deadline: on time (the apology does not make it late)")])
    s(D29, "12:05", "P010", "สรุปการรายงานแผนจุดบริการ ได้รับแล้ว ๑๕ อำเภอค่ะ\nยังไม่ได้รับ: นิคมน้ำอูน โคกศรีสุพรรณ เจริญศิลป์",
      tags=[N("the centre's tally naming the districts still missing: a reminder, no new duty")])
    s(D29, "12:25", "P163", "นิคมน้ำอูน ขออภัยที่ล่าช้าค่ะ จุดบริการ ๑ จุด หน้าที่ว่าการอำเภอ จิตอาสา ๖ คน ผู้ประสาน พิไลพร ๐๖๕-๗๐๒-๓๓๘๑ ค่ะ",
      tags=[A("O1", "นิคมน้ำอูน")])
    d1 = s(D29, "13:30", "P009",
           "แจ้ง ศอ.จอส.อ. ๘ อำเภอที่ตั้งจุดบริการประชาชนจิตอาสาพระราชทานบนถนนสายหลัก "
           "(เมืองสกลนคร กุสุมาลย์ พรรณานิคม พังโคน วาริชภูมิ สว่างแดนดิน วานรนิวาส ภูพาน)\n"
           "ขอให้รายงานผลการปฏิบัติงานประจำวันที่ ๒๙ ธ.ค. ๖๘ ตามแบบที่แนบ (จำนวนจิตอาสา / ผู้รับบริการ / เหตุที่ให้ความช่วยเหลือ) "
           "พร้อมภาพถ่าย ๒-๓ ภาพ\nภายในเวลา ๑๘.๐๐ น. วันนี้ครับ",
           file="แบบรายงานจุดบริการจิตอาสา ปีใหม่ 2569.xlsx", key="D1",
           tags=[N("the centre's daily order for 29 Dec to eight districts named after a description: allowed; creates D1")])
    order("D1", d1, DAILY, when(D29, "18:00"), "daily report of the service points, 29 Dec",
          "\"ภายในเวลา ๑๘.๐๐ น. วันนี้\" on Monday 29 Dec: 18:00 that day.",
          "eight districts with service points on the main roads, named in brackets after the description")
    s(D29, "13:33", "P104", "รับทราบครับ", reply="D1")
    st(D29, "13:34", "P142")
    s(D29, "14:10", "P241", "โคกศรีสุพรรณรายงานครับ ขออภัยล่าช้า ๑ จุด บริเวณสามแยกโคกศรี จิตอาสา ๖ คน ผู้ประสาน ปลัดอัครเดช ๐๘๔-๒๓๕-๗๗๑๐",
      reply="O1", tags=[A("O1", "โคกศรีสุพรรณ")])
    s(D29, "14:30", "P010", "ขอบคุณค่ะ 🙏")
    o2 = s(D29, "16:10", "P005",
           "เรียน นอภ.ภูพาน นอภ.กุดบาก นอภ.ส่องดาว และ นอภ.เต่างอย\n"
           "อุณหภูมิบนเทือกเขาภูพานลดลงต่ำกว่า ๑๐ องศา ขอให้ ศอ.จอส.อ. ทั้ง ๔ อำเภอ สำรวจจำนวนผู้สูงอายุ ผู้พิการ "
           "และผู้ป่วยติดเตียงที่ยังขาดเครื่องกันหนาว เพื่อจัดจิตอาสาร่วมนำผ้าห่มไปมอบ\n"
           "รายงานจำนวน (ราย) แยกรายตำบล ภายในวันพรุ่งนี้ (๓๐ ธ.ค. ๖๘) ครับ",
           key="O2", tags=[N("order of the provincial palad (the provincial centre) addressed in its salutation to four districts only")])
    order("O2", o2, ["กุดบาก", "ส่องดาว", "เต่างอย", "ภูพาน"], eod(D30), "cold-weather survey (people lacking blankets)",
          "\"ภายในวันพรุ่งนี้ (๓๐ ธ.ค. ๖๘)\" written on Monday 29 Dec: to the end of Tuesday 30 Dec, a working day.",
          "four district chiefs named in the salutation (ภูพาน, กุดบาก, ส่องดาว, เต่างอย)")
    s(D29, "16:12", "P271", "รับทราบครับท่าน", reply="O2",
      tags=[N("acknowledgement by ภูพาน's chief: not the survey asked for")])
    st(D29, "16:15", "P231")
    s(D29, "16:45", "P104", "ศอ.จอส.อ.เมืองสกลนคร รายงานผลประจำวันที่ ๒๙ ธ.ค. ๖๘\n- จิตอาสาปฏิบัติหน้าที่ ๑๘ คน\n"
      "- ผู้รับบริการ (น้ำดื่ม กาแฟ จุดพักรถ) ๓๔๒ ราย\n- ช่วยเหลือรถเสีย ๑ ครั้ง ไม่มีอุบัติเหตุในพื้นที่จุดบริการครับ",
      photos=1, tags=[A("D1", "เมืองสกลนคร")])
    s(D29, "17:00", "P272", "ภูพาน ประจำวันที่ ๒๙ ธ.ค. จิตอาสา ๖ คน ผู้รับบริการ ๑๒๗ ราย ไม่มีเหตุครับ", photos=1,
      tags=[A("D1", "ภูพาน")])
    s(D29, "17:10", "P113", "กุสุมาลย์รายงานผลวันที่ ๒๙ ธ.ค. ๖๘ ครับ จิตอาสา ๘ คน บริการประชาชน ๙๕ ราย ไม่มีเหตุ",
      photos=1, name="นายสมหมาย ดาวเรือง", sid=True,
      tags=[A("D1", "กุสุมาลย์"), N("display name with the title นาย (roster: สมหมาย ดาวเรือง), sent with his LINE id: กุสุมาลย์'s volunteer officer; counts")])
    s(D29, "17:20", "P133", "พรรณานิคม วันที่ ๒๙ ธ.ค.๖๘ จิตอาสา ๑๔ คน ผู้รับบริการ ๒๑๐ ราย "
      "ช่วยเหลือผู้บาดเจ็บจากรถ จยย.ล้ม ๑ ราย นำส่ง รพ.พรรณานิคม ค่ะ", photos=1, tags=[A("D1", "พรรณานิคม")])
    s(D29, "17:32", "P142", photos=2,
      tags=[A("D1", "พังโคน"), N("photos alone after D1, which asks for photos with the figures: a report for พังโคน (on time)")])
    s(D29, "17:40", "P152", "วาริชภูมิ ๒๙ ธ.ค. ๖๘ จิตอาสา ๑๒ ผู้รับบริการ ๑๕๖ ไม่มีเหตุครับ", photos=1,
      tags=[A("D1", "วาริชภูมิ")])
    s(D29, "17:50", "P142", "พังโคน จิตอาสา ๑๐ คน ผู้รับบริการ ๑๘๘ ราย ครับ",
      tags=[N("the figures following พังโคน's photos: the same answer, already counted at 17:32")])
    s(D29, "17:55", "P213", "สว่างแดนดิน ประจำวันที่ ๒๙ ธ.ค.๖๘ ค่ะ\nจิตอาสา ๒๐ คน\nผู้รับบริการ ๔๑๒ ราย\nเหตุ: ช่วยเข็นรถเสีย ๒ คัน",
      photos=1, tags=[A("D1", "สว่างแดนดิน")])
    s(D29, "18:02", "P009", "ครบกำหนด ๑๘.๐๐ น. ยังขาด วานรนิวาส ครับ 🙏",
      tags=[N("reminder naming the one district still missing: no new duty")])
    s(D29, "18:40", "P172", "วานรนิวาส ขออภัยครับ สัญญาณที่จุดบริการไม่ดี\nวันที่ ๒๙ ธ.ค. จิตอาสา ๑๒ คน ผู้รับบริการ ๒๐๓ ราย ไม่มีเหตุ",
      photos=1, tags=[A("D1", "วานรนิวาส")])
    s(D29, "19:10", "P009", "ขอบคุณทุกอำเภอครับ รายงานประจำวันที่ ๒๙ ธ.ค. ครบ ๘ อำเภอ 🙏",
      tags=[N("courtesy by the centre: no order")])
    s(D29, "20:05", "P005", "ขอบคุณจิตอาสาทุกท่านครับ อากาศเย็นลงมาก ดูแลสุขภาพด้วยครับ")

    # ------------------------------------------------------------ Tuesday 30 December 2025 (working day)
    s(D30, "07:10", "P009", "อรุณสวัสดิ์วันอังคารครับ เช้านี้ตัวเมืองสกลนคร ๑๒ องศา 🥶 จิตอาสาประจำจุดใส่เสื้อกันหนาวด้วยนะครับ",
      photos=1)
    st(D30, "07:15", "P263")
    d2 = s(D30, "08:30", "P009",
           "รายงานผลการปฏิบัติงานจุดบริการประชาชนจิตอาสาพระราชทาน ประจำวันที่ ๓๐ ธ.ค. ๖๘\n"
           "อำเภอ: เมืองสกลนคร / กุสุมาลย์ / พรรณานิคม / พังโคน / วาริชภูมิ / สว่างแดนดิน / วานรนิวาส / ภูพาน\n"
           "ตามแบบเดิม พร้อมภาพ ภายใน ๑๘.๐๐ น. วันนี้ครับ",
           key="D2", tags=[N("the same daily order posted again, for 30 Dec: a new day's report, hence a new duty (not a reminder)")])
    order("D2", d2, DAILY, when(D30, "18:00"), "daily report of the service points, 30 Dec",
          "\"ภายใน ๑๘.๐๐ น. วันนี้\" on Tuesday 30 Dec: 18:00 that day.", "the same eight districts, listed")
    s(D30, "08:33", "P174", "รับทราบครับ", reply="D2")
    s(D30, "08:50", "P252", "เจริญศิลป์ ขออนุญาตส่งแผนจุดบริการภายหลังครับ อยู่ระหว่างประสานผู้นำชุมชน",
      tags=[N("a promise to report later: not a report; O1 stays missing for เจริญศิลป์")])
    o3 = s(D30, "09:20", "P010",
           "📣 เรียน ศอ.จอส.อ. ทุกอำเภอ\nกิจกรรมจิตอาสาพระราชทาน \"Big Cleaning ต้อนรับปีใหม่ ๒๕๖๙\" "
           "ทำความสะอาดวัด ศาสนสถาน และสถานที่สาธารณะ\n"
           "ขอให้ส่งภาพกิจกรรม (๓-๕ ภาพ) พร้อมระบุสถานที่ ภายในวันพุธที่ ๓๑ ธ.ค. ๖๘\n"
           "(แม้ตรงกับวันหยุดราชการ ขอให้เวร ศอ.จอส.อ. เป็นผู้ส่ง) ค่ะ",
           photos=2, key="O3", tags=[N("order of the province-level volunteer officer to all districts, asking for photos: creates O3")])
    order("O3", o3, DISTRICTS, eod(D31), "Big Cleaning photos",
          "\"ภายในวันพุธที่ ๓๑ ธ.ค. ๖๘ (แม้ตรงกับวันหยุดราชการ ขอให้เวร ศอ.จอส.อ. เป็นผู้ส่ง)\": a date written out, "
          "so to the end of Wednesday 31 Dec. 31 Dec is a public holiday (วันสิ้นปี), but the order itself says the "
          "holiday does not excuse the report, and a named date is not a counted period, so nothing moves.",
          "ศอ.จอส.อ. ทุกอำเภอ (all 18)")
    s(D30, "09:22", "P111", "รับทราบค่ะ")
    st(D30, "09:23", "P193")
    s(D30, "10:05", "P122", photos=2,
      tags=[A("O3", "กุดบาก"), N("photos alone after O3 (which asks for photos), no other photo order open for กุดบาก: a report")])
    s(D30, "10:20", "P271", "ภูพานรายงานผลสำรวจผู้ขาดเครื่องกันหนาวครับ\nต.สร้างค้อ ๔๒ ราย\nต.กกปลาซิว ๓๘ ราย\n"
      "ต.หลุบเลา ๒๕ ราย\nต.โคกภู ๑๙ ราย\nรวม ๑๒๔ ราย ครับ", reply="O2",
      tags=[A("O2", "ภูพาน"), N("report by the district chief in reply to O2: counts for ภูพาน")])
    s(D30, "10:40", "P105", "ภาพกิจกรรม Big Cleaning วัดป่าสุทธาวาส อ.เมืองสกลนคร ครับ", photos=1,
      tags=[A("O3", "เมืองสกลนคร")])
    s(D30, "10:55", "P142", "Big Cleaning วัดโพธิ์ชัย บ้านพังโคน ครับ", photos=1, caption_last=True, gap=30,
      tags=[A("O3", "พังโคน")])
    sy(D30, "11:00", "invite", "P133", target="P026",
       tags=[F("SKN-5", "invitee is agency staff (staff of พช.สน.), not admitted to ศอ.จอส.จว.สน.", "แพรว พช.สน."),
             F("SKN-ALL", "on the roster, not admitted to this group, invited", "แพรว พช.สน."),
             F("SKN-ALL", "inviter of a roster person not admitted to this group", "วันเพ็ญ จอส.พรรณานิคม")])
    s(D30, "11:03", "P026", "สวัสดีค่ะ แพรวจาก พช.สน. ค่ะ ขอบคุณพี่วันเพ็ญที่ดึงเข้ากลุ่มนะคะ 🙏",
      tags=[N("the invitee's greeting: her membership is found once, at the invite; a greeting is not a report")])
    s(D30, "11:20", "P153", "วาริชภูมิ Big Cleaning ศาลาประชาคมบ้านวาริชภูมิ ค่ะ", photos=2,
      tags=[A("O3", "วาริชภูมิ")])
    s(D30, "11:45", "P162", "นิคมน้ำอูน Big Cleaning วัดศรีบุญเรือง ครับ", photos=1, tags=[A("O3", "นิคมน้ำอูน")])
    s(D30, "13:10", "P273", "ภูพาน ทำความสะอาดวัดป่าภูพานคำ ครับ (Big Cleaning)", photos=1, tags=[A("O3", "ภูพาน")])
    o4 = s(D30, "14:00", "P005",
           "เรียน นายอำเภอทุกอำเภอ\nศอ.จอส.พระราชทาน จะจัดอบรมหลักสูตรจิตอาสา ๙๐๔ วปร. รุ่นเดือนมกราคม ๒๕๖๙ "
           "ขอให้ ศอ.จอส.อ. ทุกอำเภอ ส่งรายชื่อผู้ประสงค์เข้ารับการอบรม อำเภอละไม่เกิน ๕ คน (ชื่อ-สกุล ตำแหน่ง เบอร์โทร)\n"
           "ภายใน ๒ วัน ครับ", photos=1, key="O4",
           tags=[N("the palad's order to all districts with a period counted in days (ภายใน ๒ วัน) over the holidays: creates O4")])
    order("O4", o4, DISTRICTS, eod(datetime.date(2026, 1, 5)), "names for the 904 volunteer course",
          "\"ภายใน ๒ วัน\" from Tuesday 30 Dec: counted from the next day, day 1 is Wednesday 31 Dec and day 2 Thursday "
          "1 Jan, both public holidays. A period whose last day is a holiday ends on the next working day: Friday 2 Jan "
          "is the cabinet's special government holiday, Saturday 3 and Sunday 4 are the weekend, so the deadline is the "
          "end of Monday 5 Jan 2026, after the log ends. Answers in the log are on time; the rest are not-due "
          "(a count that ignored the holidays would end on 1 Jan and call the Friday answers late; see Decisions).",
          "นายอำเภอทุกอำเภอ / ศอ.จอส.อ. ทุกอำเภอ (all 18)")
    s(D30, "14:20", "P122", "กุดบาก ผลสำรวจผู้ขาดเครื่องกันหนาว ต.กุดบาก ๓๑ ราย ต.นาม่อง ๒๔ ราย ต.กุดไห ๒๗ ราย รวม ๘๒ รายครับ",
      tags=[A("O2", "กุดบาก")])
    s(D30, "14:30", "P102", "อ.เมืองสกลนคร ส่งรายชื่อผู้ประสงค์อบรมจิตอาสา ๙๐๔ จำนวน ๔ คนครับ ตามไฟล์",
      file="รายชื่ออบรม904 อ.เมืองสน.pdf", tags=[A("O4", "เมืองสกลนคร")])
    s(D30, "15:20", "P151", "ฝากทุกอำเภอครับ ขอให้แจ้งจำนวนผ้าห่มกันหนาวที่ได้รับจัดสรรจาก ปภ. และยอดที่แจกแล้ว ภายในวันนี้ครับ "
      "วาริชภูมิจะรวบรวมเสนอท่านรองฯ ในที่ประชุมพรุ่งนี้",
      tags=[F("SKN-5P", "order to all districts (ฝากทุกอำเภอ … แจ้ง … ภายในวันนี้) by a district chief, not the provincial centre; creates no duty")])
    s(D30, "15:31", "P010", "เรื่องยอดผ้าห่ม ขอให้รอหนังสือจาก ปภ.จังหวัดนะคะ ยังไม่ต้องส่งในกลุ่มนี้ค่ะ 🙏",
      tags=[N("the centre telling districts not to send (ยังไม่ต้องส่ง): no duty")])
    s(D30, "15:40", "P173", "ส่งภาพ Big Cleaning วัดศรีวิชัย วานรนิวาส ค่ะ", photos=1, tags=[A("O3", "วานรนิวาส")])
    s(D30, "16:00", "P193", photos=2,
      tags=[A("O3", "บ้านม่วง"), N("photos alone after O3: บ้านม่วง has no other photo order open, so they answer O3")])
    s(D30, "16:30", "P233", "เต่างอย รายงานผลสำรวจค่ะ ผู้สูงอายุ ๔๐ ราย ผู้พิการ ๑๒ ราย ผู้ป่วยติดเตียง ๗ ราย รวม ๕๙ ราย (แยกตำบลตามไฟล์ค่ะ)",
      file="สำรวจภัยหนาว เต่างอย.xlsx", tags=[A("O2", "เต่างอย")])
    o5 = s(D30, "16:45", "P009",
           "เรียน ศอ.จอส.อ.เมืองสกลนคร อ.โพนนาแก้ว และ อ.ภูพาน\n"
           "จังหวัดกำหนดพิธีทำบุญตักบาตรข้าวสารอาหารแห้งเนื่องในวันขึ้นปีใหม่ เช้าวันที่ ๑ ม.ค. ๖๙ ใน ๓ อำเภอดังกล่าว "
           "ขอให้จัดจิตอาสาอำนวยความสะดวก และรายงานจำนวนจิตอาสาพร้อมชื่อหัวหน้าชุด ภายในเวลา ๑๐.๐๐ น. พรุ่งนี้ (๓๑ ธ.ค.) ครับ",
           key="O5", tags=[N("the centre's order addressed to three districts in its salutation")])
    order("O5", o5, ["เมืองสกลนคร", "โพนนาแก้ว", "ภูพาน"], when(D31, "10:00"), "volunteers for the New Year alms-giving",
          "\"ภายในเวลา ๑๐.๐๐ น. พรุ่งนี้ (๓๑ ธ.ค.)\" written on Tuesday 30 Dec: 10:00 on Wednesday 31 Dec. A clock time "
          "on a named day is kept even though the day is a public holiday (the duty is for the holiday itself).",
          "three districts named in the salutation")
    s(D30, "16:50", "P262", "รับทราบครับ", reply="O5",
      tags=[N("acknowledgement by โพนนาแก้ว's coordinating deputy: not the report O5 asks for")])
    s(D30, "17:05", "P273", "ภูพาน ๓๐ ธ.ค. ๖๘ จิตอาสา ๖ ผู้รับบริการ ๑๔๒ ราย ช่วยเปลี่ยนยางรถ ๑ คันครับ", photos=1,
      tags=[A("D2", "ภูพาน")])
    s(D30, "17:10", "P103", "อ.เมืองฯ ประจำวันที่ ๓๐ ธ.ค. ๖๘\nจิตอาสา ๑๘ คน\nผู้รับบริการ ๔๐๙ ราย\nไม่มีเหตุในจุดบริการค่ะ",
      photos=1, tags=[A("D2", "เมืองสกลนคร")])
    s(D30, "17:25", "P142", "พังโคน วันที่ ๓๐ ธ.ค. จิตอาสา ๑๐ ผู้รับบริการ ๒๓๑ ราย ครับ", photos=1, tags=[A("D2", "พังโคน")])
    s(D30, "17:30", "P112", "กุสุมาลย์ ๓๐/๑๒/๖๘ จิตอาสา ๘ คน ผู้รับบริการ ๑๑๘ ราย ไม่มีเหตุครับ", photos=1,
      tags=[A("D2", "กุสุมาลย์")])
    s(D30, "17:45", "P212", "สว่างฯ ๓๐ ธ.ค. จิตอาสา ๒๐ ผู้รับบริการ ๕๑๘ ราย ช่วยเหลือผู้ประสบเหตุรถชน ๑ ราย ภาพตามนี้ครับ",
      photos=1, gap=50, tags=[A("D2", "สว่างแดนดิน")])
    s(D30, "17:52", "P153", "วาริชภูมิ วันที่ ๓๐ ธ.ค. ๖๘ จิตอาสา ๑๒ คน ผู้รับบริการ ๑๗๗ ราย ค่ะ", photos=1,
      tags=[A("D2", "วาริชภูมิ")])
    s(D30, "17:58", "P174", "วานรนิวาส ๓๐ ธ.ค. จิตอาสา ๑๒ ผู้รับบริการ ๒๒๕ ไม่มีเหตุ ครับ", photos=1,
      tags=[A("D2", "วานรนิวาส"), N("answer two minutes before the 18:00 deadline: on time")])
    s(D30, "18:05", "P009", "ยังขาด พรรณานิคม ครับ 🙏", tags=[N("reminder naming one district: no new duty")])
    s(D30, "18:20", "P131", "เจ้าหน้าที่กำลังรวบรวมครับ จะส่งให้โดยเร็วครับ",
      tags=[N("พรรณานิคม's chief promises the report: not a report")])
    s(D30, "19:00", "P102", "อ.เมืองฯ จัดจิตอาสาอำนวยความสะดวกพิธีตักบาตรเช้าวันที่ ๑ ม.ค. จำนวน ๓๐ คน หัวหน้าชุด ปลัดวุฒิ ครับ",
      reply="O5", tags=[A("O5", "เมืองสกลนคร")])
    s(D30, "20:00", "P005", "ขอบคุณจิตอาสาทุกอำเภอครับ ช่วงนี้อากาศหนาวจัด ขอให้ผลัดเปลี่ยนเวรให้ได้พักผ่อนด้วยครับ",
      tags=[N("the palad's courtesy: no report asked")])

    # ------------------------------------------------------------ Wednesday 31 December 2025 (public holiday)
    s(D31, "06:45", "P009", "สวัสดีวันสิ้นปี ๒๕๖๘ ครับ 🙏 ขอบคุณทุกท่านที่ร่วมทำงานจิตอาสามาตลอดทั้งปีครับ", photos=1)
    st(D31, "06:50", "P112")
    s(D31, "08:15", "P133", "พรรณานิคม ขออภัยค่ะ ส่งรายงานประจำวันที่ ๓๐ ธ.ค. ค่ะ จิตอาสา ๑๔ คน ผู้รับบริการ ๒๔๕ ราย ไม่มีเหตุค่ะ",
      photos=1, tags=[A("D2", "พรรณานิคม")])
    s(D31, "08:30", "P113", "Big Cleaning วัดกุสุมาลย์ ครับ", photos=1, name="สมหมาย ดาวเรือง", sid=False,
      tags=[A("O3", "กุสุมาลย์")])
    s(D31, "08:40", "P010", "📌 เร่งรัด ภาพกิจกรรม Big Cleaning ครบกำหนดวันนี้ (๓๑ ธ.ค.) ค่ะ\nอำเภอที่ยังไม่ส่ง: พรรณานิคม "
      "คำตากล้า อากาศอำนวย สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ เจริญศิลป์ โพนนาแก้ว",
      tags=[N("reminder (เร่งรัด … อำเภอที่ยังไม่ส่ง) of O3: no new duty; O3's deadline stays the end of 31 Dec")])
    d3 = s(D31, "09:00", "P009",
           "ประจำวันที่ ๓๑ ธ.ค. ๖๘ (วันสิ้นปี) ขอให้ ๘ อำเภอ (เมืองฯ กุสุมาลย์ พรรณาฯ พังโคน วาริชฯ สว่างฯ วานรฯ ภูพาน) "
           "รายงานผลการปฏิบัติงานจุดบริการฯ ตามแบบเดิม ภายใน ๑๘.๐๐ น. วันนี้ครับ\nแม้เป็นวันหยุด แต่ยังอยู่ในช่วงควบคุมเข้มข้นครับ 🙏",
           key="D3", tags=[N("daily order for 31 Dec, the eight districts in short forms (เมืองฯ, พรรณาฯ, วาริชฯ, สว่างฯ, วานรฯ): a new duty")])
    order("D3", d3, DAILY, when(D31, "18:00"), "daily report of the service points, 31 Dec",
          "\"ภายใน ๑๘.๐๐ น. วันนี้\" on Wednesday 31 Dec, a public holiday: 18:00 that day. The order says it is for the "
          "holiday (แม้เป็นวันหยุด), so the clock time stands.", "the same eight, in short forms")
    s(D31, "09:15", "P134", "พรรณานิคม Big Cleaning วัดโพธิ์ศรีสว่าง ครับ", photos=1, tags=[A("O3", "พรรณานิคม")])
    s(D31, "09:30", "P272", "ภูพาน จัดจิตอาสาพิธีตักบาตร ๒๐ คน หัวหน้าชุด ปลัดเดชา ครับ", reply="O5",
      tags=[A("O5", "ภูพาน")])
    s(D31, "09:40", "P222", "ส่องดาวขออภัยครับ ผลสำรวจผู้ขาดเครื่องกันหนาว ต.ส่องดาว ๓๖ ราย ต.ปทุมวาปี ๒๘ ราย "
      "ต.วัฒนา ๒๒ ราย ต.ค้อใต้ ๑๕ ราย รวม ๑๐๑ ราย", reply="O2", tags=[A("O2", "ส่องดาว")])
    s(D31, "10:10", "P213", "สว่างแดนดิน Big Cleaning ตลาดสดเทศบาลสว่างแดนดิน ค่ะ", photos=2, tags=[A("O3", "สว่างแดนดิน")])
    s(D31, "10:30", "P005", "แจ้งเพื่อทราบ ท่านผู้ว่าฯ จะออกเยี่ยมจุดบริการประชาชนจิตอาสา อ.พังโคน และ อ.สว่างแดนดิน "
      "บ่ายวันนี้ ประมาณ ๑๔.๐๐ น. ไม่ต้องรายงานครับ ขอให้ดูแลความเรียบร้อยตามปกติ",
      tags=[N("information only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")])
    s(D31, "10:32", "P141", "รับทราบครับท่าน พังโคนพร้อมครับ", tags=[N("acknowledgement of an information-only post")])
    s(D31, "10:50", "P223", photos=2,
      tags=[A("O3", "ส่องดาว"), N("photos alone after O3 (ส่องดาว has no other photo order open): a report")])
    sy(D31, "11:02", "join", "Fon อสม.นาแก 🌸",
       tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    s(D31, "11:06", "Fon อสม.นาแก 🌸", "สวัสดีค่ะ อสม.บ้านนาแก ขอร่วมส่งภาพแจกผ้าห่มให้ผู้สูงอายุค่ะ", photos=1,
      tags=[N("the outsider's post: already found at her join, one finding per person per group")])
    sy(D31, "11:15", "remove", "P005", target="Fon อสม.นาแก 🌸")
    s(D31, "11:16", "P005", "กลุ่มนี้เฉพาะเจ้าหน้าที่ ศอ.จอส. ที่เกี่ยวข้องนะครับ ขอบคุณครับ",
      tags=[N("the palad's note on who belongs here: not an order to report")])
    s(D31, "13:30", "P233", photos=2,
      tags=[A("O3", "เต่างอย"), N("photos alone after O3 (เต่างอย has no other photo order open): a report")])
    s(D31, "15:00", "P027", "รายงานครับ กลุ่มจิตอาสาบ้านธาตุ ต.ธาตุเชิงชุม ร่วมกันทำความสะอาดวัดช่วงเช้าวันนี้ ๔๐ คน ครับ 🙏",
      photos=1, tags=[F("SKN-5", "a retired official (role retired) in ศอ.จอส.จว.สน.; first post"),
                      F("SKN-5P", "report by someone who is not a district's person (retired official)")])
    s(D31, "15:20", "P243", "Big Cleaning ลานวัดโคกศรีสุพรรณ ค่ะ", photos=1, caption_last=True, gap=30,
      tags=[A("O3", "โคกศรีสุพรรณ")])
    s(D31, "16:30", "P104", "อ.เมืองฯ ๓๑ ธ.ค. ๖๘ จิตอาสา ๑๘ ผู้รับบริการ ๕๗๐ ราย เพิ่มจุดพักรถ ๑ จุดครับ", photos=1,
      tags=[A("D3", "เมืองสกลนคร")])
    s(D31, "16:50", "P141", "พังโคน ๓๑ ธ.ค. จิตอาสา ๑๒ คน ผู้รับบริการ ๒๙๐ ราย ท่านผู้ว่าฯ เยี่ยมจุดบริการเวลา ๑๔.๒๐ น. ครับ",
      photos=1, tags=[A("D3", "พังโคน")])
    s(D31, "17:05", "P112", "กุสุมาลย์ วันที่ ๓๑ ธ.ค. จิตอาสา ๘ ผู้รับบริการ ๑๖๒ ราย ไม่มีเหตุ", photos=1,
      tags=[A("D3", "กุสุมาลย์")])
    s(D31, "17:20", "P132", "พรรณาฯ ๓๑/๑๒ จิตอาสา ๑๔ ผู้รับบริการ ๓๐๑ ราย ครับ", photos=1, tags=[A("D3", "พรรณานิคม")])
    s(D31, "17:35", "P211", "สว่างแดนดิน ๓๑ ธ.ค. ๖๘ จิตอาสา ๒๒ นาย ผู้รับบริการ ๖๔๔ ราย ช่วยเหลือรถเสีย ๓ คันครับ", photos=1,
      tags=[A("D3", "สว่างแดนดิน")])
    s(D31, "17:50", "P152", "วาริชฯ ๓๑ ธ.ค. จิตอาสา ๑๒ ผู้รับบริการ ๒๑๕ ไม่มีเหตุครับ", photos=1, tags=[A("D3", "วาริชภูมิ")])
    s(D31, "18:10", "P009", "ครบกำหนดแล้วครับ ยังขาด วานรฯ และ ภูพาน 🙏",
      tags=[N("reminder naming two districts after the deadline: no new duty")])
    st(D31, "19:00", "P171", tags=[N("วานรนิวาส's chief posts a sticker after the reminder: not a report")])
    s(D31, "19:01", "P171", "สวัสดีปีใหม่ล่วงหน้าครับทุกท่าน 🎉",
      tags=[N("a New Year greeting by วานรนิวาส's chief: not a report; D3 stays missing for วานรนิวาส")])
    s(D31, "20:40", "P253", "เจริญศิลป์ส่งภาพ Big Cleaning วัดบ้านเจริญศิลป์ ครับ", photos=1,
      tags=[A("O3", "เจริญศิลป์"), N("evening answer on O3's last day (a date deadline runs to the end of the day): on time")])
    s(D31, "22:00", "P010", "สวัสดีปีใหม่ล่วงหน้าค่ะ ขอบคุณทุกอำเภอนะคะ 🎆")
    st(D31, "23:58", "P263")
    s(D31, "23:59", "P183", "Happy New Year 2026 🎆🎆")

    # ------------------------------------------------------------ Thursday 1 January 2026 (public holiday)
    s(J1, "00:01", "P009", "สวัสดีปีใหม่ ๒๕๖๙ ครับ 🎉 ขอให้ทุกท่านและครอบครัวมีความสุข สุขภาพแข็งแรง ปลอดภัยตลอดปีครับ", photos=1,
      tags=[N("New Year greeting by the centre: no order")])
    st(J1, "00:03", "P112")
    st(J1, "00:03", "P253")
    s(J1, "00:04", "P182", "HNY ครับ 🎊")
    st(J1, "00:05", "ปลัดหนุ่ม", tags=[N("display name ปลัดหนุ่ม fits two roster people (deputies of สว่างแดนดิน and เต่างอย): ambiguous, never judged")])
    o6 = s(J1, "06:30", "P010",
           "🙏 สวัสดีปีใหม่ค่ะ\nขอให้ ศอ.จอส.อ. ทุกอำเภอ ส่งภาพจิตอาสาร่วมพิธีทำบุญตักบาตรเนื่องในวันขึ้นปีใหม่ ๒๕๖๙ "
           "อำเภอละ ๓-๔ ภาพ ภายในเที่ยงวันนี้ เพื่อรวบรวมรายงาน ศอ.จอส.พระราชทาน ค่ะ",
           key="O6", tags=[N("order of the province-level volunteer officer on a public holiday: allowed; creates O6")])
    order("O6", o6, DISTRICTS, when(J1, "12:00"), "photos of the New Year alms-giving",
          "\"ภายในเที่ยงวันนี้\" on Thursday 1 Jan 2026 (วันขึ้นปีใหม่, a public holiday): 12:00 that day. The order "
          "is given on the holiday for the holiday's own event, so the spoken time stands.", "ศอ.จอส.อ. ทุกอำเภอ (all 18)")
    s(J1, "06:32", "P113", "รับทราบครับ", reply="O6")
    s(J1, "08:10", "P103", photos=2,
      tags=[A("O6", "เมืองสกลนคร"), N("photos alone after O6, before D4 is posted and with no other photo order open for เมืองสกลนคร: a report")])
    s(J1, "08:20", "P113", photos=1, tags=[A("O6", "กุสุมาลย์")])
    s(J1, "08:25", "P123", "ภาพจิตอาสาร่วมตักบาตรปีใหม่ ลานวัดกุดบาก ค่ะ 🙏", photos=1, caption_last=True, gap=30,
      tags=[A("O6", "กุดบาก")])
    s(J1, "08:40", "P133", photos=2, tags=[A("O6", "พรรณานิคม")])
    s(J1, "08:45", "P142", photos=1, tags=[A("O6", "พังโคน")])
    s(J1, "08:50", "P273", "ภูพาน ขออภัยครับ รายงานประจำวันที่ ๓๑ ธ.ค. จิตอาสา ๖ คน ผู้รับบริการ ๒๐๑ ราย ไม่มีเหตุ", photos=1,
      tags=[A("D3", "ภูพาน")])
    s(J1, "09:00", "P153", photos=1, tags=[A("O6", "วาริชภูมิ")])
    sy(J1, "09:02", "unsend", "P153",
       tags=[N("unsend notice: the message is gone; her two photos at 09:00 are still there and answer O6")])
    st(J1, "09:04", "P221", tags=[N("ส่องดาว's chief: sticker, not the photos O6 asks for")])
    s(J1, "09:05", "P221", "สวัสดีปีใหม่ครับ ขอให้ทุกท่านมีความสุขครับ",
      tags=[N("greeting by ส่องดาว's chief: not a report; O6 stays missing for ส่องดาว")])
    s(J1, "09:10", "P202", "อากาศอำนวย ส่งภาพ Big Cleaning (ทำเมื่อ ๓๐ ธ.ค.) ครับ ขออภัยล่าช้า", photos=1,
      tags=[A("O3", "อากาศอำนวย")])
    s(J1, "09:20", "P174", "วานรนิวาส ภาพจิตอาสาร่วมตักบาตรหน้าที่ว่าการอำเภอครับ", photos=1, tags=[A("O6", "วานรนิวาส")])
    d4 = s(J1, "09:30", "P010",
           "รายงานประจำวันที่ ๑ ม.ค. ๒๕๖๙ จุดบริการประชาชนจิตอาสาฯ\n"
           "ขอให้ อ.เมืองสกลนคร / กุสุมาลย์ / พรรณานิคม / พังโคน / วาริชภูมิ / สว่างแดนดิน / วานรนิวาส / ภูพาน\n"
           "ส่งภายในเวลา ๑๘.๐๐ น. วันนี้ เช่นเดียวกับเมื่อวานค่ะ",
           key="D4", tags=[N("daily order for 1 Jan, posted by the province-level volunteer officer this time: a new duty (เช่นเดียวกับเมื่อวาน is not a reminder word)")])
    order("D4", d4, DAILY, when(J1, "18:00"), "daily report of the service points, 1 Jan",
          "\"ภายในเวลา ๑๘.๐๐ น. วันนี้\" on Thursday 1 Jan, a public holiday: 18:00 that day.", "the same eight, listed")
    s(J1, "09:35", "P183", "ภาพพิธีตักบาตรปีใหม่ อ.คำตากล้า ครับ", photos=1,
      tags=[A("O6", "คำตากล้า"), N("captioned photos of the alms-giving: they answer O6, not the overdue Big Cleaning photos of O3 (O3 stays missing for คำตากล้า)")])
    s(J1, "09:50", "P192", photos=2, tags=[A("O6", "บ้านม่วง")])
    s(J1, "10:05", "P203", "อากาศอำนวย ภาพตักบาตรเช้านี้ครับ", photos=1, tags=[A("O6", "อากาศอำนวย")])
    s(J1, "10:20", "P212", "สว่างแดนดิน ภาพจิตอาสาร่วมพิธีตักบาตรวันขึ้นปีใหม่ครับ", photos=1, tags=[A("O6", "สว่างแดนดิน")])
    s(J1, "10:40", "P263", "โพนนาแก้ว ขออภัยครับ ภาพ Big Cleaning วัดโพธิ์ศรี ครับ", photos=1, tags=[A("O3", "โพนนาแก้ว")])
    s(J1, "10:45", "P242", "โคกศรีสุพรรณ ตักบาตรปีใหม่ ณ วัดโพธิ์ชัยครับ", photos=1, tags=[A("O6", "โคกศรีสุพรรณ")])
    s(J1, "11:10", "P263", "โพนนาแก้ว ภาพตักบาตรปีใหม่ ครับ", photos=1, tags=[A("O6", "โพนนาแก้ว")])
    s(J1, "11:28", "P010", "อีกครึ่งชั่วโมงครบกำหนดส่งภาพตักบาตรนะคะ ยังขาด นิคมน้ำอูน ส่องดาว เต่างอย เจริญศิลป์ ภูพาน",
      tags=[N("reminder listing the districts still missing O6: no new duty")])
    s(J1, "11:30", "P272", "ภูพาน ภาพตักบาตรปีใหม่ครับ", photos=1, tags=[A("O6", "ภูพาน")])
    s(J1, "11:45", "P161", "สวัสดีปีใหม่ครับ 🙏",
      tags=[N("greeting by นิคมน้ำอูน's chief: not a report; O6 stays missing for นิคมน้ำอูน")])
    s(J1, "13:05", "P231", "เต่างอย ขออภัยครับ ภาพตักบาตรเช้านี้ครับ", photos=1, tags=[A("O6", "เต่างอย")])
    s(J1, "14:00", "P011", "ศูนย์ปฏิบัติการ ปภ.สน. รายงานผลการปฏิบัติงานช่วงเทศกาลปีใหม่ ประจำวันที่ ๓๑ ธ.ค. ๖๘\n"
      "- ตั้งจุดตรวจร่วม ๔๒ จุด\n- อาสาสมัคร อปพร. ปฏิบัติหน้าที่ ๓๘๐ นาย\n- ร่วมช่วยเหลือผู้ประสบอุบัติเหตุ ๙ ราย",
      tags=[F("SKN-5", "an agency head (ผอ.ปภ.สน.) in ศอ.จอส.จว.สน.; first message that shows him in the group"),
            F("SKN-5P", "report of his own office's operation by someone who is not a district's person")])
    s(J1, "14:05", "P010", "ขอบคุณค่ะ ผอ. 🙏")
    s(J1, "15:30", "P252", "เจริญศิลป์ ภาพตักบาตรปีใหม่ครับ", photos=1, tags=[A("O6", "เจริญศิลป์")])
    s(J1, "16:40", "P102", "อ.เมืองฯ ๑ ม.ค. ๖๙ จิตอาสา ๑๘ ผู้รับบริการ ๔๘๘ ราย ไม่มีเหตุครับ", photos=1,
      tags=[A("D4", "เมืองสกลนคร")])
    s(J1, "16:55", "P142", "พังโคน ๑ ม.ค. จิตอาสา ๑๐ ผู้รับบริการ ๒๐๗ ราย", photos=1, tags=[A("D4", "พังโคน")])
    s(J1, "17:05", "P134", "พรรณานิคม ๑/๑/๖๙ จิตอาสา ๑๔ คน ผู้รับบริการ ๒๖๖ ราย ช่วยเหลือเด็กพลัดหลง ๑ รายครับ", photos=1,
      tags=[A("D4", "พรรณานิคม")])
    s(J1, "17:15", "P271", "ภูพาน ๑ ม.ค. ๖๙ จิตอาสา ๖ ผู้รับบริการ ๑๙๓ ราย (นักท่องเที่ยวขึ้นภูเยอะครับ)", photos=1,
      tags=[A("D4", "ภูพาน")])
    s(J1, "17:30", "P153", "วาริชภูมิ ๑ ม.ค. จิตอาสา ๑๒ ผู้รับบริการ ๒๐๙ ราย ค่ะ", photos=1, tags=[A("D4", "วาริชภูมิ")])
    s(J1, "17:40", "P213", "สว่างแดนดิน ๑ ม.ค. ๖๙ จิตอาสา ๒๐ ผู้รับบริการ ๕๒๗ ราย ค่ะ", photos=1, tags=[A("D4", "สว่างแดนดิน")])
    s(J1, "17:58", "P173", "วานรนิวาส ๑ ม.ค. จิตอาสา ๑๒ ผู้รับบริการ ๒๔๐ ราย ไม่มีเหตุค่ะ", photos=1,
      tags=[A("D4", "วานรนิวาส")])
    s(J1, "18:05", "P010", "ยังขาด กุสุมาลย์ ค่ะ 🙏", tags=[N("reminder naming one district: no new duty")])
    s(J1, "19:30", "P113", "กุสุมาลย์ ขออภัยครับ ๑ ม.ค. จิตอาสา ๘ คน ผู้รับบริการ ๑๔๔ ราย ไม่มีเหตุ", photos=1,
      tags=[A("D4", "กุสุมาลย์")])
    s(J1, "20:00", "P005", "ขอบคุณจิตอาสาทุกท่านที่ปฏิบัติหน้าที่ในวันขึ้นปีใหม่ครับ 🙏")

    # ------------------------------------------------------------ Friday 2 January 2026 (special government holiday)
    s(J2, "07:30", "P009", "อรุณสวัสดิ์วันศุกร์ครับ วันนี้วันหยุดราชการเป็นกรณีพิเศษ ประชาชนเริ่มเดินทางกลับ ขอให้จุดบริการเพิ่มความเข้มข้นครับ",
      photos=1)
    d5 = s(J2, "08:00", "P009",
           "แจ้ง ๘ อำเภอที่ตั้งจุดบริการฯ (เมืองสกลนคร กุสุมาลย์ พรรณานิคม พังโคน วาริชภูมิ สว่างแดนดิน วานรนิวาส ภูพาน) "
           "รายงานผลประจำวันที่ ๒ ม.ค. ๖๙ ภายใน ๑๘.๐๐ น. ครับ",
           key="D5", tags=[N("daily order for 2 Jan: a new duty for the eight districts")])
    order("D5", d5, DAILY, when(J2, "18:00"), "daily report of the service points, 2 Jan",
          "\"ภายใน ๑๘.๐๐ น.\" in the order for 2 Jan posted that morning: 18:00 on Friday 2 Jan (the special holiday).",
          "the same eight, named after the description")
    s(J2, "08:05", "P104", "รับทราบครับ")
    o7 = s(J2, "09:10", "P005",
           "เรียน นายอำเภอทุกอำเภอ\nเพื่อให้การสรุปผลการปฏิบัติงานจิตอาสาพระราชทานช่วงเทศกาลปีใหม่ ๒๕๖๙ เป็นไปด้วยความเรียบร้อย "
           "ขอให้ ศอ.จอส.อ. รายงานผลภาพรวมตามแบบสรุปที่แนบ (จำนวนจิตอาสาสะสม ผู้รับบริการสะสม งบประมาณที่ใช้) "
           "ภายใน ๓ วันทำการ ครับ", file="แบบสรุปจิตอาสา ปีใหม่69.xlsx", caption_last=True, gap=25, key="O7",
           tags=[N("the palad's order to all districts with a period in working days (ภายใน ๓ วันทำการ), the form sent first and the order's text right after: one post, cited at its first message; creates O7")])
    order("O7", o7, DISTRICTS, eod(datetime.date(2026, 1, 7)), "overall summary of the New Year volunteer work",
          "\"ภายใน ๓ วันทำการ\" from Friday 2 Jan (itself a holiday): only working days count, from the day after the "
          "order. Saturday 3 and Sunday 4 are not working days, so working day 1 is Monday 5 Jan, day 2 Tuesday 6, "
          "day 3 Wednesday 7 Jan: the deadline is the end of Wednesday 7 Jan 2026, after the log ends.",
          "นายอำเภอทุกอำเภอ / ศอ.จอส.อ. (all 18)")
    s(J2, "09:12", "P201", "รับทราบครับท่าน", reply="O7")
    s(J2, "09:40", "P123", "กุดบาก ส่งรายชื่อผู้ประสงค์อบรมจิตอาสา ๙๐๔ จำนวน ๓ คนค่ะ\n๑. นายสมบูรณ์ ไชยโคตร\n๒. นางอำไพ สีทา\n๓. นายก้อง ภูศรี",
      tags=[A("O4", "กุดบาก"), N("O4 answer on Friday 2 Jan: on time, because O4's two-day period ends on the next working day (Mon 5 Jan)")])
    s(J2, "10:15", "P142", "พังโคนส่งรายชื่ออบรม ๙๐๔ ครับ ๒ คน ตามไฟล์", file="904 พังโคน.pdf", tags=[A("O4", "พังโคน")])
    o8 = s(J2, "10:30", "P009",
           "เรียน ศอ.จอส.อ.คำตากล้า และ ศอ.จอส.อ.อากาศอำนวย\nได้รับแจ้งจาก ปภ. ว่ามีผู้สูงอายุอยู่ลำพังในพื้นที่ "
           "ต.นาแต้ และ ต.โพนงาม ประสบภัยหนาว ขอให้จัดจิตอาสาลงพื้นที่มอบผ้าห่ม และรายงานผลพร้อมภาพ ภายใน ๒๔ ชม. ครับ",
           key="O8", tags=[N("the centre's order to two districts named in the salutation, due after the log ends")])
    order("O8", o8, ["คำตากล้า", "อากาศอำนวย"], when(datetime.date(2026, 1, 3), "10:30"), "blankets for elderly people living alone",
          "\"ภายใน ๒๔ ชม.\" from 10:30 on Friday 2 Jan: 10:30 on Saturday 3 Jan, after the log ends. A 24-hour period "
          "counts hours, so the holiday does not move it.", "two districts named in the salutation")
    s(J2, "11:00", "P194", "บ้านม่วงส่งรายชื่ออบรม ๙๐๔ ครับ นายวิเชียร ทองคำ และ นางสาวมาลัย บุญมี",
      tags=[A("O4", "บ้านม่วง"), N("report by an ordinary deputy of บ้านม่วง (no LINE id, matched by display name)")])
    s(J2, "11:30", "P103", "ศอ.จอส.อ.เมืองฯ ส่งแบบสรุปค่ะ (ข้อมูลถึงวันที่ ๑ ม.ค.) จะส่งฉบับสมบูรณ์อีกครั้งหลังสิ้นสุดโครงการค่ะ",
      file="สรุปจิตอาสา ปีใหม่69 อ.เมือง.xlsx", tags=[A("O7", "เมืองสกลนคร")])
    s(J2, "11:50", "P026", "พช.สน. รายงานผลการมอบผ้าห่มร่วมกับจิตอาสา อ.พรรณานิคม จำนวน ๒๐๐ ผืน ค่ะ", photos=1,
      tags=[F("SKN-5P", "report by agency staff (พช.สน.), not a district's person; it answers nothing for พรรณานิคม")])
    s(J2, "13:45", "P222", "ส่องดาว ส่งรายชื่อผู้ประสงค์อบรม ๙๐๔ จำนวน ๕ คนครับ", file="รายชื่อ 904 ส่องดาว.xlsx",
      tags=[A("O4", "ส่องดาว")])
    s(J2, "15:00", "P182", "คำตากล้า ลงพื้นที่ ต.นาแต้ มอบผ้าห่ม ๓๕ ผืน ให้ผู้สูงอายุที่อยู่ลำพัง ๓๕ ราย เรียบร้อยครับ", photos=1,
      reply="O8", tags=[A("O8", "คำตากล้า")])
    s(J2, "16:10", "P233", "เต่างอย ส่งแบบสรุปผลจิตอาสาปีใหม่ ๖๙ ค่ะ", file="สรุปจิตอาสา เต่างอย.xlsx", tags=[A("O7", "เต่างอย")])
    s(J2, "16:30", "P104", "อ.เมืองฯ ๒ ม.ค. ๖๙ จิตอาสา ๑๘ ผู้รับบริการ ๖๓๑ ราย ช่วยเหลือรถเสีย ๒ คันครับ", photos=1,
      tags=[A("D5", "เมืองสกลนคร")])
    s(J2, "16:45", "P142", "พังโคน ๒ ม.ค. จิตอาสา ๑๐ ผู้รับบริการ ๓๔๐ ราย", photos=1, tags=[A("D5", "พังโคน")])
    s(J2, "17:00", "P112", "กุสุมาลย์ ๒/๑/๖๙ จิตอาสา ๘ ผู้รับบริการ ๒๐๒ ราย ไม่มีเหตุครับ", photos=1, tags=[A("D5", "กุสุมาลย์")])
    s(J2, "17:20", "P133", "พรรณานิคม ๒ ม.ค. ๖๙ จิตอาสา ๑๔ คน ผู้รับบริการ ๓๙๘ ราย ค่ะ", photos=1, tags=[A("D5", "พรรณานิคม")])
    s(J2, "17:35", "P272", "ภูพาน ๒ ม.ค. จิตอาสา ๖ ผู้รับบริการ ๒๕๕ ราย ไม่มีเหตุครับ", photos=1, tags=[A("D5", "ภูพาน")])
    s(J2, "17:41", "ปลัดหนุ่ม", "ขอบคุณจิตอาสาทุกจุดครับ เหนื่อยกันมากครับช่วงนี้ 👍",
      tags=[N("display name ปลัดหนุ่ม (two roster people): ambiguous, never judged; it reports nothing anyway")])
    s(J2, "17:55", "P172", "วานรนิวาส ๒ ม.ค. จิตอาสา ๑๒ ผู้รับบริการ ๓๑๐ ราย ครับ", photos=1, tags=[A("D5", "วานรนิวาส")])
    s(J2, "18:05", "P009", "ครบกำหนดแล้วครับ ยังขาด วาริชฯ และ สว่างฯ ครับ",
      tags=[N("reminder after D5's deadline naming two districts: no new duty")])
    s(J2, "18:30", "P212", "สว่างแดนดินขอส่งรายงานของวันนี้พรุ่งนี้เช้านะครับ เจ้าหน้าที่ติดภารกิจด่านชุมชนครับ 🙏",
      tags=[N("a promise to report tomorrow: not a report; D5 is missing for สว่างแดนดิน at the end of the log")])
    s(J2, "20:15", "P153", "วาริชภูมิ ขออภัยค่ะ ประจำวันที่ ๒ ม.ค. จิตอาสา ๑๒ ผู้รับบริการ ๓๘๐ ราย", photos=1,
      tags=[A("D5", "วาริชภูมิ")])
    s(J2, "21:00", "P010", "ขอบคุณทุกอำเภอค่ะ แบบรายงานของวันที่ ๓ ม.ค. จะแจ้งในกลุ่มพรุ่งนี้เช้านะคะ",
      tags=[N("announces tomorrow's daily order; asks nothing now, so no duty")])
    s(J2, "21:40", "P009", "ขอบคุณครับ ราตรีสวัสดิ์ทุกท่าน 🙏")
    return c
