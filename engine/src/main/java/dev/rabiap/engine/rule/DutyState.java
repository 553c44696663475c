package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

/**
 * What became of a duty, as the obligation rules decide it: answered on time, answered late, or
 * missing. The rules insert one when they close an {@link Obligation}; the engine reads it for the
 * ledger, so that no Java code depends on the names or ids of the rules that decide. Short-lived:
 * the engine removes it after each firing.
 *
 * <p>Whether the answer may answer no other duty ({@link #exclusive()}) is worked out when a rule
 * first asks, that is only when the same party has another duty open that the answer could pay: on
 * the @มหาดไทย survey, where each follower owes one answer, no answer is ever cut into words for it.
 */
public final class DutyState {
    /** The outcomes a rule can decide. */
    public enum State { ON_TIME, LATE, MISSING, NOT_JUDGED, WITHDRAWN }

    private final Obligation obligation;
    private final State state;
    private final Post answer;
    /** 0 not yet known, 1 exclusive, 2 not. */
    private byte exclusive;

    private DutyState(Obligation obligation, State state, Post answer) {
        this.obligation = requireNonNull(obligation, "obligation is null");
        this.state = requireNonNull(state, "state is null");
        this.answer = answer;
    }

    /** An answer by the deadline. */
    public static DutyState onTime(Obligation obligation, Post answer) {
        return new DutyState(obligation, State.ON_TIME, requireNonNull(answer, "answer is null"));
    }

    /** An answer after the deadline. */
    public static DutyState late(Obligation obligation, Post answer) {
        return new DutyState(obligation, State.LATE, requireNonNull(answer, "answer is null"));
    }

    /** No answer, judged at the end of the audit or after the late window. */
    public static DutyState missing(Obligation obligation) {
        return new DutyState(obligation, State.MISSING, null);
    }

    /**
     * A duty of an order that describes whom it asks without naming them ({@link Obligation#isDescribed}), not
     * answered by its deadline: the party may not be one of those asked, so it is not judged.
     */
    public static DutyState notJudged(Obligation obligation) {
        return new DutyState(obligation, State.NOT_JUDGED, null);
    }

    /** A duty still open that a later post of the order's sender took the party out of ({@code correction}). */
    public static DutyState withdrawn(Obligation obligation, Post correction) {
        return new DutyState(obligation, State.WITHDRAWN, requireNonNull(correction, "correction is null"));
    }

    /** The duty. */
    public Obligation obligation() { return obligation; }

    /** What became of it. */
    public State state() { return state; }

    /** The post that answered it, or null when it is missing. */
    public Post answer() { return answer; }

    /** Whether the answer may answer no other duty (a reply to this order, or an answer about no order). */
    public boolean exclusive() {
        if (answer == null) {
            return false;
        }
        if (exclusive == 0) {
            exclusive = Attribution.exclusive(answer, obligation) ? (byte) 1 : (byte) 2;
        }
        return exclusive == 1;
    }

    /** {@link #obligation()}, as rules read it. */
    public Obligation getObligation() { return obligation; }

    /** {@link #state()}, as rules read it. */
    public State getState() { return state; }

    /** {@link #answer()}, as rules read it. */
    public Post getAnswer() { return answer; }

    /** {@link #exclusive()}, as rules read it. */
    public boolean isExclusive() { return exclusive(); }

    @Override
    public String toString() {
        return "DutyState[" + state + " " + obligation + (answer == null ? "" : " by " + answer) + "]";
    }
}
