package dev.rabiap.bench;

import static dev.rabiap.bench.BenchArgs.mb;
import static dev.rabiap.bench.BenchArgs.seconds;
import static dev.rabiap.bench.BenchArgs.times;

import dev.rabiap.bench.BenchArgs.Pass;
import dev.rabiap.bench.plain.PlainPost;
import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingSink;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.internal.PolicyTables;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Rabiap's decision path against plain Drools, in one JVM, on the same posts: the log of
 * {@link AuditBenchmark} (six Sakon Nakhon groups, 499 people, 5% posting and 2% membership
 * violations) is read and classified once, untimed; then each engine decides every post, taking
 * turns, and the benchmark reports posts per second of each and their ratio, checks that both made
 * the same decisions, and times single decisions on the live path (a batch of one).
 *
 * <ul>
 *   <li><b>Rabiap</b>: the bundled Sakon Nakhon rule set without its obligations table (the posting
 *       and membership rules: the generic rule files and the tables), an {@link Audit} per pass fed
 *       the posts with {@link Audit#judge}; findings as the audit makes them, texts and all.</li>
 *   <li><b>Plain Drools</b>: {@link PlainDrools}, one hand-written rule file making the same
 *       decisions on plain facts, classic compiler unless {@code --peer exec}.</li>
 * </ul>
 *
 * <pre>
 * java -cp 'bench/target/rabiap-bench.jar:bench/target/lib/*' dev.rabiap.bench.DecisionBenchmark [options]
 * </pre>
 *
 * The options are those of {@link Cli}; {@code --help} lists them. Exit status: 0 when both
 * engines made the same decisions, 1 when not, 2 for a usage error or a failure. Speed is
 * reported, never judged.
 */
public final class DecisionBenchmark {
    /** Rabiap ÷ plain Drools, the goal of issue 17. */
    static final double GOAL = 1.5;

    private DecisionBenchmark() {}

    /** The command line, parsed. */
    record Options(long messages, Path dir, int runs, int warmup, int latency, PlainDrools.Compiler peer, long seed) {
        Path roster() {
            return dir.resolve("roster.csv");
        }

        Path log() {
            return dir.resolve("messages-" + messages + ".jsonl");
        }
    }

    /** How {@code --peer} names the plain rule file's compiler. */
    enum Peer {
        classic(PlainDrools.Compiler.CLASSIC),
        exec(PlainDrools.Compiler.EXECUTABLE_MODEL);

        final PlainDrools.Compiler compiler;

        Peer(PlainDrools.Compiler compiler) {
            this.compiler = compiler;
        }
    }

    /** The command line. */
    @Command(name = "DecisionBenchmark", description = "Times Rabiap's decisions against a plain Drools session's on the same posts.")
    static final class Cli extends BenchCommand {
        @Option(names = "--latency", paramLabel = "N", converter = CommonArgs.Count.class, description = "posts timed one by one on the live path; 0 for none")
        long latency = 200_000;

        @Option(names = "--peer", paramLabel = "P", description = "how the plain rule file is compiled: ${COMPLETION-CANDIDATES}")
        Peer peer = Peer.classic;

        Cli(PrintStream out) {
            super(CommonArgs.generatedLog("rabiap-bench", "where roster.csv and messages-N.jsonl are (written when missing)")
                    .runs(5, "passes of each engine whose median is reported").warmup(3, "warm-up passes of each engine"), out);
        }

        Options options() {
            long messages = common.messages();
            int runs = common.runs();
            if (common.warmup() < 0) {
                throw common.usage("--warmup must not be negative");
            }
            if (latency < 0) {
                throw common.usage("--latency must not be negative");
            }
            return new Options(messages, common.dir(), runs, (int) common.warmup(), (int) latency, peer.compiler, common.seed());
        }

        @Override
        public Integer call() throws IOException {
            return measure(options(), out).same() ? 0 : 1;
        }
    }

    /** What one invocation measured. */
    record Report(long posts, double rabiap, double plain, boolean same, long[] rabiapLatency, long[] plainLatency) {
        double ratio() {
            return rabiap / plain;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return CommonArgs.execute(new Cli(out), args);
    }

    /** The posting and membership rules: the bundled Sakon Nakhon rule set without its obligations table. */
    static RuleSet rules() {
        List<RuleFile> files = RuleSet.bundled(AuditBenchmark.RULE_SET).files().stream()
                .filter(file -> !file.name().equals("obligations.csv")).toList();
        return RuleSet.of(AuditBenchmark.RULE_SET + " posting and membership", files);
    }

    static Report measure(Options options, PrintStream out) throws IOException {
        BenchArgs.header(out, "Rabiap decision benchmark: Rabiap's engine against plain Drools");
        Files.createDirectories(options.dir());
        if (!Files.isRegularFile(options.log()) || !Files.isRegularFile(options.roster())) {
            long start = System.nanoTime();
            Population population = new Population(options.seed());
            population.write(options.roster());
            LogGenerator.Stats stats = new LogGenerator(population, options.seed()).write(options.log(), options.messages());
            out.printf(Locale.ROOT, "log            %s: %,d messages written in %s%n", options.log(), stats.messages(),
                    seconds(System.nanoTime() - start));
        } else {
            out.printf(Locale.ROOT, "log            %s (%s)%n", options.log(), mb(Files.size(options.log())));
        }

        RuleSet rules = rules();
        Roster roster = Roster.load(options.roster());
        PolicyEngine engine = PolicyEngine.builder().rules(rules).roster(roster).build();
        PolicyTables.Policy policy = PolicyTables.read(rules, roster, new ArrayList<>());
        Set<String> capRules = new HashSet<>();
        for (GroupPolicy group : policy.groups()) {
            if (group.getCapRule() != null) {
                capRules.add(group.getCapRule());
            }
        }
        long start = System.nanoTime();
        List<Post> posts = new ArrayList<>();
        SourceRegistry registry = ObligationBenchmark.registry();
        long messages;
        try (MessageSource source = registry.open(new SourceInput(options.log().toString()), "jsonl", Map.of(), new dev.rabiap.engine.spi.SourceContext() {
            @Override
            public void skipped(dev.rabiap.engine.spi.Evidence where, String reason) {
            }

            @Override
            public java.time.Clock clock() {
                return java.time.Clock.system(dev.rabiap.engine.spi.ChatMessage.BANGKOK);
            }
        })) {
            messages = engine.posts(List.of(source), posts::add);
        }
        out.printf(Locale.ROOT, "posts          %,d messages read and classified into %,d posts in %s (untimed)%n", messages, posts.size(),
                seconds(System.nanoTime() - start));

        // Each engine's input made in one loop, as the plain facts are: posts read from a file lie
        // scattered among the messages they were made from, which a live audit's fresh posts never do.
        List<Post> read = posts;
        posts = new ArrayList<>(read.size());
        for (Post post : read) {
            posts.add(new Post(post.getSeq(), post.getParts(), post.getMessage(), post.getGroup(), post.getKind(), post.getSender(),
                    post.getTargetResolution(), post.getOrder(), post.isAnswering()));
        }
        read = null;
        PlainDrools plain = new PlainDrools(policy, options.peer());
        List<PlainPost> facts = new ArrayList<>(posts.size());
        for (Post post : posts) {
            facts.add(plain.fact(post));
        }
        out.printf(Locale.ROOT, "engines        Rabiap: %s, rule set version %s; plain Drools: one rule file, %s compiler%n",
                rules.name(), engine.rules().version(), options.peer() == PlainDrools.Compiler.CLASSIC ? "classic" : "executable model");

        // the same decisions?
        List<String> rabiapDecisions = rabiap(engine, posts, AuditOptions.DEFAULTS, capRules);
        List<String> plainDecisions = new ArrayList<>(plain.decide(facts, AuditOptions.DEFAULTS.batchSize()).made());
        rabiapDecisions.sort(null);
        plainDecisions.sort(null);
        boolean same = rabiapDecisions.equals(plainDecisions);
        out.printf(Locale.ROOT, "decisions      Rabiap %,d, plain Drools %,d (posting and membership findings, capacity notes left out): %s%n",
                rabiapDecisions.size(), plainDecisions.size(), same ? "the same" : "DIFFERENT");
        if (!same) {
            List<String> onlyRabiap = new ArrayList<>(rabiapDecisions);
            onlyRabiap.removeAll(new HashSet<>(plainDecisions));
            List<String> onlyPlain = new ArrayList<>(plainDecisions);
            onlyPlain.removeAll(new HashSet<>(rabiapDecisions));
            out.printf(Locale.ROOT, "               only Rabiap: %s%n               only plain: %s%n",
                    onlyRabiap.subList(0, Math.min(5, onlyRabiap.size())), onlyPlain.subList(0, Math.min(5, onlyPlain.size())));
        }

        long warmStart = System.nanoTime();
        for (int i = 0; i < options.warmup(); i++) {
            plain.decide(facts, AuditOptions.DEFAULTS.batchSize());
            rabiap(engine, posts, AuditOptions.DEFAULTS, capRules);
        }
        out.printf(Locale.ROOT, "warm-up        %d x (plain Drools + Rabiap) in %s%n", options.warmup(), seconds(System.nanoTime() - warmStart));

        HeapWatch heap = new HeapWatch();
        List<Pass> plainPasses = new ArrayList<>();
        List<Pass> rabiapPasses = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            System.gc();
            heap.reset();
            long t = System.nanoTime();
            plain.decide(facts, AuditOptions.DEFAULTS.batchSize());
            plainPasses.add(new Pass(posts.size(), System.nanoTime() - t, heap.usage()));
            System.gc();
            heap.reset();
            t = System.nanoTime();
            rabiap(engine, posts, AuditOptions.DEFAULTS, capRules);
            rabiapPasses.add(new Pass(posts.size(), System.nanoTime() - t, heap.usage()));
            out.printf(Locale.ROOT, "run %d          plain Drools %,.0f posts/s, Rabiap %,.0f posts/s%n", run,
                    plainPasses.get(run - 1).rate(), rabiapPasses.get(run - 1).rate());
        }

        long[] rabiapLatency = new long[0];
        long[] plainLatency = new long[0];
        if (options.latency() > 0) {
            int n = Math.min(options.latency(), posts.size());
            List<Post> some = posts.subList(0, n);
            List<PlainPost> someFacts = facts.subList(0, n);
            for (int i = 0; i < 2; i++) {
                plain.decide(someFacts, 1);
                rabiapTimed(engine, some, new long[n]);
            }
            plainLatency = new long[n];
            rabiapLatency = new long[n];
            plain.decide(someFacts, 1, plainLatency);
            rabiapTimed(engine, some, rabiapLatency);
            Arrays.sort(plainLatency);
            Arrays.sort(rabiapLatency);
        }

        Pass plainMedian = BenchArgs.median(plainPasses);
        Pass rabiapMedian = BenchArgs.median(rabiapPasses);
        Report report = new Report(posts.size(), rabiapMedian.rate(), plainMedian.rate(), same, rabiapLatency, plainLatency);
        out.println();
        out.printf(Locale.ROOT, "RESULTS (median of %d run%s, %,d posts of %,d messages)%n", options.runs(), options.runs() == 1 ? "" : "s",
                posts.size(), messages);
        out.printf(Locale.ROOT, "plain Drools         %,.0f posts/s  (%s)%n", plainMedian.rate(), seconds(plainMedian.nanos()));
        out.printf(Locale.ROOT, "Rabiap               %,.0f posts/s  (%s)%n", rabiapMedian.rate(), seconds(rabiapMedian.nanos()));
        out.printf(Locale.ROOT, "Rabiap / plain       %.2f (goal >= %.1f: %s)%n", report.ratio(), GOAL, report.ratio() >= GOAL ? "met" : "missed");
        out.printf(Locale.ROOT, "elapsed, plain       %s%n", times(plainPasses));
        out.printf(Locale.ROOT, "elapsed, Rabiap      %s%n", times(rabiapPasses));
        if (plainLatency.length > 0) {
            out.printf(Locale.ROOT, "live path, plain     p50 %.2f us, p99 %.2f us, p99.9 %.2f us per post (batch of one, %,d posts)%n",
                    quantile(plainLatency, 0.50), quantile(plainLatency, 0.99), quantile(plainLatency, 0.999), plainLatency.length);
            out.printf(Locale.ROOT, "live path, Rabiap    p50 %.2f us, p99 %.2f us, p99.9 %.2f us per post (batch of one, %,d posts)%n",
                    quantile(rabiapLatency, 0.50), quantile(rabiapLatency, 0.99), quantile(rabiapLatency, 0.999), rabiapLatency.length);
        }
        out.printf(Locale.ROOT, "VERDICT: %s - Rabiap at %.2f x plain Drools (goal >= %.1f: %s)%n", same ? "SAME DECISIONS" : "DIFFERENT DECISIONS",
                report.ratio(), GOAL, report.ratio() >= GOAL ? "met" : "missed");
        return report;
    }

    /** Rabiap's decisions on the posts: one audit, every post judged, the findings as rule|post|person|name. */
    static List<String> rabiap(PolicyEngine engine, List<Post> posts, AuditOptions options, Set<String> capRules) {
        List<String> decisions = new ArrayList<>();
        FindingSink sink = new FindingSink() {
            @Override
            public void accept(Finding finding) {
                if (!capRules.contains(finding.ruleId())) {
                    decisions.add(finding.ruleId() + '|' + finding.sequence() + '|' + (finding.personId() == null ? "" : finding.personId()) + '|'
                            + (finding.actor() == null ? "" : finding.actor()));
                }
            }
        };
        try (Audit audit = engine.newAudit(sink, options)) {
            for (Post post : posts) {
                audit.judge(post);
            }
            audit.finish();
        }
        return decisions;
    }

    /** Rabiap on the live path: a batch of one, each post timed. */
    private static void rabiapTimed(PolicyEngine engine, List<Post> posts, long[] nanos) {
        try (Audit audit = engine.newAudit(finding -> { }, AuditOptions.DEFAULTS.batchSize(1))) {
            for (int i = 0; i < posts.size(); i++) {
                long start = System.nanoTime();
                audit.judge(posts.get(i));
                nanos[i] = System.nanoTime() - start;
            }
            audit.finish();
        }
    }

    static double quantile(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000.0;
    }
}
