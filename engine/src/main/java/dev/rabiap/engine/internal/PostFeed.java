package dev.rabiap.engine.internal;

import dev.rabiap.engine.rule.Member;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which posts the generic rules can act on, so that only those enter working memory. Most posts of a
 * log are a known member posting what their group allows, with no duty open in the group: no rule
 * can match them, and inserting, joining and deleting them was most of an audit's rule work. A post
 * goes in when, by the same tables and the same tests the rule files use:
 * <ul>
 *   <li>a posting row of its group and kind forbids it ({@link PostingPolicy#forbids}, posting.drl);</li>
 *   <li>its sender is not (or may no longer be) a member of its group (membership-facts.drl makes
 *       members of senders): the members are kept here as the rules insert and delete {@link Member}
 *       facts, so a known member costs one hash lookup; a leave or removal in the same batch makes
 *       the sender's later posts go in;</li>
 *   <li>it is a system event (joins, invites, leaves: membership-facts.drl);</li>
 *   <li>it opens a duty ({@link ObligationPolicy#openedBy}, obligation-facts.drl), or it may answer
 *       one: it is answering and a duty is open in its group, or a duty may have been opened earlier
 *       in the same batch.</li>
 * </ul>
 * Used only with the generic rule files exactly as shipped ({@link CompiledRules#generic()}): a rule
 * set's own DRL may look at any post, so then every post goes in. Confined to the audit's thread.
 */
public final class PostFeed {
    private final Map<String, Map<String, List<PostingPolicy>>> posting = new HashMap<>();
    private final Map<String, List<ObligationPolicy>> openers = new HashMap<>();
    private final Map<PostingPolicy, Map<dev.rabiap.engine.Person, Boolean>> forbidden = new java.util.IdentityHashMap<>();
    /** Members by group, as the rules have made them. */
    private final Map<String, Map<String, Integer>> members = new HashMap<>();
    /** Open duties by the group their answer is due in. */
    private final Map<String, int[]> open = new HashMap<>();
    /** Group and member key of everyone a system event of the current batch is about. */
    private final Set<String> changing = new HashSet<>();
    /** Whether a post of the current batch may open duties. */
    private boolean opening;
    private long fed;
    private long held;
    /** Posts fed, by the first reason: system event, not a member, forbidden, opens a duty, may answer one. */
    private final long[] reasons = new long[5];

    public PostFeed(PolicyTables.Policy policy) {
        for (PostingPolicy row : policy.posting()) {
            posting.computeIfAbsent(row.getGroup(), g -> new HashMap<>()).computeIfAbsent(row.getKind(), k -> new ArrayList<>()).add(row);
        }
        for (ObligationPolicy row : policy.obligations()) {
            openers.computeIfAbsent(row.getGroup(), g -> new ArrayList<>()).add(row);
        }
    }

    /** Whether the post must enter working memory. */
    public boolean needs(Post post) {
        boolean needed = decide(post);
        if (needed) {
            fed++;
        } else {
            held++;
        }
        return needed;
    }

    private boolean decide(Post post) {
        String group = post.getGroup();
        if (post.isSystem()) {
            // only a departure ends a membership (membership-facts.drl): a leave ends the sender's, a
            // removal its target's; an invite or a removal says nothing of the sender's own
            String event = post.getEvent();
            if ("leave".equals(event) || "unfollow".equals(event)) {
                changing.add(key(group, post.getMemberKey()));
            }
            if (post.getTargetKey() != null) {
                changing.add(key(group, post.getTargetKey()));
            }
            opening |= opens(post);
            reasons[0]++;
            return true;
        }
        boolean needed = false;
        Map<String, Integer> known = members.get(group);
        if (known == null || !known.containsKey(post.getMemberKey()) || (!changing.isEmpty() && changing.contains(key(group, post.getMemberKey())))) {
            needed = true;
            reasons[1]++;
        }
        Map<String, List<PostingPolicy>> byKind = posting.get(group);
        if (!needed && byKind != null) {
            List<PostingPolicy> rows = byKind.get(post.getKind());
            if (rows != null) {
                for (PostingPolicy row : rows) {
                    if (forbids(row, post)) {
                        needed = true;
                        reasons[2]++;
                        break;
                    }
                }
            }
        }
        if (opens(post) || post.getCorrects() != null) {
            // a correction of an order's deadline moves the duties that order opened
            opening = true;
            reasons[3]++;
            needed = true;
        }
        if (!needed && post.isAnswering() && (opening || open.containsKey(group))) {
            needed = true;
            reasons[4]++;
        }
        return needed;
    }

    /**
     * {@link PostingPolicy#forbids}, which asks only whether the sender is resolved and who they are,
     * remembered per row and person: the roles are matched once per sender rather than per post.
     */
    private boolean forbids(PostingPolicy row, Post post) {
        if (!post.isResolved()) {
            return row.forbids(post);
        }
        Map<dev.rabiap.engine.Person, Boolean> known = forbidden.computeIfAbsent(row, r -> new java.util.IdentityHashMap<>());
        Boolean answer = known.get(post.getPerson());
        if (answer == null) {
            answer = row.forbids(post);
            known.put(post.getPerson(), answer);
        }
        return answer;
    }

    private boolean opens(Post post) {
        List<ObligationPolicy> rows = openers.get(post.getGroup());
        if (rows != null) {
            for (ObligationPolicy row : rows) {
                if (row.openedBy(post)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rules have fired on the batch: what it held back for is settled. */
    public void batchDone() {
        changing.clear();
        opening = false;
    }

    /** A fact the rules inserted. */
    public void inserted(Object fact) {
        if (fact instanceof Member member) {
            members.computeIfAbsent(member.getGroup(), g -> new HashMap<>()).merge(member.getKey(), 1, Integer::sum);
        } else if (fact instanceof Obligation obligation) {
            open.computeIfAbsent(obligation.getAnswerGroup(), g -> new int[1])[0]++;
        }
    }

    /** A fact the rules deleted. */
    public void deleted(Object fact) {
        if (fact instanceof Member member) {
            Map<String, Integer> known = members.get(member.getGroup());
            if (known != null) {
                known.computeIfPresent(member.getKey(), (k, n) -> n == 1 ? null : n - 1);
            }
        } else if (fact instanceof Obligation obligation) {
            int[] count = open.get(obligation.getAnswerGroup());
            if (count != null && --count[0] == 0) {
                open.remove(obligation.getAnswerGroup());
            }
        }
    }

    /** Posts that went into working memory. */
    public long fed() {
        return fed;
    }

    /** Posts fed by reason: system events, senders not known members, forbidden posts, duty openers, possible answers. */
    public long[] reasons() {
        return reasons.clone();
    }

    /** Posts no rule could act on, kept out of working memory. */
    public long held() {
        return held;
    }

    private static String key(String group, String member) {
        return group + '\u0000' + member;
    }
}
