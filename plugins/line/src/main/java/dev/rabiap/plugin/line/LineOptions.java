package dev.rabiap.plugin.line;

import java.util.Collection;
import java.util.Map;

/** What the LINE sources and the webhook receiver check alike in the options they are given. */
final class LineOptions {
    private LineOptions() {}

    /**
     * Checks that every option is one of {@code allowed}.
     *
     * @throws IllegalArgumentException "unknown option {@code key} for {@code format}; allowed: …", naming the allowed
     *     options in the order given
     */
    static void requireKnown(Map<String, String> options, String format, Collection<String> allowed) {
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown option " + key + " for " + format + "; allowed: " + String.join(", ", allowed));
            }
        }
    }
}
