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

    /**
     * Counts a message that was read, but not exactly as written (a Buddhist-era year turned into
     * the common era, a quote cut short at a message line, a header line that is no header): the
     * message is kept and the note is counted. By default notes are counted with the skipped
     * records, their reason starting {@value #NOTE}.
     */
    default void noted(Evidence where, String reason) {
        skipped(where, NOTE + reason);
    }

    /** How a note's reason starts when it is counted with the skipped records. */
    String NOTE = "read with a note, ";

    /** The clock, for sources that need "now" (a live mailbox read from a date). Zone: Asia/Bangkok. */
    Clock clock();

    /**
     * The display names the host knows (the roster's), for a source whose lines do not mark where a
     * sender's name ends: a LINE PC "Save chat" line is {@code HH:MM SENDER TEXT} with single
     * spaces, and a name may hold spaces ("อดิศักดิ์ นอภ.ภูพาน ⛰️"). Empty by default.
     */
    default java.util.Collection<String> knownNames() {
        return java.util.List.of();
    }
}
