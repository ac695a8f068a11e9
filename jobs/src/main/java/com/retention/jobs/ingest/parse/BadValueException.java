package com.retention.jobs.ingest.parse;

/** A cell that breaks a rule; ordinary input, so no stack trace is filled in. */
public final class BadValueException extends Exception {

    public BadValueException(String reason) {
        super(reason, null, false, false);
    }
}
