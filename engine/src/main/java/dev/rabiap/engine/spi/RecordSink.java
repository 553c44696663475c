package dev.rabiap.engine.spi;

import java.io.IOException;

/**
 * Where a live {@link Receiver} hands each record it accepted. The host decides what keeping a
 * record means: {@code rabiap serve} appends it to its {@link Journal} and queues it for the live
 * audit; another host could put it on a message queue. Called from the receiver's threads, so an
 * implementation is thread-safe.
 */
@FunctionalInterface
public interface RecordSink {
    /**
     * Keeps one record. Returns only once the record is kept for good (on disk, or acknowledged by
     * the queue it went to), so that the receiver may acknowledge it to its sender.
     *
     * @throws IOException when it cannot be kept now: the receiver must not acknowledge the record,
     *     so that the sender delivers it again (the message says why, without paths)
     */
    void accept(ReceivedRecord record) throws IOException;
}
