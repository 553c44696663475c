package dev.rabiap.engine.internal;

import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.rule.Order;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.thai.Deadlines;
import java.time.ZonedDateTime;

/**
 * Reads what an order says beyond its kind: its deadline. Confined to the reading thread.
 */
final class OrderReader {
    private final PolicyTables.Policy policy;
    private final Roster roster;
    private final Tallies problems = new Tallies();

    OrderReader(PolicyTables.Policy policy, Roster roster) {
        this.policy = policy;
        this.roster = roster;
    }

    Order read(ChatMessage message, Resolution sender) {
        ZonedDateTime deadline = Deadlines.read(message.text(), message.time(), policy.calendar()).orElse(null);
        return deadline == null ? Order.NONE : Order.withDeadline(deadline);
    }

    Tallies problems() {
        return problems;
    }
}
