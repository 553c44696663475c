package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class EmailHtmlTest {
    @Test
    void toText_keepsBlockBreaksAndDropsHiddenContent() {
        String html = "<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<p>เรียน&nbsp;นายอำเภอ</p><p>ประชุม<br/>วันพุธ &amp; วันศุกร์</p>"
                + "<script>alert('x')</script><!-- ความเห็น --><div class=\"sig\">ปกครองจังหวัด</div></body></html>";

        assertThat(EmailHtml.toText(html)).isEqualTo("เรียน นายอำเภอ\n\nประชุม\nวันพุธ & วันศุกร์\n\nปกครองจังหวัด");
    }

    @Test
    void toText_dropsBlockquotesAndDecodesNumericReferences() {
        String html = "<div>&#3619;&#xE31;บทราบ &lt;ok&gt;</div><blockquote><div>ข้อความเดิม<blockquote>เก่ากว่า</blockquote></div></blockquote><div>ท้าย</div>";

        assertThat(EmailHtml.toText(html)).isEqualTo("รับทราบ <ok>\n\nท้าย");
    }

    @Test
    void toText_collapsesWhitespaceAndToleratesBrokenMarkup() {
        assertThat(EmailHtml.toText("  a \n\t b <b attr='x>y'>c</b> <unclosed")).isEqualTo("a b c");
    }
}
