# ศอ.จอส.จว.สน. — the provincial volunteer centre group, Songkran week 13–17 April 2026.
import random
from gen_common import SLUGS, DNAME, PK, name, pol, th, fem
from gen_log import Log, hms_add

ALL = list(SLUGS)
# SKN-5O duties: order key -> districts, deadline (worked out by hand, see TRUTH.md)
ORDERS = {
    "D13": dict(dists=ALL, deadline="2026-04-13T18:00:00+07:00", why="daily request of 13 Apr, 'ภายในเวลา ๑๘.๐๐ น. วันนี้' = 18:00 the same day"),
    "D14": dict(dists=ALL, deadline="2026-04-14T18:00:00+07:00", why="daily request of 14 Apr, 18:00 the same day (a clock time on a named day: the holiday does not move it)"),
    "D15": dict(dists=ALL, deadline="2026-04-15T18:00:00+07:00", why="daily request of 15 Apr, 18:00 the same day"),
    "D16": dict(dists=ALL, deadline="2026-04-16T18:00:00+07:00", why="daily request of 16 Apr, 18:00 the same day"),
    "D17": dict(dists=ALL, deadline="2026-04-17T18:00:00+07:00", why="daily request of 17 Apr, 18:00 the same day"),
    "OA": dict(dists=ALL, deadline="2026-04-16T23:59:59+07:00", why="'ภายใน ๓ วัน' from Mon 13 Apr: day 1 = 14, day 2 = 15, day 3 = Thu 16 (a working day) -> end of 16 Apr"),
    "OB": dict(dists=["muang", "kusuman", "khoksi", "phanna", "phonna"], deadline="2026-04-16T23:59:59+07:00",
               why="'ภายใน ๒ วัน' from Mon 13 Apr: day 1 = 14, day 2 = 15 Apr = Songkran public holiday -> moves to the next working day, Thu 16 Apr, end of day"),
    "OC": dict(dists=["waritch", "phangkhon", "nikhom", "songdao", "taongoi", "phuphan"], deadline="2026-04-17T12:00:00+07:00",
               why="'ภายใน 12.00 น. ของวันที่ 17 เม.ย. 69' = 17 Apr 12:00"),
    "OD": dict(dists=ALL, deadline=None, why="'ภายใน ๒๔ ชม.' = 24 hours from the order's own time"),
    "OE": dict(dists=["akat", "wanon", "banmuang", "khamta"], deadline=None, why="no deadline in the text -> 24 hours from the order (EVAL-RULES default)"),
    "OF": dict(dists=ALL, deadline="2026-04-20T23:59:59+07:00", why="'ภายในวันจันทร์ที่ ๒๐ เม.ย. ๖๙' = end of Mon 20 Apr (a working day), after the end of the log"),
}

def build():
    L = Log("volunteer-centre.jsonl", "ศอ.จอส.จว.สน.")
    R = random.Random(20260413)
    PV1, PV2 = "pvol1", "pvol2"

    def reporter(s):
        c = []
        c += ["vol:" + s] * 5 if "vol:" + s in PK else []
        c += ["coord:" + s] * 3
        c += ["chief:" + s] * 1
        if "dep:" + s in PK:
            c += ["dep:" + s] * 2
        return R.choice(c)

    def udisp(who):
        # the two people who share 'ปลัดต้น' report under their other, unique display name
        return name(who, 1) if who in ("coord:sawang", "dep:phanna") else None

    def figs():
        p = R.randint(2, 6)
        u = R.randint(60, 950)
        a = R.choice([0, 0, 0, 0, 1, 1, 2, 3])
        i = a + R.choice([0, 0, 1]) if a else 0
        k = 1 if a >= 2 and R.random() < 0.3 else 0
        return p, u, a, i, k

    def daily_text(s, day, who, style=None):
        dn = DNAME[s]
        p, u, a, i, k = figs()
        pl = pol(who)
        st = R.randrange(6) if style is None else style
        d = th(day)
        if a == 0 and st in (1, 4):
            st = 3
        if st == 0:
            return (f"รายงานผลการปฏิบัติงานจุดบริการประชาชน อ.{dn} ประจำวันที่ {d} เม.ย. ๖๙\n"
                    f"๑. จุดบริการ {th(p)} จุด\n๒. ผู้รับบริการ {th(u)} ราย\n๓. อุบัติเหตุ {th(a)} ครั้ง บาดเจ็บ {th(i)} ราย เสียชีวิต {th(k)} ราย\n"
                    f"จึงเรียนมาเพื่อโปรดทราบ{pl}")
        if st == 1:
            return (f"ศอ.จอส.อ.{dn} ขอรายงานผลการปฏิบัติงานประจำวันที่ {d} เม.ย. จุดบริการ {th(p)} จุด "
                    f"ผู้รับบริการ {th(u)} คน อุบัติเหตุ {th(a)} ครั้ง บาดเจ็บ {th(i)} ราย{pl}")
        if st == 2:
            return (f"อ.{dn} รายงานประจำวัน {day} เม.ย. 69\n- จุดบริการประชาชน {p} จุด\n- ประชาชนใช้บริการ {u} ราย\n"
                    f"- อุบัติเหตุ {a} ครั้ง (บาดเจ็บ {i} / เสียชีวิต {k})")
        if st == 3:
            return (f"อำเภอ{dn} ขอรายงานผลการปฏิบัติงาน ณ จุดบริการประชาชน วันที่ {d} เมษายน ๒๕๖๙ "
                    f"เปิดจุดบริการ {th(p)} จุด มีผู้มาใช้บริการ {th(u)} ราย ไม่มีอุบัติเหตุเกิดขึ้นในพื้นที่{pl}")
        if st == 4:
            return (f"ผลการปฏิบัติงานจุดบริการฯ {dn} ({d} เม.ย.)\nจุดบริการ {p} | ผู้รับบริการ {u} | อุบัติเหตุ {a} ครั้ง บาดเจ็บ {i}\nรายงาน{pl}")
        return (f"เรียน ศอ.จอส.จว.สน. อ.{dn} รายงานผลจุดบริการประชาชนช่วงสงกรานต์ วันที่ {d} เม.ย. ๖๙ "
                f"จำนวน {th(p)} จุด ผู้ใช้บริการ {th(u)} คน อุบัติเหตุ {th(a)} ครั้ง{pl} 🙏")

    ACKS = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับ", "รับทราบครับผม", "รับทราบครับท่าน 🙏", "ทราบแล้วครับ",
            "รับทราบและถือปฏิบัติครับ", "รับทราบคับ", "👍", "🙏", "ได้ครับ", "ร้บทราบครับ", "รับทราบค่ะ ขอบคุณค่ะ",
            "รับทราบครับ จะแจ้งทุกจุดบริการถือปฏิบัติ"]

    def acks(day, hms, n, pool=None):
        t = hms
        for j in range(n):
            s = R.choice(pool or ALL)
            who = R.choice([k for k in ("chief:" + s, "coord:" + s, "vol:" + s, "dep:" + s) if k in PK])
            t = hms_add(t, R.randint(20, 140))
            if R.random() < 0.25:
                L.add(day, t, who, "sticker")
            else:
                a = R.choice(ACKS)
                if fem(who):
                    a = a.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ").replace("คับ", "ค่ะ")
                else:
                    a = a.replace("ค่ะ", "ครับ")
                L.add(day, t, who, "text", a)

    DAILY = {
        13: "เรียน นอภ.ทุกอำเภอ\nศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานผลการปฏิบัติงานจุดบริการประชาชน ประจำวัน (จำนวนจุดบริการ ผู้รับบริการ อุบัติเหตุ) ภายในเวลา ๑๘.๐๐ น. วันนี้ ครับ",
        14: "เรียน นอภ.ทุกอำเภอ\nศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานผลการปฏิบัติงานจุดบริการประชาชน ประจำวัน (จำนวนจุดบริการ ผู้รับบริการ อุบัติเหตุ) ภายในเวลา ๑๘.๐๐ น. วันนี้ ครับ",
        15: "เรียน นอภ.ทุกอำเภอ\nขอให้ทุกอำเภอรายงานผลการปฏิบัติงานจุดบริการประชาชน ประจำวัน (จำนวนจุดบริการ ผู้รับบริการ อุบัติเหตุ) ภายในเวลา ๑๘.๐๐ น. วันนี้ ค่ะ 🙏",
        16: "เรียน นอภ.ทุกอำเภอ\nศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานผลการปฏิบัติงานจุดบริการประชาชน ประจำวัน (จำนวนจุดบริการ ผู้รับบริการ อุบัติเหตุ) ภายในเวลา ๑๘.๐๐ น. วันนี้ ครับ",
        17: "เรียน นอภ.ทุกอำเภอ\nศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานผลการปฏิบัติงานจุดบริการประชาชน ประจำวัน (จำนวนจุดบริการ ผู้รับบริการ อุบัติเหตุ) ภายในเวลา ๑๘.๐๐ น. วันนี้ ครับ (วันสุดท้ายของช่วงควบคุมเข้มข้น)",
    }
    DAILY_AT = {13: ("08:31:12", PV1), 14: ("08:27:40", PV1), 15: ("08:35:05", PV2), 16: ("08:29:33", PV1), 17: ("08:33:18", PV1)}

    # ---------------------------------------------------------------- Monday 13
    L.add(13, "06:48:10", PV2, text="สวัสดีวันสงกรานต์ค่ะ 💦 ขอให้ทุกท่านปฏิบัติหน้าที่ด้วยความปลอดภัยนะคะ")
    L.add(13, "06:55:31", "vol:muang", "image")
    L.add(13, "06:56:02", "coord:khoksi", text="สวัสดีปีใหม่ไทยครับ ขอให้ทุกจุดบริการปลอดภัยครับ",
          near="courtesy with order words ('ขอให้…') by a district person: chat, not an order (LABELS 5); no SKN-5P")
    L.add(13, "07:02:47", "dep:phanna", text="สวัสดีครับ 🙏💦", near="display name 'ปลัดต้น' fits two roster people (P-พรรณานิคม deputy and the สว่างแดนดิน coordinating deputy): ambiguous, never judged; both would be admitted here anyway")
    L.add(13, "07:04:00", "vol:sawang", "sticker")
    m = L.add(13, "08:02:25", PV1, key="I1",
              text="แจ้งเพื่อทราบ ตารางการตรวจเยี่ยมจุดบริการประชาชนของผู้บริหารจังหวัด ช่วงเทศกาลสงกรานต์ ๒๕๖๙ (๑๓–๑๗ เม.ย. ๖๙) รายละเอียดตามไฟล์แนบ ไม่ต้องรายงานครับ",
              near="information-only order of the provincial centre ('แจ้งเพื่อทราบ … ไม่ต้องรายงาน'): creates no SKN-5O duty")
    L.add(13, "08:02:58", PV1, "file", att="ตารางตรวจเยี่ยมจุดบริการ_สงกรานต์69.pdf")
    t, who = DAILY_AT[13]
    L.add(13, t, who, text=DAILY[13], key="D13", order="D13")
    acks(13, hms_add(t, 30), 4)
    L.add(13, "08:49:10", "chief:wanon", "system", event="invite", target=name("dep:wanon"),
          near="eligible invitee: the วานรนิวาส district chief adds his own ปลัดอำเภอ (deputy_district_chief, admitted to ศอ.จอส.)")
    L.add(13, "08:52:30", "dep:wanon", text="สวัสดีครับ ปลัดนันท์ วานรนิวาส ขอฝากเนื้อฝากตัวครับ 🙏")

    OA_TEXT = ("ด่วน ศอ.จอส.จว.สน. ขอให้ทุกอำเภอส่งภาพถ่ายกิจกรรมจิตอาสารดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในวันผู้สูงอายุแห่งชาติ "
               "๑๓ เมษายน อำเภอละ ๒–๓ ภาพ ภายใน ๓ วัน เพื่อรวบรวมรายงานจังหวัด ค่ะ")
    L.add(13, "10:15:44", PV2, text=OA_TEXT, key="OA", order="OA")
    L.add(13, "10:16:20", PV2, "image")
    acks(13, "10:17:00", 3)

    OB_TEXT = ("เรียน นอภ.เมืองสกลนคร นอภ.กุสุมาลย์ นอภ.โคกศรีสุพรรณ นอภ.พรรณานิคม และ นอภ.โพนนาแก้ว\n"
               "ศอ.จอส.จว.สน. ขอให้อำเภอจัดส่งรายชื่อจิตอาสาพระราชทาน อำเภอละ ๒๐ คน (ชื่อ-สกุล เลขบัตร เบอร์โทร ขนาดเสื้อ) "
               "เพื่อร่วมกิจกรรมจิตอาสาเฉพาะกิจ เนื่องในโอกาสวันฉัตรมงคล ๔ พฤษภาคม ๒๕๖๙ ภายใน ๒ วัน ตามแบบฟอร์มที่แนบครับ")
    L.add(13, "14:02:09", PV1, text=OB_TEXT, key="OB", order="OB")
    L.add(13, "14:02:41", PV1, "file", att="แบบฟอร์มรายชื่อจิตอาสา_ฉัตรมงคล69.xlsx")
    acks(13, "14:03:30", 3, ["muang", "kusuman", "khoksi", "phanna", "phonna"])

    # OA answers (photo posts). form: 'cap' caption + photos, 'ph' photos alone
    OA_ANS = [("muang", 13, "11:40:10", "cap", 3), ("kusuman", 13, "12:10:05", "ph", 2), ("kutbak", 13, "15:21:30", "ph", 3),
              ("phanna", 13, "16:05:00", "cap", 2), ("waritch", 13, "13:20:45", "cap", 2), ("khamta", 13, "14:45:12", "cap", 2),
              ("taongoi", 13, "16:40:33", "cap", 2), ("phangkhon", 14, "09:30:20", "ph", 2), ("nikhom", 14, "10:40:00", "cap", 2),
              ("wanon", 14, "11:15:50", "ph", 2), ("banmuang", 14, "13:00:10", "ph", 2), ("phonna", 14, "15:50:40", "cap", 2),
              ("akat", 15, "09:10:00", "cap", 2), ("songdao", 15, "10:05:30", "ph", 2), ("charoen", 15, "14:20:15", "ph", 2),
              ("khoksi", 16, "21:30:05", "cap", 2), ("sawang", 17, "09:00:40", "cap", 2)]
    OA_WHO = {"muang": "vol:muang", "kusuman": "vol:kusuman", "kutbak": "coord:kutbak", "phanna": "vol:phanna",
              "waritch": "vol:waritch", "khamta": "chief:khamta", "taongoi": "coord:taongoi", "phangkhon": "coord:phangkhon",
              "nikhom": "vol:nikhom", "wanon": "vol:wanon", "banmuang": "vol:banmuang", "phonna": "vol:phonna",
              "akat": "dep:akat", "songdao": "vol:songdao", "charoen": "dep:charoen", "khoksi": "vol:khoksi", "sawang": "vol:sawang"}
    CAPS = ["ภาพกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ อ.{d} {p}", "ส่งภาพกิจกรรมจิตอาสารดน้ำดำหัวผู้สูงอายุ อำเภอ{d}{p}",
            "อ.{d} ส่งภาพรดน้ำดำหัวผู้สูงอายุ วันผู้สูงอายุแห่งชาติ{p} 💦", "ภาพกิจกรรมวันผู้สูงอายุ ณ หอประชุมอำเภอ{d}{p}"]
    for s, day, t, form, n in OA_ANS:
        who = OA_WHO[s]
        if form == "cap":
            cap = R.choice(CAPS).format(d=DNAME[s], p=" " + pol(who) if R.random() < 0.5 else pol(who))
            extra = {}
            if s == "sawang":
                cap = "ขออภัยที่ส่งช้า ภาพกิจกรรมรดน้ำดำหัวผู้สูงอายุ อ.สว่างแดนดิน ค่ะ"
            L.add(day, t, who, text=cap, answers=[("OA", s)])
            L.imgs(day, hms_add(t, 25), who, n)
        else:
            ims = L.imgs(day, t, who, n, answers=[("OA", s)],
                         near="photos alone by a district person after the order that asks for photos: counts as the answer to OA" if s in ("kusuman",) else None)

    # Monday daily reports

    EXC = {
        (13, "songdao"): "skip", (14, "songdao"): "combo1314",
        (13, "taongoi"): ("late", 13, "19:40:22"), (13, "kutbak"): ("on", 13, "17:59:10"),
        (13, "phuphan"): ("late", 14, "08:10:05"),
        (14, "khamta"): "skip", (14, "phonna"): ("late", 14, "18:25:40"), (14, "waritch"): "photofirst",
        (14, "phangkhon"): "trailing",
        (15, "banmuang"): "skip", (15, "taongoi"): ("late", 16, "08:40:15"), (15, "akat"): "skip",
        (16, "akat"): "combo1516", (15, "charoen"): "reply",
        (16, "nikhom"): ("on", 16, "17:59:40"), (16, "kusuman"): ("late", 16, "18:40:02"),
        (17, "songdao"): "skip", (17, "taongoi"): "skip", (17, "phonna"): "skip",
        (17, "phangkhon"): ("late", 17, "19:05:11"), (17, "khamta"): ("late", 17, "20:10:30"),
    }
    COORD_NEAR = {(13, "muang"), (15, "sawang")}
    TWO_ROLE_NEAR = {(14, "kutbak")}

    def daily_reports(day):
        for s in ALL:
            e = EXC.get((day, s))
            if e == "skip":
                continue
            who = reporter(s)
            if (day, s) in COORD_NEAR:
                who = "coord:" + s
            if (day, s) in TWO_ROLE_NEAR:
                who = "coord:" + s
            rday = day
            t = "%02d:%02d:%02d" % (R.randint(14, 17), R.randint(0, 50), R.randint(0, 59))
            near = None
            if (day, s) in COORD_NEAR:
                near = "report by a coordinating deputy on the district's behalf: district people may report (no SKN-5P); answers the daily request on time"
            if (day, s) in TWO_ROLE_NEAR:
                near = "report by the กุดบาก coordinating deputy who is also the district's volunteer officer (two roles), acting as volunteer officer: allowed, on time"
            if isinstance(e, tuple):
                _, rday, t = e
            if e == "combo1314":
                txt = (f"ศอ.จอส.อ.ส่องดาว ขอรายงานของวันที่ ๑๓ และ ๑๔ เม.ย. ๖๙ ครับ (ขออภัยที่ล่าช้า สัญญาณที่จุดบริการไม่ดีครับ)\n"
                       f"วันที่ ๑๓ : จุดบริการ ๓ จุด ผู้รับบริการ ๒๑๔ ราย อุบัติเหตุ ๑ ครั้ง บาดเจ็บ ๑ ราย\n"
                       f"วันที่ ๑๔ : จุดบริการ ๓ จุด ผู้รับบริการ ๒๘๗ ราย อุบัติเหตุ ๐ ครั้ง")
                L.add(14, "17:20:30", "vol:songdao", text=txt, answers=[("D13", s), ("D14", s)],
                      near="one post reporting two days (13 and 14): answers D13 late and D14 on time")
                continue
            if e == "combo1516":
                txt = ("อ.อากาศอำนวย ขอรายงานผลการปฏิบัติงานจุดบริการประชาชน วันที่ ๑๕ และ ๑๖ เม.ย. ค่ะ\n"
                       "๑๕ เม.ย. จุดบริการ ๔ จุด ผู้รับบริการ ๓๑๒ ราย ไม่มีอุบัติเหตุ\n"
                       "๑๖ เม.ย. จุดบริการ ๔ จุด ผู้รับบริการ ๒๙๘ ราย อุบัติเหตุ ๒ ครั้ง บาดเจ็บ ๓ ราย")
                L.add(16, "17:40:10", "vol:akat", text=txt, answers=[("D15", s), ("D16", s)])
                continue
            if e == "photofirst":
                L.imgs(14, "16:10:00", "vol:waritch", 2, step=20)
                L.add(14, "16:11:02", "vol:waritch", text="ภาพประกอบ และผลการปฏิบัติงานประจำวันที่ ๑๔ เม.ย. อ.วาริชภูมิ จุดบริการ ๔ จุด ผู้รับบริการ ๔๐๒ ราย อุบัติเหตุ ๐ ครับ",
                      answers=[("D14", s)], near="photos first, then a short caption with the figures: one report post, on time")
                continue
            if e == "trailing":
                L.add(14, "16:35:20", "vol:phangkhon", disp=name("vol:phangkhon") + " ", sid=False,
                      text=daily_text(s, 14, "vol:phangkhon", 0), answers=[("D14", s)],
                      near="sender 'สมศักดิ์ จอส.พังโคน ' has a trailing space: the roster's สมศักดิ์ จอส.พังโคน (district volunteer officer), not an outsider; on time")
                continue
            if isinstance(e, tuple) and e[0] == "late" and rday != day:
                txt = f"ขอรายงานย้อนหลังของวันที่ {th(day)} เม.ย. ๖๙ " + daily_text(s, day, who, 1 if s != "taongoi" else 3)
            else:
                txt = daily_text(s, day, who)
            if isinstance(e, tuple) and e[0] == "on" and e[2].startswith("17:59"):
                near = "report one minute before the 18:00 deadline: on time"
            reply = None
            if e == "reply":
                reply = "D%d" % day
                near = "report sent as a reply to the day's request: on time"
            elif R.random() < 0.12:
                reply = "D%d" % day
            L.add(rday, t, who, text=txt, answers=[("D%d" % day, s)], near=near, reply=reply, disp=udisp(who))
            if R.random() < 0.18 and not t.startswith("17:59"):
                L.imgs(rday, hms_add(t, R.randint(20, 80)), who, R.randint(1, 3))

    daily_reports(13)
    # Monday afternoon / evening
    L.add(13, "12:30:00", "chief:taongoi", text="ฝากปลัดเวรทุกจุดของ อ.เต่างอย เปิดจุดบริการตลอด ๒๔ ชม. ห้ามปิดจุดก่อนเวลาเด็ดขาด และให้ตรวจวัดแอลกอฮอล์ผู้ขับขี่ทุกคันครับ",
          truth=[("SKN-5P", "มานพ นอภ.เต่างอย", "a district chief gives an order to his own district's people in ศอ.จอส.; only the provincial centre may order here")])
    L.add(13, "12:31:10", "coord:taongoi", text="รับทราบครับท่าน")
    L.add(13, "18:30:25", PV2, key="R1", text="ย้ำ อำเภอที่ยังไม่ได้รายงานผลการปฏิบัติงานจุดบริการประจำวันที่ ๑๓ เม.ย. ได้แก่ อ.ส่องดาว อ.เต่างอย อ.ภูพาน ขอให้รายงานด่วนค่ะ",
          near="reminder of the provincial centre (ย้ำ, อำเภอที่ยังไม่ได้รายงาน): no new SKN-5O duty")
    L.add(13, "18:41:00", "coord:taongoi", text="รับทราบครับ กำลังรวบรวมจากจุดบริการครับ")
    L.add(13, "20:15:40", "vol:muang", text="ขอบคุณทุกอำเภอที่ช่วยกันดูแลประชาชนวันแรกค่ะ 🙏")
    L.add(13, "21:05:12", "vol:kusuman", "sticker")

    # ---------------------------------------------------------------- Tuesday 14
    L.add(14, "07:10:00", "pvol1", text="อรุณสวัสดิ์ครับ วันครอบครัว ขอให้ทุกท่านมีความสุขครับ 💐")
    L.add(14, "07:12:33", "coord:nikhom", "sticker")
    t, who = DAILY_AT[14]
    L.add(14, t, who, text=DAILY[14], key="D14", order="D14")
    acks(14, hms_add(t, 40), 4)
    L.add(14, "09:02:14", "chief:phuphan", "system", event="invite", target=name("retired"),
          truth=[("SKN-5", "ลุงบุญทัน (อดีต นอภ.)", "a retired official is not admitted to ศอ.จอส. (invited by นอภ.ภูพาน ⛰️)"),
                 ("SKN-ALL", "ลุงบุญทัน (อดีต นอภ.)", "invitee: on the roster (retired) but not admitted to ศอ.จอส."),
                 ("SKN-ALL", "นอภ.ภูพาน ⛰️", "inviter of the retired official into ศอ.จอส.")])
    L.add(14, "09:05:00", "retired", text="สวัสดีครับทุกท่าน ขอบคุณท่านนายอำเภอที่ชวนเข้ากลุ่มครับ 🙏")
    L.add(14, "10:20:11", "vol:muang", text="รายชื่อจิตอาสาพระราชทาน อ.เมืองสกลนคร จำนวน ๒๐ คน สำหรับกิจกรรมวันฉัตรมงคล ตามแบบฟอร์มค่ะ",
          answers=[("OB", "muang")])
    L.add(14, "10:20:50", "vol:muang", "file", att="รายชื่อจิตอาสา_อ.เมืองสกลนคร.xlsx")
    L.add(14, "11:02:00", "ah:dpm", text="ขอให้ทุกอำเภอรายงานจุดเสี่ยงอุบัติเหตุบนทางหลวงในพื้นที่ พร้อมพิกัด ให้ ปภ.จังหวัด ภายในวันนี้ครับ",
          truth=[("SKN-5", "หน.ปภ.สน. อดิเรก", "an agency head is not admitted to ศอ.จอส."),
                 ("SKN-5P", "หน.ปภ.สน. อดิเรก", "an order to all districts from someone other than the provincial volunteer centre")])
    L.add(14, "11:05:31", "pvol1", text="เรียนท่าน หน.ปภ. ขออนุญาตประสานทางกลุ่มอื่นนะครับ กลุ่มนี้สำหรับงานจิตอาสาครับ")
    L.add(14, "12:40:00", "vg1", text="ขอบคุณทุกอำเภอที่ตั้งใจทำงานช่วงสงกรานต์ครับ ขอให้ทุกจุดปลอดภัย",
          truth=[("SKN-5", "รองฯ ประจักษ์", "a vice governor is not admitted to ศอ.จอส. (first appearance: this post)")])
    daily_reports(14)
    L.add(14, "18:15:30", PV1, key="R2", text="อำเภอที่ยังไม่ได้รายงานประจำวันที่ ๑๔ เม.ย. : อ.คำตากล้า อ.โพนนาแก้ว ขอให้รายงานด่วนครับ 🙏",
          near="reminder naming who still owes: no new SKN-5O duty")
    L.add(14, "18:17:02", "coord:muang", text="อำเภอที่ยังไม่ได้ส่งรายงานประจำวัน ขอให้ส่งด่วนด้วยครับ ทางจังหวัดรอรวบรวมเสนอท่านผู้ว่าฯ",
          truth=[("SKN-5P", "ปลัดกิต เมืองสกล", "a coordinating deputy directs the other districts (an order); only the provincial centre may order here")])
    L.add(14, "19:30:00", "chief:khamta", text="ขออภัยครับ วันนี้ อ.คำตากล้า มีเหตุจมน้ำ ทีมงานติดภารกิจครับ",
          near="an apology with no figures: not a report, so คำตากล้า's answer to the 14 Apr request stays missing")
    L.add(14, "21:50:10", "vol:phanna", "sticker")

    # ---------------------------------------------------------------- Wednesday 15
    L.add(15, "07:05:00", "coord:kutbak", "image")
    L.add(15, "07:06:10", "coord:kutbak", text="อรุณสวัสดิ์วันพุธครับ ☀️ วันนี้อากาศร้อนจัด ดูแลสุขภาพด้วยครับ")
    I2 = ("ขอความร่วมมือทุกอำเภอประชาสัมพันธ์ให้ประชาชนระมัดระวังการเล่นน้ำในแหล่งน้ำธรรมชาติ และสวมเสื้อชูชีพ "
          "ตามหนังสือจังหวัด ทั้งนี้ไม่ต้องรายงานผลครับ")
    L.add(15, "08:15:20", PV1, key="I2", text=I2,
          near="order that says no report is needed ('ไม่ต้องรายงานผล'): no SKN-5O duty")
    L.imgs(15, "08:15:50", PV1, 2)
    t, who = DAILY_AT[15]
    L.add(15, t, who, text=DAILY[15], key="D15", order="D15")
    acks(15, hms_add(t, 30), 3)
    OC_TEXT = ("ขอให้ อ.วาริชภูมิ อ.พังโคน อ.นิคมน้ำอูน อ.ส่องดาว อ.เต่างอย และ อ.ภูพาน สำรวจแหล่งน้ำเสี่ยงต่อการจมน้ำในพื้นที่ "
               "(ชื่อแหล่งน้ำ หมู่บ้าน ป้ายเตือน อุปกรณ์ช่วยชีวิต) แล้วรายงาน ศอ.จอส.จว.สน. ภายใน 12.00 น. ของวันที่ 17 เม.ย. 69 ครับ")
    L.add(15, "09:40:00", PV1, text=OC_TEXT, key="OC", order="OC")
    L.add(15, "09:40:40", PV1, "file", att="แบบสำรวจแหล่งน้ำเสี่ยง_เม.ย.69.pdf")
    acks(15, "09:41:30", 3, ["waritch", "phangkhon", "nikhom", "songdao", "taongoi", "phuphan"])
    L.add(15, "11:00:30", "vol:khoksi", text="รายชื่อจิตอาสา อ.โคกศรีสุพรรณ ตามแบบฟอร์มค่ะ", answers=[("OB", "khoksi")])
    L.add(15, "11:01:05", "vol:khoksi", "file", att="จิตอาสา_โคกศรีสุพรรณ.xlsx")
    L.add(15, "11:30:00", "retired", text=("รายงานผลกิจกรรมจิตอาสา บ้านโนนสวรรค์ ต.ภูพาน ทำความสะอาดวัดและรดน้ำดำหัวผู้สูงอายุ "
                                            "ผู้ร่วมกิจกรรม ๓๕ คน ครับ"),
          truth=[("SKN-5P", "ลุงบุญทัน (อดีต นอภ.)", "a report from someone who is not one of a district's people (retired); membership already found at his invite")])
    L.imgs(15, "11:30:40", "retired", 2)
    OD_TEXT = ("ศอ.จอส.จว.สน. ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาพระราชทานที่ปฏิบัติหน้าที่ ณ จุดบริการประชาชนและจุดตรวจ "
               "(แยกชาย/หญิง) ภายใน ๒๔ ชม. ครับ")
    L.add(15, "14:10:20", PV1, text=OD_TEXT, key="OD", order="OD")
    acks(15, "14:11:00", 3)
    daily_reports(15)
    L.add(15, "18:20:15", PV2, key="R3", text="อำเภอที่ยังไม่ได้รายงานประจำวันที่ ๑๕ เม.ย. ได้แก่ อ.บ้านม่วง อ.เต่างอย อ.อากาศอำนวย ขอให้รายงานด่วนค่ะ",
          near="reminder: no new SKN-5O duty")
    L.add(15, "22:47:10", "น้องเมย์ ขายเสื้อลายดอก🌺", "system", event="join",
          truth=[("OUTSIDER", "น้องเมย์ ขายเสื้อลายดอก🌺", "not on the roster; joined ศอ.จอส. by link/QR code")])
    L.add(15, "22:48:30", "น้องเมย์ ขายเสื้อลายดอก🌺", text="เสื้อลายดอกสงกรานต์ ตัวละ 159 บาท 3 ตัว 400 ส่งฟรีทั่วสกลค่ะ สนใจทักแชทได้เลยค่ะ 🌺🌺")
    L.imgs(15, "22:48:50", "น้องเมย์ ขายเสื้อลายดอก🌺", 3)

    # ---------------------------------------------------------------- Thursday 16
    t, who = DAILY_AT[16]
    L.add(16, "08:05:00", "pvol1", text="เรียนทุกท่าน ขออนุญาตลบข้อความขายของเมื่อคืนนะครับ 🙏")
    L.add(16, "08:05:30", "pvol1", "system", event="remove", target="น้องเมย์ ขายเสื้อลายดอก🌺")
    L.add(16, "08:18:44", PV1, key="R4", reply="OB",
          text="เร่งรัด รายชื่อจิตอาสาฯ วันฉัตรมงคล อำเภอที่ยังไม่ส่ง ได้แก่ อ.กุสุมาลย์ อ.พรรณานิคม อ.โพนนาแก้ว ขอให้ส่งตามกำหนดเวลาครับ",
          near="reminder of OB, sent as a reply to it (เร่งรัด, ตามกำหนดเวลา): no new duty")
    L.add(16, t, who, text=DAILY[16], key="D16", order="D16")
    acks(16, hms_add(t, 35), 3)
    L.add(16, "09:30:05", "coord:kusuman", text="รายชื่อจิตอาสาพระราชทาน อ.กุสุมาลย์ ๒๐ คน ครับ ตามไฟล์แนบ", answers=[("OB", "kusuman")],
          near="OB answer on Thu 16 Apr: on time because OB's 2nd day (15 Apr) is a Songkran holiday, moved to 16 Apr")
    L.add(16, "09:30:40", "coord:kusuman", "file", att="จอส_กุสุมาลย์_ฉัตรมงคล.xlsx")
    OE_TEXT = ("เรียน นอภ.อากาศอำนวย นอภ.วานรนิวาส นอภ.บ้านม่วง และ นอภ.คำตากล้า\n"
               "เนื่องจากสภาพอากาศร้อนจัด ขอให้ศูนย์จิตอาสาอำเภอตรวจสอบผู้สูงอายุที่อยู่ลำพังในพื้นที่ริมน้ำสงคราม "
               "และรายงานผู้ได้รับผลกระทบจากความร้อน (ถ้าไม่มี ให้รายงานว่าไม่มี) ครับ")
    L.add(16, "09:35:14", PV1, text=OE_TEXT, key="OE", order="OE")
    acks(16, "09:36:00", 2, ["akat", "wanon", "banmuang", "khamta"])
    L.add(16, "10:30:20", "vol:waritch", text="อ.วาริชภูมิ ขอรายงานผลการสำรวจแหล่งน้ำเสี่ยง จำนวน ๗ แห่ง ติดป้ายเตือนแล้ว ๕ แห่ง รายละเอียดตามไฟล์ครับ",
          answers=[("OC", "waritch")])
    L.add(16, "10:31:00", "vol:waritch", "file", att="แหล่งน้ำเสี่ยง_วาริชภูมิ.pdf")
    L.add(16, "13:00:40", "vol:akat", text="อ.อากาศอำนวย ตรวจสอบแล้ว ไม่มีผู้สูงอายุได้รับผลกระทบจากความร้อนค่ะ", answers=[("OE", "akat")])
    L.add(16, "14:00:10", "vol:nikhom", text="ผลสำรวจแหล่งน้ำเสี่ยง อ.นิคมน้ำอูน ๔ แห่ง (หนองแวง ห้วยโท ฝายบ้านดอน อ่างน้ำอูน) มีห่วงชูชีพครบทุกแห่งครับ",
          answers=[("OC", "nikhom")])
    L.imgs(16, "14:00:45", "vol:nikhom", 2)
    L.add(16, "15:15:30", "dep:phuphan", text="ปลัดกฤษ ภูพาน รายงานแทน ศอ.จอส.อ.ภูพาน แหล่งน้ำเสี่ยง ๓ แห่ง ติดป้ายครบแล้วครับ",
          answers=[("OC", "phuphan")], near="a deputy reports for the district: counts as the district's answer")
    L.add(16, "15:30:00", "chief:wanon", text="อ.วานรนิวาส จิตอาสาปฏิบัติหน้าที่ ณ จุดบริการ ๔๘ คน (ชาย ๓๐ หญิง ๑๘) ครับ", answers=[("OD", "wanon")])
    L.add(16, "16:00:12", PV1, text=OC_TEXT, key="OCrep",
          near="OC re-posted word for word as a reminder, same deadline (12.00 น. 17 เม.ย.): no new duty")
    L.add(16, "16:40:20", "vol:wanon", text="อ.วานรนิวาส ตรวจสอบผู้สูงอายุริมน้ำสงครามแล้ว พบเพลียแดด ๒ ราย ส่ง รพ.สต. ดูแลแล้วค่ะ", answers=[("OE", "wanon")])
    L.add(16, "17:00:05", PV2, text="อำเภอที่ยังไม่ส่งภาพกิจกรรมรดน้ำดำหัว (อ.สว่างแดนดิน อ.ภูพาน อ.โคกศรีสุพรรณ) ขอให้ส่งภายในวันนี้ค่ะ",
          near="reminder of OA: no new duty")
    daily_reports(16)
    L.add(16, "18:20:40", PV1, key="R5", text="ย้ำ อ.กุสุมาลย์ ยังไม่ได้รายงานประจำวันที่ ๑๖ เม.ย. ครับ")
    L.add(16, "19:20:00", "dep:wanon", "system", event="invite", target="อสม.แดง บ้านโพน",
          truth=[("OUTSIDER", "อสม.แดง บ้านโพน", "not on the roster; added to ศอ.จอส. by ปลัดนันท์ วานร")])
    L.add(16, "19:22:10", "อสม.แดง บ้านโพน", text="สวัสดีค่ะ ขอบคุณที่ให้เข้ากลุ่มค่ะ")
    L.add(16, "20:05:00", "dep:muang", "system", event="leave")

    # ---------------------------------------------------------------- Friday 17
    L.add(17, "07:30:00", "chief:kutbak", "sticker")
    L.add(17, "08:00:30", PV2, key="I3", text="แจ้งเพื่อทราบ ท่านผู้ว่าฯ จะตรวจเยี่ยมจุดบริการประชาชน อ.พังโคน และ อ.วาริชภูมิ วันนี้ เวลา ๑๓.๓๐ น. ค่ะ",
          near="information only (แจ้งเพื่อทราบ): asks no report, no duty")
    t, who = DAILY_AT[17]
    L.add(17, t, who, text=DAILY[17], key="D17", order="D17")
    acks(17, hms_add(t, 40), 3)
    L.add(17, "09:00:00", "vol:banmuang", text="อ.บ้านม่วง จิตอาสาปฏิบัติหน้าที่จุดบริการและจุดตรวจ ๓๖ คน ชาย ๒๒ หญิง ๑๔ ครับ (ขออภัยล่าช้า)", answers=[("OD", "banmuang")])
    L.add(17, "10:00:00", "coord:phanna", text="รายชื่อจิตอาสา อ.พรรณานิคม ๒๐ คน ครับ ขออภัยที่ล่าช้าครับ", answers=[("OB", "phanna")])
    L.add(17, "10:00:35", "coord:phanna", "file", att="จิตอาสา_พรรณานิคม.xlsx")
    L.add(17, "10:30:40", PV1, key="R6", text="ตามกำหนดเวลา ภายใน ๑๒.๐๐ น. วันนี้ อ.พังโคน อ.ส่องดาว อ.เต่างอย ยังไม่ได้ส่งผลสำรวจแหล่งน้ำเสี่ยงครับ",
          near="reminder of OC (ตามกำหนดเวลา): no new duty")
    L.add(17, "11:00:00", "vol:banmuang", text="อ.บ้านม่วง ตรวจสอบผู้สูงอายุแล้ว ไม่มีผู้ได้รับผลกระทบจากความร้อนครับ", answers=[("OE", "banmuang")])
    L.add(17, "11:59:05", "coord:phangkhon", text="ปลัดเอ็ม พังโคน รายงานผลสำรวจแหล่งน้ำเสี่ยง อ.พังโคน ๕ แห่ง ติดป้ายเตือน ๕ แห่ง ห่วงชูชีพ ๓ แห่ง ครับ",
          answers=[("OC", "phangkhon")], near="OC answer one minute before 12:00 on 17 Apr: on time")
    L.add(17, "14:30:20", "coord:songdao", text="ผลสำรวจแหล่งน้ำเสี่ยง อ.ส่องดาว ๖ แห่ง ครับ ขออภัยที่ล่าช้าครับ", answers=[("OC", "songdao")])
    OF_TEXT = ("ศอ.จอส.จว.สน. ขอให้ทุกอำเภอสรุปผลการดำเนินงานของจิตอาสาพระราชทานช่วง ๗ วันอันตราย เทศกาลสงกรานต์ ๒๕๖๙ "
               "ตามแบบที่แนบ ภายในวันจันทร์ที่ ๒๐ เม.ย. ๖๙ ครับ")
    L.add(17, "09:20:30", PV1, text=OF_TEXT, key="OF", order="OF")
    L.add(17, "09:21:10", PV1, "file", att="แบบสรุปผล_7วันอันตราย_สงกรานต์69.docx")
    acks(17, "09:22:00", 3)
    L.add(17, "15:00:00", "vol:muang", text="สรุปผลการดำเนินงานจิตอาสาพระราชทาน ๗ วันอันตราย อ.เมืองสกลนคร ตามแบบค่ะ", answers=[("OF", "muang")])
    L.add(17, "15:00:40", "vol:muang", "file", att="สรุป7วัน_เมืองสกลนคร.docx")
    L.add(17, "16:20:00", "vol:khoksi", text="สรุปผล ๗ วันอันตราย อ.โคกศรีสุพรรณ ค่ะ", answers=[("OF", "khoksi")])
    L.add(17, "16:20:30", "vol:khoksi", "file", att="สรุป7วัน_โคกศรีสุพรรณ.docx")
    L.add(17, "17:10:00", "chief:nikhom", text="อ.นิคมน้ำอูน ส่งสรุปผล ๗ วันอันตรายครับ", answers=[("OF", "nikhom")])
    L.add(17, "17:10:30", "chief:nikhom", "file", att="สรุป7วัน_นิคมน้ำอูน.pdf")
    daily_reports(17)
    L.add(17, "18:30:00", PV1, key="R7", text="อำเภอที่ยังไม่ได้รายงานประจำวันที่ ๑๗ เม.ย. ได้แก่ อ.ส่องดาว อ.เต่างอย อ.โพนนาแก้ว อ.พังโคน อ.คำตากล้า ขอให้รายงานด่วนครับ",
          near="reminder naming who still owes: no new duty")
    L.add(17, "21:10:00", "palad", text="ขอบคุณทุกอำเภอ และจิตอาสาทุกท่านที่ปฏิบัติหน้าที่ช่วงสงกรานต์ด้วยความเข้มแข็งครับ 🙏")
    L.add(17, "21:12:30", "vol:sawang", "sticker")
    L.add(17, "21:40:05", "coord:muang", text="ขอบคุณท่านปลัดจังหวัดครับ 🙏", key="END")

    # OD answers (all districts, deadline 24 h after the order)
    OD_ANS = {"muang": (15, "15:02:10"), "kusuman": (15, "16:30:00"), "kutbak": (15, "14:40:33"), "phanna": (15, "19:10:00"),
              "phangkhon": (16, "08:50:10"), "waritch": (15, "17:45:00"), "nikhom": (16, "09:12:00"), "khamta": (16, "10:05:20"),
              "akat": (16, "11:30:00"), "sawang": (15, "20:30:45"), "songdao": (16, "13:05:00"), "taongoi": (16, "12:00:30"),
              "khoksi": (15, "16:00:00"), "phonna": (16, "14:09:10"), "phuphan": (16, "07:45:00")}
    for s, (day, t) in OD_ANS.items():
        who = reporter(s)
        m_, f_ = R.randint(10, 60), R.randint(5, 40)
        txt = R.choice(["อ.{d} จิตอาสาปฏิบัติหน้าที่ ณ จุดบริการและจุดตรวจ {n} คน (ชาย {m} หญิง {f}){p}",
                        "จำนวนจิตอาสาพระราชทาน อำเภอ{d} ที่ปฏิบัติหน้าที่ ชาย {m} คน หญิง {f} คน รวม {n} คน{p}",
                        "รายงานจำนวนจิตอาสา อ.{d} รวม {n} คน แยกเป็นชาย {m} หญิง {f}{p}"]).format(
            d=DNAME[s], n=th(m_ + f_), m=th(m_), f=th(f_), p=pol(who))
        near = None
        if s == "phonna":
            near = "OD answer at 14:09, one minute before the 24-hour deadline (15 Apr 14:10:20 + 24 h): on time"
        L.add(day, t, who, text=txt, answers=[("OD", s)], near=near, disp=udisp(who))
    return L, ORDERS
