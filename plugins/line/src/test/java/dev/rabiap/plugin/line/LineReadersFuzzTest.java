package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests of the LINE readers: each export variant, the webhook body and the journal. The
 * property: a read ends within {@link #LIMIT}, clean or with {@link MalformedInputException}s that
 * name the file (and the line, but for a file that is no export at all), never with another
 * exception; message ids are unique and every message names a line of the file; every webhook
 * event gives a message or is counted as skipped. {@code mvn verify} runs each over its inputs
 * folder (seeds from the samples and the regression inputs of issue 13); {@code JAZZER_FUZZ=1}
 * fuzzes (docs/security.md).
 */
final class LineReadersFuzzTest {
    /** How long one input may take to read. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** Where each input is written to be read; one for the whole class, removed after it. */
    @TempDir
    static Path folder;

    @FuzzTest(maxDuration = "5m")
    void mobileEnglish(byte[] data) throws IOException {
        export(data, "mobile-en");
    }

    @FuzzTest(maxDuration = "5m")
    void mobileThai(byte[] data) throws IOException {
        export(data, "mobile-th");
    }

    @FuzzTest(maxDuration = "5m")
    void pc(byte[] data) throws IOException {
        export(data, "pc");
    }

    /** Without a forced variant: detection, then the variant's grammar. */
    @FuzzTest(maxDuration = "5m")
    void detected(byte[] data) throws IOException {
        export(data, null);
    }

    @FuzzTest(maxDuration = "5m")
    void webhookBody(byte[] data) {
        assertTimeoutPreemptively(LIMIT, () -> {
            com.linecorp.bot.webhook.model.CallbackRequest request;
            try {
                request = LineWebhookEvents.parse(data);
            } catch (IOException e) {
                return; // documented: not JSON, or not a webhook request; the server answers 400
            }
            RecordingContext context = new RecordingContext();
            LineWebhookEvents.Batch batch = new LineWebhookEvents(LineGroupNames.of(Map.of()), LineWebhookEvents.DEFAULT_ACCOUNT)
                    .map(request, "body", 1, context);
            assertThat(batch.messages().size()).as("every event not skipped gives a message")
                    .isGreaterThanOrEqualTo(batch.events() - batch.skipped() - batch.redeliveries());
            assertThat(context.skipped()).hasSize(batch.skipped() + batch.redeliveries());
        });
    }

    @FuzzTest(maxDuration = "5m")
    void journal(byte[] data) throws IOException {
        Path file = Files.write(folder.resolve("line-webhook-2025-11-25.journal.jsonl"), data);
        LineReads read = assertTimeoutPreemptively(LIMIT, () -> LineReads.journal(file));
        for (MalformedInputException problem : read.problems) {
            assertThat(problem.evidence().source()).as(problem.getMessage()).isEqualTo(file.toString());
            assertThat(problem.evidence().line()).as(problem.getMessage()).isPositive();
        }
    }

    private static void export(byte[] data, String variant) throws IOException {
        Path file = Files.write(folder.resolve("[LINE]ศูนย์ปฏิบัติการ.txt"), data);
        Map<String, String> options = variant == null ? Map.of() : Map.of(LineExportSourceFactory.OPTION_VARIANT, variant);
        LineReads read = assertTimeoutPreemptively(LIMIT, () -> LineReads.export(file, options));
        long lines = new String(data, StandardCharsets.UTF_8).lines().count() + 1;
        for (MalformedInputException problem : read.problems) {
            assertThat(problem.evidence().source()).as(problem.getMessage()).isEqualTo(file.toString());
            assertThat(problem.evidence().line()).as(problem.getMessage()).isBetween(read.messages.isEmpty() ? 0L : 1L, lines + 1);
        }
        Set<String> ids = new HashSet<>();
        for (ChatMessage message : read.messages) {
            assertThat(ids.add(message.id())).as("id %s is unique", message.id()).isTrue();
            assertThat(message.evidence().line()).isBetween(1L, lines + 1);
        }
    }
}
