package dev.rabiap.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures for one phase: the peak usage of the heap memory pools since the last
 * {@link #reset()}, the largest heap left after any collection in the phase (the live set, roughly),
 * and the collections the phase caused.
 */
final class HeapWatch {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private long gcCountAtReset;
    private long gcMillisAtReset;

    /** The heap figures of a phase. */
    record Usage(long peakPoolsBytes, long peakAfterGcBytes, long collections, long collectionMillis) {}

    HeapWatch() {
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPoolNames.contains(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
    }

    /** Starts a phase: resets the pools' peaks and the counters. */
    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakAfterGc.set(0);
        gcCountAtReset = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        gcMillisAtReset = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The figures since the last {@link #reset()}. */
    Usage usage() {
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long count = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCountAtReset;
        long millis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillisAtReset;
        return new Usage(peak, peakAfterGc.get(), count, millis);
    }

    /** The most heap the JVM may use (-Xmx). */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The names of the heap pools watched. */
    List<String> poolNames() {
        return heapPools.stream().map(MemoryPoolMXBean::getName).toList();
    }
}
