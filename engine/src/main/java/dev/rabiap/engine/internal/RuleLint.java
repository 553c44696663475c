package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.GroupPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Points out rows of a rule set that can never take effect (warnings). What rule code may call is
 * not judged here but on the compiled classes, by {@link RuleSandbox}.
 */
public final class RuleLint {
    private RuleLint() {}

    /** Warnings: catalogue rules nothing refers to, obligations nobody owes, classification rows an earlier row hides. */
    public static List<RuleProblem> warnings(RuleSet rules, PolicyTables.Policy policy) {
        List<RuleProblem> warnings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (GroupPolicy group : policy.groups()) {
            used.add(group.getMembersRule());
            used.add(group.getInviteRule());
            used.add(group.getCapRule());
        }
        for (PostingPolicy posting : policy.posting()) {
            used.add(posting.getRuleId());
        }
        for (dev.rabiap.engine.rule.CoveragePolicy coverage : policy.coverage()) {
            used.add(coverage.getRuleId());
            if (coverage.getRequired().isEmpty()) {
                warnings.add(new RuleProblem(coverage.getRow().file(), coverage.getRow().line(), "rule " + coverage.getRuleId()
                        + " can never fire: nobody on the roster has one of the required_roles " + coverage.getRoles()));
            }
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            used.add(obligation.getRuleId());
            if (obligation.getParties().isEmpty() && obligation.getUnit() != ObligationPolicy.PartyUnit.SENDER) {
                warnings.add(new RuleProblem(obligation.getRow().file(), obligation.getRow().line(), "rule " + obligation.getRuleId()
                        + " can never fire: nobody on the roster has " + (obligation.getUnit() == ObligationPolicy.PartyUnit.AGENCY ? "an agency" : "a district")
                        + " and one of the party_roles " + obligation.getPartyRoles()));
            }
        }
        for (dev.rabiap.engine.rule.RegistryPolicy registry : policy.registry()) {
            used.add(registry.getRuleId());
            if (registry.getUnits().isEmpty()) {
                warnings.add(new RuleProblem(registry.getRow().file(), registry.getRow().line(), "rule " + registry.getRuleId()
                        + " can never fire: nobody on the roster has one of the units_of roles and " + (registry.getUnit().equals("agency") ? "an agency" : "a district")));
            }
        }
        String drl = String.join("\n", rules.files().stream().filter(RuleFile::isDrl).map(RuleFile::content).toList());
        policy.catalogue().values().forEach(text -> {
            if (!used.contains(text.id()) && !drl.contains("\"" + text.id() + "\"")) {
                warnings.add(new RuleProblem(text.row().file(), text.row().line(), "rule " + text.id()
                        + " can never fire: no table row or rule file refers to it"));
            }
        });
        List<Classifier.Row> rows = policy.classifier().rows();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (hides(rows.get(j), rows.get(i))) {
                    warnings.add(new RuleProblem(rules.file("classification.csv").path(), rows.get(i).line(), "this row never decides: the row on line "
                            + rows.get(j).line() + " matches every message it matches"));
                    break;
                }
            }
        }
        return warnings;
    }

    /** Whether an earlier row matches every message a later row matches. */
    private static boolean hides(Classifier.Row earlier, Classifier.Row later) {
        Classifier.Match a = earlier.match();
        Classifier.Match b = later.match();
        if (a == Classifier.Match.TYPE || b == Classifier.Match.TYPE) {
            return a == b && earlier.pattern().equals(later.pattern());
        }
        if (a == Classifier.Match.CONTAINS && b != Classifier.Match.REGEX && b != Classifier.Match.ONLY) {
            return later.pattern().contains(earlier.pattern());
        }
        if (a == b && a != Classifier.Match.REGEX && a != Classifier.Match.ONLY) {
            return a == Classifier.Match.STARTS_WITH ? later.pattern().startsWith(earlier.pattern())
                    : a == Classifier.Match.ENDS_WITH ? later.pattern().endsWith(earlier.pattern())
                    : later.pattern().equals(earlier.pattern());
        }
        return a == b && earlier.pattern().equals(later.pattern());
    }
}
