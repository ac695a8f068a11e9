package com.retention.jobs.console;

import com.retention.domain.outcomes.OutcomeCode;
import java.util.Arrays;
import java.util.List;

/**
 * The agent screen's key for each outcome code, in the codes' own order: digits, then the two keys
 * beside them. They sit in the same place on a Russian and an English keyboard, so the key an agent
 * learns does not change with the layout.
 */
final class DeskKeys {

    private static final String KEYS = "1234567890-=";

    /** A code, its key, and which of the form's fields it needs ({@code callback}, {@code promise} or none). */
    record OutcomeKey(String code, String key, String needs) {
    }

    private DeskKeys() {
    }

    static List<OutcomeKey> all() {
        OutcomeCode[] codes = OutcomeCode.values();
        if (codes.length > KEYS.length()) {
            throw new IllegalStateException("more outcome codes than keys on the agent screen: give the new code a key");
        }
        return Arrays.stream(codes).map(code -> new OutcomeKey(code.name(), String.valueOf(KEYS.charAt(code.ordinal())),
                code.requiresCallbackTime() ? "callback" : code.requiresPromiseDate() ? "promise" : "")).toList();
    }
}
