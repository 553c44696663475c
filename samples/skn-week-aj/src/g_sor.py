"""ศอ.จอส.จว.สน. (volunteer-centre.jsonl), written by hand. ORDERS holds the hand-worked duties."""
from lib import Chat, F, N, A, when

c = Chat("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl")
ORDERS = {}
NOTICES = {}   # key -> why it opens no duty (hand)

ALL = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
       "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
       "โพนนาแก้ว", "ภูพาน"]


def order(key, msg, districts, deadline, topic, reasoning, missing=None):
    ORDERS[key] = dict(msg=msg, districts=districts, deadline=deadline, topic=topic, reasoning=reasoning,
                       missing=missing or {})


# ============================================================ Monday 3 August
c.t(3, "06:52", "P010", "สวัสดีวันจันทร์ครับ พี่น้อง ศอ.จอส.ทุกอำเภอ ☔ สัปดาห์นี้ฝนยังตกหนักต่อเนื่อง เดินทางปลอดภัยครับ",
    tags=[N("greeting by the province-level volunteer officer: chat, not an order")])
c.stk(3, "06:58", "P044")
c.t(3, "07:03", "P084", "สวัสดีครับ 🙏")
c.stk(3, "07:15", "P072", tags=[N("sticker by a district volunteer officer: no posting rule in ศอ.จอส.จว.สน. forbids it")])
c.t(3, "07:40", "P030", "สวัสดีวันจันทร์ค่ะ สู้ๆ ค่ะทุกคน 💪")

o1 = c.img(3, "08:40", "P009", 2, key="O1")
c.t(3, "08:41", "P009",
    "เรียน นายอำเภอทุกอำเภอ\n"
    "ด้วย ศอ.จอส.พระราชทาน จังหวัดสกลนคร กำหนดจัดกิจกรรมจิตอาสาพระราชทาน เนื่องในโอกาสวันคล้ายวันพระราชสมภพ "
    "สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง ๑๒ สิงหาคม ๒๕๖๙ รายละเอียดตามหนังสือที่ส่งมาพร้อมนี้\n"
    "จึงขอให้ ศอ.จอส.อำเภอ รายงานแผนการจัดกิจกรรมของอำเภอ (ประเภทกิจกรรม / วัน เวลา / สถานที่ / จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม) "
    "ภายในวันรุ่งขึ้น\n"
    "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ",
    tags=[N("the instruction that follows the centre's photos of its letter: one order post, cited at its first photo (O1)")])
order("O1", o1, ALL, when(4, "23:59:59"), "แผนกิจกรรมจิตอาสา ๑๒ ส.ค.",
      "\"ภายในวันรุ่งขึ้น\" written on Monday 3 Aug: to the end of Tuesday 4 Aug. The post opens with two photos of "
      "the letter (08:40) and the instruction follows a minute later; the order is cited at its first photo.",
      missing={"โพนนาแก้ว": "O1 (แผนกิจกรรม ๑๒ ส.ค.): no plan from โพนนาแก้ว by the end of the log; deadline Tue 4 Aug 23:59:59 (the Wednesday reminder names the district)"})
c.t(3, "08:50", "P077", "รับทราบครับ",
    tags=[N("display name ปลัดเบียร์ fits two roster people (P055 วานรนิวาส, P077 โคกศรีสุพรรณ): ambiguous, never judged; an acknowledgement, not a plan")])
c.stk(3, "08:52", "P033", tags=[N("sticker acknowledging O1: not a report")])
c.t(3, "08:55", "P061", "รับทราบค่ะ 🙏")
c.t(3, "09:02", "P075", "รับทราบคะ")
c.t(3, "09:04", "P046", "รับทราบครับผม")

c.t(3, "09:25", "P087",
    "เรียน ศอ.จอส.จว.สน.\nอำเภอภูพาน ขอรายงานแผนกิจกรรม ๑๒ ส.ค. ๖๙\n"
    "๑. ทำบุญตักบาตรถวายเป็นพระราชกุศล ๐๗.๐๐ น. หน้าที่ว่าการอำเภอ\n"
    "๒. จิตอาสาพัฒนาทำความสะอาดวัดป่าภูพาน ๐๘.๓๐ น.\nจิตอาสาประมาณ ๑๒๐ คน ค่ะ",
    tags=[A("O1", "ภูพาน", "on-time"), N("plan sent by the district volunteer officer on the district's behalf: counts for ภูพาน")])
c.t(3, "09:50", "P068", "รับทราบค่ะ อ.สว่างแดนดิน จะรายงานภายในบ่ายนี้นะคะ",
    tags=[N("an acknowledgement that promises a report this afternoon (จะรายงานภายในบ่ายนี้): not the report itself")])

o2 = c.t(3, "10:30", "P005",
         "เรียน นายอำเภอ\n"
         "ระดับน้ำในลำน้ำสงครามมีแนวโน้มสูงขึ้นต่อเนื่องจากฝนที่ตกสะสม ขอให้ ศอ.จอส.อำเภอในลุ่มน้ำสงคราม ได้แก่ "
         "อ.อากาศอำนวย อ.วานรนิวาส อ.บ้านม่วง อ.เจริญศิลป์ และ อ.คำตากล้า เตรียมความพร้อมจิตอาสาภัยพิบัติ "
         "และรายงานจำนวนจิตอาสาที่พร้อมปฏิบัติงาน จำนวนกระสอบทราย และจุดเสี่ยงในพื้นที่ ก่อนเที่ยงพรุ่งนี้ครับ",
         key="O2", tags=[N("the provincial palad's order to five districts named in a list after a description (ลุ่มน้ำสงคราม): the provincial centre may order")])
order("O2", o2, ["วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "เจริญศิลป์"], when(4, "16:00"),
      "ความพร้อมจิตอาสาภัยพิบัติ ลุ่มน้ำสงคราม",
      "\"ก่อนเที่ยงพรุ่งนี้\" written on Monday 3 Aug gives 12:00 on Tuesday 4 Aug; on Tuesday at 09:50 the palad, replying "
      "to his order, extended it to \"ภายใน ๑๖.๐๐ น. วันนี้ (๔ ส.ค.)\" for the districts that had not reported. The extension "
      "creates no duty of its own; it moves O2's deadline to Tuesday 16:00 (see the decisions).")
c.t(3, "10:36", "P062", "รับทราบครับท่าน",
    tags=[N("a district chief acknowledging O2: not a report")])

c.t(3, "10:50", "P029",
    "อ.เมืองสกลนคร รายงานแผนกิจกรรม ๑๒ สิงหา ครับ\n"
    "- ๑๐ ส.ค. จิตอาสาปลูกต้นไม้ริมหนองหาร สวนสาธารณะ ๑๐๐ ต้น\n"
    "- ๑๒ ส.ค. ทำบุญตักบาตร / ร่วมพิธีที่จังหวัด\nจิตอาสารวม ๒๕๐ คน",
    tags=[A("O1", "เมืองสกลนคร", "on-time"), N("plan by the coordinating deputy on the district's behalf")])
c.t(3, "11:20", "P036",
    "กุดบาก รายงานครับ\nกิจกรรม: ปลูกป่าเฉลิมพระเกียรติ บ้านนาม่อง + ทำความสะอาดถนนเข้าหมู่บ้าน\nวันที่ ๑๑ ส.ค. ๖๙ เวลา ๐๘.๓๐ น.\nจิตอาสา ๘๐ คน",
    tags=[A("O1", "กุดบาก", "on-time"), N("plan by the person holding two roles (coordinating_deputy|volunteer_center_staff): a district person")])
c.t(3, "11:45", "P010", "ขอบคุณครับ 🙏")

c.file(3, "13:10", "P050", "แผนกิจกรรมจิตอาสา 12 ส.ค.69 อ.นิคมน้ำอูน.pdf",
       tags=[A("O1", "นิคมน้ำอูน", "on-time"), N("a file whose name is its only text, then a line: the file is the plan (O1)")])
c.t(3, "13:11", "P050", "ส่งแผนตามไฟล์แนบครับ")

n1 = c.t(3, "13:45", "P010",
         "แจ้งเพื่อทราบครับ\nกำหนดการพิธีทำบุญตักบาตรถวายพระราชกุศล วันพุธที่ ๑๒ ส.ค. ๖๙ เวลา ๐๗.๐๐ น. ณ ลานหน้าศาลากลางจังหวัดสกลนคร "
         "แต่งกายชุดปกติขาว ไว้ทุกข์\n(ข้อความนี้เพื่อทราบ ไม่ต้องรายงานครับ)",
         key="I1", tags=[N("information only (แจ้งเพื่อทราบ … ไม่ต้องรายงาน): no duty")])
NOTICES["I1"] = "information only (แจ้งเพื่อทราบ … ไม่ต้องรายงานครับ): no duty."
c.stk(3, "13:47", "P082")
c.t(3, "14:05", "P052",
    "วานรนิวาส ขอรายงานแผน ๑๒ ส.ค.ครับ ทำบุญตักบาตร ๐๗.๐๐ น. หน้าอำเภอ ต่อด้วยบริจาคโลหิต ร่วมกับ รพ.วานรนิวาส ๐๙.๐๐ น. จิตอาสา ๑๕๐ คนครับ",
    tags=[A("O1", "วานรนิวาส", "on-time")])

c.t(3, "15:10", "P051",
    "เรียน ปจ.สน. อ.วานรนิวาส รายงานความพร้อมครับ\nจิตอาสาภัยพิบัติพร้อมปฏิบัติงาน ๖๕ คน\nกระสอบทราย ๓,๐๐๐ ใบ (บรรจุแล้ว ๑,๒๐๐)\n"
    "จุดเสี่ยง ๔ จุด: บ้านดอนเชียงบาล บ้านหนองแวง บ้านโคกสี บ้านท่าเยี่ยม",
    tags=[A("O2", "วานรนิวาส", "on-time"), N("a district chief's own report (O2): a district person")])

o3 = c.file(3, "15:30", "P009", "สน0018.1-ว4821 เชิญชวนบริจาคโลหิต 12 ส.ค.69.pdf", key="O3")
c.t(3, "15:31", "P009",
    "เพื่อโปรดดำเนินการครับ ขอให้ทุกอำเภอประชาสัมพันธ์เชิญชวนจิตอาสาและประชาชนร่วมบริจาคโลหิตถวายเป็นพระราชกุศล "
    "และรายงานยอดผู้ประสงค์บริจาค (ราย) ภายใน ๓ วันทำการครับ",
    tags=[N("the line that follows the letter's PDF: one order post with the file, cited at the file (O3)")])
order("O3", o3, ALL, when(6, "23:59:59"), "ยอดผู้ประสงค์บริจาคโลหิต",
      "\"ภายใน ๓ วันทำการ\" from the order on Monday 3 Aug (15:30): the working days after it are Tuesday 4, Wednesday 5 "
      "and Thursday 6 August, so to the end of Thursday 6 Aug. The PDF of the letter comes first and the instruction a "
      "minute later; the order is cited at the file.",
      missing={"กุสุมาลย์": "O3 (ยอดผู้ประสงค์บริจาคโลหิต): no figure from กุสุมาลย์ by the end of the log; deadline Thu 6 Aug 23:59:59"})
c.t(3, "15:40", "P068",
    "อ.สว่างแดนดิน รายงานแผนกิจกรรม ๑๒ ส.ค. ค่ะ\n"
    "๑) ๘ ส.ค. จิตอาสาขุดลอกคลองส่งน้ำ บ้านโพนงาม\n๒) ๑๒ ส.ค. ทำบุญตักบาตร และบริจาคโลหิต ณ รพ.สว่างแดนดิน\nจิตอาสา ๒๐๐ คนค่ะ",
    tags=[A("O1", "สว่างแดนดิน", "on-time"), N("the plan promised at 09:50, sent the same afternoon")])
c.stk(3, "15:52", "P057")
c.t(3, "16:30", "P041",
    "เรียน ศอ.จอส.จว.สน.\nอำเภอพรรณานิคม ขอรายงานแผนการจัดกิจกรรม ๑๒ ส.ค. ๖๙ "
    "จิตอาสาพัฒนาบริเวณพระธาตุนารายณ์เจงเวง และปลูกต้นรวงผึ้ง ๙๙ ต้น วันที่ ๑๑ ส.ค. เวลา ๐๘.๓๐ น. จิตอาสา ๑๘๐ คน\n"
    "ทวีศักดิ์ ไชยโคตร ปลัดอำเภออาวุโส รักษาราชการแทนนายอำเภอพรรณานิคม",
    tags=[A("O1", "พรรณานิคม", "on-time"), N("a deputy acting for the chief (รักษาราชการแทนนายอำเภอ): a deputy_district_chief, a district person")])
c.t(3, "17:20", "P063",
    "อากาศอำนวย รายงานครับ จิตอาสาพร้อม ๔๐ นาย กระสอบทราย ๑,๕๐๐ ใบ จุดเสี่ยง ๓ จุด ริมน้ำสงคราม บ้านท่าก้อน บ้านนาฮี บ้านโพนแพง",
    tags=[A("O2", "อากาศอำนวย", "on-time"), N("the coordinating deputy reporting on the district's behalf (O2)")])
c.img(3, "17:21", "P063", 2)
c.t(3, "18:05", "P010", "ขอบคุณอำเภอที่ส่งรายงานแล้วครับ ดูแลสุขภาพด้วยครับฝนตกหนักทุกวัน 🙏",
    tags=[N("thanks from the centre: chat, not an order or a reminder that sets anything")])
c.stk(3, "18:10", "P043")

# ============================================================ Tuesday 4 August
c.t(4, "06:45", "P034", "อรุณสวัสดิ์วันอังคารค่ะ ☀️")
c.stk(4, "06:50", "P087")
c.t(4, "07:30", "P010", "สวัสดีครับ เมื่อคืนฝนตกหนักเกือบทุกอำเภอ อำเภอใดมีเหตุแจ้ง ศอ.จว. ได้ตลอดครับ")
c.t(4, "08:30", "P058",
    "คำตากล้า รายงานความพร้อมค่ะ\nจิตอาสาภัยพิบัติ ๕๒ คน\nกระสอบทราย ๒,๐๐๐ ใบ\nจุดเสี่ยง ๒ จุด (บ้านหนองบัวสิม, บ้านดงสาร ริมลำน้ำยาม)",
    tags=[A("O2", "คำตากล้า", "on-time"), N("report by the district volunteer officer (O2)")])
c.t(4, "08:45", "P061",
    "บ้านม่วง ขอส่งแผนกิจกรรม ๑๒ ส.ค. ค่ะ\nจิตอาสาทำความสะอาดริมฝั่งแม่น้ำสงคราม ท่าน้ำบ้านม่วง วันที่ ๑๒ ส.ค. ๐๘.๐๐ น. จำนวน ๑๑๐ คน",
    tags=[A("O1", "บ้านม่วง", "on-time")])
c.img(4, "09:05", "P043", 1, tags=[A("O1", "พังโคน", "on-time"), N("a table sent as an image, its caption a few seconds later: one plan post, cited at the image")])
c.t(4, "09:05", "P043", "แผนกิจกรรม อ.พังโคน ตามตารางครับ (๓ กิจกรรม จิตอาสา ๙๕ คน)")
o4 = c.t(4, "09:10", "P005",
         "เรียน นายอำเภอทุกอำเภอ\n"
         "สถานการณ์โรคไข้เลือดออกในจังหวัดสกลนครยังมีแนวโน้มเพิ่มขึ้นในช่วงฤดูฝน ขอให้ ศอ.จอส.อำเภอ นำจิตอาสาร่วมกิจกรรม Big Cleaning "
         "ทำลายแหล่งเพาะพันธุ์ยุงลายในชุมชน วัด หรือโรงเรียน อย่างน้อยอำเภอละ ๑ จุด และส่งภาพถ่ายกิจกรรม ๓-๕ ภาพ "
         "ก่อนประชุม ศอ.จอส.จว. วันพฤหัสบดีที่ ๖ ส.ค. ๖๙ เวลา ๑๓.๓๐ น. ณ ห้องประชุมพระตำหนักภูพานฯ ครับ",
         key="O4")
order("O4", o4, ALL, when(6, "13:30"), "Big Cleaning ไข้เลือดออก (ภาพ)",
      "\"ก่อนประชุม ศอ.จอส.จว. วันพฤหัสบดีที่ ๖ ส.ค. ๖๙ เวลา ๑๓.๓๐ น.\": before the meeting, 13:30 on Thursday 6 Aug. "
      "The order asks for photos, so photos sent alone count; photos of other activities do not.",
      missing={"เจริญศิลป์": "O4 (ภาพ Big Cleaning): no dengue photos from เจริญศิลป์ by the end of the log; deadline Thu 6 Aug 13:30 (its Wednesday photos show sandbag filling)"})
c.t(4, "09:12", "P010", "ภาพ ๓-๕ ภาพ ส่งในกลุ่มนี้ได้เลยครับ ไม่ต้องทำเป็นรูปเล่ม", reply="O4",
    tags=[N("the officer's reply clarifying O4 (where to send the photos): no new duty or deadline")])
c.t(4, "09:15", "P030", "อ.เมืองสกลนคร ยอดผู้ประสงค์บริจาคโลหิต ๑๕๖ รายค่ะ",
    tags=[A("O3", "เมืองสกลนคร", "on-time")])
c.t(4, "09:40", "P060", "เรียน ปจ.สน. ครับ บ้านม่วงขอขยายเวลารายงานความพร้อมถึงช่วงบ่ายได้ไหมครับ ทีมยังลงพื้นที่สำรวจจุดเสี่ยงอยู่ ๓ ตำบลครับ",
    tags=[N("a request for more time that carries a number: not the report")])
ext = c.t(4, "09:50", "P005",
          "ขยายเวลาการรายงานตามข้อสั่งการเมื่อวาน เป็นภายใน ๑๖.๐๐ น. วันนี้ (๔ ส.ค.) สำหรับอำเภอที่ยังไม่ได้รายงานครับ",
          reply="O2", key="X2",
          tags=[N("a reply to O2 that extends its deadline to 16:00: creates no duty of its own; O2 is now due Tuesday 16:00")])
NOTICES["X2"] = "reply to O2 extending its deadline to Tuesday 16:00 for districts that had not reported: no new duty; O2's deadline moves (decisions)."
c.t(4, "09:52", "P060", "ขอบพระคุณครับท่าน 🙏")
c.t(4, "10:10", "P065",
    "เรียน ศอ.จอส.จว.สน.\nอำเภออากาศอำนวย ขอรายงานแผนกิจกรรม ๑๒ ส.ค. ๖๙\n- ทำบุญตักบาตร ๐๗.๐๐ น.\n- จิตอาสาพัฒนาวัดพระธาตุท่าอุเทน (สาขา) และบริจาคโลหิต\nจิตอาสาประมาณ ๙๐ คน\nสิทธิพร (จพง.ปค.) รายงานแทน ศอ.จอส.อ.อากาศอำนวย",
    tags=[A("O1", "อากาศอำนวย", "on-time"), N("a district clerk on the roster as the district's volunteer officer (volunteer_center_staff): a district person")])
c.t(4, "10:20", "P048", "วาริชภูมิ ผู้ประสงค์บริจาคโลหิต ๔๘ รายค่ะ",
    tags=[F("SKN-5", "the district office's clerk (role staff) shown in ศอ.จอส.จว.สน. by her first post; not a deputy or volunteer officer"),
          F("SKN-5P", "a report by someone who is not one of the district's people (district staff clerk): does not answer O3 for วาริชภูมิ")])
c.t(4, "10:30", "P010", "เพื่อทราบครับ เสื้อจิตอาสาพระราชทานรุ่นใหม่มาถึงแล้ว อำเภอรับได้ที่ ศอ.จว. ชั้น ๒ ศาลากลาง ในวันและเวลาราชการครับ",
    key="I2", tags=[N("information (เพื่อทราบ) from the centre: no duty")])
NOTICES["I2"] = "information (เพื่อทราบ, shirts can be collected): no duty."
c.t(4, "10:45", "P044", "สอบถามค่ะ ผู้บริจาคอายุ 17 ปี นับรวมในยอดได้ไหมคะ แบบฟอร์มช่องที่ 3", key="Q1",
    tags=[N("a question about the form with a number in it: not a report")])
c.t(4, "10:52", "P010", "อายุ ๑๗ ปีบริบูรณ์ น้ำหนัก ๔๕ กก.ขึ้นไป ผู้ปกครองยินยอม นับได้ครับ", reply="Q1",
    tags=[N("the centre answering a question (a reply): information, not an order")])
c.t(4, "11:05", "P086", "ภูพาน ๗๒ ราย ครับ (ยอดผู้ประสงค์บริจาคโลหิต)",
    tags=[A("O3", "ภูพาน", "on-time")])
c.t(4, "11:30", "P034",
    "กุสุมาลย์ขอส่งแผนกิจกรรมค่ะ ๑๑ ส.ค. จิตอาสาทาสีรั้วโรงเรียนบ้านนาเพียง / ๑๒ ส.ค. ทำบุญตักบาตร จิตอาสารวม ๗๐ คนค่ะ",
    tags=[A("O1", "กุสุมาลย์", "on-time")])
c.t(4, "13:15", "P045",
    "อ.วาริชภูมิ รายงานแผนกิจกรรมครับ ปลูกต้นไม้และพัฒนาแหล่งน้ำ หนองหลวง วันที่ ๑๒ ส.ค. ๖๙ เวลา ๐๘.๐๐ น. จิตอาสา ๑๓๐ คน",
    tags=[A("O1", "วาริชภูมิ", "on-time")])
c.img(4, "13:50", "P087", 2, key="LS", tags=[N("photos of a landslide watch (another activity) with their caption: a district report, not an answer to any order")])
c.t(4, "13:51", "P087", "ภาพจิตอาสาเฝ้าระวังดินโคลนถล่ม บ้านนาหัวช้าง ต.สร้างค้อ ฝนตกหนักตั้งแต่เมื่อคืนค่ะ")
o5 = c.t(4, "14:20", "P005",
         "ขอบคุณครับ ขอให้ ศอ.จอส.อ.ภูพาน อ.กุดบาก และ อ.ส่องดาว ซึ่งมีพื้นที่ลาดเชิงเขาภูพาน สำรวจหมู่บ้านเสี่ยงดินโคลนถล่ม "
         "และรายงานจำนวนจิตอาสาเฝ้าระวังประจำหมู่บ้านเสี่ยง ภายในวันนี้ครับ",
         reply="LS", key="O5",
         tags=[N("an order given in a reply to a district's photo post (not a reply to an order): it opens a duty for the three districts it names")])
order("O5", o5, ["กุดบาก", "ส่องดาว", "ภูพาน"], when(4, "23:59:59"), "จิตอาสาเฝ้าระวังดินโคลนถล่ม เชิงเขาภูพาน",
      "\"ภายในวันนี้\" written on Tuesday 4 Aug: to the end of that day. The palad wrote it as a reply to ภูพาน's landslide photos; "
      "it replies to a district's post, not to an order, so it is a new order for the three districts it names.")
c.t(4, "14:30", "P071", "รับทราบครับ จะเร่งสำรวจครับ",
    tags=[N("acknowledgement with a promise (จะเร่งสำรวจ): not the report")])
c.t(4, "14:30", "P072",
    "ส่องดาว ส่งแผน ๑๒ ส.ค. ค่ะ: จิตอาสาพัฒนาวัดถ้ำผาแด่น ๐๘.๓๐ น. + ปลูกหญ้าแฝกกันดินพังริมถนนขึ้นเขา จิตอาสา ๖๕ คน",
    tags=[A("O1", "ส่องดาว", "on-time")])
c.t(4, "14:30", "P060",
    "บ้านม่วง รายงานความพร้อมจิตอาสาภัยพิบัติครับ\nพร้อมปฏิบัติ ๔๘ คน เรือท้องแบน ๒ ลำ\nกระสอบทราย ๒,๕๐๐ ใบ\nจุดเสี่ยง ๕ จุด ริมน้ำสงคราม ต.ดงเหนือ ต.ห้วยหลัว",
    tags=[A("O2", "บ้านม่วง", "on-time"), N("answered at 14:30, after the first deadline (12:00) but before the extended one (16:00): on time")])
c.t(4, "15:20", "P080",
    "เจริญศิลป์ แผนกิจกรรม ๑๒ ส.ค. ครับ ทำบุญตักบาตร และจิตอาสาปรับภูมิทัศน์สวนสาธารณะหนองหาน้อย จิตอาสา ๘๐ คน",
    tags=[A("O1", "เจริญศิลป์", "on-time")])
c.t(4, "16:05", "P078",
    "โคกศรีสุพรรณ รายงานแผนกิจกรรม ๑๒ ส.ค. ค่ะ ๑. ทำบุญตักบาตร ๒. จิตอาสาปลูกต้นไม้ ริมอ่างเก็บน้ำห้วยทรายขมิ้น จิตอาสา ๑๐๐ คน",
    tags=[A("O1", "โคกศรีสุพรรณ", "on-time")])
c.t(4, "16:40", "P081",
    "เจริญศิลป์ รายงานความพร้อมค่ะ จิตอาสา ๓๕ คน กระสอบทราย ๘๐๐ ใบ จุดเสี่ยง ๒ จุด บ้านโคกกะทา บ้านหนองแปน ขออภัยที่ล่าช้าค่ะ",
    tags=[A("O2", "เจริญศิลป์", "late", "O2 (ความพร้อมจิตอาสาภัยพิบัติ): first answer Tue 4 Aug 16:40, after the extended deadline Tue 16:00")])
r1 = c.t(4, "16:45", "P010",
         "เรียน อำเภอที่ยังไม่ได้ส่งแผนกิจกรรม ๑๒ ส.ค. ขอความกรุณาส่งภายในวันนี้ตามกำหนดครับ 🙏",
         key="R1", tags=[N("reminder of O1 (อำเภอที่ยังไม่ได้ส่ง…ตามกำหนด): no new duty, O1's deadline unchanged")])
NOTICES["R1"] = "reminder of O1 (อำเภอที่ยังไม่ได้ส่ง … ภายในวันนี้ตามกำหนด): no new duty."
c.t(4, "17:30", "P086",
    "ภูพาน รายงานครับ หมู่บ้านเสี่ยงดินโคลนถล่ม ๖ หมู่บ้าน (ต.สร้างค้อ ๓ ต.กกปลาซิว ๒ ต.โคกภู ๑) จิตอาสาเฝ้าระวัง ๔๘ คน หมุนเวียน ๒๔ ชม.",
    tags=[A("O5", "ภูพาน", "on-time")])
c.t(4, "19:45", "P036",
    "กุดบาก รายงานครับ หมู่บ้านเสี่ยง ๔ หมู่บ้าน (บ้านนาม่อง บ้านโนนเขวา บ้านกุดแห่ บ้านนาบัว) จิตอาสาเฝ้าระวังประจำจุด ๓๒ คนครับ",
    tags=[A("O5", "กุดบาก", "on-time")])
c.t(4, "21:10", "P072", "ไฟฟ้าดับทั้ง ต.ส่องดาว ตั้งแต่หัวค่ำค่ะ สัญญาณโทรศัพท์ขาดๆ หายๆ",
    tags=[N("information from a district volunteer officer: not a report on O5")])

# ============================================================ Wednesday 5 August
c.t(5, "07:50", "P071",
    "ส่องดาว รายงานครับ หมู่บ้านเสี่ยงดินสไลด์ ๓ หมู่บ้าน จิตอาสาเฝ้าระวัง ๑๘ คน เมื่อคืนไฟดับทั้งอำเภอ ส่งรายงานไม่ได้ครับ ขออภัยครับ",
    tags=[A("O5", "ส่องดาว", "late", "O5 (จิตอาสาเฝ้าระวังดินโคลนถล่ม): first answer the next morning, Wed 5 Aug 07:50, after the deadline Tue 4 Aug 23:59:59")])
r2 = c.t(5, "08:00", "P009",
         "เร่งรัดครับ อำเภอที่ยังไม่ส่งแผนกิจกรรม ๑๒ ส.ค. ได้แก่ อ.คำตากล้า อ.เต่างอย อ.โพนนาแก้ว ขอให้ส่งโดยด่วนครับ",
         key="R2", tags=[N("reminder of O1 naming three districts (เร่งรัด, อำเภอที่ยังไม่ส่ง): no new duty")])
NOTICES["R2"] = "reminder of O1 naming คำตากล้า, เต่างอย, โพนนาแก้ว (เร่งรัด): no new duty and no new deadline."
c.t(5, "08:20", "P075",
    "เต่างอย ขอส่งแผนค่ะ จิตอาสาทำความสะอาดเขื่อนน้ำพุง (จุดชมวิว) วันที่ ๑๒ ส.ค. จิตอาสา ๖๐ คน ขออภัยที่ล่าช้าค่ะ",
    tags=[A("O1", "เต่างอย", "late", "O1 (แผนกิจกรรม ๑๒ ส.ค.): first answer Wed 5 Aug 08:20, after the reminder and after the deadline Tue 4 Aug 23:59:59")])
o6 = c.t(5, "08:30", "P009",
         "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nตามที่จังหวัดได้จัดสรรงบประมาณโครงการจิตอาสาพระราชทาน ปีงบประมาณ พ.ศ. ๒๕๖๙ ให้อำเภอ นั้น "
         "เพื่อให้การเบิกจ่ายเป็นไปตามเป้าหมายไตรมาสที่ ๔ ขอให้รายงานผลการเบิกจ่ายงบประมาณตามแบบที่แนบ ให้แล้วเสร็จภายในสัปดาห์นี้",
         key="O6", tags=[N("the centre's order with its form attached: allowed")])
c.file(5, "08:31", "P009", "แบบรายงานผลการเบิกจ่าย จอส. ไตรมาส4.xlsx")
order("O6", o6, ALL, when(7, "23:59:59"), "ผลการเบิกจ่ายงบประมาณ ไตรมาส ๔",
      "\"ให้แล้วเสร็จภายในสัปดาห์นี้\" written on Wednesday 5 Aug: the working week ends on Friday 7 Aug, so to the end of "
      "Friday 7 Aug, after the log ends (Friday 20:40). Districts that have not answered are not-due.")
c.t(5, "09:10", "P046", "อ.วาริชภูมิ รายงานยอดผู้ประสงค์บริจาคโลหิต ๔๘ ราย ครับ (แทนข้อความของธุรการเมื่อวาน)",
    tags=[A("O3", "วาริชภูมิ", "on-time"), N("the coordinating deputy's report: the district's own answer to O3 (the clerk's post the day before does not count)")])
c.t(5, "09:30", "P058", "สอบถามค่ะ แบบรายงานเบิกจ่าย ช่องที่ 4 ต้องใส่เลขที่ฎีกาด้วยไหมคะ อำเภอมี 2 ฎีกาค่ะ", key="Q2",
    tags=[N("a question about O6's form with a number in it: not a report")])
c.t(5, "09:33", "P010", "ใส่ครับ ถ้ามีหลายฎีกาใส่ทุกเลขคั่นด้วยจุลภาคครับ", reply="Q2")
c.t(5, "09:35", "P036", "ขออนุญาตส่งแผนกิจกรรม ๑๒ ส.ค. ฉบับปรับปรุงครับ ใช้ฉบับนี้แทนฉบับเมื่อวันจันทร์ (เพิ่มจิตอาสาเป็น ๑๐๐ คน ย้ายจุดปลูกป่าไปบ้านโคกเจริญ)",
    tags=[N("a second plan that replaces the first: O1 is judged on the district's first answer (Monday 11:20), this one changes nothing")])
c.img(5, "09:40", "P030", 3, tags=[A("O4", "เมืองสกลนคร", "on-time"), N("photos alone after O4, which asks for photos: a report for เมืองสกลนคร")])
c.img(5, "10:30", "P034", 3, tags=[A("O4", "กุสุมาลย์", "on-time"), N("photos first and their caption four minutes later: one post, cited at the first photo")])
c.t(5, "10:34", "P034", "ภาพกิจกรรม Big Cleaning กำจัดลูกน้ำยุงลาย วัดบ้านโพธิ์ไพศาล อ.กุสุมาลย์ค่ะ")
c.t(5, "10:40", "P057",
    "คำตากล้า ส่งแผนครับ ๑๒ ส.ค. จิตอาสาตักบาตร และพัฒนาบริเวณหนองน้ำสาธารณะบ้านแพด จิตอาสา ๗๐ คน ขออภัยที่ส่งช้าครับ",
    tags=[A("O1", "คำตากล้า", "late", "O1 (แผนกิจกรรม ๑๒ ส.ค.): first answer Wed 5 Aug 10:40 by the coordinating deputy, after the deadline Tue 4 Aug 23:59:59")])
c.t(5, "10:50", "P054", "วานรนิวาส ภาพจิตอาสาทำลายแหล่งเพาะพันธุ์ยุงลาย ชุมชนบ้านหนองหอย ครับ",
    tags=[A("O4", "วานรนิวาส", "on-time"), N("an ordinary deputy (deputy_district_chief) reporting for วานรนิวาส: a district person")])
c.img(5, "10:50", "P054", 3)
c.t(5, "11:00", "P066",
    "ฝากทุกอำเภอส่งภาพกิจกรรมจิตอาสาเด่นๆ ของอำเภอ อำเภอละ ๕ ภาพ ให้ผมทางไลน์ส่วนตัวด้วยครับ จะรวบรวมทำวีดิทัศน์นำเสนอในพิธี ๑๒ ส.ค. ขอภายในวันศุกร์นี้ครับ",
    tags=[F("SKN-5P", "an order to all districts (ฝากทุกอำเภอส่งภาพ … ภายในวันศุกร์) by a district chief, not the provincial centre; opens no SKN-5O duty")])
c.img(5, "11:15", "P061", 2, tags=[A("O4", "บ้านม่วง", "on-time"), N("photos alone after O4: a report for บ้านม่วง")])
c.t(5, "11:40", "P036", "กุดบาก ยอดผู้ประสงค์บริจาคโลหิต ๖๔ รายครับ",
    tags=[N("a report on O3 posted by the person with two roles, after the chief's own report at 11:30: O3 was already answered")])
c.t(5, "11:30", "P035", "นอภ.กุดบาก รายงาน ยอดผู้ประสงค์บริจาคโลหิต อ.กุดบาก ๖๔ ราย ครับ",
    tags=[A("O3", "กุดบาก", "on-time")])
c.t(5, "10:00", "P050", "นิคมน้ำอูน ผู้ประสงค์บริจาคโลหิต ๓๕ รายครับ",
    tags=[A("O3", "นิคมน้ำอูน", "on-time")])
o7 = c.t(5, "13:30", "P005",
         "เรียน นายอำเภอ\nอำเภอที่มีแปลงปลูกป่าเฉลิมพระเกียรติ ได้แก่ อ.กุดบาก อ.ภูพาน อ.ส่องดาว อ.วาริชภูมิ อ.เต่างอย และ อ.นิคมน้ำอูน "
         "ขอให้รายงานจำนวนกล้าไม้ที่เตรียมไว้ (ต้น) พื้นที่ปลูก (ไร่) และจำนวนจิตอาสาที่จะเข้าร่วม "
         "ภายในวันศุกร์ที่ ๗ ส.ค. ๖๙ เวลา ๑๐.๐๐ น. ครับ",
         key="O7")
order("O7", o7, ["กุดบาก", "วาริชภูมิ", "นิคมน้ำอูน", "ส่องดาว", "เต่างอย", "ภูพาน"], when(7, "10:00"),
      "แปลงปลูกป่าเฉลิมพระเกียรติ: กล้าไม้ พื้นที่ จิตอาสา",
      "\"ภายในวันศุกร์ที่ ๗ ส.ค. ๖๙ เวลา ๑๐.๐๐ น.\": 10:00 on Friday 7 Aug.",
      missing={"เต่างอย": "O7 (แปลงปลูกป่า): no report from เต่างอย by the end of the log; deadline Fri 7 Aug 10:00 (its thank-you for shirts on Thursday is not a report)"})
c.t(5, "13:50", "P058", "คำตากล้า ยอดผู้ประสงค์บริจาคโลหิต ๘๘ รายค่ะ", tags=[A("O3", "คำตากล้า", "on-time")])
c.t(5, "14:00", "P036",
    "กุดบาก ภาพกิจกรรม Big Cleaning ครับ จิตอาสา ๖๐ คน ทำลายแหล่งเพาะพันธุ์ยุงลาย ๓ หมู่บ้าน ต.กุดไห",
    tags=[A("O4", "กุดบาก", "on-time")])
c.img(5, "14:00", "P036", 3)
c.sys(5, "14:10", "invite", "P034", target="P023",
      tags=[F("SKN-5", "invitee is agency staff of the provincial health office (role staff): not admitted to ศอ.จอส.จว.สน."),
            F("SKN-ALL", "roster person not admitted to this group, invited", who="เอก สสจ.สน."),
            F("SKN-ALL", "inviter of a roster person not admitted to this group", who="จุฑามาศ จอส.กุสุมาลย์ 🌻")])
c.t(5, "14:12", "P023", "ขอบคุณครับ 🙏",
    tags=[N("a thank-you by the invitee already found at the invite: no second membership finding; neither an order nor a report")])
c.t(5, "14:20", "P044", "พังโคน ยอดผู้ประสงค์บริจาคโลหิต ๙๓ รายค่ะ", tags=[A("O3", "พังโคน", "on-time")])
c.t(5, "14:35", "P011",
    "ขอความร่วมมือ ศอ.จอส.อำเภอทุกอำเภอ ให้จิตอาสาออกสำรวจและทำลายลูกน้ำยุงลายทุกวันศุกร์ แล้วรายงานค่า HI CI ให้ สสอ. ในพื้นที่ทราบทุกสัปดาห์ด้วยครับ สถานการณ์ไข้เลือดออกจังหวัดเรายังสูงครับ",
    tags=[F("SKN-5", "agency head (provincial health office) posting in ศอ.จอส.จว.สน.; first message that shows him here"),
          F("SKN-5P", "an order to all districts (ขอความร่วมมือ … ทุกอำเภอ … รายงาน) by an agency head, not the provincial centre; no SKN-5O duty")])
c.img(5, "15:00", "P081", 2, tags=[N("photos of another activity (filling sandbags), captioned as such: not the Big Cleaning photos O4 asks for")])
c.t(5, "15:01", "P081", "ภาพจิตอาสากรอกกระสอบทรายเตรียมรับน้ำ บ้านนาเดื่อ อ.เจริญศิลป์ ค่ะ")
c.t(5, "15:10", "P040", "พรรณานิคม ยอดผู้ประสงค์บริจาคโลหิตตามตารางค่ะ",
    tags=[A("O3", "พรรณานิคม", "on-time"), N("caption first, then a table as an image: one report post")])
c.img(5, "15:10", "P040", 1)
c.sys(5, "15:20", "invite", "P084", target="!ครูแอน ร.ร.บ้านดอนยาง",
      tags=[F("OUTSIDER", "not on the roster; added by ธนพงษ์ จอส.โพนนาแก้ว (district volunteer officer)")])
c.img(5, "15:30", "P042", 3, tags=[A("O4", "พังโคน", "on-time"), N("photos alone by the district chief after O4: a report for พังโคน")])
c.t(5, "15:40", "P010", "ขออนุญาตนำ ครูแอน ออกจากกลุ่มนะครับ กลุ่มนี้สำหรับ ศอ.จอส.จว./อำเภอ เท่านั้นครับ",
    tags=[N("the centre's officer explaining the removal: chat")])
c.sys(5, "15:41", "remove", "P010", target="!ครูแอน ร.ร.บ้านดอนยาง", tags=[N("removal of the outsider by the centre: no finding")])
c.t(5, "15:45", "P084", "ขออภัยครับ ตั้งใจเพิ่มเข้ากลุ่มจิตอาสาตำบล กดผิดกลุ่มครับ 🙏")
c.t(5, "16:00", "P060", "บ้านม่วง ยอดผู้ประสงค์บริจาคโลหิต ๕๔ ราย ครับ", tags=[A("O3", "บ้านม่วง", "on-time")])
c.img(5, "16:10", "P047", 3, tags=[A("O4", "วาริชภูมิ", "on-time")])
c.t(5, "16:11", "P047", "ภาพกิจกรรมกำจัดแหล่งเพาะพันธุ์ยุงลาย รร.บ้านหนองลาด อ.วาริชภูมิค่ะ")
c.t(5, "16:45", "P085",
    "ภูพาน รายงานครับ กล้าไม้ ๒,๕๐๐ ต้น (ยางนา พะยูง มะค่า) พื้นที่ ๕ ไร่ ป่าชุมชนบ้านหนองไผ่ จิตอาสา ๒๐๐ คน",
    tags=[A("O7", "ภูพาน", "on-time")])
c.img(5, "17:05", "P082", 3, tags=[A("O4", "โพนนาแก้ว", "on-time"), N("photos alone by the district chief after O4")])
c.t(5, "17:30", "P010", "ขอบคุณทุกอำเภอครับ วันนี้ฝนหนักหลายพื้นที่ เดินทางระวังด้วยครับ")
c.img(5, "13:20", "P069", 3, tags=[A("O4", "สว่างแดนดิน", "on-time"), N("photos by an ordinary deputy then a caption: a report for สว่างแดนดิน")])
c.t(5, "13:21", "P069", "ภาพกิจกรรม Big Cleaning ต.คอนสวรรค์ อ.สว่างแดนดิน ครับ")
c.stk(5, "19:20", "P061")
c.t(5, "19:35", "P057", "ฝนตกทุกวันแบบนี้ จิตอาสาคำตากล้าเริ่มมีเหงือกแล้วครับ 😂", tags=[N("a joke by a coordinating deputy: chat")])
c.t(5, "19:37", "P086", "ภูพานก็ใกล้แล้วครับ 555")
c.stk(5, "19:38", "P034")

# ============================================================ Thursday 6 August
c.t(6, "06:40", "P053", "สวัสดีวันพฤหัสค่ะ 🙏")
c.t(6, "07:10", "P010", "อรุณสวัสดิ์ครับ วันนี้บ่ายโมงครึ่งประชุม ศอ.จอส.จว. ห้องประชุมพระตำหนักฯ ครับ")
c.img(6, "08:30", "P050", 3, tags=[A("O4", "นิคมน้ำอูน", "on-time"), N("photos alone after O4 by the person with two roles")])
c.t(6, "08:50", "!ปลัดใหม่ เต่างอย", "สวัสดีครับ ผมเพิ่งย้ายมาประจำ อ.เต่างอย ฝากเนื้อฝากตัวด้วยครับ",
    tags=[F("OUTSIDER", "display name fits no roster person (a lookalike of a deputy of เต่างอย); seen by his first post")])
c.img(6, "09:05", "P056", 2, tags=[A("O4", "คำตากล้า", "on-time")])
c.t(6, "09:06", "P056", "คำตากล้า ภาพ Big Cleaning ตลาดสดเทศบาลครับ")
c.t(6, "09:20", "P074", "เต่างอย ยอดผู้ประสงค์บริจาคโลหิต ๔๐ รายครับ", tags=[A("O3", "เต่างอย", "on-time")])
o8 = c.t(6, "09:30", "P009",
         "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ ประดับธงชาติ และตกแต่งพระบรมฉายาลักษณ์ สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ "
         "พระบรมราชชนนีพันปีหลวง ณ ที่ว่าการอำเภอ ให้สมพระเกียรติ ตามแนวทางที่กำหนด พร้อมถ่ายภาพรายงาน ศอ.จอส.จว.สน. ครับ",
         key="O8")
order("O8", o8, ALL, when(7, "09:30"), "ประดับธงชาติ ตกแต่งพระบรมฉายาลักษณ์ (ภาพ)",
      "No deadline in the text: within 24 hours of the order (Thursday 6 Aug 09:30), so 09:30 on Friday 7 Aug. The order asks "
      "for photos, so photos sent alone count.",
      missing={"อากาศอำนวย": "O8 (ประดับธง พระบรมฉายาลักษณ์): no photos from อากาศอำนวย by the end of the log; deadline Fri 7 Aug 09:30 (its Thursday posts are the O3 figure and O4's dengue photos)"})
c.t(6, "09:50", "P037",
    "กุดบาก รายงานแปลงปลูกป่าครับ กล้าไม้ ๑,๒๐๐ ต้น พื้นที่ ๓ ไร่ บ้านโคกเจริญ จิตอาสา ๑๐๐ คน",
    tags=[A("O7", "กุดบาก", "on-time"), N("an ordinary deputy reporting for กุดบาก: a district person")])
c.t(6, "10:05", "P064", "อากาศอำนวย ยอดผู้ประสงค์บริจาคโลหิต ๖๑ รายค่ะ",
    tags=[A("O3", "อากาศอำนวย", "on-time"), N("posted right after O8 but it is the O3 figure: a report on a different order of the week, not an answer to O8")])
c.file(6, "10:20", "P044", "แบบรายงานเบิกจ่าย Q4_พังโคน.xlsx", tags=[A("O6", "พังโคน", "on-time"), N("a file whose name is its only text, then a line: the file is the report (O6)")])
c.t(6, "10:21", "P044", "ส่งแบบรายงานเบิกจ่ายค่ะ")
c.t(6, "10:30", "P010", "ย้ำครับ ภาพกิจกรรม Big Cleaning ขอให้ส่งก่อนประชุมบ่ายโมงครึ่งวันนี้ อำเภอที่ยังไม่ส่งเร่งดำเนินการครับ",
    key="R3", tags=[N("reminder of O4 (ย้ำ … อำเภอที่ยังไม่ส่ง): no new duty")])
NOTICES["R3"] = "reminder of O4 (ย้ำ … ก่อนประชุมบ่ายโมงครึ่งวันนี้): no new duty."
c.t(6, "10:40", "P064", "ภาพกิจกรรม Big Cleaning Day ทำลายแหล่งเพาะพันธุ์ยุงลาย อ.อากาศอำนวย ค่ะ",
    tags=[A("O4", "อากาศอำนวย", "on-time"), N("captioned dengue photos posted after O8: they answer O4, not O8")])
c.img(6, "10:40", "P064", 2)
c.t(6, "11:00", "P009", "เพื่อทราบ: จังหวัดจะจัดรถรับส่งจิตอาสาจากอำเภอไปพิธี ๑๒ ส.ค. อำเภอละ ๑ คัน รายละเอียดแจ้งอีกครั้งครับ",
    key="I3", tags=[N("information only (เพื่อทราบ): no duty")])
NOTICES["I3"] = "information only (เพื่อทราบ, transport on 12 Aug): no duty."
c.img(6, "11:10", "P072", 2, tags=[A("O4", "ส่องดาว", "on-time")])
c.t(6, "11:11", "P072", "ส่องดาว ภาพ Big Cleaning ค่ะ ชุมชนบ้านหนองสะเดาค่ะ")
c.img(6, "11:30", "P029", 2, tags=[A("O8", "เมืองสกลนคร", "on-time"), N("photos alone after O8 by the coordinating deputy")])
c.t(6, "11:40", "P053", "วานรนิวาส ยอดผู้ประสงค์บริจาคโลหิต ๑๑๒ รายค่ะ", tags=[A("O3", "วานรนิวาส", "on-time")])
c.img(6, "12:10", "P088", 2, tags=[A("O8", "ภูพาน", "on-time"), N("photos alone by an ordinary deputy after O8: a report for ภูพาน")])
c.img(6, "12:50", "P075", 3, tags=[A("O4", "เต่างอย", "on-time"), N("photos alone after O4, forty minutes before the meeting")])
c.t(6, "13:20", "P070", "อ.ส่องดาว ยอดผู้ประสงค์บริจาคโลหิต ๕๐ ราย ครับ", tags=[A("O3", "ส่องดาว", "on-time")])
c.t(6, "13:25", "P076", "โคกศรีสุพรรณ ส่งภาพ Big Cleaning ทันประชุมครับ 😅 บ้านโคกศรี ม.๑",
    tags=[A("O4", "โคกศรีสุพรรณ", "on-time"), N("report five minutes before the 13:30 meeting: on time")])
c.img(6, "13:25", "P076", 2)
c.img(6, "13:40", "P044", 3, tags=[A("O8", "พังโคน", "on-time")])
c.t(6, "13:55", "P010", "เข้าประชุมแล้วครับ ขอบคุณอำเภอที่ส่งภาพครับ")
o9 = c.t(6, "14:00", "P005",
         "เรียน นอภ.อากาศอำนวย นอภ.วานรนิวาส นอภ.เจริญศิลป์\n"
         "ระดับน้ำสงครามที่สถานีบ้านท่าก้อนขึ้นเร็ว ขอให้ ศอ.จอส.อำเภอ รายงานสถานการณ์ในพื้นที่ จำนวนครัวเรือนได้รับผลกระทบ "
         "และการปฏิบัติงานของจิตอาสา ภายใน ๑๘.๐๐ น. ครับ",
         key="O9", tags=[N("the palad's order to three districts named in the salutation")])
order("O9", o9, ["วานรนิวาส", "อากาศอำนวย", "เจริญศิลป์"], when(6, "18:00"), "สถานการณ์น้ำสงคราม",
      "\"ภายใน ๑๘.๐๐ น.\" written on Thursday 6 Aug at 14:00 with no other date: 18:00 that day. Addressed in the salutation "
      "to three district chiefs only.")
c.t(6, "14:05", "P084", "ภาพประดับธงชาติ และพระบรมฉายาลักษณ์ หน้าที่ว่าการอำเภอโพนนาแก้วครับ",
    tags=[A("O8", "โพนนาแก้ว", "on-time")])
c.img(6, "14:05", "P084", 2)
c.t(6, "14:10", "P040", "พรรณานิคม ขอส่งภาพ Big Cleaning ค่ะ ขออภัยที่ล่าช้าค่ะ",
    tags=[A("O4", "พรรณานิคม", "late", "O4 (ภาพ Big Cleaning): first answer Thu 6 Aug 14:10, after the deadline (the meeting, Thu 13:30)")])
c.img(6, "14:10", "P040", 3)
c.t(6, "14:20", "P032", "กุสุมาลย์ ประดับธงชาติและพระบรมฉายาลักษณ์ เรียบร้อยครับ",
    tags=[A("O8", "กุสุมาลย์", "on-time")])
c.img(6, "14:20", "P032", 2)
c.img(6, "14:50", "P068", 2, tags=[A("O8", "สว่างแดนดิน", "on-time")])
c.t(6, "14:10", "P030", "อ.เมืองสกลนคร ส่งรายงานผลการเบิกจ่ายงบประมาณ จอส. ไตรมาส ๔ ค่ะ", tags=[A("O6", "เมืองสกลนคร", "on-time")])
c.file(6, "14:10", "P030", "ผลการเบิกจ่าย จอส ไตรมาส4 อ.เมืองสกลนคร.pdf")
c.t(6, "14:45", "P079", "เจริญศิลป์ ยอดผู้ประสงค์บริจาคโลหิต ๔๕ ราย", tags=[A("O3", "เจริญศิลป์", "on-time")])
c.img(6, "15:00", "P036", 2, tags=[A("O8", "กุดบาก", "on-time")])
c.t(6, "15:00", "P050", "ขอแก้ไขยอดผู้ประสงค์บริจาคโลหิต อ.นิคมน้ำอูน เป็น ๔๒ ราย แทนข้อความเดิมครับ",
    tags=[N("a corrected figure that replaces Wednesday's: O3 is judged on the first answer (Wed 10:00)")])
c.t(6, "15:10", "P045",
    "เรียน ท่านผู้ว่าฯ อำเภอวาริชภูมิ ออกหน่วยบำบัดทุกข์ บำรุงสุข บ้านปลาโด มีประชาชนรับบริการ ๓๒๐ ราย ทำบัตรประชาชน ๔๕ ราย ครับ",
    tags=[N("a report meant for another group, pasted here by the district chief: not an answer to any ศอ order")])
c.t(6, "15:11", "P045", "ขออภัยครับ ส่งผิดกลุ่ม 🙏")
c.t(6, "15:30", "P049", "นิคมน้ำอูน รายงานครับ กล้าไม้ ๑,๘๐๐ ต้น พื้นที่ ๔ ไร่ ริมอ่างน้ำอูน จิตอาสา ๑๕๐ คน",
    tags=[A("O7", "นิคมน้ำอูน", "on-time")])
c.img(6, "15:50", "P053", 2, tags=[A("O8", "วานรนิวาส", "on-time"), N("photos first and the caption six minutes later, nobody in between: one post cited at the first photo")])
c.t(6, "15:56", "P053", "ภาพประดับธงและพระบรมฉายาลักษณ์ อ.วานรนิวาส ค่ะ")
c.img(6, "16:00", "P086", 2, tags=[A("O4", "ภูพาน", "late", "O4 (ภาพ Big Cleaning): first answer Thu 6 Aug 16:00, after the deadline (Thu 13:30); photos sent alone, captioned a minute later")])
c.t(6, "16:01", "P086", "ภาพ Big Cleaning อ.ภูพาน ครับ (ส่งช้า ติดภารกิจดินสไลด์)")
c.t(6, "16:05", "P010", "ประชุมเสร็จแล้วครับ ท่านปลัดจังหวัดฝากขอบคุณทุกอำเภอ หนังสือแจ้งผลการประชุมจะส่งตามไปครับ",
    tags=[N("the centre's own information after its meeting: neither a district report nor an order")])
c.img(6, "16:10", "P041", 2, tags=[A("O8", "พรรณานิคม", "on-time")])
c.t(6, "16:11", "P041", "พรรณานิคม ประดับธงชาติและพระบรมฉายาลักษณ์ ณ ที่ว่าการอำเภอ เรียบร้อยครับ")
c.t(6, "16:20", "P051",
    "เรียน ปจ.สน. อ.วานรนิวาส รายงานสถานการณ์ ๑๖.๐๐ น. น้ำสงครามล้นตลิ่ง ๒ หมู่บ้าน (ดอนเชียงบาล ท่าเยี่ยม) ครัวเรือนได้รับผลกระทบ ๓๘ ครัวเรือน "
    "จิตอาสา ๔๕ คน ช่วยขนย้ายสิ่งของ ตั้งเต็นท์พักชั่วคราว ๒ จุดครับ",
    tags=[A("O9", "วานรนิวาส", "on-time")])
c.img(6, "16:20", "P051", 1)
c.t(6, "16:30", "P078", "โคกศรีสุพรรณ ยอดผู้ประสงค์บริจาคโลหิต ๕๗ รายค่ะ", tags=[A("O3", "โคกศรีสุพรรณ", "on-time")])
c.img(6, "16:40", "P047", 2, tags=[A("O8", "วาริชภูมิ", "on-time")])
c.img(6, "16:55", "P070", 2, tags=[A("O8", "ส่องดาว", "on-time"), N("photos alone by the district chief after O8")])
c.img(6, "17:05", "P050", 2, tags=[A("O8", "นิคมน้ำอูน", "on-time")])
c.t(6, "17:20", "P073", "ขอบคุณ ศอ.จว. สำหรับเสื้อจิตอาสา ๑๒๐ ตัวครับ รับมาเรียบร้อยแล้วครับ 🙏",
    tags=[N("a thank-you that carries a figure (120 shirts): not a report on O7 or any other order")])
c.img(6, "17:30", "P080", 2, tags=[A("O8", "เจริญศิลป์", "on-time")])
c.t(6, "17:40", "P080",
    "เจริญศิลป์ รายงานสถานการณ์น้ำ ๑๗.๓๐ น. น้ำเอ่อท่วมพื้นที่การเกษตร ต.ทุ่งแก ๑๒๐ ไร่ ยังไม่กระทบบ้านเรือน (๐ ครัวเรือน) จิตอาสา ๒๐ คนเฝ้าระวังคันดินครับ",
    tags=[A("O9", "เจริญศิลป์", "on-time")])
c.t(6, "19:30", "P062",
    "อ.อากาศอำนวย รายงานสถานการณ์ ๑๙.๐๐ น. น้ำสงครามเอ่อล้น บ้านท่าก้อน บ้านนาฮี ครัวเรือนได้รับผลกระทบ ๖๒ ครัวเรือน จิตอาสา ๕๐ คน ช่วยขนย้ายและวางกระสอบทราย",
    tags=[A("O9", "อากาศอำนวย", "late", "O9 (สถานการณ์น้ำสงคราม): first answer Thu 6 Aug 19:30, after the deadline Thu 18:00")])
c.t(6, "20:10", "P083", "โพนนาแก้ว ยอดผู้ประสงค์บริจาคโลหิต ๓๙ ราย ครับ", tags=[A("O3", "โพนนาแก้ว", "on-time"), N("an evening report on the last day of O3: on time")])
c.t(6, "20:40", "P005", "ขอบคุณครับ ทุกอำเภอดูแลความปลอดภัยของจิตอาสาด้วยนะครับ น้ำขึ้นเร็วมาก", reply="O9",
    tags=[N("the palad's thanks in reply to O9: no request to report, no duty")])

# ============================================================ Friday 7 August
c.t(7, "06:50", "P010", "สวัสดีวันศุกร์ครับ 🙏")
c.stk(7, "06:55", "P030")
c.t(7, "08:00", "P010",
    "ตามกำหนดเวลา ภาพประดับธงชาติ/พระบรมฉายาลักษณ์ ครบกำหนด ๐๙.๓๐ น. วันนี้ อำเภอที่ยังไม่ส่ง ได้แก่ อ.คำตากล้า อ.บ้านม่วง อ.อากาศอำนวย อ.เต่างอย อ.โคกศรีสุพรรณ ครับ",
    key="R4", tags=[N("reminder of O8 (ตามกำหนดเวลา … อำเภอที่ยังไม่ส่ง): no new duty")])
NOTICES["R4"] = "reminder of O8 (ตามกำหนดเวลา … อำเภอที่ยังไม่ส่ง): no new duty."
c.t(7, "08:10", "P068", "สว่างแดนดิน ยอดผู้ประสงค์บริจาคโลหิต ๑๓๔ รายค่ะ ขออภัยที่ล่าช้าค่ะ",
    tags=[A("O3", "สว่างแดนดิน", "late", "O3 (ยอดผู้ประสงค์บริจาคโลหิต): first answer Fri 7 Aug 08:10, after the deadline Thu 6 Aug 23:59:59 (three working days)")])
c.img(7, "08:40", "P058", 2, tags=[A("O8", "คำตากล้า", "on-time"), N("photos the next morning, before the 09:30 deadline: on time")])
o10 = c.t(7, "08:45", "P009",
          "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nขอให้ยืนยันจำนวนจิตอาสาที่จะเข้าร่วมพิธี ณ ลานหน้าศาลากลางจังหวัดสกลนคร วันพุธที่ ๑๒ ส.ค. ๖๙ "
          "(อำเภอละไม่เกิน ๕๐ คน) ภายในบ่ายสามโมงวันนี้ครับ",
          key="O10")
order("O10", o10, ALL, when(7, "15:00"), "ยืนยันจำนวนจิตอาสาเข้าร่วมพิธี ๑๒ ส.ค.",
      "\"ภายในบ่ายสามโมงวันนี้\" (spoken time of day) written on Friday 7 Aug: 15:00 that day.",
      missing={"พังโคน": "O10 (ยืนยันจำนวนจิตอาสา): no confirmation from พังโคน by the end of the log; deadline Fri 7 Aug 15:00"})
c.t(7, "08:50", "P056", "รับทราบครับ จะแจ้งยอดก่อนบ่ายสามครับ",
    tags=[N("acknowledgement with a promise (จะแจ้งยอดก่อนบ่ายสาม): not the confirmation")])
c.t(7, "09:00", "P087", "ภูพาน ยืนยัน ๕๐ คนค่ะ", tags=[A("O10", "ภูพาน", "on-time")])
c.img(7, "09:10", "P074", 2, tags=[A("O8", "เต่างอย", "on-time")])
c.t(7, "09:15", "P029", "อ.เมืองฯ ยืนยัน ๕๐ คน ครับ", tags=[A("O10", "เมืองสกลนคร", "on-time")])
c.t(7, "09:20", "P071", "ส่องดาว รายงานแปลงปลูกป่า กล้าไม้ ๑,๐๐๐ ต้น พื้นที่ ๒ ไร่ วัดถ้ำผาแด่น จิตอาสา ๗๐ คน ครับ",
    tags=[A("O7", "ส่องดาว", "on-time")])
c.t(7, "09:25", "P052", "สอบถามครับ ๕๐ คนนี้รวมเจ้าหน้าที่อำเภอที่ไปด้วยไหมครับ", key="Q3",
    tags=[N("a question about O10 with a number in it: not a confirmation")])
c.t(7, "09:28", "P010", "ไม่รวมครับ นับเฉพาะจิตอาสาครับ", reply="Q3")
c.t(7, "09:40", "P036", "กุดบาก รายงานผลการเบิกจ่ายงบ จอส. ไตรมาส ๔ เบิกจ่ายแล้ว ๑๐๐% ครับ", tags=[A("O6", "กุดบาก", "on-time")])
c.t(7, "09:45", "P034", "กุสุมาลย์ ยืนยันจิตอาสา ๔๐ คนค่ะ", tags=[A("O10", "กุสุมาลย์", "on-time")])
c.t(7, "10:05", "P084", "โพนนาแก้ว ยืนยัน ๔๕ คนครับ", tags=[A("O10", "โพนนาแก้ว", "on-time"), N("a figure, then its correction two minutes later: the first message is the answer")])
c.t(7, "10:07", "P084", "แก้ไขครับ ๔๘ คน")
c.img(7, "10:15", "P078", 2, tags=[A("O8", "โคกศรีสุพรรณ", "late", "O8 (ประดับธง พระบรมฉายาลักษณ์): first answer Fri 7 Aug 10:15, after the deadline Fri 09:30 (24 hours from the order)")])
c.t(7, "10:20", "P050", "นิคมน้ำอูน ยืนยัน ๕๐ คนครับ", tags=[A("O10", "นิคมน้ำอูน", "on-time")])
c.file(7, "10:30", "P068", "รายงานเบิกจ่าย Q4 อ.สว่างแดนดิน.xlsx", tags=[A("O6", "สว่างแดนดิน", "on-time"), N("a file alone answers O6 (a file counts as a report)")])
c.t(7, "10:40", "P041", "พรรณานิคม ยืนยันจิตอาสาเข้าร่วมพิธี ๕๐ คน ครับ", tags=[A("O10", "พรรณานิคม", "on-time")])
c.t(7, "11:00", "P087", "ภูพาน เบิกจ่ายแล้ว ๓๘,๕๐๐ บาท จาก ๔๐,๐๐๐ บาท (๙๖.๒๕%) ค่ะ", tags=[A("O6", "ภูพาน", "on-time")])
c.t(7, "11:20", "P046", "วาริชภูมิ รายงานแปลงปลูกป่าครับ กล้าไม้ ๑,๕๐๐ ต้น พื้นที่ ๓ ไร่ โนนสาธารณะบ้านค้อ จิตอาสา ๙๐ คน",
    tags=[A("O7", "วาริชภูมิ", "late", "O7 (แปลงปลูกป่า): first answer Fri 7 Aug 11:20, after the deadline Fri 10:00")])
c.t(7, "11:30", "P061", "บ้านม่วง ยืนยัน ๓๕ คนค่ะ", tags=[A("O10", "บ้านม่วง", "on-time")])
c.t(7, "11:45", "P064", "อากาศอำนวย ยืนยัน ๔๐ คนค่ะ", tags=[A("O10", "อากาศอำนวย", "on-time")])
c.t(7, "13:00", "P061", "บ้านม่วง ภาพประดับธงชาติและพระบรมฉายาลักษณ์ค่ะ ขออภัยที่ล่าช้า",
    tags=[A("O8", "บ้านม่วง", "late", "O8 (ประดับธง พระบรมฉายาลักษณ์): first answer Fri 7 Aug 13:00, after the deadline Fri 09:30")])
c.img(7, "13:00", "P061", 2)
c.t(7, "13:10", "P081", "เจริญศิลป์ ยืนยัน ๓๐ คนค่ะ", tags=[A("O10", "เจริญศิลป์", "on-time")])
c.t(7, "13:30", "P053", "วานรนิวาส เบิกจ่ายงบ จอส. แล้ว ๒๗,๐๐๐ บาทค่ะ", tags=[A("O6", "วานรนิวาส", "on-time"), N("a figure, then its correction three minutes later: the first message is the answer")])
c.t(7, "13:33", "P053", "ขอแก้ไขค่ะ ๒๙,๗๐๐ บาท พิมพ์ผิดค่ะ")
c.t(7, "13:40", "P058", "คำตากล้า ยืนยันจิตอาสา ๔๕ คนค่ะ", tags=[A("O10", "คำตากล้า", "on-time"), N("the confirmation promised at 08:50, by the district volunteer officer")])
c.t(7, "13:50", "P045", "วาริชภูมิ ยืนยัน ๕๐ คนครับ", tags=[A("O10", "วาริชภูมิ", "on-time")])
c.t(7, "14:00", "P010",
    "อีก ๑ ชั่วโมงครบกำหนดยืนยันยอดจิตอาสาครับ อำเภอที่ยังไม่ยืนยัน: สว่างแดนดิน ส่องดาว เต่างอย โคกศรีสุพรรณ พังโคน กุดบาก วานรนิวาส",
    key="R5", tags=[N("reminder of O10 (อำเภอที่ยังไม่ยืนยัน): no new duty")])
NOTICES["R5"] = "reminder of O10 (อีก ๑ ชั่วโมงครบกำหนด … อำเภอที่ยังไม่ยืนยัน): no new duty."
c.t(7, "14:05", "P036", "กุดบาก ๕๐ คน ครับ", tags=[A("O10", "กุดบาก", "on-time")])
c.t(7, "14:10", "P067", "สว่างแดนดิน ยืนยัน ๕๐ คนครับ", tags=[A("O10", "สว่างแดนดิน", "on-time")])
c.t(7, "14:15", "P072", "ส่องดาว ๓๐ คนค่ะ", tags=[A("O10", "ส่องดาว", "on-time")])
c.t(7, "14:20", "P075", "เต่างอย ยืนยัน ๒๕ คนค่ะ", tags=[A("O10", "เต่างอย", "on-time")])
c.t(7, "14:40", "P078", "โคกศรีสุพรรณ ยืนยัน ๔๐ คนค่ะ", tags=[A("O10", "โคกศรีสุพรรณ", "on-time")])
c.t(7, "14:50", "P073", "เต่างอย รายงานผลเบิกจ่าย ไตรมาส ๔ เบิกแล้ว ๒๐,๐๐๐ บาท คงเหลือ ๕,๐๐๐ บาท จะเบิกให้แล้วเสร็จก่อน ๓๐ ก.ย. ครับ",
    tags=[A("O6", "เต่างอย", "on-time")])
c.t(7, "14:55", "P044", "พังโคน ขอยืนยันยอดช่วงเย็นนะคะ รอสรุปจากอีก ๒ ตำบลค่ะ",
    tags=[N("a promise to confirm later (ขอยืนยันยอดช่วงเย็น), five minutes before the deadline: not the confirmation O10 asks for")])
c.t(7, "16:10", "P052", "วานรนิวาส ยืนยันจิตอาสา ๕๐ คนครับ ขออภัยติดภารกิจน้ำท่วมครับ",
    tags=[A("O10", "วานรนิวาส", "late", "O10 (ยืนยันจำนวนจิตอาสา): first answer Fri 7 Aug 16:10, after the deadline Fri 15:00")])
c.file(7, "16:20", "P050", "รายงานผลการเบิกจ่าย จอส Q4_นิคมน้ำอูน.xlsx", tags=[A("O6", "นิคมน้ำอูน", "on-time")])
c.t(7, "16:21", "P050", "ส่งแบบรายงานเบิกจ่ายครับ")
c.t(7, "17:00", "P005",
    "ขอบคุณทุกอำเภอครับ สัปดาห์นี้งานเยอะทั้งน้ำท่วม ดินสไลด์ และเตรียมงาน ๑๒ ส.ค. พักผ่อนให้เพียงพอ สัปดาห์หน้าเจอกันครับ",
    tags=[N("the palad's thanks: chat, no order")])
c.stk(7, "17:05", "P047")
c.t(7, "17:10", "P030", "ขอบพระคุณค่ะท่าน 🙏")
c.t(7, "18:30", "P072", "ฝากอุดหนุนน้ำพริกปลาร้าบอง ฝีมือกลุ่มแม่บ้านบ้านหนองสะเดา กระปุกละ ๕๐ บาท รายได้ส่วนหนึ่งช่วยผู้ประสบภัยค่ะ 😊 สนใจทักส่วนตัวนะคะ",
    tags=[N("a member selling chilli paste: not an order or a report, and ศอ.จอส.จว.สน. has no posting rule against chat")])
c.t(7, "19:40", "P085", "อ.ภูพาน ได้รับรางวัลชนะเลิศ ศอ.จอส.อำเภอดีเด่น ระดับเขต ปีนี้ครับ ขอบคุณจิตอาสาทุกท่าน 🎉",
    tags=[N("a district's PR of its own award: allowed in ศอ.จอส.จว.สน. (SKN-6P applies only to หน.ส่วนราชการ-นอภ.สน.)")])
c.t(7, "19:45", "P010", "ยินดีด้วยครับ 👏")
c.stk(7, "20:40", "P087", tags=[N("the last message of the whole log: missing duties are judged at this time (Fri 7 Aug 20:40)")])
