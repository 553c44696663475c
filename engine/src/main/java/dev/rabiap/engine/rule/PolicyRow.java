package dev.rabiap.engine.rule;

/**
 * Where a policy fact was written: the table file and its line. Shown by explanations so that a
 * reader can find the row that decided.
 *
 * @param file the table's path as the rule set names it
 * @param line the 1-based line of the row
 */
public record PolicyRow(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
