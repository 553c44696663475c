package dev.rabiap.engine;

import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the catalogues of codes (kinds, roles) share: reading their table past its header and comment lines, and adding a
 * rule set's rows to the engine's own.
 */
final class CodeTable {
    private CodeTable() {}

    /**
     * Reads a table whose first row must be {@code header}; blank rows and rows whose first cell starts with {@code #} are
     * passed over, every other row's cells and line go to {@code row}, which gives the row made of them or null when it has
     * told {@code problem} what is wrong with them.
     */
    static <T> List<T> read(Reader reader, List<String> header, BiConsumer<Integer, String> problem, BiFunction<List<String>, Integer, T> row) throws IOException {
        List<T> rows = new ArrayList<>();
        boolean[] first = {true};
        CsvRows.read(reader, (cells, line) -> {
            if (first[0]) {
                first[0] = false;
                if (!cells.equals(header)) {
                    problem.accept(line, "the header must be " + String.join(",", header) + " but is " + String.join(",", cells));
                }
                return;
            }
            if (cells.isEmpty() || cells.get(0).startsWith("#")) {
                return;
            }
            T made = row.apply(cells, line);
            if (made != null) {
                rows.add(made);
            }
        });
        return rows;
    }

    /**
     * {@code rows} with {@code added} after them, in order.
     *
     * @throws IllegalArgumentException "{@code noun} {@code code} is already defined" when an added code is there already
     */
    static <T> Map<String, T> with(Map<String, T> rows, Collection<T> added, Function<T, String> code, String noun) {
        Map<String, T> all = new LinkedHashMap<>(rows);
        for (T row : added) {
            if (all.putIfAbsent(code.apply(row), row) != null) {
                throw new IllegalArgumentException(noun + " " + code.apply(row) + " is already defined");
            }
        }
        return all;
    }
}
