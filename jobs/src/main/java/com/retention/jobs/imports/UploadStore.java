package com.retention.jobs.imports;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.exports.OutputProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps every uploaded file under {@code <retention.output>/uploads/<what>/<date>/}, named by its
 * content's hash and its own name. The import of a file is identified by its path, size and time,
 * so the same content uploaded again is the same file, found imported already, and an interrupted
 * import of it restarts where it stopped. Its reject report is written beside it.
 */
@Component
public class UploadStore {

    private final Path root;

    UploadStore(OutputProperties output) {
        this.root = output.output().resolve("uploads");
    }

    public Path store(String what, LocalDate day, MultipartFile upload) {
        if (upload.isEmpty()) {
            throw new UserInputException("the file part is empty");
        }
        try (InputStream in = upload.getInputStream()) {
            return store(what, day, upload.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload: " + e.getMessage(), e);
        }
    }

    /** Keeps content made here (one task's outcome as a one-row file) as an upload of its own. */
    public Path store(String what, LocalDate day, String name, InputStream content) throws IOException {
        Path folder = root.resolve(what).resolve(day.toString());
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".upload-", ".tmp");
        try {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(content, sha)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            Path target = folder.resolve(hash + "-" + safeName(name));
            try {
                Files.createLink(target, partial); // fails if it exists, where a rename would replace it
            } catch (FileAlreadyExistsException sameContent) {
                // kept already: the earlier copy (and its time) identifies the import
            }
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A name that is safe on any file system and cannot leave the folder. */
    static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        if (safe.isEmpty()) {
            return "upload";
        }
        return safe.length() > 80 ? safe.substring(safe.length() - 80) : safe;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
