package dev.rabiap.plugin.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that turns a charset label from a mail (a MIME {@code charset} parameter, an
 * encoded word, an HTML {@code meta}) into a Java charset, and decodes bytes with it.
 *
 * <p>Every Thai label ({@code TIS-620}, {@code ISO-8859-11}, {@code windows-874}, {@code cp874},
 * {@code dos-874}, {@code ms874}, {@code thai}) decodes as {@code x-windows-874}, as the WHATWG
 * Encoding Standard does: windows-874 is a superset of TIS-620, and Java's own {@code cp874} alias
 * names the IBM code page, whose table is wrong for mail written by Windows or Python. Bytes with no
 * label, or with a label Java does not know, decode as UTF-8 when they are valid UTF-8, else as
 * windows-874.
 */
final class EmailCharsets {
    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private static final Pattern THAI_LABEL = Pattern.compile(
            "(x-)?(tis-?620([-._].*)?|iso[-_]?8859[-_]?11(:.*)?|dos-?874|cp-?874|ms-?874|windows-?874|thai)");

    private EmailCharsets() {}

    /**
     * The charset a label stands for, or null when the label is missing, blank or unknown to Java.
     * Thai labels all give {@link #WINDOWS_874}.
     */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        int language = name.indexOf('*'); // RFC 2231 charset*language in encoded words
        if (language >= 0) {
            name = name.substring(0, language);
        }
        if (name.isEmpty()) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (THAI_LABEL.matcher(lower).matches()) {
            return WINDOWS_874;
        }
        if (lower.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Decodes bytes labelled with a charset. An unknown or missing label, or a US-ASCII label on
     * bytes that are not ASCII, falls back to {@link #sniff(byte[])}. Bytes the charset cannot map
     * become U+FFFD.
     */
    static String decode(byte[] bytes, String label) {
        Charset charset = forLabel(label);
        if (charset == null || (charset.equals(StandardCharsets.US_ASCII) && !isAscii(bytes))) {
            return sniff(bytes);
        }
        return new String(bytes, charset);
    }

    /** Decodes unlabelled bytes: UTF-8 when they are valid UTF-8, else windows-874. */
    static String sniff(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_874);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
