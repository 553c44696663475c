# หน.ส่วนราชการ-นอภ.สน. — heads-chiefs.jsonl
from lib import m, photos, at, name
F = "heads-chiefs.jsonl"
def p6(who, note):
    return [("SKN-6P", name(who), "", note)]

m(F, "10 07:00", "gov", "text",
  "สวัสดีครับหัวหน้าส่วนราชการและนายอำเภอทุกท่าน ขอให้ทุกส่วนราชการบูรณาการช่วยเหลือพื้นที่ประสบอุทกภัยและภัยหนาวในสัปดาห์นี้ และร่วมกันเตรียมงาน OTOP ๒๑-๒๗ พ.ย. ครับ",
  nm="the governor's message and direction, allowed")
m(F, "10 07:10", "h_ppb", "text", "รับทราบครับท่านผู้ว่าฯ")
m(F, "10 07:12", "h_pch", "text", "รับทราบค่ะท่าน 🙏")
m(F, "10 07:15", "chief_sawang", "sticker", att="sticker_ok_salute")
m(F, "10 09:30", "h_kaset", "text",
  "สำนักงานเกษตรจังหวัดสกลนคร ขอรายงานผลการดำเนินงานช่วยเหลือเกษตรกรผู้ประสบอุทกภัย ปี ๖๘ สำรวจความเสียหายนาข้าวแล้ว ๑๒,๔๕๐ ไร่ เกษตรกร ๓,๒๑๐ ราย "
  "ส่งข้อมูลขอรับการช่วยเหลือแล้ว ๙๒% ครับ",
  truth=p6("h_kaset", "an agency head posts the results of his office's work"))
photos(F, "10 09:31", "h_kaset", 2, "kaset_flood_results")
m(F, "10 10:05", "h_pch", "text",
  "📣 ขอเชิญหัวหน้าส่วนราชการ นายอำเภอ และครอบครัว เที่ยวงาน \"OTOP สกลนคร ๒๕๖๘\" ๒๑-๒๗ พ.ย. ๖๘ ณ สนามกีฬากลางจังหวัด สินค้าผ้าย้อมคราม ผ้าไหม อาหารพื้นถิ่นกว่า ๓๐๐ บูธค่ะ",
  nm="an agency's invitation to its event (pr): not a report or result")
m(F, "10 10:06", "h_pch", "image", att="IMG_20251110_OTOP_poster.jpg")
m(F, "10 11:20", "h_pmj", "text",
  "ขอความอนุเคราะห์นายอำเภอทุกอำเภอ แจ้งข้อมูลผู้สูงอายุติดเตียงและผู้พิการที่อยู่ลำพังในพื้นที่ ให้ พมจ.สน. ทางอีเมล skn-pmj@skn-agency.example ภายในวันศุกร์นี้ค่ะ เพื่อจัดสรรผ้าห่มและเครื่องอุปโภค",
  nm="an agency's data request (asked to be sent by e-mail): not a report or result")
m(F, "10 11:40", "chief_phangkhon", "text",
  "พมจ. ครับ อ.พังโคน ผู้สูงอายุติดเตียง ๓๔ ราย ผู้พิการอยู่ลำพัง ๑๙ ราย ส่งรายชื่อทางอีเมลแล้วครับ",
  truth=p6("chief_phangkhon", "a district chief posts his district's figures (a report) in the group"))
m(F, "10 11:45", "h_pmj", "text", "ขอบคุณค่ะท่านนายอำเภอ 🙏")
m(F, "10 14:30", "s_pch", "text", "ต่าย พช.สน. ค่ะ ฝากประชาสัมพันธ์ตลาดนัด OTOP ทุกวันศุกร์ ลานศาลากลาง เริ่มศุกร์นี้ค่ะ 🛍️",
  truth=[("SKN-6", name("s_pch"), "", "a clerk of an agency is in the heads' group in place of the head (first appearance)")])
m(F, "10 16:00", "h_ppb", "text",
  "⚠️ ปภ.สน. แจ้งเตือน ช่วง ๑๓-๑๖ พ.ย. ๖๘ อุณหภูมิลดลง ๓-๕ องศา มีลมแรง ขอให้ประชาชนระวังอัคคีภัยจากการก่อกองไฟผิง และดูแลสุขภาพผู้สูงอายุและเด็กเล็กครับ",
  nm="an agency's warning: information, not a report or result")
m(F, "10 16:02", "h_ppb", "image", att="IMG_20251110_ppb_cold_warning.jpg")

m(F, "11 08:15", "h_cul", "text",
  "🎉 สำนักงานวัฒนธรรมจังหวัดสกลนคร ได้รับรางวัลหน่วยงานส่งเสริมวัฒนธรรมดีเด่น ระดับภาค ประจำปี ๒๕๖๘ ขอขอบคุณทุกภาคส่วนที่ร่วมสนับสนุนค่ะ 🙏",
  truth=p6("h_cul", "an agency announces its own award (achievement)"))
photos(F, "11 08:16", "h_cul", 3, "cul_award")
m(F, "11 08:20", "chief_nikhom", "text", "ยินดีด้วยค่ะ 👏", nm="congratulations: chat")
m(F, "11 08:22", "h_tour", "text", "ยินดีด้วยครับพี่ 🎉")
m(F, "11 08:30", "h_kaset", "system", ev="invite", target="สมบูรณ์ การเกษตร 🌱",
  truth=[("OUTSIDER", "สมบูรณ์ การเกษตร 🌱", "", "not on the roster; added by " + name("h_kaset"))])
m(F, "11 08:35", None, "text", "สวัสดีครับ ร้านสมบูรณ์การเกษตร ยินดีให้บริการปุ๋ยและเมล็ดพันธุ์ครับ", disp="สมบูรณ์ การเกษตร 🌱")
m(F, "11 08:50", "gov", "text", "ท่านเกษตรจังหวัดครับ กลุ่มนี้สำหรับหัวหน้าส่วนราชการเท่านั้น ขอให้นำบุคคลภายนอกออกด้วยครับ", nm="the governor's direction, allowed")
m(F, "11 08:55", "h_kaset", "system", ev="remove", target="สมบูรณ์ การเกษตร 🌱")
m(F, "11 08:56", "h_kaset", "text", "ขออภัยครับท่าน กดเพิ่มผิดกลุ่มครับ 🙏")
m(F, "11 10:00", "h_prd", "text",
  "ประชาสัมพันธ์จังหวัดขอประชาสัมพันธ์ รายการ \"สกลนครวันนี้\" สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดสกลนคร FM 99.5 เชิญส่วนราชการส่งข่าวกิจกรรมมาออกอากาศได้ครับ "
  "และฝากกดไลค์ กดแชร์เพจ \"ประชาสัมพันธ์จังหวัดสกลนคร\" ด้วยครับ 🙏", nm="publicity (pr): not a report or result")
m(F, "11 13:30", "h_tour", "text",
  "ขอเชิญชมงาน \"ปั่นจักรยานชมวิวหนองหาร ต้อนรับลมหนาว\" วันอาทิตย์ที่ ๑๖ พ.ย. ๖๘ เวลา ๐๖.๐๐ น. จุดปล่อยตัวสวนสาธารณะสระพังทอง ครับ 🚴",
  nm="a peer invitation to a sports event (pr): not a report or result")
m(F, "11 15:10", "chief_wanon", "text", "สอบถาม สสจ. ครับ ช่วงนี้มีรายงานผู้ป่วยไข้หวัดใหญ่เพิ่มขึ้นหรือไม่ครับ จะได้ประชาสัมพันธ์ในพื้นที่",
  nm="a question: not a report or result")
m(F, "11 15:30", "h_sso", "text", "ตอบนายอำเภอวานรนิวาสครับ มีแนวโน้มเพิ่มขึ้นตามฤดูกาล ขอให้ประชาสัมพันธ์ล้างมือ สวมหน้ากากเมื่อป่วย ผู้สูงอายุรับวัคซีนได้ที่ รพ.สต. ทุกแห่งครับ",
  nm="an agency head's answer and health advice: information, not a report of his office's work")

m(F, "12 07:20", "s_ppb", "text",
  "ฝ่ายป้องกัน ปภ.สน. แจ้งเตือนครับ ระดับน้ำในลำน้ำยามเริ่มลดลง แต่ยังขอให้อำเภอวาริชภูมิและพังโคนเฝ้าระวังคันดินริมน้ำครับ",
  truth=[("SKN-6", name("s_ppb"), "", "the deputy of an agency head (staff) is in the heads' group in place of the head (first appearance)")])
m(F, "12 09:00", "h_pasu", "text",
  "ปศุสัตว์จังหวัดสกลนคร ขอรายงานผลการฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค-กระบือ รอบที่ ๒/๒๕๖๘ ดำเนินการแล้ว ๘๕,๒๐๐ ตัว คิดเป็น ๙๑% ของเป้าหมายครับ",
  truth=p6("h_pasu", "an agency head reports his office's performance"))
m(F, "12 09:01", "h_pasu", "file", att="ผลการฉีดวัคซีน_FMD_รอบ2_68.pdf")
m(F, "12 10:30", "gov", "text",
  "ขอให้ส่วนราชการที่เกี่ยวข้องสนับสนุนอำเภอในการแจกผ้าห่มกันหนาว โดยเฉพาะ พมจ. อบจ. และ สสจ. ลงพื้นที่ร่วมกับอำเภอครับ", nm="the governor's order, allowed")
m(F, "12 10:33", "h_pmj", "text", "รับทราบค่ะท่าน")
m(F, "12 10:34", "h_sso", "text", "รับทราบครับท่าน")
m(F, "12 10:36", "dep_phonna_1", "text", "รับทราบครับ (ปลัดวิชิต แทน นอภ.โพนนาแก้ว)",
  truth=[("SKN-6", name("dep_phonna_1"), "", "a deputy district chief posting in place of the chief: heads must join in person (first appearance)")])
m(F, "12 13:45", "h_com", "text",
  "พาณิชย์จังหวัดแจ้งเพื่อทราบครับ จุดรับซื้อข้าวเปลือกของโรงสีและสหกรณ์ในจังหวัด ๑๒ จุด เปิดรับซื้อตั้งแต่ ๑๕ พ.ย. ๖๘ รายชื่อและที่ตั้งตามภาพครับ",
  nm="an agency's information to the group (where to sell rice): an announcement, not a result of work done")
m(F, "12 13:46", "h_com", "image", att="IMG_20251112_rice_buying_points.jpg")
m(F, "12 16:20", "chief_khamta", "text", "ขอบคุณพาณิชย์จังหวัดครับ จะแจ้งกำนันผู้ใหญ่บ้านให้ครับ")

m(F, "13 08:40", "h_sso", "text",
  "สสจ.สกลนคร รายงานผลการคัดกรองสุขภาพผู้ประสบภัยหลังน้ำลด ๙ อำเภอ คัดกรองแล้ว ๔,๘๗๐ ราย พบโรคน้ำกัดเท้า ๖๑๒ ราย ไข้หวัด ๓๓๐ ราย ส่งต่อ ๑๘ ราย ครับ",
  truth=p6("h_sso", "an agency head posts his office's performance results"))
photos(F, "13 08:41", "h_sso", 2, "sso_screening")
m(F, "13 09:20", "h_lab", "text", "ขอแสดงความยินดีกับวัฒนธรรมจังหวัดย้อนหลังครับ 🎉 และขอบคุณ สสจ. ที่ดูแลพี่น้องประชาชนครับ", nm="congratulations and thanks: chat")
m(F, "13 11:00", "h_tsj", "text",
  "ทสจ.สน. ขอความร่วมมือนายอำเภอทุกอำเภอ แจ้งเตือนประชาชนงดเก็บหาของป่าและก่อไฟในเขตป่าสงวนช่วงหน้าหนาว เพื่อป้องกันไฟป่าครับ",
  nm="an agency's request for cooperation and warning: not a report or result")
m(F, "13 15:40", "chief_banmuang", "text",
  "อ.บ้านม่วง ขอรายงานผลการแจกผ้าห่มกันหนาวโครงการปันความอุ่นฯ ชุดที่ ๑ จำนวน ๓๐๐ ผืน ให้ผู้สูงอายุอยู่ลำพัง ๕ ตำบล เรียบร้อยแล้วครับ",
  truth=p6("chief_banmuang", "a district chief posts the result of his district's work"))
photos(F, "13 15:41", "chief_banmuang", 2, "banmuang_blanket_hc")
m(F, "13 16:00", "gov", "text", "ขอบคุณทุกอำเภอที่ช่วยเหลือประชาชนครับ ขอให้รายงานผลผ่านระบบของจังหวัดนะครับ กลุ่มนี้งดรายงานครับ",
  nm="the governor's thanks and reminder of the group rule, allowed")

m(F, "14 07:45", "h_ppb", "text", "⚠️ เช้านี้อุณหภูมิต่ำสุดยอดภูพาน ๘.๕ องศา ปภ.สน. ขอให้อำเภอภูพาน กุดบาก ส่องดาว ดูแลนักท่องเที่ยวและกลุ่มเปราะบางครับ",
  nm="an agency's weather warning: information, not a report")
m(F, "14 09:30", "h_tour", "text", "ท่องเที่ยวและกีฬาจังหวัด สอบถามนายอำเภอภูพานครับ ช่วงสุดสัปดาห์นี้ลานกางเต็นท์ในพื้นที่รองรับได้ประมาณกี่คนครับ",
  nm="a question: not a report")
m(F, "14 09:45", "chief_phuphan", "text", "ประมาณ ๘๐๐ คนครับ ถ้าเกินจะประสานอุทยานเปิดลานสำรองครับ",
  nm="a chief's answer to a question: information, not a report of work done")
m(F, "14 10:15", "h_pch", "text", "ฝากประชาสัมพันธ์ค่ะ 🙏 เปิดรับบริจาคผ้าห่มกันหนาวที่ สนง.พัฒนาชุมชนจังหวัด ทุกวันทำการ ถึง ๓๐ พ.ย. ๖๘", nm="publicity (pr): not a report or result")
m(F, "14 11:00", "h_lab", "system", ev="leave")
m(F, "14 14:00", "gov", "text", "ขอให้ทุกส่วนราชการแต่งกายไว้ทุกข์ในงาน OTOP ตามประกาศ และขอให้ทุกท่านพักผ่อนวันหยุดครับ", nm="the governor's order and courtesy, allowed")
m(F, "14 14:05", "h_cul", "text", "รับทราบค่ะท่าน 🪷")
m(F, "14 14:06", "chief_mueang", "text", "รับทราบครับ")
