package com.retention.jobs.cli;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** No stack trace reaches a user unless they asked with --verbose. */
final class OneLineErrorHandler implements IExecutionExceptionHandler {

    private final RootCommand root;

    OneLineErrorHandler(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (root.verbose()) {
            ex.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().println("retention: " + describe(ex));
        if (ex instanceof UserInputException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILED;
    }

    /** The innermost message that says something, on one line. */
    static String describe(Throwable ex) {
        Throwable userFacing = null;
        for (Throwable t = ex; t != null && userFacing == null; t = t.getCause()) {
            if (t instanceof UserInputException || t instanceof JobFailedException) {
                userFacing = t;
            }
        }
        if (userFacing == null) {
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            userFacing = root;
        }
        String message = userFacing.getMessage();
        if (message == null || message.isBlank()) {
            message = userFacing.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
