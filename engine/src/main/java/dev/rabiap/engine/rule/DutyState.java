package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

/**
 * What became of a duty, as the obligation rules decide it: answered on time, answered late, or
 * missing. The rules insert one when they close an {@link Obligation}; the engine reads it for the
 * ledger, so that no Java code depends on the names or ids of the rules that decide. Short-lived:
 * the engine removes it after each firing.
 *
 * @param obligation the duty
 * @param state what became of it
 * @param answer the post that answered it, or null when it is missing
 * @param exclusive whether the answer may answer no other duty (a reply to this order, or an answer about no order)
 */
public record DutyState(Obligation obligation, State state, Post answer, boolean exclusive) {
    /** The outcomes a rule can decide. */
    public enum State { ON_TIME, LATE, MISSING }

    public DutyState {
        requireNonNull(obligation, "obligation is null");
        requireNonNull(state, "state is null");
    }

    /** An answer by the deadline. */
    public static DutyState onTime(Obligation obligation, Post answer) {
        return new DutyState(obligation, State.ON_TIME, answer, Attribution.exclusive(answer, obligation));
    }

    /** An answer after the deadline. */
    public static DutyState late(Obligation obligation, Post answer) {
        return new DutyState(obligation, State.LATE, answer, Attribution.exclusive(answer, obligation));
    }

    /** No answer, judged at the end of the audit or after the late window. */
    public static DutyState missing(Obligation obligation) {
        return new DutyState(obligation, State.MISSING, null, false);
    }
}
