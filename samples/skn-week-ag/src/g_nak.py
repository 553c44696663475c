"""นักปกครองสกลนคร (nakpokkhrong.jsonl): the districts' performance reports."""
from chat import Chat, F, N, D29, D30, D31, J1, J2

COORD = "a coordinating deputy's district report: admitted, and reports are what this group is for"
CHIEF = "a district chief's report: allowed"


def build():
    c = Chat("นักปกครองสกลนคร", "nakpokkhrong.jsonl")
    s, st, sy = c.say, c.sticker, c.system

    # Monday 29 Dec
    s(D29, "08:00", "P005", "ขอให้อำเภอรายงานผลการปฏิบัติงานช่วงเทศกาลปีใหม่ในกลุ่มนี้ พร้อมภาพกิจกรรมนะครับ",
      tags=[N("the palad asking for reports in the group meant for them: allowed (no duty rule for this group)")])
    s(D29, "09:30", "P102", "อ.เมืองสกลนคร เปิดศูนย์ปฏิบัติการ ศปถ.อำเภอ ช่วงเทศกาลปีใหม่ ๒๕๖๙ โดย นอภ.เมืองสกลนคร เป็นประธานครับ",
      photos=3, tags=[N(COORD)])
    s(D29, "10:15", "P132", "พรรณานิคม ประชุมกำนัน ผู้ใหญ่บ้าน มอบนโยบายด่านชุมชน ๗ วันอันตราย ครับ", photos=2, tags=[N(COORD)])
    s(D29, "11:00", "P213", "สว่างแดนดิน รายงานการเปิดจุดบริการประชาชนจิตอาสาพระราชทาน ๓ จุดค่ะ", photos=2,
      tags=[F("SKN-1", "a district volunteer officer (volunteer_center_staff) in นักปกครองสกลนคร; first post")])
    s(D29, "11:05", "P005", "ขอบคุณครับ ต่อไปขอให้รายงานโดยปลัดประสานงานหรือนายอำเภอนะครับ",
      tags=[N("the palad's note on who reports here")])
    s(D29, "13:00", "P142", "พังโคน ตั้งด่านชุมชนบ้านม่วงไข่ ร่วมกับ อส. และ ชรบ. ครับ", photos=2,
      tags=[N("report by a person with two roles (coordinating_deputy|volunteer_center_staff): admitted here as coordinating deputy")])
    sy(D29, "14:30", "invite", "P241", target="P244",
       tags=[F("SKN-1", "invitee is an ordinary deputy (deputy_district_chief), not admitted to นักปกครองสกลนคร", "ปลัดจิรวัฒน์ โคกศรี"),
             F("SKN-ALL", "on the roster, not admitted to this group, invited", "ปลัดจิรวัฒน์ โคกศรี"),
             F("SKN-ALL", "inviter of a roster person not admitted to this group", "นอภ.โคกศรีสุพรรณ")])
    s(D29, "14:32", "P244", "ขอบคุณครับท่าน ปลัดจิรวัฒน์ครับ ฝากตัวด้วยครับ",
      tags=[N("the invitee's greeting: his membership was found at the invite")])
    s(D29, "15:10", "ปลัดหนุ่ม", "เต่างอย ตั้งด่านชุมชนบ้านนาตาลครับ", photos=2,
      tags=[N("display name ปลัดหนุ่ม fits two roster people (one admitted, one not): ambiguous, never judged")])
    s(D29, "16:00", "P001", "ขอบคุณทุกอำเภอครับ ขอให้เข้มข้นตลอด ๗ วันครับ", tags=[N("the governor's comment: allowed")])
    s(D29, "19:00", "P162", "นิคมน้ำอูน ตรวจด่านชุมชนช่วงค่ำ ๓ จุด เรียบร้อยครับ", photos=2, tags=[N(COORD)])

    # Tuesday 30 Dec
    s(D30, "08:00", "P003", "ขอชื่นชมทุกอำเภอที่ตั้งใจทำงานค่ะ 🌻",
      tags=[F("SKN-1", "a vice governor in นักปกครองสกลนคร (members: governor, palad, district chiefs, coordinating deputies); first post")])
    s(D30, "09:00", "P172", "วานรนิวาส มอบผ้าห่มกันหนาวแก่ผู้สูงอายุ ต.ขัวก่าย ๑๒๐ ผืน ครับ", photos=3, tags=[N(COORD)])
    s(D30, "10:00", "P182", "คำตากล้า ตรวจร้านจำหน่ายเครื่องดื่มแอลกอฮอล์ ๘ ร้าน ปฏิบัติถูกต้องครับ", photos=2, tags=[N(COORD)])
    sy(D30, "11:30", "join", "กระเช้าปีใหม่ by ตุ๊กตา 🎁",
       tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    s(D30, "11:32", "กระเช้าปีใหม่ by ตุ๊กตา 🎁", "รับจัดกระเช้าปีใหม่ ของขวัญหน่วยงาน ราคาพิเศษ สั่งได้ถึง ๓๐ ธ.ค. ส่งฟรีในเขตเมืองค่ะ 🎁",
      photos=2, tags=[N("the outsider's sales post: already found at her join")])
    sy(D30, "11:40", "remove", "P005", target="กระเช้าปีใหม่ by ตุ๊กตา 🎁")
    s(D30, "11:41", "P005", "ขออภัยครับ ลบออกแล้ว และขอย้ำนโยบาย No Gift Policy ด้วยครับ 😅",
      tags=[N("the palad's note: allowed")])
    s(D30, "13:00", "P222", "ส่องดาว ประชุมคณะกรรมการหมู่บ้าน ๑๒ หมู่บ้าน ซักซ้อมการตั้งด่านชุมชนครับ", photos=2, tags=[N(COORD)])
    s(D30, "14:00", "P202", "อากาศอำนวย ร่วมกับ สภ.อากาศอำนวย ตั้งจุดตรวจร่วมบ้านโพนงาม ครับ", photos=2)
    s(D30, "16:00", "P262", "โพนนาแก้ว ตรวจเยี่ยมด่านชุมชน ๔ จุด ครับ", photos=1)
    s(D30, "17:00", "P192", "บ้านม่วง ประชาสัมพันธ์ห้ามปล่อยโคมลอยผ่านหอกระจายข่าวครบทุกหมู่บ้านครับ", photos=1, tags=[N(COORD)])

    s(D30, "19:00", "P122", "กุดบาก ตรวจด่านชุมชนบ้านนาม่อง ร่วมกับ อส.กุดบาก ครับ", photos=2, tags=[N(COORD)])

    # Wednesday 31 Dec
    s(D31, "09:00", "P212", "สว่างแดนดิน เตรียมความพร้อมรับท่านผู้ว่าฯ ตรวจเยี่ยมด่านชุมชนบ้านโคกสี บ่ายวันนี้ครับ", photos=2)
    s(D31, "10:00", "P252", "เจริญศิลป์ ตั้งด่านชุมชน ๒๘ จุด ไม่มีอุบัติเหตุ ๓ วันติดต่อกันครับ", photos=2, tags=[N(COORD)])
    s(D31, "15:00", "P122", "กุดบาก มอบผ้าห่มร่วมกับ อบต.กุดไห ๘๐ ผืนครับ", photos=3)
    s(D31, "16:30", "P001", "ขอบคุณ นอภ.สว่างแดนดิน และทีมงานครับ ด่านเข้มแข็งมากครับ", photos=2, caption_last=True)
    s(D31, "20:00", "P101", "อ.เมืองสกลนคร พร้อมจัดงานเคานต์ดาวน์ จุดตรวจวัตถุระเบิดและจุดปฐมพยาบาลครบถ้วนครับ", photos=2,
      tags=[N(CHIEF)])

    s(D31, "21:00", "P262", "ปีนี้ผมเคานต์ดาวน์ที่ด่านชุมชนอีกแล้วครับ ปีที่ ๕ ติดต่อกัน 😂", tags=[N("a joke: chat")])
    s(D31, "21:02", "P122", "ผมก็ด้วยครับ 555 ด่านบ้านนาม่อง มีหมูกระทะรอ 😆")

    # Thursday 1 Jan
    s(J1, "00:05", "P005", "สวัสดีปีใหม่ ๒๕๖๙ ครับ นักปกครองสกลนครทุกท่าน 🎉")
    st(J1, "00:06", "P262")
    s(J1, "00:07", "P112", "สวัสดีปีใหม่ครับทุกท่าน 🙏")
    st(J1, "00:08", "P121")
    s(J1, "09:00", "P112", "กุสุมาลย์ จิตอาสาร่วมพิธีทำบุญตักบาตรวันขึ้นปีใหม่ หน้าที่ว่าการอำเภอครับ", photos=3, tags=[N(COORD)])
    s(J1, "10:00", "P242", "โคกศรีสุพรรณ ตักบาตรปีใหม่ ณ วัดโพธิ์ชัย ครับ", photos=2)
    s(J1, "13:00", "P272", "ภูพาน นักท่องเที่ยวขึ้นภูจำนวนมาก จัดจุดบริการเพิ่ม ๑ จุดครับ", photos=2,
      tags=[N("report by the other two-role person (coordinating_deputy|volunteer_center_staff): admitted as coordinating deputy")])

    s(J1, "16:00", "P202", "อากาศอำนวย มอบผ้าห่มผู้ป่วยติดเตียง ต.โพนงาม ๑๕ ราย ครับ", photos=2, tags=[N(COORD)])

    # Friday 2 Jan
    s(J2, "08:30", "P152", "วาริชภูมิ ติดป้ายเตือนจุดเสี่ยงบ้านโนนสวรรค์ ๓ ป้าย หลังเกิดเหตุเมื่อ ๓๐ ธ.ค. ครับ", photos=2,
      tags=[N("a coordinating deputy without a LINE id, matched by display name: admitted")])
    s(J2, "10:00", "P222", "ส่องดาว จุดพักรถขากลับพร้อมแล้วครับ", photos=1)
    s(J2, "11:00", "P192", "บ้านม่วง จุดพักรถขากลับหน้า สภ.บ้านม่วง พร้อมให้บริการครับ", photos=1)
    s(J2, "14:00", "P262", "โพนนาแก้ว ตรวจด่านชุมชนขากลับ ๖ จุดครับ", photos=2)
    s(J2, "16:00", "P001", "ขอบคุณทุกอำเภอครับ ปีใหม่นี้ขอให้ทุกท่านมีความสุขครับ", tags=[N("the governor's thanks")])
    s(J2, "16:05", "P101", "ขอบคุณครับท่าน 🙏")
    return c
