package com.retention.jobs.errors;

/** A job ran and failed; it can be restarted from where it stopped. Exit code 1. */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String message) {
        super(message);
    }
}
