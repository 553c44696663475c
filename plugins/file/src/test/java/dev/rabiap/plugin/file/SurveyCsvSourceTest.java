package dev.rabiap.plugin.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SurveyCsvSourceTest {
    private static final Evidence WHERE = Evidence.atLine("answers.survey.csv", 2);

    /** Records what a source skips. */
    private static final class Context implements SourceContext {
        final List<String> skipped = new ArrayList<>();

        @Override
        public void skipped(Evidence where, String reason) {
            skipped.add(where + ": " + reason);
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }

    private static MessageSourceFactory survey() {
        return Guice.createInjector(new FilePlugin())
                .getInstance(Key.get(new TypeLiteral<Map<String, MessageSourceFactory>>() {})).get("survey-csv");
    }

    private static MessageSource open(Path file, Map<String, String> options, SourceContext context) throws Exception {
        return survey().open(new SourceInput(file.toString()), options, context);
    }

    private static List<ChatMessage> readAll(MessageSource source) throws Exception {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatMessage m; (m = source.next()) != null; ) {
            out.add(m);
        }
        return out;
    }

    private static ZonedDateTime bangkok(String time) {
        return ZonedDateTime.parse(time + "+07:00[Asia/Bangkok]");
    }

    @Test
    void googleFormsExport_thaiHeaderBomBuddhistEraThaiDigitsAndMultiLineAnswer(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("moi.survey.csv"), "\uFEFF"
                + "ประทับเวลา,ชื่อ-สกุล,ที่อยู่อีเมล,หน่วยงาน,ติดตาม @mahadthai แล้วหรือไม่,ข้อเสนอแนะ\r\n"
                + "23/9/2561 14:05:00,นายสมชาย ใจดี,somchai@moi.go.th,อำเภอเมืองสกลนคร,ติดตามแล้ว,\"ควรแจ้งข่าวให้เร็วขึ้น\r\nและมี \"\"ภาษาถิ่น\"\"\"\r\n"
                + "๒๔/๙/๒๕๖๑ ๘:๓๐:๑๕, ,Somsri@moi.go.th,อำเภอพรรณานิคม,ติดตามแล้ว,\r\n");
        Context context = new Context();
        try (MessageSource source = open(file, Map.of(), context)) {
            List<ChatMessage> messages = readAll(source);
            assertThat(messages).hasSize(2);

            ChatMessage first = messages.get(0);
            assertThat(first.id()).isEqualTo("survey:2");
            assertThat(first.evidence()).isEqualTo(new Evidence(file.toString(), 2, "survey:2"));
            assertThat(first.group()).isEqualTo("แบบสำรวจ");
            assertThat(first.time()).isEqualTo(bangkok("2018-09-23T14:05:00"));
            assertThat(first.type()).isEqualTo(MessageType.TEXT);
            assertThat(first.sender()).isEqualTo("นายสมชาย ใจดี");
            assertThat(first.senderId()).isEqualTo("somchai@moi.go.th");
            assertThat(first.text()).isEqualTo("ตอบแบบสำรวจ หน่วยงาน: อำเภอเมืองสกลนคร; ติดตาม @mahadthai แล้วหรือไม่: ติดตามแล้ว; "
                    + "ข้อเสนอแนะ: ควรแจ้งข่าวให้เร็วขึ้น\r\nและมี \"ภาษาถิ่น\"");

            ChatMessage second = messages.get(1);
            assertThat(second.id()).isEqualTo("survey:4");
            assertThat(second.evidence().line()).isEqualTo(4);
            assertThat(second.time()).isEqualTo(bangkok("2018-09-24T08:30:15"));
            assertThat(second.sender()).isEqualTo("Somsri@moi.go.th");
            assertThat(second.senderId()).isEqualTo("Somsri@moi.go.th");
            assertThat(second.text()).isEqualTo("ตอบแบบสำรวจ หน่วยงาน: อำเภอพรรณานิคม; ติดตาม @mahadthai แล้วหรือไม่: ติดตามแล้ว");
        }
        assertThat(context.skipped).isEmpty();
    }

    @Test
    void englishHeader_anyCase_isoWithOffset_userIdFirst_andGroupOption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("answers.csv"),
                " Email Address ,Q1,TIMESTAMP,Name,LINE User ID\n"
                        + "somchai@moi.go.th,yes,2018-09-23T16:05:00+09:00,Somchai,U1234\n"
                        + ",no,2018-09-23 14:06,,U5\n"
                        + ",,2018/09/23 2:07:00 PM GMT+7,Nid,\n");
        try (MessageSource source = open(file, Map.of("group", "แบบสำรวจ มท."), new Context())) {
            List<ChatMessage> messages = readAll(source);
            assertThat(messages).extracting(ChatMessage::group).containsOnly("แบบสำรวจ มท.");
            assertThat(messages).extracting(ChatMessage::time).containsExactly(
                    bangkok("2018-09-23T14:05:00"), bangkok("2018-09-23T14:06:00"), bangkok("2018-09-23T14:07:00"));
            assertThat(messages).extracting(ChatMessage::senderId).containsExactly("U1234", "U5", null);
            assertThat(messages).extracting(ChatMessage::sender).containsExactly("Somchai", "U5", "Nid");
            assertThat(messages).extracting(ChatMessage::text).containsExactly("ตอบแบบสำรวจ Q1: yes", "ตอบแบบสำรวจ Q1: no", "ตอบแบบสำรวจ");
        }
    }

    @Test
    void rowWithoutIdentityOrWithBadTime_namesFileAndLine_andReadingGoesOn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.survey.csv"), "ประทับเวลา,อีเมล,ติดตามแล้ว\n"
                + "23/9/2561 14:05:00,,ใช่\n"
                + "23/9/2561 14:06:00,a@moi.go.th,ใช่\n"
                + "31/2/2561 10:00:00,b@moi.go.th,ใช่\n"
                + ",c@moi.go.th,ใช่\n"
                + "\n"
                + ",,\n");
        Context context = new Context();
        try (MessageSource source = open(file, Map.of(), context)) {
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":2: no one to file the answer under: 'อีเมล' empty");
            assertThat(source.next().id()).isEqualTo("survey:3");
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":4: time '31/2/2561 10:00:00' is not a date-time such as 23/9/2561 14:05:00, 2018-09-23 14:05 or 2018-09-23T14:05:00+07:00");
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":5: the time ('ประทับเวลา') is empty");
            assertThat(source.next()).isNull();
        }
        assertThat(context.skipped).containsExactly(file + ":7: an empty survey row");
    }

    @Test
    void headerWithoutTimeOrIdentity_failsOnOpen_listingTheAcceptedNames(@TempDir Path dir) throws Exception {
        Path noTime = Files.writeString(dir.resolve("no-time.survey.csv"), "วันที่ตอบ,ชื่อ,คำตอบ\n1/1/2568 9:00,ก,ข\n");
        assertThatThrownBy(() -> open(noTime, Map.of(), new Context())).isInstanceOf(MalformedInputException.class)
                .hasMessage(noTime + ":1: not a survey export: no time column (one of: Timestamp, ประทับเวลา, time, เวลา);"
                        + " column names are matched case-insensitively");
        Path messageLog = Files.writeString(dir.resolve("log.survey.csv"), "id,group,time,sender,text\n");
        assertThatThrownBy(() -> open(messageLog, Map.of(), new Context())).isInstanceOf(MalformedInputException.class)
                .hasMessage(messageLog + ":1: not a survey export: no identity column (at least one of: line_user_id, LINE user id, userId,"
                        + " email, อีเมล, Email Address, ที่อยู่อีเมล, name, ชื่อ-สกุล, ชื่อ, full_name); column names are matched case-insensitively");
        Path empty = Files.writeString(dir.resolve("empty.survey.csv"), "");
        assertThatThrownBy(() -> open(empty, Map.of(), new Context())).isInstanceOf(MalformedInputException.class)
                .hasMessage(empty + ":1: the file is empty; a survey export starts with a header row");
    }

    @Test
    void options_unknownOrEmpty_areRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.survey.csv"), "timestamp,email\n");
        assertThatThrownBy(() -> open(file, Map.of("line-variant", "pc"), new Context()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option line-variant for survey-csv; allowed: group");
        assertThatThrownBy(() -> open(file, Map.of("group", " "), new Context()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option group is empty");
        assertThat(survey().optionNames()).containsExactly("group");
    }

    @Test
    void accepts_onlySurveyCsvNames_andPlainCsvLeavesThemAlone(@TempDir Path dir) throws Exception {
        String header = "Timestamp,id,group,time,Email Address\n";
        SourceInput plain = new SourceInput(Files.writeString(dir.resolve("survey.csv"), header).toString());
        SourceInput named = new SourceInput(Files.writeString(dir.resolve("moi.Survey.csv"), header).toString());
        assertThat(survey().accepts(plain)).isFalse();
        assertThat(survey().accepts(named)).isTrue();
        assertThat(survey().accepts(new SourceInput("imaps://host/a.survey.csv"))).isFalse();
        assertThat(new FileSourceFactories.Csv().accepts(plain)).isTrue();
        assertThat(new FileSourceFactories.Csv().accepts(named)).isFalse();
        assertThat(new FileSourceFactories.Jsonl().accepts(named)).isFalse();
    }

    @Test
    void parseTime_readsTheFormToolsForms_inBangkok() throws Exception {
        assertThat(SurveyCsvSource.parseTime("23/9/2561 14:05:00", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00"));
        assertThat(SurveyCsvSource.parseTime("23/9/2018, 14:05", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00"));
        assertThat(SurveyCsvSource.parseTime("๒๓/๐๙/๒๕๖๑ ๑๔:๐๕ น.", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00"));
        assertThat(SurveyCsvSource.parseTime("2561-09-23 14:05:00", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00"));
        assertThat(SurveyCsvSource.parseTime("2018-09-23T14:05", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00"));
        assertThat(SurveyCsvSource.parseTime("2018-09-23T07:05:00.5Z", WHERE)).isEqualTo(bangkok("2018-09-23T14:05:00.5"));
        assertThat(SurveyCsvSource.parseTime("2018/09/23 12:30:00\u202FAM GMT+7", WHERE)).isEqualTo(bangkok("2018-09-23T00:30:00"));
        assertThat(SurveyCsvSource.parseTime("2018/09/23 9:05:00 AM GMT+05:30", WHERE)).isEqualTo(bangkok("2018-09-23T10:35:00"));
        for (String bad : List.of("23/9/2561", "13:00 23/9/2561", "2018-09-23T25:00", "23/9/2561 13:00 PM", "yesterday")) {
            assertThatThrownBy(() -> SurveyCsvSource.parseTime(bad, WHERE)).as(bad).isInstanceOf(MalformedInputException.class)
                    .hasMessageStartingWith("answers.survey.csv:2: time '" + bad + "' is not a date-time");
        }
    }
}
