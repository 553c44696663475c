package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What the tests of {@code rabiap serve} share: signing, posting, reading findings, a server run in-process. */
final class ServeHarness {
    static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    static final String GROUP_ID = "Ca1b2c3d4e5f60718293a4b5c6d7e8f90";
    static final String GROUPS_CSV = "group_id,group\n" + GROUP_ID + ",ข้อสั่งการ ปค.สน.\n";
    /** The longest any wait in these tests may take: a start compiles the rule base, on a busy machine. */
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/webhook");
    /** LINE user ids of district chiefs on the sample roster (SN0192, SN0101, SN0141). */
    static final List<String> CHIEFS = List.of("U63768cf20ae1dac365a625fb9f67b052", "U52b58fb9d30c75424a02a0e432713bbb",
            "Ud0beb13b727685a58c6914b78a275b14");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();

    private ServeHarness() {}

    /**
     * A request with one question in the orders group: a finding (SKN-2P) whoever of the chiefs asks.
     *
     * @param eventId its webhookEventId, which the finding's messageId is
     * @param millis its timestamp
     */
    static String question(String eventId, long millis, String userId) {
        return "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"m"
                + eventId + "\",\"quoteToken\":\"q\",\"text\":\"ขอสอบถามครับ ต้องส่งรายงานภายในวันไหนครับ\"},\"webhookEventId\":\"" + eventId
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":" + millis + ",\"source\":{\"type\":\"group\",\"groupId\":\""
                + GROUP_ID + "\",\"userId\":\"" + userId + "\"},\"replyToken\":\"r\",\"mode\":\"active\"}]}";
    }

    /** Base64(HMAC-SHA256(body, channel secret)), as the LINE Platform signs. */
    static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body to the webhook at a port, signed when {@code signature} is not null. */
    static HttpResponse<String> post(int port, String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook")).timeout(WAIT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /status at a port, with a bearer token when not null. */
    static HttpResponse<String> status(int port, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).timeout(WAIT).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The secret file in a folder, written once. */
    static Path secretFile(Path dir) throws IOException {
        Path secret = dir.resolve("channel-secret.txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, SECRET + "\n");
        }
        return secret;
    }

    static Path roster() {
        return RepositoryFiles.path("samples/roster.csv");
    }

    /** The arguments of {@code rabiap serve} on a free port. */
    static List<String> serveArgs(Path dir, Path journal, Path findings) throws IOException {
        return new ArrayList<>(List.of("serve", "--roster", roster().toString(), "--channel-secret-file", secretFile(dir).toString(),
                "--journal", journal.toString(), "--port", "0", "--out", findings.toString()));
    }

    /** Rule, person and message (the {@code webhookEventId} of the event) of each finding. */
    static List<String> keys(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("rule").asText() + " " + f.get("personId").asText() + " " + f.get("messageId").asText()).toList();
    }

    static List<JsonNode> readJsonl(Path file) throws IOException {
        return Files.exists(file) ? parseJsonl(Files.readString(file)) : List.of();
    }

    static List<JsonNode> parseJsonl(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    /** Waits for a condition, at most {@link #WAIT}. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    /** {@code rabiap serve} running in-process on a thread of its own; interrupting the thread stops it. */
    static final class Server {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final Thread thread;
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private volatile String token;
        private volatile int code = -1;
        private int port;

        private Server(String[] args, Clock clock) {
            thread = new Thread(() -> code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), clock),
                    "rabiap-serve-" + COUNT.incrementAndGet());
        }

        static Server start(List<String> args, Clock clock) throws InterruptedException {
            Server server = new Server(args.toArray(String[]::new), clock);
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

        /** The bearer token status requests carry. */
        Server withToken(String value) {
            token = value;
            return this;
        }

        int port() {
            return port;
        }

        String err() {
            return err.toString();
        }

        HttpResponse<String> post(String body) throws IOException, InterruptedException {
            return ServeHarness.post(port, body, sign(body));
        }

        JsonNode status() throws IOException, InterruptedException {
            HttpResponse<String> response = ServeHarness.status(port, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        /** Waits until this many requests were accepted and every one is audited. */
        void awaitIdle(long accepted) throws IOException, InterruptedException {
            awaitStatus(s -> s.get("accepted").asLong() >= accepted);
        }

        /** Polls /status until it satisfies the condition with nothing pending. */
        JsonNode awaitStatus(Predicate<JsonNode> condition) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode status = status();
                if (condition.test(status) && status.get("pending").asLong() == 0) {
                    return status;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the status did not show it within " + WAIT + ": " + status());
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
