"""นักปกครองสกลนคร, Mon 15 – Wed 17 Dec 2025: the districts' performance reports."""
import datetime

from chat import Chat, F, N, when
from districts import CHIEF, COORD, pick, n, short

G = "นักปกครองสกลนคร"

WORK = [
    ("ไกล่เกลี่ยข้อพิพาท", "อ.{s} รายงานผลการไกล่เกลี่ยข้อพิพาทโดยศูนย์ดำรงธรรมอำเภอ ประจำสัปดาห์ จำนวน {a} เรื่อง ยุติได้ {b} เรื่องครับ"),
    ("ตั้งด่าน", "ผลการปฏิบัติงาน อ.{s} ชุดปฏิบัติการฝ่ายปกครอง ตั้งจุดตรวจจุดสกัด คืนวันที่ {dd} ธ.ค. ตรวจยานพาหนะ {a} คัน ไม่พบสิ่งผิดกฎหมายครับ"),
    ("มอบผ้าห่ม", "นายอำเภอ{d} ลงพื้นที่มอบผ้าห่มกันหนาวแก่ผู้สูงอายุ ต.{t} จำนวน {a} ผืน ครับ"),
    ("หนี้นอกระบบ", "อ.{s} รายงานผลการแก้ไขปัญหาหนี้นอกระบบ ไกล่เกลี่ยสำเร็จ {b} ราย มูลหนี้ลดลง {a},๐๐๐ บาท ครับ"),
    ("ตรวจสถานบริการ", "อ.{s} ตรวจสถานบริการ/ร้านค้าจำหน่ายสุรา ช่วงกลางคืน {a} แห่ง ตักเตือน {b} แห่งครับ"),
    ("บัตรประชาชน", "ผลงานวันนี้ อ.{s} ออกหน่วยเคลื่อนที่ทำบัตรประชาชนให้ผู้ป่วยติดเตียง ต.{t} {b} ราย ครับ"),
]
TAMBON = ["นาเพียง", "ดงมะไฟ", "โพนแพง", "หนองลาด", "นาหัวบ่อ", "คำบ่อ", "ดอนเตย", "บ้านแป้น", "โคกภู", "สร้างค้อ"]


def plus(day, hm, minutes):
    t = when(day, hm) + datetime.timedelta(minutes=minutes)
    return t.day, t.strftime("%H:%M")


def build():
    c = Chat(G, "administrators.jsonl")
    GOV, PJ = "P001", "P005"
    c.say(15, "07:10", GOV, "อรุณสวัสดิ์ครับนักปกครองสกลนครทุกท่าน ขอให้มีความสุขในการทำงานสัปดาห์นี้ครับ")
    c.sticker(15, "07:15", "P212")
    c.sticker(15, "07:18", "P122")
    plan = [
        ("กุสุมาลย์", 15, "08:30", COORD, 0), ("พังโคน", 15, "09:40", CHIEF, 1), ("ภูพาน", 15, "10:15", CHIEF, 2),
        ("วานรนิวาส", 15, "13:45", COORD, 3), ("เมืองสกลนคร", 15, "16:20", COORD, 4), ("บ้านม่วง", 15, "18:05", COORD, 1),
        ("โคกศรีสุพรรณ", 16, "08:40", CHIEF, 5), ("เจริญศิลป์", 16, "09:25", CHIEF, 2), ("คำตากล้า", 16, "11:00", COORD, 0),
        ("กุดบาก", 16, "14:10", COORD, 4), ("วาริชภูมิ", 16, "16:00", COORD, 3), ("สว่างแดนดิน", 16, "20:30", CHIEF, 1),
        ("นิคมน้ำอูน", 17, "08:55", CHIEF, 5), ("อากาศอำนวย", 17, "10:20", COORD, 2), ("เต่างอย", 17, "13:30", CHIEF, 0),
        ("โพนนาแก้ว", 17, "15:10", COORD, 4), ("พรรณานิคม", 17, "16:05", CHIEF, 3),
    ]
    for d, day, hm, role, w in plan:
        topic, tmpl = WORK[w]
        text = tmpl.format(s=short(d), d=d, a=n("aa" + d, 12, 180), b=n("ab" + d, 2, 11), dd=day - 1,
                           t=pick("at" + d, TAMBON))
        tags = []
        if d == "กุสุมาลย์":
            tags = [N("a report by the coordinating deputy of กุสุมาลย์: coordinating deputies are members and report for "
                      "their district (no posting rule for นักปกครองสกลนคร)")]
        if d == "ภูพาน":
            tags = [N("a district chief's performance report: what the group is for")]
        if d == "บ้านม่วง":
            tags = [N("a report by the coordinating deputy of บ้านม่วง, matched by display name (no LINE id): a member, "
                      "allowed")]
        c.say(day, hm, role[d], text, photos=pick("ap" + d, [1, 2, 2, 1]), gap=15, tags=tags)
        if pick("ar" + d, [0, 0, 1]):
            c.say(*plus(day, hm, 7), pick("ag" + d, [PJ, GOV, "P101", "P211"]),
                  pick("ax" + d, ["👍👍", "ขอบคุณครับ", "เยี่ยมครับ 👏", "ขอบคุณครับท่าน ดีมากครับ"]))
    c.system(15, "11:30", "join", "P193", text="ต้อม จิตอาสา บ้านม่วง เข้าร่วมกลุ่มโดยใช้ลิงก์เชิญ",
             tags=[F("SKN-1", "ต้อม จิตอาสา บ้านม่วง is a district volunteer officer (volunteer_center_staff): not admitted to "
                     "นักปกครองสกลนคร (governor, palad, district chiefs, coordinating deputies); joined by link, so no SKN-ALL")])
    c.say(15, "11:33", "P193", "สวัสดีครับ ต้อม จิตอาสาบ้านม่วงครับ ฝากเนื้อฝากตัวครับ 🙏")
    c.system(16, "12:30", "join", "เอ็ม ประกันชีวิต ดูแลครบ", text="เอ็ม ประกันชีวิต ดูแลครบ เข้าร่วมกลุ่มโดยใช้ลิงก์เชิญ",
             tags=[F("OUTSIDER", "not on the roster; joined นักปกครองสกลนคร by the group's link (then posted an advertisement)")])
    c.say(16, "12:32", "เอ็ม ประกันชีวิต ดูแลครบ",
          "สวัสดีครับท่านข้าราชการทุกท่าน 🙏 ประกันสุขภาพข้าราชการ เบิกส่วนเกินได้ ค่าห้องวันละ 3,000 เบี้ยเริ่มต้นวันละ 25 บาท "
          "สนใจทักไลน์ส่วนตัวครับ", photos=2, gap=15)
    c.system(16, "12:50", "remove", PJ, target="เอ็ม ประกันชีวิต ดูแลครบ")
    c.say(16, "12:52", PJ, "ขออภัยครับ ท่านใดแชร์ลิงก์กลุ่มออกไป ขอให้ระมัดระวังด้วยครับ กลุ่มนี้เฉพาะผู้เกี่ยวข้องครับ")
    c.system(16, "15:30", "join", "ปลัดต้น", text="ปลัดต้น เข้าร่วมกลุ่มโดยใช้ลิงก์เชิญ",
             tags=[N("\"ปลัดต้น\" joins by link: the name belongs to two roster people (both deputy district chiefs), so it "
                     "is ambiguous and never judged, although either of them would not be admitted")])
    c.say(17, "12:00", GOV, "ขอบคุณทุกอำเภอที่รายงานผลงานครับ ช่วงหนาวนี้ขอให้ลงพื้นที่ใกล้ชิดประชาชนครับ")
    c.sticker(17, "12:05", "P242")
    c.say(17, "17:20", "P272", "ขอให้ทุกท่านเดินทางกลับบ้านโดยสวัสดิภาพครับ 🙏")
    return c
