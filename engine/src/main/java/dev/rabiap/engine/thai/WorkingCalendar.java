package dev.rabiap.engine.thai;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days: Monday to Friday, less the public holidays a rule set lists (its
 * {@code holidays-*.csv} files, one a year, kept by the office as the cabinet announces them).
 * Immutable and thread-safe.
 */
public final class WorkingCalendar {
    /** Weekends only, no holidays. */
    public static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Map.of());

    private final TreeMap<LocalDate, String> holidays;

    public WorkingCalendar(Map<LocalDate, String> holidays) {
        this.holidays = new TreeMap<>(holidays);
    }

    /** Whether the day is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The holiday's name, or null. */
    public String holiday(LocalDate day) {
        return holidays.get(day);
    }

    /** The {@code n}th working day after {@code day} (not counting {@code day} itself). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int left = n;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }
}
