package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 13: a DRL expression nested 3,002 parentheses deep (Post, eval and 3,000 more) ran Drools' parser out of stack (StackOverflowError, exit 1). */
final class DeepNestingTest {
    @Test
    void deeplyNestedExpression_isARuleSetError_withFileAndLine() throws IOException {
        String drl;
        try (InputStream in = getClass().getResourceAsStream("RuleFilesFuzzTestInputs/drl/deeply-nested")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RuleSet rules = RuleSet.bundled("sakon-nakhon").with(new RuleFile("rules/posting.drl", "posting.drl", drl));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> PolicyEngine.check(rules, Fixtures.ROSTER));

        assertThat(e.problems()).containsExactly(
                new RuleProblem("rules/posting.drl", 6, "brackets nested more than 10 deep: split the expression (each level doubles the time the rule compiler takes)"));
    }
}
