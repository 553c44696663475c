package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;

/**
 * One party's duty to answer one order. In working memory from the order until it is answered or
 * the audit ends.
 */
public final class Obligation {
    private final ObligationPolicy policy;
    private final Post order;
    private final String party;
    private final String answerGroup;
    private final ZonedDateTime deadline;

    public Obligation(ObligationPolicy policy, Post order, String party) {
        this.policy = requireNonNull(policy, "policy is null");
        this.order = requireNonNull(order, "order is null");
        this.party = requireNonNull(party, "party is null");
        this.answerGroup = requireNonNull(policy.answerGroup(order, party), "answer group is null");
        this.deadline = policy.deadline(order);
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
    /** Who owes the answer: a district, an agency or a roster id. */
    public String getParty() { return party; }
    /** Whether the party is a district, an agency or a person (the sender). */
    public ObligationPolicy.PartyUnit getUnit() { return policy.getUnit(); }
    public ZonedDateTime getDeadline() { return deadline; }
    public long getDeadlineMillis() { return deadline.toInstant().toEpochMilli(); }
    /** When an unanswered duty is judged missing before the end: the deadline plus the late window. */
    public long getExpiresMillis() { return getDeadlineMillis() + policy.getLateWindow().toMillis(); }
    /** Whether {@code answer} fulfils this duty, apart from group, party and time. */
    public boolean fulfilledBy(Post answer) { return policy.fulfilledBy(answer, this); }

    @Override
    public String toString() {
        return "Obligation[" + policy.getRuleId() + " " + party + " in " + answerGroup + " by " + deadline + " for " + order + "]";
    }
}
