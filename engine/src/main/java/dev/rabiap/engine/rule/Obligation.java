package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;

/**
 * One party's duty to answer one order. In working memory from the order until it is answered or
 * the audit ends. An order asking for a report every day over a span ({@link Order#isDaily}) owes one duty a day: the
 * day's duty takes answers sent that day (the first day's, from the order on), on time up to the day's deadline and
 * late until the day ends.
 */
public final class Obligation {
    private final ObligationPolicy policy;
    private final Post order;
    private final String party;
    private final String answerGroup;
    private final int day;
    private final ZonedDateTime deadline;
    private final long deadlineMillis;
    private final long opensMillis;
    private final long expiresMillis;
    private final Post correction;
    private final boolean moving;
    private final boolean withdrawing;

    public Obligation(ObligationPolicy policy, Post order, String party) {
        this(policy, order, party, 0);
    }

    /**
     * The duty of {@code day} (1 for the first) of an order asking for a report every day; day 0 is the one duty of
     * any other order.
     */
    public Obligation(ObligationPolicy policy, Post order, String party, int day) {
        this(policy, order, party, day, null, false, false);
    }

    /**
     * As above, with the deadline or parties a later post corrected ({@code correction}, whose order gives the new
     * deadline if any; null for none). A {@code moving} duty is the correction on its way: it replaces the party's open
     * duty of the same order and day, if there is one, with the same duty {@link #settled} at the new deadline; a
     * {@code withdrawing} one takes the party out of the order ("ขอตัด อ.บ้านม่วง ออก") and withdraws that open duty.
     */
    public Obligation(ObligationPolicy policy, Post order, String party, int day, Post correction, boolean moving, boolean withdrawing) {
        this.correction = correction;
        this.moving = (moving || withdrawing) && correction != null;
        this.withdrawing = withdrawing && correction != null;
        this.policy = requireNonNull(policy, "policy is null");
        this.order = requireNonNull(order, "order is null");
        this.party = requireNonNull(party, "party is null");
        this.answerGroup = requireNonNull(policy.answerGroup(order, party), "answer group is null");
        java.util.List<ZonedDateTime> days = order.getOrder().daily();
        if (day < 0 || day > 0 && day > days.size()) {
            throw new IllegalArgumentException("order " + order + " has no day " + day + " (it has " + days.size() + ")");
        }
        this.day = day;
        this.deadline = day == 0 ? (moves() ? correction.getOrder().deadline() : policy.deadline(order)) : days.get(day - 1);
        this.deadlineMillis = deadline.toInstant().toEpochMilli();
        long late = deadlineMillis + policy.getLateWindow().toMillis();
        if (day == 0 || order.getOrder().isMeasured()) {
            // a measure's duty, as the one duty of an order, is open from the order on
            this.opensMillis = order.getMillis();
            this.expiresMillis = late;
        } else {
            // the day of the deadline (one due at midnight belongs to the day that ends then)
            java.time.LocalDate date = deadline.minusNanos(1).toLocalDate();
            long start = date.atStartOfDay(deadline.getZone()).toInstant().toEpochMilli();
            long end = date.plusDays(1).atStartOfDay(deadline.getZone()).toInstant().toEpochMilli();
            this.opensMillis = day == 1 ? order.getMillis() : Math.max(order.getMillis(), start);
            this.expiresMillis = Math.max(deadlineMillis, Math.min(late, end));
        }
    }

    /** The post that corrected this duty's deadline, or null. */
    public Post getCorrection() { return correction; }
    /** Whether this is a correction on its way to the open duty it replaces or withdraws, rather than a duty itself. */
    public boolean isMoving() { return moving; }
    /** Whether this is a correction on its way to withdraw the party's open duty ({@link #isMoving} too). */
    public boolean isWithdrawing() { return withdrawing; }
    /** Whether a later post corrected this duty's deadline: it gave one. */
    private boolean moves() {
        return correction != null && correction.getOrder().deadline() != null;
    }
    /** This duty, no longer on its way: the open duty at the corrected deadline. */
    public Obligation settled() {
        return new Obligation(policy, order, party, day, correction, false, false);
    }

    public ObligationPolicy getPolicy() { return policy; }
    public Post getOrder() { return order; }
    /** The group of the order. */
    public String getGroup() { return order.getGroup(); }
    /** The group the answer is due in: the order's own, or the party's channel. */
    public String getAnswerGroup() { return answerGroup; }
    public long getOrderSeq() { return order.getSeq(); }
    /** When the order was posted, in milliseconds since the epoch. */
    public long getOrderMillis() { return order.getMillis(); }
    /** From when an answer counts for this duty: the order's time, or for a daily duty after the first, the start of its day. */
    public long getOpensMillis() { return opensMillis; }
    /** Which day of a daily order this duty is for (1 for the first), or 0 for the one duty of any other order. */
    public int getDay() { return day; }
    /** Who owes the answer: a district, an agency or a roster id. */
    public String getParty() { return party; }
    /** Whether the party is a district, an agency or a person (the sender). */
    public ObligationPolicy.PartyUnit getUnit() { return policy.getUnit(); }
    public ZonedDateTime getDeadline() { return deadline; }
    /**
     * Whether the order describes whom it asks without naming them ({@link Order#describesParties}): the party may
     * not be one of them, so the duty is judged only when the party answers (on time or late), never missing.
     */
    public boolean isDescribed() { return order.getOrder().describesParties(); }
    /** Whether the deadline is the one the order's text gives, rather than the policy row's default. */
    public boolean isDeadlineFromText() { return moves() || policy.deadlineFromText(order); }
    /** How the order named this party ("นอภ.พังโคน"), or empty when it owes as one of the row's parties. */
    public String getNamedAs() { return policy.namedAs(order, party); }

    /**
     * The deadline as a Thai reader takes it: "ภายในวันที่ 5 ธ.ค. 2568" for the end of a day,
     * "ภายใน 28 ก.ค. 2568 เวลา 16.30 น." for a time; with a note when it is the row's default.
     */
    public String getDeadlineThai() {
        if (day > 0 && order.getOrder().isMeasured()) {
            return display().thai() + " (กำหนดที่ " + day + " จาก " + order.getOrder().daily().size() + " ของข้อสั่งการ)";
        }
        if (day > 0) {
            return display().thai() + " (" + order.getOrder().deadlineThai() + ")";
        }
        if (moves()) {
            return (correction.getOrder().deadlineThai().isEmpty() ? display().thai() : correction.getOrder().deadlineThai())
                    + " (แก้ไขกำหนดตาม " + correction.getEvidence() + ")";
        }
        String shown = isDeadlineFromText() && !order.getOrder().deadlineThai().isEmpty() ? order.getOrder().deadlineThai() : display().thai();
        return isDeadlineFromText() ? shown : shown + " (ข้อสั่งการไม่ระบุกำหนด: ใช้กำหนดของระเบียบ " + policy.getDefaultDeadlineText() + ")";
    }

    /** The deadline in English, with a note when it is the row's default. */
    public String getDeadlineEnglish() {
        if (day > 0 && order.getOrder().isMeasured()) {
            return display().english() + " (deadline " + day + " of the " + order.getOrder().daily().size() + " the order sets)";
        }
        if (day > 0) {
            return display().english() + " (" + order.getOrder().deadlineEnglish() + ")";
        }
        if (moves()) {
            return (correction.getOrder().deadlineEnglish().isEmpty() ? display().english() : correction.getOrder().deadlineEnglish())
                    + " (as corrected at " + correction.getEvidence() + ")";
        }
        String shown = isDeadlineFromText() && !order.getOrder().deadlineEnglish().isEmpty() ? order.getOrder().deadlineEnglish() : display().english();
        return isDeadlineFromText() ? shown : shown + " (the order names none: the rule's default, " + policy.getDefaultDeadlineText() + ")";
    }

    private dev.rabiap.engine.thai.Deadline display() {
        boolean midnight = deadline.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return new dev.rabiap.engine.thai.Deadline(deadline, midnight ? dev.rabiap.engine.thai.Deadline.Precision.END_OF_DAY
                : dev.rabiap.engine.thai.Deadline.Precision.TIME_OF_DAY, "");
    }
    public long getDeadlineMillis() { return deadlineMillis; }
    /** When an unanswered duty is judged missing before the end: the deadline plus the late window. */
    public long getExpiresMillis() { return expiresMillis; }
    /** Whether {@code answer} fulfils this duty, apart from group, party and time. */
    public boolean fulfilledBy(Post answer) { return policy.fulfilledBy(answer, this); }

    @Override
    public String toString() {
        return "Obligation[" + policy.getRuleId() + " " + party + (day > 0 ? " day " + day : "") + " in " + answerGroup + " by " + deadline
                + (correction == null ? "" : (withdrawing ? " withdrawn" : moving ? " moving" : " corrected") + " by " + correction.getEvidence())
                + " for " + order + "]";
    }
}
