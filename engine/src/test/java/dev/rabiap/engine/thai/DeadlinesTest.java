package dev.rabiap.engine.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instant-only wrapper, Thai digits and years, and the formats of ThaiDates. */
final class DeadlinesTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZonedDateTime POSTED = ZonedDateTime.of(2018, 7, 2, 10, 15, 0, 0, BANGKOK);

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BANGKOK);
    }

    @Test
    void read_givesTheInstantOfAReadDeadline() {
        assertThat(Deadlines.read("ขอให้อำเภอรายงานผลภายใน ๒๔ ชม.", POSTED)).contains(at(2018, 7, 3, 10, 15));
        assertThat(Deadlines.read("รายงานภายในวันที่ ๕ ก.ค. ๖๑", POSTED)).contains(at(2018, 7, 6, 0, 0));
    }

    @Test
    void read_isEmptyForNoDeadlineAndForAProblem() {
        assertThat(Deadlines.read("ขอให้อำเภอดำเนินการ", POSTED)).isEmpty();
        assertThat(Deadlines.read(null, POSTED)).isEmpty();
        assertThat(Deadlines.read("ภายในวันที่ ๓๑ ก.พ. ๒๕๖๑", POSTED)).isEmpty();
        assertThat(Deadlines.read("ภายในวันที่ ๑ ก.ค. ๖๑", POSTED)).isEmpty();
        assertThat(Deadlines.read("ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑", POSTED)).isEmpty();
    }

    @Test
    void read_countsOnTheCalendarGiven() {
        WorkingCalendar calendar = new WorkingCalendar(Map.of(LocalDate.of(2025, 12, 5), "วันพ่อแห่งชาติ"));
        ZonedDateTime thursday = at(2025, 12, 4, 14, 0);
        // Fri 5 Dec a holiday, then the weekend: Mon 8, Tue 9, Wed 10 are the three working days
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วันทำการ", thursday, calendar)).contains(at(2025, 12, 11, 0, 0));
        // the bundled calendar also has Wed 10 Dec (วันรัฐธรรมนูญ): Mon 8, Tue 9, Thu 11
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วันทำการ", thursday)).contains(at(2025, 12, 12, 0, 0));
        // weekends only: Fri 5, Mon 8, Tue 9
        assertThat(Deadlines.read("ขอให้รายงานภายใน ๓ วันทำการ", thursday, WorkingCalendar.WEEKENDS_ONLY)).contains(at(2025, 12, 10, 0, 0));
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
        assertThat(ThaiDates.formatThai(Duration.ofMinutes(26 * 60 + 5))).isEqualTo("1 วัน 2 ชม. 5 นาที");
        assertThat(ThaiDates.formatEnglish(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
    }
}
