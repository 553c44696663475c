package dev.rabiap.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.plugin.line.LineJournalSource;
import dev.rabiap.plugin.line.LineWebhookEvents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The LINE webhook receiver behind {@code rabiap serve}. A request to {@code POST /webhook} (or
 * {@code /}) is checked against {@code X-Line-Signature} over its raw bytes (401 when missing or
 * wrong), parsed with the SDK's {@link WebhookParser} (400 when it is not a webhook request),
 * appended to the journal and forced to disk, and only then answered 200. Its events are then
 * mapped, each {@code webhookEventId} read once, and audited on one worker thread through a single
 * live {@link Audit} (batch size 1), in journal order; findings go to the report as they come.
 * {@code GET /status} answers counts as JSON.
 *
 * <p>At start, the journal already in the folder is read back through the same mapping without
 * reporting its findings, so who is a member, open orders and the event ids already read carry over
 * a restart, and a replay of the whole journal gives what the live runs gave.
 */
final class LineWebhookServer {
    /** Bodies larger than this are refused with 413. */
    static final int MAX_BODY = 16 << 20;

    private static final JsonFactory JSON = new JsonFactory();

    private final PolicyEngine engine;
    private final Journal journal;
    private final LineWebhookEvents events;
    private final WebhookParser parser;
    private final LineSignatureValidator validator;
    private final ReportWriter report;
    private final PrintWriter reportOut;
    private final PrintWriter err;
    private final Object lock = new Object();
    private final java.util.function.Supplier<LineWebhookEvents> freshEvents;
    private final AtomicLong reloads = new AtomicLong();
    private volatile String lastReloadError = "";
    /** The last journal entry the live audit has read: a rebuilt audit reads the journal up to here. */
    private volatile Journal.Entry lastProcessed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> thread(runnable, "rabiap-audit"));
    private final ExecutorService handlers = Executors.newFixedThreadPool(4, runnable -> thread(runnable, "rabiap-http"));
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong eventCount = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong redeliveries = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong findings = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private HttpServer server;
    private volatile Audit audit;
    private volatile boolean replaying;
    private boolean stopping;
    private long replayedRequests;
    private AuditSummary summary;

    /**
     * @param engine the compiled rules and roster
     * @param channelSecret the channel secret, for the signature
     * @param journal the journal requests are appended to
     * @param events the mapping of events to messages
     * @param report where findings are written (JSONL)
     * @param reportOut the stream under {@code report}, flushed after each finding
     * @param err where the server says what it does
     */
    LineWebhookServer(PolicyEngine engine, byte[] channelSecret, Journal journal, LineWebhookEvents events,
            ReportWriter report, PrintWriter reportOut, PrintWriter err) {
        this(engine, channelSecret, journal, events, () -> events, report, reportOut, err);
    }

    /** With a way to make new event mappers, for audits rebuilt when the rules change. */
    LineWebhookServer(PolicyEngine engine, byte[] channelSecret, Journal journal, LineWebhookEvents events,
            java.util.function.Supplier<LineWebhookEvents> freshEvents, ReportWriter report, PrintWriter reportOut, PrintWriter err) {
        this.freshEvents = requireNonNull(freshEvents, "freshEvents is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.journal = requireNonNull(journal, "journal is null");
        this.events = requireNonNull(events, "events is null");
        this.validator = new LineSignatureValidator(channelSecret);
        this.parser = new WebhookParser(validator);
        this.report = requireNonNull(report, "report is null");
        this.reportOut = requireNonNull(reportOut, "reportOut is null");
        this.err = requireNonNull(err, "err is null");
    }

    /**
     * Reads the journal back, then listens.
     *
     * @return the address it listens on (the port is the bound one when 0 was asked for)
     */
    InetSocketAddress start(InetSocketAddress address) throws IOException {
        audit = engine.newAudit(this::finding, AuditOptions.DEFAULTS.batchSize(1));
        call(this::readBack);
        // The JDK's own HTTP server (com.sun.net.httpserver): no framework needed.
        server = HttpServer.create(address, 64);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
        return server.getAddress();
    }

    /** How many journaled requests were read back at start. */
    long replayedRequests() {
        return replayedRequests;
    }

    private Void readBack() throws IOException {
        replayedRequests = readBack(audit, events, null);
        return null;
    }

    /**
     * Reads the journal into an audit without reporting its findings, up to and including the
     * entry {@code upTo} (all of it when null); returns the requests read.
     */
    private long readBack(Audit target, LineWebhookEvents mapper, Journal.Entry upTo) throws IOException {
        List<java.nio.file.Path> files = Journal.files(journal.folder());
        if (files.isEmpty()) {
            return 0;
        }
        int lastFile = upTo == null ? Integer.MAX_VALUE : files.indexOf(upTo.file());
        replaying = true;
        try (LineJournalSource source = LineJournalSource.open(journal.folder().toString(), files, mapper, target.sourceContext())) {
            while (true) {
                ChatMessage message;
                try {
                    message = source.next();
                } catch (MalformedInputException e) {
                    target.countMalformed(e);
                    err.println("rabiap: " + e.getMessage());
                    continue;
                }
                if (message == null) {
                    break;
                }
                if (upTo != null) {
                    int file = files.indexOf(java.nio.file.Path.of(message.evidence().source()));
                    if (file > lastFile || (file == lastFile && message.evidence().line() > upTo.line())) {
                        break;
                    }
                }
                target.accept(message);
                if (upTo == null) {
                    lastProcessed = new Journal.Entry(java.nio.file.Path.of(message.evidence().source()), message.evidence().line(), new ReceivedRecord(java.time.Instant.EPOCH, ""));
                }
            }
            return source.requests();
        } finally {
            replaying = false;
        }
    }

    /**
     * Puts new rules in force without dropping a request: they are compiled on the calling thread,
     * off the request path; rules with errors are refused and the old ones stay (the error shows in
     * {@code /status}). On success the worker, between two requests, rebuilds the live audit on the
     * new rules by reading the journal back up to the last request it audited.
     *
     * @return true when the new rules are in force
     */
    boolean reload(dev.rabiap.engine.RuleSet rules) {
        String version;
        try {
            version = engine.reload(rules);
        } catch (dev.rabiap.engine.PolicyException e) {
            lastReloadError = e.getMessage();
            err.println("rabiap: rules not reloaded, the rules in force stay (version " + engine.rules().version() + "):\n" + e.getMessage());
            err.flush();
            return false;
        }
        lastReloadError = "";
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                Audit rebuilt = engine.newAudit(this::finding, AuditOptions.DEFAULTS.batchSize(1));
                if (lastProcessed != null) {
                    // Only what the live audit has read: requests still queued come after this task.
                    readBack(rebuilt, freshEvents.get(), lastProcessed);
                }
                Audit old = audit;
                audit = rebuilt;
                old.close();
                reloads.incrementAndGet();
                err.println("rabiap: rules reloaded: version " + version);
                err.flush();
            } catch (IOException | RuntimeException e) {
                lastReloadError = "the audit could not be rebuilt on the new rules: " + e;
                err.println("rabiap: " + lastReloadError);
            } finally {
                pending.decrementAndGet();
            }
        });
        return true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/status")) {
                if (method.equals("GET")) {
                    respond(exchange, 200, status());
                } else {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    respond(exchange, 405, error("use GET"));
                }
                return;
            }
            if (!path.equals("/webhook") && !path.equals("/")) {
                respond(exchange, 404, error("not found: POST /webhook, GET /status"));
                return;
            }
            if (!method.equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, error("use POST"));
                return;
            }
            webhook(exchange);
        }
    }

    private void webhook(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            reject(exchange, 413, "the body is larger than " + MAX_BODY + " bytes");
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst(WebhookParser.SIGNATURE_HEADER_NAME);
        if (signature == null || signature.isBlank()) {
            reject(exchange, 401, "missing " + WebhookParser.SIGNATURE_HEADER_NAME);
            return;
        }
        if (!validSignature(body, signature.strip())) {
            reject(exchange, 401, "invalid " + WebhookParser.SIGNATURE_HEADER_NAME);
            return;
        }
        CallbackRequest request;
        try {
            request = parser.handle(signature.strip(), body);
        } catch (WebhookParseException | IOException e) {
            reject(exchange, 400, "not a LINE webhook request");
            return;
        }
        synchronized (lock) {
            if (stopping) {
                reject(exchange, 503, "stopping");
                return;
            }
            Journal.Entry entry;
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(body)).toString();
                Journal.Position position = journal.append(new ReceivedRecord(engine.clock().instant(), text));
                entry = new Journal.Entry(journal.folder().resolve(position.file()), position.line(), new ReceivedRecord(engine.clock().instant(), text));
            } catch (CharacterCodingException e) {
                reject(exchange, 400, "the body is not UTF-8");
                return;
            } catch (IOException e) {
                err.println("rabiap: cannot write the journal: " + e.getMessage());
                reject(exchange, 500, "cannot write the journal");
                return;
            }
            pending.incrementAndGet();
            worker.execute(() -> process(request, entry));
        }
        accepted.incrementAndGet();
        respond(exchange, 200, "{}");
    }

    private boolean validSignature(byte[] body, String signature) {
        try {
            return validator.validateSignature(body, signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** On the worker: maps one journaled request and audits its messages. */
    private void process(CallbackRequest request, Journal.Entry entry) {
        try {
            LineWebhookEvents.Batch batch = events.map(request, entry.file().toString(), entry.line(), audit.sourceContext());
            eventCount.addAndGet(batch.events());
            redeliveries.addAndGet(batch.redeliveries());
            skipped.addAndGet(batch.skipped());
            for (ChatMessage message : batch.messages()) {
                audit.accept(message);
                messages.incrementAndGet();
            }
            lastProcessed = entry;
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            err.println("rabiap: " + entry.file() + ":" + entry.line() + ": cannot audit the request: " + e);
        } finally {
            pending.decrementAndGet();
        }
    }

    private void finding(Finding finding) {
        if (replaying) {
            return;
        }
        report.finding(finding);
        reportOut.flush();
        findings.incrementAndGet();
    }

    /**
     * Stops listening, audits what is queued, finishes the audit (missing answers judged at the last
     * message) and writes the summary. Idempotent.
     */
    AuditSummary stop() {
        synchronized (lock) {
            if (stopping) {
                return summary;
            }
            stopping = true;
        }
        if (server != null) {
            server.stop(0);
        }
        handlers.shutdown();
        try {
            handlers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (audit != null) {
            try {
                summary = call(audit::finish);
            } catch (IOException e) {
                err.println("rabiap: " + e.getMessage());
            }
        }
        worker.shutdown();
        try {
            journal.close();
        } catch (IOException e) {
            err.println("rabiap: cannot close the journal: " + e.getMessage());
        }
        if (summary != null) {
            report.end(summary);
        }
        reportOut.flush();
        err.flush();
        return summary;
    }

    /** Findings written since start. */
    long findings() {
        return findings.get();
    }

    /** The status document of {@code GET /status}. */
    String status() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("ruleSet", engine.rules().name());
            json.writeStringField("ruleSetVersion", engine.rules().version());
            json.writeStringField("journal", journal.folder().toString());
            json.writeNumberField("accepted", accepted.get());
            json.writeNumberField("rejected", rejected.get());
            json.writeNumberField("events", eventCount.get());
            json.writeNumberField("messages", messages.get());
            json.writeNumberField("redeliveries", redeliveries.get());
            json.writeNumberField("skipped", skipped.get());
            json.writeNumberField("findings", findings.get());
            json.writeNumberField("pending", pending.get());
            json.writeNumberField("failures", failures.get());
            json.writeNumberField("replayedRequests", replayedRequests);
            json.writeNumberField("reloads", reloads.get());
            json.writeStringField("lastReloadError", lastReloadError);
            json.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void reject(HttpExchange exchange, int code, String why) throws IOException {
        rejected.incrementAndGet();
        respond(exchange, code, error(why));
    }

    private static String error(String why) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("error", why);
            json.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int code, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The whole body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    /** Runs a task on the worker and waits for it. */
    private <T> T call(java.util.concurrent.Callable<T> task) throws IOException {
        Future<T> future = worker.submit(task);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
