"""ข้อสั่งการ ปค.สน., Mon 15 – Wed 17 Dec 2025: the provincial office's letters to the districts."""
from chat import Chat, F, N

G = "ข้อสั่งการ ปค.สน."

NOT_HERE = "only the provincial office (its sending accounts and the provincial palad) posts in ข้อสั่งการ ปค.สน."


def build():
    c = Chat(G, "dopa-orders.jsonl")
    S, SB, SEC, PJ = "P006", "P007", "P008", "P005"

    c.say(15, "08:05", SB,
          "ด่วนที่สุด ที่ สน ๐๐๑๘.๑/ว ๒๔๓๑๐ ลว. ๑๒ ธ.ค. ๖๘ เรื่อง การเตรียมความพร้อมป้องกันและลดอุบัติเหตุทางถนน "
          "ช่วงเทศกาลปีใหม่ พ.ศ. ๒๕๖๙ (๒๙ ธ.ค. ๖๘ - ๔ ม.ค. ๖๙) ให้อำเภอจัดตั้งจุดตรวจ จุดบริการประชาชน "
          "และแจ้ง อปท. ถือปฏิบัติ รายละเอียดตามหนังสือที่แนบ",
          photos=3, gap=15, tags=[N("the provincial office's own order (its document account) with the letter as three "
                                   "photos: allowed; one post")])
    c.say(15, "08:07", "P141", "รับทราบครับ",
          tags=[F("SKN-2P", "acknowledgement by the district chief of พังโคน: members may not answer in ข้อสั่งการ ปค.สน. "
                  "(an acknowledgement is a reply)")])
    c.sticker(15, "08:09", "P231",
              tags=[F("SKN-2P", "a sticker by the district chief of เต่างอย: a sticker counts as a post, and " + NOT_HERE)])
    c.say(15, "09:30", S,
          "ที่ สน ๐๐๑๘.๒/ว ๒๔๓๕๕ ลว. ๑๕ ธ.ค. ๖๘ เรื่อง การสำรวจข้อมูลหมู่บ้าน (กชช.๒ค) ปี ๒๕๖๙ "
          "ขอให้อำเภอแจ้งผู้ใหญ่บ้านทุกหมู่บ้านดำเนินการจัดเก็บข้อมูลให้แล้วเสร็จภายใน ๓๑ ม.ค. ๖๙",
          file="สน0018.2-ว24355.pdf")
    c.say(15, "11:10", SEC,
          "ด่วนมาก ที่ สน ๐๐๑๘.๓/ว ๒๔๓๗๐ เรื่อง มาตรการรักษาความปลอดภัยสถานที่ราชการ ช่วงการชุมนุมทางการเมือง "
          "ขอให้อำเภอกำชับ อส. ประจำที่ว่าการอำเภอ ตรวจตราความเรียบร้อยตลอด ๒๔ ชม. และรายงานเหตุทันทีที่เกิด",
          photos=2, gap=15, tags=[N("an order of กลุ่มงานความมั่นคง ปค.สน. (a sending account of the office) with its letter "
                                   "as photos: allowed")])
    c.say(15, "11:25", "P152", "ขอสอบถามครับ อส. ที่ปฏิบัติหน้าที่เกินเวลา เบิกค่าตอบแทนจากงบไหนครับ",
          tags=[F("SKN-2P", "a question by the coordinating deputy of วาริชภูมิ: members may not ask in ข้อสั่งการ ปค.สน.")])
    c.say(15, "11:40", SEC, "เรื่องค่าตอบแทน อส. ให้ประสานฝ่ายความมั่นคงทางโทรศัพท์ครับ ๐ ๔๒๗๑ ๑๔๖๑ ต่อ ๑๒",
          tags=[N("the office answering a question in its own group: the office may post anything here")])
    c.say(15, "13:30", SB,
          "ที่ สน ๐๐๑๘.๑/ว ๒๔๓๘๘ เรื่อง ขอเชิญประชุมคณะกรมการจังหวัด หัวหน้าส่วนราชการ และนายอำเภอ ประจำเดือนธันวาคม ๒๕๖๘ "
          "วันพฤหัสบดีที่ ๒๕ ธ.ค. ๖๘ เวลา ๐๙.๓๐ น. ณ ห้องประชุมภูพาน ศาลากลางจังหวัด ให้นายอำเภอเข้าร่วมประชุมด้วยตนเอง",
          file="สน0018.1-ว24388.pdf")
    c.system(15, "14:02", "invite", "P171", target="P174",
             tags=[F("SKN-2", "ปลัดภูวดล is a deputy district chief (deputy_district_chief), not a coordinating deputy: not "
                     "admitted to ข้อสั่งการ ปค.สน. (palad, district chiefs, coordinating deputies, the office)", who="ปลัดภูวดล"),
                   F("SKN-ALL", "invitee: a deputy district chief, on the roster but not admitted here", who="ปลัดภูวดล"),
                   F("SKN-ALL", "inviter: the district chief of วานรนิวาส invited a person the group does not admit",
                     who="ประยูร ศรีแก้ว นอภ.วานรฯ")])
    c.say(15, "16:15", S,
          "ที่ สน ๐๐๑๘.๒/ว ๒๔๔๐๒ เรื่อง การจัดงานกาชาดและงานเทศกาลปีใหม่ จังหวัดสกลนคร ประจำปี ๒๕๖๘ "
          "ขอให้อำเภอจัดส่งสินค้า OTOP เข้าร่วมจำหน่ายในงาน อำเภอละ ๕ บูธ",
          photos=2, gap=15)
    c.system(15, "17:40", "invite", "P261", target="P262",
             tags=[N("the district chief of โพนนาแก้ว invites his coordinating deputy: ปลัดอำเภอประสานงาน are admitted to "
                     "ข้อสั่งการ ปค.สน., so neither SKN-2 nor SKN-ALL")])

    c.say(16, "08:10", PJ,
          "ข้อสั่งการปลัดจังหวัด\nเน้นย้ำนายอำเภอทุกอำเภอ ติดตามสถานการณ์ภัยหนาวอย่างใกล้ชิด หากอุณหภูมิต่ำกว่า ๘ องศาติดต่อกัน "
          "๓ วัน ให้พิจารณาเสนอประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน",
          tags=[N("the provincial palad's own instruction in ข้อสั่งการ ปค.สน.: the palad heads the office and may post here")])
    c.say(16, "08:14", "ปลัดต้น", "รับทราบครับ",
          tags=[N("\"ปลัดต้น\" is the display name of two roster people (P134 พรรณานิคม, P194 บ้านม่วง), with no LINE id: "
                  "ambiguous, so never judged (no SKN-2 and no SKN-2P)")])
    c.say(16, "08:16", "P191", "🙏",
          tags=[F("SKN-2P", "🙏 alone by the district chief of บ้านม่วง: an acknowledgement, and 🙏 counts as a post")])
    c.say(16, "09:45", SB,
          "ด่วนที่สุด ที่ มท ๐๓๑๐.๑/ว ๘๘๑๒ ลว. ๑๑ ธ.ค. ๖๘ เรื่อง การประชาสัมพันธ์บัตรประจำตัวประชาชนแบบดิจิทัล (D.DOPA) ให้อำเภอประชาสัมพันธ์ "
          "ให้ประชาชนลงทะเบียนแอปพลิเคชัน D.DOPA ผ่านกำนัน ผู้ใหญ่บ้าน",
          photos=4, gap=12)
    c.say(16, "09:47", SB, "แก้ไขค่ะ เลขหนังสือด้านบนที่ถูกต้องคือ ที่ มท ๐๓๑๐.๑/ว ๘๘๒๑ ยึดตามหนังสือในภาพนะคะ",
          tags=[N("the office correcting its own post: the office may post anything here")])
    c.say(16, "11:20", SEC,
          "ที่ สน ๐๐๑๘.๓/ว ๒๔๔๒๐ เรื่อง การป้องกันและปราบปรามยาเสพติด ช่วงเทศกาลปีใหม่ ให้อำเภอบูรณาการ ชุดปฏิบัติการ "
          "ตรวจค้นสถานบริการ และแหล่งมั่วสุม อย่างน้อยสัปดาห์ละ ๒ ครั้ง",
          file="สน0018.3-ว24420.pdf")
    c.say(16, "13:00", S,
          "ที่ สน ๐๐๑๘.๔/ว ๒๔๔๓๑ เรื่อง การตรวจสอบบัญชีรายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ ย้ายภูมิลำเนา "
          "ให้อำเภอตรวจสอบในระบบ ๔ ระบบ แล้วแจ้ง อปท. ภายในวันที่ ๓๐ ธ.ค. ๖๘",
          photos=2, gap=15)
    c.say(16, "13:06", "P182", "ขอบคุณครับ",
          tags=[F("SKN-2P", "thanks by the coordinating deputy of คำตากล้า: chat is a post too, and " + NOT_HERE)])
    c.say(16, "15:40", SB,
          "แจ้งเลื่อนการประชุมคณะกรมการจังหวัด จากวันที่ ๒๕ ธ.ค. ๖๘ เป็นวันศุกร์ที่ ๒๖ ธ.ค. ๖๘ เวลาเดิม สถานที่เดิม",
          photos=1)
    c.say(16, "16:30", PJ, "ขอให้นายอำเภอทุกอำเภอ สำรวจความพร้อมของศูนย์ดำรงธรรมอำเภอ ก่อนการตรวจราชการของผู้ตรวจราชการกระทรวงฯ "
          "วันที่ ๘ ม.ค. ๖๙ ครับ")

    c.say(17, "08:20", S,
          "ที่ สน ๐๐๑๘.๒/ว ๒๔๔๕๐ เรื่อง การจัดกิจกรรมวันเด็กแห่งชาติ ประจำปี ๒๕๖๙ (๑๐ ม.ค. ๖๙) ขอให้อำเภอประสาน อปท. "
          "จัดกิจกรรมในพื้นที่ และสรุปผลส่งจังหวัดภายใน ๑๕ ม.ค. ๖๙",
          file="สน0018.2-ว24450.pdf")
    c.say(17, "08:24", "P212", "รับทราบครับผม จะแจ้ง อปท. ทุกแห่งครับ",
          tags=[F("SKN-2P", "an acknowledgement by the coordinating deputy of สว่างแดนดิน (opens with รับทราบ): members "
                  "may not answer in ข้อสั่งการ ปค.สน.")])
    c.say(17, "10:15", SEC,
          "ด่วน ข่าวกรองแจ้งเตือน มีการลักลอบขนแรงงานต่างด้าวผิดกฎหมาย ผ่านพื้นที่ อ.อากาศอำนวย อ.วานรนิวาส อ.เจริญศิลป์ "
          "ให้ทั้ง ๓ อำเภอ เพิ่มความเข้มข้นจุดตรวจช่วงกลางคืน",
          photos=1)
    c.say(17, "13:45", SB,
          "ที่ สน ๐๐๑๘.๑/ว ๒๔๔๗๐ เรื่อง ขอความร่วมมือสวมเสื้อผ้าไทย ผ้าพื้นถิ่น ทุกวันศุกร์ และแต่งกายชุดผ้าคราม "
          "ในงานเทศกาลปีใหม่ ให้อำเภอแจ้งบุคลากรในสังกัด",
          photos=2, gap=15)
    c.system(17, "15:20", "unsend", SB, text="งานสารบรรณ ปค.สน. (จิราพร) ยกเลิกการส่งข้อความ",
             tags=[N("the office unsending one of its own messages: a system event, no finding")])
    c.say(17, "15:22", SB, "ที่ สน ๐๐๑๘.๑/ว ๒๔๔๘๑ เรื่อง การมอบของขวัญปีใหม่ให้แก่ผู้ด้อยโอกาส ให้อำเภอสำรวจผู้ยากไร้",
          file="สน0018.1-ว24481.pdf")
    return c
