package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class ClassifierTest {
    private static final Classifier CLASSIFIER = new Classifier(List.of(
            new Classifier.Row("acknowledgement", Classifier.Match.ONLY, "🙏👍", null, 2),
            new Classifier.Row("acknowledgement", Classifier.Match.TYPE, "sticker", null, 3),
            new Classifier.Row("report", Classifier.Match.STARTS_WITH, "รายงาน", null, 4),
            new Classifier.Row("order", Classifier.Match.REGEX, "ที่\\s*สน\\s*[๐-๙0-9]{4}", Pattern.compile("ที่\\s*สน\\s*[๐-๙0-9]{4}"), 5),
            new Classifier.Row("order", Classifier.Match.CONTAINS, "ขอให้", null, 6),
            new Classifier.Row("question", Classifier.Match.ENDS_WITH, "?", null, 7)));

    private static ChatMessage text(String text, MessageType type) {
        return ChatMessage.builder().id("1").evidence(Evidence.atLine("f", 1)).group("g").sender("s")
                .time(ZonedDateTime.parse("2025-11-21T09:00:00+07:00")).type(type).text(text).build();
    }

    @Test
    void firstMatchingRowWins() {
        assertThat(CLASSIFIER.classify(text("รายงานผลตามข้อสั่งการ ขอให้...", MessageType.TEXT))).isEqualTo("report");
        assertThat(CLASSIFIER.classify(text("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ขอให้อำเภอรายงาน", MessageType.TEXT))).isEqualTo("order");
        assertThat(CLASSIFIER.firstMatch(text("ขอให้อำเภอแจ้ง", MessageType.TEXT)).line()).isEqualTo(6);
    }

    @Test
    void emojiOnly_withSkinToneAndSpaces_isAcknowledgement() {
        assertThat(CLASSIFIER.classify(text(" 🙏🏻 🙏 ", MessageType.TEXT))).isEqualTo("acknowledgement");
        assertThat(CLASSIFIER.classify(text("🙏 ขอบคุณครับ", MessageType.TEXT))).isEqualTo("chat");
    }

    @Test
    void typeAndEndsWith() {
        assertThat(CLASSIFIER.classify(text("", MessageType.STICKER))).isEqualTo("acknowledgement");
        assertThat(CLASSIFIER.classify(text("ประชุมกี่โมงครับ?", MessageType.TEXT))).isEqualTo("question");
    }

    @Test
    void nothingMatches_isChat_andSystemIsSystem() {
        assertThat(CLASSIFIER.classify(text("สวัสดีครับ", MessageType.TEXT))).isEqualTo("chat");
        ChatMessage join = ChatMessage.builder().id("2").evidence(Evidence.atLine("f", 2)).group("g").sender("s")
                .time(ZonedDateTime.parse("2025-11-21T09:00:00+07:00")).event(SystemEvent.JOIN).build();
        assertThat(CLASSIFIER.classify(join)).isEqualTo("system");
    }
}
