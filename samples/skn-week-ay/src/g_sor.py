"""ศอ.จอส.จว.สน. — the week's volunteer-centre group (exported from a phone)."""
import datetime
from chat import Chat, F, N, A, when, th
from districts import CHIEF, COORD, VOL, pick, num, n, short
from people import PEOPLE, DISTRICTS

ORDERS = {}
EXTRA = {"เมืองสกลนคร": ["P104", "P105"], "พังโคน": ["P144"], "วานรนิวาส": ["P174", "P175"],
         "สว่างแดนดิน": ["P214", "P215"], "โคกศรีสุพรรณ": ["P244"], "ภูพาน": ["P274"]}


def who(d, w):
    if w == "c":
        return CHIEF[d]
    if w == "d":
        return COORD[d]
    if w == "v":
        return VOL[d]
    return EXTRA[d][int(w[1:]) if len(w) > 1 else 0]


def name(pid):
    return PEOPLE[pid].name


ROLE_WORD = {"c": "the district chief", "d": "the coordinating deputy", "v": "the district volunteer officer",
             "x": "a deputy (ปลัดอำเภอ)", "x1": "a deputy (ปลัดอำเภอ)"}


def answer(c, order, d, w, day, hm, text=None, photos=0, caption_last=False, file=None, extra_note="",
           pieces=None, name_override=None):
    pid = who(d, w)
    note = f"report for {d} by {ROLE_WORD[w]}"
    if PEOPLE[pid].role == "coordinating_deputy|volunteer_center_staff":
        note = f"report for {d} by a person with two roles (coordinating deputy and the district's volunteer officer)"
    if text is None and photos:
        note += "; photos alone after an order that asks for photos"
    elif caption_last:
        note += "; photos first, then the caption: one post"
    if pieces:
        note += "; sent in pieces, the first piece carries the report"
    if extra_note:
        note += "; " + extra_note
    tags = [A(order, d)]
    if w != "c" or extra_note or caption_last or pieces or (text is None):
        tags.append(N(note))
    m = c.say(day, hm, pid, text, photos=photos, caption_last=caption_last, file=file, tags=tags,
              name=name_override)
    if pieces:
        t = when(day, hm) + datetime.timedelta(minutes=1 + photos // 3)
        for k, p in enumerate(pieces):
            t2 = t + datetime.timedelta(minutes=k)
            c.say(t2.day, t2.strftime("%H:%M"), pid, p, name=name_override)
    return m


def order(c, key, day, hm, pid, text, districts, deadline, topic, photos=0, file=None, file_first=False,
          why="the provincial centre's order with the letter attached: the centre may order here"):
    if file_first:
        c.say(day, hm, pid, None, file=file, tags=[N("the letter (PDF) sent just before the centre's order text: part of the order post")])
        t = when(day, hm) + datetime.timedelta(minutes=1)
        m = c.say(t.day, t.strftime("%H:%M"), pid, text, photos=photos, tags=[N(why)])
    else:
        m = c.say(day, hm, pid, text, photos=photos, file=file, tags=[N(why)])
    ORDERS[key] = dict(msg=m, districts=list(districts), deadline=deadline, topic=topic)
    return m


def ack(c, day, hm, pid, text=None, sticker=False, why=None, name=None):
    why = why or "acknowledgement by a district person: allowed, not a report"
    if sticker:
        return c.sticker(day, hm, pid, tags=[N(why + " (sticker)")], name=name)
    return c.say(day, hm, pid, text, tags=[N(why)], name=name)


def build():
    c = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.txt", export=True)
    PAL, CEN, NU = "P005", "P009", "P010"
    ALL = DISTRICTS
    dt = lambda d, h, m, s=0: datetime.datetime(2026, 11, d, h, m, s, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))

    # ------------------------------------------------------------ Monday 23
    c.say(23, "07:42", CEN, "สวัสดีวันจันทร์ครับ สัปดาห์นี้งานเยอะ ลอยกระทงวันอังคาร + อากาศเริ่มหนาว ฝากทุกอำเภอติดตามกลุ่มนี้ใกล้ชิดนะครับ 🙏",
          tags=[N("the central account's greeting: chat, no report asked")])
    ack(c, 23, "07:50", "P273", "สวัสดีครับ")
    ack(c, 23, "07:51", "P123", sticker=True)
    c.system(23, "08:05", "invite", "P271", target="P274", tags=[N("eligible invitee: a deputy (ปลัดอำเภอ) of ภูพาน, invited by his own district chief")])
    ack(c, 23, "08:07", "P274", "สวัสดีครับ ปลัดเจษ อ.ภูพาน ฝากเนื้อฝากตัวด้วยครับ", why="greeting by the newly invited deputy of ภูพาน: admitted")
    order(c, "O1", 23, "09:05", NU,
          "เรียน นายอำเภอที่มีพื้นที่ติดหนองหาร\nคือ อ.เมืองสกลนคร และ อ.โพนนาแก้ว\n"
          "เนื่องจากคืนวันที่ ๒๔ พ.ย. ๖๙ จะมีประชาชนมาลอยกระทงริมหนองหารจำนวนมาก ขอให้จัดจิตอาสาพระราชทานประจำจุดเสี่ยง (ท่าน้ำ สะพาน ท่าเรือ) "
          "แล้วรายงานจำนวนจุด/จำนวนจิตอาสา/ชุดชูชีพที่มี ภายใน ๑๖.๐๐ น. วันนี้ครับ",
          ["เมืองสกลนคร", "โพนนาแก้ว"], dt(23, 16, 0), "จิตอาสาประจำจุดเสี่ยงริมหนองหาร คืนลอยกระทง", photos=2,
          why="order of the province-level volunteer officer to the districts bordering หนองหาร (named after the condition): allowed")
    ack(c, 23, "09:09", "P101", "รับทราบครับ")
    ack(c, 23, "09:12", "P262", "ฮับทราบครับ โพนนาแก้วสิจัดให้เด้อครับ", why="acknowledgement in Isan by the coordinating deputy of โพนนาแก้ว: not yet the report")
    order(c, "O2", 23, "10:30", PAL,
          "ข้อสั่งการ ปจ.สน.\nถึง นายอำเภอทุกอำเภอ\nให้แต่ละอำเภอรายงานจุดจัดงานลอยกระทงในพื้นที่ (ระดับอำเภอ/ตำบล) และจำนวนจิตอาสาที่จะออกปฏิบัติหน้าที่ดูแลความปลอดภัย คืนวันอังคารที่ ๒๔ พ.ย. "
          "ส่งในกลุ่มนี้ ภายในเวลา ๑๒.๐๐ น. ของวันพรุ่งนี้ (๒๔ พ.ย. ๒๕๖๙)",
          ALL, dt(24, 12, 0), "จุดจัดงานลอยกระทงและจิตอาสาดูแลความปลอดภัย", photos=1,
          why="order of the provincial palad (the provincial centre), all districts: allowed")
    for d, w, hm, s in [("กุดบาก", "v", "10:34", False), ("วาริชภูมิ", "c", "10:35", True), ("นิคมน้ำอูน", "d", "10:36", False),
                        ("เจริญศิลป์", "d", "10:40", True), ("ภูพาน", "c", "10:41", False), ("บ้านม่วง", "c", "10:44", True)]:
        ack(c, 23, hm, who(d, w), pick("a" + d + hm, ["รับทราบครับ", "ทราบค่ะ 🙏", "รับทราบครับท่าน", "รับทาบครับ", "👍", "รับทราบ ถือปฏิบัติครับ"]) if not s else None,
            sticker=s)
    answer(c, "O2", "โพนนาแก้ว", "v", 23, "11:20",
           "อ.โพนนาแก้ว รายงานจุดลอยกระทง ๓ จุด (ท่าน้ำบ้านดงพัฒนา, วัดท่าแร่?, ริมหนองหาร ต.นาแก้ว) จิตอาสา ๔๒ คน ค่ะ")
    c.say(23, "11:24", "P263", "ขออภัยค่ะ แก้ไข จุดที่ ๒ เป็น ท่าเรือบ้านบะหว้า ไม่ใช่วัดท่าแร่ค่ะ", tags=[N("correction of the district's own report: not a second answer")])
    answer(c, "O2", "วานรนิวาส", "x1", 23, "11:48",
           "รายงาน อ.วานรนิวาส (1/2)\nจุดจัดงานระดับอำเภอ ๑ จุด สวนสาธารณะหนองสนม", pieces=["(2/2) ระดับตำบล ๑๔ จุด จิตอาสาทั้งหมด ๑๒๖ นาย ครับ"])
    answer(c, "O1", "เมืองสกลนคร", "v", 23, "13:20",
           "อ.เมืองสกลนคร รายงานจุดเสี่ยงริมหนองหาร 9 จุด จิตอาสา 85 คน ชูชีพ 60 ตัว ประสาน ปภ./อปพร. เรียบร้อยค่ะ", photos=2)
    answer(c, "O2", "สว่างแดนดิน", "x", 23, "13:35",
           "สว่างแดนดิน: งานลอยกระทงหลักที่หนองหารน้อย/วัดพระธาตุเชิงชุม? ไม่ใช่ครับ ขอแก้ — จุดหลักที่ สนามกีฬาอำเภอ + ๑๖ ตำบล รวม ๑๗ จุด จิตอาสา ๑๕๐ คน")
    answer(c, "O2", "พังโคน", "d", 23, "14:02", "พังโคน ๘ จุด จิตอาสา ๖๔ คนครับ")
    answer(c, "O2", "กุดบาก", "v", 23, "14:10", "กุดบาก ตามภาพครับ จุดลอยกระทง ๔ จุด (ห้วยโท่ ห้วยโคก ริมอ่างฯ) จิตอาสา ๓๘ คน",
           photos=2, caption_last=True)
    order_like = c.say(23, "14:25", "P212",
          "ฝากทุกอำเภอ ส่งรายชื่อจิตอาสาที่ออกคืนลอยกระทง เป็นไฟล์ excel ให้สว่างฯ ด้วยครับ จะรวมส่งจังหวัดเอง ภายในพรุ่งนี้ 10 โมง",
          tags=[F("SKN-5P", "an order to all districts by the coordinating deputy of สว่างแดนดิน: orders here come from the provincial centre only")])
    c.say(23, "14:31", CEN, "อำเภอไม่ต้องส่งไปที่ สว่างฯ นะครับ รายงานในกลุ่มนี้ตามข้อสั่งการ ปจ.สน. เท่านั้น",
          tags=[N("the central account correcting a member's message: information, creates no duty")])
    ack(c, 23, "14:33", "P212", "ขออภัยครับ 🙏 ผมเข้าใจผิด", why="apology by the coordinating deputy: chat")
    c.say(23, "15:30", NU, "@นอภ.เมืองสกล วัชรพล ได้รับแล้วครับ 🙏\n@วีระ สีดา นอภ.โพนนาแก้ว @ปลัดชาญวิทย์ โพนนาแก้ว ยังรอข้อมูลจุดเสี่ยงริมหนองหารอยู่เด้อครับ ครบกำหนด ๑๖.๐๐ น.",
          tags=[N("reminder by @mention of O1 (no new duty, does not move the deadline)")])
    answer(c, "O2", "เมืองสกลนคร", "x", 23, "15:40", "เมืองสกลนคร จุดงานลอยกระทง 21 จุด (หลัก: สระพังทอง) จิตอาสา 230 คน ครับ", file="จุดลอยกระทง_อ.เมือง.xlsx")
    answer(c, "O2", "กุสุมาลย์", "c", 23, "16:10", "กุสุมาลย์ ๖ จุด จิตอาสา ๔๕ ครับ")
    answer(c, "O1", "โพนนาแก้ว", "d", 23, "17:05", "โพนนาแก้ว จุดเสี่ยงริมหนองหาร ๕ จุด จิตอาสา ๓๐ คน ชูชีพ ๑๘ ตัว ขออภัยที่ล่าช้าครับ ติดประชุมประชาคม",
           extra_note="after the 16:00 deadline: late")
    answer(c, "O2", "พรรณานิคม", "v", 23, "17:40", "พรรณานิคม จุดลอยกระทง ๑๒ จุด จิตอาสา ๑๐๘ คน ค่ะ")
    answer(c, "O2", "วาริชภูมิ", "d", 23, "18:20", "วาริชภูมิ 7 จุด จอส. 52 คน ครับผม")
    c.system(23, "19:05", "join", "ร้านผ้าห่มนวม ราคาส่ง สกล", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code")])
    c.say(23, "19:06", "ร้านผ้าห่มนวม ราคาส่ง สกล", "หน้าหนาวมาแล้ว ผ้าห่มนวมราคาส่ง ผืนละ 159 สั่ง 50 ผืนขึ้นไปส่งฟรีทั่วสกลนครค่า 📦", photos=2)
    c.system(23, "19:20", "remove", CEN, target="ร้านผ้าห่มนวม ราคาส่ง สกล", tags=[N("the central account removing the outsider: no new finding")])

    # ------------------------------------------------------------ Tuesday 24 (Loy Krathong)
    answer(c, "O2", "ภูพาน", "x", 24, "07:55", "ภูพาน ๕ จุด จิตอาสา ๔๐ คน ครับ (ปลัดเจษ รายงานแทน นอภ.)",
           extra_note="the newly invited deputy reporting for ภูพาน")
    answer(c, "O2", "เต่างอย", "v", 24, "08:20", "เต่างอย ๔ จุด จิตอาสา ๓๕ คน แม่นแล้วครับ")
    order(c, "O4", 24, "08:40", CEN,
          "ด่วน‼️ เช้านี้อุณหภูมิต่ำสุดหลายพื้นที่ลดลงต่ำกว่า ๑๖ องศา\nอำเภอที่ต่ำกว่า ๑๖ องศา ได้แก่\n- ส่องดาว\n- เต่างอย\n- ภูพาน\n- กุดบาก\n- วาริชภูมิ\n"
          "ขอให้ ๕ อำเภอข้างต้นสำรวจผู้สูงอายุ ผู้ป่วยติดเตียง เด็กเล็ก ที่ขาดเครื่องกันหนาว แล้วรายงานจำนวนคนและจำนวนผ้าห่มที่ต้องการ ก่อนเที่ยงพรุ่งนี้ครับ",
          ["ส่องดาว", "เต่างอย", "ภูพาน", "กุดบาก", "วาริชภูมิ"], dt(25, 12, 0), "สำรวจกลุ่มเปราะบางขาดเครื่องกันหนาว (อุณหภูมิ < ๑๖ °C)", photos=1,
          why="order of the central account naming five districts by a condition (below 16 °C) then listing them: allowed")
    ack(c, 24, "08:44", "P221", "รับทราบครับ")
    ack(c, 24, "08:45", "P272", "ทราบครับ ภูพานหนาวหลายแท้ครับ 🥶", why="acknowledgement with Isan chat by the coordinating deputy of ภูพาน: not the report")
    answer(c, "O2", "นิคมน้ำอูน", "d", 24, "09:10", "นิคมน้ำอูน ๓ จุด จิตอาสา ๒๗ คน ครับ (ขออภัยช้าครับ)",
           extra_note="before the Tuesday 12:00 deadline: on time despite the apology")
    answer(c, "O2", "เจริญศิลป์", "d", 24, "09:30", "เจริญศิลป์ 4 จุด จิตอาสา 33 คนค่ะ")
    answer(c, "O2", "บ้านม่วง", "d", 24, "09:42", "บ้านม่วง ๖ จุด ๕๐ คนครับ", photos=1)
    answer(c, "O2", "โคกศรีสุพรรณ", "c", 24, "10:05", "อ.โคกศรีสุพรรณ จุดลอยกระทง ๗ จุด (ริมหนองหาร ๒ จุด) จิตอาสา ๖๐ คน ครับ")
    c.say(24, "10:50", PAL, "อำเภอที่ยังไม่ได้รายงานจุดลอยกระทง\n@ศักดิ์ชัย นอภ.อากาศอำนวย\n@นอภ.คำตากล้า\n@นอภ.ส่องดาว 🌳\nครบกำหนด ๑๒.๐๐ น. วันนี้ เร่งรัดด้วยครับ",
          tags=[N("reminder of O2 by @mention (อำเภอที่ยังไม่ได้รายงาน, เร่งรัด): no new duty")])
    ack(c, 24, "10:52", "P181", "รับทราบครับ กำลังรวบรวม", why="acknowledgement of the reminder: not the report")
    order(c, "O5", 24, "13:15", PAL,
          "ช่วงนี้เกษตรกรเกี่ยวข้าวและตากข้าว ขอให้จิตอาสาพระราชทานทุกอำเภอ ยกเว้น อ.เมืองสกลนคร (ออกหน่วยไปแล้วเมื่อสัปดาห์ก่อน) "
          "ออกช่วยเกษตรกรเก็บเกี่ยว/ขนข้าว/จัดลานตากข้าวอย่างน้อย ๑ จุด แล้วส่งภาพกิจกรรมในกลุ่มนี้ภายใน ๒๔ ชม.",
          [d for d in ALL if d != "เมืองสกลนคร"], dt(25, 13, 15), "จิตอาสาช่วยเกษตรกรเก็บเกี่ยว/ลานตากข้าว (ภาพ)",
          why="the palad's order to all districts except one (ยกเว้น อ.เมืองสกลนคร): allowed; asks for photos")
    answer(c, "O2", "ส่องดาว", "c", 24, "13:40", "ส่องดาว ๕ จุด จิตอาสา ๔๔ คนครับ", name_override="\u2068นอภ.ส่องดาว 🌳\u2069",
           extra_note="sender name wrapped in bidi isolate marks (U+2068/U+2069); after the 12:00 deadline: late")
    answer(c, "O5", "กุดบาก", "v", 24, "14:30", None, photos=3)
    answer(c, "O2", "คำตากล้า", "d", 24, "15:10", "คำตากล้า ๔ จุด จิตอาสา ๓๒ คน ครับ", extra_note="after the 12:00 deadline: late")
    answer(c, "O5", "วาริชภูมิ", "v", 24, "15:45", "วาริชภูมิ จิตอาสาช่วยยายสีดา เกี่ยวข้าว บ้านหนองลาด ๒ ไร่ ค่ะ", photos=2)
    answer(c, "O4", "ภูพาน", "d", 24, "16:20", "ภูพาน สำรวจแล้ว ผู้สูงอายุ ๑๒๒ ราย ติดเตียง ๙ ราย เด็กเล็ก ๔๐ ราย ต้องการผ้าห่ม ๑๗๐ ผืนครับ")
    answer(c, "O5", "นิคมน้ำอูน", "d", 24, "16:50", "นิคมน้ำอูน ช่วยขนข้าวขึ้นลานตาก บ้านหนองบัว ครับ", photos=2,
           extra_note="a person with two roles")
    c.say(24, "17:30", NU, "คืนนี้ลอยกระทง ขอให้จิตอาสาทุกจุดใส่เสื้อชูชีพ ดูแลเด็กใกล้น้ำ งดจุดพลุ/โคมลอยใกล้ชุมชน ขอให้ปลอดภัยทุกคนครับ 🙏🏮 (ไม่ต้องรายงานครับ)",
          tags=[N("safety message with ไม่ต้องรายงาน: no duty")])
    ack(c, 24, "17:33", "P153", "🙏")
    ack(c, 24, "17:34", "P243", sticker=True)
    answer(c, "O5", "ส่องดาว", "d", 24, "17:50", None, photos=3)
    c.say(24, "21:40", "P102", "เมืองสกลนคร รายงานเหตุ: มีเด็กพลัดหลงที่สระพังทอง ๑ ราย จิตอาสาพบผู้ปกครองแล้ว ปลอดภัยครับ",
          tags=[N("incident notice by the coordinating deputy of เมืองสกลนคร: a district report, no order asks it")])
    ack(c, 24, "21:45", NU, "👍 ขอบคุณครับ", why="the province-level volunteer officer's thanks: chat")

    # ------------------------------------------------------------ Wednesday 25
    answer(c, "O5", "พังโคน", "v", 25, "07:30", "พังโคน จิตอาสาจัดลานตากข้าว บ้านนาเหมือง ค่ะ", photos=2)
    answer(c, "O4", "ส่องดาว", "v", 25, "07:55", "ส่องดาว กลุ่มเปราะบาง ๒๐๔ ราย ต้องการผ้าห่ม ๒๒๐ ผืน ค่ะ", file="สำรวจกันหนาว_ส่องดาว.pdf")
    answer(c, "O5", "วานรนิวาส", "x", 25, "08:05", "วานรฯ จิตอาสาช่วยเกี่ยวข้าว ต.คอนสวรรค์ ครับ", photos=3)
    answer(c, "O4", "กุดบาก", "c", 25, "08:40", "กุดบาก ผส. ๘๘ ติดเตียง ๖ เด็ก ๒๕ รวมต้องการผ้าห่ม ๑๑๙ ผืน ครับ")
    answer(c, "O5", "เต่างอย", "v", 25, "09:00", None, photos=2)
    answer(c, "O5", "คำตากล้า", "v", 25, "09:12", "คำตากล้า จอส. ช่วยตากข้าว บ้านแพด ค่ะ", photos=2, caption_last=True)
    order(c, "O7", 25, "10:00", PAL,
          "เรื่อง การเผาตอซังฟางข้าว/ฝุ่น PM2.5\nอำเภอที่มีจุดความร้อน (hotspot) ในรอบ ๒๔ ชม.ที่ผ่านมา ตามภาพแนบ ได้แก่ พรรณานิคม สว่างแดนดิน วานรนิวาส อากาศอำนวย "
          "ให้จัดจิตอาสาร่วมกับผู้ใหญ่บ้านเข้าพื้นที่ รณรงค์ไม่เผา/ไถกลบตอซัง แล้วรายงานจำนวนหมู่บ้านที่ลงพื้นที่ + จำนวนจุดที่ดับ ภายในเวลา ๑๕.๓๐ น. วันนี้",
          ["พรรณานิคม", "สว่างแดนดิน", "วานรนิวาส", "อากาศอำนวย"], dt(25, 15, 30), "รณรงค์ไม่เผาตอซังในพื้นที่ hotspot", photos=2,
          why="the palad's order naming four districts by a condition (hotspots) then listing them: allowed")
    ack(c, 25, "10:03", "P131", "รับทราบครับ")
    ack(c, 25, "10:05", "P201", "รับทราบครับ ได้สั่งปลัดตำบลลงพื้นที่แล้ว")
    answer(c, "O5", "พรรณานิคม", "v", 25, "10:20", "พรรณาฯ ส่งภาพช่วยเกษตรกรเกี่ยวข้าว บ้านดอนเขือง ค่ะ (งานลานตากข้าว)", photos=2,
           extra_note="sent while O7 is open for the same district: it shows harvest help, so it answers O5, not O7")
    c.say(25, "10:30", "P272", "ภูพานส่งแล้วเมื่อวานนะครับ 🙏", tags=[N("a note that ภูพาน had already reported O4 (Tuesday 16:20): not a second answer")])
    answer(c, "O5", "อากาศอำนวย", "v", 25, "11:05", "อากาศอำนวย จิตอาสาช่วยขนข้าวเปลือก ต.สามัคคีพัฒนา", photos=2)
    answer(c, "O5", "ภูพาน", "x", 25, "11:40", None, photos=2)
    answer(c, "O5", "โพนนาแก้ว", "v", 25, "12:10", "โพนนาแก้ว ลานตากข้าวชุมชน บ้านเชียงสือ ค่ะ", photos=1)
    c.say(25, "12:15", CEN, "O4 ครบกำหนดเที่ยงนี้แล้ว ยังขาด @ไพศาล นอภ.เต่างอย @สมศักดิ์ ภูผาลา (วาริชภูมิ) นะครับ",
          tags=[N("reminder by @mention of O4 after its deadline: no new duty")])
    answer(c, "O5", "กุสุมาลย์", "d", 25, "12:40", "กุสุมาลย์ช่วยเกี่ยวข้าว บ้านโพธิ์ไพศาล ครับ", photos=2)
    answer(c, "O5", "สว่างแดนดิน", "x1", 25, "13:00", None, photos=3)
    answer(c, "O7", "สว่างแดนดิน", "d", 25, "13:25", "สว่างแดนดิน ลงพื้นที่รณรงค์ไม่เผา ๑๑ หมู่บ้าน ดับไฟ ๒ จุด ครับ",
           extra_note="hotspot figures: answers O7 (the photos at 13:00 answered O5)")
    answer(c, "O7", "วานรนิวาส", "d", 25, "13:50", "วานรนิวาส รณรงค์ไม่เผา 8 หมู่บ้าน จุดที่ดับ 1 จุด (ไถกลบแทน) ครับ")
    answer(c, "O4", "เต่างอย", "d", 25, "14:05", "เต่างอย สำรวจเสร็จครับ ผส. ๑๓๐ ติดเตียง ๑๑ เด็กเล็ก ๔๒ ต้องการผ้าห่ม ๑๘๓ ผืน ขออภัยที่ช้าครับ",
           extra_note="after the Wednesday 12:00 deadline: late")
    answer(c, "O7", "พรรณานิคม", "d", 25, "14:40", "พรรณาฯ ลงพื้นที่ ๖ หมู่บ้าน ไม่พบการเผาเพิ่ม จุดเดิมดับแล้ว ๓ จุด", photos=2)
    c.system(25, "15:00", "invite", "P103", target="P016",
             tags=[F("SKN-5", "the invitee is an agency head (ศธจ.), not admitted to ศอ.จอส.จว.สน.", "ศธจ.สน. พรทิพย์"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "ศธจ.สน. พรทิพย์"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "ศศิธร จอส.อ.เมืองสกลนคร")])
    answer(c, "O5", "บ้านม่วง", "v", 25, "16:30", "บ้านม่วง ช่วยเกี่ยวข้าวแปลงนาผู้พิการ บ้านหนองกวั่ง ครับ", photos=2,
           extra_note="after the 13:15 deadline: late")
    answer(c, "O7", "อากาศอำนวย", "v", 25, "17:45", "อากาศอำนวย รณรงค์ไม่เผา ๙ หมู่บ้าน ดับ ๒ จุดค่ะ", extra_note="after the 15:30 deadline: late")
    c.say(25, "18:10", "P016", "ศธจ.สน. รายงานผลโรงเรียนในสังกัดร่วมลอยกระทงปลอดภัย งดโฟม ๑๐๐% ค่ะ", photos=2,
          tags=[F("SKN-5P", "a report posted by an agency head, who is not one of a district's people")])
    c.system(25, "18:30", "remove", PAL, target="P016", tags=[N("the palad removing the agency head: no new finding")])
    order(c, "O8", 25, "14:00", CEN,
          "เงินช่วยเหลือผู้ประสบอุทกภัย (ช่วงน้ำท่วม ก.ย.-ต.ค.) จะปิดการจ่ายสิ้นเดือนนี้\nอำเภอที่ยังมีครัวเรือนที่ยังไม่ได้รับเงิน ตามบัญชีของ ปภ. คือ นิคมน้ำอูน วาริชภูมิ พังโคน\n"
          "ขอให้จิตอาสาช่วยติดตามตัวครัวเรือนแล้วรายงานจำนวนที่ยังไม่ได้รับ พรุ่งนี้เช้า ๐๙.๓๐ น.",
          ["นิคมน้ำอูน", "วาริชภูมิ", "พังโคน"], dt(26, 9, 30), "ครัวเรือนที่ยังไม่ได้รับเงินช่วยเหลืออุทกภัย", file_first=True,
          file="หนังสือ ปภ. เร่งรัดการจ่ายเงินช่วยเหลือ.pdf",
          why="order of the central account naming three districts by a condition (households still unpaid), PDF first: allowed")
    ack(c, 25, "20:10", "P142", "รับทราบครับ")
    answer(c, "O8", "พังโคน", "d", 25, "20:15", "พังโคน ยังไม่ได้รับ ๗ ครัวเรือน ติดตามตัวได้ ๕ แล้วครับ",
           extra_note="unpaid flood households: answers O8")
    answer(c, "O5", "เจริญศิลป์", "d", 26, "08:10", "เจริญศิลป์ ช่วยตากข้าวลานวัด บ้านโคกสีลาค่ะ", photos=2,
           extra_note="after the Wednesday 13:15 deadline: late")
    # O6: Loy Krathong results (Wednesday 08:30)
    order(c, "O6", 25, "08:30", NU,
          "ขอบคุณทุกอำเภอที่ดูแลงานลอยกระทงเมื่อคืนครับ 🙏\nขอให้ทุกอำเภอรายงานผลการปฏิบัติของจิตอาสาช่วงลอยกระทง (จำนวนจิตอาสาที่ออกจริง เหตุที่เกิด/ช่วยเหลือ ปริมาณกระทงที่เก็บได้) "
          "ภายในวันที่ ๒๖ พ.ย. ๖๙ ครับ",
          ALL, dt(26, 23, 59, 59), "ผลการปฏิบัติของจิตอาสาช่วงลอยกระทง", photos=0,
          why="order of the province-level volunteer officer to all districts: allowed")
    ack(c, 25, "08:33", "P241", "รับทราบครับ", name="นอภ.โคกศรีสุพรรณ ณัฐวุฒิ 🌾",
        why="the district chief of โคกศรีสุพรรณ under the name he took on Tuesday (both names on the roster): admitted")
    ack(c, 25, "08:34", "P173", "ทราบค่ะ")
    ack(c, 25, "08:35", "P222", sticker=True)
    O6 = [("เมืองสกลนคร", "v", 25, "11:30", "เมืองสกลฯ จิตอาสาออกจริง ๒๔๑ คน เด็กพลัดหลง ๑ ราย (พบผู้ปกครองแล้ว) กระทง ๘,๔๐๐ ใบ", 2),
          ("โพนนาแก้ว", "d", 25, "13:40", "โพนนาแก้ว จอส. ๓๓ คน ไม่มีเหตุ กระทงเก็บได้ ๙๒๐ ใบ ครับ", 0),
          ("ภูพาน", "c", 25, "15:05", "ภูพาน ออกจริง ๓๘ คน ไม่มีเหตุ กระทง ๔๕๐ ใบ", 0),
          ("กุดบาก", "v", 25, "16:00", "กุดบาก ๓๖ คน เหตุไม่มี กระทง ๓๑๐ ใบ เด้อค่ะ", 1),
          ("วาริชภูมิ", "x", 25, "16:45", None, 0),
          ("พังโคน", "x", 25, "19:20", "พังโคน จอส.ออก ๖๐ คน มีคนเมาตกน้ำ ๑ ราย ช่วยขึ้นได้ ปลอดภัย กระทง ๑,๒๐๐ ใบ", 2),
          ("เจริญศิลป์", "d", 26, "08:40", "เจริญศิลป์ จิตอาสา ๓๑ คน ไม่มีเหตุค่ะ กระทง ๒๘๐ ใบ", 0),
          ("นิคมน้ำอูน", "d", 26, "09:50", "นิคมน้ำอูน ออก ๒๕ คน ไม่มีเหตุ กระทง ๒๐๐ ใบ", 0),
          ("วานรนิวาส", "v", 26, "10:15", "วานรนิวาส จิตอาสา ๑๒๐ คน เหตุทะเลาะวิวาท ๑ ครั้ง ตำรวจระงับได้ กระทง ๓,๑๐๐ ใบค่ะ", 3),
          ("เต่างอย", "c", 26, "11:00", "เต่างอย ๓๔ คน ไม่มีเหตุครับ กระทง ๕๒๐ ใบ", 0),
          ("สว่างแดนดิน", "v", 26, "13:05", "สว่างฯ ออกจริง ๑๔๗ คน พลุไฟไหม้หญ้าข้างสนาม ๑ จุด ดับได้ กระทง ๔,๐๐๐ ใบ", 2),
          ("บ้านม่วง", "d", 26, "14:20", "บ้านม่วงจิตอาสา ๔๘ คน บ่มีเหตุครับ กระทง ๖๐๐ ใบ", 0),
          ("คำตากล้า", "v", 26, "15:35", "คำตากล้า ๓๐ คน ไม่มีเหตุ กระทง ๒๕๐ ใบค่ะ", 1),
          ("ส่องดาว", "v", 26, "16:10", "ส่องดาว ๔๑ คน ไม่มีเหตุ", 0),
          ("โคกศรีสุพรรณ", "x", 26, "17:30", "โคกศรีฯ จอส. ๕๘ คน ริมหนองหาร ๒ จุด เรียบร้อย กระทง ๑,๐๕๐ ใบครับ", 0),
          ("อากาศอำนวย", "d", 26, "21:50", "อากาศอำนวย จิตอาสา ๔๐ คน ไม่มีเหตุ กระทง ๓๖๐ ใบ ครับ (ส่งดึกขออภัยครับ)", 0),
          ("พรรณานิคม", "v", 27, "09:20", "พรรณาฯ ออกจริง ๑๐๒ คน ไม่มีเหตุค่ะ กระทง ๑,๘๐๐ ใบ ขอโทษที่ล่าช้าค่ะ", 0)]
    for d, w, day, hm, text, ph in O6:
        if text is None:
            answer(c, "O6", d, "d", day, hm, "วาริชภูมิ รายงานผลลอยกระทง (๑/๒) จิตอาสาออกปฏิบัติ ๕๐ คน",
                   pieces=["(๒/๒) ไม่มีเหตุร้าย เก็บกระทงได้ ๔๓๐ ใบ ครับ"])
            continue
        note = ""
        if day == 26 and hm == "21:50":
            note = "late at night on the last day (deadline runs to the end of Thursday 26): on time"
        if day == 27:
            note = "after the end of Thursday 26: late"
        answer(c, "O6", d, w, day, hm, text, photos=ph, extra_note=note)

    # ------------------------------------------------------------ Thursday 26
    answer(c, "O8", "นิคมน้ำอูน", "d", 26, "07:50", "นิคมน้ำอูน ครัวเรือนยังไม่ได้รับเงินน้ำท่วม ๑๒ ครัวเรือน (บัญชีธนาคารปิด ๘, ย้ายที่อยู่ ๔) ครับ",
           extra_note="a person with two roles; unpaid flood households: answers O8")
    order(c, "O9", 26, "09:00", PAL,
          "แผนปฏิบัติการช่วยเหลือผู้ประสบภัยหนาว จังหวัดสกลนคร ปี ๒๕๖๙/๗๐ เริ่มแล้ว ตามไฟล์แนบ\nให้ทุกอำเภอจัดชุดจิตอาสาพระราชทานแจกผ้าห่ม/ดูแลกลุ่มเปราะบาง "
          "และรายงานรายชื่อชุดปฏิบัติการ (หัวหน้าชุด เบอร์โทร จำนวนคน) ภายใน ๓ วัน", ALL, dt(30, 23, 59, 59),
          "ชุดปฏิบัติการจิตอาสาตามแผนช่วยเหลือผู้ประสบภัยหนาว", file="แผนช่วยเหลือผู้ประสบภัยหนาว_สน_6970.pdf",
          why="the palad's order to all districts with the plan attached: allowed; its deadline (Monday 30 Nov) falls after the log ends")
    for d, w, hm in [("กุสุมาลย์", "c", "09:04"), ("ส่องดาว", "d", "09:05"), ("บ้านม่วง", "v", "09:06"), ("คำตากล้า", "c", "09:08")]:
        ack(c, 26, hm, who(d, w), pick("b" + d, ["รับทราบครับ", "ทราบครับผม", "รับทราบค่ะ", "ฮับทราบครับ"]))
    c.say(26, "09:10", "ปลัดต้น", "รับทราบครับ จะรวบรวมชุดปฏิบัติการให้ครับ",
          tags=[N("display name ปลัดต้น fits two roster people (deputies of พรรณานิคม and บ้านม่วง): ambiguous, never judged; answers no duty")])
    answer(c, "O8", "วาริชภูมิ", "v", 26, "11:15", "วาริชภูมิ ยังไม่ได้รับเงินช่วยเหลือ ๙ ครัวเรือน ติดตามแล้ว ๖ ค่ะ",
           extra_note="after the 09:30 deadline: late; unpaid flood households, not cold-spell figures (O4)")
    answer(c, "O9", "ภูพาน", "d", 26, "11:40", "ภูพาน ชุดปฏิบัติการกันหนาว ๓ ชุด (หน.ชุด ปลัดอภิชาติ 08x-xxx-1234) รวม ๒๗ คน",
           file="ชุดจิตอาสาภัยหนาว_ภูพาน.xlsx", extra_note="team list for the winter plan: answers O9, not O4 (cold-spell survey, already answered)")
    order(c, "O10", 26, "13:30", NU,
          "เรื่องฝุ่น PM2.5 เกินมาตรฐานทั้งจังหวัด\nทุกอำเภอ ให้จิตอาสาพระราชทานร่วมรณรงค์ \"ไม่เผา\" ในหมู่บ้าน แจกหน้ากากอนามัยให้กลุ่มเปราะบาง แล้วรายงานจำนวนหมู่บ้าน/จำนวนหน้ากากที่แจก พร้อมภาพ "
          "ภายในวันพรุ่งนี้ (๒๗ พ.ย.) เวลา 12.00 น.", ALL, dt(27, 12, 0), "รณรงค์ไม่เผาและแจกหน้ากาก PM2.5 (ทุกอำเภอ)", photos=2,
          why="order of the province-level volunteer officer to all districts (PM2.5): allowed; distinct from O7 (hotspot districts only)")
    ack(c, 26, "13:33", "P211", "รับทราบครับ")
    ack(c, 26, "13:34", "P183", "👍")
    answer(c, "O9", "วานรนิวาส", "x", 26, "14:30", "วานรนิวาส ชุดปฏิบัติการภัยหนาว ๕ ชุด ๔๐ คน ตามไฟล์ครับ", file="ชุดภัยหนาว_วานรฯ.pdf")
    answer(c, "O10", "กุดบาก", "v", 26, "15:10", "กุดบาก แจกหน้ากาก ๕๐๐ ชิ้น ๘ หมู่บ้าน ค่ะ", photos=2)
    c.say(26, "16:00", CEN, "ย้ำ O6 ผลลอยกระทง ครบกำหนดสิ้นวันนี้ (๒๖ พ.ย.) อำเภอที่ยังไม่ส่ง: กุสุมาลย์ พรรณานิคม อากาศอำนวย",
          tags=[N("reminder of O6 (ย้ำ, อำเภอที่ยังไม่ส่ง): no new duty")])
    answer(c, "O10", "เมืองสกลนคร", "x1", 26, "16:20", "เมืองสกลฯ รณรงค์ไม่เผา ๑๘ ชุมชน แจกหน้ากาก ๒,๐๐๐ ชิ้น", photos=3)
    answer(c, "O10", "ส่องดาว", "d", 26, "16:45", "ส่องดาว รณรงค์ไม่เผา ๖ หมู่บ้าน แจกหน้ากาก ๓๐๐ ชิ้นครับ", photos=3)
    answer(c, "O9", "เมืองสกลนคร", "d", 26, "17:10", "อ.เมืองสกลนคร ส่งรายชื่อชุดปฏิบัติการภัยหนาว ๖ ชุด ครับ", file="ทีมภัยหนาว_อ.เมือง.xlsx")
    answer(c, "O10", "พังโคน", "v", 26, "17:40", "พังโคน แจกหน้ากาก ๘๐๐ ชิ้น ๑๒ หมู่บ้าน", photos=2, caption_last=True)
    c.say(26, "18:30", "P211", "ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสาที่เด่นที่สุดของสัปดาห์ ๑ ภาพ มาที่กลุ่มนี้ภายในพรุ่งนี้เย็น จะทำสรุปเสนอท่านผู้ว่าฯ ครับ",
          tags=[F("SKN-5P", "an order to all districts by the district chief of สว่างแดนดิน: orders here come from the provincial centre only")])
    answer(c, "O10", "วาริชภูมิ", "d", 26, "19:00", "วาริชภูมิ รณรงค์ ๑๐ หมู่บ้าน หน้ากาก ๖๐๐ ชิ้น ครับ", photos=1)
    c.system(26, "19:30", "leave", "P105", tags=[N("an admitted member (deputy of เมืองสกลนคร) leaving: no finding")])
    # ------------------------------------------------------------ Friday 27
    answer(c, "O10", "เต่างอย", "v", 27, "07:40", "เต่างอย แจกหน้ากาก ๔๕๐ ชิ้น ๙ หมู่บ้านครับ", photos=2)
    answer(c, "O10", "คำตากล้า", "d", 27, "08:00", "คำตากล้า ๗ หมู่บ้าน ๓๐๐ ชิ้นครับ บ่เผาแล้วเด้อ", photos=1)
    c.system(27, "08:10", "invite", "P103", target="P105", tags=[N("the deputy of เมืองสกลนคร who left on Thursday is added back: admitted")])
    ack(c, 27, "08:12", "P105", "ขอบคุณค่ะ เผลอกดออก 😅", why="the returning deputy of เมืองสกลนคร: admitted")
    order(c, "O11", 27, "08:45", CEN,
          "คืนนี้-พรุ่งนี้เช้า อุตุฯ เตือนอุณหภูมิบนเทือกเขาภูพานลดลงเหลือ ๘-๑๐ องศา\nอำเภอในแนวเทือกเขาภูพาน คือ ภูพาน กุดบาก ส่องดาว "
          "ให้จัดจิตอาสาเยี่ยมบ้านผู้สูงอายุที่อยู่ลำพังบนดอย แล้วรายงานจำนวนหลังที่เยี่ยม ภายในวันนี้ครับ",
          ["ภูพาน", "กุดบาก", "ส่องดาว"], dt(27, 23, 59, 59), "เยี่ยมผู้สูงอายุลำพังบนเทือกเขาภูพาน",
          why="order of the central account naming three districts by a condition (the Phu Phan range) then listing them: allowed")
    for d, w, day, hm, t, ph in [("กุสุมาลย์", "v", 27, "09:00", "กุสุมาลย์ แจกหน้ากาก ๔๐๐ ชิ้น ๖ หมู่บ้านค่ะ", 2),
                                  ("บ้านม่วง", "v", 27, "09:30", "บ้านม่วง ๘ หมู่บ้าน หน้ากาก ๕๐๐", 2),
                                  ("อากาศอำนวย", "v", 27, "09:45", "อากาศฯ รณรงค์ไม่เผาทุกหมู่บ้าน (๑๐๒ หมู่) แจกหน้ากาก ๙๐๐ ชิ้นค่ะ", 1),
                                  ("สว่างแดนดิน", "x", 27, "10:00", "สว่างแดนดิน แจกหน้ากาก ๑,๕๐๐ ชิ้น ๒๐ หมู่บ้าน", 3),
                                  ("วานรนิวาส", "x1", 27, "10:20", "วานรฯ ๑๕ หมู่บ้าน ๑,๒๐๐ ชิ้น", 2),
                                  ("โคกศรีสุพรรณ", "d", 27, "10:40", "โคกศรีฯ ๙ หมู่บ้าน ๕๕๐ ชิ้น ครับ", 1),
                                  ("พรรณานิคม", "d", 27, "11:05", "พรรณาฯ รณรงค์ ๑๑ หมู่บ้าน หน้ากาก ๗๐๐ ชิ้น", 2),
                                  ("เจริญศิลป์", "v", 27, "11:30", "เจริญศิลป์ ๕ หมู่บ้าน หน้ากาก ๓๐๐ ค่ะ", 1),
                                  ("นิคมน้ำอูน", "d", 27, "13:30", "นิคมน้ำอูน แจก ๒๕๐ ชิ้น ๔ หมู่บ้าน ขออภัยล่าช้าครับ", 1),
                                  ("โพนนาแก้ว", "c", 27, "14:10", "โพนนาแก้ว รณรงค์ไม่เผา ๗ หมู่บ้าน หน้ากาก ๓๕๐ ชิ้นครับ", 2)]:
        note = "after the Friday 12:00 deadline: late" if hm > "12:00" else ""
        answer(c, "O10", d, w, day, hm, t, photos=ph, extra_note=note)
    c.say(27, "12:05", NU, "O10 เลยกำหนดแล้ว ยังขาด @ปลัดอภิชาติ ภูพาน @ปลัดจักร นิคมน้ำอูน @วีระ สีดา นอภ.โพนนาแก้ว ครับ",
          tags=[N("reminder by @mention of O10 after its deadline: no new duty")])
    answer(c, "O11", "กุดบาก", "d", 27, "15:20", "กุดบาก เยี่ยมผู้สูงอายุอยู่ลำพัง ๒๒ หลัง มอบผ้าห่มแล้วครับ", photos=2,
           extra_note="visits on the range: answers O11, not O10 (masks) which กุดบาก already answered")
    c.system(27, "15:40", "invite", "P273", target="Mai ประกันภัยรถ", tags=[F("OUTSIDER", "not on the roster; added by ประสิทธิ์ จอส.ภูพาน (district volunteer officer of ภูพาน)")])
    c.say(27, "15:42", "Mai ประกันภัยรถ", "สวัสดีค่ะ ประกันรถ ชั้น 1 ลด 30% สำหรับข้าราชการ ทักได้เลยค่ะ 🚗")
    c.system(27, "15:50", "remove", NU, target="Mai ประกันภัยรถ", tags=[N("the province-level volunteer officer removing the outsider: no new finding")])
    c.system(27, "16:05", "join", "P024", tags=[F("SKN-5", "a clerk of the provincial health office (role staff) joining by link: not admitted to ศอ.จอส.จว.สน.")])
    answer(c, "O9", "กุดบาก", "v", 27, "16:30", "กุดบาก ชุดภัยหนาว ๒ ชุด ๑๘ คน ตามไฟล์ค่ะ", file="ทีมภัยหนาว_กุดบาก.xlsx")
    answer(c, "O9", "พังโคน", "c", 27, "17:00", "พังโคน ส่งรายชื่อชุดปฏิบัติการภัยหนาวแล้วครับ ๔ ชุด ๓๒ คน")
    answer(c, "O11", "ส่องดาว", "v", 27, "19:40", "ส่องดาว เยี่ยมผู้สูงอายุบนภู ๑๕ หลัง แจกผ้าห่ม ๑๕ ผืน ค่ะ", photos=2)
    answer(c, "O9", "เต่างอย", "d", 27, "20:10", "เต่างอย ชุดภัยหนาว ๓ ชุด ๒๔ คน ครับ", file="ชุดภัยหนาว_เต่างอย.xlsx")
    c.say(27, "20:30", NU, "ขอบคุณทุกอำเภอครับ สัปดาห์นี้เหนื่อยหลาย พักผ่อนเด้อครับ 🙏", tags=[N("thanks (ขอบคุณทุกอำเภอ): chat")])
    c.say(27, "20:31", "P123", "ผิดกลุ่มค่ะ", tags=[N("a district volunteer's message, then unsent: chat")])
    c.system(27, "20:31", "unsend", "P123", tags=[N("unsend notice: the message is gone")])
    ack(c, 27, "21:30", "P101", sticker=True, why="closing sticker by a district chief: chat")
    return c
