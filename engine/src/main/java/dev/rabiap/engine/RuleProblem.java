package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

/**
 * One error in a rule set: the file (as the rule set names it), the 1-based line (0 when the
 * compiler gives none) and what is wrong.
 *
 * @param file the rule file or table
 * @param line the line, or 0
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {
    public RuleProblem {
        requireNonNull(file, "file is null");
        requireNonNull(message, "message is null");
    }

    /** {@code file:line: message} */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
