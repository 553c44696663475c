package dev.rabiap.plugin.email;

import static dev.rabiap.plugin.email.EmailTestMails.LIST;
import static dev.rabiap.plugin.email.EmailTestMails.LIST_ID;
import static dev.rabiap.plugin.email.EmailTestMails.ORDER_BODY;
import static dev.rabiap.plugin.email.EmailTestMails.ORDER_ID;
import static dev.rabiap.plugin.email.EmailTestMails.ORDER_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageType;

final class EmailMessageMapperTest {
    private static final Evidence WHERE = new Evidence("test.eml", 0, null);

    @TempDir
    Path folder;

    private static ChatMessage map(byte[] mail) throws MalformedInputException {
        return map(mail, Map.of());
    }

    private static ChatMessage map(byte[] mail, Map<String, String> options) throws MalformedInputException {
        return new EmailMessageMapper(EmailGroupResolver.fromOptions(options), new EmailTestMails.RecordingContext()).map(mail, WHERE);
    }

    private static ZonedDateTime bangkok(int day, int hour, int minute, int second) {
        return ZonedDateTime.of(2025, 11, day, hour, minute, second, 0, ChatMessage.BANGKOK);
    }

    @Test
    void map_readsTheProvincialOrder() throws Exception {
        ChatMessage message = map(EmailTestMails.resource("mail/order.eml"));

        assertThat(message).isEqualTo(ChatMessage.builder()
                .id(ORDER_ID)
                .evidence(WHERE.withMessageId(ORDER_ID))
                .group(LIST)
                .sender("ที่ทำการปกครองจังหวัดสกลนคร")
                .senderId("ppk.sakon@dopa.go.th")
                .time(bangkok(3, 9, 15, 0))
                .type(MessageType.TEXT)
                .text(ORDER_SUBJECT + "\n" + ORDER_BODY)
                .build());
    }

    @Test
    void map_readsADistrictReply_withoutTheQuotedOrder() throws Exception {
        ChatMessage message = map(EmailTestMails.resource("mail/reply.eml"));

        assertThat(message.sender()).isEqualTo("ที่ทำการปกครองอำเภอพังโคน");
        assertThat(message.senderId()).isEqualTo("amphoe.phangkhon@dopa.go.th");
        assertThat(message.replyTo()).isEqualTo(ORDER_ID);
        assertThat(message.id()).isEqualTo("CAF3x9k2pkn.20251103104217@mail.gmail.com");
        assertThat(message.text()).isEqualTo("เรียน ที่ทำการปกครองจังหวัดสกลนคร\n\nอำเภอพังโคนรับทราบ และจะรายงานผลภายใน ๒๔ ชม. ครับ");
        assertThat(message.time()).isEqualTo(bangkok(3, 10, 42, 17));
    }

    @Test
    void map_decodesTis620QuotedPrintable_andStripsTheThaiQuote() throws Exception {
        ChatMessage message = map(EmailTestMails.tis620QuotedPrintable());

        assertThat(message.sender()).isEqualTo(EmailTestMails.TIS620_SENDER);
        assertThat(message.senderId()).isEqualTo("amphoe.sawangdaendin@dopa.go.th");
        assertThat(message.text()).isEqualTo(EmailTestMails.TIS620_BODY);
        assertThat(message.group()).isEqualTo(LIST);
        assertThat(message.replyTo()).isEqualTo(ORDER_ID);
    }

    @Test
    void map_leavesOutTheSubjectOfAReply_whichRepeatsTheOrderItAnswers() throws Exception {
        String reply = "From: a@dopa.go.th\nDate: Mon, 1 Dec 2025 09:12:00 +0700\n"
                + "Subject: =?UTF-8?B?" + EmailTestMails.base64(("Re: " + ORDER_SUBJECT).getBytes(StandardCharsets.UTF_8)) + "?=\n"
                + "In-Reply-To: <" + ORDER_ID + ">\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "รายงานความพร้อม ศอ.จอส.อำเภอกุดบาก จิตอาสา ๙๕ คน\n";
        ChatMessage message = map(reply.getBytes(StandardCharsets.UTF_8), Map.of("group", LIST));

        assertThat(message.text()).isEqualTo("รายงานความพร้อม ศอ.จอส.อำเภอกุดบาก จิตอาสา ๙๕ คน")
                .doesNotContain("ขอให้");
        assertThat(message.replyTo()).isEqualTo(ORDER_ID);
    }

    @Test
    void map_keepsTheSubjectOfAReplyWithoutBody_andOfAForward() throws Exception {
        String empty = "From: a@dopa.go.th\nDate: Mon, 1 Dec 2025 09:12:00 +0700\nSubject: Re: ok\n\n";
        String forward = "From: a@dopa.go.th\nDate: Mon, 1 Dec 2025 09:12:00 +0700\nSubject: Fwd: news\n\nbody\n";

        assertThat(map(empty.getBytes(StandardCharsets.UTF_8), Map.of("group", LIST)).text()).isEqualTo("Re: ok");
        assertThat(map(forward.getBytes(StandardCharsets.UTF_8), Map.of("group", LIST)).text()).isEqualTo("Fwd: news\nbody");
    }

    @Test
    void isReplySubject_knowsTheCommonPrefixes() {
        for (String subject : new String[] {"Re: x", "RE: x", "re:x", "Re[2]: x", "RE: RE: x", "AW: x", "SV: x",
                "ตอบกลับ: x", "ตอบ: x", " Re : x", "Re： x"}) {
            assertThat(EmailMessageMapper.isReplySubject(subject)).as(subject).isTrue();
        }
        for (String subject : new String[] {"Fwd: x", "FW: x", "Report: x", "รายงาน: x", "ตอบรับ x", "Regarding x", ""}) {
            assertThat(EmailMessageMapper.isReplySubject(subject)).as(subject).isFalse();
        }
    }

    @Test
    void map_decodesWindows874Base64_underEveryLabel() throws Exception {
        for (String label : new String[] {"windows-874", "cp874", "TIS-620", "ISO-8859-11"}) {
            ChatMessage message = map(EmailTestMails.windows874Base64(label), Map.of("group", "สำนักงานจังหวัดสกลนคร"));

            assertThat(message.text()).as(label)
                    .isEqualTo(EmailTestMails.WINDOWS874_SUBJECT + "\n" + EmailTestMails.WINDOWS874_BODY);
            assertThat(message.sender()).isEqualTo("Sakon Nakhon Provincial Office");
            assertThat(message.group()).isEqualTo("สำนักงานจังหวัดสกลนคร");
        }
    }

    @Test
    void map_turnsAnHtmlMailIntoText_andUsesTheListIdWithoutLabel() throws Exception {
        ChatMessage message = map(EmailTestMails.resource("mail/html-invitation.eml"));

        assertThat(message.text()).isEqualTo("""
                ขอเชิญประชุมคณะกรรมการศูนย์ดำรงธรรม
                เรียน ผู้อำนวยการศูนย์ดำรงธรรมอำเภอ

                ขอเชิญประชุมคณะกรรมการ
                วันพุธที่ ๕ พฤศจิกายน ๒๕๖๘ เวลา ๐๙.๓๐ น.
                ณ ห้องประชุมศาลากลางจังหวัดสกลนคร ชั้น ๓

                สำนักงานจังหวัดสกลนคร & ศูนย์ดำรงธรรม""");
        assertThat(message.group()).isEqualTo("damrongdham.sakonnakhon.go.th");
        assertThat(message.sender()).isEqualTo("Sakon Nakhon Damrongdham Center");
        assertThat(message.time()).isEqualTo(bangkok(4, 16, 5, 31));
    }

    @Test
    void map_notesAPdfWithAThaiFileName_asAFileMessage() throws Exception {
        ChatMessage message = map(EmailTestMails.resource("mail/attachment-report.eml"), Map.of("group", "ignored"));

        assertThat(message.type()).isEqualTo(MessageType.FILE);
        assertThat(message.attachmentName()).isEqualTo("รายงานผลการดำเนินงาน อ.พังโคน ต.ค.๖๘.pdf");
        assertThat(message.text()).isEqualTo("ส่งรายงานผลการดำเนินงานโครงการจิตอาสาพระราชทาน");
        assertThat(message.group()).isEqualTo("ignored");
        assertThat(message.replyTo()).isEqualTo(ORDER_ID);
    }

    @Test
    void map_notesAPhotoWithoutText_asAnImageMessage() throws Exception {
        ChatMessage message = map(EmailTestMails.imageOnly(), Map.of("group", LIST));

        assertThat(message.type()).isEqualTo(MessageType.IMAGE);
        assertThat(message.attachmentName()).isEqualTo("ภาพกิจกรรม.jpg");
        assertThat(message.text()).isEqualTo("ภาพกิจกรรม");
        // No display name: the address is the name, so that an unknown sender is counted as one.
        assertThat(message.sender()).isEqualTo("amphoe.akat@dopa.go.th");
    }

    @Test
    void map_keepsTextTypeButNamesTheAttachment_whenTheMailHasText() throws Exception {
        String mail = """
                From: amphoe.akat@dopa.go.th
                To: sorjorsor-sakon@list.moi.go.th
                Subject: report
                Date: Thu, 6 Nov 2025 11:00:00 +0700
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/html; charset=utf-8

                <p>ส่งรายงานตามแนบ</p>
                --b
                Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
                Content-Disposition: attachment; filename="report.xlsx"

                x
                --b--
                """;
        ChatMessage message = map(mail.getBytes(StandardCharsets.UTF_8), Map.of("group", LIST));

        assertThat(message.type()).isEqualTo(MessageType.TEXT);
        assertThat(message.text()).isEqualTo("report\nส่งรายงานตามแนบ");
        assertThat(message.attachmentName()).isEqualTo("report.xlsx");
        assertThat(message.id()).isEqualTo("test.eml");
    }

    @Test
    void map_prefersPlainTextOverHtmlInAlternatives() throws Exception {
        String mail = """
                From: a@dopa.go.th
                Subject: s
                Date: Thu, 6 Nov 2025 11:00:00 +0700
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/html; charset=utf-8

                <p>html</p>
                --b
                Content-Type: text/plain; charset=utf-8

                plain
                --b--
                """;

        assertThat(map(mail.getBytes(StandardCharsets.UTF_8), Map.of("group", "g")).text()).isEqualTo("s\nplain");
    }

    @Test
    void map_takesTheLastReference_whenThereIsNoInReplyTo() throws Exception {
        byte[] mail = EmailTestMails.plain("From: a@dopa.go.th\n" + LIST_ID + "References: <root@x> <middle@x>\n <parent@x>\n", "ok\n");

        assertThat(map(mail).replyTo()).isEqualTo("parent@x");
    }

    @Test
    void map_findsTheGroupByAddress_fromTheFirstKnownToOrCcAddress() throws Exception {
        Path csv = folder.resolve("groups.csv");
        Files.writeString(csv, """
                address,group
                # provincial lists
                Sorjorsor-Sakon@list.moi.go.th,ศอ.จอส.จว.สน.
                "damrongdham@sakonnakhon.go.th","ศูนย์ดำรงธรรม, สกลนคร"
                """, StandardCharsets.UTF_8);
        byte[] mail = EmailTestMails.plain("From: a@dopa.go.th\nTo: \"Someone\" <nobody@dopa.go.th>\n"
                + "Cc: team: x@y.th;, =?UTF-8?B?" + EmailTestMails.base64("ศูนย์".getBytes(StandardCharsets.UTF_8))
                + "?= <DAMRONGDHAM@sakonnakhon.go.th>, sorjorsor-sakon@list.moi.go.th\n", "ok\n");

        ChatMessage message = map(mail, Map.of("address-groups", csv.toString()));

        assertThat(message.group()).isEqualTo("ศูนย์ดำรงธรรม, สกลนคร");
    }

    @Test
    void map_prefersListIdOverTheGroupOption() throws Exception {
        assertThat(map(EmailTestMails.resource("mail/order.eml"), Map.of("group", "other")).group()).isEqualTo(LIST);
    }

    @Test
    void map_withoutAnyGroup_isMalformed() {
        byte[] mail = EmailTestMails.plain("From: a@dopa.go.th\nTo: nobody@dopa.go.th\nMessage-ID: <g@x>\n", "ok\n");

        assertThatThrownBy(() -> map(mail))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageStartingWith("test.eml#g@x: no group");
    }

    @Test
    void map_withoutFrom_isMalformedWithItsEvidence() {
        byte[] mail = EmailTestMails.plain(LIST_ID + "Message-ID: <nf@x>\n", "ok\n");

        assertThatThrownBy(() -> map(mail))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> {
                    assertThat(e.evidence()).isEqualTo(WHERE.withMessageId("nf@x"));
                    assertThat(e.reason()).isEqualTo("the mail has no From header");
                });
    }

    @Test
    void map_withAFromWithoutAnAddress_isMalformed() {
        byte[] mail = EmailTestMails.plain("From: ที่ทำการปกครองจังหวัด\n" + LIST_ID, "ok\n");

        assertThatThrownBy(() -> map(mail)).isInstanceOf(MalformedInputException.class)
                .hasMessage("test.eml: the From header has no address: ที่ทำการปกครองจังหวัด");
    }

    @Test
    void map_readsANameFromAComment() throws Exception {
        byte[] mail = EmailTestMails.plain("From: PPK.Sakon@dopa.go.th (ปกครองจังหวัดสกลนคร)\n" + LIST_ID, "ok\n");

        ChatMessage message = map(mail);

        assertThat(message.sender()).isEqualTo("ปกครองจังหวัดสกลนคร");
        assertThat(message.senderId()).isEqualTo("ppk.sakon@dopa.go.th");
    }

    @Test
    void map_withABadOrMissingDate_isMalformed() {
        byte[] bad = ("From: a@dopa.go.th\n" + LIST_ID + "Date: พรุ่งนี้เช้า\n\nok\n").getBytes(StandardCharsets.UTF_8);
        byte[] missing = ("From: a@dopa.go.th\n" + LIST_ID + "\nok\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> map(bad)).isInstanceOf(MalformedInputException.class)
                .hasMessage("test.eml: cannot read the Date header: พรุ่งนี้เช้า");
        assertThatThrownBy(() -> map(missing)).isInstanceOf(MalformedInputException.class)
                .hasMessage("test.eml: the mail has no Date header");
    }

    @Test
    void map_withABrokenHeaderLine_keepsTheMail_withANote() throws Exception {
        byte[] mail = ("From: a@dopa.go.th\nthis line is not a header\n" + LIST_ID + "Date: Mon, 3 Nov 2025 11:00:00 +0700\n\nok\n")
                .getBytes(StandardCharsets.UTF_8);
        EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

        ChatMessage message = new EmailMessageMapper(EmailGroupResolver.fromOptions(Map.of()), context).map(mail, WHERE);

        assertThat(message.text()).isEqualTo("ok");
        assertThat(message.group()).isEqualTo(LIST);
        assertThat(context.notes).containsExactly(
                "test.eml: a header line that is not a header (a non-standard line, or a MIME part without headers), left out");
    }

    @Test
    void parseDate_readsRfc5322FormsIntoBangkokTime() {
        assertThat(EmailMessageMapper.parseDate("Mon, 3 Nov 2025 02:15:00 GMT")).isEqualTo(bangkok(3, 9, 15, 0));
        assertThat(EmailMessageMapper.parseDate("3 Nov 2025 09:15:00 +0700 (ICT)")).isEqualTo(bangkok(3, 9, 15, 0));
        assertThat(EmailMessageMapper.parseDate("Mon, 03 Nov 25 02:15 -0000")).isEqualTo(bangkok(3, 9, 15, 0));
        assertThat(EmailMessageMapper.parseDate("not a date")).isNull();
    }

    @Test
    void listLabel_isThePhraseElseTheId() {
        assertThat(EmailMessageMapper.listLabel("\"Sakon list\" <sakon.list.moi.go.th>")).isEqualTo("Sakon list");
        assertThat(EmailMessageMapper.listLabel("<sakon.list.moi.go.th>")).isEqualTo("sakon.list.moi.go.th");
        assertThat(EmailMessageMapper.listLabel("sakon.list.moi.go.th")).isEqualTo("sakon.list.moi.go.th");
    }

    @Test
    void addressGroups_badValuesNameTheOption() throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "a@b\n");

        assertThatThrownBy(() -> EmailGroupResolver.fromOptions(Map.of("address-groups", bad.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("address-groups: ");
        assertThatThrownBy(() -> EmailGroupResolver.fromOptions(Map.of("address-groups", folder.resolve("none.csv").toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("address-groups: cannot read");
        assertThatThrownBy(() -> EmailGroupResolver.fromOptions(Map.of("group", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("group: ");
    }
}
