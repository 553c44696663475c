package dev.rabiap.engine.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders asking for a report every day over a span: one deadline a day, worked out by hand from the calendar. */
class DailyDeadlinesTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final DeadlineReader READER = new DeadlineReader(WorkingCalendar.thai());

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(BANGKOK);
    }

    private static List<String> days(String text, String posted) {
        DailyDeadlines daily = READER.readDaily(text, at(posted));
        assertThat(daily).as(text).isNotNull();
        return daily.deadlines().stream().map(d -> d.due().toLocalDateTime().toString()).toList();
    }

    @Test
    void everyDayByAClock_fromTheDayNamed_toTheLastDay() {
        // Mon 9 Mar 2026, 09:05: Tuesday to Friday, each at 10:00
        String text = "ให้อำเภอที่ประกาศเขตภัยแล้งรายงานผลการแจกจ่ายน้ำในกลุ่มนี้ ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้ (๑๐ มี.ค.) ถึงวันศุกร์ที่ ๑๓ มี.ค. ๒๕๖๙";
        assertThat(days(text, "2026-03-09T09:05")).containsExactly("2026-03-10T10:00", "2026-03-11T10:00", "2026-03-12T10:00", "2026-03-13T10:00");
        DailyDeadlines daily = READER.readDaily(text, at("2026-03-09T09:05"));
        assertThat(daily.thai()).isEqualTo("ทุกวัน เวลา 10.00 น. ตั้งแต่ 10 ถึง 13 มี.ค. 2569");
        assertThat(daily.english()).isEqualTo("every day by 10:00, 10 Mar 2026 to 13 Mar 2026");
    }

    @Test
    void noFirstDay_startsTheDayOfTheOrder_whenItsClockIsHoursAway_elseTheNextDay() {
        // Tue 15 Sep 2026 08:30: 16:30 the same day is eight hours away, so Tuesday is the first day
        String text = "ขอให้ทุกอำเภอแจ้งยอดผู้อพยพทุกวัน ภายในเวลา ๑๖.๓๐ น. จนถึงวันศุกร์ที่ ๑๘ ก.ย. ๒๕๖๙ ค่ะ";
        assertThat(days(text, "2026-09-15T08:30")).containsExactly("2026-09-15T16:30", "2026-09-16T16:30", "2026-09-17T16:30", "2026-09-18T16:30");
        // posted at 15:00, ninety minutes before: Wednesday first
        assertThat(days(text, "2026-09-15T15:00")).containsExactly("2026-09-16T16:30", "2026-09-17T16:30", "2026-09-18T16:30");
    }

    @Test
    void everyWorkingDay_skipsTheWeekend() {
        // Thu 12 Mar 2026: Thu 12, Fri 13, (Sat, Sun), Mon 16, Tue 17, each by noon
        assertThat(days("ส่งผลการลาดตระเวนทุกวันทำการ ก่อนเที่ยง ตั้งแต่วันนี้ถึงวันอังคารที่ ๑๗ มี.ค.", "2026-03-12T08:00"))
                .containsExactly("2026-03-12T12:00", "2026-03-13T12:00", "2026-03-16T12:00", "2026-03-17T12:00");
    }

    @Test
    void aRangeOfDaysWithNoClock_isDueAtTheEndOfEachDay() {
        assertThat(days("อสม.ส่งยอดผู้ป่วยไข้เลือดออกทุกวัน ระหว่างวันที่ ๒๘-๓๑ ต.ค. ๒๕๖๙", "2026-10-27T14:00"))
                .containsExactly("2026-10-29T00:00", "2026-10-30T00:00", "2026-10-31T00:00", "2026-11-01T00:00");
        // across the end of a month
        DailyDeadlines daily = READER.readDaily("รายงานจุดความร้อนทุกๆ วัน ก่อน 09.00 น. ตั้งแต่ 30 เม.ย. ถึง 2 พ.ค. 2569", at("2026-04-29T11:00"));
        assertThat(daily.deadlines()).extracting(d -> d.due().toLocalDateTime().toString())
                .containsExactly("2026-04-30T09:00", "2026-05-01T09:00", "2026-05-02T09:00");
        assertThat(daily.thai()).isEqualTo("ทุกวัน เวลา 09.00 น. ตั้งแต่ 30 เม.ย. 2569 ถึง 2 พ.ค. 2569");
    }

    @Test
    void notEveryDay_orNoLastDay_isNoSeries() {
        ZonedDateTime posted = at("2026-03-09T09:05");
        // a day of each month, one weekday a week, nowadays, and every day with no end
        assertThat(READER.readDaily("รายงานทุกวันที่ ๑๕ ของเดือน ถึงเดือนกันยายน", posted)).isNull();
        assertThat(READER.readDaily("ประชุมทุกวันจันทร์ ตั้งแต่วันนี้ถึง ๓๐ มี.ค.", posted)).isNull();
        assertThat(READER.readDaily("ทุกวันนี้ฝุ่นยังเกินมาตรฐาน ขอให้รายงานภายในวันที่ ๑๒ มี.ค.", posted)).isNull();
        assertThat(READER.readDaily("ขอให้รายงานสถานการณ์ทุกวันก่อน ๑๐.๐๐ น. จนกว่าสถานการณ์จะคลี่คลาย", posted)).isNull();
        // a span of one day is a plain deadline
        assertThat(READER.readDaily("รายงานทุกวันก่อน ๑๐.๐๐ น. ถึงพรุ่งนี้", posted)).isNull();
        // "ถึง" as a salutation is no last day
        assertThat(READER.readDaily("ถึง นอภ.ทุกอำเภอ ให้รายงานทุกวัน", posted)).isNull();
    }
}
