package dev.rabiap.engine.thai;

import static java.util.Objects.requireNonNull;

/**
 * What {@link DeadlineReader#read} found in a text.
 *
 * @param status whether a deadline was found and can be used
 * @param deadline the deadline when {@link Status#READ}; also set for {@link Status#BEFORE_ORDER}
 *                 (the instant the words name, which lies before the order); else null
 * @param phrase the words concerned, as written, or "" for {@link Status#NONE}
 * @param problem a short English reason for the three problem statuses; for {@link Status#READ}
 *                a remark worth showing (a weekday that does not match the date), else null
 * @param speed the speed class the text carries, whatever the status
 */
public record DeadlineReading(Status status, Deadline deadline, String phrase, String problem, SpeedClass speed) {
    /** Whether and how a deadline was read. */
    public enum Status {
        /** The text names no deadline. */
        NONE,
        /** A deadline was read and is in {@link #deadline()}. */
        READ,
        /** The words look like a deadline (a lead word then a time or a date) but could not be read. */
        NOT_READ,
        /** The deadline the words name falls at or before the time the order was posted. */
        BEFORE_ORDER,
        /** The words name a day or a time that does not exist: "๓๑ พ.ย.", "30 ก.พ.", "25.00 น.". */
        IMPOSSIBLE_DATE
    }

    public DeadlineReading {
        requireNonNull(status, "status is null");
        speed = speed == null ? SpeedClass.NONE : speed;
        phrase = phrase == null ? "" : phrase;
        if (status == Status.READ) {
            requireNonNull(deadline, "a READ reading needs a deadline");
        }
    }

    /** Whether a usable deadline was read. */
    public boolean isRead() {
        return status == Status.READ;
    }

    static DeadlineReading none(SpeedClass speed) {
        return new DeadlineReading(Status.NONE, null, "", null, speed);
    }
}
