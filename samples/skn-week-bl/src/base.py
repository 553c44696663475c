"""Roster and the small builder of week BL: posts (text with photos/files before or after), stickers,
system events, and the truth tags carried by the first message of each post."""
import datetime
import hashlib

BKK = datetime.timezone(datetime.timedelta(hours=7))
DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน",
             "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย",
             "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
PV = "ศาลากลางจังหวัดสกลนคร"
OF = "ที่ทำการปกครองจังหวัดสกลนคร"
# (id, full name, display names, role, agency, district, contact)  contact: L = LINE id, E:mail, LE:mail, "" none
ROWS = [
    ("P001", "นายสุรศักดิ์ อินทรประเสริฐ", ["ผวจ.สน.สุรศักดิ์", "Surasak I."], "governor", PV, "", "LE:surasak.i@skn-gov.example"),
    ("P002", "นายปกรณ์ ชัยมงคล", ["รองปกรณ์ สน."], "vice_governor", PV, "", "L"),
    ("P003", "นางวรรณภา ศรีเมือง", ["รอง ผวจ.วรรณภา 🌺"], "vice_governor", PV, "", "L"),
    ("P004", "นายเทพฤทธิ์ พลราช", ["เทพฤทธิ์ รองผู้ว่าฯ"], "vice_governor", PV, "", "E:theprit.p@skn-gov.example"),
    ("P005", "นายชาญณรงค์ บุญศรี", ["ปจ.สน. ชาญณรงค์", "Channarong B."], "provincial_palad", OF, "", "L"),
    ("P006", "งานสารบรรณ ที่ทำการปกครองจังหวัดสกลนคร", ["ปค.จ.สน. งานสารบรรณ"], "provincial_admin_staff", OF, "", "L"),
    ("P007", "นางสาวสายสุนีย์ พรหมวงศ์", ["สายสุนีย์ ฝ่ายอำนวยการ ปค.สน."], "provincial_admin_staff", OF, "", "LE:saisunee.p@skn-gov.example"),
    ("P008", "กลุ่มงานความมั่นคง ที่ทำการปกครองจังหวัดสกลนคร", ["ความมั่นคง ปค.สน."], "provincial_admin_staff", OF, "", "L"),
    ("P009", "ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร (บัญชีศูนย์)", ["ศอ.จอส.จว.สน.//admin"], "volunteer_center_staff", OF, "", "L"),
    ("P010", "นางสาวปวีณา แสงสุริย์", ["ปวีณา จอส.จว.สน. 🇹🇭"], "volunteer_center_staff", OF, "", "LE:paweena.s@skn-gov.example"),
    ("P011", "นายวิเชียร ทองประเสริฐ", ["ผอ.ปภ.สน. วิเชียร"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "L"),
    ("P012", "นายแพทย์ธนวัฒน์ ศรีอุดร", ["นพ.สสจ.สน. ธนวัฒน์"], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", "L"),
    ("P013", "นางสาวนันทนา คำภูแสน", ["เกษตรจังหวัดสกลนคร (นันทนา)"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", "E:nantana.k@skn-gov.example"),
    ("P014", "นายสมหมาย บุญทวี", ["พัฒนาการจังหวัด สมหมาย"], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", "L"),
    ("P015", "นายกิตติ ศรีสมบูรณ์", ["ทสจ.สน. กิตติ 🌳"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", "L"),
    ("P016", "นางลัดดาวัลย์ ผิวขาว", ["ปชส.สกลนคร ลัดดาวัลย์"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", "L"),
    ("P017", "นายประเสริฐ แก้วหานาม", ["ศธจ.สน. ประเสริฐ"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", "E:prasert.k@skn-gov.example"),
    ("P018", "นางอุไรวรรณ สุขสำราญ", ["พมจ.สน. อุไรวรรณ"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", "L"),
    ("P019", "นายอำนวย พิมพ์ทอง", ["ท้องถิ่นจังหวัดสกลนคร อำนวย"], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", "", "L"),
    ("P020", "นายไชยา ศรีพรหม", ["ผคป.สกลนคร ไชยา"], "agency_head", "โครงการชลประทานสกลนคร", "", "L"),
    ("P021", "นางสาวจุฑามาศ วรรณประเสริฐ", ["วัฒนธรรมจังหวัด จุฑามาศ"], "agency_head", "สำนักงานวัฒนธรรมจังหวัดสกลนคร", "", "E:juthamas.w@skn-gov.example"),
    ("P022", "นายบุญส่ง มหาวงศ์", ["พศจ.สน. บุญส่ง 🙏"], "agency_head", "สำนักงานพระพุทธศาสนาจังหวัดสกลนคร", "", "L"),
    ("P023", "นายณัฐวัฒน์ ศรีทอง", ["ณัฐวัฒน์ รอง ผอ.ปภ.สน."], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "L"),
    ("P024", "นางสาวสุดารัตน์ ชัยชนะ", ["ธุรการ สสจ.สน. (สุดารัตน์)"], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", "E:sudarat.c@skn-gov.example"),
    ("P025", "นายพีรพล ภูมิภักดิ์", ["พีรพล ปชส.สน."], "staff", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", ""),
    ("P026", "นางสาวธิดารัตน์ โคตรพันธ์", ["ธิดารัตน์ พมจ.สกลนคร"], "staff", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", "L"),
    ("P027", "นายเสถียร ศรีวรขาน", ["ลุงเสถียร (อดีต ปจ.)"], "retired", "", "", "L"),
]
_D = [  # district people: (suffix, full name, display names, role, contact)
    ("เมืองสกลนคร", [("1", "นายธนพัฒน์ วงศ์สุวรรณ", ["นอภ.เมืองสกลนคร ธนพัฒน์"], "district_chief", "L"),
                      ("2", "นายเอกราช ศรีจำปา", ["ปลัดเอก ประสานงาน เมืองสกล"], "coordinating_deputy", "L"),
                      ("3", "นางสาวณัฐธิดา พรมจันทร์", ["ณัฐธิดา จอส.อ.เมือง"], "volunteer_center_staff", "LE:natthida.p@skn-gov.example"),
                      ("4", "นายวรเชษฐ์ คำสิงห์", ["ปลัดเชษฐ์ อ.เมือง"], "deputy_district_chief", "L"),
                      ("5", "นางสาวกมลชนก ภูสีน้ำ", ["ปลัดกมล เมืองสกลฯ 🌸"], "deputy_district_chief", "E:kamonchanok.p@skn-gov.example")]),
    ("กุสุมาลย์", [("1", "นายอนุรักษ์ แสงแก้ว", ["อนุรักษ์ นอภ.กุสุมาลย์"], "district_chief", "L"),
                   ("2", "นายสิทธิชัย โพธิ์งาม", ["ปลัดสิทธิ์ กุสุมาลย์ (ปสง./จอส.)"], "coordinating_deputy|volunteer_center_staff", "L")]),
    ("กุดบาก", [("1", "นางรัชนีกร ทองแสง", ["นอภ.กุดบาก รัชนีกร"], "district_chief", "L"),
                ("2", "นายพีระพงษ์ ชาวเหนือ", ["ปลัดพีระ กุดบาก"], "coordinating_deputy", "L"),
                ("3", "นายธนกร สุขเกษม", ["ธนกร จอส.กุดบาก"], "volunteer_center_staff", "E:thanakorn.s@skn-gov.example")]),
    ("พรรณานิคม", [("1", "นายศราวุธ มูลสาร", ["ศราวุธ นอภ.พรรณาฯ"], "district_chief", "L"),
                   ("2", "นายไกรสร ชมภูวิเศษ", ["ปลัดไกรสร ประสานงาน พรรณานิคม"], "coordinating_deputy", "L"),
                   ("3", "นางสาววิภาวี จันทร์ทา", ["วิภาวี ศอ.จอส.พรรณาฯ"], "volunteer_center_staff", "L")]),
    ("พังโคน", [("1", "นายปริญญา สมบัติวงศ์", ["นอภ.พังโคน ปริญญา"], "district_chief", "L"),
                ("2", "นายจตุพร แก่นจันทร์", ["ปลัดจตุพร พังโคน"], "coordinating_deputy", "L"),
                ("3", "นางสาวศิริพร ศรีวงษ์", ["ศิริพร จิตอาสาพังโคน 💛"], "volunteer_center_staff", "LE:siriporn.s@skn-gov.example"),
                ("4", "นายกิตติพงษ์ ทองแม้น", ["ปลัดบอย"], "deputy_district_chief", "")]),
    ("วาริชภูมิ", [("1", "นายนิรันดร์ ดีพลงาม", ["นิรันดร์ นอภ.วาริชภูมิ"], "district_chief", "L"),
                   ("2", "นายศุภกร ภูนาเพชร", ["ปลัดศุภกร วาริชฯ"], "coordinating_deputy", "L"),
                   ("3", "นางสาวนิภาพร สอนสุภาพ", ["นิภาพร จอส.วาริชภูมิ"], "volunteer_center_staff", "E:nipaporn.s@skn-gov.example")]),
    ("นิคมน้ำอูน", [("1", "นายบรรจง ศรีสองเมือง", ["บรรจง นอภ.นิคมน้ำอูน"], "district_chief", "L"),
                    ("2", "นายวัชระ ปัททุม", ["ปลัดวัชระ นิคมฯ"], "coordinating_deputy", "L"),
                    ("3", "นางสาวอารีรัตน์ แสนโคตร", ["อารีรัตน์ จอส.นิคมน้ำอูน"], "volunteer_center_staff", "L")]),
    ("วานรนิวาส", [("1", "นายสุเมธ ราชวงศ์", ["นอภ.วานรนิวาส สุเมธ"], "district_chief", "L"),
                   ("2", "นายกฤตภาส พลเยี่ยม", ["ปลัดกฤต ประสานงาน วานรฯ"], "coordinating_deputy", "L"),
                   ("3", "นางสาวมยุรา ศรีสุโพธิ์", ["มยุรา จอส.วานรฯ"], "volunteer_center_staff", "LE:mayura.s@skn-gov.example"),
                   ("4", "นายณัฐพงศ์ บุญยืน", ["ปลัดณัฐพงศ์ วานรนิวาส"], "deputy_district_chief", "L")]),
    ("คำตากล้า", [("1", "นายชูชาติ พรหมโคตร", ["ชูชาติ นอภ.คำตากล้า"], "district_chief", "L"),
                  ("2", "นายปฐมพงษ์ ศรีภา", ["ปลัดปฐม คำตากล้า"], "coordinating_deputy", "E:pathompong.s@skn-gov.example"),
                  ("3", "นางสาวจิราภา วงศ์ไชยา", ["จิราภา จอส.คำตากล้า"], "volunteer_center_staff", "L")]),
    ("บ้านม่วง", [("1", "นายวีรยุทธ เสนาคำ", ["วีรยุทธ นอภ.บ้านม่วง"], "district_chief", "L"),
                  ("2", "นายทรงศักดิ์ นาคำ", ["ปลัดทรงศักดิ์ บ้านม่วง"], "coordinating_deputy", "L"),
                  ("3", "นางสาวปาริชาติ ภูกองไชย", ["ปาริชาติ ศอ.จอส.บ้านม่วง"], "volunteer_center_staff", "L")]),
    ("อากาศอำนวย", [("1", "นายสมเกียรติ ไชยโพธิ์", ["นอภ.อากาศอำนวย สมเกียรติ"], "district_chief", "L"),
                    ("2", "นายธีรพงษ์ พันธุมาศ", ["ปลัดธีร์ อากาศฯ"], "coordinating_deputy", "L"),
                    ("3", "นางสาวพรรณี ศรีโยธี", ["พรรณี จอส.อากาศอำนวย"], "volunteer_center_staff", "E:pannee.s@skn-gov.example")]),
    ("สว่างแดนดิน", [("1", "นายณรงค์ชัย ขันธ์แก้ว", ["ณรงค์ชัย นอภ.สว่างแดนดิน"], "district_chief", "L"),
                     ("2", "นายยุทธนา ศรีวิเศษ", ["ปลัดยุทธ ประสานงาน สว่างฯ"], "coordinating_deputy", "L"),
                     ("3", "นางสาวอัญชลี ทาบุดดา", ["อัญชลี จอส.สว่างแดนดิน"], "volunteer_center_staff", "L"),
                     ("4", "นายพงษ์ศักดิ์ ประทุมวงศ์", ["ปลัดพงษ์ศักดิ์ สว่างฯ"], "deputy_district_chief", "L"),
                     ("5", "นายวุฒิชัย คำภักดี", ["ปลัดบอย"], "deputy_district_chief", "")]),
    ("ส่องดาว", [("1", "นายเสกสรร อุทัยแสง", ["เสกสรร นอภ.ส่องดาว"], "district_chief", "L"),
                 ("2", "นายอภิสิทธิ์ มาลาศรี", ["ปลัดอภิสิทธิ์ ส่องดาว"], "coordinating_deputy", "L"),
                 ("3", "นางสาวสุกัญญา ปัญญาดี", ["สุกัญญา จอส.ส่องดาว"], "volunteer_center_staff", "E:sukanya.p@skn-gov.example")]),
    ("เต่างอย", [("1", "นายเอกพงษ์ ศรีสุภาพ", ["นอภ.เต่างอย เอกพงษ์", "เอกพงษ์ 🐢 เต่างอย"], "district_chief", "L"),
                 ("2", "นายสมบัติ หอมจันทร์", ["ปลัดสมบัติ เต่างอย"], "coordinating_deputy", "L"),
                 ("3", "นางสาวรุ่งนภา คำพา", ["รุ่งนภา จอส.เต่างอย"], "volunteer_center_staff", "L")]),
    ("โคกศรีสุพรรณ", [("1", "นายพิทักษ์ ศรีหาตา", ["พิทักษ์ นอภ.โคกศรีสุพรรณ"], "district_chief", "L"),
                      ("2", "นายอนันตชัย แก้วคำ", ["ปลัดอนันตชัย โคกศรีฯ"], "coordinating_deputy", "L"),
                      ("3", "นางสาวสุพัตรา วงศ์พิมล", ["สุพัตรา จอส.โคกศรีฯ"], "volunteer_center_staff", "L")]),
    ("เจริญศิลป์", [("1", "นางจันทร์ฉาย บุญประเสริฐ", ["นอภ.เจริญศิลป์ จันทร์ฉาย"], "district_chief", "L"),
                    ("2", "นายปกาศิต ทองคำ", ["ปลัดปกาศิต เจริญศิลป์"], "coordinating_deputy", "L"),
                    ("3", "นางสาวดารุณี ศรีสว่าง", ["ดารุณี จอส.เจริญศิลป์"], "volunteer_center_staff", "E:darunee.s@skn-gov.example")]),
    ("โพนนาแก้ว", [("1", "นายชำนาญ สุวรรณชาติ", ["ชำนาญ นอภ.โพนนาแก้ว"], "district_chief", "L"),
                   ("2", "นายธวัชชัย อุ่นเรือน", ["ปลัดธวัช โพนนาแก้ว (จอส.)"], "coordinating_deputy|volunteer_center_staff", "L")]),
    ("ภูพาน", [("1", "นายประสงค์ ศรีภูพาน", ["นอภ.ภูพาน ประสงค์"], "district_chief", "L"),
               ("2", "นายอัครเดช พิมพ์สอน", ["ปลัดอัครเดช ภูพาน"], "coordinating_deputy", "L"),
               ("3", "นางสาวเพ็ญศรี นามโคตร", ["เพ็ญศรี จอส.ภูพาน"], "volunteer_center_staff", "LE:pensri.n@skn-gov.example"),
               ("4", "นายสราวุธ ดอนชัย", ["ปลัดสราวุธ ภูพาน"], "deputy_district_chief", "L")]),
]
CHIEF, COORD, VOL, DEP = {}, {}, {}, {}
for i, (d, ps) in enumerate(_D):
    for suf, full, names, role, contact in ps:
        pid = "P%d%s" % (10 + i, suf)
        ROWS.append((pid, full, names, role, "ที่ทำการปกครองอำเภอ" + d, d, contact))
        if role == "district_chief":
            CHIEF[d] = pid
        if "coordinating_deputy" in role:
            COORD[d] = pid
        if "volunteer_center_staff" in role:
            VOL[d] = pid
        if role == "deputy_district_chief":
            DEP.setdefault(d, []).append(pid)


class Person:
    def __init__(self, row):
        self.pid, self.full, self.names, self.role, self.agency, self.district, c = row
        self.roles = self.role.split("|")
        self.line = ("U" + hashlib.sha256(("skn-week-bl/" + self.pid).encode()).hexdigest()[:32]) if c.startswith("L") else ""
        self.email = c.split(":", 1)[1] if ":" in c else ""

    @property
    def name(self):
        return self.names[0]


PEOPLE = {r[0]: Person(r) for r in ROWS}


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


def when(day, hm):
    p = [int(x) for x in hm.split(":")]
    while len(p) < 3:
        p.append(0)
    return datetime.datetime(2026, 7, day, *p, tzinfo=BKK)


def _h(s, n):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % n


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, post=None, target_pid=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.post, self.target_pid = list(tags), key, post, target_pid
        self.id = self.line = self.seq = None

    @property
    def sender_id(self):
        if self.pid is None or not PEOPLE[self.pid].line:
            return None
        # about two messages in three carry the id (LINE PC senders carry none)
        return PEOPLE[self.pid].line if _h(f"{self.pid}{self.t}{self.seq}", 3) else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}
        self.npost = 0

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, video=0, cap_last=False, tags=(), name=None,
            key=None, reply=None):
        """One post; tags and key go on its first message."""
        pid, disp = self._who(who, name)
        t = when(day, hm)
        if hm.count(":") == 1:
            t += datetime.timedelta(seconds=_h(f"{self.fname}{day}{hm}{who}", 18))
        self.npost += 1
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        parts = []
        if text is not None and not cap_last:
            parts.append(("text", text, None))
        parts += [(ty, None, att) for ty, att in media]
        if text is not None and cap_last:
            parts.append(("text", text, None))
        first = None
        for j, (ty, tx, att) in enumerate(parts):
            m = Msg(self, t, pid, disp, ty, tx, reply if j == 0 else None, attachment=att,
                    tags=tags if j == 0 else (), key=key if j == 0 else None, post=self.npost)
            self._add(m)
            first = first or m
            t += datetime.timedelta(seconds=9 + _h(f"{t}{j}", 9))
        return first

    def sticker(self, day, hm, who, tags=(), name=None, key=None, reply=None):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        if hm.count(":") == 1:
            t += datetime.timedelta(seconds=_h(f"st{self.fname}{day}{hm}{who}", 50))
        self.npost += 1
        return self._add(Msg(self, t, pid, disp, "sticker", None, reply, tags=tags, key=key, post=self.npost))

    def system(self, day, hm, event, who, target=None, tags=(), name=None, target_name=None, key=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        self.npost += 1
        t = when(day, hm) + datetime.timedelta(seconds=_h(f"sy{day}{hm}{who}", 30))
        return self._add(Msg(self, t, pid, disp, "system", None, event=event, target=tname, tags=tags, key=key,
                             post=self.npost, target_pid=target if target in PEOPLE else None))

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
