package dev.rabiap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.cli.Main;
import dev.rabiap.engine.Roster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rabiap stream} against a real broker: a single-node KRaft Kafka started here, the stream
 * command in processes of its own, and {@code rabiap publish} sending the samples. The findings and
 * ledger on their topics (read committed) are those of the batch audit of the same input; with two
 * instances, one killed with SIGKILL in the middle, nothing is lost or doubled.
 */
final class StreamIT {
    private static Broker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = new Broker();
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private static Samples.Case sample(String name) throws Exception {
        return Samples.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static int publish(String prefix, String... args) {
        List<String> all = new ArrayList<>(List.of("publish", "--kafka", broker.bootstrap(), "--topics", prefix));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        int code = Main.execute(all.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Samples.CLOCK);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static List<String> inputs(Samples.Case sample) {
        return sample.inputs().stream().map(Object::toString).toList();
    }

    @Test
    void stream_givesTheBatchAuditsFindingsAndLedger_onARealBroker() throws Exception {
        for (String name : List.of("sakon-nakhon", "lamphun")) {
            Samples.Case sample = sample(name);
            Samples.Outcome batch = Samples.batch(sample, Samples.engine(sample));
            String prefix = "e2e-" + name;
            int people = Roster.load(sample.roster()).people().size();
            try (StreamProcess stream = new StreamProcess(broker.bootstrap(), prefix, prefix, "--ruleset", sample.ruleSet())) {
                assertThat(stream.awaitLine("rules in force", 120_000)).as(stream.output()).isTrue();
                publish(prefix, "--roster", sample.roster().toString());
                assertThat(stream.awaitLine("roster of " + people + " people", 60_000)).as(stream.output()).isTrue();
                List<String> args = new ArrayList<>(List.of("--end"));
                args.addAll(inputs(sample));
                publish(prefix, args.toArray(String[]::new));

                Samples.Outcome streamed = outcome(prefix, batch.findings().size(), batch.ledger().size());
                assertThat(streamed.findings()).as(name + " findings\n" + stream.output()).containsExactlyInAnyOrderElementsOf(batch.findings());
                assertThat(streamed.ledger()).as(name + " ledger").isEqualTo(batch.ledger());
            }
        }
    }

    @Test
    void secondInstanceTakesOver_whenOneIsKilled_andNothingIsLostOrDoubled() throws Exception {
        Samples.Case sample = sample("skn-week-a");
        Samples.Outcome batch = Samples.batch(sample, Samples.engine(sample));
        String prefix = "kill";
        int people = Roster.load(sample.roster()).people().size();
        try (StreamProcess first = new StreamProcess(broker.bootstrap(), prefix, prefix, "--ruleset", sample.ruleSet());
             StreamProcess second = new StreamProcess(broker.bootstrap(), prefix, prefix)) {
            assertThat(first.awaitLine("rules in force", 120_000)).as(first.output()).isTrue();
            assertThat(second.awaitLine("rules in force", 120_000)).as(second.output()).isTrue();
            publish(prefix, "--roster", sample.roster().toString());
            assertThat(first.awaitLine("roster of " + people + " people", 60_000)).as(first.output()).isTrue();
            assertThat(second.awaitLine("roster of " + people + " people", 60_000)).as(second.output()).isTrue();

            // the first half of the week, then one instance dies in the middle of its work
            List<String> inputs = inputs(sample);
            publish(prefix, inputs.subList(0, inputs.size() / 2).toArray(String[]::new));
            List<ConsumerRecord<String, byte[]>> before = broker.readCommitted(prefix + ".findings", 1, 60_000);
            assertThat(before).as("findings before the kill").isNotEmpty();
            first.kill();

            // the other half (a later log: its positions follow the first half's) and the end
            List<String> rest = new ArrayList<>(List.of("--end"));
            rest.addAll(inputs.subList(inputs.size() / 2, inputs.size()));
            publish(prefix, rest.toArray(String[]::new));

            List<ConsumerRecord<String, byte[]>> records = broker.readCommitted(prefix + ".findings", batch.findings().size(), 180_000);
            List<String> found = records.stream().map(r -> Samples.comparable(r.value())).sorted().toList();
            assertThat(found).as("findings, each once\n" + second.output()).doesNotHaveDuplicates();
            Samples.Outcome streamed = outcome(prefix, 0, batch.ledger().size());
            assertThat(streamed.ledger()).as("ledger").isEqualTo(batch.ledger());
            assertThat(new java.util.TreeSet<>(found)).as("findings").isEqualTo(batch.findings());
        }
    }

    private static Samples.Outcome outcome(String prefix, int findings, int duties) {
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        List<ConsumerRecord<String, byte[]>> records = broker.readCommitted(prefix + ".findings", findings, 180_000);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(found.add(Samples.comparable(record.value()))).as("found once: %s", record.key()).isTrue();
        }
        TreeMap<String, String> ledger = new TreeMap<>();
        List<ConsumerRecord<String, byte[]>> changes = broker.readCommitted(prefix + ".ledger", duties, 60_000);
        changes.sort(java.util.Comparator.comparingLong(ConsumerRecord::offset));
        for (ConsumerRecord<String, byte[]> record : changes) {
            ledger.put(record.key(), Samples.comparableLedger(record.value()));
        }
        return new Samples.Outcome(found, ledger);
    }
}
