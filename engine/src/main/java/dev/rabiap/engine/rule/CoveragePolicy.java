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

    public CoveragePolicy(String ruleId, String group, RoleSet roles, List<Person> required, PolicyRow row) {
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
