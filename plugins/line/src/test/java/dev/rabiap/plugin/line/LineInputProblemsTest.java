package dev.rabiap.plugin.line;

import static dev.rabiap.plugin.line.LineReads.regression;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue 13 in the LINE readers, each on its regression input (the folders of
 * {@code LineReadersFuzzTest}): no message swallowed or merged silently, every refusal with file and
 * line, placeholders and sticker text read as what they are.
 */
final class LineInputProblemsTest {
    private static final Map<String, String> ENGLISH = Map.of("line-variant", "mobile-en");

    @TempDir
    Path dir;

    @Test
    void strayQuote_doesNotSwallowTheMessagesAfterIt_andIsNoted() throws Exception {
        Path file = regression("mobileEnglish", "stray-quote", dir, "chat.txt");
        LineReads read = LineReads.export(file, ENGLISH);
        assertThat(read.messages).extracting(m -> m.evidence().line(), ChatMessage::sender, ChatMessage::text).containsExactly(
                tuple(5L, "Somchai", "สั่งการ: รายงานภายในเที่ยง"),
                tuple(6L, "Malee", "\"รับทราบค่ะ"),
                tuple(7L, "Somchai", "ขอบคุณครับ"),
                tuple(8L, "Wichai", "รับทราบครับ"),
                tuple(9L, "Malee", "ส่งรายงานแล้วค่ะ\""));
        assertThat(read.notes()).containsExactly(
                file + ":6: a quoted message not closed before a message line, its lines read as they are: line 7");
        assertThat(read.errors).isEmpty();
        assertThat(read.skipped()).isEmpty();
    }

    @Test
    void strayQuote_inAThaiExport_isCutAtTheNextMessageLine() throws Exception {
        Path file = regression("mobileThai", "stray-quote", dir, "chat.txt");
        LineReads read = LineReads.export(file, Map.of("line-variant", "mobile-th"));
        assertThat(read.lines()).containsExactly(5L, 6L, 7L, 8L);
        assertThat(read.notes()).hasSize(1);
    }

    @Test
    void aQuotedTableRowWithAnUnknownName_staysInItsQuote() throws Exception {
        LineReads read = LineReads.export(LineFixtures.path(LineFixtures.BOM_CRLF), Map.of());
        assertThat(read.messages.get(read.messages.size() - 1).text()).isEqualTo("ตารางเวร\n๐๙:๐๐\tเวรเช้า\tอำเภอ\nจบ");
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void crOnlyLineEnds_areLines() throws Exception {
        Path file = regression("mobileEnglish", "cr-only", dir, "chat.txt");
        assertThat(new LineExportSourceFactory().accepts(new dev.rabiap.engine.spi.SourceInput(file.toString()))).isTrue();
        LineReads read = LineReads.export(file, Map.of());
        assertThat(read.messages).extracting(m -> m.evidence().line(), ChatMessage::sender, ChatMessage::text).containsExactly(
                tuple(5L, "Somchai", "สั่งการ: รายงานภายในเที่ยง"),
                tuple(6L, "Malee", "รับทราบค่ะ"));
        assertThat(read.errors).isEmpty();
    }

    @Test
    void badTime_isSkippedWithItsLine_andNotMergedIntoTheMessageBefore() throws Exception {
        Path file = regression("mobileEnglish", "bad-time", dir, "chat.txt");
        LineReads read = LineReads.export(file, ENGLISH);
        assertThat(read.messages).extracting(m -> m.evidence().line(), ChatMessage::text).containsExactly(
                tuple(5L, "สั่งการ: รายงานภายในเที่ยง"),
                tuple(8L, "รับทราบครับ"));
        assertThat(read.skipped()).containsExactly(
                file + ":6: a message line whose time is not a time of day: '25:61': 25:61\tMalee\tรับทราบค่ะ");
    }

    @Test
    void badTime_onPc_isSkippedWithItsLine() throws Exception {
        Path file = regression("pc", "bad-time", dir, "[LINE]ศูนย์.txt");
        LineReads read = LineReads.export(file, Map.of("line-variant", "pc"));
        assertThat(read.messages).extracting(m -> m.evidence().line(), ChatMessage::text).containsExactly(
                tuple(2L, "สั่งการ"), tuple(3L, "รับทราบค่ะ"), tuple(5L, "ขอบคุณครับ"));
        assertThat(read.skipped()).singleElement().asString().startsWith(file + ":4: a message line whose time is not a time of day: '25:61'");
    }

    @Test
    void invalidUtf8_refusesItsMessage_namingFileAndLine() throws Exception {
        Path file = regression("mobileEnglish", "invalid-utf8", dir, "chat.txt");
        LineReads read = LineReads.export(file, ENGLISH);
        assertThat(read.lines()).containsExactly(5L, 7L);
        assertThat(read.errors).containsExactly(file + ":6: not valid UTF-8 (in the message of line 6)");
    }

    @Test
    void yearFarInTheFuture_isRefused_notUsed() throws Exception {
        Path file = regression("mobileEnglish", "far-future", dir, "chat.txt");
        LineReads read = LineReads.export(file, ENGLISH);
        assertThat(read.lines()).containsExactly(5L);
        assertThat(read.errors).singleElement().asString()
                .startsWith(file + ":8: a time outside the log's plausible range").endsWith(": 2099-11-25T08:01+07:00");
    }

    @Test
    void contactAlbumAndLocationPlaceholders_areMedia_butBracketedWordsStayText() throws Exception {
        Path file = regression("mobileEnglish", "placeholders", dir, "chat.txt");
        LineReads read = LineReads.export(file, ENGLISH);
        assertThat(read.messages).extracting(ChatMessage::type, ChatMessage::text).containsExactly(
                tuple(MessageType.FILE, ""), tuple(MessageType.IMAGE, ""), tuple(MessageType.FILE, ""),
                tuple(MessageType.TEXT, "[URGENT]"));
    }

    @Test
    void webhookSticker_keepsItsText() throws Exception {
        LineWebhookEvents events = new LineWebhookEvents(LineGroupNames.of(Map.of()), LineWebhookEvents.DEFAULT_ACCOUNT);
        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = events.map(LineWebhookEvents.parse(regression("webhookBody", "sticker-text")), "j", 1, context).messages();
        assertThat(messages).extracting(ChatMessage::type, ChatMessage::text).containsExactly(tuple(MessageType.STICKER, "รับทราบ"));
    }

    @Test
    void webhookExtremeTimestamp_isSkipped_notACrash() throws Exception {
        LineWebhookEvents events = new LineWebhookEvents(LineGroupNames.of(Map.of()), LineWebhookEvents.DEFAULT_ACCOUNT);
        RecordingContext context = new RecordingContext();
        LineWebhookEvents.Batch batch = events.map(LineWebhookEvents.parse(regression("webhookBody", "extreme-timestamp")), "j", 1, context);
        assertThat(batch.messages()).isEmpty();
        assertThat(batch.skipped()).isEqualTo(1);
        assertThat(context.skipped()).extracting(RecordingContext.Skipped::reason).containsExactly(
                "webhook event time outside the log's plausible range (2000 to one day after now): timestamp 9223372036854775807");
    }

    @Test
    void journalLineWithInvalidUtf8_isRefusedWithFileAndLine_andTheNextIsRead() throws Exception {
        Path file = regression("journal", "invalid-utf8", dir, "line-webhook-2025-11-25.journal.jsonl");
        LineReads read = LineReads.journal(file);
        assertThat(read.messages).extracting(ChatMessage::id).containsExactly("m1", "m3");
        assertThat(read.errors).containsExactly(file + ":2: not valid UTF-8");
    }
}
