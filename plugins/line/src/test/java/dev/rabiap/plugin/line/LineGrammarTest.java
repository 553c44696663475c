package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LineGrammarTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MOBILE_EN|Wed, 5/1/2019|2019-05-01",
            "MOBILE_EN|Sat, 2/17/2018|2018-02-17",
            "MOBILE_EN|Tue, 9/2/2025|2025-09-02",
            "MOBILE_EN|Sun, 2/9/2025|2025-02-09",
            "MOBILE_EN|Wed, 10/07/2562 BE|2019-07-10",
            "MOBILE_EN|Sun, 26/04/2026|2026-04-26",
            "MOBILE_EN|2015/12/25 Fri|2015-12-25",
            "MOBILE_EN|2018/04/16(Mon)|2018-04-16",
            "MOBILE_TH|ศ. 28/11/2568|2025-11-28",
            "MOBILE_TH|พฤ. ๒๗/๑๑/๒๕๖๘|2025-11-27",
            "MOBILE_TH|อา. 07/09/2568|2025-09-07",
            "PC|2026.08.31 วันจันทร์|2026-08-31",
            "PC|2017.09.03 Sunday|2017-09-03",
            "PC|๒๐๒๕.๐๙.๐๑ วันจันทร์|2025-09-01"})
    void date_readsEveryVariantsDateLine(LineVariant variant, String line, LocalDate expected) {
        assertThat(grammar(variant).date(line)).isEqualTo(expected);
        assertThat(LineGrammar.dateLineVariant(line)).contains(variant);
    }

    @Test
    void date_ambiguousDayAndMonth_followsWhatTheFileHasShown() {
        LineGrammar fresh = grammar(LineVariant.MOBILE_EN);
        LineGrammar dayFirstFile = grammar(LineVariant.MOBILE_EN);
        assertThat(dayFirstFile.date("Sun, 26/04/2026")).isEqualTo(LocalDate.of(2026, 4, 26));

        // 5 March 2026 is a Thursday and 3 May 2026 a Sunday: the weekday settles neither.
        assertThat(fresh.date("Mon, 05/03/2026")).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(dayFirstFile.date("Mon, 05/03/2026")).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void date_otherLines_areNoDateLines() {
        LineGrammar english = grammar(LineVariant.MOBILE_EN);
        assertThat(english.date("Hello, 5/1/2019")).isNull();
        assertThat(english.date("ศ. 28/11/2568")).isNull();
        assertThat(english.date("2026.08.31 วันจันทร์")).isNull();
        assertThat(grammar(LineVariant.PC).date("2026.08.31 ประชุม")).isNull();
        assertThat(grammar(LineVariant.MOBILE_TH).date("Wed, 5/1/2019")).isNull();
    }

    @Test
    void date_shapedButImpossible_throws() {
        assertThatThrownBy(() -> grammar(LineVariant.MOBILE_EN).date("Fri, 2/30/2025")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> grammar(LineVariant.PC).date("2025.13.01 Monday")).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "17:37|17:37|0",
            "5:06|05:06|0",
            "24:53|00:53|1",
            "04:46 PM|16:46|0",
            "04:35PM|16:35|0",
            "9:30AM|09:30|0",
            "03:05pm|15:05|0",
            "12:00 AM|00:00|0",
            "12:30 PM|12:30|0",
            "๐๘:๔๕|08:45|0"})
    void message_readsTimesIn24HourAndAmPm(String time, LocalTime expected, int dayOffset) {
        LineGrammar.MessageLine line = grammar(LineVariant.MOBILE_EN).message(time + "\tนายสมชาย ใจดี\tรับทราบ");

        assertThat(line).isEqualTo(new LineGrammar.MessageLine(expected, dayOffset, "นายสมชาย ใจดี", "รับทราบ"));
    }

    @Test
    void message_splitsOnTheFirstTwoTabsOnly() {
        LineGrammar grammar = grammar(LineVariant.MOBILE_TH);

        assertThat(grammar.message("08:54\t\tสมชาย เพิ่ม สมหญิง เข้ากลุ่ม"))
                .isEqualTo(new LineGrammar.MessageLine(LocalTime.of(8, 54), 0, "", "สมชาย เพิ่ม สมหญิง เข้ากลุ่ม"));
        assertThat(grammar.message("21:52\tUnknown left the chat."))
                .isEqualTo(new LineGrammar.MessageLine(LocalTime.of(21, 52), 0, null, "Unknown left the chat."));
        assertThat(grammar.message("10:00\tA\tcol1\tcol2")).extracting(LineGrammar.MessageLine::text).isEqualTo("col1\tcol2");
    }

    @Test
    void message_impossibleTimesAndOtherLines_startNoMessage() {
        LineGrammar grammar = grammar(LineVariant.MOBILE_EN);

        assertThat(grammar.message("25:00\tA\tB")).isNull();
        assertThat(grammar.message("12:60\tA\tB")).isNull();
        assertThat(grammar.message("13:00 PM\tA\tB")).isNull();
        assertThat(grammar.message("08:00 A B")).isNull();
        assertThat(grammar.message("1.\tKesepakatan")).isNull();
        assertThat(grammar(LineVariant.PC).message("08:00\tA\tB")).isNull();
    }

    @Test
    void header_namesTheChat() {
        assertThat(LineGrammar.groupFromHeader("Chat history in \"TEAM KOMODO SOLID\"")).contains("TEAM KOMODO SOLID");
        assertThat(LineGrammar.groupFromHeader("[LINE] ประวัติการแชทในกลุ่ม \"กลุ่มทดสอบ\"")).contains("กลุ่มทดสอบ");
        assertThat(LineGrammar.groupFromHeader("[LINE] Chat history in ข้อสั่งการ ปค.สน.")).contains("ข้อสั่งการ ปค.สน.");
        assertThat(LineGrammar.groupFromHeader("[LINE] Chat history with Kaori Date")).contains("Kaori Date");
        assertThat(LineGrammar.groupFromHeader("[LINE] ประวัติแชทกับ สมชาย")).isEmpty();
        assertThat(LineGrammar.isHeader("[LINE] ประวัติแชทกับ สมชาย")).isTrue();
        assertThat(LineGrammar.isSavedOn("บันทึกเมื่อ 04/09/2569 07:48")).isTrue();
        assertThat(LineGrammar.isSavedOn("Saved on: 5/4/2020, 17:03")).isTrue();
    }

    @Test
    void fileName_namesTheChatOfAPcSave() {
        assertThat(LineGrammar.groupFromFileName("[LINE]ข้อสั่งการ อ.เมือง.txt")).contains("ข้อสั่งการ อ.เมือง");
        assertThat(LineGrammar.groupFromFileName("[LINE] WeGo売ります掲示板グループ.TXT")).contains("WeGo売ります掲示板グループ");
        assertThat(LineGrammar.groupFromFileName("chat.txt")).isEmpty();
    }

    private static LineGrammar grammar(LineVariant variant) {
        return new LineGrammar(variant, new LineSenders());
    }
}
