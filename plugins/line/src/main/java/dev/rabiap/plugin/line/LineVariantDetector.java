package dev.rabiap.plugin.line;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the first lines of a file: whether it is a LINE export at all, which variant it is
 * and which chat it names in its header.
 */
final class LineVariantDetector {
    /** How many lines detection reads before it gives up looking for a date line. */
    static final int HEAD_LINES = 200;

    /**
     * What the head of a file says.
     *
     * @param variant the variant of its first date line, else of its header, else empty
     * @param headerGroup the chat name in its header, else empty
     */
    record Head(Optional<LineVariant> variant, Optional<String> headerGroup) {}

    private LineVariantDetector() {}

    /** Reads up to {@link #HEAD_LINES} lines of a file. */
    static Head inspect(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            Optional<String> headerGroup = Optional.empty();
            boolean header = false;
            boolean thaiHeader = false;
            for (int number = 1; number <= HEAD_LINES; number++) {
                String raw = reader.readLine();
                if (raw == null) {
                    break;
                }
                String line = clean(raw, number);
                if (number == 1 && LineGrammar.isHeader(line)) {
                    header = true;
                    thaiHeader = line.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
                    headerGroup = LineGrammar.groupFromHeader(line);
                    continue;
                }
                Optional<LineVariant> variant = LineGrammar.dateLineVariant(line);
                if (variant.isPresent()) {
                    return new Head(variant, headerGroup);
                }
            }
            Optional<LineVariant> byHeader = header ? Optional.of(thaiHeader ? LineVariant.MOBILE_TH : LineVariant.MOBILE_EN) : Optional.empty();
            return new Head(byHeader, headerGroup);
        }
    }

    /**
     * Whether sniffed lines look like an export: the first line that is not blank is a LINE header,
     * or a date line followed by a message line of the same variant.
     */
    static boolean looksLikeExport(List<String> lines) {
        LineVariant dated = null;
        for (int index = 0; index < lines.size(); index++) {
            String line = clean(lines.get(index), index + 1);
            if (line.isBlank()) {
                continue;
            }
            if (dated == null) {
                if (LineGrammar.isHeader(line)) {
                    return true;
                }
                dated = LineGrammar.dateLineVariant(line).orElse(null);
                if (dated == null) {
                    return false;
                }
            } else if (dated.tabSeparated() ? LineGrammar.isMobileMessageLine(line) : LineGrammar.isPcMessageLine(line)) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String raw, int number) {
        String line = number == 1 && !raw.isEmpty() && raw.charAt(0) == LineText.BOM ? raw.substring(1) : raw;
        return LineText.stripIsolates(line);
    }
}
