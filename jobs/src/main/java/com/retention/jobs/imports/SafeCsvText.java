package com.retention.jobs.imports;

/** Free text from a file, made safe to open in a spreadsheet: a leading formula character gets a {@code '}. */
final class SafeCsvText {

    private SafeCsvText() {
    }

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n'
                ? "'" + text : text;
    }
}
