package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A reminder of an order ("ย้ำ", "ตามกำหนดเวลา", "อำเภอที่ยังไม่ได้รายงาน", a reply to it): it opens
 * no duty of its own, and the ledger lists it under the order it points back to, with the parties
 * that had still not answered when it was sent.
 *
 * @param ruleId the obligation rule of the order
 * @param order where the order is
 * @param reminder where the reminder is
 * @param time when the reminder was sent
 * @param sender who sent it, as seen
 * @param stillOwing the parties that had not answered the order by then, sorted
 */
public record LedgerReminder(String ruleId, Evidence order, Evidence reminder, ZonedDateTime time, String sender, List<String> stillOwing) {
    public LedgerReminder {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(order, "order is null");
        requireNonNull(reminder, "reminder is null");
        requireNonNull(time, "time is null");
        sender = sender == null ? "" : sender;
        stillOwing = List.copyOf(stillOwing);
    }
}
