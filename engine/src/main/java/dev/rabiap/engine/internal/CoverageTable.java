package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code coverage.csv}: whose membership a group requires, by role and optionally agency or district. */
final class CoverageTable {
    static final List<String> COVERAGE = List.of("rule", "group", "required_roles", "note");
    static final List<String> COVERAGE_OPTIONAL = TableContext.sourced("agency", "district", "absent_rule");

    private CoverageTable() {}

    static List<CoveragePolicy> read(TableContext t, RuleSet rules, Map<String, RuleText> catalogue, Map<String, GroupPolicy> groups) {
        List<CoveragePolicy> coverage = new ArrayList<>();
        for (TableRow row : t.rows(rules, "coverage.csv", COVERAGE, COVERAGE_OPTIONAL, false)) {
            t.record(row, TableContext.cells(row, "rule", "absent_rule"), row.get("group") + ": everyone " + row.get("required_roles")
                    + (row.get("agency").isEmpty() ? "" : " of " + row.get("agency"))
                    + (row.get("district").isEmpty() ? "" : " of district " + row.get("district")) + " must be a member");
            String rule = t.ruleRef(row, "rule", catalogue, FindingKind.MEMBERSHIP);
            String group = t.groupRef(row, groups);
            RoleSet required = t.roles(row, "required_roles");
            String agency = row.get("agency");
            String district = row.get("district");
            if (required.isEmpty()) {
                row.problem("required_roles is empty: say whose membership the group requires");
            }
            List<Person> people = t.roster.people().stream()
                    .filter(required::matches)
                    .filter(p -> agency.isEmpty() || agency.equals(p.agency()))
                    .filter(p -> district.isEmpty() || district.equals(p.district()))
                    .toList();
            String absentRule = t.ruleRef(row, "absent_rule", catalogue, FindingKind.MEMBERSHIP);
            if (rule != null && group != null) {
                coverage.add(new CoveragePolicy(rule, group, required, people, absentRule,
                        !agency.isEmpty() ? agency : district, row.at()));
            }
        }

        return coverage;
    }
}
