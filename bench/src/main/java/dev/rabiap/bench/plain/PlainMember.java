package dev.rabiap.bench.plain;

/** Someone in a group, from the post that made them a member until they leave. Immutable. */
public final class PlainMember {
    private final String group;
    private final PlainPost.Party party;
    private final long seq;
    private final PlainPost invitedBy;

    private PlainMember(String group, PlainPost.Party party, long seq, PlainPost invitedBy) {
        this.group = group;
        this.party = party;
        this.seq = seq;
        this.invitedBy = invitedBy;
    }

    /** The sender of a post, as a member of its group. */
    public static PlainMember sender(PlainPost post) {
        return new PlainMember(post.getGroup(), post.getSender(), post.getSeq(), null);
    }

    /** The target of an invite, as a member. */
    public static PlainMember invitee(PlainPost post) {
        return new PlainMember(post.getGroup(), post.getTarget(), post.getSeq(), post);
    }

    public String getGroup() { return group; }
    public String getKey() { return party.key(); }
    public PlainPost.Party getParty() { return party; }
    public boolean isResolved() { return party.resolved(); }
    public boolean isUnknown() { return party.unknown(); }
    public String getActor() { return party.actor(); }
    public long getSeq() { return seq; }
    public PlainPost getInvitedBy() { return invitedBy; }
}
