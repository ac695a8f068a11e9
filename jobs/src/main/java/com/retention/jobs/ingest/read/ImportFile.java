package com.retention.jobs.ingest.read;

import java.nio.file.Path;
import java.time.Instant;

/** An input file that passed inspection, with what identifies it: the same path, size and time are the same import. */
public record ImportFile(Path path, FileFormat format, long size, Instant modified) {
}
