package dev.rabiap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class NamesTest {
    @Test
    void clean_removesIsolatesAndZeroWidthAndFoldsSpaces() {
        assertThat(Names.clean("\u2066 สมชาย\u200B   ใจดี \u2069")).isEqualTo("สมชาย ใจดี");
    }

    @Test
    void normalise_dropsTitlesAndRanks() {
        assertThat(Names.normalise("นางสาวมาลี ศรีสุข")).isEqualTo("มาลีศรีสุข");
        assertThat(Names.normalise("นางมาลี ศรีสุข")).isEqualTo("มาลีศรีสุข");
        assertThat(Names.normalise("ว่าที่ร.ต.วิชัย พรหมมา")).isEqualTo("วิชัยพรหมมา");
        assertThat(Names.normalise("พ.ต.อ.ประยุทธ ศรี")).isEqualTo("ประยุทธศรี");
    }

    @Test
    void withoutTitles_dropsEveryLeadingTitle_andKeepsTheSpaceInTheName() {
        assertThat(Names.withoutTitles("ว่าที่ร.ต. นายวิชัย พรหมมา")).isEqualTo("วิชัย พรหมมา");
        assertThat(Names.withoutTitles("นายแพทย์สุรชัย แก้วดี")).isEqualTo("สุรชัย แก้วดี");
        assertThat(Names.withoutTitles("แพทย์หญิงกานดา มีสุข")).isEqualTo("กานดา มีสุข");
        assertThat(Names.withoutTitles("นางสาว")).isEqualTo("นางสาว");
    }

    @Test
    void normalise_appliesNfc() {
        String decomposed = "e\u0301";
        assertThat(Names.normalise(decomposed)).isEqualTo("\u00e9");
    }

    @Test
    void normalise_keepsATitleThatIsTheWholeName() {
        assertThat(Names.normalise("นาย")).isEqualTo("นาย");
    }
}
