package dev.rabiap.stream;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.ChatMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The webhook ingress's way into Kafka: each accepted event's message goes to the messages topic
 * with an idempotent, transactional producer ({@code acks=all}) before the webhook answers 200, and
 * the event's {@code webhookEventId} goes to the dedupe topic in the same transaction, so that a
 * redelivery is dropped even after a restart (the ids are read back from Kafka when the sink opens;
 * the topic keeps them for seven days, LINE's redeliveries come within minutes). Every second it
 * also sends a tick at the clock's time, less a lag, to every partition, so that posts and duties are
 * judged while groups are quiet. Thread-safe; one per webhook process, each with its own
 * transactional id.
 */
public final class KafkaMessageSink implements AutoCloseable {
    private static final int REMEMBERED = 1_000_000;

    private final Topics topics;
    private final Clock clock;
    private final Duration lag;
    private final KafkaProducer<String, byte[]> producer;
    private final int partitions;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rabiap-sink-ticks");
        t.setDaemon(true);
        return t;
    });
    private long lastSeq;

    /**
     * Opens the sink: reads back the event ids already accepted, and starts the ticks.
     *
     * @param transactionalId unique per webhook process (a restarted process takes its old id, fencing any zombie)
     * @param lag how far behind the clock a tick is: the longest an event takes from LINE to this sink
     */
    public KafkaMessageSink(String bootstrap, Topics topics, String transactionalId, Clock clock, Duration lag) {
        this.topics = requireNonNull(topics, "topics is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.lag = requireNonNull(lag, "lag is null");
        readSeen(bootstrap);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        List<PartitionInfo> info = producer.partitionsFor(topics.messages());
        this.partitions = info.size();
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void readSeen(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> all = consumer.partitionsFor(topics.webhookEvents()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all);
            while (all.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null) {
                        seen.put(record.key(), Boolean.TRUE);
                    }
                }
            }
        }
    }

    /**
     * Sends an accepted event's message, unless its event id was accepted before; returns once the
     * brokers hold it (every in-sync replica), so the webhook may answer 200.
     *
     * @return false when the event is a redelivery and was dropped
     */
    public synchronized boolean accept(String webhookEventId, ChatMessage message) {
        requireNonNull(webhookEventId, "webhookEventId is null");
        if (seen.containsKey(webhookEventId)) {
            return false;
        }
        long millis = message.time().toInstant().toEpochMilli();
        lastSeq = Math.max(lastSeq + 1, clock.millis() * 1000);
        producer.beginTransaction();
        try {
            producer.send(new ProducerRecord<>(topics.messages(), null, millis, message.group(), Records.message(message, lastSeq)));
            producer.send(new ProducerRecord<>(topics.webhookEvents(), webhookEventId, message.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.commitTransaction();
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
        seen.put(webhookEventId, Boolean.TRUE);
        return true;
    }

    /** Sends a tick to every partition: the log's time has reached the clock's time, less the lag. */
    public synchronized void tick() {
        long millis = clock.millis() - lag.toMillis();
        producer.beginTransaction();
        try {
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(topics.messages(), partition, millis, GroupProcessor.CONTROL_KEY, Records.tick(millis)));
            }
            producer.commitTransaction();
        } catch (RuntimeException e) {
            producer.abortTransaction();
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        synchronized (this) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
