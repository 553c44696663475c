package dev.rabiap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class CommonArgsTest {
    private static final PrintStream OUT = System.out;

    /** What a command line printed and its exit status. */
    private record Ran(int status, String out, String err) {}

    private static Ran execute(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CommonArgs.commandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(args);
        return new Ran(status, out.toString(), err.toString());
    }

    @Test
    void countsTakeSuffixesAndSeparators() {
        CommonArgs.Count count = new CommonArgs.Count();
        assertThat(count.convert("1M")).isEqualTo(1_000_000L);
        assertThat(count.convert("250k")).isEqualTo(250_000L);
        assertThat(count.convert("2.5m")).isEqualTo(2_500_000L);
        assertThat(count.convert("1_000_000")).isEqualTo(1_000_000L);
        assertThat(count.convert("1,500")).isEqualTo(1_500L);
        assertThat(count.convert(" 20K ")).isEqualTo(20_000L);
        assertThat(count.convert("0.5k")).isEqualTo(500L);
        assertThat(count.convert("12")).isEqualTo(12L);
        assertThatThrownBy(() -> count.convert("ten")).isInstanceOf(TypeConversionException.class).hasMessage("not a number: ten");
    }

    @Test
    void auditOnlyMeansOneRunUnlessRunsAreGiven() {
        assertThat(CommonArgs.parse(new AuditBenchmark.Cli(OUT)).options().runs()).isEqualTo(3);
        assertThat(CommonArgs.parse(new AuditBenchmark.Cli(OUT), "--audit-only").options().runs()).isEqualTo(1);
        assertThat(CommonArgs.parse(new AuditBenchmark.Cli(OUT), "--audit-only", "--runs", "2").options().runs()).isEqualTo(2);
    }

    @Test
    void defaultsAreEachBenchmarksOwn() {
        AuditBenchmark.Options audit = CommonArgs.parse(new AuditBenchmark.Cli(OUT), "--messages", "20k").options();
        assertThat(audit.messages()).isEqualTo(20_000);
        assertThat(audit.warmup()).isEqualTo(20_000); // the smaller of 1,000,000 and 20,000
        assertThat(audit.seed()).isEqualTo(2568);
        assertThat(audit.dir().getFileName()).hasToString("rabiap-bench");

        ObligationBenchmark.Options obligations = CommonArgs.parse(new ObligationBenchmark.Cli(OUT)).options();
        assertThat(obligations.warmup()).isEqualTo(500_000); // the smaller of 500,000 and 1,000,000
        assertThat(obligations.silent()).isEqualTo(40); // 200 groups x 100 districts / 500
        assertThat(CommonArgs.parse(new ObligationBenchmark.Cli(OUT), "--groups", "10", "--districts", "20").options().silent())
                .isEqualTo(1); // 200 / 500 is 0, at least 1

        DecisionBenchmark.Options decision = CommonArgs.parse(new DecisionBenchmark.Cli(OUT), "--peer", "exec").options();
        assertThat(decision.runs()).isEqualTo(5);
        assertThat(decision.warmup()).isEqualTo(3);
        assertThat(decision.peer()).isEqualTo(PlainDrools.Compiler.EXECUTABLE_MODEL);
    }

    @Test
    void aUsageErrorExitsTwoAndNamesTheOption() {
        Ran zero = execute(new AuditBenchmark.Cli(OUT), "--messages", "0");
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--messages must be positive").contains("Usage: AuditBenchmark");

        Ran notANumber = execute(new ObligationBenchmark.Cli(OUT), "--groups", "many");
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'--groups'").contains("not a number: many");

        Ran both = execute(new AuditBenchmark.Cli(OUT), "--generate-only", "--audit-only");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--generate-only").contains("--audit-only");

        Ran peer = execute(new DecisionBenchmark.Cli(OUT), "--peer", "jit");
        assertThat(peer.status()).isEqualTo(2);
        assertThat(peer.err()).contains("'--peer'");
    }

    @Test
    void aSharedOptionABenchmarkDoesNotTakeIsUnknownToIt() {
        Ran moi = execute(new MoiWorkload.Cli(), "--runs", "3");
        assertThat(moi.status()).isEqualTo(2);
        assertThat(moi.err()).contains("Unknown options: '--runs', '3'");
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Ran help = execute(new AuditBenchmark.Cli(OUT), "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: AuditBenchmark").contains("--audit-only").contains("--warmup=N");
        assertThat(help.err()).isEmpty();
    }
}
