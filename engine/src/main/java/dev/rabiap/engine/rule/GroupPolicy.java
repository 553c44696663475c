package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

/**
 * A row of {@code groups.csv}: who may be a member of a group, how many members its letter states,
 * and the rule ids that membership findings carry. Immutable.
 */
public final class GroupPolicy {
    /** The most members a LINE group can have. */
    public static final int LINE_GROUP_CAP = 500;

    private final String group;
    private final String membersRule;
    private final RoleSet eligible;
    private final int statedMembers;
    private final String inviteRule;
    private final String capRule;
    private final PolicyRow row;
    private final boolean account;
    private final int warnAt;
    private final String limitRule;

    public GroupPolicy(String group, String membersRule, RoleSet eligible, int statedMembers, String inviteRule, String capRule, PolicyRow row) {
        this(group, membersRule, eligible, statedMembers, inviteRule, capRule, false, 0, row);
    }

    /**
     * @param account whether this is an official account (followers, no LINE group cap) rather than a group
     * @param warnAt the member count at which the cap rule warns that the limit is near, or 0
     */
    public GroupPolicy(String group, String membersRule, RoleSet eligible, int statedMembers, String inviteRule, String capRule,
                       boolean account, int warnAt, PolicyRow row) {
        this(group, membersRule, eligible, statedMembers, inviteRule, capRule, account, warnAt, null, row);
    }

    /**
     * @param limitRule the rule id of "more members than a LINE group holds" (LINE's own limit of
     *        {@value #LINE_GROUP_CAP}), or null; when given, {@code capRule} judges only the count
     *        the letter states
     */
    public GroupPolicy(String group, String membersRule, RoleSet eligible, int statedMembers, String inviteRule, String capRule,
                       boolean account, int warnAt, String limitRule, PolicyRow row) {
        this.limitRule = limitRule;
        this.group = requireNonNull(group, "group is null");
        this.membersRule = membersRule;
        this.eligible = requireNonNull(eligible, "eligible is null");
        this.statedMembers = statedMembers;
        this.inviteRule = inviteRule;
        this.capRule = capRule;
        this.row = row;
        this.account = account;
        this.warnAt = warnAt;
    }

    public String getGroup() { return group; }
    /** The rule id of "member not eligible", or null when the group sets none. */
    public String getMembersRule() { return membersRule; }
    public RoleSet getEligible() { return eligible; }
    /** The member count the letter states, or 0. */
    public int getStatedMembers() { return statedMembers; }
    /** The rule id of "invited an unrelated person", or null. */
    public String getInviteRule() { return inviteRule; }
    /** The rule id of "more members than allowed", or null. */
    public String getCapRule() { return capRule; }
    public PolicyRow getRow() { return row; }
    /** The rule id of "more members than a LINE group holds", or null. */
    public String getLimitRule() { return limitRule; }
    /** The most members a LINE group holds. */
    public int getLineLimit() { return LINE_GROUP_CAP; }

    /** Whether this is an official account, whose members are followers. */
    public boolean isAccount() { return account; }
    /** The member count at which the cap rule warns that the limit is near, or 0 for no warning. */
    public int getWarnAt() { return warnAt; }

    /**
     * The stated member count if the letter gives one, else LINE's cap; for an account, the stated
     * count alone (no limit when none is stated). A group with a {@link #getLimitRule limit rule}
     * leaves LINE's cap to it: its cap rule judges the stated count alone.
     */
    public int getLimit() {
        if (account || limitRule != null) {
            return statedMembers > 0 ? statedMembers : Integer.MAX_VALUE;
        }
        return statedMembers > 0 ? Math.min(statedMembers, LINE_GROUP_CAP) : LINE_GROUP_CAP;
    }

    /** A resolved member whose role the group does not admit. */
    public boolean excludes(Member member) {
        return member.isResolved() && !eligible.matches(member.getPerson());
    }

    /**
     * A member on the roster whose role the group does not admit: inviting them is inviting an
     * unrelated person. Someone not on the roster at all is an outsider ({@link #outsider}) instead:
     * the roster may simply lack them.
     */
    public boolean unrelated(Member member) {
        return excludes(member);
    }

    /**
     * Whether a member counts against {@link #getLimit}: against a count the letter states, only the
     * members the group admits (an outsider or an excluded member is a finding of its own, and the
     * letter counted only those it admits); against LINE's cap, everyone.
     */
    public boolean counts(Member member) {
        return statedMembers <= 0 || (!excludes(member) && !outsider(member));
    }

    /** A member nobody on the roster matches, in a group with membership rules. */
    public boolean outsider(Member member) {
        return membersRule != null && member.isUnknown() && !member.getActor().isEmpty();
    }
}
