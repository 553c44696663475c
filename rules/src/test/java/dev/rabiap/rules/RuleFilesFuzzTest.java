package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import dev.rabiap.engine.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of what a policy officer edits: the roster ({@link Roster#load}), the policy tables
 * and DRL (through {@link PolicyEngine#check}, as {@code rabiap check} runs them on a rules folder).
 * The property: within {@link #LIMIT}, a clean check or a {@link PolicyException} (a
 * {@link RuleSetException} for rules) naming the file, never another exception or error.
 * {@code mvn verify} runs each over its inputs folder (seeds from the bundled rule set and the
 * samples, and the regression inputs of issue 13); {@code JAZZER_FUZZ=1} fuzzes (docs/security.md).
 */
final class RuleFilesFuzzTest {
    /** How long one check may take (a rule set compiles in a few seconds). */
    static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String BUNDLED = "rabiap/rulesets/sakon-nakhon/";

    private static Path folder;

    @BeforeAll
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("rules-fuzz");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void roster(byte[] data) throws IOException {
        Path file = Files.write(folder.resolve("roster.csv"), data);
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Roster.load(file);
            } catch (PolicyException e) {
                assertThat(e.getMessage()).startsWith(file.toString());
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    void postingTable(byte[] data) throws IOException {
        table("posting.csv", data);
    }

    @FuzzTest(maxDuration = "10m")
    void groupsTable(byte[] data) throws IOException {
        table("groups.csv", data);
    }

    @FuzzTest(maxDuration = "10m")
    void obligationsTable(byte[] data) throws IOException {
        table("obligations.csv", data);
    }

    @FuzzTest(maxDuration = "10m")
    void classificationTable(byte[] data) throws IOException {
        table("classification.csv", data);
    }

    /** The input takes the place of the generic posting.drl. */
    @FuzzTest(maxDuration = "10m")
    void drl(byte[] data) {
        RuleSet rules = RuleSet.bundled("sakon-nakhon")
                .with(new RuleFile("rules/posting.drl", "posting.drl", new String(data, StandardCharsets.UTF_8)));
        check(rules);
    }

    /** The bundled rule set as a folder, with one table replaced by the input. */
    private static void table(String name, byte[] data) throws IOException {
        Path rules = folder.resolve("rules");
        Files.createDirectories(rules);
        for (String file : new String(resource(BUNDLED + "INDEX"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            Files.write(rules.resolve(file), resource(BUNDLED + file));
        }
        Files.write(rules.resolve(name), data);
        assertTimeoutPreemptively(LIMIT, () -> {
            RuleSet set;
            try {
                set = RuleSet.fromDirectory(rules);
            } catch (PolicyException e) {
                assertThat(e.getMessage()).startsWith(rules.resolve(name).toString());
                return;
            }
            check(set);
        });
    }

    private static void check(RuleSet rules) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                PolicyEngine.check(rules, Fixtures.ROSTER);
            } catch (RuleSetException e) {
                assertThat(e.problems()).isNotEmpty();
                for (RuleProblem problem : e.problems()) {
                    assertThat(problem.file()).as(problem.toString()).isNotBlank();
                }
            } catch (PolicyException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = RuleFilesFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
