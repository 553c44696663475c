package dev.rabiap.engine.thai;

import java.time.Duration;
import java.time.ZonedDateTime;

/** Formats times and durations for Thai readers: Buddhist-era years, abbreviated months, 24-hour clock. */
public final class ThaiDates {
    private ThaiDates() {}

    /** {@code 5 ก.ค. 2561 16:30 น.} */
    public static String format(ZonedDateTime time) {
        return time.getDayOfMonth() + " " + ThaiText.MONTH_ABBREVIATIONS.get(time.getMonthValue() - 1) + " "
                + (time.getYear() + ThaiText.BUDDHIST_ERA_OFFSET) + " " + String.format("%02d:%02d น.", time.getHour(), time.getMinute());
    }

    /** {@code 1 วัน 2 ชม. 5 นาที} */
    public static String formatThai(Duration duration) {
        return format(duration, " วัน ", " ชม. ", " นาที");
    }

    /** {@code 1 d 2 h 5 min} */
    public static String formatEnglish(Duration duration) {
        return format(duration, " d ", " h ", " min");
    }

    /** Days, hours and minutes, leaving out the zero ones (minutes shown when all are zero). */
    private static String format(Duration duration, String days, String hours, String minutes) {
        long total = Math.max(0, duration.toMinutes());
        StringBuilder out = new StringBuilder();
        if (total / (24 * 60) > 0) {
            out.append(total / (24 * 60)).append(days);
        }
        if (total / 60 % 24 > 0) {
            out.append(total / 60 % 24).append(hours);
        }
        if (total % 60 > 0 || out.length() == 0) {
            out.append(total % 60).append(minutes);
        }
        return out.toString().trim();
    }
}
