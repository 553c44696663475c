package dev.rabiap.engine.internal;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.rule.MissingMembers;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The findings of one firing in report order ({@link Finding#ORDER}): those the rules inserted,
 * sorted, merged with those of the coverage rows' people missing ({@link MissingMembers}), each made
 * only when its turn comes. So 300,000 people missing are written as they are made, never held as
 * 300,000 findings; what is held is a cursor a row and the row's people in report order.
 */
public final class FindingMerge {
    private FindingMerge() {}

    /** Where the merged findings go. */
    public interface Target {
        /**
         * @param finding the next finding in report order
         * @param row the coverage row's people missing it was made from, or null for a finding the rules inserted
         */
        void accept(Finding finding, MissingMembers row);
    }

    /**
     * Hands {@code sorted} (in report order already) and the findings of {@code rows} to
     * {@code target} in report order. Findings that compare equal keep the order of their sources:
     * the inserted ones first, then the rows' in the order inserted.
     */
    public static void merge(List<Finding> sorted, List<MissingMembers> rows, Target target) {
        if (rows.isEmpty()) {
            for (Finding finding : sorted) {
                target.accept(finding, null);
            }
            return;
        }
        PriorityQueue<Cursor> queue = new PriorityQueue<>(rows.size() + 1,
                Comparator.comparing((Cursor c) -> c.head, Finding.ORDER).thenComparingInt(c -> c.ordinal));
        Cursor inserted = new Cursor(0, null, sorted.iterator());
        if (inserted.advance()) {
            queue.add(inserted);
        }
        for (int i = 0; i < rows.size(); i++) {
            MissingMembers row = rows.get(i);
            Cursor cursor = new Cursor(i + 1, row, row.inReportOrder().iterator());
            if (cursor.advance()) {
                queue.add(cursor);
            }
        }
        while (!queue.isEmpty()) {
            Cursor next = queue.poll();
            Finding finding = next.head;
            if (next.advance()) {
                queue.add(next);
            }
            target.accept(finding, next.row);
        }
    }

    /** The next finding of one source. */
    private static final class Cursor {
        final int ordinal;
        final MissingMembers row;
        final Iterator<?> rest;
        Finding head;

        Cursor(int ordinal, MissingMembers row, Iterator<?> rest) {
            this.ordinal = ordinal;
            this.row = row;
            this.rest = rest;
        }

        /** Moves to the next finding; false when there is none. */
        boolean advance() {
            if (!rest.hasNext()) {
                head = null;
                return false;
            }
            Object next = rest.next();
            head = row == null ? (Finding) next : row.finding((Person) next);
            return true;
        }
    }
}
