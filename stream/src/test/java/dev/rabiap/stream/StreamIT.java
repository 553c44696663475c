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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code rabiap stream} against a real broker: a single-node KRaft Kafka ({@link SharedBroker}), the stream
 * command in processes of its own, and {@code rabiap publish} sending the samples. The findings and
 * ledger on their topics (read committed) are those of the batch audit of the same input; with two
 * instances, one killed with SIGKILL in the middle, nothing is lost or doubled. The two tests run at
 * the same time (their topics and application ids are their own): most of each is waiting on Kafka.
 */
@ExtendWith(SharedBroker.class)
@Execution(ExecutionMode.CONCURRENT)
final class StreamIT {
    private static Broker broker;

    @BeforeAll
    static void start(Broker shared) {
        broker = shared;
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
        List<Samples.Case> samples = List.of(sample("sakon-nakhon"), sample("lamphun"));
        // one instance for each sample, all started at once; the batch audits are made while they start
        List<StreamProcess> streams = new ArrayList<>();
        try {
            for (Samples.Case sample : samples) {
                String prefix = "e2e-" + sample.name();
                streams.add(new StreamProcess(broker.bootstrap(), prefix, prefix, "--ruleset", sample.ruleSet()));
            }
            List<Samples.Outcome> batches = new ArrayList<>();
            for (Samples.Case sample : samples) {
                batches.add(Samples.batch(sample, Samples.engine(sample)));
            }
            for (int i = 0; i < samples.size(); i++) {
                StreamProcess stream = streams.get(i);
                assertThat(stream.awaitLine("rules in force", 120_000)).as(stream.output()).isTrue();
                publish("e2e-" + samples.get(i).name(), "--roster", samples.get(i).roster().toString());
            }
            for (int i = 0; i < samples.size(); i++) {
                Samples.Case sample = samples.get(i);
                StreamProcess stream = streams.get(i);
                int people = Roster.load(sample.roster()).people().size();
                assertThat(stream.awaitLine("roster of " + people + " people", 60_000)).as(stream.output()).isTrue();
                List<String> args = new ArrayList<>(List.of("--end"));
                args.addAll(inputs(sample));
                publish("e2e-" + sample.name(), args.toArray(String[]::new));
            }
            for (int i = 0; i < samples.size(); i++) {
                String name = samples.get(i).name();
                Samples.Outcome batch = batches.get(i);
                Samples.Outcome streamed = outcome("e2e-" + name, batch.findings().size(), batch.ledger().size());
                assertThat(streamed.findings()).as(name + " findings\n" + streams.get(i).output())
                        .containsExactlyInAnyOrderElementsOf(batch.findings());
                assertThat(streamed.ledger()).as(name + " ledger").isEqualTo(batch.ledger());
            }
        } finally {
            for (StreamProcess stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void secondInstanceTakesOver_whenOneIsKilled_andNothingIsLostOrDoubled() throws Exception {
        Samples.Case sample = sample("skn-week-a");
        String prefix = "kill";
        int people = Roster.load(sample.roster()).people().size();
        try (StreamProcess first = new StreamProcess(broker.bootstrap(), prefix, prefix, "--ruleset", sample.ruleSet());
             StreamProcess second = new StreamProcess(broker.bootstrap(), prefix, prefix)) {
            Samples.Outcome batch = Samples.batch(sample, Samples.engine(sample)); // while the instances start
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
