package dev.rabiap.stream;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topics of a deployment, by name. The default names are {@code rabiap.messages},
 * {@code rabiap.roster}, {@code rabiap.rules}, {@code rabiap.findings}, {@code rabiap.ledger},
 * {@code rabiap.rejected}, and {@code rabiap.webhook-events} for the webhook ingress's dedupe.
 */
public record Topics(String messages, String roster, String rules, String findings, String ledger, String rejected, String webhookEvents) {
    public Topics {
        requireNonNull(messages, "messages is null");
        requireNonNull(roster, "roster is null");
        requireNonNull(rules, "rules is null");
        requireNonNull(findings, "findings is null");
        requireNonNull(ledger, "ledger is null");
        requireNonNull(rejected, "rejected is null");
        requireNonNull(webhookEvents, "webhookEvents is null");
    }

    /** The topics named with a prefix: {@code PREFIX.messages}, … */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix + ".messages", prefix + ".roster", prefix + ".rules", prefix + ".findings", prefix + ".ledger",
                prefix + ".rejected", prefix + ".webhook-events");
    }

    /** The default names, {@code rabiap.*}. */
    public static Topics defaults() {
        return withPrefix("rabiap");
    }

    /**
     * Creates the topics that are absent: messages with {@code partitions} partitions; roster and
     * rules compacted, with one partition; findings, ledger and rejected with {@code partitions}.
     * Nothing is deleted by age: the audit trail is kept until an operator sets a retention.
     *
     * @return the partition count of the messages topic, as it is now
     */
    public int create(Admin admin, int partitions, short replication) throws InterruptedException {
        Map<String, String> keep = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        List<NewTopic> wanted = new ArrayList<>();
        wanted.add(new NewTopic(messages, partitions, replication).configs(keep));
        wanted.add(new NewTopic(roster, 1, replication).configs(compact));
        wanted.add(new NewTopic(rules, 1, replication).configs(compact));
        wanted.add(new NewTopic(findings, partitions, replication).configs(keep));
        wanted.add(new NewTopic(ledger, partitions, replication).configs(keep));
        wanted.add(new NewTopic(rejected, 1, replication).configs(keep));
        wanted.add(new NewTopic(webhookEvents, 1, replication).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE, TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(java.time.Duration.ofDays(7).toMillis()))));
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get();
            List<NewTopic> absent = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!absent.isEmpty()) {
                try {
                    admin.createTopics(absent).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return partitions(admin, messages);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the topics: " + e.getCause(), e.getCause());
        }
    }

    /** How long a topic just created may stay unknown to the broker that is asked about it. */
    private static final long UNKNOWN_FOR_AT_MOST_MILLIS = 10_000;

    /**
     * The partition count of a topic. A topic created a moment ago can still be unknown to the broker
     * asked (its metadata has not reached it yet): it is asked again, for {@link #UNKNOWN_FOR_AT_MOST_MILLIS} at most.
     */
    static int partitions(Admin admin, String topic) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(UNKNOWN_FOR_AT_MOST_MILLIS);
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                return description.partitions().size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
