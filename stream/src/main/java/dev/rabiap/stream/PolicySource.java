package dev.rabiap.stream;

import dev.rabiap.engine.PartitionedRules;
import java.util.List;

/**
 * Where the processors of an instance take the rules in force from: one compiled rule base per
 * instance, shared by its stream threads, swapped between two records when a new rule set version or
 * roster has been compiled. Thread-safe.
 */
public interface PolicySource {
    /** The rules in force; waits for the first compilation. */
    PartitionedRules current();

    /** Rule set versions refused since the last call, as records for {@code rabiap.rejected}; each is taken once. */
    default List<byte[]> takeRejections() {
        return List.of();
    }

    /** Rules that never change: for tests and benchmarks. */
    static PolicySource fixed(PartitionedRules rules) {
        return () -> rules;
    }
}
