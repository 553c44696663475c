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
    private final ZonedDateTime deadline;

    public Obligation(ObligationPolicy policy, Post order, String party) {
        this.policy = requireNonNull(policy, "policy is null");
        this.order = requireNonNull(order, "order is null");
        this.party = requireNonNull(party, "party is null");
        this.deadline = order.getDeadline() != null ? order.getDeadline() : order.getTime().plus(policy.getDefaultDeadline());
    }

    public ObligationPolicy getPolicy() { return policy; }
    public Post getOrder() { return order; }
    public String getGroup() { return order.getGroup(); }
    public long getOrderSeq() { return order.getSeq(); }
    public String getParty() { return party; }
    public ZonedDateTime getDeadline() { return deadline; }
    public long getDeadlineMillis() { return deadline.toInstant().toEpochMilli(); }

    @Override
    public String toString() {
        return "Obligation[" + policy.getRuleId() + " " + party + " by " + deadline + " for " + order + "]";
    }
}
