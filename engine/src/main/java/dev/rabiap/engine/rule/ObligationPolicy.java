package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code obligations.csv}: an order of {@code triggerKinds} from {@code triggerRoles}
 * whose text contains {@code triggerPhrase}, posted in {@code group}, obliges each party (a
 * district with people of {@code partyRoles} on the roster) to answer with a message of
 * {@code fulfilKinds} by the deadline the order names, else {@code defaultDeadline}. Immutable.
 */
public final class ObligationPolicy {
    private final String ruleId;
    private final String group;
    private final Set<String> triggerKinds;
    private final RoleSet triggerRoles;
    private final String triggerPhrase;
    private final RoleSet partyRoles;
    private final Set<String> fulfilKinds;
    private final Duration defaultDeadline;
    private final List<String> parties;
    private final PolicyRow row;

    public ObligationPolicy(String ruleId, String group, Set<String> triggerKinds, RoleSet triggerRoles, String triggerPhrase,
                            RoleSet partyRoles, Set<String> fulfilKinds, Duration defaultDeadline, List<String> parties, PolicyRow row) {
        this.ruleId = requireNonNull(ruleId, "ruleId is null");
        this.group = requireNonNull(group, "group is null");
        this.triggerKinds = Set.copyOf(triggerKinds);
        this.triggerRoles = requireNonNull(triggerRoles, "triggerRoles is null");
        this.triggerPhrase = triggerPhrase == null ? "" : triggerPhrase;
        this.partyRoles = requireNonNull(partyRoles, "partyRoles is null");
        this.fulfilKinds = Set.copyOf(fulfilKinds);
        this.defaultDeadline = requireNonNull(defaultDeadline, "defaultDeadline is null");
        this.parties = List.copyOf(parties);
        this.row = row;
    }

    public String getRuleId() { return ruleId; }
    public String getGroup() { return group; }
    public RoleSet getPartyRoles() { return partyRoles; }
    public Duration getDefaultDeadline() { return defaultDeadline; }
    /** The districts that owe an answer, sorted. */
    public List<String> getParties() { return parties; }
    public PolicyRow getRow() { return row; }

    /** Whether the post is an order that opens this obligation. */
    public boolean openedBy(Post post) {
        if (!triggerKinds.contains(post.getKind())) {
            return false;
        }
        if (!triggerRoles.isEmpty() && !triggerRoles.matches(post.getPerson())) {
            return false;
        }
        return triggerPhrase.isEmpty() || post.getText().contains(triggerPhrase);
    }

    /** Whether the post answers an obligation owed by {@code party}. */
    public boolean fulfilledBy(Post post, String party) {
        return fulfilKinds.contains(post.getKind()) && post.isResolved() && partyRoles.matches(post.getPerson())
                && party.equals(post.getDistrict());
    }
}
