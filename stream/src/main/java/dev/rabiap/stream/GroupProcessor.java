package dev.rabiap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.spi.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 1, keyed by group: each message of a group, in the partition's order, goes through the
 * engine's group step (posts, classification, sender resolution, posting and membership rules, and
 * the opening of duties), with the group's held posts, members and marks in the store
 * {@value AuditTopology#GROUP_STORE}. Duties and answers go on to stage 2 keyed by party; a tick is
 * passed on to every stage-2 partition as a watermark: no later handoff from this partition will be
 * earlier than it. A record that cannot be read goes to the rejected topic with the reason.
 */
final class GroupProcessor implements Processor<String, byte[], String, Routed> {
    static final String CONTROL_KEY = "\u0000control";

    private final PolicySource policies;
    private final int partitions;
    private ProcessorContext<String, Routed> context;
    private StoreState state;
    private int partition;

    GroupProcessor(PolicySource policies, int partitions) {
        this.policies = policies;
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, byte[]> store = context.getStateStore(AuditTopology.GROUP_STORE);
        this.state = new StoreState(store);
        this.partition = context.taskId().partition();
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PartitionedRules rules = policies.current();
        for (byte[] rejection : policies.takeRejections()) {
            context.forward(new Record<>("rules", new Routed(Routed.Route.REJECTED, rejection), record.timestamp()));
        }
        JsonNode node;
        try {
            node = Records.tree(record.value());
            if (!node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
        } catch (IllegalArgumentException e) {
            reject(record, e.getMessage());
            return;
        }
        JsonNode control = node.get("control");
        if (control != null) {
            switch (control.asText()) {
                case "tick" -> {
                    long millis;
                    try {
                        millis = Records.time(node.get("time").asText()).toInstant().toEpochMilli();
                    } catch (RuntimeException e) {
                        reject(record, "a tick without a time");
                        return;
                    }
                    emit(rules, rules.advance(millis, state), record.timestamp());
                    long watermark = Math.min(millis, rules.heldSince(state));
                    context.forward(new Record<>(CONTROL_KEY, new Routed(Routed.Route.HANDOFF, Records.watermark(partition, watermark)), millis));
                }
                case "end" -> {
                    ZonedDateTime asOf;
                    try {
                        asOf = Records.time(node.get("asOf").asText());
                    } catch (RuntimeException e) {
                        reject(record, "an end without an asOf time");
                        return;
                    }
                    emit(rules, rules.end(asOf, state, this::owns, partition == 0), record.timestamp());
                    context.forward(new Record<>(CONTROL_KEY, new Routed(Routed.Route.HANDOFF, Records.endOf(partition, asOf)),
                            asOf.toInstant().toEpochMilli()));
                }
                default -> reject(record, "unknown control '" + control.asText() + "'");
            }
            return;
        }
        ChatMessage message;
        try {
            message = Records.message(node);
        } catch (IllegalArgumentException e) {
            reject(record, e.getMessage());
            return;
        }
        long seq = node.has("seq") ? node.get("seq").asLong()
                : message.time().toInstant().toEpochMilli() * 1000 + context.recordMetadata().map(m -> m.offset() % 1000).orElse(0L);
        PartitionedRules.Output out;
        try {
            out = rules.message(message, seq, state);
        } catch (PolicyException | IllegalArgumentException e) {
            reject(record, e.getMessage());
            return;
        }
        emit(rules, out, record.timestamp());
    }

    /** Whether a group's messages come to this partition: the producer's partitioner on the group's name. */
    private boolean owns(String group) {
        return Utils.toPositive(Utils.murmur2(group.getBytes(StandardCharsets.UTF_8))) % partitions == partition;
    }

    private void emit(PartitionedRules rules, PartitionedRules.Output out, long timestamp) {
        for (Finding finding : out.findings()) {
            context.forward(new Record<>(Records.findingKey(finding), new Routed(Routed.Route.FINDING,
                    Records.finding(finding, rules.rules().name(), rules.version())), timestamp));
        }
        for (PartitionedRules.Handoff handoff : out.handoffs()) {
            context.forward(new Record<>(handoff.party(), new Routed(Routed.Route.HANDOFF, Records.handoff(handoff)), handoff.millis()));
        }
    }

    private void reject(Record<String, byte[]> record, String reason) {
        String where = context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("");
        context.forward(new Record<>(record.key(), new Routed(Routed.Route.REJECTED, Records.rejected("message", reason, where, record.value())),
                record.timestamp()));
    }
}
