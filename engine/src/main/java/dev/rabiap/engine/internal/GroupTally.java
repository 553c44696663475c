package dev.rabiap.engine.internal;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Names;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the messages of groups a rule set does not speak of, so that an audit whose group names
 * do not match the rule set is never reported clean: each such group with its message count, its
 * first place, and the rule set's group whose name is closest. Confined to the reading thread until
 * the audit ends.
 */
public final class GroupTally {
    private static final int MAX_GROUPS = 1000;

    private final List<String> known;
    private final Set<String> knownSet;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Evidence> first = new LinkedHashMap<>();
    private long matched;

    public GroupTally(List<String> known) {
        this.known = List.copyOf(known);
        this.knownSet = new HashSet<>(known);
    }

    /** Counts one message. */
    public void count(ChatMessage message) {
        if (knownSet.contains(message.group())) {
            matched++;
            return;
        }
        String group = counts.containsKey(message.group()) || counts.size() < MAX_GROUPS ? message.group() : "(other groups)";
        counts.computeIfAbsent(group, g -> new long[1])[0]++;
        first.putIfAbsent(group, message.evidence());
    }

    /** Messages in groups the rule set names. */
    public long matched() {
        return matched;
    }

    /** The groups the rule set does not name, in the order first seen. */
    public List<AuditSummary.UnmatchedGroup> snapshot() {
        List<AuditSummary.UnmatchedGroup> out = new ArrayList<>();
        counts.forEach((group, count) -> out.add(new AuditSummary.UnmatchedGroup(group, count[0], first.get(group), closest(group))));
        return out;
    }

    /** The rule set's group whose name is closest to {@code name}, or empty when none is close. */
    String closest(String name) {
        String wanted = Names.normalise(name);
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String group : known) {
            int distance = distance(wanted, Names.normalise(group));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = group;
            }
        }
        int longest = Math.max(wanted.length(), best.isEmpty() ? 0 : Names.normalise(best).length());
        return bestDistance <= Math.max(2, longest / 2) ? best : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
