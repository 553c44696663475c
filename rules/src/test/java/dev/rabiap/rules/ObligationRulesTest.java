package dev.rabiap.rules;

import static dev.rabiap.rules.Fixtures.G1;
import static dev.rabiap.rules.Fixtures.G5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.spi.MessageType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SKN-5O: district volunteer centres report after an order that asks for it (obligations.csv). */
final class ObligationRulesTest {
    private static final String ORDER_24H = "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานผลการจัดกิจกรรมจิตอาสาพระราชทาน ภายใน ๒๔ ชม.";

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "/" + f.actor() + "@" + f.evidence().messageId()).toList();
    }

    @Test
    void reportAfterTheDeadline_isLate_withHowLate_andOneOnTimeIsNot() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                                  // m1 08:01
                .after(Duration.ofHours(2)).post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาอำเภอเมืองสกลนคร") // m2 10:02
                .after(Duration.ofHours(24)).post(G5, "จอส.กุสุมาลย์", "รายงานผลกิจกรรมจิตอาสาอำเภอกุสุมาลย์") // m3 next day 10:03
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/กุสุมาลย์@m3");
        Finding late = findings.get(0);
        assertThat(late.kind()).isEqualTo(FindingKind.OBLIGATION);
        assertThat(late.personId()).isEqualTo("vc2");
        assertThat(late.th()).isEqualTo("อำเภอกุสุมาลย์: รายงานช้ากว่ากำหนด 2 ชม. 2 นาที (รายงานเมื่อ 22 พ.ย. 2568 10:03 น.) "
                + "ตามข้อสั่งการในกลุ่ม ศอ.จอส.จว.สน. (test.jsonl:1 (m1)) กำหนดภายใน 22 พ.ย. 2568 เวลา 08.01 น.");
    }

    @Test
    void noReportByTheEnd_isMissingAtTheOrder_whileAnAcknowledgementDoesNotCount() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)
                .post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาอำเภอเมืองสกลนคร")
                .post(G5, "จอส.กุสุมาลย์", "รับทราบค่ะ")
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/กุสุมาลย์@m1");
        assertThat(findings.get(0).en()).startsWith("District กุสุมาลย์: no answer as of 2025-11-22 14:04");
    }

    @Test
    void notYetDue_isNotAFinding_butIsCountedOpen_untilAsOfPassesIt() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)
                .post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาอำเภอเมืองสกลนคร");
        Fixtures.Result now = log.run(AuditOptions.DEFAULTS);
        assertThat(now.findings()).isEmpty();
        assertThat(now.summary().openObligations()).isEqualTo(1);
        Fixtures.Result later = log.run(AuditOptions.DEFAULTS.asOf(Fixtures.START.plusDays(2)));
        assertThat(keys(later.findings())).containsExactly("SKN-5O/กุสุมาลย์@m1");
        assertThat(later.summary().openObligations()).isZero();
    }

    @Test
    void orderWithoutADeadline_usesTheGroupDefaultOf24Hours() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการปลูกต้นไม้")      // m1 08:01, due 08:01 next day
                .after(Duration.ofHours(23)).post(G5, "จอส.เมือง", "รายงานผลการปลูกต้นไม้อำเภอเมือง")       // m2 07:02: on time
                .after(Duration.ofHours(1)).post(G5, "นอภ.กุสุมาลย์", "รายงานผลการปลูกต้นไม้อำเภอกุสุมาลย์") // m3 08:03: late
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/กุสุมาลย์@m3");
    }

    @Test
    void orderWithoutTheWordReport_orFromADistrict_opensNoObligation() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอเตรียมกำลังจิตอาสา")
                .post(G5, "จอส.เมือง", "ขอให้ทุกอำเภอรายงานจำนวนจิตอาสา")
                .after(Duration.ofDays(3)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("SKN-5P");
    }

    @Test
    void ledger_listsEveryPartyOfEveryOrder_withItsState() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                                             // m1 08:01, due 22 Nov 08:01
                .after(Duration.ofHours(2)).post(G5, "จอส.เมือง", "รายงานผลกิจกรรมจิตอาสาอำเภอเมืองสกลนคร")     // m2 on time
                .after(Duration.ofHours(24)).post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                            // m3 22 Nov 10:03, due 23 Nov 10:03
                // m4 22 Nov 10:04: one report about neither order in particular answers one order, the
                // latest: on time for m3; m1 then has had no answer from กุสุมาลย์
                .post(G5, "จอส.กุสุมาลย์", "รายงานผลกิจกรรมจิตอาสาอำเภอกุสุมาลย์");
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        assertThat(result.summary().ledger()).extracting(e -> e.order().messageId() + "/" + e.party() + "/" + e.state()
                        + "/" + (e.answer() == null ? "-" : e.answer().messageId()) + "/" + e.lateBy().toMinutes())
                .containsExactly(
                        "m1/กุสุมาลย์/MISSING/-/0",
                        "m1/เมืองสกลนคร/ON_TIME/m2/0",
                        "m3/กุสุมาลย์/ON_TIME/m4/0",
                        "m3/เมืองสกลนคร/OPEN/-/0");
        assertThat(log.run(AuditOptions.DEFAULTS).summary().ledger()).isEmpty();
    }

    @Test
    void anOrderForAReportEveryDay_owesADutyADay_eachPaidByTheReportSentThatDay() {
        // Fri 21 Nov 2568, 08:01: Saturday, Sunday and Monday, each due at 10:00 (every day, the weekend too)
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนผู้ประสบภัยหนาวและผ้าห่มที่แจก ทุกวันก่อน ๑๐.๐๐ น. "
                        + "ตั้งแต่พรุ่งนี้ถึงวันจันทร์ที่ ๒๔ พ.ย. ๒๕๖๘")                                                   // m1
                .after(Duration.ofMinutes(25 * 60 - 2)).post(G5, "จอส.เมือง", "อ.เมือง ผู้ประสบภัยหนาว ๑๒๐ ราย แจกผ้าห่ม ๔๐ ผืน") // m2 Sat 09:00
                .after(Duration.ofMinutes(119)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ผู้ประสบภัยหนาว ๘๐ ราย ผ้าห่ม ๒๕ ผืนค่ะ")      // m3 Sat 11:00
                .after(Duration.ofMinutes(22 * 60 + 29)).post(G5, "จอส.เมือง", "อ.เมือง ผู้ประสบภัยหนาว ๑๓๕ ราย ผ้าห่ม ๓๐ ผืน")  // m4 Sun 09:30
                .after(Duration.ofMinutes(22 * 60 + 29)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ผู้ประสบภัยหนาว ๙๒ ราย ผ้าห่ม ๔๐ ผืน") // m5 Mon 08:00
                .after(Duration.ofHours(7)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");                                 // m6 Mon 15:01
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        // กุสุมาลย์ sent nothing on Sunday: Monday's report is Monday's, so Sunday stays missing, not late
        assertThat(result.summary().ledger()).extracting(e -> e.party() + "/" + e.deadline().toLocalDateTime() + "/" + e.state()
                        + "/" + (e.answer() == null ? "-" : e.answer().messageId()))
                .containsExactly(
                        "กุสุมาลย์/2025-11-22T10:00/LATE/m3",
                        "กุสุมาลย์/2025-11-23T10:00/MISSING/-",
                        "กุสุมาลย์/2025-11-24T10:00/ON_TIME/m5",
                        "เมืองสกลนคร/2025-11-22T10:00/ON_TIME/m2",
                        "เมืองสกลนคร/2025-11-23T10:00/ON_TIME/m4",
                        "เมืองสกลนคร/2025-11-24T10:00/MISSING/-");
        assertThat(keys(result.findings())).containsExactlyInAnyOrder("SKN-5O/กุสุมาลย์@m3", "SKN-5O/กุสุมาลย์@m1", "SKN-5O/เมืองสกลนคร@m1");
        assertThat(result.findings()).filteredOn(f -> f.evidence().messageId().equals("m3")).singleElement()
                .satisfies(f -> assertThat(f.th()).contains("กำหนดภายใน 22 พ.ย. 2568 เวลา 10.00 น. (ทุกวัน เวลา 10.00 น. ตั้งแต่ 22 ถึง 24 พ.ย. 2568)"));
    }

    @Test
    void triggerKindsOtherThanOrder_openObligationsToo() {
        String obligations = dev.rabiap.engine.RuleSet.bundled("sakon-nakhon").file("obligations.csv").content()
                .replace("SKN-5O,ศอ.จอส.จว.สน.,order,", "SKN-5O,ศอ.จอส.จว.สน.,order|pr,");
        dev.rabiap.engine.RuleSet rules = dev.rabiap.engine.RuleSet.bundled("sakon-nakhon")
                .with(new dev.rabiap.engine.RuleFile("rules/obligations.csv", "obligations.csv", obligations));
        dev.rabiap.engine.PolicyEngine engine = dev.rabiap.engine.PolicyEngine.builder().rules(rules).roster(Fixtures.ROSTER).build();
        List<Finding> findings = new java.util.ArrayList<>();
        try (dev.rabiap.engine.Audit audit = engine.newAudit(findings::add, AuditOptions.DEFAULTS)) {
            java.time.ZonedDateTime t = Fixtures.START;
            audit.accept(dev.rabiap.engine.spi.ChatMessage.builder().id("m1").evidence(new dev.rabiap.engine.spi.Evidence("t", 1, "m1"))
                    .group(G5).sender("ศอ.จอส.จว.สน.").time(t).text("ขายเสื้อจิตอาสา ตัวละ ๒๐๐ บาท สนใจสั่งได้ที่ศูนย์ ส่งยอดสั่งซื้อของอำเภอภายใน ๒๔ ชม.").build());
            audit.accept(dev.rabiap.engine.spi.ChatMessage.builder().id("m2").evidence(new dev.rabiap.engine.spi.Evidence("t", 2, "m2"))
                    .group(G1).sender("นอภ.เมืองสกลนคร").time(t.plusHours(30)).text("สวัสดีครับ").build());
            audit.finish();
        }
        assertThat(keys(findings)).containsExactly("SKN-5O/กุสุมาลย์@m1", "SKN-5O/เมืองสกลนคร@m1");
    }
    private static List<String> ledger(Fixtures log) {
        return log.run(AuditOptions.DEFAULTS.withLedger()).summary().ledger().stream()
                .map(e -> e.order().messageId() + "/" + e.party() + "/" + e.state() + "/" + (e.answer() == null ? "-" : e.answer().messageId()))
                .toList();
    }

    @Test
    void theOrderRecalledYesterday_postedAgain_theDistrictsStillOwingCalledOn_orAnOrderToldAhead_opensNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการปลูกหญ้าแฝกริมอ่าง พร้อมภาพ ภายในวันที่ ๒๒ พ.ย. ๖๘ เวลา ๑๖.๐๐ น.") // m1 Fri 08:01
                // Sat morning, the same deadline restated with when it was ordered (no ไว้): no duty of its own
                .after(Duration.ofHours(22)).post(G5, "ศอ.จอส.จว.สน.", "อรุณสวัสดิ์ค่ะ ฝากทุกอำเภอส่งผลปลูกหญ้าแฝกตามที่สั่งการเมื่อวาน ภายใน ๑๖.๐๐ น. นะคะ") // m2
                // the whole order posted again under a heading that says so
                .post(G5, "ศอ.จอส.จว.สน.", "🔁 ทวนข้อสั่งการ\nขอให้ทุกอำเภอรายงานผลการปลูกหญ้าแฝกริมอ่าง พร้อมภาพ ภายในวันที่ ๒๒ พ.ย. ๖๘ เวลา ๑๖.๐๐ น.") // m3
                // the week's tally, calling on those still owing to send on Monday
                .post(G5, "ศอ.จอส.จว.สน.", "สรุปการส่งงานของสัปดาห์ตามไฟล์ครับ อำเภอที่ยังค้างขอให้ส่งวันจันทร์")              // m4
                // the time it fell due, passed, thanking those who sent and calling on one still owing
                .post(G5, "ศอ.จอส.จว.สน.", "เรื่องหญ้าแฝก ครบกำหนดเที่ยงแล้วครับ ขอบคุณ อ.เมืองฯ ครับ กุสุมาลย์รบกวนส่งด่วนครับ")     // m5
                // an order told ahead, with no deadline of its own
                .post(G5, "ศอ.จอส.จว.สน.", "แจ้งล่วงหน้าครับ บ่ายนี้ท่านรองฯ จะสั่งการเรื่องรายงานจุดเสี่ยงน้ำท่วม ขอให้ทุกอำเภอเตรียมข้อมูลไว้ครับ"); // m6
        assertThat(ledger(log)).extracting(row -> row.split("/")[0]).containsOnly("m1");
    }

    @Test
    void whatAnOrderMeasuresTheWorkBy_inBrackets_isNotItsSubject_andATreeNamedByItsKindIsPlanting() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลกิจกรรมจิตอาสาวันพ่อ ดังนี้\n- จำนวนจิตอาสา\n- ผลงาน (ระยะทาง / จำนวนต้นไม้)\nภายใน ๒๔ ชม.") // m1
                // cleaning is the work; the trees are one of the order's measures, in brackets
                .after(Duration.ofHours(3)).post(G5, "จอส.เมือง", "อ.เมือง ทำความสะอาดคูระบายน้ำรอบหนองหาร ระยะทาง ๒ กม. จิตอาสา ๑๒๐ คน") // m2
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการปลูกต้นไม้เฉลิมพระเกียรติ ภายใน ๒๔ ชม.")                            // m3
                // planting named by the tree: the planting order's answer
                .after(Duration.ofHours(2)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ปลูกต้นยางนา ๒๐๐ ต้น ที่โรงเรียนบ้านโพธิ์ค่ะ");      // m4
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m2", "m3/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void aNumberedAnswer_goesToTheOneOrderNumberingAsManyItems_andATelephoneNumberNamesTheContactAsked() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ ส่งภาพจิตอาสาลงแขกเกี่ยวข้าวช่วยครัวเรือนผู้สูงอายุ ภายใน ๑๒.๐๐ น. วันนี้") // m1 Fri 08:01
                .after(Duration.ofHours(6)).post(G5, "ศอ.จอส.จว.สน.", "เรื่อง เตรียมแจกผ้าห่มกันหนาว ขอให้ทุกอำเภอรายงาน\n"
                        + "๑. จำนวนจิตอาสาที่พร้อม (คน)\n๒. จำนวนผู้สูงอายุที่สำรวจแล้ว (ราย)\n๓. ชื่อ-เบอร์โทรผู้ประสานงาน\n"
                        + "ภายในวันจันทร์ที่ ๒๔ พ.ย. ๒๕๖๘ เวลา ๑๒.๐๐ น.")                                                              // m2 Fri 14:02
                // the second item shares ครัวเรือน with the order for photos; the three items are the cold-season order's three
                .after(Duration.ofHours(20)).post(G5, "จอส.เมือง", "อ.เมืองครับ\n๑. ๔๕ คน\n๒. ๓๒๐ ครัวเรือน\n๓. ปลัดวิทยา ๐๘๙-๑๑๒-๓๓๔๕"); // m3 Sat
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/MISSING/-", "m2/เมืองสกลนคร/ON_TIME/m3");
    }

    @Test
    void aLatePlanExcusedFirst_paysThePlanOrder_notTheLaterOneAskingForTheResultsOfThePlans() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ รายงานแผนการจัดกิจกรรมจิตอาสาวันแม่ (สถานที่ เวลา จำนวนจิตอาสา) ภายใน ๑๕.๓๐ น. วันนี้") // m1
                .after(Duration.ofHours(5)).post(G5, "ศอ.จอส.จว.สน.", "ตามที่อำเภอรายงานแผนกิจกรรมจิตอาสาวันแม่มานั้น เมื่อทำกิจกรรมแล้ว "
                        + "ขอให้รายงานผลพร้อมภาพ ภายในวันที่ ๒๓ พ.ย. ๒๕๖๘")                                                        // m2
                // the next morning: held up yesterday, and the plan after it
                .after(Duration.ofHours(18)).post(G5, "จอส.เมือง", "ขออภัยครับ เมื่อวานติดภารกิจประชุมทั้งวัน\n"
                        + "อ.เมืองรายงานแผนครับ วันนี้ ๐๘.๓๐ น. วัดกลาง ทำความสะอาดลานวัด จิตอาสา ๖๐ คน");                           // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/LATE/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void anAnswerThatSaysItIsAPlan_paysThePlanOrder_notALaterOneAskingNoPlan() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานแผนการจัดกิจกรรมวันที่ ๑๒ ส.ค. ภายใน ๒๔ ชม.")             // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานยอดผู้ประสงค์บริจาคโลหิต (ราย) ภายใน ๒๔ ชม.")              // m2
                .post(G5, "จอส.เมือง", "อ.เมือง รายงานแผนกิจกรรม ๑๒ ส.ค. ค่ะ ทำบุญตักบาตร และบริจาคโลหิต ณ รพ. จิตอาสา ๒๐๐ คน"); // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void aScheduleOfTheNextRound_orPhotosOfARoadMended_payNoOrderForTodaysVisits_butTheVisitsReportedDo() {
        String order = "ขอให้ทุกอำเภอรายงานจำนวนบ้านผู้พิการที่จิตอาสาไปเยี่ยมวันนี้ พร้อมภาพ ภายใน ๒๔ ชม.";
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", order)                                                                           // m1
                .after(Duration.ofMinutes(20)).post(G5, "จอส.เมือง", "กำหนดการออกเยี่ยมครั้งถัดไปของเมืองสกลนคร วันศุกร์ที่ ๒๐ นี้ค่ะ") // m2
                .after(Duration.ofMinutes(20)).post(G5, "จอส.กุสุมาลย์", "ภาพจิตอาสาลงลูกรังทางเข้าบ้านโนนแดงครับ")          // m3
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE);                                                             // m4, part of m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");

        Fixtures done = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", order)
                .after(Duration.ofMinutes(20)).post(G5, "จอส.เมือง", "ตามกำหนดการค่ะ เมืองสกลนครเยี่ยมบ้านผู้พิการแล้ว ๙ หลัง"); // m2
        assertThat(ledger(done)).contains("m1/เมืองสกลนคร/ON_TIME/m2");
    }

    @Test
    void aPlanOfWorkOnAFile_paysNoOrderForTodaysFigures_butAReportCitingTheOrderDoes() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนถังน้ำที่แจกวันนี้ พร้อมภาพ ภายใน ๒๔ ชม.")                   // m1
                .after(Duration.ofHours(1)).media(G5, "จอส.เมือง", MessageType.FILE)                                       // m2
                .post(G5, "จอส.เมือง", "แผนปฏิบัติงานจิตอาสา อ.เมืองสกลนคร เดือนหน้าค่ะ")                                // m3, m2's caption
                .after(Duration.ofHours(1)).post(G5, "จอส.กุสุมาลย์", "ตามที่ท่านปลัดจังหวัดสั่งการเรื่องถังน้ำ กุสุมาลย์ขอรายงานว่าวันนี้ยังไม่ได้แจก (๐ ถัง) ครับ"); // m4
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void aPostPointingBackToWhatWasOrderedBefore_withNoDeadlineOfItsOwn_opensNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนเครื่องสูบน้ำที่พร้อมใช้ ภายใน ๒๔ ชม.")                     // m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ส่งตัวเลขเครื่องสูบน้ำตามที่แจ้งไว้ด้วยนะครับ จอส.เมือง") // m2
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ตามที่แจ้งไว้เมื่อเช้า ขอให้ทุกอำเภอส่งภาพจุดติดตั้งด้วย ภายใน ๑๖.๓๐ น."); // m3
        assertThat(ledger(log)).extracting(row -> row.split("/")[0]).containsOnly("m1", "m3");
    }

    @Test
    void resultsPayTheOrderForResults_notALaterOneAskingOnlyForNames() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลกิจกรรมจิตอาสาวันที่ ๓ มิ.ย. ภายใน ๒๔ ชม.")                  // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อผู้เข้าอบรมจิตอาสาภัยพิบัติ อำเภอละ ๑๕ คน ภายใน ๒๔ ชม.")      // m2
                .post(G5, "จอส.เมือง", "เมืองส่งผลกิจกรรมค่ะ ขออภัยที่ล่าช้า เจ้าหน้าที่ออกช่วยผู้ประสบภัยทั้งสัปดาห์ค่ะ");     // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void whatTheOfficeItselfWillSend_orAPickUp_opensNoDuty_butARequestToSendDoes() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.ทุกอำเภอ ขอให้เตรียมจิตอาสาร่วมพิธี ๑๒ ส.ค. อำเภอละ ๒๐ คน หนังสือจะส่งตามไปครับ") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.ทุกอำเภอ ขอให้เตรียมจิตอาสาร่วมพิธี อำเภอละ ๒๐ คน จังหวัดจัดรถรับส่งให้ครับ")   // m2
                .post(G5, "ศอ.จอส.จว.สน.", "เพื่อทราบ: จังหวัดจะจัดรถรับส่งจิตอาสาไปพิธี อำเภอละ ๑ คัน รายละเอียดแจ้งอีกครั้งครับ")   // m3
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.ทุกอำเภอ ขอให้เตรียมจิตอาสาร่วมพิธี และส่งรายชื่อภายใน ๒๔ ชม. ครับ");          // m4
        assertThat(ledger(log)).extracting(row -> row.split("/")[0]).containsOnly("m4");
    }

    @Test
    void aCallToAMeetingWhoseAgendaTheOfficeWillMail_orAnAnswerKeepingTheDeadline_opensNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                                                                    // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอเชิญ นอภ.ทุกอำเภอ หรือผู้แทน ร่วมประชุมคณะกรรมการ ศอ.จอส.จังหวัด ครั้งที่ ๒/๒๕๖๘ "
                        + "วันพฤหัสบดีที่ ๒๗ พ.ย. เวลา ๑๓.๓๐ น. ณ ห้องประชุมศาลากลาง ระเบียบวาระจะส่งให้ทางอีเมลครับ")           // m2
                .post(G5, "นอภ.กุสุมาลย์", "กุสุมาลย์ขอเลื่อนส่งเป็นพรุ่งนี้ได้ไหมครับ ยังรอตัวเลขจากตำบลครับ")                   // m3
                .after(Duration.ofMinutes(4)).post(G5, "ศอ.จอส.จว.สน.", "เรียนท่านนายอำเภอ ขอภายในกำหนดเดิมครับ ถ้ายังไม่ครบส่งเท่าที่มีก่อนได้ครับ"); // m4
        assertThat(ledger(log)).extracting(row -> row.split("/")[0]).containsOnly("m1");
    }

    @Test
    void anotherDistrictsResultsPassedOn_answerForThatDistrict_notTheSenders() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อ. ทุกอำเภอ สำรวจและรายงานความเสียหายจากพายุเมื่อคืน (บ้านเสียหายกี่หลัง / จิตอาสาที่ลงช่วย) "
                        + "ภายใน ๑๑.๓๐ น. วันนี้")                                                                                   // m1
                .after(Duration.ofMinutes(60)).post(G5, "จอส.กุสุมาลย์",
                        "ช่วยส่งต่อค่ะ ผลสำรวจของ อ.เมืองสกลนคร บ้านเสียหาย ๘ หลัง จิตอาสา ๓๕ คน (ปลัดฝากมาเนื่องจากสัญญาณไม่ดี)")        // m2
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/MISSING/-");
    }

    @Test
    void aListOfNamesSent_answersTheCallForNames_notALaterOrderForACount_andAReminderNamingWhoIsShortOpensNothing() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อจิตอาสาร่วมพิธี อำเภอละ ๒๐ คน ตามแบบฟอร์มที่แนบ ภายใน ๑๖.๐๐ น. วันนี้")  // m1
                .after(Duration.ofMinutes(30)).post(G5, "ศอ.จอส.จว.สน.",
                        "ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่บริจาคโลหิต (คน) ภายในพรุ่งนี้ ๑๒.๐๐ น.")                                 // m2
                .after(Duration.ofMinutes(30)).post(G5, "จอส.เมือง", "เมืองส่งรายชื่อจิตอาสา ๒๐ คนค่ะ")                              // m3
                .file(G5, "จอส.เมือง", "เมือง-รายชื่อจิตอาสา.xlsx")
                .after(Duration.ofMinutes(30)).post(G5, "ศอ.จอส.จว.สน.", "สรุปครับ รายชื่อจิตอาสายังขาด กุสุมาลย์ ขอให้ส่งโดยด่วนครับ"); // m5
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-")
                .extracting(row -> row.split("/")[0]).containsOnly("m1", "m2");

        // what is still short that is no district: an order of its own
        Fixtures sizes = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ศอ.จอส.อ.เมืองสกลนคร ขอให้ยืนยันจำนวนเสื้อที่ได้รับจริงและขนาดที่ยังขาด ภายใน 14.00 น. วันนี้นะครับ");
        assertThat(ledger(sizes)).containsExactly("m1/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void aLateAnswerThatSaysMoreOfAnOrderItIsInTimeFor_answersThatOne_unlessItSaysItIsLate() {
        String flood = "เรียน นอภ.เมืองสกลนคร / นอภ.กุสุมาลย์\nตามที่ระดับน้ำในลำน้ำสงครามยังคงล้นตลิ่ง มีน้ำท่วมขังพื้นที่การเกษตรและบ้านเรือน"
                + "ประชาชนบางส่วน นั้น\nขอให้ ศอ.จอส.อ. ทั้ง ๒ อำเภอ นำจิตอาสาพระราชทานลงพื้นที่ช่วยเหลือผู้ประสบภัย (ขนย้ายสิ่งของ ร่วมกับ อปท. "
                + "แจกจ่ายถุงยังชีพ ทำความสะอาดบ้านเรือนหลังน้ำลด) และรายงานผลพร้อมภาพกิจกรรม ๓ - ๕ ภาพ ภายใน ๒๔ ชั่วโมง";
        String temples = "เรียน นอภ.ทุกอำเภอ\nขอให้ ศอ.จอส.อ. รายงานผลกิจกรรมจิตอาสาพัฒนา \"หลังบุญออกพรรษา บ้านเมืองสะอาด\" (ทำความสะอาดวัด "
                + "ลานวัด สถานที่จัดงาน ขุดลอกคูระบายน้ำ) จำนวนจุด/จำนวนจิตอาสา พร้อมภาพกิจกรรม ๒ - ๓ ภาพ ภายในเวลา ๑๖.๐๐ น. วันนี้ค่ะ";
        Fixtures inTime = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", flood)                                                                        // m1
                .after(Duration.ofHours(48)).post(G5, "ศอ.จอส.จว.สน.", temples)                                          // m2
                .after(Duration.ofHours(3)).post(G5, "จอส.เมือง", "เมือง ทำความสะอาดวัดและที่ว่าการอำเภอหลังงานบุญ ๒ จุด จิตอาสา ๒๔ คนค่ะ") // m3
                .media(G5, "จอส.เมือง", MessageType.IMAGE)
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(inTime)).contains("m1/เมืองสกลนคร/MISSING/-", "m2/เมืองสกลนคร/ON_TIME/m3");

        Fixtures excused = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", flood)
                .after(Duration.ofHours(48)).post(G5, "ศอ.จอส.จว.สน.", temples)
                .after(Duration.ofHours(3)).post(G5, "จอส.เมือง",
                        "เมือง ทำความสะอาดวัดและที่ว่าการอำเภอหลังงานบุญ ๒ จุด จิตอาสา ๒๔ คนค่ะ ขออภัยที่ล่าช้าค่ะ")
                .media(G5, "จอส.เมือง", MessageType.IMAGE)
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(excused)).contains("m1/เมืองสกลนคร/LATE/m3", "m2/เมืองสกลนคร/ON_TIME/m3");
    }

    @Test
    void whatWasReceived_withTheResultsStillToCome_orADeliveryStillToCome_answersNothing() {
        String blankets = "ขอให้ ศอ.จอส.อำเภอทุกอำเภอ แจ้งผลการมอบผ้าห่มกันหนาวให้ผู้สูงอายุ (จำนวนผืนที่มอบ / จำนวนครัวเรือน) "
                + "ภายใน ๑๒.๐๐ น. วันนี้";
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", blankets)                                                                      // m1
                .post(G5, "จอส.เมือง", "ยืนยันว่าอำเภอได้รับผ้าห่มครบ ๓๕๐ ผืนตามหนังสือจังหวัดแล้วนะคะ ตอนนี้กำลังทยอยมอบ ผลจะรายงานตามมาค่ะ") // m2
                .post(G5, "จอส.กุสุมาลย์", "พรุ่งนี้เวลา ๐๘.๓๐ น. อ.กุสุมาลย์ จะมอบถุงยังชีพให้ผู้ป่วยติดเตียง ๔๐ ราย ค่ะ")        // m3
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/MISSING/-", "m1/กุสุมาลย์/MISSING/-");
    }

    @Test
    void aShortAnswerToAMembersQuestion_opensNoDutyOfItsOwn_butAnOrderOfItsOwnLengthDoes() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                                                          // m1
                .post(G5, "จอส.เมือง", "ภาพที่ส่งต้องมีป้ายโครงการไหมคะ")                                           // m2, a question
                .after(Duration.ofMinutes(5)).post(G5, "ศอ.จอส.จว.สน.", "มีป้ายก็ดีค่ะ ถ้าไม่มีก็ส่งได้ ขอให้เห็นหน้าผู้รับชัดๆ") // m3, its answer
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/MISSING/-", "m1/กุสุมาลย์/MISSING/-");

        Fixtures later = new Fixtures()
                .post(G5, "จอส.เมือง", "ภาพที่ส่งต้องมีป้ายโครงการไหมคะ")                                           // m1, a question
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพการมอบผ้าห่มให้เห็นผู้รับชัดๆ")   // m2, two hours on: an order
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(later)).containsExactlyInAnyOrder("m2/เมืองสกลนคร/MISSING/-", "m2/กุสุมาลย์/MISSING/-");
    }

    @Test
    void aReportSentWithPhotos_answersTheOrderThatAskedForPhotos_beforeALaterOneThatDidNot() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสา อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")            // m1, asks for photos
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการเบิกจ่ายงบประมาณโครงการ ภายใน ๓ วัน")             // m2, a later order that does not
                .post(G5, "จอส.เมือง", "ภาพกิจกรรม อ.เมืองสกลนคร ค่ะ")                                               // m3, with two photos
                .media(G5, "จอส.เมือง", MessageType.IMAGE)
                .media(G5, "จอส.เมือง", MessageType.IMAGE);
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void photosAlone_answerTheOrderThatAskedForPhotos_notALaterOneThatPointsToItsOwnPictures() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสา อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")                 // m1, asks for photos
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนผู้เข้าอบรมหลักสูตรจิตอาสา ภายใน ๓ วัน รายละเอียดตามภาพที่แนบ") // m2, the letter's own pages
                .media(G5, "จอส.เมือง", MessageType.IMAGE)                                                             // m3, m4: photos alone
                .media(G5, "จอส.เมือง", MessageType.IMAGE);
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void anAnswerGivingAPlace_paysTheOrderThatAskedWhere_notALaterOneAboutSomethingElse() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ รายงานแผนงานวันพ่อ (สถานที่ / จำนวนผู้ร่วม / ประธาน) ภายใน ๒ วัน")  // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานเรือท้องแบนและเครื่องสูบน้ำที่พร้อมใช้ ภายใน ๓ วัน")              // m2
                .post(G5, "จอส.เมือง", "เมืองสกล : ลานหน้าที่ว่าการอำเภอ / ๔๐ คน / ๐๘.๐๐ น.");                         // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void sayingItWentToTheWrongGroup_paysNothing() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอเสนอรายชื่อผู้ประสานงานจิตอาสา อำเภอละ ๒ ท่าน ภายใน ๒๔ ชม.") // m1
                .post(G5, "จอส.กุสุมาลย์", "เมื่อกี้ส่งรายงานผิดกลุ่มครับ ขออภัยครับ");                            // m2
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
        // read as a report all the same: it is the words about the wrong group that keep it from paying
        assertThat(new Fixtures().post(G5, "จอส.กุสุมาลย์", "เมื่อกี้ส่งรายงานผิดกลุ่มครับ ขออภัยครับ").kinds()).containsExactly("m1=report");
    }

    @Test
    void theDistrictsListedAfterANamingWord_withTheirCounts_areTheOnesAsked() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "อำเภอที่พบไฟป่าเมื่อคืนนี้ ได้แก่ อ.กุสุมาลย์ ๓ จุด ขอให้ ศอ.จอส.อำเภอ ออกตรวจพื้นที่ "
                        + "แล้วรายงานผลภายใน ๒๔ ชม.");
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderToTheDistrictsOfAListSentRightAfterIt_obligesThoseListed() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้อำเภอตามบัญชีแนบ จัดจิตอาสาดูแลจุดพักรถ และรายงานผลภายใน ๒๔ ชม. ครับ") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "บัญชีแนบ อำเภอที่มีจุดพักรถ\n๑. อ.กุสุมาลย์");                       // m2, a minute later
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aReminderNamingTheDistrictsThatStillOwe_opensNoDutyOfItsOwn() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อผู้ประสานงานจิตอาสาประจำจุด ภายใน ๒๔ ชม.")                    // m1
                .post(G5, "จอส.เมือง", "เมืองสกลนคร ผู้ประสานงาน นายสมหมาย ใจงาม ๐๘๑-๕๕๕-๐๑๒๓ ค่ะ")                        // m2
                .after(Duration.ofHours(5)).post(G5, "ศอ.จอส.จว.สน.", "อำเภอที่ยังไม่ได้ยืนยันผู้ประสานงาน ได้แก่ อ.กุสุมาลย์ "
                        + "ขอให้ส่งภายใน ๑๖.๓๐ น. ครับ");                                                                  // m3
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aFileAlone_paysTheOrderThatAskedForAFormBack_beforeALaterOneThatDidNot() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอกรอกแบบฟอร์มจุดบริการตามไฟล์แนบ แล้วส่งกลับในกลุ่มนี้ ภายใน ๓ วัน") // m1, a form
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนเต็นท์ที่มีอยู่ ภายใน ๓ วัน")                        // m2, later
                .file(G5, "จอส.เมือง", "scan0012.pdf");                                                               // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void aReportOfResults_paysNoOrderThatAskedOnlyForAPlan() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งแผนงานจิตอาสาวันพ่อ ภายใน ๒๔ ชม.")                         // m1, a plan
                .after(Duration.ofDays(3)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลงานจิตอาสาวันพ่อ ภายใน ๒๔ ชม.") // m2, results
                .post(G5, "จอส.เมือง", "รายงานผลงานจิตอาสาวันพ่อ อ.เมืองสกลนคร ผู้ร่วมงาน ๒๐๐ คน");                        // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/MISSING/-", "m2/เมืองสกลนคร/ON_TIME/m3");
    }

    @Test
    void aCaptionAmongTheLettersPhotos_isReadWithTheOrder_forItsDeadline() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.ทุกอำเภอ ส่งหนังสือจังหวัด เรื่อง การจัดกิจกรรมวันนวมินทรมหาราช "
                        + "ขอให้อำเภอพิจารณาดำเนินการ รายละเอียดตามภาพที่แนบครับ")                                          // m1
                .media(G5, "ศอ.จอส.จว.สน.", MessageType.IMAGE)                                                         // m2, page 1
                .captioned(G5, "ศอ.จอส.จว.สน.", MessageType.IMAGE, "หน้า ๒ ข้อ ๓ ให้อำเภอรายงานสถานที่จัดกิจกรรม ภายใน ๗๒ ชม.") // m3, page 2
                .after(Duration.ofHours(48)).post(G5, "จอส.เมือง", "อ.เมืองสกลนคร รายงานสถานที่จัดกิจกรรมวันนวมินทรมหาราช วัดพระธาตุเชิงชุมค่ะ"); // m4
        // one order of three messages, due 72 hours after it (not the 24 of an order that names no deadline)
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m4", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void askingToPutNamesForward_opensDuties_forTheDistrictsNamed() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.กุสุมาลย์ จังหวัดจะมอบโล่จิตอาสาดีเด่น ขอให้เสนอรายชื่อผู้สมควรได้รับ อำเภอละ ๒ ราย ภายใน ๒๔ ชม.");
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderCallsAChiefByGivenName_turnsToADistrictOnItsSecondLine_andCopiesNoOneForInformation() {
        Fixtures byName = new Fixtures().post(G5, "ศอ.จอส.จว.สน.", "ขอให้ท่านบุญมี ช่วยแจ้งจำนวนรถกู้ภัยที่พร้อมออกปฏิบัติงาน ภายใน ๒๔ ชม. ครับ");
        assertThat(ledger(byName)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        Fixtures turning = new Fixtures().post(G5, "ศอ.จอส.จว.สน.",
                "ขอบคุณ อ.เมืองสกลนคร ที่ส่งภาพมาครบแล้วค่ะ\nส่วน อ.กุสุมาลย์ รบกวนส่งภาพงานปลูกหญ้าแฝกเพิ่มอีก ๒ ภาพ ภายใน ๒๔ ชม. นะคะ");
        assertThat(ledger(turning)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        Fixtures copied = new Fixtures().post(G5, "ศอ.จอส.จว.สน.",
                "เรียน ผอ.ศอ.จอส.อ.กุสุมาลย์ (สำเนาแจ้ง อ.เมืองสกลนคร เพื่อทราบ)\nขอให้จัดจิตอาสา ๒๐ คน ช่วยงานกาชาด และรายงานความพร้อม ภายใน ๒๔ ชม.");
        assertThat(ledger(copied)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        Fixtures deputies = new Fixtures().post(G5, "ศอ.จอส.จว.สน.",
                "ให้ปลัดอำเภอประสานงานของ อ.กุสุมาลย์ รายงานจำนวนจิตอาสาที่ช่วยเก็บขยะริมห้วย ภายใน ๒๔ ชม.");
        assertThat(ledger(deputies)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        // the districts' reports are what the centre's own officer is to put together: no district is asked
        Fixtures gathering = new Fixtures().post(G5, "ศอ.จอส.จว.สน.",
                "@ศอ.จอส.จว.สน. ช่วยรวมตัวเลขของทุกอำเภอที่ส่งมาแล้ว ทำเป็นตารางให้ผมภายใน ๑๖.๓๐ น. วันนี้");
        assertThat(ledger(gathering)).isEmpty();
    }

    @Test
    void aGivenNameThreePeopleHave_callsNoOne() {
        Fixtures log = Fixtures.withPeople(
                        "g1,นายสมศักดิ์ แสงทอง,ปลัดสมศักดิ์ เมือง,deputy_district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,",
                        "g2,นายสมศักดิ์ บุญมา,ปลัดศักดิ์ กุสุมาลย์,deputy_district_chief,ที่ว่าการอำเภอกุสุมาลย์,กุสุมาลย์,,",
                        "g3,นายสมศักดิ์ ทองดี,ปลัดทองดี,deputy_district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,")
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ท่านสมศักดิ์ ช่วยรายงานจำนวนจิตอาสาที่ไปช่วยงานวัด ภายใน ๒๔ ชม.");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anActivityReportedLongAfterItsDay_paysNoOrderThatNamesNeitherTheDayNorItsMonth() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานยอดเงินโครงการที่ใช้ไปและคงเหลือ ภายใน ๓ วัน")            // m1, 21 Nov
                // m2: the volunteers' clean-up of 15 October, sent late for an order before the log
                .post(G5, "จอส.เมือง", "เมืองสกลนครขอส่งภาพกิจกรรมพัฒนาลานวัด ๑๕ ตุลาคม (ส่งช้า) ค่ะ จิตอาสา ๔๐ คน")
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ใช้ไป ๑๘,๕๐๐ บาท คงเหลือ ๖,๕๐๐ บาทค่ะ");                      // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/ON_TIME/m3");
    }

    @Test
    void aRemarkWithNoFigure_isNotTheCountAnOrderAsksFor_evenReplyingToIt() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอแจ้งจำนวนเต็นท์และโต๊ะที่ให้ยืมได้ ภายในวันนี้ เวลา ๑๒.๐๐ น.")   // m1
                .reply(G5, "จอส.เมือง", "อำเภอตรวจเช็คเต็นท์เรียบร้อยแล้วค่ะ พร้อมให้ยืม", "m1")                          // m2: no count
                .after(Duration.ofHours(5)).post(G5, "จอส.เมือง", "เมืองสกลนคร เต็นท์ ๖ หลัง โต๊ะ ๓๐ ตัวค่ะ")          // m3, after noon
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ไม่มีเต็นท์ว่างค่ะ");                                             // m4: none is a count
        assertThat(log.kinds()).contains("m2=report");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/LATE/m3", "m1/กุสุมาลย์/LATE/m4");
    }

    @Test
    void aPromiseToSendLater_paysNothing_butAReportThatPromisesMoreStillAnswers() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพการซ่อมฝายชะลอน้ำ อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")        // m1
                .post(G5, "จอส.เมือง", "ทีมเมืองสกลนครยังอยู่หน้างานค่ะ ขอส่งภาพตอนเย็นนะคะ")                         // m2: a promise
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์รายงานค่ะ ฝายยังซ่อมไม่เสร็จ (๐ แห่ง) จะรายงานอีกครั้งพรุ่งนี้ค่ะ"); // m3: a report of none
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/ON_TIME/m3");
    }

    @Test
    void wordsAboutTwoOrders_goToTheOneThatAskedForNoPhotos_whenTheySayMoreOfIt() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอสำรวจรถบรรทุกน้ำ เครื่องปั่นไฟ และถังน้ำสำรอง แล้วแจ้งจำนวน ภายใน ๒ ชม.") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอนำจิตอาสาแจกน้ำดื่มและถังน้ำให้ชาวบ้าน แล้วส่งภาพกิจกรรม ภายใน ๒๔ ชม.")  // m2
                // m3: late for m1; shares ถังน้ำ with m2 too, but it is m1's count
                .after(Duration.ofHours(4)).post(G5, "จอส.เมือง", "เมืองสกลนครขออภัยที่ช้าค่ะ รถบรรทุกน้ำ ๒ คัน เครื่องปั่นไฟ ๓ เครื่อง ถังน้ำสำรอง ๑๒ ถังค่ะ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/LATE/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void aDateInAnAnswer_doesNotMakeItAboutAnOrderOfTheSameMonth() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพงานวันเด็ก ภายใน ๒๔ ชม.")                          // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานการแจกจ่ายผ้าห่ม ที่ได้รับเมื่อ ๙ ม.ค. ๖๙ ภายใน ๓ วัน")    // m2, later, dated
                // m3 shares เด็ก with m1 and only the month with m2: about m1, not the latest order
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร ส่งภาพงานวันเด็ก ๑๐ ม.ค. ๖๙ ค่ะ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void figuresWithNoWordOfAReport_answerTheOrderInFrontOfThem_butAPutOffAndAnOutsiderDoNot() {
        String order = "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนถุงยังชีพที่แจกแล้ว แยกผู้สูงอายุ ผู้พิการ และเด็กเล็ก ภายใน ๒๔ ชม.";
        String figures = "ถุงยังชีพเมืองสกลค่ะ สูงอายุ๔๐ พิการ๑๒ เด็ก๒๕";
        String putOff = "ถุงยังชีพ กุสุมาลย์ ขอเลื่อนนะคะ สูงอายุ พิการ เด็ก ยังนับไม่ครบ";
        // alone, neither says what it is: the table and the examples read both as chat
        assertThat(new Fixtures().post(G5, "จอส.เมือง", figures).post(G5, "จอส.กุสุมาลย์", putOff).kinds())
                .containsExactly("m1=chat", "m2=chat");

        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", order)                  // m1
                .post(G5, "จอส.เมือง", figures)                      // m2: the district's figures, a report of them
                .post(G5, "จอส.กุสุมาลย์", putOff)                   // m3: asks for time, no report yet
                .post(G1, "จอส.เมือง", figures)                      // m4: the same words in a group where no order asked
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(log.kinds()).startsWith("m1=order", "m2=report", "m3=chat", "m4=chat");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/MISSING/-");
    }

    @Test
    void aReportAboutOneOfTwoOrdersOnTheSameFlood_answersThatOne_whileANumberedReportAnswersEach() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานผลการแจกถุงยังชีพผู้ประสบอุทกภัย จำนวนถุง จำนวนครัวเรือน ภายใน ๓ วัน") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอสำรวจบ้านเรือนที่ถูกน้ำท่วมเสียหาย แยกเสียหายบางส่วน เสียหายทั้งหลัง "
                        + "แล้วรายงานจำนวนครัวเรือนผู้ประสบอุทกภัย ภายใน ๒๔ ชม.")                                                        // m2
                // m3 shares four words with m1 (ผู้ประสบอุทกภัย, ครัวเรือน) and thirteen with m2: the survey's answer only
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร รายงานผลสำรวจบ้านเรือนถูกน้ำท่วม เสียหายบางส่วน 40 หลัง เสียหายทั้งหลัง 3 หลัง "
                        + "ผู้ประสบอุทกภัย 43 ครัวเรือน")
                // m4 numbers its items: the first is about m1 (three words), the second about m2 (many more); it answers both
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ขอรายงาน ๒ เรื่องครับ ๑. แจกถุงยังชีพแล้ว ๒๐๐ ถุง ๒. สำรวจบ้านเรือนถูกน้ำท่วม "
                        + "เสียหายบางส่วน ๑๒ หลัง เสียหายทั้งหลัง ๑ หลัง");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m2/เมืองสกลนคร/ON_TIME/m3",
                "m1/กุสุมาลย์/ON_TIME/m4", "m2/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void aNumberedAnswerToSeveralMatters_paysTheOrderAShortItemSharesOneWordWith_butAListOfFiguresDoesNot() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานผลการแจกเสื้อกันหนาวและผ้าห่ม จำนวนผืน "
                        + "จำนวนครัวเรือนที่ได้รับ ภายใน ๓ วัน")                                                    // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอส่งรายชื่อครูฝึกจิตอาสาประจำอำเภอ ภายใน ๓ วัน") // m2
                // m3 says it reports two matters: its second item shares only ชื่อ with m2, and nothing with m1
                .post(G5, "จอส.กุสุมาลย์", "จอส.กุสุมาลย์ แจ้งสองเรื่องค่ะ\n1) แจกเสื้อกันหนาว ๓๕๐ ตัว ผ้าห่ม ๑๒๐ ผืน ๑๘๐ ครัวเรือน\n"
                        + "2) รายชื่อแนบท้ายนี้ค่ะ")
                // m4 sets out its figures for m1 as a list; its third item names a person, which the order asking for
                // names would take, were the list an answer to several matters
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร ผลแจกเสื้อกันหนาว\n๑. เสื้อกันหนาว ๔๐๐ ตัว ผ้าห่ม ๒๑๐ ผืน\n"
                        + "๒. ได้รับ ๒๑๐ ครัวเรือน\n๓. ผู้รับผิดชอบ นางสมใจ ดีงาม");
        assertThat(log.kinds()).contains("m3=report", "m4=report");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/ON_TIME/m3",
                "m1/เมืองสกลนคร/ON_TIME/m4", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void anAnswerAboutAnOrderAlreadyPaid_paysNoOtherOrder_butPhotosPayTheOrderThatAskedForThem() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนผู้ป่วยไข้เลือดออก และการพ่นหมอกควันกำจัดยุงลาย ภายใน ๒๔ ชม.") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานรายชื่อนักเรียนทุนการศึกษาพระราชทาน ภายใน ๓ วัน")                    // m2
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร รายงานผู้ป่วยไข้เลือดออก ๕ ราย พ่นหมอกควันกำจัดยุงลายแล้ว ๓ หมู่บ้าน")                    // m3: pays m1
                // m5 is about m1 again, which เมืองสกลนคร has paid: it does not pay m2, the other order still open
                .post(G5, "ศอ.จอส.จว.สน.", "รับทราบค่ะ")
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร ขอรายงานเพิ่มเติม ผู้ป่วยไข้เลือดออกรายใหม่ ๑ ราย พ่นหมอกควันเพิ่มอีก ๑ หมู่บ้านครับ")    // m5
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอส่งภาพกิจกรรมจิตอาสาสัปดาห์นี้ อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")               // m6
                .post(G5, "จอส.กุสุมาลย์", "อ.กุสุมาลย์ รายงานผู้ป่วยไข้เลือดออก ๒ ราย พ่นหมอกควันแล้ว ๔ หมู่บ้านค่ะ")                          // m7: pays m1
                // m8 and its photos: about m1 by its words, but photos pay the order that asked for them
                .post(G5, "จอส.กุสุมาลย์", "ภาพพ่นหมอกควันกำจัดยุงลาย อ.กุสุมาลย์ค่ะ")
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE);
        assertThat(log.kinds()).contains("m3=report", "m5=report", "m7=report");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m3", "m1/กุสุมาลย์/ON_TIME/m7",
                "m2/เมืองสกลนคร/OPEN/-", "m2/กุสุมาลย์/OPEN/-", "m6/เมืองสกลนคร/OPEN/-", "m6/กุสุมาลย์/ON_TIME/m8");
    }

    @Test
    void anAcknowledgementCarryingTheFigureAsked_paysTheDuty_butAPromiseDoesNot() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนจิตอาสาที่ร่วมเก็บขยะริมหนอง ภายใน ๒๔ ชม.") // m1
                .post(G5, "จอส.กุสุมาลย์", "รับทราบค่ะ กุสุมาลย์ ๒๘ คน")                                              // m2: the figure
                .post(G5, "จอส.เมือง", "รับทราบครับ จะส่งยอดภายในบ่ายนี้");                                            // m3: a promise
        assertThat(log.kinds()).contains("m2=report", "m3=acknowledgement");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/กุสุมาลย์/ON_TIME/m2", "m1/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void figuresAboutNeitherOrder_payTheOrderThatNamedTheDistrict_andPhotosAlone_theOrderThatAskedForPhotos() {
        Fixtures named = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ อ.กุสุมาลย์ รายงานจำนวนจิตอาสาที่ช่วยเกษตรกรเก็บพืชผล ภายใน ๒๔ ชม.")                  // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอจัดกิจกรรมทำความสะอาดศาลาประชาคม และรายงานผล ภายใน ๓ วัน")            // m2
                // m3 shares no word with either: the order that named กุสุมาลย์, not the latest
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ๑๒ คน ๔ ไร่ค่ะ");
        assertThat(named.kinds()).contains("m3=report");
        assertThat(ledger(named)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");

        Fixtures photos = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอส่งภาพกิจกรรมปลูกต้นไม้ อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")                   // m1
                // m2 points to the example in its own picture: it asks for a plan, not for photos
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอจัดทำแผนรับมือภัยแล้ง ส่งภายใน ๓ วัน ตามตัวอย่างในภาพ")              // m2
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)                                                                        // m3
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE);
        assertThat(ledger(photos)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void figuresThatAbbreviateTheOrdersWord_payThatOrder_notTheLatest() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานแผนซ่อมแซมโต๊ะเก้าอี้ในโรงเรียน จำนวนโรงเรียน จำนวนจิตอาสา ภายใน ๒๔ ชม.") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจุดที่น้ำท่วมขังหลังฝนตกหนัก ภายใน ๒๔ ชม.")                              // m2
                // m3 shares nothing with either but "รร.", which is m1's โรงเรียน: not the latest order's answer
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ 4 รร. / 60 คน ค่ะ");
        assertThat(log.kinds()).contains("m3=report");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aDistrictNamingItself_sharesNoTopicWithEveryOrderThatNamesIt() {
        // โพนนาแก้ว is segmented into อ.โพน, นา and แก้ว: three words an order naming it and the district's answer would share
        Fixtures log = Fixtures.withPeople("vc3,นางสายฝน ใจงาม,จอส.โพนนาแก้ว,volunteer_center_staff,ศอ.จอส.อำเภอโพนนาแก้ว,โพนนาแก้ว,,")
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ อ.โพนนาแก้ว และ อ.กุสุมาลย์ รายงานผลการแจกเมล็ดพันธุ์ข้าว ภายใน ๓ วัน")                   // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานความเสียหายจากลูกเห็บ หากไม่มีให้แจ้งว่าไม่มี ภายใน ๒๔ ชม.") // m2
                // m3 names its district, as m1 does: it is about the hail, not about m1
                .post(G5, "จอส.โพนนาแก้ว", "อ.โพนนาแก้ว ไม่มีความเสียหายจากลูกเห็บค่ะ");
        assertThat(ledger(log)).contains("m2/โพนนาแก้ว/ON_TIME/m3", "m1/โพนนาแก้ว/OPEN/-");
    }

    @Test
    void aNameAndATelephoneNumber_answerTheOrderThatAskedForThem_notTheLatest() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอแจ้งผู้รับผิดชอบศูนย์พักพิงชั่วคราว (ชื่อ-สกุล เบอร์ติดต่อ) ส่งภายใน ๒๔ ชม.") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนเต็นท์และเครื่องนอนที่มีในคลัง ภายใน ๒๔ ชม.")                         // m2
                // m3 shares none of either order's words: a person and a number answer the order that asked for them
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ค่ะ นางจันทร์เพ็ญ ดวงดี 089-555-0142");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aHeadcountAnswersTheOrderThatAskedHowManyPeople_notTheLatest() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจิตอาสาที่พร้อมออกดับไฟป่า เป็นจำนวนคน ภายใน ๒๔ ชม.")          // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอส่งภาพการทำแนวกันไฟ อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")      // m2
                // m3 shares no word with either: a number of people answers the order that asked how many
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ 40 คนค่ะ");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderPostedAgainWithItsDeadline_remindsOfIt_butADailyOrderOpensNewDuties() {
        String weirs = "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานผลการสร้างฝายชะลอน้ำ พร้อมภาพ ภายในวันที่ ๒๕ พ.ย. ๒๕๖๘";
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", weirs)                                                  // m1, 22 Nov
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร สร้างฝาย ๓ ฝาย จิตอาสา ๔๐ คนค่ะ")           // m2
                .after(Duration.ofHours(20)).post(G5, "ศอ.จอส.จว.สน.", weirs)                   // m3, the next morning, word for word
                // the photos answer m1: m3 opened no duty for them to pay
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE);
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/ON_TIME/m4");

        String hotspots = "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนจุดความร้อน ภายในเวลา ๑๖.๓๐ น. วันนี้";
        Fixtures daily = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", hotspots)                                               // m1, 22 Nov, due 16.30 that day
                .after(Duration.ofHours(24)).post(G5, "ศอ.จอส.จว.สน.", hotspots);               // m2, 23 Nov, due 16.30 that day
        assertThat(ledger(daily)).hasSize(4).contains("m2/เมืองสกลนคร/OPEN/-", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderToEveryDistrictButOne_orNamingWhoReports_obligesOnlyThose() {
        Fixtures allBut = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ยกเว้น อ.เมืองสกลนคร (จังหวัดดำเนินการเอง) แจกหน้ากากอนามัย และรายงานจำนวนที่แจก ภายใน ๒๔ ชม.");
        assertThat(ledger(allBut)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        Fixtures some = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นายอำเภอทุกอำเภอ\nขอให้ ศอ.จอส.อำเภอ ทุกแห่งเฝ้าระวังไฟป่า\n"
                        + "โดยเฉพาะอำเภอที่มีพื้นที่ติดเขา ได้แก่ อ.กุสุมาลย์ ขอให้รายงานจำนวนจุดความร้อน ภายใน ๒๔ ชม.");
        assertThat(ledger(some)).containsExactly("m1/กุสุมาลย์/OPEN/-");

        // everyone is asked to report; the district named after โดยเฉพาะ is only asked to watch harder
        Fixtures all = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนจุดความร้อน ภายใน ๒๔ ชม. โดยเฉพาะ อ.กุสุมาลย์ ให้เฝ้าระวังเป็นพิเศษ");
        assertThat(ledger(all)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderOpeningWithTheDistrictsItDescribes_inPlainSpeech_judgesOnlyThoseWhoAnswer() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "อำเภอที่รับเต็นท์ชุดแรกไปแล้ว ช่วยส่งรูปตอนกางให้ดูหน่อยนะคะ กางไปกี่หลังด้วย ขอพรุ่งนี้ก่อนบ่ายสองค่ะ") // m1
                .after(Duration.ofHours(3)).post(G5, "จอส.ภูพาน", "ภูพาน กางเต็นท์แล้ว ๖ หลัง ที่ลานวัดครับ")                                       // m2
                .after(Duration.ofHours(40)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/ภูพาน/ON_TIME/m2", "m1/กุดบาก/NOT_JUDGED/-", "m1/ส่องดาว/NOT_JUDGED/-",
                "m1/เมืองสกลนคร/NOT_JUDGED/-", "m1/กุสุมาลย์/NOT_JUDGED/-");
    }

    @Test
    void figuresAlone_answerTheOrderThatNumberedAsManyItems_notALaterOneForAChecklistOrNames() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นายอำเภอทุกอำเภอ\nขอให้อำเภอรายงาน (๑) ระดับน้ำในอ่าง (๒) จำนวนครัวเรือนที่ขาดน้ำ (๓) รถน้ำที่ออกแจก ภายใน ๒ วัน") // m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "เรียน นายอำเภอทุกอำเภอ\nขอให้ตรวจความพร้อมศูนย์พักพิง ตามแบบตรวจที่แนบ และรายงานผลภายใน ๓ วัน")  // m2
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "แต่ละอำเภอส่งชื่อคนขับรถน้ำ (ชื่อ เบอร์โทร) ส่งมาวันพรุ่งนี้ก่อนบ่ายสามนะคะ") // m3
                .after(Duration.ofHours(1)).post(G5, "จอส.ภูพาน", "๔๒ / 118 / ๗ (อ.ภูพาน)")                                          // m4 answers m1
                .after(Duration.ofHours(1)).post(G5, "จอส.กุสุมาลย์", "38 / ๙๐ / 5");                                                    // m5 answers m1
        assertThat(ledger(log)).contains("m1/ภูพาน/ON_TIME/m4", "m1/กุสุมาลย์/ON_TIME/m5", "m2/ภูพาน/OPEN/-", "m3/ภูพาน/OPEN/-");
    }

    @Test
    void anAnswerToldApartByNoWordOfATopic_goesToTheOrderItSharesMoreWordsWith_notTheLatest() {
        // a festival week: โคม, ลอย and ออก are words of every order, so they tell no order of the group from another
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอให้จิตอาสาออกดูแลงานลอยโคมริมห้วย ภายในวันนี้")                                   // m1
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอออกสำรวจจุดปล่อยโคมลอยที่ปลอดภัย แล้วแจ้ง ภายในวันนี้")                  // m2
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอออกตรวจห้ามปล่อยโคมลอยใกล้สายไฟ และรายงาน ภายในวันนี้")      // m3
                .after(Duration.ofHours(20)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลงานลอยโคมเมื่อคืน (จิตอาสาที่ออกจริง เหตุที่เกิด โคมที่เก็บได้) ภายใน ๒ วัน") // m4
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อชุดเฝ้าระวังหมอกควัน (หัวหน้าชุด เบอร์โทร จำนวนคน) ภายใน ๓ วัน") // m5
                .after(Duration.ofHours(1)).post(G5, "จอส.ภูพาน", "ภูพาน ออก ๓๐ คน ไม่มีเหตุ โคม ๕๐ ลูก");                                     // m6 answers m4
        assertThat(ledger(log)).contains("m4/ภูพาน/ON_TIME/m6", "m5/ภูพาน/OPEN/-");
    }

    @Test
    void whatAnOrderAskedFor_toldInAnIncidentsWords_isTheReportAskedFor() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานสะพานที่ชำรุด/ถูกน้ำพัดขาด รถยนต์ผ่านไม่ได้ (ชื่อสะพาน หมู่บ้าน และเส้นทางเลี่ยง) ภายใน ๒๔ ชม. ครับ") // m1
                .after(Duration.ofHours(3)).post(G5, "จอส.ภูพาน", "สะพานถูกน้ำพัดขาด อ.ภูพาน\n- สะพานไม้บ้านโคกสูง รถยนต์ผ่านไม่ได้ เส้นทางเลี่ยงบ้านหนองไผ่\n- ทางลอดบ้านนาดี น้ำท่วม ๕๐ ซม.") // m2
                .after(Duration.ofHours(1)).post(G5, "จอส.กุดบาก", "เกิดเหตุน้ำป่าไหลหลากบ้านห้วยยางเมื่อครู่ ชาวบ้านติดอยู่ ๓ ครัวเรือน ขอกำลังเสริมด่วน")       // m3: a first notice
                // m4: a first notice of a bridge lost just now, in the order's words: the alarm and the hour say what it is
                .after(Duration.ofHours(1)).post(G5, "จอส.ส่องดาว", "แจ้งเหตุครับ เมื่อเวลา ๒๑.๓๐ น. สะพานไม้บ้านดงเย็นถูกน้ำพัดขาด รถยนต์ผ่านไม่ได้ อยู่ระหว่างหาเส้นทางเลี่ยง ชาวบ้านสองหมู่บ้านออกไม่ได้");
        assertThat(ledger(log)).contains("m1/ภูพาน/ON_TIME/m2", "m1/กุดบาก/OPEN/-", "m1/ส่องดาว/OPEN/-");
    }

    @Test
    void anAnswerLetteringTwoMatters_paysEachOrderItsItemAnswers() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนผู้ป่วยไข้เลือดออกและผู้ที่สงสัย ภายใน ๒ วัน")                         // m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานโรงเรียนที่ใช้เป็นศูนย์พักพิง และจำนวนผู้พักพิง ภายใน ๒ วัน") // m2
                .after(Duration.ofHours(3)).post(G5, "จอส.ภูพาน", "อ.ภูพาน รายงานครับ\n(ก) ไข้เลือดออก: ผู้ป่วย ๓ ราย สงสัย ๕ ราย\n(ข) ศูนย์พักพิง: โรงเรียนบ้านนาดี ผู้พักพิง ๔๐ คน"); // m3
        assertThat(ledger(log)).contains("m1/ภูพาน/ON_TIME/m3", "m2/ภูพาน/ON_TIME/m3");
    }

    @Test
    void anOrderThatDescribesWhomItAsks_judgesThoseWhoAnswer_andLeavesTheOthersNotJudged() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ถึง ศอ.จอส.อำเภอที่มีหมู่บ้านประปาหมู่บ้านใช้การไม่ได้\n"
                        + "ขอให้นำจิตอาสาช่วยแจกจ่ายน้ำดื่ม แล้วรายงานจำนวนครัวเรือนที่ได้รับน้ำ ภายใน ๑๒.๐๐ น. วันนี้ครับ") // m1 08:01
                .after(Duration.ofHours(6)).post(G5, "จอส.ภูพาน", "ภูพาน แจกจ่ายน้ำดื่ม ๔ หมู่บ้าน ครัวเรือนที่ได้รับน้ำ ๑๒๐ ครัวเรือนครับ") // m2, late
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        // the one that answered is judged (late); the others may not have such villages: not missing, and the ledger says so
        assertThat(keys(result.findings())).containsExactly("SKN-5O/ภูพาน@m2");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/ภูพาน/LATE/m2", "m1/กุดบาก/NOT_JUDGED/-", "m1/ส่องดาว/NOT_JUDGED/-",
                "m1/เมืองสกลนคร/NOT_JUDGED/-", "m1/กุสุมาลย์/NOT_JUDGED/-");
        assertThat(result.summary().ledger()).allSatisfy(e -> assertThat(e.described()).isTrue())
                .allSatisfy(e -> assertThat(e.namedAs()).contains("ศอ.จอส.อำเภอที่มีหมู่บ้านประปาหมู่บ้านใช้การไม่ได้"));
    }

    @Test
    void photosThatTellTwoOrdersApartNoBetter_payTheOrderToEveryDistrict_notTheOneThatDescribesWhomItAsks() {
        Fixtures log = fiveDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพกิจกรรมจิตอาสาวันพ่อ อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")                 // m1
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อำเภอซึ่งมีผู้ป่วยโรคมือเท้าปากในโรงเรียน\n"
                        + "ขอให้ร่วมกับ อสม. ทำความสะอาดโรงเรียน และส่งภาพกิจกรรมภายใน ๒ วัน")                              // m2
                .after(Duration.ofHours(3)).media(G5, "จอส.ส่องดาว", MessageType.IMAGE);                                  // m3
        // the later order would take photos that say no more of either; it may not be ส่องดาว's at all
        assertThat(ledger(log)).contains("m1/ส่องดาว/ON_TIME/m3").doesNotContain("m2/ส่องดาว/ON_TIME/m3");
    }

    @Test
    void aPostOpeningByCallingOneMember_speaksToThatMember_orToNoOneTheRosterCanTell() {
        Fixtures named = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ปลัดอนันต์ครับ แบบรายงานจุดบริการส่งภายในวันจันทร์หน้าได้ครับ");
        assertThat(ledger(named)).containsExactly("m1/เมืองสกลนคร/OPEN/-");
        // two deputies go by ปลัดต้น: the centre tells one of them, and opens no duty for every district
        Fixtures twoOfThem = Fixtures.withPeople(
                        "dep2,นายธนพล ต้นสกุล,ปลัดต้น,deputy_district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,",
                        "dep3,นายต้นตระกูล มีสุข,ปลัดต้น,coordinating_deputy,ที่ว่าการอำเภอกุสุมาลย์,กุสุมาลย์,,")
                .post(G5, "ปลัดต้น", "รับทราบครับ จะส่งแบบรายงานวันจันทร์ครับ")
                .post(G5, "ศอ.จอส.จว.สน.", "ปลัดต้นครับ วันจันทร์เป็นวันหยุดนะครับ ส่งภายใน ๓ วันทำการ คือถึงวันพุธครับ");
        assertThat(ledger(twoOfThem)).isEmpty();
        // a call to them all, or by title alone, is to the group
        assertThat(ledger(new Fixtures().post(G5, "ศอ.จอส.จว.สน.", "ท่านนายอำเภอทุกท่านครับ ขอให้รายงานจำนวนจุดบริการภายใน ๑๖.๐๐ น.")))
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
        assertThat(ledger(new Fixtures().post(G5, "ศอ.จอส.จว.สน.", "พี่ๆ ครับ รบกวนส่งยอดจิตอาสาภายในบ่ายสามโมงนะครับ")))
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOfferOfPeopleForADistrictsCall_answersNoOrderOfTheCentre() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอสำรวจแหล่งน้ำเสี่ยงจมน้ำ และรายงานจำนวนจุดเสี่ยง ภายใน ๑๕.๐๐ น. วันนี้") // m1
                .after(Duration.ofHours(2)).post(G5, "นอภ.เมืองสกลนคร", "ขอให้ทุกอำเภอที่จะส่งจิตอาสามาช่วยขุดลอกคลองวันเสาร์นี้ แจ้งจำนวนในกลุ่มครับ") // m2
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ส่งได้ ๑๒ คนค่ะ")                                                    // m3
                .post(G5, "จอส.เมือง", "เมืองสกลนคร จุดเสี่ยงจมน้ำ ๔ จุด ติดป้ายเตือนครบแล้วค่ะ");                         // m4
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m4", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void speedingUpTheWorkItself_isANewOrder_whileAReportAskedForAgainWithNoDeadline_isAReminder() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ เร่งรัดการเบิกจ่ายงบโครงการจิตอาสา และรายงานผลการเบิกจ่ายภายใน ๓ วัน") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "อ.กุสุมาลย์ ที่ส่งมาเมื่อเช้า ขอให้รายงานตามแบบที่จังหวัดกำหนดอีกครั้งนะครับ");                 // m2
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aPostPointingBackThatGivesAnEarlierOrdersDeadline_remindsOfIt_andOpensNoDutyOfItsOwn() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนเรือท้องแบนที่ใช้การได้ ภายในวันศุกร์นี้ เวลา ๑๖.๐๐ น.")       // m1
                .after(Duration.ofHours(4)).post(G5, "ศอ.จอส.จว.สน.", "ข้อมูลเรือท้องแบน ส่งได้ภายในวันศุกร์ ๑๖.๐๐ น. ตามที่แจ้งไว้นะคะ"); // m2
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void districtsCalledAndAskedWhetherTheySent_isNoOrderOfItsOwn() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนกระสอบทรายที่บรรจุแล้ว ภายใน ๑๖.๐๐ น.")                    // m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "กุสุมาลย์ ส่งยอดกระสอบทรายแล้วหรือยังครับ");                // m2
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anAnswerInEnglish_isNotAboutSomethingElse_forWantOfThaiWords() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งตารางเวรจิตอาสาประจำจุดบริการ ภายใน ๒ วัน")                           // m1
                .after(Duration.ofHours(3)).file(G5, "จอส.เมือง", "roster-mueang.xlsx")                                     // m2
                .post(G5, "จอส.เมือง", "Mueang roster ครับ five points, two shifts, forty volunteers per day");                  // m3
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m2");
    }

    @Test
    void aPlanAnswersTheCallForPlans_whateverTheActivityItPlans() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานแผนกิจกรรมจิตอาสารณรงค์ต้านยาเสพติด ช่วงวันที่ ๑-๕ ธ.ค. ภายใน ๓ วัน") // m1
                .after(Duration.ofHours(5)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ แผน ๓ ธ.ค. จิตอาสาเก็บขยะริมห้วยบ้านโพนงาม ๕๐ คนค่ะ"); // m2
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m2");
    }

    /** The fixtures' roster with volunteer officers in ภูพาน, กุดบาก and ส่องดาว besides เมืองสกลนคร and กุสุมาลย์. */
    private static Fixtures fiveDistricts() {
        return Fixtures.withPeople("vc4,นายไพโรจน์ ภูผา,จอส.ภูพาน,volunteer_center_staff,ศอ.จอส.อำเภอภูพาน,ภูพาน,,",
                "vc5,นางสาวกมลา นาดี,จอส.กุดบาก,volunteer_center_staff,ศอ.จอส.อำเภอกุดบาก,กุดบาก,,",
                "vc6,นายธีระ คำมา,จอส.ส่องดาว,volunteer_center_staff,ศอ.จอส.อำเภอส่องดาว,ส่องดาว,,");
    }

    private static List<String> owing(String order) {
        return ledger(fiveDistricts().post(G5, "ศอ.จอส.จว.สน.", order)).stream()
                .map(row -> row.split("/")[1]).sorted().toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ขอให้อำเภอที่น้ำประปาหมู่บ้านใช้การไม่ได้ (อ.กุดบาก อ.ส่องดาว) รายงานแผนซ่อมภายใน ๓ วัน                 | กุดบาก ส่องดาว
            ให้ ๒ อำเภอริมเขื่อน คือ ภูพาน กุดบาก รายงานระดับน้ำภายใน ๑๐.๐๐ น. พรุ่งนี้                               | กุดบาก ภูพาน
            อำเภอนำร่อง: ส่องดาว ภูพาน\\nขอให้รายงานความพร้อมของศูนย์พักพิงภายในวันศุกร์                            | ภูพาน ส่องดาว
            ขอให้ ศอ.จอส.อำเภอ ๓ อำเภอ (กุสุมาลย์–ภูพาน–ส่องดาว) ส่งรายชื่อชุดกู้ภัยภายใน ๒๔ ชม.                  | กุสุมาลย์ ภูพาน ส่องดาว
            🔥 ด่วนนะ พี่ๆ อำเภอริมอ่างเก็บน้ำ\\n@ภูพาน @กุดบาก\\nรบกวนแจ้งจำนวนเรือที่พร้อมใช้ ภายใน ๑๖.๓๐ น. วันนี้นะคะ 🙏 | กุดบาก ภูพาน
            เรียน นายอำเภอที่มีท่าน้ำริมอ่าง\\nคือ อ.ภูพาน และ อ.ส่องดาว\\nขอให้จัดจิตอาสาประจำท่าน้ำ แล้วแจ้งจำนวนจุดภายใน ๑๖.๐๐ น. วันนี้ครับ | ภูพาน ส่องดาว
            ค่าเช่าเต็นท์จะปิดเบิกสิ้นเดือนนี้\\nอำเภอที่ยังส่งใบสำคัญไม่ครบ คือ กุดบาก กุสุมาลย์\\nขอให้ตามเอกสารแล้วรายงานยอดที่ขาด พรุ่งนี้ ๐๙.๓๐ น. | กุดบาก กุสุมาลย์
            พรุ่งนี้ลมแรงมาก\\nอำเภอริมอ่างเก็บน้ำ คือ ส่องดาว เมืองสกลนคร ให้จัดจิตอาสาตรวจท่าเรือ แล้วรายงานจำนวนเรือ ภายในวันนี้ครับ | ส่องดาว เมืองสกลนคร
            แจ้งอำเภอที่ได้รับเครื่องสูบน้ำ (อ.ภูพาน ๔ เครื่อง อ.กุดบาก ๒ เครื่อง) รายงานการติดตั้งภายใน ๒ วัน       | กุดบาก ภูพาน
            ขอให้อำเภอดังต่อไปนี้\\n๑. กุสุมาลย์\\n๒. ส่องดาว\\nรายงานยอดผู้ป่วยติดเตียงภายในพรุ่งนี้                  | กุสุมาลย์ ส่องดาว
            @จอส.ภูพาน @นอภ.เมืองสกลนคร ขอให้รายงานผลตรวจร้านค้าปลีกภายใน ๑๕.๐๐ น.                             | ภูพาน เมืองสกลนคร
            นอภ.กุสุมาลย์ นอภ.เมืองสกลนคร รบกวนรายงานยอดผู้ลงทะเบียนภายในเช้าพรุ่งนี้ครับ                            | กุสุมาลย์ เมืองสกลนคร
            ขอให้ทุกอำเภอ (เว้น อ.เมืองสกลนคร) รายงานจุดรับบริจาคโลหิตภายใน ๓ วัน                                 | กุดบาก กุสุมาลย์ ภูพาน ส่องดาว
            ขอให้ทุกอำเภอรายงานยอดผู้รับวัคซีน ยกเว้นอำเภอที่ส่งแล้ว (กุสุมาลย์ ภูพาน) ภายใน ๒๔ ชม.                  | กุดบาก ส่องดาว เมืองสกลนคร
            ให้ ๒ อำเภอต้นแบบ ประกอบด้วย อ.ส่องดาว และ อ.กุดบาก ส่งภาพกิจกรรมภายในวันศุกร์                        | กุดบาก ส่องดาว
            อำเภอที่มีโรงเรียนถูกน้ำท่วม ได้แก่ ภูพาน กุสุมาลย์ ขอให้แจ้งจำนวนโรงเรียนภายใน ๒๔ ชม.                    | กุสุมาลย์ ภูพาน
            ฝาก ปลัดอำเภอ อ.ภูพาน กับ อ.ส่องดาว รายงานจำนวนผู้ประสบภัยหนาวภายในวันพรุ่งนี้ครับ                    | ภูพาน ส่องดาว
            ฝากปลัด อ.กุดบาก และนายอำเภอ อ.กุสุมาลย์ ส่งรายชื่อผู้ประสานงานภายใน ๑๖.๓๐ น.                         | กุดบาก กุสุมาลย์
            รบกวนทางอำเภอส่องดาว อำเภอภูพาน ช่วยแจ้งยอดผ้าห่มที่แจกไปแล้วด้วยค่ะ ขอภายในวันศุกร์ค่ะ                  | ภูพาน ส่องดาว
            ฝากท่านนายอำเภอกุดบากกับท่านนายอำเภอส่องดาว ช่วยรายงานจุดรับบริจาคโลหิตด้วยครับ ภายในพรุ่งนี้เที่ยง          | กุดบาก ส่องดาว
            ขอให้ทุกอำเภอ ยกเว้นเมืองสกลนครและกุสุมาลย์ ส่งแบบสำรวจภายในวันจันทร์หน้า                           | กุดบาก ภูพาน ส่องดาว
            มีการเผาอ้อยหลายจุด คือ อำเภอภูพาน, อำเภอกุดบาก และอำเภอส่องดาว ขอให้ศูนย์จิตอาสาอำเภอทั้งสามแห่ง ตั้งจุดรณรงค์ แล้วรายงานจำนวนจุดภายใน ๒ วัน | กุดบาก ภูพาน ส่องดาว
            ด่วน\\nเรียน นอภ.อำเภอริมลำน้ำ (ภูพาน กุดบาก) และริมลำห้วย (ส่องดาว)\\nขอให้รายงานจำนวนครัวเรือนภายใน ๐๙.๓๐ น. พรุ่งนี้ | กุดบาก ภูพาน ส่องดาว
            ด่วนครับ\\nอำเภอที่มีไฟป่าต่อเนื่องสามวัน ได้แก่ กุดบาก ภูพาน\\nขอให้รายงานจำนวนจุดความร้อนภายในเที่ยงวันนี้ครับ        | กุดบาก ภูพาน
            ขอให้ อ.ส่องดาว อ.กุดบาก ส่งแผนฟื้นฟูภายใน ๒ วัน\\nอำเภออื่นดำเนินการตามปกติ ไม่ต้องรายงานครับ                | กุดบาก ส่องดาว
            แจ้ง ศอ.จอส.อ. ๒ อำเภอที่มีจุดบริการบนทางหลวง (ภูพาน กุสุมาลย์)\\nขอให้รายงานผลประจำวันภายใน ๑๘.๐๐ น. ครับ      | กุสุมาลย์ ภูพาน
            รายงานผลจุดบริการประจำวันที่ ๓ ธ.ค.\\nอำเภอ: กุสุมาลย์ / ส่องดาว\\nตามแบบเดิม ภายใน ๑๘.๐๐ น. วันนี้ครับ          | กุสุมาลย์ ส่องดาว
            ส่องดาว ภูพาน\\nขอยอดผ้าห่มที่แจกแล้ว ภายในบ่ายนี้ครับ                                                      | ภูพาน ส่องดาว
            ปลัดฯ สมชาย อ.กุดบาก และปลัดฯ วรรณา อ.ภูพาน\\nช่วยสำรวจเรือท้องแบนที่ใช้ได้ แล้วรายงานภายในเที่ยงพรุ่งนี้         | กุดบาก ภูพาน
            ปลัดฯ ผู้ดูแลงานจิตอาสา อ.ส่องดาว กับ อ.กุสุมาลย์ รบกวนส่งภาพกิจกรรมภายในวันนี้ครับ                      | กุสุมาลย์ ส่องดาว
            เรียน นอภ.ทุกอำเภอ\\nตามที่มีลมพายุเมื่อคืน ขอให้อำเภอภูพาน และอำเภอกุดบาก รายงานบ้านที่เสียหายภายใน ๑๕.๐๐ น. อำเภออื่นเฝ้าระวังครับ | กุดบาก ภูพาน
            เรียน นอภ.ทุกอำเภอ\\nมีลูกเห็บตกที่ อ.ส่องดาว และ อ.กุสุมาลย์ ขอให้ทั้งสองอำเภอรายงานความเสียหายภายในเย็นนี้       | กุสุมาลย์ ส่องดาว
            เรียน นอภ.ทุกอำเภอ\\nพบผู้ป่วยในพื้นที่ อ.ภูพาน และ อ.กุดบาก จึงขอให้ ศอ.จอส.อำเภอ รณรงค์กำจัดลูกน้ำ แล้วรายงานภายใน ๑๖.๓๐ น. | กุดบาก กุสุมาลย์ ภูพาน ส่องดาว เมืองสกลนคร
            รบกวน @ปลัดหนุ่ม ส่องดาว และ @จอส.ภูพาน รายงานยอดจิตอาสาภายใน ๑๖.๐๐ น.                               | ภูพาน ส่องดาว
            ขอให้นายธีระ คำมา ตรวจสอบจุดทิ้งขยะริมห้วย แล้วรายงานภายในพรุ่งนี้                                       | ส่องดาว
            เรื่องฝายชำรุด ขอให้ท่านธีระ คำมา ช่วยรายงานความเสียหายภายใน ๑๕.๐๐ น. ครับ                               | ส่องดาว
            ด่วน! อ.ภูพาน อ.ส่องดาว ขอให้รายงานจำนวนเต็นท์ที่ตั้งอยู่ขณะนี้                                                 | ภูพาน ส่องดาว
            @จอส.ภูพาน กรณีที่ อ.กุดบาก ขอยืมเรือจาก อ.ภูพาน ขอให้รายงานว่าส่งไปแล้วกี่ลำ ภายใน ๑๑.๐๐ น.                  | ภูพาน
            ต่อจากที่ทุกอำเภอส่งยอดผ้าห่มมาแล้วเมื่อวานครับ ขอบคุณครับ วันนี้ขอให้ อ.กุดบาก และ อ.ส่องดาว รายงานเพิ่มเฉพาะยอดคงเหลือ ภายในบ่ายนี้ | กุดบาก ส่องดาว
            ขอชื่นชม อ.กุดบาก และ อ.ภูพาน ที่ขนน้ำดื่มถึงมือชาวบ้านไว ล็อตหน้าเป็นของ อ.ส่องดาว กับ อ.กุสุมาลย์ ขอให้สองอำเภอนี้ส่งจำนวนครัวเรือนภายในเที่ยงพรุ่งนี้ | กุสุมาลย์ ส่องดาว
            นอภ.ภูพาน / นอภ.ส่องดาว\\nรบกวนรายงานความคืบหน้าการซ่อมฝายที่ชำรุดด้วยครับ                                       | ภูพาน ส่องดาว
            ถึง นายอำเภอ\\nอำเภอกุดบาก\\nอ.ส่องดาว\\nเนื่องจากฝนตกหนักต่อเนื่อง ให้ ศอ.จอส.อำเภอ สำรวจฝายและรายงานภายใน ๑๖.๐๐ น. | กุดบาก ส่องดาว
            ด่วน‼️ เรียน นอภ.ภูพาน และ นอภ.กุสุมาลย์ ขอให้รายงานจำนวนรถน้ำที่ออกแจกจ่าย ก่อนเที่ยงวันนี้ครับ            | กุสุมาลย์ ภูพาน
            เรียน นอภ.\\nกุดบาก\\nส่องดาว\\nฝนตกทั้งคืน ช่วยสำรวจฝายที่ชำรุดแล้วรายงานในกลุ่มภายในบ่ายนี้ครับ              | กุดบาก ส่องดาว
            ภูพาน ส่องดาว ส่งภาพจิตอาสาขุดลอกคูระบายน้ำ ในกลุ่มนี้ครับ                                               | ภูพาน ส่องดาว
            ด่วน\\nเรียน นอภ.ทุกอำเภอ\\nให้รายงานยอดถุงยังชีพที่แจกแล้ว (ชุด/ครัวเรือน) ตามแบบที่แนบ                            | กุดบาก กุสุมาลย์ ภูพาน ส่องดาว เมืองสกลนคร
            รบกวน นอภ.กุดบาก อัปเดตความคืบหน้าการซ่อมฝายด้วยครับ                                                        | กุดบาก
            ทุก ศอ.จอส.อ. ยกเว้น ภูพาน กับ ส่องดาว ขอให้รายงานจำนวนถังดับเพลิงที่ตรวจแล้ว ภายในวันศุกร์ครับ                  | กุดบาก กุสุมาลย์ เมืองสกลนคร
            ขอให้อำเภอต่อไปนี้ ตั้งจุดรับบริจาคผ้าห่ม แล้วส่งยอดให้จังหวัด\\n- อ.ภูพาน\\n- อ.กุสุมาลย์\\nภายในวันศุกร์ครับ      | กุสุมาลย์ ภูพาน
            ขอให้ส่งภาพจุดวางกระสอบทรายภายใน ๑๕.๐๐ น. ด้วยนะครับ จอส.ภูพาน                                         | ภูพาน
            ปลัดอำเภอผู้ประสานงานจิตอาสาของ อ.ภูพาน และ อ.ส่องดาว\\nขอให้ส่งยอดผู้ผ่านการอบรมภายในวันศุกร์ครับ             | ภูพาน ส่องดาว
            ขอ จอส.ภูพาน และ จอส.กุดบาก ช่วยดูระดับน้ำในฝาย ขอให้รายงานพรุ่งนี้เช้าก่อน ๐๘.๓๐ น. นะครับ               | กุดบาก ภูพาน
            """)
    void anOrderNamingSomeDistricts_inTheWaysOfficialsWriteIt_obligesThose(String order, String districts) {
        assertThat(owing(order.replace("\\n", "\n"))).as(order).containsExactlyElementsOf(
                java.util.Arrays.stream(districts.split(" ")).sorted().toList());
    }

    @Test
    void anOrderGivenThroughAPersonCalledByTheFirstWordOfTheirName_obligesTheirDistrict() {
        Fixtures log = Fixtures.withPeople("vc4,นายไพโรจน์ ภูผา,จอส.ภูพาน,volunteer_center_staff,ศอ.จอส.อำเภอภูพาน,ภูพาน,,",
                        "vc7,นายราชัน ดีงาม,ปลัดราช ภูพาน,coordinating_deputy,ที่ว่าการอำเภอภูพาน,ภูพาน,,")
                .post(G5, "ศอ.จอส.จว.สน.", "เมื่อวานจิตอาสาช่วยดับไฟป่า ท่านผู้ว่าฯ ชื่นชมมาก ฝากปลัดราชด้วยนะครับ ส่งภาพ ๓ ภาพภายในวันนี้");
        assertThat(ledger(log)).containsExactly("m1/ภูพาน/OPEN/-");
    }

    @Test
    void photosSentAlone_answerOnlyAnOrderAskingForPhotos_asTheSakonNakhonRowSays() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนครัวเรือนที่รับถุงยังชีพ ภายใน ๒๔ ชม.")        // m1 asks no photos
                .after(Duration.ofMinutes(30)).media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)               // m2: no answer to m1
                .after(Duration.ofMinutes(30)).post(G5, "จอส.เมือง", "เมืองสกลนคร ๑๒๐ ครัวเรือนครับ")          // m3 answers m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพกิจกรรมแจกถุงยังชีพ ภายใน ๒๔ ชม.") // m4 asks photos
                .after(Duration.ofMinutes(30)).media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)               // m5 answers m4
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/MISSING/-", "m1/เมืองสกลนคร/ON_TIME/m3", "m4/กุสุมาลย์/ON_TIME/m5");
    }

    @Test
    void anAnswerSaying_itWentByEmail_orAddingToOneSentBefore_paysNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งแบบสรุปผลการรณรงค์งดเผาในกลุ่มนี้ ภายใน ๒๔ ชม.")              // m1
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "เมืองสกลนครส่งไปทางอีเมลของศูนย์แล้วครับ")              // m2: not here
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจุดรับบริจาคเครื่องกันหนาว ภายใน ๒๔ ชม.") // m3
                .after(Duration.ofMinutes(30)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ จุดรับบริจาค ๔ จุดครับ")            // m4 answers m3
                .after(Duration.ofMinutes(30)).post(G5, "จอส.กุสุมาลย์", "ขออภัยครับ กุสุมาลย์แก้ไขเป็น ๕ จุดครับ")         // m5 corrects m4
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/MISSING/-", "m1/กุสุมาลย์/MISSING/-", "m3/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void anAnswerOnAnotherSubject_thanTheOrders_paysNothing_butOneOnItsSubjectInOtherWordsDoes() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่ร่วมขุดลอกคูคลองสาธารณะ พร้อมภาพ ภายใน ๒๔ ชม.") // m1
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "รายงานไฟป่าเขตเมืองสกลนคร พบจุดความร้อน ๒ จุด ดับแล้วครับ") // m2: a fire
                .after(Duration.ofMinutes(10)).media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)                                      // m3 …
                .post(G5, "จอส.กุสุมาลย์", "ภาพประชุมกำนันผู้ใหญ่บ้านกุสุมาลย์เมื่อเช้าครับ")                                     // … its caption: a meeting
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "เมืองสกลนคร เก็บผักตบและวัชพืชในลำรางสาธารณะ จิตอาสา ๗๒ คนครับ") // m5 answers m1
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m5", "m1/กุสุมาลย์/MISSING/-");
    }

    @Test
    void figuresWithoutNames_answerTheCount_notTheLaterCallForNames() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจุดบริการหน้าโรงเรียน และจำนวนจิตอาสาประจำจุด ภายใน ๒๔ ชม.")       // m1
                .after(Duration.ofHours(2)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อหัวหน้าจุดบริการหน้าโรงเรียน พร้อมเบอร์โทร ภายใน ๒๔ ชม.") // m2
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "เมืองสกลนคร จุดบริการหน้าโรงเรียน ๕ จุด จิตอาสา ๒๐ คนค่ะ")              // m3 answers m1
                .after(Duration.ofHours(40)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m3", "m2/เมืองสกลนคร/MISSING/-");
    }

    @Test
    void anApologyThatTheReportMayComeLate_paysNothing_norAFireReportTheStormRepairs() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนบ้านที่จิตอาสาช่วยมุงหลังคาหลังพายุ ภายใน ๒๔ ชม.")       // m1
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "ขออภัยค่ะ คนทำข้อมูลติดราชการ อาจส่งช้าหน่อยค่ะ")       // m2
                .after(Duration.ofHours(1)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์รายงานไฟป่าเมื่อคืน ดับได้ ๓ จุด จิตอาสา ๔๐ คนครับ") // m3
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/MISSING/-", "m1/กุสุมาลย์/MISSING/-");
    }

    @Test
    void anAnswerSaying_itWentByEmail_afterManyWords_paysNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจิตอาสาที่ร่วมทำแนวกันไฟ ภายใน ๒๔ ชม.")                                       // m1
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "ส่งรายงานจำนวนจิตอาสาทำแนวกันไฟพร้อมภาพถ่ายทาง e-mail ศูนย์ฯ แล้วครับ") // m2
                .after(Duration.ofHours(30)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ");
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/MISSING/-");
    }

    @Test
    void aDescriptionOfDistrictsWithFiguresInBrackets_beforeAnOrderToAll_obligesAll() {
        assertThat(owing("สถานการณ์ฝุ่น อำเภอที่ค่าฝุ่นสูงสุด (ภูพาน ๑๘๐ มคก. กุดบาก ๑๕๐ มคก.) ขอให้ทุกอำเภอรายงานการแจกหน้ากากภายในวันนี้"))
                .containsExactly("กุดบาก", "กุสุมาลย์", "ภูพาน", "ส่องดาว", "เมืองสกลนคร");
    }

    @Test
    void aReplyToADistrictsReport_askingThatDistrictForMore_isAnOrderToIt_butAReplyToAnOrderIsNot() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนจุดแจกน้ำดื่ม ภายใน ๒๔ ชม.")                        // m1
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ รายงานจุดแจกน้ำดื่ม ๔ จุด ค่ะ")                                                // m2
                // m3 replies to the district's report and names it: a new duty for กุสุมาลย์ alone
                .reply(G5, "ปจ.สน.", "อ.กุสุมาลย์ ขอชื่อผู้รับผิดชอบแต่ละจุดเพิ่มเติม รายงานภายใน ๑๖.๐๐ น. ครับ", "m2")
                // m4 replies to the order itself: a reminder, no new duty
                .reply(G5, "ปจ.สน.", "ขอให้รายงานภายใน ๑๖.๐๐ น. นะครับ", "m1");
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/ON_TIME/m2", "m3/กุสุมาลย์/OPEN/-");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ฝากทุกอำเภอสำรวจหมู่บ้านที่รถน้ำเข้าไม่ถึง แจ้งในกลุ่มนี้ภายในพรุ่งนี้ครับ                     | 2
            ขอให้ทุกอำเภอรายงานแผนการจัดกิจกรรมตามแบบที่แนบ ภายในวันพุธ (รอบนี้ขอเฉพาะแผน ยังไม่ต้องส่งภาพ)         | 2
            ขอให้ทุกอำเภอเตรียมพื้นที่จัดงานให้พร้อม ไม่ต้องรายงานครับ                                      | 0
            ขอให้แต่ละอำเภอแจ้งจำนวนเต็นท์ที่ยืมได้ ภายใน ๒๔ ชม.                                     | 2
            เช้าวันศุกร์ ขอให้ทุกอำเภอตรวจสอบรายงานที่ค้างด้วยนะครับ                                   | 0
            ขออนุญาตแจ้งครับ การขอข้อมูลจากอำเภอให้ผ่านศูนย์จังหวัดเท่านั้น                               | 0
            ขอให้ทุกอำเภอแจ้งชื่อผู้เข้าอบรมทาง Google Form ภายในวันพรุ่งนี้                                  | 0
            ขอให้ทุกอำเภอกรอกแบบสำรวจผ่านลิงก์ แล้วแจ้งในกลุ่มนี้เมื่อกรอกเสร็จ ภายในวันนี้                     | 2
            ขอให้ทุกอำเภอรายงานจำนวนถังน้ำ (ยังไม่มีข้อมูลในระบบของจังหวัด) ภายในวันนี้                       | 2
            ท่านผู้ว่าฯ ขอทราบจำนวนเต็นท์ที่อำเภอยืมไป ขอทุกอำเภอตอบภายใน ๓ ชม. ครับ                          | 2
            กรมฯ แจ้งว่ายอดผู้ได้รับผ้าห่มซึ่งยังได้รับไม่ครบ ขอให้ทุกอำเภอส่งสรุปใหม่ตามแบบภายในวันศุกร์          | 2
            เตือนความจำค่ะ ครบกำหนดส่งแบบสำรวจบ้านพักวันนี้ ๑๕.๓๐ น.                                       | 0
            ยังขาดอีกสองอำเภอครับ รบกวนส่งยอดก่อนเที่ยง                                                 | 0
            ยังไม่เห็นรายงานจาก อ.กุสุมาลย์ เลยครับ ขอภายในวันนี้                                           | 0
            ขอบคุณอำเภอที่ส่งมาแล้วค่ะ ที่เหลือรบกวนส่งภายใน ๑๗.๐๐ น.                                        | 0
            ตามที่ขอเมื่อวาน ยังได้ไม่ครบค่ะ ขอให้ส่งภายในเช้านี้                                             | 0
            หลายตำบลยังขาดน้ำดื่ม ขอให้ทุกอำเภอรายงานจำนวนถังที่ต้องการภายในวันนี้                              | 2
            เครื่องสูบน้ำที่เหลือให้ส่งคืนจังหวัด และรายงานจำนวนที่ใช้ภายในวันศุกร์                              | 2
            """)
    void anOrderAskingDistrictsToTellTheGroup_opensDuties_butAWordOnWhatIsStillOwed_orAnAnswerAskedElsewhere_opensNone(String order, int duties) {
        assertThat(ledger(new Fixtures().post(G5, "ศอ.จอส.จว.สน.", order))).as(order).hasSize(duties);
    }

    @Test
    void aSalutationAfterTheSpeedClass_namesWhoOwes() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ด่วน เรียน นอภ.กุสุมาลย์\nขอให้ ศอ.จอส.อำเภอ ทำแนวกันไฟ แล้วส่งภาพกิจกรรม ภายในเวลา ๑๖.๓๐ น. วันนี้");
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anAnswerSentAsAReplyToAReminder_paysTheOrderTheReminderRepliedTo() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอสรุปผลการช่วยเหลือผู้ประสบภัยพายุ ภายใน ๒๔ ชม.")        // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานแผนจิตอาสาช่วงสงกรานต์ ภายใน ๓ วัน")                 // m2
                .reply(G5, "ศอ.จอส.จว.สน.", "เร่งรัดครับ อำเภอที่ยังไม่ได้ส่ง ขอให้ส่งภายในกำหนดครับ", "m1")                      // m3, reminds of m1
                // m4 shares no word with either order: as a reply to the reminder it answers m1, not the latest
                .reply(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ๕ หลัง ๒๒ คน ค่ะ", "m3");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m4", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aWordOnWhatTheGroupIsFor_opensNoDuty_unlessItSetsADeadline() {
        Fixtures log = new Fixtures()
                .post(G5, "ปจ.สน.", "หนังสือทั่วไปส่งกลุ่ม ข้อสั่งการ ปค.สน. นะครับ กลุ่มนี้เฉพาะงานจิตอาสาครับ")                            // m1
                // the group's rules recalled: how to report, no report asked
                .post(G5, "ปจ.สน.", "ขอทบทวนกติกาของกลุ่มครับ การรายงานผลให้ระบุชื่ออำเภอทุกครั้ง ภาพไม่เกิน ๕ ภาพ งดสติกเกอร์")
                .post(G5, "ปจ.สน.", "กลุ่มนี้ใช้รายงานงานจิตอาสา ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานผลการปลูกต้นไม้ ภายใน ๒๔ ชม. ครับ"); // m3
        assertThat(ledger(log)).containsExactlyInAnyOrder("m3/เมืองสกลนคร/OPEN/-", "m3/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aFileSentAlone_paysTheOrderItsNameSpeaksOf_notTheLatest() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานข้อมูลชุดปฏิบัติการจิตอาสาภัยพิบัติ ตามแบบท้ายหนังสือ ภายใน ๒๔ ชม.") // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานแผนกิจกรรมช่วงปีใหม่ ตามแบบที่แนบ ภายใน ๓ วัน")                       // m2
                .file(G5, "จอส.กุสุมาลย์", "แบบรายงานชุดจิตอาสาภัยพิบัติ_กุสุมาลย์.xlsx");                                                       // m3
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aHeadcountAlonePaysTheOrderAskingForFigures_notALaterOneAskingForPhotos() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานยอดจิตอาสาพระราชทานที่จะร่วมงานวันเด็ก ภายใน ๒๔ ชม.")     // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพถ่ายการเตรียมสถานที่ อำเภอละ ๒-๔ ภาพ ภายใน ๒๔ ชม.")    // m2
                // m3 shares no word with either: a text alone answers the order that did not ask for photos
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ๕๘ ค่ะ");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aQuotaInAnOrder_isNoAskingHowManyPeople() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจุดบริการจราจรหน้าโรงเรียน ภายใน ๒๔ ชม.")                   // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อผู้ประสานงานระดับตำบล ตำบลละ ๑ คน ภายใน ๓ วัน")              // m2
                // m3 gives points and people: "๖ จุด" is m1's; "๒๔ คน" does not answer m2's quota of one a sub-district
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ๖ จุด จิตอาสา ๒๔ คนค่ะ");
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aShortYesToAMembersQuestion_opensNoDuty_evenWhenItNamesATime() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", ORDER_24H)                                                                   // m1
                .post(G5, "จอส.เมือง", "สอบถามครับ กิจกรรมที่ทำไปเมื่อวันเสาร์ นำมารายงานได้ไหมครับ")                       // m2, a question
                .post(G5, "ศอ.จอส.จว.สน.", "ได้ครับ ถ้าทำภายในเดือนนี้รายงานได้เลยครับ");                                  // m3, its answer
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anApologyForWhatCannotBeSentYet_answersNoDuty() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอส่งภาพกิจกรรมเก็บกระทง อำเภอละ ๓ ภาพ ภายใน ๒๔ ชม.")   // m1
                .post(G5, "จอส.กุสุมาลย์", "ขออภัยค่ะ อ.กุสุมาลย์ ภาพกิจกรรมเก็บกระทงหายจากเครื่อง กำลังขอจากตำบลใหม่ค่ะ")   // m2
                .post(G5, "จอส.เมือง", "อ.เมืองสกลนคร ส่งภาพกิจกรรมเก็บกระทงครับ")                                      // m3
                .media(G5, "จอส.เมือง", MessageType.IMAGE);
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m3", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderAskingToBeToldItemsOrAProposal_opensDuties_butTheOfficesOwnProposalDoesNot() {
        // "แจ้ง" with what to tell in a numbered list, and "เสนอ" what: neither is a word of the trigger list
        List<Finding> told = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อ.\nขอให้ทั้งสองอำเภอแจ้ง (1) วันลงพื้นที่ (2) หมู่บ้านเป้าหมาย ให้ศูนย์ฯ ทราบภายใน ๑๖.๐๐ น. วันนี้ครับ")
                .post(G5, "จอส.เมือง", "เมืองสกลนคร ลงพื้นที่ ๙ ธ.ค. บ้านดงมะไฟ ค่ะ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(told)).containsExactly("SKN-5O/กุสุมาลย์@m1");
        List<Finding> proposed = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เพื่อเตรียมงานวันเด็ก ขอให้แต่ละอำเภอเสนอกิจกรรม ๑ รายการ ภายในวันพรุ่งนี้ครับ")
                .after(Duration.ofDays(3)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(proposed)).containsExactlyInAnyOrder("SKN-5O/เมืองสกลนคร@m1", "SKN-5O/กุสุมาลย์@m1");
        // a note on what to write, whose เสนอ is what the office will do with the answers: no duty of its own
        List<Finding> note = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ฝากทุกอำเภอเขียนชื่อหมู่บ้านให้ครบด้วยนะครับ จะได้รวบรวมเสนอท่านผู้ว่าฯ")
                .after(Duration.ofDays(3)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(note).isEmpty();
    }

    @Test
    void anAnswerTellingOnlyWhatIsToCome_paysNoOrderForResults_butOneGivingResultsFirstDoes() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการขุดลอกคลองส่งน้ำ (จำนวนจิตอาสา/ระยะทาง) ภายใน ๑๕.๐๐ น. วันนี้")
                .post(G5, "จอส.เมือง", "เดือนหน้าเมืองสกลนครจะจัดขุดลอกคลองอีกสาย คาดว่าใช้จิตอาสา ๗๐ คนค่ะ")
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ขุดลอกคลองเสร็จ ๑.๕ กม. จิตอาสา ๕๒ คน รอบหน้าจะจัดที่ ต.นาโพธิ์ค่ะ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/เมืองสกลนคร@m1");
        // an order that asks what is to come is answered by it
        List<Finding> plans = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานวันที่จะจัดขุดลอกคลองและจำนวนจิตอาสาที่จะเข้าร่วม ภายใน ๑๕.๐๐ น. วันนี้")
                .post(G5, "จอส.เมือง", "เมืองสกลนครจะจัดวันที่ ๑๒ ธ.ค. คาดว่าจิตอาสา ๗๐ คนค่ะ")
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์จะจัด ๑๕ ธ.ค. จิตอาสา ๔๐ คนค่ะ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(plans).isEmpty();
    }

    @Test
    void districtsListedBareAfterALongDescription_areWhomTheOrderAsks() {
        // a description of 70 characters before ได้แก่ and the districts named bare
        List<Finding> some = Fixtures.withMoreChiefs(2)
                .post(G5, "ศอ.จอส.จว.สน.", "ตามที่อำเภอแจ้งว่าจะจัดกิจกรรมจิตอาสาเก็บขยะริมหนองหารร่วมกับโรงเรียนในช่วงปลายเดือนนี้ ได้แก่ "
                        + "ทดสอบ1 และกุสุมาลย์ ขอให้ส่งรายชื่อจิตอาสาภายในพรุ่งนี้ ๑๒.๐๐ น. ครับ")
                .after(Duration.ofDays(2)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(some)).containsExactlyInAnyOrder("SKN-5O/ทดสอบ1@m1", "SKN-5O/กุสุมาลย์@m1");
    }

    @Test
    void aLineThatTurnsToOneDistrictAfterTellingEveryone_asksThatDistrictOnly() {
        List<Finding> told = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน นอภ.ทุกอำเภอ\nจังหวัดจะจัดกีฬาจิตอาสาสัมพันธ์ วันที่ ๑๒ ธ.ค. รายละเอียดจะแจ้งอีกครั้ง\n"
                        + "สำหรับ อ.กุสุมาลย์ ซึ่งเป็นเจ้าภาพสนามแข่ง ขอให้รายงานความพร้อมของสนาม ภายใน ๑๕.๐๐ น. วันนี้ครับ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(told)).containsExactly("SKN-5O/กุสุมาลย์@m1");
        List<Finding> thanked = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอบคุณ อ.เมืองสกลนคร ที่ช่วยงานกาชาดเมื่อวานครับ\n"
                        + "ในส่วนของ อ.กุสุมาลย์ ซึ่งจะจัดงานเดือนหน้า ขอให้ส่งแผนงาน ภายใน ๑๖.๐๐ น. วันนี้ครับ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(thanked)).containsExactly("SKN-5O/กุสุมาลย์@m1");
        List<Finding> deputy = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ปลัดอำเภอผู้รับผิดชอบงานจิตอาสาของ อ.กุสุมาลย์ รายงานรายชื่อวัดที่จะร่วมกิจกรรม ภายใน ๑๖.๐๐ น. วันนี้")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(deputy)).containsExactly("SKN-5O/กุสุมาลย์@m1");
    }

    @Test
    void resultsSentForAnotherDistrict_answerForThatDistrict_notForTheSenders() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนผู้บริจาคโลหิต ภายใน ๑๕.๐๐ น. วันนี้")
                .post(G5, "จอส.เมือง", "ฝากส่งแทน อ.กุสุมาลย์ นะคะ เจ้าหน้าที่เขาติดประชุม")
                .post(G5, "จอส.เมือง", "กุสุมาลย์ ผู้บริจาคโลหิต ๒๓ คนค่ะ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/เมืองสกลนคร@m1");
    }

    @Test
    void whereTheAnswersStand_isAReminder_notAnOrderOfItsOwn() {
        List<Finding> findings = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานผลการเก็บขยะริมถนน ภายใน ๑๖.๐๐ น. วันนี้")
                .post(G5, "จอส.เมือง", "เมืองสกลนคร เก็บขยะ ๒ กม. จิตอาสา ๓๐ คนค่ะ")
                .after(Duration.ofHours(5)).post(G5, "ศอ.จอส.จว.สน.", "เรียนทุกอำเภอค่ะ ครบกำหนดรายงานผลการเก็บขยะ ๑๖.๐๐ น. วันนี้ ขณะนี้ได้รับแล้ว ๑ อำเภอค่ะ")
                .after(Duration.ofDays(1)).post(G1, "นอภ.เมืองสกลนคร", "สวัสดีครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-5O/กุสุมาลย์@m1");
    }

    @Test
    void aDeadlineItsSenderCorrects_holdsForTheDutiesStillOpen_butALateAnswerBeforeTheCorrectionStaysLate() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจุดกำจัดผักตบชวา พร้อมภาพ ภายในวันที่ ๒๒ พ.ย. ๖๘ เวลา ๑๒.๐๐ น.") // m1 Fri 08:01
                // a few minutes later: the same sender moves it to Monday, naming no word of the order but "รายงาน"
                .post(G5, "ศอ.จอส.จว.สน.", "ขออภัยครับ กำหนดส่งรายงาน ขอเลื่อนเป็นวันจันทร์ที่ ๒๔ พ.ย. ๖๘ เวลา ๑๒.๐๐ น. ครับ")   // m2 08:02
                // Saturday afternoon: after the first deadline, before the corrected one
                .after(Duration.ofHours(30)).post(G5, "จอส.เมือง", "รายงานจุดกำจัดผักตบชวา อำเภอเมืองสกลนคร ๖ จุด")          // m3 Sat 14:03
                // Monday afternoon: after the corrected one
                .after(Duration.ofHours(48)).post(G5, "จอส.กุสุมาลย์", "รายงานจุดกำจัดผักตบชวา อ.กุสุมาลย์ ๓ จุดค่ะ");      // m4 Mon 14:04
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        assertThat(result.summary().ledger()).extracting(e -> e.order().messageId() + "/" + e.party() + "/" + e.state() + "/"
                        + e.deadline().toLocalDateTime())
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/2025-11-24T12:00", "m1/กุสุมาลย์/LATE/2025-11-24T12:00");
        assertThat(keys(result.findings())).containsExactly("SKN-5O/กุสุมาลย์@m4");
        assertThat(result.findings().get(0).th()).contains("แก้ไขกำหนดตาม test.jsonl:2 (m2)");

        // a correction sent after a district was already found late leaves that finding; the one still owing gets the new time
        Fixtures extended = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนจุดกำจัดผักตบชวา พร้อมภาพ ภายในวันที่ ๒๑ พ.ย. ๖๘ เวลา ๑๒.๐๐ น.") // m1 08:01
                .after(Duration.ofHours(5)).post(G5, "จอส.เมือง", "รายงานจุดกำจัดผักตบชวา อำเภอเมืองสกลนคร ๖ จุด")           // m2 13:02, late
                .reply(G5, "ศอ.จอส.จว.สน.", "ขยายเวลาเป็นภายใน ๑๖.๐๐ น. วันนี้ สำหรับอำเภอที่ยังไม่ได้รายงานครับ", "m1")        // m3 13:03
                .post(G5, "จอส.กุสุมาลย์", "รายงานจุดกำจัดผักตบชวา อ.กุสุมาลย์ ๓ จุดค่ะ");                                     // m4 13:04
        assertThat(ledger(extended)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/LATE/m2", "m1/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void aMeetingMovedToAnotherDay_orADistrictAskingForMoreTime_movesNoDeadline() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งรายชื่อจิตอาสาเข้าประชุมชี้แจง ภายในวันที่ ๒๑ พ.ย. ๖๘ เวลา ๑๖.๐๐ น.") // m1 08:01
                .post(G5, "ศอ.จอส.จว.สน.", "แจ้งเปลี่ยนแปลงครับ การประชุมชี้แจงจิตอาสาเลื่อนเป็นวันจันทร์ที่ ๒๔ พ.ย. ๖๘ ส่งรายชื่อตามเดิม") // m2
                .post(G5, "จอส.เมือง", "เมืองสกลนครขอขยายเวลาส่งรายชื่อถึงวันจันทร์ได้ไหมคะ")                                     // m3
                .after(Duration.ofHours(10)).post(G5, "จอส.เมือง", "ส่งรายชื่อจิตอาสาเข้าประชุม อำเภอเมืองสกลนคร ๑๒ คนค่ะ");       // m4 18:04
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/LATE/m4");
        // an order to solve a problem that adds a district is an order of its own, not a correction of the one before
        Fixtures solve = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อ.เมืองสกลนคร ขอให้จัดจิตอาสาเก็บขยะริมถนน รายงานผลภายในวันที่ ๒๒ พ.ย. ๖๘")   // m1
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อ. แก้ไขปัญหาขยะตกค้างริมหนองหาร เพิ่ม อ.กุสุมาลย์ ร่วมดำเนินการ "
                        + "และรายงานผลภายในวันที่ ๒๒ พ.ย. ๖๘");                                                                 // m2
        assertThat(ledger(solve)).extracting(row -> row.split("/")[0]).contains("m1", "m2");
    }

    @Test
    void minutesWithSeveralMeasures_oneOfThemNeedingNothingYet_stillAskForTheReportAnotherMeasureSets() {
        Fixtures log = new Fixtures()
                .post(G5, "ปจ.สน.", "บันทึกการประชุม ศอ.จอส.จว.สน. ครั้งที่ ๓/๒๕๖๘\nที่ประชุมมีมติ ดังนี้\n"
                        + "๑. ให้ทุกอำเภอเฝ้าระวังไฟป่า หากพบจุดความร้อนให้แจ้งทันที (กรณีไม่พบไม่ต้องรายงาน)\n"
                        + "๒. ให้ ศอ.จอส.อ. รายงานจำนวนจิตอาสาที่ผ่านการอบรมดับไฟป่า ภายในวันที่ ๒๒ พ.ย. ๖๘\n"
                        + "๓. งานกาชาดประจำปี จังหวัดจะแจ้งรายละเอียดภายหลัง ตอนนี้ยังไม่ต้องดำเนินการ\n"
                        + "จึงแจ้งเพื่อทราบและถือปฏิบัติ");                                                           // m1
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void theOneDistrictLeftOut_notToAct_orMembersToldNotToPassOnTheQrCode_oweNothing() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อ.ทุกแห่ง ขอให้จัดจิตอาสาช่วยงานลงทะเบียนเกษตรกร และรายงานยอดผู้มาใช้บริการ "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘\nส่วน อ.เมืองสกลนคร สำนักงานเกษตรจังหวัดดูแลเอง ไม่ต้องดำเนินการครับ")        // m1
                .post(G5, "ศอ.จอส.จว.สน.", "มีคนนอกสแกนคิวอาร์เข้ากลุ่ม นำออกแล้วครับ ขอความร่วมมือทุกท่านอย่าส่งต่อคิวอาร์ของกลุ่มนะครับ"); // m2
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderDescribingTheDistricts_thenATextSayingWhichTheyAre_obligesThoseNamed() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้อำเภอที่มีแหล่งน้ำเสี่ยงจมน้ำ จัดจิตอาสาติดป้ายเตือนและเชือกช่วยชีวิต แล้วรายงานผลพร้อมภาพ "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘")                                                                       // m1
                .post(G5, "ศอ.จอส.จว.สน.", "อำเภอที่มีแหล่งน้ำเสี่ยง ได้แก่ อ.กุสุมาลย์ ครับ");                                // m2, a minute later
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aCorrectionTakingADistrictOutAndPuttingAnotherIn_withdrawsTheOnesDutyAndObligesTheOther() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อ.เมืองสกลนคร ขอให้จัดจิตอาสาตัดกิ่งไม้ริมทางหลวง แล้วรายงานผลพร้อมภาพ "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘ ครับ")                                                                       // m1
                .post(G5, "ศอ.จอส.จว.สน.", "📝 แก้ไขครับ เรื่องตัดกิ่งไม้ ขอตัด อ.เมืองสกลนคร ออก (แขวงทางหลวงดำเนินการแล้ว) "
                        + "และเพิ่ม อ.กุสุมาลย์ แทนครับ")                                                                        // m2
                .after(Duration.ofHours(3)).post(G5, "จอส.กุสุมาลย์", "รายงานผลตัดกิ่งไม้ริมทางหลวง อ.กุสุมาลย์ ๓ กม. จิตอาสา ๒๐ คนค่ะ"); // m3
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        assertThat(result.summary().ledger()).extracting(e -> e.order().messageId() + "/" + e.party() + "/" + e.state() + "/"
                        + (e.answer() == null ? "-" : e.answer().messageId()))
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/WITHDRAWN/m2", "m1/กุสุมาลย์/ON_TIME/m3");
        assertThat(result.findings()).isEmpty();
        // after the end of the log, the district taken out is not missing
        assertThat(log.run(AuditOptions.DEFAULTS.asOf(Fixtures.START.plusDays(3))).findings()).isEmpty();
    }

    @Test
    void anExtensionFromOneDayToAnother_saidAtLength_holds_butAMeetingPostponedKeepsTheNamesDue() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งแบบสรุปค่าใช้จ่ายกิจกรรมจิตอาสา ภายในวันเสาร์ที่ ๒๒ พ.ย. ๖๘ เวลา ๑๒.๐๐ น.")      // m1 Fri
                .reply(G5, "ศอ.จอส.จว.สน.", "📢 แจ้งครับ คลังจังหวัดขอปรับแบบ ศอ.จอส.จว.สน. จึงขอขยายกำหนดส่งแบบสรุปค่าใช้จ่าย "
                        + "จากวันเสาร์ที่ ๒๒ พ.ย. เป็น วันจันทร์ที่ ๒๔ พ.ย. ๖๘ เวลา ๑๒.๐๐ น. ครับ", "m1")                             // m2
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอแจ้งรายชื่อผู้เข้าประชุมชี้แจงงบประมาณ อำเภอละ ๒ ท่าน ภายในเวลา ๑๖.๐๐ น. วันนี้") // m3
                .post(G5, "ศอ.จอส.จว.สน.", "แจ้งเลื่อนการประชุมชี้แจงงบประมาณ จากวันจันทร์ที่ ๒๔ พ.ย. เป็น วันพุธที่ ๒๖ พ.ย. ๖๘ "
                        + "ส่งรายชื่อตามเดิมครับ")                                                                               // m4
                .after(Duration.ofHours(30)).post(G5, "จอส.เมือง", "ส่งแบบสรุปค่าใช้จ่าย อำเภอเมืองสกลนคร ๑๒,๕๐๐ บาทค่ะ")   // m5 Sat 14:05
                .post(G5, "จอส.เมือง", "รายชื่อผู้เข้าประชุมชี้แจงงบประมาณ อ.เมืองสกลนคร นางสาวมาลี ศรีสุข และนายสมศักดิ์ ใจดีค่ะ");     // m6 Sat 14:06
        assertThat(ledger(log)).contains("m1/เมืองสกลนคร/ON_TIME/m5", "m3/เมืองสกลนคร/LATE/m6");
    }

    @Test
    void namesSentInReplyToACallForNames_answerIt_thoughTheyShareNoWordWithIt() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อ. ทุกอำเภอแจ้งรายชื่อผู้ประสานงานงานกาชาด อำเภอละ ๑ ท่าน (ชื่อ-ตำแหน่ง) "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘ ครับ")                                                                        // m1
                .reply(G5, "จอส.เมือง", "เมืองสกลนคร: นางสาวมาลี ศรีสุข ค่ะ", "m1")                                            // m2
                .post(G5, "จอส.กุสุมาลย์", "ขอบคุณค่ะ นางจันทร์เพ็ญ ดวงดี รับทราบแล้วค่ะ");                                    // m3, no reply
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/OPEN/-");
        // the name in a reply that reads as an acknowledgement answers too
        assertThat(ledger(log.reply(G5, "จอส.กุสุมาลย์", "รับทราบค่ะ นางจันทร์เพ็ญ ดวงดี", "m1")))                         // m4
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m2", "m1/กุสุมาลย์/ON_TIME/m4");
    }

    /** Two more districts, each with its chief and its volunteer officer. */
    private static Fixtures withTwoMoreDistricts() {
        return Fixtures.withPeople(
                "chief3,นายวีระ คำมา,นอภ.พังโคน,district_chief,ที่ว่าการอำเภอพังโคน,พังโคน,,",
                "vc3,นางสาวรัตนา ศรีบุญ,จอส.พังโคน,volunteer_center_staff,ศอ.จอส.อำเภอพังโคน,พังโคน,,",
                "chief4,นายประยูร แสนสุข,นอภ.วาริชภูมิ,district_chief,ที่ว่าการอำเภอวาริชภูมิ,วาริชภูมิ,,",
                "vc4,นายชาตรี บุญมา,จอส.วาริชภูมิ,volunteer_center_staff,ศอ.จอส.อำเภอวาริชภูมิ,วาริชภูมิ,,");
    }

    @Test
    void anOrderLeavingSomeOutOfTheDistrictsItCallsWithoutTheWordEvery_asksTheOthers() {
        Fixtures log = withTwoMoreDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "ถึง ศอ.จอส.อำเภอ (เว้น อ.พังโคน และ อ.วาริชภูมิ ที่ส่งมากับหนังสือแล้ว)\n"
                        + "ขอให้สรุปจำนวนถุงยังชีพที่แจกผู้ประสบภัย ภายในวันที่ ๒๑ พ.ย. ๖๘ ก่อน ๑๕.๐๐ น. ค่ะ");                          // m1
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void anOrderPointingBackToTheDistrictsItNamedAbove_obligesThoseOnly_theOthersToldForInformation() {
        Fixtures log = withTwoMoreDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "แจ้งด่วน\nน้ำป่าไหลหลากเมื่อคืน ถนนขาด อ.พังโคน กับ อ.วาริชภูมิ\n"
                        + "ขอ ๒ อำเภอที่กล่าวมา ส่งจำนวนจิตอาสาที่ลงช่วยและจุดที่ช่วย\nอำเภออื่นทราบไว้ เฝ้าระวังด้วยครับ");         // m1
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/พังโคน/OPEN/-", "m1/วาริชภูมิ/OPEN/-");
    }

    @Test
    void aPlanPaysTheCallForPlans_thoughItSharesNoWordWithIt_andAnAnswerInPartsPaysEachOrderAPartAnswers() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "เรียน ศอ.จอส.อำเภอ ทุกอำเภอ\nเนื่องในวันพ่อแห่งชาติ ขอให้อำเภอรายงานแผนการจัดกิจกรรม "
                        + "(สถานที่/ลักษณะงาน/จำนวนผู้ร่วม) ภายในวันที่ ๒๒ พ.ย. ๖๘ ครับ")                                          // m1
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ แจ้งจำนวนเต็นท์และโต๊ะที่ยืมไปงานกาชาด "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘")                                                                           // m2
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "เมืองฯ แผน: ปลูกหญ้าแฝกริมหนองหาร ๑๒๐ คน ค่ะ")               // m3
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ แผนงาน ลอกรางระบายน้ำหน้าตลาด ๘๐ คน // เต็นท์ ๔ หลัง โต๊ะพับ ๒๐ ตัว ที่ยืมไปงานกาชาดค่ะ"); // m4
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m3", "m1/กุสุมาลย์/ON_TIME/m4",
                "m2/เมืองสกลนคร/OPEN/-", "m2/กุสุมาลย์/ON_TIME/m4");
    }

    @Test
    void photosOfTheWorkGoingOn_areNotItsResultsWithTheirCount_butPhotosWithTheCountAre() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ รายงานผลกิจกรรมวันพ่อ (จำนวนผู้ร่วม/งานที่ทำ) พร้อมภาพ ๓ ภาพ "
                        + "ภายในวันที่ ๒๒ พ.ย. ๖๘")                                                                           // m1
                .after(Duration.ofHours(2)).media(G5, "จอส.เมือง", MessageType.IMAGE)                                         // m2
                .media(G5, "จอส.เมือง", MessageType.IMAGE)                                                                       // m3
                .post(G5, "จอส.เมือง", "ขณะนี้จิตอาสาเมืองฯ กำลังเก็บขยะริมถนนค่ะ")                                          // m4
                .captioned(G5, "จอส.กุสุมาลย์", MessageType.IMAGE, "กุสุมาลย์ ร่วม ๔๕ คน เก็บขยะริมถนน ๒ กม. ค่ะ");          // m5
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/ON_TIME/m5");
    }

    @Test
    void aDeadlineMovedToAWeekdayNamedBare_holds_andTheDaysRollOfWhatFallsDueOpensNothing() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอรายชื่อจิตอาสาอำเภอละ ๒ คน ไปช่วยงานกาชาด\n:: ชื่อ-สกุล / เบอร์โทร\n:: ส่งภายใน ๑๖.๐๐ น. วันนี้") // m1 Fri 08:01
                .after(Duration.ofHours(3)).post(G5, "ศอ.จอส.จว.สน.", ":: เลื่อนกำหนดส่งรายชื่อจิตอาสากาชาด\n"
                        + ":: ขยายเป็น จันทร์ฯ ๒๔ พ.ย. ๖๘ เวลา ๑๐.๐๐ น.")                                                     // m2
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "อรุณสวัสดิ์ครับ วันนี้มี ๒ เรื่องที่ต้องส่ง :: รายชื่อกาชาด "
                        + ":: แบบสำรวจบ้านเรือน (บ่ายนี้)")                                                                   // m3
                .after(Duration.ofHours(3)).post(G5, "จอส.เมือง", "เมืองสกลนคร นางสาวมาลี ศรีสุข ๐๘๑-๒๓๔-๕๖๗๘ นายดำ ดีใจ ๐๘๙-๙๘๗-๖๕๔๓ ค่ะ"); // m4, after 16.00
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/ON_TIME/m4", "m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void aProvinceOfficerAskingForPhotosByATime_ofTheDistrictsSheMentions_opensTheirDuties() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "@จอส.กุสุมาลย์ ขอรูปจิตอาสาซ่อมฝายบ้านนาเพียง อำเภอละ ๓ รูป ก่อน ๑๕.๐๐ น. วันนี้นะคะ "
                        + "จะแนบรายงานเขตค่ะ");                                                                                // m1
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/OPEN/-");
    }

    @Test
    void numberedMeasuresEachAskingForAReportByItsOwnDeadline_oweOneDutyEach_theFirstReportPayingTheFirst() {
        Fixtures log = new Fixtures()
                .post(G5, "ปจ.สน.", "เรียน นายอำเภอทุกอำเภอ\nเพื่อรณรงค์ลดอุบัติเหตุช่วงเทศกาล ขอให้อำเภอดำเนินการ ดังนี้\n"
                        + "๑. ติดป้ายรณรงค์ที่จุดเสี่ยงในอำเภอ ให้แล้วเสร็จภายในวันที่ ๒๒ พ.ย. ๒๕๖๘\n"
                        + "๒. ส่งภาพป้ายพร้อมจำนวนจุดที่ติด ภายในวันที่ ๒๒ พ.ย. ๒๕๖๘ เวลา ๑๒.๐๐ น.\n"
                        + "๓. รายงานผลการตั้งจุดตรวจร่วมกับตำรวจ ภายในวันที่ ๒๘ พ.ย. ๒๕๖๘\n"
                        + "๔. แจ้งประชาสัมพันธ์ทางหอกระจายข่าว (ข้อนี้ไม่ต้องรายงาน)")                                        // m1 Fri 08:01
                .after(Duration.ofHours(3)).captioned(G5, "จอส.เมือง", MessageType.IMAGE, "เมืองสกลนคร ป้ายรณรงค์ ๘ จุดค่ะ")   // m2 Fri 11:02
                .after(Duration.ofHours(30)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ติดป้ายแล้ว ๕ จุด ขออภัยที่ช้าค่ะ")          // m3 Sat 17:03
                .post(G5, "จอส.เมือง", "เมืองสกลนคร รายงานผลจุดตรวจร่วม ๓ จุด เจ้าหน้าที่ ๒๔ คน ค่ะ");                         // m4 Sat 17:04
        Fixtures.Result result = log.run(AuditOptions.DEFAULTS.withLedger());
        assertThat(result.summary().ledger()).extracting(e -> e.order().messageId() + "/" + e.party() + "/" + e.deadline().minusNanos(1).toLocalDate()
                        + "/" + e.state() + "/" + (e.answer() == null ? "-" : e.answer().messageId()))
                .containsExactlyInAnyOrder("m1/เมืองสกลนคร/2025-11-22/ON_TIME/m2", "m1/เมืองสกลนคร/2025-11-28/ON_TIME/m4",
                        "m1/กุสุมาลย์/2025-11-22/LATE/m3", "m1/กุสุมาลย์/2025-11-28/OPEN/-");
    }

    @Test
    void whyAnAnswerIsLate_saidAfterItsFigures_isNotWhatItAnswers() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ รายงานจำนวนจุดที่ติดตั้งซุ้มเฉลิมพระเกียรติ ภายในวันที่ ๒๑ พ.ย. ๖๘ "
                        + "เวลา ๑๒.๐๐ น.")                                                                                       // m1 Fri 08:01
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ รายงานการช่วยเหลือผู้ประสบภัยพายุของจิตอาสา "
                        + "ภายในวันที่ ๒๔ พ.ย. ๖๘")                                                                              // m2
                .after(Duration.ofHours(6)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ๔ ซุ้ม ๔ จุดค่ะ ขออภัยที่ช้าค่ะ "
                        + "จิตอาสาออกช่วยผู้ประสบภัยพายุที่บ้านนาเพียงทั้งเช้า");                                                  // m3 Fri 14:03
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/LATE/m3", "m2/กุสุมาลย์/OPEN/-");
    }

    @Test
    void photosCaptionedOnlyWithAnApology_arePhotosSentLate_notAnIncident() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "@จอส.กุสุมาลย์ ขอรูปจิตอาสาเก็บผักตบชวาเมื่อวาน ๓ รูป ก่อน ๑๒.๐๐ น. วันนี้ค่ะ")          // m1 Fri 08:01
                .after(Duration.ofHours(6)).media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)                                       // m2 Fri 14:02
                .media(G5, "จอส.กุสุมาลย์", MessageType.IMAGE)                                                                    // m3
                .post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ค่ะ ขอโทษค่ะ ไปช่วยดับไฟไหม้ที่บ้านโคกสูงมา เพิ่งได้ส่งค่ะ");               // m4, its caption
        assertThat(ledger(log)).containsExactly("m1/กุสุมาลย์/LATE/m2");
    }

    @Test
    void aLineDescribingTheDistrictsAndListingThemInBrackets_thenWhatTheyAreAsked_obligesThoseListed() {
        Fixtures log = withTwoMoreDistricts()
                .post(G5, "ศอ.จอส.จว.สน.", "📣 แจ้งด่วน\nอำเภอที่มีหมู่บ้านติดลำห้วยปลาหาง 🌊 (พังโคน วาริชภูมิ)\n"
                        + "ขอให้ส่งจำนวนครัวเรือนที่ต้องย้ายของขึ้นที่สูง ภายในวันที่ ๒๒ พ.ย. ๖๘ ครับ");                                // m1
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/พังโคน/OPEN/-", "m1/วาริชภูมิ/OPEN/-");
    }

    @Test
    void anOrderToWhicheverDistrictSomethingBefell_describesWhomItAsks_andJudgesNoSilentDistrictMissing() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ฝนตกหนักเมื่อคืนครับ อำเภอไหนมีถนนขาดหรือสะพานชำรุด รบกวน ศอ.จอส.อำเภอ แจ้งจุดที่เสียหาย"
                        + "และจิตอาสาที่ออกช่วย ภายใน ๑๕.๐๐ น. วันนี้ ถ้าไม่มีก็ไม่ต้องแจ้งครับ")                                    // m1 Fri 08:01
                .after(Duration.ofHours(2)).post(G5, "จอส.กุสุมาลย์", "กุสุมาลย์ ถนนขาด ๑ จุด บ้านโนนสวรรค์ จิตอาสา ๑๕ คน ลงกระสอบแล้วค่ะ") // m2
                .after(Duration.ofHours(9)).post(G5, "ศอ.จอส.จว.สน.", "ขอบคุณครับ");                                               // m3, after 15.00
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/กุสุมาลย์/ON_TIME/m2", "m1/เมืองสกลนคร/NOT_JUDGED/-");
    }

    @Test
    void aFileWithABareCaption_goesToTheOrderThatAskedForItsForm_andItsNextPartPaysNothingNew() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอกรอกแบบสำรวจความพร้อม (แบบ สจ.๒) ส่งกลับเป็นไฟล์ excel ภายในวันที่ ๒๔ พ.ย. ๖๘") // m1 Fri 08:01
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอแจ้งจำนวนจิตอาสาที่จะไปร่วมพิธีวันพ่อ "
                        + "ภายในวันที่ ๒๕ พ.ย. ๖๘")                                                                              // m2
                .after(Duration.ofHours(2)).file(G5, "จอส.กุสุมาลย์", "scan0042.pdf")                                        // m3
                .post(G5, "จอส.กุสุมาลย์", "ส่งครับ")                                                                          // m4, its caption
                .after(Duration.ofHours(1)).file(G5, "จอส.กุสุมาลย์", "scan0043.pdf")                                        // m5
                .post(G5, "จอส.กุสุมาลย์", "ส่วนที่ ๒ ครับ");                                                                  // m6, its caption
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/กุสุมาลย์/ON_TIME/m3", "m1/เมืองสกลนคร/OPEN/-",
                "m2/กุสุมาลย์/OPEN/-", "m2/เมืองสกลนคร/OPEN/-");
    }

    @Test
    void aDeadlineMoved_inAPostThatAlsoSaysAMeetingWasMoved_isMoved() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอส่งภาพจิตอาสาทาสีรั้วโรงเรียน อำเภอละ ๓ ภาพ ภายใน ๑๐.๐๐ น. วันนี้ครับ")     // m1 Fri 08:01
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "แก้ไขครับ ขอเลื่อนกำหนดส่งภาพทาสีรั้วโรงเรียน เป็น ภายใน "
                        + "๑๕.๐๐ น. วันนี้ เพราะท่านรองฯ เลื่อนประชุมไปช่วงบ่ายครับ")                                              // m2
                .after(Duration.ofHours(3)).captioned(G5, "จอส.กุสุมาลย์", MessageType.IMAGE, "กุสุมาลย์ ทาสีรั้ว ร.ร.บ้านหนองแวง ค่ะ"); // m3 Fri 12:03
        assertThat(ledger(log)).contains("m1/กุสุมาลย์/ON_TIME/m3");
    }

    @Test
    void aDistrictPutIntoAnOrderByAskingToAddIt_owesItsAnswerToo() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "@จอส.กุสุมาลย์ ขอให้ส่งภาพจิตอาสาขุดลอกคลองส่งน้ำ อำเภอละ ๓ ภาพ ภายในวันที่ ๒๔ พ.ย. ๖๘ ครับ") // m1
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "เพิ่มเติมครับ เรื่องภาพขุดลอกคลองส่งน้ำ ขอเพิ่ม อ.เมืองสกลนคร "
                        + "อีก ๑ อำเภอ กำหนดเดิมครับ");                                                                          // m2
        assertThat(ledger(log)).extracting(line -> line.substring(0, line.indexOf('/', 3)))
                .containsExactlyInAnyOrder("m1/กุสุมาลย์", "m1/เมืองสกลนคร");
    }

    @Test
    void namesWithTheirPhoneNumbers_answerTheCallForContacts_andPayNoOrderThatAskedForNone() {
        Fixtures log = new Fixtures()
                .post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอรายงานจำนวนเสื้อชูชีพที่มีอยู่ ภายในวันที่ ๒๔ พ.ย. ๖๘")                        // m1 Fri 08:01
                .after(Duration.ofHours(1)).post(G5, "ศอ.จอส.จว.สน.", "ขอให้ทุกอำเภอแจ้งชื่อคนประสานงานเรือท้องแบน พร้อมเบอร์ติดต่อ "
                        + "อำเภอละ ๒ ท่าน ภายในวันที่ ๒๔ พ.ย. ๖๘")                                                                // m2
                .after(Duration.ofHours(1)).post(G5, "จอส.เมือง", "เมืองสกลนคร : สมคิด ใจกว้าง 08-1111-2222 / วีระ ทองดี 09-3333-4444 ค่ะ"); // m3
        assertThat(ledger(log)).containsExactlyInAnyOrder("m1/เมืองสกลนคร/OPEN/-", "m1/กุสุมาลย์/OPEN/-",
                "m2/เมืองสกลนคร/ON_TIME/m3", "m2/กุสุมาลย์/OPEN/-");
    }
}
