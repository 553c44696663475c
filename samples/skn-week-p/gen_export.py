# นักปกครองสกลนคร — written as a LINE Thai-language phone export (.txt).
import random
from gen_common import name, SLUGS, DNAME, PK, pol, th

FILE = "nakpokkhrong-export.txt"
GROUP = "นักปกครองสกลนคร"
WD = {13: "จ.", 14: "อ.", 15: "พ.", 16: "พฤ.", 17: "ศ."}

def build():
    R = random.Random(5690413)
    days = {d: [] for d in WD}   # (hh:mm, sender or None, text, truth, near)
    def add(day, t, who, text, truth=None, near=None, disp=None):
        snd = None if who is None else (disp or (name(who) if who in PK else who))
        days[day].append((t, snd, text, truth or [], near))

    def sysl(day, t, text, truth=None, near=None):
        add(day, t, None, text, truth, near)

    add(13, "06:20", "gov", "สวัสดีปีใหม่ไทยครับ นักปกครองทุกท่าน ขอให้ปฏิบัติหน้าที่ด้วยความปลอดภัยครับ 💦")
    add(13, "06:25", "chief:muang", "[สติกเกอร์]")
    add(13, "06:26", "coord:nikhom", "สวัสดีปีใหม่ไทยค่ะ 🙏")
    add(13, "06:40", "palad", "สวัสดีปีใหม่ไทยครับ")
    add(13, "07:05", "dep:phanna", "สวัสดีครับทุกท่าน 🙏💦",
        near="'ปลัดต้น' fits two roster people (a plain deputy of พรรณานิคม and the coordinating deputy of สว่างแดนดิน): ambiguous, never judged (no SKN-1)")
    add(13, "08:00", "palad", "\"ข้อสั่งการปลัดจังหวัด\n๑. ให้ปลัดอำเภอประสานงานรายงานผลการปฏิบัติงานของอำเภอในกลุ่มนี้ทุกวัน\n๒. เหตุสำคัญให้รายงานทันที\"")
    sysl(13, "08:30", "ปจ.สน. ณรงค์ฤทธิ์ เพิ่ม ปลัดนินทร์ โคกศรี เข้ากลุ่ม",
         near="eligible invitee: the palad adds a coordinating deputy (admitted to นักปกครองสกลนคร)")
    add(13, "08:32", "coord:khoksi", "ขอบคุณครับท่าน เปลี่ยนเครื่องใหม่ครับ 🙏")
    add(13, "10:10", "vg3", "ขอชื่นชมนักปกครองทุกท่านครับ ทำงานหนักช่วงสงกรานต์",
        truth=[("SKN-1", "รองชัยวัฒน์ สน.", "a vice governor is not admitted to นักปกครองสกลนคร (governor, palad, district chiefs, coordinating deputies)")])
    add(15, "09:40", "pvol2", "ขออนุญาตประชาสัมพันธ์ค่ะ ศอ.จอส.จว.สน. เปิดรับจิตอาสาร่วมกิจกรรมวันฉัตรมงคล ติดต่อได้ที่ที่ทำการปกครองจังหวัดค่ะ",
        truth=[("SKN-1", "ชลธิชา จอส.จังหวัด", "a province-level volunteer officer is not admitted to นักปกครองสกลนคร")])
    add(14, "10:30", "dep:muang", "\"รายงานผลการปฏิบัติงาน อ.เมืองสกลนคร วันที่ ๑๓ เม.ย. ๖๙\nตั้งด่านชุมชน ๒๒ ด่าน เรียกตรวจ ๑,๐๕๐ คัน\nดำเนินคดีเมาแล้วขับ ๖ ราย\"",
        truth=[("SKN-1", "ปลัดณัฐ 🚓", "a deputy district chief who is not the coordinating deputy is not admitted to นักปกครองสกลนคร")])
    add(14, "10:31", "dep:muang", "[รูป]")
    sysl(15, "13:05", "ต้อมมี่ ทัวร์ลาว เข้าร่วมกลุ่ม",
         truth=[("OUTSIDER", "ต้อมมี่ ทัวร์ลาว", "not on the roster; joined นักปกครองสกลนคร by link/QR code")])
    add(15, "13:07", "ต้อมมี่ ทัวร์ลาว", "ทัวร์เวียงจันทน์ วังเวียง 3 วัน 2 คืน 3,990 บาท ออกเดินทางทุกสัปดาห์ สนใจทักครับ 🚌")
    add(15, "13:10", "palad", "ขออนุญาตนำออกนะครับ")
    sysl(15, "13:11", "ปจ.สน. ณรงค์ฤทธิ์ ลบ ต้อมมี่ ทัวร์ลาว ออกจากกลุ่ม")
    sysl(16, "10:02", "อภิชาติ นอภ.พังโคน เพิ่ม แขวงทางหลวงสน. วีระพงษ์ เข้ากลุ่ม",
         truth=[("SKN-1", "แขวงทางหลวงสน. วีระพงษ์", "an agency head is not admitted to นักปกครองสกลนคร (added by อภิชาติ นอภ.พังโคน)"),
                ("SKN-ALL", "แขวงทางหลวงสน. วีระพงษ์", "invitee: on the roster (agency head) but not admitted to นักปกครองสกลนคร"),
                ("SKN-ALL", "อภิชาติ นอภ.พังโคน", "inviter of a non-admitted roster person")])
    add(16, "10:05", "chief:phangkhon", "เชิญท่านแขวงฯ เข้ากลุ่มเพื่อประสานซ่อมไฟทางหลวงช่วงพังโคนครับ")
    add(16, "10:07", "ah:doh", "ขอบคุณครับท่าน ยินดีประสานครับ")
    sysl(17, "08:15", "ปลัดอุดม พนก. ออกจากกลุ่ม")
    add(14, "08:05", "coord:taongoi", "\"รายงานผลการปฏิบัติงาน อ.เต่างอย ประจำวันที่ ๑๓ เม.ย. ๖๙\nด่านชุมชน ๙ ด่าน จุดบริการ ๓ จุด\nอุบัติเหตุ ๑ ครั้ง บาดเจ็บ ๑ ราย\"",
        near="report by ปลัดทรง เต่างอย, coordinating deputy who is also the district volunteer officer: admitted as coordinating deputy (two roles), no SKN-1")
    add(16, "08:10", "coord:kutbak", "รายงานผลด่านชุมชน อ.กุดบาก วันที่ ๑๕ เม.ย. ๑๑ ด่าน เรียกตรวจ ๓๐๒ คัน ไม่พบผู้ดื่มสุราครับ",
        near="report by ปลัดเอก กุดบาก (coordinating deputy and volunteer officer, two roles): admitted as coordinating deputy")

    # routine district reports (chiefs and coordinating deputies, all admitted)
    TPL = ["รายงานผลการปฏิบัติงาน อ.{d} วันที่ {x} เม.ย. ๖๙ ด่านชุมชน {a} ด่าน เรียกตรวจ {b} คัน ดำเนินคดี {c} ราย{p}",
           "อ.{d} ขอรายงานผลการตั้งด่านชุมชนประจำวันที่ {x} เม.ย. จำนวน {a} ด่าน ตรวจยานพาหนะ {b} คัน{p}",
           "ผลการปฏิบัติงานนักปกครอง อ.{d} ({x} เม.ย.) ออกตรวจจุดบริการ {a} จุด ประชาชนใช้บริการ {b} ราย{p}"]
    ACK = ["รับทราบครับท่าน", "รับทราบครับ", "ทราบครับ", "[สติกเกอร์]", "รับทราบค่ะ", "🙏", "รับทราบครับผม"]
    for day in (13, 14, 15, 16, 17):
        if day != 13:
            add(day, "07:00", R.choice(["gov", "palad"]), R.choice(["อรุณสวัสดิ์ครับทุกท่าน", "สวัสดีครับ ขอให้ทุกท่านปลอดภัยครับ",
                                                                     "อรุณสวัสดิ์ครับ วันนี้อากาศร้อนจัด ดูแลสุขภาพครับ"]))
        add(day, "07:45", "palad", R.choice(["ขอให้ปลัดอำเภอประสานงานรายงานผลการปฏิบัติงานของอำเภอประจำวันในกลุ่มนี้ด้วยครับ",
                                             "ย้ำ ให้ทุกอำเภอรายงานผลการตั้งด่านชุมชนประจำวันในกลุ่มนี้ครับ",
                                             "ขอให้อำเภอรายงานผลการปฏิบัติงานช่วงสงกรานต์ประจำวันครับ"]))
        for j in range(3):
            s = R.choice(SLUGS)
            k = R.choice(["chief:" + s, "coord:" + s])
            if k == "coord:sawang":
                k = "chief:sawang"
            a = ACK[R.randrange(len(ACK))]
            if a != "[สติกเกอร์]" and PK[k]["full"].startswith("นาง"):
                a = a.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ")
            elif a != "[สติกเกอร์]":
                a = a.replace("ค่ะ", "ครับ")
            add(day, "07:%02d" % (47 + j * 2), k, a)
        picks = R.sample(SLUGS, 12)
        for j, s in enumerate(picks):
            k = R.choice(["coord:" + s, "coord:" + s, "chief:" + s])
            if k == "coord:sawang":
                k = "chief:sawang"   # the ambiguous 'ปลัดต้น' is kept out of routine traffic
            prev = day - 1 if day > 13 else 12
            txt = R.choice(TPL).format(d=DNAME[s], x=th(prev if R.random() < 0.6 else day), a=th(R.randint(3, 20)),
                                        b=th(R.randint(100, 1500)), c=th(R.randint(0, 8)), p=pol(k))
            t = "%02d:%02d" % (8 + j, R.randint(0, 59))
            add(day, t, k, txt)
            if R.random() < 0.5:
                add(day, t, k, "[รูป]")
                if R.random() < 0.5:
                    add(day, t, k, "[รูป]")
        add(day, "20:30", R.choice(["gov", "palad"]), R.choice(["ขอบคุณทุกอำเภอครับ 🙏", "ขอบคุณนักปกครองทุกท่านครับ", "ขอบคุณครับ เหนื่อยกันมากครับ"]))
        add(day, "20:35", R.choice(["chief:" + s for s in SLUGS]), "[สติกเกอร์]")

    lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % GROUP, "บันทึกเมื่อ 17/04/2569 22:15", ""]
    truth, near, count = [], [], 0
    for day in sorted(days):
        if day != 13:
            lines.append("")
        lines.append("%s %02d/04/2569" % (WD[day], day))
        for t, snd, text, tr, nm in sorted(days[day], key=lambda x: x[0]):   # stable: same-minute order kept
            ln = len(lines) + 1
            if snd is None:
                lines.append("%s\t\t%s" % (t, text))
            else:
                lines.extend(("%s\t%s\t%s" % (t, snd, text)).split("\n"))
                count += 1
            for rule, who, note in tr:
                truth.append((rule, FILE, ln, "", who, "", note))
            if nm:
                near.append((FILE, ln, "", nm))
    return lines, truth, near, count
