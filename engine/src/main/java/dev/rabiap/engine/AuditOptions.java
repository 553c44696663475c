package dev.rabiap.engine;

import java.time.ZonedDateTime;

/**
 * How an audit runs.
 *
 * @param keepGoing count malformed records and go on, instead of stopping at the first
 * @param asOf the time missing answers are judged at; null means the last message's time
 * @param batchSize how many messages go into working memory between two rule firings
 * @param ledger keep the ledger of every obligation (memory grows with the orders, not the messages)
 */
public record AuditOptions(boolean keepGoing, ZonedDateTime asOf, int batchSize, boolean ledger) {
    /** Stop at the first malformed record, judge at the last message, batches of 2048, no ledger. */
    public static final AuditOptions DEFAULTS = new AuditOptions(false, null, 2048, false);

    public AuditOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    /** A copy that keeps going past malformed records. */
    public AuditOptions keepingGoing() {
        return new AuditOptions(true, asOf, batchSize, ledger);
    }

    /** A copy judged at {@code time}. */
    public AuditOptions asOf(ZonedDateTime time) {
        return new AuditOptions(keepGoing, time, batchSize, ledger);
    }

    /** A copy that keeps the obligation ledger. */
    public AuditOptions withLedger() {
        return new AuditOptions(keepGoing, asOf, batchSize, true);
    }

    /** A copy with another batch size; 1 fires the rules after every message (live use). */
    public AuditOptions batchSize(int size) {
        return new AuditOptions(keepGoing, asOf, size, ledger);
    }
}
