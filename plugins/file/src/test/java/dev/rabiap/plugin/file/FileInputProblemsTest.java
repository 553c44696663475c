package dev.rabiap.plugin.file;

import static dev.rabiap.plugin.file.FileReadersTestSupport.read;
import static dev.rabiap.plugin.file.FileReadersTestSupport.regression;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue 13 in the JSONL, CSV and survey CSV readers, each on its regression input
 * (the fuzz tests' inputs folders): nothing read silently wrong, every refusal with file and line.
 */
final class FileInputProblemsTest {
    @TempDir
    Path dir;

    @Test
    void jsonl_duplicateKey_isRefusedWithItsLine_andReadingGoesOn() throws Exception {
        Path file = regression("jsonl", "duplicate-key", dir, "log.jsonl");
        FileReadersTestSupport.Read read = read("jsonl", file);
        assertThat(read.ids()).containsExactly("m1", "m3");
        assertThat(read.errors).singleElement().asString().startsWith(file + ":2: ").contains("Duplicate field 'sender'");
    }

    @Test
    void jsonl_invalidUtf8_namesFileAndLine_andReadingGoesOn() throws Exception {
        Path file = regression("jsonl", "invalid-utf8", dir, "log.jsonl");
        FileReadersTestSupport.Read read = read("jsonl", file);
        assertThat(read.ids()).containsExactly("m1", "m3");
        assertThat(read.errors).containsExactly(file + ":2: not valid UTF-8 (byte 84 of the line)");
    }

    @Test
    void jsonl_crOnlyLineEnds_readEveryLine() throws Exception {
        Path file = regression("jsonl", "cr-only", dir, "log.jsonl");
        FileReadersTestSupport.Read read = read("jsonl", file);
        assertThat(read.ids()).containsExactly("m1", "m2");
        assertThat(read.messages.get(1).evidence().line()).isEqualTo(2);
        assertThat(read.errors).isEmpty();
    }

    @Test
    void jsonl_timesOutsideTheLogsRange_areRefused_andABuddhistEraYearIsConvertedWithANote() throws Exception {
        Path file = regression("jsonl", "implausible-times", dir, "log.jsonl");
        FileReadersTestSupport.Read read = read("jsonl", file);
        assertThat(read.ids()).containsExactly("m1", "m3");
        assertThat(read.messages.get(1).time()).isEqualTo(ZonedDateTime.parse("2025-11-21T09:32:00+07:00[Asia/Bangkok]"));
        assertThat(read.notes).containsExactly(file + ":3 (m3): a Buddhist-era year in a common-era time, read in the common era: 2568 as 2025");
        assertThat(read.errors).hasSize(2);
        assertThat(read.errors.get(0)).isEqualTo(file + ":2 (m2): a time outside the log's plausible range (2000 to one day after 2025-11-25): 9999-11-21T09:31+07:00");
        assertThat(read.errors.get(1)).endsWith(": 1970-01-01T07:00+07:00").startsWith(file + ":4 (m4): a time outside");
    }

    @Test
    void csv_duplicateColumn_isRefusedAtTheHeader() throws Exception {
        Path file = regression("csv", "duplicate-column", dir, "log.csv");
        FileReadersTestSupport.Read read = read("csv", file);
        assertThat(read.messages).isEmpty();
        assertThat(read.errors).contains(file + ":1: column 'sender' is named twice");
    }

    @Test
    void csv_invalidUtf8_inAQuotedCell_namesTheLine_andTheNextRowIsRead() throws Exception {
        Path file = regression("csv", "invalid-utf8", dir, "log.csv");
        FileReadersTestSupport.Read read = read("csv", file);
        assertThat(read.ids()).containsExactly("m1", "m3");
        assertThat(read.messages.get(1).evidence().line()).isEqualTo(5);
        assertThat(read.errors).containsExactly(file + ":3: not valid UTF-8 (byte 39 of the line)");
    }

    @Test
    void csv_crOnlyLineEnds_readEveryRow_andAQuotedLineBreak() throws Exception {
        Path file = regression("csv", "cr-only", dir, "log.csv");
        FileReadersTestSupport.Read read = read("csv", file);
        assertThat(read.errors).isEmpty();
        assertThat(read.ids()).containsExactly("m1", "m2");
        assertThat(read.messages.get(1).evidence().line()).isEqualTo(3);
        assertThat(read.messages.get(1).text()).isEqualTo("two\rlines");
    }

    @Test
    void surveyCsv_timeColumnNamedTwice_isRefused() throws Exception {
        Path file = regression("surveyCsv", "duplicate-time-column", dir, "answers.survey.csv");
        FileReadersTestSupport.Read read = read("survey-csv", file);
        assertThat(read.messages).isEmpty();
        assertThat(read.errors).containsExactly(file + ":1: column 'Timestamp' is named twice");
    }

    @Test
    void surveyCsv_yearOutsideTheRange_isRefusedWithItsLine() throws Exception {
        Path file = regression("surveyCsv", "implausible-time", dir, "answers.survey.csv");
        FileReadersTestSupport.Read read = read("survey-csv", file);
        assertThat(read.ids()).containsExactly("survey:2");
        assertThat(read.errors).singleElement().asString().startsWith(file + ":3 (survey:3): a time outside").endsWith(": 9456-11-23T09:30+07:00");
    }
}
