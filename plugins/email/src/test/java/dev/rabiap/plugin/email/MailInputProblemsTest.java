package dev.rabiap.plugin.email;

import static dev.rabiap.plugin.email.MailReads.regression;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.SourceInput;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail as it really comes (issue 13), each case on its regression input (the folders of
 * {@code MailReadersFuzzTest}): read in full, kept with a note where it is not as the standard
 * says, refused with its place where it cannot be used.
 */
final class MailInputProblemsTest {
    @TempDir
    Path dir;

    private MailReads eml(String name) throws Exception {
        return MailReads.read(new EmlSourceFactory(), regression("eml", name, dir, name + ".eml"), Map.of());
    }

    @Test
    void unpaddedBase64_isDecodedToItsLastLetter() throws Exception {
        MailReads read = eml("unpadded-base64");
        assertThat(read.errors).isEmpty();
        assertThat(read.messages).singleElement().extracting(ChatMessage::text).isEqualTo("รายงาน\nA ทดสอบการเข้าฌานสมาธิ");
    }

    @Test
    void nonStandardHeaderLine_keepsTheMailWithANote() throws Exception {
        MailReads read = eml("non-standard-header");
        assertThat(read.messages).singleElement().extracting(ChatMessage::id, ChatMessage::text)
                .containsExactly("bad-line@dopa.go.th", "ok\nรับทราบครับ");
        assertThat(read.context.notes).singleElement().asString().endsWith(
                "#bad-line@dopa.go.th: a header line that is not a header (a non-standard line, or a MIME part without headers), left out");
    }

    @Test
    void partWithAnEmptyHeaderSection_theMimeStandardsOwnExample_isRead() throws Exception {
        MailReads read = eml("empty-part-header");
        assertThat(read.errors).isEmpty();
        assertThat(read.messages).singleElement().extracting(ChatMessage::text)
                .isEqualTo("Sample message\nThis is implicitly typed plain US-ASCII text.\nIt does NOT end with a linebreak.");
        assertThat(read.messages.get(0).sender()).isEqualTo("Nathaniel Borenstein");
    }

    @Test
    void fromWithTwoMailboxes_theFirstIsTheSender_andTheOtherIsNoted() throws Exception {
        MailReads read = eml("two-mailbox-from");
        assertThat(read.messages).singleElement().extracting(ChatMessage::sender, ChatMessage::senderId)
                .containsExactly("อำเภอเมือง", "amphoe.mueang@dopa.go.th");
        assertThat(read.context.notes).singleElement().asString()
                .endsWith("#two-from@dopa.go.th: a From with 2 mailboxes: the first is the sender, the others are second@dopa.go.th");
    }

    @Test
    void senderKnownOnlyByAddress_goesByTheAddress() throws Exception {
        MailReads read = eml("address-only-from");
        assertThat(read.messages).singleElement().extracting(ChatMessage::sender, ChatMessage::senderId)
                .containsExactly("amphoe.akat@dopa.go.th", "amphoe.akat@dopa.go.th");
    }

    @Test
    void buddhistEraYearInTheDateHeader_isConvertedWithANote() throws Exception {
        MailReads read = eml("buddhist-era-date");
        assertThat(read.messages).singleElement().extracting(ChatMessage::time)
                .isEqualTo(ZonedDateTime.parse("2025-11-24T09:00:00+07:00[Asia/Bangkok]"));
        assertThat(read.context.notes).singleElement().asString()
                .endsWith("#be@dopa.go.th: a Buddhist-era year in a common-era time, read in the common era: 2568 as 2025");
    }

    @Test
    void dateFarInTheFuture_isRefusedWithItsPlace_andTheMboxGoesOn() throws Exception {
        Path file = regression("mbox", "far-future-date", dir, "inbox.mbox");
        MailReads read = MailReads.read(new MboxSourceFactory(), file, Map.of());
        assertThat(read.messages).extracting(ChatMessage::id).containsExactly("ok@dopa.go.th");
        assertThat(read.errors).singleElement().asString()
                .startsWith(file + ":10 (future@dopa.go.th): a time outside the log's plausible range").endsWith(": 9999-12-31T09:05+07:00");
    }

    @Test
    void mailFile_isKnownByItsHeaderBlock_whateverItsFirstField() throws Exception {
        Path mail = regression("eml", "dkim-first", dir, "message");
        assertThat(new EmlSourceFactory().accepts(new SourceInput(mail.toString()))).isTrue();
        assertThat(EmlSourceFactory.isHeaderBlock("X-Anything: 1\nFrom: a@b.c\n\nbody\n", false)).isTrue();
        assertThat(EmlSourceFactory.isHeaderBlock("From a@b.c Mon Nov 24 09:00:00 2025\nFrom: a@b.c\n\n", false)).isFalse();
        assertThat(EmlSourceFactory.isHeaderBlock("id,group,time\nm1,g,2025-11-21\n", false)).isFalse();
        assertThat(EmlSourceFactory.isHeaderBlock("Subject: no sender\nTo: a@b.c\n\nbody\n", false)).isFalse();
        assertThat(EmlSourceFactory.isHeaderBlock("[LINE] Chat history in \"g\"\nSaved on: 1/1/2025, 08:00\n\n", false)).isFalse();
    }
}
