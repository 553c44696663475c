package dev.rabiap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line on a terminal: rewritten every second with the messages read so far, and
 * cleared at the end. Writes nothing unless started.
 */
final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final LongSupplier messages;
    private ScheduledExecutorService ticker;
    private boolean shown;

    Progress(PrintWriter err, LongSupplier messages) {
        this.err = err;
        this.messages = messages;
    }

    /** True when standard error (and the rest of the console) is a terminal. */
    static boolean terminal() {
        return System.console() != null;
    }

    /** Starts rewriting the line every second. */
    Progress start() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rabiap-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::show, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    private synchronized void show() {
        err.print("\rrabiap: อ่านแล้ว / read " + messages.getAsLong() + " messages\u001B[K");
        err.flush();
        shown = true;
    }

    /** Clears the line, so that report lines written to the same terminal start at its left edge. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
            shown = false;
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clear();
    }
}
