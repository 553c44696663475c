package dev.rabiap.engine;

import java.time.ZonedDateTime;

/**
 * How an audit runs.
 *
 * @param keepGoing count malformed records and go on, instead of stopping at the first
 * @param asOf the time missing answers are judged at; null means the last message's time
 * @param batchSize how many messages go into working memory between two rule firings
 * @param ledger keep the ledger of every obligation (memory grows with the orders, not the messages)
 * @param explain explain each finding to the sink ({@link FindingSink#accept(Finding, Explanation)})
 */
public record AuditOptions(boolean keepGoing, ZonedDateTime asOf, int batchSize, boolean ledger, boolean explain) {
    /** Stop at the first malformed record, judge at the last message, batches of 2048, no ledger, no explanations. */
    public static final AuditOptions DEFAULTS = new AuditOptions(false, null, 2048, false, false);

    public AuditOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    /** A copy that keeps going past malformed records. */
    public AuditOptions keepingGoing() {
        return new AuditOptions(true, asOf, batchSize, ledger, explain);
    }

    /** A copy judged at {@code time}. */
    public AuditOptions asOf(ZonedDateTime time) {
        return new AuditOptions(keepGoing, time, batchSize, ledger, explain);
    }

    /** A copy that keeps the obligation ledger. */
    public AuditOptions withLedger() {
        return new AuditOptions(keepGoing, asOf, batchSize, true, explain);
    }

    /** A copy that explains every finding. */
    public AuditOptions withExplanations() {
        return new AuditOptions(keepGoing, asOf, batchSize, ledger, true);
    }

    /** A copy with another batch size; 1 fires the rules after every message (live use). */
    public AuditOptions batchSize(int size) {
        return new AuditOptions(keepGoing, asOf, size, ledger, explain);
    }
}
