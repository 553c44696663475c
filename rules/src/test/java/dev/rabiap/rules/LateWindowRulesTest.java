package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bounded memory for duties nobody answers: a duty waits for a late answer for its late window (30
 * days unless obligations.csv says otherwise) after its deadline, then is judged missing by the
 * log's own time and leaves working memory; an answer after that is not matched to it.
 */
final class LateWindowRulesTest {
    private static final String GCC2 = ForwardingRulesTest.GCC2;
    private static final String REPORTS = "รายงานผล GCC จ.แพร่";

    @Test
    void aDutyUnansweredThirtyDaysAfterItsDeadline_isMissingThen_andALaterAnswerIsNotLate() {
        // GCC-5: due at the start of 6 July 2561; the window ends at the start of 5 August
        Log log = new Log(ForwardingRulesTest.ENGINE)
                .text("2018-06-26T09:00", GCC2, "สนง.จังหวัดแพร่", "ขอให้หัวหน้าส่วนราชการรายงานผลการจัดตั้งกลุ่ม GCC3 ภายในวันพฤหัสบดีที่ ๕ กรกฎาคม ๒๕๖๑")
                // 6 July 00:00 → 1 August 10:00: 26 days 10 hours late, inside the window
                .text("2018-08-01T10:00", REPORTS, "สาธารณสุขจังหวัดแพร่", "รายงานผลการจัดตั้งกลุ่ม GCC3 ของสำนักงานสาธารณสุข")
                .text("2018-08-06T10:00", REPORTS, "เกษตรจังหวัดแพร่", "รายงานผลการจัดตั้งกลุ่ม GCC3 ของสำนักงานเกษตร")
                .text("2018-09-30T17:00", GCC2, "ผวจ.แพร่", "สวัสดีครับ");
        // one message at a time, so the duty leaves memory while the log goes on; the outcome is the same in one batch
        Log.Result result = log.run(dev.rabiap.engine.AuditOptions.DEFAULTS.withLedger().batchSize(1));
        assertThat(log.run().findings()).containsExactlyInAnyOrderElementsOf(result.findings());
        assertThat(result.ledger()).filteredOn(e -> e.startsWith("GCC-5")).containsExactly(
                "GCC-5 m1 สำนักงานสาธารณสุขจังหวัดแพร่ late PT634H",
                "GCC-5 m1 สำนักงานเกษตรจังหวัดแพร่ missing");
        // judged as of the end of the window, not the end of September
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("GCC-5") && f.actor().equals("สำนักงานเกษตรจังหวัดแพร่"))
                .extracting(f -> f.en()).singleElement().asString().contains("not done as of 2018-08-05 00:00");
        assertThat(result.summary().openObligations()).isZero();
    }
}
