package dev.rabiap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObligationBenchmarkSmokeTest {
    @TempDir
    Path dir;

    @Test
    void theAuditFindsTheLateAndMissingAnswersTheGeneratorPlanted() throws Exception {
        ObligationBenchmark.Options options = CommonArgs.parse(new ObligationBenchmark.Cli(System.out),
                "--messages", "20k", "--groups", "10", "--districts", "20", "--silent", "3", "--runs", "1", "--warmup", "2k",
                "--ledger", "--dir", dir.toString()).options();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ObligationBenchmark.Report report = ObligationBenchmark.measure(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        ObligationWorkload.Planted planted = report.planted();
        assertThat(planted.messages()).isEqualTo(20_000);
        assertThat(planted.orders()).isPositive();
        assertThat(planted.obligations()).isEqualTo(planted.orders() * 20);
        assertThat(planted.late()).isPositive();
        assertThat(planted.missing()).isPositive();
        assertThat(planted.maxOpen()).isPositive();

        ObligationBenchmark.Outcome with = report.obligations();
        assertThat(with.summary().messages()).isEqualTo(20_000);
        assertThat(with.late()).isEqualTo(planted.late());
        assertThat(with.missing()).isEqualTo(planted.missing());
        assertThat(with.summary().openObligations()).isEqualTo(planted.openAtEnd());
        assertThat(with.posting() + with.membership()).isZero();
        assertThat(with.summary().skippedRecords() + with.summary().unresolvedMessages()).isZero();

        ObligationBenchmark.Outcome without = report.baseline();
        assertThat(without.summary().messages()).isEqualTo(20_000);
        assertThat(without.summary().findings()).isZero();

        ObligationBenchmark.LedgerFigures ledger = report.ledger();
        assertThat(ledger.onTime()).isEqualTo(planted.onTime());
        assertThat(ledger.late()).isEqualTo(planted.late());
        assertThat(ledger.missing()).isEqualTo(planted.missing());
        assertThat(ledger.open()).isEqualTo(planted.openAtEnd());
        assertThat(ledger.maxOpen()).isEqualTo(planted.maxOpen());

        assertThat(report.pass()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("VERDICT: PASS");
    }
}
