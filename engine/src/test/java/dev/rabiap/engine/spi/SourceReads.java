package dev.rabiap.engine.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plugins' reader tests share (in the engine's test jar): a source read to its end as an
 * audit with keep-going reads it, each malformed record kept and the reading going on, and a fuzz
 * test's stored input copied to a file.
 */
public class SourceReads {
    /** The messages read, in order. */
    public final List<ChatMessage> messages = new ArrayList<>();
    /** The malformed records' messages, in order. */
    public final List<String> errors = new ArrayList<>();
    /** The malformed records, in order. */
    public final List<MalformedInputException> problems = new ArrayList<>();

    /** Opens a source; an open may refuse the input as malformed. */
    @FunctionalInterface
    public interface Opener {
        MessageSource open() throws IOException;
    }

    /**
     * Opens and reads a source to its end; a refusal at open is kept as the one error. Fails the
     * test when the source has not ended after {@code limit} messages and errors.
     */
    public void read(Opener opener, int limit) throws IOException {
        MessageSource source;
        try {
            source = opener.open();
        } catch (MalformedInputException e) {
            kept(e);
            return;
        }
        try (source) {
            for (int guard = 0; guard < limit; guard++) {
                try {
                    ChatMessage message = source.next();
                    if (message == null) {
                        return;
                    }
                    messages.add(message);
                } catch (MalformedInputException e) {
                    kept(e);
                }
            }
        }
        throw new AssertionError("the source never ended");
    }

    private void kept(MalformedInputException e) {
        errors.add(e.getMessage());
        problems.add(e);
    }

    /** The bytes of a stored input of a fuzz test ({@code Inputs/METHOD/NAME} beside {@code anchor}). */
    public static byte[] input(Class<?> anchor, String inputs, String method, String name) {
        String resource = inputs + "/" + method + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored input of a fuzz test ({@code Inputs/METHOD/NAME} beside {@code anchor}), copied to a file of the given name in {@code dir}. */
    public static Path regression(Class<?> anchor, String inputs, String method, String name, Path dir, String fileName) {
        try {
            return Files.write(dir.resolve(fileName), input(anchor, inputs, method, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
