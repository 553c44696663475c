package dev.rabiap.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * The three ratios of the benchmarks in one run and one JVM: Rabiap ÷ a plain Drools session
 * ({@link DecisionBenchmark}), audit ÷ bare parse ({@link AuditBenchmark}) and obligations ÷ no
 * obligations ({@link ObligationBenchmark}), each benchmark run in turn with its own output, then
 * the three lines together with their goals. Run it under {@code -Xmx256m} for the obligation
 * ratio's small-heap figure. Prints figures; the exit status is 2 only when a benchmark failed to
 * run, or for a usage error. {@code --messages} and {@code --runs} are passed on to each benchmark.
 *
 * <pre>
 * java [-Xmx256m] -cp 'bench/target/rabiap-bench.jar:bench/target/lib/*' dev.rabiap.bench.Ratios [--messages N] [--runs R]
 * </pre>
 */
public final class Ratios {
    private Ratios() {}

    /** A benchmark's entry point. */
    private interface Benchmark {
        int run(String[] args, PrintStream out);
    }

    /** One benchmark: its name, the label of its ratio line, the goal, and how to run it. */
    private record Part(String name, String label, String goal, Benchmark benchmark) {}

    /** The command line: what it passes on to each benchmark. */
    @Command(name = "Ratios", description = "Runs the decision, audit and obligation benchmarks in one JVM, then prints their ratios together.")
    static final class Cli extends BenchCommand {
        Cli() {
            super(new CommonArgs().messages(1_000_000, "messages in each benchmark's log, passed on to each")
                    .runs(3, "runs of each benchmark whose median it reports, passed on to each"), System.out);
        }

        @Override
        public Integer call() {
            return run(new String[] {"--messages", Long.toString(common.messages()), "--runs", Integer.toString(common.runs())}, out);
        }
    }

    public static void main(String[] args) {
        System.exit(CommonArgs.execute(new Cli(), args));
    }

    /** Runs the three benchmarks on the same {@code args}, printing to {@code out}: 2 when one failed to run, else 0. */
    private static int run(String[] args, PrintStream out) {
        List<Part> parts = List.of(
                new Part("DecisionBenchmark", "Rabiap / plain", "goal >= 1.5", DecisionBenchmark::run),
                new Part("AuditBenchmark", "audit / bare", "goal >= 50%", AuditBenchmark::run),
                new Part("ObligationBenchmark", "with / without", "goal >= 60%", ObligationBenchmark::run));
        List<String> summary = new ArrayList<>();
        int status = 0;
        for (Part part : parts) {
            out.println("=== " + part.name());
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            PrintStream both = new PrintStream(new Tee(out, copy), true, StandardCharsets.UTF_8);
            int exit = part.benchmark().run(args, both);
            both.flush();
            String line = copy.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(part.label())).findFirst()
                    .orElse(part.label() + "  (not printed)");
            summary.add(String.format(Locale.ROOT, "%-20s %s   [%s; exit %d]", part.name(), line.trim(), part.goal(), exit));
            if (exit == 2) {
                status = 2;
            }
        }
        out.println("=== ratios, max heap " + BenchArgs.mb(HeapWatch.maxHeap()));
        summary.forEach(out::println);
        return status;
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final PrintStream first;
        private final ByteArrayOutputStream second;

        Tee(PrintStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            first.flush();
        }
    }
}
