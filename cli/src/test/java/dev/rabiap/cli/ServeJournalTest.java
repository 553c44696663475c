package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rabiap.cli.ServeHarness.Server;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap serve} on a journal it did not all write well: a record with a byte that is not
 * UTF-8 and a line that is not JSON are quarantined by file and line, shown in {@code /status}, and
 * the server starts and audits the rest; and {@code /status} behind a bearer token.
 */
final class ServeJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);
    private static final String FILE = "line-webhook-2025-11-24.journal.jsonl";
    /** 08:05 on 24 Nov 2025, Bangkok. */
    private static final long EIGHT_OH_FIVE = 1763946300000L;

    @TempDir
    Path dir;

    @Test
    void aJournalWithABadByteAndABrokenLine_startsAnyway_quarantiningBothByFileAndLine() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), ServeHarness.GROUPS_CSV);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(line(ServeHarness.question("E1", EIGHT_OH_FIVE, ServeHarness.CHIEFS.get(0))));
        bytes.write("{\"receivedAt\":\"2025-11-24T08:30:00+07:00\",\"body\":\"{\\\"events\\\":[]} ".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xff, '"', '}', '\n'});
        bytes.write("{\"receivedAt\":\"2025-11-24T08:30:00+07:00\",\"body\":\"{\\\"events\\\":[\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(line(ServeHarness.question("E4", EIGHT_OH_FIVE + 60_000, ServeHarness.CHIEFS.get(1))));
        Files.write(journal.resolve(FILE), bytes.toByteArray());
        Path findings = dir.resolve("findings.jsonl");

        Server server = Server.start(ServeHarness.serveArgs(dir, journal, findings), CLOCK);
        JsonNode status = server.status();
        assertThat(status.get("quarantined").asLong()).isEqualTo(2);
        assertThat(status.get("quarantine").get(0).get("at").asText()).isEqualTo(FILE + ":2");
        assertThat(status.get("quarantine").get(0).get("reason").asText()).isEqualTo("not valid UTF-8");
        assertThat(status.get("quarantine").get(1).get("at").asText()).isEqualTo(FILE + ":3");
        assertThat(status.get("quarantine").get(1).get("reason").asText()).startsWith("not valid JSON");
        assertThat(status.get("replayedRequests").asLong()).isEqualTo(2);
        assertThat(status.get("auditedTo").asText()).isEqualTo(FILE + ":4");
        assertThat(status.toString()).doesNotContain(dir.toString());
        assertThat(server.err()).contains("quarantined " + FILE + ":2: not valid UTF-8");
        assertThat(ServeHarness.keys(ServeHarness.readJsonl(findings))).containsExactly("SKN-2P SN0192 E1", "SKN-2P SN0101 E4");

        assertThat(server.post(ServeHarness.question("E5", EIGHT_OH_FIVE + 120_000, ServeHarness.CHIEFS.get(2))).statusCode()).isEqualTo(200);
        server.awaitIdle(1);
        assertThat(server.stop().code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(new String(Files.readAllBytes(journal.resolve(FILE)), StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count())
                .isEqualTo(5);

        Server again = Server.start(ServeHarness.serveArgs(dir, journal, findings), CLOCK);
        assertThat(again.status().get("quarantined").asLong()).isEqualTo(2);
        CommandLineTest.Run stopped = again.stop();
        assertThat(stopped.code()).as("nothing new was written").isEqualTo(ExitCodes.CLEAN);
        assertThat(ServeHarness.keys(ServeHarness.readJsonl(findings))).containsExactly("SKN-2P SN0192 E1", "SKN-2P SN0101 E4", "SKN-2P SN0141 E5");
    }

    @Test
    void theStatus_needsTheBearerToken_whenATokenFileIsGiven() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Path token = Files.writeString(dir.resolve("status-token.txt"), "k7Qp2xVz9m\n");
        List<String> args = ServeHarness.serveArgs(dir, journal, dir.resolve("findings.jsonl"));
        args.addAll(List.of("--status-token-file", token.toString()));
        Server server = Server.start(args, CLOCK);

        assertThat(ServeHarness.status(server.port(), null).statusCode()).isEqualTo(401);
        assertThat(ServeHarness.status(server.port(), "k7Qp2xVz9").statusCode()).isEqualTo(401);
        assertThat(ServeHarness.status(server.port(), "k7Qp2xVz9m").statusCode()).isEqualTo(200);
        assertThat(server.withToken("k7Qp2xVz9m").status().get("ruleSet").asText()).isEqualTo("sakon-nakhon");
        assertThat(server.stop().code()).isEqualTo(ExitCodes.CLEAN);

        Files.writeString(token, "two words\n");
        CommandLineTest.Run run = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(token + ":1: a status token is printable ASCII without spaces");
    }

    /** A journal line as the server writes it, received at 08:30. */
    private static byte[] line(String body) {
        ObjectNode entry = ServeHarness.JSON.createObjectNode();
        entry.put("receivedAt", "2025-11-24T08:30:00+07:00");
        entry.put("body", body);
        return (entry + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
