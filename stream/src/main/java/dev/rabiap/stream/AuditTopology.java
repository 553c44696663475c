package dev.rabiap.stream;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology of {@code rabiap stream}:
 *
 * <pre>
 * rabiap.messages (key: group) ─▶ stage 1: GroupProcessor [rabiap-groups]
 *        │ findings, rejected ─▶ rabiap.findings, rabiap.rejected
 *        └ duties and answers (key: party), watermarks and ends (to every partition)
 *              ─▶ repartition "rabiap-by-party" ─▶ stage 2: PartyProcessor [rabiap-parties, rabiap-party-queue]
 *                      └ findings, ledger ─▶ rabiap.findings, rabiap.ledger
 * rabiap.roster, rabiap.rules ─▶ global tables (every instance reads them whole)
 * </pre>
 */
public final class AuditTopology {
    /** Stage 1's store: each group's held posts, order words, members and marks. */
    public static final String GROUP_STORE = "rabiap-groups";
    /** Stage 2's store: each party's open duties, with their late windows. */
    public static final String PARTY_STORE = "rabiap-parties";
    /** Stage 2's waiting handoffs and the watermarks of every stage-1 partition. */
    public static final String QUEUE_STORE = "rabiap-party-queue";
    /** The global table of the roster. */
    public static final String ROSTER_TABLE = "rabiap-roster-table";
    /** The global table of the rule set versions. */
    public static final String RULES_TABLE = "rabiap-rules-table";
    /** The name of the repartition topic (the application id and {@code -repartition} are added). */
    public static final String BY_PARTY = "rabiap-by-party";

    private AuditTopology() {}

    /**
     * Builds the topology.
     *
     * @param partitions the partition count of the messages topic: stage 2 waits for the watermark of each
     * @param inMemory in-memory stores instead of RocksDB (tests and benchmarks)
     */
    public static Topology build(Topics topics, PolicySource policies, int partitions, boolean inMemory) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(GROUP_STORE, inMemory));
        builder.addStateStore(store(PARTY_STORE, inMemory));
        builder.addStateStore(store(QUEUE_STORE, inMemory));
        builder.globalTable(topics.roster(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(ROSTER_TABLE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
        builder.globalTable(topics.rules(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(RULES_TABLE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));

        KStream<String, Routed> stage1 = builder.stream(topics.messages(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new GroupProcessor(policies, partitions), GROUP_STORE);
        stage1.filter((key, routed) -> routed.route() != Routed.Route.HANDOFF)
                .to((key, routed, context) -> topic(topics, routed), Produced.with(Serdes.String(), Routed.SERDE));
        KStream<String, Routed> stage2 = stage1.filter((key, routed) -> routed.route() == Routed.Route.HANDOFF)
                .mapValues(Routed::value)
                .repartition(Repartitioned.<String, byte[]>as(BY_PARTY).withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray())
                        .withNumberOfPartitions(partitions).withStreamPartitioner(new ByParty()))
                .process(() -> new PartyProcessor(policies, partitions), PARTY_STORE, QUEUE_STORE);
        stage2.to((key, routed, context) -> topic(topics, routed), Produced.with(Serdes.String(), Routed.SERDE));
        return builder.build();
    }

    private static String topic(Topics topics, Routed routed) {
        return switch (routed.route()) {
            case FINDING -> topics.findings();
            case LEDGER -> topics.ledger();
            case REJECTED -> topics.rejected();
            case HANDOFF -> throw new IllegalStateException("a handoff goes to the repartition topic");
        };
    }

    private static StoreBuilder<KeyValueStore<String, byte[]>> store(String name, boolean inMemory) {
        KeyValueBytesStoreSupplier supplier = inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.ByteArray());
    }

    /** A party's handoffs to its partition; watermarks and ends to every partition. */
    static final class ByParty implements StreamPartitioner<String, byte[]> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, byte[] value, int numPartitions) {
            if (GroupProcessor.CONTROL_KEY.equals(key)) {
                return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
            }
            return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % numPartitions));
        }
    }
}
