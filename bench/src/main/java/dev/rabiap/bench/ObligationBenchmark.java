package dev.rabiap.bench;

import static dev.rabiap.bench.BenchArgs.fastest;
import static dev.rabiap.bench.BenchArgs.maxAfterGc;
import static dev.rabiap.bench.BenchArgs.maxPools;
import static dev.rabiap.bench.BenchArgs.mb;
import static dev.rabiap.bench.BenchArgs.percent;
import static dev.rabiap.bench.BenchArgs.seconds;
import static dev.rabiap.bench.BenchArgs.times;

import dev.rabiap.bench.BenchArgs.Pass;
import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.FindingSink;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The obligations benchmark: what it costs an audit to keep about 10,000 obligations open at once,
 * in messages per second against the same audit without obligations, and in heap.
 *
 * <p>The workload, deterministic for a seed, is written to {@code --dir}:
 * <ul>
 *   <li><b>roster</b>: {@code --districts} districts (default 100), each with a district volunteer
 *       centre officer and a deputy district chief, who report; a provincial palad and three
 *       provincial volunteer centre officers, who give orders;</li>
 *   <li><b>rule sets</b>: {@code --groups} volunteer centre groups (default 200), each with the
 *       policy of the bundled ศอ.จอส.จว.สน. group: only the province posts orders and only district
 *       people post reports ({@code posting.csv}), only those roles are members ({@code groups.csv}),
 *       and, in {@code rules-obligations/} only, an {@code obligations.csv} row like SKN-5O: an order
 *       from the province opens one obligation per district, due in 24 hours unless the order says
 *       otherwise, closed by a report from someone of that district in that group.
 *       {@code rules-baseline/} is the same rule set without {@code obligations.csv};</li>
 *   <li><b>log</b>: every group gets an order, every district answers it with a report (most in
 *       time, more of them near the deadline than early; {@value ObligationWorkload.Generator#LATE_PERCENT}% after
 *       it), and the group's next order comes when every answer is in, no sooner than 1.3
 *       deadlines after the last one. The groups' first orders are spread over one such period,
 *       so that about half of the groups × districts obligations are open at any time: about
 *       10,000 with the defaults. {@code --silent} group–district pairs (default groups ×
 *       districts / 500) stop answering in their group from a random point of the log on: their
 *       obligations stay open and are missing at the end. (A district cannot skip just one order:
 *       its next report would close the skipped obligation too, as late.) Acknowledgements,
 *       stickers, chat and questions from the members fill the messages in between, about 40% of
 *       the log. Time runs evenly, at a pace that keeps orders and reports at about 60% of the
 *       messages.</li>
 * </ul>
 * The generator keeps the engine's books as it writes: an order opens one obligation per district;
 * a report closes every open obligation of its district in its group, on time or late by its
 * time; at the end an obligation still open is missing once its deadline has passed, else open.
 * From that it knows, without asking the engine, how many late and missing findings the audit
 * must give, how many obligations stay open, and how many were open at once (the largest count
 * after any message, and the mean over the last 90% of the log).
 *
 * <p>Then, in one JVM: both engines are built, warmed up twice on the first {@code --warmup}
 * messages, and the whole log is audited {@code --runs} times each way, alternately, each pass
 * after a {@code System.gc()}. Reported: the median messages per second of each, their ratio
 * (and that of the fastest passes), the heap of each pass ({@link HeapWatch}), the CPU time other
 * processes took during each pass (a shared machine disturbs the figures), and the findings
 * against the planted numbers. With
 * {@code --ledger} one more, untimed, audit keeps {@link AuditOptions#withLedger() the ledger}
 * and the largest number open at once is worked out again from it; the ledger holds every
 * obligation of the log, so its memory grows with the log.
 *
 * <pre>
 * java -cp 'bench/target/rabiap-bench.jar:bench/target/lib/*' dev.rabiap.bench.ObligationBenchmark [options]
 * </pre>
 *
 * The options are those of {@link Cli}; {@code --help} lists them. Exit status: 0 when the
 * findings are what the generator planted, 1 when not, 2 for a usage error or a failure. Speed
 * is reported, never judged.
 */
public final class ObligationBenchmark {
    private static final long DEFAULT_WARMUP = 500_000;
    private static final int DEFAULT_GROUPS = 200;
    private static final int DEFAULT_DISTRICTS = 100;
    private static final int WARMUP_ROUNDS = 2;

    private ObligationBenchmark() {}

    /** The command line, parsed. */
    record Options(long messages, Path dir, int runs, long warmup, int groups, int districts, int silent, long seed, boolean ledger) {
        Path roster() {
            return dir.resolve("roster.csv");
        }

        Path log() {
            return dir.resolve("obligations-" + messages + ".jsonl");
        }

        Path rules(boolean obligations) {
            return dir.resolve(obligations ? "rules-obligations" : "rules-baseline");
        }
    }

    /** The command line. */
    @Command(name = "ObligationBenchmark", description = "Times an audit that keeps about 10,000 obligations open against the same audit without obligations.")
    static final class Cli extends BenchCommand {
        @Option(names = "--groups", paramLabel = "G", converter = CommonArgs.Count.class, description = "groups, each with its own row in obligations.csv")
        long groups = DEFAULT_GROUPS;

        @Option(names = "--districts", paramLabel = "D", converter = CommonArgs.Count.class, description = "districts: the parties of every order")
        long districts = DEFAULT_DISTRICTS;

        @Option(names = "--silent", paramLabel = "S", converter = CommonArgs.Count.class,
                description = "group-district pairs that stop answering at a random point of the log (default: G x D / 500, at least 1)")
        Long silent;

        @Option(names = "--ledger", description = "after the timed runs, audit once more with the ledger and check it against the generator")
        boolean ledger;

        Cli(PrintStream out) {
            super(CommonArgs.generatedLog("rabiap-bench-obligations", "where roster.csv, rules-obligations/, rules-baseline/ and obligations-N.jsonl go")
                    .runs(3, "audits each way whose median is reported")
                    .warmup(DEFAULT_WARMUP, "messages in each of the two warm-up rounds, at most --messages"), out);
        }

        Options options() {
            long messages = common.messages();
            int runs = common.runs();
            int groups = (int) common.positive("--groups", this.groups);
            int districts = (int) common.positive("--districts", this.districts);
            int pairs = groups * districts;
            int silent = this.silent != null ? this.silent.intValue() : Math.max(1, pairs / 500);
            if (silent < 0 || silent > pairs) {
                throw common.usage("--silent must be between 0 and groups x districts (" + pairs + ")");
            }
            return new Options(messages, common.dir(), runs, Math.min(messages, common.warmup()), groups, districts, silent, common.seed(),
                    ledger);
        }

        @Override
        public Integer call() throws IOException {
            return measure(options(), out).pass() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return CommonArgs.execute(new Cli(out), args);
    }

    /** What a whole invocation measured and checked. */
    record Report(ObligationWorkload.Planted planted, Outcome baseline, Outcome obligations, LedgerFigures ledger, boolean pass) {}

    /** Generates the workload, audits it both ways and prints the figures. */
    static Report measure(Options options, PrintStream out) throws IOException {
        HeapWatch heap = new HeapWatch();
        header(out);
        Files.createDirectories(options.dir());
        ObligationWorkload.Generator workload = new ObligationWorkload.Generator(options.groups(), options.districts(), options.silent(), options.seed());
        long start = System.nanoTime();
        workload.writeRoster(options.roster());
        workload.writeRules(options.rules(true), true);
        workload.writeRules(options.rules(false), false);
        ObligationWorkload.Planted planted = workload.writeLog(options.log(), options.messages());
        out.printf(Locale.ROOT, "workload       %,d groups x %,d districts, %,d silent pairs, %.1f s a message on average; written in %s%n",
                options.groups(), options.districts(), planted.silentPairs(), workload.meanSecondsPerMessage(),
                seconds(System.nanoTime() - start));
        out.printf(Locale.ROOT, "log            %s: %,d messages, %s%n", options.log(), planted.messages(), mb(planted.bytes()));
        out.printf(Locale.ROOT, "log mix        orders %,d (%s), reports %,d (%s), acknowledgements, chat and questions %,d (%s)%n",
                planted.orders(), percent(planted.orders(), planted.messages()), planted.reports(),
                percent(planted.reports(), planted.messages()), planted.others(),
                percent(planted.others(), planted.messages()));
        out.printf(Locale.ROOT, "planted        obligations %,d: on time %,d, late %,d, missing %,d, open at the end %,d%n",
                planted.obligations(), planted.onTime(), planted.late(), planted.missing(), planted.openAtEnd());
        out.printf(Locale.ROOT, "open at once   max %,d (after message %,d), mean %,.0f over the last 90%% of the log (generator's count)%n",
                planted.maxOpen(), planted.maxOpenAt(), planted.meanOpen());

        SourceRegistry registry = registry();
        Auditor baseline = new Auditor(registry, options.rules(false), options.roster());
        Auditor obligations = new Auditor(registry, options.rules(true), options.roster());
        out.printf(Locale.ROOT, "rules          without obligations %s, built in %s; with obligations %s (%,d obligation rows), built in %s%n",
                baseline.engine().rules().version(), seconds(baseline.compileNanos()),
                obligations.engine().rules().version(), options.groups(), seconds(obligations.compileNanos()));

        long warmStart = System.nanoTime();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            baseline.audit(options.log(), options.warmup(), false);
            obligations.audit(options.log(), options.warmup(), false);
        }
        out.printf(Locale.ROOT, "warm-up        %d x (audit without + audit with obligations) of %,d messages in %s%n", WARMUP_ROUNDS,
                options.warmup(), seconds(System.nanoTime() - warmStart));

        List<Pass> withoutPasses = new ArrayList<>();
        List<Pass> withPasses = new ArrayList<>();
        Outcome lastWithout = null;
        Outcome lastWith = null;
        boolean everyRunFound = true;
        for (int run = 1; run <= options.runs(); run++) {
            OtherLoad load = OtherLoad.start();
            long[] rulesCpu = new long[1];
            lastWithout = timed(baseline, options.log(), heap, withoutPasses, rulesCpu);
            print(out, "run " + run + " without", withoutPasses.get(withoutPasses.size() - 1), lastWithout, load.cpuSeconds(), rulesCpu[0]);
            load = OtherLoad.start();
            lastWith = timed(obligations, options.log(), heap, withPasses, rulesCpu);
            print(out, "run " + run + " with   ", withPasses.get(withPasses.size() - 1), lastWith, load.cpuSeconds(), rulesCpu[0]);
            everyRunFound &= lastWith.late() == planted.late() && lastWith.missing() == planted.missing()
                    && lastWith.summary().openObligations() == planted.openAtEnd();
        }

        LedgerFigures ledger = null;
        if (options.ledger()) {
            System.gc();
            heap.reset();
            long ledgerStart = System.nanoTime();
            Outcome withLedger = obligations.audit(options.log(), 0, true);
            HeapWatch.Usage usage = heap.usage();
            ledger = LedgerFigures.of(withLedger.summary().ledger(), withLedger.summary().messages());
            out.printf(Locale.ROOT, "ledger         %,d entries in %s (untimed pass; heap pools peak %s, after GC %s): on time %,d, late %,d, missing %,d, open %,d; open at once max %,d (after message %,d)%n",
                    withLedger.summary().ledger().size(), seconds(System.nanoTime() - ledgerStart),
                    mb(usage.peakPoolsBytes()), mb(usage.peakAfterGcBytes()), ledger.onTime(), ledger.late(),
                    ledger.missing(), ledger.open(), ledger.maxOpen(), ledger.maxOpenAt());
        }

        Pass without = BenchArgs.median(withoutPasses);
        Pass with = BenchArgs.median(withPasses);
        double ratio = with.rate() / without.rate();
        AuditSummary summary = lastWith.summary();
        out.println();
        out.printf(Locale.ROOT, "RESULTS (median of %d run%s)%n", options.runs(), options.runs() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "messages             %,d (audits read %,d without, %,d with obligations)%n", planted.messages(),
                lastWithout.summary().messages(), summary.messages());
        out.printf(Locale.ROOT, "without obligations  %,.0f messages/s  (%s)%n", without.rate(), seconds(without.nanos()));
        out.printf(Locale.ROOT, "with obligations     %,.0f messages/s  (%s)%n", with.rate(), seconds(with.nanos()));
        out.printf(Locale.ROOT, "with / without       %.1f%%%n", ratio * 100);
        Pass fastestWithout = fastest(withoutPasses);
        Pass fastestWith = fastest(withPasses);
        out.printf(Locale.ROOT, "fastest runs         %,.0f without, %,.0f with obligations messages/s: %.1f%%%n", fastestWithout.rate(),
                fastestWith.rate(), 100 * fastestWith.rate() / fastestWithout.rate());
        out.printf(Locale.ROOT, "open at once         max %,d, mean %,.0f; %,d obligations opened in all%n", planted.maxOpen(),
                planted.meanOpen(), planted.obligations());
        out.printf(Locale.ROOT, "late                 %,d found, %,d planted%n", lastWith.late(), planted.late());
        out.printf(Locale.ROOT, "missing              %,d found, %,d planted%n", lastWith.missing(), planted.missing());
        out.printf(Locale.ROOT, "still open           %,d found, %,d planted%n", summary.openObligations(), planted.openAtEnd());
        out.printf(Locale.ROOT, "other findings       posting %,d and membership %,d with obligations, %,d without (all should be 0)%n",
                lastWith.posting(), lastWith.membership(), lastWithout.summary().findings());
        out.printf(Locale.ROOT, "peak heap, without   %s pools peak, %s after GC (largest of the runs)%n",
                mb(maxPools(withoutPasses)), mb(maxAfterGc(withoutPasses)));
        out.printf(Locale.ROOT, "peak heap, with      %s pools peak, %s after GC (largest of the runs)%n",
                mb(maxPools(withPasses)), mb(maxAfterGc(withPasses)));
        out.printf(Locale.ROOT, "max heap             %s%n", mb(HeapWatch.maxHeap()));
        out.printf(Locale.ROOT, "elapsed, without     %s%n", times(withoutPasses));
        out.printf(Locale.ROOT, "elapsed, with        %s%n", times(withPasses));

        List<String> wrong = new ArrayList<>();
        if (!everyRunFound) {
            wrong.add("late, missing or still open differ from what was planted");
        }
        if (summary.messages() != planted.messages() || lastWithout.summary().messages() != planted.messages()) {
            wrong.add("not every message was audited");
        }
        if (summary.skippedRecords() + summary.unresolvedMessages() > 0) {
            wrong.add("records skipped or senders unresolved");
        }
        if (lastWith.posting() + lastWith.membership() + lastWithout.summary().findings() > 0) {
            wrong.add("posting, membership or obligation findings where none were planted");
        }
        if (ledger != null && !ledger.agreesWith(planted)) {
            wrong.add("the ledger disagrees with the generator");
        }
        boolean pass = wrong.isEmpty();
        out.printf(Locale.ROOT, "VERDICT: %s - late %,d / %,d, missing %,d / %,d (found / planted); with obligations at %.1f%% of the speed without, %,d open at most%s%n",
                pass ? "PASS" : "FAIL", lastWith.late(), planted.late(), lastWith.missing(), planted.missing(), ratio * 100, planted.maxOpen(),
                pass ? "" : ": " + String.join("; ", wrong));
        return new Report(planted, lastWithout, lastWith, ledger, pass);
    }

    private static void header(PrintStream out) {
        BenchArgs.header(out, "Rabiap obligations benchmark");
    }

    /**
     * One timed audit; {@code rulesCpu[0]} gets the CPU time of this thread, which runs the rules
     * while a second thread reads the log: steadier than the elapsed time when other work shares the machine.
     */
    private static Outcome timed(Auditor auditor, Path log, HeapWatch heap, List<Pass> passes, long[] rulesCpu) throws IOException {
        System.gc();
        heap.reset();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Outcome outcome = auditor.audit(log, 0, false);
        passes.add(new Pass(outcome.summary().messages(), System.nanoTime() - start, heap.usage()));
        rulesCpu[0] = threads.getCurrentThreadCpuTime() - cpu;
        return outcome;
    }

    private static void print(PrintStream out, String label, Pass pass, Outcome outcome, double othersCpu, long rulesCpuNanos) {
        out.printf(Locale.ROOT, "%s   %,d messages in %s = %,.0f messages/s; rules' thread %.2f CPU s; heap pools peak %s, after GC %s; %d GCs (%d ms); late %,d, missing %,d, open %,d; other processes %s%n",
                label, pass.messages(), seconds(pass.nanos()), pass.rate(), rulesCpuNanos / 1e9, mb(pass.heap().peakPoolsBytes()),
                mb(pass.heap().peakAfterGcBytes()), pass.heap().collections(), pass.heap().collectionMillis(),
                outcome.late(), outcome.missing(), outcome.summary().openObligations(),
                Double.isNaN(othersCpu) ? "n/a" : String.format(Locale.ROOT, "%.1f CPU s", othersCpu));
    }





    /** The source registry of the engine's injector, with the file plugin's {@code jsonl} source. */
    static SourceRegistry registry() {
        return EngineModule.injector(Clock.system(ChatMessage.BANGKOK)).getInstance(SourceRegistry.class);
    }

    // --- auditing ---

    /**
     * One audit's outcome.
     *
     * @param late obligation findings for an answer after the deadline (they name who answered)
     * @param missing obligation findings for no answer by the end (they name no one, only the district)
     */
    record Outcome(AuditSummary summary, long late, long missing, long posting, long membership) {}

    /** An engine built from a rule set folder, auditing the log through the file plugin's {@code jsonl} source. */
    static final class Auditor {
        private final SourceRegistry registry;
        private final PolicyEngine engine;
        private final long compileNanos;

        Auditor(SourceRegistry registry, Path rules, Path roster) {
            this.registry = registry;
            long start = System.nanoTime();
            this.engine = PolicyEngine.builder().rules(RuleSet.fromDirectory(rules)).roster(Roster.load(roster)).build();
            this.compileNanos = System.nanoTime() - start;
        }

        PolicyEngine engine() {
            return engine;
        }

        long compileNanos() {
            return compileNanos;
        }

        /** Audits up to {@code limit} messages of {@code log} (all when 0), keeping the ledger if asked. */
        Outcome audit(Path log, long limit, boolean ledger) throws IOException {
            long[] counts = new long[4];
            FindingSink sink = new FindingSink() {
                @Override
                public void accept(Finding finding) {
                    if (finding.kind() == FindingKind.OBLIGATION) {
                        counts[finding.personId().isEmpty() ? 1 : 0]++;
                    } else {
                        counts[finding.kind() == FindingKind.POSTING ? 2 : 3]++;
                    }
                }
            };
            AuditOptions options = ledger ? AuditOptions.DEFAULTS.withLedger() : AuditOptions.DEFAULTS;
            try (Audit audit = engine.newAudit(sink, options);
                 MessageSource source = registry.open(new SourceInput(log.toString()), "jsonl", Map.of(), audit.sourceContext())) {
                audit.read(limit > 0 ? AuditRunner.limited(source, limit) : source);
                return new Outcome(audit.finish(), counts[0], counts[1], counts[2], counts[3]);
            }
        }
    }

    /**
     * The obligation ledger's account of the log: each entry is open from its order's line to its
     * answer's line (on time or late), or to the end (missing, open).
     */
    record LedgerFigures(long onTime, long late, long missing, long open, long maxOpen, long maxOpenAt) {
        static LedgerFigures of(List<LedgerEntry> entries, long messages) {
            long[] change = new long[(int) messages + 2];
            long[] states = new long[LedgerEntry.State.values().length];
            for (LedgerEntry entry : entries) {
                states[entry.state().ordinal()]++;
                change[(int) entry.order().line()]++;
                if (entry.state() == LedgerEntry.State.ON_TIME || entry.state() == LedgerEntry.State.LATE) {
                    change[(int) entry.answer().line()]--;
                }
            }
            long open = 0;
            long max = 0;
            long at = 0;
            for (int line = 1; line <= messages; line++) {
                open += change[line];
                if (open > max) {
                    max = open;
                    at = line;
                }
            }
            return new LedgerFigures(states[LedgerEntry.State.ON_TIME.ordinal()], states[LedgerEntry.State.LATE.ordinal()],
                    states[LedgerEntry.State.MISSING.ordinal()], states[LedgerEntry.State.OPEN.ordinal()], max, at);
        }

        boolean agreesWith(ObligationWorkload.Planted planted) {
            return onTime == planted.onTime() && late == planted.late() && missing == planted.missing() && open == planted.openAtEnd()
                    && maxOpen == planted.maxOpen() && maxOpenAt == planted.maxOpenAt();
        }
    }
}
