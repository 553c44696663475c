package dev.rabiap.engine.thai;

import static dev.rabiap.engine.thai.Deadline.Precision.ELAPSED;
import static dev.rabiap.engine.thai.Deadline.Precision.END_OF_DAY;
import static dev.rabiap.engine.thai.Deadline.Precision.TIME_OF_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.thai.Deadline.Precision;
import dev.rabiap.engine.thai.DeadlineReading.Status;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadline phrases of Thai orders, each row checked by hand against the calendar and the Civil
 * and Commercial Code's counting rules.
 *
 * <p>The calendar used (the bundled Thai holidays) around the main posting time, Wednesday
 * 3 Dec 2025 (2568) 10:15: Fri 5 Dec วันพ่อแห่งชาติ, Sat 6 and Sun 7 Dec, Wed 10 Dec
 * วันรัฐธรรมนูญ, Wed 31 Dec วันสิ้นปี, Thu 1 Jan 2026 วันขึ้นปีใหม่, Fri 2 Jan 2026 a special day,
 * Sat 3 and Sun 4 Jan. Monday 2 Jul 2018 (2561) 10:15 is the second posting time.
 */
final class DeadlineReaderTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final DeadlineReader READER = new DeadlineReader(WorkingCalendar.thai());
    /** Wednesday 3 Dec 2025 (2568) 10:15. */
    private static final String WED = "2025-12-03T10:15";
    /** Monday 2 Jul 2018 (2561) 10:15. */
    private static final String MON_2018 = "2018-07-02T10:15";

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BANGKOK);
    }

    private static Arguments due(String text, String posted, String due, Precision precision) {
        return Arguments.of(text, posted, Status.READ, due, precision);
    }

    private static Arguments status(String text, String posted, Status status) {
        return Arguments.of(text, posted, status, null, null);
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                // hours and minutes: from the moment of the order (s.193/3)
                due("ขอให้อำเภอรายงานผลภายใน ๒๔ ชม.", WED, "2025-12-04T10:15", ELAPSED),
                due("รายงานภายใน 48 ชั่วโมง", WED, "2025-12-05T10:15", ELAPSED),
                due("ภายใน๒๔ชม", WED, "2025-12-04T10:15", ELAPSED),
                due("ภายใน 24 ช.ม.", WED, "2025-12-04T10:15", ELAPSED),
                due("ภายใน 30 นาที", WED, "2025-12-03T10:45", ELAPSED),
                due("ด่วนที่สุด ขอให้รายงานภายใน ๔๘ ชม.", WED, "2025-12-05T10:15", ELAPSED),
                // days: Thu 4 is day 1; a last day on a weekend or holiday moves to the next working day
                due("ภายใน 1 วัน", WED, "2025-12-05T00:00", END_OF_DAY),
                due("ภายใน 2 วัน", WED, "2025-12-09T00:00", END_OF_DAY),       // Fri 5 holiday → Mon 8
                due("ภายใน ๓ วัน", WED, "2025-12-09T00:00", END_OF_DAY),       // Sat 6 → Mon 8
                due("ภายในสามวัน", WED, "2025-12-09T00:00", END_OF_DAY),
                due("ไม่เกิน 3 วัน", WED, "2025-12-09T00:00", END_OF_DAY),
                due("ให้แล้วเสร็จภายใน ๗ วัน", WED, "2025-12-12T00:00", END_OF_DAY), // Wed 10 holiday → Thu 11
                // working days: Thu 4, Mon 8, Tue 9, (Wed 10 holiday) Thu 11, Fri 12
                due("ภายใน ๓ วันทำการ", WED, "2025-12-10T00:00", END_OF_DAY),
                due("ภายใน 5 วันทำการ", WED, "2025-12-13T00:00", END_OF_DAY),
                // weeks, months, years: the day before the corresponding day (s.193/5)
                due("ภายใน ๑ สัปดาห์", WED, "2025-12-12T00:00", END_OF_DAY),   // Wed 10 holiday → Thu 11
                due("ภายใน 2 สัปดาห์", WED, "2025-12-18T00:00", END_OF_DAY),
                due("ภายใน ๑ เดือน", WED, "2026-01-06T00:00", END_OF_DAY),     // Sat 3 Jan → Mon 5 Jan
                due("ภายใน 1 เดือน", "2026-01-30T09:00", "2026-03-03T00:00", END_OF_DAY), // no 31 Feb: Sat 28 Feb → Mon 2 Mar
                due("ภายใน 1 เดือน", "2025-02-28T09:00", "2025-04-01T00:00", END_OF_DAY), // starts 1 Mar → ends 31 Mar
                due("ภายใน 1 ปี", WED, "2026-12-04T00:00", END_OF_DAY),
                // relative days
                due("ส่งภายในวันนี้", WED, "2025-12-04T00:00", END_OF_DAY),
                due("ภายในวันพรุ่งนี้", WED, "2025-12-05T00:00", END_OF_DAY),
                // the day after the order, as a letter says it
                due("ช่วยรายงานผลการตรวจเยี่ยม ให้ทราบภายในวันรุ่งขึ้นด้วยครับ", WED, "2025-12-05T00:00", END_OF_DAY),
                due("รายงานภายในเที่ยงวันรุ่งขึ้น", WED, "2025-12-04T12:00", TIME_OF_DAY),
                due("ขอให้ส่งพรุ่งนี้ก่อนเที่ยง", WED, "2025-12-04T12:00", TIME_OF_DAY),
                // send (to us), then the weekday and the hour: not the hour of the day it was sent
                due("แต่ละอำเภอส่งชื่อคนขับ ส่งมาวันศุกร์นี้ก่อนบ่ายสามนะคะ", WED, "2025-12-05T15:00", TIME_OF_DAY),
                due("ส่งวันพฤหัสนี้ก่อนสี่โมงเย็นครับ", WED, "2025-12-04T16:00", TIME_OF_DAY),
                // noon of a weekday named after it, not the day before that weekday
                due("ส่งภาพกิจกรรม… ก่อนเที่ยงวันพฤหัสบดีที่ 4 นี้นะคะ", WED, "2025-12-04T12:00", TIME_OF_DAY),
                due("ขอก่อนเที่ยงวันจันทร์ที่ ๘ ธ.ค. ครับ", WED, "2025-12-08T12:00", TIME_OF_DAY),
                // the part of the day between the day and the lead word
                due("ช่วยรายงานระดับน้ำพรุ่งนี้เช้าก่อน ๐๘.๓๐ น. นะครับ", WED, "2025-12-04T08:30", TIME_OF_DAY),
                due("ส่งยอดพรุ่งนี้ช่วงบ่ายก่อน ๑๕.๐๐ น.", WED, "2025-12-04T15:00", TIME_OF_DAY),
                due("ขอให้รายงานยอดกลับมาในกลุ่มนี้ พรุ่งนี้เช้าแปดโมงครึ่งครับ", WED, "2025-12-04T08:30", TIME_OF_DAY),
                due("ส่งรายชื่อผู้ประสานงาน พรุ่งนี้ ๑๐.๐๐ น. ครับ", WED, "2025-12-04T10:00", TIME_OF_DAY),
                due("ภายในสัปดาห์นี้", WED, "2025-12-06T00:00", END_OF_DAY),    // Friday of the week
                due("ส่งทางกลุ่มนี้ ก่อนวันหยุดครับ", "2025-12-02T13:30", "2025-12-05T00:00", END_OF_DAY), // Fri 5 Dec is the next day off
                due("ก่อนวันหยุดยาวนี้", WED, "2025-12-05T00:00", END_OF_DAY),
                due("ก่อนวันหยุด", MON_2018, "2018-07-07T00:00", END_OF_DAY),  // no holiday that week: its Saturday
                // the Thai clock and the parts of an office day
                due("ส่งภายในบ่ายสามโมงวันนี้", WED, "2025-12-03T15:00", TIME_OF_DAY),
                due("ขอก่อนบ่ายโมงครึ่งครับ", WED, "2025-12-03T13:30", TIME_OF_DAY),
                due("รายงานภายใน ๑๐ โมงเช้าพรุ่งนี้", WED, "2025-12-04T10:00", TIME_OF_DAY),
                due("ส่งก่อนสี่โมงนะคะ", WED, "2025-12-03T16:00", TIME_OF_DAY),          // four o'clock of an office day
                due("ภายในห้าโมงเย็น", WED, "2025-12-03T17:00", TIME_OF_DAY),
                due("ส่งภายในสองทุ่มคืนนี้", WED, "2025-12-03T20:00", TIME_OF_DAY),
                due("ภายใน ๒ ทุ่มครึ่ง", WED, "2025-12-03T20:30", TIME_OF_DAY),
                due("ภายในตีห้าพรุ่งนี้", WED, "2025-12-04T05:00", TIME_OF_DAY),
                // a spoken hour after the part of the day, behind ไม่เกิน
                due("ภายในพรุ่งนี้เช้าไม่เกินเก้าโมงครับ", WED, "2025-12-04T09:00", TIME_OF_DAY),
                due("ภายในพรุ่งนี้ ไม่เกินเก้าโมง", WED, "2025-12-04T09:00", TIME_OF_DAY),
                // the next day restated as a date, then its time
                due("แจ้งชื่อผู้ประสานงานภายในพรุ่งนี้ (พฤหัสบดี ๔ ธ.ค.) เวลา ๑๔.๐๐ น.", WED, "2025-12-04T14:00", TIME_OF_DAY),
                due("ส่งพรุ่งนี้ ๔ ธ.ค. ๖๘ ก่อน ๙.๓๐ น.", WED, "2025-12-04T09:30", TIME_OF_DAY),
                due("ภายในวันนี้ (๓ ธ.ค.) ก่อน ๑๖.๐๐ น.", WED, "2025-12-03T16:00", TIME_OF_DAY),
                due("รายงานยอดภายในตีสองคืนนี้", WED, "2025-12-04T02:00", TIME_OF_DAY),  // the small hours of the night to come
                due("ขอภายในคืนนี้นะครับ", WED, "2025-12-04T00:00", TIME_OF_DAY),
                due("รายงานภายในตอนเย็น", WED, "2025-12-03T18:00", TIME_OF_DAY),
                due("ขอให้ทุกอำเภอส่งภายในบ่าย ๓ วันนี้", WED, "2025-12-03T15:00", TIME_OF_DAY),
                // the hour in words without โมง, and the evening by its end
                due("ขอยอดก่อนบ่ายสามนะครับ", WED, "2025-12-03T15:00", TIME_OF_DAY),
                due("แจ้งตัวเลขภายในค่ำนี้", WED, "2025-12-03T21:00", TIME_OF_DAY),
                due("ทุกอำเภอครับ ขอตัวเลขจิตอาสา แยกชาย-หญิง ส่งพรุ่งนี้เช้านะครับ", WED, "2025-12-04T12:00", TIME_OF_DAY),
                // the event a count is asked for is no event the deadline is of, when a report word asks for the count
                due("ขอให้ อ.ภูพาน แจ้งจำนวนจิตอาสาที่จะเข้าร่วม ภายในวันศุกร์ที่ ๕ ธ.ค. เวลา ๑๖.๐๐ น. ครับ", WED, "2025-12-05T16:00", TIME_OF_DAY),
                // those counted "ที่เข้าร่วม" (who took part) far after the report word are no event either
                due("ขอให้รายงานจำนวนหมู่บ้านที่ดำเนินการ จำนวนครัวเรือนที่ได้รับแจก และจำนวนอาสาสมัครที่เข้าร่วม ภายในเวลา ๑๕.๐๐ น. วันนี้",
                        WED, "2025-12-03T15:00", TIME_OF_DAY),
                // a meeting word inside the brackets of a form's fields is no meeting the date is for
                due("ขอให้ทุกอำเภอรายงานแผน (สถานที่ วันที่ จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม) ภายในวันศุกร์ที่ ๕ ธ.ค. ๒๕๖๘ ครับ", WED,
                        "2025-12-06T00:00", END_OF_DAY),
                due("ส่งรายงานสรุปภายในเช้าวันพรุ่งนี้ ๐๙.๐๐ น.", WED, "2025-12-04T09:00", TIME_OF_DAY),
                due("ขอภายในตอนบ่ายนี้", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("รายงานภายในเช้านี้", WED, "2025-12-03T12:00", TIME_OF_DAY),
                due("ขอภายในบ่ายนี้นะคะ", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ส่งก่อนเลิกงานวันนี้", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ขอยอดภายในช่วงบ่ายนี้", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ส่งก่อนสิ้นวันทำการพรุ่งนี้", WED, "2025-12-04T16:30", TIME_OF_DAY),
                due("รายงานภายในเย็นนี้", WED, "2025-12-03T18:00", TIME_OF_DAY),
                due("ภายในเช้าวันพรุ่งนี้", WED, "2025-12-04T12:00", TIME_OF_DAY),
                due("ภายในพรุ่งนี้เช้า", WED, "2025-12-04T12:00", TIME_OF_DAY),
                due("ขอภายในครึ่งชั่วโมง", WED, "2025-12-03T10:45", ELAPSED),
                due("ภายในวันทำการถัดไป", "2025-12-05T09:00", "2025-12-09T00:00", END_OF_DAY), // Fri 5 Dec: Mon 8 Dec
                // นี้ between the day and its time
                due("ภายในวันศุกร์ที่ ๕ ธ.ค. นี้ เวลา ๑๒.๐๐ น. ค่ะ", WED, "2025-12-05T12:00", TIME_OF_DAY),
                // before a meeting: when it starts
                due("ส่งตามแบบก่อนการประชุมกรมการจังหวัด วันศุกร์ที่ 5 ธ.ค. 68 เวลา 09.30 น.", WED, "2025-12-05T09:30", TIME_OF_DAY),
                due("ขอข้อมูลก่อนประชุมพรุ่งนี้ ๑๓.๓๐ น.", WED, "2025-12-04T13:30", TIME_OF_DAY),
                // a request to send, then the next day and noon, with no lead word
                due("ทุกอำเภอส่งยอดผู้ป่วยติดเตียงด้วยครับ พรุ่งนี้เที่ยง", WED, "2025-12-04T12:00", TIME_OF_DAY),
                // the meeting the figures are for, said before the deadline, is no meeting the time is of
                due("ขอตัวเลขผู้ป่วยไข้เลือดออกสะสม เพื่อใช้ประกอบการประชุม กบจ. ภายใน ๑๔.๓๐ น. วันนี้ค่ะ", WED, "2025-12-03T14:30", TIME_OF_DAY),
                due("ส่งยอดรถน้ำที่ออกแจกจ่าย เพื่อนำเสนอในที่ประชุมผู้บริหาร ก่อน ๑๕.๐๐ น.", WED, "2025-12-03T15:00", TIME_OF_DAY),
                due("ภายในสัปดาห์นี้", "2025-12-06T09:00", "2025-12-08T00:00", END_OF_DAY), // posted Saturday: its Sunday
                due("ภายในสัปดาห์หน้า", WED, "2025-12-13T00:00", END_OF_DAY),
                due("ภายในเดือนนี้", WED, "2026-01-01T00:00", END_OF_DAY),
                due("ภายในสิ้นเดือน", WED, "2026-01-01T00:00", END_OF_DAY),
                // times of day
                due("ภายในเวลา ๑๖.๓๐ น.", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ภายใน ๑๖.๓๐ น.", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ภายใน 16:30", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ภายใน 16.30น", WED, "2025-12-03T16:30", TIME_OF_DAY),
                due("ก่อนเที่ยงวันนี้", WED, "2025-12-03T12:00", TIME_OF_DAY),
                due("ภายในเที่ยง", WED, "2025-12-03T12:00", TIME_OF_DAY),
                due("ภายใน 09:00 น. พรุ่งนี้", WED, "2025-12-04T09:00", TIME_OF_DAY),
                due("ภายใน 12.00 น. ของวันที่ 5 ก.ค. 61", MON_2018, "2018-07-05T12:00", TIME_OF_DAY),
                due("ภายในวันที่ 28 ก.ค. 68 เวลา 16.30 น.", "2025-07-21T09:00", "2025-07-28T16:30", TIME_OF_DAY),
                // dates
                due("รายงานภายในวันที่ ๕ ก.ค. ๖๑", MON_2018, "2018-07-06T00:00", END_OF_DAY),
                due("ภายในวันพฤหัสบดีที่ ๕ กรกฎาคม ๒๕๖๑", MON_2018, "2018-07-06T00:00", END_OF_DAY),
                due("ภายในวันศุกร์ที่ ๒๓ มีนาคม ๒๕๖๑", "2018-03-19T09:00", "2018-03-24T00:00", END_OF_DAY),
                due("ภายในวันพฤหัสที่ ๔ ธ.ค.", WED, "2025-12-05T00:00", END_OF_DAY),
                due("ภายในวันพฤหัสฯ ที่ 4 ธ.ค. 68", WED, "2025-12-05T00:00", END_OF_DAY),
                due("ภายใน ศ. ที่ 5 ธ.ค. 68", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันที่ 5 ธ.ค. 68 (ศุกร์)", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายใน 3 ธค. 68", WED, "2025-12-04T00:00", END_OF_DAY),
                due("ตามแบบฟอร์มที่แนบ ส่ง 13 มีค. 69 ค่ะ", "2026-03-12T08:50", "2026-03-14T00:00", END_OF_DAY),
                due("ส่งวันศุกร์ที่ 5 ธ.ค. 68", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายใน ๓ ธ.ค.๖๘", WED, "2025-12-04T00:00", END_OF_DAY),
                due("ภายใน 5 ธันวา", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันที่ 5 ธันวาคม 2568", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันที่ 5 ธันวาคม พ.ศ. 2568", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายใน 5/12/2568", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายใน 5/12/68", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายใน 05-12-2025", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันที่ 23 มีนาคม 2019", MON_2018, "2019-03-24T00:00", END_OF_DAY),
                due("ภายในวันที่ ๑๐ ก.ค.", MON_2018, "2018-07-11T00:00", END_OF_DAY),
                due("ภายในวันที่ ๑ ก.ค.", MON_2018, "2019-07-02T00:00", END_OF_DAY),  // no year: the next 1 Jul
                due("ภายในวันที่ 5", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันศุกร์นี้", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ภายในวันจันทร์หน้า", WED, "2025-12-09T00:00", END_OF_DAY),
                // lead words
                due("ก่อนวันที่ 5 ธ.ค.", WED, "2025-12-05T00:00", END_OF_DAY),     // by the end of 4 Dec
                due("ไม่เกินวันที่ 10 ธ.ค. 2568", WED, "2025-12-11T00:00", END_OF_DAY),
                due("ให้แล้วเสร็จภายในวันที่ 12 ธ.ค. 68", WED, "2025-12-13T00:00", END_OF_DAY),
                due("ส่งได้ถึงวันที่ 15 ธ.ค. 68", WED, "2025-12-16T00:00", END_OF_DAY),
                due("หมดเขต 10 ธ.ค. 68", WED, "2025-12-11T00:00", END_OF_DAY),
                due("ด่วน ขอให้รายงานภายในวันที่ 9 ธ.ค. 68", WED, "2025-12-10T00:00", END_OF_DAY),
                // the year, resolved against the order's date, around the new year
                due("ภายใน 5 ม.ค. 69", "2025-12-30T15:00", "2026-01-06T00:00", END_OF_DAY),
                due("ภายใน 5 ม.ค.", "2025-12-30T15:00", "2026-01-06T00:00", END_OF_DAY),
                due("ภายใน 5 ม.ค. 2026", "2025-12-30T15:00", "2026-01-06T00:00", END_OF_DAY),
                due("ภายใน 5 ม.ค. 26", "2025-12-30T15:00", "2026-01-06T00:00", END_OF_DAY),
                status("ภายใน 29 ธ.ค. 68", "2026-01-02T09:00", Status.BEFORE_ORDER),
                // several deadlines
                due("ภายใน 24 ชม. หรือภายในวันที่ 5 ธ.ค. 68", WED, "2025-12-06T00:00", END_OF_DAY),
                due("ให้อำเภอแจ้ง อปท. ภายในวันที่ 4 ธ.ค. 68 และรายงานจังหวัดภายในวันที่ 9 ธ.ค. 68", WED, "2025-12-10T00:00", END_OF_DAY),
                due("แจ้งภายในวันที่ 4 ธ.ค. 68 หรือภายในวันที่ 9 ธ.ค. 68", WED, "2025-12-10T00:00", END_OF_DAY),
                // not deadlines
                status("ตามหนังสือ ลงวันที่ ๒๐ พ.ย. ๖๘", WED, Status.NONE),
                status("เมื่อวันที่ 1 ธ.ค. 68 จังหวัดได้แจ้ง", WED, Status.NONE),
                status("ตั้งแต่วันที่ 1 ธ.ค. 68 เป็นต้นไป", WED, Status.NONE),
                status("ขอเชิญประชุมวันที่ 5 ธ.ค. เวลา 09.00 น. ณ ห้องประชุมศาลากลาง", WED, Status.NONE),
                status("ขอเชิญประชุมพร้อมกันก่อนเวลา 09.00 น. ณ ห้องประชุมศาลากลาง", WED, Status.NONE),
                // no lead word: the next day and its clock count only right after a request to report
                status("ขอเชิญประชุม พรุ่งนี้ ๑๐.๐๐ น. ห้องประชุมศาลากลาง", WED, Status.NONE),
                status("เตรียมจิตอาสาให้พร้อม พรุ่งนี้ ๐๗.๐๐ น. ที่ลานหน้าศาลากลาง", WED, Status.NONE),
                status("ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑", WED, Status.NONE),
                status("ขอให้อำเภอดำเนินการ", WED, Status.NONE),
                status("ผู้เข้าร่วมไม่เกิน 5 คน", WED, Status.NONE),
                status("ส่ง 5 ภาพ ขนาด 4x6", WED, Status.NONE),
                status("ส่งเรื่องเมื่อ 1 ธ.ค. 68 แล้ว", WED, Status.NONE),
                status("ประชาสัมพันธ์ภายในจังหวัด", WED, Status.NONE),
                // problems
                status("ภายใน ๓๑ พ.ย.", WED, Status.IMPOSSIBLE_DATE),
                status("ภายใน 30 ก.พ.", WED, Status.IMPOSSIBLE_DATE),
                status("ภายในวันที่ 29 ก.พ. 68", WED, Status.IMPOSSIBLE_DATE),
                status("ภายในวันที่ 32 ธ.ค.", WED, Status.IMPOSSIBLE_DATE),
                status("ภายใน 25.30 น.", WED, Status.IMPOSSIBLE_DATE),
                status("ภายในเวลา 16.30 น.", "2025-12-03T17:00", Status.BEFORE_ORDER),
                status("ภายในวันที่ 1 ธ.ค. 68", WED, Status.BEFORE_ORDER),
                status("ภายในวันที่ 5 ธันวาคาม", WED, Status.NOT_READ),
                status("ภายในวันที่ห้า", WED, Status.NOT_READ),
                status("ภายใน 10/12", WED, Status.NOT_READ));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @MethodSource("phrases")
    void readsThePhrase(String text, String posted, Status status, String due, Precision precision) {
        DeadlineReading reading = READER.read(text, at(posted));
        assertThat(reading.status()).as(reading.toString()).isEqualTo(status);
        if (due != null) {
            assertThat(reading.deadline().due()).as(reading.toString()).isEqualTo(at(due));
            assertThat(reading.deadline().precision()).as(reading.toString()).isEqualTo(precision);
        }
        if (status != Status.NONE) {
            assertThat(reading.phrase()).isNotBlank();
            assertThat(text).contains(reading.phrase());
        }
        if (status != Status.NONE && status != Status.READ) {
            assertThat(reading.problem()).isNotBlank();
        }
    }

    @Test
    void tableHasEveryKindOfRow() {
        assertThat(phrases().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void codeCounting_aWeekendLastDayAndAHolidayLastDay() {
        // Wed 3 Dec 2568: 3 days end Sat 6 Dec, a weekend: the next working day Mon 8 Dec (s.193/8)
        assertThat(READER.read("ภายใน 3 วัน", at(WED)).deadline().day()).isEqualTo(LocalDate.of(2025, 12, 8));
        // 2 days end Fri 5 Dec, วันพ่อแห่งชาติ: also Mon 8 Dec
        assertThat(READER.read("ภายใน 2 วัน", at(WED)).deadline().day()).isEqualTo(LocalDate.of(2025, 12, 8));
        // weekends alone: the holiday is a working day and 2 days end on Fri 5 Dec
        DeadlineReader weekendsOnly = new DeadlineReader(WorkingCalendar.WEEKENDS_ONLY);
        assertThat(weekendsOnly.read("ภายใน 2 วัน", at(WED)).deadline().day()).isEqualTo(LocalDate.of(2025, 12, 5));
        // the day of the order is not counted (s.193/3) even when posted at 00:01
        assertThat(READER.read("ภายใน 1 วัน", at("2025-12-03T00:01")).deadline().day()).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void codeCounting_monthsEndTheDayBeforeTheCorrespondingDay() {
        // the period starts the day after the order
        assertThat(DeadlineReader.endOfMonths(LocalDate.of(2025, 1, 16), 1)).isEqualTo(LocalDate.of(2025, 2, 15));
        // starting 31 Jan: February has no 31st, so the period ends on its last day
        assertThat(DeadlineReader.endOfMonths(LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(DeadlineReader.endOfMonths(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
        // starting 1 Mar: ends 31 Mar, not 28 or 30 Mar
        assertThat(DeadlineReader.endOfMonths(LocalDate.of(2025, 3, 1), 1)).isEqualTo(LocalDate.of(2025, 3, 31));
        // a year is twelve months
        assertThat(DeadlineReader.endOfMonths(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void yearResolution_aroundTheNewYear() {
        ZonedDateTime lateDecember = at("2025-12-30T15:00");
        // a two-digit Buddhist year and a two-digit Gregorian year both read as the nearest year
        assertThat(READER.read("ภายใน 5 ม.ค. 69", lateDecember).deadline().day()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(READER.read("ภายใน 5 ม.ค. 26", lateDecember).deadline().day()).isEqualTo(LocalDate.of(2026, 1, 5));
        // no year: the next 5 January on or after the order
        assertThat(READER.read("ภายใน 5 ม.ค.", lateDecember).deadline().day()).isEqualTo(LocalDate.of(2026, 1, 5));
        // the old year written by habit: read as written, and reported as before the order
        DeadlineReading oldYear = READER.read("ภายใน 5 ม.ค. 68", lateDecember);
        assertThat(oldYear.status()).isEqualTo(Status.BEFORE_ORDER);
        assertThat(oldYear.deadline().day()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(oldYear.problem()).contains("before the order was posted");
        // พ.ศ. and ค.ศ. say which era
        assertThat(READER.read("ภายในวันที่ 5 ม.ค. พ.ศ. 2569", lateDecember).deadline().day()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(READER.read("ภายในวันที่ 5 ม.ค. ค.ศ. 2026", lateDecember).deadline().day()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aWeekdayThatDoesNotMatchTheDate_theLaterOfTheTwoWinsWithARemark() {
        // Thursday is the 4th, before the date: the date
        DeadlineReading reading = READER.read("ภายในวันพฤหัสบดีที่ 5 ธ.ค. 68", at(WED));
        assertThat(reading.status()).isEqualTo(Status.READ);
        assertThat(reading.deadline().day()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(reading.problem()).isEqualTo("5 December 2025 is a Friday, not a Thursday; the date is used");
        // Friday is the 25th, the day after the date: Friday, at the clock said
        DeadlineReading friday = READER.read("ส่งรายชื่อภายในวันศุกร์ที่ ๒๔ ก.ย. ๖๙ ก่อนเที่ยงครับ", at("2026-09-23T14:10"));
        assertThat(friday.deadline().due()).isEqualTo(at("2026-09-25T12:00"));
        assertThat(friday.problem()).isEqualTo("24 September 2026 is a Thursday, not a Friday; the later, Friday 25 September, is used");
    }

    @Test
    void problems_sayWhy() {
        assertThat(READER.read("ภายใน ๓๑ พ.ย.", at(WED)).problem()).isEqualTo("31 November does not exist");
        assertThat(READER.read("ภายในวันที่ 29 ก.พ. 68", at(WED)).problem()).isEqualTo("29 February 2025 does not exist");
        DeadlineReading late = READER.read("ภายในเวลา 16.30 น.", at("2025-12-03T17:00"));
        assertThat(late.problem()).isEqualTo("16:30 on the day of the order is before the order was posted");
        assertThat(late.phrase()).isEqualTo("ภายในเวลา 16.30 น.");
        DeadlineReading unread = READER.read("ขอให้รายงานภายในวันที่ 5 ธันวาคาม นี้", at(WED));
        assertThat(unread.status()).isEqualTo(Status.NOT_READ);
        assertThat(unread.phrase()).startsWith("ภายในวันที่ 5 ธันวาคาม");
    }

    @Test
    void phrase_isReportedAsWritten() {
        DeadlineReading reading = READER.read("ขอให้รายงานผลภายใน ๒๔ ชม. ด้วย", at(WED));
        assertThat(reading.phrase()).isEqualTo("ภายใน ๒๔ ชม.");
        assertThat(reading.deadline().phrase()).isEqualTo("ภายใน ๒๔ ชม.");
        // line breaks, no-break spaces and ํา written as two characters are read
        assertThat(READER.read("รายงาน\nภายใน\u00A0๓\u00A0วันท\u0E4D\u0E32การ", at(WED)).deadline().due()).isEqualTo(at("2025-12-10T00:00"));
    }

    @Test
    void display_showsTheLastDayItself() {
        Deadline endOfDay = READER.read("ภายในวันที่ 5 ธ.ค. 68", at(WED)).deadline();
        assertThat(endOfDay.due()).isEqualTo(at("2025-12-06T00:00"));
        assertThat(endOfDay.thai()).isEqualTo("ภายในวันที่ 5 ธ.ค. 2568");
        assertThat(endOfDay.english()).isEqualTo("by the end of 5 Dec 2025");
        Deadline before = READER.read("ก่อนวันที่ 5 ธ.ค.", at(WED)).deadline();
        assertThat(before.thai()).isEqualTo("ภายในวันที่ 4 ธ.ค. 2568");
        assertThat(before.english()).isEqualTo("by the end of 4 Dec 2025");
        Deadline timeOfDay = READER.read("ภายในวันที่ 28 ก.ค. 68 เวลา 16.30 น.", at("2025-07-21T09:00")).deadline();
        assertThat(timeOfDay.thai()).isEqualTo("ภายใน 28 ก.ค. 2568 เวลา 16.30 น.");
        assertThat(timeOfDay.english()).isEqualTo("by 28 Jul 2025 16:30");
        Deadline elapsed = READER.read("ภายใน ๒๔ ชม.", at("2025-07-27T16:30")).deadline();
        assertThat(elapsed.thai()).isEqualTo("ภายใน 28 ก.ค. 2568 เวลา 16.30 น.");
        assertThat(elapsed.english()).isEqualTo("by 28 Jul 2025 16:30");
    }

    @Test
    void speedClass_isReadWhateverTheDeadline() {
        assertThat(SpeedClass.of("ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑")).isEqualTo(SpeedClass.MOST_URGENT);
        assertThat(SpeedClass.of("ด่วนมาก")).isEqualTo(SpeedClass.VERY_URGENT);
        assertThat(SpeedClass.of("ด่วน ขอให้รายงาน")).isEqualTo(SpeedClass.URGENT);
        assertThat(SpeedClass.of("ขอให้รายงาน")).isEqualTo(SpeedClass.NONE);
        assertThat(SpeedClass.of(null)).isEqualTo(SpeedClass.NONE);
        assertThat(SpeedClass.MOST_URGENT.thai()).isEqualTo("ด่วนที่สุด");
        assertThat(SpeedClass.VERY_URGENT.thai()).isEqualTo("ด่วนมาก");
        assertThat(SpeedClass.URGENT.thai()).isEqualTo("ด่วน");
        assertThat(SpeedClass.NONE.thai()).isEmpty();
        DeadlineReading alone = READER.read("ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑", at(WED));
        assertThat(alone.status()).isEqualTo(Status.NONE);
        assertThat(alone.deadline()).isNull();
        assertThat(alone.speed()).isEqualTo(SpeedClass.MOST_URGENT);
        assertThat(READER.read("ด่วนมาก ขอให้รายงานภายใน ๒๔ ชม.", at(WED)).speed()).isEqualTo(SpeedClass.VERY_URGENT);
    }

    @Test
    void countsDays_tellsDayCountedPeriodsFromHours() {
        assertThat(DeadlineReader.countsDays("ภายใน ๓ วันทำการ")).isTrue();
        assertThat(DeadlineReader.countsDays("ภายใน 7 วัน")).isTrue();
        assertThat(DeadlineReader.countsDays("ภายใน 1 เดือน")).isTrue();
        assertThat(DeadlineReader.countsDays("ภายใน ๒๔ ชม.")).isFalse();
        assertThat(DeadlineReader.countsDays("ภายในวันที่ ๕ ก.ค. ๒๕๖๑")).isFalse();
        assertThat(DeadlineReader.countsDays("24h")).isFalse();
    }

    @Test
    void aWeekdayNamedBareBeforeItsDate_isPartOfTheDate_notADayOfItsOwn() {
        ZonedDateTime posted = ZonedDateTime.of(2026, 7, 22, 14, 20, 0, 0, ZoneId.of("Asia/Bangkok"));
        DeadlineReading reading = READER.read("ภายใน พฤหัสฯ ๒๓ ก.ค. ๖๙ เวลา ๑๒.๐๐ น.", posted);
        assertThat(reading.deadline().due()).isEqualTo(ZonedDateTime.of(2026, 7, 23, 12, 0, 0, 0, ZoneId.of("Asia/Bangkok")));
        assertThat(READER.read("ส่งภายใน ศุกร์ ๒๔ ก.ค. ก่อนเที่ยง", posted).deadline().due())
                .isEqualTo(ZonedDateTime.of(2026, 7, 24, 12, 0, 0, 0, ZoneId.of("Asia/Bangkok")));
    }
}
