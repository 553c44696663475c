package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The whole bundled rule base compiles, and its ids are unique and all used. */
final class RuleBaseCompilesTest {
    private static final RuleSet RULES = RuleSet.bundled("sakon-nakhon");

    @Test
    void bundledRuleSet_compilesWithoutProblems() {
        PolicyEngine.check(RULES, Fixtures.ROSTER);
    }

    @Test
    void drlRuleIds_areUniqueAcrossTheRuleBase() {
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
        for (RuleFile file : RULES.files()) {
            if (file.isDrl()) {
                Matcher m = id.matcher(file.content());
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertThat(ids).hasSize(29).doesNotHaveDuplicates();
    }

    @Test
    void catalogueIds_matchTheDomainCatalogue_andEachIsUsedByATableRow() {
        List<String> catalogue = RULES.file("catalogue.csv").content().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(catalogue).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "SKN-1", "SKN-2", "SKN-2P", "SKN-3", "SKN-4", "SKN-4P", "SKN-5", "SKN-5P", "SKN-5O",
                "SKN-6", "SKN-6P", "SKN-ALL", "SKN-CAP", "SKN-LIMIT");
        Set<String> used = new HashSet<>();
        for (String table : List.of("groups.csv", "posting.csv", "obligations.csv")) {
            for (String line : RULES.file(table).content().lines().skip(1).toList()) {
                for (String cell : line.split(",")) {
                    used.add(cell.trim());
                }
            }
        }
        assertThat(used).containsAll(catalogue);
    }

    @Test
    void bundledIndexes_listEveryFileOfTheirFolders() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.list(resources.resolve("rabiap/rulesets/sakon-nakhon"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("INDEX")).sorted().toList();
            List<String> indexed = RULES.files().stream().filter(f -> f.path().contains("/rulesets/")).map(RuleFile::name).sorted().toList();
            assertThat(indexed).isEqualTo(onDisk);
        }
        try (Stream<Path> drl = Files.walk(resources.resolve("dev/rabiap/rules"));
             Stream<Path> base = Files.walk(resources.resolve("rabiap/base"))) {
            List<String> onDisk = Stream.concat(drl.filter(p -> p.toString().endsWith(".drl")), base.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".jsonl")))
                    .map(p -> resources.relativize(p).toString()).sorted().toList();
            List<String> indexed = RuleSet.genericDrl().stream().map(f -> f.path().substring("classpath:".length())).sorted().toList();
            assertThat(indexed).isEqualTo(onDisk);
        }
    }
}
