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

    /**
     * Warnings: catalogue rules nothing refers to, obligations nobody owes, classification rows an
     * earlier row hides, and day-counted deadlines the holiday calendar cannot count this year or next.
     */
    public static List<RuleProblem> warnings(RuleSet rules, PolicyTables.Policy policy) {
        return warnings(rules, policy, true);
    }

    /**
     * {@link #warnings(RuleSet, PolicyTables.Policy)}; without a roster ({@code withRoster} false),
     * rules are not said to be unable to fire for want of people: nobody is on an empty roster.
     */
    public static List<RuleProblem> warnings(RuleSet rules, PolicyTables.Policy policy, boolean withRoster) {
        return warnings(rules, policy, java.time.Year.now(dev.rabiap.engine.spi.ChatMessage.BANGKOK).getValue(), withRoster);
    }

    /** {@link #warnings(RuleSet, PolicyTables.Policy)} with {@code year} as the current year. */
    static List<RuleProblem> warnings(RuleSet rules, PolicyTables.Policy policy, int year) {
        return warnings(rules, policy, year, true);
    }

    static List<RuleProblem> warnings(RuleSet rules, PolicyTables.Policy policy, int year, boolean withRoster) {
        List<RuleProblem> warnings = new ArrayList<>();
        calendarWarnings(policy, year, warnings);
        Set<String> used = new HashSet<>();
        for (GroupPolicy group : policy.groups()) {
            used.add(group.getMembersRule());
            used.add(group.getInviteRule());
            used.add(group.getCapRule());
            used.add(group.getLimitRule());
        }
        for (PostingPolicy posting : policy.posting()) {
            used.add(posting.getRuleId());
        }
        for (dev.rabiap.engine.rule.CoveragePolicy coverage : policy.coverage()) {
            used.add(coverage.getRuleId());
            used.add(coverage.getAbsentRule());
            if (withRoster && coverage.getRequired().isEmpty()) {
                warnings.add(new RuleProblem(coverage.getRow().file(), coverage.getRow().line(), "rule " + coverage.getRuleId()
                        + " can never fire: nobody on the roster has one of the required_roles " + coverage.getRoles()));
            }
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            used.add(obligation.getRuleId());
            if (withRoster && obligation.getParties().isEmpty() && obligation.getUnit() != ObligationPolicy.PartyUnit.SENDER) {
                warnings.add(new RuleProblem(obligation.getRow().file(), obligation.getRow().line(), "rule " + obligation.getRuleId()
                        + " can never fire: nobody on the roster has " + (obligation.getUnit() == ObligationPolicy.PartyUnit.AGENCY ? "an agency" : "a district")
                        + " and one of the party_roles " + obligation.getPartyRoles()));
            }
        }
        for (dev.rabiap.engine.rule.RegistryPolicy registry : policy.registry()) {
            used.add(registry.getRuleId());
            if (withRoster && registry.getUnits().isEmpty()) {
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
                    warnings.add(new RuleProblem(rows.get(i).file(), rows.get(i).line(), "this row never decides: the row at "
                            + rows.get(j).at() + " matches every post it matches"));
                    break;
                }
            }
        }
        return warnings;
    }

    /**
     * An obligation whose default deadline counts days (working days, or days, weeks or months that
     * end on a working day) needs the holidays of the years its duties fall in: warns when the
     * calendar lacks this year or next.
     */
    private static void calendarWarnings(PolicyTables.Policy policy, int year, List<RuleProblem> warnings) {
        List<Integer> missing = new ArrayList<>();
        for (int y : List.of(year, year + 1)) {
            if (!policy.calendar().covers(y)) {
                missing.add(y);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            if (dev.rabiap.engine.thai.DeadlineReader.countsDays(obligation.getDefaultDeadlineText())) {
                warnings.add(new RuleProblem(obligation.getRow().file(), obligation.getRow().line(), "rule " + obligation.getRuleId()
                        + ": default_deadline '" + obligation.getDefaultDeadlineText() + "' counts days, but the holiday calendar does not list the holidays of "
                        + missing.stream().map(y -> y + " (พ.ศ. " + (y + dev.rabiap.engine.thai.ThaiText.BUDDHIST_ERA_OFFSET) + ")").collect(java.util.stream.Collectors.joining(" and "))
                        + "; it lists " + describe(policy.calendar().coveredYears())
                        + ". Until they are added (a holidays-YYYY.csv in the rule set) only weekends are skipped there"));
            }
        }
    }

    private static String describe(java.util.Set<Integer> years) {
        if (years.isEmpty()) {
            return "no year";
        }
        List<Integer> sorted = years.stream().sorted().toList();
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        return last - first + 1 == sorted.size() ? first + "–" + last : sorted.toString();
    }

    /**
     * Whether an earlier row surely matches every post a later row matches: it has no condition
     * (no unless, no roles, anywhere in the post) and each of the later row's phrases is one of its
     * phrases (for a word match) or contains one (for a contains match).
     */
    private static boolean hides(Classifier.Row earlier, Classifier.Row later) {
        if (!earlier.unless().isEmpty() || !earlier.roles().isEmpty() || earlier.where() != Classifier.Where.ANYWHERE) {
            return false;
        }
        Classifier.Match a = earlier.match();
        Classifier.Match b = later.match();
        if (a == Classifier.Match.REGEX || a == Classifier.Match.ONLY || b == Classifier.Match.REGEX || b == Classifier.Match.ONLY) {
            return a == b && earlier.pattern().equals(later.pattern());
        }
        if (a == Classifier.Match.TYPE || a == Classifier.Match.PARTS || b == Classifier.Match.TYPE || b == Classifier.Match.PARTS) {
            return a == b && earlier.phrases().containsAll(later.phrases());
        }
        for (String phrase : later.phrases()) {
            boolean covered = false;
            for (String shorter : earlier.phrases()) {
                covered |= a == Classifier.Match.CONTAINS ? phrase.contains(shorter) : a == b && phrase.equals(shorter);
            }
            if (!covered) {
                return false;
            }
        }
        return !later.phrases().isEmpty();
    }
}
