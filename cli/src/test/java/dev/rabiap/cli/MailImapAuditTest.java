package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.rabiap.engine.spi.ChatMessage;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap audit imap://…} against a live IMAP server holding mails of the sample mailbox: the
 * group comes from List-Id, the password from a file, and the state file makes a second run read
 * only the mail delivered since.
 */
final class MailImapAuditTest {
    private static final String PASSWORD = "Sakon-2568-jitarsa";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("audit@sakonnakhon.go.th", "audit", PASSWORD));

    record Run(int code, List<JsonNode> findings, String err) {}

    @Test
    void auditsTheFolder_thenOnlyTheNewMail_markingNothingSeen(@TempDir Path dir) throws Exception {
        Path samples = MailAuditTest.samplesFolder();
        List<byte[]> mails = splitMbox(Files.readAllBytes(samples.resolve("mail").resolve("sakon-nakhon.mbox")));
        assertThat(mails).hasSize(28);
        for (byte[] mail : mails.subList(0, 6)) {
            deliver(mail);
        }
        Path password = Files.writeString(dir.resolve("imap-password.txt"), PASSWORD + "\n");
        Path state = dir.resolve("imap.state");
        String[] audit = {"audit", "--roster", samples.resolve("roster.csv").toString(), "--format", "jsonl",
                "-O", "password-file=" + password, "-O", "state-file=" + state,
                "imap://audit@127.0.0.1:" + GREEN_MAIL.getImap().getPort() + "/INBOX"};

        Run first = run(audit);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(first.err()).contains("messages read: 6").contains("records skipped: 0")
                .contains("obligations not yet due: 15").doesNotContain(PASSWORD);
        assertThat(keys(first)).containsExactly("SKN-2P 20251201090514.3A9F1@mail.dopa.go.th");
        assertThat(first.findings().get(0).get("file").asText()).matches("imap://127\\.0\\.0\\.1/INBOX;UIDVALIDITY=\\d+;UID=3");
        assertThat(first.findings().get(0).get("actor").asText()).isEqualTo("นอภ.กุสุมาลย์ 🇹🇭");
        assertThat(Files.readString(state)).contains("last-uid=6");

        // mails 7 to 11: the coordinating deputy's report (a ปลัดอำเภอ, admitted), an acknowledgement, two reports, and a question
        // in ข้อสั่งการ ปค.สน.: only the question is a finding
        for (byte[] mail : mails.subList(6, 11)) {
            deliver(mail);
        }
        Run second = run(audit);
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(second.err()).contains("messages read: 5");
        assertThat(keys(second)).containsExactly("SKN-2P 20251201121044.9F4A6@mail.dopa.go.th");
        assertThat(Files.readString(state)).contains("last-uid=11");

        Run third = run(audit);
        assertThat(third.code()).as(third.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(third.err()).contains("messages read: 0");

        assertThat(seenFlags()).hasSize(11).containsOnly(false);
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Clock.fixed(Instant.parse("2025-12-03T02:00:00Z"), ChatMessage.BANGKOK));
        List<JsonNode> findings = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                findings.add(JSON.readTree(line));
            }
        }
        return new Run(code, findings, err.toString());
    }

    private static List<String> keys(Run run) {
        return run.findings().stream().map(f -> f.get("rule").asText() + " " + f.get("messageId").asText()).toList();
    }

    private static void deliver(byte[] mail) throws Exception {
        GreenMailUser user = GREEN_MAIL.getUserManager().getUser("audit");
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mail)));
    }

    /** The mails of an mboxrd file: split at From lines after a blank line, one '>' taken from escaped From lines. */
    static List<byte[]> splitMbox(byte[] mbox) {
        List<byte[]> mails = new ArrayList<>();
        StringBuilder mail = null;
        boolean previousBlank = true;
        for (String line : new String(mbox, StandardCharsets.ISO_8859_1).split("\n", -1)) {
            if (previousBlank && line.startsWith("From ")) {
                if (mail != null) {
                    mails.add(mail.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                mail = new StringBuilder();
            } else if (mail != null) {
                mail.append(line.matches(">+From .*") ? line.substring(1) : line).append("\r\n");
            }
            previousBlank = line.isEmpty();
        }
        if (mail != null) {
            mails.add(mail.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return mails;
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
}
