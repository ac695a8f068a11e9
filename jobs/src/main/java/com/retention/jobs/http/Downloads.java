package com.retention.jobs.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A file as a download, streamed (a call list can be large); a temporary folder is deleted once it is sent. */
public final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType TSV = MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8");

    private Downloads() {
    }

    public static ResponseEntity<StreamingResponseBody> of(Path file, String name) {
        return of(file, name, null);
    }

    /** {@code temporaryFolder}: deleted with all it holds after sending (null: nothing is deleted). */
    static ResponseEntity<StreamingResponseBody> of(Path file, String name, Path temporaryFolder) {
        try {
            long size = Files.size(file);
            StreamingResponseBody body = out -> {
                try {
                    Files.copy(file, out);
                } finally {
                    if (temporaryFolder != null) {
                        FileSystemUtils.deleteRecursively(temporaryFolder);
                    }
                }
            };
            return ResponseEntity.ok()
                    .contentType(name.endsWith(".xlsx") ? XLSX : name.endsWith(".txt") ? TSV : CSV)
                    .contentLength(size)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
