package dev.rabiap.bench.plain;

import java.util.Collections;
import java.util.Set;

/** A group row: the roles it admits and the rule ids of its membership findings (null when none). */
public final class GroupRow {
    private final String group;
    private final String membersRule;
    private final String inviteRule;
    private final Set<String> eligible;

    public GroupRow(String group, String membersRule, String inviteRule, Set<String> eligible) {
        this.group = group;
        this.membersRule = membersRule;
        this.inviteRule = inviteRule;
        this.eligible = eligible;
    }

    public String getGroup() { return group; }
    public String getMembersRule() { return membersRule; }
    public String getInviteRule() { return inviteRule; }

    /** A member on the roster whose roles the group does not admit. */
    public boolean excludes(PlainMember member) {
        return member.isResolved() && Collections.disjoint(eligible, member.getParty().roles());
    }
}
