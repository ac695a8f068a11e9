package com.retention.jobs.errors;

/**
 * The application could not start, so no work began: a bad setting, a port in use, a database that
 * cannot be reached or started, a full disk. One line and exit code 2, as for bad input.
 */
public class CannotStartException extends UserInputException {

    public CannotStartException(String message, Throwable cause) {
        super("cannot start: " + message, cause);
    }
}
