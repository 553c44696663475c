package dev.rabiap.stream;

import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import java.io.PrintWriter;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The rules in force on one instance: reads the roster and rule set global tables every second and,
 * when either has changed, compiles the new version on its own thread, off the processing path, and
 * swaps it in between two records. A version that does not compile is refused: the old one stays,
 * and the reason goes to stderr and to {@code rabiap.rejected}. One compiled rule base per instance,
 * shared by its stream threads.
 */
public final class PolicyWatcher implements PolicySource, AutoCloseable {
    private final AtomicReference<PartitionedRules> current = new AtomicReference<>();
    private final ConcurrentLinkedQueue<byte[]> rejections = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rabiap-policy");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final PrintWriter err;
    private volatile KafkaStreams streams;
    private String seen = "";

    public PolicyWatcher(Clock clock, PrintWriter err) {
        this.clock = clock;
        this.err = err;
    }

    /** Starts watching the global tables of {@code streams}. */
    public void watch(KafkaStreams streams) {
        this.streams = streams;
        thread.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.SECONDS);
    }

    @Override
    public PartitionedRules current() {
        PartitionedRules rules = current.get();
        long waited = 0;
        while (rules == null) {
            if (waited > 600_000) {
                throw new IllegalStateException("no rule set has compiled after 10 minutes: publish one (rabiap publish --rules DIR)");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the rules", e);
            }
            waited += 50;
            rules = current.get();
        }
        return rules;
    }

    @Override
    public List<byte[]> takeRejections() {
        if (rejections.isEmpty()) {
            return List.of();
        }
        List<byte[]> taken = new ArrayList<>();
        for (byte[] rejection = rejections.poll(); rejection != null; rejection = rejections.poll()) {
            taken.add(rejection);
        }
        return taken;
    }

    private void check() {
        KafkaStreams running = streams;
        if (running == null || !(running.state() == KafkaStreams.State.RUNNING || running.state() == KafkaStreams.State.REBALANCING)) {
            return;
        }
        try {
            List<byte[]> people = new ArrayList<>();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] rules = null;
            ReadOnlyKeyValueStore<String, byte[]> rulesTable = running.store(StoreQueryParameters.fromNameAndType(AuditTopology.RULES_TABLE,
                    QueryableStoreTypes.keyValueStore()));
            rules = rulesTable.get(Records.RULES_KEY);
            if (rules == null) {
                return;
            }
            digest.update(rules);
            ReadOnlyKeyValueStore<String, byte[]> rosterTable = running.store(StoreQueryParameters.fromNameAndType(AuditTopology.ROSTER_TABLE,
                    QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<String, byte[]> all = rosterTable.all()) {
                while (all.hasNext()) {
                    KeyValue<String, byte[]> person = all.next();
                    digest.update(person.key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(person.value);
                    people.add(person.value);
                }
            }
            String version = java.util.HexFormat.of().formatHex(digest.digest());
            if (version.equals(seen)) {
                return;
            }
            seen = version;
            compile(rules, people);
        } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
            // the tables are not ready yet: next second
        } catch (Exception e) {
            err.println("rabiap stream: cannot read the rules and roster tables: " + e);
        }
    }

    /** Compiles a rule set record against roster records and puts it in force, or refuses it. */
    void compile(byte[] rulesRecord, List<byte[]> people) {
        String name = "?";
        try {
            RuleSet ruleSet = Records.rules(rulesRecord);
            name = ruleSet.name() + " " + ruleSet.version();
            Roster roster = Records.roster(people);
            PartitionedRules rules = PolicyEngine.builder().rules(ruleSet).roster(roster).clock(clock).build().partitioned();
            PartitionedRules before = current.getAndSet(rules);
            err.println("rabiap stream: rules in force: " + name + ", roster of " + roster.people().size() + " people"
                    + (before == null ? "" : " (was " + before.rules().name() + " " + before.version() + ")"));
        } catch (PolicyException | IllegalArgumentException | IllegalStateException e) {
            err.println("rabiap stream: rule set " + name + " refused, the rules in force stay: " + e.getMessage());
            rejections.add(Records.rejected("rules", e.getMessage(), name, null));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

}
