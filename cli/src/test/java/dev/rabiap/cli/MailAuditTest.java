package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample mailbox {@code samples/mail/sakon-nakhon.mbox} gives exactly the findings in {@code samples/mail/EXPECTED.md}. */
final class MailAuditTest extends SknSampleAuditTest {
    static final String ORDER = "SG2PR04MB9381E2A1C7D0B6F1E5A3C9D2A1@SG2PR04MB9381.apcprd04.prod.outlook.com";

    /** Rule and Message-ID of every expected finding; for SKN-5O also the district. */
    private static final List<String> EXPECTED = List.of(
            "SKN-2P 20251201090514.3A9F1@mail.dopa.go.th",
            "SKN-2P 20251201121044.9F4A6@mail.dopa.go.th",
            // a sender not on the roster is an outsider of the list (a membership finding), who holds none of the roles the
            // posting row lets write to it (only the provincial office)
            "SKN-2 CAM9fT4hY2pQ=vK7nW1sE8xRzB5uJc0@mail.gmail.com",
            "SKN-2P CAM9fT4hY2pQ=vK7nW1sE8xRzB5uJc0@mail.gmail.com",
            "SKN-2 20251201185031.3D8E0@mail.dopa.go.th",
            "SKN-2P 20251201185031.3D8E0@mail.dopa.go.th",
            "SKN-5O SG2PR04MB3372B8D0E6F2A4C9D1E7F5A3C6@SG2PR04MB3372.apcprd04.prod.outlook.com คำตากล้า",
            "SKN-5O " + ORDER + " โคกศรีสุพรรณ",
            "SKN-5O " + ORDER + " เจริญศิลป์");

    /** Mails that come close to a finding but must not be cited. */
    private static final List<String> NEAR_MISSES = List.of(
            // the coordinating deputy of พังโคน is a ปลัดอำเภอ: admitted to ศอ.จอส.จว.สน., his report answers for พังโคน
            "CAPx7vQ2nR8kJ+f5tY1wZbM3cA6dLg9@mail.gmail.com",
            "20251201083012.71C4E@mail.dopa.go.th",
            "CAO2kq8vT9mW=r4bH6e1xNcZpL0sYd3@mail.gmail.com",
            "20251201092533.5B0C2@mail.dopa.go.th",
            "20251201094801.6C1D3@mail.dopa.go.th",
            "20251201103027.7D2E4@mail.dopa.go.th",
            "SG2PR04MB7725A9C3F1E0D8B4C6A2E7F1B3@SG2PR04MB7725.apcprd04.prod.outlook.com",
            "20251201113009.8E3F5@mail.dopa.go.th",
            "20251201131522.0A5B7@mail.dopa.go.th",
            "CAKw3nB8qZ1xR=tD5mF9sH2yP7vL4gE@mail.gmail.com",
            "CAHr6yL1mN9qT=wX3bV8kD2sF5jP0cG@mail.gmail.com",
            "SG2PR04MB6614C2E8A0F7D1B9E3C5A8D4F0@SG2PR04MB6614.apcprd04.prod.outlook.com",
            "20251201161048.1B6C8@mail.dopa.go.th",
            "CAGb2tH7pX4mK=sR9wN1vL6yE3qZ8dF@mail.gmail.com",
            "20251201172005.2C7D9@mail.dopa.go.th",
            "CAFz8kW2rT6nJ=pM4xB1qY9sH7vD3cL@mail.gmail.com",
            "20251201193017.4E9F1@mail.dopa.go.th",
            "20251202081055.5F0A2@mail.dopa.go.th",
            "20251202083012.6A1B3@mail.dopa.go.th",
            "20251202085940.7B2C4@mail.dopa.go.th",
            "SG2PR04MB9381F4B2D8E1C7A0F6B4D0E3B2@SG2PR04MB9381.apcprd04.prod.outlook.com",
            "20251202163002.8C3D5@mail.dopa.go.th");

    private Path mbox;

    MailAuditTest() {
        super(EXPECTED, NEAR_MISSES);
    }

    @Override
    Audit runAudit() throws IOException {
        Path samples = samplesFolder();
        mbox = samples.resolve("mail").resolve("sakon-nakhon.mbox");
        return run(samples.resolve("roster.csv"), mbox, "2025-12-03T02:00:00Z");
    }

    @Test
    void readsEveryMail_withoutAMalformedOne() {
        assertThat(audit.stderr())
                .contains("messages read: 28")
                .contains("records skipped: 0")
                .doesNotContain("malformed")
                .contains("findings: 9")
                .contains("obligations not yet due: 0");
    }

    @Test
    void resolvesEverySender_butThePlantedOutsider() {
        assertThat(audit.stderr()).contains("messages from senders not on the roster: 1 (สมพร ใจกล้า ×1)")
                .contains("messages from ambiguous names: 0");
        assertThat(audit.findings()).filteredOn(f -> !f.get("rule").asText().equals("SKN-5O"))
                .allSatisfy(f -> assertThat(f.get("personId").isNull() || f.get("personId").asText().isEmpty())
                        .as(f.toString()).isEqualTo(f.get("actor").asText().equals("สมพร ใจกล้า")));
    }

    @Test
    void decodesThaiNamesFromEveryCharset() {
        // From names: UTF-8 with an emoji, TIS-620 (B), windows-874 (B), TIS-620 (Q)
        assertThat(actors("20251201090514.3A9F1@mail.dopa.go.th")).containsExactly("นอภ.กุสุมาลย์ 🇹🇭");
        assertThat(actors("20251201185031.3D8E0@mail.dopa.go.th")).containsOnly("จอส.โคกศรีสุพรรณ");
        assertThat(actors("20251201121044.9F4A6@mail.dopa.go.th")).containsExactly("ปลัดวิทย์ บ้านม่วง");
        assertThat(audit.findings()).allSatisfy(f -> assertThat(f.get("th").asText() + f.get("actor").asText())
                .doesNotContain("=?").doesNotContain("\uFFFD"));
    }

    @Test
    void judgesTheDistrictsByTheirReports() {
        JsonNode late = audit.findings().stream().filter(f -> f.get("actor").asText().equals("คำตากล้า")).findFirst().orElseThrow();
        assertThat(late.get("th").asText()).contains("รายงานช้ากว่ากำหนด 1 ชม. 45 นาที");
        assertThat(late.get("file").asText()).isEqualTo(mbox.toString());
        JsonNode missing = audit.findings().stream().filter(f -> f.get("actor").asText().equals("โคกศรีสุพรรณ")).findFirst().orElseThrow();
        assertThat(missing.get("line").asInt()).isEqualTo(90);
        assertThat(missing.get("time").asText()).isEqualTo("2025-12-01T09:00:00+07:00");
    }

    @Test
    void decodesEverySubjectAndBody_andLinksTheReplies() throws IOException {
        List<ChatMessage> mails = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        SourceContext context = new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                skipped.add(where + ": " + reason);
            }

            @Override
            public Clock clock() {
                return Clock.system(ChatMessage.BANGKOK);
            }
        };
        SourceRegistry registry = EngineModule.injector(Clock.system(ChatMessage.BANGKOK)).getInstance(SourceRegistry.class);
        try (MessageSource source = registry.open(new SourceInput(mbox.toString()), null, Map.of(), context)) {
            ChatMessage mail;
            while ((mail = source.next()) != null) {
                mails.add(mail);
            }
        }
        assertThat(skipped).isEmpty();
        assertThat(mails).hasSize(28).allSatisfy(mail -> assertThat(mail.text() + mail.sender() + mail.group())
                .as(mail.id()).doesNotContain("=?").doesNotContain("\uFFFD").containsPattern("[\u0E01-\u0E5B]"));
        assertThat(mails.stream().map(ChatMessage::group).distinct()).containsExactly("ข้อสั่งการ ปค.สน.", "ศอ.จอส.จว.สน.");

        // the order: windows-874 base64, its subject a windows-874 encoded word, with curly quotes
        assertThat(mails.get(1).text()).startsWith("ข้อสั่งการ ศอ.จอส.จว.สน. ขอให้รายงานความพร้อมกิจกรรมจิตอาสาพัฒนา วันพ่อแห่งชาติ ๕ ธ.ค. ๖๘\n"
                + "เรียน ศอ.จอส.อำเภอทุกอำเภอ").contains("“จิตอาสาพัฒนา”").contains("ภายใน ๒๔ ชม.");
        // a TIS-620 reply: the order's subject and the quoted order are left out
        assertThat(mails.get(4).text()).startsWith("เรียน ศอ.จอส.จว.สน.\n\nศอ.จอส.อำเภอกุสุมาลย์ ขอรายงานความพร้อม")
                .doesNotContain("ขอให้").doesNotContain("เขียนว่า");
        assertThat(mails.get(4).replyTo()).isEqualTo(ORDER);
        // the mboxrd ">From " line, unescaped
        assertThat(mails.get(9).text()).endsWith("\n\nFrom ศอ.จอส.อำเภอกุดบาก ด้วยความเคารพ");
        // the HTML reply, without its blockquote
        assertThat(mails.get(14).text()).startsWith("เรียน ศอ.จอส.จว.สน.").contains("จิตอาสาเข้าร่วม ๑๘๐ คน").doesNotContain("ขอให้");
        // subjects: TIS-620 B, windows-874 in a quoted-printable mail
        assertThat(mails.get(20).text()).startsWith("รายงานความพร้อมกิจกรรมจิตอาสาพัฒนา อำเภอโคกศรีสุพรรณ\n");
        assertThat(mails.get(22).text()).startsWith("ที่ สน ๐๐๑๘.๑/ว ๒๔๑๒๐ การแต่งกายในกิจกรรมวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘\n");
        // the PDF with a Thai file name, the UTC date
        assertThat(mails.get(0).attachmentName()).isEqualTo("หนังสือ สน ๐๐๑๘.๑ ว ๒๔๑๐๕ กิจกรรมวันพ่อแห่งชาติ.pdf");
        assertThat(mails.get(17).time().toOffsetDateTime()).hasToString("2025-12-01T16:45+07:00");
    }

    private List<String> actors(String messageId) {
        return audit.findings().stream().filter(f -> f.get("messageId").asText().equals(messageId)).map(f -> f.get("actor").asText()).toList();
    }

    static Path samplesFolder() {
        return RepositoryFiles.path("samples/mail/sakon-nakhon.mbox").getParent().getParent();
    }
}
