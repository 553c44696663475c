package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

/**
 * Where a message or a skipped record came from: a source (file path, mailbox folder, webhook
 * journal) and a line in it, a message id, or both.
 *
 * @param source the file or source name, never null
 * @param line the 1-based physical line of the record's first line, or 0 when the source has no lines
 * @param messageId the source's own id of the message, or null
 */
public record Evidence(String source, long line, String messageId) {
    public Evidence {
        requireNonNull(source, "source is null");
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
    }

    /** Evidence that names a file and a 1-based line. */
    public static Evidence atLine(String source, long line) {
        return new Evidence(source, line, null);
    }

    /** The same evidence with a message id. */
    public Evidence withMessageId(String id) {
        return new Evidence(source, line, id);
    }

    /** {@code file:line}, {@code file:line (id)} or {@code source#id}: the form used in every error and report. */
    @Override
    public String toString() {
        if (line > 0) {
            return messageId == null ? source + ":" + line : source + ":" + line + " (" + messageId + ")";
        }
        return messageId == null ? source : source + "#" + messageId;
    }
}
