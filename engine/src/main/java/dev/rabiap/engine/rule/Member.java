package dev.rabiap.engine.rule;

import dev.rabiap.engine.Names;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;

/**
 * Someone seen to be in a group: because they posted, joined or were invited. Lives in working
 * memory while they are in the group, so its count is bounded by the people, not the log.
 */
public final class Member {
    private final String group;
    private final String key;
    private final Resolution resolution;
    private final String actor;
    private final long seq;
    private final Evidence evidence;
    private final ZonedDateTime time;
    private final Post invitedBy;
    private final String origin;

    private Member(String group, String key, Resolution resolution, String actor, long seq, Evidence evidence, ZonedDateTime time,
                   Post invitedBy, String origin) {
        this.group = group;
        this.key = key;
        this.resolution = resolution;
        this.actor = actor;
        this.seq = seq;
        this.evidence = evidence;
        this.time = time;
        this.invitedBy = invitedBy;
        this.origin = origin;
    }

    /**
     * A member as a runner that keeps members outside working memory stored it (field by field, as the
     * getters give them); for {@code dev.rabiap.engine.PartitionedRules}.
     */
    public static Member restore(String group, String key, Resolution resolution, String actor, long seq, Evidence evidence,
                                 ZonedDateTime time, Post invitedBy, String origin) {
        return new Member(group, key, resolution, actor, seq, evidence, time, invitedBy, origin);
    }

    private Member(String group, String key, Resolution resolution, String actor, Post origin, Post invitedBy) {
        this.group = group;
        this.key = key;
        this.resolution = resolution;
        this.actor = actor;
        this.seq = origin.getSeq();
        this.evidence = origin.getEvidence();
        this.time = origin.getTime();
        this.invitedBy = invitedBy;
        this.origin = invitedBy != null ? "invite" : origin.isSystem() ? origin.getEvent() : "post";
    }

    /** The sender of a post, as a member of its group. */
    public static Member sender(Post post) {
        return new Member(post.getGroup(), post.getMemberKey(), post.getSender(), post.getActor(), post, null);
    }

    /** The target of an invite, as a member, remembering who invited them. */
    public static Member invitee(Post invite) {
        return new Member(invite.getGroup(), invite.getTargetKey(), invite.getTargetResolution(), invite.getTargetName(), invite, invite);
    }

    static String key(Resolution resolution, String name) {
        if (resolution.resolved()) {
            return resolution.person().id();
        }
        return "?" + Names.normalise(name == null ? "" : name);
    }

    public String getGroup() { return group; }
    public String getKey() { return key; }
    public Resolution getResolution() { return resolution; }
    public boolean isResolved() { return resolution.resolved(); }
    /** Neither resolved nor ambiguous: nobody on the roster has this name. */
    public boolean isUnknown() { return resolution.status() == Resolution.Status.UNKNOWN; }
    public Person getPerson() { return resolution.person(); }
    public String getActor() { return actor; }
    /** The position of the message that made them a member. */
    public long getSeq() { return seq; }
    public Evidence getEvidence() { return evidence; }
    public ZonedDateTime getTime() { return time; }
    /** The invite that brought them in, or null. */
    public Post getInvitedBy() { return invitedBy; }
    /** How the log first shows them in the group: {@code post}, {@code join}, {@code follow} or {@code invite}. */
    public String getOrigin() { return origin; }

    @Override
    public String toString() {
        return "Member[" + group + " " + key + "]";
    }
}
