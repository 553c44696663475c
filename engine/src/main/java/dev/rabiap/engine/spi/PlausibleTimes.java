package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.ZonedDateTime;

/**
 * The range of times a message log can plausibly hold, the same for every source: from
 * {@value #FIRST_YEAR} to one day after the run's clock. A time outside it would move the time the
 * audit judges by ("judged as of") and change findings, so a source never uses it silently: a
 * Buddhist-era year written where the common era belongs (2568 for 2025) is turned into the common
 * era with a note ({@link SourceContext#noted}), and any other time outside the range is a
 * {@link MalformedInputException}.
 */
public final class PlausibleTimes {
    /** No log the engine reads is older than this year. */
    public static final int FIRST_YEAR = 2000;
    /** Buddhist era minus common era. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    private PlausibleTimes() {}

    /**
     * The time as the log should hold it.
     *
     * @param time the time as read
     * @param where the record, for the note or the error
     * @param context its clock gives "now"; a Buddhist-era year is noted to it
     * @return the time, or the time with its year turned from the Buddhist into the common era
     * @throws MalformedInputException when the time is outside the range, even in the common era
     */
    public static ZonedDateTime check(ZonedDateTime time, Evidence where, SourceContext context) throws MalformedInputException {
        requireNonNull(time, "time is null");
        requireNonNull(where, "where is null");
        requireNonNull(context, "context is null");
        ZonedDateTime latest = latest(context);
        if (inRange(time, latest)) {
            return time;
        }
        if (time.getYear() >= FIRST_YEAR + BUDDHIST_ERA_OFFSET) {
            ZonedDateTime commonEra = time.minusYears(BUDDHIST_ERA_OFFSET);
            if (inRange(commonEra, latest)) {
                context.noted(where, "a Buddhist-era year in a common-era time, read in the common era: "
                        + time.getYear() + " as " + commonEra.getYear());
                return commonEra;
            }
        }
        throw new MalformedInputException(where, "a time outside the log's plausible range (" + FIRST_YEAR + " to one day after "
                + context.clock().instant().atZone(ChatMessage.BANGKOK).toLocalDate() + "): " + time.toOffsetDateTime());
    }

    /**
     * Whether an instant in milliseconds since the epoch lies in the range; for sources whose times
     * are numbers (the LINE webhook), before they are turned into dates.
     */
    public static boolean inRange(long epochMillis, SourceContext context) {
        ZonedDateTime latest = latest(context);
        try {
            ZonedDateTime time = java.time.Instant.ofEpochMilli(epochMillis).atZone(ChatMessage.BANGKOK);
            return inRange(time, latest);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static ZonedDateTime latest(SourceContext context) {
        return context.clock().instant().atZone(ChatMessage.BANGKOK).plusDays(1);
    }

    private static boolean inRange(ZonedDateTime time, ZonedDateTime latest) {
        return time.getYear() >= FIRST_YEAR && !time.isAfter(latest);
    }
}
