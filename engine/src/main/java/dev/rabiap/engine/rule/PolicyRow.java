package dev.rabiap.engine.rule;

import dev.rabiap.engine.Source;

/**
 * Where a policy fact was written: the table file and its line, and where the row itself comes
 * from (the letter and clause, or the office's reading). Shown by explanations so that a reader can
 * find the row that decided, and by reports so that a finding quotes its letter.
 *
 * @param file the table's path as the rule set names it
 * @param line the 1-based line of the row
 * @param source the row's provenance, {@link Source#NONE} when it gives none
 */
public record PolicyRow(String file, int line, Source source) {
    public PolicyRow {
        source = source == null ? Source.NONE : source;
    }

    /** A row with no provenance. */
    public PolicyRow(String file, int line) {
        this(file, line, Source.NONE);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
