package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.RecordSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The LINE Messaging API webhook as a live {@link Receiver}, on Jetty. A request to
 * {@code POST /webhook} (or {@code /}) is checked against {@code X-Line-Signature} over its raw
 * bytes with the SDK's {@link LineSignatureValidator} (401 when missing or wrong), parsed with the
 * SDK's {@link WebhookParser} (400 when it is no webhook request, or not UTF-8), and handed to the
 * sink; only once the sink has kept it is it answered 200 (503 when the sink cannot keep it, so that
 * LINE delivers it again). {@code GET /status} answers the host's status document, or 401 when the
 * host wants a token it was not given.
 *
 * <p>The server stays up under slow or stalled clients: connections are read without holding a
 * thread, a connection silent for {@link LineWebhookOptions#idleTimeoutMillis()} is closed, a
 * request body not all come within {@link LineWebhookOptions#readTimeoutMillis()} is answered 408,
 * a body above {@link LineWebhookOptions#maxBodyBytes()} 413 (before it is read when its length is
 * announced), and at most {@link LineWebhookOptions#maxConnections()} connections are open at once.
 * Stopping lets the requests in flight finish. Thread-safe.
 */
public final class LineWebhookReceiver implements Receiver {
    private static final JsonFactory JSON = new JsonFactory();

    private final LineWebhookOptions options;
    private final LineSignatureValidator validator;
    private final WebhookParser parser;
    private final LineGroupNames names;
    private final ReceiverContext context;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();
    private final AtomicLong readTimeouts = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final Object lifecycle = new Object();
    private Server server;
    private ServerConnector connector;
    private String endpoint;
    private RecordSink sink;
    private boolean stopped;

    LineWebhookReceiver(LineWebhookOptions options, byte[] channelSecret, LineGroupNames names, ReceiverContext context) {
        this.options = requireNonNull(options, "options is null");
        this.validator = new LineSignatureValidator(requireNonNull(channelSecret, "channelSecret is null"));
        this.parser = new WebhookParser(validator);
        this.names = requireNonNull(names, "names is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void start(RecordSink recordSink) throws IOException {
        requireNonNull(recordSink, "recordSink is null");
        synchronized (lifecycle) {
            if (server != null) {
                throw new IllegalStateException("the receiver was started already");
            }
            sink = recordSink;
            QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), Math.min(8, options.maxThreads()));
            threads.setName("rabiap-http");
            threads.setDaemon(true);
            Server jetty = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendDateHeader(false);
            http.setRequestHeaderSize(16 * 1024);
            // one acceptor and one selector: connections wait for bytes without a thread each
            ServerConnector listening = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
            listening.setHost(options.bind());
            listening.setPort(options.port());
            listening.setIdleTimeout(options.idleTimeoutMillis());
            jetty.addConnector(listening);
            jetty.addBean(new NetworkConnectionLimit(options.maxConnections(), listening));
            jetty.setHandler(new GracefulHandler(new WebhookHandler()));
            jetty.setStopAtShutdown(false);
            try {
                jetty.start();
            } catch (Exception e) {
                try {
                    jetty.stop();
                } catch (Exception ignored) {
                    // it did not start; nothing more to free
                }
                throw new IOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
            }
            server = jetty;
            connector = listening;
            String host = options.bind();
            if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
                host = "127.0.0.1";
            } else if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
                host = "[" + host + "]";
            }
            endpoint = "http://" + host + ":" + listening.getLocalPort() + "/webhook";
        }
    }

    @Override
    public String endpoint() {
        synchronized (lifecycle) {
            if (endpoint == null) {
                throw new IllegalStateException("the receiver is not started");
            }
            return endpoint;
        }
    }

    /** Stops once; a second call, or one on a receiver never started, returns at once. */
    @Override
    public void stop(Duration grace) {
        requireNonNull(grace, "grace is null");
        Server running;
        synchronized (lifecycle) {
            if (server == null || stopped) {
                return;
            }
            stopped = true;
            running = server;
        }
        // stops accepting, lets the requests in flight finish (GracefulHandler), then closes; outside the
        // lock, so that a status request in flight can still read the counts
        running.setStopTimeout(Math.max(1, grace.toMillis()));
        try {
            running.stop();
        } catch (Exception e) {
            // stopped, if not gracefully: a request still running past the grace was cut off unanswered
        }
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("accepted", accepted.get());
        counts.put("rejected", rejected.get());
        counts.put("tooLarge", tooLarge.get());
        counts.put("readTimeouts", readTimeouts.get());
        counts.put("inFlight", inFlight.get());
        ServerConnector listening;
        synchronized (lifecycle) {
            listening = connector;
        }
        counts.put("connections", listening == null ? 0L : (long) listening.getConnectedEndPoints().size());
        return counts;
    }

    @Override
    public RecordDecoder decoder() {
        return new LineWebhookDecoder(new LineWebhookEvents(names, options.accountName()));
    }

    /** Routes requests: the webhook and the status. */
    private final class WebhookHandler extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getPath();
            String method = request.getMethod();
            if ("/status".equals(path)) {
                if (!"GET".equals(method)) {
                    response.getHeaders().put(HttpHeader.ALLOW, "GET");
                    respond(response, callback, 405, error("use GET"), false);
                    return true;
                }
                Optional<String> status = context.status(request.getHeaders().get(HttpHeader.AUTHORIZATION));
                if (status.isEmpty()) {
                    response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"rabiap\"");
                    respond(response, callback, 401, error("the status needs its bearer token"), false);
                } else {
                    respond(response, callback, 200, status.get(), false);
                }
                return true;
            }
            if (!"/webhook".equals(path) && !"/".equals(path)) {
                respond(response, callback, 404, error("not found: POST /webhook, GET /status"), true);
                return true;
            }
            if (!"POST".equals(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "POST");
                respond(response, callback, 405, error("use POST"), true);
                return true;
            }
            if (request.getLength() > options.maxBodyBytes()) {
                tooLarge.incrementAndGet();
                reject(response, callback, 413, "the body is larger than " + options.maxBodyBytes() + " bytes", true);
                return true;
            }
            String signature = request.getHeaders().get(WebhookParser.SIGNATURE_HEADER_NAME);
            if (signature == null || signature.isBlank()) {
                reject(response, callback, 401, "missing " + WebhookParser.SIGNATURE_HEADER_NAME, true);
                return true;
            }
            inFlight.incrementAndGet();
            new BodyReader(request, response, counted(callback), signature.strip()).start();
            return true;
        }
    }

    /**
     * Reads a request body as it comes, without holding a thread while it waits, up to the cap and
     * the read timeout; then checks and keeps the request.
     */
    private final class BodyReader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final String signature;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        private final AtomicBoolean done = new AtomicBoolean();
        private Scheduler.Task timeout;

        BodyReader(Request request, Response response, Callback callback, String signature) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.signature = signature;
        }

        void start() {
            timeout = request.getComponents().getScheduler().schedule(this::timedOut, options.readTimeoutMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!done.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                try {
                    if (Content.Chunk.isFailure(chunk)) {
                        if (finish()) {
                            reject(response, callback, 400, "the body could not be read", true);
                        }
                        return;
                    }
                    ByteBuffer buffer = chunk.getByteBuffer();
                    if ((long) body.size() + buffer.remaining() > options.maxBodyBytes()) {
                        if (finish()) {
                            tooLarge.incrementAndGet();
                            reject(response, callback, 413, "the body is larger than " + options.maxBodyBytes() + " bytes", true);
                        }
                        return;
                    }
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    body.write(bytes, 0, bytes.length);
                    if (chunk.isLast()) {
                        if (finish()) {
                            received(body.toByteArray());
                        }
                        return;
                    }
                } finally {
                    chunk.release();
                }
            }
        }

        /** Marks the body read (or given up); false when the timeout came first. */
        private boolean finish() {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            timeout.cancel();
            return true;
        }

        private void timedOut() {
            if (done.compareAndSet(false, true)) {
                readTimeouts.incrementAndGet();
                reject(response, callback, 408, "the body did not all come within " + options.readTimeoutMillis() + " ms", true);
            }
        }

        /** Checks a whole body and hands it to the sink; may block while the sink keeps it. */
        private void received(byte[] bytes) {
            if (!validSignature(bytes)) {
                reject(response, callback, 401, "invalid " + WebhookParser.SIGNATURE_HEADER_NAME, false);
                return;
            }
            try {
                parser.handle(signature, bytes);
            } catch (WebhookParseException | IOException | RuntimeException e) {
                reject(response, callback, 400, "not a LINE webhook request", false);
                return;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                reject(response, callback, 400, "the body is not UTF-8", false);
                return;
            }
            try {
                sink.accept(new ReceivedRecord(context.clock().instant(), text));
            } catch (IOException | RuntimeException e) {
                reject(response, callback, 503, "the request could not be kept: " + e.getMessage(), false);
                return;
            }
            accepted.incrementAndGet();
            respond(response, callback, 200, "{}", false);
        }

        private boolean validSignature(byte[] bytes) {
            try {
                return validator.validateSignature(bytes, signature);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        }
    }

    /** The callback, counting the request as in flight until it completes. */
    private Callback counted(Callback callback) {
        return new Callback() {
            @Override
            public void succeeded() {
                inFlight.decrementAndGet();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                inFlight.decrementAndGet();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }

    private void reject(Response response, Callback callback, int code, String why, boolean close) {
        rejected.incrementAndGet();
        respond(response, callback, code, error(why), close);
    }

    /** Answers JSON; {@code close} when the request body was not read, so the connection cannot be used again. */
    private static void respond(Response response, Callback callback, int code, String json, boolean close) {
        try {
            response.setStatus(code);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            if (close) {
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            }
            response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    private static String error(String why) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("error", why);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
