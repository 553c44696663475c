package dev.rabiap.plugin.line;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhook event ids already read, so that an event LINE delivers again is read once. Keeps the
 * most recent {@value #CAPACITY} ids; LINE redelivers within hours, far fewer events than that. Not
 * thread-safe.
 */
final class LineEventIds {
    /** How many ids are remembered. */
    static final int CAPACITY = 200_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True the first time an id is offered; an empty or null id is always new. */
    boolean firstTime(String webhookEventId) {
        if (webhookEventId == null || webhookEventId.isEmpty()) {
            return true;
        }
        return seen.put(webhookEventId, Boolean.TRUE) == null;
    }
}
