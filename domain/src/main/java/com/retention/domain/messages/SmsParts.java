package com.retention.domain.messages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an SMS text into the parts it travels in and encodes each part for the SMSC: GSM 03.38
 * (one septet per octet, as SMPP's data_coding 0 carries it) or UCS-2 (UTF-16BE). The cut is the
 * one {@link SmsSegments} counts, so the outbox's {@code segments} is the number of parts sent.
 */
public final class SmsParts {

    /** The encoding and the parts' payloads, without the concatenation header. */
    public record Encoded(SmsEncoding encoding, List<byte[]> parts) {
    }

    /** GSM 03.38 in code order; 0x1B (ESC) is a placeholder that never matches a text character. */
    private static final String GSM_TABLE =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    private static final byte ESC = 0x1B;

    private SmsParts() {
    }

    public static Encoded encode(String text) {
        String body = text == null ? "" : text;
        SmsCount count = SmsSegments.count(body);
        List<String> pieces = split(body, count);
        List<byte[]> parts = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            parts.add(count.encoding() == SmsEncoding.GSM_7 ? gsm(piece) : piece.getBytes(StandardCharsets.UTF_16BE));
        }
        return new Encoded(count.encoding(), parts);
    }

    /** The text of each part, cut as {@link SmsSegments} counts it: never inside an escape or a surrogate pair. */
    public static List<String> split(String text) {
        String body = text == null ? "" : text;
        return split(body, SmsSegments.count(body));
    }

    private static List<String> split(String body, SmsCount count) {
        if (count.segments() == 1) {
            return List.of(body);
        }
        boolean gsm = count.encoding() == SmsEncoding.GSM_7;
        int limit = count.encoding().partLimit();
        List<String> parts = new ArrayList<>(count.segments());
        int start = 0;
        int used = 0;
        for (int i = 0; i < body.length(); ) {
            int units;
            int chars;
            if (gsm) {
                units = EXTENSION_CHARS.indexOf(body.charAt(i)) >= 0 ? 2 : 1;
                chars = 1;
            } else {
                chars = Character.charCount(body.codePointAt(i));
                units = chars;
            }
            if (used + units > limit) {
                parts.add(body.substring(start, i));
                start = i;
                used = 0;
            }
            used += units;
            i += chars;
        }
        parts.add(body.substring(start));
        return parts;
    }

    private static byte[] gsm(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int ext = EXTENSION_CHARS.indexOf(c);
            if (ext >= 0) {
                out.write(ESC);
                out.write(EXTENSION_CODES[ext]);
            } else {
                int code = c == ESC ? -1 : GSM_TABLE.indexOf(c);
                if (code < 0) {
                    throw new IllegalArgumentException("not a GSM 03.38 character: U+" + Integer.toHexString(c));
                }
                out.write(code);
            }
        }
        return out.toByteArray();
    }

    /** Decodes GSM 03.38 septets (one per octet) back to text: what a handset shows. */
    public static String decodeGsm(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESC && i + 1 < septets.length) {
                byte next = septets[++i];
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    if (EXTENSION_CODES[e] == next) {
                        text.append(EXTENSION_CHARS.charAt(e));
                    }
                }
            } else {
                text.append(GSM_TABLE.charAt(code));
            }
        }
        return text.toString();
    }
}
