package dev.rabiap.engine.internal;

import dev.rabiap.engine.CoverageCount;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.NotAMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people each coverage row found missing, as coverage.not-a-member fired, counted at the end
 * into the summary's coverage lines: how many of each unit the row requires, and who of them is
 * not a member. Confined to the audit's thread.
 */
public final class CoverageMisses {
    private final Map<CoveragePolicy, Set<Person>> missing = new IdentityHashMap<>();

    /** Records a person the rules found missing from a coverage row's group. */
    public void add(NotAMember notAMember) {
        add(notAMember.policy(), List.of(notAMember.person()));
    }

    /** Records the people the rules found missing from a coverage row's group. */
    public void add(CoveragePolicy policy, List<Person> people) {
        if (!people.isEmpty()) {
            // the people of the policy's own list: found again by identity, not by comparing every field
            missing.computeIfAbsent(policy, c -> Collections.newSetFromMap(new IdentityHashMap<>(people.size() * 4 / 3 + 1))).addAll(people);
        }
    }

    /** The counts of each row, by unit in name order, rows in their tables' order. */
    public List<CoverageCount> counts(List<CoveragePolicy> rows) {
        List<CoverageCount> counts = new ArrayList<>();
        for (CoveragePolicy coverage : rows) {
            Map<String, List<Person>> required = new TreeMap<>();
            Map<String, List<Person>> unitsMissing = new TreeMap<>();
            for (Person person : coverage.getRequired()) {
                String unit = CoverageCount.unitOf(person);
                required.computeIfAbsent(unit, u -> new ArrayList<>()).add(person);
                List<Person> unitMissing = unitsMissing.computeIfAbsent(unit, u -> new ArrayList<>());
                if (missing.getOrDefault(coverage, Set.of()).contains(person)) {
                    unitMissing.add(person);
                }
            }
            required.forEach((unit, people) -> counts.add(new CoverageCount(coverage.getRuleId(), coverage.getGroup(), unit, people.size(),
                    unitsMissing.get(unit))));
        }
        return List.copyOf(counts);
    }
}
