package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --ledger}: on the samples, exactly the planted late and missing districts of samples/EXPECTED.md. */
final class LedgerCommandTest {
    private static Path samples() {
        return RepositoryFiles.path("samples");
    }

    @Test
    void ledgerOfTheSamples_listsThePlantedLateAndMissingParties(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = CommandLineTest.run("audit", "--roster", samples().resolve("roster.csv").toString(), "--format", "jsonl",
                "--ledger", "--ledger-out", csv.toString(), samples().resolve("sakon-nakhon.jsonl").toString());
        assertThat(run.code()).isEqualTo(1);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("\uFEFFrule,group,order,orderTime,party,answerIn,deadline,state,answer,answerTime,answeredBy,lateMinutes,namedAs,deadlineText,remindedBy");
        List<String> notOnTime = rows.stream().skip(1).filter(r -> r.contains(",late,") || r.contains(",missing,"))
                .map(r -> {
                    String[] c = r.split(",");
                    String order = c[2].substring(c[2].indexOf('(') + 1, c[2].indexOf(')'));
                    String answer = c[8].isEmpty() ? "-" : c[8].substring(c[8].indexOf('(') + 1, c[8].indexOf(')'));
                    return order + " " + c[4] + " " + c[7] + " " + answer;
                }).toList();
        assertThat(notOnTime).containsExactly(
                "m0044 ภูพาน late m0155",
                "m0189 นิคมน้ำอูน missing -",
                "m0189 โพนนาแก้ว late m0267",
                "m0279 นิคมน้ำอูน missing -",
                "m0279 เจริญศิลป์ missing -");
        assertThat(rows.stream().filter(r -> r.contains(",open,"))).hasSize(12);
        assertThat(run.err()).contains("ทะเบียนการตอบข้อสั่งการ / Obligation ledger: 72 parties")
                .contains("ภูพาน: ช้า 4 ชม. 40 นาที / late by 4 h 40 min: ");
    }

    @Test
    void ledgerOnly_keepsTheStatesAsked_whoHasNotAnsweredInTime() {
        CommandLineTest.Run run = CommandLineTest.run("audit", "--roster", samples().resolve("roster.csv").toString(), "--format", "jsonl",
                "--ledger-only", "late,missing", samples().resolve("sakon-nakhon.jsonl").toString());
        assertThat(run.code()).isEqualTo(1);
        String ledger = run.err().substring(run.err().indexOf("ทะเบียนการตอบข้อสั่งการ / Obligation ledger"));
        List<String> parties = ledger.lines().filter(l -> l.startsWith("    ")).map(String::strip).toList();
        // the five late and missing entries of the test above with the reminder sent about their order, and nothing on time or open
        assertThat(parties).containsExactly(
                "ภูพาน: ช้า 4 ชม. 40 นาที / late by 4 h 40 min: " + samples().resolve("sakon-nakhon.jsonl") + ":155 (m0155) (SN0274)",
                "นิคมน้ำอูน: ไม่ตอบ / missing",
                "โพนนาแก้ว: ช้า 8 ชม. 15 นาที / late by 8 h 15 min: " + samples().resolve("sakon-nakhon.jsonl") + ":267 (m0267) (SN0264)",
                // the provincial centre's reminder of m0279 at 16:00, when these seven districts had not reported (checked by hand)
                "ทวงถาม / reminder " + samples().resolve("sakon-nakhon.jsonl") + ":307 (m0307) — 27 พ.ย. 2568 16:00 น. — จอส.จังหวัด ปุ๊ก 🌻:"
                        + " ยังไม่ตอบ / still owing นิคมน้ำอูน, ภูพาน, ส่องดาว, เจริญศิลป์, เต่างอย, โคกศรีสุพรรณ, โพนนาแก้ว",
                "นิคมน้ำอูน: ไม่ตอบ / missing",
                "เจริญศิลป์: ไม่ตอบ / missing");
        assertThat(ledger).contains("Obligation ledger: 5 parties").doesNotContain("ตรงเวลา / on time").doesNotContain("ยังไม่ถึงกำหนด");

        CommandLineTest.Run bad = CommandLineTest.run("audit", "--roster", samples().resolve("roster.csv").toString(),
                "--ledger-only", "overdue", samples().resolve("sakon-nakhon.jsonl").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--ledger-only 'overdue' is not a state (on-time, late, missing, open, not-judged, withdrawn)");
    }
}
