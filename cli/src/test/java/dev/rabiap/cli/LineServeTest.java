package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rabiap.cli.ServeHarness.Server;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap serve} on loopback: signed LINE webhook requests of a Sakon Nakhon group are
 * journaled and audited live, refused ones leave the journal alone, a redelivered event is read
 * once, and {@code rabiap audit} of the journal gives the same findings.
 */
final class LineServeTest {
    private static final String GROUP_ID = ServeHarness.GROUP_ID;
    private static final ObjectMapper JSON = ServeHarness.JSON;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);

    /** Five events at 08:05–08:12 on 24 Nov 2025: an order and its file, an acknowledgement, a sticker, a join, an unsend, a postback. */
    private static final String ORDERS = """
            {"destination":"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7","events":[
            {"type":"message","message":{"type":"text","id":"560811926145663124","quoteToken":"q3Plxr4AgKd2fKpVXZ7yT0mH1bJ9sQeW5uC8nR6vL2oA4iD7gF0hJ3kM5pS8tU1wY4zB6xE9cN2","text":"ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘ เรื่อง แนวทางการใช้ช่องทางการสื่อสารผ่านกลุ่มไลน์\\nเรียน นายอำเภอ ทุกอำเภอ\\nขอให้อำเภอแจ้งบุคลากรในสังกัดทราบและถือปฏิบัติ @All","mention":{"mentionees":[{"index":120,"length":4,"type":"all"}]}},"webhookEventId":"01JXR6Q2M8ZK3V7T9B4N1C5D6E","deliveryContext":{"isRedelivery":false},"timestamp":1763946300000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U5e8cea68d6abe0bf459e6ef86dec7305"},"replyToken":"b60d432864f44d079f6d8efe86cf404b","mode":"active"},
            {"type":"message","message":{"type":"file","id":"560811926145663125","fileName":"หนังสือ_สน0018.1-ว23532.pdf","fileSize":482133},"webhookEventId":"01JXR6QA3K5M7N9P1R3T5V7X9Z","deliveryContext":{"isRedelivery":false},"timestamp":1763946360000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U5e8cea68d6abe0bf459e6ef86dec7305"},"replyToken":"c2a9f0b4d6e84a1f9b3c5d7e9f1a3b5c","mode":"active"},
            {"type":"message","message":{"type":"text","id":"560811935029174418","quoteToken":"yHAz4Ua2wx7s6TgDFd3P9mK1qR8vL5nC2bX0eJ7hW4oY6iU3tS9fA1gZ8kQ5pM2rN7vB4cE0dT6","text":"รับทราบครับ","quotedMessageId":"560811926145663124"},"webhookEventId":"01JXR6R4D1W8P2Q6S3T7V9X0YA","deliveryContext":{"isRedelivery":false},"timestamp":1763946480000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U52b58fb9d30c75424a02a0e432713bbb"},"replyToken":"0f3779fba3b349968c5d07db31eab56f","mode":"active"},
            {"type":"message","message":{"type":"sticker","id":"560811951270707200","quoteToken":"5Gy9wm3JpHyF0kq3r1xN7bS2dV8tE4uA6cM9hK0jL3oP5qR7sT1vW4xY8zB2nC6eF0gH3iJ5","stickerId":"52002739","packageId":"11537","stickerResourceType":"ANIMATION","keywords":["OK","Got it"]},"webhookEventId":"01JXR6T9H5N3B7K1M4P8R2S6TV","deliveryContext":{"isRedelivery":false},"timestamp":1763946540000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"Ud0beb13b727685a58c6914b78a275b14"},"replyToken":"8cf9239d56244f4197887e939187e19e","mode":"active"},
            {"type":"memberJoined","joined":{"members":[{"type":"user","userId":"U0bf519aeeb411fd4b6a7cc69c72c53fc"},{"type":"user","userId":"U7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"}]},"webhookEventId":"01JXR6X3Z9Y7W5V3T1S9R7Q5P3","deliveryContext":{"isRedelivery":false},"timestamp":1763946600000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"replyToken":"0f3779fba3b349968c5d07db31eabf65","mode":"active"},
            {"type":"unsend","unsend":{"messageId":"560811935029174418"},"webhookEventId":"01JXR6Y8A2B4C6D8E0F2G4H6J8","deliveryContext":{"isRedelivery":false},"timestamp":1763946660000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"mode":"active"},
            {"type":"postback","postback":{"data":"action=ack"},"webhookEventId":"01JXR6Z1B3C5D7E9F1G3H5J7K9","deliveryContext":{"isRedelivery":false},"timestamp":1763946720000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U52b58fb9d30c75424a02a0e432713bbb"},"replyToken":"9a8b7c6d5e4f30211a2b3c4d5e6f7081","mode":"active"}
            ]}
            """;

    /** LINE delivers the acknowledgement again, marked as a redelivery. */
    private static final String REDELIVERED_ACK = """
            {"destination":"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7","events":[{"type":"message","message":{"type":"text","id":"560811935029174418","quoteToken":"yHAz4Ua2wx7s6TgDFd3P9mK1qR8vL5nC2bX0eJ7hW4oY6iU3tS9fA1gZ8kQ5pM2rN7vB4cE0dT6","text":"รับทราบครับ","quotedMessageId":"560811926145663124"},"webhookEventId":"01JXR6R4D1W8P2Q6S3T7V9X0YA","deliveryContext":{"isRedelivery":true},"timestamp":1763946480000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U52b58fb9d30c75424a02a0e432713bbb"},"replyToken":"0f3779fba3b349968c5d07db31eab56f","mode":"active"}]}
            """;

    /** A departure whose first delivery never arrived: marked as a redelivery, but read. */
    private static final String LEFT = """
            {"destination":"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7","events":[{"type":"memberLeft","left":{"members":[{"type":"user","userId":"U7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"}]},"webhookEventId":"01JXR7ZQ4K6M8N0P2R4S6T8V0X","deliveryContext":{"isRedelivery":true},"timestamp":1763947320000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"mode":"active"}]}
            """;

    /** A question that would be a finding, if its request were accepted. */
    private static final String QUESTION = """
            {"destination":"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7","events":[{"type":"message","message":{"type":"text","id":"560811999000000001","quoteToken":"zz","text":"ขอสอบถามครับ ต้องส่งรายงานภายในวันไหนครับ"},"webhookEventId":"01JXR8A1B2C3D4E5F6G7H8J9K0","deliveryContext":{"isRedelivery":false},"timestamp":1763947400000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U63768cf20ae1dac365a625fb9f67b052"},"replyToken":"aa","mode":"active"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void liveWebhook_journalsAndAudits_andTheReplayGivesTheSameFindings() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        Path findings = dir.resolve("findings.jsonl");
        Server server = Server.start(List.of(serveArgs(journal, findings)), CLOCK);

        assertThat(post(server, ORDERS, ServeHarness.sign(ORDERS)).statusCode()).isEqualTo(200);
        server.awaitIdle(1);
        List<JsonNode> live = ServeHarness.readJsonl(findings);
        // U7c6b… joins with SN0194 and is on no roster: an outsider in a group with membership rules
        assertThat(ServeHarness.keys(live)).containsExactly(
                "SKN-2P SN0101 01JXR6R4D1W8P2Q6S3T7V9X0YA",
                "SKN-2P SN0141 01JXR6T9H5N3B7K1M4P8R2S6TV",
                "SKN-2 SN0194 01JXR6X3Z9Y7W5V3T1S9R7Q5P3",
                "SKN-2  01JXR6X3Z9Y7W5V3T1S9R7Q5P3");
        JsonNode ack = live.get(0);
        assertThat(ack.get("group").asText()).isEqualTo("ข้อสั่งการ ปค.สน.");
        assertThat(ack.get("file").asText()).isEqualTo(journal.resolve("line-webhook-2025-11-24.journal.jsonl").toString());
        assertThat(ack.get("line").asLong()).isEqualTo(1);
        assertThat(ack.get("time").asText()).isEqualTo("2025-11-24T08:08:00+07:00");

        assertThat(post(server, REDELIVERED_ACK, ServeHarness.sign(REDELIVERED_ACK)).statusCode()).isEqualTo(200);
        assertThat(post(server, LEFT, ServeHarness.sign(LEFT)).statusCode()).isEqualTo(200);
        server.awaitIdle(3);
        assertThat(ServeHarness.readJsonl(findings)).hasSize(4);

        List<String> journalBefore = journalLines(journal);
        assertThat(post(server, QUESTION, ServeHarness.sign(QUESTION.replace("วันไหน", "วันใด"))).statusCode()).isEqualTo(401);
        assertThat(post(server, QUESTION, null).statusCode()).isEqualTo(401);
        assertThat(post(server, QUESTION, "not base64 at all!").statusCode()).isEqualTo(401);
        String broken = "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[{\"type\":\"message\",";
        assertThat(post(server, broken, ServeHarness.sign(broken)).statusCode()).isEqualTo(400);
        String notWebhook = "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\"}";
        assertThat(post(server, notWebhook, ServeHarness.sign(notWebhook)).statusCode()).isEqualTo(400);
        assertThat(journalLines(journal)).isEqualTo(journalBefore);

        JsonNode status = server.status();
        assertThat(status.get("ruleSet").asText()).isEqualTo("sakon-nakhon");
        assertThat(status.get("ruleSetVersion").asText()).isNotEmpty();
        assertThat(status.get("accepted").asLong()).isEqualTo(3);
        assertThat(status.get("rejected").asLong()).isEqualTo(5);
        assertThat(status.get("events").asLong()).isEqualTo(9);
        assertThat(status.get("redeliveries").asLong()).isEqualTo(1);
        assertThat(status.get("skipped").asLong()).isEqualTo(1);
        assertThat(status.get("findings").asLong()).isEqualTo(4);
        assertThat(status.get("quarantined").asLong()).isZero();
        assertThat(status.toString()).doesNotContain(dir.toString());

        CommandLineTest.Run stopped = server.stop();
        assertThat(stopped.code()).as(stopped.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(stopped.err()).contains("findings: 4").contains("1 × " + dev.rabiap.plugin.line.LineWebhookEvents.REDELIVERED);

        List<String> lines = journalLines(journal);
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("body").asText()).isEqualTo(ORDERS);
        assertThat(JSON.readTree(lines.get(0)).get("receivedAt").asText()).isEqualTo("2025-11-24T08:30:00+07:00");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"audit", "--roster", roster().toString(), "--format", "jsonl", journal.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> replayed = ServeHarness.parseJsonl(out.toString());
        assertThat(ServeHarness.keys(replayed)).isEqualTo(ServeHarness.keys(live));
        assertThat(replayed).map(JsonNode::toString).isEqualTo(live.stream().map(JsonNode::toString).toList());
    }

    @Test
    void restart_readsTheJournalBack_soARedeliveryStaysOneFinding() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        Path findings = dir.resolve("findings.jsonl");
        Server first = Server.start(List.of(serveArgs(journal, findings)), CLOCK);
        assertThat(post(first, ORDERS, ServeHarness.sign(ORDERS)).statusCode()).isEqualTo(200);
        first.awaitIdle(1);
        first.stop();

        Server second = Server.start(List.of(serveArgs(journal, findings)), CLOCK);
        assertThat(second.err()).contains("read back 1 journaled requests");
        assertThat(post(second, REDELIVERED_ACK, ServeHarness.sign(REDELIVERED_ACK)).statusCode()).isEqualTo(200);
        assertThat(post(second, QUESTION, ServeHarness.sign(QUESTION)).statusCode()).isEqualTo(200);
        second.awaitIdle(2);
        assertThat(second.status().get("redeliveries").asLong()).isEqualTo(1);
        second.stop();

        assertThat(ServeHarness.keys(ServeHarness.readJsonl(findings))).containsExactly(
                "SKN-2P SN0101 01JXR6R4D1W8P2Q6S3T7V9X0YA",
                "SKN-2P SN0141 01JXR6T9H5N3B7K1M4P8R2S6TV",
                "SKN-2 SN0194 01JXR6X3Z9Y7W5V3T1S9R7Q5P3",
                "SKN-2  01JXR6X3Z9Y7W5V3T1S9R7Q5P3",
                "SKN-2P SN0192 01JXR8A1B2C3D4E5F6G7H8J9K0");
    }

    @Test
    void ruleChangeWhileServing_takesEffectWithoutDroppingARequest_andABrokenChangeIsRefused() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (dev.rabiap.engine.RuleFile file : dev.rabiap.engine.RuleSet.bundled("sakon-nakhon").files()) {
            if (!file.isDrl()) {
                Files.writeString(rules.resolve(file.name()), file.content());
            }
        }
        Path findings = dir.resolve("findings.jsonl");
        List<String> args = new ArrayList<>(List.of(serveArgs(journal, findings)));
        args.addAll(List.of("--rules", rules.toString()));
        Server server = Server.start(args, CLOCK);
        assertThat(post(server, ORDERS, ServeHarness.sign(ORDERS)).statusCode()).isEqualTo(200);
        server.awaitIdle(1);
        String before = server.status().get("ruleSetVersion").asText();
        long findingsBefore = server.status().get("findings").asLong();

        // The office lets members ask questions in the orders group: one edited row.
        Path posting = rules.resolve("posting.csv");
        Files.writeString(posting, Files.readString(posting).replace("acknowledgement|question|pr|chat,provincial_admin_staff", "acknowledgement|pr|chat,provincial_admin_staff"));
        JsonNode reloaded = awaitStatus(server, s -> s.get("reloads").asLong() == 1);
        assertThat(reloaded.get("ruleSetVersion").asText()).isNotEqualTo(before);
        assertThat(reloaded.get("lastReloadError").asText()).isEmpty();
        assertThat(post(server, QUESTION, ServeHarness.sign(QUESTION)).statusCode()).isEqualTo(200);
        server.awaitIdle(2);
        assertThat(server.status().get("findings").asLong()).isEqualTo(findingsBefore);

        // A broken table is refused; the edited rules stay in force.
        Files.writeString(rules.resolve("groups.csv"), "group,members\n");
        JsonNode refused = awaitStatus(server, s -> !s.get("lastReloadError").asText().isEmpty());
        // the status names files by their place in the rules folder, never by an absolute path
        assertThat(refused.get("lastReloadError").asText()).startsWith("groups.csv:1: the header must be");
        assertThat(refused.toString()).doesNotContain(dir.toString());
        assertThat(refused.get("ruleSetVersion").asText()).isEqualTo(reloaded.get("ruleSetVersion").asText());
        String again = QUESTION.replace("01JXR8A1B2C3D4E5F6G7H8J9K0", "01JXR8A1B2C3D4E5F6G7H8J9K1").replace("560811999000000001", "560811999000000002");
        assertThat(post(server, again, ServeHarness.sign(again)).statusCode()).isEqualTo(200);
        server.awaitIdle(3);
        assertThat(server.status().get("findings").asLong()).isEqualTo(findingsBefore);
        assertThat(server.status().get("accepted").asLong()).isEqualTo(3);
        server.stop();
        assertThat(journalLines(journal)).hasSize(3);
    }

    private static JsonNode awaitStatus(Server server, java.util.function.Predicate<JsonNode> condition) throws Exception {
        return server.awaitStatus(condition);
    }

    @Test
    void emptySecretFile_exits3_namingTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "\n");
        CommandLineTest.Run run = CommandLineTest.run("serve", "--channel-secret-file", secret.toString(),
                "--journal", dir.resolve("journal").toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(secret + ":1: the channel secret file is empty");
    }

    private String[] serveArgs(Path journal, Path findings) throws IOException {
        return ServeHarness.serveArgs(dir, journal, findings).toArray(String[]::new);
    }

    private static HttpResponse<String> post(Server server, String body, String signature) throws IOException, InterruptedException {
        return ServeHarness.post(server.port(), body, signature);
    }

    private static List<String> journalLines(Path journal) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(journal)) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".journal.jsonl")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllLines(file));
            }
        }
        return files.values().stream().flatMap(List::stream).toList();
    }

    static Path roster() {
        return ServeHarness.roster();
    }
}
