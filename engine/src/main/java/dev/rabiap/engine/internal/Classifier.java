package dev.rabiap.engine.internal;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Assigns each message one kind from the rule set's {@code classification.csv}: the rows are tried
 * in file order and the first that matches wins; a message no row matches is {@code chat}, and a
 * system message is always {@code system}. Classification runs once per message, before the rules
 * see it. Immutable and thread-safe.
 */
public final class Classifier {
    /** How a row matches. */
    public enum Match {
        /** The text contains the pattern. */
        CONTAINS,
        /** The trimmed text starts with the pattern. */
        STARTS_WITH,
        /** The trimmed text ends with the pattern. */
        ENDS_WITH,
        /** A regular expression is found in the text. */
        REGEX,
        /** The message type code equals the pattern (sticker, image, file, …). */
        TYPE,
        /** The text, without spaces, is made only of the pattern's characters (🙏, 👍). */
        ONLY;

        static Match parse(String text) {
            for (Match match : values()) {
                if (match.name().replace('_', '-').equalsIgnoreCase(text.trim())) {
                    return match;
                }
            }
            return null;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One row: if {@code match} matches {@code pattern}, the message is of {@code kind}. */
    public record Row(String kind, Match match, String pattern, Pattern regex, int line) {}

    private final List<Row> rows;

    public Classifier(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows, in table order. */
    public List<Row> rows() {
        return rows;
    }

    /** The kind of a message. */
    public String classify(ChatMessage message) {
        if (message.type() == MessageType.SYSTEM) {
            return "system";
        }
        Row row = firstMatch(message);
        return row == null ? "chat" : row.kind();
    }

    /** The row that decides the message's kind, or null when none matches (or for a system message). */
    public Row firstMatch(ChatMessage message) {
        if (message.type() == MessageType.SYSTEM) {
            return null;
        }
        String text = message.text();
        String stripped = text.strip();
        for (Row row : rows) {
            if (matches(row, message, text, stripped)) {
                return row;
            }
        }
        return null;
    }

    private static boolean matches(Row row, ChatMessage message, String text, String stripped) {
        return switch (row.match()) {
            case CONTAINS -> text.contains(row.pattern());
            case STARTS_WITH -> stripped.startsWith(row.pattern());
            case ENDS_WITH -> stripped.endsWith(row.pattern());
            case REGEX -> row.regex().matcher(text).find();
            case TYPE -> message.type().code().equals(row.pattern());
            case ONLY -> onlyOf(stripped, row.pattern());
        };
    }

    private static boolean onlyOf(String text, String characters) {
        if (text.isEmpty() || text.length() > 64 || text.charAt(0) < 0x2000) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == 0xFE0F || codePoint == 0x200D || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)) {
                continue;
            }
            if (characters.indexOf(Character.toString(codePoint)) < 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The match names accepted in the table. */
    public static String matchNames() {
        StringBuilder out = new StringBuilder();
        for (Match match : Match.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(match.code());
        }
        return out.toString();
    }

    static Match parseMatch(String text) {
        return Match.parse(text);
    }
}
