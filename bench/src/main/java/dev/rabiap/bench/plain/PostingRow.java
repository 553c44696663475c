package dev.rabiap.bench.plain;

import java.util.Collections;
import java.util.Set;

/** A posting row for one kind: in {@code group}, {@code kind} may be posted only by the roles in {@code allowed}. */
public final class PostingRow {
    private final String rule;
    private final String group;
    private final String kind;
    private final Set<String> allowed;
    private final java.util.function.Predicate<String> says;

    public PostingRow(String rule, String group, String kind, Set<String> allowed) {
        this(rule, group, kind, allowed, text -> true);
    }

    /** @param says whether a post's text is one the row judges (the row's phrases; always true when it names none) */
    public PostingRow(String rule, String group, String kind, Set<String> allowed, java.util.function.Predicate<String> says) {
        this.says = says;
        this.rule = rule;
        this.group = group;
        this.kind = kind;
        this.allowed = allowed;
    }

    public String getRule() { return rule; }
    public String getGroup() { return group; }
    public String getKind() { return kind; }

    /** Whether the row judges a post with this text. */
    public boolean says(String text) {
        return says.test(text);
    }

    /** Whether a sender with these role keys may not post the row's kind. */
    public boolean forbids(Set<String> roles) {
        return Collections.disjoint(allowed, roles);
    }
}
