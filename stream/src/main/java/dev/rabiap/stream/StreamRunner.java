package dev.rabiap.stream;

import dev.rabiap.engine.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One instance of {@code rabiap stream}: creates the topics that are absent, publishes its rule set
 * when asked (or when the rules topic is empty), and runs the topology with
 * {@code processing.guarantee=exactly_once_v2} until closed. Instances with the same application id
 * share the work; one that stops or dies has its partitions taken over by the others.
 */
public final class StreamRunner implements AutoCloseable {
    /**
     * How to run.
     *
     * @param bootstrap the brokers, {@code HOST:PORT[,…]}
     * @param applicationId instances with the same id share the work
     * @param threads stream threads in this instance
     * @param partitions partitions of the topics created here
     * @param replication replication factor of the topics created here (and of the internal topics)
     * @param stateDir where the state stores live
     * @param publishRules a rule set to publish before starting, or null to follow the rules topic
     */
    public record Settings(String bootstrap, Topics topics, String applicationId, int threads, int partitions, short replication, Path stateDir,
                           RuleSet publishRules, Map<String, Object> extra) {}

    private final Settings settings;
    private final PolicyWatcher policies;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private KafkaStreams streams;

    public StreamRunner(Settings settings, Clock clock, PrintWriter err) {
        this.settings = settings;
        this.policies = new PolicyWatcher(clock, err);
    }

    /** Creates the topics, publishes the rules if asked, and starts the topology. */
    public void start() throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap()))) {
            partitions = settings.topics().create(admin, settings.partitions(), settings.replication());
        }
        if (settings.publishRules() != null || rulesTopicIsEmpty()) {
            RuleSet rules = settings.publishRules() != null ? settings.publishRules() : RuleSet.bundled(RuleSet.DEFAULT);
            try (KafkaProducer<String, byte[]> producer = producer(settings.bootstrap())) {
                producer.send(new ProducerRecord<>(settings.topics().rules(), Records.RULES_KEY, Records.rules(rules))).get();
            }
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.replication());
        config.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
        config.putAll(settings.extra());
        streams = new KafkaStreams(AuditTopology.build(settings.topics(), policies, partitions, false), config);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        policies.watch(streams);
        streams.start();
    }

    private boolean rulesTopicIsEmpty() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(settings.topics().rules(), 0);
            return consumer.endOffsets(java.util.List.of(partition)).getOrDefault(partition, 0L) == 0L;
        }
    }

    /** An idempotent producer that waits for every in-sync replica. */
    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** The running instance, or null before {@link #start()}. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Waits until the instance stops (closed, or failed). */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    @Override
    public void close() {
        if (streams != null) {
            streams.close(java.time.Duration.ofSeconds(30));
        }
        policies.close();
    }
}
