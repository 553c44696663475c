package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Phrae GCC rule set (seed 000) on its sample: the findings of samples/phrae/EXPECTED.md, worked out by hand. */
final class PhraeSampleTest {
    private static Path samples() {
        return RepositoryFiles.path("samples/phrae");
    }

    @Test
    void gcc2Sample_givesThePlantedPostingAndCoverageFindings() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("audit", "--ruleset", "phrae-gcc", "--roster", samples().resolve("roster.csv").toString(),
                "--format", "jsonl", samples().resolve("gcc2.jsonl").toString());
        assertThat(run.code()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().lines().toList()) {
            JsonNode finding = json.readTree(line);
            String cites = finding.get("messageId").asText().isEmpty()
                    ? Path.of(finding.get("file").asText()).getFileName() + ":" + finding.get("line").asText()
                    : finding.get("messageId").asText();
            keys.add(finding.get("rule").asText() + " " + cites + " " + finding.get("personId").asText());
        }
        assertThat(keys).containsExactly(
                "GCC-1 p020 PR010",
                "GCC-1 p021 PR041",
                "GCC-1 p022 PR041",
                "GCC-1 p026 PR050",
                "GCC-2 coverage.csv:2 PR011",
                "GCC-2 coverage.csv:2 PR013",
                "GCC-2 coverage.csv:2 PR021",
                "GCC-2 coverage.csv:2 PR047");
        assertThat(run.out()).contains("ศึกษาธิการจังหวัดแพร่ (หัวหน้าส่วนราชการ, สำนักงานศึกษาธิการจังหวัดแพร่) ยังไม่ได้เข้าร่วมกลุ่ม GCC2_มท_พร ณ 25 มิ.ย. 2561");
    }

    @Test
    void phraeRuleSet_checksClean() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "phrae-gcc", "--roster", samples().resolve("roster.csv").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }
}
