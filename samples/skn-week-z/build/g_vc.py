# ศอ.จอส.จว.สน. : the volunteer centre group, where the reporting duties live.
import random
import datetime as dt
from core import msg, post, sticker, at, th, T, GROUP
from people import DISTRICTS, dkey, disp

F = "volunteer-centre.jsonl"
GROUP[F] = "ศอ.จอส.จว.สน."
R = random.Random(2602)

# ---- the orders that create duties (key -> facts worked out by hand) ----
ORDERS = {}


def order(key, day, hm, who, text, photos=0, files=(), districts=None, deadline=None, reason=""):
    m = post(F, at(day, hm), who, text, photos=photos, files=files, key=key)
    ORDERS[key] = dict(key=key, msg=m, districts=districts or list(DISTRICTS), deadline=deadline, reason=reason)
    return m


ACKS = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับ", "รับทราบครับผม", "รับทราบและถือปฏิบัติครับ", "รับทราบครับ 🙏",
        "ร้บทราบครับ", "รับทาบครับ", "รับทราบคับ", "🙏", "👍", "ได้ครับ", "ทราบแล้วครับ", "🫡", "รับทราบค่ะ 🙏🙏",
        "รับทราบครับท่าน", "ทราบค่ะ", "OK ครับ", "รับทราบนะคะ", "🙏🏻"]


def acks(order_key, day, hm, n, skip=()):
    """n district people acknowledge an order within ~40 minutes (no report in them)."""
    base = at(day, hm)
    ds = [d for d in DISTRICTS if d not in skip]
    R.shuffle(ds)
    for i, d in enumerate(ds[:n]):
        kind = R.choice("cpvv")
        who = dkey(d, kind)
        t = base + dt.timedelta(minutes=R.randint(3, 40), seconds=R.randint(0, 59))
        if R.random() < 0.25:
            sticker(F, t, who, reply=order_key if R.random() < 0.3 else None)
        else:
            a = R.choice(ACKS)
            if R.random() < 0.3 and not a.startswith(("🙏", "👍", "🫡")):
                a = "อ." + d + " " + a
            msg(F, t, who, "text", a, reply=order_key if R.random() < 0.3 else None)


# ---- answer templates per order ----
def n_units(d, lo, hi):
    return R.randint(lo, hi)


def txt(order_key, d, late=False, variant=0):
    a, b = R.randint(8, 60), R.randint(25, 180)
    sorry = "ขออภัยที่ล่าช้าครับ " if late else ""
    if order_key == "A":
        v = [f"ศอ.จอส.อ.{d} รายงานผลกิจกรรมจิตอาสาพัฒนา ทำความสะอาดสถานที่ตั้งหน่วยเลือกตั้ง จำนวน {th(a)} หน่วย จิตอาสาเข้าร่วม {th(b)} คน ครับ",
             f"อ.{d} ขอรายงานการทำความสะอาดหน่วยเลือกตั้ง ดำเนินการแล้ว {a} หน่วย จิตอาสา {b} คน ร่วมกับ อปท.ในพื้นที่ค่ะ",
             f"รายงานครับ 🧹 Big Cleaning หน่วยเลือกตั้ง อ.{d}\n- ทำความสะอาดแล้ว {a} หน่วย\n- จิตอาสา {b} คน\n- ภาพกิจกรรมตามแนบครับ",
             f"เรียน ศอ.จอส.จว.สน. อำเภอ{d} ได้ดำเนินการทำความสะอาดศาลาวัด โรงเรียน ที่ใช้เป็นหน่วยเลือกตั้ง รวม {th(a)} แห่ง จิตอาสา {th(b)} คน รายละเอียดตามภาพครับ"]
        return sorry + v[variant % len(v)]
    if order_key == "B":
        km = R.randint(3, 15)
        return sorry + f"อ.{d} รายงานการจัดทำแนวกันไฟร่วมกับจิตอาสาพระราชทานและเจ้าหน้าที่อุทยานฯ ระยะทาง {th(km)} กม. จิตอาสา {th(b)} คน ครับ"
    if order_key == "C":
        v = [f"ส่งรายชื่อจิตอาสาอำนวยความสะดวกหน่วยเลือกตั้ง ๘ ก.พ. อ.{d} จำนวน {th(b)} คนครับ",
             f"อ.{d} ส่งแบบรายชื่อจิตอาสาประจำหน่วยเลือกตั้งค่ะ ({b} คน)",
             f"ศอ.จอส.อ.{d} ขอส่งรายชื่อจิตอาสาช่วยผู้สูงอายุ/ผู้พิการ วันเลือกตั้ง ตามไฟล์แนบครับ",
             f"รายชื่อจิตอาสาวันเลือกตั้ง อ.{d} ครับ 🗳️"]
        return sorry + v[variant % len(v)]
    if order_key == "D":
        return sorry + f"อ.{d} รายงานการเฝ้าระวังการเผาอ้อย จิตอาสาตั้งจุดเฝ้าระวัง {th(R.randint(4, 12))} จุด พบการลักลอบเผา {th(R.randint(1, 3))} จุด ได้ประสานเกษตรอำเภอและ อปท.ดำเนินการแล้วครับ"
    if order_key == "E":
        v = [f"อ.{d} ส่งแบบสำรวจจิตอาสา ๙๐๔ ครับ", f"ส่งข้อมูลจิตอาสา 904 อ.{d} ค่ะ",
             f"ศอ.จอส.อ.{d} ส่งแบบสำรวจผู้ผ่านการอบรม ๙๐๔ จำนวน {th(R.randint(3, 20))} ราย ครับ"]
        return sorry + v[variant % len(v)]
    if order_key == "F":
        v = [f"อ.{d} รายงานการแจกหน้ากากอนามัยป้องกัน PM2.5 โดยจิตอาสาพระราชทาน จำนวน {R.randint(5, 30) * 100:,} ชิ้น {R.randint(3, 14)} จุด (ตลาดนัด/รพ.สต./ศพด.) ครับ",
             f"ศอ.จอส.อ.{d} รายงานผลแจกหน้ากาก {th(R.randint(5, 30) * 100)} ชิ้น ให้ผู้สูงอายุและเด็กเล็ก ค่ะ",
             f"รายงานครับ 😷 แจกหน้ากาก อ.{d} วันนี้ {R.randint(5, 30) * 100} ชิ้น ตลาดนัด {R.randint(2, 5)} แห่ง ครับ"]
        return sorry + v[variant % len(v)]
    if order_key == "G":
        v = [f"อ.{d} ส่งแบบสำรวจความต้องการวัสดุจิตอาสาครับ", f"ส่งแบบสำรวจเสื้อ/หมวก/ผ้าพันคอ อ.{d} ค่ะ",
             f"ศอ.จอส.อ.{d} ส่งแบบสำรวจวัสดุตามไฟล์ครับ"]
        return sorry + v[variant % len(v)]
    if order_key == "H":
        return sorry + f"อ.{d} ส่งแผนกิจกรรมจิตอาสาทำความสะอาดวัด ช่วงวันมาฆบูชา จำนวน {th(R.randint(5, 20))} วัด ครับ"
    raise KeyError(order_key)


FILES = {"C": "รายชื่อจิตอาสาหน่วยเลือกตั้ง_อ.{d}.xlsx", "E": "แบบสำรวจจิตอาสา904_{d}.xlsx",
         "G": "สำรวจวัสดุจิตอาสา_อ.{d}.xlsx", "H": "แผนมาฆบูชา_อ.{d}.pdf"}


def answer(ok, d, state, day, hm, kind, form, variant=None, near=None, name=None):
    """form: tN text+N photos, pN photos alone, pcN photos then caption, trN reply + N photos,
    tf text+file, f file alone, t text only, nil (a nil text)"""
    who = dkey(d, kind)
    t = at(day, hm)
    var = R.randint(0, 5) if variant is None else variant
    late = state == "late"
    ans = (ok, d, state)
    tr = [T("SKN-5O", d, "first answer after the deadline", "late")] if late else None
    fn = FILES.get(ok, "").format(d=d)
    if form.startswith("tr"):
        return post(F, t, who, txt(ok, d, late, var), photos=int(form[2:] or 0), reply=ok, ans=ans, truth=tr, near=near, name=name)
    if form.startswith("pc"):
        cap = {"A": f"ภาพทำความสะอาดหน่วยเลือกตั้ง อ.{d} ค่ะ", "F": f"ภาพแจกหน้ากาก อ.{d} ครับ"}[ok]
        return post(F, t, who, cap, photos=int(form[2:]), photos_first=True, ans=ans, truth=tr, near=near, name=name)
    if form.startswith("p"):
        return post(F, t, who, None, photos=int(form[1:]), ans=ans, truth=tr, near=near, name=name)
    if form == "tf":
        return post(F, t, who, txt(ok, d, late, var), files=[fn], ans=ans, truth=tr, near=near, name=name)
    if form == "f":
        return post(F, t, who, None, files=[fn], ans=ans, truth=tr, near=near, name=name)
    if form == "ft":
        return post(F, t, who, "ไฟล์ อ." + d + " ครับ", files=[fn], photos_first=True, ans=ans, truth=tr, near=near, name=name)
    if form.startswith("t"):
        return post(F, t, who, txt(ok, d, late, var), photos=int(form[1:] or 0), ans=ans, truth=tr, near=near, name=name)
    raise ValueError(form)


def plan(ok, table):
    for line in table.strip().splitlines():
        d, state, day, hm, kind, form = line.split()
        answer(ok, d, state, day, hm, kind, form)


def build():
    D = DISTRICTS
    # ---------------- Monday 2 Feb ----------------
    post(F, at(2, "07:05"), "pv1", "สวัสดีวันจันทร์ค่ะ ทุกอำเภอ 🌼 สัปดาห์นี้งานจิตอาสาช่วงเลือกตั้งเยอะหน่อยนะคะ ขอบคุณล่วงหน้าค่ะ", photos=1)
    msg(F, at(2, "07:12"), dkey("ภูพาน", "c"), "text", "สวัสดีครับ")
    sticker(F, at(2, "07:20"), dkey("กุดบาก", "v"))
    order("A", 2, "08:45", "pv1",
          "ด่วนที่สุด\nเรียน นอภ.ทุกอำเภอ (ผ่าน ศอ.จอส.อำเภอ)\nด้วยจังหวัดสกลนครจะจัดการเลือกตั้งสมาชิกสภาผู้แทนราษฎร ในวันอาทิตย์ที่ ๘ กุมภาพันธ์ ๒๕๖๙ "
          "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอ ระดมจิตอาสาพระราชทานร่วมกับ อปท. จัดกิจกรรมจิตอาสาพัฒนา ทำความสะอาดสถานที่ตั้งหน่วยเลือกตั้ง "
          "(ศาลาวัด/โรงเรียน/ศาลากลางบ้าน) และรายงานผล จำนวนหน่วย จำนวนจิตอาสา พร้อมภาพถ่ายกิจกรรม ๓-๔ ภาพ ทางกลุ่มนี้ "
          "ภายในวันพุธที่ ๔ ก.พ. ๖๙ รายละเอียดตามหนังสือที่แนบค่ะ", photos=3,
          deadline=at(4, "23:59:59"),
          reason="'ภายในวันพุธที่ ๔ ก.พ. ๖๙': by the end of Wednesday 4 February (a working day).")
    acks("A", 2, "08:45", 5, skip=("คำตากล้า", "เจริญศิลป์", "โพนนาแก้ว"))
    msg(F, at(2, "09:02"), dkey("โพนนาแก้ว", "p"), "text", "รับทราบครับ จะแจ้งจิตอาสาทุกตำบลดำเนินการครับ", reply="A",
        near="acknowledgement by a coordinating deputy that uses order words (จะแจ้ง…ดำเนินการ): not an order (no SKN-5P) and not a report, so it does not answer A")
    msg(F, at(2, "09:30"), dkey("คำตากล้า", "v"), "text", "ขอสอบถามค่ะ ภาพถ่ายต้องเป็นภาพก่อน-หลังทำความสะอาดไหมคะ")
    msg(F, at(2, "09:34"), "pv1", "text", "ถ้ามีก่อน-หลังได้ยิ่งดีค่ะ ไม่มีก็ได้ค่ะ", reply=None)
    msg(F, at(2, "09:35"), dkey("คำตากล้า", "v"), "text", "ขอบคุณค่ะ 🙏")
    post(F, at(2, "10:20"), "pv2",
         "แจ้งเพื่อทราบค่ะ\nหนังสือ ศอ.จอส.พระราชทาน เรื่อง การแต่งกายและการใช้ตราสัญลักษณ์จิตอาสาพระราชทาน (ฉบับปรับปรุง) "
         "ขอให้อำเภอแจ้งจิตอาสาในพื้นที่ทราบ ไม่ต้องรายงานค่ะ", photos=2, key="I1",
         near="information-only order (ไม่ต้องรายงาน): no duty for any district")
    acks("I1", 2, "10:20", 3)
    msg(F, at(2, "11:30"), dkey("วานรนิวาส", "c"), "system", event="invite", target=disp(dkey("วานรนิวาส", "y")),
        near="a district chief adds his new ปลัดอำเภอ, who is on the roster and admitted (deputy_district_chief): no SKN-ALL")
    msg(F, at(2, "11:33"), dkey("วานรนิวาส", "y"), "text", "สวัสดีครับ ปลัดใหม่ ย้ายมาประจำ อ.วานรนิวาส ฝากเนื้อฝากตัวครับ 🙏")
    msg(F, at(2, "11:36"), "pv1", "text", "ยินดีต้อนรับค่ะ")
    order("B", 2, "14:10", "pv2",
          "เรียน นอภ.กุดบาก นอภ.ภูพาน นอภ.เต่างอย นอภ.โคกศรีสุพรรณ นอภ.ส่องดาว\nด้วยเข้าสู่ฤดูไฟป่าและหมอกควัน PM2.5 ศอ.จอส.จว.สน. "
          "ขอให้ ๕ อำเภอรอบเทือกเขาภูพาน นำจิตอาสาพระราชทานร่วมกับเจ้าหน้าที่อุทยานแห่งชาติ จัดทำแนวกันไฟ "
          "และรายงานผล (ระยะทาง/จำนวนจิตอาสา/ภาพถ่าย) ภายใน ๒๔ ชม. ค่ะ", photos=2,
          districts=["กุดบาก", "ภูพาน", "เต่างอย", "โคกศรีสุพรรณ", "ส่องดาว"], deadline=at(3, "14:10"),
          reason="'ภายใน ๒๔ ชม.' counted from the order (Mon 2 Feb 14:10) to Tue 3 Feb 14:10; only the five named districts are obliged.")
    for d, k in (("ภูพาน", "c"), ("เต่างอย", "v"), ("ส่องดาว", "c")):
        msg(F, at(2, "14:2%d" % R.randint(0, 9)), dkey(d, k), "text", R.choice(["รับทราบครับ", "รับทราบค่ะ", "ทราบครับ"]), reply="B")
    answer("B", "กุดบาก", "on-time", 2, "16:00", "p", "t2")
    answer("A", "กุดบาก", "on-time", 2, "16:45", "v", "t2", variant=1)
    answer("A", "อากาศอำนวย", "on-time", 2, "17:30", "c", "t2", variant=3)
    msg(F, at(2, "19:00"), dkey("โพนนาแก้ว", "p"), "system", event="invite", target="น้องมายด์ จิตอาสา",
        truth=[T("OUTSIDER", "น้องมายด์ จิตอาสา", "added by ปลัดแจ็ค โพนนาแก้ว; not on the roster (a village volunteer)")])
    msg(F, at(2, "19:04"), "~น้องมายด์ จิตอาสา", "text", "สวัสดีค่ะ ขอบคุณที่ชวนเข้ากลุ่มค่ะ")

    # ---------------- Tuesday 3 Feb ----------------
    post(F, at(3, "06:50"), dkey("ส่องดาว", "c"), "อรุณสวัสดิ์วันอังคารครับ", photos=1)
    order("C", 3, "08:50", "pv1",
          "ด่วนมาก\nเรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nขอให้ส่งรายชื่อจิตอาสาพระราชทานที่จะปฏิบัติหน้าที่อำนวยความสะดวกแก่ผู้สูงอายุ/ผู้พิการ "
          "ณ หน่วยเลือกตั้ง ในวันอาทิตย์ที่ ๘ ก.พ. ๖๙ ตามแบบฟอร์มที่แนบ (Excel) ภายในเวลา ๑๖.๓๐ น. ของวันพุธที่ ๔ ก.พ. ๖๙\n"
          "*เรื่องนี้คนละเรื่องกับผลการทำความสะอาดหน่วยเลือกตั้ง ขอให้แยกส่งนะคะ*",
          files=["แบบรายชื่อจิตอาสาหน่วยเลือกตั้ง_8ก.พ.69.xlsx", "หนังสือ ศอ.จอส.จว.สน. ด่วนมาก.pdf"],
          deadline=at(4, "16:30"),
          reason="'ภายในเวลา ๑๖.๓๐ น. ของวันพุธที่ ๔ ก.พ. ๖๙': Wed 4 Feb 16:30. Open at the same time as A (same polling stations, different report).")
    acks("C", 3, "08:50", 4, skip=("บ้านม่วง",))
    answer("B", "เต่างอย", "on-time", 3, "09:30", "p", "t2")
    answer("A", "วานรนิวาส", "on-time", 3, "09:02", "x", "t3", variant=0)
    msg(F, at(3, "10:00"), dkey("ส่องดาว", "p"), "text", "ส่องดาวขอส่งช่วงบ่ายนะครับ กำลังรวบรวมภาพจากตำบล",
        reply="B", near="a promise to report on B, not a report: ส่องดาว stays missing on B")
    msg(F, at(3, "10:05"), "adm1", "text",
        "ด่วนที่สุด เรียน นอภ.ทุกอำเภอ ขอให้ทุกอำเภอแจ้งชื่อปลัดอำเภอผู้รับผิดชอบประจำหน่วยเลือกตั้ง พร้อมเบอร์โทร ภายในวันนี้ค่ะ",
        truth=[T("SKN-5", None, "provincial_admin_staff is not admitted to ศอ.จอส.จว.สน. (first appearance)"),
               T("SKN-5P", None, "an order to all districts from someone outside the provincial volunteer centre")])
    msg(F, at(3, "10:09"), dkey("สว่างแดนดิน", "p"), "text", "รับทราบครับ")
    answer("A", "ภูพาน", "on-time", 3, "13:00", "c", "t2", variant=2)
    answer("A", "เมืองสกลนคร", "on-time", 3, "10:12", "v", "t3", variant=0)
    answer("A", "พังโคน", "on-time", 3, "11:05", "p", "tr3", variant=1,
           near="coordinating deputy's report in reply to the order: allowed (SKN-5P admits district people's reports)")
    msg(F, at(3, "11:30"), "pv2", "text",
        "ย้ำค่ะ แนวกันไฟ ๕ อำเภอ ครบกำหนด ๑๔.๑๐ น. วันนี้ ยังไม่ได้รับจาก อ.ภูพาน อ.โคกศรีสุพรรณ อ.ส่องดาว นะคะ 🙏",
        reply="B", key="R1", near="reminder of B: creates no new duty")
    answer("C", "สว่างแดนดิน", "on-time", 3, "11:32", "v", "tf")
    answer("B", "ภูพาน", "on-time", 3, "14:09", "v", "t2")
    answer("A", "กุสุมาลย์", "on-time", 3, "14:40", "p", "p3",
           near="photos alone from the district's coordinating deputy/volunteer officer after an order that asks for photos: they answer A (C asks for a list, B is not addressed to กุสุมาลย์)")
    post(F, at(3, "15:00"), "pal",
         "เพื่อทราบครับ\nจังหวัดเคลื่อนที่ ครั้งที่ ๒/๒๕๖๙ วันพฤหัสบดีที่ ๕ ก.พ. ๖๙ ณ โรงเรียนนิคมน้ำอูนวิทยา ท่านผู้ว่าฯ เป็นประธาน "
         "ศอ.จอส.อำเภอนิคมน้ำอูน และอำเภอใกล้เคียงที่สะดวก เชิญร่วมตั้งซุ้มจิตอาสาได้ครับ ไม่ต้องรายงาน", photos=1, key="I2",
         near="information-only order from the palad (เพื่อทราบ, ไม่ต้องรายงาน): no duty")
    acks("I2", 3, "15:00", 2)
    answer("C", "เมืองสกลนคร", "on-time", 3, "15:12", "v", "tf", variant=0)
    answer("B", "โคกศรีสุพรรณ", "late", 3, "15:05", "v", "t3")
    answer("A", "สว่างแดนดิน", "on-time", 3, "15:20", "x", "t3", variant=2,
           near="an ordinary ปลัดอำเภอ (not the coordinating deputy) reports for the district: counts")
    answer("A", "เต่างอย", "on-time", 3, "16:10", "v", "p4")
    answer("C", "พังโคน", "on-time", 3, "16:20", "v", "tf", variant=1)
    answer("C", "เจริญศิลป์", "on-time", 3, "17:45", "v", "tf", variant=2)
    msg(F, at(3, "19:30"), dkey("วานรนิวาส", "x"), "system", event="invite", target=disp("ret"),
        truth=[T("SKN-5", disp("ret"), "a retired official is not admitted to ศอ.จอส.จว.สน."),
               T("SKN-ALL", disp("ret"), "invitee: on the roster but not admitted"),
               T("SKN-ALL", disp(dkey("วานรนิวาส", "x")), "inviter of a person not admitted")])
    msg(F, at(3, "19:41"), "ret", "text", "ขอบคุณปลัดฝนครับ ลุงยินดีช่วยงานจิตอาสาเต็มที่ครับ 😊")

    # ---------------- Wednesday 4 Feb ----------------
    msg(F, at(4, "07:30"), dkey("เมืองสกลนคร", "c"), "text",
        "ฝากทุกอำเภอครับ ส่งรายชื่อจิตอาสาที่จะมาร่วมพิธีเปิดศูนย์จิตอาสาอำเภอเมือง วันที่ ๑๒ ก.พ. ให้อำเภอเมืองภายในวันศุกร์นี้ครับ",
        truth=[T("SKN-5P", None, "an order to all districts from a district chief, not from the provincial volunteer centre")])
    msg(F, at(4, "07:36"), dkey("บ้านม่วง", "c"), "text", "รับทราบครับท่าน")
    order("D", 4, "09:10", "pv1",
          "เรียน นอภ.สว่างแดนดิน นอภ.วานรนิวาส นอภ.พรรณานิคม และ นอภ.อากาศอำนวย\nท่านผู้ว่าฯ ห่วงใยเรื่องการลักลอบเผาอ้อยก่อนตัดส่งโรงงาน "
          "ขอให้ ๔ อำเภอ ใช้จิตอาสาเฝ้าระวังในพื้นที่ปลูกอ้อย แล้วรายงานจำนวนจุดเฝ้าระวัง/จุดที่พบการเผา หากไม่พบให้รายงานว่าไม่พบ "
          "ส่งก่อนเที่ยงวันพรุ่งนี้นะคะ",
          districts=["สว่างแดนดิน", "วานรนิวาส", "พรรณานิคม", "อากาศอำนวย"], deadline=at(5, "12:00"),
          reason="'ก่อนเที่ยงวันพรุ่งนี้' in a message of Wed 4 Feb: Thu 5 Feb 12:00; the four named districts only.")
    msg(F, at(4, "09:14"), dkey("วานรนิวาส", "c"), "text", "รับทราบครับ", reply="D")
    msg(F, at(4, "09:16"), dkey("อากาศอำนวย", "c"), "text", "ทราบครับ จะให้ปลัดตำบลประสานจิตอาสาครับ",
        near="an acknowledgement with compliance words from a district chief: neither an order (SKN-5P) nor a report")
    answer("A", "พรรณานิคม", "on-time", 4, "09:20", "p", "t4", variant=3)
    answer("C", "นิคมน้ำอูน", "on-time", 4, "09:40", "p", "tf", variant=2)
    answer("C", "กุดบาก", "on-time", 4, "10:10", "v", "f",
           near="a file alone whose name says it is the polling-station list: answers C")
    answer("C", "โคกศรีสุพรรณ", "on-time", 4, "10:30", "p", "tf", variant=3)
    msg(F, at(4, "10:30", 50), "s_tsj", "text",
        "รายงานผลการดับไฟป่าบริเวณเขตห้ามล่าสัตว์ป่า ร่วมกับจิตอาสาพระราชทาน อ.กุดบาก เมื่อวันที่ ๓ ก.พ. พื้นที่เสียหาย ๑๕ ไร่ ครับ",
        truth=[T("SKN-5", None, "a clerk of ทสจ. (staff) is not admitted to ศอ.จอส.จว.สน."),
               T("SKN-5P", None, "a report from someone who is not a district's people")])
    answer("A", "ส่องดาว", "on-time", 4, "10:45", "v", "t2", variant=1)
    answer("C", "พรรณานิคม", "on-time", 4, "11:00", "p", "tf", variant=1)
    answer("C", "ภูพาน", "on-time", 4, "11:45", "p", "tf", variant=0)
    post(F, at(4, "13:05"), dkey("พรรณานิคม", "p"), "แก้ไขไฟล์ครับ ตัวเลขเดิมรวมซ้ำ ๒ คน ใช้ไฟล์นี้แทนครับ",
         files=["รายชื่อจิตอาสาหน่วยเลือกตั้ง_อ.พรรณานิคม_แก้ไข.xlsx"],
         near="a correction of an answer already given: the on-time answer of 11:00 stands")
    answer("C", "ส่องดาว", "on-time", 4, "13:20", "v", "tf", variant=3)
    order("E", 4, "13:40", "pv2",
          "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nศอ.จอส.พระราชทาน ขอข้อมูลจิตอาสา ๙๐๔ ที่ผ่านการอบรม เพื่อปรับปรุงฐานข้อมูล "
          "ขอให้กรอกแบบสำรวจตามไฟล์แนบ และส่งกลับทางกลุ่มนี้ ภายใน ๓ วันค่ะ", files=["แบบสำรวจจิตอาสา904.xlsx"],
          deadline=at(9, "23:59:59"),
          reason="'ภายใน ๓ วัน' from an order of Wed 4 Feb: day 1 = Thu 5, day 2 = Fri 6, day 3 = Sat 7, a weekend day, so the last day moves to the next working day, Mon 9 Feb (end of day). Not due when the log ends.")
    acks("E", 4, "13:40", 3)
    msg(F, at(4, "14:30"), "pv1", "text",
        "ย้ำ ๆ รายชื่อจิตอาสาประจำหน่วยเลือกตั้ง ครบกำหนด ๑๖.๓๐ น. วันนี้ อำเภอที่ยังไม่ได้ส่ง ขอให้ส่งด่วนค่ะ", reply="C", key="R2",
        near="reminder of C (ย้ำ, อำเภอที่ยังไม่ได้ส่ง, a reply to C): no new duty")
    msg(F, at(4, "14:41"), dkey("คำตากล้า", "v"), "text", "สอบถามค่ะ รายชื่อจิตอาสาหน่วยเลือกตั้ง ต้องใส่เลขบัตรประชาชนด้วยไหมคะ",
        near="a district question about C is not a report: คำตากล้า answers C later")
    msg(F, at(4, "14:44"), "pv1", "text", "ไม่ต้องค่ะ ใส่ชื่อ-สกุล เบอร์โทร หน่วยที่ประจำ พอค่ะ")
    answer("C", "วาริชภูมิ", "on-time", 4, "14:50", "p", "tf", variant=1)
    answer("C", "เต่างอย", "on-time", 4, "15:10", "v", "tf", variant=0)
    answer("A", "วาริชภูมิ", "on-time", 4, "15:30", "v", "pc3")
    answer("D", "สว่างแดนดิน", "on-time", 4, "15:40", "p", "t2")
    answer("C", "คำตากล้า", "on-time", 4, "15:55", "p", "tf", variant=3)
    answer("A", "บ้านม่วง", "on-time", 4, "16:00", "v", "t3", variant=1,
           near="บ้านม่วง reports the clean-up (A) while C (the polling-station volunteer list) is open too: it answers A only")
    answer("C", "โพนนาแก้ว", "on-time", 4, "16:10", "p", "tf", variant=2)
    answer("C", "กุสุมาลย์", "on-time", 4, "16:29", "p", "tf", variant=0)
    post(F, at(4, "16:50"), dkey("เต่างอย", "v"), "ส่วนที่ ๒ รายชื่อ ต.เต่างอย ต.จันทร์เพ็ญ ค่ะ",
         files=["รายชื่อจิตอาสาหน่วยเลือกตั้ง_อ.เต่างอย_ส่วน2.xlsx"],
         near="second piece of an answer after the deadline: the first piece (15:10) was on time")
    answer("C", "วานรนิวาส", "late", 4, "17:20", "p", "tf", variant=1)
    msg(F, at(4, "18:10"), "pal", "text", "ขอบคุณทุกอำเภอที่ช่วยกันเตรียมความพร้อมหน่วยเลือกตั้งครับ 👍",
        near="courtesy by the palad (ขอบคุณทุกอำเภอ): chat, not an order")
    post(F, at(4, "19:20"), dkey("ส่องดาว", "v"), "สุขสันต์วันเกิดปลัดบอยค่ะ 🎂🎉", photos=1)
    for k, tx in (("d13c", "HBD ครับปลัดบอย"), ("d05v", "สุขสันต์วันเกิดค่ะ 🎂"), ("d13p", "ขอบคุณทุกท่านครับ 🙏🙏")):
        msg(F, at(4, "19:2%d" % R.randint(3, 9)), k, "text", tx)
    answer("A", "นิคมน้ำอูน", "on-time", 4, "20:10", "p", "t2", variant=2)
    msg(F, at(4, "20:15"), "~ผ้าไหมแม่ทองสุข", "system", event="join",
        truth=[T("OUTSIDER", "ผ้าไหมแม่ทองสุข", "a seller not on the roster joined by QR code")])
    post(F, at(4, "20:17"), "~ผ้าไหมแม่ทองสุข", "ผ้าไหมลายขิดสกลนคร ผืนละ 1,200 บาท ส่งฟรีทุกอำเภอ สนใจทักแชทค่ะ 🧣", photos=2)
    answer("A", "โคกศรีสุพรรณ", "on-time", 4, "23:40", "p", "t2", variant=0)

    # ---------------- Thursday 5 Feb ----------------
    msg(F, at(5, "07:30"), "pv1", "system", event="remove", target="ผ้าไหมแม่ทองสุข")
    msg(F, at(5, "08:05"), "pv1", "text",
        "เร่งรัดค่ะ ผลกิจกรรมทำความสะอาดหน่วยเลือกตั้ง (ครบกำหนดเมื่อวาน) ยังขาด อ.คำตากล้า อ.เจริญศิลป์ อ.โพนนาแก้ว ขอให้ส่งโดยด่วนค่ะ",
        key="R3", near="reminder of A (เร่งรัด, names the districts still owing): no new duty")
    msg(F, at(5, "08:15"), dkey("วานรนิวาส", "v"), "text", "อ.วานรนิวาส ไม่พบการลักลอบเผาอ้อยค่ะ (ไม่มี) จิตอาสาเฝ้าระวัง ๖ จุดต่อเนื่องค่ะ",
        reply="D", ans=("D", "วานรนิวาส", "on-time"), near="a nil report ('ไม่พบ…ไม่มี') answers D, as the order asks")
    order("F", 5, "08:30", "pv1",
          "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nค่าฝุ่น PM2.5 หลายพื้นที่เกินมาตรฐาน ขอให้อำเภอนำจิตอาสาพระราชทาน ร่วมกับ รพ.สต. "
          "แจกหน้ากากอนามัยแก่ผู้สูงอายุ เด็กเล็ก ตลาดนัด และรายงานจำนวนหน้ากากที่แจก/จุดที่แจก พร้อมภาพถ่าย "
          "ภายใน 12.00 น. ของวันที่ 6 ก.พ. 69 ค่ะ", photos=2,
          deadline=at(6, "12:00"), reason="'ภายใน 12.00 น. ของวันที่ 6 ก.พ. 69': Fri 6 Feb 12:00.")
    acks("F", 5, "08:30", 4, skip=("เต่างอย", "ส่องดาว"))
    answer("C", "อากาศอำนวย", "late", 5, "08:40", "v", "tf", variant=1)
    answer("A", "คำตากล้า", "late", 5, "09:15", "v", "t3", variant=0)
    msg(F, at(5, "09:20"), dkey("เต่างอย", "v"), "text", "รับทราบค่ะ จะรีบดำเนินการค่ะ", reply="F",
        near="acknowledgement with a promise: not a report on F (เต่างอย stays missing on F)")
    answer("E", "พังโคน", "on-time", 5, "10:20", "v", "tf", variant=0)
    answer("A", "เจริญศิลป์", "late", 5, "10:40", "p", "t3", variant=3)
    answer("F", "บ้านม่วง", "on-time", 5, "11:10", "v", "t2", variant=0)
    post(F, at(5, "11:20"), "h_pmj",
         "ประชาสัมพันธ์ค่ะ 📣 พมจ.สกลนคร ขอเชิญจิตอาสาร่วมกิจกรรม \"ปันน้ำใจ สู่ผู้สูงอายุ\" วันเสาร์ที่ ๑๔ ก.พ. ฝากแชร์ด้วยนะคะ", photos=1,
         truth=[T("SKN-5", None, "an agency head (พมจ.) is not admitted to ศอ.จอส.จว.สน.")])
    answer("D", "อากาศอำนวย", "on-time", 5, "11:58", "c", "t")
    answer("D", "พรรณานิคม", "late", 5, "13:30", "p", "t2")
    answer("F", "สว่างแดนดิน", "on-time", 5, "13:35", "p", "tr3", variant=2)
    answer("E", "เมืองสกลนคร", "on-time", 5, "14:00", "p", "tf", variant=2)
    answer("F", "พังโคน", "on-time", 5, "14:20", "v", "t3", variant=1)
    answer("F", "เมืองสกลนคร", "on-time", 5, "15:10", "v", "t3", variant=0)
    order("G", 5, "15:20", "pv2",
          "เรียน ศอ.จอส.อำเภอ\nจังหวัดจะจัดซื้อวัสดุสำหรับจิตอาสา (เสื้อ หมวก ผ้าพันคอ) เพิ่มเติม ขอให้แต่ละอำเภอสำรวจความต้องการตามแบบที่แนบ "
          "แล้วส่งกลับมาในกลุ่มนี้ค่ะ หากไม่ต้องการเพิ่มให้แจ้งว่าไม่มี", files=["แบบสำรวจวัสดุจิตอาสา.xlsx"],
          deadline=at(6, "15:20"), reason="no deadline in the text: 24 hours from the order (Thu 5 Feb 15:20), i.e. Fri 6 Feb 15:20.")
    acks("G", 5, "15:20", 3)
    answer("E", "สว่างแดนดิน", "on-time", 5, "16:00", "v", "tf", variant=1)
    answer("F", "กุดบาก", "on-time", 5, "16:30", "v", "t2", variant=1)
    answer("G", "วาริชภูมิ", "on-time", 5, "16:40", "v", "tf", variant=0)
    answer("F", "วานรนิวาส", "on-time", 5, "17:00", "v", "t3", variant=2)
    answer("G", "บ้านม่วง", "on-time", 5, "17:50", "v", "tf", variant=1)
    answer("F", "เจริญศิลป์", "on-time", 5, "18:20", "v", "t2", variant=1)
    post(F, at(5, "20:05"), dkey("กุดบาก", "p"), "ส่งต่อข่าวจากกรมควบคุมมลพิษ: คาดการณ์ค่าฝุ่น PM2.5 ภาคตะวันออกเฉียงเหนือ ๖-๘ ก.พ. ยังอยู่ในระดับเริ่มมีผลกระทบต่อสุขภาพ https://www.pcd.go.th/")

    # ---------------- Friday 6 Feb ----------------
    post(F, at(6, "06:45"), "pv2", "สวัสดีวันศุกร์ค่ะ 🙏 อากาศเย็น ฝุ่นเยอะ ใส่หน้ากากกันด้วยนะคะ", photos=1)
    answer("G", "สว่างแดนดิน", "on-time", 6, "08:30", "v", "tf", variant=0)
    order("H", 6, "08:40", "pal",
          "เรียน นอภ.ทุกอำเภอ\nวันมาฆบูชา ๓ มี.ค. ๖๙ ขอให้ ศอ.จอส.อำเภอ จัดทำแผนกิจกรรมจิตอาสาบำเพ็ญประโยชน์ทำความสะอาดวัด "
          "และส่งแผนให้ ศอ.จอส.จว.สน. ทางกลุ่มนี้ ภายในวันอังคารที่ ๑๐ ก.พ. ๖๙ ครับ", files=["หนังสือ ศอ.จอส.จว.สน. มาฆบูชา 2569.pdf"],
          deadline=at(10, "23:59:59"), reason="'ภายในวันอังคารที่ ๑๐ ก.พ. ๖๙': end of Tue 10 Feb. Not due when the log ends.")
    acks("H", 6, "08:40", 3)
    answer("F", "คำตากล้า", "on-time", 6, "08:45", "v", "p3",
           near="photos alone after F, which asks for photos: คำตากล้า's answer to F")
    answer("F", "กุสุมาลย์", "on-time", 6, "09:00", "p", "pc2")
    answer("G", "เมืองสกลนคร", "on-time", 6, "09:10", "p", "ft")
    answer("E", "วาริชภูมิ", "on-time", 6, "09:30", "p", "tf", variant=0)
    answer("G", "เจริญศิลป์", "on-time", 6, "09:40", "v", "tf", variant=2)
    answer("F", "โคกศรีสุพรรณ", "on-time", 6, "09:50", "c", "t2", variant=1, name="นาย ประเสริฐ โคกศรีฯ",
           near="sender 'นาย ประเสริฐ โคกศรีฯ' is the roster's 'ประเสริฐ โคกศรีฯ' with the title นาย: not an outsider; the district chief's on-time answer to F")
    msg(F, at(6, "10:00"), dkey("กุสุมาลย์", "p"), "text", "อ.กุสุมาลย์ ไม่มีความต้องการวัสดุเพิ่มครับ", ans=("G", "กุสุมาลย์", "on-time"),
        near="a nil answer ('ไม่มีความต้องการเพิ่ม') answers G as the order asks")
    answer("F", "พรรณานิคม", "on-time", 6, "10:05", "p", "t2", variant=0)
    answer("F", "ภูพาน", "on-time", 6, "10:15", "p", "t2", variant=2)
    msg(F, at(6, "10:30"), "pv1", "text", "ทวงนิดนึงนะคะ 😅 ผลแจกหน้ากาก ครบกำหนดเที่ยงวันนี้ค่ะ", reply="F", key="R4",
        near="reminder of F (a reply to the order): no new duty")
    answer("F", "อากาศอำนวย", "on-time", 6, "10:40", "p", "t2", variant=1)
    answer("G", "โคกศรีสุพรรณ", "on-time", 6, "11:00", "v", "tf", variant=1)
    answer("E", "เต่างอย", "on-time", 6, "11:15", "v", "tf", variant=1)
    answer("G", "วานรนิวาส", "on-time", 6, "11:30", "p", "tf", variant=2)
    answer("F", "วาริชภูมิ", "on-time", 6, "11:59", "v", "t2", variant=0)
    answer("F", "นิคมน้ำอูน", "late", 6, "13:10", "p", "t2", variant=2)
    post(F, at(6, "13:20"), "pv1",
         "ประชาสัมพันธ์เพื่อทราบค่ะ ขอบคุณทุกอำเภอที่ร่วมแจกหน้ากาก ยอดรวมจังหวัดจะสรุปเสนอท่านผู้ว่าฯ ไม่ต้องรายงานเพิ่มนะคะ", photos=1,
         key="I3", near="information-only post by the provincial centre (ไม่ต้องรายงาน): no duty")
    answer("G", "คำตากล้า", "on-time", 6, "13:45", "v", "f")
    answer("G", "พรรณานิคม", "on-time", 6, "14:00", "v", "tf", variant=1)
    answer("H", "บ้านม่วง", "on-time", 6, "14:10", "v", "tf")
    answer("F", "โพนนาแก้ว", "late", 6, "14:30", "v", "t3", variant=0)
    answer("E", "ภูพาน", "on-time", 6, "14:40", "p", "tf", variant=2)
    msg(F, at(6, "14:50"), dkey("เต่างอย", "p"), "text", "อ.เต่างอย ไม่มีครับ", reply="G", ans=("G", "เต่างอย", "on-time"),
        near="nil answer 'ไม่มีครับ' as a reply to G: a report")
    answer("G", "ภูพาน", "on-time", 6, "15:00", "p", "tf", variant=0)
    answer("G", "นิคมน้ำอูน", "on-time", 6, "15:19", "p", "tf", variant=1)
    answer("E", "กุสุมาลย์", "on-time", 6, "15:30", "p", "tf", variant=0)
    msg(F, at(6, "15:40"), "pv2", "text", "อำเภอที่ยังไม่ส่งแบบสำรวจวัสดุ ขอให้ส่งภายในวันนี้นะคะ", key="R5",
        near="reminder of G after its deadline: no new duty, and it does not extend G's deadline")
    answer("G", "พังโคน", "late", 6, "16:05", "v", "tf", variant=0)
    answer("E", "เจริญศิลป์", "on-time", 6, "16:10", "v", "tf", variant=1)
    answer("H", "เมืองสกลนคร", "on-time", 6, "16:30", "v", "tf")
    msg(F, at(6, "16:45"), dkey("เจริญศิลป์", "p"), "system", event="leave")
    answer("H", "วาริชภูมิ", "on-time", 6, "17:05", "p", "tf")
    answer("G", "ส่องดาว", "late", 6, "17:30", "v", "tf", variant=2)
    msg(F, at(6, "18:00"), dkey("ส่องดาว", "v"), "text", "ขอโทษที่ล่าช้าค่ะ สัญญาณเน็ตที่อำเภอล่มทั้งบ่ายค่ะ 🙏")
    msg(F, at(6, "21:05"), "pv1", "text", "ขอบคุณทุกอำเภอค่ะ เสาร์-อาทิตย์นี้ขอให้จิตอาสาประจำหน่วยเลือกตั้งปฏิบัติหน้าที่ด้วยความเรียบร้อยนะคะ 🗳️",
        near="last message of the whole log (the time missing reports are judged at); courtesy, not an order")


MISSING = {("A", "โพนนาแก้ว"), ("B", "ส่องดาว"), ("C", "บ้านม่วง"), ("F", "ส่องดาว"), ("F", "เต่างอย"),
           ("G", "กุดบาก"), ("G", "อากาศอำนวย"), ("G", "โพนนาแก้ว")}
