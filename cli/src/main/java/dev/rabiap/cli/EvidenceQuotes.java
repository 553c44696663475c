package dev.rabiap.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;

/**
 * Reads the lines findings cite, after the audit: one pass over each file, up to its last wanted
 * line, keeping only the wanted lines, each cut to a limit. Files are never held whole.
 */
final class EvidenceQuotes {
    /** Characters kept of a quoted line; longer lines end in an ellipsis. */
    static final int LIMIT = 400;

    private EvidenceQuotes() {}

    /**
     * The wanted lines of every readable file, by file and line number. Files that are not regular
     * files, or cannot be read, are left out: their findings show the place without a quote.
     */
    static Map<String, Map<Long, String>> read(Map<String, ? extends SortedSet<Long>> wanted, int limit) {
        Map<String, Map<Long, String>> quotes = new HashMap<>();
        for (Map.Entry<String, ? extends SortedSet<Long>> file : wanted.entrySet()) {
            Path path;
            try {
                path = Path.of(file.getKey());
            } catch (RuntimeException e) {
                continue;
            }
            if (file.getValue().isEmpty() || !Files.isRegularFile(path)) {
                continue;
            }
            try {
                quotes.put(file.getKey(), lines(path, file.getValue(), limit));
            } catch (IOException e) {
                // the file changed or went away since the audit: no quotes from it
            }
        }
        return quotes;
    }

    /** The given 1-based lines of a UTF-8 file (lines end at LF; a CR before it is dropped, a BOM at the start too). */
    static Map<Long, String> lines(Path path, SortedSet<Long> wanted, int limit) throws IOException {
        Map<Long, String> found = new HashMap<>();
        Iterator<Long> targets = wanted.iterator();
        long target = targets.next();
        long line = 1;
        StringBuilder current = null;
        boolean cut = false;
        char[] buffer = new char[16 * 1024];
        boolean first = true;
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            int n;
            read:
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    if (line == target && current == null) {
                        current = new StringBuilder();
                        cut = false;
                    }
                    if (c == '\n') {
                        if (current != null) {
                            found.put(line, finish(current, cut, limit));
                            current = null;
                            if (!targets.hasNext()) {
                                break read;
                            }
                            target = targets.next();
                        }
                        line++;
                    } else if (current != null) {
                        if (current.length() < limit + 1) {
                            current.append(c);
                        } else {
                            cut = true;
                        }
                    }
                }
            }
        }
        if (current != null) {
            found.put(line, finish(current, cut, limit));
        }
        return found;
    }

    private static String finish(StringBuilder line, boolean cut, int limit) {
        int length = line.length();
        if (!cut && length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        if (!cut && line.length() <= limit) {
            return line.toString();
        }
        int end = Math.min(line.length(), limit);
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }
}
