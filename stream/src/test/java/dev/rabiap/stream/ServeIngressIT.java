package dev.rabiap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.parser.LineSignatureValidator;
import dev.rabiap.cli.Main;
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
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap serve --kafka} with the LINE webhook, in this JVM, against a real broker: a signed
 * request's messages are on the messages topic once, though LINE delivers the request again, and
 * again after serve restarts.
 */
@ExtendWith(SharedBroker.class)
final class ServeIngressIT {
    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final String GROUP_ID = "Ca1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/webhook");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();

    @TempDir
    Path dir;

    @Test
    void acceptedMessages_areOnTheTopicOnce_thoughDeliveredAgainAndAfterARestart(Broker broker) throws Exception {
        long now = System.currentTimeMillis();
        String body = "{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[" + text("e-1", "m-1", "รับทราบครับ", now) + ","
                + text("e-2", "m-2", "รายงานผลตามข้อสั่งการครับ", now + 1) + "]}";
        Path secret = dir.resolve("channel-secret.txt");
        Files.writeString(secret, SECRET + "\n");
        List<String> args = List.of("serve", "--kafka", "", "--topics", "ingress", "--channel-secret-file", secret.toString(), "--port", "0",
                "--transactional-id", "serve-ingress-it");
        String[] command = args.toArray(String[]::new);
        command[2] = broker.bootstrap();
        Serve first = Serve.start(command);
        try {
            assertThat(first.post(body, sign(body)).statusCode()).isEqualTo(200);
            assertThat(first.post(body, sign(body)).statusCode()).as("LINE delivers it again").isEqualTo(200);
            assertThat(first.post(body, "bm90IHRoZSBzaWduYXR1cmU=").statusCode()).as("a forged signature").isEqualTo(401);
            JsonNode status = Samples.JSON.readTree(first.get("/status"));
            assertThat(status.get("accepted").asLong()).isEqualTo(2);
            assertThat(status.get("sent").asLong()).isEqualTo(2);
            assertThat(status.get("redeliveries").asLong()).isEqualTo(2);
            assertThat(status.get("failures").asLong()).isZero();
        } finally {
            assertThat(first.stop()).as(first.err()).isZero();
        }
        Serve second = Serve.start(command);
        try {
            assertThat(second.post(body, sign(body)).statusCode()).as("delivered again after the restart").isEqualTo(200);
            JsonNode status = Samples.JSON.readTree(second.get("/status"));
            assertThat(status.get("sent").asLong()).isZero();
            assertThat(status.get("redeliveries").asLong()).isEqualTo(2);
        } finally {
            assertThat(second.stop()).as(second.err()).isZero();
        }
        List<ConsumerRecord<String, byte[]>> records = broker.readCommitted("ingress.messages", 2, WAIT.toMillis());
        List<String> messages = records.stream().map(r -> Samples.tree(r.value())).filter(n -> !n.has("control"))
                .map(n -> n.get("id").asText() + " " + n.get("text").asText()).toList();
        assertThat(messages).containsExactlyInAnyOrder("m-1 รับทราบครับ", "m-2 รายงานผลตามข้อสั่งการครับ");
    }

    @Test
    void withoutKafka_theLocalAuditOptionsAreRefused() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"serve", "--kafka", "127.0.0.1:1", "--journal", dir.toString(), "--channel-secret-file", "x"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true), Clock.system(ChatMessage.BANGKOK));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--journal does not go with --kafka");
    }

    private static String text(String eventId, String messageId, String text, long millis) {
        return "{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"" + messageId + "\",\"quoteToken\":\"q\",\"text\":\"" + text
                + "\"},\"webhookEventId\":\"" + eventId + "\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":" + millis
                + ",\"source\":{\"type\":\"group\",\"groupId\":\"" + GROUP_ID + "\",\"userId\":\"U63768cf20ae1dac365a625fb9f67b052\"},"
                + "\"replyToken\":\"r\",\"mode\":\"active\"}";
    }

    /** The X-Line-Signature of a body, made by the LINE SDK as the LINE Platform makes it. */
    private static String sign(String body) {
        byte[] signature = new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)).generateSignature(body.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature);
    }

    /** {@code rabiap serve} on a thread of this JVM; interrupting the thread stops it. */
    private static final class Serve {
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int code = -1;
        private int port;

        private Serve(String[] args) {
            thread = new Thread(() -> code = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    Clock.system(ChatMessage.BANGKOK)), "rabiap-serve-kafka");
        }

        static Serve start(String[] args) throws InterruptedException {
            Serve serve = new Serve(args);
            serve.thread.start();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (serve.port == 0) {
                Matcher matcher = LISTENING.matcher(serve.err());
                if (matcher.find()) {
                    serve.port = Integer.parseInt(matcher.group(1));
                } else if (!serve.thread.isAlive()) {
                    throw new IllegalStateException("serve ended with " + serve.code + ": " + serve.err());
                } else if (System.nanoTime() > deadline) {
                    serve.thread.interrupt();
                    throw new AssertionError("serve did not listen within " + WAIT + ": " + serve.err());
                } else {
                    Thread.sleep(20);
                }
            }
            return serve;
        }

        String err() {
            synchronized (err) {
                return err.toString();
            }
        }

        HttpResponse<String> post(String body, String signature) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook")).timeout(WAIT)
                    .header("Content-Type", "application/json; charset=utf-8").header("X-Line-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }

        String get(String path) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(WAIT.toMillis());
            if (thread.isAlive()) {
                throw new AssertionError("serve did not stop within " + WAIT + ": " + err());
            }
            return code;
        }
    }
}
