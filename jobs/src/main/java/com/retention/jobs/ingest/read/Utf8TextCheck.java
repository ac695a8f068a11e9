package com.retention.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scans a would-be CSV end to end before anything is written: it must be UTF-8 text without NUL
 * or other control bytes. Streaming, so a large file costs one quick read and no memory.
 */
final class Utf8TextCheck {

    private Utf8TextCheck() {
    }

    static void check(Path file) {
        String name = file.getFileName().toString();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                    } else if (c < 0x20 && c != '\r' && c != '\t' || c == 0x7F) {
                        throw new UnreadableFileException("cannot import " + name
                                + ": it is neither an XLSX workbook nor a CSV text file (binary content on line " + line + ")");
                    }
                }
                chars.clear();
                if (result.isError()) {
                    // Checked after counting the lines decoded before the bad bytes.
                    throw notUtf8(name, line);
                }
                bytes.compact();
            }
            if (decoder.flush(chars).isError()) {
                throw notUtf8(name, line);
            }
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static UnreadableFileException notUtf8(String name, long line) {
        return new UnreadableFileException("cannot import " + name + ": line " + line
                + " is not UTF-8 text (a Windows-1251 file?); save it as CSV UTF-8");
    }
}
