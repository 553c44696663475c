package dev.rabiap.cli;

import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.Roster;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches the roster file under {@code rabiap serve}: when its content changes and then stays the
 * same for the quiet period (an editor may save it in two steps), it is read and put in force
 * without a restart; a roster that cannot be read (a duplicate id, a role the rules do not know) is
 * refused with its file and line, and the one in force stays. The file is looked at twice a second:
 * a roster is a small file, and polling sees a replaced file as well as an edited one.
 */
final class RosterWatcher implements Closeable {
    private static final long POLL_MILLIS = 250;

    private final Thread thread;
    private volatile boolean closed;

    private RosterWatcher(Path file, Duration quiet, Predicate<Roster> reload, Consumer<String> refused, PrintWriter err) {
        this.thread = new Thread(() -> run(file, quiet, reload, refused, err), "rabiap-roster-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param file the roster file
     * @param quiet how long the file must stay the same before it is taken
     * @param reload puts a roster in force; says whether it was taken
     * @param refused told why a roster could not be read
     */
    static RosterWatcher start(Path file, Duration quiet, Predicate<Roster> reload, Consumer<String> refused, PrintWriter err) {
        RosterWatcher watcher = new RosterWatcher(file, quiet, reload, refused, err);
        watcher.thread.start();
        return watcher;
    }

    private void run(Path file, Duration quiet, Predicate<Roster> reload, Consumer<String> refused, PrintWriter err) {
        byte[] inForce = digest(file);
        byte[] seen = inForce;
        long changedAt = 0;
        while (!closed) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            byte[] now = digest(file);
            if (!Arrays.equals(now, seen)) {
                seen = now;
                changedAt = System.nanoTime();
                continue;
            }
            if (Arrays.equals(seen, inForce) || System.nanoTime() - changedAt < quiet.toNanos() || now == null) {
                continue;
            }
            inForce = seen;
            try {
                Roster roster = Roster.load(file);
                if (reload.test(roster)) {
                    err.println("rabiap: roster reloaded: " + roster.people().size() + " people from " + file.getFileName());
                    err.flush();
                }
            } catch (PolicyException e) {
                refused.accept(e.getMessage());
            }
        }
    }

    /** The SHA-256 of the file's bytes, or null while it cannot be read (being replaced). */
    private static byte[] digest(Path file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
