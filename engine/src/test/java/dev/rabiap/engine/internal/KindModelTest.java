package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class KindModelTest {
    private static List<KindModel.Example> examples() {
        List<KindModel.Example> examples = new ArrayList<>();
        String[] reports = {"รายงานผลการสำรวจ ต.นาใน ๑๒ ครัวเรือนครับ", "รายงานผลครับ ซ่อมถนนเสร็จ ๒ จุด", "ขอรายงานผลการตรวจ ๓ ร้านครับ",
            "รายงานผลแจกผ้าห่ม ๔๐ ผืนครับ", "รายงานผลการประชุมหมู่บ้านครับ ๕๐ คน"};
        String[] thanks = {"ขอบคุณมากครับท่าน", "ขอบคุณทุกท่านที่มาร่วมงานครับ", "ขอบคุณพี่ๆ ครับ เดินทางปลอดภัย", "ขอบคุณครับผม ยินดีด้วยครับ",
            "ขอบคุณค่ะ สวัสดีปีใหม่ค่ะ"};
        for (int i = 0; i < reports.length; i++) {
            examples.add(new KindModel.Example(reports[i], "report", "village_head", MessageType.TEXT, false, "t.jsonl:" + i));
            examples.add(new KindModel.Example(thanks[i], "chat", "village_head", MessageType.TEXT, false, "t.jsonl:" + (10 + i)));
        }
        return examples;
    }

    @Test
    void theRegressionGivesLogProbabilities_timesTheScale() {
        Map<String, Double> scores = KindModel.train(examples()).scoresAlone("รายงานผลครับ ๗ ราย", "village_head", MessageType.TEXT, false);
        double total = scores.values().stream().mapToDouble(s -> Math.exp(s / KindModel.SCALE)).sum();

        assertThat(scores).containsOnlyKeys("chat", "report");
        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theRegressionReadsNewTextsByTheLettersItLearnt() {
        KindModel model = KindModel.train(examples());

        assertThat(KindModel.best(model.scoresAlone("รายงานผลการแจกถุงยังชีพ ๘ ครัวเรือนครับ", "village_head", MessageType.TEXT, false)))
                .isEqualTo("report");
        assertThat(KindModel.best(model.scoresAlone("ขอบคุณท่านนายอำเภอมากครับ", "village_head", MessageType.TEXT, false))).isEqualTo("chat");
        assertThat(model.evidence("รายงานผลการแจกถุงยังชีพ ๘ ครัวเรือนครับ", "report", "chat", 3, true)).anyMatch(run -> "รายงานผล".contains(run));
    }

    @Test
    void theSameExamplesGiveTheSameWeights() {
        Map<String, Double> first = KindModel.train(examples()).scoresAlone("ส่งผลครับ", "village_head", MessageType.TEXT, false);
        Map<String, Double> second = KindModel.train(examples()).scoresAlone("ส่งผลครับ", "village_head", MessageType.TEXT, false);

        assertThat(second).isEqualTo(first);
    }
    @Test
    void theOpeningsRunsAreFeaturesOfTheirOwn_onlyInTheFirstTenLetters() {
        // 14 different letters, one word: 13 + 12 + 11 runs of two, three and four letters; 9 + 8 runs
        // of two and three in the first ten again; the word, as a word, an opening word and a closing
        // word: 3; first four, last four, role, parts and type: 5
        KindModel.Features features = KindModel.features("abcdefghijklmn", "village_head", MessageType.TEXT, false);

        assertThat(features.size).isEqualTo(13 + 12 + 11 + 9 + 8 + 3 + 5);
    }

    @Test
    void wordsAndPairsOfWordsAreFeatures() {
        // "ab cd": 4 + 3 + 2 runs of letters (the space among them), 4 + 3 in the opening; two words,
        // each a word, an opening word and a closing word (6), and the pair (1); 5 more as above
        KindModel.Features features = KindModel.features("ab cd", "village_head", MessageType.TEXT, false);

        assertThat(features.size).isEqualTo(9 + 7 + 7 + 5);
        // the same letters as one word are one word, and no pair
        assertThat(KindModel.features("abcd", "village_head", MessageType.TEXT, false).size).isEqualTo(6 + 5 + 3 + 5);
    }

    @Test
    void aWrittenModelIsReadBackAsTheSameNumbers() {
        KindModel trained = KindModel.train(examples());
        KindModel read = KindModel.read(trained.write());

        for (String text : List.of("รายงานผลครับ ๗ ราย", "ขอบคุณครับ", "ส่งแล้วครับท่าน ๓ จุด", "")) {
            assertThat(read.scores(text, "village_head", MessageType.TEXT, false)).isEqualTo(trained.scores(text, "village_head", MessageType.TEXT, false));
            assertThat(read.scoresAlone(text, "kamnan", MessageType.IMAGE, true)).isEqualTo(trained.scoresAlone(text, "kamnan", MessageType.IMAGE, true));
        }
        assertThat(read.kinds()).isEqualTo(trained.kinds());
        assertThat(read.size()).isEqualTo(10);
        assertThat(read.write()).isEqualTo(trained.write());
    }

    @Test
    void aDamagedModelIsRefused() {
        byte[] model = KindModel.train(examples()).write();

        assertThatThrownBy(() -> KindModel.read(java.util.Arrays.copyOf(model, model.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends early");
        model[7]++; // the format
        assertThatThrownBy(() -> KindModel.read(model)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
    }

    @Test
    void theKeyOfExampleFilesChangesWithAnyOfTheirText() {
        String one = "{\"text\":\"รับทราบครับ\",\"kind\":\"acknowledgement\"}\n";
        String two = "{\"text\":\"ส่งแล้วครับ\",\"kind\":\"report\"}\n";
        String key = KindModel.sourceKey(List.of(one, two));

        assertThat(key).hasSize(64).isEqualTo(KindModel.sourceKey(List.of(one, two)));
        assertThat(KindModel.sourceKey(List.of(one, two.replace("report", "chat")))).as("relabelled").isNotEqualTo(key);
        assertThat(KindModel.sourceKey(List.of(two, one))).as("read in another order").isNotEqualTo(key);
        assertThat(KindModel.sourceKey(List.of(one + two, ""))).as("the same lines in other files").isNotEqualTo(key);
    }
}
