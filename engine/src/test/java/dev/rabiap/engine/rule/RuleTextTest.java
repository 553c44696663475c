package dev.rabiap.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTextTest {
    private static final Map<String, String> VALUES = Map.of("actor", "นายสมชาย", "b", "B", "as_of", "30 ต.ค. 2561");

    @Test
    void placeholdersWithValuesAreFilledAndOthersLeftAsWritten() {
        assertThat(RuleText.fill("{actor} ยังไม่ได้เพิ่มเพื่อน ณ {as_of}", VALUES)).isEqualTo("นายสมชาย ยังไม่ได้เพิ่มเพื่อน ณ 30 ต.ค. 2561");
        assertThat(RuleText.fill("{unknown} and {actor}", VALUES)).isEqualTo("{unknown} and นายสมชาย");
        assertThat(RuleText.fill("no braces", VALUES)).isEqualTo("no braces");
        assertThat(RuleText.fill("", VALUES)).isEmpty();
    }

    @Test
    void bracesAreReadLeftToRightAsBefore() {
        // an opening brace whose name has no value is kept, and a brace inside it may still open a name
        assertThat(RuleText.fill("{a{b}", VALUES)).isEqualTo("{aB");
        assertThat(RuleText.fill("{", VALUES)).isEqualTo("{");
        assertThat(RuleText.fill("}{actor", VALUES)).isEqualTo("}{actor");
        assertThat(RuleText.fill("{}{b}{{b}}", VALUES)).isEqualTo("{}B{B}");
        // the same template twice gives the same text (the second from the parsed template)
        assertThat(RuleText.fill("{actor}{b}", VALUES)).isEqualTo(RuleText.fill("{actor}{b}", VALUES)).isEqualTo("นายสมชายB");
    }
}
