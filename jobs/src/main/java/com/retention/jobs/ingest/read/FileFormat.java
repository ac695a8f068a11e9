package com.retention.jobs.ingest.read;

/** The two formats an import reads; anything else is refused before a job starts. */
public enum FileFormat {
    CSV, XLSX
}
