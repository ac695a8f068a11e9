package com.retention.jobs.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The character sink of a sheet's temp XML: UTF-8 into a 64 KB byte buffer, without the lock that
 * BufferedWriter and OutputStreamWriter take on every call. POI writes each cell as a dozen small
 * pieces, so on a large call list those calls were the writer's top cost (JFR). Same bytes as
 * POI's own writer: lone surrogates become {@code ?} as its UTF-8 encoder writes them.
 * Not thread-safe; one sheet writer uses it.
 */
final class Utf8SheetWriter extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int length;
    private char pendingHigh;

    Utf8SheetWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void put(char c) throws IOException {
        if (length + 4 > SIZE) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[length++] = (byte) (0xF0 | cp >> 18);
                buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[length++] = '?';
            if (length + 4 > SIZE) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[length++] = (byte) c;
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[length++] = '?';
        } else {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        if (length > 0) {
            out.write(buffer, 0, length);
            length = 0;
        }
    }

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
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
