package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.cli.ServeHarness.Server;
import dev.rabiap.engine.spi.ChatMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster is data under {@code rabiap serve}: a person added to the roster file is known from
 * the next message on, without a restart and without compiling the rules again; a roster that
 * cannot be read is refused with its file and line, and the one in force stays.
 */
final class ServeRosterReloadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);
    /** 08:05 on 24 Nov 2025, Bangkok. */
    private static final long EIGHT_OH_FIVE = 1763946300000L;
    /** The coordinating deputy of บ้านม่วง (SN0192) in the sample roster. */
    private static final String DEPUTY = "U63768cf20ae1dac365a625fb9f67b052";

    @TempDir
    Path dir;

    @Test
    void aPersonAddedToTheRoster_isKnownFromTheNextMessage_andABrokenRosterIsRefused() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), ServeHarness.GROUPS_CSV);
        List<String> full = Files.readAllLines(ServeHarness.roster());
        Path roster = dir.resolve("roster.csv");
        Files.write(roster, full.stream().filter(line -> !line.startsWith("SN0192,")).toList());
        Path findings = dir.resolve("findings.jsonl");
        List<String> args = ServeHarness.serveArgs(dir, journal, findings);
        args.set(args.indexOf("--roster") + 1, roster.toString());
        args.addAll(List.of("--rules-quiet-ms", "300"));
        Server server = Server.start(args, CLOCK);
        int before = server.status().get("rosterPeople").asInt();

        // not on the roster: an outsider in the orders group, holding none of the roles that may post there
        assertThat(server.post(ServeHarness.question("Q1", EIGHT_OH_FIVE, DEPUTY)).statusCode()).isEqualTo(200);
        server.awaitIdle(1);

        Files.write(roster, full);
        JsonNode reloaded = server.awaitStatus(s -> s.get("rosterPeople").asInt() == before + 1);
        assertThat(reloaded.get("lastReloadError").asText()).isEmpty();

        // known now: a coordinating deputy may be in the group, but may not ask there
        assertThat(server.post(ServeHarness.question("Q2", EIGHT_OH_FIVE + 60_000, DEPUTY)).statusCode()).isEqualTo(200);
        server.awaitIdle(2);
        ServeHarness.await("the three findings written", () -> {
            try {
                return ServeHarness.readJsonl(findings).size() >= 3;
            } catch (java.io.IOException e) {
                return false;
            }
        });

        // a roster with a role the rules do not know is refused; the one in force stays
        Files.write(roster, full.stream().map(line -> line.startsWith("SN0192,") ? line.replace("coordinating_deputy", "coordinator") : line).toList());
        JsonNode refused = server.awaitStatus(s -> !s.get("lastReloadError").asText().isEmpty());
        assertThat(refused.get("lastReloadError").asText()).contains("roster.csv:").contains("coordinator");
        assertThat(refused.get("rosterPeople").asInt()).isEqualTo(before + 1);
        server.stop();

        assertThat(ServeHarness.keys(ServeHarness.readJsonl(findings))).containsExactly("SKN-2  Q1", "SKN-2P  Q1", "SKN-2P SN0192 Q2");
    }
}
