package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.EndOfLog;
import dev.rabiap.engine.rule.MissingMembers;
import dev.rabiap.engine.rule.PolicyRow;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class FindingMergeTest {
    private static final ZonedDateTime END = ZonedDateTime.parse("2018-10-30T17:00:00+07:00");
    private static final EndOfLog END_OF_LOG = new EndOfLog(END, 100);

    private static Person person(String id) {
        return new Person(id, "นาย " + id, List.of(id), "governor", "", "", "", "");
    }

    private static Finding finding(String rule, String personId, long sequence) {
        return new Finding(rule, FindingKind.MEMBERSHIP, "g", personId, personId, new Evidence("t", sequence, null), END,
                Severity.HIGH, "th " + personId, "en " + personId, sequence);
    }

    private static MissingMembers missing(String rule, AtomicInteger made, String... ids) {
        List<Person> people = new ArrayList<>();
        for (String id : ids) {
            people.add(person(id));
        }
        CoveragePolicy policy = new CoveragePolicy(rule, "g", RoleSet.parse("governor"), people, new PolicyRow("coverage.csv", 2));
        return new MissingMembers(policy, people, p -> {
            made.incrementAndGet();
            return finding(rule, p.id(), END_OF_LOG.getSeq());
        });
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.sequence() + " " + f.ruleId() + " " + f.personId()).toList();
    }

    @Test
    void findingsOfPeopleMissing_areMergedInReportOrder_withThoseTheRulesInserted() {
        AtomicInteger made = new AtomicInteger();
        // roster order is not id order: the report is in id order
        MissingMembers a = missing("MOI-1", made, "p3", "p1", "p2");
        MissingMembers b = missing("MOI-0", made, "p9");
        List<Finding> inserted = new ArrayList<>(List.of(finding("MOI-4", "", 1), finding("MOI-1", "p15", 100), finding("MOI-3", "", 100)));
        inserted.sort(Finding.ORDER);

        List<Finding> merged = new ArrayList<>();
        FindingMerge.merge(inserted, List.of(a, b), (finding, row) -> merged.add(finding));

        List<Finding> expected = new ArrayList<>(inserted);
        expected.addAll(a.findings());
        expected.addAll(b.findings());
        expected.sort(Finding.ORDER);
        assertThat(keys(merged)).isEqualTo(keys(expected))
                .containsExactly("1 MOI-4 ", "100 MOI-0 p9", "100 MOI-1 p1", "100 MOI-1 p15", "100 MOI-1 p2", "100 MOI-1 p3", "100 MOI-3 ");
    }

    @Test
    void aPersonsFinding_isMadeOnlyWhenItsTurnComes_notAllBeforeTheFirstIsHandedOn() {
        AtomicInteger made = new AtomicInteger();
        String[] ids = new String[1000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format("p%04d", i);
        }
        MissingMembers row = missing("MOI-1", made, ids);
        List<Integer> madeWhenHandedOn = new ArrayList<>();
        List<MissingMembers> rows = new ArrayList<>();
        FindingMerge.merge(List.of(), List.of(row), (finding, from) -> {
            madeWhenHandedOn.add(made.get());
            rows.add(from);
        });
        assertThat(madeWhenHandedOn).hasSize(1000);
        // each finding is handed on before more than the next one is made
        for (int i = 0; i < madeWhenHandedOn.size(); i++) {
            assertThat(madeWhenHandedOn.get(i)).isLessThanOrEqualTo(i + 2);
        }
        assertThat(rows).containsOnly(row);
    }

    @Test
    void withNoPeopleMissing_theInsertedFindingsPassAsTheyAre() {
        List<Finding> inserted = List.of(finding("A", "", 1), finding("B", "", 2));
        List<Finding> merged = new ArrayList<>();
        FindingMerge.merge(inserted, List.of(), (finding, row) -> {
            assertThat(row).isNull();
            merged.add(finding);
        });
        assertThat(merged).containsExactlyElementsOf(inserted);
    }

    private static String[] ids(int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[(i * 7919) % count] = String.format("p%06d", i); // roster order is not id order
        }
        return ids;
    }

    @Test
    void aLargeRowsFindings_madeAhead_comeInReportOrder_andNeverManyMoreThanWritten() {
        AtomicInteger made = new AtomicInteger();
        MissingMembers row = missing("MOI-1", made, ids(3 * FindingMerge.AHEAD_FROM));
        List<Finding> inserted = List.of(finding("MOI-1", "p000500x", 100), finding("MOI-4", "", 100));
        List<Finding> merged = new ArrayList<>();
        int[] mostAhead = {0};
        FindingMerge.merge(inserted, List.of(row), (finding, from) -> {
            merged.add(finding);
            mostAhead[0] = Math.max(mostAhead[0], made.get() - merged.size());
        });
        List<Finding> expected = new ArrayList<>(inserted);
        expected.addAll(row.findings());
        expected.sort(Finding.ORDER);
        assertThat(keys(merged)).isEqualTo(keys(expected));
        assertThat(merged.get(501).personId()).isEqualTo("p000500x");
        // made once for the merge (and once more above for the expected list), and at most a few thousand ahead
        assertThat(made.get()).isEqualTo(2 * 3 * FindingMerge.AHEAD_FROM);
        assertThat(mostAhead[0]).isLessThan(10_000);
    }

    @Test
    void whatGoesWrongMakingALargeRowsFindings_isThrownToTheMerge() {
        CoveragePolicy policy = new CoveragePolicy("MOI-1", "g", RoleSet.parse("governor"), List.of(), new PolicyRow("coverage.csv", 2));
        List<Person> people = new ArrayList<>();
        for (String id : ids(FindingMerge.AHEAD_FROM + 10)) {
            people.add(person(id));
        }
        MissingMembers row = new MissingMembers(policy, people, p -> {
            if (p.id().equals("p000020")) {
                throw new IllegalStateException("no text for p000020");
            }
            return finding("MOI-1", p.id(), 100);
        });
        List<Finding> merged = new ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FindingMerge.merge(List.of(), List.of(row), (finding, from) -> merged.add(finding)))
                .isInstanceOf(IllegalStateException.class).hasMessage("no text for p000020");
        // as when made one by one: the next finding is made before one is handed on, so p000019's is not written
        assertThat(merged).extracting(Finding::personId).hasSize(19).endsWith("p000018");
    }

    @Test
    void whenTheWritingFails_theMakingStops() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        MissingMembers row = missing("MOI-1", made, ids(20 * FindingMerge.AHEAD_FROM));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FindingMerge.merge(List.of(), List.of(row), (finding, from) -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        })).hasMessageContaining("disk full");
        Thread.sleep(300);
        int after = made.get();
        Thread.sleep(300);
        assertThat(made.get()).isEqualTo(after).isLessThan(20 * FindingMerge.AHEAD_FROM);
    }
}
