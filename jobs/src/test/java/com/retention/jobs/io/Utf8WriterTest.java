package com.retention.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock-free writer gives the bytes POI's own BufferedWriter over an OutputStreamWriter gives. */
class Utf8WriterTest {

    static final List<String> PIECES = List.of("<c r=\"A2\" s=\"3\" t=\"inlineStr\"><is><t>", "Иванова Анна Сергеевна",
            "😀", "\uD83D", "\uDE00", "lone \uDE00 low", "high at end \uD83D", "€ ∑ 日本", "x".repeat(70_000), "\n");

    @Test
    void sameBytesAsPoisWriter() throws IOException {
        assertThat(write(true))
                .isEqualTo(write(false));
    }

    @Test
    void aPairSplitByAFlushStaysOneCharacter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer out = new Utf8Writer(bytes)) {
            out.write("y".repeat((1 << 14) - 1) + "\uD83D");
            out.flush();
            out.write('\uDE00');
            out.write("\uD83D"); // dangling at the end: ?
        }
        assertThat(bytes.toByteArray())
                .isEqualTo(("y".repeat((1 << 14) - 1) + "\uD83D\uDE00?").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] write(boolean useFast) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = useFast ? new Utf8Writer(bytes)
                : new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            for (String piece : PIECES) {
                out.write(piece);
                out.write(piece, 1 % Math.max(1, piece.length()), Math.max(0, piece.length() - 1));
                out.write(piece.toCharArray(), 0, piece.length());
                if (!piece.isEmpty()) {
                    out.write(piece.charAt(0));
                }
            }
        }
        return bytes.toByteArray();
    }
}
