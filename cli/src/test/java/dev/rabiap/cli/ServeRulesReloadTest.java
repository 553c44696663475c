package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.cli.ServeHarness.Server;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules change as a whole under {@code rabiap serve}: a table an editor saves in two steps
 * (truncated, then written) never goes into force half-written, and a table left empty for longer
 * than the quiet period is refused, while questions keep coming and each one keeps its finding.
 */
final class ServeRulesReloadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);
    /** 08:05 on 24 Nov 2025, Bangkok. */
    private static final long EIGHT_OH_FIVE = 1763946300000L;
    private static final int QUIET_MILLIS = 500;

    @TempDir
    Path dir;

    @Test
    void aTableSavedInTwoSteps_neverGoesIntoForceHalfWritten_andNoFindingIsLost() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), ServeHarness.GROUPS_CSV);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (RuleFile file : RuleSet.bundled("sakon-nakhon").files()) {
            if (file.path().startsWith("classpath:" + RuleSet.BUNDLED_ROOT)) {
                Files.writeString(rules.resolve(file.name()), file.content());
            }
        }
        Path posting = rules.resolve("posting.csv");
        String original = Files.readString(posting);
        String header = original.lines().findFirst().orElseThrow();
        String edited = original.replace("(การตอบรับทราบก็เป็นการโต้ตอบ)", "(การตอบรับทราบก็เป็นการโต้ตอบ) (ทบทวน)");
        assertThat(edited).isNotEqualTo(original);
        String originalVersion = RuleSet.fromDirectory(rules).version();

        Path findings = dir.resolve("findings.jsonl");
        List<String> args = ServeHarness.serveArgs(dir, journal, findings);
        args.addAll(List.of("--rules", rules.toString(), "--rules-quiet-ms", String.valueOf(QUIET_MILLIS)));
        Server server = Server.start(args, CLOCK);
        assertThat(server.status().get("ruleSetVersion").asText()).isEqualTo(originalVersion);

        // questions keep coming, and the versions in force are watched, all through the edits
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicBoolean editing = new AtomicBoolean(true);
        Thread poster = new Thread(() -> {
            try {
                for (int index = 0; editing.get(); index++) {
                    String id = "Q" + index;
                    if (server.post(ServeHarness.question(id, EIGHT_OH_FIVE + index * 1000L, ServeHarness.CHIEFS.get(index % 3))).statusCode() == 200) {
                        acknowledged.add(id);
                    }
                    versions.add(server.status().get("ruleSetVersion").asText());
                    Thread.sleep(40);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "poster");
        poster.start();

        // 1. truncated to its header, written again 200 ms later: one reload, to the whole new table
        Files.writeString(posting, header + "\n");
        Thread.sleep(QUIET_MILLIS * 2 / 5);
        Files.writeString(posting, edited);
        String editedVersion = RuleSet.fromDirectory(rules).version();
        JsonNode reloaded = server.awaitStatus(s -> s.get("reloads").asLong() == 1);
        assertThat(reloaded.get("ruleSetVersion").asText()).isEqualTo(editedVersion);
        assertThat(reloaded.get("lastReloadError").asText()).isEmpty();
        Thread.sleep(QUIET_MILLIS * 3L);
        assertThat(server.status().get("reloads").asLong()).isEqualTo(1);

        // 2. left empty for longer than the quiet period: refused, the edited rules stay; then written again
        Files.writeString(posting, "");
        JsonNode refused = server.awaitStatus(s -> s.get("lastReloadError").asText().startsWith("posting.csv: empty"));
        assertThat(refused.get("lastReloadError").asText()).contains("rules in force have", RulesWatcher.MANIFEST);
        assertThat(refused.get("ruleSetVersion").asText()).isEqualTo(editedVersion);
        assertThat(refused.get("reloads").asLong()).isEqualTo(1);
        Files.writeString(posting, original);
        JsonNode back = server.awaitStatus(s -> s.get("reloads").asLong() == 2);
        assertThat(back.get("ruleSetVersion").asText()).isEqualTo(originalVersion);
        assertThat(back.get("lastReloadError").asText()).isEmpty();

        Thread.sleep(200);
        editing.set(false);
        poster.join(ServeHarness.WAIT.toMillis());
        assertThat(poster.isAlive()).isFalse();
        server.awaitIdle(acknowledged.size());
        CommandLineTest.Run stopped = server.stop();
        assertThat(stopped.code()).as(stopped.err()).isEqualTo(ExitCodes.FINDINGS);

        assertThat(versions).as("only whole versions were ever in force").containsOnly(originalVersion, editedVersion);
        Map<String, Long> findingsByMessage = ServeHarness.readJsonl(findings).stream()
                .filter(f -> f.get("rule").asText().equals("SKN-2P"))
                .collect(Collectors.groupingBy(f -> f.get("messageId").asText(), TreeMap::new, Collectors.counting()));
        System.out.printf("rules reload: %d questions acknowledged during two edits of posting.csv (2 reloads, 1 refused); "
                + "%d of them with exactly one finding%n", acknowledged.size(),
                acknowledged.stream().filter(id -> findingsByMessage.getOrDefault(id, 0L) == 1).count());
        assertThat(acknowledged).hasSizeGreaterThan(10);
        assertThat(findingsByMessage.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(findingsByMessage.values()).containsOnly(1L);
    }
}
