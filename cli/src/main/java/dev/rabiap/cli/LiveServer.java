package dev.rabiap.cli;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.RecordSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rabiap serve} wired together: a live {@link Receiver} hands each record it accepts to this
 * server, which appends it to the {@link Journal} (forced to disk) and queues it, and only then lets
 * the receiver acknowledge it. One worker thread audits the queued records in journal order through
 * a single live {@link Audit} (batch size 1), decoded by the receiver's {@link RecordDecoder}, and
 * writes the findings to the {@link FindingsOutput} with the journal position they go up to. Every
 * second, and after each record, the audit's clock is advanced (the record's time, then the
 * injected clock's), so that a post held back for its photos is judged once its gap has passed.
 *
 * <p>At start the journal is read back: up to the saved position without writing findings (they
 * are in the output already), after it with its findings written, so a crash loses and doubles
 * nothing. A record that cannot be read (not UTF-8, not JSON, not a request) is quarantined: left
 * where it is, named by file and line in {@code /status} and on stderr, and passed over. New rules
 * go into force between two records: a fresh audit on them reads the journal back to the record
 * last audited, without writing findings, and takes over.
 *
 * <p>Nothing here knows the receiver's kind; the CLI imports no plugin.
 */
final class LiveServer implements RecordSink {
    /** How often the audit's clock is advanced when no record comes. */
    static final Duration TICK = Duration.ofSeconds(1);
    /** How long requests in flight may take to finish at stop. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** How many quarantined records {@code /status} lists and stderr names (all are counted). */
    static final int QUARANTINE_SHOWN = 100;

    private static final Object STOP = new Object();
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w.~])(/[^/\\s:\"']+)+/(?=[^/\\s:\"']+)");

    /** A record journaled and waiting for the audit. */
    private record Queued(Journal.Position position, Path file, ReceivedRecord record) {}

    /** New rules are in force: rebuild the audit on them. */
    private record Rebuild(String version, CompletableFuture<Boolean> done) {}

    /** A record set aside. */
    record Quarantined(String at, String reason) {}

    private final PolicyEngine engine;
    private final Receiver receiver;
    private final Journal journal;
    private final FindingsOutput output;
    private final Host host;
    private final PrintWriter err;
    private final Clock clock;
    private final List<Path> hiddenFolders;

    private final Object lock = new Object();
    private boolean accepting;
    private boolean stopping;
    private final BlockingQueue<Object> tasks = new LinkedBlockingQueue<>();
    private Thread worker;

    // Confined to the worker thread (to the starting thread before it runs, to the stopping one after it ends).
    private Audit audit;
    private RecordDecoder decoder;
    private Journal.Position processed;
    private Instant advancedTo;
    private boolean suppress;
    private final StringWriter pendingText = new StringWriter();
    private final ReportWriter report;
    private final Map<String, Long> writtenByRule = new TreeMap<>();

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong redeliveries = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong findings = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();
    private volatile String lastReloadError = "";
    private volatile String outputError = "";
    private volatile Journal.Position audited;
    /** The first quarantined records, in journal order; all are counted. */
    private final List<Quarantined> quarantine = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong quarantinedCount = new AtomicLong();
    /** The last record quarantined: a journal read back again (a rebuild) does not count its records twice. */
    private Journal.Position quarantinedUpTo;
    private AuditSummary summary;
    private boolean started;

    /**
     * What the server gives its receiver: the clock, the journal folder and the status document,
     * which may need a bearer token. Made before the receiver, which it is given to; the server
     * fills in the status when it is made.
     */
    static final class Host implements ReceiverContext {
        private final Clock clock;
        private final Path folder;
        private final byte[] expected;
        private volatile Supplier<String> status;

        /**
         * @param clock the clock
         * @param folder the journal folder
         * @param token the bearer token {@code /status} needs, or null for none
         */
        Host(Clock clock, Path folder, String token) {
            this.clock = requireNonNull(clock, "clock is null");
            this.folder = requireNonNull(folder, "folder is null");
            this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public Path folder() {
            return folder;
        }

        @Override
        public Optional<String> status(String authorization) {
            if (expected != null && (authorization == null
                    || !MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8)))) {
                return Optional.empty();
            }
            Supplier<String> current = status;
            return Optional.of(current == null ? "{}" : current.get());
        }

        /** Where the status document comes from: the live server, or the ingress of {@code serve --kafka}. */
        void status(Supplier<String> document) {
            status = document;
        }
    }

    /**
     * @param engine the compiled rules and roster
     * @param receiver the live receiver, created with {@code host}, not started
     * @param journal the journal records are appended to
     * @param output where findings go
     * @param host the receiver's context
     * @param err where the server says what it does
     * @param hiddenFolders folders whose absolute paths {@code /status} does not show (rules, journal, output)
     */
    LiveServer(PolicyEngine engine, Receiver receiver, Journal journal, FindingsOutput output, Host host, PrintWriter err,
            List<Path> hiddenFolders) {
        this.engine = requireNonNull(engine, "engine is null");
        this.receiver = requireNonNull(receiver, "receiver is null");
        this.journal = requireNonNull(journal, "journal is null");
        this.output = requireNonNull(output, "output is null");
        this.host = requireNonNull(host, "host is null");
        this.err = requireNonNull(err, "err is null");
        this.clock = host.clock();
        this.hiddenFolders = hiddenFolders.stream().map(path -> path.toAbsolutePath().normalize())
                .sorted((a, b) -> Integer.compare(b.toString().length(), a.toString().length())).toList();
        this.report = new ReportWriter.Jsonl(new PrintWriter(pendingText), err);
        host.status(this::status);
    }

    /**
     * Reads the journal back (writing the findings past the saved position), starts the worker,
     * then the receiver.
     *
     * @throws IOException when the journal cannot be read or the receiver cannot start
     */
    void start() throws IOException {
        audit = engine.newAudit(this::finding, AuditOptions.DEFAULTS.batchSize(1));
        decoder = receiver.decoder();
        FindingsOutput.Saved saved = output.saved();
        replayed.set(readBack(saved.wholeJournal() ? null : saved.position(), saved.wholeJournal(), saved.advancedTo()));
        if (audit != null) {
            advance(clock.instant());
            output.commit(processed, advancedTo);
        }
        worker = new Thread(this::work, "rabiap-audit");
        worker.setDaemon(true);
        worker.start();
        synchronized (lock) {
            accepting = true;
        }
        try {
            receiver.start(this);
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                accepting = false;
            }
            tasks.add(STOP);
            throw e;
        }
        started = true;
    }

    /** How many journal records were read back at start. */
    long replayedRequests() {
        return replayed.get();
    }

    /** The first {@value #QUARANTINE_SHOWN} records quarantined. */
    List<Quarantined> quarantined() {
        synchronized (quarantine) {
            return List.copyOf(quarantine);
        }
    }

    /** Findings written since start. */
    long findings() {
        return findings.get();
    }

    /** The sink: journals a record, forced, and queues it for the audit. Called by the receiver's threads. */
    @Override
    public void accept(ReceivedRecord record) throws IOException {
        requireNonNull(record, "record is null");
        synchronized (lock) {
            if (!accepting) {
                throw new IOException("the server is stopping");
            }
            Journal.Position position;
            try {
                position = journal.append(record);
            } catch (IOException e) {
                err.println("rabiap: cannot write the journal: " + e.getMessage());
                err.flush();
                throw new IOException("cannot write the journal", e);
            }
            pending.incrementAndGet();
            tasks.add(new Queued(position, journal.folder().resolve(position.file()), record));
        }
    }

    /**
     * Puts new rules in force without dropping a record: compiles them on the calling thread (rules
     * with errors are refused, the error shown in {@code /status}), then the worker, between two
     * records, rebuilds the live audit on them. Waits for the rebuild.
     *
     * @return true when the new rules are in force
     */
    boolean reload(RuleSet rules) {
        return rebuildAfter(() -> engine.reload(rules));
    }

    /**
     * Puts a new roster in force as {@link #reload(RuleSet)} puts rules: checked against the rules in
     * force (a role they do not know is refused, the error shown in {@code /status}), then the live
     * audit is rebuilt on it between two records.
     *
     * @return true when the new roster is in force
     */
    boolean reload(dev.rabiap.engine.Roster roster) {
        return rebuildAfter(() -> engine.reload(roster));
    }

    /** Puts in force what {@code reload} gives the version of, or shows in {@code /status} why the engine refused it. */
    private boolean rebuildAfter(Supplier<String> reload) {
        String version;
        try {
            version = reload.get();
        } catch (PolicyException e) {
            refused(e.getMessage());
            return false;
        }
        return rebuildOn(version);
    }

    private boolean rebuildOn(String version) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        pending.incrementAndGet();
        tasks.add(new Rebuild(version, done));
        try {
            return done.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Says that a new version of the rules was refused, and why; the rules in force stay. */
    void refused(String why) {
        lastReloadError = why;
        err.println("rabiap: rules not reloaded, the rules in force stay (version " + engine.rules().version() + "):\n" + why);
        err.flush();
    }

    /**
     * Stops receiving (requests in flight finish and are journaled), audits what is queued, then
     * ends: the summary counts the findings written in this run. Judgements that need the log to
     * end (answers still missing, numbers at the end) are not written: the log goes on at the next
     * start, and {@code rabiap audit} of the journal makes them. Idempotent.
     */
    AuditSummary stop() {
        synchronized (lock) {
            if (stopping) {
                return summary;
            }
            stopping = true;
        }
        receiver.stop(STOP_GRACE);
        synchronized (lock) {
            accepting = false;
        }
        tasks.add(STOP);
        if (worker != null) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Object task : tasks) {
            if (task instanceof Rebuild rebuild) {
                rebuild.done().complete(false);
            }
        }
        if (audit != null) {
            suppress = true;
            AuditSummary finished = audit.finish();
            summary = new AuditSummary(finished.ruleSet(), finished.ruleSetVersion(), finished.inputs(), finished.messages(),
                    finished.skipped(), finished.malformed(), Collections.unmodifiableMap(new TreeMap<>(writtenByRule)),
                    finished.unknownSenders(), finished.ambiguousSenders(), finished.openObligations(), finished.asOf(),
                    finished.ledger(), finished.coverage(), finished.posts(), finished.unmatchedGroups(), finished.deadlineProblems(),
                    finished.reminders());
        }
        try {
            journal.close();
        } catch (IOException e) {
            err.println("rabiap: cannot close the journal: " + e.getMessage());
        }
        try {
            output.close();
        } catch (IOException e) {
            err.println("rabiap: cannot close the findings: " + e.getMessage());
        }
        if (summary != null && started) {
            report.finish(summary);
        }
        err.flush();
        return started ? summary : null;
    }

    /** Whether the findings could not be written at some point (the server then stops auditing). */
    boolean failed() {
        return !outputError.isEmpty();
    }

    // ----- the worker

    private void work() {
        long nextTick = System.nanoTime() + TICK.toNanos();
        while (true) {
            Object task;
            try {
                task = tasks.poll(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                if (task instanceof Queued queued) {
                    try {
                        if (audit != null) {
                            auditRecord(new Journal.Entry(queued.file(), queued.position().line(), queued.record()), true);
                        }
                    } finally {
                        pending.decrementAndGet();
                    }
                } else if (task instanceof Rebuild rebuild) {
                    try {
                        rebuild.done().complete(rebuild(rebuild.version()));
                    } finally {
                        pending.decrementAndGet();
                    }
                }
                if (System.nanoTime() >= nextTick) {
                    nextTick = System.nanoTime() + TICK.toNanos();
                    if (audit != null) {
                        advance(clock.instant());
                    }
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                err.println("rabiap: the live audit failed: " + e);
                err.flush();
            }
        }
    }

    /**
     * Audits one journal record: its messages, then the audit's clock to the record's time.
     * Quarantines a record that cannot be read.
     */
    private void auditRecord(Journal.Entry entry, boolean counted) {
        try {
            RecordDecoder.Decoded decoded = decoder.decode(entry.record(), entry.evidence(), audit.sourceContext());
            for (ChatMessage message : decoded.messages()) {
                audit.accept(message);
            }
            if (counted) {
                events.addAndGet(decoded.events());
                messages.addAndGet(decoded.messages().size());
                redeliveries.addAndGet(decoded.redeliveries());
                skipped.addAndGet(decoded.skipped());
            }
        } catch (MalformedInputException e) {
            quarantine(e);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            err.println("rabiap: " + entry.evidence() + ": cannot audit the record: " + e);
            err.flush();
        }
        processed = entry.position();
        audited = processed;
        advance(entry.record().receivedAt());
    }

    /**
     * Advances the audit's clock (never back: to the later of {@code now} and where it is), so that
     * posts whose gap has passed are judged; then writes what it found, with the position it goes
     * up to.
     */
    private void advance(Instant now) {
        if (advancedTo == null || now.isAfter(advancedTo)) {
            advancedTo = now;
        }
        audit.advanceTo(advancedTo);
        writeFindings();
    }

    private void finding(Finding finding) {
        if (suppress) {
            return;
        }
        report.accept(finding);
        writtenByRule.merge(finding.ruleId(), 1L, Long::sum);
        findings.incrementAndGet();
    }

    private void writeFindings() {
        StringBuffer buffer = pendingText.getBuffer();
        if (buffer.length() == 0 || !outputError.isEmpty()) {
            return;
        }
        String text = buffer.toString();
        buffer.setLength(0);
        try {
            output.write(text);
            output.commit(processed, advancedTo);
        } catch (IOException e) {
            outputError = "cannot write the findings: " + e.getMessage();
            err.println("rabiap: " + outputError + "; auditing stops, the journal keeps every request for the next start");
            err.flush();
            audit.close();
            audit = null;
        }
    }

    /**
     * Reads the journal back into the audit. Records up to {@code upTo} (all when {@code whole})
     * are read without writing findings, then the audit's clock goes to {@code advancedToThen};
     * records after it are audited and their findings written.
     *
     * @return the records read
     */
    private long readBack(Journal.Position upTo, boolean whole, Instant advancedToThen) throws IOException {
        long count = 0;
        boolean crossed = false;
        try (Journal.Reader reader = Journal.reader(Journal.files(journal.folder(), journal.name()), audit.sourceContext())) {
            while (audit != null) {
                Journal.Entry entry;
                try {
                    entry = reader.next();
                } catch (MalformedInputException e) {
                    quarantine(e);
                    continue;
                }
                if (entry == null) {
                    break;
                }
                count++;
                boolean written = !whole && (upTo == null || entry.position().compareTo(upTo) > 0);
                if (written && !crossed) {
                    crossed = true;
                    catchUp(advancedToThen);
                }
                suppress = !written;
                auditRecord(entry, written);
            }
        } finally {
            if (!crossed && audit != null) {
                catchUp(advancedToThen);
            }
            suppress = false;
        }
        return count;
    }

    /** Advances the audit's clock to where it was when the position was saved, writing nothing. */
    private void catchUp(Instant then) {
        if (then != null) {
            suppress = true;
            advance(then);
        }
    }

    /**
     * On the worker: a fresh audit on the rules now in force reads the journal back to the record
     * last audited, writing nothing, and takes over.
     */
    private boolean rebuild(String version) {
        if (audit == null) {
            return false;
        }
        Audit old = audit;
        RecordDecoder oldDecoder = decoder;
        Journal.Position upTo = processed;
        Instant then = advancedTo;
        Audit fresh = engine.newAudit(this::finding, AuditOptions.DEFAULTS.batchSize(1));
        audit = fresh;
        decoder = receiver.decoder();
        advancedTo = null;
        suppress = true;
        try {
            if (upTo != null) {
                try (Journal.Reader reader = Journal.reader(Journal.files(journal.folder(), journal.name()), fresh.sourceContext())) {
                    while (true) {
                        Journal.Entry entry;
                        try {
                            entry = reader.next();
                        } catch (MalformedInputException e) {
                            quarantine(e);
                            continue;
                        }
                        if (entry == null || entry.position().compareTo(upTo) > 0) {
                            break;
                        }
                        auditRecord(entry, false);
                    }
                }
            }
            if (then != null) {
                advance(then);
            }
            processed = upTo;
            advancedTo = then;
        } catch (IOException | RuntimeException e) {
            fresh.close();
            audit = old;
            decoder = oldDecoder;
            processed = upTo;
            advancedTo = then;
            lastReloadError = "the audit could not be rebuilt on the new rules: " + e.getMessage();
            err.println("rabiap: " + lastReloadError);
            err.flush();
            return false;
        } finally {
            suppress = false;
        }
        old.close();
        lastReloadError = "";
        reloads.incrementAndGet();
        err.println("rabiap: rules reloaded: version " + version);
        err.flush();
        return true;
    }

    private void quarantine(MalformedInputException e) {
        Path source = Path.of(e.evidence().source()).getFileName();
        String file = source == null ? e.evidence().source() : source.toString();
        Journal.Position position = new Journal.Position(file, Math.max(1, e.evidence().line()));
        if (quarantinedUpTo != null && position.compareTo(quarantinedUpTo) <= 0) {
            return;
        }
        quarantinedUpTo = position;
        long count = quarantinedCount.incrementAndGet();
        if (count <= QUARANTINE_SHOWN) {
            quarantine.add(new Quarantined(position.toString(), e.reason()));
            err.println("rabiap: quarantined " + position + ": " + e.reason() + " (left in the journal, not audited)");
        } else if (count == QUARANTINE_SHOWN + 1) {
            err.println("rabiap: more records quarantined; /status counts them all");
        }
        err.flush();
    }

    // ----- the status

    /** The status document: counts, the rules in force, the position audited, quarantined records. No absolute path. */
    String status() {
        return StatusDocument.of(json -> {
            json.writeStringField("ruleSet", engine.rules().name());
            json.writeStringField("ruleSetVersion", engine.rules().version());
            json.writeStringField("receiver", journal.name());
            StatusDocument.counts(json, receiver.counts());
            json.writeNumberField("events", events.get());
            json.writeNumberField("messages", messages.get());
            json.writeNumberField("redeliveries", redeliveries.get());
            json.writeNumberField("skipped", skipped.get());
            json.writeNumberField("findings", findings.get());
            json.writeNumberField("pending", pending.get());
            json.writeNumberField("failures", failures.get());
            json.writeNumberField("replayedRequests", replayed.get());
            Journal.Position position = audited;
            json.writeStringField("auditedTo", position == null ? "" : position.toString());
            json.writeNumberField("reloads", reloads.get());
            json.writeNumberField("rosterPeople", engine.roster().people().size());
            json.writeStringField("lastReloadError", hidePaths(lastReloadError));
            json.writeStringField("outputError", hidePaths(outputError));
            json.writeNumberField("quarantined", quarantinedCount.get());
            json.writeArrayFieldStart("quarantine");
            for (Quarantined record : quarantined()) {
                json.writeStartObject();
                json.writeStringField("at", record.at());
                json.writeStringField("reason", hidePaths(record.reason()));
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Text with the hidden folders' absolute paths taken out, and any other absolute path cut to its last part. */
    String hidePaths(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String result = text;
        for (Path folder : hiddenFolders) {
            String prefix = folder.toString() + java.io.File.separator;
            result = result.replace(prefix, "");
        }
        Matcher matcher = ABSOLUTE_PATH.matcher(result);
        return matcher.replaceAll("");
    }
}
