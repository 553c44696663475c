"""ศอ.จอส.จว.สน. — the week's orders, answers, reminders and chat."""
import random
import datetime

from frame import Chat, th, when, F, N, A, CHIEF, COORD, VOL, DEP, PEOPLE, DISTRICTS

R = random.Random(2609)
S = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
PALAD, BAT, KAN = "P005", "P009", "P010"
FLOOD = ["เมืองสกลนคร", "โพนนาแก้ว", "อากาศอำนวย", "วานรนิวาส", "บ้านม่วง", "คำตากล้า", "พังโคน", "พรรณานิคม"]
SONG = ["บ้านม่วง", "วานรนิวาส", "อากาศอำนวย", "คำตากล้า"]
NO_LEPTO = ["ภูพาน", "กุดบาก", "ส่องดาว"]
SH = {"เมืองสกลนคร": "เมืองสกลฯ", "พรรณานิคม": "พรรณาฯ", "วานรนิวาส": "วานรฯ", "โคกศรีสุพรรณ": "โคกศรีฯ",
      "สว่างแดนดิน": "สว่างฯ", "อากาศอำนวย": "อากาศฯ", "นิคมน้ำอูน": "นิคมฯ", "วาริชภูมิ": "วาริชฯ"}

# orders with duties: key -> facts (deadline as worked out by hand in TRUTH.md)
ORDERS = {}


def order(key, label, deadline, districts, how, scope):
    ORDERS[key] = dict(label=label, deadline=deadline, districts=districts, how=how, scope=scope)


def who(d, r):
    if r == "c":
        return CHIEF[d]
    if r == "d":
        return COORD[d]
    if r == "v":
        return VOL[d]
    return DEP[d][0]


def sh(d):
    return SH.get(d, d)


def num(lo, hi, thai=None):
    v = R.randint(lo, hi)
    if thai is None:
        thai = R.random() < 0.45
    return th(v) if thai else str(v)


ACKS = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับ", "รับทราบครับผม 🙏", "รับทราบ ดำเนินการครับ", "ฮับทราบครับ",
        "รับทราบค่ะ 🙏🙏", "👍", "🙏", "รับทราบคับ", "ทราบแล้วครับท่าน", "รับทราบเด้อครับ", "รับทาบครับ",
        "รับทราบ จะรีบรายงานครับ", "รับทราบค่ะ จะแจ้งทีมจิตอาสาในพื้นที่ค่ะ"]


def acks(day, start, who_list, order_key=None, step=2):
    h, m = map(int, start.split(":"))
    t = datetime.datetime(2026, 9, day, h, m)
    for i, p in enumerate(who_list):
        hm = t.strftime("%H:%M")
        if isinstance(p, tuple):
            p, kind = p
        else:
            kind = "text" if R.random() < 0.7 else "sticker"
        rep = order_key if (order_key and R.random() < 0.3) else None
        why = ("acknowledgement by a district person in ศอ.จอส.จว.สน.: neither an order nor a report; "
               "no posting rule forbids it")
        if PEOPLE[p].district == "":
            why = "acknowledgement by the provincial centre's own staff: allowed"
        if kind == "sticker":
            S.sticker(day, hm, p, reply=rep, tags=[N("sticker acknowledgement by a district person: allowed in ศอ.จอส.จว.สน. (not an order, not a report)")] if R.random() < 0.5 else [])
        else:
            S.say(day, hm, p, R.choice(ACKS), reply=rep, tags=[N(why)] if R.random() < 0.6 else [])
        t += datetime.timedelta(minutes=R.choice([1, 1, 2, 3]) * step)


def nm_report(d, r):
    role = {"c": "the district chief", "d": "the coordinating deputy", "v": "the district volunteer officer",
            "x": "a deputy district chief"}[r]
    if d == "นิคมน้ำอูน" and r in ("d", "v"):
        role = "the two-role coordinating deputy and volunteer officer"
    return f"report by {role} of {d} on the district's behalf: a district person, allowed (not SKN-5P)"


def answer(key, d, day, hm, r, text, photos=0, caption_last=False, extra_tags=(), reply=None, also=()):
    tags = [A(key, d)] + [A(k, d) for k in also] + list(extra_tags)
    if True:
        tags.append(N(nm_report(d, r)))
    return S.say(day, hm, who(d, r), text, photos=photos, caption_last=caption_last, tags=tags, reply=reply)


def build():
    # ---------------------------------------------------------------- Monday 7 September
    S.say(7, "06:35", BAT, "อรุณสวัสดิ์วันจันทร์ครับ 🌧️ ฝนตกต่อเนื่องทั้งคืน ระดับน้ำสงครามที่ อ.อากาศอำนวย ขึ้นอีก ๓๒ ซม. ทุกอำเภอเฝ้าระวังด้วยนะครับ",
          photos=1, tags=[N("the provincial volunteer officer's morning notice: information, not an order with a report")])
    S.say(7, "06:41", "P211", "สวัสดีครับ ☔")
    S.sticker(7, "06:44", VOL["ภูพาน"])
    S.say(7, "06:50", VOL["คำตากล้า"], "สวัสดีค่ะ คำตากล้าฝนตกหนักมากค่ะเมื่อคืน ถนนเข้าบ้านโนนแสงน้ำเริ่มท่วมผิวจราจรแล้วค่ะ")
    S.say(7, "07:02", "P027", "สู้ๆ นะลูกหลานทุกคน ลุงเคยผ่านน้ำปี ๕๐ มาแล้ว ปีนี้ดูท่าจะหนักกว่า ดูแลตัวเองด้วย 🙏",
          tags=[F("SKN-5", "a retired former district chief in ศอ.จอส.จว.สน. (members: palad, district chiefs, deputies, volunteer officers); first post", "ลุงเสริม อดีตนอภ.วานรฯ")])
    S.say(7, "07:30", KAN, "แจ้งเพื่อทราบค่ะ\nกรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมาก ฉบับที่ ๘ ช่วง ๗-๑๐ ก.ย. ๒๕๖๙ พื้นที่จังหวัดสกลนครอยู่ในเขตเฝ้าระวัง\n(ไม่ต้องรายงานค่ะ)",
          photos=2, key="info1", tags=[N("information-only post (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")])
    S.sticker(7, "07:33", COORD["กุดบาก"])
    S.say(7, "07:36", VOL["เจริญศิลป์"], "รับทราบครับ")
    # O1
    S.say(7, "08:40", PALAD,
          "เรียน นายอำเภอทุกอำเภอ\nด้วยสถานการณ์อุทกภัยจากฝนตกต่อเนื่อง ระดับน้ำในแม่น้ำสงคราม ลำน้ำอูน และหนองหาร สูงขึ้นอย่างต่อเนื่อง "
          "จึงขอให้ ศอ.จอส.อ. ทุกอำเภอ รายงานสถานการณ์น้ำในพื้นที่ พร้อมความพร้อมของกระสอบทราย เรือ และจำนวนจิตอาสาพระราชทานที่พร้อมปฏิบัติงาน "
          "ทางกลุ่มไลน์นี้ ภายในเวลา ๑๖.๓๐ น. วันนี้\nปลัดจังหวัดสกลนคร\nหัวหน้า ศอ.จอส.จว.สน.",
          key="O1", tags=[N("order of the provincial palad (the provincial centre) to all districts: allowed; creates duties (O1)")])
    S.say(7, "08:41", PALAD, None, photos=2)
    order("O1", "O1", when(7, "16:30"), list(DISTRICTS), "ภายในเวลา ๑๖.๓๐ น. วันนี้ (Monday 7 Sept): 16:30 that day", "all 18 districts (เรียน นายอำเภอทุกอำเภอ)")
    acks(7, "08:43", [COORD["เมืองสกลนคร"], VOL["กุสุมาลย์"], CHIEF["พังโคน"], VOL["วาริชภูมิ"], COORD["นิคมน้ำอูน"],
                      VOL["สว่างแดนดิน"], COORD["ภูพาน"], VOL["โคกศรีสุพรรณ"], CHIEF["เจริญศิลป์"]], "O1")
    S.system(7, "09:00", "invite", PALAD, target=DEP["อากาศอำนวย"][0],
             tags=[N("eligible invitee: a deputy district chief of อากาศอำนวย, admitted to ศอ.จอส.จว.สน.; invited by the palad")])
    S.say(7, "09:02", DEP["อากาศอำนวย"][0], "สวัสดีครับ ผมปลัดพีระพงษ์ ปลัดอำเภออากาศอำนวย ได้รับมอบหมายดูแลงานจิตอาสาช่วงน้ำท่วม ฝากด้วยครับ 🙏")
    S.say(7, "09:04", KAN, "ยินดีต้อนรับค่ะ")

    def o1text(d, style):
        sb, boat, vol = num(800, 12000), num(1, 14), num(30, 260)
        lvl = R.choice(["ปกติ", "เฝ้าระวัง", "ท่วมผิวจราจรบางจุด", "ท่วมพื้นที่การเกษตรแล้ว " + num(200, 3400) + " ไร่"])
        if style == 0:
            return f"ศอ.จอส.อ.{sh(d)} รายงานสถานการณ์น้ำ\n- สถานการณ์: {lvl}\n- กระสอบทราย {sb} ใบ\n- เรือ {boat} ลำ\n- จิตอาสาพร้อมปฏิบัติ {vol} คน\nจึงเรียนมาเพื่อโปรดทราบครับ"
        if style == 1:
            return f"รายงาน อ.{d} ครับ สถานการณ์น้ำ{lvl} กระสอบทรายพร้อม {sb} ใบ เรือท้องแบน {boat} ลำ จอส. {vol} นายพร้อมครับ"
        if style == 2:
            return f"เรียน ศอ.จอส.จว.สน.\nอำเภอ{d} ขอรายงาน สถานการณ์ : {lvl}\nความพร้อม กระสอบทราย {sb} / เรือ {boat} / จิตอาสา {vol}\nค่ะ"
        return f"{sh(d)} รายงานค่ะ น้ำ{lvl}นะคะ กระสอบทราย {sb} ใบ เรือ {boat} ลำ จิตอาสาพระราชทาน {vol} คน 🙏"

    plan1 = [("ภูพาน", "09:25", "v"), ("กุดบาก", "09:31", "d"), ("เมืองสกลนคร", "09:48", "d"), ("นิคมน้ำอูน", "09:55", "d"),
             ("สว่างแดนดิน", "10:12", "v"), ("โคกศรีสุพรรณ", "10:40", "c"), ("พังโคน", "10:58", "d"),
             ("เจริญศิลป์", "11:05", "v"), ("กุสุมาลย์", "11:22", "v"), ("พรรณานิคม", "11:50", "d"),
             ("อากาศอำนวย", "13:05", "x"), ("โพนนาแก้ว", "13:20", "v"), ("วาริชภูมิ", "13:47", "c"),
             ("เต่างอย", "16:18", "d")]
    for d, hm, r in plan1:
        if d == "เต่างอย":
            answer("O1", d, 7, hm, r, "ขออภัยครับช้า ไฟดับทั้งอำเภอ\n" + o1text(d, 1),
                   extra_tags=[N("answer twelve minutes before the 16:30 deadline, after an apology: on time")])
            continue
        answer("O1", d, 7, hm, r, o1text(d, R.randint(0, 3)), photos=R.choice([0, 0, 1, 2]))
    # วานรนิวาส in three pieces (10:20, 10:52, 11:15): the first piece carries the figures
    S.say(7, "10:03", COORD["วานรนิวาส"], "ขออภัยครับ ส่งผิดกลุ่ม เมื่อกี้ส่งเข้ากลุ่มข้อสั่งการ ปค. 😅 ส่งใหม่ตรงนี้ครับ",
          tags=[N("apology for posting in the wrong group first: chat, not a report")])
    answer("O1", "วานรนิวาส", 7, "10:20", "d",
           "รายงาน ศอ.จอส.อ.วานรนิวาส (ข้อมูลเบื้องต้น)\nระดับน้ำสงคราม ณ บ้านท่าบ่อ สูงกว่าตลิ่ง ๐.๔๒ ม. ท่วมนาข้าว ๓ ตำบล\nกระสอบทราย ๖,๕๐๐ ใบ เรือ ๙ ลำ\nจิตอาสา ๑๘๐ คน\n(ภาพจะส่งตามครับ)",
           extra_tags=[N("first of three pieces (10:20 figures, 10:52 photos, 11:15 additions): the figures piece pays O1, all before 16:30")])
    S.say(7, "10:52", COORD["วานรนิวาส"], None, photos=3, tags=[N("second piece of the วานรนิวาส O1 report (photos)")])
    S.say(7, "11:15", COORD["วานรนิวาส"], "เพิ่มเติมครับ ต.คอนสวรรค์ ขอสนับสนุนกระสอบทรายเพิ่ม ๒,๐๐๐ ใบ ได้ประสาน ปภ. แล้ว",
          tags=[N("third piece of the วานรนิวาส O1 report: a later piece, the answer was the first piece")])
    # คำตากล้า: photo of a handwritten form, then the caption
    S.say(7, "11:38", VOL["คำตากล้า"], "แบบรายงานตามภาพค่ะ เขียนมือเนื่องจากไฟดับ ปริ้นไม่ได้ค่ะ 🙏 กระสอบทราย ๒,๔๐๐ เรือ ๕ จอส. ๙๕ คน",
          photos=1, caption_last=True,
          tags=[A("O1", "คำตากล้า"), N("photo of a handwritten report form then its caption with the figures: one report post, cited at the photo; on time for O1")])
    # ambiguous ปลัดต้น answers nothing; บ้านม่วง answers itself late
    S.say(7, "15:10", "P194", "บ้านม่วงรายงานครับ น้ำสงครามล้นตลิ่ง บ้านดอนเชียงบาน ท่วมถนน ๒ จุด กระสอบทราย ๓,๐๐๐ ใบ เรือ ๖ ลำ", name="ปลัดต้น",
          tags=[N("display name ปลัดต้น fits two roster people (deputies of พรรณานิคม and บ้านม่วง): ambiguous, never judged, answers no duty")])
    # ส่องดาว: its neighbour วาริชภูมิ reports for it; ส่องดาว answers itself in the evening
    S.say(7, "14:02", COORD["วาริชภูมิ"], "เรียน ศอ.จอส.จว.สน. ครับ รายงานแทน อ.ส่องดาว ครับ ทางส่องดาวสัญญาณโทรศัพท์ล่ม เสาสัญญาณน้ำท่วม ฝากแจ้งว่า น้ำป่าไหลหลากบ้านโพธิ์ไพศาล กระสอบทราย ๑,๒๐๐ ใบ เรือ ๒ ลำ จิตอาสา ๖๐ คนครับ",
          tags=[N("a coordinating deputy of วาริชภูมิ reporting for the neighbouring ส่องดาว: allowed as a post, but a report by another district's person does not pay ส่องดาว's duty")])
    S.sticker(7, "14:05", BAT, tags=[N("sticker by the provincial volunteer officer: the centre's own post")])
    S.say(7, "15:50", BAT, "ติดตามข้อสั่งการเมื่อเช้า (รายงานสถานการณ์น้ำ) อำเภอที่ยังไม่ได้รายงาน: @คำตากล้า เอ๊ย รายงานแล้ว ขออภัย 🙏\nที่ยังไม่ได้รายงาน: บ้านม่วง ส่องดาว เต่างอย ครับ ขอภายใน ๑๖.๓๐ น. ตามกำหนดครับ",
          key="R1", reply="O1", tags=[N("reminder of O1 with the list of districts still missing (a reply to the order, ตามกำหนด): no new duty, deadline unchanged")])
    S.say(7, "15:53", CHIEF["บ้านม่วง"], "บ้านม่วงกำลังรวบรวมครับ ขออภัยครับ")
    S.say(7, "17:20", CHIEF["บ้านม่วง"], o1text("บ้านม่วง", 2), photos=2,
          tags=[A("O1", "บ้านม่วง"), N(nm_report("บ้านม่วง", "c"))])
    S.say(7, "19:45", CHIEF["ส่องดาว"], "ส่องดาวรายงานครับ สัญญาณเพิ่งกลับมา ขออภัยครับ\nน้ำป่าไหลหลาก บ.โพธิ์ไพศาล บ.ดอนม่วย ท่วมถนน ๓ จุด\nกระสอบทราย ๑,๒๐๐ เรือ ๒ จิตอาสา ๖๐\nครับ",
          tags=[A("O1", "ส่องดาว"), N(nm_report("ส่องดาว", "c"))])
    # O2 (Monday afternoon): described, then named later in the post
    S.say(7, "14:10", BAT,
          "ด่วน\nเรียน อำเภอที่น้ำท่วม\nขอให้ ศอ.จอส.อ. รายงานจุดอพยพ/ศูนย์พักพิงชั่วคราว (ที่ตั้ง จำนวนที่รองรับได้) พร้อมภาพถ่าย ภายใน ๒๔ ชม. ครับ\n"
          "อำเภอที่น้ำท่วมตามข้อมูล ปภ. ณ ๑๓.๐๐ น. ได้แก่\n๑. อ.เมืองสกลนคร\n๒. อ.โพนนาแก้ว\n๓. อ.อากาศอำนวย\n๔. อ.วานรนิวาส\n๕. อ.บ้านม่วง\n๖. อ.คำตากล้า\n๗. อ.พังโคน\n๘. อ.พรรณานิคม",
          key="O2", tags=[N("order of the province-level volunteer officer to the flooded districts, named in the same post below the salutation: creates duties for those 8 (O2)")])
    order("O2", "O2", when(8, "14:10"), list(FLOOD), "ภายใน ๒๔ ชม. from 14:10 Monday: 14:10 Tuesday 8 Sept",
          "the 8 districts listed in the post under 'อำเภอที่น้ำท่วม'")
    acks(7, "14:12", [VOL["พังโคน"], COORD["อากาศอำนวย"], VOL["โพนนาแก้ว"], VOL["วานรนิวาส"]], "O2")

    def o2text(d):
        pts = R.randint(1, 6)
        cap = R.randint(80, 900)
        names = R.sample(["วัดศรีสว่าง", "โรงเรียนบ้านนาดี", "ศาลาประชาคม", "หอประชุมอำเภอ", "วัดป่าสามัคคี", "ศูนย์เด็กเล็กบ้านโนนสูง", "อบต.ท่าเรือ", "โรงเรียนชุมชน"], min(pts, 3))
        return f"รายงานจุดอพยพ อ.{d}\nจำนวน {th(pts) if R.random() < .5 else pts} จุด ได้แก่ {', '.join(names)}{' ฯลฯ' if pts > 3 else ''}\nรองรับได้รวม {cap} คน\nภาพตามแนบครับ"

    plan2 = [("วานรนิวาส", 7, "15:30", "v", 2), ("เมืองสกลนคร", 7, "16:40", "v", 3), ("คำตากล้า", 7, "18:10", "d", 2),
             ("อากาศอำนวย", 7, "20:05", "d", 2), ("บ้านม่วง", 8, "08:15", "d", 1), ("พรรณานิคม", 8, "10:40", "v", 2)]
    for d, day, hm, r, ph in plan2:
        answer("O2", d, day, hm, r, o2text(d), photos=ph)
    S.say(7, "16:05", VOL["พังโคน"], None, photos=3, tags=[A("O2", "พังโคน"), N("photos alone after O2, which asks for photos: a report for พังโคน (on time)")])
    S.say(7, "16:06", VOL["พังโคน"], "ศูนย์พักพิง ร.ร.บ้านพังโคน ค่ะ", tags=[N("caption after photos already sent: same report")])

    # evening
    S.say(7, "18:30", KAN, "ขอบคุณทุกอำเภอที่รายงานค่ะ ดูแลสุขภาพเจ้าหน้าที่และจิตอาสาด้วยนะคะ 🙏",
          tags=[N("thanks by the provincial volunteer officer: courtesy")])
    S.say(7, "21:30", PALAD, "แจ้งเพื่อทราบ เขื่อนน้ำอูนระบายน้ำเพิ่มเป็น ๔.๕ ล้าน ลบ.ม./วัน ตั้งแต่ ๒๒.๐๐ น. คืนนี้ อำเภอท้ายเขื่อนเฝ้าระวังครับ ไม่ต้องรายงาน",
          tags=[N("night information-only post by the palad (เพื่อทราบ, ไม่ต้องรายงาน): no duty")])
    acks(7, "21:33", [CHIEF["นิคมน้ำอูน"], COORD["พังโคน"], CHIEF["วาริชภูมิ"], ("P144", "text")])

    # ---------------------------------------------------------------- Tuesday 8 September
    S.say(8, "06:20", COORD["อากาศอำนวย"], "อรุณสวัสดิ์ครับ น้ำสงครามที่ อ.อากาศอำนวย ขึ้นอีก ๑๘ ซม. เมื่อคืน บ้านโพนงามน้ำเข้าบ้าน ๑๒ หลังครับ",
          photos=2, tags=[N("incident update by a coordinating deputy: a district person, allowed")])
    S.say(8, "06:40", BAT, "ขอบคุณครับ ดูแลตัวเองด้วยครับ")
    S.say(8, "07:10", "P027", "ลุงไปช่วยบรรจุกระสอบทรายที่วานรฯ มาเมื่อวาน เด็กๆ จิตอาสาขยันมาก 👍")
    answer("O2", "โพนนาแก้ว", 8, "15:30", "c", "ขออนุญาตรายงานจุดอพยพ อ.โพนนาแก้ว ครับ ขออภัยล่าช้า เจ้าหน้าที่ติดภารกิจขนย้ายประชาชนริมหนองหาร\nจุดอพยพ ๒ จุด วัดโพธิ์ชัย ร.ร.บ้านโพนงาม รองรับ ๓๒๐ คน", photos=2)
    # O3
    S.say(8, "08:30", PALAD, None, file="หนังสือ สน0018.1-ว4477 ลว 8 ก.ย. 69 สำรวจวัสดุอุปกรณ์.pdf",
          tags=[N("the palad's letter as a PDF, sent before the order text: part of the provincial centre's order")])
    S.say(8, "08:31", PALAD,
          "ตามหนังสือที่แนบครับ\nขอให้ทุกอำเภอสำรวจและรายงานวัสดุอุปกรณ์ที่มีอยู่ (กระสอบทราย เรือ เครื่องสูบน้ำ เสื้อชูชีพ) และที่ต้องการสนับสนุนเพิ่ม "
          "ภายในวันพุธที่ ๙ ก.ย. ๒๕๖๙ เวลา ๑๒.๐๐ น.", key="O3",
          tags=[N("order of the palad to all districts (ทุกอำเภอ), PDF first then text: creates duties (O3)")])
    order("O3", "O3", when(9, "12:00"), list(DISTRICTS), "ภายในวันพุธที่ ๙ ก.ย. ๒๕๖๙ เวลา ๑๒.๐๐ น.: 12:00 Wednesday 9 Sept (later moved to 16:00 by a reply, see the extension)",
          "all 18 districts (ทุกอำเภอ)")
    acks(8, "08:33", [CHIEF["กุสุมาลย์"], VOL["เต่างอย"], COORD["ส่องดาว"], VOL["ภูพาน"], COORD["โพนนาแก้ว"], VOL["บ้านม่วง"]], "O3")
    S.say(8, "08:50", VOL["พรรณานิคม"], "สอบถามค่ะ เสื้อชูชีพนับรวมของ อปท. ด้วยไหมคะ", reply="O3",
          tags=[N("question by a district volunteer officer about the order: neither an order nor a report")])
    S.say(8, "08:53", KAN, "นับรวมค่ะ แยกหน่วยงานให้ด้วยนะคะ", tags=[N("answer by the provincial volunteer officer: allowed")])

    def o3text(d, style):
        sb, boat, pump, vest = num(500, 15000), num(1, 12), num(2, 25), num(20, 400)
        need = R.choice(["ไม่ต้องการเพิ่ม", "ต้องการกระสอบทรายเพิ่ม " + num(1000, 5000) + " ใบ", "ขอเครื่องสูบน้ำเพิ่ม " + num(1, 4) + " เครื่อง",
                         "ขอเรือท้องแบนเพิ่ม " + num(1, 3) + " ลำ"])
        if style == 0:
            return f"รายงานวัสดุอุปกรณ์ อ.{d}\nกระสอบทราย {sb} ใบ\nเรือ {boat} ลำ\nเครื่องสูบน้ำ {pump} เครื่อง\nเสื้อชูชีพ {vest} ตัว\nความต้องการ: {need}"
        if style == 1:
            return f"{sh(d)} ส่งข้อมูลวัสดุอุปกรณ์ครับ กระสอบทราย {sb} เรือ {boat} สูบน้ำ {pump} ชูชีพ {vest} / {need} ครับ"
        return f"เรียน ศอ.จอส.จว.สน.\nอำเภอ{d} รายงานผลสำรวจวัสดุอุปกรณ์ตามหนังสือ ดังนี้ กระสอบทราย {sb} ใบ เรือ {boat} ลำ เครื่องสูบน้ำ {pump} เครื่อง เสื้อชูชีพ {vest} ตัว ({need})\nจึงเรียนมาเพื่อทราบค่ะ"

    plan3 = [("ภูพาน", None), ("เมืองสกลนคร", (8, "10:15", "d")), ("นิคมน้ำอูน", (8, "10:48", "d")),
             ("กุดบาก", (8, "11:20", "v")), ("โคกศรีสุพรรณ", (8, "13:35", "v")), ("วาริชภูมิ", (8, "14:20", "v")),
             ("สว่างแดนดิน", (8, "14:55", "d")), ("พังโคน", (8, "15:40", "c")), ("เต่างอย", (8, "16:10", "v")),
             ("ส่องดาว", (8, "16:45", "d")), ("วานรนิวาส", (8, "17:30", "v")), ("โพนนาแก้ว", (9, "08:05", "v")),
             ("พรรณานิคม", (9, "08:40", "d")), ("คำตากล้า", (9, "09:15", "c")), ("อากาศอำนวย", (9, "09:50", "x")),
             ("บ้านม่วง", (9, "10:25", "v")), ("เจริญศิลป์", (9, "11:48", "d"))]
    for d, p in plan3:
        if p is None:
            continue
        day, hm, r = p
        txt = o3text(d, R.randint(0, 2))
        if d == "เจริญศิลป์":
            answer("O3", d, day, hm, r, txt, extra_tags=[N("answer twelve minutes before the original 12:00 deadline: on time under either deadline")])
        else:
            answer("O3", d, day, hm, r, txt)

    S.say(8, "09:40", VOL["สว่างแดนดิน"], "ส่งภาพการบรรจุกระสอบทรายของจิตอาสาพระราชทาน อ.สว่างแดนดิน ค่ะ 💪", photos=3,
          tags=[N("activity photos with a caption by a district volunteer officer: a district person, allowed; no open order asks for them (not a duty answer)")])
    S.system(8, "12:00", "rename", VOL["บ้านม่วง"], target="ต้อม จอส.บ้านม่วง 🚤",
             tags=[N("a member renames himself (ต้อม จิตอาสา บ้านม่วง → ต้อม จอส.บ้านม่วง 🚤): the same roster person")])
    S.say(8, "12:05", VOL["บ้านม่วง"], "เปลี่ยนชื่อไลน์ให้รู้ว่าอยู่บ้านม่วงนะครับ 555 ตอนนี้ออกเรืออยู่ทุกวัน", name="ต้อม จอส.บ้านม่วง 🚤",
          tags=[N("post under the new display name after the rename notice: the volunteer officer of บ้านม่วง")])
    S.say(8, "11:30", BAT, "ติดตามจุดอพยพ (แจ้งเมื่อวาน ๑๔.๑๐ น.) ยังไม่ได้รับจาก อ.โพนนาแก้ว ครับ กำหนดส่ง ๑๔.๑๐ น. วันนี้ครับ",
          reply="O2", tags=[N("reminder of O2 naming the district still missing: no new duty")])
    S.say(8, "16:30", CHIEF["สว่างแดนดิน"], "ขอให้ทุกอำเภอส่งเบอร์โทรผู้ประสานงานเรือท้องแบนของอำเภอ ให้ทางสว่างแดนดิน ภายในวันนี้นะครับ จะได้ประสานยืมเรือกันได้เร็ว",
          tags=[F("SKN-5P", "a district chief directing all districts to send information by a deadline (ขอให้ทุกอำเภอ…ภายในวันนี้): an order from someone other than the provincial centre", "นอภ.สว่างแดนดิน")])
    S.say(8, "16:40", COORD["วานรนิวาส"], "วานรฯ 089-4417260 ปลัดอภิสิทธิ์ครับ", reply=None)
    S.say(8, "17:05", COORD["พังโคน"], "พังโคน ปลัดธีร์ 081-9930125 ครับ")
    # O4: urgent at night
    S.say(8, "22:15", BAT,
          "‼️ด่วนมาก‼️\nเรียน นอภ.บ้านม่วง นอภ.วานรนิวาส นอภ.อากาศอำนวย นอภ.คำตากล้า\nเนื่องจากระดับน้ำสงครามสูงขึ้นเร็วในช่วงค่ำ ขอให้รายงานจำนวนครัวเรือน/ประชาชนที่อพยพแล้ว และที่ยังต้องอพยพ "
          "ภายใน ๐๖.๓๐ น. พรุ่งนี้ (๙ ก.ย.) เพื่อรายงาน ผวจ. ในการประชุมเช้า", key="O4",
          tags=[N("urgent night order of the provincial volunteer officer to four named districts: creates duties (O4)")])
    order("O4", "O4", when(9, "06:30"), list(SONG), "ภายใน ๐๖.๓๐ น. พรุ่งนี้ (๙ ก.ย.) written at 22:15 Tuesday: 06:30 Wednesday 9 Sept",
          "the four districts named in the salutation")
    acks(8, "22:18", [COORD["วานรนิวาส"], CHIEF["อากาศอำนวย"], (VOL["บ้านม่วง"], "text")], "O4")
    S.say(8, "22:47", COORD["วานรนิวาส"], "วานรนิวาส รายงานครับ\nอพยพแล้ว ๘๗ ครัวเรือน ๒๔๑ คน\nยังต้องอพยพ (เฝ้าระวัง) ๔๐ ครัวเรือน ต.ขัวก่าย ต.คอนสวรรค์",
          tags=[A("O4", "วานรนิวาส"), N(nm_report("วานรนิวาส", "d"))])
    S.say(8, "23:25", DEP["อากาศอำนวย"][0], "อากาศอำนวย ณ ๒๓.๐๐ น.\nอพยพแล้ว 152 ครัวเรือน 430 คน ไปศูนย์พักพิงวัดศรีมงคล\nรออพยพ 25 ครัวเรือน (ผู้สูงอายุ ผู้ป่วยติดเตียง 6 ราย) ประสาน รพ.แล้วครับ",
          tags=[A("O4", "อากาศอำนวย"), N(nm_report("อากาศอำนวย", "x"))])
    S.say(9, "00:40", VOL["บ้านม่วง"], "บ้านม่วงครับ อพยพแล้ว ๓๓ ครัวเรือน ๙๑ คน ยังต้องอพยพ ๑๒ ครัวเรือน ขอเรือเพิ่ม ๑ ลำครับ", name="ต้อม จอส.บ้านม่วง 🚤",
          tags=[A("O4", "บ้านม่วง"), N("after-midnight report by the renamed volunteer officer of บ้านม่วง: a district person; on time for O4")])
    S.say(9, "05:50", BAT, "@นอภ.คำตากล้า ยังไม่ได้รับตัวเลขอพยพครับ ขอภายใน ๐๖.๓๐ น. นะครับ 🙏", reply="O4",
          tags=[N("reminder of O4 with an @mention: no new duty")])
    S.say(9, "07:10", CHIEF["คำตากล้า"], "คำตากล้าครับ ขออภัยครับ เมื่อคืนลงพื้นที่ทั้งคืนแบตหมด\nอพยพแล้ว ๔๘ ครัวเรือน ๑๓๐ คน รออพยพ ๑๕ ครัวเรือนครับ",
          tags=[A("O4", "คำตากล้า"), N(nm_report("คำตากล้า", "c"))])

    # ---------------------------------------------------------------- Wednesday 9 September
    S.say(9, "06:55", KAN, "อรุณสวัสดิ์วันพุธค่ะ ☔ ทุกอำเภอเดินทางลงพื้นที่ระมัดระวังนะคะ", photos=1)
    acks(9, "06:58", [VOL["ภูพาน"], VOL["กุสุมาลย์"], COORD["เจริญศิลป์"]])
    # O5 leptospirosis
    S.say(9, "08:30", PALAD,
          "เรียน นายอำเภอทุกอำเภอ ยกเว้น อ.ภูพาน อ.กุดบาก อ.ส่องดาว\nหลังน้ำลดมีความเสี่ยงโรคฉี่หนู (เลปโตสไปโรซิส) ขอให้ ศอ.จอส.อ. ประสาน รพ.สต. และรายงานจำนวนผู้ป่วย/ผู้มีอาการสงสัย "
          "และจำนวนจิตอาสาที่ได้รับรองเท้าบู๊ทแล้ว ภายในวันนี้ครับ", key="O5",
          tags=[N("order of the palad to all districts except three named ones (ยกเว้น…): creates duties for the other 15 (O5)")])
    S.say(9, "08:31", PALAD, None, photos=1)
    order("O5", "O5", datetime.datetime(2026, 9, 9, 23, 59, 59, tzinfo=when(9, "0:0").tzinfo), [d for d in DISTRICTS if d not in NO_LEPTO],
          "ภายในวันนี้ written Wednesday 9 Sept: to the end of that day", "all districts except ภูพาน, กุดบาก, ส่องดาว (ยกเว้น)")
    acks(9, "08:34", [COORD["นิคมน้ำอูน"], VOL["โพนนาแก้ว"], CHIEF["กุดบาก"], COORD["โคกศรีสุพรรณ"], VOL["คำตากล้า"]], "O5")
    S.say(9, "08:45", CHIEF["กุดบาก"], "กุดบากได้รับยกเว้นแต่จะเฝ้าระวังด้วยครับ", reply="O5",
          tags=[N("a district left out of O5 (ยกเว้น) writing in: no duty, not a report for it")])
    # extension of O3
    S.say(9, "10:40", PALAD, "เนื่องจากหลายอำเภอยังอยู่ระหว่างอพยพประชาชน ขยายเวลารายงานวัสดุอุปกรณ์ (ตามหนังสือเมื่อวาน) เป็น ๑๖.๐๐ น. วันนี้ครับ\nอำเภอที่ยังไม่ได้ส่ง: กุสุมาลย์ ภูพาน เจริญศิลป์",
          reply="O3", key="EXT3",
          tags=[N("reply to O3 moving its deadline to 16:00 and listing the districts still missing: a reminder, no new duty; no answer to O3 falls between 12:00 and 16:00, so the state is the same under either deadline")])
    S.sticker(9, "10:42", COORD["กุสุมาลย์"])
    S.say(9, "11:20", "P024", "ข้อมูลระบาดวิทยา สสจ.สน. ณ ๙ ก.ย. ๖๙\nผู้ป่วยสงสัยเลปโตสไปโรซิส สะสม ๑๔ ราย (วานรนิวาส ๕ อากาศอำนวย ๔ พังโคน ๓ เมือง ๒)\nเสียชีวิต ๐ ราย\nรายงานเพื่อทราบค่ะ",
          tags=[F("SKN-5", "a clerk of the provincial health office (staff) in ศอ.จอส.จว.สน.; first post", "สุนันทา สสจ.สน. ระบาดวิทยา"),
                F("SKN-5P", "a report posted by someone who is not a district's person (provincial health office staff)", "สุนันทา สสจ.สน. ระบาดวิทยา")])
    S.say(9, "11:25", KAN, "ขอบคุณค่ะ")

    def o5text(d, style):
        sick, sus, boots = R.randint(0, 5), R.randint(0, 12), R.randint(20, 300)
        sk = th(sick) if R.random() < .5 else str(sick)
        if style == 0:
            return f"รายงานเฝ้าระวังโรคฉี่หนู อ.{d}\nผู้ป่วย {sk} ราย\nผู้มีอาการสงสัย {sus} ราย\nจิตอาสาได้รับรองเท้าบู๊ทแล้ว {boots} คน"
        if style == 1:
            return f"{sh(d)} รายงานฉี่หนูครับ ป่วย {sk} สงสัย {sus} แจกบู๊ทจิตอาสาแล้ว {boots} คู่ครับ"
        return f"เรียน ศอ.จอส.จว.สน. อ.{d} ประสาน รพ.สต. แล้ว ผู้ป่วยเลปโตฯ {sk} ราย / สงสัย {sus} ราย / รองเท้าบู๊ท {boots} คู่ ค่ะ"

    plan5 = [("พังโคน", "09:40", "v"), ("กุสุมาลย์", "10:05", "d"), ("เจริญศิลป์", "13:10", "c"),
             ("วาริชภูมิ", "14:00", "d"), ("พรรณานิคม", "14:35", "v"), ("อากาศอำนวย", "15:20", "x"),
             ("เต่างอย", "16:05", "d"), ("โพนนาแก้ว", "16:55", "d"), ("คำตากล้า", "18:20", "v")]
    for d, hm, r in plan5:
        answer("O5", d, 9, hm, r, o5text(d, R.randint(0, 2)))
    S.say(9, "17:40", COORD["บ้านม่วง"], "แบบเฝ้าระวังโรคฉี่หนู อ.บ้านม่วง (เขียนมือ) ครับ ผู้ป่วย ๑ สงสัย ๔ บู๊ท ๘๐ คู่", photos=1,
          caption_last=True, tags=[A("O5", "บ้านม่วง"), N("photo of a handwritten form then its caption with the figures: one report; on time for O5")])

    # O6: described, not named
    S.say(9, "13:30", KAN,
          "เรียน อำเภอที่ได้รับผลกระทบจากน้ำท่วม (ตามที่ ศอ.จอส.จว.สน. แจ้งไว้เมื่อวันจันทร์)\nขอให้จัดทำแผนกิจกรรมจิตอาสาพระราชทาน Big Cleaning Day หลังน้ำลด "
          "(พื้นที่เป้าหมาย วัน เวลา จำนวนจิตอาสา) พร้อมภาพการเตรียมการ ส่งภายในพรุ่งนี้ ๐๙.๐๐ น. ค่ะ", key="O6",
          tags=[N("order of the province-level volunteer officer describing whom it asks (อำเภอที่ได้รับผลกระทบ… ตามที่แจ้งไว้เมื่อวันจันทร์): the 8 districts of O2's list; creates duties (O6)")])
    order("O6", "O6", when(10, "09:00"), list(FLOOD), "ภายในพรุ่งนี้ ๐๙.๐๐ น. written Wednesday: 09:00 Thursday 10 Sept",
          "described only: 'the districts affected by the floods, as the centre told on Monday' = the 8 districts listed in O2 (Monday 14:10)")
    acks(9, "13:32", [VOL["เมืองสกลนคร"], COORD["พังโคน"], VOL["อากาศอำนวย"]], "O6")
    S.say(9, "13:40", VOL["สว่างแดนดิน"], "สว่างแดนดินน้ำไม่ท่วมต้องส่งด้วยไหมคะ", reply="O6")
    S.say(9, "13:42", KAN, "ไม่ต้องค่ะ เฉพาะ ๘ อำเภอที่แจ้งวันจันทร์ค่ะ 🙏", tags=[N("the centre confirming O6 concerns only the 8 districts of Monday's list")])

    def o6text(d):
        return (f"แผน Big Cleaning Day อ.{d}\nพื้นที่เป้าหมาย: {R.choice(['ตลาดสด', 'วัดและโรงเรียน', 'ถนนสายหลักในเขตเทศบาล', 'ชุมชนริมน้ำ', 'ศูนย์พักพิง'])}\n"
                f"วันที่ {R.choice(['๑๒', '๑๓', '๑๕'])} ก.ย. ๖๙ เวลา ๐๘.๐๐ น.\nจิตอาสา {num(50, 400)} คน")

    for d, day, hm, r in [("เมืองสกลนคร", 9, "16:20", "v"), ("พังโคน", 9, "17:15", "d"), ("คำตากล้า", 9, "19:05", "v"),
                          ("โพนนาแก้ว", 10, "07:45", "v"), ("บ้านม่วง", 10, "08:20", "d")]:
        answer("O6", d, day, hm, r, o6text(d), photos=R.choice([1, 2]))
    S.say(9, "20:00", COORD["วานรนิวาส"],
          "แผน Big Cleaning อ.วานรนิวาส ๑๓ ก.ย. ตลาดสดวานรฯ จิตอาสา ๒๒๐ คน\nและขอรายงานแทน อ.อากาศอำนวย ด้วยครับ ทางอากาศฯ สัญญาณขาด ฝากมาทางวิทยุว่าจะทำ ๑๔ ก.ย. ที่ศูนย์พักพิงวัดศรีมงคล ๑๕๐ คนครับ",
          photos=1, tags=[A("O6", "วานรนิวาส"), N("วานรนิวาส's own plan plus a plan sent on behalf of the neighbouring อากาศอำนวย: pays O6 for วานรนิวาส only; a report by another district's person does not pay อากาศอำนวย's duty")])
    # O7 adds to O3
    S.say(9, "15:00", PALAD,
          "เพิ่มเติมครับ\nนอกจากวัสดุอุปกรณ์แล้ว ขอให้ทุกอำเภอรายงานเส้นทางที่ถูกตัดขาด/น้ำท่วมสูงรถเล็กผ่านไม่ได้ (ชื่อถนน จุด กม. และทางเลี่ยง) "
          "ภายใน ๒๔ ชม. เพื่อแจ้ง ขท.สน. และ ทช. ครับ", key="O7",
          tags=[N("a new order of the palad (posted on its own, not a reply) that adds an item to Tuesday's request: creates its own duties for all districts (O7)")])
    order("O7", "O7", when(10, "15:00"), list(DISTRICTS), "ภายใน ๒๔ ชม. from 15:00 Wednesday: 15:00 Thursday 10 Sept", "all 18 districts (ทุกอำเภอ)")
    acks(9, "15:02", [COORD["วาริชภูมิ"], VOL["เจริญศิลป์"], CHIEF["ภูพาน"], VOL["โคกศรีสุพรรณ"], COORD["เต่างอย"]], "O7")

    def o7text(d, none=False):
        if none:
            return R.choice([f"อ.{d} ไม่มีเส้นทางถูกตัดขาดครับ", f"{sh(d)} เส้นทางสัญจรได้ปกติทุกสายค่ะ ไม่มีจุดตัดขาด", f"รายงานเส้นทาง อ.{d}: ไม่มีครับ (nil report)"])
        road = R.choice(["ทล.๒๒", "ทล.๒๒๒", "ทล.๒๒๓", "สน.๓๐๐๒", "สน.๔๐๑๑", "ทางหลวงชนบท สน.๑๐๓๘"])
        return f"เส้นทางถูกตัดขาด อ.{d}\n- {road} กม.{num(3, 60)} น้ำท่วมสูง {num(30, 80)} ซม. รถเล็กผ่านไม่ได้ ทางเลี่ยง{R.choice(['บ้านนาเลา', 'ถนนเลียบคลองชลประทาน', 'บ้านหนองแวง'])}\n- ถนนในหมู่บ้าน {num(2, 9)} จุด"

    # mixed posts: O5 + O7 in one post
    S.say(9, "16:20", COORD["สว่างแดนดิน"], "สว่างแดนดินรายงาน ๒ เรื่องครับ\n๑) ฉี่หนู ผู้ป่วย ๐ สงสัย ๒ บู๊ท ๑๕๐ คู่\n๒) เส้นทาง ไม่มีจุดตัดขาดครับ",
          tags=[A("O5", "สว่างแดนดิน"), A("O7", "สว่างแดนดิน"), N("one post answering two orders (O5 and O7): pays both, on time")])
    S.say(9, "16:40", VOL["กุสุมาลย์"], "กุสุมาลย์รายงานค่ะ ขออภัยล่าช้าค่ะ\nวัสดุอุปกรณ์: กระสอบทราย ๒,๑๐๐ เรือ ๒ สูบน้ำ ๖ ชูชีพ ๔๐\nเส้นทาง: สน.๓๐๐๒ บ้านนาโพธิ์ น้ำท่วม ๔๐ ซม. ใช้ทางเลี่ยงบ้านโพนแพงค่ะ",
          tags=[A("O3", "กุสุมาลย์"), A("O7", "กุสุมาลย์"), N("one post answering O3 (late under either deadline: after 12:00 and after the 16:00 extension) and O7 (on time)")])
    S.say(9, "17:10", COORD["เมืองสกลนคร"], "อ.เมืองสกลนคร รายงานครับ\n(ก) โรคฉี่หนู: ป่วย ๒ ราย สงสัย ๗ ราย รองเท้าบู๊ท ๒๐๐ คู่\n(ข) ถนนตัดขาด: ถนนรอบหนองหาร ช่วงบ้านท่าแร่ ท่วม ๕๐ ซม. เลี่ยงไปใช้ ทล.๒๒",
          tags=[A("O5", "เมืองสกลนคร"), A("O7", "เมืองสกลนคร"), N("one post answering O5 and O7: pays both, on time")])
    S.say(9, "19:30", VOL["วานรนิวาส"], "วานรนิวาสค่ะ ฉี่หนู ป่วย ๕ สงสัย ๑๑ บู๊ท ๒๘๐ คู่ / ถนน ทล.๒๒๒ กม.๑๘ ท่วม ๖๐ ซม. ปิดการจราจร ใช้ทางเลี่ยงบ้านหนองแวงค่ะ",
          tags=[A("O5", "วานรนิวาส"), A("O7", "วานรนิวาส"), N("one post answering O5 and O7: pays both, on time")])
    for d, day, hm, r, none in [("ภูพาน", 9, "15:40", "d", True), ("กุดบาก", 9, "16:02", "v", True), ("นิคมน้ำอูน", 9, "17:50", "d", False),
                                ("พังโคน", 9, "18:35", "d", False), ("คำตากล้า", 9, "20:15", "d", False), ("โคกศรีสุพรรณ", 10, "08:05", "v", True),
                                ("บ้านม่วง", 10, "08:50", "c", False), ("เจริญศิลป์", 10, "09:30", "v", True), ("ส่องดาว", 10, "10:10", "d", False),
                                ("พรรณานิคม", 10, "10:35", "v", False), ("โพนนาแก้ว", 10, "11:45", "d", False), ("เมืองสกลนคร", None, None, None, None)]:
        if day is None:
            continue
        answer("O7", d, day, hm, r, o7text(d, none))
    # อากาศอำนวย: O7 in three pieces on Thursday morning
    S.say(10, "09:10", COORD["อากาศอำนวย"], "อากาศอำนวยรายงานเส้นทางครับ (ชุดที่ ๑)\n- ทล.๒๒๒ ช่วงบ้านโพนงาม น้ำท่วม ๗๐ ซม. ปิดการจราจร",
          tags=[A("O7", "อากาศอำนวย"), N("first of three pieces of อากาศอำนวย's O7 report (09:10, 09:45, 10:05): pays O7 on time")])
    S.say(10, "09:45", COORD["อากาศอำนวย"], "(ชุดที่ ๒) ถนน อบจ. สน.๔๐๑๑ บ้านบะหว้า ขาด ๒ จุด ทางเลี่ยงบ้านดงเหนือครับ", tags=[N("second piece of the same report")])
    S.say(10, "10:05", COORD["อากาศอำนวย"], None, photos=2, tags=[N("third piece (photos) of the same report")])
    S.system(9, "20:10", "join", "น้ำดื่มใจบุญ อุดรฯ", tags=[F("OUTSIDER", "not on the roster; joined by link or QR code", "น้ำดื่มใจบุญ อุดรฯ")])
    S.say(9, "20:12", "น้ำดื่มใจบุญ อุดรฯ", "สวัสดีค่ะ น้ำดื่มบรรจุขวดราคาส่ง สำหรับศูนย์พักพิง ส่งฟรีทั่วสกลนคร สนใจทักแชทค่ะ 💧", photos=2)
    S.system(9, "20:25", "remove", PALAD, target="น้ำดื่มใจบุญ อุดรฯ", tags=[N("the palad removing the outsider: allowed")])
    S.say(9, "20:26", PALAD, "ขอความร่วมมืออย่าแชร์ลิงก์/QR กลุ่มให้บุคคลภายนอกครับ", tags=[N("the palad's reminder about the group's use: allowed")])
    S.say(9, "22:40", PALAD, "ขอบคุณทุกอำเภอครับ คืนนี้ฝนยังตกหนักด้านต้นน้ำ ขอให้เวรยามประจำจุดอพยพตลอดคืน",
          tags=[N("the palad's night instruction without a report asked: no duty")])
    S.sticker(9, "22:44", CHIEF["วานรนิวาส"])
    S.say(9, "22:46", CHIEF["อากาศอำนวย"], "รับทราบครับ อยู่ศูนย์พักพิงครับ")

    # ---------------------------------------------------------------- Thursday 10 September
    S.say(10, "07:40", BAT, "ข้อสั่งการเรื่องโรคฉี่หนู (เมื่อวาน) ครบกำหนดแล้ว อำเภอที่ยังไม่ได้รายงาน\n- นิคมน้ำอูน\n- โคกศรีสุพรรณ\nเร่งรัดด้วยครับ",
          reply="O5", tags=[N("reminder after O5's deadline listing the districts still missing (เร่งรัด): no new duty")])
    S.say(10, "08:10", COORD["นิคมน้ำอูน"], "นิคมน้ำอูนขออภัยครับ ฉี่หนู ป่วย ๓ สงสัย ๙ (บ้านนาเลา ต.สุวรรณคาม) บู๊ท ๑๒๐ คู่ครับ",
          tags=[A("O5", "นิคมน้ำอูน"), N(nm_report("นิคมน้ำอูน", "d"))])
    S.say(10, "08:15", COORD["นิคมน้ำอูน"], "เส้นทางนิคมฯ ส่งไปแล้วเมื่อวานนะครับ")
    # O8 recovery survey
    S.say(10, "08:45", PALAD,
          "เรียน นายอำเภอทุกอำเภอ\nเมื่อน้ำเริ่มลด ขอให้ ศอ.จอส.อ. ร่วมกับ อปท. สำรวจความเสียหายเบื้องต้น (บ้านเรือนเสียหาย พื้นที่การเกษตร ถนน/สะพาน) "
          "และรายงาน ศอ.จอส.จว.สน. ภายใน ๓ วัน ครับ", key="O8",
          tags=[N("order of the palad to all districts: creates duties (O8); deadline after the log ends")])
    S.say(10, "08:46", PALAD, None, photos=3)
    order("O8", "O8", datetime.datetime(2026, 9, 14, 23, 59, 59, tzinfo=when(10, "0:0").tzinfo), list(DISTRICTS),
          "ภายใน ๓ วัน from Thursday 10 Sept: day 1 Friday 11, day 2 Saturday 12, day 3 Sunday 13; a weekend last day moves to Monday 14 Sept, end of day",
          "all 18 districts (เรียน นายอำเภอทุกอำเภอ)")
    acks(10, "08:48", [VOL["วาริชภูมิ"], CHIEF["โพนนาแก้ว"], COORD["ภูพาน"], VOL["เต่างอย"], COORD["กุสุมาลย์"], VOL["พังโคน"]], "O8")
    S.system(10, "09:30", "invite", CHIEF["พังโคน"], target="P025",
             tags=[F("SKN-5", "invitee is the deputy of the provincial agriculture head (staff), not admitted to ศอ.จอส.จว.สน.", "รองเกษตรฯ สน. บุญส่ง"),
                   F("SKN-ALL", "roster person not admitted to this group, invited", "รองเกษตรฯ สน. บุญส่ง"),
                   F("SKN-ALL", "inviter of a roster person not admitted to this group", "นอภ.พังโคน")])
    S.say(10, "09:32", CHIEF["พังโคน"], "เชิญรองเกษตรฯ เข้ามาช่วยดูข้อมูลนาข้าวเสียหายครับ")
    S.say(10, "09:35", "P025", "สวัสดีครับ ยินดีช่วยครับ 🙏")
    S.say(10, "09:05", BAT, "แผน Big Cleaning (แจ้งเมื่อวาน) ยังขาด อ.พรรณานิคม และ อ.อากาศอำนวย ครับ", reply="O6",
          tags=[N("reminder of O6 after its deadline naming the districts still missing: no new duty")])
    S.say(10, "10:20", VOL["พรรณานิคม"], "แผน Big Cleaning อ.พรรณานิคม ค่ะ ขออภัยที่ล่าช้าค่ะ\nพื้นที่ ต.พรรณา ต.นาหัวบ่อ วันที่ ๑๕ ก.ย. ๖๙ จิตอาสา ๑๘๐ คนค่ะ",
          photos=2, tags=[A("O6", "พรรณานิคม"), N(nm_report("พรรณานิคม", "v"))])

    def o8text(d):
        return (f"รายงานสำรวจความเสียหายเบื้องต้น อ.{d}\nบ้านเรือนเสียหาย {num(0, 160)} หลัง\nพื้นที่การเกษตร {num(0, 9000)} ไร่\n"
                f"ถนน {num(0, 14)} สาย สะพาน {num(0, 3)} แห่ง\n(ข้อมูล ณ {R.choice(['๑๐', '๑๑'])} ก.ย. ๖๙)")

    for d, day, hm, r in [("ภูพาน", 10, "13:20", "v"), ("กุดบาก", 10, "15:10", "d"), ("เจริญศิลป์", 11, "09:20", "v"),
                          ("ส่องดาว", 11, "10:40", "d"), ("สว่างแดนดิน", 11, "11:35", "v"), ("วาริชภูมิ", 11, "16:30", "v"),
                          ("เมืองสกลนคร", 11, "17:20", "x")]:
        answer("O8", d, day, hm, r, o8text(d), photos=R.choice([0, 1]))
    S.say(10, "11:00", PALAD, "ติดตามเส้นทางตัดขาด (สั่งการเมื่อวาน ๑๕.๐๐ น.) ยังไม่ได้รับจาก วาริชภูมิ เต่างอย ครับ", reply="O7",
          tags=[N("reminder of O7 naming the districts still missing: no new duty")])
    S.say(10, "13:00", VOL["พังโคน"], "ฝากทุกอำเภอส่งรายชื่อจิตอาสาที่ไปช่วยงานพังโคนเมื่อวันอังคาร ให้ อ.พังโคน ภายในพรุ่งนี้ด้วยค่ะ จะทำเกียรติบัตรให้ค่ะ 🙏",
          tags=[F("SKN-5P", "a district volunteer officer directing all districts with a deadline (ฝากทุกอำเภอส่ง… ภายในพรุ่งนี้): an order from someone other than the provincial centre", "อุ๋ย จอส.พังโคน 🌷")])
    S.say(10, "13:05", VOL["สว่างแดนดิน"], "ได้ค่ะ 😊")
    # O9
    S.say(10, "14:00", BAT,
          "ขอให้ อ.เต่างอย อ.โคกศรีสุพรรณ อ.เจริญศิลป์ (พื้นที่ไม่ได้รับผลกระทบ) จัดชุดจิตอาสาพระราชทานอำเภอละ ๑ ชุด ไปช่วยขนย้ายและทำความสะอาดที่ อ.วานรนิวาส "
          "แล้วรายงานรายชื่อชุด พร้อมภาพการปฏิบัติ ก่อนเที่ยงพรุ่งนี้ครับ", key="O9",
          tags=[N("order of the provincial volunteer officer naming three districts in its body: creates duties for them (O9)")])
    order("O9", "O9", when(11, "12:00"), ["เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์"], "ก่อนเที่ยงพรุ่งนี้ written Thursday: 12:00 Friday 11 Sept",
          "the three districts named in the body")
    acks(10, "14:03", [CHIEF["เจริญศิลป์"], COORD["โคกศรีสุพรรณ"], (COORD["เต่างอย"], "text")], "O9")
    S.system(10, "14:30", "leave", DEP["เมืองสกลนคร"][1], tags=[N("an eligible member (a deputy of เมืองสกลนคร) leaving: no finding")])
    S.system(10, "15:30", "invite", PALAD, target=DEP["เมืองสกลนคร"][1],
             tags=[N("the deputy of เมืองสกลนคร who left is added back by the palad: eligible, no finding")])
    S.say(10, "15:32", DEP["เมืองสกลนคร"][1], "ขอบคุณค่ะท่าน กดออกผิดค่ะ 😅")
    S.say(10, "16:00", KAN, "เพื่อทราบค่ะ สสจ.สน. เปิดสายด่วนโรคฉี่หนู ๐๔๒-๗๑๑๑๘๗ ตลอด ๒๔ ชม. ประชาสัมพันธ์ในพื้นที่ได้เลยค่ะ ไม่ต้องรายงานกลับนะคะ",
          photos=1, tags=[N("information-only (เพื่อทราบ, ไม่ต้องรายงานกลับ): no duty")])
    S.say(10, "16:30", COORD["วาริชภูมิ"], o7text("วาริชภูมิ") + "\nขออภัยครับล่าช้า", tags=[A("O7", "วาริชภูมิ"), N(nm_report("วาริชภูมิ", "d"))])
    S.say(10, "17:00", CHIEF["เจริญศิลป์"], "ชุดจิตอาสาเจริญศิลป์ ๒๐ คน หัวหน้าชุด ปลัดพิมพ์ลดา ออกเดินทางไปวานรฯ แล้วครับ", photos=3,
          tags=[A("O9", "เจริญศิลป์"), N(nm_report("เจริญศิลป์", "c"))])
    S.say(10, "19:20", CHIEF["วานรนิวาส"], "ขอบคุณจิตอาสาเจริญศิลป์ที่มาช่วยครับ 🙏🙏", tags=[N("thanks (courtesy) by a district chief")])
    S.say(10, "20:40", BAT, "ขอบคุณครับ")

    # ---------------------------------------------------------------- Friday 11 September
    S.say(11, "06:45", KAN, "อรุณสวัสดิ์วันศุกร์ค่ะ 🌤️ ฝนเริ่มซาแล้ว สู้ๆ นะคะทุกคน", photos=1)
    acks(11, "06:48", [VOL["กุดบาก"], COORD["วาริชภูมิ"], VOL["คำตากล้า"], CHIEF["ส่องดาว"]])
    S.say(11, "09:00", BAT, "ย้ำครับ ชุดจิตอาสาช่วยวานรนิวาส รายงานภายในเที่ยงวันนี้ครับ @เต่างอย @โคกศรีสุพรรณ", reply="O9",
          tags=[N("reminder (ย้ำ) of O9 with @mentions: no new duty")])
    # O10
    S.say(11, "08:30", PALAD,
          "ทุกอำเภอครับ ขอสรุปผลการปฏิบัติงานจิตอาสาพระราชทานช่วงน้ำท่วมสัปดาห์นี้ (จำนวนครั้ง จำนวนจิตอาสา ครัวเรือนที่ได้รับความช่วยเหลือ) "
          "ส่งภายในเวลา ๑๕.๓๐ น. วันนี้ ผมจะสรุปเรียนท่านผู้ว่าฯ ก่อนประชุมเย็นครับ", key="O10",
          tags=[N("order of the palad to all districts in plain words: creates duties (O10)")])
    order("O10", "O10", when(11, "15:30"), list(DISTRICTS), "ภายในเวลา ๑๕.๓๐ น. วันนี้ written Friday 11 Sept: 15:30 that day", "all 18 districts (ทุกอำเภอ)")
    acks(11, "08:33", [COORD["สว่างแดนดิน"], VOL["โพนนาแก้ว"], COORD["คำตากล้า"], VOL["พรรณานิคม"], CHIEF["นิคมน้ำอูน"]], "O10")
    S.say(11, "10:15", KAN,
          "เรียน ศอ.จอส.อ. ทุกอำเภอ\nขอให้จัดทำแผนรณรงค์ป้องกันโรคฉี่หนูโดยจิตอาสาพระราชทาน (ประชาสัมพันธ์ แจกรองเท้าบู๊ท ทำความสะอาด) ส่งภายในวันอังคารที่ ๑๕ ก.ย. ๖๙ ค่ะ",
          file="แบบแผนรณรงค์เลปโต ศอ.จอส.xlsx", key="O11",
          tags=[N("order of the province-level volunteer officer with a form: creates duties (O11); deadline after the log ends")])
    order("O11", "O11", datetime.datetime(2026, 9, 15, 23, 59, 59, tzinfo=when(11, "0:0").tzinfo), list(DISTRICTS),
          "ภายในวันอังคารที่ ๑๕ ก.ย. ๖๙: to the end of Tuesday 15 Sept", "all 18 districts (ทุกอำเภอ)")
    acks(11, "10:17", [VOL["เมืองสกลนคร"], COORD["ภูพาน"], COORD["นิคมน้ำอูน"]], "O11")
    S.say(11, "10:50", COORD["โคกศรีสุพรรณ"], "ขอเรียนถามครับ ภาพการปฏิบัติส่งเป็นอัลบั้มได้ไหมครับ", reply="O9", tags=[N("a question about O9 by a district it names: not the report asked for")])

    def o10text(d, style):
        n1, n2, n3 = num(3, 25), num(60, 900), num(20, 600)
        if style == 0:
            return f"สรุปผลการปฏิบัติงานจิตอาสาพระราชทาน อ.{d} (๗-๑๑ ก.ย. ๖๙)\nออกปฏิบัติ {n1} ครั้ง\nจิตอาสา {n2} คน\nครัวเรือนได้รับความช่วยเหลือ {n3} ครัวเรือน"
        if style == 1:
            return f"{sh(d)} สรุปสัปดาห์นี้ครับ {n1} ครั้ง / จอส. {n2} คน / ช่วยเหลือ {n3} ครัวเรือนครับ"
        return f"เรียน ท่านปลัดจังหวัด อ.{d} สรุปผลจิตอาสาช่วงน้ำท่วม: ปฏิบัติงาน {n1} ครั้ง จิตอาสาร่วม {n2} คน ช่วยเหลือ {n3} ครัวเรือน ค่ะ"

    for d, hm, r in [("เมืองสกลนคร", "09:40", "d"), ("นิคมน้ำอูน", "10:00", "d"), ("วานรนิวาส", "10:30", "v"), ("กุสุมาลย์", "11:10", "v"),
                     ("โพนนาแก้ว", "11:25", "d"), ("คำตากล้า", "12:40", "d"), ("บ้านม่วง", "13:05", "v"), ("อากาศอำนวย", "13:30", "v"),
                     ("เจริญศิลป์", "13:50", "d"), ("พรรณานิคม", "14:05", "d"), ("วาริชภูมิ", "14:20", "c"), ("กุดบาก", "14:55", "v"),
                     ("ส่องดาว", "15:05", "v"), ("โคกศรีสุพรรณ", "15:28", "v")]:
        nm = [N("answer two minutes before the 15:30 deadline: on time")] if hm == "15:28" else []
        if d == "บ้านม่วง":
            S.say(11, hm, VOL[d], o10text(d, 1), name="ต้อม จอส.บ้านม่วง 🚤", tags=[A("O10", d), N(nm_report(d, "v"))])
        else:
            answer("O10", d, 11, hm, r, o10text(d, R.randint(0, 2)), extra_tags=nm)
    S.say(11, "11:55", VOL["เต่างอย"], "แบบสรุปผล อ.เต่างอย (เขียนมือ) ครับ", photos=1, caption_last=True,
          tags=[A("O10", "เต่างอย"), N("photo of a handwritten summary form with a caption: a report for เต่างอย, on time for O10")])
    S.say(11, "13:20", COORD["โคกศรีสุพรรณ"], "รายงานชุดจิตอาสา อ.โคกศรีสุพรรณ ไปช่วย อ.วานรนิวาส\nหัวหน้าชุด ปลัดศุภกร\nสมาชิก ๑๕ คน (รายชื่อตามภาพ)\nขออภัยล่าช้าครับ",
          photos=2, tags=[A("O9", "โคกศรีสุพรรณ"), N(nm_report("โคกศรีสุพรรณ", "d"))])
    S.say(11, "14:45", PALAD, "อีก ๔๕ นาทีครบกำหนดสรุปผลครับ ยังขาด: พังโคน สว่างแดนดิน ภูพาน กุดบาก ส่องดาว โคกศรีสุพรรณ", reply="O10",
          tags=[N("reminder of O10 with the list of districts still missing: no new duty")])
    S.say(11, "16:10", COORD["สว่างแดนดิน"], o10text("สว่างแดนดิน", 0) + "\nขออภัยครับ ติดประชุม", tags=[A("O10", "สว่างแดนดิน"), N(nm_report("สว่างแดนดิน", "d"))])
    S.say(11, "17:45", CHIEF["พังโคน"], o10text("พังโคน", 2), tags=[A("O10", "พังโคน"), N(nm_report("พังโคน", "c"))])
    for d, hm, r in [("พังโคน", "15:45", "v"), ("ภูพาน", "16:40", "v"), ("วานรนิวาส", "19:10", "d")]:
        answer("O11", d, 11, hm, r, f"แผนรณรงค์ป้องกันโรคฉี่หนู อ.{d} ตามแบบฟอร์มครับ", photos=0)
        S.say(11, hm, who(d, r), None, file=f"แผนรณรงค์เลปโต_{d}.xlsx")
    S.say(11, "18:30", PALAD, "ขอบคุณทุกอำเภอครับ สัปดาห์นี้เหนื่อยกันมาก เสาร์อาทิตย์ยังต้องมีเวรประจำศูนย์พักพิงนะครับ 🙏",
          tags=[N("the palad's thanks and a reminder of weekend duty: no report asked, no duty")])
    acks(11, "18:33", [CHIEF["ภูพาน"], VOL["กุดบาก"], COORD["เต่างอย"], VOL["วาริชภูมิ"], CHIEF["โพนนาแก้ว"]])
    S.say(11, "20:15", COORD["ภูพาน"], "ภูพานขออภัยครับ สรุปผลจะส่งวันจันทร์ครับ ทีมยังอยู่วานรฯ")
    S.say(11, "21:40", BAT, "รับทราบครับ ขอบคุณครับ", tags=[N("the last message of the log (judging time for missing answers)")])
    return S
