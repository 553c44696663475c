package dev.rabiap.plugin.email;

import static dev.rabiap.plugin.email.EmailTestMails.LIST;
import static dev.rabiap.plugin.email.EmailTestMails.ORDER_ID;
import static dev.rabiap.plugin.email.EmailTestMails.ORDER_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;

final class MboxSourceFactoryTest {
    private final MboxSourceFactory factory = new MboxSourceFactory();
    private final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

    @TempDir
    Path folder;

    private MessageSource open(Path path, Map<String, String> options) throws IOException {
        return factory.open(new SourceInput(path.toString()), options, context);
    }

    @Test
    void next_readsEachMailWithTheLineOfItsFromLine() throws IOException {
        Path path = EmailTestMails.resourcePath("mbox/sor-jor-sor.mbox");
        String source = path.toString();
        try (MessageSource mbox = open(path, Map.of())) {
            ChatMessage order = mbox.next();
            ChatMessage reply = mbox.next();
            ChatMessage flood = mbox.next();

            assertThat(mbox.next()).isNull();
            assertThat(mbox.description()).isEqualTo(source);
            assertThat(order.evidence()).isEqualTo(Evidence.atLine(source, 1).withMessageId(ORDER_ID));
            assertThat(order.text()).isEqualTo(ORDER_SUBJECT + "\n" + EmailTestMails.ORDER_BODY);
            assertThat(reply.evidence()).isEqualTo(Evidence.atLine(source, 51).withMessageId("CAF3x9k2pkn.20251103104217@mail.gmail.com"));
            assertThat(reply.replyTo()).isEqualTo(ORDER_ID);
            assertThat(flood.evidence()).isEqualTo(Evidence.atLine(source, 79).withMessageId("flood-wcp-0311@dopa.go.th"));
            assertThat(flood.text()).isEqualTo("""
                    รายงานเหตุอุทกภัย อ.วาริชภูมิ
                    เรียน ที่ทำการปกครองจังหวัดสกลนคร
                    From ตำบลคำบ่อ: น้ำท่วมถนน ๒ สาย
                    From the district office, 13:05.""");
            assertThat(flood.group()).isEqualTo(LIST);
            assertThat(flood.sender()).isEqualTo("ที่ทำการปกครองอำเภอวาริชภูมิ");
        }
        assertThat(context.skipped).isEmpty();
    }

    @Test
    void next_throwsForEachBadMailAndGoesOnWithTheNext() throws IOException {
        Path path = EmailTestMails.resourcePath("mbox/broken.mbox");
        String source = path.toString();
        try (MessageSource mbox = open(path, Map.of())) {
            assertThat(mbox.next().id()).isEqualTo("ok-1@dopa.go.th");
            assertThatThrownBy(mbox::next).isInstanceOfSatisfying(MalformedInputException.class, e -> {
                assertThat(e.evidence()).isEqualTo(Evidence.atLine(source, 13).withMessageId("no-from@dopa.go.th"));
                assertThat(e.reason()).isEqualTo("the mail has no From header");
            });
            assertThatThrownBy(mbox::next).isInstanceOfSatisfying(MalformedInputException.class, e -> {
                assertThat(e.evidence()).isEqualTo(Evidence.atLine(source, 24).withMessageId("bad-date@dopa.go.th"));
                assertThat(e.reason()).isEqualTo("cannot read the Date header: วันจันทร์ที่ 3 พฤศจิกายน 2568");
            });
            // A line that is not a header is left out with a note; the mail is read.
            ChatMessage broken = mbox.next();
            assertThat(broken.evidence()).isEqualTo(Evidence.atLine(source, 36).withMessageId("broken-header@dopa.go.th"));
            assertThat(broken.text()).isEqualTo("รับทราบ\nรับทราบครับ");
            ChatMessage last = mbox.next();
            assertThat(last.id()).isEqualTo("ok-2@dopa.go.th");
            assertThat(last.evidence().line()).isEqualTo(49);
            assertThat(last.text()).isEqualTo("รับทราบ\nรับทราบครับ");
            assertThat(mbox.next()).isNull();
        }
    }

    @Test
    void next_countsTextBeforeTheFirstFromLineAsSkipped() throws IOException {
        Path path = folder.resolve("export.mbox");
        Files.write(path, ("exported by a tool\n\nFrom x Mon Nov  3 11:00:00 2025\n").getBytes(StandardCharsets.UTF_8));
        Files.write(path, EmailTestMails.plain("From: amphoe.akat@dopa.go.th\n", "ok\n"), java.nio.file.StandardOpenOption.APPEND);

        try (MessageSource mbox = open(path, Map.of("group", LIST))) {
            assertThat(mbox.next().evidence().line()).isEqualTo(3);
            assertThat(mbox.next()).isNull();
        }
        assertThat(context.skipped).containsExactly(path + ":1: text before the first From line");
    }

    @Test
    void accepts_aFileStartingWithAFromLineOnly() throws IOException {
        Path eml = folder.resolve("mail.eml");
        Files.writeString(eml, "From: a@b\nTo: c@d\n\nx\n");

        assertThat(factory.accepts(new SourceInput(EmailTestMails.resourcePath("mbox/broken.mbox").toString()))).isTrue();
        assertThat(factory.accepts(new SourceInput(eml.toString()))).isFalse();
        assertThat(factory.accepts(new SourceInput(folder.toString()))).isFalse();
        assertThat(factory.accepts(new SourceInput("imaps://audit@mail.moi.go.th/INBOX"))).isFalse();
    }
}
