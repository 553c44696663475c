"""Roster and a small chat builder for week BA (7-11 September 2026)."""
import datetime
import hashlib

BKK = datetime.timezone(datetime.timedelta(hours=7))
TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TD)


DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน",
             "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย",
             "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"]
OFF = "ที่ทำการปกครองจังหวัดสกลนคร"
SALA = "ศาลากลางจังหวัดสกลนคร"

# (pid, full name, display names, role, agency, district, contact L / E:addr / LE:addr / "")
ROWS = [
    ("P001", "นายชาตรี อินทรสุวรรณ", ["ผวจ.ชาตรี สน.", "Chatree I."], "governor", SALA, "", "L"),
    ("P002", "นายสุเมธ พลราชม", ["รองฯ สุเมธ"], "vice_governor", SALA, "", "L"),
    ("P003", "นางวรรณภา ศรีสุระ", ["รอง ผวจ.วรรณภา 🌸"], "vice_governor", SALA, "", "LE:wannapa.s@skn-gov.example"),
    ("P004", "นายกิตติ ภูมิสถาน", ["กิตติ รองผวจ.สน"], "vice_governor", SALA, "", "E:kitti.p@skn-gov.example"),
    ("P005", "นายธนพัฒน์ แก้วกาญจนา", ["ปลัดจังหวัดสกลนคร", "Thanapat K."], "provincial_palad", OFF, "", "L"),
    ("P006", "งานสารบรรณ ที่ทำการปกครองจังหวัดสกลนคร", ["ปค.จ.สน. สารบรรณ"], "provincial_admin_staff", OFF, "", "L"),
    ("P007", "นางสาวปวีณา ศรีทอง", ["ปวีณา ฝ่ายความมั่นคง ปค.สน."], "provincial_admin_staff", OFF, "", "LE:paweena.s@skn-dopa.example"),
    ("P008", "ฝ่ายอำนวยการ ที่ทำการปกครองจังหวัดสกลนคร", ["ฝ่ายอำนวยการ ปค.จ.สน."], "provincial_admin_staff", OFF, "", ""),
    ("P009", "ว่าที่ ร.ต.สมบัติ ไชยวงศ์", ["จ่าบัติ ศอ.จอส.สน."], "volunteer_center_staff", OFF, "", "L"),
    ("P010", "นางสาวกัลยา มูลสาร", ["กัลยา จอส.จว.สน. 💛"], "volunteer_center_staff", OFF, "", "LE:kanlaya.m@skn-dopa.example"),
    ("P011", "นายวิชัย ศรีประเสริฐ", ["ผอ.ปภ.สน. วิชัย"], "agency_head", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "L"),
    ("P012", "นายแพทย์ธีรยุทธ ศรีสมบูรณ์", ["นพ.ธีรยุทธ สสจ.สน."], "agency_head", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", "L"),
    ("P013", "นางอำพร บุญเฮ้า", ["เกษตรจังหวัด สน. อำพร"], "agency_head", "สำนักงานเกษตรจังหวัดสกลนคร", "", "E:amporn.b@skn-agri.example"),
    ("P014", "นายสมหมาย ทองคำ", ["ผคป.สกลนคร สมหมาย"], "agency_head", "โครงการชลประทานสกลนคร", "", "L"),
    ("P015", "นายประวิทย์ แสงทอง", ["ขท.สน. ประวิทย์"], "agency_head", "แขวงทางหลวงสกลนคร", "", "L"),
    ("P016", "นางจันทร์เพ็ญ วงศ์ไชย", ["พมจ.สน. จันทร์เพ็ญ"], "agency_head", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร", "", "E:chanpen.w@skn-msdhs.example"),
    ("P017", "นายอุดม พรหมสุวรรณ", ["ท้องถิ่นจังหวัด สน."], "agency_head", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร", "", "L"),
    ("P018", "นายชัยพร ศรีสุข", ["ปชส.สกลนคร ชัยพร"], "agency_head", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", "L"),
    ("P019", "นายสัตวแพทย์ณัฐวุฒิ คำภู", ["ปศจ.สน. ณัฐวุฒิ"], "agency_head", "สำนักงานปศุสัตว์จังหวัดสกลนคร", "", "L"),
    ("P020", "นางสาวศิริรัตน์ ภูผา", ["ศธจ.สน. ศิริรัตน์"], "agency_head", "สำนักงานศึกษาธิการจังหวัดสกลนคร", "", "E:sirirat.p@skn-moe.example"),
    ("P021", "นายพิชิต ดวงดี", ["ทสจ.สน. พิชิต"], "agency_head", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดสกลนคร", "", "L"),
    ("P022", "นางรัตนา แก้วประเสริฐ", ["พช.สน. รัตนา 🌺"], "agency_head", "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร", "", "L"),
    ("P023", "นายชัยยันต์ พลสิงห์", ["ชัยยันต์ ปภ.สน. (ฝ่ายปฏิบัติการ)"], "staff", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสกลนคร", "", "L"),
    ("P024", "นางสาวสุนันทา ไชยบุญ", ["สุนันทา สสจ.สน. ระบาดวิทยา"], "staff", "สำนักงานสาธารณสุขจังหวัดสกลนคร", "", "E:sunanta.c@skn-health.example"),
    ("P025", "นายบุญส่ง มณีวงศ์", ["รองเกษตรฯ สน. บุญส่ง"], "staff", "สำนักงานเกษตรจังหวัดสกลนคร", "", "L"),
    ("P026", "นางสาวกนกพร ใจดี", ["แนน ปชส.สน."], "staff", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "", ""),
    ("P027", "นายเสริม ศรีวงศ์", ["ลุงเสริม อดีตนอภ.วานรฯ"], "retired", "", "", "L"),
]

_D = [
    ("เมืองสกลนคร", [("นายพิทักษ์ ศรีวรขันธ์", ["นอภ.เมืองสกลฯ พิทักษ์"], "district_chief", "L"),
                     ("นายอนุรักษ์ บุญยืน", ["ปลัดอนุรักษ์ (ปสง.เมือง)"], "coordinating_deputy", "L"),
                     ("นางสาวจิราภรณ์ โพธิ์ศรี", ["จิ๋ว จอส.อ.เมืองสกลฯ"], "volunteer_center_staff", "E:jiraporn.p@skn-dopa.example"),
                     ("นายวุฒิชัย พันธ์ศรี", ["ปลัดวุฒิ เมืองสกล"], "deputy_district_chief", "L"),
                     ("นางสาวศิริพร นาคสุข", ["ปลัดศิริพร 🌼"], "deputy_district_chief", "E:siriporn.n@skn-dopa.example")]),
    ("กุสุมาลย์", [("นายอำนวย ทองประเสริฐ", ["อำนวย นอภ.กุสุมาลย์"], "district_chief", "L"),
                   ("นายชัยณรงค์ คำสิงห์", ["ปลัดชัยณรงค์ กุสุมาลย์"], "coordinating_deputy", "L"),
                   ("นางพรรณี ศรีวิเศษ", ["พรรณี ศอ.จอส.อ.กุสุมาลย์"], "volunteer_center_staff", "E:pannee.s@skn-dopa.example")]),
    ("กุดบาก", [("นางสาวดารุณี จันทร์ศรี", ["นอภ.กุดบาก ดารุณี"], "district_chief", "L"),
                ("นายปกรณ์ ภูทองเงิน", ["ปกรณ์ ปอ.กุดบาก"], "coordinating_deputy", "L"),
                ("นายเอกพงษ์ ใจแก้ว", ["เอก จิตอาสากุดบาก"], "volunteer_center_staff", "")]),
    ("พรรณานิคม", [("นายวรวิทย์ สุขเจริญ", ["วรวิทย์ นอภ.พรรณาฯ"], "district_chief", "L"),
                   ("นายศักดิ์สิทธิ์ ดอนแก้ว", ["ปลัดศักดิ์ ปสง.พรรณานิคม"], "coordinating_deputy", "L"),
                   ("นางสาวนิภาพร ไชยเดช", ["นิภา จอส.พรรณาฯ"], "volunteer_center_staff", "E:nipaporn.c@skn-dopa.example"),
                   ("นายต้นสน วงศ์ภักดี", ["ปลัดต้น"], "deputy_district_chief", "")]),
    ("พังโคน", [("นายสมเกียรติ บุญทัน", ["นอภ.พังโคน"], "district_chief", "L"),
                ("นายธีรศักดิ์ แสงสว่าง", ["ปลัดธีร์ พังโคน"], "coordinating_deputy", "L"),
                ("นางสาวอุไรวรรณ ศรีพรม", ["อุ๋ย จอส.พังโคน 🌷"], "volunteer_center_staff", "E:uraiwan.s@skn-dopa.example"),
                ("นายสิทธิชัย ภูมิภักดิ์", ["ปลัดสิทธิชัย พังโคน"], "deputy_district_chief", "L")]),
    ("วาริชภูมิ", [("นายเทพฤทธิ์ สมบูรณ์", ["เทพฤทธิ์ นอภ.วาริชภูมิ"], "district_chief", "L"),
                   ("นายกิตติพงษ์ แก้ววงศ์", ["ปลัดกิต วาริช"], "coordinating_deputy", "L"),
                   ("นายสุขสันต์ มะลิวัลย์", ["สุขสันต์ จอส.วาริชภูมิ"], "volunteer_center_staff", "L")]),
    ("นิคมน้ำอูน", [("นางนันทิยา พลศรี", ["นอภ.นิคมน้ำอูน (นันทิยา)"], "district_chief", "L"),
                    ("นายจักรกฤษณ์ ไชยสิทธิ์", ["ปลัดจักร นิคมน้ำอูน"], "coordinating_deputy|volunteer_center_staff", "L")]),
    ("วานรนิวาส", [("นายประจักษ์ ศรีหามาตย์", ["ประจักษ์ นอภ.วานรฯ"], "district_chief", "L"),
                   ("นายอภิสิทธิ์ ทองมี", ["ปลัดอภิสิทธิ์ ปสง.วานรฯ"], "coordinating_deputy", "L"),
                   ("นางสาวปาริชาติ คำหอม", ["ปาริชาติ ศอ.จอส.วานรฯ"], "volunteer_center_staff", "E:parichat.k@skn-dopa.example"),
                   ("นายศรายุทธ พรมมา", ["ปลัดศรายุทธ วานรฯ"], "deputy_district_chief", "L")]),
    ("คำตากล้า", [("นายบรรจง วงศ์สุวรรณ", ["นอภ.คำตากล้า"], "district_chief", "L"),
                  ("นายวีรยุทธ คำมี", ["วีรยุทธ ปลัดประสานงาน คำตากล้า"], "coordinating_deputy", "L"),
                  ("นางสาวมยุรา ทองดี", ["มยุรา จอส.คำตากล้า"], "volunteer_center_staff", "E:mayura.t@skn-dopa.example")]),
    ("บ้านม่วง", [("นายสุรชัย พรหมวงศ์", ["สุรชัย นอภ.บ้านม่วง 🌿"], "district_chief", "L"),
                  ("นายชาญชัย สีหะวงษ์", ["ปลัดชาญชัย บ้านม่วง"], "coordinating_deputy", "E:chanchai.s@skn-dopa.example"),
                  ("นายธนกร แสนบุญ", ["ต้อม จิตอาสา บ้านม่วง", "ต้อม จอส.บ้านม่วง 🚤"], "volunteer_center_staff", "L"),
                  ("นายต้นตะวัน ศรีบุญ", ["ปลัดต้น"], "deputy_district_chief", "")]),
    ("อากาศอำนวย", [("นายณรงค์ชัย ขันธ์แก้ว", ["ณรงค์ชัย นอภ.อากาศอำนวย"], "district_chief", "L"),
                    ("นายวัชระ ศรีโยธา", ["ปลัดวัชระ อากาศฯ"], "coordinating_deputy", "L"),
                    ("นางสาวรุ่งนภา พันธุ์ดี", ["รุ่ง จอส.อากาศอำนวย"], "volunteer_center_staff", "E:rungnapa.p@skn-dopa.example"),
                    ("นายพีระพงษ์ ทองใบ", ["ปลัดพีระพงษ์ อากาศฯ"], "deputy_district_chief", "L")]),
    ("สว่างแดนดิน", [("นายปิยะ ศรีสุวรรณ", ["นอภ.สว่างแดนดิน"], "district_chief", "L"),
                     ("นายยุทธนา บุญมา", ["ยุทธนา ปสง.สว่างฯ"], "coordinating_deputy", "L"),
                     ("นางสาววิภาวรรณ สีดา", ["Wipa Sawang 🌻"], "volunteer_center_staff", "E:wipawan.s@skn-dopa.example"),
                     ("นายอัครพล นามบุญ", ["ปลัดอัครพล สว่างแดนดิน"], "deputy_district_chief", "L")]),
    ("ส่องดาว", [("นายมานพ ศรีจันทร์", ["นอภ.ส่องดาว 🌳"], "district_chief", "L"),
                 ("นายธวัชชัย หาญกล้า", ["ปลัดธวัชชัย ส่องดาว"], "coordinating_deputy", "L"),
                 ("นางสาวเบญจมาศ พรหมมา", ["เบญ ศอ.จอส.ส่องดาว"], "volunteer_center_staff", "E:benjamas.p@skn-dopa.example")]),
    ("เต่างอย", [("นายไพบูลย์ วงศ์ไชย", ["ไพบูลย์ นอภ.เต่างอย"], "district_chief", "L"),
                 ("นายบุญเลิศ ทองมา", ["ปลัดบุญเลิศ เต่างอย"], "coordinating_deputy", "E:boonlert.t@skn-dopa.example"),
                 ("นายอิทธิพัทธ์ สุวรรณศรี", ["อิทธิ จอส.เต่างอย"], "volunteer_center_staff", "L")]),
    ("โคกศรีสุพรรณ", [("นายณัฐพงศ์ พันธ์โยธี", ["ณัฐพงศ์ นอภ.โคกศรีฯ"], "district_chief", "L"),
                      ("นายศุภกร วงศ์คำ", ["ปลัดศุภกร โคกศรีสุพรรณ"], "coordinating_deputy", "L"),
                      ("นางสาวอัมพิกา ศรีนวล", ["อัมพิกา จอส.โคกศรีฯ"], "volunteer_center_staff", "E:ampika.s@skn-dopa.example")]),
    ("เจริญศิลป์", [("นายสุรเดช ภูชมศรี", ["สุรเดช นอภ.เจริญศิลป์"], "district_chief", "L"),
                    ("นางสาวพิมพ์ลดา แสนสุข", ["ปลัดพิมพ์ลดา เจริญศิลป์ 💐"], "coordinating_deputy", "E:pimlada.s@skn-dopa.example"),
                    ("นายสมจิตร ดวงแก้ว", ["สมจิตร ศอ.จอส.เจริญศิลป์"], "volunteer_center_staff", "L")]),
    ("โพนนาแก้ว", [("นายวิโรจน์ สีดา", ["วิโรจน์ นอภ.โพนนาแก้ว"], "district_chief", "L"),
                   ("นายชาญณรงค์ คำพิทักษ์", ["ปลัดชาญณรงค์ โพนนาแก้ว"], "coordinating_deputy", "L"),
                   ("นางสาวลำไย สุขประเสริฐ", ["ลำไย จอส.โพนนาแก้ว"], "volunteer_center_staff", "E:lamyai.s@skn-dopa.example")]),
    ("ภูพาน", [("นายเกียรติพงษ์ คำหล้า", ["เกียรติพงษ์ นอภ.ภูพาน ⛰️"], "district_chief", "L"),
               ("นายอภิชัย หล้าคำ", ["ปลัดอภิชัย ภูพาน"], "coordinating_deputy", "L"),
               ("นายประสาน ดวงจันทร์", ["ประสาน จอส.ภูพาน"], "volunteer_center_staff", "E:prasan.d@skn-dopa.example"),
               ("นายเจษฎากร บุญชู", ["ปลัดเจษ ภูพาน"], "deputy_district_chief", "L")]),
]
CHIEF, COORD, VOL, DEP = {}, {}, {}, {}
for i, (d, ps) in enumerate(_D):
    for j, (fn, names, role, contact) in enumerate(ps):
        pid = "P%d" % (101 + 10 * i + j)
        ROWS.append((pid, fn, names, role, "ที่ทำการปกครองอำเภอ" + d, d, contact))
        if role == "district_chief":
            CHIEF[d] = pid
        elif role.startswith("coordinating_deputy"):
            COORD[d] = pid
            if "volunteer" in role:
                VOL[d] = pid
        elif role == "volunteer_center_staff":
            VOL[d] = pid
        else:
            DEP.setdefault(d, []).append(pid)


class Person:
    def __init__(self, r):
        self.pid, self.full, self.names, self.role, self.agency, self.district, c = r
        self.roles = set(self.role.split("|"))
        self.line = ("U" + hashlib.sha256(("skn-ba/" + self.pid).encode()).hexdigest()[:32]) if c.startswith("L") else ""
        self.email = c.split(":", 1)[1] if ":" in c else ""

    @property
    def name(self):
        return self.names[0]


PEOPLE = {r[0]: Person(r) for r in ROWS}


def when(day, hm):
    p = [int(x) for x in hm.split(":")] + [0, 0]
    return datetime.datetime(2026, 9, day, p[0], p[1], p[2], tzinfo=BKK)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key = list(tags), key
        self.id = None
        self.line = None
        self.seq = None
        self.target_pid = None

    @property
    def sender_id(self):
        if self.pid is None:
            return None
        p = PEOPLE[self.pid]
        h = int(hashlib.md5(f"{self.t}{self.seq}".encode()).hexdigest(), 16) % 3
        if h == 0:
            return None
        return p.line or p.email or None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who

    def _add(self, m):
        if m.type == "text" and m.pid in PEOPLE and m.text:
            full = PEOPLE[m.pid].full
            if full.startswith(("นาง", "นางสาว")):
                for a, b in (("ครับผม", "ค่ะ"), ("ครับท่าน", "ค่ะท่าน"), ("ครับ", "ค่ะ"), ("คับ", "ค่ะ")):
                    m.text = m.text.replace(a, b)
            elif full.startswith(("นาย", "ว่าที่")):
                for a, b in (("นะคะ", "นะครับ"), ("ค่ะ", "ครับ")):
                    m.text = m.text.replace(a, b)
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None, key=None,
            caption_last=False, video=0, gap=15):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key))
            t += step
        for j, (ty, att) in enumerate(media):
            first = j == 0 and not out
            out.append(Msg(self, t, pid, disp, ty, None, reply if first else None, attachment=att,
                           tags=tags if first else (), key=key if first else None))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = PEOPLE[target].name if target in PEOPLE else target
        m = Msg(self, when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)
