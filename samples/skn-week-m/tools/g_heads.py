# หน.ส่วนราชการ-นอภ.สน. - governor, vice governors, agency heads, district chiefs; no reports here
from dsl import msg, photos, sticker, pdf, sysmsg

H = 'heads-districts.jsonl'
REPORTER = ('outsider', 'นก ข่าวสกลนครวันนี้', 'Ua81c4e2f6b0d9357c1e8f2a4b6d0c9e7')
NM_GOV = "the governor's news / order: this group is for him to send to heads and chiefs"
NM_PR = "an agency head's invitation (pr), not a report or performance result"
NM_CT = 'courtesy / thanks that uses order or result words, not a report'


def p6(why):
    return [('SKN-6P', why)]


# Monday 5 January
msg(H, 5, '06:50:00', 'gov', 'สวัสดีปีใหม่ ๒๕๖๙ ครับ หัวหน้าส่วนราชการและนายอำเภอทุกท่าน ขอให้ปีนี้เป็นปีแห่งการทำงานเพื่อพี่น้องประชาชนอย่างมีความสุขครับ')
msg(H, 5, '06:54:18', 'h_health', 'สวัสดีปีใหม่ครับท่านผู้ว่าฯ 🙏')
msg(H, 5, '06:58:02', 'h_prd', 'สวัสดีปีใหม่ครับ')
msg(H, 5, '07:05:40', 'c_kusuman', 'สวัสดีปีใหม่ครับท่าน')
sticker(H, 5, '07:06:30', 'h_edu')
msg(H, 5, '09:00:00', 'gov',
    'ข้อสั่งการ ผวจ.สน. ช่วงต้นปี ๒๕๖๙\n๑) ภัยหนาว: ปภ. พมจ. สสจ. และทุกอำเภอ บูรณาการดูแลกลุ่มเปราะบาง\n๒) ไฟป่า: ทสจ. ศูนย์ป่าไม้ และอำเภอที่ติดเทือกเขาภูพาน ตั้งจุดเฝ้าระวัง งดเผาเด็ดขาด\n๓) วันเด็ก ๑๐ ม.ค.: ศธจ. และทุกอำเภอดูแลความปลอดภัย\n๔) ตรุษจีน: พาณิชย์จังหวัดตรวจราคาสินค้า แขวงทางหลวงดูแลเส้นทาง\nขอให้ทุกหน่วยถือปฏิบัติครับ',
    nm=NM_GOV)
msg(H, 5, '09:03:12', 'h_dpm', 'รับทราบครับท่าน')
msg(H, 5, '09:03:50', 'h_com', 'รับทราบค่ะท่าน')
msg(H, 5, '09:04:33', 'c_wanon', 'รับทราบครับ')
msg(H, 5, '09:05:10', 'h_hwy', 'รับทราบครับ')
msg(H, 5, '11:20:36', 'h_env',
    'ทสจ.สกลนคร รายงานผลการจัดทำแนวกันไฟ ช่วงวันที่ ๒–๔ ม.ค. ๖๙ ดำเนินการแล้ว ๑๒ กม. ใน ๔ อำเภอ ลาดตระเวนร่วมกับ อปท. ๒๐ ครั้งครับ',
    f=p6("an agency head posts his office's performance results"))
photos(H, 5, '11:21:10', 'h_env', 3, stem='env')
msg(H, 5, '13:40:09', 'h_tour',
    'ขอเชิญชวนหัวหน้าส่วนราชการและนายอำเภอร่วมงานวิ่ง "สกลนครมินิมาราธอน ต้านภัยหนาว" วันอาทิตย์ที่ ๒๕ ม.ค. ๖๙ รายได้มอบผ้าห่มแก่ผู้ยากไร้ สมัครได้ที่ลิงก์ครับ 🏃',
    nm=NM_PR)
msg(H, 5, '15:10:27', 'st_env',
    'เรียนท่านผู้ว่าฯ ทสจ. ขอแจ้งจุดความร้อนวันนี้ ๓ จุด อ.ภูพาน ๒ จุด อ.กุดบาก ๑ จุด ค่ะ',
    f=[('SKN-6', "a deputy of an agency head (role staff) is in the group in the head's place; heads must join in person; first post")])
msg(H, 5, '19:20:44', 'h_soc', 'แจ้งข่าวค่ะ พมจ. เปิดศูนย์รับบริจาคเสื้อผ้ากันหนาว ณ ศาลากลางจังหวัด ตั้งแต่วันนี้ถึง ๓๑ ม.ค. ค่ะ',
    nm='news of a donation point (information), not a report of results')

# Tuesday 6 January
sysmsg(H, 6, '08:05:26', 'h_com', 'invite', 'พาณิชย์จังหวัด รัชนี เพิ่ม พีรพล พณ.สน. เข้ากลุ่ม', target='พีรพล พณ.สน.',
       f=[('SKN-ALL', "a member of the commerce office's staff (role staff) is on the roster but not admitted: the invitee", 'พีรพล พณ.สน.'),
          ('SKN-ALL', 'the commerce head invited a roster person who is not admitted: the inviter', 'พาณิชย์จังหวัด รัชนี')])
msg(H, 6, '08:30:00', 'vg1',
    'ฝากพาณิชย์จังหวัด และทุกอำเภอ ออกตรวจตลาดนัดและร้านค้าช่วงก่อนตรุษจีน ป้องกันการขึ้นราคาสินค้าครับ', nm="a vice governor's order")
msg(H, 6, '08:32:17', 'h_com', 'รับทราบค่ะท่านรองฯ')
sysmsg(H, 6, '10:12:40', REPORTER, 'join', 'นก ข่าวสกลนครวันนี้ เข้าร่วมกลุ่มผ่านลิงก์เชิญ',
       f=[('OUTSIDER', 'a reporter not on the roster joins by invitation link')])
msg(H, 6, '10:15:05', REPORTER, 'สวัสดีครับ ขอสอบถามยอดผู้เสียชีวิตช่วงปีใหม่ของสกลนครครับ จะนำเสนอข่าวครับ')
msg(H, 6, '10:20:31', 'h_prd', 'คุณนกครับ กลุ่มนี้เป็นกลุ่มภายในของส่วนราชการ ขอเชิญติดต่อประชาสัมพันธ์จังหวัดโดยตรงนะครับ')
sysmsg(H, 6, '10:25:00', REPORTER, 'leave', 'นก ข่าวสกลนครวันนี้ ออกจากกลุ่ม')
msg(H, 6, '13:15:52', 'h_agr',
    'สำนักงานเกษตรจังหวัดสกลนคร ได้รับรางวัลหน่วยงานดีเด่นด้านการส่งเสริมเกษตรกรรุ่นใหม่ ระดับเขต ประจำปี ๒๕๖๘ ขอบคุณทุกภาคส่วนครับ 🏆',
    f=p6("an agency's own achievement (an award): the letter's ban covers performance results"))
photos(H, 6, '13:16:30', 'h_agr', 2, stem='award')
msg(H, 6, '13:20:08', 'gov', 'ยินดีด้วยครับ')
msg(H, 6, '16:45:14', 'st_health',
    'ประชาสัมพันธ์ สสจ.สน. ขอเชิญชวนผู้สูงอายุรับวัคซีนไข้หวัดใหญ่ฟรี ที่ รพ.สต. ทุกแห่ง ถึง ๒๘ ก.พ. ๖๙ ค่ะ',
    f=[('SKN-6', "a clerk of the health office (role staff) posts in the head's place; heads must join in person; first post")])

# Wednesday 7 January
msg(H, 7, '07:45:00', 'vg3', 'ขอต้อนรับ ผอ.ศูนย์ป่าไม้สกลนคร ท่านใหม่ครับ เดี๋ยวผมเพิ่มเข้ากลุ่มนะครับ')
sysmsg(H, 7, '07:46:20', 'vg3', 'invite', 'Anucha W. เพิ่ม ผอ.ศูนย์ป่าไม้สกลนคร เข้ากลุ่ม', target='ผอ.ศูนย์ป่าไม้สกลนคร',
       nm='a vice governor adds a new agency head: an eligible invitee, no SKN-ALL')
msg(H, 7, '07:50:33', 'h_forest', 'ขอบคุณครับท่าน ยินดีที่ได้ร่วมงานกับทุกท่านครับ 🙏')
msg(H, 7, '10:05:18', 'h_dpm',
    'ปภ.สกลนคร รายงานผลการแจกจ่ายผ้าห่มกันหนาว ณ วันที่ ๖ ม.ค. ๖๙ รวม ๕,๒๐๐ ผืน ครอบคลุม ๑๘ อำเภอ ครับ',
    f=p6('an agency head posts the results of his work (blankets handed out)'))
msg(H, 7, '11:30:40', 'c_taongoi',
    'แจ้งเหตุครับ เวลา ๑๑.๐๐ น. เกิดเหตุไฟไหม้ยุ้งข้าวราษฎร บ้านโคกสูง ต.เต่างอย เสียหาย ๑ หลัง ไม่มีผู้บาดเจ็บ อยู่ระหว่างประสาน ปภ. ช่วยเหลือครับ',
    nm="a district chief's incident notice: an urgent notice, not a report of performance results")
msg(H, 7, '11:33:15', 'h_dpm', 'ปภ. จะประสานทีมลงพื้นที่ให้ครับท่าน')
msg(H, 7, '14:10:26', 'h_soc',
    'ขอบคุณทุกอำเภอที่ร่วมดำเนินการแจกผ้าห่มให้กลุ่มเปราะบางค่ะ ขอให้ทุกท่านดูแลสุขภาพในช่วงอากาศหนาวนะคะ', nm=NM_CT)
msg(H, 7, '16:35:51', 'c_wanon',
    'อำเภอวานรนิวาสขอรายงานผลการเตรียมงานวันเด็ก ประชุมคณะทำงานแล้ว ๒ ครั้ง เตรียมของขวัญ ๒,๕๐๐ ชุด ทุนการศึกษา ๒๐ ทุนครับ',
    f=p6("a district chief posts his district's preparation results"))
msg(H, 7, '20:00:07', 'h_cul', 'สวัสดีตอนค่ำค่ะ ขอเชิญร่วมงาน "เทศกาลตรุษจีนสกลนคร" ๑๔–๑๗ ก.พ. ๖๙ ณ ถนนสุขเกษม ค่ะ 🏮', nm=NM_PR)

# Thursday 8 January
msg(H, 8, '07:20:00', 'vg2',
    'ข้อสั่งการ รรท.ผวจ. ขอให้ส่วนราชการที่มีบุคลากรทางการแพทย์ สสจ. และ รพ. จัดทีมประจำจุดงานวันเด็กทุกอำเภอค่ะ', nm="a vice governor's order")
msg(H, 8, '07:24:32', 'h_health', 'รับทราบครับท่าน สสจ. จะจัดทีมให้ครบทุกอำเภอครับ',
    nm='an acknowledgement with a promise ("จะจัดทีมให้ครบ") from an agency head: not a report of results')
msg(H, 8, '09:35:16', 'h_edu',
    'ศธจ.สกลนคร ขอเรียนเชิญท่านหัวหน้าส่วนราชการ และนายอำเภอ ร่วมพิธีเปิดงานวันเด็กแห่งชาติระดับจังหวัด วันเสาร์ที่ ๑๐ ม.ค. ๖๙ เวลา ๐๘.๓๐ น. ณ สนามกีฬากลางจังหวัดครับ',
    nm=NM_PR)
pdf(H, 8, '09:35:50', 'h_edu', 'กำหนดการวันเด็ก2569_จังหวัดสกลนคร.pdf')
sysmsg(H, 8, '10:00:22', 'h_cul', 'leave', 'วัฒนธรรมจังหวัด พรทิพย์ ออกจากกลุ่ม')
sysmsg(H, 8, '10:42:09', 'vg3', 'invite', 'Anucha W. เพิ่ม วัฒนธรรมจังหวัด พรทิพย์ เข้ากลุ่ม', target='วัฒนธรรมจังหวัด พรทิพย์',
       nm='the culture head who left by mistake is added back by a vice governor: an eligible invitee')
msg(H, 8, '10:43:40', 'h_cul', 'ขอบคุณค่ะท่าน กดผิดค่ะ 🙏')
msg(H, 8, '13:50:33', 'h_forest',
    'ศูนย์ป่าไม้สกลนคร รายงานผลการดับไฟป่าภูผายล อ.เต่างอย ใช้เจ้าหน้าที่ ๔๕ นาย เฮลิคอปเตอร์ ๑ ลำ ควบคุมได้ ๑๔.๓๐ น. พื้นที่เสียหาย ๔๕ ไร่ครับ',
    f=p6("an agency head posts the results of a fire operation; the incident notice went to the executives' group, this is the result"))
msg(H, 8, '14:00:17', 'gov', 'ขอบคุณศูนย์ป่าไม้ ขอให้ทุกหน่วยประชุมสรุปบทเรียนไฟป่าครั้งนี้ภายในสัปดาห์หน้าครับ', nm=NM_GOV)
msg(H, 8, '17:05:45', 'h_hwy', 'แจ้งเพื่อทราบครับ ทล.๒๒ ช่วงบ้านธาตุนาเวง ปิดซ่อมผิวจราจร ๑ ช่องทาง ๑๐–๑๒ ม.ค. กรุณาใช้ความระมัดระวังครับ',
    nm="a road closure notice (information for the public), not a report of the agency's results")

# Friday 9 January
msg(H, 9, '07:00:11', 'h_tour', 'สวัสดีวันศุกร์ครับ ☀️')
msg(H, 9, '08:30:00', 'gov',
    'ขอบคุณทุกหน่วยงานในสัปดาห์แรกของปีครับ ขอให้ทุกหน่วยร่วมงานวันเด็กในพื้นที่ และเตรียมรับมือภัยหนาวระลอกใหม่ ๑๒–๑๕ ม.ค. ครับ', nm=NM_GOV)
msg(H, 9, '08:33:40', 'h_dpm', 'รับทราบครับท่าน')
msg(H, 9, '08:35:02', 'c_mueang', 'รับทราบครับ')
msg(H, 9, '10:20:29', 'h_com', 'ขอบคุณทุกอำเภอที่ร่วมตรวจตลาดนัดค่ะ ขอให้ช่วยสอดส่องต่อเนื่องถึงตรุษจีนนะคะ',
    nm=NM_CT)
msg(H, 9, '11:45:14', 'c_charoensin', 'ขอเชิญร่วมงานประเพณีบุญข้าวจี่ อำเภอเจริญศิลป์ วันที่ ๓๑ ม.ค. ๖๙ ค่ะ 🍙',
    nm="a district chief's invitation to a local festival (pr), not a report")
msg(H, 9, '16:00:38', 'h_prd', 'ประชาสัมพันธ์จังหวัดจะถ่ายทอดสดพิธีเปิดงานวันเด็กทางเพจ สวท.สกลนคร พรุ่งนี้ ๐๘.๓๐ น. ครับ',
    nm='an announcement of a broadcast (information), not a performance result')
msg(H, 9, '16:02:12', 'gov', 'ขอบคุณครับ')
