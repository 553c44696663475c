package dev.rabiap.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the benchmarks share: one timed pass and how figures are printed (their options: {@link CommonArgs}). */
final class BenchArgs {
    private BenchArgs() {}

    /** One timed pass over a workload. */
    record Pass(long messages, long nanos, HeapWatch.Usage heap) {
        double rate() {
            return messages / (nanos / 1e9);
        }
    }

    /** The pass of median time. */
    static Pass median(List<Pass> passes) {
        Pass[] sorted = passes.toArray(new Pass[0]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.nanos(), b.nanos()));
        return sorted[(sorted.length - 1) / 2];
    }

    /** The fastest pass. */
    static Pass fastest(List<Pass> passes) {
        return passes.stream().min((a, b) -> Long.compare(a.nanos(), b.nanos())).orElseThrow();
    }

    static long maxPools(List<Pass> passes) {
        return passes.stream().mapToLong(p -> p.heap().peakPoolsBytes()).max().orElse(0);
    }

    static long maxAfterGc(List<Pass> passes) {
        return passes.stream().mapToLong(p -> p.heap().peakAfterGcBytes()).max().orElse(0);
    }

    static String times(List<Pass> passes) {
        return passes.stream().map(p -> seconds(p.nanos())).collect(Collectors.joining(", "));
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    /** The benchmark's title, the JVM, its heap and its options. */
    static void header(PrintStream out, String title) {
        out.println(title);
        out.printf(Locale.ROOT, "jvm            %s %s, %d CPUs, max heap %s, GC %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(), mb(HeapWatch.maxHeap()),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).collect(Collectors.joining(", ")));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        out.printf(Locale.ROOT, "jvm options    %s%n", jvmArgs.isEmpty() ? "(none)" : String.join(" ", jvmArgs));
    }
}
