# JSONL groups, part B: ผู้บริหารจังหวัด และนายอำเภอ, หน.ส่วนราชการ-นอภ.สน., นักปกครองสกลนคร
from groups_a import group, IMG

# ======================= ผู้บริหารจังหวัด และนายอำเภอ =======================
M = group('executives.jsonl', 'ผู้บริหารจังหวัด และนายอำเภอ')
M(6, '07:00', 'gov', 'สวัสดีวันจักรีครับ ขอให้ทุกท่านมีความสุข สุขภาพแข็งแรงครับ 🙏')
M(6, '07:05', 'c.KUD', 'สวัสดีครับท่านผู้ว่าฯ 🙏')
M(6, '07:06', 'vg2', 'สวัสดีค่ะ')
M(6, '07:10', 'c.CHA', type='sticker')
M(6, '14:20', 'gov', 'ขอให้นายอำเภอทุกอำเภอเตรียมความพร้อมศูนย์ปฏิบัติการความปลอดภัยทางถนนช่วงสงกรานต์ ให้เปิดศูนย์ได้ภายในวันที่ ๑๐ เม.ย. และออกตรวจจุดตรวจด้วยตนเองครับ',
  nm='the governor\'s order: the group receives orders from him')
M(6, '14:22', 'c.MUE', 'รับทราบครับท่าน', nm='a district chief\'s acknowledgement of the governor: a reply, allowed')
M(6, '14:23', 'c.SON', 'รับทราบครับ')
M(6, '14:25', 'c.PHA', 'รับทราบค่ะท่าน')
M(6, '23:40', 'c.PHU', 'เหตุด่วน เมื่อเวลา ๒๓.๑๐ น. เกิดไฟป่าบริเวณเทือกเขาภูพาน บ้านโนนเรือ ต.สร้างค้อ ลุกลามประมาณ ๓๐ ไร่ อำเภอสั่งการชุด อส. และจิตอาสาเข้าควบคุมแล้ว ยังไม่มีผู้บาดเจ็บครับ',
  nm='late-night incident notice by a district chief: allowed in this group')
M(6, '23:41', 'c.PHU', type='image', attachment=IMG())
M(6, '23:41', 'c.PHU', type='image', attachment=IMG())
M(6, '23:55', 'gov', 'ขอให้ดูแลความปลอดภัยเจ้าหน้าที่ด้วยครับ ประสาน ปภ. และอุทยานฯ ส่งชุดดับไฟสนับสนุน')
M(7, '02:15', 'c.PHU', 'รายงานครับ ควบคุมไฟได้แล้วเมื่อเวลา ๐๑.๕๐ น. พื้นที่เสียหายประมาณ ๔๐ ไร่ ครับ', nm='follow-up report to the governor: allowed')
M(7, '07:30', 'gov', 'ขอบคุณครับ 👍')
M(7, '08:40', 'pal', 'ขอให้นายอำเภอทุกอำเภอส่งแผนการจัดตั้งจุดตรวจหลักและจุดบริการช่วงสงกรานต์ให้ที่ทำการปกครองจังหวัด ภายในวันที่ ๙ เม.ย. ๖๙ ครับ',
  t=[('SKN-4P', 'an order to the group from the provincial palad; only the governor or a vice governor give orders here')])
M(7, '08:45', 'c.KUS', 'รับทราบครับ')
M(7, '09:10', 'st.sec', 'ท่านผู้ว่าฯ ติดภารกิจประชุมกับกระทรวงช่วงเช้า การประชุมหัวหน้าส่วนราชการเลื่อนเป็น ๑๓.๓๐ น. ค่ะ',
  t=[('SKN-4', 'the governor\'s secretary (staff) is not among the members of this group')])
M(7, '10:20', 'vg1', 'ขอให้อำเภอที่มีพื้นที่ติดเขตป่า (ภูพาน กุดบาก เต่างอย ส่องดาว วาริชภูมิ) จัดชุดเฝ้าระวังไฟป่าประจำหมู่บ้าน และรายงานเหตุในกลุ่มนี้ทันทีครับ',
  nm='a vice governor\'s order: allowed')
M(7, '10:24', 'c.TAO', 'รับทราบครับท่านรองฯ')
M(7, '10:25', 'c.WAR', '🙏')
M(7, '13:05', 'h.ddpm', 'ปภ.สกลนคร แจ้งเตือนพายุฤดูร้อน ๘-๑๐ เม.ย. ๖๙ อำเภอเสี่ยง: วานรนิวาส อากาศอำนวย คำตากล้า บ้านม่วง',
  t=[('SKN-4', 'an agency head is not among the members of this group')])
M(7, '15:00', 'c.WAN', 'รายงานท่านผู้ว่าฯ ครับ อ.วานรนิวาสเปิดจุดบริการประชาชนบนถนนสาย ๒๒ แล้ว ๔ จุดครับ', nm='a report addressed to the governor: allowed here')
M(7, '15:10', 'gov', 'ดีมากครับ')
M(7, '18:00', 'vg2', 'วันนี้สุขสันต์วันเกิดท่านนายอำเภอกุสุมาลย์ค่ะ 🎂')
M(7, '18:05', 'c.KUS', 'ขอบพระคุณท่านรองฯ ครับ 🙏')
M(7, '18:06', 'c.PKN', 'HBD ครับท่าน')
M(8, '02:30', 'c.WAN', 'แจ้งเหตุครับ เวลา ๐๒.๐๐ น. เกิดอุบัติเหตุรถกระบะชนรถจักรยานยนต์ ถนนสาย ๒๒ บ้านหนองแวง ผู้เสียชีวิต ๑ ราย บาดเจ็บ ๒ ราย นำส่ง รพ.วานรนิวาสแล้วครับ',
  nm='incident notice by a district chief at night: allowed')
M(8, '06:45', 'vg3', 'ขอให้ตรวจสอบจุดเสี่ยงบริเวณนั้นและติดตั้งป้ายเตือนก่อนสงกรานต์ครับ')
M(8, '06:50', 'c.WAN', 'รับทราบครับท่าน')
M(8, '09:30', 'gov', 'ท่านนายอำเภอทุกท่านครับ ขอให้กำชับ อปท. จัดเตรียมน้ำประปาให้เพียงพอช่วงสงกรานต์ และรณรงค์ประหยัดน้ำครับ')
M(8, '09:32', 'c.NIK', 'รับทราบครับท่าน')
M(8, '09:33', 'c.KOK', type='sticker')
M(8, '11:15', 'c.SAW', 'ท่านผู้ว่าฯ สั่งให้ทุกอำเภอรายงานจำนวนรถน้ำดับเพลิงที่พร้อมใช้งาน ส่งที่ ปภ. ภายในบ่ายนี้ครับ',
  t=[('SKN-4P', 'a district chief relays the governor\'s instruction as his own order to all districts: an order from someone other than the governor or a vice governor')])
M(8, '11:20', 'gov', 'ขอบคุณท่านสมบัติครับ ให้ส่งผ่าน ปภ. ตามช่องทางปกติครับ')
M(8, '13:40', 'c.AKA', type='system', event='rename', target='=นอภ.อากาศอำนวย 🦅')
M(8, '13:45', '=นอภ.อากาศอำนวย 🦅', 'รายงานท่านผู้ว่าฯ ครับ พายุฤดูร้อนเมื่อบ่ายนี้ บ้านเรือนเสียหาย ๑๒ หลัง ต.นาฮี ไม่มีผู้บาดเจ็บ อำเภอและ อบต. ลงพื้นที่ช่วยเหลือแล้วครับ',
  nm='a district chief who renamed himself in the log: the rename gives the new name to the same person; his incident report is allowed')
M(8, '13:46', '=นอภ.อากาศอำนวย 🦅', type='image', attachment=IMG())
M(8, '13:50', 'vg1', 'ขอให้สำรวจความเสียหายและช่วยเหลือเบื้องต้นโดยเร็วครับ')
M(8, '17:20', 'c.NIK', type='system', event='invite', target='=ต้น สกลนิวส์',
  t=[('OUTSIDER', 'a reporter added by the district chief of นิคมน้ำอูน (inviter ปรีชา นอภ.นิคมน้ำอูน); not on the roster')])
M(8, '17:25', 'pal', 'ท่านปรีชาครับ กลุ่มนี้ไม่ควรมีบุคคลภายนอกครับ')
M(8, '17:26', 'c.NIK', type='system', event='remove', target='=ต้น สกลนิวส์')
M(9, '01:20', '=นายปรีชา นอภ.นิคมน้ำอูน', 'เหตุด่วนครับ เวลา ๐๐.๔๕ น. เกิดเพลิงไหม้โรงสีข้าวบ้านโพนแพง ต.สุวรรณคาม ดับได้แล้ว ไม่มีผู้บาดเจ็บ ความเสียหายอยู่ระหว่างสำรวจครับ',
  nm='district chief posting under his name with the title นาย in front: the same roster person (titles are ignored), incident allowed')
M(9, '06:30', 'gov', 'ขอบคุณครับท่านปรีชา ดูแลผู้ได้รับผลกระทบด้วยครับ')
M(9, '08:00', 'pal', 'ท่านนายอำเภอครับ วันนี้ประชุม กรจ. ๐๙.๓๐ น. ขอให้มาก่อนเวลา ๑๕ นาทีครับ',
  t=[('SKN-4P', 'the palad again directs all district chiefs in this group')])
M(9, '10:30', 'vg3', 'ฝากนายอำเภอทุกอำเภอตรวจความเรียบร้อยสถานที่จัดพิธีรดน้ำดำหัวผู้สูงอายุ เตรียมรถพยาบาลและจุดพักร้อนด้วยครับ',
  nm='vice governor\'s order: allowed')
M(9, '10:35', 'c.BAN', 'รับทราบค่ะท่าน บ้านม่วงจัดพิธีวันพรุ่งนี้ค่ะ')
M(9, '14:15', 'c.KUD', 'เหตุด่วนครับ ไฟป่าเขตป่าสงวนฯ ดงชมภูพาน บ้านโคกภู ลุกลามประมาณ ๒๐ ไร่ อำเภอนำ อส. จิตอาสา และรถน้ำ อบต. เข้าควบคุมแล้วครับ',
  nm='incident report by a district chief: allowed')
M(9, '14:16', 'c.KUD', type='image', attachment=IMG())
M(9, '14:16', 'c.KUD', type='image', attachment=IMG())
M(9, '14:16', 'c.KUD', type='image', attachment=IMG())
M(9, '14:30', 'vg1', 'ขอให้ระวังความปลอดภัยครับ ปภ. ส่งรถสนับสนุนแล้ว')
M(9, '17:40', 'c.KUD', 'ควบคุมไฟได้แล้วครับ เวลา ๑๗.๑๕ น.', nm='update to the vice governor: allowed')
M(10, '07:15', 'gov', 'วันนี้ ๑๖.๐๐ น. พิธีเปิดศูนย์ปฏิบัติการความปลอดภัยทางถนนจังหวัด ขอเชิญรองผู้ว่าฯ ทุกท่าน ปลัดจังหวัด และนายอำเภอเมืองสกลนครร่วมพิธีครับ')
M(10, '07:20', 'c.MUE', 'รับทราบครับท่าน')
M(10, '07:21', 'vg2', 'รับทราบค่ะ')
M(10, '12:10', 'c.SAW', 'แจ้งเหตุครับ เวลา ๑๑.๔๐ น. เด็กชายอายุ ๙ ปี จมน้ำในหนองน้ำสาธารณะบ้านโพนสูง ต.โพนสูง กู้ภัยนำส่ง รพ. ปลอดภัยแล้วครับ',
  nm='incident report: allowed')
M(10, '12:20', 'gov', 'ขอให้ทุกอำเภอติดป้ายเตือนและจัดเวรเฝ้าระวังแหล่งน้ำเสี่ยงช่วงสงกรานต์ครับ')
M(10, '12:22', 'c.SAW', 'รับทราบครับ')
M(10, '12:23', 'c.PHO', 'รับทราบครับท่าน')
M(10, '17:30', 'gov', 'ขอบคุณทุกท่านที่ร่วมพิธีครับ ขอให้ทุกอำเภอปฏิบัติหน้าที่ช่วงสงกรานต์อย่างปลอดภัยครับ')
M(10, '17:35', 'c.KHA', '🙏')

# ======================= หน.ส่วนราชการ-นอภ.สน. =======================
M = group('heads.jsonl', 'หน.ส่วนราชการ-นอภ.สน.')
M(6, '07:30', 'gov', 'สวัสดีวันจักรีครับ หัวหน้าส่วนราชการและนายอำเภอทุกท่าน 🙏')
M(6, '07:35', 'h.prd', 'สวัสดีค่ะท่านผู้ว่าฯ')
M(6, '07:36', 'h.cd', type='sticker')
M(6, '07:50', 'ret', 'สวัสดีวันจักรีครับ ขอให้ทุกท่านมีความสุขครับ',
  t=[('SKN-6', 'a retired official is not among the members of this group')])
M(6, '10:00', 'h.prd', 'ส่งต่อข่าวจากกรมประชาสัมพันธ์: ครม. กำหนดวันหยุดเทศกาลสงกรานต์ ๑๓-๑๕ เม.ย. ๒๕๖๙ https://www.prd.go.th/th/content/category/detail/id/39/iid/000000',
  nm='a forwarded news item: not a report of results')
M(7, '08:00', 'gov', 'แจ้งหัวหน้าส่วนราชการทุกท่าน ช่วงสงกรานต์ขอให้ทุกหน่วยงานจัดเวรประจำสำนักงาน และสนับสนุนบุคลากรร่วมจุดบริการประชาชนตามที่จังหวัดขอความร่วมมือครับ',
  nm='governor\'s order: the purpose of the group')
M(7, '08:05', 'h.police', 'รับทราบครับท่าน')
M(7, '08:06', 'h.health', 'รับทราบครับ')
M(7, '08:06', 'c.WAR', '🙏')
M(7, '10:15', 'h.health', 'ผลการดำเนินงานคัดกรองสุขภาพผู้สูงอายุก่อนเทศกาลสงกรานต์ จังหวัดสกลนคร ดำเนินการแล้ว ร้อยละ ๙๒.๔ (๘๔,๓๐๐ ราย) ครับ',
  t=[('SKN-6P', 'an agency\'s performance result posted in a group where reports are barred')])
M(7, '10:16', 'h.health', type='image', attachment=IMG())
M(7, '10:16', 'h.health', type='image', attachment=IMG())
M(7, '11:00', 'st.trans', 'ขนส่งจังหวัดสกลนครเปิดจุดตรวจสภาพรถก่อนเดินทางกลับบ้านช่วงสงกรานต์ฟรี ๑๐-๑๒ เม.ย. ครับ',
  t=[('SKN-6', 'a deputy of the land-transport head is in the group in place of the head')])
M(7, '13:30', 'vg1', 'ขอให้หัวหน้าส่วนราชการที่ได้รับมอบหมายเข้าร่วมประชุมเตรียมความพร้อมสงกรานต์ วันนี้ ๑๓.๓๐ น. ห้องประชุมศาลากลางครับ', nm='vice governor\'s meeting call: allowed')
M(7, '13:32', 'h.ddpm', 'รับทราบครับท่านรองฯ')
M(7, '15:20', 'h.tour', 'ขอเชิญร่วมงานประเพณีสงกรานต์ของดีเมืองสกล ๑๒-๑๔ เม.ย. ณ สวนสาธารณะหนองหาร มีขบวนแห่และการแสดงแสงสีเสียง 🎉',
  nm='a peer invitation to a festival (pr): not a report or performance result')
M(7, '15:21', 'h.tour', type='image', attachment=IMG())
M(8, '08:15', 'gov', 'ขอให้ทุกส่วนราชการร่วมรณรงค์ประหยัดน้ำและพลังงานในสำนักงาน ช่วงหน้าแล้งครับ')
M(8, '08:20', 'h.irr', 'รับทราบครับท่าน')
M(8, '08:21', '=สมบัติ  นอภ.สว่างฯ ', 'รับทราบครับท่าน',
  nm='the district chief of สว่างแดนดิน under his display name with a doubled inner space and a trailing space: the same roster person, admitted')
M(8, '10:40', 'h.trans', 'สำนักงานขนส่งจังหวัดสกลนครได้รับรางวัลหน่วยงานบริการดีเด่น ระดับเขต ประจำปี ๒๕๖๙ ขอบคุณทุกท่านที่สนับสนุนครับ 🏆',
  t=[('SKN-6P', 'an agency\'s own achievement posted in the group')])
M(8, '10:41', 'h.trans', type='image', attachment=IMG())
M(8, '10:45', 'h.cult', 'ยินดีด้วยค่ะ 👏', nm='congratulations: chat')
M(8, '11:30', 'h.health', type='system', event='invite', target='st.health',
  t=[('SKN-6', 'invitee is a clerk of the health office, not a head: heads must join in person'),
     ('SKN-ALL', 'invitee: on the roster but not admitted to this group'),
     ('SKN-ALL', 'inviter: the health head invited his clerk')])
M(8, '11:35', 'st.health', 'เรียนท่านผู้ว่าฯ และหัวหน้าส่วนราชการทุกท่าน ดิฉันธุรการ สสจ. ได้รับมอบหมายให้ติดตามข่าวแทนท่านนายแพทย์ค่ะ')
M(8, '14:00', 'gov', 'ท่านหัวหน้าส่วนฯ ครับ กลุ่มนี้ขอให้หัวหน้าเข้าด้วยตนเองนะครับ')
M(8, '14:05', 'h.health', type='system', event='remove', target='st.health')
M(8, '16:20', '=ขายทุเรียนหมอนทองป้าแดง', type='system', event='join',
  t=[('OUTSIDER', 'a seller who joined by QR code; not on the roster')])
M(8, '16:22', '=ขายทุเรียนหมอนทองป้าแดง', 'ทุเรียนหมอนทองจันทบุรี กิโลละ 150 บาท ส่งฟรีในเขตเทศบาล สนใจโทร 08x-xxx-xxxx ค่ะ')
M(8, '16:22', '=ขายทุเรียนหมอนทองป้าแดง', type='image', attachment=IMG())
M(8, '16:40', 'vg3', type='system', event='remove', target='=ขายทุเรียนหมอนทองป้าแดง')
M(9, '08:30', '=อำนาจ ทสจ. 🔥', 'ส่งต่อประกาศจังหวัดสกลนคร เรื่อง ห้ามเผาในที่โล่ง ช่วงวันที่ ๑ มี.ค. - ๓๐ เม.ย. ๖๙ ครับ',
  senderId='h.env', nm='a head posting under a new display name not in the roster; his LINE user id matches the roster, so he is no outsider (and a forward is not a report)')
M(9, '08:31', '=อำนาจ ทสจ. 🔥', type='file', attachment='ประกาศจังหวัด ห้ามเผา 2569.pdf', senderId='h.env')
M(9, '11:10', 'h.env', 'ผลการปฏิบัติงานควบคุมไฟป่าสะสม ๑ ม.ค. - ๘ เม.ย. ๖๙ ดับไฟได้ ๒๑๔ ครั้ง พื้นที่เสียหายลดลงร้อยละ ๓๕ จากปีที่แล้วครับ',
  senderId='h.env', t=[('SKN-6P', 'an agency\'s performance figures posted in the group')])
M(9, '11:30', 'gov', 'ขอบคุณครับ ขอให้เข้มงวดต่อเนื่องครับ', nm='governor\'s thanks: chat')
M(9, '13:15', 'c.KHA', 'อ.คำตากล้า รายงานผลการจัดตั้งจุดตรวจหลักและจุดบริการช่วงสงกรานต์ ๓ จุด พร้อมเจ้าหน้าที่ ๔๕ นาย ครับ',
  t=[('SKN-6P', 'a district chief posts a report in the group where reports are barred')])
M(9, '13:16', 'c.KHA', type='image', attachment=IMG())
M(9, '15:00', 'h.social', 'ขอความร่วมมือหัวหน้าส่วนราชการร่วมบริจาคผ้าขาวม้าและของใช้สำหรับพิธีรดน้ำดำหัวผู้สูงอายุ ณ ศาลากลาง วันที่ ๑๐ เม.ย. ค่ะ',
  nm='a peer request for donations (courtesy/pr): not a report')
M(9, '15:05', 'h.cd', 'ยินดีร่วมครับ')
M(9, '18:00', 'h.police', 'ฝากประชาสัมพันธ์ครับ ช่วงสงกรานต์หากพบเหตุด่วนเหตุร้าย แจ้งสายด่วน ๑๙๑ ได้ตลอด ๒๔ ชม. ครับ',
  nm='public information from the police commander, not a performance report')
M(10, '07:30', 'gov', 'อรุณสวัสดิ์ครับ วันนี้ ๑๖.๐๐ น. พิธีเปิดศูนย์ปฏิบัติการความปลอดภัยทางถนน ขอเชิญหัวหน้าส่วนราชการที่เกี่ยวข้องร่วมพิธีครับ')
M(10, '07:33', 'h.ddpm', 'รับทราบครับ')
M(10, '07:34', 'h.police', '🫡')
M(10, '07:40', 'c.SON', 'รับทราบครับ')
M(10, '10:00', 'vg2', 'ขอบคุณทุกหน่วยงานที่ร่วมบริจาคสิ่งของสำหรับพิธีรดน้ำผู้สูงอายุค่ะ', nm='"ขอบคุณทุกหน่วยงาน" courtesy')
M(10, '11:45', 'h.cult', 'ขอเชิญร่วมพิธีสรงน้ำพระธาตุเชิงชุม ๑๓ เม.ย. ๖๙ เวลา ๐๙.๐๐ น. ค่ะ 🙏', nm='peer invitation (pr): not a report')
M(10, '17:40', 'gov', 'ขอให้ทุกท่านเดินทางปลอดภัยช่วงสงกรานต์ครับ', nm='courtesy with "ขอให้": chat')

# ======================= นักปกครองสกลนคร =======================
M = group('administrators.jsonl', 'นักปกครองสกลนคร')
M(6, '06:30', 'pal', 'สวัสดีวันจักรีครับ นักปกครองทุกท่าน 🙏')
M(6, '06:35', 'd.PHU', 'สวัสดีครับท่าน')
M(6, '06:40', 'c.WAR', type='sticker')
M(6, '08:30', 'ret', 'สวัสดีครับน้องๆ นักปกครองทุกท่าน คิดถึงครับ',
  t=[('SKN-1', 'a retired official is not among the members of this group')])
M(6, '08:35', 'd.KUS', 'สวัสดีครับท่านบุญเลิศ')
M(6, '16:00', 'pal', 'ขอให้ทุกอำเภอรายงานผลการจัดกิจกรรมเนื่องในวันจักรีในกลุ่มนี้ด้วยครับ', nm='palad asks for reports here: allowed')
M(6, '17:20', 'd.MUE', 'อ.เมืองสกลนคร รายงานผลกิจกรรมวันจักรี ร่วมพิธีวางพวงมาลา ณ อนุสาวรีย์ฯ ข้าราชการและประชาชนร่วม ๓๐๐ คนครับ', nm='a coordinating deputy\'s performance report: this group is for them')
M(6, '17:21', 'd.MUE', type='image', attachment=IMG())
M(6, '17:21', 'd.MUE', type='image', attachment=IMG())
M(6, '18:10', 'c.SON', 'อ.ส่องดาว ร่วมพิธีวางพวงมาลาและบำเพ็ญประโยชน์ที่วัด ๑๕๐ คนครับ')
M(6, '18:11', 'c.SON', type='image', attachment=IMG())
M(6, '19:00', 'x.MUE', 'อ.เมืองฯ เพิ่มเติมภาพกิจกรรมภาคบ่ายครับ',
  t=[('SKN-1', 'a ปลัดอำเภอ who is not the coordinating deputy is not among the members of this group')])
M(6, '19:01', 'x.MUE', type='image', attachment=IMG())
M(7, '07:00', 'gov', 'ขอบคุณทุกอำเภอที่ร่วมกิจกรรมวันจักรีครับ')
M(7, '07:10', 'd.KUD', 'กุดบากรายงานครับ ในฐานะศูนย์จิตอาสาอำเภอ จิตอาสาพระราชทานร่วมทำแนวกันไฟ ๒ กม. บ้านโคกภู ๔๕ คน',
  nm='a person with two roles acts as district volunteer officer; admitted through his coordinating-deputy role')
M(7, '07:11', 'd.KUD', type='image', attachment=IMG())
M(7, '08:30', '=ปลัดบอย', 'รับทราบครับ', nm='display name shared by two roster people (coordinating deputies of นิคมน้ำอูน and บ้านม่วง): ambiguous, never judged (both would be admitted anyway)')
M(7, '09:20', 'v.PHA', 'จิตอาสาพรรณานิคมรายงานกิจกรรมวันจักรีค่ะ',
  t=[('SKN-1', 'a district volunteer officer is not among the members of this group')])
M(7, '09:21', 'v.PHA', type='image', attachment=IMG())
M(7, '10:00', 'c.PKN', 'พังโคนรายงานผลการจัดตั้งศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอ เปิดพร้อมจุดตรวจหลัก ๒ จุด ครับ', nm='district report: allowed in this group')
M(7, '12:00', 'vg1', 'ขอบคุณทุกอำเภอที่ทำงานหนักช่วงไฟป่าครับ',
  t=[('SKN-1', 'a vice governor is not among the members listed for this group')])
M(7, '14:00', 'd.WAR', 'วาริชภูมิรายงานผลการรณรงค์ประหยัดน้ำ ประชาสัมพันธ์หอกระจายข่าว ๑๑๒ หมู่บ้าน ครบแล้วค่ะ')
M(7, '16:30', 'c.SON', type='system', event='invite', target='v.SON',
  t=[('SKN-1', 'invitee is a district volunteer officer: not admitted here'),
     ('SKN-ALL', 'invitee: on the roster but not admitted'),
     ('SKN-ALL', 'inviter: the district chief of ส่องดาว invited him')])
M(7, '16:35', 'pal', 'ท่านนายอำเภอส่องดาวครับ กลุ่มนี้เฉพาะนายอำเภอและปลัดประสานงานครับ')
M(7, '16:40', 'c.SON', type='system', event='remove', target='v.SON')
M(8, '07:30', 'd.BAN', 'อรุณสวัสดิ์ครับ')
M(8, '08:00', 'pal', 'เน้นย้ำครับ ขอให้ปลัดอำเภอประสานงานทุกอำเภอติดตามการจัดตั้งจุดตรวจและจุดบริการให้แล้วเสร็จภายในวันที่ ๑๐ เม.ย. ครับ')
M(8, '08:05', 'd.PHO', 'รับทราบครับท่าน')
M(8, '08:06', 'd.SAW', 'รับทราบครับ')
M(8, '08:07', 'd.KHA', type='sticker')
M(8, '10:30', 'd.TAO', 'เต่างอยรายงานความคืบหน้าการจัดตั้งจุดตรวจ ๒ จุด แล้วเสร็จ ๑ จุด ค่ะ', nm='two-role person reporting as coordinating deputy: allowed')
M(8, '11:00', 'd.NIK', 'สอบถามครับ แบบรายงานสถิติอุบัติเหตุใช้แบบ ปภ. หรือแบบของอำเภอครับ?')
M(8, '11:10', 'pal', 'ใช้แบบ ปภ. ครับ')
M(8, '15:00', 'd.SON', 'ส่งต่อข่าว: กรมอุตุฯ แจ้งเตือนพายุฤดูร้อนฉบับที่ ๔ ครับ')
M(8, '20:00', 'd.AKA', 'ขอแสดงความเสียใจกับครอบครัวท่าน นอภ.บ้านม่วงครับ 🙏')
M(8, '20:05', 'c.BAN', 'ขอบคุณค่ะ')
M(9, '09:00', 'd.CHA', 'เจริญศิลป์รายงานครับ จัดตั้งจุดตรวจหลักแล้ว ๑ จุด จุดบริการ ๒ จุด')
M(9, '09:01', 'd.CHA', type='image', attachment=IMG())
M(9, '12:30', 'd.PHA', 'พรรณานิคมรายงานผลการตรวจสถานบริการช่วงสงกรานต์ ๘ แห่ง ไม่พบการกระทำผิดครับ')
M(9, '14:00', 'c.KHA', 'สวัสดีครับ ขอฝากประชาสัมพันธ์งานบุญเดือนห้า อ.คำตากล้า ๑๒ เม.ย. ครับ')
M(9, '16:00', 'd.KUD', type='system', event='leave', nm='an eligible member leaves: no finding')
M(10, '08:00', 'pal', 'วันนี้เปิดศูนย์ปฏิบัติการความปลอดภัยทางถนน ขอให้ทุกอำเภอรายงานความพร้อมในกลุ่มนี้ภายใน ๑๒.๐๐ น. ครับ')
M(10, '09:15', 'd.KOK', 'โคกศรีสุพรรณพร้อมครับ จุดตรวจหลัก ๑ จุด จุดบริการ ๒ จุด')
M(10, '09:40', 'd.WAN', 'วานรนิวาสพร้อมครับ จุดตรวจ ๒ จุด จุดบริการ ๔ จุด')
M(10, '10:10', 'c.PHU', 'ภูพานพร้อมครับ')
M(10, '11:30', 'd.PKN', 'พังโคนพร้อมครับ')
M(10, '12:00', 'pal', 'ขอบคุณครับ ขอให้ทุกท่านปฏิบัติหน้าที่ด้วยความปลอดภัยครับ')
