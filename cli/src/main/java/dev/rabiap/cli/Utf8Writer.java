package dev.rabiap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A report file's writer: UTF-8 into a 64 KiB block, written to the stream when full. A long text
 * written again as the same string (the letter's clause and the office's reading under each of
 * 300,000 findings) is encoded once and its bytes copied after that. Malformed surrogates become
 * {@code ?}, as {@link java.io.OutputStreamWriter} writes them. Not thread-safe.
 */
final class Utf8Writer extends Writer {
    /** Texts shorter than this are encoded each time. */
    static final int CACHED_LENGTH = 64;
    private static final int SLOTS = 8;

    private final OutputStream out;
    private final byte[] block;
    private final char[] scratch = new char[2048];
    private int used;
    /** The long texts last seen, by identity, and their bytes once seen twice (else null). */
    private final String[] seen = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];
    private int nextSlot;
    /** A high surrogate written last, waiting for its low half. */
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    Utf8Writer(OutputStream out, int blockSize) {
        this.out = out;
        this.block = new byte[Math.max(16, blockSize)];
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length >= CACHED_LENGTH && offset == 0 && length == text.length() && pendingHigh == 0) {
            for (int i = 0; i < SLOTS; i++) {
                if (seen[i] == text) {
                    if (bytes[i] == null) {
                        bytes[i] = text.getBytes(StandardCharsets.UTF_8);
                    }
                    writeBytes(bytes[i]);
                    return;
                }
            }
            seen[nextSlot] = text;
            bytes[nextSlot] = null;
            nextSlot = (nextSlot + 1) % SLOTS;
        }
        while (length > 0) {
            int n = Math.min(length, scratch.length);
            text.getChars(offset, offset + n, scratch, 0);
            write(scratch, 0, n);
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (pendingHigh != 0) {
                put(chars[i++]);
                continue;
            }
            // as many characters as surely fit, three bytes each at most, without a check a character
            int room = (block.length - used) / 3;
            if (room == 0) {
                drain();
                continue;
            }
            int stop = Math.min(end, i + room);
            byte[] b = block;
            int u = used;
            for (; i < stop; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    b[u++] = (byte) c;
                } else if (c < 0x800) {
                    b[u++] = (byte) (0xC0 | (c >> 6));
                    b[u++] = (byte) (0x80 | (c & 0x3F));
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    b[u++] = (byte) (0xE0 | (c >> 12));
                    b[u++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[u++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    break;
                }
            }
            used = u;
            if (i < stop) {
                put(chars[i++]); // a surrogate
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    private void put(char c) throws IOException {
        if (used + 4 > block.length) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                block[used++] = (byte) (0xF0 | (code >> 18));
                block[used++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                block[used++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                block[used++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            block[used++] = '?';
            if (used + 4 > block.length) {
                drain();
            }
        }
        if (c < 0x80) {
            block[used++] = (byte) c;
        } else if (c < 0x800) {
            block[used++] = (byte) (0xC0 | (c >> 6));
            block[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            block[used++] = '?';
        } else {
            block[used++] = (byte) (0xE0 | (c >> 12));
            block[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            block[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void writeBytes(byte[] text) throws IOException {
        if (text.length > block.length - used) {
            drain();
            if (text.length > block.length) {
                out.write(text);
                return;
            }
        }
        System.arraycopy(text, 0, block, used, text.length);
        used += text.length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(block, 0, used);
            used = 0;
        }
    }

    /** Writes what is in the block; a high surrogate still waiting for its other half stays. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        flush();
        out.close();
    }
}
