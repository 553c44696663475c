package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A row of {@code registry.csv}: every agency (or district) that has a person of {@code unitsOf} on
 * the roster must name between {@code min} and {@code max} people of {@code roles} (LPN-2: each
 * agency names exactly one PR coordinator). The roster is the register; the rules judge it at the
 * end of the audit. Immutable.
 */
public final class RegistryPolicy {
    /** One agency or district and the people of the registered roles it has named. */
    public record Unit(String name, List<Person> named) {
        public Unit {
            requireNonNull(name, "name is null");
            named = List.copyOf(named);
        }

        /** How many people the unit has named. */
        public int getCount() { return named.size(); }
    }

    private final String ruleId;
    private final String unit;
    private final RoleSet roles;
    private final int min;
    private final int max;
    private final List<Unit> units;
    private final PolicyRow row;

    private RegistryPolicy(String ruleId, String unit, RoleSet roles, int min, int max, List<Unit> units, PolicyRow row) {
        this.ruleId = requireNonNull(ruleId, "ruleId is null");
        this.unit = requireNonNull(unit, "unit is null");
        this.roles = requireNonNull(roles, "roles is null");
        this.min = min;
        this.max = max;
        this.units = List.copyOf(units);
        this.row = row;
    }

    /** Counts, for each unit that has someone of {@code unitsOf}, the people of {@code roles} it has. */
    public static RegistryPolicy of(String ruleId, String unit, RoleSet unitsOf, RoleSet roles, int min, int max,
                                    List<Person> roster, PolicyRow row) {
        Map<String, List<Person>> named = new TreeMap<>();
        for (Person person : roster) {
            String name = unitOf(unit, person);
            if (unitsOf.matches(person) && !name.isEmpty()) {
                named.putIfAbsent(name, new ArrayList<>());
            }
        }
        for (Person person : roster) {
            List<Person> people = named.get(unitOf(unit, person));
            if (people != null && roles.matches(person)) {
                people.add(person);
            }
        }
        List<Unit> units = new ArrayList<>();
        named.forEach((name, people) -> units.add(new Unit(name, people)));
        return new RegistryPolicy(ruleId, unit, roles, min, max, units, row);
    }

    private static String unitOf(String unit, Person person) {
        return "district".equals(unit) ? person.district() : person.agency();
    }

    public String getRuleId() { return ruleId; }
    /** {@code agency} or {@code district}. */
    public String getUnit() { return unit; }
    public RoleSet getRoles() { return roles; }
    public int getMin() { return min; }
    public int getMax() { return max; }
    /** The units that must name someone, sorted by name. */
    public List<Unit> getUnits() { return units; }
    public PolicyRow getRow() { return row; }

    /** Whether the unit has named fewer or more people than the row allows. */
    public boolean breaches(Unit unit) {
        return unit.getCount() < min || unit.getCount() > max;
    }
}
