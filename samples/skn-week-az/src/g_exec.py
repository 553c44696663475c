# ผู้บริหารจังหวัด และนายอำเภอ (executives.jsonl): orders come from the governor and vice governors;
# incident reports, replies, information and reports to the governor are allowed.
from chat import Chat, F, N
from week import MON, TUE, WED, THU, FRI

c = Chat("ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl")
GOV = "P001"


def g(day, hm, who, text, photos=0, key=None, why="the governor's order: allowed", file=None):
    return c.say(day, hm, who, text, photos=photos, key=key, file=file, tags=[N(why)])


def say(day, hm, who, text=None, why=None, photos=0, reply=None, tags=(), name=None):
    t = list(tags) + ([N(why)] if why else [])
    if text is None and not photos:
        return c.sticker(day, hm, who, tags=t, name=name)
    return c.say(day, hm, who, text, photos=photos, reply=reply, tags=t, name=name)


g(MON, "07:30", GOV, "เรียนท่านรองผู้ว่าฯ ปลัดจังหวัด และนายอำเภอทุกท่าน\nสัปดาห์นี้เป็นสัปดาห์สำคัญ ขอให้ทุกท่านเตรียมงาน ๕ ธันวาคม "
  "อย่างสมพระเกียรติ และดูแลประชาชนเรื่องภัยหนาวควบคู่กันไป ขอให้ทุกอำเภอรายงานปัญหาอุปสรรคให้ผมทราบโดยตรงครับ", key="g1")
say(MON, "07:33", "P101", "รับทราบครับท่าน 🙏", why="acknowledgement of the governor's order by a district chief: allowed")
say(MON, "07:34", "P111", "รับทราบครับท่านผู้ว่าฯ")
say(MON, "07:35", "P121")
say(MON, "07:36", "P131", "รับทราบครับผม")
say(MON, "07:38", "P141", "รับทราบครับ")
say(MON, "07:40", "P002", "รับทราบครับท่าน")
say(MON, "07:41", "P151")
say(MON, "07:45", "P161", "รับทราบครับท่าน")
say(MON, "07:52", "P171", "วานรนิวาสรับทราบครับ")
say(MON, "08:00", "P181", "รับทราบครับ 🙏")
say(MON, "08:10", "P005", "กราบเรียนท่านผู้ว่าฯ สำนักงานปกครองจะสรุปความพร้อมรายงานท่านทุกวันครับ",
    why="the palad reporting to the governor: information to the governor is allowed (not an order)")
say(MON, "08:20", "P191", "รับทราบครับ")
say(MON, "08:22", "P201")
say(MON, "08:30", "P211", "สว่างแดนดินรับทราบครับท่าน")
say(MON, "09:05", "P221", "รับทราบครับ")
g(MON, "10:30", "P003", "ท่านนายอำเภอคะ วันพุธนี้ดิฉันจะลงตรวจจุดทำความดีที่พรรณานิคมและกุสุมาลย์ ขอให้ทั้งสองอำเภอเตรียมข้อมูลสรุปด้วยนะคะ",
  why="a vice governor's order: allowed")
say(MON, "10:33", "P131", "พรรณานิคมพร้อมครับท่านรองฯ")
say(MON, "10:40", "P111", "กุสุมาลย์รับทราบครับ")
say(MON, "13:15", "P231", "กราบเรียนท่านผู้ว่าฯ เช้านี้เต่างอย ๙ องศา ผู้สูงอายุป่วย ๒ ราย นำส่ง รพ. แล้วครับ", photos=2,
    why="an incident report by a district chief: allowed")
say(MON, "13:20", GOV, "ขอบคุณครับนายอำเภอ ดูแลต่อเนื่องนะครับ", why="the governor's reply: allowed")
say(MON, "16:05", "P027", "ยินดีด้วยกับทุกท่านครับ ปีนี้หนาวมาก ลุงเอาผ้าห่มไปบริจาคที่ภูพาน ๕๐ ผืนครับ",
    tags=[F("SKN-4", "a retired former district chief in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
say(MON, "16:20", "P271", "ขอบคุณครับพี่ 🙏")
say(MON, "16:25", "P241", "ขอบคุณครับ")
say(TUE, "06:50", "P004", "อรุณสวัสดิ์ครับทุกท่าน 🌄 อากาศเย็นครับ", photos=1)
say(TUE, "06:55", "P251", "สวัสดีครับท่านรองฯ 🙏")
g(TUE, "08:30", "P002", "ท่านนายอำเภอครับ พรุ่งนี้ผมจะตรวจเยี่ยมการแจกผ้าห่มที่กุดบากกับภูพาน ขอให้จัดให้พบชาวบ้านผู้สูงอายุ "
  "ไม่ต้องจัดพิธีรับครับ", why="a vice governor's order: allowed")
say(TUE, "08:33", "P121", "รับทราบครับท่าน")
say(TUE, "08:35", "P271", "ภูพานรับทราบครับท่าน")
say(TUE, "09:40", "P005", "เรียนนายอำเภอทุกอำเภอ ให้ทุกอำเภอส่งสรุปความพร้อมงาน ๕ ธ.ค. ให้ปกครองจังหวัดภายในวันพุธครับ",
    tags=[F("SKN-4P", "an order to all district chiefs by the provincial palad: this group receives orders from the governor and vice governors only")])
say(TUE, "09:45", "P141", "รับทราบครับ")
# outsider added by a vice governor
c.system(TUE, "10:10", "invite", "P002", target="ฝน เลขาฯ รองธนากร",
         tags=[F("OUTSIDER", "not on the roster; added by รองฯ ธนากร (vice governor)", who="ฝน เลขาฯ รองธนากร")])
say(TUE, "10:12", "ฝน เลขาฯ รองธนากร", "สวัสดีค่ะ ฝนเลขาท่านรองธนากรค่ะ จะประสานกำหนดการท่านรองฯ ในกลุ่มนี้นะคะ")
say(TUE, "13:50", "P017", "แจ้งเหตุอัคคีภัย บ้านเรือนประชาชน ต.ธาตุนาเวง อ.เมืองสกลนคร ๑ หลัง ไม่มีผู้บาดเจ็บ ปภ. ลงพื้นที่แล้วครับ",
    photos=2, tags=[F("SKN-4", "an agency head (ปภ.) posting in ผู้บริหารจังหวัด และนายอำเภอ; first message that shows him here")])
say(TUE, "13:58", "P101", "อ.เมืองลงพื้นที่แล้วครับ มอบถุงยังชีพเบื้องต้นครับ", why="an incident report by the district chief: allowed")
say(TUE, "17:40", "P211", "ขอให้ทุกอำเภอช่วยกำชับ อปท. ให้เลื่อนงานที่มีการจุดพลุช่วงวันหยุดยาวออกไปก่อนนะครับ ตามที่สว่างแดนดินทำ",
    tags=[F("SKN-4P", "a district chief directing all districts (ขอให้ทุกอำเภอ…กำชับ): an order from someone other than the governor or a vice governor")])
say(TUE, "17:55", "P191", "บ้านม่วงจะพิจารณาครับ")
say(WED, "07:10", GOV, "สวัสดีครับ วันนี้ผมจะไปงานกาชาดประชุมเตรียมการที่สนามกีฬากลาง ท่านรองฯ ประเสริฐ ดูแลเรื่องภัยหนาวแทนครับ",
    why="the governor's information: allowed")
say(WED, "07:15", "P004", "รับทราบครับท่าน")
say(WED, "09:30", "P003", "ตรวจเยี่ยมจุดทำความดีพรรณานิคมแล้วค่ะ ขอบคุณท่านนายอำเภอค่ะ", photos=3, why="a vice governor's information: allowed")
say(WED, "09:35", "P131", "ขอบคุณครับท่านรองฯ 🙏")
say(WED, "12:10", "P002", "ผ้าห่มที่ภูพานยังไม่พอ ขอให้ ปภ. กับท้องถิ่นจังหวัดจัดเพิ่ม ๕๐๐ ผืน และนายอำเภอภูพานรายงานผลให้ผมวันพรุ่งนี้ครับ",
    why="a vice governor's order: allowed")
say(WED, "12:15", "P271", "รับทราบครับท่าน")
say(WED, "15:20", "P151", "กราบเรียนท่านผู้ว่าฯ วาริชภูมิเกิดอุบัติเหตุรถกระบะชนจักรยานยนต์ บนทางหลวง ๒๒ ผู้เสียชีวิต ๑ ราย "
    "อำเภอประสานญาติแล้วครับ", why="incident notice (an accident, a death): allowed")
say(WED, "15:30", GOV, "เสียใจด้วยครับ ขอให้อำเภอดูแลครอบครัวผู้เสียชีวิตด้วยครับ", why="the governor's reply: allowed")
say(WED, "20:05", "P161", "แจ้งเหตุไฟไหม้ยุ้งข้าว บ้านโพนแพง อ.นิคมน้ำอูน ควบคุมได้แล้วครับ", photos=1,
    why="incident notice by a district chief: allowed")
say(THU, "07:00", "P271", "กราบเรียนท่านรองฯ ธนากร ภูพานรับผ้าห่มเพิ่ม ๕๐๐ ผืน แจกแล้ว ๓๘๐ ผืน เหลือแจกพรุ่งนี้ครับ", photos=2,
    why="the district chief's report to a vice governor, as asked: allowed")
say(THU, "07:05", "P002", "ขอบคุณครับ 👍")
say(THU, "09:15", "P261", "กราบเรียนท่านผู้ว่าฯ โพนนาแก้วขอรายงานจุดทำความดี ๖ จุด พร้อมครับ",
    tags=[F("SKN-CAP", "the 23rd person admitted to this group seen in it (governor, 3 vice governors, the palad and 17 district chiefs before him): the letter counts 22 members")],
    why=None)
say(THU, "09:20", GOV, "ขอบคุณครับ", why="the governor's reply: allowed")
say(THU, "14:00", "P005", "กราบเรียนท่านผู้ว่าฯ สรุปความพร้อมงาน ๕ ธ.ค. ทุกอำเภอพร้อม ๑๘ อำเภอครับ", photos=1,
    why="the palad's summary report to the governor: allowed")
g(THU, "16:00", GOV, "ขอบคุณทุกท่านครับ วันเสาร์เจอกัน ๐๖.๔๕ น. ที่ศาลากลาง แต่งกายชุดปกติขาวครับ วันหยุดยาวขอให้นายอำเภอทุกท่านอยู่ในพื้นที่")
say(THU, "16:02", "P101", "รับทราบครับท่าน")
say(THU, "16:03", "P151")
say(THU, "16:05", "P171", "รับทราบครับ 🙏")
say(THU, "16:06", "P201", "รับทราบครับท่าน")
say(THU, "16:10", "P251", "รับทราบครับ")
say(THU, "16:15", "P221")
say(FRI, "06:40", "P241", "อรุณสวัสดิ์ครับ วันนี้โคกศรีสุพรรณ ๑๒ องศาครับ", photos=1)
say(FRI, "08:00", "P004", "เรียนท่านนายอำเภอ ขอให้ตั้งจุดบริการประชาชนช่วงวันหยุดยาวตั้งแต่เย็นวันนี้ครับ",
    why="a vice governor's order: allowed")
say(FRI, "08:05", "P181", "รับทราบครับท่าน")
say(FRI, "08:06", "P211", "รับทราบครับ")
say(FRI, "10:30", "P121", "ขอแสดงความยินดีกับท่านรองฯ ประเสริฐ ในโอกาสวันเกิดครับ ขอให้มีสุขภาพแข็งแรงครับ 🎂",
    why="birthday wish using ขอให้: courtesy, not an order")
say(FRI, "10:35", "P004", "ขอบคุณครับ 🙏")
say(FRI, "10:40", "P231", "สุขสันต์วันเกิดครับท่าน 🎉")
say(FRI, "15:10", "P141", "แจ้งเหตุ หมอกหนาบนทางหลวง ๒๒ ช่วงพังโคน เกิดรถชนท้าย ๓ คัน บาดเจ็บเล็กน้อย ๒ ราย ครับ",
    why="incident notice by a district chief: allowed")
say(FRI, "15:30", GOV, "ขอให้ตั้งป้ายเตือนเพิ่มครับ", why="the governor's order: allowed")
say(FRI, "15:32", "P141", "ครับท่าน")

say(FRI, "16:00", "P261", "โพนนาแก้วตั้งป้ายเตือนหมอกเพิ่ม ๔ จุดครับ", why="a district chief's information (his membership is judged once, at his first post)")
say(FRI, "16:05", "P003", "ขอบคุณค่ะ")
say(FRI, "17:20", "P111", "ขอให้ทุกท่านเดินทางปลอดภัยครับ 🙏", why="wishes using ขอให้: courtesy, not an order")
say(FRI, "17:22", "P131")
say(FRI, "17:30", "P005", "กราบเรียนท่านผู้ว่าฯ ทุกอำเภอส่งรายชื่อร่วมพิธีแล้ว ขาด ๑ อำเภอ กำลังติดตามครับ", why="the palad's report to the governor: allowed")
say(FRI, "17:35", GOV, "ขอบคุณครับ", why="the governor's reply: allowed")
say(WED, "16:40", "P181", "คำตากล้าขอรายงานท่านผู้ว่าฯ ไฟฟ้าดับบางส่วน ต.นาแต้ เนื่องจากลมแรง การไฟฟ้ากำลังแก้ไขครับ",
    why="incident notice by a district chief: allowed")
say(WED, "16:50", "P004", "ขอบคุณครับ ติดตามต่อนะครับ")
say(TUE, "12:00", "P221", "ส่องดาวขอรายงานท่านผู้ว่าฯ ไฟไหม้หญ้าริมทางหลวงดับแล้วครับ ไม่มีความเสียหาย", photos=1,
    why="incident report by a district chief: allowed")
say(TUE, "12:05", GOV, "👍")


def build():
    return c
