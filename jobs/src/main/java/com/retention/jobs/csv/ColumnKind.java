package com.retention.jobs.csv;

/** Whether a column's values need formula neutralisation when written. */
public enum ColumnKind {
    /** Free text from any source (names, notes, descriptions, rendered templates): neutralised. */
    TEXT,
    /** Values the system validated itself (E.164 phones, codes, numbers, dates, instants): written as they are. */
    SAFE
}
