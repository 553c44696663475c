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
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" วัน ");
        }
        if (hours > 0) {
            out.append(hours).append(" ชม. ");
        }
        if (rest > 0 || out.length() == 0) {
            out.append(rest).append(" นาที");
        }
        return out.toString().trim();
    }

    /** {@code 1 d 2 h 5 min} */
    public static String formatEnglish(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" d ");
        }
        if (hours > 0) {
            out.append(hours).append(" h ");
        }
        if (rest > 0 || out.length() == 0) {
            out.append(rest).append(" min");
        }
        return out.toString().trim();
    }
}
