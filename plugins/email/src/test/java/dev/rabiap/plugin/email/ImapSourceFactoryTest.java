package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

final class ImapSourceFactoryTest {
    private static final String PASSWORD = "s3cret-Sakon-2568";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("audit@moi.test", "audit", PASSWORD));

    private final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();
    private final Map<String, String> environment = new HashMap<>();
    private final ImapSourceFactory factory = new ImapSourceFactory(environment::get);

    @TempDir
    Path folder;

    private Path stateFile;
    private Map<String, String> options;

    @BeforeEach
    void setUp() {
        environment.put("RABIAP_IMAP_PASSWORD", PASSWORD);
        stateFile = folder.resolve("state/imap.properties");
        options = Map.of("password-env", "RABIAP_IMAP_PASSWORD", "state-file", stateFile.toString());
    }

    private static SourceInput inbox() {
        return new SourceInput("imap://audit@127.0.0.1:" + GREEN_MAIL.getImap().getPort() + "/INBOX");
    }

    private static void deliver(byte[] mail) throws Exception {
        GreenMailUser user = GREEN_MAIL.getUserManager().getUser("audit");
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mail)));
    }

    private List<ChatMessage> readAll(Map<String, String> readOptions) throws IOException {
        List<ChatMessage> messages = new ArrayList<>();
        try (MessageSource source = factory.open(inbox(), readOptions, context)) {
            assertThat(source.description()).isEqualTo("imap://127.0.0.1/INBOX");
            ChatMessage message;
            while ((message = source.next()) != null) {
                messages.add(message);
            }
        }
        return messages;
    }

    private static List<Boolean> seenFlags() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "audit", PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Boolean> seen = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                seen.add(message.isSet(Flags.Flag.SEEN));
            }
            inbox.close(false);
            return seen;
        } finally {
            store.close();
        }
    }

    @Test
    void open_readsTis620AndUtf8Mail_marksNothingSeen_andWritesTheState() throws Exception {
        deliver(EmailTestMails.tis620QuotedPrintable());
        deliver(EmailTestMails.resource("mail/order.eml"));

        List<ChatMessage> messages = readAll(options);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).sender()).isEqualTo(EmailTestMails.TIS620_SENDER);
        assertThat(messages.get(0).text()).isEqualTo(EmailTestMails.TIS620_BODY);
        assertThat(messages.get(0).evidence().source()).matches("imap://127\\.0\\.0\\.1/INBOX;UIDVALIDITY=\\d+;UID=1");
        assertThat(messages.get(0).evidence().messageId()).isEqualTo("tis620-ssd-0311@dopa.go.th");
        assertThat(messages.get(1).text()).isEqualTo(EmailTestMails.ORDER_SUBJECT + "\n" + EmailTestMails.ORDER_BODY);
        assertThat(messages.get(1).evidence().source()).endsWith(";UID=2");
        assertThat(messages.get(1).group()).isEqualTo(EmailTestMails.LIST);
        assertThat(seenFlags()).containsExactly(false, false);
        String state = Files.readString(stateFile, StandardCharsets.UTF_8);
        assertThat(state).contains("INBOX.last-uid=2").containsPattern("INBOX\\.uidvalidity=\\d+").doesNotContain(PASSWORD);
    }

    @Test
    void open_afterAResumedRun_readsOnlyTheNewMail() throws Exception {
        deliver(EmailTestMails.tis620QuotedPrintable());
        deliver(EmailTestMails.resource("mail/order.eml"));
        assertThat(readAll(options)).hasSize(2);

        deliver(EmailTestMails.resource("mail/reply.eml"));
        List<ChatMessage> resumed = readAll(options);

        assertThat(resumed).extracting(ChatMessage::id).containsExactly("CAF3x9k2pkn.20251103104217@mail.gmail.com");
        assertThat(resumed.get(0).evidence().source()).endsWith(";UID=3");
        assertThat(readAll(options)).isEmpty();
        assertThat(Files.readString(stateFile, StandardCharsets.UTF_8)).contains("INBOX.last-uid=3");
        assertThat(seenFlags()).containsExactly(false, false, false);
    }

    @Test
    void open_withAChangedUidValidity_readsTheFolderAgain() throws Exception {
        deliver(EmailTestMails.resource("mail/order.eml"));
        deliver(EmailTestMails.resource("mail/reply.eml"));
        String key = "audit@127.0.0.1:" + GREEN_MAIL.getImap().getPort() + "/INBOX";
        ImapState.write(stateFile, key, new ImapState.Checkpoint(1, 99));

        assertThat(readAll(options)).hasSize(2);
        assertThat(ImapState.read(stateFile, key).lastUid()).isEqualTo(2);
    }

    @Test
    void open_withSince_readsOnlyMailReceivedFromThatDay() throws Exception {
        deliver(EmailTestMails.resource("mail/order.eml"));
        Path password = folder.resolve("password.txt");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);

        assertThat(readAll(Map.of("password-file", password.toString(), "since", "2999-01-01"))).isEmpty();
        assertThat(readAll(Map.of("password-file", password.toString(), "since", "2020-01-01"))).hasSize(1);
    }

    @Test
    void open_withAWrongPassword_failsClearlyWithoutShowingIt() {
        environment.put("RABIAP_IMAP_PASSWORD", "wrong-รหัส");

        assertThatThrownBy(() -> factory.open(inbox(), options, context))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("imap://127.0.0.1/INBOX: the server refused the login of user audit")
                .message().doesNotContain("wrong-รหัส");
        assertThat(stateFile).doesNotExist();
    }

    @Test
    void open_badOptionValues_nameTheOption() {
        assertThatThrownBy(() -> factory.open(inbox(), Map.of("password-env", "RABIAP_IMAP_PASSWORD", "since", "notadate"), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("since: ");
        assertThatThrownBy(() -> factory.open(inbox(), Map.of("password-env", "UNSET_VARIABLE"), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password-env: ");
        assertThatThrownBy(() -> factory.open(inbox(), Map.of("password-file", folder.resolve("none").toString()), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password-file: ");
        assertThatThrownBy(() -> factory.open(inbox(), Map.of(), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password-file, password-env");
        assertThatThrownBy(() -> factory.open(new SourceInput("imap://audit:" + PASSWORD + "@127.0.0.1/INBOX"), options, context))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(PASSWORD);
    }

    @Test
    void location_parsesUserHostPortAndFolder() {
        assertThat(ImapLocation.parse("imaps://audit%40moi.go.th@mail.moi.go.th/%E0%B8%AA%E0%B8%81%E0%B8%A5"))
                .isEqualTo(new ImapLocation(true, "audit@moi.go.th", "mail.moi.go.th", 993, "สกล"));
        assertThat(ImapLocation.parse("imap://audit@mail.moi.go.th:1143"))
                .isEqualTo(new ImapLocation(false, "audit", "mail.moi.go.th", 1143, "INBOX"));
        assertThat(ImapLocation.parse("IMAPS://a@h/Lists/Sakon").source()).isEqualTo("imap://h/Lists/Sakon");
    }

    @Test
    void accepts_imapAndImapsUrlsOnly() {
        assertThat(factory.accepts(new SourceInput("imaps://audit@mail.moi.go.th/INBOX"))).isTrue();
        assertThat(factory.accepts(new SourceInput("imap://audit@mail.moi.go.th/INBOX"))).isTrue();
        assertThat(factory.accepts(new SourceInput("https://mail.moi.go.th/INBOX"))).isFalse();
        assertThat(factory.accepts(new SourceInput(folder.toString()))).isFalse();
    }
}
