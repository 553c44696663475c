package dev.rabiap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionBenchmarkSmokeTest {
    @TempDir
    Path dir;

    @Test
    void rabiapAndPlainDroolsMakeTheSameDecisions() throws Exception {
        DecisionBenchmark.Options options = CommonArgs.parse(new DecisionBenchmark.Cli(System.out),
                "--messages", "20k", "--runs", "1", "--warmup", "0", "--latency", "1k", "--dir", dir.toString()).options();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DecisionBenchmark.Report report = DecisionBenchmark.measure(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(report.same()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(report.posts()).isGreaterThan(19_000);
        assertThat(report.rabiapLatency()).hasSize(1_000);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Rabiap / plain").contains("the same");
    }

    @Test
    void theExecutableModelPeerMakesTheSameDecisions() throws Exception {
        DecisionBenchmark.Options options = CommonArgs.parse(new DecisionBenchmark.Cli(System.out),
                "--messages", "5k", "--runs", "1", "--warmup", "0", "--latency", "0", "--peer", "exec", "--dir", dir.toString()).options();

        DecisionBenchmark.Report report = DecisionBenchmark.measure(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(report.same()).isTrue();
    }
}
