package dev.rabiap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.spi.MessageSource;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample and scenario through the topology gives the findings and ledger of the batch
 * audit of the same input, computed here (compared as sets; the ledger folded to each duty's last state).
 * The samples run at the same time, each with an engine, a test driver and a state folder of its own.
 */
@Execution(ExecutionMode.CONCURRENT)
final class TopologyEquivalenceTest {
    static List<Samples.Case> samples() throws Exception {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void topology_givesTheBatchAuditsFindingsAndLedger(Samples.Case sample) throws Exception {
        PolicyEngine engine = Samples.engine(sample);
        Samples.Outcome batch = Samples.batch(sample, engine);
        Samples.Outcome streamed = streamed(sample, engine.partitioned());

        assertThat(streamed.findings()).as("findings").containsExactlyInAnyOrderElementsOf(batch.findings());
        assertThat(streamed.ledger()).as("ledger").isEqualTo(batch.ledger());
        assertThat(batch.findings()).isNotEmpty();
    }

    static Samples.Outcome streamed(Samples.Case sample, PartitionedRules rules) throws Exception {
        Topics topics = Topics.defaults();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "rabiap-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("rabiap-ttd").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(AuditTopology.build(topics, PolicySource.fixed(rules), 1, true), config)) {
            TestInputTopic<String, byte[]> messages = driver.createInputTopic(topics.messages(), Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            Publisher publisher = new Publisher(topics, 1, (topic, partition, key, value, timestamp) ->
                    messages.pipeInput(new TestRecord<>(key, value, java.time.Instant.ofEpochMilli(timestamp))), Duration.ofMinutes(1), 1);
            List<MessageSource> sources = Samples.open(sample, Samples.context(sample));
            try (MessageSource merged = PartitionedRules.inLogOrder(sources)) {
                publisher.publish(merged, true);
            }
            publisher.end(sample.asOf());
            TestOutputTopic<String, byte[]> findings = driver.createOutputTopic(topics.findings(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            TestOutputTopic<String, byte[]> ledger = driver.createOutputTopic(topics.ledger(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            TestOutputTopic<String, byte[]> rejected = driver.createOutputTopic(topics.rejected(), Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());
            assertThat(rejected.readValuesToList()).isEmpty();
            TreeSet<String> found = new TreeSet<>();
            for (byte[] value : findings.readValuesToList()) {
                assertThat(found.add(Samples.comparable(value))).as("found once: %s", Samples.comparable(value)).isTrue();
            }
            TreeMap<String, String> duties = new TreeMap<>();
            for (var record : ledger.readKeyValuesToList()) {
                duties.put(record.key, Samples.comparableLedger(record.value));
            }
            return new Samples.Outcome(found, duties);
        }
    }
}
