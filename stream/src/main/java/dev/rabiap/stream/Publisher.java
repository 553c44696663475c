package dev.rabiap.stream;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Writes a log to the messages topic in the order an audit reads it, each message with its position
 * ({@code seq}), keyed by group; after every {@code tickEvery} of the log's own time, a tick to every
 * partition (so that every stage-1 partition knows how far the log has got, even one whose groups are
 * quiet), and at the end, optionally, an end record to every partition. Also writes roster and rule
 * set versions. Not thread-safe.
 */
public final class Publisher {
    /** Where records go: a producer, or a test driver. */
    public interface Out {
        /**
         * Sends a record.
         *
         * @param partition the partition, or null for the producer's partitioner on the key
         */
        void send(String topic, Integer partition, String key, byte[] value, long timestamp);
    }

    private final Topics topics;
    private final int partitions;
    private final Out out;
    private final long tickMillis;
    private long seq;
    private long lastTick = Long.MIN_VALUE;
    private ZonedDateTime lastTime;
    private long published;
    private long malformed;

    /**
     * @param partitions the partition count of the messages topic
     * @param firstSeq the position the first message gets; later runs should start beyond earlier ones
     */
    public Publisher(Topics topics, int partitions, Out out, Duration tickEvery, long firstSeq) {
        this.topics = requireNonNull(topics, "topics is null");
        this.partitions = partitions;
        this.out = requireNonNull(out, "out is null");
        this.tickMillis = tickEvery.toMillis();
        this.seq = firstSeq - 1;
    }

    /**
     * Publishes every message of the source.
     *
     * @param keepGoing count a record that cannot be read and go on, instead of stopping
     * @return the messages published
     */
    public long publish(MessageSource source, boolean keepGoing) throws IOException {
        long before = published;
        while (true) {
            ChatMessage message;
            try {
                message = source.next();
            } catch (MalformedInputException e) {
                if (!keepGoing) {
                    throw e;
                }
                malformed++;
                continue;
            }
            if (message == null) {
                break;
            }
            publish(message);
        }
        return published - before;
    }

    /** Publishes one message, and a tick first when the log's time has moved on by the tick interval. */
    public void publish(ChatMessage message) {
        long millis = message.time().toInstant().toEpochMilli();
        if (lastTime != null && millis >= lastTick + tickMillis && millis > lastTime.toInstant().toEpochMilli()) {
            tick(lastTime.toInstant().toEpochMilli());
        }
        out.send(topics.messages(), null, message.group(), Records.message(message, ++seq), millis);
        published++;
        if (lastTime == null || message.time().isAfter(lastTime)) {
            lastTime = message.time();
        }
    }

    /** A tick to every partition: the log's time has reached {@code millis}. */
    public void tick(long millis) {
        for (int partition = 0; partition < partitions; partition++) {
            out.send(topics.messages(), partition, GroupProcessor.CONTROL_KEY, Records.tick(millis), millis);
        }
        lastTick = millis;
    }

    /** The end of the log to every partition, judged at {@code asOf} (null: the latest message's time). */
    public void end(ZonedDateTime asOf) {
        ZonedDateTime at = asOf != null ? asOf : lastTime;
        if (at == null) {
            return;
        }
        if (lastTime != null) {
            tick(lastTime.toInstant().toEpochMilli());
        }
        for (int partition = 0; partition < partitions; partition++) {
            out.send(topics.messages(), partition, GroupProcessor.CONTROL_KEY, Records.end(at), at.toInstant().toEpochMilli());
        }
    }

    /** Writes every person of the roster, keyed by id. */
    public void roster(Roster roster) {
        long now = System.currentTimeMillis();
        for (Person person : roster.people()) {
            out.send(topics.roster(), null, person.id(), Records.person(person, roster.lineOf(person)), now);
        }
    }

    /** Writes a rule set version. */
    public void rules(RuleSet rules) {
        out.send(topics.rules(), null, Records.RULES_KEY, Records.rules(rules), System.currentTimeMillis());
    }

    /** Messages published so far. */
    public long published() {
        return published;
    }

    /** Records skipped as malformed (with keep-going). */
    public long malformed() {
        return malformed;
    }

    /** The latest message time published, or null. */
    public ZonedDateTime lastTime() {
        return lastTime;
    }

    /** The position of the last message published. */
    public long lastSeq() {
        return seq;
    }
}
