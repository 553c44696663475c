package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Streams the messages of one LINE chat-history export. Reads the file once, line by line, and
 * holds only the message it is reading (a quoted message until its closing quote).
 *
 * <p>Each physical line is a header, a saved-on line, a blank line, a date line, the first line of
 * a message (a system line when it has no sender), a continuation of the message before it, or
 * unrecognised; an unrecognised line is reported to {@link SourceContext#skipped}. A message whose
 * text starts with {@code "} and does not close on its line is read as a quoted message up to the
 * line ending in an odd run of {@code "}, with {@code ""} unescaped; if the quoting turns out to be
 * invalid (a lone {@code "} inside, or no closing quote), its lines are read again as raw lines.
 */
final class LineExportSource implements MessageSource {
    private static final int MAX_QUOTED_LINES = 10_000;
    private static final int MAX_QUOTED_CHARS = 1 << 20;
    private static final String NO_DATE = "message before any date line";

    private final String location;
    private final String fileName;
    private final String group;
    private final LineVariant variant;
    private final LineGrammar grammar;
    private final LineTextClassifier classifier;
    private final SourceContext context;
    private final PhysicalLines lines;
    private final Deque<Line> replay = new ArrayDeque<>();
    private final Deque<ChatMessage> ready = new ArrayDeque<>();

    private boolean headerSeen;
    private boolean previousBlank;
    private LocalDate date;
    private String dateProblem = NO_DATE;
    private Record current;
    private long unrecognised;

    private LineExportSource(String location, Path file, String group, LineVariant variant, LineSenders senders,
            SourceContext context) throws IOException {
        this.location = location;
        this.fileName = file.getFileName().toString();
        this.group = group;
        this.variant = variant;
        this.grammar = new LineGrammar(variant, senders);
        this.classifier = new LineTextClassifier(variant == LineVariant.PC);
        this.context = context;
        this.lines = PhysicalLines.of(file);
    }

    /**
     * Opens a file. For a PC save it first reads the file once to learn the senders' names.
     *
     * @param location the path as given, used in evidence
     * @param file the file
     * @param group the group name of every message
     * @param variant the export variant
     * @param context where skipped lines are counted
     */
    static LineExportSource open(String location, Path file, String group, LineVariant variant, SourceContext context)
            throws IOException {
        requireNonNull(location, "location is null");
        requireNonNull(file, "file is null");
        requireNonNull(group, "group is null");
        requireNonNull(variant, "variant is null");
        requireNonNull(context, "context is null");
        LineSenders senders = new LineSenders();
        if (variant == LineVariant.PC) {
            learnSenders(file, senders);
        }
        return new LineExportSource(location, file, group, variant, senders, context);
    }

    @Override
    public ChatMessage next() throws IOException {
        while (ready.isEmpty()) {
            Line line = nextLine();
            if (line == null) {
                if (current == null) {
                    return null;
                }
                if (current.quoting) {
                    abandonQuote(null);
                } else {
                    finish();
                }
            } else if (current != null && current.quoting) {
                quoted(line);
            } else {
                accept(line);
            }
        }
        return ready.poll();
    }

    @Override
    public String description() {
        return location;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** The variant this source reads. */
    LineVariant variant() {
        return variant;
    }

    /** The group name of its messages. */
    String group() {
        return group;
    }

    /** How many lines were reported as unrecognised so far. */
    long unrecognised() {
        return unrecognised;
    }

    /** Classifies one line outside a quoted message; completes the current message when the line starts a new record. */
    private void accept(Line line) throws IOException {
        String text = line.text();
        if (line.number() == 1 && LineGrammar.isHeader(text)) {
            headerSeen = true;
            return;
        }
        if (line.number() == 2 && headerSeen && LineGrammar.isSavedOn(text)) {
            return;
        }
        if (text.isBlank()) {
            if (current != null) {
                current.blanks++;
            }
            previousBlank = true;
            return;
        }
        boolean blankBefore = previousBlank;
        previousBlank = false;
        // Inside a phone message, a date-shaped line only separates days after a blank line.
        if (!variant.tabSeparated() || current == null || blankBefore) {
            LocalDate lineDate;
            try {
                lineDate = grammar.date(text);
            } catch (DateTimeException e) {
                if (endsRecord(line, blankBefore)) {
                    return;
                }
                date = null;
                dateProblem = "message under the invalid date line " + line.number();
                throw new MalformedInputException(evidence(line.number()), "invalid date line: " + LineText.abbreviate(text), e);
            }
            if (lineDate != null) {
                if (!endsRecord(line, blankBefore)) {
                    date = lineDate;
                    dateProblem = null;
                }
                return;
            }
        }
        LineGrammar.MessageLine message = grammar.message(text);
        if (message != null) {
            if (!endsRecord(line, blankBefore)) {
                start(line.number(), message);
            }
            return;
        }
        if (current != null) {
            current.appendLine(text);
            return;
        }
        unrecognised++;
        context.skipped(evidence(line.number()), "unrecognised line: " + LineText.abbreviate(text));
    }

    /** If a message is open, puts the line back to be read again and completes the message. */
    private boolean endsRecord(Line line, boolean blankBefore) throws MalformedInputException {
        if (current == null) {
            return false;
        }
        replay.addFirst(line);
        previousBlank = blankBefore;
        finish();
        return true;
    }

    private void start(long number, LineGrammar.MessageLine message) {
        current = new Record(number, date, dateProblem, message);
        String sender = message.senderColumn();
        if (variant.tabSeparated() && sender != null && !LineText.cleanName(sender).isEmpty()
                && message.text().startsWith("\"") && Quotes.scan(message.text(), 1) == Quotes.OPEN) {
            current.quoting = true;
            current.held = new ArrayList<>();
        }
    }

    /** A line inside a quoted message. */
    private void quoted(Line line) {
        int state = Quotes.scan(line.text(), 0);
        if (state == Quotes.INVALID) {
            abandonQuote(line);
            return;
        }
        current.held.add(line);
        current.heldChars += line.text().length();
        if (state == Quotes.CLOSED) {
            StringBuilder text = new StringBuilder(current.first.text().substring(1));
            for (Line held : current.held) {
                text.append('\n').append(held.text());
            }
            text.setLength(text.length() - 1);
            current.text.setLength(0);
            current.text.append(text.toString().replace("\"\"", "\""));
            current.quoting = false;
            current.held = null;
            previousBlank = false;
        } else if (current.held.size() > MAX_QUOTED_LINES || current.heldChars > MAX_QUOTED_CHARS) {
            abandonQuote(null);
        }
    }

    /** The quoted reading failed: the message is its first line, and the lines after it are read again. */
    private void abandonQuote(Line failing) {
        if (failing != null) {
            replay.addFirst(failing);
        }
        for (int index = current.held.size() - 1; index >= 0; index--) {
            replay.addFirst(current.held.get(index));
        }
        current.quoting = false;
        current.held = null;
        previousBlank = false;
    }

    /** Turns the current record into messages (one per invitee), or throws when it has no date. */
    private void finish() throws MalformedInputException {
        Record record = current;
        current = null;
        Evidence evidence = evidence(record.number);
        if (record.date == null) {
            throw new MalformedInputException(evidence, record.dateProblem);
        }
        LineGrammar.MessageLine first = record.first;
        ZonedDateTime time = ZonedDateTime.of(record.date.plusDays(first.dayOffset()), first.time(), ChatMessage.BANGKOK);
        String sender = first.senderColumn() == null ? "" : LineText.cleanName(first.senderColumn());
        LineTextClassifier.Classification meaning = classifier.classify(sender, record.text.toString());
        String id = fileName + ":" + record.number;
        ChatMessage.Builder builder = ChatMessage.builder()
                .evidence(evidence)
                .group(group)
                .sender(meaning.actor())
                .time(time)
                .type(meaning.type())
                .text(meaning.text())
                .event(meaning.event())
                .attachmentName(meaning.attachmentName());
        List<String> targets = meaning.targets();
        if (targets.size() <= 1) {
            ready.add(builder.id(id).target(targets.isEmpty() ? null : targets.get(0)).build());
            return;
        }
        for (int index = 0; index < targets.size(); index++) {
            ready.add(builder.id(id + "#" + (index + 1)).target(targets.get(index)).build());
        }
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pollFirst();
        }
        String raw = lines.next();
        if (raw == null) {
            return null;
        }
        long number = lines.number();
        if (number == 1 && !raw.isEmpty() && raw.charAt(0) == LineText.BOM) {
            raw = raw.substring(1);
        }
        return new Line(number, LineText.stripIsolates(raw));
    }

    private Evidence evidence(long number) {
        return Evidence.atLine(location, number);
    }

    private static void learnSenders(Path file, LineSenders senders) throws IOException {
        try (PhysicalLines pass = PhysicalLines.of(file)) {
            for (String raw = pass.next(); raw != null; raw = pass.next()) {
                String rest = LineGrammar.pcMessageRest(LineText.stripIsolates(raw));
                if (rest != null) {
                    senders.learn(rest);
                }
            }
        }
    }

    /** A physical line and its 1-based number. */
    private record Line(long number, String text) {}

    /** The message being read. */
    private static final class Record {
        final long number;
        final LocalDate date;
        final String dateProblem;
        final LineGrammar.MessageLine first;
        final StringBuilder text;
        int blanks;
        boolean quoting;
        List<Line> held;
        int heldChars;

        Record(long number, LocalDate date, String dateProblem, LineGrammar.MessageLine first) {
            this.number = number;
            this.date = date;
            this.dateProblem = dateProblem;
            this.first = first;
            this.text = new StringBuilder(first.text());
        }

        /** Appends a raw continuation line, after the blank lines seen since the last one. */
        void appendLine(String line) {
            for (; blanks > 0; blanks--) {
                text.append('\n');
            }
            text.append('\n').append(line);
        }
    }

    /** The CSV-style quoting of newer exports. */
    private static final class Quotes {
        static final int OPEN = 0;
        static final int CLOSED = 1;
        static final int INVALID = 2;

        private Quotes() {}

        /**
         * Scans quoted content from {@code from}: {@link #CLOSED} when a lone {@code "} ends the line,
         * {@link #OPEN} when every {@code "} is doubled, {@link #INVALID} for a lone {@code "} inside.
         */
        static int scan(String line, int from) {
            for (int index = line.indexOf('"', from); index >= 0; index = line.indexOf('"', index)) {
                if (index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    index += 2;
                } else {
                    return index == line.length() - 1 ? CLOSED : INVALID;
                }
            }
            return OPEN;
        }
    }

    /**
     * Physical lines split at LF only, one CR before it dropped. {@link java.io.BufferedReader#readLine()}
     * also splits at a lone CR, which real exports carry inside message text.
     */
    static final class PhysicalLines implements AutoCloseable {
        private final Reader reader;
        private final char[] buffer = new char[8192];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private boolean ended;
        private long number;

        private PhysicalLines(Reader reader) {
            this.reader = reader;
        }

        /** Reads a file as UTF-8; malformed bytes become U+FFFD. */
        static PhysicalLines of(Path file) throws IOException {
            return new PhysicalLines(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)));
        }

        /** The next line without its line end, or null at the end. */
        String next() throws IOException {
            if (ended) {
                return null;
            }
            line.setLength(0);
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return line.length() == 0 ? null : complete();
                    }
                }
                for (int index = position; index < limit; index++) {
                    if (buffer[index] == '\n') {
                        line.append(buffer, position, index - position);
                        position = index + 1;
                        return complete();
                    }
                }
                line.append(buffer, position, limit - position);
                position = limit;
            }
        }

        /** The number of the line last returned. */
        long number() {
            return number;
        }

        private String complete() {
            number++;
            int length = line.length();
            return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
