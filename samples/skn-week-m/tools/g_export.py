# นักปกครองสกลนคร - written out as a LINE Thai phone export (.txt); members: governor, palad,
# district chiefs, coordinating deputies. Exports carry display names only (no LINE ids).
from dsl import msg, photos, sticker, sysmsg

X = 'nakpokkrong-export.txt'
VINYL = ('outsider', 'ป้ายไวนิลด่วน สกลฯ', '')
JACK = ('outsider', 'Jack Phongsakorn', '')
NM_REP = "a district's performance report: what this group is for"

# Monday 5 January
msg(X, 5, '07:00', 'gov', 'สวัสดีปีใหม่ ๒๕๖๙ ครับ นักปกครองสกลนครทุกท่าน ขอบคุณที่ทุ่มเทดูแลประชาชนตลอดช่วงเทศกาลครับ')
msg(X, 5, '07:04', 'c_phangkhon', 'สวัสดีปีใหม่ครับท่านผู้ว่าฯ 🙏')
msg(X, 5, '07:05', 'd_mueang', 'สวัสดีปีใหม่ครับ')
sticker(X, 5, '07:10', 'c_kudbak')
msg(X, 5, '08:00', 'palad',
    'เรียนนายอำเภอและปลัดอำเภอประสานงานทุกท่าน สัปดาห์นี้ขอให้รายงานผลการปฏิบัติงานเด่นของอำเภอในกลุ่มนี้ตามปกติ โดยเฉพาะงานภัยหนาว งานวันเด็ก และการป้องกันไฟป่าครับ')
msg(X, 5, '09:10', 'c_mueang',
    'อำเภอเมืองสกลนคร รายงานผลการปฏิบัติงาน\n๑. แจกผ้าห่มกันหนาว ๑,๒๐๐ ผืน ๑๖ ตำบล\n๒. ตั้งจุดเฝ้าระวังไฟป่า ๔ จุด\n๓. ประชุมเตรียมงานวันเด็ก ณ สวนสาธารณะหนองหาร',
    name='นายสุริยา มณีวงศ์',
    nm='"นายสุริยา มณีวงศ์" is the roster\'s "สุริยา มณีวงศ์" (นอภ.เมืองสกลนคร) with the title นาย: a member; and a report is what this group is for')
photos(X, 5, '09:11', 'c_mueang', 2, name='นายสุริยา มณีวงศ์')
msg(X, 5, '09:40', 'x_mueang', 'อำเภอเมืองสกลนคร ออกตรวจจุดแจกผ้าห่มตำบลงิ้วด่อน เรียบร้อยครับ',
    f=[('SKN-1', 'a deputy district chief who is not the coordinating deputy is not admitted to this group; first post')])
photos(X, 5, '09:40', 'x_mueang', 2)
msg(X, 5, '10:15', 'd_phonnakaeo', 'อำเภอโพนนาแก้ว ลงพื้นที่มอบผ้าห่มผู้สูงอายุ ๒๐๐ ราย ร่วมกับ อบต.นาแก้ว ครับ',
    nm='the two-role person (coordinating_deputy|volunteer_center_staff) is admitted as coordinating deputy; report allowed')
msg(X, 5, '11:00', ('amb', 'ปลัดเอ็ม', ''), 'ขอบคุณท่านปลัดจังหวัดครับ รับทราบครับ',
    nm='"ปลัดเอ็ม" fits two roster people (the coordinating deputy of พังโคน and a deputy of ภูพาน) and the export has no LINE id: ambiguous, never judged')
msg(X, 5, '13:20', VINYL,
    'รับทำป้ายไวนิลงานวันเด็ก ป้ายประกาศ ป้ายรณรงค์ห้ามเผา ราคาถูก ได้งานไว ส่งฟรีทั้ง ๑๘ อำเภอ สนใจทักไลน์ครับ 🙏',
    f=[('OUTSIDER', 'a sign seller not on the roster posts an advert (first appearance in this export)')])
photos(X, 5, '13:20', VINYL, 1)
msg(X, 5, '13:25', 'palad', 'แอดมินช่วยนำบุคคลภายนอกออกด้วยครับ')
sysmsg(X, 5, '13:27', 'palad', 'remove', 'ปจ.สน. ธนกร ลบ ป้ายไวนิลด่วน สกลฯ ออกจากกลุ่ม')
msg(X, 5, '16:30', 'd_sawang', 'อำเภอสว่างแดนดิน ประชุมคณะกรรมการป้องกันไฟป่าอำเภอ ตั้งจุดเฝ้าระวัง ๘ จุดครับ', nm=NM_REP)
photos(X, 5, '16:31', 'd_sawang', 3)

# Tuesday 6 January
msg(X, 6, '06:50', 'c_songdao', 'อรุณสวัสดิ์ครับ ส่องดาวเช้านี้ ๗ องศา ❄️', name='นอภ.ส่องดาว 🌳')
msg(X, 6, '08:10', 'c_khoksi', 'อำเภอโคกศรีสุพรรณ มอบผ้าห่มกันหนาวผู้ป่วยติดเตียง ๕๐ ราย ร่วมกับ รพ.สต. ครับ', nm=NM_REP)
photos(X, 6, '08:11', 'c_khoksi', 2)
msg(X, 6, '09:30', 'v_nikhom', 'จิตอาสาพระราชทานอำเภอนิคมน้ำอูน ร่วมทำความสะอาดสถานที่จัดงานวันเด็กครับ',
    f=[('SKN-1', 'a district volunteer officer (volunteer_center_staff only) is not admitted to this group; first post')])
photos(X, 6, '09:30', 'v_nikhom', 3)
sysmsg(X, 6, '10:05', 'c_wanon', 'invite', 'นอภ.วานรนิวาส เพิ่ม ปลัดบอย วานรฯ เข้ากลุ่ม', target='ปลัดบอย วานรฯ',
       f=[('SKN-ALL', 'a deputy district chief (not the coordinating deputy) is on the roster but not admitted: the invitee', 'ปลัดบอย วานรฯ'),
          ('SKN-ALL', 'the district chief of วานรนิวาส invited a roster person who is not admitted: the inviter', 'นอภ.วานรนิวาส')])
msg(X, 6, '10:20', 'palad', 'ท่านนอภ.วานรนิวาสครับ กลุ่มนี้เฉพาะนายอำเภอและปลัดอำเภอประสานงานนะครับ')
msg(X, 6, '10:22', 'c_wanon', 'ขออภัยครับท่าน จะนำออกครับ')
sysmsg(X, 6, '10:23', 'c_wanon', 'remove', 'นอภ.วานรนิวาส ลบ ปลัดบอย วานรฯ ออกจากกลุ่ม')
msg(X, 6, '11:40', 'd_akat', 'อากาศอำนวย ออกหน่วยบำบัดทุกข์บำรุงสุข บ้านโพนงาม ให้บริการประชาชน ๓๒๐ ราย ครับ', nm=NM_REP)
photos(X, 6, '11:41', 'd_akat', 2)
msg(X, 6, '14:15', 'c_nikhom', 'อำเภอนิคมน้ำอูนรายงานค่ะ ไกล่เกลี่ยหนี้นอกระบบสำเร็จ ๖ ราย มูลหนี้ ๔๓๐,๐๐๐ บาท', nm=NM_REP)
msg(X, 6, '15:00', 'gov', 'ขอชื่นชมทุกอำเภอครับ')
msg(X, 6, '18:10', 'd_phanna', 'อำเภอพรรณานิคม รายงานผลการปฏิบัติงาน ๖ ม.ค. ๖๙\n- มอบผ้าห่ม ๓๐๐ ผืน\n- ทำแนวกันไฟ ๒.๕ กม.', nm=NM_REP + ' (a quoted multi-line message in the export)')

# Wednesday 7 January
msg(X, 7, '07:15', 'c_sawang', 'สวัสดีวันพุธครับ')
msg(X, 7, '08:45', 'h_cul',
    'ขอเชิญนักปกครองทุกท่านร่วมงานตรุษจีนสกลนคร ๒๕๖๙ และร่วมแต่งกายชุดจีนในพิธีเปิดค่ะ 🏮',
    f=[('SKN-1', 'an agency head is not admitted to this group (governor, palad, district chiefs, coordinating deputies only); first post')])
sysmsg(X, 7, '09:02', JACK, 'join', 'Jack Phongsakorn เข้าร่วมกลุ่ม',
       f=[('OUTSIDER', 'a person not on the roster joins the group (by link; no inviter)')])
msg(X, 7, '10:30', 'd_kudbak', 'กุดบาก จัดชุดลาดตระเวนไฟป่าร่วมกับหน่วยป้องกันรักษาป่า ภูผาเหล็ก ๓ ชุดครับ', nm=NM_REP)
photos(X, 7, '10:31', 'd_kudbak', 2)
msg(X, 7, '13:00', 'c_banmuang', 'บ้านม่วงรายงานครับ ตรวจตลาดนัดคลองถม ๒ แห่ง ไม่พบการจำหน่ายประทัดผิดกฎหมายครับ', nm=NM_REP)
msg(X, 7, '15:20', 'd_phangkhon', 'พังโคนครับ ประชุมผู้นำท้องที่เตรียมงานวันเด็กเรียบร้อยครับ', name='ปลัดเอ็ม พังโคน',
    nm='"ปลัดเอ็ม พังโคน" is unique on the roster (the coordinating deputy of พังโคน): a member; only the bare "ปลัดเอ็ม" is ambiguous')
msg(X, 7, '16:40', 'c_taongoi', 'เต่างอย มอบผ้าห่ม ๔๐๐ ผืน ๔ ตำบลครับ', nm=NM_REP)
photos(X, 7, '16:41', 'c_taongoi', 2)
msg(X, 7, '19:00', 'palad', 'ขอบคุณทุกอำเภอครับ พรุ่งนี้ท่านผู้ว่าฯ ติดราชการกรุงเทพฯ มีอะไรเร่งด่วนรายงานท่านรองฯ พิมพ์ชนกครับ')

# Thursday 8 January
msg(X, 8, '07:05', 'd_songdao', 'สวัสดีครับ ☀️')
msg(X, 8, '08:20', 'c_charoensin', 'อำเภอเจริญศิลป์ ตรวจความพร้อม อส. ก่อนงานวันเด็กเรียบร้อยค่ะ', nm=NM_REP)
photos(X, 8, '08:21', 'c_charoensin', 2)
msg(X, 8, '10:00', 'd_wanon', 'วานรนิวาส แจกผ้าห่มครบ ๑๒ ตำบลครับ', nm=NM_REP)
msg(X, 8, '13:45', 'c_khamta', 'คำตากล้ารายงานครับ ไกล่เกลี่ยข้อพิพาทที่ดินสำเร็จ ๒ เรื่องครับ', nm=NM_REP)
sticker(X, 8, '13:50', 'palad')
msg(X, 8, '16:15', 'd_khoksi', 'โคกศรีสุพรรณ ติดตั้งเครื่องเล่นงานวันเด็ก ตรวจสอบความปลอดภัยแล้วครับ', nm=NM_REP)
photos(X, 8, '16:16', 'd_khoksi', 1)

# Friday 9 January
msg(X, 9, '07:00', 'c_phuphan', 'สวัสดีวันศุกร์ครับ ภูพาน ๖ องศา ❄️❄️')
sysmsg(X, 9, '08:12', JACK, 'leave', 'Jack Phongsakorn ออกจากกลุ่ม')
msg(X, 9, '09:30', 'gov', 'ผมกลับจากกรุงเทพฯ แล้วครับ ขอบคุณทุกอำเภอ พรุ่งนี้วันเด็กขอให้ดูแลความปลอดภัยเต็มที่ครับ')
msg(X, 9, '09:32', 'c_warit', 'รับทราบครับท่าน')
msg(X, 9, '10:40', 'd_warit', 'วาริชภูมิ จัดเตรียมสถานที่งานวันเด็ก ศาลาประชาคมอำเภอ เรียบร้อยครับ', nm=NM_REP)
photos(X, 9, '10:41', 'd_warit', 2)
msg(X, 9, '14:00', 'c_kusuman', 'กุสุมาลย์รายงานครับ มอบผ้าห่มกลุ่มเปราะบาง ๓๕๐ ผืน ครบทุกตำบลครับ', nm=NM_REP)
msg(X, 9, '16:50', 'palad', 'ขอบคุณครับ สัปดาห์หน้าพบกันที่ประชุม กรมการจังหวัดครับ')
sticker(X, 9, '17:00', 'c_nikhom')
