package dev.rabiap.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT taken as a request to stop, instead of the JVM's own handling (which would
 * exit 143 or 130 once its shutdown hooks ran): a command that serves stops in order and exits by
 * its own codes. Only for a process that is rabiap's own ({@link Main#standalone()}). Java 17 has
 * no public API to take a signal: {@code sun.misc.Signal} (module {@code jdk.unsupported}) is the
 * one there is, hence the compiler's warning about it.
 */
final class Signals {
    /** No signal taken. */
    static final Signals NONE = new Signals(Map.of());

    private final Map<Signal, SignalHandler> previous;

    private Signals(Map<Signal, SignalHandler> previous) {
        this.previous = previous;
    }

    /** Takes SIGTERM and SIGINT: each runs {@code stop}. Where a signal cannot be taken, the JVM keeps it. */
    static Signals install(Runnable stop) {
        Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, received -> stop.run()));
            } catch (IllegalArgumentException unavailable) {
                // the signal is not there (another platform) or the JVM keeps it (-Xrs): its own handling stays
            }
        }
        return new Signals(previous);
    }

    /** Gives the signals back to the JVM. */
    void restore() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException ignored) {
                // as at install
            }
        });
    }
}
