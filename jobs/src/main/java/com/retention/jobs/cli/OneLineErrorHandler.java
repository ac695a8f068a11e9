package com.retention.jobs.cli;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.OneLineMessage;
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

    static String describe(Throwable ex) {
        return OneLineMessage.of(ex);
    }
}
