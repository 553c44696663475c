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

/** Posting permissions of the six Sakon Nakhon groups (posting.csv through posting.drl). */
final class PostingRulesTest {
    @Test
    void skn1p_orderFromADistrictChief_fires_butGovernorsOrderAndDistrictReportDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G1, "นอภ.เมืองสกลนคร", "ขอให้ทุกอำเภอดำเนินการตรวจสอบพื้นที่เสี่ยงภัย")
                .post(G1, "ผวจ.สน.", "ขอให้ทุกอำเภอดำเนินการตรวจสอบพื้นที่เสี่ยงภัย")
                .post(G1, "นอภ.เมืองสกลนคร", "รายงานผลการปฏิบัติงานอำเภอเมืองสกลนคร ประจำสัปดาห์")
                .post(G1, "ปอ.วิชัย", "สวัสดีตอนเช้าครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-1P@m1");
        Finding finding = findings.get(0);
        assertThat(finding.kind()).isEqualTo(FindingKind.POSTING);
        assertThat(finding.personId()).isEqualTo("chief1");
        assertThat(finding.actor()).isEqualTo("นอภ.เมืองสกลนคร");
        assertThat(finding.evidence().toString()).isEqualTo("test.jsonl:1 (m1)");
        // roles are named in Thai in the Thai text and in English in the English one, never as codes
        assertThat(finding.th()).isEqualTo("นอภ.เมืองสกลนคร (นายอำเภอ) ส่งข้อสั่งการในกลุ่ม นักปกครองสกลนคร ซึ่งให้ส่งข้อสั่งการได้เฉพาะผู้ว่าราชการจังหวัด และปลัดจังหวัด");
        assertThat(finding.en()).isEqualTo("นอภ.เมืองสกลนคร (district chief) posted an order in นักปกครองสกลนคร, where only provincial governor and provincial palad may post one");
    }

    @Test
    void skn2p_ackQuestionAndOfficeChat_fire_butTheOfficesOrderAndDocumentDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G2, "ปค.จ.สน.", "ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ เรื่อง แนวทางการใช้ช่องทางการสื่อสาร ขอให้อำเภอแจ้งบุคลากรทราบและถือปฏิบัติ")
                .media(G2, "ปค.จ.สน.", MessageType.FILE)
                .post(G2, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .post(G2, "ปอ.วิชัย", "ขอสอบถามครับ ต้องส่งภายในวันไหน")
                .post(G2, "ปค.จ.สน.", "สวัสดีครับ")
                .media(G2, "นอภ.กุสุมาลย์", MessageType.STICKER)
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-2P@m3", "SKN-2P@m4", "SKN-2P@m5", "SKN-2P@m6");
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void skn3p_acksAndReportsNeedNotBeSent_butMayBe_whileOnlyThePaladSendsNews() {
        // "ไม่ต้องรายงานผลการปฏิบัติงาน/ ไม่ต้องตอบรับทราบ": members need not report or acknowledge,
        // which is not a prohibition; the palad's own "ไม่ต้องตอบรับทราบ" reminder is an order of his
        List<Finding> findings = new Fixtures()
                .post(G3, "ปจ.สน.", "ข้อสั่งการกรมการปกครอง ขอให้นายอำเภอทุกอำเภอกำกับดูแลการเลือกตั้ง")
                .post(G3, "นอภ.เมืองสกลนคร", "รับทราบครับ")
                .post(G3, "นอภ.กุสุมาลย์", "รายงานผลการดำเนินการอำเภอกุสุมาลย์")
                .post(G3, "นอภ.กุสุมาลย์", "ขอบคุณครับท่าน")
                .post(G3, "ปจ.สน.", "กลุ่มนี้ไม่ต้องตอบรับทราบนะครับ")
                .post(G3, "นอภ.เมืองสกลนคร", "ขอประชาสัมพันธ์งานกาชาดอำเภอเมืองสกลนคร ขอเชิญทุกท่านร่วมงาน")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-3P@m6");
    }

    @Test
    void skn4p_chiefsOrderAndPr_fire_butViceGovernorsOrderIncidentAndAckDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G4, "รองผวจ.ประเสริฐ", "ขอให้ทุกอำเภอเร่งช่วยเหลือผู้ประสบภัย")
                .post(G4, "นอภ.กุสุมาลย์", "แจ้งเหตุด่วน เกิดเหตุน้ำป่าไหลหลากบ้านโนนสะอาด")
                .post(G4, "นอภ.เมืองสกลนคร", "🙏")
                .post(G4, "นอภ.เมืองสกลนคร", "ขอให้ปลัดอำเภอทุกท่านเข้าร่วมประชุม")
                .post(G4, "นอภ.กุสุมาลย์", "ประชาสัมพันธ์งานกาชาดจังหวัดสกลนคร")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-4P@m4", "SKN-4P@m5");
    }

    @Test
    void skn5p_districtStaffOrderAndProvincialReport_fire_butProvincialOrderAndDistrictReportDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอเตรียมกำลังจิตอาสาพระราชทาน")
                .post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาพัฒนาอำเภอเมืองสกลนคร")
                .post(G5, "จอส.เมือง", "ขอให้ทุกอำเภอส่งรูปกิจกรรม")
                .post(G5, "ศอ.จอส.จว.สน.", "รายงานผลภาพรวมจังหวัด")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5P@m3", "SKN-5P@m4");
    }

    @Test
    void skn6p_agencyReportAndPr_fire_butGovernorsOrderAndAckDoNot() {
        List<Finding> findings = new Fixtures()
                .post(G6, "ผวจ.สน.", "ขอให้หัวหน้าส่วนราชการทุกท่านร่วมพิธีวันพ่อแห่งชาติ")
                .post(G6, "เกษตรจังหวัด", "🙏🙏")
                .post(G6, "เกษตรจังหวัด", "รายงานผลการดำเนินงานโครงการเกษตรแปลงใหญ่")
                .post(G6, "เกษตรจังหวัด", "ขอประชาสัมพันธ์งานเกษตรแฟร์")
                // a photo a minute after the same sender's text is part of that post: one finding, not two
                .media(G6, "เกษตรจังหวัด", MessageType.IMAGE)
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6P@m3", "SKN-6P@m4");
    }

    @Test
    void unresolvedSender_isAnOutsider_notJudgedByRole_butByANobodyRow() {
        List<Finding> findings = new Fixtures()
                .post(G1, "คนนอก", "ขอให้ทุกอำเภอดำเนินการ")
                .post(G6, "คนนอก", "รายงานผลการดำเนินงาน")
                .findings();
        // not on the roster: an outsider in each group (membership), and SKN-6P's row forbids reports to everyone;
        // SKN-1P's order row names roles, and an outsider's role is not known
        assertThat(keys(findings)).containsExactly("SKN-1@m1", "SKN-6@m2", "SKN-6P@m2");
        assertThat(findings).allSatisfy(f -> assertThat(f.personId()).isEmpty());
    }
}
