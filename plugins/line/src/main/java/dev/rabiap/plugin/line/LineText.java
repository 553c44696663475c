package dev.rabiap.plugin.line;

/** Character-level clean-up shared by the grammar and the source. */
final class LineText {
    /** The byte order mark a file may start with. */
    static final char BOM = '\uFEFF';

    private static final int ABBREVIATION = 80;

    private LineText() {}

    /** Removes the bidi isolates U+2066–U+2069 that LINE wraps around names. */
    static String stripIsolates(String line) {
        if (!hasIsolate(line)) {
            return line;
        }
        StringBuilder result = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isIsolate(c)) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** A display name as rules compare it: without isolates, zero-width and bidi marks, trimmed. */
    static String cleanName(String name) {
        StringBuilder result = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isIsolate(c) && !isInvisible(c)) {
                result.append(c);
            }
        }
        return result.toString().strip();
    }

    /**
     * The same string with every decimal digit of the Basic Multilingual Plane (Thai ๐–๙ among
     * them) written as an ASCII digit. One char maps to one char, so indexes into the result are
     * indexes into the original.
     */
    static String asciiDigits(String line) {
        char[] chars = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                if (chars == null) {
                    chars = line.toCharArray();
                }
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? line : new String(chars);
    }

    /** The line shortened for a report. */
    static String abbreviate(String line) {
        return line.length() <= ABBREVIATION ? line : line.substring(0, ABBREVIATION) + "…";
    }

    private static boolean hasIsolate(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isIsolate(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIsolate(char c) {
        return c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || c == '\u2060' || c == BOM;
    }
}
