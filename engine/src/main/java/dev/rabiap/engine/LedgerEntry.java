package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * One party's duty to answer one order, and what became of it.
 *
 * @param ruleId the obligation's rule id, such as {@code SKN-5O}
 * @param group the group the order was posted in
 * @param order where the order is
 * @param orderTime when it was posted
 * @param party who owes the answer: a district, an agency, or a roster id
 * @param answerIn the group the answer was due in: the order's own, or the party's channel
 * @param deadline when the answer was due
 * @param state on time, late, missing, or open (not yet due when the audit ended)
 * @param answer where the answer is, or null
 * @param answerTime when it came, or null
 * @param answeredBy the roster id of who answered, or empty
 * @param namedAs how the order named the party ("นอภ.พังโคน"), or empty when it owes as one of the row's parties; {@link #DESCRIBED_AS}
 *     and its words when the order describes whom it asks
 * @param deadlineThai the deadline as the letter meant it ("ภายในวันที่ 5 ธ.ค. 2568"), noting a default
 * @param deadlineEnglish the same in English
 * @param day which day or measure of an order that owes one duty a day or a measure (1 for the first), or 0: with the
 *     rule, the order and the party, what tells one duty from another
 */
public record LedgerEntry(String ruleId, String group, Evidence order, ZonedDateTime orderTime, String party,
                          String answerIn, ZonedDateTime deadline, State state, Evidence answer, ZonedDateTime answerTime, String answeredBy,
                          String namedAs, String deadlineThai, String deadlineEnglish, int day) {
    /**
     * What became of an obligation. {@code NOT_JUDGED}: no answer by the deadline to an order that describes whom it asks
     * without naming them ({@link #described}); the party may not be among them. {@code WITHDRAWN}: a later post of the
     * order's sender took the party out of the order ("ขอตัด อ.บ้านม่วง ออก") while it still owed; {@link #answer} is that post.
     */
    public enum State { ON_TIME, LATE, MISSING, OPEN, NOT_JUDGED, WITHDRAWN }

    /**
     * What {@link #namedAs} starts with when the order describes whom it asks without naming them ("ถึง ศอ.จอส.อำเภอที่พบ
     * ผู้ป่วยไข้เลือดออกเพิ่มขึ้น…"): every party of the row may owe, and only those who answer are judged.
     */
    public static final String DESCRIBED_AS = "(ตามลักษณะ / described) ";

    /** Whether the order describes whom it asks without naming them ({@link #DESCRIBED_AS}). */
    public boolean described() {
        return namedAs.startsWith(DESCRIBED_AS);
    }

    public LedgerEntry {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(group, "group is null");
        requireNonNull(order, "order is null");
        requireNonNull(party, "party is null");
        requireNonNull(answerIn, "answerIn is null");
        requireNonNull(deadline, "deadline is null");
        requireNonNull(state, "state is null");
        answeredBy = answeredBy == null ? "" : answeredBy;
        namedAs = namedAs == null ? "" : namedAs;
        deadlineThai = deadlineThai == null ? "" : deadlineThai;
        deadlineEnglish = deadlineEnglish == null ? "" : deadlineEnglish;
    }

    /** How late the answer came; zero unless late. */
    public Duration lateBy() {
        return state == State.LATE ? Duration.between(deadline, answerTime) : Duration.ZERO;
    }
}
