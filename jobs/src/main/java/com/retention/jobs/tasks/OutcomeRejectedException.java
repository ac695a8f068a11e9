package com.retention.jobs.tasks;

/** The import's rules refused one task's outcome; nothing was written. The message is the reject report's line. */
public class OutcomeRejectedException extends RuntimeException {

    public OutcomeRejectedException(String line) {
        super(line);
    }
}
