package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class LineExportSourceFactoryTest {
    private final LineExportSourceFactory factory = new LineExportSourceFactory();

    @TempDir
    Path folder;

    @Test
    void nameAndOptions_areTheDocumentedOnes() {
        assertThat(factory.name()).isEqualTo("line-export");
        assertThat(factory.optionNames()).containsExactlyInAnyOrder("group", "line-variant");
    }

    @ParameterizedTest
    @ValueSource(strings = {LineFixtures.THAI_MOBILE, LineFixtures.ENGLISH_MOBILE, LineFixtures.PC, LineFixtures.BOM_CRLF,
            LineFixtures.UNRECOGNISED})
    void accepts_lineExports(String fixture) throws IOException {
        assertThat(factory.accepts(new SourceInput(LineFixtures.path(fixture).toString()))).isTrue();
    }

    @Test
    void accepts_headerlessPhoneExportWithBuddhistEraDates() throws IOException {
        Path file = write("nospik.txt", "Wed, 10/07/2562 BE", "19:10\tFirm\tไอปันน", "19:10\t\tFirm unsent a message.");

        assertThat(factory.accepts(new SourceInput(file.toString()))).isTrue();
    }

    @Test
    void accepts_refusesTextThatIsNotAnExport() throws IOException {
        Path prose = write("notes.txt", "ประชุมวันจันทร์", "08:00 เริ่มประชุม", "Mon, 9/1/2025");
        Path jsonl = write("messages.txt", "{\"id\":\"1\",\"time\":\"2025-09-01T08:00:00+07:00\",\"sender\":\"A\",\"text\":\"hi\"}");
        Path csv = write("messages.csv", "time,sender,text", "2025-09-01 08:00,A,hi");
        Path lineExportNamedCsv = write("export.csv", "Mon, 9/1/2025", "08:00\tA\thi");
        Path dateWithoutMessages = write("diary.txt", "Mon, 9/1/2025", "went to the office");
        Path empty = write("empty.txt");

        for (Path file : List.of(prose, jsonl, csv, lineExportNamedCsv, dateWithoutMessages, empty, folder)) {
            assertThat(factory.accepts(new SourceInput(file.toString()))).as(file.toString()).isFalse();
        }
        assertThat(factory.accepts(new SourceInput("imaps://user@example.org/INBOX"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            LineFixtures.THAI_MOBILE + "|MOBILE_TH",
            LineFixtures.ENGLISH_MOBILE + "|MOBILE_EN",
            LineFixtures.PC + "|PC",
            LineFixtures.BOM_CRLF + "|MOBILE_EN"})
    void variant_isDetectedFromTheFile(String fixture, LineVariant expected) throws IOException {
        try (LineExportSource source = open(LineFixtures.path(fixture), Map.of(), new RecordingContext())) {
            assertThat(source.variant()).isEqualTo(expected);
        }
    }

    @Test
    void lineVariantOption_forcesTheVariant() throws IOException {
        RecordingContext context = new RecordingContext();
        Path file = LineFixtures.path(LineFixtures.THAI_MOBILE);

        try (LineExportSource source = open(file, Map.of("line-variant", "pc"), context)) {
            assertThat(source.variant()).isEqualTo(LineVariant.PC);
            // Line 15, "๑๖:๐๐ น. ครับ", has the shape of a PC message line: with no PC date line before it, it and
            // the lines after it, its continuation, are one malformed record.
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":15: message before any date line");
            assertThat(source.next()).isNull();
            assertThat(source.unrecognised()).isEqualTo(10);
        }
        assertThat(context.skippedPlaces()).containsExactly(file + ":4", file + ":5", file + ":6", file + ":7", file + ":8",
                file + ":10", file + ":11", file + ":12", file + ":13", file + ":14");
    }

    @Test
    void lineVariantOption_acceptsEveryVariant() throws IOException {
        Path file = LineFixtures.path(LineFixtures.ENGLISH_MOBILE);
        for (LineVariant variant : LineVariant.values()) {
            try (LineExportSource source = open(file, Map.of("line-variant", variant.code()), new RecordingContext())) {
                assertThat(source.variant()).isEqualTo(variant);
            }
        }
    }

    @Test
    void lineVariantOption_unknownValue_isRefusedWithTheAllowedValues() {
        SourceInput input = new SourceInput(LineFixtures.path(LineFixtures.THAI_MOBILE).toString());

        assertThatThrownBy(() -> factory.open(input, Map.of("line-variant", "desktop"), new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option line-variant: unknown value 'desktop'; allowed values: mobile-en, mobile-th, pc");
    }

    @Test
    void groupOption_overridesTheHeader() throws IOException {
        List<ChatMessage> messages = LineFixtures.read(LineFixtures.THAI_MOBILE, Map.of("group", "ศอ.จอส.จว.สน."), new RecordingContext());

        assertThat(messages).extracting(ChatMessage::group).hasSize(15).containsOnly("ศอ.จอส.จว.สน.");
    }

    @Test
    void groupOption_empty_isRefused() {
        SourceInput input = new SourceInput(LineFixtures.path(LineFixtures.THAI_MOBILE).toString());

        assertThatThrownBy(() -> factory.open(input, Map.of("group", " "), new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option group is empty");
    }

    @Test
    void unknownOption_isRefused() {
        SourceInput input = new SourceInput(LineFixtures.path(LineFixtures.THAI_MOBILE).toString());

        assertThatThrownBy(() -> factory.open(input, Map.of("charset", "cp874"), new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charset");
    }

    @Test
    void headerlessFileWithoutLineName_failsNamingTheFileUnlessGroupIsSet() throws IOException {
        Path file = folder.resolve("chat.txt");
        Files.copy(LineFixtures.path(LineFixtures.PC), file);
        SourceInput input = new SourceInput(file.toString());

        assertThatThrownBy(() -> factory.open(input, Map.of(), new RecordingContext()))
                .isInstanceOf(MalformedInputException.class)
                .hasMessage(file + ": no group name: the file has no header naming the chat and its name is not "
                        + "[LINE]<group>.txt; set option group");
        assertThat(LineFixtures.readAll(file, Map.of("group", "ข้อสั่งการ อ.เมือง"), new RecordingContext()))
                .hasSize(8)
                .extracting(ChatMessage::id).first().isEqualTo("chat.txt:2");
    }

    @Test
    void fileThatIsNoExport_failsUnlessAVariantIsForced() throws IOException {
        Path file = write("notes.txt", "ประชุมวันจันทร์", "ไม่มีวันที่");

        assertThatThrownBy(() -> factory.open(new SourceInput(file.toString()), Map.of("group", "g"), new RecordingContext()))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageStartingWith(file + ": not a LINE chat export")
                .hasMessageContaining("line-variant");
    }

    private LineExportSource open(Path file, Map<String, String> options, RecordingContext context) throws IOException {
        MessageSource source = factory.open(new SourceInput(file.toString()), options, context);
        assertThat(source.description()).isEqualTo(file.toString());
        return (LineExportSource) source;
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
