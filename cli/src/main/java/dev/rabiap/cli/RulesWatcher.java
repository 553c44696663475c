package dev.rabiap.cli;

import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches a rules folder and hands over a new version of the rules only as a whole:
 * <ol>
 *   <li>once the folder has been stable for the quiet period: no change seen for that long, no
 *       file modified within it, and the same sizes and times before and after reading it (an
 *       editor saves a table in several steps: truncate, then write);</li>
 *   <li>a version that leaves a table without rows (a header only, or an empty file) where the
 *       rules in force have rows, or removes such a table, is refused unless the folder's manifest
 *       ({@value #MANIFEST}) names the table on a {@code may-be-empty:} line;</li>
 *   <li>the rest is checked by compiling it, as {@code rabiap check} does ({@code reload}); rules
 *       with errors are refused and the rules in force stay.</li>
 * </ol>
 * Runs on a daemon thread of its own until closed.
 */
final class RulesWatcher implements Closeable {
    /** The manifest file a rules folder may hold. */
    static final String MANIFEST = "rabiap-manifest.txt";
    /** The manifest key naming a table that may be left without rows. */
    static final String MAY_BE_EMPTY = "may-be-empty:";
    /** The quiet period by default. */
    static final Duration DEFAULT_QUIET = Duration.ofMillis(500);
    /** At start, how long to wait at most for a folder still being written. */
    private static final Duration START_WAIT = Duration.ofSeconds(30);

    private final WatchService watch;
    private final Thread thread;

    private RulesWatcher(WatchService watch, Thread thread) {
        this.watch = watch;
        this.thread = thread;
    }

    /**
     * Starts watching.
     *
     * @param folder the rules folder
     * @param quiet how long the folder must be stable before a version is taken
     * @param inForce the rules in force
     * @param reload puts a new version in force (compiling it); says whether it was taken
     * @param refused told why a version was refused before compiling
     * @param err where the watcher says what it does
     */
    static RulesWatcher start(Path folder, Duration quiet, Supplier<RuleSet> inForce, Predicate<RuleSet> reload, Consumer<String> refused,
            PrintWriter err) throws IOException {
        WatchService watch = FileSystems.getDefault().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    drain(watch.take());
                    RuleSet next = stable(watch, folder, quiet, refused);
                    if (next == null || next.version().equals(inForce.get().version())) {
                        continue;
                    }
                    String why;
                    try {
                        why = emptied(inForce.get(), next, folder);
                    } catch (PolicyException e) {
                        why = e.getMessage();
                    }
                    if (why != null) {
                        refused.accept(why);
                        continue;
                    }
                    reload.test(next);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                err.println("rabiap: the rules watcher stopped: " + e);
                err.flush();
            }
        }, "rabiap-rules-watcher");
        thread.setDaemon(true);
        thread.start();
        return new RulesWatcher(watch, thread);
    }

    /** Stops watching. */
    @Override
    public void close() throws IOException {
        thread.interrupt();
        watch.close();
    }

    /**
     * Waits until a folder has been stable for {@code quiet} (no file modified within it), at most
     * {@value #START_WAIT}-ish; for the start, before the rules are first read.
     */
    static void awaitQuiet(Path folder, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long wait = quiet.toMillis() - youngestAgeMillis(folder);
            if (wait <= 0) {
                return;
            }
            Thread.sleep(wait);
        }
    }

    /** Reads the folder once it is stable; null when what it holds is no rule set (said to {@code refused}). */
    private static RuleSet stable(WatchService watch, Path folder, Duration quiet, Consumer<String> refused) throws InterruptedException {
        while (true) {
            WatchKey more;
            while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                drain(more);
            }
            long wait = quiet.toMillis() - youngestAgeMillis(folder);
            if (wait > 0) {
                Thread.sleep(wait);
                continue;
            }
            Map<String, List<Long>> before = snapshot(folder);
            RuleSet next;
            try {
                next = RuleSet.fromDirectory(folder);
            } catch (PolicyException e) {
                if (snapshot(folder).equals(before)) {
                    refused.accept(e.getMessage());
                    return null;
                }
                continue;
            }
            if (snapshot(folder).equals(before)) {
                return next;
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Each regular file's size and modification time. */
    private static Map<String, List<Long>> snapshot(Path folder) {
        Map<String, List<Long>> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.toList()) {
                if (Files.isRegularFile(path)) {
                    try {
                        files.put(path.getFileName().toString(), List.of(Files.size(path), Files.getLastModifiedTime(path).toMillis()));
                    } catch (IOException gone) {
                        files.put(path.getFileName().toString(), List.of(-1L, -1L));
                    }
                }
            }
        } catch (IOException e) {
            files.put("", List.of(-1L, -1L));
        }
        return files;
    }

    /** How long ago the newest file of the folder was modified (a file dated in the future counts as old). */
    private static long youngestAgeMillis(Path folder) {
        long now = System.currentTimeMillis();
        long youngest = Long.MAX_VALUE;
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.toList()) {
                try {
                    long age = now - Files.getLastModifiedTime(path).toMillis();
                    if (age >= 0) {
                        youngest = Math.min(youngest, age);
                    }
                } catch (IOException gone) {
                    youngest = 0;
                }
            }
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
        return youngest;
    }

    /**
     * Why a new version must not go into force because it leaves tables without rows, or null.
     *
     * @throws PolicyException when the manifest cannot be read (naming its file and line)
     */
    static String emptied(RuleSet inForce, RuleSet next, Path folder) {
        Set<String> mayBeEmpty = manifest(folder);
        List<String> problems = new ArrayList<>();
        for (RuleFile old : inForce.files()) {
            if (!old.name().endsWith(".csv") || old.path().startsWith("classpath:")) {
                continue;
            }
            long rows = rows(old.content());
            if (rows == 0 || mayBeEmpty.contains(old.name())) {
                continue;
            }
            RuleFile now = next.file(old.name());
            if (now == null) {
                problems.add(old.name() + ": removed, where the rules in force have " + rows + " rows");
            } else if (rows(now.content()) == 0 && (header(now.content()).isEmpty() || header(now.content()).equals(header(old.content())))) {
                problems.add(old.name() + ": " + (header(now.content()).isEmpty() ? "empty" : "a header and no rows")
                        + ", where the rules in force have " + rows + " rows");
            }
        }
        if (problems.isEmpty()) {
            return null;
        }
        return String.join("\n", problems) + "\nA table is not emptied by a reload unless " + MANIFEST
                + " in the rules folder says it is meant, with a line \"" + MAY_BE_EMPTY + " <table>.csv\".";
    }

    /** The tables the folder's manifest lets be empty. */
    static Set<String> manifest(Path folder) {
        Path file = folder.resolve(MANIFEST);
        Set<String> names = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_RULES, file + ": cannot read the manifest: " + e.getMessage(), e);
        }
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.startsWith(MAY_BE_EMPTY)) {
                throw new PolicyException(ErrorCode.BAD_RULES, file + ":" + (index + 1) + ": a manifest line is \"" + MAY_BE_EMPTY
                        + " <table>.csv\" or a # comment, not: " + line);
            }
            for (String name : line.substring(MAY_BE_EMPTY.length()).split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** The rows of a table: lines after the header that are not blank, empty cells or # comments. */
    static long rows(String content) {
        List<String> lines = content.lines().map(line -> line.replace("\uFEFF", "").strip())
                .filter(line -> !line.isEmpty() && !line.chars().allMatch(c -> c == ',')).toList();
        return lines.stream().skip(1).filter(line -> !line.startsWith("#")).count();
    }

    private static String header(String content) {
        return content.lines().map(line -> line.replace("\uFEFF", "").strip()).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }
}
