package com.retention.jobs.scheduling;

import java.nio.file.Path;

/**
 * Imports one file found in the outcome inbox. Implemented by the outcomes import as a Spring bean;
 * {@code serve} polls the inbox and hands it each new file. Throw to have the file moved to
 * {@code inbox/failed/}; return normally (with a one-line summary) to have it moved to
 * {@code inbox/done/}. The same file may be handed over again after a crash, so importing must be
 * idempotent (imports upsert by key).
 */
public interface InboxFileHandler {

    /** Imports the file and returns one line saying what it did (rows loaded, rejected, ...). */
    String handle(Path file) throws Exception;
}
