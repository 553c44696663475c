package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A row of {@code posting.csv} for one of its kinds: in {@code group}, messages of {@code kind} may
 * be posted only by {@code roles} (nobody when empty). A row naming several kinds becomes one fact
 * per kind, so that rules find the row of a message by two indexed equalities. A row may also ask
 * that a post carry an attachment of some type (LPN-3: results as infographics, an image).
 * Immutable.
 */
public final class PostingPolicy {
    private final String ruleId;
    private final String group;
    private final java.util.function.Predicate<String> says;
    private final Set<String> kinds;
    private final String kind;
    private final RoleSet roles;
    private final PolicyRow row;
    private final Set<String> carries;

    public PostingPolicy(String ruleId, String group, String kind, Set<String> kinds, RoleSet roles, PolicyRow row) {
        this(ruleId, group, kind, kinds, roles, Set.of(), row);
    }

    /**
     * @param carries the attachment types (such as {@code image}) a post of the row's kinds must
     *        carry, even from someone allowed to post it; empty when any post will do
     */
    public PostingPolicy(String ruleId, String group, String kind, Set<String> kinds, RoleSet roles, Set<String> carries, PolicyRow row) {
        this(ruleId, group, kind, kinds, roles, carries, null, row);
    }

    /**
     * @param says whether a post's text says what the row is about ({@code phrases}: "ได้รับรางวัล",
     *        "ผลการดำเนินงาน" for a performance result posted as publicity); null when the row judges
     *        every post of its kinds
     */
    public PostingPolicy(String ruleId, String group, String kind, Set<String> kinds, RoleSet roles, Set<String> carries,
                         java.util.function.Predicate<String> says, PolicyRow row) {
        this.says = says;
        this.carries = Set.copyOf(carries);
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
    /** The attachment types a post must carry (one of them), or empty. */
    public Set<String> getCarries() { return carries; }

    /**
     * Whether this row forbids the post's sender to post it: when the sender is resolved to one
     * person on the roster and holds none of the row's roles (a row that names no role forbids
     * everyone), or is an outsider ({@link Post#isOutsider}: nobody on the audit's roster) and the row
     * names the roles that may post: an outsider holds none of them. A row that names no role forbids
     * members a kind of content ("งดการส่งรายงาน" among heads); an outsider's advert there is read as
     * PR but is no member's report, and the membership finding already asks to remove them. A display
     * name two people share is never guessed to be one of them and is not judged here, nor is anyone in
     * an audit without a roster; the audit summary counts both.
     */
    public boolean forbids(Post post) {
        if (!says(post.getMessage().text())) {
            return false;
        }
        if (post.isResolved()) {
            return roles.isEmpty() || !roles.matches(post.getPerson()) || !carried(post);
        }
        return post.isOutsider() && !roles.isEmpty();
    }

    /** Whether a post's text says what the row is about: always, when the row names no phrases. */
    public boolean says(String text) {
        return says == null || says.test(text == null ? "" : text);
    }

    /** Whether the post carries one of the attachment types the row asks for (always, when it asks for none). */
    public boolean carried(Post post) {
        if (carries.isEmpty()) {
            return true;
        }
        for (dev.rabiap.engine.spi.ChatMessage part : post.getParts()) {
            if (carries.contains(part.type().code())) {
                return true;
            }
        }
        return false;
    }
}
