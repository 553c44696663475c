package dev.rabiap.plugin.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rabiap.engine.spi.MalformedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests of the JSONL, CSV and survey CSV readers. The property: a read ends within
 * {@link #LIMIT}, clean or with {@link MalformedInputException}s that name the file and a line, and
 * never with another exception; for JSONL, every non-blank line is a message, a malformed record or
 * a skipped one. {@code mvn verify} runs each over its inputs folder (seeds from the samples and
 * the regression inputs of issue 13); {@code JAZZER_FUZZ=1} fuzzes (docs/security.md).
 */
final class FileReadersFuzzTest {
    /** How long one input may take to read. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** Where each input is written to be read; one for the whole class, removed after it. */
    @TempDir
    static Path folder;

    @FuzzTest(maxDuration = "5m")
    void jsonl(byte[] data) throws IOException {
        FileReadersTestSupport.Read read = check("jsonl", "log.jsonl", data);
        assertThat(read.messages.size() + read.problems.size() + read.skipped.size())
                .as("every non-blank line is a message, a malformed record or a skipped one")
                .isEqualTo(nonBlankLines(data));
    }

    @FuzzTest(maxDuration = "5m")
    void csv(byte[] data) throws IOException {
        check("csv", "log.csv", data);
    }

    @FuzzTest(maxDuration = "5m")
    void surveyCsv(byte[] data) throws IOException {
        check("survey-csv", "answers.survey.csv", data);
    }

    private static FileReadersTestSupport.Read check(String format, String name, byte[] data) throws IOException {
        Path file = Files.write(folder.resolve(name), data);
        FileReadersTestSupport.Read read = assertTimeoutPreemptively(LIMIT, () -> FileReadersTestSupport.read(format, file));
        for (MalformedInputException problem : read.problems) {
            assertThat(problem.evidence().source()).as(problem.getMessage()).isEqualTo(file.toString());
            assertThat(problem.evidence().line()).as(problem.getMessage()).isPositive();
            assertThat(problem.getMessage()).startsWith(file + ":" + problem.evidence().line());
        }
        return read;
    }

    /** The lines that are not blank, split at LF, CRLF or CR, a BOM before the first left out; counted without the reader's code. */
    static long nonBlankLines(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().filter(line -> !line.isBlank()).count();
    }
}
