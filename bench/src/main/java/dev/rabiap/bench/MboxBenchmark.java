package dev.rabiap.bench;

import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast the e-mail plugin's {@code mbox} source turns a large mbox into messages, compared with
 * the least any reader of the file must do.
 *
 * <p>It writes an mbox of generated Thai mails (200,000 by default) to a folder, streaming, then
 * measures in one JVM:
 * <ul>
 * <li>the bare read: a {@link BufferedReader} over the file (ISO-8859-1, which takes every byte as
 *     it is) reading it line by line and counting the lines that start with {@code From };
 * <li>the mbox source: the real {@code mbox} factory, opened through the engine's
 *     {@link SourceRegistry}, reading every mail into a {@link ChatMessage} (splitting, MIME parsing,
 *     charset and transfer decoding, quote stripping), with no rules;
 * </ul>
 * and prints messages per second and megabytes per second for both, and the ratio of the two.
 *
 * <p>The mails mix what a provincial mailbox holds: UTF-8 and TIS-620 quoted-printable, windows-874
 * base64, UTF-8 HTML, UTF-8 8-bit with an mboxrd-escaped {@code >From } line; RFC 2047 subjects and
 * names in the same charsets; replies with In-Reply-To, References and a quoted original; a List-Id.
 *
 * <p>Options: {@code --mails N} (default 200,000), {@code --dir DIR} (default
 * {@code $TMPDIR/rabiap-mbox-bench}), {@code --runs R} measured passes of each, median reported
 * (default 3), {@code --keep} to leave the file in place; {@code --help} lists them.
 */
public final class MboxBenchmark {
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final DateTimeFormatter FROM_LINE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
    private static final Charset TIS_620 = Charset.forName("TIS-620");
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private static final String LIST_ID = "List-Id: =?UTF-8?B?" + base64("ศอ.จอส.จว.สน.".getBytes(StandardCharsets.UTF_8))
            + "?= <sorjorsor.sakonnakhon.go.th>\n";
    private static final String[] DISTRICTS = {"เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ",
        "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย",
        "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน"};
    private static final String ORDER_BODY = """
            เรียน ศอ.จอส.อำเภอทุกอำเภอ

            ตามที่จังหวัดสกลนครกำหนดจัดกิจกรรมจิตอาสาพัฒนา เนื่องในวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘
            ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานความพร้อม ได้แก่ สถานที่ จำนวนจิตอาสา
            และผู้ประสานงาน ตอบกลับทางอีเมลนี้ ภายใน ๒๔ ชม.

            จึงเรียนมาเพื่อทราบและดำเนินการ
            ศูนย์อำนวยการจิตอาสาพระราชทาน จังหวัดสกลนคร""";

    private MboxBenchmark() {}

    /** The command line. */
    @Command(name = "MboxBenchmark", description = "Times the e-mail plugin's mbox source against a bare read of the same generated mbox.")
    static final class Cli extends BenchCommand {
        @Option(names = "--mails", paramLabel = "N", converter = CommonArgs.Count.class, description = "mails in the mbox (200k and 200_000 are fine)")
        long mails = 200_000;

        @Option(names = "--keep", description = "leave the mbox in place")
        boolean keep;

        Cli() {
            super(new CommonArgs().dir("rabiap-mbox-bench", "where the mbox goes").runs(3, "measured passes of each, whose median is reported"), System.out);
        }

        @Override
        public Integer call() {
            return run(common.positive("--mails", mails), common.dir(), common.runs(), keep, out);
        }
    }

    /** Runs the benchmark; exits 0, or 2 for a usage error or a failure. */
    public static void main(String[] args) {
        System.exit(CommonArgs.execute(new Cli(), args));
    }

    static int run(long mails, Path dir, int runs, boolean keep, PrintStream out) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("mails-" + mails + ".mbox");
            long start = System.nanoTime();
            write(file, mails, new Random(2568));
            long bytes = Files.size(file);
            out.printf(Locale.ROOT, "wrote %,d mails, %.1f MB, to %s in %.1f s%n", mails, bytes / 1e6, file, seconds(System.nanoTime() - start));

            SourceRegistry registry = EngineModule.injector(Clock.system(ChatMessage.BANGKOK)).getInstance(SourceRegistry.class);
            long warmupLimit = Math.min(mails, 20_000);
            bareRead(file);
            parse(registry, file, warmupLimit);

            long[] bareNanos = new long[runs];
            long[] parseNanos = new long[runs];
            long fromLines = 0;
            Parsed parsed = null;
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                fromLines = bareRead(file);
                bareNanos[run] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                parsed = parse(registry, file, 0);
                parseNanos[run] = System.nanoTime() - t1;
                out.printf(Locale.ROOT, "run %d: bare read %.2f s, mbox source %.2f s%n", run + 1, seconds(bareNanos[run]), seconds(parseNanos[run]));
            }
            if (fromLines != mails || parsed.messages() != mails || parsed.skipped() != 0) {
                out.printf(Locale.ROOT, "FAILED: %d mails written, %d From lines, %d messages read, %d skipped%n",
                        mails, fromLines, parsed.messages(), parsed.skipped());
                return 2;
            }
            double bare = median(bareNanos);
            double source = median(parseNanos);
            out.printf(Locale.ROOT, "bare read:   %,12.0f mails/s  %8.1f MB/s  (BufferedReader, line by line, counting From lines)%n",
                    mails / seconds(bare), bytes / 1e6 / seconds(bare));
            out.printf(Locale.ROOT, "mbox source: %,12.0f mails/s  %8.1f MB/s  (split, MIME, charsets, quotes; no rules)%n",
                    mails / seconds(source), bytes / 1e6 / seconds(source));
            out.printf(Locale.ROOT, "ratio: the mbox source runs at %.1f%% of the bare read (%.1f times slower); checksum %d%n",
                    100 * bare / source, source / bare, parsed.checksum());
            if (!keep) {
                Files.deleteIfExists(file);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("FAILED: " + e);
            e.printStackTrace(out);
            return 2;
        }
    }

    private record Parsed(long messages, long skipped, long checksum) {}

    /** Reads the file line by line and counts the lines that start with {@code From }. */
    static long bareRead(Path file) throws IOException {
        long count = 0;
        try (BufferedReader reader = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.ISO_8859_1), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("From ")) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Parsed parse(SourceRegistry registry, Path file, long limit) throws IOException {
        long[] skipped = new long[1];
        SourceContext context = new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                skipped[0]++;
            }

            @Override
            public Clock clock() {
                return Clock.system(ChatMessage.BANGKOK);
            }
        };
        long messages = 0;
        long checksum = 0;
        try (MessageSource source = registry.open(new SourceInput(file.toString()), "mbox", Map.of(), context)) {
            ChatMessage message;
            while ((limit <= 0 || messages < limit) && (message = source.next()) != null) {
                messages++;
                checksum += message.text().length() + message.sender().length() + message.group().length();
            }
        }
        return new Parsed(messages, skipped[0], checksum);
    }

    /** Writes {@code count} mails, streaming: one mail is built at a time. */
    static void write(Path file, long count, Random random) throws IOException {
        List<Body> bodies = bodies();
        ZonedDateTime time = ZonedDateTime.of(2025, 12, 1, 8, 0, 0, 0, ChatMessage.BANGKOK);
        String order = "order-0@mail.dopa.go.th";
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                time = time.plusSeconds(1 + random.nextInt(20));
                int district = random.nextInt(DISTRICTS.length);
                boolean isOrder = i % 19 == 0;
                Body body = isOrder ? bodies.get(0) : bodies.get(1 + random.nextInt(bodies.size() - 1));
                String id = (isOrder ? "order-" : "m-") + i + "@mail.dopa.go.th";
                String address = isOrder ? "sorjorsor.sakon@dopa.go.th" : "jitarsa.d" + district + "@dopa.go.th";
                String name = isOrder ? "ศอ.จอส.จว.สน." : "จอส." + DISTRICTS[district];
                StringBuilder mail = new StringBuilder(body.encoded().length() + 1024);
                mail.append("From ").append(address).append(' ').append(FROM_LINE.format(time.withZoneSameInstant(ZoneOffset.UTC))).append('\n');
                mail.append("Return-Path: <").append(address).append(">\n");
                mail.append("From: ").append(word(name, body.charset())).append(" <").append(address).append(">\n");
                mail.append("To: sorjorsor@sakonnakhon.go.th\n");
                mail.append("Subject: ").append(word((isOrder ? "" : "Re: ") + "ข้อสั่งการ ศอ.จอส.จว.สน. รายงานความพร้อม " + DISTRICTS[district], body.charset())).append('\n');
                mail.append("Date: ").append(RFC_5322.format(time)).append('\n');
                mail.append("Message-ID: <").append(id).append(">\n");
                if (!isOrder) {
                    mail.append("In-Reply-To: <").append(order).append(">\nReferences: <").append(order).append(">\n");
                }
                mail.append(LIST_ID);
                mail.append("MIME-Version: 1.0\n");
                mail.append(body.encoded());
                mail.append('\n');
                out.write(mail.toString().getBytes(StandardCharsets.UTF_8));
                if (isOrder) {
                    order = id;
                }
            }
        }
    }

    /** A body in one charset and transfer encoding, with its MIME headers, encoded once and reused. */
    private record Body(String charset, String encoded) {}

    private static List<Body> bodies() {
        String quote = "\n\nเมื่อ จ. 1 ธ.ค. 2568 เวลา 09:00 ศอ.จอส.จว.สน. <sorjorsor.sakon@dopa.go.th> เขียนว่า:\n"
                + String.join("\n", ORDER_BODY.lines().map(line -> ("> " + line).stripTrailing()).toList());
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("windows-874", "Content-Type: text/plain; charset=windows-874\nContent-Transfer-Encoding: base64\n\n"
                + base64Lines(ORDER_BODY.getBytes(WINDOWS_874))));
        for (String district : Arrays.copyOf(DISTRICTS, 6)) {
            String report = "รายงานความพร้อม ศอ.จอส.อำเภอ" + district + "\nสถานที่ วัดกลาง จิตอาสา ๑๒๐ คน\n"
                    + "ผู้ประสานงาน โทร. ๐๘๑ ๒๓๔ ๕๖๗๘";
            bodies.add(new Body("UTF-8", "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + quotedPrintable((report + quote).getBytes(StandardCharsets.UTF_8))));
            bodies.add(new Body("TIS-620", "Content-Type: text/plain; charset=TIS-620\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + quotedPrintable((report + quote).getBytes(TIS_620))));
            bodies.add(new Body("windows-874", "Content-Type: text/plain; charset=windows-874\nContent-Transfer-Encoding: base64\n\n"
                    + base64Lines(("เรียน ศอ.จอส.จว.สน.\n\n“" + report + "”" + quote).getBytes(WINDOWS_874))));
            String html = "<html><head><meta charset=\"UTF-8\"><style>p{margin:0}</style></head><body><div>"
                    + report.replace("\n", "<br>") + "</div><div class=\"gmail_quote\"><blockquote>"
                    + ORDER_BODY.replace("\n", "<br>") + "</blockquote></div></body></html>";
            bodies.add(new Body("UTF-8", "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                    + base64Lines(html.getBytes(StandardCharsets.UTF_8))));
            bodies.add(new Body("UTF-8", "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                    + report + "\n\n>From ศอ.จอส.อำเภอ" + district + " ด้วยความเคารพ\n"));
        }
        return List.copyOf(bodies);
    }

    private static String word(String text, String charset) {
        Charset java = charset.equals("UTF-8") ? StandardCharsets.UTF_8 : charset.equals("TIS-620") ? TIS_620 : WINDOWS_874;
        return "=?" + charset + "?B?" + base64(text.getBytes(java)) + "?=";
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String base64Lines(byte[] bytes) {
        return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bytes) + "\n";
    }

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '\n') {
                out.append('\n');
                column = 0;
                continue;
            }
            String piece = (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c) : String.format(Locale.ROOT, "=%02X", c);
            if (column + piece.length() > 75) {
                out.append("=\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.append('\n').toString();
    }

    private static double seconds(double nanos) {
        return nanos / 1e9;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
