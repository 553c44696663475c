package dev.rabiap.plugin.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the quoted earlier mail from a reply, so that rules see only what the sender wrote.
 *
 * <p>Lines starting with {@code >} are dropped. Everything from a quote header on is dropped: an
 * English {@code On … wrote:} (on one line or wrapped onto the next), a Thai {@code เมื่อ … เขียนว่า:},
 * an Outlook {@code -----Original Message-----} or {@code ----- ข้อความต้นฉบับ -----} line, and an
 * Outlook header block ({@code From:} / {@code จาก:} followed by {@code Sent:} / {@code ส่ง:}, with or
 * without the line of underscores before it).
 */
final class EmailQuotes {
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("[-_=\\s]*(original message|ข้อความต้นฉบับ)[-_=\\s]*");
    private static final Pattern UNDERSCORES = Pattern.compile("_{10,}");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(from|จาก)\\s*:.*");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("(sent|date|ส่ง|วันที่ส่ง|วันที่)\\s*:.*");

    private EmailQuotes() {}

    /** The body without quoted lines and without anything after a quote header, trailing blank lines dropped. */
    static String strip(String body) {
        String[] lines = body.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (isQuoteHeader(lines, i, line)) {
                break;
            }
            if (line.startsWith(">")) {
                continue;
            }
            kept.add(lines[i].stripTrailing());
        }
        int first = 0;
        int last = kept.size();
        while (first < last && kept.get(first).isBlank()) {
            first++;
        }
        while (last > first && kept.get(last - 1).isBlank()) {
            last--;
        }
        return String.join("\n", kept.subList(first, last));
    }

    private static boolean isQuoteHeader(String[] lines, int index, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (ORIGINAL_MESSAGE.matcher(lower).matches()) {
            return true;
        }
        String next = nextNonBlank(lines, index);
        if (lower.startsWith("on ")) {
            return lower.endsWith("wrote:") || (next != null && next.toLowerCase(Locale.ROOT).endsWith("wrote:") && !next.startsWith(">"));
        }
        if (line.startsWith("เมื่อ")) {
            return endsWithThaiWrote(line) || (next != null && endsWithThaiWrote(next) && !next.startsWith(">"));
        }
        if (UNDERSCORES.matcher(line).matches()) {
            return next != null && OUTLOOK_FROM.matcher(next.toLowerCase(Locale.ROOT)).matches();
        }
        if (OUTLOOK_FROM.matcher(lower).matches()) {
            return next != null && OUTLOOK_SENT.matcher(next.toLowerCase(Locale.ROOT)).matches();
        }
        return false;
    }

    private static boolean endsWithThaiWrote(String line) {
        String trimmed = line.strip();
        return trimmed.endsWith("เขียนว่า:") || trimmed.endsWith("เขียนว่า") || trimmed.endsWith("เขียนว่า :");
    }

    private static String nextNonBlank(String[] lines, int index) {
        for (int i = index + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return null;
    }
}
