package dev.rabiap.bench;

import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SystemEvent;
import dev.rabiap.stream.KafkaMessageSink;
import dev.rabiap.stream.Publisher;
import dev.rabiap.stream.StreamRunner;
import dev.rabiap.stream.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The figures of docs/stream.md, measured on this machine in one run, with a single-node KRaft
 * broker in this JVM: messages per second through the topology with one and two stream threads
 * against the batch audit of the same synthetic log; end-to-end latency from the webhook sink's
 * acknowledgement (when the webhook would answer 200) to the finding on its topic; and the time a
 * second {@code rabiap stream} process takes to carry on after the first is killed with SIGKILL.
 * Prints figures; asserts nothing about time.
 *
 * <pre>java -cp "bench/target/rabiap-bench.jar:bench/target/lib/*" dev.rabiap.bench.StreamBenchmark [--messages N] [--latency N] [--no-takeover]</pre>
 */
public final class StreamBenchmark {
    private static final int PARTITIONS = 4;

    private StreamBenchmark() {}

    /** The command line. */
    @Command(name = "StreamBenchmark", description = "Measures the figures of docs/stream.md on a single-node broker in this JVM.")
    static final class Cli implements Callable<Integer> {
        @Mixin
        final CommonArgs common = new CommonArgs().messages(20_000, "messages in the synthetic log");

        @Option(names = "--latency", paramLabel = "N", converter = CommonArgs.Count.class, description = "events timed from the webhook sink to their finding")
        long latency = 300;

        @Option(names = "--no-takeover", description = "leave out how long a second stream process takes to carry on after the first is killed")
        boolean noTakeover;

        @Override
        public Integer call() throws Exception {
            return run((int) common.messages(), (int) latency, !noTakeover);
        }
    }

    public static void main(String[] args) {
        System.exit(CommonArgs.execute(new Cli(), args));
    }

    static int run(int messages, int latencyEvents, boolean takeover) throws Exception {
        Path dir = Files.createTempDirectory("rabiap-stream-bench");
        Population population = new Population(42);
        Path roster = dir.resolve("roster.csv");
        Path log = dir.resolve("log.jsonl");
        population.write(roster);
        new LogGenerator(population, 42).write(log, messages);
        Clock clock = Clock.system(ChatMessage.BANGKOK);
        SourceRegistry registry = EngineModule.injector(clock).getInstance(SourceRegistry.class);
        Roster people = Roster.load(roster);
        PolicyEngine engine = PolicyEngine.builder().rules(RuleSet.bundled(RuleSet.DEFAULT)).roster(people).clock(clock).build();
        System.out.printf(Locale.ROOT, "Rabiap stream benchmark: %,d messages, %d people, %d CPUs, %d partitions%n", messages,
                people.people().size(), Runtime.getRuntime().availableProcessors(), PARTITIONS);

        // the batch audit, warm, as the reference
        long batchFindings = 0;
        double batchRate = 0;
        for (int run = 0; run < 3; run++) {
            List<Finding> found = new ArrayList<>();
            long start = System.nanoTime();
            try (MessageSource source = registry.open(new SourceInput(log.toString()), null, Map.of(), context(clock))) {
                engine.audit(source, found::add, dev.rabiap.engine.AuditOptions.DEFAULTS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            batchFindings = found.size();
            batchRate = messages / seconds;
            System.out.printf(Locale.ROOT, "batch audit    run %d: %.2f s, %,.0f messages/s, %,d findings%n", run + 1, seconds, batchRate, found.size());
        }

        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build();
        try (KafkaClusterTestKit broker = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1").setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1").setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("group.min.session.timeout.ms", "2000").build()) {
            broker.format();
            broker.startup();
            broker.waitForReadyBrokers();
            String bootstrap = broker.bootstrapServers();
            for (int threads : new int[] {1, 2}) {
                throughput(bootstrap, threads, log, people, registry, clock, messages, batchFindings, batchRate);
            }
            latency(bootstrap, people, clock, latencyEvents);
            if (takeover) {
                takeover(bootstrap, roster, people);
            }
        }
        return 0;
    }

    private static SourceContext context(Clock clock) {
        return new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {}

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer());
    }

    /** A writer that counts down a latch when a line containing {@code text} is printed. */
    private static PrintWriter watching(String text, CountDownLatch latch) {
        return new PrintWriter(new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] buffer, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        if (line.toString().contains(text)) {
                            latch.countDown();
                        }
                        line.setLength(0);
                    } else {
                        line.append(buffer[i]);
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        }, true);
    }

    private static void throughput(String bootstrap, int threads, Path log, Roster people, SourceRegistry registry, Clock clock, int messages,
                                   long batchFindings, double batchRate) throws Exception {
        Topics topics = Topics.withPrefix("bench-t" + threads);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            topics.create(admin, PARTITIONS, (short) 1);
        }
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            Publisher publisher = new Publisher(topics, PARTITIONS, (topic, partition, key, value, timestamp) ->
                    producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value)), Duration.ofMinutes(1), 1);
            publisher.roster(people);
            publisher.rules(RuleSet.bundled(RuleSet.DEFAULT));
            try (MessageSource source = registry.open(new SourceInput(log.toString()), null, Map.of(), context(clock))) {
                publisher.publish(source, false);
            }
            publisher.end(null);
            producer.flush();
        }
        CountDownLatch ready = new CountDownLatch(1);
        StreamRunner runner = new StreamRunner(new StreamRunner.Settings(bootstrap, topics, "bench-t" + threads, threads, PARTITIONS, (short) 1,
                Files.createTempDirectory("rabiap-bench-state"), null, Map.of()), clock, watching("roster of " + people.people().size(), ready));
        runner.start();
        if (!ready.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the rules did not come into force");
        }
        long start = System.nanoTime();
        long count = countUntil(bootstrap, topics.findings(), batchFindings, Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        runner.close();
        System.out.printf(Locale.ROOT, "topology       %d stream thread(s): %,d messages in %.2f s after the rules came into force, %,.0f messages/s"
                + " (%.2f x the batch audit), %,d findings (batch: %,d)%n", threads, messages, seconds, messages / seconds,
                messages / seconds / batchRate, count, batchFindings);
    }

    /** Reads a topic (committed records) until it holds {@code wanted} records; returns how many it holds. */
    private static long countUntil(String bootstrap, String topic, long wanted, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long count = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count < wanted && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(100)).count();
            }
            return count;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Someone on no roster joins a group with membership rules: a post of its own, judged at once, one finding. */
    private static ChatMessage outsiderJoins(int i, Clock clock) {
        String id = "join-" + i + "-" + System.nanoTime();
        return ChatMessage.builder().id(id).evidence(new Evidence("webhook", 0, id)).group(LogGenerator.G1).sender("ผู้มาใหม่ " + i)
                .time(java.time.ZonedDateTime.now(clock)).event(SystemEvent.JOIN).build();
    }

    private static void latency(String bootstrap, Roster people, Clock clock, int events) throws Exception {
        Topics topics = Topics.withPrefix("bench-live");
        CountDownLatch ready = new CountDownLatch(1);
        StreamRunner runner = new StreamRunner(new StreamRunner.Settings(bootstrap, topics, "bench-live", 1, PARTITIONS, (short) 1,
                Files.createTempDirectory("rabiap-bench-state"), RuleSet.bundled(RuleSet.DEFAULT), Map.of()), clock,
                watching("roster of " + people.people().size(), ready));
        runner.start();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            new Publisher(topics, PARTITIONS, (topic, partition, key, value, timestamp) ->
                    producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value)), Duration.ofMinutes(1), 1).roster(people);
        }
        if (!ready.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the rules did not come into force");
        }
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topics.findings()).stream()
                        .map(p -> new TopicPartition(topics.findings(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        String value = new String(record.value(), StandardCharsets.UTF_8);
                        int at = value.indexOf("\"messageId\":\"");
                        String id = value.substring(at + 13, value.indexOf('"', at + 13));
                        Long when = sent.remove(id);
                        if (when != null) {
                            latencies.add(now - when);
                        }
                    }
                }
            }
        }, "latency-reader");
        reader.start();
        try (KafkaMessageSink sink = new KafkaMessageSink(bootstrap, topics, "bench-sink", clock, Duration.ofSeconds(2))) {
            Thread.sleep(3000);
            for (int i = 0; i < events; i++) {
                ChatMessage message = outsiderJoins(i, clock);
                sink.accept(message.id(), message);
                sent.put(message.id(), System.nanoTime());
                Thread.sleep(50);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (latencies.size() < events && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        stop.set(true);
        reader.join();
        runner.close();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("latency        no finding arrived");
            return;
        }
        System.out.printf(Locale.ROOT, "latency        %d events at 20/s, from the sink's acknowledgement to the finding on its topic: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Two {@code rabiap stream} processes; one is killed with SIGKILL; how long until the other judges what comes next. */
    private static void takeover(String bootstrap, Path roster, Roster people) throws Exception {
        String prefix = "bench-kill";
        List<Process> processes = new ArrayList<>();
        List<List<String>> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path state = Files.createTempDirectory("rabiap-bench-state");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), "dev.rabiap.cli.Main", "stream", "--kafka", bootstrap, "--application-id", prefix,
                    "--topics", prefix, "--partitions", Integer.toString(PARTITIONS), "--state-dir", state.toString(),
                    "--config", "session.timeout.ms=6000", "--config", "heartbeat.interval.ms=1000"));
            if (i == 0) {
                command.addAll(List.of("--ruleset", RuleSet.DEFAULT));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread pump = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    // ended
                }
            });
            pump.setDaemon(true);
            pump.start();
            processes.add(process);
            outputs.add(lines);
            if (i == 0) {
                await(lines, "rules in force", 120);
            }
        }
        Clock clock = Clock.system(ChatMessage.BANGKOK);
        Topics topics = Topics.withPrefix(prefix);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            new Publisher(topics, PARTITIONS, (topic, partition, key, value, timestamp) ->
                    producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value)), Duration.ofMinutes(1), 1).roster(people);
        }
        for (List<String> lines : outputs) {
            await(lines, "roster of " + people.people().size(), 120);
        }
        String[] groups = {LogGenerator.G1, LogGenerator.G2, LogGenerator.G3, LogGenerator.G4, LogGenerator.G5, LogGenerator.G6};
        try (KafkaMessageSink sink = new KafkaMessageSink(bootstrap, topics, "bench-kill-sink", clock, Duration.ofSeconds(2))) {
            // both instances at work: one outsider per group, judged
            send(sink, groups, "warm", clock);
            countUntil(bootstrap, topics.findings(), groups.length, Duration.ofMinutes(2));
            processes.get(0).destroyForcibly();
            long killed = System.nanoTime();
            processes.get(0).waitFor(30, TimeUnit.SECONDS);
            send(sink, groups, "after", clock);
            long count = countUntil(bootstrap, topics.findings(), 2L * groups.length, Duration.ofMinutes(3));
            double seconds = (System.nanoTime() - killed) / 1e9;
            System.out.printf(Locale.ROOT, "takeover       SIGKILL of one of two stream processes (session.timeout.ms=6000): the other judged the next event"
                    + " of every group %.1f s after the kill (%d of %d findings)%n", seconds, count, 2 * groups.length);
        } finally {
            for (Process process : processes) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void send(KafkaMessageSink sink, String[] groups, String tag, Clock clock) {
        for (int i = 0; i < groups.length; i++) {
            String id = tag + "-" + i;
            ChatMessage message = ChatMessage.builder().id(id).evidence(new Evidence("webhook", 0, id)).group(groups[i])
                    .sender("ผู้มาใหม่ " + tag + " " + i).time(java.time.ZonedDateTime.now(clock)).event(SystemEvent.JOIN).build();
            sink.accept(id, message);
        }
    }

    private static void await(List<String> lines, String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(text))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no '" + text + "' from the stream process:\n" + String.join("\n", lines));
    }

}
