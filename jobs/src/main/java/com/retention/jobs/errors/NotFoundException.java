package com.retention.jobs.errors;

/** What was asked for does not exist (a run, a task, a list of a date): exit code 2, HTTP 404. */
public class NotFoundException extends UserInputException {

    public NotFoundException(String message) {
        super(message);
    }
}
