package dev.rabiap.stream;

import dev.rabiap.engine.PartitionedRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A state store of the topology as the engine's {@link PartitionedRules.State}: keys sorted as UTF-8 bytes. */
final class StoreState implements PartitionedRules.State {
    private static final StringSerializer KEYS = new StringSerializer();
    private final KeyValueStore<String, byte[]> store;

    StoreState(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public byte[] get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public List<Map.Entry<String, byte[]>> scan(String prefix) {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> iterator = store.prefixScan(prefix, KEYS)) {
            while (iterator.hasNext()) {
                KeyValue<String, byte[]> entry = iterator.next();
                entries.add(Map.entry(entry.key, entry.value));
            }
        }
        return entries;
    }
}
