package dev.rabiap.engine.thai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, less the government holidays the calendar lists. Immutable and
 * thread-safe.
 *
 * <p>{@link #thai()} is the shared calendar: every Thai government holiday (วันหยุดราชการ) of the
 * years in the bundled {@code holidays-th.csv}, with substitute days (ชดเชย) and the cabinet's
 * special days. A rule set adds its own days (a provincial or regional day off) with
 * {@link #withLocalDays(Map)}.
 *
 * <p>A calendar <em>covers</em> a year when it claims to know all of that year's holidays: the
 * years of the bundled file, and any year in which a local day was added. Counting working days
 * in a year the calendar does not cover skips weekends only.
 */
public final class WorkingCalendar {
    /** Weekends only, no holidays, covering no year. */
    public static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Map.of());

    /** The bundled file, on the class path beside this class. */
    static final String BUNDLED = "holidays-th.csv";

    private final NavigableMap<LocalDate, String> holidays;
    private final SortedSet<Integer> covered;

    /** A calendar of exactly these holidays, covering the years they fall in. */
    public WorkingCalendar(Map<LocalDate, String> holidays) {
        this(new TreeMap<>(holidays), yearsOf(holidays.keySet()));
    }

    private WorkingCalendar(TreeMap<LocalDate, String> holidays, SortedSet<Integer> covered) {
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
        this.covered = Collections.unmodifiableSortedSet(covered);
    }

    /** The Thai government holidays of the bundled list (2018–2026, พ.ศ. 2561–2569). */
    public static WorkingCalendar thai() {
        return Bundled.THAI;
    }

    /**
     * This calendar with a rule set's own days added; a day already listed keeps its name. The
     * years of the added days count as covered.
     */
    public WorkingCalendar withLocalDays(Map<LocalDate, String> days) {
        if (days.isEmpty()) {
            return this;
        }
        TreeMap<LocalDate, String> merged = new TreeMap<>(holidays);
        days.forEach(merged::putIfAbsent);
        SortedSet<Integer> years = new TreeSet<>(covered);
        years.addAll(yearsOf(days.keySet()));
        return new WorkingCalendar(merged, years);
    }

    /** Whether the calendar lists the holidays of that (Gregorian) year. */
    public boolean covers(int year) {
        return covered.contains(year);
    }

    /** The (Gregorian) years whose holidays the calendar lists, ascending. */
    public Set<Integer> coveredYears() {
        return covered;
    }

    /** Every holiday with its name, by date. */
    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** Whether the day is a working day: not a Saturday, a Sunday or a listed holiday. */
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

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    private static SortedSet<Integer> yearsOf(Set<LocalDate> days) {
        SortedSet<Integer> years = new TreeSet<>();
        for (LocalDate day : days) {
            years.add(day.getYear());
        }
        return years;
    }

    /**
     * Reads {@code date,name,source} rows; lines starting with {@code #} are comments. The date is
     * {@code yyyy-MM-dd}, Gregorian.
     */
    static WorkingCalendar parse(BufferedReader reader, String where) throws IOException {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.trim().equals("date,name,source")) {
                    throw new IllegalStateException(where + ":" + number + ": the header must be date,name,source");
                }
                continue;
            }
            String[] cells = line.split(",", 3);
            try {
                LocalDate day = LocalDate.parse(cells[0].trim());
                if (cells.length < 3 || cells[1].isBlank() || days.put(day, cells[1].trim()) != null) {
                    throw new IllegalStateException(where + ":" + number + ": a row needs a date listed once, a name and a source");
                }
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(where + ":" + number + ": '" + cells[0] + "' is not a date such as 2025-12-05", e);
            }
        }
        return new WorkingCalendar(days);
    }

    private static final class Bundled {
        static final WorkingCalendar THAI = load();

        private static WorkingCalendar load() {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled holiday list " + BUNDLED + " is missing from the class path");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
