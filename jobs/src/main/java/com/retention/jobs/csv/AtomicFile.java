package com.retention.jobs.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output file that appears whole or not at all: bytes go to a hidden temp file in the target's
 * own folder (same file system, so the final move is a rename) and {@link #commit()} moves it into
 * place. Closing without a commit deletes the temp file, so a failed run leaves the previous file
 * (or none) and never a half-written one.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    /** The target as the caller named it, for messages ({@code out/...}, not the absolute path). */
    private final Path shown;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target, Path shown, Path temp, FileChannel channel) {
        this.target = target;
        this.shown = shown;
        this.temp = temp;
        this.channel = channel;
        // The caller may close the stream (POI and Commons CSV do); the channel stays ours to force and close.
        this.stream = new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Starts a new file for {@code target}, creating its folder when missing. A folder that cannot be
     * made or written into, or a file or folder in the way, fails here with one line
     * ({@link OutputFileException}), before anything is written.
     */
    public static AtomicFile create(Path target) {
        Path absolute = target.toAbsolutePath();
        Path shownFolder = target.getParent() == null ? absolute.getParent() : target.getParent();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw OutputFileException.isAFolder(target);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputFileException.folder(shownFolder, e);
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new AtomicFile(absolute, target, temp, channel);
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(shownFolder, e);
        }
    }

    /** Where the bytes go until the commit; closing it does not end the file. */
    public OutputStream stream() {
        return stream;
    }

    public Path target() {
        return target;
    }

    /** The target as the caller named it. */
    public Path shown() {
        return shown;
    }

    /** Flushes the bytes to disk and moves the file into place, replacing an older one. */
    public Path commit() {
        if (closed) {
            throw new IllegalStateException("already closed: " + target);
        }
        try {
            stream.flush();
            channel.force(true);
            channel.close();
            closed = true;
            moveIntoPlace();
            committed = true;
            removeLeftovers();
            return target;
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(shown, e);
        }
    }

    private void moveIntoPlace() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the temp files of this target that a killed process left (it could not clean up): the
     * run that writes the file again owns it now. Runs of one date exclude each other (run locks), so
     * no live writer's temp file is taken.
     */
    private void removeLeftovers() throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : siblings) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Abandons the file unless it was committed. */
    @Override
    public void close() {
        try {
            if (!closed) {
                channel.close();
                closed = true;
            }
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + temp + ": " + e.getMessage(), e);
        }
    }
}
