package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The options of the {@value LineWebhookReceiverFactory#NAME} receiver, checked, with their defaults.
 *
 * @param channelSecretFile the file holding the channel secret ({@value #CHANNEL_SECRET_FILE}, required)
 * @param bind the address to listen on ({@value #BIND}, default {@value #DEFAULT_BIND})
 * @param port the port; 0 picks a free one ({@value #PORT}, default {@value #DEFAULT_PORT})
 * @param groups the group-name table, or null for the journal folder's ({@value #GROUPS})
 * @param accountName the official account's name ({@value #ACCOUNT_NAME})
 * @param maxBodyBytes larger request bodies are refused with 413 ({@value #MAX_BODY_BYTES})
 * @param readTimeoutMillis a request whose body has not all come by then is answered 408 and its
 *     connection closed ({@value #READ_TIMEOUT_MS})
 * @param idleTimeoutMillis a connection that sends nothing for this long is closed ({@value #IDLE_TIMEOUT_MS})
 * @param maxConnections connections open at once; past it new ones wait to be accepted ({@value #MAX_CONNECTIONS})
 * @param maxThreads the server's threads ({@value #MAX_THREADS})
 */
public record LineWebhookOptions(Path channelSecretFile, String bind, int port, Path groups, String accountName,
                                 int maxBodyBytes, long readTimeoutMillis, long idleTimeoutMillis, int maxConnections, int maxThreads) {
    /** The option naming the channel secret file. */
    public static final String CHANNEL_SECRET_FILE = "channel-secret-file";
    /** The option naming the address. */
    public static final String BIND = "bind";
    /** The option naming the port. */
    public static final String PORT = "port";
    /** The option naming the group-name table. */
    public static final String GROUPS = "groups";
    /** The option naming the official account. */
    public static final String ACCOUNT_NAME = "account-name";
    /** The option capping a request body. */
    public static final String MAX_BODY_BYTES = "max-body-bytes";
    /** The option bounding how long a request body may take to come. */
    public static final String READ_TIMEOUT_MS = "read-timeout-ms";
    /** The option bounding how long a connection may stay silent. */
    public static final String IDLE_TIMEOUT_MS = "idle-timeout-ms";
    /** The option bounding the connections open at once. */
    public static final String MAX_CONNECTIONS = "max-connections";
    /** The option bounding the server's threads. */
    public static final String MAX_THREADS = "max-threads";

    /** The address listened on by default: loopback, behind a TLS reverse proxy. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default body cap: 1 MiB, far above what LINE sends. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** The default read timeout. */
    public static final long DEFAULT_READ_TIMEOUT_MILLIS = 10_000;
    /** The default idle timeout. */
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;
    /** The default connection limit. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    /** The default thread count. */
    public static final int DEFAULT_MAX_THREADS = 32;

    /** Every option key. */
    public static final Set<String> NAMES = Set.of(CHANNEL_SECRET_FILE, BIND, PORT, GROUPS, ACCOUNT_NAME, MAX_BODY_BYTES,
            READ_TIMEOUT_MS, IDLE_TIMEOUT_MS, MAX_CONNECTIONS, MAX_THREADS);

    public LineWebhookOptions {
        requireNonNull(channelSecretFile, "channelSecretFile is null");
        requireNonNull(bind, "bind is null");
        requireNonNull(accountName, "accountName is null");
    }

    /**
     * Reads and checks options.
     *
     * @throws IllegalArgumentException naming the option that is unknown, missing or bad
     */
    public static LineWebhookOptions from(Map<String, String> options) {
        requireNonNull(options, "options is null");
        LineOptions.requireKnown(options, LineWebhookReceiverFactory.NAME, new java.util.TreeSet<>(NAMES));
        String secret = options.get(CHANNEL_SECRET_FILE);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("option " + CHANNEL_SECRET_FILE + " is required: the file holding the channel secret");
        }
        String groups = options.get(GROUPS);
        if (groups != null && groups.isBlank()) {
            throw new IllegalArgumentException("option " + GROUPS + " is empty");
        }
        String account = options.getOrDefault(ACCOUNT_NAME, LineWebhookEvents.DEFAULT_ACCOUNT);
        if (account.isBlank()) {
            throw new IllegalArgumentException("option " + ACCOUNT_NAME + " is empty");
        }
        String bind = options.getOrDefault(BIND, DEFAULT_BIND).strip();
        if (bind.isEmpty()) {
            throw new IllegalArgumentException("option " + BIND + " is empty");
        }
        return new LineWebhookOptions(Path.of(secret.strip()), bind,
                (int) number(options, PORT, DEFAULT_PORT, 0, 65_535),
                groups == null ? null : Path.of(groups.strip()), account.strip(),
                (int) number(options, MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 1, Integer.MAX_VALUE - 8),
                number(options, READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MILLIS, 1, Long.MAX_VALUE),
                number(options, IDLE_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MILLIS, 1, Long.MAX_VALUE),
                (int) number(options, MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS, 1, 1_000_000),
                (int) number(options, MAX_THREADS, DEFAULT_MAX_THREADS, 8, 10_000));
    }

    private static long number(Map<String, String> options, String key, long fallback, long min, long max) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " is not a whole number: " + text);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("option " + key + " must be between " + min + " and " + max + ": " + text);
        }
        return value;
    }
}
