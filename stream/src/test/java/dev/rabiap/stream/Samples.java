package dev.rabiap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bundled samples and scenarios, each with the batch audit's findings and ledger computed here,
 * on the same input, to compare the topology's with.
 */
final class Samples {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.system(ChatMessage.BANGKOK);
    private static SourceRegistry registry;

    private Samples() {}

    /** A sample: a rule set, a roster, inputs read as one log, and the time it is judged at (null: the last message's). */
    record Case(String name, String ruleSet, Path roster, List<Path> inputs, ZonedDateTime asOf) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The outcome of an audit as records: findings (JSON without the rule set fields) and the ledger by duty. */
    record Outcome(TreeSet<String> findings, TreeMap<String, String> ledger) {}

    static Path repository(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }

    static synchronized SourceRegistry registry() {
        if (registry == null) {
            registry = EngineModule.injector(CLOCK).getInstance(SourceRegistry.class);
        }
        return registry;
    }

    static List<Case> all() throws IOException {
        Path samples = repository("samples/roster.csv").getParent();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("sakon-nakhon", "sakon-nakhon", samples.resolve("roster.csv"), List.of(samples.resolve("sakon-nakhon.jsonl")), null));
        cases.add(new Case("line-exports", "sakon-nakhon", samples.resolve("roster.csv"), sorted(samples.resolve("line"), ".txt"), null));
        cases.add(new Case("line-jsonl", "sakon-nakhon", samples.resolve("roster.csv"), List.of(samples.resolve("line/same-messages.jsonl")), null));
        cases.add(new Case("mail", "sakon-nakhon", samples.resolve("roster.csv"), List.of(samples.resolve("mail/sakon-nakhon.mbox")), null));
        cases.add(new Case("lamphun", "lamphun-pr", samples.resolve("lamphun/roster.csv"), Stream.of("account-2561-02.jsonl", "province.jsonl",
                "districts.jsonl", "local.jsonl", "account-2561-03.jsonl").map(f -> samples.resolve("lamphun").resolve(f)).toList(), null));
        cases.add(new Case("phrae", "phrae-gcc", samples.resolve("phrae/roster.csv"), Stream.of("gcc2.jsonl", "gcc3.jsonl", "report.jsonl")
                .map(f -> samples.resolve("phrae").resolve(f)).toList(), null));
        cases.add(new Case("moi", "moi-mahadthai", samples.resolve("moi/roster.csv"), Stream.of("followers.jsonl", "answers.survey.csv",
                "circular.jsonl").map(f -> samples.resolve("moi").resolve(f)).toList(), LocalDateTime.parse("2018-10-20T17:00").atZone(ChatMessage.BANGKOK)));
        for (String week : List.of("skn-week-a", "skn-week-b", "skn-week-e", "skn-week-g", "skn-week-aj", "skn-week-bb", "skn-week-bg", "skn-week-bh", "skn-week-bl")) {
            Path folder = samples.resolve(week);
            List<Path> inputs = new ArrayList<>(sorted(folder, ".jsonl"));
            inputs.addAll(sorted(folder, ".txt"));
            cases.add(new Case(week, "sakon-nakhon", folder.resolve("roster.csv"), inputs, null));
        }
        Path scenarios = repository("rules/scenarios/sakon-nakhon/roster.csv").getParent();
        try (Stream<Path> folders = Files.list(scenarios)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                cases.add(new Case("scenario " + folder.getFileName(), "sakon-nakhon", scenarios.resolve("roster.csv"),
                        List.of(folder.resolve("messages.jsonl")), null));
            }
        }
        return cases;
    }

    private static List<Path> sorted(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static PolicyEngine engine(Case sample) {
        return PolicyEngine.builder().rules(RuleSet.bundled(sample.ruleSet())).roster(Roster.load(sample.roster())).clock(CLOCK).build();
    }

    /** Opens the sample's inputs with the plugins, as {@code rabiap audit} does. */
    static List<MessageSource> open(Case sample, SourceContext context) throws IOException {
        List<MessageSource> sources = new ArrayList<>();
        for (Path input : sample.inputs()) {
            sources.add(registry().open(new SourceInput(input.toString()), null, Map.of(), context));
        }
        return sources;
    }

    /** The context {@code rabiap publish --roster} reads the sample's inputs in: with the roster's names. */
    static SourceContext context(Case sample) {
        Roster roster = Roster.load(sample.roster());
        return new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {}

            @Override
            public Clock clock() {
                return CLOCK;
            }

            @Override
            public java.util.Collection<String> knownNames() {
                return roster.displayNames();
            }
        };
    }

    /** The batch audit of the sample, as {@code rabiap audit --keep-going --ledger} runs it. */
    static Outcome batch(Case sample, PolicyEngine engine) throws IOException {
        List<Finding> findings = new ArrayList<>();
        AuditOptions options = AuditOptions.DEFAULTS.keepingGoing().withLedger();
        if (sample.asOf() != null) {
            options = options.asOf(sample.asOf());
        }
        AuditSummary summary;
        try (Audit audit = engine.newAudit(findings::add, options)) {
            List<MessageSource> sources = open(sample, audit.sourceContext());
            try {
                audit.read(sources);
            } finally {
                for (MessageSource source : sources) {
                    source.close();
                }
            }
            summary = audit.finish();
        }
        TreeSet<String> found = new TreeSet<>();
        for (Finding finding : findings) {
            found.add(comparable(Records.finding(finding, "", "")));
        }
        TreeMap<String, String> ledger = new TreeMap<>();
        for (LedgerEntry entry : summary.ledger()) {
            ledger.put(Records.dutyKey(entry), comparableLedger(Records.ledger(entry, "")));
        }
        return new Outcome(found, ledger);
    }

    /** A finding record without the rule set fields. */
    static String comparable(byte[] finding) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(finding);
            node.remove("ruleSet");
            node.remove("ruleSetVersion");
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ledger record without the rule set version. */
    static String comparableLedger(byte[] entry) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(entry);
            node.remove("ruleSetVersion");
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
