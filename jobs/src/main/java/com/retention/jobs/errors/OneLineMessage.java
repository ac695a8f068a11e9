package com.retention.jobs.errors;

/** What a user is told of a failure: the innermost message that says something, on one line. */
public final class OneLineMessage {

    /** The first line of a failed run's stored description: the cause, as {@code of} tells it. */
    public static final String FAILED_PREFIX = "Failed: ";

    private OneLineMessage() {
    }

    /** The innermost message that says something, on one line. */
    public static String of(Throwable ex) {
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
