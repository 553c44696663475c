package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rabiap test}: the shipped scenarios pass and cover every rule; a wrong expectation is shown side by side. */
final class ScenarioCommandTest {
    private static Path shipped() {
        return RepositoryFiles.path("rules/scenarios/sakon-nakhon");
    }

    @Test
    void shippedScenarios_pass_withFullCoverage() {
        CommandLineTest.Run run = CommandLineTest.run("test", "--threshold", "100", shipped().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("PASS 05-volunteer-centre (4 findings)").contains("8 passed, 0 failed")
                .contains("PASS 08-line-limit (1 findings)")
                .contains("coverage: 14 of 14 rules fired (100%)");
    }

    @Test
    void wrongExpectation_fails_showingExpectedAndActual(@TempDir Path dir) throws Exception {
        copy(shipped(), dir);
        Path expected = dir.resolve("02-orders-only/expected.csv");
        Files.writeString(expected, "rule,message,person\nSKN-2P,m2,chief1\nSKN-2P,m1,office\n");
        CommandLineTest.Run run = CommandLineTest.run("test", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL 02-orders-only")
                .contains("missing:    SKN-2P | m1 | office")
                .contains("unexpected: SKN-2 | m3 | deputy1")
                .contains("7 passed, 1 failed");
    }

    @Test
    void coverageBelowTheThreshold_fails_andNamesTheRulesNeverFired(@TempDir Path dir) throws Exception {
        copy(shipped(), dir);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (p.toString().contains("07-invites-and-capacity")) {
                    Files.delete(p);
                }
            }
        }
        CommandLineTest.Run run = CommandLineTest.run("test", "--threshold", "100", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("coverage: 12 of 14 rules fired (85%)").contains("never fired: SKN-ALL").contains("never fired: SKN-CAP")
                .contains("below the threshold of 100%");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
