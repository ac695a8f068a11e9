package com.retention.jobs.cli;

/** The exit codes of the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A job failed; it is restartable. */
    public static final int FAILED = 1;
    /** Bad usage or an unreadable input. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
