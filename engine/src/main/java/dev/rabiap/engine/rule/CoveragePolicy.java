package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Person;
import java.util.List;

/**
 * A row of {@code coverage.csv}: everyone on the roster with one of {@code roles} must be a member
 * of {@code group} (GCC-2: agency heads in GCC2; MOI-1: followers of an account). Who is a member
 * comes from the log: posts, joins and follows, or a member list given as join rows. Immutable.
 */
public final class CoveragePolicy {
    private final String ruleId;
    private final String group;
    private final RoleSet roles;
    private final List<Person> required;
    private final PolicyRow row;
    private final String absentRule;
    private final String unit;

    public CoveragePolicy(String ruleId, String group, RoleSet roles, List<Person> required, PolicyRow row) {
        this(ruleId, group, roles, required, null, "", row);
    }

    /**
     * @param absentRule the rule id of "the group has no member at all at the end of the audit" (GCC-3:
     *        an agency that never created its group), given once instead of one finding per person; or null
     * @param unit the agency or district the row is about, or empty
     */
    public CoveragePolicy(String ruleId, String group, RoleSet roles, List<Person> required, String absentRule, String unit, PolicyRow row) {
        this.absentRule = absentRule;
        this.unit = unit == null ? "" : unit;
        this.ruleId = requireNonNull(ruleId, "ruleId is null");
        this.group = requireNonNull(group, "group is null");
        this.roles = requireNonNull(roles, "roles is null");
        this.required = List.copyOf(required);
        this.row = row;
    }

    public String getRuleId() { return ruleId; }
    public String getGroup() { return group; }
    public RoleSet getRoles() { return roles; }
    /** The people of the roster the row requires, in roster order. */
    public List<Person> getRequired() { return required; }
    public PolicyRow getRow() { return row; }
    /** Whether anyone on the roster is required: a group of an agency with nobody on the roster is not missed. */
    public boolean isAnyoneRequired() { return !required.isEmpty(); }
    /** The rule id of "no member at all", or null. */
    public String getAbsentRule() { return absentRule; }
    /** The agency or district the row is about, or empty. */
    public String getUnit() { return unit; }

    /**
     * The people required who are not among {@code members} (member keys: a resolved member's key is
     * their roster id), in roster order: coverage as the difference of two sets, one lookup a person.
     */
    public List<Person> notAmong(java.util.Collection<?> members) {
        List<Person> missing = new java.util.ArrayList<>();
        for (Person person : required) {
            if (!members.contains(person.id())) {
                missing.add(person);
            }
        }
        return missing;
    }
}
