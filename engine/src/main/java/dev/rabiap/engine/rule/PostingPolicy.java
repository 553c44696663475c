package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A row of {@code posting.csv} for one of its kinds: in {@code group}, messages of {@code kind} may
 * be posted only by {@code roles} (nobody when empty). A row naming several kinds becomes one fact
 * per kind, so that rules find the row of a message by two indexed equalities. Immutable.
 */
public final class PostingPolicy {
    private final String ruleId;
    private final String group;
    private final Set<String> kinds;
    private final String kind;
    private final RoleSet roles;
    private final PolicyRow row;

    public PostingPolicy(String ruleId, String group, String kind, Set<String> kinds, RoleSet roles, PolicyRow row) {
        this.ruleId = requireNonNull(ruleId, "ruleId is null");
        this.group = requireNonNull(group, "group is null");
        this.kind = requireNonNull(kind, "kind is null");
        this.kinds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(kinds));
        this.roles = requireNonNull(roles, "roles is null");
        this.row = row;
    }

    public String getRuleId() { return ruleId; }
    public String getGroup() { return group; }
    /** Every kind the row names. */
    public Set<String> getKinds() { return kinds; }
    /** The kind this fact is for. */
    public String getKind() { return kind; }
    public RoleSet getRoles() { return roles; }
    public PolicyRow getRow() { return row; }

    /**
     * Whether this row forbids the post's sender to post it: always when the row names no role;
     * otherwise when the sender is resolved and holds none of the roles. A sender who is not
     * resolved cannot be judged by role and is not flagged (the audit summary counts them).
     */
    public boolean forbids(Post post) {
        if (roles.isEmpty()) {
            return true;
        }
        return post.isResolved() && !roles.matches(post.getPerson());
    }
}
