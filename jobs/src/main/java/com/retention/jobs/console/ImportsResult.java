package com.retention.jobs.console;

import com.retention.jobs.imports.ImportSummary;

/** What one import did, as the imports page shows it: the command's counts under the file's own name. */
public record ImportsResult(long executionId, String kind, String file, long read, long loaded, long rejected,
        long notWorkedYet, boolean alreadyImported) {

    static ImportsResult of(ImportSummary summary) {
        return new ImportsResult(summary.executionId(), summary.kind(), shownName(summary.file().getFileName().toString()),
                summary.read(), summary.loaded(), summary.rejected(), summary.notWorked(), summary.alreadyImported());
    }

    /** The name the user gave the file: the upload store puts a hash of its content before it. */
    public static String shownName(String stored) {
        return stored.matches("[0-9a-f]{16}-.+") ? stored.substring(17) : stored;
    }
}
