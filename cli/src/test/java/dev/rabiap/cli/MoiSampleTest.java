package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MOI @มหาดไทย rule set (seed 004) on its Nan sample: the findings, ledger and coverage of
 * samples/moi/EXPECTED.md, worked out by hand, judged as of 2018-10-20 17:00.
 */
final class MoiSampleTest {
    private static final String AS_OF = "2018-10-20T17:00";

    private static Path samples() {
        return RepositoryFiles.path("samples/moi");
    }

    /** The audit arguments: the account log, the survey and the circular's cascade. */
    private static String[] audit(String... options) {
        List<String> args = new ArrayList<>(List.of("audit", "--ruleset", "moi-mahadthai", "--roster", samples().resolve("roster.csv").toString(),
                "--as-of", AS_OF));
        args.addAll(List.of(options));
        args.add(samples().resolve("followers.jsonl").toString());
        args.add(samples().resolve("answers.survey.csv").toString());
        args.add(samples().resolve("circular.jsonl").toString());
        return args.toArray(String[]::new);
    }

    @Test
    void moiSample_givesThePlantedCoverageSurveyAndCascadeFindings() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run(audit("--format", "jsonl"));
        assertThat(run.code()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        List<String> english = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            JsonNode finding = json.readTree(line);
            String cites = SampleReports.cite(finding);
            String who = finding.get("personId").asText().isEmpty() ? finding.get("actor").asText() : finding.get("personId").asText();
            keys.add(finding.get("rule").asText() + " " + cites + " " + who);
            english.add(finding.get("en").asText());
        }
        assertThat(keys).containsExactlyInAnyOrder(
                // late answers, in input order
                "MOI-2 survey:26 NN26",
                "MOI-2 survey:30 NN10",
                "MOI-2 survey:31 NN35",
                "MOI-4 c12 NN31",
                // missing at the as-of, cited at the follow or the order
                "MOI-2 f14 NN31",
                "MOI-2 f26 NN12",
                "MOI-2 f32 NN28",
                "MOI-4 c04 ที่ว่าการอำเภอท่าวังผา",
                // not following @มหาดไทย at the end
                "MOI-1 coverage.csv:2 NN06",
                "MOI-1 coverage.csv:2 NN11",
                "MOI-1 coverage.csv:2 NN23",
                "MOI-1 coverage.csv:2 NN27",
                "MOI-1 coverage.csv:2 NN32",
                "MOI-1 coverage.csv:2 NN36",
                "MOI-1 coverage.csv:2 NN43");
        assertThat(english).filteredOn(e -> e.contains("1 min late (at 2018-09-28 08:31), due 2018-09-28 08:30")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("3 d 19 h 40 min late (at 2018-10-06 09:00), due 2018-10-02 13:20")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("2 d 19 h late (at 2018-10-08 10:00), due 2018-10-05 15:00")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("from ปค.จ.น่าน-อำเภอ to อำเภอปัว-อปท.: 10 h late (at 2018-10-13 10:00), due 2018-10-13 00:00")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("from ปค.จ.น่าน-อำเภอ to อำเภอท่าวังผา-อปท.: not done as of 2018-10-20 17:00, due 2018-10-13 00:00")).hasSize(1);
        assertThat(run.err()).contains("messages read: 79")
                .contains("messages from senders not on the roster: 6 (ต้น น่านเจ้าเก่า ×3, สป.มท. กองสารนิเทศ ×2, Mint Nan ×1)")
                .contains("judged as of: 2018-10-20T17:00:00+07:00; obligations not yet due: 1")
                .doesNotContain("MOI-3");
    }

    @Test
    void theInputsMayComeInAnyOrder_forTheyAreReadAsOneLogInTimeOrder() {
        CommandLineTest.Run given = CommandLineTest.run(audit("--format", "jsonl"));
        CommandLineTest.Run reversed = CommandLineTest.run("audit", "--ruleset", "moi-mahadthai", "--roster",
                samples().resolve("roster.csv").toString(), "--as-of", AS_OF, "--format", "jsonl",
                samples().resolve("circular.jsonl").toString(), samples().resolve("answers.survey.csv").toString(),
                samples().resolve("followers.jsonl").toString());
        assertThat(reversed.code()).isEqualTo(1);
        assertThat(reversed.out().lines().toList()).hasSize(15).isEqualTo(given.out().lines().toList());
    }

    @Test
    void ledgerOfTheMoiSample_listsThePlantedLateMissingAndOpenParties(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = CommandLineTest.run(audit("--format", "jsonl", "--ledger-out", csv.toString()));
        assertThat(run.code()).isEqualTo(1);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("\uFEFFrule,group,order,orderTime,party,answerIn,deadline,state,answer,answerTime,answeredBy,lateMinutes");
        assertThat(rows).hasSize(1 + 36);
        List<String> notOnTime = rows.stream().skip(1).filter(r -> !r.contains(",on-time,"))
                .map(r -> {
                    String[] c = r.split(",", -1);
                    String order = c[2].substring(c[2].indexOf('(') + 1, c[2].indexOf(')'));
                    String answer = c[8].isEmpty() ? "-" : c[8].substring(c[8].indexOf('(') + 1, c[8].indexOf(')'));
                    return c[0] + " " + order + " " + c[4] + " " + c[5] + " " + c[6] + " " + c[7] + " " + answer + " " + c[11];
                }).toList();
        assertThat(notOnTime).containsExactlyInAnyOrder(
                "MOI-2 f14 NN31 แบบสำรวจ 2018-09-26T16:20:00+07:00 missing - 0",
                "MOI-2 f19 NN26 แบบสำรวจ 2018-09-28T08:30:00+07:00 late survey:26 1",
                "MOI-2 f25 NN10 แบบสำรวจ 2018-10-02T13:20:00+07:00 late survey:30 5500",
                "MOI-2 f26 NN12 แบบสำรวจ 2018-10-03T10:30:00+07:00 missing - 0",
                "MOI-2 f28 NN35 แบบสำรวจ 2018-10-05T15:00:00+07:00 late survey:31 4020",
                "MOI-2 f32 NN28 แบบสำรวจ 2018-10-09T11:00:00+07:00 missing - 0",
                "MOI-2 f36 NN08 แบบสำรวจ 2018-10-23T09:00:00+07:00 open - 0",
                "MOI-4 c04 ที่ว่าการอำเภอท่าวังผา อำเภอท่าวังผา-อปท. 2018-10-13T00:00:00+07:00 missing - 0",
                "MOI-4 c04 ที่ว่าการอำเภอปัว อำเภอปัว-อปท. 2018-10-13T00:00:00+07:00 late c12 600");
        assertThat(rows.stream().filter(r -> r.startsWith("MOI-2,") && r.contains(",on-time,"))).hasSize(25);
        assertThat(rows.stream().filter(r -> r.startsWith("MOI-4,") && r.contains(",on-time,"))).hasSize(2);
        assertThat(rows.stream().filter(r -> r.contains(",on-time,"))).hasSize(27);
        // the two MOI-4 forwards on time: the province (c04 answers c01, due 3 Oct) and เมืองน่าน (c08, due 12 Oct)
        assertThat(rows).anyMatch(r -> r.startsWith("MOI-4,มท.-จังหวัด,") && r.contains("(c01)") && r.contains(",ที่ทำการปกครองจังหวัดน่าน,ปค.จ.น่าน-อำเภอ,2018-10-04T00:00:00+07:00,on-time,")
                        && r.contains("(c04)"))
                .anyMatch(r -> r.contains(",ที่ว่าการอำเภอเมืองน่าน,อำเภอเมืองน่าน-อปท.,2018-10-13T00:00:00+07:00,on-time,") && r.contains("(c08)"))
                // exactly at the deadline is on time
                .anyMatch(r -> r.contains("(f16)") && r.contains(",NN44,แบบสำรวจ,2018-09-27T10:00:00+07:00,on-time,") && r.contains("(survey:24)"));
    }

    @Test
    void textReport_printsMoi1CoveragePerDistrictAndAgency() {
        CommandLineTest.Run run = CommandLineTest.run(audit());
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int start = lines.indexOf("  ความครอบคลุม / coverage MOI-1 @มหาดไทย: 30 of 37 required are members (81%), 7 missing");
        assertThat(start).isNotNegative();
        assertThat(lines.subList(start + 1, start + 9)).containsExactly(
                "    ที่ทำการปกครองจังหวัดน่าน: 3/4 — missing NN06",
                "    ท่าวังผา: 7/8 — missing NN43",
                "    ปัว: 6/8 — missing NN32, NN36",
                "    ศาลากลางจังหวัดน่าน: 2/2",
                "    สำนักงานจังหวัดน่าน: 2/2",
                "    สำนักงานพัฒนาชุมชนจังหวัดน่าน: 1/2 — missing NN11",
                "    สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดน่าน: 1/1",
                "    เมืองน่าน: 8/10 — missing NN23, NN27");
        assertThat(lines.get(start + 9)).startsWith("  สิ่งที่พบ / findings: 15");
        assertThat(run.out()).contains("นายก อบต.ไชยสถาน (ผู้บริหารท้องถิ่น, องค์การบริหารส่วนตำบลไชยสถาน, อำเภอเมืองน่าน) ยังไม่ได้เพิ่มเพื่อน @มหาดไทย ณ 20 ต.ค. 2561 17:00 น.")
                .contains("    MOI-1: 7")
                .contains("    MOI-2: 6")
                .contains("    MOI-4: 2")
                .doesNotContain("MOI-3");
    }

    @Test
    void moiRuleSet_checksCleanWithTheNanRoster() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "moi-mahadthai", "--roster", samples().resolve("roster.csv").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }
}
