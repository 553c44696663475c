package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
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
        // 14 different letters: 13 + 12 + 11 runs of two, three and four letters; 9 + 8 runs of two
        // and three in the first ten again; first four, last four, role, parts and type: 5
        KindModel.Features features = KindModel.features("กขคงจฉชซฌญฎฏฐฑ", "village_head", MessageType.TEXT, false);

        assertThat(features.size).isEqualTo(13 + 12 + 11 + 9 + 8 + 5);
    }
}
