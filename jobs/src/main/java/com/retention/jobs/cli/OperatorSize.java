package com.retention.jobs.cli;

import com.retention.jobs.errors.UserInputException;

/** How many subscribers a generated operator may have, as demo and bench both take it. */
final class OperatorSize {

    static final int MAX_SUBSCRIBERS = 10_000_000;

    private OperatorSize() {
    }

    static int checked(int subscribers) {
        if (subscribers < 1 || subscribers > MAX_SUBSCRIBERS) {
            throw new UserInputException("--subscribers must be between 1 and " + MAX_SUBSCRIBERS + ", not " + subscribers);
        }
        return subscribers;
    }
}
