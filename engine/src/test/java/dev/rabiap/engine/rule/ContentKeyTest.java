package dev.rabiap.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ContentKeyTest {
    private static final String ITEM = "ขอให้ทุกหน่วยงานประชาสัมพันธ์โครงการไทยนิยม ยั่งยืน ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน";

    private static boolean forwards(String order, String post) {
        return ContentKey.of(order, null).matches(ContentKey.of(post, null));
    }

    @Test
    void letterNumbers_areReadWithThaiOrArabicDigits_withOrWithoutSpacesAndที่() {
        assertThat(ContentKey.of("ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ ก.ย. ๖๑", null).letterNumber()).isEqualTo("มท0206.2/ว5221");
        assertThat(ContentKey.of("หนังสือที่มท0206.2/ว5221", null).letterNumber()).isEqualTo("มท0206.2/ว5221");
        assertThat(ContentKey.of("ตามหนังสือ มท ๐๒๐๖.๒/ว ๕๒๒๑", null).letterNumber()).isEqualTo("มท0206.2/ว5221");
        assertThat(ContentKey.of("ที่ ลพ ๐๐๑๗.๒/๑๒๓", null).letterNumber()).isEqualTo("ลพ0017.2/123");
        // a date or a short number is not a letter number
        assertThat(ContentKey.of("ประชุม ๑๕/๑๐/๒๕๖๑ ห้อง ๒๐๒", null).letterNumber()).isNull();
        assertThat(forwards("ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ เรื่อง ก", "แจ้งตาม มท 0206.2/ว 5221")).isTrue();
        assertThat(forwards("ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ เรื่อง ก", "แจ้งตาม มท 0206.2/ว 5222")).isFalse();
    }

    @Test
    void aForwardContainsTheOpeningOfTheItem_whateverItsSpacesPunctuationAndMarker() {
        assertThat(forwards(ITEM, "Fwd: " + ITEM)).isTrue();
        assertThat(forwards(ITEM, "แจ้งเพื่อทราบ\n" + ITEM.replace(" ", "") + " ครับ")).isTrue();
        // a long item cut short after its first sixty letters still matches
        assertThat(forwards(ITEM + " " + ITEM, ITEM)).isTrue();
        // but not a different text, nor one missing the opening
        assertThat(forwards(ITEM, "ขอให้ทุกหน่วยงานประชุม")).isFalse();
        assertThat(forwards(ITEM, ITEM.substring(10))).isFalse();
        // Thai vowels and tone marks are kept: a different tone mark is a different word
        assertThat(ContentKey.of("ทราบ ค่ะ", null).text()).isEqualTo("ทราบค่ะ");
    }

    @Test
    void aShortItemIsMatchedByItsAttachmentOnly() {
        assertThat(forwards("เอกสาร", "เอกสาร")).isFalse();
        assertThat(ContentKey.of("เอกสาร", "แผนงาน.pdf").matches(ContentKey.of("ส่งต่อ", " แผนงาน.PDF"))).isTrue();
        assertThat(ContentKey.of("เอกสาร", "แผนงาน.pdf").matches(ContentKey.of("ส่งต่อ", "แผนงาน2.pdf"))).isFalse();
    }
}
