package com.retention.domain.messages;

/**
 * Counts the parts an SMS is sent in, as the outbox's {@code segments} column needs it.
 * A single non-GSM character (any Cyrillic letter) turns the whole text into UCS-2.
 * Parts are filled the way handsets and SMSCs do it: an escape pair (GSM extension character)
 * or a surrogate pair (UCS-2) is never split between two parts, so such a part may hold one unit less.
 */
public final class SmsSegments {

    /** GSM 03.38 basic character set (one septet each); ESC itself is not a character. */
    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** GSM 03.38 extension table: sent as ESC + character, two septets each. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    /** Counts an SMS text; an empty text still goes out as one (empty) part. */
    public static SmsCount count(String text) {
        String body = text == null ? "" : text;
        return isGsm7(body) ? countGsm(body) : countUcs2(body);
    }

    /** Shortcut for the outbox column. */
    public static int segments(String text) {
        return count(text).segments();
    }

    static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SmsCount countGsm(String text) {
        int[] widths = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            widths[i] = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return pack(SmsEncoding.GSM_7, widths);
    }

    private static SmsCount countUcs2(String text) {
        int[] widths = new int[text.codePointCount(0, text.length())];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            widths[n++] = units;
            i += units;
        }
        return pack(SmsEncoding.UCS_2, widths);
    }

    /** Fills parts greedily with indivisible items of the given widths. */
    private static SmsCount pack(SmsEncoding encoding, int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        if (total <= encoding.singleLimit()) {
            return new SmsCount(encoding, total, 1);
        }
        int parts = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > encoding.partLimit()) {
                parts++;
                used = 0;
            }
            used += width;
        }
        return new SmsCount(encoding, total, parts);
    }
}
