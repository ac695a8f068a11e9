package com.retention.jobs.ingest.read;

import java.util.Locale;

/** Turns what POI throws at a hostile workbook into a short reason a person can act on. */
final class XlsxProblems {

    private XlsxProblems() {
    }

    static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "it expands to more than this importer will hold";
        }
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(' ').append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        String text = all.toString().toLowerCase(Locale.ROOT);
        if (text.contains("zip bomb") || text.contains("inflate ratio") || text.contains("max entry size")
                || text.contains("exceeds the max") || text.contains("maxtextsize") || text.contains("max text size")) {
            return "it looks like a zip bomb (it expands far beyond its size)";
        }
        if (text.contains("entity") || text.contains("doctype")) {
            return "it contains XML entity declarations, which are refused";
        }
        if (text.contains("duplicate")) {
            return "its zip holds duplicate entries";
        }
        if (text.contains("zip") || text.contains("truncated") || text.contains("end of central directory")
                || text.contains("invalid") || text.contains("corrupt")) {
            return "the file is damaged";
        }
        return "the workbook is damaged or not a supported spreadsheet";
    }
}
