package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The people a coverage row requires who are not members of its group at the end of the audit, as
 * the coverage rule decides it: one fact for the row, not a finding and a fact a person. The engine
 * counts them for the summary's coverage lines and makes each person's finding
 * ({@link Findings#notAMember}) only as the report is written, so that 300,000 people missing are
 * not 300,000 findings held at once. Short-lived: the engine removes it after each firing. Immutable.
 */
public final class MissingMembers {
    private final java.util.function.Function<Person, Finding> maker;
    private final CoveragePolicy policy;
    private final List<Person> people;

    /**
     * @param findings what builds each person's finding
     * @param policy the coverage row
     * @param people the people missing, in roster order
     * @param end the end of the audit
     */
    public MissingMembers(Findings findings, CoveragePolicy policy, List<Person> people, EndOfLog end) {
        this(policy, people, notAMember(requireNonNull(findings, "findings is null"), policy, requireNonNull(end, "end is null")));
    }

    /**
     * @param maker what makes a person's finding; called each time the finding is wanted
     */
    public MissingMembers(CoveragePolicy policy, List<Person> people, java.util.function.Function<Person, Finding> maker) {
        this.maker = requireNonNull(maker, "maker is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.people = List.copyOf(people);
    }

    private static java.util.function.Function<Person, Finding> notAMember(Findings findings, CoveragePolicy policy, EndOfLog end) {
        return person -> findings.notAMember(policy, person, end);
    }

    public CoveragePolicy policy() { return policy; }

    /** The people missing, in roster order. */
    public List<Person> people() { return people; }

    /** The finding about one of the people missing. */
    public Finding finding(Person person) {
        return maker.apply(person);
    }

    /**
     * The people missing in the report order of their findings ({@link Finding#ORDER}): all share
     * the rule id and the end's position, so by roster id; people with the same id (a roster not
     * read from a file) by their findings.
     */
    public List<Person> inReportOrder() {
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(Person::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                sorted.sort((a, b) -> {
                    int byId = a.id().compareTo(b.id());
                    return byId != 0 ? byId : Finding.ORDER.compare(finding(a), finding(b));
                });
                break;
            }
        }
        return sorted;
    }

    /** Every person's finding, in roster order. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(people.size());
        for (Person person : people) {
            all.add(finding(person));
        }
        return all;
    }
}
