# ข้อสั่งการ ปจ.สน. (palad-orders.jsonl): the palad's orders to district chiefs; chiefs need not answer, but may.
from chat import Chat, F, N
from week import MON, TUE, WED, THU, FRI

c = Chat("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl")
P = "P005"
ACK = "district chief's acknowledgement in ข้อสั่งการ ปจ.สน.: not required, but not forbidden"
REP = "a district chief's report in ข้อสั่งการ ปจ.สน.: 'need not report' is not a prohibition"


def o(day, hm, text, photos=0, file=None, key=None):
    return c.say(day, hm, P, text, photos=photos, file=file, key=key, tags=[N("the palad's order: allowed")])


def ch(day, hm, who, text=None, why=ACK, reply=None, photos=0, name=None):
    if text is None:
        return c.sticker(day, hm, who, tags=[N("sticker by a district chief: no posting rule in this group")])
    return c.say(day, hm, who, text, tags=[N(why)], reply=reply, photos=photos, name=name)


o(MON, "07:40", "เรียนท่านนายอำเภอทุกท่าน\nสัปดาห์นี้ขอให้ท่านนายอำเภอกำกับการเตรียมงาน ๕ ธ.ค. ด้วยตนเอง "
  "และตรวจจุดทำความดีก่อนวันงานอย่างน้อย ๑ ครั้งครับ", key="p1")
ch(MON, "07:44", "P101", "รับทราบครับท่าน")
ch(MON, "07:46", "P181")
ch(MON, "07:50", "P241", "รับทราบครับผม 🙏")
ch(MON, "08:02", "P271", "ภูพานรับทราบครับ จะลงตรวจวันพุธครับ")
o(MON, "11:20", "ท่านผู้ว่าฯ ฝากให้นายอำเภอดูแลเรื่องภัยหนาวเป็นพิเศษ โดยเฉพาะผู้สูงอายุที่อยู่ลำพัง "
  "ให้ออกเยี่ยมพร้อมผ้าห่มในสัปดาห์นี้ครับ", photos=1)
ch(MON, "11:25", "P231", "เต่างอยลงพื้นที่พรุ่งนี้ครับท่าน")
ch(MON, "11:31", "P161", "รับทราบครับ")
# invite of a coordinating deputy by his chief
c.system(MON, "14:05", "invite", "P231", target="P232",
         tags=[F("SKN-3", "invitee is a coordinating deputy; ข้อสั่งการ ปจ.สน. admits only the palad and district chiefs", who="ปลัดบุญมี เต่างอย"),
               F("SKN-ALL", "roster person not admitted to this group, invited", who="ปลัดบุญมี เต่างอย"),
               F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ไพศาล นอภ.เต่างอย")])
c.say(MON, "14:10", "P232", "สวัสดีครับ ท่านนายอำเภอให้เข้ากลุ่มไว้ช่วยดูข้อสั่งการครับ",
      tags=[N("post by the already-found coordinating deputy: his membership finding is at the invite, no second row")])
o(TUE, "08:00", "เรียนท่านนายอำเภอ\nพรุ่งนี้ (๒ ธ.ค.) ท่านรองผู้ว่าฯ ธนากร จะตรวจเยี่ยมจุดทำความดีที่ อ.พรรณานิคม และ อ.กุสุมาลย์ "
  "ขอให้ทั้งสองอำเภอเตรียมต้อนรับครับ")
ch(TUE, "08:05", "P131", "พรรณานิคมพร้อมครับท่าน")
ch(TUE, "08:15", "P111", "รับทราบครับ 🙏")
ch(TUE, "12:40", "P111", "เรียนท่านปลัดจังหวัด กุสุมาลย์เตรียมจุดที่วัดศรีบุญเรืองเรียบร้อยครับ", why=REP, photos=2)
o(TUE, "16:30", "ขอให้นายอำเภอตรวจสอบการจัดงานวัดที่มีมหรสพช่วงวันหยุดยาว หากไม่ได้ขออนุญาตให้ระงับ และแจ้งผมทราบครับ")
ch(TUE, "16:34", "P191")
ch(TUE, "16:41", "P211", "รับทราบครับท่าน")
c.say(TUE, "18:05", "P003", "ฝากท่านนายอำเภอด้วยนะคะ งานวัดช่วงนี้คนเยอะ 🙏",
      tags=[F("SKN-3", "a vice governor in ข้อสั่งการ ปจ.สน. (members: the palad and district chiefs); first message that shows her here")])
o(WED, "07:30", "เช้านี้อุณหภูมิต่ำสุดที่ อ.ภูพาน ๘ องศา ขอให้นายอำเภอ กุดบาก ภูพาน เต่างอย ส่องดาว "
  "ออกเยี่ยมหมู่บ้านบนพื้นที่สูงด้วยตนเองครับ")
ch(WED, "07:36", "P271", "ภูพานออกพื้นที่แล้วครับท่าน")
ch(WED, "07:40", "P121", "รับทราบครับ")
ch(WED, "09:50", "P221", "ส่องดาวแจกผ้าห่มบ้านดงสารครับท่าน", why=REP, photos=3)
ch(WED, "10:30", "P231", "เต่างอยเยี่ยมบ้านนาอุดม ๓๒ ครัวเรือนครับ", why=REP)
o(WED, "14:00", "ขอบคุณท่านนายอำเภอครับ ภาพการเยี่ยมส่งให้ท่านผู้ว่าฯ แล้วครับ", photos=0)
ch(WED, "14:05", "P251")
o(THU, "08:10", "เรียนท่านนายอำเภอ ช่วงวันหยุดยาว ๕-๗ ธ.ค. (วันจันทร์ที่ ๗ เป็นวันหยุดชดเชย) ขอให้นายอำเภออยู่ในพื้นที่ "
  "หากจำเป็นต้องออกนอกพื้นที่ให้แจ้งผมก่อนครับ")
ch(THU, "08:12", "P151", "รับทราบครับ")
ch(THU, "08:14", "P171", "ครับท่าน")
ch(THU, "08:20", "P201", "รับทราบครับ อากาศอำนวยอยู่ในพื้นที่ครับ")
ch(THU, "08:31", "P141")
c.say(THU, "09:00", "P232", "ท่านนายอำเภอเต่างอยติดประชุม รับทราบแทนครับ",
      tags=[N("the coordinating deputy already found at his invite: no second membership row (no posting rule here)")])
ch(THU, "11:45", "P261", "โพนนาแก้วขอลาพักผ่อนวันที่ ๖ ธ.ค. ครึ่งวันครับ ปลัดชาญวิทย์รักษาราชการแทนครับ",
   why="a district chief informing the palad as asked: allowed")
c.say(THU, "11:50", P, "ได้ครับ", tags=[N("the palad's reply: allowed")])
o(THU, "15:30", "ท่านผู้ว่าฯ ขอบคุณทุกอำเภอที่เตรียมงาน ๕ ธ.ค. อย่างดีครับ พรุ่งนี้ขอให้นายอำเภอถึงศาลากลาง ๐๖.๔๕ น. ครับ", photos=1)
ch(THU, "15:33", "P221", "รับทราบครับ")
ch(THU, "15:35", "P261")
ch(THU, "15:40", "P211", "ครับผม 🙏")
o(FRI, "07:20", "ขอให้นายอำเภอตรวจความพร้อมจุดลงนามถวายพระพรที่อำเภอด้วยตนเองวันนี้ครับ")
ch(FRI, "07:25", "P101", "อ.เมืองตรวจแล้วครับ เรียบร้อยครับ", why=REP, photos=2)
ch(FRI, "07:40", "P181", "คำตากล้าเรียบร้อยครับ", why=REP)
ch(FRI, "08:05", "P131", "รับทราบครับ")
ch(FRI, "09:00", "P241", "โคกศรีฯ เรียบร้อยครับท่าน", why=REP, photos=1)
o(FRI, "17:00", "ขอบคุณครับ เดินทางปลอดภัยครับ")
ch(FRI, "17:02", "P151")
ch(FRI, "17:10", "P111", "ขอบคุณครับท่าน 🙏")

ch(WED, "16:00", "P191", "บ้านม่วงขอรายงานท่าน แจกผ้าห่มผู้สูงอายุ ๘๐ ผืนครับ", why=REP, photos=1)
ch(WED, "16:20", "P151", "วาริชภูมิ ครอบครัวผู้เสียชีวิตรับเงินช่วยเหลือแล้วครับ", why=REP)
c.say(WED, "16:30", P, "ขอบคุณครับ", tags=[N("the palad's reply: allowed")])


def build():
    return c
