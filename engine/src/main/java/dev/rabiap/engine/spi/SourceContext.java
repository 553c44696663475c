package dev.rabiap.engine.spi;

import java.time.Clock;

/**
 * What the host gives a source: somewhere to count what it skips, and the clock. A source must not
 * drop anything silently: every record it does not turn into a message is either a
 * {@link MalformedInputException} or a call to {@link #skipped(Evidence, String)}.
 */
public interface SourceContext {
    /** Counts a record that is not a message (an unrecognised line, an unsupported event), with why. */
    void skipped(Evidence where, String reason);

    /** The clock, for sources that need "now" (a live mailbox read from a date). Zone: Asia/Bangkok. */
    Clock clock();
}
