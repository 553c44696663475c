package dev.rabiap.plugin.email;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Splits an mbox file into the raw bytes of its mails while streaming: it holds one mail at a time,
 * never the file. A mail starts at a {@code From } line at the start of the file or after a blank
 * line (or at any {@code From } line that carries a time and a year, for writers that leave no blank
 * line). Body lines escaped as {@code >From }, {@code >>From }, … lose one {@code >} (mboxrd); the
 * blank line that ends each mail in the file is not part of it. Works on bytes, so any charset
 * passes through untouched.
 *
 * <p>Written here rather than taken from mime4j's {@code MboxIterator}: that iterator is not in
 * the registry this project builds from, it maps the whole file into memory (a year of a
 * province's mail is several gigabytes), splits on a {@code From } pattern without the blank-line
 * rule, and does not unescape {@code >From } lines or report the line a mail starts on, which
 * findings and skip counts need.
 */
final class MboxReader implements Closeable {
    /** A mail larger than this is reported as malformed instead of being held in memory. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern FROM_LINE_WITH_DATE = Pattern.compile("From \\S+ .*\\d{1,2}:\\d{2}.*\\d{4}\\s*");

    /**
     * One piece of the file.
     *
     * @param line the 1-based line of its {@code From } line (of its first line for a preamble)
     * @param bytes the mail without the {@code From } line, unescaped; empty when {@code tooLarge}
     * @param preamble whether this is text before the first {@code From } line
     * @param tooLarge whether the mail was longer than {@link #MAX_MESSAGE_BYTES}
     */
    record Record(long line, byte[] bytes, boolean preamble, boolean tooLarge) {}

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPosition;
    private int bufferLimit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long lineNumber;
    private long pendingFromLine = -1;
    private boolean started;
    private boolean ended;
    private boolean lineTooLong;

    MboxReader(InputStream in) {
        this.in = in;
    }

    /** The next mail (or a preamble), or null at the end of the file. */
    Record next() throws IOException {
        if (!started) {
            started = true;
            Record preamble = readFirst();
            if (preamble != null) {
                return preamble;
            }
        }
        if (pendingFromLine < 0) {
            return null;
        }
        long start = pendingFromLine;
        pendingFromLine = -1;
        ByteArrayOutputStream mail = new ByteArrayOutputStream(8 * 1024);
        boolean tooLarge = false;
        boolean previousBlank = false;
        int lastLineLength = 0;
        while (readLine()) {
            byte[] current = line.toByteArray();
            if (isSeparator(current, previousBlank)) {
                pendingFromLine = lineNumber;
                break;
            }
            previousBlank = isBlank(current);
            tooLarge |= lineTooLong;
            if (!tooLarge) {
                int skip = escapedFrom(current) ? 1 : 0;
                lastLineLength = current.length - skip;
                if (mail.size() + lastLineLength > MAX_MESSAGE_BYTES) {
                    tooLarge = true;
                    mail = new ByteArrayOutputStream(0);
                } else {
                    mail.write(current, skip, current.length - skip);
                }
            }
        }
        if (tooLarge) {
            return new Record(start, new byte[0], false, true);
        }
        byte[] bytes = mail.toByteArray();
        int length = bytes.length;
        if (previousBlank && lastLineLength <= length) {
            length -= lastLineLength; // the blank line that closes a mail belongs to the file format
        }
        return new Record(start, length == bytes.length ? bytes : Arrays.copyOf(bytes, length), false, false);
    }

    private Record readFirst() throws IOException {
        ByteArrayOutputStream preamble = new ByteArrayOutputStream();
        boolean previousBlank = true;
        boolean content = false;
        while (readLine()) {
            byte[] current = line.toByteArray();
            if (isSeparator(current, previousBlank)) {
                pendingFromLine = lineNumber;
                break;
            }
            previousBlank = isBlank(current);
            content |= !previousBlank;
            if (preamble.size() < 4096) {
                preamble.write(current, 0, Math.min(current.length, 4096));
            }
        }
        return content ? new Record(1, preamble.toByteArray(), true, false) : null;
    }

    private static boolean isSeparator(byte[] current, boolean previousBlank) {
        if (!startsWith(current, 0, FROM)) {
            return false;
        }
        if (previousBlank) {
            return true;
        }
        String text = new String(current, StandardCharsets.ISO_8859_1).strip();
        return FROM_LINE_WITH_DATE.matcher(text).matches();
    }

    private static boolean escapedFrom(byte[] current) {
        int i = 0;
        while (i < current.length && current[i] == '>') {
            i++;
        }
        return i > 0 && startsWith(current, i, FROM);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] current) {
        for (byte b : current) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads one line with its terminator into {@link #line}; false at the end of the file. */
    private boolean readLine() throws IOException {
        line.reset();
        lineTooLong = false;
        if (ended) {
            return false;
        }
        while (true) {
            if (bufferPosition >= bufferLimit) {
                bufferLimit = in.read(buffer);
                bufferPosition = 0;
                if (bufferLimit <= 0) {
                    bufferLimit = 0;
                    ended = true;
                    if (line.size() > 0) {
                        lineNumber++;
                        return true;
                    }
                    return false;
                }
            }
            int start = bufferPosition;
            while (bufferPosition < bufferLimit && buffer[bufferPosition] != '\n') {
                bufferPosition++;
            }
            if (bufferPosition < bufferLimit) {
                bufferPosition++; // include '\n'
                append(start);
                lineNumber++;
                return true;
            }
            append(start);
        }
    }

    private void append(int start) {
        if (line.size() + bufferPosition - start > MAX_MESSAGE_BYTES) {
            lineTooLong = true; // keep reading to the line's end, but hold no more of it
            return;
        }
        line.write(buffer, start, bufferPosition - start);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
