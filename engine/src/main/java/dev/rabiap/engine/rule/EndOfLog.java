package dev.rabiap.engine.rule;

import java.time.ZonedDateTime;

/**
 * Inserted once when an audit has read its whole input: the time the audit is judged at (the last
 * message's time, or {@code --as-of}). Rules about missing answers wait for it.
 */
public final class EndOfLog {
    private final ZonedDateTime asOf;
    private final long seq;

    public EndOfLog(ZonedDateTime asOf, long seq) {
        this.asOf = asOf;
        this.seq = seq;
    }

    public ZonedDateTime getAsOf() { return asOf; }
    public long getAsOfMillis() { return asOf.toInstant().toEpochMilli(); }
    /** A position after every message. */
    public long getSeq() { return seq; }
}
