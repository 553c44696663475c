# ศอ.จอส.จว.สน. (volunteer-centre.jsonl): the provincial centre's orders, the districts' reports.
# Every order, its addressees, its deadline and every district's answer are set by hand below; the
# wording of the routine reports is picked from hand-written variants so that no two districts read alike.
import datetime

from chat import Chat, F, N, A, when, th, BKK
from people import PEOPLE, DISTRICTS
from districts import CHIEF, COORD, VOL, pick, num, n, short
from week import MON, TUE, WED, THU, FRI

c = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
ORDERS = {}
DEP = {"เมืองสกลนคร": "P104", "พังโคน": "P144", "วานรนิวาส": "P174", "สว่างแดนดิน": "P214",
       "โคกศรีสุพรรณ": "P244", "ภูพาน": "P274"}
CENTRE = "P009"
MIW = "P010"
MIW2 = "มิว ณิชาภัทร จอส.จว."  # her display name after the rename on Wednesday morning
PALAD = "P005"


def dl(day, hm):
    return when(day, hm)


def eod(day):
    return datetime.datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=BKK)


def order(key, day, hm, who, text, districts, deadline, topic, reasoning, name=None, photos=0, file=None,
          caption_last=False, why="the provincial centre's order: allowed here (the centre gives orders)"):
    m = c.say(day, hm, who, text, photos=photos, file=file, key=key, name=name, caption_last=caption_last,
              tags=[N(why)])
    ORDERS[key] = dict(msg=m, districts=list(districts), deadline=deadline, topic=topic, reasoning=reasoning)
    return m


ROLE_NOTE = {"k": "report by the coordinating deputy on the district's behalf: a district person, allowed",
             "v": "report by the district volunteer officer: a district person, allowed",
             "d": "report by a deputy district chief (deputy_district_chief) on the district's behalf: allowed"}


def who_of(d, role):
    return {"c": CHIEF[d], "k": COORD[d], "v": VOL[d], "d": DEP.get(d, COORD[d])}[role]


def ans(key, d, day, hm, role, text=None, photos=0, caption_last=False, reply=False, name=None, note=None,
        file=None):
    pid = who_of(d, role)
    tags = [A(key, d)]
    why = note or ROLE_NOTE.get(role)
    if why:
        tags.append(N(why))
    return c.say(day, hm, pid, text, photos=photos, caption_last=caption_last, reply=key if reply else None,
                 tags=tags, name=name, file=file)


def post(day, hm, who, text=None, photos=0, tags=(), name=None, reply=None, file=None, caption_last=False,
         key=None):
    return c.say(day, hm, who, text, photos=photos, tags=list(tags), name=name, reply=reply, file=file,
                 caption_last=caption_last, key=key)


def stk(day, hm, who, tags=(), name=None):
    return c.sticker(day, hm, who, tags=list(tags), name=name)


def v(key, seq):
    return pick(key, seq)


ALL = DISTRICTS
# =================================================================== Monday 30 Nov
post(MON, "07:02", PALAD, "สวัสดีวันจันทร์ครับทุกอำเภอ สัปดาห์นี้งานเยอะ ทั้งเตรียมงาน ๕ ธันวา ทั้งภัยหนาว "
     "ฝากดูแลสุขภาพกันด้วยครับ 🙏", tags=[N("the palad's greeting: chat by the provincial centre")])
stk(MON, "07:05", "P231")
post(MON, "07:09", "P153", "สวัสดีค่ะท่าน 🙏")
post(MON, "07:20", MIW, "สวัสดีค่ะทุกคน มิวนะคะ เพิ่งย้ายมาอยู่ ศอ.จอส.จว. ได้อาทิตย์เดียว มีอะไรไม่ถูกต้องบอกมิวได้เลยค่ะ 🙇‍♀️",
     tags=[N("the new province-level volunteer officer introducing herself: chat")])
post(MON, "07:23", "P122", "ยินดีต้อนรับครับน้องมิว")
post(MON, "07:26", "P263", "ยินดีต้อนรับเด้อค่ะ 😊")

order("O1", MON, "08:40", CENTRE,
      "ด่วน\nเรียน นายอำเภอทุกอำเภอ\nตามที่ ศอ.จอส.พระราชทาน แจ้งให้จัดกิจกรรมจิตอาสาพัฒนา \"เราทำความดี ด้วยหัวใจ\" "
      "เนื่องในวันคล้ายวันพระบรมราชสมภพ ร.๙ วันชาติ และวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๙\n"
      "ขอให้อำเภอรายงานแผนการจัดกิจกรรม (สถานที่/จำนวนจุด/จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม) "
      "ภายในเวลา ๑๖.๐๐ น. วันนี้ (๓๐ พ.ย. ๖๙)\nรายละเอียดตามหนังสือที่แนบ",
      ALL, dl(MON, "16:00"), "plans for the 5 December volunteer activity",
      "\"ภายในเวลา ๑๖.๐๐ น. วันนี้ (๓๐ พ.ย. ๖๙)\": 16:00 on Monday 30 November, the day of the order.",
      file="สน0018.1-ว24410 จิตอาสาทำความดี 5ธค69.pdf", photos=0)
c.say(MON, "08:41", CENTRE, None, photos=2, tags=[N("photos of the letter sent by the centre right after its order: part of the order post")])
stk(MON, "08:44", "P113")
post(MON, "08:45", "P183", "รับทราบค่ะ")
post(MON, "08:47", "P201", "รับทราบครับ", tags=[N("acknowledgement by a district chief: allowed (no rule forbids it in this group)")])
post(MON, "08:52", "P273", "ทราบครับ 👍")

O1 = {  # district: (day, hm, role, variant)
    "เมืองสกลนคร": (MON, "10:05", "v"), "กุสุมาลย์": (MON, "11:40", "k"), "กุดบาก": (MON, "09:31", "v"),
    "พรรณานิคม": (MON, "13:10", "k"), "พังโคน": (MON, "14:22", "k"), "วาริชภูมิ": (MON, "10:48", "v"),
    "นิคมน้ำอูน": (MON, "15:12", "k"), "วานรนิวาส": (MON, "11:02", "v"), "คำตากล้า": (MON, "13:55", "c"),
    "บ้านม่วง": (MON, "14:40", "k"), "สว่างแดนดิน": (MON, "09:58", "d"), "ส่องดาว": (MON, "15:33", "v"),
    "เต่างอย": (MON, "12:06", "c"), "โคกศรีสุพรรณ": (MON, "15:59", "k"), "เจริญศิลป์": (MON, "14:05", "k"),
    "ภูพาน": (MON, "10:20", "c"),
    # late
    "โพนนาแก้ว": (MON, "17:20", "k"), "อากาศอำนวย": (TUE, "08:10", "v"),
}
O1_TXT = [
    "อ.{s} รายงานแผนจิตอาสา ๕ ธ.ค.\nจำนวน {a} จุด\nจิตอาสาประมาณ {b} คน\nจุดหลัก วัด{w}",
    "เรียน ศอ.จอส.จว.สน. อำเภอ{d} กำหนดจัดกิจกรรม {a} จุด ผู้เข้าร่วมประมาณ {b} คน รายละเอียดตามแนบครับ",
    "{d}  {a} จุด / {b} คน ครับ",
    "รายงานแผนกิจกรรมเราทำความดีด้วยหัวใจ อำเภอ{d}\n- จุดที่ ๑ ที่ว่าการอำเภอ\n- จุดอื่นๆ ในตำบล รวม {a} จุด\n- จิตอาสา {b} คน",
    "อำเภอ{d} ขอรายงานค่ะ จัด {a} จุด คาดว่ามีจิตอาสาร่วม {b} คน (พัฒนาคูคลอง ทาสีรั้ว วัด{w})",
    "อ.{s} ส่งแผนครับ {a} จุด จิตอาสา {b} นาย เน้นทำความสะอาดวัดและโรงเรียน",
    "แผน ๕ ธ.ค. อ.{s}: {a} จุด, {b} คนค่ะ ส่งไฟล์ตามมาค่ะ",
    "เรียนท่านปลัดจังหวัดผ่าน ศอ.จอส.จว. อำเภอ{d}จัดกิจกรรม ณ วัด{w} และหมู่บ้านอีก {a2} จุด รวมจิตอาสา {b} คนครับ",
]
WAT = ["ศรีสะอาด", "โพธิ์ชัย", "ป่าสุทธาวาส", "กลางโนนสว่าง", "ธาตุนาเวง", "บ้านหนองบัว", "สระแก้ว", "ป่าอุดมสมพร"]


def fmt(pool, key, d, **extra):
    t = v(key + d, pool)
    vals = dict(d=d, s=short(d), a=n(key + d + "a", 3, 14), a2=n(key + d + "a2", 2, 9), b=n(key + d + "b", 80, 620),
                w=v(key + d + "w", WAT), c=n(key + d + "c", 20, 180), t=n(key + d + "t", 9, 16),
                h=n(key + d + "h", 40, 900))
    vals.update(extra)
    return t.format(**vals)


# an early photo post by อากาศอำนวย that O1 did not ask for (figures only): it answers nothing
post(MON, "11:15", "P203", None, photos=2,
     tags=[N("photos alone after O1, which asks for figures (places, points, volunteers): not a report for O1")])
for d, (day, hm, role) in sorted(O1.items(), key=lambda x: (x[1][0], x[1][1])):
    if d == "โพนนาแก้ว":
        continue
    extra_file = "แผนจิตอาสา5ธค_" + short(d) + ".pdf" if num("f1" + d, 0, 3) == 0 else None
    ans("O1", d, day, hm, role, fmt(O1_TXT, "O1", d), file=extra_file,
        note=None if role != "c" else None)
    if d == "ภูพาน":
        post(MON, "10:26", MIW, "ขอบคุณค่ะท่าน 🙏")
post(MON, "15:30", MIW, "อำเภอที่ยังไม่ส่งแผน ๕ ธ.ค. นะคะ @วีระ สีดา นอภ.โพนนาแก้ว @ศักดิ์ชัย นอภ.อากาศอำนวย "
     "ครบกำหนด ๔ โมงเย็นวันนี้ค่ะ 🙏",
     tags=[N("reminder of O1 with @mentions (อำเภอที่ยังไม่ส่ง…): creates no new duty and does not move the deadline")])
post(MON, "15:36", "P202", "อากาศฯ กำลังรวบรวมครับ ช่วงเช้าส่งรูปไปก่อนแล้วครับ")
post(MON, "15:41", MIW, "รูปได้รับแล้วค่ะ แต่ขอเป็นตัวเลขจุดกับจำนวนคนด้วยนะคะ 🙏", reply=None,
     tags=[N("the centre answering one district's question: not an order to all districts, no duty")])
ans("O1", "โพนนาแก้ว", MON, "17:20", "k", "ขออภัยที่ล่าช้าครับ อ.โพนนาแก้ว {a} จุด จิตอาสา {b} คนครับ".format(
    a=th(6), b=th(240)))

post(MON, "10:15", CENTRE,
     "แจ้งเพื่อทราบ\nผ้าห่มกันหนาวพระราชทาน รอบแรก จัดสรรให้ ๖ อำเภอ ได้แก่ กุดบาก ภูพาน เต่างอย ส่องดาว วาริชภูมิ นิคมน้ำอูน "
     "ขอให้มารับได้ที่ศาลากลางจังหวัด ชั้น ๑ ตั้งแต่ ๑๓.๐๐ น. วันนี้\n(ไม่ต้องรายงาน)", photos=1, key="I1",
     tags=[N("information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty; it names the six districts that O4 later describes")])
post(MON, "10:22", "P121", "กุดบากรับทราบครับ จะให้ปลัดอรรถพลไปรับครับ")
post(MON, "10:30", "P272", "ภูพานรับทราบครับ")
# an outsider joins by the group's link and advertises
c.system(MON, "11:48", "join", "ขายส่งผ้าห่ม ราคาโรงงาน 🧣", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
post(MON, "11:50", "ขายส่งผ้าห่ม ราคาโรงงาน 🧣",
     "ผ้าห่มนวมราคาส่ง ผืนละ 89 บาท หน่วยงานราชการสั่งได้ ออกใบเสร็จได้ค่ะ สนใจทักแชท", photos=1)
c.system(MON, "11:58", "remove", PALAD, target="ขายส่งผ้าห่ม ราคาโรงงาน 🧣",
         tags=[N("the palad removing the outsider: no finding for the remover")])

order("O12", MON, "16:30", PALAD,
      "เรียน นอภ.ส่องดาว และ นอภ.โพนนาแก้ว\nมีรายงานไฟไหม้หญ้าริมทางหลวงใกล้จุดทำความดีที่ทั้งสองอำเภอเสนอมา "
      "ขอให้ตรวจสอบพื้นที่และรายงานความปลอดภัยของจุดกิจกรรม ภายในวันพรุ่งนี้",
      ["ส่องดาว", "โพนนาแก้ว"], eod(TUE), "safety of two activity points after grass fires",
      "\"ภายในวันพรุ่งนี้\" written on Monday: to the end of Tuesday 1 December. Addressed in the salutation to ส่องดาว and โพนนาแก้ว only.",
      why="the palad's order to two named districts: allowed (the provincial centre)")
post(MON, "16:34", "P221", "รับทราบครับท่าน จะให้ปลัดธวัชชัยลงพื้นที่ครับ")
post(MON, "17:45", "P161", "วันนี้ผ้าห่มรอบแรกรับมาแล้วนะครับ ขอบคุณครับ 🙏")

# =================================================================== Monday afternoon: O2
order("O2", MON, "14:05", MIW,
      "พี่ๆทุกอำเภอคะ มิวขอรูปตอนเตรียมพื้นที่ทำความดีวันที่ 5 หน่อยนะคะ อำเภอละ 2-3 รูปก็พอค่ะ "
      "ส่งก่อนพรุ่งนี้เที่ยงนะคะ จะเอาไปทำสรุปให้ท่านผู้ว่าค่ะ 🙏",
      ALL, dl(TUE, "12:00"), "photos of the site preparation for 5 December",
      "\"ส่งก่อนพรุ่งนี้เที่ยง\" written on Monday: before 12:00 on Tuesday 1 December. Plain words from the new officer; it asks for photos, so photos alone answer it.",
      why="the new province-level volunteer officer's order in plain words: allowed (the provincial centre)")
post(MON, "14:12", "P252", "รับทราบค่ะน้องมิว")
post(MON, "14:15", "P112", "ส่งรูปแบบไหนครับ รูปเตรียมงานหรือรูปประชุมก็ได้ครับ", key="Q2")
post(MON, "14:19", MIW, "รูปเตรียมพื้นที่ค่ะ เช่นตัดหญ้า ล้างป้าย ตั้งเต็นท์ อะไรก็ได้ค่ะ", reply="Q2",
     tags=[N("the centre answering one district's question (reply): not an order to all, no new duty")])

O2 = {
    "เมืองสกลนคร": (MON, "16:40", "v", "p"), "กุสุมาลย์": (TUE, "09:12", "v", "p"), "กุดบาก": (MON, "15:02", "v", "pc"),
    "พรรณานิคม": (TUE, "10:44", "k", "tp"), "พังโคน": (TUE, "08:27", "v", "p"), "วาริชภูมิ": (MON, "17:10", "v", "tp"),
    "นิคมน้ำอูน": (TUE, "07:55", "k", "p"), "วานรนิวาส": (TUE, "11:20", "d", "tp"), "บ้านม่วง": (TUE, "09:40", "v", "pc"),
    "อากาศอำนวย": (TUE, "10:02", "v", "p"), "สว่างแดนดิน": (TUE, "11:57", "v", "p"), "ส่องดาว": (TUE, "08:48", "v", "tp"),
    "โคกศรีสุพรรณ": (TUE, "09:25", "v", "p"), "เจริญศิลป์": (TUE, "10:30", "k", "tp"), "โพนนาแก้ว": (MON, "16:55", "v", "pc"),
    "ภูพาน": (TUE, "08:05", "d", "p"),
    "เต่างอย": (TUE, "13:40", "v", "tp"),  # late; คำตากล้า missing
}
O2_CAP = ["อ.{s} เตรียมพื้นที่จุดทำความดี วัด{w} ค่ะ", "ภาพการเตรียมพื้นที่ อำเภอ{d} ครับ",
          "{s} ตัดหญ้าเก็บขยะรอบวัด{w} ครับ", "เตรียมสถานที่ ๕ ธ.ค. อ.{s} 📷", "อำเภอ{d} ส่งภาพเตรียมงานค่ะ",
          "ภาพบรรยากาศจิตอาสาเตรียมพื้นที่ อ.{s}"]
for d, (day, hm, role, style) in O2.items():
    cap = fmt(O2_CAP, "O2", d)
    np = 2 + num("np2" + d, 0, 2)
    if style == "p":
        ans("O2", d, day, hm, role, None, photos=np,
            note="photos alone after O2, which asks for photos: a report for " + d)
    elif style == "pc":
        ans("O2", d, day, hm, role, cap, photos=np, caption_last=True,
            note="photos first, then their caption: one report post for " + d)
    else:
        ans("O2", d, day, hm, role, cap, photos=np)
post(TUE, "12:20", MIW, "ขอบคุณทุกอำเภอที่ส่งรูปนะคะ 🙏 ยังขาดคำตากล้ากับเต่างอยค่ะ",
     tags=[N("thanks and a note of who is missing: no new duty")])

# =================================================================== Tuesday 1 Dec
post(TUE, "07:30", CENTRE, "อรุณสวัสดิ์วันอังคารค่ะ อุณหภูมิต่ำสุดเช้านี้ที่ภูพาน ๑๑ องศา 🥶", photos=1)
stk(TUE, "07:34", "P271")
order("O3", TUE, "08:30", PALAD,
      "เรียน นอภ.เมืองสกลนคร นอภ.พังโคน นอภ.สว่างแดนดิน นอภ.วานรนิวาส\n"
      "ตามที่จังหวัดจะจัดพิธีจุดเทียนชัยถวายพระพรชัยมงคล ณ ศาลากลางจังหวัด คืนวันที่ ๕ ธ.ค. ๖๙ "
      "และทั้ง ๔ อำเภอจัดพิธีคู่ขนาน ขอให้รายงานจำนวนเทียนและจำนวนผู้ร่วมพิธีที่อำเภอ ภายใน ๒๔ ชม.",
      ["เมืองสกลนคร", "พังโคน", "สว่างแดนดิน", "วานรนิวาส"], dl(WED, "08:30"), "candles and attendance for the candle-lighting ceremony",
      "\"ภายใน ๒๔ ชม.\" from the order at 08:30 on Tuesday: 08:30 on Wednesday 2 December. Addressed to four districts in the salutation.",
      file="ทะเบียนเทียนชัย 5ธค69.xlsx", why="the palad's order to four named districts: allowed (the provincial centre)")
ans("O3", "เมืองสกลนคร", TUE, "11:15", "k", "อ.เมืองสกลนคร เทียน ๘๐๐ เล่ม ผู้ร่วมพิธีประมาณ ๑,๒๐๐ คน ครับ")
ans("O3", "พังโคน", TUE, "15:47", "c", "พังโคน เทียน 350 ผู้ร่วม 500 ครับท่าน")
ans("O3", "วานรนิวาส", WED, "08:21", "v", "วานรฯ ๔๕๐ เล่ม / ๖๐๐ คนค่ะ", note="report by the district volunteer officer nine minutes before the 08:30 deadline: on time")
ans("O3", "สว่างแดนดิน", WED, "10:05", "k", "ขออภัยครับ สว่างแดนดิน เทียน ๕๐๐ เล่ม ผู้ร่วมพิธี ๗๐๐ คนครับ")

# a district chief directing all districts: not the provincial centre
post(TUE, "09:05", "P171", "ฝากทุกอำเภอช่วยประชาสัมพันธ์งานกาชาดอำเภอวานรนิวาสด้วยนะครับ แล้วส่งรูปบรรยากาศการแชร์ให้ผมภายในวันพฤหัสครับ",
     tags=[F("SKN-5P", "order to all districts (ฝากทุกอำเภอ…ส่งรูป…ภายในวันพฤหัส) by a district chief, not the provincial centre; creates no duty")])
post(TUE, "09:09", "P152", "ได้ครับท่าน")

O12A = ans("O12", "ส่องดาว", TUE, "14:10", "k", "เรียนท่านปลัดจังหวัด ปลัดธวัชชัยตรวจพื้นที่จุดวัดป่าศรีสะอาดแล้ว ไฟดับแล้ว ห่างจุดกิจกรรมประมาณ 2 กม. ปลอดภัยครับ", photos=2)

order("O4", TUE, "10:40", MIW,
      "อำเภอที่ได้ผ้าห่มรอบแรกไปเมื่อวาน ช่วยส่งรูปตอนแจกให้ชาวบ้านหน่อยนะคะ พร้อมบอกว่าแจกไปกี่ผืนแล้ว "
      "ขอพรุ่งนี้ก่อนบ่ายสองค่ะ 🙏",
      ["กุดบาก", "ภูพาน", "เต่างอย", "ส่องดาว", "วาริชภูมิ", "นิคมน้ำอูน"], dl(WED, "14:00"), "blanket handout, first round",
      "\"พรุ่งนี้ก่อนบ่ายสอง\" written on Tuesday: before 14:00 on Wednesday 2 December. The order names no district: it asks \"the districts that got blankets in the first round yesterday\", which the centre's notice of Monday 10:15 lists as กุดบาก, ภูพาน, เต่างอย, ส่องดาว, วาริชภูมิ, นิคมน้ำอูน; only these six owe an answer.",
      why="the new officer's order that describes whom it asks (the six districts of Monday's blanket notice): allowed")
post(TUE, "10:47", "P142", "พังโคนไม่ได้รอบแรกใช่ไหมครับ", key="Q4", name="ปลัดเอ็ม  พังโคน",
     tags=[N("display name with a doubled space (roster: ปลัดเอ็ม พังโคน): the coordinating deputy of พังโคน, not an outsider")])
post(TUE, "10:50", MIW, "ใช่ค่ะ พังโคนได้รอบสองค่ะ ไม่ต้องส่งค่ะ", reply="Q4",
     tags=[N("the centre answering one district's question: not an order, no duty")])
ans("O4", "กุดบาก", TUE, "16:05", "v", "กุดบากแจกแล้ว ๓๒๐ ผืน ค่ะ บ้านนาม่อง บ้านโคกภู", photos=3)
ans("O4", "ภูพาน", WED, "09:10", "k", None, photos=3, note="photos alone after O4, which asks for photos: counts for ภูพาน (the figures follow)")
post(WED, "09:12", "P272", "ภูพานแจก 410 ผืนครับ")
ans("O4", "ส่องดาว", WED, "11:30", "v", "ส่องดาวแจกผ้าห่ม ๒๕๐ ผืน ณ บ้านดงสาร บ้านโพนงามค่ะ", photos=2)
ans("O4", "วาริชภูมิ", WED, "13:58", "c", "วาริชภูมิ 180 ผืนครับ แจกครบแล้ว", photos=2,
    note="the district chief's report two minutes before the 14:00 deadline: on time")
post(WED, "10:05", "P162", "ขออนุญาตครับน้องมิว นิคมน้ำอูนขอขยายเวลาถึงเย็นนี้ได้ไหมครับ รถแจกผ้าห่มยังอยู่ในพื้นที่",
     key="Q4b", tags=[N("a district asking for more time: a question, not a report")])
post(WED, "10:12", MIW, "ส่งเท่าที่มีก่อนกำหนดบ่ายสองได้ไหมคะ ถ้าไม่ทันแจ้งมาอีกทีค่ะ", reply="Q4b",
     tags=[N("the centre's reply to one district: it grants no extension and restates the deadline; no new duty")])
ans("O4", "นิคมน้ำอูน", WED, "16:30", "k", "นิคมน้ำอูนแจกแล้ว ๒๙๐ ผืนครับ ขออภัยที่ล่าช้า", photos=2,
    note="report by the person who is both coordinating deputy and volunteer officer (coordinating_deputy|volunteer_center_staff): district person")

order("O5", TUE, "13:30", CENTRE,
      "เรียน นายอำเภอทุกอำเภอ (ยกเว้นอำเภอเมืองสกลนคร ซึ่งเป็นเจ้าภาพ)\nจังหวัดกำหนดประชุมซักซ้อมพิธีวันที่ ๕ ธ.ค. ๖๙ "
      "ผ่านระบบ Zoom ขอให้อำเภอรายงานรายชื่อผู้เข้าร่วมประชุม อำเภอละ ๒ คน",
      [d for d in ALL if d != "เมืองสกลนคร"], dl(WED, "13:30"), "names for the rehearsal meeting",
      "No deadline in the text: the rules' default, within 24 hours of the order, 13:30 on Wednesday 2 December. "
      "It addresses every district except เมืองสกลนคร (ยกเว้น…): 17 duties.")
post(TUE, "13:33", "P102", "อ.เมือง เป็นเจ้าภาพ ไม่ต้องส่งนะครับ", tags=[N("the excepted district saying so: not a report, and it owes none")])
post(TUE, "13:36", CENTRE, "ใช่ค่ะ อ.เมืองไม่ต้องส่งค่ะ", tags=[N("the centre answering one district: no new order")])
O5 = {
    "กุสุมาลย์": None, "กุดบาก": (TUE, "14:02", "k"), "พรรณานิคม": (TUE, "15:45", "v"), "พังโคน": (WED, "09:30", "v"),
    "วาริชภูมิ": (TUE, "14:20", "k"), "นิคมน้ำอูน": (TUE, "16:00", "k"), "วานรนิวาส": (WED, "08:50", "k"),
    "คำตากล้า": (TUE, "14:48", "v"), "บ้านม่วง": (WED, "15:10", "k"), "อากาศอำนวย": (TUE, "15:05", "k"),
    "สว่างแดนดิน": (WED, "11:45", "d"), "ส่องดาว": (TUE, "16:40", "v"), "เต่างอย": (WED, "10:30", "k"),
    "โคกศรีสุพรรณ": (TUE, "14:35", "c"), "เจริญศิลป์": (WED, "13:29", "k"), "โพนนาแก้ว": (TUE, "17:15", "v"),
    "ภูพาน": (WED, "07:40", "v"),
}
O5_TXT = ["ผู้เข้าร่วมประชุม Zoom อ.{s}\n๑. {p1}\n๒. {p2}", "{s} ส่งรายชื่อ: {p1}, {p2} ครับ",
          "อำเภอ{d}\n1) {p1}\n2) {p2}\nค่ะ", "รายชื่อเข้าประชุมซักซ้อม ๕ ธ.ค. อำเภอ{d} คือ {p1} และ {p2}"]
for d, x in O5.items():
    if x is None:
        continue
    day, hm, role = x
    p1 = PEOPLE[CHIEF[d]].full_name
    p2 = PEOPLE[COORD[d]].full_name
    ans("O5", d, day, hm, role, fmt(O5_TXT, "O5", d, p1=p1, p2=p2),
        note=(None if d != "เจริญศิลป์" else "report one minute before the 13:30 deadline by the coordinating deputy who is also the volunteer officer: on time"))

# the invite of an agency clerk, who then reports
c.system(TUE, "11:02", "invite", "P103", target="P024",
         tags=[F("SKN-5", "invitee is agency staff (the health office's clerk, role staff), not admitted to ศอ.จอส.จว.สน.", who="ปิยะนุช สสจ.สน. (ธุรการ)"),
               F("SKN-ALL", "on the roster, not admitted to this group, invited", who="ปิยะนุช สสจ.สน. (ธุรการ)"),
               F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ศศิธร จอส.อ.เมืองสกลนคร")])
post(TUE, "11:10", "P024", "สสจ.สน. รายงานจุดบริการปฐมพยาบาลวันที่ ๕ ธ.ค. รวม ๒๒ จุด ทุกอำเภอค่ะ", file="จุดบริการ สสจ 5ธค.pdf",
     tags=[F("SKN-5P", "report by someone who is not a district's person (agency staff)")])

post(TUE, "15:20", MIW, "ขอบคุณค่ะ ยังรอรายชื่ออีกหลายอำเภอนะคะ ครบกำหนดพรุ่งนี้บ่ายโมงครึ่งค่ะ",
     tags=[N("reminder restating O5's deadline: no new duty")])
post(TUE, "17:50", "P263", "โพนนาแก้วขอโทษค่ะ รายงานไฟไหม้หญ้าพรุ่งนี้เช้านะคะ ปลัดยังไม่กลับจากพื้นที่",
     tags=[N("a district saying it will answer later: not a report")])

# =================================================================== Wednesday 2 Dec
c.system(WED, "07:50", "rename", MIW, text=MIW2,
         tags=[N("the new officer renames herself (both names are on the roster): her later posts are still hers")])
post(WED, "07:52", MIW2, "มิวเปลี่ยนชื่อไลน์ให้ตรงกับชื่อจริงนะคะ 😅")
post(WED, "07:55", "P191", "สวัสดีครับ เช้านี้บ้านม่วง ๑๓ องศาครับ หนาวหลาย")
post(WED, "07:58", "P233", "เต่างอย 10 องศาครับ ชาวบ้านก่อไฟผิงกันทั้งหมู่บ้าน 🔥")
order("O6", WED, "08:20", PALAD,
      "เรียน นายอำเภอทุกอำเภอ\nสถานการณ์ภัยหนาว ขอให้อำเภอรายงาน (๑) อุณหภูมิต่ำสุดของอำเภอ (๒) จำนวนผู้สูงอายุ/ผู้ป่วยติดเตียง "
      "ที่ต้องการผ้าห่มเพิ่ม (๓) การช่วยเหลือที่ดำเนินการแล้ว ภายในวันที่ ๓ ธ.ค. ๖๙",
      ALL, eod(THU), "cold: lowest temperature, people needing blankets",
      "\"ภายในวันที่ ๓ ธ.ค. ๖๙\": to the end of Thursday 3 December (a working day).",
      photos=1)
O6 = {
    "เมืองสกลนคร": (WED, "15:30", "v"), "กุสุมาลย์": (THU, "10:10", "k"), "กุดบาก": (WED, "11:20", "v"),
    "พรรณานิคม": (THU, "09:40", "k"), "พังโคน": (WED, "16:10", "d"), "วาริชภูมิ": (THU, "13:20", "v"),
    "นิคมน้ำอูน": (THU, "08:45", "k"), "คำตากล้า": (THU, "15:00", "c"), "บ้านม่วง": (WED, "14:35", "c"),
    "อากาศอำนวย": (THU, "11:11", "v"), "สว่างแดนดิน": (THU, "16:20", "v"), "ส่องดาว": (WED, "13:15", "k"),
    "เต่างอย": (WED, "10:15", "v"), "โคกศรีสุพรรณ": (THU, "22:40", "v"), "โพนนาแก้ว": (THU, "14:05", "k"),
    "ภูพาน": (WED, "09:05", "c"),
    "เจริญศิลป์": (FRI, "08:15", "k"),  # late; วานรนิวาส missing
}
O6_TXT = ["อ.{s} รายงานภัยหนาว\n(๑) อุณหภูมิต่ำสุด {t} °C\n(๒) ต้องการผ้าห่มเพิ่ม {h} ราย\n(๓) แจกผ้าห่มแล้ว {c} ผืน",
          "{s}  {t} องศา / {h} ราย / ช่วยเหลือแล้ว {c} ราย",
          "อำเภอ{d} อุณหภูมิต่ำสุด {t} องศาเซลเซียส ผู้สูงอายุและผู้ป่วยติดเตียงที่ต้องการผ้าห่ม {h} ราย "
          "อำเภอร่วมกับ อปท. แจกไปแล้ว {c} ผืนครับ",
          "{t} / {h} / {c}  (อ.{s})",
          "รายงานภัยหนาว อ.{s} ค่ะ ต่ำสุด {t} องศาที่บ้าน{w} ต้องการเพิ่ม {h} ราย ดำเนินการแล้ว {c} ราย",
          "เรียนท่านปลัดฯ อ.{s} {t} องศา ครับ ผู้ต้องการผ้าห่ม {h} ราย ท้องถิ่นช่วยไปแล้ว {c} ราย"]
for d, (day, hm, role) in O6.items():
    note = None
    if d == "โคกศรีสุพรรณ":
        note = "late-night report at 22:40 on the last day of O6 (a date deadline runs to the end of that day): on time"
    t = fmt(O6_TXT, "O6", d)
    if v("O6f" + d, [0, 0, 1]) == 1 and d not in ("โคกศรีสุพรรณ",):
        t = "{t} / {h} / {c}".format(t=n("O6" + d + "t", 9, 16), h=n("O6" + d + "h", 40, 900), c=n("O6" + d + "c", 20, 180))
        note = note or "figures alone (temperature / people / help given) by a person of the district: a report for " + d
    ans("O6", d, day, hm, role, t, note=note)
# the ambiguous name posting for พรรณานิคม: answers nothing (the coordinating deputy's report above does)
post(THU, "09:20", "ปลัดต้น", "พรรณาฯ ต่ำสุด ๑๓ องศาครับ รายละเอียดปลัดสุทธิพงษ์จะส่งตามครับ",
     tags=[N("display name ปลัดต้น fits two roster people (deputies of พรรณานิคม and บ้านม่วง): ambiguous, never judged, answers nothing")])
# an unsent message and its correction
c.system(WED, "16:03", "unsend", "P144", tags=[N("unsend notice: พังโคน's deputy withdrew a message, which is gone from the log; his report at 16:10 answers O6")])

order("O7", WED, "11:00", MIW, name=MIW2,
      text="เรื่องพิธีวันเสาร์ที่ศาลากลางนะคะ แต่ละอำเภอส่งชื่อคนที่จะมาร่วมพิธี (ชื่อ ตำแหน่ง เบอร์โทร) "
           "ส่งมาวันศุกร์นี้ก่อนบ่ายสามนะคะ ทางจังหวัดจะทำบัตรเข้างานให้ค่ะ",
      districts=ALL, deadline=dl(FRI, "15:00"), topic="names for the 5 December ceremony at the provincial hall",
      reasoning="\"ส่งมาวันศุกร์นี้ก่อนบ่ายสาม\" written on Wednesday: before 15:00 on Friday 4 December. Plain words, posted under her new name.",
      why="the new officer's order, under her new display name: allowed (the provincial centre)")
O7 = {
    "เมืองสกลนคร": (THU, "10:30", "k"), "กุสุมาลย์": (FRI, "09:00", "v"), "กุดบาก": (WED, "15:10", "k"),
    "พรรณานิคม": (FRI, "11:05", "v"), "พังโคน": (THU, "14:25", "v"), "นิคมน้ำอูน": (FRI, "14:58", "k"),
    "วานรนิวาส": (FRI, "10:40", "d"), "บ้านม่วง": (THU, "16:00", "v"), "อากาศอำนวย": (FRI, "13:35", "k"),
    "สว่างแดนดิน": (FRI, "09:50", "k"), "ส่องดาว": (THU, "09:30", "v"), "เต่างอย": (FRI, "14:10", "v"),
    "โคกศรีสุพรรณ": (FRI, "11:50", "k"), "เจริญศิลป์": (THU, "15:15", "k"), "โพนนาแก้ว": (FRI, "10:15", "v"),
    "ภูพาน": (WED, "16:45", "v"),
    "วาริชภูมิ": (FRI, "15:40", "v"),  # late; คำตากล้า missing
}
O7_TXT = ["รายชื่อร่วมพิธี ๕ ธ.ค. ศาลากลาง อ.{s}\n๑. {p1} นายอำเภอ{d}\n๒. {p2} ปลัดอำเภอ\nโทร ๐๘๑-{x}",
          "อ.{s} ส่งรายชื่อตามไฟล์แนบนะคะ", "{s}: {p1} นอภ., {p2} ปลัดอำเภอ, {p3} จอส.อำเภอ ครับ",
          "อำเภอ{d} ร่วมพิธี ๓ ท่าน ชื่อตามแนบครับ"]
for d, (day, hm, role) in O7.items():
    t = fmt(O7_TXT, "O7", d, p1=PEOPLE[CHIEF[d]].full_name, p2=PEOPLE[COORD[d]].full_name,
            p3=PEOPLE[VOL[d]].full_name, x=th(num("tel" + d, 1000000, 9999999)))
    f = "รายชื่อร่วมพิธี5ธค_" + short(d) + ".xlsx" if "แนบ" in t else None
    note = None
    if d == "นิคมน้ำอูน":
        note = "report two minutes before the 15:00 deadline: on time"
    ans("O7", d, day, hm, role, t, file=f, note=note)

order("O8", WED, "15:40", CENTRE,
      "เรียน นายอำเภอทุกอำเภอ\nช่วงเทศกาลงานกาชาดและงานฤดูหนาว ขอให้อำเภอตรวจความปลอดภัยสถานที่จัดงาน "
      "(เวที ไฟฟ้า ทางหนีไฟ) ตามแบบตรวจที่แนบ และรายงานผลภายใน ๓ วัน",
      ALL, eod(datetime.date(2026, 12, 8)), "safety checks of winter-fair sites",
      "\"ภายใน ๓ วัน\" from Wednesday 2 December: day 1 Thursday 3, day 2 Friday 4, day 3 Saturday 5 December, "
      "which is a day off (a weekend day and the National Day holiday). The last day moves to the next working day; "
      "Sunday 6 is a weekend day and Monday 7 is the substitute holiday for 5 December, so the deadline is the end of "
      "Tuesday 8 December, after the log ends: unanswered districts are not-due.",
      file="แบบตรวจความปลอดภัยงานฤดูหนาว.docx")
O8 = {"เมืองสกลนคร": (FRI, "14:20", "d"), "พังโคน": (FRI, "11:30", "k"), "วาริชภูมิ": (THU, "16:45", "k"),
      "สว่างแดนดิน": (FRI, "16:10", "k"), "ภูพาน": (FRI, "09:15", "v"), "กุดบาก": (FRI, "17:05", "v")}
O8_TXT = ["ผลตรวจความปลอดภัยงานฤดูหนาว อ.{s} ตามไฟล์แนบครับ ไม่พบจุดเสี่ยง", "อ.{s} ตรวจแล้ว {a} จุด เรียบร้อย ค่ะ",
          "อำเภอ{d}ตรวจเวทีและระบบไฟงานกาชาดแล้ว แก้ไขสายไฟ ๒ จุด ครับ"]
for d, (day, hm, role) in O8.items():
    t = fmt(O8_TXT, "O8", d)
    ans("O8", d, day, hm, role, t, file=("ผลตรวจ_" + short(d) + ".pdf") if "แนบ" in t else None)

ans("O12", "โพนนาแก้ว", WED, "09:20", "k", "โพนนาแก้วตรวจจุดวัดโพธิ์ชัยแล้วครับ ไฟไหม้หญ้าดับแล้ว จุดกิจกรรมปลอดภัยครับ ขออภัยที่ล่าช้า")

post(WED, "17:30", PALAD, "ขอบคุณทุกอำเภอครับ ช่วงนี้หนาวมาก ฝากดูแลกลุ่มเปราะบางด้วยครับ",
     tags=[N("courtesy by the palad: not an order")])

# =================================================================== Thursday 3 Dec
c.system(THU, "07:10", "leave", "P223", tags=[N("an eligible member (ส่องดาว's volunteer officer) leaving: no finding")])
c.system(THU, "07:25", "invite", "P221", target="P223",
         tags=[N("eligible invitee: ส่องดาว's volunteer officer invited back by her district chief")])
post(THU, "07:27", "P223", "ขอบคุณค่ะท่าน กดออกโดยไม่ได้ตั้งใจค่ะ 🙏")
order("O9", THU, "09:00", MIW, name=MIW2,
      text="ใกล้ปีใหม่แล้วนะคะ ก่อนวันหยุดยาว ฝากแต่ละอำเภอส่งแผนตั้งจุดบริการประชาชน/จุดตรวจช่วงปีใหม่มาให้มิวหน่อยค่ะ "
           "ว่าจะตั้งกี่จุด ที่ไหนบ้าง ขอบคุณค่ะ",
      districts=ALL, deadline=eod(FRI), topic="New Year road-safety service points",
      reasoning="\"ก่อนวันหยุดยาว\": the long weekend begins on Saturday 5 December (National Day) and runs to the substitute "
                "holiday on Monday 7 December, so the last day before it is Friday 4 December; the deadline runs to the end of "
                "that day. The log ends earlier on Friday evening, so unanswered districts are not-due.",
      why="the new officer's order with a deadline in words (ก่อนวันหยุดยาว): allowed")
O9 = {"เมืองสกลนคร": (FRI, "10:10", "k"), "กุดบาก": (THU, "14:40", "k"), "พังโคน": (FRI, "15:50", "v"),
      "วานรนิวาส": (THU, "15:30", "v"), "บ้านม่วง": (FRI, "09:20", "k"), "ส่องดาว": (FRI, "16:30", "v"),
      "เต่างอย": (FRI, "17:40", "k"), "โพนนาแก้ว": (FRI, "11:40", "k"), "ภูพาน": (THU, "16:30", "d")}
O9_TXT = ["อ.{s} ตั้งจุดบริการ {a2} จุด จุดตรวจ ๑ จุด บนทางหลวง ๒๒ ครับ", "{s}  {a2} จุดค่ะ (แผนตามแนบ)",
          "แผนปีใหม่ อำเภอ{d}: จุดบริการประชาชน {a2} จุด ที่หน้าวัด{w} ตลาด และสามแยกเข้าอำเภอ"]
for d, (day, hm, role) in O9.items():
    t = fmt(O9_TXT, "O9", d)
    ans("O9", d, day, hm, role, t, file=("แผนปีใหม่_" + short(d) + ".pdf") if "แนบ" in t else None)

order("O10", THU, "13:15", PALAD,
      "เรียน นอภ.กุดบาก นอภ.ภูพาน นอภ.เต่างอย\nอุณหภูมิบนเทือกเขาภูพานลดลงต่ำกว่า ๘ องศา ขอให้สำรวจหมู่บ้านบนพื้นที่สูง "
      "ที่ยังไม่ได้รับผ้าห่ม และรายงานภายในเวลา ๑๗.๓๐ น. วันนี้",
      ["กุดบาก", "ภูพาน", "เต่างอย"], dl(THU, "17:30"), "upland villages without blankets",
      "\"ภายในเวลา ๑๗.๓๐ น. วันนี้\" written on Thursday: 17:30 on Thursday 3 December. Three districts named in the salutation.",
      why="the palad's order to three named districts: allowed")
ans("O10", "กุดบาก", THU, "15:40", "k", "กุดบาก หมู่บ้านบนพื้นที่สูงที่ยังไม่ได้รับ ๓ หมู่บ้าน ๑๑๒ ครัวเรือนครับ")
ans("O10", "ภูพาน", THU, "17:29", "c", "ภูพาน ๕ หมู่บ้าน ประมาณ ๒๐๐ ครัวเรือน ครับ รายชื่อตามแนบ", file="หมู่บ้านพื้นที่สูง ภูพาน.xlsx",
    note="the district chief's report one minute before 17:30: on time")
ans("O10", "เต่างอย", THU, "19:10", "v", "เต่างอย 4 หมู่บ้าน 150 ครัวเรือนครับ ขออภัยสัญญาณบนภูไม่ดี")
post(THU, "10:00", "P213", "หนาวมากค่ะ ☃️", photos=1)
post(THU, "12:10", CENTRE, "ย้ำอำเภอที่ยังไม่รายงานภัยหนาวตามที่ท่านปลัดจังหวัดสั่งการเมื่อวาน ภายในวันนี้นะคะ",
     tags=[N("reminder (ย้ำ…ตามที่สั่งการ) of O6: no new duty")])

# =================================================================== Friday 4 Dec
post(FRI, "07:15", PALAD, "สวัสดีวันศุกร์ครับ พรุ่งนี้วันพ่อแห่งชาติ ขอบคุณทุกอำเภอที่เตรียมงานกันเต็มที่ครับ",
     tags=[N("courtesy by the palad: chat")])
stk(FRI, "07:18", "P131")
order("O11", FRI, "08:30", CENTRE,
      "เรียน นายอำเภอทุกอำเภอ\nขอให้อำเภอยืนยันความพร้อมจุดกิจกรรมจิตอาสา ๕ ธ.ค. (สถานที่ อุปกรณ์ อาหาร หน่วยปฐมพยาบาล) "
      "ภายในเวลา ๑๒.๐๐ น. วันนี้",
      ALL, dl(FRI, "12:00"), "readiness of the 5 December activity points",
      "\"ภายในเวลา ๑๒.๐๐ น. วันนี้\" written on Friday: 12:00 on Friday 4 December.")
O11 = {
    "เมืองสกลนคร": (FRI, "09:10", "k"), "กุสุมาลย์": (FRI, "10:05", "k"), "กุดบาก": (FRI, "08:55", "v"),
    "พรรณานิคม": (FRI, "11:15", "k"), "พังโคน": (FRI, "09:45", "v"), "วาริชภูมิ": (FRI, "10:30", "v"),
    "นิคมน้ำอูน": (FRI, "09:05", "k"), "วานรนิวาส": (FRI, "11:59", "v"), "คำตากล้า": (FRI, "10:50", "c"),
    "บ้านม่วง": (FRI, "08:48", "k"), "สว่างแดนดิน": (FRI, "09:35", "d"), "ส่องดาว": (FRI, "10:12", "v"),
    "เต่างอย": (FRI, "11:25", "k"), "เจริญศิลป์": (FRI, "09:58", "k"), "โพนนาแก้ว": (FRI, "11:00", "v"),
    "ภูพาน": (FRI, "08:40", "c"),
    "โคกศรีสุพรรณ": (FRI, "13:05", "k"),  # late; อากาศอำนวย missing
}
O11_TXT = ["อ.{s} พร้อมครับ ✅ สถานที่ อุปกรณ์ อาหาร หน่วยปฐมพยาบาล ครบ", "{s} พร้อม 100% ค่ะ",
           "ยืนยันความพร้อม อำเภอ{d}\n- สถานที่ วัด{w} พร้อม\n- อุปกรณ์ พร้อม\n- อาหาร อปท.สนับสนุน\n- ปฐมพยาบาล รพ.สต.",
           "พร้อมครับ อ.{s}", "อำเภอ{d} พร้อมทุกจุด ({a} จุด) ครับ",
           "{s} พร้อมค่ะ ขาดแค่เต็นท์ ๒ หลัง ประสาน อบต. แล้วค่ะ"]
for d, (day, hm, role) in O11.items():
    note = "report one minute before the 12:00 deadline: on time" if d == "วานรนิวาส" else None
    ans("O11", d, day, hm, role, fmt(O11_TXT, "O11", d), note=note, reply=(num("r11" + d, 0, 2) == 0))
post(FRI, "11:40", MIW2, "ยังขาด @อากาศอำนวย @โคกศรีสุพรรณ นะคะ ครบกำหนดเที่ยงค่ะ 🙏",
     tags=[N("reminder of O11 with @mentions: no new duty")])
post(FRI, "13:10", "P242", "ขออภัยครับ รายงานช้า ติดประชุมอำเภอ")
post(FRI, "14:40", MIW2, "ใครยังไม่ส่งรายชื่อร่วมพิธีพรุ่งนี้ รีบส่งนะคะ บ่ายสามปิดรับแล้วค่ะ",
     tags=[N("reminder of O7 (ยังไม่ส่ง…): no new duty, no change of deadline")])
post(FRI, "16:45", "P182", "คำตากล้าส่งรายชื่อทางอีเมลแล้วนะครับ",
     tags=[N("a district saying it sent its names by e-mail: SKN-5O counts reports in this group only, so this is no answer (คำตากล้า stays missing for O7)")])
post(FRI, "18:30", PALAD, "ขอบคุณทุกอำเภอครับ พรุ่งนี้เจอกันที่ศาลากลาง ๐๗.๓๐ น. วันหยุดยาวเดินทางปลอดภัยครับ 🙏",
     tags=[N("courtesy and a meeting time: no report asked, no duty")])
stk(FRI, "18:35", "P121")
post(FRI, "18:40", "P251", "ขอบคุณครับท่าน 🙏")
post(FRI, "19:05", "P191", "ครับผม")
post(FRI, "20:30", "P273", "ภาพเตรียมจุดภูพานพร้อมแล้วครับ", photos=2)


def build():
    return c
