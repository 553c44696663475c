package dev.rabiap.cli;

import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;

/**
 * Where {@code rabiap serve --kafka} puts what its receiver accepts, instead of a journal and a live
 * audit: a message queue that an audit elsewhere reads ({@code rabiap stream}). Opened by an
 * {@link IngressFactory}. Thread-safe.
 */
public interface Ingress extends AutoCloseable {
    /**
     * Sends one message, unless a message with the same dedupe key was sent before (also by an
     * earlier process with the same transactional id's topics). Returns once the queue holds it for
     * good, so that the receiver may acknowledge the record it came in.
     *
     * @param dedupeKey the same for every delivery of the message: the receiver's name and the message id
     * @return false when the key was sent before and the message was dropped
     * @throws IOException when the queue cannot take it now: the record must not be acknowledged
     */
    boolean send(String dedupeKey, ChatMessage message) throws IOException;

    /**
     * Sets aside a record that was accepted but cannot be read, with why, where it can be looked at.
     *
     * @param where where it was received ({@code line-webhook:12})
     * @throws IOException when the queue cannot take it now
     */
    void reject(String where, String reason, String record) throws IOException;

    /** Stops sending; what was sent stays sent. */
    @Override
    void close();
}
