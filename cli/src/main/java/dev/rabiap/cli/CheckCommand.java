package dev.rabiap.cli;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rabiap check}: checks the tables and compiles the rule files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the policy tables and compiles the rule files; errors name file and line.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet ruleSet = rules.ruleSet();
        java.util.List<dev.rabiap.engine.RuleProblem> warnings;
        try {
            warnings = PolicyEngine.check(ruleSet, rules.loadRoster());
        } catch (RuleSetException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            spec.commandLine().getErr().println("rabiap: rule set " + ruleSet.name() + " refused: " + e.problems().size() + " problem(s)");
            return ExitCodes.BAD_INPUT;
        }
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        long tables = ruleSet.files().stream().filter(f -> !f.isDrl()).count();
        long drl = ruleSet.files().stream().filter(RuleFile::isDrl).count();
        spec.commandLine().getOut().printf("rule set %s, version %s: %d rule files and %d policy tables, OK%n",
                ruleSet.name(), ruleSet.version(), drl, tables);
        return ExitCodes.CLEAN;
    }
}
