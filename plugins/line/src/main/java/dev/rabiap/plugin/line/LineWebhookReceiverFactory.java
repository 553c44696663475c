package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.ReceiverFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Creates the LINE Messaging API webhook receiver ({@link LineWebhookReceiver}). Its options are
 * those of {@link LineWebhookOptions}; the channel secret is the first line of the file
 * {@value LineWebhookOptions#CHANNEL_SECRET_FILE} names, and the group names come from
 * {@value LineWebhookOptions#GROUPS}, else the {@value LineJournalSourceFactory#GROUPS_FILE} in the
 * journal folder, so that a replay of the journal names groups the same way. Stateless and thread-safe.
 */
public final class LineWebhookReceiverFactory implements ReceiverFactory {
    /** The receiver's name, which also starts its journal files' names. */
    public static final String NAME = "line-webhook";

    /** A factory; it holds no state. */
    public LineWebhookReceiverFactory() {
        // Stateless.
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> optionNames() {
        return LineWebhookOptions.NAMES;
    }

    @Override
    public Receiver create(Map<String, String> options, ReceiverContext context) throws IOException {
        requireNonNull(context, "context is null");
        LineWebhookOptions checked = LineWebhookOptions.from(options);
        byte[] secret = readSecret(checked.channelSecretFile());
        LineGroupNames names = LineJournalSourceFactory.groups(checked.groups() == null ? null : checked.groups().toString(), context.folder());
        return new LineWebhookReceiver(checked, secret, names, context);
    }

    /**
     * The channel secret: the file's first line, trimmed.
     *
     * @throws IOException naming the file (and line) when it cannot be read, is empty or holds spaces
     */
    static byte[] readSecret(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the channel secret: " + e.getMessage(), e);
        }
        String secret = text.lines().findFirst().orElse("").strip();
        if (secret.isEmpty()) {
            throw new IOException(file + ":1: the channel secret file is empty");
        }
        if (secret.chars().anyMatch(Character::isWhitespace)) {
            throw new IOException(file + ":1: a channel secret has no spaces");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
