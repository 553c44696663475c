package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Phrae GCC rule set (seed 000) on its sample: the findings and the obligation ledger of
 * samples/phrae/EXPECTED.md, worked out by hand. The audit is judged as of the last message
 * (report.jsonl r014, 6 July 2018 16:30), after every deadline.
 */
final class PhraeSampleTest {
    private static final String HEALTH = "สำนักงานสาธารณสุขจังหวัดแพร่";
    private static final String EDUCATION = "สำนักงานศึกษาธิการจังหวัดแพร่";
    private static final String AGRICULTURE = "สำนักงานเกษตรจังหวัดแพร่";
    private static final String HIGHWAYS = "แขวงทางหลวงแพร่";
    private static final String PEA = "การไฟฟ้าส่วนภูมิภาคจังหวัดแพร่";
    private static final String PWA = "การประปาส่วนภูมิภาคสาขาแพร่";
    private static final String COMMUNITY = "สำนักงานพัฒนาชุมชนจังหวัดแพร่";
    /** The parties the letter addresses besides the agencies with a GCC3 group: eight district offices, the อบจ. and the town. */
    private static final List<String> DISTRICTS_AND_LOCALS = List.of("ที่ว่าการอำเภอเมืองแพร่", "ที่ว่าการอำเภอร้องกวาง", "ที่ว่าการอำเภอลอง",
            "ที่ว่าการอำเภอสูงเม่น", "ที่ว่าการอำเภอเด่นชัย", "ที่ว่าการอำเภอสอง", "ที่ว่าการอำเภอวังชิ้น", "ที่ว่าการอำเภอหนองม่วงไข่",
            "องค์การบริหารส่วนจังหวัดแพร่", "เทศบาลเมืองแพร่");

    private static Path samples() {
        return RepositoryFiles.path("samples/phrae");
    }

    /** The Phrae sample files, in the order the audit reads them (GCC2 first: its orders come before the answers). */
    private static String[] audit(String... options) {
        List<String> args = new ArrayList<>(List.of("audit", "--ruleset", "phrae-gcc", "--roster", samples().resolve("roster.csv").toString()));
        args.addAll(List.of(options));
        for (String file : List.of("gcc2.jsonl", "gcc3.jsonl", "report.jsonl")) {
            args.add(samples().resolve(file).toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    void phraeSample_givesThePlantedFindingsOfAllFiveRules() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run(audit("--format", "jsonl"));
        assertThat(run.code()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            JsonNode finding = json.readTree(line);
            String cites = SampleReports.cite(finding);
            StringBuilder key = new StringBuilder(finding.get("rule").asText()).append(' ').append(cites);
            if (!finding.get("personId").asText().isEmpty()) {
                key.append(' ').append(finding.get("personId").asText());
            }
            if (finding.get("kind").asText().equals("obligation")) {
                key.append(' ').append(finding.get("actor").asText()); // the party: the agency
            }
            keys.add(key.toString());
        }
        List<String> expected = new ArrayList<>(List.of(
                // GCC-1: pr or report of an agency's own in GCC2 (p021 and its photo p022 are one post)
                "GCC-1 p020 PR010",
                "GCC-1 p021 PR041",
                "GCC-1 p026 PR050",
                "GCC-1 p027 PR010",
                "GCC-1 p035 PR020",
                // GCC-4 and GCC-5 late: cited at the answer, person = who answered
                "GCC-4 g028 PR062 " + PWA,
                "GCC-4 g031 PR053 " + HEALTH,
                "GCC-4 g032 PR014 " + HIGHWAYS,
                "GCC-4 g035 PR021 " + PWA,
                "GCC-4 g042 PR014 " + HIGHWAYS,
                "GCC-5 r013 PR014 " + HIGHWAYS,
                // GCC-4 and GCC-5 missing: cited at the order, no person
                // p017 and its file p018 are one post, one item
                "GCC-4 p017 " + HEALTH,
                "GCC-4 p023 " + PWA,
                "GCC-4 p023 " + HEALTH,
                "GCC-4 p023 " + HIGHWAYS,
                "GCC-4 p028 " + EDUCATION,
                "GCC-4 p029 " + PEA,
                "GCC-4 p029 " + EDUCATION,
                "GCC-4 p029 " + HEALTH,
                "GCC-4 p029 " + HIGHWAYS,
                "GCC-4 p031 " + PWA,
                "GCC-4 p031 " + PEA,
                "GCC-4 p031 " + EDUCATION,
                "GCC-4 p033 " + PWA,
                "GCC-4 p033 " + EDUCATION,
                "GCC-5 p033 " + PEA,
                "GCC-5 p033 " + EDUCATION,
                "GCC-5 p033 " + HEALTH,
                "GCC-5 p033 " + COMMUNITY,
                // GCC-2 and GCC-3: not a member at the end, cited at the coverage.csv row
                "GCC-2 coverage.csv:2 PR011",
                "GCC-2 coverage.csv:2 PR013",
                "GCC-2 coverage.csv:2 PR021",
                "GCC-2 coverage.csv:2 PR047",
                "GCC-3 coverage.csv:4 PR011",
                "GCC-3 coverage.csv:3 PR051",
                "GCC-3 coverage.csv:3 PR052",
                "GCC-3 coverage.csv:6 PR058",
                // GCC-3G: the community development office's GCC3 group never appears in the log
                "GCC-3G coverage.csv:9"));
        // GCC-5: every district office, the อบจ. and the town the letter addresses, none of which reported
        DISTRICTS_AND_LOCALS.forEach(party -> expected.add("GCC-5 p033 " + party));
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.out()).contains(COMMUNITY + ": GCC3_พัฒนาชุมชนแพร่ does not appear in the log, with no member at all as of 2018-07-06 16:30 (2 staff required in it)");
        assertThat(run.out()).contains("ศึกษาธิการจังหวัดแพร่ (หัวหน้าส่วนราชการ, สำนักงานศึกษาธิการจังหวัดแพร่) ยังไม่ได้เข้าร่วมกลุ่ม GCC2_มท_พร ณ 6 ก.ค. 2561");
        assertThat(run.err()).contains("judged as of: 2018-07-06T16:30:00+07:00; obligations not yet due: 0")
                .contains("messages from senders not on the roster: 1 (แอดมิน กฟภ.แพร่ ×1)");
    }

    @Test
    void phraeLedger_listsThePlantedLateAndMissingAgencies(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ledger.csv");
        CommandLineTest.Run run = CommandLineTest.run(audit("--format", "jsonl", "--ledger-out", csv.toString()));
        assertThat(run.code()).isEqualTo(1);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("\uFEFFrule,group,order,orderTime,party,answerIn,deadline,state,answer,answerTime,answeredBy,lateMinutes");
        List<String[]> entries = SampleReports.ledger(csv).stream().map(r -> new String[] {r.get("rule"), r.get("group"), r.get("order"),
                r.get("orderTime"), r.get("party"), r.get("answerIn"), r.get("deadline"), r.get("state"), r.get("answer"), r.get("answerTime"),
                r.get("answeredBy"), r.get("lateMinutes")}).toList();
        // GCC-4: 6 items × 6 agencies; GCC-5: 17 parties
        assertThat(entries).hasSize(53);

        // rule, order, party, state, answer, late minutes
        List<String> notOnTime = entries.stream().filter(c -> c[7].equals("late") || c[7].equals("missing"))
                .map(c -> c[0] + " " + SampleReports.id(c[2]) + " " + c[4] + " " + c[7] + " " + (c[8].isEmpty() ? "-" : SampleReports.id(c[8])) + " " + c[11])
                .toList();
        List<String> expected = new ArrayList<>(List.of(
                "GCC-4 p017 " + PWA + " late g028 360",
                "GCC-4 p017 " + HEALTH + " missing - 0",
                "GCC-4 p023 " + PWA + " missing - 0",
                "GCC-4 p023 " + HEALTH + " missing - 0",
                "GCC-4 p023 " + HIGHWAYS + " missing - 0",
                "GCC-4 p028 " + EDUCATION + " missing - 0",
                "GCC-4 p028 " + HEALTH + " late g031 360",
                "GCC-4 p028 " + HIGHWAYS + " late g032 450",
                "GCC-4 p029 " + PWA + " late g035 240",
                "GCC-4 p029 " + PEA + " missing - 0",
                "GCC-4 p029 " + EDUCATION + " missing - 0",
                "GCC-4 p029 " + HEALTH + " missing - 0",
                "GCC-4 p029 " + HIGHWAYS + " missing - 0",
                "GCC-4 p031 " + PWA + " missing - 0",
                "GCC-4 p031 " + PEA + " missing - 0",
                "GCC-4 p031 " + EDUCATION + " missing - 0",
                "GCC-4 p033 " + PWA + " missing - 0",
                "GCC-4 p033 " + EDUCATION + " missing - 0",
                "GCC-4 p033 " + HIGHWAYS + " late g042 135",
                "GCC-5 p033 " + PEA + " missing - 0",
                "GCC-5 p033 " + EDUCATION + " missing - 0",
                "GCC-5 p033 " + HEALTH + " missing - 0",
                "GCC-5 p033 " + COMMUNITY + " missing - 0",
                "GCC-5 p033 " + HIGHWAYS + " late r013 600"));
        DISTRICTS_AND_LOCALS.forEach(party -> expected.add("GCC-5 p033 " + party + " missing - 0"));
        assertThat(notOnTime).containsExactlyInAnyOrderElementsOf(expected);

        List<String[]> onTime = entries.stream().filter(c -> c[7].equals("on-time")).toList();
        assertThat(onTime).hasSize(19);
        assertThat(entries.stream().filter(c -> c[7].equals("open"))).isEmpty();
        Set<String> onTimeKeys = onTime.stream().map(c -> c[0] + " " + SampleReports.id(c[2]) + " " + c[4]).collect(Collectors.toSet());
        Set<String> otherKeys = entries.stream().filter(c -> !c[7].equals("on-time")).map(c -> c[0] + " " + SampleReports.id(c[2]) + " " + c[4])
                .collect(Collectors.toSet());
        assertThat(otherKeys).hasSize(34);
        assertThat(onTimeKeys).hasSize(19).doesNotContainAnyElementsOf(otherKeys);
        // The first forward closes the duty: PEA's re-forward of p033 two days later (g043) is neither the answer nor late.
        assertThat(onTime.stream().filter(c -> c[0].equals("GCC-4") && SampleReports.id(c[2]).equals("p033") && c[4].equals(PEA))
                .map(c -> SampleReports.id(c[8]) + " " + c[10])).containsExactly("g040 PR020");
        // GCC-5 is answered in the report group, on time up to the end of Thursday 5 July (r012 at 23:40).
        assertThat(onTime.stream().filter(c -> c[0].equals("GCC-5")).map(c -> c[4] + " " + c[5] + " " + SampleReports.id(c[8]) + " " + c[6]))
                .containsExactlyInAnyOrder(
                        AGRICULTURE + " รายงานผล GCC จ.แพร่ r010 2018-07-06T00:00:00+07:00",
                        PWA + " รายงานผล GCC จ.แพร่ r012 2018-07-06T00:00:00+07:00");
    }

    @Test
    void phraeRuleSet_checksClean() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "phrae-gcc", "--roster", samples().resolve("roster.csv").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        // the readings are listed, and every row says where it comes from
        assertThat(run.out()).contains("ตามการตีความของสำนักงาน / readings of the office")
                .contains("phrae-gcc/posting.csv:2 GCC-1: ประโยคท้ายข้อ ๑");
    }
}
