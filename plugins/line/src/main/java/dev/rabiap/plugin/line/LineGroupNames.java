package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy group names of LINE group (and room) ids, read from a CSV with the header
 * {@code group_id,group}: {@code Ca1b2…,ข้อสั่งการ ปค.สน.}. An id not in the table stands for
 * itself. Immutable and thread-safe.
 */
public final class LineGroupNames {
    /** The header the file must have. */
    public static final String HEADER = "group_id,group";

    private static final LineGroupNames NONE = new LineGroupNames(Map.of());

    private final Map<String, String> names;

    private LineGroupNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** A table without entries: every id stands for itself. */
    public static LineGroupNames none() {
        return NONE;
    }

    /** A table of the given ids and names. */
    public static LineGroupNames of(Map<String, String> names) {
        return new LineGroupNames(requireNonNull(names, "names is null"));
    }

    /**
     * Reads a table (UTF-8, a BOM is fine, quoted fields as in CSV).
     *
     * @throws IOException when the file cannot be read, with {@code file:line} and why when a row is wrong
     */
    public static LineGroupNames load(Path file) throws IOException {
        requireNonNull(file, "file is null");
        Map<String, String> names = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    String header = line.replace("\uFEFF", "").strip();
                    if (!header.equals(HEADER)) {
                        throw new IOException(file + ":1: the header must be " + HEADER + " but is " + header);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() != 2 || cells.get(0).isBlank() || cells.get(1).isBlank()) {
                    throw new IOException(file + ":" + number + ": expected group_id,group with both filled in");
                }
                String previous = names.putIfAbsent(cells.get(0).strip(), cells.get(1).strip());
                if (previous != null) {
                    throw new IOException(file + ":" + number + ": group id " + cells.get(0).strip() + " is listed twice");
                }
            }
            if (number == 0) {
                throw new IOException(file + ":1: the file is empty; the header must be " + HEADER);
            }
        }
        return new LineGroupNames(names);
    }

    /** The policy group name of an id, or the id itself. */
    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** How many ids the table names. */
    public int size() {
        return names.size();
    }

    private static List<String> cells(String line) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (quoted) {
                if (c == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
