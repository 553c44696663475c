package dev.rabiap.engine.internal;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.rule.MissingMembers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

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
        List<MadeAhead> ahead = new ArrayList<>();
        try {
            Cursor inserted = new Cursor(0, null, sorted.iterator());
            if (inserted.advance()) {
                queue.add(inserted);
            }
            for (int i = 0; i < rows.size(); i++) {
                MissingMembers row = rows.get(i);
                List<Person> people = row.inReportOrder();
                Cursor cursor;
                if (people.size() >= AHEAD_FROM) {
                    MadeAhead made = new MadeAhead(row, people);
                    ahead.add(made);
                    cursor = new Cursor(i + 1, row, made, true);
                } else {
                    cursor = new Cursor(i + 1, row, people.iterator(), false);
                }
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
        } finally {
            ahead.forEach(MadeAhead::close);
        }
    }

    /** A coverage row missing this many people or more has their findings made on a thread of its own. */
    static final int AHEAD_FROM = 10_000;

    /**
     * A large row's findings, made on a thread of their own in the report's order, a batch at a time, while this thread
     * writes the ones before: making a finding (its texts filled in Thai and English) costs about what writing it does,
     * and the @มหาดไทย account's coverage makes 298,000. At most a few thousand wait made; what goes wrong in the making
     * is thrown here.
     */
    private static final class MadeAhead implements Iterator<Finding>, AutoCloseable {
        private static final int BATCH = 256;
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        private volatile boolean closed;
        private Iterator<Finding> batch = java.util.Collections.emptyIterator();
        private boolean ended;

        MadeAhead(MissingMembers row, List<Person> people) {
            Thread making = new Thread(() -> make(row, people), "rabiap-findings");
            making.setDaemon(true);
            making.start();
        }

        private void make(MissingMembers row, List<Person> people) {
            List<Finding> made = new ArrayList<>(BATCH);
            try {
                for (Person person : people) {
                    made.add(row.finding(person));
                    if (made.size() == BATCH) {
                        if (!put(made)) {
                            return;
                        }
                        made = new ArrayList<>(BATCH);
                    }
                }
                if (!made.isEmpty() && !put(made)) {
                    return;
                }
                put(END);
            } catch (RuntimeException | Error e) {
                // the findings before it are written first, as they would be were they made one by one
                if ((made.isEmpty() || put(made))) {
                    put(e);
                }
            }
        }

        /** Hands one item on; false when the merge has ended without it (the writing failed). */
        private boolean put(Object item) {
            try {
                while (!closed) {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNext() {
            while (!batch.hasNext()) {
                if (ended) {
                    return false;
                }
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the findings of a coverage row were made", e);
                }
                if (item == END) {
                    ended = true;
                    return false;
                }
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                if (item instanceof Error e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<Finding> made = (List<Finding>) item;
                batch = made.iterator();
            }
            return true;
        }

        @Override
        public Finding next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return batch.next();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The next finding of one source. */
    private static final class Cursor {
        final int ordinal;
        final MissingMembers row;
        final Iterator<?> rest;
        Finding head;

        /** Whether {@code rest} gives findings made already (the rules', or a row's made ahead) rather than people. */
        final boolean made;

        Cursor(int ordinal, MissingMembers row, Iterator<?> rest) {
            this(ordinal, row, rest, row == null);
        }

        Cursor(int ordinal, MissingMembers row, Iterator<?> rest, boolean made) {
            this.ordinal = ordinal;
            this.row = row;
            this.rest = rest;
            this.made = made || row == null;
        }

        /** Moves to the next finding; false when there is none. */
        boolean advance() {
            if (!rest.hasNext()) {
                head = null;
                return false;
            }
            Object next = rest.next();
            head = made ? (Finding) next : row.finding((Person) next);
            return true;
        }
    }
}
