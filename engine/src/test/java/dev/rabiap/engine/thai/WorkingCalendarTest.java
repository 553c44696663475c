package dev.rabiap.engine.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled Thai government holidays and the calendar built on them. */
final class WorkingCalendarTest {
    private static final WorkingCalendar THAI = WorkingCalendar.thai();

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void daysMissingFromTheOldLists_areHolidays() {
        // 2561: the substitute for 31 Dec 2560, the cabinet's Songkran day, the Songkran substitute, วันพืชมงคล
        assertThat(THAI.holiday(day(2018, 1, 2))).contains("ชดเชยวันสิ้นปี");
        assertThat(THAI.holiday(day(2018, 4, 12))).contains("กรณีพิเศษ");
        assertThat(THAI.holiday(day(2018, 4, 16))).contains("ชดเชยวันสงกรานต์");
        assertThat(THAI.holiday(day(2018, 5, 14))).isEqualTo("วันพืชมงคล");
        // 2568: วันพืชมงคล and the two special days of มติคณะรัฐมนตรี 12 พ.ย. 2567
        assertThat(THAI.holiday(day(2025, 5, 9))).isEqualTo("วันพืชมงคล");
        assertThat(THAI.holiday(day(2025, 6, 2))).contains("กรณีพิเศษ");
        assertThat(THAI.holiday(day(2025, 8, 11))).contains("กรณีพิเศษ");
        for (LocalDate d : new LocalDate[] {day(2018, 1, 2), day(2018, 4, 12), day(2018, 4, 16), day(2018, 5, 14),
                day(2025, 5, 9), day(2025, 6, 2), day(2025, 8, 11)}) {
            assertThat(THAI.isWorkingDay(d)).as(d.toString()).isFalse();
        }
    }

    @Test
    void anOrdinaryWeekday_isAWorkingDay() {
        assertThat(THAI.isWorkingDay(day(2025, 12, 3))).isTrue();
        assertThat(THAI.holiday(day(2025, 12, 3))).isNull();
        assertThat(THAI.isWorkingDay(day(2025, 12, 6))).isFalse(); // a Saturday
    }

    @Test
    void daysTheCabinetMovedOrCancelled_areWorkingDays() {
        assertThat(THAI.isWorkingDay(day(2020, 4, 13))).isTrue();  // Songkran 2563 postponed
        assertThat(THAI.isWorkingDay(day(2020, 12, 7))).isTrue();  // its substitute moved to 11 Dec
        assertThat(THAI.isWorkingDay(day(2020, 12, 11))).isFalse();
        assertThat(THAI.isWorkingDay(day(2021, 7, 27))).isTrue();  // special day cancelled
        assertThat(THAI.isWorkingDay(day(2021, 10, 25))).isTrue(); // substitute moved to 22 Oct
        assertThat(THAI.isWorkingDay(day(2021, 10, 22))).isFalse();
        assertThat(THAI.isWorkingDay(day(2024, 1, 2))).isTrue();   // substitute moved to 29 Dec 2566
        assertThat(THAI.isWorkingDay(day(2023, 12, 29))).isFalse();
        assertThat(THAI.isWorkingDay(day(2025, 5, 1))).isTrue();   // labour day is not a government holiday
    }

    @Test
    void bundledList_coversEveryYearFrom2561To2569() {
        assertThat(THAI.coveredYears()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(THAI.covers(2026)).isTrue();
        assertThat(THAI.covers(2027)).isFalse();
        IntStream.rangeClosed(2018, 2026).forEach(year -> {
            long days = THAI.holidays().keySet().stream().filter(d -> d.getYear() == year).count();
            assertThat(days).as("holidays of " + year).isBetween(19L, 30L);
            // the fixed days of every year
            assertThat(THAI.holiday(day(year, 1, 1))).isNotNull();
            assertThat(THAI.holiday(day(year, 12, 31))).isNotNull();
            assertThat(THAI.holiday(day(year, 12, 5))).isNotNull();
        });
    }

    @Test
    void substituteDays_fallOnWorkingWeekdays() {
        THAI.holidays().forEach((date, name) -> {
            if (name.startsWith("ชดเชย")) {
                assertThat(date.getDayOfWeek()).as(date + " " + name).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        });
    }

    @Test
    void localDays_areAddedAndTheirYearsCovered() {
        WorkingCalendar local = THAI.withLocalDays(Map.of(day(2027, 3, 26), "วันหยุดประจำภาคเหนือ", day(2025, 12, 5), "another name"));
        assertThat(local.isWorkingDay(day(2027, 3, 26))).isFalse();
        assertThat(local.covers(2027)).isTrue();
        assertThat(local.holiday(day(2025, 12, 5))).contains("วันพ่อแห่งชาติ");
        assertThat(THAI.isWorkingDay(day(2027, 3, 26))).isTrue();
        assertThat(THAI.withLocalDays(Map.of())).isSameAs(THAI);
    }

    @Test
    void workingDays_skipWeekendsAndHolidays() {
        // Thu 4 Dec 2568; Fri 5 Dec is วันพ่อแห่งชาติ, then the weekend, Wed 10 Dec วันรัฐธรรมนูญ
        assertThat(THAI.plusWorkingDays(day(2025, 12, 4), 3)).isEqualTo(day(2025, 12, 11));
        assertThat(WorkingCalendar.WEEKENDS_ONLY.plusWorkingDays(day(2025, 12, 4), 3)).isEqualTo(day(2025, 12, 9));
        assertThat(THAI.workingDayOnOrAfter(day(2025, 12, 5))).isEqualTo(day(2025, 12, 8));
        assertThat(THAI.workingDayOnOrAfter(day(2025, 12, 8))).isEqualTo(day(2025, 12, 8));
    }
}
