package dev.rabiap.cli;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rabiap explain RULE...}: rule by rule, what the letter says and what the office reads into it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints, rule by rule, each row that names the rule: the letter and the clause it quotes, and the office's reading.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Parameters(paramLabel = "RULE", arity = "0..*", description = "Rule ids, such as SKN-4P (default: every rule).")
    List<String> ruleIds = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet ruleSet = rules.ruleSet();
        Provenance provenance;
        try {
            provenance = PolicyEngine.provenance(ruleSet, rules.loadRoster());
        } catch (RuleSetException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            spec.commandLine().getErr().println("rabiap: rule set " + ruleSet.name() + " refused: " + e.problems().size() + " problem(s)");
            return ExitCodes.BAD_INPUT;
        }
        List<String> unknown = ruleIds.stream().filter(r -> provenance.forRule(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            List<String> known = new ArrayList<>(new java.util.LinkedHashSet<>(provenance.rows().stream().flatMap(r -> r.rules().stream()).toList()));
            spec.commandLine().getErr().println("rabiap: no row of rule set " + ruleSet.name() + " names " + String.join(", ", unknown)
                    + " (known: " + String.join(", ", known) + ")");
            return ExitCodes.USAGE;
        }
        SourcesText.explain(provenance, ruleIds).forEach(spec.commandLine().getOut()::println);
        if (ruleIds.isEmpty()) {
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().println("หนังสือ / letters:");
            SourcesText.letters(provenance).forEach(l -> spec.commandLine().getOut().println("  " + l));
        }
        return ExitCodes.CLEAN;
    }
}
