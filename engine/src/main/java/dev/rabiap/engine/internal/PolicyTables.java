package dev.rabiap.engine.internal;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RegistryPolicy;
import dev.rabiap.engine.rule.RuleText;
import dev.rabiap.engine.thai.WorkingCalendar;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a rule set's policy tables, each by its own reader ({@link CatalogueTable},
 * {@link GroupsTable}, {@link PostingTable}, {@link ObligationsTable}, {@link CoverageTable},
 * {@link RegistryTable}, {@link ClassificationTable}, …) in the order their references need. Every
 * problem is collected with its file and line, so that a policy officer sees all of them at once.
 */
public final class PolicyTables {
    /** The shared classification table every rule set starts from (its own rows are tried first). */
    public static final String BASE_CLASSIFICATION = "base-classification.csv";
    /**
     * Whether a file holds shared labelled example posts every rule set starts from: {@code
     * base-examples.jsonl} and {@code base-examples-*.jsonl} (from {@code rabiap/base/examples*.jsonl},
     * kept in files of under 2 MiB each), read in the order of the generic index.
     */
    public static boolean isBaseExamples(String fileName) {
        return fileName.equals("base-examples.jsonl") || fileName.startsWith("base-examples-") && fileName.endsWith(".jsonl");
    }

    /**
     * The checked content of the tables.
     *
     * @param roles the role catalogue: the engine's roles and the rule set's own
     * @param kinds the kinds posts are classified as
     * @param postGap how long after a text its sender's photos and files still belong to it
     * @param addressees whom an order names, read against the roster the tables were read against: made once for every
     *     audit of the engine, not once an audit
     */
    public record Policy(Map<String, RuleText> catalogue, List<GroupPolicy> groups, List<PostingPolicy> posting,
                         List<ObligationPolicy> obligations, List<CoveragePolicy> coverage, List<RegistryPolicy> registry, Classifier classifier,
                         WorkingCalendar calendar, Roles roles, Kinds kinds, Duration postGap,
                         dev.rabiap.engine.Provenance provenance, Addressees.Shared addressees) {}

    /** How many trained models are kept: one for each rule set's examples in use, as a rule set and its last versions. */
    private static final int MODELS_KEPT = 4;
    /** The models last trained, by the examples they were trained on (the same examples make the same model). */
    private static final Map<Object, KindModel> MODELS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, KindModel> eldest) {
            return size() > MODELS_KEPT;
        }
    };

    private PolicyTables() {}

    /**
     * The model of these examples: trained once, and then the same model for every engine built on
     * the same examples (a server's reloads, an instance's new roster, a test's engines), instead of
     * training again. A model is only read once trained.
     */
    static KindModel model(List<KindModel.Example> examples) {
        return kept(List.copyOf(examples), () -> KindModel.train(examples));
    }

    /** The model the build stored as {@code resource}, read once and then kept as {@link #model} keeps those it trains. */
    private static KindModel stored(String resource) {
        return kept(resource, () -> {
            try (java.io.InputStream in = PolicyTables.class.getClassLoader().getResourceAsStream(resource)) {
                return KindModel.read(in.readAllBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the stored model " + resource + " cannot be read", e);
            }
        });
    }

    private static KindModel kept(Object key, java.util.function.Supplier<KindModel> make) {
        synchronized (MODELS) {
            KindModel known = MODELS.get(key);
            if (known != null) {
                return known;
            }
        }
        KindModel made = make.get();
        synchronized (MODELS) {
            MODELS.put(key, made);
        }
        return made;
    }

    /** Where the build leaves the model of the bundled examples: {@code rabiap/compiled/model-KEY.bin}. */
    public static String bundledModelResource(String key) {
        return RuleBaseCache.BUNDLED + "model-" + key + ".bin";
    }

    /**
     * The model the build stored for example files of exactly this content ({@link KindModel#sourceKey}),
     * when there is one: a rule set with the bundled examples then reads it, a few tens of milliseconds,
     * where parsing the examples took a third of a second and training them most of a second of a short
     * audit's start. Null when the build stored none for them.
     */
    private static String storedModel(RuleSet rules, boolean base) {
        String resource = bundledModelResource(exampleFilesKey(rules, base));
        return PolicyTables.class.getClassLoader().getResource(resource) == null ? null : resource;
    }

    /** The {@link KindModel#sourceKey} of a rule set's example files, in the order {@link #examples} reads them. */
    private static String exampleFilesKey(RuleSet rules, boolean base) {
        List<String> contents = new ArrayList<>();
        RuleFile own = rules.file("examples.jsonl");
        contents.add(own == null ? "" : own.content());
        if (base) {
            for (RuleFile file : rules.files()) {
                if (isBaseExamples(file.name())) {
                    contents.add(file.content());
                }
            }
        }
        return KindModel.sourceKey(contents);
    }

    /** The key under which the build stores the model of a bundled rule set's examples ({@link #bundledModelResource}). */
    public static String bundledModelKey(RuleSet rules) {
        return exampleFilesKey(rules, usesBase(SettingsTable.read(new TableContext(Roster.empty()), rules)));
    }

    /** The labelled examples a rule set's classifier learns from: its own, then (unless it says {@code classification_base=no}) the shared ones. */
    static List<KindModel.Example> examples(TableContext t, RuleSet rules, boolean base) {
        List<KindModel.Example> examples = new ArrayList<>(ExamplesFile.read(t, rules, "examples.jsonl"));
        if (base) {
            for (RuleFile file : rules.files()) {
                if (isBaseExamples(file.name())) {
                    examples.addAll(ExamplesFile.read(t, rules, file.name()));
                }
            }
        }
        return examples;
    }

    /** Whether a rule set starts from the shared table and examples: unless its settings say {@code classification_base=no}. */
    private static boolean usesBase(Map<String, String> settings) {
        return !settings.getOrDefault("classification_base", "yes").equals("no");
    }

    /** The labelled examples of a bundled rule set, as {@link #read} gives them to its classifier. */
    public static List<KindModel.Example> bundledExamples(RuleSet rules) {
        TableContext t = new TableContext(Roster.empty());
        Map<String, String> settings = SettingsTable.read(t, rules);
        List<KindModel.Example> examples = examples(t, rules, usesBase(settings));
        if (!t.problems.isEmpty()) {
            throw new IllegalStateException("the examples of " + rules.name() + " have problems: " + t.problems);
        }
        return examples;
    }

    /** Reads the tables; the problems found are added to {@code problems}. */
    public static Policy read(RuleSet rules, Roster roster, List<RuleProblem> problems) {
        TableContext t = new TableContext(roster);
        Policy policy = read(t, rules);
        problems.addAll(t.problems);
        return policy;
    }

    private static Policy read(TableContext t, RuleSet rules) {
        Map<String, String> settings = SettingsTable.read(t, rules);
        t.roleCatalogue = t.roleCatalogue.with(catalogue(t, rules.file("roles.csv"), Roles::read));
        t.problems.addAll(t.roster.unknownRoles(t.roleCatalogue));
        t.kindCatalogue = t.kindCatalogue.with(catalogue(t, rules.file("kinds.csv"), Kinds::read));
        LettersTable.read(t, rules);
        Map<String, RuleText> catalogue = CatalogueTable.read(t, rules);
        Map<String, GroupPolicy> groups = GroupsTable.read(t, rules, catalogue);
        List<PostingPolicy> posting = PostingTable.read(t, rules, catalogue, groups);
        WorkingCalendar calendar = HolidaysTable.read(t, rules);
        List<ObligationPolicy> obligations = ObligationsTable.read(t, rules, catalogue, groups, calendar);
        List<CoveragePolicy> coverage = CoverageTable.read(t, rules, catalogue, groups);
        List<RegistryPolicy> registry = RegistryTable.read(t, rules, catalogue);

        boolean base = usesBase(settings);
        List<Classifier.Row> classification = new ArrayList<>(ClassificationTable.read(t, rules, "classification.csv", false));
        // the examples the build checked and stored the model of are not read again
        String stored = storedModel(rules, base);
        List<KindModel.Example> examples = stored == null ? examples(t, rules, base) : List.of();
        if (base) {
            classification.addAll(ClassificationTable.read(t, rules, BASE_CLASSIFICATION, false));
        }
        Duration postGap = settings.containsKey("post_gap")
                ? SettingsTable.duration(t, rules, "post_gap", settings.get("post_gap")) : PostAssembler.DEFAULT_GAP;
        Classifier classifier = stored != null ? new Classifier(classification, () -> stored(stored))
                : examples.isEmpty() ? new Classifier(classification)
                : new Classifier(classification, () -> model(examples));
        return new Policy(catalogue, List.copyOf(groups.values()), posting, obligations, coverage, registry, classifier,
                calendar, t.roleCatalogue, t.kindCatalogue, postGap,
                new Provenance(List.copyOf(t.letters.values()), t.provenanceRows), new Addressees.Shared(t.roster));
    }

    /** A reader of a rule set's own roles.csv or kinds.csv. */
    private interface CatalogueReader<T> {
        List<T> read(java.io.Reader in, java.util.function.BiConsumer<Integer, String> problem) throws IOException;
    }

    /** The entries a rule set adds to a catalogue, none when it has no such file; problems by file and line. */
    private static <T> List<T> catalogue(TableContext t, RuleFile file, CatalogueReader<T> reader) {
        if (file == null) {
            return List.of();
        }
        try {
            return reader.read(new StringReader(file.content()), (line, message) -> t.problems.add(new RuleProblem(file.path(), line, message)));
        } catch (IOException e) {
            t.problems.add(new RuleProblem(file.path(), 0, "not valid CSV: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            t.problems.add(new RuleProblem(file.path(), 0, e.getMessage()));
        }
        return List.of();
    }
}
