package dev.rabiap.rules;

import static dev.rabiap.rules.Fixtures.G1;
import static dev.rabiap.rules.Fixtures.G2;
import static dev.rabiap.rules.Fixtures.G3;
import static dev.rabiap.rules.Fixtures.G4;
import static dev.rabiap.rules.Fixtures.G5;
import static dev.rabiap.rules.Fixtures.G6;
import static dev.rabiap.rules.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.spi.MessageType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Posting permissions of the six Sakon Nakhon groups (posting.csv through posting.drl), as the
 * letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ sets them: a group whose row only states its purpose has no posting
 * rule; "ไม่ต้อง…" means need not, not must not.
 */
final class PostingRulesTest {
    @Test
    void nakpokkrong_statesOnlyItsPurpose_soNoPostInItIsAPostingFinding() {
        List<Finding> findings = new Fixtures()
                .post(G1, "นอภ.เมืองสกลนคร", "ขอให้ทุกอำเภอดำเนินการตรวจสอบพื้นที่เสี่ยงภัย")
                .post(G1, "ผวจ.สน.", "ฝากนายอำเภอทุกท่านลงพื้นที่ดูแลราษฎรช่วงน้ำหลาก")
                .post(G1, "นอภ.เมืองสกลนคร", "รายงานผลการปฏิบัติงานอำเภอเมืองสกลนคร ประจำสัปดาห์")
                .post(G1, "ปอ.วิชัย", "สวัสดีตอนเช้าครับ")
                .findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void skn2p_membersAckAskAndSendStickersOrPhotos_fire_butTheOfficePostsWhatItLikes() {
        List<Finding> findings = new Fixtures()
                .post(G2, "ปค.จ.สน.", "ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ เรื่อง แนวทางการใช้ช่องทางการสื่อสาร ขอให้อำเภอแจ้งบุคลากรทราบและถือปฏิบัติ")
                .media(G2, "ปค.จ.สน.", MessageType.FILE)
                .post(G2, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .post(G2, "ปอ.วิชัย", "ขอสอบถามครับ ต้องส่งภายในวันไหน")
                .post(G2, "ปค.จ.สน.", "สวัสดีครับ")
                .media(G2, "นอภ.กุสุมาลย์", MessageType.STICKER)
                .after(java.time.Duration.ofMinutes(10))
                .media(G2, "ปอ.วิชัย", MessageType.IMAGE)
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-2P@m3", "SKN-2P@m4", "SKN-2P@m6", "SKN-2P@m7");
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        Finding finding = findings.get(0);
        assertThat(finding.kind()).isEqualTo(FindingKind.POSTING);
        assertThat(finding.personId()).isEqualTo("chief1");
        assertThat(finding.actor()).isEqualTo("นอภ.เมืองสกลนคร");
        assertThat(finding.evidence().toString()).isEqualTo("test.jsonl:3 (m3)");
        // roles are named in Thai in the Thai text, never as codes
        assertThat(finding.th()).startsWith("นอภ.เมืองสกลนคร (นายอำเภอ) ส่งการตอบรับทราบในกลุ่ม ข้อสั่งการ ปค.สน.");
    }

    @Test
    void skn3_needNotReportOrAcknowledge_isNoProhibition_soNothingFires() {
        // "ไม่ต้องรายงานผลการปฏิบัติงาน/ ไม่ต้องตอบรับทราบ": members need not report or acknowledge
        List<Finding> findings = new Fixtures()
                .post(G3, "ปจ.สน.", "ข้อสั่งการกรมการปกครอง ขอให้นายอำเภอทุกอำเภอกำกับดูแลการเลือกตั้ง")
                .post(G3, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .post(G3, "นอภ.กุสุมาลย์", "รายงานผลการดำเนินการอำเภอกุสุมาลย์")
                .post(G3, "นอภ.กุสุมาลย์", "ขอบคุณครับท่าน")
                .post(G3, "ปจ.สน.", "กลุ่มนี้ไม่ต้องตอบรับทราบนะครับ")
                .post(G3, "นอภ.เมืองสกลนคร", "ขอประชาสัมพันธ์งานกาชาดอำเภอเมืองสกลนคร ขอเชิญทุกท่านร่วมงาน")
                .findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void skn4p_aChiefsOrderToTheGroup_fires_butIncidentsRepliesAndPrDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G4, "รองผวจ.ประเสริฐ", "ขอให้ทุกอำเภอเร่งช่วยเหลือผู้ประสบภัย")
                .post(G4, "นอภ.กุสุมาลย์", "แจ้งเหตุด่วน เกิดเหตุน้ำป่าไหลหลากบ้านโนนสะอาด")
                .post(G4, "นอภ.เมืองสกลนคร", "🙏")
                .post(G4, "นอภ.เมืองสกลนคร", "ขอให้ปลัดอำเภอทุกท่านเข้าร่วมประชุม")
                .post(G4, "นอภ.กุสุมาลย์", "ประชาสัมพันธ์งานกาชาดจังหวัดสกลนคร")
                .post(G4, "ปจ.สน.", "เรียนท่านนายอำเภอเพื่อทราบครับ ท่านผู้ว่าฯ ไปราชการต่างจังหวัดวันพรุ่งนี้")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-4P@m4");
    }

    @Test
    void skn4p_aChiefsNeedsAnsweredUpward_andHisWordOnWhomHeInvited_areNoOrders() {
        List<Finding> findings = new Fixtures()
                .post(G4, "รองผวจ.ประเสริฐ", "ขอให้อำเภอที่ขาดแคลนน้ำ แจ้งความต้องการเครื่องสูบน้ำภายในบ่ายนี้")   // m1
                .post(G4, "นอภ.กุสุมาลย์", "เรียนท่านรองฯ อ.กุสุมาลย์ ต้องการเครื่องสูบน้ำเพิ่ม ๒ เครื่องครับ")  // m2, upward
                .post(G4, "นอภ.เมืองสกลนคร", "เชิญท่านปลัดอนันต์เข้ามาช่วยติดตามเรื่องน้ำครับ")               // m3, about an invite
                .findings();
        assertThat(keys(findings)).isEmpty();
    }

    @Test
    void skn5p_ordersFromOthersThanTheCentre_andReportsFromOthersThanTheDistricts_fire() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอเตรียมกำลังจิตอาสาพระราชทาน")
                .post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาพัฒนาอำเภอเมืองสกลนคร")
                .post(G5, "จอส.เมือง", "ขอให้ทุกอำเภอส่งรูปกิจกรรม")
                .post(G5, "ศอ.จอส.จว.สน.", "รายงานผลภาพรวมจังหวัด")
                .post(G5, "เกษตรจังหวัด", "รายงานผลการแจกพันธุ์ข้าวให้ผู้ประสบภัย ๔๐๐ ราย")
                .findings();
        // the centre's own summary is its to send; an agency head is no district's people (and no member)
        assertThat(keys(findings)).containsExactly("SKN-5P@m3", "SKN-5@m5", "SKN-5P@m5");
    }

    @Test
    void skn5p_aDistrictTellingHowItWentOutToAskForCooperation_isNoOrderOfIts() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอนำจิตอาสาลงพื้นที่ขอความร่วมมือชาวนางดเผาฟาง แล้วรายงานภายใน ๒๔ ชม.")
                .post(G5, "จอส.เมือง", "เมืองสกลนครลงพื้นที่ ต.ธาตุเชิงชุม ขอความร่วมมือชาวนางดเผาฟาง แจกหน้ากาก ๒๐๐ ชิ้นครับ")
                .post(G5, "จอส.เมือง", "ขอความร่วมมือทุกอำเภอส่งภาพกิจกรรมเพิ่มด้วยครับ")
                .findings();
        // the first line says what the district did; the second asks all districts, which only the centre may
        assertThat(keys(findings)).containsExactly("SKN-5P@m3");
    }

    @Test
    void skn6p_reportsAndResults_fire_butOrdersAcksAndPrDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G6, "ผวจ.สน.", "ขอให้หัวหน้าส่วนราชการทุกท่านร่วมพิธีวันพ่อแห่งชาติ")
                .post(G6, "เกษตรจังหวัด", "🙏🙏")
                .post(G6, "เกษตรจังหวัด", "รายงานผลการดำเนินงานโครงการเกษตรแปลงใหญ่")
                // a photo a minute after the same sender's text is part of that post: one finding, not two
                .media(G6, "เกษตรจังหวัด", MessageType.IMAGE)
                .post(G6, "เกษตรจังหวัด", "ขอประชาสัมพันธ์งานเกษตรแฟร์")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m3");
    }

    @Test
    void skn6p_aShortReplyThatSomethingIsDone_isNoReport_butDoneWithFiguresIs() {
        List<Finding> findings = new Fixtures()
                .post(G6, "ผวจ.สน.", "ฝากเกษตรจังหวัดแจ้งเตือนเกษตรกรเรื่องน้ำค้างแข็งด้วยครับ")                          // m1
                .post(G6, "เกษตรจังหวัด", "แจ้งเครือข่ายเกษตรกรให้แล้วครับท่าน")                                          // m2: done, in the conversation
                .post(G6, "เกษตรจังหวัด", "แจ้งเตือนแล้ว ๑๘ อำเภอ อาสาสมัครเกษตร ๔๒๐ ราย ครับ")                            // m3: done, with figures
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m3");
    }

    @Test
    void skn6p_informationForTheMembers_isNoReport_butAResultOpenedWithTheSameVerbIs() {
        // the row's unless column: a notice of information (แจ้งข้อมูล…, a plan, photos of an event's atmosphere) is
        // the news the group is for; a figure or a percentage in it does not make it a performance result
        List<Finding> findings = new Fixtures()
                .post(G6, "เกษตรจังหวัด", "ประปาภูมิภาคฝากแจ้งข้อมูลค่ะ คืนนี้ปิดซ่อมท่อเมน ๒๒.๐๐–๐๒.๐๐ น. ผู้ใช้น้ำในเขตเทศบาลได้รับผลกระทบราว ๖๐%") // m1
                .post(G6, "เกษตรจังหวัด", "ภาพบรรยากาศพิธีวางพวงมาลา ณ ลานอนุสาวรีย์ เช้านี้ครับ")                      // m2
                .post(G6, "เกษตรจังหวัด", "แจ้งแผนออกหน่วยตรวจดินเคลื่อนที่ ๓ อำเภอ สัปดาห์หน้า รายละเอียดตามไฟล์ครับ")       // m3
                .post(G6, "เกษตรจังหวัด", "ขอแจ้งผลการฉีดวัคซีนโคกระบือ ๓,๒๐๐ ตัว ครบทั้ง ๑๘ อำเภอครับ")                  // m4: a result
                .post(G6, "ผวจ.สน.", "ครับ")                                                                           // m5
                .post(G6, "เกษตรจังหวัด", "กำหนดการท่านอธิบดีพรุ่งนี้ครับ ๐๙.๓๐ ประชุมแปลงใหญ่ ๑๓.๐๐ รับรายงานผลผลิต ๑๕.๐๐ ลงพื้นที่") // m6
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m4");
    }

    @Test
    void skn6p_peopleSentToHelp_whenTheGovernorAsks_isNoReport_butWhatTheyDidIs() {
        List<Finding> findings = new Fixtures()
                .post(G6, "ผวจ.สน.", "ขอให้ส่วนราชการที่มีกำลังคน ช่วยอำเภอกุสุมาลย์ขนย้ายของผู้ประสบภัยวันพรุ่งนี้ครับ") // m1
                .post(G6, "เกษตรจังหวัด", "เกษตรจังหวัดส่งเจ้าหน้าที่ ๑๒ คน ไปกุสุมาลย์ พรุ่งนี้เช้าครับ")             // m2: sent to help
                .after(java.time.Duration.ofDays(1))
                .post(G6, "เกษตรจังหวัด", "เจ้าหน้าที่เกษตร ๑๒ คน ช่วยขนย้ายของแล้วเสร็จ ๔๐ ครัวเรือนครับ")            // m3: what they did
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m3");
    }

    @Test
    void skn6p_anAgencysOwnAwardOrResults_postedAsPublicity_fire_butInvitationsAndANegatedAwardDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G6, "เกษตรจังหวัด", "ขอแจ้งข่าวดีครับ สำนักงานเกษตรจังหวัดสกลนครได้รับรางวัลหน่วยงานดีเด่น ระดับเขต ปี ๒๕๖๘ 🏆") // m1
                .post(G6, "ผวจ.สน.", "ยินดีด้วยครับ")                                                                // m2
                .post(G6, "เกษตรจังหวัด", "ขอเชิญร่วมงานเกษตรแฟร์ ๑๕-๑๗ ม.ค. ณ ลานหน้าศาลากลาง ชิมช้อปผลผลิตเกษตรกร")      // m3
                .post(G6, "ผวจ.สน.", "ไปแน่นอนครับ")                                                                 // m4
                .post(G6, "เกษตรจังหวัด", "ปีนี้เราไม่ได้รับรางวัลครับ แต่จะพยายามต่อไป ขอประชาสัมพันธ์งานเกษตรแฟร์อีกครั้ง")  // m5
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m1");
    }

    @Test
    void outsidersPost_isForbiddenWhereARowNamesWhoMayPost_butAContentRowNamingNobodyLeavesItToMembership() {
        List<Finding> findings = new Fixtures()
                .post(G2, "สินเชื่อทันใจ 💰", "เงินด่วนข้าราชการ อนุมัติใน ๑ วัน ดอกเบี้ยถูก แอดไลน์มาเลยค่ะ") // m1
                .media(G2, "สินเชื่อทันใจ 💰", MessageType.STICKER)                                             // m2
                .post(G4, "รองผวจ.ประเสริญ", "ด่วน! ขอให้นายอำเภอทุกท่านกรอกแบบฟอร์มรับเงินช่วยเหลือตามลิงก์นี้ภายในวันนี้") // m3
                .post(G6, "คนนอก", "รายงานผลการดำเนินงานไตรมาสที่ ๑")                                          // m4
                .findings();
        // nobody on the roster is called so: each is an outsider once per group (membership), and holds none of the roles
        // a row names (SKN-2P: only the office posts; SKN-4P: orders only from the governor or a vice governor). SKN-6P
        // names nobody: it forbids members' reports, and the outsider is the membership finding's to remove
        assertThat(keys(findings)).containsExactlyInAnyOrder("SKN-2@m1", "SKN-2P@m1", "SKN-2P@m2", "SKN-4@m3", "SKN-4P@m3", "SKN-6@m4");
        assertThat(findings).allSatisfy(f -> assertThat(f.personId()).isEmpty());
        Finding advert = findings.stream().filter(f -> f.ruleId().equals("SKN-2P")).findFirst().orElseThrow();
        assertThat(advert.th()).startsWith("สินเชื่อทันใจ 💰 (ไม่มีในทะเบียน) ส่ง");
        assertThat(advert.en()).startsWith("สินเชื่อทันใจ 💰 (not on the roster) posted");
    }

    @Test
    void aNameTwoPeopleShare_orAnAuditWithoutARoster_isNeverJudgedByAPostingRow() {
        List<Finding> shared = Fixtures.withPeople("chief3,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอพังโคน,พังโคน,,")
                .post(G2, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .findings();
        assertThat(keys(shared)).doesNotContain("SKN-2P@m1");
        List<Finding> noRoster = Fixtures.withRoster(dev.rabiap.engine.Roster.parse(
                        "person_id,full_name,display_names,role,agency,district,line_user_id,email", "empty-roster.csv"))
                .post(G2, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .post(G4, "นอภ.เมืองสกลนคร", "ขอให้ทุกอำเภอเร่งดำเนินการภายในวันนี้")
                .findings();
        assertThat(noRoster).noneMatch(f -> f.kind() == FindingKind.POSTING);
    }
}
