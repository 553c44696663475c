package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap serve} on loopback: signed LINE webhook requests of a Sakon Nakhon group are
 * journaled and audited live, refused ones leave the journal alone, a redelivered event is read
 * once, and {@code rabiap audit} of the journal gives the same findings.
 */
final class LineServeTest {
    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final String GROUP_ID = "Ca1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/webhook");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);
    /** The longest any wait in these tests may take: a start compiles the rule base, on a busy machine. */
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(60);

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

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void liveWebhook_journalsAndAudits_andTheReplayGivesTheSameFindings() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        Path findings = dir.resolve("findings.jsonl");
        Server server = Server.start(serveArgs(journal, findings));

        assertThat(post(server, ORDERS, sign(ORDERS)).statusCode()).isEqualTo(200);
        server.awaitIdle(1);
        List<JsonNode> live = readJsonl(findings);
        // U7c6b… joins with SN0194 and is on no roster: an outsider in a group with membership rules
        assertThat(keys(live)).containsExactly(
                "SKN-2P SN0101 01JXR6R4D1W8P2Q6S3T7V9X0YA",
                "SKN-2P SN0141 01JXR6T9H5N3B7K1M4P8R2S6TV",
                "SKN-2 SN0194 01JXR6X3Z9Y7W5V3T1S9R7Q5P3",
                "SKN-2  01JXR6X3Z9Y7W5V3T1S9R7Q5P3");
        JsonNode ack = live.get(0);
        assertThat(ack.get("group").asText()).isEqualTo("ข้อสั่งการ ปค.สน.");
        assertThat(ack.get("file").asText()).isEqualTo(journal.resolve("line-webhook-2025-11-24.journal.jsonl").toString());
        assertThat(ack.get("line").asLong()).isEqualTo(1);
        assertThat(ack.get("time").asText()).isEqualTo("2025-11-24T08:08:00+07:00");

        assertThat(post(server, REDELIVERED_ACK, sign(REDELIVERED_ACK)).statusCode()).isEqualTo(200);
        assertThat(post(server, LEFT, sign(LEFT)).statusCode()).isEqualTo(200);
        server.awaitIdle(3);
        assertThat(readJsonl(findings)).hasSize(4);

        List<String> journalBefore = journalLines(journal);
        assertThat(post(server, QUESTION, sign(QUESTION.replace("วันไหน", "วันใด"))).statusCode()).isEqualTo(401);
        assertThat(post(server, QUESTION, null).statusCode()).isEqualTo(401);
        assertThat(post(server, QUESTION, "not base64 at all!").statusCode()).isEqualTo(401);
        String broken = "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[{\"type\":\"message\",";
        assertThat(post(server, broken, sign(broken)).statusCode()).isEqualTo(400);
        String notWebhook = "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\"}";
        assertThat(post(server, notWebhook, sign(notWebhook)).statusCode()).isEqualTo(400);
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
        List<JsonNode> replayed = parseJsonl(out.toString());
        assertThat(keys(replayed)).isEqualTo(keys(live));
        assertThat(replayed).map(JsonNode::toString).isEqualTo(live.stream().map(JsonNode::toString).toList());
    }

    @Test
    void restart_readsTheJournalBack_soARedeliveryStaysOneFinding() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        Path findings = dir.resolve("findings.jsonl");
        Server first = Server.start(serveArgs(journal, findings));
        assertThat(post(first, ORDERS, sign(ORDERS)).statusCode()).isEqualTo(200);
        first.awaitIdle(1);
        first.stop();

        Server second = Server.start(serveArgs(journal, findings));
        assertThat(second.err()).contains("read back 1 journaled requests");
        assertThat(post(second, REDELIVERED_ACK, sign(REDELIVERED_ACK)).statusCode()).isEqualTo(200);
        assertThat(post(second, QUESTION, sign(QUESTION)).statusCode()).isEqualTo(200);
        second.awaitIdle(2);
        assertThat(second.status().get("redeliveries").asLong()).isEqualTo(1);
        second.stop();

        assertThat(keys(readJsonl(findings))).containsExactly(
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
        Server server = Server.start(args.toArray(String[]::new));
        assertThat(post(server, ORDERS, sign(ORDERS)).statusCode()).isEqualTo(200);
        server.awaitIdle(1);
        String before = server.status().get("ruleSetVersion").asText();
        long findingsBefore = server.status().get("findings").asLong();

        // The office lets members ask questions in the orders group: one edited row.
        Path posting = rules.resolve("posting.csv");
        Files.writeString(posting, Files.readString(posting).replace("report|incident|acknowledgement|question|pr|chat,,", "report|incident|acknowledgement|pr|chat,,"));
        JsonNode reloaded = awaitStatus(server, s -> s.get("reloads").asLong() == 1);
        assertThat(reloaded.get("ruleSetVersion").asText()).isNotEqualTo(before);
        assertThat(reloaded.get("lastReloadError").asText()).isEmpty();
        assertThat(post(server, QUESTION, sign(QUESTION)).statusCode()).isEqualTo(200);
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
        assertThat(post(server, again, sign(again)).statusCode()).isEqualTo(200);
        server.awaitIdle(3);
        assertThat(server.status().get("findings").asLong()).isEqualTo(findingsBefore);
        assertThat(server.status().get("accepted").asLong()).isEqualTo(3);
        server.stop();
        assertThat(journalLines(journal)).hasSize(3);
    }

    /** Polls /status until it satisfies the condition (at most 60 s: a rule change is noticed in about a second). */
    static JsonNode awaitStatus(Server server, java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = server.status();
            if (condition.test(status) && status.get("pending").asLong() == 0) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the status never showed the change within " + WAIT + ": " + server.status());
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
        Path secret = dir.resolve("channel-secret.txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, SECRET + "\n");
        }
        return new String[] {"serve", "--roster", roster().toString(), "--channel-secret-file", secret.toString(),
                "--journal", journal.toString(), "--port", "0", "--out", findings.toString()};
    }

    private HttpResponse<String> post(Server server, String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhook")).timeout(WAIT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Base64(HMAC-SHA256(body, channel secret)), as the LINE Platform signs. */
    static String sign(String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Rule, person and message (the {@code webhookEventId} of the event) of each finding. */
    private static List<String> keys(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("rule").asText() + " " + f.get("personId").asText() + " " + f.get("messageId").asText()).toList();
    }

    private static List<JsonNode> readJsonl(Path file) throws IOException {
        return Files.exists(file) ? parseJsonl(Files.readString(file)) : List.of();
    }

    private static List<JsonNode> parseJsonl(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
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
        return RepositoryFiles.path("samples/roster.csv");
    }

    /** {@code rabiap serve} running in-process on a thread of its own; interrupting the thread stops it. */
    private static final class Server {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final Thread thread;
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final HttpClient http = HttpClient.newHttpClient();
        private volatile int code = -1;
        private int port;

        private Server(String[] args) {
            thread = new Thread(() -> code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK),
                    "rabiap-serve-" + COUNT.incrementAndGet());
        }

        static Server start(String[] args) throws InterruptedException {
            Server server = new Server(args);
            server.thread.start();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (server.port == 0) {
                Matcher matcher = LISTENING.matcher(server.err.toString());
                if (matcher.find()) {
                    server.port = Integer.parseInt(matcher.group(1));
                } else if (!server.thread.isAlive()) {
                    throw new IllegalStateException("serve ended with " + server.code + ": " + server.err);
                } else if (System.nanoTime() > deadline) {
                    server.thread.interrupt();
                    throw new AssertionError("serve did not listen within " + WAIT + ": " + server.err);
                } else {
                    Thread.sleep(10);
                }
            }
            return server;
        }

        int port() {
            return port;
        }

        String err() {
            return err.toString();
        }

        JsonNode status() throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).timeout(WAIT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        /** Waits until this many requests were accepted and every one is audited. */
        void awaitIdle(long accepted) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode status = status();
                if (status.get("accepted").asLong() >= accepted && status.get("pending").asLong() == 0) {
                    return;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("not idle within " + WAIT + ": " + status());
        }

        CommandLineTest.Run stop() throws InterruptedException {
            thread.interrupt();
            thread.join(WAIT.toMillis());
            if (thread.isAlive()) {
                throw new AssertionError("serve did not stop within " + WAIT + ": " + err);
            }
            return new CommandLineTest.Run(code, out.toString(), err.toString());
        }
    }
}
