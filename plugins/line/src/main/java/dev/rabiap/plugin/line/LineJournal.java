package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The webhook journal: a folder of append-only JSONL files, one a day (Asia/Bangkok),
 * {@code line-webhook-2025-06-16.journal.jsonl}. Each accepted request is one line,
 * {@code {"receivedAt":"…","body":"<the raw body as a JSON string>"}}, written and forced to disk
 * before {@link #append} returns, so a request is answered only once it is on disk.
 *
 * <p>On opening a file that ends in a line without its line end (a write cut short before the
 * request was answered), that partial line is cut off. Thread-safe: appends are serialised.
 */
public final class LineJournal implements Closeable {
    /** The name of every journal file ends so. */
    public static final String SUFFIX = ".journal.jsonl";
    /** The name of every file this journal writes starts so. */
    public static final String PREFIX = "line-webhook-";

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Where an appended request is.
     *
     * @param file the journal file
     * @param line its 1-based line
     */
    public record Entry(Path file, long line) {}

    private final Path folder;
    private final Clock clock;
    private FileChannel channel;
    private LocalDate day;
    private Path file;
    private long lines;

    private LineJournal(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Opens (and creates) a journal folder; files are opened when the first request of a day comes. */
    public static LineJournal open(Path folder, Clock clock) throws IOException {
        requireNonNull(folder, "folder is null");
        requireNonNull(clock, "clock is null");
        Files.createDirectories(folder);
        return new LineJournal(folder, clock);
    }

    /** The journal files of a folder, oldest first (by name, which starts with the day). */
    public static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(LineJournal::isJournalFile).sorted().forEach(files::add);
        }
        return files;
    }

    /** Whether a path names a journal file: a regular file whose name ends in {@value #SUFFIX}. */
    public static boolean isJournalFile(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().endsWith(SUFFIX) && Files.isRegularFile(path);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Appends a request and forces it to disk.
     *
     * @param body the raw request body, UTF-8 JSON
     * @return where it was written
     * @throws java.nio.charset.CharacterCodingException when the body is not UTF-8
     * @throws IOException when it cannot be written
     */
    public synchronized Entry append(byte[] body) throws IOException {
        requireNonNull(body, "body is null");
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body)).toString();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ChatMessage.BANGKOK);
        ByteArrayOutputStream line = new ByteArrayOutputStream(body.length + 96);
        try (JsonGenerator generator = JSON.createGenerator(line)) {
            generator.writeStartObject();
            generator.writeStringField("receivedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
            generator.writeStringField("body", text);
            generator.writeEndObject();
        }
        line.write('\n');
        if (channel == null || !now.toLocalDate().equals(day)) {
            switchTo(now.toLocalDate());
        }
        ByteBuffer buffer = ByteBuffer.wrap(line.toByteArray());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
        lines++;
        return new Entry(file, lines);
    }

    private void switchTo(LocalDate newDay) throws IOException {
        closeChannel();
        Path next = folder.resolve(PREFIX + newDay + SUFFIX);
        FileChannel opened = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        long complete = completeLength(next);
        if (opened.size() > complete) {
            opened.truncate(complete);
            opened.force(true);
        }
        opened.position(complete);
        lines = countLines(next, complete);
        channel = opened;
        day = newDay;
        file = next;
    }

    /** The length up to and including the last line end. */
    private static long completeLength(Path path) throws IOException {
        long complete = 0;
        long position = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int index = 0; index < read; index++) {
                    if (buffer[index] == '\n') {
                        complete = position + index + 1;
                    }
                }
                position += read;
            }
        }
        return complete;
    }

    private static long countLines(Path path, long length) throws IOException {
        long count = 0;
        long position = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read > 0 && position < length; read = in.read(buffer)) {
                int limit = (int) Math.min(read, length - position);
                for (int index = 0; index < limit; index++) {
                    if (buffer[index] == '\n') {
                        count++;
                    }
                }
                position += read;
            }
        }
        return count;
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeChannel();
    }
}
