package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

final class EmailHeadersTest {
    @Test
    void encodedWords_decodeInEveryThaiCharset() {
        String tis = "=?TIS-620?B?" + EmailTestMails.base64(EmailTestMails.tis620("รับทราบ")) + "?=";
        String cp874 = "=?cp874?Q?" + EmailTestMails.quotedPrintable(EmailTestMails.windows874("“ด่วน”")) + "?=";
        String utf8 = "=?utf-8?b?" + EmailTestMails.base64("ที่ทำการปกครองจังหวัดสกลนคร".getBytes(StandardCharsets.UTF_8)) + "?=";

        assertThat(EmailHeaders.decodeWords(tis)).isEqualTo("รับทราบ");
        assertThat(EmailHeaders.decodeWords(cp874)).isEqualTo("“ด่วน”");
        assertThat(EmailHeaders.decodeWords(utf8)).isEqualTo("ที่ทำการปกครองจังหวัดสกลนคร");
    }

    @Test
    void encodedWords_gluedToAPrefixAndSplitInsideACharacter_decode() {
        byte[] bytes = "รับทราบ".getBytes(StandardCharsets.UTF_8);
        String first = EmailTestMails.base64(Arrays.copyOfRange(bytes, 0, 4));
        String second = EmailTestMails.base64(Arrays.copyOfRange(bytes, 4, bytes.length));

        assertThat(EmailHeaders.decodeWords("RE:=?UTF-8?B?" + first + "?=\t =?UTF-8?B?" + second + "?= ครับ"))
                .isEqualTo("RE:รับทราบ ครับ");
    }

    @Test
    void encodedWords_unknownCharsetIsSniffed_andTextAroundIsKept() {
        String word = "=?x-thai-unknown?B?" + EmailTestMails.base64(EmailTestMails.tis620("ทดสอบ")) + "?=";

        assertThat(EmailHeaders.decodeWords("[" + word + "] = ?")).isEqualTo("[ทดสอบ] = ?");
        assertThat(EmailHeaders.decodeWords("no words here")).isEqualTo("no words here");
    }

    @Test
    void encodedWords_thaiLabelsJavaDoesNotKnow_decodeAsWindows874_besideKnownWords() {
        String ms874 = "=?ms874?Q?" + EmailTestMails.quotedPrintable(EmailTestMails.windows874("“ด่วน”")) + "?=";
        String thai = "=?thai?B?" + EmailTestMails.base64(EmailTestMails.tis620("ที่สุด")) + "?=";
        String utf8 = "=?UTF-8?B?" + EmailTestMails.base64("หนังสือ".getBytes(StandardCharsets.UTF_8)) + "?=";

        assertThat(EmailHeaders.decodeWords(ms874 + " " + thai + " เรื่อง " + utf8)).isEqualTo("“ด่วน”ที่สุด เรื่อง หนังสือ");
    }

    @Test
    void parameter_readsRfc2231ContinuationsAndEncodedWords() {
        String continued = "attachment; filename*0*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2; filename*1*=%E0%B8%87%E0%B8%B2%E0%B8%99; filename*2=.pdf";
        String word = "application/pdf; name=\"=?UTF-8?B?" + EmailTestMails.base64("รายงาน.pdf".getBytes(StandardCharsets.UTF_8)) + "?=\"";

        assertThat(EmailHeaders.parameter(continued, "filename")).isEqualTo("รายงาน.pdf");
        assertThat(EmailHeaders.parameter(word, "name")).isEqualTo("รายงาน.pdf");
        assertThat(EmailHeaders.parameter("text/plain; charset=\"windows-874\"", "charset")).isEqualTo("windows-874");
        assertThat(EmailHeaders.parameter("text/plain", "charset")).isNull();
    }

    @Test
    void messageIds_areTakenFromAngleBrackets() {
        assertThat(EmailHeaders.messageIds("<a@b> (comment) <c@d>")).containsExactly("a@b", "c@d");
        assertThat(EmailHeaders.messageId(" <x.1@dopa.go.th> ")).isEqualTo("x.1@dopa.go.th");
        assertThat(EmailHeaders.messageId("bare-id@host")).isEqualTo("bare-id@host");
        assertThat(EmailHeaders.messageId("  ")).isNull();
    }
}
