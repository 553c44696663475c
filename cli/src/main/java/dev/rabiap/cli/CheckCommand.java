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
        description = "Checks the policy tables and compiles the rule files; errors name file and line. Every row must say where it "
                + "comes from (a letter and its clause, or the office's reading); the readings are listed.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @picocli.CommandLine.Option(names = "--provenance", description = "Also print, rule by rule, what the letter says and what the office reads into it.")
    boolean provenance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet ruleSet = rules.ruleSet();
        PolicyEngine.Checked checked;
        try {
            checked = PolicyEngine.checked(ruleSet, rules.loadRoster());
        } catch (RuleSetException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            spec.commandLine().getErr().println("rabiap: rule set " + ruleSet.name() + " refused: " + e.problems().size() + " problem(s)");
            return ExitCodes.BAD_INPUT;
        }
        java.util.List<dev.rabiap.engine.RuleProblem> warnings = checked.warnings();
        dev.rabiap.engine.Provenance sources = checked.provenance();
        java.util.List<dev.rabiap.engine.Provenance.Row> unsourced = sources.unsourced();
        if (!unsourced.isEmpty()) {
            for (dev.rabiap.engine.Provenance.Row row : unsourced) {
                spec.commandLine().getErr().println(row.at() + ": no provenance"
                        + (row.rules().isEmpty() ? "" : " (" + String.join(", ", row.rules()) + ")")
                        + ": name the letter and quote its clause (columns letter, clause), or give the office's reading (column reading)");
            }
            spec.commandLine().getErr().println("rabiap: rule set " + ruleSet.name() + " refused: " + unsourced.size()
                    + " row(s) without provenance");
            return ExitCodes.BAD_INPUT;
        }
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.util.List<dev.rabiap.engine.Provenance.Row> readings = sources.readings();
        if (!readings.isEmpty()) {
            out.println(dev.rabiap.engine.Source.READING_THAI + " / readings of the office: " + readings.size() + " row(s)");
            for (dev.rabiap.engine.Provenance.Row row : readings) {
                out.println("  " + row.at() + (row.rules().isEmpty() ? "" : " " + String.join(", ", row.rules())) + ": " + row.source().reading());
            }
        }
        if (provenance) {
            SourcesText.explain(sources, java.util.List.of()).forEach(out::println);
            out.println();
            out.println("หนังสือ / letters:");
            SourcesText.letters(sources).forEach(l -> out.println("  " + l));
        }
        long tables = ruleSet.files().stream().filter(f -> !f.isDrl() && !f.name().endsWith(".txt")).count();
        long drl = ruleSet.files().stream().filter(RuleFile::isDrl).count();
        spec.commandLine().getOut().printf("rule set %s, version %s: %d rule files and %d policy tables, OK%n",
                ruleSet.name(), ruleSet.version(), drl, tables);
        return ExitCodes.CLEAN;
    }
}
