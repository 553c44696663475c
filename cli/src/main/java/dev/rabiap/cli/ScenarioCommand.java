package dev.rabiap.cli;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.CsvRows;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rabiap test DIR}: runs scenarios against the rules. A scenario is a folder holding
 * {@code messages.jsonl} or {@code messages.csv}, {@code expected.csv} (header
 * {@code rule,message,person}: the rule id, the message id the finding cites, and the roster id or,
 * where there is none, the name or district it names) and optionally its own {@code roster.csv}
 * (else the one in DIR). A failing scenario shows the expected and actual findings side by side.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenarios (messages and the findings they must give) against the rules.",
                "ทดสอบกฎด้วยสถานการณ์ตัวอย่าง: ข้อความ และสิ่งที่ต้องพบ"})
final class ScenarioCommand implements Callable<Integer> {
    static final List<String> EXPECTED_HEADER = List.of("rule", "message", "person");

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--coverage", description = "List the rules of the catalogue no scenario made fire.")
    boolean coverage;

    @Option(names = "--threshold", paramLabel = "PERCENT", description = "Fail when fewer than this percentage of the catalogue's rules fire.")
    Integer threshold;

    @Parameters(paramLabel = "DIR", description = "A folder of scenario folders (or one scenario folder).")
    Path directory;

    @Spec
    CommandSpec spec;

    private final SourceRegistry sources;
    private final Clock clock;

    @Inject
    ScenarioCommand(SourceRegistry sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(directory)) {
            throw new PolicyException(ErrorCode.BAD_INPUT, directory + ": not a folder of scenarios");
        }
        List<Path> scenarios = scenarios(directory);
        if (scenarios.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_INPUT, directory + ": no scenario (a folder with expected.csv) found");
        }
        RuleSet ruleSet = rules.ruleSet();
        Set<String> fired = new TreeSet<>();
        Map<Path, PolicyEngine> engines = new java.util.HashMap<>();
        int failed = 0;
        for (Path scenario : scenarios) {
            Path rosterFile = Files.exists(scenario.resolve("roster.csv")) ? scenario.resolve("roster.csv")
                    : rules.roster != null ? rules.roster : directory.resolve("roster.csv");
            // The rules are compiled once per roster: scenarios sharing DIR/roster.csv share the engine.
            PolicyEngine engine = engines.computeIfAbsent(rosterFile.toAbsolutePath().normalize(), file -> PolicyEngine.builder().rules(ruleSet)
                    .roster(Files.exists(file) ? Roster.load(file) : Roster.empty()).clock(clock).build());
            List<String> expected = expected(scenario.resolve("expected.csv"));
            List<String> actual = new ArrayList<>();
            try (Audit audit = engine.newAudit(f -> {
                actual.add(key(f));
                fired.add(f.ruleId());
            }, AuditOptions.DEFAULTS)) {
                try (MessageSource source = sources.open(new SourceInput(messages(scenario).toString()), null, Map.of(), audit.sourceContext())) {
                    audit.read(source);
                }
                audit.finish();
            }
            List<String> sortedExpected = expected.stream().sorted().toList();
            List<String> sortedActual = actual.stream().sorted().toList();
            if (sortedExpected.equals(sortedActual)) {
                out.println("PASS " + scenario.getFileName() + " (" + actual.size() + " findings)");
            } else {
                failed++;
                out.println("FAIL " + scenario.getFileName());
                sideBySide(out, sortedExpected, sortedActual);
            }
        }
        out.println(scenarios.size() - failed + " passed, " + failed + " failed");
        Set<String> catalogue = catalogueIds(ruleSet);
        Set<String> never = new TreeSet<>(catalogue);
        never.removeAll(fired);
        int percent = catalogue.isEmpty() ? 100 : (int) Math.floor(100.0 * (catalogue.size() - never.size()) / catalogue.size());
        if (coverage || threshold != null) {
            out.println("coverage: " + (catalogue.size() - never.size()) + " of " + catalogue.size() + " rules fired (" + percent + "%)");
            never.forEach(id -> out.println("  never fired: " + id));
        }
        if (failed > 0) {
            return ExitCodes.FINDINGS;
        }
        if (threshold != null && percent < threshold) {
            out.println("coverage " + percent + "% is below the threshold of " + threshold + "%");
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.CLEAN;
    }

    /** {@code rule | message | person} */
    static String key(Finding finding) {
        String message = finding.evidence().messageId() == null ? finding.evidence().toString() : finding.evidence().messageId();
        String person = finding.personId().isEmpty() ? finding.actor() : finding.personId();
        return finding.ruleId() + " | " + message + " | " + person;
    }

    private static void sideBySide(PrintWriter out, List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        int width = Math.max(30, expected.stream().mapToInt(String::length).max().orElse(0) + 2);
        out.println("  " + pad("expected", width) + "actual");
        int rows = Math.max(expected.size(), actual.size());
        for (int i = 0; i < rows; i++) {
            String left = i < expected.size() ? expected.get(i) : "";
            String right = i < actual.size() ? actual.get(i) : "";
            out.println("  " + pad(left, width) + right);
        }
        missing.forEach(m -> out.println("  missing:    " + m));
        unexpected.forEach(u -> out.println("  unexpected: " + u));
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }

    private static List<Path> scenarios(Path directory) throws IOException {
        if (Files.exists(directory.resolve("expected.csv"))) {
            return List.of(directory);
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> Files.isDirectory(p) && Files.exists(p.resolve("expected.csv"))).sorted().toList();
        }
    }

    private static Path messages(Path scenario) {
        for (String name : List.of("messages.jsonl", "messages.csv")) {
            if (Files.exists(scenario.resolve(name))) {
                return scenario.resolve(name);
            }
        }
        throw new PolicyException(ErrorCode.BAD_INPUT, scenario + ": no messages.jsonl or messages.csv");
    }

    private static List<String> expected(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean[] header = {true};
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRows.read(reader, (cells, line) -> {
                if (header[0]) {
                    header[0] = false;
                    if (!cells.equals(EXPECTED_HEADER)) {
                        problems.add(file + ":" + line + ": the header must be " + String.join(",", EXPECTED_HEADER));
                    }
                    return;
                }
                if (cells.size() != 3 || cells.get(0).isBlank()) {
                    problems.add(file + ":" + line + ": expected rule,message,person");
                    return;
                }
                keys.add(cells.get(0) + " | " + cells.get(1) + " | " + cells.get(2));
            });
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_INPUT, String.join("\n", problems));
        }
        return keys;
    }

    private static Set<String> catalogueIds(RuleSet ruleSet) {
        return new TreeSet<>(Catalogue.of(ruleSet).keySet());
    }
}
