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
 * @param firingLimit how many rule firings one batch may take before the audit stops as a loop
 */
public record AuditOptions(boolean keepGoing, ZonedDateTime asOf, int batchSize, boolean ledger, boolean explain, FiringLimit firingLimit) {
    /**
     * Stop at the first malformed record, judge at the last message, batches of 2048, no ledger, no
     * explanations, the default firing limit.
     */
    public static final AuditOptions DEFAULTS = new AuditOptions(false, null, 2048, false, false, FiringLimit.DEFAULT);

    public AuditOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        java.util.Objects.requireNonNull(firingLimit, "firingLimit is null");
    }

    /** The options before there was a firing limit: the default limit. */
    public AuditOptions(boolean keepGoing, ZonedDateTime asOf, int batchSize, boolean ledger, boolean explain) {
        this(keepGoing, asOf, batchSize, ledger, explain, FiringLimit.DEFAULT);
    }

    /**
     * How many rule firings one firing batch may take: {@code perFact} for each message of the batch
     * and each fact in working memory or in a policy's lists (people a coverage row requires,
     * parties of an obligation, units of a register), plus {@code constant}. Past it the audit stops
     * with the rule that kept firing named ({@link PolicyException}, {@link ErrorCode#BAD_RULES}):
     * a rule that matches again what its own consequence inserts would otherwise never end.
     *
     * @param perFact firings allowed for each message and fact, at least 1
     * @param constant firings allowed besides, at least 0
     */
    public record FiringLimit(long perFact, long constant) {
        /** 1,000 firings for each message and fact, plus 100,000. */
        public static final FiringLimit DEFAULT = new FiringLimit(1_000, 100_000);

        public FiringLimit {
            if (perFact < 1 || constant < 0) {
                throw new IllegalArgumentException("perFact must be positive and constant not negative");
            }
        }

        /** The limit for a batch of {@code messages} messages with {@code facts} facts besides. */
        public long of(long messages, long facts) {
            long units = Math.max(0, messages) + Math.max(0, facts);
            long limit = units > (Long.MAX_VALUE - constant) / perFact ? Long.MAX_VALUE : perFact * units + constant;
            return Math.max(1, limit);
        }
    }

    /** A copy that keeps going past malformed records. */
    public AuditOptions keepingGoing() {
        return new AuditOptions(true, asOf, batchSize, ledger, explain, firingLimit);
    }

    /** A copy judged at {@code time}. */
    public AuditOptions asOf(ZonedDateTime time) {
        return new AuditOptions(keepGoing, time, batchSize, ledger, explain, firingLimit);
    }

    /** A copy that keeps the obligation ledger. */
    public AuditOptions withLedger() {
        return new AuditOptions(keepGoing, asOf, batchSize, true, explain, firingLimit);
    }

    /** A copy that explains every finding. */
    public AuditOptions withExplanations() {
        return new AuditOptions(keepGoing, asOf, batchSize, ledger, true, firingLimit);
    }

    /** A copy with another batch size; 1 fires the rules after every message (live use). */
    public AuditOptions batchSize(int size) {
        return new AuditOptions(keepGoing, asOf, size, ledger, explain, firingLimit);
    }

    /** A copy with another firing limit. */
    public AuditOptions withFiringLimit(FiringLimit limit) {
        return new AuditOptions(keepGoing, asOf, batchSize, ledger, explain, limit);
    }
}
