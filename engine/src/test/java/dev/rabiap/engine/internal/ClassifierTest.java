package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier's row semantics, on hand-made rows (the shared table is tested on the labelled corpus). */
final class ClassifierTest {
    private static final Person PALAD = new Person("P1", "นายก", List.of("ปจ."), "provincial_palad", "ปค.จ.", "", "", "");
    private static final Person CHIEF = new Person("D1", "นายข", List.of("นอภ.ก"), "district_chief", "อ.ก", "ก", "", "");
    private static final Person COORDINATOR = new Person("D2", "นายค", List.of("ปลัดค"), "coordinating_deputy", "อ.ก", "ก", "", "");

    private static Classifier.Row row(String kind, Classifier.Match match, String pattern, Classifier.Where where, String roles, String... unless) {
        List<String> phrases = new ArrayList<>();
        com.google.re2j.Pattern regex = null;
        if (match == Classifier.Match.REGEX) {
            regex = com.google.re2j.Pattern.compile(pattern);
        } else if (match != Classifier.Match.ONLY) {
            for (String part : pattern.split("\\|")) {
                phrases.add(match == Classifier.Match.TYPE || match == Classifier.Match.PARTS ? part : PostText.normalise(part));
            }
        }
        return new Classifier.Row(kind, match, pattern, phrases, regex, Arrays.stream(unless).map(PostText::normalise).toList(), where,
                RoleSet.parse(roles), "t.csv", 1);
    }

    private static String kind(Classifier classifier, String text) {
        return classifier.classify(new Classifier.Input(text, MessageType.TEXT, List.of(), CHIEF)).kind();
    }

    @Test
    void wordsMatchOnWordBoundariesOnly() {
        Classifier classifier = new Classifier(List.of(row("report", Classifier.Match.WORD, "ราย", Classifier.Where.ANYWHERE, "")));
        assertThat(kind(classifier, "รายงานผลครับ")).isEqualTo("chat");
        assertThat(kind(classifier, "ราย ชื่อครับ")).isEqualTo("report");
    }

    @Test
    void aNegatedWordDoesNotCount() {
        Classifier classifier = new Classifier(List.of(row("acknowledgement", Classifier.Match.WORD, "ทราบ", Classifier.Where.ANYWHERE, ""),
                row("report", Classifier.Match.WORD, "รายงาน", Classifier.Where.ANYWHERE, "")));
        assertThat(kind(classifier, "ไม่ทราบว่าส่งที่ไหนครับ")).isEqualTo("chat");
        assertThat(kind(classifier, "ยังไม่ได้ส่งรายงานครับ")).isEqualTo("chat");
        assertThat(kind(classifier, "ผมไม่อยู่ ทราบครับ")).isEqualTo("acknowledgement");
    }

    @Test
    void containsMatchesInsideWordsAndNegated() {
        Classifier classifier = new Classifier(List.of(row("acknowledgement", Classifier.Match.CONTAINS, "ทราบ", Classifier.Where.ANYWHERE, "")));
        assertThat(kind(classifier, "ไม่ทราบ")).isEqualTo("acknowledgement");
    }

    @Test
    void startEndAndWhole() {
        Classifier start = new Classifier(List.of(row("acknowledgement", Classifier.Match.WORD, "รับทราบ", Classifier.Where.START, "")));
        assertThat(kind(start, "รับทราบและถือปฏิบัติครับ")).isEqualTo("acknowledgement");
        assertThat(kind(start, "อำเภอพังโคน รับทราบครับ")).isEqualTo("acknowledgement");
        assertThat(kind(start, "ขอให้ทุกอำเภอแจ้งกำนันผู้ใหญ่บ้านรับทราบด้วย")).isEqualTo("chat");

        Classifier end = new Classifier(List.of(row("question", Classifier.Match.WORD, "หรือยัง", Classifier.Where.END, "")));
        assertThat(kind(end, "รับทราบหรือยังครับ")).isEqualTo("question");
        assertThat(kind(end, "รับทราบหรือยังครับท่าน 🙏")).isEqualTo("question");
        assertThat(kind(end, "ส่งหรือยังก็ไม่รู้ แต่ผมส่งแล้ว")).isEqualTo("chat");

        Classifier whole = new Classifier(List.of(row("acknowledgement", Classifier.Match.WORD, "ได้", Classifier.Where.WHOLE, "")));
        assertThat(kind(whole, "ได้ครับท่าน")).isEqualTo("acknowledgement");
        assertThat(kind(whole, "ได้ครับผม 🙏")).isEqualTo("acknowledgement");
        assertThat(kind(whole, "ได้รับหนังสือแล้วครับ")).isEqualTo("chat");
    }

    @Test
    void rolesAndUnless() {
        Classifier classifier = new Classifier(List.of(
                row("chat", Classifier.Match.WORD, "หายไว", Classifier.Where.ANYWHERE, "", "ทุกอำเภอ"),
                row("order", Classifier.Match.WORD, "ขอให้", Classifier.Where.ANYWHERE, "*@province")));
        assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), PALAD)).kind()).isEqualTo("order");
        assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), CHIEF)).kind()).isEqualTo("chat");
        assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), null)).kind()).isEqualTo("chat");
        assertThat(classifier.classify(new Classifier.Input("ขอให้หายไวๆนะครับ", MessageType.TEXT, List.of(), PALAD)).kind()).isEqualTo("chat");
    }

    @Test
    void aRoleAdmitsItsKinds() {
        Classifier classifier = new Classifier(List.of(row("report", Classifier.Match.WORD, "ผล", Classifier.Where.ANYWHERE, "deputy_district_chief")));
        assertThat(classifier.classify(new Classifier.Input("ผล การตรวจ", MessageType.TEXT, List.of(), COORDINATOR)).kind()).isEqualTo("report");
        assertThat(classifier.classify(new Classifier.Input("ผล การตรวจ", MessageType.TEXT, List.of(), CHIEF)).kind()).isEqualTo("chat");
    }

    @Test
    void stickersEmojiAndMedia() {
        Classifier classifier = new Classifier(List.of(row("acknowledgement", Classifier.Match.TYPE, "sticker", Classifier.Where.ANYWHERE, ""),
                row("acknowledgement", Classifier.Match.ONLY, "🙏👍", Classifier.Where.ANYWHERE, ""),
                row("report", Classifier.Match.WORD, "รายงาน", Classifier.Where.ANYWHERE, "")));
        assertThat(classifier.classify(new Classifier.Input("", MessageType.STICKER, List.of(), CHIEF)).kind()).isEqualTo("acknowledgement");
        assertThat(kind(classifier, "🙏🏻🙏🏻")).isEqualTo("acknowledgement");
        assertThat(classifier.classify(new Classifier.Input("", MessageType.IMAGE, List.of(MessageType.IMAGE), CHIEF)).kind()).isEqualTo("media");
        assertThat(classifier.classify(new Classifier.Input("รายงานผลครับ", MessageType.TEXT, List.of(MessageType.IMAGE), CHIEF)).kind())
                .isEqualTo("report");
        assertThat(classifier.classify(new Classifier.Input("อ.ก ครับ", MessageType.TEXT, List.of(MessageType.IMAGE), CHIEF)).kind())
                .isEqualTo("media");
        assertThat(classifier.classify(new Classifier.Input("", MessageType.SYSTEM, List.of(), CHIEF)).kind()).isEqualTo("system");
    }

    @Test
    void regexRunsOnTheNormalisedText() {
        Classifier classifier = new Classifier(List.of(row("order", Classifier.Match.REGEX, "^ที่\\s*สน\\s*[๐-๙0-9]{4}", Classifier.Where.ANYWHERE, "")));
        assertThat(kind(classifier, "  ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒")).isEqualTo("order");
        assertThat(kind(classifier, "ตามหนังสือ ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒")).isEqualTo("chat");
    }

    @Test
    void theDecisionNamesItsRowAndWords() {
        Classifier classifier = new Classifier(List.of(row("acknowledgement", Classifier.Match.WORD, "รับทราบ|ทราบ", Classifier.Where.START, "")));
        Classifier.Decision decision = classifier.classify(new Classifier.Input("รับทราบครับ", MessageType.TEXT, List.of(), CHIEF));
        assertThat(decision.row().at()).isEqualTo("t.csv:1");
        assertThat(decision.matched()).containsExactly("รับทราบ");
    }

    @Test
    void heldKeysAndInvisibleCharactersAreNormalised() {
        assertThat(PostText.normalise("ครับบบบบ")).isEqualTo("ครับ");
        assertThat(PostText.normalise("รับ\u200Bทราบ   ครับ")).isEqualTo("รับทราบ ครับ");
        assertThat(PostText.normalise("OK ครับ")).isEqualTo("ok ครับ");
    }

    @Test
    void theExamplesCallAPostAQuestion_onlyWhenItAsks() {
        List<KindModel.Example> examples = new ArrayList<>();
        for (String text : List.of("ส่งวันไหนครับ", "ใช้แบบไหนครับ", "ต้องส่งกี่ชุดครับ", "ประชุมกี่โมงครับ", "ส่งทางไหนครับ")) {
            examples.add(new KindModel.Example(text, "question", "district_chief", MessageType.TEXT, false, "t.jsonl:1"));
        }
        examples.add(new KindModel.Example("ไปงานบวชหลานมาครับ", "chat", "district_chief", MessageType.TEXT, false, "t.jsonl:6"));
        Classifier classifier = new Classifier(List.of(), () -> KindModel.train(examples));

        assertThat(kind(classifier, "ส่งแบบไหนครับ")).isEqualTo("question");
        assertThat(kind(classifier, "ส่งแบบเดิมครับ")).as("no question word, no question mark").isEqualTo("chat");
        assertThat(kind(classifier, "ส่งแบบเดิมได้บ่ครับ")).as("the Isan question particle").isEqualTo("question");
    }

    @Test
    void aTextSeenBefore_isDecidedAsBefore_forTheSameKindOfSenderAndParts_only() {
        Classifier classifier = new Classifier(List.of(
                row("order", Classifier.Match.WORD, "ขอให้", Classifier.Where.ANYWHERE, "*@province"),
                row("report", Classifier.Match.PARTS, "file", Classifier.Where.ANYWHERE, "")));
        for (int round = 0; round < 2; round++) {
            assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), PALAD)).kind()).isEqualTo("order");
            assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), CHIEF)).kind()).isEqualTo("chat");
            assertThat(classifier.classify(new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(MessageType.FILE), CHIEF)).kind())
                    .isEqualTo("report");
        }
        Classifier.Input input = new Classifier.Input("ขอให้ส่งภายในวันนี้", MessageType.TEXT, List.of(), PALAD);
        assertThat(classifier.classify(input)).isSameAs(classifier.classify(input));
    }

    @Test
    void theExamplesDoNotGiveAKind_thatNoneOfTheSendersManyExamplesHas() {
        for (int palads : new int[] {KindModel.ROLE_EXAMPLES, KindModel.ROLE_EXAMPLES - 1}) {
            List<KindModel.Example> examples = new ArrayList<>();
            for (int i = 0; i < palads; i++) {
                examples.add(new KindModel.Example("ขอบคุณทุกท่านครับ " + i, "chat", "provincial_palad", MessageType.TEXT, false, "t.jsonl:" + i));
            }
            for (String text : List.of("รายงานผลการสำรวจครับ", "รายงานผลครับ ๓ ราย", "ขอรายงานผลการตรวจครับ")) {
                examples.add(new KindModel.Example(text, "report", "district_chief", MessageType.TEXT, false, "t.jsonl:99"));
            }
            Classifier classifier = new Classifier(List.of(), () -> KindModel.train(examples));
            String palad = classifier.classify(new Classifier.Input("รายงานผลการสำรวจครับ", MessageType.TEXT, List.of(), PALAD)).kind();

            assertThat(kind(classifier, "รายงานผลการสำรวจครับ")).as("a district chief's").isEqualTo("report");
            if (palads >= KindModel.ROLE_EXAMPLES) {
                assertThat(palad).as("none of %d palads' examples is a report", palads).isEqualTo("chat");
            } else {
                assertThat(palad).as("%d examples are too few to say", palads).isEqualTo("report");
            }
        }
    }

    @Test
    void aSharedRowsKind_thatNoneOfTheSendersManyExamplesHas_isNotTakenOnItsWord() {
        List<KindModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < KindModel.ROLE_EXAMPLES; i++) {
            examples.add(new KindModel.Example("ขอบคุณทุกท่านครับ " + i, "chat", "provincial_palad", MessageType.TEXT, false, "t.jsonl:" + i));
        }
        for (String text : List.of("รายงานผลการสำรวจครับ", "รายงานผลครับ ๓ ราย", "ขอรายงานผลการตรวจครับ")) {
            examples.add(new KindModel.Example(text, "report", "district_chief", MessageType.TEXT, false, "t.jsonl:99"));
        }
        Classifier.Row shared = new Classifier.Row("report", Classifier.Match.WORD, "รายงานผล", List.of("รายงานผล"), null, List.of(),
                Classifier.Where.ANYWHERE, RoleSet.parse(""), "rabiap/base/classification.csv", 7);
        Classifier classifier = new Classifier(List.of(shared), () -> KindModel.train(examples));
        String text = "ขอบคุณครับ ต่อไปรายงานผลทางหนังสือนะครับ";

        Classifier.Decision palad = classifier.classify(new Classifier.Input(text, MessageType.TEXT, List.of(), PALAD));
        assertThat(palad.kind()).as("no palad's post among %d is a report", KindModel.ROLE_EXAMPLES).isEqualTo("chat");
        assertThat(palad.why()).contains("rabiap/base/classification.csv:7 (report)");
        assertThat(kind(classifier, text)).as("a district chief's: too few of his examples to say").isEqualTo("report");
    }

    @Test
    void photosWithOnlyEmoji_areMedia_whateverRowReadsTheEmoji() {
        Classifier classifier = new Classifier(List.of(row("acknowledgement", Classifier.Match.ONLY, "🙏👍", Classifier.Where.ANYWHERE, "")));
        List<MessageType> photos = List.of(MessageType.IMAGE, MessageType.IMAGE);

        assertThat(classifier.classify(new Classifier.Input("🙏🙏", MessageType.TEXT, photos, CHIEF)).kind()).isEqualTo("media");
        assertThat(classifier.classify(new Classifier.Input("🙏🙏", MessageType.TEXT, List.of(), CHIEF)).kind()).isEqualTo("acknowledgement");
    }
}
