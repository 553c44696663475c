package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Person;

/**
 * A person a coverage row requires who is not a member of its group at the end of the audit, as the
 * coverage rule decides it; the engine reads it for the coverage counts of the summary. Short-lived:
 * the engine removes it after each firing.
 *
 * @param policy the coverage row
 * @param person the person missing
 */
public record NotAMember(CoveragePolicy policy, Person person) {
    public NotAMember {
        requireNonNull(policy, "policy is null");
        requireNonNull(person, "person is null");
    }
}
