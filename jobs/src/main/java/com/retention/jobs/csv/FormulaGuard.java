package com.retention.jobs.csv;

/**
 * Tells whether a free-text value would start a formula in a spreadsheet program, and neutralises
 * it for CSV. Spreadsheets evaluate a cell that begins with {@code = + - @}, and some also one that
 * begins with a tab, CR or LF (the OWASP "CSV injection" list).
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when a spreadsheet program could read the text as a formula. */
    public static boolean startsFormula(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
            default -> false;
        };
    }

    /** The text with a leading {@code '} when it could start a formula; unchanged otherwise. */
    public static String neutralise(String text) {
        return startsFormula(text) ? "'" + text : text;
    }
}
