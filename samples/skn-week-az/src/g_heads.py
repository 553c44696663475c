# หน.ส่วนราชการ-นอภ.สน. (heads-chiefs-export.txt, a Thai-UI phone export): heads of agencies and district
# chiefs in person; no reports or performance results (งดการส่งรายงาน หรือผลการปฏิบัติงานต่างๆ).
from chat import Chat, F, N
from week import MON, TUE, WED, THU, FRI

c = Chat("หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs-export.txt", export=True)
BIDI = "\u2068นอภ.ส่องดาว 🌳\u2069"


def s(day, hm, who, text=None, why=None, photos=0, tags=(), name=None):
    t = list(tags) + ([N(why)] if why else [])
    if text is None and not photos:
        return c.sticker(day, hm, who, tags=t, name=name)
    return c.say(day, hm, who, text, photos=photos, tags=t, name=name)


P6 = lambda note: [F("SKN-6P", note)]
s(MON, "07:20", "P001", "เรียนหัวหน้าส่วนราชการและนายอำเภอทุกท่าน\nวันที่ ๕ ธ.ค. ขอให้ทุกส่วนราชการร่วมกิจกรรมจิตอาสาทำความดี "
  "และพิธีจุดเทียนชัยที่ศาลากลาง โดยพร้อมเพรียงกันครับ", why="the governor's order in หน.ส่วนราชการ-นอภ.สน.: allowed")
s(MON, "07:24", "P022", "รับทราบครับท่าน")
s(MON, "07:25", "P014")
s(MON, "07:30", "P131", "รับทราบครับ")
s(MON, "08:15", "P011", "ประชาสัมพันธ์จังหวัดขอเชิญชวนประชาชนร่วมลงนามถวายพระพร ที่ศาลากลางจังหวัด ๑-๕ ธ.ค. ๖๙ ครับ", photos=1,
  why="an agency head's public notice (PR): not a report or performance result")
s(MON, "09:40", "P015", "สสจ.สน. เตือนภัยหนาว ผู้สูงอายุและเด็กเล็กระวังโรคปอดอักเสบ ไข้หวัดใหญ่ ครับ", photos=2,
  why="health advice (PR) by an agency head: not a report")
s(MON, "10:05", "P012", "ผลการดำเนินงานโครงการส่งเสริมการปลูกพืชหลังนา ปี ๒๕๖๙ ของสำนักงานเกษตรจังหวัด ดำเนินการแล้ว ๑๘ อำเภอ "
  "พื้นที่ ๔,๒๐๐ ไร่ เกษตรกร ๑,๓๕๐ ราย ครับ", photos=3,
  tags=P6("an agency's performance result posted in the group (ผลการดำเนินงาน…): งดการส่งรายงานหรือผลการปฏิบัติงาน"))
s(MON, "10:30", "P023", "ขออนุญาตแจ้งแทนเกษตรจังหวัดครับ ภาพกิจกรรมเพิ่มเติมครับ", photos=2,
  tags=[F("SKN-6", "a member of staff (role staff) of the agriculture office posting in the heads' group in the head's place (heads must join in person); first post")])
s(MON, "13:00", "P191", "ขอเชิญหัวหน้าส่วนราชการร่วมงานบุญกฐินสามัคคี วัดป่าบ้านม่วง วันอาทิตย์ที่ ๖ ธ.ค. ครับ", photos=1,
  why="a district chief's event invitation (PR): not a report")
s(MON, "13:05", "P019", "อนุโมทนาบุญค่ะ 🙏")
s(MON, "15:10", "P020", "สำนักงานแรงงานจังหวัดรับสมัครงานตำแหน่งว่าง ๓๒๐ อัตรา วันที่ ๘ ธ.ค. ฝากประชาสัมพันธ์ด้วยครับ", photos=1,
  why="an agency head's notice (job fair PR): not a report")
s(TUE, "07:00", "P002", "สวัสดีครับ วันนี้อุณหภูมิลดลงมาก ฝากทุกส่วนราชการสนับสนุนผ้าห่มให้อำเภอในพื้นที่สูงครับ",
  why="a vice governor's order: allowed")
s(TUE, "07:05", "P017", "ปภ.สน. รับทราบครับ")
s(TUE, "07:06", "P013", "รับทราบครับท่าน")
c.system(TUE, "08:50", "invite", "P018", target="P025",
         tags=[F("SKN-6", "invitee is the environment office's deputy (role staff): heads must join in person", who="รอง ทสจ.สน. วรวุฒิ"),
               F("SKN-ALL", "roster person not admitted to this group, invited", who="รอง ทสจ.สน. วรวุฒิ"),
               F("SKN-ALL", "inviter of a roster person not admitted to this group", who="ทสจ.สน. เกรียงไกร")])
s(TUE, "08:55", "P025", "สวัสดีครับ วรวุฒิ รอง ทสจ. ครับ เข้ามาประสานแทนท่านครับ")
s(TUE, "09:30", "P221", "ส่องดาวขอขอบคุณ ปภ.สน. ที่สนับสนุนผ้าห่ม ๒๐๐ ผืนครับ 🙏", name=BIDI,
  why="sender name wrapped in invisible bidi isolate characters (U+2068/U+2069): the district chief of ส่องดาว; courtesy, not a report")
s(TUE, "10:20", "P016", "ขอแสดงความยินดีกับ ศธจ.สน. ที่ได้รับรางวัลหน่วยงานดีเด่นด้านการส่งเสริมการอ่าน ระดับประเทศ ประจำปี ๒๕๖๙ ค่ะ 🏆", photos=2,
  tags=P6("an agency's own achievement (award) posted by its head: งดการส่งรายงานหรือผลการปฏิบัติงาน"))
s(TUE, "10:25", "P101", "ยินดีด้วยครับ 🎉")
s(TUE, "10:26", "P021", "ยินดีด้วยค่ะ")
s(TUE, "11:30", "P014", "ท้องถิ่นจังหวัดแจ้ง อปท. ทุกแห่งเตรียมงบช่วยเหลือภัยหนาวแล้ว หากอำเภอต้องการข้อมูลติดต่อได้ครับ",
  why="an agency head's information: not a report or result")
s(TUE, "14:00", "P011", "ข่าวประชาสัมพันธ์: จังหวัดสกลนครจัดงานกาชาดและงานฤดูหนาว ๑๑-๒๐ ธ.ค. ๖๙ ณ สนามกีฬากลาง", photos=2,
  why="the PR office forwarding its news item: not a performance report")
s(TUE, "14:05", "P241", "👍")
s(TUE, "16:00", "P001", "ขอบคุณทุกส่วนราชการครับ ช่วงวันหยุดยาวขอให้หัวหน้าส่วนราชการจัดเวรดูแลสถานที่ราชการด้วยครับ",
  why="the governor's order: allowed")
s(TUE, "16:02", "P012", "รับทราบครับท่าน")
s(TUE, "16:03", "P171", "รับทราบครับ")
s(TUE, "16:04", "P020")
s(WED, "07:30", "P003", "สวัสดีค่ะ วันนี้ดิฉันลงพื้นที่พรรณานิคม กุสุมาลย์ ท่านใดมีธุระติดต่อเลขาได้ค่ะ", why="a vice governor's information: allowed")
s(WED, "09:00", "P101", "รายงานผลการจัดกิจกรรมจิตอาสาพัฒนา อำเภอเมืองสกลนคร สัปดาห์ที่ผ่านมา ๑๒ จุด จิตอาสา ๘๕๐ คน ครับ", photos=3,
  tags=P6("a district's performance report (รายงานผลการจัดกิจกรรม) posted by a district chief"))
s(WED, "10:15", "P019", "พมจ.สน. ขอความร่วมมืออำเภอแจ้งผู้สูงอายุที่อยู่ลำพัง ให้ติดต่อสายด่วน ๑๓๐๐ ได้ตลอด ๒๔ ชม. ค่ะ",
  why="an agency head's public notice: not a report")
# outsider added by an agency head
c.system(WED, "13:20", "invite", "P011", target="อ้อม ข่าวสกล TV",
         tags=[F("OUTSIDER", "not on the roster; added by ปชส.สกลนคร สุรเชษฐ์ (agency head)", who="อ้อม ข่าวสกล TV")])
s(WED, "13:25", "อ้อม ข่าวสกล TV", "สวัสดีค่ะ อ้อมจากสกล TV ค่ะ ขอรับข่าวงาน ๕ ธ.ค. ด้วยนะคะ")
s(WED, "13:40", "P011", "อ้อมเป็นสื่อมวลชนท้องถิ่นครับ ช่วยเผยแพร่ข่าวจังหวัดครับ", why="an agency head's explanation: chat")
s(WED, "15:00", "P151", "ขอแสดงความเสียใจกับครอบครัวผู้เสียชีวิตจากอุบัติเหตุบนทางหลวง ๒๒ ครับ", why="condolence: chat")
s(WED, "16:30", "P013", "ขอเชิญชวนอุดหนุนสินค้า OTOP ผ้าย้อมคราม ในงานกาชาด บูธพัฒนาชุมชนครับ", photos=2,
  why="a sales invitation (PR) by an agency head: not a report or result")
s(THU, "07:10", "P015", "ผลการดำเนินงานคัดกรองผู้สูงอายุกลุ่มเสี่ยงภัยหนาว สสจ.สน. ณ วันที่ ๒ ธ.ค. คัดกรองแล้ว ๑๒,๔๐๐ ราย "
  "ร้อยละ ๘๗ ของเป้าหมาย ครับ", photos=1,
  tags=P6("an agency's progress result (ผลการดำเนินงาน…ร้อยละ…ของเป้าหมาย) posted by its head"))
s(THU, "07:40", "P181", "ขอบคุณครับ")
s(THU, "09:00", "P004", "ฝากทุกส่วนราชการตรวจความพร้อมบุคลากรที่จะร่วมพิธีวันเสาร์ด้วยครับ", why="a vice governor's order: allowed")
s(THU, "09:02", "P022", "รับทราบครับ")
s(THU, "09:03", "P016")
s(THU, "11:20", "P017", "ปภ.สน. แจ้งเตือน ช่วงวันหยุดยาว ๕-๗ ธ.ค. ขอให้ประชาชนขับขี่ปลอดภัย ระวังหมอกหนาบนทางหลวงครับ", photos=1,
  why="a public warning (PR) by an agency head: not a report")
s(THU, "13:30", "P018", "ทสจ.สน. เตือนไฟป่า งดเผาในที่โล่งครับ", why="an agency head's warning: not a report")
s(THU, "15:50", "P241", "ขอเชิญร่วมงานประเพณีบุญคูณลาน อำเภอโคกศรีสุพรรณ วันที่ ๑๒ ธ.ค. ครับ", photos=1,
  why="a district chief's festival invitation (PR): not a report or result")
s(THU, "16:10", "P021", "แจ้งส่วนราชการ เร่งรัดการเบิกจ่ายงบไตรมาส ๑ ก่อนวันที่ ๑๘ ธ.ค. ค่ะ", why="an agency head's notice: not a report")
s(FRI, "07:00", "P001", "เรียนทุกท่าน พรุ่งนี้พิธีเริ่ม ๐๗.๐๐ น. ขอให้หัวหน้าส่วนราชการมาด้วยตนเองครับ", why="the governor's order: allowed")
s(FRI, "07:02", "P101", "รับทราบครับท่าน")
s(FRI, "07:03", "P011", "รับทราบครับ")
s(FRI, "07:04", "P019", "รับทราบค่ะ 🙏")
s(FRI, "07:05", "P014")
s(FRI, "07:10", "P221", "รับทราบครับ", name=BIDI)
s(FRI, "09:30", "P025", "ทสจ. จะส่งผู้แทนร่วมพิธีครับ")
s(FRI, "11:00", "P022", "สำนักงานจังหวัดแจ้ง ที่จอดรถวันเสาร์ ใช้ลานจอดด้านหลังศาลากลางครับ", photos=1,
  why="traffic information: not a report")
s(FRI, "14:00", "P012", "ขอเชิญชวนซื้อข้าวเหนียวเขาวงจากเกษตรกรสกลนคร ที่ตลาดเกษตรกรหน้าศาลากลาง ทุกวันศุกร์ครับ", photos=2,
  why="a sales invitation (PR) by an agency head: not a report")
s(FRI, "16:45", "P002", "ขอบคุณทุกท่านครับ วันหยุดยาวเดินทางปลอดภัยครับ 🙏", why="courtesy by a vice governor")
s(FRI, "16:50", "P131")
s(FRI, "17:00", "P151", "ขอบคุณครับท่าน")

s(MON, "16:00", "P121", "ขอบคุณ สสจ. ครับ กุดบากจะแจ้ง อสม. ทุกหมู่บ้านครับ", why="thanks by a district chief: not a report")
s(MON, "16:10", "P161", "🙏")
s(TUE, "17:00", "P211", "ขอเชิญร่วมงานกาชาดอำเภอสว่างแดนดิน ๘-๑๒ ธ.ค. ครับ", photos=1, why="a district chief's festival invitation (PR)")
s(WED, "08:00", "P231", "สวัสดีครับ เต่างอยเช้านี้ ๙ องศาครับ", photos=1, why="chat with a photo of the weather: not a report")
s(WED, "08:05", "P017", "ปภ. สนับสนุนผ้าห่มเพิ่มได้ครับ ประสานมาได้เลย", why="an agency head's offer: not a report")
s(THU, "10:00", "P271", "ภูพานขอบคุณทุกส่วนราชการที่สนับสนุนผ้าห่มครับ 🙏", photos=2, why="thanks with photos: courtesy, not a performance report")
s(THU, "10:05", "P013", "ยินดีครับ")
s(THU, "17:30", "P020", "ขอแสดงความเสียใจกับครอบครัวเจ้าหน้าที่แรงงานที่เสียชีวิตค่ะ ขอให้ดวงวิญญาณไปสู่สุคติ", why="condolence with ขอให้: courtesy")
s(FRI, "12:30", "P016", "ศธจ.สน. แจ้งโรงเร็ยนหยุดวันที่ ๗ ธ.ค. ตามวันหยุดชดเชยค่ะ", why="an agency head's notice (with a typo): not a report")


def build():
    return c
