package com.retention.jobs.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output that cannot be written, said in one line a user can act on: {@code cannot write
 * out/call-lists/2026-11-22: permission denied}, or {@code ...: out/call-lists is a file, not a folder}.
 * It carries no cause on purpose: a failed run reports its innermost cause's message, which for an
 * I/O error is often a bare path. The original stays attached as suppressed, for {@code --verbose}.
 */
public final class OutputFileException extends RuntimeException {

    private OutputFileException(String message, IOException original) {
        super(message);
        if (original != null) {
            addSuppressed(original);
        }
    }

    /** {@code where} (a file or folder, as the user named it) could not be written. */
    public static OutputFileException cannotWrite(Path where, IOException e) {
        return new OutputFileException("cannot write " + where + ": " + reason(e), e);
    }

    /** The folder for an output could not be created or written into. */
    static OutputFileException folder(Path folder, IOException e) {
        Path blocker = fileInTheWay(folder);
        if (blocker != null) {
            return new OutputFileException("cannot write " + folder + ": " + blocker + " is a file, not a folder", e);
        }
        return cannotWrite(folder, e);
    }

    static OutputFileException isAFolder(Path target) {
        return new OutputFileException("cannot write " + target + ": it is a folder, not a file", null);
    }

    /** The folder itself or the nearest of its parents that exists, if that is not a folder. */
    private static Path fileInTheWay(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        // EPERM (an immutable or read-only-mounted folder) means the same to whoever fixes it
        return reason.equals("Operation not permitted") ? "permission denied" : reason.toLowerCase(java.util.Locale.ROOT);
    }
}
