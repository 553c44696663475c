package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;

final class MaildirSourceFactoryTest {
    private final MaildirSourceFactory factory = new MaildirSourceFactory();
    private final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

    @TempDir
    Path maildir;

    private Path deliver(String folder, String name, byte[] mail) throws IOException {
        Path file = maildir.resolve(folder).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, mail);
        return file;
    }

    @Test
    void next_readsCurAndNewInFileNameOrder_andSkipsTmp() throws IOException {
        Path reply = deliver("new", "1762143300.M2P7.mail.dopa.go.th", EmailTestMails.resource("mail/reply.eml"));
        Path order = deliver("cur", "1762139700.M1P7.mail.dopa.go.th:2,S", EmailTestMails.resource("mail/order.eml"));
        Path thai = deliver("cur", "1762154400.M3P7.mail.dopa.go.th:2,", EmailTestMails.tis620QuotedPrintable());
        deliver("tmp", "1762160000.M4P7.mail.dopa.go.th", EmailTestMails.resource("mail/order.eml"));

        try (MessageSource source = factory.open(new SourceInput(maildir.toString()), Map.of(), context)) {
            ChatMessage first = source.next();
            ChatMessage second = source.next();
            ChatMessage third = source.next();

            assertThat(source.next()).isNull();
            assertThat(first.evidence()).isEqualTo(new Evidence(order.toString(), 0, EmailTestMails.ORDER_ID));
            assertThat(second.evidence().source()).isEqualTo(reply.toString());
            assertThat(third.evidence().source()).isEqualTo(thai.toString());
            assertThat(third.sender()).isEqualTo(EmailTestMails.TIS620_SENDER);
            assertThat(source.description()).isEqualTo(maildir.toString());
        }
        assertThat(context.skipped).isEmpty();
    }

    @Test
    void next_goesOnAfterABadMail_andCountsHiddenFiles() throws IOException {
        Path bad = deliver("cur", "1.M1P1.host:2,S", EmailTestMails.plain("To: a@b\nList-Id: <l.x>\n", "no from\n"));
        deliver("cur", "2.M1P1.host:2,S", EmailTestMails.resource("mail/order.eml"));
        Path hidden = deliver("new", ".notes", new byte[] {1});

        try (MessageSource source = factory.open(new SourceInput(maildir.toString()), Map.of(), context)) {
            assertThatThrownBy(source::next).isInstanceOfSatisfying(MalformedInputException.class,
                    e -> assertThat(e.evidence()).isEqualTo(new Evidence(bad.toString(), 0, null)));
            assertThat(source.next().id()).isEqualTo(EmailTestMails.ORDER_ID);
            assertThat(source.next()).isNull();
        }
        assertThat(context.skipped).containsExactly(hidden + ": hidden file in a Maildir");
    }

    @Test
    void acceptsAndOpen_needCurOrNew() throws IOException {
        assertThat(factory.accepts(new SourceInput(maildir.toString()))).isFalse();
        assertThatThrownBy(() -> factory.open(new SourceInput(maildir.toString()), Map.of(), context))
                .isInstanceOf(NotDirectoryException.class);

        Files.createDirectories(maildir.resolve("new"));

        assertThat(factory.accepts(new SourceInput(maildir.toString()))).isTrue();
        try (MessageSource empty = factory.open(new SourceInput(maildir.toString()), Map.of(), context)) {
            assertThat(empty.next()).isNull();
        }
    }
}
