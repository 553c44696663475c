package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lamphun PR cascade rule set (seed 003) on its sample: the findings and the ledger of
 * samples/lamphun/EXPECTED.md, worked out by hand.
 */
final class LamphunSampleTest {
    private static Path samples() {
        return RepositoryFiles.path("samples/lamphun");
    }

    /** The audit command over the sample's five logs (read as one log in time order, whatever their order). */
    private static CommandLineTest.Run audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--ruleset", "lamphun-pr", "--roster", samples().resolve("roster.csv").toString(),
                "--format", "jsonl"));
        args.addAll(Arrays.asList(extra));
        for (String log : List.of("account-2561-02.jsonl", "province.jsonl", "districts.jsonl", "local.jsonl", "account-2561-03.jsonl")) {
            args.add(samples().resolve(log).toString());
        }
        return CommandLineTest.run(args.toArray(String[]::new));
    }

    @Test
    void lamphunSample_givesThePlantedCascadeFollowAndRegistryFindings() throws Exception {
        CommandLineTest.Run run = audit();
        assertThat(run.code()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            JsonNode finding = json.readTree(line);
            keys.add(SampleReports.key(finding));
        }
        // in any order: the report follows the input's positions, and the same findings hold whether
        // the logs are read one after another or merged by time
        assertThat(keys).containsExactlyInAnyOrder(
                "LPN-1 ds07 LP014",
                "LPN-1 ds12 LP014",
                "LPN-1 ds17 LP031",
                "LPN-1 ds22 LP037",
                "LPN-1 lc06 LP041",
                "LPN-3 ac09 LP034",
                "LPN-3 ac10 LP019",
                "LPN-1 pv06 ที่ว่าการอำเภอบ้านโฮ่ง",
                "LPN-1 pv06 ที่ว่าการอำเภอป่าซาง",
                "LPN-1 pv11 สำนักงานเกษตรจังหวัดลำพูน",
                "LPN-1 ds08 องค์การบริหารส่วนตำบลเหมืองง่า",
                "LPN-2 registry.csv:2 สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
                "LPN-2 registry.csv:2 สำนักงานพัฒนาชุมชนจังหวัดลำพูน",
                "LPN-2D coverage.csv:2 LP038");
        assertThat(run.out())
                // the working-day deadline skips วันมาฆบูชา (1 Mar 2561) and the weekend
                .contains("สำนักงานสาธารณสุขจังหวัดลำพูน: forwarding the data set in ประชาสัมพันธ์ จ.ลำพูน")
                .contains("9 h late (at 2018-03-07 09:00), due by the end of 6 Mar 2018")
                // the letter sets no date for following the office's account: judged at the end of the log
                .contains("อรทัย ปชส.บ้านโฮ่ง (PR coordinator, ที่ว่าการอำเภอบ้านโฮ่ง) does not follow @ยุทธศาสตร์ลำพูน as of 2018-04-18 16:00")
                // results sent to the office without an infographic: a text report, and a PDF alone
                .contains("สุดา ปชส.ป่าซาง (PR coordinator) sent a report to @ยุทธศาสตร์ลำพูน without an infographic image")
                .contains("กมลชนก ปชส.ลำพูน (PR coordinator) sent photos or files to @ยุทธศาสตร์ลำพูน without an infographic image")
                .contains("not done as of 2018-04-18 16:00")
                .contains("สำนักงานประชาสัมพันธ์จังหวัดลำพูน has 2 PR coordinators on the register (exactly 1 required): "
                        + "นายธีรวัฒน์ มูลเมือง (LP018), นางสาวกมลชนก ศรีวิชัย (LP019)")
                .contains("สำนักงานพัฒนาชุมชนจังหวัดลำพูน has 0 PR coordinators on the register (exactly 1 required): -");
        assertThat(run.err()).contains("judged as of: 2018-04-18T16:00:00+07:00; obligations not yet due: 4");
        // every finding quotes the letter and says where the office reads more into it
        for (String line : run.out().lines().toList()) {
            JsonNode finding = json.readTree(line);
            assertThat(finding.get("letter").asText()).isEqualTo("ด่วนที่สุด ที่ ลพ ๐๐๑๗.๒/ว");
            assertThat(finding.get("clause").asText()).isNotEmpty();
        }
        assertThat(run.out()).contains("\"clause\":\"หากหน่วยงานของท่านมีผลงานสำคัญ");
    }

    @Test
    void lamphunLedger_listsThePlantedLateAndMissingParties(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = audit("--ledger-out", csv.toString());
        assertThat(run.code()).isEqualTo(1);
        List<Map<String, String>> rows = SampleReports.ledger(csv);
        assertThat(rows).hasSize(37);
        List<String> notOnTime = rows.stream().filter(r -> r.get("state").equals("late") || r.get("state").equals("missing"))
                .map(r -> r.get("rule") + " " + SampleReports.id(r.get("order")) + " " + r.get("party") + " " + r.get("state") + " "
                        + (r.get("answer").isEmpty() ? "-" : SampleReports.id(r.get("answer")) + " " + r.get("lateMinutes")))
                .toList();
        assertThat(notOnTime).containsExactlyInAnyOrder(
                "LPN-1 pv02 สำนักงานสาธารณสุขจังหวัดลำพูน late ds07 3390",
                "LPN-1 pv06 ที่ว่าการอำเภอบ้านโฮ่ง missing -",
                "LPN-1 pv06 ที่ว่าการอำเภอป่าซาง missing -",
                "LPN-1 pv06 สำนักงานสาธารณสุขจังหวัดลำพูน late ds12 540",
                "LPN-1 pv11 ที่ว่าการอำเภอเมืองลำพูน late ds17 630",
                "LPN-1 pv11 สำนักงานเกษตรจังหวัดลำพูน missing -",
                "LPN-1 pv13 ที่ว่าการอำเภอบ้านโฮ่ง late ds22 480",
                "LPN-1 ds08 องค์การบริหารส่วนตำบลเหมืองง่า missing -",
                "LPN-1 ds17 เทศบาลเมืองลำพูน late lc06 780");
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> r.get("rule") + " " + r.get("state"), TreeMap::new,
                Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "LPN-1 on-time", 24L, "LPN-1 late", 5L, "LPN-1 missing", 4L, "LPN-1 open", 4L));
        // the holiday case: a forward on Tuesday 6 March at 16:00 is on time for the data set of Wednesday 28 February
        assertThat(rows.stream().filter(r -> SampleReports.id(r.get("order")).equals("pv06") && r.get("party").equals("สำนักงานเกษตรจังหวัดลำพูน"))
                .map(r -> r.get("state") + " " + SampleReports.id(r.get("answer")) + " " + r.get("answerTime") + " " + r.get("deadline")))
                .containsExactly("on-time ds11 2018-03-06T16:00:00+07:00 2018-03-07T00:00:00+07:00");
        assertThat(rows.stream().filter(r -> r.get("state").equals("open")).map(r -> SampleReports.id(r.get("order")) + " " + r.get("party")))
                .containsExactlyInAnyOrder(
                        "pv14 ที่ว่าการอำเภอบ้านโฮ่ง",
                        "pv14 ที่ว่าการอำเภอป่าซาง",
                        "pv14 สำนักงานสาธารณสุขจังหวัดลำพูน",
                        "ds23 องค์การบริหารส่วนตำบลเหมืองง่า");
    }

    @Test
    void lamphunRuleSet_checksClean() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "lamphun-pr", "--roster", samples().resolve("roster.csv").toString());
        assertThat(run.code()).isZero();
        // the only warnings: LPN-1 counts working days in years the bundled holiday list may not cover yet
        assertThat(run.err().lines().filter(l -> l.contains("warning") && !l.contains("holiday calendar"))).isEmpty();
    }
}
