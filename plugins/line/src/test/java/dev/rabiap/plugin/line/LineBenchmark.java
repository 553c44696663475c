package dev.rabiap.plugin.line;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Throughput figures, not a test: (1) reading a large Thai phone export through the
 * {@code line-export} source against reading the same file line by line, and (2) sustained signed
 * webhook requests a second on loopback through the receive path of {@code rabiap serve} (the
 * {@code line-webhook} receiver on Jetty, the SDK's signature check and parser, the journal forced
 * to disk, the event mapping), checking that every event sent is in the journal. Run:
 *
 * <pre>
 * mvn -q -B -f plugins/line/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp plugins/line/target/test-classes:plugins/line/target/classes:$(cat plugins/line/target/cp.txt) \
 *     dev.rabiap.plugin.line.LineBenchmark [messages] [requests] [clients]
 * </pre>
 */
public final class LineBenchmark {
    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final String[] SENDERS = {"ปค.จ.สน.", "นอภ.เมืองสกลนคร", "นอภ.กุสุมาลย์ 🇹🇭", "ปลัดจักร กุสุมาลย์", "นอภ.ภูพาน", "ปจ.สน."};
    private static final String[] TEXTS = {
        "รับทราบครับ",
        "ขอให้อำเภอรายงานผลการสำรวจกลุ่มเปราะบางภายใน ๒๔ ชม. ทางระบบ e-Report",
        "[สติกเกอร์]",
        "[ไฟล์] สน0018.3-ว23801.pdf",
        "\"รายงานผลการสำรวจ อำเภอภูพาน\nผู้สูงอายุ ๒๑๒ ราย ผู้ป่วยติดเตียง ๓๑ ราย\nรายละเอียดตามไฟล์แนบครับ\"",
        "[รูป]"};

    private LineBenchmark() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path work = Files.createTempDirectory("rabiap-line-bench");
        try {
            exportParsing(work, messages);
            webhook(work.resolve("journal"), requests, clients);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void exportParsing(Path work, int messages) throws IOException {
        Path file = work.resolve("export.txt");
        long lines = writeExport(file, messages);
        double megabytes = Files.size(file) / 1e6;
        SourceContext context = context();
        long readNanos = Long.MAX_VALUE;
        long parseNanos = Long.MAX_VALUE;
        long parsed = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long count = 0;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                while (reader.readLine() != null) {
                    count++;
                }
            }
            readNanos = Math.min(readNanos, System.nanoTime() - start);
            if (count != lines) {
                throw new IllegalStateException("read " + count + " lines, wrote " + lines);
            }
            start = System.nanoTime();
            parsed = 0;
            try (MessageSource source = new LineExportSourceFactory().open(new SourceInput(file.toString()), Map.of(), context)) {
                while (source.next() != null) {
                    parsed++;
                }
            }
            parseNanos = Math.min(parseNanos, System.nanoTime() - start);
        }
        if (parsed != messages) {
            throw new IllegalStateException("parsed " + parsed + " messages, wrote " + messages);
        }
        System.out.printf("export: %,d messages, %,d lines, %.1f MB (Thai phone export, best of 5)%n", messages, lines, megabytes);
        System.out.printf("  read line by line: %6.0f ms  %7.1f MB/s%n", readNanos / 1e6, megabytes / (readNanos / 1e9));
        System.out.printf("  line-export parse: %6.0f ms  %7.1f MB/s  %,10.0f messages/s%n", parseNanos / 1e6,
                megabytes / (parseNanos / 1e9), messages / (parseNanos / 1e9));
        System.out.printf("  parse / read-lines time ratio: %.2f%n", (double) parseNanos / readNanos);
    }

    private static long writeExport(Path file, int messages) throws IOException {
        long lines = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[LINE] ประวัติการแชทในกลุ่ม \"ข้อสั่งการ ปค.สน.\"\nบันทึกเมื่อ ๒๕/๑๑/๒๕๖๘ ๑๗:๓๐\n");
            lines += 2;
            java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1);
            String[] weekdays = {"จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."};
            for (int index = 0; index < messages; index++) {
                if (index % 200 == 0) {
                    day = day.plusDays(1);
                    out.write("\n" + weekdays[day.getDayOfWeek().ordinal()] + " " + String.format("%02d/%02d/%d", day.getDayOfMonth(),
                            day.getMonthValue(), day.getYear() + 543) + "\n");
                    lines += 2;
                }
                int minute = (index % 200) * 4;
                String text = TEXTS[index % TEXTS.length];
                out.write(String.format("%02d:%02d\t%s\t%s\n", 6 + minute / 60, minute % 60, SENDERS[index % SENDERS.length], text));
                lines += text.split("\n", -1).length;
            }
        }
        return lines;
    }

    private static void webhook(Path journalFolder, int requests, int clients) throws Exception {
        Journal journal = Journal.open(journalFolder, LineWebhookReceiverFactory.NAME);
        Path secret = Files.writeString(Files.createDirectories(journalFolder).resolve("secret.txt"), SECRET + "\n");
        ReceiverContext host = new ReceiverContext() {
            @Override
            public Clock clock() {
                return Clock.system(ChatMessage.BANGKOK);
            }

            @Override
            public Path folder() {
                return journalFolder;
            }

            @Override
            public Optional<String> status(String authorization) {
                return Optional.of("{}");
            }
        };
        Receiver receiver = new LineWebhookReceiverFactory().create(Map.of("channel-secret-file", secret.toString(), "port", "0"), host);
        RecordDecoder decoder = receiver.decoder();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        AtomicLong mapped = new AtomicLong();
        Object lock = new Object();
        receiver.start(record -> {
            synchronized (lock) {
                Journal.Position position = journal.append(record);
                worker.execute(() -> {
                    try {
                        mapped.addAndGet(decoder.decode(record, Evidence.atLine(position.file(), position.line()), context()).messages().size());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(receiver.endpoint());
        int eventsPerRequest = 3;
        for (int warm = 0; warm < 200; warm++) {
            send(http, uri, body("warm" + warm, eventsPerRequest));
        }
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int index = 0; index < requests; index++) {
            String body = body("r" + index, eventsPerRequest);
            results.add(senders.submit(() -> send(http, uri, body)));
        }
        long ok = 0;
        for (Future<Integer> result : results) {
            ok += result.get() == 200 ? 1 : 0;
        }
        long nanos = System.nanoTime() - start;
        senders.shutdown();
        receiver.stop(Duration.ofSeconds(5));
        worker.submit(() -> null).get();
        worker.shutdown();
        journal.close();

        long journaledEvents = 0;
        long journaledRequests;
        try (LineJournalSource replay = LineJournalSource.open("bench", Journal.files(journalFolder),
                new LineWebhookEvents(LineGroupNames.none(), LineWebhookEvents.DEFAULT_ACCOUNT), context())) {
            while (replay.next() != null) {
                journaledEvents++;
            }
            journaledRequests = replay.requests();
        }
        long sentEvents = (long) (requests + 200) * eventsPerRequest;
        System.out.printf("webhook: %,d signed requests of %d events from %d clients on loopback (journal forced to disk each request)%n",
                requests, eventsPerRequest, clients);
        System.out.printf("  answered 200: %,d; %.0f requests/s, %.0f events/s%n", ok, requests / (nanos / 1e9),
                (double) requests * eventsPerRequest / (nanos / 1e9));
        System.out.printf("  journaled: %,d requests, %,d events; sent %,d events (with 200 warm-up requests): %s%n",
                journaledRequests, journaledEvents, sentEvents, journaledEvents == sentEvents && mapped.get() == sentEvents ? "equal" : "DIFFERENT");
    }

    private static int send(HttpClient http, URI uri, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)).generateSignature(bytes));
        HttpRequest request = HttpRequest.newBuilder(uri).header(WebhookParser.SIGNATURE_HEADER_NAME, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String body(String prefix, int count) {
        StringBuilder body = new StringBuilder("{\"destination\":\"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7\",\"events\":[");
        for (int index = 0; index < count; index++) {
            if (index > 0) {
                body.append(',');
            }
            body.append("{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"").append(prefix).append('-').append(index)
                    .append("\",\"quoteToken\":\"q\",\"text\":\"รับทราบครับ อำเภอพรรณานิคม\"},\"webhookEventId\":\"").append(prefix).append('-')
                    .append(index).append("\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":1763946480000,")
                    .append("\"source\":{\"type\":\"group\",\"groupId\":\"Ca1b2c3d4e5f60718293a4b5c6d7e8f90\",\"userId\":\"U52b58fb9d30c75424a02a0e432713bbb\"},")
                    .append("\"replyToken\":\"r\",\"mode\":\"active\"}");
        }
        return body.append("]}").toString();
    }

    private static SourceContext context() {
        return new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                throw new IllegalStateException(where + ": " + reason);
            }

            @Override
            public Clock clock() {
                return Clock.system(ChatMessage.BANGKOK);
            }
        };
    }
}
