package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class EmailQuotesTest {
    @Test
    void strip_removesEnglishQuoteHeaderAndEverythingAfter() {
        String body = "รับทราบครับ\n\nOn Mon, 3 Nov 2025 at 09:15, ppk <ppk.sakon@dopa.go.th> wrote:\n> เรียน นายอำเภอ\n\nmore\n";

        assertThat(EmailQuotes.strip(body)).isEqualTo("รับทราบครับ");
    }

    @Test
    void strip_handlesAnEnglishHeaderWrappedOverTwoLines() {
        String body = "Noted.\n\nOn Mon, 3 Nov 2025 at 09:15, ที่ทำการปกครองจังหวัดสกลนคร <ppk.sakon@dopa.go.th>\nwrote:\n\n> เรียน\n";

        assertThat(EmailQuotes.strip(body)).isEqualTo("Noted.");
    }

    @Test
    void strip_removesThaiQuoteHeaders() {
        String gmail = "ดำเนินการแล้ว\n\nเมื่อ จ. 3 พ.ย. 2568 เวลา 09:15 ปกครองจังหวัด <ppk.sakon@dopa.go.th> เขียนว่า:\n> เรียน\n";
        String outlook = "ดำเนินการแล้ว\n\n-----ข้อความต้นฉบับ-----\nจาก: ppk.sakon@dopa.go.th\nส่ง: 3 พฤศจิกายน 2568 9:15\n";
        String plain = "ดำเนินการแล้ว\nข้อความต้นฉบับ\nเรียน นายอำเภอ\n";

        assertThat(EmailQuotes.strip(gmail)).isEqualTo("ดำเนินการแล้ว");
        assertThat(EmailQuotes.strip(outlook)).isEqualTo("ดำเนินการแล้ว");
        assertThat(EmailQuotes.strip(plain)).isEqualTo("ดำเนินการแล้ว");
    }

    @Test
    void strip_removesOutlookHeaderBlocks() {
        String original = "Done.\n\n-----Original Message-----\nFrom: a@b\n";
        String underscores = "Done.\n\n________________________________\nFrom: ppk.sakon@dopa.go.th\nSent: Monday\n";
        String thaiBlock = "ดำเนินการแล้ว\n\nจาก: ppk.sakon@dopa.go.th\nส่ง: 3 พฤศจิกายน 2568\nเรื่อง: รายงาน\n";

        assertThat(EmailQuotes.strip(original)).isEqualTo("Done.");
        assertThat(EmailQuotes.strip(underscores)).isEqualTo("Done.");
        assertThat(EmailQuotes.strip(thaiBlock)).isEqualTo("ดำเนินการแล้ว");
    }

    @Test
    void strip_dropsQuotedLinesInBetweenButKeepsTheRest() {
        String body = "> คำถามข้อ ๑\nตอบข้อ ๑\n  > คำถามข้อ ๒\nตอบข้อ ๒\n";

        assertThat(EmailQuotes.strip(body)).isEqualTo("ตอบข้อ ๑\nตอบข้อ ๒");
    }

    @Test
    void strip_keepsOrdinaryLinesThatMerelyStartLikeAHeader() {
        String body = "เมื่อวานนี้อำเภอได้ประชุมแล้ว\nOn Friday we meet again.\nFrom: the minutes\n";

        assertThat(EmailQuotes.strip(body)).isEqualTo("เมื่อวานนี้อำเภอได้ประชุมแล้ว\nOn Friday we meet again.\nFrom: the minutes");
    }
}
