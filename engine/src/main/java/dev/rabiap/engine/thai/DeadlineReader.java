package dev.rabiap.engine.thai;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.thai.Deadline.Precision;
import dev.rabiap.engine.thai.DeadlineReading.Status;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline of a Thai order from its text, relative to when the order was posted
 * (Asia/Bangkok). Immutable and thread-safe. See {@code docs/deadlines.md} for the phrases read.
 *
 * <p>A deadline is read only after a lead word: ภายใน, ไม่เกิน, ให้แล้วเสร็จ, ส่งได้ถึง, หมดเขต,
 * ก่อน, or ส่ง when a day and its month follow it straight away ("ส่ง 13 มีค. 69") or a day word does ("ส่งพรุ่งนี้เช้า").
 * Dates with no lead word (a letter's date, "เมื่อวันที่…", "ตั้งแต่วันที่…", a meeting's
 * date and time) are not deadlines. Periods are counted as the Civil and Commercial Code counts
 * them: hours from the moment of the order (s.193/3); days, weeks, months and years not counting
 * the day of the order (s.193/3), ending at the end of their last day (s.193/4); weeks, months and
 * years ending on the day before the corresponding day, or on the last day of a month that has no
 * such day (s.193/5); a last day that is not a working day moves to the next working day (s.193/8).
 *
 * <p>When a text names several deadlines, a date or time of day wins over a period of hours or
 * days; among several of the same kind the one nearest to a report word (รายงาน, ส่ง) wins, and
 * without a report word the latest.
 */
public final class DeadlineReader {
    private static final String S = " ?";
    private static final String WEEKDAY_WORDS = "จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์";
    private static final String WEEKDAY_ABBREVIATIONS = "อา\\.|พฤ\\.|จ\\.|อ\\.|พ\\.|ศ\\.|ส\\.";
    private static final Map<String, Integer> MONTH_KEYS = monthKeys();
    private static final String MONTH = monthPattern();
    private static final String YEAR = "(?:(?<era>พ\\.?" + S + "ศ\\.?|ค\\.?" + S + "ศ\\.?)" + S + ")?(?<y>\\d{4}|\\d{2})(?!\\d|[.:]\\d)";
    private static final String THAI_NUMBER = "(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด)+";

    /** Words that open a deadline; the longest first. */
    private static final Pattern LEAD = Pattern.compile(
            "ให้แล้วเสร็จ(?:" + S + "ภายใน|" + S + "ใน)?|ส่งได้(?:จน)?ถึง|หมดเขต(?:" + S + "ส่ง)?|ไม่เกิน|ภายใน|ก่อน"
                    // "ส่ง 13 มีค. 69", "ส่งวันศุกร์ที่ 13 มี.ค.": send, then straight away a day and its month
                    + "|ส่ง(?=" + S + "(?:วัน" + S + "(?:" + WEEKDAY_WORDS + ")?" + S + "ที่" + S + ")?\\d{1,2}" + S + "(?:" + MONTH + "))"
                    // "ส่งพรุ่งนี้เช้านะครับ", "ส่งมาวันศุกร์นี้ก่อนบ่ายสามนะคะ": send (to us), then the day it is due
                    + "|ส่ง(?:" + S + "มา)?(?=" + S + "(?:พรุ่ง" + S + "นี้|(?:วัน" + S + ")?รุ่ง" + S + "ขึ้น|มะรืน|เย็น" + S + "นี้|บ่าย" + S + "นี้|คืน" + S + "นี้"
                    + "|วัน" + S + "(?:" + WEEKDAY_WORDS + ")" + S + "(?:นี้|หน้า)))");
    private static final Pattern DURATION = Pattern.compile(
            "(?<n>\\d{1,3}|" + THAI_NUMBER + "|ครึ่ง)" + S
                    + "(?<u>ชั่วโมง|ช\\.?" + S + "ม\\.|ชม\\.?|นาที|วันทำการ|วัน(?!" + S + "ที่)|สัปดาห์|อาทิตย์|เดือน|ปี)");
    /** An hour of the Thai clock, in digits or words ("สาม", "สิบเอ็ด"). */
    private static final String CLOCK_NUMBER = "\\d{1,2}|สิบเอ็ด|สิบสอง|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ";
    private static final Pattern TIME = Pattern.compile(
            "(?:เวลา" + S + ")?(?:ก่อน" + S + ")?(?:(?<midnight>เที่ยงคืน|คืน" + S + "นี้)|(?<noon>เที่ยง(?:วัน(?!" + S + "(?:" + WEEKDAY_WORDS + "|ที่|นี้|พรุ่ง|รุ่ง))|ตรง)?)"
                    + "|(?<h>\\d{1,2})" + S + "[.:]" + S + "(?<mi>\\d{2})(?![.:/]?\\d)(?:" + S + "(?:น\\.?|นาฬิกา))?"
                    + "|(?<h2>\\d{1,2})" + S + "(?:น\\.|นาฬิกา)"
                    // the Thai clock: "บ่ายสามโมง", "บ่ายโมงครึ่ง", "๑๐ โมงเช้า", "สี่โมงเย็น", "สองทุ่ม", "ตีห้า"
                    + "|(?<bai>บ่าย)" + S + "(?:(?<bh>" + CLOCK_NUMBER + ")?" + S + "โมง(?<bhalf>" + S + "ครึ่ง)?|(?<bd>[1-6](?![\\d.:])|หนึ่ง|สอง|สาม|สี่|ห้า|หก))"
                    + "|(?<mh>" + CLOCK_NUMBER + ")" + S + "โมง(?:" + S + "(?<mpart>เช้า|เย็น))?(?:" + S + "ตรง)?(?<mhalf>" + S + "ครึ่ง)?"
                    + "|(?<th>" + CLOCK_NUMBER + ")?" + S + "(?<thum>ทุ่ม)(?<thalf>" + S + "ครึ่ง)?"
                    + "|ตี" + S + "(?<ti>" + CLOCK_NUMBER + ")(?<tihalf>" + S + "ครึ่ง)?"
                    // a part of the day: by its end as offices keep it ("ภายในเช้านี้" by noon, "(ช่วง)บ่ายนี้", "ก่อนเลิกงาน"
                    // and "สิ้นวันทำการ" by 16.30, "เย็นนี้" by 18.00, "ค่ำนี้" by 21.00, สามทุ่ม, when the evening is over)
                    + "|(?:(?:ช่วง|ตอน)" + S + ")?(?<part>เช้า|บ่าย|เย็น|ค่ำ|เลิกงาน|สิ้นวันทำการ)(?:" + S + "นี้)?)");
    private static final Pattern TODAY = Pattern.compile("(?:ใน" + S + ")?วัน" + S + "นี้");
    /** The day after the order: "พรุ่งนี้", "(วัน)รุ่งขึ้น". */
    private static final String NEXT_DAY = "(?:พรุ่ง" + S + "นี้|รุ่ง" + S + "ขึ้น)";
    /** A part of the day said after a day: "เช้า", "ช่วงบ่าย", "ตอนเย็น". */
    private static final String DAY_PART = "(?:ช่วง|ตอน)?" + S + "(?:เช้า|บ่าย|เย็น)";
    private static final Pattern TOMORROW = Pattern.compile("(?:ใน" + S + ")?(?:วัน" + S + ")?" + NEXT_DAY);
    /** The next working day: "ภายในวันทำการถัดไป", "วันทำการหน้า". */
    private static final Pattern NEXT_WORKING_DAY = Pattern.compile("วัน" + S + "ทำการ" + S + "(?:ถัดไป|หน้า|ต่อไป)");
    /** A year as {@link #YEAR} reads it, without its groups. */
    private static final String PLAIN_YEAR = "(?:(?:พ\\.?" + S + "ศ\\.?|ค\\.?" + S + "ศ\\.?)" + S + ")?(?:\\d{4}|\\d{2})(?!\\d|[.:]\\d)";
    /**
     * The date a relative day is restated as, so that the time after it is read with it: "ภายในพรุ่งนี้ (ศุกร์ ๑๘ ก.ย.)
     * เวลา ๑๐.๐๐ น.", "พรุ่งนี้ ๑๗ ก.พ. ๖๙ ก่อน ๑๐.๐๐ น.". The relative day is the one taken.
     */
    private static final Pattern RESTATED = Pattern.compile(
            S + "(?:\\(" + S + "(?:วัน" + S + ")?(?:(?:" + WEEKDAY_WORDS + ")" + S + ")?(?:ที่" + S + ")?\\d{1,2}" + S + "(?:" + MONTH + ")(?:" + S
                    + PLAIN_YEAR + ")?" + S + "\\)|(?:วัน" + S + ")?(?:(?:" + WEEKDAY_WORDS + ")" + S + ")?(?:ที่" + S + ")?\\d{1,2}" + S + "(?:" + MONTH + ")(?:" + S
                    + PLAIN_YEAR + ")?)");
    private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("(?:วัน" + S + ")?มะรืน(?:" + S + "นี้)?");
    private static final Pattern WEEK = Pattern.compile("(?:ใน" + S + ")?(?:สิ้น)?(?:สัปดาห์|อาทิตย์)(?:" + S + "(?<rel>นี้|หน้า))?(?!" + S + "ที่)");
    /** The next day off: "ก่อนวันหยุด", "ก่อนวันหยุดยาวนี้" (before the next weekend or public holiday). */
    private static final Pattern DAY_OFF = Pattern.compile("วัน" + S + "หยุด(?:" + S + "(?:ยาว|นักขัตฤกษ์|ราชการ))?(?:" + S + "นี้)?");
    private static final Pattern MONTH_END = Pattern.compile("(?:ใน" + S + ")?(?:สิ้น" + S + ")?เดือน" + S + "(?<rel>นี้|หน้า)|(?:ใน" + S + ")?สิ้นเดือน");
    private static final Pattern DATE = Pattern.compile(
            "(?:วัน" + S + "(?<wd1>" + WEEKDAY_WORDS + ")?" + S + "(?:ที่" + S + ")?|(?<wd2>" + WEEKDAY_WORDS + "|" + WEEKDAY_ABBREVIATIONS + ")" + S + "(?:ที่" + S + ")?|ที่" + S + ")?"
                    + "(?<d>\\d{1,2})" + S + "(?<m>" + MONTH + ")(?:" + S + YEAR + ")?"
                    + "(?:" + S + "\\(" + S + "(?:วัน)?(?<wd3>" + WEEKDAY_WORDS + ")" + S + "\\))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?:วัน" + S + "(?<wd1>" + WEEKDAY_WORDS + ")?" + S + "(?:ที่" + S + ")?|ที่" + S + ")?"
                    + "(?:(?<d>\\d{1,2})" + S + "(?<sep>[/-])" + S + "(?<m>\\d{1,2})" + S + "\\k<sep>" + S + "(?<y>\\d{4}|\\d{2})"
                    + "|(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2}))(?![\\d/-])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:วัน" + S + "(?<wd>" + WEEKDAY_WORDS + ")|(?<bare>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์))(?:" + S + "(?<rel>นี้|หน้า|ถัดไป))?(?!" + S + "ที่)");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "วัน" + S + "(?<wd>" + WEEKDAY_WORDS + ")?" + S + "ที่" + S + "(?<d>\\d{1,2})(?![\\d.:/-])(?!" + S + "(?!นี้|เวลา|ก่อน|ของ|และ|ให้|โดย|เพื่อ)[\\u0E01-\\u0E4E])");
    private static final Pattern CONNECTOR = Pattern.compile("(?:" + S + "(?:ของ|ใน|ภายใน|ก่อน|ไม่เกิน|นี้|,|\\(|\\)|-))*" + S);
    /** After a lead word: something that looks like a time or a date. */
    private static final Pattern LOOKS_LIKE = Pattern.compile(
            "(?:เวลา" + S + ")?(?:วัน" + S + "ที่|วัน" + S + "(?:" + WEEKDAY_WORDS + ")|เวลา" + S + "\\d|\\d{1,2}" + S + "[.:]" + S + "\\d{2}(?!\\d)|\\d{1,2}" + S + "[/-]" + S + "\\d{1,2}(?!\\d)"
                    + "|\\d{1,2}" + S + "(?:น\\.|นาฬิกา)|\\d{1,2}" + S + "[ก-ฮ]{1,3}\\.|\\d{1,2}" + S + "(?:มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|กรกฏา|สิงหา|กันยา|ตุลา|พฤศจิ|ธันวา))");
    private static final Pattern DAY_BEFORE_LEAD = Pattern.compile("(?:(?<tomorrow>(?:วัน" + S + ")?" + NEXT_DAY + ")|(?<today>วัน" + S + "นี้)|(?<after>(?:วัน" + S + ")?มะรืน(?:" + S + "นี้)?))"
            // "พรุ่งนี้เช้าก่อน ๐๘.๓๐ น.": the part of the day between the day and the lead word
            + "(?:" + S + DAY_PART + ")?" + S + "$");
    private static final int AFTER_PENALTY = 1000;
    private static final Pattern REPORT_WORD = Pattern.compile("รายงาน|ส่ง|แจ้ง\\s*(?:จำนวน|ยอด|ชื่อ|รายชื่อ|ผล|ข้อมูล)|ขอ\\s*(?:ยอด|จำนวน|ตัวเลข|ทราบ)");
    private static final Pattern EVENT_BEFORE = Pattern.compile("ประชุม|เข้าร่วม|พร้อมกัน|ขอเชิญ");
    /** What the figures asked are for, said right before the deadline: "เพื่อประกอบการประชุมกรมการจังหวัด", "เพื่อใช้ในการประชุม…". */
    private static final Pattern FOR_A_MEETING = Pattern.compile(
            "เพื่อ\\s*(?:ใช้\\s*)?(?:ประกอบ|ใช้|นำเสนอ|รายงาน|เสนอ)\\s*(?:ใน)?\\s*(?:ที่)?\\s*(?:การ)?\\s*ประชุม[^\\n]{0,40}$");
    /** Those who take part, as a count names them: "(จิตอาสา)ที่เข้าร่วม", "ที่จะเข้าร่วม", "ผู้เข้าร่วม". */
    private static final Pattern PARTICIPANTS = Pattern.compile("(?:ที่|ผู้)\\s*(?:จะ|ได้)?\\s*เข้าร่วม(?!\\s*(?:ประชุม|กิจกรรม|งาน|พิธี))");
    /**
     * After ก่อน, the meeting a deadline is set by, up to its day or time: "ก่อนประชุมคณะทำงาน ศอ.จอส.จว. วันศุกร์ที่ ๒๐
     * มี.ค. ๖๙ เวลา ๑๓.๓๐ น." is due when the meeting starts.
     */
    private static final Pattern BEFORE_MEETING = Pattern.compile("(?:การ)?ประชุม[^\\n]{0,60}?(?=วัน|เวลา|พรุ่ง|มะรืน|\\d)");

    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private final WorkingCalendar calendar;

    public DeadlineReader(WorkingCalendar calendar) {
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** The calendar working days and last days are counted on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Reads the deadline in {@code text}.
     *
     * @param text the order's text; null reads as no deadline
     * @param posted when the order was posted, in Asia/Bangkok
     */
    public DeadlineReading read(String text, ZonedDateTime posted) {
        requireNonNull(posted, "posted is null");
        if (text == null || text.isEmpty()) {
            return DeadlineReading.none(SpeedClass.NONE);
        }
        SpeedClass speed = SpeedClass.of(text);
        Text t = Text.of(text);
        List<Candidate> candidates = new ArrayList<>();
        Matcher lead = LEAD.matcher(t.s);
        int from = 0;
        while (from < t.s.length() && lead.find(from)) {
            Candidate candidate = readAt(t, lead.start(), lead.end(), lead.group(), posted);
            // a period ("ภายใน ๓ วัน") is never a meeting's time, whatever words stand before it
            if (candidate != null && (candidate.period() || !isEventTime(t, candidate))) {
                candidates.add(candidate);
                from = Math.max(candidate.end, lead.end());
            } else {
                from = lead.end();
            }
        }
        if (candidates.isEmpty()) {
            // no lead word: "รายงานยอดล่าสุดกลับมาในกลุ่มนี้ พรุ่งนี้เช้าแปดโมงครึ่งครับ", the next day and a clock right after a
            // request to report, is when the report is due; a day and a clock with no such request is no deadline
            Matcher bare = BARE_DAY_AND_CLOCK.matcher(t.s);
            if (bare.find() && REPORT_WORD.matcher(t.s.substring(Math.max(0, bare.start() - 60), bare.start())).find()) {
                Candidate candidate = readAt(t, bare.start(), bare.start(), "", posted);
                if (candidate != null && candidate.deadline() != null && candidate.deadline().precision() == Precision.TIME_OF_DAY
                        && !isEventTime(t, candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        return choose(candidates, t, speed);
    }

    /**
     * Every day, or every working day: "ทุกวัน", "ทุกๆ วัน", "ทุกวันทำการ"; not "ทุกวันที่ ๑๕" (a day of each month),
     * "ทุกวันนี้" (nowadays), "ทุกวันหยุด" or "ทุกวันจันทร์" (one weekday a week).
     */
    private static final Pattern EVERY_DAY = Pattern.compile("ทุก" + S + "(?:ๆ" + S + ")?วัน(?<working>" + S + "ทำการ)?(?!" + S
            + "(?:ที่|นี้|หยุด|เสาร์|อาทิตย์|" + WEEKDAY_WORDS + "))");
    /** The first day of the span: "ตั้งแต่", "เริ่ม(ตั้งแต่)". */
    private static final Pattern SPAN_FROM = Pattern.compile("ตั้ง" + S + "แต่|เริ่ม(?:" + S + "ตั้ง" + S + "แต่)?");
    /** The last day of the span: "(จน)ถึง", "สิ้นสุด". */
    private static final Pattern SPAN_TO = Pattern.compile("(?:จน" + S + ")?ถึง|สิ้นสุด");
    /** Days of one month written as a range: "๑๐ - ๑๓ มี.ค. ๖๙", "วันที่ 10–13 มีนาคม". */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<d1>\\d{1,2})" + S + "[-–]" + S + "(?<last>\\d{1,2}" + S + "(?:" + MONTH + ")(?:" + S + PLAIN_YEAR + ")?)");
    /** A clock a daily report is due by: digits, noon, or the Thai clock; not a part of the day alone. */
    private static final Pattern DAILY_CLOCK = Pattern.compile("(?:เวลา" + S + "|ก่อน" + S + "|ภายใน" + S + "(?:เวลา" + S + ")?)?(?:เที่ยง(?:วัน|ตรง)?(?!คืน)"
            + "|\\d{1,2}" + S + "[.:]" + S + "\\d{2}(?![.:/]?\\d)(?:" + S + "(?:น\\.?|นาฬิกา))?|\\d{1,2}" + S + "(?:น\\.|นาฬิกา)"
            + "|บ่าย" + S + "(?:" + CLOCK_NUMBER + ")?" + S + "โมง(?:" + S + "ครึ่ง)?|(?:" + CLOCK_NUMBER + ")" + S + "โมง(?:" + S + "(?:เช้า|เย็น))?(?:" + S + "ครึ่ง)?)");
    /** Where the clock after a day of the span begins. */
    private static final Pattern SPAN_CLOCK_AFTER = Pattern.compile("\\s(?:ก่อน|ภายใน|เวลา|ไม่เกิน)");
    /** How far from "ทุกวัน" its clock and its span are looked for, in characters. */
    private static final int DAILY_REACH = 120;
    /** The longest span a daily series is opened for, in days. */
    static final int DAILY_MAX_DAYS = 31;
    /** A daily series with no first day starts on the order's day when that day's deadline is this long after it. */
    private static final Duration DAILY_SAME_DAY = Duration.ofHours(3);

    /**
     * Reads an order asking for a report every day over a span it states: "ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้ (๑๐ มี.ค.)
     * ถึงวันศุกร์ที่ ๑๓ มี.ค. ๒๕๖๙", "รายงานทุกวันทำการ ภายในเวลา ๑๖.๓๐ น. จนถึงวันที่ ๓๐ ก.ย.", "ทุกวัน ระหว่างวันที่ ๑๐-๑๓ มี.ค.".
     * Each day of the span (each working day for "ทุกวันทำการ") is due at the clock said, else at its end. With no first
     * day, the span starts on the order's day when that day's deadline is at least three hours after the order, else the
     * next day. Days whose deadline is not after the order are left out.
     *
     * @return the series, or null when the text asks for no report every day, states no last day, or the span holds
     *     fewer than two days or more than {@value #DAILY_MAX_DAYS}
     */
    public DailyDeadlines readDaily(String text, ZonedDateTime posted) {
        requireNonNull(posted, "posted is null");
        if (text == null || text.indexOf("ทุก") < 0) {
            return null;
        }
        Text t = Text.of(text);
        Matcher every = EVERY_DAY.matcher(t.s);
        while (every.find()) {
            DailyDeadlines series = dailyAt(t, every, posted);
            if (series != null) {
                return series;
            }
        }
        return null;
    }

    private DailyDeadlines dailyAt(Text t, Matcher every, ZonedDateTime posted) {
        boolean working = every.group("working") != null;
        int lo = Math.max(0, every.start() - DAILY_REACH);
        int hi = Math.min(t.s.length(), every.end() + DAILY_REACH);
        // the last day: the first "ถึง…" in reach that reads as a day, else a range of days of one month
        LocalDate last = null;
        int toStart = -1;
        int spanEnd = -1;
        LocalDate rangeFirst = null;
        Matcher to = SPAN_TO.matcher(t.s).region(lo, hi);
        while (last == null && to.find()) {
            Deadline day = day(t.s.substring(to.end(), Math.min(t.s.length(), to.end() + 40)), posted);
            if (day != null) {
                last = day.day();
                toStart = to.start();
                spanEnd = to.end();
            }
        }
        if (last == null) {
            Matcher range = DAY_RANGE.matcher(t.s).region(lo, hi);
            if (range.find()) {
                Deadline day = day(range.group("last"), posted);
                if (day != null) {
                    last = day.day();
                    int d1 = Integer.parseInt(range.group("d1"));
                    LocalDate month = d1 <= last.getDayOfMonth() ? last : last.minusMonths(1);
                    rangeFirst = d1 <= month.lengthOfMonth() ? month.withDayOfMonth(d1) : null;
                    toStart = range.start();
                    spanEnd = range.end();
                }
            }
        }
        if (last == null) {
            return null;
        }
        LocalTime clock = dailyClock(t, every, lo, hi, posted);
        // the first day: "ตั้งแต่…" before the last day, else the order's day or the next
        LocalDate first = rangeFirst;
        int phraseStart = Math.min(every.start(), toStart);
        if (first == null) {
            Matcher from = SPAN_FROM.matcher(t.s).region(lo, toStart);
            while (from.find()) {
                Deadline day = day(t.s.substring(from.end(), toStart), posted);
                if (day != null) {
                    first = day.day();
                    phraseStart = Math.min(phraseStart, from.start());
                }
            }
        }
        if (first == null) {
            LocalDate today = posted.toLocalDate();
            ZonedDateTime due = clock != null ? today.atTime(clock).atZone(posted.getZone()) : today.plusDays(1).atStartOfDay(posted.getZone());
            first = Duration.between(posted, due).compareTo(DAILY_SAME_DAY) >= 0 ? today : today.plusDays(1);
        }
        if (last.isBefore(first) || first.plusDays(DAILY_MAX_DAYS).isBefore(last)) {
            return null;
        }
        List<Deadline> deadlines = new ArrayList<>();
        String phrase = t.phrase(phraseStart, Math.max(every.end(), spanEnd));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (working && !calendar.isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime due = clock != null ? day.atTime(clock).atZone(posted.getZone()) : day.plusDays(1).atStartOfDay(posted.getZone());
            if (due.isAfter(posted)) {
                deadlines.add(new Deadline(due, clock != null ? Precision.TIME_OF_DAY : Precision.END_OF_DAY, phrase));
            }
        }
        if (deadlines.size() < 2) {
            return null;
        }
        LocalDate a = deadlines.get(0).day();
        LocalDate b = deadlines.get(deadlines.size() - 1).day();
        // "ตั้งแต่ 10 ถึง 13 มี.ค. 2569": the first day's month and year said only when the last day's differ
        boolean sameMonth = a.getMonth() == b.getMonth() && a.getYear() == b.getYear();
        String thai = (working ? "ทุกวันทำการ" : "ทุกวัน") + (clock != null ? String.format(" เวลา %02d.%02d น.", clock.getHour(), clock.getMinute()) : "")
                + " ตั้งแต่ " + (sameMonth ? String.valueOf(a.getDayOfMonth()) : Deadline.thaiDate(a)) + " ถึง " + Deadline.thaiDate(b);
        String english = (working ? "every working day" : "every day") + (clock != null ? String.format(" by %02d:%02d", clock.getHour(), clock.getMinute()) : "")
                + ", " + Deadline.englishDate(a) + " to " + Deadline.englishDate(b);
        return new DailyDeadlines(deadlines, thai, english);
    }

    /** A day as a deadline phrase names it ("พรุ่งนี้ (๑๐ มี.ค.)", "วันศุกร์ที่ ๑๓ มี.ค. ๒๕๖๙"), or null when the words name none. */
    private Deadline day(String words, ZonedDateTime posted) {
        String w = words.strip();
        // the day alone, not a clock said after it ("ถึงวันศุกร์ ก่อน ๑๐.๐๐ น.")
        Matcher clockAfter = SPAN_CLOCK_AFTER.matcher(w);
        if (clockAfter.find()) {
            w = w.substring(0, clockAfter.start()).strip();
        }
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
            return null;
        }
        // read from the start of the order's day: "พรุ่งนี้" is the day after it, whatever the minute
        DeadlineReading reading = read("ภายใน" + w, posted.toLocalDate().atStartOfDay(posted.getZone()));
        Deadline deadline = reading.deadline();
        // the day must be what the words open with, not one named further on
        if (deadline == null || deadline.precision() == Precision.ELAPSED || !reading.phrase().startsWith("ภายใน" + w.substring(0, Math.min(2, w.length())))) {
            return null;
        }
        return deadline;
    }

    /** The clock of a daily series, said near "ทุกวัน" and outside the span's days; null when none (due at each day's end). */
    private LocalTime dailyClock(Text t, Matcher every, int lo, int hi, ZonedDateTime posted) {
        Matcher clock = DAILY_CLOCK.matcher(t.s).region(Math.max(lo, every.start() - 40), Math.min(hi, every.end() + 40));
        LocalTime nearest = null;
        int distance = Integer.MAX_VALUE;
        while (clock.find()) {
            DeadlineReading reading = read("ภายใน " + clock.group(), posted.toLocalDate().atStartOfDay(posted.getZone()));
            if (reading.deadline() != null && reading.deadline().precision() == Precision.TIME_OF_DAY) {
                int d = clock.start() >= every.end() ? clock.start() - every.end() : every.start() - clock.end();
                if (d < distance) {
                    distance = d;
                    nearest = reading.deadline().due().toLocalTime();
                }
            }
        }
        return nearest;
    }

    /** The next day, its part of the day, and a clock: "พรุ่งนี้เช้าแปดโมงครึ่ง", "พรุ่งนี้ ๐๙.๓๐ น.", "พรุ่งนี้เที่ยง". */
    private static final Pattern BARE_DAY_AND_CLOCK = Pattern.compile(
            "(?<!ภายใน" + S + ")(?:วัน" + S + ")?" + NEXT_DAY + "(?=" + S + "(?:" + DAY_PART + S + ")?(?:เวลา" + S + ")?"
                    + "(?:\\d{1,2}" + S + "[.:]" + S + "\\d{2}|(?:" + CLOCK_NUMBER + ")" + S + "โมง|เที่ยง(?!" + S + "คืน)))");

    /** Whether the text names a period counted in days: working days, days, weeks, months or years. */
    public static boolean countsDays(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = DURATION.matcher(Text.of(text).s);
        while (m.find()) {
            if (!m.group("u").startsWith("ช") && !m.group("u").equals("นาที")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // One lead word

    /** A deadline (or a problem) read after one lead word. */
    private record Candidate(int start, int end, Status status, Deadline deadline, String problem, boolean period) {}

    /** What a day part of a phrase names. */
    private record Day(LocalDate date, String problem, Status status, String phraseForProblem) {
        static Day of(LocalDate date) {
            return new Day(date, null, null, null);
        }

        /**
         * This day, with a remark when the text named another weekday: the later of the two readings wins, as a district
         * reading either takes the later to be the deadline. "วันศุกร์ที่ ๒๔ ก.ย. ๖๙", the 24th a Thursday, is Friday the 25th
         * (the sender corrected it so); "วันพฤหัสที่ ๕ ธ.ค." with the 5th a Friday is the 5th. The named weekday counts only
         * within three days after the date.
         */
        Day withWeekdayCheck(DayOfWeek named) {
            if (named == null || date.getDayOfWeek() == named) {
                return this;
            }
            String wrong = date.getDayOfMonth() + " " + ENGLISH_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear()
                    + " is a " + englishDay(date.getDayOfWeek()) + ", not a " + englishDay(named);
            LocalDate weekday = date.with(TemporalAdjusters.next(named));
            if (weekday.toEpochDay() - date.toEpochDay() <= 3) {
                return new Day(weekday, wrong + "; the later, " + englishDay(named) + " " + weekday.getDayOfMonth() + " "
                        + ENGLISH_MONTHS.get(weekday.getMonthValue() - 1) + ", is used", null, null);
            }
            return new Day(date, wrong + "; the date is used", null, null);
        }
    }

    private static String englishDay(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Candidate readAt(Text t, int leadStart, int leadEnd, String leadWord, ZonedDateTime posted) {
        boolean before = leadWord.equals("ก่อน");
        Cursor c = new Cursor(t.s, leadEnd);
        c.skip(CONNECTOR);
        if (before && c.match(BEFORE_MEETING) != null) {
            c.skip(CONNECTOR);
        }
        if (!before && !leadWord.startsWith("หมดเขต") && !leadWord.startsWith("ส่งได้")) {
            Matcher duration = c.match(DURATION);
            if (duration != null) {
                return period(t, leadStart, c.pos, duration, posted);
            }
        }
        int partsStart = c.pos;
        Matcher time = null;
        Day day = null;
        int end = -1;
        for (int part = 0; part < 2; part++) {
            if (part > 0) {
                c.skip(CONNECTOR);
            }
            Matcher m;
            if (time == null && (m = c.match(TIME)) != null) {
                time = m;
                end = c.pos;
                continue;
            }
            if (day == null && (day = day(c, posted)) != null) {
                end = c.pos;
                continue;
            }
            break;
        }
        if (time != null && time.group("part") != null) {
            // "ภายในเช้าวันพรุ่งนี้ ๐๙.๐๐ น.": a time of the clock after the part of the day is the deadline
            int afterParts = c.pos;
            c.skip(CONNECTOR);
            Matcher exact = c.match(TIME);
            if (exact != null && exact.group("part") == null) {
                time = exact;
                end = c.pos;
            } else {
                c.pos = afterParts;
            }
        }
        int start = leadStart;
        if (time != null && day == null) {
            // "พรุ่งนี้ก่อนเที่ยง": the day stands before the lead word
            int from = Math.max(0, leadStart - 20);
            Matcher back = DAY_BEFORE_LEAD.matcher(t.s.substring(from, leadStart));
            if (back.find()) {
                LocalDate orderDay = posted.toLocalDate();
                day = Day.of(back.group("tomorrow") != null ? orderDay.plusDays(1) : back.group("after") != null ? orderDay.plusDays(2) : orderDay);
                start = from + back.start();
            }
        }
        if (time == null && day == null) {
            c.pos = partsStart;
            if (c.match(LOOKS_LIKE) != null) {
                int stop = wordsEnd(t.s, c.pos, 2);
                return new Candidate(leadStart, stop, Status.NOT_READ, null,
                        "'" + t.phrase(leadStart, stop) + "' looks like a deadline but is not a date or time the engine reads", false);
            }
            return null;
        }
        String phrase = t.phrase(start, end);
        if (day != null && day.status != null) {
            return new Candidate(start, end, day.status, null, day.problem, false);
        }
        LocalDate date = day == null ? posted.toLocalDate() : day.date;
        ZonedDateTime due;
        Precision precision;
        if (time != null) {
            LocalTime at;
            int clock = clockHour(time);
            if (time.group("midnight") != null) {
                at = LocalTime.MIDNIGHT;
                date = date.plusDays(1);
            } else if (time.group("noon") != null) {
                at = LocalTime.NOON;
            } else if (clock >= 0) {
                if (clock > 23) {
                    return new Candidate(start, end, Status.IMPOSSIBLE_DATE, null, "'" + t.phrase(start, end) + "' is not a time of day", false);
                }
                at = LocalTime.of(clock, clockHalf(time) ? 30 : 0);
                if (time.group("ti") != null && day == null && !date.atTime(at).isAfter(posted.toLocalDateTime())) {
                    // "ภายในตีสองคืนนี้" written in the evening: the small hours of the night to come
                    date = date.plusDays(1);
                }
            } else if (time.group("part") != null) {
                at = switch (time.group("part")) {
                    case "เช้า" -> LocalTime.NOON;
                    case "เย็น" -> LocalTime.of(18, 0);
                    case "ค่ำ" -> LocalTime.of(21, 0);
                    default -> LocalTime.of(16, 30);
                };
            } else {
                int hour = Integer.parseInt(time.group("h") != null ? time.group("h") : time.group("h2"));
                int minute = time.group("mi") == null ? 0 : Integer.parseInt(time.group("mi"));
                if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
                    return new Candidate(start, end, Status.IMPOSSIBLE_DATE, null,
                            String.format("%02d:%02d is not a time of day", hour, minute), false);
                }
                if (hour == 24) {
                    at = LocalTime.MIDNIGHT;
                    date = date.plusDays(1);
                } else {
                    at = LocalTime.of(hour, minute);
                }
            }
            due = date.atTime(at).atZone(posted.getZone());
            precision = Precision.TIME_OF_DAY;
        } else {
            due = (before ? date : date.plusDays(1)).atStartOfDay(posted.getZone());
            precision = Precision.END_OF_DAY;
        }
        Deadline deadline = new Deadline(due, precision, phrase);
        if (!due.isAfter(posted)) {
            String problem = time != null && day == null
                    ? String.format("%02d:%02d on the day of the order is before the order was posted", due.getHour(), due.getMinute())
                    : deadline.english().replaceFirst("^by ", "") + " is before the order was posted ("
                            + posted.toLocalDate() + " " + String.format("%02d:%02d", posted.getHour(), posted.getMinute()) + ")";
            return new Candidate(start, end, Status.BEFORE_ORDER, deadline, problem, false);
        }
        return new Candidate(start, end, Status.READ, deadline, day == null ? null : day.problem, false);
    }

    /**
     * The hour a Thai clock phrase names, or -1 when the phrase is none: บ่าย + n โมง is 12 + n (บ่ายโมง 13); n โมงเช้า is
     * n; n โมงเย็น is 12 + n; n โมง alone is n from seven to twelve and 12 + n from one to six, as office hours read it
     * ("ก่อนสี่โมง" is 16.00); n ทุ่ม is 18 + n (ทุ่ม alone 19); ตี n is n.
     */
    private static int clockHour(Matcher time) {
        if (time.group("bai") != null) {
            // "บ่าย ๓" and "ก่อนบ่ายสาม" are three in the afternoon as "บ่ายสามโมง" is
            String hour = time.group("bh") != null ? time.group("bh") : time.group("bd");
            return 12 + (hour == null ? 1 : number(hour));
        }
        if (time.group("mh") != null) {
            int n = number(time.group("mh"));
            String part = time.group("mpart");
            if ("เช้า".equals(part)) {
                return n;
            }
            if ("เย็น".equals(part)) {
                return n < 12 ? 12 + n : n;
            }
            return n >= 7 ? n : 12 + n;
        }
        if (time.group("thum") != null) {
            return 18 + (time.group("th") == null ? 1 : number(time.group("th")));
        }
        if (time.group("ti") != null) {
            return number(time.group("ti"));
        }
        return -1;
    }

    /** Whether a Thai clock phrase says ครึ่ง, half past. */
    private static boolean clockHalf(Matcher time) {
        return time.group("bhalf") != null || time.group("mhalf") != null || time.group("thalf") != null || time.group("tihalf") != null;
    }

    /** A period after the order: hours, minutes, days, working days, weeks, months or years. */
    private Candidate period(Text t, int leadStart, int end, Matcher m, ZonedDateTime posted) {
        String phrase = t.phrase(leadStart, end);
        String unit = m.group("u");
        if (m.group("n").equals("ครึ่ง") && unit.startsWith("ช")) {
            // "ภายในครึ่งชั่วโมง": thirty minutes
            return new Candidate(leadStart, end, Status.READ, new Deadline(posted.plus(Duration.ofMinutes(30)), Precision.ELAPSED, phrase), null, true);
        }
        int n = number(m.group("n"));
        if (n <= 0) {
            return new Candidate(leadStart, end, Status.NOT_READ, null, "'" + phrase + "' is not a period of 1 or more", true);
        }
        LocalDate orderDay = posted.toLocalDate();
        if (unit.startsWith("ช") || unit.equals("นาที")) {
            Duration length = unit.equals("นาที") ? Duration.ofMinutes(n) : Duration.ofHours(n);
            return new Candidate(leadStart, end, Status.READ, new Deadline(posted.plus(length), Precision.ELAPSED, phrase), null, true);
        }
        LocalDate last;
        if (unit.equals("วันทำการ")) {
            last = calendar.plusWorkingDays(orderDay, n);
        } else {
            if (unit.equals("วัน")) {
                last = orderDay.plusDays(n);
            } else {
                LocalDate start = orderDay.plusDays(1);
                last = unit.equals("สัปดาห์") || unit.equals("อาทิตย์") ? start.plusWeeks(n).minusDays(1)
                        : endOfMonths(start, unit.equals("ปี") ? 12L * n : n);
            }
            last = calendar.workingDayOnOrAfter(last);
        }
        Deadline deadline = new Deadline(last.plusDays(1).atStartOfDay(posted.getZone()), Precision.END_OF_DAY, phrase);
        return new Candidate(leadStart, end, Status.READ, deadline, null, true);
    }

    /**
     * The last day of a period of {@code months} months starting on {@code start} (s.193/5): the day
     * before the day of the last month that corresponds to {@code start}, or the last day of that
     * month when it has no such day.
     */
    static LocalDate endOfMonths(LocalDate start, long months) {
        YearMonth lastMonth = YearMonth.from(start).plusMonths(months);
        if (start.getDayOfMonth() > lastMonth.lengthOfMonth()) {
            return lastMonth.atEndOfMonth();
        }
        return lastMonth.atDay(start.getDayOfMonth()).minusDays(1);
    }

    /** A day named at the cursor, or null (the cursor is left where it was). */
    private Day day(Cursor c, ZonedDateTime posted) {
        LocalDate orderDay = posted.toLocalDate();
        Matcher m;
        if ((m = c.match(DATE)) != null) {
            return date(ThaiText.asciiDigits(m.group("d")), MONTH_KEYS.get(monthKey(m.group("m"))), m.group("y"), m.group("era"),
                    weekday(m.group("wd1"), m.group("wd2"), m.group("wd3")), orderDay, m.group());
        }
        if ((m = c.match(NUMERIC_DATE)) != null) {
            if (m.group("iy") != null) {
                return date(m.group("id"), Integer.parseInt(m.group("im")), m.group("iy"), "ค.ศ.", null, orderDay, m.group());
            }
            return date(m.group("d"), Integer.parseInt(m.group("m")), m.group("y"), null, weekday(m.group("wd1"), null, null), orderDay, m.group());
        }
        if (c.match(TODAY) != null) {
            c.skip(RESTATED);
            return Day.of(orderDay);
        }
        if (c.match(TOMORROW) != null) {
            c.skip(RESTATED);
            return Day.of(orderDay.plusDays(1));
        }
        if (c.match(DAY_AFTER_TOMORROW) != null) {
            return Day.of(orderDay.plusDays(2));
        }
        if (c.match(NEXT_WORKING_DAY) != null) {
            return Day.of(calendar.plusWorkingDays(orderDay, 1));
        }
        if ((m = c.match(WEEK)) != null) {
            boolean next = "หน้า".equals(m.group("rel"));
            LocalDate friday = orderDay.plusWeeks(next ? 1 : 0).with(DayOfWeek.FRIDAY);
            // posted on a Saturday or Sunday, "this week" ends with the week itself (its Sunday)
            return Day.of(friday.isBefore(orderDay) ? orderDay.with(DayOfWeek.SUNDAY) : friday);
        }
        if (c.match(DAY_OFF) != null) {
            // the first day after the order's that is not a working day: "ก่อนวันหยุด" ends as it starts
            LocalDate day = orderDay.plusDays(1);
            while (calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return Day.of(day);
        }
        if ((m = c.match(MONTH_END)) != null) {
            boolean next = "หน้า".equals(m.group("rel"));
            return Day.of(YearMonth.from(orderDay).plusMonths(next ? 1 : 0).atEndOfMonth());
        }
        if ((m = c.match(DAY_OF_MONTH)) != null) {
            int d = Integer.parseInt(m.group("d"));
            DayOfWeek named = weekday(m.group("wd"), null, null);
            if (d < 1 || d > 31) {
                return new Day(null, "day " + d + " does not exist", Status.IMPOSSIBLE_DATE, null);
            }
            LocalDate date = orderDay;
            while (date.getDayOfMonth() != d) {
                date = date.plusDays(1);
            }
            return Day.of(date).withWeekdayCheck(named);
        }
        if ((m = c.match(WEEKDAY)) != null) {
            DayOfWeek named = weekday(m.group("wd") != null ? m.group("wd") : m.group("bare"), null, null);
            String rel = m.group("rel");
            if ("หน้า".equals(rel) || "ถัดไป".equals(rel)) {
                return Day.of(orderDay.plusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(named)));
            }
            return Day.of(orderDay.with(TemporalAdjusters.nextOrSame(named)));
        }
        return null;
    }

    /** A calendar date, its year resolved against the order's day. */
    private static Day date(String dayText, int month, String yearText, String era, DayOfWeek named, LocalDate orderDay, String words) {
        int d = Integer.parseInt(dayText);
        if (d < 1 || d > 31 || month < 1 || month > 12) {
            return new Day(null, (month >= 1 && month <= 12 ? d + " " + ENGLISH_MONTHS.get(month - 1) : "month " + month) + " does not exist",
                    Status.IMPOSSIBLE_DATE, words);
        }
        LocalDate best = null;
        if (yearText == null) {
            // the next such date on or after the order's day (29 February: the next leap year)
            for (int year = orderDay.getYear(); year <= orderDay.getYear() + 8 && best == null; year++) {
                LocalDate candidate = valid(year, month, d);
                if (candidate != null && !candidate.isBefore(orderDay)) {
                    best = candidate;
                }
            }
        } else {
            int written = Integer.parseInt(yearText);
            List<Integer> years = new ArrayList<>();
            String eraKey = era == null ? "" : era.replaceAll("[.\\s]", "");
            if (yearText.length() == 4) {
                if (!eraKey.equals("คศ")) {
                    years.add(written - ThaiText.BUDDHIST_ERA_OFFSET);
                }
                if (!eraKey.equals("พศ")) {
                    years.add(written);
                }
            } else {
                if (!eraKey.equals("คศ")) {
                    years.add(2500 + written - ThaiText.BUDDHIST_ERA_OFFSET);
                    years.add(2400 + written - ThaiText.BUDDHIST_ERA_OFFSET);
                    years.add(2600 + written - ThaiText.BUDDHIST_ERA_OFFSET);
                }
                if (!eraKey.equals("พศ")) {
                    years.add(2000 + written);
                    years.add(1900 + written);
                }
            }
            // the reading closest to the order
            years.sort((a, b) -> Integer.compare(Math.abs(a - orderDay.getYear()), Math.abs(b - orderDay.getYear())));
            int year = years.get(0);
            best = valid(year, month, d);
            if (best == null) {
                return new Day(null, d + " " + ENGLISH_MONTHS.get(month - 1) + " " + year + " does not exist", Status.IMPOSSIBLE_DATE, words);
            }
        }
        if (best == null) {
            return new Day(null, d + " " + ENGLISH_MONTHS.get(month - 1) + " does not exist", Status.IMPOSSIBLE_DATE, words);
        }
        return Day.of(best).withWeekdayCheck(named);
    }

    private static LocalDate valid(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Choosing among several

    private static DeadlineReading choose(List<Candidate> candidates, Text t, SpeedClass speed) {
        List<Candidate> read = candidates.stream().filter(c -> c.status == Status.READ).toList();
        if (!read.isEmpty()) {
            List<Candidate> dated = read.stream().filter(c -> !c.period).toList();
            List<Candidate> pool = dated.isEmpty() ? read : dated;
            Candidate best = nearestToReportWord(pool, t, true);
            return new DeadlineReading(Status.READ, best.deadline, best.deadline.phrase(), best.problem, speed);
        }
        if (candidates.isEmpty()) {
            return DeadlineReading.none(speed);
        }
        Candidate best = nearestToReportWord(candidates, t, false);
        return new DeadlineReading(best.status, best.deadline, t.phrase(best.start, best.end), best.problem, speed);
    }

    /** The candidate nearest to a report word; without one, or on a tie, the latest (or the first). */
    private static Candidate nearestToReportWord(List<Candidate> pool, Text t, boolean latest) {
        if (pool.size() == 1) {
            return pool.get(0);
        }
        List<int[]> reportWords = new ArrayList<>();
        Matcher m = REPORT_WORD.matcher(t.s);
        while (m.find()) {
            reportWords.add(new int[] {m.start(), m.end()});
        }
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate candidate : pool) {
            // a report word before the deadline counts, one after it counts far less
            int distance = Integer.MAX_VALUE;
            for (int[] word : reportWords) {
                int d = word[0] >= candidate.start && word[0] < candidate.end ? 0
                        : word[1] <= candidate.start ? candidate.start - word[1]
                        : AFTER_PENALTY + Math.max(0, word[0] - candidate.end);
                distance = Math.min(distance, d);
            }
            boolean better = best == null || distance < bestDistance
                    || (distance == bestDistance && latest && candidate.deadline.due().isAfter(best.deadline.due()));
            if (better) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A time or date that belongs to a meeting or an event rather than to an answer: a meeting word
     * (ประชุม, เข้าร่วม, พร้อมกัน, ขอเชิญ) in the 25 characters before the lead word and not in brackets closed before it,
     * or a venue (ณ)
     * right after the phrase; unless a report word (รายงาน, ส่ง) is in the 40 characters before it.
     */
    private static boolean isEventTime(Text t, Candidate candidate) {
        String near = t.s.substring(Math.max(0, candidate.start - 40), candidate.start);
        if (REPORT_WORD.matcher(near).find()) {
            return false;
        }
        int after = candidate.end;
        while (after < t.s.length() && t.s.charAt(after) == ' ') {
            after++;
        }
        // a bracket closed before the lead word was a note on the form ("(สถานที่ วันที่ จำนวนจิตอาสาที่คาดว่าจะเข้าร่วม)
        // ภายในวันอังคารที่ ๒๕ พ.ย."), not the event the time is for
        String before = t.s.substring(Math.max(0, candidate.start - 25), candidate.start);
        before = before.substring(before.lastIndexOf(')') + 1);
        // "จำนวนจิตอาสาที่เข้าร่วม ภายในเวลา ๑๖.๓๐ น.": who is counted, not an event the time is for; nor is "(ขอยอด…) เพื่อ
        // ประกอบการประชุมกรมการจังหวัด ภายในเวลา ๑๒.๐๐ น. วันนี้", the meeting the figures are for
        before = PARTICIPANTS.matcher(before).replaceAll(" ");
        before = FOR_A_MEETING.matcher(t.s.substring(Math.max(0, candidate.start - 60), candidate.start)).find() ? "" : before;
        return t.s.startsWith("ณ", after) || EVENT_BEFORE.matcher(before).find();
    }

    // ---------------------------------------------------------------------------------------------
    // Words

    private static DayOfWeek weekday(String... words) {
        for (String word : words) {
            if (word == null) {
                continue;
            }
            String w = word.replace(".", "").replace("ฯ", "").trim();
            switch (w) {
                case "จันทร์", "จ" -> { return DayOfWeek.MONDAY; }
                case "อังคาร", "อ" -> { return DayOfWeek.TUESDAY; }
                case "พุธ", "พ" -> { return DayOfWeek.WEDNESDAY; }
                case "พฤหัสบดี", "พฤหัส", "พฤ" -> { return DayOfWeek.THURSDAY; }
                case "ศุกร์", "ศ" -> { return DayOfWeek.FRIDAY; }
                case "เสาร์", "ส" -> { return DayOfWeek.SATURDAY; }
                case "อาทิตย์", "อา" -> { return DayOfWeek.SUNDAY; }
                default -> { }
            }
        }
        return null;
    }

    /** A number written in digits (Thai or Arabic) or in Thai words ("สาม", "สิบเอ็ด", "ยี่สิบ"); 0 when it is none. */
    public static int number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        int value = 0;
        int digit = 0;
        String rest = text;
        while (!rest.isEmpty()) {
            boolean found = false;
            for (Map.Entry<String, Integer> entry : THAI_DIGITS.entrySet()) {
                if (rest.startsWith(entry.getKey())) {
                    rest = rest.substring(entry.getKey().length());
                    int v = entry.getValue();
                    if (v == 10) {
                        value += (digit == 0 ? 1 : digit) * 10;
                        digit = 0;
                    } else {
                        digit = v;
                    }
                    found = true;
                    break;
                }
            }
            if (!found) {
                return 0;
            }
        }
        return value + digit;
    }

    private static final Map<String, Integer> THAI_DIGITS = thaiDigits();

    private static Map<String, Integer> thaiDigits() {
        Map<String, Integer> digits = new LinkedHashMap<>();
        digits.put("หนึ่ง", 1);
        digits.put("เอ็ด", 1);
        digits.put("ยี่", 2);
        digits.put("สอง", 2);
        digits.put("สาม", 3);
        digits.put("สี่", 4);
        digits.put("ห้า", 5);
        digits.put("หก", 6);
        digits.put("เจ็ด", 7);
        digits.put("แปด", 8);
        digits.put("เก้า", 9);
        digits.put("สิบ", 10);
        return digits;
    }

    /**
     * How a month is written, as a regular expression without groups: in full (ตุลาคม, also กรกฏาคม), short (ตุลา) or
     * abbreviated, its dots and a space optional (ต.ค., ตค., ต. ค.).
     */
    public static String monthRegex() {
        return MONTH;
    }

    /** The month (1–12) of a month as {@link #monthRegex} matches it, or 0. */
    public static int month(String written) {
        return MONTH_KEYS.getOrDefault(monthKey(written), 0);
    }

    private static String monthKey(String written) {
        return written.replaceAll("[.\\s]", "");
    }

    private static Map<String, Integer> monthKeys() {
        Map<String, Integer> keys = new LinkedHashMap<>();
        String[][] names = {
            {"มกราคม", "มกรา", "มค"}, {"กุมภาพันธ์", "กุมภาพันธ", "กุมภา", "กพ"}, {"มีนาคม", "มีนา", "มีค"}, {"เมษายน", "เมษา", "เมย"},
            {"พฤษภาคม", "พฤษภา", "พค"}, {"มิถุนายน", "มิถุนา", "มิย"}, {"กรกฎาคม", "กรกฏาคม", "กรกฎา", "กรกฏา", "กค"},
            {"สิงหาคม", "สิงหา", "สค"}, {"กันยายน", "กันยา", "กย"}, {"ตุลาคม", "ตุลา", "ตค"},
            {"พฤศจิกายน", "พฤศจิกา", "พย"}, {"ธันวาคม", "ธันวา", "ธค"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                keys.put(name, i + 1);
            }
        }
        return keys;
    }

    /** Full names and short names first, then abbreviations with their dots and a space optional. */
    private static String monthPattern() {
        List<String> words = new ArrayList<>();
        List<String> abbreviations = new ArrayList<>();
        for (String key : monthKeys().keySet()) {
            if (key.length() > 3) {
                words.add(key);
            } else {
                StringBuilder abbreviation = new StringBuilder();
                // the last consonant of the abbreviation starts its second part: ม.ค., มี.ค., เม.ย.
                int split = key.length() - 1;
                abbreviation.append(Pattern.quote(key.substring(0, split))).append("\\.?").append(S)
                        .append(Pattern.quote(key.substring(split))).append("\\.?");
                abbreviations.add(abbreviation.toString());
            }
        }
        words.sort((a, b) -> b.length() - a.length());
        // a month word must end there (or go on with นี้): "ธันวาคาม" is no month
        return "(?:" + String.join("|", words) + ")(?=นี้|[^\\u0E01-\\u0E4E]|$)|" + String.join("|", abbreviations);
    }

    /** The end of the {@code words}-th run of non-spaces from {@code from}, at most 40 characters on. */
    private static int wordsEnd(String s, int from, int words) {
        int i = from;
        int limit = Math.min(s.length(), from + 40);
        int seen = 0;
        while (i < limit && seen < words) {
            while (i < limit && s.charAt(i) == ' ') {
                i++;
            }
            while (i < limit && s.charAt(i) != ' ') {
                i++;
            }
            seen++;
        }
        return i;
    }

    /** Matches patterns at a position of a string. */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        /** The match at the cursor (the cursor moves past it), or null. */
        Matcher match(Pattern pattern) {
            Matcher m = pattern.matcher(s);
            m.region(pos, s.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (m.lookingAt() && m.end() > pos) {
                pos = m.end();
                return m;
            }
            return null;
        }

        void skip(Pattern pattern) {
            match(pattern);
        }
    }

    /**
     * The text as read: Thai digits as ASCII digits, runs of spaces (and no-break and zero-width
     * spaces, tabs, line breaks) as one space, ํา as ำ; with the position of each character in
     * the text as written, so that phrases are reported as written.
     */
    private static final class Text {
        final String original;
        final String s;
        final int[] map;

        private Text(String original, String s, int[] map) {
            this.original = original;
            this.s = s;
            this.map = map;
        }

        static Text of(String written) {
            String original = Normalizer.isNormalized(written, Normalizer.Form.NFC) ? written : Normalizer.normalize(written, Normalizer.Form.NFC);
            StringBuilder s = new StringBuilder(original.length());
            int[] map = new int[original.length() + 1];
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char ch = original.charAt(i);
                if (ch == '\u200B' || ch == '\uFEFF') {
                    continue;
                }
                if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F') {
                    if (!space && s.length() > 0) {
                        map[s.length()] = i;
                        s.append(' ');
                    }
                    space = true;
                    continue;
                }
                space = false;
                if (ch >= '๐' && ch <= '๙') {
                    ch = (char) ('0' + (ch - '๐'));
                } else if (ch == '\u0E4D' && i + 1 < original.length() && original.charAt(i + 1) == '\u0E32') {
                    map[s.length()] = i;
                    s.append('\u0E33');
                    i++;
                    continue;
                }
                map[s.length()] = i;
                s.append(ch);
            }
            return new Text(original, s.toString(), map);
        }

        /** The written words of the normalized range [start, end), trimmed. */
        String phrase(int start, int end) {
            int e = end;
            while (e > start && s.charAt(e - 1) == ' ') {
                e--;
            }
            if (e <= start) {
                return "";
            }
            int from = map[start];
            int to = map[e - 1] + 1;
            if (to < original.length() && s.charAt(e - 1) == '\u0E33' && original.charAt(to) == '\u0E32') {
                to++;
            }
            return original.substring(from, to).trim();
        }
    }

    @Override
    public String toString() {
        return "DeadlineReader[holidays of " + calendar.coveredYears() + "]";
    }
}
