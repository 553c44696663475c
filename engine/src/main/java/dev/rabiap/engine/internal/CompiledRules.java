package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.Findings;
import org.kie.api.KieBase;

/**
 * A rule set compiled once: the shared, thread-safe KieBase, the checked policy tables and the
 * finding factory. Sessions made from it are short-lived, one per audit.
 *
 * @param rules the source files
 * @param kieBase the compiled rules
 * @param policy the checked tables
 * @param findings the global every rule uses to build findings
 * @param warnings rows that can never take effect, with file and line
 * @param generic whether the DRL is exactly the generic rule files, so that {@link PostFeed} knows
 *     which posts they can act on
 */
public record CompiledRules(RuleSet rules, KieBase kieBase, PolicyTables.Policy policy, Findings findings,
                            java.util.List<dev.rabiap.engine.RuleProblem> warnings, boolean generic) {}
