package dev.rabiap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time other processes took while a pass ran: the machine's busy time from
 * {@code /proc/stat} less this JVM's own. On a shared machine it tells a disturbed pass from a
 * clean one. NaN where there is no {@code /proc/stat}.
 */
record OtherLoad(long busyAtStart, long ownAtStart) {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    static OtherLoad start() {
        return new OtherLoad(busyTicks(), ownNanos());
    }

    double cpuSeconds() {
        long busy = busyTicks();
        if (busy < 0 || busyAtStart < 0) {
            return Double.NaN;
        }
        return Math.max(0, (busy - busyAtStart) / TICKS_PER_SECOND - (ownNanos() - ownAtStart) / 1e9);
    }

    private static long busyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ownNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
