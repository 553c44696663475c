package dev.rabiap.stream;

import static java.util.Objects.requireNonNull;

import dev.rabiap.cli.Ingress;
import dev.rabiap.cli.IngressFactory;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * {@code rabiap serve --kafka}: the ingress over a {@link KafkaMessageSink}. Opening it creates the
 * topics that are absent (as {@code rabiap publish} does) and opens the sink, which reads back the
 * dedupe keys already sent. When a send fails, the sink is closed and a new one opened on the next
 * send, with the same transactional id: that aborts whatever the failed transaction left open, and
 * reads the dedupe keys back again, so that a message whose commit did go through before the failure
 * was seen is dropped when it is delivered again. Thread-safe.
 */
final class KafkaIngress implements Ingress {
    /** How far behind the clock the sink's ticks are: the longest an event takes from LINE to here. */
    static final Duration LAG = Duration.ofSeconds(5);
    /** Partitions and replication of the topics created here when absent, as {@code rabiap publish} creates them. */
    static final int PARTITIONS = 12;
    static final short REPLICATION = 1;

    /** Found by {@link java.util.ServiceLoader}: {@code serve --kafka}. */
    public static final class Factory implements IngressFactory {
        @Override
        public String name() {
            return "kafka";
        }

        @Override
        public Ingress open(Settings settings) throws IOException {
            KafkaIngress ingress = new KafkaIngress(settings);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap()))) {
                ingress.topics.create(admin, PARTITIONS, REPLICATION);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while creating the topics", e);
            } catch (RuntimeException e) {
                throw new IOException("cannot create the topics on " + settings.bootstrap() + ": " + e.getMessage(), e);
            }
            synchronized (ingress) {
                ingress.sink();
            }
            return ingress;
        }
    }

    private final IngressFactory.Settings settings;
    private final Topics topics;
    private KafkaMessageSink sink;

    private KafkaIngress(IngressFactory.Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.topics = Topics.withPrefix(settings.topicPrefix());
    }

    @Override
    public synchronized boolean send(String dedupeKey, ChatMessage message) throws IOException {
        KafkaMessageSink current = sink();
        try {
            return current.accept(dedupeKey, message);
        } catch (RuntimeException e) {
            discard();
            throw new IOException("Kafka did not take the message: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void reject(String where, String reason, String record) throws IOException {
        KafkaMessageSink current = sink();
        try {
            current.reject(where, reason, record);
        } catch (RuntimeException e) {
            discard();
            throw new IOException("Kafka did not take the rejected record: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        discard();
    }

    /** The sink, opened when there is none. */
    private KafkaMessageSink sink() throws IOException {
        if (sink == null) {
            try {
                sink = new KafkaMessageSink(settings.bootstrap(), topics, settings.transactionalId(), settings.clock(), LAG);
            } catch (RuntimeException e) {
                throw new IOException("cannot open the producer on " + settings.bootstrap() + ": " + e.getMessage(), e);
            }
        }
        return sink;
    }

    private void discard() {
        if (sink != null) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                // closing a producer that failed: nothing more to do
            }
            sink = null;
        }
    }
}
