package dev.rabiap.engine.spi;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A live source of messages: it receives records as they come (a webhook, a queue), checks them,
 * and hands each one it accepts to a {@link RecordSink} before it acknowledges it. What a record
 * says is read later by a {@link RecordDecoder}, on the host's audit thread, in the order the sink
 * kept the records. A {@link ReceiverFactory} creates receivers; the host starts one, stops it once,
 * and may ask for its status at any time from any thread.
 */
public interface Receiver {
    /**
     * Starts receiving: from now on every accepted record goes to {@code sink}.
     *
     * @throws IOException when it cannot start (a port in use)
     */
    void start(RecordSink sink) throws IOException;

    /** Where it receives, for the log, once started: {@code http://127.0.0.1:8080/webhook}. */
    String endpoint();

    /**
     * Stops receiving new records, lets those in flight finish for at most {@code grace} (each
     * goes to the sink as usual), then frees what it holds. Returns once it has stopped. Idempotent.
     */
    void stop(Duration grace);

    /** Its own counts, for the status: records accepted and refused, and whatever else it counts. */
    Map<String, Long> counts();

    /** A new decoder for this receiver's records, reading from the first record on. */
    RecordDecoder decoder();
}
