package dev.rabiap.bench;

import static dev.rabiap.bench.BenchArgs.maxAfterGc;
import static dev.rabiap.bench.BenchArgs.maxPools;
import static dev.rabiap.bench.BenchArgs.mb;
import static dev.rabiap.bench.BenchArgs.median;
import static dev.rabiap.bench.BenchArgs.percent;
import static dev.rabiap.bench.BenchArgs.seconds;
import static dev.rabiap.bench.BenchArgs.times;

import dev.rabiap.bench.BenchArgs.Pass;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.FindingKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The audit benchmark. Generates a deterministic roster and JSONL log of the six Sakon Nakhon
 * groups, then, in one JVM, warms up and alternates a bare Jackson parse of the log with a full
 * audit of it (file plugin source, bundled rules, real engine), and reports the medians, the
 * findings, the heap and a verdict against the targets: an audit runs at 50% or more of the bare
 * parse speed and at 200,000 messages per second or more.
 *
 * <pre>
 * java -cp 'bench/target/rabiap-bench.jar:bench/target/lib/*' dev.rabiap.bench.AuditBenchmark [options]
 * </pre>
 *
 * The options are those of {@link Cli}; {@code --help} lists them. Exit status: 0 when the
 * targets are met, 1 when they are not, 2 for a usage error or a failure.
 */
public final class AuditBenchmark {
    static final String RULE_SET = "sakon-nakhon";
    static final double TARGET_RATIO = 0.50;
    static final double TARGET_RATE = 200_000;
    private static final long DEFAULT_WARMUP = 1_000_000;
    private static final int WARMUP_ROUNDS = 2;

    private AuditBenchmark() {}

    /** The command line, parsed. */
    record Options(long messages, Path dir, int runs, long warmup, long seed, boolean generateOnly, boolean auditOnly) {
        Path roster() {
            return dir.resolve("roster.csv");
        }

        Path log() {
            return dir.resolve("messages-" + messages + ".jsonl");
        }
    }

    /** The command line. */
    @Command(name = "AuditBenchmark", description = "Times an audit of a generated log of the six Sakon Nakhon groups against a bare parse of it.")
    static final class Cli extends BenchCommand {
        @ArgGroup
        Mode mode;

        Cli(PrintStream out) {
            super(CommonArgs.generatedLog("rabiap-bench", "where roster.csv and messages-N.jsonl go")
                    .runs(3, "bare parse and audit pairs whose median is reported (1 with --audit-only)")
                    .warmup(DEFAULT_WARMUP, "messages in each of the two warm-up passes, at most --messages"), out);
        }

        /** One of the two, or neither (then {@code mode} is null). */
        static final class Mode {
            @Option(names = "--generate-only", description = "write the roster and the log, then stop")
            boolean generateOnly;

            @Option(names = "--audit-only", description = "audit a log written earlier with --generate-only and the same --messages and --dir; no bare parse")
            boolean auditOnly;
        }

        Options options() {
            long messages = common.messages();
            boolean auditOnly = mode != null && mode.auditOnly;
            int runs = auditOnly ? common.runsOr(1) : common.runs();
            return new Options(messages, common.dir(), runs, Math.min(messages, common.warmup()), common.seed(),
                    mode != null && mode.generateOnly, auditOnly);
        }

        @Override
        public Integer call() throws IOException {
            return new Session(options(), out).run();
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return CommonArgs.execute(new Cli(out), args);
    }

    /** One invocation. */
    private static final class Session {
        private final Options options;
        private final PrintStream out;
        private final HeapWatch heap = new HeapWatch();

        Session(Options options, PrintStream out) {
            this.options = options;
            this.out = out;
        }

        int run() throws IOException {
            header();
            Files.createDirectories(options.dir());
            if (!options.auditOnly()) {
                generate();
                if (options.generateOnly()) {
                    return 0;
                }
            } else {
                if (!Files.isRegularFile(options.log())) {
                    throw new IOException(options.log() + " does not exist: generate it first with --generate-only --messages "
                            + options.messages() + " --dir " + options.dir());
                }
                if (!Files.isRegularFile(options.roster())) {
                    new Population(options.seed()).write(options.roster());
                }
                out.printf(Locale.ROOT, "log            %s (%s)%n", options.log(), mb(Files.size(options.log())));
            }
            AuditRunner runner = new AuditRunner(RULE_SET, options.roster());
            out.printf(Locale.ROOT, "rules          %s %s, %d people on the roster, engine built in %s%n", RULE_SET,
                    runner.engine().rules().version(), runner.engine().roster().people().size(), seconds(runner.compileNanos()));
            return options.auditOnly() ? auditOnly(runner) : compare(runner);
        }

        private void header() {
            BenchArgs.header(out, "Rabiap audit benchmark");
        }

        private void generate() throws IOException {
            long start = System.nanoTime();
            Population population = new Population(options.seed());
            population.write(options.roster());
            LogGenerator.Stats stats = new LogGenerator(population, options.seed()).write(options.log(), options.messages());
            long nanos = System.nanoTime() - start;
            out.printf(Locale.ROOT, "roster         %s (%d people)%n", options.roster(), population.people().size());
            out.printf(Locale.ROOT, "log            %s: %,d messages, %s, written in %s%n", options.log(), stats.messages(),
                    mb(stats.bytes()), seconds(nanos));
            out.printf(Locale.ROOT, "log mix        posting violations %,d (%s), membership violations %,d (%s), system events %,d, orders %,d, posts by unknown senders %,d%n",
                    stats.postingViolations(), percent(stats.postingViolations(), stats.messages()), stats.membershipViolations(),
                    percent(stats.membershipViolations(), stats.messages()), stats.systemEvents(), stats.orders(), stats.unknownSenderPosts());
        }

        private int compare(AuditRunner runner) throws IOException {
            BareParse bare = new BareParse();
            long warmStart = System.nanoTime();
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                bare.parse(options.log(), options.warmup());
                runner.audit(options.log(), options.warmup());
            }
            out.printf(Locale.ROOT, "warm-up        %d x (bare parse + audit) of %,d messages in %s%n", WARMUP_ROUNDS, options.warmup(),
                    seconds(System.nanoTime() - warmStart));

            List<Pass> bares = new ArrayList<>();
            List<Pass> audits = new ArrayList<>();
            AuditRunner.Result last = null;
            for (int run = 1; run <= options.runs(); run++) {
                heap.reset();
                long start = System.nanoTime();
                BareParse.Result parsed = bare.parse(options.log(), 0);
                Pass b = new Pass(parsed.messages(), System.nanoTime() - start, heap.usage());
                bares.add(b);
                print("run " + run + " bare ", b, "checksum " + parsed.checksum());

                heap.reset();
                start = System.nanoTime();
                last = runner.audit(options.log(), 0);
                Pass a = new Pass(last.summary().messages(), System.nanoTime() - start, heap.usage());
                audits.add(a);
                print("run " + run + " audit", a, String.format(Locale.ROOT, "findings %,d", last.summary().findings()));
            }

            Pass bareMedian = median(bares);
            Pass auditMedian = median(audits);
            double ratio = auditMedian.rate() / bareMedian.rate();
            AuditSummary summary = last.summary();
            out.println();
            out.printf(Locale.ROOT, "RESULTS (median of %d run%s)%n", options.runs(), options.runs() == 1 ? "" : "s");
            out.printf(Locale.ROOT, "messages             %,d (audit read %,d)%n", bareMedian.messages(), summary.messages());
            out.printf(Locale.ROOT, "bare parse           %,.0f messages/s  (%s)%n", bareMedian.rate(), seconds(bareMedian.nanos()));
            out.printf(Locale.ROOT, "audit                %,.0f messages/s  (%s)%n", auditMedian.rate(), seconds(auditMedian.nanos()));
            out.printf(Locale.ROOT, "audit / bare         %.1f%%%n", ratio * 100);
            findings(last);
            out.printf(Locale.ROOT, "peak heap, bare      %s pools peak, %s after GC (largest of the runs)%n",
                    mb(maxPools(bares)), mb(maxAfterGc(bares)));
            out.printf(Locale.ROOT, "peak heap, audit     %s pools peak, %s after GC (largest of the runs)%n",
                    mb(maxPools(audits)), mb(maxAfterGc(audits)));
            out.printf(Locale.ROOT, "max heap             %s%n", mb(HeapWatch.maxHeap()));
            out.printf(Locale.ROOT, "elapsed, bare        %s%n", times(bares));
            out.printf(Locale.ROOT, "elapsed, audit       %s%n", times(audits));

            boolean ratioMet = ratio >= TARGET_RATIO;
            boolean rateMet = auditMedian.rate() >= TARGET_RATE;
            boolean complete = summary.messages() == bareMedian.messages();
            boolean pass = ratioMet && rateMet && complete;
            out.printf(Locale.ROOT, "VERDICT: %s - audit at %.1f%% of bare parse speed (target >= 50%%: %s), %,.0f messages/s (target >= 200,000: %s)%s%n",
                    pass ? "PASS" : "FAIL", ratio * 100, ratioMet ? "met" : "missed", auditMedian.rate(), rateMet ? "met" : "missed",
                    complete ? "" : ", but the audit read " + summary.messages() + " of " + bareMedian.messages() + " messages");
            return pass ? 0 : 1;
        }

        private int auditOnly(AuditRunner runner) throws IOException {
            long warmStart = System.nanoTime();
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                runner.audit(options.log(), options.warmup());
            }
            out.printf(Locale.ROOT, "warm-up        %d x audit of %,d messages in %s%n", WARMUP_ROUNDS, options.warmup(),
                    seconds(System.nanoTime() - warmStart));
            List<Pass> audits = new ArrayList<>();
            AuditRunner.Result last = null;
            for (int run = 1; run <= options.runs(); run++) {
                heap.reset();
                long start = System.nanoTime();
                last = runner.audit(options.log(), 0);
                Pass a = new Pass(last.summary().messages(), System.nanoTime() - start, heap.usage());
                audits.add(a);
                print("run " + run + " audit", a, String.format(Locale.ROOT, "findings %,d", last.summary().findings()));
            }
            Pass median = median(audits);
            AuditSummary summary = last.summary();
            out.println();
            out.printf(Locale.ROOT, "RESULTS (audit only, median of %d run%s)%n", options.runs(), options.runs() == 1 ? "" : "s");
            out.printf(Locale.ROOT, "messages             %,d (expected %,d)%n", summary.messages(), options.messages());
            out.printf(Locale.ROOT, "audit                %,.0f messages/s  (%s)%n", median.rate(), seconds(median.nanos()));
            findings(last);
            out.printf(Locale.ROOT, "peak heap, audit     %s pools peak, %s after GC (largest of the runs)%n", mb(maxPools(audits)), mb(maxAfterGc(audits)));
            out.printf(Locale.ROOT, "max heap             %s%n", mb(HeapWatch.maxHeap()));
            out.printf(Locale.ROOT, "elapsed, audit       %s%n", times(audits));
            boolean complete = summary.messages() == options.messages();
            boolean rateMet = median.rate() >= TARGET_RATE;
            out.printf(Locale.ROOT, "VERDICT: %s - memory: %,d of %,d messages audited within a max heap of %s (%s); speed: %,.0f messages/s (target >= 200,000: %s)%n",
                    complete && rateMet ? "PASS" : "FAIL", summary.messages(), options.messages(), mb(HeapWatch.maxHeap()),
                    complete ? "met" : "missed", median.rate(), rateMet ? "met" : "missed");
            return complete && rateMet ? 0 : 1;
        }

        private void print(String label, Pass pass, String extra) {
            out.printf(Locale.ROOT, "%s     %,d messages in %s = %,.0f messages/s; heap pools peak %s, after GC %s; %d GCs (%d ms); %s%n",
                    label, pass.messages(), seconds(pass.nanos()), pass.rate(), mb(pass.heap().peakPoolsBytes()),
                    mb(pass.heap().peakAfterGcBytes()), pass.heap().collections(), pass.heap().collectionMillis(), extra);
        }

        private void findings(AuditRunner.Result result) {
            AuditSummary summary = result.summary();
            out.printf(Locale.ROOT, "findings             %,d (posting %,d, membership %,d, obligation %,d)%n", summary.findings(),
                    result.findings(FindingKind.POSTING), result.findings(FindingKind.MEMBERSHIP), result.findings(FindingKind.OBLIGATION));
            out.printf(Locale.ROOT, "findings by rule     %s%n", summary.findingsByRule().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
            out.printf(Locale.ROOT, "senders              %,d messages from senders not on the roster, %,d skipped records, %,d obligations still open%n",
                    summary.unresolvedMessages(), summary.skippedRecords(), summary.openObligations());
        }
    }
}
