package dev.rabiap.stream;

import dev.rabiap.engine.RuleSet;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rabiap stream}: runs the audit on Kafka Streams until stopped (docs/stream.md). */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Audits the messages on Kafka as they come, as one instance of a Kafka Streams application; start more with the same --application-id to share the work.",
                "ตรวจข้อความบน Kafka ตามเวลาจริง"})
public final class StreamCommand implements Callable<Integer> {
    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "The Kafka brokers.")
    String kafka;

    @Option(names = "--rules", paramLabel = "DIR", description = "Publish this rule set folder as the version in force, then run.")
    Path rules;

    @Option(names = "--ruleset", paramLabel = "NAME", description = "Publish this bundled rule set as the version in force, then run. Without --rules or --ruleset, the version on the rules topic stays in force (the bundled sakon-nakhon when the topic is empty).")
    String ruleset;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "rabiap", description = "Instances with the same id share the work (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads in this instance (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "12", description = "Partitions of the topics this instance creates when absent (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "1", description = "Replication factor of the topics created (default: ${DEFAULT-VALUE}; 3 in production).")
    short replication;

    @Option(names = "--topics", paramLabel = "PREFIX", defaultValue = "rabiap", description = "The topics' prefix: PREFIX.messages, PREFIX.findings, … (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where the state stores live (default: a rabiap-streams folder in the temporary folder).")
    Path stateDir;

    @Option(names = "--config", paramLabel = "KEY=VALUE", description = "A Kafka Streams setting, such as session.timeout.ms=10000 (repeatable).")
    Map<String, String> config = new java.util.LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    private final Clock clock;

    @Inject
    StreamCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        RuleSet publish = rules != null ? RuleSet.fromDirectory(rules) : ruleset != null ? RuleSet.bundled(ruleset) : null;
        if (publish != null) {
            dev.rabiap.engine.PolicyEngine.builder().rules(publish).build(); // refuse a broken rule set here, before it is published
        }
        Path state = stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "rabiap-streams");
        StreamRunner runner = new StreamRunner(new StreamRunner.Settings(kafka, Topics.withPrefix(prefix), applicationId, threads, partitions,
                replication, state, publish, Map.copyOf(config)), clock, spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "rabiap-stream-shutdown"));
        runner.start();
        spec.commandLine().getErr().println("rabiap stream: running as " + applicationId + " on " + kafka + " with " + threads + " thread(s)");
        while (!runner.await(1, TimeUnit.HOURS)) {
            // runs until stopped
        }
        return runner.streams().state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 70 : 0;
    }
}
