package dev.rabiap.plugin.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SystemEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FilePluginTest {
    private static final SourceContext CONTEXT = new SourceContext() {
        @Override
        public void skipped(Evidence where, String reason) {
            throw new AssertionError("nothing is skipped here: " + where + " " + reason);
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };

    private static Map<String, MessageSourceFactory> factories() {
        PolicyPlugin plugin = ServiceLoader.load(PolicyPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("file")).findFirst().orElseThrow();
        return Guice.createInjector(plugin).getInstance(Key.get(new TypeLiteral<Map<String, MessageSourceFactory>>() {}));
    }

    private static List<ChatMessage> readAll(MessageSource source) throws Exception {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatMessage m; (m = source.next()) != null; ) {
            out.add(m);
        }
        return out;
    }

    @Test
    void pluginIsFoundByServiceLoader_andBindsJsonlCsvAndSurveyCsv() {
        assertThat(factories()).containsOnlyKeys("jsonl", "csv", "survey-csv");
    }

    @Test
    void jsonl_readsEveryField_timesInBangkok(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("log.jsonl"), "\uFEFF"
                + "{\"id\":\"a1\",\"group\":\"ศอ.จอส.จว.สน.\",\"time\":\"2025-11-21T09:30:00\",\"sender\":\"\u2068จอส.เมือง\u2069\",\"senderId\":\"U1\",\"type\":\"image\",\"text\":\"รายงานผล\",\"replyTo\":\"a0\",\"attachment\":\"p.jpg\"}\n"
                + "\n"
                + "{\"id\":\"a2\",\"group\":\"g\",\"time\":\"2025-11-21T02:30:00Z\",\"sender\":\"ผวจ.สน.\",\"type\":\"system\",\"event\":\"invite\",\"target\":\"นาย ข\"}\n"
                + "{\"id\":\"a3\",\"group\":\"g\",\"time\":\"2025-11-21T09:30:00.250+07:00\",\"sender\":\"x\",\"text\":\"ok\",\"extra\":null}\n", StandardCharsets.UTF_8);
        MessageSourceFactory jsonl = factories().get("jsonl");
        assertThat(jsonl.accepts(new SourceInput(file.toString()))).isTrue();
        try (MessageSource source = jsonl.open(new SourceInput(file.toString()), Map.of(), CONTEXT)) {
            List<ChatMessage> messages = readAll(source);
            assertThat(messages).hasSize(3);
            ChatMessage first = messages.get(0);
            assertThat(first.time()).isEqualTo(ZonedDateTime.parse("2025-11-21T09:30:00+07:00[Asia/Bangkok]"));
            assertThat(first.evidence()).isEqualTo(new Evidence(file.toString(), 1, "a1"));
            assertThat(first.type()).isEqualTo(MessageType.IMAGE);
            assertThat(first.senderId()).isEqualTo("U1");
            assertThat(first.replyTo()).isEqualTo("a0");
            assertThat(first.attachmentName()).isEqualTo("p.jpg");
            ChatMessage invite = messages.get(1);
            assertThat(invite.evidence().line()).isEqualTo(3);
            assertThat(invite.event()).isEqualTo(SystemEvent.INVITE);
            assertThat(invite.target()).isEqualTo("นาย ข");
            assertThat(invite.time().toLocalTime().toString()).isEqualTo("09:30");
            assertThat(messages.get(2).time().getNano()).isEqualTo(250_000_000);
        }
    }

    @Test
    void jsonl_badLines_nameFileAndLine_andReadingGoesOn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("log.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"group\":\"g\",\"time\":\"2025-11-21T09:30:00\",\"sender\":\"a\"}",
                "{\"id\":\"2\",\"group\":\"g\",\"time\":\"21/11/2568\",\"sender\":\"a\"}",
                "{\"id\":\"3\",\"group\":\"g\",\"time\":\"2025-11-21T09:30:00\",\"sender\":\"a\",\"type\":\"gif\"}",
                "{\"id\":\"4\",\"grup\":\"g\"}",
                "[1,2]",
                "{\"id\":\"6\",\"group\":\"g\",\"time\":\"2025-11-21T09:30:00\",\"type\":\"system\"}",
                "{\"id\":\"6b\",\"group\":\"g\",\"time\":\"2025-11-21T09:30:00\",\"sender\":\"c\",\"type\":\"join\"}",
                "{\"id\":\"7\",\"group\":\"g\",\"time\":\"2025-11-21T09:31:00\",\"sender\":\"b\"}", ""));
        try (MessageSource source = factories().get("jsonl").open(new SourceInput(file.toString()), Map.of(), CONTEXT)) {
            assertThat(source.next().id()).isEqualTo("1");
            List<String> errors = new ArrayList<>();
            ChatMessage last = null;
            while (last == null) {
                try {
                    last = source.next();
                } catch (MalformedInputException e) {
                    errors.add(e.getMessage());
                }
            }
            assertThat(last.id()).isEqualTo("7");
            assertThat(errors).containsExactly(
                    file + ":2 (2): time '21/11/2568' is not an ISO-8601 date-time such as 2025-11-21T09:30:00+07:00",
                    file + ":3 (3): unknown type 'gif' (text, image, sticker, file, video, audio, system)",
                    file + ":4: unknown field 'grup' (fields: id, group, time, sender, senderId, type, text, replyTo, event, target, attachment)",
                    file + ":5: not a JSON object",
                    file + ":6 (6): a system message needs an 'event' (join, leave, invite, remove, unsend, rename)",
                    file + ":7 (6b): unknown type 'join': a membership event is type 'system' with event 'join' (and a 'target' for invite and remove)");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void csv_bomQuotedMultiLineFieldsAndAnyColumnOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), "\uFEFFtime,id,group,sender,text,type\r\n"
                + "2025-11-21T09:00:00,c1,ข้อสั่งการ ปค.สน.,ปค.จ.สน.,\"ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒\r\nขอให้อำเภอ \"\"ถือปฏิบัติ\"\"\",text\r\n"
                + "2025-11-21T09:05:00,c2,ข้อสั่งการ ปค.สน.,นอภ.เมือง,,sticker\r\n");
        MessageSourceFactory csv = factories().get("csv");
        assertThat(csv.accepts(new SourceInput(file.toString()))).isTrue();
        assertThat(factories().get("jsonl").accepts(new SourceInput(file.toString()))).isFalse();
        try (MessageSource source = csv.open(new SourceInput(file.toString()), Map.of(), CONTEXT)) {
            List<ChatMessage> messages = readAll(source);
            assertThat(messages).extracting(ChatMessage::id).containsExactly("c1", "c2");
            assertThat(messages.get(0).text()).isEqualTo("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒\r\nขอให้อำเภอ \"ถือปฏิบัติ\"");
            assertThat(messages.get(1).evidence().line()).isEqualTo(4);
            assertThat(messages.get(1).type()).isEqualTo(MessageType.STICKER);
        }
    }

    @Test
    void csv_unknownColumnOrShortRow_isMalformed(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,group,time,who\n1,g,2025-11-21T09:00:00,a\n");
        try (MessageSource source = factories().get("csv").open(new SourceInput(bad.toString()), Map.of(), CONTEXT)) {
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class).hasMessageStartingWith(bad + ":1: unknown column 'who'");
        }
        Path shortRow = Files.writeString(dir.resolve("short.csv"), "id,group,time,sender\n1,g\n");
        try (MessageSource source = factories().get("csv").open(new SourceInput(shortRow.toString()), Map.of(), CONTEXT)) {
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class).hasMessage(shortRow + ":2: expected 4 columns, found 2");
        }
    }
}
