package dev.rabiap.cli;

import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches a rules folder and hands the new rule set over after each change, once the folder has
 * been quiet for a moment (an editor saves in several steps). Runs on a daemon thread of its own.
 */
final class RulesWatcher {
    private static final long QUIET_MILLIS = 300;

    private RulesWatcher() {}

    /** Starts watching; {@code reload} gets each new rule set and says whether it was taken. */
    static void start(Path folder, Predicate<RuleSet> reload, PrintWriter err) throws IOException {
        WatchService watch = FileSystems.getDefault().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watch.take();
                    key.pollEvents();
                    key.reset();
                    WatchKey more;
                    while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                        more.pollEvents();
                        more.reset();
                    }
                    try {
                        reload.test(RuleSet.fromDirectory(folder));
                    } catch (PolicyException e) {
                        err.println("rabiap: rules not reloaded: " + e.getMessage());
                        err.flush();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            }
        }, "rabiap-rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }
}
