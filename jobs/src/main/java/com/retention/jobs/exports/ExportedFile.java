package com.retention.jobs.exports;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * One output written afresh into a folder of its own, for a request that sends it (two users
 * asking at once never share a file); {@link #delete()} removes the folder once it is sent.
 */
public record ExportedFile(Path file, Path folder) {

    public String name() {
        return file.getFileName().toString();
    }

    public void delete() {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
