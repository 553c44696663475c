package dev.rabiap.plugin.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * The physical lines of a UTF-8 file, read from bytes one line at a time, so that bytes that are not
 * UTF-8 are reported with their line instead of ending the read with "Input length = 1". A line
 * ends at LF, CRLF or a lone CR (files written on any system read alike). A line that is not UTF-8
 * is decoded with U+FFFD in place of the bad bytes and remembered, for the source to refuse the
 * record that holds it. Java's {@code InputStreamReader} with a reporting decoder gives neither the
 * line nor a way to go on, which is why this is written here.
 */
final class Utf8Lines implements java.io.Closeable {
    /** A line longer than this is not held: it is remembered as bad and read as empty. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final byte[] buffer = new byte[1 << 16];
    private final TreeMap<Long, String> bad = new TreeMap<>();
    private int position;
    private int limit;
    private boolean ended;
    private boolean tooLong;
    private long number;
    private String ending = "";

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the file. */
    String readLine() throws IOException {
        line.reset();
        tooLong = false;
        ending = "";
        if (ended) {
            return null;
        }
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    return line.size() > 0 || tooLong ? complete() : null;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                byte end = buffer[position++];
                ending = end == '\n' ? "\n" : "\r";
                if (end == '\r') {
                    if (position >= limit) {
                        limit = in.read(buffer);
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            ended = true;
                            return complete();
                        }
                    }
                    if (buffer[position] == '\n') {
                        position++;
                        ending = "\r\n";
                    }
                }
                return complete();
            }
        }
    }

    /** The 1-based number of the line last read. */
    long number() {
        return number;
    }

    /** Why the line last read is bad (not UTF-8, too long), or null when it is good. */
    String problem() {
        return bad.get(number);
    }

    /** The first bad line in {@code [from, to]} and why, or null. */
    java.util.Map.Entry<Long, String> firstBad(long from, long to) {
        java.util.Map.Entry<Long, String> entry = bad.ceilingEntry(from);
        return entry == null || entry.getKey() > to ? null : entry;
    }

    /** Forgets the bad lines before {@code line}, which no record can hold any more. */
    void forgetBefore(long line) {
        bad.headMap(line).clear();
    }

    /** The lines as one text with their own line ends, for a parser that reads characters (Jackson's CSV parser). */
    Reader asReader() {
        return new Reader() {
            private String pending = "";
            private int at;

            @Override
            public int read(char[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (at >= pending.length()) {
                    String next = readLine();
                    if (next == null) {
                        return -1;
                    }
                    pending = next + ending;
                    at = 0;
                }
                int count = Math.min(length, pending.length() - at);
                pending.getChars(at, at + count, target, offset);
                at += count;
                return count;
            }

            @Override
            public void close() throws IOException {
                Utf8Lines.this.close();
            }
        };
    }

    private void append(int start, int end) {
        if (tooLong || line.size() + (end - start) > MAX_LINE_BYTES) {
            tooLong = true;
            return;
        }
        line.write(buffer, start, end - start);
    }

    private String complete() {
        number++;
        if (tooLong) {
            bad.put(number, "the line is longer than " + MAX_LINE_BYTES + " bytes");
            return "";
        }
        byte[] bytes = line.toByteArray();
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            bad.put(number, "not valid UTF-8 (byte " + (firstInvalid(bytes) + 1) + " of the line)");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The index of the first byte the strict decoder refuses. */
    private int firstInvalid(byte[] bytes) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
        strict.reset();
        strict.decode(input, output, true);
        return input.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
