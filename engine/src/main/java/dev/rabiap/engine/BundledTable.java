package dev.rabiap.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads a table shipped in the engine jar (roles, kinds): any problem in it is a broken build, said with its line. */
final class BundledTable {
    /** Reads rows of a table, telling each problem with its line. */
    interface Reading<T> {
        List<T> read(Reader reader, BiConsumer<Integer, String> problem) throws IOException;
    }

    private BundledTable() {}

    static <T> List<T> read(Class<?> owner, String name, Reading<T> reading) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the engine jar");
            }
            List<String> problems = new ArrayList<>();
            List<T> rows = reading.read(new InputStreamReader(in, StandardCharsets.UTF_8), (line, message) -> problems.add(name + ":" + line + ": " + message));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("\n", problems));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
