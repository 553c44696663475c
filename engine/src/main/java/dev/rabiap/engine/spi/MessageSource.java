package dev.rabiap.engine.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of messages read one at a time. A source never loads a whole log: it holds at most the
 * record it is reading. Not thread-safe; one consumer reads it.
 */
public interface MessageSource extends Closeable {
    /**
     * Reads the next message.
     *
     * @return the next message, or null at the end of the input
     * @throws MalformedInputException for a record that cannot be read; the source stays usable
     * @throws IOException when the input itself cannot be read
     */
    ChatMessage next() throws IOException;

    /** A short description for reports: usually the file path or the URL without credentials. */
    String description();
}
