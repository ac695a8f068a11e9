package com.retention.jobs.http;

import com.retention.jobs.imports.ImportSummary;

/**
 * What {@code retention import} prints, as JSON; {@code rejects} is where the reject report is read;
 * {@code alreadyImported}: the same content was imported before and nothing changed ({@code ?rerun=true} imports it again).
 */
record ImportAnswer(long executionId, String kind, String file, long read, long loaded, long rejected,
        long notWorkedYet, boolean alreadyImported, String rejects) {

    static ImportAnswer of(ImportSummary summary, String originalName) {
        String rejects = summary.rejected() > 0 ? "/api/imports/" + summary.executionId() + "/rejects" : null;
        return new ImportAnswer(summary.executionId(), summary.kind(), originalName, summary.read(), summary.loaded(),
                summary.rejected(), summary.notWorked(), summary.alreadyImported(), rejects);
    }
}
