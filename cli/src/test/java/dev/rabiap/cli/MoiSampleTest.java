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
            keys.add(SampleReports.key(finding));
            english.add(finding.get("en").asText());
            // every finding names its letter; the MOI-4 rows rest on Uttaradit's letter, the rest on the ministry's
            assertThat(finding.get("letter").asText()).isIn("ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ กันยายน ๒๕๖๑", "ที่ อต ๐๐๒๓.๑/ว ๕๖๑");
        }
        assertThat(keys).containsExactlyInAnyOrder(
                // late answers, in input order
                "MOI-2 survey:26 NN26",
                "MOI-4 c04 NN04",
                "MOI-2 survey:30 NN10",
                "MOI-2 survey:31 NN35",
                "MOI-4 c12 NN31",
                // missing at the as-of, cited at the follow or the order
                "MOI-2 f14 NN31",
                "MOI-2 f26 NN12",
                "MOI-2 f32 NN28",
                "MOI-4 c04 ที่ว่าการอำเภอพิชัย",
                // not following @มหาดไทย at the end
                "MOI-1 coverage.csv:2 NN06",
                "MOI-1 coverage.csv:2 NN07",
                "MOI-1 coverage.csv:2 NN11",
                "MOI-1 coverage.csv:2 NN23",
                "MOI-1 coverage.csv:2 NN27",
                "MOI-1 coverage.csv:2 NN32",
                "MOI-1 coverage.csv:2 NN36",
                "MOI-1 coverage.csv:2 NN43",
                // no PR officer named for the province
                "MOI-5 registry.csv:2 ศาลากลางจังหวัดอุตรดิตถ์");
        assertThat(english).filteredOn(e -> e.contains("1 min late (at 2018-09-28 08:31), due by 28 Sep 2018 08:30")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("3 d 19 h 40 min late (at 2018-10-06 09:00), due by 2 Oct 2018 13:20")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("2 d 19 h late (at 2018-10-08 10:00), due by 5 Oct 2018 15:00")).hasSize(1);
        // the ministry's circular names no deadline: the office's reading, ภายใน ๗ วัน, ends on Monday 24 September (22 September is a Saturday)
        assertThat(english).filteredOn(e -> e.contains("from มท.-จังหวัด to ปค.จ.อุตรดิตถ์-อำเภอ: 7 d 9 h 30 min late (at 2018-10-02 09:30), due by the end of 24 Sep 2018")).hasSize(1);
        // the province's forward names its own: ภายในวันที่ ๑๒ ต.ค. ๒๕๖๑
        assertThat(english).filteredOn(e -> e.contains("from ปค.จ.อุตรดิตถ์-อำเภอ to อำเภอลับแล-อปท.: 10 h late (at 2018-10-13 10:00), due by the end of 12 Oct 2018")).hasSize(1);
        assertThat(english).filteredOn(e -> e.contains("from ปค.จ.อุตรดิตถ์-อำเภอ to อำเภอพิชัย-อปท.: not done as of 2018-10-20 17:00, due by the end of 12 Oct 2018")).hasSize(1);
        assertThat(run.err()).contains("messages read: 79")
                .contains("messages from senders not on the roster: 6 (ต้น อุตรดิตถ์เจ้าเก่า ×3, สป.มท. กองสารนิเทศ ×2, Mint Uttaradit ×1)")
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
        assertThat(reversed.out().lines().toList()).hasSize(18).isEqualTo(given.out().lines().toList());
    }

    @Test
    void ledgerOfTheMoiSample_listsThePlantedLateMissingAndOpenParties(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = CommandLineTest.run(audit("--format", "jsonl", "--ledger-out", csv.toString()));
        assertThat(run.code()).isEqualTo(1);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("\uFEFFrule,group,order,orderTime,party,answerIn,deadline,state,answer,answerTime,answeredBy,lateMinutes");
        List<java.util.Map<String, String>> rows = SampleReports.ledger(csv);
        assertThat(rows).hasSize(36);
        List<String> notOnTime = rows.stream().filter(r -> !r.get("state").equals("on-time"))
                .map(r -> r.get("rule") + " " + SampleReports.id(r.get("order")) + " " + r.get("party") + " " + r.get("answerIn") + " "
                        + r.get("deadline") + " " + r.get("state") + " " + (r.get("answer").isEmpty() ? "-" : SampleReports.id(r.get("answer")))
                        + " " + r.get("lateMinutes")).toList();
        assertThat(notOnTime).containsExactlyInAnyOrder(
                "MOI-2 f14 NN31 แบบสำรวจ 2018-09-26T16:20:00+07:00 missing - 0",
                "MOI-2 f19 NN26 แบบสำรวจ 2018-09-28T08:30:00+07:00 late survey:26 1",
                "MOI-2 f25 NN10 แบบสำรวจ 2018-10-02T13:20:00+07:00 late survey:30 5500",
                "MOI-2 f26 NN12 แบบสำรวจ 2018-10-03T10:30:00+07:00 missing - 0",
                "MOI-2 f28 NN35 แบบสำรวจ 2018-10-05T15:00:00+07:00 late survey:31 4020",
                "MOI-2 f32 NN28 แบบสำรวจ 2018-10-09T11:00:00+07:00 missing - 0",
                "MOI-2 f36 NN08 แบบสำรวจ 2018-10-23T09:00:00+07:00 open - 0",
                "MOI-4 c01 ที่ทำการปกครองจังหวัดอุตรดิตถ์ ปค.จ.อุตรดิตถ์-อำเภอ 2018-09-25T00:00:00+07:00 late c04 10650",
                "MOI-4 c04 ที่ว่าการอำเภอพิชัย อำเภอพิชัย-อปท. 2018-10-13T00:00:00+07:00 missing - 0",
                "MOI-4 c04 ที่ว่าการอำเภอลับแล อำเภอลับแล-อปท. 2018-10-13T00:00:00+07:00 late c12 600");
        assertThat(rows.stream().filter(r -> r.get("rule").equals("MOI-2") && r.get("state").equals("on-time"))).hasSize(25);
        // the one MOI-4 forward on time: เมืองอุตรดิตถ์ (c08, due at the end of 12 October)
        assertThat(rows.stream().filter(r -> r.get("rule").equals("MOI-4") && r.get("state").equals("on-time"))
                .map(r -> r.get("party") + " " + r.get("answerIn") + " " + r.get("deadline") + " " + SampleReports.id(r.get("answer"))))
                .containsExactly("ที่ว่าการอำเภอเมืองอุตรดิตถ์ อำเภอเมืองอุตรดิตถ์-อปท. 2018-10-13T00:00:00+07:00 c08");
        // exactly at the deadline is on time
        assertThat(rows).anyMatch(r -> SampleReports.id(r.get("order")).equals("f16") && r.get("party").equals("NN44")
                && r.get("deadline").equals("2018-09-27T10:00:00+07:00") && r.get("state").equals("on-time")
                && SampleReports.id(r.get("answer")).equals("survey:24"));
    }

    @Test
    void textReport_printsMoi1CoveragePerDistrictAndAgency() {
        CommandLineTest.Run run = CommandLineTest.run(audit());
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int start = lines.indexOf("  ความครอบคลุม / coverage MOI-1 @มหาดไทย: 31 of 39 required are members (79%), 8 missing");
        assertThat(start).isNotNegative();
        assertThat(lines.subList(start + 1, start + 9)).containsExactly(
                "    ที่ทำการปกครองจังหวัดอุตรดิตถ์: 3/5 — missing NN06, NN07",
                "    พิชัย: 7/8 — missing NN43",
                "    ลับแล: 6/8 — missing NN32, NN36",
                "    ศาลากลางจังหวัดอุตรดิตถ์: 2/2",
                "    สำนักงานจังหวัดอุตรดิตถ์: 2/2",
                "    สำนักงานพัฒนาชุมชนจังหวัดอุตรดิตถ์: 2/3 — missing NN11",
                "    สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุตรดิตถ์: 1/1",
                "    เมืองอุตรดิตถ์: 8/10 — missing NN23, NN27");
        assertThat(lines.get(start + 9)).startsWith("  สิ่งที่พบ / findings: 18");
        assertThat(run.out()).contains("นายก อบต.บ้านเกาะ (ผู้บริหารท้องถิ่น, องค์การบริหารส่วนตำบลบ้านเกาะ, อำเภอเมืองอุตรดิตถ์) ยังไม่ได้เพิ่มเพื่อน @มหาดไทย ณ 20 ต.ค. 2561 17:00 น.")
                // the text report quotes the letter under the first finding resting on it and marks the office's readings
                .contains("  ตามหนังสือ / letter: ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ กันยายน ๒๕๖๑: \"เน้นย้ำและประชาสัมพันธ์")
                .contains("  ตามการตีความของสำนักงาน / the office's reading: หนังสือทั้งสามฉบับไม่กำหนดเวลาส่งต่อ")
                .contains("    MOI-1: 8")
                .contains("    MOI-2: 6")
                .contains("    MOI-4: 3")
                .contains("    MOI-5: 1")
                .doesNotContain("MOI-3");
    }

    @Test
    void moiRuleSet_checksCleanWithTheUttaraditRoster() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "moi-mahadthai", "--roster", samples().resolve("roster.csv").toString());
        assertThat(run.code()).isZero();
        // the only warnings: MOI-4 counts days in years the bundled holiday list may not cover yet
        assertThat(run.err().lines().filter(l -> l.contains("warning") && !l.contains("holiday calendar"))).isEmpty();
    }
}
