package dev.rabiap.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JournalTest {
    private static final Instant NOON = Instant.parse("2025-06-16T05:00:00Z");
    private static final String FILE = "line-webhook-2025-06-16.journal.jsonl";

    @TempDir
    Path folder;

    private final List<String> skipped = new ArrayList<>();
    private final SourceContext context = new SourceContext() {
        @Override
        public void skipped(Evidence where, String reason) {
            skipped.add(where + ": " + reason);
        }

        @Override
        public Clock clock() {
            return Clock.fixed(NOON, ChatMessage.BANGKOK);
        }
    };

    @Test
    void appendsOneLineARecord_andReadsItBack() throws IOException {
        try (Journal journal = Journal.open(folder, "line-webhook")) {
            assertThat(journal.append(new ReceivedRecord(NOON, "{\"events\":[\"สวัสดี\"]}\n")))
                    .isEqualTo(new Journal.Position(FILE, 1));
            assertThat(journal.append(new ReceivedRecord(NOON.plusMillis(250), "{}")).line()).isEqualTo(2);
        }
        List<String> lines = Files.readAllLines(folder.resolve(FILE));
        assertThat(lines).containsExactly(
                "{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"{\\\"events\\\":[\\\"สวัสดี\\\"]}\\n\"}",
                "{\"receivedAt\":\"2025-06-16T12:00:00.25+07:00\",\"body\":\"{}\"}");

        List<Journal.Entry> entries = readAll(Journal.files(folder, "line-webhook"));
        assertThat(entries).extracting(Journal.Entry::position).containsExactly(new Journal.Position(FILE, 1), new Journal.Position(FILE, 2));
        assertThat(entries.get(0).record()).isEqualTo(new ReceivedRecord(NOON, "{\"events\":[\"สวัสดี\"]}\n"));
        assertThat(entries.get(1).record().receivedAt()).isEqualTo(NOON.plusMillis(250));
    }

    @Test
    void aNewDayStartsANewFile_butNeverGoesBackToAnEarlierOne() throws IOException {
        try (Journal journal = Journal.open(folder, "line-webhook")) {
            journal.append(new ReceivedRecord(NOON, "{}"));
            assertThat(journal.append(new ReceivedRecord(NOON.plusSeconds(86_400), "{}")))
                    .isEqualTo(new Journal.Position("line-webhook-2025-06-17.journal.jsonl", 1));
            assertThat(journal.append(new ReceivedRecord(NOON, "{}")))
                    .isEqualTo(new Journal.Position("line-webhook-2025-06-17.journal.jsonl", 2));
        }
        assertThat(Journal.files(folder)).extracting(path -> path.getFileName().toString())
                .containsExactly(FILE, "line-webhook-2025-06-17.journal.jsonl");
        assertThat(new Journal.Position(FILE, 9)).isLessThan(new Journal.Position("line-webhook-2025-06-17.journal.jsonl", 1));
    }

    @Test
    void aLastLineCutShort_isSkippedByTheReader_andCutOffByTheNextAppend() throws IOException {
        try (Journal journal = Journal.open(folder, "line-webhook")) {
            journal.append(new ReceivedRecord(NOON, "{\"n\":1}"));
        }
        Path file = folder.resolve(FILE);
        Files.writeString(file, "{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"bo", StandardOpenOption.APPEND);

        assertThat(readAll(List.of(file))).hasSize(1);
        assertThat(skipped).containsExactly(file + ":2: " + Journal.CUT_SHORT);

        try (Journal journal = Journal.open(folder, "line-webhook")) {
            assertThat(journal.append(new ReceivedRecord(NOON, "{\"n\":2}")).line()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"receivedAt\""));
    }

    @Test
    void aWholeLastLineWithoutItsLineEnd_isARecord_andTheNextAppendEndsIt() throws IOException {
        Path file = folder.resolve(FILE);
        Files.writeString(file, "{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"{}\"}");
        assertThat(readAll(List.of(file))).extracting(Journal.Entry::line).containsExactly(1L);

        try (Journal journal = Journal.open(folder, "line-webhook")) {
            assertThat(journal.append(new ReceivedRecord(NOON, "{\"n\":2}")).line()).isEqualTo(2);
        }
        assertThat(readAll(List.of(file))).extracting(entry -> entry.record().body()).containsExactly("{}", "{\"n\":2}");
    }

    @Test
    void badLines_areMalformedWithFileAndLine_andReadingGoesOn() throws IOException {
        Path file = folder.resolve(FILE);
        byte[] good = "{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"{}\"}\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            out.write(good);
            out.write("{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"\u0e01".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xff, '"', '}', '\n'});
            out.write("{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"{}\n".getBytes(StandardCharsets.UTF_8));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"body\":\"{}\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"receivedAt\":\"2025-06-16T12:00:00+07:00\",\"body\":\"a\",\"body\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(good);
        }
        List<String> problems = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (Journal.Reader reader = Journal.reader(List.of(file), context)) {
            for (int guard = 0; guard < 100; guard++) {
                try {
                    Journal.Entry entry = reader.next();
                    if (entry == null) {
                        break;
                    }
                    lines.add(entry.line());
                } catch (MalformedInputException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        assertThat(lines).containsExactly(1L, 7L);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).isEqualTo(file + ":2: not valid UTF-8");
        assertThat(problems.get(1)).startsWith(file + ":3: not valid JSON");
        assertThat(problems.get(2)).isEqualTo(file + ":5: not a journal entry: no \"receivedAt\" time");
        assertThat(problems.get(3)).startsWith(file + ":6: not valid JSON: Duplicate field 'body'");
        assertThat(skipped).containsExactly(file + ":4: blank line in a journal");
    }

    @Test
    void aJournalName_isLettersDigitsAndDashes() {
        assertThatThrownBy(() -> Journal.open(folder, "../x")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Journal.Entry> readAll(List<Path> files) throws IOException {
        List<Journal.Entry> entries = new ArrayList<>();
        try (Journal.Reader reader = Journal.reader(files, context)) {
            for (Journal.Entry entry = reader.next(); entry != null; entry = reader.next()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
