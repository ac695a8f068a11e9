package com.retention.jobs.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text to UTF-8 bytes with the JDK's encoder, gathered 16 K chars at a time, without the lock that
 * OutputStreamWriter and BufferedWriter take on every call: the sheet and COPY writers hand over a
 * dozen small pieces per cell or row, and those locks were their top cost (JFR). The bytes are
 * OutputStreamWriter's, a lone surrogate included ({@code ?}). Not thread-safe: one writer per stream.
 */
public final class Utf8Writer extends Writer {

    private static final int CHARS = 1 << 14;

    private final OutputStream out;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final char[] chars = new char[CHARS];
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private int length;
    private boolean finished;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (length == CHARS) {
            encode(false);
        }
        chars[length++] = (char) c;
    }

    @Override
    public void write(char[] source, int off, int len) throws IOException {
        while (len > 0) {
            int n = room(len);
            System.arraycopy(source, off, chars, length, n);
            length += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        while (len > 0) {
            int n = room(len);
            text.getChars(off, off + n, chars, length);
            length += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    /** Writes what it holds; a high surrogate at the end waits for its low half. */
    @Override
    public void flush() throws IOException {
        encode(false);
        out.flush();
    }

    /** Writes everything, a dangling high surrogate as {@code ?}, and leaves the stream open. */
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            encode(true);
            encoder.flush(bytes);
            drain();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
            out.flush();
        } finally {
            out.close();
        }
    }

    private int room(int wanted) throws IOException {
        if (length == CHARS) {
            encode(false);
        }
        return Math.min(wanted, CHARS - length);
    }

    private void encode(boolean endOfInput) throws IOException {
        CharBuffer in = CharBuffer.wrap(chars, 0, length);
        CoderResult result;
        do {
            result = encoder.encode(in, bytes, endOfInput);
            drain();
        } while (result.isOverflow());
        length = in.remaining(); // a high surrogate whose low half has not come yet
        System.arraycopy(chars, in.position(), chars, 0, length);
    }

    private void drain() throws IOException {
        if (bytes.position() > 0) {
            out.write(bytes.array(), 0, bytes.position());
            bytes.clear();
        }
    }
}
