package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How far one agency or district meets a coverage rule (GCC-2, GCC-3, MOI-1) at the end of an
 * audit: how many of its people the rule requires in the group or among the account's followers,
 * and who is missing.
 *
 * @param ruleId the coverage rule
 * @param group the group or account
 * @param unit the district of the people counted, or their agency when they have no district
 * @param required how many people of the unit the rule requires
 * @param missing those of them who are not members, in roster order
 */
public record CoverageCount(String ruleId, String group, String unit, int required, List<Person> missing) {
    public CoverageCount {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(group, "group is null");
        requireNonNull(unit, "unit is null");
        missing = List.copyOf(missing);
    }

    /** How many of the required people are members. */
    public int present() {
        return required - missing.size();
    }

    /** The unit a person is counted under: their district, else their agency, else "-". */
    public static String unitOf(Person person) {
        if (!person.district().isEmpty()) {
            return person.district();
        }
        return person.agency().isEmpty() ? "-" : person.agency();
    }
}
