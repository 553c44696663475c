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
            String cites = SampleReports.cite(finding);
            String who = finding.get("personId").asText().isEmpty() ? finding.get("actor").asText() : finding.get("personId").asText();
            keys.add(finding.get("rule").asText() + " " + cites + " " + who);
        }
        // in any order: the report follows the input's positions, and the same findings hold whether
        // the logs are read one after another or merged by time
        assertThat(keys).containsExactlyInAnyOrder(
                "LPN-1 ds07 LP014",
                "LPN-1 ds12 LP014",
                "LPN-1 ds17 LP031",
                "LPN-1 ds22 LP037",
                "LPN-1 lc06 LP041",
                "LPN-2D ac06 LP034",
                "LPN-1 pv06 ที่ว่าการอำเภอบ้านโฮ่ง",
                "LPN-1 pv06 ที่ว่าการอำเภอป่าซาง",
                "LPN-2D pv09 การไฟฟ้าส่วนภูมิภาคจังหวัดลำพูน",
                "LPN-2D pv09 ที่ว่าการอำเภอบ้านโฮ่ง",
                "LPN-1 pv11 สำนักงานเกษตรจังหวัดลำพูน",
                "LPN-1 ds08 องค์การบริหารส่วนตำบลเหมืองง่า",
                "LPN-2 registry.csv:2 สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
                "LPN-2 registry.csv:2 สำนักงานพัฒนาชุมชนจังหวัดลำพูน");
        assertThat(run.out())
                // the working-day deadline skips วันมาฆบูชา (1 Mar 2561) and the weekend
                .contains("สำนักงานสาธารณสุขจังหวัดลำพูน: forwarding the data set in ประชาสัมพันธ์ จ.ลำพูน")
                .contains("9 h late (at 2018-03-07 09:00), due 2018-03-07 00:00")
                // the letter's own date: the whole of Friday 23 March 2561 counts
                .contains("ที่ว่าการอำเภอป่าซาง: the PR coordinator adding @ยุทธศาสตร์ลำพูน as asked in")
                .contains("2 d 8 h 30 min late (at 2018-03-26 08:30), due 2018-03-24 00:00")
                .contains("not done as of 2018-04-18 16:00")
                .contains("สำนักงานประชาสัมพันธ์จังหวัดลำพูน has 2 PR coordinators on the register (exactly 1 required): "
                        + "นายธีรวัฒน์ มูลเมือง (LP018), นางสาวกมลชนก ศรีวิชัย (LP019)")
                .contains("สำนักงานพัฒนาชุมชนจังหวัดลำพูน has 0 PR coordinators on the register (exactly 1 required): -");
        assertThat(run.err()).contains("judged as of: 2018-04-18T16:00:00+07:00; obligations not yet due: 4");
    }

    @Test
    void lamphunLedger_listsThePlantedLateAndMissingParties(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = audit("--ledger-out", csv.toString());
        assertThat(run.code()).isEqualTo(1);
        List<Map<String, String>> rows = SampleReports.ledger(csv);
        assertThat(rows).hasSize(44);
        List<String> notOnTime = rows.stream().filter(r -> r.get("state").equals("late") || r.get("state").equals("missing"))
                .map(r -> r.get("rule") + " " + SampleReports.id(r.get("order")) + " " + r.get("party") + " " + r.get("state") + " "
                        + (r.get("answer").isEmpty() ? "-" : SampleReports.id(r.get("answer")) + " " + r.get("lateMinutes")))
                .toList();
        assertThat(notOnTime).containsExactlyInAnyOrder(
                "LPN-1 pv02 สำนักงานสาธารณสุขจังหวัดลำพูน late ds07 3390",
                "LPN-1 pv06 ที่ว่าการอำเภอบ้านโฮ่ง missing -",
                "LPN-1 pv06 ที่ว่าการอำเภอป่าซาง missing -",
                "LPN-1 pv06 สำนักงานสาธารณสุขจังหวัดลำพูน late ds12 540",
                "LPN-2D pv09 การไฟฟ้าส่วนภูมิภาคจังหวัดลำพูน missing -",
                "LPN-2D pv09 ที่ว่าการอำเภอบ้านโฮ่ง missing -",
                "LPN-2D pv09 ที่ว่าการอำเภอป่าซาง late ac06 3390",
                "LPN-1 pv11 ที่ว่าการอำเภอเมืองลำพูน late ds17 630",
                "LPN-1 pv11 สำนักงานเกษตรจังหวัดลำพูน missing -",
                "LPN-1 pv13 ที่ว่าการอำเภอบ้านโฮ่ง late ds22 480",
                "LPN-1 ds08 องค์การบริหารส่วนตำบลเหมืองง่า missing -",
                "LPN-1 ds17 เทศบาลเมืองลำพูน late lc06 780");
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> r.get("rule") + " " + r.get("state"), TreeMap::new,
                Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "LPN-1 on-time", 24L, "LPN-1 late", 5L, "LPN-1 missing", 4L, "LPN-1 open", 4L,
                "LPN-2D on-time", 4L, "LPN-2D late", 1L, "LPN-2D missing", 2L));
        // the holiday case: a forward on Tuesday 6 March at 16:00 is on time for the data set of Wednesday 28 February
        assertThat(rows.stream().filter(r -> SampleReports.id(r.get("order")).equals("pv06") && r.get("party").equals("สำนักงานเกษตรจังหวัดลำพูน"))
                .map(r -> r.get("state") + " " + SampleReports.id(r.get("answer")) + " " + r.get("answerTime") + " " + r.get("deadline")))
                .containsExactly("on-time ds11 2018-03-06T16:00:00+07:00 2018-03-07T00:00:00+07:00");
        // a follow at exactly the deadline is on time; follows before the letter do not count
        assertThat(rows.stream().filter(r -> r.get("rule").equals("LPN-2D") && r.get("state").equals("on-time"))
                .map(r -> r.get("party") + " " + SampleReports.id(r.get("answer")) + " " + r.get("answeredBy")))
                .containsExactlyInAnyOrder(
                        "ที่ว่าการอำเภอเมืองลำพูน ac01 LP032",
                        "สำนักงานประชาสัมพันธ์จังหวัดลำพูน ac04 LP019",
                        "สำนักงานสาธารณสุขจังหวัดลำพูน ac02 LP014",
                        "สำนักงานเกษตรจังหวัดลำพูน ac05 LP011");
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
