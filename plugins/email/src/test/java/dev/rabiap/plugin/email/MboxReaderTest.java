package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

final class MboxReaderTest {
    private static List<String> read(String mbox) throws IOException {
        List<String> records = new ArrayList<>();
        try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)))) {
            MboxReader.Record record;
            while ((record = reader.next()) != null) {
                records.add((record.preamble() ? "preamble " : "") + record.line() + ": " + new String(record.bytes(), StandardCharsets.UTF_8));
            }
        }
        return records;
    }

    @Test
    void next_splitsOnFromLinesAndUnescapesOneLevelOfGreaterThan() throws IOException {
        String mbox = "From a@x Mon Nov  3 09:00:00 2025\nX: 1\n\n>From b\n>>From c\nFrom d, not a separator\n\n"
                + "From e@x Mon Nov  3 11:00:00 2025\nY: 2\n";

        assertThat(read(mbox)).containsExactly(
                "1: X: 1\n\nFrom b\n>From c\nFrom d, not a separator\n",
                "8: Y: 2\n");
    }

    @Test
    void next_splitsOnADatedFromLineEvenWithoutABlankLineBefore() throws IOException {
        String mbox = "From a@x Mon Nov  3 09:00:00 2025\r\nX: 1\r\nFrom b@x Mon Nov  3 10:00:00 2025\r\nY: 2";

        assertThat(read(mbox)).containsExactly("1: X: 1\r\n", "3: Y: 2");
    }

    @Test
    void next_reportsTextBeforeTheFirstFromLineAsAPreamble() throws IOException {
        assertThat(read("junk\n\nFrom a@x Mon Nov  3 09:00:00 2025\nX: 1\n"))
                .containsExactly("preamble 1: junk\n\n", "3: X: 1\n");
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }
}
