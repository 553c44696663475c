package dev.rabiap.bench;

import static dev.rabiap.bench.AuditBenchmark.Options.count;
import static dev.rabiap.bench.AuditBenchmark.Options.value;
import static dev.rabiap.bench.LogGenerator.thaiNumber;

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
 *       time, more of them near the deadline than early; {@value Workload#LATE_PERCENT}% after
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
 *   --messages N    messages in the log (default 1,000,000; 250k, 2.5M and 1_000_000 are fine)
 *   --dir DIR       where the roster, the two rule sets and the log go (default: the temp folder's rabiap-bench-obligations)
 *   --runs R        audits each way to take the median of (default 3)
 *   --warmup N      messages for each of the two warm-up rounds (default: the smaller of 500,000 and --messages)
 *   --groups G      groups, each with its own obligation row (default 200)
 *   --districts D   districts, the parties of every order (default 100)
 *   --silent S      group-district pairs that stop answering (default G x D / 500, at least 1)
 *   --seed S        the generator's seed (default 2568)
 *   --ledger        also audit once with the ledger and check the count of open obligations against it
 * </pre>
 *
 * Exit status: 0 when the findings are what the generator planted, 1 when not, 2 for a usage
 * error or a failure. Speed is reported, never judged.
 */
public final class ObligationBenchmark {
    private static final long DEFAULT_MESSAGES = 1_000_000;
    private static final long DEFAULT_WARMUP = 500_000;
    private static final int DEFAULT_GROUPS = 200;
    private static final int DEFAULT_DISTRICTS = 100;
    private static final long DEFAULT_SEED = 2568;
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

        static Options parse(String[] args) {
            long messages = DEFAULT_MESSAGES;
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "rabiap-bench-obligations");
            int runs = 3;
            Long warmup = null;
            int groups = DEFAULT_GROUPS;
            int districts = DEFAULT_DISTRICTS;
            Integer silent = null;
            long seed = DEFAULT_SEED;
            boolean ledger = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--messages" -> messages = count(value(args, ++i, arg), arg);
                    case "--dir" -> dir = Path.of(value(args, ++i, arg));
                    case "--runs" -> runs = (int) count(value(args, ++i, arg), arg);
                    case "--warmup" -> warmup = count(value(args, ++i, arg), arg);
                    case "--groups" -> groups = (int) count(value(args, ++i, arg), arg);
                    case "--districts" -> districts = (int) count(value(args, ++i, arg), arg);
                    case "--silent" -> silent = (int) count(value(args, ++i, arg), arg);
                    case "--seed" -> seed = seed(value(args, ++i, arg));
                    case "--ledger" -> ledger = true;
                    case "-h", "--help" -> throw new AuditBenchmark.UsageException(null);
                    default -> throw new AuditBenchmark.UsageException("unknown option " + arg);
                }
            }
            if (messages < 1 || runs < 1 || groups < 1 || districts < 1) {
                throw new AuditBenchmark.UsageException("--messages, --runs, --groups and --districts must be positive");
            }
            int pairs = groups * districts;
            int effectiveSilent = silent != null ? silent : Math.max(1, pairs / 500);
            if (effectiveSilent < 0 || effectiveSilent > pairs) {
                throw new AuditBenchmark.UsageException("--silent must be between 0 and groups x districts (" + pairs + ")");
            }
            long effectiveWarmup = warmup != null ? warmup : Math.min(messages, DEFAULT_WARMUP);
            return new Options(messages, dir, runs, effectiveWarmup, groups, districts, effectiveSilent, seed, ledger);
        }

        private static long seed(String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new AuditBenchmark.UsageException("--seed: not a whole number: " + text);
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (AuditBenchmark.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("rabiap-bench: " + e.getMessage());
            }
            System.err.println("usage: ObligationBenchmark [--messages N] [--dir DIR] [--runs R] [--warmup N] [--groups G] "
                    + "[--districts D] [--silent S] [--seed S] [--ledger]");
            return e.getMessage() == null ? 0 : 2;
        }
        try {
            return measure(options, out).pass() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("rabiap-bench: " + e);
            e.printStackTrace();
            return 2;
        }
    }

    /** What a whole invocation measured and checked. */
    record Report(Planted planted, Outcome baseline, Outcome obligations, LedgerFigures ledger, boolean pass) {}

    /** Generates the workload, audits it both ways and prints the figures. */
    static Report measure(Options options, PrintStream out) throws IOException {
        HeapWatch heap = new HeapWatch();
        header(out);
        Files.createDirectories(options.dir());
        Workload workload = new Workload(options.groups(), options.districts(), options.silent(), options.seed());
        long start = System.nanoTime();
        workload.writeRoster(options.roster());
        workload.writeRules(options.rules(true), true);
        workload.writeRules(options.rules(false), false);
        Planted planted = workload.writeLog(options.log(), options.messages());
        out.printf(Locale.ROOT, "workload       %,d groups x %,d districts, %,d silent pairs, %.1f s a message on average; written in %s%n",
                options.groups(), options.districts(), planted.silentPairs(), workload.meanSecondsPerMessage(),
                AuditBenchmark.seconds(System.nanoTime() - start));
        out.printf(Locale.ROOT, "log            %s: %,d messages, %s%n", options.log(), planted.messages(), AuditBenchmark.mb(planted.bytes()));
        out.printf(Locale.ROOT, "log mix        orders %,d (%s), reports %,d (%s), acknowledgements, chat and questions %,d (%s)%n",
                planted.orders(), AuditBenchmark.percent(planted.orders(), planted.messages()), planted.reports(),
                AuditBenchmark.percent(planted.reports(), planted.messages()), planted.others(),
                AuditBenchmark.percent(planted.others(), planted.messages()));
        out.printf(Locale.ROOT, "planted        obligations %,d: on time %,d, late %,d, missing %,d, open at the end %,d%n",
                planted.obligations(), planted.onTime(), planted.late(), planted.missing(), planted.openAtEnd());
        out.printf(Locale.ROOT, "open at once   max %,d (after message %,d), mean %,.0f over the last 90%% of the log (generator's count)%n",
                planted.maxOpen(), planted.maxOpenAt(), planted.meanOpen());

        SourceRegistry registry = registry();
        Auditor baseline = new Auditor(registry, options.rules(false), options.roster());
        Auditor obligations = new Auditor(registry, options.rules(true), options.roster());
        out.printf(Locale.ROOT, "rules          without obligations %s, built in %s; with obligations %s (%,d obligation rows), built in %s%n",
                baseline.engine().rules().version(), AuditBenchmark.seconds(baseline.compileNanos()),
                obligations.engine().rules().version(), options.groups(), AuditBenchmark.seconds(obligations.compileNanos()));

        long warmStart = System.nanoTime();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            baseline.audit(options.log(), options.warmup(), false);
            obligations.audit(options.log(), options.warmup(), false);
        }
        out.printf(Locale.ROOT, "warm-up        %d x (audit without + audit with obligations) of %,d messages in %s%n", WARMUP_ROUNDS,
                options.warmup(), AuditBenchmark.seconds(System.nanoTime() - warmStart));

        List<AuditBenchmark.Pass> withoutPasses = new ArrayList<>();
        List<AuditBenchmark.Pass> withPasses = new ArrayList<>();
        Outcome lastWithout = null;
        Outcome lastWith = null;
        boolean everyRunFound = true;
        for (int run = 1; run <= options.runs(); run++) {
            OtherLoad load = OtherLoad.start();
            lastWithout = timed(baseline, options.log(), heap, withoutPasses);
            print(out, "run " + run + " without", withoutPasses.get(withoutPasses.size() - 1), lastWithout, load.cpuSeconds());
            load = OtherLoad.start();
            lastWith = timed(obligations, options.log(), heap, withPasses);
            print(out, "run " + run + " with   ", withPasses.get(withPasses.size() - 1), lastWith, load.cpuSeconds());
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
                    withLedger.summary().ledger().size(), AuditBenchmark.seconds(System.nanoTime() - ledgerStart),
                    AuditBenchmark.mb(usage.peakPoolsBytes()), AuditBenchmark.mb(usage.peakAfterGcBytes()), ledger.onTime(), ledger.late(),
                    ledger.missing(), ledger.open(), ledger.maxOpen(), ledger.maxOpenAt());
        }

        AuditBenchmark.Pass without = AuditBenchmark.median(withoutPasses);
        AuditBenchmark.Pass with = AuditBenchmark.median(withPasses);
        double ratio = with.rate() / without.rate();
        AuditSummary summary = lastWith.summary();
        out.println();
        out.printf(Locale.ROOT, "RESULTS (median of %d run%s)%n", options.runs(), options.runs() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "messages             %,d (audits read %,d without, %,d with obligations)%n", planted.messages(),
                lastWithout.summary().messages(), summary.messages());
        out.printf(Locale.ROOT, "without obligations  %,.0f messages/s  (%s)%n", without.rate(), AuditBenchmark.seconds(without.nanos()));
        out.printf(Locale.ROOT, "with obligations     %,.0f messages/s  (%s)%n", with.rate(), AuditBenchmark.seconds(with.nanos()));
        out.printf(Locale.ROOT, "with / without       %.1f%%%n", ratio * 100);
        AuditBenchmark.Pass fastestWithout = fastest(withoutPasses);
        AuditBenchmark.Pass fastestWith = fastest(withPasses);
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
                AuditBenchmark.mb(maxPools(withoutPasses)), AuditBenchmark.mb(maxAfterGc(withoutPasses)));
        out.printf(Locale.ROOT, "peak heap, with      %s pools peak, %s after GC (largest of the runs)%n",
                AuditBenchmark.mb(maxPools(withPasses)), AuditBenchmark.mb(maxAfterGc(withPasses)));
        out.printf(Locale.ROOT, "max heap             %s%n", AuditBenchmark.mb(HeapWatch.maxHeap()));
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
        out.println("Rabiap obligations benchmark");
        out.printf(Locale.ROOT, "jvm            %s %s, %d CPUs, max heap %s, GC %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(), AuditBenchmark.mb(HeapWatch.maxHeap()),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).collect(Collectors.joining(", ")));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        out.printf(Locale.ROOT, "jvm options    %s%n", jvmArgs.isEmpty() ? "(none)" : String.join(" ", jvmArgs));
    }

    private static Outcome timed(Auditor auditor, Path log, HeapWatch heap, List<AuditBenchmark.Pass> passes) throws IOException {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        Outcome outcome = auditor.audit(log, 0, false);
        passes.add(new AuditBenchmark.Pass(outcome.summary().messages(), System.nanoTime() - start, heap.usage()));
        return outcome;
    }

    private static void print(PrintStream out, String label, AuditBenchmark.Pass pass, Outcome outcome, double othersCpu) {
        out.printf(Locale.ROOT, "%s   %,d messages in %s = %,.0f messages/s; heap pools peak %s, after GC %s; %d GCs (%d ms); late %,d, missing %,d, open %,d; other processes %s%n",
                label, pass.messages(), AuditBenchmark.seconds(pass.nanos()), pass.rate(), AuditBenchmark.mb(pass.heap().peakPoolsBytes()),
                AuditBenchmark.mb(pass.heap().peakAfterGcBytes()), pass.heap().collections(), pass.heap().collectionMillis(),
                outcome.late(), outcome.missing(), outcome.summary().openObligations(),
                Double.isNaN(othersCpu) ? "n/a" : String.format(Locale.ROOT, "%.1f CPU s", othersCpu));
    }

    private static AuditBenchmark.Pass fastest(List<AuditBenchmark.Pass> passes) {
        return passes.stream().min((a, b) -> Long.compare(a.nanos(), b.nanos())).orElseThrow();
    }

    /**
     * The CPU time other processes took while a pass ran: the machine's busy time from
     * {@code /proc/stat} less this JVM's own. On a shared machine it tells a disturbed pass from a
     * clean one. NaN where there is no {@code /proc/stat}.
     */
    private record OtherLoad(long busyAtStart, long ownAtStart) {
        private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

        static OtherLoad start() {
            return new OtherLoad(busyTicks(), ownNanos());
        }

        double cpuSeconds() {
            long busy = busyTicks();
            if (busy < 0 || busyAtStart < 0) {
                return Double.NaN;
            }
            return Math.max(0, (busy - busyAtStart) / TICKS_PER_SECOND - (ownNanos() - ownAtStart) / 1e9);
        }

        private static long busyTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal ...
                return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static long ownNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }
    }

    private static long maxPools(List<AuditBenchmark.Pass> passes) {
        return passes.stream().mapToLong(p -> p.heap().peakPoolsBytes()).max().orElse(0);
    }

    private static long maxAfterGc(List<AuditBenchmark.Pass> passes) {
        return passes.stream().mapToLong(p -> p.heap().peakAfterGcBytes()).max().orElse(0);
    }

    private static String times(List<AuditBenchmark.Pass> passes) {
        return passes.stream().map(p -> AuditBenchmark.seconds(p.nanos())).collect(Collectors.joining(", "));
    }

    /** The source registry of the engine's injector, with the file plugin's {@code jsonl} source. */
    static SourceRegistry registry() {
        return EngineModule.injector(Clock.system(ChatMessage.BANGKOK)).getInstance(SourceRegistry.class);
    }

    // --- what the generator planted ---

    /**
     * What the log holds, counted as it was written.
     *
     * @param obligations obligations opened: districts times orders
     * @param late obligations closed by a report after their deadline (one late finding each)
     * @param missing obligations never closed whose deadline passed by the last message (one missing finding each)
     * @param openAtEnd obligations never closed and not yet due at the last message
     * @param maxOpen the most obligations open after any one message, and {@code maxOpenAt} that message
     * @param meanOpen the mean number open after each message of the last 90% of the log
     */
    record Planted(long messages, long bytes, long orders, long reports, long others, int silentPairs, long obligations,
                   long onTime, long late, long missing, long openAtEnd, long maxOpen, long maxOpenAt, double meanOpen) {}

    /** The generator: roster, rule sets and log of the workload. */
    static final class Workload {
        static final int LATE_PERCENT = 2;
        /** The share of the messages that are orders and reports; the pace of time follows from it. */
        private static final double LOAD = 0.6;
        /** A group's next order comes no sooner than this many of its order's deadlines after it. */
        private static final double PERIOD = 1.3;
        private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
        private static final long START = LocalDateTime.of(2025, 10, 1, 7, 30).toEpochSecond(BANGKOK);
        private static final String TRIGGER_ROLES = "provincial_palad|volunteer_center_staff@province";
        private static final String PARTY_ROLES = "volunteer_center_staff@district|deputy_district_chief";

        /** A deadline an order may name; an empty phrase leaves the rule's default of 24 hours. */
        private record Deadline(int hours, String phrase, int weight) {}

        private static final List<Deadline> DEADLINES = List.of(new Deadline(24, "", 40), new Deadline(24, " ภายใน ๒๔ ชม.", 25),
                new Deadline(12, " ภายใน ๑๒ ชั่วโมง", 15), new Deadline(36, " ภายใน ๓๖ ชม.", 10), new Deadline(48, " ภายใน ๔๘ ชั่วโมง", 10));
        private static final String[] ACTIVITIES = {"ทำความสะอาดวัด", "ปลูกต้นไม้ริมทาง", "พัฒนาคูคลองสาธารณะ", "ซ่อมแซมถนนในหมู่บ้าน",
            "บริจาคโลหิต", "ตัดแต่งกิ่งไม้ริมถนน", "เก็บขยะริมหนองหาร", "ทาสีศาลาประชาคม"};
        private static final String[] ACKS = {"🙏", "🙏🙏🙏", "👍", "รับทราบครับ", "รับทราบค่ะ", "รับทราบครับ 🙏"};
        private static final String[] CHAT = {"สวัสดีครับ", "อรุณสวัสดิ์ครับทุกท่าน", "ขอบคุณครับ", "ขอบคุณมากค่ะ", "เดินทางปลอดภัยครับ",
            "ยินดีด้วยครับท่าน"};
        private static final String[] QUESTIONS = {"สอบถามครับ กิจกรรมนี้ใช้งบประมาณจากแหล่งใดครับ", "ส่งทางอีเมลได้ไหมครับ",
            "แบบฟอร์มที่ส่งมาเมื่อวาน มีฉบับแก้ไขไหมครับ", "ต้องแต่งกายชุดใดคะ?"};
        private static final String[] FIRST = {"สมชาย", "สมศักดิ์", "วีระ", "สุรชัย", "ธนากร", "อนุชา", "ณรงค์", "ปิยะ", "วิชัย", "บุญมี",
            "พิทักษ์", "อำนาจ", "สมหญิง", "มาลี", "สุภาพร", "วันเพ็ญ", "กาญจนา", "รัตนา", "พรทิพย์", "ดวงใจ"};
        private static final String[] LAST = {"ศรีสกล", "พิมพ์ทอง", "แก้วมณี", "บุญเรือง", "ใจดี", "สุขเจริญ", "ทองคำ", "ภูผาเงิน", "วงศ์ไชย",
            "อินทร์แก้ว", "จันทร์หอม", "คำภูแก้ว", "ศรีวงศ์", "นาคสวัสดิ์", "ไชยมงคล", "บุตรดี", "มีสุข", "ดวงแก้ว", "ทองดี", "พรหมวงศ์"};

        /** One person on the roster. */
        private record Person(String id, String fullName, String displayName, String role, String agency, String district) {}

        /** Something due at a message position: a group's order ({@code district < 0}) or a district's report. */
        private record Event(long due, long tie, int group, int district) {}

        private final int groups;
        private final int districts;
        private final int silentPairs;
        private final long seed;
        private final List<String> districtNames = new ArrayList<>();
        private final List<String> groupNames = new ArrayList<>();
        private final List<Person> province = new ArrayList<>();
        private final List<Person[]> reporters = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final int stepSpread;
        private final double slotsPerHour;

        Workload(int groups, int districts, int silentPairs, long seed) {
            this.groups = groups;
            this.districts = districts;
            this.silentPairs = silentPairs;
            this.seed = seed;
            List<String> real = Population.DISTRICTS;
            for (int d = 0; d < districts; d++) {
                districtNames.add(d < real.size() ? real.get(d) : real.get(d % real.size()) + " " + thaiNumber(d / real.size() + 1));
            }
            for (int g = 0; g < groups; g++) {
                groupNames.add("ศอ.จอส. กลุ่ม " + thaiNumber(g + 1));
            }
            province.add(person("provincial_palad", "ปลัดจังหวัดสกลนคร", "ที่ทำการปกครองจังหวัดสกลนคร", ""));
            for (int i = 0; i < 3; i++) {
                province.add(person("volunteer_center_staff", "ศอ.จอส.จว. " + FIRST[i], "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานจังหวัดสกลนคร", ""));
            }
            for (String district : districtNames) {
                reporters.add(new Person[] {
                    person("volunteer_center_staff", "จอส.อ." + district, "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานอำเภอ" + district, district),
                    person("deputy_district_chief", "ปลัดอำเภอ" + district, "ที่ว่าการอำเภอ" + district, district)});
            }
            // Time runs at the pace that lets each group's order come about every `period` messages,
            // with orders and reports `LOAD` of all messages.
            double meanHours = DEADLINES.stream().mapToDouble(d -> d.hours() * d.weight()).sum() / DEADLINES.stream().mapToInt(Deadline::weight).sum();
            double periodMessages = groups * (districts + 1.0) / LOAD;
            double secondsPerMessage = meanHours * 3600 / (periodMessages / PERIOD);
            this.stepSpread = (int) Math.max(1, Math.round(2 * secondsPerMessage - 1));
            this.slotsPerHour = 3600 / meanSecondsPerMessage();
        }

        private Person person(String role, String displayName, String agency, String district) {
            int n = people.size();
            String title = n % FIRST.length >= 12 ? "นาง" : "นาย";
            String full = title + FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length]
                    + (n >= FIRST.length * LAST.length ? " " + thaiNumber(n / (FIRST.length * LAST.length) + 1) : "");
            Person p = new Person(String.format(Locale.ROOT, "OBL-%05d", n + 1), full, displayName, role, agency, district);
            people.add(p);
            return p;
        }

        /** The mean seconds between two messages. */
        double meanSecondsPerMessage() {
            return (stepSpread + 1) / 2.0;
        }

        void writeRoster(Path file) throws IOException {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", Roster.HEADER) + "\n");
                for (Person p : people) {
                    out.write(String.join(",", p.id(), csv(p.fullName()), csv(p.displayName()), p.role(), csv(p.agency()), csv(p.district()), "", ""));
                    out.write('\n');
                }
            }
        }

        /** Writes a rule set folder: the obligation table only when {@code obligations}. */
        void writeRules(Path folder, boolean obligations) throws IOException {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve("obligations.csv"));
            write(folder.resolve("catalogue.csv"), "rule,kind,severity,title_th,title_en,th,en\n"
                    + "OBL-M,membership,high,สมาชิกกลุ่ม ศอ.จอส.,Members of a volunteer centre group,"
                    + "\"{actor} ({role_th}) อยู่ในกลุ่ม {group} ซึ่งรับเฉพาะ {eligible_th}\",\"{actor} ({role}) is in {group}, which admits only {eligible}\"\n"
                    + "OBL-P,posting,medium,การโพสต์ในกลุ่ม ศอ.จอส.,Posting in a volunteer centre group,"
                    + "\"{actor} ({role_th}) ส่ง{kind_th}ในกลุ่ม {group} ซึ่งให้ส่งได้เฉพาะ {allowed_th}\",\"{actor} ({role}) posted {kind_en} in {group}, where only {allowed} may\"\n"
                    + "OBL-O,obligation,high,ศอ.จอส.อำเภอต้องรายงานผลตามข้อสั่งการ,District volunteer centres must report after an order,"
                    + "\"อำเภอ{party}: {state_th} ตามข้อสั่งการในกลุ่ม {group} ({order}) กำหนดภายใน {deadline}\","
                    + "\"District {party}: {state_en} to the order in {group} ({order}), due {deadline_en}\"\n");
            StringBuilder groupRows = new StringBuilder("group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule\n");
            StringBuilder postingRows = new StringBuilder("rule,group,kinds,allowed_roles,note\n");
            StringBuilder obligationRows = new StringBuilder("rule,group,trigger_kinds,trigger_roles,trigger_phrase,party_roles,fulfil_kinds,default_deadline,note\n");
            for (String group : groupNames) {
                groupRows.append(group).append(",OBL-M,provincial_palad|volunteer_center_staff|deputy_district_chief,,,\n");
                postingRows.append("OBL-P,").append(group).append(",order,").append(TRIGGER_ROLES).append(",ศอ.จอส.จังหวัดสั่งการ\n");
                postingRows.append("OBL-P,").append(group).append(",report,").append(PARTY_ROLES).append(",ศอ.จอส.อำเภอรายงานผล\n");
                obligationRows.append("OBL-O,").append(group).append(",order,").append(TRIGGER_ROLES).append(",รายงาน,").append(PARTY_ROLES)
                        .append(",report,24h,ศอ.จอส.อำเภอทุกอำเภอต้องรายงานภายในกำหนด\n");
            }
            write(folder.resolve("groups.csv"), groupRows.toString());
            write(folder.resolve("posting.csv"), postingRows.toString());
            if (obligations) {
                write(folder.resolve("obligations.csv"), obligationRows.toString());
            }
            write(folder.resolve("classification.csv"), """
                    kind,match,pattern,note
                    acknowledgement,only,🙏👍👌🙇✅,อีโมจิล้วน
                    acknowledgement,type,sticker,สติกเกอร์
                    report,starts-with,รายงาน,
                    report,starts-with,ขอรายงาน,
                    report,starts-with,ผลการปฏิบัติ,
                    report,regex,"^อำเภอ\\S{0,20}\\s*(ขอ)?รายงาน",อำเภอ… รายงาน
                    order,regex,ที่\\s*(มท|สน)\\s*[๐-๙0-9]{4},เลขที่หนังสือราชการ
                    order,contains,ข้อสั่งการ,
                    order,contains,ขอให้,
                    order,contains,ถือปฏิบัติ,
                    incident,contains,เหตุด่วน,
                    acknowledgement,contains,รับทราบ,
                    question,contains,สอบถาม,
                    question,ends-with,?,
                    question,contains,ไหมครับ,
                    pr,contains,ประชาสัมพันธ์,
                    report,contains,รายงาน,
                    report,type,image,ภาพถ่ายผลการปฏิบัติงาน
                    """);
        }

        private static void write(Path file, String content) throws IOException {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }

        /** Writes {@code messages} messages to {@code file} and returns what the audit must find in them. */
        Planted writeLog(Path file, long messages) throws IOException {
            return new LogWriter(new Random(seed ^ 0x0B1L)).write(file, messages);
        }

        /** One pass of writing the log, with its books. */
        private final class LogWriter {
            private final Random random;
            private final StringBuilder line = new StringBuilder(512);
            private final PriorityQueue<Event> due = new PriorityQueue<>(
                    (a, b) -> a.due() != b.due() ? Long.compare(a.due(), b.due()) : Long.compare(a.tie(), b.tie()));
            /** From which message on each group-district pair no longer answers (Long.MAX_VALUE: never). */
            private final long[] silentFrom = new long[groups * districts];
            /** The deadlines (epoch seconds) of each pair's open obligations. */
            private final long[][] open = new long[groups * districts][];
            private final int[] openCount = new int[groups * districts];
            private final long[] roundStart = new long[groups];
            private final long[] roundPeriod = new long[groups];
            private final int[] answersDue = new int[groups];
            private final String[] lastOrder = new String[groups];
            private long ties;
            private long time = START;
            private long position;
            private long orders;
            private long reports;
            private long others;
            private long obligations;
            private long onTime;
            private long late;
            private long openNow;
            private long maxOpen;
            private long maxOpenAt;
            private double openSum;
            private long openSamples;

            LogWriter(Random random) {
                this.random = random;
            }

            Planted write(Path file, long messages) throws IOException {
                Arrays.fill(silentFrom, Long.MAX_VALUE);
                int[] pairs = new int[groups * districts];
                Arrays.setAll(pairs, i -> i);
                for (int i = 0; i < silentPairs; i++) {
                    int j = i + random.nextInt(pairs.length - i);
                    int pair = pairs[j];
                    pairs[j] = pairs[i];
                    pairs[i] = pair;
                    silentFrom[pair] = (long) (random.nextDouble() * messages);
                }
                double meanPeriod = groups * (districts + 1.0) / LOAD;
                for (int g = 0; g < groups; g++) {
                    schedule((long) (g * meanPeriod / groups), g, -1);
                }
                long steady = messages / 10;
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                    for (long i = 0; i < messages; i++) {
                        position = i + 1;
                        time += 1 + random.nextInt(stepSpread);
                        Event next = due.peek();
                        if (next != null && next.due() <= i) {
                            due.poll();
                            if (next.district() < 0) {
                                order(next.group(), i);
                            } else {
                                report(next.group(), next.district(), i);
                            }
                        } else {
                            other();
                        }
                        out.append(line).append('\n');
                        if (openNow > maxOpen) {
                            maxOpen = openNow;
                            maxOpenAt = position;
                        }
                        if (i >= steady) {
                            openSum += openNow;
                            openSamples++;
                        }
                    }
                }
                long missing = 0;
                for (int pair = 0; pair < open.length; pair++) {
                    for (int k = 0; k < openCount[pair]; k++) {
                        if (open[pair][k] <= time) {
                            missing++;
                        }
                    }
                }
                return new Planted(messages, Files.size(file), orders, reports, others, silentPairs, obligations, onTime, late, missing,
                        openNow - missing, maxOpen, maxOpenAt, openSamples == 0 ? 0 : openSum / openSamples);
            }

            private void schedule(long at, int group, int district) {
                due.add(new Event(at, ties++, group, district));
            }

            private void order(int g, long i) {
                orders++;
                Deadline deadline = pickDeadline();
                Person sender = random.nextInt(5) == 0 ? province.get(0) : province.get(1 + random.nextInt(province.size() - 1));
                String activity = pick(ACTIVITIES);
                String text = random.nextBoolean()
                        ? "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ดำเนินกิจกรรมจิตอาสา" + activity + " และรายงานผลพร้อมภาพถ่าย" + deadline.phrase()
                        : "ที่ สน ๐๐๑๗." + thaiNumber(1 + random.nextInt(4)) + "/ว " + thaiNumber(100 + random.nextInt(900))
                                + " ขอให้ ศอ.จอส.อำเภอ เตรียมจิตอาสาร่วมกิจกรรม" + activity + " แล้วรายงานผลให้จังหวัดทราบ" + deadline.phrase();
                start(g, sender, "text");
                field("text", text);
                end();
                lastOrder[g] = "m" + position;

                long deadlineAt = time + deadline.hours() * 3600L;
                double deadlineSlots = deadline.hours() * slotsPerHour;
                int answers = 0;
                for (int d = 0; d < districts; d++) {
                    int pair = g * districts + d;
                    add(pair, deadlineAt);
                    if (silentFrom[pair] <= i) {
                        continue;
                    }
                    // Most answer late in the day but in time; a few after the deadline.
                    double share = random.nextInt(100) < LATE_PERCENT ? 1.05 + 0.2 * random.nextDouble()
                            : 0.1 + 0.8 * Math.sqrt(random.nextDouble());
                    schedule(i + Math.max(1, (long) (share * deadlineSlots)), g, d);
                    answers++;
                }
                obligations += districts;
                openNow += districts;
                roundStart[g] = i;
                roundPeriod[g] = (long) (PERIOD * deadlineSlots);
                answersDue[g] = answers;
                if (answers == 0) {
                    schedule(i + roundPeriod[g], g, -1);
                }
            }

            private void add(int pair, long deadline) {
                if (open[pair] == null) {
                    open[pair] = new long[2];
                } else if (openCount[pair] == open[pair].length) {
                    open[pair] = Arrays.copyOf(open[pair], open[pair].length * 2);
                }
                open[pair][openCount[pair]++] = deadline;
            }

            private void report(int g, int d, long i) {
                reports++;
                String district = districtNames.get(d);
                Person sender = reporters.get(d)[random.nextInt(2)];
                String activity = pick(ACTIVITIES);
                int r = random.nextInt(100);
                if (r < 35) {
                    start(g, sender, "image");
                    if (r < 25) {
                        field("text", "ภาพกิจกรรม" + activity + " อำเภอ" + district);
                    }
                } else {
                    start(g, sender, "text");
                    field("text", r < 70 ? "รายงานผลการปฏิบัติงาน อำเภอ" + district + " กิจกรรม" + activity + " มีจิตอาสาเข้าร่วม "
                            + thaiNumber(20 + random.nextInt(300)) + " คน" : "ผลการปฏิบัติงานจิตอาสา อำเภอ" + district + " " + activity);
                }
                if (random.nextInt(4) == 0) {
                    field("replyTo", lastOrder[g]);
                }
                end();
                // A report closes every open obligation of its district in its group.
                int pair = g * districts + d;
                for (int k = 0; k < openCount[pair]; k++) {
                    if (time > open[pair][k]) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
                openNow -= openCount[pair];
                openCount[pair] = 0;
                if (--answersDue[g] == 0) {
                    schedule(Math.max(roundStart[g] + roundPeriod[g], i + 1 + random.nextInt(200)), g, -1);
                }
            }

            private void other() {
                others++;
                int g = random.nextInt(groups);
                Person sender = random.nextInt(100) < 85 ? reporters.get(random.nextInt(districts))[random.nextInt(2)] : pick(province);
                int r = random.nextInt(100);
                if (r < 12) {
                    start(g, sender, "sticker");
                } else {
                    start(g, sender, "text");
                    field("text", r < 45 ? pick(ACKS) : r < 80 ? pick(CHAT) : pick(QUESTIONS));
                }
                if (r < 45 && lastOrder[g] != null && random.nextBoolean()) {
                    field("replyTo", lastOrder[g]);
                }
                end();
            }

            private Deadline pickDeadline() {
                int r = random.nextInt(DEADLINES.stream().mapToInt(Deadline::weight).sum());
                for (Deadline deadline : DEADLINES) {
                    r -= deadline.weight();
                    if (r < 0) {
                        return deadline;
                    }
                }
                throw new IllegalStateException();
            }

            private <T> T pick(T[] values) {
                return values[random.nextInt(values.length)];
            }

            private <T> T pick(List<T> values) {
                return values.get(random.nextInt(values.size()));
            }

            private void start(int group, Person sender, String type) {
                line.setLength(0);
                line.append("{\"id\":\"m").append(position).append('"');
                field("group", groupNames.get(group));
                line.append(",\"time\":\"");
                LocalDateTime t = LocalDateTime.ofEpochSecond(time, 0, BANGKOK);
                line.append(t.getYear()).append('-');
                two(t.getMonthValue()).append('-');
                two(t.getDayOfMonth()).append('T');
                two(t.getHour()).append(':');
                two(t.getMinute()).append(':');
                two(t.getSecond()).append("+07:00\"");
                field("sender", random.nextInt(10) == 0 ? sender.fullName() : sender.displayName());
                field("type", type);
            }

            private StringBuilder two(int value) {
                return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
            }

            private void field(String name, String value) {
                line.append(",\"").append(name).append("\":\"");
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"' || c == '\\') {
                        line.append('\\');
                    }
                    line.append(c);
                }
                line.append('"');
            }

            private void end() {
                line.append('}');
            }
        }

        private static String csv(String value) {
            return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
        }
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

        boolean agreesWith(Planted planted) {
            return onTime == planted.onTime() && late == planted.late() && missing == planted.missing() && open == planted.openAtEnd()
                    && maxOpen == planted.maxOpen() && maxOpenAt == planted.maxOpenAt();
        }
    }
}
