package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;

final class EmlSourceFactoryTest {
    private final EmlSourceFactory factory = new EmlSourceFactory();
    private final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

    @TempDir
    Path folder;

    @Test
    void next_readsTheOneMailOfTheFile() throws IOException {
        Path path = EmailTestMails.resourcePath("mail/reply.eml");
        try (MessageSource eml = factory.open(new SourceInput(path.toString()), Map.of(), context)) {
            ChatMessage reply = eml.next();

            assertThat(reply.evidence()).isEqualTo(new Evidence(path.toString(), 0, "CAF3x9k2pkn.20251103104217@mail.gmail.com"));
            assertThat(reply.group()).isEqualTo(EmailTestMails.LIST);
            assertThat(eml.next()).isNull();
            assertThat(eml.description()).isEqualTo(path.toString());
        }
    }

    @Test
    void open_aMissingFile_fails() {
        assertThatThrownBy(() -> factory.open(new SourceInput(folder.resolve("none.eml").toString()), Map.of(), context))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void accepts_emlNamesAndFilesThatStartWithMailHeaders() throws IOException {
        Path saved = folder.resolve("message");
        Files.write(saved, EmailTestMails.resource("mail/order.eml"));
        Path headersFirst = folder.resolve("mail.txt");
        Files.writeString(headersFirst, "Message-ID: <a@b>\nFrom: a@b\n\nx\n");
        Path mbox = folder.resolve("box");
        Files.writeString(mbox, "From a@b Mon Nov  3 09:00:00 2025\nFrom: a@b\n\nx\n");

        assertThat(factory.accepts(new SourceInput(EmailTestMails.resourcePath("mail/reply.eml").toString()))).isTrue();
        assertThat(factory.accepts(new SourceInput(saved.toString()))).isTrue();
        assertThat(factory.accepts(new SourceInput(headersFirst.toString()))).isTrue();
        assertThat(factory.accepts(new SourceInput(mbox.toString()))).isFalse();
        assertThat(factory.accepts(new SourceInput(folder.toString()))).isFalse();
    }
}
