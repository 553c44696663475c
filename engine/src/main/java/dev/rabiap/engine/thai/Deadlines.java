package dev.rabiap.engine.thai;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The instant a Thai order's text sets as its deadline, for callers that need only the instant.
 * Kept for those callers: {@link DeadlineReader} says what was read, how precisely, and why a
 * phrase could not be used.
 */
public final class Deadlines {
    private Deadlines() {}

    /** The deadline written in {@code text}, counted on the bundled Thai holiday calendar. */
    public static Optional<ZonedDateTime> read(String text, ZonedDateTime posted) {
        return read(text, posted, WorkingCalendar.thai());
    }

    /**
     * The deadline written in {@code text}, or empty when the text names none or names one that
     * cannot be used (not read, before the order, a day that does not exist).
     */
    public static Optional<ZonedDateTime> read(String text, ZonedDateTime posted, WorkingCalendar calendar) {
        DeadlineReading reading = new DeadlineReader(calendar).read(text, posted);
        return reading.isRead() ? Optional.of(reading.deadline().due()) : Optional.empty();
    }
}
