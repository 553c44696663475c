package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The journal of a live receiver: a folder of append-only JSONL files, one a day (Asia/Bangkok),
 * named after the receiver, {@code line-webhook-2025-06-16.journal.jsonl}. Each record is one line,
 * {@code {"receivedAt":"…","body":"<the record as a JSON string>"}}, written and forced to disk
 * before {@link #append} returns, so a record is acknowledged only once it is on disk.
 *
 * <p>A last line without its line end is a write cut short (by a crash or a full disk) before its
 * record was acknowledged. When it holds a whole record it is read, and {@link #append} ends it with
 * its line end; otherwise the {@link Reader} counts it as skipped and {@link #append} cuts it off
 * before writing after it. Reader and writer thus agree on the line number of every record.
 *
 * <p>Appends are serialised (thread-safe); a {@link Reader} is used by one thread.
 */
public final class Journal implements Closeable {
    /** The name of every journal file ends so. */
    public static final String SUFFIX = ".journal.jsonl";
    /** Longer lines are not read: each is a malformed record. */
    public static final int MAX_LINE_BYTES = 64 << 20;
    /** Why a last line without its line end that holds no whole record is skipped. */
    public static final String CUT_SHORT = "a record cut short (no line end): written when the process stopped, never acknowledged";

    private static final JsonFactory JSON = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * Where a record is in a journal folder: its file's name (not its path) and its line. Positions
     * of one receiver's journal order as its records were written.
     *
     * @param file the journal file's name
     * @param line the 1-based line
     */
    public record Position(String file, long line) implements Comparable<Position> {
        public Position {
            requireNonNull(file, "file is null");
            if (line < 1) {
                throw new IllegalArgumentException("line is not positive: " + line);
            }
        }

        @Override
        public int compareTo(Position other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile : Long.compare(line, other.line);
        }

        /** {@code file:line}. */
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /**
     * A record read back.
     *
     * @param file the journal file, as listed
     * @param line its 1-based line
     * @param record the record
     */
    public record Entry(Path file, long line, ReceivedRecord record) {
        public Entry {
            requireNonNull(file, "file is null");
            requireNonNull(record, "record is null");
        }

        /** Its position. */
        public Position position() {
            return new Position(file.getFileName().toString(), line);
        }

        /** Its evidence: the file as listed, and the line. */
        public Evidence evidence() {
            return Evidence.atLine(file.toString(), line);
        }
    }

    private final Path folder;
    private final String name;
    private FileChannel channel;
    private LocalDate day;
    private Path file;
    private long lines;

    private Journal(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /**
     * Opens (and creates) a journal folder for the receiver {@code name}; a file is opened when the
     * first record of its day comes.
     */
    public static Journal open(Path folder, String name) throws IOException {
        requireNonNull(folder, "folder is null");
        requireNonNull(name, "name is null");
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("a journal name is letters, digits and '-': " + name);
        }
        Files.createDirectories(folder);
        return new Journal(folder, name);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The receiver's name, which starts every file name of this journal. */
    public String name() {
        return name;
    }

    /** Every journal file of a folder, by name. */
    public static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Journal::isJournalFile).sorted().forEach(files::add);
        }
        return files;
    }

    /** The journal files of one receiver, oldest first (the name holds the day). */
    public static List<Path> files(Path folder, String name) throws IOException {
        String prefix = name + "-";
        return files(folder).stream().filter(path -> path.getFileName().toString().startsWith(prefix)).toList();
    }

    /** Whether a path names a journal file: a regular file whose name ends in {@value #SUFFIX}. */
    public static boolean isJournalFile(Path path) {
        Path fileName = path.getFileName();
        return fileName != null && fileName.toString().endsWith(SUFFIX) && Files.isRegularFile(path);
    }

    /**
     * Appends a record and forces it to disk.
     *
     * @return where it was written
     * @throws IOException when it cannot be written
     */
    public synchronized Position append(ReceivedRecord record) throws IOException {
        requireNonNull(record, "record is null");
        OffsetDateTime received = record.receivedAt().atZone(ChatMessage.BANGKOK).toOffsetDateTime();
        ByteArrayOutputStream line = new ByteArrayOutputStream(record.body().length() + 96);
        try (JsonGenerator generator = JSON.createGenerator(line)) {
            generator.writeStartObject();
            generator.writeStringField("receivedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(received));
            generator.writeStringField("body", record.body());
            generator.writeEndObject();
        }
        line.write('\n');
        LocalDate recordDay = received.toLocalDate();
        if (channel == null || recordDay.isAfter(day)) {
            // never back to an earlier file: the records of a journal stay in the order they were written
            switchTo(day == null || recordDay.isAfter(day) ? recordDay : day);
        }
        ByteBuffer buffer = ByteBuffer.wrap(line.toByteArray());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
        lines++;
        return new Position(file.getFileName().toString(), lines);
    }

    private void switchTo(LocalDate newDay) throws IOException {
        closeChannel();
        Path next = folder.resolve(name + "-" + newDay + SUFFIX);
        FileChannel opened = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        try {
            Tail tail = tail(next);
            if (tail.length() > tail.complete()) {
                if (tail.whole()) {
                    opened.position(tail.length());
                    opened.write(ByteBuffer.wrap(new byte[] {'\n'}));
                    lines = tail.lines() + 1;
                } else {
                    opened.truncate(tail.complete());
                    lines = tail.lines();
                }
                opened.force(true);
            } else {
                lines = tail.lines();
            }
            opened.position(opened.size());
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        channel = opened;
        day = newDay;
        file = next;
    }

    /**
     * A file's end: its length, the length up to and including its last line end, its lines, and
     * whether the bytes after the last line end hold a whole record.
     */
    private record Tail(long length, long complete, long lines, boolean whole) {}

    private static Tail tail(Path path) throws IOException {
        long complete = 0;
        long position = 0;
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int index = 0; index < read; index++) {
                    if (buffer[index] == '\n') {
                        complete = position + index + 1;
                        count++;
                    }
                }
                position += read;
            }
        }
        boolean whole = false;
        if (position > complete && position - complete <= MAX_LINE_BYTES) {
            byte[] rest = new byte[(int) (position - complete)];
            try (FileChannel read = FileChannel.open(path, StandardOpenOption.READ)) {
                ByteBuffer target = ByteBuffer.wrap(rest);
                while (target.hasRemaining() && read.read(target, complete + target.position()) > 0) {
                    // reads the rest
                }
            }
            try {
                parse(rest, rest.length, Evidence.atLine(path.toString(), count + 1));
                whole = true;
            } catch (MalformedInputException notWhole) {
                whole = false;
            }
        }
        return new Tail(position, complete, count, whole);
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

    /**
     * Reads journal files, one record at a time, in the order given.
     *
     * @param files the journal files, oldest first
     * @param context where blank lines and a record cut short are counted
     */
    public static Reader reader(List<Path> files, SourceContext context) {
        return new Reader(List.copyOf(files), requireNonNull(context, "context is null"));
    }

    /**
     * Reads journal files line by line. A line that is no record (not UTF-8, not JSON, not an object
     * with a {@code receivedAt} time and a {@code body} string) is a {@link MalformedInputException}
     * naming file and line, after which reading goes on. Not thread-safe.
     */
    public static final class Reader implements Closeable {
        private final Deque<Path> files;
        private final SourceContext context;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private InputStream in;
        private Path current;
        private long number;

        private Reader(List<Path> files, SourceContext context) {
            this.files = new ArrayDeque<>(files);
            this.context = context;
        }

        /**
         * The next record, or null at the end.
         *
         * @throws MalformedInputException for a line that is no record; the reader stays usable
         * @throws IOException when a file cannot be read
         */
        public Entry next() throws IOException {
            while (true) {
                if (in == null) {
                    Path file = files.poll();
                    if (file == null) {
                        return null;
                    }
                    in = Files.newInputStream(file);
                    current = file;
                    number = 0;
                    position = 0;
                    limit = 0;
                }
                line.reset();
                boolean ended = false;
                boolean tooLong = false;
                while (!ended) {
                    if (position == limit) {
                        limit = Math.max(in.read(buffer), 0);
                        position = 0;
                        if (limit == 0) {
                            break;
                        }
                    }
                    int start = position;
                    while (position < limit && buffer[position] != '\n') {
                        position++;
                    }
                    int take = Math.min(position - start, MAX_LINE_BYTES - line.size());
                    line.write(buffer, start, take);
                    tooLong |= take < position - start;
                    if (position < limit) {
                        position++;
                        ended = true;
                    }
                }
                if (!ended && line.size() == 0 && !tooLong) {
                    in.close();
                    in = null;
                    continue;
                }
                number++;
                Evidence where = Evidence.atLine(current.toString(), number);
                if (tooLong) {
                    throw new MalformedInputException(where, "a line longer than " + MAX_LINE_BYTES + " bytes");
                }
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                if (isBlank(bytes, length)) {
                    context.skipped(where, "blank line in a journal");
                    continue;
                }
                try {
                    return new Entry(current, number, parse(bytes, length, where));
                } catch (MalformedInputException e) {
                    if (!ended) {
                        context.skipped(where, CUT_SHORT);
                        continue;
                    }
                    throw e;
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
            files.clear();
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int index = 0; index < length; index++) {
            byte b = bytes[index];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One line as a record. */
    private static ReceivedRecord parse(byte[] bytes, int length, Evidence where) throws MalformedInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(where, "not valid UTF-8");
        }
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedInputException(where, "not a journal entry: expected {\"receivedAt\":…,\"body\":…}");
            }
            String body = null;
            String received = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("body".equals(field) && value == JsonToken.VALUE_STRING) {
                    body = parser.getText();
                } else if ("receivedAt".equals(field) && value == JsonToken.VALUE_STRING) {
                    received = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new MalformedInputException(where, "not a journal entry: text after the object");
            }
            if (body == null) {
                throw new MalformedInputException(where, "not a journal entry: no \"body\" string");
            }
            if (received == null) {
                throw new MalformedInputException(where, "not a journal entry: no \"receivedAt\" time");
            }
            Instant receivedAt;
            try {
                receivedAt = OffsetDateTime.parse(received).toInstant();
            } catch (DateTimeParseException e) {
                throw new MalformedInputException(where, "not a journal entry: \"receivedAt\" is no time: " + received);
            }
            return new ReceivedRecord(receivedAt, body);
        } catch (JsonProcessingException e) {
            throw new MalformedInputException(where, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (MalformedInputException e) {
            throw e;
        } catch (IOException e) {
            throw new MalformedInputException(where, "not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
