package com.retention.jobs.ingest.read;

/** A file that cannot be imported at all; the message is the one line the user sees. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
