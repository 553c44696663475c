"""ศอ.จอส.จว.สน. (English-UI phone export, Buddhist calendar)."""
import datetime
import hashlib
from chat import Chat, F, N, A, th, when
from people import DISTRICTS, chief, coord, vol, extra, PEOPLE

STYLE = {"เมืองสกลนคร": "formal", "กุสุมาลย์": "emoji", "กุดบาก": "isan", "พรรณานิคม": "plain", "พังโคน": "num",
         "วาริชภูมิ": "typo", "นิคมน้ำอูน": "formal", "วานรนิวาส": "emoji", "คำตากล้า": "isan", "บ้านม่วง": "plain",
         "อากาศอำนวย": "num", "สว่างแดนดิน": "formal", "ส่องดาว": "emoji", "เต่างอย": "isan", "โคกศรีสุพรรณ": "plain",
         "เจริญศิลป์": "typo", "โพนนาแก้ว": "formal", "ภูพาน": "isan"}
SITE = {"เมืองสกลนคร": "ริมหนองหาร สวนสาธารณะสระพังทอง", "กุสุมาลย์": "วัดป่าโพธิ์ชัย ต.อุ่มจาน", "กุดบาก": "น้ำตกคำหอม ต.นาม่อง",
        "พรรณานิคม": "ตลาดสดพรรณา", "พังโคน": "โรงเรียนพังโคนวิทยาคม", "วาริชภูมิ": "ลำห้วยปลาหาง",
        "นิคมน้ำอูน": "สันเขื่อนน้ำอูน", "วานรนิวาส": "ริมลำน้ำยาม ต.ขัวก่าย", "คำตากล้า": "ริมฝั่งแม่น้ำสงคราม บ้านแพด",
        "บ้านม่วง": "ท่าน้ำบ้านม่วง", "อากาศอำนวย": "ริมแม่น้ำสงคราม ต.อากาศ", "สว่างแดนดิน": "บ้านเชียงเครือ",
        "ส่องดาว": "วัดถ้ำผาแด่น", "เต่างอย": "อ่างเก็บน้ำห้วยโท", "โคกศรีสุพรรณ": "บ้านโคกสะอาด",
        "เจริญศิลป์": "หนองบัวสามัคคี", "โพนนาแก้ว": "ท่าเรือบ้านเชียงสือ", "ภูพาน": "ถนนสาย สน.-กาฬสินธุ์ ช่วงขึ้นภู"}


def h(key, lo, hi):
    v = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return lo + v % (hi - lo + 1)


def num(key, lo, hi, d):
    v = h(key, lo, hi)
    return th(v) if STYLE[d] in ("formal", "isan") else str(v)


def rep(o, d):
    s = STYLE[d]
    n = lambda k, lo, hi: num(o + d + k, lo, hi, d)  # noqa: E731
    site = SITE[d]
    if o == "O1":
        return {
            "formal": f"เรียน ศอ.จอส.จว.สน.\nศอ.จอส.อ.{d} ขอรายงานแผนกิจกรรมจิตอาสาบำเพ็ญสาธารณประโยชน์ (Big Cleaning Day) วันพฤหัสบดีที่ ๓ ก.ย. ๒๕๖๙\n- จุดดำเนินการ {n('k', 2, 6)} จุด จุดหลัก {site}\n- จิตอาสาพระราชทานเข้าร่วม {n('v', 80, 260)} คน\nจึงเรียนมาเพื่อโปรดทราบ",
            "emoji": f"📣📣 อ.{d} ส่งแผน Big Cleaning ค่า 🧹✨\n👥 จิตอาสา {n('v', 80, 260)} คน\n📍 {n('k', 2, 6)} จุด (หลัก: {site}) 💛💛💛",
            "isan": f"แผนของ อ.{d} เด้อครับ จิตอาสาบ่ต่ำกว่า {n('v', 80, 260)} คน ลงพื้นที่ {n('k', 2, 6)} จุด จุดใหญ่อยู่{site} ครับผม 🙏",
            "num": f"อ.{d} รายงานแผน Big Cleaning\n1) วันพฤหัสบดีที่ 3 ก.ย. 69 เวลา 08.00 น.\n2) จุดดำเนินการ {n('k', 2, 6)} จุด\n3) จุดหลัก {site}\n4) จิตอาสาเข้าร่วม {n('v', 80, 260)} คน",
            "plain": f"{d} ครับ แผนวันพฤหัส จิตอาสา {n('v', 80, 260)} คน {n('k', 2, 6)} จุด จุดหลัก{site}",
            "typo": f"อ.{d} ส่งแผนนะคะ จิตอาสาประมาน {n('v', 80, 260)} คน ทำ {n('k', 2, 6)} จุดค่ะ จุดหลัก {site} คะ",
        }[s]
    if o == "O2":
        return {
            "formal": f"ศอ.จอส.อ.{d} รายงานความพร้อมรับมือน้ำท่วม\n- จิตอาสาภัยพิบัติพร้อมปฏิบัติ {n('v', 40, 120)} นาย\n- กระสอบทราย {n('s', 800, 3000)} ใบ\n- เรือท้องแบน {n('b', 2, 6)} ลำ",
            "emoji": f"🌊 อ.{d} พร้อมค่ะ!! 💪\nจิตอาสา {n('v', 40, 120)} คน 🙋\nกระสอบทราย {n('s', 800, 3000)} ใบ 🧱\nเรือ {n('b', 2, 6)} ลำ 🚤",
            "isan": f"อ.{d} กะพร้อมแล้วครับ จิตอาสา {n('v', 40, 120)} คน กระสอบทรายกรอกไว้ {n('s', 800, 3000)} ใบ เรือท้องแบน {n('b', 2, 6)} ลำ ตอนนี้น้ำสงครามยังบ่ล้นตลิ่งครับ",
            "num": f"อ.{d} ความพร้อมน้ำท่วม\n1. จิตอาสา {n('v', 40, 120)} นาย\n2. กระสอบทราย {n('s', 800, 3000)} ใบ\n3. เรือ {n('b', 2, 6)} ลำ\n4. จุดอพยพ {n('e', 2, 5)} แห่ง",
            "plain": f"บ้านม่วงรายงานครับ จิตอาสาเตรียมไว้ {n('v', 40, 120)} คน กระสอบทราย {n('s', 800, 3000)} ใบ เรือ {n('b', 2, 6)} ลำ",
            "typo": f"อ.{d} รายงานความพ้อมค่ะ จิตอาสา {n('v', 40, 120)} คน กระสอบทราย {n('s', 800, 3000)} ใบ",
        }[s]
    if o == "O3":
        return {
            "formal": f"ศอ.จอส.อ.{d} รายงานผลการกำจัดแหล่งเพาะพันธุ์ยุงลาย\n- หมู่บ้าน/ชุมชน {n('m', 5, 30)} แห่ง วัด {n('w', 2, 9)} แห่ง โรงเรียน {n('r', 2, 9)} แห่ง\n- ทำลายภาชนะขังน้ำ {n('c', 300, 2400)} ชิ้น\n(ภาพประกอบ)",
            "emoji": f"🦟❌ อ.{d} ปราบลูกน้ำยุงลายค่ะ\n🏘️ {n('m', 5, 30)} หมู่บ้าน 🛕 {n('w', 2, 9)} วัด 🏫 {n('r', 2, 9)} รร.\n🪣 ภาชนะ {n('c', 300, 2400)} ชิ้น 👏👏",
            "isan": f"อ.{d} ไปเก็บขยะ คว่ำกะลา ล้างโอ่งมาแล้วครับ {n('m', 5, 30)} บ้าน ภาชนะบ่ต่ำกว่า {n('c', 300, 2400)} ชิ้น ไข้เลือดออกปีนี้หลายแท้ครับ",
            "num": f"อ.{d} ผลกำจัดยุงลาย\n1. หมู่บ้าน {n('m', 5, 30)}\n2. วัด {n('w', 2, 9)}\n3. รร. {n('r', 2, 9)}\n4. ภาชนะ {n('c', 300, 2400)} ชิ้น",
            "plain": f"{d} ครับ ทำลายแหล่งเพาะพันธุ์ยุงแล้ว {n('m', 5, 30)} หมู่บ้าน ภาชนะ {n('c', 300, 2400)} ชิ้น",
            "typo": f"อ.{d} รายงานผลกำจัดลูกนำ้ยุงลายค่ะ {n('m', 5, 30)} หมุ่บ้าน ภาชนะ {n('c', 300, 2400)} ชิ้น",
        }[s]
    if o == "O5":
        amt = h(o + d, 12, 48) * 1000
        a = f"{amt:,}"
        return {
            "formal": f"ศอ.จอส.อ.{d} ส่งหลักฐานการเบิกจ่ายค่าอาหารและน้ำดื่มจิตอาสา ไตรมาส ๔ จำนวน {th(a)} บาท รายละเอียดตามไฟล์แนบ",
            "emoji": f"📑 อ.{d} ส่งหลักฐานเบิกค่าอาหาร จอส. Q4 ค่า {a} บาท ✅ ไฟล์ตามแนบ 👇",
            "isan": f"หลักฐานเบิกของ อ.{d} ครับ ยอด {th(a)} บาท ฝากพี่ ๆ ศอ. ตรวจให้แหน่เด้อครับ",
            "num": f"อ.{d} หลักฐานเบิกจ่าย\n1) ค่าอาหาร/น้ำดื่มจิตอาสา Q4\n2) ยอด {a} บาท\n3) ไฟล์ PDF แนบ",
            "plain": f"{d} ส่งหลักฐานเบิกค่าอาหารจิตอาสาครับ {a} บาท",
            "typo": f"อ.{d} ส่งหลักฐานเบิกจ่ายคะ่ ยอด {a} บาท",
        }[s]
    if o == "O6":
        return {
            "isan": f"อ.{d} รายงานครับ หมู่บ้านเสี่ยงดินสไลด์ {n('m', 3, 9)} หมู่บ้าน ซ้อมอพยพแล้ว {n('z', 1, 3)} หมู่บ้าน จิตอาสาเฝ้าระวังประจำจุด {n('v', 20, 60)} คน ฝนยังตกหนักอยู่เด้อครับ",
            "plain": f"{d} ครับ หมู่บ้านเสี่ยงดินโคลนถล่ม {n('m', 3, 9)} หมู่บ้าน ซ้อมแผนอพยพแล้ว {n('z', 1, 3)} หมู่บ้าน จิตอาสาเวรยาม {n('v', 20, 60)} คน",
        }.get(s, f"อ.{d} รายงานจุดเสี่ยงดินโคลนถล่ม {n('m', 3, 9)} หมู่บ้าน ซ้อมอพยพ {n('z', 1, 3)} หมู่บ้าน จิตอาสาเฝ้าระวัง {n('v', 20, 60)} คน")
    if o == "O7":
        return {
            "formal": f"ศอ.จอส.อ.{d} รายงานแผนจัดตั้งทีมจิตอาสาภัยพิบัติ ตำบลที่ยังไม่มีทีม {n('t', 1, 4)} ตำบล กำหนดประชุมจัดตั้งภายในวันที่ ๑๕ ก.ย. ๒๕๖๙",
            "emoji": f"👷 อ.{d} แผนตั้งทีมจิตอาสาภัยพิบัติค่ะ ✨ ยังขาด {n('t', 1, 4)} ตำบล 🗓️ ประชุมตั้งทีม 10 ก.ย. 69 ค่ะ 💛",
            "typo": f"อ.{d} แผนจัดตั้งทีมจิตอาสาภับพิบัติ ขาด {n('t', 1, 4)} ตำบล จะประชุมวันที่ 11 ก.ย.คะ",
        }[s]
    if o == "O8":
        return {
            "formal": f"ศอ.จอส.อ.{d} รายงานผลกิจกรรม Big Cleaning Day ๓ ก.ย. ๒๕๖๙\n- จิตอาสาเข้าร่วม {n('v', 90, 320)} คน\n- ขยะที่เก็บได้ประมาณ {n('g', 1, 9)} ตัน\n- จุดดำเนินการ {site} และจุดย่อย",
            "emoji": f"🧹🧹 ผล Big Cleaning อ.{d} ค่ะ\n👥 {n('v', 90, 320)} คน\n🗑️ ขยะ {n('g', 1, 9)} ตัน\n📍 {site} ✨✨",
            "isan": f"ผลงานมื้อวานของ อ.{d} ครับ จิตอาสามาหลาย {n('v', 90, 320)} คน เก็บขยะได้ {n('g', 1, 9)} ตันปาย ที่{site} ครับ",
            "num": f"อ.{d} ผล Big Cleaning\n1. จิตอาสา {n('v', 90, 320)} คน\n2. ขยะ {n('g', 1, 9)} ตัน\n3. จุดหลัก {site}",
            "plain": f"{d} ครับ Big Cleaning จิตอาสา {n('v', 90, 320)} คน ขยะ {n('g', 1, 9)} ตัน",
            "typo": f"อ.{d} ผล Big Cleanning ค่ะ จิตอาสา {n('v', 90, 320)} คน ขยะประมาน {n('g', 1, 9)} ตัน",
        }[s]
    if o == "O10":
        return f"อ.{d} สรุปการเบิกจ่ายงบโครงการจิตอาสา ปีงบ ๒๕๖๙ เบิกแล้ว {th(h(o + d, 71, 98))}% คงเหลือจะเบิกให้แล้วเสร็จก่อน ๒๕ ก.ย. ๖๙"
    raise KeyError(o)


WHO = lambda o, d: [chief(d), coord(d), vol(d), vol(d), coord(d)][h("w" + o + d, 0, 4)]  # noqa: E731

ORDERS = {}


def build():
    c = Chat("ศอ.จอส.จว.สน.", "[LINE] Chat in ศอ.จอส.จว.สน..txt", export=True)
    S, K = c.say, c.sticker
    ADM, JAK, PAL = "P008", "P009", "P005"

    def ans(o, d, day, hm, who=None, kind="text", photos=0, note=None, text=None, **kw):
        w = who or WHO(o, d)
        body = text or rep(o, d)
        if kind == "text":
            return S(day, hm, w, body, photos=photos, tags=[A(o, d)] + ([N(note)] if note else []), **kw)
        if kind == "photos":
            return S(day, hm, w, None, photos=photos or 3, tags=[A(o, d), N(note or "photos alone after an order that asks for photos: counts as the district's report")], **kw)
        if kind == "caption":
            return S(day, hm, w, body, photos=photos or 2, caption_last=True, tags=[A(o, d)] + ([N(note)] if note else []), **kw)
        if kind == "file":
            return S(day, hm, w, body, file=f"หลักฐานเบิกจ่าย_จอส_{d}.pdf", tags=[A(o, d)] + ([N(note)] if note else []), **kw)
        raise ValueError(kind)

    # ------------------------------------------------------------------ Monday 31 August
    S("mon", "07:41", JAK, "อรุณสวัสดิ์วันจันทร์ครับพี่ๆน้องๆจิตอาสาทุกอำเภอ 🌞💛💛 สัปดาห์สุดท้ายของเดือนสิงหาฯ ต่อด้วยต้นกันยาฯ งานแน่นแน่นอนครับ 😅🙏")
    K("mon", "07:44", vol("พังโคน"), tags=[N("sticker greeting by a district volunteer officer: members of ศอ.จอส.จว.สน. may post; not an order or a report")])
    S("mon", "07:52", vol("วานรนิวาส"), "สวัสดีค่ะ 🌼🌼 สู้ๆ ค่ะ")
    o1 = S("mon", "09:10", ADM, "ด่วน\nที่ สน ๐๐๑๘.๖/ว ๔๑๑๒ ลงวันที่ ๓๑ สิงหาคม ๒๕๖๙\nเรื่อง กิจกรรมจิตอาสาพระราชทานบำเพ็ญสาธารณประโยชน์ (Big Cleaning Day) วันพฤหัสบดีที่ ๓ กันยายน ๒๕๖๙\nเรียน นายอำเภอ ทุกอำเภอ\n\nขอให้ ศอ.จอส.อำเภอ เตรียมจัดกิจกรรมทำความสะอาดพื้นที่สาธารณะ และรายงานแผน (จำนวนจุด จุดหลัก จำนวนจิตอาสา) ทางกลุ่มนี้ ภายในเวลา ๑๖.๓๐ น. วันนี้", file="ว4112_BigCleaning_3กย69.pdf", key="O1",
           tags=[N("order of the provincial volunteer centre with its letter: allowed in ศอ.จอส.จว.สน. (SKN-5P)")])
    ORDERS["O1"] = dict(msg=o1, districts=list(DISTRICTS), deadline=when("mon", "16:30"), topic="Big Cleaning Day plan",
                        reasoning="\"ภายในเวลา ๑๖.๓๐ น. วันนี้\" on Monday 31 Aug: 16:30 that day.")
    K("mon", "09:12", chief("ภูพาน"))
    S("mon", "09:13", coord("เมืองสกลนคร"), "รับทราบครับ")
    K("mon", "09:15", vol("สว่างแดนดิน"))
    S("mon", "09:16", coord("กุสุมาลย์"), "รับทราบค่ะ 🙏🙏😊")
    S("mon", "09:20", vol("เต่างอย"), "ฮับซาบครับ")
    ans("O1", "พังโคน", "mon", "10:05", who=coord("พังโคน"), note="answer by a coordinating deputy on the district's behalf: a district person may report")
    ans("O1", "เมืองสกลนคร", "mon", "10:22", who=vol("เมืองสกลนคร"))
    ans("O1", "กุสุมาลย์", "mon", "10:40", who=coord("กุสุมาลย์"))
    ans("O1", "อากาศอำนวย", "mon", "10:58", who=extra("อากาศอำนวย"), note="report by an ordinary deputy (ปลัดอำเภอ) of the district: admitted to the group and counts for the district")
    o_ins = c.system("mon", "11:18", "invite", vol("บ้านม่วง"), target="น้องฝน ประกันชีวิต💰",
                     tags=[F("OUTSIDER", "person not on the roster added to ศอ.จอส.จว.สน. by the volunteer officer of บ้านม่วง (สุพัตรา จอส.บ้านม่วง)", "น้องฝน ประกันชีวิต💰")])
    S("mon", "11:22", "น้องฝน ประกันชีวิต💰", "สวัสดีค่ะพี่ๆข้าราชการทุกท่าน 🙏 ประกันสุขภาพข้าราชการ เบี้ยเริ่มต้นวันละ 9 บาท คุ้มครองไข้เลือดออก ผ่อน 0% สนใจทักแชทส่วนตัวได้เลยค่ะ 💰💰")
    S("mon", "11:25", JAK, "ขออนุญาตนำออกนะครับ กลุ่มนี้เฉพาะเจ้าหน้าที่ครับ 🙏")
    c.system("mon", "11:26", "remove", JAK, target="น้องฝน ประกันชีวิต💰")
    S("mon", "11:30", vol("บ้านม่วง"), "ขอโทษค่ะ เพื่อนขอเข้ามา นึกว่ากลุ่มอื่น 🙏")
    ans("O1", "กุดบาก", "mon", "11:41")
    ans("O1", "วาริชภูมิ", "mon", "11:55", who=vol("วาริชภูมิ"))
    ans("O1", "นิคมน้ำอูน", "mon", "13:05", who=chief("นิคมน้ำอูน"))
    o2 = S("mon", "14:00", PAL, "เรียน นอภ.อำเภอริมน้ำ (ลุ่มน้ำสงครามและรอบหนองหาร)\nกรมอุตุฯ เตือนฝนตกหนักต่อเนื่อง ๓๑ ส.ค. - ๓ ก.ย. ระดับน้ำสงครามเพิ่มขึ้น ขอให้ ศอ.จอส.อำเภอ ตรวจความพร้อมจิตอาสาภัยพิบัติ กระสอบทราย เรือ และรายงานภายใน ๒๔ ชม.\nได้แก่ อ.เมืองสกลนคร อ.อากาศอำนวย อ.วานรนิวาส อ.คำตากล้า อ.บ้านม่วง", photos=2, key="O2",
           tags=[N("order by the provincial palad, head of the provincial volunteer centre: allowed; districts named by description then listed")])
    ORDERS["O2"] = dict(msg=o2, districts=["อากาศอำนวย", "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "โพนนาแก้ว"],
                        deadline=when("tue", "14:00"), topic="flood readiness, riverside districts (list changed at 15:10)",
                        reasoning="\"ภายใน ๒๔ ชม.\" from the order at 14:00 Monday: 14:00 Tuesday 1 Sep. The palad's follow-up at 15:10 removes เมืองสกลนคร and adds โพนนาแก้ว \"กำหนดเวลาเดิม\" (same deadline), so the duties are the final list with the original deadline; เมืองสกลนคร has no duty.")
    ans("O1", "คำตากล้า", "mon", "14:12", who=vol("คำตากล้า"))
    S("mon", "14:20", chief("เมืองสกลนคร"), "อ.เมืองฯ ได้รายงาน ปภ.จังหวัดไปแล้วเมื่อเช้านะครับ จะให้รายงานซ้ำในกลุ่มนี้ด้วยไหมครับ",
      tags=[N("question by a district chief in ศอ.จอส.จว.สน.: members may ask; not a report of a duty")])
    S("mon", "15:10", JAK, "แจ้งแก้ไขรายชื่ออำเภอตามข้อสั่งการท่านปลัดจังหวัด (14.00 น.) 📌\n❌ ตัด อ.เมืองสกลนคร (รายงาน ปภ.แล้ว)\n✅ เพิ่ม อ.โพนนาแก้ว (พื้นที่ติดหนองหาร)\nกำหนดส่งเวลาเดิมครับ 🙏", key="O2fix",
      tags=[N("change of O2's district list by the volunteer centre: no new order and no new deadline (\"กำหนดส่งเวลาเดิม\"); the duties follow the final list")])
    K("mon", "15:12", chief("โพนนาแก้ว"))
    ans("O1", "วานรนิวาส", "mon", "15:20", who=vol("วานรนิวาส"))
    ans("O1", "พรรณานิคม", "mon", "15:34", who=chief("พรรณานิคม"))
    ans("O1", "สว่างแดนดิน", "mon", "15:47", who=coord("สว่างแดนดิน"))
    ans("O1", "เต่างอย", "mon", "15:55", who=vol("เต่างอย"))
    ans("O1", "โคกศรีสุพรรณ", "mon", "16:02", who=vol("โคกศรีสุพรรณ"))
    ans("O1", "โพนนาแก้ว", "mon", "16:18", who=coord("โพนนาแก้ว"))
    ans("O1", "ภูพาน", "mon", "16:30", who=vol("ภูพาน"), note="answer at 16:30, the deadline minute itself: on time")
    S("mon", "16:36", JAK, "ทวงครับ 🙏 ตามข้อสั่งการ Big Cleaning (ว ๔๑๑๒) อำเภอที่ยังไม่ส่งแผน: บ้านม่วง ส่องดาว เจริญศิลป์ รบกวนด่วนครับ ⏰⏰",
      tags=[N("reminder naming the districts that have not reported: creates no new duty")])
    ans("O1", "ส่องดาว", "mon", "16:52", who=coord("ส่องดาว"))
    ans("O1", "บ้านม่วง", "mon", "17:28", who=coord("บ้านม่วง"), text="ขออภัยที่ล่าช้าครับ วันนี้ท่านนายอำเภอพาลงพื้นที่น้ำท่วมบ้านดงน้อยทั้งวัน สัญญาณบ่ดี\nบ้านม่วง แผน Big Cleaning จิตอาสา 150 คน 3 จุด จุดหลักท่าน้ำบ้านม่วง ครับ")
    ans("O2", "อากาศอำนวย", "mon", "17:45", who=coord("อากาศอำนวย"))
    S("mon", "18:02", JAK, "ขอบคุณทุกอำเภอครับ 💛🙏 เหลือ อ.เจริญศิลป์ นะครับ")
    K("mon", "18:05", vol("กุดบาก"))

    # ------------------------------------------------------------------ Tuesday 1 September
    S("tue", "07:35", JAK, "สวัสดีวันอังคาร ๑ ก.ย. ครับ 🌧️ เดือนสุดท้ายของปีงบ ๖๙ แล้วครับ ใครมีงบค้างเบิกรีบเคลียร์น้าาา 😂💸")
    K("tue", "07:40", chief("ส่องดาว"))
    o3 = S("tue", "09:00", ADM, "ที่ สน ๐๐๑๘.๖/ว ๔๑๒๘ ลงวันที่ ๑ กันยายน ๒๕๖๙\nเรื่อง ขอความร่วมมือจิตอาสาพระราชทานรณรงค์ป้องกันโรคไข้เลือดออก\nด้วยสถานการณ์ไข้เลือดออกจังหวัดสกลนครมีผู้ป่วยสะสมสูงกว่าค่ามัธยฐาน ขอให้ ศอ.จอส.อำเภอ นำจิตอาสาร่วมกำจัดแหล่งเพาะพันธุ์ยุงลายใน วัด โรงเรียน ชุมชน แล้วรายงานผลพร้อมภาพถ่าย ภายในวันศุกร์ที่ ๔ ก.ย. ๖๙", photos=3, key="O3",
           tags=[N("order of the volunteer centre with photos of the letter: allowed")])
    ORDERS["O3"] = dict(msg=o3, districts=list(DISTRICTS), deadline=datetime_end("fri"), topic="dengue: breeding-site clean-up with photos",
                        reasoning="\"ภายในวันศุกร์ที่ ๔ ก.ย. ๖๙\": to the end of Friday 4 Sep (23:59:59), later than the end of the log, so districts without an answer are not-due.")
    S("tue", "09:03", vol("นิคมน้ำอูน"), "รับทราบค่ะ")
    S("tue", "09:05", extra("เมืองสกลนคร", 1), "🙏")
    ans("O2", "วานรนิวาส", "tue", "09:15", who=coord("วานรนิวาส"))
    o5 = S("tue", "10:30", PAL, "เรียน นอภ.ทุกอำเภอ (ยกเว้น อ.เมืองสกลนคร และ อ.กุสุมาลย์ ซึ่งส่งแล้ว)\nเพื่อให้การเบิกจ่ายงบประมาณโครงการจิตอาสาพระราชทาน ปี ๒๕๖๙ แล้วเสร็จก่อนสิ้นปีงบประมาณ ๓๐ ก.ย. ขอให้ส่งหลักฐานการเบิกจ่ายค่าอาหารและน้ำดื่มจิตอาสา ไตรมาส ๔ ทางกลุ่มนี้ ภายใน ๒ วัน", file="แบบฟอร์มหลักฐานเบิกจ่าย_Q4_69.xlsx", key="O5",
           tags=[N("order by the provincial palad with its form: allowed; \"ยกเว้น\" two districts")])
    ORDERS["O5"] = dict(msg=o5, districts=[d for d in DISTRICTS if d not in ("เมืองสกลนคร", "กุสุมาลย์")], deadline=datetime_end("thu"),
                        topic="disbursement evidence, volunteer meals Q4 (all but 2)",
                        reasoning="\"ภายใน ๒ วัน\" from Tuesday 1 Sep: the count starts the day after (Wed 2 = day 1, Thu 3 = day 2), a working day, so the end of Thursday 3 Sep. เมืองสกลนคร and กุสุมาลย์ are excepted in the order.")
    S("tue", "10:33", chief("เมืองสกลนคร"), "ขอบคุณครับท่าน 🙏", tags=[N("thanks by a district chief: chat is not restricted in ศอ.จอส.จว.สน.")])
    ans("O2", "บ้านม่วง", "tue", "11:02", who=chief("บ้านม่วง"))
    S("tue", "11:00", JAK, "📊 ตารางสรุปทีมจิตอาสาภัยพิบัติรายตำบล (ข้อมูล ณ ๓๑ ส.ค. ๖๙) เพื่อทราบครับ\nอำเภอที่ยังไม่มีทีมครบทุกตำบล ได้แก่ วาริชภูมิ นิคมน้ำอูน ส่องดาว เจริญศิลป์ โพนนาแก้ว\nอำเภออื่นครบแล้ว 👍👍", photos=1, key="TEAMS",
      tags=[N("summary for information (เพื่อทราบ), asks nothing: no duty; O7 later refers to this list")])
    ans("O3", "กุสุมาลย์", "tue", "11:40", who=coord("กุสุมาลย์"), kind="photos", photos=4)
    ans("O5", "พรรณานิคม", "tue", "13:10", who=vol("พรรณานิคม"), kind="file")
    S("tue", "13:20", chief("เมืองสกลนคร"), "ฝากทุกอำเภอครับ งานเดิน-วิ่งการกุศล \"หนองหารมินิมาราธอน\" ๑๓ ก.ย. ขอให้แต่ละอำเภอส่งรายชื่อจิตอาสาช่วยจุดให้น้ำ อำเภอละ ๑๐ คน มาที่ อ.เมืองภายในวันพฤหัสนะครับ",
      tags=[F("SKN-5P", "a district chief gives an order to the other districts in ศอ.จอส.จว.สน.: orders here come only from the provincial volunteer centre; creates no SKN-5O duty")])
    ans("O3", "พังโคน", "tue", "14:05", who=vol("พังโคน"), photos=3)
    S("tue", "14:01", JAK, "ครบ 5 อำเภอแล้วหรือยังครับ เรื่องความพร้อมน้ำท่วม ⏰ ยังขาดคำตากล้า กับโพนนาแก้วนะครับ",
      tags=[N("reminder of O2 at its deadline: no new duty")])
    ans("O2", "คำตากล้า", "tue", "15:31", who=vol("คำตากล้า"), note=None)
    S("tue", "15:33", vol("คำตากล้า"), "ขออภัยช้าครับ ไฟดับทั้งตำบลตั้งแต่เมื่อคืน 🙏")
    S("tue", "15:30", ADM, "ศอ.จอส.จว.สน. แจ้งเพื่อทราบ (ไม่ต้องรายงาน)\nกำหนดการฝึกอบรมวิทยากรจิตอาสาพระราชทาน ๙๐๔ วปร. รุ่นที่ ๓/๒๕๖๙ ณ ค่ายกฤษณ์สีวะรา ๑๔-๑๘ ก.ย. ๖๙ รายละเอียดตามไฟล์", file="กำหนดการอบรม_วิทยากร_รุ่น3_69.pdf", key="O4",
      tags=[N("information-only order (\"เพื่อทราบ (ไม่ต้องรายงาน)\"): creates no duty")])
    K("tue", "15:36", coord("โคกศรีสุพรรณ"))
    c.system("tue", "16:40", "invite", vol("อากาศอำนวย"), target="P023", key="INV23")
    S("tue", "16:44", "P023", "รายงานสถานการณ์น้ำ ๑ ก.ย. ๖๙ เวลา ๑๖.๐๐ น.\nแม่น้ำสงคราม สถานี Kh.90 ต่ำกว่าตลิ่ง ๑.๒๐ ม. แนวโน้มเพิ่มขึ้น\nอ.อากาศอำนวย มีน้ำท่วมขังพื้นที่การเกษตร ๓ ตำบล",
      tags=[F("SKN-5P", "a report by an agency's staff member, not a district's people: reports here come from district centres only")])
    ans("O5", "สว่างแดนดิน", "tue", "16:58", who=coord("สว่างแดนดิน"), kind="file")
    ans("O3", "วานรนิวาส", "tue", "17:20", who=vol("วานรนิวาส"), photos=3)
    ans("O5", "โคกศรีสุพรรณ", "tue", "17:41", who=chief("โคกศรีสุพรรณ"), kind="file")
    S("tue", "18:10", PAL, "ขอบคุณครับ เรื่องเบิกจ่าย ขอให้ทุกอำเภอเร่งรัดด้วย ปิดปีงบแล้วคลังไม่รับนะครับ")
    # ------------------------------------------------------------------ Wednesday 2 September
    S("wed", "07:50", JAK, "🖤🖤 ศอ.จอส.จว.สน. ขอแสดงความเสียใจกับครอบครัว นายสมบูรณ์ ผาลา จิตอาสาพระราชทาน อ.กุดบาก ซึ่งเสียชีวิตจากอุบัติเหตุระหว่างช่วยขนย้ายสิ่งของผู้ประสบภัยน้ำท่วม เมื่อคืนวันที่ ๑ ก.ย. ๖๙ ขอดวงวิญญาณสู่สุคติครับ 🙏",
      tags=[N("condolence notice by the volunteer centre: allowed")])
    S("wed", "07:56", chief("กุดบาก"), "ขอบคุณ ศอ.จังหวัดครับ อำเภอจะจัดพิธีสวดอภิธรรม ๒-๔ ก.ย. ที่บ้านนาม่อง ครับ 🙏")
    S("wed", "08:01", coord("ภูพาน"), "ขอแสดงความเสียใจด้วยครับ 🙏🖤")
    S("wed", "08:03", vol("ส่องดาว"), "เสียใจด้วยค่ะ 🖤🙏")
    K("wed", "08:05", coord("พรรณานิคม"))
    S("wed", "08:09", extra("สว่างแดนดิน", 1), "ขอแสดงความเสียใจค่ะ 🙏", tags=[N("condolence by an ordinary deputy (ปลัดอำเภอ): admitted to ศอ.จอส.จว.สน.")])
    ans("O5", "นิคมน้ำอูน", "wed", "08:45", who=vol("นิคมน้ำอูน"), kind="file")
    ans("O3", "เมืองสกลนคร", "wed", "09:10", who=extra("เมืองสกลนคร"), photos=4, note="report by an ordinary deputy of the district with photos: counts")
    ans("O5", "บ้านม่วง", "wed", "09:40", who=vol("บ้านม่วง"), kind="file")
    ans("O5", "วานรนิวาส", "wed", "10:05", who=vol("วานรนิวาส"), kind="file")
    ans("O3", "กุดบาก", "wed", "10:20", who=vol("กุดบาก"), photos=2)
    S("wed", "10:41", "P010", "ปภ.สน. ขอความร่วมมือทุกอำเภอ ส่งรายชื่อจุดเสี่ยงน้ำท่วมฉับพลัน-น้ำป่าไหลหลาก พร้อมพิกัด มาที่ ปภ.จังหวัด ภายในวันนี้ครับ 🚒",
      tags=[F("SKN-5P", "order to the districts by an agency head in ศอ.จอส.จว.สน.: orders here come from the provincial volunteer centre only; creates no SKN-5O duty")])
    ans("O5", "คำตากล้า", "wed", "11:02", who=chief("คำตากล้า"), kind="file")
    ans("O3", "สว่างแดนดิน", "wed", "11:25", who=vol("สว่างแดนดิน"), kind="caption", photos=3)
    ans("O5", "อากาศอำนวย", "wed", "11:50", who=vol("อากาศอำนวย"), kind="file")
    o6 = S("wed", "13:00", JAK, "📢 ข้อสั่งการ ศอ.จอส.จว.สน.\nอำเภอที่มีพื้นที่เสี่ยงดินโคลนถล่มตามแนวเทือกเขาภูพาน ⛰️🌧️ (ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ)\nขอให้รายงาน 1) หมู่บ้านเสี่ยง 2) การซ้อมอพยพ 3) จิตอาสาเฝ้าระวัง ก่อนเที่ยงพรุ่งนี้ครับ 🙏", photos=2, key="O6",
           tags=[N("order of a province-level volunteer officer with photos: allowed")])
    ORDERS["O6"] = dict(msg=o6, districts=["กุดบาก", "เต่างอย", "โคกศรีสุพรรณ", "ภูพาน"], deadline=when("thu", "12:00"),
                        topic="landslide risk along the ภูพาน range (4 districts)",
                        reasoning="\"ก่อนเที่ยงพรุ่งนี้\" written on Wednesday 2 Sep: 12:00 Thursday 3 Sep.")
    S("wed", "13:04", chief("เต่างอย"), "รับทราบครับผม")
    ans("O5", "เต่างอย", "wed", "13:30", who=vol("เต่างอย"), kind="file")
    c.system("wed", "14:48", "join", "สินเชื่อสวัสดิการ ครู-ข้าราชการ ✅", tags=[F("OUTSIDER", "person not on the roster joined ศอ.จอส.จว.สน. by link or QR code", "สินเชื่อสวัสดิการ ครู-ข้าราชการ ✅")])
    S("wed", "14:50", "สินเชื่อสวัสดิการ ครู-ข้าราชการ ✅", "💵 สินเชื่อข้าราชการ อนุมัติไว ไม่เช็คบูโร ดอกเบี้ยต่ำ 0.59% วงเงินสูงสุด 1 ล้าน ทักไลน์ @loan-gov")
    c.system("wed", "14:58", "remove", ADM, target="สินเชื่อสวัสดิการ ครู-ข้าราชการ ✅")
    ans("O6", "ภูพาน", "wed", "16:05", who=chief("ภูพาน"), photos=2)
    ans("O3", "โพนนาแก้ว", "wed", "16:40", who=vol("โพนนาแก้ว"), photos=3)
    ans("O6", "โคกศรีสุพรรณ", "wed", "17:30", who=coord("โคกศรีสุพรรณ"))
    ans("O5", "ส่องดาว", "wed", "17:52", who=coord("ส่องดาว"), kind="file")
    S("wed", "18:00", ADM, "เร่งรัด📌 หลักฐานเบิกจ่ายค่าอาหารจิตอาสา Q4 (ข้อสั่งการท่านปลัดจังหวัด ๑ ก.ย.) ครบกำหนดพรุ่งนี้ อำเภอที่ยังไม่ส่ง: กุดบาก พังโคน วาริชภูมิ เจริญศิลป์ โพนนาแก้ว ภูพาน",
      tags=[N("reminder (เร่งรัด) of O5 listing districts: no new duty")])
    K("wed", "18:03", coord("โพนนาแก้ว"))
    # ------------------------------------------------------------------ Thursday 3 September
    S("thu", "06:55", JAK, "วันนี้ Big Cleaning Day พร้อมกันทั้งจังหวัดครับ 🧹🧹 ขอให้ทุกอำเภอถ่ายภาพก่อน-หลังไว้นะครับ ☀️💪")
    S("thu", "07:20", chief("วาริชภูมิ"), "จิตอาสาวาริชภูมิพร้อมแล้วครับ", photos=2, tags=[N("photos with a line of chat by a district chief before the clean-up: not the report O8 asks for (O8 is issued at 14:00)")])
    ans("O5", "โพนนาแก้ว", "thu", "08:15", who=vol("โพนนาแก้ว"), kind="file")
    o7 = S("thu", "09:00", JAK, "🔔 ขอให้อำเภอที่ยังไม่มีทีมจิตอาสาภัยพิบัติครบทุกตำบล ตามตารางสรุปที่ ศอ.แจ้งเมื่อวันอังคาร ส่งแผนการจัดตั้งทีม (ตำบลที่ขาด + วันประชุมจัดตั้ง) ภายในวันนี้นะครับ 🙏", key="O7",
           tags=[N("order naming districts only by description (no list after it); the list is the one in the centre's summary of Tuesday 11:00")])
    ORDERS["O7"] = dict(msg=o7, districts=["วาริชภูมิ", "นิคมน้ำอูน", "ส่องดาว", "เจริญศิลป์", "โพนนาแก้ว"], deadline=datetime_end("thu"),
                        topic="plan for disaster-volunteer teams (districts by description)",
                        reasoning="\"ภายในวันนี้\" on Thursday 3 Sep: to the end of that day. The districts are those of the summary posted Tuesday 11:00 (วาริชภูมิ, นิคมน้ำอูน, ส่องดาว, เจริญศิลป์, โพนนาแก้ว).")
    ans("O3", "นิคมน้ำอูน", "thu", "09:25", who=chief("นิคมน้ำอูน"), photos=2)
    ans("O7", "วาริชภูมิ", "thu", "11:02", who=coord("วาริชภูมิ"), text=f"อ.วาริชภูมิ แผนตั้งทีมจิตอาสาภัยพิบัติคับ ตำบลที่ขาด 2 ตำบล (ต.ค้อเขียว ต.หนองลาด) ประชุมจัดตั้ง 9 ก.ย. 69 ครับ")
    ans("O5", "เจริญศิลป์", "thu", "11:40", who=coord("เจริญศิลป์"), kind="file")
    S("thu", "11:58", JAK, "ย้ำครับ เรื่องดินโคลนถล่ม ครบเที่ยงแล้ว เหลือ กุดบาก เต่างอย 🙏", tags=[N("reminder of O6 at its deadline: no new duty")])
    ans("O6", "เต่างอย", "thu", "13:45", who=coord("เต่างอย"))
    o8 = S("thu", "14:00", JAK, "📸 ขอให้ทุกอำเภอรายงานผลกิจกรรม Big Cleaning Day วันนี้ (จำนวนจิตอาสา ปริมาณขยะ จุดดำเนินการ) พร้อมภาพ ๓-๔ ภาพ ภายใน ๑๒.๐๐ น. วันพรุ่งนี้ (ศ. ๔ ก.ย.) เพื่อสรุปเรียนท่านผู้ว่าฯ ครับ 🙏💛", key="O8",
           tags=[N("order of a province-level volunteer officer: allowed")])
    ORDERS["O8"] = dict(msg=o8, districts=list(DISTRICTS), deadline=when("fri", "12:00"), topic="Big Cleaning Day results with photos",
                        reasoning="\"ภายใน ๑๒.๐๐ น. วันพรุ่งนี้ (ศ. ๔ ก.ย.)\" written Thursday: 12:00 Friday 4 Sep.")
    K("thu", "14:02", vol("บ้านม่วง"))
    S("thu", "14:03", chief("พังโคน"), "รับทราบครับ")
    ans("O7", "นิคมน้ำอูน", "thu", "14:20", who=vol("นิคมน้ำอูน"), text="ศอ.จอส.อ.นิคมน้ำอูน รายงานแผนจัดตั้งทีมจิตอาสาภัยพิบัติ ตำบลที่ยังไม่มีทีม ๑ ตำบล (ต.สุวรรณคาม) กำหนดประชุมจัดตั้ง ๘ ก.ย. ๒๕๖๙")
    ans("O8", "กุสุมาลย์", "thu", "14:35", who=coord("กุสุมาลย์"), photos=4)
    ans("O8", "พังโคน", "thu", "14:52", who=vol("พังโคน"), kind="photos", photos=4)
    ans("O8", "เมืองสกลนคร", "thu", "15:10", who=vol("เมืองสกลนคร"), photos=3, text="(๑/๒) " + rep("O8", "เมืองสกลนคร"))
    S("thu", "15:40", vol("เมืองสกลนคร"), "(๒/๒) ภาพเพิ่มเติม จุดย่อยชุมชนธาตุเชิงชุม และตลาดโต้รุ่ง ค่ะ", photos=3,
      tags=[N("second part of a two-part report: the duty was met by part 1")])
    ans("O8", "กุดบาก", "thu", "15:26", who=coord("กุดบาก"), photos=2)
    S("thu", "16:00", coord("โพนนาแก้ว"), "ศอ.จอส.อ.โพนนาแก้ว รายงาน ๒ เรื่อง\n๑. แผนจัดตั้งทีมจิตอาสาภัยพิบัติ ตำบลที่ยังไม่มีทีม ๒ ตำบล (ต.นาแก้ว ต.บ้านแป้น) กำหนดประชุม ๑๐ ก.ย. ๒๕๖๙\n๒. ผล Big Cleaning Day จิตอาสา ๒๑๐ คน ขยะ ๓ ตัน จุดหลักท่าเรือบ้านเชียงสือ (ภาพจะส่งตามมาครับ)",
      tags=[A("O7", "โพนนาแก้ว"), A("O8", "โพนนาแก้ว"), N("one numbered message answering two orders (O7 and O8): it is the district's answer to each")])
    ans("O8", "วานรนิวาส", "thu", "16:12", who=vol("วานรนิวาส"), photos=4)
    ans("O8", "ภูพาน", "thu", "16:30", who=vol("ภูพาน"), kind="photos", photos=3)
    ans("O8", "พรรณานิคม", "thu", "16:44", who=extra("พรรณานิคม"), kind="caption", photos=3, note="photos first, then the caption: the post is cited at its first photo")
    ans("O8", "วาริชภูมิ", "thu", "17:05", who=vol("วาริชภูมิ"), photos=3)
    S("thu", "17:10", ADM, "ย้ำ!! ตามข้อสั่งการ \"ขอให้ส่งหลักฐานการเบิกจ่ายค่าอาหารและน้ำดื่มจิตอาสา ไตรมาส ๔ ทางกลุ่มนี้ ภายใน ๒ วัน\" ครบกำหนดคืนนี้ ยังขาด กุดบาก พังโคน วาริชภูมิ ภูพาน 📌", tags=[N("reminder (ย้ำ) of O5: no new duty")])
    ans("O8", "โคกศรีสุพรรณ", "thu", "17:30", who=chief("โคกศรีสุพรรณ"), photos=2)
    ans("O8", "คำตากล้า", "thu", "17:48", who=vol("คำตากล้า"), photos=3)
    ans("O3", "คำตากล้า", "thu", "17:55", who=vol("คำตากล้า"), photos=2, note="O3 report (dengue) sent after the O8 report: told apart by content")
    ans("O8", "บ้านม่วง", "thu", "18:20", who=vol("บ้านม่วง"), photos=3)
    ans("O8", "ส่องดาว", "thu", "18:42", who=coord("ส่องดาว"), photos=4)
    S("thu", "19:05", vol("โพนนาแก้ว"), None, photos=3, tags=[N("photos following โพนนาแก้ว's numbered report of 16:00: the duty was already met")])
    ans("O3", "โคกศรีสุพรรณ", "thu", "19:20", who=vol("โคกศรีสุพรรณ"), photos=2)
    S("thu", "20:15", JAK, "ขอบคุณทุกอำเภอครับ ภาพสวยมาก 👏👏👏 พรุ่งนี้เที่ยงปิดรับนะครับ")
    # ------------------------------------------------------------------ Friday 4 September
    ans("O5", "กุดบาก", "fri", "08:20", who=vol("กุดบาก"), kind="file")
    S("fri", "08:22", vol("กุดบาก"), "ขออภัยที่ล่าช้าครับ งานศพจิตอาสาทั้งสองมื้อ 🙏")
    ans("O7", "ส่องดาว", "fri", "08:40", who=coord("ส่องดาว"))
    o9 = S("fri", "09:00", PAL, "แจ้งทุกอำเภอ ช่วงเสาร์-อาทิตย์ ๕-๖ ก.ย. อุตุฯ เตือนฝนหนักรอบสุดท้ายของร่องมรสุม ให้ ศอ.จอส.อำเภอ เตรียมจิตอาสาภัยพิบัติสแตนด์บายไว้ ไม่ต้องรายงาน เว้นแต่มีเหตุครับ", key="O9",
           tags=[N("order saying no report is needed unless something happens (\"ไม่ต้องรายงาน เว้นแต่มีเหตุ\"): creates no duty")])
    ans("O5", "วาริชภูมิ", "fri", "09:05", who=vol("วาริชภูมิ"), kind="file")
    o10 = S("fri", "10:00", ADM, "ที่ สน ๐๐๑๘.๖/ว ๔๑๕๐ ลงวันที่ ๔ กันยายน ๒๕๖๙\nเรื่อง สรุปผลการเบิกจ่ายงบประมาณโครงการจิตอาสาพระราชทาน ปีงบประมาณ ๒๕๖๙ และแผนปีงบประมาณ ๒๕๗๐\nขอให้ ศอ.จอส.อำเภอ รายงานร้อยละการเบิกจ่าย และแผนกิจกรรมปี ๒๕๗๐ ภายในวันพุธที่ ๙ กันยายน ๒๕๖๙", file="ว4150_สรุปเบิกจ่าย69_แผน70.pdf", key="O10",
            tags=[N("order of the volunteer centre with its letter: allowed")])
    ORDERS["O10"] = dict(msg=o10, districts=list(DISTRICTS), deadline=datetime_end_date(9), topic="FY2569 disbursement summary and FY2570 plan",
                         reasoning="\"ภายในวันพุธที่ ๙ กันยายน ๒๕๖๙\": to the end of Wednesday 9 Sep, after the log ends; districts without an answer are not-due.")
    ans("O8", "เต่างอย", "fri", "10:50", who=vol("เต่างอย"), photos=2)
    ans("O8", "เจริญศิลป์", "fri", "11:59", who=vol("เจริญศิลป์"), photos=3, note="answer at 11:59, a minute before the 12:00 deadline: on time")
    ans("O10", "เมืองสกลนคร", "fri", "11:30", who=vol("เมืองสกลนคร"))
    S("fri", "11:52", JAK, "ปิดรับผล Big Cleaning เที่ยงนี้นะครับ ยังขาด นิคมน้ำอูน อากาศอำนวย สว่างแดนดิน 🙏", tags=[N("reminder of O8: no new duty")])
    ans("O8", "นิคมน้ำอูน", "fri", "12:25", who=vol("นิคมน้ำอูน"), photos=2)
    S("fri", "12:27", vol("นิคมน้ำอูน"), "ขอโทษค่ะ ไฟล์ภาพส่งไม่ขึ้นตั้งแต่เช้า เน็ตที่อำเภอล่มค่ะ 🙏")
    ans("O8", "อากาศอำนวย", "fri", "13:40", who=coord("อากาศอำนวย"), photos=3)
    ans("O10", "พังโคน", "fri", "13:20", who=coord("พังโคน"))
    S("fri", "14:10", chief("วานรนิวาส"), "รายงานเหตุ: ฝนตกหนักเมื่อคืน น้ำจากห้วยยามเอ่อท่วมถนนบ้านโพนสวาง ๒ จุด ระดับ ๓๐ ซม. จิตอาสาภัยพิบัติ ๒๕ นายช่วยวางกระสอบทรายแล้ว ยังสัญจรได้ครับ", photos=2,
      tags=[N("an incident report under O9 (\"report only if something happens\"): allowed from a district, answers no duty")])
    ans("O3", "ภูพาน", "fri", "14:35", who=vol("ภูพาน"), photos=2)
    ans("O10", "สว่างแดนดิน", "fri", "15:05", who=coord("สว่างแดนดิน"))
    ans("O3", "บ้านม่วง", "fri", "15:40", who=coord("บ้านม่วง"), photos=2)
    ans("O3", "วาริชภูมิ", "fri", "16:10", who=vol("วาริชภูมิ"), photos=2)
    ans("O3", "เจริญศิลป์", "fri", "16:55", who=vol("เจริญศิลป์"), photos=2)
    S("fri", "17:30", ADM, "อำเภอที่ยังไม่ได้รายงานผลกำจัดแหล่งเพาะพันธุ์ยุงลาย (ว ๔๑๒๘) ได้แก่ พรรณานิคม อากาศอำนวย ส่องดาว เต่างอย ครบกำหนดวันนี้ครับ",
      tags=[N("reminder (\"อำเภอที่ยังไม่ได้รายงาน…\") of O3: no new duty")])
    ans("O3", "ส่องดาว", "fri", "18:20", who=vol("ส่องดาว"), photos=3)
    S("fri", "21:48", JAK, "ขอบคุณพี่ๆ น้องๆ จิตอาสาทุกอำเภอครับ สัปดาห์นี้หนักมาก 🙏💛 เสาร์-อาทิตย์ฝนยังหนัก ดูแลตัวเองด้วยนะครับ 🌧️☔")
    return c


def datetime_end(day):
    return when(day, "23:59:59")


def datetime_end_date(d):
    import datetime as _d
    from chat import BKK
    return _d.datetime(2026, 9, d, 23, 59, 59, tzinfo=BKK)
