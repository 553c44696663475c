package dev.rabiap.stream;

import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rabiap publish}: sends inputs, a roster or a rule set version to the topics of {@code rabiap stream}. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Sends any input the plugins read (exports, mbox, IMAP, JSONL) to the messages topic, and a roster or rule set version to theirs.",
                "ส่งบันทึกข้อความ ทะเบียนบุคลากร หรือชุดกฎ เข้า Kafka"})
public final class PublishCommand implements Callable<Integer> {
    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "The Kafka brokers.")
    String kafka;

    @Option(names = "--topics", paramLabel = "PREFIX", defaultValue = "rabiap", description = "The topics' prefix (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--roster", paramLabel = "FILE", description = "Publish this roster (each person a record).")
    Path roster;

    @Option(names = "--rules", paramLabel = "DIR", description = "Publish this rule set folder as the version in force.")
    Path rules;

    @Option(names = "--ruleset", paramLabel = "NAME", description = "Publish this bundled rule set as the version in force.")
    String ruleset;

    @Option(names = "--end", description = "After the inputs, end the log: judge missing answers at the last message's time, as rabiap audit does at its end.")
    boolean end;

    @Option(names = "--as-of", paramLabel = "TIME", description = "After the inputs, end the log and judge missing answers at this ISO-8601 time (no offset: Asia/Bangkok).")
    String asOf;

    @Option(names = "--keep-going", description = "Skip records that cannot be read, instead of stopping at the first.")
    boolean keepGoing;

    @Option(names = "--input-format", paramLabel = "NAME", description = "The input format, when it cannot be told from the file.")
    String inputFormat;

    @Option(names = {"-O", "--source-option"}, paramLabel = "KEY=VALUE", description = "An option for the input's plugin, such as group=NAME.")
    Map<String, String> sourceOptions = new LinkedHashMap<>();

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Message logs: files, folders or URLs, read as one log in time order.")
    List<String> inputs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final SourceRegistry sources;
    private final Clock clock;

    @Inject
    PublishCommand(SourceRegistry sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && roster == null && rules == null && ruleset == null) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "give inputs, --roster or --rules to publish");
        }
        Topics topics = Topics.withPrefix(prefix);
        RuleSet ruleSet = rules != null ? RuleSet.fromDirectory(rules) : ruleset != null ? RuleSet.bundled(ruleset) : null;
        Roster people = roster == null ? null : Roster.load(roster);
        if (ruleSet != null) {
            dev.rabiap.engine.PolicyEngine.builder().rules(ruleSet).roster(people == null ? Roster.empty() : people).build();
        }
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            partitions = topics.create(admin, 12, (short) 1);
        }
        try (KafkaProducer<String, byte[]> producer = StreamRunner.producer(kafka)) {
            Publisher publisher = new Publisher(topics, partitions, (topic, partition, key, value, timestamp) ->
                    producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value)), Duration.ofMinutes(1),
                    System.currentTimeMillis() * 1000);
            if (people != null) {
                publisher.roster(people);
                err.println("rabiap publish: roster of " + people.people().size() + " people to " + topics.roster());
            }
            if (ruleSet != null) {
                publisher.rules(ruleSet);
                err.println("rabiap publish: rule set " + ruleSet.name() + " version " + ruleSet.version() + " to " + topics.rules());
            }
            if (!inputs.isEmpty()) {
                SourceContext context = new SourceContext() {
                    @Override
                    public void skipped(Evidence where, String reason) {}

                    @Override
                    public Clock clock() {
                        return clock;
                    }

                    // a PC export's line holds a name that may have spaces: read with the roster's names, as the audit
                    // reads it, when a roster is published with the inputs
                    @Override
                    public java.util.Collection<String> knownNames() {
                        return people == null ? java.util.List.of() : people.displayNames();
                    }
                };
                List<MessageSource> opened = new ArrayList<>();
                try {
                    for (String input : inputs) {
                        opened.add(sources.open(new SourceInput(input), inputFormat, sourceOptions, context));
                    }
                    publisher.publish(PartitionedRules.inLogOrder(opened), keepGoing);
                } finally {
                    for (MessageSource source : opened) {
                        source.close();
                    }
                }
                err.println("rabiap publish: " + publisher.published() + " messages to " + topics.messages()
                        + (publisher.malformed() > 0 ? " (" + publisher.malformed() + " records could not be read)" : ""));
            }
            if (end || asOf != null) {
                publisher.end(asOf == null ? null : parseTime(asOf));
            }
            producer.flush();
        }
        return 0;
    }

    private static ZonedDateTime parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(dev.rabiap.engine.spi.ChatMessage.BANGKOK);
        } catch (java.time.format.DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(dev.rabiap.engine.spi.ChatMessage.BANGKOK);
            } catch (java.time.format.DateTimeParseException e) {
                throw new PolicyException(ErrorCode.BAD_OPTION, "--as-of '" + text + "' is not an ISO-8601 time such as 2025-11-25T17:00");
            }
        }
    }
}
