package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linecorp.bot.parser.LineSignatureValidator;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code line-webhook} receiver on loopback, with a host that journals every record: what is
 * answered 200 and kept, what is refused and not kept, and that slow, stalled and idle clients
 * neither hold up valid requests nor stay for ever.
 */
final class LineWebhookReceiverTest {
    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T01:30:00Z"), ChatMessage.BANGKOK);
    /** No test waits longer than this for one answer. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final List<Receiver> started = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CLIENT_TIMEOUT).build();
    private final List<ReceivedRecord> kept = new CopyOnWriteArrayList<>();
    private volatile String token;

    @AfterEach
    void stopAll() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        for (Receiver receiver : started) {
            receiver.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void aSignedRequest_isKeptThenAnswered_andBadOnesAreRefusedUnkept() throws Exception {
        Receiver receiver = start(Map.of());
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E");

        assertThat(post(receiver, body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(kept).extracting(ReceivedRecord::body).containsExactly(body);
        assertThat(kept.get(0).receivedAt()).isEqualTo(CLOCK.instant());

        assertThat(post(receiver, body, sign(body + " ")).statusCode()).isEqualTo(401);
        assertThat(post(receiver, body, null).statusCode()).isEqualTo(401);
        assertThat(post(receiver, body, "not base64 at all!").statusCode()).isEqualTo(401);
        String broken = "{\"destination\":\"U1\",\"events\":[{\"type\":";
        assertThat(post(receiver, broken, sign(broken)).statusCode()).isEqualTo(400);
        String notWebhook = "{\"destination\":\"U1\"}";
        assertThat(post(receiver, notWebhook, sign(notWebhook)).statusCode()).isEqualTo(400);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(receiver.endpoint())).timeout(CLIENT_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");

        assertThat(kept).hasSize(1);
        assertThat(receiver.counts()).containsEntry("accepted", 1L).containsEntry("rejected", 5L);
    }

    @Test
    void theDecoder_readsAKeptRecordsEvents_andAnEventDeliveredTwiceOnce() throws Exception {
        Receiver receiver = start(Map.of());
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E");
        assertThat(post(receiver, body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(post(receiver, body, sign(body)).statusCode()).isEqualTo(200);

        RecordDecoder decoder = receiver.decoder();
        RecordingContext context = new RecordingContext();
        RecordDecoder.Decoded first = decoder.decode(kept.get(0), Evidence.atLine("j", 1), context);
        RecordDecoder.Decoded second = decoder.decode(kept.get(1), Evidence.atLine("j", 2), context);
        assertThat(first.messages()).singleElement().satisfies(message -> {
            assertThat(message.group()).isEqualTo("ข้อสั่งการ ปค.สน.");
            assertThat(message.text()).isEqualTo("ขอสอบถามครับ");
            assertThat(message.evidence()).isEqualTo(new Evidence("j", 1, "01JXR6Q2M8ZK3V7T9B4N1C5D6E"));
        });
        assertThat(second.messages()).isEmpty();
        assertThat(second.redeliveries()).isEqualTo(1);
        assertThatThrownBy(() -> decoder.decode(new ReceivedRecord(CLOCK.instant(), "{}"), Evidence.atLine("j", 3), context))
                .hasMessage("j:3: the body is not a LINE webhook request: not a LINE webhook request: no events");
    }

    @Test
    void aBodyOverTheCap_is413_announcedOrNot() throws Exception {
        Receiver receiver = start(Map.of("max-body-bytes", "1000"));
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E".repeat(1)) + " ".repeat(1000);

        assertThat(post(receiver, body, sign(body)).statusCode()).isEqualTo(413);
        try (Socket socket = connect(receiver)) {
            write(socket, "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Line-Signature: " + sign(body)
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(600) + "\r\n" + " ".repeat(600) + "\r\n"
                    + Integer.toHexString(600) + "\r\n" + " ".repeat(600) + "\r\n0\r\n\r\n");
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
        assertThat(kept).isEmpty();
        assertThat(receiver.counts()).containsEntry("tooLarge", 2L);
    }

    @Test
    void aBodyThatStopsComing_is408AfterTheReadTimeout_andItsConnectionClosed() throws Exception {
        Receiver receiver = start(Map.of("read-timeout-ms", "300"));
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E");
        Socket socket = connect(receiver);
        write(socket, "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Line-Signature: " + sign(body) + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body.substring(0, 20));

        assertThat(statusLine(socket)).startsWith("HTTP/1.1 408");
        assertThat(receiver.counts()).containsEntry("readTimeouts", 1L);
        assertThat(kept).isEmpty();
    }

    @Test
    void aSilentConnection_isClosedAfterTheIdleTimeout() throws Exception {
        Receiver receiver = start(Map.of("idle-timeout-ms", "300"));
        Socket socket = connect(receiver);
        write(socket, "POST /webhook HTTP/1.1\r\nHost: x\r\n");

        socket.setSoTimeout((int) CLIENT_TIMEOUT.toMillis());
        InputStream in = socket.getInputStream();
        byte[] rest = in.readAllBytes();
        assertThat(rest.length).as("the server closed the connection").isGreaterThanOrEqualTo(0);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aSinkThatCannotKeepTheRecord_makesItA503_soLineDeliversItAgain() throws Exception {
        Receiver receiver = start(Map.of(), record -> {
            throw new IOException("the journal's disk is full");
        });
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E");

        HttpResponse<String> response = post(receiver, body, sign(body));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("the journal's disk is full");
        assertThat(receiver.counts()).containsEntry("accepted", 0L);
    }

    @Test
    void theStatus_isTheHostsDocument_behindItsToken() throws Exception {
        token = "s3cret";
        Receiver receiver = start(Map.of());
        URI status = URI.create(receiver.endpoint().replace("/webhook", "/status"));

        HttpResponse<String> without = http.send(HttpRequest.newBuilder(status).timeout(CLIENT_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"rabiap\"");
        HttpResponse<String> with = http.send(HttpRequest.newBuilder(status).timeout(CLIENT_TIMEOUT).header("Authorization", "Bearer s3cret").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.body()).isEqualTo("{\"host\":true}");
    }

    @Test
    void stopping_letsARequestInFlightFinish_andRefusesNewConnections() throws Exception {
        Receiver receiver = start(Map.of());
        String body = request("01JXR6Q2M8ZK3V7T9B4N1C5D6E");
        Socket socket = connect(receiver);
        write(socket, "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Line-Signature: " + sign(body) + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body.substring(0, 40));
        waitUntil(() -> receiver.counts().get("inFlight") >= 1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> receiver.stop(Duration.ofSeconds(10)));
        Thread.sleep(300);
        assertThat(stopping).isNotDone();
        write(socket, body.substring(40));

        assertThat(statusLine(socket)).startsWith("HTTP/1.1 200");
        stopping.get(CLIENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(kept).extracting(ReceivedRecord::body).containsExactly(body);
        assertThatThrownBy(() -> connect(receiver).getInputStream().read()).isInstanceOf(IOException.class);
    }

    /**
     * A hundred clients that open a connection, send part of a request and stall (half of them in
     * the headers, half in the body) do not keep valid signed requests from being answered. The
     * latencies are printed; the assertion is that every valid request is answered 200 within its
     * client timeout, and kept.
     */
    @Test
    void aHundredStalledClients_doNotKeepValidRequestsFromBeingAnswered() throws Exception {
        Receiver receiver = start(Map.of());
        List<Long> before = validRequests(receiver, 50, "a");
        for (int index = 0; index < 100; index++) {
            Socket socket = connect(receiver);
            if (index % 2 == 0) {
                write(socket, "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Line-Sig");
            } else {
                String body = request("stalled" + index);
                write(socket, "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Line-Signature: " + sign(body) + "\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body.substring(0, 30));
            }
        }
        waitUntil(() -> receiver.counts().get("connections") >= 100);

        List<Long> during = validRequests(receiver, 200, "b");

        System.out.printf("line-webhook on loopback, journal forced to disk each request:%n"
                + "  no stalled clients:   50 valid requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                + "  100 stalled clients: 200 valid requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(before, 50), percentile(before, 99), percentile(before, 100),
                percentile(during, 50), percentile(during, 99), percentile(during, 100));
        assertThat(during).hasSize(200);
        assertThat(kept).hasSize(250);
        assertThat(receiver.counts().get("connections")).as("the stalled clients are still connected").isGreaterThanOrEqualTo(100);
    }

    /** Sends valid requests one after the other; returns each one's time to its 200, in nanoseconds. */
    private List<Long> validRequests(Receiver receiver, int count, String prefix) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            String body = request(prefix + index);
            long start = System.nanoTime();
            HttpResponse<String> response = post(receiver, body, sign(body));
            long took = System.nanoTime() - start;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            nanos.add(took);
        }
        return nanos;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }

    private Receiver start(Map<String, String> options) throws IOException {
        Journal journal = Journal.open(folder.resolve("journal"), LineWebhookReceiverFactory.NAME);
        return start(options, record -> {
            journal.append(record);
            kept.add(record);
        });
    }

    private Receiver start(Map<String, String> options, RecordSink sink) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET + "\n");
        Path groups = Files.writeString(folder.resolve("groups.csv"), "group_id,group\nCa1b2c3d4e5f60718293a4b5c6d7e8f90,ข้อสั่งการ ปค.สน.\n");
        Map<String, String> all = new HashMap<>(Map.of("channel-secret-file", secret.toString(), "port", "0", "groups", groups.toString()));
        all.putAll(options);
        ReceiverContext context = new ReceiverContext() {
            @Override
            public Clock clock() {
                return CLOCK;
            }

            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public Optional<String> status(String authorization) {
                return token == null || ("Bearer " + token).equals(authorization) ? Optional.of("{\"host\":true}") : Optional.empty();
            }
        };
        Receiver receiver = new LineWebhookReceiverFactory().create(all, context);
        receiver.start(sink);
        started.add(receiver);
        assertThat(receiver.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+/webhook");
        return receiver;
    }

    private HttpResponse<String> post(Receiver receiver, String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(receiver.endpoint())).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Socket connect(Receiver receiver) throws IOException {
        URI uri = URI.create(receiver.endpoint());
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout((int) CLIENT_TIMEOUT.toMillis());
        sockets.add(socket);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The first line of the answer on a socket. */
    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int read = in.read(); read >= 0 && read != '\n'; read = in.read()) {
                line.append((char) read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + CLIENT_TIMEOUT + "; read so far: " + line, e);
        }
        return line.toString().strip();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within " + CLIENT_TIMEOUT);
            }
            Thread.sleep(10);
        }
    }

    /** A request with one question in the orders group. */
    private static String request(String eventId) {
        return "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"m-"
                + eventId + "\",\"quoteToken\":\"q\",\"text\":\"ขอสอบถามครับ\"},\"webhookEventId\":\"" + eventId
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":1763946480000,\"source\":{\"type\":\"group\","
                + "\"groupId\":\"Ca1b2c3d4e5f60718293a4b5c6d7e8f90\",\"userId\":\"U52b58fb9d30c75424a02a0e432713bbb\"},\"replyToken\":\"r\",\"mode\":\"active\"}]}";
    }

    private static String sign(String body) {
        return Base64.getEncoder().encodeToString(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8))
                .generateSignature(body.getBytes(StandardCharsets.UTF_8)));
    }
}
