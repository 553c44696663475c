package dev.rabiap.engine.internal;

import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import dev.rabiap.engine.rule.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rule set: checks the tables against the roster, and gets the rule base of its DRL
 * files from {@link RuleBaseCache} (compiled at build time for the bundled rules, cached by content
 * for a rules folder, else compiled through the executable model), every class of which
 * {@link RuleSandbox} has checked against the allow-list. Errors are refused with file:line;
 * nothing half-built is returned.
 */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {}

    /**
     * Checks the tables against the roster and compiles the DRL.
     *
     * @throws RuleSetException with every problem, each naming file and line
     */
    public static CompiledRules compile(RuleSet rules, Roster roster) {
        List<RuleProblem> problems = new ArrayList<>();
        PolicyTables.Policy policy = PolicyTables.read(rules, roster, problems);
        List<RuleFile> drl = rules.files().stream().filter(RuleFile::isDrl).toList();
        problems.addAll(DrlShape.check(drl));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase;
        try {
            kieBase = RuleBaseCache.load(drl);
        } catch (StackOverflowError e) {
            throw new RuleSetException(List.of(new RuleProblem(drl.isEmpty() ? rules.name() : drl.get(drl.size() - 1).path(), 0,
                    "a rule is nested too deeply for the compiler: split its expressions")));
        }
        int ruleCount = checkRuleIds(kieBase, drl, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        LOG.debug("compiled rule set {} version {}: {} rules", rules.name(), rules.version(), ruleCount);
        boolean generic = drl.equals(RuleSet.genericDrl().stream().filter(RuleFile::isDrl).toList());
        return new CompiledRules(rules, kieBase, policy, new Findings(policy.catalogue(), policy.roles(), policy.kinds()),
                RuleLint.warnings(rules, policy, !roster.people().isEmpty()), generic);
    }

    /** Every DRL rule must carry a unique {@code @id}; returns how many rules there are. */
    private static int checkRuleIds(KieBase kieBase, List<RuleFile> drl, List<RuleProblem> problems) {
        int rules = 0;
        Map<String, String> ruleById = new HashMap<>();
        DrlIndex index = null;
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            List<Rule> sorted = new ArrayList<>(kiePackage.getRules());
            sorted.sort(java.util.Comparator.comparing(Rule::getName));
            for (Rule rule : sorted) {
                Object id = rule.getMetaData().get("id");
                String where = kiePackage.getName() + " rule \"" + rule.getName() + "\"";
                if (id == null || ruleById.containsKey(id.toString())) {
                    index = index == null ? DrlIndex.of(drl) : index;
                    DrlIndex.Entry entry = index.rule(kiePackage.getName(), rule.getName());
                    String file = entry == null ? kiePackage.getName() : entry.file().path();
                    int line = entry == null ? 0 : entry.line();
                    problems.add(new RuleProblem(file, line, id == null ? where + " has no @id"
                            : "@id " + id + " of " + where + " is already used by " + ruleById.get(id.toString())));
                    continue;
                }
                ruleById.put(id.toString(), where);
                rules++;
            }
        }
        return rules;
    }
}
