package dev.rabiap.engine.internal;

import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Builds the obligation ledger from the rules as they fire: an obligation opened by
 * {@code obligation.open}, closed by {@code obligation.on-time}, {@code obligation.late} or
 * {@code obligation.missing}; whatever is still open at the end is open (not yet due).
 */
public final class Ledger extends DefaultAgendaEventListener {
    private final Map<Obligation, LedgerEntry> entries = new IdentityHashMap<>();
    private final List<Obligation> order = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Object id = match.getRule().getMetaData().get("id");
        if (id == null || !id.toString().startsWith("obligation.")) {
            return;
        }
        Obligation obligation = null;
        Post answer = null;
        for (Object fact : match.getObjects()) {
            if (fact instanceof Obligation o) {
                obligation = o;
            } else if (fact instanceof Post p && !"obligation.open".equals(id)) {
                answer = p;
            }
        }
        if ("obligation.open".equals(id)) {
            return;
        }
        if (obligation == null) {
            return;
        }
        LedgerEntry.State state = switch (id.toString()) {
            case "obligation.on-time" -> LedgerEntry.State.ON_TIME;
            case "obligation.late" -> LedgerEntry.State.LATE;
            case "obligation.missing", "obligation.expired" -> LedgerEntry.State.MISSING;
            default -> null;
        };
        if (state != null) {
            record(obligation, state, answer);
        }
    }

    /** Records an obligation the rules opened; called for every Obligation inserted. */
    public void opened(Obligation obligation) {
        if (!entries.containsKey(obligation)) {
            order.add(obligation);
            entries.put(obligation, entry(obligation, LedgerEntry.State.OPEN, null));
        }
    }

    private void record(Obligation obligation, LedgerEntry.State state, Post answer) {
        if (!entries.containsKey(obligation)) {
            order.add(obligation);
        }
        entries.put(obligation, entry(obligation, state, answer));
    }

    private static LedgerEntry entry(Obligation obligation, LedgerEntry.State state, Post answer) {
        Post order = obligation.getOrder();
        return new LedgerEntry(obligation.getPolicy().getRuleId(), order.getGroup(), order.getEvidence(), order.getTime(),
                obligation.getParty(), obligation.getAnswerGroup(), obligation.getDeadline(), state, answer == null ? null : answer.getEvidence(),
                answer == null ? null : answer.getTime(), answer == null ? "" : answer.getPersonId());
    }

    /** The entries, by order position, then rule (one message may open duties of two rules), then party. */
    public List<LedgerEntry> entries() {
        List<Obligation> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingLong(Obligation::getOrderSeq).thenComparing(o -> o.getPolicy().getRuleId())
                .thenComparing(Obligation::getParty));
        return sorted.stream().map(entries::get).toList();
    }
}
