package com.retention.jobs.errors;

/** The same work runs already in another process: wait or look at the runs. Exit code 2, HTTP 409. */
public class BusyException extends UserInputException {

    public BusyException(String message) {
        super(message);
    }
}
