package dev.rabiap.cli;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.RecordSink;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code rabiap serve --kafka}: the receiver's sink when the server is only an ingress. Each record
 * the receiver accepted is decoded at once, by one decoder under a lock (records are decoded one at
 * a time, in the order they came), and each of its messages is sent to the {@link Ingress} with the
 * dedupe key {@code RECEIVER:MESSAGE-ID}; only when every one is held does the receiver answer. When
 * one cannot be sent, the receiver answers an error and its sender delivers the record again: the
 * decoder is then replaced by a fresh one, so that the events of that record are read again, and
 * the messages of it already sent are dropped by their dedupe keys. No audit runs here.
 */
final class IngressSink implements RecordSink {
    private final String name;
    private final Receiver receiver;
    private final Ingress ingress;
    private final Clock clock;
    private final PrintWriter err;

    private final Object lock = new Object();
    // Guarded by lock.
    private RecordDecoder decoder;
    private long records;
    private boolean accepting = true;

    /** What the status counts, by its field there. */
    private enum Count {
        EVENTS("events"), MESSAGES("messages"), SENT("sent"), REDELIVERIES("redeliveries"), SKIPPED("skipped"),
        REJECTED("rejectedRecords"), FAILURES("failures");

        final String field;

        Count(String field) {
            this.field = field;
        }
    }

    private final AtomicLongArray counts = new AtomicLongArray(Count.values().length);
    private volatile String lastError = "";

    private final SourceContext context = new SourceContext() {
        @Override
        public void skipped(Evidence where, String reason) {
            // counted from what the decoder returns; redeliveries are reported here too
        }

        @Override
        public Clock clock() {
            return clock;
        }
    };

    /**
     * @param name the receiver's name: the source of every message's evidence, and the start of its dedupe key
     * @param receiver the receiver, whose decoder reads the records
     */
    IngressSink(String name, Receiver receiver, Ingress ingress, Clock clock, PrintWriter err) {
        this.name = requireNonNull(name, "name is null");
        this.receiver = requireNonNull(receiver, "receiver is null");
        this.ingress = requireNonNull(ingress, "ingress is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.err = requireNonNull(err, "err is null");
        this.decoder = receiver.decoder();
    }

    @Override
    public void accept(ReceivedRecord record) throws IOException {
        requireNonNull(record, "record is null");
        synchronized (lock) {
            if (!accepting) {
                throw new IOException("the server is stopping");
            }
            Evidence where = Evidence.atLine(name, ++records);
            RecordDecoder.Decoded decoded;
            try {
                decoded = decoder.decode(record, where, context);
            } catch (MalformedInputException e) {
                reject(where, e.reason(), record);
                return;
            }
            int dropped = 0;
            try {
                for (ChatMessage message : decoded.messages()) {
                    if (ingress.send(dedupeKey(message), message)) {
                        add(Count.SENT, 1);
                    } else {
                        dropped++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                decoder = receiver.decoder();
                throw failed(where, e);
            }
            add(Count.EVENTS, decoded.events());
            add(Count.MESSAGES, decoded.messages().size());
            add(Count.REDELIVERIES, decoded.redeliveries() + (long) dropped);
            add(Count.SKIPPED, decoded.skipped());
        }
    }

    private void add(Count count, long n) {
        counts.addAndGet(count.ordinal(), n);
    }

    /** The key that is the same for every delivery of a message: the receiver's name and the message's id. */
    private String dedupeKey(ChatMessage message) {
        if (message.id() != null && !message.id().isEmpty()) {
            return name + ":" + message.id();
        }
        String content = message.group() + "\n" + message.time().toInstant() + "\n" + message.sender() + "\n" + message.text();
        return name + ":" + java.util.UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private void reject(Evidence where, String reason, ReceivedRecord record) throws IOException {
        try {
            ingress.reject(where.toString(), reason, record.body());
        } catch (IOException | RuntimeException e) {
            throw failed(where, e);
        }
        add(Count.REJECTED, 1);
        err.println("rabiap: " + where + ": cannot read the record, set aside on the rejected topic: " + reason);
        err.flush();
    }

    private IOException failed(Evidence where, Exception e) {
        add(Count.FAILURES, 1);
        lastError = String.valueOf(e.getMessage());
        err.println("rabiap: " + where + ": not sent, the sender is asked to deliver it again: " + lastError);
        err.flush();
        return e instanceof IOException io ? io : new IOException("cannot send the record: " + e.getMessage(), e);
    }

    /** From now on every record is refused (the receiver answers an error). */
    void stopAccepting() {
        synchronized (lock) {
            accepting = false;
        }
    }

    /** Records that could not be sent since start. */
    long failures() {
        return counts.get(Count.FAILURES.ordinal());
    }

    /** The status document: the receiver's counts and what was sent, dropped, skipped and set aside. */
    String status() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Count count : Count.values()) {
            values.put(count.field, counts.get(count.ordinal()));
        }
        return StatusDocument.of(json -> {
            json.writeStringField("mode", "ingress");
            json.writeStringField("receiver", name);
            StatusDocument.counts(json, receiver.counts());
            StatusDocument.counts(json, values);
            json.writeStringField("lastError", lastError);
        });
    }
}
