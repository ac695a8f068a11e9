package com.retention.jobs.errors;

/** Bad usage or an unreadable input: one clear line to the user, exit code 2, nothing written. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
