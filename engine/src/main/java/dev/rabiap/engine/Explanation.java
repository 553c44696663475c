package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why a finding was made: the rule that fired, and the facts it matched (the message, the person,
 * the policy row, the member or obligation), each as a line in Thai and English.
 *
 * @param ruleId the {@code @id} of the rule that fired, such as {@code posting.not-allowed}
 * @param ruleName the rule's name
 * @param lines one line a fact, Thai first then English
 */
public record Explanation(String ruleId, String ruleName, List<String> lines) {
    public Explanation {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(ruleName, "ruleName is null");
        lines = List.copyOf(lines);
    }
}
