package dev.rabiap.plugin.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header values as text: raw header bytes (which may hold 8-bit Thai), RFC 2047 encoded words,
 * RFC 2231 parameters and message ids, all decoded through {@link EmailCharsets}.
 */
final class EmailHeaders {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern CONTINUATION = Pattern.compile("([^*]+)\\*(\\d+)(\\*?)");
    /** The Java charsets Thai labels resolve to, each read as windows-874 (see {@link EmailCharsets}). */
    private static final Map<Charset, Charset> THAI_CHARSETS = thaiCharsets();

    private EmailHeaders() {}

    private static Map<Charset, Charset> thaiCharsets() {
        Map<Charset, Charset> map = new HashMap<>();
        for (String name : List.of("TIS-620", "x-IBM874", "x-iso-8859-11")) {
            if (Charset.isSupported(name)) {
                map.put(Charset.forName(name), EmailCharsets.WINDOWS_874);
            }
        }
        return Map.copyOf(map);
    }

    /** The first field of that name, unfolded and decoded to text (encoded words left as they are), or null. */
    static String raw(Entity entity, String name) {
        Header header = entity.getHeader();
        if (header == null) {
            return null;
        }
        Field field = header.getField(name);
        return field == null ? null : raw(field);
    }

    /** The field's body, unfolded; 8-bit bytes decoded as UTF-8 when valid, else windows-874. */
    static String raw(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody() == null ? null : unfold(field.getBody()).strip();
        }
        byte[] bytes = raw.toByteArray();
        int colon = 0;
        while (colon < bytes.length && bytes[colon] != ':') {
            colon++;
        }
        if (colon >= bytes.length) {
            return "";
        }
        byte[] body = new byte[bytes.length - colon - 1];
        System.arraycopy(bytes, colon + 1, body, 0, body.length);
        return unfold(EmailCharsets.sniff(body)).strip();
    }

    /** The first field of that name with its encoded words decoded, or null. */
    static String text(Entity entity, String name) {
        String raw = raw(entity, name);
        return raw == null ? null : decodeWords(raw);
    }

    private static String unfold(String value) {
        return value.replaceAll("\\r?\\n(?=[ \\t])", "").replaceAll("[\\r\\n]", "");
    }

    /**
     * Decodes RFC 2047 encoded words with mime4j's {@link DecoderUtil}, which drops the whitespace
     * between adjacent words and joins adjacent words in one charset as bytes, so a Thai character
     * split across two words survives. Every Thai label decodes as windows-874 (see
     * {@link EmailCharsets}). A word whose label Java does not know is left encoded by mime4j; it is
     * read here as ISO-8859-1 (one char per byte) and its bytes decoded by {@link EmailCharsets#decode},
     * which knows the Thai labels Java lacks and sniffs the rest.
     */
    static String decodeWords(String value) {
        if (value.indexOf("=?") < 0) {
            return value;
        }
        String decoded = DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT, null, THAI_CHARSETS);
        if (decoded.indexOf("=?") < 0) {
            return decoded;
        }
        Matcher matcher = ENCODED_WORD.matcher(decoded);
        StringBuilder out = new StringBuilder(decoded.length());
        while (matcher.find()) {
            String asLatin1 = "=?ISO-8859-1?" + matcher.group(2) + "?" + matcher.group(3) + "?=";
            String latin1 = DecoderUtil.decodeEncodedWords(asLatin1, DecodeMonitor.SILENT);
            String text = latin1.equals(asLatin1)
                    ? matcher.group()
                    : EmailCharsets.decode(latin1.getBytes(StandardCharsets.ISO_8859_1), matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The ids inside angle brackets, in order, without the brackets. */
    static List<String> messageIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** A Message-ID without its brackets (the first {@code <…>}, else the trimmed value), or null when blank. */
    static String messageId(String value) {
        if (value == null) {
            return null;
        }
        List<String> ids = messageIds(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The value before the first {@code ;} of a structured header such as Content-Disposition, lower case. */
    static String mainValue(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A parameter of a structured header ({@code filename}, {@code name}, {@code charset}) decoded:
     * RFC 2231 continuations and {@code charset'language'%XX} values first, then the plain value with
     * its encoded words decoded (as Outlook and Gmail write Thai file names). Null when absent.
     */
    static String parameter(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        Map<String, String> parameters = parameters(headerValue);
        String wanted = name.toLowerCase(Locale.ROOT);
        String extended = parameters.get(wanted + "*");
        if (extended != null) {
            return decodeExtended(List.of(new Segment(extended, true)));
        }
        TreeMap<Integer, Segment> segments = new TreeMap<>();
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            Matcher matcher = CONTINUATION.matcher(entry.getKey());
            if (matcher.matches() && matcher.group(1).equals(wanted)) {
                segments.put(Integer.parseInt(matcher.group(2)), new Segment(entry.getValue(), !matcher.group(3).isEmpty()));
            }
        }
        if (!segments.isEmpty()) {
            return decodeExtended(new ArrayList<>(segments.values()));
        }
        String plain = parameters.get(wanted);
        return plain == null ? null : decodeWords(plain);
    }

    private record Segment(String value, boolean encoded) {}

    private static String decodeExtended(List<Segment> segments) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String value = segment.value();
            if (segment.encoded() && i == 0) {
                int first = value.indexOf('\'');
                int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second > 0) {
                    charset = value.substring(0, first);
                    value = value.substring(second + 1);
                }
            }
            if (segment.encoded()) {
                for (int j = 0; j < value.length(); j++) {
                    char c = value.charAt(j);
                    if (c == '%' && j + 2 < value.length() && isHex(value.charAt(j + 1)) && isHex(value.charAt(j + 2))) {
                        bytes.write(Integer.parseInt(value.substring(j + 1, j + 3), 16));
                        j += 2;
                    } else {
                        bytes.write(c & 0xFF);
                    }
                }
            } else {
                Charset target = EmailCharsets.forLabel(charset);
                bytes.writeBytes(value.getBytes(target == null ? StandardCharsets.UTF_8 : target));
            }
        }
        return EmailCharsets.decode(bytes.toByteArray(), charset);
    }

    /** The {@code name=value} parameters after the first {@code ;}, names in lower case, values unquoted. */
    static Map<String, String> parameters(String headerValue) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = headerValue.indexOf(';');
        if (i < 0) {
            return parameters;
        }
        int length = headerValue.length();
        while (i < length) {
            i++; // past ';'
            while (i < length && Character.isWhitespace(headerValue.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < length && headerValue.charAt(i) != '=' && headerValue.charAt(i) != ';') {
                i++;
            }
            String name = headerValue.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= length || headerValue.charAt(i) == ';') {
                continue;
            }
            i++; // past '='
            while (i < length && Character.isWhitespace(headerValue.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < length && headerValue.charAt(i) == '"') {
                i++;
                while (i < length && headerValue.charAt(i) != '"') {
                    char c = headerValue.charAt(i);
                    if (c == '\\' && i + 1 < length) {
                        i++;
                        c = headerValue.charAt(i);
                    }
                    value.append(c);
                    i++;
                }
                while (i < length && headerValue.charAt(i) != ';') {
                    i++;
                }
            } else {
                while (i < length && headerValue.charAt(i) != ';') {
                    value.append(headerValue.charAt(i));
                    i++;
                }
            }
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value.toString().strip());
            }
        }
        return parameters;
    }
}
