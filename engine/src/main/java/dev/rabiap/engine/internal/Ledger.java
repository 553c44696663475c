package dev.rabiap.engine.internal;

import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.LedgerReminder;
import dev.rabiap.engine.rule.DutyState;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the obligation ledger from the facts the obligation rules insert: an {@link Obligation}
 * when a duty opens, a {@link DutyState} when it is answered on time, late, or judged missing;
 * whatever is still open at the end is open (not yet due). Reminders of orders are kept with the
 * parties that had not answered when each was sent. Holds one entry per duty: it grows with the
 * orders, not the messages.
 */
public final class Ledger {
    private final Map<Obligation, LedgerEntry> entries = new IdentityHashMap<>();
    private final Map<Obligation, Long> answeredAt = new IdentityHashMap<>();
    private final List<Obligation> order = new ArrayList<>();
    private final List<Post> reminders = new ArrayList<>();

    /** The open duties by order, rule, party and day: a duty whose deadline a correction moved takes its place. */
    private final Map<String, Obligation> open = new java.util.HashMap<>();

    /**
     * Records a duty the rules opened, or one that replaced an open duty of the same order, rule, party and day at
     * the deadline a later post corrected it to ({@link Obligation#getCorrection}). A correction on its way
     * ({@link Obligation#isMoving}) is not a duty.
     */
    public void opened(Obligation obligation) {
        if (obligation.isMoving() || entries.containsKey(obligation)) {
            return;
        }
        Obligation before = open.put(key(obligation), obligation);
        if (before != null && entries.get(before).state() == LedgerEntry.State.OPEN) {
            order.set(order.indexOf(before), obligation);
            entries.remove(before);
        } else {
            order.add(obligation);
        }
        entries.put(obligation, entry(obligation, LedgerEntry.State.OPEN, null));
    }

    private static String key(Obligation obligation) {
        return obligation.getOrderSeq() + "\u0000" + obligation.getPolicy().getRuleId() + "\u0000" + obligation.getParty() + "\u0000" + obligation.getDay();
    }

    /** Records what the rules decided about a duty. */
    public void decided(DutyState state) {
        Obligation obligation = state.obligation();
        if (!entries.containsKey(obligation)) {
            order.add(obligation);
        }
        LedgerEntry.State entryState = switch (state.state()) {
            case ON_TIME -> LedgerEntry.State.ON_TIME;
            case LATE -> LedgerEntry.State.LATE;
            case MISSING -> LedgerEntry.State.MISSING;
            case NOT_JUDGED -> LedgerEntry.State.NOT_JUDGED;
            case WITHDRAWN -> LedgerEntry.State.WITHDRAWN;
        };
        entries.put(obligation, entry(obligation, entryState, state.answer()));
        open.remove(key(obligation), obligation);
        if (state.answer() != null) {
            answeredAt.put(obligation, state.answer().getSeq());
        }
    }

    /** Records a post that reminds of an earlier order. */
    public void reminder(Post post) {
        reminders.add(post);
    }

    /** The ledger entry of a duty in a state, with its answer or null. */
    public static LedgerEntry entry(Obligation obligation, LedgerEntry.State state, Post answer) {
        Post order = obligation.getOrder();
        return new LedgerEntry(obligation.getPolicy().getRuleId(), order.getGroup(), order.getEvidence(), order.getTime(),
                obligation.getParty(), obligation.getAnswerGroup(), obligation.getDeadline(), state, answer == null ? null : answer.getEvidence(),
                answer == null ? null : answer.getTime(), answer == null ? "" : answer.getPersonId(), obligation.getNamedAs(),
                obligation.getDeadlineThai(), obligation.getDeadlineEnglish(), obligation.getDay());
    }

    /** The entries, by order position, then rule (one message may open duties of two rules), then party, then day. */
    public List<LedgerEntry> entries() {
        return sorted().stream().map(entries::get).toList();
    }

    private List<Obligation> sorted() {
        List<Obligation> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingLong(Obligation::getOrderSeq).thenComparing(o -> o.getPolicy().getRuleId())
                .thenComparing(Obligation::getParty).thenComparingInt(Obligation::getDay));
        return sorted;
    }

    /**
     * The reminders, each under the order it points back to: the order it replies to, else the
     * latest order of the same group before it that opened duties; with the parties that had not
     * answered that order when the reminder came.
     */
    public List<LedgerReminder> reminders() {
        List<LedgerReminder> out = new ArrayList<>();
        for (Post reminder : reminders) {
            Obligation target = null;
            for (Obligation obligation : sorted()) {
                Post order = obligation.getOrder();
                if (!order.getGroup().equals(reminder.getGroup()) || order.getSeq() >= reminder.getSeq()) {
                    continue;
                }
                if (reminder.getOrder().remindsOf() != null && reminder.getOrder().remindsOf().equals(order.getMessage().id())) {
                    target = obligation;
                    break;
                }
                if (target == null || order.getSeq() > target.getOrderSeq()) {
                    target = obligation;
                }
            }
            if (target == null) {
                continue;
            }
            TreeSet<String> owing = new TreeSet<>();
            for (Obligation obligation : order) {
                if (obligation.getOrder() == target.getOrder() && obligation.getPolicy() == target.getPolicy()) {
                    Long answered = answeredAt.get(obligation);
                    if (answered == null || answered > reminder.getSeq()) {
                        owing.add(obligation.getParty());
                    }
                }
            }
            out.add(new LedgerReminder(target.getPolicy().getRuleId(), target.getOrder().getEvidence(), reminder.getEvidence(),
                    reminder.getTime(), reminder.getActor(), List.copyOf(owing)));
        }
        return out;
    }
}
