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

    @Test
    void isNfc_agreesWithTheJdk_onThaiLatinAndOtherScripts() {
        // a vowel below (class 103) then a tone mark (107) is canonical order; the reverse is not NFC
        assertThat(Names.isNfc("ปู่")).isTrue();
        assertThat(Names.isNfc("ป\u0E48\u0E39")).isFalse();
        assertThat(Names.clean("ป\u0E48\u0E39")).isEqualTo("ปู่");
        assertThat(Names.isNfc("e\u0301")).isFalse();
        char[] alphabet = {'ก', 'ป', 'ุ', 'ู', 'ฺ', '่', '้', '๊', '๋', 'ั', 'ำ', 'ะ', 'a', 'E', ' ', '.', 'é', '\u0301', 'ü', 'Å', '\u212B',
                '\u0958', 'ñ', '\u1100', '\u1161', '😀'};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(Names.isNfc(s)).as(s).isEqualTo(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC));
        }
    }
}
