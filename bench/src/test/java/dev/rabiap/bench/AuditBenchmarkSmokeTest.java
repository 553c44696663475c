package dev.rabiap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.FindingKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditBenchmarkSmokeTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedLogIsReadWhollyAndBreaksPostingAndMembershipRules() throws Exception {
        Population population = new Population(2568);
        Path roster = dir.resolve("roster.csv");
        Path log = dir.resolve("messages-2000.jsonl");
        population.write(roster);
        LogGenerator.Stats stats = new LogGenerator(population, 2568).write(log, 2_000);

        AuditRunner.Result result = new AuditRunner(AuditBenchmark.RULE_SET, roster).audit(log, 0);

        assertThat(stats.messages()).isEqualTo(2_000);
        assertThat(result.summary().messages()).isEqualTo(2_000);
        assertThat(result.summary().skippedRecords()).isZero();
        assertThat(result.findings(FindingKind.POSTING)).isPositive();
        assertThat(result.findings(FindingKind.MEMBERSHIP)).isPositive();
        assertThat(new BareParse().parse(log, 0).messages()).isEqualTo(2_000);
    }
}
