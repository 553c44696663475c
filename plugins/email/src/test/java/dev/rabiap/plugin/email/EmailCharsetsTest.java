package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

final class EmailCharsetsTest {
    private static final byte[] KO_KHO_KHO = {(byte) 0xA1, (byte) 0xA2, (byte) 0xA3};
    private static final byte[] QUOTED_WORD = {(byte) 0x93, (byte) 0xB4, (byte) 0xE8, (byte) 0xC7, (byte) 0xB9, (byte) 0x94};

    @Test
    void thaiLabels_allMeanWindows874() {
        for (String label : new String[] {"TIS-620", "tis620", "TIS620.2533", "ISO-8859-11", "iso8859_11", "x-iso-8859-11",
                "windows-874", "x-windows-874", "cp874", "CP874", "dos-874", "ms874", "\"tis-620\"", "thai"}) {
            assertThat(EmailCharsets.forLabel(label)).as(label).isEqualTo(EmailCharsets.WINDOWS_874);
        }
    }

    @Test
    void cp874Label_decodesThaiLettersNotBoxDrawing() {
        String text = EmailCharsets.decode(KO_KHO_KHO, "cp874");

        assertThat(text).isEqualTo("กขฃ");
        assertThat(text.chars()).noneMatch(c -> c >= 0x2500 && c <= 0x257F);
    }

    @Test
    void cp874Label_keepsCurlyQuotesThatJavasIbm874Loses() {
        String ours = EmailCharsets.decode(QUOTED_WORD, "cp874");
        String javas = new String(QUOTED_WORD, Charset.forName("cp874"));

        assertThat(ours).isEqualTo("“ด่วน”");
        assertThat(javas).isNotEqualTo(ours).contains("\uFFFD");
    }

    @Test
    void tis620Label_decodesWindowsPunctuationToo() {
        assertThat(EmailCharsets.decode(QUOTED_WORD, "TIS-620")).isEqualTo("“ด่วน”");
        assertThat(EmailCharsets.decode(EmailTestMails.tis620("อำเภอพังโคน ๒๔ ชม."), "iso-8859-11"))
                .isEqualTo("อำเภอพังโคน ๒๔ ชม.");
    }

    @Test
    void unknownOrMissingLabel_usesUtf8WhenValidElseWindows874() {
        byte[] utf8 = "รับทราบ".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = EmailTestMails.tis620("รับทราบ");

        assertThat(EmailCharsets.decode(utf8, "x-unknown-thai")).isEqualTo("รับทราบ");
        assertThat(EmailCharsets.decode(legacy, "x-unknown-thai")).isEqualTo("รับทราบ");
        assertThat(EmailCharsets.decode(legacy, null)).isEqualTo("รับทราบ");
        assertThat(EmailCharsets.decode(legacy, "us-ascii")).isEqualTo("รับทราบ");
        assertThat(EmailCharsets.forLabel("x-unknown-thai")).isNull();
    }

    @Test
    void otherLabels_areJavas() {
        assertThat(EmailCharsets.forLabel("utf-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EmailCharsets.forLabel("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EmailCharsets.forLabel("iso-8859-1")).isEqualTo(StandardCharsets.ISO_8859_1);
    }
}
