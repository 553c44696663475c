package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SystemEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LineExportSourceTest {
    private static final String SOMCHAI = "นายสมชาย ใจดี";
    private static final String MALEE = "นางสาวมาลี ศรีสุข";
    private static final String WICHAI = "นายวิชัย มั่นคง";

    @TempDir
    Path folder;

    @Test
    void thaiPhoneExport_readsEveryRecordInOrder() throws IOException {
        String file = LineFixtures.THAI_MOBILE;
        List<ChatMessage> messages = read(file);

        assertThat(messages)
                .extracting(ChatMessage::id, message -> message.evidence().line(), ChatMessage::sender, ChatMessage::time,
                        ChatMessage::type, ChatMessage::event, ChatMessage::target)
                .containsExactly(
                        tuple(file + ":5#1", 5L, SOMCHAI, bangkok("2025-09-01T08:02"), MessageType.SYSTEM, SystemEvent.INVITE, MALEE),
                        tuple(file + ":5#2", 5L, SOMCHAI, bangkok("2025-09-01T08:02"), MessageType.SYSTEM, SystemEvent.INVITE, WICHAI),
                        tuple(file + ":6", 6L, MALEE, bangkok("2025-09-01T08:05"), MessageType.SYSTEM, SystemEvent.JOIN, null),
                        tuple(file + ":7", 7L, SOMCHAI, bangkok("2025-09-01T08:30"), MessageType.TEXT, null, null),
                        tuple(file + ":11", 11L, SOMCHAI, bangkok("2025-09-01T08:31"), MessageType.FILE, null, null),
                        tuple(file + ":12", 12L, MALEE, bangkok("2025-09-01T08:40"), MessageType.TEXT, null, null),
                        tuple(file + ":13", 13L, WICHAI, bangkok("2025-09-01T08:41"), MessageType.STICKER, null, null),
                        tuple(file + ":14", 14L, WICHAI, bangkok("2025-09-01T08:45"), MessageType.TEXT, null, null),
                        tuple(file + ":16", 16L, MALEE, bangkok("2025-09-01T09:10"), MessageType.IMAGE, null, null),
                        tuple(file + ":17", 17L, MALEE, bangkok("2025-09-01T09:12"), MessageType.SYSTEM, SystemEvent.UNSEND, null),
                        tuple(file + ":20", 20L, SOMCHAI, bangkok("2025-09-02T07:55"), MessageType.TEXT, null, null),
                        tuple(file + ":22", 22L, SOMCHAI, bangkok("2025-09-02T10:20"), MessageType.SYSTEM, SystemEvent.REMOVE, WICHAI),
                        tuple(file + ":23", 23L, SOMCHAI, bangkok("2025-09-02T10:25"), MessageType.SYSTEM, SystemEvent.RENAME,
                                "ข้อสั่งการ ปค.สน. (ทางการ)"),
                        tuple(file + ":24", 24L, MALEE, bangkok("2025-09-02T12:00"), MessageType.TEXT, null, null),
                        tuple(file + ":25", 25L, MALEE, bangkok("2025-09-02T17:45"), MessageType.SYSTEM, SystemEvent.LEAVE, null));
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.group()).isEqualTo("ข้อสั่งการ ปค.สน.");
            assertThat(message.evidence().source()).isEqualTo(LineFixtures.path(file).toString());
            assertThat(message.replyTo()).isNull();
            assertThat(message.senderId()).isNull();
        });
    }

    @Test
    void thaiPhoneExport_quotedOrder_isUnquotedAcrossLinesWithDoubledQuotesUnescaped() throws IOException {
        ChatMessage order = messageAt(read(LineFixtures.THAI_MOBILE), 7);

        assertThat(order.text()).isEqualTo("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๙ สิงหาคม ๒๕๖๘\n"
                + "เรื่อง \"ซักซ้อมแนวทางการรายงานสถานการณ์อุทกภัย\"\n"
                + "\n"
                + "ขอให้อำเภอรายงานผลภายใน ๒๔ ชม.");
    }

    @Test
    void thaiPhoneExport_lineWithThaiDigitTime_isReadAsTimeAndDate() throws IOException {
        ChatMessage order = messageAt(read(LineFixtures.THAI_MOBILE), 20);

        assertThat(order.time()).isEqualTo(bangkok("2025-09-02T07:55"));
        assertThat(order.text()).isEqualTo("เรียน นายอำเภอทุกอำเภอ\nด่วนที่สุด ขอให้รายงานผลภายใน ๒๔ ชม. 🙏");
    }

    @Test
    void thaiPhoneExport_rawContinuationStartingWithATime_isAppended() throws IOException {
        ChatMessage reply = messageAt(read(LineFixtures.THAI_MOBILE), 14);

        assertThat(reply.text()).isEqualTo("อำเภอเมืองรับทราบครับ จะรายงานภายในเวลา\n๑๖:๐๐ น. ครับ");
    }

    @Test
    void thaiPhoneExport_textThatOnlyStartsWithAQuote_staysLiteral() throws IOException {
        assertThat(messageAt(read(LineFixtures.THAI_MOBILE), 24).text()).isEqualTo("\"ผลการดำเนินงาน\" ตามหนังสือที่แจ้ง");
    }

    @Test
    void thaiPhoneExport_mediaPlaceholders_haveEmptyTextAndFileName() throws IOException {
        List<ChatMessage> messages = read(LineFixtures.THAI_MOBILE);

        assertThat(messageAt(messages, 11)).extracting(ChatMessage::type, ChatMessage::text, ChatMessage::attachmentName)
                .containsExactly(MessageType.FILE, "", "หนังสือ สน0018.1-ว23532.pdf");
        assertThat(messageAt(messages, 13)).extracting(ChatMessage::type, ChatMessage::text, ChatMessage::attachmentName)
                .containsExactly(MessageType.STICKER, "", null);
        assertThat(messageAt(messages, 12).text()).isEqualTo("รับทราบค่ะ 🙏");
    }

    @Test
    void thaiPhoneExport_systemLines_keepTheirTextAndNameActorWithoutIsolates() throws IOException {
        List<ChatMessage> messages = read(LineFixtures.THAI_MOBILE);

        assertThat(messages.get(0).text()).isEqualTo(SOMCHAI + " เพิ่ม " + MALEE + ", " + WICHAI + " เข้ากลุ่ม");
        assertThat(messageAt(messages, 17).text()).isEqualTo(MALEE + " ยกเลิกข้อความแล้ว");
    }

    @Test
    void englishPhoneExport_amPmTimesAndNotices() throws IOException {
        String file = LineFixtures.ENGLISH_MOBILE;
        List<ChatMessage> messages = read(file);

        assertThat(messages)
                .extracting(message -> message.evidence().line(), ChatMessage::sender, ChatMessage::time, ChatMessage::type,
                        ChatMessage::event, ChatMessage::target)
                .containsExactly(
                        tuple(5L, "Somchai Jaidee", bangkok("2025-09-02T08:15"), MessageType.TEXT, null, null),
                        tuple(6L, "Malee Srisuk", bangkok("2025-09-02T12:05"), MessageType.IMAGE, null, null),
                        tuple(7L, "Wichai Mankong", bangkok("2025-09-02T16:46"), MessageType.AUDIO, null, null),
                        tuple(8L, "Somchai Jaidee", bangkok("2025-09-02T21:30"), MessageType.TEXT, null, null),
                        tuple(10L, "Wichai Mankong", bangkok("2025-09-02T23:59"), MessageType.SYSTEM, SystemEvent.UNSEND, null),
                        tuple(13L, "Somchai Jaidee", bangkok("2025-09-03T00:10"), MessageType.SYSTEM, SystemEvent.INVITE, "Nipa Kaewta"),
                        tuple(14L, "Nipa Kaewta", bangkok("2025-09-03T07:00"), MessageType.SYSTEM, SystemEvent.JOIN, null),
                        tuple(15L, "Nipa Kaewta", bangkok("2025-09-03T07:01"), MessageType.STICKER, null, null),
                        tuple(16L, "Somchai Jaidee", bangkok("2025-09-03T07:02"), MessageType.SYSTEM, SystemEvent.RENAME, "Flood Command SNK"),
                        tuple(17L, "Malee Srisuk", bangkok("2025-09-03T08:00"), MessageType.TEXT, null, null),
                        tuple(18L, "Somchai Jaidee", bangkok("2025-09-03T08:05"), MessageType.SYSTEM, SystemEvent.REMOVE, "Wichai Mankong"),
                        tuple(19L, "Malee Srisuk", bangkok("2025-09-03T08:10"), MessageType.SYSTEM, SystemEvent.OTHER, null),
                        tuple(20L, "Malee Srisuk", bangkok("2025-09-03T08:20"), MessageType.FILE, null, null),
                        tuple(21L, "Nipa Kaewta", bangkok("2025-09-03T08:25"), MessageType.SYSTEM, SystemEvent.OTHER, null),
                        tuple(22L, "Wichai Mankong", bangkok("2025-09-03T08:30"), MessageType.SYSTEM, SystemEvent.LEAVE, null));
        assertThat(messages).extracting(ChatMessage::group).containsOnly("ศูนย์ข่าว อ.เมืองสกลนคร");
        assertThat(messageAt(messages, 8).text()).isEqualTo("Thanks all,\nsee you tomorrow.");
        assertThat(messageAt(messages, 17).text()).isEqualTo("Somchai Jaidee left the group.");
    }

    @Test
    void pcSave_splitsMultiWordSendersAndNamesTheGroupFromTheFileName() throws IOException {
        String file = LineFixtures.PC;
        List<ChatMessage> messages = read(file);

        assertThat(messages)
                .extracting(ChatMessage::id, ChatMessage::sender, ChatMessage::time, ChatMessage::type, ChatMessage::event,
                        ChatMessage::text)
                .containsExactly(
                        tuple(file + ":2", "นายสมชาย ใจดี", bangkok("2025-09-01T08:30"), MessageType.TEXT, null,
                                "ขอให้อำเภอรายงานผลภายใน ๒๔ ชม.\nทางไลน์กลุ่มนี้"),
                        tuple(file + ":4", "นายสมชาย ใจดี", bangkok("2025-09-01T08:31"), MessageType.IMAGE, null, ""),
                        tuple(file + ":5", "มาลี ศรีสุข", bangkok("2025-09-01T08:40"), MessageType.STICKER, null, ""),
                        tuple(file + ":6", "มาลี ศรีสุข", bangkok("2025-09-01T08:41"), MessageType.TEXT, null, "รับทราบค่ะ 🙏"),
                        tuple(file + ":7", "วิชัย", bangkok("2025-09-01T09:00"), MessageType.SYSTEM, SystemEvent.LEAVE, "วิชัย ออกจากกลุ่ม"),
                        tuple(file + ":9", "มาลี ศรีสุข", bangkok("2025-09-02T07:15"), MessageType.SYSTEM, SystemEvent.UNSEND, "ยกเลิกข้อความ"),
                        tuple(file + ":10", "นายสมชาย ใจดี", bangkok("2025-09-02T07:20"), MessageType.SYSTEM, SystemEvent.OTHER,
                                "นายสมชาย ใจดี เพิ่มประกาศ"),
                        tuple(file + ":11", "มาลี ศรีสุข", bangkok("2025-09-03T00:10"), MessageType.TEXT, null, "ส่งรายงานแล้วค่ะ"));
        assertThat(messages).extracting(ChatMessage::group).containsOnly("ข้อสั่งการ อ.เมือง");
    }

    @Test
    void bomCrlfAndInvisibleCharacters_areRemoved() throws IOException {
        String file = LineFixtures.BOM_CRLF;
        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = LineFixtures.read(file, Map.of(), context);

        assertThat(messages)
                .extracting(message -> message.evidence().line(), ChatMessage::sender, ChatMessage::time, ChatMessage::type,
                        ChatMessage::text)
                .containsExactly(
                        tuple(5L, SOMCHAI, bangkok("2025-09-03T08:00"), MessageType.TEXT, "อรุณสวัสดิ์ครับ"),
                        tuple(6L, MALEE, bangkok("2025-09-03T08:01"), MessageType.IMAGE, ""),
                        tuple(7L, SOMCHAI, bangkok("2025-09-03T08:02"), MessageType.TEXT, "บรรทัดแรก\nบรรทัดที่สอง"),
                        tuple(9L, WICHAI, bangkok("2025-09-03T08:03"), MessageType.TEXT, "ตารางเวร\n๐๙:๐๐\tเวรเช้า\tอำเภอ\nจบ"));
        assertThat(messages).extracting(ChatMessage::group).containsOnly("ศูนย์ปฏิบัติการ อ.เมือง");
        assertThat(context.skipped()).isEmpty();
    }

    @Test
    void unrecognisedLines_areReportedWithFileAndLine() throws IOException {
        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = LineFixtures.read(LineFixtures.UNRECOGNISED, Map.of(), context);
        String path = LineFixtures.path(LineFixtures.UNRECOGNISED).toString();

        assertThat(messages).extracting(ChatMessage::id, ChatMessage::text).containsExactly(tuple(LineFixtures.UNRECOGNISED + ":7", "hello"));
        assertThat(context.skippedPlaces()).containsExactly(path + ":4", path + ":6");
        assertThat(context.skipped()).extracting(RecordingContext.Skipped::reason).containsExactly(
                "unrecognised line: this line is not part of any export", "unrecognised line: a stray line after a date line");
    }

    @Test
    void unrecognisedLines_areCountedBySource() throws IOException {
        RecordingContext context = new RecordingContext();
        Path file = LineFixtures.path(LineFixtures.UNRECOGNISED);
        try (MessageSource source = new LineExportSourceFactory().open(new SourceInput(file.toString()), Map.of(), context)) {
            while (source.next() != null) {
                // Reads to the end.
            }
            assertThat(((LineExportSource) source).unrecognised()).isEqualTo(2);
        }
    }

    @Test
    void quoteWithoutClosingQuote_isReadAgainAsRawLines() throws IOException {
        Path file = write("unclosed.txt",
                "Chat history in \"กลุ่ม\"",
                "Saved on: 9/1/2025, 08:00",
                "",
                "Mon, 9/1/2025",
                "08:00\tA\t\"เริ่มอ้าง",
                "ต่อ",
                "08:01\tB\tตอบ");

        List<ChatMessage> messages = LineFixtures.readAll(file, Map.of(), new RecordingContext());

        assertThat(messages).extracting(ChatMessage::sender, ChatMessage::text)
                .containsExactly(tuple("A", "\"เริ่มอ้าง\nต่อ"), tuple("B", "ตอบ"));
    }

    @Test
    void quoteWithLoneQuoteInside_isReadAgainAsRawLines() throws IOException {
        Path file = write("lone.txt",
                "Mon, 9/1/2025",
                "08:00\tA\t\"Quote",
                "said \"x\" here",
                "08:01\tB\tok");

        List<ChatMessage> messages = LineFixtures.readAll(file, Map.of("group", "g"), new RecordingContext());

        assertThat(messages).extracting(ChatMessage::sender, ChatMessage::text)
                .containsExactly(tuple("A", "\"Quote\nsaid \"x\" here"), tuple("B", "ok"));
    }

    @Test
    void invalidDateLine_isMalformedAndTheSourceGoesOn() throws IOException {
        Path file = write("dates.txt",
                "Chat history in \"กลุ่ม\"",
                "",
                "Mon, 9/1/2025",
                "08:00\tA\tหนึ่ง",
                "",
                "Fri, 2/30/2025",
                "09:00\tA\tสอง",
                "ต่อ",
                "",
                "Tue, 9/2/2025",
                "10:00\tA\tสาม");
        try (MessageSource source = new LineExportSourceFactory().open(new SourceInput(file.toString()), Map.of(), new RecordingContext())) {
            assertThat(source.next().text()).isEqualTo("หนึ่ง");
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":6: invalid date line: Fri, 2/30/2025");
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":7: message under the invalid date line 6");
            ChatMessage last = source.next();
            assertThat(last.text()).isEqualTo("สาม");
            assertThat(last.time()).isEqualTo(bangkok("2025-09-02T10:00"));
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void messageBeforeAnyDateLine_isMalformed() throws IOException {
        Path file = write("undated.txt",
                "Chat history in \"กลุ่ม\"",
                "Saved on: 9/1/2025, 08:00",
                "",
                "08:00\tA\tก่อนวันที่",
                "",
                "Mon, 9/1/2025",
                "08:01\tA\tหลังวันที่");
        try (MessageSource source = new LineExportSourceFactory().open(new SourceInput(file.toString()), Map.of(), new RecordingContext())) {
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":4: message before any date line");
            assertThat(source.next().text()).isEqualTo("หลังวันที่");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void dateShapedLineInsideAMessage_isTextUnlessABlankLinePrecedesIt() throws IOException {
        Path file = write("inside.txt",
                "Mon, 9/1/2025",
                "08:00\tA\tนัดประชุม",
                "Tue, 9/2/2025",
                "",
                "Tue, 9/2/2025",
                "08:00\tB\tรับทราบ");

        List<ChatMessage> messages = LineFixtures.readAll(file, Map.of("group", "g"), new RecordingContext());

        assertThat(messages).extracting(ChatMessage::text, ChatMessage::time).containsExactly(
                tuple("นัดประชุม\nTue, 9/2/2025", bangkok("2025-09-01T08:00")),
                tuple("รับทราบ", bangkok("2025-09-02T08:00")));
    }

    @Test
    void loneCarriageReturnInsideText_doesNotSplitTheLine() throws IOException {
        Path file = folder.resolve("cr.txt");
        Files.writeString(file, "Mon, 9/1/2025\n08:00\tA\tหนึ่ง\rสอง\n08:01\tB\tสาม\n", StandardCharsets.UTF_8);

        List<ChatMessage> messages = LineFixtures.readAll(file, Map.of("group", "g"), new RecordingContext());

        assertThat(messages).extracting(message -> message.evidence().line(), ChatMessage::text)
                .containsExactly(tuple(2L, "หนึ่ง\rสอง"), tuple(3L, "สาม"));
    }

    private static List<ChatMessage> read(String fixture) throws IOException {
        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = LineFixtures.read(fixture, Map.of(), context);
        assertThat(context.skipped()).isEmpty();
        return messages;
    }

    private static ChatMessage messageAt(List<ChatMessage> messages, long line) {
        return messages.stream().filter(message -> message.evidence().line() == line).findFirst().orElseThrow();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static ZonedDateTime bangkok(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ChatMessage.BANGKOK);
    }
}
