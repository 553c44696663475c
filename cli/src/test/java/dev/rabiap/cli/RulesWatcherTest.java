package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RulesWatcherTest {
    private static final String HEADER = "rule_id,group,kinds,allowed_roles,note";
    private static final RuleSet IN_FORCE = RuleSet.of("r", List.of(
            new RuleFile("/r/posting.csv", "posting.csv", HEADER + "\nP1,g,chat,,\nP2,g,question,,\n"),
            new RuleFile("/r/coverage.csv", "coverage.csv", "rule_id,group,required_roles\nC1,g,chief\n"),
            new RuleFile("/r/channels.csv", "channels.csv", "unit,group\n"),
            new RuleFile("classpath:rabiap/base/classification.csv", "base-classification.csv", "kind,pattern\nchat,x\n")));

    @TempDir
    Path folder;

    @Test
    void aTableLeftWithAHeaderOnlyOrEmpty_orRemoved_isRefused() {
        RuleSet next = RuleSet.of("r", List.of(new RuleFile("/r/posting.csv", "posting.csv", HEADER + "\n# P1 and P2 gone\n\n")));

        assertThat(RulesWatcher.emptied(IN_FORCE, next, folder)).isEqualTo("""
                posting.csv: a header and no rows, where the rules in force have 2 rows
                coverage.csv: removed, where the rules in force have 1 rows
                A table is not emptied by a reload unless rabiap-manifest.txt in the rules folder says it is meant, with a line "may-be-empty: <table>.csv".""");
        RuleSet blank = RuleSet.of("r", List.of(new RuleFile("/r/posting.csv", "posting.csv", ""), IN_FORCE.files().get(1)));
        assertThat(RulesWatcher.emptied(IN_FORCE, blank, folder)).startsWith("posting.csv: empty, where the rules in force have 2 rows\n");
    }

    @Test
    void theManifest_letsANamedTableBeEmptied() throws IOException {
        Files.writeString(folder.resolve(RulesWatcher.MANIFEST), "# coverage is checked by hand this month\nmay-be-empty: coverage.csv, posting.csv\n");
        RuleSet next = RuleSet.of("r", List.of(new RuleFile("/r/posting.csv", "posting.csv", HEADER + "\n")));

        assertThat(RulesWatcher.emptied(IN_FORCE, next, folder)).isNull();
    }

    @Test
    void aChangedHeader_isLeftToTheCheck_andEditedRowsPass() {
        RuleSet badHeader = RuleSet.of("r", List.of(new RuleFile("/r/posting.csv", "posting.csv", "group,kinds\n"), IN_FORCE.files().get(1)));
        RuleSet edited = RuleSet.of("r", List.of(new RuleFile("/r/posting.csv", "posting.csv", HEADER + "\nP1,g,chat|pr,,\n"), IN_FORCE.files().get(1)));

        assertThat(RulesWatcher.emptied(IN_FORCE, badHeader, folder)).isNull();
        assertThat(RulesWatcher.emptied(IN_FORCE, edited, folder)).isNull();
    }

    @Test
    void aManifestLineThatIsNone_isRefusedWithFileAndLine() throws IOException {
        Path manifest = Files.writeString(folder.resolve(RulesWatcher.MANIFEST), "may-be-empty: coverage.csv\nempty coverage.csv\n");

        assertThatThrownBy(() -> RulesWatcher.emptied(IN_FORCE, IN_FORCE, folder)).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(manifest + ":2: a manifest line is \"may-be-empty: <table>.csv\" or a # comment");
    }
}
