package com.retention.domain.messages;

import java.util.Objects;

/**
 * How a text is billed: its encoding, its length in that encoding's units (GSM septets with
 * extension characters counted twice, or UTF-16 code units) and the number of parts.
 */
public record SmsCount(SmsEncoding encoding, int units, int segments) {
    public SmsCount {
        Objects.requireNonNull(encoding, "encoding");
        if (units < 0 || segments < 1) {
            throw new IllegalArgumentException("units " + units + ", segments " + segments);
        }
    }
}
