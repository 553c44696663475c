package dev.rabiap.engine.thai;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline from the text of a Thai order, relative to when it was posted (Asia/Bangkok):
 * "ภายใน ๒๔ ชม.", "ภายใน ๓ วัน", "ภายในวันที่ ๕ ก.ค. ๖๑", "ภายในวันพฤหัสบดีที่ ๕ กรกฎาคม ๒๕๖๑",
 * "ภายในวันนี้", "ภายใน ๓ วันทำการ", "ด่วนที่สุด", with Thai or ASCII digits and Buddhist-era or
 * Gregorian years. A date deadline ends when that day ends. A date without a year is the next such
 * date on or after the posting day. Working days skip weekends and the calendar's holidays, and the
 * deadline is the end of the last of them, not counting the posting day. "ด่วนที่สุด" (most urgent)
 * with no other deadline is read as the end of the posting day.
 */
public final class Deadlines {
    private static final String MONTH = "(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
            + "|ม\\.ค\\.?|ก\\.พ\\.?|มี\\.ค\\.?|เม\\.ย\\.?|พ\\.ค\\.?|มิ\\.ย\\.?|ก\\.ค\\.?|ส\\.ค\\.?|ก\\.ย\\.?|ต\\.ค\\.?|พ\\.ย\\.?|ธ\\.ค\\.?)";
    private static final Pattern HOURS = Pattern.compile("ภายใน\\s*(\\d{1,3})\\s*(ชม\\.?|ชั่วโมง)");
    private static final Pattern DAYS = Pattern.compile("ภายใน\\s*(\\d{1,3})\\s*วัน(?!ที่|ทำการ)");
    private static final Pattern WORKING_DAYS = Pattern.compile("ภายใน\\s*(\\d{1,3})\\s*วันทำการ");
    private static final Pattern DATE = Pattern.compile(
            "ภายใน\\s*(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)?\\s*)?ที่\\s*(\\d{1,2})\\s*" + MONTH
                    + "\\s*(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4}|\\d{2})?");
    private static final Pattern TODAY = Pattern.compile("ภายใน\\s*วันนี้");

    private Deadlines() {}

    /** The deadline written in {@code text}, counting working days on weekends alone. */
    public static Optional<ZonedDateTime> read(String text, ZonedDateTime posted) {
        return read(text, posted, WorkingCalendar.WEEKENDS_ONLY);
    }

    /** The deadline written in {@code text}, or empty when it names none. */
    public static Optional<ZonedDateTime> read(String text, ZonedDateTime posted, WorkingCalendar calendar) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.indexOf("ภายใน") < 0) {
            return text.contains("ด่วนที่สุด")
                    ? Optional.of(posted.toLocalDate().plusDays(1).atStartOfDay(posted.getZone()))
                    : Optional.empty();
        }
        String ascii = ThaiText.asciiDigits(text);
        Matcher hours = HOURS.matcher(ascii);
        if (hours.find()) {
            return Optional.of(posted.plus(Duration.ofHours(Long.parseLong(hours.group(1)))));
        }
        Matcher date = DATE.matcher(ascii);
        if (date.find()) {
            int day = Integer.parseInt(date.group(1));
            int month = ThaiText.month(date.group(2));
            LocalDate postedDay = posted.toLocalDate();
            try {
                LocalDate deadlineDay;
                if (date.group(3) != null) {
                    deadlineDay = LocalDate.of(ThaiText.gregorianYear(Integer.parseInt(date.group(3)), date.group(3).length()), month, day);
                } else {
                    deadlineDay = LocalDate.of(postedDay.getYear(), month, day);
                    if (deadlineDay.isBefore(postedDay)) {
                        deadlineDay = deadlineDay.plusYears(1);
                    }
                }
                return Optional.of(deadlineDay.plusDays(1).atStartOfDay(posted.getZone()));
            } catch (DateTimeException impossibleDate) {
                return Optional.empty();
            }
        }
        Matcher workingDays = WORKING_DAYS.matcher(ascii);
        if (workingDays.find()) {
            LocalDate last = calendar.plusWorkingDays(posted.toLocalDate(), Integer.parseInt(workingDays.group(1)));
            return Optional.of(last.plusDays(1).atStartOfDay(posted.getZone()));
        }
        if (TODAY.matcher(ascii).find()) {
            return Optional.of(posted.toLocalDate().plusDays(1).atStartOfDay(posted.getZone()));
        }
        Matcher days = DAYS.matcher(ascii);
        if (days.find()) {
            return Optional.of(posted.plus(Long.parseLong(days.group(1)), ChronoUnit.DAYS));
        }
        if (text.contains("ด่วนที่สุด")) {
            return Optional.of(posted.toLocalDate().plusDays(1).atStartOfDay(posted.getZone()));
        }
        return Optional.empty();
    }
}
