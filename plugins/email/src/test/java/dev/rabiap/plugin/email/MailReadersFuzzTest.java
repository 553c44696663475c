package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rabiap.engine.spi.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests of the mbox and .eml readers. The property: a read ends within {@link #LIMIT}, clean
 * or with {@link MalformedInputException}s that name the file (and for an mbox the line of the
 * mail's From line), never with another exception; in an mbox every mail is a message, a malformed
 * record or a skipped one. {@code mvn verify} runs each over its inputs folder (seeds from the test
 * mails and the regression inputs of issue 13); {@code JAZZER_FUZZ=1} fuzzes (docs/security.md).
 */
final class MailReadersFuzzTest {
    /** How long one input may take to read. */
    static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Map<String, String> OPTIONS = Map.of(EmailGroupResolver.GROUP, "ศอ.จอส.จว.สน.");

    /** Where each input is written to be read; one for the whole class, removed after it. */
    @TempDir
    static Path folder;

    @FuzzTest(maxDuration = "5m")
    void mbox(byte[] data) throws IOException {
        Path file = Files.write(folder.resolve("inbox.mbox"), data);
        MailReads read = assertTimeoutPreemptively(LIMIT, () -> MailReads.read(new MboxSourceFactory(), file, OPTIONS));
        long records = 0;
        try (MboxReader reader = new MboxReader(new ByteArrayInputStream(data))) {
            for (MboxReader.Record record = reader.next(); record != null; record = reader.next()) {
                records++;
            }
        }
        assertThat(read.messages.size() + read.errors.size() + read.context.skipped.size())
                .as("every mail is a message, a malformed record or a skipped one").isEqualTo(records);
        problems(read, file, true);
    }

    @FuzzTest(maxDuration = "5m")
    void eml(byte[] data) throws IOException {
        Path file = Files.write(folder.resolve("mail.eml"), data);
        MailReads read = assertTimeoutPreemptively(LIMIT, () -> MailReads.read(new EmlSourceFactory(), file, OPTIONS));
        assertThat(read.messages.size() + read.errors.size()).as("the file is one mail, read or refused").isEqualTo(1);
        problems(read, file, false);
    }

    private static void problems(MailReads read, Path file, boolean lines) {
        for (MalformedInputException problem : read.problems) {
            assertThat(problem.evidence().source()).as(problem.getMessage()).isEqualTo(file.toString());
            if (lines) {
                assertThat(problem.evidence().line()).as(problem.getMessage()).isPositive();
            }
        }
    }
}
