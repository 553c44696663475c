package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.RegistryPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code registry.csv}: how many people of which roles each agency or district must name. */
final class RegistryTable {
    static final List<String> REGISTRY = List.of("rule", "unit", "units_of", "roles", "min", "max", "note");

    private RegistryTable() {}

    static List<RegistryPolicy> read(TableContext t, RuleSet rules, Map<String, RuleText> catalogue) {
        List<RegistryPolicy> registry = new ArrayList<>();
        for (TableRow row : t.rows(rules, "registry.csv", REGISTRY, TableContext.PROVENANCE, false)) {
            t.record(row, List.of(row.get("rule")), "each " + row.get("unit") + " of " + row.get("units_of") + " names "
                    + (row.get("min").equals(row.get("max")) ? row.get("min") : row.get("min") + " to " + row.get("max")) + " " + row.get("roles"));
            String rule = t.ruleRef(row, "rule", catalogue, FindingKind.MEMBERSHIP);
            String unit = t.choice(row, "unit", List.of("agency", "district"));
            RoleSet unitsOf = t.roles(row, "units_of");
            RoleSet roles = t.roles(row, "roles");
            Integer min = t.count(row, "min");
            Integer max = t.count(row, "max");
            if (roles.isEmpty()) {
                row.problem("roles is empty: say whom each " + (unit.isEmpty() ? "unit" : unit) + " must name");
            }
            if (unitsOf.isEmpty()) {
                row.problem("units_of is empty: say whose agencies or districts must name someone");
            }
            if (min != null && max != null && min > max) {
                row.problem("min " + min + " is more than max " + max);
            }
            if (rule != null && !unit.isEmpty() && min != null && max != null) {
                registry.add(RegistryPolicy.of(rule, unit, unitsOf, roles, min, max, t.roster.people(), row.at()));
            }
        }

        return registry;
    }
}
