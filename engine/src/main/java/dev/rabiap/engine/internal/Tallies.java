package dev.rabiap.engine.internal;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.spi.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts records by reason, keeping the first few places of each. Thread-safe. */
public final class Tallies {
    private static final int EXAMPLES = 5;
    private static final int MAX_REASONS = 200;

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, List<Evidence>> examples = new LinkedHashMap<>();

    /** Counts one record. The reason's text up to its first colon is the category. */
    public synchronized void add(Evidence where, String reason) {
        String category = category(reason);
        if (!counts.containsKey(category) && counts.size() >= MAX_REASONS) {
            category = "other reasons";
        }
        counts.computeIfAbsent(category, k -> new long[1])[0]++;
        List<Evidence> list = examples.computeIfAbsent(category, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(where);
        }
    }

    /** The tallies, in the order reasons were first seen. */
    public synchronized List<AuditSummary.Tally> snapshot() {
        List<AuditSummary.Tally> out = new ArrayList<>();
        counts.forEach((reason, count) -> out.add(new AuditSummary.Tally(reason, count[0], List.copyOf(examples.get(reason)))));
        return out;
    }

    private static String category(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }
}
