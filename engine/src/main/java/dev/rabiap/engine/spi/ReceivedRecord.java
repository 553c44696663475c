package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One record a live {@link Receiver} accepted, as it came: a webhook request's body, a queue
 * message. It is what the host journals before the receiver acknowledges it, and what a
 * {@link RecordDecoder} later turns into messages. Immutable.
 *
 * @param receivedAt when the receiver took it (from the host's clock)
 * @param body the record as text, exactly as received (a receiver refuses bytes that are not UTF-8)
 */
public record ReceivedRecord(Instant receivedAt, String body) {
    public ReceivedRecord {
        requireNonNull(receivedAt, "receivedAt is null");
        requireNonNull(body, "body is null");
    }
}
