package dev.rabiap.bench.plain;

import java.util.ArrayList;
import java.util.List;

/** The decisions a plain rule session made: rule id, post position, person and name, one string each. */
public final class Decisions {
    private final List<String> made = new ArrayList<>();

    public void add(String rule, long seq, String personId, String actor) {
        made.add(rule + '|' + seq + '|' + personId + '|' + actor);
    }

    public List<String> made() {
        return made;
    }
}
