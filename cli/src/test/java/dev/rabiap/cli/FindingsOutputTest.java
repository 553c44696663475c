package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.spi.Journal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FindingsOutputTest {
    private static final Journal.Position THIRD = new Journal.Position("line-webhook-2025-11-24.journal.jsonl", 3);
    private static final Instant NOON = Instant.parse("2025-11-24T05:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void aNewFile_startsFromTheBeginningOfTheJournal_andSavesWhereItGot() throws IOException {
        Path file = dir.resolve("findings.jsonl");
        try (FindingsOutput output = FindingsOutput.open(file, new PrintWriter(err, true))) {
            assertThat(output.saved()).isEqualTo(new FindingsOutput.Saved(null, null, 0, false));
            output.write("{\"rule\":\"A\"}\n");
            assertThat(output.uncommitted()).isTrue();
            output.commit(THIRD, NOON);
            assertThat(output.uncommitted()).isFalse();
        }
        assertThat(Files.readString(dir.resolve("findings.jsonl.position"))).isEqualTo(
                "{\"journalFile\":\"line-webhook-2025-11-24.journal.jsonl\",\"journalLine\":3,\"advancedTo\":\"2025-11-24T05:00:00Z\",\"outputBytes\":13}\n");
        try (FindingsOutput output = FindingsOutput.open(file, new PrintWriter(err, true))) {
            assertThat(output.saved()).isEqualTo(new FindingsOutput.Saved(THIRD, NOON, 13, false));
        }
    }

    @Test
    void bytesWrittenAfterTheLastSave_areCutOff_soTheyAreWrittenOnceMore() throws IOException {
        Path file = dir.resolve("findings.jsonl");
        try (FindingsOutput output = FindingsOutput.open(file, new PrintWriter(err, true))) {
            output.write("{\"rule\":\"A\"}\n");
            output.commit(THIRD, NOON);
            output.write("{\"rule\":\"B\"}\n{\"ru");
        }
        try (FindingsOutput output = FindingsOutput.open(file, new PrintWriter(err, true))) {
            assertThat(output.saved().position()).isEqualTo(THIRD);
            output.write("{\"rule\":\"B\"}\n");
            output.commit(new Journal.Position(THIRD.file(), 4), NOON);
        }
        assertThat(Files.readString(file)).isEqualTo("{\"rule\":\"A\"}\n{\"rule\":\"B\"}\n");
        assertThat(err.toString()).contains("findings.jsonl: 17 bytes written after the last saved position are cut off");
    }

    @Test
    void findingsWithoutAPositionFile_meanTheJournalWasAuditedToItsEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("findings.jsonl"), "{\"rule\":\"A\"}\n");
        try (FindingsOutput output = FindingsOutput.open(file, new PrintWriter(err, true))) {
            assertThat(output.saved()).isEqualTo(new FindingsOutput.Saved(null, null, 13, true));
        }
        assertThat(Files.readString(file)).isEqualTo("{\"rule\":\"A\"}\n");
    }

    @Test
    void aPositionFileThatIsNone_isRefusedNamingIt() throws IOException {
        Path file = dir.resolve("findings.jsonl");
        Path position = Files.writeString(dir.resolve("findings.jsonl.position"), "{\"journalFile\":\"x\"}\n");
        assertThatThrownBy(() -> FindingsOutput.open(file, new PrintWriter(err, true))).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(position + ": not a position file of rabiap serve");
    }
}
