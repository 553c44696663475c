package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.PlausibleTimes;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
    private static final int MAX_KNOWN_SENDERS = 100_000;

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

    /**
     * Phone exports: the senders a line inside a quote may name to end the quote as a message line
     * (names on two or more message lines of the file, and every sender of a message begun outside
     * a quote so far), so that a pasted table row ({@code 09:00⇥เวรเช้า⇥อำเภอ}) stays in its quote.
     */
    private final java.util.Set<String> knownSenders;

    private LineExportSource(String location, Path file, String group, LineVariant variant, LineSenders senders,
            java.util.Set<String> knownSenders, SourceContext context) throws IOException {
        this.location = location;
        this.fileName = file.getFileName().toString();
        this.group = group;
        this.variant = variant;
        this.grammar = new LineGrammar(variant, senders);
        this.classifier = new LineTextClassifier(variant == LineVariant.PC);
        this.context = context;
        this.knownSenders = knownSenders;
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
        java.util.Set<String> knownSenders = new java.util.HashSet<>();
        if (variant == LineVariant.PC) {
            // the roster's names first: a PC line does not mark where its sender's name ends
            context.knownNames().forEach(senders::know);
            learnSenders(file, senders);
        } else {
            learnPhoneSenders(file, new LineGrammar(variant, senders), knownSenders);
        }
        return new LineExportSource(location, file, group, variant, senders, knownSenders, context);
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
                start(line, message);
            }
            return;
        }
        String badTime = grammar.badTime(text);
        if (badTime != null) {
            // A message line whose time is no time: skipped with its continuation lines, never
            // read as a continuation of the message before it.
            if (!endsRecord(line, blankBefore)) {
                current = Record.unreadable(line.number(), badTime + ": " + LineText.abbreviate(text));
            }
            return;
        }
        if (current != null) {
            current.appendLine(line);
            return;
        }
        unrecognised++;
        context.skipped(evidence(line.number()), "unrecognised line" + (line.problem() == null ? "" : " (" + line.problem() + ")")
                + ": " + LineText.abbreviate(text));
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

    private void start(Line line, LineGrammar.MessageLine message) {
        current = new Record(line.number(), date, dateProblem, message);
        current.problem(line);
        if (message.senderColumn() != null && knownSenders.size() < MAX_KNOWN_SENDERS) {
            knownSenders.add(LineText.cleanName(message.senderColumn()));
        }
        String sender = message.senderColumn();
        if (variant.tabSeparated() && sender != null && !LineText.cleanName(sender).isEmpty()
                && message.text().startsWith("\"") && Quotes.scan(message.text(), 1) == Quotes.OPEN) {
            current.quoting = true;
            current.held = new ArrayList<>();
        }
    }

    /**
     * A line inside a quoted message. A line that starts a message (time, a sender of the file and
     * text), or a date line after a blank line, is not swallowed: the quote is read as raw lines up
     * to it, with a note, so one stray {@code "} cannot hide the messages after it.
     */
    private void quoted(Line line) {
        if (startsRecord(line.text())) {
            context.noted(evidence(current.number), "a quoted message not closed before a message line, its lines read as they are: line "
                    + line.number());
            abandonQuote(line);
            return;
        }
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
                current.problem(held);
            }
            text.setLength(text.length() - 1);
            current.text.setLength(0);
            current.text.append(text.toString().replace("\"\"", "\""));
            current.quoting = false;
            current.held = null;
            previousBlank = false;
        } else if (current.held.size() > MAX_QUOTED_LINES || current.heldChars > MAX_QUOTED_CHARS) {
            context.noted(evidence(current.number), "a quoted message longer than " + MAX_QUOTED_LINES + " lines or "
                    + MAX_QUOTED_CHARS + " characters; its lines are read as they are");
            abandonQuote(null);
        }
    }

    /**
     * Whether a line inside a quote is a message line of a known sender, or a date line after a
     * blank line.
     */
    private boolean startsRecord(String text) {
        LineGrammar.MessageLine message = grammar.message(text);
        if (message != null && message.senderColumn() != null && knownSenders.contains(LineText.cleanName(message.senderColumn()))) {
            return true;
        }
        List<Line> held = current.held;
        if (!held.isEmpty() && !held.get(held.size() - 1).text().isBlank()) {
            return false;
        }
        try {
            return grammar.date(text) != null;
        } catch (DateTimeException e) {
            return false;
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
        if (record.unreadable != null) {
            context.skipped(evidence, record.unreadable);
            return;
        }
        if (record.date == null) {
            throw new MalformedInputException(evidence, record.dateProblem);
        }
        if (record.problem != null) {
            throw new MalformedInputException(evidence(record.problemLine), record.problem + " (in the message of line " + record.number + ")");
        }
        LineGrammar.MessageLine first = record.first;
        ZonedDateTime time = PlausibleTimes.check(
                ZonedDateTime.of(record.date.plusDays(first.dayOffset()), first.time(), ChatMessage.BANGKOK), evidence, context);
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
        return new Line(number, LineText.stripIsolates(raw), lines.problem());
    }

    private Evidence evidence(long number) {
        return Evidence.atLine(location, number);
    }

    /** The names on two or more phone message lines of the file (at most {@value #MAX_KNOWN_SENDERS}). */
    private static void learnPhoneSenders(Path file, LineGrammar grammar, java.util.Set<String> known) throws IOException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        try (PhysicalLines pass = PhysicalLines.of(file)) {
            for (String raw = pass.next(); raw != null; raw = pass.next()) {
                LineGrammar.MessageLine message = grammar.message(LineText.stripIsolates(raw));
                if (message == null || message.senderColumn() == null) {
                    continue;
                }
                String name = LineText.cleanName(message.senderColumn());
                if (!name.isEmpty() && counts.size() < MAX_KNOWN_SENDERS && counts.merge(name, 1, Integer::sum) == 2) {
                    known.add(name);
                }
            }
        }
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

    /**
     * A physical line.
     *
     * @param number its 1-based number
     * @param text its text
     * @param problem why it is not read as written (not UTF-8), or null
     */
    private record Line(long number, String text, String problem) {}

    /** The message being read. */
    private static final class Record {
        final long number;
        final LocalDate date;
        final String dateProblem;
        final LineGrammar.MessageLine first;
        final StringBuilder text;
        /** Why the record is skipped (its first line has a time that is no time), or null. */
        final String unreadable;
        int blanks;
        boolean quoting;
        List<Line> held;
        int heldChars;
        String problem;
        long problemLine;

        Record(long number, LocalDate date, String dateProblem, LineGrammar.MessageLine first) {
            this.number = number;
            this.date = date;
            this.dateProblem = dateProblem;
            this.first = first;
            this.text = new StringBuilder(first.text());
            this.unreadable = null;
        }

        private Record(long number, String unreadable) {
            this.number = number;
            this.date = null;
            this.dateProblem = null;
            this.first = null;
            this.text = new StringBuilder();
            this.unreadable = unreadable;
        }

        /** A record that is skipped, continuation lines and all. */
        static Record unreadable(long number, String reason) {
            return new Record(number, reason);
        }

        /** Remembers the first line of the record that is not read as written. */
        void problem(Line line) {
            if (problem == null && line.problem() != null) {
                problem = line.problem();
                problemLine = line.number();
            }
        }

        /** Appends a raw continuation line, after the blank lines seen since the last one. */
        void appendLine(Line line) {
            problem(line);
            if (unreadable != null) {
                return;
            }
            for (; blanks > 0; blanks--) {
                text.append('\n');
            }
            text.append('\n').append(line.text());
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
     * Physical lines, read from bytes. A file whose first line end is a lone CR (an old Mac or a
     * converted file) is split at CR; any other file at LF, with one CR before it dropped, because
     * {@link java.io.BufferedReader#readLine()} would also split at the lone CRs real exports carry
     * inside message text. Each line is decoded as UTF-8 on its own, so a line that is not UTF-8 is
     * known by its number ({@link #problem()}) and read with U+FFFD in place of the bad bytes; Java's
     * readers either replace such bytes silently or stop without a line, which is why this is
     * written here.
     */
    static final class PhysicalLines implements AutoCloseable {
        /** Longer lines are cut to this many bytes and reported as a problem. */
        static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
        private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private int position;
        private int limit;
        private boolean ended;
        private long number;
        /** Null until the first line end, then whether lines end at a lone CR. */
        private Boolean carriageReturns;
        private boolean tooLong;
        private String problem;

        private PhysicalLines(InputStream in) {
            this.in = in;
        }

        /** Reads a file's lines. */
        static PhysicalLines of(Path file) throws IOException {
            return new PhysicalLines(Files.newInputStream(file));
        }

        /** The next line without its line end, or null at the end. */
        String next() throws IOException {
            if (ended) {
                return null;
            }
            line.reset();
            tooLong = false;
            while (true) {
                if (position == limit && !fill()) {
                    ended = true;
                    return line.size() == 0 && !tooLong ? null : complete();
                }
                int start = position;
                while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                    position++;
                }
                append(start, position);
                if (position == limit) {
                    continue;
                }
                byte end = buffer[position++];
                if (end == '\n') {
                    if (carriageReturns == null) {
                        carriageReturns = false;
                    }
                    return complete();
                }
                // A CR: the end of a CRLF, a line end of a CR-only file, or a CR inside text.
                if (position == limit && !fill()) {
                    if (carriageReturns == null || carriageReturns) {
                        carriageReturns = true;
                        ended = true;
                        return complete();
                    }
                    ended = true;
                    return complete(); // a CR before the end of an LF file: dropped like the CR of a CRLF
                }
                if (buffer[position] == '\n') {
                    position++;
                    if (carriageReturns == null) {
                        carriageReturns = false;
                    }
                    return complete();
                }
                if (carriageReturns == null) {
                    carriageReturns = true;
                }
                if (carriageReturns) {
                    return complete();
                }
                appendByte('\r');
            }
        }

        /** Why the line last returned is not read as written (not UTF-8, too long), or null. */
        String problem() {
            return problem;
        }

        /** The number of the line last returned. */
        long number() {
            return number;
        }

        private boolean fill() throws IOException {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return false;
            }
            return true;
        }

        private void append(int start, int end) {
            if (tooLong || line.size() + end - start > MAX_LINE_BYTES) {
                tooLong = true;
                return;
            }
            line.write(buffer, start, end - start);
        }

        private void appendByte(char c) {
            if (!tooLong && line.size() < MAX_LINE_BYTES) {
                line.write(c);
            }
        }

        private String complete() {
            number++;
            byte[] bytes = line.toByteArray();
            problem = tooLong ? "the line is longer than " + MAX_LINE_BYTES + " bytes; it is read cut short" : null;
            try {
                return strict.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problem = "not valid UTF-8";
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
