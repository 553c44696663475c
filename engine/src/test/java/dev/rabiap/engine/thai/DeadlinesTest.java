package dev.rabiap.engine.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

final class DeadlinesTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZonedDateTime POSTED = ZonedDateTime.of(2018, 7, 2, 10, 15, 0, 0, BANGKOK);

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BANGKOK);
    }

    @Test
    void hoursInThaiDigits() {
        assertThat(Deadlines.read("ขอให้อำเภอรายงานผลภายใน ๒๔ ชม.", POSTED)).contains(at(2018, 7, 3, 10, 15));
        assertThat(Deadlines.read("รายงานภายใน 48 ชั่วโมง", POSTED)).contains(at(2018, 7, 4, 10, 15));
    }

    @Test
    void abbreviatedMonthAndTwoDigitBuddhistYear_endsWithThatDay() {
        assertThat(Deadlines.read("รายงานภายในวันที่ ๕ ก.ค. ๖๑", POSTED)).contains(at(2018, 7, 6, 0, 0));
    }

    @Test
    void weekdayFullMonthAndFourDigitBuddhistYear() {
        assertThat(Deadlines.read("ภายในวันพฤหัสบดีที่ ๕ กรกฎาคม ๒๕๖๑", POSTED)).contains(at(2018, 7, 6, 0, 0));
    }

    @Test
    void gregorianYearAndArabicDigits() {
        assertThat(Deadlines.read("ภายในวันที่ 23 มีนาคม 2019", POSTED)).contains(at(2019, 3, 24, 0, 0));
    }

    @Test
    void dateWithoutYear_isTheNextSuchDate() {
        assertThat(Deadlines.read("ภายในวันที่ ๑๐ ก.ค.", POSTED)).contains(at(2018, 7, 11, 0, 0));
        assertThat(Deadlines.read("ภายในวันที่ ๑ ก.ค.", POSTED)).contains(at(2019, 7, 2, 0, 0));
    }

    @Test
    void today_endsAtMidnight() {
        assertThat(Deadlines.read("ส่งภายในวันนี้", POSTED)).contains(at(2018, 7, 3, 0, 0));
    }

    @Test
    void days() {
        assertThat(Deadlines.read("ภายใน ๓ วัน", POSTED)).contains(at(2018, 7, 5, 10, 15));
    }

    @Test
    void noDeadlineOrImpossibleDate_isEmpty() {
        assertThat(Deadlines.read("ขอให้อำเภอดำเนินการ", POSTED)).isEmpty();
        assertThat(Deadlines.read("ภายในวันที่ ๓๑ ก.พ. ๒๕๖๑", POSTED)).isEmpty();
    }

    @Test
    void thaiDigitsAndYears() {
        assertThat(ThaiText.asciiDigits("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒")).isEqualTo("ที่ สน 0018.1/ว 23532");
        assertThat(ThaiText.thaiDigits("2568")).isEqualTo("๒๕๖๘");
        assertThat(ThaiText.gregorianYear(2568, 4)).isEqualTo(2025);
        assertThat(ThaiText.gregorianYear(68, 2)).isEqualTo(2025);
        assertThat(ThaiText.gregorianYear(2025, 4)).isEqualTo(2025);
        assertThat(ThaiText.month("พ.ย.")).isEqualTo(11);
        assertThat(ThaiText.month("พ.ย")).isEqualTo(11);
        assertThat(ThaiText.month("ธันวาคม")).isEqualTo(12);
    }

    @Test
    void thaiDates_formatBuddhistEra() {
        assertThat(ThaiDates.format(at(2025, 11, 21, 9, 5))).isEqualTo("21 พ.ย. 2568 09:05 น.");
        assertThat(ThaiDates.formatThai(java.time.Duration.ofMinutes(26 * 60 + 5))).isEqualTo("1 วัน 2 ชม. 5 นาที");
        assertThat(ThaiDates.formatEnglish(java.time.Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
    }

    @Test
    void workingDays_skipAWeekendAndAHoliday() {
        WorkingCalendar calendar = new WorkingCalendar(java.util.Map.of(java.time.LocalDate.of(2025, 12, 5), "วันพ่อแห่งชาติ"));
        // Thursday 4 Dec 2568; Friday 5 Dec is a holiday, then the weekend: Mon 8, Tue 9, Wed 10 are the three working days.
        ZonedDateTime thursday = ZonedDateTime.of(2025, 12, 4, 14, 0, 0, 0, BANGKOK);
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วันทำการ", thursday, calendar)).contains(at(2025, 12, 11, 0, 0));
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วันทำการ", thursday)).contains(at(2025, 12, 10, 0, 0));
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2025, 12, 5))).isFalse();
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วัน", thursday, calendar)).contains(at(2025, 12, 7, 14, 0));
    }

    @Test
    void mostUrgent_withoutAnotherDeadline_isTheEndOfTheDay() {
        assertThat(Deadlines.read("ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑", POSTED)).contains(at(2018, 7, 3, 0, 0));
        assertThat(Deadlines.read("ด่วนที่สุด ขอให้รายงานภายใน ๔๘ ชม.", POSTED)).contains(at(2018, 7, 4, 10, 15));
    }
}
