package dev.rabiap.stream;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A record a processor produced, with the topic it is for: findings, ledger, rejected, or the
 * repartition topic to the party step.
 *
 * @param route where it goes
 * @param value its bytes
 */
record Routed(Route route, byte[] value) {
    /** Where a record goes. */
    enum Route { FINDING, LEDGER, REJECTED, HANDOFF }

    /** Writes the value only: the route picks the topic. */
    static final Serde<Routed> SERDE = Serdes.serdeFrom((Serializer<Routed>) (topic, routed) -> routed == null ? null : routed.value(),
            (Deserializer<Routed>) (topic, bytes) -> {
                throw new UnsupportedOperationException("routed records are only written");
            });
}
