package com.retention.jobs.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload the server takes, for the upload forms ({@code @uploadLimit} in templates):
 * the browser checks a file's size before sending it, because a larger one is cut off by the
 * server before any page could answer it with its one line.
 */
@Component("uploadLimit")
public class ImportsUploadLimit {

    private final DataSize limit;

    ImportsUploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    public long bytes() {
        return limit.toBytes();
    }

    /** In megabytes, or kilobytes below one megabyte. */
    public String shown() {
        return limit.toMegabytes() > 0 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
    }
}
