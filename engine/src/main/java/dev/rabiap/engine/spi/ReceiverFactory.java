package dev.rabiap.engine.spi;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Creates live receivers of one kind. A plugin binds its factories by {@link #name()} in a Guice
 * {@code MapBinder<String, ReceiverFactory>} (see {@link PolicyPlugin}); {@code rabiap serve
 * --receiver NAME} picks one.
 */
public interface ReceiverFactory {
    /**
     * The receiver's name, kebab-case, unique across plugins: {@code line-webhook}. It also names
     * the receiver's journal files ({@code line-webhook-2025-11-24.journal.jsonl}).
     */
    String name();

    /** The option keys (kebab-case) {@link #create} accepts; it refuses any other. */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * Creates a receiver, not yet started.
     *
     * @throws IllegalArgumentException for a missing, unknown or bad option, with a message that names it
     * @throws IOException when a file an option names cannot be read (the message names file and line)
     */
    Receiver create(Map<String, String> options, ReceiverContext context) throws IOException;
}
