package dev.rabiap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PartitionedRules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, keyed by party: duties and answers of one district, agency or person meet here, in the
 * log's order. Handoffs wait in {@value AuditTopology#QUEUE_STORE} until every stage-1 partition's
 * watermark has passed their time, and are then given to the engine's party step in {@code seq}
 * order, with the open duties in {@value AuditTopology#PARTY_STORE}. Duties whose late window has
 * passed on the log's own time (the lowest watermark, never the wall clock) are judged missing by a
 * stream-time punctuator and at each watermark. When every stage-1 partition has passed on the end
 * of the log, everything waiting is judged and then every duty past its deadline is missing.
 */
final class PartyProcessor implements Processor<String, byte[], String, Routed> {
    private static final String SEP = "\u0000";

    private final PolicySource policies;
    private final int upstream;
    private ProcessorContext<String, Routed> context;
    private StoreState duties;
    private StoreState queue;

    PartyProcessor(PolicySource policies, int upstream) {
        this.policies = policies;
        this.upstream = upstream;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, byte[]> partyStore = context.getStateStore(AuditTopology.PARTY_STORE);
        KeyValueStore<String, byte[]> queueStore = context.getStateStore(AuditTopology.QUEUE_STORE);
        this.duties = new StoreState(partyStore);
        this.queue = new StoreState(queueStore);
        context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, timestamp -> release(policies.current()));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PartitionedRules rules = policies.current();
        JsonNode node = Records.tree(record.value());
        JsonNode control = node.get("control");
        if (control == null) {
            PartitionedRules.Handoff handoff = Records.handoff(node);
            queue.put("b" + SEP + String.format("%019d", handoff.seq()) + SEP + handoff.party() + SEP
                    + Integer.toHexString(java.util.Arrays.hashCode(handoff.payload())), record.value());
            release(rules);
            return;
        }
        int from = node.get("from").asInt();
        if (control.asText().equals("watermark")) {
            long millis = node.get("millis").asLong();
            String key = "w" + SEP + String.format("%05d", from);
            byte[] before = queue.get(key);
            if (before == null || Long.parseLong(new String(before, StandardCharsets.UTF_8)) < millis) {
                queue.put(key, Long.toString(millis).getBytes(StandardCharsets.UTF_8));
            }
            release(rules);
        } else if (control.asText().equals("end")) {
            String asOf = node.get("asOf").asText();
            String prefix = "n" + SEP + asOf + SEP;
            queue.put(prefix + String.format("%05d", from), new byte[0]);
            List<Map.Entry<String, byte[]>> ends = queue.scan(prefix);
            if (ends.size() >= upstream) {
                for (Map.Entry<String, byte[]> entry : queue.scan("b" + SEP)) {
                    judge(rules, Records.handoff(Records.tree(entry.getValue())));
                    queue.delete(entry.getKey());
                }
                ZonedDateTime time = Records.time(asOf);
                emit(rules, rules.endParties(time, duties));
                for (Map.Entry<String, byte[]> entry : ends) {
                    queue.delete(entry.getKey());
                }
            }
        }
    }

    /** Judges the waiting handoffs older than every partition's watermark, in order, then the duties past their late window. */
    private void release(PartitionedRules rules) {
        long watermark = Long.MAX_VALUE;
        List<Map.Entry<String, byte[]>> marks = queue.scan("w" + SEP);
        if (marks.size() < upstream) {
            return;
        }
        for (Map.Entry<String, byte[]> mark : marks) {
            watermark = Math.min(watermark, Long.parseLong(new String(mark.getValue(), StandardCharsets.UTF_8)));
        }
        for (Map.Entry<String, byte[]> entry : queue.scan("b" + SEP)) {
            PartitionedRules.Handoff handoff = Records.handoff(Records.tree(entry.getValue()));
            if (handoff.millis() >= watermark) {
                break;
            }
            judge(rules, handoff);
            queue.delete(entry.getKey());
        }
        emit(rules, rules.expire(watermark - 1, duties));
    }

    private void judge(PartitionedRules rules, PartitionedRules.Handoff handoff) {
        emit(rules, rules.party(handoff, duties));
    }

    private void emit(PartitionedRules rules, PartitionedRules.Output out) {
        long now = context.currentStreamTimeMs();
        for (Finding finding : out.findings()) {
            context.forward(new Record<>(Records.findingKey(finding), new Routed(Routed.Route.FINDING,
                    Records.finding(finding, rules.rules().name(), rules.version())), Math.max(0, now)));
        }
        for (LedgerEntry entry : out.ledger()) {
            context.forward(new Record<>(Records.dutyKey(entry), new Routed(Routed.Route.LEDGER, Records.ledger(entry, rules.version())),
                    Math.max(0, now)));
        }
    }
}
