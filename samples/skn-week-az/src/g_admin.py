# นักปกครองสกลนคร (administrators.jsonl): the governor, the palad, district chiefs and coordinating deputies.
from chat import Chat, F, N
from week import MON, TUE, WED, THU, FRI

c = Chat("นักปกครองสกลนคร", "administrators.jsonl")


def s(day, hm, who, text=None, why=None, photos=0, tags=(), reply=None, key=None, name=None):
    t = list(tags) + ([N(why)] if why else [])
    if text is None and not photos:
        return c.sticker(day, hm, who, tags=t, name=name)
    return c.say(day, hm, who, text, photos=photos, tags=t, reply=reply, key=key, name=name)


s(MON, "06:30", "P272", "อรุณสวัสดิ์วันจันทร์ครับพี่น้องนักปกครอง ภูพานเช้านี้ ๑๐ องศา ❄️", photos=1,
  why="a coordinating deputy posting in นักปกครองสกลนคร: admitted")
s(MON, "06:41", "P122", "หนาวหลายเด้อครับ 🥶")
s(MON, "06:50", "P232", "เต่างอยก็หนาวครับ ชาวบ้านก่อไฟผิงแต่เช้า")
s(MON, "07:15", "P101")
s(MON, "09:00", "P005", "ฝากพี่น้องนักปกครองดูแลสุขภาพครับ สัปดาห์นี้งานหนัก ๕ ธ.ค. ต่อด้วยวันหยุดยาว",
  why="the palad's courtesy: admitted")
s(MON, "12:10", "P182", "สอบถามพี่ๆครับ ระเบียบเบิกค่าผ้าห่มภัยหนาว ใช้เงินทดรองฯ ได้เลยไหมครับ ต้องประกาศภัยก่อนหรือเปล่า", key="q1",
  why="a question between members (a coordinating deputy): allowed here")
s(MON, "12:25", "P162", "ต้องมีประกาศเขตการให้ความช่วยเหลือก่อนครับน้อง ดูหนังสือที่ ปค.จ. ส่งเมื่อเช้าได้ครับ", reply="q1",
  why="report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")
s(MON, "12:30", "P182", "ขอบคุณครับพี่ 🙏")
# an ordinary deputy invited by his chief
c.system(MON, "14:00", "invite", "P101", target="P105",
         tags=[F("SKN-1", "invitee is an ordinary deputy (deputy_district_chief); นักปกครองสกลนคร admits coordinating deputies only", who="ปลัดเพ็ญ 🌼"),
               F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดเพ็ญ 🌼"),
               F("SKN-ALL", "inviter of a roster person not admitted to this group", who="นอภ.เมืองสกล วัชรพล")])
s(MON, "14:03", "P105", "สวัสดีค่ะ ปลัดเพ็ญ อ.เมืองสกลนครค่ะ ฝากเนื้อฝากตัวด้วยนะคะ 🌼")
s(MON, "14:05", "P112", "ยินดีต้อนรับครับ")
s(MON, "19:30", "P252", "ร่วมแสดงความยินดีกับท่านนายอำเภอภูพาน ที่ได้รับรางวัลนายอำเภอแหนบทองคำครับ 🎉", photos=1,
  why="congratulation by a coordinating deputy: admitted")
s(MON, "19:35", "P271", "ขอบคุณครับน้อง 🙏")
s(MON, "19:40", "P131", "ยินดีด้วยครับท่าน")
s(TUE, "06:45", "P212", "สวัสดีวันอังคารครับ")
c.system(TUE, "09:10", "join", "ผ้าไหมย้อมคราม ป้าน้อย 🧵", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
s(TUE, "09:12", "ผ้าไหมย้อมคราม ป้าน้อย 🧵", "ผ้าไหมย้อมครามสกลนคร ชุดปกติขาวตัดพิเศษ ช่วงวันพ่อลดราคา ๒๐% สนใจสั่งได้ค่ะ", photos=2)
c.system(TUE, "09:30", "remove", "P005", target="ผ้าไหมย้อมคราม ป้าน้อย 🧵", tags=[N("the palad removing the outsider: no finding for him")])
s(TUE, "10:15", "P004", "ขอบคุณพี่น้องนักปกครองที่ช่วยงานจังหวัดครับ",
  tags=[F("SKN-1", "a vice governor in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
s(TUE, "10:20", "P202", "ขอบคุณครับท่าน 🙏")
s(TUE, "13:30", "P242", "แชร์ข่าวครับ กรมการปกครองเปิดสอบคัดเลือกปลัดอำเภอ ปี ๒๕๗๐", why="forwarded news by a coordinating deputy: admitted")
s(TUE, "15:00", "P214", "ขออนุญาตครับพี่ๆ ฝากประชาสัมพันธ์งานกาชาดอำเภอสว่างแดนดินด้วยครับ", photos=1,
  tags=[F("SKN-1", "an ordinary deputy (deputy_district_chief) in นักปกครองสกลนคร; first post")])
s(TUE, "15:10", "P211", "ขอบคุณครับ")
s(WED, "07:00", "P001", "สวัสดีครับพี่น้องนักปกครองทุกท่าน ขอบคุณที่ทุ่มเทดูแลประชาชนช่วงหนาวนี้ครับ", why="the governor's courtesy: admitted")
s(WED, "07:02", "P192", "ขอบคุณครับท่าน 🙏")
s(WED, "07:03", "P222")
s(WED, "07:05", "P152", "ขอบคุณครับท่านผู้ว่าฯ")
s(WED, "11:40", "P172", "วานรนิวาสแจกผ้าห่มบ้านหนองแวง ๑๒๐ ผืนครับ", photos=3, why="a coordinating deputy's district news: admitted")
s(WED, "11:45", "P262", "เยี่ยมครับ 👍")
s(WED, "16:20", "P132", "ขอแสดงความเสียใจกับครอบครัวผู้เสียชีวิตจากอุบัติเหตุที่วาริชภูมิครับ 🙏", why="condolence: chat")
s(WED, "16:25", "P152", "ขอบคุณครับพี่")
s(THU, "06:35", "P272", "ภูพานเช้านี้ ๗ องศาครับ ต่ำสุดของปี 🥶", photos=2)
s(THU, "06:40", "P182", "โอ้ย หนาวแท้ 😅")
s(THU, "06:42", "P232", "บ่มีไผหนาวกว่าภูพานแล้วครับ")
s(THU, "08:30", "P102", "สอบถามครับ ชุดปกติขาววันเสาร์ ต้องสวมสายสะพายไหมครับ", key="q2", why="a question between members: allowed")
s(THU, "08:35", "P005", "ไม่ต้องครับ ประดับแพรแถบย่อครับ", reply="q2", why="the palad answering a question: admitted")
s(THU, "13:00", "ปลัดต้น", "ขอบคุณครับพี่", why="display name ปลัดต้น fits two roster people: ambiguous, never judged")
s(THU, "20:10", "P212", "ขอให้พี่น้องนักปกครองเดินทางปลอดภัยช่วงวันหยุดยาวครับ", why="wishes using ขอให้: courtesy")
s(FRI, "06:30", "P122", "สวัสดีวันศุกร์ครับ พรุ่งนี้เจอกันที่ศาลากลางครับ")
s(FRI, "06:35", "P262")
s(FRI, "12:00", "P142", "เตรียมชุดขาวพร้อมครับ 😄", photos=1, name="ปลัดเอ็ม พังโคน")
s(FRI, "12:05", "P101", "👍")
s(FRI, "18:00", "P271", "ขอบคุณพี่น้องทุกคนที่ร่วมยินดีครับ 🙏")

s(WED, "18:30", "P232", "ขอแชร์ภาพแจกผ้าห่มเต่างอยครับ ชาวบ้านดีใจหลาย", photos=2, why="a coordinating deputy's news: admitted")
s(WED, "18:35", "P122", "ขอบคุณแทนชาวบ้านครับ 🙏")
s(THU, "12:15", "P192", "สอบถามครับ วันหยุดชดเชยวันจันทร์ที่ ๗ อำเภอเปิดบริการบัตรไหมครับ", key="q3", why="a question between members: allowed")
s(THU, "12:20", "P172", "ปิดครับ เป็นวันหยุดราชการ ชดเชยวันที่ ๕ ที่ตรงกับวันเสาร์ครับ", reply="q3", why="an answer between members: allowed")
s(FRI, "20:00", "P152", "ขอให้ทุกท่านมีความสุขในวันพ่อครับ 💛", why="wishes: courtesy")
s(FRI, "20:02", "P242")


def build():
    return c
