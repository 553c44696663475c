package dev.rabiap.bench.plain;

import java.util.Set;

/**
 * One post as a plain Drools rule set would take it: group, kind, sender and, for an invite or a
 * removal, target, with each person's roles flattened into strings ({@link RoleKeys}). Immutable.
 */
public final class PlainPost {
    private final long seq;
    private final String text;
    private final String group;
    private final String kind;
    private final boolean system;
    private final String event;
    private final Party sender;
    private final Party target;

    /**
     * A person as a post names them.
     *
     * @param key the membership key: roster id, or a name for someone not on it
     * @param resolved whether the roster names them
     * @param unknown whether no one on the roster has the name
     * @param personId the roster id, or empty
     * @param actor the display name
     * @param roles the person's role keys ({@link RoleKeys#of})
     */
    public record Party(String key, boolean resolved, boolean unknown, String personId, String actor, Set<String> roles) {}

    public PlainPost(long seq, String group, String kind, boolean system, String event, Party sender, Party target) {
        this(seq, group, kind, system, event, sender, target, "");
    }

    /** @param text the post's text, for the posting rows that judge only posts saying certain phrases */
    public PlainPost(long seq, String group, String kind, boolean system, String event, Party sender, Party target, String text) {
        this.text = text == null ? "" : text;
        this.seq = seq;
        this.group = group;
        this.kind = kind;
        this.system = system;
        this.event = event;
        this.sender = sender;
        this.target = target;
    }

    public long getSeq() { return seq; }
    public String getText() { return text; }
    public String getGroup() { return group; }
    public String getKind() { return kind; }
    public boolean isSystem() { return system; }
    public String getEvent() { return event; }
    public Party getSender() { return sender; }
    public Party getTarget() { return target; }
    public String getKey() { return sender.key(); }
    public String getTargetKey() { return target == null ? null : target.key(); }
    public boolean isResolved() { return sender.resolved(); }
    public Set<String> getRoles() { return sender.roles(); }
    /** Earlier posts first, as the membership rules need within a batch. */
    public int getSalience() { return seq >= Integer.MAX_VALUE / 2 ? Integer.MIN_VALUE + 2 : (int) (-2 * seq); }
}
