package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.internal.KindModel;
import dev.rabiap.engine.internal.PolicyTables;
import dev.rabiap.engine.internal.RuleBaseCache;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule sets start from the rule base compiled and the examples' model trained at build
 * time, not from a compile or a training at the first run: the build's keys and the run's must agree
 * (the generic index also lists shared tables, which are no part of the rule base's key).
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
    /**
     * The labelled examples' model stored by the build for the bundled examples is found under the
     * key of their files and reads every example as the model trained here does, to the last digit.
     */
    @Test
    void bundledRuleSetsReadTheExamplesModelTrainedAtBuildTime() throws java.io.IOException {
        java.util.List<KindModel.Example> examples = PolicyTables.bundledExamples(RuleSet.bundled("sakon-nakhon"));
        for (String name : new String[] {"moi-mahadthai", "phrae-gcc", "lamphun-pr"}) {
            assertThat(PolicyTables.bundledExamples(RuleSet.bundled(name))).as(name).isEqualTo(examples);
        }
        String resource = PolicyTables.bundledModelResource(PolicyTables.bundledModelKey(RuleSet.bundled("sakon-nakhon")));
        for (String name : new String[] {"moi-mahadthai", "phrae-gcc", "lamphun-pr"}) {
            assertThat(PolicyTables.bundledModelResource(PolicyTables.bundledModelKey(RuleSet.bundled(name)))).as(name).isEqualTo(resource);
        }
        byte[] stored;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            stored = in.readAllBytes();
        }
        KindModel read = KindModel.read(stored);
        KindModel trained = KindModel.train(examples);

        assertThat(read.size()).isEqualTo(examples.size()).isGreaterThan(6000);
        for (KindModel.Example e : examples) {
            assertThat(read.scoresAlone(e.text(), e.role(), e.type(), e.withParts())).as(e.at())
                    .isEqualTo(trained.scoresAlone(e.text(), e.role(), e.type(), e.withParts()));
            assertThat(read.scores(e.text(), e.role(), e.type(), e.withParts())).as(e.at())
                    .isEqualTo(trained.scores(e.text(), e.role(), e.type(), e.withParts()));
        }
    }
}
