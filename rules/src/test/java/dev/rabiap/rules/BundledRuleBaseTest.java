package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.internal.RuleBaseCache;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule sets start from the rule base compiled at build time, not from a compile at the
 * first run: the build's key and the run's must agree (the generic index also lists shared tables,
 * which are no part of the key).
 */
final class BundledRuleBaseTest {
    @Test
    void bundledRuleSetsLoadTheRuleBaseCompiledAtBuildTime() {
        for (String name : new String[] {"sakon-nakhon", "moi-mahadthai", "phrae-gcc", "lamphun-pr"}) {
            RuleBaseCache.clearMemory();
            PolicyEngine.builder().rules(RuleSet.bundled(name)).build();
            assertThat(RuleBaseCache.lastSource()).as(name).isEqualTo("bundled");
        }
    }
}
