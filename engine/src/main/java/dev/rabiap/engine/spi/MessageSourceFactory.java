package dev.rabiap.engine.spi;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Opens message sources of one format. A plugin binds its factories by {@link #name()} in a Guice
 * {@code MapBinder<String, MessageSourceFactory>} (see {@link PolicyPlugin}).
 */
public interface MessageSourceFactory {
    /** The format name, kebab-case, unique across plugins: {@code jsonl}, {@code csv}, {@code line-export}. */
    String name();

    /** The option keys (kebab-case) {@link #open} accepts; any other key is refused before {@code open}. */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * Whether this factory reads the input, judged from its name and first bytes, for inputs given
     * without an explicit format. Must be cheap and must not consume the input.
     */
    boolean accepts(SourceInput input) throws IOException;

    /**
     * Opens a streaming source.
     *
     * @throws IllegalArgumentException for a bad option value, with a message that names the option
     * @throws IOException when the input cannot be opened
     */
    MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException;
}
